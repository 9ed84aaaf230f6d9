"""Adding files to the corpus folder and removing documents from it (the app's Corpus tab).

An upload is checked before it is copied: its type, its size, and that it can be read
at all, so a broken file is refused with its reason and never lands in the corpus. A
file never overwrites another text; the same file uploaded again is not copied twice. A
file named like another text is stored beside it ("note-2.txt"), or, asked to replace,
takes its place while the earlier version goes to the trash: a release sent again with a
correction is then one document, not two that contradict each other. A removed
document's files are moved to ``.trash/`` inside the corpus folder (which the index
ignores), never deleted, so a wrong click loses nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from paddockqa import messages
from paddockqa.corpus import read_document
from paddockqa.domain import IndexedDocument
from paddockqa.errors import CorpusError
from paddockqa.formats import SUFFIXES, UnreadableFile

MAX_UPLOADS = 50  # files per upload
TRASH = ".trash"
_NAME_MAX = 120
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+", re.UNICODE)


@dataclass(frozen=True)
class Upload:
    """What became of one uploaded file."""

    name: str  # as uploaded
    stored_as: str | None  # its name in the corpus folder; None when not copied
    message: str  # what happened, for the user (a Message)

    @property
    def added(self) -> bool:
        return self.stored_as is not None


def add_files(
    corpus: Path,
    paths: Sequence[Path],
    max_bytes: int,
    names: Sequence[str] | None = None,
    replace: bool = False,
) -> list[Upload]:
    """Copy readable files into ``corpus`` under safe names; one result per file.

    Args:
        corpus: the corpus folder.
        paths: the uploaded files (temporary copies).
        max_bytes: larger files are refused.
        names: the names the user gave the files, when ``paths`` are temporary names.
        replace: a file named like a text of the corpus takes its place, the earlier version
            moved to ``.trash/`` (not deleted); else it is stored under a free variant name.

    Raises:
        CorpusError: the corpus folder is missing, or more than MAX_UPLOADS files.
    """
    if not corpus.is_dir():
        raise CorpusError(messages.en("upload_no_corpus", folder=corpus))
    check_count(len(paths))
    results = []
    for path, name in zip(paths, names or [Path(p).name for p in paths], strict=True):
        results.append(_add_one(corpus, Path(path), name, max_bytes, replace))
    return results


def check_count(count: int) -> None:
    """Refuse an upload of more than MAX_UPLOADS files, before any is copied."""
    if count > MAX_UPLOADS:
        raise CorpusError(messages.en("too_many_uploads", count=count, limit=MAX_UPLOADS))


def _add_one(corpus: Path, path: Path, given: str, max_bytes: int, replace: bool) -> Upload:
    """``given``: the file's name as uploaded; it is stored under ``safe_name(given)`` or a free
    variant, and the verdict says so whenever the name stored is not the one given."""
    name = safe_name(given)
    if Path(name).suffix.lower() not in SUFFIXES:
        return Upload(given, None, messages.fr("upload_unsupported", suffixes=", ".join(SUFFIXES)))
    try:
        read_document(path, name, max_bytes)
    except UnreadableFile as exc:
        return Upload(given, None, messages.fr("upload_refused", reason=messages.of(exc)))
    content = path.read_bytes()
    earlier = corpus / name
    if replace and earlier.is_file() and earlier.read_bytes() != content:
        _to_trash(corpus, [name])  # before the copy: the earlier version is kept whatever happens next
        _copy_in(path, earlier)
        return Upload(given, name, messages.fr("upload_replaced", trash=f"{TRASH}/"))
    target = _free_target(corpus, name, content)
    if target is None:
        return Upload(given, None, messages.fr("upload_already"))
    _copy_in(path, target)
    if target.name == given:
        return Upload(given, target.name, messages.fr("upload_added"))
    if target.name == name:  # only made safe
        return Upload(given, target.name, messages.fr("upload_added_as", name=target.name))
    return Upload(given, target.name, messages.fr("upload_added_beside", name=target.name, earlier=name))


def _copy_in(upload: Path, target: Path) -> None:
    # Copied under a hidden name, then renamed: a watching `index` never reads half a file.
    work = target.parent / f".upload-{target.name}"
    shutil.copyfile(upload, work)
    os.replace(work, target)


def _free_target(corpus: Path, name: str, content: bytes) -> Path | None:
    """Where to copy an upload without overwriting another text; None if already there."""
    target = corpus / name
    stem, suffix = target.stem, target.suffix
    n = 1
    while target.exists():
        if target.read_bytes() == content:
            return None  # the same file uploaded again
        n += 1
        target = corpus / f"{stem}-{n}{suffix}"
    return target


def safe_name(name: str) -> str:
    """A file name that stays inside the corpus folder and reads well (pure)."""
    base = _UNSAFE_NAME.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" ._") or "document"
    stem, dot, suffix = base.rpartition(".")
    if not dot or len(suffix) > 10:
        return base[:_NAME_MAX]
    return f"{stem[: _NAME_MAX - len(suffix) - 1]}.{suffix}"  # cut the name, keep its type


def remove_document(corpus: Path, document: IndexedDocument) -> list[str]:
    """Move the document's files (duplicates included) to the corpus's trash; their names."""
    moved = _to_trash(corpus, [document.source, *document.also])
    if not moved:
        raise CorpusError(messages.en("not_in_corpus", source=document.source))
    return moved


def _to_trash(corpus: Path, sources: Sequence[str]) -> list[str]:
    """Move these files of the corpus to ``.trash/<time>/``, keeping their paths; those moved."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # one folder per move: nothing overwritten
    moved = []
    for source in sources:
        path = corpus / source
        if not path.is_file():
            continue  # already gone
        target = corpus / TRASH / stamp / source
        target.parent.mkdir(parents=True, exist_ok=True)
        path.replace(target)
        moved.append(source)
    return moved
