"""An int8 copy of FFDNet for the CPU, derived at load time from the verified float weights.

Why: a 24 MP scan costs FFDNet about 6 T multiply-adds. On an AVX2 CPU without VNNI the
fp32 convolutions already run near the FMA peak, so the only large saving left is doing the
ten 96→96 middle convolutions (97 % of the work) in int8, which this CPU's integer units run
about twice as fast (measured: 96→96 3×3 conv on 256², 2 threads).

What is quantised, and why not the rest:

* weights: symmetric int8 per output channel, scale = max|w| / 127, computed from the float
  weights the registry loaded after its sha256 check — so the int8 model is a pure function of
  the shipped file and nothing new has to be shipped or verified;
* bias correction: rounding a filter's weights shifts its output on average by (Wq − W)·E[x];
  FFDNet (batch norm folded into its weights) amplifies such shifts layer after layer, and
  subtracting them from the biases is worth 1–2 dB at low σ (Kodak24, σ 5: 37.15 → 39.00 dB,
  float 40.07). E[x] per channel was measured once on real photos (:func:`calibrate_means`);
* activations: the ReLU output of each layer, unsigned 8 bit with zero point 0 and a fixed
  scale per layer (calibrated once on real photos by :func:`calibrate_ranges`); fixed numbers
  keep the output reproducible, image to image. Both calibrations are stored in
  denoise_int8_calibration.py with the sha256 of the float weights they belong to;
* PyTorch 2.14 marks its quantised-tensor API deprecated (a warning, silenced here): when it
  goes, :func:`int8_available` turns false and callers keep the float path;
* the first (13→96) and last (96→12) convolutions stay in float: together 2.5 % of the work,
  and keeping them exact means the noise level σ is not rounded to an 8-bit step and the
  output pixels are not rounded to 1/255 before blending.
"""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from app.vision.restoration import denoise_int8_calibration as calibration

__all__ = ["calibrate_means", "calibrate_ranges", "int8_available", "int8_model", "quantise_ffdnet"]

_ENGINE_PREFERENCE = ("x86", "fbgemm", "onednn")
_cache: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def int8_available() -> bool:
    """True when this PyTorch build has a quantised-CPU engine the int8 path can use."""
    engines = getattr(torch.backends, "quantized", None)
    return engines is not None and any(e in engines.supported_engines for e in _ENGINE_PREFERENCE)


def _select_engine() -> None:
    for name in _ENGINE_PREFERENCE:
        if name in torch.backends.quantized.supported_engines:
            torch.backends.quantized.engine = name
            return
    raise RuntimeError("this PyTorch build has no quantised CPU engine")


def int8_model(model: Any, sha256: str) -> Any:
    """The int8 copy of ``model`` (float weights with this ``sha256``), built once per loaded model."""
    if sha256 != calibration.FLOAT_SHA256:
        raise ValueError("the int8 calibration belongs to other FFDNet weights; recalibrate first")
    if model not in _cache:
        _cache[model] = quantise_ffdnet(model, calibration.ACTIVATION_RANGES, calibration.INPUT_MEANS)
    return _cache[model]


