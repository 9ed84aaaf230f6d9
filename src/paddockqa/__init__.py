"""PaddockQA: a question-answering chatbot over French press texts, with exact citations."""

from paddockqa.config import Settings, load_settings
from paddockqa.domain import Answer, BuildReport, Chunk, Citation, Document, Hit
from paddockqa.errors import PaddockError

__version__ = "1.0.0"
__all__ = [
    "Answer",
    "BuildReport",
    "Chunk",
    "Citation",
    "Document",
    "Hit",
    "PaddockError",
    "Pipeline",
    "Settings",
    "load_settings",
]


def __getattr__(name: str):
    # The pipeline pulls in torch; keep `import paddockqa` light until it is needed.
    if name == "Pipeline":
        from paddockqa.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)
