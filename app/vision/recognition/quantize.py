"""Int8 EfficientNet-Lite0 for the CPU: post-training static quantization of the frozen backbone.

On a 2-core CPU the fused float network costs ~35–40 ms of CPU per 224 px view; the int8 one
built here ~18 ms, which is what lets batch tagging and teaching keep up with JPEG decoding.
It is built at run time from the registry's float weights (no extra weight file): FX graph-mode
quantization with the oneDNN backend, per-channel weights, and activation ranges that were
measured once by :func:`calibrate` (recipe: ``python -m app.vision.recognition.int8_recipe``) and are
stored in ``int8_ranges.py`` together with the backbone sha256 they belong to.

Three details decide whether the result is usable, each measured the hard way:

* **7-bit weights.** Without VNNI (AVX2 only) the u8×s8 kernels add pairs of products in 16 bits
  and saturate; with full 8-bit activations *and* weights the embedding's cosine to float fell to
  0.88. Weights in [-63, 63] cannot overflow, and lose less than 7-bit activations would.
* **ReLU6 as the quantization range.** The observer before each ReLU6 sees the convolution's raw
  output (say -60…60); with that range ReLU6's [0, 6] gets a handful of levels. Clamping those
  observers to [0, min(max, 6)] makes the int8 saturation *be* the ReLU6.
* **No padding op.** TensorFlow ``SAME`` padding is computed per call in float; FX cannot trace
  that, and a pad between int8 layers costs a dequantize/quantize pair (torch's int8 pad is slower
  still). For inputs whose sides are multiples of 32 the asymmetric padding is fixed and can be
  folded into a one-pixel-wider kernel (see ``_widened_conv``).

Quality (measured on Kodak24, see docs/recognition.md): pooled-embedding cosine to float 0.98 on
average; teach-by-example accuracy within noise of float; ImageNet top-1 agreement ~90 % — lower,
but the concept gate sums whole groups of classes and is far less sensitive.
"""

from __future__ import annotations

import copy
import logging
import threading
import warnings
from collections.abc import Iterable
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from app.vision.archs.efficientnet_lite import SameConv2d

log = logging.getLogger(__name__)

ENGINE = "onednn"
#: Version of the calibration recipe; stored with the ranges so stale ranges are never used.
CALIBRATION_VERSION = 2
#: Inputs must have sides that are multiples of this for the static padding to be exact.
SIDE_MULTIPLE = 32
_WEIGHT_QMAX = 63  # 7-bit weights: see the module docstring
_RELU6_MAX = 6.0


def _widened_conv(conv: SameConv2d) -> nn.Conv2d:
    """A stride-2 ``SameConv2d`` for even-sized inputs as one symmetric-padding convolution.

    TensorFlow pads ``k // 2 - 1`` before and ``k // 2`` after. A (k+1)×(k+1) kernel whose first
    row and column are zero, with symmetric padding ``k // 2``, reads exactly the same pixels with
    the same weights (the zero taps add exact zeros, in int8 too), so no separate pad is needed —
    padding int8 tensors in torch is slower than the convolution itself.
    """
    k = conv.kernel_size[0]
    widened = nn.Conv2d(
        conv.in_channels, conv.out_channels, k + 1, conv.stride, k // 2,
        groups=conv.groups, bias=conv.bias is not None,
    )  # fmt: skip
    with torch.no_grad():
        widened.weight.zero_()
        widened.weight[:, :, 1:, 1:] = conv.weight
        if conv.bias is not None:
            widened.bias.copy_(conv.bias)
    return widened


def _plain_conv(conv: SameConv2d, padding: int) -> nn.Conv2d:
    plain = nn.Conv2d(
        conv.in_channels, conv.out_channels, conv.kernel_size, conv.stride, padding,
        groups=conv.groups, bias=conv.bias is not None,
    )  # fmt: skip
    plain.load_state_dict(conv.state_dict())
    return plain


def _make_static(module: nn.Module) -> None:
    for name, child in list(module.named_children()):
        if isinstance(child, SameConv2d):
            if child.stride[0] > 1 or child.kernel_size[0] % 2 == 0:
                setattr(module, name, _widened_conv(child))
            else:
                setattr(module, name, _plain_conv(child, padding=child.padding[0]))
        else:
            _make_static(child)


class _Features(nn.Module):
    """``net.features`` as the module's forward, so FX traces exactly the map the app uses."""

    def __init__(self, net: nn.Module) -> None:
        super().__init__()
        self.net = net

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net.features(x)


def available(device: str) -> bool:
    """Whether int8 inference can run here (CPU with the oneDNN quantized engine)."""
    return device == "cpu" and ENGINE in torch.backends.quantized.supported_engines


def _configs() -> tuple[Any, Any]:
    from torch.ao.quantization import QConfig, QConfigMapping
    from torch.ao.quantization.backend_config import get_onednn_backend_config
    from torch.ao.quantization.observer import MinMaxObserver, PerChannelMinMaxObserver

    weight = PerChannelMinMaxObserver.with_args(
        dtype=torch.qint8, qscheme=torch.per_channel_symmetric, quant_min=-_WEIGHT_QMAX, quant_max=_WEIGHT_QMAX
    )
    mapping = QConfigMapping().set_global(QConfig(activation=MinMaxObserver.with_args(), weight=weight))
    backend = get_onednn_backend_config()
    return mapping, backend


