"""k-fold cross-validation of the head, its baselines on the same folds, and calibration.

The reported accuracy is what a curator can expect on *new* photos of the same collection:
every photo is predicted exactly once by a head that never saw it (nor any augmented view of
it). The same out-of-fold outputs then fit the temperature and the "unknown" thresholds, so
those are calibrated on data the final head did not memorise either.
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
from app.vision.recognition.head import DEFAULT_L2, fit_head, prototypes_of
from app.vision.recognition.trainset import TrainingSet

MAX_FOLDS = 5
SIMILARITY_MARGIN = 0.05


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
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> CrossValidation:
    """Run k-fold CV of the head (and nearest-centroid / nearest-neighbour baselines)."""
    cancel = cancel or CancelToken()
    labels = data.labels
    k = fold_count(labels)
    folds = stratified_folds(labels, k, seed)
    oof_logits = np.zeros((len(labels), n_classes), np.float32)
    oof_similarity = np.zeros(len(labels), np.float32)
    baseline_hits = {"nearest_centroid_raw": 0, "nearest_neighbour_raw": 0, "nearest_centroid_transformed": 0}
    for f in range(k):
        cancel.raise_if_cancelled()
        test = folds == f
        train_images = np.flatnonzero(~test)
        train_rows = np.isin(data.groups, train_images)
        head = fit_head(data.rows[train_rows], data.row_labels[train_rows], n_classes, l2)
        oof_logits[test] = head.logits(data.eval_vectors[test])
        sims = head.similarity(data.eval_vectors[test])
        oof_similarity[test] = sims.max(axis=1)
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

    temperature = fit_temperature(oof_logits, labels)
    raw_probs = softmax(oof_logits.astype(np.float64))
    probs = softmax(oof_logits.astype(np.float64) / temperature)
    predicted = probs.argmax(axis=1)
    correct = predicted == labels
    threshold = confidence_threshold(probs, labels, reject_rate)
    # Similarity threshold: looser than the confidence one (half the reject rate, minus a margin),
    # because it is meant to catch photos unlike anything taught, not hard in-collection cases;
    # with few photos the quantile is simply the lowest one seen, so the margin matters.
    min_similarity = low_quantile_threshold(oof_similarity[correct], reject_rate / 2) - SIMILARITY_MARGIN
    answered = (probs.max(axis=1) >= threshold) & (oof_similarity >= min_similarity)
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
    )
