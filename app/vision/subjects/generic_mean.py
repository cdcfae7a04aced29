"""The "generic photo" mean that matching subtracts, and the recipe that made it.

Why a fixed, shipped vector: centring by the mean of the *gallery* would make two subjects look
opposite and everything else look like one of them; centring by the mean of everyday photos only
removes what all photos share. The mean of the 24 Kodak test photos (real, varied photographs:
people, boats, houses, landscapes, close-ups), each seen through the four reference views and
mirrored, is 1280 floats (5 KB) in ``assets/subjects/generic_mean.npz`` with the backbone's sha256,
its precision and this recipe. Rebuild it with::

    python -m app.vision.subjects.generic_mean ../shared/data/kodak24

Neither the test negatives (``skimage.data`` photos) nor any heritage render are in it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from app.config.paths import ASSETS_DIR
from app.domain.errors import ModelUnavailable

GENERIC_MEAN_FILE = ASSETS_DIR / "subjects" / "generic_mean.npz"
RECIPE = "mean of transform(pooled) over kodak24 × {centre, whole, mirrored, zoom} views × {as is, mirrored}"


def load_generic_mean(backbone_sha256: str | None = None, path: Path = GENERIC_MEAN_FILE) -> np.ndarray:
    """The (D,) mean vector; :class:`ModelUnavailable` when missing or made with another backbone."""
    mean, sha = _load(path)
    if backbone_sha256 and sha != backbone_sha256:
        raise ModelUnavailable(
            f"The generic-photo mean {path.name} was made with another backbone; "
            "rebuild it with “python -m app.vision.subjects.generic_mean PHOTO_DIR”."
        )
    return mean


@lru_cache(maxsize=2)
def _load(path: Path) -> tuple[np.ndarray, str]:
    try:
        with np.load(path, allow_pickle=False) as data:
            return data["mean"].astype(np.float32), str(data["backbone_sha256"])
    except (OSError, KeyError, ValueError) as exc:
        raise ModelUnavailable(f"The generic-photo mean {path} cannot be read ({exc}); reinstall the app.") from None


def compute_generic_mean(photos: Sequence[Path]) -> tuple[np.ndarray, dict[str, str]]:
    """The mean transformed feature of ``photos`` (and their mirror images) over the reference views."""
    from app.imaging.io import load_preview
    from app.vision.recognition.backbone import shared_backbone
    from app.vision.recognition.features import transform
    from app.vision.recognition.loading import PREVIEW_SIDE
    from app.vision.subjects.embed import reference_features

    backbone = shared_backbone()
    images = []
    for path in photos:
        pixels = np.asarray(load_preview(path, PREVIEW_SIDE).pixels)
        images += [pixels, np.ascontiguousarray(pixels[:, ::-1])]
    pooled = reference_features(backbone, images)
    mean = transform(pooled.reshape(-1, pooled.shape[-1])).mean(axis=0).astype(np.float32)
    meta = {"backbone_sha256": backbone.spec.weights.sha256, "precision": backbone.precision, "recipe": RECIPE}
    return mean, meta


def main(argv: Sequence[str]) -> int:
    """Recipe entry point: ``python -m app.vision.subjects.generic_mean DIR`` rewrites the shipped file."""
    from app.imaging.atomic import atomic_output
    from app.imaging.io import iter_image_files

    photos = sorted(p for folder in argv for p in iter_image_files(folder))
    if not photos:
        sys.stderr.write("usage: python -m app.vision.subjects.generic_mean PHOTO_DIR...\n")
        return 2
    mean, meta = compute_generic_mean(photos)
    GENERIC_MEAN_FILE.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(GENERIC_MEAN_FILE, ".npz") as temp:
        np.savez(temp, mean=mean, count=np.int64(len(photos)), **{k: np.str_(v) for k, v in meta.items()})
    print(f"{GENERIC_MEAN_FILE}: mean of {len(photos)} photos ({meta['precision']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
