"""Seams: where two sentences were glued together without punctuation.

Web pages lose the line breaks between a headline, a photo caption and the article's first
sentence, so the text reads "Doctor gets four years in prison Michael Jackson's former doctor
has been sentenced ...". The parser then joins two finite clauses with no comma and no
conjunction between them, which well-formed English does not do. The seam is at the first
capitalised word of a new run, after a word that can end a sentence, between the two clauses.

The parser does not always see two clauses ("... has everything under control Another nine
cases have been confirmed"), so a second sign is used as well: a capitalised function word
("The", "Another", "It", "With") in the middle of a sentence, opening a phrase that leads to a
verb after it, starts a new sentence: function words are capitalised only there.

A third sign is a clause reported twice: a verb reports one thing, so a second clause hung on it
as what it reports, with no conjunction or comma between ("says tens of thousands may have been
killed in Tuesday's earthquake | Efforts are intensifying ..."), or a clause after a reporting
verb that has already had its say ("..., a police spokesman says | Demonstrators urge ..."),
opens a new sentence where its subject starts; so does a lead whose subject a caption runs
straight into, where the parser hangs the caption on the lead's verb as what it reports ("... at
the public funeral service | Michael Jackson fans will have limited access ...").

A fourth: a whole clause the parser hangs on the noun before it, as if it said which one, though
it lacks nothing (its own subject and object, no word relating it: "... caused Michael Jackson's
death | Los Angeles prosecutors will file a criminal case ..."); and a finite clause with no
subject, whose subject the parser gave to the clause before as its object ("he must not
administer anesthetic | Michael Jackson's former doctor has denied ...").

Three more read the parse the same way: a noun the parser puts before the possessor of a
subject, which no noun phrase has ("... caused Michael Jackson's death | Michael Jackson's
former doctor ... has returned"); a reporting verb with what it reports both before it, with no
comma, and after it ("Jackson death was 'not suspicious' | Medical experts say the death ... was
not suspicious"); and a verb that reports nothing, whose object the parser made the first name
of a clause's subject after it ("Doctor 'did not inject' Jackson | Dr Murray is doing ...").
Where two clauses meet, a capitalised common noun after a number opens the second ("aged 50 |
Executors of the estate said ..."): no noun phrase capitalises its noun after its number.
"""

from __future__ import annotations

import re
from typing import Any

from storyline.annotate.roles import NAME_PARTICLES, NAME_TITLES, ROLE_NOUNS, TITLE_GENDER

# A sentence does not end on these parts of speech ("of", "the", "and", "has", "its", "to").
_CANNOT_END = frozenset(["ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PRON"])
_CLAUSE_HEADS = frozenset(["VERB", "AUX"])
_LINKS = frozenset(["cc", "punct", "mark", "preconj"])
_ARTICLES = frozenset(["A", "An", "The"])
MIN_WORDS = 3  # each side of a seam keeps at least this many words


def seams(sentence: Any) -> list[int]:
    """Character offsets in the document where ``sentence`` (a spaCy Span) should be cut."""
    cuts: list[int] = []
    for verb in sentence:
        head = verb.head
        if (
            verb.dep_ not in ("conj", "dep", "ccomp")
            or verb.pos_ not in _CLAUSE_HEADS
            or head.pos_ not in _CLAUSE_HEADS
            or head.i >= verb.i
            or _linked(head, verb)
        ):
            continue
        if verb.dep_ == "ccomp":
            first = _earlier_complement(head, verb)
            if first is None and not _object_before(head, verb):
                cut = _clause_on_plain_verb(sentence, head, verb)
                if cut is not None and cut.idx not in cuts:
                    cuts.append(cut.idx)
                continue
            after = max(first.i, head.i) if first else head.i
            cut = _clause_start(sentence, head, after, verb, first is not None)
        else:
            cut = _cut_between(sentence, head.i, verb.i)
        if cut is not None and cut.idx not in cuts:
            cuts.append(cut.idx)
    for verb in sentence:
        cut = (
            _lead_after_caption(sentence, verb)
            or _lead_on_noun(sentence, verb)
            or _subject_taken(sentence, verb)
            or _noun_before_possessor(sentence, verb)
            or _reports_before_and_after(sentence, verb)
            or _object_in_subject(sentence, verb)
        )
        if cut is not None and cut.idx not in cuts:
            cuts.append(cut.idx)
    for token in sentence[1:]:
        opens = _opens_sentence(token) or _after_clock_period(token)
        if opens and _room(sentence, token.i) and token.idx not in cuts:
            cuts.append(token.idx)
    # (A dateline opening the sentence is the cleaning's to read, not a seam.)
    text = sentence.text
    # (Every sentence comes here: the pattern is tried only where an agency's bracket may be.)
    for dateline in _WIRE_DATELINE.finditer(text) if "(" in text else ():
        if len(text[: dateline.start()].split()) >= MIN_WORDS:
            cuts.append(sentence.start_char + dateline.start())
            if text[dateline.end() :].strip():
                cuts.append(sentence.start_char + dateline.end())
    return sorted(set(cuts))


