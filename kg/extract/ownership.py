"""invests_in from ownership: a share owned ('SoftBank holds about 11 percent of OpenAI'), a
company owned or controlled by another ('Vantage is part-owned by DigitalBridge', 'the
PIF-owned Humain'), and one company owning another ('Blackstone owns QTS')."""

from __future__ import annotations

from kg.extract import patterns as P
from kg.extract.acquisitions import held_whole
from kg.extract.backed import backed_compound
from kg.extract.clauses import Candidate, View, list_starting
from kg.extract.mentions import Mention
from kg.extract.patterns import OWN_CUES


def percent_owned(view: View) -> list[Candidate]:
    """'Nvidia will own roughly 4% of Intel', 'SoftBank holds about 11 percent of OpenAI': an
    organisation that owns a share of another invests in it."""
    found = []
    words = view.lowers
    for verb in view.cue_positions(OWN_CUES):
        share = next((i for i in range(verb + 1, min(len(words), verb + 6))
                      if words[i] in ("%", "percent", "per")), None)  # fmt: skip
        if share is None:
            continue
        of = next((i for i in range(share + 1, min(len(words), share + 4))
                   if words[i] in ("of", "in")), None)  # fmt: skip
        owned = [m for m in view.orgs(of + 1, of + 3) if not m.embedded] if of else []
        owners = [
            m
            for m in view.orgs(max(0, verb - 9), verb)
            if not m.embedded and not view.possessive(m)
        ]  # (past "…, which until early 2019 owned")
        company = held_whole(view, owned[0]) if owned else None
        if not owned or not owners or view.org(owners[-1]) == company:
            continue
        found.append(
            Candidate(
                "invests_in",
                view.org(owners[-1]),
                company,  # type: ignore[arg-type]
                view.sentence,
                "invest:shares",
                anchor=verb,
                numbers_fixed=True,
            )  # fmt: skip
        )
    return found


def owned_by(view: View) -> list[Candidate]:
    """'Vantage Data Centers is part-owned by DigitalBridge', 'Kunlunxin, which is controlled
    by Baidu,', 'Arm is 90% owned by SoftBank', 'the PIF-owned Humain', 'AIP was founded by
    BlackRock, GIP and MGX': each owner (or founding organisation) invests in the company."""
    found: list[Candidate] = []
    for verb in view.cue_positions(P.OWNED_PARTICIPLES + ("led",)):
        if view.lowers[verb] == "led" and not _leads_a_venture(view.lowers, verb):
            continue  # ("the round was led by …": the round rules' own)
        if view.lowers[verb - 1 : verb] == ["-"] and verb > 1 and view.orgs(verb - 2, verb - 1):
            compound = backed_compound(view, verb)
            found += [compound] if compound is not None else []
            continue
        if view.lowers[verb + 1 : verb + 2] != ["by"]:
            continue
        owners = [m for m in view.orgs(verb + 2, verb + 13) if not m.embedded]
        owned = _owned_before(view, verb)
        if not owners or owned is None or not _names_after(view, verb + 2, owners[0]):
            continue
        later = [m for m in view.orgs(owners[0].first) if not m.embedded]
        listed = list_starting(view, owners[0], later)
        if set(view.lowers[listed[-1].last + 1 : listed[-1].last + 3]) & P.PERSON_NOUNS:
            continue  # "founded by former Meta and Google researchers": people who worked there
        company = held_whole(view, owned)
        found += [
            Candidate(
                "invests_in", view.org(m), company, view.sentence, "invest:owned", anchor=verb
            )  # fmt: skip
            for m in listed
            if view.org(m) not in {None, company}
        ]
    return found


def _leads_a_venture(words: list[str], verb: int) -> bool:
    """'a new KKR-led venture', 'a BlackRock-led consortium': the company named before '-led'
    heads a venture or consortium, which it invests in."""
    return words[verb - 1 : verb] == ["-"] and bool(
        set(words[verb + 1 : verb + 3]) & {"venture", "consortium", "partnership", "platform"}
    )


def _owned_before(view: View, verb: int) -> Mention | None:
    """The company before 'is (majority-) owned by', past the words that only say how much."""
    before = [m for m in view.orgs(0, verb) if not m.embedded]
    if not before:
        return None
    gap = view.lowers[before[-1].last + 1 : verb]
    described = gap
    while len(described) > 3 and (described[-1] in P.OWNED_LINKS or described[-1][:1].isdigit()):
        described = described[:-1]  # ", a self-driving startup 90 percent (owned by)": how much
    if _apposed_description(described) or _participle_before(described):
        return before[-1]  # "Humain, an artificial intelligence company owned by the PIF"
    if len(gap) > 8 or not all(w in P.OWNED_LINKS or w[:1].isdigit() for w in gap):
        return None
    return before[-1]


def _participle_before(gap: list[str]) -> bool:
    """', launched earlier this year and': an aside that opens on another participle and
    goes on with 'and' to the one of owning ('Humain, launched in May and owned by the PIF')."""
    return (
        3 <= len(gap) <= 8
        and gap[0] == ","
        and gap[1].endswith("ed")
        and gap[-1] == "and"
        and all(w.isalpha() or w[:1].isdigit() for w in gap[1:])
    )


def _apposed_description(gap: list[str]) -> bool:
    """', an artificial intelligence company': an appositive whose noun says what the company
    before it is."""
    return (
        3 <= len(gap) <= 8
        and gap[0] == ","
        and gap[1] in ("a", "an", "the")
        and gap[-1] in P.COMPANY_HEADS
        and all(w == "-" or w.replace("-", "").replace(".", "").isalpha() for w in gap[2:])
    )


def _names_after(view: View, start: int, owner: Mention) -> bool:
    """Only an article or a short description between 'by' and the owner ('by the Public
    Investment Fund', 'by Chinese search giant Baidu'), or a description the owner's name is
    set beside ('by Saudi Arabia's powerful sovereign wealth fund, the Public Investment
    Fund')."""
    gap = view.lowers[start : owner.first]
    if "," in gap:
        comma = gap.index(",")
        described, gap = gap[:comma], gap[comma + 1 :]
        if gap not in ([], ["the"]) or not _a_description(described, 8):
            return False
    return _a_description(gap, 4)  # "by the kingdom's Public Investment Fund"


def _a_description(words: list[str], most: int) -> bool:
    return (
        len(words) <= most
        and all(w.isalpha() or w in P.POSSESSIVE_MARKS for w in words)
        and not set(words) & P.PREPOSITIONS
    )


def owns(view: View) -> list[Candidate]:
    """'Blackstone owns QTS', 'SoftBank, which controls Arm,': a company that owns another,
    named right after the verb, invests in it (not its chips, sites or stake: those are read
    apart)."""
    found = []
    for verb in view.cue_positions(P.OWNING_VERBS):
        owned = [m for m in view.orgs(verb + 1, verb + 3) if not m.embedded]
        if not owned or view.lowers[verb + 1 : owned[0].first] not in ([], ["the"]):
            continue
        if view.possessive(owned[0], plural=True) or view.chips(owned[0].first, owned[0].last + 3):
            continue  # "owns Nvidia's chips", "owns Nvidia GPUs"
        owners = [m for m in view.orgs(view.clause(verb)[0], verb) if not m.embedded]
        if not owners or not set(view.lowers[owners[-1].last + 1 : verb]) <= P.OWNER_LINKS:
            continue
        owner, company = view.org(owners[-1]), held_whole(view, owned[0])
        if owner and company and owner != company:
            found.append(
                Candidate("invests_in", owner, company, view.sentence, "invest:owned", anchor=verb)
            )
    return found
