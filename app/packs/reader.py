"""Safe reading of a ``.gjpack``: every check a hostile zip needs, before and while extracting.

Order: the zip's directory (names, types, counts, sizes, ratios) → ``manifest.json`` (schema) →
signature → the manifest and the zip list the same files → each file streamed out with its size
and sha256 checked → its content checked by role (safetensors header, image pixel limit, JSON/TOML).
Nothing is written outside ``dest``; the caller removes ``dest`` when anything is refused.
"""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import tempfile
import tomllib
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import ImageLoadError, ImageTooLarge, InvalidInput
from app.imaging.reader import DEFAULT_MAX_PIXELS, open_image
from app.packs.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    SIGNATURE_NAME,
    UNSAFE_MODEL_SUFFIXES,
    Manifest,
    PackFile,
    parse_manifest,
    version_key,
)
from app.packs.paths import check_member_path, fold, shown
from app.packs.reference_subject import MAX_SUBJECT_TOML_BYTES, parse_reference_subject
from app.packs.signing import MAX_SIGNATURE_BYTES, SignatureStatus, check_signature
from app.version import __version__

_CHUNK = 1 << 20
NESTED_ARCHIVE_SUFFIXES = (".zip", ".gjpack", ".gjmodel", ".tar", ".gz", ".7z", ".rar")
_SAFETENSORS_MAX_HEADER = 100_000_000
_SAFETENSORS_DTYPES = {
    "BOOL": 1, "U8": 1, "I8": 1, "F8_E5M2": 1, "F8_E4M3": 1, "I16": 2, "U16": 2, "F16": 2, "BF16": 2,
    "I32": 4, "U32": 4, "F32": 4, "I64": 8, "U64": 8, "F64": 8,
}


@dataclass(frozen=True)
class Limits:
    """Caps that keep a hostile pack from exhausting memory, disk or time."""

    max_entries: int = 10_000
    max_file_bytes: int = 2 << 30
    max_total_bytes: int = 8 << 30
    #: Uncompressed/compressed ratio above which an entry is a zip bomb (checked above ratio_min_bytes).
    max_ratio: int = 100
    ratio_min_bytes: int = 1 << 20
    max_data_bytes: int = 8 << 20  # JSON / TOML content files
    max_pixels: int = DEFAULT_MAX_PIXELS


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class PackContents:
    manifest: Manifest
    manifest_bytes: bytes
    signature_bytes: bytes | None
    signature: SignatureStatus


def _refuse(message: str) -> InvalidInput:
    return InvalidInput(message)


def _check_entry_type(info: zipfile.ZipInfo) -> None:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    name = shown(info.filename)
    if kind == stat.S_IFLNK:
        raise _refuse(f"The pack entry “{name}” is a symbolic link, which could point outside the pack, "
            f"so the pack was refused.")
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise _refuse(f"The pack entry “{name}” is a device, pipe or other special file, so the pack was refused.")
    if info.flag_bits & 0x1:
        raise _refuse(f"The pack entry “{name}” is encrypted, so the pack was refused.")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _refuse(f"The pack entry “{name}” uses a compression method other than stored or deflate, "
            f"so the pack was refused.")


def check_app_version(manifest: Manifest) -> None:
    current = __version__.split("+", 1)[0]
    if version_key(manifest.app_version_needed) > version_key(current):
        raise InvalidInput(
            f"The pack “{manifest.id}” needs Gyeongju Heritage AI {manifest.app_version_needed} or newer "
            f"(this is {__version__}); update the app to install it."
        )


