"""What a web address says about its page: the site's host."""

from __future__ import annotations

import re
from urllib.parse import urlparse


def url_host(url: str | None) -> str | None:
    """The host of an address without "www." ("https://www.aljazeera.com/news/..." ->
    "aljazeera.com"), or None."""
    if not url:
        return None
    return urlparse(url).netloc.lower().removeprefix("www.") or None


_SITE_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", re.I)


def site_address(text: str) -> str | None:
    """A site's address written alone ("DW.COM", "www.example-news.org") as its host in small
    letters without "www." ("dw.com"), or None."""
    text = text.strip()
    return text.lower().removeprefix("www.") if _SITE_ADDRESS.fullmatch(text) else None
