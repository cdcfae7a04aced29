"""The model registry: discover ``model.toml`` files, verify weights, load them safely.

Weights are only ever read through safetensors or ``torch.load(weights_only=True)``
and only after their sha256 matches the description, so a tampered or truncated
file is refused with a :class:`ModelUnavailable` that says how to fix it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.config.paths import BUILTIN_MODELS_DIR, app_paths
from app.domain.errors import InvalidInput, ModelUnavailable
from app.domain.hashing import sha256_file
from app.domain.ids import check_id, child_path
from app.vision.spec import ModelSpec, parse_model_toml, parse_model_toml_text

log = logging.getLogger(__name__)

_REINSTALL_HINT = "run “make run” (or “pip install -e .”) to reinstall the project's dependencies"


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of checking one model's weights."""

    spec: ModelSpec
    ok: bool
    message: str
    path: Path | None = None


class ModelRegistry:
    """All models known to this installation: built-in ones and the user's own."""

    def __init__(self, folders: list[Path] | None = None) -> None:
        # None = the built-in folder plus the user's, re-resolved on every refresh so a changed
        # GYEONGJU_AI_HOME (portable installs, tests) is honoured.
        self._default_folders = folders is None
        self.folders = folders or self._resolve_default_folders()
        self._specs: dict[str, ModelSpec] = {}
        self._problems: list[str] = []
        # sha256 of an 18 MB file costs ~50 ms; remember it per (path, size, mtime).
        self._hash_cache: dict[tuple[str, int, int], str] = {}
        self._lock = threading.Lock()
        self.refresh()

    @staticmethod
    def _resolve_default_folders() -> list[Path]:
        return [BUILTIN_MODELS_DIR, app_paths().user_models_dir]

    def refresh(self) -> None:
        """Re-scan the model folders (after a teach or an import)."""
        if self._default_folders:
            self.folders = self._resolve_default_folders()
        specs: dict[str, ModelSpec] = {}
        problems: list[str] = []
        for folder in self.folders:
            if not folder.is_dir():
                continue
            for toml_path in sorted(folder.glob("*/model.toml")):
                try:
                    spec = parse_model_toml(toml_path)
                except InvalidInput as exc:
                    problems.append(str(exc))
                    log.warning("%s", exc)
                    continue
                specs.setdefault(spec.id, spec)
        self._specs = specs
        self._problems = problems

    @property
    def problems(self) -> list[str]:
        """Descriptions that could not be parsed (shown by ``models verify``)."""
        return list(self._problems)

    def ids(self) -> list[str]:
        return sorted(self._specs)

    def specs(self) -> list[ModelSpec]:
        return [self._specs[i] for i in self.ids()]

    def get(self, model_id: str) -> ModelSpec:
        try:
            return self._specs[model_id]
        except KeyError:
            known = ", ".join(self.ids()) or "none"
            raise ModelUnavailable(f"There is no model called “{model_id}” (known models: {known}).") from None

    def weights_path(self, spec: ModelSpec) -> Path:
        """Locate the weights file: inside an installed package or the model's own folder."""
        if spec.weights.package:
            found = importlib.util.find_spec(spec.weights.package)
            if found is None or not found.submodule_search_locations:
                raise ModelUnavailable(
                    f"The model “{spec.id}” needs the package “{spec.weights.package}”, "
                    f"which is not installed; {_REINSTALL_HINT}."
                )
            base = Path(next(iter(found.submodule_search_locations)))
        else:
            base = spec.folder
        path = (base / spec.weights.file).resolve()
        if not path.is_file():
            raise ModelUnavailable(
                f"The weights of the model “{spec.id}” are missing ({path.name}); {_REINSTALL_HINT}."
            )
        return path

    def _sha256(self, path: Path) -> str:
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        with self._lock:
            cached = self._hash_cache.get(key)
        if cached is None:
            cached = sha256_file(path)
            with self._lock:
                self._hash_cache[key] = cached
        return cached

    def verified_path(self, spec: ModelSpec) -> Path:
        """Return the weights path after checking its sha256; raise ModelUnavailable on mismatch."""
        path = self.weights_path(spec)
        actual = self._sha256(path)
        if actual != spec.weights.sha256:
            raise ModelUnavailable(
                f"The weights of the model “{spec.id}” do not match their recorded checksum, so they may be "
                f"damaged or tampered with; {_REINSTALL_HINT}."
            )
        return path

    def verify(self, model_id: str) -> VerifyResult:
        spec = self.get(model_id)
        try:
            path = self.verified_path(spec)
        except ModelUnavailable as exc:
            return VerifyResult(spec, False, str(exc))
        return VerifyResult(spec, True, "ok", path)

    def verify_all(self) -> list[VerifyResult]:
        return [self.verify(model_id) for model_id in self.ids()]

    def load_state_dict(self, spec: ModelSpec) -> dict[str, Any]:
        """Read verified weights with a loader that cannot execute code."""
        path = self.verified_path(spec)
        try:
            if spec.weights.format == "safetensors":
                from safetensors.torch import load_file

                return load_file(str(path), device="cpu")
            import torch

            state = torch.load(str(path), map_location="cpu", weights_only=True)
        except Exception as exc:  # noqa: BLE001 - any loader failure means the feature is unavailable
            raise ModelUnavailable(f"The weights of the model “{spec.id}” could not be read ({exc}).") from exc
        if isinstance(state, dict) and "state_dict" in state and isinstance(state["state_dict"], dict):
            state = state["state_dict"]
        if not isinstance(state, dict):
            raise ModelUnavailable(f"The weights file of the model “{spec.id}” does not hold a state dict.")
        return state

    def build(self, spec: ModelSpec) -> Any:
        """Construct the architecture named in the spec and load its verified weights (eval mode)."""
        from app.vision.archs import ARCHITECTURES

        try:
            builder = ARCHITECTURES[spec.architecture]
        except KeyError:
            raise ModelUnavailable(
                f"The model “{spec.id}” uses the architecture “{spec.architecture}”, "
                "which this version of the app does not know."
            ) from None
        module = builder(**spec.arch_params)
        state = self.load_state_dict(spec)
        try:
            module.load_state_dict(state, strict=True)
        except RuntimeError as exc:
            raise ModelUnavailable(
                f"The weights of the model “{spec.id}” do not fit its architecture “{spec.architecture}”."
            ) from exc
        module.eval()
        return module