def check_directory(infos: list[zipfile.ZipInfo], limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """Check the zip's central directory; return file name → info (directory entries dropped)."""
    if len(infos) > limits.max_entries:
        raise _refuse(f"The pack has {len(infos):,} entries, more than the {limits.max_entries:,} "
            f"allowed, so it was refused.")
    files: dict[str, zipfile.ZipInfo] = {}
    folded: dict[str, str] = {}
    total = 0
    for info in infos:
        is_dir = info.filename.endswith("/")
        name = check_member_path(info.filename, directory=is_dir)
        _check_entry_type(info)
        key = fold(name)
        if is_dir:
            continue
        if name in files:
            raise _refuse(f"The pack holds “{shown(name)}” twice, so it was refused.")
        if key in folded:
            raise _refuse(
                f"The pack holds “{shown(name)}” and “{shown(folded[key])}”, which are the same file on many "
                "systems, so it was refused."
            )
        if info.file_size > limits.max_file_bytes:
            raise _refuse(
                f"The pack entry “{shown(name)}” unpacks to {info.file_size:,} bytes, more than the "
                f"{limits.max_file_bytes:,} allowed per file, so the pack was refused."
            )
        if info.file_size > limits.ratio_min_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise _refuse(
                f"The pack entry “{shown(name)}” expands more than {limits.max_ratio} times (a zip bomb), "
                "so the pack was refused."
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _refuse(f"The pack unpacks to more than {limits.max_total_bytes:,} bytes in all, so it was refused.")
        files[name] = info
        folded[key] = name
    folders = {fold(name).rsplit("/", 1)[0] for name in files if "/" in name}
    for name in files:
        if fold(name) in folders:
            raise _refuse(f"The pack uses “{shown(name)}” both as a file and as a folder, so it was refused.")
    return files


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, what: str) -> bytes:
    if info.file_size > cap:
        raise _refuse(f"{what} is larger than {cap:,} bytes, so the pack was refused.")
    with zf.open(info) as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise _refuse(f"{what} is larger than {cap:,} bytes, so the pack was refused.")
    return data


def check_safetensors(path: Path, name: str) -> None:
    """Refuse a weights file whose safetensors header (u64 LE length + JSON) is not sound."""
    bad = f"The model file “{shown(name)}” is not a valid safetensors file"
    size = path.stat().st_size
    with open(path, "rb") as handle:
        head = handle.read(8)
        if len(head) < 8:
            raise _refuse(f"{bad} (too short), so the pack was refused.")
        (length,) = struct.unpack("<Q", head)
        if length < 2 or length > _SAFETENSORS_MAX_HEADER or 8 + length > size:
            raise _refuse(f"{bad} (its header length is impossible), so the pack was refused.")
        header = handle.read(length)
    try:
        meta = json.loads(header.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(f"{bad} (its header is not JSON), so the pack was refused.") from None
    if not isinstance(meta, dict):
        raise _refuse(f"{bad} (its header is not a JSON object), so the pack was refused.")
    data_len = size - 8 - length
    end_max = 0
    for tensor, spec in meta.items():
        if tensor == "__metadata__":
            continue
        try:
            dtype, shape, (start, end) = spec["dtype"], spec["shape"], spec["data_offsets"]
            count = 1
            for dim in shape:
                if not isinstance(dim, int) or dim < 0:
                    raise ValueError
                count *= dim
            ok = (
                dtype in _SAFETENSORS_DTYPES and isinstance(start, int) and isinstance(end, int)
                and 0 <= start <= end <= data_len and end - start == count * _SAFETENSORS_DTYPES[dtype]
            )
        except (KeyError, TypeError, ValueError):
            ok = False
        if not ok:
            raise _refuse(f"{bad} (tensor “{shown(str(tensor))}” is described wrongly), so the pack was refused.")
        end_max = max(end_max, end)
    if end_max != data_len:
        raise _refuse(f"{bad} (its data does not match its header), so the pack was refused.")


def _check_content(path: Path, entry: PackFile, limits: Limits) -> None:
    name, lower = entry.path, entry.path.lower()
    with open(path, "rb") as handle:
        magic = handle.read(8)
    if lower.endswith(UNSAFE_MODEL_SUFFIXES) or (
        entry.role == "model_weights" and (magic[:1] == b"\x80" or magic[:2] == b"PK")
    ):
        raise _refuse(
            f"The pack file “{shown(name)}” is a model format that can run code when loaded (only .safetensors "
            "models are accepted), so the pack was refused."
        )
    if lower.endswith(NESTED_ARCHIVE_SUFFIXES) or magic[:4] == b"PK\x03\x04" or magic[:2] == b"\x1f\x8b":
        raise _refuse(f"The pack file “{shown(name)}” is an archive inside the pack, which is not "
            f"allowed, so the pack was refused.")
    if entry.role == "model_weights":
        check_safetensors(path, name)
    elif entry.role in ("image", "reference_photo"):
        try:
            with open_image(path, max_pixels=limits.max_pixels):
                pass
        except ImageTooLarge:
            raise _refuse(
                f"The image “{shown(name)}” in the pack claims more than the {limits.max_pixels:,} pixels the app "
                "opens safely (a decompression bomb), so the pack was refused."
            ) from None
        except ImageLoadError:
            raise _refuse(f"The pack file “{shown(name)}” is listed as an image but cannot be read as "
                f"one, so the pack was refused.") from None
    if entry.role == "reference_subject":
        if entry.size > MAX_SUBJECT_TOML_BYTES:
            raise _refuse(f"The pack file “{shown(name)}” is larger than {MAX_SUBJECT_TOML_BYTES:,} "
                f"bytes, so the pack was refused.")
        parse_reference_subject(path.read_bytes(), name.split("/")[1])
    if lower.endswith((".json", ".toml")):
        if entry.size > limits.max_data_bytes:
            raise _refuse(f"The pack file “{shown(name)}” is larger than {limits.max_data_bytes:,} "
                f"bytes, so the pack was refused.")
        text = path.read_bytes()
        try:
            if lower.endswith(".json"):
                json.loads(text.decode("utf-8"))
            else:
                tomllib.loads(text.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            kind = "JSON" if lower.endswith(".json") else "TOML"
            raise _refuse(f"The pack file “{shown(name)}” is not valid {kind}, so the pack was refused.") from None


def _copy_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: PackFile, target: Path) -> None:
    """Stream one member to ``target``, checking its size and sha256 on the way."""
    digest = hashlib.sha256()
    written = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with zf.open(info) as source, open(target, "xb") as out:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > entry.size:
                break
            digest.update(chunk)
            out.write(chunk)
    if written != entry.size:
        raise _refuse(f"The pack file “{shown(entry.path)}” does not have the size its manifest gives, "
            f"so the pack was refused.")
    if digest.hexdigest() != entry.sha256:
        raise _refuse(
            f"The pack file “{shown(entry.path)}” does not match its sha256 in the manifest (it was changed or "
            "damaged), so the pack was refused."
        )


def read_pack(
    pack_path: str | Path,
    dest: Path | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
    before_extract: Callable[[PackContents], None] | None = None,
    check_signatures: bool = True,
    check_files: bool = True,
) -> PackContents:
    """Check a pack completely; with ``dest`` (an empty folder) its files are extracted there.

    ``before_extract`` sees the manifest and signature status before any file is written (install
    uses it to refuse an unsigned pack without confirmation). ``check_files=False`` without ``dest``
    checks only the directory, manifest and signature (fast). Any problem raises ``InvalidInput``.
    """
    pack_path = Path(pack_path)
    if not pack_path.is_file():
        raise InvalidInput(f"“{pack_path}” is not a pack file (.gjpack).")
    try:
        with zipfile.ZipFile(pack_path) as zf:
            return _read(zf, dest, limits, before_extract, check_signatures, check_files)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
        raise InvalidInput(f"“{pack_path.name}” is not a readable pack (a damaged or non-zip file), so "
            f"it was refused.") from None
    except OSError as exc:
        raise InvalidInput(f"“{pack_path.name}” could not be read or unpacked ({exc.strerror or exc}).") from None


def _read(
    zf: zipfile.ZipFile,
    dest: Path | None,
    limits: Limits,
    before_extract: Callable[[PackContents], None] | None,
    check_signatures: bool,
    check_files: bool,
) -> PackContents:
    files = check_directory(zf.infolist(), limits)
    info = files.pop(MANIFEST_NAME, None)
    if info is None:
        raise InvalidInput("The pack has no manifest.json, so it was refused.")
    manifest_bytes = _read_small(zf, info, MAX_MANIFEST_BYTES, "The pack manifest (manifest.json)")
    manifest = parse_manifest(manifest_bytes)
    check_app_version(manifest)
    sig_info = files.pop(SIGNATURE_NAME, None)
    signature_bytes = None if sig_info is None else _read_small(zf, sig_info, MAX_SIGNATURE_BYTES, "The pack signature")
    status = check_signature(manifest_bytes, signature_bytes) if check_signatures else SignatureStatus("unsigned")
    listed = {f.path: f for f in manifest.files}
    for name in files:
        if name not in listed:
            raise InvalidInput(f"The pack holds “{shown(name)}”, which its manifest does not list, so it was refused.")
    for name, entry in listed.items():
        if name not in files:
            raise InvalidInput(f"The pack manifest lists “{shown(name)}”, which the pack does not hold, "
                f"so it was refused.")
        if files[name].file_size != entry.size:
            raise InvalidInput(f"The pack file “{shown(name)}” does not have the size its manifest "
                f"gives, so the pack was refused.")
    contents = PackContents(manifest, manifest_bytes, signature_bytes, status)
    if before_extract is not None:
        before_extract(contents)
    if dest is not None:
        _extract_all(zf, files, manifest, dest, limits)
    elif check_files:
        with tempfile.TemporaryDirectory(prefix="gjpack-verify-") as scratch:
            _extract_all(zf, files, manifest, Path(scratch), limits)
    return contents


def _extract_all(
    zf: zipfile.ZipFile, files: dict[str, zipfile.ZipInfo], manifest: Manifest, dest: Path, limits: Limits
) -> None:
    base = dest.resolve()
    for entry in manifest.files:
        target = dest.joinpath(*entry.path.split("/"))
        if not target.resolve().is_relative_to(base):  # belt and braces after check_member_path
            raise InvalidInput(f"The pack entry “{shown(entry.path)}” would lead outside the install "
                f"folder, so the pack was refused.")
        _copy_entry(zf, files[entry.path], entry, target)
        _check_content(target, entry, limits)
