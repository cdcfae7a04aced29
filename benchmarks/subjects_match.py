"""The subject matcher's own test: real multi-view photos of places, renders, and everyday photos.

Two galleries are built in memory (no files written), exactly as ``subjects add`` would fill them
(:func:`app.vision.subjects.embed.reference_features`, four views per reference, 512 px previews):

* **real places** – the manifest's ``multiview`` group (structure-from-motion and matching sample
  photos of buildings, all ``eval``; ``benchmarks/data/README.md``). Each place with three or more
  photos gets its first two photos by path as references; its other photos are queries. Places
  with fewer photos (two) are never referenced: they are buildings the gallery does not know.
* **renders** – every showcase subject rendered at seeds 0 and 1 (views −0.4 and 0.4, day) as
  references; queries at other seeds, views, light and seasons.

Non-matching photos are the cached pooled features of ``benchmarks.real_features`` (Caltech-101,
BSDS500, ImageNet samples): the **train** split chooses, the **eval** split confirms. Queries are
seen through the classifier's own views: ``whole`` (the default tagger) and ``centre`` (taught
models). For every pair (MIN_SCORE, MIN_MARGIN) the tables give

* precision – right names / all names, over queries of referenced places;
* coverage – right names / queries of referenced places;
* other places – how often a photo of a place is named when that place is *not* in the gallery
  (each referenced place left out in turn, plus the never-referenced places);
* non-matching – share of everyday photos given a name (target ≤ 1 %).

    python -m benchmarks.subjects_match [--renders 3]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from benchmarks import real_features, realdata

SCORES = (0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60)
MARGINS = (0.0, 0.02, 0.05, 0.08, 0.10)
REFERENCE_SEEDS = ((0, -0.4), (1, 0.4))
LIGHTS = ("day", "dusk", "night")
SEASONS = ("spring", "summer", "autumn", "winter")


@dataclass
class Scores:
    """Per-query subject scores of one test: (N, S) plus the right subject index (−1: none)."""

    best: np.ndarray
    truth: np.ndarray


def _record(subject_id: str, views: tuple[str, ...], n: int):
    from app.vision.subjects.gallery import Reference, SubjectRecord

    refs = tuple(Reference(f"{subject_id}{i:02d}" * 4, f"{subject_id}/{i}", "", "bench", "", 0, 0) for i in range(n))
    return SubjectRecord(subject_id, subject_id, subject_id, "other", views, {}, refs)


def matcher_for(features: dict[str, np.ndarray], mean: np.ndarray):
    """An in-memory :class:`SubjectMatcher` from {subject: (refs, views, D) pooled features}."""
    from app.vision.subjects.embed import REFERENCE_VIEWS
    from app.vision.subjects.match import SubjectMatcher

    views = tuple(REFERENCE_VIEWS)
    return SubjectMatcher([(_record(s, views, f.shape[0]), f) for s, f in features.items()], mean)


def query_views(backbone, images: list[np.ndarray]) -> dict[str, np.ndarray]:
    """{"centre", "whole"} → (N, D) pooled features, the views ``classify`` computes."""
    from app.vision.recognition.backbone import resize_square, standard_view

    return {
        "centre": backbone.embed_views([standard_view(image) for image in images])[0],
        "whole": backbone.embed_views([resize_square(image) for image in images])[0],
    }


def _load(path) -> np.ndarray:
    from app.imaging.io import load_preview
    from app.vision.recognition.loading import PREVIEW_SIDE

    return np.asarray(load_preview(path, PREVIEW_SIDE).pixels)


def decide(best: np.ndarray, min_score: float, min_margin: float) -> np.ndarray:
    """The matcher's rule on a score table: index of the named subject per row, −1 for none."""
    if best.shape[1] == 0:
        return np.full(best.shape[0], -1)
    order = np.argsort(-best, axis=1)
    top = order[:, 0]
    score = best[np.arange(len(best)), top]
    second = best[np.arange(len(best)), order[:, 1]] if best.shape[1] > 1 else np.zeros(len(best))
    margin = score - np.maximum(second, 0.0)
    return np.where((score >= min_score) & (margin >= min_margin), top, -1)


