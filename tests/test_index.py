"""The index directory with the real model and FAISS: incremental, atomic, guarded."""

from __future__ import annotations

import errno
import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from paddockqa.errors import IndexBusyError, IndexMismatchError, IndexMissingError
from paddockqa.store import build_lock, current_generation, load_index

pytestmark = pytest.mark.slow
NEW_TEXT = (
    "Communiqué du 2 mai 2024\n\nRallye : \nLéa Martin s’impose\n\n"
    "Léa Martin a remporté le Rallye des Cévennes au volant d’une Alpine A110. "
    "Elle devance de douze secondes son plus proche rival."
)


def test_first_build_embeds_everything_and_records_the_manifest(pipeline) -> None:
    report = pipeline.build()
    assert report.documents == 3 and report.embedded_chunks == report.chunks > 3
    assert sorted(report.added) == sorted(p.name for p in pipeline.settings.corpus.iterdir())
    loaded = load_index(pipeline.settings.index, pipeline.settings.model)
    manifest = loaded.manifest
    assert manifest.model == "intfloat/multilingual-e5-small" and manifest.dimension == 384
    assert (manifest.chunk_size, manifest.chunk_overlap) == (
        pipeline.settings.chunk_size,
        pipeline.settings.chunk_overlap,
    )
    assert all(len(d.content_hash) == 64 for d in manifest.documents)
    assert loaded.vectors.ntotal == len(loaded.chunks) == report.chunks
    # stored vectors are the real, normalised embeddings of the chunks
    matrix = loaded.vectors.reconstruct_n(0, loaded.vectors.ntotal)
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1, atol=1e-4)
    again = pipeline.embedder.embed_documents([loaded.chunks[0].indexed_text])[0]
    assert float(again @ matrix[0]) > 0.9999


