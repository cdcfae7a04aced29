"""Learning curve of a taught model: "with N more photos per label, expect about X %".

A curator's first question after teaching is whether more photos would help. The honest answer
comes from the photos already taught: teach again on sub-samples of 1, 2, 3, 5… photos per label,
test each time on the photos left out, and fit a saturating curve through those accuracies,

    accuracy(n) ≈ a − b · n^(−c)        (n = teaching photos per label; a ≤ 1 is the plateau)

the usual power-law shape of learning curves (Cortes et al. 1994; Hestness et al. 2017). With
fewer than four measured sizes the exponent is fixed at ``DEFAULT_EXPONENT`` and only ``a`` and
``b`` are fitted. Extrapolating from a handful of photos is rough: the curve is an estimate, shown
as one, and the further it reaches past the measured sizes the less it is worth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Sub-sample sizes (teaching photos per label) measured, up to what the collection allows.
SIZES = (1, 2, 3, 5, 8, 13, 21, 34)
#: Exponent used when there are too few measured sizes to fit it.
DEFAULT_EXPONENT = 0.5
_EXPONENT_BOUNDS = (0.1, 2.0)
#: Extra photos per label the outlook reports by default.
OUTLOOK = (5, 10, 20)
#: Beyond this many times the largest measured size, an extrapolation is called rough.
_SAFE_REACH = 3.0

FitPredict = Callable[[np.ndarray, np.ndarray], np.ndarray]
"""(train photo indices, test photo indices) → predicted labels of the test photos."""


@dataclass(frozen=True)
class CurvePoint:
    """Accuracy measured with ``n`` teaching photos per label (mean over labels and draws)."""

    n: float
    accuracy: float
    tested: int  # predictions behind the accuracy (all draws together)


@dataclass(frozen=True)
class LearningCurve:
    """Measured points and the fitted curve ``a − b·n^(−c)``; ``current`` = photos per label taught."""

    points: tuple[CurvePoint, ...]
    a: float
    b: float
    c: float
    current: float
    exponent_fitted: bool

    def expected(self, n: float) -> float:
        """Estimated accuracy (0–1) of a model taught with ``n`` photos per label."""
        return float(np.clip(self.a - self.b * max(float(n), 1.0) ** (-self.c), 0.0, 1.0))

    def outlook(self, extra: Sequence[int] = OUTLOOK) -> list[dict[str, Any]]:
        """For each number of extra photos per label: the estimate and whether it reaches far."""
        largest = max(p.n for p in self.points)
        return [
            {
                "extra_per_label": int(k),
                "per_label": round(self.current + k, 1),
                "expected_accuracy": round(self.expected(self.current + k), 4),
                "rough": bool(self.current + k > _SAFE_REACH * largest),
            }
            for k in extra
        ]

    def sentence(self, extra: int = OUTLOOK[1]) -> str:
        """One line for people, e.g. "With 10 more photos per label, expect about 84 % (now about 71 %)."."""
        now, later = self.expected(self.current), self.expected(self.current + extra)
        text = f"With {extra} more photos per label, expect about {100 * later:.0f} % (now about {100 * now:.0f} %)"
        reach = " — a rough guess, far beyond what was measured" if self.current + extra > _SAFE_REACH * max(
            p.n for p in self.points
        ) else ""
        return f"{text}{reach}. This is an estimate from a curve fitted to cross-validated accuracies."

    def to_metrics(self) -> dict[str, Any]:
        """The card's ``metrics.learning_curve`` table (and the JSON output)."""
        outlook = self.outlook()
        return {
            "formula": "accuracy(n) = a - b * n^(-c), n = photos per label",
            "a": round(self.a, 4),
            "b": round(self.b, 4),
            "c": round(self.c, 4),
            "exponent_fitted": self.exponent_fitted,
            "current_per_label": round(self.current, 2),
            "points_n": [round(p.n, 2) for p in self.points],
            "points_accuracy": [round(p.accuracy, 4) for p in self.points],
            "points_tested": [p.tested for p in self.points],
            # Parallel lists, not a list of tables: model cards are written by a minimal TOML writer.
            "outlook_extra_per_label": [row["extra_per_label"] for row in outlook],
            "outlook_expected_accuracy": [row["expected_accuracy"] for row in outlook],
            "outlook_rough": [row["rough"] for row in outlook],
            "note": "an estimate: extrapolated from sub-samples of the taught photos",
        }

    @classmethod
    def from_metrics(cls, table: dict[str, Any]) -> LearningCurve:
        """Inverse of :meth:`to_metrics` (for a model card read back); ``KeyError`` when incomplete."""
        points = tuple(
            CurvePoint(float(n), float(acc), int(t))
            for n, acc, t in zip(table["points_n"], table["points_accuracy"], table["points_tested"], strict=True)
        )
        return cls(points, float(table["a"]), float(table["b"]), float(table["c"]),
                   float(table["current_per_label"]), bool(table["exponent_fitted"]))


