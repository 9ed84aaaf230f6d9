"""A learned correction of late-chunked sentence vectors (``PADDOCKQA_SENTENCE_VECTORS=late``).

A sentence's vector pooled from its passage's pass (late chunking, ``embedding.pool_spans``)
carries the passage around it: the sentences of a passage look alike, and a question matches
the sentence holding its answer less well than it matches that sentence embedded on its own.
A small map, fitted on PIAF's training split for the bundled multilingual-e5-small, mixes the
pooled vector with its passage's vector so that questions find their sentence again
(``training/fit_late_map.py``; its card is ``models/late_map/MODEL_CARD.md``):

    corrected = normalise(span * d_span + passage * d_passage + [span, passage] @ U @ V)

with ``d_span``, ``d_passage`` (dimension,) and ``U`` (2 x dimension, rank), ``V`` (rank,
dimension): a diagonal and a low-rank part, so the map has 20k numbers rather than 300k,
which the 4,687 training sentences could not fit without learning them by heart.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from paddockqa.errors import ModelError

FOLDER = Path(__file__).parent / "models" / "late_map"
WEIGHTS = "late_map.npz"
FOR_MODEL = "intfloat/multilingual-e5-small"  # the only model the bundled map was fitted for
NAMES = ("d_span", "d_passage", "u", "v")


@dataclass(frozen=True)
class LateMap:
    """The fitted map; ``version`` names its weights (a hash), so an index knows which made its vectors."""

    d_span: np.ndarray  # (dimension,)
    d_passage: np.ndarray  # (dimension,)
    u: np.ndarray  # (2 * dimension, rank)
    v: np.ndarray  # (rank, dimension)
    version: str

    @property
    def dimension(self) -> int:
        return int(self.d_span.shape[0])

    def apply(self, spans: np.ndarray, passage: np.ndarray) -> np.ndarray:
        """The corrected vectors of one passage's spans (pure).

        Args:
            spans: (spans, dimension) float32, the pooled span vectors; rows of NaN (spans the
                model did not see, embedded on their own later) stay NaN.
            passage: (dimension,), the passage's own vector from the same pass.

        Returns:
            (spans, dimension) float32, L2-normalised.
        """
        out = spans.astype(np.float32, copy=True)
        seen = ~np.isnan(out[:, 0]) if len(out) else np.zeros(0, bool)
        if not seen.any():
            return out
        rows = out[seen]
        context = np.broadcast_to(passage, rows.shape)
        mixed = rows * self.d_span + context * self.d_passage + (np.hstack([rows, context]) @ self.u) @ self.v
        norms = np.linalg.norm(mixed, axis=1, keepdims=True)
        out[seen] = mixed / np.maximum(norms, 1e-12)
        return out


def load_late_map(model_id: str, folder: Path = FOLDER) -> LateMap | None:
    """The bundled map for this model, or None: another model (the map is the e5 model's) or no
    weights in ``folder`` (late chunking then pools without correction).

    Raises:
        ModelError: the weights are there but cannot be read, or their shapes do not fit
            together (a damaged file).
    """
    path = folder / WEIGHTS
    if model_id != FOR_MODEL or not path.is_file():
        return None
    damaged = f"{path} is not a late-chunking map (%s): reinstall PaddockQA."
    try:
        with np.load(path) as arrays:
            d_span, d_passage, u, v = (np.asarray(arrays[name], dtype=np.float32) for name in NAMES)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ModelError(damaged % exc) from exc
    late_map = LateMap(d_span, d_passage, u, v, version=_version(d_span, d_passage, u, v))
    d = late_map.dimension
    if d_passage.shape != (d,) or u.shape != (2 * d, v.shape[0]) or v.shape[1:] != (d,):
        raise ModelError(damaged % "its shapes do not fit together")
    return late_map


def _version(*arrays: np.ndarray) -> str:
    """A name for these weights: a hash of their shapes and values (not of the file, whose zip
    entries carry the time it was written), so the same map saved twice has one version."""
    digest = hashlib.sha256()
    for array in arrays:
        digest.update(str(array.shape).encode())
        digest.update(np.ascontiguousarray(array, dtype=np.float32).tobytes())
    return digest.hexdigest()[:12]


def save_late_map(path: Path, d_span: np.ndarray, d_passage: np.ndarray, u: np.ndarray, v: np.ndarray) -> None:
    """Write the map's weights as float32 (``training/fit_late_map.py``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(
        path,
        d_span=np.asarray(d_span, np.float32),
        d_passage=np.asarray(d_passage, np.float32),
        u=np.asarray(u, np.float32),
        v=np.asarray(v, np.float32),
    )


def sentence_vectors_tag(kind: str, late_map: LateMap | None) -> str:
    """What an index records of how its sentence vectors were made (pure): ``own``, ``late``
    (pooled, uncorrected) or ``late+<map version>``, so a build with another map embeds its
    passages again instead of mixing vectors of two maps."""
    return f"{kind}+{late_map.version}" if kind == "late" and late_map is not None else kind


def is_late(tag: str) -> bool:
    """Whether a ``sentence_vectors_tag`` is late chunking's, corrected or not (pure)."""
    return tag == "late" or tag.startswith("late+")


def tag_version(tag: str) -> str | None:
    """The map version a ``sentence_vectors_tag`` names; None when uncorrected or not late (pure)."""
    return tag.removeprefix("late+") if tag.startswith("late+") else None
