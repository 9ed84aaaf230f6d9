"""Safe to expose: login and admin rights, loopback by default, uploads kept inside the
corpus, document and question HTML shown as text in a real browser, no traceback sent."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from gradio_client import Client

from conftest import free_port, serve_app
from paddockqa.auth import Users, is_loopback, load_users, parse_users
from paddockqa.cli import main
from paddockqa.errors import ConfigError

QUESTION = "Combien de pole positions Philippe Gaillard a-t-il signées ?"


def test_users_from_settings(tmp_path: Path) -> None:
    users_file = tmp_path / "users.txt"
    users_file.write_text("# équipe presse\nmarie:s3cret:with:colons\n\nadmin:root-pw\n", encoding="utf-8")
    users = load_users("paul:pw", str(users_file), "admin")
    assert users is not None and set(users.passwords) == {"paul", "marie", "admin"}
    assert users.check("marie", "s3cret:with:colons") and not users.check("marie", "s3cret")
    assert not users.check("nobody", "pw")
    assert users.may_edit("admin") and not users.may_edit("paul") and not users.may_edit(None)
    assert Users({"a": "b"}).may_edit("a")  # no admins named: every user may
    assert load_users("", "", "") is None


def test_password_guessing_locks_the_user_name_out_for_a_while() -> None:
    from paddockqa.auth import FAILURE_WINDOW, MAX_FAILURES, _Throttle

    now = [1000.0]
    users = Users({"marie": "s3cret", "paul": "pw"}, throttle=_Throttle(lambda: now[0]))
    for guess in range(MAX_FAILURES - 1):
        assert not users.check("marie", f"guess-{guess}")
    assert users.check("marie", "s3cret")  # under the limit: the right password still opens
    assert not users.check("marie", "one-more")  # the tenth wrong one within the window
    assert not users.check("marie", "s3cret")  # locked: refused, right or not
    assert users.check("paul", "pw")  # other names are not
    now[0] += FAILURE_WINDOW + 1
    assert users.check("marie", "s3cret")  # the window has passed


@pytest.mark.parametrize(
    ("auth", "admins", "message"),
    [
        ("paul", "", "not user:password"),
        ("paul:pw", "jean", "no password"),
        ("", "jean", "login is off"),
    ],
)
def test_bad_login_settings_say_what_to_fix(auth: str, admins: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_users(auth, "", admins)
    with pytest.raises(ConfigError, match="Entry 2"):
        parse_users(["a:b", ":x"], "the file")


def test_loopback_hosts() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "localhost", "::1", "127.0.1.1"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "192.168.1.10", "::", "example.org"))


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch, corpus_dir: Path, tmp_path: Path) -> list[dict]:
    """`serve`'s arguments to the launch, which is replaced so no server really starts."""
    calls: list[dict] = []
    monkeypatch.setattr("paddockqa.app.launch", lambda app, host, port, max_mb, users, **_: calls.append(locals()))
    monkeypatch.setenv("PADDOCKQA_CORPUS", str(corpus_dir))
    monkeypatch.setenv("PADDOCKQA_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("PADDOCKQA_PORT", str(free_port()))  # a chat served on 7860 meanwhile is no failure
    return calls


@pytest.mark.slow
def test_serve_exposes_beyond_loopback_only_on_an_explicit_flag(launched, monkeypatch) -> None:
    runner = CliRunner()
    monkeypatch.setenv("PADDOCKQA_HOST", "0.0.0.0")
    refused = runner.invoke(main, ["serve"])
    assert refused.exit_code == 2 and "Pass --host 0.0.0.0 on the command line" in refused.output
    assert launched == []

    warned = runner.invoke(main, ["serve", "--host", "0.0.0.0"])
    assert warned.exit_code == 0 and "Warning: listening on 0.0.0.0 without login" in warned.stderr
    assert launched[-1]["host"] == "0.0.0.0" and launched[-1]["users"] is None

    monkeypatch.setenv("PADDOCKQA_AUTH", "marie:pw")
    quiet = runner.invoke(main, ["serve", "--host", "0.0.0.0"])
    assert quiet.exit_code == 0 and "Warning" not in quiet.stderr and "login required" in quiet.stdout
    assert launched[-1]["users"].check("marie", "pw")


def test_serve_on_a_port_in_use_says_so_before_anything_else(launched) -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port)])
    assert result.exit_code == 1 and f"Cannot listen on 127.0.0.1:{port}" in result.output
    assert "choose another port with --port" in result.output
    assert "http://" not in result.output and launched == []  # no URL that would lead to the other program
    assert not Path(os.environ["PADDOCKQA_INDEX"]).exists()  # said before the index is built
    unknown = CliRunner().invoke(main, ["serve", "--host", "nosuchhost.invalid"])
    assert unknown.exit_code == 1 and "the host is unknown" in unknown.output
    assert "another program" not in unknown.output  # only a port in use is said to be one


@pytest.mark.slow
def test_serve_default_is_loopback(launched) -> None:
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 0 and launched[-1]["host"] == "127.0.0.1"


@pytest.mark.slow
def test_login_required_and_corpus_changes_for_admins_only(secured_url: str, pipeline) -> None:
    assert httpx.get(secured_url + "config", timeout=30).status_code == 401
    with pytest.raises(Exception, match="(?i)login|credentials|auth"):
        Client(secured_url, auth=("lecteur", "wrong"), verbose=False, analytics_enabled=False)

    reader = Client(secured_url, auth=("lecteur", "lire-pw"), verbose=False, analytics_enabled=False)
    assert reader.predict(QUESTION, api_name="/ask")["answered"] is True
    with pytest.raises(Exception, match="Seuls les administrateurs"):
        reader.predict("001_99e132d26c260f21.txt", api_name="/delete")
    assert (pipeline.settings.corpus / "001_99e132d26c260f21.txt").exists()

    admin = Client(secured_url, auth=("admin", "admin-pw"), verbose=False, analytics_enabled=False)
    status, *_ = admin.predict("001_99e132d26c260f21.txt", api_name="/delete")
    assert "Retiré du corpus" in status
    reader.close()
    admin.close()


