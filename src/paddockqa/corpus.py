"""Files on disk -> Documents.

Walks the corpus folder, reads every supported file (see ``formats``) and derives a
title and a date. A file that cannot be read is reported as ``Skipped`` and never stops
the others. A file whose size and modification time match what the index recorded is
not read again: the index already holds its text (``CorpusScan.reused``), which is what
makes re-running ``paddockqa index`` on an unchanged corpus fast.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from stat import S_ISDIR, S_ISREG

from paddockqa import messages
from paddockqa.config import DEFAULT_MAX_FILE_MB
from paddockqa.dates import find_date
from paddockqa.domain import Document, FileStamp, Skipped
from paddockqa.errors import CorpusError
from paddockqa.formats import SUFFIXES, UnreadableFile, extract, unsupported_reason
from paddockqa.text import (
    RELEASE_LABEL,
    clean_layout,
    collapse_whitespace,
    opens_with_dateline,
    short_title,
    split_sentences,
)


class UnreadableNow(UnreadableFile):
    """A file that is there but cannot be read at the moment (permissions, I/O error)."""


class FileGone(UnreadableFile):
    """A file listed in the folder and gone by the time it was read."""


_DEFAULT_MAX_BYTES = int(DEFAULT_MAX_FILE_MB * 1024 * 1024)
_VANISHED = messages.en("vanished")
_NOT_A_FILE = messages.en("not_a_file")
_TITLE_MAX = 120  # a longer line is a paragraph, not a headline
# A text without a headline is titled by its first sentence, cut only past this: every passage
# is searched under its title (``Chunk.indexed_text``), and a lede names its subject late
# ("Après avoir brillé à Pikes Peak, avec une victoire de catégorie et la deuxième place du
# classement général au mois d'août, Romain Dumas retrouvera…", 205 characters): cut at 120,
# the release's later passages were searched under a title without "Romain Dumas".
_LEDE_MAX = 300
_HEAD_CHARS = 400  # a press text states its date in its first lines


@dataclass(frozen=True)
class CorpusScan:
    """What a corpus folder holds: the documents read, the files reused unread, the skipped."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    reused: tuple[FileStamp, ...] = ()  # unchanged since the last build: not read again
    # Files there but unreadable, each kept at its previous version: their size and time now
    # (``drift`` does not count them as changed until they change again).
    kept: tuple[FileStamp, ...] = ()

    @property
    def stamps(self) -> tuple[FileStamp, ...]:
        """Every indexable file, in source order."""
        read = (FileStamp(d.source, d.size, d.mtime_ns, d.content_hash) for d in self.documents)
        return tuple(sorted((*read, *self.reused), key=lambda s: s.source))


def is_hidden(relative: Path) -> bool:
    """A path inside the corpus that is never indexed: it or a folder above it starts with a
    dot (editor swap files, .git, the app's .trash and the like)."""
    return any(part.startswith(".") for part in relative.parts)


def check_corpus(folder: Path) -> None:
    """Raise CorpusError, saying what to do, unless ``folder`` is a folder."""
    if folder.is_file():
        raise CorpusError(messages.en("corpus_is_file", folder=folder))
    if not folder.is_dir():
        raise CorpusError(messages.en("no_corpus", folder=folder, suffixes=", ".join(SUFFIXES)))


