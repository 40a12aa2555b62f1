"""Raw text -> the lines the cleaner decides on, each with its rule label.

White space is normalised and empty lines dropped. Pieces that a rule can cut out of a line with
certainty become lines of their own, labelled with what they are, so that the model and the
record of removals see them: page time stamps, server error messages, photo credits and captions
glued to a sentence, and runs of menu or share words glued to one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.calendar import MONTH_RE, WEEKDAY_RE
from storyline.clean.lines import (
    BOOK_DETAILS,
    CREDIT_LABEL,
    ENLARGE,
    LIST_MARKER,
    PHOTO_CREDIT_END,
    REPORTS,
    SIGNOFF_REASON,
    WIRE_SIGN,
    LineLabel,
    classify,
    features,
    reads_as_agency_caption,
    source_credit,
    split_before_wire_dateline,
    split_chrome_runs,
    split_credit_prefix,
    split_glued_byline,
    split_glued_caption,
    split_headline_before_dateline,
    split_leading_dateline,
    split_live_stamp,
    split_server_errors,
    split_update_stamp,
)
from storyline.records import PageBlock

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200c-\u200f\u2060\ufeff]")
_CLOSED = re.compile(r"[.!?:;\"\u201d]\s*$")
# A line that stops where no sentence or headline does: after a comma or a function word.
_OPEN_END = re.compile(
    r"(?:,|\b(?:a|an|the|of|to|for|and|or|but|in|on|at|by|with|from|that|which|who|is|are|was"
    r"|were|has|have|had|will|would|its|their|his|her))\s*$"
)


# A stock ticker with its exchange ("(BP.L)", "(NOVN.VX)") that a page broke over two lines at
# its dot.
_TICKER_OPEN = re.compile(r"\([A-Z0-9][A-Za-z0-9]{0,5}\.$")
_TICKER_CLOSE = re.compile(r"[A-Z]{1,3}\)")


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the page and its rule label; ``cut`` marks a piece a rule split off a line
    (always removed, with the label's reason)."""

    text: str
    label: LineLabel
    cut: bool = False
    block: int = -1  # the index of the HTML block it comes from, -1 for plain text