def test_an_empty_index_sends_a_reader_to_an_administrator_and_an_admin_to_the_corpus_tab(
    pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in pipeline.settings.corpus.iterdir():
        path.unlink()
    users = Users({"lecteur": "lire-pw", "admin": "admin-pw"}, frozenset({"admin"}))
    served = serve_app(pipeline, monkeypatch, users)
    url = next(served)
    try:
        reader = Client(url, auth=("lecteur", "lire-pw"), verbose=False, analytics_enabled=False)
        told = reader.predict(QUESTION, api_name="/ask")["answer"]
        assert "aucun document" in told and "un administrateur" in told and "onglet Corpus" not in told
        admin = Client(url, auth=("admin", "admin-pw"), verbose=False, analytics_enabled=False)
        assert "onglet Corpus" in admin.predict(QUESTION, api_name="/ask")["answer"]
        for key, said in (
            ("lecteur:lire-pw", "administrateur"),
            ("admin:admin-pw", "Corpus"),
        ):  # one word: streamed in pieces
            for stream in (False, True):
                reply = httpx.post(
                    url + "v1/chat/completions",
                    json={"model": "paddockqa", "messages": [{"role": "user", "content": QUESTION}], "stream": stream},
                    headers={"Authorization": f"Bearer {key}"},
                    timeout=60,
                )
                assert reply.status_code == 200 and said in reply.text, (key, stream, reply.text)
        reader.close()
        admin.close()
    finally:
        served.close()


@pytest.mark.slow
def test_password_guessing_over_http_is_cut_short_on_the_page_and_the_api(secured_url: str) -> None:
    from paddockqa.auth import MAX_FAILURES

    def login(password: str) -> int:
        form = {"username": "admin", "password": password}
        return httpx.post(secured_url + "login", data=form, timeout=30).status_code

    assert login("admin-pw") == 200
    assert [login(f"guess-{i}") for i in range(MAX_FAILURES)] == [400] * MAX_FAILURES
    assert login("admin-pw") == 400  # locked out for a while, right password or not
    as_admin = {"Authorization": "Bearer admin:admin-pw"}
    assert httpx.get(secured_url + "v1/models", headers=as_admin, timeout=30).status_code == 401
    as_reader = {"Authorization": "Bearer lecteur:lire-pw"}
    assert httpx.get(secured_url + "v1/models", headers=as_reader, timeout=30).status_code == 200


@pytest.mark.slow
def test_an_upload_named_to_escape_lands_inside_the_corpus(app_url: str, pipeline, tmp_path: Path) -> None:
    text = "Communiqué du 3 mars 2025\n\nLe team Sodemo engage deux Porsche Cayman au Trophée Andros."
    response = httpx.post(
        app_url + "gradio_api/upload",
        files=[("files", ("../../etc/passwd.txt", text.encode("utf-8"), "text/plain"))],
        timeout=30,
    )
    response.raise_for_status()
    (stored,) = response.json()
    client = Client(app_url, verbose=False, analytics_enabled=False)
    status, *_ = client.predict([{"path": stored, "meta": {"_type": "gradio.FileData"}}], api_name="/rebuild")
    client.close()
    assert "passwd.txt : ajouté" in status
    corpus = pipeline.settings.corpus
    assert (corpus / "passwd.txt").read_text(encoding="utf-8") == text
    assert not (corpus.parent.parent / "etc").exists() and not (corpus.parent / "etc").exists()


@pytest.mark.slow
def test_an_unexpected_error_is_logged_not_sent(
    app_url: str, pipeline, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(pipeline, "stream", broken)
    client = Client(app_url, verbose=False, analytics_enabled=False)
    with caplog.at_level(logging.ERROR, logger="paddockqa.app"), pytest.raises(Exception) as raised:
        client.predict(QUESTION, api_name="/ask")
    client.close()
    assert "Erreur interne" in str(raised.value)
    assert "secret" not in str(raised.value) and "Traceback" not in str(raised.value)
    assert "secret internal detail" in caplog.text  # the server's log has it all


@pytest.mark.slow
def test_unexpected_errors_in_the_corpus_tab_are_logged_not_sent(
    app_url: str, pipeline, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_build(*args, **kwargs):
        raise RuntimeError("secret build detail")

    def locked_corpus(source):
        raise PermissionError(13, "secret permission detail", source)

    monkeypatch.setattr(pipeline, "build", broken_build)
    monkeypatch.setattr(pipeline, "remove_document", locked_corpus)
    client = Client(app_url, verbose=False, analytics_enabled=False)
    try:
        with caplog.at_level(logging.ERROR, logger="paddockqa.app"):
            rebuilt = client.predict([], api_name="/rebuild")[0]
            deleted = client.predict("001_99e132d26c260f21.txt", api_name="/delete")[0]
    finally:
        client.close()
    for status in (rebuilt, deleted):
        assert "Erreur interne" in status and "secret" not in status and "Traceback" not in status
    assert "secret build detail" in caplog.text and "secret permission detail" in caplog.text
    assert caplog.text.count("Traceback") == 2  # each logged with its traceback
