"""An answer as it is written: one object to iterate for text and to ask for the Answer.

Like llm's ``Response`` (``__iter__`` for chunks, ``.text()`` for the whole) and ragna's
``Message``: callers iterate for the text deltas while an LLM writes, then call
``answer()`` for the checked ``Answer``; an extractive answer has no deltas. This replaces
an ``Iterator[str | Answer]`` that every caller had to check with ``isinstance``.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator

from paddockqa.domain import Answer


class AnswerStream:
    """Iterate for text deltas (``str``); ``answer()`` drains the rest and returns the Answer.

    Args:
        source: a generator that yields the text deltas and returns the final Answer.
    """

    def __init__(self, source: Generator[str, None, Answer]) -> None:
        self._source = source
        self._answer: Answer | None = None
        self._done = False  # the source has returned, raised or been closed

    @classmethod
    def of(cls, answer: Answer) -> AnswerStream:
        """A stream with no deltas: an answer that exists whole at once."""
        stream = cls(_nothing(answer))
        stream._answer, stream._done = answer, True
        return stream

    def then(self, change: Callable[[Answer], Answer]) -> AnswerStream:
        """This stream, its final Answer passed through ``change`` (the deltas untouched)."""
        if self._done and self._answer is not None:
            return AnswerStream.of(change(self._answer))
        return AnswerStream(_changed(self._source, change))

    def __iter__(self) -> Iterator[str]:
        while not self._done:
            try:
                delta = next(self._source)
            except StopIteration as finished:
                self._answer, self._done = finished.value, True
                return
            except BaseException:
                self._done = True  # an error ends the stream: asking again must not spin
                raise
            yield delta

    def answer(self) -> Answer:
        """The final Answer, after whatever text is still to come.

        Raises:
            RuntimeError: the stream was closed, or its writer failed, before the answer.
        """
        for _ in self:
            pass
        if self._answer is None:
            raise RuntimeError("the answer stream ended before its answer (closed, or its writer failed)")
        return self._answer

    def close(self) -> None:
        """Stop the writer (an abandoned chat closes the LLM's stream)."""
        self._done = True
        self._source.close()


def _nothing(answer: Answer) -> Generator[str, None, Answer]:
    return answer
    yield  # a generator that yields nothing


def _changed(source: Generator[str, None, Answer], change: Callable[[Answer], Answer]) -> Generator[str, None, Answer]:
    answer = yield from source
    return change(answer)
