"""The tense of the clause around a time expression: 'past', 'future', 'present' or None;
'nearest' for a weekday whose clause does not place it on either side of the reporting.

Two sources: the parse (when a spaCy token sequence is available) and a word-cue fallback for
plain sentence text. Both answer the same question, "does this clause look back or ahead?".
"""

from __future__ import annotations

import re
from typing import Any

from storyline.annotate.backend import lemma
from storyline.calendar import ENTRY_MARK, WEEKDAY_RE

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d", "going", "gon"}
# Word forms, not lemmas: the pipeline runs without the lemmatizer.
_FUTURE_VERBS = {
    form
    for stem in (
        "plan",
        "expect",
        "schedule",
        "intend",
        "hope",
        "aim",
        "prepare",
        "propose",
        "vow",
        "promise",
        "pledge",
        "threaten",
        "want",
        "seek",
        "try",
        "agree",
        "decide",
    )
    for form in (
        stem,
        stem + "s",
        stem + "ed",
        stem + "d",
        stem + "ing",
        stem + "ned",
        stem + "ning",
    )
} | {"due", "set", "tries", "tried", "likely", "poised", "ready", "going"}
_FUTURE_CUES = re.compile(
    r"\b(?:will|'ll|shall|won't|would|is to|are to|was to|were to|due to|due on|due in|"
    r"scheduled|expected to|expects to|plans? to|planned|planning to|set to|going to|"
    r"upcoming|intends? to|aims? to|hopes? to|next|later this|coming|as soon as|might)\b",
    re.I,
)
_PAST_CUES = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|yesterday|earlier|previously|"
    r"\w+ed)\b",
    re.I,
)


# A calendar date ("April 20", "20 April"), not a weekday or a named period.
_NUMBERED = re.compile(r"\d")

_MODALS = {"may", "might", "should", "must", "can", "ca"}
# ("on Monday", "Monday evening")
_WEEKDAY = re.compile(rf"(?:on\s+)?{WEEKDAY_RE}(?:\s+(?:morning|afternoon|evening|night))?", re.I)
# What a timetable holds: the simple present of these with a weekday is a coming day.
_SCHEDULED = {"meet", "hold", "take", "begin", "start", "resume", "return", "visit", "travel",
              "arrive", "leave", "head", "vote", "sign", "open", "close", "end", "expire",
              "testify", "appear", "face", "convene", "gather", "come", "go", "fly"}  # fmt: skip


# Verbs that move or set a limit ahead ("postponed until Tuesday", "gave ... until Friday").
_PUTTING_OFF = {"postpone", "delay", "defer", "extend", "give", "grant", "adjourn", "push",
                "put", "move"}  # fmt: skip
# Words that put a plan off or call it off.
_PUT_OFF = re.compile(
    r"\b(?:postponed|delayed|cancell?ed|called\s+off|put\s+off|pushed\s+back|suspended"
    r"|rescheduled|scrapped)\b",
    re.I,
)
# Words of a plan whose tense does not say on which side of the reporting its day is.
_PLAN_WORDS = {"planned", "scheduled", "due", "expected"}
# A weekday with no word that says which ("Wednesday", "Wednesday night"; not "last Wednesday").
_BARE_WEEKDAY = re.compile(rf"{WEEKDAY_RE}(?!\w)", re.I)


# Helpers of a present or a future ("is expected", "will be due").
_AHEAD_AUX = {"is", "are", "am", "'s", "'re", "be", "will", "'ll", "shall", "wo"}


