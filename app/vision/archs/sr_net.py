"""A compact ×2 super-resolution network: residual blocks at low resolution, pixel shuffle out.

Everything runs on the low-resolution grid (a quarter of the output's pixels), as in ESPCN
(Shi et al. 2016); the last convolution predicts the four sub-pixels of each output pixel and a
pixel shuffle interleaves them. The network adds this to a bicubic upscale of its input, so it
only has to learn the detail bicubic misses: it starts as bicubic and trains quickly on a CPU.

Input contract: RGB float in [0, 1], (N, 3, H, W). Output: (N, 3, 2H, 2W), unclipped.
"""

from __future__ import annotations

import torch.nn.functional as F
from torch import Tensor, nn

__all__ = ["SRNet", "build_sr_x2"]


class _ResBlock(nn.Module):
    """conv–ReLU–conv with an identity shortcut (no batch norm: it hurts regression of detail)."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(channels, channels, 3, padding=1),
            nn.ReLU(inplace=True),
            nn.Conv2d(channels, channels, 3, padding=1),
        )

    def forward(self, x: Tensor) -> Tensor:
        return x + self.body(x)


class SRNet(nn.Module):
    """Bicubic ×scale plus a learned residual from ``blocks`` residual blocks of ``channels``."""

    def __init__(self, channels: int = 32, blocks: int = 4, scale: int = 2) -> None:
        super().__init__()
        self.scale = scale
        self.head = nn.Conv2d(3, channels, 3, padding=1)
        self.body = nn.Sequential(*(_ResBlock(channels) for _ in range(blocks)))
        self.tail = nn.Conv2d(channels, 3 * scale * scale, 3, padding=1)
        nn.init.zeros_(self.tail.weight)  # start exactly at bicubic
        nn.init.zeros_(self.tail.bias)

    def forward(self, image: Tensor) -> Tensor:
        if image.ndim != 4 or image.shape[1] != 3:
            raise ValueError(f"expected (N, 3, H, W), got {tuple(image.shape)}")
        base = F.interpolate(image, scale_factor=self.scale, mode="bicubic", align_corners=False)
        features = self.head(image * 2.0 - 1.0)
        residual = F.pixel_shuffle(self.tail(features + self.body(features)), self.scale)
        return base + residual


def build_sr_x2(channels: int = 32, blocks: int = 4) -> SRNet:
    """The ×2 super-resolution network with random weights (= bicubic), in eval mode."""
    return SRNet(channels, blocks, scale=2).eval()
