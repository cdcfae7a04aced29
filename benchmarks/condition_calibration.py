"""Condition-report thresholds fitted on real clean photographs, and checked on held-out ones.

Photos (``benchmarks/data/real_photos.csv``, materialised in ``.devdata/real``):

* **fit** — the ``train`` split: all 200 BSDS500 train photos, 200 ImageNet samples and 200
  Caltech-101 photos (chosen by the manifest's sha256 order, so the choice is fixed);
* **check** — the ``eval`` split, never used for fitting: 100 BSDS500, 100 ImageNet samples,
  100 Caltech-101 photos, chosen the same way.

Each photo is measured clean and in three aged versions made by our synthesiser
(``app.imaging.damage``): ``fading``, ``color_cast`` and both, at a severity drawn from
[0.3, 1.0] per photo (seeded by its index). Rules of the fit (train split only):

* noise σ threshold: the 99th percentile of the flat-patch σ̂ on the clean photos, rounded up to
  0.25, and never below the old 3.0; the borderline ramp ends at the 1st percentile of σ̂ on the
  first 40 photos of each group with added noise σ ``FULL_DENOISE_FROM`` (8), rounded down to
  0.25: past it a photo is as noisy as σ 8 noise and is denoised in full, below it (light noise:
  σ 5 and less) the denoised result is blended back to keep SSIM ≥ ``BORDERLINE_SSIM`` (not
  fitted) with the input; so is a photo whose flat-patch σ̂ is under ``texture_share`` × its
  every-patch σ̂ (the 1st percentile of that share on the noisy copies, rounded down to 0.05):
  its "noise" sits in the textured patches;
* fading: the four luminance thresholds that catch the most faded versions while flagging at
  most 1 % of the clean photos (grid search);
* colour cast: the smallest limit that flags at most 1 % of the clean colour photos;
* blur (reported only): the 1st percentile of clean sharpness;
* full correction: a fading or cast finding is corrected in full only past the threshold by more
  than any of the ~5 000 clean train photos (``WIDE_CACHE``) reaches, rounded up to 5 (the ramps);
  nearer the threshold the correction is bounded by ``BORDERLINE_SSIM``.

``check`` then runs the real one-click :func:`restore` (default options: no repair) on every
held-out clean photo with today's (:data:`RENDER_TUNED`), the first fit's (all-patch σ̂, no
borderline bound: :func:`first_fit`) and the shipped thresholds; on one noisy copy of each photo
(σ cycling through ``NOISE_LEVELS``) it reports how often the denoiser runs and the PSNR; it
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
WIDE_CACHE = REPO_ROOT / ".devdata" / "cache" / "condition_colour_wide.json"
"""Colour stats of *every* clean train photo of the groups (~5 000): the tail that says how far
past a threshold a healthy photo can still be, which 600 photos sample too thinly."""
GROUPS = ("bsds500", "imagenet_sample", "caltech101")
PER_GROUP = {"train": 200, "eval": 100}
FALSE_ALARM_BUDGET = 0.015
"""Share of clean train photos that the fading rule, and separately the cast rule, may flag."""
BORDERLINE_SSIM = 0.975
"""Not fitted: the do-no-harm bound for borderline findings, a little above the issue's 0.97."""
AGEINGS = (("fading",), ("color_cast",), ("fading", "color_cast"))
NOISE_LEVELS = (5.0, 8.0, 15.0, 25.0)
"""σ of the Gaussian noise added to each photo to check that truly noisy photos are still found."""
FULL_DENOISE_FROM = 8.0
"""Added noise from which a photo is denoised in full (policy, with evidence from the train split):
of the 5 067 clean train photos, 26 read as noisy and a full denoise takes 6 of them below SSIM
0.97 with the input; 4 of those read σ̂ 4.5–7.2, inside what σ 5 copies read and below what
σ 8 copies read (1st percentile 7.44). Up to σ 5 the noise is light and may be texture or a
camera's own grain; the denoise is bounded there (it was ``NOISE_LEVELS[0]`` until 2026-12-08)."""
NOISY_PER_GROUP = 40
"""Photos per group (the first ones of :func:`choose`) also measured with added noise: 4 × 2 extra
estimates each, too slow on a shared two-core machine for every photo."""
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


def noisy_version(image: np.ndarray, row: realdata.Row, sigma: float) -> np.ndarray:
    """``image`` with white Gaussian noise of ``sigma`` (seeded by the photo), rounded to 8 bits."""
    rng = np.random.default_rng(ageing_seed(row) + int(sigma * 100))
    return np.clip(np.rint(image + rng.normal(0.0, sigma, image.shape)), 0, 255).astype(np.uint8)


