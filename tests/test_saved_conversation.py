"""The conversation kept in the browser: signed, given back whole, dropped when not ours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paddockqa import messages
from paddockqa.domain import Answer, Citation, ShortAnswer
from paddockqa.saved_conversation import (
    KEY_BYTES,
    KEY_FILE,
    MAX_SAVED_ANSWERS,
    VERSION,
    browser_secret,
    conversation_key,
    sign,
    unsign,
)

KEY = bytes(range(KEY_BYTES))


def _answers() -> list[Answer]:  # an answer, and a refusal: confidence 0.0, a float the browser writes "0"
    quote = "Originaire de Dijon, Philippe est un chef d’entreprise de 42 ans."
    cited = Answer(
        question="Quel âge a Philippe Gaillard ?",
        answered=True,
        text=quote + " [1]",
        citations=(
            Citation(
                n=1,
                source="gaillard.txt",
                title="Philippe Gaillard sacré",
                start=120,
                end=186,
                quote=quote,
                score=0.7962,
                passage="Titre\n" + quote,
                highlight=(6, 72),
                date="2008-10-02",
                page=None,
                also=("copie de gaillard.txt",),
                emphasis=(62, 68),
            ),
        ),
        confidence=0.7962,
        short_answer=ShortAnswer("42 ans", 1, 176, 182),
        notice=messages.fr("name_unknown", name="Gaillardo"),
    )
    refused = Answer(
        question="Et d'où vient-il ?",
        answered=False,
        text="Je n’ai pas trouvé…",
        resolved_question="D'où Philippe Gaillard vient-il ?",
        message=messages.fr("question_too_long", length=612, limit=500),
        mode="generated",
        model="llama3.1:8b",
        sentences=("Une phrase.",),
        unsupported=(0,),
        unsupported_reasons=("aucun passage ne le dit",),
        invalid_citations=(3,),
        confidence=0.0,
    )
    return [cited, refused]


def _js(value: object) -> object:
    """A value as JavaScript's JSON writes it: a whole float is a number like any ("0.0" -> "0")."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _js(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_js(v) for v in value]
    return value


def _through_the_browser(payload: object) -> object:
    """What localStorage gives back: the payload as the page's JSON writes it, read again."""
    return json.loads(json.dumps(_js(json.loads(json.dumps(payload)))))


def test_answers_come_back_whole_messages_included() -> None:
    answers = _answers()
    back = unsign(_through_the_browser(sign(answers, None, KEY)), None, KEY)
    assert back == answers
    # A message keeps its key, so the page's language can say it: not only its French text.
    assert isinstance(back[1].message, messages.Message) and back[1].message.key == "question_too_long"
    assert isinstance(back[0].notice, messages.Message) and back[0].notice.said("en") != back[0].notice.said("fr")


def _rewritten(payload: dict, change) -> None:
    """``payload``'s body changed by ``change`` (its data, as JSON) and written back, unsigned again."""
    data = json.loads(payload["body"])
    change(data)
    payload["body"] = json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda p: _rewritten(p, lambda d: d["answers"][0]["citations"][0].update(source="../../etc/passwd")),
        lambda p: _rewritten(p, lambda d: d["answers"][0].update(text="Une autre réponse")),
        lambda p: _rewritten(p, lambda d: d.update(user="admin")),
        lambda p: p.update(body=p["body"].replace(":", ": ")),  # the same data, other text: not what was signed
        lambda p: p.update(mac="0" * 64),
        lambda p: p.update(mac="é" * 64),
        lambda p: p.pop("mac"),
        lambda p: p.update(body=json.loads(p["body"])),  # an object where the text was
    ],
    ids=["cited-file", "answer-text", "user", "spaces", "mac", "non-ascii-mac", "no-mac", "body-object"],
)
def test_a_payload_changed_in_the_browser_gives_no_conversation(tamper) -> None:
    payload = _through_the_browser(sign(_answers(), None, KEY))
    tamper(payload)
    assert unsign(payload, None, KEY) == []


