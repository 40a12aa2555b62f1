"""Reading TimeML (TempEval-3) files: the document creation time, the plain text, and the gold
TIMEX3 spans as character offsets into that text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    name: str
    dct: str | None
    text: str
    timexes: tuple[GoldTimex, ...]


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Parse one .tml file; the text is the content of <TEXT> with every tag removed."""
    raw = Path(path).read_text(encoding="utf-8")
    root = ElementTree.fromstring(raw)
    dct = None
    dct_node = root.find(".//DCT/TIMEX3")
    if dct_node is not None:
        dct = dct_node.get("value")
    text_node = root.find(".//TEXT")
    if text_node is None:
        raise ValueError(f"{path}: no <TEXT> element")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    offset = 0

    def walk(node: ElementTree.Element) -> None:
        nonlocal offset
        if node.text:
            pieces.append(node.text)
            offset += len(node.text)
        for child in node:
            start = offset
            walk(child)
            if child.tag == "TIMEX3":
                span_text = "".join(pieces)[start:offset]
                timexes.append(
                    GoldTimex(
                        start, offset, span_text, child.get("type", "DATE"), child.get("value", "")
                    )
                )
            if child.tail:
                pieces.append(child.tail)
                offset += len(child.tail)

    walk(text_node)
    return TimeMLDocument(Path(path).stem, dct, "".join(pieces), tuple(timexes))


def canonical_value(value: str | None) -> str:
    """Equivalent TIMEX3 spellings made equal: week numbers are zero-padded ('2000-W7' ->
    '2000-W07'); anything after the day-level part of a date is kept."""
    if not value:
        return ""
    value = value.strip().upper()
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