# A wire's dateline inside a sentence: a headline or a highlight ran into it, or the lead ran on
# after it ("... is like a father to them Cairo, Egypt (CNN) -- The protests ...").
_PLACE_WORD = r"[A-Z][\w.'\u2019-]*"
_WIRE_DATELINE = re.compile(
    rf"(?:{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}},\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}\s+"
    rf"|{_PLACE_WORD}\s+)?"
    r"\((?:CNN|Reuters|AP|AFP|UPI)\)\s*(?:--|-|\u2014|\u2013)\s*"
)


_CLOCK_PERIODS = frozenset(["a.m.", "p.m."])
_DAY_WORDS = frozenset(
    re.split(
        r"\s+",
        "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday "
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec local",
    )
)


def _after_clock_period(token: Any) -> bool:
    """A capitalised word after "a.m." or "p.m." that names no day and no time zone opens a
    sentence: the period of "8.45 a.m." was also the sentence's ("... at 8.45 a.m.
    Azerbaijan's defence ministry said ...")."""
    doc = token.doc
    before = doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        before.lower_ in _CLOCK_PERIODS
        and token.is_title
        and token.lower_.rstrip(".") not in _DAY_WORDS
        and not (after is not None and after.lower_ in ("time", "local"))
    )


def _opens_with_a(token: Any, before: Any) -> bool:
    """Whether a capitalised "A" after a noun in small letters opens a noun phrase with an
    adjective or a number before its noun ("... voices concern | A new flu virus suspected of
    killing ...", "... in Haiti | A second team of rescuers"), rather than naming a type
    ("influenza A virus", "a type A influenza virus", "plan A has failed")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        before.pos_ == "NOUN"
        and before.is_lower
        and token.dep_ == "det"
        and token.head.pos_ == "NOUN"
        and after is not None
        and after.i < token.head.i
        and after.is_lower
        and after.pos_ in ("ADJ", "NUM")
    )


def _opens_sentence(token: Any) -> bool:
    """A capitalised function word, after a word that can end a sentence, that opens a phrase
    leading to a verb after it ("... under control | Another nine cases have been confirmed")."""
    doc = token.doc
    before = doc[token.i - 1]
    if (
        not token.is_title
        or not token.is_stop
        or token.pos_ == "PROPN"
        or token.text == "I"  # capitalised everywhere
        or before.is_punct
        or before.pos_ in _CANNOT_END
    ):
        return False
    if token.text == "A" and _opens_with_a(token, before):
        return True
    if token.text in ("The", "An") and before.pos_ in ("PROPN", "NOUN", "NUM"):
        # No name runs on into a capitalised "The" or "An": "... in Port-au-Prince | The US",
        # "Aid outside Port-au-Prince | An estimated 200,000 people died"; but the title of a
        # work opens with one ("the film The Hurt Locker").
        return not (token.ent_iob_ == "B" and token.ent_type_ == "WORK_OF_ART")
    # The largest phrase the word opens ("Another nine cases of swine flu", "With up to 50,000
    # feared dead"): a new sentence when it leads to a verb after it; a capital inside a phrase
    # begun before it ("a type A virus") leads nowhere.
    phrase = token
    while (
        phrase.head.i != phrase.i
        and phrase.head.left_edge.i == token.i
        and phrase.head.pos_ not in _CLAUSE_HEADS
    ):
        phrase = phrase.head
    if phrase.right_edge.i < phrase.head.i and phrase.head.pos_ in _CLAUSE_HEADS:
        return True
    following = phrase.right_edge.i + 1
    if following < token.sent.end and doc[following].pos_ in _CLAUSE_HEADS:
        return True
    # An apposition's comma before the verb ("intensify | The president of Haiti, Rene Preval,
    # says ..."), of a phrase that is no name ("with The New York Times, reported ...").
    return (
        token.text in _ARTICLES
        and following + 1 < token.sent.end
        and doc[following].text == ","
        and doc[following + 1].tag_ in _FINITE
        and phrase.pos_ != "PROPN"
    )


def _room(sentence: Any, i: int) -> bool:
    """Whether a cut before token i leaves at least MIN_WORDS words on each side."""
    doc = sentence.doc
    left = sum(1 for t in doc[sentence.start : i] if not t.is_punct)
    right = sum(1 for t in doc[i : sentence.end] if not t.is_punct)
    return left >= MIN_WORDS and right >= MIN_WORDS


def _linked(head: Any, verb: Any) -> bool:
    """A comma, conjunction or subordinator between the two clauses joins them properly."""
    doc = head.doc
    return any(
        doc[i].dep_ in _LINKS and doc[i].head.i in (head.i, verb.i)
        for i in range(head.i + 1, verb.i)
    )


# Verbs that take a person and then what they are told ("warned Iran it would face sanctions"),
# by the start of their forms (the lemmatizer does not run here).
_TELLING = (
    "tell", "told", "warn", "assur", "remind", "inform", "notif", "persuad", "convinc", "promis",
    "show", "teach", "taught", "advis", "ask", "bet", "giv", "gave",
)  # fmt: skip


_FINITE = frozenset(["VBD", "VBZ", "VBP"])


def _finite(verb: Any) -> bool:
    """Whether a verb is finite itself or by its auxiliary ("has confirmed", "could be")."""
    return verb.tag_ in _FINITE or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in (*_FINITE, "MD")
        for child in verb.children
    )


def _object_before(head: Any, verb: Any) -> bool:
    """Whether a clause the parser hangs on a finite verb as what it reports follows that verb's
    own object ("have reported 8453 cases of the disease | India and Turkey have recorded ..."):
    a verb that has its object says nothing more, bar verbs that tell someone something."""
    finite = head.tag_ in _FINITE or any(child.dep_ == "aux" for child in head.children)
    return (
        finite
        and not head.lower_.startswith(_TELLING)
        and any(child.dep_ == "dobj" and head.i < child.i < verb.i for child in head.children)
    )


_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def _subject(verb: Any) -> Any | None:
    """The verb's subject, if the parser gave it one."""
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _earlier_complement(head: Any, verb: Any) -> Any | None:
    """The clause the parser hangs on ``head`` as what it reports before ``verb``, with no
    conjunction or comma between them: a verb reports one thing, so ``verb`` is a new sentence
    ("says tens of thousands may have been killed in Tuesday's earthquake | Efforts are
    intensifying ...")."""
    for child in head.children:
        if child.dep_ != "ccomp" or child.i >= verb.i or _linked(child, verb):
            continue
        if child.i > head.i or _attributes(head, child):
            return child
    return None


