"""A small U-Net that segments old-photograph damage, one probability map per damage kind.

Scratches and dust specks are one or two pixels wide, so the first level runs at full
resolution (16 channels, cheap); three stride-2 levels (32, 48, 64 channels) add the context
that tells a scratch from a roof-tile edge or a stroke of text: a defect sits *on top of* the
scene and ignores its structure. Optional dilated residual blocks at the deepest level
(``context``) widen the view to a few hundred pixels at almost no cost, because they run at
1/8 resolution: a long scratch that crosses sky, roof and ground is only recognisable whole.
The decoder upsamples bilinearly and concatenates skips.

One output channel per local kind (``DAMAGE_OUTPUTS``) lets the project report precision and
recall per kind and lets the UI show which kind was found; the editable mask is their union.

Input contract: RGB float in [0, 1], (N, 3, H, W), any size (padded internally to a multiple
of 8). Output: logits (N, K, H, W); apply a sigmoid for probabilities.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor, nn

__all__ = ["DAMAGE_OUTPUTS", "DamageUNet", "build_damage_unet"]

# The local kinds of app.imaging.damage, in the order of the output channels.
DAMAGE_OUTPUTS: tuple[str, ...] = ("scratches", "cracks", "creases", "dust", "stains", "tears")


def _block(cin: int, cout: int, stride: int = 1) -> nn.Sequential:
    """Two 3×3 conv + BN + ReLU; the first may stride to go down a level."""
    return nn.Sequential(
        nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
        nn.Conv2d(cout, cout, 3, padding=1, bias=False),
        nn.BatchNorm2d(cout),
        nn.ReLU(inplace=True),
    )


class _ContextBlock(nn.Module):
    """A dilated 3×3 conv and a 1×1 conv added to its input.

    The 1×1 conv starts at zero, so a network grown with these blocks computes exactly what it
    computed before: a trained model can be extended and fine-tuned without losing what it knows.
    """

    def __init__(self, channels: int, dilation: int) -> None:
        super().__init__()
        self.spread = nn.Sequential(
            nn.Conv2d(channels, channels, 3, padding=dilation, dilation=dilation, bias=False),
            nn.BatchNorm2d(channels),
            nn.ReLU(inplace=True),
        )
        self.mix = nn.Conv2d(channels, channels, 1)
        nn.init.zeros_(self.mix.weight)
        nn.init.zeros_(self.mix.bias)

    def forward(self, x: Tensor) -> Tensor:
        return x + self.mix(self.spread(x))


class DamageUNet(nn.Module):
    """Encoder–decoder with skips; ``forward`` returns per-kind damage logits."""

    # Weights of a smaller model may omit these: they start as the identity (see _ContextBlock).
    GROWABLE_PREFIXES: tuple[str, ...] = ("context.",)

    def __init__(
        self,
        widths: Sequence[int] = (16, 32, 48, 64),
        outputs: int = len(DAMAGE_OUTPUTS),
        context: Sequence[int] = (),
    ) -> None:
        super().__init__()
        widths = tuple(int(w) for w in widths)
        if len(widths) < 2:
            raise ValueError("the damage U-Net needs at least two levels")
        self.widths = widths
        self.stem = _block(3, widths[0])
        self.down = nn.ModuleList(_block(widths[i], widths[i + 1], stride=2) for i in range(len(widths) - 1))
        self.up = nn.ModuleList(
            _block(widths[i + 1] + widths[i], widths[i]) for i in reversed(range(len(widths) - 1))
        )
        self.context = nn.Sequential(*(_ContextBlock(widths[-1], int(d)) for d in context))
        self.head = nn.Conv2d(widths[0], outputs, 1)
        # Damage is rare (a few % of pixels): start the logits at that prior so early training
        # does not spend its steps unlearning "everything is damaged".
        nn.init.constant_(self.head.bias, -3.0)

    @property
    def multiple(self) -> int:
        return 2 ** (len(self.widths) - 1)

    def forward(self, image: Tensor) -> Tensor:
        if image.ndim != 4 or image.shape[1] != 3:
            raise ValueError(f"expected (N, 3, H, W), got {tuple(image.shape)}")
        height, width = image.shape[-2:]
        m = self.multiple
        pad_h, pad_w = (-height) % m, (-width) % m
        x = image * 2.0 - 1.0
        if pad_h or pad_w:
            x = F.pad(x, (0, pad_w, 0, pad_h), mode="replicate")
        skips = [self.stem(x)]
        for down in self.down:
            skips.append(down(skips[-1]))
        x = self.context(skips.pop())
        for up in self.up:
            skip = skips.pop()
            x = F.interpolate(x, size=skip.shape[-2:], mode="bilinear", align_corners=False)
            x = up(torch.cat((x, skip), dim=1))
        return self.head(x)[..., :height, :width]


def build_damage_unet(
    widths: Sequence[int] = (16, 32, 48, 64), outputs: int = len(DAMAGE_OUTPUTS), context: Sequence[int] = ()
) -> DamageUNet:
    """The damage segmenter with random weights, in eval mode."""
    return DamageUNet(widths, outputs, context).eval()
