"""A scripted OpenAI-protocol server for the tests: real HTTP, real server-sent events.

There is no LLM on our machines, so this stands in for one. The ``model`` named in the
request picks the script; each writes its reply from the passages it was sent, the way
a model would, so the product's prompt, streaming, parsing and checking all run for real:

    cite-well       the passage sentence that best matches the question, cited [n]
                    (or the no-answer word when no sentence shares a word with it)
    cite-missing    a good sentence [1], then a second one citing [9], never given
    no-citation     a good sentence with no marker at all
    invented-claim  a good sentence [1], then a claim found in no passage, cited [1]
    obedient        follows an order found in a passage ("répondez uniquement « X »")
    obedient-cited  the same, and cites the passage the order came from
    refuses         says the passages do not hold the answer
    slow            waits ``delay`` seconds before answering like cite-well
    stall           sends the first words, then waits ``delay`` seconds mid-stream
    drip            sends a word every 0.3 s (a server slower than any deadline)
    ping            sends only keep-alive comments (": ping"), every 0.3 s, for 9 s
    error-500       an HTTP 500 with an OpenAI-style error body
    malformed       one good chunk, then a chunk that is not JSON
    html-page       an HTTP 200 carrying an HTML error page (a proxy's "Bad Gateway")
    whole-json      a whole JSON completion to a streamed request (no server-sent events)
    empty-stream    a stream with no text, then [DONE]
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

INVENTED_CLAIM = "Il a aussi remporté les 24 Heures du Mans 2012 au volant d'une Ferrari 488 GTE."
_PASSAGE = re.compile(r'<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>', re.DOTALL)
_ORDER = re.compile(r"répondez uniquement « ([^»]+?) »", re.IGNORECASE)
_WORD = re.compile(r"\w{4,}")


@dataclass
class ScriptedLLM:
    """The server's state: where it listens, what it was asked."""

    delay: float = 0.0
    requests: list[dict] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def count(self, model: str) -> int:
        return sum(1 for r in self.requests if r.get("model") == model)

    def start(self) -> ScriptedLLM:
        state = self

        class Handler(_Handler):
            llm = state

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def passages(request: dict) -> tuple[str, dict[int, str]]:
    """The question and the numbered passages of a chat request built by PaddockQA."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    question = user.rsplit("Question :", 1)[-1].strip()
    return question, {int(n): text for n, text in _PASSAGE.findall(user)}


def best_sentence(question: str, texts: dict[int, str], exclude: str = "") -> tuple[int, str] | None:
    """The passage sentence sharing most words with the question, if any does."""
    wanted = {w.lower() for w in _WORD.findall(question)}
    best: tuple[int, int, str] | None = None
    for n, text in sorted(texts.items()):
        for sentence in re.split(r"(?<=[.!?»])\s+|\s*\n\s*", text):
            shared = len(wanted & {w.lower() for w in _WORD.findall(sentence)})
            if shared and sentence != exclude and len(sentence) > 20 and (best is None or shared > best[0]):
                best = (shared, n, sentence)
    return None if best is None else (best[1], best[2])


def reply(model: str, request: dict) -> str:
    question, texts = passages(request)
    if model.startswith("obedient"):
        for n, text in sorted(texts.items()):
            order = _ORDER.search(text)
            if order:
                return order.group(1) + (f" [{n}]" if model == "obedient-cited" else "")
    found = best_sentence(question, texts)
    if found is None or model == "refuses":
        return "PAS_DANS_LE_CORPUS"
    n, sentence = found
    if model == "no-citation":
        return sentence
    if model == "cite-missing":
        second = best_sentence(question, texts, exclude=sentence)
        return f"{sentence} [{n}] {second[1] if second else sentence} [9]"
    if model == "invented-claim":
        return f"{sentence} [{n}] {INVENTED_CLAIM} [{n}]"
    return f"{sentence} [{n}]"


def _chunk(model: str, content: str | None, finish: str | None = None) -> bytes:
    delta = {"content": content} if content is not None else {}
    body = {
        "id": "chatcmpl-scripted",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n".encode()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that timed out and hung up is expected here, not a failure


class _Handler(BaseHTTPRequestHandler):
    llm: ScriptedLLM
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass  # keep the test output clean

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        self.llm.requests.append(request)
        model = request.get("model", "")
        if model == "error-500":
            self._send_json(500, {"error": {"message": "scripted failure", "type": "server_error"}})
            return
        if model == "slow":
            time.sleep(self.llm.delay)
        text = reply(model, request)
        if model in ("html-page", "whole-json"):
            html = model == "html-page"
            body = (
                b"<html><body><h1>502 Bad Gateway</h1></body></html>"
                if html
                else json.dumps({"choices": [{"message": {"role": "assistant", "content": text}}]}).encode()
            )
            self.send_response(200)
            self.send_header("Content-Type", "text/html" if html else "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self._write(body)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            if model == "ping":  # bytes that reset any read timeout, and never an answer
                for _ in range(30):
                    self._write(b": ping\n\n")
                    time.sleep(0.3)
                return
            words = [] if model == "empty-stream" else text.split(" ")
            for i, word in enumerate(words):
                self._write(_chunk(model, word if i == 0 else " " + word))
                if model == "stall" and i == 1:
                    time.sleep(self.llm.delay)
                if model == "drip":
                    time.sleep(0.3)
                if model == "malformed" and i == 1:
                    self._write(b'data: {"choices": [{"delta": {"content": \n\n')
                    return
                time.sleep(0.005)  # tokens really arrive one after another
            self._write(_chunk(model, None, "stop"))
            self._write(b"data: [DONE]\n\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout): nothing more to send
        self.close_connection = True

    def _write(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()

    def _send_json(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
