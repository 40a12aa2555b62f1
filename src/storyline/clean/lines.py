"""Line classification: every line of an article gets a label and, if it is removed, a reason.

The decision rests on a few measurable features of the line (its words, how many of them are page
furniture, capitalisation, closing punctuation, dates and times in it) rather than on a list of
known strings, so that unseen sites' chrome is caught by the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from storyline.addresses import site_address
from storyline.calendar import MONTH_RE, WEEKDAY_RE, find_dateline_dates, find_explicit_dates
from storyline.clean.outlets import is_agency
from storyline.clean.vocabulary import CHROME_WORDS, FILLER_WORDS, ICON_WORDS, SECTION_WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|\d+(?::\d+)*")
_TIME = re.compile(r"\b\d{1,2}(?::\d\d){1,2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
# Time zones as news pages write them after a clock time ("14:02 GMT", "10:30 IST").
_ZONES = r"GMT|UTC|BST|[ECMP][SD]?T|CES?T|EES?T|IST|PKT|JST|KST|HKT|SGT|AES?T|AEDT|EAT|MSK|SAST"
_TIMEZONE = re.compile(rf"\b(?:{_ZONES})\b")
_MEDIA_ONLY = re.compile(
    r"^[\s(\[]*(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:/|of)?\s*)+(?:min(?:s|utes)?)?[\s)\]]*$", re.I
)
# "Watch: Delegates leave the talks", "VIDEO: ...", "Listen - the minister's interview".
_MEDIA_LABEL = re.compile(
    r"^\s*(?:watch|listen|video|audio|photos?|gallery|podcast|live|in pictures|slideshow)"
    r"(?:\s+(?:now|again|live|video))?\s*[:|\u2013\u2014-]\s+\S",
    re.I,
)
# What a media player says in place of itself: "Media playback is unsupported on your device",
# "The voice in this audio is AI-generated", "Your browser does not support the video tag".
_PLAYER_NOTICE = re.compile(
    r"^\W*(?:media\s+playback\s+is\s+(?:not\s+supported|unsupported)"
    r"|(?:this|the)\s+(?:video|audio|media|player)\s+(?:is\s+(?:not\s+)?(?:available|supported)"
    r"|(?:can\s*not|cannot|could\s+not)\s+be\s+(?:played|loaded))"
    r"|your\s+(?:browser|device)\s+does\s*(?:n't|\s+not)\s+support"
    r"|the\s+voice\s+in\s+this\s+(?:audio|video)|(?:this\s+)?audio\s+is\s+ai[- ]generated)\b",
    re.I,
)
# "Syria provinces [click to enlarge]", "Map (tap to expand)": the label of an image or a map.
ENLARGE = re.compile(
    r"[\[(]?\s*(?:click|tap|touch)\s+(?:here\s+)?(?:to|for)\s+(?:enlarge|expand|zoom|view larger|"
    r"larger|full[- ]?screen|full size|bigger)(?:\s+(?:image|map|photo|picture|graphic))?\s*[\])]?"
    r"\s*$|[\[(]\s*(?:enlarge|expand|view larger)\s*[\])]\s*$",
    re.I,
)
_TAG_LINE = re.compile(
    r"^\s*(?:tags?|topics?|filed\s+under|categor(?:y|ies)|keywords?|related(?:\s+\w+)?|see\s+also|"
    r"read\s+more(?:\s+about)?|also\s+read|more\s+(?:on|from|about)\s*[^:]{0,40}|recommended|"
    r"more\s+stories|you\s+may\s+also\s+like|further\s+reading)\s*[:|\u00bb>\u2013\u2014-]",
    re.I,
)
# A line that only announces a list of links to other articles ("Related Coverage", "More on
# this story", "Read next"): the headline-like lines under it are those links. Not "Read more"
# or "Recommended", which are as often a product card's button or badge.
RELATED_LABEL = re.compile(
    r"^\s*(?:related(?:\s+(?:coverage|stories|articles|content|news|reading|links|posts|topics))?|"
    r"more\s+(?:on|about)\s+this\s+(?:story|topic)|read\s+next|see\s+also|also\s+read|read\s+also|"
    r"more\s+stories|you\s+may\s+also\s+like|further\s+reading|most\s+(?:read|popular|viewed)|"
    r"recommended\s+(?:stories|articles|reading|content|for\s+you))"
    r"\s*:?\s*$",
    re.I,
)
# A post or a title in a speaker's label or line ("SECRETARY RUBIO:", "MR LAVROV:", "MARCO
# RUBIO, SECRETARY OF STATE").
SPEAKER_POST = re.compile(
    r"\b(?:secretary|president|minister|ambassador|spokes(?:man|woman|person)|senator|governor"
    r"|general|chairman|chair|moderator|envoy|mr|mrs|ms|dr)\b",
    re.I,
)
# What a browser copies of a screen reader's labels around a list of links ("list of 3 items",
# "list 1 of 3", "end of list"): never the article's.
LIST_LABEL = re.compile(
    r"^\s*(?:list\s+of\s+\d+\s+items?|list\s+\d+\s+of\s+\d+|end\s+of\s+list)\s*$", re.I
)
LIST_LABEL_REASON = "chrome: a screen reader's label of a list"


def reads_as_link_title(line: str) -> bool:
    """Whether a line reads as another article's headline: a capital first, at most 20 words,
    and no sentence's full stop or exclamation at its end."""
    stripped = line.strip().rstrip("\"'\u201d\u2019)")
    return (
        bool(stripped[:1].isupper() or stripped[:1].isdigit())
        and 2 <= len(stripped.split()) <= 20
        and not stripped.endswith((".", "!", ":", ";", ","))
    )


# The most links a related-links label is taken to head.
RELATED_LINKS = 8


def under_related_label(texts: Sequence[str], index: int, reach: int = RELATED_LINKS) -> bool:
    """Whether the line at ``index`` is one of the headlines listed under a related-links label
    ("Read also" / "Lavrov: Russia ready to work with ..."): it and every line between it and
    the label read as headlines, the label at most ``reach`` lines above."""
    if not reads_as_link_title(texts[index]):
        return False
    passed = 0
    for above in range(index - 1, -1, -1):
        if RELATED_LABEL.match(texts[above]):
            return True
        if LIST_LABEL.match(texts[above]):
            continue
        passed += 1
        if passed >= reach or not reads_as_link_title(texts[above]):
            return False
    return False


# A news photo's caption: one sentence telling in the present what the people in the picture
# do ("Secretary-General Antonio Guterres speaks to reporters at UN Headquarters."), with no
# past or future of a report's.
# (Words that are as often nouns, "talks", "signs", "votes", "protests", count as a caption's verb
# only before what the verb takes: "Putin talks with Erdogan", not "the first direct talks since".)
_CAPTION_VERBS = re.compile(
    r"^[A-Z][^.!?]*\b(?:speaks?|attends?|arrives?|gestures?|looks\s+on|look\s+on|waits?|"
    r"walks?|pass(?:es)?|stands?|sits?|poses?|holds?|listens?|addresses|delivers?|shakes?|greets?|leaves|"
    r"visits?|inspects?|carries|carry|watches|watch|prays?|mourns?|gathers?|"
    r"celebrates?|reacts?|chairs?|meets?|(?:is|are)\s+seen"
    r"|talks?(?=\s+(?:with|to)\b)|signs?(?=\s+(?:a|an|the)\b)|votes?(?=\s+(?:at|in|for)\b)"
    r"|protests?(?=\s+(?:against|outside)\b))"
    r"\b[^.!?]*\.?[\"'\u201d\u2019]?$"
)
# Where a person stands in the picture: "Enrique Mora, centre, chairs ...", "(L) and (R)".
_IN_PICTURE = re.compile(
    r",\s+(?:(?:second|third|far)\s+)?(?:left|right|centre|center|front|back)"
    r"(?:\s+(?:of|to)\s+\w+)?,|\((?:L|R|C|left|right|centre|center)\)"
)
# (A past form in small letters: "the United Nations" is no past tense.)
_REPORT_TENSE = re.compile(r"\b(?:[a-z]\w*ed|said|told|was|were|had|has|have|will|would)\b")
# What a sentence says is ahead, which no photo shows: "The next round of talks is due to be
# held in Geneva" ("talks" there a noun, not a caption's verb).
_AHEAD = re.compile(r"\b(?:is|are)\s+(?:due|expected|set|scheduled|to)\b|\bto\s+be\b")


def reads_as_photo_caption(line: str) -> bool:
    """Whether a line reads as a photo's caption (used beside a photo credit only)."""
    stripped = line.strip()
    # Without its full stop, a line in title case is a headline ("Putin Meets Erdogan in Sochi").
    headline = not stripped.endswith(".") and features(stripped).title_case_share >= 0.75
    return (
        len(stripped.split()) <= 30
        and not headline
        and (_CAPTION_VERBS.match(stripped) is not None or _IN_PICTURE.search(stripped) is not None)
        and not _REPORT_TENSE.search(stripped)
        and not _AHEAD.search(stripped)
    )


# A note about the article's author: "Jane Roe is a staff writer for the Post", "In an
# award-winning journalism career spanning three decades, Jane Roe has covered ...", "About the
# author: ...".
_JOURNALIST = (
    r"(?:reporter|writer|journalist|photojournalist|correspondent|columnist|editor|contributor|"
    r"blogger|author|freelancer|photographer|producer|critic|anchor)s?"
)
_AUTHOR_BIO = re.compile(
    rf"^(?:About the authors?\b:?\s*)?(?:In an? [\w -]{{0,40}}\bcareer\b[^,]{{0,60}},\s*)?"
    rf"(?:As [^,]{{1,50}},\s*)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){{0,3}}\s+"
    rf"(?:is (?:an?|the) (?:[\w'\u2019-]+,? (?:and )?){{0,5}}(?i:{_JOURNALIST})\b"
    r"|(?:has|have|'s|\u2019s) (?:been )?(?:covered|covering|(?:reported|reporting) on"
    r"|(?:written|writing) (?:about|for))\b|(?:covers|writes (?:about|for))\b)"
)
_ABOUT_AUTHOR = re.compile(r"^About the authors?\b", re.I)
# The sentences that go on about the author: "Before that, ...", or one that opens on the
# author and speaks of the work ("He was the Post's chief State Department reporter ...").
_BIO_GOES_ON = re.compile(r"^(?:Before (?:that|joining)|Previously|Prior to|Earlier in)\b")
_BIO_PRONOUN = re.compile(r"^(?:He|She|They|His|Her|Their)\b")
_BIO_WORK = re.compile(
    rf"\b(?i:{_JOURNALIST})\b|\b(?:covered|covers|covering|reported|writes|wrote|written)\b"
)


