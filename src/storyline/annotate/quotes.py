"""Quotes and their speakers, from the clean text and its entity mentions.

Patterns covered: "...", said X / "..." X said / X said: "..." / X told reporters "..." /
X was quoted as saying: "..." / according to X / X said (that) ... (reported speech).
Pronoun speakers ("he said") resolve to the nearest preceding named person the pronoun can
stand for (skipping one the text calls a man for "she", a woman for "he"), or to the one whose
words that person's sentence reports ("X said Y is angling for time."), never to one the quote
itself names. One who speaks for a person is that role ("a lawyer for X", "X's spokesman").
Works on records only (no model), so it is tested on hand-built mentions.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from storyline.annotate.roles import TITLE_GENDER, roles_near
from storyline.records import Mention, Quote

SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|declared|announced|announces|warned|"
    r"warns|insisted|insists|explained|explains|noted|argued|argues|asked|asks|replied|"
    r"wrote|writes|tweeted|claimed|acknowledged|admitted|continued|urged|urges|"
    r"cautioned|recalled|predicted|suggested|stressed|confirmed|confirms|denied|denies|"
    r"conceded|remarked|observed|responded|answered|commented|reported|testified|vowed|"
    r"pledged|promised|maintained|contended|countered|complained|boasted|"
    r"alleged|emphasized|emphasised|underlined|told reporters|told AFP"
)
_VERB = rf"(?:{SPEECH_VERBS})"
# A speech verb with what may stand before it ("has said", "also told").
_SAID = rf"(?:(?:has|had|also|later)\s+)?(?:{_VERB})"
_WHEN = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
    r"week|weekend|month|year|statement|interview|speech|briefing|news conference|"
    r"press conference)"
)
_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
# How many persons back a "he"/"she" may reach past persons the text says are of the other gender.
MAX_PRONOUN_STEPS = 4
_TITLES = TITLE_GENDER
_TITLE = "|".join(title.capitalize() for title in _TITLES)
_TITLE_BEFORE = re.compile(rf"\b({_TITLE})\.?\s+$")
_TITLE_START = re.compile(rf"({_TITLE})\.?\s")
# Pronouns that point back at the sentence's subject; "him" and "her" are left out, as they are
# more often someone else ("Calloway visited her").
_GENDERED = re.compile(r"\b(?:(he|his|himself)|she|herself)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d]?\s|\n")
_NOT_SPEAKERS = re.compile(
    r"^(?:and|but|or|while|as|when|after|before|because|although|though|whereas|which|that|"
    r"who|where|if|so|then|it|this|these|those|there|here)\b",
    re.I,
)
# After a quote, words that open on a preposition go on with the sentence ('"difficult days
# ahead" for Egypt and said'): no speaker.
_GOES_ON = re.compile(r"(?:for|to|of|in|on|at|from|with|about|against|over|into)\b")
# A role phrase speaker starts like a noun phrase ("the minister", "a spokeswoman", "Officials").
_ROLE_START = re.compile(r"^(?:a|an|the|one|another|his|her|their|its|two|three|several|[A-Z])\b")
_NOT_LAST = {"and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "day", "time"}
# A quotation in double marks, or in single ones as British outlets write them: curly ("\u2018We
# want our voices heard,\u2019 said ..."), a backtick and an apostrophe as some exports write
# those ("` We want ...,' said"), or straight marks; a single closing mark is one that ends the
# quoted words' punctuation or comes before punctuation ("the ministers' plan" has none).
_SINGLE_CLOSE = r"(?:(?<=[,.!?])['\u2019](?![\w'])|['\u2019](?=[,.;:!?)]))"
_QUOTE = re.compile(
    r"\u201c([^\u201c\u201d]{8,2000})\u201d|\"([^\"\n]{8,2000})\""
    rf"|(?:\u2018|`\s?|(?:(?<=^)|(?<=[\s(\[:]))')(?=[A-Z0-9\"\u201c])([^\n`\u2018]{{8,2000}}?){_SINGLE_CLOSE}",
    re.M,
)
# Speaker words: a name or a noun phrase of up to eight words, possibly with a title.
_SPK = (
    r"(?P<spk>(?:[A-Za-z][\w.'\u2019-]*)(?:[ ,]+(?:of|the|for|and|[A-Za-z][\w.'\u2019-]*)){0,7}?)"
)
_AFTER_VERB_FIRST = re.compile(
    rf"^\s*,?\s*(?:{_VERB})\s+{_SPK}\s*(?:[,.;]|$|\s+(?:in|on|at|who|"
    rf"during|after|before|when|while|adding|according)\b)"
)
_AFTER_SPK_FIRST = re.compile(
    rf"^\s*,?\s*{_SPK}\s+(?:(?:has|had|later|also|then|once|"
    rf"previously|earlier)\s+)?(?:{_VERB})\b"
)
_AFTER_ACCORDING = re.compile(rf"^\s*,?\s*according\s+to\s+{_SPK}\s*(?:[,.;]|$)")
_BEFORE = re.compile(
    rf"{_SPK}\s+(?:(?:has|had|also|then|later)\s+)?(?:{_VERB}|was quoted as "
    rf"saying|is quoted as saying|said in a statement|wrote in|told \w+(?: \w+)?|"
    rf"called|described|dubbed|termed)"
    rf"(?:\s+[\w'-]+){{0,5}}?\s*[:,]?\s*$"
)
# The full stop of an abbreviation ends no sentence ("at 1 a.m. on Sunday", "Mr. Smith").
_NO_ABBREVIATION = "".join(
    rf"(?<!{word})"
    for word in (
        r"\b[A-Z]", r"a\.m", r"p\.m", r"\bMr", r"\bMs", r"\bDr", r"\bSt", "Mrs", r"\bNo",
        "Gen", "Col", "Sgt", "Rep", "Sen", "Gov", "Inc", "Ltd", "Jan", "Feb", "Aug", "Oct",
        "Nov", "Dec", "Sept", "Corp",
    )
)  # fmt: skip
_REPORTED = re.compile(
    # (A speaker in apposition closes with a comma: "Ukraine's president, Volodymyr Zelenskiy,
    # said ...".)
    rf"\b{_SPK},?\s+{_SAID}\s+"
    # Whom it was told: "told reporters that", "told a news conference that" (not "said the
    # ceasefire that took effect ... was holding": "said" takes no one).
    rf"(?:(?<=\btold\s)(?:[A-Z][\w.'-]*|reporters|journalists|lawmakers|parliament|the|an?)"
    rf"\s+(?:[\w.'-]+\s+){{0,2}}?(?=that\b))?"
    # Where or how it was said, before "that": "on Twitter", "in a statement", "at a rally".
    rf"(?:(?:on|in|at|via|through|during)\s+(?:[\w.'\u2019-]+\s+){{1,6}}?(?=that\b))?"
    rf"(?:(?:on|late|early|earlier|later|last|this|in\s+a|in\s+an)\s+){{0,2}}(?:{_WHEN}\s+)?"
    rf"(?:(?:morning|afternoon|evening|night)\s+)?"
    # (Words in quotation marks inside are the speaker's own: paused over "external factors".)
    rf"(?:that\s+)?(?P<content>[a-z\u201c\"A-Z0-9][^\n]{{15,}}?)"
    rf"(?:{_NO_ABBREVIATION}[.!?](?:\s|$)|$)"
)
_LED_BY = re.compile(r",\s+(?:led|headed|chaired|accompanied|joined)\s+by\b")
_ACCORDING = re.compile(rf"\baccording to {_SPK}(?=[,.;]|$)")
# Reported speech told first, its speaker after it: "Each country will send 500 observers,
# Kazakh Foreign Minister Kairat Abdrakhmanov said at the end of the talks." What follows the
# verb says when or where only (no "that" of a clause of its own).
_SAID_LAST = re.compile(
    rf"^(?P<content>[\"\u201cA-Z0-9][^\n]{{20,}}?),\s+{_SPK}\s+{_SAID}"
    rf"(?:\s+(?:at|in|on|during|after|before|when|while|as|late|early|earlier|last"
    rf"|this|yesterday|today|ahead)\b(?:(?!\bthat\b)[^\n])*?)?\s*[.!?]?[\"\u201d]?\s*$"
)
# A sentence opening on a circumstance is no reported speech of its own ("Speaking in Moscow,").
_CIRCUMSTANCE = re.compile(r"^(?:in|at|on|after|before|during|while|when|as|\w+ing)\b", re.I)
# A phrase in quotation marks that is a name or a title ("Congress of the Syrian National
# Dialogue"): capitalised words and the small words between them, no sentence.
_TITLE_WORD = r"(?:[A-Z0-9][\w.'\u2019&-]*|of|the|and|for|on|in|a|an|to|at|with)"
_TITLE_WORDS = re.compile(rf"^{_TITLE_WORD}(?:\s+{_TITLE_WORD})*$")


_INDEFINITE = re.compile(r"\b(?:[Aa]n?) $")


def find_quotes(
    text: str, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]]
) -> list[Quote]:
    """All quotes in ``text``; ``sentences`` are (start, end) offsets of the sentences."""
    # (Someone the text brings in with "a" or "an", "a Briton about to retire", is no person
    # named: a "he" after it is someone named before.)
    persons = [
        m
        for m in mentions
        if m.label == "PERSON" and not _INDEFINITE.search(text, max(0, m.start - 4), m.start)
    ]
    # A "he said" stands for no one a quotation names: "Under Tony Hayward's leadership ..."
    # does not make the "He said" after it Hayward's.
    quoted = list(_QUOTE.finditer(text))
    outside = [m for m in persons if not any(q.start() <= m.start < q.end() for q in quoted)]
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    for match in quoted:
        start, end = match.span()
        inner = next(group for group in match.groups() if group)
        if len(inner.split()) < 3 or _TITLE_WORDS.match(inner.strip(" ,.")):
            continue
        sent_start, sent_end = _sentence_around(sentences, start, end, len(text))
        speaker = _speaker_after(
            text, end, min(len(text), max(sent_end, end) + 120), mentions, outside
        )
        if speaker is None:
            speaker = _speaker_before(
                text, _line_start(text, start, sent_start), start, mentions, outside
            )
        if speaker is None and quotes:
            speaker = _continued_speaker(text, quotes[-1], start, persons)
        if speaker is not None and _names_in(inner, text[speaker[0] : speaker[1]]):
            # '"Down with Mubarak!"' after 'Mubarak said ...': no one speaks of himself so.
            speaker = None
        quotes.append(_make(text, start, end, speaker, "direct"))
        covered.append((start, end))
    for sent_start, sent_end in sentences:
        if any(s < sent_end and sent_start < e for s, e in covered):
            continue
        sentence = text[sent_start:sent_end]
        quote = _reported(text, sentence, sent_start, mentions, outside)
        if quote is not None:
            quotes.append(quote)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _names_in(words: str, name: str) -> bool:
    """Whether ``words`` name the speaker ``name`` as written (a capitalised name only)."""
    if not name[:1].isupper() or len(name) < 3:
        return False
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", words) is not None


def _continued_speaker(
    text: str, previous: Quote, start: int, persons: Sequence[Mention]
) -> tuple[int, int] | None:
    """A quote that goes on after an attributed one ('"...," she said. "..."') is the same
    speaker's, if no other person is named in between."""
    if previous.speaker_start is None or previous.speaker_end is None:
        return None
    gap_start = max(previous.end, previous.speaker_end)
    if start - gap_start > 200 or start < gap_start:
        return None
    if any(gap_start <= m.start < start for m in persons):
        return None
    return previous.speaker_start, previous.speaker_end


