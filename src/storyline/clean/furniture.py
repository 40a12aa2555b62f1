"""Which lines of a page are the article: the learned furniture model and its smoothing.

The model gives each line a probability of belonging to the article body from what the line and
its neighbourhood look like (``line_features``). An article is one stretch of text with little
furniture inside it, so the labels are then decoded as a two-state sequence (Viterbi): a short
label between two paragraphs stays, a lone sentence among menus goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from storyline.clean.line_features import page_matrix
from storyline.clean.lines import LineLabel
from storyline.clean.trees import TreeEnsemble

# Chance that the line after a body line is body too (and furniture after furniture).
STAY = 0.7


def body_probabilities(
    lines: Sequence[str], labels: Sequence[LineLabel], model: TreeEnsemble
) -> np.ndarray:
    return model.probability(page_matrix(lines, labels))


_PROSE_END = re.compile(r"[.!?\"\u201d)]\s*$")


def article_start(lines: Sequence[str], keep: Sequence[bool]) -> int | None:
    """The index of the article's first line: the first kept line of prose (a dozen words and a
    closing stop), the first kept line failing that; None when nothing is kept."""
    first = None
    for index, (line, kept) in enumerate(zip(lines, keep, strict=True)):
        if not kept:
            continue
        if first is None:
            first = index
        if len(line.split()) >= 12 and _PROSE_END.search(line):
            return index
    return first


def keep_lines(
    lines: Sequence[str],
    probabilities: np.ndarray,
    labels: Sequence[LineLabel] | None = None,
    support: Sequence[bool] | None = None,
) -> list[bool]:
    """The decoded sequence, except that a paragraph of prose the model itself takes for body
    is never dropped for its neighbours' sake (nor a line a rule and the model both take for
    furniture kept for theirs), and that the article runs on over the sentences
    of prose that border it (its opening or closing paragraph, past a caption or a dateline
    the rules removed) unless the model is sure they are furniture; ``support`` marks lines
    another extractor also takes for the article (they run on whatever the model says)."""
    keep = decode(probabilities)
    for index, line in enumerate(lines):
        if not keep[index] and probabilities[index] >= 0.5 and len(line.split()) >= 20:
            keep[index] = True
        if labels is not None and labels[index].kind == "removed" and probabilities[index] < 0.5:
            keep[index] = False  # a rule said furniture and the model agrees: no smoothing it in
    kept = [i for i, k in enumerate(keep) if k]
    if kept and labels is not None:
        _run_on(lines, labels, probabilities, keep, kept[0], -1, support)
        _run_on(lines, labels, probabilities, keep, kept[-1], 1, support)
    return keep


EDGE = 0.3  # the body probability under which a bordering sentence is furniture after all
# A shorter sentence borders the article where the model takes it for body ("The talks are
# scheduled to continue on Tuesday." under a related link).
SHORT_PROSE = 5
# The same for a sentence of fifteen words or more over the article in text: a news lead under
# its dateline, which short pastes give the model little to go on for.
EDGE_LEAD = 0.15
# And for a sentence under the article past a photo's credit or caption, in text: the story
# goes on under its photo ("Photo by Anadolu Agency" / "The next round is due on Feb. 8.").
EDGE_PAST_PHOTO = 0.03
# An embedded post's attribution: "\u2014 Jane Roe (@janeroe) May 16, 2025".
_EMBED_ATTRIBUTION = re.compile(
    r"^\s*(?:--|[\u2013\u2014-])\s*.{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$"
)
# A live page's time stamp over its next entry: "11:40", "9.15 am".
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?", re.I)
# Where an advertisement stood in the story: "Advertisement", "Sponsor Message".
_AD_MARKER = re.compile(r"^\W*(?:advertisement|advert|sponsor\s+message|sponsored|ad)\W*$", re.I)
# A line of at most this many words without a closing stop is passed over like a removed one.
LABEL_WORDS = 12
PAST_LABEL = 0.5  # only where the model takes the sentence after it for body
_PROSE_START = re.compile(r"^[\"\u201c'\u2018(]?[A-Z0-9]")


def _run_on(
    lines: Sequence[str],
    labels: Sequence[LineLabel],
    probabilities: np.ndarray,
    keep: list[bool],
    edge: int,
    step: int,
    support: Sequence[bool] | None,
) -> None:
    skipped = 0
    lead = step < 0 and support is None  # over the article, in text (a page has its markup)
    # Under the article, in text, past a photo's credit or caption, an embedded post's
    # attribution, an advertisement's place or a live page's time stamp: the story goes on.
    past_photo = False
    index = edge + step
    while 0 <= index < len(lines):
        ad = step > 0 and bool(_AD_MARKER.match(lines[index]))
        goes_on = step > 0 and skipped == 0  # right under one of the article's sentences
        if (
            labels[index].kind in ("removed", "dateline")
            or ad
            or (
                step > 0
                and _is_label(lines[index])
                and _before_sure_prose(lines, probabilities, index)
            )
        ):
            skipped += 1
            if skipped > 3:
                return
            past_photo = past_photo or (
                step > 0
                and support is None
                and (
                    (labels[index].reason or "").startswith("credit")
                    or bool(_EMBED_ATTRIBUTION.match(lines[index]))
                    or ad
                    or bool(_CLOCK.fullmatch(lines[index].strip()))
                )
            )
        elif (
            _is_prose(lines[index])
            and (
                probabilities[index] >= _edge(lines[index], lead, past_photo)
                or (support is not None and support[index])
            )
        ) or (
            _is_short_prose(lines[index])
            and probabilities[index]
            >= (EDGE_PAST_PHOTO if past_photo or (goes_on and _leans_back(lines[index])) else 0.5)
        ):
            keep[index] = True
            skipped = 0  # up to three removed lines between two of the article's sentences
            past_photo = False
        else:
            return
        index += step


# A quotation its sentence gives to "he" or "she": the speaker is named in the sentence before.
_PRONOUN_SAID = re.compile(
    r"[,.!?][\"\u201d\u2019']?\s+(?:he|she|they)\s+(?:said|says|added|adds|told\s+\w+)\.\s*$"
)


def _leans_back(line: str) -> bool:
    """Whether a sentence right under the article's last one goes on from it: a quotation
    given to the speaker the sentence before names ("\u201cPeople here have heard this
    before,\u201d she said.")."""
    return bool(_PRONOUN_SAID.search(line))


def _is_label(line: str) -> bool:
    """A few words with no closing stop: a video's title, a time stamp's headline, a label."""
    return len(line.split()) <= LABEL_WORDS and not _PROSE_END.search(line)


def _before_sure_prose(lines: Sequence[str], probabilities: np.ndarray, index: int) -> bool:
    """Whether a label under the article stands right over a sentence the model takes for
    body (a live page's entry under its headline)."""
    after = index + 1
    return after < len(lines) and _is_prose(lines[after]) and probabilities[after] >= PAST_LABEL


def _edge(line: str, lead: bool, past_photo: bool) -> float:
    if lead and _is_long(line):
        return EDGE_LEAD
    return EDGE_PAST_PHOTO if past_photo else EDGE


def _is_long(line: str) -> bool:
    return len(line.split()) >= 15


def _is_prose(line: str) -> bool:
    """A sentence or more of running text: ten words or more, opened and closed as one."""
    return (
        len(line.split()) >= 10 and bool(_PROSE_START.match(line)) and bool(_PROSE_END.search(line))
    )


def _is_short_prose(line: str) -> bool:
    """A short sentence of running text: opened and closed as one, mostly words in lower case
    (not a notice of names: "FactSet Research Systems Inc. 2013.")."""
    words = line.split()
    lower = sum(1 for w in words if w[:1].islower())
    return (
        len(words) >= SHORT_PROSE
        and 2 * lower >= len(words)
        and bool(_PROSE_START.match(line))
        and bool(_PROSE_END.search(line))
    )


def decode(probabilities: np.ndarray, stay: float = STAY) -> list[bool]:
    """The most likely body/furniture sequence for per-line body probabilities."""
    n = len(probabilities)
    if n == 0:
        return []
    p = np.clip(probabilities, 1e-4, 1 - 1e-4)
    emit = np.log(np.column_stack([1 - p, p]))
    move = np.log(np.array([[stay, 1 - stay], [1 - stay, stay]]))
    score = emit[0].copy()
    back = np.zeros((n, 2), dtype=np.int8)
    for t in range(1, n):
        options = score[:, None] + move
        back[t] = options.argmax(axis=0)
        score = options.max(axis=0) + emit[t]
    state = int(score.argmax())
    path = [state]
    for t in range(n - 1, 0, -1):
        state = int(back[t][state])
        path.append(state)
    return [bool(s) for s in reversed(path)]