# A label over what the author or the editors say to the reader: "Note from the author:",
# "A message from our editor".
_NOTE_LABEL = re.compile(
    r"^(?:an?\s+)?(?:note|message|letter|word)\s+from\s+(?:the|our)\s+"
    r"(?:authors?|editors?|editor-in-chief|publisher|newsroom|team)\W*$",
    re.I,
)


def reads_as_author_bio(line: str) -> bool:
    """Whether a line opens a note about the article's author (used at the article's edges)."""
    stripped = line.strip()
    return bool(
        _AUTHOR_BIO.match(stripped) or _ABOUT_AUTHOR.match(stripped) or is_note_label(stripped)
    )


def is_note_label(line: str) -> bool:
    """Whether a line labels a note from the author or the editors: all under it is the note."""
    return bool(_NOTE_LABEL.match(line.strip()))


def goes_on_about_author(line: str, at_foot: bool) -> bool:
    """Whether a line after a note's first goes on about the author: at the article's foot any
    sentence about them, at its top only one about their work (the story may start "They ...")."""
    stripped = line.strip()
    if _BIO_GOES_ON.match(stripped):
        return True
    return bool(_BIO_PRONOUN.match(stripped) and (at_foot or _BIO_WORK.search(stripped)))


# "Posted under Car Tires", "Filed in Health", "#development #git": a post's categories.
_CATEGORY_LINE = re.compile(
    r"^\s*(?i:posted|filed)\s+(?i:in|under)\s+[A-Z#]|^\s*#\w+(?:[\s,]+#\w+)*\s*$"
)
_CREDIT_WORDS = (
    r"photo(?:graph)?s?|image|picture|pic|video|graphic|illustration|credit|courtesy|file\s+photo"
    r"|screenshot|screengrab|getty(?:\s+images)?|shutterstock|afp|ap|reuters|epa|xinhua|pool"
)
_CREDIT_LINE = re.compile(
    rf"^\s*[(\[]?\s*(?:{_CREDIT_WORDS})(?:\s+(?:copyright|credit|by|via|source))?\s*[:/|\u00a9-]"
    # "Photo by Anadolu Agency", "Photos by Jane Roe for The Ledger"
    rf"|^\s*(?i:photo(?:graph)?s?|images?|pictures?|video)\s+(?i:by|via)\s+[A-Z][^.!?]*$",
    re.I,
)
# "(Photo: Reuters)", "(AP Photo/Jane Roe)", "[AP]", "[Getty Images]", "(Image: Getty)".
INLINE_CREDIT = re.compile(
    r"\s*[(\[]\s*(?:[A-Z][\w.]*\s+){0,2}(?:photo(?:graph)?s?|image|picture|pic|credit|courtesy|"
    r"file\s+photo|screenshot|getty\s+images|illustration)\b[^)\]\n]{0,80}[)\]]"
    r"|\s*\[\s*[A-Z]{2,6}(?:\s*/\s*[A-Z][\w ]{1,30})?\s*\]",
    re.I,
)
# "REUTERS/Jane Roe", "AFP/Getty Images", "AP Photo/John Doe".
_AGENCY_SLASH = re.compile(r"\b[A-Z]{2,}(?:\s+Photo)?\s*/\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*\s*$")
# A line that ends in a photo credit is a caption: "... AFP PHOTO / POOL / JANE ROE",
# "... REUTERS/Jane Roe", "... (Photo: Jane Roe)", "... Photograph: Jane Roe/AP".
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
_PHOTO_WIRE = (
    r"Reuters|REUTERS|AFP|AP|EPA|EPA-EFE|Getty Images|Anadolu(?: Agency)?|SANA|Xinhua|Bloomberg"
    r"|dpa|UPI|Pool|POOL|Shutterstock|Alamy"
)
# A caption's agency at its end: "... at the Astana talks. (AFP)", "... in Astana. \u2014 AFP".
_AGENCY_END = re.compile(
    rf"(?:\s+[\u2014\u2013-]+\s*(?:{_PHOTO_WIRE})|\s*\((?:{_PHOTO_WIRE})\))\s*$"
)
_SHORT_CAPTION = 15  # words of a caption that need not read as one, under its agency
_MIN_CAPTION = 3


def reads_as_agency_caption(line: str) -> bool:
    """Whether a line is a photo's caption closed by its agency's name: one that reads as a
    caption, or a short line with no verb of a report ("Syria's opposition delegation at the
    Astana talks. (AFP)"). (A report's paragraph signed by its agency has a verb of one.)"""
    match = _AGENCY_END.search(line)
    if match is None:
        return False
    caption = line[: match.start()].strip()
    if reads_as_photo_caption(caption):
        return True
    # (Not a place in capitals before its agency: "ASTANA \u2013 Anadolu Agency" is a dateline.)
    return (
        _MIN_CAPTION <= len(caption.split()) <= _SHORT_CAPTION
        and not caption.isupper()
        and not _REPORT_TENSE.search(caption)
    )


# "EU Delegation in Vienna/Handout via REUTERS", "Ministry of Defence/Handout": a handout's credit.
_HANDOUT_CREDIT = re.compile(rf"(?:\bHandout\s+)?\bvia\s+(?:{_PHOTO_WIRE})\s*$|/\s*Handout\s*$")
_BY_CREDIT = r"\(\s*By\s+[A-Z][^()\n]{1,50}?\s*(?:--|\u2014|\u2013)\s*[A-Z][\w.&'\u2019 ]{1,40}\)"
PHOTO_CREDIT_END = re.compile(
    rf"(?:\b[A-Z]{{2,}}\s+PHOTO\s*/.*|\b(?:AP|AFP|EPA|REUTERS|Reuters|UPI|Getty Images)"
    rf"(?:\s+Photo)?\s*/\s*{_NAME}(?:\s*/\s*{_NAME}){{0,3}}"
    r"|[(\[]\s*(?i:photo|image|picture)s?\s*(?::|by|credit)[^)\]]{1,80}[)\]]"
    # "... in Astana [Mukhtar Kholdorbekov/Reuters]", "(File: Jane Roe/AFP)", "(Defence
    # Ministry/AFP/Getty Images)"
    rf"|[(\[]\s*(?:File:\s*)?{_NAME}\s*/\s*(?:{_PHOTO_WIRE})(?:\s*/\s*{_NAME})?\s*[)\]]"
    # "... in Astana, Kazakhstan. (Xinhua/Bai Xuefei)": the agency first
    rf"|[(\[]\s*(?:{_PHOTO_WIRE})(?:\s+Photo)?\s*/\s*{_NAME}\s*[)\]]"
    # "... in front of the tower. (By Jane Roe -- Associated Press)": a photographer and an outlet
    rf"|{_BY_CREDIT}"
    # "... in Istanbul on May 16, 2025. (Defense Ministry / Telegram)": who took it, where posted
    rf"|(?<=[.!?\"\u201d])\s+[(\[]\s*{_NAME}\s*/\s*{_NAME}\s*[)\]]"
    # "... where the talks are held. Photograph: Jane Roe/Reuters", "Composite: AFP/Getty"
    rf"|\b(?:Photograph|Photo|Photos|Image|Picture|Illustration|Composite)s?:\s*{_NAME}"
    rf"(?:\s*/\s*{_NAME}){{0,2}}\.?"
    # "... to mediate the conflict. Photo via OSCE.", "... in Baku. Photo by Jane Roe."
    rf"|(?<=[.!?\"\u201d])\s+(?:Photograph|Photo|Image|Picture)s?\s+(?:via|by|courtesy\s+of)\s+"
    rf"(?:the\s+)?{_NAME}\.?)\s*$"
)
# An agency's caption of a photo from its archive: "FILE - Azerbaijan's President Ilham Aliyev,
# left, and ...", "FILE PHOTO: ...".
_FILE_PHOTO = re.compile(
    r"^(?:FILE|ARCHIVE)(?:\s+PHOTO)?\s*(?:-{1,2}|[:\u2013\u2014])\s+(?=[A-Z\"\u201c])"
)
_FILE_CAPTION_WORDS = 80


def reads_as_file_photo_caption(line: str) -> bool:
    """Whether a line is the caption of an archive photo ("FILE - ..."). ("FILE:" alone leads
    a gallery's captions too, read with the lines around them.)"""
    stripped = line.strip()
    return (
        bool(_FILE_PHOTO.match(stripped))
        and not stripped.startswith(("FILE:", "ARCHIVE:"))
        and len(stripped.split()) <= _FILE_CAPTION_WORDS
    )


# "\u00a9 Sputnik / Alexey Druzhinin", "\u00a9 AFP 2017/ Kirill Kudryavtsev": a photo's copyright,
# its agency and then its photographer.
_SIGNED_CREDIT = re.compile(
    rf"^\s*\u00a9\s*[A-Z][\w.&' -]{{1,40}}?(?:\s+(?:19|20)\d\d)?\s*/\s*{_NAME}\s*$"
)
# A reviewed book's details: "Torture and Truth by Mark Danner (650pp, Granta, £16.99)".
BOOK_DETAILS = re.compile(r"\(\s*\d{2,4}\s*pp?\b[^()]{0,60}[£$€#]\s*\d+(?:\.\d\d)?\s*\)")
# "SOURCE: Bloomberg | GRAPHIC: By ... ; Photo by ...": the credits of a graphic or photo.
CREDIT_LABEL = re.compile(
    r"\b(?:SOURCE|SOURCES|GRAPHIC|GRAPHICS|PHOTO|PHOTOS|PHOTOGRAPH|CREDIT|CREDITS|ILLUSTRATION"
    r"|MAP|CHART)\s*:|\b(?i:photo(?:graph)?s?|graphics?|illustrations?|map|chart)\s+by\b"
)
# Where an advertisement stood, in the article: "Story continues below advertisement",
# "Article continues after this ad".
_AD_NOTICE = re.compile(
    r"^\W*(?:story|article|text|content)\s+continues\s+(?:below|after|under)\s+"
    r"(?:this\s+|the\s+)?(?:advertisement|advert|ad)\W*$",
    re.I,
)


# A print page's jump line: "Continued from page 1", "Continued on Page A6", "See TALKS, Page 4".
_JUMP_LINE = re.compile(
    r"^\W*(?:(?:continued|cont'd|cont\.)\s+(?:from|on)\s+|see\s+[A-Z][\w' -]{0,30},\s+)"
    r"(?:back\s+)?page\s+[A-Z]?\d{1,3}\W*$",
    re.I,
)
# An invitation to a newsletter set in the story: "Sign up for our Africa newsletter and get ...".
_NEWSLETTER_PROMPT = re.compile(
    r"^\W*(?:sign\s+up|subscribe|register|join)\b(?:\s+\w+){0,3}\s+(?:to|for)\s+(?:our|the|a)\b"
    r"(?:\s+[\w'\u2019-]+){0,5}?\s+(?:newsletters?|briefings?|bulletins?|alerts)\b",
    re.I,
)


