"""Mentions across documents -> entities.

Blocking keys decide what may merge, so nothing compares every mention with every other:
- people: a transliteration skeleton of the full name ("Gaddafi" = "Qaddafi" = "Kadhafi",
  "Abdel" = "Abdul"), in which a surname keeps the kinds of its vowels ("Landry" is not
  "Landrieu", "Kerry" not "Curry"; a vowel left out is a slip: "Cordova", "Crdova"); a surname
  alone joins the one full name in the story that ends in it (preferring one named in the same
  article); a name alone that the story gives to several people ("Jackson", "Michael") is,
  article by article, the one the article names most;
- organisations and places: the letters of an acronym ("UN", "U.N.") join the one full name
  whose initials they are ("United Nations"), or the name an article defines it for
  ("Singapore Airlines (SIA)"); a company's legal form is not part of its key ("Apple Inc.");
  a short name joins the longer one the articles pair it with alone ("Apple Computer");
  a country's institution goes by the country's code ("U.S. Air Force", "United States Air
  Force"), and without the country ("the Air Force") joins it the same way;
- countries: any name ISO 3166 gives them ("Russia", "Russian Federation" are one);
- products: a maker and a model number ("Airbus A380") go by the model, and a name after the
  model number ("787 Dreamliner") names the product alone too ("the Dreamliner");
- a name the model tags with a wrong label here and there ("iTunes" as a nationality) joins
  the organisation or product of that name;
- a capital used for its government ("Washington") stays its own entity, linked to the country;
  where a sentence has it act, the event names the country (``merge/events.py``) and the
  capital says so (``Entity.acts_for``, ``acting``).

Each mention then knows its entity (``EntityIndex.by_mention``), and the names the model missed
are found again by the names only one entity goes by (``with_name_repeats``).
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache

from storyline.annotate.roles import (
    NAME_PARTICLES,
    NAME_TITLES,
    ROLE_NOUNS,
    ROYAL_TITLES,
    TITLE_GENDER,
    roles_near,
)
from storyline.calendar import TIME_ZONE_RE
from storyline.merge.world import (
    capital_of,
    country_code,
    demonym_codes,
    demonym_forms,
    demonym_of,
    fold,
)
from storyline.records import Document, Mention
from storyline.records.story import Entity, Role

LABEL_GROUPS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
                "NORP": "GROUP", "PRODUCT": "PRODUCT"}  # fmt: skip
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "prof",
               "rev", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "admiral", "cmdr", "sen",
               "senator", "rep", "gov", "governor", "sec", "secretary", "president", "king",
               "queen", "prince", "princess", "pope", "judge", "justice", "ceo", "coo", "cfo",
               "chairman", "chairwoman", "chair", "representative", "congressman",
               "congresswoman", "professor", "ambassador"}  # fmt: skip
# A designation of letters and figures run together ("H1N1", "B52"), which no person's name is.
_DESIGNATION = re.compile(r"[A-Z]+\d[A-Za-z0-9]*")
# Military ranks written in full before a name ("Major Paul Hackett", "Sergeant Hasan Akbar");
# alone, the word may be a surname ("John Sergeant", "John Major").
_RANKS = {"general", "colonel", "major", "captain", "lieutenant", "sergeant", "corporal",
          "private", "brigadier", "commander"}  # fmt: skip
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "al", "el", "y",
                "&"}  # fmt: skip
# Words that only say what legal form a company has ("Apple Inc.", "Aer Lingus Group PLC").
_DESIGNATOR = re.compile(
    r"(?:[\s,]+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|plc|Plc|PLC"
    r"|AG|SA|S\.A|NV|N\.V|GmbH|SE|Group|Holdings?)\.?)+$"
)
# An acronym defined beside a name: "Singapore Airlines (SIA)", or the model's span "... (SIA".
_DEFINITION = re.compile(r"\s*\(([A-Z]{2,6})\)?\s*$")
_PARENTHESIS = re.compile(r"\s*\(([A-Z]{2,6})\)")
_MODEL_FIRST = re.compile(r"[A-Za-z]{0,2}\d[\w-]*\s+[A-Z]")
_TRANSLIT = (("dh", "d"), ("th", "t"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("ck", "k"),
             ("ou", "u"), ("q", "k"), ("g", "k"), ("c", "k"), ("w", "v"), ("z", "s"),
             ("y", "i"), ("j", "i"))  # fmt: skip


_DOUBLED = re.compile(r"(.)\1+")


def _letters(text: str) -> str:
    """A name's lower-case letters as written, a doubled letter written once."""
    return _DOUBLED.sub(r"\1", re.sub(r"[^a-z]", "", fold(text)))


@lru_cache(maxsize=1 << 16)
def _spelt(word: str) -> str:
    """A name word in lower-case letters, with the spellings transliteration varies made one."""
    text = re.sub(r"[^a-z]", "", fold(word))
    for old, new in _TRANSLIT:
        text = text.replace(old, new)
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A spelling-insensitive key for a name word: first letter, then its consonants."""
    text = _spelt(word)
    return text[:1] + re.sub(r"[aeiou]", "", text[1:])


# The kinds of vowel sound a transliteration keeps apart: "Mohammed", "Muhammad"; "Bakhit",
# "Bakheet"; "Suleiman", "Sulayman" are one name, "Landry" and "Landrieu" two.
_VOWEL_KIND = str.maketrans("eiu", "aao")


@lru_cache(maxsize=1 << 16)
def surname_key(word: str) -> str:
    """The key of a surname: its spelling with the kind of each vowel sound kept and not the
    vowel ("Landry" is not "Landrieu", "Kerry" not "Curry"; "Said" is "Saeed"). Given names
    keep the looser skeleton, which they need more and share less ("Abdel" and "Abdul",
    "Muammar" and "Moammar"); a surname with a vowel left out is joined after blocking
    (``_join_vowel_slips``)."""
    text = _spelt(word)
    if not text:
        return ""
    return text[0] + re.sub(r"(.)\1+", r"\1", text.translate(_VOWEL_KIND))[1:]


# A participle joined to a name, which then tells who led or backed something: "the U.N.-led
# negotiations", "Iran-backed militias", "a Damascus-based group".
_BY_PARTICIPLE = re.compile(
    r"[-\u2010\u2011](?:led|backed|brokered|sponsored|based|funded|supported|allied|aligned|"
    r"controlled|held|run|owned|made|born)$"
)


@lru_cache(maxsize=1 << 16)
def surface(text: str) -> str:
    """A name as written without spacing, a leading article, a possessive or a closing full
    stop (called for every mention: names repeat, so it is cached)."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[^\w\"\u201c]+", "", text)
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"(?:'s|\u2019s|')$", "", text).strip(" ,;:")
    # A dash, or a quotation mark that closes none, the model's span ends on is the text's
    # ('George Bush"', "George Galloway-" run into the next word).
    text = text.rstrip("-\u2013\u2014 ")
    if text[-1:] in ('"', "\u201d") and not re.search('["\u201c]', text[:-1]):
        text = text[:-1].rstrip()
    text = _BY_PARTICIPLE.sub("", text) or text  # "U.N.-led", "Turkish-backed"
    # A full stop ends a sentence after "Mr Smith." but belongs to "U.N.".
    return text[:-1] if text.endswith(".") and not re.search(r"\b[A-Z]\.$", text) else text


