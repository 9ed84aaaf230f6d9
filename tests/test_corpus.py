"""Reading press files: encodings, titles, dates, and broken files reported, not fatal."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from paddockqa.corpus import Drift, derive_date, derive_title, drift, read_document, scan_corpus, scanned_name
from paddockqa.domain import FileStamp
from paddockqa.formats import UnreadableFile

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
    assert reasons["empty.txt"] == "file is empty" and "only blank space" in reasons["blank.md"]
    assert "not text" in reasons["random.txt"] or "binary" in reasons["random.txt"]
    assert "unsupported" in reasons["image.png"]


def test_markdown_title_and_subfolders(tmp_path: Path) -> None:
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "note.md").write_text("Intro\n# Le vrai titre\n\nTexte du communiqué.", encoding="utf-8")
    (doc,) = scan_corpus(tmp_path).documents
    assert doc.source == "2024/note.md" and doc.title == "Le vrai titre"


def test_title_of_a_single_long_paragraph_is_cut_on_a_word() -> None:
    title = derive_title("Après avoir brillé à Pikes Peak " * 10, fallback="x")  # one 320-character sentence
    assert len(title) <= 301 and title.endswith("…") and not title.endswith(" …")


def test_a_text_without_headline_is_titled_by_its_whole_first_sentence() -> None:
    """Every passage is searched under its title: cut at 120 characters, this lede's title
    lost "Romain Dumas", and a later passage that calls him "le pilote natif d'Alès" was not
    found by a question naming him."""
    lede = (
        "Après avoir brillé à Pikes Peak, avec une victoire de catégorie et la deuxième place du classement "
        "général au mois d’août, Romain Dumas retrouvera les Etats-Unis pour la finale de l’American Le Mans Series."
    )
    text = f"{lede} Le pilote tricolore disputera en effet le Petit Le Mans (20 octobre).\nLe pilote natif d’Alès…"
    assert derive_title(text, fallback="x") == lede
    # An abbreviation ends no sentence; a short first line is a headline, whatever follows.
    long_first = "M. Dupont gagne " + "encore et toujours " * 8 + "au Mans. Puis il part."
    assert derive_title(long_first, "x").endswith("encore et toujours au Mans.")
    assert derive_title(f"Dumas au Mans\n{text}", "x") == "Dumas au Mans"


@pytest.mark.parametrize(
    "above",
    [
        "Par Marc Delorme",
        "Par Marc Delorme et Julie Roux",
        "By John Smith",
        "Par notre envoyé spécial au Mans",
        "De notre correspondante à Indianapolis",
        "Photo : DPPI",
        "Crédit photo : DPPI / Frédéric Le Floc'h",
        "Contact presse : Julie Roux, 06 12 34 56 78",
        "Par Marc Delorme, envoyé spécial au Mans",
        "Par Marc Delorme (AFP)",
        "Par Jean de La Fontaine",
        "Par Jean-Pierre Champeau et Łukasz Nowak",
        "Credit Photo : DPPI",
        "© DPPI",
        "Communiqué du 15 oct. 2008",  # a dateline above a paragraph
        "PARIS, 12 mars (AFP) -",
    ],
)
def test_a_line_above_the_text_that_names_no_subject_is_not_its_title(above: str) -> None:
    """A byline, a credit, a contact or a dateline above a text without a headline: the title
    is the first sentence of the text, under which its passages are searched."""
    lede = "Après avoir brillé à Pikes Peak, Romain Dumas retrouvera les Etats-Unis pour la finale de l’ALMS."
    body = f"{lede} Le pilote tricolore disputera le Petit Le Mans avec Muscle Milk Pickett Racing."
    assert derive_title(f"{above}\n{body}", fallback="x") == lede
    assert derive_title(f"{above}\nDumas au Mans\n\n{body}", fallback="x") == "Dumas au Mans"


@pytest.mark.parametrize(
    "headline",
    [
        "Par la grande porte",
        "PAR AMOUR DU SPORT",  # a release's headline in capitals
        "Par Amour",  # one word: no one's name
        "Photo finish au Mans",
        "Photos : revivez le podium des 24 Heures du Mans",
        "Contact : la FIA répond",
    ],
)
def test_a_headline_that_opens_like_a_byline_or_a_credit_is_a_headline(headline: str) -> None:
    assert derive_title(f"{headline}\n\nRomain Dumas gagne au Mans.", "x") == headline


def test_a_long_line_of_capitals_and_links_is_read_at_once() -> None:
    """Name separators that could be empty made the byline pattern backtrack exponentially: a
    120-character line would have taken days, in every build that read the file."""
    line = "Par A" + "etA" * 38 + "!"
    assert derive_title(f"{line}\nRomain Dumas gagne au Mans.", "x").startswith("Par A")


@pytest.mark.parametrize("opening", ["EXCLUSIF.", "VIDÉO.", "Le Mans, 12 juin.", "Art. 3."])
def test_a_short_first_sentence_takes_the_next_one_into_the_title(opening: str) -> None:
    """A label or a dateline ending with a full stop is no title: the subject comes after it."""
    lede = "Romain Dumas retrouvera les Etats-Unis pour la finale de l’American Le Mans Series, au volant de la HPD."
    title = derive_title(f"{opening} {lede} Il partagera sa voiture avec Klaus Graf.", "x")
    assert title == f"{opening} {lede}"


def test_a_title_cut_inside_one_long_word_keeps_some_of_it() -> None:
    title = derive_title("Un. " + "b" * 400, "x")
    assert title.endswith("…") and 250 <= len(title) <= 301


def test_dates() -> None:
    assert derive_date("Paris, le 1er janvier 2024 : annonce") == "2024-01-01"
    assert derive_date("Publié le 2012-10-20") == "2012-10-20"
    assert derive_date("Publié le 20/10/2012") == "2012-10-20"
    assert derive_date("le samedi 20 octobre, la course") is None  # no year: not a date we can trust
    assert derive_date("le 31 février 2012") is None
    english = "PRESS RELEASE - 4 June 2021\n\nAlpine wins in Monaco\n\nMonaco - Alpine won the race."
    assert derive_date(english) == "2021-06-04" and derive_title(english, fallback="x") == "Alpine wins in Monaco"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # A second walk: a correction cites the release it replaces before its own dateline.
        (
            "RECTIFICATIF — Karting KZ2 : victoire de Hugo Lambert\n\nCe communiqué annule et remplace celui envoyé "
            "le 19 mai 2024.\n\nAngerville, le 20 mai 2024 — Hugo Lambert, 17 ans, a remporté la finale.",
            "2024-05-20",
        ),
        ("Titre\n\nMise à jour du 2 mars 2024\n\nParis, le 1er mars 2024 — Texte.", "2024-03-01"),
        ("Titre\n\nCommuniqué du 14 janvier 2023\n\nUn texte sans dateline.", "2023-01-14"),  # no dateline
        # A date in a sentence is no dateline: the first date stays.
        ("Titre\n\nLe 3 mars 2024, il a gagné.\n\nPuis, le 5 mars 2024 — il signe.", "2024-03-03"),
    ],
)
def test_a_release_is_dated_by_its_dateline_first(head: str, date: str) -> None:
    assert derive_date(head, 2024) == date


def test_every_bad_file_is_reported_and_the_rest_read(tmp_path: Path, monkeypatch) -> None:
    import os

    from filemakers import make_pdf

    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    odd = "Été 2008 — « Le Mans » #1 (copie) 🏁 l'équipe.txt"
    (tmp_path / odd).write_text(TEXT, encoding="utf-8")
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    make_pdf(tmp_path / "locked.pdf", ["Texte secret du communiqué."], password="secret")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "random.txt").write_bytes(os.urandom(20_000))
    with open(tmp_path / "huge.txt", "wb") as out:  # 50 MB of real text
        out.write((TEXT + "\n").encode("utf-8") * (50 * 1024 * 1024 // len(TEXT.encode("utf-8"))))
    (tmp_path / "gone.txt").symlink_to(tmp_path / "moved-elsewhere.txt")
    os.close(os.open(os.path.join(os.fsencode(tmp_path), b"latin1-\xe9t\xe9.txt"), os.O_CREAT | os.O_WRONLY))
    scan = scan_corpus(tmp_path)
    assert sorted(d.source for d in scan.documents) == sorted(["good.txt", odd])
    reasons = {s.source: s.reason for s in scan.skipped}
    assert "corrupt PDF" in reasons["corrupt.pdf"]
    assert "password-protected" in reasons["locked.pdf"]
    assert "empty" in reasons["empty.txt"]
    assert "not a text file" in reasons["random.txt"] or "binary" in reasons["random.txt"]
    assert "over the 20 MB limit" in reasons["huge.txt"]
    assert "broken link" in reasons["gone.txt"]
    assert "not valid UTF-8" in reasons["latin1-\\xe9t\\xe9.txt"]


def test_a_file_deleted_between_listing_and_reading_is_skipped(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT + " Autre.", encoding="utf-8")
    real_open = Path.open

    def vanishing(self: Path, *args, **kwargs):
        if self.name == "a.txt":
            self.unlink()  # another program removes it just now
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", vanishing)
    scan = scan_corpus(tmp_path)
    assert [d.source for d in scan.documents] == ["b.txt"]
    assert scan.skipped[0].source == "a.txt" and "vanished" in scan.skipped[0].reason


def test_unchanged_files_are_not_read_again(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    (first,) = scan_corpus(tmp_path).documents
    stamp = FileStamp(first.source, first.size, first.mtime_ns, first.content_hash)
    again = scan_corpus(tmp_path, known={"a.txt": stamp})
    assert again.documents == () and again.reused == (stamp,)
    path.write_text(TEXT + " Modifié.", encoding="utf-8")
    changed = scan_corpus(tmp_path, known={"a.txt": stamp})
    assert [d.source for d in changed.documents] == ["a.txt"] and changed.reused == ()


def test_pipes_sockets_and_devices_are_skipped_never_read(tmp_path: Path) -> None:
    """A named pipe would block the scan forever and /dev/zero never ends: both are skipped
    with their reason (a thread guards against the hang this test is about)."""
    import os
    import threading

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Un texte de presse sur le Mans.", encoding="utf-8")
    os.mkfifo(corpus / "x.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    found: list = []
    scan = threading.Thread(target=lambda: found.append(scan_corpus(corpus)), daemon=True)
    scan.start()
    scan.join(60)
    assert found, "the scan hung on a special file"
    reasons = {s.source: s.reason for s in found[0].skipped}
    assert [d.source for d in found[0].documents] == ["ok.txt"]
    assert "not a regular file" in reasons["x.txt"] and "not a regular file" in reasons["zero.txt"]
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_document(corpus / "zero.txt", "zero.txt")


def test_what_cannot_be_read_now_keeps_its_previous_version(tmp_path: Path, monkeypatch) -> None:
    """A folder that cannot be listed, or a file that cannot be opened (permissions, as the
    OS reports them: simulated, since root reads everything), is not "removed": its known
    version is kept and the scan says why; only a file that is gone is dropped."""
    import os

    (tmp_path / "equipe").mkdir()
    (tmp_path / "equipe" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT + " Autre.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(TEXT + " Encore.", encoding="utf-8")
    first = scan_corpus(tmp_path)
    known = {d.source: FileStamp(d.source, 1, 1, d.content_hash) for d in first.documents}  # stamps that force a read
    real_scandir, real_open = os.scandir, Path.open

    def closed_folder(path="."):
        if Path(path).name == "equipe":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def closed_file(self: Path, *args, **kwargs):
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", closed_folder)
    monkeypatch.setattr(Path, "open", closed_file)
    (tmp_path / "c.txt").unlink()
    scan = scan_corpus(tmp_path, known=known)
    assert {s.source for s in scan.stamps} == {"equipe/a.txt", "b.txt"}  # c.txt is gone, the others are kept
    assert [k.source for k in scan.kept] == ["b.txt"]  # with its size and time now (a folder's files: none)
    reasons = {s.source: s.reason for s in scan.skipped}
    assert "Permission denied" in reasons["equipe/"] and "1 documents keep their previous version" in reasons["equipe/"]
    assert "Permission denied" in reasons["b.txt"] and "previous version stays" in reasons["b.txt"]


def test_a_known_file_emptied_or_damaged_keeps_its_previous_version(tmp_path: Path) -> None:
    """A sixth walk: a release emptied by a bad save (``: > file.txt``) was removed from the
    index, its facts gone until the text came back; so was one overwritten with garbage. A
    file there but unreadable keeps its previous version, and the scan says why; a new file
    so broken is only skipped, and a file gone is dropped."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT + " Autre.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(TEXT + " Encore.", encoding="utf-8")
    first = scan_corpus(tmp_path)
    known = {d.source: FileStamp(d.source, d.size, d.mtime_ns, d.content_hash) for d in first.documents}
    (tmp_path / "a.txt").write_bytes(b"")  # emptied
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 2)  # overwritten with garbage: damaged
    (tmp_path / "c.txt").unlink()
    (tmp_path / "new.txt").write_bytes(b"   \n")  # blank, and never indexed
    scan = scan_corpus(tmp_path, known=known)
    assert {s.source for s in scan.stamps} == {"a.txt", "b.txt"}
    reasons = {s.source: s.reason for s in scan.skipped}
    assert "empty" in reasons["a.txt"] and "previous version stays" in reasons["a.txt"]
    assert "previous version stays" in reasons["b.txt"]
    assert "previous version" not in reasons["new.txt"] and "c.txt" not in reasons


