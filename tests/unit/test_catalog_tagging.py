"""Batch tagging: once per model version, crash-safe batches, decisions untouched, real runs and a kill -9."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.catalog.operations import (
    catalog_status,
    create_catalog,
    duplicate_groups,
    import_paths,
    open_catalog,
    similar_items,
    tag_items,
)
from app.catalog.tag_work import BatchResult, ModelAnswer, ModelIdentity, PhotoResult
from app.cli import main
from app.domain.errors import Cancelled, InvalidInput, ModelUnavailable
from app.domain.progress import CancelToken
from app.vision.recognition import DEFAULT_MODEL_ID
from app.vision.registry import default_registry

REPO = Path(__file__).resolve().parents[2]


def _photos(folder: Path, count: int, size: tuple[int, int] = (64, 48)) -> list[Path]:
    """Small, smooth, distinct JPEGs (a 4×3 colour grid blown up, so a resize keeps the content)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        grid = np.random.default_rng(index).integers(0, 256, (3, 4, 3), dtype=np.uint8)
        path = folder / f"photo_{index:03d}.jpg"
        Image.fromarray(grid).resize(size, Image.BICUBIC).save(path, quality=90)
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """A catalogue of 7 readable photos and 1 unreadable file, imported once (import starts a process)."""
    folder = tmp_path_factory.mktemp("tagging")
    _photos(folder / "photos", 7)
    (folder / "photos" / "broken.jpg").write_bytes(b"\xff\xd8\xff not really a jpeg")
    with create_catalog(folder / "c.gjcat") as catalog:
        import_paths(catalog, [folder / "photos"], workers=1)
    return folder / "c.gjcat"


@pytest.fixture
def catalog(imported, tmp_path):
    shutil.copy(imported, tmp_path / "c.gjcat")
    catalog = open_catalog(tmp_path / "c.gjcat")
    yield catalog
    catalog.close()


def _identity(model_id: str = DEFAULT_MODEL_ID) -> ModelIdentity:
    spec = default_registry().get(model_id)
    return ModelIdentity(spec.id, spec.version, spec.weights.sha256)


class FakeExecutor:
    """Stands in for the model: answers from the file name; can fail, misbehave or be slow on cue."""

    def __init__(self, *, fail_on_batch: int | None = None, identity: ModelIdentity | None = None,
                 unreadable: str | None = None, on_batch=None) -> None:
        self.fail_on_batch = fail_on_batch
        self.identity = identity or _identity()
        self.unreadable = unreadable
        self.on_batch = on_batch
        self.seen: list[list[str]] = []

    def __call__(self, work, batches):
        for number, batch in enumerate(batches):
            self.seen.append(batch)
            if number == self.fail_on_batch:
                raise RuntimeError("the worker died")
            if self.on_batch:
                self.on_batch(number)
            yield BatchResult((self.identity,), "ee" * 32, tuple(self._photo(p) for p in batch))

    def _photo(self, path: str) -> PhotoResult:
        if self.unreadable and path.endswith(self.unreadable):
            return PhotoResult(path, "“x.jpg” is truncated.")
        index = int(Path(path).stem.split("_")[-1])
        score = 0.1 + index / 10
        answer = ModelAnswer((("pagoda", score), ("bell", 0.05)), unknown=score < 0.3)
        vector = np.full(8, 1 / np.sqrt(8), np.float32)
        return PhotoResult(path, "", (answer,), vector, 2**63 + index)


def _runs(catalog) -> list[tuple[int, str, str]]:
    return [tuple(r) for r in catalog.conn.execute("SELECT item_id, model_id, model_version FROM tag_runs")]


def test_every_readable_item_is_tagged_once_with_full_provenance(catalog):
    fake = FakeExecutor()
    summary = tag_items(catalog, batch_size=3, executor=fake)
    ok = catalog.conn.execute("SELECT COUNT(*) FROM items WHERE state = 'ok'").fetchone()[0]
    assert ok == 7 and summary.todo == 7 and summary.tagged == 7 and [len(b) for b in fake.seen] == [3, 3, 1]
    identity = _identity()
    rows = catalog.conn.execute("SELECT model_id, model_version, model_sha256, label, score, created_at FROM ai_tags")
    rows = [tuple(r) for r in rows]
    assert len(rows) == 14
    assert {r[:3] for r in rows} == {(identity.id, identity.version, identity.sha256)}
    assert all(0 <= r[4] <= 1 and r[5] for r in rows)
    assert len(_runs(catalog)) == 7 and len(set(_runs(catalog))) == 7
    embedding = catalog.conn.execute("SELECT dim, length(vector), phash FROM embeddings LIMIT 1").fetchone()
    assert tuple(embedding)[:2] == (8, 8) and embedding[2] < 0  # 64-bit hash stored signed
    status = catalog_status(catalog)
    assert (status["tagged"], status["untagged"], status["unreadable"]) == (7, 0, 1)
    again = tag_items(catalog, executor=FakeExecutor())
    assert (again.todo, again.tagged) == (0, 0) and len(_runs(catalog)) == 7


