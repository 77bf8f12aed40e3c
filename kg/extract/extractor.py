"""The extractor: an article's sentences to candidate facts, then article-level passes, merge."""

from __future__ import annotations

from itertools import product
from operator import itemgetter

from kg.extract import patterns as P
from kg.extract.antecedents import (
    antecedent,
    backed_description,
    said_of_both,
)
from kg.extract.arms import described_arms, investing_arms
from kg.extract.asides import split_aside
from kg.extract.chip_families import collapse_family, without_families_beside_members
from kg.extract.chips import carried_manufacture, designed_in_article, without_family_modifiers
from kg.extract.clauses import Candidate, View, matches
from kg.extract.clouds import cloud_customers, revenue_customers, signed_on_users
from kg.extract.commitments import commits
from kg.extract.continued_deals import (
    continue_deal,
    contracts_listed,
    listed_partners,
    same_commitment,
    same_investment,
)
from kg.extract.customers import customers
from kg.extract.discover import discover
from kg.extract.divisions import named_divisions
from kg.extract.fellow_parties import (
    each_sum,
    fellow_buyers,
    fellow_holders,
    fellow_providers,
    fellow_subjects,
    joined_holders,
    respective_amounts,
)
from kg.extract.figures import assign_quantities, node_of, whole_deal_amount
from kg.extract.gapped import gapped_investments
from kg.extract.gates import relation_candidates
from kg.extract.history import History
from kg.extract.investees import fellow_investees
from kg.extract.investments import invests
from kg.extract.mentions import EntityFinder, Mention
from kg.extract.merge import merge
from kg.extract.pairs import (
    CARRIED,
    CARRIED_INVESTOR,
    PAIR_METHOD,
    PAIR_TYPES,
    Pair,
    TypeModel,
    carried_investors,
    carried_pairs,
    guessed_candidates,
    pair_model,
    sentence_pairs,
    unlinked,
)
from kg.extract.patterns import COMMITMENT_CUES, SUPPLY_VERBS
from kg.extract.people import surnames_named
from kg.extract.quantities import find_quantities
from kg.extract.raisers import raising_company
from kg.extract.references import find_references, owner_references
from kg.extract.remembered import remember
from kg.extract.round_lists import item_backers, speaks_of_rounds
from kg.extract.rounds import rounds
from kg.extract.settle import (
    DEALS,
    ROUND_COMPANY,
    drop_hardware_purchases,
    drop_reversed_noun_deals,
    is_the_investment,
    name_deal_buyer,
    name_round_company,
    propagate_round_report,
    propagate_talks,
    report_back,
    reverses_an_earlier_stake,
    sells_a_company_bought,
    settle_hypotheticals,
    told_of_a_reported_round,
)
from kg.extract.speakers import (
    about_section,
    closing_attribution,
    company_named,
    elided_subject,
)
from kg.extract.status import CALLED_OFF, status_of, status_of_round
from kg.extract.supplies import supplies
from kg.extract.text import Sentence, capitalised_inside, iter_sentences
from kg.extract.truecase import restored_case, with_original_quotes
from kg.extract.uses import purpose_of, uses
from kg.models import Article, Entity, Fact
from kg.registry import Registry

SeenPair = tuple[Pair, int, int, str, str]  # a pair, its sentence's span, the two names
ROUND_METHODS = ("invest:round-list", "invest:raised-from", PAIR_METHOD + CARRIED_INVESTOR)


def _names(registry: Registry, pair: Pair) -> tuple[str, str]:
    return registry.get(pair.subject).name, registry.get(pair.object).name


