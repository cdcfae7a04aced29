"""Reading and checking the Content Credentials of any image: who signed, trusted or not, what was done.

Trust comes from this installation's trusted-institution list (``app.credentials.trust``) and
its own CA; the official C2PA trust list the library knows is consulted too. Nothing is fetched
from the network (no remote manifests, no OCSP). Whatever the file holds – garbage JUMBF, a
truncated manifest, an enormous one – the outcome is a :class:`CredentialReport`, never a crash:
the library's exceptions become one sentence in ``problems``.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.credentials.errors import native_failure
from app.credentials.identity import own_ca_pem
from app.credentials.manifest import PROVENANCE_LABEL
from app.credentials.trust import trusted_certificates
from app.domain.errors import InvalidInput

# Validation codes meaning "the pixels (or bytes) are not the ones that were signed".
_CONTENT_CODES = (
    "assertion.dataHash.mismatch",
    "assertion.boxesHash.mismatch",
    "assertion.bmffHash.mismatch",
    "assertion.collectionHash.mismatch",
    "assertion.dataHash.malformed",
)
_UNTRUSTED_CODES = ("signingCredential.untrusted",)
MAX_FILE_BYTES = 2 * 1024**3


@dataclass
class CredentialReport:
    """What an image's Content Credentials say, and whether they hold."""

    path: str
    state: str  # "trusted", "untrusted" (intact, signer not in the trust list), "invalid", "none"
    signer: str = ""  # the organisation in the signing certificate
    certificate: str = ""  # the signing certificate's common name
    software: str = ""
    pixels_match: bool | None = None
    actions: list[dict[str, Any]] = field(default_factory=list)
    models: list[dict[str, Any]] = field(default_factory=list)
    ingredients: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    provenance: dict[str, Any] | None = None

    @property
    def intact(self) -> bool:
        return self.state in ("trusted", "untrusted")

    @property
    def trusted(self) -> bool:
        return self.state == "trusted"

    @property
    def ai_changed(self) -> bool:
        return any(a.get("digital_source_type") for a in self.actions)

    @property
    def exit_code(self) -> int:
        """0 intact (trusted or not), 1 none or failed validation."""
        return 0 if self.intact else 1

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["intact"], data["trusted"] = self.intact, self.trusted
        return data

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)


def _reader_settings() -> dict[str, Any]:
    # Only CA certificates can anchor trust in c2pa 0.38 (its allowed_list of end-entity certificates
    # did not take effect when tried), so a partner's bare signing certificate trusts its packs only.
    anchors = [cert.pem() for cert in trusted_certificates() if cert.is_ca]
    own = own_ca_pem()
    if own:
        anchors.append(own.decode("ascii", "replace"))
    settings: dict[str, Any] = {
        "verify": {"verify_trust": True, "remote_manifest_fetch": False, "ocsp_fetch": False},
    }
    if anchors:
        settings["trust"] = {"user_anchors": "".join(anchors)}
    return settings


def _check_readable(target: Path) -> None:
    """``InvalidInput`` (exit 2) for a file that cannot be read at all."""
    try:
        size = target.stat().st_size
        if not target.is_file():
            raise InvalidInput(f"“{target}” is not a file.")
        with open(target, "rb") as handle:
            handle.read(1)
    except OSError as exc:
        raise InvalidInput(f"“{target}” cannot be read ({exc.strerror or exc}).") from None
    if size > MAX_FILE_BYTES:
        raise InvalidInput(f"“{target}” is larger than 2 GB; it was not checked.")


