"""Qt-free jobs for the Studio: classify, teach, explain, similar, duplicates.

Each factory returns an :class:`app.jobs.Job` whose work function reports progress and honours
the cancel token; ``app/ui/runner.py`` runs them on a worker thread. Models are loaded inside
the work function, never on the caller's (UI) thread.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from app.domain.progress import CancelToken, ProgressCallback
from app.imaging.io import load_preview
from app.jobs import Job
from app.vision.recognition.backbone import shared_backbone
from app.vision.recognition.classify import DEFAULT_MODEL_ID, Classifier, PathResult
from app.vision.recognition.collection import embed_collection, find_duplicates, find_similar
from app.vision.recognition.explain import Explanation, explain
from app.vision.recognition.loading import collect_paths
from app.vision.recognition.similarity import Match
from app.vision.recognition.teach import TeachResult, teach_folder

#: Long side of the photo a heat-map is drawn on (the kiosk shows it at most this large).
EXPLAIN_SIDE = 1024


def classify_job(inputs: Sequence[str | os.PathLike[str]], model_id: str = DEFAULT_MODEL_ID, top: int = 3) -> Job:
    """Tag files and folders; result: (every image file with a prediction or an error, input problems)."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> tuple[list[PathResult], list[str]]:
        paths, problems = collect_paths(inputs)
        classifier = Classifier(model_id)
        return list(classifier.classify_paths(paths, top, progress, cancel)), problems

    return Job("Recognise photos", work)


def teach_job(folder: str | os.PathLike[str], model_id: str) -> Job[TeachResult]:
    """Teach-by-example from a labelled folder; registers ``model_id`` when done."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> TeachResult:
        return teach_folder(folder, model_id, progress=progress, cancel=cancel)

    return Job(f"Teach “{model_id}”", work)


def explain_job(path: str | os.PathLike[str], model_id: str = DEFAULT_MODEL_ID) -> Job[Explanation]:
    """Classify one photo and draw the heat-map of its top label."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> Explanation:
        image = load_preview(path, EXPLAIN_SIDE).pixels
        cancel.raise_if_cancelled()
        return explain(Classifier(model_id), image, max_side=EXPLAIN_SIDE)

    return Job("Explain the answer", work)


def similar_job(query: str | os.PathLike[str], folder: str | os.PathLike[str], top: int = 10) -> Job:
    """The photos of ``folder`` most similar to ``query``; result is (matches, skipped messages)."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> tuple[list[Match], list[str]]:
        paths, problems = collect_paths([folder])
        backbone = shared_backbone()
        matches, skipped = find_similar(backbone, Path(query), paths, top, progress, cancel)
        return matches, problems + skipped

    return Job("Find similar photos", work)


def duplicates_job(folder: str | os.PathLike[str]) -> Job:
    """Near-duplicate groups in ``folder``; result is (groups, skipped messages)."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> tuple[list[list[str]], list[str]]:
        paths, problems = collect_paths([folder])
        collection = embed_collection(shared_backbone(), paths, progress, cancel)
        return find_duplicates(collection), problems + collection.skipped

    return Job("Find near-duplicates", work)
