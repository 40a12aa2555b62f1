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
    # National and regional agencies, by the names their datelines and credits use.
    "press trust of india": "PTI",
    "pti": "PTI",
    "asian news international": "ANI",
    "ani": "ANI",
    "indo-asian news service": "IANS",
    "ians": "IANS",
    "kyodo": "Kyodo News",
    "kyodo news": "Kyodo News",
    "yonhap": "Yonhap",
    "yonhap news agency": "Yonhap",
    "ansa": "ANSA",
    "efe": "EFE",
    "interfax": "Interfax",
    "ria novosti": "RIA Novosti",
    "irna": "IRNA",
    "islamic republic news agency": "IRNA",
    "isna": "ISNA",
    "tasnim": "Tasnim",
    "tasnim news agency": "Tasnim",
    "fars news agency": "Fars",
    "mehr news agency": "Mehr News Agency",
    "mna": "Mehr News Agency",
    "sana": "SANA",
    "syrian arab news agency": "SANA",
    "wam": "WAM",
    "emirates news agency": "WAM",
    "saudi press agency": "Saudi Press Agency",
    "qatar news agency": "QNA",
    "qna": "QNA",
    "kuwait news agency": "KUNA",
    "kuna": "KUNA",
    "middle east news agency": "MENA",
    "national news agency": "National News Agency",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
    "kazinform": "Kazinform",
    "bernama": "Bernama",
    "antara": "Antara",
    "australian associated press": "AAP",
    "aap": "AAP",
    "canadian press": "The Canadian Press",
    "central news agency": "Central News Agency",
    "xinhua net": "Xinhua",
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
