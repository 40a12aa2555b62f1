"""JSON form of the records: plain dicts in, plain dicts out, with a stable key order."""

from __future__ import annotations

import json
import types
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from storyline.records import Document, RunReport


def to_dict(record: Any) -> Any:
    """Turn a record (or a tuple/list of them) into JSON-ready values."""
    if is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record


def from_json(cls: type, data: dict[str, Any]) -> Any:
    """Rebuild a record of ``cls`` from its JSON form, led by the field types: nested records,
    tuples of them and optional values are rebuilt at any depth (unknown keys are ignored)."""
    return _decoder(cls)(data)


Decode = Callable[[Any], Any]


@cache
def _decoder(cls: type) -> Decode:
    """A function that rebuilds records of ``cls``, made once per record type: fields that
    hold plain values are passed as they are, the others through their own decoder."""
    hints = get_type_hints(cls)
    names = frozenset(f.name for f in fields(cls))
    converted = [(f.name, c) for f in fields(cls) if (c := _value_decoder(hints[f.name]))]

    def decode(data: dict[str, Any]) -> Any:
        if converted:
            data = dict(data)
            for name, convert in converted:
                value = data.get(name)
                if value is not None:
                    data[name] = convert(value)
        if data.keys() <= names:
            return cls(**data)
        return cls(**{k: v for k, v in data.items() if k in names})

    return decode


def _value_decoder(kind: Any) -> Decode | None:
    """How to rebuild a value of type ``kind`` from JSON; None when JSON already has it."""
    origin = get_origin(kind)
    if origin is tuple:
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            inner = _value_decoder(args[0])
            if inner is None:
                return tuple
            return lambda items: tuple(inner(item) for item in items)
        parts = [_value_decoder(a) for a in args]
        return lambda items: tuple(
            item if p is None or item is None else p(item)
            for p, item in zip(parts, items, strict=True)
        )
    if origin in (Union, types.UnionType):
        inner_kinds = [a for a in get_args(kind) if a is not type(None)]
        return _value_decoder(inner_kinds[0]) if len(inner_kinds) == 1 else None
    if isinstance(kind, type) and is_dataclass(kind):
        return _decoder(kind)
    return None


def document_from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a Document from its JSON form (unknown keys are ignored)."""
    return from_json(Document, data)


def document_to_json(doc: Document) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False)


def run_report_to_dict(report: RunReport) -> dict[str, Any]:
    data = to_dict(report)
    data["accepted"] = report.accepted
    data["rejected"] = report.rejected
    return data


__all__ = [
    "document_from_dict",
    "document_to_json",
    "from_json",
    "run_report_to_dict",
    "to_dict",
]
