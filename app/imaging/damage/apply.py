"""Apply a list of damage specs in physical order with per-kind ground-truth masks."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from app.domain.errors import InvalidInput

from . import capture, lines, spots, tears, tone
from .spec import APPLY_ORDER, DAMAGE_KINDS, LOCAL_KINDS, DamageResult, DamageSpec, check_image, check_seed

LocalFn = Callable[[np.ndarray, float, np.random.Generator], tuple[np.ndarray, np.ndarray]]
GlobalFn = Callable[[np.ndarray, float, np.random.Generator], np.ndarray]

_LOCAL: dict[str, LocalFn] = {
    "stains": spots.stains,
    "creases": lines.creases,
    "cracks": lines.cracks,
    "scratches": lines.scratches,
    "dust": spots.dust,
}
_GLOBAL: dict[str, GlobalFn] = {
    "grayscale": tone.grayscale,
    "sepia": tone.sepia,
    "fading": tone.fading,
    "color_cast": tone.color_cast,
    "vignette": tone.vignette,
    "grain": capture.grain,
    "blur": capture.blur,
    "jpeg": capture.jpeg,
}


def _as_spec(item: object) -> DamageSpec:
    if isinstance(item, DamageSpec):
        return item
    if isinstance(item, str):
        return DamageSpec.parse(item)
    raise InvalidInput(f"A damage spec must be a DamageSpec or a 'kind[:severity]' string, not {item!r}.")


def apply_damage(image: np.ndarray, specs: Sequence[DamageSpec | str], seed: int) -> DamageResult:
    """Damage ``image`` (RGB uint8 H×W×3) with ``specs``; the input array is never modified.

    Specs run in the physical order of :data:`APPLY_ORDER` whatever their order
    in the list: print defects, then tone changes of the whole print, then
    tears (which show an untinted backing), then blur and JPEG. Each spec draws
    from its own generator ``default_rng([seed, kind index, repeat])``, so a
    kind's geometry does not depend on which other kinds are applied.

    ``masks[kind]`` is uint8 H×W with 255 where that local kind changed the
    pixel (a later tear clears the masks of defects it fully covers); global
    kinds get a full-frame 255 mask.
    """
    image = check_image(image)
    seed = check_seed(seed)
    if isinstance(specs, str | DamageSpec):
        specs = [specs]
    ordered = sorted((_as_spec(item) for item in specs), key=lambda s: APPLY_ORDER.index(s.kind))
    out = image.copy()
    masks: dict[str, np.ndarray] = {}
    repeats: dict[str, int] = {}
    for spec in ordered:
        repeat = repeats.get(spec.kind, 0)
        repeats[spec.kind] = repeat + 1
        rng = np.random.default_rng([seed, DAMAGE_KINDS.index(spec.kind), repeat])
        if spec.kind == "tears":
            out, mask, opaque = tears.tears(out, spec.severity, rng)
            # Nothing of an earlier defect survives where the print is torn away.
            for kind, earlier in masks.items():
                if kind in LOCAL_KINDS:
                    earlier[opaque > 0] = 0
        elif spec.kind in _LOCAL:
            out, mask = _LOCAL[spec.kind](out, spec.severity, rng)
        else:
            out = _GLOBAL[spec.kind](out, spec.severity, rng)
            mask = np.full(out.shape[:2], 255, np.uint8)
        masks[spec.kind] = np.maximum(masks[spec.kind], mask) if spec.kind in masks else mask
    return DamageResult(image=out, masks=masks, specs=tuple(ordered), seed=seed)
