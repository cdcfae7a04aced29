"""Restoration benchmarks: noise estimate, denoising, inpainting, colour and damage checks.

Every table compares ours with a baseline in the same run, on the same images:

1. noise estimate (PCA of patches) vs. the true σ of added Gaussian noise;
2. denoise: FFDNet at the *estimated* σ (what the app does) vs. OpenCV non-local means
   (``fastNlMeansDenoisingColored``, h = 0.5·σ, the best of a sweep on kodim01) at σ = 15/25/50;
3. inpainting on ``random_hole_mask`` holes of 10–30 %: Telea vs. Navier–Stokes vs. xphoto FSR —
   PSNR/SSIM inside the holes and on the whole image, seconds per image and peak RSS (each method
   runs in a fresh process, so its peak is its own; the baseline of a process that has only
   loaded the images is subtracted);
4. colour: how many clean photos the automatic correction would touch (false positives) and how
   often synthesised fading / casts are caught; classical damage detector precision and recall.

Images: scikit-image photos (astronaut, chelsea, coffee, rocket) plus ``../shared/data/kodak24``
when present (``--kodak N`` takes the first N). Noise is added to 8-bit images and clipped, as a
real noisy file would be. Usage::

    python benchmarks/restoration.py [--kodak 8] [--threads 2] [--inpaint-side 256] [--skip-denoise]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
KODAK = REPO_ROOT.parent / "shared" / "data" / "kodak24"
if str(REPO_ROOT) not in sys.path:  # run as a plain script from any folder
    sys.path.insert(0, str(REPO_ROOT))

SKIMAGE_PHOTOS = ("astronaut", "chelsea", "coffee", "rocket")


def load_images(kodak: int) -> dict[str, np.ndarray]:
    """Name → RGB uint8: the scikit-image photos, then up to ``kodak`` Kodak crops."""
    from PIL import Image
    from skimage import data

    images = {name: getattr(data, name)() for name in SKIMAGE_PHOTOS}
    if KODAK.is_dir():
        for path in sorted(KODAK.glob("*.png"))[:kodak]:
            images[path.stem] = np.asarray(Image.open(path).convert("RGB"))
    return images


def add_noise(image: np.ndarray, sigma: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(np.rint(image + rng.normal(0.0, sigma, image.shape)), 0, 255).astype(np.uint8)


def psnr(reference: np.ndarray, estimate: np.ndarray) -> float:
    mse = np.mean((reference.astype(np.float64) - estimate.astype(np.float64)) ** 2)
    return float(10.0 * np.log10(255.0**2 / max(mse, 1e-10)))


def ssim_map(reference: np.ndarray, estimate: np.ndarray) -> np.ndarray:
    from skimage.metrics import structural_similarity

    _, full = structural_similarity(reference, estimate, channel_axis=2, full=True, data_range=255)
    return full.mean(axis=2)


def noise_table(images: dict[str, np.ndarray]) -> None:
    from app.vision.restoration.noise import estimate_noise_sigma

    sigmas = (0.0, 5.0, 15.0, 25.0, 50.0)
    print("\n## Noise estimate (PCA of patches): estimated σ for added σ")
    print(f"{'image':<12}" + "".join(f"{f'σ={s:g}':>9}" for s in sigmas) + f"{'s/est':>8}")
    errors: dict[float, list[float]] = {s: [] for s in sigmas}
    seconds = []
    for index, (name, image) in enumerate(images.items()):
        row = []
        for sigma in sigmas:
            noisy = add_noise(image, sigma, index) if sigma else image
            started = time.perf_counter()
            estimate = estimate_noise_sigma(noisy)
            seconds.append(time.perf_counter() - started)
            row.append(estimate)
            errors[sigma].append(estimate - sigma)
        print(f"{name:<12}" + "".join(f"{v:>9.2f}" for v in row) + f"{np.mean(seconds[-5:]):>8.3f}")
    print(f"{'mean error':<12}" + "".join(f"{np.mean(errors[s]):>+9.2f}" for s in sigmas))
    print(f"{'mean |err|':<12}" + "".join(f"{np.mean(np.abs(errors[s])):>9.2f}" for s in sigmas))


def denoise_table(images: dict[str, np.ndarray], threads: int) -> None:
    import cv2

    from app.vision.engine import Engine, EngineConfig
    from app.vision.registry import ModelRegistry
    from app.vision.restoration.denoise import denoise

    engine = Engine(EngineConfig(device="cpu", threads=threads), ModelRegistry([REPO_ROOT / "models"]))
    cv2.setNumThreads(threads)
    print(f"\n## Denoise: FFDNet at estimated σ vs OpenCV NLM (h = 0.5σ), {threads} threads")
    columns = (("σ", 4), ("noisy dB", 10), ("NLM dB", 9), ("NLM SSIM", 10), ("NLM s", 8), ("ours dB", 9),
               ("ours SSIM", 11), ("ours s", 8))
    header = "".join(f"{name:>{width}}" for name, width in columns)
    print(header + "\n" + "-" * len(header))
    for sigma in (15.0, 25.0, 50.0):
        rows = []
        for index, image in enumerate(images.values()):
            noisy = add_noise(image, sigma, 100 + index)
            started = time.perf_counter()
            strength = 0.5 * sigma
            nlm = cv2.fastNlMeansDenoisingColored(noisy, None, strength, strength, 7, 21)
            nlm_s = time.perf_counter() - started
            started = time.perf_counter()
            ours = denoise(noisy, engine=engine).image
            ours_s = time.perf_counter() - started
            rows.append((psnr(image, noisy), psnr(image, nlm), float(ssim_map(image, nlm).mean()), nlm_s,
                         psnr(image, ours), float(ssim_map(image, ours).mean()), ours_s))
        m = np.mean(np.array(rows), axis=0)
        print(f"{sigma:>4g}{m[0]:>10.2f}{m[1]:>9.2f}{m[2]:>10.4f}{m[3]:>8.2f}{m[4]:>9.2f}{m[5]:>11.4f}{m[6]:>8.2f}")


def _peak_rss_kib() -> int:
    """This process's own peak resident set (VmHWM). ``ru_maxrss`` would not do: on Linux a spawned
    child inherits the parent's high-water mark across fork+exec, so it reads the parent's peak."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # not Linux: best available