FILE_PHOTO_REASON = "credit: an archive photo's caption"
_SCRIPT_LABEL_WORDS = 4


def is_other_script_label(line: str) -> bool:
    """Whether a short line is written wholly in another script than the Latin (a link to the
    page in Russian or Armenian): no line of an English article's text."""
    letters = [c for c in line if c.isalpha()]
    return (
        bool(letters)
        and len(line.split()) <= _SCRIPT_LABEL_WORDS
        and not any(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    )


def is_ad_notice(line: str) -> bool:
    """Whether a line only marks where an advertisement stood, where a printed story jumps to or
    from another page, or invites the reader to a newsletter (never the article's)."""
    stripped = line.strip()
    return bool(
        _AD_NOTICE.match(stripped)
        or _JUMP_LINE.match(stripped)
        or (_NEWSLETTER_PROMPT.match(stripped) and len(stripped.split()) <= 30)
        or (_CLICK_PROMPT.match(stripped) and len(stripped.split()) <= 20)
    )


# A link's prompt to the outlet's app or newsletter: "CLICK HERE TO GET THE FOX NEWS APP". (A
# blog's "Click here to read our full review" is often its own text.)
_CLICK_PROMPT = re.compile(
    r"^\W*(?:click|tap)\s+here\b.*\b(?:app|newsletters?|alerts|subscribe|sign\s+up)\b", re.I
)


# "This article is more than 3 months old", "This post was published over 2 years ago".
_AGE_NOTICE = re.compile(
    r"^\W*this\s+(?:article|post|story|page|piece|content)\s+(?:is|was\s+(?:published|written))"
    r"\s+(?:more\s+than|over|at\s+least)\s+(?:\d+|an?|one|two|three|four|five|six)\s+"
    r"(?:day|week|month|year)s?\s+(?:old|ago)\b",
    re.I,
)
_IMAGE_COPYRIGHT = re.compile(r"^\s*(?:image|photo|picture|media)\s+(?:copyright|caption)\b", re.I)
# A caption's label on a line of its own, the caption on the line under it ("Image caption,").
CAPTION_LABEL = re.compile(r"^\W*(?:(?:image|photo|picture|media|video)\s+)?caption\W*$", re.I)
_BYLINE = re.compile(
    r"^\s*(?:(?:(?i:written|posted|story|text|words|report(?:ed)?|(?:medically\s+)?reviewed|edited"
    r"|tested|fact[- ]?checked))\s+)?(?:[Bb][Yy]\s*:?|(?i:contributions?\s+from|authors?)\s*:)"
    r"(?:\s+|(?=[A-Z][a-z]))"
    r"(?:the\s+)?[A-Z][\w.'\u2019-]*"
    r"(?:[\s,]+(?:and\s+)?[A-Z][\w.'\u2019-]*){0,8}"
    r"(?:\s*[,|\u2013\u2014-]\s*[\w .,'&\u00ae]{0,60})?\s*$"
)
SIGNOFF_REASON = "sign-off: reporting and editing credits"
_SIGNOFF = re.compile(
    r"^\W*(?i:(?:additional\s+)?reporting|editing|writing|compiled|translated|contributed|"
    r"research(?:ed)?)\s+by\s+[A-Z]"
    r"|(?i:contributed\s+to\s+this\s+(?:report|story|article))\W*$"
)
# "Jane Roe reports.", "Staff correspondent for The Ledger - Jane Roe reports from Lakeport."
_ROLE_WORD = (
    r"(?:[A-Z][\w.'&\u2019-]*|for|of|the|at|with|and|staff|senior|special|chief|media|news|press"
    r"|\w*(?:journalist|correspondent|reporter|writer|editor|contributor)s?)"
)
# "... from Kyiv", "... from Riga, Latvia", "... from Kyiv and Jane Roe from Riga, Latvia".
_FROM_PLACE = r"\s+from\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:,\s+[A-Z][\w ]+)?"
REPORTS = re.compile(
    rf"^\s*(?:{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,7}}\s+[\u2013\u2014-]\s+)?"
    r"(?:[A-Z][\w.'\u2019-]+\s+){1,4}"
    rf"(?:reports|reported|reporting)(?:{_FROM_PLACE}"
    rf"(?:,?\s+and\s+(?:[A-Z][\w.'\u2019-]+\s+){{0,3}}[A-Z][\w.'\u2019-]+(?:\s+reported)?"
    rf"{_FROM_PLACE})*)?"
    r"\.?\s*$"
)
# "Hwaida Saad contributed reporting from Beirut, and Ivan Nechepurenko from Moscow.",
# "Associated Press writer Jane Roe contributed from Moscow."
CONTRIBUTED = re.compile(
    rf"^\s*(?:{_ROLE_WORD}[\s,]+){{1,12}}contributed\s+(?:additional\s+)?"
    r"(?:reporting|research|to\s+this|from)\b.{0,120}$"
)
_CONTACT = re.compile(r"^\s*(?:contact|email|e-mail|follow|write to)\b.{0,80}(?:@|\bat\b)", re.I)
_SET_OFF = re.compile(
    r"^\s*(?:[-=*#~_\u2013\u2014\u2022]{1,}\s*)(.+?)(?:\s*[-=*#~_\u2013\u2014]+)?\s*$"
)
# A line closed as a sentence or a quotation is: a stop, a closing quotation mark or bracket.
TERMINAL = re.compile(r"[.!?\"'\u201d\u2019:;)\]]\s*$")
_WEEKDAY = re.compile(rf"\b{WEEKDAY_RE}(?=\W|$)", re.I)
_DATELINE_FILLER = re.compile(
    r"\b(?:posted|published|updated|last|modified|on|at|by|admin|editor|staff|am|pm|a\.m\.|p\.m\.|"
    r"et|gmt|utc|first|date|time|created|and)\b",
    re.I,
)
# A reading time beside a blog's date: "October 16, 2020 · 8 min read", "4 minute read".
_READING_TIME = re.compile(
    r"\b\d{1,3}\s*-?\s*min(?:ute)?s?\.?\s+read(?:ing)?\b|\bread(?:ing)?\s+time\b", re.I
)
# An agency that signs a dateline between slashes: "ASTANA, January 24. /TASS/.".
SLASHED_AGENCY = r"[A-Z][\w.&' -]{1,30}?"
# News agencies and broadcasters that sign a dateline with no dash after their name ("Astana,
# Kazakhstan (CNN) Russia, Turkey and ..."); any other name needs the dash, as "The International
# Energy Agency (IEA) Chief Economist ..." is a sentence. (As a regular expression.)
WIRE_NAME = "|".join(("CNN", "Reuters", "AP", "AFP", "UPI", "dpa", "Xinhua", "Bloomberg"))
_PLACE = r"^\s*(?:[A-Z][A-Za-z.'\u2019-]*(?:[ ,]+[A-Z][A-Za-z.'\u2019-]*){0,4}\s*)?"
# A place, a comma and an agency's name in capitals glued to a dash: "Astana, SANA-".
PLACE_CAPS_AGENCY = (
    r"^\s*[A-Z][A-Za-z.'\u2019-]+(?:\s+[A-Z][A-Za-z.'\u2019-]+)?,\s+(?P<caps>[A-Z]{2,10})"
    r"(?:--|[\u2013\u2014-])"
)
_AGENCY_PREFIX = re.compile(
    rf"{_PLACE}\((?:[A-Z][\w.&' ]{{1,30}})\)\s*(?:--|[\u2013\u2014-])\s*"
    r"|^\s*[A-Z][A-Z.'\u2019-]{2,}(?:[ ,]+[A-Z][A-Za-z.'\u2019-]*){0,3}\s*(?:--|[\u2013\u2014-])\s+"
    rf"|{_PLACE}\((?:{WIRE_NAME})\)\s+(?=[A-Z\"\u201c])"
    # "Astana, SANA- The final statement ...": a place and an agency's capitals, glued to a dash
    rf"|{PLACE_CAPS_AGENCY}\s*(?=[A-Z\"\u201c])"
)


@dataclass(frozen=True, slots=True)
class LineFeatures:
    words: tuple[str, ...]
    n_words: int
    chrome_share: float
    title_case_share: float
    terminal: bool
    n_dates: int
    n_times: int


@lru_cache(maxsize=4096)  # a line is looked at more than once while a page is cleaned
def features(line: str) -> LineFeatures:
    words = tuple(_WORD.findall(line))
    lowered = [w.lower() for w in words]
    content = [w for w in lowered if w not in FILLER_WORDS and not w.isdigit()]
    icons = any(_icon_names(w) for w in content)  # icon labels: their names are chrome too
    chrome = sum(
        1 for w in content if w in CHROME_WORDS or (icons and (w in ICON_WORDS or _icon_names(w)))
    )
    alpha = [w for w in words if w[0].isalpha()]
    titled = sum(1 for w in alpha if w[0].isupper() or w.lower() in FILLER_WORDS)
    return LineFeatures(
        words=words,
        n_words=len(words),
        chrome_share=(chrome / len(content)) if content else (1.0 if words else 0.0),
        title_case_share=(titled / len(alpha)) if alpha else 0.0,
        terminal=bool(TERMINAL.search(line)),
        n_dates=len(find_explicit_dates(line)),
        n_times=len(_TIME.findall(line)),
    )


@dataclass(frozen=True, slots=True)
class LineLabel:
    kind: str  # body, heading, dateline, removed
    reason: str | None = None
    text: str | None = None  # heading text without its decoration


def classify(line: str, feats: LineFeatures) -> LineLabel:
    """Label one non-empty line. Title and repeated-title handling need the document, not here."""
    stripped = line.strip()
    lowered = stripped.lower()
    if _MEDIA_ONLY.match(stripped):
        return LineLabel("removed", "media: player time or duration")
    if (_MEDIA_LABEL.match(stripped) and feats.n_words <= 16 and not stripped.endswith(".")) or (
        _PLAYER_NOTICE.match(stripped) and feats.n_words <= 16
    ):
        return LineLabel("removed", "media: video, audio or gallery label")
    if (_TAG_LINE.match(stripped) and feats.n_words <= 40) or (
        _CATEGORY_LINE.match(stripped) and feats.n_words <= 12 and not feats.n_dates
    ):
        return LineLabel("removed", "chrome: tags, categories or related links")
    if (
        "cookie" in lowered
        and re.search(r"privacy|consent|accept|brows|experience|site|polic", lowered)
    ) or "javascript" in lowered:
        return LineLabel("removed", "chrome: cookie or browser notice")
    if feats.n_words <= 45 and (
        len(set(_SUBSCRIBE_CUES.findall(lowered))) >= 2 or _NEWS_PROMPT.match(stripped)
    ):
        return LineLabel("removed", "chrome: subscription prompt")
    if _AGE_NOTICE.match(stripped):
        return LineLabel("removed", "chrome: notice of the article's age")
    if _opens_on_a_date(stripped) and is_dateline(stripped, feats):
        # ("June 22 - 2023 JEDDAH / KHARTOUM": places, not a photo's agency and photographer.)
        return LineLabel("dateline", "dateline: publication date and place")
    if _BAR_CREDIT.search(stripped) and feats.n_words <= 40:
        return LineLabel("removed", BAR_CREDIT_REASON)
    if _is_credit(stripped, feats):
        return LineLabel("removed", "credit: photo or caption credit")
    if reads_as_file_photo_caption(stripped):
        return LineLabel("removed", FILE_PHOTO_REASON)
    if is_dateline(stripped, feats):
        # Also "By Jane Roe | March 3, 2019": the date is what matters for the article.
        return LineLabel("dateline", "dateline: publication date and place")
    if _is_byline(stripped, feats):
        return LineLabel("removed", "byline")
    if _SIGNOFF.search(stripped) and feats.n_words <= 30:
        return LineLabel("removed", SIGNOFF_REASON)
    if REPORTS.match(stripped) or CONTRIBUTED.match(stripped) or _CONTACT.match(stripped):
        return LineLabel("removed", "sign-off")
    if LIST_LABEL.match(stripped):
        return LineLabel("removed", LIST_LABEL_REASON)
    if _is_menu(stripped):
        return LineLabel("removed", "chrome: navigation menu")
    if _is_chrome(feats):
        return LineLabel("removed", "chrome: menu, share or navigation words")
    heading = _heading_text(stripped, feats)
    if heading is not None:
        return LineLabel("heading", text=heading)
    return LineLabel("body")


_NOT_BY = re.compile(
    rf"^\W*by\s+(?:{WEEKDAY_RE}|{MONTH_RE}|then|now|noon|midnight|the\s+(?:time|end)|"
    r"\d|early|late|mid|last|next|this|that)(?=\W|$)",
    re.I,
)
# Lower-case words a byline may carry ("By Jane Roe and Tom Poe, staff writer in Oslo").
_BYLINE_WORDS = frozenset(
    [
        "and",
        "of",
        "the",
        "for",
        "in",
        "at",
        "with",
        "staff",
        "writer",
        "writers",
        "correspondent",
        "reporter",
        "reporters",
        "editor",
        "contributor",
        "special",
        "to",
        "from",
        "senior",
        "chief",
        "by",
        "written",
        "posted",
        "medically",
        "reviewed",
        "edited",
        "tested",
        "checked",
    ]
)


# A byline run into the article's first sentence, signed with a news agency's or broadcaster's
# name, which shows where the byline ends: "By Amir Ahmed, CNN Demonstrators clash ...", "By
# Elise Labott, CNN's Senior State Department Producer Two weeks ago ...", "By the CNN Staff The
# protesters ...". (Any other outlet's name may run on into the sentence's first words.)
_BYLINE_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}"
_BYLINE_ROLE = (
    r"(?:\s+[A-Z][a-z]+){0,4}\s+"
    r"(?i:writer|correspondent|producer|editor|reporter|analyst|contributor|staff)s?"
)
_BYLINE_AGENCY = rf"(?:the\s+)?(?:{WIRE_NAME}|Associated\s+Press)"
_GLUED_BYLINE = re.compile(
    rf"\s*By\s+(?:{_BYLINE_AGENCY}(?:\s+Wire)?\s+Staff"
    rf"|{_BYLINE_NAME}(?:(?:\s*,\s*|\s+and\s+){_BYLINE_NAME}){{0,3}},\s+{_BYLINE_AGENCY}"
    rf"(?:['\u2019]s{_BYLINE_ROLE}|{_BYLINE_ROLE})?)"
    r"\s+(?=[A-Z\"\u201c])"
)


