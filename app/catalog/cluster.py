"""Where a collection is tagged: in this process, or on the museum's Dask cluster.

The cluster's address is a setting of the collection (``collection_settings``, schema v4), so the
Studio's "Tag collection" and ``catalog tag DB`` send the same collection to the same cluster on
every machine that opens it. ``catalog tag --scheduler`` still overrides it for one run, and
``--in-process`` ignores it. Setting an address checks only its form (no network): whether the
scheduler answers is checked when tagging starts, or by :func:`check_scheduler` on request.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from app.catalog.dask_executor import parse_address
from app.domain.progress import CancelToken

if TYPE_CHECKING:
    from app.catalog.database import Catalog
    from app.catalog.tagging import Executor

SCHEDULER_KEY = "dask_scheduler"


def scheduler_address(catalog: Catalog) -> str | None:
    """The collection's Dask scheduler (``tcp://HOST:PORT``), or None to tag in this process."""
    row = catalog.conn.execute("SELECT value FROM collection_settings WHERE key = ?", (SCHEDULER_KEY,)).fetchone()
    return None if row is None else str(row[0])


def set_scheduler_address(catalog: Catalog, address: str | None) -> str | None:
    """Store (normalised) or, with None or an empty text, clear the collection's scheduler address.

    Raises :class:`~app.domain.errors.InvalidInput` with one sentence for a malformed address, in
    which case nothing is stored. Returns what is stored now.
    """
    text = (address or "").strip()
    with catalog.transaction() as conn:
        if not text:
            conn.execute("DELETE FROM collection_settings WHERE key = ?", (SCHEDULER_KEY,))
            return None
        url, _, _ = parse_address(text)
        conn.execute(
            "INSERT INTO collection_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SCHEDULER_KEY, url),
        )
    return url


def check_scheduler(address: str) -> str:
    """Connect to the scheduler, wait for a worker, and describe it ("3 workers, 6 threads at …").

    Raises :class:`~app.domain.errors.InvalidInput` with one sentence when it cannot be used.
    """
    from app.catalog.dask_executor import DaskExecutor

    with DaskExecutor(address) as executor:
        return executor.describe()


@contextlib.contextmanager
def tagging_executor(
    catalog: Catalog, override: str | None = None, in_process: bool = False, cancel: CancelToken | None = None
) -> Iterator[tuple[Executor | None, str]]:
    """The executor to tag ``catalog`` with, and a line saying where the work runs.

    ``override`` (an address) wins over the collection's setting; ``in_process`` ignores both.
    The cluster connection, if any, is closed when the block ends.
    """
    # An empty override is a mistake to report (DaskExecutor says so), not a request for the default.
    address = None if in_process else (override if override is not None else scheduler_address(catalog))
    if address is None:
        yield None, "tagging in this process"
        return
    from app.catalog.dask_executor import DaskExecutor

    with DaskExecutor(address, cancel=cancel) as executor:
        yield executor, f"tagging on {executor.describe()}"
