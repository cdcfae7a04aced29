"""The teaching recipe without model weights: centring, the two heads, calibration by cross-validation,
the learning curve and the refusal of models taught with the old feature recipe."""

from __future__ import annotations

import numpy as np
import pytest

from app.domain.errors import ModelUnavailable
from app.vision.recognition.crossval import LOGISTIC, LOGISTIC_FROM, PROTOTYPES, cross_validate, fit_on
from app.vision.recognition.curve import (
    DEFAULT_EXPONENT,
    CurvePoint,
    LearningCurve,
    fit_curve,
    learning_curve,
    measure_points,
)
from app.vision.recognition.head import (
    PROTOTYPE_SCALE,
    HeadParams,
    balanced_mean,
    centre_vectors,
    fit_prototype_head,
)
from app.vision.recognition.store import (
    FEATURE_RECIPE,
    Label,
    OpenSet,
    build_card,
    load_recognition_model,
    save_head_model,
)
from app.vision.recognition.trainset import TrainingSet
from app.vision.registry import ModelRegistry


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def _photo_like(rng: np.random.Generator, n_per: int, n_classes: int, spread: float = 4.0, noise: float = 0.3):
    """Power-transformed, non-negative "activations": 32 generic channels every photo fires (with a
    photo-dependent strength, like light and texture) plus 4 channels of its own per class."""
    dim, generic = 96, 32
    labels = np.repeat(np.arange(n_classes), n_per)
    own = np.zeros((n_classes, dim))
    for c in range(n_classes):
        own[c, generic + 4 * c : generic + 4 * c + 4] = 1.0
    shared = np.zeros(dim)
    shared[:generic] = 1.0
    strength = np.exp(rng.uniform(0.0, np.log(spread), size=(len(labels), 1)))
    x = strength * shared * rng.uniform(0.5, 1.5, size=(len(labels), dim)) + own[labels]
    x += noise * np.abs(rng.normal(size=x.shape))
    return _unit(np.sqrt(x)), labels


def _centred_prototype_head(vectors: np.ndarray, labels: np.ndarray, n_classes: int) -> HeadParams:
    centre = balanced_mean(vectors, labels)
    head = fit_prototype_head(centre_vectors(vectors, centre), labels, n_classes)
    head.centre = centre
    return head


# --- centring -------------------------------------------------------------------------------------


def test_centring_removes_the_shared_part_of_the_centroids():
    rng = np.random.default_rng(0)
    common = np.abs(rng.normal(size=64)) + 2.0  # what every photo shares
    a, b = np.zeros(64), np.zeros(64)
    a[0], b[1] = 1.5, 1.5
    x = _unit(np.stack([common + a, common + a * 0.8, common + b, common + b * 1.2]))
    y = np.array([0, 0, 1, 1])
    raw = fit_prototype_head(x, y, 2)
    assert raw.prototypes[0] @ raw.prototypes[1] > 0.8  # "both are photos"
    centre = balanced_mean(x, y)
    assert np.allclose(centre, (x[:2].mean(0) + x[2:].mean(0)) / 2, atol=1e-6)
    head = _centred_prototype_head(x, y, 2)
    assert head.prototypes[0] @ head.prototypes[1] < -0.9  # what is left tells them apart
    # The head centres what it is given, then scores cosines to the centred prototypes.
    query = _unit(common[None] + a[None] * 0.9)
    expected = PROTOTYPE_SCALE * centre_vectors(query, centre) @ head.prototypes.T
    assert np.allclose(head.logits(query), expected, atol=1e-5)
    assert np.allclose(head.prepare(query), _unit(query - centre), atol=1e-6)
    assert head.logits(query).argmax() == 0


def test_balanced_mean_is_not_pulled_towards_the_largest_label():
    x = np.array([[1.0, 0.0]] * 9 + [[0.0, 1.0]], np.float32)
    y = np.array([0] * 9 + [1])
    assert np.allclose(balanced_mean(x, y), [0.5, 0.5])


