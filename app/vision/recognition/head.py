"""A linear classification head on frozen embeddings, with everything it needs to say "unknown".

Two heads share one format (``logits = ((x − mean) / scale) @ weightᵀ + bias``):

* **prototypes** — nearest class centroid by cosine: the weights are the unit class means. With a
  handful of photos per label it is as good as anything trained (and costs nothing to fit);
* **logistic** — multinomial logistic regression, trained full-batch with L-BFGS (a convex
  problem: a few hundred milliseconds for thousands of rows), with class-balanced sample weights so
  that a label with 40 photos does not drown one with 4. It pulls ahead from about 10 photos per
  label.

A taught head also carries a ``centre``: the mean of its teaching photos' vectors, subtracted
(and the result re-normalised) before anything else. Power-transformed features of any two photos
have a cosine of 0.5–0.7 just for being photos; centring removes that shared part, so what is
left is what tells the taught labels apart (measured: +1 to +5 points on real photos,
``benchmarks/teach_fewshot.py``). Its parameters are a handful of numpy arrays, stored as a small
safetensors file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np
import torch

from app.vision.recognition.concepts import softmax

#: L2 penalty on the weights (mean cross-entropy + λ/2·‖W‖²), chosen on the Kodak proxy benchmark.
DEFAULT_L2 = 1e-3
_MAX_ITER = 100
#: Principal directions kept for training (see principal_basis).
BASIS_DIMS = 256
#: Logit scale of the prototype head (cosines are within ±1); calibration rescales it anyway.
PROTOTYPE_SCALE = 10.0


def centre_vectors(vectors: np.ndarray, centre: np.ndarray) -> np.ndarray:
    """Subtract ``centre`` from unit vectors and normalise again (float32)."""
    shifted = vectors.astype(np.float32) - centre
    return (shifted / np.maximum(np.linalg.norm(shifted, axis=-1, keepdims=True), 1e-8)).astype(np.float32)


def balanced_mean(vectors: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Mean of the per-label means: the centre of a teaching set, not pulled towards its largest label."""
    return np.mean([vectors[labels == c].mean(axis=0) for c in np.unique(labels)], axis=0).astype(np.float32)


