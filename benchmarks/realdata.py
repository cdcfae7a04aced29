"""Licence-clean real photographs for judging and calibrating the recognition models.

No real photographs of Korean heritage exist under an open licence, so the benchmarks judge the
models on real photographs of other subjects (and on the closest proxies: Caltech-101 ``pagoda``,
``buddha`` and ``ewer``). The photos come from three pinned repository snapshots (``fetch``):

==================  ===============================  ========================================
group               source @ commit                  what is taken
==================  ===============================  ========================================
``caltech101``      toyo97/Homework2-Caltech101      ``101_ObjectCategories/<class>/*.jpg``,
                                                     101 classes (``BACKGROUND_Google`` left
                                                     out: clutter, not a class)
``bsds500``         BIDS/BSDS500                     ``BSDS500/data/images/{train,test}/*.jpg``
                                                     only: ``val`` holds the CBSD68/BSD68
                                                     benchmark photos and is never taken
``imagenet_sample`` EliSchwartz/imagenet-sample-...  ``*.JPEG``, one photo per ImageNet class
``multiview``       openMVG/ImageDataset_Sceaux...,  photos of one building or place from
                    mapillary/OpenSfM,               several viewpoints (structure-from-motion
                    cvg/Hierarchical-Localization,   and matching samples), labelled by place;
                    zju3dv/LoFTR                     **all eval**: only the subject matcher's
                                                     test (``benchmarks/subjects_match.py``)
==================  ===============================  ========================================

Only the manifest is committed: ``benchmarks/data/real_photos.csv`` with one row per photo and the
columns ``source, commit, path, terms, sha256, label, split, group``. The photos themselves are
extracted from the snapshots into the git-ignored ``.devdata/real`` as::

    .devdata/real/<group>/<label>/<basename of path>

where ``label`` is the Caltech class, ``bsds``, or the ImageNet synset and name
(``n01440764_tench``).

The split is fixed by the manifest and never drawn at run time: within each stratum (a Caltech
class; the whole group for BSDS500 and the ImageNet samples) the photos are ordered by the
sha256 of a salted path and the first half (rounded down) is ``eval``, the rest ``train``.
``Faces_easy`` holds crops of the same photos as ``Faces``, so it is ordered by the matching
``Faces`` path and each face lands in the same split in both classes. The ``multiview`` group has
no train half: every row is ``eval`` (:attr:`Source.fixed_split`).
**The eval split is never trained on**: training, teaching and threshold fitting use ``train``
rows only; ``eval`` rows only judge.

Commands (run from the repository root)::

    python -m benchmarks.realdata build-manifest --mirror OWNER/NAME=GITDIR ...
    python -m benchmarks.realdata materialise --mirror OWNER/NAME=GITDIR ... [--out .devdata/real]
    python -m benchmarks.realdata summary

Other benchmark scripts use :func:`load_manifest`, :func:`rows` and :func:`photo_path`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from types import TracebackType

REPO_ROOT = Path(__file__).resolve().parents[1]
MANIFEST = REPO_ROOT / "benchmarks" / "data" / "real_photos.csv"
DEFAULT_ROOT = REPO_ROOT / ".devdata" / "real"
TRAIN, EVAL = "train", "eval"
# Changing the salt reshuffles every split: it would silently move trained-on photos into eval.
SPLIT_SALT = "gyeongju-heritage-ai/real-photos/v1"
HERITAGE_PROXIES = ("pagoda", "buddha", "ewer")


class RealDataError(Exception):
    """A problem with the manifest or a snapshot, worded for one line on stderr."""


@dataclass(frozen=True)
class Row:
    """One photo of the manifest; the field order is the CSV column order."""

    source: str
    commit: str
    path: str
    terms: str
    sha256: str
    label: str
    split: str
    group: str


COLUMNS = tuple(f.name for f in fields(Row))


def _caltech_label(path: str) -> str | None:
    parts = path.split("/")
    if len(parts) != 3 or parts[0] != "101_ObjectCategories" or not parts[2].endswith(".jpg"):
        return None
    return None if parts[1] == "BACKGROUND_Google" else parts[1]


def _bsds_label(path: str) -> str | None:
    parts = path.split("/")
    # Whitelisting train and test keeps val (the CBSD68/BSD68 benchmark photos) out for good.
    if len(parts) == 5 and parts[:3] == ["BSDS500", "data", "images"] and parts[3] in ("train", "test"):
        return "bsds" if parts[4].endswith(".jpg") else None
    return None


def _imagenet_label(path: str) -> str | None:
    return path.removesuffix(".JPEG") if "/" not in path and path.endswith(".JPEG") else None


def _in_folder(folder: str, suffix: str, label: str) -> Callable[[str], str | None]:
    """Files ``folder/*<suffix>`` (not deeper) are photos of one place ``label``."""

    def label_of(path: str) -> str | None:
        head, _, name = path.rpartition("/")
        return label if head == folder and name.endswith(suffix) else None

    return label_of


def _opensfm_label(path: str) -> str | None:
    return _in_folder("data/berlin/images", ".jpg", "berlin_facade")(path) or _in_folder(
        "data/lund/images", ".jpg", "lund_cathedral")(path)


#: Places of LoFTR's Phototourism sample photos, named ``<place>_<id>_<id>.jpg``.
PHOTOTOURISM_PLACES = ("london_bridge", "piazza_san_marco", "st_pauls_cathedral", "united_states_capitol")


def _phototourism_label(path: str) -> str | None:
    head, _, name = path.rpartition("/")
    if head != "assets/phototourism_sample_images" or not name.endswith(".jpg"):
        return None
    return next((place for place in PHOTOTOURISM_PLACES if name.startswith(place + "_")), None)


@dataclass(frozen=True)
class Source:
    """A pinned repository snapshot and the rule that picks and labels its photos."""

    repo: str
    group: str
    pinned_commit: str
    terms: str
    label_of: Callable[[str], str | None]
    split_per_label: bool
    #: Every row of this source gets this split (``eval``: a test-only group), no 50/50 draw.
    fixed_split: str | None = None


SOURCES = (
    Source("toyo97/Homework2-Caltech101", "caltech101", "9bf96cf5f5a462d3b6a66dd135fd78c2a7c0667b",
           "CC BY 4.0 (Caltech-101)", _caltech_label, split_per_label=True),
    Source("BIDS/BSDS500", "bsds500", "a04b7c6c3a9f0ace74bf205c72a43d32e1c72722",
           "BSDS500: non-commercial research/education", _bsds_label, split_per_label=False),
    Source("EliSchwartz/imagenet-sample-images", "imagenet_sample", "bc69043e2862758a1906c6a24a792bb28c6bb2ff",
           "ImageNet terms: non-commercial research", _imagenet_label, split_per_label=False),
    # Multi-view photos of buildings, for the subject matcher's test only (never trained on). Terms as
    # stated in each repository (Readme.txt, LICENSE, datasets/sacre_coeur/README.md).
    Source("openMVG/ImageDataset_SceauxCastle", "multiview", "fde7f5faba555e3c54700477c304488613346a19",
           "Copyright 2012 Pierre Moulon; published as openMVG's SfM sample images (Readme.txt)",
           _in_folder("images", ".JPG", "sceaux_castle"), split_per_label=True, fixed_split=EVAL),
    Source("mapillary/OpenSfM", "multiview", "238744cdf3b5d50149c50d136a87f7fea25ad5cd",
           "BSD-2-Clause (OpenSfM LICENSE, Copyright (c) 2014 mapillary)",
           _opensfm_label, split_per_label=True, fixed_split=EVAL),
    Source("cvg/Hierarchical-Localization", "multiview", "c13273bd0ecc2917a35910fd843712a1c6243193",
           "YFCC100M Creative Commons photos via Image Matching Challenge 2021 (datasets/sacre_coeur/README.md);"
           " repository Apache-2.0",
           _in_folder("datasets/sacre_coeur/mapping", ".jpg", "sacre_coeur"), split_per_label=True,
           fixed_split=EVAL),
    Source("zju3dv/LoFTR", "multiview", "df7ca80f917334b94cfbe32cc2901e09a80e70a8",
           "Apache-2.0 (LoFTR LICENSE); Phototourism sample photos",
           _phototourism_label, split_per_label=True, fixed_split=EVAL),
)
SOURCES_BY_REPO = {source.repo: source for source in SOURCES}


# --- the split ----------------------------------------------------------------------------------


def split_rank(path: str) -> str:
    """The key that orders a photo within its stratum: sha256 of the salted path."""
    identity = path.replace("101_ObjectCategories/Faces_easy/", "101_ObjectCategories/Faces/", 1)
    return hashlib.sha256(f"{SPLIT_SALT}\0{identity}".encode()).hexdigest()


def split_stratum(group: str, label: str) -> tuple[str, ...]:
    """The set of photos split 50/50 together: one Caltech class, or a whole group."""
    for source in SOURCES:
        if source.group == group:
            return (group, label) if source.split_per_label else (group,)
    raise RealDataError(f"unknown group {group!r}")


def fixed_split(group: str) -> str | None:
    """The one split of every row of ``group`` (``eval`` for test-only groups), or None when drawn."""
    splits = {source.fixed_split for source in SOURCES if source.group == group}
    if not splits:
        raise RealDataError(f"unknown group {group!r}")
    if len(splits) > 1:
        raise RealDataError(f"group {group!r} mixes fixed and drawn splits")
    return splits.pop()


def assign_splits(paths: Iterable[str]) -> dict[str, str]:
    """Split one stratum: the lower half of the paths by :func:`split_rank` is eval, the rest train."""
    ordered = sorted(paths, key=lambda path: (split_rank(path), path))
    n_eval = len(ordered) // 2
    return {path: EVAL if index < n_eval else TRAIN for index, path in enumerate(ordered)}


# --- reading snapshots --------------------------------------------------------------------------


class GitSnapshot:
    """Reads files of a bare git directory (a ``fetch`` snapshot) without checking anything out."""

    def __init__(self, git_dir: Path) -> None:
        self.git_dir = Path(git_dir)
        self._batch: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> GitSnapshot:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._batch is not None:
            assert self._batch.stdin is not None
            self._batch.stdin.close()
            self._batch.wait()
            self._batch = None

    def _git(self, *args: str) -> bytes:
        done = subprocess.run(["git", f"--git-dir={self.git_dir}", *args], capture_output=True, check=False)
        if done.returncode != 0:
            message = done.stderr.decode(errors="replace").strip().splitlines()
            raise RealDataError(f"git {args[0]} failed in {self.git_dir}: {message[-1] if message else 'no message'}")
        return done.stdout

    def resolve(self, rev: str) -> str | None:
        """The full commit id of ``rev``, or None when the snapshot lacks it."""
        try:
            return self._git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
        except RealDataError:
            return None

    def files(self, commit: str) -> dict[str, str]:
        """Path → blob id of every regular file at ``commit``."""
        listing: dict[str, str] = {}
        for entry in self._git("ls-tree", "-r", "-z", commit).decode().split("\0"):
            if not entry:
                continue
            meta, path = entry.split("\t", 1)
            mode, kind, blob = meta.split()
            if kind == "blob" and mode in ("100644", "100755"):
                listing[path] = blob
        return listing

    def read(self, blob: str) -> bytes | None:
        """The bytes of one blob, or None when the snapshot left it out (files of 4 MiB or more)."""
        if self._batch is None:
            self._batch = subprocess.Popen(["git", f"--git-dir={self.git_dir}", "cat-file", "--batch"],
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self._batch.stdin is not None and self._batch.stdout is not None
        self._batch.stdin.write(f"{blob}\n".encode())
        self._batch.stdin.flush()
        header = self._batch.stdout.readline().decode().split()
        if len(header) != 3:
            return None
        data = self._batch.stdout.read(int(header[2]))
        self._batch.stdout.read(1)
        return data


def parse_mirrors(specs: Sequence[str]) -> dict[str, Path]:
    """``OWNER/NAME=GITDIR`` arguments → {repo: git dir}."""
    mirrors: dict[str, Path] = {}
    for spec in specs:
        repo, sep, git_dir = spec.partition("=")
        if not sep or repo.count("/") != 1 or not git_dir:
            raise RealDataError(f"--mirror wants OWNER/NAME=GITDIR, got {spec!r}")
        mirrors[repo] = Path(git_dir)
    return mirrors


# --- the manifest -------------------------------------------------------------------------------


def build_rows(mirrors: dict[str, Path], log: Callable[[str], None] = print) -> list[Row]:
    """List every photo of the known sources in their snapshots, hash it and split it."""
    missing = [source.repo for source in SOURCES if source.repo not in mirrors]
    if missing:
        raise RealDataError(f"no --mirror given for {', '.join(missing)}")
    unsplit: list[Row] = []
    for source in SOURCES:
        with GitSnapshot(mirrors[source.repo]) as snapshot:
            commit = snapshot.resolve(source.pinned_commit)
            if commit is None:
                commit = snapshot.resolve("HEAD")
                if commit is None:
                    raise RealDataError(f"{mirrors[source.repo]} is not a readable git snapshot of {source.repo}")
                log(f"warning: {source.repo} snapshot lacks pinned {source.pinned_commit[:12]}; reading HEAD {commit}")
            for path, blob in sorted(snapshot.files(commit).items()):
                label = source.label_of(path)
                if label is None:
                    continue
                data = snapshot.read(blob)
                if data is None:
                    raise RealDataError(f"{source.repo}@{commit[:12]} snapshot lacks the bytes of {path}")
                unsplit.append(Row(source.repo, commit, path, source.terms, hashlib.sha256(data).hexdigest(),
                                   label, source.fixed_split or "", source.group))
    strata: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for row in unsplit:
        if not row.split:
            strata[split_stratum(row.group, row.label)].append(row.path)
    splits = {path: split for paths in strata.values() for path, split in assign_splits(paths).items()}
    rows = [row if row.split else replace(row, split=splits[row.path]) for row in unsplit]
    return sorted(rows, key=lambda row: (row.group, row.label, row.path))


def write_manifest(rows: Iterable[Row], path: Path = MANIFEST) -> None:
    """Write the manifest CSV atomically (temp file + replace)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    with temp.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows([getattr(row, column) for column in COLUMNS] for row in rows)
    os.replace(temp, path)


def load_manifest(path: Path = MANIFEST) -> list[Row]:
    """Every row of the manifest, in file order."""
    try:
        with Path(path).open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != COLUMNS:
                raise RealDataError(f"{path} has columns {reader.fieldnames}, expected {list(COLUMNS)}")
            return [Row(**record) for record in reader]
    except OSError as error:
        raise RealDataError(f"cannot read the manifest {path}: {error.strerror}") from error


def rows(group: str | None = None, split: str | None = None, labels: Iterable[str] | None = None,
         manifest: Path = MANIFEST) -> list[Row]:
    """Manifest rows of one group and/or split and/or set of labels (None = any)."""
    wanted = None if labels is None else set(labels)
    return [row for row in load_manifest(manifest)
            if (group is None or row.group == group) and (split is None or row.split == split)
            and (wanted is None or row.label in wanted)]


def photo_path(row: Row, root: Path = DEFAULT_ROOT) -> Path:
    """Where :func:`materialise` puts the photo of ``row``: ``root/<group>/<label>/<basename>``."""
    parts = (row.group, row.label, row.path.rsplit("/", 1)[-1])
    if any(not part or part.startswith(".") or "/" in part or "\\" in part for part in parts):
        raise RealDataError(f"manifest row {row.source}:{row.path} does not name a safe file")
    return Path(root).joinpath(*parts)


# --- materialise --------------------------------------------------------------------------------


def _file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def materialise(selected: Sequence[Row], mirrors: dict[str, Path], root: Path = DEFAULT_ROOT) -> tuple[int, int]:
    """Extract the photos of ``selected`` from the snapshots into ``root``, checking each sha256.

    Files already present with the right hash are left alone. Returns (written, already present).
    Raises RealDataError at the first missing file or hash mismatch; nothing unverified is written.
    """
    by_source: dict[str, list[Row]] = defaultdict(list)
    for row in selected:
        by_source[row.source].append(row)
    missing = sorted(set(by_source) - set(mirrors))
    if missing:
        raise RealDataError(f"no --mirror given for {', '.join(missing)}")
    written = present = 0
    for repo, source_rows in by_source.items():
        with GitSnapshot(mirrors[repo]) as snapshot:
            listings: dict[str, dict[str, str]] = {}
            for row in source_rows:
                target = photo_path(row, root)
                if _file_sha256(target) == row.sha256:
                    present += 1
                    continue
                if row.commit not in listings:
                    if snapshot.resolve(row.commit) is None:
                        raise RealDataError(f"{mirrors[repo]} lacks commit {row.commit} of {repo}")
                    listings[row.commit] = snapshot.files(row.commit)
                blob = listings[row.commit].get(row.path)
                data = None if blob is None else snapshot.read(blob)
                if data is None:
                    raise RealDataError(f"{repo}@{row.commit[:12]} has no bytes for {row.path}")
                actual = hashlib.sha256(data).hexdigest()
                if actual != row.sha256:
                    raise RealDataError(f"sha256 mismatch for {repo}:{row.path}: manifest {row.sha256}, got {actual}")
                target.parent.mkdir(parents=True, exist_ok=True)
                temp = target.with_name(f".{target.name}.tmp")
                temp.write_bytes(data)
                os.replace(temp, target)
                written += 1
    return written, present


# --- command line -------------------------------------------------------------------------------


def _count_table(selected: Sequence[Row]) -> Iterator[str]:
    counts = Counter((row.group, row.split) for row in selected)
    labels: dict[str, set[str]] = defaultdict(set)
    for row in selected:
        labels[row.group].add(row.label)
    yield f"{'group':<16} {'labels':>6} {'train':>6} {'eval':>6} {'total':>6}"
    for group in sorted(labels):
        train, held = counts[(group, TRAIN)], counts[(group, EVAL)]
        yield f"{group:<16} {len(labels[group]):>6} {train:>6} {held:>6} {train + held:>6}"
    train = sum(row.split == TRAIN for row in selected)
    n_labels = sum(len(names) for names in labels.values())
    yield f"{'all':<16} {n_labels:>6} {train:>6} {len(selected) - train:>6} {len(selected):>6}"


def summary(manifest: Path = MANIFEST, root: Path = DEFAULT_ROOT) -> str:
    """Counts per group and split, the heritage proxies, and how many photos are materialised."""
    selected = load_manifest(manifest)
    lines = list(_count_table(selected))
    lines.append("")
    lines.append("heritage proxies (caltech101): " + ", ".join(
        f"{label} {sum(r.split == TRAIN for r in selected if r.label == label)} train"
        f" / {sum(r.split == EVAL for r in selected if r.label == label)} eval"
        for label in HERITAGE_PROXIES))
    present = sum(photo_path(row, root).is_file() for row in selected)
    lines.append(f"materialised under {root}: {present} of {len(selected)} (presence only; materialise checks hashes)")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.realdata", description=__doc__.split("\n")[0])
    parser.add_argument("--manifest", type=Path, default=MANIFEST, help="manifest CSV (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build-manifest", help="list the snapshots' photos and write the manifest")
    build.add_argument("--mirror", action="append", default=[], metavar="OWNER/NAME=GITDIR", required=True)
    extract = commands.add_parser("materialise", help="extract the manifest's photos, checking each sha256")
    extract.add_argument("--mirror", action="append", default=[], metavar="OWNER/NAME=GITDIR", required=True)
    extract.add_argument("--out", type=Path, default=DEFAULT_ROOT, help="target folder (default: %(default)s)")
    extract.add_argument("--group", action="append", help="only this group (repeatable)")
    report = commands.add_parser("summary", help="counts per group and split")
    report.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="materialised photos (default: %(default)s)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; problems print one line on stderr and return 2."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "build-manifest":
            built = build_rows(parse_mirrors(args.mirror), log=lambda line: print(line, file=sys.stderr))
            write_manifest(built, args.manifest)
            print(f"wrote {len(built)} rows to {args.manifest}")
            print("\n".join(_count_table(built)))
        elif args.command == "materialise":
            selected = [row for row in load_manifest(args.manifest) if not args.group or row.group in args.group]
            written, present = materialise(selected, parse_mirrors(args.mirror), args.out)
            print(f"{written} photos written, {present} already present, under {args.out}")
        else:
            print(summary(args.manifest, args.root))
    except RealDataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
