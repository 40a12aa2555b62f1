"""Which variety of English a text is written in, read from its spellings; it says how the text
writes a date in figures ("03/10/2023" is 3 October in British English, March 10 in American).
Cleaning reads a page's date by it, annotation the dates in an article's text."""

from __future__ import annotations

import re

# Spellings of one variety of English that are no words of the other, as whole words. Names
# written in the other variety ("World Trade Center", Australia's "Labor" party, "Pearl
# Harbor", the "Department of Defense") are why the American list leaves such words out.
_STEMS_OUR = r"(?:colo|favo|hono|neighbo|behavio|rumo)"
_STEMS_ISE = (
    r"(?:organ|real|recogn|apolog|priorit|optim|emphas|summar|categor|util|minim|maxim|critic"
    r"|special|modern|civil|mobil|stabil|character)"
)
_ENDINGS_ISE = r"(?:e|es|ed|ing|ation|ations)"
_STEMS_LL = r"(?:travel|model|label|counsel)"
_BRITISH = re.compile(
    rf"(?i)\b(?:{_STEMS_OUR}ur\w*|(?:centre|theatre|litre|fibre)s?|{_STEMS_ISE}is{_ENDINGS_ISE}"
    rf"|(?:defence|licence|offence)s?|{_STEMS_LL}l(?:ed|ing|er|ers)|jewellery)\b"
)
_AMERICAN = re.compile(
    rf"(?i)\b(?:{_STEMS_OUR}r(?:s|ed|ing|ite|ites|able|ful)?|{_STEMS_ISE}iz{_ENDINGS_ISE}"
    rf"|{_STEMS_LL}(?:ed|ing|er|ers)|jewelry)\b"
)
# A variety is read only from this many of its spellings, and this many times the other's.
VARIETY_SPELLINGS = 2
VARIETY_MAJORITY = 3


def english_variety(text: str) -> str | None:
    """'en-GB' or 'en-US' where the text's spellings clearly say which ("colour", "centre",
    "organised", "defence", "travelled"; "color", "organized", "traveled"), else None. A
    British page writes an all-number date day first ("03/10/2023" for 3 October).

    >>> english_variety("The centre was organised in honour of the travelling players.")
    'en-GB'
    """
    british = len(_BRITISH.findall(text))
    american = len(_AMERICAN.findall(text))
    if british >= VARIETY_SPELLINGS and british >= VARIETY_MAJORITY * american:
        return "en-GB"
    if american >= VARIETY_SPELLINGS and american >= VARIETY_MAJORITY * british:
        return "en-US"
    return None