@dataclass
class HeadParams:
    """Trained parameters: ``logits = ((x' - mean) / scale) @ weight.T + bias``, where ``x'`` is the
    input centred on ``centre`` and re-normalised (the input itself when the head has no centre)."""

    mean: np.ndarray  # (D,)
    scale: float
    weight: np.ndarray  # (C, D)
    bias: np.ndarray  # (C,)
    prototypes: np.ndarray  # (C, D) unit-length class means of the training vectors
    temperature: float = 1.0
    threshold: float = 0.0  # calibrated top probability below which the answer is "unknown"
    min_similarity: float = -1.0  # cosine to the nearest prototype below which the answer is "unknown"
    extra: dict[str, float] = field(default_factory=dict)
    centre: np.ndarray | None = None  # (D,) subtracted from every input first (taught heads)

    @property
    def n_classes(self) -> int:
        return int(self.weight.shape[0])

    def prepare(self, vectors: np.ndarray) -> np.ndarray:
        """Transformed vectors as this head sees them: centred and re-normalised when it has a centre."""
        return vectors.astype(np.float32) if self.centre is None else centre_vectors(vectors, self.centre)

    def logits(self, vectors: np.ndarray) -> np.ndarray:
        """Raw (uncalibrated) logits of (N, D) transformed vectors."""
        centred = (self.prepare(vectors) - self.mean) / self.scale
        return centred @ self.weight.T + self.bias

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Calibrated class probabilities (temperature-scaled softmax)."""
        return softmax(self.logits(vectors).astype(np.float64) / self.temperature)

    def similarity(self, vectors: np.ndarray) -> np.ndarray:
        """(N, C) cosine similarity of each (prepared) vector to each class prototype."""
        prepared = self.prepare(vectors)
        norms = np.linalg.norm(prepared, axis=1, keepdims=True)
        return (prepared / np.maximum(norms, 1e-8)) @ self.prototypes.T

    def to_tensors(self) -> dict[str, torch.Tensor]:
        """Everything as named tensors for safetensors (scalars as 1-element tensors)."""
        scalars = {"scale": self.scale, "temperature": self.temperature, "threshold": self.threshold}
        scalars["min_similarity"] = self.min_similarity
        tensors = {k: torch.tensor([v], dtype=torch.float32) for k, v in scalars.items()}
        for name in ("mean", "weight", "bias", "prototypes"):
            tensors[name] = torch.from_numpy(np.ascontiguousarray(getattr(self, name), dtype=np.float32))
        if self.centre is not None:
            tensors["centre"] = torch.from_numpy(np.ascontiguousarray(self.centre, dtype=np.float32))
        return tensors

    @classmethod
    def from_tensors(cls, tensors: dict[str, torch.Tensor]) -> HeadParams:
        """Inverse of :meth:`to_tensors`; ``KeyError``/``ValueError`` when the file does not fit."""
        arrays = {k: v.detach().cpu().float().numpy() for k, v in tensors.items()}
        weight = arrays["weight"]
        if weight.ndim != 2 or arrays["bias"].shape != (weight.shape[0],):
            raise ValueError("head weight and bias shapes disagree")
        if arrays["mean"].shape != (weight.shape[1],) or arrays["prototypes"].shape != weight.shape:
            raise ValueError("head mean or prototypes do not match the weight shape")
        centre = arrays.get("centre")
        if centre is not None and centre.shape != (weight.shape[1],):
            raise ValueError("head centre does not match the weight shape")
        return cls(
            mean=arrays["mean"],
            scale=float(arrays["scale"][0]),
            weight=weight,
            bias=arrays["bias"],
            prototypes=arrays["prototypes"],
            temperature=float(arrays["temperature"][0]),
            threshold=float(arrays["threshold"][0]),
            min_similarity=float(arrays["min_similarity"][0]),
            centre=centre,
        )


@contextlib.contextmanager
def _single_thread() -> Iterator[None]:
    """Run torch on one thread: L-BFGS makes thousands of small calls whose cost is dominated by
    thread hand-offs (5–10× slower with two threads on a busy two-core machine)."""
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


def balanced_weights(labels: np.ndarray, n_classes: int) -> np.ndarray:
    """Per-row weights so each class contributes equally to the loss (mean weight 1)."""
    counts = np.bincount(labels, minlength=n_classes).astype(np.float64)
    per_class = np.where(counts > 0, len(labels) / (n_classes * np.maximum(counts, 1)), 0.0)
    return per_class[labels].astype(np.float32)


def prototypes_of(vectors: np.ndarray, labels: np.ndarray, n_classes: int) -> np.ndarray:
    """Unit-length mean vector of each class (zeros for a class without rows)."""
    protos = np.zeros((n_classes, vectors.shape[1]), dtype=np.float32)
    for c in range(n_classes):
        rows = vectors[labels == c]
        if len(rows):
            mean = rows.mean(axis=0)
            protos[c] = mean / max(float(np.linalg.norm(mean)), 1e-8)
    return protos


def principal_basis(vectors: np.ndarray, dims: int = BASIS_DIMS) -> np.ndarray:
    """(D, k) orthonormal basis of the ``dims`` leading principal directions of the rows.

    Training in this subspace makes each L-BFGS step several times cheaper and discards
    low-variance directions that few-shot training can only overfit. It uses no labels, so
    computing it once over all photos of a teach run does not leak answers into cross-validation.
    """
    centred = torch.from_numpy(vectors - vectors.mean(axis=0)).float()
    dims = min(dims, centred.shape[0] - 1, centred.shape[1])
    if dims >= centred.shape[1]:
        return np.eye(centred.shape[1], dtype=np.float32)
    _, _, v = torch.svd_lowrank(centred, q=dims + 8, niter=2)
    return v[:, :dims].numpy().astype(np.float32)


def fit_head(
    vectors: np.ndarray,
    labels: np.ndarray,
    n_classes: int,
    l2: float = DEFAULT_L2,
    basis: np.ndarray | None = None,
) -> HeadParams:
    """Train the logistic-regression head on (N, D) transformed vectors with integer labels.

    ``basis`` (D, k) restricts the weights to a subspace (see :func:`principal_basis`); the stored
    head always has full (C, D) weights, so inference does not need to know about it.
    """
    if len(vectors) != len(labels) or len(vectors) == 0:
        raise ValueError("vectors and labels must be non-empty and of equal length")
    mean = vectors.mean(axis=0).astype(np.float32)
    centred = vectors - mean
    # One global scale keeps the regularisation strength independent of the embedding's norm.
    scale = float(np.sqrt((centred**2).sum(axis=1).mean())) / np.sqrt(vectors.shape[1]) or 1.0
    projected = centred / scale if basis is None else (centred / scale) @ basis
    x = torch.from_numpy(np.ascontiguousarray(projected, dtype=np.float32))
    y = torch.from_numpy(labels.astype(np.int64))
    sample_weight = torch.from_numpy(balanced_weights(labels, n_classes))
    weight = torch.zeros((n_classes, x.shape[1]), requires_grad=True)
    bias = torch.zeros(n_classes, requires_grad=True)
    optimiser = torch.optim.LBFGS(
        [weight, bias],
        lr=1.0,
        max_iter=_MAX_ITER,
        history_size=20,
        line_search_fn="strong_wolfe",
        tolerance_grad=1e-5,
        tolerance_change=1e-7,
    )

    def closure() -> torch.Tensor:
        optimiser.zero_grad()
        losses = torch.nn.functional.cross_entropy(x @ weight.T + bias, y, reduction="none")
        loss = (losses * sample_weight).mean() + 0.5 * l2 * (weight**2).sum()
        loss.backward()
        return loss

    with torch.enable_grad(), _single_thread():
        optimiser.step(closure)
    full_weight = weight.detach().numpy()
    if basis is not None:
        full_weight = full_weight @ basis.T
    return HeadParams(
        mean=mean,
        scale=scale,
        weight=np.ascontiguousarray(full_weight, dtype=np.float32),
        bias=bias.detach().numpy().copy(),
        prototypes=prototypes_of(vectors, labels, n_classes),
    )


def fit_prototype_head(vectors: np.ndarray, labels: np.ndarray, n_classes: int) -> HeadParams:
    """Nearest-centroid head: cosine to each label's unit mean vector, times ``PROTOTYPE_SCALE``.

    Every label needs at least one row. The logits are ``PROTOTYPE_SCALE · cos(x, prototype)``;
    cross-validation then fits the temperature that makes them probabilities.
    """
    if len(vectors) != len(labels) or len(vectors) == 0:
        raise ValueError("vectors and labels must be non-empty and of equal length")
    if np.bincount(labels, minlength=n_classes).min() == 0:
        raise ValueError("every label needs at least one row")
    prototypes = prototypes_of(vectors, labels, n_classes)
    dim = vectors.shape[1]
    return HeadParams(
        mean=np.zeros(dim, np.float32),
        scale=1.0,
        weight=(PROTOTYPE_SCALE * prototypes).astype(np.float32),
        bias=np.zeros(n_classes, np.float32),
        prototypes=prototypes,
    )
