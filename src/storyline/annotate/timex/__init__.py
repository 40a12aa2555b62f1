"""Time expressions: detection on the model's DATE/TIME spans, and our own resolver."""

from storyline.annotate.timex.resolver import Resolution, resolve
from storyline.annotate.timex.tense import tense_from_text, tense_from_tokens

__all__ = ["Resolution", "resolve", "tense_from_text", "tense_from_tokens"]
