"""The predicate layer: each verb with who acts, on whom, and whether it is denied or only
possible, read from the dependency parse (spaCy's English labels, ClearNLP style).

"Syria says it will not accept more refugees" gives two predicates: "says" (subject "Syria")
and "accept" (subject "it", object "more refugees", negated, modality "will"), governed by
"says" through "ccomp". Coding what kind of event a predicate is happens later (merge/plover.py),
so the layer stays a plain reading of the sentence.
"""

from __future__ import annotations

from typing import Any

from storyline.annotate import backend
from storyline.records import Argument, Predicate

_SUBJECT = frozenset({"nsubj", "csubj", "expl"})
_PASSIVE_SUBJECT = frozenset({"nsubjpass", "csubjpass"})
_OBJECT = frozenset({"dobj", "obj"})
# Links by which one verb completes another ("threatened to ban", "said it would").
_GOVERNED = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "relcl", "acl", "parataxis"})
_SUBORDINATE = frozenset(
    {"relcl", "acl", "advcl", "pcomp", "prep", "pobj", "dobj", "nsubj", "nsubjpass", "appos",
     "amod", "npadvmod", "attr", "agent", "dative"}
)  # fmt: skip
_MODIFIER = frozenset({"amod", "compound", "nmod", "npadvmod"})
# Adjectives that make the verb after them a stated intention ("is willing to withdraw").
_WILLING = frozenset(
    {"willing", "ready", "prepared", "determined", "eager", "keen", "able", "due", "likely"}
)
_NEGATION = frozenset({"not", "n't", "never", "no"})
# Right-hand parts of a participant's phrase that belong to its name ("supporters of X",
# "the government of Sindh province", "negotiators from Kestria"); relative clauses,
# appositions and the like do not.
_OWN_RIGHT = frozenset({"compound", "flat", "nummod", "amod", "case", "poss"})
_MAX_ARGUMENT_TOKENS = 14


def find_predicates(text: str, parsed: Any) -> list[Predicate]:
    """The verb predicates of a parsed text, in document order (not verbs used as modifiers:
    "alleged crimes", "the occupied West Bank")."""
    verbs = [t for t in parsed if t.pos_ == "VERB" and t.dep_ not in _MODIFIER]
    index = {t.i: n for n, t in enumerate(verbs)}
    found = []
    for token in verbs:
        governor, relation = _governor(token, index)
        if relation == "advcl" and (mark := _time_mark(token)):
            relation = f"advcl:{mark}"  # "... after it suspended it": a clause of another time
        arguments, passive = _arguments(text, token)
        found.append(
            Predicate(
                start=token.idx,
                end=token.idx + len(token),
                text=token.text,
                lemma=_lemma(token),
                arguments=tuple(arguments),
                negated=any(c.dep_ == "neg" or c.lower_ in _NEGATION for c in token.children),
                modality=_modality(token),
                passive=passive,
                governor=governor,
                relation=relation,
            )
        )
    return found


# Conjunctions that set a clause at another time than the one it hangs on.
_TIME_MARKS = frozenset({"after", "before", "since", "until", "till"})


def _time_mark(token: Any) -> str | None:
    marks = (c.lower_ for c in token.children if c.dep_ == "mark")
    return next((mark for mark in marks if mark in _TIME_MARKS), None)


def _lemma(token: Any) -> str:
    """The verb's lemma with its particle ("blew up" -> "blow up"; "walked out of" -> "walk
    out", where the parser reads "out" as a preposition, or as an adverb)."""
    lemma = (backend.lemma(token) or token.text).lower()
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    if particle is None:
        particle = next(
            (
                c.lower_
                for c in token.children
                if c.dep_ == "prep"
                and c.lower_ in ("out", "off")
                and c.i + 1 < len(c.doc)
                and c.doc[c.i + 1].lower_ == "of"
            ),
            None,
        )
    if particle is None:
        # "had walked out on Wednesday": a particle right after the verb, read as an adverb
        particle = next(
            (
                c.lower_
                for c in token.children
                if c.dep_ == "advmod" and c.i == token.i + 1 and c.lower_ in _PARTICLES
            ),
            None,
        )
    return f"{lemma} {particle}" if particle else lemma


_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away", "over"})


def _governor(token: Any, index: dict[int, int]) -> tuple[int | None, str | None]:
    """The nearest verb above this one in the parse, and how it hangs from it: the verb's own
    link ("xcomp" in "threatened to ban", also through an auxiliary or adjective: "said her
    union is due to meet"), or "nested" when the way up passes through a phrase or relative
    clause ("suspected of blowing up": "blowing" under "suspected" through "of")."""
    head, relation = token.head, token.dep_
    steps = 0
    while head.i != token.i and steps < 40:
        if head.i in index:
            return index[head.i], relation
        if head.head.i == head.i:
            return None, None
        if head.dep_ in _SUBORDINATE:
            relation = "nested"
        head = head.head
        steps += 1
    return None, None


