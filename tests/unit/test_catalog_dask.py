"""Tagging on a Dask cluster: a real LocalCluster of two worker processes, the operation and the CLI.

The owner process alone writes the catalogue; batches come back in whatever order the workers
finish them, and a batch that comes back twice is written once.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.catalog import vectors
from app.catalog.operations import catalog_status, create_catalog, import_paths, open_catalog, tag_items
from app.catalog.tag_work import BatchResult, ModelAnswer, ModelIdentity, PhotoResult
from app.cli import main
from app.domain.errors import GyeongjuError, InvalidInput, ModelUnavailable
from app.vision.recognition import DEFAULT_MODEL_ID
from app.vision.registry import default_registry

REPO = Path(__file__).resolve().parents[2]
ITEMS = 200


def _photos(folder: Path, count: int, size: tuple[int, int] = (64, 48)) -> list[Path]:
    """Small, smooth, distinct JPEGs (a 4×3 colour grid blown up)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        grid = np.random.default_rng(1000 + index).integers(0, 256, (3, 4, 3), dtype=np.uint8)
        path = folder / f"photo_{index:03d}.jpg"
        Image.fromarray(grid).resize(size, Image.BICUBIC).save(path, quality=90)
        paths.append(path)
    return paths


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_tag(argv: list[str], capsys) -> tuple[int, str]:
    try:
        code = main(["catalog", "tag", *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().err


# --- order and duplicates, no cluster -------------------------------------------------------------


def _identity() -> ModelIdentity:
    spec = default_registry().get(DEFAULT_MODEL_ID)
    return ModelIdentity(spec.id, spec.version, spec.weights.sha256)


def _answer(path: str) -> PhotoResult:
    index = int(Path(path).stem.split("_")[-1])
    answer = ModelAnswer((("pagoda", 0.5 + index / 100),), unknown=False)
    return PhotoResult(path, "", (answer,), np.full(8, 1 / np.sqrt(8), np.float32), index)


def _shuffling_executor(work, batches):
    """Finishes batches in reverse order and hands the first one back twice (a retried task)."""
    results = [BatchResult((_identity(),), "ee" * 32, tuple(_answer(p) for p in batch)) for batch in batches]
    yield from reversed(results)
    yield results[0]


def test_batches_finishing_out_of_order_or_twice_are_each_written_once(tmp_path):
    with create_catalog(tmp_path / "c.gjcat") as catalog:
        with catalog.transaction() as conn:
            conn.executemany(
                "INSERT INTO items (id, path, sha256, state, added_at, updated_at) VALUES (?, ?, ?, 'ok', '', '')",
                [(i, f"/photos/photo_{i:03d}.jpg", f"{i:064x}") for i in range(1, 11)],
            )
        summary = tag_items(catalog, batch_size=3, executor=_shuffling_executor)
        assert (summary.todo, summary.tagged) == (10, 10)
        runs = catalog.conn.execute("SELECT item_id, top_score FROM tag_runs ORDER BY item_id").fetchall()
        assert [(r[0], round(r[1], 2)) for r in runs] == [(i, round(0.5 + i / 100, 2)) for i in range(1, 11)]


def test_workers_that_cannot_see_the_photos_are_told_apart_from_unreadable_photos(tmp_path):
    from app.catalog.dask_executor import _missing_everywhere_but_here

    here = tmp_path / "photo_001.jpg"
    here.write_bytes(b"x")
    gone = f"“{here.name}” does not exist (looked in “{tmp_path}”)."

    def result(*photos: PhotoResult) -> BatchResult:
        return BatchResult((_identity(),), "ee" * 32, photos)

    assert _missing_everywhere_but_here(result(PhotoResult(str(here), gone)))
    assert not _missing_everywhere_but_here(result(PhotoResult(str(here), "“photo_001.jpg” is truncated.")))
    assert not _missing_everywhere_but_here(result(PhotoResult(str(tmp_path / "moved.jpg"), gone)))
    assert not _missing_everywhere_but_here(result(PhotoResult(str(here), gone), _answer(str(here))))


class _FailedFuture:
    def __init__(self, error: Exception) -> None:
        self.error = error

    def result(self):
        raise self.error

    def release(self) -> None:
        pass


@pytest.mark.parametrize(
    ("error", "kind", "expected"),
    [
        (RuntimeError("Error during deserialization of the task graph. This frequently\noccurs if the Scheduler "
                      "and Client have different environments.\n"), ModelUnavailable,
         "install the same version of the app on the scheduler and on every worker"),
        (ModuleNotFoundError("No module named 'app'"), ModelUnavailable, "No module named 'app'"),
        (ModelUnavailable("The weights of “heritage_types” are missing."), ModelUnavailable, "weights"),
        (OSError("Timed out during handshake\nwhile connecting"), GyeongjuError, "running the same command again"),
    ],
)
def test_what_goes_wrong_on_the_cluster_is_one_sentence(error, kind, expected):
    from app.catalog.dask_executor import DaskExecutor

    executor = DaskExecutor.__new__(DaskExecutor)  # no cluster needed to judge a failed task
    executor.address = "tcp://10.0.0.5:8786"
    with pytest.raises(kind) as caught:
        executor._result(_FailedFuture(error))
    assert expected in str(caught.value) and "\n" not in str(caught.value)


# --- bad addresses --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("http://127.0.0.1:8786", "is not a Dask scheduler address"),
        ("tcp://127.0.0.1:99999", "is not a Dask scheduler address"),
        ("tcp://127.0.0.1:0", "no valid port"),
        ("tcp://127.0.0.1:8786/path", "is not a Dask scheduler address"),
        ("", "address is empty"),
    ],
)
def test_a_malformed_scheduler_address_is_one_line_and_exit_2(tmp_path, capsys, address, expected):
    create_catalog(tmp_path / "c.gjcat").close()
    code, err = _run_tag([str(tmp_path / "c.gjcat"), "--scheduler", address], capsys)
    assert code == 2 and err.count("\n") == 1 and expected in err, err


