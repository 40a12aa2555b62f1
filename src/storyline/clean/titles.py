"""The title of a page given as text: the headline among the lines around the article's start.

Candidates are the lines just above the first article line (and its first two lines); a learned
model scores each from what it looks like and where it stands (how far above the article, what
comes between, whether the page repeats it). A second model scores them again knowing the first
model's scores of the lines around (a headline and the deck under it both look like headlines;
which is the headline shows in the pair), and the best one is the title when it is likely
enough.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from storyline.calendar import MONTH_RE, WEEKDAY_RE
from storyline.clean.furniture import article_start
from storyline.clean.line_features import LINE_FEATURES, line_vector
from storyline.clean.lines import (
    LIST_MARKER,
    SPEAKER_POST,
    LineLabel,
    classify,
    features,
    strip_agency_prefix,
    under_related_label,
)
from storyline.clean.page_meta import TITLE_PARTS
from storyline.clean.trees import TreeEnsemble
from storyline.clean.vocabulary import FUNCTION_WORDS
from storyline.merge.quality import INTERVIEW_TURN

ABOVE = 40  # lines above the article's first line that may hold its title
INSIDE = 10  # and lines of the article itself (a title the furniture model kept)
TITLE_FEATURES = (
    *LINE_FEATURES,
    "distance",
    "inside",
    "rank",
    "repeats",
    "length_share",
    "next_dateline",
    "next_removed",
    "previous_heading",
    "separator",
    "page_top",
    "position",
    "body_overlap",
    "short_between",
    "overlap_rank",
    "length_rank",
    "titled_after",
    "overlap_gap",
    "title_case_gap",
    "dateline_within_3",
    "byline_within_3",
    "part",
    "next_words_ratio",
    "next_closed",
    "deck_below",
    "repeats_in_article",
    "repeats_beside",
    "repeats_above",
    "numbered",
)
_WORD = re.compile(r"\w+")
_SEPARATOR = re.compile(r"\s[|\u2013\u2014-]\s|:\s")
# A full stop after a word or an acronym, not after an initial or an abbreviation ("U.S.").
_SENTENCE_END = re.compile(r"\b[A-Za-z][a-z]+\.$|(?<![.\w])[A-Z]{2,}\.$|\d\.$")
# A line that starts inside a sentence: after a comma or a closing bracket.
_MID_SENTENCE = re.compile(r"^\s*(?:[,;)\]]|[A-Za-z]{1,2}\)\s)")
_CLOSED = re.compile(r"[.!?\"\u201d]\s*$")
# A list item or a numbered section: "1. ", "Tip #1 - ", "Step 6:", "Part 2".
_NUMBERED = re.compile(
    r"(?i)^\s*(?:\d{1,2}[.):]\s|#?\d{1,2}\s*[-\u2013\u2014:.]\s|(?:step|tip|part|chapter|no\.?)\s*#?\d+\b)"
)
THRESHOLD = 0.02
# A page has a title only where the first model finds a line at least this likely (the second
# model ranks the candidates against each other, and a lone weak line ranks first). On the
# WCXB dev dumps, held out, no right title is lost to it at this level.
POSSIBLE = 0.01


# How far under a related-links label a line is taken for one of its links when a title is
# chosen: a page's top menu has such labels ("More stories") a few items above the headline.
_LINKS_BELOW_LABEL = 2
# A list's item: a bullet, or a number ("4. How Search Engines Work", "9. Thrive Agency"), or
# the stop of a number the page put on the line above (". eufy Indoor Cam C120"), or a table
# of contents' number glued to its entry ("2.1Step 1: Name your LLC", "9Comparing LLCs").
_LIST_ITEM = re.compile(LIST_MARKER + r"|\d{1,2}[.)]\s|\.\s|\d+(?:\.\d+)*[A-Z][A-Za-z]*[a-z]")
_NEVER_TITLE = (
    "credit",
    "sign-off",
    "caption",
    "dateline",
    "byline",
    "chrome: notice",
    "summary",
    "heading: a live page's entry",
)
# Where a line runs the title into a subtitle, a site name or a byline ("Title | Site",
# "Title - Subtitle", "Title by Jane Roe | May 2, 2024", "Title By Jane Roe, Health Editor"), its
# first part is a candidate too.
_CUT = re.compile(
    TITLE_PARTS.pattern + r"|\s+by\s+(?=(?:[A-Z][\w.'\u2019-]*\s*){1,4}"
    r"(?:$|\s(?:\||-|\u2013|\u2014|\u00b7|\u2022|on|at)\s))"
    r"|\s+[Bb]y\s+(?=(?:[A-Z][\w.'\u2019-]*\s+){1,3}?[A-Z][\w.'\u2019-]*,\s+(?:[A-Z][\w&-]*\s+|and\s+){0,5}"
    r"(?:Editor|Correspondent|Reporter|Writer|Presenter)\s*$)"
)
# And what stands before a link aggregator's host ("... No Longer Guarantee Jobs (latimes.com)").
_HOST_AFTER = re.compile(r"\s+\([\w-]+(?:\.[\w-]+)+\)\s*$")
# And a breadcrumb's last part ("Home > Blog > Title", "Home /Title").
_CRUMB = re.compile(r"\s*(?:>|\u203a|\u00bb)\s*|\s+/\s*")
# And what follows a one-word label ("Introduction: How to Make Furniture", "PROJECT: Title"),
# a count of comments ("5 Comments on Title") or a home link glued to it ("HomeTitle").
_LABEL = re.compile(
    r"^\s*[A-Za-z]+\s*:\s*(?=\S)|^.{0,120}?\b\d+\s+(?i:comments?|responses?|replies)\s+(?:on|to)\s+"
    r"|^Home(?=[A-Z][a-z])"
)


def candidates(lines: Sequence[str], keep: Sequence[bool]) -> list[tuple[int, str]]:
    """(line index, text) of every candidate: the lines around the article's start, and the
    first part of those that run on past a separator."""
    first = article_start(lines, keep)
    if first is None:
        return []
    found: list[tuple[int, str]] = []
    for index in range(max(0, first - ABOVE), min(len(keep), first + INSIDE)):
        line = lines[index]
        found.append((index, line))
        head = _CUT.split(line, maxsplit=1)[0].strip()
        if head != line and len(head.split()) >= 2 and not _goes_on(line):
            found.append((index, head))
        crumbs = _CRUMB.split(line)
        if (len(crumbs) >= 3 or _is_crumbs(line)) and len(crumbs[-1].split()) >= 3:
            found.append((index, crumbs[-1].strip()))
        host = _HOST_AFTER.search(line)
        if host and len(line[: host.start()].split()) >= 2:
            found.append((index, line[: host.start()].strip()))
        label = _LABEL.match(line)
        if label and len(line[label.end() :].split()) >= 2:
            found.append((index, line[label.end() :].strip()))
    return found


def _is_crumbs(line: str) -> bool:
    """Whether the line is a breadcrumb trail from the site's home page."""
    crumbs = _CRUMB.split(line)
    return (len(crumbs) >= 2 and crumbs[0].strip().lower() == "home") or bool(
        re.match(r"Home[A-Z][a-z]", line)
    )


