"""Where a build's memory goes: the process's resident memory, stage by stage, of one build.

`paddockqa bench` gives a build's peak; this says when it is reached. The same build as the
bench (``bench.synthetic_documents``, ``bench.RecycledEmbedder``: the model embeds only
``--model-texts`` texts, the others get recycled vectors), while a thread reads VmRSS every
20 ms and files it under the stage the build is in: its progress stages (``chunking``,
``embedding``, ``saving``) and, inside ``saving``, each part of the generation written
(records, each vector index, the sentence ranges, BM25, the checksums). For each stage: the
peak and where the main thread was at that moment.

Prints a Markdown table and writes ``benchmarks/results/build_memory.json``. To measure
another checkout of PaddockQA the same way, put its ``src`` first:

    .venv/bin/python benchmarks/build_memory.py --chunks 100000
    PYTHONPATH=/path/to/other/checkout/src .venv/bin/python benchmarks/build_memory.py --chunks 100000 --keep-model

By default the model is released once the texts are embedded, as `paddockqa index` does;
``--keep-model`` keeps it (a build inside `serve`, or a checkout from before the release).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_S = 0.02


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class StageMemory:
    """The peak RSS of each stage, and the main thread's innermost frames at that peak."""

    def __init__(self) -> None:
        self.stage = "setup"
        self.peaks: dict[str, float] = {}
        self.where: dict[str, str] = {}
        self._main = threading.get_ident()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while True:
            now, stage = rss_mb(), self.stage
            if now > self.peaks.get(stage, 0.0):
                self.peaks[stage] = now
                frame = sys._current_frames().get(self._main)
                frames = traceback.extract_stack(frame)[-3:] if frame else []
                self.where[stage] = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
            time.sleep(SAMPLE_S)

    def around(self, owner: object, name: str, label: str) -> None:
        """File what ``owner.name`` does under ``label``, then go back to the stage it ran in."""
        real = getattr(owner, name)

        def labelled(*args, **kwargs):
            before, self.stage = self.stage, label
            try:
                return real(*args, **kwargs)
            finally:
                self.stage = before

        setattr(owner, name, labelled)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--model-texts", type=int, default=500)
    parser.add_argument(
        "--keep-model",
        action="store_true",
        help="keep the model loaded while the indexes are built (as a build in `serve` does; and for "
        "checkouts older than Pipeline.build's release_model); by default it is released as `paddockqa index` does",
    )
    parser.add_argument("--out", default=str(ROOT / "benchmarks/results/build_memory.json"))
    args = parser.parse_args()
    memory = StageMemory()

    import paddockqa.store as store
    from paddockqa.bench import RecycledEmbedder, synthetic_documents
    from paddockqa.config import load_settings
    from paddockqa.corpus import CorpusScan, scan_corpus
    from paddockqa.embedding import load_embedder
    from paddockqa.pipeline import Pipeline
    from paddockqa.sentences import split_document

    settings = load_settings()
    sentences = [s.text for d in scan_corpus(settings.corpus).documents for s in split_document(d)]
    sentences = [s for s in sentences if len(s) < settings.chunk_size / 3]
    documents = synthetic_documents(sentences, args.chunks, int(settings.chunk_size * 0.9))
    memory.stage = "model"
    model = load_embedder(settings.model, settings.model_cache, settings.backend, settings.precision)
    for name, label in [
        ("write_records", "saving: records"),
        ("build_vector_index", "saving: a vector index"),
        ("sentence_ranges", "saving: sentence ranges"),
        ("_file_checksums", "saving: checksums"),
    ]:
        if hasattr(store, name):
            memory.around(store, name, label)
    memory.around(store.LexicalIndex, "build", "saving: BM25")

    def progress(stage: str, done: int, total: int) -> None:
        memory.stage = stage

    with tempfile.TemporaryDirectory(prefix="paddockqa-memory-") as work:
        pipeline = Pipeline(
            replace(settings, index=Path(work) / "index"), embedder=RecycledEmbedder(model, args.model_texts)
        )
        began = time.perf_counter()
        scan = CorpusScan(tuple(documents), ())
        if args.keep_model:
            pipeline.build(scan=scan, progress=progress)
        else:
            pipeline.build(scan=scan, progress=progress, release_model=True)
        build_s = time.perf_counter() - began
        memory.stage = "built"
        time.sleep(5 * SAMPLE_S)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        {"stage": stage, "peak_rss_mb": round(mb), "where": memory.where.get(stage, "")}
        for stage, mb in memory.peaks.items()
    ]
    result = {
        "chunks": args.chunks,
        "model_texts": args.model_texts,
        "model_released": not args.keep_model,
        "code": str(Path(store.__file__).resolve().parent),
        "build_s": round(build_s, 1),
        "build_peak_rss_mb": round(peak),
        "stages": rows,
    }
    Path(args.out).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    kept = "kept" if args.keep_model else "released once the texts are embedded"
    where = f"code in {result['code']}, model {kept}"
    print(f"{args.chunks:,} chunks, {where}: build {build_s:.0f} s, peak RSS {peak:,.0f} MB\n")
    print("| stage | peak RSS (MB) | where the build was |\n|---|---|---|")
    for row in rows:
        print(f"| {row['stage']} | {row['peak_rss_mb']:,} | {row['where']} |")
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