def _make(text: str, start: int, end: int, speaker: tuple[int, int] | None, kind: str) -> Quote:
    if speaker is None:
        return Quote(start, end, text[start:end], None, None, None, kind)
    s, e = speaker
    return Quote(start, end, text[start:end], text[s:e], s, e, kind)


def _sentence_around(
    sentences: Sequence[tuple[int, int]], start: int, end: int, length: int
) -> tuple[int, int]:
    first, last = start, end
    for s, e in sentences:
        if s <= start < e:
            first = s
        if s < end <= e:
            last = e
    return first, min(last, length)


def _line_start(text: str, position: int, floor: int) -> int:
    newline = text.rfind("\n", 0, position)
    return max(newline + 1, min(floor, position))


def _speaker_after(
    text: str, start: int, stop: int, mentions: Sequence[Mention], persons: Sequence[Mention]
) -> tuple[int, int] | None:
    window = text[start:stop].split("\n", 1)[0]
    for pattern in (_AFTER_VERB_FIRST, _AFTER_SPK_FIRST, _AFTER_ACCORDING):
        match = pattern.match(window)
        spk = match.group("spk") if match else ""
        if match and not _NOT_SPEAKERS.match(spk) and not _GOES_ON.match(spk):
            s, e = start + match.start("spk"), start + match.end("spk")
            return _speaker_span(text, s, e, mentions, persons)
    return None


