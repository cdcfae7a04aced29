"""The material the default type tagger learns from and is judged on, gathered in one place.

* **Renders** of every type: the showcase subjects (labelled with their taxonomy type) and the
  render-only type subjects (fortress gate, ceramics, paintings and documents). Each render
  gives its standard view and random "new photo" views.
* **Real photographs** from the manifest (``benchmarks/data/real_photos.csv``; photos in the
  git-ignored ``.devdata/real``): Caltech-101 ``pagoda``, ``buddha`` and ``ewer`` as the only
  licence-clean real proxies of heritage types; every other Caltech class, BSDS500 train/test and
  the ImageNet samples as *not heritage*, except classes that are heritage-like themselves
  (pyramids, minarets, ImageNet classes the reviewed mapping counts as heritage evidence), which
  are kept apart to measure how often heritage-like photos are wrongly called "not heritage".

Every photo keeps the manifest's fixed split: ``train`` rows teach and calibrate, ``eval`` rows
only judge. The real-photo part needs the repository checkout (``benchmarks`` package) and the
materialised photos; it is a recipe-time dependency, never a run-time one.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.content.render.spec import SUBJECT_IDS, TYPE_RENDER_IDS
from app.content.taxonomy import load_taxonomy
from app.vision.recognition.backbone import Backbone, standard_view
from app.vision.recognition.features import random_view
from app.vision.recognition.imagenet_map import evidence_matrix
from app.vision.recognition.views import embed_with_window_probs

if TYPE_CHECKING:
    from app.content.training_data import LabelledRender

log = logging.getLogger(__name__)

NOT_HERITAGE = "not_heritage"
#: Caltech-101 classes that are real photos of a heritage type (their only licence-clean proxies).
PROXY_CLASSES = {"pagoda": "pagoda", "buddha": "buddhist_sculpture", "ewer": "ceramics"}
#: Caltech-101 classes of heritage-like subjects of no type of ours: never "not heritage" examples.
HERITAGE_LIKE_CLASSES = ("pyramid", "minaret")
#: Caltech-101 classes left out entirely: crops of the ``Faces`` photos (duplicates).
SKIPPED_CLASSES = ("Faces_easy",)
#: An ImageNet sample whose class gives at least this much weight to heritage types is heritage-like.
HERITAGE_LIKE_EVIDENCE = 0.3
#: Random views embedded per render besides its standard view.
RANDOM_VIEWS = 2
#: A render is composited onto a real photo only when at least this share of it is backdrop.
MIN_BACKDROP = 0.05

PROXY, EVERYDAY, HERITAGE_LIKE = "proxy", "everyday", "heritage_like"


@dataclass(frozen=True)
class Part:
    """Backbone outputs of a set of photos: pooled embeddings, window-averaged ImageNet probabilities, labels."""

    pooled: np.ndarray  # (N, 1280)
    probs: np.ndarray  # (N, 1000)
    labels: np.ndarray  # (N,) index into the tagger's outputs, -1 for heritage-like photos (no type)
    kind: np.ndarray  # (N,) PROXY, EVERYDAY, HERITAGE_LIKE or "render"
    groups: np.ndarray  # (N,) source photo or render of each row

    def select(self, mask: np.ndarray) -> Part:
        return Part(self.pooled[mask], self.probs[mask], self.labels[mask], self.kind[mask], self.groups[mask])


def tagger_types() -> list[str]:
    """The heritage types the tagger can name: every taxonomy type that has renders (``other`` has none)."""
    rendered = {load_taxonomy().subject_by_id(s).type_id for s in SUBJECT_IDS} | set(TYPE_RENDER_IDS)
    return [entry.id for entry in load_taxonomy().types if entry.id in rendered]


def output_ids() -> list[str]:
    return [*tagger_types(), NOT_HERITAGE]


def _type_of(subject: str) -> str:
    return subject if subject in TYPE_RENDER_IDS else load_taxonomy().subject_by_id(subject).type_id


def render_part(backbone: Backbone, per_subject: int, seed: int, cache_dir: Path | None = None,
                backgrounds: Sequence[Path] = ()) -> Part:
    """Renders of every subject with their standard and random views (cached by parameters when asked).

    With ``backgrounds`` (real photos), each render whose backdrop shows is also set in front of
    one of them (:mod:`app.content.render.keyed`) and that composite gives two more views: the head
    then sees the forms against photographic skies and rooms, not only against painted ones.
    """
    from app.content.training_data import iter_renders

    subjects = [*SUBJECT_IDS, *TYPE_RENDER_IDS]
    composite_key = f"|composite-v1|{[p.name for p in backgrounds]}" if backgrounds else ""
    key = hashlib.sha256(
        f"{subjects}|{per_subject}|{seed}|{RANDOM_VIEWS}|{backbone.precision}{composite_key}".encode()
    ).hexdigest()
    cache = cache_dir / f"tagger-renders-{key[:16]}.npz" if cache_dir else None
    outputs = output_ids()
    if cache is not None and cache.is_file():
        data = np.load(cache)
        kind = np.full(len(data["labels"]), "render")
        return Part(data["pooled"], data["probs"], data["labels"], kind, data["groups"])
    rng = np.random.default_rng(seed)
    renders = iter_renders(seed, size=(400, 300), subjects=subjects, out_size=None, min_crop=0.5)
    pooled, probs, labels, groups = [], [], [], []
    for index in range(per_subject * len(subjects)):
        sample = next(renders)
        views = [standard_view(sample.image)] + [random_view(sample.image, rng) for _ in range(RANDOM_VIEWS)]
        if backgrounds:
            composite = _composited(sample, backgrounds[int(rng.integers(len(backgrounds)))])
            if composite is not None:
                views += [standard_view(composite), random_view(composite, rng)]
        p, q = embed_with_window_probs(backbone, views)
        pooled.append(p)
        probs.append(q)
        labels += [outputs.index(_type_of(sample.subject_id))] * len(views)
        groups += [index] * len(views)
        if index % 50 == 0:
            log.info("rendered %d / %d", index, per_subject * len(subjects))
    part = Part(np.concatenate(pooled), np.concatenate(probs), np.asarray(labels), np.full(len(labels), "render"),
                np.asarray(groups))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, pooled=part.pooled, probs=part.probs, labels=part.labels, groups=part.groups)
    return part


def _composited(sample: LabelledRender, background: Path) -> np.ndarray | None:
    """The render crop set in front of a real photo, or None when its backdrop hardly shows."""
    from app.content.render.keyed import backdrop_alpha, set_in_front_of
    from app.imaging.io import load_image

    x, y, w, h = sample.crop
    alpha = backdrop_alpha(sample.subject_id, sample.spec)[y:y + h, x:x + w]
    if alpha.shape[:2] != sample.image.shape[:2] or float(alpha.mean()) < MIN_BACKDROP:
        return None
    return set_in_front_of(sample.image, alpha, load_image(background).pixels)


def background_photos() -> list[Path]:
    """Real *everyday* photos of the manifest's train split, the backgrounds renders are set against."""
    from benchmarks import realdata

    paths = []
    for row in realdata.rows(split="train"):
        if row.group == "caltech101" and (row.label in PROXY_CLASSES or row.label in HERITAGE_LIKE_CLASSES
                                          or row.label in SKIPPED_CLASSES):
            continue
        if row.group not in ("caltech101", "bsds500", "imagenet_sample"):
            continue
        path = realdata.photo_path(row)
        if path.is_file():
            paths.append(path)
    return paths