def _modality(token: Any) -> str | None:
    """The modal or future auxiliary of the verb ("will", "would", "may"), or "going to"."""
    for child in token.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            return "will" if child.lower_ in ("'ll", "wo", "shall") else child.lower_
    if token.dep_ == "xcomp" and token.head.lower_ == "going":
        return "going to"
    if token.dep_ == "xcomp" and token.head.lower_ in _WILLING:
        return token.head.lower_
    return None


def _arguments(text: str, verb: Any) -> tuple[list[Argument], bool]:
    """The verb's participants; whether it is passive."""
    passive = any(c.dep_ in _PASSIVE_SUBJECT or c.dep_ == "auxpass" for c in verb.children)
    found: list[Argument] = []
    for child in verb.children:
        dep = child.dep_
        if dep in _SUBJECT:
            found.extend(_phrases(text, "subject", _antecedent(verb, child)))
        elif dep in _PASSIVE_SUBJECT:
            found.extend(_phrases(text, "object", _antecedent(verb, child)))
        elif dep in _OBJECT:
            found.extend(_phrases(text, "object", child))
            found.extend(_attached(text, child))
        elif dep == "dative":
            found.extend(_phrases(text, "to", _object_of(child) or child))
        elif dep == "agent":
            target = _object_of(child)
            if target is not None:
                found.extend(_phrases(text, "subject", target))
        elif dep == "prep":
            target = _object_of(child)
            if target is not None:
                found.extend(_phrases(text, child.lower_, target))
                found.extend(_attached(text, target))
    if not any(a.role == "subject" for a in found) and not passive:
        state = _stated_subject(verb)
        if state is not None:
            found[:0] = _phrases(text, "subject", _antecedent(state.head, state))
    return found, passive


def _stated_subject(verb: Any) -> Any:
    """The subject of "is due to", "is ready to", "is likely to" for the verb after it ("The
    ceasefire is due to take effect": the ceasefire takes effect)."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    return next((c for c in adjective.head.children if c.dep_ in _SUBJECT), None)


def _antecedent(verb: Any, subject: Any) -> Any:
    """What a relative pronoun stands for, as the subject of its clause: "a truce that took
    effect on May 22" (the truce took effect), "the rebels, who attacked the town"."""
    noun = verb.head
    if (
        subject.tag_ in ("WDT", "WP")
        and verb.dep_ == "relcl"
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.i < subject.i
    ):
        return noun
    return subject


def _attached(text: str, noun: Any) -> list[Argument]:
    """Phrases a participant's noun carries, as participants of the verb: "granted asylum to
    five officers", "imposed sanctions on the Taliban", "conceded to demands from UNITA"."""
    found = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ != "of":
            target = _object_of(prep)
            if target is not None:
                found.extend(_phrases(text, prep.lower_, target))
    return found


def _object_of(preposition: Any) -> Any:
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _phrases(text: str, role: str, head: Any) -> list[Argument]:
    """The participant headed by ``head`` and those coordinated with it ("Libya and Egypt")."""
    heads = [head]
    # Coordinated members are whole words ("Libya and Egypt"), not pieces of a hyphenated
    # name the parser split ("al-Thani").
    heads.extend(t for t in head.conjuncts if t.i > head.i and t.is_alpha and len(t) > 1)
    found = []
    for member in heads:
        left, right = _extent(member)
        start, end = left.idx, right.idx + len(right)
        if end > start:
            lemma = (backend.lemma(member) or member.text).lower()
            phrase = member.doc[left.i : right.i + 1]
            found.append(Argument(role, start, end, text[start:end], lemma, _label(member, phrase)))
    return found


def _label(head: Any, phrase: Any) -> str | None:
    """The entity label of a phrase: its head's, else the first named word's in it."""
    if head.ent_type_:
        return str(head.ent_type_)
    return next((str(t.ent_type_) for t in phrase if t.ent_type_), None)


def _extent(head: Any) -> tuple[Any, Any]:
    """The first and last token of the head's phrase: its left modifiers and the right-hand
    parts that belong to its name ("of"-phrases included), without coordinated members or
    clauses."""
    left = head
    for child in head.lefts:
        if child.dep_ in ("punct", "cc", "preconj"):
            continue
        left = child.left_edge
        break
    right = head
    for child in head.rights:
        if child.dep_ in _OWN_RIGHT or (child.dep_ == "prep" and child.lower_ in ("of", "from")):
            right = child.right_edge
        else:
            break
    doc = head.doc
    for token in doc[head.i + 1 : right.i + 1]:
        # "scores of refugees, whom authorities blame ...": the phrase ends before a clause.
        if token.text in (",", ";", ":", "(") or token.dep_ in ("relcl", "acl", "appos"):
            right = doc[max(head.i, token.i - 1)]
            break
    if right.i - left.i + 1 > _MAX_ARGUMENT_TOKENS:
        right = head
        if head.i - left.i + 1 > _MAX_ARGUMENT_TOKENS:
            left = head
    while right.i > left.i and right.is_punct:
        right = right.doc[right.i - 1]
    return left, right
