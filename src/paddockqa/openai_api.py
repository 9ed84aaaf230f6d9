"""PaddockQA as an OpenAI-compatible model, so Open WebUI, LibreChat or the ``openai`` client can use it.

``paddockqa serve`` adds two routes of the Chat Completions protocol next to the web app:

- ``GET /v1/models`` lists one model, ``paddockqa`` (``GET /v1/models/paddockqa`` describes it);
- ``POST /v1/chat/completions`` answers the last user message of ``messages``, the earlier
  messages being the conversation its follow-ups lean on (``conversation``). Not streamed,
  it returns a ``chat.completion``; with ``"stream": true``, ``chat.completion.chunk``
  events over server-sent events, ended by ``data: [DONE]``.

The message text carries the answer with its ``[n]`` markers, then the sources list; the
response object (the last chunk, when streamed) adds ``citations`` (the objects of
``paddockqa ask --json``) and ``resolved_question``. With login on, the API key is a
user's ``user:password``, sent as a Bearer token (what every OpenAI client does with its
``api_key``); errors follow OpenAI's ``{"error": {"message", "type", "code"}}`` shape.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.routing import APIRoute

from paddockqa.answer import for_reader
from paddockqa.auth import Users
from paddockqa.conversation import MAX_MESSAGES, SOURCES_HEADINGS, content_text, turns_from_messages
from paddockqa.domain import Answer
from paddockqa.errors import PaddockError, QuestionError
from paddockqa.language import question_language
from paddockqa.messages import said
from paddockqa.pipeline import Pipeline
from paddockqa.render import after_stream, short_answer_line, sources_text, unsupported_lines

MODEL = "paddockqa"
MAX_BODY_BYTES = 2_000_000  # a request body larger than this is refused before it is parsed
MODEL_OBJECT = {"id": MODEL, "object": "model", "created": 0, "owned_by": "paddockqa"}
STREAM_WORDS = 4  # an extractive answer, which exists whole at once, is sent a few words a chunk
log = logging.getLogger(__name__)
# The API's errors are in English, like OpenAI's: its readers are the developers of clients
# (Open WebUI, scripts), and one language keeps them whole. The answers are the corpus's.
API_LANGUAGE = "en"


class ApiError(Exception):
    """An error the client sees, with its HTTP status and OpenAI error type."""

    def __init__(self, status: int, message: str, kind: str = "invalid_request_error", code: str | None = None):
        super().__init__(message)
        self.status, self.kind, self.code = status, kind, code

    def response(self) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if self.status == 401 else None
        body = {"error": {"message": str(self), "type": self.kind, "param": None, "code": self.code}}
        return JSONResponse(body, status_code=self.status, headers=headers)


def routes(pipeline: Pipeline, users: Users | None = None) -> list[APIRoute]:
    """The ``/v1`` routes answering with ``pipeline``; with ``users``, each request needs a key."""

    def authorised(request: Request) -> bool:
        """Whether the caller may change the corpus (always, without login).

        Raises:
            ApiError: 401, login is on and the key names no user with that password.
        """
        if users is None:
            return True
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        user, sep, password = key.strip().partition(":")
        if scheme.lower() != "bearer" or not sep or not users.check(user, password):
            raise ApiError(
                401,
                "Login is on: send a user's user:password as the API key (Authorization: Bearer user:password).",
                code="invalid_api_key",
            )
        return users.may_edit(user)

    def models(request: Request) -> JSONResponse:
        try:
            authorised(request)
        except ApiError as exc:
            return exc.response()
        return JSONResponse({"object": "list", "data": [MODEL_OBJECT]})

    def model(request: Request) -> JSONResponse:
        """OpenAI's "retrieve model" (``client.models.retrieve("paddockqa")``)."""
        try:
            authorised(request)
            if request.path_params["model"] != MODEL:
                raise _unknown_model(request.path_params["model"])
        except ApiError as exc:
            return exc.response()
        return JSONResponse(MODEL_OBJECT)

    def elsewhere(request: Request) -> JSONResponse:
        """Any other ``/v1`` path: OpenAI's error shape, which clients read, not FastAPI's."""
        return ApiError(
            404,
            f"No route {request.method} {request.url.path}: PaddockQA serves GET /v1/models and "
            "POST /v1/chat/completions.",
            code="unknown_url",
        ).response()

    async def completions(request: Request) -> Any:
        try:
            editor = authorised(request)
            body = await _json_body(request)
            # Parsing the conversation is pure but not free: off the event loop, like answering.
            question, turns, stream = await _in_thread(lambda: _understood_request(pipeline, body))
        except ApiError as exc:
            return exc.response()
        ident, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        if stream:
            usage = _include_usage(body)
            return StreamingResponse(
                _events(pipeline, question, turns, ident, created, editor=editor, usage=usage),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},  # no proxy holds the words back
            )
        try:
            answer = await _in_thread(lambda: pipeline.ask(question, turns=turns))
            answer = answer if editor else for_reader(answer)
        except QuestionError as exc:
            return ApiError(400, said(API_LANGUAGE, exc)).response()
        except PaddockError as exc:  # the server's state (no index, no model): not the request's fault
            return ApiError(503, said(API_LANGUAGE, exc), "server_error").response()
        except Exception:  # noqa: BLE001 - logged here, never sent to the client
            log.exception("Unexpected error answering %r", question)
            return ApiError(500, "Internal error: it is in the server log.", "server_error").response()
        message = {"role": "assistant", "content": message_text(answer)}
        return JSONResponse(
            {
                "id": ident,
                "object": "chat.completion",
                "created": created,
                "model": MODEL,
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": USAGE,
                **_extras(answer),
            }
        )

    return [
        APIRoute("/v1/models", models, methods=["GET"], include_in_schema=False),
        APIRoute("/v1/chat/completions", completions, methods=["POST"], include_in_schema=False),
        APIRoute("/v1/models/{model}", model, methods=["GET"], include_in_schema=False),
        # Last: the routes above match first. Every method, so a GET on the completions path is told too.
        APIRoute(
            "/v1/{rest:path}",
            elsewhere,
            methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            include_in_schema=False,
        ),
    ]


