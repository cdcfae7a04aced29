"""The default tagger's everyday expert: its probe, its held-out-class folds and its place in the model file."""

from __future__ import annotations

import numpy as np
import pytest

from app.domain.errors import ModelUnavailable
from app.vision.recognition.everyday import (
    DIRECTION_TENSOR,
    PROBE_L2,
    EverydayTerm,
    class_held_out_folds,
    fit_probe,
)
from app.vision.recognition.fusion import FusionParams, fused_probabilities
from app.vision.recognition.head import fit_head
from app.vision.recognition.store import Label, OpenSet, build_card, load_recognition_model, save_head_model
from app.vision.registry import ModelRegistry


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def test_probe_gives_everyday_photos_positive_log_odds():
    rng = np.random.default_rng(0)
    everyday = _unit(rng.normal(size=(60, 32)) + np.eye(32)[0] * 6)
    heritage = _unit(rng.normal(size=(60, 32)) + np.eye(32)[1] * 6)
    term = fit_probe(np.concatenate([everyday, heritage]), np.repeat([True, False], 60))
    fresh_everyday = _unit(rng.normal(size=(20, 32)) + np.eye(32)[0] * 6)
    fresh_heritage = _unit(rng.normal(size=(20, 32)) + np.eye(32)[1] * 6)
    assert (term.logit(fresh_everyday) > 0).mean() > 0.8
    assert (term.logit(fresh_heritage) < 0).mean() > 0.8
    # Folding the head's centring and scale into one direction must not change its answer.
    head = fit_head(np.concatenate([everyday, heritage]), np.repeat([1, 0], 60), 2, l2=PROBE_L2)
    raw = head.logits(fresh_everyday)
    assert np.allclose(term.logit(fresh_everyday), raw[:, 1] - raw[:, 0], atol=1e-3)


def test_term_raises_only_the_not_heritage_logit():
    concepts = np.full((2, 3), 1 / 3)
    head = np.full((2, 3), 1 / 3)
    params = FusionParams(1.0, 1.0, np.zeros(3))
    plain = fused_probabilities(concepts, head, params)
    pushed = fused_probabilities(concepts, head, params, np.array([4.0, -4.0]))
    assert pushed[0].argmax() == 2 and pushed[0, 2] > plain[0, 2]
    assert pushed[1, 2] < plain[1, 2]
    assert np.isclose(pushed[0, 0], pushed[0, 1])  # the type columns keep their ratio


def test_held_out_folds_keep_each_heritage_class_whole():
    classes = ["pagoda"] * 10 + ["buddha"] * 10 + ["minaret"] * 5 + ["dog"] * 30 + ["car"] * 30
    heritage = np.array([c in ("pagoda", "buddha", "minaret") for c in classes])
    folds = class_held_out_folds(classes, heritage, k=3)
    for name in ("pagoda", "buddha", "minaret"):
        assert len(set(folds[np.array(classes) == name])) == 1
    assert len(set(folds[~heritage])) == 3  # everyday photos spread over every fold
    assert set(folds) <= {0, 1, 2}


def test_term_round_trips_and_refuses_the_wrong_shape():
    term = EverydayTerm(np.arange(8, dtype=np.float32), -1.5)
    back = EverydayTerm.from_tensors(term.to_tensors(), 8)
    assert back is not None and np.array_equal(back.direction, term.direction) and back.offset == -1.5
    assert EverydayTerm.from_tensors({}, 8) is None
    with pytest.raises(ValueError):
        EverydayTerm.from_tensors(term.to_tensors(), 9)
    assert np.allclose(term.scaled(2.0).logit(np.ones((1, 8))), 2 * term.logit(np.ones((1, 8))))


