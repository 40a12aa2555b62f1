"""Countries, their capitals and the words for their people.

Countries by every name the ISO 3166 data of pycountry (LGPL-2.1) gives them (name, official name,
common name, and the short form before a comma: "Iran" from "Iran, Islamic Republic of"), and
the English names in wide use that ISO does not give (below), so that "Russia", "the Russian
Federation" and "RU" are one country. Capitals and nationality words from the country data of
countryinfo (MIT): a capital used for its government ("Washington said") is linked to the
country while staying its own entity; "Russian" and "the Russians" are Russia as an actor.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

# English names in wide use that ISO 3166 does not list (it has "Russian Federation",
# "Türkiye", "Czechia", "United Kingdom").
COMMON_NAMES = {
    "russia": "RU", "britain": "GB", "great britain": "GB", "turkey": "TR", "holland": "NL",
    "burma": "MM", "ivory coast": "CI", "czech republic": "CZ", "macedonia": "MK",
    "swaziland": "SZ", "cape verde": "CV", "east timor": "TL", "vatican": "VA",
    "the vatican": "VA", "palestine": "PS", "laos": "LA", "moldova": "MD", "america": "US",
    "united states of america": "US", "usa": "US", "u s a": "US", "us": "US", "u s": "US",
    "uk": "GB", "u k": "GB", "the netherlands": "NL",
}  # fmt: skip


def fold(text: str) -> str:
    """Lower case without accents ("Müller" -> "muller")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _fold(text: str) -> str:
    """A country name as it is looked up: folded, letters only, without "the"."""
    text = re.sub(r"[^a-z ]+", " ", fold(text))
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text).strip())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import pycountry

    owners: dict[str, set[str]] = {}
    for country in pycountry.countries:
        names = {
            country.name,
            getattr(country, "official_name", ""),
            getattr(country, "common_name", ""),
        }
        for name in list(names):
            if ", " in name:
                names.add(name.split(", ")[0])  # "Iran, Islamic Republic of" -> "Iran"
        for name in names:
            if name:
                owners.setdefault(_fold(name), set()).add(country.alpha_2)
    found = {name: next(iter(codes)) for name, codes in owners.items() if len(codes) == 1}
    found.update({_fold(name): code for name, code in COMMON_NAMES.items()})
    return found


def country_code(name: str) -> str | None:
    """The ISO 3166 code of the country ``name`` names ("Russia", "the Russian Federation" ->
    "RU"), or None. A three-letter code counts only in capitals ("USA", not "usa")."""
    if re.fullmatch(r"[A-Z]{3}", name.strip()):
        import pycountry

        found = pycountry.countries.get(alpha_3=name.strip())
        return found.alpha_2 if found is not None else None
    return _country_names().get(_fold(name))


def country_alpha3(name: str) -> str | None:
    """The ISO 3166 three-letter code of the country ``name`` names ("Russia" -> "RUS")."""
    code = country_code(name)
    if code is None:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return str(country.alpha_3) if country is not None else None


# Capitals as news names them where countryinfo spells them otherwise ("Washington D.C.").
_CAPITAL_NAMES = {
    "washington": "US", "kyiv": "UA", "kiev": "UA", "astana": "KZ", "delhi": "IN", "sanaa": "YE",
}  # fmt: skip


@lru_cache(maxsize=1)
def _countryinfo() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(capital -> ISO codes, demonym -> ISO codes) from countryinfo's country data; a name may
    be shared ("American": the United States and American Samoa)."""
    from countryinfo import CountryInfo

    capitals: dict[str, set[str]] = {}
    demonyms: dict[str, set[str]] = {}
    for data in CountryInfo.all().values():
        code = (data.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        for field, found in (("capital", capitals), ("demonym", demonyms)):
            values: Any = data.get(field) or []
            for value in [values] if isinstance(values, str) else values:
                if isinstance(value, str) and value:
                    found.setdefault(_fold(value), set()).add(code)
    for name, code in _CAPITAL_NAMES.items():
        capitals[name] = {code}
    return capitals, demonyms


def capital_of(name: str) -> str | None:
    """The ISO code of the country whose capital ``name`` is ("Moscow" -> "RU"), or None."""
    return _only(_countryinfo()[0].get(_fold(name), set()))


def demonym_codes(name: str) -> set[str]:
    """The ISO codes of the countries a nationality word names ("Russian", "Russians" ->
    {"RU"}; "American" -> the United States and American Samoa)."""
    key = _fold(name)
    found = _countryinfo()[1]
    return set(found.get(key) or (found.get(key[:-1], set()) if key.endswith("s") else set()))


def demonym_of(name: str) -> str | None:
    """The ISO code of the country a nationality word names ("Russian", "Russians" -> "RU"),
    or None, as where two countries share it (a name two countries share decides nothing)."""
    return _only(demonym_codes(name))


def _only(codes: set[str]) -> str | None:
    return next(iter(codes)) if len(codes) == 1 else None


# First words of countries' names that name no nationality on their own.
_NOT_NATIONAL = frozenset(
    {"united", "south", "north", "east", "west", "new", "saint", "st", "republic", "central",
     "democratic", "the", "holy", "el", "sri", "costa", "sierra", "papua", "solomon", "marshall",
     "cook", "cayman", "virgin", "faroe", "falkland", "isle"}
)  # fmt: skip


def demonym_forms(country: str) -> set[str]:
    """The nationality words English makes from a country's name ("Syria" -> "syrian",
    "Iraq" -> "iraqi", "Sudan" -> "sudanese"), for names no data set knows."""
    name = _fold(country)
    stem = name[:-1] if name[-1:] in "aey" else name
    forms = {name + "n", name + "an", name + "ian", name + "i", stem + "an", stem + "ian"} | {
        name + "ese",
        stem + "ese",
        name + "ish",
    }
    if name.endswith("stan") and len(name) > 6:  # "Kazakh", "Uzbek", "Afghan"
        forms |= {name[:-4], name[:-5] if name[-5] == "i" else name[:-4]}
    first, _, rest = name.partition(" ")
    if rest and first not in _NOT_NATIONAL:
        forms.add(first)  # "Saudi" for Saudi Arabia
    return forms