def scan_corpus(
    folder: Path,
    known: Mapping[str, FileStamp] | None = None,
    max_bytes: int = _DEFAULT_MAX_BYTES,
    progress: Callable[[str, int, int], None] | None = None,
    reader: FileReader | None = None,
) -> CorpusScan:
    """Read every supported file below ``folder``, in a stable order.

    Args:
        folder: the corpus folder.
        known: the files the index was built from; one whose size and modification time
            are unchanged is listed in ``reused`` instead of being read.
        max_bytes: larger files are skipped with a reason.
        progress: called ``("reading", files done, files found)`` once the folder is
            listed and after each file read, so a large corpus shows progress from the start.
        reader: reads the files that need reading (default ``read_files``, here, one by one;
            ``cluster.read_files_on_ray`` spreads them over a Ray cluster).
    """
    check_corpus(folder)
    known = known or {}
    documents: list[Document] = []
    reused: list[FileStamp] = []
    kept: list[FileStamp] = []
    skipped: list[Skipped] = []
    files, closed = _files(folder)
    report = progress or (lambda stage, done, total: None)
    to_read: list[tuple[Path, str]] = []
    now: dict[str, FileStamp] = {}  # each file read's size and time as listed
    report("reading", 0, len(files))
    for listed, path in enumerate(sorted(files)):
        # Files settled without reading (reused, skipped) count as done as they are met, those
        # queued as they are read: the count only grows, from the first second.
        report("reading", listed - len(to_read), len(files))
        relative = path.relative_to(folder)
        if is_hidden(relative):
            continue
        source = relative.as_posix()
        try:
            source.encode("utf-8")
        except UnicodeEncodeError:
            printable = os.fsencode(source).decode("utf-8", "backslashreplace")
            skipped.append(Skipped(printable, messages.en("bad_name")))
            continue
        if path.suffix.lower() not in SUFFIXES:
            skipped.append(Skipped(source, unsupported_reason(path.suffix)))
            continue
        try:
            stat = path.stat()
        except OSError:
            reason = messages.en("broken_link") if path.is_symlink() else _VANISHED
            skipped.append(Skipped(source, reason))
            continue
        if not S_ISREG(stat.st_mode):
            skipped.append(Skipped(source, _NOT_A_FILE))
            continue  # a named pipe would block the read forever, a device never end
        old = known.get(source)
        if old is not None and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            reused.append(old)
            continue
        to_read.append((path, source))
        now[source] = FileStamp(source, stat.st_size, stat.st_mtime_ns, "")
    done = len(files) - len(to_read)

    def advance(n: int) -> None:
        nonlocal done
        done += n
        report("reading", done, len(files))

    outcomes = (reader or read_files)(to_read, max_bytes, advance)
    for (_, source), outcome in zip(to_read, outcomes, strict=True):
        old = known.get(source)
        if isinstance(outcome, Document):
            documents.append(outcome)
        elif old is not None and not isinstance(outcome, FileGone):
            # There but unreadable: never dropped from the index. Not only for now (permissions):
            # a release emptied or cut short by a bad save was its only text the index still held
            # (a sixth walk; the reason says that its previous version stays).
            reused.append(old)
            kept.append(replace(now[source], content_hash=old.content_hash))
            skipped.append(Skipped(source, messages.en("previous_version", reason=messages.of(outcome))))
        else:
            skipped.append(Skipped(source, messages.of(outcome)))
    report("reading", len(files), len(files))
    for name, why in closed:
        # A folder that cannot be listed: its files are not gone, they keep their previous version.
        unlisted = [stamp for source, stamp in known.items() if source.startswith(name + "/")]
        reused.extend(unlisted)
        skipped.append(Skipped(name + "/", messages.en("folder_unreadable", reason=why, kept=len(unlisted))))
    return CorpusScan(tuple(documents), tuple(skipped), tuple(reused), tuple(kept))


FileReader = Callable[[Sequence[tuple[Path, str]], int, Callable[[int], None]], list["Document | UnreadableFile"]]


def read_files(
    files: Sequence[tuple[Path, str]],
    max_bytes: int = _DEFAULT_MAX_BYTES,
    progress: Callable[[int], None] | None = None,
) -> list[Document | UnreadableFile]:
    """Each (path, source) read with ``read_document``, or the error saying why it could not be:
    one outcome per file, in order; calls ``progress(1)`` after each."""
    outcomes: list[Document | UnreadableFile] = []
    for path, source in files:
        try:
            outcomes.append(read_document(path, source, max_bytes))
        except UnreadableFile as exc:
            outcomes.append(exc)
        if progress:
            progress(1)
    return outcomes


