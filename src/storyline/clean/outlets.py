"""One name for a news agency that articles sign in several ways ("AP", "Associated Press",
"The Associated Press"; "Reuters", "Thomson Reuters"), so that an agency's articles found by
their text count as one source. The names are the agencies' own."""

from __future__ import annotations

import re

_AGENCIES = {
    "ap": "The Associated Press",
    "associated press": "The Associated Press",
    "ap news": "The Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "tass": "TASS",
    "itar-tass": "TASS",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "upi": "UPI",
    "united press international": "UPI",
    "anadolu agency": "Anadolu Agency",
    "bloomberg news": "Bloomberg",
    "bloomberg": "Bloomberg",
}


def is_agency(name: str) -> bool:
    """Whether a name is one a news agency signs with ("Reuters", "The Associated Press")."""
    return _key(name) in _AGENCIES


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(name.split()).lower()).strip(" .")


def canonical_outlet(name: str | None) -> str | None:
    """The agency's one name for any of the names it signs with; any other name as it is."""
    if name is None:
        return None
    return _AGENCIES.get(_key(name), name)
