"""Learn from corrections: which photos should a curator label next — the least confident, or any?

A simulated curator on real photos (Caltech-101 from the manifest, features cached by
``python -m benchmarks.fewshot_features``). Per seed: 20 classes (``random``, or ``confusable``: a
random class and its 19 nearest, closer to a museum's stone, bronze and roofs); the **pool** is their 15
``train``-split photos each (300 photos, "the collection"), the **held-out** test set their
``eval``-split photos (15–20 each, ~380), never labelled. No default tagger is involved: the curator
starts from ``--start`` approved photos per class chosen at random (2, the fewest teaching
accepts), then labels pool photos in batches of ``--batch`` (each label is the true one: a
correction where the model was wrong, an accept where it was right), chosen

* ``least_confident`` — lowest calibrated top score of the current taught model on the unlabelled
  pool (the catalogue's review queue order: least confident first), the model taught again after
  every batch;
* ``random`` — in a random order;
* ``margin`` — smallest gap between the two best calibrated scores.

Teaching is the app's own: ``teach.train_head`` (k-fold cross-validation, head choice,
temperature) on the training set teaching builds (whole photo + augmented views, cached), the
model ``catalog teach`` saves. ``random_stored`` is ``random`` taught instead from the stored
catalogue embedding (centre view, int8 codes, one row per photo: ``catalog teach --features
stored``). The tables give held-out top-1 accuracy (mean ± std over seeds), the paired
difference active − random, and the cross-validated accuracy the teach summary reports.

    python -m benchmarks.active_learning [--seeds 10] [--draw random|confusable] [--classes 20] [--start 2]
                                         [--batch 10] [--added 0,10,30,100,260] [--arms least_confident,...]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from benchmarks.teach_fewshot import Episode, Features, sqrt_l2, training_set, unit

ARMS = ("least_confident", "margin", "random", "random_stored")
ALL_ARMS = ARMS
TITLES = {
    "least_confident": "least confident first",
    "random": "random",
    "margin": "smallest margin first",
    "random_stored": "random, stored centre embeddings",
}


@dataclass
class Scores:
    """Per arm and number of added labels: held-out accuracy and CV accuracy, one entry per seed."""

    held_out: dict[str, dict[int, list[float]]] = field(default_factory=dict)
    cv: dict[str, dict[int, list[float]]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, arm: str, added: int, held_out: float, cv: float) -> None:
        self.held_out.setdefault(arm, {}).setdefault(added, []).append(held_out)
        self.cv.setdefault(arm, {}).setdefault(added, []).append(cv)


@dataclass(frozen=True)
class Draw:
    """One seed's classes: pool photos (teaching-pool indices) and held-out photos, with labels 0..C-1."""

    pool: np.ndarray
    pool_labels: np.ndarray
    test: np.ndarray
    test_labels: np.ndarray
    n_classes: int


def confusable(features: Features, anchor: str, classes: int) -> np.ndarray:
    """``anchor`` and the classes whose pool centroids lie nearest to it (cosine, raw centre view)."""
    train, _ = features.get("res224:gap")
    labels = np.array([row.label for row in features.train_rows])
    names = np.unique(labels)
    centroids = unit(np.stack([train[labels == name].mean(axis=0) for name in names]))
    return names[np.argsort(-(centroids @ centroids[names == anchor][0]))[:classes]]


def draw(features: Features, seed: int, classes: int, kind: str = "random") -> Draw:
    """``random``: classes at random; ``confusable``: a random class and its nearest neighbours."""
    rng = np.random.default_rng(seed)
    train_labels = np.array([row.label for row in features.train_rows])
    test_labels = np.array([row.label for row in features.test_rows])
    if kind == "random":
        chosen = rng.choice(np.unique(train_labels), classes, replace=False)
    else:
        chosen = confusable(features, str(rng.choice(np.unique(train_labels))), classes)
    pool = [np.flatnonzero(train_labels == c) for c in chosen]
    test = [np.flatnonzero(test_labels == c) for c in chosen]
    return Draw(
        np.concatenate(pool), np.concatenate([np.full(len(p), i) for i, p in enumerate(pool)]),
        np.concatenate(test), np.concatenate([np.full(len(t), i) for i, t in enumerate(test)]), classes,
    )


