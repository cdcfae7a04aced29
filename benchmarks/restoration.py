"""Restoration benchmarks: noise, denoising, inpainting, super-resolution, colour, 24 MP restore.

Every table compares ours with a baseline in the same run, on the same images, and every method
runs in a fresh process of its own, so its peak RSS (``VmHWM``) is its own; "growth" is how far
running the method raised the peak above that process's start (Python, NumPy, OpenCV and the
input images already loaded; a torch import counts as growth). Metrics are computed in the
parent, outside the measured process.

Sections (``--sections``, comma-separated; default all but ``scan-learned``):

* ``noise`` – noise estimate (PCA of patches) vs. the true σ of added Gaussian noise;
* ``denoise`` – FFDNet at the *estimated* σ (what the app does) vs. OpenCV non-local means
  (``fastNlMeansDenoisingColored``, h = 0.5·σ, the best of a sweep on kodim01) at σ = 15/25/50;
* ``inpaint`` – ``random_hole_mask`` holes of 10–30 % on held-out photos: our learned inpainting
  (``inpaint_net``) vs. OpenCV Telea, Navier–Stokes and xphoto FSR — PSNR/SSIM inside the holes
  and on the whole image, seconds per image, peak RSS;
* ``sr`` – ×2 super-resolution (``sr_x2``) vs. Pillow bicubic and Lanczos on held-out photos
  reduced by an antialiased bicubic ½ (the model card's protocol: PSNR over RGB, 2-px border cut);
* ``colour`` – how many clean photos the automatic correction would touch and how often
  synthesised fading / casts are caught; classical damage detector precision and recall;
* ``scan`` – a 24 MP (6000×4000) aged scan through the one-click command
  ``gyeongju-ai restore IN OUT --report R.json --repair`` in a child process (peak RSS, wall time,
  the steps the pipeline chose), next to the I/O floor (load + save the same file);
* ``scan-learned`` – the learned damage detector and learned inpainting on the same scan.

Images: scikit-image photos (astronaut, chelsea, coffee, rocket) plus ``../shared/data/kodak24``
when present (``--kodak N`` takes the first N). The learned models' tables use only photos they
were never trained on (Kodak 17–24, coffee, rocket). Noise is added to 8-bit images and
clipped, as a real noisy file would be. Usage::

    python benchmarks/restoration.py [--kodak 8] [--threads 2] [--sections noise,denoise,...]
                                     [--inpaint-side 512] [--scan-size 6000x4000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
KODAK = REPO_ROOT.parent / "shared" / "data" / "kodak24"
if str(REPO_ROOT) not in sys.path:  # run as a plain script from any folder
    sys.path.insert(0, str(REPO_ROOT))

SKIMAGE_PHOTOS = ("astronaut", "chelsea", "coffee", "rocket")
SECTIONS = ("noise", "denoise", "inpaint", "sr", "colour", "scan", "scan-learned")
DEFAULT_SECTIONS = ("noise", "denoise", "inpaint", "sr", "colour", "scan")
SCAN_SEED = 4
"""age_photo seed of the scan: creases, cracks, scratches, dust, fading, colour cast, grain, blur."""
SCAN_SEVERITY = 0.8
SCAN_NOISE = 4.5
"""Gaussian noise added (σ, 0–255) so that the denoiser runs (age_photo's grain is correlated and
reads as clean); at σ ≥ 6 the classical detector's noise-raised threshold finds (almost) no damage
on this scan and the repair step would be skipped."""
MB = 1024.0


def load_images(kodak: int) -> dict[str, np.ndarray]:
    """Name → RGB uint8: the scikit-image photos, then up to ``kodak`` Kodak crops."""
    from PIL import Image
    from skimage import data

    images = {name: getattr(data, name)() for name in SKIMAGE_PHOTOS}
    if KODAK.is_dir():
        for path in sorted(KODAK.glob("*.png"))[:kodak]:
            images[path.stem] = np.asarray(Image.open(path).convert("RGB"))
    return images


def heldout_images() -> dict[str, np.ndarray]:
    """Photos the learned models never saw in training: Kodak 17–24 (if present), coffee, rocket."""
    from app.vision.training.data import heldout_photos

    photos = heldout_photos()
    return dict(zip(photos.names, photos.images, strict=True))


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


def _peak_rss_kib() -> int:
    """This process's own peak resident set (VmHWM). ``ru_maxrss`` would not do: on Linux a spawned
    child inherits the parent's high-water mark across fork+exec, so it reads the parent's peak."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # not Linux: best available


