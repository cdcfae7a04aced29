"""A large noisy scan: today's denoising path vs ours, and the one-click restore, in the same run.

The scan is the mosaic of unscaled Kodak crops of ``benchmarks/restoration.py`` (aged by
``age_photo`` seed 4, severity 0.8) plus Gaussian noise of ``--sigma`` (default 8: above the
calibrated skip threshold of 5.5, so the denoiser must run) over the whole frame or, with
``--noisy-part``, only over the left part of the frame (e.g. 0.5: a scan whose noise is
confined to part of the picture — the case tile skipping is for). Each row is a fresh process,
so its peak RSS (``VmHWM``) is its own:

* ``today's denoise`` — FFDNet over every 512-px tile (64 px overlap), contiguous tensors: the
  path before this change, reproduced here with the same model and tiling;
* ``our denoise`` — :func:`denoise` as shipped now: channels-last, clean tiles skipped, tiles of
  at most 768 px shared evenly over the frame with 32 px overlap (float32);
* ``our denoise, int8`` — the same with ``precision="int8"`` (opt-in: ``restore --precision int8``);
* ``one-click (ours)`` — ``gyeongju-ai restore IN OUT --report R.json`` (defaults: no repair), once
  with the default float32 denoiser and once with ``--precision int8``.

Quality: PSNR and SSIM (SSIM on the central 2000×2000 px, to stay cheap) of each output
against the scan before noise was added ("clean") and against today's float output. CPU
seconds are the process's user+system time: on a shared machine wall time alone says little,
so the load average is printed before and after.

Usage::

    python benchmarks/restoration_scan.py [--size 6000x4000] [--sigma 8] [--noisy-part 1.0] [--threads 2]
        [--rows today,ours,int8,oneclick,oneclick-int8]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
    Image.fromarray(pixels).save(path.with_name("clean.png"), compress_level=1)
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


def our_denoise(
    source: Path, target: Path, sigma: float, threads: int, precision: str = "float32"
) -> tuple[float, float, dict[str, Any]]:
    from app.imaging.io import load_image
    from app.imaging.writer import save_image
    from app.vision.restoration.denoise import denoise

    pixels = load_image(source).pixels
    engine = _engine(threads)
    engine.model("ffdnet_color")
    extra = {} if precision == "float32" else {"precision": precision}
    started, cpu = time.perf_counter(), time.process_time()
    result = denoise(pixels, sigma, engine=engine, skip_clean_tiles=True, **extra)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    save_image(result.image, target)
    return seconds, cpu, result.params()


def _quality(reference: Path, image: Path) -> str:
    """``PSNR dB / SSIM`` of ``image`` against ``reference`` (SSIM on the central 2000² px)."""
    from app.imaging.io import load_image
    from app.imaging.metrics import ssim

    x = load_image(reference).pixels
    y = load_image(image).pixels
    mse = float(np.mean((x.astype(np.float32) - y.astype(np.float32)) ** 2))
    psnr = float("inf") if mse == 0 else 10 * np.log10(255.0**2 / mse)
    cy, cx, half = x.shape[0] // 2, x.shape[1] // 2, 1000
    crop = (slice(max(cy - half, 0), cy + half), slice(max(cx - half, 0), cx + half))
    return f"{psnr:.2f} dB / {ssim(x[crop], y[crop]):.4f}"


def _load() -> str:
    return "load average " + " ".join(f"{v:.2f}" for v in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="6000x4000")
    parser.add_argument("--sigma", type=float, default=8.0)
    parser.add_argument("--noisy-part", type=float, default=1.0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rows", default="today,ours,int8,oneclick,oneclick-int8")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    rows = args.rows.split(",")
    with tempfile.TemporaryDirectory(prefix="gyeongju-scan-") as folder:
        tmp = Path(folder)
        scan = tmp / "scan.png"
        in_fresh_process(make_scan, scan, width, height, args.sigma, args.noisy_part)
        print(
            f"{width}×{height} scan, noise σ {args.sigma:g} over {100 * args.noisy_part:.0f} % of the width, "
            f"{args.threads} threads; each row a fresh process; {_load()}"
        )
        print("| row | denoise s | CPU s | wall s | peak RSS | vs clean: PSNR / SSIM | vs today: PSNR / SSIM | notes |")
        print("|---|---|---|---|---|---|---|---|")
        clean = tmp / "clean.png"
        print(f"| noisy scan (input) | | | | | {_quality(clean, scan)} | | |")
        if "today" in rows:
            seconds, _, peak = in_fresh_process(todays_denoise, scan, tmp / "today.png", args.sigma, args.threads)
            print(
                f"| today's denoise (512-px tiles, 64 px overlap, contiguous, every tile) | {seconds:.1f} | | "
                f"| {peak / MB:.0f} MB | {_quality(clean, tmp / 'today.png')} | | σ {args.sigma:g} given |"
            )
        for row, precision in (("ours", "float32"), ("int8", "int8")):
            if row not in rows:
                continue
            out = tmp / f"{row}.png"
            (seconds, cpu, params), _, peak = in_fresh_process(
                our_denoise, scan, out, args.sigma, args.threads, precision
            )
            note = f"{params['clean_tiles_skipped']} of {params['tiles']} tiles skipped, tile {params.get('tile')}"
            versus = _quality(tmp / "today.png", out) if "today" in rows else ""
            label = f"our denoise ({precision})"
            print(
                f"| {label} | {seconds:.1f} | {cpu:.1f} | | {peak / MB:.0f} MB | {_quality(clean, out)} "
                f"| {versus} | {note} |"
            )
        for row, precision in (("oneclick", "float32"), ("oneclick-int8", "int8")):
            if row not in rows:
                continue
            report, out = tmp / f"{row}.json", tmp / f"{row}.png"
            label = f"one-click restore (ours, CLI, --precision {precision})"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            code, wall, peak, _ = run_cli(
                ["restore", str(scan), str(out), "--report", str(report), "--precision", precision, "--quiet"]
            )
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            if code == 0:
                steps = json.loads(report.read_text(encoding="utf-8"))["steps"]
                ran = ", ".join(f"{s['name']} {s['seconds']:.0f} s" for s in steps if s["ran"]) or "nothing ran"
                versus = _quality(tmp / "today.png", out) if "today" in rows else ""
                print(
                    f"| {label} | | {cpu:.1f} | {wall:.1f} | {peak / MB:.0f} MB | {_quality(clean, out)} "
                    f"| {versus} | ran: {ran} |"
                )
            else:
                print(f"| {label} | | | | | | | failed, exit {code} |")
        print(_load())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