def test_centring_helps_nearest_centroid_on_photo_like_features():
    raw_hits = centred_hits = 0
    for seed in range(30):
        rng = np.random.default_rng(seed)
        taught, taught_y = _photo_like(rng, 1, 8)
        new, new_y = _photo_like(rng, 20, 8)
        raw_hits += int((fit_prototype_head(taught, taught_y, 8).logits(new).argmax(1) == new_y).sum())
        centred = _centred_prototype_head(taught, taught_y, 8)
        centred_hits += int((centred.logits(new).argmax(1) == new_y).sum())
    total = 30 * 8 * 20
    assert centred_hits / total >= raw_hits / total + 0.02, (raw_hits / total, centred_hits / total)


def test_head_with_centre_round_trips_and_checks_its_shape():
    rng = np.random.default_rng(1)
    x, y = _photo_like(rng, 3, 4)
    head = _centred_prototype_head(x, y, 4)
    again = HeadParams.from_tensors(head.to_tensors())
    assert again.centre is not None and np.allclose(again.centre, head.centre)
    assert np.allclose(again.logits(x), head.logits(x), atol=1e-5)
    plain = fit_prototype_head(x, y, 4)
    assert "centre" not in plain.to_tensors() and HeadParams.from_tensors(plain.to_tensors()).centre is None
    tensors = head.to_tensors()
    tensors["centre"] = tensors["centre"][:10]
    with pytest.raises(ValueError, match="centre"):
        HeadParams.from_tensors(tensors)
    with pytest.raises(ValueError, match="every label"):
        fit_prototype_head(x, np.zeros_like(y), 4)


# --- cross-validation and calibration ---------------------------------------------------------------


def _training_set(vectors: np.ndarray, labels: np.ndarray, views: int = 2, seed: int = 0) -> TrainingSet:
    """A TrainingSet of synthetic photos: each photo's rows are jittered copies of its vector."""
    rng = np.random.default_rng(seed)
    rows = _unit(np.repeat(vectors, views, axis=0) + 0.02 * rng.normal(size=(len(vectors) * views, vectors.shape[1])))
    return TrainingSet(
        rows=rows,
        row_labels=np.repeat(labels, views),
        groups=np.repeat(np.arange(len(labels)), views),
        eval_vectors=vectors,
        eval_pooled=vectors ** 2,  # any non-negative "raw" embedding for the baselines
        labels=labels,
        imagenet_logits=np.zeros((len(labels), 1000), np.float32),
        views_per_image=views,
    )


def _clusters(n_per: int, n_classes: int, spread: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n_classes, 48))
    x = np.concatenate([c + spread * rng.normal(size=(n_per, 48)) for c in centres])
    return _unit(np.abs(x)), np.repeat(np.arange(n_classes), n_per)


def test_cross_validation_calibrates_separable_clusters():
    x, y = _clusters(5, 4, 0.15, 0)
    cv = cross_validate(_training_set(x, y), 4)
    assert cv.method == PROTOTYPES and list(cv.candidates) == [PROTOTYPES]  # too few photos to try logistic
    assert cv.accuracy == 1.0 and cv.folds == 5
    # Every held-out photo is right, so calibrated confidence must be close to 100 %.
    assert cv.ece_calibrated < 0.05 and cv.temperature < 1.0


def test_cross_validation_stays_calibrated_on_harder_clusters_and_tries_logistic_with_enough_photos():
    x, y = _clusters(LOGISTIC_FROM, 5, 0.9, 3)
    cv = cross_validate(_training_set(x, y), 5)
    assert set(cv.candidates) == {PROTOTYPES, LOGISTIC}
    assert cv.accuracy == max(cv.candidates.values()) and cv.method in cv.candidates
    assert 0.3 < cv.accuracy < 1.0  # a real test of calibration: the head makes mistakes
    assert cv.ece_calibrated < 0.12
    assert cv.ece_calibrated <= cv.ece_raw + 1e-9


def test_fit_on_centres_on_the_given_photos_only():
    x, y = _clusters(4, 3, 0.3, 5)
    data = _training_set(x, y)
    photos = np.array([0, 1, 4, 5, 8, 9])
    head = fit_on(data, photos, 3, PROTOTYPES)
    assert np.allclose(head.centre, balanced_mean(x[photos], y[photos]), atol=1e-6)
    with pytest.raises(ValueError, match="unknown head"):
        fit_on(data, photos, 3, "svm")