def _measured(fn: Callable[..., Any], args: tuple) -> tuple[Any, int, int]:
    baseline = _peak_rss_kib()
    result = fn(*args)
    return result, baseline, _peak_rss_kib()


def in_fresh_process(fn: Callable[..., Any], *args: Any) -> tuple[Any, int, int]:
    """``fn(*args)`` in a new spawned interpreter: (its result, start peak KiB, end peak KiB)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(_measured, fn, args).result()


def _rss(baseline: int, peak: int) -> str:
    return f"{peak / MB:>8.0f}MB{max(peak - baseline, 0) / MB:>+7.0f}MB"


def _rss_short(baseline: int, peak: int) -> str:
    return f"{peak / MB:.0f} MB ({max(peak - baseline, 0) / MB:+.0f} MB)"


def _engine(threads: int) -> Any:
    from app.vision.engine import Engine, EngineConfig
    from app.vision.registry import ModelRegistry

    return Engine(EngineConfig(device="cpu", threads=threads), ModelRegistry([REPO_ROOT / "models"]))


def _timed(fn: Callable[[Any], np.ndarray], cases: Sequence[Any]) -> list[tuple[np.ndarray, float]]:
    outputs = []
    for case in cases:
        started = time.perf_counter()
        out = fn(case)
        outputs.append((out, time.perf_counter() - started))
    return outputs


def _denoise_worker(method: str, cases: list[tuple[np.ndarray, float]], threads: int) -> list:
    import cv2

    cv2.setNumThreads(threads)
    if method == "nlm":
        return _timed(lambda c: cv2.fastNlMeansDenoisingColored(c[0], None, 0.5 * c[1], 0.5 * c[1], 7, 21), cases)
    from app.vision.restoration.denoise import denoise

    engine = _engine(threads)
    return _timed(lambda c: denoise(c[0], engine=engine).image, cases)


def denoise_table(images: dict[str, np.ndarray], threads: int) -> None:
    sigmas = (15.0, 25.0, 50.0)
    cases = [(add_noise(image, sigma, 100 + index), sigma)
             for sigma in sigmas for index, image in enumerate(images.values())]
    runs = {method: in_fresh_process(_denoise_worker, method, cases, threads) for method in ("nlm", "ffdnet")}
    print(f"\n## Denoise: FFDNet at estimated σ vs OpenCV NLM (h = 0.5σ), {len(images)} images, {threads} threads")
    columns = (("σ", 4), ("noisy dB", 10), ("NLM dB", 9), ("NLM SSIM", 10), ("NLM s", 8), ("ours dB", 9),
               ("ours SSIM", 11), ("ours s", 8))
    header = "".join(f"{name:>{width}}" for name, width in columns)
    print(header + "\n" + "-" * len(header))
    references = list(images.values()) * len(sigmas)
    for block, sigma in enumerate(sigmas):
        rows = []
        for i in range(block * len(images), (block + 1) * len(images)):
            clean, noisy = references[i], cases[i][0]
            (nlm, nlm_s), (ours, ours_s) = runs["nlm"][0][i], runs["ffdnet"][0][i]
            rows.append((psnr(clean, noisy), psnr(clean, nlm), float(ssim_map(clean, nlm).mean()), nlm_s,
                         psnr(clean, ours), float(ssim_map(clean, ours).mean()), ours_s))
        m = np.mean(np.array(rows), axis=0)
        print(f"{sigma:>4g}{m[0]:>10.2f}{m[1]:>9.2f}{m[2]:>10.4f}{m[3]:>8.2f}{m[4]:>9.2f}{m[5]:>11.4f}{m[6]:>8.2f}")
    print(f"peak RSS (growth) over all σ: NLM {_rss_short(*runs['nlm'][1:])}, "
          f"FFDNet {_rss_short(*runs['ffdnet'][1:])}")


def _inpaint_worker(method: str, cases: list[tuple[np.ndarray, np.ndarray]], threads: int) -> list:
    import cv2

    from app.vision.restoration.inpaint import inpaint

    cv2.setNumThreads(threads)
    engine = _engine(threads) if method == "learned" else None
    return _timed(lambda c: inpaint(c[0], c[1], method, engine=engine).image, cases)


def inpaint_table(side: int, threads: int) -> None:
    import cv2

    from app.imaging.damage import random_hole_mask

    cases = []
    for index, image in enumerate(heldout_images().values()):
        scale = side / max(image.shape[:2])
        if scale < 1.0:
            size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        cases.append((image, random_hole_mask(image.shape[0], image.shape[1], 1000 + index, (0.1, 0.3))))
    share = np.mean([np.mean(m > 0) for _, m in cases]) * 100
    print(f"\n## Inpainting: {len(cases)} held-out photos, long side ≤ {side} px, holes 10–30 % (mean {share:.1f} %), "
          f"{threads} threads")
    columns = (("hole dB", 9), ("hole SSIM", 11), ("whole dB", 10), ("whole SSIM", 12), ("s/image", 9),
               ("peak RSS", 10), ("growth", 9))
    header = f"{'method':<14}" + "".join(f"{name:>{width}}" for name, width in columns)
    print(header + "\n" + "-" * len(header))
    for method in ("learned", "telea", "ns", "fsr"):
        outputs, baseline, peak = in_fresh_process(_inpaint_worker, method, cases, threads)
        rows = []
        for (image, mask), (out, seconds) in zip(cases, outputs, strict=True):
            holes = mask > 0
            smap = ssim_map(image, out)
            rows.append((psnr(image[holes], out[holes]), float(smap[holes].mean()), psnr(image, out),
                         float(smap.mean()), seconds))
        m = np.mean(np.array(rows), axis=0)
        name = "ours (learned)" if method == "learned" else method
        print(f"{name:<14}{m[0]:>9.2f}{m[1]:>11.4f}{m[2]:>10.2f}{m[3]:>12.4f}{m[4]:>9.3f}{_rss(baseline, peak)}")


def _sr_worker(method: str, lows: list[np.ndarray], threads: int) -> list:
    from PIL import Image

    if method == "learned":
        from app.vision.training.infer import upscale_x2

        model = _engine(threads).model("sr_x2")
        return _timed(lambda low: upscale_x2(low, model=model), lows)
    kind = Image.Resampling.BICUBIC if method == "bicubic" else Image.Resampling.LANCZOS
    return _timed(lambda low: np.asarray(Image.fromarray(low).resize((low.shape[1] * 2, low.shape[0] * 2), kind)), lows)


def sr_table(threads: int) -> None:
    from PIL import Image

    highs, lows = [], []
    for image in heldout_images().values():
        high = image[: image.shape[0] // 2 * 2, : image.shape[1] // 2 * 2]
        highs.append(high)
        lows.append(np.asarray(Image.fromarray(high).resize((high.shape[1] // 2, high.shape[0] // 2),
                                                           Image.Resampling.BICUBIC)))
    print(f"\n## Super-resolution ×2: {len(highs)} held-out photos reduced by antialiased bicubic ½, "
          f"PSNR/SSIM over RGB (2-px border cut), {threads} threads")
    columns = (("PSNR dB", 9), ("SSIM", 8), ("s/image", 9), ("peak RSS", 10), ("growth", 9))
    header = f"{'method':<14}" + "".join(f"{name:>{width}}" for name, width in columns)
    print(header + "\n" + "-" * len(header))
    for method in ("learned", "bicubic", "lanczos"):
        outputs, baseline, peak = in_fresh_process(_sr_worker, method, lows, threads)
        rows = []
        for high, (out, seconds) in zip(highs, outputs, strict=True):
            a, b = high[2:-2, 2:-2], out[2:-2, 2:-2]
            rows.append((psnr(a, b), float(ssim_map(a, b).mean()), seconds))
        m = np.mean(np.array(rows), axis=0)
        name = "ours (sr_x2)" if method == "learned" else method
        print(f"{name:<14}{m[0]:>9.2f}{m[1]:>8.4f}{m[2]:>9.3f}{_rss(baseline, peak)}")


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


def _mosaic(width: int, height: int) -> np.ndarray:
    """A ``width``×``height`` photo at native detail: Kodak crops (or scikit-image photos) side by side.

    Upscaling one small photo to 24 MP would give a scan without fine detail, which no real scan
    is; a mosaic of unscaled photos (mirrored on repeats) has the texture, edges and noise
    statistics of real photographs at every position.
    """
    import cv2
    from PIL import Image

    if KODAK.is_dir():
        tiles = [np.asarray(Image.open(path).convert("RGB")) for path in sorted(KODAK.glob("*.png"))]
    else:
        from skimage import data

        tiles = [cv2.resize(getattr(data, name)(), (500, 500), interpolation=cv2.INTER_AREA) for name in SKIMAGE_PHOTOS]
    side = tiles[0].shape[0]
    rows, cols = -(-height // side), -(-width // side)
    out = np.empty((rows * side, cols * side, 3), np.uint8)
    for index in range(rows * cols):
        tile = tiles[index % len(tiles)]
        repeat = index // len(tiles)
        tile = tile[:, ::-1] if repeat % 2 else tile
        tile = tile[::-1] if repeat // 2 % 2 else tile
        r, c = divmod(index, cols)
        out[r * side : (r + 1) * side, c * side : (c + 1) * side] = cv2.resize(tile, (side, side))
    return np.ascontiguousarray(out[:height, :width])


def _make_scan(path: Path, width: int, height: int) -> dict[str, Any]:
    """Write the aged test scan (PNG) and return what was done to it."""
    from PIL import Image

    from app.imaging.damage import age_photo

    aged = age_photo(_mosaic(width, height), SCAN_SEED, SCAN_SEVERITY)
    pixels = aged.image
    rng = np.random.default_rng(SCAN_SEED)
    for top in range(0, height, 500):  # in bands: float noise for 24 MP at once would be 290 MB
        band = pixels[top : top + 500].astype(np.float32)
        band += rng.normal(0.0, SCAN_NOISE, band.shape).astype(np.float32)
        pixels[top : top + 500] = np.clip(np.rint(band), 0, 255)
    Image.fromarray(pixels).save(path, compress_level=1)
    local = np.zeros((height, width), bool)
    for kind, mask in aged.masks.items():
        if kind in ("scratches", "cracks", "creases", "dust", "stains", "tears"):
            local |= mask > 0
    return {"kinds": [spec.kind for spec in aged.specs], "damage_fraction": float(local.mean())}


_CLI_CHILD = """
import sys
from app.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
sys.stderr.write(f"\\nVmHWM_KIB {peak}\\n")
sys.exit(code)
"""


def run_cli(argv: Sequence[str]) -> tuple[int, float, int, str]:
    """``gyeongju-ai *argv`` in a child interpreter: (exit code, wall seconds, peak RSS KiB, stdout)."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CLI_CHILD, *argv], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    peaks = [int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("VmHWM_KIB")]
    if done.returncode != 0 or not peaks:
        sys.stderr.write(done.stderr[-2000:])
    return done.returncode, wall, peaks[-1] if peaks else 0, done.stdout.strip()


