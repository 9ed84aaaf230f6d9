"""Reading press files: encodings, titles, dates, and broken files reported, not fatal."""

from __future__ import annotations

from pathlib import Path

from paddockqa.corpus import derive_date, derive_title, scan_corpus

TEXT = "Communiqué du 3 mars 2011\n\nAlpine : \nVictoire à Monaco\n\nLe pilote a gagné le rallye. Il était ému."


def test_seed_titles_and_dates() -> None:
    scan = scan_corpus(Path(__file__).resolve().parent.parent / "corpus")
    by_source = {d.source: d for d in scan.documents}
    assert len(by_source) == 3 and scan.skipped == ()
    gaillard = by_source["001_99e132d26c260f21.txt"]
    assert gaillard.title == "Porsche Matmut Carrera Cup : Immense GAILLARD"
    assert gaillard.date == "2008-10-15"
    assert by_source["000_ef99629208891509.txt"].title.startswith("UN NOUVEAU CHALLENGE")


def test_encodings_are_detected(tmp_path: Path) -> None:
    (tmp_path / "utf8.txt").write_bytes(TEXT.encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    (tmp_path / "cp1252.txt").write_bytes((TEXT + " L’écurie « Alpine » a gagné.").encode("cp1252"))
    (tmp_path / "latin1.txt").write_bytes((TEXT + " Élève, façade, être.").encode("latin-1"))
    scan = scan_corpus(tmp_path)
    docs = {d.source: d for d in scan.documents}
    assert scan.skipped == ()
    assert docs["utf8.txt"].text == TEXT and docs["utf8.txt"].encoding == "utf-8"
    assert docs["bom.txt"].text == TEXT  # the BOM is not part of the text, so offsets match
    assert "L’écurie « Alpine » a gagné." in docs["cp1252.txt"].text
    assert "Élève, façade, être." in docs["latin1.txt"].text
    assert all(d.title == "Alpine : Victoire à Monaco" and d.date == "2011-03-03" for d in docs.values())


def test_broken_files_are_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "random.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "image.png").write_bytes(b"\x89PNG....")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    scan = scan_corpus(tmp_path)
    assert [d.source for d in scan.documents] == ["good.txt"]
    reasons = {s.source: s.reason for s in scan.skipped}
    assert set(reasons) == {"empty.txt", "blank.md", "random.txt", "image.png"}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.md"]
    assert "not text" in reasons["random.txt"] or "binary" in reasons["random.txt"]
    assert "unsupported" in reasons["image.png"]


def test_markdown_title_and_subfolders(tmp_path: Path) -> None:
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "note.md").write_text("Intro\n# Le vrai titre\n\nTexte du communiqué.", encoding="utf-8")
    (doc,) = scan_corpus(tmp_path).documents
    assert doc.source == "2024/note.md" and doc.title == "Le vrai titre"


def test_title_of_a_single_long_paragraph_is_cut_on_a_word() -> None:
    title = derive_title("Après avoir brillé à Pikes Peak " * 10, fallback="x")
    assert len(title) <= 121 and title.endswith("…") and not title.endswith(" …")


def test_dates() -> None:
    assert derive_date("Paris, le 1er janvier 2024 : annonce") == "2024-01-01"
    assert derive_date("Publié le 2012-10-20") == "2012-10-20"
    assert derive_date("Publié le 20/10/2012") == "2012-10-20"
    assert derive_date("le samedi 20 octobre, la course") is None  # no year: not a date we can trust
    assert derive_date("le 31 février 2012") is None