def _save_fused(tmp_path, everyday: EverydayTerm | None):
    rng = np.random.default_rng(0)
    x = _unit(np.abs(rng.normal(size=(20, 16))))
    head = fit_head(x, np.repeat([0, 1], 10), 2)
    labels = [Label("pagoda", "Pagoda", "탑"), Label("bell", "Bell", "종"), Label("not_heritage", "No", "아님", True)]
    card = build_card(
        model_id="fused", version="1.0.0", labels=labels, backbone_sha256="0" * 64, head=head, origin="test",
        licence="test", description_en="t", description_ko="t", metrics={}, open_set=OpenSet(), training={},
        fusion=FusionParams(1.0, 0.5, np.array([0.0, 0.0, 0.3])).to_dict(),
    )  # fmt: skip
    save_head_model(tmp_path / "fused", card, head, concept_evidence=np.zeros((1000, 3), np.float32),
                    everyday=everyday)
    return ModelRegistry([tmp_path])


def test_saved_model_carries_its_everyday_term_inside_the_checked_weights(tmp_path):
    registry = _save_fused(tmp_path, EverydayTerm(np.full(16, 0.25, np.float32), 2.0))
    model = load_recognition_model(registry, "fused", "0" * 64)
    assert model.fusion is not None and model.fusion.everyday is not None
    assert model.fusion.everyday.offset == 2.0
    assert DIRECTION_TENSOR in registry.load_state_dict(registry.get("fused"))


def test_model_without_the_term_still_loads_and_a_malformed_one_is_refused(tmp_path):
    model = load_recognition_model(_save_fused(tmp_path / "a", None), "fused", "0" * 64)
    assert model.fusion is not None and model.fusion.everyday is None
    registry = _save_fused(tmp_path / "b", EverydayTerm(np.zeros(7, np.float32), 0.0))
    with pytest.raises(ModelUnavailable, match="everyday"):
        load_recognition_model(registry, "fused", "0" * 64)


def test_classifier_uses_the_term(tmp_path):
    from app.vision.recognition.classify import Classifier

    # The same model with a strongly negative and a strongly positive everyday term: the term alone flips the answer.
    heritage_side = load_recognition_model(
        _save_fused(tmp_path / "a", EverydayTerm(np.zeros(16, np.float32), -20.0)), "fused", "0" * 64)
    everyday_side = load_recognition_model(
        _save_fused(tmp_path / "b", EverydayTerm(np.zeros(16, np.float32), 20.0)), "fused", "0" * 64)
    vectors = _unit(np.abs(np.random.default_rng(1).normal(size=(3, 16))))
    imagenet = np.full((3, 1000), 1e-3)
    answers = []
    for model in (heritage_side, everyday_side):
        classifier = Classifier.__new__(Classifier)
        classifier.model = model
        answers.append(classifier.probabilities(vectors, imagenet).argmax(axis=1))
    assert np.all(answers[0] != 2) and np.all(answers[1] == 2)


def _calibrated_sample(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Logits whose softmax at factor 1 is the true probability of each sampled label."""
    logits = rng.normal(0.0, 2.0, (n, 4))
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    labels = np.array([rng.choice(4, p=row) for row in probs])
    return logits, labels


def test_humblest_scale_is_below_the_best_when_few_photos_cannot_tell():
    from app.vision.recognition.default_tagger import humblest_scale

    rng = np.random.default_rng(5)
    logits, labels = _calibrated_sample(60, rng)
    scale = humblest_scale(logits, labels)
    # Sixty photos cannot tell 1.0 from a much humbler factor: the rule takes the humbler one …
    assert 0.3 < scale < 0.95
    # … but tens of thousands of photos pin the truth (factor 1) down and the rule moves close to it.
    logits, labels = _calibrated_sample(20_000, rng)
    assert scale + 0.2 < humblest_scale(logits, labels) <= 1.02


def test_humblest_scale_follows_confident_right_answers_upwards():
    from app.vision.recognition.default_tagger import humblest_scale

    rng = np.random.default_rng(6)
    labels = rng.integers(0, 3, 500)
    logits = rng.normal(0.0, 0.3, (500, 3))
    logits[np.arange(500), labels] += 1.0  # always right: the best factor is large, never below 1
    assert humblest_scale(logits, labels) > 1.5