def split_glued_byline(line: str) -> tuple[str | None, str]:
    """(byline, the sentence after it) of a line that opens with a byline signed by an agency
    and runs into the article's first sentence; (None, line) otherwise."""
    match = _GLUED_BYLINE.match(line)
    if match is None or _NOT_BY.match(line) or len(line[match.end() :].split()) < 4:
        return None, line
    return match.group(0).strip(), line[match.end() :]


def _is_byline(line: str, feats: LineFeatures) -> bool:
    if feats.n_words > 14 or not _BYLINE.match(line) or _NOT_BY.match(line):
        return False
    lower = [w for w in feats.words if w[0].islower() and w.lower() not in _BYLINE_WORDS]
    return len(lower) <= 1 and not (lower and feats.terminal)


# "Photograph: Jane Roe/Getty Images It was the silence ..." -> the credit, then the sentence.
# A photographer's name may have three words when agencies follow it ("Tim Sloan/AFP/Getty",
# "Win McNamee/pool/EPA"), two without them; an agency alone is one name ("Photograph: AP
# Hollywood star and activist Jane Fonda ...", "Photograph: Reuters BP is still ...").
_NAME_WORD = r"(?-i:[A-Z])[\w.'\u2019-]*"
_PHOTO_AGENCIES = (
    r"(?-i:AP|PA|AFP|EPA|Reuters|REUTERS|Nasa|NASA|Rex Features|Getty Images|Public Domain"
    r"|Corbis|Alamy)"
)
_CREDIT_PREFIX = re.compile(
    r"^\s*(?:(?:photo(?:graph)?s?|image|picture)\s*:\s*"
    rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?:\s*/\s*[A-Z][\w.'\u2019-]*(?:\s+Images)?){{1,3}}"
    rf"|{_PHOTO_AGENCIES}|{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
    # "(By Jane Roe -- Associated Press) SHANGHAI: At 101 stories, ...": a gallery's credit
    rf"|(?-i:{_BY_CREDIT}))\s+(?=(?-i:[A-Z\"\u201c']))",
    re.I,
)


def split_credit_prefix(line: str) -> tuple[str, str | None]:
    """Split a photo credit that runs into the sentence after it; (rest, credit) or (line, None)."""
    match = _CREDIT_PREFIX.match(line)
    if not match or len(line[match.end() :].split()) < 4:
        return line, None
    return line[match.end() :], line[: match.end()].strip()


# A gallery's caption led by the day of its photo or by the word for an old one: "April 29: Oil
# from the spill can be seen as a dark blue swirl ...", "July 17, 2010: The containment stack is
# shown ...", "FILE: President Obama talks with ..." (not a post's time stamp: "February 7,
# 2011: 8:43 AM ET ...").
_DATED_CAPTION = re.compile(
    rf"^(?:FILE|(?i:{MONTH_RE})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?):\s+(?!\d{{1,2}}[:.]\d\d)\S"
)
_CAPTION_WORDS = 40
# The agency a photo is credited to, run into the line after its caption: "AP BILOXI,
# Mississippi -- ...", "(AP) AP2010 Executives ...", "AFP/Getty Images May 4: ...", "ESA As oil
# ...". (Space agencies credit the satellite pictures of a spill, a storm or a fire; not "EPA",
# which opens "EPA Administrator Lisa Jackson said ...".)
_GLUED_AGENCY = re.compile(
    r"^(?:\(?(?:AP|AFP|Reuters|REUTERS|Getty Images|Xinhua|ESA|NASA|NOAA)(?:\d{4})?"
    r"(?:\s*/\s*Getty Images)?\)?\s+)+(?=[A-Z0-9\"\u201c'])"
)


def reads_as_dated_caption(line: str) -> bool:
    """Whether a line is a photo's caption led by the photo's day (read beside a credit, or
    where a gallery opens an article)."""
    return bool(_DATED_CAPTION.match(line)) and len(line.split()) <= _CAPTION_WORDS


def split_glued_agency(line: str) -> tuple[str | None, str]:
    """(credit, rest) of a line that opens with a photo's agency credit, or (None, line)."""
    match = _GLUED_AGENCY.match(line)
    if not match or len(line[match.end() :].split()) < 3:
        return None, line
    return line[: match.end()].strip(), line[match.end() :]


# What a date that opens a line opens with: a figure or a month's name.
_DATE_OPENS = re.compile(rf"\d|(?i:{MONTH_RE})")


def _opens_on_a_date(line: str) -> bool:
    """Whether a line opens on a date with a day and a year."""
    if not _DATE_OPENS.match(line):
        return False  # (most lines: no need to look for dates in them here)
    dates = find_dateline_dates(line)
    return bool(dates) and dates[0].start == 0 and dates[0].year is not None


# "... in Port Sudan on May 6, 2023. | Photo Credit: AFP": a caption and its credit after a bar,
# never the article's.
_BAR_CREDIT = re.compile(r"\s\|\s*(?:photo|image|picture)\s*(?:credit)?\s*:\s*\S.{0,60}$", re.I)
BAR_CREDIT_REASON = "credit: a caption and its credit after a bar"


def _is_credit(line: str, feats: LineFeatures) -> bool:
    if feats.n_words > 40:
        return False
    if _IMAGE_COPYRIGHT.match(line) or (_CREDIT_LINE.match(line) and feats.n_words <= 12):
        return True
    if _AGENCY_SLASH.search(line) or _SIGNED_CREDIT.match(line):
        return True
    if _HANDOUT_CREDIT.search(line) and feats.n_words <= 12 and not feats.terminal:
        return True
    # A caption: a short line that ends in a credit in brackets.
    match = INLINE_CREDIT.search(line)
    return bool(match and match.end() >= len(line.rstrip()) - 1 and feats.n_words <= 40)


_SUBSCRIBE_CUES = re.compile(
    r"\b(subscribe|subscription|sign up|signup|newsletter|inbox|e-?mail|alerts|free|delivered|"
    r"contact us|"
    r"unsubscribe)\b"
)
# The site's offer to its reader: "Get Current Updates on World News ... along with Latest News
# and Top Headlines", "Catch all the breaking news and updates on ...".
_NEWS_PROMPT = re.compile(
    r"^(?:Get|Catch|Follow|Stay|Read|Download|Join|Track)\b(?=.*?\b(?i:news|updates|headlines)\b.*?"
    r"\b(?i:news|updates|headlines|stories)\b)(?!.*\b(?:said|says|told|has|have|had|was|were)\b)"
)
_MENU_SEPARATORS = re.compile(r"\s+[|\u2022\u00b7/\u00bb>\u203a]\s+")


def _is_menu(line: str) -> bool:
    """'Home | World | Politics | Business': several short items between separators."""
    items = [i for i in _MENU_SEPARATORS.split(line) if i.strip()]
    return len(items) >= 3 and all(len(i.split()) <= 3 for i in items) and not TERMINAL.search(line)


def _is_chrome(feats: LineFeatures) -> bool:
    if feats.n_words == 0:
        return True
    if feats.n_words <= 3 and not feats.terminal:
        return feats.chrome_share >= 0.5
    if feats.terminal and feats.n_words >= 2:
        # "All right." or "Tell us about that." are speech, not furniture.
        return feats.n_words <= 40 and feats.chrome_share >= 0.85
    if feats.n_words <= 40 and feats.chrome_share >= 0.6:
        return True
    # Comment counters and the like: "4 Comments", "Comments (12)".
    return feats.n_words <= 4 and feats.chrome_share >= 0.5


# "Foreign Ministry Spokesperson's Regular Press Conference on January 16, 2025", "Cybersecurity
# M&A Roundup: 45 Deals Announced in October 2025": a headline that ends on its day or month,
# four words or more before "on" or "in", no separator bar and no dateline's label
# among them (a dateline's words there are a label or a name: "Posted by Jane Roe on", "World
# News | Updated on").
_DAY_OF_A_HEADLINE = re.compile(
    r"^\s*([A-Z][\w'\u2019-]*(?:\s+[\w'\u2019&:-]+){3,})\s+(?:on|in)\s*$"
)


def is_dateline(line: str, feats: LineFeatures | None = None) -> bool:
    """A line that is a date (and maybe a time, place, weekday and 'posted by') and little else."""
    feats = feats or features(line)
    if feats.n_words > 25:
        return False
    dates = find_explicit_dates(line) or find_dateline_dates(line)
    if not dates:
        return False
    if (head := _DAY_OF_A_HEADLINE.match(line[: dates[0].start])) and not _DATELINE_FILLER.search(
        head.group(1)
    ):
        return False
    rest = line
    for found in reversed(dates):
        rest = rest[: found.start] + " " + rest[found.end :]
    rest = _TIME.sub(" ", rest)
    rest = _TIMEZONE.sub(" ", rest)
    rest = _WEEKDAY.sub(" ", rest)
    rest = _READING_TIME.sub(" ", rest)
    rest = _DATELINE_FILLER.sub(" ", rest)
    rest = re.sub(r"\([^)]{0,30}\)", " ", rest)
    leftover = [w for w in _WORD.findall(rest)]
    lower = [w for w in leftover if not w[0].isupper() and not w[0].isdigit()]
    # What is left may be a place ("LONDON"), an outlet or a poster name, but not a sentence.
    return len(lower) <= 1 and len(leftover) <= 8


def _heading_text(line: str, feats: LineFeatures) -> str | None:
    set_off = _SET_OFF.match(line)
    if (
        set_off
        and line[:1] in "-=*#~_\u2013\u2014\u2022"
        and feats.n_words <= 12
        and not re.search(r"[.!?]\s*$", line)
    ):
        inner = set_off.group(1).strip(" -=*#~_\u2013\u2014")
        if inner and len(inner.split()) <= 12:
            return inner
    if line.startswith("*") and line.endswith("*") and 0 < feats.n_words <= 12:
        return line.strip("* ")
    if feats.terminal or not 1 <= feats.n_words <= 10:
        return None
    if feats.title_case_share >= 0.75 or (line.isupper() and feats.n_words >= 1):
        return line
    return None


# "© 2017 BBC.", "Copyright © 2024 The Ledger | All rights reserved", "(c) 2019 Jane Roe":
# the notice opens with the sign, or with "Copyright" and the sign or a year.
_COPYRIGHT = re.compile(
    r"^\W{0,3}(?:\u00a9|\(c\)(?=\s*(?:19|20)\d\d)|copyright\s*(?:\u00a9|\(c\)|(?:19|20)\d\d))",
    re.I,
)
_RESERVED = re.compile(r"\ball\s+rights\s+reserved\b", re.I)
# A copyright's year or span of years: "2020", "1999-2017".
_YEARS = r"(?:19|20)\d\d(?:\s*[-\u2013\u2014]\s*(?:19|20)?\d\d)?"
# "Caucasus Courier \u00a9 2020": the holder before the sign, alone on its line.
_HOLDER_FIRST = re.compile(
    rf"^(?P<holder>[A-Z][\w.&'\u2019 -]{{1,60}}?)\s*(?:\u00a9|\([cC]\))\s*{_YEARS}\.?$"
)
_HOLDER = re.compile(
    r"^\W{0,3}(?:copyright\s*)?(?:\u00a9|\(c\))?\s*(?:copyright\s*)?"
    rf"(?:{_YEARS})?[\s,.]*"
    r"(?P<holder>[A-Z][^.|\u00b7\u2022,;:()\n]{1,60})",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PHOTO_AGENCY = re.compile(r"photo|image|picture|stock|getty|alamy|dreamstime|123rf|courtesy", re.I)
_LEGAL_FORM = re.compile(r"[\s,]+(?:inc|llc|ltd|plc|corp|gmbh|limited|corporation)\.?$", re.I)
_NO_HOLDER = re.compile(
    r"\b(?:all|rights|reserved|copyright|trademarks?|et\s+al)\b",
    re.I,
)


# A link to another article under its label ("Read more: Syrian rebels say ...", "See also:
# ...") and an outlet's note on its standards ("Our Standards: The Thomson Reuters Trust
# Principles."): never article text.
_LINK_OR_STANDARDS = re.compile(
    r"^\W*(?:read\s+(?:more|also|next)|also\s+read|see\s+also|related(?:\s+(?:article|story|"
    r"stories|coverage|content|reading))?|our\s+standards)\s*[:|\u00bb>\u2013\u2014]\s*\S",
    re.I,
)


# A note that the story came from a syndicated feed: "(Except for the headline, this story has
# not been edited by NDTV staff and is published from a syndicated feed.)"
# "This article is republished from The Conversation under a Creative Commons license."
_REPUBLISHED = r"this\s+(?:article|story|piece)\s+(?:is|was|has\s+been)\s+republished\s+from"
_SYNDICATED = re.compile(
    r"\bsyndicated\s+feed\b|\bauto-?generated\s+from\b"
    # "To learn more about republishing this content ...": the outlet's note on reprints
    r"|\brepublish(?:ing)?\s+(?:this|our)\s+(?:content|article|story|journalism)\b"
    rf"|^{_REPUBLISHED}\b"
    # An author's disclosure: "... does not work for, consult, own shares in or receive funding
    # from any company ...", "... has disclosed no relevant affiliations ...", and who funds the
    # site: "University of Lakeport provides funding as a member of The Conversation."
    r"|\bwork\s+for,\s+consult,\s+own\s+shares\s+in\b|\bdisclosed\s+no\s+relevant\s+affiliations\b"
    r"|\bprovides?\s+funding\s+as\s+(?:a\s+)?(?:founding\s+)?(?:member|partner)\s+of\b"
    # A press release's own note: "For information media. Not an official record."
    r"|\bnot\s+an\s+official\s+record\b",
    re.I,
)
# A post's tags or topics: "Tags: Syria Astana Russia", "Topics: Russia-Ukraine war".
_TAGS = re.compile(r"^\W*(?:tags?|topics?|filed\s+under)\s*:", re.I)


def is_link_or_standards_note(line: str) -> bool:
    """A labelled link to another article, an outlet's standards or syndication note, or a post's
    tags."""
    words = len(line.split())
    return (
        words <= 40 and bool(_LINK_OR_STANDARDS.match(line) or _TAGS.match(line))
    ) or is_syndication_note(line)


_NOTE_WORDS = 80  # an outlet's note on its feed or on reprints runs to a paragraph


def is_syndication_note(line: str) -> bool:
    """An outlet's note on its feed, on reprints or on who funds it, or an author's disclosure."""
    return len(line.split()) <= _NOTE_WORDS and bool(_SYNDICATED.search(line))


_STANDARDS_OF = re.compile(
    r"^\W*our\s+standards\s*:\s*(?:the\s+)?(?P<outlet>[A-Z][\w&' -]{1,40}?)\s+trust\s+principles",
    re.I,
)


def standards_holder(line: str) -> str | None:
    """The outlet a standards note names ("Our Standards: The Thomson Reuters Trust
    Principles." -> "Thomson Reuters")."""
    found = _STANDARDS_OF.match(line.strip())
    return found["outlet"] if found else None


def is_copyright_notice(line: str) -> bool:
    """A page's copyright line: never article text."""
    stripped = line.strip()
    if len(stripped.split()) > 40:
        return False
    return bool(_COPYRIGHT.match(stripped) or _HOLDER_FIRST.match(stripped)) or (
        len(stripped.split()) <= 25 and bool(_RESERVED.search(stripped))
    )


def copyright_holder(line: str) -> str | None:
    """Who a copyright notice names ("© 2017 Cable News Network. ..." -> "Cable News
    Network"), or None where it names no one or a photo agency."""
    stripped = line.strip()
    if _PHOTO_AGENCY.search(stripped) or _SIGNED_CREDIT.match(stripped):
        return None  # a photo's credit names its agency, not the article's outlet
    if first := _HOLDER_FIRST.match(stripped):
        # Read as the usual order: "\u00a9 2020 Caucasus Courier".
        years = stripped[first.end("holder") :].strip(" \u00a9()cC.")
        stripped = "\u00a9 " + years + " " + first["holder"]
    if not _COPYRIGHT.match(stripped):
        return None
    if not (_YEAR.search(stripped) or _RESERVED.search(stripped)):
        return None  # "\u00a9 Jane Roe" under a picture: its photographer
    match = _HOLDER.match(stripped)
    if match is None:
        return None
    holder = re.split(r"\s+(?:-|\u2013|\u2014)\s+", match.group("holder"))[0]
    holder = _LEGAL_FORM.sub("", holder.strip(" -\u2013\u2014")).strip()
    holder = re.sub(rf"\s+{_YEARS}$", "", holder)
    words = holder.split()
    if not 1 <= len(words) <= 6 or _NO_HOLDER.search(holder) or not holder[0].isupper():
        return None
    return holder


# An outlet's name on a source or credit line: "Al Jazeera", "Xinhua News Agency".
_OUTLET_NAME = r"(?P<outlet>[A-Z][\w.&'\u2019 -]{1,40}?)"
# A name of up to four capitalised words: "Dawn", "Middle East Eye".
_CAPITALISED_NAME = r"(?P<outlet>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})"
# "Source: Al Jazeera and news agencies" under an article: who wrote it, from what.
_SOURCE_CREDIT = re.compile(
    rf"^(?i:source):\s*{_OUTLET_NAME}"
    r"(?:\s*(?:,|(?i:and)|&)\s*(?i:(?:news\s+|wire\s+)?agencies))\.?$"
)
# An aggregator's link to where the story came from: "Read the original article on Sudan
# Tribune." (allAfrica), the outlet that wrote it.
_READ_ORIGINAL = re.compile(
    rf"^(?i:read\s+the\s+original\s+(?:article|story|post)\s+(?:on|at|in))\s+{_OUTLET_NAME}\.?$"
)
# The print edition that carried the story: "Published in Dawn, May 21st, 2023".
_PUBLISHED_IN = re.compile(
    r"^(?:(?i:first|originally)\s+)?(?i:published|printed|appeared)\s+(?i:in)\s+(?:the\s+)?"
    rf"{_CAPITALISED_NAME},\s+(?:[A-Z]|\d)"
)
# A source line naming one outlet: "Source(s): Xinhua News Agency" (taken where it is an agency).
_SOURCE_ALONE = re.compile(rf"^(?i:sources?|source\(s\))\s*:\s*{_OUTLET_NAME}\.?$")
# An agency signing the story at its foot after a dash: "\u2014 AFP", "- Reuters".
_DASH_SIGNED = re.compile(rf"^(?:--|[\u2013\u2014-])\s*{_OUTLET_NAME}\.?$")
# "Source: Meduza", "Story by Meduza": the name a story is credited to.
_CREDITED_TO = re.compile(
    rf"^\s*(?:Source|(?:Story|Text|Report|Reporting)\s+by)\s*:?\s+{_OUTLET_NAME}\.?\s*$"
)
# Short words of a name in capitals that are no acronym ("AL JAZEERA" is "Al Jazeera").
_NAME_PARTICLES = frozenset({"AL", "EL", "THE", "OF", "AND", "DE", "LA", "LE", "DU"})
# "Guardian staff and agencies", "Example News staff reporter": the outlet's own credit line
# (not "Technical staff", a list's item).
_STAFF_CREDIT = re.compile(
    r"^(?:The\s+)?(?P<outlet>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})\s+(?:staff"
    r"(?:\s+(?:and|&)\s+(?:news\s+|wire\s+)?agencies|\s+reporters?|\s+writers?)"
    r"|(?i:staff\s+(?:and|&)\s+(?:news\s+|wire\s+)?agencies))\.?$"
)


# A pasted page that opens with the site's logo: "The Guardian - Back to home(page)", "BBC
# Homepage", "Example News logo", or the site's address alone ("DW.COM").
_MASTHEAD = re.compile(
    r"^(?P<outlet>[A-Z][\w.&'\u2019 -]{0,40}?\w)\s*[-\u2013|:]?\s*"
    r"(?:(?:back|go|return)\s+to\s+(?:the\s+)?(?:home\s?page|home)|home\s?page|logo)$",
    re.I,
)

MASTHEAD_LINES = 12  # a logo is among the first lines of a page, after its skip links


# Words news outlets are named with ("Sudan Tribune", "BBC News", "The Northern Ledger"): what
# tells an outlet from a blog's category where a line names one without saying which it is.
NEWS_WORD = re.compile(
    r"\b(?:News|Times|Post|Tribune|Herald|Journal|Gazette|Telegraph|Guardian|Monitor|Observer|"
    r"Express|Mail|Chronicle|Press|Daily|Weekly|Star|Standard|Independent|Courier|Dispatch|"
    r"Inquirer|Register|Bulletin|Ledger|Record|Mirror|Globe|Sun|Agency|Wire|Radio|TV|"
    r"Television|Broadcasting)\b"
)

_LOGO_WORD = re.compile(r"^(?:[A-Z][\w.'\u2019&-]*|of|the|and|&|for)$")
_LOGO_OPENERS = ("Daily", "Radio")


def names_a_section(name: str) -> bool:
    """Whether a name is made of a site's section words alone ("World News", "Middle East")."""
    return all(w.lower() in SECTION_WORDS for w in name.split())


def logo_name(line: str) -> str | None:
    """The outlet a page's first line names on its own, as a logo does ("Tehran Times", "Sudan
    News Agency", "Al-Monitor", "Daily Sabah", "SANA"), or None: an agency, or two to four
    capitalised words that end on a word news outlets are named with (or open on "Daily" or
    "Radio"), not all of them a section's ("World News")."""
    text = line.strip()
    if is_agency(text):
        return text
    words = text.split()
    if len(words) == 1 and "-" in text and NEWS_WORD.search(text) and _LOGO_WORD.match(text):
        return text  # "Al-Monitor"
    if not 2 <= len(words) <= 4 or not all(_LOGO_WORD.match(w) for w in words):
        return None
    if names_a_section(text):
        return None
    named = (
        bool(NEWS_WORD.search(words[-1]))
        or (len(words) == 2 and words[0] in _LOGO_OPENERS)
        or (len(words) == 3 and words[0] == "The" and words[1] in _LOGO_OPENERS)
    )
    return text if named else None


# An outlet's name as a line writes it: capitalised words, with "of", "the", "and", "for".
# A place's name as a dateline writes it: up to three capitalised words ("Addis Ababa").
PLACE_NAME = r"[A-Z][A-Za-z.'\u2019-]+(?:\s+[A-Z][A-Za-z.'\u2019-]+){0,2}"
OUTLET_NAME = r"[A-Z][\w'&.]*(?:\s+(?:[A-Z][\w'&.]*|of|the|and|for|&)){0,5}"
# An outlet under a byline ("By Jane Roe" / "BBC News", "Example Daily, Nairobi").
_OUTLET_LINE = re.compile(
    rf"^(?P<outlet>{OUTLET_NAME})(?:,\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,2}})?$"
)


_JOB_WORD = re.compile(
    r"\b(?:Senior|Staff|Chief|Editor|Correspondent|Reporter|Writer|Contributor|Columnist|"
    r"Producer|Analyst|Photographer)\b"
)


def outlet_under_byline(line: str) -> str | None:
    """The outlet a line right under a byline names ("By Jane Roe" / "BBC News" -> "BBC News";
    "Example Daily, Nairobi" -> "Example Daily"), where it is named as outlets are."""
    match = _OUTLET_LINE.match(line.strip())
    if match is None or not NEWS_WORD.search(match["outlet"]) or _JOB_WORD.search(line):
        return None  # nor "Senior Life and Trends Reporter", a post
    return match["outlet"]


_BY = re.compile(r"^(?:By\s+)?(?P<name>.*?)\s*[|,\u2013\u2014-]?\s*$")


# "By Euronews with AP", "By RFE/RL's Ukrainian Service": an outlet signing with the agencies
# it draws on, or one of its desks.
_WITH_WIRES = (
    rf"\s+with\s+(?:{_PHOTO_WIRE}|{WIRE_NAME})(?:\s*(?:,|and|&)\s*(?:{_PHOTO_WIRE}|{WIRE_NAME}))*"
)
_OUTLET_WITH = re.compile(rf"^(?P<outlet>[A-Z][\w.&'\u2019/ -]{{1,40}}?){_WITH_WIRES}$")
_OUTLET_AGENCIES = re.compile(
    r"^(?P<outlet>[A-Z][\w.&'\u2019/-]*(?:\s+[A-Z][\w.&'\u2019/-]*){0,3})\s+(?:(?i:with\s+agencies)"
    r"|(?:Editorial|News)\s+(?:Staff|Team|Desk))$"
)
_OUTLET_DESK = re.compile(
    r"^(?P<outlet>[A-Z][\w.&/-]*(?:\s+[A-Z][\w.&/-]*){0,3})['\u2019]s\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Service|Desk|Bureau|Newsroom|Staff)$"
)


def byline_outlet(line: str) -> str | None:
    """The outlet a line over the article names as its author: an agency alone ("Reuters |",
    "The Associated Press" under a "By"), an outlet's staff ("By Example Times Staff and
    Agencies" -> "Example Times"), an outlet with the agencies it draws on ("By Euronews with
    AP") or one of its desks ("By RFE/RL's Ukrainian Service")."""
    name = _BY.match(line.strip())["name"]  # type: ignore[index]
    if is_agency(name):
        return name
    if match := _STAFF_CREDIT.match(name):
        return match["outlet"]
    for pattern in (_OUTLET_WITH, _OUTLET_AGENCIES, _OUTLET_DESK):
        if (match := pattern.match(name)) and _reads_as_outlet(match["outlet"]):
            return _usual_case(match["outlet"])
    if match := _STAFF_ALONE.match(name):
        return match["outlet"]
    if _NEWSROOM.match(name):
        return name  # "By VOA News" (not "By Jane Post", nor a site's "Real Estate News")
    return None


# A broadcaster's or an agency's initials and its newsroom's word ("By VOA News", "By CNN Wire").
_NEWSROOM = re.compile(r"^[A-Z]{2,5}\s+(?:News|Wire|Radio|TV|Television)$")

# An outlet's staff signing alone over the article: "MEE staff", "TOI Staff".
_STAFF_ALONE = re.compile(rf"^(?:The\s+)?{_CAPITALISED_NAME}\s+[Ss]taff$")


def _reads_as_outlet(name: str) -> bool:
    """A name of one word, or with a news word, capitals or a digit ("Euronews", "RFE/RL",
    "Ledger News"), not a person's ("Jane Roe")."""
    return (
        len(name.split()) == 1
        or bool(NEWS_WORD.search(name))
        or any(w.isupper() or any(c.isdigit() for c in w) for w in name.split())
    )


def masthead(line: str) -> str | None:
    """The outlet a page's logo line names ("The Guardian - Back to homepage" -> "The
    Guardian", "DW.COM" -> "dw.com"), or None."""
    text = line.strip()
    if match := _MASTHEAD.match(text):
        outlet = match.group("outlet")
        # "Go to home page", "Back to the homepage" name no site.
        return None if outlet.lower().split()[-1] in ("to", "the", "our", "your") else outlet
    return site_address(text)


# "(FRANCE 24 with AFP and Reuters)": the outlet and the agencies its story draws on.
_WITH_AGENCIES = re.compile(rf"^[(\[]\s*{_OUTLET_NAME}{_WITH_WIRES}\s*[)\]]\.?$")


def credited_name(line: str) -> str | None:
    """The name a line credits the story to ("Source: Meduza", "Story by Meduza"), or None."""
    match = _CREDITED_TO.match(line)
    return match["outlet"] if match else None


def agency_source(line: str) -> str | None:
    """The agency a source line names alone ("Source(s): Xinhua News Agency"), or None. Under
    the story it names the story's outlet; inside, it credits a chart or a photo."""
    match = _SOURCE_ALONE.match(line.strip())
    return match["outlet"] if match and is_agency(match["outlet"]) else None


def print_edition(line: str) -> str | None:
    """The newspaper whose print edition carried the story ("Published in Dawn, May 21st, 2023"
    -> "Dawn"), or None: the outlet where nothing signs the story."""
    match = _PUBLISHED_IN.match(line.strip())
    return match["outlet"] if match else None


_REPUBLISHED_FROM = re.compile(rf"^(?i:{_REPUBLISHED})\s+(?P<outlet>{OUTLET_NAME})")


def source_credit(line: str) -> str | None:
    """The outlet a source line credits with the article ("Source: Al Jazeera and news
    agencies" -> "Al Jazeera", "Guardian staff and agencies" -> "Guardian", "(FRANCE 24 with
    AFP and Reuters)" -> "France 24", "\u2014 AFP" -> "AFP", "Read the original article on Sudan
    Tribune." -> "Sudan Tribune"), or None."""
    stripped = line.strip()
    match = (
        _SOURCE_CREDIT.match(stripped)
        or _STAFF_CREDIT.match(stripped)
        or _WITH_AGENCIES.match(stripped)
        or _REPUBLISHED_FROM.match(stripped)
        or _READ_ORIGINAL.match(stripped)
    )
    if not match and (signed := _DASH_SIGNED.match(stripped)) and is_agency(signed["outlet"]):
        match = signed
    if not match:
        return None
    return _usual_case(match.group("outlet").strip())


def _usual_case(outlet: str) -> str:
    """An outlet's name set in capitals ("AL JAZEERA", "DAILY SABAH") in its usual case: its
    longer words and name particles capitalised, its short words kept as acronyms ("BBC")."""
    if not outlet.isupper():
        return outlet
    return " ".join(
        w.capitalize() if (len(w) > 3 and w.isalpha()) or w in _NAME_PARTICLES else w
        for w in outlet.split()
    )


def strip_agency_prefix(line: str) -> tuple[str, str | None]:
    """'CAIRO, Egypt (CNN) -- Protesters ...' -> ('Protesters ...', 'CAIRO, Egypt (CNN) --')."""
    match = _AGENCY_PREFIX.match(line)
    if not match or len(line) - match.end() < 20:
        return line, None
    return line[match.end() :], line[: match.end()].strip()


def split_leading_dateline(line: str) -> tuple[str, str | None]:
    """Split a dateline that runs into the first sentence.

    'LONDON | Tue Mar 15, 2011 1:48 pm GMT LONDON (Reuters) - Japan said ...' ->
    ('Japan said ...', 'LONDON | Tue Mar 15, 2011 1:48 pm GMT LONDON (Reuters) -').
    """
    dates = find_explicit_dates(line[:120])
    if not dates or dates[0].start > 60:
        return line, None
    # The prefix ends at the first dash after the date that is followed by a capitalised word.
    # ("January 14, The Iran Project -Since the start ...": a spaced dash may touch the word).
    # An agency may sign between slashes instead: "ASTANA, January 24. /TASS/. Russia, ...".
    tail = re.search(
        r"(?:\s(?:--|[|\u2013\u2014-])\s*|(?:--|[|\u2013\u2014-])\s+"
        rf"|\.?\s*/{SLASHED_AGENCY}/\.?\s+"
        # "Addis Ababa October 25/2022 (ENA) The ...": an agency's initials in brackets
        rf"|\s*\((?!{ZONE}\))[A-Z]{{2,8}}\)\s*(?:--|[\u2013\u2014-])?\s*)(?=[A-Z\"\u201c'])",
        line[dates[0].end :],
    )
    cut = dates[0].end + tail.end() if tail else None
    if (
        cut is None
        and _PLACE_FIRST.match(line)
        and (stop := _STOP_AFTER_DATE.match(line, dates[0].end))
    ):
        cut = stop.end()
    if cut is None or cut > 160:
        return line, None
    prefix = line[:cut]
    if not is_dateline(prefix.strip(" -|\u2013\u2014")):
        return line, None
    rest = line[cut:]
    if len(rest.split()) < 4 and not TERMINAL.search(rest):
        # "May 12, 2023 | Sudan Tribune": no sentence follows the date but the outlet; the
        # line is the dateline whole.
        return ("", line.strip()) if _NAME_ALONE.match(rest) else (line, None)
    return rest, prefix.strip()


_NAME_ALONE = re.compile(rf"^{OUTLET_NAME}\s*$")
# A dateline closed by a full stop, its place first and after its date at most the agency that
# files it: "Baku, Azerbaijan, July 10. President ...", "YEREVAN, AUGUST 8, ARMENPRESS. Prime
# Minister ...".
_PLACE_FIRST = re.compile(rf"^{PLACE_NAME},\s")
_STOP_AFTER_DATE = re.compile(
    r"(?:,\s*[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,2})?\.\s+(?=[A-Z\"\u201c])"
)


# A place written in capitals before a dateline's date ("RIO DE JANEIRO, Dec. 9 --").
_PLACE_IN_CAPITALS = re.compile(r"\s([A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})(?:,\s|\s\|\s)")
# A wire's own dateline ("HOUSTON (Reuters) -"), after which a headline may be in sentence case:
# its agency in brackets and the dash (as a regular expression, and compiled).
WIRE_SIGN = rf"\((?:{WIRE_NAME})\)\s*(?:--|[\u2013\u2014-])"
_WIRE_DATELINE = re.compile(WIRE_SIGN)
# A list's item marker at the start of a line ("* ", "\\* " as some crawls escape it, "\u2022 ").
LIST_MARKER = r"\\?[*\u2022]\s"


def has_wire_sign(line: str) -> bool:
    """Whether a line holds a wire agency's sign in brackets and a dash ("(Reuters) -")."""
    return _WIRE_DATELINE.search(line) is not None


def wire_dateline(line: str) -> bool:
    """Whether a line opens on a wire agency's dateline ("HOUSTON (Reuters) -", "HOUSTON |
    Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) -"), which no sentence of prose does."""
    if not _WIRE_DATELINE.search(line[:300]):
        return False  # (most lines: no agency in brackets near the start)
    for prefix in (split_leading_dateline(line)[1], strip_agency_prefix(line)[1]):
        if prefix is not None and _WIRE_DATELINE.search(prefix):
            return True
    return False


# A broadcaster's or an agency's dateline inside a line, the story's highlights or a headline
# run into it: "... can help trigger change Cairo, Egypt (CNN) -- Thousands of people ...".
# (Only the place's last word may end in a full stop, or a short one: "St. Louis", "Ala.", not
# "... on Friday. LAKEPORT".)
_PLACE_WORD = r"[A-Z](?:[A-Za-z'\u2019-]*|[a-z]{0,2}\.)"
_INNER_WIRE_DATELINE = re.compile(
    rf"\s(?=(?:{_PLACE_WORD}(?:[ ,]+{_PLACE_WORD}){{0,3}}\.?\s*)?{WIRE_SIGN}\s)"
)


def split_before_wire_dateline(line: str) -> tuple[str | None, str]:
    """(what runs into it, the dateline and the story) of a line with a wire's dateline after
    four words or more; (None, line) otherwise, and where the line opens on a dateline of its
    own ("HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) - ...") or what runs into the
    wire's dateline is one (a page's time stamp, a place and a dash)."""
    # (Every line of every page comes here: the pattern is tried only where a bracket is.)
    match = _INNER_WIRE_DATELINE.search(line) if "(" in line else None
    if match is None or len(line[: match.start()].split()) < 4:
        return None, line
    before = line[: match.start()].strip()
    if (
        find_explicit_dates(before)
        or before.endswith(("-", "\u2013", "\u2014"))  # "PLACE -- PLACE (AP) --": one dateline
        or split_leading_dateline(line)[1] is not None
        or strip_agency_prefix(line)[1] is not None
    ):
        return None, line
    return before, line[match.end() :]


def split_headline_before_dateline(line: str) -> tuple[str | None, str]:
    """Split a headline that a paste ran into the dateline after it.

    'Unable to Escape Global Crisis, South American Nations Take Financial Action RIO DE
    JANEIRO, Dec. 9 -- It began ...' -> ('Unable to Escape ... Financial Action',
    'RIO DE JANEIRO, Dec. 9 -- It began ...'): the words before a place in capitals whose
    dateline opens the rest, when they read as a headline (words capitalised, no full stop).
    Before a day and a bar that a byline follows ("Revolution that began 18 days ago leads to
    Mubarak's ouster February 11, 2011 | By the CNN Staff The protesters ..."), a headline in
    sentence case is one too: no sentence runs on into a date, a bar and a byline.
    """
    signed = _DATE_BAR_BYLINE.search(line[:300])
    if signed is not None:
        head = line[: signed.start()].strip()
        if _reads_as_headline(head, sentence_case=True):
            return head, line[signed.start() :].lstrip()
    for match in _PLACE_IN_CAPITALS.finditer(line[:250]):
        head, rest = line[: match.start()].strip(), line[match.start(1) :]
        dateline = split_leading_dateline(rest)[1]
        if dateline is not None and (
            _reads_as_headline(head)
            or (_WIRE_DATELINE.search(dateline) and _reads_as_headline(head, sentence_case=True))
        ):
            # Not where the line opens with its own dateline ("NEW YORK, April 30 | ...").
            if split_leading_dateline(line)[1] is not None:
                return None, line
            return head, rest
    return None, line


_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")
_NOT_A_HEADLINE = re.compile(r"^\(|[|]|\bcredit\b|\bby$|\d:\d\d", re.I)


# A day written out, a bar, and a byline: "February 11, 2011 | By the CNN Staff".
_DATE_BAR_BYLINE = re.compile(
    rf"\s(?i:{MONTH_RE})\.?\s+\d{{1,2}},\s+\d{{4}}\s*\|\s*(?=By\s+[A-Z]|By\s+the\s)"
)


def _reads_as_headline(text: str, sentence_case: bool = False) -> bool:
    """Whether a run of words reads as a headline: 3 to 30 words, no full stop inside or at its
    end, no date, and its words capitalised (not needed, ``sentence_case``, before a wire's own
    dateline: "BP looks to final kill HOUSTON | Fri Aug 6, 2010 ... HOUSTON (Reuters) -")."""
    words = text.split()
    plain = _INITIALS.sub("", text)  # "U.S. pressures BP ..." has no full stop
    if not 3 <= len(words) <= 30 or text[-1:] in ".,;:" or re.search(r"[.!?]\s", plain):
        return False
    if _NOT_A_HEADLINE.search(text) or find_explicit_dates(text):
        return False  # a credit, a byline, a time stamp
    if sentence_case:
        return text[:1].isupper()
    long_words = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    capitalised = sum(1 for w in long_words if w[:1].isupper())
    return bool(long_words) and capitalised >= 0.6 * len(long_words)


_TOKEN_SPAN = re.compile(r"\S+")
# What is stripped from a token before its word is looked up.
_TOKEN_PUNCTUATION = ".,:;|()[]\"'\u2022\u00b7"


def _chrome_token(token: str) -> bool:
    """Menu vocabulary in any case; neutral words only in lower case (a capital may start the
    sentence after the menu); icon names glued together ("bookmarkicon", "chevron-lefticon")."""
    raw = token.strip(_TOKEN_PUNCTUATION)
    word = raw.lower()
    if not word or word in CHROME_WORDS or word.isdigit():
        return True
    if (word in FILLER_WORDS or word in ICON_WORDS) and raw == word:
        return True
    return _strong_chrome(token)


def _run_token(token: str) -> bool:
    """A token of a menu run glued to a sentence: menu vocabulary, or the symbols between a
    toolbar's labels ("Read + | Watch + |")."""
    return _chrome_token(token) or not _word(token)


def _word(token: str) -> bool:
    return any(c.isalnum() for c in token)


def _capital_filler(token: str) -> bool:
    raw = token.strip(_TOKEN_PUNCTUATION)
    return raw[:1].isupper() and raw.lower() in FILLER_WORDS


def _strong_chrome(token: str) -> bool:
    """Menu vocabulary, or icon names glued together in lower case."""
    raw = token.strip(_TOKEN_PUNCTUATION)
    word = raw.lower()
    if word in CHROME_WORDS:
        return True
    return raw == word and _icon_names(word.replace("-", "").replace("_", ""))


def _icon_names(word: str) -> bool:
    """Whether a lower-case token is icon names run together, one of them "icon" (one letter
    before a name is class-name debris: "bookmark-bicon"; "lexicon" is not icons)."""
    if "icon" not in word:
        return False
    # reachable[i]: the first i letters split into names, each after at most one stray letter.
    reachable = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 13), end):
            piece = word[start:end]
            stray = start < end - 1 and piece[1:] in ICON_WORDS
            if reachable[start] and (piece in ICON_WORDS or stray):
                reachable[end] = True
                break
    return reachable[-1]


