"""The frozen ImageNet backbone behind every recognition model: pixels → feature maps.

Recognition never fine-tunes EfficientNet-Lite0; it only reads its last convolutional map
(1280 × 7 × 7 at 224 px), its pooled embedding and its ImageNet logits. Because the network is
frozen, each BatchNorm can be folded into the convolution before it once at load time, which
removes a third of the per-layer kernels from every forward pass (measurably faster on 2 cores)
without changing the output beyond float rounding.

Pre-processing follows the checkpoint's evaluation geometry (centre square of 87.5 % of the
short side, resized to 224) but uses OpenCV's area filter instead of torch's antialiased
bicubic: a tenth of the cost, and the embedding moves by far less than crop noise does.

On the CPU the 224 px feature maps come from an int8 copy of the fused network (``quantize.py``;
about twice as fast, embedding cosine to float ≈ 0.98), used the same way for teaching and for
tagging so that heads see one kind of embedding. ``GYEONGJU_AI_RECOGNITION_PRECISION=float32``
switches it off. Grad-CAM uses the same maps (its gradient starts at the maps, not inside the
network), so a heat-map explains exactly the answer tagging gives.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import threading
from collections.abc import Iterator, Sequence

import cv2
import numpy as np
import torch
from torch import nn

from app.vision.engine import Engine, default_engine
from app.vision.recognition import quantize

log = logging.getLogger(__name__)

#: Registry id of the backbone every recognition head is trained on.
BACKBONE_ID = "efficientnet_lite0_imagenet"
INPUT_SIZE = 224
_CROP_FRACTION = 0.875
#: Images per forward pass: large enough to amortise per-call overhead, small enough for RAM.
BATCH_SIZE = 16
#: Environment override of the backbone's precision on the CPU: ``int8`` (default) or ``float32``.
PRECISION_ENV = "GYEONGJU_AI_RECOGNITION_PRECISION"


def centre_crop(image: np.ndarray, fraction: float = _CROP_FRACTION) -> np.ndarray:
    """The centred square of ``fraction`` × the short side (a view, no copy)."""
    height, width = image.shape[:2]
    side = max(1, round(min(height, width) * fraction))
    top, left = (height - side) // 2, (width - side) // 2
    return image[top : top + side, left : left + side]


def resize_square(image: np.ndarray, size: int = INPUT_SIZE) -> np.ndarray:
    """Resize an RGB crop to size × size (area filter when shrinking, cubic when enlarging)."""
    shrinking = min(image.shape[:2]) >= size
    interpolation = cv2.INTER_AREA if shrinking else cv2.INTER_CUBIC
    return cv2.resize(np.ascontiguousarray(image), (size, size), interpolation=interpolation)


def check_rgb(image: np.ndarray) -> None:
    """Refuse anything but the project's image contract (RGB uint8 H×W×3)."""
    if not isinstance(image, np.ndarray) or image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
        shape = getattr(image, "shape", None)
        raise ValueError(f"expected an RGB uint8 H×W×3 array, got {getattr(image, 'dtype', type(image))} {shape}")


def standard_view(image: np.ndarray, size: int = INPUT_SIZE) -> np.ndarray:
    """The evaluation view of one photo: centre crop + resize, uint8 size × size × 3."""
    check_rgb(image)
    return resize_square(centre_crop(image), size)


def to_batch(views: Sequence[np.ndarray]) -> torch.Tensor:
    """uint8 N×(H×W×3) views → float (N, 3, H, W) in [0, 1], channels-last for faster convs."""
    stacked = np.stack(views).astype(np.float32) * (1.0 / 255.0)
    tensor = torch.from_numpy(stacked).permute(0, 3, 1, 2)
    return tensor.contiguous(memory_format=torch.channels_last)


def _fold_batchnorm(conv: nn.Conv2d, bn: nn.BatchNorm2d) -> None:
    """Fold an eval-mode BatchNorm into the preceding convolution's weight and bias, in place."""
    scale = bn.weight.detach() / torch.sqrt(bn.running_var + bn.eps)
    conv.weight.data.mul_(scale.reshape(-1, 1, 1, 1))
    old_bias = conv.bias.detach() if conv.bias is not None else torch.zeros_like(bn.running_mean)
    conv.bias = nn.Parameter((old_bias - bn.running_mean) * scale + bn.bias.detach())


def fuse_for_inference(net: nn.Module) -> nn.Module:
    """A copy of an EfficientNet-Lite with every BatchNorm folded away (same outputs, faster)."""
    fused = copy.deepcopy(net).eval()
    pairs = [(fused, "_conv_stem", "_bn0"), (fused, "_conv_head", "_bn1")]
    for block in fused._blocks:
        if block.has_expansion:
            pairs.append((block, "_expand_conv", "_bn0"))
        pairs += [(block, "_depthwise_conv", "_bn1"), (block, "_project_conv", "_bn2")]
    for owner, conv_name, bn_name in pairs:
        _fold_batchnorm(getattr(owner, conv_name), getattr(owner, bn_name))
        setattr(owner, bn_name, nn.Identity())
    for parameter in fused.parameters():
        parameter.requires_grad_(False)
    return fused.to(memory_format=torch.channels_last)


