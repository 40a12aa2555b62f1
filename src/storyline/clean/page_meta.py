"""The headline and date of an HTML page, from what its markup says about itself.

The headline is the page's ``<h1>`` as shown, where one agrees with the titles the page gives
in its metadata (``og:title``, JSON-LD ``headline``, ``<title>``) once the site's name is cut
from them; failing that, the ``<h1>`` that shares most words with them and stands in the
article, or the metadata title without the site's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.addresses import url_host
from storyline.records import PageBlock, PageFacts

# What sets a title's parts apart ("Title | Site", "Title - Subtitle").
TITLE_PARTS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00bb|\u00b7|\u2022)\s+")
_META_ORDER = ("og", "jsonld", "twitter", "title", "trafilatura")
# How much an <h1> must agree with the metadata titles to win over them.
_AGREEMENT = 0.3


def _key(text: str | None) -> str:
    return re.sub(r"\W+", " ", text or "").strip().lower()


def site_keys(facts: PageFacts) -> set[str]:
    """The names the site goes by: og:site_name, publisher, domain, <title>'s last part."""
    keys = {_key(name) for name in facts.site_names}
    if facts.url:
        host = url_host(facts.url) or ""
        keys |= {_key(host), _key(host.split(".")[0])}
    for source, text in facts.titles:
        parts = TITLE_PARTS.split(text)
        if source == "title" and len(parts) > 1:
            keys.add(_key(parts[-1]))
    return {k for k in keys if k}


def _is_site(text: str, sites: set[str]) -> bool:
    key = _key(text)
    return not key or key.replace(" ", "") in {s.replace(" ", "") for s in sites}


def _without_site(text: str, sites: set[str]) -> list[str]:
    parts = [p for p in TITLE_PARTS.split(text) if p.strip()]
    return [p for p in parts if not _is_site(p, sites)] or parts[:1]


def page_title(facts: PageFacts | None, blocks: Sequence[PageBlock]) -> str | None:
    if facts is None:
        return None
    sites = site_keys(facts)
    metas = [t for order in _META_ORDER for s, t in facts.titles if s == order]
    cleaned = [_without_site(t, sites) for t in metas]
    shorts = {_key(c[0]) for c in cleaned}
    fulls = {_key(" ".join(c)) for c in cleaned} | {_key(t) for t in metas}
    h1s = [b for b in blocks if b.heading == 1 and not _is_site(b.text, sites)]
    for block in h1s:
        if _key(block.text) in fulls or _key(block.text) in shorts:
            return block.text
    meta_words = [set(_key(" ".join(c)).split()) for c in cleaned]
    best: tuple[float, str] | None = None
    for block in h1s:
        words = set(_key(block.text).split())
        agree = max((len(words & m) / len(words | m) for m in meta_words if m), default=0.0)
        score = agree + (0.1 if len(words) >= 3 else -0.3)
        if block.in_main or block.content_hint:
            score += 0.3
        if (
            block.in_nav
            or block.in_header
            or block.in_footer
            or block.in_aside
            or block.boiler_hint
        ):
            score -= 0.3
        if best is None or score > best[0]:
            best = (score, block.text)
    if best is not None and (best[0] >= _AGREEMENT or not cleaned):
        return best[1]
    return cleaned[0][0].strip() if cleaned else None
