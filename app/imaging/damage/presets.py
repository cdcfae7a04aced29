"""The "old photograph" preset: a believable, seed-chosen mix of damage kinds."""

from __future__ import annotations

import numpy as np

from .apply import apply_damage
from .spec import DamageResult, DamageSpec, check_image, check_seed, check_severity

# (kind, probability at severity 0.5): how often each defect shows up on old prints.
_LOCAL_ODDS = (
    ("dust", 0.9),
    ("scratches", 0.7),
    ("stains", 0.5),
    ("creases", 0.45),
    ("cracks", 0.4),
    ("tears", 0.3),
)


def age_photo(image: np.ndarray, seed: int, severity: float = 0.5) -> DamageResult:
    """Make ``image`` look like an aged, scanned photographic print.

    The seed picks two to six local defects (dust, scratches, stains, creases,
    cracks, tears; more of them at higher severity), one tonal history
    (sepia, black-and-white or faded colour with a cast), usually grain and a
    vignette, and sometimes mild blur and JPEG compression of the scan. Each
    kind's severity is jittered around ``severity``. Same arguments, same result.
    """
    image = check_image(image)
    seed = check_seed(seed)
    severity = check_severity(severity)
    # A stream of its own, so choosing the mix never shifts any kind's geometry.
    rng = np.random.default_rng([seed, 1_000_003])

    def jitter(scale: float = 1.0) -> float:
        return float(np.clip(severity * scale * rng.uniform(0.6, 1.3), 0.0, 1.0))

    odds = np.array([p for _, p in _LOCAL_ODDS]) * (0.6 + 0.8 * severity)
    chosen = [kind for (kind, _), p in zip(_LOCAL_ODDS, odds, strict=True) if rng.random() < p]
    while len(chosen) < 2:
        extra = _LOCAL_ODDS[int(rng.integers(len(_LOCAL_ODDS)))][0]
        if extra not in chosen:
            chosen.append(extra)
    specs = [DamageSpec(kind, jitter()) for kind in chosen]
    history = rng.random()
    if history < 0.35:
        specs.append(DamageSpec("sepia", jitter()))
        if rng.random() < 0.6:
            specs.append(DamageSpec("fading", jitter(0.6)))
    elif history < 0.6:
        specs.append(DamageSpec("grayscale", 1.0))
        specs.append(DamageSpec("fading", jitter(0.7)))
    else:
        specs.append(DamageSpec("fading", jitter()))
        if rng.random() < 0.8:
            specs.append(DamageSpec("color_cast", jitter()))
    for kind, chance, scale in (
        ("grain", 0.85, 1.0),
        ("vignette", 0.5, 1.0),
        ("blur", 0.5, 0.35),
        ("jpeg", 0.35, 0.6),
    ):
        if rng.random() < chance:
            specs.append(DamageSpec(kind, jitter(scale)))
    return apply_damage(image, specs, seed)
