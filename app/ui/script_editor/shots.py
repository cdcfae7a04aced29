"""Screenshots of the Packs page and the script editor, driven through the real window (docs, visual checks).

    QT_QPA_PLATFORM=offscreen GYEONGJU_AI_HOME=/tmp/shots python -m app.ui.script_editor.shots OUT_DIR ko en

Installs the default demo pack into the (temporary) user data folder first, so use a throw-away
``GYEONGJU_AI_HOME``. The editor opens the pack's own script and previews its fact-card step.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


def _settle(window, seconds: float = 0.4) -> None:  # noqa: ANN001 - the main window
    end = time.monotonic() + seconds
    while time.monotonic() < end or window.runner.pool.activeThreadCount():
        QApplication.processEvents()
        time.sleep(0.02)


def step8_shots(out_dir: Path, languages: list[str]) -> list[Path]:
    from app.packs.default_pack import PACK_ID, build_default_pack
    from app.packs.install import install_pack, list_packs
    from app.ui.app import build_main_window

    out_dir.mkdir(parents=True, exist_ok=True)
    if not any(p.id == PACK_ID for p in list_packs()):
        build_default_pack(out_dir / "demo.gjpack")
        install_pack(out_dir / "demo.gjpack", confirm_unsigned=True)
        (out_dir / "demo.gjpack").unlink()
    [pack] = [p for p in list_packs() if p.id == PACK_ID]
    window = build_main_window()
    window.resize(1440, 900)
    window.show()
    saved: list[Path] = []
    for language in languages:
        window.set_language(language)
        window.show_mode("packs")
        window.packs.refresh(keep=f"{pack.id}@{pack.version}")
        _settle(window)
        saved.append(out_dir / f"packs_{language}.png")
        window.grab().save(str(saved[-1]))
        editor = window.script_editor
        window.show_mode("script_editor")
        editor.open_script(pack.path / "scripts" / "show.toml")
        editor.select(1)
        editor.preview_current()
        _settle(window, 1.0)
        saved.append(out_dir / f"script_editor_{language}.png")
        window.grab().save(str(saved[-1]))
    window.close()
    return saved


if __name__ == "__main__":
    import os

    os.environ.setdefault("GYEONGJU_AI_BUILD_SAMPLES", "0")  # the shots need no sample gallery
    for path in step8_shots(Path(sys.argv[1]), sys.argv[2:] or ["ko", "en"]):
        print(path)
