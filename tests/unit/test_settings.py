from __future__ import annotations

import json
import logging

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