def left_out(best: np.ndarray, truth: np.ndarray) -> np.ndarray:
    """Scores of referenced-place queries with their own place removed: (N, S-1) each."""
    return np.stack([np.delete(row, t) for row, t in zip(best, truth, strict=True)])


def sweep(name: str, known: Scores, unknown: np.ndarray, negatives: dict[str, np.ndarray]) -> list[dict]:
    """Print the table of one test and return its rows."""
    others = [left_out(known.best, known.truth), unknown]  # different widths: decided one by one
    n_others = sum(len(part) for part in others)
    print(f"\n### {name}: {len(known.truth)} queries of referenced subjects, {n_others} of subjects left out, "
          + ", ".join(f"{len(v)} non-matching ({k})" for k, v in negatives.items()))
    print("| MIN_SCORE | MIN_MARGIN | precision | coverage | other places named | "
          + " | ".join(f"non-matching named ({k})" for k in negatives) + " |")
    print("|---|---|---|---|---|" + "---|" * len(negatives))
    table = []
    for min_score in SCORES:
        for min_margin in MARGINS:
            named = decide(known.best, min_score, min_margin)
            right = int(np.sum(named == known.truth))
            n_named = int(np.sum(named >= 0))
            wrong_others = sum(int(np.sum(decide(part, min_score, min_margin) >= 0)) for part in others if len(part))
            neg = {k: float(np.mean(decide(v, min_score, min_margin) >= 0)) for k, v in negatives.items()}
            row = {"min_score": min_score, "min_margin": min_margin, "right": right, "named": n_named,
                   "queries": len(known.truth), "others_named": wrong_others, "others": n_others, "neg": neg}
            table.append(row)
            precision = f"{right}/{n_named} = {right / n_named:.0%}" if n_named else "–"
            print(f"| {min_score:.2f} | {min_margin:.2f} | {precision} | {right}/{len(known.truth)} = "
                  f"{right / len(known.truth):.0%} | {wrong_others}/{n_others} | "
                  + " | ".join(f"{100 * v:.2f} %" for v in neg.values()) + " |")
    return table


def real_places(backbone) -> tuple[dict[str, np.ndarray], dict[str, dict[str, np.ndarray]], list[str], list[str]]:
    """Reference features per place, and query features (per view) of known and unknown places."""
    from app.vision.subjects.embed import reference_features

    by_place: dict[str, list[realdata.Row]] = defaultdict(list)
    for row in sorted(realdata.rows(group="multiview"), key=lambda row: (row.label, row.path)):
        by_place[row.label].append(row)
    references, known_images, known_truth, unknown_images = {}, [], [], []
    places = sorted(place for place, photos in by_place.items() if len(photos) >= 3)
    for place, photos in sorted(by_place.items()):
        images = [_load(realdata.photo_path(row)) for row in photos]
        if place in places:
            references[place] = reference_features(backbone, images[:2])
            known_images += images[2:]
            known_truth += [place] * (len(images) - 2)
        else:
            unknown_images += images
    counts = {place: len(photos) for place, photos in by_place.items()}
    print("places:", ", ".join(f"{p} {n}" for p, n in counts.items()),
          "(first 2 of each place with ≥ 3 are references)")
    known = query_views(backbone, known_images)
    unknown = query_views(backbone, unknown_images) if unknown_images else {}
    return references, {"known": known, "unknown": unknown}, known_truth, places


def render_set(backbone, per_subject: int) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], list[str]]:
    from app.content.render.catalog import render
    from app.content.render.spec import SUBJECT_IDS, RenderSpec
    from app.vision.subjects.embed import reference_features

    rng = np.random.default_rng(2027)
    references, images, truth = {}, [], []
    for subject in SUBJECT_IDS:
        refs = [render(subject, RenderSpec(width=480, height=360, seed=s, view=v)) for s, v in REFERENCE_SEEDS]
        references[subject] = reference_features(backbone, refs)
        for k in range(per_subject):
            spec = RenderSpec(width=480, height=360, seed=100 + k, view=float(rng.uniform(-1, 1)),
                              light=LIGHTS[k % 3], season=SEASONS[int(rng.integers(4))])
            images.append(render(subject, spec))
            truth.append(subject)
    return references, query_views(backbone, images), truth