def _goes_on(line: str) -> bool:
    """Whether what a separator cuts off the line goes on in small letters ("The most popular
    workout of 2024 \u2014 and 5 trends to expect", "Going vegan \u2013 tips and tricks"): the
    headline's own words, not a subtitle's or a site name's capital."""
    rest = _CUT.split(line, maxsplit=1)[1].lstrip("\"'\u201c ")
    return rest[:1].islower() or rest.lower().startswith(("and ", "or ", "but "))


def title_matrix(
    lines: Sequence[str],
    labels: Sequence[LineLabel],
    keep: Sequence[bool],
    rows: list[tuple[int, str]],
) -> np.ndarray:
    if not rows:
        return np.zeros((0, len(TITLE_FEATURES)))
    first = article_start(lines, keep) or 0
    where: dict[str, list[int]] = {}  # the lines of each text, compared as _key does
    for index, line in enumerate(lines):
        where.setdefault(_key(line), []).append(index)
    body_words = {
        w for i, k in enumerate(keep) if k for w in _WORD.findall(lines[i].lower())
    } - FUNCTION_WORDS
    short = np.cumsum([0] + [len(line.split()) < 4 for line in lines])
    longest = max(len(text.split()) for _i, text in rows) or 1
    titled = [
        r
        for r, (i, text) in enumerate(rows)
        if labels[i].kind in ("body", "heading") and len(text) > 8
    ]
    overlaps = [_overlap(text, body_words) for _i, text in rows]
    overlap_rank = {
        r: k for k, r in enumerate(sorted(range(len(rows)), key=lambda j: -overlaps[j]))
    }
    length_rank = {
        r: k for k, r in enumerate(sorted(titled, key=lambda j: -len(rows[j][1].split())))
    }
    case = [_title_case(text) for _i, text in rows]
    best_overlap, best_case = max(overlaps), max(case)
    n = len(lines)
    matrix = []
    for r, (i, text) in enumerate(rows):
        following = labels[i + 1] if i + 1 < n else None
        previous = labels[i - 1] if i > 0 else None
        nearer = [k for k in titled if abs(first - rows[k][0]) < abs(first - i)]
        label = labels[i] if text == lines[i] else classify(text, features(text))
        # Where else the page has the line: a headline is repeated above it (a breadcrumb)
        # or beside it, a table of contents' entry again inside the article as its heading.
        same = where.get(_key(text), [])
        copies = [j for j in same if j != i]
        matrix.append(
            line_vector(text, label)
            + [
                float(first - i),
                float(i >= first),
                float(len(nearer) if r in titled else 20),
                float(len(same) - (1 if text == lines[i] else 0)),
                len(text.split()) / longest,
                float(following is not None and following.kind == "dateline"),
                float(following is not None and following.kind == "removed"),
                float(previous is not None and previous.kind == "heading"),
                float(bool(_SEPARATOR.search(text))),
                float(i == 0),
                i / n,
                overlaps[r],
                float(short[first] - short[min(i + 1, first)]) if i < first else 0.0,
                float(overlap_rank[r]),
                float(length_rank.get(r, 40)),
                float(sum(1 for k in titled if i < rows[k][0] < first)),
                best_overlap - overlaps[r],
                best_case - case[r],
                float(any(labels[j].kind == "dateline" for j in range(i + 1, min(i + 4, n)))),
                float(any(labels[j].reason == "byline" for j in range(i + 1, min(i + 4, n)))),
                0.0 if text == lines[i] else 1.0 if lines[i].startswith(text) else 2.0,
                # A headline stands over a longer deck or the article's first paragraph.
                min(len(lines[i + 1].split()) / max(1, len(text.split())), 10.0)
                if i + 1 < n
                else 0.0,
                float(i + 1 < n and bool(_CLOSED.search(lines[i + 1]))),
                float(_deck_below(lines, i, first)),
                float(sum(1 for j in copies if j >= first)),
                float(any(abs(j - i) <= 2 for j in copies)),
                float(sum(1 for j in copies if j < i)),
                float(bool(_NUMBERED.match(text))),
            ]
        )
    return np.array(matrix)


