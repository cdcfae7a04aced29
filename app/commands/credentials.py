"""``gyeongju-ai credentials init|import|trust|show|verify``: the museum's Content Credentials.

``verify`` exits 0 when an image's credentials are intact (trusted or not, the output says
which), 1 when it has none or they fail validation (changed pixels, an edited manifest), and 2
with one line on stderr when the file cannot be read (``app.cli`` prints ``InvalidInput``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``credentials`` and its sub-commands to the top-level parser."""
    cred = sub.add_parser("credentials", help="Content Credentials (C2PA): signing identity, trust list, verify")
    actions = cred.add_subparsers(dest="credentials_command", metavar="ACTION", required=True)

    init = actions.add_parser("init", help="create this museum's local CA and signing certificate")
    init.add_argument("--institution", required=True, metavar="NAME", help="the museum's name as signers see it")
    init.add_argument("--country", default="KR", metavar="CC", help="two-letter country code (default KR)")
    init.add_argument("--passphrase-file", type=Path, metavar="F", help="encrypt the private key with F's first line")
    init.add_argument("--force", action="store_true", help="replace an existing identity")
    init.set_defaults(handler=_init)

    imp = actions.add_parser("import", help="use a certificate (with chain) and key from a certificate authority")
    imp.add_argument("cert", type=Path, metavar="CERT", help="PEM: the signing certificate first, then its issuers")
    imp.add_argument("key", type=Path, metavar="KEY", help="PEM private key (ECDSA P-256) of the certificate")
    imp.add_argument("--passphrase-file", type=Path, metavar="F", help="passphrase of KEY (kept for the copy)")
    imp.add_argument("--force", action="store_true", help="replace an existing identity")
    imp.set_defaults(handler=_import)

    trust = actions.add_parser("trust", help="add a partner institution's certificate to the trusted list")
    trust.add_argument("cert", type=Path, metavar="CERT", help="the partner's CA (ca.pem) or signing certificate")
    trust.add_argument("--name", metavar="INSTITUTION", help="name to list it under (default: from the certificate)")
    trust.set_defaults(handler=_trust)

    show = actions.add_parser("show", help="show this installation's signing identity and trusted institutions")
    show.set_defaults(handler=_show)

    ver = actions.add_parser("verify", help="check an image's Content Credentials")
    ver.add_argument("file", type=Path, metavar="FILE", help="image to check (never modified)")
    ver.add_argument("--json", action="store_true", help="print the full report as JSON")
    ver.set_defaults(handler=_verify)


def _passphrase(path: Path | None) -> bytes | None:
    from app.credentials.identity import read_passphrase_file

    return read_passphrase_file(path) if path is not None else None


def _init(args: argparse.Namespace) -> int:
    from app.credentials.identity import create_identity, identity_dir

    info = create_identity(
        args.institution, args.country, passphrase=_passphrase(args.passphrase_file), overwrite=args.force
    )
    print(
        f"created the signing identity of {info.institution} (valid until {info.not_after:%Y-%m-%d}); "
        f"send partners {identity_dir() / 'ca.pem'} so they can trust your images"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from app.credentials.identity import import_identity

    info = import_identity(args.cert, args.key, passphrase=_passphrase(args.passphrase_file), overwrite=args.force)
    print(f"now signing as {info.common_name or info.institution}, certified by {info.issuer}")
    return 0


def _trust(args: argparse.Namespace) -> int:
    from app.credentials.trust import trust_certificate, trusted_certificates

    target = trust_certificate(args.cert, args.name)
    added = [c for c in trusted_certificates() if c.institution == target.stem]
    if any(c.is_ca for c in added):
        print(f"images and packs signed by “{target.stem}” are now trusted ({target})")
    else:
        print(
            f"packs signed with this key of “{target.stem}” are now trusted ({target}); for its images, "
            "trust the certificate authority that issued it (the partner's ca.pem)"
        )
    return 0


def _show(_args: argparse.Namespace) -> int:
    from app.credentials.identity import identity_info
    from app.credentials.trust import trusted_certificates

    info = identity_info()
    if info is None:
        print("signing identity: none (outputs are not signed; run “credentials init --institution NAME”)")
    else:
        lock = ", key protected by a passphrase" if info.encrypted else ""
        print(f"signing identity: {info.institution} (until {info.not_after:%Y-%m-%d}{lock})")
    names = sorted({c.institution for c in trusted_certificates()})
    print(f"trusted institutions: {', '.join(names) if names else 'none'}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from app.credentials.verify import verify_file

    report = verify_file(args.file)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return report.exit_code
    print(_describe(report))
    return report.exit_code


def _describe(report) -> str:
    if report.state == "none":
        return f"{report.path}: no Content Credentials"
    if report.state == "invalid":
        return f"{report.path}: Content Credentials FAILED validation: {'; '.join(report.problems)}"
    trust = "trusted" if report.trusted else "not in your trusted institutions"
    lines = [f"{report.path}: Content Credentials intact, signed by {report.signer} ({trust})"]
    lines.append(f"  pixels match the signed image: {'yes' if report.pixels_match else 'no'}")
    for action in report.actions:
        ai = " [AI]" if action["digital_source_type"] else ""
        model = action.get("model") or {}
        used = f" with {model.get('id')} {model.get('version', '')}".rstrip() if model.get("id") else ""
        lines.append(f"  {action['action']}{ai}: {action['description']}{used}")
    return "\n".join(lines)
