"""Network architectures, one ``nn.Module`` family per file.

``ARCHITECTURES`` maps the ``architecture`` name written in a ``models/<id>/model.toml`` to a
builder that takes that file's ``[arch_params]`` as keyword arguments and returns the module
with random weights in eval mode; the registry then loads the verified weights into it.
Importing this package imports torch, so only the vision layer does it, lazily.
"""

from __future__ import annotations

from collections.abc import Callable

from torch import nn

from app.vision.archs.damage_unet import build_damage_unet
from app.vision.archs.damage_verifier import build_damage_verifier
from app.vision.archs.efficientnet_lite import build_efficientnet_lite0
from app.vision.archs.ffdnet import build_ffdnet_color
from app.vision.archs.inpaint_net import build_inpaint_net
from app.vision.archs.sr_net import build_sr_x2

__all__ = [
    "ARCHITECTURES",
    "build_damage_unet",
    "build_damage_verifier",
    "build_efficientnet_lite0",
    "build_ffdnet_color",
    "build_inpaint_net",
    "build_sr_x2",
]

ARCHITECTURES: dict[str, Callable[..., nn.Module]] = {
    "efficientnet_lite0": build_efficientnet_lite0,
    "ffdnet_color": build_ffdnet_color,
    "damage_unet": build_damage_unet,
    "damage_verifier": build_damage_verifier,
    "inpaint_net": build_inpaint_net,
    "sr_x2": build_sr_x2,
}