def _speaker_before(
    text: str, floor: int, quote_start: int, mentions: Sequence[Mention], persons: Sequence[Mention]
) -> tuple[int, int] | None:
    window = text[floor:quote_start]
    # Only the last clause before the quote can introduce it.
    cut = max(window.rfind(". "), window.rfind("\u201d"), window.rfind('"'))
    offset = floor + (cut + 1 if cut >= 0 else 0)
    lead = re.match(
        r"[\s,;\u2014-]*(?:(?:and|but|while|whereas|as|though|although)\s+)?",
        text[offset:quote_start],
    )
    offset += lead.end() if lead else 0
    match = _BEFORE.search(text[offset:quote_start])
    if not match or _NOT_SPEAKERS.match(match.group("spk")):
        return None
    s, e = offset + match.start("spk"), offset + match.end("spk")
    return _speaker_span(text, s, e, mentions, persons)


def _speaker_span(
    text: str, start: int, end: int, mentions: Sequence[Mention], persons: Sequence[Mention]
) -> tuple[int, int] | None:
    """The best speaker inside text[start:end]: a named mention, a pronoun resolved to the
    nearest preceding person, or the noun phrase itself. In "The mediators, led by Annelie
    Brandt," the mediators speak."""
    led = _LED_BY.search(text, start, end)
    if led is not None:
        end = led.start()
    inside = [
        m
        for m in mentions
        if m.start >= start and m.end <= end and m.label in ("PERSON", "ORG", "GPE", "NORP")
    ]
    if inside:
        # The head of "Kestrian delegation head Tomas Verhoek" is the last name in it; of
        # "Amre Moussa, the secretary-general of the Arab League," the name before the comma.
        first = min(inside, key=lambda m: m.start)
        opening = first.label == "PERSON" and not text[start : first.start].strip()
        if opening and text[first.end : first.end + 1] == ",":
            best = first
        else:
            best = min(inside, key=lambda m: (m.label != "PERSON", -m.end))
        if best.label == "PERSON" and _speaks_for(text, (start, end), best):
            # "a lawyer for Conrad Murray", "Mubarak's spokesman": the speaker is one who
            # speaks for the person named, told by that role (none where the words are more
            # than such a phrase: "Michael Jackson's family are", "agreed to yield power to").
            # A spokesman for a body or a country speaks as it.
            return _role_for(text, start, end, best)
        # A nationality word qualifying the speaker ("Egyptian state TV", "the Egyptian
        # official") is no speaker: the phrase is, if it reads as one (below).
        if best.label != "NORP" or not text[best.end : end].strip(" ,.;:"):
            return best.start, best.end
    phrase = text[start:end].strip().rstrip(",.;:")
    if phrase.lower() in _PRONOUNS:
        previous = [m for m in persons if m.end <= start]
        if previous and phrase.lower() in ("he", "she", "i"):
            last = _nearest_of_gender(text, previous, persons, phrase.lower())
            return last.start, last.end
        return start, end
    words = phrase.split()
    if not words or len(words) > 6 or not _ROLE_START.match(phrase) or words[-1] in _NOT_LAST:
        return None
    # "The minister said" after "Foreign Minister Idris Calloway ...": the nearest earlier person
    # who was given that role in this text.
    if words[0].lower() == "the" and len(words) <= 4:
        head = words[-1].lower()
        for person in reversed([m for m in persons if m.end <= start]):
            if any(
                head in role.lower().split() for role in roles_near(text, person.start, person.end)
            ):
                return person.start, person.end
    # A role noun phrase ("the foreign minister", "a spokeswoman for the ministry").
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    return start + lead, start + lead + len(phrase)