@dataclass(frozen=True)
class Drift:
    """How a corpus folder differs from what its index was built from, by ``stat`` alone."""

    new: int  # files of a supported type the index does not hold, modified after it was built
    changed: int  # size or modification time not the ones indexed
    removed: int  # indexed, and gone from the folder
    moved: int = 0  # indexed, and now under another name or folder (same size and time)

    @property
    def any(self) -> bool:
        return bool(self.new or self.changed or self.removed or self.moved)


def drift(folder: Path, stamps: Sequence[FileStamp], built_ns: int, kept: Sequence[FileStamp] = ()) -> Drift:
    """Compare ``folder`` with an index's ``stamps`` without reading a file (one ``stat``
    each: 0.2 s for 10,000 files here, cached), so `ask` can say the index is behind.

    A file the index does not hold counts as new only when modified after ``built_ns`` (the
    index's creation, ns since the epoch): one the build skipped (empty, damaged, too large)
    is older, and no build would add it; an indexed file the build kept at its previous
    version (``kept``: emptied, damaged, with its size and time then) is not changed until it
    changes again, since no build would change it. A file copied in with its old time kept is missed,
    unless an indexed file of its size and time is gone: then it is that file moved or renamed
    (``mv`` keeps the time), counted in ``moved`` and not as gone.
    Hidden files, unsupported types and what is not a regular file are left out, as
    ``scan_corpus`` leaves them; a known file under a sub-folder that cannot be listed is not
    gone (``scan_corpus`` keeps it). Raises CorpusError when ``folder`` is not one.
    """
    check_corpus(folder)
    known = {s.source: s for s in stamps}
    kept_as = {s.source: (s.size, s.mtime_ns) for s in kept}
    new = changed = 0
    seen: set[str] = set()
    unknown: list[tuple[int, int]] = []  # (size, time) of the files the index does not hold
    files, closed = _files(folder)
    for path in files:
        relative = path.relative_to(folder)
        if is_hidden(relative) or path.suffix.lower() not in SUFFIXES:
            continue
        source = relative.as_posix()
        old = known.get(source)
        if old is not None:
            seen.add(source)
        try:
            stat = path.stat()
        except OSError:  # a broken link, or gone meanwhile
            changed += old is not None
            continue
        if old is None:
            if S_ISREG(stat.st_mode):
                unknown.append((stat.st_size, stat.st_mtime_ns))
        else:
            listed = (stat.st_size, stat.st_mtime_ns)
            changed += (old.size, old.mtime_ns) != listed and kept_as.get(source) != listed
    unlisted = tuple(f"{name}/" for name, _ in closed)
    gone = Counter((known[s].size, known[s].mtime_ns) for s in known.keys() - seen if not s.startswith(unlisted))
    moved = 0
    for stamp in unknown:
        if gone[stamp] > 0:  # a gone file's size and time: that file, moved
            gone[stamp] -= 1
            moved += 1
        else:
            new += stamp[1] > built_ns
    return Drift(new, changed, gone.total(), moved)


def scanned_name(folder: Path, source: str) -> bool:
    """Whether ``source`` names an entry the corpus scan meets (``_files``): relative, below
    no hidden or linked folder, not itself a folder. Never looks outside ``folder``: an
    absolute name, "..", a hidden part or a linked folder is refused before the disk is read."""
    relative = Path(source)
    if not source or relative.is_absolute() or ".." in relative.parts or is_hidden(relative):
        return False
    try:
        for depth in range(1, len(relative.parts)):
            mode = (folder / Path(*relative.parts[:depth])).lstat().st_mode
            if not S_ISDIR(mode):  # a link to a folder is not walked into
                return False
        path = folder / relative
        return os.path.lexists(path) and not path.is_dir()
    except (OSError, ValueError):  # gone, unreadable, a NUL in the name
        return False


