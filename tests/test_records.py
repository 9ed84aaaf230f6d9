"""Records read on demand from SQLite: the same chunks, sentences and texts as written, any slice."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from paddockqa import records
from paddockqa.domain import Chunk, Sentence
from paddockqa.errors import PaddockIndexError
from paddockqa.records import Records, write_records


def _written(tmp_path: Path) -> tuple[Path, list[Chunk], list[Sentence], dict[str, str]]:
    texts = {
        "a.txt": "Philippe Gaillard, 42 ans, est sacré champion. « Génial ! » a-t-il lancé.\nÉté 2008 🏁",
        "vide.txt": "",
        "b/c.md": "Deuxième texte\u00ad avec un trait d'union conditionnel et \u200bun espace de largeur nulle.",
    }
    chunks = [Chunk(source, "Titre", 0, len(text), text.strip()) for source, text in texts.items()]
    sentences = [Sentence("a.txt", "Titre", 0, 47, texts["a.txt"][:47]), Sentence("b/c.md", "T", 3, 9, "xième")]
    path = tmp_path / "records.sqlite"
    write_records(path, chunks, sentences, texts.items())
    return path, chunks, sentences, texts


def test_records_come_back_as_written_by_id_slice_and_iteration(tmp_path: Path) -> None:
    path, chunks, sentences, _ = _written(tmp_path)
    stored = Records(path)
    assert len(stored.chunks) == 3 and len(stored.sentences) == 2
    assert list(stored.chunks) == chunks and list(stored.sentences) == sentences
    assert stored.chunks[1] == chunks[1] and stored.chunks[-1] == chunks[-1]
    assert stored.chunks[np.int64(2)] == chunks[2]  # ids come from numpy arrays
    assert stored.chunks[1:] == tuple(chunks[1:]) and stored.sentences[5:9] == ()
    assert stored.chunks[::2] == tuple(chunks[::2])
    with pytest.raises(IndexError):
        stored.chunks[3]


def test_texts_and_their_slices_are_exact_across_blocks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(records, "TEXT_BLOCK", 7)  # many blocks per text, so slices cross them
    path, _, _, texts = _written(tmp_path)
    stored = Records(path)
    assert {s: stored.texts[s] for s in texts} == texts
    rng = random.Random(0)
    for source, text in texts.items():
        for _ in range(200):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text) + 3)
            assert stored.texts.slice(source, start, end) == text[start:end]
    assert "a.txt" in stored.texts and "z.txt" not in stored.texts
    with pytest.raises(KeyError):
        stored.texts["z.txt"]
    with pytest.raises(KeyError):
        stored.texts.slice("z.txt", 0, 3)


def test_a_damaged_records_file_says_run_index(tmp_path: Path) -> None:
    path, *_ = _written(tmp_path)
    data = bytearray(path.read_bytes())
    data[:100] = b"\0" * 100  # the header gone
    path.write_bytes(bytes(data))
    with pytest.raises(PaddockIndexError, match="damaged.*paddockqa index"):
        len(Records(path).chunks)
    with pytest.raises(FileNotFoundError):
        Records(tmp_path / "nothing.sqlite")


def test_records_are_read_without_writing_anything(tmp_path: Path) -> None:
    """Opened read-only and immutable: no journal, no lock file, a missing file never created.
    (Permissions themselves cannot be tested as root, which reads and writes everything.)"""
    folder = tmp_path / "gen"
    folder.mkdir()
    path, chunks, *_ = _written(folder)
    path.chmod(0o444)
    folder.chmod(0o555)
    written = path.stat().st_mtime_ns
    try:
        stored = Records(path)
        assert stored.chunks[0] == chunks[0] and list(stored.sentences) and stored.texts["a.txt"]
        assert [p.name for p in folder.iterdir()] == ["records.sqlite"] and path.stat().st_mtime_ns == written
    finally:
        folder.chmod(0o755)
    path.unlink()
    with pytest.raises(FileNotFoundError):
        Records(path)
    assert not path.exists()