# What the second model knows beside a candidate's own features: the first model's score of
# it and of the candidates around it.
CONTEXT_FEATURES = (
    *TITLE_FEATURES,
    "first_score",
    "first_rank",
    "first_gap",
    "first_share",
    "first_line_above",
    "first_line_below",
    "first_above_3",
    "first_below_3",
    "first_same_line",
)


def first_scores(
    model: TreeEnsemble, matrix: np.ndarray, rows: list[tuple[int, str]]
) -> np.ndarray:
    """A model's scores of the candidates, sentences out."""
    scores = model.probability(matrix)
    for r, (_i, text) in enumerate(rows):
        if _is_sentence(text):
            scores[r] = 0.0  # a sentence (a standfirst, the article's first) is not a headline
    return scores


def context_matrix(
    matrix: np.ndarray, rows: list[tuple[int, str]], scores: np.ndarray
) -> np.ndarray:
    """``matrix`` with the first model's scores of each candidate and its neighbours."""
    if not rows:
        return np.zeros((0, len(CONTEXT_FEATURES)))
    best = float(scores.max())
    rank = np.empty(len(scores))
    rank[np.argsort(-scores, kind="stable")] = np.arange(len(scores))
    on_line: dict[int, list[int]] = {}
    for r, (i, _text) in enumerate(rows):
        on_line.setdefault(i, []).append(r)
    by_line = {i: max(float(scores[r]) for r in here) for i, here in on_line.items()}
    extra = []
    for r, (i, _text) in enumerate(rows):
        mine = float(scores[r])
        extra.append(
            [
                mine,
                rank[r],
                best - mine,
                mine / best if best > 0 else 0.0,
                by_line.get(i - 1, 0.0),
                by_line.get(i + 1, 0.0),
                max(by_line.get(j, 0.0) for j in range(i - 3, i)),
                max(by_line.get(j, 0.0) for j in range(i + 1, i + 4)),
                max((float(scores[q]) for q in on_line[i] if q != r), default=0.0),
            ]
        )
    return np.hstack([matrix, np.array(extra)])


