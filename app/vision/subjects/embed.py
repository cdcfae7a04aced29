"""Reference photos → backbone features, several views per photo.

A query is seen through one view (the centre crop for taught models, the whole photo squeezed to a
square for the default tagger; three with ``--tta``), and the classifier's pooled features of that
view are reused for matching. A reference is embedded once, when it is added, so it can afford
more: the centre crop, the whole photo, the mirrored centre crop and a closer crop. Matching takes
the best view pair, so a query framed tighter or wider than a reference still meets it at the
right scale.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from app.domain.errors import InvalidInput
from app.vision.recognition.backbone import Backbone, centre_crop, check_rgb, resize_square, standard_view
from app.vision.recognition.features import flipped

#: Short-side fraction of the closer crop (the centre view uses 0.875).
ZOOM_FRACTION = 0.6

#: The views stored for each reference photo, in order (names are recorded in ``subject.json``).
REFERENCE_VIEWS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "centre": standard_view,
    "whole": lambda image: resize_square(image),
    "mirrored": lambda image: flipped(standard_view(image)),
    "zoom": lambda image: resize_square(centre_crop(image, ZOOM_FRACTION)),
}


def reference_views(image: np.ndarray) -> list[np.ndarray]:
    """The 224 px views of one reference photo, in :data:`REFERENCE_VIEWS` order."""
    check_rgb(image)
    return [view(image) for view in REFERENCE_VIEWS.values()]


def reference_features(backbone: Backbone, images: Sequence[np.ndarray]) -> np.ndarray:
    """(N, V, 1280) float32 pooled features of N reference photos (RGB uint8, any size)."""
    views = [view for image in images for view in reference_views(image)]
    pooled, _ = backbone.embed_views(views)
    return pooled.reshape(len(images), len(REFERENCE_VIEWS), -1).astype(np.float32)


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in chunks (the file is only opened for reading)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise InvalidInput(f"The photo “{path}” cannot be read ({exc.strerror or exc}).") from None
    return digest.hexdigest()


def thumbnail_jpeg(image: np.ndarray, side: int) -> bytes:
    """A JPEG (quality 85) of ``image`` shrunk to at most ``side`` pixels on its long side."""
    from PIL import Image

    picture = Image.fromarray(np.ascontiguousarray(image))
    picture.thumbnail((side, side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()
