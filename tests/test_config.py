"""Each precedence rule: flag > environment > config file > default."""

from __future__ import annotations

from pathlib import Path

import pytest

from paddockqa.config import Settings, load_settings
from paddockqa.errors import ConfigError


def test_defaults(tmp_path: Path) -> None:
    s = load_settings(env={}, cwd=tmp_path)
    assert s == Settings()
    assert s.corpus == Path("corpus") and s.index == Path("index") and s.host == "127.0.0.1" and s.port == 7860


def test_config_file_beats_default(tmp_path: Path) -> None:
    (tmp_path / "paddockqa.toml").write_text('top_k = 3\ncorpus = "presse"\n', encoding="utf-8")
    s = load_settings(env={}, cwd=tmp_path)
    assert s.top_k == 3 and s.corpus == Path("presse")


def test_config_file_may_use_a_section(tmp_path: Path) -> None:
    (tmp_path / "paddockqa.toml").write_text("[paddockqa]\nport = 9000\n", encoding="utf-8")
    assert load_settings(env={}, cwd=tmp_path).port == 9000


def test_environment_beats_config_file(tmp_path: Path) -> None:
    (tmp_path / "paddockqa.toml").write_text("top_k = 3\n", encoding="utf-8")
    s = load_settings(env={"PADDOCKQA_TOP_K": "7", "PADDOCKQA_INDEX": "/x/idx"}, cwd=tmp_path)
    assert s.top_k == 7 and s.index == Path("/x/idx")


def test_flag_beats_environment_and_none_flag_is_unset(tmp_path: Path) -> None:
    s = load_settings({"top_k": 9, "corpus": None}, env={"PADDOCKQA_TOP_K": "7", "PADDOCKQA_CORPUS": "c"}, cwd=tmp_path)
    assert s.top_k == 9 and s.corpus == Path("c")


def test_config_named_by_environment(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.toml"
    other.write_text('model = "some/model"\n', encoding="utf-8")
    assert load_settings(env={"PADDOCKQA_CONFIG": str(other)}, cwd=tmp_path).model == "some/model"


@pytest.mark.parametrize(
    ("env", "file", "message"),
    [
        ({"PADDOCKQA_TOP_K": "beaucoup"}, None, "PADDOCKQA_TOP_K"),
        ({"PADDOCKQA_TOP_K": "0"}, None, "top_k"),
        ({}, "colour = 1\n", "Unknown setting"),
        ({}, "top_k = [\n", "Cannot read config file"),
        ({"PADDOCKQA_CONFIG": "/nonexistent.toml"}, None, "does not exist"),
        ({"PADDOCKQA_CHUNK_OVERLAP": "1200"}, None, "chunk_overlap"),
        ({"PADDOCKQA_BACKEND": "cuda"}, None, "onnx .*or torch"),
        ({"PADDOCKQA_LLM_URL": "localhost:11434"}, None, "not an http"),
        ({"PADDOCKQA_LLM_URL": "http://127.0.0.1:11434/v1"}, None, "PADDOCKQA_LLM_MODEL"),
        ({}, 'llm_url = "http://h/v1"\nllm_model = "m"\nllm_timeout = 0\n', "llm_timeout"),
        ({"PADDOCKQA_READER": "maybe"}, None, "PADDOCKQA_READER"),
        ({"PADDOCKQA_SENTENCE_VECTORS": "pooled"}, None, "PADDOCKQA_SENTENCE_VECTORS.*own or late"),
        ({"PADDOCKQA_PRECISION": "fp16"}, None, "PADDOCKQA_PRECISION.*fp32 or int8"),
        ({"PADDOCKQA_READ_PASSAGES": "0"}, None, "PADDOCKQA_READ_PASSAGES"),
        ({"PADDOCKQA_READ_MORE": "-1"}, None, "PADDOCKQA_READ_MORE"),
        # each range said with its variable and the value given
        ({"PADDOCKQA_CHUNK_SIZE": "-5"}, None, r"chunk_size = -5 \(PADDOCKQA_CHUNK_SIZE\).*at least 1"),
        ({"PADDOCKQA_CHUNK_SIZE": "100"}, None, r"chunk_overlap = 150 .*smaller than chunk_size = 100"),
        ({"PADDOCKQA_CHUNK_OVERLAP": "-1"}, None, r"chunk_overlap = -1 \(PADDOCKQA_CHUNK_OVERLAP\)"),
        ({"PADDOCKQA_MAX_QUESTION_CHARS": "-1"}, None, r"max_question_chars = -1 \(PADDOCKQA_MAX_QUESTION_CHARS\)"),
        ({"PADDOCKQA_MIN_SCORE": "8"}, None, r"min_score = 8.0 \(PADDOCKQA_MIN_SCORE\).*between 0 and 1"),
        ({"PADDOCKQA_PORT": "99999"}, None, r"port = 99999 \(PADDOCKQA_PORT\).*65535"),
        ({"PADDOCKQA_MAX_FILE_MB": "0"}, None, r"max_file_mb = 0.0 \(PADDOCKQA_MAX_FILE_MB\)"),
    ],
)
def test_bad_settings_say_what_is_wrong(tmp_path: Path, env, file, message) -> None:
    if file:
        (tmp_path / "paddockqa.toml").write_text(file, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env, cwd=tmp_path)


def test_llm_settings_follow_the_same_precedence(tmp_path: Path) -> None:
    (tmp_path / "paddockqa.toml").write_text(
        'llm_url = "http://file/v1"\nllm_model = "from-file"\nllm_timeout = 12\n', encoding="utf-8"
    )
    assert not load_settings(env={}, cwd=tmp_path / "nowhere").llm_enabled  # unset: extractive answers
    s = load_settings({"llm_model": "from-flag"}, env={"PADDOCKQA_LLM_URL": "http://env/v1"}, cwd=tmp_path)
    assert (s.llm_url, s.llm_model, s.llm_timeout, s.llm_enabled) == ("http://env/v1", "from-flag", 12.0, True)
    s = load_settings(env={"PADDOCKQA_LLM_API_KEY": "sk-test"}, cwd=tmp_path)
    assert s.llm_api_key == "sk-test" and s.llm_model == "from-file"


def test_reader_is_on_by_default_and_off_by_env_or_file(tmp_path: Path) -> None:
    assert load_settings(env={}, cwd=tmp_path).reader_enabled
    assert not load_settings(env={"PADDOCKQA_READER": "off"}, cwd=tmp_path).reader_enabled
    (tmp_path / "paddockqa.toml").write_text('reader = "off"\nread_passages = 3\n', encoding="utf-8")
    s = load_settings(env={"PADDOCKQA_READER": "on"}, cwd=tmp_path)
    assert s.reader_enabled and s.read_passages == 3


def test_sentence_vectors_and_precision_default_and_follow_the_environment(tmp_path: Path) -> None:
    default = load_settings(env={}, cwd=tmp_path)
    assert (default.sentence_vectors, default.precision) == ("own", "fp32")
    chosen = load_settings(env={"PADDOCKQA_SENTENCE_VECTORS": "Late", "PADDOCKQA_PRECISION": "INT8"}, cwd=tmp_path)
    assert (chosen.sentence_vectors, chosen.precision) == ("late", "int8")
