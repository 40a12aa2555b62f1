"""Reading inputs: formats, encodings, and bad input rejected with a reason."""

import io
import json
import zipfile
from pathlib import Path

from storyline.ingest.files import decode
from storyline.pipeline import clean_inputs
from storyline.settings import Settings

ARTICLE = (
    "Talks resume in Oslo\n"
    "Mar 3, 2019 07:12\n"
    "The two delegations met in Oslo on Tuesday for a third round of talks, officials said.\n"
    "Both sides said the meeting had been useful and agreed to meet again next month.\n"
)


def outcomes(paths, settings=None, stdin=None):
    result = clean_inputs([str(p) for p in paths], settings or Settings(), stdin)
    return result, {Path(o.input).name if "/" in o.input else o.input: o for o in result.outcomes}


def test_plain_text_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result, by_name = outcomes([path])
    assert by_name["a.txt"].status == "accepted"
    assert result.documents[0].published == "2019-03-03"


def test_encodings_and_line_ends(tmp_path: Path) -> None:
    variants = {
        "bom8.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        "utf16.txt": ARTICLE.replace("Oslo", "Tromsø").encode("utf-16"),
        "cp1252.txt": ARTICLE.replace("said.", "said \u2013 \u201cfinally\u201d.").encode("cp1252"),
        "crlf.txt": ARTICLE.replace("\n", "\r\n").encode("utf-8"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    result, by_name = outcomes(sorted(tmp_path.iterdir()))
    # Four readable files; the CRLF and BOM ones are duplicates of each other once decoded.
    assert all(o.status == "accepted" or o.reason.startswith("duplicate") for o in by_name.values())
    texts = {d.source_path.rsplit("/", 1)[-1]: d.text for d in result.documents}
    assert "Tromsø" in texts["utf16.txt"]
    assert "\u201cfinally\u201d" in texts["cp1252.txt"]
    assert all("\r" not in t for t in texts.values())


def test_decode_rejects_control_garbage() -> None:
    import pytest

    from storyline.errors import InputError

    with pytest.raises(InputError, match="undecodable"):
        decode(bytes(range(0x80, 0xA0)) * 20 + b"\x01\x02\x03" * 50)


def test_bad_files_are_rejected_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"\n  \n\t\n")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (tmp_path / "doc.html").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"\x00" * 50)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", ARTICLE)
    (tmp_path / "archive.json").write_bytes(buffer.getvalue())
    (tmp_path / "garbage.txt").write_bytes(bytes(range(0x80, 0xA0)) * 40)
    (tmp_path / "slides.pptx").write_bytes(b"whatever")
    (tmp_path / "spanish.txt").write_text(
        "Las negociaciones entre los dos países se reanudaron el martes en Oslo, según fuentes "
        "oficiales. Ambas partes dijeron que la reunión fue útil y acordaron volver a reunirse.",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "copy-of-a.txt").write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result, by_name = outcomes(sorted(tmp_path.iterdir()) + [missing])
    reasons = {name: o.reason for name, o in by_name.items() if o.status == "rejected"}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "empty file"
    assert "PNG image" in reasons["photo.txt"]
    assert "PDF" in reasons["doc.html"]
    assert "zip archive" in reasons["archive.json"]
    assert "undecodable" in reasons["garbage.txt"]
    assert "unsupported file type" in reasons["slides.pptx"]
    assert reasons["spanish.txt"].startswith("not English")
    assert reasons["copy-of-a.txt"].startswith("duplicate of") or reasons.get(
        "a.txt", ""
    ).startswith("duplicate of")
    assert reasons["missing.txt"] == "not found: no such file or folder"
    assert len(result.documents) == 1


