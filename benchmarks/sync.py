"""Benchmark keeping the index in sync with a corpus of 2,000 documents.

The corpus is built reproducibly from PIAF (../shared/data/piaf): each document is one to
three consecutive paragraphs of a Wikipedia article (each window of paragraphs once), in the formats press offices send
(mostly .txt, with .md front matter, .html, .docx and .pdf files among them). Then, in
one run on this machine:

1. the first build (real model);
2. ``paddockqa index`` again on the unchanged corpus, as a user runs it (a new process,
   wall time including Python's start), three times;
3. the same after touching every file (same text, new times: every file is read again);
4. one paragraph edited in one long document: what is embedded again;
5. one file renamed, and one file copied under a second name.

Prints a Markdown table and writes benchmarks/results/sync.json.

    .venv/bin/python benchmarks/sync.py [--documents 2000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from filemakers import make_docx, make_pdf  # noqa: E402
from paddockqa.config import Settings  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402

PIAF = ROOT.parent / "shared" / "data" / "piaf" / "piaf-v1.1-corpus.jsonl.gz"


def articles() -> list[tuple[str, list[str]]]:
    """PIAF's paragraphs grouped by article, in file order."""
    grouped: dict[str, list[str]] = {}
    with gzip.open(PIAF, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            grouped.setdefault(record["title"], []).append(record["text"])
    return list(grouped.items())


def write_corpus(folder: Path, count: int) -> Path:
    """``count`` documents in mixed formats; returns the long document the edit step changes."""
    source = articles()
    windows = [
        (title, paragraphs[first : first + size])
        for size in (1, 2, 3)
        for title, paragraphs in source
        for first in range(len(paragraphs) - size + 1)
    ]
    random.Random(0).shuffle(windows)  # a fixed mix of one-, two- and three-paragraph documents
    folder.mkdir(parents=True)
    for i, (title, body) in enumerate(windows[:count]):
        name = folder / f"{i:04d}-{title[:40].replace('/', '-')}"
        if i % 100 == 7:
            make_pdf(name.with_suffix(".pdf"), ["\n".join(textwrap.wrap(p, 90)) for p in body], title=title)
        elif i % 100 == 57:
            make_docx(name.with_suffix(".docx"), [title, *body], title=title)
        elif i % 50 == 3:
            html = "".join(f"<p>{p}</p>" for p in body)
            name.with_suffix(".html").write_text(
                f"<html><head><title>{title}</title></head><body><nav>Accueil</nav>"
                f"<article><h1>{title}</h1>{html}</article></body></html>",
                encoding="utf-8",
            )
        elif i % 20 == 11:
            front = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: 2024-05-{1 + i % 28:02d}\n---\n"
            name.with_suffix(".md").write_text(front + "\n\n".join(body), encoding="utf-8")
        else:
            name.with_suffix(".txt").write_text(title + "\n\n" + "\n\n".join(body), encoding="utf-8")
    title, paragraphs = max(source, key=lambda a: len(a[1]))
    long = folder / "long-article.txt"
    long.write_text(title + "\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return long


def cli_index(settings: Settings) -> tuple[float, dict]:
    """`paddockqa index --json` in a new process: wall seconds and its summary."""
    env = {**os.environ, "PADDOCKQA_CORPUS": str(settings.corpus), "PADDOCKQA_INDEX": str(settings.index)}
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "paddockqa", "index", "--json"], env=env, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - began
    if done.returncode not in (0, 3):
        raise SystemExit(done.stderr)
    return wall, json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="paddockqa-sync-"))
    settings = Settings(corpus=work / "corpus", index=work / "index")
    long = write_corpus(settings.corpus, args.documents - 1)
    files = sum(1 for _ in settings.corpus.iterdir())
    rows = []

    pipeline = Pipeline(settings)
    build = pipeline.build()
    rows.append(("first build", build.seconds, build.embedded_chunks, build.embedded_sentences, ""))

    runs = [cli_index(settings) for _ in range(3)]
    wall = statistics.median(r[0] for r in runs)
    inner = statistics.median(r[1]["seconds"] for r in runs)
    rows.append(("unchanged, `paddockqa index` (new process)", wall, 0, 0, f"of which {inner:.2f} s indexing"))

    for path in settings.corpus.iterdir():
        os.utime(path)
    touched_wall, touched = cli_index(settings)
    rows.append(
        (
            "every file touched, same text",
            touched_wall,
            touched["embedded_chunks"],
            touched["embedded_sentences"],
            f"{touched['seconds']:.2f} s indexing",
        )
    )

    chunks_before = [d.chunks for d in pipeline.documents() if d.source == long.name][0]
    text = long.read_text(encoding="utf-8").split("\n\n")
    middle = len(text) // 2
    text[middle] = text[middle].replace(".", ", selon le communiqué.", 1)
    long.write_text("\n\n".join(text), encoding="utf-8")
    edit_wall, edited = cli_index(settings)
    rows.append(
        (
            f"one paragraph edited in a {chunks_before}-passage document",
            edit_wall,
            edited["embedded_chunks"],
            edited["embedded_sentences"],
            "includes loading the model" if edited["embedded_chunks"] or edited["embedded_sentences"] else "",
        )
    )

    some = sorted(settings.corpus.glob("*.txt"))[10]
    some.rename(some.with_name("renamed-" + some.name))
    shutil.copyfile(sorted(settings.corpus.glob("*.txt"))[20], settings.corpus / "copy-of-a-file.txt")
    moved_wall, moved = cli_index(settings)
    rows.append(
        (
            "one file renamed, one copied",
            moved_wall,
            moved["embedded_chunks"],
            moved["embedded_sentences"],
            f"{len(moved['renamed'])} renamed, {moved['documents']} documents",
        )
    )

    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "files": files,
        "documents": build.documents,
        "chunks": build.chunks,
        "skipped": len(build.skipped),
        "rows": [
            {"step": r[0], "seconds": round(r[1], 2), "embedded_chunks": r[2], "embedded_sentences": r[3], "note": r[4]}
            for r in rows
        ],
    }
    out = ROOT / "benchmarks/results/sync.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"{files} files, {build.documents} documents, {build.chunks} passages, {len(build.skipped)} skipped "
        f"({result['machine']})\n"
    )
    print("| step | seconds | passages embedded | sentences embedded | note |")
    print("|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]:.2f} | {r[2]} | {r[3]} | {r[4]} |")
    print(f"\nwritten to {out.relative_to(ROOT)}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
