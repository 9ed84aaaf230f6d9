"""The chat-model seam and its OpenAI-protocol implementation.

Any server that speaks OpenAI's chat completions (Ollama, vLLM, llama.cpp's server, LM
Studio, a hosted API) is reached through the official ``openai`` client, with streaming.
Every way the server can fail (refused connection, HTTP error, no bytes within the
timeout, a chunk that is not JSON, an answer not finished within the total deadline)
becomes an ``LLMError``; the caller falls back to the extractive answer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from paddockqa.errors import LLMError
from paddockqa.messages import fr as said_fr
from paddockqa.prompt import Message

MAX_TOKENS = 400  # two to four sentences with markers fit easily
RETRIES = 1  # a request that failed before any text is sent once more, if the deadline allows
DEADLINE = 30.0  # seconds for a whole answer, retries included: a silent server costs no more


class ChatModel(Protocol):
    """What the answer step needs from a language model."""

    model_id: str

    def stream(self, messages: Sequence[Message]) -> Iterator[str]:
        """Yield the reply's text as it comes; raise LLMError if the server fails."""
        ...


class OpenAIChatModel:
    """An OpenAI-compatible chat completions server."""

    def __init__(
        self, base_url: str, model: str, api_key: str = "", timeout: float = 30.0, deadline: float = DEADLINE
    ) -> None:
        """``timeout``: seconds to wait for the server's next bytes; ``deadline``: seconds for
        the whole answer, retries included (a server that drips words stops at it too)."""
        import openai

        self.model_id = model
        self.base_url = base_url
        self.timeout, self.deadline = timeout, deadline
        # Local servers ignore the key, but the client insists on having one. Retries are
        # ours, so that the deadline bounds them.
        self._client = openai.OpenAI(
            base_url=base_url, api_key=api_key or "not-needed", timeout=min(timeout, deadline), max_retries=0
        )

    def stream(self, messages: Sequence[Message]) -> Iterator[str]:
        import openai

        began = time.monotonic()
        wrote = False
        for attempt in range(RETRIES + 1):
            left = self.deadline - (time.monotonic() - began)
            if left <= 0:
                raise LLMError(self._late())
            wait = min(self.timeout, left)
            try:
                with self._client.with_options(timeout=wait).chat.completions.create(  # type: ignore[union-attr]
                    model=self.model_id,
                    messages=[{"role": m.role, "content": m.content} for m in messages],  # type: ignore[misc]
                    stream=True,
                    temperature=0,
                    max_tokens=MAX_TOKENS,
                ) as chunks:  # closed even when the reader stops early (a chat left mid-answer)
                    # The read timeout restarts with every byte (keep-alive comments included):
                    # at the deadline a timer closes the response, which ends the read at once.
                    expired = threading.Event()

                    def expire(response: Any = chunks.response, flag: threading.Event = expired) -> None:
                        flag.set()
                        response.close()

                    timer = threading.Timer(max(0.0, self.deadline - (time.monotonic() - began)), expire)
                    timer.daemon = True
                    timer.start()
                    finish = None  # why the model stopped, when it says
                    events = 0
                    try:
                        for chunk in chunks:
                            events += 1
                            for choice in getattr(chunk, "choices", None) or ():
                                finish = getattr(choice, "finish_reason", None) or finish
                                text = getattr(choice.delta, "content", None)
                                if text:
                                    wrote = True
                                    yield text
                            if time.monotonic() - began > self.deadline:
                                raise LLMError(self._late())
                    except LLMError:
                        raise
                    except Exception as exc:  # noqa: BLE001 - whatever the closed stream raised, the deadline is why
                        if expired.is_set():
                            raise LLMError(self._late()) from exc
                        raise
                    finally:
                        timer.cancel()
                    if not wrote:
                        if expired.is_set():
                            raise LLMError(self._late())
                        # No answer text: events without it (a reasoning model's budget spent, a
                        # content filter, tool calls), or no events at all from a reply that is
                        # not a stream (an HTML error page, a whole JSON completion). Said as
                        # such, not as an answer citing no passage.
                        kind = chunks.response.headers.get("content-type", "").split(";")[0].strip().lower()
                        if not events and kind != "text/event-stream":
                            raise LLMError(said_fr("llm_not_stream", server=self.base_url, kind=kind or "?"))
                        raise LLMError(said_fr("llm_no_text", model=self.model_id, finish=finish or "?"))
                return
            except openai.APITimeoutError as exc:
                if wrote or attempt == RETRIES:
                    late = wait < self.timeout  # the deadline, not the server's silence, cut it short
                    raise LLMError(self._late() if late else said_fr("llm_timeout", server=self.base_url)) from exc
            except openai.InternalServerError as exc:
                if wrote or attempt == RETRIES:
                    raise LLMError(self._http(exc)) from exc
            except openai.APIStatusError as exc:
                raise LLMError(self._http(exc)) from exc
            except openai.APIConnectionError as exc:
                if wrote or attempt == RETRIES:
                    raise LLMError(said_fr("llm_unreachable", server=self.base_url)) from exc
            except (openai.OpenAIError, ValueError) as exc:
                # A chunk that is not JSON (json.JSONDecodeError is a ValueError).
                raise LLMError(said_fr("llm_garbled", server=self.base_url)) from exc

    def _late(self) -> str:
        return said_fr("llm_late", server=self.base_url, seconds=self.deadline)

    def _http(self, exc: Exception) -> str:
        return said_fr("llm_http", server=self.base_url, status=getattr(exc, "status_code", "?"))
