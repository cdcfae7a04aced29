"""The collection's Dask cluster setting: stored in the catalogue, checked for form, used by ``catalog tag``."""

from __future__ import annotations

import socket
import sqlite3

import pytest

from app.catalog import schema
from app.catalog.cluster import scheduler_address, set_scheduler_address, tagging_executor
from app.catalog.operations import create_catalog, open_catalog
from app.cli import main
from app.domain.errors import InvalidInput


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _cli(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_address_is_stored_normalised_kept_across_opens_and_cleared(tmp_path):
    with create_catalog(tmp_path / "c.gjcat") as catalog:
        assert scheduler_address(catalog) is None
        assert set_scheduler_address(catalog, "  10.0.0.5  ") == "tcp://10.0.0.5:8786"
        assert set_scheduler_address(catalog, "tcp://cluster.museum.example:9000") == "tcp://cluster.museum.example:9000"
    with open_catalog(tmp_path / "c.gjcat") as catalog:
        assert scheduler_address(catalog) == "tcp://cluster.museum.example:9000"
        assert set_scheduler_address(catalog, "") is None
        assert scheduler_address(catalog) is None


@pytest.mark.parametrize("bad", ["http://10.0.0.5:8786", "tcp://10.0.0.5:99999", "tcp://host/path", "tcp://"])
def test_a_malformed_address_is_refused_and_the_old_one_kept(tmp_path, bad):
    with create_catalog(tmp_path / "c.gjcat") as catalog:
        set_scheduler_address(catalog, "tcp://10.0.0.5:8786")
        with pytest.raises(InvalidInput, match="address"):
            set_scheduler_address(catalog, bad)
        assert scheduler_address(catalog) == "tcp://10.0.0.5:8786"


def test_a_version_3_catalogue_gains_the_settings_table_on_open(tmp_path):
    path = tmp_path / "old.gjcat"
    conn = schema.connect(path)
    schema.migrate(conn, "old", schema.MIGRATIONS[:3])
    assert schema.schema_version(conn) == 3
    conn.close()
    with open_catalog(path) as catalog:
        assert catalog.schema_version == 4
        set_scheduler_address(catalog, "127.0.0.1:8786")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT key, value FROM collection_settings").fetchall() == [
            ("dask_scheduler", "tcp://127.0.0.1:8786")
        ]


def test_in_process_is_the_default_and_wins_over_a_stored_address(tmp_path):
    with create_catalog(tmp_path / "c.gjcat") as catalog:
        with tagging_executor(catalog) as (executor, where):
            assert executor is None and where == "tagging in this process"
        set_scheduler_address(catalog, f"tcp://127.0.0.1:{_free_port()}")
        with tagging_executor(catalog, in_process=True) as (executor, _):
            assert executor is None


def test_cluster_command_sets_shows_and_clears(tmp_path, capsys):
    db = str(tmp_path / "c.gjcat")
    assert _cli(["catalog", "create", db], capsys)[0] == 0
    code, out, _ = _cli(["catalog", "cluster", db], capsys)
    assert code == 0 and "in-process" in out
    code, out, _ = _cli(["catalog", "cluster", db, "--set", "192.168.0.10"], capsys)
    assert code == 0 and "tcp://192.168.0.10:8786" in out
    code, out, err = _cli(["catalog", "cluster", db, "--set", "ftp://nowhere"], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "not a Dask scheduler address" in err
    assert "tcp://192.168.0.10:8786" in _cli(["catalog", "cluster", db], capsys)[1]
    code, out, _ = _cli(["catalog", "cluster", db, "--clear"], capsys)
    assert code == 0 and "in-process" in out


def test_tag_goes_to_the_stored_cluster_unless_told_in_process(tmp_path, capsys):
    """An unreachable stored cluster makes ``catalog tag`` fail in one line naming it; ``--in-process`` does not."""
    db = str(tmp_path / "c.gjcat")
    assert _cli(["catalog", "create", db], capsys)[0] == 0
    address = f"tcp://127.0.0.1:{_free_port()}"
    assert _cli(["catalog", "cluster", db, "--set", address], capsys)[0] == 0
    code, _, err = _cli(["catalog", "tag", db], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and address in err
    code, out, _ = _cli(["catalog", "tag", db, "--in-process"], capsys)
    assert code == 0 and "0 of 0" in out
    code, _, err = _cli(["catalog", "tag", db, "--in-process", "--scheduler", address], capsys)
    assert code == 2  # the two are exclusive