def _io_floor(source: Path, target: Path) -> float:
    from app.imaging.io import load_image
    from app.imaging.writer import save_image

    started = time.perf_counter()
    loaded = load_image(source)
    save_image(loaded.pixels, target, source=loaded)
    return time.perf_counter() - started


def _learned_mask(source: Path, target: Path, threads: int) -> tuple[float, float]:
    from app.imaging.io import load_image
    from app.imaging.writer import save_image
    from app.vision.training.infer import detect_damage

    started = time.perf_counter()
    pixels = load_image(source).pixels
    engine = _engine(threads)
    thresholds = engine.registry.get("damage_unet").extra.get("thresholds", {}).get("values")
    mask = detect_damage(pixels, model=engine.model("damage_unet"), thresholds=thresholds)
    save_image(mask, target)
    return time.perf_counter() - started, float(np.count_nonzero(mask)) / mask.size


def _learned_inpaint(source: Path, mask_path: Path, target: Path, threads: int) -> float:
    from app.imaging.io import load_image
    from app.imaging.writer import save_image
    from app.vision.restoration.inpaint import inpaint

    started = time.perf_counter()
    loaded = load_image(source)
    mask = load_image(mask_path).pixels
    result = inpaint(loaded.pixels, mask, "learned", engine=_engine(threads))
    save_image(result.image, target, source=loaded)
    return time.perf_counter() - started