class Extractor:
    """Extracts the facts of an article; build one per registry and reuse it."""

    def __init__(self, registry: Registry, guess_pairs: bool = True) -> None:
        self.registry = registry
        self.finder = EntityFinder(registry)
        self.arms = investing_arms(registry)
        model = pair_model() if guess_pairs else None
        self.guessed_types = model.used_types() if model else {}

    def extract(self, article: Article) -> list[Fact]:
        return self.extract_with_entities(article)[0]

    def extract_with_entities(
        self, article: Article, seen_pairs: list[SeenPair] | None = None
    ) -> tuple[list[Fact], list[Entity]]:
        """The article's facts, and the organisations it names that the registry lacks
        (only those that take part in a fact). ``seen_pairs``, if given, receives every pair
        of entities a sentence names, with the sentence's span and the entities' names (the
        examples the pair model is trained on)."""
        history = History()
        candidates: list[Candidate] = []
        asked: list[_Guessing] = []  # the views whose pairs the model is asked of at the end
        read_later: list[Sentence] = []
        discovered: dict[str, Entity] = {}
        registry = self.registry.extended([])  # this article's: the registry and its discoveries
        named: dict[int, list[str]] = {}  # by sentence start: the entities named by name
        first_named: dict[str, tuple[Sentence, int]] = {}  # where each entity is first named
        restored = restored_case(article.body, self.registry)
        body = article.body if restored is None else restored
        history.announcer = about_section(body, self.registry) or company_named(
            article.publisher, self.registry
        )
        inside = capitalised_inside(body)
        for sentence in iter_sentences(body):
            if sentence.paragraph != history.paragraph:
                history.paragraph = sentence.paragraph
            sentence.opening_named = bool(sentence.tokens) and sentence.tokens[0].text in inside
            references = find_references(sentence)  # (read again if discovery finds names)
            mentions = self._with_references(
                sentence, self._names(sentence), history, registry, references
            )
            history.surnames |= surnames_named(sentence, mentions)
            new = discover(sentence, mentions, registry, history.surnames)
            if new:
                for mention, entity in new:
                    if entity.id not in discovered and registry.lookup(entity.name) is None:
                        discovered[entity.id] = entity
                        registry.add(entity)
                    registry.add_alias(mention.text, entity.id)  # "SBG" after "SoftBank (SBG)"
                spans = [(m.first, m.last) for m, _ in new]
                named_chips = {m.first for m, e in new if e.is_chip}
                lines = self.finder.line_ids
                mentions = [  # "TPU" inside a discovered "TPU 8t" gives way to it
                    m
                    for m in mentions
                    if (m.embedded
                        or not any(a <= m.first and m.last <= b and b - a > m.last - m.first
                                   for a, b in spans))
                    and not (m.entity in lines and m.last + 1 in named_chips)
                ]  # fmt: skip
                # ("NVIDIA's AI accelerator H80": the line names the chip after it)
                mentions = sorted(mentions + [m for m, _ in new], key=lambda m: m.first)
                # the references again, now that the sentence's new names can be their antecedents
                names = [m for m in mentions if not m.reference]
                mentions = self._with_references(sentence, names, history, registry, references)
            named[sentence.start] = [m.entity for m in mentions if not m.reference]
            for m in mentions:
                if not m.reference and not m.embedded and m.entity not in first_named:
                    first_named[m.entity] = (sentence, m.first)
            quantities = find_quantities(sentence)
            views = [View(*part, registry) for part in split_aside(sentence, mentions, quantities)]
            found = [c for part in views for c in self._candidates(part, history)]
            found += said_of_both(found, mentions, history, registry)
            pairs_asked = seen_pairs is not None or bool(self.guessed_types)
            # (only a sentence naming chips pairs them with the companies spoken of)
            chips_named = any(part.chips() for part in views)
            spoken_of = self._spoken_of(history) if pairs_asked and chips_named else {}
            for part in views:
                if seen_pairs is not None:
                    seen_pairs += [
                        (p, sentence.start, sentence.end, *_names(registry, p))
                        for p in sentence_pairs(part, found)
                        + carried_pairs(part, spoken_of)
                        + carried_investors(part, history.round_company, found)
                    ]
                if self.guessed_types:
                    asked.append(_Guessing(part, found, spoken_of, history))
            if sentence.item and history.listing_round:
                found += item_backers(views[-1], history.round_company)
            elif not sentence.item:
                history.listing_round = speaks_of_rounds(sentence.text)
            whole = len(views) == 1
            view = views[0] if whole else View(sentence, mentions, quantities, registry)
            for candidate in found:
                if candidate.amount_usd is not None:
                    candidate.amount_usd = whole_deal_amount(view, candidate.amount_usd)
            if not any(c.type in DEALS for c in found):
                report_back(sentence, candidates)
            candidates.extend(found)
            remember(view, history, registry)
            if self.guessed_types:
                read_later.append(sentence)  # (the guesses read its tokens)
            else:
                sentence.drop_tokens()
        candidates += designed_in_article(candidates, first_named, registry)
        candidates += unlinked(self._guessed(asked, candidates), candidates, registry)
        for sentence in read_later:
            sentence.drop_tokens()
        candidates = name_round_company(candidates, history.lab_counts)
        candidates = drop_reversed_noun_deals(drop_hardware_purchases(name_deal_buyer(candidates)))
        collapse_family(candidates, history.chip_mentions, registry)
        candidates = without_families_beside_members(
            candidates, named, registry, self.finder.line_ids
        )
        settle_hypotheticals(candidates)
        propagate_talks(candidates)
        propagate_round_report(candidates)
        facts = named_divisions(merge(candidates, article, set(discovered)), named, registry)
        if restored is not None:
            facts = with_original_quotes(facts, article.body)
        used = {e for f in facts for e in (f.subject, f.object, f.chip)}
        return facts, [discovered[i] for i in sorted(discovered) if i in used]

    def _guessed(self, asked: list[_Guessing], ruled: list[Candidate]) -> list[Candidate]:
        """The model's guesses, in the order of the views asked. A view each of whose pairs
        the rules linked somewhere in the article (``ruled``: the article's facts) is not
        asked: ``unlinked`` would drop every guess of it."""
        linked = {frozenset((c.subject, c.object)) for c in ruled}
        guessed = []
        for guessing in asked:
            if not guessing.all_linked(linked, self.guessed_types):
                guessed += guessing.guesses(self.guessed_types, linked)
        return guessed

    # ------------------------------------------------------------ per sentence

    def _names(self, sentence: Sentence) -> list[Mention]:
        """The entities the sentence names from the registry (not yet the discovered ones)."""
        named = owner_references(sentence, self.finder.find(sentence), self.registry)
        named = described_arms(sentence, named, self.arms)
        return without_family_modifiers(named, self.registry)

    def _with_references(
        self,
        sentence: Sentence,
        named: list[Mention],
        history: History,
        registry: Registry,
        references: list[tuple[int, int, str]],
    ) -> list[Mention]:
        """``named`` (the registry's and the discovered names) and the pronouns and
        descriptions that point back to them (``references``: ``find_references(sentence)``),
        resolved with the article's registry."""
        taken = {i for m in named for i in range(m.first, m.last + 1)} if references else set()
        firsts = {m.first for m in named}
        resolved = []
        for first, last, phrase in references:
            span = set(range(first, last + 1))
            if taken & span and (last in taken or not backed_description(sentence, first, last)):
                continue
            if last + 1 in firsts and phrase.startswith("the "):
                continue  # "led by the venture firm Stripes": the name the description opens
            entity = antecedent(sentence, named, first, last, phrase, history, registry)
            if (
                entity
                and phrase.startswith("the ")
                and _apposed_to_its_own_name(sentence, named, first, entity)
            ):
                continue  # "Lambda, the GPU cloud, said …": the name says it already
            if entity:
                tokens = sentence.tokens
                if taken & span:  # "the Amazon-backed startup": Amazon stays the backer
                    first = last
                resolved.append(
                    Mention(
                        entity,
                        first,
                        last,
                        tokens[first].start,
                        tokens[last].end,
                        phrase,
                        reference=True,
                    )
                )
        resolved += elided_subject(sentence, named, history)
        return sorted(named + resolved, key=lambda m: m.first)

    def _candidates(self, view: View, history: History) -> list[Candidate]:
        found: list[tuple[int | None, Candidate]] = []
        topic = self._topic_lab(history)
        seen: set[tuple[str, str, str]] = set()
        raiser = raising_company(view)
        round_of = (
            raiser
            or history.round_company
            or (closing_attribution(view) if speaks_of_rounds(view.sentence.text) else None)
            or (history.last_investment[1] if history.last_investment else topic)
        )
        # (a round told before its company is named: "HCLTech is investing $150 million in a
        # $300 million funding round" is of the company settle names at the end)
        last_round = _last_index(view.lowers, "round")
        for cue in view.cue_positions(P.INVEST_CUES):
            if _ends_a_name(view, cue):
                continue  # "SDIC Investment, CICC Capital …": a word of a firm's name
            unnamed = ROUND_COMPANY if last_round >= cue else None
            candidate = invests(view, cue, round_of or unnamed) or same_investment(
                view, cue, history
            )
            if candidate:
                found.append((cue, candidate))
                if candidate.object == ROUND_COMPANY:
                    continue
                if candidate.method != "invest:role" or history.round_company is None:
                    # ("Founders Fund, which was also an early backer of OpenAI, will lead the
                    # round": a role held elsewhere does not change whose round it is)
                    history.last_investment = (candidate.subject, candidate.object)
                    if last_round >= 0 or not history.round_raised:
                        # (an investment told without a round, "Nvidia was making a $100
                        # billion investment in OpenAI", leaves the round raised before)
                        history.round_company = candidate.object
                        history.round_raised = False
                fellows = fellow_holders(view, candidate, cue)
                if fellows and each_sum(view, cue) is None:  # a sum several put in together is
                    # not one investor's
                    candidate.numbers_fixed, candidate.amount_usd = True, None
                investees = fellow_investees(view, candidate, cue)
                own_sums = investees and all(c.amount_usd for c in investees)
                if investees and not own_sums and "respectively" not in view.lowers:
                    candidate.numbers_fixed, candidate.amount_usd = True, None
                joined = joined_holders(view, candidate)
                others = gapped_investments(view, candidate) + fellows + investees + joined
                found.extend((c.anchor, c) for c in others)
        for cue in view.cue_positions(COMMITMENT_CUES):
            supplied = (
                supplies(view, cue, self.finder.product_lines)
                if view.lowers[cue] in SUPPLY_VERBS
                else []
            )
            candidate = None if supplied else commits(view, cue)
            found.extend((cue, c) for c in supplied + ([candidate] if candidate else []))
            fellows = fellow_providers(view, candidate, cue) if candidate else []
            if candidate and view.org_ids() - {candidate.subject, candidate.object}:
                # (fellow buyers and subjects are organisations the view names besides the
                # deal's two: with none, they find nothing)
                fellows += fellow_buyers(view, candidate) + fellow_subjects(view, candidate, cue)
            shared = any(f.partner_of is None for f in fellows)  # (not partners in one deal)
            if candidate and shared and not (candidate.numbers_fixed and candidate.amount_usd):
                # a total over several providers is none of theirs (unless each has its own)
                candidate.numbers_fixed, candidate.amount_usd = True, None
            found.extend((c.anchor, c) for c in fellows)
        if not any(c.type == "compute_commitment" for _, c in found):
            same = (
                same_commitment(view, history, self.registry)
                + listed_partners(view, history)
                + contracts_listed(view, history)
            )
            found.extend((c.anchor, c) for c in same)
        told_before = (history.round_company, history.round_status, history.round_closed)
        fallback = round_of or self._company_spoken_of(history) or ROUND_COMPANY
        if fallback not in {raiser, history.round_company} and P.LENDER_WORDS.intersection(
            view.lowers
        ):
            fallback = None  # lenders with no borrower named: a project's debt, seldom the
            # company the article is about, unless its own round was told
        participants = rounds(view, fallback, after_round=history.round_company is not None)
        if raiser:  # "Fireworks AI raised $250 million. The round was led by ..."
            history.round_company, history.round_raised = raiser, True
            _tell_round(history, view, raiser)
        elif participants and participants[0].object != ROUND_COMPANY:
            # "A and B are leading the round for the company. C also took part."
            if participants[0].object != history.round_company:
                _tell_round(history, view, participants[0].object)
            history.round_company = participants[0].object
        elif participants and _a_named_raiser(view):
            participants = []  # "MGX explores raising capital, with Mubadala as backer"
        participants = _unless_invested_elsewhere(view, participants, found)
        found.extend((c.anchor, c) for c in participants)
        if participants:
            found.extend((j.anchor, j) for j in joined_holders(view, participants[0]))
        # a round's total is not what one of several listed participants put in
        listed = {c.subject for c in participants} if len(participants) > 1 else set()
        extra = {
            uses: (history.deal_buyer, history.site_client),
            customers: (self.finder.product_lines, history.last_of_type.get("Chip")),
            cloud_customers: (history.last_of_type.get("CloudProvider"),),
            revenue_customers: (history.last_of_type.get("CloudProvider"),),
            signed_on_users: (history.last_of_type.get("CloudProvider"),),
            carried_manufacture: (history.last_of_type.get("Chip"),),
        }
        related = relation_candidates(view, extra)
        found.extend((None, candidate) for candidate in related)
        bought = [c for c in related if c.method == "invest:acquisition"]
        if bought:  # "… agreed to acquire Aligned. The purchase, backed by Microsoft, …"
            history.last_investment = (bought[-1].subject, bought[-1].object)
        triggers = {cue: c.type for cue, c in found if cue is not None and not c.numbers_fixed}
        numbers = assign_quantities(view, triggers)
        nodes = [q for q in view.quantities if q.kind == "process_node"]
        result: list[Candidate] = []
        sized = any(q.kind == "money" for q in view.quantities)  # a round of its own size
        for cue, candidate in found:
            values = numbers.get(cue, {}) if cue is not None else {}
            if not candidate.numbers_fixed:
                candidate.amount_usd = values.get("money")  # type: ignore[assignment]
                if candidate.type == "invests_in" and candidate.subject in listed:
                    candidate.amount_usd = None
                candidate.capacity_gw = values.get("power")  # type: ignore[assignment]
                candidate.duration_years = values.get("duration")  # type: ignore[assignment]
            if candidate.partner_of is not None:
                for figure in ("amount_usd", "capacity_gw", "duration_years"):
                    setattr(candidate, figure, getattr(candidate.partner_of, figure))
            if candidate.type == "manufactures_chip" and nodes:
                candidate.process_node = node_of(view, candidate, nodes)
            if candidate.anchor is None:
                candidate.anchor = cue
            candidate.status = status_of(view, candidate)
            if (
                raiser is None
                and not sized
                and _in_the_round(candidate, history.round_company, history.round_status)
            ):
                # "Nimbus is in talks to raise $500 million … Thrive is expected to lead the
                # round": the round's participants are as certain as the round
                candidate.status = history.round_status
            elif raiser is None and told_of_a_reported_round(candidate, told_before):
                candidate.status = "reported"
            if (
                candidate.status == CALLED_OFF
                or is_the_investment(candidate, found, view.lowers)
                or sells_a_company_bought(candidate, found)
                or reverses_an_earlier_stake(candidate, found)
                or _makes_what_it_uses(candidate, found)
            ):
                continue
            key = (candidate.type, candidate.subject, candidate.object)
            numbered = any(
                v is not None
                for v in (candidate.amount_usd, candidate.capacity_gw, candidate.duration_years)
            )
            if key in seen and not numbered:
                continue
            seen.add(key)
            result.append(candidate)
            if candidate.type in DEALS:
                continue_deal(view, candidate, history)
            if candidate.type == "compute_commitment":
                history.deal_buyer = candidate.subject
                history.last_commitment = (candidate.subject, candidate.object)
            if candidate.type == "compute_commitment" and candidate.chip:
                result.append(
                    Candidate(
                        "uses_chip",
                        candidate.subject,
                        candidate.chip,
                        view.sentence,
                        "use:commitment",
                        status=candidate.status,
                        purpose=purpose_of(view.sentence.text),
                    )
                )
        respective_amounts(view, result)
        return result

    @staticmethod
    def _company_spoken_of(history: History) -> str | None:
        """With no lab named yet, the company the last sentence opened on ('Nscale has
        announced … The round was led by …'), unless it only invests, or one the article has
        named more often ('Cerebras … Cerebras … G42 is one of its clients. New investors
        include 1789 Capital': Cerebras's)."""
        subject = history.opened_on
        if subject is None or subject.types == ["Investor"]:
            return None
        counts = history.company_counts
        most = max(counts.items(), key=itemgetter(1), default=None)
        if most is not None and most[1] > counts[subject.id]:
            return most[0]
        return subject.id

    def _spoken_of(self, history: History) -> dict[str, list[str]]:
        """The companies the article was just speaking of, and how."""
        ways: dict[str, list[str]] = {}
        for way, company in (
            ("subject", history.previous_subject),
            ("site", history.site_owner),
            ("topic", self._topic_lab(history)),
        ):
            if company is not None:
                ways.setdefault(company, []).append(way)
        return ways

    def _topic_lab(self, history: History) -> str | None:
        if history.last_of_type.get("Lab"):
            return history.last_of_type["Lab"]
        # (what most_common(1) gives: the first of the most counted, without its heap)
        common = max(history.lab_counts.items(), key=itemgetter(1), default=None)
        return common[0] if common else None


