"""One tokenizer vocabulary in memory per tokenizer file, however many models read with it.

multilingual-e5-small's tokenizer (XLM-R's unigram vocabulary of 250,002 pieces) takes about
290 MB once loaded (the resident memory of a process before and after
``Tokenizer.from_file``, measured on this machine; README, "Memory"), and the embedder and the
reader each load the same file. A ``tokenizers.Tokenizer`` built on another's ``model`` shares
that model (the Rust object is reference-counted). Each file's content is loaded once into a
template that is never handed out; each caller gets a tokenizer on the template's model with
copies of its normaliser, pre-tokeniser, post-processor and decoder, so its truncation, its
padding and its pipeline are its own. The template goes when the last tokenizer made from it
does.
"""

from __future__ import annotations

import copy
import hashlib
import threading
import weakref
from pathlib import Path
from typing import Any

PARTS = ("normalizer", "pre_tokenizer", "post_processor", "decoder")
_LOCK = threading.RLock()  # an RLock: a tokenizer freed while it is held runs _release in the same thread
_TEMPLATES: dict[str, tuple[Any, int]] = {}  # file content's SHA-256 -> (template, tokenizers made from it)


def load_tokenizer(path: Path) -> Any:  # a tokenizers.Tokenizer
    """A ``tokenizers.Tokenizer`` of the file ``path``, with no truncation or padding, sharing its
    vocabulary with the tokenizers this process holds of a file of the same content.

    The model (``.model``: the vocabulary and its settings) is every sharer's: do not change
    it. The rest is the caller's own, checked equal to the file's (pipeline, added tokens,
    vocabulary size); a tokenizer that would differ is loaded on its own instead.

    Raises:
        ImportError: tokenizers is not installed.
        OSError: the file cannot be read.
        Exception: tokenizers' own error for a file that is not a tokenizer.
    """
    from tokenizers import Tokenizer

    content = path.read_bytes()
    key = hashlib.sha256(content).hexdigest()
    with _LOCK:
        template, users = _TEMPLATES.get(key) or (_plain(Tokenizer.from_buffer(content)), 0)
        tokenizer = _sharing(template)
        if tokenizer is None:
            return _plain(Tokenizer.from_buffer(content))
        _TEMPLATES[key] = (template, users + 1)
    weakref.finalize(tokenizer, _release, key)
    return tokenizer


def live_vocabularies() -> dict[str, int]:
    """How many tokenizers share each vocabulary loaded (by file content's SHA-256), for tests
    and diagnostics."""
    with _LOCK:
        return {key: users for key, (_, users) in _TEMPLATES.items()}


def _release(key: str) -> None:
    with _LOCK:
        template, users = _TEMPLATES[key]
        if users > 1:
            _TEMPLATES[key] = (template, users - 1)
        else:
            del _TEMPLATES[key]


def _plain(tokenizer: Any) -> Any:
    """``tokenizer`` without the truncation and padding its file may set: its user sets its own."""
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def _sharing(template: Any) -> Any:
    """A tokenizer on ``template``'s model with copies of its pipeline and its added tokens, or
    None when it differs from the template (a tokenizers version that copied the model rather
    than sharing it would only cost the memory)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer(template.model)
    for part in PARTS:
        value = getattr(template, part)
        if value is not None:
            setattr(tokenizer, part, copy.deepcopy(value))
    for _, token in sorted(template.get_added_tokens_decoder().items()):
        if token.special:
            tokenizer.add_special_tokens([token])
        else:
            tokenizer.add_tokens([token])
    return tokenizer if _pipeline(tokenizer) == _pipeline(template) else None


def _pipeline(tokenizer: Any) -> tuple[object, ...]:
    """A tokenizer's pipeline and added tokens as values (``__getstate__``: their JSON)."""
    parts = (getattr(tokenizer, p) for p in PARTS)
    added = sorted((i, t.__getstate__()) for i, t in tokenizer.get_added_tokens_decoder().items())
    return (*(None if p is None else p.__getstate__() for p in parts), added, tokenizer.get_vocab_size())
