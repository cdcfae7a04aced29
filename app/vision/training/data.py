"""Clean photos for the restoration recipes, with fixed train / held-out splits.

Three sources, all offline:

* **package photos** shipped in scikit-image's wheel (``skimage.data``); greyscale ones are
  stacked to RGB because old photographs are often monochrome;
* **Kodak** (``kodim01…24``, 500×500 crops) from a development data folder when one exists —
  kodim01–16 train, kodim17–24 are held out for evaluation. The folder is optional: without it the
  recipes train on package photos and renders only (the model card says which was used);
* **renders** of the project's Gyeongju subjects (``app.content.render``), which bring the roof
  tiles, lattices, stone courses and lettering the app sees most.

Everything here is deterministic given a seed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.config.paths import REPO_ROOT

log = logging.getLogger(__name__)

KODAK_ENV = "GYEONGJU_AI_KODAK_DIR"
DEFAULT_KODAK_DIR = REPO_ROOT.parent / "shared" / "data" / "kodak24"
KODAK_TRAIN = tuple(f"kodim{i:02d}" for i in range(1, 17))
KODAK_HELDOUT = tuple(f"kodim{i:02d}" for i in range(17, 25))

# scikit-image photos that ship inside the wheel (others need a download and are skipped).
PACKAGE_TRAIN_RGB = ("astronaut", "chelsea", "immunohistochemistry", "hubble_deep_field")
PACKAGE_TRAIN_GREY = ("camera", "brick", "grass", "gravel", "moon", "coins", "text", "page")
PACKAGE_HELDOUT = ("coffee", "rocket")


@dataclass(frozen=True)
class PhotoSet:
    """Named RGB uint8 photos plus a note of where they came from (for model cards)."""

    names: tuple[str, ...]
    images: tuple[np.ndarray, ...] = field(repr=False)

    def __len__(self) -> int:
        return len(self.images)


def kodak_dir() -> Path | None:
    """The Kodak folder (``$GYEONGJU_AI_KODAK_DIR`` or ``../shared/data/kodak24``) if present."""
    path = Path(os.environ.get(KODAK_ENV, str(DEFAULT_KODAK_DIR)))
    return path if path.is_dir() and any(path.glob("kodim*.png")) else None


def _rgb(image: np.ndarray) -> np.ndarray:
    if image.dtype != np.uint8:
        image = np.clip(image * (255.0 if image.max() <= 1.0 else 1.0), 0, 255).astype(np.uint8)
    if image.ndim == 2:
        image = np.stack([image] * 3, axis=-1)
    return np.ascontiguousarray(image[..., :3])


def package_photo(name: str) -> np.ndarray:
    """One ``skimage.data`` photo as RGB uint8."""
    from skimage import data

    return _rgb(getattr(data, name)())


def load_kodak(names: Sequence[str]) -> PhotoSet:
    """The named Kodak photos that exist in :func:`kodak_dir` (none when the folder is absent)."""
    from PIL import Image

    folder = kodak_dir()
    if folder is None:
        return PhotoSet((), ())
    found = [(n, folder / f"{n}.png") for n in names if (folder / f"{n}.png").is_file()]
    return PhotoSet(
        tuple(n for n, _ in found),
        tuple(np.asarray(Image.open(p).convert("RGB")) for _, p in found),
    )


def _package_set(names: Sequence[str]) -> PhotoSet:
    photos = []
    for name in names:
        try:
            photos.append((name, package_photo(name)))
        except Exception as exc:  # noqa: BLE001 - a photo missing from this scikit-image build is skipped
            log.warning("skipping skimage.data.%s: %s", name, exc)
    return PhotoSet(tuple(f"skimage:{n}" for n, _ in photos), tuple(p for _, p in photos))


def render_set(count: int, seed: int, size: tuple[int, int] = (384, 288)) -> PhotoSet:
    """``count`` random renders of Gyeongju subjects (viewpoint, light, season drawn from ``seed``)."""
    from app.content.training_data import iter_renders

    stream = iter_renders(seed, size=size, out_size=None, min_crop=1.0)
    renders = [next(stream) for _ in range(count)]
    return PhotoSet(tuple(f"render:{r.subject_id}" for r in renders), tuple(r.image for r in renders))


def merge(*sets: PhotoSet) -> PhotoSet:
    return PhotoSet(
        tuple(n for s in sets for n in s.names),
        tuple(i for s in sets for i in s.images),
    )


def train_photos(renders: int = 28, seed: int = 0, use_kodak: bool = True) -> PhotoSet:
    """The training pool: Kodak 01–16 (when present), package photos, ``renders`` renders."""
    kodak = load_kodak(KODAK_TRAIN) if use_kodak else PhotoSet((), ())
    rgb = _package_set(PACKAGE_TRAIN_RGB)
    grey = _package_set(PACKAGE_TRAIN_GREY)
    return merge(kodak, rgb, grey, render_set(renders, seed))


def heldout_photos(renders: int = 0, seed: int = 10_000) -> PhotoSet:
    """Photos never trained on: Kodak 17–24 (when present), coffee and rocket, optional renders."""
    extra = render_set(renders, seed) if renders else PhotoSet((), ())
    return merge(load_kodak(KODAK_HELDOUT), _package_set(PACKAGE_HELDOUT), extra)


def random_crop(
    image: np.ndarray, size: int, rng: np.random.Generator, augment: bool = True, rotate: bool = True
) -> np.ndarray:
    """A ``size``² crop (the image is edge-padded first if smaller), randomly flipped/rotated.

    ``rotate=False`` keeps photos upright (mirrored only): skies stay above, floors below.
    """
    height, width = image.shape[:2]
    if height < size or width < size:
        pad = ((0, max(0, size - height)), (0, max(0, size - width)), (0, 0))
        image = np.pad(image, pad, mode="reflect")
        height, width = image.shape[:2]
    y = int(rng.integers(0, height - size + 1))
    x = int(rng.integers(0, width - size + 1))
    crop = image[y : y + size, x : x + size]
    if augment:
        if rng.random() < 0.5:
            crop = crop[:, ::-1]
        if rotate:
            crop = np.rot90(crop, int(rng.integers(0, 4)))
    return np.ascontiguousarray(crop)


def weights_by_area(photos: PhotoSet) -> np.ndarray:
    """Sampling probabilities ∝ sqrt(pixels): big photos are seen more, small ones still appear."""
    areas = np.array([np.sqrt(im.shape[0] * im.shape[1]) for im in photos.images], np.float64)
    return areas / areas.sum()
