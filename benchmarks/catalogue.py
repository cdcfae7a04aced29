"""The catalogue at work: import + tag 12 MP photos, review and search at scale, memory, and Dask.

    python -m benchmarks.catalogue [--photos 60] [--workdir DIR] [--only a,w,b,c,d,e]
                                   [--sizes 1000,10000,50000] [--rss 200,1000] [--noises 2,4,8]

Every table sets ours beside a baseline measured in the same run:

a. import + tag of 12 MP JPEGs (4000×3000, quality 90: real photos from ``.devdata/real`` or
   ``../shared/data/kodak24`` blown up, with sensor-like noise so that they carry a real photo's
   entropy; synthetic photo-like fields when neither exists), end to end, against a plain loop —
   full Pillow decode, centre crop + resize, one float32 backbone pass per photo;
w. the tagging of a with files of rising weight (sensor-noise σ 2, 4, 8: about 1.5 to 3.4 MB per
   12 MP file), each beside the CPU its 1/8-scale decode alone costs, and the weight of the real
   camera originals in ``.devdata/real/multiview`` as the yardstick;
b. review keypress (accept the first item, then fetch the next page of 50) and search, on synthetic
   catalogues of 1k / 10k / 50k items, against plain SQL over the same rows without the review
   state tables and the text index (a v1-style queue; ``LIKE`` for text);
c. opening a 50k catalogue (and showing its first review page) against a bare ``sqlite3`` open;
d. peak RSS of ``catalog tag`` (a fresh process) over 200 and over 1000 photos;
e. the same photos tagged on a Dask ``LocalCluster`` of 1 and of 2 single-threaded worker
   processes, against in-process tagging (models warmed up first in every case).

Photos and synthetic catalogues are kept in ``--workdir`` (default: a temporary folder) so that a
second run skips building them. Wall times on a shared machine vary with its load, which is
printed beside each table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.catalogue_fixtures import (
    REPO,
    cpu_seconds,
    fresh_copy,
    imported,
    make_photos,
    plain_loop,
    print_table,
)

TYPES = ("pagoda", "buddhist_sculpture", "temple_hall", "royal_tomb", "bridge", "bell", "roof_tile", "ceramics")
WORDS = ("stone", "lantern", "bell", "pagoda", "roof", "tile", "gate", "hall", "mound", "bridge")
SITES = ("Bulguksa, Gyeongju", "Seokguram", "Daereungwon", "Donggung and Wolji", "Hwangnyongsa site")


# --- a. import + tag of 12 MP photos ------------------------------------------------------------------


def bench_import_and_tag(work: Path, count: int, repeats: int = 2) -> None:
    from app.catalog.operations import create_catalog, import_paths, open_catalog, tag_items
    from app.catalog.tag_work import tag_batch
    from app.vision.recognition import DEFAULT_MODEL_ID

    started = time.monotonic()
    photos = make_photos(work / "photos12mp", count, (4000, 3000))
    print(
        f"\n{count} photos 4000×3000 ready in {time.monotonic() - started:.0f} s; "
        f"{sum(p.stat().st_size for p in photos) / count / 1e6:.1f} MB each"
    )
    started = time.monotonic()
    tag_batch([str(photos[0])], [DEFAULT_MODEL_ID])  # models loaded once, as a running app has them
    load_s = time.monotonic() - started
    imports, tags, import_cpu, tag_cpu = [], [], [], []
    for attempt in range(repeats):
        db = fresh_copy(None, work / f"a{attempt}.gjcat")
        with create_catalog(db) as catalog:
            started, cpu = time.monotonic(), cpu_seconds()
            imported = import_paths(catalog, [work / "photos12mp"])
            imports.append(time.monotonic() - started)
            import_cpu.append(cpu_seconds() - cpu)
        shutil.copy(db, work / "imported12mp.gjcat")  # untagged, for the Dask table
        with open_catalog(db) as catalog:
            cpu = cpu_seconds()
            tagged = tag_items(catalog)
            tag_cpu.append(cpu_seconds() - cpu)
        tags.append(tagged.elapsed_s)
        assert imported.added == count and tagged.tagged == count, (imported.line(), tagged.line())

    plain_rate, plain_cpu, plain_count = plain_loop(photos)
    import_s, tag_s = min(imports), min(tags)
    print_table(
        f"a. import + tag, {count} JPEGs of 12 MP, best of {repeats} (models loaded once beforehand: {load_s:.1f} s)",
        ("pipeline", "seconds", "photos/s", "all runs, photos/s", "CPU ms per photo"),
        [
            (
                "ours: import (hash, EXIF, thumbnail; 2 processes)",
                import_s,
                count / import_s,
                ", ".join(f"{count / t:.1f}" for t in imports),
                f"{min(import_cpu) / count * 1000:.0f}",
            ),
            (
                "ours: tag (draft decode, batched int8, heads, embedding)",
                tag_s,
                count / tag_s,
                ", ".join(f"{count / t:.1f}" for t in tags),
                f"{min(tag_cpu) / count * 1000:.0f}",
            ),
            (
                "ours: import + tag, end to end",
                import_s + tag_s,
                count / (import_s + tag_s),
                "",
                f"{(min(import_cpu) + min(tag_cpu)) / count * 1000:.0f}",
            ),
            (
                f"baseline: plain loop (full decode, resize, float32, one at a time; {plain_count} photos)",
                count / plain_rate,
                plain_rate,
                "",
                f"{plain_cpu * 1000:.0f}",
            ),
        ],
    )


# --- w. tagging rate by file weight ---------------------------------------------------------------------

#: Real camera originals kept for the multi-view work (Kodak EasyShare 6 MP, an 8 MP phone): how many
#: bytes a real camera spends per pixel, as the yardstick for the generated files' weight.
CAMERA_ORIGINALS = REPO / ".devdata/real/multiview"


def _camera_weights() -> list[float]:
    """MB per 12 MP of the real camera JPEGs on disk (≥ 5 MP ones: full-size camera output)."""
    weights = []
    for path in sorted(CAMERA_ORIGINALS.rglob("*")) if CAMERA_ORIGINALS.is_dir() else []:
        if path.suffix.lower() in (".jpg", ".jpeg"):
            with Image.open(path) as image:
                pixels = image.size[0] * image.size[1]
            if pixels >= 5_000_000:
                weights.append(path.stat().st_size / pixels * 12e6 / 1e6)
    return weights


def bench_tag_by_weight(work: Path, count: int, noises: list[float], repeats: int = 2) -> None:
    """The same tagging run on 12 MP files of rising entropy: decoding, not the network, sets the pace."""
    from app.catalog.operations import open_catalog, tag_items
    from app.catalog.tag_work import tag_batch
    from app.imaging.io import load_preview
    from app.vision.recognition import DEFAULT_MODEL_ID
    from app.vision.recognition.loading import PREVIEW_SIDE

    rows: list[tuple[object, ...]] = []
    for noise in noises:
        folder = work / f"photos12mp_noise{noise:g}_{count}"
        photos = make_photos(folder, count, (4000, 3000), noise=noise)
        tag_batch([str(photos[0])], [DEFAULT_MODEL_ID])
        started = time.process_time()
        for path in photos[:8]:
            load_preview(path, PREVIEW_SIDE)
        decode_ms = (time.process_time() - started) / 8 * 1000
        untagged = work / f"w{noise:g}_{count}.gjcat"
        imported(untagged, folder)
        rates, cpus = [], []
        for _ in range(repeats):
            db = fresh_copy(untagged, work / "w-run.gjcat")
            with open_catalog(db) as catalog:
                cpu = cpu_seconds()
                tagged = tag_items(catalog)
                cpus.append(cpu_seconds() - cpu)
            assert tagged.tagged == count, tagged.line()
            rates.append(count / tagged.elapsed_s)
        megabytes = sum(p.stat().st_size for p in photos) / count / 1e6
        plain_rate = plain_loop(photos)[0]
        rows.append(
            (
                f"noise σ {noise:g}",
                f"{megabytes:.2f}",
                f"{decode_ms:.0f}",
                max(rates),
                ", ".join(f"{r:.1f}" for r in rates),
                f"{min(cpus) / count * 1000:.0f}",
                plain_rate,
            )
        )
    weights = _camera_weights()
    if weights:
        rows.append(
            (
                f"(real camera originals here, n = {len(weights)})",
                f"{statistics.median(weights):.2f} median ({min(weights):.2f}–{max(weights):.2f}) per 12 MP",
                "",
                "",
                "",
                "",
                "",
            )
        )
    print_table(
        f"w. tag {count} JPEGs of 12 MP by file weight (quality 90, real photos blown up + sensor-like noise)",
        (
            "files",
            "MB per file",
            "decode CPU ms (1/8 draft)",
            "ours: photos/s (best)",
            "all runs",
            "CPU ms per photo",
            "baseline: plain loop, photos/s",
        ),
        rows,
    )


# --- b, c. review and search on synthetic catalogues ---------------------------------------------------


def build_synthetic(path: Path, items: int) -> None:
    """Rows as a real run leaves them (tag runs, AI tags, titles, sites, 20 % decided, embeddings)."""
    from app.catalog.operations import create_catalog
    from app.vision.recognition import DEFAULT_MODEL_ID
    from app.vision.registry import default_registry

    if path.exists():
        return
    spec = default_registry().get(DEFAULT_MODEL_ID)
    model, version, sha, now = spec.id, spec.version, spec.weights.sha256, "2025-11-01T09:00:00+00:00"
    rng = np.random.default_rng(0)
    labels = np.argsort(rng.random((items, len(TYPES))), axis=1)[:, :3]
    scores = np.sort(rng.random((items, 3)), axis=1)[:, ::-1]
    ids = range(1, items + 1)
    with create_catalog(path) as catalog, catalog.transaction() as conn:
        conn.executemany(
            "INSERT INTO items (id, path, sha256, size, width, height, format, exif_date, state, added_at, "
            "updated_at) VALUES (?, ?, ?, 100000, 4000, 3000, 'JPEG', ?, 'ok', ?, ?)",
            [
                (i, f"/museum/{i // 1000:03d}/IMG_{i:06d}.jpg", f"{i:064x}", f"{1950 + i % 70}-01-01", now, now)
                for i in ids
            ],
        )
        conn.executemany(
            "INSERT INTO ai_tags (item_id, model_id, model_version, model_sha256, label, score, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (i, model, version, sha, TYPES[labels[i - 1, k]], float(scores[i - 1, k]), now)
                for i in ids
                for k in range(3)
            ],
        )
        conn.executemany(
            "INSERT INTO tag_runs (item_id, model_id, model_version, model_sha256, top_label, top_score, done_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(i, model, version, sha, TYPES[labels[i - 1, 0]], float(scores[i - 1, 0]), now) for i in ids],
        )
        conn.execute(
            "INSERT INTO tag_models (model_id, model_version, model_sha256, first_run_at, last_run_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (model, version, sha, now, now),
        )
        conn.executemany(
            "INSERT INTO dc (item_id, field, language, position, value) VALUES (?, ?, ?, 0, ?)",
            [
                row
                for i in ids
                for row in (
                    (i, "title", "en", " ".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 7)) + f" {i}"),
                    (i, "coverage", "", SITES[i % len(SITES)]),
                )
            ],
        )
        decided = rng.choice(np.arange(1, items + 1), size=items // 5, replace=False)
        conn.execute(
            "INSERT INTO decision_batches (id, action, decided_by, decided_at, size) "
            "VALUES (1, 'accepted', 'bench', ?, ?)",
            (now, len(decided)),
        )
        conn.executemany(
            "INSERT INTO decisions (item_id, label, action, decided_by, decided_at, batch) VALUES (?, ?, ?, 'b', ?, 1)",
            [(int(i), TYPES[labels[i - 1, 0]], ("accepted", "rejected", "corrected")[i % 3], now) for i in decided],
        )
        codes = rng.integers(-127, 128, (items, 1280), dtype=np.int8)  # stored int8 codes (app.catalog.vectors)
        conn.executemany(
            "INSERT INTO embeddings (item_id, model_sha256, dim, vector, phash) VALUES (?, 'cd', 1280, ?, ?)",
            [(i, codes[i - 1].tobytes(), int(rng.integers(-(2**62), 2**62))) for i in ids],
        )


_NAIVE_QUEUE = (
    "SELECT i.id, MAX(a.score) AS s FROM items i JOIN ai_tags a ON a.item_id = i.id AND a.model_id = ? "
    "WHERE i.state = 'ok' AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = i.id "
    "AND d.action IN ('accepted', 'rejected', 'corrected')) GROUP BY i.id ORDER BY s, i.id LIMIT 50"
)
_NAIVE_REMAINING = (
    "SELECT COUNT(DISTINCT a.item_id) FROM ai_tags a WHERE a.model_id = ? AND NOT EXISTS (SELECT 1 FROM decisions d "
    "WHERE d.item_id = a.item_id AND d.action IN ('accepted', 'rejected', 'corrected'))"
)


def _timed(function: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and worst wall time in ms over ``runs`` calls (after one warm-up call)."""
    function()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def bench_review_and_search(work: Path, sizes: list[int]) -> None:
    from app.catalog.operations import SearchQuery, accept, open_catalog, review_queue, search_items
    from app.vision.recognition import DEFAULT_MODEL_ID

    review_rows, search_rows = [], []
    for size in sizes:
        source = work / f"synthetic_{size}.gjcat"
        build_synthetic(source, size)
        db = fresh_copy(source, work / f"review_{size}.gjcat")
        with open_catalog(db) as catalog:

            def keypress() -> None:
                first = review_queue(catalog, limit=50).entries[0]
                accept(catalog, first.item_id, by="bench")
                review_queue(catalog, limit=50)

            def naive_keypress() -> None:
                rows = catalog.conn.execute(_NAIVE_QUEUE, (DEFAULT_MODEL_ID,)).fetchall()
                with catalog.transaction() as conn:
                    conn.execute(
                        "INSERT INTO decisions (item_id, label, action, decided_by, decided_at) "
                        "VALUES (?, 'pagoda', 'accepted', 'b', 'now')",
                        (rows[0][0],),
                    )
                catalog.conn.execute(_NAIVE_QUEUE, (DEFAULT_MODEL_ID,)).fetchall()
                catalog.conn.execute(_NAIVE_REMAINING, (DEFAULT_MODEL_ID,)).fetchone()

            ours, naive = _timed(keypress, 20), _timed(naive_keypress, 5 if size > 10_000 else 20)
            review_rows.append((f"{size:,}", f"{ours[0]:.1f} / {ours[1]:.1f}", f"{naive[0]:.1f} / {naive[1]:.1f}"))
            queries = {
                "tag pagoda (탑)": SearchQuery(tag="탑"),
                "state unreviewed": SearchQuery(state="unreviewed"),
                "text bell": SearchQuery(text="bell"),
                "text + tag + state + site": SearchQuery(text="stone", tag="bell", state="unreviewed", site="bulguksa"),
                "similar to item 1": SearchQuery(similar_to=1),
            }
            for name, query in queries.items():
                ms = _timed(lambda q=query: search_items(catalog, q), 5)[0]
                search_rows.append((f"{size:,}", name, f"{ms:.1f}", ""))
            like = _timed(
                lambda: catalog.conn.execute(
                    "SELECT COUNT(DISTINCT item_id) FROM dc WHERE field = 'title' AND value LIKE '%bell%'"
                ).fetchone(),
                5,
            )
            search_rows[-3] = (*search_rows[-3][:3], f"{like[0]:.1f} (LIKE scan, count only)")
    print_table(
        "b. review keypress: accept + next page of 50 (ms, median / worst)",
        ("items", "ours", "baseline: plain SQL, no queue tables"),
        review_rows,
    )
    print_table(
        "b. search, first page of 50 with the total (ms, median of 5)",
        ("items", "query", "ours", "baseline"),
        search_rows,
    )