def test_an_unreachable_scheduler_is_one_line_and_exit_2_within_seconds(tmp_path, capsys):
    create_catalog(tmp_path / "c.gjcat").close()
    started = time.monotonic()
    code, err = _run_tag([str(tmp_path / "c.gjcat"), "--scheduler", f"tcp://127.0.0.1:{_free_port()}"], capsys)
    assert code == 2 and err.count("\n") == 1 and "could not be reached" in err, err
    assert time.monotonic() - started < 8


def test_a_server_that_is_not_a_scheduler_is_refused_within_the_connect_timeout(tmp_path, capsys):
    from app.catalog.dask_executor import DaskExecutor

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    accepted: list[socket.socket] = []

    def serve() -> None:
        try:
            while True:
                accepted.append(server.accept()[0])  # accept and say nothing, like a stuck service
        except OSError:
            pass

    threading.Thread(target=serve, daemon=True).start()
    started = time.monotonic()
    try:
        with pytest.raises(InvalidInput, match="not a Dask scheduler"):
            DaskExecutor(f"tcp://127.0.0.1:{server.getsockname()[1]}", connect_timeout_s=1.0)
    finally:
        server.close()
        for conn in accepted:
            conn.close()
    assert time.monotonic() - started < 5


# --- a real cluster ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dask")
    _photos(folder / "photos", ITEMS)
    with create_catalog(folder / "c.gjcat") as catalog:
        import_paths(catalog, [folder / "photos"], workers=2)
    return folder / "c.gjcat"


def _check_tagged_once(catalog) -> None:
    conn = catalog.conn
    assert conn.execute("SELECT COUNT(*) FROM tag_runs").fetchone()[0] == ITEMS
    assert conn.execute("SELECT COUNT(DISTINCT item_id) FROM tag_runs").fetchone()[0] == ITEMS
    assert conn.execute("SELECT COUNT(DISTINCT item_id) FROM ai_tags").fetchone()[0] == ITEMS
    assert conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == ITEMS
    status = catalog_status(catalog)
    assert (status["tagged"], status["untagged"], status["integrity"]) == (ITEMS, 0, "ok")


@pytest.mark.slow
def test_tagging_on_a_cluster_tags_every_item_once_with_the_in_process_answers(cluster, imported, tmp_path):
    from app.catalog.dask_executor import DaskExecutor
    from app.catalog.tag_work import tag_batch

    shutil.copy(imported, tmp_path / "c.gjcat")
    with open_catalog(tmp_path / "c.gjcat") as catalog, DaskExecutor(cluster) as executor:
        assert (executor.workers, executor.threads) == (2, 2)
        summary = tag_items(catalog, batch_size=8, executor=executor)
        assert (summary.todo, summary.tagged, summary.skipped) == (ITEMS, ITEMS, [])
        _check_tagged_once(catalog)
        assert tag_items(catalog, executor=executor).todo == 0  # once per model version
        # The same photos tagged here, in this process, give the same answers.
        rows = catalog.conn.execute("SELECT id, path FROM items ORDER BY id LIMIT 4").fetchall()
        local = tag_batch([r["path"] for r in rows], [DEFAULT_MODEL_ID])
        for row, photo in zip(rows, local.photos, strict=True):
            stored = catalog.conn.execute(
                "SELECT label, score FROM ai_tags WHERE item_id = ? ORDER BY score DESC", (row["id"],)
            ).fetchall()
            expected = photo.answers[0].labels
            assert stored[0]["label"] == expected[0][0]
            assert {r["label"]: r["score"] for r in stored} == pytest.approx(dict(expected), abs=2e-3)
            blob = catalog.conn.execute("SELECT vector FROM embeddings WHERE item_id = ?", (row["id"],)).fetchone()[0]
            assert float(vectors.decode(blob) @ photo.vector) > 0.995


@pytest.mark.slow
def test_tag_command_uses_the_collections_cluster_and_tags_every_item_once(cluster, imported, tmp_path, capsys):
    """The address kept in the catalogue (as the Studio sets it) sends a plain ``catalog tag DB`` there."""
    shutil.copy(imported, tmp_path / "c.gjcat")
    assert main(["catalog", "cluster", str(tmp_path / "c.gjcat"), "--set", cluster]) == 0
    assert f"tagged on the Dask scheduler at {cluster}" in capsys.readouterr().out
    run = subprocess.run(
        [sys.executable, "-m", "app", "catalog", "tag", str(tmp_path / "c.gjcat")],
        cwd=REPO, capture_output=True, text=True, timeout=240,
    )
    assert run.returncode == 0, run.stderr
    assert f"tagged {ITEMS} of {ITEMS} items" in run.stdout
    assert "tagging on the Dask cluster at tcp://127.0.0.1:" in run.stderr and "(2 workers, 2 threads)" in run.stderr
    with open_catalog(tmp_path / "c.gjcat") as catalog:
        _check_tagged_once(catalog)
