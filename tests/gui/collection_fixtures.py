"""A small real catalogue for the collection room's tests: generated JPEGs, a real import, fake tagging.

Tagging goes through ``tag_items`` with an in-process executor that answers from the file name (no
model weights), the way the catalogue's own tagging tests do, so the review queue, the filters and
the exports see exactly what a real run leaves.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from app.catalog.tag_work import BatchResult, ModelAnswer, ModelIdentity, PhotoResult
from app.vision.recognition import DEFAULT_MODEL_ID
from app.vision.registry import default_registry

#: The label and score each photo_NNN.jpg gets: index n → LABELS[n % 3], score 0.15 + 0.1 n.
LABELS = ("pagoda", "bell", "royal_tomb")


def photos(folder: Path, count: int, size: tuple[int, int] = (96, 72), noise: float = 0.0) -> list[Path]:
    """Small, distinct JPEGs (a colour grid blown up); with ``noise``, noisy PNGs (σ = ``noise``)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        grid = np.random.default_rng(index).integers(0, 256, (3, 4, 3), dtype=np.uint8)
        path = folder / f"photo_{index:03d}.{'png' if noise else 'jpg'}"
        pixels = np.asarray(Image.fromarray(grid).resize(size, Image.BICUBIC), np.float32)
        pixels += np.random.default_rng(100 + index).normal(0.0, noise, pixels.shape) if noise else 0.0
        Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, quality=90)
        paths.append(path)
    return paths


def answer(index: int) -> tuple[str, float]:
    return LABELS[index % len(LABELS)], round(0.15 + 0.1 * index, 4)


class FakeExecutor:
    """Stands in for the tagger: the label and score of ``answer`` for each photo_NNN.jpg."""

    def __init__(self) -> None:
        spec = default_registry().get(DEFAULT_MODEL_ID)
        self.identity = ModelIdentity(spec.id, spec.version, spec.weights.sha256)

    def __call__(self, work, batches):  # noqa: ANN001 - the Executor protocol
        for batch in batches:
            yield BatchResult((self.identity,), "ee" * 32, tuple(self._photo(p) for p in batch))

    def _photo(self, path: str) -> PhotoResult:
        index = int(Path(path).stem.split("_")[-1])
        label, score = answer(index)
        runner_up = "stone_monument" if label != "stone_monument" else "pagoda"
        labels = ((label, score), (runner_up, round((1 - score) / 2, 4)))
        vector = np.full(8, 1 / np.sqrt(8), np.float32)
        return PhotoResult(path, "", (ModelAnswer(labels, unknown=False),), vector, 2**63 + index)
