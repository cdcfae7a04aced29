"""Get the default demo ready to present: build and install the pack if needed, rehearse if needed.

"Present the Gyeongju demo" in the app calls :func:`prepare_demo` as a job, so that ``make run`` can
present at once: the first time it renders the default pack (about ten seconds), installs it and
rehearses its live steps (the models load once); afterwards it only finds the installed pack.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.domain.progress import CancelToken, Progress, ProgressCallback, ignore_progress, scaled
from app.packs.default_pack import PACK_ID, PACK_VERSION, build_default_pack
from app.packs.install import install_pack, list_packs
from app.presentation.cache import cache_root, load_result
from app.presentation.locate import Show, locate
from app.presentation.operations import REAL, Operations
from app.presentation.rehearse import rehearse


def needs_rehearsal(show: Show) -> bool:
    """True when a live step has no rehearsed result to fall back on."""
    return any(load_result(cache_root(show.pack_dir) / step.cache_name) is None for step in show.script.live_steps)


def prepare_demo(
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    *,
    size: tuple[int, int] | None = None,
    operations: Operations = REAL,
    warm: bool = True,
) -> Show:
    """The installed default demo, rehearsed; built and installed first when it is not there.

    ``size`` renders smaller images and ``operations``/``warm`` replace the models (tests).
    """
    cancel = cancel or CancelToken()
    installed = [p for p in list_packs() if p.id == PACK_ID and p.version == PACK_VERSION]
    if installed:
        folder = installed[0].path
    else:
        progress(Progress(0.02, "building the demo pack"))
        with tempfile.TemporaryDirectory(prefix="gjpack-demo-") as temp:
            pack_file = Path(temp) / f"{PACK_ID}.gjpack"
            build_default_pack(pack_file, size=size)
            cancel.raise_if_cancelled()
            progress(Progress(0.35, "installing the demo pack"))
            # The app's own pack, built on this computer a moment ago: nobody else's to vouch for.
            folder = install_pack(pack_file, confirm_unsigned=True).path
    show = locate(folder)
    if needs_rehearsal(show):
        rehearse(show.script, folder, scaled(progress, 0.4, 1.0), cancel, operations=operations, warm=warm)
    progress(Progress(1.0, "ready"))
    return show
