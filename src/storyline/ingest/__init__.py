"""Inputs -> source documents, with every input accounted for.

``read_inputs`` yields ``(label, SourceDocument)`` for readable articles and ``(label, reason)`` for
rejected inputs, so the caller can list every input as accepted or rejected.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from storyline.errors import InputError
from storyline.ingest.dates import normalize_published
from storyline.ingest.files import decode, discover, kind_of, read_bytes, sniff_binary
from storyline.ingest.html import extract_html
from storyline.ingest.records import document_from_record, iter_json_records
from storyline.records import SourceDocument
from storyline.settings import Settings

Item = tuple[str, SourceDocument | str]


def read_inputs(
    inputs: list[str], settings: Settings, stdin: TextIO | None = None
) -> Iterator[Item]:
    for path in discover(inputs):
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin
            yield from _records("<stdin>", stream.read(), settings)
            continue
        yield from read_path(path, settings)


def read_path(path: str, settings: Settings) -> Iterator[Item]:
    if not Path(path).exists():
        yield path, "not found: no such file or folder"
        return
    kind = kind_of(path)
    if kind is None:
        yield (
            path,
            (
                "unsupported file type: storyline reads .txt, .html/.htm and .json/.jsonl "
                "(optionally .gz)"
            ),
        )
        return
    try:
        data = read_bytes(path, settings.max_file_bytes)
        if not data.strip():
            raise InputError("empty file")
        binary = sniff_binary(data)
        if binary:
            raise InputError(f"binary file: looks like {binary}, not article text")
        text, _encoding = decode(data)
    except InputError as exc:
        yield path, str(exc)
        return
    if kind == "json":
        yield from _records(path, text, settings)
    elif kind == "html":
        yield path, extract_html(text, path)
    else:
        yield path, SourceDocument(source_path=path, raw_text=text)


def _records(label: str, text: str, settings: Settings) -> Iterator[Item]:
    if not text.strip():
        yield label, "empty input"
        return
    for record_label, record in iter_json_records(text, label):
        if isinstance(record, str):
            yield record_label, record
        else:
            yield record_label, document_from_record(record, record_label, settings.field_map)


__all__ = ["read_inputs", "read_path", "normalize_published", "Item"]