def split_chrome_runs(line: str) -> tuple[str | None, str, str | None]:
    """Cut runs of menu and share words glued to a sentence ("Share Facebook Twitter Email The
    talks resumed ..." or "... on Monday. Share this: Facebook Twitter"); returns
    (leading run, rest, trailing run), a run None where there is none."""
    tokens = list(_TOKEN_SPAN.finditer(line))
    lead_run = tail_run = None
    lead = 0
    words_before = False
    # A capital filler word opens a toolbar's label ("This Story: Read + | ..."), or else the
    # sentence after the run ("... Email The talks").
    while lead < len(tokens):
        token = tokens[lead].group()
        if not (_run_token(token) or (_capital_filler(token) and not words_before)):
            break
        words_before = words_before or _word(token)
        lead += 1
    strong = sum(1 for t in tokens[:lead] if _strong_chrome(t.group()))
    if lead >= 4 and strong >= 3 and len(tokens) - lead >= 6 and tokens[lead].group()[0].isupper():
        lead_run = line[: tokens[lead].start()].strip()
        line = line[tokens[lead].start() :]
        tokens = list(_TOKEN_SPAN.finditer(line))
    tail = len(tokens)
    while tail > 0 and _run_token(tokens[tail - 1].group()):
        tail -= 1
    if tail > 1 and _capital_filler(tokens[tail - 1].group()):
        tail -= 1
    strong = sum(1 for t in tokens[tail:] if _strong_chrome(t.group()))
    if (
        len(tokens) - tail >= 3
        and strong >= 3
        and tail >= 6
        and re.search(r"[.!?\"\u201d]$", tokens[tail - 1].group())
    ):
        tail_run = line[tokens[tail].start() :].strip()
        line = line[: tokens[tail - 1].end()]
    return lead_run, line, tail_run


