"""The default tagger's fusion of concepts and head: fitting, calibration, storage and reliability tables."""

from __future__ import annotations

import numpy as np
import pytest

from app.domain.errors import ModelUnavailable
from app.vision.recognition.calibration import answer_calibration_error, reliability_table
from app.vision.recognition.concepts import softmax
from app.vision.recognition.fusion import FusionParams, fit_fusion, fused_probabilities
from app.vision.recognition.head import fit_head
from app.vision.recognition.store import (
    FUSION_TENSOR,
    Label,
    OpenSet,
    build_card,
    load_recognition_model,
    save_head_model,
)
from app.vision.registry import ModelRegistry


def _experts(n: int, k: int, concept_skill: float, head_skill: float, seed: int):
    """Synthetic expert outputs: each puts ``skill``-scaled extra log-odds on the true class."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, k, n)
    onehot = np.eye(k)[labels]
    concepts = softmax(rng.normal(size=(n, k)) + concept_skill * onehot)
    head = softmax(rng.normal(size=(n, k)) + head_skill * onehot)
    return concepts, head, labels


def test_fit_trusts_the_better_expert_and_is_calibrated():
    concepts, head, labels = _experts(4000, 5, concept_skill=3.0, head_skill=0.3, seed=1)
    params = fit_fusion(concepts, head, labels)
    assert params.concept_weight > 3 * params.head_weight
    test_c, test_h, test_y = _experts(4000, 5, 3.0, 0.3, seed=2)
    probs = fused_probabilities(test_c, test_h, params)
    assert np.allclose(probs.sum(axis=1), 1.0)
    confidence, hits = probs.max(axis=1), probs.argmax(axis=1) == test_y
    assert answer_calibration_error(confidence, hits) < 0.05
    # A fusion that ignores the fitted weights (both at 1) is over-confident on the same photos.
    naive = fused_probabilities(test_c, test_h, FusionParams(1.0, 1.0, np.zeros(5)))
    assert answer_calibration_error(naive.max(axis=1), naive.argmax(axis=1) == test_y) > 0.05


def test_free_bias_only_moves_the_outputs_it_is_given():
    concepts, head, labels = _experts(3000, 4, 2.0, 2.0, seed=3)
    labels = np.where(np.random.default_rng(0).random(len(labels)) < 0.5, 3, labels)  # class 3 is common
    free = np.array([False, False, False, True])
    params = fit_fusion(concepts, head, labels, free_bias=free)
    assert params.bias[3] > 0.1 and np.all(params.bias[:3] == 0)


def test_params_round_trip_and_reject_a_wrong_bias_length():
    params = FusionParams(1.5, 0.25, np.array([0.0, 0.5, -1.0]))
    again = FusionParams.from_dict(params.to_dict(), 3)
    assert again.concept_weight == 1.5 and np.allclose(again.bias, params.bias)
    with pytest.raises(ValueError):
        FusionParams.from_dict(params.to_dict(), 4)


def test_reliability_table_counts_every_answer_once():
    confidence = np.array([0.05, 0.15, 0.55, 0.55, 0.95, 1.0])
    hits = np.array([False, False, True, False, True, True])
    table = reliability_table(confidence, hits)
    assert len(table) == 10 and sum(row["n"] for row in table) == 6
    middle = table[5]
    assert middle["n"] == 2 and middle["accuracy"] == 0.5 and middle["confidence"] == 0.55
    assert table[3]["n"] == 0 and table[3]["accuracy"] is None


def _fused_card_model(tmp_path, evidence: np.ndarray | None):
    rng = np.random.default_rng(0)
    x = np.abs(rng.normal(size=(20, 16))).astype(np.float32)
    head = fit_head(x, np.repeat([0, 1], 10), 2)  # types only: "not heritage" comes from the concepts
    labels = [Label("pagoda", "Pagoda", "탑"), Label("bell", "Bell", "종"), Label("not_heritage", "No", "아님", True)]
    card = build_card(
        model_id="fused", version="1.0.0", labels=labels, backbone_sha256="0" * 64, head=head, origin="test",
        licence="test", description_en="t", description_ko="t", metrics={}, open_set=OpenSet(), training={},
        fusion=FusionParams(1.0, 0.5, np.array([0.0, 0.0, 0.3])).to_dict(),
    )  # fmt: skip
    save_head_model(tmp_path / "fused", card, head, concept_evidence=evidence)
    return ModelRegistry([tmp_path])


def test_fused_model_keeps_its_concept_map_inside_the_checked_weights(tmp_path):
    evidence = np.zeros((1000, 3), np.float32)
    evidence[832, 0] = 1.0  # stupa → pagoda
    registry = _fused_card_model(tmp_path, evidence)
    model = load_recognition_model(registry, "fused", "0" * 64)
    assert model.fusion is not None and model.fusion.evidence[832, 0] == 1.0
    assert model.fusion.params.head_weight == 0.5
    state = registry.load_state_dict(registry.get("fused"))
    assert FUSION_TENSOR in state


def test_fused_card_without_its_concept_map_is_refused(tmp_path):
    registry = _fused_card_model(tmp_path, None)
    with pytest.raises(ModelUnavailable, match="concept fusion"):
        load_recognition_model(registry, "fused", "0" * 64)


def test_silent_head_column_leaves_not_heritage_to_the_concepts():
    from app.vision.recognition.fusion import with_silent_column

    head = np.array([[0.9, 0.1], [0.5, 0.5]])
    concepts_everyday = np.array([[0.0, 0.0, 0.9], [0.0, 0.0, 0.9]])
    params = FusionParams(1.0, 1.0, np.zeros(3))
    probs = fused_probabilities(concepts_everyday, with_silent_column(head), params)
    assert probs.shape == (2, 3) and np.all(probs.argmax(axis=1) == 2)
    scaled = params.scaled(2.0)
    sharper = fused_probabilities(concepts_everyday, with_silent_column(head), scaled)
    assert np.all(sharper.max(axis=1) > probs.max(axis=1))