_default: ModelRegistry | None = None
_default_lock = threading.Lock()


def default_registry() -> ModelRegistry:
    """The process-wide registry over the built-in and user model folders."""
    global _default
    with _default_lock:
        if _default is None:
            _default = ModelRegistry()
        return _default


# --- sharing models as one file -------------------------------------------------------------

#: Suffix of exported model files (a zip holding ``model.toml`` and its weights file).
MODEL_ARCHIVE_SUFFIX = ".gjmodel"
_ARCHIVE_MAX_BYTES = 64 * 1024 * 1024


def export_model(registry: ModelRegistry, model_id: str, file: str | Path) -> Path:
    """Write a model's card and verified weights into one shareable zip file (atomically)."""
    import zipfile

    from app.imaging.atomic import atomic_output

    spec = registry.get(check_id(model_id, "model id"))
    if spec.weights.package:
        raise InvalidInput(
            f"The model “{model_id}” is part of the app (its weights come from the package "
            f"“{spec.weights.package}”), so there is nothing to export; every installation has it."
        )
    weights = registry.verified_path(spec)
    target = Path(file)
    if target.suffix.lower() != MODEL_ARCHIVE_SUFFIX:
        target = target.with_name(target.name + MODEL_ARCHIVE_SUFFIX)
    try:
        with atomic_output(target, MODEL_ARCHIVE_SUFFIX) as temp, zipfile.ZipFile(temp, "w") as archive:
            archive.write(spec.folder / "model.toml", "model.toml", compress_type=zipfile.ZIP_DEFLATED)
            archive.write(weights, spec.weights.file, compress_type=zipfile.ZIP_STORED)
    except OSError as exc:
        raise InvalidInput(f"The model could not be written to “{target}” ({exc.strerror or exc}).") from exc
    return target