# A name that only says whom the speaker speaks for: after "a lawyer for", "an aide to", "a
# friend of" at the end of the words before it, or before "'s spokesman" at their end.
_OWNER_BEFORE = re.compile(r"\b[a-z]+\s+(?:for|of|to)\s+(?:the\s+)?$")
_OWNER_AFTER = re.compile(r"['\u2019]s?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*$")


def _nearest_of_gender(
    text: str, previous: Sequence[Mention], persons: Sequence[Mention], pronoun: str
) -> Mention:
    """The nearest earlier person the pronoun can stand for: "she" skips a man named since, and
    "he" a woman, when the text says which they are; a person it does not say about can be
    either."""
    wanted = {"he": "m", "she": "f"}.get(pronoun)
    nearest = previous[-1]
    if wanted is not None:
        for person in reversed(previous[-MAX_PRONOUN_STEPS:]):
            if _gender(text, person, persons) in (None, wanted):
                nearest = person
                break
    speaker = _speaker_of_sentence(text, nearest, previous)
    if speaker is not None and _gender(text, speaker, persons) in (None, wanted):
        return speaker
    return nearest


# "X, head of the party, said" / "X said": a person followed by a speech verb, an apposition
# between them at most.
_SPEAKS_AFTER = re.compile(rf"(?:,[^,.;\n]{{1,80}},)?\s+(?:has\s+|had\s+|also\s+)?(?:{_VERB})\b")


