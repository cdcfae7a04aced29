"""k-fold cross-validation of the head, its baselines on the same folds, and calibration.

The reported accuracy is what a curator can expect on *new* photos of the same collection:
every photo is predicted exactly once by a head that never saw it (nor any augmented view of
it, nor its share of the centring mean). The same out-of-fold outputs then fit the temperature
and the "unknown" thresholds, so those are calibrated on data the final head did not memorise
either.

Which head: the prototype head (nearest centroid) always; from ``LOGISTIC_FROM`` photos in every
label the logistic head is cross-validated on the same folds too and kept when it scores higher
(ties keep the prototypes). Choosing the better of two on the same folds flatters the reported
accuracy a little; the two heads' answers mostly agree, so the effect is small, and below
``LOGISTIC_FROM`` photos there is no choice to flatter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.vision.recognition.calibration import (
    DEFAULT_REJECT_RATE,
    confidence_threshold,
    expected_calibration_error,
    fit_temperature,
    low_quantile_threshold,
)
from app.vision.recognition.concepts import softmax
from app.vision.recognition.curve import LearningCurve, learning_curve
from app.vision.recognition.head import (
    DEFAULT_L2,
    HeadParams,
    balanced_mean,
    centre_vectors,
    fit_head,
    fit_prototype_head,
    prototypes_of,
)
from app.vision.recognition.trainset import TrainingSet

MAX_FOLDS = 5
SIMILARITY_MARGIN = 0.05
PROTOTYPES, LOGISTIC = "prototypes", "logistic"
#: Photos every label needs before the logistic head is tried: below it nearest centroid is as good
#: on real photos (Caltech-101, benchmarks/teach_fewshot.py: equal at 3–5 photos, logistic ahead
#: by ~0.5–1 point at 10–15) and cross-validation is too noisy to pick between near-equals.
LOGISTIC_FROM = 8
HEAD_METHODS = {
    PROTOTYPES: "nearest class centroid (cosine) on centred embeddings",
    LOGISTIC: "logistic regression (L-BFGS, class-balanced) on centred embeddings",
}


@dataclass
class CrossValidation:
    """Out-of-fold results of one teach run."""

    folds: int
    accuracy: float
    top3: float
    temperature: float
    threshold: float
    min_similarity: float
    confusion: np.ndarray  # (C, C) rows = true label, columns = predicted
    ece_raw: float
    ece_calibrated: float
    coverage: float  # share of held-out photos answered (not "unknown")
    selective_accuracy: float  # accuracy on the answered ones
    baselines: dict[str, float] = field(default_factory=dict)
    method: str = PROTOTYPES  # the head kept (see module docstring)
    candidates: dict[str, float] = field(default_factory=dict)  # cross-validated accuracy of each head tried

    def per_class_accuracy(self) -> list[float]:
        totals = self.confusion.sum(axis=1)
        return [float(self.confusion[c, c] / t) if t else 0.0 for c, t in enumerate(totals)]

    def metrics(self, label_ids: list[str]) -> dict[str, Any]:
        """The card's [metrics] table."""
        return {
            "cv_folds": self.folds,
            "cv_accuracy": round(self.accuracy, 4),
            "cv_top3": round(self.top3, 4),
            "cv_per_class": {lid: round(a, 4) for lid, a in zip(label_ids, self.per_class_accuracy(), strict=True)},
            "cv_confusion": self.confusion.astype(int).tolist(),
            "cv_confusion_labels": label_ids,
            "cv_ece_raw": round(self.ece_raw, 4),
            "cv_ece_calibrated": round(self.ece_calibrated, 4),
            "cv_coverage": round(self.coverage, 4),
            "cv_selective_accuracy": round(self.selective_accuracy, 4),
            "cv_head": self.method,
            "cv_heads_tried": {k: round(v, 4) for k, v in self.candidates.items()},
            "baselines": {k: round(v, 4) for k, v in self.baselines.items()},
        }


def stratified_folds(labels: np.ndarray, k: int, seed: int = 0) -> np.ndarray:
    """Fold index of each photo: every label's photos spread round-robin over the folds."""
    rng = np.random.default_rng(seed)
    fold = np.zeros(len(labels), dtype=np.int64)
    offset = 0
    for label in np.unique(labels):
        members = rng.permutation(np.flatnonzero(labels == label))
        fold[members] = (np.arange(len(members)) + offset) % k
        offset += len(members)  # spreads the leftovers of small classes over different folds
    return fold


def fold_count(labels: np.ndarray) -> int:
    """As many folds as the rarest label allows (each fold holds out ≥ 1 photo of it), at most 5."""
    return int(min(MAX_FOLDS, np.bincount(labels).min()))


def head_candidates(labels: np.ndarray) -> tuple[str, ...]:
    """The heads worth cross-validating for these photo labels (prototypes first: they win ties)."""
    return (PROTOTYPES, LOGISTIC) if np.bincount(labels).min() >= LOGISTIC_FROM else (PROTOTYPES,)


