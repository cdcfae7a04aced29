"""Several views of a photo for the price of one forward pass: ImageNet probabilities averaged over windows.

What the backbone already knows about a photo is its ImageNet answer, and one crop of a photo
gives a noisy answer (a pagoda's finial alone reads as "stupa", its base as "stone wall").
Averaging the answers of several crops steadies it. A crop of the photo is approximated by a
sub-window of the last 7×7 feature map (``features.window_pools``), and the ImageNet classifier
is linear on pooled features, so the full map and its five 5×5 windows give six answers from
one pass through the network: the average costs a few matrix products, not five more passes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch

from app.vision.recognition.backbone import BATCH_SIZE, Backbone, to_batch
from app.vision.recognition.features import window_pools


def window_probabilities(backbone: Backbone, maps: torch.Tensor) -> np.ndarray:
    """(N, 1280, 7, 7) maps → (N, 1000) ImageNet probabilities averaged over the full map and its windows."""
    pools = window_pools(maps.float())  # (N, 1 + W, 1280)
    n, w, d = pools.shape
    logits = backbone.imagenet_logits(pools.reshape(n * w, d)).float()
    probs = torch.softmax(logits, dim=1).reshape(n, w, -1).mean(dim=1)
    return probs.cpu().numpy().astype(np.float32)


def embed_with_window_probs(backbone: Backbone, views: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Pooled embeddings (N, 1280) and window-averaged ImageNet probabilities (N, 1000) of uint8 views."""
    pooled_parts, prob_parts = [], []
    for start in range(0, len(views), BATCH_SIZE):
        maps = backbone.feature_maps(to_batch(views[start : start + BATCH_SIZE]))
        pooled_parts.append(maps.mean(dim=(2, 3)).float().cpu().numpy())
        prob_parts.append(window_probabilities(backbone, maps))
    if not pooled_parts:
        return np.zeros((0, 1280), np.float32), np.zeros((0, 1000), np.float32)
    return np.concatenate(pooled_parts), np.concatenate(prob_parts)