# Words that open a sentence, for a caption glued to the paragraph after it ("Peace talks with
# Erdogan, RouhaniThe country is ...").
_OPENERS = (
    "The|A|An|It|Its|This|These|Those|He|She|They|We|But|According|However|Meanwhile|Officials"
)
# Prepositions open a sentence only before what they govern ("In 2015", "On Monday", "At the"),
# and not "In", which brands end with ("LinkedIn Learning").
_GOVERNED = r"(?:the|a|an|this|that|his|her|its|their|[A-Z0-9])"
_GLUED_CAPTION = re.compile(
    rf"^(?P<caption>\S.{{3,160}}?[a-z)\]])(?P<rest>(?:{_OPENERS}) [a-z\"\u201c(]"
    rf"|(?:On|At|For|As|After|When|While|Since) {_GOVERNED})"
)


# A caption closed by its photo's day, glued to the sentence after it: "Zelensky meets Erdogan in
# Ankara, May 15Ukrainian President Volodymyr Zelensky met ...".
_GLUED_AFTER_DAY = re.compile(
    rf"^(?P<caption>\S.{{3,160}}?\b(?i:{MONTH_RE})\s+\d{{1,2}}(?:,\s+(?:19|20)\d\d)?)"
    r"(?P<rest>[A-Z][a-z]+(?:['\u2019]s)?\s)"
)


