"""Finding inputs, reading their bytes, and decoding them to text."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from storyline.errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

# Leading bytes of common binary formats people drop into article folders by mistake.
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a zip archive (or an Office document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"RIFF": "a RIFF media file (image, audio or video)",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


def discover(inputs: list[str]) -> Iterator[str]:
    """Expand INPUT arguments into file paths (folders recursively, sorted); '-' stays '-'.

    Missing paths are yielded too, so that the caller rejects them with a reason.
    """
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield str(child)
        else:
            yield str(path)


def kind_of(path: str) -> str | None:
    """'text', 'html', 'json' or None (unsupported), from the file name; '.gz' is looked through."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    return None


def read_bytes(path: str, max_bytes: int) -> bytes:
    """Read a file, refusing ones over ``max_bytes`` (before reading them)."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise InputError(
            f"too large: {size:,} bytes is over the limit of {max_bytes:,} "
            "(raise max_file_bytes in the settings to accept it)"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if path.lower().endswith(".gz"):
        import gzip

        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError(f"not a readable gzip file: {exc}") from exc
        if len(data) > max_bytes * 10:
            raise InputError("too large once decompressed")
    return data


def sniff_binary(data: bytes) -> str | None:
    """Say what binary format ``data`` looks like, or None if it may be text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 100 + 1:
        return "binary data (NUL bytes)"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name).

    UTF-8 with or without BOM and UTF-16 with BOM are read as such; otherwise strict UTF-8, then
    cp1252, then latin-1 when the bytes still look like text. CRLF and CR become LF.
    """
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"undecodable UTF-16 text: {exc.reason}") from exc
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "latin-1"
            if _control_share(text) > 0.01:
                raise InputError(
                    "undecodable bytes: not UTF-8, UTF-16 or cp1252/latin-1 text "
                    "(convert the file to UTF-8)"
                ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x80 <= ord(ch) < 0xA0)
    return bad / len(text)
