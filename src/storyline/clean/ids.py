"""Stable, content-derived document IDs."""

from __future__ import annotations

import hashlib
import re


def document_id(text: str, source: str | None) -> str:
    """'d' + 16 hex digits of SHA-1 over the whitespace-normalized text and the source name.

    The same article from the same source gets the same ID on every run and machine.
    """
    normalized = re.sub(r"\s+", " ", text).strip()
    digest = hashlib.sha1(f"{source or ''}\x00{normalized}".encode()).hexdigest()
    return "d" + digest[:16]
