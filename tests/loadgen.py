"""Concurrent clients asking through the app's API: the load test's and benchmarks/load.py's driver."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

REQUEST_TIMEOUT_S = 120  # 20 clients on 2 cores wait about 5-10 s each (README, "Under load")


@dataclass
class LoadResult:
    """What the clients saw."""

    latencies_ms: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    # (client number, seconds since the start when asked) of each answer received
    answered: list[tuple[int, float]] = field(default_factory=list)
    during_done: float | None = None  # seconds since the start when ``during`` returned

    def asked_after(self, second: float) -> dict[int, int]:
        """Per client, the questions asked after ``second`` (seconds since the start) and
        answered; a client absent got none."""
        counts: dict[int, int] = {}
        for client, asked in self.answered:
            if asked > second:
                counts[client] = counts.get(client, 0) + 1
        return counts

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + len(self.failures)

    def percentile(self, q: float) -> float:
        return float(np.percentile(self.latencies_ms, q)) if self.latencies_ms else float("nan")

    def summary(self) -> dict[str, float | int]:
        return {
            "requests": self.requests,
            "failed": len(self.failures),
            "per_second": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(self.percentile(50), 1),
            "p95_ms": round(self.percentile(95), 1),
            "max_ms": round(max(self.latencies_ms, default=0.0), 1),
        }


def run_load(
    url: str,
    questions: Sequence[str],
    clients: int,
    seconds: float,
    during: Callable[[], None] | None = None,
    during_at: float = 0.0,
) -> LoadResult:
    """``clients`` threads, each with its own API client, asking in turn until ``seconds`` pass.

    ``during`` runs once in its own thread ``during_at`` seconds in (an index swap, say).
    """
    from gradio_client import Client

    result = LoadResult()
    lock = threading.Lock()
    began = time.perf_counter()
    deadline = began + seconds

    def client_loop(number: int) -> None:
        try:
            client = Client(url, verbose=False, analytics_enabled=False)
        except Exception as exc:  # noqa: BLE001 - a client that cannot connect is a failure too
            with lock:
                result.failures.append(f"connect: {type(exc).__name__}: {exc}"[:200])
            return
        try:
            i = number
            while time.perf_counter() < deadline:
                question = questions[i % len(questions)]
                i += 1
                start = time.perf_counter()
                try:
                    # a bound, so a request the app never answers is a failure, not a hung suite
                    reply = client.submit(question, api_name="/ask").result(timeout=REQUEST_TIMEOUT_S)
                    ok = isinstance(reply, dict) and "answer" in reply
                    error = "" if ok else f"unexpected reply {reply!r}"[:200]
                except Exception as exc:  # noqa: BLE001 - every failure is counted, whatever it is
                    error = f"{type(exc).__name__}: {exc}"[:200]
                with lock:
                    if error:
                        result.failures.append(error)
                    else:
                        result.latencies_ms.append((time.perf_counter() - start) * 1000)
                        result.answered.append((number, start - began))
        finally:
            client.close()

    def timed(during: Callable[[], None]) -> None:
        during()
        result.during_done = time.perf_counter() - began

    threads = [threading.Thread(target=client_loop, args=(n,)) for n in range(clients)]
    if during is not None:
        timer = threading.Timer(during_at, timed, args=(during,))
        threads.append(timer)
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - began
    return result
