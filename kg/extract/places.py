"""Places: a capitalised name that is a country, one of its states, provinces or regions, or
a city the field's news names ("Norway", "Texas", "Abu Dhabi") is never discovered as an
organisation."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

REGION_KINDS = {
    "State", "Province", "Country", "Emirate", "Prefecture", "Nation", "Region",
    "Autonomous region", "Special administrative region",
}  # fmt: skip
# Names news text uses for places that ISO 3166 does not list under them.
COMMON_PLACE_NAMES = {
    "UK", "U.K.", "US", "U.S.", "USA", "EU", "Europe", "Asia", "Africa", "America",
    "North America", "South America", "Latin America", "Middle East", "Gulf",
    "Silicon Valley", "Britain", "Great Britain", "Korea", "South Korea", "North Korea", "Russia",
    "Taiwan", "Vietnam", "Iran", "Syria", "Laos", "Bolivia", "Venezuela", "Tanzania",
    "Moldova", "Scandinavia", "Nordics", "APAC", "EMEA", "UAE", "U.A.E.", "KSA", "PRC",
    "Bavaria", "Catalonia", "Lombardy", "Flanders", "Wallonia",
}  # fmt: skip
# Cities that news about the field names beside organisations ("Abu Dhabi investor MGX",
# "the Shanghai government"): financial centres, capitals and the towns of the chip and
# data-centre industries.
CITIES = {
    "Abu Dhabi", "Dubai", "Riyadh", "Jeddah", "Doha", "Manama", "Muscat", "Kuwait City",
    "Shanghai", "Beijing", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu", "Wuhan", "Nanjing",
    "Suzhou", "Hefei", "Xi'an", "Macau", "Seoul", "Incheon", "Pyeongtaek", "Busan", "Taipei",
    "Hsinchu", "Taichung", "Tainan", "Kaohsiung", "Tokyo", "Osaka", "Kyoto", "Nagoya",
    "Kumamoto", "Hokkaido", "Mumbai", "Bangalore", "Bengaluru", "Delhi", "New Delhi",
    "Hyderabad", "Chennai", "Pune", "Jakarta", "Kuala Lumpur", "Johor", "Johor Bahru",
    "Bangkok", "Hanoi", "Ho Chi Minh City", "Manila", "Sydney", "Melbourne", "Auckland",
    "London", "Paris", "Berlin", "Munich", "Frankfurt", "Amsterdam", "Eindhoven", "Veldhoven",
    "Brussels", "Zurich", "Geneva", "Vienna", "Stockholm", "Oslo", "Helsinki", "Copenhagen",
    "Dublin", "Madrid", "Barcelona", "Lisbon", "Milan", "Rome", "Warsaw", "Prague",
    "Istanbul", "Tel Aviv", "Jerusalem", "Cairo", "Lagos", "Nairobi", "Johannesburg",
    "Cape Town", "Toronto", "Montreal", "Vancouver", "Mexico City", "Sao Paulo", "São Paulo",
    "New York", "New York City", "San Francisco", "Los Angeles", "Seattle", "Redmond",
    "Austin", "Dallas", "Houston", "Abilene", "Boston", "Chicago", "Washington",
    "Washington D.C.", "Atlanta", "Phoenix", "Memphis", "Denver", "Miami", "Columbus",
    "Palo Alto", "Mountain View", "Santa Clara", "San Jose", "Menlo Park", "Cupertino",
    "Sunnyvale", "Wall Street", "Narvik", "Sines", "Loughton", "Ottawa", "Calgary",
    "Edmonton", "Quebec City", "Waterloo", "Philadelphia", "Pittsburgh", "Detroit", "Portland",
    "San Diego", "Salt Lake City", "Las Vegas", "Nashville", "Charlotte", "Raleigh",
    "Minneapolis", "St. Louis", "Kansas City", "Cleveland", "Cincinnati", "Baltimore",
    "Richmond", "Ashburn", "Northern Virginia", "Reno", "Tulsa", "Oklahoma City", "El Paso",
    "San Antonio", "Fort Worth", "Omaha", "Des Moines", "New Albany", "Hillsboro", "Chandler",
    "Mesa", "Tempe", "Scottsdale", "Boise", "Hamburg", "Cologne", "Stuttgart", "Dresden",
    "Leipzig", "Rotterdam", "The Hague", "Antwerp", "Lyon", "Marseille", "Grenoble", "Turin",
    "Naples", "Athens", "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Kyiv", "Kiev",
    "Moscow", "Saint Petersburg", "Tallinn", "Riga", "Vilnius", "Reykjavik", "Edinburgh",
    "Glasgow", "Manchester", "Birmingham", "Cambridge", "Oxford", "Bristol", "Leeds", "Cardiff",
    "Belfast", "Gothenburg", "Bergen", "Stavanger", "Aarhus", "Espoo", "Oulu", "Luxembourg",
    "Monaco", "Lausanne", "Basel", "Bern", "Heilbronn", "Karachi", "Lahore",
    "Islamabad", "Dhaka", "Colombo", "Kathmandu", "Ahmedabad", "Kolkata", "Noida", "Gurugram",
    "Gurgaon", "Singapore", "Hong Kong", "Shenyang", "Tianjin", "Chongqing", "Xiamen", "Qingdao",
    "Dalian", "Zhengzhou", "Changsha", "Hohhot", "Guiyang", "Ulanqab", "Yokohama", "Fukuoka",
    "Sapporo", "Sendai", "Daejeon", "Gwangju", "Perth", "Brisbane", "Adelaide", "Canberra",
    "Wellington", "Amman", "Beirut", "Baghdad", "Tehran", "Ankara", "Casablanca",
    "Rabat", "Tunis", "Algiers", "Accra", "Addis Ababa", "Kigali", "Kampala", "Dakar",
    "Buenos Aires", "Santiago", "Lima", "Bogota", "Bogotá", "Quito", "Caracas", "Rio de Janeiro",
    "Monterrey", "Guadalajara", "Querétaro", "Queretaro", "Montevideo",
    "Zhuhai", "Wuxi", "Jinan", "Ningbo", "Fuzhou", "Dongguan", "Foshan", "Kunshan", "Lanzhou",
    "Kunming", "Ulsan", "Sejong", "Childress", "Sweetwater", "Council Bluffs",
}  # fmt: skip
# Adjectives of nationality and region, capitalised like names ("the Japanese investor").
DEMONYMS = {
    "American", "British", "Canadian", "Mexican", "Brazilian", "Chinese", "Japanese",
    "Korean", "South Korean", "Taiwanese", "Indian", "Pakistani", "Singaporean", "Malaysian",
    "Indonesian", "Vietnamese", "Thai", "Filipino", "Australian", "French", "German", "Dutch",
    "Belgian", "Swiss", "Austrian", "Italian", "Spanish", "Portuguese", "Irish", "Scottish",
    "Welsh", "English", "Swedish", "Norwegian", "Danish", "Finnish", "Icelandic", "Polish",
    "Czech", "Hungarian", "Romanian", "Greek", "Turkish", "Russian", "Ukrainian", "Israeli",
    "Saudi", "Saudi Arabian", "Arabian", "Emirati", "Qatari", "Kuwaiti", "Bahraini", "Omani",
    "Egyptian", "Moroccan",
    "Nigerian", "Kenyan", "South African", "European", "Asian", "African", "Arab", "Gulf",
    "Nordic", "Latin", "Middle Eastern", "Texan", "Californian",
}  # fmt: skip


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Country names (short, common and official) and first-level regions, from pycountry,
    and the cities above; loaded when discovery first asks (about 0.15 s)."""
    import pycountry

    names = set(COMMON_PLACE_NAMES) | CITIES
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if hasattr(country, attribute):
                names.add(getattr(country, attribute))
    names.update(s.name for s in pycountry.subdivisions if s.type in REGION_KINDS)
    names.update(_unaccented(n) for n in list(names))  # "Tamil Nādu" as news spells it
    return frozenset(names)


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_place(name: str) -> bool:
    """A place, or the adjective of a nation or region ("Japanese"), or a part of a place
    ("West Texas", "Northern Virginia", "Upstate New York")."""
    if name in DEMONYMS or name in place_names():
        return True
    first, _, rest = name.partition(" ")
    return first in REGION_PREFIXES and rest in place_names()


# Words that name a part of a place before it.
REGION_PREFIXES = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern",
                   "Western", "Upstate", "Downstate", "Greater", "Northeast", "Northwest",
                   "Southeast", "Southwest"}  # fmt: skip


# Countries that are also people's surnames or given names ("Michael Jordan").
COUNTRIES_AS_NAMES = {"Jordan", "Chad", "Georgia", "Israel", "India"}


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Country names alone (short and common), from pycountry and the common forms above."""
    import pycountry

    names = {"UK", "US", "USA", "America", "Britain", "Korea", "Taiwan", "Vietnam", "Russia"}
    for country in pycountry.countries:
        names.update(getattr(country, a) for a in ("name", "common_name") if hasattr(country, a))
    return frozenset(names - COUNTRIES_AS_NAMES)