def normalize_lines(text: str) -> list[str]:
    """Non-empty lines with white space normalised; wrapped paragraphs re-joined: a line without
    closing punctuation followed by one that starts in lower case is one paragraph when the text
    is hard-wrapped or the line stops mid-sentence, unless the next one is menu words."""
    lines = [_SPACES.sub(" ", _INVISIBLE.sub("", line)).strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    wrapped = _hard_wrapped(lines)
    joined: list[str] = []
    for line in lines:
        if joined and _TICKER_OPEN.search(joined[-1]) and _TICKER_CLOSE.match(line):
            joined[-1] = joined[-1] + line  # "BP (BP." / "L) CEO Tony Hayward ...": "(BP.L)"
        elif (
            joined
            and line[:1].islower()
            and not _CLOSED.search(joined[-1])
            and (wrapped or _OPEN_END.search(joined[-1]))
            and features(line).chrome_share < 0.6  # "icon share icon print" is not a wrap
        ):
            joined[-1] = joined[-1] + " " + line
        else:
            joined.append(line)
    return joined


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the text was wrapped at a fixed width (an e-mail, a terminal copy): most of its
    longer lines end near one width, and lines often run on in lower case. A page's text, one
    block a line, is not, and there "Title" above "by Jane Roe" stays two lines."""
    runs_on = sum(
        1
        for before, line in zip(lines, lines[1:], strict=False)
        if line[:1].islower() and not _CLOSED.search(before)
    )
    if runs_on < 2 or runs_on < 0.1 * len(lines):
        return False
    lengths = sorted(len(line) for line in lines if len(line) >= 20)
    if len(lengths) < 3:
        return False
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near = sum(1 for n in lengths if width - 15 <= n <= width + 5)
    return width <= 100 and near >= 0.5 * len(lengths)


def prepare(text: str) -> list[Line]:
    """The page's lines with their labels, glued pieces split off."""
    result: list[Line] = []
    for raw in normalize_lines(text):
        for piece, cut in _split(raw):
            if not cut:
                result.append(Line(piece, classify(piece, features(piece))))
            else:
                result.append(Line(piece, LineLabel(cut[0], cut[1]), cut=True))
    return _without_corrections(_without_comments(result))


# A reader's comment as blogs sign it: "[Sarasota, Florida] February 3, 2011 at 4:14 pm | ...".
_COMMENT_STAMP = re.compile(
    rf"^(?:[A-Z][\w.,' -]{{0,40}}?\s+)?{MONTH_RE}\.?\s+\d{{1,2}},\s+\d{{4}}\s+at\s+"
    r"\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:\||$)",
    re.IGNORECASE,
)
# ... or as a blog signs it after the comment: "... Posted by Jane Roe on April 3, 2005 10:47 AM."
_COMMENT_SIGNATURE = re.compile(
    rf"\bPosted by [^.!?\n]{{1,60}}? (?:on|at) {MONTH_RE}\.? \d{{1,2}}, \d{{4}},? (?:at )?"
    r"\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*\.?\s*$",
    re.IGNORECASE,
)
# ... or as a forum signs it before the comment: "At 4:16 pm on 18 Jan 2010, Jane Roe wrote: ...".
_COMMENT_WROTE = re.compile(
    r"\bAt \d{1,2}[:.]\d\d\s*[ap]\.?m\.? on [\w ,]{6,25}?\d{4}, [^:\n]{1,60}? wrote:", re.IGNORECASE
)
# ... or as a newspaper's blog signs it after the comment, with the next comment glued on:
# "... Posted by: jroe | September 24, 2008 11:55 PM | Report abuse How is ...".
_COMMENT_POSTED = re.compile(
    rf"\bPosted by: [^|\n]{{1,60}}? \| {MONTH_RE}\.? \d{{1,2}}, \d{{4}},? (?:at )?\d{{1,2}}:\d\d"
    r"\s*[ap]\.?m\.?",
    re.IGNORECASE,
)
# ... or by a link to report it after its signature, the next comment glued on: "... the dam
# January 29, 2011 at 10:10 pm | Report abuse | Which ...", "... Posted by jroe | Report as
# abusive What ...".
_COMMENT_ABUSE = re.compile(
    r"(?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?|\bPosted by:? [^|\n]{1,60}?)\s*\|\s*"
    r"Report (?:as )?abus(?:e|ive)\b",
    re.IGNORECASE,
)
# The post's own signature that such comments follow, the first comment glued on: "By Jane Roe
# | September 24, 2008; 2:58 PM ET McCain wants to ..." (not a byline over the article).
_POST_STAMP = re.compile(
    rf"\bBy [^|\n]{{1,60}}? \| {MONTH_RE}\.? \d{{1,2}}, \d{{4}}; \d{{1,2}}:\d\d\s*[ap]\.?m\.?"
    r"(?:\s*[A-Z]{2,4}\b)?+(?=\s*\S)",
    re.IGNORECASE,
)
_COMMENT_SIGNS = (
    _COMMENT_STAMP,
    _COMMENT_SIGNATURE,
    _COMMENT_WROTE,
    _COMMENT_POSTED,
    _COMMENT_ABUSE,
)
# Signatures after a comment with the next comment glued on: the comments run to the page's end.
_GLUED_SIGNS = (_COMMENT_POSTED, _COMMENT_ABUSE)
_COMMENTS = ("removed", "comments: readers' comments")
_SIGNOFF_REACH = 12  # lines above the first comment's signature an article's sign-off may be


def _without_comments(lines: list[Line]) -> list[Line]:
    """Readers' comments (two or more signed as blogs sign them, or one signed with the
    reader's handle and the next glued on) are no part of the article: the signed lines and the
    lines between them. Comments signed after their text with the next one glued on run from
    the post's own signature above the first (or the first signature) to the end of the page."""
    signed = [i for i, line in enumerate(lines) if any(p.search(line.text) for p in _COMMENT_SIGNS)]
    glued = [any(p.search(lines[i].text) for p in _GLUED_SIGNS) for i in signed]
    if not signed or (len(signed) < 2 and not glued[0]):
        return lines  # one date and time is no comment; one signature with a handle is
    first, last = signed[0], signed[-1]
    if glued[-1]:
        last = len(lines) - 1
    if glued[0]:
        stamps = [i for i in range(first) if _POST_STAMP.search(lines[i].text)]
        # Without the post's own signature, the article's sign-off shortly above the first
        # signature ("-- Jane Roe contributed to this report.") is where the comments start.
        signoffs = [
            i
            for i in range(max(0, first - _SIGNOFF_REACH), first)
            if (lines[i].label.reason or "").startswith("sign-off")
        ]
        if stamps:
            first = stamps[-1]
        elif signoffs:
            first = signoffs[-1] + 1
    return [
        Line(line.text, LineLabel(*_COMMENTS), cut=True) if first <= i <= last else line
        for i, line in enumerate(lines)
    ]


# A newspaper's note that it corrected the article ("This article was amended on 8 May 2010.",
# "The following correction was printed in the Guardian's Corrections and clarifications column,
# Tuesday 15 June 2010 ...", "An earlier version of this story termed the effort ..."), and the
# sentences that go on with it ("The original said ...", "This has been corrected.").
_CORRECTION = re.compile(
    r"\b(?:This (?:article|story|post|report) (?:was|has been) (?:amended|corrected|updated) on"
    r"|The following correction was (?:printed|published|made)"
    r"|An? (?:earlier|previous) version of this (?:article|story|post|report)"
    r"|This (?:article|story|report) (?:misstated|misspelled|incorrectly|erroneously))\b"
)
_CORRECTION_GOES_ON = re.compile(
    r"^\W*(?:The (?:original|earlier version|article|story)\b(?! said on)|It also\b"
    r"|This has (?:now )?been corrected|In fact\b|We (?:reported|said|wrongly|mistakenly)\b)"
)
_CORRECTION_LINES = 4  # how many sentences a correction note may run on for
_NOTICE = ("removed", "notice: a correction to the article")


def _without_corrections(lines: list[Line]) -> list[Line]:
    """A note that the article was corrected is no part of it, nor the day it names; the text
    glued before it on its line stays a line of its own."""
    result: list[Line] = []
    going_on = 0
    for line in lines:
        found = None if line.cut else _CORRECTION.search(line.text)
        if found is not None:
            before = line.text[: found.start()].strip()
            if before:
                result.append(Line(before, classify(before, features(before))))
            result.append(Line(line.text[found.start() :], LineLabel(*_NOTICE), cut=True))
            going_on = _CORRECTION_LINES
        elif going_on and _CORRECTION_GOES_ON.match(line.text):
            result.append(Line(line.text, LineLabel(*_NOTICE), cut=True))
            going_on -= 1
        else:
            result.append(line)
            going_on = 0
    return result


def prepare_blocks(blocks: Sequence[PageBlock]) -> list[Line]:
    """The lines of an HTML page's blocks (a block is a line unless a rule splits it)."""
    result: list[Line] = []
    for index, block in enumerate(blocks):
        for piece, cut in _split(block.text):
            if not cut:
                result.append(Line(piece, classify(piece, features(piece)), block=index))
            else:
                result.append(Line(piece, LineLabel(cut[0], cut[1]), cut=True, block=index))
    return result


def prepare_lines(text: str) -> tuple[list[str], list[LineLabel]]:
    lines = prepare(text)
    return [line.text for line in lines], [line.label for line in lines]


_Cut = tuple[str, str]  # (kind, reason) of a piece split off a line
LIVE_STAMP_REASON = "dateline: a live page's time stamp for its entry"


# A prompt that ends on a colon and an e-mail address ("Letters for publication should be sent
# to: letters@example.org"), which is no part of any sentence.
_CONTACT_RUN = re.compile(
    r"(?:^|(?<=\s))[A-Z][a-z']+(?: [a-z][\w'-]*){1,10}:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?=\s|$)"
)


def _split(line: str) -> list[tuple[str, _Cut | None]]:
    pieces: list[tuple[str, _Cut | None]] = []
    line, errors = split_server_errors(line)
    pieces += [(e, ("removed", "chrome: web server error message")) for e in errors]
    live, line = split_live_stamp(line)
    if live:
        pieces.append((live, ("dateline", LIVE_STAMP_REASON)))
    while line:
        before, stamp, after = split_update_stamp(line)
        if stamp is None:
            break
        if before:
            pieces += _split_rest(before)
        pieces.append((stamp, ("dateline", "dateline: page time stamp")))
        line = after
    if line:
        pieces += _split_rest(line)
    return pieces


# "(Reporting by Jane Roe; Editing by John Doe)": a wire's credits, in brackets, never prose.
_WIRE_SIGNOFF = re.compile(
    r"\(\s*(?:additional\s+)?reporting\s+by\s+[A-Z][^()]{0,300}?\bediting\s+by\s+[A-Z][^()]{0,80}\)\s*",
    re.IGNORECASE,
)


# The label of a link to the article a page opens on ("Full Article U.S. experts confirm
# undersea oil ..."): what stands before it on its line is another article's headline (a wire
# page's "top news" box), what follows it this article's headline. (Where the other headline
# is on the line above, it goes as all lines before the title do.)
_FULL_ARTICLE = re.compile(r"(?:^|(?<=\s))(?:Read )?Full (?:Article|Story)\s+(?=[A-Z0-9\"'\u201c])")
LINK_LABEL_REASON = "links: another article's headline and a 'Full Article' label"
# Key points over a wire story, run into its dateline: a list marker, and the dateline's place
# in capitals (its region or day after it) before the agency or the page's time stamp.
_KEY_POINT = ("removed", "summary: the story's key points above its dateline")
_BULLET = re.compile(LIST_MARKER)
_BULLET_SPLIT = re.compile(rf"\s(?={LIST_MARKER})")
_CAPITALS_PLACE = r"(?<=\s)[A-Z][A-Z.'/-]+(?:[ ,/]+[A-Z][A-Z.'/-]+)*"
_WIRE_START = re.compile(
    rf"{_CAPITALS_PLACE}(?:,\s+[A-Z][a-z]+\.?(?:\s+\d{{1,2}})?)?"
    rf"\s+{WIRE_SIGN}"
    rf"|{_CAPITALS_PLACE},\s+(?i:{MONTH_RE})\.?\s+\d{{1,2}}\s+\|\s"
)


# A news photo's caption: who stands where in the picture ("President Bush, left, makes a
# statement ...", "Angela Merkel, unseen,", "from left"; not "(R)", a party) and the day it
# was taken, weekday and year ("Saturday, Oct. 11, 2008, in Washington"); a timeline's entry
# names neither.
_PHOTO_POSITION = re.compile(
    r",\s+(?:left|right|center|centre|second\s+(?:left|right)|unseen|foreground|background|"
    r"top|bottom)\s*,|\((?:left|right|center|centre)\)|\b(?:from|left to|right to)\s+"
    r"(?:left|right)\b"
)
_PHOTO_DAY = re.compile(rf"\b(?i:{WEEKDAY_RE}),?\s+(?i:{MONTH_RE})\s+\d{{1,2}},?\s+(?:19|20)\d\d\b")
# A sentence that starts after what stands before it: a capital opening four words or more.
_SENTENCE_AFTER = re.compile(r"\s+[A-Z\"\u201c][^\s]*(?:\s+\S+){3}")


_RUN_INTO_DATELINE = ("removed", "summary: highlights or a headline run into the story's dateline")


def _split_rest(line: str) -> list[tuple[str, _Cut | None]]:
    if _WIRE_SIGNOFF.fullmatch(line):
        return [(line, ("removed", SIGNOFF_REASON))]
    if _BULLET.match(line) and (wire := _WIRE_START.search(line)):
        # "* BP CEO says waivers will not be enforced * Alabama AG says ... MIAMI, May 3
        # (Reuters) - BP Plc said ...": the story's key points (headlines, not its prose), then
        # its lead.
        points = [p.strip() for p in _BULLET_SPLIT.split(line[: wire.start()]) if p.strip()]
        return [*((point, _KEY_POINT) for point in points), *_split_rest(line[wire.start() :])]
    label = _FULL_ARTICLE.search(line)
    if label:
        return [(line[: label.end()].strip(), ("removed", LINK_LABEL_REASON)),
                *_split_rest(line[label.end() :])]  # fmt: skip
    pieces: list[tuple[str, _Cut | None]] = []
    headline, line = split_headline_before_dateline(line)
    if headline:
        pieces.append((headline, None))  # a line of its own, read as any other
    before, rest = split_before_wire_dateline(line)
    if before:
        # The story opens on its dateline. What runs into it without a closing stop is the
        # story's highlights or another story's headline or teaser ("... accounted for
        # WASHINGTON (AP) --", "A young dolphin apparently was attacked by... VENICE, La. (AP)
        # --"); a sentence closed before it (another story's, on a page of several) is a line
        # of its own.
        if _CLOSED.search(before) and not before.endswith("..."):
            return [*pieces, *_split_rest(before), *_split_rest(rest)]
        return [*pieces, (before, _RUN_INTO_DATELINE), *_split_rest(rest)]
    if "By " in line[:200]:
        # "January 25, 2011 | By Amir Ahmed, CNN Demonstrators clash ...": the dateline and the
        # byline are lines of their own.
        rest, dateline = split_leading_dateline(line)
        byline, rest = split_glued_byline(rest)
        if byline:
            return [
                *pieces,
                *([(dateline, None)] if dateline else []),
                (byline, ("removed", "byline")),
                *_split_rest(rest),
            ]
    labelled = line
    line, credit = split_credit_prefix(line)
    if credit:
        pieces.append((credit, ("removed", "credit: photo credit before a sentence")))
    if ENLARGE.search(line) and len(line.split()) <= 14:
        return [*pieces, (line, ("removed", "media: image or map label"))]
    if _PHOTO_POSITION.search(line) and _PHOTO_DAY.search(line) and len(line.split()) <= 60:
        return [*pieces, (line, ("removed", "media: a photo's caption (who is where, its day)"))]
    books = list(BOOK_DETAILS.finditer(line))
    if books and len(line.split()) <= 40:
        return [*pieces, (line, ("removed", "credit: a reviewed book's details"))]
    if books and _SENTENCE_AFTER.match(line, books[-1].end()):
        # A review's standfirst and the books' details run into its first sentence ("... says
        # Ewen MacAskill Iraq Ablaze by Zaki Chehab (220pp, IB Tauris, # 17.99) So many of ..."):
        # the details and what comes before them go, the review stays.
        end = books[-1].end()
        return [
            *pieces,
            (line[:end].strip(), ("removed", "credit: a reviewed book's details")),
            (line[end:].strip(), None),
        ]
    if len(CREDIT_LABEL.findall(line)) >= 2 and len(line.split()) <= 60:
        return [*pieces, (line, ("removed", "credit: credits of a graphic or photo"))]
    if (PHOTO_CREDIT_END.search(line) and len(line.split()) <= 60) or reads_as_agency_caption(line):
        if credit:  # "Photo: The opening session of ... AFP PHOTO / ...": one caption
            pieces.pop()
            line = labelled
        return [*pieces, (line, ("removed", "credit: a caption and its photo credit"))]
    if source_credit(line):
        return [*pieces, (line, ("removed", "credit: the article's source line"))]
    if REPORTS.match(line) and re.search(r"\breport(?:s|ed|ing from \w+)", line):
        # "Jane Roe reports.", not "Annual reporting"
        return [*pieces, (line, ("removed", "sign-off"))]
    contact = _CONTACT_RUN.search(line)
    if contact:
        # "Letters for publication should be sent to: letters@... If you need help using the
        # site: ...": the page's addresses, and whatever the page runs on after them.
        cut = ("removed", "contact: addresses to write to, and what follows them")
        line, rest = line[: contact.start()].strip(), line[contact.start() :].strip()
        return [*pieces, *(_split_rest(line) if line else []), (rest, cut)]
    caption, line = split_glued_caption(line)
    if caption:
        # Glued without a space, it was an element of its own: a caption or a label.
        pieces.append((caption, ("removed", "caption glued to the paragraph after it")))
    lead, line, tail = split_chrome_runs(line)
    reason = ("removed", "chrome: menu or share words around the text")
    if lead:
        pieces.append((lead, reason))
    if line:
        pieces.append((line, None))
    if tail:
        pieces.append((tail, reason))
    return pieces