def int8_roundtrip(vectors: np.ndarray) -> np.ndarray:
    """What the catalogue stores and gives back: int8 codes of the unit vector, normalised again."""
    from app.catalog import vectors as stored

    return np.stack([stored.decode(stored.encode(v)) for v in vectors])


class Teacher:
    """Teaches a model from labelled pool positions and scores pool and held-out photos with it."""

    def __init__(self, features: Features, d: Draw, stored: bool = False) -> None:
        self.features, self.d, self.stored = features, d, stored
        name = "res224:gap" if stored else "whole224:gap"
        train, test = features.get(name)
        prep: Callable[[np.ndarray], np.ndarray] = int8_roundtrip if stored else (lambda x: x)
        self.pool_vectors = prep(sqrt_l2(train[d.pool]))
        self.test_vectors = sqrt_l2(test[d.test])  # new photos are tagged live: float vectors

    def teach(self, labelled: np.ndarray) -> tuple[object, float]:
        """(head, cross-validated accuracy) taught on the labelled pool positions."""
        from app.vision.recognition.teach import train_head

        labelled = np.sort(labelled)  # the same photos give the same folds whatever order they came in
        labels = self.d.pool_labels[labelled]
        if self.stored:
            from app.vision.recognition.trainset import TrainingSet

            rows = self.pool_vectors[labelled]
            data = TrainingSet(rows, labels, np.arange(len(labelled)), rows, rows * rows, labels,
                               np.zeros((len(labelled), 0), np.float32), 1, "centre")
        else:
            episode = Episode(self.d.pool[labelled], labels, self.d.test, self.d.test_labels, self.d.n_classes)
            data = training_set(self.features, episode)  # type: ignore[assignment]
        head, cv = train_head(data, self.d.n_classes)  # type: ignore[arg-type]
        return head, cv.accuracy

    def held_out(self, head: object) -> float:
        predicted = head.logits(self.test_vectors).argmax(axis=1)  # type: ignore[attr-defined]
        return float((predicted == self.d.test_labels).mean())


def _pick(arm: str, head: object, pool_vectors: np.ndarray, unlabelled: np.ndarray, k: int) -> np.ndarray:
    probs = head.probabilities(pool_vectors[unlabelled])  # type: ignore[attr-defined]
    if arm == "least_confident":
        urgency = probs.max(axis=1)
    else:  # margin
        top2 = np.sort(probs, axis=1)[:, -2:]
        urgency = top2[:, 1] - top2[:, 0]
    return unlabelled[np.argsort(urgency, kind="stable")[:k]]


def run_seed(features: Features, seed: int, args: argparse.Namespace, arms: list[str], scores: Scores) -> None:
    d = draw(features, seed, args.classes, args.draw)
    rng = np.random.default_rng(10_000 + seed)
    start = np.concatenate([rng.choice(np.flatnonzero(d.pool_labels == c), args.start, replace=False)
                            for c in range(d.n_classes)])  # fmt: skip
    checkpoints = sorted({min(n, len(d.pool) - len(start)) for n in args.added})
    order = rng.permutation(np.setdiff1d(np.arange(len(d.pool)), start))  # the random curator's order
    teachers = {"whole": Teacher(features, d), "stored": Teacher(features, d, stored=True)}
    for arm in arms:
        began = time.perf_counter()
        teacher = teachers["stored" if arm == "random_stored" else "whole"]
        if arm in ("random", "random_stored"):
            for n in checkpoints:
                head, cv = teacher.teach(np.concatenate([start, order[:n]]))
                scores.add(arm, n, teacher.held_out(head), cv)
        else:
            labelled = start.copy()
            while True:
                head, cv = teacher.teach(labelled)
                added = len(labelled) - len(start)
                if added in checkpoints:
                    scores.add(arm, added, teacher.held_out(head), cv)
                if added >= checkpoints[-1]:
                    break
                unlabelled = np.setdiff1d(np.arange(len(d.pool)), labelled)
                following = min(c for c in checkpoints if c > added)
                # The whole pool is the same set whatever the order: one step, no rounds in between.
                step = len(unlabelled) if following == len(d.pool) - len(start) else min(args.batch, following - added)
                labelled = np.concatenate([labelled, _pick(arm, head, teacher.pool_vectors, unlabelled, step)])
        scores.seconds[arm] = scores.seconds.get(arm, 0.0) + time.perf_counter() - began


