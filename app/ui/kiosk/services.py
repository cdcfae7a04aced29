"""What the kiosk shell hands to every experience."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.kiosk.energy import EnergyMeter
from app.kiosk.stats import KioskStats
from app.ui.runner import JobRunner


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
