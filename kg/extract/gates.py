"""The relation rules that read one view each, with what a view must hold for each to find
anything: most sentences hold none of a rule's cue words, and a rule is not asked of them.

A gate names the cue tables the rule itself reads (``view.cue_positions(TABLE)``, or a word set
it intersects with the view's words) and whether the rule only speaks of chips the view names.
It is conservative by construction: it asks for a word of a table only where every candidate
of the rule hangs on a word of that table, and a word set is read as a table of whole words,
which finds at least the words the set does. ``tests/test_gates.py`` asks every rule behind a
shut gate too, on the sentences of the rule tests, and finds nothing there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from kg.extract import patterns as P
from kg.extract.acquisitions import acquisitions
from kg.extract.chips import (
    carried_manufacture,
    designed_with,
    designing_for,
    designs,
    manufactures,
    partnered_to_design,
)
from kg.extract.clauses import CHIP_MARK, Candidate, View, cue_bit
from kg.extract.cloud_use import uses_provider_compute
from kg.extract.clouds import (
    built_for,
    chosen_to_build,
    cloud_customers,
    cloud_offers,
    hosted_workloads,
    revenue_customers,
    served_companies,
    signed_on_users,
    site_for,
    turned_to,
)
from kg.extract.customers import customers
from kg.extract.handovers import handed_over, relied_on, sent_to, won_over
from kg.extract.investees import (
    checks_written,
    founded_together,
    investees_including,
    joint_venture,
    portfolio_companies,
)
from kg.extract.lending import lent
from kg.extract.ownership import owned_by, owns, percent_owned
from kg.extract.participles import participle_uses
from kg.extract.sites import built_with, capacity_for, site_runs, site_users, tenants
from kg.extract.uses import (
    bought_in_relative,
    possessed,
    used_by_pronoun,
    uses,
)

Table = tuple[str, ...] | set[str] | frozenset[str]


class Gate:
    """What a view must hold for a rule to find anything: a word of each of ``tables`` and,
    with ``chips``, a chip's name; with ``any_of``, also a word of one of those tables.

    The tables are given their bits when the gate is made, before any view is marked: a table
    first known after a view's marks were made would be missing from them."""

    __slots__ = ("every", "some")

    def __init__(self, *tables: Table, any_of: Iterable[Table] = (), chips: bool = False) -> None:
        # a table the cue memory has no room for has bit 0: it asks nothing, nor do the others
        # of its ``any_of``
        self.every = sum({cue_bit(_as_cues(t)) for t in tables}) | (CHIP_MARK if chips else 0)
        some = [cue_bit(_as_cues(t)) for t in any_of]
        self.some = 0 if 0 in some else sum(set(some))

    def opens(self, marks: int) -> bool:
        """Whether a view with these ``View.marks`` may give the rule something."""
        return marks & self.every == self.every and (not self.some or bool(marks & self.some))


def _as_cues(table: Table) -> tuple[str, ...]:
    """A word set as a cue table of whole words (sorted: one table, whatever the set's order)."""
    return table if isinstance(table, tuple) else tuple(sorted(table))


NAMES_CHIPS = Gate(chips=True)
USES_A_CHIP = Gate(P.USE_CUES, chips=True)

