"""What a web address says about its page: the site's host."""

from __future__ import annotations

from urllib.parse import urlparse


def url_host(url: str | None) -> str | None:
    """The host of an address without "www." ("https://www.aljazeera.com/news/..." ->
    "aljazeera.com"), or None."""
    if not url:
        return None
    return urlparse(url).netloc.lower().removeprefix("www.") or None