def _speaker_of_sentence(
    text: str, nearest: Mention, previous: Sequence[Mention]
) -> Mention | None:
    """The person whose words the sentence of ``nearest`` reports, if another person is: in
    "Asem Abedine, head of the Nassiri party, said Mubarak is merely angling for time." the
    "he" of the quote that follows is Abedine, not Mubarak, the nearest name."""
    floor = max(0, nearest.start - 400)
    ends = _SENTENCE_END.finditer(text, floor, nearest.start)
    opening = max((m.end() for m in ends), default=floor)
    for person in previous:
        if (
            opening <= person.start
            and person.end <= nearest.start
            and _SPEAKS_AFTER.match(text, person.end, nearest.start)
        ):
            return person
    return None


def _gender(text: str, person: Mention, persons: Sequence[Mention]) -> str | None:
    """The gender ("m" or "f") the text gives the person's name as written: a title ("Mr",
    "Ms", "Sir", "Queen"; counts twice), or a pronoun after the name in the same sentence with
    no other person in between ("Calloway said she would ..."); None unless one side has a title
    or two pronouns and more than twice the other's evidence ("told Dudley that she wanted" is
    about someone else, and captions glued to the text mislead at times)."""
    votes: Counter[str] = Counter()
    starts = [m.start for m in persons]  # persons are in text order
    # The same name written the same way ("Jackson" may be the mother or the son).
    for mention in persons:
        if mention.text != person.text:
            continue
        title = _TITLE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        title = title or _TITLE_START.match(mention.text)
        if title:
            votes[_TITLES[title.group(1).lower()]] += 2
        following = bisect.bisect_left(starts, mention.end)
        stop = min(mention.end + 150, starts[following] if following < len(starts) else len(text))
        window = _SENTENCE_END.split(text[mention.end : stop], maxsplit=1)[0]
        for pronoun in _GENDERED.finditer(window):
            votes["m" if pronoun.group(1) else "f"] += 1
    for gender, other in (("m", "f"), ("f", "m")):
        if votes[gender] >= 2 and votes[gender] > 2 * votes[other]:
            return gender
    return None


def _reported(
    text: str, sentence: str, offset: int, mentions: Sequence[Mention], persons: Sequence[Mention]
) -> Quote | None:
    match = _ACCORDING.search(sentence)
    if match:
        speaker = _speaker_span(
            text, offset + match.start("spk"), offset + match.end("spk"), mentions, persons
        )
        if speaker is not None and _named(text, speaker, mentions):
            end = offset + len(sentence.rstrip())
            return _make(text, offset, end, speaker, "reported")
    last = _SAID_LAST.match(sentence.strip())
    if last and not _CIRCUMSTANCE.match(last.group("content")):
        lead = len(sentence) - len(sentence.lstrip())
        speaker = _speaker_span(
            text,
            offset + lead + last.start("spk"),
            offset + lead + last.end("spk"),
            mentions,
            persons,
        )
        if speaker is not None and _named(text, speaker, mentions):
            s, e = offset + lead + last.start("content"), offset + lead + last.end("content")
            return _make(text, s, e, speaker, "reported")
    match = _REPORTED.search(sentence)
    # "told a news conference" is where, not what: reported content is a clause of 5+ words.
    if match and match.start() < 80 and len(match.group("content").split()) >= 5:
        speaker = _speaker_span(
            text, offset + match.start("spk"), offset + match.end("spk"), mentions, persons
        )
        if speaker is not None and _named(text, speaker, mentions):
            s, e = offset + match.start("content"), offset + match.end("content")
            s = _after_whom(text, s, e, mentions)
            return _make(text, s, e, speaker, "reported")
    return None


