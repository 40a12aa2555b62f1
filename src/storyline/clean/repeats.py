"""Lines a site prints on many of its pages: a sidebar's headlines, a comments notice, a trading
platform's advertisement ("2 men charged in death of Chicago teen ...", "Views expressed in the
comments do not represent those of Reuters."). A page alone does not show them as furniture, as
they read as prose; a corpus does, as the same line stands in the pages of one outlet published
on many different days. An article's own prose is printed again only in the versions of one
report over a day or two, or as a standing paragraph of background, which some days share but
not this many.

Such a line is taken out of every article of that outlet and kept in its ``removed`` with the
reason; the articles a store already holds count towards how often a line is seen. Articles
without their outlet's name are not taken for one outlet (as ``Document.outlet`` says).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from storyline.records import Document, Heading, Removed

# A line of one outlet seen on at least this many of its pages, published on at least this many
# different days, is the site's, not an article's.
SITE_PAGES = 5
SITE_DAYS = 5
# Lines of fewer words are left to the line classifier ("Advertisement", a lone name).
MIN_WORDS = 2
SITE_REASON = "site furniture"
REASON = SITE_REASON + ": the same line on {pages} pages of {outlet}"

# (outlet, publication day, the page's lines): a page as the count of repeated lines reads it.
Page = tuple[str | None, str | None, Sequence[str]]


def line_key(line: str) -> str:
    return " ".join(line.lower().split())


def drop_site_lines(documents: Sequence[Document], known: Iterable[Page] = ()) -> list[Document]:
    """The documents without the lines their outlet prints on many pages (``known``: pages
    read before, which count as well)."""
    pages: dict[tuple[str | None, str], set[int]] = defaultdict(set)
    days: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    everything: list[Page] = [
        *known,
        *((d.source, d.published, d.text.split("\n")) for d in documents),
    ]
    for number, (outlet, published, lines) in enumerate(everything):
        if outlet is None:
            continue  # pages pasted without their outlet's name are not taken for one outlet
        for line in lines:
            key = line_key(line)
            if len(key.split()) < MIN_WORDS:
                continue
            pages[outlet, key].add(number)
            if published:
                days[outlet, key].add(published[:10])
    site = {
        key: len(found)
        for key, found in pages.items()
        if len(found) >= SITE_PAGES and len(days[key]) >= SITE_DAYS
    }
    outlets = {outlet for outlet, _key in site}
    return [_without(doc, site) if doc.source in outlets else doc for doc in documents]


def _without(doc: Document, site: dict[tuple[str | None, str], int]) -> Document:
    """The document without its site lines, its headings moved with the text they stand in."""
    kept: list[str] = []
    removed: list[Removed] = []
    shift: list[tuple[int, int, int]] = []  # (old start, old end, new start) of each kept line
    old = new = 0
    for line in doc.text.split("\n"):
        pages = site.get((doc.source, line_key(line)))
        if pages is None:
            shift.append((old, old + len(line), new))
            kept.append(line)
            new += len(line) + 1
        else:
            removed.append(Removed(line.strip(), REASON.format(pages=pages, outlet=doc.source)))
        old += len(line) + 1
    if not removed or not "".join(kept).strip():
        return doc  # (a page of nothing but its site's lines keeps them: it is no article)
    headings = []
    for heading in doc.headings:
        for start, end, moved in shift:
            if start <= heading.start and heading.end <= end:
                delta = moved - start
                headings.append(Heading(heading.start + delta, heading.end + delta, heading.text))
                break
    return replace(
        doc,
        text="\n".join(kept),
        headings=tuple(headings),
        removed=(*doc.removed, *removed),
    )
