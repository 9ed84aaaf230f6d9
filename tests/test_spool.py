"""A build's vectors on disk: rows come back as written, by id, and nothing is left behind."""

from __future__ import annotations

import numpy as np
import pytest

from paddockqa.spool import SpooledRows, SpooledVectors, VectorSpool


def unit_rows(count: int, dimension: int = 16, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(count, dimension))
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def test_rows_come_back_by_id_at_16_bits_and_the_file_has_no_name(tmp_path) -> None:
    rows = unit_rows(1000)
    folder = tmp_path / "index"
    folder.mkdir()
    with VectorSpool(folder) as spool:
        assert spool.append(rows[:300]) == range(0, 300)
        first = spool.read(np.array([5, 299]))  # read, then written to again: the mapping follows
        assert spool.append(rows[300:]) == range(300, 1000) and len(spool) == 1000
        ids = np.array([999, 0, 512, 5, 5])
        again = spool.read(ids)
        assert again.dtype == np.float32 and again.shape == (5, 16)
        assert np.abs(again - rows[ids]).max() < 1e-3  # float16: about 3 decimal digits
        assert np.array_equal(first, spool.read(np.array([5, 299])))  # the same rows, read twice
        assert spool.read(np.array([], dtype=np.int64)).shape == (0, 16)
        assert list(folder.iterdir()) == []  # an unnamed file: a killed build leaves nothing
        with pytest.raises(ValueError, match="8 dimensions for a spool of 16"):
            spool.append(np.zeros((2, 8), np.float32))


def test_spooled_rows_slice_like_an_array(tmp_path) -> None:
    rows = unit_rows(50)
    with VectorSpool(tmp_path) as spool:
        spool.append(rows)
        order = np.arange(49, -1, -1)
        matrix = SpooledRows(spool, order)
        assert len(matrix) == 50 and matrix.shape == (50, 16) and matrix.nbytes == 50 * 16 * 4
        assert np.abs(matrix[10:20] - rows[order[10:20]]).max() < 1e-3
        assert np.abs(matrix[np.array([0, 3])] - rows[[49, 46]]).max() < 1e-3


def test_a_key_keeps_its_first_row_and_only_new_vectors_are_written(tmp_path) -> None:
    with VectorSpool(tmp_path) as spool:
        known = SpooledVectors(spool)
        known.add("passages", ["a", "b"], np.array([[1.0, 0.0], [0.0, 1.0]], np.float32))
        known.add("passages", ["b", "c"], np.array([[9.0, 9.0], [0.5, 0.5]], np.float32))
        assert len(spool) == 3 and known.passages == {"a": 0, "b": 1, "c": 2}
        known.add("spans", [("a", 0, 4)], np.array([[2.0, 2.0]], np.float32))
        assert known.has_spans("a", [(0, 4)]) and not known.has_spans("a", [(0, 4), (5, 9)])
        assert known.rows("passages", ["c", "b"])[:].tolist() == [[0.5, 0.5], [0.0, 1.0]]
        with pytest.raises(KeyError):
            known.rows("sentences", ["never embedded"])
