"""Under load: 20 concurrent API clients for 60 s on 127.0.0.1, with an index swapped in midway."""

from __future__ import annotations

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

    def rebuild_elsewhere() -> None:  # what `paddockqa index` in another terminal does
        (settings.corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")
        report = Pipeline(settings, embedder=embedder).build()
        swapped.extend(report.added)

    result = run_load(app_url, QUESTIONS, clients=20, seconds=60, during=rebuild_elsewhere, during_at=20)
    print("\nload:", result.summary())  # shown with -s, and in the CI log on failure
    assert swapped == ["nouveau.txt"]
    assert result.failures == []
    # Every client asked again once the new index was in place, and was answered: none was left
    # hanging on the old one. How many answers a minute buys is the machine's speed, measured by
    # benchmarks/load.py, not here.
    assert result.during_done is not None
    served = result.asked_after(result.during_done)
    assert sorted(served) == list(range(20)), f"clients not answered after the swap: {served}"
    client = Client(app_url, verbose=False, analytics_enabled=False)
    reply = client.predict("Qui a gagné le Rallye des Cévennes ?", api_name="/ask")
    client.close()
    assert reply["citations"][0]["source"] == "nouveau.txt"  # answers come from the new index
