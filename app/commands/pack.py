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
    chosen = create.add_argument_group(
        "from a selection (then give only OUT.gjpack)",
        "catalogue item N becomes images/item-N.<ext>; scripts are checked like present checks them",
    )
    chosen.add_argument("--from-catalog", type=Path, metavar="DB", help="the catalogue the --item ids belong to")
    chosen.add_argument("--item", type=int, action="append", default=[], metavar="ID", help="a catalogue item (repeat)")
    chosen.add_argument("--model", action="append", default=[], metavar="ID", help="a taught model to include (repeat)")
    chosen.add_argument("--script", type=Path, action="append", default=[], metavar="FILE",
                        help="a presentation script to include (repeat)")
    chosen.add_argument("--id", dest="pack_id", metavar="PACK_ID", help="the pack's id (a-z, 0-9, _ -)")
    chosen.add_argument("--version", dest="pack_version", default="1.0.0", metavar="X.Y.Z", help="default 1.0.0")
    chosen.add_argument("--title", action="append", default=[], metavar="[LANG=]TEXT",
                        help="the pack's title (repeat per language, e.g. --title ko=경주 --title en=Gyeongju)")
    chosen.add_argument("--institution", default="", metavar="NAME")
    chosen.add_argument("--licence", default="", metavar="TEXT", help="licence of every file")
    chosen.add_argument("--credit", default="", metavar="TEXT", help="credit of every file")
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
    export = pack_sub.add_parser("export", help="write an installed pack ID[@VERSION] to a .gjpack (signature kept)")
    export.add_argument("spec", metavar="ID[@VERSION]")
    export.add_argument("out", type=Path, metavar="OUT.gjpack")
    export.set_defaults(handler=_export)
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

    if args.from_catalog is not None or args.item or args.model or args.script:
        return _create_from_selection(args)
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


def _titles(values: list[str]) -> dict[str, str]:
    from app.domain.errors import InvalidInput

    titles: dict[str, str] = {}
    for value in values:
        language, sep, text = value.partition("=")
        if not sep or not language.isalpha() or not 2 <= len(language) <= 3:
            language, text = "en", value
        if not text.strip():
            raise InvalidInput(f"--title “{value}” has no text.")
        titles[language.lower()] = text.strip()
    return titles


def _create_from_selection(args: argparse.Namespace) -> int:
    """``pack create --from-catalog DB --item ID … --model ID --script FILE --id ID --title T OUT.gjpack``."""
    from app.domain.errors import InvalidInput
    from app.packs import operations

    if args.src_dir is None or args.out is not None or args.default:
        raise InvalidInput("pack create from a selection takes only OUT.gjpack (no SRC_DIR, no --default).")
    if args.item and args.from_catalog is None:
        raise InvalidInput("--item needs --from-catalog DB, the catalogue the items belong to.")
    if args.pack_id is None or not args.title:
        raise InvalidInput("pack create from a selection needs --id PACK_ID and --title TEXT.")
    info = operations.PackInfo(
        id=args.pack_id, title=_titles(args.title), version=args.pack_version, institution=args.institution,
        licence=args.licence, credit=args.credit,
    )
    selection = operations.selection_from_catalog(info, args.from_catalog, args.item, args.model, args.script)
    out = args.src_dir
    manifest = operations.create_from_selection(selection, out, sign_key=args.sign_key)
    sys.stdout.write(f"Wrote {out}: {manifest.id} {manifest.version}, {len(manifest.files)} files.\n")
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


def _export(args: argparse.Namespace) -> int:
    from app.packs import operations

    pack = operations.export(args.spec, args.out)
    sys.stdout.write(f"Wrote {args.out}: {pack.id} {pack.version}, {len(pack.manifest.files)} files.\n")
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