def split_glued_caption(line: str) -> tuple[str | None, str]:
    """Split a caption or label glued to the sentence after it (no space, no punctuation between
    them: "Peace talks with Erdogan, RouhaniThe country is ...", "... in Ankara, May 15Ukrainian
    President ..."); returns (caption, rest)."""
    match = _GLUED_CAPTION.match(line) or _GLUED_AFTER_DAY.match(line)
    if not match:
        return None, line
    caption, rest = match.group("caption"), line[match.start("rest") :]
    if (
        len(caption.split()) < 2
        or len(rest.split()) < 6
        or re.search(r"[.!?:;]$|[.!?]\s", caption)  # a caption is a phrase, not sentences
    ):
        return None, line
    return caption.strip(), rest


# A time zone ("(GMT)", "(IST)") in a dateline's brackets is no agency's initials.
ZONE = rf"(?:{_ZONES}|UK)\b"
# A time stamp's zone ("14:02 GMT"). (With every zone above, Indian sites' "Updated: ... IST"
# was cut out of the line that names the outlet, and their pages lost it.)
_STAMP_ZONE = r"(?:GMT|BST|UTC|UK|[ECMP][SD]?T)\b"
_STAMP_TIME = rf"\d{{1,2}}[:.]\d\d\s*{_STAMP_ZONE}"
_CLOCK_12 = r"\d{1,2}[:.]\d\d\s*[ap]\.?m\b\.?"
_STAMP_DATE = (
    rf"(?:{WEEKDAY_RE},?\s+)?(?:\d{{1,2}}\s+{MONTH_RE},?|{MONTH_RE}\s+\d{{1,2}},?)\s+\d{{4}}"
)
# "Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK", "Saturday 26 February 2005
# 02.13 GMT", "Last modified on Sun 15 Jan 2017 08.00 GMT", "First published on Sat 14 Jan 2017
# 09.30 GMT": a date and a clock time with its zone side by side are a page's time stamp, never
# a sentence (which would say "on ... at ..."). Also "6 January 2011 Last updated at 01:53 GMT
# Help", the date before its label, with the link that explains the time zone, and "Tuesday,
# January 11, 2011; 12:31 AM", a day and a clock time parted by a semicolon (without the weekday,
# a blog's signature: "By Ana Lind | March 3, 2011; 2:58 PM ET", which marks where comments
# start).
_STAMP_LABEL = (
    r"(?:page\s+)?(?:last\s+|first\s+|originally\s+)?(?:updated|modified|edited|published|posted)"
)
_UPDATE_STAMP = re.compile(
    rf"(?:{_STAMP_LABEL}(?:\s+at|\s+on)?:?\s*)?"
    rf"(?:{_STAMP_TIME},?\s*{_STAMP_DATE}|{_STAMP_DATE},?\s*{_STAMP_TIME})(?:\s+{_STAMP_TIME})?"
    rf"|{WEEKDAY_RE},?\s+{_STAMP_DATE};\s*{_CLOCK_12}(?:\s*{_STAMP_ZONE})?"
    rf"|{_STAMP_DATE},?\s+{_STAMP_LABEL}(?:\s+at|\s+on)?:?\s*{_STAMP_TIME}"
    r"(?:\s+Help(?=\s+[A-Z\"\u201c]|\s*$))?",
    re.IGNORECASE,
)
_SERVER_ERROR = re.compile(r"\(?\s*an error occurred while processing this directive\s*\)?", re.I)