def _check_sidecar(output: Path) -> str:
    """'ok' when OUT and OUT.json exist, the record's hash is OUT's, and no temporary file is left."""
    from app.domain.hashing import sha256_file

    sidecar = output.with_name(output.name + ".json")
    if not output.is_file() or not sidecar.is_file():
        return "missing output or sidecar"
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    if record["output"]["sha256"] != sha256_file(output):
        return "sidecar hash differs from the output"
    leftovers = sorted(p.name for p in output.parent.iterdir() if p.name.startswith(".") or ".tmp" in p.name)
    return f"temporary files left: {leftovers}" if leftovers else "ok"


def scan_table(width: int, height: int, threads: int, learned: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="gyeongju-scan-") as folder:
        tmp = Path(folder)
        scan, output, report = tmp / "scan.png", tmp / "restored.png", tmp / "report.json"
        info, _, _ = in_fresh_process(_make_scan, scan, width, height)
        megapixels = width * height / 1e6
        print(f"\n## {megapixels:.0f} MP scan ({width}×{height} PNG, mosaic of Kodak crops aged by age_photo seed "
              f"{SCAN_SEED}: {', '.join(info['kinds'])}; + Gaussian noise σ {SCAN_NOISE:g}; local damage "
              f"{100 * info['damage_fraction']:.2f} % of pixels), each row a fresh process, load {_load_average()}")
        header = f"{'row':<44}{'peak RSS':>10}{'wall s':>9}  result"
        print(header + "\n" + "-" * (len(header) + 40))
        seconds, baseline, peak = in_fresh_process(_io_floor, scan, tmp / "copy.png")
        print(f"{'load + save PNG only (I/O floor)':<44}{peak / MB:>8.0f}MB{seconds:>9.1f}  "
              f"(start of that process {baseline / MB:.0f} MB)")
        code, wall, peak, _ = run_cli(["restore", str(scan), str(output), "--report", str(report), "--repair",
                                      "--quiet"])
        if code != 0:
            print(f"{'gyeongju-ai restore --repair --report':<44}  failed with exit code {code}")
        else:
            steps = json.loads(report.read_text(encoding="utf-8"))["steps"]
            ran = ", ".join(f"{s['name']} {s['seconds']:.0f} s" for s in steps if s["ran"]) or "nothing ran"
            skipped = ", ".join(s["name"] for s in steps if not s["ran"])
            print(f"{'gyeongju-ai restore --repair --report (ours)':<44}{peak / MB:>8.0f}MB{wall:>9.1f}  ran: {ran}"
                  + (f"; skipped: {skipped}" if skipped else "") + f"; sidecar: {_check_sidecar(output)}")
        if learned:
            mask = tmp / "mask.png"
            (seconds, fraction), _, peak = in_fresh_process(_learned_mask, scan, mask, threads)
            print(f"{'learned damage mask (damage_unet)':<44}{peak / MB:>8.0f}MB{seconds:>9.1f}  "
                  f"marked {100 * fraction:.2f} % (incl. load + save)")
            seconds, _, peak = in_fresh_process(_learned_inpaint, scan, mask, tmp / "filled.png", threads)
            print(f"{'learned inpainting of that mask':<44}{peak / MB:>8.0f}MB{seconds:>9.1f}  (incl. load + save)")
        print("peak RSS = the process's VmHWM; the one-click row is the CLI from interpreter start to exit "
              f"(engine threads = one per core, {os.cpu_count()} here); limit 3 GB")