def test_another_users_or_another_servers_conversation_is_not_given() -> None:
    payload = _through_the_browser(sign(_answers(), "lecteur", KEY))
    assert unsign(payload, "lecteur", KEY) == _answers()
    assert unsign(payload, "admin", KEY) == []  # the same browser, another login
    assert unsign(payload, None, KEY) == []
    assert unsign(payload, "lecteur", bytes(KEY_BYTES)) == []  # another server's key


@pytest.mark.parametrize(
    "stored",
    [None, "test", 3, [], {}, {"mac": 1}, {"v": 1, "answers": "x", "mac": "ab"}, {"body": "[" * 5000, "mac": "ab"}],
)
def test_nothing_or_garbage_kept_gives_no_conversation(stored: object) -> None:
    assert unsign(stored, None, KEY) == []


def test_only_the_newest_answers_are_kept() -> None:
    many = [Answer(question=f"Question {i} ?", answered=False, text="Non.") for i in range(MAX_SAVED_ANSWERS + 7)]
    back = unsign(_through_the_browser(sign(many, None, KEY)), None, KEY)
    assert [a.question for a in back] == [a.question for a in many[-MAX_SAVED_ANSWERS:]]


def test_the_key_is_made_once_private_and_kept(tmp_path: Path) -> None:
    folder = tmp_path / "home"
    key = conversation_key(folder)
    assert len(key) == KEY_BYTES
    assert conversation_key(folder) == key  # a restart signs and checks with the same key
    assert (folder / KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == [KEY_FILE]  # the draft it was written to is gone
    assert browser_secret(key) == browser_secret(conversation_key(folder))
    assert key.hex() not in browser_secret(key)  # the page's secret is not the key


def test_a_folder_that_cannot_hold_the_key_still_gives_one(tmp_path: Path, caplog) -> None:
    taken = tmp_path / "home"
    taken.write_text("a file where the folder should be", encoding="utf-8")  # fails for root too, unlike chmod
    key = conversation_key(taken)
    assert len(key) == KEY_BYTES
    assert "will not outlive a restart" in caplog.text


def test_a_broken_key_file_is_said_and_a_process_key_used(tmp_path: Path, caplog) -> None:
    (tmp_path / KEY_FILE).write_text("not hex", encoding="ascii")
    key = conversation_key(tmp_path)
    assert len(key) == KEY_BYTES
    assert "delete it to make a new one" in caplog.text
    assert (tmp_path / KEY_FILE).read_text(encoding="ascii") == "not hex"  # left for the user to see


def test_another_versions_payload_gives_no_conversation() -> None:
    import hashlib
    import hmac

    body = json.dumps({"v": 1, "user": None, "answers": []})
    payload = {"v": 1, "body": body, "mac": hmac.new(KEY, body.encode(), hashlib.sha256).hexdigest()}
    assert unsign(payload, None, KEY) == []


def test_a_signed_but_broken_body_is_dropped_and_logged(caplog) -> None:
    import hashlib
    import hmac

    body = json.dumps({"v": VERSION, "user": None, "answers": [{"question": "sans le reste"}]})
    payload = {"body": body, "mac": hmac.new(KEY, body.encode(), hashlib.sha256).hexdigest()}
    assert unsign(payload, None, KEY) == []
    assert "could not be read back" in caplog.text


def test_a_read_only_folder_gives_a_process_key_not_a_crash(tmp_path: Path, monkeypatch, caplog) -> None:
    """On a read-only file system (a container's mount) nothing can be made, not even removed:
    the draft never made is never unlinked (that raised EROFS and stopped the server)."""
    import errno

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("os.open", read_only)
    monkeypatch.setattr(Path, "unlink", read_only)
    assert len(conversation_key(tmp_path)) == KEY_BYTES
    assert "will not outlive a restart" in caplog.text


def test_a_file_system_without_hard_links_still_keeps_the_key(tmp_path: Path, monkeypatch) -> None:
    import errno

    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr("os.link", no_links)
    folder = tmp_path / "home"
    key = conversation_key(folder)
    assert conversation_key(folder) == key  # kept in the file, by a rename
    assert [p.name for p in folder.iterdir()] == [KEY_FILE]
