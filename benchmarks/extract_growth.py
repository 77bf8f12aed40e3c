"""Growth of extraction time and memory with article length, on prose and on crafted shapes.

Usage: python benchmarks/extract_growth.py [--sizes 25000,100000,400000]

For each shape, an article of each size is extracted in a fresh child process; the script prints
the seconds, the peak memory, and the growth exponent between sizes (1.0 is linear, 2.0
quadratic). Prints figures only; never part of the test run.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
from pathlib import Path
from kg.extract import Extractor
from kg.models import Article
from kg.registry import load_registry
extractor = Extractor(load_registry())
body = Path(sys.argv[1]).read_text(encoding="utf-8")
extractor.extract(Article(id="warm", path="w.txt", body="OpenAI uses H100 GPUs.", content_hash="0"))
start = time.perf_counter()
facts = extractor.extract(Article(id="a", path=sys.argv[1], body=body, content_hash="0"))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mib": peak, "facts": len(facts)}))
"""


def _prose() -> str:
    return " ".join(
        (REPO / "data" / "articles" / name).read_text(encoding="utf-8")
        for name in sorted(p.name for p in (REPO / "data" / "articles").glob("*.txt"))
    )


def _name(i: int) -> str:
    """A made-up capitalised name per index ("Qubafo"), never in the registry."""
    letters = "bcdfghjklmnprstvz"
    word, i = "Q", i + 1
    while i:
        i, r = divmod(i, len(letters))
        word += letters[r] + "aeiou"[r % 5]
    return word


SHAPES = {
    "prose (the seed articles repeated)": lambda i: None,
    "one deal, then 'The deal was reportedly signed.' repeated": lambda i: (
        "The deal was reportedly signed."
        if i
        else "OpenAI signed a $10 billion deal to rent compute from CoreWeave."
    ),
    "a new 'AI startup Qxxx' in every sentence": lambda i: (
        f"AI startup {_name(i)} raised $5 million from Sequoia to use Nvidia GPUs."
    ),
    "new names listed beside a known lab": lambda i: (
        f"Early adopters including Anthropic, {_name(3 * i)}, {_name(3 * i + 1)} and "
        f"{_name(3 * i + 2)} are using Trainium chips."
    ),
    "one deal restated with a different amount each time": lambda i: (
        f"OpenAI agreed to pay ${i + 1} million to CoreWeave for cloud compute capacity."
    ),
}


def article(shape: str, chars: int) -> str:
    if shape.startswith("prose"):
        prose = _prose()
        return (prose + "\n") * (chars // len(prose) + 1)
    parts, size, i = [], 0, 0
    while size < chars:
        sentence = SHAPES[shape](i)
        parts.append(sentence)
        size += len(sentence) + 1
        i += 1
    # a paragraph every ten sentences, as articles have
    return "\n".join(" ".join(parts[j : j + 10]) for j in range(0, len(parts), 10))


def run(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25000,100000,400000", help="characters, ascending")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    with tempfile.TemporaryDirectory() as scratch:
        for shape in SHAPES:
            print(shape)
            previous = None
            for chars in sizes:
                path = Path(scratch) / "article.txt"
                path.write_text(article(shape, chars), encoding="utf-8")
                result = run(path)
                growth = ""
                if previous:
                    ratio = math.log(result["seconds"] / previous[1]) / math.log(
                        chars / previous[0]
                    )
                    growth = f"  growth exponent {ratio:.2f}"
                print(
                    f"  {chars:>9,} chars  {result['seconds']:7.2f} s  "
                    f"peak {result['peak_mib']:6.0f} MiB  {result['facts']:5} facts{growth}"
                )
                previous = (chars, result["seconds"])


if __name__ == "__main__":
    main()