def bench_open(work: Path, size: int) -> None:
    import sqlite3

    from app.catalog.operations import catalog_status, open_catalog, review_queue

    source = work / f"synthetic_{size}.gjcat"
    build_synthetic(source, size)

    def ours() -> None:
        with open_catalog(source) as catalog:
            review_queue(catalog, limit=50)

    def bare() -> None:
        conn = sqlite3.connect(source)
        conn.execute("SELECT COUNT(*) FROM items").fetchone()
        conn.close()

    def status() -> None:
        with open_catalog(source) as catalog:
            catalog_status(catalog)

    rows = [
        ("ours: open_catalog + first review page", *_timed(ours, 5)),
        ("ours: open_catalog + catalog_status (integrity check)", *_timed(status, 3)),
        ("baseline: sqlite3.connect + COUNT(*)", *_timed(bare, 5)),
    ]
    print_table(
        f"c. opening a {size:,}-item catalogue ({source.stat().st_size / 1e6:.0f} MB; file in the page cache)",
        ("what", "median ms", "worst ms"),
        [(r[0], f"{r[1]:.1f}", f"{r[2]:.1f}") for r in rows],
    )


# --- d. memory ---------------------------------------------------------------------------------------


def _peak_rss_mb(argv: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of one child process, from its own rusage."""
    started = time.monotonic()
    child = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{argv} exited {child.returncode}")
    return usage.ru_maxrss / 1024, time.monotonic() - started


def bench_memory(work: Path, counts: list[int]) -> None:
    photos = make_photos(work / "photos_vga", max(counts), (640, 480))
    rows = []
    for count in counts:
        folder = work / f"vga_{count}"
        folder.mkdir(exist_ok=True)
        for path in photos[:count]:
            if not (folder / path.name).exists():
                os.link(path, folder / path.name)
        source = work / f"vga_{count}.gjcat"
        imported(source, folder)
        db = fresh_copy(source, work / f"vga_{count}_tag.gjcat")
        rss, seconds = _peak_rss_mb([sys.executable, "-m", "app", "catalog", "tag", str(db)])
        rows.append((f"{count}", f"{rss:.0f}", f"{seconds:.1f}", f"{count / seconds:.1f}"))
    print_table(
        "d. peak RSS of `catalog tag` (fresh process, 640×480 JPEGs)",
        ("photos", "peak RSS MB", "seconds (incl. start-up and model load)", "photos/s"),
        rows,
    )


# --- e. Dask -------------------------------------------------------------------------------------------


def bench_dask(work: Path) -> None:
    """Each cluster's runs alternate with in-process runs, so that both meet the same machine load."""
    from distributed import LocalCluster

    from app.catalog.dask_executor import DaskExecutor
    from app.catalog.operations import open_catalog, tag_items

    source = work / "imported12mp.gjcat"
    if not source.exists():
        print("\ne. skipped: run part a first (it imports the 12 MP photos)")
        return

    def rate(executor: DaskExecutor | None, name: str) -> float:
        with open_catalog(fresh_copy(source, work / f"e_{name}.gjcat")) as catalog:
            return tag_items(catalog, batch_size=8, executor=executor).rate

    rows = []
    for workers in (1, 2):
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
            ) as cluster,
            DaskExecutor(cluster.scheduler_address) as executor,
        ):
            rate(executor, "warm-up")  # loads the models in every worker
            local, remote = [], []
            for attempt in range(2):
                local.append(rate(None, f"local{attempt}"))
                remote.append(rate(executor, f"dask{attempt}"))
        rows.append(
            (
                f"Dask LocalCluster, {workers} worker process(es) × 1 thread",
                f"{max(remote):.1f}",
                ", ".join(f"{r:.1f}" for r in remote),
                ", ".join(f"{r:.1f}" for r in local),
            )
        )
    print_table(
        "e. tagging the 12 MP photos on Dask (models warmed up; batches of 8; photos/s)",
        ("executor", "best", "runs", "in-process runs in between (default executor)"),
        rows,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=60, help="12 MP photos for a and e (default 60)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep photos and catalogues here")
    parser.add_argument("--only", default="a,w,b,c,d,e", help="which tables (default all: a,w,b,c,d,e)")
    parser.add_argument("--sizes", default="1000,10000,50000", help="catalogue sizes for b")
    parser.add_argument("--rss", default="200,1000", help="photo counts for d")
    parser.add_argument("--noises", default="2,4,8", help="sensor-noise levels for w (file weight)")
    args = parser.parse_args(argv)
    parts = set(args.only.split(","))
    with tempfile.TemporaryDirectory(prefix="bench-catalogue-") as temp:
        work = args.workdir or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        if "a" in parts:
            bench_import_and_tag(work, args.photos)
        if "w" in parts:
            bench_tag_by_weight(work, args.photos, [float(n) for n in args.noises.split(",")])
        if "b" in parts:
            bench_review_and_search(work, [int(s) for s in args.sizes.split(",")])
        if "c" in parts:
            bench_open(work, max(int(s) for s in args.sizes.split(",")))
        if "d" in parts:
            bench_memory(work, [int(s) for s in args.rss.split(",")])
        if "e" in parts:
            bench_dask(work)


if __name__ == "__main__":
    main()
