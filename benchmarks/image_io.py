"""Full decode vs. preview for a 12 MP photo-like JPEG and PNG (app.imaging.io).

Run: ``python -m benchmarks.image_io [--runs 7] [--max-side 1024] [--noise 3]``

The test pictures are generated in a temporary folder: a multi-octave smooth random field
(sky, walls, foliage-sized blobs) plus Gaussian sensor noise, so the JPEG carries a realistic
amount of entropy-coded detail (a flat image would decode unrealistically fast). Runs of the
two loaders are interleaved so that a busy machine slows both alike; medians of wall time and
of process CPU time are reported (CPU time is the steadier figure on a shared machine).

Why the JPEG speed-up depends on the file: DCT scaling removes most of the inverse-DCT,
colour-conversion and copying work, but every compressed bit must still be entropy-decoded,
so the noisier (larger) the file, the smaller the gain.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from app.imaging.io import load_image, load_preview

WIDTH, HEIGHT = 4000, 3000


def photo_like(width: int = WIDTH, height: int = HEIGHT, noise: float = 3.0, seed: int = 0) -> np.ndarray:
    """Smooth random structure at several scales plus sensor-like noise, RGB uint8."""
    rng = np.random.default_rng(seed)
    field = np.zeros((height, width, 3), np.float32)
    for cells, weight in ((4, 0.45), (16, 0.25), (64, 0.18), (256, 0.12)):
        coarse = rng.random((max(2, cells * height // width), cells, 3)).astype(np.float32)
        for channel in range(3):
            layer = Image.fromarray(coarse[..., channel], "F").resize(
                (width, height), Image.Resampling.BICUBIC
            )
            field[..., channel] += weight * np.asarray(layer)
    field = field * 255.0 + rng.normal(0.0, noise, field.shape).astype(np.float32)
    return np.clip(field, 0, 255).astype(np.uint8)


def medians(functions: dict[str, Callable[[], object]], runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall ms, CPU ms) of each function, runs interleaved, after one warm-up call each."""
    for function in functions.values():
        function()
    wall: dict[str, list[float]] = {name: [] for name in functions}
    cpu: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(runs):
        for name, function in functions.items():
            start_wall, start_cpu = time.perf_counter(), time.process_time()
            function()
            cpu[name].append((time.process_time() - start_cpu) * 1000.0)
            wall[name].append((time.perf_counter() - start_wall) * 1000.0)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in functions}


def plain_pillow_decode(path: Path) -> np.ndarray:
    """The baseline most image tools use: Pillow full decode, EXIF transpose, RGB array."""
    with Image.open(path) as image:
        return np.array(ImageOps.exif_transpose(image).convert("RGB"))


def _ratio(slow_wall: float, fast_wall: float, slow_cpu: float, fast_cpu: float) -> str:
    return f"{slow_wall / fast_wall:.1f}\u00d7 / {slow_cpu / fast_cpu:.1f}\u00d7"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--max-side", type=int, default=1024)
    parser.add_argument("--noise", type=float, default=3.0, help="sensor noise σ in 8-bit levels")
    args = parser.parse_args()

    pixels = photo_like(noise=args.noise)
    print(
        f"12 MP ({WIDTH}\u00d7{HEIGHT}) photo-like image (noise \u03c3={args.noise:g}), "
        f"median of {args.runs} interleaved runs, preview max_side={args.max_side}; times in ms (wall / CPU)"
    )
    print(
        f"{'file':<9} {'MB':>5} {'Pillow full':>15} {'load_image':>15} {'load_preview':>15} "
        f"{'preview vs Pillow':>18} {'preview vs load_image':>22}"
    )
    with tempfile.TemporaryDirectory() as folder:
        files = {"JPEG q92": Path(folder) / "photo.jpg", "PNG": Path(folder) / "photo.png"}
        Image.fromarray(pixels).save(files["JPEG q92"], quality=92)
        Image.fromarray(pixels).save(files["PNG"], compress_level=6)
        for label, path in files.items():
            times = medians(
                {
                    "pillow": lambda p=path: plain_pillow_decode(p),
                    "full": lambda p=path: load_image(p),
                    "preview": lambda p=path: load_preview(p, args.max_side),
                },
                args.runs,
            )
            (pil_w, pil_c), (full_w, full_c), (prev_w, prev_c) = times["pillow"], times["full"], times["preview"]
            print(
                f"{label:<9} {path.stat().st_size / 1e6:>5.2f} {pil_w:>7.1f}/{pil_c:<7.1f} "
                f"{full_w:>7.1f}/{full_c:<7.1f} "
                f"{prev_w:>7.1f}/{prev_c:<7.1f} {_ratio(pil_w, prev_w, pil_c, prev_c):>18} "
                f"{_ratio(full_w, prev_w, full_c, prev_c):>22}"
            )


if __name__ == "__main__":
    main()
