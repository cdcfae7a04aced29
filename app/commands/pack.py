"""``gyeongju-ai pack``: create, verify, install, list and uninstall cooperation demo packs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.packs.references import UseReport


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("pack", help="create, verify, install, list or remove demo packs (.gjpack)")
    pack_sub = parser.add_subparsers(dest="pack_command", metavar="ACTION", required=True, parser_class=type(parser))
    create = pack_sub.add_parser("create", help="build a .gjpack from a folder laid out as in docs/packs.md")
    create.add_argument("src_dir", type=Path, metavar="SRC_DIR", nargs="?")
    create.add_argument("out", type=Path, metavar="OUT.gjpack", nargs="?")
    create.add_argument(
        "--default", action="store_true",
        help="build the default demo pack (Gyeongju heritage and the APEC AI Initiative) from the app's own "
             "renders; then give only OUT.gjpack",
    )
    create.add_argument("--sign-key", type=Path, metavar="KEY", help="sign the manifest with this ed25519 private key")
    create.set_defaults(handler=_create)
    verify = pack_sub.add_parser("verify", help="run every install check without installing")
    verify.add_argument("pack", type=Path, metavar="PACK")
    verify.add_argument("--json", action="store_true", help="print one JSON object")
    verify.set_defaults(handler=_verify)
    install = pack_sub.add_parser("install", help="install a pack into the user data folder")
    install.add_argument("pack", type=Path, metavar="PACK")
    install.add_argument("--yes-unsigned", action="store_true", help="confirm installing an unsigned or untrusted pack")
    install.add_argument(
        "--use-references", action="store_true",
        help="also add the pack's reference photos to your reference gallery (see docs/subjects.md)",
    )
    install.set_defaults(handler=_install)
    use = pack_sub.add_parser(
        "use-references", help="add the reference photos of an installed pack ID[@VERSION] to your gallery"
    )
    use.add_argument("spec", metavar="ID[@VERSION]")
    use.set_defaults(handler=_use_references)
    listing = pack_sub.add_parser("list", help="list installed packs")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=_list)
    remove = pack_sub.add_parser("uninstall", help="remove ID (all versions) or ID@VERSION")
    remove.add_argument("spec", metavar="ID[@VERSION]")
    remove.add_argument(
        "--remove-references", action="store_true",
        help="also remove the reference photos this pack added to your gallery (kept otherwise)",
    )
    remove.set_defaults(handler=_uninstall)
    keygen = pack_sub.add_parser("keygen", help="write PREFIX.key (private) and PREFIX.pub (to share)")
    keygen.add_argument("prefix", type=Path, metavar="PREFIX")
    keygen.set_defaults(handler=_keygen)
    trust = pack_sub.add_parser("trust", help="trust an institution's public key for pack signatures")
    trust.add_argument("public_key", type=Path, metavar="KEY.pub")
    trust.add_argument("institution", metavar="NAME", help="institution id shown as the signer (a-z, 0-9, _ -)")
    trust.set_defaults(handler=_trust)


def _create(args: argparse.Namespace) -> int:
    from app.domain.errors import InvalidInput
    from app.packs import operations

    if args.default:
        if args.src_dir is None or args.out is not None:
            raise InvalidInput("pack create --default takes only OUT.gjpack (it needs no SRC_DIR).")
        from app.packs.default_pack import build_default_pack

        args.out = args.src_dir
        manifest = build_default_pack(args.out, sign_key=args.sign_key)
    elif args.src_dir is None or args.out is None:
        raise InvalidInput("pack create needs SRC_DIR and OUT.gjpack (or --default OUT.gjpack).")
    else:
        manifest = operations.create(args.src_dir, args.out, sign_key=args.sign_key)
    sys.stdout.write(f"Wrote {args.out}: {manifest.id} {manifest.version}, {len(manifest.files)} files.\n")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from app.packs import operations

    report = operations.verify(args.pack)
    m = report.manifest
    if args.json:
        out = {**m.to_json(), "signature": report.signature.describe()}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(
            f"{args.pack}: {m.id} {m.version} “{m.display_title()}” by {m.institution}; "
            f"{len(m.files)} files, {report.total_bytes:,} bytes; {report.signature.describe()}. All checks passed.\n"
        )
    return 0


def _install(args: argparse.Namespace) -> int:
    from app.domain.errors import GyeongjuError, InvalidInput
    from app.packs import operations

    pack = operations.install(args.pack, confirm_unsigned=args.yes_unsigned)
    sys.stdout.write(f"Installed {pack.id} {pack.version} ({pack.signer}) in {pack.path}.\n")
    if args.use_references and not any(f.role == "reference_photo" for f in pack.manifest.files):
        sys.stdout.write(f"The pack {pack.id} {pack.version} carries no reference photos.\n")
    elif args.use_references:
        try:
            report = operations.use_references(f"{pack.id}@{pack.version}")
        except GyeongjuError as exc:
            raise InvalidInput(
                f"The pack {pack.id} {pack.version} was installed, but its reference photos were not added: {exc}"
            ) from None
        _write_use_report(report)
    return 0


def _use_references(args: argparse.Namespace) -> int:
    from app.packs import operations

    _write_use_report(operations.use_references(args.spec))
    return 0


def _write_use_report(report: UseReport) -> None:
    subjects = ", ".join(f"{subject} +{n}" for subject, n in report.added.items() if n) or "none"
    sys.stdout.write(
        f"Reference photos of {report.pack_id} {report.version}: {report.total_added} added ({subjects}), "
        f"{report.already_there} already in the gallery.\n"
    )


def _list(args: argparse.Namespace) -> int:
    from app.packs import operations

    packs = operations.installed()
    if args.json:
        sys.stdout.write(json.dumps([p.to_json() for p in packs], ensure_ascii=False) + "\n")
        return 0
    if not packs:
        sys.stdout.write("No packs are installed.\n")
    for p in packs:
        sys.stdout.write(f"{p.id}@{p.version}\t{p.title}\t{p.institution}\t{p.signer}\n")
    return 0


def _uninstall(args: argparse.Namespace) -> int:
    from app.packs import operations

    removed = operations.remove(args.spec)
    for p in removed:
        sys.stdout.write(f"Removed {p.id} {p.version}.\n")
    if args.remove_references:
        counts = operations.remove_references(removed)
        sys.stdout.write(f"Removed {sum(counts.values())} reference photos the pack had added to the gallery.\n")
    return 0


def _keygen(args: argparse.Namespace) -> int:
    from app.packs import operations

    private, public = operations.generate_keys(args.prefix)
    sys.stdout.write(f"Wrote {private} (keep it secret) and {public} (send it to partner institutions).\n")
    return 0


def _trust(args: argparse.Namespace) -> int:
    from app.packs import operations

    path = operations.trust(args.public_key, args.institution)
    sys.stdout.write(f"Trusted {args.institution}: {path}.\n")
    return 0