def _files(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Every file below ``folder``, and the sub-folders that could not be listed, with why."""
    out: list[Path] = []
    closed: list[tuple[str, str]] = []

    def unreadable(error: OSError) -> None:
        if error.filename and Path(error.filename) != folder:
            closed.append((Path(error.filename).relative_to(folder).as_posix(), error.strerror or str(error)))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        out.extend(Path(root) / name for name in names)
    return out, closed


def read_document(path: Path, source: str, max_bytes: int = _DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a Document, or raise UnreadableFile with the reason."""
    try:
        stat = path.stat()
        if not S_ISREG(stat.st_mode):
            raise UnreadableFile(_NOT_A_FILE)
        if stat.st_size > max_bytes:
            raise UnreadableFile(messages.en("too_big", size=stat.st_size / 1024 / 1024, limit=max_bytes / 1024 / 1024))
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # bounded as it reads: a file may grow after stat
        if len(raw) > max_bytes:
            raise UnreadableFile(messages.en("grew", limit=max_bytes / 1024 / 1024))
    except FileNotFoundError as exc:
        raise FileGone(_VANISHED) from exc
    except OSError as exc:
        raise UnreadableNow(messages.en("cannot_read", reason=exc.strerror or exc)) from exc
    found = extract(raw, Path(source).suffix)  # the name the user gave: an upload's temporary copy may differ
    year = dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC).year
    markdown = found.format == "md"
    stated = derive_date(found.text, year, markdown)
    # Front matter and page metadata are written by people; a PDF's or a Word file's are the
    # file's own creation, so the date written in the text comes first for those.
    date = found.date or stated if found.format in ("md", "html") else stated or found.date
    stated_title = None if _file_name_like(found.title, source, found.format) else found.title
    title = stated_title or derive_title(found.text, fallback=path.stem, markdown=markdown)
    # The hash covers what the index stores of the file, metadata included: a new front-matter
    # date is a change to index, and only files alike in all of it are one document.
    stored = [found.text, title, date, found.format, found.author, found.origin, list(found.pages)]
    return Document(
        source=source,
        title=title,
        date=date,
        text=found.text,
        content_hash=hashlib.sha256(json.dumps(stored, ensure_ascii=False).encode("utf-8")).hexdigest(),
        encoding=found.encoding,
        format=found.format,
        author=found.author,
        origin=found.origin,
        pages=found.pages,
        size=stat.st_size,
        mtime_ns=stat.st_mtime_ns,
    )


def _file_name_like(title: str | None, source: str, format: str = "pdf") -> bool:
    """A metadata title that only repeats a file's name or a tool's default ("cevennes" for
    cevennes.pdf, "Microsoft Word - note.docx", "Document1"): no title (pure).

    A file name as a tool writes it ("cevennes", "cp_2024-05-02") is one whatever the file is
    called now: renamed, the file keeps its title and its text, so it is a move, not an edit.
    """
    if not title:
        return True
    flat = re.sub(r"[\W_]+", "", title.lower())
    stem = re.sub(r"[\W_]+", "", Path(source).stem.lower())
    # Only a tool fills a PDF's or a Word file's title; a person writes front matter and og:title ("f1", "24h").
    slug = format in ("pdf", "docx") and _SLUG.fullmatch(title.strip()) is not None
    return slug or flat in (stem, "untitled", "sanstitre") or bool(_TOOL_TITLE.match(title))


_TITLE_HEAD_CHARS = 20_000  # front matter and a few short lines fit many times over
_SLUG = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")  # small ASCII letters and digits, no space
_TOOL_TITLE = re.compile(r"(?:microsoft (?:word|powerpoint) - |document\d*$|untitled\b|sans titre\b)", re.IGNORECASE)


