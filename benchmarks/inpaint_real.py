"""Inpainting on real photographs of the eval split: ours (shipped and candidate) vs OpenCV.

Photos: ``--per-group`` photos of each of BSDS500, ImageNet samples and Caltech-101 that are at
least 256 px a side, from the ``eval`` split of ``benchmarks/data/real_photos.csv`` (never
trained on), reduced to a long side of at most 512 px. Holes: ``random_hole_mask`` covering
10–30 % of each photo (seeded by the photo's index, the same for every method).

Per method: mean in-hole PSNR, mean in-hole SSIM-free **gradient energy ratio** (mean squared
gradient magnitude inside the hole over that of the ground truth; 1.0 = as much texture as the
original, well below 1 = blur bought PSNR), and seconds per megapixel (wall, this process, one
thread unless ``--threads``). ``--candidate`` takes a ``.safetensors`` file or a training
checkpoint ``.pt`` (read with ``weights_only=True``).

Usage::

    python benchmarks/inpaint_real.py [--per-group 10] [--candidate W]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

SIDE = 512


def gradient_energy(image: np.ndarray, hole: np.ndarray) -> float:
    """Mean squared gradient magnitude (grey, central differences) over the hole pixels."""
    import cv2

    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).astype(np.float32)
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=1)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=1)
    return float((gx * gx + gy * gy)[hole > 0].mean())


def _load(path: Path | None) -> Any:
    import torch

    from app.vision.training.inpaint import RECIPE

    model = RECIPE.build()
    if path is None:
        from app.vision.engine import default_engine

        return default_engine().model("inpaint_net")
    if path.suffix == ".safetensors":
        from safetensors.torch import load_file

        model.load_state_dict(load_file(str(path)))
    else:
        model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True)["model"])
    return model.eval()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-group", type=int, default=10)
    parser.add_argument("--candidate", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--save", type=Path, default=None, help="write a few results here to look at")
    args = parser.parse_args(argv)

    import cv2
    import torch

    from app.imaging.damage import random_hole_mask
    from app.vision.training.infer import inpaint_learned, reduce_to_side
    from app.vision.training.inpaint import _ns, _telea
    from app.vision.training.metrics import psnr
    from app.vision.training.realphotos import eval_rows, load_rows

    torch.set_num_threads(args.threads)
    rows = eval_rows({g: args.per_group for g in ("bsds500", "imagenet_sample", "caltech101")}, min_side=256)
    photos = [reduce_to_side(im, SIDE) if max(im.shape[:2]) > SIDE else im for im in load_rows(rows).images]
    models = {"ours (shipped inpaint_net)": _load(None)}
    if args.candidate is not None:
        models[f"candidate ({args.candidate.name})"] = _load(args.candidate)
    methods: dict[str, Any] = {"OpenCV Telea": _telea, "OpenCV NS": _ns}
    for name, model in models.items():
        methods[name] = (lambda m: lambda image, hole: inpaint_learned(image, hole, model=m))(model)
    scores: dict[str, dict[str, list[float]]] = {m: {"psnr": [], "energy": [], "s": [], "mp": []} for m in methods}
    holes_pct = []
    for index, image in enumerate(photos):
        hole = random_hole_mask(image.shape[0], image.shape[1], 7_000 + index, area=(0.1, 0.3))
        holes_pct.append(100 * np.count_nonzero(hole) / hole.size)
        truth_energy = gradient_energy(image, hole)
        for name, fn in methods.items():
            started = time.perf_counter()
            out = fn(image, hole)
            scores[name]["s"].append(time.perf_counter() - started)
            scores[name]["mp"].append(image.shape[0] * image.shape[1] / 1e6)
            scores[name]["psnr"].append(psnr(image, out, hole))
            scores[name]["energy"].append(gradient_energy(out, hole) / max(truth_energy, 1e-6))
            if args.save and index < 6:
                args.save.mkdir(parents=True, exist_ok=True)
                shown = image.copy()
                shown[hole > 0] = (255, 0, 255)
                tag = "".join(ch if ch.isalnum() else "_" for ch in name.lower()).strip("_")
                cv2.imwrite(str(args.save / f"{index}_{tag}.jpg"), cv2.cvtColor(out, cv2.COLOR_RGB2BGR))
                cv2.imwrite(str(args.save / f"{index}_holes.jpg"), cv2.cvtColor(shown, cv2.COLOR_RGB2BGR))
    print(
        f"\nInpainting, real eval photos (n = {len(photos)}: {args.per_group} each of BSDS500, ImageNet "
        f"samples, Caltech-101; ≤ {SIDE} px), holes 10–30 % (mean {np.mean(holes_pct):.1f} %)"
    )
    print("| method | in-hole PSNR (dB) | Δ vs best OpenCV | gradient energy / truth | s per MP |")
    print("|---|---|---|---|---|")
    best_cv = max(np.mean(scores[m]["psnr"]) for m in ("OpenCV Telea", "OpenCV NS"))
    for name, values in scores.items():
        mean = float(np.mean(values["psnr"]))
        print(
            f"| {name} | {mean:.2f} | {mean - best_cv:+.2f} | {np.mean(values['energy']):.2f} | "
            f"{sum(values['s']) / sum(values['mp']):.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
