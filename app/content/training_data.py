"""Endless randomised training data from the project's own renders.

Two streams for model training (recognition and restoration recipes use them):

* :func:`iter_renders` — labelled renders of heritage subjects under random
  viewpoint, light, season, seed and crop: "new photos" of each subject;
* :func:`iter_damage_triples` — (damaged, clean, mask) triples: a clean crop
  (from a render or any photo you pass in) aged by the damage synthesiser with
  its exact ground-truth mask of local damage.

Both are seeded generators, so a training run is reproducible.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from app.content.render.catalog import render
from app.content.render.spec import SUBJECT_IDS, TYPE_RENDER_IDS, RenderSpec
from app.domain.errors import InvalidInput

LIGHTS = ("day", "day", "dusk", "night")  # day twice: most real photos are daylight
SEASONS = ("spring", "summer", "autumn", "winter")


@dataclass(frozen=True)
class LabelledRender:
    """One random "photo" of a subject and how it was made."""

    image: np.ndarray
    subject_id: str
    spec: RenderSpec
    crop: tuple[int, int, int, int]  # x, y, w, h in the full render


@dataclass(frozen=True)
class DamageTriple:
    damaged: np.ndarray
    clean: np.ndarray
    mask: np.ndarray  # uint8, 255 where local damage (scratches, dust, tears…) changed pixels
    kinds: tuple[str, ...]


def _random_crop(image: np.ndarray, rng: np.random.Generator, min_frac: float) -> tuple[np.ndarray, tuple]:
    height, width = image.shape[:2]
    frac = rng.uniform(min_frac, 1.0)
    ch, cw = max(8, int(height * frac)), max(8, int(width * frac))
    y, x = int(rng.integers(0, height - ch + 1)), int(rng.integers(0, width - cw + 1))
    return image[y : y + ch, x : x + cw], (x, y, cw, ch)


def iter_renders(
    seed: int,
    *,
    size: tuple[int, int] = (320, 240),
    subjects: Sequence[str] = SUBJECT_IDS,
    out_size: int | None = 224,
    min_crop: float = 0.6,
) -> Iterator[LabelledRender]:
    """Yield labelled random renders forever (round-robin over a shuffled subject order).

    ``subjects`` may name showcase subjects (``SUBJECT_IDS``) and render-only heritage
    types (``TYPE_RENDER_IDS``, whose id is their type id).
    """
    unknown = [s for s in subjects if s not in SUBJECT_IDS and s not in TYPE_RENDER_IDS]
    if unknown or not subjects:
        raise InvalidInput(f"Unknown or empty subject list: {unknown or 'none given'}.")
    rng = np.random.default_rng(seed)
    width, height = size
    while True:
        for subject_id in rng.permutation(list(subjects)):
            spec = RenderSpec(
                width=width,
                height=height,
                seed=int(rng.integers(0, 2**31)),
                view=float(rng.uniform(-1.0, 1.0)),
                light=str(rng.choice(LIGHTS)),  # type: ignore[arg-type]
                season=str(rng.choice(SEASONS)),  # type: ignore[arg-type]
            )
            full = render(str(subject_id), spec)
            crop, box = _random_crop(full, rng, min_crop)
            if out_size:
                crop = cv2.resize(crop, (out_size, out_size), interpolation=cv2.INTER_AREA)
            yield LabelledRender(np.ascontiguousarray(crop), str(subject_id), spec, box)


def iter_damage_triples(
    seed: int,
    *,
    sources: Sequence[np.ndarray] | None = None,
    crop: int = 256,
    severity: tuple[float, float] = (0.3, 0.9),
) -> Iterator[DamageTriple]:
    """Yield (damaged, clean, mask) crops forever.

    ``sources`` are clean RGB photos to cut crops from; without them, fresh random
    renders are used. Each crop is aged with a random ``age_photo`` preset.
    """
    from app.imaging.damage import age_photo

    rng = np.random.default_rng(seed)
    renders = None if sources else iter_renders(seed + 1, size=(crop * 2, crop * 3 // 2), out_size=None)
    usable = [s for s in (sources or []) if s.ndim == 3 and min(s.shape[:2]) >= crop]
    if sources and not usable:
        raise InvalidInput(f"None of the source photos is at least {crop}×{crop} pixels.")
    while True:
        if usable:
            photo = usable[int(rng.integers(0, len(usable)))]
        else:
            assert renders is not None
            photo = next(renders).image
        y = int(rng.integers(0, photo.shape[0] - crop + 1))
        x = int(rng.integers(0, photo.shape[1] - crop + 1))
        clean = np.ascontiguousarray(photo[y : y + crop, x : x + crop])
        if rng.random() < 0.5:
            clean = np.ascontiguousarray(clean[:, ::-1])
        result = age_photo(clean, seed=int(rng.integers(0, 2**31)), severity=float(rng.uniform(*severity)))
        yield DamageTriple(result.image, clean, result.damage_mask, tuple(sorted(result.masks)))
