"""PaddockQA: a question-answering chatbot over French press texts, with exact citations."""

import os

# FAISS's OpenMP threads busy-wait after each search by default, and so do ONNX Runtime's
# (turned off in embedding.py): on 2 cores the spinning threads of one starve the other,
# which doubled `ask` at 100k chunks (75 -> 36 ms p50, `paddockqa bench`). Set before faiss
# loads OpenMP; an explicit setting in the environment wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from paddockqa.config import Settings, load_settings
from paddockqa.domain import Answer, BuildReport, Chunk, Citation, Document, Hit, Reading, ShortAnswer
from paddockqa.errors import PaddockError

__version__ = "1.0.0"
__all__ = [
    "Answer",
    "BuildReport",
    "Chunk",
    "Citation",
    "Document",
    "Hit",
    "AnswerStream",
    "PaddockError",
    "Pipeline",
    "Reading",
    "Settings",
    "ShortAnswer",
    "load_settings",
]


def __getattr__(name: str):
    # The pipeline pulls in torch; keep `import paddockqa` light until it is needed.
    if name == "Pipeline":
        from paddockqa.pipeline import Pipeline

        return Pipeline
    if name == "AnswerStream":
        from paddockqa.stream import AnswerStream

        return AnswerStream
    raise AttributeError(name)
