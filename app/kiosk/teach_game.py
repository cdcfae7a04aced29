""" "Teach the AI": the visitor sorts photos into two groups and a tiny model learns on the spot.

Qt-free. A :class:`TeachPair` names two groups and the photos of each (renders the app can make
offline). :func:`prepare_game` renders and embeds them once (worker thread); every sort then fits the
same nearest-centroid head that teach-by-example uses (``recognition.head``: centred prototypes on
the power-transformed backbone embeddings) and lets it guess photos it has never seen, so the visitor
watches the accuracy change as examples are added. Photos the visitor sorts "wrong" are taught as
sorted: that is the lesson too.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.vision.recognition.head import balanced_mean, centre_vectors, fit_prototype_head

#: Photos to sort and photos kept back for the AI to guess, per group.
DECK_PER_GROUP = 6
TEST_PER_GROUP = 4
PHOTO_SIZE = (224, 168)


@dataclass(frozen=True)
class PhotoSpec:
    """One render: which subject, in which light and season, from which side."""

    subject_id: str
    light: str = "day"
    season: str = "summer"
    view: float = 0.0
    seed: int = 0


@dataclass(frozen=True)
class TeachPair:
    """Two groups a visitor can teach (English names; the UI translates them) and their photos."""

    id: str
    names: tuple[str, str]
    photos: tuple[tuple[PhotoSpec, ...], tuple[PhotoSpec, ...]]


def _variants(
    subjects: Sequence[str],
    count: int,
    *,
    lights: Sequence[str] = ("day", "dusk"),
    seasons: Sequence[str] = ("summer", "autumn"),
    seed: int = 0,
) -> tuple[PhotoSpec, ...]:
    """``count`` different renders cycling through ``subjects``, lights, seasons and viewpoints."""
    views = (0.0, -0.45, 0.45, -0.2, 0.2, 0.6)
    out = []
    for i in range(count):
        out.append(
            PhotoSpec(
                subjects[i % len(subjects)],
                lights[i % len(lights)],
                seasons[(i // 2) % len(seasons)],
                views[i % len(views)],
                seed + i,
            )
        )
    return tuple(out)


_N = DECK_PER_GROUP + TEST_PER_GROUP
_STONE = ("dabotap", "cheomseongdae", "seokgatap", "bunhwangsa", "gameunsa")
_WOOD = ("yangdong", "bulguksa", "donggung_wolji", "woljeonggyo")
_PLACES = ("bulguksa", "dabotap", "yangdong", "cheomseongdae", "woljeonggyo", "daereungwon", "donggung_wolji")
_OBJECTS = ("gold_crown", "seongdeok_bell", "face_tile", "seokguram")

PAIRS: tuple[TeachPair, ...] = (
    TeachPair("stone_wood", ("Stone", "Wood"), (_variants(_STONE, _N, seed=10), _variants(_WOOD, _N, seed=20))),
    TeachPair(
        "day_night",
        ("Day", "Night"),
        (_variants(_PLACES, _N, lights=("day",), seed=30), _variants(_PLACES[::-1], _N, lights=("night",), seed=40)),
    ),
    TeachPair(
        "treasure_place", ("Treasure", "Place"), (_variants(_OBJECTS, _N, seed=50), _variants(_PLACES, _N, seed=60))
    ),
    TeachPair(
        "summer_winter",
        ("Summer", "Winter"),
        (
            _variants(_PLACES, _N, lights=("day",), seasons=("summer",), seed=70),
            _variants(_PLACES[::-1], _N, lights=("day",), seasons=("winter",), seed=80),
        ),
    ),
)

PhotoMaker = Callable[[PhotoSpec], np.ndarray]
Embedder = Callable[[Sequence[np.ndarray]], np.ndarray]
"""RGB photos → (N, D) unit-length feature vectors."""


def render_photo(spec: PhotoSpec) -> np.ndarray:
    """The render of ``spec`` at the kiosk's card size (cached across visitors)."""
    from app.kiosk.experience_photos import rendered

    return rendered(spec.subject_id, *PHOTO_SIZE, seed=spec.seed, view=spec.view, light=spec.light, season=spec.season)


def backbone_embedder() -> Embedder:
    """The app's frozen backbone, looking at the whole photo as teach-by-example does; raises if it cannot load."""
    from app.vision.recognition.backbone import shared_backbone
    from app.vision.recognition.features import transform, whole_view

    backbone = shared_backbone()

    def embed(images: Sequence[np.ndarray]) -> np.ndarray:
        pooled, _ = backbone.embed_views([whole_view(image) for image in images])
        return transform(pooled)

    return embed


@dataclass(frozen=True)
class Guess:
    group: int
    confidence: float  # the head's probability for ``group``
    right: bool


