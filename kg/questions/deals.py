"""Deals counted once: which statements are versions of one deal, totals, and conflicts.

A deal is identified by its type, its two parties and what tells one agreement from another
between them. Statements of it (one per fact and article) are its versions:

- versions in one article with different figures are different deals (an article does not
  contradict itself: "$11.9 billion in March, a $4 billion add-on in May");
- a version that states a figure another article states is a restatement of the same deal;
- versions from different articles with different figures are disputed versions of one deal
  unless one of them says it is another agreement ("expansion", "additional", "new deal",
  "add-on", "follow-on", a tranche or phase, before its figure) or they are dated in
  different years;
- a forecast or expectation ("expected to", "on track to", "forecast") is not a commitment:
  it is left out of deals and counted apart;
- a figure stated as a part of another version's figure is that deal, not a rival version:
  when a quote of the pair says a figure "could grow to" (rise, increase, expand to) another
  ("$1.25 billion investment, which could grow to $4 billion"), or that the other "included"
  it as an initial, first or upfront part or a tranche ("a $4bn deal ... which included a
  $1.25bn initial investment"), and both figures are versions' figures of the same
  (type, subject, object), the part's version counts as the whole's deal: it restates the
  deal with the whole's figure (counted once, in totals as the whole), and is no conflict;
  likewise a smaller figure beside a version that states its figure as a running total
  ("bringing its total investment to $8 billion", "$8 billion in total"): an earlier tranche.

Disputed versions make a range (low–high, with the sources of each end), never a sum.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.questions.display import money, power
from kg.questions.facts import by_status, fact_rows
from kg.questions.filters import NO_FILTERS, Filters
from kg.questions.sources import as_source
from kg.questions.vocabulary import COMPARED_FIELDS, DEAL_FACTS

Row = dict[str, object]

FIGURES = ("amount_usd", "capacity_gw")
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014"
NEW_DEAL = re.compile(
    rf"\b(expan\w*|additional|add[\s{_DASH}]?on|new (?:deal|agreement|contract)|"
    rf"follow[\s{_DASH}]?on|another|extension|extends?|tranche|phase (?:\w+))\b",
    re.IGNORECASE,
)
FORECAST = re.compile(
    r"\b(expected to|is expected|are expected|forecasts?|forecasted|projected to|"
    r"on track to|could reach|anticipated to|estimated to)\b",
    re.IGNORECASE,
)
FIGURE = re.compile(
    r"(\$\s?\d|\d[\d.,]*\s*(?:billion|bn|million|trillion|gigawatts?|GW|megawatts?|MW)\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:gigawatts?|billion)\b)",
    re.IGNORECASE,
)
FIRM, UNSIGNED = {"announced"}, {"in_talks", "planned"}
TOTAL_KEYS = (
    "entity", "role", "amount_usd", "amount_usd_high", "capacity_gw", "capacity_gw_high",
    "deals", "counterparties", "disputed", "forecasts", "source_count", "sources",
)  # fmt: skip
CONFLICT_KEYS = ("type", "subject", "object", "field", "versions")


def says_new_deal(quote: str) -> bool:
    """Whether a quote calls its figure another agreement (a cue before the first figure)."""
    figure = FIGURE.search(quote)
    return bool(figure and NEW_DEAL.search(quote[: figure.start()]))


def is_forecast(quote: str) -> bool:
    return bool(FORECAST.search(quote))


VERSION_FIELDS = ("type", "subject", "object", "status", "event_date", "purpose", "article",
                  *FIGURES, "duration_years")  # fmt: skip


def version_rows(store, filters: Filters, types: tuple[str, ...] | None = None,
                 disagreeing: bool = False) -> list[Row]:  # fmt: skip
    """One row per fact and article passing ``filters``, its quotes in order of offset (the
    fact table's engine groups them, and with ``disagreeing`` keeps only parties whose facts
    could conflict; a store's ``facts`` rows are grouped here). ``subject`` and ``object``
    are the organisations that act (Amazon for a deal an article states with AWS): a deal is
    theirs, however an article named them."""
    source = as_source(store)
    if hasattr(source, "versions"):
        return source.versions(filters, types, disagreeing)
    rows = [r for r in fact_rows(source, "facts", filters) if types is None or r["type"] in types]
    found: dict[tuple[str, str], Row] = {}
    for row in sorted(rows, key=lambda r: (str(r["fact"]), str(r["article"]), r.get("start") or 0)):
        key = (str(row["fact"]), str(row["article"]))
        version = found.setdefault(
            key,
            {"fact": row["fact"], **{k: row.get(k) for k in VERSION_FIELDS},
             "subject": row["subject_acts_as"], "object": row["object_acts_as"], "quotes": []},
        )  # fmt: skip
        version["quotes"].append(row.get("quote"))  # type: ignore[union-attr]
        # A fact node stated twice with different purposes or dates holds both: take the least,
        # as the table's engine does, whatever order the rows came in.
        for field in ("purpose", "event_date"):
            if row.get(field) is not None and (
                version[field] is None or str(row[field]) < str(version[field])
            ):
                version[field] = row[field]
    return list(found.values())


def versions(rows: Iterable[Row]) -> list[dict]:
    """One version per fact and article: its figures, status, date, quotes and cues."""
    found = []
    for row in rows:
        if "new" in row:  # the fact table folds its quotes' cues, found when it was built
            new, forecast = bool(row["new"]), bool(row["forecast"])
            quotes = row["quotes"]  # non-empty text already (``FactTable.listed``)
            if len(quotes) > 1:  # type: ignore[arg-type]
                quotes = list(dict.fromkeys(quotes))  # type: ignore[arg-type]
        else:
            quotes = list(dict.fromkeys(str(q) for q in row["quotes"] if q))  # type: ignore[union-attr]
            found_cues = [cues(q) for q in quotes]
            new = any(n for n, _ in found_cues)
            forecast = bool(quotes) and all(f for _, f in found_cues)
        # The row becomes the version (its keys are the version's): no copy of 40k dicts.
        version = row
        version["quotes"] = quotes
        version["new"] = new
        version["forecast"] = forecast
        found.append(version)
    # A total order (the fact IRI breaks ties): deals() joins versions in this order.
    return sorted(found, key=lambda v: (v["article"], str(v["amount_usd"]),
                                        str(v["capacity_gw"]), v["quotes"], v["fact"]))  # fmt: skip


@lru_cache(maxsize=65536)
def cues(quote: str) -> tuple[bool, bool]:
    """(says another deal, is a forecast) of one quote."""
    return says_new_deal(quote), is_forecast(quote)


_MONEY = re.compile(
    r"\$\s?(\d[\d,]*(?:\.\d+)?)\s*(billion|bn|million|mn|m|trillion|tn)\b|"
    r"\b(\d[\d,]*(?:\.\d+)?)\s*(billion|million|trillion)\s+(?:dollars|in\b)",
    re.IGNORECASE,
)
_POWER = re.compile(r"\b(\d+(?:\.\d+)?)\s*(gigawatts?|GW|megawatts?|MW)\b", re.IGNORECASE)
_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "trillion": 1e12,
          "tn": 1e12, "gigawatt": 1.0, "gigawatts": 1.0, "gw": 1.0, "megawatt": 1e-3,
          "megawatts": 1e-3, "mw": 1e-3}  # fmt: skip
_PART_CUE = re.compile(r"grow|grew|ris|increas|expand|climb|includ|initial|first|upfront|tranche|"
                       r"total|cumulat|altogether", re.IGNORECASE)  # fmt: skip
# Every quote _PART_CUE finds, and some more, in RE2's syntax (the fact table's engine marks
# the versions worth reading): Python's IGNORECASE also lets these four letters match ASCII
# ones (İ and ı as i, ſ as s, the Kelvin sign as k), which RE2's case folding may not.
PART_CUE_SUPERSET = f"(?i)({_PART_CUE.pattern})|[\u0130\u0131\u017f\u212a]"
_GROWS_TO = re.compile(
    r"\b(?:grow|grew|ris|increas|expand|climb)\w*\s+to\s+(?:as much as\s+|up to\s+)?$",
    re.IGNORECASE,
)
_INCLUDES = re.compile(r"\b(?:includ\w*|compris\w*|of which)\b", re.IGNORECASE)
_INITIAL = re.compile(r"\b(?:initial|first|upfront|up-front|tranche)\b", re.IGNORECASE)
# A figure stated as a running total: the cue just before it, or "in total" just after.
_TOTAL_BEFORE = re.compile(
    r"\b(?:total(?:\s+\w+){0,3}\s+(?:to|of|at)|totall?ing|cumulative(?:\s+\w+){0,2})\s+"
    r"(?:about\s+|around\s+|nearly\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"^\s+(?:in\s+total|in\s+all|altogether|cumulatively)\b", re.IGNORECASE)


def _figure_key(field: str, value: object) -> object:
    """A figure compared across text and records: dollars to the dollar, gigawatts to 1e-6."""
    return round(float(value)) if field == "amount_usd" else round(float(value), 6)  # type: ignore[arg-type]


def _figures_in(quote: str) -> list[tuple[int, int, str, object]]:
    """(start, end, field, figure key) of each dollar amount and capacity a quote states."""
    found = []
    for match in _MONEY.finditer(quote):
        number, unit = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        value = float(number.replace(",", "")) * _SCALE[unit.lower()]
        found.append((match.start(), match.end(), "amount_usd", _figure_key("amount_usd", value)))
    for match in _POWER.finditer(quote):
        value = float(match.group(1)) * _SCALE[match.group(2).lower()]
        found.append((match.start(), match.end(), "capacity_gw",
                      _figure_key("capacity_gw", value)))  # fmt: skip
    return sorted(found)


@lru_cache(maxsize=65536)
def part_of_whole(quote: str) -> tuple[tuple[str, object, object], ...]:
    """(field, part, whole) for each figure a quote states as a part of another (the rule in
    this module's docstring): "P ... could grow to W", or "W ... included ... initial P"."""
    if not _PART_CUE.search(quote):
        return ()
    figures = _figures_in(quote)
    found = []
    for i, (_, end, field, first) in enumerate(figures):
        for start, later_end, other_field, second in figures[i + 1 :]:
            between = quote[end:start]
            if other_field != field or first == second or len(between) > 80 or "." in between:
                continue
            if _GROWS_TO.search(between):
                found.append((field, first, second))
            elif _INCLUDES.search(between) and _INITIAL.search(
                quote[max(end, start - 30) : later_end + 30]
            ):
                found.append((field, second, first))
    return tuple(found)


@lru_cache(maxsize=65536)
def running_totals(quote: str) -> tuple[tuple[str, object], ...]:
    """(field, figure) of each figure a quote states as a running total."""
    if not _PART_CUE.search(quote):
        return ()
    return tuple(
        (field, value)
        for start, end, field, value in _figures_in(quote)
        if _TOTAL_BEFORE.search(quote[max(0, start - 60) : start])
        or _TOTAL_AFTER.match(quote[end : end + 20])
    )


def mark_parts(pair: list[dict]) -> None:
    """Give each version whose figure a quote of the pair states as a part of another version's
    figure the whole's figure to be counted by (``deal_figures``); others keep their own."""
    if len(pair) < 2:
        return  # a part and its whole are two versions' figures
    if all(version.get("parts") is False for version in pair):
        return  # the fact table found no cue in any of their quotes (PART_CUE_SUPERSET)
    stated = {(f, _figure_key(f, v[f])): v[f] for v in pair for f in FIGURES if v[f] is not None}
    if len(stated) < 2:
        return
    wholes: dict[tuple[str, object], object] = {}
    for version in pair:
        if version.get("parts") is False:
            continue  # the fact table found no cue in its quotes (PART_CUE_SUPERSET)
        for quote in version["quotes"]:
            found = list(part_of_whole(quote))
            for field, total in running_totals(quote):
                found += [(f, part, total) for f, part in stated if f == field and part < total]  # type: ignore[operator]
            for field, part, whole in found:
                if (field, part) in stated and (field, whole) in stated:
                    known = wholes.get((field, part))
                    value = stated[(field, whole)]
                    wholes[(field, part)] = value if known is None else max(known, value)  # type: ignore[call-overload]
    if not wholes:
        return
    for version in pair:
        for field in FIGURES:
            if version[field] is not None:
                whole = wholes.get((field, _figure_key(field, version[field])))
                if whole is not None:
                    version.setdefault("deal_figures", {})[field] = whole


def figure(version: dict, field: str) -> object:
    """The figure a version counts by: its own, or the whole deal's it states a part of."""
    wholes = version.get("deal_figures")
    return version[field] if wholes is None else wholes.get(field, version[field])


def _year(version: dict) -> str | None:
    return str(version["event_date"])[:4] if version.get("event_date") else None


def deals(pair: list[dict]) -> list[list[dict]]:
    """The versions of one (type, subject, object), forecasts left out, grouped into deals."""
    kept = [v for v in pair if not v["forecast"]]
    numbered = [v for v in kept if v["amount_usd"] is not None or v["capacity_gw"] is not None]
    plain = [v for v in kept if v["amount_usd"] is None and v["capacity_gw"] is None]
    if len(numbered) < 2:  # nothing to join
        return [group for group in (numbered, plain) if group]
    root = list(range(len(numbered)))
    members = {i: [i] for i in range(len(numbered))}
    # what each deal's articles state: (article, field) -> figure
    stated = {i: {(v["article"], f): figure(v, f) for f in FIGURES if v[f] is not None}
              for i, v in enumerate(numbered)}  # fmt: skip

    # Two deals that cannot join stay apart as they grow (each keeps what its articles state),
    # so a pair of roots found apart is not compared again: with many restatements of two
    # versions in dispute, the same comparison would be made once per pair of versions.
    apart: set[tuple[int, int]] = set()

    def join(i: int, j: int) -> None:
        a, b = root[i], root[j]
        if a == b or (min(a, b), max(a, b)) in apart:
            return
        if any(stated[a].get(k, value) != value for k, value in stated[b].items()):
            apart.add((min(a, b), max(a, b)))
            return  # an article would give two figures for one field of one deal
        if len(members[a]) < len(members[b]):
            a, b = b, a
        for k in members[b]:
            root[k] = a
        members[a] += members.pop(b)
        stated[a].update(stated.pop(b))

    # Read once per version, not once per pair of versions (pairs are quadratic). A pair
    # already in one deal is skipped before its test: join() would leave it as it is.
    years = [_year(v) for v in numbered]
    articles = [v["article"] for v in numbered]
    fields = [sum(1 << n for n, f in enumerate(FIGURES) if v[f] is not None) for v in numbered]

    def dates_agree(i: int, j: int) -> bool:
        return years[i] is None or years[j] is None or years[i] == years[j]

    by_figure: dict[tuple[str, object], list[int]] = {}
    for i, v in enumerate(numbered):  # the same figure: one deal, restated
        for f in FIGURES:
            if v[f] is not None:
                by_figure.setdefault((f, figure(v, f)), []).append(i)
    for same in by_figure.values():
        earlier = _Earlier(lambda j: (years[j],), root)
        for i in same:
            for j in earlier.kept:
                if root[i] != root[j] and dates_agree(i, j):
                    join(j, i)
            earlier.add(i)
    earlier = _Earlier(lambda j: (years[j], fields[j]), root)
    for i, v in enumerate(numbered):  # other figures elsewhere: versions in dispute
        if v["new"]:
            continue
        for j in earlier.kept:
            # from other articles, dated alike, stating a figure of a field both state
            if (root[i] != root[j] and articles[i] != articles[j] and dates_agree(i, j)
                    and fields[i] & fields[j]):  # fmt: skip
                join(j, i)
        earlier.add(i)
    found = [[numbered[k] for k in sorted(group)] for _, group in sorted(members.items())]
    if plain:
        found.append(plain)
    return found


class _Earlier:
    """The earlier versions a version is compared with in ``deals``, without comparing it with
    every one of them (restatements make pairs quadratic).

    A comparison's outcome depends on the other version only through its deal (``root``), the
    traits ``traits`` gives (year, fields) and its article. Deals only merge, so versions that
    shared a deal and traits when added share them for ever, and the first of them stands for
    all: a later one would repeat a join already made, or a refusal that is final (a deal only
    gains what its articles state). Its article does not matter either: where it is the
    article of the version compared, the deal already states that article's figure of a field
    both state, so the version is in it (the same figure) or refused by it (another).
    """

    def __init__(self, traits, root: list[int]) -> None:
        self._traits = traits
        self._root = root
        self._seen: set[tuple] = set()
        self.kept: list[int] = []

    def add(self, index: int) -> None:
        key = (self._root[index], *self._traits(index))
        if key not in self._seen:
            self._seen.add(key)
            self.kept.append(index)


def by_pair(rows: Iterable[Row]) -> dict[tuple[str, str, str], list[dict]]:
    """Versions by (type, subject, object), from ``version_rows``."""
    pairs: dict[tuple[str, str, str], list[dict]] = {}
    for version in versions(rows):
        pairs.setdefault((version["type"], version["subject"], version["object"]), []).append(
            version
        )
    for pair in pairs.values():
        mark_parts(pair)
    return pairs


def _values(deal: list[dict], field: str) -> dict[object, list[dict]]:
    values: dict[object, list[dict]] = {}
    for version in deal:
        if version[field] is not None:
            values.setdefault(figure(version, field), []).append(version)
    return values


def _sources(vs: Iterable[dict]) -> list[str]:
    return sorted({str(v["article"]) for v in vs})


# ---------------------------------------------------------------- totals


def totals(store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Committed dollars and gigawatts per buyer and per provider, each deal counted once.

    ``amount_usd`` and ``capacity_gw`` add each deal's lowest version, ``…_high`` its highest:
    they differ only where articles disagree on a deal, and ``disputed`` says where, with the
    sources of each end. ``forecasts`` counts statements left out as forecasts.
    """
    pairs = by_pair(version_rows(store, filters, ("compute_commitment",)))
    by_entity: dict[tuple[str, str], dict] = {}
    for (fact_type, buyer, provider), pair in pairs.items():
        if fact_type != "compute_commitment":
            continue
        # each deal's figures, once for the pair (both roles add them)
        figures: list[tuple[str, object, object, dict]] = []
        stated_deals = 0
        for deal in deals(pair):
            stated = False
            for field in FIGURES:
                values = _values(deal, field)
                if values:
                    stated = True
                    figures.append((field, min(values), max(values), values))  # type: ignore[type-var]
            stated_deals += stated
        undated = any(v["event_date"] is None for v in pair)
        forecasts = sum(1 for v in pair if v["forecast"])
        sources = {str(v["article"]) for v in pair}
        for role, entity, other in (("buyer", buyer, provider), ("provider", provider, buyer)):
            total = by_entity.setdefault(
                (role, entity),
                {"low": {f: [] for f in FIGURES}, "high": {f: [] for f in FIGURES}, "deals": 0,
                 "counterparties": set(), "disputed": [], "forecasts": 0, "sources": set(),
                 "undated": False},
            )  # fmt: skip
            total["counterparties"].add(other)
            total["undated"] = total["undated"] or undated
            total["forecasts"] += forecasts
            total["sources"] |= sources
            for field, low, high, values in figures:
                total["low"][field].append(low)
                total["high"][field].append(high)
                if low != high:
                    shown = money if field == "amount_usd" else power
                    total["disputed"].append(
                        f"{other}: {shown(low)} ({', '.join(_sources(values[low]))})"
                        f" to {shown(high)} ({', '.join(_sources(values[high]))})"
                    )
            total["deals"] += stated_deals
    rows = [
        {
            "entity": entity,
            "role": role,
            "amount_usd": _sum(t["low"]["amount_usd"]),
            "amount_usd_high": _sum(t["high"]["amount_usd"]),
            "capacity_gw": _sum(t["low"]["capacity_gw"]),
            "capacity_gw_high": _sum(t["high"]["capacity_gw"]),
            "deals": t["deals"],
            "counterparties": sorted(t["counterparties"]),
            "disputed": sorted(t["disputed"]),
            "forecasts": t["forecasts"],
            "source_count": len(t["sources"]),
            "sources": sorted(t["sources"]),
            **({"undated": t["undated"]} if filters.flags_undated else {}),
        }
        for (role, entity), t in by_entity.items()
    ]
    rows.sort(key=lambda r: (r["role"], -(r["amount_usd"] or 0), r["entity"]))
    return filters.mentions(rows, ("entity", "counterparties"))


def _sum(values: list) -> int | float | None:
    if not values:
        return None
    total = round(sum(values), 6)
    return int(total) if float(total).is_integer() else total


def _plain(value: object) -> object:
    return int(value) if isinstance(value, float) and value.is_integer() else value


# ---------------------------------------------------------------- conflicts


def conflicts(store, filters: Filters = NO_FILTERS) -> list[Row]:
    """Versions of one deal (or chip use) that disagree across articles, with their quotes.

    ``field`` is a figure (``amount_usd``, ``capacity_gw``, ``duration_years``) or ``purpose``
    given differently by different articles about one deal; ``status`` where one article
    says signed (announced) and another in talks or planned; ``direction`` where articles
    state the same figure with the parties the other way round.
    """
    pairs = by_pair(version_rows(store, filters, disagreeing=True))
    found: list[Row] = []
    for (fact_type, subject, obj), pair in pairs.items():
        for deal in deals(pair):
            if len(deal) < 2:
                continue  # one version disagrees with nothing
            for field in COMPARED_FIELDS:
                values = _values(deal, field)
                if len(values) < 2:
                    continue
                if len({v["article"] for vs in values.values() for v in vs}) > 1:
                    found.append(_conflict(fact_type, subject, obj, field, values))
            firm = {v["article"] for v in deal if v["status"] in FIRM}
            unsigned = {v["article"] for v in deal if v["status"] in UNSIGNED}
            if firm and unsigned and firm != unsigned:
                by_value: dict[object, list[dict]] = {}
                for v in deal:
                    by_value.setdefault(v["status"], []).append(v)
                found.append(_conflict(fact_type, subject, obj, "status", by_value))
        other = pairs.get((fact_type, obj, subject)) if fact_type in DEAL_FACTS else None
        if other and subject < obj:
            for field in FIGURES:
                mine, theirs = _values(pair, field), _values(other, field)
                for value in sorted(set(mine) & set(theirs)):  # type: ignore[type-var]
                    found.append(_conflict(fact_type, subject, obj, "direction", {
                        f"{subject} → {obj}": mine[value], f"{obj} → {subject}": theirs[value],
                    }))  # fmt: skip
    found = _in_order(found)
    if filters.flags_undated:
        for row in found:
            row["undated"] = row.pop("_undated")
    else:
        for row in found:
            del row["_undated"]
    return filters.mentions(found, ("subject", "object"))


def _in_order(found: list[Row]) -> list[Row]:
    """Conflicts by type, parties and field, then by their versions as text; the text (long)
    is made only for the few that tie on the rest."""
    found.sort(key=lambda r: (r["type"], r["subject"], r["object"], r["field"]))
    ordered: list[Row] = []
    start = 0
    for end in range(1, len(found) + 1):
        if end == len(found) or _head(found[end]) != _head(found[start]):
            tied = found[start:end]
            if len(tied) > 1:
                tied.sort(key=lambda r: str(r["versions"]))
            ordered += tied
            start = end
    return ordered


def _head(row: Row) -> tuple:
    return row["type"], row["subject"], row["object"], row["field"]


def _conflict(fact_type: str, subject: str, obj: str, field: str, values: dict) -> Row:
    # each value's versions read in one pass (10k conflicts at 1M triples)
    undated = False
    shown = []
    for value, vs in sorted(values.items(), key=_value_order):
        statuses, sources, quotes = [], set(), set()
        for v in vs:
            statuses.append(v["status"])
            sources.add(str(v["article"]))
            quotes.update(v["quotes"])
            undated = undated or v["event_date"] is None
        shown.append({"value": _plain(value), "status": by_status(statuses),
                      "sources": sorted(sources), "quotes": sorted(quotes)})  # fmt: skip
    return {"_undated": undated, "type": fact_type, "subject": subject, "object": obj,
            "field": field, "versions": shown}  # fmt: skip


def _value_order(item: tuple) -> tuple:
    return item[0] is None, str(item[0])
