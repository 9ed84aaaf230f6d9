"""The reader's network and its inputs: what training, the ONNX export and inference share.

The reader is a cross-encoder in the SQuAD 2.0 style (Devlin et al. 2019, §4.3; Rajpurkar
et al. 2018): question and passage are read together as one sequence,

    <s> query: QUESTION </s></s> passage: PASSAGE </s>

(the XLM-R pair template of the converted e5 tokenizer, with e5's own prompts), and two
linear heads on multilingual-e5-small's last hidden states give

- ``start``/``end`` logits over the tokens: the answer span;
- ``answerable``: one logit on the first token, that this passage answers the question.

Only the upper transformer layers and the heads are trained (``ReaderConfig.frozen``
lower layers and the 250k-row embedding matrix keep e5's weights), so the shipped file holds
just those layers, stored as int8 with one fp32 scale per output row (about 1/4 of fp32;
symmetric per-channel quantisation as in Jacob et al. 2018), and is loaded on top of the
converted e5 folder the embedder already uses.

Everything but ``windows``/``Window`` needs torch, imported inside the functions so that
answering questions on ONNX Runtime never imports it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

QUERY_PROMPT = "query: "
PASSAGE_PROMPT = "passage: "
WEIGHTS_FILE = "reader.safetensors"
CONFIG_FILE = "reader.json"


@dataclass(frozen=True)
class ReaderConfig:
    """How the reader was built; saved beside its weights as ``reader.json``."""

    base_model: str = "intfloat/multilingual-e5-small"
    layers: int = 12  # transformer layers of the base model
    frozen: int = 4  # the lower layers left as in the base model (not shipped)
    max_length: int = 384  # tokens per window, question and special tokens included
    stride: int = 128  # passage tokens shared by two windows of a long passage
    max_question_tokens: int = 64
    # Tokens of the passage's document title read before it (``windows``' ``heading``); 0 for
    # a reader trained without titles (every reader up to 2026-12-04), which reads none.
    heading_tokens: int = 0

    def save(self, folder: Path) -> None:
        (folder / CONFIG_FILE).write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> ReaderConfig:
        data = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class Window:
    """One input sequence: the question and a stretch of the passage.

    ``offsets[i]`` is the (start, end) character span in the passage of token ``i``, or
    (-1, -1) for question and special tokens, which can never be part of an answer.
    """

    ids: tuple[int, ...]
    offsets: tuple[tuple[int, int], ...]

    @property
    def passage_tokens(self) -> np.ndarray:
        return np.array([a >= 0 for a, _ in self.offsets], dtype=bool)

    @property
    def token_starts(self) -> np.ndarray:
        """The character offset in the passage where each token starts (-1 outside it)."""
        return np.array([a for a, _ in self.offsets], dtype=np.int64)


def windows(tokenizer: Any, question: str, passage: str, config: ReaderConfig, heading: str = "") -> list[Window]:
    """The windows that cover ``passage`` (pure given the tokenizer).

    Args:
        tokenizer: a ``tokenizers.Tokenizer`` (the converted e5 ``tokenizer.json``).
        question, passage: plain text; the e5 prompts are added here.
        heading: the passage's document title, read before it in every window (its first
            ``config.heading_tokens`` tokens, never part of an answer): an interview's
            answer rarely names who speaks, its headline does. Ignored when
            ``config.heading_tokens`` is 0.
    Returns:
        At least one window; a passage longer than one window is covered by several that
        overlap by ``config.stride`` tokens (the standard sliding window of SQuAD readers).
    """
    special = tokenizer.token_to_id("<s>"), tokenizer.token_to_id("</s>")
    bos, eos = special
    q = tokenizer.encode(QUERY_PROMPT + question, add_special_tokens=False).ids[: config.max_question_tokens]
    h: list[int] = []
    if heading.strip() and config.heading_tokens > 0:
        # <s> query: Q </s></s> passage: HEADING PASSAGE </s>, the heading's tokens outside the passage
        h = tokenizer.encode(PASSAGE_PROMPT + heading, add_special_tokens=False).ids[: config.heading_tokens]
        encoded = tokenizer.encode(passage, add_special_tokens=False)
        shift = 0
    else:
        encoded = tokenizer.encode(PASSAGE_PROMPT + passage, add_special_tokens=False)
        shift = len(PASSAGE_PROMPT)
    p_ids = encoded.ids
    # The prompt's tokens are not the passage's. A word token ("▁Philippe") covers the space
    # before its word: its start moves past it, so a span starts on the word itself.
    p_offsets = [_trimmed(passage, max(a - shift, 0), b - shift) if b > shift else (-1, -1) for a, b in encoded.offsets]
    room = config.max_length - len(q) - len(h) - 4  # <s> q </s></s> [h] p </s>
    head = [bos, *q, eos, eos, *h]
    head_offsets = [(-1, -1)] * len(head)
    out = []
    begin = 0
    while True:
        piece = slice(begin, begin + room)
        ids = (*head, *p_ids[piece], eos)
        offsets = (*head_offsets, *p_offsets[piece], (-1, -1))
        out.append(Window(tuple(ids), tuple(offsets)))
        if begin + room >= len(p_ids):
            return out
        begin += max(room - config.stride, 1)


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b - 1 and text[a].isspace():
        a += 1
    return a, b


def span_targets(window: Window, start: int, end: int) -> tuple[int, int] | None:
    """The token indices of the answer [start, end) (characters in the passage), if the window holds it (pure)."""
    first = last = None
    for i, (a, b) in enumerate(window.offsets):
        if a < 0:
            continue
        if first is None and b > start:
            first = i
        if a < end:
            last = i
    if first is None or last is None or last < first:
        return None
    a0, _ = window.offsets[first]
    _, b1 = window.offsets[last]
    if a0 > start or b1 < end:  # the answer runs past the window's edge
        return None
    return first, last


def build_model(base_folder: Path, config: ReaderConfig, dropout: float = 0.0) -> Any:
    """A ``ReaderModel`` on e5's weights, heads freshly initialised (seed torch first).

    ``dropout`` applies to the hidden states while training (BERT's 0.1); eval mode ignores it.
    """
    import torch
    from transformers import AutoModel

    class ReaderModel(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            # Eager attention traces to the pattern onnxruntime's optimizer fuses.
            self.encoder = AutoModel.from_pretrained(
                str(base_folder), attn_implementation="eager", hidden_dropout_prob=dropout
            )
            hidden = self.encoder.config.hidden_size
            self.span = torch.nn.Linear(hidden, 2)
            self.answerable = torch.nn.Linear(hidden, 1)

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, ...]:
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            logits = self.span(hidden)
            return logits[..., 0], logits[..., 1], self.answerable(hidden[:, 0]).squeeze(-1)

    model = ReaderModel()
    for p in model.encoder.embeddings.parameters():
        p.requires_grad = False
    for layer in model.encoder.encoder.layer[: config.frozen]:
        for p in layer.parameters():
            p.requires_grad = False
    if getattr(model.encoder, "pooler", None) is not None:
        model.encoder.pooler = None  # unused, and would be exported for nothing
    return model


def trained_state(model: Any) -> dict[str, Any]:
    """The parameters that training changes: the upper layers and the heads (fp32 tensors)."""
    return {name: p.detach() for name, p in model.named_parameters() if p.requires_grad}


def save_weights(model: Any, folder: Path, config: ReaderConfig) -> Path:
    """Write the trained parameters, matrices as int8 with per-row scales, the rest fp32."""
    from safetensors.numpy import save_file

    tensors: dict[str, np.ndarray] = {}
    for name, tensor in trained_state(model).items():
        values = tensor.float().numpy()
        if values.ndim == 2 and values.shape[0] > 2:  # the heads are tiny: keep them exact
            q, scale = quantize_rows(values)
            tensors[name + ".int8"] = q
            tensors[name + ".scale"] = scale
        else:
            tensors[name] = values.astype(np.float32)
    folder.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(folder / WEIGHTS_FILE), metadata={"format": "paddockqa-reader-1"})
    config.save(folder)
    return folder / WEIGHTS_FILE


def quantize_rows(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: ``values ≈ q * scale[:, None]`` (pure)."""
    scale = np.abs(values).max(axis=1) / 127.0
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    q = np.clip(np.rint(values / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale


def load_weights(path: Path) -> dict[str, np.ndarray]:
    """The shipped parameters as fp32 arrays, by parameter name."""
    from safetensors.numpy import load_file

    raw = load_file(str(path))
    out: dict[str, np.ndarray] = {}
    for name, values in raw.items():
        if name.endswith(".int8"):
            base = name[: -len(".int8")]
            out[base] = values.astype(np.float32) * raw[base + ".scale"][:, None]
        elif not name.endswith(".scale"):
            out[name] = values
    return out


def assemble(base_folder: Path, weights_folder: Path) -> Any:
    """The trained reader (torch, eval mode): e5's weights with the shipped ones on top.

    Raises:
        ValueError: the shipped file does not match the base model's layout.
    """
    import torch

    config = ReaderConfig.load(weights_folder)
    model = build_model(base_folder, config)
    shipped = load_weights(weights_folder / WEIGHTS_FILE)
    state = model.state_dict()
    missing = sorted(set(trained_state(model)) - set(shipped))
    unknown = sorted(set(shipped) - set(state))
    if missing or unknown:
        raise ValueError(f"reader weights do not fit the base model: missing {missing[:3]}, unknown {unknown[:3]}")
    with torch.no_grad():
        for name, values in shipped.items():
            state[name].copy_(torch.from_numpy(values))
    return model.eval()