def _apposed_to_its_own_name(
    sentence: Sentence, named: list[Mention], first: int, entity: str
) -> bool:
    """Whether a description stands in apposition right after the name it describes."""
    return (
        first >= 2
        and sentence.tokens[first - 1].text == ","
        and any(m.last == first - 2 and m.entity == entity and not m.embedded for m in named)
    )


def _ends_a_name(view: View, cue: int) -> bool:
    """Whether the cue word, capitalised inside the sentence, follows an organisation's name:
    the last word of a longer name the registry knows only the start of ("SDIC Investment")."""
    token = view.sentence.tokens[cue]
    return (
        cue > 0
        and token.text[:1].isupper()
        and any(m.last == cue - 1 and not m.reference for m in view.orgs(max(0, cue - 6), cue))
    )


def _last_index(words: list[str], word: str) -> int:
    """The position of the last ``word`` of ``words``, or -1 (found by C code, not a loop)."""
    return len(words) - 1 - words[::-1].index(word) if word in words else -1


def _makes_what_it_uses(candidate: Candidate, found: list) -> bool:
    """'Samsung won an order to produce Tesla's AI5 chips': the foundry that makes a chip in a
    sentence does not use it there."""
    return candidate.type == "uses_chip" and any(
        c.type == "manufactures_chip"
        and (c.subject, c.object) == (candidate.subject, candidate.object)
        for _, c in found
    )