def acronym_of(text: str) -> str | None:
    """'U.N.' -> 'UN'; 'NATO' -> 'NATO'; a normal name -> None."""
    letters = text.replace(".", "").replace(" ", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters
    return None


def initials_of(text: str) -> str | None:
    words = [w for w in re.split(r"[\s-]+", text) if w]
    capital = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(capital) < 2 or not all(w[0].isupper() for w in capital):
        return None
    return "".join(w[0] for w in capital).upper()


@lru_cache(maxsize=1 << 16)
def person_words(text: str) -> tuple[str, ...]:
    """A person's name words without the titles before them ("Dr." "Sir")."""
    words = [w.strip(".,") for w in text.split()]
    while words and (
        words[0].lower().strip(".") in _HONORIFICS
        or (len(words) > 1 and words[0].lower() in _RANKS)
    ):
        words = words[1:]
    return tuple(w for w in words if w)


# Name particles (NAME_PARTICLES), which outlets write or leave out ("Bashar al-Assad", "Bashar
# Assad"; "Staffan de Mistura", "Mistura"), are not part of the key a name is matched by.
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|ar|an|at|az)[-\u2010\u2011'\u2019](?=\w)", re.I)


@lru_cache(maxsize=1 << 16)
def name_words(text: str) -> tuple[str, ...]:
    """A person's name words without title and particles: the words a key is made of."""
    words = tuple(_PARTICLE_PREFIX.sub("", w) for w in person_words(text))
    kept = tuple(w for w in words if w.lower() not in NAME_PARTICLES)
    return kept or words


@dataclass
class _Group:
    label: str
    key: str
    aliases: Counter[str] = field(default_factory=Counter)
    mentions: list[tuple[str, Mention]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class EntityIndex:
    entities: tuple[Entity, ...]
    # (document id, mention start) -> entity id
    by_mention: dict[tuple[str, int], str]
    # lower-cased alias or surname -> entity id, where only one entity has it
    by_name: dict[str, str] = field(default_factory=dict)
    # capital -> the country it is the capital of, for the countries the story names
    governments: dict[str, str] = field(default_factory=dict)
    # the entities that are places (countries, cities and regions, facilities)
    places: frozenset[str] = frozenset()
    # person -> the one country the person's roles name ("Armenian Prime Minister"): the side
    # the person speaks and acts for
    sides: dict[str, str] = field(default_factory=dict)
    countries: frozenset[str] = frozenset()

    def entity_at(self, document_id: str, start: int) -> str | None:
        return self.by_mention.get((document_id, start))

    def find(self, name: str) -> str | None:
        """The entity a bare name refers to ("Brandt" -> Annelie Brandt), if only one fits."""
        return self.by_name.get(surface(name).lower())


# The words a nationality and a company's name may stand between: what kind of company it is
# ("the American computer company Apple", "Russian oil giant Rosneft", "the French carmaker").
_COMPANY_DESCRIPTION = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}(?:company|firm|group|giant|maker|carmaker|automaker|planemaker|"
    r"airline|carrier|bank|lender|manufacturer|retailer|producer|network|broadcaster|newspaper|"
    r"publisher|chain|conglomerate|insurer|operator|subsidiary|startup|multinational|"
    r"corporation|developer|supplier|exporter|distributor|brand)\s+"
)


def _describes_a_company(doc: Document, n: int) -> bool:
    """Whether the document's ``n``-th mention, a nationality word, is said of the company
    named next ("the American computer company Apple")."""
    if n + 1 >= len(doc.mentions) or LABEL_GROUPS.get(doc.mentions[n + 1].label) != "ORG":
        return False
    between = doc.text[doc.mentions[n].end : doc.mentions[n + 1].start]
    return _COMPANY_DESCRIPTION.fullmatch(between) is not None


class _CountriesNamed:
    """The countries a story's mentions name, read once and only where a capital asks (most
    stories' mentions hold no capital the model misread)."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._documents = documents
        self._codes: set[str] | None = None

    def codes(self) -> set[str]:
        if self._codes is None:
            self._codes = {
                code
                for doc in self._documents
                for m in doc.mentions
                if (code := country_code(surface(m.text)))
            }
        return self._codes


def merge_entities(documents: Sequence[Document]) -> EntityIndex:
    groups: dict[tuple[str, str], _Group] = {}
    keys: dict[tuple[str, int], tuple[str, str]] = {}  # (document, mention start) -> group
    people = _words_of_people(documents)
    places, media, called_places, bodies = _names_by_context(documents, people)
    companies = _companies(documents)
    things = _things(documents)
    completed = _two_word_names(documents)
    named_countries = _CountriesNamed(documents)
    surnames = _surnames(documents)
    for doc in documents:
        whole = _split_names(doc)
        for n, mention in enumerate(doc.mentions):
            label = LABEL_GROUPS.get(mention.label)
            name = whole.get(mention.start) or surface(mention.text)
            if label is not None and " " not in name:
                # "the Deepwater Horizon" read as a place "Horizon": the word the model left
                # out and the name are a name the story uses whole.
                name, label = _whole_name(doc.text, mention.start, name, label, completed)
            if label == "GROUP" and (rest := _name_goes_on(doc, n)):
                label, name = "ORG", name + rest  # "the Islamic State group", read as "Islamic"
            elif label == "ORG" and _MODEL_FIRST.match(name):
                label = "PRODUCT"  # "787 Dreamliner"
            elif label in ("PERSON", "ORG") and name.lower() in places:
                label = "PLACE"  # "the besieged city of Taiz", "the Kalbajar district"
            elif label in ("PERSON", "PLACE") and name.lower() in bodies:
                label = "ORG"  # "the charity Oxfam", "the micro-blogging site Twitter"
            elif label == "ORG" and not name.isupper() and country_code(name):
                label = "PLACE"  # "Armenia and Azerbaijan agreed": a country, not its body
            elif (
                label == "PERSON"
                and not name.isupper()
                and country_code(name)
                and not _a_persons_name(doc, name)
            ):
                label = "PLACE"  # "Azerbaijan has said", read as a person: the country
            elif (
                label in ("PERSON", "ORG")
                and " " not in name
                and (capital := capital_of(name)) is not None
                and capital in named_countries.codes()
            ):
                label = "PLACE"  # "unacceptable to Kyiv": the capital of a country the story names
            elif (
                label == "PLACE"
                and name in surnames
                and name.lower() not in places
                and not (country_code(name) or capital_of(name) or demonym_of(name))
                and not _AT_A_PLACE.search(doc.text, max(0, mention.start - 12), mention.start)
            ):
                label = "PERSON"  # "between Araghchi and US special envoy Steve Witkoff"
            elif label in ("PLACE", "GROUP") and name.lower() in companies:
                label = "ORG"  # "Transocean", which the story also calls "Transocean Ltd"
            elif label == "PERSON" and name.lower() in things:
                label = things[name.lower()]  # "the Deepwater Horizon": a rig, a named thing
            elif label == "ORG" and (person := _person_after_post(doc.text, mention.start, name)):
                # "UN envoy Staffan de Mistura", "Special Envoy for Syria Staffan de Mistura":
                # a name after a post is the person holding it, without the post's country.
                label, name = "PERSON", person
            elif label == "PERSON" and " " not in name and demonym_of(name):
                label = "GROUP"  # "his Azerbaijani counterpart"
            elif label == "PERSON" and name.lower() in media:
                label = "ORG"  # "said on Twitter"
            elif label == "PERSON" and _DESIGNATION.fullmatch(name):
                label = "PRODUCT"  # "H1N1", "H5N1": a designation, no one's name
            elif label == "PERSON" and (governs := _GOVERNMENT_AFTER.match(doc.text, mention.end)):
                # "The Biden administration imposed sanctions": the administration acted, not
                # the man; it is an organisation of its own, named as the text names it.
                label, name = "ORG", f"{name} {governs.group(1).lower()}"
            if label == "PERSON":
                name = _from_inner_title(name)  # "All Lord Goldsmith": the model ran words in
            if label == "PERSON" and " " not in name:
                name = _with_title(doc.text, mention.start, name)
            if label in ("ORG", "PERSON") and _POST_AFTER.match(doc.text, mention.end):
                # "Kazakh Foreign" Minister: the Kazakh one; a person's name it is not.
                trimmed = _without_portfolio(name)
                if label == "PERSON" and trimmed != name and " " not in trimmed:
                    label = "GROUP"
                name = trimmed
            if label is None or len(name) < 2 or not any(c.isupper() for c in name):
                continue
            if label == "GROUP" and _describes_a_company(doc, n):
                continue  # "the American computer company Apple": Apple's country, no actor
            if (
                label == "ORG"
                and _PORTFOLIO_BEFORE.search(doc.text, max(0, mention.start - 30), mention.start)
            ) or (
                _TIME_ZONE.fullmatch(name)
                and _CLOCK_BEFORE.search(doc.text, max(0, mention.start - 12), mention.start)
            ):
                continue  # "Secretary of State", "(1945 GMT)": a post's or a clock's word
            key = _key(label, name)
            if not key:
                continue
            group = groups.get((label, key))
            if group is None:
                group = groups[label, key] = _Group(label, key)
            group.aliases[name] += 1
            group.mentions.append((doc.id, mention))
            keys[doc.id, mention.start] = (label, key)
    _join_known_as(groups, documents, keys)
    _join_vowel_slips(groups)
    _join_run_together(groups)
    _join_people_tagged_organisations(groups)
    _join_name_variants(groups)
    _join_surnames(groups)
    _join_given_names(groups)
    _join_in_their_articles(groups, {d.id: d.text for d in documents})
    _join_acronyms(groups, _defined_acronyms(documents))
    # A nationality word the model tags as an organisation ("in the Kazakh capital") is the
    # country before it can be read as the short name of an institution ("Kazakh Foreign
    # Ministry"); the other nationality words join their country last.
    _join_demonyms(groups, people, only_organisations=True)
    _join_short_names(groups)
    _join_place_heads(groups)
    _join_place_spellings(groups)
    _join_label_noise(groups, called_places)
    _join_nicknames(groups)
    _join_plurals(groups)
    _join_demonyms(groups, people)
    _organisations_by_their_members(groups, {d.id: d.text for d in documents})
    return _build(groups, documents)


# Words after a name that make it a body of people: "Jaish al-Islam leader Mohammed Alloush",
# "al-Shabaab fighters" (not "Assad forces" nor "Putin spokesman": a person has those too).
_MEMBERS_AFTER = re.compile(
    r"\s+(?:leader|leaders|fighters|militants|militia|militiamen|members|commander|commanders|"
    r"gunmen|insurgents|rebels)\b"
)


# A kind of body of people right before a name: "the rebel group Jaish al-Islam", "the
# militia Kataib Hezbollah".
_GROUP_BEFORE = re.compile(
    r"\b(?:group|militia|movement|faction|organi[sz]ation|network|brigade|coalition)\s+$"
)


def _organisations_by_their_members(
    groups: dict[tuple[str, str], _Group], texts: dict[str, str]
) -> None:
    """A name the model takes for a person's that the text gives leaders, fighters or members
    ("Jaysh al-Islam leader Mohammed Alloush") or calls a group ("the jihadist group Jabhat
    Fateh al-Sham") is an organisation's, all its mentions with it."""
    for (label, key), group in list(groups.items()):
        if label != "PERSON" or not any(
            _MEMBERS_AFTER.match(text := texts.get(doc_id, ""), mention.end)
            or _GROUP_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            for doc_id, mention in group.mentions
        ):
            continue
        if ("ORG", key) in groups:
            _absorb(groups, groups["ORG", key], (label, key))
        else:
            group.label = "ORG"
            groups["ORG", key] = groups.pop((label, key))


# A post's portfolio ("Secretary of State", "Minister of Defence") names no organisation (the
# Secretary of the Air Force's does, and the Prime Minister of Singapore's is a country); nor
# does a time zone after a clock time ("19:45 GMT", "9 a.m. EST").
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Secretary|Secretaries|Minister|Ministers)\s+of\s+$")
# Nor does the portfolio before a post ("Russian Defence Minister Sergei Shoigu", "Foreign
# Secretary"): the ministry, where named, is "the Defence Ministry".
_PORTFOLIOS = frozenset(
    {"defence", "defense", "foreign", "interior", "finance", "health", "justice", "economy",
     "energy", "trade", "education", "agriculture", "transport", "infrastructure",
     "environment", "labour", "labor", "culture", "information", "industry", "housing"}
)  # fmt: skip
_POST_AFTER = re.compile(r"\s+(?:Minister|Secretary)\b")

# Capitalised words that go on after a nationality word, up to a word in lower case or a stop,
# the last of them a word that names a body ("State", "Party", "Forces", "Embassy"; not
# "Government": "the British Government" is the country acting).
_BODIES = (
    "State|Army|Navy|Party|Front|Forces|Council|Movement|Brotherhood|Guards?|Brigades?|"
    "Committee|Coalition|Union|League|Alliance|Congress|Assembly|Police|Embassy|"
    "Ministry|Church|Aid|Authority|Association|Network|Society|Institute|Observatory|Crescent"
)
_GOES_ON = re.compile(
    rf"((?:\s[A-Z][\w'\u2019-]*){{0,2}}\s(?:{_BODIES}))(?=\s+[a-z(]|\s*[,.;:)]|\s*$)"
)
_NOT_A_NAME = re.compile(rf"(?i:{ROLE_NOUNS}|{'|'.join(sorted(_PORTFOLIOS))})")


def _name_goes_on(doc: Document, n: int) -> str | None:
    """The words that go on the document's ``n``-th mention, a nationality word the model cut
    off from the name of a body ("Islamic" of "the Islamic State group", "Kurdish" of "Kurdish
    Workers Party"): capitalised, before the next name, ending on a word for a body, and no post
    or portfolio among them ("Russian President Vladimir Putin", "Kazakh Foreign Minister")."""
    mentions = doc.mentions
    limit = mentions[n + 1].start if n + 1 < len(mentions) else len(doc.text)
    found = _GOES_ON.match(doc.text, mentions[n].end, limit)
    if found is None or any(_NOT_A_NAME.fullmatch(w) for w in found.group(1).split()):
        return None
    return found.group(1)


def _without_portfolio(name: str) -> str:
    """An organisation's name the model read up to a post, without the post's portfolio
    ("Kazakh Foreign" before "Minister" -> "Kazakh"; "Foreign" -> "")."""
    words = name.split()
    while words and words[-1].lower() in _PORTFOLIOS:
        words.pop()
    return " ".join(words)


# A post written before a name, maybe with the country it is for ("UN envoy", "Special Envoy
# for", "Ukraine's president,"); words that name an organisation, not a person.
_POST_BEFORE = re.compile(rf"\b(?i:{ROLE_NOUNS}),?\s+(?:(?P<prep>for|to|of|in)\s+)?$")
_ORGANISATION_WORDS = frozenset(
    {"ministry", "party", "council", "committee", "commission", "group", "company", "agency",
     "bank", "union", "front", "army", "forces", "force", "organization", "organisation",
     "association", "institute", "university", "office", "department", "government", "court",
     "news", "times", "post", "airlines", "airways", "corporation", "foundation", "fund",
     "league", "movement", "brigade", "brigades", "authority", "service", "center", "centre",
     "network", "media", "press", "assembly", "parliament", "senate", "congress", "board",
     "bureau", "police", "guard", "navy", "mission", "programme", "program", "initiative",
     "alliance", "coalition", "federation", "republic", "kingdom", "states", "nations"}
)  # fmt: skip
_PERSON_WORD = re.compile(r"[A-Z][a-z\u00e0-\u00ff]+(?:[-'\u2019][A-Za-z\u00e0-\u00ff]+)*\.?$")


def _person_after_post(text: str, start: int, name: str) -> str | None:
    """The person's name an organisation-tagged span after a post holds, or None: two to four
    words that read as a personal name, after the country a post "for" or "to" names."""
    post = _POST_BEFORE.search(text, max(0, start - 40), start)
    if post is None:
        return None
    words = name.split()
    if post.group("prep"):
        # "Special Envoy for Syria Staffan de Mistura": the country first, then the name.
        size = next(
            (n for n in (3, 2, 1) if len(words) > n and country_code(" ".join(words[:n]))), 0
        )
        if not size:
            return None
        words = words[size:]
    if not 2 <= len(words) <= 4 or not _PERSON_WORD.match(words[0]):
        return None
    if any(
        w.lower() in _ORGANISATION_WORDS
        or not (_PERSON_WORD.match(w) or w.lower() in NAME_PARTICLES)
        for w in words
    ):
        return None
    return " ".join(words)


_TIME_ZONE = re.compile(TIME_ZONE_RE)
_CLOCK_BEFORE = re.compile(r"\d(?:\s*[ap]\.?m\.?)?\s+$", re.I)

# What a leader's name before it makes a government or a team ("the Assad regime").
_GOVERNMENT_AFTER = re.compile(r"\s+(administration|government|regime|cabinet|campaign)\b", re.I)

# "Mohamed Hamdan Dagalo, known as Hemedti", "Hayat Tahrir al-Sham, also known as HTS".
_KNOWN_AS = re.compile(r",?\s+(?:(?:also|better|widely|popularly|commonly)\s+)?known\s+as\s+")


def _join_known_as(
    groups: dict[tuple[str, str], _Group],
    documents: Sequence[Document],
    keys: dict[tuple[str, int], tuple[str, str]],
) -> None:
    """A name the articles give as another's ("known as Hemedti") is that actor's, whatever
    the model took it for, where the story gives it for one actor only."""
    owners: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for doc in documents:
        starts = {m.start: m for m in doc.mentions}
        for mention in doc.mentions:
            named = _KNOWN_AS.match(doc.text, mention.end)
            other = starts.get(named.end()) if named else None
            owner, alias = (
                keys.get((doc.id, mention.start)),
                keys.get((doc.id, other.start)) if other else None,
            )
            # A person's other name, whatever the model took it for ("Hemedti" as a place), or
            # an organisation's ("also known as HTS"); a place "known as" something more often
            # names what is there ("Tahrir Square, known as the Movement of January 25th").
            if owner and alias and owner != alias and owner[0] in ("PERSON", alias[0]):
                owners[alias].add(owner)
    for alias, found in owners.items():
        owner = next(iter(found))
        if (
            len(found) == 1
            and alias in groups
            and owner in groups
            and alias not in owners.get(owner, ())
        ):
            _absorb(groups, groups[owner], alias)


def _split_names(doc: Document) -> dict[int, str]:
    """A person's name the model cut in two ("Abd-Rabbu" "Mansour Hadi"): two person mentions
    with a space only between them are the one full name, each by its start."""
    people = sorted((m for m in doc.mentions if m.label == "PERSON"), key=lambda m: m.start)
    whole: dict[int, str] = {}
    for first, second in zip(people, people[1:], strict=False):
        if doc.text[first.end : second.start] == " ":
            name = surface(doc.text[first.start : second.end])
            whole[first.start] = whole[second.start] = name
    return whole


def _a_persons_name(doc: Document, name: str) -> bool:
    """Whether the article names a person of whose name ``name`` is part ("Michael Jordan" where
    "Jordan" is read as a person)."""
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    return any(
        m.label == "PERSON" and m.text != name and pattern.search(m.text) for m in doc.mentions
    )


# Nouns for a settlement or an area: "the city of Taiz", "the Austrian capital".
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "port", "province", "region", "district", "governorate",
     "county", "capital", "countryside"}
)  # fmt: skip
# What says that the name after it is a place's: "the city of Taiz", "the capital Sanaa".
_PLACE_BEFORE = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(PLACE_NOUNS))})\s+of|capital|port\s+city|city|town|village)\s+$"
)


