"""An HTML page read with lxml: its text as blocks (one a line, as a browser lays them out) with
what the markup says about each, and the page's own metadata (headlines, dates, site name, URL).

Nothing here decides what is article and what is furniture; the cleaning stage does, from these
blocks. Scripts are never run: JSON-LD is parsed as data, everything else is read as text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

import lxml.html

from storyline.records import PageBlock

_SKIP = frozenset(
    [
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "select",
        "input",
        "textarea",
        "math",
    ]
)
_BLOCK = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "blockquote",
        "pre",
        "td",
        "th",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "main",
        "form",
        "hr",
        "address",
        "details",
        "summary",
        "caption",
        "center",
        "fieldset",
        "legend",
        "menu",
    ]
)
_CELL = frozenset({"td", "th"})
# Words in class and id attributes that mark page furniture, and ones that mark the article.
_BOILER = re.compile(
    r"nav|menu|footer|header|sidebar|side-bar|widget|comment|share|sharing|social|related|promo"
    r"|advert|\bads?\b|banner|cookie|consent|newsletter|subscri|signup|breadcrumb|byline|author"
    r"|meta|tags?\b|toolbar|popup|modal|masthead|skip|pagination|pager|footnote|disclaimer"
    r"|recommend|trending|popular|more-|read-?more|teaser|card|carousel|slider",
    re.I,
)
_CONTENT = re.compile(
    r"article|content|post|entry|story|body|main|text|prose|blog|markdown|rich", re.I
)
_SPACE = re.compile(r"\s+")


@dataclass
class PageMeta:
    """What the page says about itself in markup: candidates, not decisions."""

    titles: dict[str, list[str]] = field(default_factory=dict)  # source -> texts
    dates: list[tuple[str, str]] = field(default_factory=list)  # (source, value)
    site_names: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None


@dataclass
class _Context:
    path: tuple[int, ...] = ()  # the serial numbers of the enclosing elements
    tag: str = ""
    heading: int = 0
    in_link: bool = False
    flags: frozenset[str] = frozenset()
    hint: str = ""  # the nearest class/id hint: "boiler", "content" or ""
    depth: int = 0


@dataclass
class _Line:
    chunks: list[tuple[str, _Context]] = field(default_factory=list)


_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def read_page(html: str) -> tuple[list[PageBlock], PageMeta]:
    """The page's text blocks in reading order and its metadata."""
    try:
        # The text is decoded already: its bytes are UTF-8 whatever charset the page declares
        # (and a fragment, declaring none, is not read as Latin-1).
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (ValueError, lxml.etree.ParserError):
        return [], PageMeta()
    meta = _metadata(root)
    lines: list[_Line] = [_Line()]
    body = root.find("body")
    _walk(body if body is not None else root, _Context(), lines, [0])
    made = [made for made in (_block(line) for line in lines) if made is not None]
    return _with_container(made), meta


def _with_container(made: list[tuple[PageBlock, tuple[int, ...]]]) -> list[PageBlock]:
    """Flag the blocks inside the innermost element that holds most of the page's prose (the
    article's container, as readability-style extractors find it)."""
    prose: dict[int, int] = {}
    total = 0
    for block, path in made:
        words = len(block.text.split())
        if words >= 15 and block.link_share < 0.5 and block.text.rstrip()[-1:] in '.!?"\u201d)':
            total += len(block.text)
            for node in path:
                prose[node] = prose.get(node, 0) + len(block.text)
    if not total:
        return [block for block, _path in made]
    deepest: tuple[int, int] | None = None  # (depth, node)
    for _block, path in made:
        for depth, node in enumerate(path):
            if prose.get(node, 0) >= 0.6 * total and (deepest is None or depth > deepest[0]):
                deepest = (depth, node)
    if deepest is None:
        return [block for block, _path in made]
    return [replace(block, in_container=deepest[1] in path) for block, path in made]


def _hint(element: Any) -> str:
    marks = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
    if not marks.strip():
        return ""
    if _BOILER.search(marks):
        return "boiler"
    if _CONTENT.search(marks):
        return "content"
    return ""