_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DAY_MONTH = (
    r"\d{1,2}(?:er)?\s+(?:janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t"
    r"|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?"
)
# A line that opens a release without being its headline: a dateline without a year, which
# ``find_date`` does not take for a date ("PARIS, 12 mars (AFP) -", "Alès, mardi", "Le Mans,
# le 2 juin :"), or the release's label ("Communiqué de presse", "Pour diffusion immédiate").
_NOT_HEADLINE = re.compile(
    rf"(?:[^\W\d_][\w’'.-]*(?:[ -][\w’'.-]+){{0,3}},\s*(?:le\s+)?(?:{_WEEKDAY}(?:\s+{_DAY_MONTH})?|{_DAY_MONTH})"
    rf"|{RELEASE_LABEL.pattern})\s*(?:\([A-Z]{{2,8}}\))?\s*[-–—:]?\s*",
    re.IGNORECASE,
)
# Nor a byline, a credit or a contact line above the text ("Par Marc Delorme", "By John
# Smith (AFP)", "De notre envoyé spécial au Mans", "Photo : DPPI", "Contact presse : Julie
# Roux"): every passage is searched under the title, and these name no subject. A byline
# is two to four names written as names, "Jean-Pierre", "de La Fontaine" ("Par la grande
# porte", "PAR AMOUR DU SPORT" and "Par Amour" are headlines); a credit or a contact is a
# short rest that opens with a capital, a digit or © ("Photos : revivez le podium" is a
# headline). Each name is one run of letters between separators that cannot be empty, so a
# long line cannot make the pattern backtrack exponentially.
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÝŁŒ", "a-zß-öø-ÿłœ"
_NAME = rf"[{_UPPER}][{_LOWER}’'.]*(?:-[{_UPPER}]?[{_LOWER}’'.]+)*"
_NAMES = rf"{_NAME}(?:\s+(?:(?:de|du|des|van|von|der|le|la)\s+)?{_NAME}){{1,3}}"
_BYLINE = re.compile(
    rf"(?i:par|by)\s+{_NAMES}(?:(?:\s*,\s*|\s+(?i:et|and)\s+|\s*&\s*){_NAMES})*"
    r"(?:\s*\([A-Z]{2,8}\)|\s*,\s*(?i:(?:envoyée?s?\s+spéciale?s?|correspondante?s?|journaliste|rédaction)\b.{0,60}))?"
    r"|(?i:(?:par|de)\s+(?:notre|nos)\s+(?:envoyée?s?\s+spéciale?s?|correspondante?s?)\b.*)"
    r"|(?i:(?:crédits?\s+photos?|credits?\s+photos?|photos?(?:\s+credits?)?|crédits?|credits?|contacts?(?:\s+presse)?)\s*:)"
    r"\s*[\dA-ZÀ-Ý©].{0,60}"
    r"|©\s*\S.{0,60}"
)
# A release's label with who sends it, on either side: "COMMUNIQUÉ DE PRESSE — TEAM VENTOUX ENDURO",
# "ASA ALPES-PROVENCE — COMMUNIQUÉ DE FIN DE RALLYE", "BROOK MOTORSPORT — PRESS RELEASE"; the sender
# in capitalised words only (not "Communiqué — Berry Compétition présente sa saison").
# (an organisation's word in it, beyond a dash: not "Communiqué : Loeb Champion De France" nor
# "COMMUNIQUÉ — LOEB CHAMPION DU MONDE", headlines, a review)
_ORGANISATION = (
    r"(?=[^—–|]*\b(?i:team|racing|motorsports?|écurie|asa|circuit|trophée|championnat|club|moto-club|fédération|ligue"
    r"|association|comité|compétition|sport|rallye|automobile|karting|ffsa|ffm)\b)"
)
_ISSUER = (
    rf"{_ORGANISATION}[A-ZÀ-Ý0-9][\w’'&.-]*(?:\s+(?:(?:de|du|des|la|le|les|et|d['’])\s*)?[A-ZÀ-Ý0-9][\w’'&.-]*){{0,5}}"
)
_LABELLED_ISSUER = re.compile(
    rf"(?:{_ISSUER}\s*[-–—|]\s*)?(?i:{RELEASE_LABEL.pattern})(?:\s+(?i:de|d['’]|du|des|fin|officiel|final)\S*){{0,4}}"
    rf"(?:\s+(?i:rallye|course|saison|épreuve|week-end|race|event))?(?:\s*[-–—|]\s*{_ISSUER})?"
)
_DATELINE_SEARCH = 6  # lines: a headline, a label, a correction's notice, a byline may come before it
_LEDE_MIN = 60  # a title of fewer characters takes the next sentence too ("EXCLUSIF. Romain Dumas…")