def time_per_query(mean: np.ndarray, dim: int, n_refs: int = 50, n_queries: int = 200) -> float:
    """Milliseconds per single-photo ``match`` call at ``n_refs`` references (25 subjects × 2)."""
    rng = np.random.default_rng(0)
    subjects = {f"s{i:02d}": rng.random((2, 4, dim), np.float32) for i in range(n_refs // 2)}
    matcher = matcher_for(subjects, mean)
    queries = rng.random((n_queries, dim), np.float32)
    started = time.perf_counter()
    for query in queries:
        matcher.match(query[None])
    return 1000 * (time.perf_counter() - started) / n_queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renders", type=int, default=3, help="query renders per showcase subject")
    args = parser.parse_args()

    from app.vision.recognition.backbone import shared_backbone
    from app.vision.subjects.generic_mean import load_generic_mean

    backbone = shared_backbone()
    mean = load_generic_mean(backbone.spec.weights.sha256)
    cached = real_features.load()
    splits = np.array([row.split for row in cached.rows])
    print(f"backbone precision {backbone.precision}; non-matching photos: {np.sum(splits == 'train')} train, "
          f"{np.sum(splits == 'eval')} eval (Caltech-101, BSDS500, ImageNet samples)")

    references, queries, truth, places = real_places(backbone)
    matcher = matcher_for(references, mean)
    ids = [record.id for record in matcher.records]
    known_truth = np.array([ids.index(t) for t in truth])
    results = {}
    for view in ("whole", "centre"):
        negatives = {split: matcher.subject_scores(cached.pooled[view][splits == split])[0]
                     for split in ("train", "eval")}
        known = Scores(matcher.subject_scores(queries["known"][view])[0], known_truth)
        unknown = matcher.subject_scores(queries["unknown"][view])[0] if queries["unknown"] else np.zeros((0, len(ids)))
        nearest = np.argmax(known.best, axis=1)
        print(f"\nreal places, query view {view}: nearest place right for {np.sum(nearest == known_truth)}"
              f"/{len(known_truth)}; highest non-matching score {max(v.max() for v in negatives.values()):.3f}")
        results[("real", view)] = sweep(f"Real multi-view places, query view “{view}”", known, unknown, negatives)

    references, render_queries, render_truth = render_set(backbone, args.renders)
    matcher = matcher_for(references, mean)
    ids = [record.id for record in matcher.records]
    truth_index = np.array([ids.index(t) for t in render_truth])
    for view in ("whole", "centre"):
        negatives = {split: matcher.subject_scores(cached.pooled[view][splits == split])[0]
                     for split in ("train", "eval")}
        known = Scores(matcher.subject_scores(render_queries[view])[0], truth_index)
        results[("renders", view)] = sweep(f"Renders of the showcase subjects, query view “{view}”", known,
                                           np.zeros((0, len(ids))), negatives)

    print(f"\nmatch() time per photo at 50 references: {time_per_query(mean, 1280):.2f} ms")
    _summary(results)


def _summary(results: dict) -> None:
    """Best coverage per test under the rule: precision ≥ 85 %, non-matching (train) ≤ 1 %."""
    print("\n### Allowed pairs (precision ≥ 85 %, non-matching train ≤ 1 %), best coverage first")
    for key, table in results.items():
        allowed = [row for row in table if row["named"] and row["right"] / row["named"] >= 0.85
                   and row["neg"]["train"] <= 0.01]
        allowed.sort(key=lambda row: (-row["right"], row["others_named"], -row["min_score"], -row["min_margin"]))
        best = ", ".join(f"({row['min_score']:.2f}, {row['min_margin']:.2f}): {row['right']}/{row['queries']} "
                         f"others {row['others_named']}" for row in allowed[:4])
        print(f"{key}: {best or 'none'}")


if __name__ == "__main__":
    main()
