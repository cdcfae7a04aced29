"""Damage detectors on real photographs of the eval split: false alarms on clean photos, precision on damage.

* **clean** — ``--clean-per-group`` photos of each of BSDS500, ImageNet samples and Caltech-101
  (``eval`` split of ``benchmarks/data/real_photos.csv``, never trained on): share of pixels
  marked (mean, max) and share of photos with nothing marked;
* **damaged** — ``--damaged-per-group`` other eval photos, each aged twice with our synthesiser
  (``age_photo`` severity 0.6, and ``scratches`` + ``dust`` alone at 0.6): pixel precision /
  recall / F1 of scratches and dust and of the union mask (what one-click repair would inpaint).

Detectors, all in the same run on the same photos:

* ``classical`` — the top-hat filter the condition report (and so one-click repair) uses today;
* ``learned`` — ``damage_unet`` with the thresholds of its ``model.toml`` (Studio's proposal);
* ``learned-precise`` — the same network with precision-first thresholds chosen on the
  validation part of the train split (:func:`app.vision.training.damage_real.precision_thresholds`);
* ``sure`` — what one-click repair fills on its own: the shipped network's candidates kept by
  ``damage_verifier`` at its operating point (:mod:`app.vision.restoration.sure_damage`); its
  precision is also given within 1 px of real damage (a repair that takes a pixel of margin);
* ``--candidate W`` — another set of weights (a ``.safetensors`` file or a training checkpoint
  ``.pt`` read with ``weights_only=True``), with precision-first thresholds chosen the same way.

The learned detectors see each photo at its working size (long side ≤ 640 px), as the app does.
``--overlays DIR`` writes the clean photos the detectors mark most, with the marks in red.

Usage::

    python benchmarks/damage_real.py [--clean-per-group 70] [--damaged-per-group 20] [--candidate W]
        [--candidate-recipe damage_real_wide]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


def _counts() -> dict[str, int]:
    return {"tp": 0, "fp": 0, "fn": 0}


def _add(counts: dict[str, int], predicted: np.ndarray, truth: np.ndarray) -> None:
    counts["tp"] += int(np.count_nonzero(predicted & truth))
    counts["fp"] += int(np.count_nonzero(predicted & ~truth))
    counts["fn"] += int(np.count_nonzero(~predicted & truth))


def _prf(c: dict[str, int]) -> tuple[float, float, float]:
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    return p, r, 2 * p * r / max(1e-9, p + r)


def _load_candidate(path: Path, recipe: str = "damage") -> Any:
    import torch

    from app.vision.training.recipes import get_recipe

    model = get_recipe(recipe).build()
    if path.suffix == ".safetensors":
        from safetensors.torch import load_file

        model.load_state_dict(load_file(str(path)))
    else:
        model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True)["model"])
    return model.eval()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clean-per-group", type=int, default=70)
    parser.add_argument("--damaged-per-group", type=int, default=20)
    parser.add_argument("--candidate", type=Path, default=None)
    parser.add_argument("--candidate-recipe", default="damage",
                        help="training recipe whose network the candidate weights fit (e.g. damage_real_wide)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--overlays", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    args = parser.parse_args(argv)

    import cv2
    import torch

    from app.imaging.damage import age_photo, apply_damage
    from app.vision.archs.damage_unet import DAMAGE_OUTPUTS
    from app.vision.engine import default_engine
    from app.vision.restoration.damage_components import CANDIDATE_KINDS, find_candidates
    from app.vision.restoration.detect import detect_damage as classical
    from app.vision.restoration.noise import estimate_noise_sigma
    from app.vision.restoration.sure_damage import OperatingPoint, sure_regions
    from app.vision.training import damage_real
    from app.vision.training.damage import damaged_set
    from app.vision.training.data import PhotoSet
    from app.vision.training.infer import damage_probabilities, reduce_to_side
    from app.vision.training.realphotos import (
        TRAINABLE_GROUPS,
        choose,
        load_rows,
        manifest_rows,
        train_and_validation,
    )

    torch.set_num_threads(args.threads)
    engine = default_engine()
    today = engine.model("damage_unet")
    today_thresholds = list(engine.registry.get("damage_unet").extra["thresholds"]["values"])
    verifier = engine.model("damage_verifier")
    point = OperatingPoint.from_table(engine.registry.get("damage_verifier").extra["operating"])

    def sure(image: np.ndarray, probs: np.ndarray) -> np.ndarray:
        found = find_candidates(image, probs, DAMAGE_OUTPUTS, point.low)
        with torch.no_grad():
            scores = torch.sigmoid(verifier(torch.from_numpy(found.features))).numpy()
        return sure_regions(found, scores, point)

    def working(image: np.ndarray) -> np.ndarray:
        return reduce_to_side(image) if max(image.shape[:2]) > 640 else image

    # Precision-first thresholds: validation part of the train split only.
    _, val_rows = train_and_validation(damage_real.TRAIN_PER_GROUP, damage_real.VAL_PER_GROUP)
    val_images = tuple(working(im) for im in load_rows(val_rows).images)
    half = len(val_images) // 2
    val_samples = damaged_set(PhotoSet(("v",) * half, val_images[:half]), seed=41_000, repeats=2)
    detectors: dict[str, tuple[Any, list[float]]] = {"learned": (today, today_thresholds)}
    started = time.perf_counter()
    detectors["learned-precise"] = (today, damage_real.precision_thresholds(today, val_samples, val_images[half:]))
    if args.candidate is not None:
        candidate = _load_candidate(args.candidate, args.candidate_recipe)
        detectors["candidate"] = (
            candidate,
            damage_real.precision_thresholds(candidate, val_samples, val_images[half:]),
        )
    print(f"thresholds chosen on {len(val_rows)} validation photos of train in {time.perf_counter() - started:.0f} s")
    for name, (_, limits) in detectors.items():
        print(f"  {name}: {[round(t, 3) for t in limits]}")

    eval_all = [r for r in manifest_rows() if r.split == "eval" and r.group in TRAINABLE_GROUPS]
    per = args.clean_per_group + args.damaged_per_group
    chosen = choose(eval_all, {g: per for g in TRAINABLE_GROUPS})
    clean_rows = [r for i, r in enumerate(chosen) if i % per < args.clean_per_group]
    damaged_rows = [r for i, r in enumerate(chosen) if i % per >= args.clean_per_group]

    names = ["classical", *detectors, "sure"]
    marked: dict[str, list[float]] = {n: [] for n in names}
    worst: list[tuple[float, str, np.ndarray, dict[str, np.ndarray]]] = []
    for index, row in enumerate(clean_rows):
        image = working(load_rows([row]).images[0])
        masks = {"classical": classical(image, estimate_noise_sigma(image)).mask > 0}
        probs_cache: dict[int, np.ndarray] = {}
        for name, (model, limits) in detectors.items():
            probs = probs_cache.setdefault(id(model), damage_probabilities(image, model=model))
            masks[name] = (probs >= np.asarray(limits, np.float32)).any(axis=2)
        masks["sure"] = sure(image, probs_cache[id(today)])
        for name in names:
            marked[name].append(float(masks[name].mean()))
        worst.append((float(masks["learned"].mean()), row.path, image, masks))
        worst = sorted(worst, key=lambda w: -w[0])[:8]
        if index % 50 == 0:
            print(f"clean {index}/{len(clean_rows)}", flush=True)

    kinds = {"scratches": DAMAGE_OUTPUTS.index("scratches"), "dust": DAMAGE_OUTPUTS.index("dust")}
    parts = ("union", "scratches", "dust", "thin", "union_1px")
    counts = {(n, part): _counts() for n in names for part in parts}
    for index, row in enumerate(damaged_rows):
        image = working(load_rows([row]).images[0])
        for _variant, result in (
            ("age", age_photo(image, 60_000 + index, 0.6)),
            ("sd", apply_damage(image, ["scratches:0.6", "dust:0.6"], 61_000 + index)),
        ):
            truth = result.damage_mask > 0
            found = classical(result.image, estimate_noise_sigma(result.image)).mask > 0
            _add(counts[("classical", "union")], found, truth)
            probs_cache = {}
            for name, (model, limits) in detectors.items():
                probs = probs_cache.setdefault(id(model), damage_probabilities(result.image, model=model))
                predicted = probs >= np.asarray(limits, np.float32)
                _add(counts[(name, "union")], predicted.any(axis=2), truth)
                for kind, k in kinds.items():
                    if kind in result.masks:
                        _add(counts[(name, kind)], predicted[..., k], result.masks[kind] > 0)
            sure_mask = sure(result.image, probs_cache[id(today)])
            _add(counts[("sure", "union")], sure_mask, truth)
            thin = np.zeros_like(truth)
            for kind in CANDIDATE_KINDS:
                if kind in result.masks:
                    thin |= result.masks[kind] > 0
            _add(counts[("sure", "thin")], sure_mask, thin)
            # Precision within a pixel of real damage: a repaired pixel next to a speck is harmless.
            near = cv2.dilate(truth.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
            counts[("sure", "union_1px")]["tp"] += int(np.count_nonzero(sure_mask & near))
            counts[("sure", "union_1px")]["fp"] += int(np.count_nonzero(sure_mask & ~near))
        if index % 20 == 0:
            print(f"damaged {index}/{len(damaged_rows)}", flush=True)

    table: dict[str, Any] = {}
    print(
        f"\nClean real photos, eval split (n = {len(clean_rows)}: {len(clean_rows) // 3} each of "
        f"{', '.join(TRAINABLE_GROUPS)}), at the detector's working size"
    )
    print("| detector | mean % marked | max % marked | photos with nothing marked |")
    print("|---|---|---|---|")
    for name in names:
        values = np.array(marked[name])
        table[f"{name}_clean"] = {
            "mean_pct": 100 * values.mean(),
            "max_pct": 100 * values.max(),
            "nothing_pct": 100 * float((values == 0).mean()),
        }
        print(f"| {name} | {100 * values.mean():.3f} | {100 * values.max():.2f} | {100 * (values == 0).mean():.1f} % |")
    print(
        f"\nSynthetic damage over real eval photos (n = {len(damaged_rows)} photos × 2: age_photo 0.6, "
        "scratches+dust 0.6); pixel P / R / F1"
    )
    print("| detector | union (what repair inpaints) | scratches | dust | thin kinds (scratches, cracks, dust) |"
          " precision within 1 px |")
    print("|---|---|---|---|---|---|")
    for name in names:
        cells = []
        for part in parts:
            c = counts[(name, part)]
            if c["tp"] + c["fp"] + c["fn"] == 0:
                cells.append("—")
                continue
            p, r, f = _prf(c)
            table[f"{name}_{part}"] = {"precision": p, "recall": r, "f1": f}
            cells.append(f"{p:.3f}" if part == "union_1px" else f"{p:.3f} / {r:.3f} / {f:.3f}")
        print(f"| {name} | {' | '.join(cells)} |")
    if args.json:
        table["thresholds"] = {n: list(map(float, lim)) for n, (_, lim) in detectors.items()}
        args.json.write_text(json.dumps(table, indent=2))
    if args.overlays:
        args.overlays.mkdir(parents=True, exist_ok=True)
        for rank, (_, path, image, masks) in enumerate(worst):
            tiles = []
            for name in names:
                shown = image.copy()
                shown[masks[name]] = (255, 0, 0)
                tiles.append(shown)
            out = np.concatenate([image, *tiles], axis=1)
            cv2.imwrite(str(args.overlays / f"clean_{rank}.jpg"), cv2.cvtColor(out, cv2.COLOR_RGB2BGR))
            print(f"overlay clean_{rank}.jpg: {path} (panels: photo, {', '.join(names)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