def choose_title(
    lines: Sequence[str],
    labels: Sequence[LineLabel],
    keep: Sequence[bool],
    model: TreeEnsemble | None,
    context: TreeEnsemble | None = None,
) -> str | None:
    """The headline of the page, or None when no line is likely enough to be it."""
    rows = candidates(lines, keep)
    if model is None or not rows:
        return None
    matrix = title_matrix(lines, labels, keep, rows)
    first = scores = first_scores(model, matrix, rows)
    ruled_out = np.array([_ruled_out(lines, labels, index, text) for index, text in rows])
    if context is not None:
        if scores[~ruled_out].max(initial=0.0) < POSSIBLE:
            return None  # no line looks like a headline at all: the second model only ranks
        scores = first_scores(context, context_matrix(matrix, rows, scores), rows)
    scores[ruled_out] = 0.0
    best = int(np.argmax(scores))
    if scores[best] < THRESHOLD:
        return None
    best = _above_the_article(keep, rows, best, scores)
    best = _headline_over(lines, keep, rows, best, first, ruled_out)
    best = _head_of_labelled(lines, rows, best)
    # A breadcrumb's last part on a line of its own keeps its separator ("| Packing Tips Guide");
    # a heading over a list its colon ("Are you attending? Let's connect!:").
    return rows[best][1].lstrip(_LEADING_SEPARATORS).rstrip(": ") or None


_LEADING_SEPARATORS = " |>\u203a\u00bb"

# A headline stands over its article: a line the article keeps as its own (a subheading, a
# first sentence) is its title only where no line over it, outside the article, is more
# likely than not the headline. On the WCXB dev dumps the titles chosen among the article's own
# lines are wrong twice as often as the others (46 of 87, held out).
LIKELY = 0.5


def _above_the_article(
    keep: Sequence[bool], rows: Sequence[tuple[int, str]], best: int, scores: np.ndarray
) -> int:
    """``best``, or the likeliest row over it outside the article where ``best`` is a line of
    the article and that row is likely (LIKELY)."""
    index = rows[best][0]
    if not keep[index]:
        return best
    over = [r for r, (i, _) in enumerate(rows) if i < index and not keep[i] and scores[r] >= LIKELY]
    return max(over, key=lambda r: scores[r]) if over else best


# A headline over its deck: the line over the chosen one is taken instead where it is a
# headline of some length that the first model finds possible (HEADLINE_OVER_DECK), says
# something else, and the chosen line is written as a sentence is, its words after the first
# in small letters ("Russia and Ukraine agree to prisoner swap, but talks yield no ceasefire" /
# "The first direct talks in three years lasted less than two hours in Istanbul"). A headline
# in title case under a label line keeps its place. On the WCXB dev dumps, the models refitted
# with it and held out, 580 -> 583 of 789 titles right (in sample 623 -> 626, none lost).
HEADLINE_OVER_DECK = 0.03
_HEADLINE_WORDS = 5
_DECK_SMALL = 0.5
_SAME_WORDS = 0.6
# (A line closed by a stop or a colon is a sentence or a label over the deck; one closed by a
# question mark may be the headline: "Why isn't modern AI built around cognitive science?".)
_OPEN_END = re.compile(r"[.!:]\s*$")


def _headline_over(
    lines: Sequence[str],
    keep: Sequence[bool],
    rows: Sequence[tuple[int, str]],
    best: int,
    first: np.ndarray,
    ruled_out: np.ndarray,
) -> int:
    """``best``, or the row of the headline standing over it where ``best`` reads as its deck
    (both whole lines, the headline not kept as the article's)."""
    index, deck = rows[best]
    over = next((r for r, (i, t) in enumerate(rows) if i == index - 1 and t == lines[i]), None)
    if deck != lines[index] or over is None or keep[index - 1]:
        return best
    if ruled_out[over] or first[over] < HEADLINE_OVER_DECK:
        return best
    headline = rows[over][1]
    if len(headline.split()) < _HEADLINE_WORDS or _OPEN_END.search(headline):
        return best
    if _small_share(deck) < _DECK_SMALL:
        return best
    above, below = set(_WORD.findall(headline.lower())), set(_WORD.findall(deck.lower()))
    if len(above & below) >= _SAME_WORDS * min(len(above), len(below)):
        return best  # the same words again: a crumb trail or a site's name around the title
    return over


