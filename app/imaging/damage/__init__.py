"""Seeded synthesis of old-photograph damage with exact ground-truth masks.

Used to age rendered heritage scenes whose clean version is known, to train the
damage-segmentation and inpainting networks, and in restoration benchmarks.
See ``docs/damage.md`` for the kinds and their parameters.

>>> result = apply_damage(image, ["scratches:0.7", "dust", "sepia"], seed=3)
>>> result.image, result.masks["scratches"], result.damage_mask
"""

from __future__ import annotations

from ._raster import MASK_THRESHOLD
from .apply import apply_damage
from .masks import random_hole_mask
from .presets import age_photo
from .spec import APPLY_ORDER, DAMAGE_KINDS, GLOBAL_KINDS, LOCAL_KINDS, DamageResult, DamageSpec

__all__ = [
    "APPLY_ORDER",
    "DAMAGE_KINDS",
    "GLOBAL_KINDS",
    "LOCAL_KINDS",
    "MASK_THRESHOLD",
    "DamageResult",
    "DamageSpec",
    "age_photo",
    "apply_damage",
    "random_hole_mask",
]
