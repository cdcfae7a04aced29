"""Preview one step as the audience will see it, off the UI thread (Qt-free, run by the runner).

The draft's pictures may live anywhere on this computer (catalogue items, samples, an installed
pack), so the step's files are copied into a temporary pack folder, and the presenter's own
``prepare`` shows it from there: pictures decoded, a live step run live (nothing is cached yet).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from app.domain.errors import InvalidInput
from app.jobs import Job
from app.presentation.draft import ScriptDraft, validate
from app.presentation.operations import Operations
from app.presentation.script import Script
from app.ui.presenter.prepare import Prepared, prepare


def preview(draft: ScriptDraft, row: int, operations: Operations | None = None) -> tuple[Script, Prepared]:
    script = validate(draft)
    step = script.steps[row]
    with tempfile.TemporaryDirectory(prefix="gj-preview-") as temp:
        folder = Path(temp)
        for relative in step.files():
            source = draft.files.get(relative)
            if source is None or not Path(source).is_file():
                raise InvalidInput(f"Step {step.index} shows “{relative}”, which is not on this computer any more.")
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        return script, prepare(step, folder, operations)


def preview_job(draft: ScriptDraft, row: int, operations: Operations | None = None) -> Job[tuple[Script, Prepared]]:
    snapshot = ScriptDraft(
        draft.languages, dict(draft.title), [s.copy() for s in draft.steps], dict(draft.files), draft.name
    )  # the editor may change the draft while the job runs
    return Job("preview a step", lambda _progress, _cancel: preview(snapshot, row, operations))