def test_rebuild_only_embeds_what_changed(pipeline) -> None:
    corpus = pipeline.settings.corpus
    first = pipeline.build()
    unchanged = pipeline.build()
    assert unchanged.embedded_chunks == 0 and len(unchanged.unchanged) == 3
    generation = current_generation(pipeline.settings.index)

    (corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")
    added = pipeline.build()
    assert added.added == ("nouveau.txt",) and added.embedded_chunks == 1
    assert current_generation(pipeline.settings.index) != generation

    gaillard = corpus / "001_99e132d26c260f21.txt"
    gaillard.write_text(
        gaillard.read_text(encoding="utf-8") + "\nPhilippe Gaillard vise le titre 2009.\n", encoding="utf-8"
    )
    updated = pipeline.build()
    assert updated.updated == ("001_99e132d26c260f21.txt",)
    assert 1 <= updated.embedded_chunks <= 2  # the edited tail, not the whole document

    (corpus / "000_ef99629208891509.txt").unlink()
    removed = pipeline.build()
    assert removed.removed == ("000_ef99629208891509.txt",) and removed.embedded_chunks == 0
    loaded = load_index(pipeline.settings.index)
    assert {c.source for c in loaded.chunks} == {"001_99e132d26c260f21.txt", "002_412870b7f298c4b4.txt", "nouveau.txt"}
    assert removed.chunks < first.chunks + 3
    answer = pipeline.ask("Quelle voiture pilotait Léa Martin au Rallye des Cévennes ?")
    assert answer.answered and answer.citations[0].source == "nouveau.txt"
    assert "Alpine A110" in answer.citations[0].quote


def test_an_archive_sized_index_is_compressed_answers_the_same_and_is_reused(tmp_path: Path, monkeypatch) -> None:
    """The compressed kind (an archive's: above 1M vectors) scaled down to 270 passages of the
    PIAF sample: its files written and checksummed, every sample question retrieving what the
    exact index retrieves, every vector reused by the next build (from vectors.f16)."""
    from fakes import HashEmbedder
    from paddockqa import vectors
    from paddockqa.config import Settings
    from paddockqa.pipeline import Pipeline
    from paddockqa.store import check_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sample = Path(__file__).resolve().parent / "data" / "piaf-sample"
    for i, line in enumerate((sample / "piaf-sample-corpus.jsonl").read_text(encoding="utf-8").splitlines()):
        (corpus / f"p{i:02d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    questions = [
        json.loads(line)["question"] for line in (sample / "piaf-sample-questions.jsonl").open(encoding="utf-8")
    ]
    settings = Settings(corpus=corpus, index=tmp_path / "exact", chunk_size=150, chunk_overlap=0, reader="off")
    exact = Pipeline(settings, embedder=HashEmbedder("fp32"))
    exact.build()
    assert not isinstance(load_index(settings.index).vectors, vectors.RerankedIndex)

    monkeypatch.setattr(vectors, "HNSW_ABOVE", 256)
    monkeypatch.setattr(vectors, "COMPRESSED_ABOVE", 256)  # product quantisation trains on 256 at least
    monkeypatch.setattr(vectors, "ivf_lists", lambda count: max(1, count // 39))  # faiss's k-means minimum
    compressed = Pipeline(replace(settings, index=tmp_path / "compressed"), embedder=HashEmbedder("fp32"))
    first = compressed.build()
    loaded = load_index(compressed.settings.index)
    assert isinstance(loaded.vectors, vectors.RerankedIndex) and first.chunks == loaded.vectors.ntotal >= 256
    live = compressed.settings.index / current_generation(compressed.settings.index)
    assert (live / "vectors.f16").stat().st_size == 2 * loaded.manifest.dimension * first.chunks
    assert "vectors.f16" in loaded.manifest.contents and check_index(compressed.settings.index)[1] == []
    # 6 lists, all probed: the re-ranked candidates hold the exact neighbours, so the same answers
    for question in questions:
        assert [c.quote for c in compressed.ask(question).citations] == [c.quote for c in exact.ask(question).citations]
    (corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")
    added = compressed.build()
    assert added.added == ("nouveau.txt",) and 0 < added.embedded_chunks < 5 and added.chunks > first.chunks
    answer = compressed.ask("Quelle voiture pilotait Léa Martin au Rallye des Cévennes ?")
    assert answer.citations[0].source == "nouveau.txt"


def test_broken_files_are_reported_and_the_rest_indexed(pipeline) -> None:
    corpus = pipeline.settings.corpus
    (corpus / "vide.txt").write_bytes(b"")
    (corpus / "binaire.txt").write_bytes(bytes(range(256)) * 20)
    report = pipeline.build()
    assert report.documents == 3
    assert {s.source for s in report.skipped} == {"vide.txt", "binaire.txt"}


def test_interrupted_build_leaves_the_previous_index_usable(pipeline, monkeypatch) -> None:
    pipeline.build()
    before = current_generation(pipeline.settings.index)
    (pipeline.settings.corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # what Ctrl-C does in the middle of embedding

    monkeypatch.setattr(pipeline.embedder, "embed_documents", crash)
    with pytest.raises(KeyboardInterrupt):
        pipeline.build()
    monkeypatch.undo()
    assert current_generation(pipeline.settings.index) == before
    answer = pipeline.ask("Combien de pole positions Philippe Gaillard a-t-il signées ?")
    assert answer.answered and answer.citations[0].source == "001_99e132d26c260f21.txt"
    # the next run completes the job
    assert pipeline.build().added == ("nouveau.txt",)


def test_leftovers_of_a_killed_build_are_ignored_then_cleaned(pipeline) -> None:
    pipeline.build()
    index = pipeline.settings.index
    half = index / ".tmp-gen-999999"
    half.mkdir()
    (half / "manifest.json").write_text("{broken", encoding="utf-8")
    assert load_index(index).generation == current_generation(index)
    (pipeline.settings.corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")
    pipeline.build()
    assert not half.exists()
    generations = sorted(p.name for p in index.iterdir() if p.name.startswith("gen-"))
    assert len(generations) == 2 and generations[-1] == current_generation(index)  # the last one kept a round


def test_index_built_with_another_model_is_refused(pipeline) -> None:
    pipeline.build()
    loaded = load_index(pipeline.settings.index)
    manifest_path = pipeline.settings.index / loaded.generation / "manifest.json"
    data = json.loads(manifest_path.read_text(encoding="utf-8"))
    data["model"] = "sentence-transformers/all-MiniLM-L6-v2"
    manifest_path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IndexMismatchError, match="all-MiniLM-L6-v2.*Run `paddockqa index`"):
        load_index(pipeline.settings.index, pipeline.settings.model)
    # an explicit rebuild re-embeds everything with the configured model
    report = pipeline.build()
    assert report.embedded_chunks == report.chunks
    assert load_index(pipeline.settings.index, pipeline.settings.model).manifest.model == pipeline.settings.model


def test_missing_index_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="paddockqa index"):
        load_index(tmp_path / "nothing")


def test_a_second_build_at_once_is_refused_clearly(pipeline) -> None:
    with build_lock(pipeline.settings.index), pytest.raises(IndexBusyError, match="Wait for it to finish"):
        pipeline.build()


def test_running_pipeline_picks_up_a_rebuild_from_another_process(pipeline, settings, embedder) -> None:
    from paddockqa.pipeline import Pipeline

    pipeline.build()
    pipeline.ask("Où est né Romain Dumas ?")
    other = Pipeline(settings, embedder=embedder)  # stands for `paddockqa index` run elsewhere
    (settings.corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")
    other.build()
    answer = pipeline.ask("Qui a gagné le Rallye des Cévennes ?")
    assert answer.citations[0].source == "nouveau.txt"


def test_index_folder_can_be_copied_elsewhere(pipeline, tmp_path: Path) -> None:
    pipeline.build()
    copy = tmp_path / "copie"
    shutil.copytree(pipeline.settings.index, copy)
    assert load_index(copy).manifest.documents == load_index(pipeline.settings.index).manifest.documents


def test_a_damaged_index_is_found_reported_and_repaired(settings, embedder) -> None:
    """A live generation with a file cut short traps nobody: `ask` says so, `index --check`
    reports it (exit 1), `index` builds a new generation from the files; a lost CURRENT
    recovers the newest complete generation instead of deleting it."""
    from click.testing import CliRunner

    from paddockqa.cli import main
    from paddockqa.errors import PaddockIndexError
    from paddockqa.pipeline import Pipeline
    from paddockqa.store import current_generation

    Pipeline(settings, embedder=embedder).build()
    live = settings.index / current_generation(settings.index)
    args = ["index", "--check", "--corpus", str(settings.corpus), "--index", str(settings.index)]
    assert CliRunner().invoke(main, args).exit_code == 0
    vectors = live / "vectors.faiss"
    vectors.write_bytes(vectors.read_bytes()[:100])  # cut short, as a full disk or a crash leaves it

    checked = CliRunner().invoke(main, args)
    assert checked.exit_code == 1 and "vectors.faiss" in checked.output and "paddockqa index" in checked.output
    with pytest.raises(PaddockIndexError, match="vectors.faiss"):
        Pipeline(settings, embedder=embedder).ask("Quel âge a Philippe Gaillard ?")

    report = Pipeline(settings, embedder=embedder).build()  # the same files: no longer "3 unchanged, nothing done"
    assert current_generation(settings.index) != live.name and report.chunks > 0
    assert CliRunner().invoke(main, args).exit_code == 0
    assert Pipeline(settings, embedder=embedder).ask("Quel âge a Philippe Gaillard ?").citations

    repaired = current_generation(settings.index)
    (settings.index / "CURRENT").unlink()
    assert current_generation(settings.index) == repaired  # recovered, not lost
    again = Pipeline(settings, embedder=embedder).build()
    assert again.embedded_chunks == 0 and current_generation(settings.index) == repaired
    assert (settings.index / "CURRENT").read_text(encoding="utf-8").strip() == repaired


def test_a_file_damaged_at_its_size_is_repaired_not_reused(settings, embedder) -> None:
    """Bit rot keeps a file's size: `index --check` finds it by its checksum, and `index`
    then rebuilds (reading every byte too) without reusing the damaged vectors."""
    from click.testing import CliRunner

    from paddockqa.cli import main
    from paddockqa.pipeline import Pipeline
    from paddockqa.store import current_generation

    Pipeline(settings, embedder=embedder).build()
    live = current_generation(settings.index)
    vectors = settings.index / live / "vectors.faiss"
    damaged = bytearray(vectors.read_bytes())
    damaged[-400:] = b"\xff" * 400  # the last vectors' values, the size unchanged
    vectors.write_bytes(bytes(damaged))
    check = ["index", "--check", "--corpus", str(settings.corpus), "--index", str(settings.index)]
    assert CliRunner().invoke(main, check).exit_code == 1

    unchecked = Pipeline(settings, embedder=embedder).build()  # the watch and the app check sizes only
    assert unchecked.repaired is None and current_generation(settings.index) == live
    repair = Pipeline(settings, embedder=embedder).build(verify=True)  # as `paddockqa index` does
    assert repair.repaired == live and current_generation(settings.index) != live
    assert repair.embedded_chunks == repair.chunks  # nothing taken from the damaged vectors
    assert CliRunner().invoke(main, check).exit_code == 0
    report = Pipeline(settings, embedder=embedder).build(verify=True)
    assert report.repaired is None and report.embedded_chunks == 0  # healthy again: nothing to do


def test_a_vectors_file_cut_short_under_a_running_process_is_said_not_a_crash(settings, tmp_path: Path) -> None:
    """The vectors are memory-mapped: a file cut short in place under a running server made
    its next search read past the end (a real server died of SIGBUS without a word; this
    small index searched what was left, silently). Now the search says the index is damaged.
    Run in a child process, so a regression that crashes kills the child, not the session."""
    import subprocess
    import sys
    import textwrap

    script = tmp_path / "cut.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import os, sys
            sys.path.insert(0, {str(Path(__file__).parent)!r})
            from pathlib import Path
            from fakes import HashEmbedder
            from paddockqa.config import Settings
            from paddockqa.errors import PaddockIndexError
            from paddockqa.pipeline import Pipeline
            from paddockqa.store import current_generation

            settings = Settings(
                corpus=Path({str(settings.corpus)!r}),
                index=Path({str(settings.index)!r}),
                home=Path({str(settings.home)!r}),
                reader="off",  # the mapped vectors are the point, not the reader
            )
            pipeline = Pipeline(settings, embedder=HashEmbedder("fp32"))
            pipeline.build()
            pipeline.retrieve("Quel âge a Philippe Gaillard ?")
            vectors = settings.index / current_generation(settings.index) / "vectors.faiss"
            os.truncate(vectors, 3000)  # in place: the mapping now runs past the file's end
            try:
                pipeline.retrieve("Quel âge a Philippe Gaillard ?")
            except PaddockIndexError as exc:
                print(exc)
            """
        ),
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "vectors.faiss is 3,000 bytes" in done.stdout and "paddockqa index" in done.stdout


def test_an_index_that_cannot_be_written_says_why_and_loses_nothing(settings, embedder, monkeypatch) -> None:
    """A full disk (ENOSPC, simulated where a small tmpfs cannot be mounted), a folder that
    cannot be written (its lock file cannot be opened) and a path that is a file: each a
    message saying what to do, exit 1, the previous index untouched, nothing half-written left."""
    import sqlite3

    from click.testing import CliRunner

    from paddockqa.cli import main
    from paddockqa.errors import IndexWriteError
    from paddockqa.pipeline import Pipeline
    from paddockqa.store import current_generation, load_index

    Pipeline(settings, embedder=embedder).build()
    live = current_generation(settings.index)
    (settings.corpus / "nouveau.txt").write_text("Le pilote Jean Martin a gagné à Lédenon.", encoding="utf-8")
    real = sqlite3.connect

    def full_disk(path, *args, **kwargs):
        db = real(path, *args, **kwargs)
        if str(path).endswith("records.sqlite"):
            db.execute("PRAGMA max_page_count = 2")  # SQLite's own "database or disk is full"
        return db

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    with pytest.raises(IndexWriteError, match="No space left on device.*previous index is untouched.*Free about"):
        Pipeline(settings, embedder=embedder).build()
    assert current_generation(settings.index) == live and not list(settings.index.glob(".tmp-*"))
    monkeypatch.setattr(sqlite3, "connect", real)
    assert load_index(settings.index).manifest.documents  # still answers

    args = ["index", "--corpus", str(settings.corpus), "--index", str(settings.index)]
    (settings.index / ".lock").unlink(missing_ok=True)
    (settings.index / ".lock").mkdir()  # the lock cannot be opened for writing, as on a read-only folder
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 1 and "Cannot write to the index folder" in refused.output
    assert "Traceback" not in refused.output

    afile = settings.index.parent / "index-file"
    afile.write_text("pas un dossier", encoding="utf-8")
    refused = CliRunner().invoke(main, ["index", "--corpus", str(settings.corpus), "--index", str(afile)])
    assert refused.exit_code == 1 and "is a file, not a folder" in refused.output


def test_a_full_disk_at_each_write_of_a_generation_says_so_and_leaves_nothing(settings, monkeypatch) -> None:
    """ENOSPC where faiss writes the vectors (faiss raises RuntimeError with the C library's
    reason) and where CURRENT is swapped (after the generation is complete): the message,
    CURRENT unchanged, no temporary pointer or unnamed generation left; on a first build,
    the message says there was no index yet instead of "the previous index still answers"."""
    import os

    import faiss

    from fakes import HashEmbedder
    from paddockqa import store
    from paddockqa.errors import IndexWriteError
    from paddockqa.pipeline import Pipeline

    real_write = faiss.write_index

    def faiss_full(index, path):
        raise RuntimeError(
            f"Error in void faiss::write_index(...) at impl/index_write.cpp:1117: "
            f"write error in {path}: 4015 != 13056 (No space left on device)"
        )

    monkeypatch.setattr(faiss, "write_index", faiss_full)
    with pytest.raises(IndexWriteError, match=r"No space left on device.*no index there yet.*Free about 1 MB"):
        Pipeline(settings, embedder=HashEmbedder("fp32")).build()
    assert sorted(p.name for p in settings.index.iterdir()) == [".lock", ".partial"]  # only the vectors made
    monkeypatch.setattr(faiss, "write_index", real_write)
    Pipeline(settings, embedder=HashEmbedder("fp32")).build()
    live = current_generation(settings.index)

    (settings.corpus / "nouveau.txt").write_text("Le pilote Jean Martin a gagné à Lédenon.", encoding="utf-8")
    real_replace = os.replace

    def pointer_full(src, dst):
        if Path(dst).name == "CURRENT":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(store.os, "replace", pointer_full)
    with pytest.raises(IndexWriteError, match=r"No space left on device.*previous index is untouched"):
        Pipeline(settings, embedder=HashEmbedder("fp32")).build()
    monkeypatch.setattr(store.os, "replace", real_replace)
    left = sorted(p.name for p in settings.index.iterdir() if p.name not in (".lock", ".partial"))
    assert left == ["CURRENT", live] and current_generation(settings.index) == live


def test_a_full_disk_at_the_spool_says_how_much_to_free_and_keeps_the_checkpoint(settings, monkeypatch) -> None:
    """ENOSPC where the build spools its vectors (``spool.VectorSpool``), while reusing the
    previous generation's or while embedding: the full-disk message, not a traceback; the part
    saved before the failing spool write is kept, and the next run resumes from it."""
    from fakes import HashEmbedder
    from paddockqa import sync
    from paddockqa.errors import IndexWriteError
    from paddockqa.pipeline import Pipeline
    from paddockqa.spool import VectorSpool

    Pipeline(settings, embedder=HashEmbedder("fp32")).build()
    live = current_generation(settings.index)
    for i in range(200):
        (settings.corpus / f"breve-{i:03d}.txt").write_text(f"Brève {i} : le pilote {i} gagne.", encoding="utf-8")
    real = VectorSpool.append
    # the 1st write: the previous generation's passages (its sentences are the 2nd); the 3rd: the
    # first batch the model embedded, after its checkpoint part was saved
    for fail_at in (1, 3):
        calls: list[int] = []

        def full_disk(self, vectors, calls=calls, fail_at=fail_at):
            calls.append(len(vectors))
            if len(calls) == fail_at:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real(self, vectors)

        monkeypatch.setattr(VectorSpool, "append", full_disk)
        with pytest.raises(IndexWriteError, match=r"No space left on device.*previous index is untouched.*Free about"):
            Pipeline(settings, embedder=HashEmbedder("fp32")).build()
        assert current_generation(settings.index) == live
    monkeypatch.setattr(VectorSpool, "append", real)
    assert [p.name for p in (settings.index / ".partial").glob("*.npz")] == ["part-00000.npz"]
    resumed = Pipeline(settings, embedder=HashEmbedder("fp32")).build()
    assert resumed.resumed == sync.CHECKPOINT_TEXTS and resumed.added and current_generation(settings.index) != live


def test_a_full_disk_while_embedding_keeps_the_vectors_saved_before_and_says_so(settings, monkeypatch) -> None:
    """ENOSPC on the second checkpoint part (simulated at numpy's write): a message with what
    is kept, the half-written part removed, the previous index untouched; once there is room,
    the next run resumes from the part that was saved."""
    from fakes import HashEmbedder
    from paddockqa import sync
    from paddockqa.errors import IndexWriteError
    from paddockqa.pipeline import Pipeline

    Pipeline(settings, embedder=HashEmbedder("fp32")).build()
    live = current_generation(settings.index)
    for i in range(200):  # more new texts than one checkpoint part holds
        (settings.corpus / f"breve-{i:03d}.txt").write_text(f"Brève {i} : le pilote {i} gagne.", encoding="utf-8")
    real, calls = np.savez, []

    def full_disk(out, **arrays):
        calls.append(out)
        if len(calls) == 2:
            out.write(b"half a part")
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(out, **arrays)

    monkeypatch.setattr(np, "savez", full_disk)
    with pytest.raises(
        IndexWriteError,
        match=r"No space left on device.*untouched.*The vectors of the part saved before.*free about \d+ MB",
    ):
        Pipeline(settings, embedder=HashEmbedder("fp32")).build()
    partial = settings.index / ".partial"
    assert [p.name for p in partial.glob("*.npz")] == ["part-00000.npz"]  # the half-written part removed
    assert current_generation(settings.index) == live and load_index(settings.index).manifest.documents
    monkeypatch.setattr(np, "savez", real)
    resumed = Pipeline(settings, embedder=HashEmbedder("fp32")).build()
    assert resumed.resumed == sync.CHECKPOINT_TEXTS and resumed.added and not partial.exists()


def test_a_build_that_fell_back_to_fp32_resumes_from_its_checkpoint(settings, monkeypatch) -> None:
    """int8 weights that cannot be made leave the model on fp32: the build first asks int8,
    meets the fp32 run's checkpoint (another tag, so not its own to resume), then builds at
    fp32, and that build resumes from the checkpoint instead of losing it."""
    from fakes import HashEmbedder
    from paddockqa import sync
    from paddockqa.errors import IndexWriteError
    from paddockqa.pipeline import Pipeline

    asked_int8 = replace(settings, precision="int8")
    Pipeline(asked_int8, embedder=HashEmbedder("fp32")).build()
    live = current_generation(settings.index)
    assert load_index(settings.index).manifest.precision == "fp32"
    for i in range(200):  # more new texts than one checkpoint part holds
        (settings.corpus / f"breve-{i:03d}.txt").write_text(f"Brève {i} : le pilote {i} gagne.", encoding="utf-8")
    real, calls = np.savez, []

    def full_disk(out, **arrays):  # the build stops after its first part, as a killed one would
        calls.append(out)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(out, **arrays)

    monkeypatch.setattr(np, "savez", full_disk)
    with pytest.raises(IndexWriteError):
        Pipeline(asked_int8, embedder=HashEmbedder("fp32")).build()
    monkeypatch.setattr(np, "savez", real)
    partial = settings.index / ".partial"
    assert [p.name for p in partial.glob("*.npz")] == ["part-00000.npz"]
    resumed = Pipeline(asked_int8, embedder=HashEmbedder("fp32")).build()
    assert resumed.resumed == sync.CHECKPOINT_TEXTS and len(resumed.added) == 200
    assert current_generation(settings.index) != live and not partial.exists()
    assert load_index(settings.index).manifest.precision == "fp32"


def test_a_one_shot_build_hands_the_model_back_before_building_the_indexes(settings, monkeypatch) -> None:
    """`paddockqa index` answers nothing: its model's memory goes back once the texts are
    embedded, so the indexes are built without it (issue 16's peak); a build that embeds
    nothing never loads the model to release it."""
    from fakes import HashEmbedder
    from paddockqa import store
    from paddockqa.pipeline import Pipeline

    fake = HashEmbedder("fp32")
    released_at_index: list[int] = []
    building = store.build_vector_index

    def watched(*args, **kwargs):
        released_at_index.append(fake.released)
        return building(*args, **kwargs)

    monkeypatch.setattr(store, "build_vector_index", watched)
    pipeline = Pipeline(replace(settings, reader="off"), embedder=fake)
    report = pipeline.build(release_model=True)
    assert report.embedded_chunks > 0 and fake.released == 1
    assert released_at_index and set(released_at_index) == {1}  # every vector index built after the release
    assert pipeline.ask("Combien de pole positions Philippe Gaillard a-t-il signées ?").citations  # asked after
    assert pipeline.build(release_model=True).embedded_chunks == 0 and fake.released == 1  # nothing to embed
    (settings.corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")
    assert pipeline.build().added == ("nouveau.txt",) and fake.released == 1  # serve's rebuilds keep it


def test_the_index_command_releases_the_model(monkeypatch, settings) -> None:
    from click.testing import CliRunner

    from fakes import HashEmbedder
    from paddockqa import pipeline as pipeline_module
    from paddockqa.cli import main

    fake = HashEmbedder("fp32")
    monkeypatch.setattr(pipeline_module, "load_embedder", lambda *args, **kwargs: fake)
    monkeypatch.setenv("PADDOCKQA_CORPUS", str(settings.corpus))
    monkeypatch.setenv("PADDOCKQA_INDEX", str(settings.index))
    monkeypatch.setenv("PADDOCKQA_MODEL", fake.model_id)
    result = CliRunner().invoke(main, ["index", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["embedded_chunks"] > 0 and fake.released == 1
