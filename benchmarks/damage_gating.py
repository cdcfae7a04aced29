"""Can repairing only the detector's most confident pieces make one-click repair trustworthy?

Issue 16 asks for precision ≥ 0.9 on what one-click repairs, ≤ 0.2 % of pixels marked on clean
photos and nothing marked on ≥ 90 % of them. Thresholds per pixel do not get there
(``benchmarks/damage_real.py``), so this checks the next idea: mark scratches and dust at a low
threshold, split the mark into connected pieces, and keep a piece only when its **mean** (or
**max**) probability is high and, optionally, it is small.

Photos: the ``eval`` split of ``benchmarks/data/real_photos.csv`` (BSDS500, ImageNet samples,
Caltech-101; never trained on) at the detector's working size (long side ≤ 640 px) —
``--damaged`` photos aged twice (``age_photo`` 0.6, and ``scratches`` + ``dust`` 0.6) and
``--clean`` other photos left clean. Precision counts a kept pixel as right when it lies on any
local damage the synthesiser drew; recall is over the scratch and dust pixels.

Usage::

    python benchmarks/damage_gating.py [--damaged 45] [--clean 90] [--threads 2]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

LOW = 0.3
"""Probability at which pieces are cut out before they are judged as a whole."""
CUTS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95)
AREAS = (None, 100)


def _pieces(prob: np.ndarray) -> list[tuple[np.ndarray, float, float, int]]:
    """(pixels, mean probability, max probability, area) of each connected piece ≥ :data:`LOW`."""
    import cv2

    count, labels, stats, _ = cv2.connectedComponentsWithStats((prob >= LOW).astype(np.uint8), connectivity=8)
    pieces = []
    for index in range(1, count):
        inside = labels == index
        values = prob[inside]
        pieces.append((inside, float(values.mean()), float(values.max()), int(stats[index, cv2.CC_STAT_AREA])))
    return pieces


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--damaged", type=int, default=45, help="eval photos aged (each twice)")
    parser.add_argument("--clean", type=int, default=90, help="other eval photos left clean")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)

    import torch

    from app.imaging.damage import age_photo, apply_damage
    from app.vision.archs.damage_unet import DAMAGE_OUTPUTS
    from app.vision.engine import default_engine
    from app.vision.training.infer import damage_probabilities, reduce_to_side
    from app.vision.training.realphotos import TRAINABLE_GROUPS, choose, load_rows, manifest_rows

    torch.set_num_threads(args.threads)
    model = default_engine().model("damage_unet")
    kinds = [DAMAGE_OUTPUTS.index("scratches"), DAMAGE_OUTPUTS.index("dust")]
    eval_rows = [r for r in manifest_rows() if r.split == "eval" and r.group in TRAINABLE_GROUPS]
    per = -(-(args.damaged + args.clean) // len(TRAINABLE_GROUPS))
    chosen = choose(eval_rows, {g: per for g in TRAINABLE_GROUPS})
    damaged_rows, clean_rows = chosen[: args.damaged], chosen[args.damaged : args.damaged + args.clean]

    def working(image: np.ndarray) -> np.ndarray:
        return reduce_to_side(image) if max(image.shape[:2]) > 640 else image

    def probability(image: np.ndarray) -> np.ndarray:
        return damage_probabilities(image, model=model)[..., kinds].max(axis=2)

    # Each piece on damaged photos: (mean, max, area, pixels on any local damage, pixels, on scratch/dust).
    damaged: list[tuple[float, float, int, int, int, int]] = []
    wanted = 0
    for index, row in enumerate(damaged_rows):
        image = working(load_rows([row]).images[0])
        for result in (
            age_photo(image, 60_000 + index, 0.6),
            apply_damage(image, ["scratches:0.6", "dust:0.6"], 61_000 + index),
        ):
            local = result.damage_mask > 0
            target = np.zeros_like(local)
            for kind in ("scratches", "dust"):
                if kind in result.masks:
                    target |= result.masks[kind] > 0
            wanted += int(target.sum())
            for inside, mean, peak, area in _pieces(probability(result.image)):
                damaged.append((mean, peak, area, int((inside & local).sum()), int(inside.sum()),
                                int((inside & target).sum())))
    # Each piece on clean photos: (photo index, mean, max, area, photo pixels).
    clean: list[tuple[int, float, float, int, int]] = []
    for index, row in enumerate(clean_rows):
        image = working(load_rows([row]).images[0])
        clean += [(index, mean, peak, area, image.shape[0] * image.shape[1])
                  for _inside, mean, peak, area in _pieces(probability(image))]

    print(f"damage_unet on real eval photos: {len(damaged_rows)} aged twice, {len(clean_rows)} clean; "
          f"pieces cut at probability {LOW}")
    print("| keep a piece when | precision (any local damage) | recall (scratch + dust) | clean: mean % marked "
          "| clean: photos with nothing marked |")
    print("|---|---|---|---|---|")
    for statistic, column in (("mean", 0), ("max", 1)):
        for cut in CUTS:
            for area in AREAS:
                kept = [p for p in damaged if p[column] >= cut and (area is None or p[2] <= area)]
                pixels = sum(p[4] for p in kept)
                share = np.zeros(len(clean_rows))
                for photo, *rest in clean:
                    mean, peak, size, total = rest
                    if (mean, peak)[column] >= cut and (area is None or size <= area):
                        share[photo] += size / total
                if not pixels:
                    continue
                rule = f"{statistic} ≥ {cut}" + ("" if area is None else f", area ≤ {area} px")
                print(f"| {rule} | {sum(p[3] for p in kept) / pixels:.3f} | {sum(p[5] for p in kept) / wanted:.3f} "
                      f"| {100 * share.mean():.3f} | {100 * (share == 0).mean():.0f} % |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