def fit_on(data: TrainingSet, photos: np.ndarray, n_classes: int, method: str, l2: float = DEFAULT_L2) -> HeadParams:
    """A ``method`` head taught on ``photos`` (indices; all their views), centred on their mean.

    Every label needs at least one of the photos. Only these photos feed the centre, so a
    cross-validation fold never sees its held-out photos, not even through the mean.
    """
    photos = np.asarray(photos)
    centre = balanced_mean(data.eval_vectors[photos], data.labels[photos])
    taught = np.isin(data.groups, photos)
    rows, row_labels = centre_vectors(data.rows[taught], centre), data.row_labels[taught]
    if method == PROTOTYPES:
        head = fit_prototype_head(rows, row_labels, n_classes)
    elif method == LOGISTIC:
        head = fit_head(rows, row_labels, n_classes, l2)
    else:
        raise ValueError(f"unknown head {method!r}")
    head.centre = centre
    return head


def _cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-8)
    b = b / np.maximum(np.linalg.norm(b, axis=1, keepdims=True), 1e-8)
    return a @ b.T


def cross_validate(
    data: TrainingSet,
    n_classes: int,
    *,
    l2: float = DEFAULT_L2,
    seed: int = 0,
    reject_rate: float = DEFAULT_REJECT_RATE,
    methods: tuple[str, ...] | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> CrossValidation:
    """Run k-fold CV of the candidate heads (and nearest-centroid / nearest-neighbour baselines)."""
    cancel = cancel or CancelToken()
    labels = data.labels
    methods = methods or head_candidates(labels)
    k = fold_count(labels)
    folds = stratified_folds(labels, k, seed)
    oof_logits = {m: np.zeros((len(labels), n_classes), np.float32) for m in methods}
    oof_similarity = {m: np.zeros(len(labels), np.float32) for m in methods}
    baseline_hits = {"nearest_centroid_raw": 0, "nearest_neighbour_raw": 0, "nearest_centroid_transformed": 0}
    for f in range(k):
        cancel.raise_if_cancelled()
        test = folds == f
        for method in methods:
            head = fit_on(data, np.flatnonzero(~test), n_classes, method, l2)
            oof_logits[method][test] = head.logits(data.eval_vectors[test])
            oof_similarity[method][test] = head.similarity(data.eval_vectors[test]).max(axis=1)
        # Baselines see exactly the same photos: one standard-view embedding per training photo.
        raw_train, raw_test = data.eval_pooled[~test], data.eval_pooled[test]
        train_labels = labels[~test]
        centroids = prototypes_of(raw_train, train_labels, n_classes)
        baseline_hits["nearest_centroid_raw"] += int((_cosine(raw_test, centroids).argmax(1) == labels[test]).sum())
        nearest = _cosine(raw_test, raw_train).argmax(1)
        baseline_hits["nearest_neighbour_raw"] += int((train_labels[nearest] == labels[test]).sum())
        protos = prototypes_of(data.eval_vectors[~test], train_labels, n_classes)
        hits = (_cosine(data.eval_vectors[test], protos).argmax(1) == labels[test]).sum()
        baseline_hits["nearest_centroid_transformed"] += int(hits)
        progress(Progress((f + 1) / k, f"cross-validation fold {f + 1} of {k}"))

    candidates = {m: float((oof_logits[m].argmax(axis=1) == labels).mean()) for m in methods}
    method = max(methods, key=lambda m: candidates[m])  # max keeps the first of equals: prototypes
    logits, similarity = oof_logits[method], oof_similarity[method]
    temperature = fit_temperature(logits, labels)
    raw_probs = softmax(logits.astype(np.float64))
    probs = softmax(logits.astype(np.float64) / temperature)
    predicted = probs.argmax(axis=1)
    correct = predicted == labels
    threshold = confidence_threshold(probs, labels, reject_rate)
    # Similarity threshold: looser than the confidence one (half the reject rate, minus a margin),
    # because it is meant to catch photos unlike anything taught, not hard in-collection cases;
    # with few photos the quantile is simply the lowest one seen, so the margin matters.
    min_similarity = low_quantile_threshold(similarity[correct], reject_rate / 2) - SIMILARITY_MARGIN
    answered = (probs.max(axis=1) >= threshold) & (similarity >= min_similarity)
    top3 = np.argsort(-probs, axis=1)[:, :3]
    confusion = np.zeros((n_classes, n_classes), np.int64)
    np.add.at(confusion, (labels, predicted), 1)
    n = len(labels)
    return CrossValidation(
        folds=k,
        accuracy=float(correct.mean()),
        top3=float((top3 == labels[:, None]).any(axis=1).mean()),
        temperature=temperature,
        threshold=threshold,
        min_similarity=float(min_similarity),
        confusion=confusion,
        ece_raw=expected_calibration_error(raw_probs, labels),
        ece_calibrated=expected_calibration_error(probs, labels),
        coverage=float(answered.mean()),
        selective_accuracy=float(correct[answered].mean()) if answered.any() else 0.0,
        baselines={name: hits / n for name, hits in baseline_hits.items()},
        method=method,
        candidates=candidates,
    )


def learning_curve_of(
    data: TrainingSet, n_classes: int, method: str, *, l2: float = DEFAULT_L2, seed: int = 0
) -> LearningCurve | None:
    """The learning curve of ``method`` on this training set (see :mod:`curve`): the same head,
    taught on sub-samples of the photos and tested on the rest."""

    def fit_predict(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        return fit_on(data, train, n_classes, method, l2).logits(data.eval_vectors[test]).argmax(axis=1)

    return learning_curve(data.labels, fit_predict, seed=seed)