def _told_ahead(verb: Any) -> bool:
    """Whether a plan's word is told in the present or future ("is expected", "will be due")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _AHEAD_AUX for c in verb.children)


def _next_word(span: Any, offset: int = 0) -> str:
    at = span.end + offset
    return span.doc[at].lower_ if at < len(span.doc) else ""


# Words that put a noun's day ahead of the reporting ("ahead of Tuesday's protests", "Friday's
# planned march").
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|preparations?\s+for|look\s+ahead\s+to)\s+$", re.I)
_PLANNED_NOUN = {"planned", "scheduled", "upcoming", "expected", "proposed"}
_WOULD = re.compile(r"\bwould\b|'d\b", re.I)


def _day_of_noun(span: Any, tense: str | None) -> str | None:
    """The side of a weekday that dates a noun ("Tuesday's earthquake") where the clause does
    not simply say it: a noun of a plan ("ahead of Tuesday's protests", "Friday's planned
    march") or a clause with "would" ("would look for ways to get around Wednesday's ruling")
    leave the day to the nearest of that name. None where the weekday dates no noun or the
    clause is left to say it (told in the past, with "will", or in a present that mostly tells
    what follows from it: "victims of Tuesday's earthquake")."""
    if _next_word(span) not in ("'s", "\u2019s"):
        return None
    before = span.doc.text[max(span.sent.start_char, span.start_char - 30) : span.start_char]
    if _AHEAD_OF.search(before) or _next_word(span, 1) in _PLANNED_NOUN:
        return "nearest"
    if tense != "past" and _WOULD.search(span.doc.text, span.sent.start_char, span.start_char):
        return "nearest"
    return None


# Participles that set when something agreed or announced begins.
_STARTING = {"starting", "beginning", "commencing"}

# Prepositions whose noun comes before what the clause tells.
_BEHIND = ("after", "since")  # and "following", however the parser reads it

# Dependencies by which a participle or an infinitive hangs on the clause whose tense it shares.
_INHERITS = ("advcl", "conj", "xcomp")


def tense_from_text(clause: str) -> str | None:
    """Cue-word tense of a clause (used when no parse is available)."""
    if _FUTURE_CUES.search(clause):
        return "future"
    if _PAST_CUES.search(clause):
        return "past"
    return None


def tense_from_tokens(span: Any) -> str | None:
    """Tense of the verb that governs a spaCy ``span`` (a time expression)."""
    if span.start > 0 and span.doc[span.start - 1].lower_ == "come":
        return "future"  # "votes back home come November": when November comes
    token = span.root
    verb = None
    on_noun = False  # the expression dates a noun on its way to the verb ("the April 20 blast")
    behind = False  # ... a noun after "following", "after" or "since" ("since the May 6 vote")
    for _ in range(8):
        is_verb = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD"
        if is_verb and not (behind and token.lower_ == "following"):  # a participle, or not
            verb = token
            break
        if token.head.i == token.i:
            break
        token = token.head
        behind = behind or (
            on_noun
            and (token.lower_ == "following" or (token.lower_ in _BEHIND and token.dep_ == "prep"))
        )
        on_noun = on_noun or (token.pos_ in ("NOUN", "PROPN") and token not in span)
    if verb is None:
        verb = span.sent.root
    tense = _tense_of_verb(verb)
    if tense == "future" and on_noun and _is_progressive(verb):
        # "is meeting on Friday" is ahead, but "are still searching after the April 20 blast"
        # dates the blast, not the search (nor do the sentence's cue words, as they would
        # for a clause with no tense of its own).
        return "past" if behind else "present"
    if behind and (
        tense in (None, "present")
        or (tense == "future" and not _FUTURE_CUES.search(span.sent.text))
    ):
        # "the bill BP faces following its explosion on April 20", "oil is continuing to leak
        # following the explosion in April": what a present follows on has happened (not so
        # for a future told as one: "will meet after the June 5 vote").
        return "past"
    if behind and tense == "future" and _BARE_WEEKDAY.match(span.text):
        # "will take effect on Monday, 48 hours after its signing on Saturday": what a coming
        # day follows on is near it, before or after the report; the nearest of its name.
        return "nearest"
    if (
        tense is None
        and verb.lower_ in _STARTING
        and verb.dep_ in ("xcomp", "acl", "advcl")
        and _WEEKDAY.fullmatch(span.text)
        and not _pluperfect(_clause_verb(verb.head))
    ):
        # "have agreed to a ceasefire starting on Saturday": the start of what was agreed or
        # announced, after it; not the day of the clause's past.
        return "future"
    if tense is None and verb.dep_ in _INHERITS and verb.head.i != verb.i:
        # A bare participle takes the tense of the clause it hangs on ("on April 8,
        # investigators, wondering how ..., searched the site").
        tense = _tense_of_verb(verb.head)
    if tense == "past" and _deadline(span) and lemma(verb).lower() in _PUTTING_OFF:
        # "postponed until Tuesday", "gave them until Friday to sign": a limit moved or set
        # ahead of the reporting.
        return "future"
    if _BARE_WEEKDAY.match(span.text):
        day_of = _day_of_noun(span, tense)
        if day_of is not None:
            return day_of
        if (
            verb.lower_ in _PLAN_WORDS
            and verb.i < span.start
            and not _deadline(span)
            and not _told_ahead(verb)
        ):
            # "planned a rally for Saturday", "the rally planned for Saturday": the tense is
            # the plan's, not the day's, which is the nearest of that name ("On Friday, the
            # government planned ..." is the day the plan was made; "is expected Tuesday" is
            # ahead).
            # A plan in the pluperfect had its day by the time of the report ("had been
            # scheduled for Friday" and was held), unless the sentence puts it off ("which
            # had been scheduled for Saturday, has been postponed"): then the nearest again.
            if _pluperfect(verb) and not _PUT_OFF.search(span.sent.text):
                return None
            return "nearest"
    if tense == "past" and _deadline(span) and not _pluperfect(verb):
        # "talks supposed to conclude by May", "loans through January": a limit, which the
        # clause's past tense does not place behind the article.
        return None
    if on_noun and tense in (None, "present") and _NUMBERED.search(span.text):
        # A dated noun with no tense of its own is what has happened ("the April 20 explosion",
        # "its close of $60.48 on April 20", months later): read as the past reads, which still
        # takes a date a few weeks ahead for a coming one ("the June 3 vote", in May).
        return "past"
    if (
        tense == "present"
        and not on_noun
        and _WEEKDAY.fullmatch(span.text)
        and verb.tag_ in ("VBZ", "VBP")
        and not ENTRY_MARK.match(span.doc.text, span.end_char)
        and lemma(verb).lower() in _SCHEDULED
    ):
        # "The ceasefire takes effect on Monday", "they meet Monday": a day named with a simple
        # present of what a timetable holds is ahead (a report's present, "follows reports on
        # Monday", "the slick remains", may tell what has happened; so does a caption's,
        # "Wednesday: BP's chairman meets the president").
        return "future"
    if tense is None or tense == "present":
        # No verb tense to go on: cue words of the sentence ("as soon as", "would", "last").
        cue = tense_from_text(span.sent.text)
        if cue == "past" and _deadline(span):
            # A limit on a verb with no past tense of its own ("said he has no intention of
            # stepping down until September", "bans releasing any detainees through September
            # 30", "analysts predicting the leak could last until August") is one still to
            # come: the past words are the reporting's.
            return "future"
        return cue if cue is not None else tense
    return tense


def _deadline(span: Any) -> bool:
    """Whether the expression is a limit ("by May"), or joined to one ("by late August or
    early September")."""
    start = span.start
    root = span.root
    if root.dep_ == "conj" and root.head.i < root.i:
        start = root.head.left_edge.i
    before = span.doc[start - 1] if start > 0 else None
    return before is not None and before.lower_ in ("by", "until", "till", "through")


def _is_progressive(verb: Any) -> bool:
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re", "am") for c in verb.children
    )


def _has_particle(verb: Any) -> bool:
    """Whether a verb is a phrasal one ("set up", "try out"), which no plan verb is."""
    return any(c.dep_ == "prt" for c in verb.children)


def _clause_verb(token: Any) -> Any:
    """The verb of the clause a word is in ("agreed" for "ceasefire" in "had agreed to a
    ceasefire"), or the word itself where none is found within a few steps."""
    word = token
    for _ in range(4):
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            break
        word = word.head
    return word if word.pos_ in ("VERB", "AUX") else token


def _pluperfect(word: Any) -> bool:
    """Whether a word's clause is in the past before the past ("had planned", "had been due")."""
    for token in (word, word.head):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in token.children):
            return True
        if token.head.i == token.i:
            break
    return False


