"""Which earlier organisation a reference points to ('it', 'the company', 'the chipmaker',
'its'), from the sentence's own names, its clauses and what the article said before."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import patterns as P
from kg.extract.clauses import Candidate, View, fronted_phrase_end
from kg.extract.history import History, acts_as
from kg.extract.mentions import Mention
from kg.extract.speakers import speaker
from kg.extract.text import Sentence
from kg.models import Entity
from kg.registry import Registry


def relative_antecedent(view: View, lo: int) -> Mention | None:
    """'Anthropic, which uses AWS and Google Cloud, …': the name a relative clause opening at
    ``lo`` hangs on."""
    if lo < 2 or view.lowers[lo - 1] not in P.RELATIVE or view.lowers[lo - 2] != ",":
        return None
    before = [m for m in view.orgs(0, lo - 2) if m.last == lo - 3 and not m.embedded]
    return before[0] if before else None


def object_of_phrase(lowers: list[str], first: int) -> bool:
    """Whether the first company a sentence names follows a preposition, a participle ('This
    processor boasts gains, utilizing TSMC's packaging') or a verb of listing ('Participants
    included Sequoia and Vy Capital'): the sentence is not about it."""
    if first <= 1:
        return False  # "For Microsoft, the move is …": the sentence's topic, fronted
    before = lowers[first - 1]
    return (
        before in P.PREPOSITIONS
        or before in P.LISTING_VERBS
        or (before.endswith("ing") and before.isalpha())
    )


def clause_start(sentence: Sentence, index: int) -> int:
    """The first token of the clause that holds token ``index`` (after ';', a dash, 'but',
    ', which', or a verb of saying)."""
    words = sentence.lowers
    for i in range(index - 1, 0, -1):
        if words[i] in P.CLAUSE_BREAKS or (
            words[i - 1] == "," and (words[i] in P.RELATIVE or words[i] in P.ADJUNCT_OPENERS)
        ):
            return i + 1
        if words[i] in P.REPORTING_VERBS:  # "Mistral said ASML would invest in the startup"
            return i + 1
    return 0


def backed_description(sentence: Sentence, first: int, last: int) -> bool:
    """'the Amazon-backed startup': a description whose names say who backs, leads or owns the
    company it refers to."""
    return any(t.lower in P.BACKER_PARTICIPLES for t in sentence.tokens[first:last])


def _possessed_object(
    sentence: Sentence, named: list[Mention], opens: int, first: int, kind: str, registry: Registry
) -> str | None:
    """The company of the fitting type whose possessive stands after its clause's subject and
    before the reference ('Hyundai recognized Tenstorrent's potential, investing in the
    startup'): what the clause speaks of, nearer than any company of earlier sentences."""
    words = sentence.lowers
    in_clause = [m for m in named if opens <= m.first and m.last < first]
    for m in reversed(in_clause[1:]):
        if words[m.last + 1 : m.last + 2] in (["'s"], ["’s"]) and acts_as(
            registry.get(m.entity), kind
        ):
            return registry.organisation(m.entity)
    return None


def _possessive_in_clause(sentence: Sentence, earlier: list[Mention], first: int) -> Mention | None:
    """ "…, following Amazon's unveiling of a new version of its Trainium chip": 'its' after
    another company's possessive in its own clause is that company's."""
    start = clause_start(sentence, first)
    words = sentence.lowers
    if (
        start >= 2
        and words[start - 2 : start] == [",", "which"]
        and words[first] in {"its", "their"}
    ):
        # "FuriosaAI, which used Samsung's process for its chip": the relative's antecedent's
        antecedent = [m for m in earlier if m.last == start - 3]
        return antecedent[0] if antecedent else None
    near = [m for m in earlier if first - 6 <= m.last < first - 2]
    if (
        near
        and words[first - 1] == "of"
        and words[near[-1].last + 1] in {"'s", "’s"}
        and all(w.isalpha() for w in words[near[-1].last + 2 : first - 1])
    ):
        return near[-1]  # "closely following Nvidia's unveiling of its Blackwell GPU"
    owners = [
        m
        for m in earlier
        if start > 0
        and m.first >= start
        and words[m.last + 1 : m.last + 2] in (["'s"], ["’s"])
        and not _possessive_object(words, m.first)
    ]
    return owners[-1] if owners else None


def _possessive_object(words: list[str], first: int) -> bool:
    """'plans to use TSMC's 12nm node for its upcoming chip': a possessive that is the object
    of a verb or a preposition names what is used, not whose 'its' follows."""
    return first > 0 and (
        words[first - 1] in P.PREPOSITIONS or words[first - 1] in P.USE_VERBS_BEFORE_OWNER
    )


def _whose_round(
    sentence: Sentence,
    named: list[Mention],
    first: int,
    last: int,
    history: History,
    registry: Registry,
) -> bool:
    """'The company's latest round drew money from Nvidia', 'Accel doubled down, leading its
    Series B': a company whose round is spoken of, with no company but investors named before
    it, is the one whose round the article told."""
    if history.round_company is None:
        return False
    ahead = [t.lower for t in sentence.tokens[last + 1 : last + 6] if t.lower not in ("'s", "’s")]
    if not P.ROUND_NAMES & set(ahead[:3]) and ahead[:1] != ["series"]:
        return False
    return all(registry.get(m.entity).types == ["Investor"] for m in named if m.last < first)


def the_pair(named: list[Mention], history: History, registry: Registry) -> tuple[str, str] | None:
    """The two organisations 'the two companies' points back to: those the last sentence named,
    less the ones this sentence names itself ('Nvidia partnered with Reliance and Tata. Nvidia
    will supply the two companies'); None unless exactly two are left."""
    here = {registry.organisation(m.entity) for m in named if not m.reference}
    left = [o for o in history.previous_orgs if o not in here]
    return (left[0], left[1]) if len(left) == 2 else None


def said_of_both(
    found: list[Candidate], mentions: list[Mention], history: History, registry: Registry
) -> list[Candidate]:
    """The same facts of the pair's second organisation, for those a sentence states of 'the
    two companies' (resolved to the first): 'Nvidia will provide its GH200 to the two
    companies' after a sentence naming Reliance and Tata supplies both. A figure said of both
    is neither one's: it is taken off the first's fact too."""
    if not any(m.reference and _plain(m.text) in P.PLURAL_ORG_REFERENCES for m in mentions):
        return []
    pair = the_pair(mentions, history, registry)
    if pair is None or any(not m.reference and m.entity == pair[0] for m in mentions):
        return []
    first, second = pair
    twins = []
    for c in found:
        if first in (c.subject, c.object) and second not in (c.subject, c.object):
            c.amount_usd = c.capacity_gw = None  # "the two companies will invest $10 billion"
            twins.append(
                replace(
                    c,
                    subject=second if c.subject == first else c.subject,
                    object=second if c.object == first else c.object,
                )
            )
    return twins


def _plain(text: str) -> str:
    return " ".join(text.lower().split())


def _fits(entity: Entity, kind: str | None) -> bool:
    """Whether a name fits a description of ``kind``: 'the company' (no kind) fits a lab or a
    company whose business is compute ('acquire Aligned from Macquarie, which has backed the
    company'), not an investor."""
    if kind is None:
        return acts_as(entity, "Lab") or "CloudProvider" in entity.types
    return acts_as(entity, kind)


def antecedent(
    sentence: Sentence,
    named: list[Mention],
    first: int,
    last: int,
    phrase: str,
    history: History,
    registry: Registry,
) -> str | None:
    """The organisation (or chip) a reference at tokens ``first``-``last`` points to: the
    speaker, the company a fronted description describes, an owner, an earlier company of the
    fitting type in the sentence or the article, or the last sentence's subject; for 'the
    startup' with none of these, the young company the last sentence named."""
    if P.ORG_REFERENCES[phrase] in ("Latter", "Former"):
        return _latter_or_former(named, first, P.ORG_REFERENCES[phrase], history, registry)
    found = _antecedent(sentence, named, first, last, phrase, history, registry)
    if found is None and phrase in P.STARTUP_REFERENCES:
        found = _young_company_named_before(named, first, history, registry)
    if found is not None and P.ORG_REFERENCES[phrase] is None:
        found = _not_its_own_subject(sentence, named, first, found, registry)
    if found is not None and phrase == "its":
        found = _another_s_to_use(sentence, named, first, found, registry)
    return found


def _another_s_to_use(
    sentence: Sentence, named: list[Mention], first: int, found: str, registry: Registry
) -> str:
    """'Lambda said Microsoft had signed an agreement to use its infrastructure': what a company
    signs to use or rent is another's; 'its' after such a verb is the other company the
    sentence named last, not the one that uses."""
    if first == 0 or sentence.tokens[first - 1].lower not in P.RENTING_VERBS:
        return found
    before = [
        org
        for m in named
        if m.last < first and not m.embedded and not m.reference
        and registry.get(m.entity).is_organization
        and (org := registry.organisation(m.entity)) is not None
    ]  # fmt: skip
    if not before or before[-1] != found:
        return found
    others = [org for org in before if org != found]
    return others[-1] if others else found


def _not_its_own_subject(
    sentence: Sentence, named: list[Mention], first: int, found: str, registry: Registry
) -> str:
    """'Microsoft signed a deal with CoreWeave and bought services from the company': a
    description after a preposition, in a sentence that opens on its subject, is not that
    subject (which would be 'itself') nor a company of an earlier sentence, but the other
    company the sentence named last."""
    if first == 0 or sentence.tokens[first - 1].lower not in {"from", "with", "to", "into", "by"}:
        return found
    before = [m for m in named if m.last < first and not m.embedded and not m.reference]
    if not before or before[0].first > 1:
        return found
    subject = registry.organisation(before[0].entity)
    here = {registry.organisation(m.entity) for m in before}
    if found != subject and found in here:
        return found
    others = [
        org
        for m in before[1:]
        if (org := registry.organisation(m.entity)) not in (None, subject)
        and registry.get(m.entity).is_organization
    ]
    return others[-1] if others else found


def _latter_or_former(
    named: list[Mention], first: int, kind: str, history: History, registry: Registry
) -> str | None:
    """'Nvidia accounts for 15% of CoreWeave's revenue, while the latter has borrowed billions':
    of the last two companies named (in the sentence, or else in the one before), the second
    or the first."""
    here = [
        registry.organisation(m.entity)
        for m in named
        if m.last < first and not m.embedded and not m.reference
        and registry.get(m.entity).is_organization
    ]  # fmt: skip
    companies = list(dict.fromkeys(here)) if len(set(here)) >= 2 else history.previous_orgs
    if len(companies) < 2:
        return None
    return companies[-1] if kind == "Latter" else companies[-2]


def _a_young_company(entity, phrase: str) -> bool:
    """Whether 'the startup' may be this company: a lab, cloud or chip designer that is no
    established company ('Crusoe has raised $11.6 billion … The startup has received backing')."""
    return phrase in P.STARTUP_REFERENCES and _may_be_young(entity)


def _may_be_young(entity) -> bool:
    """A lab, cloud or chip designer that is no established company."""
    return entity.id not in P.ESTABLISHED_COMPANIES and bool(
        set(entity.types) & {"Lab", "CloudProvider", "ChipDesigner"}
    )


def _young_company_named_before(
    named: list[Mention], first: int, history: History, registry: Registry
) -> str | None:
    """'The deal shows how crucial Nvidia's support has been to CoreWeave. The chip giant
    invested $100 million in the startup': a neocloud or a chip start-up the last sentence
    named, the latest first, is what 'the startup' means when no lab fits; never an
    established company, nor one the sentence itself names."""
    here = {registry.organisation(m.entity) for m in named if m.last < first}
    for org in reversed(history.previous_orgs):
        if org not in here and _may_be_young(registry.get(org)):
            return org
    return None


def _antecedent(
    sentence: Sentence,
    named: list[Mention],
    first: int,
    last: int,
    phrase: str,
    history: History,
    registry: Registry,
) -> str | None:
    kind = P.ORG_REFERENCES[phrase]
    if kind == "Speaker":
        return speaker(sentence, named, first, history, registry)
    if kind == "Pair":
        pair = the_pair(named, history, registry)
        return pair[0] if pair else None
    if (
        kind != "Chip"
        and phrase.startswith("the ")
        and first > 1
        and sentence.tokens[first - 1].lower == ","
        and sentence.tokens[0].lower in P.PARTICIPLE_ASIDES | {"led", "founded", "based"}
        and history.subject is not None
    ):
        # "Backed by investors such as Nvidia and Oracle, the company has raised $970m":
        # the names in the fronted phrase describe the company the article speaks of
        return history.subject.id
    for m in named:
        entity = registry.get(m.entity)
        if 0 < m.first - last <= 3 and entity.owner and P.OWNED_TYPES & set(entity.types):
            if "DataCenter" in entity.types and phrase == "its":
                holder = _named_before(named, first, registry)
                if holder is not None:
                    return holder  # "SpaceX has converted its Colossus 2": sites change hands
            return registry.organisation(entity.owner)
    if kind != "Chip" and _whose_round(sentence, named, first, last, history, registry):
        return history.round_company
    if phrase == "the new chip" and history.chip_mentions:
        # "Meta unveiled MTIA … faster than Nvidia's H100 … TSMC will produce the new chip":
        # the chip the article is about (named most, and first), not the last one it was
        # compared with
        most = max(history.chip_mentions.values())
        return next(c for c, n in history.chip_mentions.items() if n == most)
    if kind == "Chip":
        return history.last_of_type.get("Chip")
    if kind == "DataCenter" and "DataCenter" not in history.last_of_type:
        return history.site_owner  # "Nscale is building a campus … The facility will …"
    if (
        phrase.startswith("the ")
        and first > 0
        and sentence.tokens[first - 1].lower in P.PREPOSITIONS | P.OBJECT_BEFORE
    ):
        # "Google invested $300m in the company": a description after a preposition is not
        # the clause's own subject; it points back to the article's earlier company
        opens = clause_start(sentence, first)
        in_clause = {registry.organisation(m.entity) for m in named if m.first >= opens}
        before_clause = [m for m in named if m.last < opens and _fits(registry.get(m.entity), kind)]
        candidates = [registry.organisation(m.entity) for m in reversed(before_clause)]
        fronted = _fronted_subject(sentence, named, opens, first, registry)
        if fronted is not None and not candidates:
            return fronted  # "As Nebius uses its GPUs, Nvidia invested $2B in the company"
        previous = history.previous_subject
        if previous and kind and not acts_as(registry.get(previous), kind):
            previous = None  # "investment from the chipmaker" never points back to a lab
        candidates += [history.last_of_type.get(kind or "Lab"), previous]
        earlier = next((e for e in candidates if e and e not in in_clause), None)
        if earlier:
            # "A recognized C's potential, investing $50m in the startup": C, before any other
            possessed = kind and _possessed_object(sentence, named, opens, first, kind, registry)
            return possessed or earlier
    if (
        kind is not None
        and phrase.startswith("the ")
        and (first <= 1 or sentence.tokens[first - 1].lower == ",")
        and history.subject is not None
        and (acts_as(history.subject, kind) or _a_young_company(history.subject, phrase))
        and not any(m.last < first for m in named)
    ):
        # "Reflection, founded by DeepMind alumni, raised $2B. The startup …": a description
        # opening a sentence (or its main clause: "A year later, the startup …") continues the
        # last one's subject
        return history.subject.id
    if kind is not None:
        same_sentence = [
            m for m in named if m.last < first and acts_as(registry.get(m.entity), kind)
        ]
        if first > 0 and sentence.tokens[first - 1].lower in P.PREPOSITIONS:
            # "gives Nvidia a 4% stake in the chipmaker": not the name just before it
            near = {m.entity for m in named if first - 8 <= m.last < first}
            same_sentence = [m for m in same_sentence if m.entity not in near] or (same_sentence)
        if same_sentence:
            return registry.organisation(same_sentence[-1].entity)
    if kind is None:
        earlier = [m for m in named if m.last < first and registry.get(m.entity).is_organization]
        fronted = fronted_phrase_end(sentence.lowers)
        if any(m.first > fronted for m in earlier):
            # "In addition to the OpenAI arrangement, Nvidia highlighted its …": Nvidia's
            earlier = [m for m in earlier if m.first > fronted]
        if phrase == "its":
            other = _not_its_own_role(sentence, earlier, first, history, registry)
            if other is not None:
                return other
        if (
            phrase in {"it", "them"}
            and first > 0
            and sentence.tokens[first - 1].lower in (P.PREPOSITIONS)
        ):
            # "Amazon committed $4 billion to it": an object pronoun is not its clause's
            # subject; it points back past the clause
            opens = clause_start(sentence, first)
            in_clause = {registry.organisation(m.entity) for m in earlier if m.first >= opens}
            earlier = [m for m in earlier if m.last < opens]
            if not earlier and in_clause:
                previous = history.previous_subject
                return previous if previous not in in_clause else None
        speaker_org = [
            m
            for m in earlier
            if first >= 2
            and m.last == first - 2
            and sentence.tokens[first - 1].lower in P.REPORTING_VERBS
        ]
        if phrase == "it" and speaker_org:  # "Quorix said it will rent …": the speaker
            return registry.organisation(speaker_org[0].entity)
        owner = _possessive_in_clause(sentence, earlier, first)
        if owner is not None:
            return registry.organisation(owner.entity)
        start = clause_start(sentence, first)
        clause_orgs = [m for m in earlier if start > 0 and m.first >= start]
        subject = clause_orgs[0] if clause_orgs else None
        if subject and sentence.tokens[subject.first - 1].lower not in P.PREPOSITIONS:
            # "Humain will lead … while AMD provides its MI450 GPUs": AMD's
            return registry.organisation(subject.entity)
        if earlier:
            return registry.organisation(earlier[0].entity)
        return history.previous_subject
    return history.last_of_type.get(kind)


# "Microsoft became its largest customer", "… is already its largest client"
ROLE_STATE_COPULAS = frozenset(P.STATE_COPULAS | {"became", "becomes"})
ROLE_STATE_ADVERBS = frozenset(P.STATE_ADVERBS | {"already"})


def _not_its_own_role(
    sentence: Sentence, earlier: list[Mention], first: int, history: History, registry: Registry
) -> str | None:
    """'Microsoft is its largest customer': no company is its own customer, investor or
    supplier, so 'its' is the company spoken of before the subject (the one that said so, or
    the last sentence's)."""
    words = sentence.lowers
    role = first + 1
    while role < len(words) and role - first <= 3 and words[role] not in P.RELATION_ROLES:
        if not words[role].isalpha():
            return None
        role += 1
    if role >= len(words) or words[role] not in P.RELATION_ROLES:
        return None
    at = first - 1
    if words[at - 1 : at + 1] == ["one", "of"]:
        at -= 2  # "Google is one of its cloud providers"
    elif words[at] == "among":
        at -= 1
    while at > 0 and words[at] in ROLE_STATE_ADVERBS:
        at -= 1
    if at < 1 or words[at] not in ROLE_STATE_COPULAS:
        return _coordinated_role_of(words, earlier, first, registry)
    subject = next((m for m in earlier if m.last == at - 1), None)
    if subject is None:
        return None
    own = registry.organisation(subject.entity)
    before = [registry.organisation(m.entity) for m in earlier if m.last < subject.first]
    other = next((o for o in reversed(before) if o != own), history.previous_subject)
    return other if other != own else None


def _coordinated_role_of(
    words: list[str], earlier: list[Mention], first: int, registry: Registry
) -> str | None:
    """'Google is both an investor in Anthropic and one of its cloud providers': after 'and
    one of' (or 'and among'), 'its' is the company the first role was of, named last before
    it, not the subject that holds both roles."""
    opener = first - 3 if words[first - 2 : first] == ["one", "of"] else first - 2
    if opener < 1 or words[opener] != "and" or words[first - 1] not in ("of", "among"):
        return None
    orgs = list(dict.fromkeys(registry.organisation(m.entity) for m in earlier))
    return orgs[-1] if len(orgs) >= 2 else None


def _named_before(named: list[Mention], first: int, registry: Registry) -> str | None:
    """The organisation named last before token ``first``, a site aside."""
    entities = ((m, registry.get(m.entity)) for m in named if m.last < first and not m.reference)
    before = [m for m, e in entities if e.is_organization and "DataCenter" not in e.types]
    return registry.organisation(before[-1].entity) if before else None


def _fronted_subject(
    sentence: Sentence, named: list[Mention], opens: int, first: int, registry: Registry
) -> str | None:
    """The subject of a subordinate clause the sentence opens on ('As Nebius has a good
    relationship with Nvidia, …'), when the reference at ``first`` comes after its comma."""
    words = sentence.lowers
    if words[opens : opens + 1] == [] or words[opens] not in P.FRONTED_SUBORDINATORS:
        return None
    comma = next((i for i in range(opens + 1, first) if words[i] == ","), None)
    if comma is None:
        return None
    subject = next((m for m in named if opens < m.first and m.last < comma), None)
    if subject is None or subject.first > opens + 2:
        return None
    return registry.organisation(subject.entity)
