"""Extraction throughput on one core: articles per second, peak memory, and growth with length.

Usage: python benchmarks/extract_throughput.py [ARTICLE_DIR ...]   (default: data/articles)
Prints figures only; never part of the test run.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import time
from pathlib import Path

from kg.extract import Extractor
from kg.load import load_articles
from kg.models import Article
from kg.registry import load_registry


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(extractor: Extractor, articles: list[Article]) -> float:
    start = time.perf_counter()
    for article in articles:
        extractor.extract(article)
    return time.perf_counter() - start


def scaled(article: Article, times: int) -> Article:
    body = "\n".join([article.body] * times)
    return Article(id=f"{article.id}x{times}", path=article.path, body=body,
                   content_hash=hashlib.sha256(body.encode()).hexdigest())  # fmt: skip


def main(folders: list[Path]) -> None:
    extractor = Extractor(load_registry())
    articles = [a for folder in folders for a in load_articles(folder, lambda _: None)]
    extractor.extract(articles[0])  # warm the spaCy pipeline and matcher
    seconds = timed(extractor, articles)
    chars = sum(len(a.body) for a in articles)
    print(f"corpus: {len(articles)} articles, {chars:,} characters")
    print(f"  {seconds:.2f} s, {len(articles) / seconds:.1f} articles/s, "
          f"{chars / seconds / 1000:.0f} k chars/s, peak RSS {peak_rss_mib():.0f} MiB")  # fmt: skip
    longest = max(articles, key=lambda a: len(a.body))
    base = timed(extractor, [scaled(longest, 1)])
    print(f"growth with length ('{longest.id}' repeated; ratio of time per copy):")
    for times in (1, 4, 16, 64):
        elapsed = timed(extractor, [scaled(longest, times)])
        print(f"  x{times:<3} {elapsed:7.2f} s   per copy vs x1: {elapsed / times / base:.2f}")
    print(f"peak RSS {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("folders", nargs="*", type=Path, default=[Path("data/articles")])
    main(options.parse_args().folders)
