"""Exact and approximate vector indexes: same answers where it matters, memory-mapped loading."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from paddockqa.vectors import build_vector_index, read_vector_index


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
    approximate = build_vector_index(rows, 64, exact_below=5000)
    assert isinstance(exact, faiss.IndexFlatCodes) and isinstance(approximate, faiss.IndexHNSWFlat)
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
    # the stored vectors come back, as the index build's reuse and the answer step need
    assert np.allclose(approximate.reconstruct_batch(np.array([3, 4000])), rows[[3, 4000]])


def test_scoped_search_and_memory_mapped_round_trip(tmp_path: Path) -> None:
    import faiss

    rows = clustered(3000)
    for exact_below in (10_000, 1000):
        path = tmp_path / f"v{exact_below}.faiss"
        faiss.write_index(build_vector_index(rows, 64, exact_below=exact_below), str(path))
        loaded = read_vector_index(path)
        allowed = np.arange(100, 200, dtype=np.int64)
        params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
        _, ids = loaded.search(rows[150:151], 5, params=params)
        assert ids[0][0] == 150 and set(ids[0][ids[0] >= 0]) <= set(allowed.tolist())
        assert loaded.ntotal == 3000


def test_a_scoped_search_on_a_graph_index_is_exact() -> None:
    from paddockqa.retrieval import _nearest

    rows = clustered(4000)
    graph = build_vector_index(rows, 64, exact_below=0)
    allowed = np.arange(1000, 1010, dtype=np.int64)  # one short document's passages
    query = rows[1005]

    class GraphNotToSearch(type(graph)):  # a graph, whose search must not be trusted with a scope
        def search(self, *args, **kwargs):
            if kwargs.get("params") is not None:
                raise AssertionError("a small scope was searched through the graph")
            return graph.search(*args, **kwargs)

    guarded = GraphNotToSearch(64, 32, graph.metric_type)
    found = _nearest(guarded, lambda ids: rows[ids], query, 5, allowed)
    expected = allowed[np.argsort(-(rows[allowed] @ query))[:5]]
    assert list(found) == list(expected) and found[0] == 1005
    assert len(_nearest(graph, lambda ids: rows[ids], query, 5, None)) == 5
