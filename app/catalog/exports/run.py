"""``export_catalog``: the one export operation the CLI and Curator Studio call.

A job like every other (``app/domain/progress.py``): progress between items, the cancel token
checked between items and between rows of tiles. Pictures that cannot be exported (unreadable or
missing at import, gone or changed since, undecodable now) are skipped with a reason that the
summary and the folder's ``gyeongju-export.json`` list; they never stop the export.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from app.catalog.database import Catalog
from app.catalog.exports import dublin_core, iiif, xmp
from app.catalog.exports.common import now_iso
from app.catalog.exports.effective_tags import TagNamer, TagSet, effective_tags
from app.catalog.exports.outputs import OutputFolder
from app.catalog.exports.records import ItemRecord, count_items, iter_items, lenient_text
from app.catalog.exports.text import clean_text, language_tag, safe_stem
from app.catalog.exports.tiles import write_tiles
from app.content.taxonomy import load_taxonomy
from app.domain.errors import ImageLoadError, InvalidInput
from app.domain.hashing import sha256_file
from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from app.imaging.io import load_image
from app.imaging.reader import quoted

#: Export formats, as the CLI's ``--format`` names them.
FORMATS = ("xmp", "dc-csv", "dc-json", "iiif")
#: Where the IIIF site is expected to be served unless told otherwise (``python -m http.server``).
DEFAULT_BASE_URL = "http://127.0.0.1:8000/"
CSV_NAME = "dublin-core.csv"
JSON_NAME = "dublin-core.json"
_PROGRESS_INTERVAL_S = 0.1

Add = Callable[[ItemRecord, TagSet, str], None]


@dataclass(frozen=True)
class Skipped:
    """A picture left out of an export, and why (one sentence)."""

    item_id: int
    path: str
    reason: str


@dataclass
class ExportSummary:
    """What one export did."""

    format: str
    out_dir: Path
    items: int = 0
    exported: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    elapsed_s: float = 0.0

    def line(self) -> str:
        return (
            f"{self.exported} of {self.items} items as {self.format} into {self.out_dir}, "
            f"{len(self.skipped)} skipped — {self.elapsed_s:.1f} s"
        )


class _Skip(Exception):
    """This picture cannot be exported; ``str()`` is the reason."""


def check_base_url(url: str) -> str:
    """``url`` as the base of every IIIF id (ends with ``/``); InvalidInput unless http(s)."""
    url = url.strip()
    parts = urlsplit(url)
    # Ids are pasted into viewers and JSON as they are: no spaces, no query, no fragment.
    if (parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment
            or any(c.isspace() or not c.isprintable() for c in url)):
        raise InvalidInput(f"The base URL “{url}” must be an http:// or https:// address such as {DEFAULT_BASE_URL}.")
    return url if url.endswith("/") else url + "/"


def _source(record: ItemRecord) -> str:
    """A path where the picture still is; :class:`_Skip` when there is none."""
    if record.state == "unreadable":
        raise _Skip(f"it could not be read when imported ({record.reason or 'no reason recorded'})")
    if record.state == "missing" or record.sha256 is None:
        raise _Skip("its file was missing at the last import")
    for path in (record.path, *record.other_paths):
        if os.path.isfile(path):
            return path
    raise _Skip(f"its file is no longer at {record.display_path}")


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name[1:] else name


@contextlib.contextmanager
def _xmp(folder: OutputFolder) -> Iterator[Add]:
    exported_at = now_iso()

    def add(record: ItemRecord, tags: TagSet, _path: str) -> None:
        fallback = f"item-{record.id}"
        stem = safe_stem(_stem(record.file_name), fallback)
        digest = record.sha256 or ""
        # IMG.xmp as Lightroom and digiKam pair it; IMG.jpg.xmp (darktable's form) when IMG.png
        # took the first; then the picture's hash; the item id last.
        candidates = [stem, safe_stem(record.file_name, fallback), f"{stem}-{digest[:8]}", f"{stem}-{digest}", fallback]
        rel = next((f"{c}.xmp" for c in candidates if folder.claim(f"{c}.xmp")), None)
        if rel is None:
            raise _Skip("every name for its sidecar is taken by a file this app did not write")
        folder.write_bytes(rel, xmp.sidecar_xml(record, tags, exported_at))

    yield add


def _dc_languages(catalog: Catalog) -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for row in catalog.conn.execute("SELECT DISTINCT field, language FROM dc"):
        if (tag := language_tag(row[1])) is not None:
            table.setdefault(row[0], set()).add(tag)
    return table


@contextlib.contextmanager
def _dc_csv(folder: OutputFolder, catalog: Catalog, bom: bool) -> Iterator[Add]:
    folder.require(CSV_NAME)
    columns = dublin_core.csv_columns(_dc_languages(catalog))
    with folder.atomic(CSV_NAME) as temp, open(temp, "w", encoding="utf-8", newline="") as handle:
        writer = dublin_core.CsvWriter(handle, columns, bom=bom)
        yield lambda record, tags, _path: writer.add(record, tags)


@contextlib.contextmanager
def _dc_json(folder: OutputFolder) -> Iterator[Add]:
    folder.require(JSON_NAME)
    with folder.atomic(JSON_NAME) as temp, open(temp, "w", encoding="utf-8", newline="\n") as handle:
        writer = dublin_core.JsonWriter(handle)
        yield lambda record, tags, _path: writer.add(record, tags)
        writer.close()


def _unchanged_copy(record: ItemRecord, first: str) -> str:
    """A copy of the picture whose bytes are still the ones imported (tiles must show *that* picture)."""
    for path in dict.fromkeys((first, record.path, *record.other_paths)):
        with contextlib.suppress(OSError):
            if os.path.isfile(path) and sha256_file(path) == record.sha256:
                return path
    raise _Skip("its file has changed since it was imported; import it again")


@contextlib.contextmanager
def _iiif(folder: OutputFolder, base: str, name: str, cancel: CancelToken) -> Iterator[Add]:
    for rel in ("collection.json", "manifests", "images"):
        folder.require(rel)
    members: list[dict[str, object]] = []
    collection_id = f"{base}collection.json"

    def add(record: ItemRecord, tags: TagSet, path: str) -> None:
        path = _unchanged_copy(record, path)
        try:
            pixels = load_image(path).pixels
        except ImageLoadError as exc:
            raise _Skip(str(exc).rstrip(".")) from None
        slug = str(record.sha256)[:16]
        service = write_tiles(pixels, f"{base}images/{slug}", folder, f"images/{slug}", cancel)
        document = iiif.manifest(record, tags, f"{base}manifests/{slug}.json", service, collection_id)
        folder.write_bytes(f"manifests/{slug}.json", json.dumps(document, ensure_ascii=False, indent=1).encode())
        members.append(iiif.member(document))

    yield add
    document = iiif.collection(collection_id, name, members)
    folder.write_bytes("collection.json", json.dumps(document, ensure_ascii=False, indent=1).encode())


def export_catalog(
    catalog: Catalog,
    fmt: str,
    out_dir: str | os.PathLike[str],
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    *,
    base_url: str = DEFAULT_BASE_URL,
    min_score: float = 0.0,
    csv_bom: bool = False,
) -> ExportSummary:
    """Export every picture of ``catalog`` as ``fmt`` (one of :data:`FORMATS`) into ``out_dir``.

    ``out_dir`` is created when its parent exists. Originals are only read. ``min_score`` drops
    unreviewed model suggestions below it; ``base_url`` is where the IIIF site will be served;
    ``csv_bom`` starts the CSV with a byte-order mark for Excel. Bad arguments raise
    :class:`InvalidInput`; cancelling raises ``Cancelled`` after keeping what was finished.
    """
    cancel = cancel or CancelToken()
    if fmt not in FORMATS:
        raise InvalidInput(f"“{fmt}” is not an export format; choose one of {', '.join(FORMATS)}.")
    if not 0.0 <= min_score <= 1.0:
        raise InvalidInput("The minimum score for AI suggestions must be between 0 and 1.")
    base = check_base_url(base_url) if fmt == "iiif" else ""
    started = time.monotonic()
    summary = ExportSummary(fmt, Path(out_dir))
    with lenient_text(catalog.conn):
        # Never written over: every known copy of every picture, and the catalogue itself.
        originals = [row[0] for row in catalog.conn.execute("SELECT path FROM files UNION SELECT path FROM items")]
        originals += [f"{catalog.path}{suffix}" for suffix in ("", "-wal", "-shm", "-journal")]
        folder = OutputFolder(Path(out_dir), originals)
        namer = TagNamer(load_taxonomy())
        summary.items = count_items(catalog.conn)
        writers = {
            "xmp": lambda: _xmp(folder),
            "dc-csv": lambda: _dc_csv(folder, catalog, csv_bom),
            "dc-json": lambda: _dc_json(folder),
            "iiif": lambda: _iiif(folder, base, clean_text(catalog.path.stem), cancel),
        }
        try:
            with writers[fmt]() as add:
                _export_items(catalog, add, namer, min_score, summary, progress, cancel)
        except OSError as exc:
            raise InvalidInput(f"The export into {quoted(folder.root)} stopped: {exc.strerror or exc}.") from None
        finally:
            summary.elapsed_s = time.monotonic() - started
            folder.finish(_report(summary, catalog))
    progress(Progress(1.0, f"{summary.exported}/{summary.items} items exported"))
    return summary


def _export_items(
    catalog: Catalog, add: Add, namer: TagNamer, min_score: float, summary: ExportSummary,
    progress: ProgressCallback, cancel: CancelToken,
) -> None:
    last_report = 0.0
    for done, record in enumerate(iter_items(catalog.conn)):
        cancel.raise_if_cancelled()
        if time.monotonic() - last_report >= _PROGRESS_INTERVAL_S:
            last_report = time.monotonic()
            progress(Progress(done / max(1, summary.items), f"{done}/{summary.items} items · {record.file_name}"))
        try:
            add(record, effective_tags(record, namer, min_score), _source(record))
        except _Skip as skip:
            summary.skipped.append(Skipped(record.id, record.display_path, str(skip)))
        else:
            summary.exported += 1


def _report(summary: ExportSummary, catalog: Catalog) -> dict[str, object]:
    return {
        "format": summary.format,
        "catalog": str(catalog.path),
        "items": summary.items,
        "exported": summary.exported,
        "skipped": [{"item_id": s.item_id, "path": s.path, "reason": s.reason} for s in summary.skipped],
    }