def real_part(split: str, view: str) -> Part:
    """The manifest's real photos of ``split`` with their labels and kinds (needs ``.devdata``)."""
    from benchmarks import real_features

    features = real_features.load()
    outputs = output_ids()
    heritage_like_synsets = _heritage_like_synsets([r.label for r in features.rows if r.group == "imagenet_sample"])
    labels, kinds, keep = [], [], []
    for index, row in enumerate(features.rows):
        if row.split != split or row.label in SKIPPED_CLASSES:
            continue
        if row.group == "caltech101" and row.label in PROXY_CLASSES:
            label, kind = outputs.index(PROXY_CLASSES[row.label]), PROXY
        elif row.group == "caltech101" and row.label in HERITAGE_LIKE_CLASSES:
            label, kind = -1, HERITAGE_LIKE
        elif row.group == "imagenet_sample" and row.label.split("_")[0] in heritage_like_synsets:
            label, kind = -1, HERITAGE_LIKE
        else:
            label, kind = outputs.index(NOT_HERITAGE), EVERYDAY
        labels.append(label)
        kinds.append(kind)
        keep.append(index)
    keep_arr = np.asarray(keep)
    return Part(
        features.pooled[view][keep_arr],
        features.probs[view][keep_arr],
        np.asarray(labels),
        np.asarray(kinds),
        keep_arr,
    )


def photo_classes(part: Part) -> np.ndarray:
    """The source class of each real photo of ``part`` (Caltech class, ImageNet class, BSDS image…)."""
    from benchmarks import real_features

    rows = real_features.load().rows
    return np.asarray([f"{rows[g].group}/{rows[g].label}" for g in part.groups])


def _heritage_like_synsets(sample_labels: list[str]) -> set[str]:
    """WordNet ids of the ImageNet classes that the reviewed mapping counts as heritage evidence.

    The samples hold one photo per class, named ``<synset>_<name>``; ImageNet numbers its classes in
    the sorted order of their synsets, so the sorted synsets give each class index.
    """
    synsets = sorted({label.split("_")[0] for label in sample_labels})
    if len(synsets) != 1000:
        raise ValueError(f"expected the 1000 ImageNet sample classes, found {len(synsets)}")
    weight = evidence_matrix(tagger_types()).sum(axis=1)
    return {synset for synset, w in zip(synsets, weight, strict=True) if w >= HERITAGE_LIKE_EVIDENCE}
