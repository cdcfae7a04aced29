"""Teach-by-example on real photos: few-shot accuracy of teaching recipes, side by side.

**Caltech-101.** Each seed draws 20 classes (``Faces_easy`` left out: it holds crops of ``Faces``),
teaches every method with 1, 3, 5 and 10 photos per class from the manifest's ``train`` split
(nested: the 3 photos include the 1) and tests on up to 20 ``eval`` photos per class. Two draws:
``random`` (20 classes at random) and ``confusable`` (a random class and its 19 nearest classes by
teaching-pool centroid, closer to a museum's subjects, which are mostly stone, bronze and roofs).
**Multi-view places** (``multiview``): the manifest's real photos of 8 buildings from several
sides; the 6 places with ≥ 3 photos, 1 or 2 teaching photos each, the others tested (≤ 8 per place).
The baseline, nearest centroid on the raw pooled 224 px centre-crop embedding (the same numbers as
``benchmarks.real_features``' ``centre`` view), runs on the same draws in the same run. The table
gives top-1 accuracy, mean ± standard deviation over seeds, then each method's paired difference
to the baseline (mean ± standard error).

``teach_new`` is the app's own teach pipeline (``trainset.TrainingSet`` → ``teach.train_head``),
fed with cached backbone outputs of exactly the views teaching computes; ``lr_teach`` replays the
previous pipeline (logistic head on augmented centre-crop views, no centring). ``--curve`` checks
the learning-curve estimate: taught on 3 (or 5) photos per class, how well does it predict the
accuracy measured with 10?

Backbone outputs come from caches that ``python -m benchmarks.fewshot_features`` fills (about
25 min on 2 busy cores for every variant; ``--set multiview`` for the places).

    python -m benchmarks.teach_fewshot [--seeds 10] [--draws random,confusable,multiview]
                                       [--methods nc_raw,teach_new,...] [--curve]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from benchmarks import fewshot_features as ff

SHOTS = (1, 3, 5, 10)
CLASSES_PER_SEED = 20
#: Multi-view places: teaching photos per place, and at most this many test photos per place.
MULTIVIEW_SHOTS = (1, 2)
MULTIVIEW_TEST_CAP = 8


@dataclass(frozen=True)
class Episode:
    """One draw: teaching photos (indices into the teaching pool) and test photos (test pool)."""

    support: np.ndarray
    support_labels: np.ndarray
    query: np.ndarray
    query_labels: np.ndarray
    n_classes: int


class Features:
    """Per-photo arrays of the teaching pool and the test pool, loaded lazily by ``variant:array``."""

    def __init__(self, photo_set: str = "caltech") -> None:
        self.photo_set = photo_set
        if photo_set == "multiview":  # one pool: a photo is either taught or tested, never both
            self.train_rows = self.test_rows = ff.multiview_pool()
        else:
            self.train_rows, self.test_rows = ff.photo_pool()
        self._cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def get(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(teaching pool array, test pool array); the augmented views exist for the teaching pool only."""
        if name not in self._cache:
            variant, array = name.split(":")
            if variant == "aug":  # (P, 8, 6, 1280): centre crop, its mirror, 6 random views × (map + 5 windows)
                self._cache[name] = (ff.compute(self.train_rows, "aug")[array], np.zeros(0))
            elif variant == "augw":  # the same with the whole photo and its mirror as the first two views
                whole = ff.compute(self.train_rows, "augwhole")[array]
                views = np.concatenate([whole, self.get("aug:views")[0][:, 2:]], axis=1)
                self._cache[name] = (views, np.zeros(0))
            elif self.photo_set == "multiview":
                data = ff.compute(self.train_rows, variant)[array].astype(np.float32)
                self._cache[name] = (data, data)
            else:
                data = ff.compute(self.train_rows + self.test_rows, variant)[array].astype(np.float32)
                n = len(self.train_rows)
                self._cache[name] = (data[:n], data[n:])
        return self._cache[name]


# --- draws ------------------------------------------------------------------------------------------


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-8)


