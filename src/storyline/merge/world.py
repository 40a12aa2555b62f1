"""Countries and capitals.

Countries by every name the ISO 3166 data of pycountry (LGPL-2.1) gives them (name, official name,
common name, and the short form before a comma: "Iran" from "Iran, Islamic Republic of"), and
the English names in wide use that ISO does not give (below), so that "Russia", "the Russian
Federation" and "RU" are one country. Capitals and their countries, so that a capital used for
its government ("Washington said") is linked to the country while staying its own entity.
Facts from common reference knowledge.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


CAPITALS = {
    "washington": "United States", "moscow": "Russia", "beijing": "China", "london": "Britain",
    "paris": "France", "berlin": "Germany", "tokyo": "Japan", "kyiv": "Ukraine",
    "kiev": "Ukraine", "tehran": "Iran", "baghdad": "Iraq", "damascus": "Syria",
    "cairo": "Egypt", "jerusalem": "Israel", "ankara": "Turkey", "riyadh": "Saudi Arabia",
    "kabul": "Afghanistan", "islamabad": "Pakistan", "new delhi": "India", "delhi": "India",
    "seoul": "South Korea", "pyongyang": "North Korea", "rome": "Italy", "madrid": "Spain",
    "brussels": "Belgium", "the hague": "Netherlands", "amsterdam": "Netherlands",
    "vienna": "Austria", "bern": "Switzerland", "warsaw": "Poland", "prague": "Czech Republic",
    "budapest": "Hungary", "athens": "Greece", "lisbon": "Portugal", "dublin": "Ireland",
    "oslo": "Norway", "stockholm": "Sweden", "helsinki": "Finland", "copenhagen": "Denmark",
    "ottawa": "Canada", "mexico city": "Mexico", "havana": "Cuba", "caracas": "Venezuela",
    "bogota": "Colombia", "lima": "Peru", "brasilia": "Brazil", "buenos aires": "Argentina",
    "santiago": "Chile", "canberra": "Australia", "wellington": "New Zealand",
    "jakarta": "Indonesia", "manila": "Philippines", "bangkok": "Thailand", "hanoi": "Vietnam",
    "kuala lumpur": "Malaysia", "singapore": "Singapore", "dhaka": "Bangladesh",
    "kathmandu": "Nepal", "colombo": "Sri Lanka", "tripoli": "Libya", "tunis": "Tunisia",
    "algiers": "Algeria", "rabat": "Morocco", "khartoum": "Sudan", "addis ababa": "Ethiopia",
    "nairobi": "Kenya", "mogadishu": "Somalia", "abuja": "Nigeria", "pretoria": "South Africa",
    "kinshasa": "Democratic Republic of Congo", "kampala": "Uganda", "dakar": "Senegal",
    "accra": "Ghana", "harare": "Zimbabwe", "amman": "Jordan", "beirut": "Lebanon",
    "sanaa": "Yemen", "doha": "Qatar", "abu dhabi": "United Arab Emirates", "muscat": "Oman",
    "kuwait city": "Kuwait", "manama": "Bahrain", "baku": "Azerbaijan", "yerevan": "Armenia",
    "tbilisi": "Georgia", "minsk": "Belarus", "chisinau": "Moldova", "bucharest": "Romania",
    "sofia": "Bulgaria", "belgrade": "Serbia", "zagreb": "Croatia", "sarajevo": "Bosnia",
    "pristina": "Kosovo", "tirana": "Albania", "skopje": "North Macedonia",
    "port-au-prince": "Haiti", "santo domingo": "Dominican Republic", "kingston": "Jamaica",
    "tashkent": "Uzbekistan", "astana": "Kazakhstan", "bishkek": "Kyrgyzstan",
    "dushanbe": "Tajikistan", "ashgabat": "Turkmenistan", "ulaanbaatar": "Mongolia",
    "taipei": "Taiwan", "naypyidaw": "Myanmar", "phnom penh": "Cambodia", "vientiane": "Laos",
}  # fmt: skip