# Verbs that report what someone said or found, by the start of their forms.
_REPORTING = (
    "say", "said", "report", "tell", "told", "add", "announc", "claim", "insist", "warn",
    "stat", "note", "explain", "argu", "conclud", "confirm", "suggest", "writ", "wrote",
)  # fmt: skip


def _attributes(head: Any, told: Any) -> bool:
    """Whether ``head`` is a reporting verb after what it reports, with its subject, after a
    comma ("... when a reporter contacted her, the news agency says")."""
    doc = head.doc
    return (
        head.lower_.startswith(_REPORTING)
        and any(
            doc[i].text == "," and doc[i].head.i == head.i for i in range(told.right_edge.i, head.i)
        )
        and any(c.dep_ in _SUBJECTS and told.i < c.i < head.i for c in head.children)
    )


def _lead_after_caption(sentence: Any, verb: Any) -> Any | None:
    """Where a clause the parser hangs before ``verb`` as what it reports runs straight into the
    subject of ``verb``, with no comma or quotation mark between ("Jackson's brothers were among
    the mourners at the public funeral service | Michael Jackson fans will have limited access
    ..."): a caption run into the lead, cut where the lead's subject starts."""
    if verb.pos_ not in _CLAUSE_HEADS or not _finite(verb):
        return None
    subject = _subject(verb)
    if subject is None or subject.pos_ == "PRON":
        return None
    for child in verb.children:
        if (
            child.dep_ == "ccomp"
            and child.i < subject.i
            and child.right_edge.i + 1 == subject.left_edge.i
            and not any(t.is_punct for t in sentence.doc[child.i : subject.left_edge.i])
        ):
            # At the subject's first word: "White House spokesman | Robert Gibbs" is one name.
            return _glued_at(sentence, verb, subject.left_edge.i)
    return None