def test_a_crash_loses_at_most_the_batch_in_flight_and_a_rerun_completes(catalog):
    with pytest.raises(RuntimeError):
        tag_items(catalog, batch_size=2, executor=FakeExecutor(fail_on_batch=2))
    assert len(_runs(catalog)) == 4  # two whole batches committed, nothing of the third
    tags = catalog.conn.execute("SELECT COUNT(DISTINCT item_id) FROM ai_tags").fetchone()[0]
    assert tags == 4
    fake = FakeExecutor()
    assert tag_items(catalog, batch_size=2, executor=fake).tagged == 3
    assert sum(len(b) for b in fake.seen) == 3
    assert len(set(_runs(catalog))) == 7 == len(_runs(catalog))


def test_cancel_keeps_finished_batches(catalog):
    token = CancelToken()
    fake = FakeExecutor(on_batch=lambda n: token.cancel() if n == 1 else None)
    with pytest.raises(Cancelled):
        tag_items(catalog, batch_size=2, cancel=token, executor=fake)
    assert len(_runs(catalog)) == 4


def test_unreadable_photo_is_skipped_without_a_marker_and_retried_next_time(catalog):
    summary = tag_items(catalog, executor=FakeExecutor(unreadable="photo_003.jpg"))
    assert summary.tagged == 6 and summary.skipped == ["“x.jpg” is truncated."]
    assert catalog_status(catalog)["untagged"] == 1
    assert tag_items(catalog, executor=FakeExecutor()).tagged == 1


def test_a_new_model_version_tags_again_and_leaves_decisions_alone(catalog, monkeypatch):
    from dataclasses import replace

    from app.catalog.operations import correct, review_state
    from app.vision import registry as registry_module

    tag_items(catalog, executor=FakeExecutor())
    correct(catalog, 1, "bell", by="kim")
    installed = default_registry()
    newer_spec = replace(installed.get(DEFAULT_MODEL_ID), version="9.9.9")

    class Upgraded:
        def get(self, model_id):
            return newer_spec if model_id == DEFAULT_MODEL_ID else installed.get(model_id)

    monkeypatch.setattr(registry_module, "default_registry", lambda: Upgraded())
    assert catalog_status(catalog)["untagged"] == 7
    newer = ModelIdentity(DEFAULT_MODEL_ID, "9.9.9", newer_spec.weights.sha256)
    assert tag_items(catalog, executor=FakeExecutor(identity=newer)).tagged == 7
    assert len(_runs(catalog)) == 14 and catalog_status(catalog)["untagged"] == 0
    rows = [tuple(r) for r in catalog.conn.execute("SELECT item_id, label, action, decided_by FROM decisions")]
    assert rows == [(1, "bell", "corrected", "kim")] and review_state(catalog, 1) == "corrected"


def test_the_in_process_executor_runs_batches_side_by_side_yields_in_order_and_stops_pulling_on_cancel():
    import threading

    from app.catalog.tagging import in_process
    from app.domain.errors import Cancelled

    streams = min(os.cpu_count() or 1, 4)
    together = threading.Barrier(streams, timeout=10)  # broken unless the first batches run side by side

    def work(batch):
        if int(batch[0]) < streams:
            together.wait()
        time.sleep(0.05 if batch[0] == "0" else 0.0)  # the first batch finishes last
        return batch

    assert list(in_process(work, ([str(i)] for i in range(2 * streams)))) == [[str(i)] for i in range(2 * streams)]
    token, pulled = CancelToken(), []

    def batches():
        for i in range(100):
            token.raise_if_cancelled()
            pulled.append(i)
            yield [str(i)]

    results = in_process(lambda batch: batch, batches())
    next(results)
    token.cancel()
    with pytest.raises(Cancelled):
        list(results)
    assert len(pulled) < 10


def test_a_worker_with_other_model_versions_is_refused(catalog):
    other = ModelIdentity(DEFAULT_MODEL_ID, "9.9.9", "ff" * 32)
    with pytest.raises(ModelUnavailable, match="different model versions"):
        tag_items(catalog, executor=FakeExecutor(identity=other))
    assert _runs(catalog) == [] and catalog.conn.execute("SELECT COUNT(*) FROM ai_tags").fetchone()[0] == 0


