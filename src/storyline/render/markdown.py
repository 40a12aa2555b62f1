"""report.md: the story for reading in a terminal or a notebook, citations as footnotes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.records import Document
from storyline.records.story import Citation, SpeakerQuote, Story

MAX_ENTITIES = 25
MAX_QUOTES_PER_SPEAKER = 5
MAX_SPEAKERS = 15


class _Footnotes:
    def __init__(self, documents: dict[str, Document]) -> None:
        self.documents = documents
        self.numbers: dict[tuple[str, str, int, int], int] = {}
        self.lines: list[str] = []

    def cite(self, citations: Sequence[Citation]) -> str:
        marks = []
        for citation in citations:
            key = (citation.document_id, citation.field, citation.start, citation.end)
            if key not in self.numbers:
                self.numbers[key] = len(self.numbers) + 1
                doc = self.documents.get(citation.document_id)
                where = _describe(doc, citation.document_id)
                text = _one_line(citation.text)
                span = (
                    "its title"
                    if citation.field == "title"
                    else f"characters {citation.start}-{citation.end}"
                )
                self.lines.append(f"[^{self.numbers[key]}]: {where}, {span}: \u201c{text}\u201d")
            marks.append(f"[^{self.numbers[key]}]")
        return "".join(marks)


def _describe(doc: Document | None, document_id: str) -> str:
    if doc is None:
        return f"`{document_id}`"
    parts = [f"`{document_id}`"]
    if doc.title:
        parts.append(f"*{_one_line(doc.title)}*")
    parts.append(doc.source or "unknown source")
    parts.append(doc.published or "date unknown")
    return ", ".join(parts)


def _one_line(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _told_once(quotes: Sequence[SpeakerQuote]) -> list[tuple[SpeakerQuote, list[Citation]]]:
    """A speaker's quotes, the same words reported by several articles given once with all
    their citations (at the first telling)."""
    told: dict[str, tuple[SpeakerQuote, list[Citation]]] = {}
    for quote in quotes:
        key = " ".join(re.findall(r"\w+", quote.text.lower()))
        told.setdefault(key, (quote, []))[1].append(quote.citation)
    return list(told.values())


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def render_markdown(story: Story, documents: Sequence[Document], title: str) -> str:
    docs = {d.id: d for d in documents}
    notes = _Footnotes(docs)
    dated = sorted(d.published for d in documents if d.published)
    sources = {d.outlet for d in documents}
    unknown = sum(1 for d in documents if not d.source)
    out = [f"# {title}", ""]
    span = f", {dated[0]} to {dated[-1]}" if dated else ""
    aside = (
        f" ({unknown} of them of an unknown outlet, each counted as a source of its own)"
        if unknown
        else ""
    )
    out.append(
        f"{_count(len(documents), 'article')} from {_count(len(sources), 'source')}{aside}{span}."
    )
    out += ["", "## Brief", ""]
    out.append(
        " ".join(f"{_one_line(s.text)}{notes.cite(s.citations)}" for s in story.brief)
        or "_No dated events were found._"
    )
    out += ["", "## Timeline", ""]
    for entry in story.timeline:
        label = entry.date if entry.status == "happened" else f"{entry.date} ({entry.status})"
        out += [f"### {label}", ""]
        out += [f"- {_one_line(s.text)}{notes.cite(s.citations)}" for s in entry.sentences]
        out.append("")
    out += _events_table(story)
    out += [
        "## Actors",
        "",
        "| Name | Kind | Mentions | Articles | Also called | Roles |",
        "|---|---|---|---|---|---|",
    ]
    for entity in story.entities[:MAX_ENTITIES]:
        aliases = ", ".join(a for a in entity.aliases if a != entity.name)
        roles = "; ".join(f"{r.text} ({r.date or 'undated'})" for r in entity.roles[:3])
        out.append(
            f"| {_one_line(entity.name)} | {entity.kind or entity.label} | "
            f"{entity.mention_count} | {len(entity.documents)} | {_one_line(aliases)} | "
            f"{_one_line(roles)} |"
        )
    out += ["", "## Who said what", ""]
    for speaker in story.quotes_by_speaker[:MAX_SPEAKERS]:
        out += [f"### {_one_line(speaker.speaker)}", ""]
        for quote, citations in _told_once(speaker.quotes)[:MAX_QUOTES_PER_SPEAKER]:
            out.append(
                f"- {quote.date or 'undated'}: {_one_line(quote.text)}{notes.cite(citations)}"
            )
        out.append("")
    out += [
        "## Sources",
        "",
        "| Source | Articles | Events | Only this source |",
        "|---|---|---|---|",
    ]
    for source in story.sources:
        out.append(
            f"| {_one_line(source.source)} | {len(source.documents)} | "
            f"{len(source.events)} | {len(source.only_events)} |"
        )
    out += ["", "## Conflicts", ""]
    if not story.conflicts:
        out.append("_No conflicting dates or figures were found._")
    for conflict in story.conflicts:
        sides = "; ".join(
            f"{_side(s.source, s.claimant)} says {s.value}{notes.cite([s.citation])}"
            for s in conflict.sides
        )
        out.append(f"- {conflict.kind}: {_one_line(conflict.topic)}: {sides}")
    out += ["", "## Sources of each statement", ""]
    out += notes.lines
    return "\n".join(out).rstrip() + "\n"


def _events_table(story: Story) -> list[str]:
    """The coded events of the timeline: type, status, who acted, on whom, where."""
    names = {e.id: e.name for e in story.entities}
    by_id = {e.id: e for e in story.events}
    shown = [
        by_id[i]
        for entry in story.timeline
        for i in entry.event_ids
        if i in by_id and by_id[i].type is not None
    ]
    if not shown:
        return []
    out = [
        "## Events",
        "",
        "| Date | Type | Status | Who | To whom | Where | Sources |",
        "|---|---|---|---|---|---|---|",
    ]
    for event in dict.fromkeys(shown):
        kind = f"{event.type} ({event.mode})" if event.mode else event.type
        when = f"{event.date} to {event.range_end}" if event.range_end else event.date
        out.append(
            f"| {when} | {kind} | {event.status} | "
            f"{_one_line(', '.join(names.get(i, i) for i in event.sources))} | "
            f"{_one_line(', '.join(names.get(i, i) for i in event.targets))} | "
            f"{_one_line(event.place or '')} | {event.n_sources} |"
        )
    return [*out, ""]


def render_tilse(story: Story) -> str:
    """timeline.txt in the tilse format: a date line, its sentences, a line of dashes."""
    blocks = []
    for entry in story.timeline:
        lines = [entry.date] + [_one_line(s.text) for s in entry.sentences]
        blocks.append("\n".join(lines) + "\n" + "-" * 32)
    return "\n".join(blocks) + ("\n" if blocks else "")


def _side(source: str, claimant: str | None) -> str:
    """Who gives a claim: the outlet, and whom it quotes for it."""
    return f"{source}, citing {_one_line(claimant)}," if claimant else source