def calibrate_ranges(
    model: Any, images: Iterable[np.ndarray], sigmas: Iterable[float], quantile: float = 0.9999
) -> tuple[float, ...]:
    """Range per ReLU output of the float ``model`` over ``images`` (uint8 RGB) × ``sigmas`` (0–255).

    A high quantile rather than the maximum: a handful of extreme activations would otherwise
    stretch the 8-bit step for every other pixel. The largest quantile over all runs is kept.
    """
    relus = [i for i, layer in enumerate(model.model) if isinstance(layer, torch.nn.ReLU)]
    ranges = [0.0] * len(relus)
    for h in _network_inputs(images, sigmas):
        k = 0
        with torch.inference_mode():
            for i, layer in enumerate(model.model):
                h = layer(h)
                if i in relus:
                    flat = h.flatten()
                    sample = flat[:: max(1, flat.numel() // 2_000_000)]
                    ranges[k] = max(ranges[k], float(torch.quantile(sample, quantile)))
                    k += 1
    return tuple(round(r, 4) for r in ranges)


def _network_inputs(images: Iterable[np.ndarray], sigmas: Iterable[float]) -> Iterator[Tensor]:
    """FFDNet's first-layer input for each image × σ: seeded noise, rounded to 8 bits as real scans arrive."""
    sigma_list = list(sigmas)
    for image in images:
        x = torch.from_numpy(image.astype(np.float32)).permute(2, 0, 1)[None] / 255.0
        for sigma in sigma_list:
            noisy = (x + torch.randn(x.shape, generator=torch.Generator().manual_seed(0)) * sigma / 255.0).clamp(0, 1)
            noisy = torch.round(noisy * 255.0) / 255.0
            sub = F.pixel_unshuffle(noisy[..., : noisy.shape[2] // 2 * 2, : noisy.shape[3] // 2 * 2], 2)
            yield torch.cat((sub, torch.full_like(sub[:, :1], sigma / 255.0)), dim=1)


def calibrate_means(model: Any, images: Iterable[np.ndarray], sigmas: Iterable[float]) -> list[np.ndarray]:
    """Mean of each input channel of the middle convolutions over ``images`` × ``sigmas``.

    Used for bias correction: rounding a filter's weights shifts its output by (Wq − W)·E[x] on
    average, and FFDNet (batch-norm folded into its weights) amplifies such shifts layer by layer.
    """
    convs = [layer for layer in model.model if isinstance(layer, nn.Conv2d)]
    sums = [np.zeros(conv.in_channels) for conv in convs[1:-1]]
    runs = 0
    for h in _network_inputs(images, sigmas):
        with torch.inference_mode():
            for i, conv in enumerate(convs[:-1]):
                h = F.relu(conv(h))
                if i < len(sums):
                    sums[i] += h.mean(dim=(0, 2, 3)).double().numpy()
        runs += 1
    return [total / runs for total in sums]


def quantise_ffdnet(model: Any, ranges: Sequence[float], means: Sequence[Sequence[float]] | None) -> Any:
    """An int8 copy of the float FFDNet ``model`` (left untouched); same ``forward(x, sigma)`` contract.

    ``ranges``: one per ReLU output; ``means``: one vector per middle convolution's input (None:
    no bias correction). Deterministic: the same float weights and calibration give bit-identical
    int8 weights, so the float model's sha256 plus the calibration identify the result.
    """
    layers = list(model.model)
    convs = [layer for layer in layers if isinstance(layer, nn.Conv2d)]
    if len(ranges) != len(convs) - 1:
        raise ValueError(f"{len(convs) - 1} activation ranges needed, {len(ranges)} given")
    _select_engine()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*quantiz.*deprecated", category=UserWarning)
        middle = _quantise_middle(convs[1:-1], ranges[1:], means)
    return _Int8FFDNet(model, convs[0], nn.Sequential(*middle), convs[-1], ranges[0] / 255.0).eval()


def _quantise_middle(
    convs: list[nn.Conv2d], ranges: Sequence[float], means: Sequence[Sequence[float]] | None
) -> list[nn.Module]:
    from torch.ao.nn.intrinsic.quantized import ConvReLU2d

    middle: list[nn.Module] = []
    for k, (conv, out_range) in enumerate(zip(convs, ranges, strict=True)):
        weight = conv.weight.detach().float()
        # Symmetric per output channel: each filter keeps its own 8-bit resolution.
        scales = (weight.abs().amax(dim=(1, 2, 3)) / 127.0).clamp_min(1e-12).double()
        qweight = torch.quantize_per_channel(weight, scales, torch.zeros(len(scales), dtype=torch.long), 0, torch.qint8)
        bias = conv.bias.detach().float()
        if means is not None:
            error = (qweight.dequantize() - weight).sum(dim=(2, 3)).double()
            bias = bias - (error @ torch.from_numpy(np.asarray(means[k], dtype=np.float64))).float()
        q = ConvReLU2d(conv.in_channels, conv.out_channels, 3, padding=1)
        q.set_weight_bias(qweight, bias)
        q.scale, q.zero_point = out_range / 255.0, 0
        middle.append(q)
    return middle


class _Int8FFDNet(nn.Module):
    """Float first layer → int8 middle layers (conv+ReLU fused) → float last layer."""

    def __init__(
        self, source: Any, first: nn.Conv2d, middle: nn.Sequential, last: nn.Conv2d, first_scale: float
    ) -> None:
        super().__init__()
        self.in_channels = source.in_channels
        self._sigma_tensor = source._sigma_tensor
        self.first, self.middle, self.last = first, middle, last
        self.first_scale = first_scale

    def forward(self, x: Tensor, sigma: float | Tensor) -> Tensor:
        n, _, height, width = x.shape
        if height % 2 or width % 2:
            x = F.pad(x, (0, width % 2, 0, height % 2), mode="replicate")
        sub = F.pixel_unshuffle(x, 2)
        noise_map = self._sigma_tensor(sigma, n, sub).expand(n, 1, sub.shape[2], sub.shape[3])
        h = F.relu(self.first(torch.cat((sub, noise_map), dim=1)))
        h = h.contiguous(memory_format=torch.channels_last)
        q = torch.quantize_per_tensor(h, self.first_scale, 0, torch.quint8)
        out = self.last(self.middle(q).dequantize())
        return F.pixel_shuffle(out, 2)[..., :height, :width]