def test_models_that_cannot_tag_are_refused(catalog):
    with pytest.raises(ModelUnavailable, match="no model called"):
        tag_items(catalog, ["no_such_model"], executor=FakeExecutor())
    with pytest.raises(InvalidInput, match="not a recognition model"):
        tag_items(catalog, ["ffdnet_color"], executor=FakeExecutor())
    with pytest.raises(InvalidInput, match="batch size"):
        tag_items(catalog, batch_size=0, executor=FakeExecutor())
    assert _runs(catalog) == []


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--scheduler", "http://10.0.0.5:8786"], "is not a Dask scheduler address"),
        (["--model", "no_such_model"], "no model called"),
        (["--batch-size", "0"], "1 to 256"),
    ],
)
def test_tag_command_bad_input_is_one_line_and_exit_2(catalog, capsys, argv, expected):
    try:
        code = main(["catalog", "tag", str(catalog.path), *argv])
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and expected in err, err
    assert _runs(catalog) == []


def test_tag_command_refuses_what_is_not_a_catalogue(tmp_path, capsys):
    (tmp_path / "notes.gjcat").write_text("shopping list")
    assert main(["catalog", "tag", str(tmp_path / "notes.gjcat")]) == 2
    assert "not a Gyeongju Heritage AI catalogue" in capsys.readouterr().err


# --- real model weights -------------------------------------------------------------------------


@pytest.mark.slow
def test_real_tagging_stores_answers_embeddings_and_finds_a_resized_copy(tmp_path):
    paths = _photos(tmp_path / "photos", 4, size=(160, 120))
    Image.open(paths[0]).resize((120, 90), Image.LANCZOS).save(tmp_path / "photos" / "copy_099.jpg", quality=80)
    with create_catalog(tmp_path / "c.gjcat") as catalog:
        import_paths(catalog, [tmp_path / "photos"], workers=1)
        summary = tag_items(catalog)
        assert summary.tagged == 5 and summary.models == [f"{_identity().id} {_identity().version}"]
        status = catalog_status(catalog)
        assert (status["tagged"], status["untagged"], status["integrity"]) == (5, 0, "ok")
        labels = default_registry().get(DEFAULT_MODEL_ID).labels["ids"]
        tags = catalog.conn.execute("SELECT label, score FROM ai_tags").fetchall()
        assert tags and all(t[0] in labels and 0.0 <= t[1] <= 1.0 for t in tags)
        dims = catalog.conn.execute("SELECT DISTINCT dim FROM embeddings").fetchall()
        assert [d[0] for d in dims] == [1280]
        ids = dict(catalog.conn.execute("SELECT path, id FROM items").fetchall())
        original, copy = ids[str(paths[0])], ids[str(tmp_path / "photos" / "copy_099.jpg")]
        assert similar_items(catalog, original, top=1)[0][0] == copy
        assert sorted([original, copy]) in duplicate_groups(catalog)


def _count_runs(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM tag_runs").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _tag_process(db: Path) -> subprocess.Popen:
    # One photo per batch (and per transaction) so that a kill has many points to land between.
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "catalog", "tag", str(db), "--batch-size", "1"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_kill_9_mid_run_then_rerun_tags_every_item_exactly_once(tmp_path):
    _photos(tmp_path / "photos", 48)
    db = tmp_path / "c.gjcat"
    with create_catalog(db) as catalog:
        import_paths(catalog, [tmp_path / "photos"], workers=1)
    items = 48
    process = _tag_process(db)
    killed_at = None
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and process.poll() is None:
            done = _count_runs(db)
            if 0 < done < items - 5:
                process.send_signal(signal.SIGKILL)
                killed_at = done
                break
            time.sleep(0.01)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        process.stderr.close()
    assert killed_at is not None, "the tagging run ended before it could be killed mid-way"
    assert process.returncode == -signal.SIGKILL
    assert _count_runs(db) < items
    rerun = subprocess.run(
        [sys.executable, "-m", "app", "catalog", "tag", str(db)], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    with open_catalog(db) as catalog:
        conn = catalog.conn
        assert conn.execute("SELECT COUNT(*) FROM items").fetchone()[0] == items
        assert conn.execute("SELECT COUNT(*) FROM tag_runs").fetchone()[0] == items
        assert conn.execute("SELECT COUNT(DISTINCT item_id) FROM tag_runs").fetchone()[0] == items
        missing = conn.execute("SELECT COUNT(*) FROM items WHERE id NOT IN (SELECT item_id FROM tag_runs)").fetchone()
        assert missing[0] == 0
        # Every run has its tags and embedding, and no tag lacks its run (same transaction).
        orphans = conn.execute(
            "SELECT COUNT(*) FROM ai_tags a WHERE NOT EXISTS (SELECT 1 FROM tag_runs r WHERE r.item_id = a.item_id "
            "AND r.model_id = a.model_id AND r.model_version = a.model_version)"
        ).fetchone()[0]
        assert orphans == 0
        assert conn.execute("SELECT COUNT(DISTINCT item_id) FROM ai_tags").fetchone()[0] == items
        assert conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == items
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert catalog_status(catalog)["untagged"] == 0