# No tokens are billed: the answer is extracted by our own models ("usage" is required by
# OpenAI's schema; an LLM configured behind us does not report its own through the pipeline).
USAGE = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}


def _include_usage(body: dict[str, Any]) -> bool:
    """Whether a streamed reply ends with a usage chunk (``stream_options.include_usage``, as
    OpenAI sends it: ``choices`` empty, ``usage`` set, before ``[DONE]``)."""
    options = body.get("stream_options")
    return isinstance(options, dict) and options.get("include_usage") is True


def _unknown_model(model: object) -> ApiError:
    return ApiError(404, f"The model {str(model)[:60]!r} does not exist; use {MODEL!r}.", code="model_not_found")


def message_text(answer: Answer, streamed: str = "") -> str:
    """The assistant message: the answer with its [n] markers, then its sources, our own words
    in the question's language (``language``) (pure)."""
    lang = question_language(answer.question)
    text = after_stream(answer, streamed, lang)
    short = short_answer_line(answer, lang)
    # The CLI's line: the short answer said, and read back from the history of the next
    # request, so the API's turns are the web chat's (``conversation.turns_from_messages``).
    text += f"\n{short}" if short else ""
    # Why a sentence is marked ⚠, as the CLI and the page say it ("nombre absent … : 2010").
    text += "".join(f"\n{reason}" for reason in unsupported_lines(answer, lang))
    sources = sources_text(answer, lang)
    return f"{text}{SOURCES_HEADINGS[lang]}{sources}" if sources else text


def _extras(answer: Answer) -> dict[str, object]:
    """What the response object adds to OpenAI's: the citations and the question as understood."""
    data = answer.to_json()
    return {
        "citations": data["citations"],
        "resolved_question": data["resolved_question"],
        "answered": data["answered"],
        "short_answer": data["short_answer"],
    }


def _understood_request(pipeline: Pipeline, body: dict[str, Any]) -> tuple[str, list, bool]:
    """The question (checked), the conversation's turns and whether to stream; ApiError if malformed."""
    question, history, stream = _parse(body)
    try:
        turns = turns_from_messages(history)
    except ValueError as exc:
        raise ApiError(400, f"messages: {said(API_LANGUAGE, exc)}.") from None
    try:
        pipeline.check_question(question)  # said before a stream starts, with its status
    except QuestionError as exc:
        raise ApiError(400, said(API_LANGUAGE, exc)) from None
    return question, turns, stream


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > MAX_BODY_BYTES:
        raise ApiError(413, f"The request is {len(raw):,} bytes; the limit is {MAX_BODY_BYTES:,}. Shorten the history.")
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ApiError(400, "The request body is not JSON.") from None
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object with model and messages.")
    return body


