"""What the kiosk shell hands to every experience."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.jobs import Job
from app.kiosk.energy import EnergyMeter
from app.kiosk.stats import KioskStats
from app.ui.runner import JobHandle, JobRunner


def start_job(runner: JobRunner, job: Job) -> JobHandle:
    """Start ``job`` and delete its handle once it has finished.

    The runner parents every handle to itself and only forgets its Python reference when the job ends,
    so without this each job (with the closure holding its inputs) stays alive as long as the kiosk:
    thousands of QObjects over a day. ``deleteLater`` runs after every ``finished`` slot has run.
    """
    handle = runner.start(job)
    handle.finished.connect(handle.deleteLater)
    return handle


@dataclass
class KioskServices:
    """Shared services of one kiosk window.

    ``runner`` runs AI work off the UI thread; ``language`` is the current kiosk language code (the shell
    updates it before calling ``Experience.retranslate``); ``content_dir`` holds the heritage images
    (the configured content folder or the bundled samples); ``energy`` measures AI actions; ``stats``
    records anonymous sessions (the shell records experience start/end itself; experiences rarely
    need it).
    """

    runner: JobRunner
    content_dir: Path
    stats: KioskStats
    language: str = "en"
    energy: EnergyMeter = field(default_factory=EnergyMeter)
