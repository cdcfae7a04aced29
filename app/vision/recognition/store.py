"""Recognition models as registry entries: a model card (``model.toml``) + a small safetensors head.

A taught model is data like any other registry model. Its card records which backbone (id and
sha256) produced the embeddings it was trained on, its labels with display names, the
cross-validated metrics and confusion matrix, and the open-set settings. Loading goes through
:meth:`ModelRegistry.load_state_dict`, so the head's sha256 is checked before it is read.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.domain.errors import InvalidInput, ModelUnavailable
from app.domain.hashing import sha256_file
from app.domain.ids import check_id
from app.vision.recognition import toml_write
from app.vision.recognition.backbone import BACKBONE_ID, INPUT_SIZE
from app.vision.recognition.everyday import EverydayTerm
from app.vision.recognition.fusion import FusionParams
from app.vision.recognition.head import HeadParams
from app.vision.registry import ModelRegistry
from app.vision.spec import ModelSpec

#: ``architecture`` written in the cards of recognition heads.
HEAD_ARCHITECTURE = "embedding_head"
#: Feature recipe the head expects (see features.transform); bump when that recipe changes.
#: v2: the head's stored ``centre`` is subtracted and the vector re-normalised before the weights
#: (head.HeadParams.prepare); a head without one (the default tagger) reads the v1 vector as is.
#: Older versions of the app would ignore the centre, so they must refuse v2 heads; v1 taught
#: models (centre crop, no centring) are refused here: teach them again.
FEATURE_RECIPE = "gap-sqrt-l2-centred/v2"
WEIGHTS_FILE = "head.safetensors"
#: Tensor holding a fused model's ImageNet evidence matrix inside its weights file.
FUSION_TENSOR = "concept_evidence"


@dataclass(frozen=True)
class Label:
    """One output class of a head, with the names shown to people."""

    id: str
    name_en: str
    name_ko: str
    unknown: bool = False  # a label that means "none of the above" (e.g. not_heritage)


@dataclass(frozen=True)
class OpenSet:
    """When an answer becomes "unknown" besides the calibrated threshold stored in the head."""

    concept_gate: bool = False
    gate_threshold: float = 0.5


@dataclass(frozen=True)
class RecognitionModel:
    """A loaded head with its card: everything needed to turn embeddings into labelled answers."""

    spec: ModelSpec
    head: HeadParams
    labels: tuple[Label, ...]
    open_set: OpenSet
    fusion: ConceptFusion | None = None


@dataclass(frozen=True)
class ConceptFusion:
    """The concept expert of a fused model (see ``fusion.py``): its ImageNet evidence and weights.

    ``evidence`` (1000, K) maps ImageNet probabilities to the model's outputs in label order (the
    "none of the above" label's column is the not-heritage mask). It is stored inside the weights
    file, so the sha256 that guards the head guards the mapping the fusion was fitted with too.
    """

    evidence: np.ndarray
    params: FusionParams
    everyday: EverydayTerm | None = None  # the third expert's term on the not-heritage logit


def check_model_id(model_id: str) -> str:
    """Model ids become folder names: the app-wide id rule (see :mod:`app.domain.ids`)."""
    return check_id(model_id, "model name")


def label_names(label_id: str) -> tuple[str, str]:
    """English and Korean display names: from the taxonomy when the id is a type or subject."""
    from app.content.taxonomy import load_taxonomy

    try:
        taxonomy = load_taxonomy()
    except InvalidInput:
        return label_id, label_id
    for finder in (taxonomy.type_by_id, taxonomy.subject_by_id):
        try:
            entry = finder(label_id)
        except InvalidInput:
            continue
        return entry.name("en"), entry.name("ko")
    readable = label_id.replace("_", " ")
    return readable, readable


def load_recognition_model(registry: ModelRegistry, model_id: str, backbone_sha256: str) -> RecognitionModel:
    """Load and check a head from the registry; ``ModelUnavailable`` names what does not fit."""
    spec = registry.get(model_id)
    if spec.architecture != HEAD_ARCHITECTURE:
        raise ModelUnavailable(
            f"The model “{model_id}” is not a recognition model (it is a {spec.task} model), so it cannot tag photos."
        )
    params = spec.arch_params
    if params.get("feature") != FEATURE_RECIPE or params.get("backbone") != BACKBONE_ID:
        raise ModelUnavailable(
            f"The model “{model_id}” was made for a different feature extractor; teach it again with this version."
        )
    if params.get("backbone_sha256") != backbone_sha256:
        raise ModelUnavailable(
            f"The model “{model_id}” was taught on different backbone weights than the installed ones; "
            "teach it again or reinstall the matching version."
        )
    state = registry.load_state_dict(spec)
    try:
        head = HeadParams.from_tensors(state)
    except (KeyError, ValueError, IndexError) as exc:
        raise ModelUnavailable(f"The weights of the model “{model_id}” are not a recognition head ({exc}).") from exc
    raw = spec.labels
    ids = list(raw.get("ids", []))
    names_en = list(raw.get("names_en", ids))
    names_ko = list(raw.get("names_ko", names_en))
    unknown_ids = set(raw.get("unknown_ids", []))
    # A fused model's head has no "not heritage" output: that label is decided by its concepts.
    fused = spec.extra.get("fusion") is not None
    outputs = head.n_classes + (1 if fused else 0)
    if len(ids) != outputs or len(names_en) != len(ids) or len(names_ko) != len(ids):
        raise ModelUnavailable(
            f"The model “{model_id}” lists {len(ids)} labels but its weights have {head.n_classes} outputs."
        )
    labels = tuple(Label(i, en, ko, i in unknown_ids) for i, en, ko in zip(ids, names_en, names_ko, strict=True))
    open_raw = spec.extra.get("open_set", {})
    open_set = OpenSet(bool(open_raw.get("concept_gate", False)), float(open_raw.get("gate_threshold", 0.5)))
    return RecognitionModel(spec, head, labels, open_set, _load_fusion(spec, state, len(ids)))


def _load_fusion(spec: ModelSpec, state: dict[str, Any], n_outputs: int) -> ConceptFusion | None:
    raw = spec.extra.get("fusion")
    if raw is None:
        return None
    try:
        evidence = state[FUSION_TENSOR].detach().cpu().float().numpy()
        params = FusionParams.from_dict(dict(raw), n_outputs)
    except (KeyError, ValueError, TypeError) as exc:
        raise ModelUnavailable(f"The model “{spec.id}” has an incomplete concept fusion ({exc}).") from exc
    if evidence.shape != (1000, n_outputs):
        raise ModelUnavailable(f"The model “{spec.id}” has a concept map of the wrong shape {evidence.shape}.")
    try:
        everyday = EverydayTerm.from_tensors(state, int(state["weight"].shape[1]))
    except (KeyError, ValueError) as exc:
        raise ModelUnavailable(f"The model “{spec.id}” has a malformed everyday expert ({exc}).") from exc
    return ConceptFusion(evidence, params, everyday)


def build_card(
    *,
    model_id: str,
    version: str,
    labels: list[Label],
    backbone_sha256: str,
    head: HeadParams,
    origin: str,
    licence: str,
    description_en: str,
    description_ko: str,
    metrics: dict[str, Any],
    open_set: OpenSet,
    training: dict[str, Any],
    limitations: list[str] | None = None,
    fusion: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The ``model.toml`` content of a head (without the weights' sha256, added on save)."""
    card: dict[str, Any] = {
        "id": model_id,
        "version": version,
        "task": "image-tagging",
        "architecture": HEAD_ARCHITECTURE,
        "licence": licence,
        "origin": origin,
        "description_en": description_en,
        "description_ko": description_ko,
        "arch_params": {
            "backbone": BACKBONE_ID,
            "backbone_sha256": backbone_sha256,
            "feature": FEATURE_RECIPE,
            "n_classes": head.n_classes,
            "dim": int(head.weight.shape[1]),
        },
        "weights": {"file": WEIGHTS_FILE, "format": "safetensors", "sha256": ""},
        "input": {"size": [INPUT_SIZE, INPUT_SIZE], "mean": [0.5, 0.5, 0.5], "std": [0.5, 0.5, 0.5]},
        "labels": {
            "ids": [label.id for label in labels],
            "names_en": [label.name_en for label in labels],
            "names_ko": [label.name_ko for label in labels],
            "unknown_ids": [label.id for label in labels if label.unknown],
        },
        "metrics": metrics,
        "open_set": {
            "concept_gate": open_set.concept_gate,
            "gate_threshold": open_set.gate_threshold,
            "temperature": round(head.temperature, 5),
            "threshold": round(head.threshold, 5),
            "min_similarity": round(head.min_similarity, 5),
        },
        "training": training,
    }
    if fusion:
        card["fusion"] = fusion
    if limitations:
        card["limitations"] = {"en": limitations}
    return card