def test_scanning_reports_progress_from_the_start(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Communiqué numéro {i}.\n", encoding="utf-8")
    calls: list[tuple[str, int, int]] = []
    scan_corpus(tmp_path, progress=lambda stage, done, total: calls.append((stage, done, total)))
    assert calls[0] == ("reading", 0, 3) and calls[-1] == ("reading", 3, 3)
    assert [done for _, done, _ in calls] == sorted(done for _, done, _ in calls)


def test_drift_compares_a_folder_with_an_index_by_stat_alone(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Philippe Gaillard a 42 ans.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Romain Dumas est né à Alès.", encoding="utf-8")
    (tmp_path / "vide.txt").write_bytes(b"")  # skipped by the build: never "new"
    (tmp_path / "notes.xyz").write_text("pas un texte de presse", encoding="utf-8")  # never indexed: not counted
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "c.txt").write_text("caché", encoding="utf-8")
    scan = scan_corpus(tmp_path)
    assert [s.source for s in scan.skipped] == ["notes.xyz", "vide.txt"]
    built = time.time_ns()
    assert drift(tmp_path, scan.stamps, built) == Drift(0, 0, 0) and not drift(tmp_path, scan.stamps, built).any
    (tmp_path / "a.txt").write_text("Philippe Gaillard a 43 ans.", encoding="utf-8")  # same size, new time
    os.utime(tmp_path / "a.txt", ns=(1, 1))
    (tmp_path / "b.txt").unlink()
    (tmp_path / "new.md").write_text("# Nouveau", encoding="utf-8")
    os.utime(tmp_path / "new.md", ns=(built + 10**9, built + 10**9))
    (tmp_path / "old.md").write_text("# Copié avec sa date", encoding="utf-8")
    os.utime(tmp_path / "old.md", ns=(built - 10**9, built - 10**9))  # its old time kept: missed, as documented
    assert drift(tmp_path, scan.stamps, built) == Drift(new=1, changed=1, removed=1)
    # Moved into a sub-folder with its time kept (what `mv` does): that file, not one gone and one missed.
    (tmp_path / "2008").mkdir()
    (tmp_path / "b.txt").write_text("Romain Dumas est né à Alès.", encoding="utf-8")
    scan = scan_corpus(tmp_path)
    (tmp_path / "b.txt").rename(tmp_path / "2008" / "b.txt")
    assert drift(tmp_path, scan.stamps, built) == Drift(new=0, changed=0, removed=0, moved=1)
    (tmp_path / "2008" / "b.txt").write_text("Romain Dumas est né à Alès !", encoding="utf-8")  # then edited
    os.utime(tmp_path / "2008" / "b.txt", ns=(built + 10**9, built + 10**9))
    assert drift(tmp_path, scan.stamps, built) == Drift(new=1, changed=0, removed=1, moved=0)


def test_a_scanned_name_is_one_the_scan_meets_and_never_outside_the_folder(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    (corpus / "sub").mkdir(parents=True)
    (corpus / ".trash").mkdir()
    outside.mkdir()
    for path in (corpus / "a.txt", corpus / "sub" / "b.txt", corpus / ".trash" / "c.txt", outside / "d.txt"):
        path.write_text("x", encoding="utf-8")
    (corpus / "linked").symlink_to(outside)  # a linked folder: not walked into
    (corpus / "e.txt").symlink_to(outside / "d.txt")  # a linked file: read through its link
    met = {d.source for d in scan_corpus(corpus).documents}
    assert met == {"a.txt", "sub/b.txt", "e.txt"}  # the scan itself, which the function follows
    for name in met:
        assert scanned_name(corpus, name)
    for name in [
        ".trash/c.txt",
        "linked/d.txt",
        "../outside/d.txt",
        str(outside / "d.txt"),
        "sub",
        "absent.txt",
        "",
        "a\x00.txt",
    ]:
        assert not scanned_name(corpus, name), name


HEADLINE = "Trophée Andros : Manon Ricard s’impose à Orcières"
BODY = "\n\nManon Ricard a remporté la course d’Orcières.\n\nElle devance Yanis Cordier de onze points.\n"


@pytest.mark.parametrize(
    ("top", "date"),
    [
        (f"{HEADLINE}\nCommuniqué du 14 janvier 2023", "2023-01-14"),
        (f"{HEADLINE}\n14.01.2023", "2023-01-14"),
        (f"{HEADLINE}\n04/02/23", "2023-02-04"),  # day first, as the French write it
        (f"{HEADLINE}\n4.2.2023", "2023-02-04"),
        (f"{HEADLINE}\nPublié le 14/01/23 à 10h30", "2023-01-14"),
        (f"{HEADLINE}\nFebruary 4th, 2023", "2023-02-04"),
        (f"{HEADLINE}\n4 February 2023", "2023-02-04"),
        (f"{HEADLINE}\nCommuniqué de presse\nLe 4 février 2023", "2023-02-04"),
        (f"Communiqué de presse\n{HEADLINE}\nLe 4 février 2023", "2023-02-04"),
        (f"COMMUNIQUÉ DE PRESSE\n{HEADLINE}\n14.01.2023", "2023-01-14"),
        (f"{HEADLINE}\nInformation presse\n4 February 2023", "2023-02-04"),
        (f"Press release\n{HEADLINE}\nFebruary 4, 2023", "2023-02-04"),
        (f"{HEADLINE}\r\nCommuniqué de presse\r\n04/02/2023", "2023-02-04"),
    ],
)
def test_a_headline_above_a_dateline_or_a_label_is_the_title(top: str, date: str) -> None:
    """The dateline gives the date and the headline the title: a dateline the layout did not
    know ("14.01.2023") was glued to the headline, and a date it took for a dateline's
    ("February 4th, 2023") made the whole line skipped; a label is left out of the title."""
    text = top + BODY
    assert derive_title(text, fallback="x") == HEADLINE
    assert derive_date(text) == date


@pytest.mark.parametrize(
    "first",
    [
        "Elle a signé 1.39.34 au tour et gagné 3 courses sur 12.",
        "Le numéro 4 a pris 14 points en 2023.",
        "Réservations au 06.12.34.56.78 avant le 12/13.",
    ],
)
def test_a_first_sentence_with_numbers_is_no_dateline(first: str) -> None:
    """A lap time, a score or a phone number is no date: the sentence is the title, not
    skipped as a dateline, and the text states no date."""
    assert derive_title(f"{first}{BODY}", fallback="x") == first
    assert derive_date(f"{first}{BODY}") is None


@pytest.mark.parametrize(
    "above",
    [
        "COMMUNIQUÉ DE PRESSE — TEAM VENTOUX ENDURO",
        "ARVERNE RACING — COMMUNIQUÉ DE PRESSE",
        "ASA ALPES-PROVENCE — COMMUNIQUÉ DE FIN DE RALLYE",
        "BROOK MOTORSPORT — PRESS RELEASE",
        "Écurie Rhône-Alpes Rallye – Communiqué",
    ],
)
def test_a_releases_label_with_its_sender_above_a_headline_is_not_its_title(above: str) -> None:
    """Who sends a release, beside its label, names no subject: the headline under it is the
    title (a twenty-fourth walk's interview was titled "COMMUNIQUÉ DE PRESSE — TEAM VENTOUX
    ENDURO", and whom it interviews, on the next line, went unread)."""
    headline = "Entretien avec Noé Ferrandi, champion de France Enduro Junior 2025"
    body = "Carpentras, le 14 octobre 2025 — Au lendemain de la dernière épreuve, notre pilote a répondu."
    assert derive_title(f"{above}\n{headline}\n\n{body}", fallback="x") == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Communiqué — Berry Compétition présente sa saison 2025",  # a headline after the label
        "ARVERNE RACING — COMMUNIQUÉ DE PRESSE",  # alone above the text: the only title there is
    ],
)
def test_a_label_line_that_is_the_only_headline_stays_the_title(headline: str) -> None:
    body = "Clermont-Ferrand, le 20 octobre 2025 — Après vingt-quatre saisons en sport automobile, " * 3
    assert derive_title(f"{headline}\n\n{body}", fallback="x") == headline