def import_model(registry: ModelRegistry, file: str | Path, dest_dir: Path | None = None) -> ModelSpec:
    """Install an exported model file into ``dest_dir`` (the user models folder) after checking it.

    The archive must hold exactly a ``model.toml`` and the weights file it names, with a matching
    sha256, and must not reuse the id of a different installed model. Everything is checked in
    memory first (the id from the archive included, since it becomes a folder name), so a refused
    archive leaves nothing on disk. The sha256 travels inside the archive: it proves the weights
    arrived intact, not who made them.
    """
    import zipfile

    source = Path(file)
    dest_dir = Path(dest_dir) if dest_dir is not None else app_paths().user_models_dir
    bad = f"“{source.name}” is not a valid model file"
    try:
        archive = zipfile.ZipFile(source)
    except FileNotFoundError:
        raise InvalidInput(f"“{source}” does not exist.") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise InvalidInput(f"{bad} (it is not a model archive).") from exc
    with archive:
        names = archive.namelist()
        if "model.toml" not in names or len(names) != 2:
            raise InvalidInput(f"{bad}: it should hold a model.toml and one weights file.")
        weights_name = next(n for n in names if n != "model.toml")
        if not _plain_file_name(weights_name):
            raise InvalidInput(f"{bad}: its weights file name is not allowed.")
        if sum(info.file_size for info in archive.infolist()) > _ARCHIVE_MAX_BYTES:
            raise InvalidInput(f"{bad}: it is larger than a recognition model can be.")
        try:
            toml_text = archive.read("model.toml").decode("utf-8")
            weights = archive.read(weights_name)
        except (OSError, zipfile.BadZipFile, UnicodeDecodeError, RuntimeError) as exc:
            raise InvalidInput(f"{bad} ({exc}).") from exc
    spec = parse_model_toml_text(toml_text, dest_dir, f"in “{source.name}”")
    if spec.weights.package or spec.weights.file != weights_name:
        raise InvalidInput(f"{bad}: its description does not name the weights it carries.")
    if hashlib.sha256(weights).hexdigest() != spec.weights.sha256:
        raise InvalidInput(f"{bad}: its weights do not match their checksum (damaged or altered).")
    if spec.id in registry.ids():
        installed = registry.get(spec.id)
        if installed.weights.sha256 == spec.weights.sha256:
            return installed
        raise InvalidInput(f"A different model called “{spec.id}” is already installed; remove it or rename one first.")
    final = child_path(dest_dir, spec.id, "model id")
    if final.exists() or final.is_symlink():
        raise InvalidInput(f"The folder “{final}” already exists; remove it first.")
    _install_folder(final, {"model.toml": toml_text.encode("utf-8"), weights_name: weights})
    registry.refresh()
    return registry.get(spec.id)


def _plain_file_name(name: str) -> bool:
    """A bare file name: no folder part, not hidden, no control characters."""
    return (
        bool(name)
        and Path(name).name == name
        and "\\" not in name
        and not name.startswith(".")
        and not any(ord(char) < 32 for char in name)
        and len(name) <= 128
    )


def _install_folder(final: Path, files: dict[str, bytes]) -> None:
    """Write ``files`` into a staging folder beside ``final`` and rename it into place (all or nothing)."""
    import shutil
    import tempfile

    created_parent = not final.parent.exists()
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".import.", dir=final.parent))
    except OSError as exc:
        raise InvalidInput(f"The model could not be installed in “{final.parent}” ({exc.strerror or exc}).") from exc
    try:
        staging.chmod(0o755)
        for name, data in files.items():
            (staging / name).write_bytes(data)
        staging.rename(final)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if created_parent:
            _remove_if_empty(final.parent)
        raise InvalidInput(f"The model could not be installed in “{final.parent}” ({exc.strerror or exc}).") from exc


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass
