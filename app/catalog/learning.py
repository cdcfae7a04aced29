"""Teach from this collection: the curators' approved labels become a new version of a taught model.

Every label a curator approved (``accepted``, ``corrected`` or ``added`` in ``decisions``) is a
labelled photo. An item keeps one label, that of its newest approval; a later ``rejected`` of the
same label on the same item takes that approval back (the curator changed their mind), and undone
actions are already gone from ``decisions``. The photos then go through the ordinary teach
machinery (``app.vision.recognition.teach``: augmented views of the whole photo, k-fold
cross-validation, calibration, learning curve) and the result is saved as a **new version** of the
model: 1.0.0 the first time, then 1.1.0, 1.2.0, … The version it replaces is copied to
``<user models>/.versions/<name>/<version>/`` first, so a retrained model never destroys the one
whose answers are already in the catalogue (its ``ai_tags`` name that version and sha256).

Features: by default the photos are read again and embedded the way teaching does (whole photo
plus augmented views). The catalogue's stored embeddings are the *centre* view of one pass, not
that recipe, so they are only reused automatically when they match it (same backbone, same view);
``features="stored"`` teaches from them anyway — no file is read, which also works when the
originals are offline — at a cost of a few points of accuracy (``benchmarks/active_learning.py``).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.catalog import vectors
from app.catalog.database import Catalog
from app.domain.errors import InvalidInput
from app.domain.ids import check_id
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress, scaled

if TYPE_CHECKING:  # torch stays unimported until a run starts
    from app.vision.engine import Engine
    from app.vision.recognition.teach import TeachResult
    from app.vision.recognition.trainset import TrainingSet
    from app.vision.registry import ModelRegistry

#: Decisions that give an item a label.
APPROVING = ("accepted", "corrected", "added")
#: Where earlier versions of a retrained model are kept, under the user models folder (the registry
#: only reads ``<folder>/*/model.toml``, so nothing in here is ever loaded as a model).
VERSIONS_FOLDER = ".versions"
FIRST_VERSION = "1.0.0"
FEATURE_SOURCES = ("auto", "photos", "stored")
#: Missing or unreadable photos named in an error sentence before "and n more".
_NAMED = 3


@dataclass(frozen=True)
class ApprovedLabel:
    """One labelled item: its label (newest approval) and the files it may be read from."""

    item_id: int
    label: str
    paths: tuple[str, ...]


@dataclass
class CollectionTeachSummary:
    """What :func:`teach_from_collection` did: the saved model version and how good it is expected to be."""

    result: TeachResult
    version: str
    previous_version: str | None
    archived: Path | None  # where the replaced version was copied
    features: str  # "photos" or "stored"
    features_reason: str
    labelled_items: int  # items with an approved label (before missing/unreadable ones were left out)
    set_aside: int  # items that had other approved labels besides the one kept
    skipped: list[str] = field(default_factory=list)

    @property
    def model_id(self) -> str:
        return self.result.model_id

    @property
    def sha256(self) -> str:
        return str(self.result.provenance.get("sha256", ""))

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.result.counts)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.result.summary(),
            "version": self.version,
            "sha256": self.sha256,
            "previous_version": self.previous_version,
            "archived": None if self.archived is None else str(self.archived),
            "features": self.features,
            "features_reason": self.features_reason,
            "labelled_items": self.labelled_items,
            "set_aside": self.set_aside,
            "skipped": self.skipped,
        }

    def text(self) -> str:
        """A few lines for people (the CLI's output)."""
        cv = self.result.cv
        n, labels = sum(self.counts.values()), len(self.counts)
        replaced = f", replacing {self.previous_version} (kept in {self.archived})" if self.previous_version else ""
        per_label = ", ".join(f"{label} {count}" for label, count in self.counts.items())
        return (
            f"Taught “{self.model_id}” {self.version} from {n} approved photos of {labels} labels "
            f"({per_label}) in {self.result.seconds:.0f} s{replaced}.\n"
            f"Cross-validated accuracy ({cv.folds} folds): {cv.accuracy:.1%} (top-3 {cv.top3:.1%}); "
            f"calibration error (ECE) {cv.ece_calibrated:.1%}; head: {cv.method}; features: {self.features}.\n"
            f"{self.result.curve_sentence()}\n"
            f"Model sha256 {self.sha256}; saved in {self.result.folder}. "
            f"Run “gyeongju-ai catalog tag --model {self.model_id}” to tag the collection with it."
        )


# --- the labels --------------------------------------------------------------------------------------


def approved_labels(catalog: Catalog) -> tuple[list[ApprovedLabel], int]:
    """Each item with an approved label, by item id, and how many items had others set aside.

    Decisions are replayed in order per item: an approval (accepted, corrected, added) gives the
    item that label (the newest wins), a rejection of a label takes its earlier approval back.
    """
    conn = catalog.conn
    current: dict[int, dict[str, None]] = {}  # item → approved labels, oldest first (dict keeps order)
    for row in conn.execute("SELECT item_id, label, action FROM decisions ORDER BY item_id, id"):
        item, label, action = int(row[0]), str(row[1]), str(row[2])
        labels = current.setdefault(item, {})
        labels.pop(label, None)
        if action in APPROVING:
            labels[label] = None
    paths: dict[int, list[str]] = {}
    for row in conn.execute(
        "SELECT i.id, i.path, f.path FROM items i LEFT JOIN files f ON f.item_id = i.id ORDER BY i.id, f.path"
    ):
        found = paths.setdefault(int(row[0]), [str(row[1])])
        if row[2] is not None and str(row[2]) not in found:
            found.append(str(row[2]))
    approved, set_aside = [], 0
    for item, labels in sorted(current.items()):
        if not labels or item not in paths:
            continue
        set_aside += len(labels) > 1
        approved.append(ApprovedLabel(item, list(labels)[-1], tuple(paths[item])))
    return approved, set_aside


def _shown(names: list[str]) -> str:
    more = f" and {len(names) - _NAMED} more" if len(names) > _NAMED else ""
    return ", ".join(names[:_NAMED]) + more


def check_label_counts(counts: dict[str, int], why_fewer: str = "") -> None:
    """``InvalidInput`` unless there are two labels and each has the photos teaching needs."""
    from app.vision.recognition.teach import MIN_PER_LABEL

    if len(counts) < 2:
        found = f" (only “{next(iter(counts))}”)" if counts else ""
        raise InvalidInput(
            f"Teaching needs approved photos of at least two labels, but this catalogue has {len(counts)}{found}"
            f"{why_fewer}; accept, correct or add labels in the review first."
        )
    few = [f"“{label}” ({n})" for label, n in counts.items() if n < MIN_PER_LABEL]
    if few:
        raise InvalidInput(
            f"Each label needs at least {MIN_PER_LABEL} approved photos to teach from; too few for {_shown(few)}"
            f"{why_fewer}; approve more photos of {'it' if len(few) == 1 else 'them'} first."
        )


# --- versions -----------------------------------------------------------------------------------------


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3]) or (0,)


def next_version(known: list[str]) -> str:
    """1.0.0 when nothing is known; otherwise the newest known version with its minor number bumped."""
    if not known:
        return FIRST_VERSION
    newest = max(_version_key(v) for v in known)
    major, minor = (newest + (0, 0))[:2]
    return f"{max(major, 1)}.{minor + 1}.0"


def _versions_dir(target: Path) -> Path:
    return target.parent / VERSIONS_FOLDER / target.name


def _current_version(registry: ModelRegistry, name: str, target: Path) -> str | None:
    """The version of the user's model ``name`` now in ``target``; refuses one that is not a taught head."""
    from app.vision.recognition.store import HEAD_ARCHITECTURE

    if name not in registry.ids():
        return None
    spec = registry.get(name)
    if spec.folder.resolve() != target.resolve():
        return None  # model_folder() has refused built-in names already
    if spec.architecture != HEAD_ARCHITECTURE or spec.task != "image-tagging":
        raise InvalidInput(
            f"“{name}” is a {spec.task} model, not one taught from photos, so it cannot get a new version; "
            "choose another name."
        )
    return spec.version


def _archive(target: Path, version: str) -> Path:
    """Copy the model folder about to be replaced next to its older versions (never over one)."""
    check_id(version.replace(".", "-"), "model version")
    archive = _versions_dir(target) / version
    if not archive.exists():
        archive.parent.mkdir(parents=True, exist_ok=True)
        staging = archive.with_name(f".{version}.partial")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(target, staging)
        staging.rename(archive)
    return archive


# --- features -----------------------------------------------------------------------------------------