# A headline with a label after a separator: the label's words recur on the page, on a line
# that is not the headline's ("Critics' Choice: Best UK Art Exhibitions 2025 \u2013 Artlyst",
# "Gym Workouts for Beginners \u2014 Strength Training" in a site that files the page under
# strength training, "... JUCE Applications - Part 1" over "In Part 1, we looked at ..."):
# it names the site, the section or the series, and the headline is the part before it.
def _head_of_labelled(lines: Sequence[str], rows: Sequence[tuple[int, str]], best: int) -> int:
    """``best``, or the row of its headline where ``best`` is a whole line that runs on past a
    separator into a label that the page's other lines carry."""
    index, text = rows[best]
    parts = TITLE_PARTS.split(text, maxsplit=1)
    if text != lines[index] or len(parts) < 2:
        return best
    head = next((r for r, (i, t) in enumerate(rows) if i == index and t == parts[0].strip()), None)
    if head is None:
        return best
    label, headline = parts[1].strip().lower(), parts[0].strip().lower()
    if any(label in line.lower() and headline not in line.lower() for line in lines):
        return head
    return best


def _small_share(line: str) -> float:
    """The share of the line's longer words after its first that start with a small letter."""
    words = [w for w in _LETTERS_WORD.findall(line)[1:] if len(w) >= 4]
    return sum(1 for w in words if w[0].islower()) / len(words) if words else 0.0


_LETTERS_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


# The place a dateline opens with: a name in capitals, then a comma, a bracket or nothing.
_PLACE = re.compile(r"[A-Z][A-Z.'\u2019-]{2,}(?:\s+[A-Z][A-Z.'\u2019-]+)*\s*(?:,|\(|$)")


_DATE_START = re.compile(rf"(?:{WEEKDAY_RE}|{MONTH_RE}),?\s|\d", re.I)


# A wire dateline that opens the story: "(Reuters) - A", "(AP) -- The".
_STORY_OPENS = re.compile(r"\([A-Z][\w'&. ]{1,40}\)\s*(?:--|[\u2013\u2014-])\s*[\"\u201cA-Z]")
# A dateline's place in capitals before the story's first words: "WASHINGTON -- What makes
# ...", "VENICE, La. -- The surface area ...".
_PLACE_OPENS = re.compile(
    r"^[A-Z][A-Z.'\u2019-]{2,}(?:[ ,]+[A-Z][\w.'\u2019-]*)*\s+(?:--|\u2014)\s+[\"\u201cA-Z]"
)


def _dateline_place(line: str, head: str) -> bool:
    """Whether ``head``, cut off the start of ``line``, is the place of a dateline: a name in
    capitals that a date follows."""
    rest = line[len(head) :].lstrip(" |-\u2013\u2014:")
    return line.startswith(head) and bool(_PLACE.match(head) and _DATE_START.match(rest))


def _ruled_out(lines: Sequence[str], labels: Sequence[LineLabel], index: int, text: str) -> bool:
    """Whether a rule says the candidate is no headline: a credit, caption, sign-off or time
    stamp; a breadcrumb trail (though its last part may be); the place of a dateline
    ("VENICE, Louisiana | Mon May 3, 2010 ..."); a headline listed under a related-links label;
    a wire dateline that opens the story, or any line below it; a line no headline by its form
    (_NO_HEADLINE)."""
    own = labels[index] if text == lines[index] else classify(text, features(text))
    # (Nor is a part of a caption, credit or sign-off line, cut at its separator or its "by".)
    whole = labels[index].reason or ""
    if (own.reason or "").startswith(_NEVER_TITLE) or whole.startswith(_NEVER_TITLE[:3]):
        return True
    if _LIST_ITEM.match(text):
        return True  # (a list's item, "* Official says child was in Houston", is no headline)
    if INTERVIEW_TURN.match(lines[index]):
        return True  # "Q: What is China's comment?": a question in a transcript, "Q:" or not
    if text.isupper() and "," in text and SPEAKER_POST.search(text.split(",", 1)[1]):
        return True  # "MARCO RUBIO, SECRETARY OF STATE": who speaks in the remarks below
    if _AUTHOR_OPENS.match(text) or _under_author_label(lines, index):
        return True  # "By: Jane Roe, Senior Editor"; "Written by" / "Jane Roe": the author
    if any(_STORY_OPENS.search(line) for line in lines[max(0, index - ABOVE) : index]):
        return True  # below "MEXICO CITY (Reuters) - A dangerous strain ...": the story has begun
    if _PLACE_OPENS.match(lines[index]):
        return True  # "WASHINGTON -- What makes an oil spill really bad?": the story's lead
    wire = strip_agency_prefix(lines[index])[1]
    if wire is not None and wire.startswith(text):
        return True  # "Astana, Kazakhstan (CNN)" cut from "... (CNN) - Syrian officials met ..."
    if under_related_label(lines, index, reach=_LINKS_BELOW_LABEL):
        return True  # "Read also" / "Lavrov: Russia ready to ...": another article's headline
    if _NO_HEADLINE.search(text):
        return True
    if text == lines[index]:
        return _is_crumbs(text)
    return _dateline_place(lines[index], text)