# Nouns a clause without "that" may follow as their content or their when, where, how or why
# ("the fact Obama won the race", "the day Jackson's doctor gave him the drug"), and verbs that
# take two objects, one of which a clause on a noun may leave out ("the drug his doctor gave the
# singer"): such a clause is no glued sentence.
_CONTENT_NOUNS = frozenset(
    [
        "fact", "news", "claim", "claims", "idea", "belief", "hope", "hopes", "fear", "fears",
        "concern", "concerns", "sign", "signs", "evidence", "suggestion", "proof", "assumption",
        "possibility", "chance", "likelihood", "risk", "danger", "notion", "view", "feeling",
        "sense", "impression", "rumour", "rumours", "rumor", "rumors", "report", "reports",
        "allegation", "allegations", "assurance", "assurances", "warning", "warnings", "promise",
        "pledge", "message", "word", "statement", "argument", "conclusion", "decision",
        "announcement", "confirmation", "indication", "expectation", "day", "days", "time",
        "times", "moment", "week", "weeks", "month", "months", "year", "years", "night", "morning",
        "evening", "afternoon", "era", "period", "point", "stage", "way", "ways", "reason",
        "reasons", "place", "extent", "degree", "minute", "hour", "hours", "date", "season",
    ]
)  # fmt: skip
_TWO_OBJECTS = _TELLING + (
    "send", "sent", "sell", "sold", "hand", "offer", "pay", "paid", "lend", "lent", "owe",
    "bring", "brought", "buy", "bought", "cost", "charg", "award", "grant", "allow", "deni",
    "deny", "leav", "left", "won", "win", "earn", "sav", "call", "nam", "elect", "made", "make",
)  # fmt: skip


