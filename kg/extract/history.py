"""What an article's extraction remembers from sentence to sentence; whom a description fits."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.extract import patterns as P
from kg.models import Entity


@dataclass
class History:
    """What earlier sentences named, for resolving 'it', 'the company', 'the chip'."""

    paragraph: int = -1
    subject: Entity | None = None  # the organisation the previous sentence named first
    opened_on: Entity | None = None  # likewise, by its own name (not "ex-OpenAI researcher")
    deal_buyer: str | None = None
    last_investment: tuple[str, str] | None = None
    last_commitment: tuple[str, str] | None = None
    previous_orgs: list[str] = field(default_factory=list)  # the last sentence's, in order
    deals_of: str | None = None  # who the last sentence said made several deals
    round_company: str | None = None  # the company whose round the article last described
    round_raised: bool = False  # whether a sentence saying it raised the round named it
    round_status: str = "announced"  # how certain the sentence that named the round made it
    round_closed: bool = False  # whether that sentence said the round was done
    last_deal_status: str | None = None
    chip_mentions: Counter[str] = field(default_factory=Counter)
    last_of_type: dict[str, str] = field(default_factory=dict)
    lab_counts: Counter[str] = field(default_factory=Counter)
    # how often the article has named each company that does more than invest
    company_counts: Counter[str] = field(default_factory=Counter)
    announcer: str | None = None  # the company a press release speaks for, as "we"
    site_owner: str | None = None  # who the article last said builds or runs a site
    site_client: str | None = None  # whom that site is built for ("a data center for OpenAI")
    quote_speaker: tuple[int, str] | None = None  # (paragraph, company) of the last quote
    listing_round: bool = False  # whether the last sentence before a list spoke of a round
    surnames: set[str] = field(default_factory=set)  # of the people named in full so far

    @property
    def previous_subject(self) -> str | None:
        return self.subject.id if self.subject is not None else None


def acts_as(entity: Entity, kind: str) -> bool:
    """'The startup' means a model builder or a young chip designer, not a cloud that also
    builds models."""
    if kind == "Lab" and entity.types == ["ChipDesigner"]:
        return entity.id not in P.ESTABLISHED_DESIGNERS
    return kind in entity.types and not (kind == "Lab" and "CloudProvider" in entity.types)
