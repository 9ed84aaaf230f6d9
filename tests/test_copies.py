"""Copies are one document: the same release with other line endings or saved in another format
(``sync._unique``, ``text.words_key``), while a release differing by a word or a figure stays its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fakes import HashEmbedder
from filemakers import make_docx, make_pdf
from paddockqa.config import Settings
from paddockqa.corpus import read_document
from paddockqa.domain import Document
from paddockqa.pipeline import Pipeline
from paddockqa.sync import _unique
from paddockqa.text import clean_layout, words_key, words_sketches

HEADLINE = "Trophée Andros : Manon Ricard en tête"
BODY = [
    "Communiqué du 14 janvier 2023",
    "Manon Ricard a remporté les deux courses sur glace de Val Thorens et prend la tête du Trophée Andros.",
    "Elle devance désormais Yanis Cordier de 1 250 points, soit 1,5 fois son avance de décembre.",
]
OTHER = "Communiqué du 2 mai 2024\n\nLéa Martin a remporté le Rallye des Cévennes au volant d’une Alpine A110."


def write_release(folder: Path, stem: str, formats: tuple[str, ...], body: list[str] = BODY) -> list[Path]:
    """The release saved as each of ``formats``, each file written as its tool writes it."""
    paths = []
    for suffix in formats:
        path = folder / f"{stem}.{suffix}"
        if suffix == "txt":
            path.write_bytes(("\r\n".join([HEADLINE, *body]) + "\r\n").encode("utf-8"))  # Windows line ends
        elif suffix == "md":
            front = f'---\ntitle: "{HEADLINE}"\ndate: 2023-01-14\ntags: [Andros, glace]\n---\n\n'
            text = (
                "\n\n".join(body)
                .replace("Manon Ricard a", "**Manon Ricard** a")
                .replace("Val Thorens", "[Val Thorens](https://www.valthorens.com/2023)")
            )
            path.write_text(f"{front}# {HEADLINE}\n\n{text}\n", encoding="utf-8")
        elif suffix == "docx":
            make_docx(path, [HEADLINE, *body], title=HEADLINE)
        elif suffix == "html":
            paragraphs = "".join(f"<p>{p}</p>" for p in body)
            path.write_text(
                f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>{paragraphs}</body></html>",
                encoding="utf-8",
            )
        elif suffix == "pdf":
            make_pdf(path, ["\n".join([HEADLINE, *body])], title=HEADLINE)
        paths.append(path)
    return paths


def read(paths: list[Path]) -> list[Document]:
    return sorted((read_document(p, p.name) for p in paths), key=lambda d: d.source)


def test_one_release_in_four_formats_is_one_document(tmp_path: Path) -> None:
    paths = write_release(tmp_path, "andros", ("txt", "md", "docx", "html"))
    (tmp_path / "autre.txt").write_text(OTHER, encoding="utf-8")
    documents = read([*paths, tmp_path / "autre.txt"])
    assert len({d.content_hash for d in documents}) == 5  # four files, read four ways
    unique = _unique(documents)
    assert [(d.source, d.also) for d in unique] == [
        ("andros.docx", ("andros.html", "andros.md", "andros.txt")),
        ("autre.txt", ()),
    ]


def test_a_pdf_carries_the_text_only_when_no_other_copy_can(tmp_path: Path) -> None:
    """Its paragraphs are guessed from where its glyphs sit: "a-andros.pdf", first in name
    order, gives the text to the Word file, unless it carried the text before."""
    pdf, docx = write_release(tmp_path, "a-andros", ("pdf",)) + write_release(tmp_path, "b-andros", ("docx",))
    documents = read([pdf, docx])
    ((kept,),) = [_unique(documents)]
    assert (kept.source, kept.also) == ("b-andros.docx", ("a-andros.pdf",))
    ((kept,),) = [_unique(documents, carried={"a-andros.pdf"})]
    assert (kept.source, kept.also) == ("a-andros.pdf", ("b-andros.docx",))
    (alone,) = _unique(read([pdf]))
    assert (alone.source, alone.also) == ("a-andros.pdf", ())


def test_the_copy_that_carried_the_text_keeps_it(tmp_path: Path) -> None:
    documents = read(write_release(tmp_path, "andros", ("txt", "md", "docx", "html")))
    (kept,) = _unique(documents, carried={"andros.txt"})
    assert (kept.source, kept.also) == ("andros.txt", ("andros.docx", "andros.html", "andros.md"))
    # An index built before formats were compared carried two of them: the first keeps the text.
    (kept,) = _unique(documents, carried={"andros.md", "andros.txt"})
    assert (kept.source, kept.also) == ("andros.md", ("andros.docx", "andros.html", "andros.txt"))


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("1,5 fois", "15 fois"),
        ("1 250 points", "1250 points"),
        ("1 250 points", "1 350 points"),  # a corrected figure
        ("14 janvier 2023", "13 janvier 2024"),  # next year's release on the same template
        ("les deux courses", "les trois courses"),
        ("Manon Ricard a", "Manon Ricard n'a pas"),
        ("Val Thorens", "val Thorens"),  # case is kept
    ],
)
def test_a_near_copy_in_another_format_stays_its_own_document(tmp_path: Path, before: str, after: str) -> None:
    (txt,) = write_release(tmp_path, "andros", ("txt",))
    corrected = [p.replace(before, after) for p in BODY]
    assert corrected != BODY
    (docx,) = write_release(tmp_path, "andros-corrige", ("docx",), corrected)
    assert [(d.source, d.also) for d in _unique(read([txt, docx]))] == [("andros-corrige.docx", ()), ("andros.txt", ())]


def test_the_same_words_are_the_same_key_whatever_the_markup() -> None:
    text = "\n\n".join([HEADLINE, *BODY])
    markdown = (
        "+++\ntitle = 'Andros 2023'\n+++\n"
        + HEADLINE
        + "\n=====\n\n*"
        + BODY[0]
        + "*\n\n"
        + BODY[1].replace("Trophée Andros", "[Trophée Andros](http://x.fr/1)")
        + "\n"
        + BODY[2]
    )
    wrapped = text.replace("courses sur", "courses\nsur").replace("\u0020", "\u00a0", 3)
    assert words_key(markdown, markdown=True) == words_key(text) == words_key(wrapped)
    assert words_key(markdown) != words_key(text)  # read as a .txt, its marks are words and signs
    assert words_key("l'équipe") != words_key("l’équipe")
    # A page whose headline is its title only (an HTML <h1>) reads as the text that opens with it.
    body = "\n\n".join(BODY)
    assert words_key(body, title=HEADLINE) == words_key(text, title=HEADLINE) != words_key(text, title="Andros")
    assert words_key(body, title=HEADLINE) != words_key(body, title=HEADLINE.replace("tête", "retrait"))


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("\n\n".join([HEADLINE, *BODY]), False),
        ("\ufeff---\ntitle: Andros 2023\n---\n# " + HEADLINE + "\n\nVoir [le site](https://x.fr/A1).", True),
        ("| Pilote | Points 2023 |\n|---|---|\n| Manon Ricard | 1 250 |\n| Yanis Cordier | 1 239 |", True),
        ("E\u200b\u0301LAN ﬁnal, 2\u00ad\n023 ÉTÉ", False),  # an invisible character between a capital and its accent
        ("Page 1 de 2\nTrophée Andros 2023\nManon Ricard\fPage 2 de 2\nTrophée Andros 2023\nYanis Cordier", False),
    ],
)
def test_the_sketch_is_what_cleaning_leaves(text: str, markdown: bool) -> None:
    """What ``_unique`` compares before cleaning any text: the same as the cleaned text's."""
    cleaned = clean_layout(text, markdown).text
    assert words_sketches(text, markdown) == ("\n" + re.sub(r"[^0-9A-ZÀ-ÖØ-Þ]+", "", cleaned),)
    with_title = words_sketches(text, markdown, title="Trophée Andros")
    assert with_title[0] == "TA\n" + re.sub(r"[^0-9A-ZÀ-ÖØ-Þ]+", "", cleaned)
    assert len(with_title) == 1 + with_title[0].startswith("TA\nTA")