# "the Jabrayil region", "the Kalbajar district": a name before a word for a part of a country.
# So is one set beside a word for a place ("Shusha, the enclave's second-largest town").
_PLACE_AFTER = re.compile(
    r"\s+(?:region|district|province|governorate|oblast|county|enclave)\b"
    r"|,\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:town|city|village|capital|port)\b"
)


# "said on Twitter", "wrote on Telegram", "in a post on X": where something was said.
# A kind of organisation right before a name: "the charity Oxfam", "the news agency Reuters",
# "the micro-blogging site Twitter".
_BODY_BEFORE = re.compile(
    r"\b(?:charity|agency|organi[sz]ation|site|website|network|company|firm|broadcaster|"
    r"newspaper|bank|insurer|carrier|airline|retailer|manufacturer)\s+$"
)
_MEDIUM_BEFORE = re.compile(
    r"\b(?:said|says|wrote|writes|posted|posts|announced|tweeted|stated|added|"
    r"a\s+(?:post|message|statement|video)|posts|messages)\s+on\s+$"
)


def _surnames(documents: Sequence[Document]) -> set[str]:
    """The last words of the full names the model tags as people: where it tags one alone as
    a place, it is that person's surname (none of the countries, capitals and nationalities,
    and not one written where something is: "in Araghchi")."""
    found: set[str] = set()
    for doc in documents:
        for mention in doc.mentions:
            words = surface(mention.text).split()
            if mention.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
                found.add(words[-1])
    return found


def _words_of_people(documents: Sequence[Document]) -> set[str]:
    """The words, lower-cased, of the full names the model tags as people anywhere in the story
    ("Scott Mills": "scott", "mills"): a word of one is no organisation's or nationality's name
    alone. (``_people_words`` gives them by document and where each is named, for roles.)"""
    return {
        word.lower()
        for doc in documents
        for mention in doc.mentions
        if mention.label == "PERSON" and " " in (name := surface(mention.text))
        for word in person_words(name)
    }


# Words before a name that say it is where something is or goes ("in", "to", "from").
_AT_A_PLACE = re.compile(r"\b(?:in|at|from|to|near|into|across|outside|inside)\s+(?:the\s+)?$")


def _names_by_context(
    documents: Sequence[Document], people: AbstractSet[str]
) -> tuple[set[str], set[str], set[str], set[str]]:
    """The one-word names the model tags as people that the text calls a place somewhere
    ("the besieged city of Taiz", "the capital Sanaa"), and those it names as where something
    was said ("said on Twitter", "wrote on Telegram"): a person is not "the city of" anything,
    nor is anything said on a person, so every mention of that name is the place's or the
    medium's. Third, the one-word names the text calls a place somewhere, however tagged there
    (for ``_join_label_noise``). Fourth, those the model tags as people or places that the text
    brings in as an organisation ("the charity Oxfam", "the children's agency Unicef"): no
    person or place is "the charity" anything; but a country or a capital is no organisation
    ("the website Iraq ..."), nor is a word of a person's full name (``people``: "Cameron", a
    company and a prime minister)."""
    places: set[str] = set()
    media: set[str] = set()
    called_places: set[str] = set()
    bodies: set[str] = set()
    for doc in documents:
        for mention in doc.mentions:
            name = surface(mention.text)
            if " " in name:
                continue
            before = _PLACE_BEFORE.search(doc.text, max(0, mention.start - 30), mention.start)
            after = _PLACE_AFTER.match(doc.text, mention.end)
            if before or after:
                called_places.add(name.lower())
            if mention.label in ("PERSON", "GPE", "LOC") and _BODY_BEFORE.search(
                doc.text, max(0, mention.start - 30), mention.start
            ):
                bodies.add(name.lower())
            if mention.label not in ("PERSON", "ORG"):
                continue
            if after or (mention.label == "PERSON" and before):
                places.add(name.lower())
            elif mention.label == "PERSON" and _MEDIUM_BEFORE.search(
                doc.text, max(0, mention.start - 30), mention.start
            ):
                media.add(name.lower())
    bodies = {
        name
        for name in bodies - people
        if country_code(name) is None and capital_of(name.title()) is None
    }
    return places, media, called_places, bodies


# The words for a company's legal form only a company's name ends with ("Group", "Co" and
# "Company" also end names of bands and places).
_LEGAL_FORM = re.compile(
    r"^(.+?)(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|plc|Plc|PLC|AG|GmbH)\.?)+$"
)


def _companies(documents: Sequence[Document]) -> set[str]:
    """The names (lower case) the story writes with a company's legal form after them
    ("Transocean Ltd."): a company's, wherever the model takes the bare name for a place or a
    nationality ("Transocean" as a place 316 times and a group 298 times in a story that writes
    "Transocean Ltd" 85 times), unless they are a country's."""
    found: set[str] = set()
    for doc in documents:
        for mention in doc.mentions:
            if mention.label == "ORG" and (whole := _LEGAL_FORM.match(surface(mention.text))):
                found.add(whole.group(1).lower())
    return {name for name in found if not country_code(name)}


# A run of capitalised words, and whether "the" stands before it.
_CAPITALISED_RUN = re.compile(r"(?:\b([Tt]he)\s+)?\b((?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*)")


# The capitalised word right before a mention, after a space.
_WORD_BEFORE = re.compile(r"\b([A-Z][\w'-]*) $")
# How often a name of two words must be a mention of its own for its second word alone, after
# its first, to be read as it.
_WHOLE_NAME_MENTIONS = 3


