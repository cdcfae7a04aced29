"""Teach by example: a folder with one sub-folder per label → a calibrated, registered model.

    collection/
      dabotap/      IMG_0001.jpg IMG_0002.jpg …
      seokgatap/    …

The pipeline is: read the photos (skipping unreadable ones, listed in the result) → embed
augmented views of the whole photos with the frozen backbone → k-fold cross-validation of the
centred prototype head (and, from 8 photos per label, the logistic head: the better is kept) with
accuracy, ECE, confusion matrix and baselines → temperature and "unknown" thresholds from the
held-out folds → final head on all photos → learning-curve estimate → model card + safetensors in
the user's model folder, visible to every mode.
"""

from __future__ import annotations

import datetime as _dt
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.config.paths import app_paths
from app.domain.errors import InvalidInput
from app.domain.ids import child_path
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress, scaled
from app.imaging.io import iter_image_files
from app.vision.engine import Engine
from app.vision.recognition.backbone import Backbone, shared_backbone
from app.vision.recognition.concepts import GATE_THRESHOLD, not_heritage_mass
from app.vision.recognition.crossval import HEAD_METHODS, CrossValidation, cross_validate, fit_on, learning_curve_of
from app.vision.recognition.curve import LearningCurve
from app.vision.recognition.head import DEFAULT_L2, HeadParams
from app.vision.recognition.loading import iter_loaded
from app.vision.recognition.store import Label, OpenSet, build_card, check_model_id, label_names, save_head_model
from app.vision.recognition.trainset import TrainingSet, embed_training_set
from app.vision.registry import ModelRegistry, default_registry
from app.vision.spec import parse_model_toml

#: Long side of decoded training photos: more than inference needs, so random crops keep detail.
TEACH_SIDE = 512
MIN_PER_LABEL = 2
#: The concept gate is switched on when at least this share of the taught photos passes it.
_GATE_PASS_SHARE = 0.95


@dataclass(frozen=True)
class LabelledPhotos:
    """Decoded photos of a labelled folder, plus what was skipped and why."""

    label_ids: list[str]
    images: list[np.ndarray]
    labels: list[int]
    paths: list[Path]
    skipped: list[str] = field(default_factory=list)


@dataclass
class TeachResult:
    """What a teach run produced: the registered model, its cross-validation and what was skipped."""

    model_id: str
    folder: Path
    cv: CrossValidation
    label_ids: list[str]
    counts: dict[str, int]
    skipped: list[str]
    seconds: float
    concept_gate: bool
    provenance: dict[str, Any] = field(default_factory=dict)
    curve: LearningCurve | None = None  # None when the labels have too few photos to measure one
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    def curve_sentence(self) -> str:
        """“With 10 more photos per label, expect about …” or why there is no estimate."""
        if self.curve is None:
            return "No learning-curve estimate: it needs at least 3 photos in most labels."
        return self.curve.sentence()

    def summary(self) -> dict[str, Any]:
        return {
            "model_id": self.model_id,
            "folder": str(self.folder),
            "n": int(sum(self.counts.values())),
            "labels": self.counts,
            "head": self.cv.method,
            "cv_folds": self.cv.folds,
            "cv_accuracy": round(self.cv.accuracy, 4),
            "cv_top3": round(self.cv.top3, 4),
            "cv_ece_calibrated": round(self.cv.ece_calibrated, 4),
            "cv_heads_tried": {k: round(v, 4) for k, v in self.cv.candidates.items()},
            "baselines": {k: round(v, 4) for k, v in self.cv.baselines.items()},
            "learning_curve": self.curve.to_metrics() if self.curve else None,
            "learning_curve_sentence": self.curve_sentence(),
            "concept_gate": self.concept_gate,
            "skipped": self.skipped,
            "seconds": round(self.seconds, 1),
            "timings": {k: round(v, 2) for k, v in self.timings.items()},
            "model": self.provenance,
        }


def label_folders(root: Path) -> list[Path]:
    """The non-hidden sub-folders of ``root`` (one per label), sorted; clear errors otherwise."""
    if not root.is_dir():
        what = "is not a folder" if root.exists() else "does not exist"
        raise InvalidInput(f"“{root}” {what}; give a folder with one sub-folder of photos per label.")
    folders = sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    if not folders:
        raise InvalidInput(f"“{root}” has no sub-folders; put the photos of each label in a sub-folder named after it.")
    return folders