def measure_noise(row: realdata.Row, image: np.ndarray, with_noisy: bool) -> dict[str, Any]:
    """σ̂ of the flat-patch estimate on the clean photo and, with both estimates, on noisy copies."""
    from app.vision.restoration.noise import estimate_noise_sigma

    noisy = []
    for sigma in NOISE_LEVELS if with_noisy else ():
        version = noisy_version(image, row, sigma)
        noisy.append({"added": sigma, "all": estimate_noise_sigma(version, flat_fraction=1.0),
                      "flat": estimate_noise_sigma(version)})
    return {"sigma_flat": estimate_noise_sigma(image), "noisy": noisy}


def measure(row: realdata.Row, with_noisy: bool) -> dict[str, Any]:
    from app.vision.restoration.noise import estimate_noise_sigma
    from app.vision.restoration.report import _sharpness

    image = load_rgb(row)
    record: dict[str, Any] = {
        "path": row.path,
        "group": row.group,
        "split": row.split,
        "size": list(image.shape[:2]),
        "sigma": estimate_noise_sigma(image, flat_fraction=1.0),
        **measure_noise(row, image, with_noisy),
        "sharpness": _sharpness(image),
        "clean": _stats(image),
        "aged": [],
    }
    for kinds, severity, aged in aged_versions(image, row):
        record["aged"].append({"kinds": kinds, "severity": severity, **_stats(aged)})
    return record


def features(args: argparse.Namespace) -> int:
    cached = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    for split in args.splits:
        with_noisy = {row.path for row in choose(split, NOISY_PER_GROUP)}
        for index, row in enumerate(choose(split)):
            if row.path not in cached:
                cached[row.path] = measure(row, row.path in with_noisy)
            elif "sigma_flat" not in cached[row.path] or (row.path in with_noisy and not cached[row.path]["noisy"]):
                # Records cached before the flat-patch estimate: add only what is missing.
                cached[row.path].update(measure_noise(row, load_rgb(row), row.path in with_noisy))
            else:
                continue
            if index % 50 == 0:
                print(f"{split} {index}", flush=True)
                CACHE.parent.mkdir(parents=True, exist_ok=True)
                CACHE.write_text(json.dumps(cached))
    CACHE.write_text(json.dumps(cached))
    print(f"{len(cached)} photos measured → {CACHE}")
    if "train" in args.splits:
        wide = json.loads(WIDE_CACHE.read_text()) if WIDE_CACHE.exists() else {}
        for group in GROUPS:
            for row in realdata.rows(group=group, split="train"):
                if row.path not in wide and realdata.photo_path(row).exists():
                    wide[row.path] = _stats(load_rgb(row))
        WIDE_CACHE.write_text(json.dumps(wide))
        print(f"{len(wide)} clean train photos' colour stats → {WIDE_CACHE}")
    return 0


# --- decisions from cached stats ----------------------------------------------------------------


def _colour_stats(values: dict[str, float], thresholds: Any) -> Any:
    from app.vision.restoration.colour import ColourStats

    return ColourStats(**{name: values[name] for name in STAT_FIELDS}, thresholds=thresholds)


def _records(split: str) -> list[dict[str, Any]]:
    cached = json.loads(CACHE.read_text())
    return [cached[row.path] for row in choose(split) if row.path in cached]


def full_correction_ramps(wide: list[dict[str, float]], thresholds: Any) -> tuple[float, float]:
    """(fading_ramp, cast_ramp): past the threshold by more than any clean train photo, in steps of 5.

    A correction runs in full only where no healthy photo of the wide train set ever reached;
    nearer the threshold it is bounded by ``borderline_ssim`` (do no harm when unsure).
    """
    stats = [_colour_stats(values, thresholds) for values in wide]
    fading = [s.fading_margin for s in stats if s.faded]
    casts = [s.cast_margin for s in stats if s.has_cast]

    def ramp(margins: list[float], old: float) -> float:
        if not margins:
            return old
        return max(old, float(np.ceil((max(margins) + 1e-6) / 5.0) * 5.0))

    return ramp(fading, thresholds.fading_ramp), ramp(casts, thresholds.cast_ramp)


