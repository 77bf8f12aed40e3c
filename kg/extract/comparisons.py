"""A chip named as the yardstick of a comparison ('150 watts, compared to the 1,200 watts
consumed by Nvidia's H100', '80% of Nvidia's A100 performance', 'three times faster than the
third-generation Amazon Trainium'): a benchmark, not a chip anyone is said to use."""

from __future__ import annotations

import re

# Farther back than ``CONTRAST_BEFORE`` looks, with no comma or semicolon word between: the phrase
# of comparison, or a multiple or share of a measure "of" the chip.
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|relative\s+to|versus|vs\.?)"
    r"|(?:faster|slower|better|cheaper|higher|lower|more\s+efficient)\s+than)"
    r"(?:\s+(?![,;](?:\s|$))\S+){0,9}\s*$"
    r"|(?:\d\s*(?:x|times)|\d\s*%|percent)\s+(?:of\s+)?(?:the\s+)?(?:(?![,;]\s)\S+\s+){0,3}?"
    r"(?:performance|speed|throughput|efficiency|compute)\s+of\s*$"
)
_SHARE_BEFORE = re.compile(r"(?:\d\s*%|percent)\s+of(?:\s+(?![,;](?:\s|$))\S+){0,3}\s*$")
_MEASURES = {"performance", "speed", "throughput", "efficiency"}
_REACH = 12  # words looked back


def benchmarked(lowers: list[str], index: int) -> bool:
    """Whether the chip named at ``index`` is what another is measured against."""
    before = " ".join(lowers[max(0, index - _REACH) : index])
    if _COMPARED_BEFORE.search(before):
        return True
    after = set(lowers[index + 1 : index + 4])
    return bool(after & _MEASURES) and _SHARE_BEFORE.search(before) is not None
