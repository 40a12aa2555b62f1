"""Reading a web page into blocks with what its markup says, and its metadata."""

from storyline.clean.language import identify_language
from storyline.ingest.html import extract_html
from storyline.ingest.page import read_page

PAGE = """<html lang="en"><head><title>Talks open | The Ledger</title>
<meta property="og:site_name" content="The Ledger">
<meta property="og:title" content="Talks open in Lakeport">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks open in Lakeport",
 "datePublished": "2024-05-17T09:00:00Z", "publisher": {"@type": "Organization", "name": "Ledger"}}
</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
<main><article><h1>Talks open in Lakeport</h1>
<p>Negotiators met in Lakeport on Monday for a fifth round of talks, the mediators said.</p>
<figure><img src="a.jpg"><figcaption>Delegates arrive. (Photo: Jane Roe)</figcaption></figure>
<p>The delegations will meet again next month to discuss the exchange of prisoners.</p>
<table><tr><th>Round</th><th>Place</th></tr><tr><td>Fifth</td><td>Lakeport</td></tr></table>
</article></main><footer><p>&copy; 2024 The Ledger</p></footer>
<script>document.write("never text")</script></body></html>"""


def test_blocks_carry_their_markup() -> None:
    blocks, meta = read_page(PAGE)
    by_text = {b.text: b for b in blocks}
    assert by_text["Talks open in Lakeport"].heading == 1
    assert by_text["Home"].in_nav and by_text["Home"].link_share == 1.0
    assert by_text["Delegates arrive. (Photo: Jane Roe)"].in_figure
    assert by_text["\u00a9 2024 The Ledger"].in_footer
    prose = [b for b in blocks if b.text.startswith("Negotiators")][0]
    assert prose.in_main and prose.in_container
    assert any(b.in_table and "Lakeport" in b.text for b in blocks)
    assert not any("never text" in b.text for b in blocks)
    assert meta.site_names[:1] == ["The Ledger"] and meta.language == "en"
    assert ("jsonld_published", "2024-05-17T09:00:00Z") in meta.dates or any(
        "2024-05-17" in value for _source, value in meta.dates
    )


def test_a_page_gives_headline_date_outlet_and_keeps_its_table() -> None:
    source = extract_html(PAGE, "page.html")
    assert not isinstance(source, str)
    assert source.source == "The Ledger"
    from storyline.clean import clean_document
    from storyline.settings import Settings

    doc = clean_document(source, Settings())
    assert not isinstance(doc, str)
    assert doc.title == "Talks open in Lakeport"
    assert (doc.published, doc.published_from) == ("2024-05-17", "page")
    assert "Negotiators met in Lakeport" in doc.text and "Fifth" in doc.text
    assert "Home" not in doc.text.split("\n")
    assert any("Jane Roe" in r.text for r in doc.removed)


def test_language_is_identified_by_what_most_of_the_text_is() -> None:
    english = (
        "United beat City 2-1 on Saturday. Smith scored twice before half-time and Jones saved "
        "a penalty in the last minute as the home side moved up to third in the table.\n"
    ) * 3
    guess = identify_language(english + "Lorem ipsum dolor sit amet, consectetur adipiscing.")
    assert guess.code == "en" and not guess.is_not_english(0.9)
    italian = (
        "La squadra di casa ha vinto la partita di sabato grazie a due gol nel primo tempo, e "
        "l'allenatore ha detto che il campionato resta aperto fino all'ultima giornata.\n"
    ) * 3
    guess = identify_language(italian + "Share Facebook Twitter Email")
    assert guess.code == "it" and guess.is_not_english(0.9)
    assert "py3langid" in guess.reason


def test_the_outlet_is_what_the_title_adds_to_the_headline_when_the_page_names_none() -> None:
    page = (
        "<html><head><title>Second truce breaks down - Caucasus Courier</title></head><body>"
        "<h1>Second truce breaks down</h1><p>"
        + "Armenia and Azerbaijan accused each other of violating the truce. " * 5
        + "</p></body></html>"
    )
    source = extract_html(page, "page.html")
    assert not isinstance(source, str) and source.source == "Caucasus Courier"
    # A title that is not the headline and something more names no outlet.
    other = page.replace("<h1>Second truce breaks down</h1>", "<h1>Truce news</h1>")
    source = extract_html(other, "page.html")
    assert not isinstance(source, str) and source.source is None


def test_a_meta_tag_named_published_gives_a_date_and_a_publisher_none() -> None:
    page = PAGE.replace(
        '<meta property="og:site_name" content="The Ledger">',
        '<meta name="published" content="July 17, 2025">'
        '<meta property="article:publisher" content="https://example.org/ledger-2025">',
    )
    _blocks, meta = read_page(page)
    assert ("meta:published", "July 17, 2025") in meta.dates
    assert not any("publisher" in source for source, _value in meta.dates)


def test_a_last_published_date_counts_as_an_update() -> None:
    from storyline.clean.datelines import _source_kind

    assert _source_kind("meta:cdc:last_published") == "meta_modified"
    assert _source_kind("meta:published") == "meta_published"


def test_a_decoded_page_is_read_as_its_text_whatever_charset_it_declares() -> None:
    line = "Kyiv\u2019s delegation \u2014 \u201cready to talk\u201d \u2014 met at the caf\u00e9."
    for head in ('<meta charset="windows-1251">', ""):  # a charset it was decoded from; none
        blocks, _meta = read_page(f"<html><head>{head}</head><body><p>{line}</p></body></html>")
        assert [b.text for b in blocks] == [line]
    # A record's fragment of markup, with no page around it.
    blocks, _meta = read_page(f"<p>{line}</p><p>Talks went on.</p>")
    assert [b.text for b in blocks] == [line, "Talks went on."]
