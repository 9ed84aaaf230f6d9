"""Settings and where they come from.

Precedence, highest first: command-line flag > ``PADDOCKQA_*`` environment variable >
config file (``paddockqa.toml`` in the working directory, or the file named by
``PADDOCKQA_CONFIG``) > default.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from paddockqa.errors import ConfigError

DEFAULT_MODEL = "intfloat/multilingual-e5-small"
CONFIG_FILE = "paddockqa.toml"
DEFAULT_MAX_FILE_MB = 20.0
SENTENCE_VECTORS = ("own", "late")


@dataclass(frozen=True)
class Settings:
    """Everything PaddockQA can be configured with."""

    corpus: Path = Path("corpus")
    index: Path = Path("index")
    home: Path = Path("~/.cache/paddockqa")  # model cache
    model: str = DEFAULT_MODEL
    backend: str = "onnx"  # how the model runs: "onnx" (ONNX Runtime, ~2x faster) or "torch"
    # The ONNX graph's weights: "int8" (dynamic, per channel, outlier inputs kept fp32) embeds about 1.6x
    # faster than "fp32"; level with it on piaf-train, 0.8 point of recall@5 below on piaf-dev (README,
    # "Which int8 matrices cost the quality"): an archive setting.
    precision: str = "fp32"
    top_k: int = 5
    chunk_size: int = 1000
    chunk_overlap: int = 150
    # Sentence vectors: "own" embeds each sentence on its own; "late" pools it from its passage's model
    # pass, about 2.5x less model work per build for 1.6 points of recall@1 on piaf-dev (README, "Speed").
    sentence_vectors: str = "own"
    min_score: float = 0.08  # without the reader: the confidence below which we say "not found"; see README
    # The reader (a cross-encoder of our own, see reader.py): "on" reranks, answers and refuses
    # with it; "off" keeps the faster similarity path. Its threshold is calibrated on piaf-dev.
    reader: str = "on"
    reader_min_score: float = 0.35  # benchmarks/calibrate_reader.py: <= 8% of answerable refused on piaf-dev
    # Fused passages the reader reads per question, and how many more when it is unsure of those
    # (reader.READ_MORE_BELOW): on piaf-dev, the answers of reading 4 for 1.3 times the cost of 2.
    read_passages: int = 2
    read_more: int = 2
    max_question_chars: int = 500
    max_file_mb: float = DEFAULT_MAX_FILE_MB  # larger corpus files and uploads are refused
    host: str = "127.0.0.1"
    port: int = 7860
    # Generated answers: an OpenAI-compatible server; unset means extractive answers.
    llm_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout: float = 30.0  # seconds to wait for the server's next bytes, then one retry
    llm_deadline: float = 30.0  # seconds for a whole generated answer, retries included
    # Login to the web app (see auth.py): "user:password[,user:password]", a file of them, admins.
    auth: str = ""
    auth_file: str = ""
    admins: str = ""

    @property
    def reader_enabled(self) -> bool:
        return self.reader == "on"

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_url)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def model_cache(self) -> Path:
        return self.home.expanduser() / "models"


ENV_VARS = {
    "corpus": "PADDOCKQA_CORPUS",
    "index": "PADDOCKQA_INDEX",
    "home": "PADDOCKQA_HOME",
    "model": "PADDOCKQA_MODEL",
    "backend": "PADDOCKQA_BACKEND",
    "precision": "PADDOCKQA_PRECISION",
    "top_k": "PADDOCKQA_TOP_K",
    "chunk_size": "PADDOCKQA_CHUNK_SIZE",
    "chunk_overlap": "PADDOCKQA_CHUNK_OVERLAP",
    "sentence_vectors": "PADDOCKQA_SENTENCE_VECTORS",
    "min_score": "PADDOCKQA_MIN_SCORE",
    "reader": "PADDOCKQA_READER",
    "reader_min_score": "PADDOCKQA_READER_MIN_SCORE",
    "read_passages": "PADDOCKQA_READ_PASSAGES",
    "read_more": "PADDOCKQA_READ_MORE",
    "max_question_chars": "PADDOCKQA_MAX_QUESTION_CHARS",
    "max_file_mb": "PADDOCKQA_MAX_FILE_MB",
    "host": "PADDOCKQA_HOST",
    "port": "PADDOCKQA_PORT",
    "llm_url": "PADDOCKQA_LLM_URL",
    "llm_model": "PADDOCKQA_LLM_MODEL",
    "llm_api_key": "PADDOCKQA_LLM_API_KEY",
    "llm_timeout": "PADDOCKQA_LLM_TIMEOUT",
    "llm_deadline": "PADDOCKQA_LLM_DEADLINE",
    "auth": "PADDOCKQA_AUTH",
    "auth_file": "PADDOCKQA_AUTH_FILE",
    "admins": "PADDOCKQA_ADMINS",
}


def load_settings(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Settings:
    """Merge defaults, the config file, the environment and flags (``None`` flags are unset)."""
    env = os.environ if env is None else env
    cwd = Path.cwd() if cwd is None else cwd
    values: dict[str, Any] = {}

    config_path = Path(env["PADDOCKQA_CONFIG"]) if env.get("PADDOCKQA_CONFIG") else cwd / CONFIG_FILE
    if env.get("PADDOCKQA_CONFIG") and not config_path.is_file():
        raise ConfigError(f"PADDOCKQA_CONFIG names {config_path}, which does not exist.")
    if config_path.is_file():
        values.update(_read_config_file(config_path))
    for name, var in ENV_VARS.items():
        if env.get(var):
            values[name] = env[var]
    for name, value in (flags or {}).items():
        if value is not None:
            values[name] = value
    return _coerce(values)


def _read_config_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Cannot read config file {path}: {exc}. Fix or remove it.") from exc
    section = data.get("paddockqa", data)
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(f"Unknown setting(s) {', '.join(unknown)} in {path}. Known: {', '.join(sorted(known))}.")
    return dict(section)


def _coerce(values: Mapping[str, Any]) -> Settings:
    settings = Settings()
    types = {f.name: type(getattr(settings, f.name)) for f in fields(Settings)}
    converted: dict[str, Any] = {}
    for name, value in values.items():
        kind = types[name]
        try:
            converted[name] = Path(value) if issubclass(kind, Path) else kind(value)
        except (TypeError, ValueError) as exc:
            source = ENV_VARS.get(name, name)
            raise ConfigError(f"Invalid value {value!r} for {name} ({source}): expected {kind.__name__}.") from exc
    result = replace(settings, **converted)
    if result.backend not in ("onnx", "torch"):
        raise ConfigError(f"backend {result.backend!r} (PADDOCKQA_BACKEND) is unknown: use onnx or torch.")
    result = replace(result, precision=result.precision.strip().lower())
    if result.precision not in ("fp32", "int8"):
        raise ConfigError(f"precision {result.precision!r} (PADDOCKQA_PRECISION) is unknown: use fp32 or int8.")
    result = replace(result, reader=result.reader.strip().lower())
    if result.reader not in ("on", "off"):
        raise ConfigError(f"reader {result.reader!r} (PADDOCKQA_READER) is unknown: use on or off.")
    result = replace(result, sentence_vectors=result.sentence_vectors.strip().lower())
    if result.sentence_vectors not in SENTENCE_VECTORS:
        raise ConfigError(
            f"sentence_vectors {result.sentence_vectors!r} (PADDOCKQA_SENTENCE_VECTORS) is unknown: use own or late."
        )
    for name, low, high, rule in _RANGES:
        value = getattr(result, name)
        if not low <= value <= high:
            raise ConfigError(f"{name} = {value!r} ({ENV_VARS[name]}): {rule}.")
    if result.chunk_overlap >= result.chunk_size:
        raise ConfigError(
            f"chunk_overlap = {result.chunk_overlap} (PADDOCKQA_CHUNK_OVERLAP) must be smaller than chunk_size = "
            f"{result.chunk_size} (PADDOCKQA_CHUNK_SIZE)."
        )
    if result.llm_url and not result.llm_url.startswith(("http://", "https://")):
        raise ConfigError(
            f"llm_url {result.llm_url!r} is not an http(s) URL. Give the server's OpenAI-compatible base URL, "
            "such as http://127.0.0.1:11434/v1 for Ollama."
        )
    if result.llm_url and not result.llm_model:
        raise ConfigError(
            "llm_url is set but llm_model is not: name the model to ask (--llm-model, or PADDOCKQA_LLM_MODEL)."
        )
    return result


_ENDLESS = float("inf")
# (setting, lowest, highest, what it must be): each said with its variable and the value given.
_RANGES: tuple[tuple[str, float, float, str], ...] = (
    ("top_k", 1, _ENDLESS, "must be at least 1"),
    ("chunk_size", 1, _ENDLESS, "is a number of characters: at least 1"),
    ("chunk_overlap", 0, _ENDLESS, "is a number of characters: 0 or more"),
    ("min_score", 0, 1, "is a probability: between 0 and 1"),
    ("reader_min_score", 0, 1, "is a probability: between 0 and 1"),
    ("read_passages", 1, _ENDLESS, "must be at least 1"),
    ("read_more", 0, _ENDLESS, "must be 0 or more"),
    ("max_question_chars", 1, _ENDLESS, "is a number of characters: at least 1"),
    ("max_file_mb", 1e-9, _ENDLESS, "must be a positive number of megabytes"),
    ("port", 1, 65535, "is a TCP port: between 1 and 65535"),
    ("llm_timeout", 1e-9, _ENDLESS, "must be a positive number of seconds"),
    ("llm_deadline", 1e-9, _ENDLESS, "must be a positive number of seconds"),
)