def _cell(values: list[float]) -> str:
    return f"{100 * np.mean(values):.1f} ± {100 * np.std(values):.1f}"


def report(scores: Scores, arms: list[str], args: argparse.Namespace, pool: int, test: float) -> None:
    start = args.start * args.classes
    added = sorted(scores.held_out[arms[0]])
    print(f"\nCaltech-101, {args.classes} {args.draw} classes, pool {pool} photos, held-out {test:.0f} photos "
          f"(mean over seeds); start: {args.start} approved photos per class; batches of {args.batch}; "
          f"{args.seeds} seeds. Held-out top-1 accuracy %, mean ± std over seeds:\n")
    print("| labels added (approved in all) | " + " | ".join(TITLES[a] for a in arms) + " |")
    print("|---|" + "---|" * len(arms))
    for n in added:
        print(f"| {n} ({start + n}) | " + " | ".join(_cell(scores.held_out[a][n]) for a in arms) + " |")
    if "random" in arms:
        others = [a for a in arms if a != "random"]
        print("\nPaired difference to random (points, mean ± standard error over seeds):\n")
        print("| labels added | " + " | ".join(f"{TITLES[a]} − random" for a in others) + " |")
        print("|---|" + "---|" * len(others))
        for n in added:
            cells = []
            for a in others:
                diff = 100 * (np.array(scores.held_out[a][n]) - np.array(scores.held_out["random"][n]))
                error = diff.std(ddof=1) / np.sqrt(len(diff)) if len(diff) > 1 else float("nan")
                cells.append(f"{diff.mean():+.1f} ± {error:.1f}")
            print(f"| {n} | " + " | ".join(cells) + " |")
    print("\nWhat the teach summary says: cross-validated accuracy % on the approved photos (mean over seeds):\n")
    print("| labels added | " + " | ".join(TITLES[a] for a in arms) + " |")
    print("|---|" + "---|" * len(arms))
    for n in added:
        print(f"| {n} | " + " | ".join(f"{100 * np.mean(scores.cv[a][n]):.1f}" for a in arms) + " |")
    print("\nseconds per arm (all seeds): " + ", ".join(f"{a} {scores.seconds[a]:.0f}" for a in arms))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--classes", type=int, default=20)
    parser.add_argument("--draw", choices=("random", "confusable"), default="random",
                        help="classes at random, or a class and its nearest neighbours (harder)")
    parser.add_argument("--start", type=int, default=2, help="approved photos per class to begin with (≥ 2)")
    parser.add_argument("--batch", type=int, default=10, help="labels per round of active learning")
    parser.add_argument("--added", default="0,10,30,100,260", help="report after this many added labels")
    parser.add_argument("--arms", default=",".join(ARMS), help=f"any of {', '.join(ALL_ARMS)}")
    args = parser.parse_args()
    args.added = [int(n) for n in args.added.split(",")]
    arms = args.arms.split(",")
    unknown = set(arms) - set(ALL_ARMS)
    if unknown or args.start < 2 or args.batch < 1:
        parser.error(f"unknown arms {sorted(unknown)}" if unknown else "--start must be ≥ 2 and --batch ≥ 1")
    import torch

    torch.set_num_threads(1)
    features = Features()
    scores = Scores()
    pool_sizes, test_sizes = [], []
    for seed in range(args.seeds):
        d = draw(features, seed, args.classes, args.draw)
        pool_sizes.append(len(d.pool))
        test_sizes.append(len(d.test))
        run_seed(features, seed, args, arms, scores)
        print(f"seed {seed}: " + ", ".join(
            f"{a} {100 * scores.held_out[a][max(scores.held_out[a])][-1]:.1f}" for a in arms
        ), flush=True)
    report(scores, arms, args, int(np.mean(pool_sizes)), float(np.mean(test_sizes)))


if __name__ == "__main__":
    main()