def _parse(body: dict[str, Any]) -> tuple[str, list[dict], bool]:
    """The last user message, the messages before it and whether to stream (pure).

    Raises:
        ApiError: the model is not ``paddockqa``, or the messages are missing or malformed.
    """
    model = body.get("model", MODEL)
    if model != MODEL:
        raise _unknown_model(model)
    # One answer, extracted: OpenAI's sampling parameters (temperature, max_tokens, seed…) have
    # nothing to act on and are ignored; several choices asked for would silently be one.
    if body.get("n", 1) not in (1, None):
        raise ApiError(400, "n must be 1: PaddockQA extracts one answer per question, it does not sample.")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(400, "messages must be a non-empty list of {role, content} objects.")
    if len(messages) > MAX_MESSAGES:
        raise ApiError(400, f"{len(messages)} messages; the limit is {MAX_MESSAGES}. Start a new conversation.")
    last = messages[-1]
    if not isinstance(last, dict) or last.get("role") != "user":
        raise ApiError(400, "The last message must be the user's question (role user).")
    try:
        # Whole: the length check must see the question as sent (an earlier message is read
        # only for its names, and cut).
        question = content_text(last.get("content"))
    except ValueError as exc:
        raise ApiError(400, f"The last message: {said(API_LANGUAGE, exc)}.") from None
    if not question.strip():
        raise ApiError(400, "The last message has no text: ask a question about the corpus.")
    return question, messages[:-1], bool(body.get("stream", False))


def _chunk(ident: str, created: int, delta: dict[str, str], finish: str | None = None, **extra: object) -> str:
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    event = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": MODEL, "choices": [choice]}
    return f"data: {json.dumps({**event, **extra}, ensure_ascii=False)}\n\n"


def _events(
    pipeline: Pipeline, question: str, turns: list, ident: str, created: int, *, editor: bool, usage: bool = False
) -> Iterator[str]:
    """Server-sent events: the role, the text as it comes, the sources, then [DONE].

    ``editor``: the caller may change the corpus; otherwise an empty index's reply sends them
    to an administrator (``answer.for_reader``). ``usage``: a last chunk with ``usage`` and
    no choice comes before [DONE] (``stream_options.include_usage``).

    A plain generator: Starlette runs it in a worker thread, so answering never blocks the
    event loop. An error after the first event is said in the text (the status is sent).
    """
    yield _chunk(ident, created, {"role": "assistant", "content": ""})
    streamed = ""
    try:
        answer_stream = pipeline.stream(question, turns=turns)
        try:
            for delta in answer_stream:
                streamed += delta
                yield _chunk(ident, created, {"content": delta})
            answer = answer_stream.answer()
            answer = answer if editor else for_reader(answer)
        finally:
            answer_stream.close()  # a client gone stops the LLM's stream
    except PaddockError as exc:
        yield _chunk(ident, created, {"content": str(exc)}, "stop")
        yield from _end(ident, created, usage)
        return
    except Exception:  # noqa: BLE001 - logged here, never sent to the client
        log.exception("Unexpected error answering %r", question)
        yield _chunk(ident, created, {"content": "Internal error: it is in the server log."}, "stop")
        yield from _end(ident, created, usage)
        return
    rest = message_text(answer, streamed)
    words = rest.split(" ")
    for start in range(0, len(words), STREAM_WORDS):
        piece = " ".join(words[start : start + STREAM_WORDS])
        yield _chunk(ident, created, {"content": piece if start == 0 else " " + piece})
    yield _chunk(ident, created, {}, "stop", **_extras(answer))
    yield from _end(ident, created, usage)


def _end(ident: str, created: int, usage: bool) -> Iterator[str]:
    """The stream's last events: the usage chunk when asked for, then [DONE]."""
    if usage:
        event = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": MODEL, "choices": []}
        yield f"data: {json.dumps({**event, 'usage': USAGE})}\n\n"
    yield "data: [DONE]\n\n"


async def _in_thread(work: Any) -> Any:
    """Run blocking answering work in a worker thread (as FastAPI does for plain functions)."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(work)