def _two_word_names(documents: Sequence[Document]) -> dict[str, tuple[str, Counter[str]]]:
    """The names of two capitalised words the model tags whole at least a few times (lower
    case), each as written most and with the labels it has: a mention of the second word alone
    that follows the first in the text is the whole name, which the model cut short."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents:
        for mention in doc.mentions:
            name = surface(mention.text)
            words = name.split()
            if len(words) == 2 and all(w[:1].isupper() for w in words):
                written[name.lower()][name] += 1
                labels[name.lower()][mention.label] += 1
    return {
        key: (forms.most_common(1)[0][0], labels[key])
        for key, forms in written.items()
        if sum(forms.values()) >= _WHOLE_NAME_MENTIONS
    }


def _whole_name(
    text: str, start: int, name: str, label: str, completed: dict[str, tuple[str, Counter[str]]]
) -> tuple[str, str | None]:
    """A one-word name and its label, or the two-word name it and the capitalised word before
    it make, where the story tags that name whole (``_two_word_names``)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    full = completed.get(f"{before.group(1)} {name}".lower()) if before else None
    if full is None:
        return name, label
    return full[0], _whole_label(label, full[1])


def _whole_label(own: str | None, whole: Counter[str]) -> str | None:
    """The label of a name the model cut short: the whole name's most common one, but a
    person's where the model tags the part a person and the whole one at times too (a surname
    after the given name, whatever the model made of "Rahm Emanuel" elsewhere)."""
    if own == "PERSON" and whole["PERSON"]:
        return own
    return LABEL_GROUPS.get(whole.most_common(1)[0][0])


def _things(documents: Sequence[Document]) -> dict[str, str]:
    """The names (lower case) of two words or more the model tags as people that the text
    writes after "the" at least as often as alone ("the Deepwater Horizon" 1,155 times; the
    model tags "BP's Deepwater Horizon" as a person): no one is "the" anybody, so they name a
    thing (a ship, a rig, a building). Each with the label the model gives it otherwise most
    ("the White House", an organisation), else PRODUCT."""
    people = set()
    others: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents:
        for mention in doc.mentions:
            name = surface(mention.text)
            if mention.label == "PERSON" and " " in name:
                people.add(name)
            elif (label := LABEL_GROUPS.get(mention.label)) in ("ORG", "PLACE", "PRODUCT"):
                others[name.lower()][label] += 1
    after_the: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for doc in documents:
        for run in _CAPITALISED_RUN.finditer(doc.text):
            if run.group(2) in people:
                every[run.group(2)] += 1
                after_the[run.group(2)] += run.group(1) is not None
    things = {name.lower() for name, n in after_the.items() if n >= 3 and n * 2 >= every[name]}
    return {
        name: others[name].most_common(1)[0][0] if others[name] else "PRODUCT" for name in things
    }


def _join_plurals(groups: dict[tuple[str, str], _Group]) -> None:
    """A one-word name in the plural that the model tags as a person or a group ("the
    Houthis") is the organisation or group the story names in the singular ("Houthi rebels",
    "the Houthi movement"), when one only does."""
    owners: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, group in groups.items():
        if key[0] in ("ORG", "GROUP"):
            for alias in group.aliases:
                owners[alias.lower()].append(key)
    for key, group in list(groups.items()):
        if key[0] not in ("PERSON", "GROUP") or key not in groups:
            continue
        names = {alias.lower() for alias in group.aliases}
        if any(" " in n or len(n) < 5 or not n.endswith("s") for n in names):
            continue
        targets = {t for n in names for t in owners.get(n[:-1], ()) if t != key and t in groups}
        if len(targets) == 1:
            _absorb(groups, groups[targets.pop()], key)


def _join_demonyms(
    groups: dict[tuple[str, str], _Group],
    people: AbstractSet[str] = frozenset(),
    only_organisations: bool = False,
) -> None:
    """A nationality word is its country as an actor ("Russian officials said", "the
    Russians"): a group whose name is a country's demonym (countryinfo's, or one English makes
    from a country of the story: "Kestrian") joins that country when the story names it."""
    countries = {key: group for (label, key), group in groups.items() if label == "PLACE"}
    made: dict[str, _Group] = {}
    for (label, key), group in groups.items():
        # A name the model tags as a place or an organisation may be a country it does not
        # know ("Almora"); its nationality word is made from the name, as it is for a country
        # whose nationality word the data lacks ("Kazakh").
        unknown = not key.startswith(("@", "#")) and " " not in key
        if label == "ORG" and key in people:
            continue  # "Scott", where the story names Scott Mills, makes no "Scottish"
        if (label in ("PLACE", "ORG") and unknown) or (label == "PLACE" and key.startswith("@")):
            for form in demonym_forms(group.aliases.most_common(1)[0][0]):
                made.setdefault(form, group)
    for label, key in list(groups):
        if label not in ("GROUP", "PLACE", "ORG") or (label, key) not in groups:
            continue
        if only_organisations and label != "ORG":
            continue
        if label == "ORG" and (" " in key or key.startswith(("@", "#"))):
            continue  # the model calls a lone nationality word an organisation at times
        # A word countries share ("American": the United States and the Northern Mariana
        # Islands) is the one of them the story names most; a word the data knows is never one
        # made from another country's name ("American" from "American Samoa").
        codes = demonym_codes(key)
        named = [countries["@" + code] for code in sorted(codes) if "@" + code in countries]
        target = max(named, key=lambda g: len(g.mentions), default=None) if codes else made.get(key)
        if target is not None and target is not groups[(label, key)]:
            _absorb(groups, target, (label, key))


# The spaCy label a mention found by an entity's name takes.
_MODEL_LABEL = {"PERSON": "PERSON", "ORG": "ORG", "PLACE": "GPE", "GROUP": "NORP",
                "PRODUCT": "PRODUCT"}  # fmt: skip


_SENTENCE_START = re.compile(r"(?:[.!?:]\s+|\n)[\"'\u201c\u2018(]*\s*$")


# Words of three letters or more that are never a name on their own: articles, pronouns,
# prepositions and conjunctions ("May", "Will" or "Bill" may be one).
_FUNCTION_WORDS = frozenset(
    {"the", "and", "but", "nor", "for", "yet", "its", "this", "that", "these", "those", "his",
     "her", "hers", "their", "theirs", "our", "ours", "your", "yours", "she", "they", "them",
     "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "not", "from",
     "with", "into", "onto", "upon", "over", "under", "after", "before", "since", "until",
     "about", "among", "between", "through", "during", "without", "within", "there", "here",
     "then", "than"}
)  # fmt: skip


def with_name_repeats(documents: Sequence[Document], index: EntityIndex) -> list[Document]:
    """The documents with the names the model missed: where a name that only one entity of
    the story goes by (an alias, a person's surname, a product's model and its plural: "Jobs",
    "A380s") stands in an article, capitalised as the entity writes it, outside every mention,
    it is a mention of that entity too."""
    forms: dict[str, str] = {}
    for entity in index.entities:
        for alias in entity.aliases:
            names = [alias]
            if entity.label == "PERSON" and len(person_words(alias)) > 1:
                names.append(person_words(alias)[-1])
            for name in names:
                # A function word is no name to find again ("The" of "Neal Ascherson The", a
                # byline run into a headline, would be every capitalised "The" of the story).
                if (
                    len(name) > 2
                    and _capitalised(name)
                    and name.lower() not in _FUNCTION_WORDS
                    and index.find(name) == entity.id
                ):
                    forms.setdefault(name, entity.label)
    if not forms:
        return list(documents)
    longest = max(len(f.split()) for f in forms)
    # The one-word names the articles also use as common words ("jobs", "farmers").
    single = {f.lower() for f in forms if " " not in f}
    words = {
        w for doc in documents for w in re.findall(r"\b[a-z][a-z'-]*\b", doc.text) if w in single
    }
    # The first word of each form, with the numbers of words of the forms it starts.
    firsts: dict[str, set[int]] = defaultdict(set)
    for form in forms:
        words_of = form.split(" ")
        firsts[words_of[0]].add(len(words_of))
    result = []
    for doc in documents:
        added = _repeats(doc, forms, longest, words, firsts)
        if added:
            mentions = tuple(sorted((*doc.mentions, *added), key=lambda m: m.start))
            doc = replace(doc, mentions=mentions)
        result.append(doc)
    return result


_TOKEN = re.compile(r"\w[\w.'\u2019&-]*")
_IN_TOKEN = re.compile(r"[\w.'\u2019&-]")
_WORD_CHAR = re.compile(r"\w")
# Where a capitalised word may start: a capital, a small letter before one ("iPhone"), any
# letter outside ASCII (checked after).
_CAPITAL = re.compile(r"[A-Z]|[a-z](?=[A-Z]|[^\x00-\x7f])|[^\x00-\x7f]")
_POSSESSIVE = re.compile(r"['\u2019]s$")


def _capitalised(name: str) -> bool:
    """Written as a name: "Jobs", or with a small letter before a capital ("iPhone")."""
    return name[:1].isupper() or (name[:1].islower() and name[1:2].isupper())


def _repeats(
    doc: Document,
    forms: dict[str, str],
    longest: int,
    common: set[str],
    firsts: dict[str, set[int]],
) -> list[Mention]:
    """The names of ``forms`` in one document outside its mentions, found by looking up the
    runs of up to ``longest`` words that start with a capital or a digit (and with the first
    word of a form, ``firsts``); at a sentence's start not the one-word names in ``common``,
    which the articles also write as common words."""
    text = doc.text
    covered = sorted((m.start, m.end) for m in doc.mentions)
    starts = [c[0] for c in covered]
    added: list[Mention] = []
    position = 0
    # Only a word with a capital among its first two letters can start a name (the others are
    # most of the text: they are not looked at).
    for candidate in _CAPITAL.finditer(text):
        start = candidate.start()
        if start < position or not _token_start(text, start):
            continue
        first = _TOKEN.match(text, start)
        if first is None:
            continue
        lengths = _lengths(first.group(0), firsts)
        if not lengths:
            continue
        # The words that follow this one with a single space between: the runs to look up.
        ends = [first.end()]
        most = min(longest, max(lengths))
        while len(ends) < most and text[ends[-1] : ends[-1] + 1] == " ":
            following = _TOKEN.match(text, ends[-1] + 1)
            if following is None:
                break
            ends.append(following.end())
        found = None
        for n in range(len(ends), 0, -1):
            if n in lengths:
                found = _form_at(text, start, ends[n - 1], forms)
                if found:
                    break
        if not found:
            continue
        name, stop = found
        here = bisect.bisect_left(starts, stop)
        if here and covered[here - 1][1] > start:
            continue  # inside or across a mention
        if _in_time_expression(doc, start, stop):
            continue  # "in May", "on Monday": a date, whoever the model once called May
        before = ("\n" + text[max(0, start - 8) : start]) if start < 8 else text[start - 8 : start]
        if " " not in name and _SENTENCE_START.search(before) and name.lower() in common:
            # "Farmers said": capitalised for the sentence, and the articles use the word.
            continue
        label = forms.get(name) or forms.get(name[:-1], "ORG")
        added.append(Mention(start, stop, text[start:stop], _MODEL_LABEL[label]))
        position = stop
    return added


def _in_time_expression(doc: Document, start: int, stop: int) -> bool:
    return any(t.start < stop and start < t.end for t in doc.timexes)