def _tense_of_verb(verb: Any, depth: int = 0) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    if aux_words & _FUTURE_AUX:
        return "future"
    if aux_words & _MODALS:
        # "may resume in September", "should end by March": ahead, unless the modal looks
        # back ("may have met in May"). Not "could", as often a past ability as a coming one
        # ("could not be located Wednesday").
        if aux_words & {"have", "'ve"}:
            return "past"
        return "present" if verb.tag_ == "VBG" else "future"  # "may be helping": now
    if verb.lower_ in _PLAN_WORDS:
        # A plan told in the past ("had been due to expire Friday", "planned to pay on Friday")
        # is mostly one whose day has come by the time it is reported.
        return "past" if verb.tag_ == "VBD" or aux_words & {"had", "'d"} else "future"
    if (
        verb.lower_ == "set"
        and not _has_particle(verb)  # "was set up in August"
        and (auxes or any(c.dep_ == "xcomp" or c.lower_ in ("for", "to") for c in verb.children))
    ):
        return "future"  # "is set for Monday", "set to vote", not "the record set on Aug. 6"
    # "is to meet", "plans to attend", "expected to vote": an infinitive under a future verb.
    head = verb.head
    climb = head.i != verb.i and depth < 3
    if verb.tag_ == "VB" and "to" in aux_words and climb:
        if head.lower_ in _FUTURE_VERBS and _pluperfect(head):
            return "past"  # "had been due to expire Friday": a plan whose day has gone
        if (head.lower_ in _FUTURE_VERBS and not _has_particle(head)) or (
            # "is to meet", not "the countries to accede on Friday were Poland and ..."
            head.lower_ in ("is", "are", "was", "were", "be") and head.i < verb.i
        ):
            return "future"
        return _tense_of_verb(head, depth + 1)
    if verb.tag_ == "VBG" and aux_words & {"is", "are", "'s", "'re", "am"}:
        return "future"  # "is meeting on Friday"
    if verb.tag_ == "VBG" and aux_words & {"has", "have", "had", "'ve"}:
        return "past"  # "have been searching since the Oct. 23 slaying"
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if tags & {"VBD"}:
        return "past"
    if verb.tag_ == "VBN":
        if aux_words & {"has", "have", "had", "was", "were", "'s", "'ve", "been"}:
            return "past"
        if aux_words & {"is", "are", "be"}:
            return "present"
        return "past"
    if tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VB" and climb:
        return _tense_of_verb(head, depth + 1)
    return None