def save_head_model(
    folder: Path,
    card: dict[str, Any],
    head: HeadParams,
    *,
    replace: bool = False,
    concept_evidence: np.ndarray | None = None,
    everyday: EverydayTerm | None = None,
) -> Path:
    """Write ``folder/model.toml`` + ``head.safetensors`` atomically (build aside, then rename)."""
    from safetensors.torch import save_file

    folder = Path(folder)
    if folder.exists() and not replace:
        raise InvalidInput(f"A model folder “{folder.name}” already exists.")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        # mkdtemp makes a private (0700) folder; a model is ordinary, readable data like any other file.
        staging.chmod(0o755)
        weights = staging / WEIGHTS_FILE
        tensors = head.to_tensors()
        if concept_evidence is not None:
            import torch

            tensors[FUSION_TENSOR] = torch.from_numpy(np.ascontiguousarray(concept_evidence, dtype=np.float32))
        if everyday is not None:
            tensors.update(everyday.to_tensors())
        save_file(tensors, str(weights), metadata={"format": "pt", "model_id": str(card["id"])})
        weights.chmod(0o644)
        card = {**card, "weights": {**card["weights"], "sha256": sha256_file(weights)}}
        (staging / "model.toml").write_text(toml_write.dumps(card), encoding="utf-8")
        if folder.exists():
            # Swap in two renames so that a crash leaves either the old or the new model whole.
            retired = folder.with_name(f".{folder.name}.old")
            shutil.rmtree(retired, ignore_errors=True)
            folder.rename(retired)
            staging.rename(folder)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder
