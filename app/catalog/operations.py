"""The catalogue's named operations: what the CLI calls today and Curator Studio will call tomorrow.

Each is plain Python; the slow ones (:func:`import_paths`, :func:`tag_items`) take a progress
callback and a cancel token like every other job in the app (``app/domain/progress.py``).
"""

from __future__ import annotations

from app.catalog.database import Catalog, catalog_status, create_catalog, open_catalog
from app.catalog.exports.run import DEFAULT_BASE_URL, ExportSummary, Skipped, export_catalog
from app.catalog.exports.run import FORMATS as EXPORT_FORMATS
from app.catalog.importer import DEFAULT_FILE_TIMEOUT_S, ImportSummary, import_paths
from app.catalog.labels import resolve_label
from app.catalog.learning import CollectionTeachSummary, approved_labels, teach_from_collection
from app.catalog.review import (
    Decided,
    QueueEntry,
    ReviewPage,
    accept,
    add_label,
    bulk_accept,
    correct,
    reject,
    review_queue,
    review_state,
    undo_last,
)
from app.catalog.search import Hit, SearchQuery, SearchResult, duplicate_groups, search_items, similar_items
from app.catalog.tagging import DEFAULT_BATCH_SIZE, Executor, TagSummary, in_process, tag_items

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_BATCH_SIZE",
    "EXPORT_FORMATS",
    "ExportSummary",
    "Skipped",
    "export_catalog",
    "DEFAULT_FILE_TIMEOUT_S",
    "Catalog",
    "CollectionTeachSummary",
    "Decided",
    "Executor",
    "Hit",
    "ImportSummary",
    "QueueEntry",
    "ReviewPage",
    "SearchQuery",
    "SearchResult",
    "TagSummary",
    "accept",
    "add_label",
    "approved_labels",
    "bulk_accept",
    "catalog_status",
    "correct",
    "create_catalog",
    "duplicate_groups",
    "import_paths",
    "in_process",
    "open_catalog",
    "reject",
    "resolve_label",
    "review_queue",
    "review_state",
    "search_items",
    "similar_items",
    "tag_items",
    "teach_from_collection",
    "undo_last",
]