def _a_named_raiser(view: View) -> bool:
    """Whether an organisation of the sentence is the subject of raising ('MGX explores
    raising capital'): a round whose company no rule named is then that one's, not another."""
    return any(
        any(matches(w, P.RAISE_VERBS) for w in view.lowers[m.last + 1 : m.last + 4])
        for m in view.orgs()
    )


def _unless_invested_elsewhere(
    view: View, participants: list[Candidate], found: list[tuple[int | None, Candidate]]
) -> list[Candidate]:
    """'Bezos has joined investors such as Samsung and LG to back Tenstorrent': investors whose
    sentence has them invest in a company it names are no participants of a round of a company
    it does not name (the round the article spoke of before)."""
    invested = {c.subject: c.object for _, c in found if c.method == "invest:verb"}
    named = {view.org(m) for m in view.orgs()}
    return [
        c
        for c in participants
        if c.object in named or invested.get(c.subject, c.object) == c.object
    ]


def _tell_round(history: History, view: View, company: str) -> None:
    """Remember how certain the sentence that names ``company``'s round makes it, and whether it
    says the round was done."""
    history.round_status = status_of_round(view, company)
    history.round_closed = bool(P.CLOSED_ROUND.search(view.sentence.text))


class _Guessing:
    """A view whose pairs the pair model is asked of once the article is read (where the rules
    of a later sentence may link them), with what its guesses read of the article as it stood
    at the view: the sentence's facts as the rules found them, the companies spoken of, and the
    round told last and how certain it was."""

    __slots__ = ("view", "ruled", "spoken_of", "round_company", "round_status")

    def __init__(
        self, view: View, found: list[Candidate], spoken_of: dict[str, list[str]], history: History
    ) -> None:
        self.view, self.spoken_of = view, spoken_of
        self.ruled = list(map(_copied, found))  # (a later sentence may rename their parties)
        self.round_company, self.round_status = history.round_company, history.round_status

    def guesses(
        self, used: dict[str, TypeModel], linked: set[frozenset[str]] | frozenset = frozenset()
    ) -> list[Candidate]:
        """The model's guesses here, none of a pair of ``linked`` (``unlinked`` would drop
        them: their features are not worked out)."""
        found = guessed_candidates(
            self.view, self.ruled, self.spoken_of, self.round_company, used, linked
        )
        for candidate in found:
            if _in_the_round(candidate, self.round_company, self.round_status):
                candidate.status = self.round_status
        return found

    def all_linked(self, linked: set[frozenset[str]], used: dict[str, TypeModel]) -> bool:
        """Whether the rules linked every pair the models of ``used`` could guess here: each
        organisation named with each chip (or organisation), each company spoken of with each
        chip, each organisation with the round's company."""
        chips, orgs = self.view.chip_ids(), self.view.org_ids()
        pairs: list[tuple[str, str]] = []
        for kind in used:
            if kind in PAIR_TYPES:
                pairs += product(orgs, chips if PAIR_TYPES[kind] else orgs)
        if CARRIED in used:
            pairs += product(self.spoken_of, chips)
        if CARRIED_INVESTOR in used and self.round_company is not None:
            pairs += product(orgs, [self.round_company])
        return all(s == o or frozenset((s, o)) in linked for s, o in pairs)


def _copied(candidate: Candidate) -> Candidate:
    """What ``copy.copy`` makes of a candidate (a new object with the same attributes), without
    its generic steps (``__reduce_ex__``, a look for ``__setstate__``)."""
    kind = type(candidate)
    twin = kind.__new__(kind)
    twin.__dict__.update(candidate.__dict__)
    return twin


def _in_the_round(candidate: Candidate, company: str | None, status: str) -> bool:
    """Whether a participant of the round the article last named (``company``'s, said to be
    ``status``) takes that round's status: a round in talks, which the participant's own
    sentence (naming no sum of another round) states no more surely ("is expected to lead the
    round", "may also participate, the sources said": talks beat a plan or a report word)."""
    return (
        candidate.type == "invests_in"
        and candidate.method in ROUND_METHODS
        and candidate.object == company
        and status == "in_talks"
        and candidate.status in ("announced", "planned", "reported")
    )
