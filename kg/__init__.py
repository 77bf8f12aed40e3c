"""AI infrastructure knowledge graph: news articles to a graph of who depends on whose silicon."""

__version__ = "0.1.0"