def derive_title(text: str, fallback: str, markdown: bool = False) -> str:
    """The headline: the first short line that is not a dateline or a release's label
    (``_NOT_HEADLINE``), nor a byline, a credit or a contact (``_BYLINE``), with its kicker
    if any; a text without one (a paragraph comes first) is titled by its first sentence (or
    sentences, up to ``_LEDE_MIN`` characters), cut on a word past ``_LEDE_MAX`` characters.
    Screens show a long title shortened (``text.short_title``)."""
    # Only the head is cleaned: the headline is among the first lines, and the whole text is cleaned
    # once, later, when it is cut into passages and sentences (segments).
    lines = [collapse_whitespace(line) for line in clean_layout(text[:_TITLE_HEAD_CHARS], markdown).text.split("\n")]
    lines = [line for line in lines if line][:6]
    first = lines[0] if lines else fallback
    for i, line in enumerate(lines):
        if len(line) > _TITLE_MAX:
            first = line  # a paragraph before any headline (after a dateline, a byline): the text has none
            break
        if find_date(line) or _NOT_HEADLINE.fullmatch(line) or _BYLINE.fullmatch(line):
            continue
        if _LABELLED_ISSUER.fullmatch(line) and i + 1 < len(lines) and len(lines[i + 1]) <= _TITLE_MAX:
            # "COMMUNIQUÉ DE PRESSE — TEAM VENTOUX ENDURO", "ARVERNE RACING — COMMUNIQUÉ" above the
            # headline: who sends it, no subject (a twenty-fourth walk's interview was titled so, and
            # whom it interviews, named on the next line, went unread)
            continue
        if line.endswith(":") and i + 1 < len(lines) and len(lines[i + 1]) <= _TITLE_MAX:
            return f"{line} {lines[i + 1]}"
        return line
    if len(first) <= _TITLE_MAX:
        return first
    # Whole sentences up to _LEDE_MIN characters at least: a first "sentence" may be a label
    # or a dateline ("EXCLUSIF.", "Le Mans, 12 juin."), and the subject comes after it.
    end = next((b for _, b in split_sentences(first, cut_long=False) if b >= _LEDE_MIN), len(first))
    return short_title(first[:end], _LEDE_MAX)


def derive_date(text: str, reference_year: int | None = None, markdown: bool = False) -> str | None:
    """An ISO date stated in the header (first lines) of the text, if any: its dateline's
    ("Angerville, le 20 mai 2024 —", among its first ``_DATELINE_SEARCH`` lines), else the
    first it states. A correction cites the release it replaces before its own dateline ("Ce
    communiqué annule et remplace celui envoyé le 19 mai 2024"; a second walk): dated by that,
    a date filter missed it and ``corrections`` took it for older than what it corrects."""
    head = text[: _HEAD_CHARS * 4] if markdown else text[:_HEAD_CHARS]  # the front matter comes first
    cleaned = clean_layout(head, markdown).text[:_HEAD_CHARS]
    lines = [line for line in cleaned.split("\n") if line.strip()][:_DATELINE_SEARCH]
    for line in lines:
        if opens_with_dateline(line):
            dated = find_date(line, reference_year)
            if dated:
                return dated
    return find_date(collapse_whitespace(cleaned), reference_year)
