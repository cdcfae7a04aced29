"""The default tagger's answer: what the backbone already knows, weighed with a head trained on renders.

Two experts look at every photo:

* **concepts** — the backbone's own ImageNet answer (averaged over views, ``views.py``) read
  through the reviewed mapping of ImageNet classes to heritage types (``imagenet_map.py``): a
  photo the backbone calls "stupa" is evidence for *pagoda*, "hay" or "dog" for *not heritage*.
  This knowledge comes from a million real photographs.
* **head** — a linear head on the embedding, trained on the project's renders of Gyeongju's
  subjects and on real "not heritage" photos. It knows Korean forms the ImageNet classes lack
  (a grass tomb mound, a bell pavilion), but only as renders.

They are combined as a weighted product (a log-linear pool)::

    logit_k = a · log(concept_k + ε) + b · log(head_k + ε) + bias_k

over the heritage types and *not heritage*, then a softmax. ``a``, ``b`` and the biases are
fitted by weighted maximum likelihood on real photographs only (out-of-fold head outputs), so
the weights say how much each expert deserved to be trusted on real photos and the softmax is
already calibrated: the two weights act as the temperature. numpy and scipy only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from app.vision.recognition.concepts import softmax

#: Floor under each expert's probability before the log: no expert may veto a class outright.
EPSILON = 0.02


@dataclass(frozen=True)
class FusionParams:
    """Weights of the two experts and one bias per output (types in head order, then not-heritage)."""

    concept_weight: float
    head_weight: float
    bias: np.ndarray  # (K,)
    epsilon: float = EPSILON

    def to_dict(self) -> dict[str, object]:
        return {
            "concept_weight": round(float(self.concept_weight), 6),
            "head_weight": round(float(self.head_weight), 6),
            "bias": [round(float(b), 6) for b in self.bias],
            "epsilon": self.epsilon,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, object], n_outputs: int) -> FusionParams:
        bias = np.asarray(raw.get("bias", [0.0] * n_outputs), dtype=np.float64)
        if bias.shape != (n_outputs,):
            raise ValueError(f"fusion bias has {bias.size} values for {n_outputs} outputs")
        return cls(float(raw["concept_weight"]), float(raw["head_weight"]), bias, float(raw.get("epsilon", EPSILON)))

    def with_bias(self, index: int, value: float) -> FusionParams:
        bias = self.bias.copy()
        bias[index] = value
        return FusionParams(self.concept_weight, self.head_weight, bias, self.epsilon)

    def scaled(self, factor: float) -> FusionParams:
        """Every logit times ``factor`` (a temperature): same answers, sharper or softer confidence."""
        return FusionParams(self.concept_weight * factor, self.head_weight * factor, self.bias * factor, self.epsilon)


def with_silent_column(head_probs: np.ndarray) -> np.ndarray:
    """Head probabilities over the types plus a constant column for "not heritage".

    The head learns heritage types from renders only: trained against real everyday photos it
    would learn "render versus photograph" instead (measured: it then called every real photo
    "not heritage" and the fit gave it no weight). So it has no opinion on "not heritage"; a
    constant column keeps it out of that decision, which the concepts and a bias make.
    """
    return np.concatenate([head_probs, np.ones((len(head_probs), 1))], axis=1)


def _features(concepts: np.ndarray, head_probs: np.ndarray, epsilon: float) -> list[np.ndarray]:
    """The (N, K) inputs the two weights multiply: log concepts and log head probabilities."""
    return [np.log(concepts.astype(np.float64) + epsilon), np.log(head_probs.astype(np.float64) + epsilon)]


def fused_logits(concepts: np.ndarray, head_probs: np.ndarray, params: FusionParams,
                 not_heritage_term: np.ndarray | None = None) -> np.ndarray:
    """(N, K) concept scores (types, then not-heritage mass) and head probabilities → (N, K) logits.

    ``not_heritage_term`` (N,) is added to the last output's logit: the everyday expert's say
    (``everyday.py``), already weighted.
    """
    log_c, log_h = _features(concepts, head_probs, params.epsilon)
    logits = params.concept_weight * log_c + params.head_weight * log_h + params.bias
    if not_heritage_term is not None:
        logits[:, -1] += not_heritage_term
    return logits


def fused_probabilities(concepts: np.ndarray, head_probs: np.ndarray, params: FusionParams,
                        not_heritage_term: np.ndarray | None = None) -> np.ndarray:
    return softmax(fused_logits(concepts, head_probs, params, not_heritage_term))


def fit_fusion(
    concepts: np.ndarray,
    head_probs: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray | None = None,
    *,
    free_bias: np.ndarray | None = None,
    fixed_bias: np.ndarray | None = None,
    bias_l2: float = 0.05,
) -> FusionParams:
    """Fit the two expert weights and the biases of ``free_bias`` outputs by weighted NLL.

    The other outputs keep ``fixed_bias`` (zeros by default). Only outputs that real calibration
    photos cover should get a free bias: a bias fitted from nothing would be noise; the small L2
    keeps free biases near zero unless the photos insist.
    """
    n, k = concepts.shape
    weights = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    weights = weights / weights.sum()
    free = np.zeros(k, bool) if free_bias is None else np.asarray(free_bias, bool)
    features = _features(concepts, head_probs, EPSILON)
    n_w = len(features)
    base = np.zeros(k) if fixed_bias is None else np.asarray(fixed_bias, dtype=np.float64)
    rows = np.arange(n)

    def unpack(theta: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        bias = base.copy()
        bias[free] = theta[n_w:]
        return theta[:n_w], bias

    def loss_and_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, bias = unpack(theta)
        z = sum(wj * fj for wj, fj in zip(w, features, strict=True)) + bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        nll = -(weights * np.log(np.maximum(p[rows, labels], 1e-300))).sum()
        residual = p.copy()
        residual[rows, labels] -= 1.0  # d(nll)/dz per row, before the row weight
        residual *= weights[:, None]
        grad_w = [float((residual * fj).sum()) for fj in features]
        grad_bias = residual.sum(axis=0)[free] + 2 * bias_l2 * bias[free]
        penalty = bias_l2 * float((bias[free] ** 2).sum())
        return nll + penalty, np.concatenate([grad_w, grad_bias])

    start = np.concatenate([np.ones(n_w), np.zeros(int(free.sum()))])
    bounds = [(0.0, 20.0)] * n_w + [(-12.0, 12.0)] * int(free.sum())
    result = minimize(loss_and_grad, start, jac=True, method="L-BFGS-B", bounds=bounds)
    w, bias = unpack(result.x)
    return FusionParams(float(w[0]), float(w[1]), bias, EPSILON)
