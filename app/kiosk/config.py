"""``kiosk.toml``: the operator's settings for one kiosk, with defaults, validation and a hashed PIN.

Every problem is reported as one sentence naming the file and the key (``KioskConfigError``, exit 2 on
the command line). The PIN is never stored: only a salted PBKDF2-SHA256 hash
(``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``), compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import tempfile
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput
from app.kiosk.languages import LANGUAGE_CODES

PIN_ITERATIONS = 200_000
#: The PIN that opens the operator panel while the config holds none; the panel asks to change it.
DEFAULT_PIN = "0000"
THEMES = ("standard", "high-contrast")


class KioskConfigError(InvalidInput):
    """The kiosk configuration file cannot be used; the message is one sentence."""


def hash_pin(pin: str, *, iterations: int = PIN_ITERATIONS, salt: bytes | None = None) -> str:
    """The storable hash of a PIN (4–12 digits)."""
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise KioskConfigError("The operator PIN must be 4 to 12 digits.")
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches the stored hash (or the default PIN when nothing is stored)."""
    if not stored:
        return hmac.compare_digest(pin.encode("utf-8"), DEFAULT_PIN.encode("utf-8"))
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


def _pin_hash_valid(stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != "pbkdf2_sha256" or not parts[1].isdigit():
        return False
    try:
        bytes.fromhex(parts[2])
        bytes.fromhex(parts[3])
    except ValueError:
        return False
    return int(parts[1]) >= 10_000


@dataclass(frozen=True)
class KioskConfig:
    """One kiosk's settings; every field has a default so an empty file is a valid kiosk."""

    default_language: str = "ko"
    #: Languages offered on the switcher, in order.
    languages: tuple[str, ...] = LANGUAGE_CODES
    #: Experience ids switched off by the operator (new experiences are on until switched off).
    disabled_experiences: tuple[str, ...] = ()
    idle_seconds: int = 60
    countdown_seconds: int = 10
    #: Seconds each attract image stays before the next.
    attract_seconds: int = 8
    #: Index of the screen to fill (0 = primary).
    screen: int = 0
    #: Folder of heritage images for the attract loop and experiences; empty = the bundled samples.
    content_dir: str = ""
    theme: str = "standard"
    large_text: bool = False
    pin_hash: str = ""
    #: Seconds between heartbeat writes; the watchdog restarts a kiosk whose heartbeat is 6× older.
    heartbeat_seconds: int = 5
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_hash)

    def check_pin(self, pin: str) -> bool:
        return verify_pin(pin, self.pin_hash)

    def with_pin(self, pin: str) -> KioskConfig:
        return replace(self, pin_hash=hash_pin(pin))


_INT_RANGES = {
    "idle_seconds": (10, 3600),
    "countdown_seconds": (3, 120),
    "attract_seconds": (3, 120),
    "screen": (0, 16),
    "heartbeat_seconds": (1, 60),
}


def _fail(path: Path | None, message: str) -> KioskConfigError:
    where = f"{path.name}: " if path is not None else ""
    return KioskConfigError(f"{where}{message}")


def config_from_dict(data: dict[str, Any], path: Path | None = None) -> KioskConfig:
    """Validate a parsed TOML table into a :class:`KioskConfig` (unknown keys are refused)."""
    known = {f.name for f in fields(KioskConfig)} - {"extra"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise _fail(path, f"“{unknown[0]}” is not a kiosk setting (known: {', '.join(sorted(known))}).")
    values: dict[str, Any] = {}
    for key, (low, high) in _INT_RANGES.items():
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise _fail(path, f"{key} must be a whole number from {low} to {high}, not {value!r}.")
            values[key] = value
    for key in ("default_language", "content_dir", "theme", "pin_hash"):
        if key in data:
            if not isinstance(data[key], str):
                raise _fail(path, f"{key} must be text in quotes, not {data[key]!r}.")
            values[key] = data[key]
    if "large_text" in data:
        if not isinstance(data["large_text"], bool):
            raise _fail(path, f"large_text must be true or false, not {data['large_text']!r}.")
        values["large_text"] = data["large_text"]
    for key in ("languages", "disabled_experiences"):
        if key in data:
            items = data[key]
            if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
                raise _fail(path, f'{key} must be a list of quoted names, such as ["ko", "en"].')
            values[key] = tuple(items)
    config = KioskConfig(**values)
    bad = [code for code in config.languages if code not in LANGUAGE_CODES]
    if bad or not config.languages:
        offered = ", ".join(LANGUAGE_CODES)
        raise _fail(path, f"languages must list some of {offered}; “{bad[0] if bad else ''}” is not one of them.")
    if config.default_language not in config.languages:
        raise _fail(
            path,
            f"default_language “{config.default_language}” must be one of the languages "
            f"({', '.join(config.languages)}).",
        )
    if config.theme not in THEMES:
        raise _fail(path, f"theme must be “standard” or “high-contrast”, not “{config.theme}”.")
    if config.pin_hash and not _pin_hash_valid(config.pin_hash):
        raise _fail(
            path,
            "pin_hash is not a PIN hash written by this program; set the PIN again with “gyeongju-ai kiosk --set-pin”.",
        )
    if config.countdown_seconds >= config.idle_seconds:
        raise _fail(path, "countdown_seconds must be shorter than idle_seconds.")
    return config


def load_config(path: Path | None) -> KioskConfig:
    """Read ``kiosk.toml``; ``None`` or a missing default file gives the defaults."""
    if path is None:
        return KioskConfig()
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise KioskConfigError(f"The kiosk configuration {path} does not exist.") from exc
    except OSError as exc:
        raise KioskConfigError(f"The kiosk configuration {path} cannot be read ({exc.strerror or exc}).") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise KioskConfigError(f"{path.name} is not a UTF-8 text file.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise KioskConfigError(f"{path.name} is not valid TOML ({exc}).") from exc
    return config_from_dict(data, path)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {value!r} to TOML")


def config_to_toml(config: KioskConfig) -> str:
    lines = ["# Gyeongju Heritage AI kiosk settings (see docs/kiosk.md).", ""]
    for f in fields(KioskConfig):
        if f.name == "extra":
            continue
        lines.append(f"{f.name} = {_toml_value(getattr(config, f.name))}")
    return "\n".join(lines) + "\n"


def save_config(config: KioskConfig, path: Path) -> None:
    """Write ``kiosk.toml`` atomically."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".kiosk-", suffix=".toml", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(config_to_toml(config))
        os.replace(tmp, path)
    except OSError as exc:
        reason = exc.strerror or exc
        raise KioskConfigError(f"The kiosk configuration could not be saved to {path} ({reason}).") from exc