def fit_thresholds(
    records: list[dict[str, Any]], budget: float = FALSE_ALARM_BUDGET, wide: list[dict[str, float]] | None = None
) -> Any:
    """The fitting rule of the module notes, on train-split records (and the wide clean train set)."""
    from app.vision.restoration.thresholds import RENDER_TUNED

    sigma = np.array([r["sigma_flat"] for r in records])
    noise = max(RENDER_TUNED.noise_sigma, float(np.ceil(np.percentile(sigma, 99) * 4) / 4))
    # Past the 1st percentile of σ̂ under σ FULL_DENOISE_FROM a photo is as noisy as that: it is
    # denoised in full. Between the threshold and there, light noise, texture and a camera's own
    # grain overlap (borderline: the denoise is bounded by BORDERLINE_SSIM).
    clearly = [n["flat"] for r in records for n in r["noisy"] if n["added"] == FULL_DENOISE_FROM]
    clear = float(np.floor(np.percentile(clearly, 1) * 4) / 4)
    # Noise is everywhere, texture is not: on photos with added noise the flat patches read
    # almost what every patch reads; a photo far below that share holds texture, not noise.
    shares = [n["flat"] / n["all"] for r in records for n in r["noisy"] if n["all"] > 0]
    texture_share = float(np.floor(np.percentile(shares, 1) * 20) / 20)
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
    fitted = replace(
        RENDER_TUNED,
        noise_sigma=noise,
        noise_ramp=max(0.0, clear - noise),
        borderline_ssim=BORDERLINE_SSIM,
        texture_share=texture_share,
        blurry_below=round(blur, 4),
        cast_limit=cast_limit,
        faded_deepest=float(deepest),
        faded_black=float(black),
        faded_white=float(white),
        faded_range=float(span),
        fading_ramp=20.0,
        cast_ramp=12.0,
    )
    if wide:
        fading_ramp, cast_ramp = full_correction_ramps(wide, fitted)
        fitted = replace(fitted, fading_ramp=fading_ramp, cast_ramp=cast_ramp)
    return fitted


def flag_table(records: list[dict[str, Any]], thresholds: Any, key: str = "flat") -> dict[str, float]:
    """Rates of each decision over clean photos, aged and noisy versions (σ̂ estimate ``key``)."""
    clean = [_colour_stats(r["clean"], thresholds) for r in records]
    sigma = np.array([r["sigma_flat" if key == "flat" else "sigma"] for r in records])
    noisy = sigma >= thresholds.noise_sigma
    faded = np.array([s.faded for s in clean])
    cast = np.array([s.has_cast for s in clean])
    out = {
        "n": len(records),
        "clean_noisy": noisy.mean(),
        "clean_noisy_borderline": (noisy & (sigma < thresholds.noise_sigma + thresholds.noise_ramp)).mean(),
        "clean_faded": faded.mean(),
        "clean_cast": cast.mean(),
        "clean_any": (noisy | faded | cast).mean(),
    }
    for level in NOISE_LEVELS:
        estimates = np.array([n[key] for r in records for n in r["noisy"] if n["added"] == level])
        if estimates.size:
            out[f"noise{level:g}_detected"] = float((estimates >= thresholds.noise_sigma).mean())
            out[f"noise{level:g}_full"] = float((estimates >= thresholds.noise_sigma + thresholds.noise_ramp).mean())
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
    wide = list(json.loads(WIDE_CACHE.read_text()).values()) if WIDE_CACHE.exists() else None
    fitted = fit_thresholds(records, wide=wide)
    print(f"fitted on {len(records)} train photos: {fitted}")
    print(f"shipped CALIBRATED: {CALIBRATED}")
    for name, t, key in (("today (render-tuned)", RENDER_TUNED, "all"), ("first fit", first_fit(), "all"),
                         ("fitted", fitted, "flat")):
        print(name, {k: round(float(v), 3) for k, v in flag_table(records, t, key).items()})
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


def first_fit() -> Any:
    """The thresholds of the first fit on real photos (all-patch σ̂, no borderline bound), for comparison."""
    from app.vision.restoration.thresholds import ConditionThresholds

    return ConditionThresholds(noise_sigma=5.5, blurry_below=0.0359, cast_limit=23.5, faded_black=58.0,
                               faded_deepest=40.0, faded_white=250.0, faded_range=190.0)


def check(args: argparse.Namespace) -> int:
    import torch

    from app.imaging.metrics import psnr
    from app.vision.restoration.noise import estimate_noise_sigma
    from app.vision.restoration.pipeline import restore
    from app.vision.restoration.report import assess
    from app.vision.restoration.thresholds import CALIBRATED, RENDER_TUNED

    torch.set_num_threads(args.threads)
    rows = choose("eval", args.per_group)
    # (name, thresholds, whether σ̂ comes from every patch — the estimate before the flat-patch one)
    # Until 2026-12-08 only noise below what σ 5 copies read was light (ramp 1.5): full denoise past σ̂ 4.5.
    before = replace(CALIBRATED, noise_ramp=1.5)
    sets = (("today", RENDER_TUNED, True), ("first fit", first_fit(), True),
            ("ours, previous session", before, False), ("ours", CALIBRATED, False))
    if args.ours_only:  # one-click with the app's thresholds only (a quarter of the time)
        sets = sets[-1:]
    elif args.with_previous:  # the app's thresholds beside the previous ones only (half the time)
        sets = sets[-2:]
    clean: dict[str, list[tuple[bool, float, str]]] = {name: [] for name, _, _ in sets}
    aged: dict[str, dict[str, list[tuple[bool, bool, float, float]]]] = {
        name: {"+".join(k): [] for k in AGEINGS} for name, _, _ in sets
    }
    noisy: dict[str, list[tuple[float, bool, bool, float, float]]] = {
        name: [] for name, _, _ in sets if name != "today"
    }
    changed_photos: list[str] = []

    def rethreshold(report: Any, thresholds: Any, all_patches: bool, image: np.ndarray) -> Any:
        # The measurements do not depend on the thresholds: measure once, decide per set.
        sigma = estimate_noise_sigma(image, flat_fraction=1.0) if all_patches else report.noise_sigma
        return replace(report, thresholds=thresholds, noise_sigma=sigma,
                       colour=replace(report.colour, thresholds=thresholds))

    for index, row in enumerate(rows):
        image = load_rgb(row)
        versions = [(kinds, old, assess(old)) for kinds, _severity, old in aged_versions(image, row)]
        measured = assess(image)
        level = NOISE_LEVELS[index % len(NOISE_LEVELS)]
        grainy = noisy_version(image, row, level)
        grainy_report = assess(grainy)
        for name, thresholds, all_patches in sets:
            result = restore(image, report=rethreshold(measured, thresholds, all_patches, image))
            ran = ",".join(step.name for step in result.steps if step.ran)
            score = _ssim(image, result.image) if result.changed else 1.0
            clean[name].append((result.changed, score, ran))
            if name == "ours" and result.changed:
                changed_photos.append(f"{row.path}: {ran} SSIM {score:.3f} σ̂ {measured.noise_sigma:.2f}")
            for kinds, old, old_report in versions:
                fixed = restore(old, report=rethreshold(old_report, thresholds, all_patches, old))
                flagged = any(s.ran and s.name == "colour" for s in fixed.steps)
                aged[name][kinds].append(
                    (
                        flagged,
                        fixed.report.colour.faded or fixed.report.colour.has_cast,
                        _delta_e(old, image),
                        _delta_e(fixed.image, image),
                    )
                )
            if name in noisy:
                report = rethreshold(grainy_report, thresholds, all_patches, grainy)
                fixed = restore(grainy, report=report)
                denoised = any(s.ran and s.name == "denoise" for s in fixed.steps)
                noisy[name].append((level, denoised, report.borderline_noisy,
                                    psnr(image, grainy), psnr(image, fixed.image)))
        if index % 25 == 0:
            print(f"{index}/{len(rows)}", flush=True)
    print("\nClean eval photos that ours changed:")
    for line in changed_photos:
        print("  " + line)
    print(f"\nReal eval photos with added Gaussian noise (σ cycling {NOISE_LEVELS}), one-click restore")
    print("| σ added | thresholds | n | denoised | of them borderline (blended) | PSNR noisy → after |")
    print("|---|---|---|---|---|---|")
    for level in NOISE_LEVELS:
        for name, values in noisy.items():
            chosen = [v for v in values if v[0] == level]
            print(f"| {level:g} | {name} | {len(chosen)} | {100 * np.mean([v[1] for v in chosen]):.1f} % | "
                  f"{sum(v[1] and v[2] for v in chosen)} | "
                  f"{np.mean([v[3] for v in chosen]):.2f} → {np.mean([v[4] for v in chosen]):.2f} dB |")
    print(f"\nClean real photos, eval split (n = {len(rows)}: {', '.join(GROUPS)}), one-click restore, defaults")
    print("| thresholds | changed at all | SSIM < 0.97 | lowest SSIM | steps that ran (count) |")
    print("|---|---|---|---|---|")
    for name, _, _ in sets:
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
        for name, _, _ in sets:
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
    parser.add_argument("--ours-only", action="store_true",
                        help="check: only the app's thresholds (CALIBRATED), not the earlier sets beside them")
    parser.add_argument("--with-previous", action="store_true",
                        help="check: the app's thresholds and the previous session's, not the older sets")
    parser.add_argument("--splits", nargs="+", choices=("train", "eval"), default=["train", "eval"],
                        help="splits that features measures")
    args = parser.parse_args(argv)
    return {"features": features, "fit": fit, "check": check}[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