def test_copies_in_other_formats_stay_one_document_build_after_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy whose text the index does not hold is that copy still while it and the file it
    copies are unchanged, not read again at a build with another change (the build used to
    fail there on a copy with other line endings, then read every copy again); the copies
    are read again when the file they copy goes."""
    import paddockqa.corpus

    reads: list[str] = []
    reading = paddockqa.corpus.read_document

    def counted(path: Path, source: str, *args: object) -> Document:
        reads.append(source)
        return reading(path, source, *args)

    monkeypatch.setattr(paddockqa.corpus, "read_document", counted)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_release(corpus, "andros", ("txt", "md", "docx", "html"))
    (corpus / "autre.txt").write_text(OTHER, encoding="utf-8")
    settings = Settings(corpus=corpus, index=tmp_path / "index", reader="off")
    pipeline = Pipeline(settings, embedder=HashEmbedder("fp32"))
    assert pipeline.build().documents == 2
    andros = ("andros.docx", ("andros.html", "andros.md", "andros.txt"))
    assert [(d.source, d.also) for d in pipeline.documents()][0] == andros
    (corpus / "nouveau.txt").write_text(OTHER.replace("Léa Martin", "Sarah Lefèvre"), encoding="utf-8")
    reads.clear()
    report = pipeline.build()
    assert report.added == ("nouveau.txt",) and report.documents == 3
    assert reads == ["nouveau.txt"]  # the copies were not read again
    assert [(d.source, d.also) for d in pipeline.documents()][0] == andros
    (corpus / "andros.docx").unlink()  # the next copy carries the text on
    reads.clear()
    assert pipeline.build().documents == 3
    assert sorted(reads) == ["andros.html", "andros.md", "andros.txt"]  # read, their text gone from the index
    assert [(d.source, d.also) for d in pipeline.documents()][0] == ("andros.html", ("andros.md", "andros.txt"))
    hits = pipeline.retrieve("Qui devance Yanis Cordier ?").hits
    assert hits[0].chunk.source == "andros.html"
    assert {h.chunk.source for h in hits} <= {"andros.html", "autre.txt", "nouveau.txt"}  # the copies never crowd


def test_a_file_copied_that_changes_between_two_scans_has_its_copies_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build scans again to read copies whose text the index lacks; a file copied that goes
    in between (deleted while the build runs) must not leave its copies rebuilt from its
    stale record, under its format and pages."""
    import paddockqa.pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_release(corpus, "andros", ("txt", "md", "docx", "html"))
    (corpus / "b.txt").write_text(OTHER, encoding="utf-8")
    (corpus / "b-copie.txt").write_bytes(OTHER.replace("\n", "\r\n").encode("utf-8"))  # a copy, other line ends
    pipeline = Pipeline(Settings(corpus=corpus, index=tmp_path / "index", reader="off"), embedder=HashEmbedder("fp32"))
    pipeline.build()
    assert {d.source: d.also for d in pipeline.documents()} == {
        "andros.docx": ("andros.html", "andros.md", "andros.txt"),
        "b-copie.txt": ("b.txt",),
    }

    scanning = paddockqa.pipeline.scan_corpus
    scans: list[int] = []

    def racing(*args, **kwargs):
        scans.append(1)
        if len(scans) == 2:  # the scan for b.txt, the copy whose file copied changed
            (corpus / "andros.docx").unlink()
        return scanning(*args, **kwargs)

    monkeypatch.setattr(paddockqa.pipeline, "scan_corpus", racing)
    (corpus / "b-copie.txt").write_bytes((OTHER + " Elle mène le championnat.").replace("\n", "\r\n").encode("utf-8"))
    pipeline.build()
    documents = {d.source: d for d in pipeline.documents()}
    assert documents["andros.html"].also == ("andros.md", "andros.txt") and documents["andros.html"].format == "html"
    assert "andros.docx" not in documents and "andros.md" not in documents


def test_a_kept_file_renamed_keeps_the_citations(tmp_path: Path) -> None:
    """Renamed, the file that carried a text carries it on: a copy does not take it over."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_release(corpus, "andros", ("txt", "md", "docx", "html"))
    pipeline = Pipeline(Settings(corpus=corpus, index=tmp_path / "index", reader="off"), embedder=HashEmbedder("fp32"))
    pipeline.build()
    (corpus / "andros.docx").rename(corpus / "zz-andros.docx")
    report = pipeline.build()
    assert report.renamed == (("andros.docx", "zz-andros.docx"),)
    assert [(d.source, d.also) for d in pipeline.documents()] == [
        ("zz-andros.docx", ("andros.html", "andros.md", "andros.txt"))
    ]
