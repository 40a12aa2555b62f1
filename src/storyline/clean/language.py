"""Language identification with py3langid (a maintained fork of langid.py, Lui & Baldwin 2012;
BSD licence): a naive Bayes model over byte n-grams, trained on 97 languages, shipped in its
package."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

# The text is judged in pieces of about this many characters, at most this many pieces.
_PIECE_CHARS = 600
_PIECES = 24


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
    """The language of most of ``text``: each piece of a few paragraphs is identified, and the
    language of the most characters wins, with its share of the characters as probability (so
    that a page of English with a block of placeholder Latin, or of Italian with English menu
    words, is what most of it is).

    >>> identify_language("The two delegations met in Oslo on Tuesday for talks.").code
    'en'
    """
    votes: dict[str, float] = {}
    total = 0.0
    for piece in _pieces(text):
        ranked = _identifier().rank(piece)
        code, probability = ranked[0]
        weight = len(piece)
        total += weight
        votes[str(code)] = votes.get(str(code), 0.0) + weight * float(probability)
    if not total:
        return LanguageGuess("und", 0.0, 0.0)
    code = max(votes, key=lambda c: votes[c])
    return LanguageGuess(code, votes[code] / total, votes.get("en", 0.0) / total)


def _pieces(text: str) -> list[str]:
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        current = f"{current}\n{line}" if current else line
        if len(current) >= _PIECE_CHARS:
            pieces.append(current)
            current = ""
            if len(pieces) == _PIECES:
                return pieces
    if current.strip():
        pieces.append(current)
    return pieces
