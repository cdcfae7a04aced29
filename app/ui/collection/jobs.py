"""The room's slow work as plain jobs; each opens its own handle on the catalogue in its worker.

A :class:`~app.catalog.database.Catalog` handle belongs to one thread, so the UI thread keeps its
own (for the quick, indexed reads and decisions a keypress makes) and every job here opens and
closes another one on the thread that runs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.catalog.cluster import check_scheduler, tagging_executor
from app.catalog.operations import (
    DEFAULT_BASE_URL,
    ExportSummary,
    ImportSummary,
    TagSummary,
    export_catalog,
    import_paths,
    open_catalog,
    tag_items,
)
from app.catalog.tagging import Executor
from app.domain.progress import CancelToken, Progress, ProgressCallback
from app.jobs import Job


def import_job(db_path: Path, folders: Sequence[Path], workers: int | None = None) -> Job[ImportSummary]:
    """Import pictures from ``folders`` (recursively) into the catalogue at ``db_path``."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> ImportSummary:
        with open_catalog(db_path) as catalog:
            return import_paths(catalog, list(folders), progress, cancel, workers=workers)

    return Job("import pictures", work)


def tag_job(db_path: Path, executor: Executor | None = None) -> Job[TagSummary]:
    """Tag every readable picture that the installed default tagger has not tagged yet.

    With no ``executor`` the work goes where the collection says (its Dask cluster, if one is set;
    the connection is made and closed on the worker thread), else to ``executor``.
    """

    def work(progress: ProgressCallback, cancel: CancelToken) -> TagSummary:
        with open_catalog(db_path) as catalog:
            if executor is not None:
                return tag_items(catalog, None, progress, cancel, executor=executor)
            with tagging_executor(catalog, cancel=cancel) as (chosen, where):
                progress(Progress(0.0, where))
                return tag_items(catalog, None, progress, cancel, executor=chosen)

    return Job("tag collection", work)


def check_cluster_job(address: str) -> Job[str]:
    """Connect to a Dask scheduler and describe what answered (one sentence when it cannot be used)."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> str:
        return check_scheduler(address)

    return Job("check cluster", work)


def export_job(
    db_path: Path, fmt: str, out_dir: Path, base_url: str = DEFAULT_BASE_URL, min_score: float = 0.0
) -> Job[ExportSummary]:
    """Export the whole catalogue as ``fmt`` into ``out_dir``."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> ExportSummary:
        with open_catalog(db_path) as catalog:
            return export_catalog(catalog, fmt, out_dir, progress, cancel, base_url=base_url, min_score=min_score)

    return Job("export catalogue", work)