def confusable_classes(features: Features, anchor: str) -> np.ndarray:
    """``anchor`` and the classes whose teaching-pool centroids lie nearest to it (cosine, raw)."""
    train, _ = features.get("res224:gap")
    labels = np.array([row.label for row in features.train_rows])
    names = np.unique(labels)
    centroids = unit(np.stack([train[labels == name].mean(axis=0) for name in names]))
    nearest = np.argsort(-(centroids @ centroids[names == anchor][0]))
    return names[nearest[:CLASSES_PER_SEED]]


def caltech_episodes(features: Features, seed: int, draw: str, shots_list: tuple[int, ...]) -> dict[int, Episode]:
    """One seed's class draw with nested teaching sets for every shot count."""
    rng = np.random.default_rng(seed)
    train_labels = np.array([row.label for row in features.train_rows])
    test_labels = np.array([row.label for row in features.test_rows])
    if draw == "random":
        classes = rng.choice(np.unique(train_labels), CLASSES_PER_SEED, replace=False)
    else:
        classes = confusable_classes(features, str(rng.choice(np.unique(train_labels))))
    orders = {c: rng.permutation(np.flatnonzero(train_labels == c)) for c in classes}
    query = np.concatenate([np.flatnonzero(test_labels == c) for c in classes])
    query_labels = np.concatenate([np.full((test_labels == c).sum(), i) for i, c in enumerate(classes)])
    return {
        shots: Episode(np.concatenate([orders[c][:shots] for c in classes]),
                       np.repeat(np.arange(len(classes)), shots), query, query_labels, len(classes))
        for shots in shots_list
    }  # fmt: skip


def multiview_episodes(features: Features, seed: int) -> dict[int, Episode]:
    """Places with at least 3 photos; ``shots`` random teaching photos each, others tested."""
    rng = np.random.default_rng(seed)
    labels = np.array([row.label for row in features.train_rows])
    places = [p for p in np.unique(labels) if (labels == p).sum() >= 3]
    orders = {p: rng.permutation(np.flatnonzero(labels == p)) for p in places}
    query = [orders[p][MULTIVIEW_SHOTS[-1] :][:MULTIVIEW_TEST_CAP] for p in places]
    query_labels = np.concatenate([np.full(len(q), i) for i, q in enumerate(query)])
    return {
        shots: Episode(np.concatenate([orders[p][:shots] for p in places]), np.repeat(np.arange(len(places)), shots),
                       np.concatenate(query), query_labels, len(places))
        for shots in MULTIVIEW_SHOTS
    }  # fmt: skip


# --- vectors and classifiers -----------------------------------------------------------------------


def sqrt_l2(x: np.ndarray) -> np.ndarray:
    return unit(np.sqrt(np.maximum(x, 0.0)))


def signed_sqrt_l2(x: np.ndarray) -> np.ndarray:
    return unit(np.sign(x) * np.sqrt(np.abs(x)))


def nearest_centroid(support: np.ndarray, labels: np.ndarray, query: np.ndarray, n_classes: int) -> np.ndarray:
    protos = np.stack([unit(support[labels == c].mean(axis=0)) for c in range(n_classes)])
    return unit(query) @ protos.T


def logistic(rows: np.ndarray, labels: np.ndarray, query: np.ndarray, n_classes: int, l2: float = 1e-3) -> np.ndarray:
    from app.vision.recognition.head import fit_head

    return fit_head(rows.astype(np.float32), labels, n_classes, l2).logits(query.astype(np.float32))


# --- methods: (features, episode) → (n_query, n_classes) scores ------------------------------------

Method = Callable[[Features, Episode], np.ndarray]
Prep = Callable[[np.ndarray], np.ndarray]
#: Standard view of teaching and test photos: the 87.5 % centre crop, or the whole photo squeezed.
BASE = {"centre": "res224:gap", "whole": "whole224:gap"}


def _pair(features: Features, name: str, ep: Episode, prep: Prep) -> tuple[np.ndarray, np.ndarray]:
    train, test = features.get(name)
    return prep(train[ep.support]), prep(test[ep.query])