def read_labelled_folder(
    root: str | os.PathLike[str], progress: ProgressCallback = ignore_progress, cancel: CancelToken | None = None
) -> LabelledPhotos:
    """Decode every photo under each label sub-folder (recursively); unreadable files are skipped."""
    cancel = cancel or CancelToken()
    root = Path(root)
    skipped: list[str] = []
    entries: list[tuple[str, Path]] = []
    for folder in label_folders(root):
        found = list(iter_image_files(folder))
        if not found:
            skipped.append(f"The label folder “{folder.name}” has no images.")
        entries.extend((folder.name, path) for path in found)
    stray = [p.name for p in root.iterdir() if p.is_file() and not p.name.startswith(".")]
    if stray:
        skipped.append(f"{len(stray)} file(s) directly in “{root.name}” belong to no label and were ignored.")
    label_ids = sorted({label for label, _ in entries})
    index = {label: i for i, label in enumerate(label_ids)}
    images, labels, paths = [], [], []
    for done, loaded in enumerate(iter_loaded([p for _, p in entries], TEACH_SIDE), start=1):
        cancel.raise_if_cancelled()
        if loaded.pixels is None:
            skipped.append(loaded.error)
        else:
            label = loaded.path.relative_to(root).parts[0]
            images.append(loaded.pixels)
            labels.append(index[label])
            paths.append(loaded.path)
        progress(Progress(done / max(1, len(entries)), "reading photos"))
    return LabelledPhotos(label_ids, images, labels, paths, skipped)


def check_teachable(photos: LabelledPhotos) -> dict[str, int]:
    """Photo count per label; ``InvalidInput`` when the set cannot train a classifier."""
    counts = {label: 0 for label in photos.label_ids}
    for label in photos.labels:
        counts[photos.label_ids[label]] += 1
    usable = {label: n for label, n in counts.items() if n > 0}
    if len(usable) < 2:
        raise InvalidInput(
            f"Teaching needs at least two labels with photos, but found {len(usable)}"
            + (f" (“{next(iter(usable))}”)" if usable else "")
            + "; add a sub-folder of photos for each thing to tell apart."
        )
    few = [f"“{label}” ({n})" for label, n in usable.items() if n < MIN_PER_LABEL]
    if few:
        raise InvalidInput(f"Each label needs at least {MIN_PER_LABEL} readable photos; too few for: {', '.join(few)}.")
    return usable