@dataclass(frozen=True)
class TeachRound:
    """The model after one more example: its guesses on the held-back photos and their accuracy."""

    examples: int
    guesses: tuple[Guess, ...]

    @property
    def correct(self) -> int:
        return sum(g.right for g in self.guesses)

    @property
    def accuracy(self) -> float:
        return self.correct / len(self.guesses) if self.guesses else 0.0


@dataclass(eq=False)
class TeachGame:
    """One visitor's teaching: the deck to sort, the held-back photos and what was taught so far."""

    pair: TeachPair
    deck: list[np.ndarray]
    deck_vectors: np.ndarray
    deck_truth: np.ndarray  # the group each deck photo really belongs to
    tests: list[np.ndarray]
    test_vectors: np.ndarray
    test_truth: np.ndarray
    taught: list[tuple[int, int]] = field(default_factory=list)  # (deck index, group the visitor chose)
    history: list[TeachRound] = field(default_factory=list)

    @property
    def next_card(self) -> int | None:
        """Index of the next deck photo to sort, or None when all are sorted."""
        return len(self.taught) if len(self.taught) < len(self.deck) else None

    def counts(self) -> tuple[int, int]:
        groups = [g for _, g in self.taught]
        return groups.count(0), groups.count(1)

    def sort(self, card: int, group: int) -> None:
        """Record that the visitor put deck photo ``card`` into ``group`` (0 or 1)."""
        if group not in (0, 1) or not 0 <= card < len(self.deck) or card in {c for c, _ in self.taught}:
            raise ValueError("that photo cannot be sorted there")
        self.taught.append((card, group))

    def learn(self, taught: Sequence[tuple[int, int]] | None = None) -> TeachRound | None:
        """Fit the head on ``taught`` (default: everything sorted so far) and guess the held-back photos.

        None until both groups have an example. Pure: safe on a worker thread while the visitor sorts on.
        """
        taught = list(self.taught if taught is None else taught)
        labels = np.array([g for _, g in taught], dtype=np.int64)
        if len(labels) == 0 or np.bincount(labels, minlength=2).min() == 0:
            return None
        vectors = self.deck_vectors[np.array([c for c, _ in taught])]
        centre = balanced_mean(vectors, labels)
        head = fit_prototype_head(centre_vectors(vectors, centre), labels, 2)
        head.centre = centre
        probs = head.probabilities(self.test_vectors)
        picks = probs.argmax(axis=1)
        guesses = tuple(Guess(int(p), float(probs[i, p]), bool(p == self.test_truth[i])) for i, p in enumerate(picks))
        return TeachRound(len(taught), guesses)

    def fresh(self) -> TeachGame:
        """The same photos with nothing taught (a new visitor)."""
        return replace(self, taught=[], history=[])


def prepare_game(
    pair: TeachPair,
    make_photo: PhotoMaker = render_photo,
    embed: Embedder | None = None,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> TeachGame:
    """Make and embed the pair's photos (worker thread). The deck alternates groups in a shuffled order."""
    cancel = cancel or CancelToken()
    embed = embed or backbone_embedder()
    rng = random.Random(pair.id)
    deck_specs: list[tuple[PhotoSpec, int]] = []
    test_specs: list[tuple[PhotoSpec, int]] = []
    for group, specs in enumerate(pair.photos):
        deck_specs += [(s, group) for s in specs[:DECK_PER_GROUP]]
        test_specs += [(s, group) for s in specs[DECK_PER_GROUP : DECK_PER_GROUP + TEST_PER_GROUP]]
    rng.shuffle(deck_specs)
    rng.shuffle(test_specs)
    everything = deck_specs + test_specs
    images = []
    for done, (spec, _) in enumerate(everything, start=1):
        cancel.raise_if_cancelled()
        images.append(make_photo(spec))
        progress(Progress(0.9 * done / len(everything), "photos"))
    vectors = np.asarray(embed(images), np.float32)
    progress(Progress(1.0, "ready"))
    n = len(deck_specs)
    return TeachGame(
        pair=pair,
        deck=images[:n],
        deck_vectors=vectors[:n],
        deck_truth=np.array([g for _, g in deck_specs]),
        tests=images[n:],
        test_vectors=vectors[n:],
        test_truth=np.array([g for _, g in test_specs]),
    )


_prepared: dict[tuple[str, object, object], TeachGame] = {}
_prepared_locks: dict[tuple[str, object, object], threading.Lock] = {}
_prepared_guard = threading.Lock()


def prepared_game(
    pair: TeachPair,
    make_photo: PhotoMaker,
    embed: Embedder,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> TeachGame:
    """A fresh game of ``pair``; its photos are made and embedded once per process (they are content,
    the same for every visitor). Two threads asking for the same pair share one preparation."""
    key = (pair.id, make_photo, embed)
    with _prepared_guard:
        lock = _prepared_locks.setdefault(key, threading.Lock())
    with lock:
        game = _prepared.get(key)
        if game is None:
            game = _prepared[key] = prepare_game(pair, make_photo, embed, progress=progress, cancel=cancel)
    return game.fresh()
