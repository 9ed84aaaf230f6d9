"""The page's language: French by default, English when the browser asks for it first."""

from __future__ import annotations

import pytest

from paddockqa.i18n import STRINGS, catalog, language, t


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "fr"),
        ("", "fr"),
        ("fr-FR,fr;q=0.9,en;q=0.8", "fr"),
        ("en-US,en;q=0.9", "en"),
        ("en-GB", "en"),
        ("de-DE,de;q=0.9", "fr"),  # neither: French
        ("de-DE,de;q=0.9,en;q=0.8,fr;q=0.7", "en"),  # English before French
        ("de,fr;q=0.5,en;q=0.4", "fr"),
        ("fr;q=0.2,en;q=0.8", "en"),  # by weight, not by position
        ("en;q=abc,fr", "fr"),  # a broken weight counts for nothing
        ("fr;q=0,en;q=0.1", "en"),  # q=0: French refused
    ],
)
def test_the_language_is_the_first_of_french_and_english_the_browser_asks_for(header, expected) -> None:
    assert language(header) == expected


def test_every_string_exists_in_both_languages_with_the_same_values() -> None:
    import string

    assert STRINGS["fr"].keys() == STRINGS["en"].keys()
    for key, french in STRINGS["fr"].items():
        names = {f for _, f, _, _ in string.Formatter().parse(french) if f}
        assert names == {f for _, f, _, _ in string.Formatter().parse(STRINGS["en"][key]) if f}, key
    assert t(
        "en", "report", documents=3, passages=15, added=1, updated=0, removed=0, renamed=0, embedded=2, seconds="0.5"
    ).startswith("Index up to date: 3 documents")
    assert t("de", "send") == "Envoyer"  # another language: French
    labels = catalog(suffixes=".txt, .pdf", mb="20", count=50)
    assert labels["en"]["upload"] == "Add texts (.txt, .pdf; 20 MB at most, 50 files at once)"
    assert labels["fr"]["characters"] == "caractères {start}–{end}"  # filled on the server, when used


def _served(middleware_path: str, method: str, path: str, content_type: bytes, parts: list[bytes]) -> list[dict]:
    """What LanguageMiddleware sends for an app answering with ``parts`` (pure ASGI, no server)."""
    import asyncio

    from paddockqa.i18n import LanguageMiddleware

    body = b"".join(parts)

    async def app(scope, receive, send) -> None:
        headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for i, part in enumerate(parts):
            await send(
                {
                    "type": "http.response.body",
                    "body": b"" if method == "HEAD" else part,
                    "more_body": i < len(parts) - 1,
                }
            )

    sent: list[dict] = []

    async def send(message) -> None:
        sent.append(message)

    async def receive() -> dict:
        return {"type": "http.request"}

    scope = {"type": "http", "method": method, "path": path}
    asyncio.run(LanguageMiddleware(app, middleware_path)(scope, receive, send))
    return sent


def test_the_page_gets_the_language_script_first_in_its_head_and_nothing_else_changes() -> None:
    from paddockqa.i18n import SCRIPT

    page = [b"<html><head><title>x</title>", b"</head><body>corps</body></html>"]
    start, body = _served("/", "GET", "/", b"text/html; charset=utf-8", page)
    assert body["body"] == b"<html><head>" + SCRIPT.encode() + b"<title>x</title></head><body>corps</body></html>"
    assert dict(start["headers"])[b"content-length"] == str(len(body["body"])).encode()
    head = _served("/", "HEAD", "/", b"text/html", page)
    assert dict(head[0]["headers"])[b"content-length"] == str(len(b"".join(page)) + len(SCRIPT.encode())).encode()
    for method, path, kind in (
        ("GET", "/config", b"text/html"),
        ("GET", "/", b"application/json"),
        ("POST", "/", b"text/html"),
    ):
        sent = _served("/", method, path, kind, page)
        assert b"".join(m.get("body", b"") for m in sent[1:]) == b"".join(page)  # untouched
