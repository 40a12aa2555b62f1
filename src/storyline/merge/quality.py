"""How well a sentence reads on its own, as a timeline line or a brief sentence (0 to 1).

News text scraped from the web keeps update stamps, transcript speaker tags, questions to the
reader and fragments; those make poor headlines even when they carry a date, as does a sentence
that opens on a pronoun and so leans on the one before it.
"""

from __future__ import annotations

import re

_NOISE = re.compile(
    r"^\W*\(?(?:update|updated|posted|published|editor'?s note|correction)\b|"
    # a page's own words about what follows ("A summary of events Thursday, July 15, Day 86 of
    # the Gulf of Mexico oil spill ...", "Here are the latest developments")
    r"^\W*(?:a summary of events|a timeline of|here(?:'s| is) a look at|here are the latest)\b|"
    r"\b\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:et|gmt|edt|est|bst)?\s*\|"
    r"|\b(?:click|subscribe|retweet|follow us)\b",
    re.I,
)
# Photo captions and video stills: "In this image made from video ...", "A frame grab ...",
# "June 15, 2010: President Obama speaks ...", "... on Capitol Hill, June 17, 2010."
_CAPTION_START = re.compile(
    r"^\W*(?:in this (?:\w+ )?(?:image|photo|picture|video|handout|still)|(?:an? )?(?:file )?"
    r"(?:photo|image|picture|frame grab|screen grab|video still)\b|this (?:image|photo|picture)\b)",
    re.I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_FULL_DATE = rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
_DATED_EDGE = re.compile(
    rf"^\W*{_FULL_DATE}\s*(?:[:\-\u2013\u2014]|\d)|,\s*{_FULL_DATE}\W*$"
    # a heading's date and dash run into the text ("Mexico-update 2 26 April 2009 -- As of ...")
    rf"|\b{_FULL_DATE}\s+(?:--|[\u2013\u2014])\s+(?-i:[A-Z])",
    re.I,
)
# A caption's own words, also after a gallery's date ("June 4: Oil is seen gushing around the
# cap", "Aug. 3: In this image taken from video ..."), but not "is seen as" (a judgement).
_CAPTION_WORDS = re.compile(
    r"\b(?:is|are) (?:seen|pictured|shown)\b(?! as\b)|\bin this (?:\w+ )?(?:image|photo|picture|"
    r"video|handout|still)\b"
    # who stands where in the picture: "(back row, from left)", "(right)", "(pictured)"
    r"|\((?:[a-z ,]*\b(?:from )?(?:left|right|centre|center)|pictured|above|below|inset)\)"
    # ... or in a grid of stills: "(top L)", "(bottom R)"
    r"|\((?:top|bottom) [lr]\)",
    re.I,
)
# A news photo's caption tells what it shows in the present, with the place and the day set off
# by commas: "Demonstrators protest in central Cairo, Egypt, on Tuesday, calling for ...". A
# report says it in the past ("gathered", "took to the streets").
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_CAPTION_PLACE_DAY = re.compile(
    r",\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)*,\s+(?:on\s+)?"
    r"(?:" + _WEEKDAY + r"|" + _MONTH + r"\s+\d{1,2})\b",
    re.I,
)
# A picture's date set off by commas: "... in the Roosevelt Room of the White House, June 16,
# 2010, to discuss ...".
_CAPTION_DATE = re.compile(r",\s+" + _MONTH + r"\s+\d{1,2},\s+\d{4}\b", re.I)
# A weekday as a label: "Wednesday: President Obama ... meet".
_DAY_LABEL = re.compile(r"^\W*" + _WEEKDAY + r"\s*:\s", re.I)
_PAST = re.compile(
    r"\b(?:\w+ed|said|says|told|took|met|came|went|gave|made|began|fell|rose|led|held|ran|won|"
    r"lost|left|sent|set|put|saw|got|became|brought|fought|struck|spoke|stood|threw|drove|was|"
    r"were|had|has|have|will|would)\b",
    re.I,
)
_SPEAKER_TAG = re.compile(r"^[A-Z][A-Z.' -]{2,}(?:\([^)]*\))?:")
# A turn of an interview's transcript: "Q: What is your comment?", "A: It can hold."
INTERVIEW_TURN = re.compile(r"^(?:Q|A)\s*[:.]\s")
_SPEAKER_TAG_LONG = re.compile(r"^[A-Z][A-Z.' -]{2,}(?:,[A-Z.' -]+)?(?:\([^)]*\))?:")
# Words in capitals one after another ("CNN SUNDAY MORNING", "BEGIN VIDEOTAPE"): the lines of
# broadcast transcripts and programme listings, which no journalist's timeline is written in
# (but a wire's dateline is: "MEXICO CITY (Reuters) -").
_SHOUTED = re.compile(r"\b[A-Z]{3,}\b(?:\s+[A-Z]{3,}\b)+(?![^(\n]{0,30}\()")
_PERSONAL = re.compile(r"\b(?:I|I'm|I've|we|we're|you|your|my|our|us)\b")
_SUBORDINATE = re.compile(
    r"^(?:as|with|while|after|before|since|because|if|when|although|though|in the wake of)\b",
    re.I,
)
# A sentence that opens on a pronoun ("He must not have taken the vaccine") needs the one
# before it to be understood.
_PRONOUN_START = re.compile(r"^\W*(?:he|she|it|they|his|her|its|their|him|them)\b", re.I)
# A person told of before, after an opening phrase: "Speaking in New York, he said ...".
_PRONOUN_AFTER_OPENING = re.compile(r"^\W*[^,.;:\"\u201c]{3,80},\s+(?:he|she|they)\s", re.I)
# The writer's own voice, outside a quotation: "I talked to Mohamed ElBaradei earlier on Monday".
_FIRST_PERSON_START = re.compile(r"^(?:I|We|My|Me|Us)\b(?!\.)")
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")


def sentence_quality(text: str, longest: int = 45) -> float:
    """How well a sentence reads on its own, from 0 to 1; a sentence of more than ``longest``
    words counts for less."""
    words = text.split()
    n = len(words)
    if n < 5:
        score = 0.2
    elif n < 8:
        score = 0.5
    elif n <= longest:
        score = 1.0
    elif n <= 70:
        score = 0.7
    else:
        score = 0.4
    stripped = text.strip()
    if not stripped[:1].isupper() and stripped[:1] not in "\"\u201c'":
        score *= 0.6
    if re.match(r"^\W*\w{1,2}\)", stripped):
        score *= 0.3  # "N) exploded in flames...": a cut-off list item or caption
    if stripped.endswith("?"):
        score *= 0.4
    if _NOISE.search(stripped):
        score *= 0.2
    if (
        _CAPTION_START.match(stripped)
        or _DATED_EDGE.search(stripped)
        or " | " in stripped
        or _CAPTION_WORDS.search(stripped)
    ):
        score *= 0.3  # a caption, a still or a stamp, not a report
    if _SPEAKER_TAG.match(stripped):
        score *= 0.5
    if INTERVIEW_TURN.match(stripped):
        score *= 0.3  # "A: It can hold if aid gets in.": an answer in an interview, not a report
    if _PERSONAL.search(_QUOTED.sub("", stripped)):
        score *= 0.6
    if _PRONOUN_START.match(stripped):
        score *= 0.5
    if n < 14 and _SUBORDINATE.match(stripped):
        score *= 0.4  # "As Mubarak imposed a curfew from 6 p.m. Friday." is half a sentence
    return score


def shouted(text: str) -> bool:
    """Whether a sentence has words in capitals one after another, as the lines of broadcast
    transcripts and programme listings do ("From CNN Center, this is CNN SUNDAY MORNING.")."""
    # (A speaker's tag before the words is not held against them: "WOLF BLITZER, CNN ANCHOR:".)
    return _SHOUTED.search(_SPEAKER_TAG_LONG.sub("", text.strip())) is not None


def reads_as_caption(text: str) -> bool:
    """Whether a sentence reads as a photo's caption told in the present ("Demonstrators
    protest in central Cairo, Egypt, on Tuesday, ...", "... meet with BP executives in the
    Roosevelt Room of the White House, June 16, 2010, ...", a gallery's "Wednesday: President Obama
    and Vice President Biden meet with BP executives ..."): no sentence for a brief. (Timeline
    lines keep them: a journalist's timeline is often written in that very form.)"""
    labelled = _DAY_LABEL.match(text)
    if labelled is not None:
        return not _PAST.search(text[labelled.end() :])
    place_day = _CAPTION_PLACE_DAY.search(text) or _CAPTION_DATE.search(text)
    return place_day is not None and not _PAST.search(text[: place_day.start()])


# A sentence's end: a full stop, a question or exclamation mark, perhaps inside a quotation or a
# bracket that closes after it.
_END_MARK = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")


def unfinished(text: str) -> bool:
    """Whether a sentence has no end mark: a headline or a caption the seams cut from the lead it
    ran into ("Dr Murray has denied he caused Michael Jackson's death"), or a line of a list."""
    return _END_MARK.search(text) is None


# A sentence that opens on a connective continues the one before it ("Meanwhile, the company is
# drilling ..."): it reads well in its article, not alone at the head of a brief's line.
_CONNECTIVE_START = re.compile(
    r"^\W*(?:meanwhile|however|but|also|still|instead|yet|nevertheless|moreover|furthermore|"
    r"in addition|separately|besides|then|and|so|thus|therefore)\b",
    re.I,
)


# A time told from the one before it: "Earlier in the day", "Later that night", "The next
# morning", "Two days later", "Shortly afterwards".
_TIME_FROM_BEFORE = re.compile(
    r"^\W*(?:(?:earlier|later)\s+(?:that|in\s+the|the\s+same)\s+\w+"
    r"|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|week|month|year)"
    r"|the\s+(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night|week)"
    r"|(?:\w+|a\s+few)\s+(?:minutes|hours|days|weeks|months|years)\s+(?:later|earlier|after)\b"
    r"|(?:shortly|soon|hours|minutes|moments)\s+(?:after(?:wards?)?|later|before)\b)",
    re.I,
)


# "also" in a sentence's first clause adds to something told before ("White House adviser
# Carol Browner also said ..."); "also known as" names.
_ALSO = re.compile(r"^[^,;:\"\u201c]{0,80}?\balso\s+(?!known\b)", re.I)
# A sentence that says what would happen if: "If the containment operation works ..., then ...".
_HYPOTHETICAL = re.compile(r"^\W*(?:if|unless)\b", re.I)


def leans_on_context(text: str) -> bool:
    """Whether a sentence needs the one before it: it opens on a connective, a pronoun (or has
    one for its subject after an opening phrase) or a time told from the sentence before
    ("Earlier in the day"), adds to what was told ("... also said"), it ends a quotation
    opened in a sentence before it ('... today is Boeing's day."'), or it speaks in the first
    person outside a quotation ("I talked to ElBaradei on Monday": who "I" is, the page said)."""
    return bool(
        _CONNECTIVE_START.match(text)
        or _PRONOUN_START.match(text)
        or _FIRST_PERSON_START.match(text)
        or _PRONOUN_AFTER_OPENING.match(text)
        or _TIME_FROM_BEFORE.match(text)
        or _ALSO.match(text)
        or _ends_a_quotation(text)
    )


def hypothetical(text: str) -> bool:
    """Whether a sentence opens on a condition: what it tells has not happened."""
    return bool(_HYPOTHETICAL.match(text))


def _ends_a_quotation(text: str) -> bool:
    closing = text.find("\u201d")
    if closing >= 0 and "\u201c" not in text[:closing]:
        return True
    stripped = text.rstrip()
    return text.count('"') % 2 == 1 and stripped.endswith('"') and not stripped.startswith('"')


_LIST_ITEM = re.compile(r"^(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}$")
_LIST_SEPARATOR = re.compile(r",|\band\b|\bor\b")
LIST_ITEMS = 6


def mostly_quoted(text: str) -> bool:
    """Whether most of a sentence's words are a direct quotation ('"Today, there is a beacon on
    the Black Sea," Guterres said at the ceremony.'): what someone said, which the story's
    quotes keep, more than what happened."""
    quoted = sum(len(q.split()) for q in _QUOTED.findall(text))
    return quoted * 2 > len(text.split())


def reads_as_list(text: str) -> bool:
    """Whether a sentence is mostly a list of names ("... in Argentina, Australia, Brazil,
    Canada, Chile, China, France, ...")."""
    items = [item.strip(" .;:") for item in _LIST_SEPARATOR.split(text)]
    return sum(1 for item in items if _LIST_ITEM.match(item)) >= LIST_ITEMS
