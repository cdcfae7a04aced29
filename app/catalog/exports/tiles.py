"""IIIF Image API 3.0, level 0: a picture cut into static JPEG tiles that any web server can serve.

Level 0 means no image server: every URL a viewer asks for must already exist as a file. The
folder of one picture holds ``info.json`` and, for each scale factor *s* (1, 2, 4, … until the
whole picture fits in one tile and is at most 256 px), the 512 × 512 tiles of the picture
reduced *s* times::

    {x},{y},{w},{h}/{sw},{sh}/0/default.jpg   # Image API 3.0 canonical size (what OpenSeadragon asks)
    {x},{y},{w},{h}/{sw},/0/default.jpg       # the Image API 2 form, for older clients
    full/{sw},{sh}/0/default.jpg              # a level that fits one tile: every entry of "sizes"
    full/max/0/default.jpg                    # the whole picture, for clients without tiling

``{x},{y},{w},{h}`` is the region in full-size pixels and ``{sw},{sh}`` its size at that scale
(``ceil(w / s)``). One JPEG is encoded per tile; its other names are hard links (a copy where the
file system has none), so the aliases cost no space.
"""

from __future__ import annotations

import io
import json
import math
import os
from dataclasses import dataclass

import numpy as np
from PIL import Image

from app.catalog.exports.outputs import OutputFolder
from app.domain.progress import CancelToken

TILE = 512
#: Scale factors go on until the reduced picture's long side is at most this (a thumbnail).
SMALLEST_SIDE = 256
JPEG_QUALITY = 85
IMAGE_CONTEXT = "http://iiif.io/api/image/3/context.json"


@dataclass(frozen=True)
class ImageService:
    """One picture's level-0 image service, as the manifest and ``info.json`` describe it."""

    id: str
    width: int
    height: int
    scale_factors: tuple[int, ...]
    sizes: tuple[tuple[int, int], ...]  # ascending; each exists as full/{w},{h}/0/default.jpg

    def info(self) -> dict[str, object]:
        """The ``info.json`` document (Image API 3.0 §5)."""
        return {
            "@context": IMAGE_CONTEXT,
            "id": self.id,
            "type": "ImageService3",
            "protocol": "http://iiif.io/api/image",
            "profile": "level0",
            "width": self.width,
            "height": self.height,
            "sizes": [{"width": w, "height": h} for w, h in self.sizes],
            "tiles": [{"width": TILE, "height": TILE, "scaleFactors": list(self.scale_factors)}],
        }

    def reference(self) -> dict[str, object]:
        """How a manifest points at this service."""
        return {"id": self.id, "type": "ImageService3", "profile": "level0"}

    @property
    def thumbnail_size(self) -> tuple[int, int]:
        """The largest listed size whose long side is at most 400 px (else the smallest)."""
        fitting = [size for size in self.sizes if max(size) <= 400]
        return fitting[-1] if fitting else self.sizes[0]


def plan(width: int, height: int) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """(scale factors, sizes) of a ``width`` × ``height`` picture (see the module doc)."""
    factors = [1]
    while max(math.ceil(width / factors[-1]), math.ceil(height / factors[-1])) > SMALLEST_SIDE:
        factors.append(factors[-1] * 2)
    levels = [(math.ceil(width / s), math.ceil(height / s)) for s in factors]
    sizes = sorted(size for size in levels if max(size) <= TILE)
    return tuple(factors), tuple(sizes)


def _jpeg(im: Image.Image) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def _publish(folder: OutputFolder, names: list[str], data: bytes) -> None:
    """Write ``data`` under its first name and link the others to it."""
    first = folder.root / names[0]
    folder.write_bytes(names[0], data)
    for name in names[1:]:
        target = folder.root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.link")
        try:
            temp.unlink(missing_ok=True)
            os.link(first, temp)
            os.replace(temp, target)  # atomic, and replaces a tile from an earlier export
        except OSError:
            temp.unlink(missing_ok=True)
            folder.write_bytes(name, data)


def write_tiles(
    pixels: np.ndarray, service_id: str, folder: OutputFolder, rel_root: str, cancel: CancelToken
) -> ImageService:
    """Write every tile of one picture, then its ``info.json``, under ``rel_root`` (already claimed).

    ``info.json`` comes last so that a cancelled export never announces tiles that are not there.
    """
    height, width = pixels.shape[:2]
    factors, sizes = plan(width, height)
    level = Image.fromarray(np.ascontiguousarray(pixels), "RGB")
    _publish(folder, [f"{rel_root}/full/max/0/default.jpg"], _jpeg(level))
    for s in factors:
        if s > 1:
            level = level.reduce(2)  # rounds up: ceil(ceil(W / s') / 2) == ceil(W / 2s')
        for ty in range(math.ceil(level.height / TILE)):
            cancel.raise_if_cancelled()
            for tx in range(math.ceil(level.width / TILE)):
                box = (tx * TILE, ty * TILE, min(level.width, (tx + 1) * TILE), min(level.height, (ty + 1) * TILE))
                sw, sh = box[2] - box[0], box[3] - box[1]
                x, y = box[0] * s, box[1] * s
                w, h = min(TILE * s, width - x), min(TILE * s, height - y)
                regions = [f"{x},{y},{w},{h}"] + (["full"] if (w, h) == (width, height) else [])
                size_names = [f"{sw},{sh}", f"{sw},"]
                names = [f"{rel_root}/{r}/{z}/0/default.jpg" for r in regions for z in size_names]
                if (sw, sh) == (width, height):
                    names += [f"{rel_root}/{r}/max/0/default.jpg" for r in regions if r != "full"]
                _publish(folder, names, _jpeg(level.crop(box)))
    service = ImageService(service_id, width, height, factors, sizes)
    folder.write_bytes(f"{rel_root}/info.json", json.dumps(service.info(), indent=1).encode("utf-8"))
    return service