def prepare(fused_net: nn.Module) -> Any:
    """An observed (calibratable) FX copy of a BatchNorm-fused EfficientNet-Lite's ``features``."""
    from torch.ao.quantization.quantize_fx import prepare_fx

    static = copy.deepcopy(fused_net).to(memory_format=torch.contiguous_format).eval()
    _make_static(static)
    mapping, backend = _configs()
    example = torch.zeros(1, 3, SIDE_MULTIPLE * 7, SIDE_MULTIPLE * 7)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # FX quantization's deprecation notices, once per build
        return prepare_fx(_Features(static), mapping, example_inputs=(example,), backend_config=backend)


def _observers(observed: Any) -> dict[str, Any]:
    # _modules, not named_modules(): a shared observer appears under several names and each is kept.
    return {n: m for n, m in observed._modules.items() if n.startswith("activation_post_process")}


def _clamp_relu6_inputs(observed: Any) -> None:
    for node in observed.graph.nodes:
        if node.op == "call_function" and node.target is F.relu6:
            source = node.args[0]
            if source.op == "call_module" and source.target.startswith("activation_post_process"):
                observer = getattr(observed, source.target)
                observer.min_val.fill_(0.0)
                observer.max_val.clamp_(max=_RELU6_MAX)


def calibrate(fused_net: nn.Module, batches: Iterable[torch.Tensor]) -> dict[str, tuple[float, float]]:
    """Activation ranges (observer name → (min, max)) of ``fused_net`` over float [0, 1] batches."""
    observed = prepare(fused_net)
    with torch.inference_mode():
        for batch in batches:
            observed(batch.contiguous())
    _clamp_relu6_inputs(observed)
    return {name: (float(obs.min_val), float(obs.max_val)) for name, obs in _observers(observed).items()}


def build_int8(fused_net: nn.Module, ranges: dict[str, tuple[float, float]]) -> nn.Module:
    """The int8 ``features`` module: (N, 3, H, W) float in [0, 1] → float (N, 1280, H/32, W/32).

    ``ranges`` come from :func:`calibrate`; ``ValueError`` when they do not fit this network.
    One build at a time in the whole process (see :data:`_BUILD_LOCK`).
    """
    with _BUILD_LOCK:
        return _build_int8(fused_net, ranges)


#: FX tracing imports torch's compiler stack lazily (torch._dynamo → torch.distributed → op
#: registrations). Seen in the kiosk: two threads building at once got a half-imported torch
#: ("'prims' object has no attribute 'sum'") and the experience failed. So builds take turns and
#: the lazy import happens inside the lock, before tracing.
_BUILD_LOCK = threading.Lock()


def _build_int8(fused_net: nn.Module, ranges: dict[str, tuple[float, float]]) -> nn.Module:
    import torch._dynamo  # noqa: F401 - imported here, under the lock, rather than mid-trace
    from torch.ao.quantization.quantize_fx import convert_fx

    torch.backends.quantized.engine = ENGINE
    observed = prepare(fused_net)
    observers = _observers(observed)
    if set(observers) != set(ranges):
        raise ValueError("the stored int8 activation ranges do not match this network")
    for name, (low, high) in ranges.items():
        observers[name].min_val = torch.tensor(low)
        observers[name].max_val = torch.tensor(high)
    _, backend = _configs()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantized = convert_fx(observed, backend_config=backend)
    return without_saturated_relu6(quantized.eval())


def _producer(graph_module: Any, node: Any) -> Any:
    """The module that really computes ``node``'s value, looking through folded-BatchNorm ``Identity``s."""
    while node.op == "call_module" and isinstance(graph_module.get_submodule(node.target), nn.Identity):
        node = node.args[0]
    return graph_module.get_submodule(node.target) if node.op == "call_module" else None


def without_saturated_relu6(quantized: Any) -> Any:
    """Drop every ReLU6 whose int8 input cannot leave [0, 6], and the BatchNorm ``Identity`` left-overs.

    The clamped ranges (see the module docstring) make a convolution's quint8 output itself lie in
    [0, 255·scale] ⊆ [0, 6], so the ReLU6 after it is an exact no-op that still walks the whole
    tensor: 33 of them were ~20 % of the backbone's time. A ReLU6 whose input could leave that
    range (other zero point, wider scale) is kept, so the result is bit-identical to the converted net.
    """
    graph = quantized.graph
    for node in list(graph.nodes):
        if node.op != "call_function" or node.target is not F.relu6:
            continue
        producer = _producer(quantized, node.args[0])
        scale, zero_point = getattr(producer, "scale", None), getattr(producer, "zero_point", None)
        if scale is not None and int(zero_point) == 0 and 255 * float(scale) <= _RELU6_MAX * (1 + 1e-6):
            node.replace_all_uses_with(node.args[0])
            graph.erase_node(node)
    for node in list(graph.nodes):
        if node.op == "call_module" and isinstance(quantized.get_submodule(node.target), nn.Identity):
            node.replace_all_uses_with(node.args[0])
            graph.erase_node(node)
    graph.lint()
    quantized.recompile()
    return quantized


def stored_ranges(backbone_sha256: str) -> dict[str, tuple[float, float]] | None:
    """The shipped ranges when they were measured on this backbone with this recipe, else None."""
    try:
        from app.vision.recognition import int8_ranges
    except ImportError:
        return None
    if int8_ranges.BACKBONE_SHA256 != backbone_sha256 or int8_ranges.CALIBRATION_VERSION != CALIBRATION_VERSION:
        log.warning("int8 activation ranges are stale (other backbone or recipe); using float inference")
        return None
    return dict(int8_ranges.RANGES)