def _lead_on_noun(sentence: Any, verb: Any) -> Any | None:
    """Where the parser hangs a whole clause on the noun before it as if it said which one,
    though the clause lacks nothing ("... has denied he caused Michael Jackson's death | Los
    Angeles prosecutors will file a criminal case ...", "have reported 8453 cases of the disease
    | India and Turkey have recorded their first cases"): a clause with its own subject and
    object, no word that relates it and nothing left out, is a lead run into a caption or a
    fact box, cut where its subject starts. Not where a quotation mark comes before the verb
    ("the things Michael "never got the chance to say"") or a name follows "the" and a noun as
    its name ("the capital Nairobi suffered ...")."""
    if verb.dep_ not in ("acl", "relcl") or verb.pos_ not in _CLAUSE_HEADS or not _finite(verb):
        return None
    noun, subject = verb.head, _subject(verb)
    if (
        subject is None
        or subject.pos_ == "PRON"
        or noun.i >= subject.left_edge.i
        or noun.lower_ in _CONTENT_NOUNS
        or verb.lower_.startswith(_TWO_OBJECTS)
        or not (
            any(c.dep_ == "dobj" and c.pos_ != "PRON" and c.i > verb.i for c in verb.children)
            or _common_word_in_capitals(subject.left_edge)
        )
        or any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.dep_ == "mark" for c in verb.children)
        or any(c.dep_ == "prep" and not list(c.children) for c in verb.children)
        or any(t.is_punct and t.text != "-" for t in sentence.doc[noun.i : verb.i])
    ):
        return None
    start = subject.left_edge.i
    if (
        start == noun.i + 1
        and subject.pos_ == "PROPN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    ):
        return None  # "in Kenya and the capital Nairobi suffered two grenade attacks"
    return _glued_at(sentence, verb, start)


def _subject_taken(sentence: Any, verb: Any) -> Any | None:
    """Where a finite clause reported by the verb before it has no subject, because the parser
    gave the noun phrase right before it to the clause before as its object ("he must not
    administer anesthetic | Michael Jackson's former doctor has denied a charge ..."): a lead
    run into a caption, cut at the first word of that noun phrase that may open a sentence."""
    if (
        verb.dep_ not in ("ccomp", "conj")
        or verb.pos_ not in _CLAUSE_HEADS
        or not _finite(verb)
        or any(c.dep_ in (*_SUBJECTS, "expl", "csubj") for c in verb.children)
        or verb.head.i >= verb.i
        or _linked(verb.head, verb)
    ):
        return None
    doc = sentence.doc
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")])
    taken = doc[first - 1]
    if taken.pos_ not in ("NOUN", "PROPN") or taken.dep_ not in ("dobj", "pobj"):
        return None
    # The clause before keeps a word of its object: "she said the dose Dr Murray said he had
    # given | Jackson was correct" is a clause on "dose" whose object is left out, not a seam.
    cut = _cut_between(sentence, max(taken.left_edge.i, verb.head.i + 1), taken.i)
    if (
        cut is None
        and taken.tag_ in ("NNS", "NNPS")
        and taken.is_title
        and taken.ent_iob_ == "O"
        and doc[taken.i - 1].ent_iob_ in ("B", "I")
        and _room(sentence, taken.i)
    ):
        return taken  # "Survivors pulled from UN headquarters in Haiti | Rescuers have begun"
    return cut


_ROLE_NOUN = re.compile(ROLE_NOUNS)


def _noun_before_possessor(sentence: Any, word: Any) -> Any | None:
    """Where the parser makes a noun that has its own possessor part of a name after it that
    is itself a possessor, in the subject of a clause ("he caused Michael Jackson's death |
    Michael Jackson's former doctor ... has returned to work"): a noun phrase that has its
    possessor is whole and modifies no name after it, so the name opens a lead run into a
    headline. A post is no such noun ("BP's chief executive Tony Hayward's yacht"), nor one
    before the name that heads the subject ("the group's leader Abu Bakr al-Baghdadi said")."""
    if word.dep_ != "compound" or word.pos_ != "NOUN" or word.head.i <= word.i:
        return None
    owner = next((c for c in word.children if c.dep_ == "poss" and c.i < word.i), None)
    if owner is None or _ROLE_NOUN.fullmatch(word.lower_):
        return None  # "Syria's president Bashar al-Assad's forces": a post
    noun, possessor = word.head, False
    while noun.dep_ in ("compound", "poss") and noun.head.i > noun.i:
        possessor = possessor or noun.dep_ == "poss"
        noun = noun.head
    if (
        not possessor  # "BP's chief executive Tony Hayward said": a post before the name
        or noun.dep_ not in _SUBJECTS
        or noun.head.i <= noun.i
        or not _finite(noun.head)
    ):
        return None
    # The headline's noun phrase ends before the first capitalised word after its possessor
    # ("since the singer's death | Pop star Michael Jackson's father has filed ...").
    for i in range(owner.right_edge.i + 1, word.i + 2):
        if _opens_glued(sentence, noun, i, True):
            return sentence.doc[i]
    return None


def _reports_before_and_after(sentence: Any, verb: Any) -> Any | None:
    """Where a reporting verb has what it reports both before it, with no comma between, and
    after it ("Jackson death was 'not suspicious' | Medical experts say the death of Michael
    Jackson was not suspicious"): a verb reports one thing, so the clause before is a headline
    run into the lead, which opens at the verb's subject."""
    if not verb.lower_.startswith(_REPORTING):
        return None
    subject = _subject(verb)
    if subject is None or subject.pos_ == "PRON":
        return None
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < subject.i]
    if not before or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    doc = sentence.doc
    if any(doc[i].text in (",", ";", ":") for i in range(before[0].right_edge.i, subject.i)):
        return None  # "The death was not suspicious, medical experts say ..."
    # The subject opens at its first capitalised word after what is reported (the parser may
    # take the headline's last words into it: "'not suspicious' | Medical experts"), after a
    # word or a full stop, not a comma ("'... the escalating crisis,' Geithner said").
    for i in range(max(before[0].right_edge.i + 1, subject.left_edge.i), subject.i + 1):
        start, ends = doc[i], doc[i - 1]
        if (start.is_title or start.is_upper) and not (ends.is_title or ends.is_upper):
            while ends.text in _CLOSING_QUOTES and ends.i > before[0].i:
                ends = doc[ends.i - 1]
            if (
                ends.pos_ in _CANNOT_END
                or (ends.is_punct and ends.text not in ".!?")
                or (ends.dep_ == "compound" and ends.head.i >= i)  # "co-ordinator John Holmes"
            ):
                return None
            return start if _room(sentence, i) else None
    return None


