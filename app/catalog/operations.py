"""The catalogue's named operations: what the CLI calls today and Curator Studio will call tomorrow.

Each is plain Python; the slow one (:func:`import_paths`) takes a progress callback and a cancel
token like every other job in the app (``app/domain/progress.py``).
"""

from __future__ import annotations

from app.catalog.database import Catalog, catalog_status, create_catalog, open_catalog
from app.catalog.importer import DEFAULT_FILE_TIMEOUT_S, ImportSummary, import_paths

__all__ = [
    "DEFAULT_FILE_TIMEOUT_S",
    "Catalog",
    "ImportSummary",
    "catalog_status",
    "create_catalog",
    "import_paths",
    "open_catalog",
]