def _token_start(text: str, start: int) -> bool:
    """Whether a word starts at ``start`` as ``_TOKEN`` reads the text from its beginning: a
    word character not inside a token begun before it ("Obama" in "-Obama", not in "x-Obama")."""
    if not _WORD_CHAR.match(text, start):
        return False
    before = start - 1
    while before >= 0 and _IN_TOKEN.match(text, before):
        if _WORD_CHAR.match(text, before):
            return False
        before -= 1
    return True


def _lengths(token: str, firsts: dict[str, set[int]]) -> set[int]:
    """The numbers of words of the forms a token can start: those it is the first word of, and
    one word where it is a form with a possessive, a full stop or a plural after a model number
    ("Obama's", "A380s")."""
    lengths = firsts.get(token, set())
    if token[-1] not in "s.'\u2019":
        return lengths
    for cut in (_POSSESSIVE.sub("", token), token.rstrip(".'\u2019")):
        if 1 in firsts.get(cut, ()) or (
            len(cut) > 2 and cut.endswith("s") and 1 in firsts.get(cut[:-1], ())
        ):
            return lengths | {1}
    return lengths


def _form_at(text: str, start: int, end: int, forms: dict[str, str]) -> tuple[str, int] | None:
    """The form the text from ``start`` to ``end`` is, with a possessive or a sentence's full
    stop after it, or a plural after a model number ("A380s"); and where it ends."""
    piece = text[start:end]
    if piece[-1] not in "s.'\u2019":
        return (piece, end) if piece in forms else None
    for cut in (piece, _POSSESSIVE.sub("", piece), piece.rstrip(".'\u2019")):
        if cut in forms:
            return cut, start + len(cut)
        if len(cut) > 2 and cut.endswith("s") and cut[-2].isdigit() and cut[:-1] in forms:
            return cut, start + len(cut)
    return None


def _join_nicknames(groups: dict[tuple[str, str], _Group]) -> None:
    """A product's name after its model number ("787 Dreamliner") is a name of that product on
    its own too ("the Dreamliner"), where it names one product only and is not a maker's."""
    makers = {key for (label, key) in groups if label == "ORG"}
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for (label, key), group in groups.items():
        if label != "PRODUCT" or not key.startswith("="):
            continue
        for alias in group.aliases:
            after = re.split(r"\b[A-Za-z]{0,2}\d[\w-]*", alias, maxsplit=1)[1:]
            for word in re.findall(r"[A-Z][a-z]{3,}\w*", "".join(after)):
                word = _singular(word.lower())
                if word not in makers:
                    owners[word].add((label, key))
    for (label, key), _group in list(groups.items()):
        found = (
            owners.get(_singular(key.lstrip("~"))) if label != "PLACE" and " " not in key else None
        )
        if found and len(found) == 1:
            target = next(iter(found))
            if target in groups and target != (label, key):
                _absorb(groups, groups[target], (label, key))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _join_label_noise(
    groups: dict[tuple[str, str], _Group], called_places: AbstractSet[str] = frozenset()
) -> None:
    """The model may tag one name as a person here and an organisation there ("Almora"): groups
    with exactly the same names become one, under the label most of their mentions have (a
    place's, over a person's, where the text calls the name a place somewhere: "the coastal
    town of Jacmel", tagged a person about as often as a place); a person or group known by one
    name that an organisation or product also goes by joins it."""
    by_names: dict[frozenset[str], list[tuple[str, str]]] = defaultdict(list)
    for key, group in groups.items():
        by_names[frozenset(a.lower() for a in group.aliases)].append(key)
    for same, keys in by_names.items():
        if len(keys) < 2:
            continue
        place = same <= called_places and any(k[0] == "PLACE" for k in keys)
        keys.sort(key=lambda k: (not (place and k[0] == "PLACE"), -len(groups[k].mentions)))
        for other in keys[1:]:
            _absorb(groups, groups[keys[0]], other)
    # A one-name group under a label the model gives it by mistake ("iTunes" as a
    # nationality) joins the one group of another label that goes by that name too.
    owners: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, group in groups.items():
        for alias in group.aliases:
            owners[alias.lower()].append(key)
    for key, group in list(groups.items()):
        if key[0] not in ("GROUP", "PERSON") or len(group.aliases) != 1:
            continue
        others = [k for k in owners[next(iter(group.aliases)).lower()] if k != key]
        if len(others) == 1 and others[0][0] in ("ORG", "PRODUCT") and others[0] in groups:
            _absorb(groups, groups[others[0]], key)
    # A name the model tags one way nearly always and another now and then ("BP" a place 52
    # times beside 10,240 times a company) is what it nearly always is: a group whose names
    # one group of another label goes by, with far more mentions, joins it (people aside: a
    # person and a company may share a name, and the model takes a rig or a ship for a person).
    for key, group in list(groups.items()):
        if key[0] == "PERSON" or key not in groups:
            continue
        names = {alias.lower() for alias in group.aliases}
        labelled = {
            k
            for name in names
            for k in owners[name]
            if k[0] not in (key[0], "PERSON") and k in groups
        }
        if len(labelled) != 1:
            continue
        most = groups[labelled.pop()]
        if names <= {a.lower() for a in most.aliases} and len(most.mentions) >= OUTVOTED * len(
            group.mentions
        ):
            _absorb(groups, most, key)


# How many times more mentions the label a name nearly always has must have than another.
OUTVOTED = 10


@lru_cache(maxsize=1 << 16)
def _key(label: str, name: str) -> str:
    """The blocking key of a name (called for every mention: names repeat, so it is cached)."""
    if label == "PERSON":
        words = [w for w in name_words(name) if skeleton(w)]
        if len(words) == 1:
            # A lone surname keeps its spelling: whether "Howard" is "Hayward" is decided
            # when surnames join full names, not here. A woman's title ("Mrs Blair" beside
            # "Mr Blair") and a monarch's ("King Hussein", a given name) are marked.
            title = _title_of(name)
            mark = "~f" if title in _WOMEN_S_TITLES else "~r" if title in ROYAL_TITLES else ""
            return "~" + fold(words[0]) + mark
        return " ".join([*map(skeleton, words[:-1]), *map(surname_key, words[-1:])])
    if label == "PRODUCT":
        # A product goes by its model designation, with or without its maker ("Airbus A380",
        # "the A380", "A380s" are "a380").
        model = re.search(r"\b[A-Za-z]{0,2}\d[\w-]*", name)
        if model:
            return "=" + re.sub(r"(?<=\d)'?s$", "", model.group(0).lower())
    if label == "PLACE":
        code = country_code(name)
        if code:
            return "@" + code  # "Russia", "the Russian Federation", "RU" are one country
    name = _DEFINITION.sub("", name)  # "Singapore Airlines (SIA"
    if label == "ORG":
        name = _DESIGNATOR.sub("", name) or name  # "Apple Inc." is Apple, "EADS N.V." EADS
    acronym = acronym_of(name)
    if acronym:
        return "#" + acronym
    key = re.sub(r"\W+", " ", unicodedata.normalize("NFKD", name).lower()).strip()
    key = _AMERICAN_SPELLING.sub(lambda m: _AMERICAN[m.group(0)], key)
    if label == "ORG":
        # A country's institution by any name of the country ("U.S. Air Force", "United
        # States Air Force").
        words = name.split()
        for size in (3, 2, 1):
            code = country_code(" ".join(words[:size])) if len(words) > size else None
            if code:
                rest = " ".join(words[size:])
                return f"@{code} " + re.sub(r"\W+", " ", fold(rest)).strip()
    # "Egyptians" are the "Egyptian" group.
    return key[:-1] if label == "GROUP" and len(key) > 4 and key.endswith("s") else key


# British and American spellings of one name ("World Health Organisation", "... Organization";
# "Ministry of Defence"): one key. ("Labour" and "Labor" are different parties' names.)
_AMERICAN = {"organisation": "organization", "organisations": "organizations",
             "defence": "defense", "centre": "center", "programme": "program"}  # fmt: skip
_AMERICAN_SPELLING = re.compile(r"\b(?:" + "|".join(_AMERICAN) + r")\b")


def _join_people_tagged_organisations(groups: dict[tuple[str, str], _Group]) -> None:
    """A full name the model tags as an organisation ("Staffan de Mistura") is the person the
    story names by that surname alone ("de Mistura said"), when no full name tagged as a person
    ends in it and one such name only does."""
    people_full = {g.key.split()[-1] for (label, _k), g in groups.items() if label == "PERSON"}
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (label, key), group in groups.items():
        if label != "ORG" or key.startswith(("@", "#")):
            continue
        name = group.aliases.most_common(1)[0][0]
        words = name_words(name)
        if (
            2 <= len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and not _DESIGNATOR.search(name)
        ):
            by_surname["~" + fold(words[-1])].append((label, key))
    for surname, found in by_surname.items():
        lone = groups.get(("PERSON", surname))
        if lone is None or len(found) != 1 or surname_key(surname[1:]) in people_full:
            continue
        _absorb(groups, lone, found[0])


def _join_run_together(groups: dict[tuple[str, str], _Group]) -> None:
    """An organisation's name written as one word or as two ("ExxonMobil", "Exxon Mobil Corp"),
    a person's names written as one word, hyphenated or as two ("Jean-Max Bellerive", "Jean Max
    Bellerive"; "Abdelbaset al-Megrahi", "Abdel Basset al-Megrahi"; "Ban Ki-moon", "Ban Ki
    Moon"): one name, under the spelling the story uses most."""
    spellings: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (label, key), group in groups.items():
        if label == "ORG" and key[:1].isalnum():  # not an acronym's or a country's key
            spellings[key.replace(" ", "")].append((label, key))
        elif label == "PERSON" and " " in key:
            words = name_words(group.aliases.most_common(1)[0][0])
            if len(words) >= 2:
                # (Its letters as written: "MaryAnn" is not "Myron", nor "Mary Jane" "Mary
                # Anne", as the looser keys of transliteration would have them.)
                spellings["person: " + _letters("".join(words))].append((label, key))
    for keys in spellings.values():
        if len(keys) > 1:
            # (As often named, the spelling of more words: "Abdel Jalil" is found by "Jalil".)
            keys.sort(key=lambda k: (-len(groups[k].mentions), -len(k[1].split()), k))
            for other in keys[1:]:
                _absorb(groups, groups[keys[0]], other)