# Titles that open a person's name ("Dr Murray"), which no name has inside it, and the kinds
# of name a lead's subject opens with ("BBC Two" is one name to the reader, two to the model).
_NAME_OPENERS = frozenset({*TITLE_GENDER, *NAME_TITLES})
_NAMED = frozenset({"PERSON", "NORP", "GPE", "ORG", "LOC", "FAC"})


def _object_in_subject(sentence: Any, verb: Any) -> Any | None:
    """Where a verb that reports nothing has, right after it, a clause whose subject begins with
    the verb's own object ("Doctor 'did not inject' Jackson | Dr Murray is doing everything
    ...", "to help Haiti | Roger Federer was delighted ..."): the subject holds two names one
    after the other, and the second, where a new name or a title opens it, starts the lead run
    into the headline."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i >= verb.i:
        return None
    subject = _subject(verb)
    if (
        subject is None
        or subject.pos_ == "PRON"
        or not _finite(verb)
        or head.lower_.startswith(_REPORTING + _TELLING)
        or any(c.dep_ in ("dobj", "attr", "acomp", "prep") for c in head.children)
        or any(not t.is_punct for t in sentence.doc[head.i + 1 : subject.left_edge.i])
    ):
        return None
    doc = sentence.doc
    for i in range(subject.left_edge.i + 1, subject.i + 1):
        token, before = doc[i], doc[i - 1]
        # The word before ends a name the model found ("President | Obama", "BP CEO | Tony
        # Hayward" are a post and its holder; "Dr | Murray" one name).
        if (
            not token.is_title
            or not (before.is_title or before.is_upper)  # "Harper's | Conservative Party"
            or before.ent_type_ not in _NAMED  # "the second | Briton", "saw three | Iraqi"
            or before.lower_.rstrip(".") in _NAME_OPENERS
        ):
            continue
        if token.lower_.rstrip(".") in _NAME_OPENERS or (
            token.ent_iob_ == "B" and token.ent_type_ in _NAMED
        ):
            return token if _room(sentence, i) else None
    return None


# Verbs that may take a clause without "that" ("believes the talks will fail", "saw the
# building was burning"), by the start of their forms, beside those that report or tell.
_THINKING = (
    "think", "thought", "believ", "know", "knew", "hope", "expect", "fear", "feel", "felt",
    "find", "found", "learn", "hear", "heard", "see", "saw", "seen", "mean", "meant", "realis",
    "realiz", "understand", "understood", "agree", "decid", "predict", "estimat", "assum",
    "guess", "wish", "worr", "doubt", "deni", "deny", "admit", "indicat", "reveal", "ensur",
    "prov", "suspect", "recogn", "acknowledg", "accept", "imagin", "suppos", "reckon", "sens",
    "notic", "remember", "forg", "figur", "demand", "recommend", "propos", "requir", "insist",
    "pray", "bet", "swear", "swore", "sworn", "stress", "emphas", "hint", "hold", "held",
    "contend", "maintain", "conced", "complain", "boast", "joke", "recall", "point", "signal",
    "specul", "testif", "alleg", "declar", "promis", "vow", "pledg", "threaten", "guarantee",
    "forecast", "calculat", "judg", "rul",
)  # fmt: skip
_TAKES_A_CLAUSE = _REPORTING + _TELLING + _THINKING


def _clause_on_plain_verb(sentence: Any, head: Any, verb: Any) -> Any | None:
    """Where the parser hangs a finite clause with a subject of its own on a verb that takes no
    clause ("Aid workers have reached Port-au-Prince | British aid workers have begun arriving
    ..."): a caption run into the lead, cut at the first word of the subject that starts a name
    or may open a sentence."""
    if (
        head.lower_.startswith(_TAKES_A_CLAUSE)
        # "This is the drug Jackson's doctor gave the singer", "there is no doubt Tamiflu will
        # help"
        or head.pos_ == "AUX"
        or head.lower_ in ("is", "was", "are", "were", "be", "been", "being", "'s")
        # A tense of its own or an auxiliary: a bare infinitive looks like a present ("helped
        # Prime Minister Stephen Harper's Conservative Party gain seats").
        or not (
            verb.tag_ in ("VBD", "VBZ")
            or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in (*_FINITE, "MD") for c in verb.children
            )
        )
        or any(c.dep_ == "mark" for c in verb.children)
        # A clause with a word left out: "the policy Bush has done for", "how long Egypt
        # would remain", "what the researcher calls the Triple Bind".
        or any(c.dep_ == "prep" and not list(c.children) for c in verb.children)
        or any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sentence.doc[head.i : verb.i])
    ):
        return None
    subject = _subject(verb)
    if subject is None or subject.pos_ == "PRON" or subject.left_edge.i <= head.i:
        return None
    doc = sentence.doc
    # Without an object of its own, the clause may be one on the noun before it, which is the
    # object it leaves out ("follows the same policy | Bush and the Republican Party have done").
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    for i in range(subject.left_edge.i, subject.i + 1):
        token, before = doc[i], doc[i - 1]
        if before.pos_ == "NOUN" and not has_object:
            continue
        if _opens_glued(sentence, head, i, True):
            return token
        if (
            token.ent_iob_ == "B"
            and before.ent_iob_ == "O"
            and before.is_title
            and before.pos_ != "PROPN"
            and _room(sentence, i)
        ):
            return token  # "Port-au-Prince | British aid workers", the place read as no name
    return None


def _common_word_in_capitals(token: Any) -> bool:
    """Whether a word that names nothing is capitalised after a noun in small letters ("found
    in pigs | Human cases usually occur ..."): only a sentence's first word is."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        before is not None
        and token.is_title
        and token.pos_ in ("ADJ", "NOUN")
        and token.ent_iob_ == "O"
        and before.pos_ == "NOUN"
        and before.is_lower
    )


def _clause_start(sentence: Any, head: Any, after: int, verb: Any, glued: bool) -> Any | None:
    """Where the clause of ``verb``, reported by ``head``, starts as a new sentence after token
    ``after``: at the first capitalised word of its subject that follows a word that can end a
    sentence ("in 48 hours | Talent show mogul Simon Cowell has confirmed ...", "in very poor
    health | Pop star Michael Jackson had ..."). A pronoun subject keeps the sentence whole ("in
    the two days I've been here"); where the parser lost the subject, a clause ``glued`` after
    another is cut at the first word that may open it."""
    if not _finite(verb):
        return None  # "quoted the former vice-president Taha Yasin Ramadan saying ..."
    subject = _subject(verb)
    if subject is not None:
        if subject.pos_ == "PRON":
            return None
        span = range(max(subject.left_edge.i, after + 1), subject.i + 1)
    elif glued:
        span = range(after + 1, verb.i)
    else:
        return None
    for i in span:
        if _opens_glued(sentence, head, i, subject is not None):
            return sentence.doc[i]
    return None


def _glued_at(sentence: Any, verb: Any, start: int) -> Any | None:
    """The first word of ``verb``'s subject, token ``start``, if a glued sentence may open there."""
    return sentence.doc[start] if _opens_glued(sentence, verb, start, True) else None


def _opens_glued(sentence: Any, head: Any, i: int, subject: bool) -> bool:
    """Whether token i, in a clause glued to the one before, can open a sentence."""
    doc = sentence.doc
    token, before = doc[i], doc[i - 1]
    if token.text not in _ARTICLES and not (
        token.is_title and not (before.is_title or before.is_upper)
    ):
        return False
    if (
        before.is_punct
        or before.pos_ in _CANNOT_END
        or _modifies(before)
        or before.dep_ in ("acomp", "oprd")  # "said it was more likely | Jackson's doctor gave"
        or (before.pos_ in _CLAUSE_HEADS and before.tag_ not in _FINITE)  # "had given | Jackson"
        or (token.ent_iob_ == "I" and token.ent_type_ in ("DATE", "TIME"))  # "13 | January 2005"
        or before.text in NAME_PARTICLES  # no sentence ends on one: "Jean Charles de | Menezes"
    ):
        return False
    # A name right after the reporting verb, or where the parser lost the subject, may be what
    # is reported ("predicts China will overtake", "told Le Parisien there were").
    after_verb = before.i == head.i or not subject
    if after_verb and (token.ent_iob_ == "B" or head.lower_.startswith(_TELLING)):
        return False
    return _room(sentence, i)


_CLOSING_QUOTES = frozenset(['"', "\u201d", "'", "\u2019"])


def _ends_quotation(doc: Any, i: int) -> bool:
    """Whether token i follows a quotation closed after a full stop ('... influenza A."')."""
    return (
        i >= 2 and doc[i - 1].text in _CLOSING_QUOTES and doc[i - 2].text.endswith((".", "!", "?"))
    )


def _modifies(word: Any) -> bool:
    """Whether a word is an adjective or a number in a noun phrase that goes on after it ("the
    paramilitary Rapid Support Forces", "a controversial Overture", "in all 50 U.S. states"),
    which no sentence ends on."""
    if word.pos_ == "NUM":
        return word.dep_ == "nummod" and word.head.i > word.i
    if word.pos_ != "ADJ":
        return False
    if word.dep_ == "amod" and word.head.i > word.i:
        return True
    return word.i > 0 and word.doc[word.i - 1].pos_ == "DET"


def _common_capital(before: Any, token: Any) -> bool:
    """Whether a number is followed by a capitalised common noun that names nothing ("died in
    June 2009 aged 50 | Executors of the estate said ..."): no noun phrase capitalises a common
    noun after its number ("all 50 U.S. states" goes on with a name), so the noun opens a new
    sentence."""
    return (
        before.pos_ == "NUM"
        and token.pos_ == "NOUN"
        and token.tag_ in ("NN", "NNS")
        and token.is_title
        and token.ent_iob_ == "O"
    )


def _cut_between(sentence: Any, first: int, last: int) -> Any | None:
    """The last token in (first, last] that can start a sentence after a word that can end one,
    leaving at least MIN_WORDS words on each side."""
    doc = sentence.doc
    for i in range(last, first, -1):
        token, before = doc[i], doc[i - 1]
        if _ends_quotation(doc, i):
            # '... in the ecosystem of influenza A." The new virus ...': the full stop inside
            # the quotation ends the sentence ("A." read as an initial hid it from the parser).
            if token.is_title and _room(sentence, i):
                return token
            continue
        if before.is_punct or before.pos_ in _CANNOT_END:
            continue
        # A capitalised article starts a sentence; other capitalised words start one only at
        # the head of a run of them ("... in prison | Michael Jackson's doctor ...").
        if token.text not in _ARTICLES and not (
            token.is_title and not (before.is_title or before.is_upper)
        ):
            continue
        if token.text not in _ARTICLES and _modifies(before) and not _common_capital(before, token):
            continue  # "the paramilitary | Rapid Support Forces", not "tested positive | The"
        if _room(sentence, i):
            return token
    return None
