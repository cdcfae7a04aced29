"""The third expert of the default tagger: does this photo look like an everyday photograph?

The concept expert decides "not heritage" from ImageNet classes alone (dog, hay, airliner…), and
many everyday photos slip through it: a face, a turtle's shell, a bonsai in its pot, a chandelier
all spread their ImageNet answer over classes the mapping counts as heritage-like. A linear probe
on the embedding, trained on real everyday photos against heritage (real proxies and heritage-like
photos, renders set in front of real backgrounds), learns what everyday photos look like.

Its output enters the fusion as one more term on the *not heritage* logit::

    logit_nh += embedding · direction + offset

(the probe's weight in the fusion and its bias are folded into ``direction`` and ``offset``).
Because a probe knows only the heritage it was shown, its weight and the not-heritage bias are
chosen on heritage photos of classes it did *not* see (:func:`class_held_out_folds`): that is
the situation of a museum's own photographs of Korean monuments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import torch

from app.vision.recognition.head import fit_head

#: Tensor names in the model's safetensors file.
DIRECTION_TENSOR, OFFSET_TENSOR = "everyday_direction", "everyday_offset"
#: Regularisation of the probe (fit_head's λ): measured on held-out heritage classes, 1e-2 kept
#: unseen classes as heritage better than 1e-1 or 1 at the same everyday rate.
PROBE_L2 = 1e-2


@dataclass(frozen=True)
class EverydayTerm:
    """``vectors @ direction + offset``: added to the not-heritage logit of the fusion."""

    direction: np.ndarray  # (D,)
    offset: float

    def logit(self, vectors: np.ndarray) -> np.ndarray:
        return vectors.astype(np.float64) @ self.direction.astype(np.float64) + self.offset

    def scaled(self, factor: float) -> EverydayTerm:
        return EverydayTerm((self.direction * factor).astype(np.float32), self.offset * factor)

    def to_tensors(self) -> dict[str, torch.Tensor]:
        return {
            DIRECTION_TENSOR: torch.from_numpy(np.ascontiguousarray(self.direction, dtype=np.float32)),
            OFFSET_TENSOR: torch.tensor([self.offset], dtype=torch.float32),
        }

    @classmethod
    def from_tensors(cls, tensors: dict[str, torch.Tensor], dim: int) -> EverydayTerm | None:
        """The term stored in a weights file, None when it has none; ``ValueError`` when malformed."""
        if DIRECTION_TENSOR not in tensors:
            return None
        direction = tensors[DIRECTION_TENSOR].detach().cpu().float().numpy()
        offset = tensors[OFFSET_TENSOR].detach().cpu().float().numpy()
        if direction.shape != (dim,) or offset.shape != (1,):
            raise ValueError(f"everyday term of shape {direction.shape} / {offset.shape} for {dim}-d vectors")
        return cls(direction, float(offset[0]))


def fit_probe(vectors: np.ndarray, is_everyday: np.ndarray, l2: float = PROBE_L2) -> EverydayTerm:
    """A logistic probe (everyday vs heritage) as a raw log-odds term with unit weight."""
    head = fit_head(vectors, is_everyday.astype(int), 2, l2=l2)
    # log-odds = ((x - mean) / scale) @ (w1 - w0) + (b1 - b0), folded into one direction and offset.
    direction = (head.weight[1] - head.weight[0]).astype(np.float64) / head.scale
    offset = float(head.bias[1] - head.bias[0]) - float(head.mean.astype(np.float64) @ direction)
    return EverydayTerm(direction.astype(np.float32), offset)


def class_held_out_folds(classes: Sequence[str], is_heritage: np.ndarray, k: int = 5, seed: int = 0) -> np.ndarray:
    """Fold of each photo: heritage photos by class (a fold holds whole classes), others at random."""
    rng = np.random.default_rng(seed)
    folds = rng.integers(0, k, len(classes))
    heritage_classes = sorted({c for c, h in zip(classes, is_heritage, strict=True) if h})
    order = rng.permutation(len(heritage_classes))
    fold_of = {heritage_classes[i]: rank % k for rank, i in enumerate(order)}
    for row, (cls, heritage) in enumerate(zip(classes, is_heritage, strict=True)):
        if heritage:
            folds[row] = fold_of[cls]
    return folds
