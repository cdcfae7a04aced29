"""Where the application keeps its files.

Settings, logs, user-trained models and caches live in the platform's per-user
folders (platformdirs). ``GYEONGJU_AI_HOME`` overrides all of them with one
folder, which tests and portable kiosk installs use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "gyeongju-ai"
REPO_ROOT = Path(__file__).resolve().parents[2]
ASSETS_DIR = REPO_ROOT / "assets"
BUILTIN_MODELS_DIR = REPO_ROOT / "models"


@dataclass(frozen=True)
class AppPaths:
    """The per-user folders of one installation."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "gyeongju-ai.log"

    @property
    def user_models_dir(self) -> Path:
        """Models curators train or import (teach-by-example) live here, not in the repo."""
        return self.data_dir / "models"

    def ensure(self) -> AppPaths:
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    """Resolve the folders, honouring the ``GYEONGJU_AI_HOME`` override."""
    home = os.environ.get("GYEONGJU_AI_HOME")
    if home:
        base = Path(home)
        return AppPaths(base / "config", base / "data", base / "logs", base / "cache")
    return AppPaths(
        Path(platformdirs.user_config_dir(APP_NAME)),
        Path(platformdirs.user_data_dir(APP_NAME)),
        Path(platformdirs.user_log_dir(APP_NAME)),
        Path(platformdirs.user_cache_dir(APP_NAME)),
    )
