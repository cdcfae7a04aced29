"""The pack operations as jobs for the runner: checking, installing, exporting and removing all touch the disk."""

from __future__ import annotations

from pathlib import Path

from app.domain.progress import CancelToken, Progress, ProgressCallback
from app.jobs import Job
from app.packs import operations
from app.packs.install import InstalledPack


def verify_job(path: Path) -> Job[operations.VerifyReport]:
    def work(progress: ProgressCallback, cancel: CancelToken) -> operations.VerifyReport:
        progress(Progress(0.1, "checking"))
        return operations.verify(path)

    return Job("check pack", work)


def install_job(path: Path, confirm_unsigned: bool) -> Job[InstalledPack]:
    def work(progress: ProgressCallback, cancel: CancelToken) -> InstalledPack:
        progress(Progress(0.1, "installing"))
        return operations.install(path, confirm_unsigned=confirm_unsigned)

    return Job("install pack", work)


def export_job(spec: str, out: Path) -> Job[InstalledPack]:
    return Job("export pack", lambda _progress, _cancel: operations.export(spec, out))


def remove_job(spec: str) -> Job[list[InstalledPack]]:
    return Job("remove pack", lambda _progress, _cancel: operations.remove(spec))