def fit_curve(
    n: Sequence[float], accuracy: Sequence[float], weights: Sequence[float] | None = None
) -> tuple[float, float, float, bool]:
    """Weighted least-squares fit of ``a − b·n^(−c)``: returns (a, b, c, exponent_fitted).

    ``a`` is kept in [0, 1] and ``b`` ≥ 0 (more photos never predict a lower accuracy). The
    exponent is fitted only from four distinct sizes up; below that it is ``DEFAULT_EXPONENT``.
    """
    x = np.asarray(n, dtype=np.float64)
    y = np.asarray(accuracy, dtype=np.float64)
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=np.float64)
    if len(x) == 0 or len(x) != len(y) or len(w) != len(x):
        raise ValueError("need as many accuracies and weights as sizes, at least one")
    if len(np.unique(x)) < 2:
        return float(np.clip(y.mean(), 0.0, 1.0)), 0.0, DEFAULT_EXPONENT, False

    def solve(c: float) -> tuple[float, float, float]:
        # For a fixed exponent the model is linear in (a, b): weighted least squares, then bounds.
        t = x**-c
        design = np.stack([np.ones_like(x), -t], axis=1) * np.sqrt(w)[:, None]
        (a, b), *_ = np.linalg.lstsq(design, y * np.sqrt(w), rcond=None)
        if b < 0.0:  # accuracy falling with more photos is noise: a flat line
            a, b = float(np.average(y, weights=w)), 0.0
        if a > 1.0:  # the plateau cannot pass 100 %: pin it and refit the slope
            a, b = 1.0, max(0.0, float(np.sum(w * (1.0 - y) * t) / np.sum(w * t * t)))
        residual = float(np.sum(w * (y - (a - b * t)) ** 2))
        return float(a), float(b), residual

    if len(np.unique(x)) < 4:
        a, b, _ = solve(DEFAULT_EXPONENT)
        return a, b, DEFAULT_EXPONENT, False
    grid = np.exp(np.linspace(np.log(_EXPONENT_BOUNDS[0]), np.log(_EXPONENT_BOUNDS[1]), 60))
    best = min(grid, key=lambda c: solve(float(c))[2])
    a, b, _ = solve(float(best))
    return a, b, float(best), True


def sizes_for(counts: Sequence[int]) -> list[int]:
    """Sub-sample sizes worth measuring: each must leave a photo to test for most labels."""
    counts = sorted(int(c) for c in counts)
    limit = counts[len(counts) // 2] - 1  # the median label still has a photo left to test
    return [n for n in SIZES if n <= limit]


def measure_points(labels: np.ndarray, fit_predict: FitPredict, *, repeats: int = 3, seed: int = 0,
                   sizes: Sequence[int] | None = None) -> list[CurvePoint]:
    """Accuracy at each sub-sample size: ``n`` photos per label taught (fewer when a label has
    only ``n`` or less: all but one), the rest tested; averaged over ``repeats`` random draws."""
    labels = np.asarray(labels)
    classes = np.unique(labels)
    members = [np.flatnonzero(labels == c) for c in classes]
    rng = np.random.default_rng(seed)
    points = []
    for n in sizes if sizes is not None else sizes_for([len(m) for m in members]):
        hits = tested = 0
        taught = []
        for _ in range(repeats):
            train, test = [], []
            for index in members:
                order = rng.permutation(index)
                take = min(n, len(order) - 1)
                train.append(order[:take])
                test.append(order[take:])
                taught.append(take)
            train_idx, test_idx = np.concatenate(train), np.concatenate(test)
            predicted = fit_predict(train_idx, test_idx)
            hits += int((np.asarray(predicted) == labels[test_idx]).sum())
            tested += len(test_idx)
        points.append(CurvePoint(float(np.mean(taught)), hits / max(1, tested), tested))
    return points


def learning_curve(
    labels: np.ndarray, fit_predict: FitPredict, *, repeats: int = 3, seed: int = 0
) -> LearningCurve | None:
    """Measure and fit the learning curve of a teach run; None when the labels have too few
    photos to measure two sizes (fewer than three photos per label)."""
    labels = np.asarray(labels)
    points = measure_points(labels, fit_predict, repeats=repeats, seed=seed)
    if len(points) < 2:
        return None
    a, b, c, fitted = fit_curve([p.n for p in points], [p.accuracy for p in points], [p.tested for p in points])
    current = float(np.median(np.bincount(labels)[np.unique(labels)]))
    return LearningCurve(tuple(points), a, b, c, current, fitted)