@contextlib.contextmanager
def torch_threads(count: int) -> Iterator[None]:
    """Run torch with ``count`` intra-op threads for a while (process-wide), then restore.

    Batch work overlaps decoding threads with inference; giving torch the cores the decoders use
    makes its OpenMP threads spin-wait on each other. On 2 busy cores int8 inference with two
    threads was measured at 50 ms per view against 10 ms with one.
    """
    previous = torch.get_num_threads()
    torch.set_num_threads(max(1, count))
    try:
        yield
    finally:
        torch.set_num_threads(previous)


class Backbone:
    """Frozen, fused EfficientNet-Lite0 with helpers that return numpy arrays.

    Thread-safe for concurrent callers: torch modules are re-entrant in inference mode.
    ``precision`` is ``int8`` or ``float32``; None picks int8 where it can run (see module docstring).
    """

    def __init__(self, engine: Engine | None = None, precision: str | None = None) -> None:
        self.engine = engine or default_engine()
        self.spec = self.engine.registry.get(BACKBONE_ID)
        net = self.engine.registry.build(self.spec)
        self.device = self.engine.device
        self.net = fuse_for_inference(net).to(self.device)
        self._int8_ranges = self._pick_int8_ranges(precision)
        self._int8: nn.Module | None = None
        self._int8_lock = threading.Lock()

    def _pick_int8_ranges(self, precision: str | None) -> dict[str, tuple[float, float]] | None:
        precision = precision or os.environ.get(PRECISION_ENV, "int8")
        if precision not in ("int8", "float32"):
            raise ValueError(f"unknown backbone precision {precision!r}; use int8 or float32")
        if precision == "float32" or not quantize.available(self.device):
            return None
        return quantize.stored_ranges(self.spec.weights.sha256)

    @property
    def precision(self) -> str:
        """``int8`` or ``float32``: what produces the 224 px feature maps (and so every embedding)."""
        return "int8" if self._int8_ranges is not None else "float32"

    def provenance(self) -> dict[str, object]:
        """The registry's identity of the weights plus how they were run."""
        record = dict(self.spec.provenance())
        record["precision"] = self.precision
        if self._int8_ranges is not None:
            record["quantization"] = f"post-training static, {quantize.ENGINE}, ranges v{quantize.CALIBRATION_VERSION}"
        return record

    def _int8_net(self) -> nn.Module | None:
        # Built on first use (about a second): commands that never embed a photo do not pay for it.
        with self._int8_lock:
            if self._int8 is None and self._int8_ranges is not None:
                try:
                    self._int8 = quantize.build_int8(self.net, self._int8_ranges)
                except ValueError as exc:  # ranges from another version of the graph: stay correct, be slower
                    log.warning("int8 backbone unavailable (%s); using float32", exc)
                    self._int8_ranges = None
            return self._int8

    def feature_maps(self, batch: torch.Tensor) -> torch.Tensor:
        """(N, 3, H, W) float in [0, 1] → (N, 1280, H/32, W/32) maps (no gradient)."""
        side = quantize.SIDE_MULTIPLE
        if self._int8_ranges is not None and batch.shape[-2] % side == 0 and batch.shape[-1] % side == 0:
            net = self._int8_net()
            if net is not None:
                # One photo is too little work to share between threads: their hand-offs cost more
                # than they save, and on a busy machine far more (see torch_threads).
                threads = 1 if len(batch) == 1 else torch.get_num_threads()
                with torch_threads(threads), torch.inference_mode():
                    return net(batch)
        with torch.inference_mode():
            return self.net.features(batch.to(self.device))

    def imagenet_logits(self, pooled: torch.Tensor) -> torch.Tensor:
        """ImageNet logits from pooled (N, 1280) embeddings (the classifier is linear)."""
        with torch.inference_mode():
            return self.net._fc(pooled.to(self.device))

    def embed_views(self, views: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Pooled embeddings (N, 1280) and ImageNet logits (N, 1000) of prepared uint8 views."""
        pooled_parts, logit_parts = [], []
        for start in range(0, len(views), BATCH_SIZE):
            maps = self.feature_maps(to_batch(views[start : start + BATCH_SIZE]))
            pooled = maps.mean(dim=(2, 3))
            pooled_parts.append(pooled.float().cpu().numpy())
            logit_parts.append(self.imagenet_logits(pooled).float().cpu().numpy())
        if not pooled_parts:
            return np.zeros((0, 1280), np.float32), np.zeros((0, 1000), np.float32)
        return np.concatenate(pooled_parts), np.concatenate(logit_parts)

    def embed_images(self, images: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Embeddings and ImageNet logits of whole photos (standard evaluation view)."""
        return self.embed_views([standard_view(image) for image in images])


_shared: dict[int, Backbone] = {}
_shared_lock = threading.Lock()


def shared_backbone(engine: Engine | None = None) -> Backbone:
    """One fused backbone per engine, built on first use (about 0.3 s) and kept for the process."""
    engine = engine or default_engine()
    with _shared_lock:
        backbone = _shared.get(id(engine))
        if backbone is None:
            backbone = _shared[id(engine)] = Backbone(engine)
        return backbone
