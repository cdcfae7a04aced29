from __future__ import annotations

import ast
import dataclasses
import json
import logging
from pathlib import Path

from app.config.paths import app_paths
from app.config.settings import SETTINGS_VERSION, Settings, load_settings, migrate, save_settings


def test_missing_file_gives_defaults(tmp_path):
    assert load_settings(tmp_path / "none.json") == Settings()


def test_round_trip(tmp_path):
    path = tmp_path / "s.json"
    s = Settings().with_language("en")
    save_settings(s, path)
    assert load_settings(path) == s
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_corrupt_file_falls_back_with_warning(tmp_path, caplog):
    path = tmp_path / "s.json"
    path.write_text("{ not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_settings(path) == Settings()
    assert "corrupt" in caplog.text


def test_wrong_types_and_values_fall_back_per_field(tmp_path):
    path = tmp_path / "s.json"
    raw = {"version": 2, "language": "xx", "inference": {"device": "tpu", "threads": "many"}, "extra": 1}
    path.write_text(json.dumps(raw), encoding="utf-8")
    s = load_settings(path)
    assert s.language == "ko" and s.inference.device == "auto" and s.inference.threads == 0


def test_migrates_version_1(tmp_path):
    raw = {"version": 1, "language": "en", "device": "cpu", "threads": 3}
    assert migrate(raw)["inference"] == {"device": "cpu", "threads": 3}
    path = tmp_path / "s.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    s = load_settings(path)
    assert (s.version, s.language, s.inference.device, s.inference.threads) == (SETTINGS_VERSION, "en", "cpu", 3)


def test_app_home_override(app_home):
    paths = app_paths().ensure()
    assert paths.settings_file.parent == app_home / "config"
    assert paths.log_dir.is_dir()


def test_migrates_version_2_and_drops_settings_that_had_no_effect(tmp_path):
    path = tmp_path / "settings.json"
    images = {"max_megapixels": 80, "jpeg_quality": 70}
    raw = {"version": 2, "language": "ja", "kiosk_idle_seconds": 30, "images": images}
    path.write_text(json.dumps(raw), encoding="utf-8")
    settings = load_settings(path)
    assert (settings.version, settings.language, settings.images.max_megapixels) == (3, "ja", 80)
    assert "kiosk_idle_seconds" not in migrate(raw) and "jpeg_quality" not in migrate(raw)["images"]


def _schema_fields(cls: type) -> list[str]:
    names = []
    for f in dataclasses.fields(cls):
        default = getattr(cls(), f.name)
        if dataclasses.is_dataclass(default):
            names.extend(_schema_fields(type(default)))
        else:
            names.append(f.name)
    return names


def test_every_setting_in_the_schema_is_read_where_it_has_an_effect():
    """A setting that is offered must change something: each field is read outside the schema and the dialog."""
    app_dir = Path(__file__).resolve().parents[2] / "app"
    ignored = {app_dir / "config" / "settings.py", app_dir / "ui" / "dialogs.py"}
    read: set[str] = set()
    for source in app_dir.rglob("*.py"):
        if source in ignored:
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                read.add(node.attr)
    unread = [name for name in _schema_fields(Settings) if name != "version" and name not in read]
    assert not unread, f"settings nothing reads (remove them or make them work): {unread}"