# "(Update 11:58 p.m. Cairo, 4:58 p.m. ET) Three people died ...", "[10:05 a.m. ET] ...": a live
# page's time stamp that opens an entry; the entry follows it.
_LIVE_STAMP = re.compile(
    r"[(\[]\s*(?:(?:update[ds]?|posted|added|edited)\b:?\s*)?(?=\d{1,2}[:.]\d\d\b)"
    r"(?:[^()\[\]\n]|\([^()\n]{0,30}\)){1,80}[)\]](?:\s*(?:--?|\u2013|\u2014))?\s+(?=\S)",
    re.IGNORECASE,
)


# "23:15 GMT", "10.42am", "9:05 p.m. ET" alone on a line: a live page's entry stamp (not "3:12",
# a player's duration).
_BARE_STAMP = re.compile(
    r"\s*\d{1,2}[:.]\d\d\s*(?:(?i:[ap]\.?m\.?)(?:\s*\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)?)?"
    r"|\(?[A-Z]{2,4}(?:[+-]\d{1,2})?\)?)\s*"
)


def split_live_stamp(line: str) -> tuple[str | None, str]:
    """Cut the time stamp that opens a live page's entry: (stamp, the entry); (None, line)
    when the line opens with none. A line that is a time of day alone is such a stamp."""
    if _BARE_STAMP.fullmatch(line):
        return line.strip(), ""
    match = _LIVE_STAMP.match(line)
    if not match:
        return None, line
    return match.group(0).strip(), line[match.end() :]


def split_update_stamp(line: str) -> tuple[str, str | None, str]:
    """Cut a page's update time stamp out of a line that runs a headline into the first
    sentence: (text before, stamp, text after); (line, None, "") when there is none."""
    match = _UPDATE_STAMP.search(line)
    if not match:
        return line, None, ""
    return line[: match.start()].strip(), match.group(0).strip(), line[match.end() :].strip()


def split_server_errors(line: str) -> tuple[str, list[str]]:
    """Remove web-server error messages left in the page text."""
    found = [m.group(0).strip() for m in _SERVER_ERROR.finditer(line)]
    if not found:
        return line, []
    return re.sub(r"\s{2,}", " ", _SERVER_ERROR.sub(" ", line)).strip(), found
