"""Titles and roles written next to a person's name.

"German Chancellor Angela Merkel", "White House spokeswoman Dana Perino", "Ban Ki-moon, the UN
secretary-general," -> "German Chancellor", "White House spokeswoman", "UN secretary-general".
"""

from __future__ import annotations

import re

ROLE_NOUNS = (
    r"minister|president|vice[- ]president|chancellor|premier|prime minister|secretary|"
    r"secretary-general|spokes(?:man|woman|person)|leader|chief|head|director|governor|mayor|"
    r"senator|congressman|congresswoman|representative|ambassador|envoy|mediator|negotiator|"
    r"general|commander|admiral|king|queen|prince|princess|emir|sultan|sheikh|ayatollah|pope|"
    r"chairman|chairwoman|chair|ceo|executive|officer|founder|lawmaker|legislator|judge|"
    r"prosecutor|attorney|lawyer|adviser|advisor|aide|official|candidate|activist|analyst|"
    r"economist|professor|researcher|correspondent|editor|bishop|cardinal|cleric|imam|"
    r"commissioner|deputy|speaker|diplomat|coach|manager|owner|captain|colonel|major|sergeant"
)
# Words a role written before a name may open with besides capitalised ones ("the EU deputy
# secretary general", "Iran's nuclear chief"), among them other role nouns.
_ROLE_PREFIX = (
    r"former|acting|deputy|vice|foreign|interior|defen[cs]e|finance|prime|chief|senior|top|state|"
    r"opposition|rebel|army|party|white house|then|nuclear|special|national|security|"
    r"intelligence|trade|justice|energy|oil|economy|economic|agriculture|education|culture|"
    r"environment|transport|labou?r|media|military|regional|supreme|assistant|associate|"
    r"secretary|general|minister|president|commander|director|executive|envoy"
)
# Titles written before a name, with whom each names: a man ("m") or a woman ("f"); a
# monarch's stands before a given name ("King Hussein"), not a surname.
TITLE_GENDER = {
    "mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "queen": "f", "princess": "f",
}  # fmt: skip
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess"})
# Titles that open a person's name and end none, nor stand inside one ("Dr Murray", "Lord
# Goldsmith"; "King" and "Prince" end names too: "Carole King", "Port-au-Prince").
NAME_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord"})

# Name particles, lower-case words inside a person's name ("Bashar al-Assad", "Staffan de
# Mistura", "Jean Charles de Menezes").
NAME_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di", "du", "del", "della",
    "der", "den", "la", "le", "dos", "das", "ter",
})  # fmt: skip

_BEFORE = re.compile(
    rf"(?<![\w.'\u2019-])((?:(?:[A-Z][\w.'\u2019-]*|{_ROLE_PREFIX}) ){{0,4}}"
    rf"(?:(?:delegation|party|army|police|union|government|opposition|press|campaign|team|"
    rf"parliamentary|cabinet|military|rebel|ministry|embassy|company|state|health) )?"
    rf"(?i:{ROLE_NOUNS})) $"
)
# How a role written before a name can end (lower case): a cheap test before _BEFORE.
_ROLE_ENDINGS = tuple(
    noun.split()[-1]
    for noun in ROLE_NOUNS.replace(
        "spokes(?:man|woman|person)", "spokesman|spokeswoman|spokesperson"
    )
    .replace("vice[- ]president", "president")
    .split("|")
)
_AFTER = re.compile(
    rf"^,\s+(?:the\s+|a\s+|an\s+)?((?:[\w.'\u2019-]+\s+){{0,4}}?(?i:{ROLE_NOUNS})"
    rf"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){{0,3}})?)"
    rf"\s*[,.;]"
)


# Words before a role that are no part of it: function words (in small letters or opening the
# sentence), days and times, and the capitalised words that open a sentence before it ("If
# President ...", "With Prime Minister", "Perhaps President").
_EITHER_CASE = (
    "of after when while that the a an and to by for with is it as on in at from but last next"
)
_SMALL_ONLY = "said says told then month week year"
_OPENING_ONLY = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday If Without Under Before Since "
    "Until Among Like Unlike Despite Although Though Because Unless Whether So Will Would Should "
    "Could Can May Must Does Do Did Has Have Had Was Were Are Dear Today Yesterday Tonight Now "
    "Here There Why How What Where Who Even Also Only Meanwhile Via Per Amid Through Interview "
    "Retweet RETWEET Against Perhaps Maybe Indeed Instead Still Yet Thus However Therefore "
    "Moreover Again Already Soon Into Over About During Within Between Behind Toward Towards "
    "Upon Near"
)
_LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:(?:"
    + "|".join(
        [f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _EITHER_CASE.split()]
        + (_SMALL_ONLY + " " + _OPENING_ONLY).split()
    )
    + r")\s+)+"
)


# An adverb, participle or past form opening the sentence before a role ("Hopefully",
# "Following", "Freed"), where it is no word a role is written with ("Outgoing Prime
# Minister", "Retired General").
_OPENING_WORD = re.compile(
    r"^(?!(?:Outgoing|Incoming|Reigning|Ruling|Sitting|Serving|Retired|Elected|Exiled)\s)"
    r"[A-Z][a-z]+(?:ly|ing|ed)\s+"
)
_ROLE_WORD = re.compile(rf"^(?i:{_ROLE_PREFIX}|{ROLE_NOUNS})\s")


def _without_opening_words(role: str) -> str:
    while True:
        role = _LEADING_FUNCTION_WORDS.sub("", role)
        opening = _OPENING_WORD.match(role)
        if opening is None or _ROLE_WORD.match(role):
            return role
        role = role[opening.end() :]


# A role noun in small letters after a modal or "to" is a verb ("History will judge Blair",
# "chosen to head Almora's delegation").
_VERB_BEFORE = re.compile(
    r"\b(?:will|would|shall|should|may|might|can|could|must|to|did|does|do)\s+[a-z]+$"
)
# What follows a name and a comma without saying what the person is ("Bush, such as his
# deputy", "Galloway, and the former French minister").
_NO_APPOSITION = re.compile(
    r"(?:and|or|but|nor|such|like|unlike|including|as|who|whom|whose|which|while|not)\s", re.I
)
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?][\"\u201d']?\s+")


def roles_near(text: str, start: int, end: int) -> list[str]:
    """Roles written just before the name at text[start:end], or in apposition after it."""
    found = []
    piece = text[max(0, start - 80) : start]
    # Not across the end of the sentence before ("... Enrique Mora. Kestria's nuclear chief").
    piece = piece[max((m.end() for m in _SENTENCE_END.finditer(piece)), default=0) :]
    ends = piece.endswith(" ") and piece[:-1].lower().endswith(_ROLE_ENDINGS)
    before = _BEFORE.search(piece) if ends else None
    if before and not _VERB_BEFORE.search(piece, 0, before.end(1)):
        found.append(_without_opening_words(before.group(1).strip()))
    after = _AFTER.match(text[end : end + 120])
    if after and not _NO_APPOSITION.match(after.group(1)):
        found.append(_without_opening_words(after.group(1).strip()))
    return [r for r in found if 2 <= len(r) <= 80]