# Lines that are no headline by their form: a link's text broken off before its last words
# ("Learn about The Spruce Eats'" / "Editorial Process"; "Read more about the"), tags alone
# ("#git #tutorial"), the section a post is filed in ("Published in Creativity, Graphic
# Design"), a diagram drawn with box characters ("\u2502 \u2460 Multi-modal Data Ingestion
# \u2502"), a button's arrow ("Reserve your consultation now >").
# (A quote's closing mark is no broken-off possessive: "Why I Said 'Yes'". The tags and
# categories here are wider than lines._CATEGORY_LINE, which sets lines aside from the article
# and must be sure of them: "Filed under" alone or "#X#X" is never a title either.)
_NO_HEADLINE = re.compile(
    r"^[^'\u2018]*[a-z]s['\u2019]\s*$|\s(?:the|a|an|of|and|or|your|our|their|its)\s*$"
    r"|^\s*(?:#\w+\s*)+$"
    r"|^\s*(?i:published|posted|filed)\s+(?:in|under)\b"
    r"|[\u2500-\u257f]|\s[>\u203a\u00bb\u2192]\s*$"
)


# A byline's label on a line of its own, the author's name on the line under it.
_AUTHOR_LABEL = re.compile(
    r"^\s*(?:(?:written|posted|article|story|words|text|(?:medically\s+)?reviewed|edited"
    r"|fact[- ]?checked)\s+)?by\s*:?\s*$|^\s*(?:authors?|contributors?)\s*:\s*$|^\s*authors?\s*$",
    re.I,
)
_AUTHOR_OPENS = re.compile(r"^\s*by\s*:\s*\S", re.I)


def _under_author_label(lines: Sequence[str], index: int) -> bool:
    """Whether the line is the name under a byline's label (or that name said again), or the
    author's post under that name ("Author" / "Jane Roe" / "Professor of Politics, ...")."""
    above = index - 1
    if above >= 1 and lines[above] == lines[index]:
        above -= 1
    if above >= 1 and _AUTHOR_POST.match(lines[index]) and _AUTHOR_LABEL.match(lines[above - 1]):
        return True
    return above >= 0 and bool(_AUTHOR_LABEL.match(lines[above]))


_AUTHOR_POST = re.compile(
    r"^(?:(?:Senior|Associate|Assistant|Adjunct|Visiting|Emeritus|Research|Principal|Chief"
    r"|Deputy|Honorary)\s+)*(?:Professor|Lecturer|Fellow|Researcher|Director|Editor|Reporter"
    r"|Correspondent|Writer|Columnist|Analyst|Scientist|PhD|Doctoral|Postdoctoral|Dean|Chair)\b"
)


def _deck_below(lines: Sequence[str], i: int, first: int) -> bool:
    """Whether the line stands over a deck: a longer line without a closing stop, then the
    article (a headline and its standfirst)."""
    if i + 1 >= len(lines) or not i + 1 < first <= i + 3:
        return False
    deck = lines[i + 1]
    words = len(deck.split())
    return words > len(lines[i].split()) and words >= 8 and not _CLOSED.search(deck)


def _is_sentence(line: str) -> bool:
    """Whether the line reads as prose rather than a headline: it ends with a full stop after a
    word (not an abbreviation's: "... in the U.S."), or is long and ends with one, or starts in
    the middle of a sentence (", and Bart Stupak", "L) ill-fated well"). A line in small
    letters may still be a headline: some sites write them so."""
    text = line.rstrip().rstrip("\"'\u201d\u2019")
    if _SENTENCE_END.search(text) or (len(line.split()) >= 10 and text.endswith(".")):
        return True
    return bool(_MID_SENTENCE.match(line))


def _title_case(line: str) -> float:
    words = [w for w in line.split() if w[:1].isalpha()]
    return sum(1 for w in words if w[0].isupper()) / len(words) if words else 0.0


def _overlap(line: str, body_words: set[str]) -> float:
    words = [w for w in _WORD.findall(line.lower()) if w not in FUNCTION_WORDS]
    return sum(1 for w in words if w in body_words) / len(words) if words else 0.0


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()
