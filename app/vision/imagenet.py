"""ImageNet-1k class names, taken from torchvision's bundled metadata (no download)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def imagenet_labels() -> tuple[str, ...]:
    from torchvision.models import ResNet50_Weights

    labels = tuple(ResNet50_Weights.IMAGENET1K_V1.meta["categories"])
    assert len(labels) == 1000
    return labels