def _join_name_variants(groups: dict[tuple[str, str], _Group]) -> None:
    """One person's full name written with or without middle initials ("Thad W. Allen", "Thad
    Allen") or with a short form of the given name ("Ken Feinberg", "Kenneth Feinberg"), where
    only one name of the story can be the longer form."""
    full = {key: g for (label, key), g in groups.items() if label == "PERSON" and " " in key}
    # (given name, surname) -> keys of the names that read so once their initials are left out
    bare: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in full:
        words = key.split()
        if all(len(w) == 1 for w in words[1:-1]):
            bare[words[0], words[-1]].add(key)
    for (given, surname), keys in bare.items():
        plain = f"{given} {surname}"
        initialled = keys - {plain}
        # "George W. Bush" and "George H. W. Bush" both: which of them "George Bush" is, is
        # not for the spelling to say.
        if plain in keys and len(initialled) == 1:
            _absorb(groups, full[plain], ("PERSON", initialled.pop()))
    # surname key -> given name as written -> keys of the names of a given name and a surname,
    # with or without initials between ("Chris Dodd", "Christopher J. Dodd")
    written: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for (label, key), group in groups.items():
        words = key.split()
        if label != "PERSON" or len(words) < 2 or any(len(w) > 1 for w in words[1:-1]):
            continue
        name = person_words(group.aliases.most_common(1)[0][0])
        if len(name) >= 2:
            written[words[-1]][name[0].lower()].append(key)
    for given_names in written.values():
        for first, named in given_names.items():
            longer = {
                k
                for other, ks in given_names.items()
                if other != first and other.startswith(first)
                for k in ks
            }
            a_short_form = len(first) >= _SHORT_GIVEN or first in _TWO_LETTER_FORMS
            if a_short_form and len(named) == 1 and len(longer) == 1:
                target, short = ("PERSON", longer.pop()), ("PERSON", named[0])
                if target in groups and short in groups:
                    _absorb(groups, groups[target], short)


# The fewest letters of a given name for it to be read as the short form of a longer one that
# starts with it ("Ken" of "Kenneth", "Doug" of "Douglas"; not "Jo" of "Joan").
_SHORT_GIVEN = 3
# The short forms of two letters that stand for a longer given name ("Ed Markey", "Edward
# Markey"; "Al Gore", "Albert Gore").
_TWO_LETTER_FORMS = frozenset({"ed", "al"})


def _join_surnames(groups: dict[tuple[str, str], _Group]) -> None:
    """Full names that end one another join first ("Hosni Mubarak" and "Mohammed Hosni
    Mubarak"); then a one-word person ("Merkel") joins the one full name ending in it (when
    spelled otherwise, only if no article names both)."""
    full = [g for (label, key), g in groups.items() if label == "PERSON" and " " in key]
    by_last: dict[str, list[_Group]] = defaultdict(list)
    for group in full:
        by_last[group.key.split()[-1]].append(group)
    for group in sorted(full, key=lambda g: len(g.key)):
        if (group.label, group.key) not in groups:
            continue
        longer = [
            g
            for g in by_last[group.key.split()[-1]]
            if g is not group and g.key.endswith(" " + group.key) and (g.label, g.key) in groups
        ]
        if len(longer) == 1:
            _absorb(groups, longer[0], (group.label, group.key))
    for last, members in by_last.items():
        by_last[last] = [g for g in members if (g.label, g.key) in groups]
    by_first: dict[str, set[str]] = defaultdict(set)  # first word -> articles naming such
    for group in full:
        if (group.label, group.key) in groups:
            by_first[group.key.split()[0]].update(doc_id for doc_id, _m in group.mentions)
    men = {
        key
        for (label, key), group in groups.items()
        if label == "PERSON" and _titled(group, _MEN_S_TITLES)
    }
    for (label, key), group in list(groups.items()):
        if label not in ("PERSON", "ORG") or " " in key or key.startswith("#"):
            continue
        if key.endswith("~r") or (key.endswith("~f") and key[:-2] in men):
            continue  # "King Hussein" is no Saddam Hussein; "Mrs Blair" no "Mr Blair"
        if label == "ORG" and any(_LEGAL_FORM.match(alias) for alias in group.aliases):
            continue  # "Halliburton Co": a company, whose name is no one's surname
        # A lone surname, or a lone word the model called an organisation ("Brandt said").
        words = name_words(group.aliases.most_common(1)[0][0])
        key = " ".join(skeleton(w) for w in words)
        target = _pick(group, by_last.get(" ".join(surname_key(w) for w in words), []))
        articles = {doc_id for doc_id, _m in group.mentions}
        given = len(articles & by_first.get(key, set()))
        if (
            target is not None
            and given
            and given >= len(articles & {doc_id for doc_id, _m in target.mentions})
        ):
            continue  # "Michael" where Michael Jackson is named as much as Alun Michael
        if (
            target is not None
            and len(group.mentions) >= OUTVOTED * len(target.mentions)
            and OUTVOTED * len(articles & {d for d, _m in target.mentions}) < len(articles)
        ):
            continue  # "Lord Goldsmith" 73 times, and "Harvey Goldsmith" twice elsewhere
        if target is not None and (
            _spelled_alike(group, target)
            or (len(key) >= _SKELETON_LETTERS and not _share_article(group, target))
        ):
            _absorb(groups, target, (label, group.key))


# What brings a new person in after a given name: "said Mohammed, a 20-year-old student".
_BROUGHT_IN = re.compile(r",\s+(?:an?|another|\d+)\b")


def _join_in_their_articles(groups: dict[tuple[str, str], _Group], texts: dict[str, str]) -> None:
    """A lone name the story-wide joins left alone, as the story gives it to several people
    ("Jackson": Michael, Janet and Jesse Jackson; "Michael": Michael Jackson and Alun Michael),
    is in each article the person that article names in full: of the full names it has named
    before the mention ending in the word, the one it names most, else the one beginning with
    it. The mention stays as it is where the article names two of them as often, gives the
    word to a surname and a given name at once or as a given name to several, or uses the
    name alone twice before naming any of them; so does a given name after a title or one
    that brings someone in ("said Mohammed, a 20-year-old student")."""
    full = [g for (label, key), g in groups.items() if label == "PERSON" and " " in key]
    # a word -> the full names ending in it (True) or beginning with it (False), by the name's
    # key and as some alias writes it
    by_word: dict[str, list[tuple[_Group, bool]]] = defaultdict(list)
    for group in full:
        first, *_middle, last = group.key.split()
        written = [name_words(a) for a in group.aliases if name_words(a)]
        for word in {fold(w[-1]) for w in written if surname_key(w[-1]) == last}:
            by_word[word].append((group, True))
        for word in {fold(w[0]) for w in written if skeleton(w[0]) == first}:
            by_word[word].append((group, False))
    named: dict[str, Counter[int]] = defaultdict(Counter)  # article -> full name -> mentions
    opens: dict[tuple[str, int], int] = {}  # (article, full name) -> where it is first named
    for group in full:
        for doc_id, mention in group.mentions:
            named[doc_id][id(group)] += 1
            where = opens.get((doc_id, id(group)), mention.start)
            opens[doc_id, id(group)] = min(where, mention.start)
    for (label, key), group in list(groups.items()):
        if label != "PERSON" or not key.startswith("~") or key.endswith(("~f", "~r")):
            continue
        candidates = by_word.get(key[1:], [])
        if not candidates:
            continue
        # An article that uses the name alone twice before it names any of them in full is
        # about someone else of that name, whom the model did not find named ("Dodd" on a
        # page about Chris Dodd, whose father Thomas Dodd it names later).
        opening = {
            doc_id: min(opens.get((doc_id, id(g)), 1 << 30) for g, _last in candidates)
            for doc_id in {doc_id for doc_id, _m in group.mentions}
        }
        early = Counter(doc_id for doc_id, m in group.mentions if m.start < opening[doc_id])
        kept: list[tuple[str, Mention]] = []
        for doc_id, mention in group.mentions:
            if early[doc_id] >= 2:
                kept.append((doc_id, mention))
                continue
            there = named.get(doc_id, Counter())
            before = [
                (g, last)
                for g, last in candidates
                if opens.get((doc_id, id(g)), 1 << 30) < mention.start
            ]
            text = texts[doc_id]
            bare = surface(mention.text)
            alias = _with_title(text, mention.start, bare)
            given_ok = alias == bare and not _BROUGHT_IN.match(text, mention.end)
            target = _named_most(before, there, candidates, given_ok)
            if target is None:
                kept.append((doc_id, mention))
                continue
            target.mentions.append((doc_id, mention))
            target.aliases[alias] += 1
            group.aliases[alias] -= 1
        if not kept:
            del groups[label, key]
        elif len(kept) < len(group.mentions):
            group.mentions = kept
            group.aliases = +group.aliases or Counter({surface(kept[0][1].text): len(kept)})


def _named_most(
    before: list[tuple[_Group, bool]],
    there: Counter[int],
    candidates: list[tuple[_Group, bool]],
    given_ok: bool,
) -> _Group | None:
    """Of the full names an article named ``before`` a lone name (True: ending in it), the one
    it is: of those ending in it, the one the article names most (``there``), else the one
    beginning with it, if ``given_ok`` and the article gives it as a given name to no other."""
    ends = [g for g, last in before if last]
    begins = [g for g, last in before if not last]
    if ends and begins:
        return None  # "John" beside Evan John and John Lewis: anyone's
    if not ends:
        given = sum(not last and id(g) in there for g, last in candidates)
        if not given_ok or given > 1:
            return None  # "Mr Kofi" is a surname; "Michael" beside two Michaels anyone's
    found = ends or begins
    counts = sorted((there[id(g)], n) for n, g in enumerate(found))
    if not found or (len(found) > 1 and counts[-1][0] == counts[-2][0]):
        return None  # two named as often: not guessed here
    return found[counts[-1][1]]


def _join_given_names(groups: dict[tuple[str, str], _Group]) -> None:
    """A one-word person that ends no full name of the story ("Saddam") is the full name it
    begins ("Saddam Hussein") that most of its articles name beside it: the only such full
    name, or of several the one alone named in its articles or named four times as often as
    the others ("George" beside George Bush and George Galloway is neither). Never where a
    title makes it a surname ("Mr Saddam")."""
    full = [g for (label, key), g in groups.items() if label == "PERSON" and " " in key]
    by_first: dict[str, list[_Group]] = defaultdict(list)
    lasts = set()
    for group in full:
        words = group.key.split()
        by_first[words[0]].append(group)
        lasts.add(words[-1])
    for (label, key), group in list(groups.items()):
        if label != "PERSON" or not key.startswith("~") or key.endswith(("~f", "~r")):
            continue
        word = key[1:]
        if surname_key(word) in lasts or _titled(group, _MEN_S_TITLES | _WOMEN_S_TITLES):
            continue
        found = [
            g
            for g in by_first.get(skeleton(word), [])
            if any(fold(name_words(a)[0]) == word for a in g.aliases if name_words(a))
        ]
        target = _pick(group, found)
        if target is None:
            continue
        # Most articles that use the given name alone name the full name too: "John" in three
        # articles, one of which names John McCain, is anyone.
        articles = {doc_id for doc_id, _m in group.mentions}
        named = articles & {doc_id for doc_id, _m in target.mentions}
        if 2 * len(named) > len(articles):
            _absorb(groups, target, (label, key))