# Each rule, in the order its candidates are listed, with its gate. What a gate does not ask
# for, the rule still checks itself: a cloud among the organisations (uses_provider_compute,
# cloud_offers), a power quantity (capacity_for), a foundry (manufactures), a possessive 'its'
# or 'their' (possessed).
RELATION_RULES: tuple[tuple[Callable[..., list[Candidate]], Gate], ...] = (
    (
        uses_provider_compute,
        Gate(
            any_of=(
                P.CLOUD_USE_VERBS,
                P.PARTNERED_FORMS,
                P.SPENDING_WORDS,
                P.BY_WAY_OF,
                P.SIGNING_FORMS,
            )
        ),
    ),
    (cloud_customers, Gate(P.CLOUD_CUSTOMER_NOUNS)),
    (revenue_customers, Gate(P.REVENUE_NOUNS)),
    (signed_on_users, Gate(P.SIGNING_FORMS)),
    (tenants, Gate(any_of=(P.TENANT_NOUNS, P.CUSTOMER_NOUNS))),
    (site_users, Gate(any_of=(P.SITE_USE_VERBS, P.SET_ASIDE))),
    (capacity_for, Gate(P.BUILD_VERBS)),
    # "Meta has 350,000 H100s", "plans to scale to a million Trainium2 chips"
    (uses, Gate(chips=True, any_of=(P.USE_CUES, P.HAVING_VERBS, P.GROWING_VERBS, ("with",)))),
    (possessed, NAMES_CHIPS),
    (relied_on, Gate(P.RELIANCE_NOUNS, chips=True)),
    (handed_over, Gate(P.HANDOVER_NOUNS, chips=True)),
    (sent_to, Gate(P.SENDING_WORDS, chips=True)),
    (won_over, Gate(P.WINNING_OVER, chips=True)),
    (built_with, Gate(P.BUILT_SITES, chips=True)),
    (site_runs, Gate(P.BUILT_SITES, chips=True)),
    (participle_uses, USES_A_CHIP),
    (cloud_offers, Gate(P.OFFER_VERBS, chips=True)),
    (hosted_workloads, Gate(P.WORK_HOSTING_VERBS)),
    (turned_to, Gate(P.TURNING_TO)),
    (served_companies, Gate(P.SERVING_VERBS)),
    (built_for, Gate(P.BUILT_FOR_VERBS)),
    (chosen_to_build, Gate(P.CHOOSING_VERBS)),
    (site_for, Gate(any_of=(P.BUILT_SITES, P.SITE_OPERATED))),
    (used_by_pronoun, USES_A_CHIP),
    (customers, Gate(P.CUSTOMERS_OR_CLIENTS)),
    (percent_owned, Gate(P.OWN_CUES)),
    (owned_by, Gate(P.OWNED_PARTICIPLES + ("led",))),
    (owns, Gate(P.OWNING_VERBS)),
    (joint_venture, Gate(P.VENTURE_NOUNS)),
    (portfolio_companies, Gate(P.PORTFOLIO_NOUNS)),
    (founded_together, Gate(P.FOUNDING_VERBS)),
    (acquisitions, Gate(P.ACQUISITION_WORDS)),
    (investees_including, Gate(P.INVESTED_IN_CUES)),
    (checks_written, Gate(any_of=(P.CHECK_NOUNS, ("with",)))),
    (bought_in_relative, Gate(P.BUY_OR_USE_VERBS, chips=True)),
    (designs, NAMES_CHIPS),
    (designed_with, Gate(P.DESIGN_VERBS, chips=True)),
    (
        designing_for,
        Gate(any_of=(P.DESIGNING_FORMS, P.CHOOSING_FOR, P.PARTNER_DEVELOPING_FORMS), chips=True),
    ),
    (manufactures, NAMES_CHIPS),
    (carried_manufacture, Gate(P.MAKE_VERBS)),
    (partnered_to_design, Gate(P.PARTNERING_VERBS, chips=True)),
    (lent, Gate(P.LENDING_VERBS, any_of=(P.DEBT_NOUNS, P.LEND_FORMS))),
)


def relation_candidates(view: View, extra: dict[Callable, tuple]) -> list[Candidate]:
    """The candidates of every rule of ``RELATION_RULES`` whose gate the view opens, in the
    rules' order; ``extra`` holds the further arguments of the rules that take some."""
    found: list[Candidate] = []
    for rule in _rules_opened_by(view.marks()):
        found += rule(view, *extra.get(rule, ()))
    return found


@lru_cache(maxsize=4096)  # the views' marks recur: a few tables, and a chip or not
def _rules_opened_by(marks: int) -> tuple[Callable[..., list[Candidate]], ...]:
    """The rules of ``RELATION_RULES`` whose gates views with these marks open, in order."""
    return tuple(rule for rule, gate in RELATION_RULES if gate.opens(marks))