def _stored_set(catalog: Catalog, approved: list[ApprovedLabel], label_index: dict[str, int],
                backbone_sha256: str, view: str) -> TrainingSet:
    """A training set of the stored embeddings: one row per photo, no augmentation."""
    from app.vision.recognition.trainset import TrainingSet

    ids, codes = vectors.load(catalog.conn, backbone_sha256, {a.item_id for a in approved})
    row_of = {int(item): i for i, item in enumerate(ids)}
    unit = vectors.unit_matrix(codes[[row_of[a.item_id] for a in approved]])
    labels = np.array([label_index[a.label] for a in approved], np.int64)
    return TrainingSet(
        rows=unit,
        row_labels=labels,
        groups=np.arange(len(approved), dtype=np.int64),
        eval_vectors=unit,
        # The stored vector is sqrt(pooled), normalised: its square points the way the raw pooled one does.
        eval_pooled=unit * unit,
        labels=labels,
        imagenet_logits=np.zeros((len(approved), 0), np.float32),
        views_per_image=1,
        view=view,
    )


def _stored_embeddings(catalog: Catalog, approved: list[ApprovedLabel], backbone_sha256: str) -> set[int]:
    """Ids of the approved items that have an embedding from this backbone."""
    ids, _ = vectors.load(catalog.conn, backbone_sha256, {a.item_id for a in approved})
    return {int(i) for i in ids}


def _choose_features(requested: str, catalog: Catalog, approved: list[ApprovedLabel],
                     backbone_sha256: str) -> tuple[str, str]:
    from app.catalog.tag_work import EMBEDDING_VIEW
    from app.vision.recognition.features import TEACH_VIEW

    if requested == "photos":
        return "photos", "asked for"
    if requested == "auto" and EMBEDDING_VIEW != TEACH_VIEW:
        return "photos", (f"the stored embeddings are the {EMBEDDING_VIEW} view; teaching looks at the "
                          f"{TEACH_VIEW} photo and augmented views of it")
    have = _stored_embeddings(catalog, approved, backbone_sha256)
    lacking = [a.item_id for a in approved if a.item_id not in have]
    if requested == "stored":
        if lacking:
            raise InvalidInput(
                f"{len(lacking)} approved item(s) have no stored embedding from the installed backbone "
                f"(items {_shown([str(i) for i in lacking])}); run “gyeongju-ai catalog tag” first, "
                "or teach from the photos."
            )
        return "stored", f"asked for (the stored {EMBEDDING_VIEW} view, no augmentation)"
    if lacking:
        return "photos", f"{len(lacking)} approved item(s) have no stored embedding from the installed backbone"
    return "stored", "the stored embeddings match the teaching recipe"


def _readable_path(label: ApprovedLabel) -> Path | None:
    for text in label.paths:
        path = Path(text)
        if path.is_file():
            return path
    return None


def _photo_set(
    approved: list[ApprovedLabel], engine: Engine | None, seed: int, progress: ProgressCallback, cancel: CancelToken
) -> tuple[list[ApprovedLabel], TrainingSet | None, list[str], int]:
    """Read and embed the approved photos: (kept labels, training set or None, skipped, missing count).

    The training set is None (and the backbone never loaded) when too few photos could be read.
    """
    from app.vision.recognition.backbone import shared_backbone
    from app.vision.recognition.loading import iter_loaded
    from app.vision.recognition.teach import TEACH_SIDE
    from app.vision.recognition.trainset import embed_training_set

    skipped: list[str] = []
    present: list[tuple[ApprovedLabel, Path]] = []
    missing = 0
    for label in approved:
        path = _readable_path(label)
        if path is None:
            missing += 1
            skipped.append(f"Item {label.item_id} (“{label.label}”): its file is missing ({label.paths[0]}).")
        else:
            present.append((label, path))
    kept: list[ApprovedLabel] = []
    images: list[np.ndarray] = []
    read = scaled(progress, 0.0, 0.25)
    with contextlib.closing(iter_loaded([p for _, p in present], TEACH_SIDE)) as loading:
        for done, ((label, _), loaded) in enumerate(zip(present, loading, strict=True), start=1):
            cancel.raise_if_cancelled()
            if loaded.pixels is None:
                skipped.append(f"Item {label.item_id} (“{label.label}”): {loaded.error}")
            else:
                kept.append(label)
                images.append(loaded.pixels)
            read(Progress(done / max(1, len(present)), "reading the approved photos"))
    counts = _counts(kept)
    if len(counts) < 2 or min(counts.values()) < _min_per_label():
        return kept, None, skipped, missing
    label_index = {label: i for i, label in enumerate(counts)}
    data = embed_training_set(
        shared_backbone(engine), images, [label_index[k.label] for k in kept], seed=seed,
        progress=scaled(progress, 0.25, 1.0), cancel=cancel,
    )
    return kept, data, skipped, missing


def _min_per_label() -> int:
    from app.vision.recognition.teach import MIN_PER_LABEL

    return MIN_PER_LABEL


def _counts(labels: list[ApprovedLabel]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for label in sorted(labels, key=lambda a: a.label):
        counts[label.label] = counts.get(label.label, 0) + 1
    return counts


# --- the operation -----------------------------------------------------------------------------------


def teach_from_collection(
    catalog: Catalog,
    name: str,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    *,
    features: str = "auto",
    engine: Engine | None = None,
    models_dir: Path | None = None,
    seed: int = 0,
) -> CollectionTeachSummary:
    """Teach the model ``name`` from the curators' approved labels and save it as its next version.

    ``features``: ``auto`` (stored embeddings when they match the teaching recipe, else the photos),
    ``photos`` or ``stored``. Raises :class:`InvalidInput` with one sentence for a bad name, fewer
    than two labels, a label with too few approved photos (counting only photos that can be read),
    and :class:`Cancelled` when ``cancel`` is set (nothing is saved then).
    """
    from app.vision.recognition.backbone import BACKBONE_ID, shared_backbone
    from app.vision.recognition.teach import model_folder, teach_training_set
    from app.vision.registry import default_registry

    started = time.perf_counter()
    cancel = cancel or CancelToken()
    check_id(name, "model name")
    if features not in FEATURE_SOURCES:
        raise InvalidInput(f"Features come from {', '.join(FEATURE_SOURCES)}, not “{features}”.")
    registry = engine.registry if engine else default_registry()
    registry.refresh()  # models taught, imported or deleted since it was read
    target = model_folder(name, registry, models_dir)
    previous = _current_version(registry, name, target)
    approved, set_aside = approved_labels(catalog)
    check_label_counts(_counts(approved))
    progress(Progress(0.0, f"{len(approved)} approved photos"))
    sha = registry.get(BACKBONE_ID).weights.sha256
    source, reason = _choose_features(features, catalog, approved, sha)
    skipped: list[str] = []
    if source == "stored":
        counts = _counts(approved)
        data = _stored_set(catalog, approved, {label: i for i, label in enumerate(counts)}, sha, _stored_view())
        kept = approved
    else:
        kept, built, skipped, missing = _photo_set(approved, engine, seed, scaled(progress, 0.02, 0.8), cancel)
        counts = _counts(kept)
        lost = len(approved) - len(kept)
        why = ""
        if lost:
            why = (f" once {lost} photo(s) that cannot be read were left out ({missing} missing, "
                   f"{lost - missing} unreadable: {_shown(skipped)})")
        check_label_counts(counts, why)
        assert built is not None
        data = built
    cancel.raise_if_cancelled()
    known = [previous] if previous else []
    archive_dir = _versions_dir(target)
    if archive_dir.is_dir():
        known += [p.name for p in archive_dir.iterdir() if not p.name.startswith(".")]
    version = next_version(known)
    archived = _archive(target, previous) if previous else None
    result = teach_training_set(
        data, list(counts), name, target, backbone=shared_backbone(engine), registry=registry,
        origin=f"taught from {data.n_images} curator-approved photos of the catalogue “{catalog.path.name}” "
        f"on {_dt.date.today().isoformat()}",
        version=version, seed=seed, progress=scaled(progress, 0.8, 1.0), cancel=cancel,
    )
    result.skipped = list(skipped)
    result.seconds = time.perf_counter() - started
    return CollectionTeachSummary(
        result=result, version=version, previous_version=previous, archived=archived, features=source,
        features_reason=reason, labelled_items=len(approved), set_aside=set_aside, skipped=skipped,
    )


def _stored_view() -> str:
    from app.catalog.tag_work import EMBEDDING_VIEW

    return EMBEDDING_VIEW
