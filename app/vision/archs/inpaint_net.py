"""A CPU-sized learned inpainter: a U-Net that corrects a classical fill, working at ¼ resolution.

Design, chosen for 2 CPU cores rather than a GPU:

* **Start from a classical fill.** The caller fills the holes with OpenCV's Telea method
  (fast marching, Telea 2004), which continues edges a few pixels into the hole; the network
  adds a push-pull fill (a premultiplied image pyramid, Gortler et al. 1996, "The Lumigraph",
  §3.4) that carries colour from far away. It then only learns the *correction* to the Telea
  fill, which trains in minutes on a CPU instead of days on a GPU, and is never worse than
  Telea at the start of training.
* **Space-to-depth ×4.** Both fills and the hole mask are pixel-unshuffled by 4 (112 channels)
  so every convolution runs on 1/16 of the pixels, and a pixel shuffle turns the last layer's
  48 channels back into a full-resolution RGB residual (the ESPCN trick, used here for speed).
* **A four-level U-Net** (strided convs down, bilinear up + skip) reaches from 1/4 down to
  1/32 resolution, so strokes and blobs tens of pixels wide see both
  of their banks.

Input contract: ``forward(image, mask)`` with ``image`` RGB float in [0, 1], (N, 3, H, W), whose
hole pixels hold the Telea fill (``cv2.inpaint(..., 3, cv2.INPAINT_TELEA)``), and ``mask``
(N, 1, H, W), 1 = hole. Any H, W (padded internally). Returns the full predicted image in
[0, 1]; callers keep their own pixels outside the hole.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor, nn

__all__ = ["InpaintNet", "build_inpaint_net", "push_pull_fill"]

_UNSHUFFLE = 4


def push_pull_fill(image: Tensor, valid: Tensor) -> Tensor:
    """Fill pixels where ``valid`` is 0 from the valid ones by a premultiplied pyramid.

    ``image`` (N, C, H, W) and ``valid`` (N, 1, H, W) in [0, 1]. Valid pixels are returned
    unchanged; the holes get a smooth membrane-like interpolation of their surroundings.
    """
    colours = [image * valid]
    weights = [valid]
    while min(weights[-1].shape[-2:]) > 1:
        # ceil_mode keeps odd sizes; the partial cells simply average fewer pixels.
        colours.append(F.avg_pool2d(colours[-1], 2, ceil_mode=True))
        weights.append(F.avg_pool2d(weights[-1], 2, ceil_mode=True))
    # Coarsest level: normalise (it may still be partly empty only if nothing is valid at all).
    filled = colours[-1] / weights[-1].clamp_min(1e-6)
    for colour, weight in zip(reversed(colours[:-1]), reversed(weights[:-1]), strict=True):
        up = F.interpolate(filled, size=colour.shape[-2:], mode="bilinear", align_corners=False)
        # "Over" compositing of premultiplied colour: a cell's own colour covers it in proportion
        # to how much of it is valid, and the coarser estimate shows through the rest.
        filled = colour + (1.0 - weight) * up
    return image * valid + filled * (1.0 - valid)


def _conv(cin: int, cout: int, stride: int = 1) -> nn.Sequential:
    # Replicate padding: zero padding makes the deepest, smallest maps depend on the image size
    # (a 5×5 training map is mostly border), which shifted colours on larger test images.
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, stride=stride, padding=1, padding_mode="replicate"),
        nn.LeakyReLU(0.1, inplace=True),
    )


class InpaintNet(nn.Module):
    """Telea fill + ¼-resolution U-Net residual (push-pull fill as context); see the module docstring."""

    def __init__(self, widths: Sequence[int] = (32, 64, 96, 128)) -> None:
        super().__init__()
        widths = tuple(int(w) for w in widths)
        if len(widths) < 2:
            raise ValueError("the inpainting U-Net needs at least two levels")
        self.widths = widths
        cin = 7 * _UNSHUFFLE * _UNSHUFFLE  # Telea fill RGB + push-pull RGB + mask, space-to-depth
        self.stem = nn.Sequential(_conv(cin, widths[0]), _conv(widths[0], widths[0]))
        self.down = nn.ModuleList(
            nn.Sequential(_conv(widths[i], widths[i + 1], stride=2), _conv(widths[i + 1], widths[i + 1]))
            for i in range(len(widths) - 1)
        )
        deepest = widths[-1]
        self.bottleneck = nn.Sequential(_conv(deepest, deepest), _conv(deepest, deepest))
        self.up = nn.ModuleList(
            nn.Sequential(_conv(widths[i + 1] + widths[i], widths[i]), _conv(widths[i], widths[i]))
            for i in reversed(range(len(widths) - 1))
        )
        self.head = nn.Conv2d(widths[0], 3 * _UNSHUFFLE * _UNSHUFFLE, 3, padding=1)
        # Start as "the Telea fill": a zero residual, so early training is never worse than it.
        nn.init.zeros_(self.head.weight)
        nn.init.zeros_(self.head.bias)

    @property
    def multiple(self) -> int:
        """Input sides are padded to a multiple of this (unshuffle × 2 per down level)."""
        return _UNSHUFFLE * 2 ** (len(self.widths) - 1)

    def forward(self, image: Tensor, mask: Tensor) -> Tensor:
        if image.ndim != 4 or image.shape[1] != 3 or mask.shape[1] != 1:
            raise ValueError(f"expected image (N, 3, H, W) and mask (N, 1, H, W), got {image.shape}, {mask.shape}")
        height, width = image.shape[-2:]
        m = self.multiple
        pad_h, pad_w = (-height) % m, (-width) % m
        if pad_h or pad_w:
            # Padding counts as hole: the net must not trust invented border pixels.
            image = F.pad(image, (0, pad_w, 0, pad_h), mode="replicate")
            mask = F.pad(mask, (0, pad_w, 0, pad_h), value=1.0)
        valid = 1.0 - mask
        smooth = push_pull_fill(image * valid, valid)
        x = F.pixel_unshuffle(torch.cat((image * 2.0 - 1.0, smooth * 2.0 - 1.0, mask), dim=1), _UNSHUFFLE)
        skips = [self.stem(x)]
        for down in self.down:
            skips.append(down(skips[-1]))
        x = self.bottleneck(skips.pop())
        for up in self.up:
            skip = skips.pop()
            x = F.interpolate(x, size=skip.shape[-2:], mode="bilinear", align_corners=False)
            x = up(torch.cat((x, skip), dim=1))
        residual = F.pixel_shuffle(self.head(x), _UNSHUFFLE)
        out = (image + residual).clamp(0.0, 1.0)
        return out[..., :height, :width]


def build_inpaint_net(widths: Sequence[int] = (32, 64, 96, 128)) -> InpaintNet:
    """The inpainting network with random weights (zero residual head), in eval mode."""
    return InpaintNet(widths).eval()