def _walk(element: Any, context: _Context, lines: list[_Line], serial: list[int]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower()
    if tag in _SKIP:
        return
    block = tag in _BLOCK
    if block and tag not in _CELL:
        lines.append(_Line())
    hint = _hint(element) or context.hint
    flags = context.flags
    if tag in ("nav", "header", "footer", "aside", "form", "figure", "figcaption", "table"):
        flags = flags | {tag}
    if tag == "button":
        flags = flags | {"form"}
    if tag in ("main", "article"):
        flags = flags | {"main"}
    if tag in ("li", "dd", "dt"):
        flags = flags | {"list"}
    heading = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else context.heading
    serial[0] += 1
    inner = _Context(
        path=(*context.path, serial[0]),
        tag=tag if block else context.tag,
        heading=heading,
        in_link=context.in_link or tag == "a",
        flags=flags,
        hint=hint,
        depth=context.depth + 1,
    )
    if tag in _CELL and lines[-1].chunks:
        lines[-1].chunks.append((" | ", inner))
    if element.text:
        lines[-1].chunks.append((element.text, inner))
    for child in element:
        _walk(child, inner, lines, serial)
        if child.tail:
            lines[-1].chunks.append((child.tail, context))
    if block and tag not in _CELL:
        lines.append(_Line())


def _block(line: _Line) -> tuple[PageBlock, tuple[int, ...]] | None:
    text = _SPACE.sub(" ", "".join(chunk for chunk, _c in line.chunks)).strip(" |")
    if not text or not any(ch.isalnum() for ch in text):
        return None
    weights = [(len(chunk.strip()), ctx) for chunk, ctx in line.chunks if chunk.strip()]
    total = sum(w for w, _c in weights) or 1
    main = max(weights, key=lambda x: x[0])[1]
    flags = main.flags
    made = PageBlock(
        text=text,
        tag=main.tag,
        heading=main.heading,
        link_share=round(sum(w for w, c in weights if c.in_link) / total, 3),
        in_nav="nav" in flags,
        in_header="header" in flags,
        in_footer="footer" in flags,
        in_aside="aside" in flags,
        in_form="form" in flags,
        in_figure="figure" in flags or "figcaption" in flags,
        in_list="list" in flags,
        in_table="table" in flags,
        in_main="main" in flags,
        boiler_hint=main.hint == "boiler",
        content_hint=main.hint == "content",
        depth=main.depth,
    )
    return made, main.path


def _text(element: Any) -> str:
    return _SPACE.sub(" ", element.text_content() or "").strip()


def _metadata(root: Any) -> PageMeta:
    meta = PageMeta()
    titles: dict[str, list[str]] = {"h1": [], "og": [], "twitter": [], "jsonld": [], "title": []}
    for element in root.iter("h1"):
        text = _text(element)
        if text:
            titles["h1"].append(text)
    for element in root.iter("title"):
        text = _text(element)
        if text:
            titles["title"].append(text)
            break
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or "").lower()
        value = (element.get("content") or "").strip()
        if not value:
            continue
        if key == "og:title":
            titles["og"].append(value)
        elif key == "twitter:title":
            titles["twitter"].append(value)
        elif key in ("og:site_name", "application-name", "publisher"):
            meta.site_names.append(value)
        elif key == "og:url" and meta.url is None:
            meta.url = value
        elif "date" in key or "time" in key or ("publish" in key and "publisher" not in key):
            meta.dates.append((f"meta:{key}", value))
    for element in root.iter("link"):
        if (element.get("rel") or "").lower() == "canonical" and element.get("href"):
            meta.url = meta.url or element.get("href")
    for element in root.iter("time"):
        value = element.get("datetime")
        if value:
            meta.dates.append(("time", value.strip()))
    for element in root.iter("script"):
        if (element.get("type") or "").lower() == "application/ld+json" and element.text:
            _json_ld(element.text, titles, meta)
    meta.titles = {k: v for k, v in titles.items() if v}
    meta.language = (root.get("lang") or "").strip() or None
    return meta


def _json_ld(text: str, titles: dict[str, list[str]], meta: PageMeta) -> None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    stack = [data]
    seen = 0
    while stack and seen < 500:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        article = any(isinstance(k, str) and ("Article" in k or "Posting" in k) for k in kinds)
        if article or "headline" in item:
            headline = item.get("headline")
            if isinstance(headline, str) and headline.strip():
                titles["jsonld"].append(headline.strip())
        for key in ("datePublished", "dateCreated", "dateModified", "uploadDate"):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                meta.dates.append((f"jsonld:{key}{'' if article else ':other'}", value.strip()))
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            meta.site_names.append(publisher["name"].strip())
        if any(k == "WebSite" for k in kinds) and isinstance(item.get("name"), str):
            meta.site_names.append(item["name"].strip())
        for value in item.values():
            if isinstance(value, (dict, list)):
                stack.append(value)