def test_size_limit_is_a_setting(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # a 50 MB file on a single line
        handle.write(b"word " * (10 * 1024 * 1024))
    _, by_name = outcomes([big])
    assert by_name["big.txt"].status == "rejected"
    assert "too large" in by_name["big.txt"].reason
    small = tmp_path / "a.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    _, by_name = outcomes([small], Settings(max_file_bytes=100))
    assert "too large" in by_name["a.txt"].reason


def test_long_single_line_is_cut_not_hung(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    sentence = "The talks went on late into the night, officials said. "
    path.write_text(sentence * 20_000, encoding="utf-8")
    result, by_name = outcomes([path])
    assert by_name["long.txt"].status == "accepted"
    doc = result.documents[0]
    assert len(doc.text) <= Settings().max_document_chars
    assert any(r.reason.startswith("too long") for r in doc.removed)


def test_jsonl_records_and_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = {
        "id": "a1",
        "title": "Talks",
        "published": "2019-03-04T10:00:00Z",
        "source": "Example Wire",
        "text": ARTICLE,
    }
    path.write_text(
        json.dumps(good)
        + "\n{not json\n"
        + json.dumps({"id": "x"})
        + "\n[1, 2]\n"
        + json.dumps({"SQLDATE": 20220722, "SOURCEURL": "https://example.com/a"})
        + "\n",
        encoding="utf-8",
    )
    result, by_name = outcomes([path])
    assert by_name["feed.jsonl:1"].status == "accepted"
    assert by_name["feed.jsonl:2"].reason.startswith("malformed JSON line")
    assert by_name["feed.jsonl:3"].reason.startswith("no article text")
    # It names the fields read for the text, and how to name another.
    assert "'body'" in by_name["feed.jsonl:3"].reason
    assert "--field text=NAME" in by_name["feed.jsonl:3"].reason
    assert by_name["feed.jsonl:4"].reason.startswith("not a JSON object")
    # An event feed's row links to the article: the reason says what to give instead.
    assert "links to https://example.com/a: save that page" in by_name["feed.jsonl:5"].reason
    doc = result.documents[0]
    assert (doc.id, doc.published, doc.published_from, doc.source) == (
        "a1",
        "2019-03-04",
        "metadata",
        "Example Wire",
    )


def test_field_map_for_other_exports(tmp_path: Path) -> None:
    path = tmp_path / "gdelt.json"
    path.write_text(
        json.dumps([{"DocumentIdentifier": "u1", "body": ARTICLE, "seen": "20190305"}]),
        encoding="utf-8",
    )
    settings = Settings(
        field_map={
            **Settings().field_map,
            "published": "seen",
            "text": "body",
            "url": "DocumentIdentifier",
        }
    )
    result, by_name = outcomes([path], settings)
    assert by_name["gdelt.json#1"].status == "accepted"
    assert result.documents[0].published == "2019-03-05"
    assert result.documents[0].url == "u1"


def test_gdelt_field_names_are_read_without_a_field_map(tmp_path: Path) -> None:
    body = ARTICLE.replace("Mar 3, 2019 07:12\n", "")  # no dateline: the fields date it
    path = tmp_path / "gdelt.jsonl"
    path.write_text(
        json.dumps(
            {"SOURCEURL": "https://www.example-news.org/a/1", "SQLDATE": 20190305, "content": body}
        ),
        encoding="utf-8",
    )
    result, by_name = outcomes([path])
    assert by_name["gdelt.jsonl:1"].status == "accepted"
    doc = result.documents[0]
    assert (doc.url, doc.published) == ("https://www.example-news.org/a/1", "2019-03-05")
    # No outlet field, dateline or notice names it: the address's host does.
    assert doc.source == "example-news.org"


def test_crawler_and_news_api_exports_are_read_without_a_field_map(tmp_path: Path) -> None:
    body = ARTICLE.replace("Mar 3, 2019 07:12\n", "")
    records = [
        # news-please
        {
            "maintext": body,
            "date_publish": "2019-03-05 14:02:00",
            "source_domain": "www.ledger.example",
        },
        # a news API: the outlet as an object, the text as the article's markup
        {
            "source": {"id": "ap", "name": "AP"},
            "publishedAt": "2019-03-06T10:00:00Z",
            "content": "<p>The delegations left Oslo on Wednesday without an agreement, the "
            "mediators said.</p><p>Both sides said they would meet again next month.</p>",
        },
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result, by_name = outcomes([path])
    assert [by_name[f"feed.jsonl:{n}"].status for n in (1, 2)] == ["accepted"] * 2
    first, second = result.documents
    assert (first.source, first.published) == ("ledger.example", "2019-03-05")
    assert (second.source, second.published) == ("The Associated Press", "2019-03-06")
    assert "<p>" not in second.text and second.text.startswith("The delegations left Oslo")


def test_stdin_jsonl() -> None:
    stream = io.StringIO(json.dumps({"text": ARTICLE, "published": "2019-03-04"}) + "\n")
    result, by_name = outcomes(["-"], stdin=stream)
    assert by_name["<stdin>:1"].status == "accepted"


def test_html_page_main_text_title_and_date(tmp_path: Path) -> None:
    data = Path(__file__).parent.parent / "data" / "page.html"
    result, by_name = outcomes([data])
    assert by_name["page.html"].status == "accepted"
    doc = result.documents[0]
    assert doc.title == "Ceasefire holds in northern province"
    assert (doc.published, doc.published_from) == ("2020-06-12", "page")
    assert "Subscribe" not in doc.text
    assert any(r.text.startswith("Home") for r in doc.removed)  # the menu, kept aside
    assert all(r.reason for r in doc.removed)


def test_folders_are_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    result, _ = outcomes([tmp_path])
    assert [Path(o.input).name for o in result.outcomes] == ["a.txt"]


def test_metadata_dates_in_common_spellings() -> None:
    from storyline.ingest.dates import normalize_published

    for value in (
        "2011-03-15T13:48:00Z",
        "20110315",
        "20110315T134800Z",
        "Tue, 15 Mar 2011 13:48:00 GMT",
        "March 15, 2011",
        "15 March 2011",
        "03/15/2011",
        1300196880,
        "1300196880000",
        20110315,
        20110315134800,
    ):
        assert normalize_published(value) == "2011-03-15", value
    for value in ("", "March 2011", "yesterday", None, True, "2011-02-30"):
        assert normalize_published(value) is None, value


def test_a_day_in_the_address_dates_an_undated_record(tmp_path: Path) -> None:
    body = ARTICLE.replace("Mar 3, 2019 07:12\n", "")  # no dateline either
    path = tmp_path / "crawl.jsonl"
    records = [
        {"url": "https://news.example/2019/03/05/talks-resume-in-oslo", "text": body},
        {
            "url": "https://news.example/world/dam-talks",
            "text": "Negotiators met again over the dam and agreed to share river data.\n"
            "The ministers said a draft accord could be ready within weeks.\n",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result, _ = outcomes([path])
    dated, undated = result.documents
    assert (dated.published, dated.published_from) == ("2019-03-05", "page")
    assert undated.published is None


def test_url_days_as_publishing_systems_write_them() -> None:
    from storyline.calendar import url_day

    assert url_day("https://x.org/blog/2023/october/03/wine-types") == "2023-10-03"
    assert url_day("https://x.org/2019-03-06-talks-end.html") == "2019-03-06"
    assert url_day("https://x.org/2021/02/30/no-such-day") is None
    assert url_day("https://x.org/2020/about-us") is None
    assert url_day("https://x.org/page?from=/2019/01/01/") is None


def test_cleaning_on_two_processes_gives_the_same_documents_in_the_same_order(
    tmp_path: Path,
) -> None:
    # Enough articles for worker processes, with a rejection and a duplicate among them: the
    # outcomes keep the inputs' order and the duplicate is still found.
    for n in range(40):
        text = ARTICLE.replace("third", f"round {n} of the") if n != 7 else "too short"
        (tmp_path / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "99.txt").write_text(ARTICLE.replace("third", "round 3 of the"), encoding="utf-8")
    alone, _ = outcomes([tmp_path], Settings(workers=1))
    shared, _ = outcomes([tmp_path], Settings(workers=2))
    assert [(o.input, o.status, o.reason) for o in shared.outcomes] == [
        (o.input, o.status, o.reason) for o in alone.outcomes
    ]
    assert [d.text for d in shared.documents] == [d.text for d in alone.documents]
    statuses = [o.status for o in shared.outcomes]
    assert statuses.count("rejected") == 2 and len(shared.documents) == 39


def test_a_dateline_without_a_year_takes_it_from_the_other_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Talks end in Oslo\n"
        "March 5, Nordic Wire -The two delegations ended their third round of talks in Oslo "
        "with a joint statement, officials said.\n"
        "Both sides agreed to meet again next month, and the mediators called the round useful.\n",
        encoding="utf-8",
    )
    result, _by_name = outcomes([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [d.published for d in result.documents] == ["2019-03-03", "2019-03-05"]
    assert result.documents[1].published_from == "inferred"