def _load_average() -> str:
    try:
        return "average " + " / ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "average unknown"


def _parse_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kodak", type=int, default=8, help="how many Kodak crops to add (if present)")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads for torch and OpenCV")
    parser.add_argument("--sections", default=",".join(DEFAULT_SECTIONS),
                        help=f"comma-separated, from {', '.join(SECTIONS)} (default: all but scan-learned)")
    parser.add_argument("--inpaint-side", type=int, default=512, help="long side of inpainting images (FSR is slow)")
    parser.add_argument("--scan-size", type=_parse_size, default=(6000, 4000), metavar="WxH",
                        help="size of the synthetic scan (default 6000x4000, 24 MP)")
    parser.add_argument("--skip-denoise", action="store_true", help="same as leaving denoise out of --sections")
    args = parser.parse_args(argv)
    chosen = {name.strip() for name in args.sections.split(",") if name.strip()}
    unknown = chosen - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    if args.skip_denoise:
        chosen.discard("denoise")
    print(f"sections: {', '.join(s for s in SECTIONS if s in chosen)}; load {_load_average()}")
    if {"noise", "denoise", "colour"} & chosen:
        images = load_images(args.kodak)
        print(f"images: {', '.join(images)}")
    started = time.perf_counter()
    if "noise" in chosen:
        noise_table(images)
    if "denoise" in chosen:
        denoise_table(images, args.threads)
    if "inpaint" in chosen:
        inpaint_table(args.inpaint_side, args.threads)
    if "sr" in chosen:
        sr_table(args.threads)
    if "colour" in chosen:
        colour_and_damage_table(images)
    if {"scan", "scan-learned"} & chosen:
        scan_table(*args.scan_size, args.threads, "scan-learned" in chosen)
    print(f"\nbenchmark time {time.perf_counter() - started:.0f} s; load {_load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