_TOLD_BEFORE = re.compile(r"\b(?:told|tells)\s+$")
_PERSON_ENDS = re.compile(r"\s+(?:that\s+)?")
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s+(?P<on>on\s+)?$")
# A programme's name in quotes, where it was said or to whom ('told "Fox News Sunday" that',
# 'said on NBC's "Meet the Press" -- that'), and the people it was told to ("told reporters").
_PROGRAMME = re.compile(
    r"(?:on\s+)?(?:[A-Z][\w.'\u2019-]*(?:['\u2019]s)?\s+)?[\"\u201c][^\"\u201c\u201d]{1,40}[\"\u201d]"
    r"\s*(?:--\s*|,\s*)?(?:that\s+)?"
)
_LISTENERS = re.compile(
    r"(?:(?:US|U\.S\.|British|local|state|the)\s+)?(?:media|reporters|journalists|lawmakers)"
    r"(?:\s+(?:in|at|on|during|after|following|aboard)\s+[^,;:\"\u201c]{1,60}?(?=\s+that\s))?"
    r"\s+(?:that\s+)?"
)
# The rest of whom it was told: a name or a number after a possessive ("CNN's Candy Crowley",
# "BBC Radio 4's Money Box"), the kind of outlet ("the Reuters news agency", "US network CNN").
_WHOM_ENDS = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?:[A-Z0-9][\w.'\u2019-]*|news agency|news channel|newspaper|network"
    r"|programme|program|channel|court|radio|television|magazine|website))*\s+(?:that\s+)?"
)


def _after_whom(text: str, start: int, end: int, mentions: Sequence[Mention]) -> int:
    """Where what was told begins after whom it was told: "told the BBC World Service that
    many staff are missing", "told the Miami Herald a full evaluation is necessary", 'told
    "Fox News Sunday" that ...', "told US media the ..."; or after the programme it was said on
    ('said on "Fox News Sunday" -- that ...')."""
    near = max(0, start - 12)
    told = _TOLD_BEFORE.search(text, near, start)
    said = _SAID_BEFORE.search(text, near, start)
    said_on = said and (said.group("on") or text.startswith("on ", start))
    programme = _PROGRAMME.match(text, start, end) if told or said_on else None
    if programme and programme.end() < end:
        return programme.end()
    if not told:
        return start
    listeners = _LISTENERS.match(text, start, end)
    if listeners and listeners.end() < end:
        return listeners.end()
    lead = re.match(r"(?:the\s+|an?\s+)?", text[start:end])
    first = start + (lead.end() if lead else 0)
    for m in mentions:
        if m.start == first and m.label in ("ORG", "PERSON", "GPE") and m.end < end:
            # (A person's name ends with the mention: "tells Hayward BP ignored ...".)
            ends = _PERSON_ENDS if m.label == "PERSON" else _WHOM_ENDS
            after = ends.match(text, m.end, end)
            if after and (programme := _PROGRAMME.match(text, after.end(), end)):
                after = programme  # "told NBC's "Meet the Press" the company would know"
            return after.end() if after and after.end() < end else start
    return start


def _named(text: str, span: tuple[int, int], mentions: Sequence[Mention]) -> bool:
    """Whether the speaker is a named person or organisation, or one who speaks for one ("a
    lawyer for Conrad Murray")."""
    for m in mentions:
        if m.label not in ("PERSON", "ORG") or not span[0] <= m.start < m.end <= span[1]:
            continue
        if (m.start, m.end) == span or (m.label == "PERSON" and _speaks_for(text, span, m)):
            return True
    return False


_AUXILIARY_END = re.compile(r"(?:\s+(?:are|is|was|were|have|has|had|been|be|will|would))+\s*$")
_ROLE_FOR = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne of the|[Tt]wo|[Ss]everal)\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+"
    r"\s+(?:for|of|to)\s+(?:the\s+)?"
)
# Nothing, or a title before the name ("Dr Murray's lawyer").
_TITLE_ONLY = re.compile(r"(?:[A-Z][a-z]{0,9}\.?\s+)?")
_ROLE_OF = re.compile(r"['\u2019]s?\s+(?:[a-z-]+\s+){0,2}[a-z-]+")


def _role_for(text: str, start: int, end: int, name: Mention) -> tuple[int, int] | None:
    """The span of "a lawyer for NAME" or "NAME's lawyer" in text[start:end], or None."""
    words = text[start:end]
    end = start + len(_AUXILIARY_END.sub("", words.rstrip()))
    start += len(words) - len(words.lstrip())
    if (_ROLE_FOR.fullmatch(text, start, name.start) and name.end == end) or (
        _TITLE_ONLY.fullmatch(text, start, name.start) and _ROLE_OF.fullmatch(text, name.end, end)
    ):
        return start, end
    return None


def _speaks_for(text: str, span: tuple[int, int], name: Mention) -> bool:
    return bool(
        _OWNER_BEFORE.search(text, span[0], name.start)
        or _OWNER_AFTER.match(text, name.end, span[1])
    )
