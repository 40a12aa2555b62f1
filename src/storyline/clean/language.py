"""Language identification with py3langid (a maintained fork of langid.py, Lui & Baldwin 2012;
BSD licence): a naive Bayes model over byte n-grams, trained on 97 languages, shipped in its
package."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

# Enough text to decide; the model's cost grows with the sample.
_SAMPLE_CHARS = 5_000


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1, as py3langid names it
    probability: float  # of that language, normalised over the 97
    english: float  # of English

    def is_not_english(self, confidence: float) -> bool:
        return self.code != "en" and self.probability >= confidence

    @property
    def reason(self) -> str:
        return (
            f"identified as '{self.code}' with probability {self.probability:.2f} "
            f"(English {self.english:.2f}; py3langid)"
        )


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> LanguageGuess:
    """The language of ``text`` (its first few thousand characters).

    >>> identify_language("The two delegations met in Oslo on Tuesday for talks.").code
    'en'
    """
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return LanguageGuess("und", 0.0, 0.0)
    ranked = _identifier().rank(sample)
    code, probability = ranked[0]
    english = next((p for c, p in ranked if c == "en"), 0.0)
    return LanguageGuess(str(code), float(probability), float(english))
