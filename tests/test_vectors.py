"""Exact and approximate vector indexes: same answers where it matters, memory-mapped loading."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from paddockqa.vectors import (
    COMPRESSED_ABOVE,
    HNSW_ABOVE,
    RerankedIndex,
    build_vector_index,
    index_kind,
    read_vector_index,
    rows_path,
    scoped_search_parameters,
    write_vector_index,
)


def clustered(count: int, dimension: int = 64, seed: int = 0) -> np.ndarray:
    """Unit vectors around 50 centres, like embeddings of texts on a few topics."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(50, dimension))
    rows = centres[rng.integers(0, 50, count)] + 0.6 * rng.normal(size=(count, dimension))
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def test_small_sets_are_exact_large_ones_hnsw_with_near_exact_recall(tmp_path: Path) -> None:
    import faiss

    rows = clustered(6000)
    queries = clustered(100, seed=1)
    exact = build_vector_index(rows, 64)
    approximate = build_vector_index(rows, 64, kind="hnsw")
    assert isinstance(exact, faiss.IndexFlatCodes) and isinstance(approximate, faiss.IndexHNSWSQ)
    products = queries @ rows.T
    truth = np.argsort(-products, axis=1)[:, :10]
    scores, ids = exact.search(queries, 10)
    # 16-bit storage: the scores of float32 within 1e-3, the same neighbours
    assert np.abs(scores - np.take_along_axis(products, ids, axis=1)).max() < 1e-3
    assert np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, ids)]) >= 0.99
    assert np.abs(exact.reconstruct_batch(np.array([3, 4000])) - rows[[3, 4000]]).max() < 1e-3
    _, found = approximate.search(queries, 10)
    recall = np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found)])
    assert recall >= 0.98
    # the stored vectors come back (at 16 bits), as the index build's reuse and the answer step need
    assert np.abs(approximate.reconstruct_batch(np.array([3, 4000])) - rows[[3, 4000]]).max() < 1e-3


def test_rows_read_from_a_spool_in_blocks_make_the_same_index(tmp_path: Path, monkeypatch) -> None:
    """A build gives ``build_vector_index`` its rows from the spool on disk, a block at a time:
    every kind holds the same vectors, in the order of the ids asked, as from an array."""
    from paddockqa import vectors
    from paddockqa.spool import SpooledRows, VectorSpool

    monkeypatch.setattr(vectors, "ADD_ROWS", 700)  # several blocks, the last one short
    rows = clustered(3000)
    order = np.random.default_rng(2).permutation(3000)
    with VectorSpool(tmp_path) as spool:
        assert spool.append(rows[:1000]) == range(0, 1000) and spool.append(rows[1000:]) == range(1000, 3000)
        spooled = SpooledRows(spool, order)
        assert spooled.shape == (3000, 64) and np.abs(spooled[:][:5] - rows[order[:5]]).max() < 1e-3
        for kind in ("exact", "hnsw", "compressed"):
            built = build_vector_index(spooled, 64, kind=kind)
            assert built.ntotal == 3000, kind
            stored = built.reconstruct_n(0, 3000)
            assert np.abs(stored - rows[order]).max() < 1e-3, kind


def test_a_graph_index_of_32_bit_vectors_written_before_still_loads_and_searches(tmp_path: Path) -> None:
    """Indexes built before the graph's vectors went to 16 bits (``IndexHNSWFlat``) are read as they are."""
    import faiss

    rows = clustered(2000)
    older = faiss.IndexHNSWFlat(64, 32, faiss.METRIC_INNER_PRODUCT)
    older.add(rows)
    faiss.write_index(older, str(tmp_path / "sentences.faiss"))
    loaded = read_vector_index(tmp_path / "sentences.faiss")
    _, ids = loaded.search(rows[42:43], 3)
    assert ids[0][0] == 42 and np.allclose(loaded.reconstruct_n(0, 2000), rows)


def test_scoped_search_and_memory_mapped_round_trip(tmp_path: Path) -> None:

    rows = clustered(3000)
    for kind in ("exact", "hnsw", "compressed"):
        path = tmp_path / f"{kind}.faiss"
        write_vector_index(build_vector_index(rows, 64, kind=kind), path)
        loaded = read_vector_index(path)
        allowed = np.arange(100, 200, dtype=np.int64)
        _, ids = loaded.search(rows[150:151], 5, params=scoped_search_parameters(loaded, allowed))
        assert ids[0][0] == 150 and set(ids[0][ids[0] >= 0]) <= set(allowed.tolist())
        assert loaded.ntotal == 3000


def test_a_scoped_search_on_a_graph_index_is_exact() -> None:
    import faiss

    from paddockqa.retrieval import _nearest

    rows = clustered(4000)
    graph = build_vector_index(rows, 64, kind="hnsw")
    allowed = np.arange(1000, 1010, dtype=np.int64)  # one short document's passages
    query = rows[1005]

    class GraphNotToSearch(type(graph)):  # a graph, whose search must not be trusted with a scope
        def search(self, *args, **kwargs):
            if kwargs.get("params") is not None:
                raise AssertionError("a small scope was searched through the graph")
            return graph.search(*args, **kwargs)

    guarded = GraphNotToSearch(64, faiss.ScalarQuantizer.QT_fp16, 32, graph.metric_type)
    found = _nearest(guarded, lambda ids: rows[ids], query, 5, allowed)
    expected = allowed[np.argsort(-(rows[allowed] @ query))[:5]]
    assert list(found) == list(expected) and found[0] == 1005
    assert len(_nearest(graph, lambda ids: rows[ids], query, 5, None)) == 5