def _actions(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for assertion in manifest.get("assertions") or []:
        if not isinstance(assertion, dict) or not str(assertion.get("label", "")).startswith("c2pa.actions"):
            continue
        for action in (assertion.get("data") or {}).get("actions") or []:
            if not isinstance(action, dict):
                continue
            params = action.get("parameters") if isinstance(action.get("parameters"), dict) else {}
            out.append(
                {
                    "action": str(action.get("action", "")),
                    "description": str(action.get("description", "")),
                    "digital_source_type": str(action.get("digitalSourceType", "")),
                    "step": str(params.get("org.gyeongju-heritage-ai.step", "")),
                    "model": params.get("org.gyeongju-heritage-ai.model"),
                }
            )
    return out


def _provenance(manifest: dict[str, Any]) -> dict[str, Any] | None:
    for assertion in manifest.get("assertions") or []:
        if isinstance(assertion, dict) and assertion.get("label") == PROVENANCE_LABEL:
            data = assertion.get("data")
            return data if isinstance(data, dict) else None
    return None


def _models(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for action in actions:
        model = action.get("model")
        if isinstance(model, dict) and model.get("id"):
            seen.setdefault(str(model["id"]), {k: str(v) for k, v in model.items()})
    return list(seen.values())


def _fill(report: CredentialReport, data: dict[str, Any], state: str | None) -> None:
    manifests = data.get("manifests") if isinstance(data.get("manifests"), dict) else {}
    manifest = manifests.get(data.get("active_manifest")) or {}
    if not isinstance(manifest, dict):
        manifest = {}
    info = manifest.get("signature_info") if isinstance(manifest.get("signature_info"), dict) else {}
    report.signer = str(info.get("issuer") or info.get("common_name") or "")
    report.certificate = str(info.get("common_name") or "")
    generators = manifest.get("claim_generator_info") or []
    if generators and isinstance(generators[0], dict):
        report.software = f"{generators[0].get('name', '')} {generators[0].get('version', '')}".strip()
    report.actions = _actions(manifest)
    report.models = _models(report.actions)
    report.provenance = _provenance(manifest)
    for ingredient in manifest.get("ingredients") or []:
        if isinstance(ingredient, dict):
            report.ingredients.append({k: str(ingredient.get(k, "")) for k in ("title", "relationship", "description")})
    statuses = data.get("validation_status") or []
    failures = [s for s in statuses if isinstance(s, dict) and s.get("code") not in _UNTRUSTED_CODES]
    codes = {str(s.get("code")) for s in statuses if isinstance(s, dict)}
    report.pixels_match = not any(code in codes for code in _CONTENT_CODES)
    report.problems = [f"{s.get('code')}: {s.get('explanation', '')}".strip() for s in failures]
    if state == "Trusted" and not failures:
        report.state = "trusted"
    elif state in ("Valid", "Trusted") and not failures:
        report.state = "untrusted"
    else:
        report.state = "invalid"
        if not report.problems:
            report.problems = [f"validation state {state or 'unknown'}"]


def verify_file(path: str | os.PathLike[str]) -> CredentialReport:
    """Check the Content Credentials of ``path``; ``InvalidInput`` only when the file cannot be read."""
    target = Path(path)
    _check_readable(target)
    import c2pa

    report = CredentialReport(path=str(target), state="none")
    try:
        context = c2pa.Context.from_dict(_reader_settings())
        with open(target, "rb") as handle:
            reader = c2pa.Reader.try_create(handle, context=context)
            if reader is None:
                report.problems = ["the file has no Content Credentials"]
                return report
            with reader:
                state = reader.get_validation_state()
                data = json.loads(reader.json())
                exact = _exact_provenance(reader, data)
    except c2pa.C2paError as exc:
        sentence = native_failure(exc)
        nothing = sentence.startswith(("the file has no", "this kind of file cannot hold"))
        report.state = "none" if nothing else "invalid"
        report.problems = [sentence]
        return report
    except (ValueError, TypeError, RecursionError, MemoryError) as exc:
        report.state = "invalid"
        report.problems = [f"the Content Credentials could not be read ({type(exc).__name__})."]
        return report
    if not isinstance(data, dict):
        report.state, report.problems = "invalid", ["the Content Credentials hold malformed data."]
        return report
    _fill(report, data, state)
    if exact is not None:
        report.provenance = exact
    return report


def _exact_provenance(reader: Any, data: Any) -> dict[str, Any] | None:
    """Our assertion as stored, from the library's crJSON report.

    Its plain JSON report renders arrays of numbers as byte strings ([500, 500] came back as
    "9PQ="), which would garble sizes, gains and colour values; crJSON keeps them.
    """
    import c2pa

    active = data.get("active_manifest") if isinstance(data, dict) else None
    try:
        report = json.loads(reader.crjson())
    except (c2pa.C2paError, ValueError, TypeError, RecursionError):
        return None
    manifests = report.get("manifests") if isinstance(report, dict) else None
    for manifest in manifests if isinstance(manifests, list) else []:
        if isinstance(manifest, dict) and manifest.get("label") == active:
            assertions = manifest.get("assertions")
            found = assertions.get(PROVENANCE_LABEL) if isinstance(assertions, dict) else None
            return found if isinstance(found, dict) else None
    return None


def plain_summary(report: CredentialReport) -> str:
    """Two or three plain sentences for a visitor (the kiosk's "AI-restored" mark opens this)."""
    if report.state == "none":
        return "This picture carries no Content Credentials, so its history cannot be shown."
    if report.state == "invalid":
        return (
            "This picture's Content Credentials do not match it: it was changed after it was signed, "
            "so its history cannot be trusted."
        )
    who = report.signer or "an unknown signer"
    trust = "a trusted institution" if report.trusted else "a signer this museum has not confirmed"
    done = [a["description"] for a in report.actions if a["action"] != "c2pa.opened" and a["description"]]
    if any(a["digital_source_type"] for a in report.actions):
        lead = "Artificial intelligence changed this picture"
    else:
        lead = "This picture was edited by software"
    what = f": {', '.join(dict.fromkeys(done))}" if done else ""
    models = ", ".join(m.get("id", "") for m in report.models if m.get("id"))
    model_text = f" The AI models used: {models}." if models else ""
    return f"{lead}{what}.{model_text} The record was signed by {who} ({trust}) and the picture still matches it."


def summarise_file(path: str | os.PathLike[str]) -> str:
    """Plain-language summary of an image's credentials; never raises (a visitor sees this)."""
    try:
        return plain_summary(verify_file(path))
    except InvalidInput:
        return "This picture could not be read, so its history cannot be shown."
