"""Recognition commands: ``classify``, ``teach``, ``evaluate``, ``similar``, ``duplicates``, ``explain``.

JSON goes to stdout, one object per line; messages (skipped files, progress notes) go to
stderr. A batch never stops on a bad file: it lists what it skipped and carries on, and only
exits with status 2 when nothing at all could be processed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput
from app.vision.recognition import DEFAULT_MODEL_ID

_TTA_HELP = "average 3 views of each photo: a few points more accurate, 3× slower"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not “{text}”") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    """Add the recognition sub-commands to the main parser."""
    classify = sub.add_parser("classify", help="tag photos (files or folders, recursive)")
    classify.add_argument("--model", default=DEFAULT_MODEL_ID, help=f"model id (default {DEFAULT_MODEL_ID})")
    classify.add_argument("--top", type=_positive, default=3, help="labels per photo (default 3)")
    classify.add_argument("--json", action="store_true", help="one JSON object per photo")
    classify.add_argument("--tta", action="store_true", help=_TTA_HELP)
    classify.add_argument("paths", nargs="+", metavar="PATH")
    classify.set_defaults(handler=_classify)

    teach = sub.add_parser("teach", help="teach a model from a folder with one sub-folder of photos per label")
    teach.add_argument("--name", required=True, help="id of the new model (lower-case letters, digits, _ or -)")
    teach.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    teach.add_argument("folder", metavar="DIR")
    teach.set_defaults(handler=_teach)

    evaluate = sub.add_parser("evaluate", help="measure a model on a folder with one sub-folder per label")
    evaluate.add_argument("--model", default=DEFAULT_MODEL_ID)
    evaluate.add_argument("--tta", action="store_true", help=_TTA_HELP)
    evaluate.add_argument("folder", metavar="DIR")
    evaluate.set_defaults(handler=_evaluate)

    similar = sub.add_parser("similar", help="find the photos in DIR most like IMAGE")
    similar.add_argument("--to", required=True, metavar="IMAGE")
    similar.add_argument("--top", type=_positive, default=10)
    similar.add_argument("--json", action="store_true")
    similar.add_argument("folder", metavar="DIR")
    similar.set_defaults(handler=_similar)

    duplicates = sub.add_parser("duplicates", help="group near-duplicate photos in DIR")
    duplicates.add_argument("--json", action="store_true")
    duplicates.add_argument("folder", metavar="DIR")
    duplicates.set_defaults(handler=_duplicates)

    explain = sub.add_parser("explain", help="save a heat-map of why the model tagged IMAGE as it did")
    explain.add_argument("--model", default=DEFAULT_MODEL_ID)
    explain.add_argument("image", metavar="IMAGE")
    explain.add_argument("output", metavar="OUT.png")
    explain.set_defaults(handler=_explain)


def _warn(message: str) -> None:
    sys.stderr.write(f"gyeongju-ai: {message}\n")


def _print_json(obj: dict[str, Any]) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


def _classify(args: argparse.Namespace) -> int:
    from app.vision.recognition.classify import Classifier
    from app.vision.recognition.loading import collect_paths

    paths, problems = collect_paths(args.paths)
    for problem in problems:
        _warn(f"skipped: {problem}")
    if not paths:
        raise InvalidInput("There are no image files to classify.")
    from app.vision.subjects.match import SubjectMatcher

    classifier = Classifier(args.model, tta=args.tta)
    matcher = SubjectMatcher.from_gallery(backbone_sha256=classifier.backbone.spec.weights.sha256)
    classifier.subjects = matcher
    provenance = classifier.provenance(args.top)
    if len(matcher):
        provenance["subjects"] = matcher.provenance()
    done = skipped = 0
    for result in classifier.classify_paths(paths, args.top):
        if result.prediction is None:
            skipped += 1
            _warn(f"skipped: {result.error}")
            continue
        done += 1
        if args.json:
            _print_json({"path": str(result.path), **result.prediction.to_json(), "model": provenance})
        else:
            prediction = result.prediction
            shown = ", ".join(f"{label.name_en} {label.score:.0%}" for label in prediction.labels)
            reasons = ", ".join(prediction.reasons)
            verdict = f"unknown ({reasons}); best guesses: {shown}" if prediction.unknown else shown
            if prediction.subject is not None:
                verdict += f"\tsubject: {prediction.subject.name_en} ({prediction.subject.score:.2f})"
            print(f"{result.path}\t{verdict}", flush=True)
    if skipped or problems:
        _warn(f"{done} photo(s) classified, {skipped + len(problems)} skipped.")
    if done == 0:
        raise InvalidInput("None of the given files could be read as an image.")
    return 0


def _teach(args: argparse.Namespace) -> int:
    from app.domain.progress import Progress
    from app.vision.recognition.teach import teach_folder

    last = [-1]

    def progress(p: Progress) -> None:
        step = int(p.fraction * 10)
        if step != last[0] and sys.stderr.isatty():
            last[0] = step
            sys.stderr.write(f"\r{p.fraction:4.0%} {p.message:<40}")
            sys.stderr.flush()

    result = teach_folder(args.folder, args.name, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    for message in result.skipped:
        _warn(f"skipped: {message}")
    if args.json:
        _print_json(result.summary())
        return 0
    cv = result.cv
    baseline = cv.baselines.get("nearest_centroid_raw", 0.0)
    print(
        f"Taught “{result.model_id}” from {sum(result.counts.values())} photos of {len(result.counts)} labels "
        f"in {result.seconds:.0f} s.\n"
        f"Cross-validated accuracy ({cv.folds} folds): {cv.accuracy:.1%} (top-3 {cv.top3:.1%}); "
        f"nearest-centroid baseline on the same folds: {baseline:.1%}; "
        f"calibration error (ECE) {cv.ece_calibrated:.1%}; head: {cv.method}.\n"
        f"{result.curve_sentence()}\n"
        f"Saved in {result.folder}."
    )
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from app.vision.recognition.classify import Classifier
    from app.vision.recognition.evaluate import evaluate_folder

    classifier = Classifier(args.model, tta=args.tta)
    evaluation = evaluate_folder(classifier, args.folder)
    for message in evaluation.skipped:
        _warn(f"skipped: {message}")
    _print_json(evaluation.to_json(classifier.provenance()))
    return 0


def _backbone_provenance() -> dict[str, Any]:
    from app.vision.recognition.backbone import shared_backbone

    return shared_backbone().provenance()


def _similar(args: argparse.Namespace) -> int:
    from app.vision.recognition.backbone import shared_backbone
    from app.vision.recognition.collection import find_similar
    from app.vision.recognition.loading import collect_paths

    query = Path(args.to)
    if not query.is_file():
        raise InvalidInput(f"The query image “{query}” does not exist.")
    paths, problems = collect_paths([args.folder])
    if not paths:
        raise InvalidInput(f"“{args.folder}” contains no images to compare with.")
    matches, skipped = find_similar(shared_backbone(), query, paths, args.top)
    for message in problems + skipped:
        _warn(f"skipped: {message}")
    provenance = {**_backbone_provenance(), "parameters": {"top": args.top, "metric": "cosine"}}
    for match in matches:
        if args.json:
            _print_json({"path": match.key, "score": round(match.score, 4), "query": str(query), "model": provenance})
        else:
            print(f"{match.score:.3f}\t{match.key}")
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    from app.vision.recognition.backbone import shared_backbone
    from app.vision.recognition.collection import embed_collection, find_duplicates
    from app.vision.recognition.loading import collect_paths
    from app.vision.recognition.similarity import DUPLICATE_COSINE, DUPLICATE_HAMMING

    paths, problems = collect_paths([args.folder])
    collection = embed_collection(shared_backbone(), paths)
    for message in problems + collection.skipped:
        _warn(f"skipped: {message}")
    groups = find_duplicates(collection)
    parameters = {"max_hamming": DUPLICATE_HAMMING, "min_cosine": DUPLICATE_COSINE}
    provenance = {**_backbone_provenance(), "parameters": parameters}
    for group in groups:
        if args.json:
            _print_json({"group": group, "model": provenance})
        else:
            print("\t".join(group))
    if not args.json:
        _warn(f"{len(groups)} group(s) of near-duplicates among {len(collection.paths)} photos.")
    return 0


def _explain(args: argparse.Namespace) -> int:
    from app.imaging.atomic import atomic_output
    from app.imaging.io import load_preview
    from app.vision.recognition.classify import Classifier
    from app.vision.recognition.explain import explain
    from app.vision.recognition.jobs import EXPLAIN_SIDE

    output = Path(args.output)
    if output.suffix.lower() != ".png":
        raise InvalidInput("The heat-map is saved as PNG; give an output name ending in .png.")
    classifier = Classifier(args.model)
    result = explain(classifier, load_preview(args.image, EXPLAIN_SIDE).pixels, max_side=EXPLAIN_SIDE)
    import cv2

    with atomic_output(output, ".png") as temp:
        if not cv2.imwrite(str(temp), result.overlay[..., ::-1]):
            raise InvalidInput(f"The heat-map could not be written to “{output}”.")
    summary = {"path": args.image, "output": str(output), **result.to_json()}
    _print_json({**summary, "model": classifier.provenance()})
    return 0
