"""Calibration on held-out predictions: temperature scaling, "unknown" thresholds, reliability.

Everything here works on *out-of-fold* outputs from cross-validation, never on the rows a head
was trained on (those are over-confident by construction).
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize_scalar

from app.vision.recognition.concepts import softmax

#: Share of correct held-out predictions we accept to lose to "unknown" when picking thresholds.
DEFAULT_REJECT_RATE = 0.05
#: Upper bound of the confidence threshold (see confidence_threshold).
MAX_THRESHOLD = 0.9


def negative_log_likelihood(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    """Mean NLL of ``labels`` under softmax(logits / temperature)."""
    probs = softmax(logits.astype(np.float64) / temperature)
    picked = probs[np.arange(len(labels)), labels]
    return float(-np.log(np.maximum(picked, 1e-12)).mean())


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature in [0.05, 20] that minimises held-out NLL (Guo et al. 2017)."""
    if len(labels) == 0:
        return 1.0
    result = minimize_scalar(
        lambda log_t: negative_log_likelihood(logits, labels, float(np.exp(log_t))),
        bounds=(np.log(0.05), np.log(20.0)),
        method="bounded",
    )
    return float(np.exp(result.x))


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, bins: int = 10) -> float:
    """ECE: mean |confidence − accuracy| over equal-width confidence bins, weighted by bin size."""
    if len(labels) == 0:
        return 0.0
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        in_bin = (confidence > low) & (confidence <= high)
        if in_bin.any():
            total += in_bin.mean() * abs(confidence[in_bin].mean() - correct[in_bin].mean())
    return float(total)


def low_quantile_threshold(scores: np.ndarray, reject_rate: float = DEFAULT_REJECT_RATE) -> float:
    """The score under which only ``reject_rate`` of the given (correct, in-set) scores fall."""
    if len(scores) == 0:
        return 0.0
    return float(np.quantile(scores, reject_rate))


def confidence_threshold(probs: np.ndarray, labels: np.ndarray, reject_rate: float = DEFAULT_REJECT_RATE) -> float:
    """Top-probability threshold for "unknown": keeps all but ``reject_rate`` of correct answers.

    Never below 1.5 / n_classes, so that a nearly flat distribution is always called unknown, and
    never above ``MAX_THRESHOLD``: with a handful of easy photos every held-out answer scores
    ~1.0, and a threshold there would turn every slightly harder new photo into "unknown".
    """
    n_classes = probs.shape[1]
    correct = probs.argmax(axis=1) == labels
    floor = min(MAX_THRESHOLD, 1.5 / n_classes)
    return float(np.clip(low_quantile_threshold(probs.max(axis=1)[correct], reject_rate), floor, MAX_THRESHOLD))


def reliability_table(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> list[dict[str, float | int]]:
    """Per equal-width confidence bin: its range, how many answers fell in it, their mean confidence and accuracy.

    The table behind the ECE: a calibrated model's answers at "70 %" are right about 70 % of the time.
    Empty bins are listed too (n = 0), so tables from different runs line up.
    """
    confidence = np.asarray(confidence, dtype=np.float64)
    correct = np.asarray(correct, dtype=bool)
    edges = np.linspace(0.0, 1.0, bins + 1)
    table: list[dict[str, float | int]] = []
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        in_bin = (confidence > low) & (confidence <= high) if low > 0 else (confidence >= low) & (confidence <= high)
        n = int(in_bin.sum())
        table.append(
            {
                "from": round(float(low), 2),
                "to": round(float(high), 2),
                "n": n,
                "confidence": round(float(confidence[in_bin].mean()), 4) if n else None,
                "accuracy": round(float(correct[in_bin].mean()), 4) if n else None,
            }
        )
    return table


def answer_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """ECE of given answers from their confidences and hits (same bins as :func:`reliability_table`)."""
    table = reliability_table(confidence, correct, bins)
    total = sum(int(row["n"]) for row in table)
    if total == 0:
        return 0.0
    return float(
        sum(int(row["n"]) * abs(float(row["confidence"]) - float(row["accuracy"])) for row in table if row["n"]) / total
    )