def _centred(s: np.ndarray, q: np.ndarray, mean: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Subtract the teaching photos' mean (or ``mean``) and normalise again."""
    mean = s.mean(axis=0) if mean is None else mean
    return unit(s - mean), unit(q - mean)


def nc(name: str, prep: Prep = sqrt_l2, centre: bool = True) -> Method:
    """Nearest centroid on one embedding of each photo."""
    def run(features: Features, ep: Episode) -> np.ndarray:
        s, q = _pair(features, name, ep, prep)
        if centre:
            s, q = _centred(s, q)
        return nearest_centroid(s, ep.support_labels, q, ep.n_classes)

    return run


def nc_concat(names: tuple[str, ...]) -> Method:
    """Several embeddings, each sqrt+L2 and centred on its own, concatenated."""
    def run(features: Features, ep: Episode) -> np.ndarray:
        pairs = [_centred(*_pair(features, name, ep, sqrt_l2)) for name in names]
        s = unit(np.concatenate([p[0] for p in pairs], axis=1))
        q = unit(np.concatenate([p[1] for p in pairs], axis=1))
        return nearest_centroid(s, ep.support_labels, q, ep.n_classes)

    return run


def nc_multiscale(names: tuple[str, ...]) -> Method:
    """Multi-scale: the sqrt+L2 vectors of several resolutions averaged, then centred."""
    def run(features: Features, ep: Episode) -> np.ndarray:
        pairs = [_pair(features, name, ep, sqrt_l2) for name in names]
        s, q = _centred(unit(sum(p[0] for p in pairs)), unit(sum(p[1] for p in pairs)))
        return nearest_centroid(s, ep.support_labels, q, ep.n_classes)

    return run


def lr(name: str, centre: bool) -> Method:
    """Logistic head on one embedding of each teaching photo."""
    def run(features: Features, ep: Episode) -> np.ndarray:
        s, q = _pair(features, name, ep, sqrt_l2)
        if centre:
            s, q = _centred(s, q)
        return logistic(s, ep.support_labels, q, ep.n_classes)

    return run


def views_per_image(n_images: int) -> int:
    from app.vision.recognition.features import views_per_image as app_rule

    return app_rule(n_images)


def aug_rows(features: Features, ep: Episode, base: str) -> tuple[np.ndarray, np.ndarray]:
    """sqrt+L2 rows of the augmented views teaching embeds (as many views as it would take)."""
    views, _ = features.get("augw:views" if base == "whole" else "aug:views")
    picked = views[ep.support, : views_per_image(len(ep.support))]
    rows = sqrt_l2(picked.astype(np.float32)).reshape(-1, picked.shape[-1])
    return rows, np.repeat(ep.support_labels, picked.shape[1] * picked.shape[2])


def _generic_mean() -> np.ndarray:
    """The shipped mean of everyday photos (Kodak24) that the reference gallery centres on."""
    from app.vision.subjects.generic_mean import load_generic_mean

    return load_generic_mean()


def aug(head: str, base: str = "centre", centre: str | None = "teaching") -> Method:
    """``head`` (nc or lr) on every augmented view and window of the teaching photos.

    ``lr`` on the centre crop without centring is the previous teach pipeline.
    """
    def run(features: Features, ep: Episode) -> np.ndarray:
        rows, labels = aug_rows(features, ep, base)
        s, q = _pair(features, BASE[base], ep, sqrt_l2)
        if centre is not None:
            mean = s.mean(axis=0) if centre == "teaching" else _generic_mean()
            rows, q = unit(rows - mean), unit(q - mean)
        if head == "nc":
            return nearest_centroid(rows, labels, q, ep.n_classes)
        return logistic(rows, labels, q, ep.n_classes)

    return run


def training_set(features: Features, ep: Episode) -> object:
    """The ``TrainingSet`` teaching would build for the episode's photos (whole-photo views)."""
    from app.vision.recognition.trainset import TrainingSet

    views, _ = features.get("augw:views")
    n_views = views_per_image(len(ep.support))
    picked = views[ep.support, :n_views]  # (N, V, 6, D)
    rows = sqrt_l2(picked.astype(np.float32)).reshape(-1, picked.shape[-1])
    per_photo = picked.shape[1] * picked.shape[2]
    pooled = features.get("whole224:gap")[0][ep.support]
    return TrainingSet(
        rows=rows,
        row_labels=np.repeat(ep.support_labels, per_photo),
        groups=np.repeat(np.arange(len(ep.support)), per_photo),
        eval_vectors=sqrt_l2(pooled),
        eval_pooled=pooled,
        labels=ep.support_labels,
        imagenet_logits=np.zeros((len(ep.support), 1000), np.float32),
        views_per_image=n_views,
        view="whole",
    )


#: Cross-validation figures of ``teach_new`` per (draw, shots): (CV accuracy, CV ECE, held-out accuracy).
CV_REPORT: dict[tuple[str, int], list[tuple[float, float, float]]] = {}


def teach_new(features: Features, ep: Episode) -> np.ndarray:
    """The app's teach pipeline itself: cross-validation, head choice, calibration, final head."""
    from app.vision.recognition.teach import train_head

    if ep.support_labels.size < 2 * ep.n_classes:  # teach needs 2 photos per label: no CV, no calibration
        return aug("nc", "whole")(features, ep)
    data = training_set(features, ep)
    head, cv = train_head(data, ep.n_classes)  # type: ignore[arg-type]
    scores = head.logits(sqrt_l2(features.get("whole224:gap")[1][ep.query]))
    held_out = float((scores.argmax(1) == ep.query_labels).mean())
    key = (features.photo_set, int(ep.support_labels.size // ep.n_classes))
    CV_REPORT.setdefault(key, []).append((cv.accuracy, cv.ece_calibrated, held_out))
    return scores


METHODS: dict[str, Method] = {
    "nc_raw": nc("res224:gap", prep=lambda x: x, centre=False),
    "nc_sqrt": nc("res224:gap", centre=False),
    "nc_centred": nc("res224:gap"),
    "lr_sqrt": lr("res224:gap", centre=False),
    "lr_centred": lr("res224:gap", centre=True),
    "nc_256": nc("res256:gap"),
    "nc_288": nc("res288:gap"),
    "nc_320": nc("res320:gap"),
    "nc_gem224": nc("res224:gem"),
    "nc_gem288": nc("res288:gem"),
    "nc_ms224+288": nc_multiscale(("res224:gap", "res288:gap")),
    "nc_float224": nc("inter:gap"),
    "nc_block15": nc("inter:block15", prep=signed_sqrt_l2),
    "nc_gap+block15": nc_concat(("inter:gap", "inter:block15")),
    "nc_gap+block14": nc_concat(("inter:gap", "inter:block14")),
    "lr_teach": aug("lr", "centre", centre=None),
    "lr_aug_centred": aug("lr", "centre"),
    "nc_aug_centred": aug("nc", "centre"),
    "nc_whole": nc("whole224:gap", prep=lambda x: x, centre=False),
    "nc_whole_centred": nc("whole224:gap"),
    "nc_whole288_centred": nc("whole288:gap"),
    "nc_aug_whole_generic": aug("nc", "whole", centre="generic"),
    "nc_aug_whole_centred": aug("nc", "whole"),
    "lr_aug_whole_centred": aug("lr", "whole"),
    "teach_new": teach_new,
}
#: What the multi-view places have features for (``fewshot_features --set multiview``).
MULTIVIEW_METHODS = ("nc_raw", "nc_centred", "nc_288", "nc_320", "lr_teach", "nc_aug_centred", "nc_whole",
                     "nc_whole_centred", "nc_whole288_centred", "nc_aug_whole_centred", "lr_aug_whole_centred",
                     "teach_new")  # fmt: skip


def run(method_names: list[str], seeds: int, draw: str, shots: tuple[int, ...] = SHOTS) -> None:
    features = Features("multiview" if draw == "multiview" else "caltech")
    shots_list = MULTIVIEW_SHOTS if draw == "multiview" else shots
    if draw == "multiview":
        method_names = [m for m in method_names if m in MULTIVIEW_METHODS]
    scores = {m: {s: [] for s in shots_list} for m in method_names}
    seconds = dict.fromkeys(method_names, 0.0)
    CV_REPORT.clear()
    for seed in range(seeds):
        if draw == "multiview":
            draws = multiview_episodes(features, seed)
        else:
            draws = caltech_episodes(features, seed, draw, shots_list)
        for n, ep in draws.items():
            for name in method_names:
                started = time.perf_counter()
                predicted = METHODS[name](features, ep).argmax(axis=1)
                seconds[name] += time.perf_counter() - started
                scores[name][n].append(float((predicted == ep.query_labels).mean()))
    title = "multi-view places (6)" if draw == "multiview" else f"Caltech-101, {CLASSES_PER_SEED} {draw} classes"
    print(f"\n{title}, {seeds} seeds; top-1 accuracy %, mean ± std over seeds\n")
    header = f"{'method':<22}" + "".join(f"{f'{s} photo' + ('s' if s > 1 else ''):>16}" for s in shots_list)
    print(header + f"{'time':>8}\n" + "-" * (len(header) + 8))
    for name in method_names:
        cells = "".join(f"{100 * np.mean(scores[name][s]):>9.1f} ± {100 * np.std(scores[name][s]):4.1f}"
                        for s in shots_list)  # fmt: skip
        print(f"{name:<22}{cells}{seconds[name]:>7.0f}s")
    base = method_names[0]
    print(f"\npaired difference to {base} (points, mean ± standard error over seeds)")
    for name in method_names[1:]:
        diffs = [100 * (np.array(scores[name][s]) - np.array(scores[base][s])) for s in shots_list]
        print(f"{name:<22}" + "".join(f"{d.mean():>+9.1f} ± {d.std(ddof=1) / np.sqrt(len(d)):4.1f}" for d in diffs))
    if CV_REPORT:
        print("\nteach_new: its cross-validation report against the held-out test photos (mean over seeds)")
        for (_, n), rows in sorted(CV_REPORT.items()):
            cv_acc, ece, held = (100 * np.mean(column) for column in zip(*rows, strict=True))
            print(f"  {n:>2} photos/label: CV accuracy {cv_acc:5.1f} %, CV ECE {ece:4.1f} %, "
                  f"held-out accuracy {held:5.1f} %")


def curve_check(seeds: int, draw: str, taught: tuple[int, ...] = (3, 5), target: int = 10) -> None:
    """How well does the learning curve of a teach run on few photos predict accuracy at ``target``?"""
    from app.vision.recognition.crossval import learning_curve_of
    from app.vision.recognition.teach import train_head

    features = Features()
    print(f"\nlearning-curve check, Caltech-101 {draw}, {seeds} seeds: curve fitted on a teach run of n "
          f"photos per class, its estimate for {target} photos against the accuracy measured with {target}")
    for n in taught:
        predicted_now, measured_now, predicted, measured = [], [], [], []
        for seed in range(seeds):
            draws = caltech_episodes(features, seed, draw, (n, target))
            small, large = draws[n], draws[target]
            data = training_set(features, small)
            head, cv = train_head(data, small.n_classes)  # type: ignore[arg-type]
            curve = learning_curve_of(data, small.n_classes, cv.method)  # type: ignore[arg-type]
            if curve is None:
                continue
            query = sqrt_l2(features.get("whole224:gap")[1][small.query])
            measured_now.append(float((head.logits(query).argmax(1) == small.query_labels).mean()))
            predicted_now.append(curve.expected(n))
            big_head, _ = train_head(training_set(features, large), large.n_classes)  # type: ignore[arg-type]
            measured.append(float((big_head.logits(query).argmax(1) == large.query_labels).mean()))
            predicted.append(curve.expected(target))
        err = np.array(predicted) - np.array(measured)
        print(f"  taught {n}: estimate for {n} {100 * np.mean(predicted_now):5.1f} % "
              f"(measured {100 * np.mean(measured_now):5.1f} %); for {target} {100 * np.mean(predicted):5.1f} % "
              f"(measured {100 * np.mean(measured):5.1f} %), error {np.mean(err) * 100:+.1f} ± {np.std(err) * 100:.1f} "
              f"points, |error| {np.abs(err).mean() * 100:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--draws", default="random,confusable,multiview")
    parser.add_argument("--shots", default=",".join(map(str, SHOTS)))
    parser.add_argument("--curve", action="store_true", help="check the learning-curve estimate instead")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(1)
    for draw in args.draws.split(","):
        if args.curve:
            if draw != "multiview":
                curve_check(args.seeds, draw)
        else:
            run(args.methods.split(","), args.seeds, draw, tuple(int(n) for n in args.shots.split(",")))


if __name__ == "__main__":
    main()