def _inpaint_worker(method: str, cases: list[tuple[np.ndarray, np.ndarray]]) -> tuple[list[tuple], int, int]:
    """Run one method on all cases in a fresh process; return metrics and (baseline, peak) RSS in KiB."""
    import cv2

    from app.vision.restoration.inpaint import inpaint

    cv2.setNumThreads(1)
    baseline = _peak_rss_kib()
    rows = []
    for image, mask in cases:
        started = time.perf_counter()
        out = inpaint(image, mask, method).image
        seconds = time.perf_counter() - started
        holes = mask > 0
        smap = ssim_map(image, out)
        rows.append((psnr(image[holes], out[holes]), float(smap[holes].mean()), psnr(image, out),
                     float(smap.mean()), seconds))
    return rows, baseline, _peak_rss_kib()


def inpaint_table(images: dict[str, np.ndarray], side: int) -> None:
    import cv2

    from app.imaging.damage import random_hole_mask

    cases = []
    for index, image in enumerate(images.values()):
        scale = side / max(image.shape[:2])
        if scale < 1.0:
            size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        cases.append((image, random_hole_mask(image.shape[0], image.shape[1], 1000 + index, (0.1, 0.3))))
    share = np.mean([np.mean(m > 0) for _, m in cases]) * 100
    print(f"\n## Inpainting: {len(cases)} images, long side {side} px, holes 10–30 % (mean {share:.1f} %)")
    columns = (("hole dB", 9), ("hole SSIM", 11), ("whole dB", 10), ("whole SSIM", 12), ("s/image", 9),
               ("peak RSS", 10), ("growth", 9))
    header = f"{'method':<8}" + "".join(f"{name:>{width}}" for name, width in columns)
    print(header + "\n" + "-" * len(header))
    context = multiprocessing.get_context("spawn")
    for method in ("telea", "ns", "fsr"):
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            rows, baseline, peak = pool.submit(_inpaint_worker, method, cases).result()
        m = np.mean(np.array(rows), axis=0)
        extra_mb = max(peak - baseline, 0) / 1024
        print(f"{method:<8}{m[0]:>9.2f}{m[1]:>11.4f}{m[2]:>10.2f}{m[3]:>12.4f}{m[4]:>9.3f}"
              f"{peak / 1024:>8.1f}MB{extra_mb:>7.1f}MB")
    print("peak RSS = the worker process's peak (Python, NumPy, OpenCV, scikit-image and the images included); "
          "growth = how far running the method raised it")


def colour_and_damage_table(images: dict[str, np.ndarray]) -> None:
    from app.imaging.damage import apply_damage
    from app.vision.restoration.colour import measure_colour
    from app.vision.restoration.detect import detect_damage
    from app.vision.restoration.noise import estimate_noise_sigma

    print("\n## Colour checks (ours; no baseline) and classical damage detector")
    clean = [measure_colour(image) for image in images.values()]
    touched = [name for name, s in zip(images, clean, strict=True) if s.faded or s.has_cast]
    print(f"clean photos the colour step would touch: {len(touched)} of {len(images)} {touched}")
    for kinds in (["fading:0.8"], ["color_cast:0.6"], ["fading:0.5", "color_cast:0.5"], ["sepia:0.6", "fading:0.6"]):
        caught = 0
        for index, image in enumerate(images.values()):
            stats = measure_colour(apply_damage(image, kinds, seed=index).image)
            caught += bool(stats.faded or stats.has_cast)
        print(f"  {'+'.join(kinds):<28} caught in {caught} of {len(images)}")
    hits = marked = truth = 0
    false_area = []
    for index, image in enumerate(images.values()):
        false_area.append(detect_damage(image, estimate_noise_sigma(image)).fraction)
        damaged = apply_damage(image, ["scratches:0.6", "dust:0.6"], seed=index)
        found = detect_damage(damaged.image, estimate_noise_sigma(damaged.image)).mask > 0
        target = damaged.damage_mask > 0
        hits += int(np.sum(found & target))
        marked += int(found.sum())
        truth += int(target.sum())
    precision, recall = hits / max(marked, 1), hits / max(truth, 1)
    print(f"damage detector on scratches+dust: precision {precision:.2f}, recall {recall:.2f}; area marked on "
          f"clean photos: mean {100 * np.mean(false_area):.2f} %, max {100 * np.max(false_area):.2f} %")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kodak", type=int, default=24, help="how many Kodak crops to add (if present)")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads for torch and OpenCV")
    parser.add_argument("--inpaint-side", type=int, default=256, help="long side of inpainting images (FSR is slow)")
    parser.add_argument("--skip-denoise", action="store_true", help="skip the slow denoising table")
    args = parser.parse_args(argv)
    images = load_images(args.kodak)
    print(f"images: {', '.join(images)}")
    noise_table(images)
    if not args.skip_denoise:
        denoise_table(images, args.threads)
    inpaint_table(images, args.inpaint_side)
    colour_and_damage_table(images)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