# A man's or a woman's title, a monarch's aside ("madam" is written before no name).
_MEN_S_TITLES = frozenset(t for t, g in TITLE_GENDER.items() if g == "m") - ROYAL_TITLES
_WOMEN_S_TITLES = frozenset(t for t, g in TITLE_GENDER.items() if g == "f") - ROYAL_TITLES
_TITLE_OUTSIDE = re.compile(
    r"\b(" + "|".join(t.capitalize() for t in sorted(_MEN_S_TITLES | _WOMEN_S_TITLES)) + r")\.?\s+$"
)
_WOMEN_S_TITLES |= {"madam", "madame"}


@lru_cache(maxsize=1 << 16)
def _from_inner_title(name: str) -> str:
    """A person's name from the last title inside it that a name follows: the words before
    are not the person's ("All Lord Goldsmith" is Lord Goldsmith, "Gordon Brown Mrs Brown" Mrs
    Brown): the model's span ran in from the words before."""
    words = name.split()
    for i in range(len(words) - 2, 0, -1):
        if words[i].lower().rstrip(".") in NAME_TITLES and words[i + 1][:1].isupper():
            return " ".join(words[i:])
    return name


def _with_title(text: str, start: int, name: str) -> str:
    """A name with the title the model left out of its span, if one is right before it:
    whose "Mrs Bush" or "Mr Blair" it is matters when surnames join full names."""
    title = _TITLE_OUTSIDE.search(text, max(0, start - 8), start)
    return f"{title.group(1)} {name}" if title else name


def _title_of(name: str) -> str:
    """The first word of a name of several words, as a title is compared ("Mrs." -> "mrs")."""
    words = name.split()
    return words[0].lower().strip(".") if len(words) > 1 else ""


def _titled(group: _Group, titles: frozenset[str]) -> bool:
    """Whether a name of the group is ever written with one of ``titles`` ("Mr Blair")."""
    return any(_title_of(alias) in titles for alias in group.aliases)


# The fewest letters a surname's key must have for a spelling of it to join a full name
# spelled otherwise: "Jendal" and "Jindal" ("jndl") may be one name, "May" and "Mooy" ("my")
# say too little.
_SKELETON_LETTERS = 3


def _last_words(group: _Group) -> set[str]:
    return {fold(name_words(alias)[-1]) for alias in group.aliases if name_words(alias)}


def _spelled_alike(group: _Group, target: _Group) -> bool:
    """Whether a lone surname is spelled as the full name's surname is somewhere."""
    return bool(_last_words(group) & _last_words(target))


def _share_article(group: _Group, target: _Group) -> bool:
    """Whether the two are named in one article. A surname spelled otherwise than the full name
    ("Jendal" for "Bobby Jindal", in another outlet) may be a variant of it; in the article that
    also names the full name, it is someone else ("Howard" quoted beside "Tony Hayward"): an
    article spells one person's name one way."""
    return bool({d for d, _m in group.mentions} & {d for d, _m in target.mentions})


def _pick(group: _Group, candidates: list[_Group]) -> _Group | None:
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        return None
    # Several people share the surname: take the one named in the same articles, if only one
    # is; else one that the story names four times as often as all the others together.
    docs = {doc_id for doc_id, _m in group.mentions}
    sharing = [c for c in candidates if docs & {doc_id for doc_id, _m in c.mentions}]
    if len(sharing) == 1:
        return sharing[0]
    ranked = sorted(candidates, key=lambda c: -len(c.mentions))
    rest = sum(len(c.mentions) for c in ranked[1:])
    return ranked[0] if len(ranked[0].mentions) >= 4 * rest else None


def _defined_acronyms(documents: Sequence[Document]) -> dict[str, str]:
    """Acronyms the articles define ("Singapore Airlines (SIA)"): acronym -> the key of the name
    before it, where the story defines it one way only, or one way four times as often as all
    the others together (a dateline run into the name, "Mexico World Health Organization (WHO",
    is no other definition)."""
    defined: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in documents:
        for mention in doc.mentions:
            if LABEL_GROUPS.get(mention.label) != "ORG":
                continue
            after = _PARENTHESIS.match(doc.text, mention.end)
            inside = _DEFINITION.search(mention.text)
            acronym = after.group(1) if after else inside.group(1) if inside else None
            if acronym:
                defined[acronym][_key("ORG", surface(mention.text))] += 1
    found = {}
    for acronym, keys in defined.items():
        (key, count), *others = keys.most_common()
        if count >= 4 * sum(n for _k, n in others):
            found[acronym] = key
    return found


def _join_acronyms(groups: dict[tuple[str, str], _Group], defined: dict[str, str]) -> None:
    by_initials: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for (label, key), group in groups.items():
        if label in ("ORG", "PLACE") and not key.startswith("#"):
            name = _DEFINITION.sub("", group.aliases.most_common(1)[0][0])  # "... (WHO"
            initials = initials_of(_DESIGNATOR.sub("", name) or name)
            if initials:
                by_initials[(label, initials)].append(group)
    for (label, key), _group in list(groups.items()):
        if not key.startswith("#"):
            continue
        candidates = by_initials.get((label, key[1:]), [])
        named = groups.get((label, defined.get(key[1:], "")))
        if named is not None:
            _absorb(groups, named, (label, key))
        elif len(candidates) == 1 or _spellings(candidates):
            # One full name, or spellings of one ("European Aeronautic Defence and Space
            # Company", "European Aeronautic Defense & Space").
            for candidate in candidates[1:]:
                _absorb(groups, candidates[0], (candidate.label, candidate.key))
            _absorb(groups, candidates[0], (label, key))


def _spellings(groups: list[_Group]) -> bool:
    """Whether several names with the same initials begin with the same two words, in the
    singular or the plural and with or without small words between them ("Disasters Emergency
    Committee", "Disaster Emergency Committee", "Disasters and Emergency Committee")."""
    return len({_opening_words(g.key) for g in groups}) == 1


def _opening_words(key: str) -> tuple[str, ...]:
    return tuple(_singular(w) for w in key.split() if w not in _SMALL_WORDS)[:2]


def _join_short_names(groups: dict[tuple[str, str], _Group]) -> None:
    """An organisation named by the first words of a longer name ("Apple" for "Apple Computer",
    "Northrop" for "Northrop Grumman"), or by its first word and others of it in order ("iTunes
    Store" for "iTunes Music Store"), is that one, where the articles say so: the longer name
    that an article using the short one uses alone (not beside another longer name that starts
    the same way, as "Apple Corps" beside "Apple Computer") wins, if at least twice as many
    articles pair the two as pair the short name with any other. A longer name with a number in
    its added words is a product, not the organisation ("Boeing 787"). A country's institution
    named without the country ("the Air Force") joins the one the same articles name with it
    ("the United States Air Force") the same way."""
    orgs = [g for (label, key), g in groups.items() if label == "ORG" and not key.startswith("#")]
    by_first: dict[str, list[_Group]] = defaultdict(list)
    for group in orgs:
        by_first[group.key.split()[0]].append(group)
    national = [g for g in orgs if g.key.startswith("@")]
    for group in sorted(orgs, key=lambda g: len(g.key)):
        if (group.label, group.key) not in groups:
            continue
        words = group.key.split()
        candidates = (
            [
                other
                for other in by_first[words[0]]
                if (other.label, other.key) in groups
                and len(other.key.split()) > len(words)
                and _within(words, other.key.split())
                and not any(
                    c.isdigit() for c in "".join(w for w in other.key.split() if w not in words)
                )
            ]
            + [
                other  # "the Air Force" of "the United States Air Force"
                for other in national
                if (other.label, other.key) in groups and other.key.split()[1:] == words
            ]
        )
        if not candidates:
            continue
        # A country's institution named without the country is that institution before it is
        # the start of some longer name ("the State Department" of "the U.S. State Department",
        # not of "the State Department of Transportation").
        candidates = [c for c in candidates if c.key.startswith("@")] or candidates
        target = _named_beside(group, candidates)
        if target is not None:
            _absorb(groups, target, (group.label, group.key))
    _join_name_heads(groups)


def _named_beside(group: _Group, candidates: list[_Group]) -> _Group | None:
    """The candidate that the articles using ``group``'s name name alone beside it, if at least
    twice as many articles do so as for any other candidate."""
    docs_of = {id(c): {d for d, _m in c.mentions} for c in candidates}
    support: Counter[int] = Counter()
    for doc_id in {d for d, _m in group.mentions}:
        here = [c for c in candidates if doc_id in docs_of[id(c)]]
        if len(here) == 1:
            support[id(here[0])] += 1
    ranked = support.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return next(c for c in candidates if id(c) == ranked[0][0])


def _join_place_heads(groups: dict[tuple[str, str], _Group]) -> None:
    """A one-word place that heads place names of the form "X of Y" ("the Gulf" of "the Gulf of
    Mexico") is the one its articles name beside it, as an organisation's short name is."""
    by_head: dict[str, list[_Group]] = defaultdict(list)
    for (label, key), group in groups.items():
        words = key.split()
        if label == "PLACE" and len(words) > 2 and words[1] == "of":
            by_head[words[0]].append(group)
    for (label, key), group in list(groups.items()):
        if label != "PLACE" or key not in by_head or (label, key) not in groups:
            continue
        target = _named_beside(group, by_head[key])
        if target is not None:
            _absorb(groups, target, (label, key))


def _join_name_heads(groups: dict[tuple[str, str], _Group]) -> None:
    """A name of two words or more that is the head of the one organisation's name in the
    corpus that goes on with "for" or "of" ("the Syrian Observatory" of "the Syrian
    Observatory for Human Rights") is that organisation, though no article names both; the
    model may tag the short name a facility."""
    heads: dict[str, list[_Group]] = defaultdict(list)
    for (label, key), group in groups.items():
        words = key.split()
        if label != "ORG" or key.startswith(("#", "@")):
            continue
        for n in range(2, len(words) - 1):
            if words[n] in ("for", "of"):
                heads[" ".join(words[:n])].append(group)
                break
    for (label, key), group in list(groups.items()):
        found = heads.get(key)
        if (
            label in ("ORG", "PLACE")
            and found is not None
            and len(found) == 1
            and found[0] is not group
            and (label == "ORG" or all(m.label == "FAC" for _d, m in group.mentions))
        ):
            _absorb(groups, found[0], (label, key))


