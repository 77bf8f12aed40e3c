"""Moved to ``kg.questions.analysis``; kept for older imports."""

from kg.questions.analysis import *  # noqa: F401,F403
from kg.questions.analysis import EXPOSURE_KEYS, LOOP_KEYS, PATH_KEYS, exposure, loops, path  # noqa: F401
