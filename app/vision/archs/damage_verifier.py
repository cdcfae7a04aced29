"""The damage verifier: a small multilayer perceptron over a candidate defect's features.

Input: the feature rows of :mod:`app.vision.restoration.damage_components` (raw values; the
standardisation learned from the training data is part of the weights, as the buffers ``mean``
and ``std``). Output: one logit per candidate, "this region is real damage".
"""

from __future__ import annotations

import torch
from torch import Tensor, nn

__all__ = ["DamageVerifier", "build_damage_verifier"]


class DamageVerifier(nn.Module):
    def __init__(self, features: int, hidden: int) -> None:
        super().__init__()
        self.register_buffer("mean", torch.zeros(features))
        self.register_buffer("std", torch.ones(features))
        self.net = nn.Sequential(
            nn.Linear(features, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1)
        )

    def set_standardisation(self, rows: Tensor) -> None:
        """Fix ``mean`` / ``std`` from the training rows (before training; saved with the weights)."""
        with torch.no_grad():
            self.mean.copy_(rows.mean(dim=0))
            self.std.copy_(rows.std(dim=0).clamp_min(1e-6))

    def forward(self, rows: Tensor) -> Tensor:
        return self.net((rows - self.mean) / self.std)[:, 0]


def build_damage_verifier(features: int = 24, hidden: int = 32) -> DamageVerifier:
    return DamageVerifier(features, hidden).eval()