def _within(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` start ``longer`` and the rest of them stand in it in order ("iTunes
    Store" in "iTunes Music Store")."""
    if not longer or longer[0] != words[0]:
        return False
    rest = iter(longer[1:])
    return all(any(w == x for x in rest) for w in words[1:])


def _join_vowel_slips(groups: dict[tuple[str, str], _Group]) -> None:
    """Full names whose surnames differ only where one leaves a vowel out are one person's
    ("Jose Angel Cordova" and "Jos Angel Crdova", whose accented letter a page lost; "Ayman
    al-Zawahiri" and "Ayman al-Zawahri"): of such names the one the story names most keeps
    the others. Vowels of different kinds in one place keep names apart ("Landry", "Landrieu")."""
    full: dict[str, list[_Group]] = defaultdict(list)  # the names' skeleton -> their groups
    for (label, key), group in groups.items():
        if label == "PERSON" and " " in key:
            words = name_words(group.aliases.most_common(1)[0][0])
            # (A short surname's skeleton is shared by different names: "Kerry", "Gray".)
            if len(skeleton(words[-1])) >= _SKELETON_LETTERS:
                full[" ".join(map(skeleton, words))].append(group)
    for alike in full.values():
        alike.sort(key=lambda g: -len(g.mentions))
        for k, group in enumerate(alike[1:], 1):
            last = group.key.split()[-1]
            target = next((g for g in alike[:k] if _left_out(g.key.split()[-1], last)), None)
            if target is not None and (target.label, target.key) in groups:
                _absorb(groups, target, (group.label, group.key))


# The fewest letters of a place's name for another spelling of it to be joined to it.
_PLACE_LETTERS = 5


def _join_place_spellings(groups: dict[tuple[str, str], _Group]) -> None:
    """A place the outlets transliterate differently is one place ("Benghazi" and "Bengazi",
    "Misrata" and "Misurata"): names spelt alike once the letters transliteration varies are
    made one, or alike but for one vowel one of them leaves out, that no article names both
    (an article spells one place one way; "Gaza" and "Giza" differ in a vowel and stay two).
    Countries are joined by their codes before."""
    spelt: dict[str, list[_Group]] = defaultdict(list)
    for (label, key), group in groups.items():
        if label == "PLACE" and not key.startswith("@"):
            # (Its words as written but an article's particle: "Al-Amara", "Amara".)
            words = group.aliases.most_common(1)[0][0].split()
            text = "".join(_spelt(_PARTICLE_PREFIX.sub("", w)) for w in words)
            if len(text) >= _PLACE_LETTERS:
                spelt[text].append(group)
    for text in sorted(spelt, key=len, reverse=True):
        for k in range(1, len(text) - 1):
            if text[k] in "aeiou" and text[:k] + text[k + 1 :] in spelt:
                spelt[text[:k] + text[k + 1 :]].extend(spelt.pop(text))
                break
    for alike in spelt.values():
        alike.sort(key=lambda g: (-len(g.mentions), g.key))
        kept: list[_Group] = []
        for group in alike:
            target = next((g for g in kept if not _share_article(g, group)), None)
            if target is None:
                kept.append(group)
            elif (group.label, group.key) in groups and (target.label, target.key) in groups:
                _absorb(groups, target, (group.label, group.key))


def _left_out(one: str, other: str) -> bool:
    """Whether two surname keys differ only where one has a vowel and the other none."""
    gaps = [re.split(r"[^ao]", key[1:]) for key in (one, other)]
    consonants = [re.sub(r"[ao]", "", key[1:]) for key in (one, other)]
    if one[:1] != other[:1] or consonants[0] != consonants[1]:
        return False
    return all(a == b or not a or not b for a, b in zip(*gaps, strict=True))


def _absorb(groups: dict[tuple[str, str], _Group], target: _Group, key: tuple[str, str]) -> None:
    source = groups.pop(key)
    target.aliases.update(source.aliases)
    target.mentions.extend(source.mentions)


def entity_id(label: str, key: str) -> str:
    return "e" + hashlib.sha1(f"{label}\x00{key}".encode()).hexdigest()[:12]


def _build(groups: dict[tuple[str, str], _Group], documents: Sequence[Document]) -> EntityIndex:
    docs = {d.id: d for d in documents}
    entities: list[Entity] = []
    by_mention: dict[tuple[str, int], str] = {}
    names: dict[str, str] = {}
    people: dict[str, tuple[tuple[int, frozenset[str]], ...]] = {}  # persons' names by document
    for (label, key), group in groups.items():
        eid = entity_id(label, key)
        name = _display_name(label, group.aliases)
        doc_ids = sorted({doc_id for doc_id, _m in group.mentions})
        sources = sorted({docs[d].outlet for d in doc_ids})
        roles = _roles(group, docs, people) if label == "PERSON" else ()
        for doc_id, mention in group.mentions:
            by_mention[(doc_id, mention.start)] = eid
        names[name.lower()] = eid
        entities.append(
            Entity(
                eid,
                name,
                label,
                tuple(sorted(group.aliases)),
                roles,
                len(group.mentions),
                tuple(doc_ids),
                tuple(sources),
            )
        )
    linked = _capital_links(entities, names)
    kinds = {
        entity_id(label, key): _kind(label, key, group) for (label, key), group in groups.items()
    }
    entities = [
        replace(e, linked=tuple(sorted(linked.get(e.id, ()))), kind=kinds[e.id]) for e in entities
    ]
    entities.sort(key=lambda e: (-e.mention_count, e.name))
    countries = {e.id for e in entities if e.kind == "country"}
    governments = {
        e.id: next(c for c in e.linked if c in countries)
        for e in entities
        if e.kind != "country" and any(c in countries for c in e.linked)
    }
    places = frozenset(e.id for e in entities if e.label == "PLACE")
    return EntityIndex(
        tuple(entities),
        by_mention,
        _name_lookup(entities),
        governments,
        places,
        _national_sides(entities),
        frozenset(countries),
    )


def _national_sides(entities: Sequence[Entity]) -> dict[str, str]:
    """Each person whose roles name one country of the story, and no other ("Armenian Prime
    Minister", "Armenia's Prime Minister"): that country."""
    countries = [e for e in entities if e.kind == "country"]
    if not countries:
        return {}
    names = {alias.lower(): e.id for e in countries for alias in e.aliases if len(alias) > 1}
    pattern = re.compile(
        r"(?<![\w.])(?:"
        + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        + r")(?![\w])",
        re.I,
    )
    sides: dict[str, str] = {}
    for entity in entities:
        if entity.label != "PERSON":
            continue
        named = {names[m.group(0).lower()] for r in entity.roles for m in pattern.finditer(r.text)}
        if len(named) == 1:
            sides[entity.id] = named.pop()
    return sides


_KINDS = {"PERSON": "person", "ORG": "organization", "GROUP": "group", "PRODUCT": "product"}


def _kind(label: str, key: str, group: _Group) -> str:
    """What an entity is: a place is a country when ISO 3166 knows its name, a facility when
    the model mostly tagged it as one, else a city or region."""
    if label != "PLACE":
        return _KINDS[label]
    if key.startswith("@"):
        return "country"
    labels = Counter(m.label for _d, m in group.mentions)
    return "facility" if labels["FAC"] > len(group.mentions) / 2 else "city or region"


def _name_lookup(entities: list[Entity]) -> dict[str, str]:
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for alias in entity.aliases:
            owners[alias.lower()].add(entity.id)
            words = person_words(alias)
            if entity.label == "PERSON" and len(words) > 1:
                owners[words[-1].lower()].add(entity.id)
    return {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}


def _display_name(label: str, aliases: Counter[str]) -> str:
    """The most complete form people actually use: for a person, the most frequent full name
    without a title ("Barack Obama", not "Mr Obama" nor a rare mis-cut "Katrina Barack Obama");
    otherwise the most frequent form with the most words."""
    if label == "PERSON":
        full = [
            a for a in aliases if len(person_words(a)) >= 2 and person_words(a)[0] == a.split()[0]
        ]
        if full:
            return max(full, key=lambda a: (aliases[a], len(a), a))

    if label == "PLACE":
        # A country goes by its name, not by the word for its people ("Russia", not "Russian").
        names = [a for a in aliases if a[:1].isupper() and not _is_demonym(a, aliases)]
        aliases = Counter({a: aliases[a] for a in names}) or aliases

    # Otherwise the form used most, a name of several words counted half as much again (an
    # acronym half as much): "Apple" over "Apple Computer" when it is used twice as often,
    # "United Nations" over "UN" unless "UN" is used three times as often.
    def weight(alias: str) -> float:
        factor = 0.5 if acronym_of(alias) else 1.5 if len(alias.split()) > 1 else 1.0
        return aliases[alias] * factor

    return _whole_initialism(max(aliases, key=lambda a: (weight(a), len(a), a)))


def _whole_initialism(name: str) -> str:
    """An initialism with its last full stop, which a mention's text leaves out with the
    punctuation after a name ("U.S" is "U.S.")."""
    return name + "." if _INITIALS_CUT.fullmatch(name) else name


_INITIALS_CUT = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _is_demonym(alias: str, aliases: Counter[str]) -> bool:
    if demonym_of(alias) and not country_code(alias):
        return True
    key = fold(alias).rstrip("s")
    return any(key in demonym_forms(other) for other in aliases if other != alias)


def _roles(
    group: _Group,
    docs: dict[str, Document],
    people: dict[str, tuple[tuple[int, frozenset[str]], ...]],
) -> tuple[Role, ...]:
    """The posts the articles give the entity beside its mentions, each with the day it is
    first given; not one that holds a person's name, its own or another's ("Obama President"
    for Obama, or for Bush in "President-elect Barack Obama President George W. Bush")."""
    seen: dict[str, Role] = {}
    own = {w for alias in group.aliases for w in person_words(alias) if len(w) > 2}
    mine = {(doc_id, mention.start) for doc_id, mention in group.mentions}
    others_in: dict[str, set[str]] = {}  # by document: the words of other people's names
    for doc_id, mention in group.mentions:
        doc = docs[doc_id]
        others = others_in.get(doc_id)
        if others is None:
            others = others_in[doc_id] = {
                w for start, words in _people_words(doc, people) if (doc_id, start) not in mine
                for w in words
            }  # fmt: skip
        for text in roles_near(doc.text, mention.start, mention.end):
            if own.intersection(text.split()) or others.intersection(text.split()):
                continue
            key = text.lower()
            role = Role(text, doc.published, doc_id)
            if key not in seen or (role.date or "9999") < (seen[key].date or "9999"):
                seen[key] = role
    return tuple(sorted(seen.values(), key=lambda r: (r.date or "9999", r.text)))


def _people_words(
    doc: Document, people: dict[str, tuple[tuple[int, frozenset[str]], ...]]
) -> tuple[tuple[int, frozenset[str]], ...]:
    """(start, name words) of each person a document names in full (a lone word the model calls
    a person may be a nationality: "Kestrian"), kept in ``people`` by document."""
    found = people.get(doc.id)
    if found is None:
        found = people[doc.id] = tuple(
            (m.start, frozenset(w for w in words if len(w) > 2 and w[0].isupper()))
            for m in doc.mentions
            if m.label == "PERSON" and len(words := person_words(m.text)) > 1
        )
    return found


def _capital_links(entities: list[Entity], names: dict[str, str]) -> dict[str, set[str]]:
    countries = {
        code: e.id for e in entities if e.label == "PLACE" and (code := country_code(e.name))
    }
    links: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        if entity.label != "PLACE":
            continue
        code = capital_of(entity.name)
        other = countries.get(code) if code else None
        if other is not None and other != entity.id:
            links[entity.id].add(other)
            links[other].add(entity.id)
    return links
