"""Condition-report thresholds fitted on real clean photographs, and checked on held-out ones.

Photos (``benchmarks/data/real_photos.csv``, materialised in ``.devdata/real``):

* **fit** — the ``train`` split: all 200 BSDS500 train photos, 200 ImageNet samples and 200
  Caltech-101 photos (chosen by the manifest's sha256 order, so the choice is fixed);
* **check** — the ``eval`` split, never used for fitting: 100 BSDS500, 100 ImageNet samples,
  100 Caltech-101 photos, chosen the same way.

Each photo is measured clean and in three aged versions made by our synthesiser
(``app.imaging.damage``): ``fading``, ``color_cast`` and both, at a severity drawn from
[0.3, 1.0] per photo (seeded by its index). Rules of the fit (train split only):

* noise σ threshold: the 99th percentile of σ̂ on the clean photos, rounded up to 0.25, and
  never below the old 3.0;
* fading: the four luminance thresholds that catch the most faded versions while flagging at
  most 1 % of the clean photos (grid search);
* colour cast: the smallest limit that flags at most 1 % of the clean colour photos;
* blur (reported only): the 1st percentile of clean sharpness.

``check`` then runs the real one-click :func:`restore` (default options: no repair) on every
held-out clean photo with today's (:data:`RENDER_TUNED`) and the fitted thresholds, and
reports how many are changed at all, the lowest SSIM against the input, and for the aged
versions how often fading / casts are flagged and how often the result is closer to the
clean original than the aged input (mean ΔE2000... approximated by CIELAB ΔE76).

Usage::

    python benchmarks/condition_calibration.py features   # measure, cache in .devdata/cache
    python benchmarks/condition_calibration.py fit        # print the fitted thresholds
    python benchmarks/condition_calibration.py check      # one-click on the eval photos, table
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks import realdata  # noqa: E402

CACHE = REPO_ROOT / ".devdata" / "cache" / "condition_features.json"
GROUPS = ("bsds500", "imagenet_sample", "caltech101")
PER_GROUP = {"train": 200, "eval": 100}
FALSE_ALARM_BUDGET = 0.015
"""Share of clean train photos that the fading rule, and separately the cast rule, may flag."""
AGEINGS = (("fading",), ("color_cast",), ("fading", "color_cast"))
STAT_FIELDS = (
    "deepest",
    "black",
    "white",
    "median",
    "cast_a",
    "cast_b",
    "highlight_a",
    "highlight_b",
    "saturation",
    "residual_chroma",
)


def choose(split: str, per_group: int | None = None) -> list[realdata.Row]:
    """A fixed choice of photos of one split: the first ``per_group`` of each group by sha256."""
    count = per_group or PER_GROUP[split]
    chosen: list[realdata.Row] = []
    for group in GROUPS:
        rows = sorted(realdata.rows(group=group, split=split), key=lambda r: r.sha256)
        rows = [r for r in rows if realdata.photo_path(r).exists()]
        chosen.extend(rows[:count])
    return chosen


def load_rgb(row: realdata.Row) -> np.ndarray:
    from PIL import Image

    with Image.open(realdata.photo_path(row)) as im:
        return np.asarray(im.convert("RGB"), dtype=np.uint8).copy()


def ageing_seed(row: realdata.Row) -> int:
    return int(hashlib.sha256(row.sha256.encode()).hexdigest()[:8], 16)


def aged_versions(image: np.ndarray, row: realdata.Row) -> list[tuple[str, float, np.ndarray]]:
    """The three aged versions of one photo: (kinds joined by '+', severity, image)."""
    from app.imaging.damage import apply_damage

    seed = ageing_seed(row)
    rng = np.random.default_rng(seed)
    out = []
    for kinds in AGEINGS:
        severity = float(rng.uniform(0.3, 1.0))
        result = apply_damage(image, [f"{kind}:{severity:.3f}" for kind in kinds], seed=seed)
        out.append(("+".join(kinds), severity, result.image))
    return out


def _stats(image: np.ndarray) -> dict[str, float]:
    from app.vision.restoration.colour import measure_colour

    stats = measure_colour(image)
    return {name: float(getattr(stats, name)) for name in STAT_FIELDS}


def measure(row: realdata.Row) -> dict[str, Any]:
    from app.vision.restoration.noise import estimate_noise_sigma
    from app.vision.restoration.report import _sharpness

    image = load_rgb(row)
    record: dict[str, Any] = {
        "path": row.path,
        "group": row.group,
        "split": row.split,
        "size": list(image.shape[:2]),
        "sigma": estimate_noise_sigma(image),
        "sharpness": _sharpness(image),
        "clean": _stats(image),
        "aged": [],
    }
    for kinds, severity, aged in aged_versions(image, row):
        record["aged"].append({"kinds": kinds, "severity": severity, **_stats(aged)})
    return record


def features(args: argparse.Namespace) -> int:
    cached = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    for split in ("train", "eval"):
        for index, row in enumerate(choose(split)):
            if row.path in cached:
                continue
            cached[row.path] = measure(row)
            if index % 50 == 0:
                print(f"{split} {index}", flush=True)
                CACHE.parent.mkdir(parents=True, exist_ok=True)
                CACHE.write_text(json.dumps(cached))
    CACHE.write_text(json.dumps(cached))
    print(f"{len(cached)} photos measured → {CACHE}")
    return 0


# --- decisions from cached stats ----------------------------------------------------------------


def _colour_stats(values: dict[str, float], thresholds: Any) -> Any:
    from app.vision.restoration.colour import ColourStats

    return ColourStats(**{name: values[name] for name in STAT_FIELDS}, thresholds=thresholds)


def _records(split: str) -> list[dict[str, Any]]:
    cached = json.loads(CACHE.read_text())
    return [cached[row.path] for row in choose(split) if row.path in cached]


def fit_thresholds(records: list[dict[str, Any]], budget: float = FALSE_ALARM_BUDGET) -> Any:
    """The fitting rule of the module notes, on train-split records."""
    from app.vision.restoration.thresholds import RENDER_TUNED

    sigma = np.array([r["sigma"] for r in records])
    noise = max(RENDER_TUNED.noise_sigma, float(np.ceil(np.percentile(sigma, 99) * 4) / 4))
    blur = float(np.percentile([r["sharpness"] for r in records], 1))

    def column(part: str, name: str, kinds: str | None = None) -> np.ndarray:
        if part == "clean":
            return np.array([r["clean"][name] for r in records])
        return np.array([a[name] for r in records for a in r["aged"] if a["kinds"] == kinds])

    clean = {n: column("clean", n) for n in ("deepest", "black", "white")}
    faded = {n: column("aged", n, "fading") for n in ("deepest", "black", "white")}
    best: tuple[float, float, tuple[float, ...]] = (-1.0, 1.0, ())
    for deepest in np.arange(0.0, 41.0, 2.0):
        for black in np.arange(10.0, 61.0, 2.0):
            for white in np.arange(200.0, 256.0, 2.0):
                for span in np.arange(140.0, 236.0, 5.0):

                    def rule(
                        d: dict[str, np.ndarray], t: tuple[float, ...] = (deepest, black, white, span)
                    ) -> np.ndarray:
                        return (
                            (d["deepest"] > t[0])
                            & (d["black"] > t[1])
                            & (d["white"] < t[2])
                            & (d["white"] - d["black"] < t[3])
                        )

                    false_rate = float(rule(clean).mean())
                    if false_rate > budget:
                        continue
                    caught = float(rule(faded).mean())
                    # Most caught; on ties the fewest false alarms, then the most conservative.
                    if (caught, -false_rate) > (best[0], -best[1]):
                        best = (caught, false_rate, (deepest, black, white, span))
    deepest, black, white, span = best[2]
    stats = [_colour_stats(r["clean"], RENDER_TUNED) for r in records]
    colour_casts = np.array([s.cast for s in stats if not s.monochrome])
    cast_limit = float(np.ceil(np.percentile(colour_casts, 100 * (1 - budget)) * 2) / 2)
    return replace(
        RENDER_TUNED,
        noise_sigma=noise,
        blurry_below=round(blur, 4),
        cast_limit=cast_limit,
        faded_deepest=float(deepest),
        faded_black=float(black),
        faded_white=float(white),
        faded_range=float(span),
    )


def flag_table(records: list[dict[str, Any]], thresholds: Any) -> dict[str, float]:
    """Rates of each decision over clean photos and aged versions."""
    clean = [_colour_stats(r["clean"], thresholds) for r in records]
    noisy = np.array([r["sigma"] >= thresholds.noise_sigma for r in records])
    faded = np.array([s.faded for s in clean])
    cast = np.array([s.has_cast for s in clean])
    out = {
        "n": len(records),
        "clean_noisy": noisy.mean(),
        "clean_faded": faded.mean(),
        "clean_cast": cast.mean(),
        "clean_any": (noisy | faded | cast).mean(),
    }
    for kinds in ("fading", "color_cast", "fading+color_cast"):
        aged = [_colour_stats(a, thresholds) for r in records for a in r["aged"] if a["kinds"] == kinds]
        out[f"{kinds}_faded"] = float(np.mean([s.faded for s in aged]))
        out[f"{kinds}_cast"] = float(np.mean([s.has_cast for s in aged]))
        out[f"{kinds}_any"] = float(np.mean([s.faded or s.has_cast for s in aged]))
        severities = np.array([a["severity"] for r in records for a in r["aged"] if a["kinds"] == kinds])
        flags = np.array([s.faded or s.has_cast for s in aged])
        out[f"{kinds}_any_sev>=0.6"] = float(flags[severities >= 0.6].mean())

    return out


def fit(args: argparse.Namespace) -> int:
    from app.vision.restoration.thresholds import CALIBRATED, RENDER_TUNED

    records = _records("train")
    fitted = fit_thresholds(records)
    print(f"fitted on {len(records)} train photos: {fitted}")
    print(f"shipped CALIBRATED: {CALIBRATED}")
    for name, t in (("today (render-tuned)", RENDER_TUNED), ("fitted", fitted)):
        print(name, {k: round(float(v), 3) for k, v in flag_table(records, t).items()})
    return 0


# --- one-click check on eval photos -------------------------------------------------------------


def _ssim(a: np.ndarray, b: np.ndarray) -> float:
    from skimage.metrics import structural_similarity

    return float(structural_similarity(a, b, channel_axis=2, data_range=255))


def _delta_e(a: np.ndarray, b: np.ndarray) -> float:
    import cv2

    lab_a = cv2.cvtColor(a.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)
    lab_b = cv2.cvtColor(b.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)
    return float(np.linalg.norm(lab_a - lab_b, axis=2).mean())


def check(args: argparse.Namespace) -> int:
    import torch

    from app.vision.restoration.pipeline import restore
    from app.vision.restoration.report import assess
    from app.vision.restoration.thresholds import CALIBRATED, RENDER_TUNED

    torch.set_num_threads(args.threads)
    rows = choose("eval", args.per_group)
    sets = (("today", RENDER_TUNED), ("ours", CALIBRATED))
    clean: dict[str, list[tuple[bool, float, str]]] = {name: [] for name, _ in sets}
    aged: dict[str, dict[str, list[tuple[bool, bool, float, float]]]] = {
        name: {"+".join(k): [] for k in AGEINGS} for name, _ in sets
    }

    def rethreshold(report: Any, thresholds: Any) -> Any:
        # The measurements do not depend on the thresholds: measure once, decide twice.
        return replace(report, thresholds=thresholds, colour=replace(report.colour, thresholds=thresholds))

    for index, row in enumerate(rows):
        image = load_rgb(row)
        versions = [(kinds, old, assess(old)) for kinds, _severity, old in aged_versions(image, row)]
        measured = assess(image)
        for name, thresholds in sets:
            result = restore(image, report=rethreshold(measured, thresholds))
            ran = ",".join(step.name for step in result.steps if step.ran)
            clean[name].append((result.changed, _ssim(image, result.image) if result.changed else 1.0, ran))
            for kinds, old, old_report in versions:
                fixed = restore(old, report=rethreshold(old_report, thresholds))
                flagged = any(s.ran and s.name == "colour" for s in fixed.steps)
                aged[name][kinds].append(
                    (
                        flagged,
                        fixed.report.colour.faded or fixed.report.colour.has_cast,
                        _delta_e(old, image),
                        _delta_e(fixed.image, image),
                    )
                )
        if index % 25 == 0:
            print(f"{index}/{len(rows)}", flush=True)
    print(f"\nClean real photos, eval split (n = {len(rows)}: {', '.join(GROUPS)}), one-click restore, defaults")
    print("| thresholds | changed at all | SSIM < 0.97 | lowest SSIM | steps that ran (count) |")
    print("|---|---|---|---|---|")
    for name, _ in sets:
        values = clean[name]
        changed = [v for v in values if v[0]]
        low = min(v[1] for v in values)
        kinds: dict[str, int] = {}
        for v in changed:
            kinds[v[2]] = kinds.get(v[2], 0) + 1
        print(
            f"| {name} | {len(changed)} ({100 * len(changed) / len(values):.1f} %) | "
            f"{sum(v[1] < 0.97 for v in values)} | {low:.3f} | {kinds or '—'} |"
        )
    print(f"\nAged versions of the same photos (n = {len(rows)} each; severity uniform 0.3–1.0)")
    print("| ageing | thresholds | colour step ran | result closer to original | mean ΔE aged → fixed |")
    print("|---|---|---|---|---|")
    for kinds in ("+".join(k) for k in AGEINGS):
        for name, _ in sets:
            values = aged[name][kinds]
            ran = np.mean([v[0] for v in values])
            closer = np.mean([v[0] and v[3] < v[2] for v in values])
            print(
                f"| {kinds} | {name} | {100 * ran:.1f} % | {100 * closer:.1f} % | "
                f"{np.mean([v[2] for v in values]):.2f} → {np.mean([v[3] for v in values]):.2f} |"
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("features", "fit", "check"))
    parser.add_argument("--per-group", type=int, default=None, help="eval photos per group for check")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    return {"features": features, "fit": fit, "check": check}[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
