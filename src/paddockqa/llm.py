"""The chat-model seam and its OpenAI-protocol implementation.

Any server that speaks OpenAI's chat completions (Ollama, vLLM, llama.cpp's server, LM
Studio, a hosted API) is reached through the official ``openai`` client, with streaming.
Every way the server can fail (refused connection, HTTP error, no bytes within the
timeout, a chunk that is not JSON) becomes an ``LLMError``; the caller falls back to the
extractive answer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from paddockqa.errors import LLMError
from paddockqa.prompt import Message

MAX_TOKENS = 400  # two to four sentences with markers fit easily
RETRIES = 1


class ChatModel(Protocol):
    """What the answer step needs from a language model."""

    model_id: str

    def stream(self, messages: Sequence[Message]) -> Iterator[str]:
        """Yield the reply's text as it comes; raise LLMError if the server fails."""
        ...


class OpenAIChatModel:
    """An OpenAI-compatible chat completions server."""

    def __init__(self, base_url: str, model: str, api_key: str = "", timeout: float = 30.0) -> None:
        import openai

        self.model_id = model
        self.base_url = base_url
        # Local servers ignore the key, but the client insists on having one.
        self._client = openai.OpenAI(
            base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=RETRIES
        )

    def stream(self, messages: Sequence[Message]) -> Iterator[str]:
        import openai

        try:
            # The openai client retries once on a refused connection, a timeout or a 5xx.
            with self._client.chat.completions.create(  # type: ignore[union-attr]
                model=self.model_id,
                messages=[{"role": m.role, "content": m.content} for m in messages],  # type: ignore[misc]
                stream=True,
                temperature=0,
                max_tokens=MAX_TOKENS,
            ) as chunks:  # closed even when the reader stops early (a chat left mid-answer)
                for chunk in chunks:
                    for choice in getattr(chunk, "choices", None) or ():
                        text = getattr(choice.delta, "content", None)
                        if text:
                            yield text
        except openai.APITimeoutError as exc:
            raise LLMError(f"le serveur {self.base_url} n'a pas répondu à temps") from exc
        except openai.APIStatusError as exc:
            raise LLMError(f"le serveur {self.base_url} a répondu par une erreur HTTP {exc.status_code}") from exc
        except openai.APIConnectionError as exc:
            raise LLMError(f"connexion impossible au serveur {self.base_url}") from exc
        except (openai.OpenAIError, ValueError) as exc:
            # A chunk that is not JSON (json.JSONDecodeError is a ValueError).
            raise LLMError(f"le serveur {self.base_url} a envoyé une réponse illisible") from exc
