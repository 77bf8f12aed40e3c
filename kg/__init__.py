"""AI infrastructure knowledge graph: news articles to a graph of who depends on whose silicon.

import kg
graph = kg.open("build")          # a built graph; kg.KnowledgeGraph.build(...) builds one
graph.silicon()                   # one method per question, each a pandas DataFrame
"""

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__", "open"]


def __getattr__(name: str):
    # Imported on first use, so the command line does not load pandas to print its help.
    if name == "KnowledgeGraph":
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph
    if name == "open":
        from kg.graph import open_graph

        return open_graph
    raise AttributeError(f"module 'kg' has no attribute '{name}'")