def test_the_index_kind_follows_the_number_of_vectors() -> None:
    assert index_kind(0) == index_kind(HNSW_ABOVE - 1) == "exact"
    assert index_kind(HNSW_ABOVE) == index_kind(COMPRESSED_ABOVE - 1) == "hnsw"
    assert index_kind(COMPRESSED_ABOVE) == index_kind(50_000_000) == "compressed"


def test_a_compressed_index_finds_the_exact_neighbours_and_keeps_the_vectors(tmp_path: Path) -> None:
    """IVF-PQ codes whose candidates are re-ranked against the 16-bit vectors: the neighbours of
    exact search, the vectors themselves for reuse, an index file of codes and ids only, the
    vectors in a file of their own."""

    rows, queries = clustered(20_000), clustered(100, seed=1)
    path = tmp_path / "compressed.faiss"
    write_vector_index(build_vector_index(rows, 64, kind="compressed"), path)
    loaded = read_vector_index(path)
    assert isinstance(loaded, RerankedIndex) and loaded.ntotal == 20_000 and loaded.d == 64
    products = queries @ rows.T
    truth = np.argsort(-products, axis=1)[:, :10]
    scores, found = loaded.search(queries, 10)
    assert np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found)]) >= 0.95
    assert np.abs(scores - np.take_along_axis(products, found, axis=1)).max() < 1e-3  # exact scores, re-ranked
    assert np.all(np.diff(scores, axis=1) <= 0)  # best first
    _, codes_only = loaded.inverted.search(queries, 10)
    assert not np.array_equal(codes_only, found)  # the re-ranking changed what the codes alone find
    assert loaded.inverted.code_size + 8 <= 64  # bytes per vector in the index, with its id
    assert path.stat().st_size < 80 * 20_000  # codes, ids and 256 lists' centroids (64 floats each)
    assert rows_path(path).stat().st_size == 2 * 64 * 20_000
    assert np.abs(loaded.reconstruct_n(0, 20_000) - rows).max() < 1e-3
    assert np.abs(loaded.reconstruct_batch(np.array([7, 19_999])) - rows[[7, 19_999]]).max() < 1e-3
    # fewer than asked for (a scope of 5, some of it in lists not probed): ids -1 past the last, as faiss's
    allowed = np.arange(100, 105, dtype=np.int64)
    few_scores, few = loaded.search(rows[102:103], 10, params=scoped_search_parameters(loaded, allowed))
    count = int((few[0] >= 0).sum())
    assert few[0][0] == 102 and set(few[0][:count]) <= set(allowed) and list(few[0][count:]) == [-1] * (10 - count)
    assert np.isneginf(few_scores[0][count:]).all() and count <= 5


def test_a_compressed_index_whose_vectors_file_is_cut_short_is_refused(tmp_path: Path) -> None:
    rows = clustered(20_000)
    path = tmp_path / "compressed.faiss"
    write_vector_index(build_vector_index(rows, 64, kind="compressed"), path)
    with open(rows_path(path), "r+b") as out:
        out.truncate(2 * 64 * 19_000)
    with pytest.raises(ValueError, match="expected"):
        read_vector_index(path)
    rows_path(path).unlink()
    with pytest.raises(ValueError, match="is missing"):
        read_vector_index(path)
    exact = tmp_path / "exact.faiss"
    write_vector_index(build_vector_index(rows, 64), exact)
    rows_path(exact).write_bytes(b"\0" * 2 * 64 * 20_000)  # a stale file of the right size
    with pytest.raises(ValueError, match="not compressed"):
        read_vector_index(exact)


def test_a_compressed_index_of_the_previous_layout_still_searches_a_scope(tmp_path: Path) -> None:
    """The compressed kind as written before vectors.f16 (faiss's IndexRefine, one file)."""
    import faiss

    rows = clustered(20_000)
    built = build_vector_index(rows, 64, kind="compressed")
    exact = faiss.IndexScalarQuantizer(64, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    exact.add(rows)
    refine = faiss.IndexRefine(built.inverted, exact)
    refine.k_factor = 32
    path = tmp_path / "old.faiss"
    faiss.write_index(refine, str(path))
    loaded = read_vector_index(path)
    allowed = np.arange(100, 200, dtype=np.int64)
    _, ids = loaded.search(rows[150:151], 5, params=scoped_search_parameters(loaded, allowed))
    assert ids[0][0] == 150 and set(ids[0][ids[0] >= 0]) <= set(allowed.tolist())


def test_a_scoped_search_on_a_compressed_index_stays_in_scope(monkeypatch: pytest.MonkeyPatch) -> None:
    from paddockqa import retrieval

    monkeypatch.setattr(retrieval, "EXACT_SCOPE", 1000)  # an archive's scope, scaled down
    rows = clustered(20_000)
    index = build_vector_index(rows, 64, kind="compressed")
    allowed = np.arange(5000, 7000, dtype=np.int64)  # too many for a product over stored vectors
    query = rows[5100]
    found = retrieval._nearest(index, lambda ids: rows[ids], query, 10, allowed)
    expected = allowed[np.argsort(-(rows[allowed] @ query))[:10]]
    assert found[0] == 5100 and set(found) <= set(allowed.tolist())
    assert len(set(found) & set(expected)) >= 9
