"""report.html: one self-contained page (no network requests, no external scripts or fonts).

The data goes into the page as JSON in a non-executed script element, with '<', '>' and '&'
escaped, and the page's script builds the DOM with textContent only: article text is never
interpreted as HTML.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

from storyline.records import Document
from storyline.records.jsonform import to_dict
from storyline.records.story import Story


def page_data(story: Story, documents: Sequence[Document], title: str) -> dict[str, Any]:
    cited = _cited_documents(story)
    # The page looks events up only from the timeline's entries.
    shown = {i for entry in story.timeline for i in entry.event_ids}
    docs = {
        d.id: {
            "title": d.title,
            "source": d.source,
            "published": d.published,
            "text": d.text if d.id in cited else None,
        }
        for d in documents
    }
    return {
        "title": title,
        "documents": docs,
        "brief": to_dict(story.brief),
        "timeline": to_dict(story.timeline),
        "events": {
            e.id: {
                "actors": list(dict.fromkeys((*e.actors, *e.sources, *e.targets))),
                "status": e.status,
                "place": e.place,
                "type": e.type,
                "mode": e.mode,
                "sources": list(e.sources),
                "targets": list(e.targets),
                "range_end": e.range_end,
            }
            for e in story.events
            if e.id in shown
        },
        "names": {e.id: e.name for e in story.entities},
        "entities": to_dict(story.entities[:60]),
        "quotes": to_dict(story.quotes_by_speaker[:40]),
        "sources": to_dict(story.sources),
        "conflicts": to_dict(story.conflicts),
    }


def _cited_documents(story: Story) -> set[str]:
    cited = {c.document_id for s in story.brief for c in s.citations}
    cited |= {c.document_id for e in story.timeline for s in e.sentences for c in s.citations}
    cited |= {q.citation.document_id for s in story.quotes_by_speaker[:40] for q in s.quotes}
    cited |= {side.citation.document_id for c in story.conflicts for side in c.sides}
    return cited


def safe_json(data: Any) -> str:
    """JSON that cannot end its script element or open markup."""
    text = json.dumps(data, ensure_ascii=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_html(story: Story, documents: Sequence[Document], title: str) -> str:
    template = (
        resources.files("storyline.render")
        .joinpath("report_template.html")
        .read_text(encoding="utf-8")
    )
    escaped_title = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return template.replace("{{TITLE}}", escaped_title).replace(
        "{{DATA}}", safe_json(page_data(story, documents, title))
    )