# --- learning curve ---------------------------------------------------------------------------------


def test_learning_curve_fit_recovers_a_power_law_and_extrapolates():
    n = np.array([1, 2, 3, 5, 8, 13], float)
    truth = 0.9 - 0.4 * n**-0.7
    a, b, c, fitted = fit_curve(n, truth)
    assert fitted and a == pytest.approx(0.9, abs=0.01) and c == pytest.approx(0.7, abs=0.1)
    curve = LearningCurve(tuple(CurvePoint(float(k), float(v), 100) for k, v in zip(n, truth, strict=True)),
                          a, b, c, 13.0, fitted)  # fmt: skip
    assert curve.expected(30) == pytest.approx(0.9 - 0.4 * 30**-0.7, abs=0.01)
    assert curve.expected(10_000) <= 0.9 + 0.01


def test_learning_curve_fit_with_few_points_or_noise_stays_sensible():
    a, b, c, fitted = fit_curve([1, 2], [0.5, 0.6])
    assert not fitted and c == DEFAULT_EXPONENT and b > 0 and 0.6 < a <= 1.0
    a, b, _, _ = fit_curve([1, 2, 3], [0.7, 0.65, 0.6])  # falling with more photos: noise, a flat line
    assert b == 0.0 and a == pytest.approx(0.65)
    a, _, _, _ = fit_curve([1, 2, 3], [0.9, 0.99, 1.0])  # would pass 100 %: the plateau is pinned
    assert a == 1.0
    with pytest.raises(ValueError):
        fit_curve([1, 2], [0.5])


def test_measured_learning_curve_rises_and_round_trips_through_the_card():
    labels = np.repeat(np.arange(4), 10)
    rng = np.random.default_rng(0)

    def fake_teach(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        # Right with a probability that grows with the photos taught per label, like a real head.
        per_label = len(train) / 4
        right = rng.random(len(test)) < 0.95 - 0.5 * per_label**-0.8
        return np.where(right, labels[test], (labels[test] + 1) % 4)

    points = measure_points(labels, fake_teach, repeats=5)
    assert [p.n for p in points] == [1, 2, 3, 5, 8]
    assert points[-1].accuracy > points[0].accuracy + 0.2
    curve = learning_curve(labels, fake_teach, repeats=5)
    assert curve is not None and curve.current == 10
    assert curve.expected(20) >= curve.expected(10) >= curve.expected(1)
    table = curve.to_metrics()
    again = LearningCurve.from_metrics(table)  # rounded to 4 digits in the card
    assert [p.n for p in again.points] == [p.n for p in curve.points]
    assert again.expected(15) == pytest.approx(curve.expected(15), abs=1e-3)
    assert table["outlook_extra_per_label"] == [5, 10, 20] and len(table["outlook_expected_accuracy"]) == 3
    assert "estimate" in curve.sentence() and "10 more photos" in curve.sentence()
    assert learning_curve(np.repeat(np.arange(3), 2), fake_teach) is None  # 2 photos per label: nothing to fit


# --- the feature recipe -----------------------------------------------------------------------------


def _save(folder, model_id: str, feature: str):
    x, y = _clusters(3, 2, 0.2, 7)
    head = _centred_prototype_head(x, y, 2)
    card = build_card(
        model_id=model_id, version="1.0.0", labels=[Label("a", "A", "A"), Label("b", "B", "B")],
        backbone_sha256="0" * 64, head=head, origin="test", licence="test", description_en="t",
        description_ko="t", metrics={}, open_set=OpenSet(), training={},
    )  # fmt: skip
    card["arch_params"]["feature"] = feature
    return save_head_model(folder / model_id, card, head)


def test_a_model_taught_with_the_old_recipe_is_refused(tmp_path):
    assert FEATURE_RECIPE != "gap-sqrt-l2/v1"
    _save(tmp_path, "current", FEATURE_RECIPE)
    _save(tmp_path, "old_teach", "gap-sqrt-l2/v1")
    registry = ModelRegistry([tmp_path])
    model = load_recognition_model(registry, "current", "0" * 64)
    assert model.head.centre is not None
    with pytest.raises(ModelUnavailable, match="teach it again"):
        load_recognition_model(registry, "old_teach", "0" * 64)
