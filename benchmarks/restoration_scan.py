"""A large noisy scan: today's denoising path vs ours, and the one-click restore, in the same run.

The scan is the mosaic of unscaled Kodak crops of ``benchmarks/restoration.py`` (aged by
``age_photo`` seed 4, severity 0.8) plus Gaussian noise of ``--sigma`` (default 8: above the
calibrated skip threshold of 5.5, so the denoiser must run) over the whole frame or, with
``--noisy-part``, only over the left part of the frame (e.g. 0.5: a scan whose noise is
confined to part of the picture — the case tile skipping is for). Each row is a fresh process,
so its peak RSS (``VmHWM``) is its own:

* ``today's denoise`` — FFDNet over every 512-px tile (64 px overlap), contiguous tensors: the
  path before this change, reproduced here with the same model and tiling;
* ``our denoise`` — :func:`denoise` as shipped now: channels-last, clean tiles skipped;
* ``one-click (ours)`` — ``gyeongju-ai restore IN OUT --report R.json`` (defaults: no repair).

PSNR of ours against today's output is printed (the float path is the reference).

Usage::

    python benchmarks/restoration_scan.py [--size 6000x4000] [--sigma 8] [--noisy-part 1.0] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.restoration import MB, SCAN_SEED, SCAN_SEVERITY, _engine, _mosaic, in_fresh_process, run_cli  # noqa: E402


def make_scan(path: Path, width: int, height: int, sigma: float, noisy_part: float) -> None:
    from PIL import Image

    from app.imaging.damage import age_photo

    pixels = age_photo(_mosaic(width, height), SCAN_SEED, SCAN_SEVERITY).image
    rng = np.random.default_rng(SCAN_SEED)
    right = int(round(noisy_part * width))
    for top in range(0, height, 500):
        band = pixels[top : top + 500, :right].astype(np.float32)
        band += rng.normal(0.0, sigma, band.shape).astype(np.float32)
        pixels[top : top + 500, :right] = np.clip(np.rint(band), 0, 255)
    Image.fromarray(pixels).save(path, compress_level=1)


def todays_denoise(source: Path, target: Path, sigma: float, threads: int) -> float:
    import torch

    from app.imaging.io import load_image
    from app.imaging.tiling import cast_to, process_tiled
    from app.imaging.writer import save_image
    from app.vision.engine import inference_mode

    pixels = load_image(source).pixels
    model = _engine(threads).model("ffdnet_color")
    started = time.perf_counter()

    def run_tile(tile: np.ndarray) -> np.ndarray:
        x = torch.from_numpy(tile.astype(np.float32)).permute(2, 0, 1)[None] / 255.0
        with inference_mode():
            y = model(x, sigma / 255.0).clamp_(0.0, 1.0)
        return (y[0].permute(1, 2, 0) * 255.0).numpy()

    out = process_tiled(pixels, run_tile, tile=512, overlap=64, finish=cast_to(np.uint8))
    seconds = time.perf_counter() - started
    save_image(out, target)
    return seconds


def our_denoise(source: Path, target: Path, sigma: float, threads: int) -> tuple[float, dict[str, Any]]:
    from app.imaging.io import load_image
    from app.imaging.writer import save_image
    from app.vision.restoration.denoise import denoise

    pixels = load_image(source).pixels
    engine = _engine(threads)
    engine.model("ffdnet_color")
    started = time.perf_counter()
    result = denoise(pixels, sigma, engine=engine, skip_clean_tiles=True)
    seconds = time.perf_counter() - started
    save_image(result.image, target)
    return seconds, result.params()


def _psnr(a: Path, b: Path) -> float:
    from app.imaging.io import load_image

    x = load_image(a).pixels.astype(np.float32)
    y = load_image(b).pixels.astype(np.float32)
    mse = float(np.mean((x - y) ** 2))
    return float("inf") if mse == 0 else 10 * np.log10(255.0**2 / mse)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="6000x4000")
    parser.add_argument("--sigma", type=float, default=8.0)
    parser.add_argument("--noisy-part", type=float, default=1.0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rows", default="today,ours,oneclick")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    rows = args.rows.split(",")
    with tempfile.TemporaryDirectory(prefix="gyeongju-scan-") as folder:
        tmp = Path(folder)
        scan = tmp / "scan.png"
        in_fresh_process(make_scan, scan, width, height, args.sigma, args.noisy_part)
        print(
            f"{width}×{height} scan, noise σ {args.sigma:g} over {100 * args.noisy_part:.0f} % of the width, "
            f"{args.threads} threads; each row a fresh process"
        )
        print("| row | denoise s | wall s | peak RSS | notes |")
        print("|---|---|---|---|---|")
        if "today" in rows:
            seconds, _, peak = in_fresh_process(todays_denoise, scan, tmp / "today.png", args.sigma, args.threads)
            print(
                f"| today's denoise (contiguous, every tile) | {seconds:.1f} | | {peak / MB:.0f} MB "
                f"| σ {args.sigma:g} given |"
            )
        if "ours" in rows:
            (seconds, params), _, peak = in_fresh_process(our_denoise, scan, tmp / "ours.png", args.sigma, args.threads)
            note = f"{params['clean_tiles_skipped']} of {params['tiles']} tiles skipped"
            if "today" in rows:
                note += f"; PSNR vs today's output {_psnr(tmp / 'today.png', tmp / 'ours.png'):.2f} dB"
            label = "our denoise (channels-last, clean tiles skipped)"
            print(f"| {label} | {seconds:.1f} | | {peak / MB:.0f} MB | {note} |")
        if "oneclick" in rows:
            report = tmp / "report.json"
            code, wall, peak, _ = run_cli(
                ["restore", str(scan), str(tmp / "restored.png"), "--report", str(report), "--quiet"]
            )
            if code == 0:
                steps = json.loads(report.read_text(encoding="utf-8"))["steps"]
                ran = ", ".join(f"{s['name']} {s['seconds']:.0f} s" for s in steps if s["ran"]) or "nothing ran"
                print(f"| one-click restore (ours, CLI) | | {wall:.1f} | {peak / MB:.0f} MB | ran: {ran} |")
            else:
                print(f"| one-click restore (ours, CLI) | | | | failed, exit {code} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