def train_head(
    data: TrainingSet,
    n_classes: int,
    *,
    l2: float = DEFAULT_L2,
    seed: int = 0,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> tuple[HeadParams, CrossValidation]:
    """Cross-validate, then fit the kept head on every photo and attach the calibration."""
    cv = cross_validate(data, n_classes, l2=l2, seed=seed, progress=progress, cancel=cancel)
    head = fit_on(data, np.arange(data.n_images), n_classes, cv.method, l2)
    head.temperature, head.threshold, head.min_similarity = cv.temperature, cv.threshold, cv.min_similarity
    return head, cv


def gate_fits(imagenet_logits: np.ndarray) -> bool:
    """Whether the concept gate may be used: almost none of the taught photos would be gated."""
    return bool((not_heritage_mass(imagenet_logits) <= GATE_THRESHOLD).mean() >= _GATE_PASS_SHARE)


def model_folder(model_id: str, registry: ModelRegistry, models_dir: Path | None = None) -> Path:
    """Where the taught model ``model_id`` is saved; refuses a bad id and the name of a built-in model."""
    check_model_id(model_id)
    models_dir = models_dir or app_paths().user_models_dir
    target = child_path(models_dir, model_id, "model name")
    if model_id in registry.ids() and registry.get(model_id).folder.resolve() != target.resolve():
        raise InvalidInput(f"“{model_id}” is the name of a built-in model; choose another name.")
    return target


def teach_folder(
    root: str | os.PathLike[str],
    model_id: str,
    *,
    engine: Engine | None = None,
    models_dir: Path | None = None,
    seed: int = 0,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> TeachResult:
    """Teach a model from a labelled folder and register it as ``model_id`` in the user models dir."""
    started = time.perf_counter()
    cancel = cancel or CancelToken()
    check_model_id(model_id)
    registry = engine.registry if engine else default_registry()
    target = model_folder(model_id, registry, models_dir)
    photos = read_labelled_folder(root, scaled(progress, 0.0, 0.2), cancel)
    timings = {"read": time.perf_counter() - started}
    counts = check_teachable(photos)
    # Labels without any readable photo are dropped (they were reported in ``skipped``).
    kept = [photos.label_ids.index(label) for label in counts]
    remap = {old: new for new, old in enumerate(kept)}
    label_ids = list(counts)
    backbone = shared_backbone(engine)
    data = embed_training_set(
        backbone,
        photos.images,
        [remap[label] for label in photos.labels],
        seed=seed,
        progress=scaled(progress, 0.2, 0.88),
        cancel=cancel,
    )
    timings["embed"] = time.perf_counter() - started - sum(timings.values())
    result = teach_training_set(
        data, label_ids, model_id, target, backbone=backbone, registry=registry,
        origin=f"taught by example from {data.n_images} photos in “{Path(root).name}” "
        f"on {_dt.date.today().isoformat()}",
        seed=seed, progress=scaled(progress, 0.88, 1.0), cancel=cancel,
    )
    result.skipped = photos.skipped
    result.timings = {**timings, **result.timings}
    result.seconds = time.perf_counter() - started
    return result


def teach_training_set(
    data: TrainingSet,
    label_ids: list[str],
    model_id: str,
    target: Path,
    *,
    backbone: Backbone,
    registry: ModelRegistry,
    origin: str,
    version: str = "1.0.0",
    seed: int = 0,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> TeachResult:
    """Cross-validate, fit, estimate the learning curve of and save a model taught on ``data``.

    ``data.labels`` index ``label_ids``; the model is written to ``target`` (replacing what is
    there, atomically) as ``model_id`` ``version``, and the registry is refreshed. ``skipped`` of
    the result is empty: what was left out before ``data`` was built is the caller's to report.
    """
    started = time.perf_counter()
    timings: dict[str, float] = {}
    cancel = cancel or CancelToken()
    per_label = np.bincount(data.labels, minlength=len(label_ids))
    counts = {label: int(n) for label, n in zip(label_ids, per_label, strict=True)}
    head, cv = train_head(data, len(label_ids), seed=seed, progress=scaled(progress, 0.0, 0.6), cancel=cancel)
    timings["cross_validate_and_fit"] = time.perf_counter() - started
    cancel.raise_if_cancelled()
    progress(Progress(0.6, "estimating the learning curve"))
    curve = learning_curve_of(data, len(label_ids), cv.method, seed=seed)
    timings["learning_curve"] = time.perf_counter() - started - sum(timings.values())
    cancel.raise_if_cancelled()
    # Without ImageNet outputs (a set built from stored embeddings) the gate cannot be checked: off.
    gate = gate_fits(data.imagenet_logits) if data.imagenet_logits.shape[1] else False
    labels = [Label(label, *label_names(label)) for label in label_ids]
    card = build_card(
        model_id=model_id,
        version=version,
        labels=labels,
        backbone_sha256=backbone.spec.weights.sha256,
        head=head,
        origin=origin,
        licence="user-provided",
        description_en=f"Recognises {len(labels)} labels taught from a curator's own photos.",
        description_ko=f"큐레이터가 제공한 사진으로 학습한 {len(labels)}개 라벨 인식 모델.",
        metrics={
            **cv.metrics(label_ids),
            "n_images": data.n_images,
            "per_label_images": counts,
            **({"learning_curve": curve.to_metrics()} if curve else {}),
        },
        open_set=OpenSet(concept_gate=gate, gate_threshold=GATE_THRESHOLD),
        training={
            "method": f"{HEAD_METHODS[cv.method]}, frozen EfficientNet-Lite0",
            "head": cv.method,
            "l2": DEFAULT_L2,
            "view": data.view,
            "views_per_image": data.views_per_image,
            "backbone_precision": backbone.precision,
            "rows": int(len(data.rows)),
            "seed": seed,
        },
    )
    # The view the head was taught on: tagging must look at photos the same way.
    card["arch_params"]["view"] = data.view
    folder = save_head_model(target, card, head, replace=True)
    registry.refresh()
    progress(Progress(1.0, "model saved"))
    provenance = {**parse_model_toml(folder / "model.toml").provenance(), "backbone": backbone.provenance()}
    timings["save"] = time.perf_counter() - started - sum(timings.values())
    return TeachResult(
        model_id, folder, cv, label_ids, counts, [], time.perf_counter() - started, gate, provenance, curve, timings,
    )
