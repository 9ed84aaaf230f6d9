"""Under load: 20 concurrent API clients for 60 s on 127.0.0.1, with an index swapped in midway."""

from __future__ import annotations

import time

import pytest

from loadgen import run_load

pytestmark = pytest.mark.slow

QUESTIONS = [
    "Combien de pole positions Philippe Gaillard a-t-il signées ?",
    "Avec quelle équipe Romain Dumas dispute-t-il le Petit Le Mans ?",
    "Comment Patrick Pilet juge-t-il le championnat ALMS ?",
    "Où est né Romain Dumas ?",
]
NEW_TEXT = (
    "Communiqué du 2 mai 2024\n\nRallye : \nLéa Martin s’impose\n\n"
    "Léa Martin a remporté le Rallye des Cévennes au volant d’une Alpine A110. "
    "Elle devance de douze secondes son plus proche rival."
)


def test_twenty_clients_for_a_minute_with_an_index_swap(app_url: str, settings, embedder) -> None:
    from gradio_client import Client

    from paddockqa.pipeline import Pipeline

    swapped: list[str] = []
    swapped_at: list[float] = []  # seconds since the load began, when the new index was in place
    began = time.perf_counter()

    def rebuild_elsewhere() -> None:  # what `paddockqa index` in another terminal does
        (settings.corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")
        report = Pipeline(settings, embedder=embedder).build()
        swapped.extend(report.added)
        swapped_at.append(time.perf_counter() - began)

    result = run_load(app_url, QUESTIONS, clients=20, seconds=60, during=rebuild_elsewhere, during_at=20)
    print("\nload:", result.summary())  # shown with -s, and in the CI log on failure
    assert swapped == ["nouveau.txt"]
    assert result.failures == []
    # Every client kept being answered after the swap: none was left hanging on the old index.
    # How many answers a minute buys is the machine's speed, measured by benchmarks/load.py, not here.
    served = result.answered_after(swapped_at[0])
    assert sorted(served) == list(range(20)), f"clients never answered after the swap: {served}"
    client = Client(app_url, verbose=False, analytics_enabled=False)
    reply = client.predict("Qui a gagné le Rallye des Cévennes ?", api_name="/ask")
    client.close()
    assert reply["citations"][0]["source"] == "nouveau.txt"  # answers come from the new index
