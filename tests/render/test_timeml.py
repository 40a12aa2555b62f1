"""Documents written as TimeML read back to the same text, spans and values."""

from pathlib import Path

from storyline.evaluate.timeml import read_timeml
from storyline.render.timeml import render_timeml, write_timeml
from tests.builders import make_doc


def test_a_document_written_as_timeml_reads_back_the_same(tmp_path: Path) -> None:
    text = (
        'Talks <b>resumed</b> on Tuesday & "ended" in March 2019.\n'
        "They last three weeks\x0b and meet every day.\n"
    )
    doc = make_doc(
        "a/b c",
        text,
        published="2019-03-06",
        timexes=[
            ("Tuesday", "2019-03-05", "day"),
            ("March 2019", "2019-03", "month"),
            ("three weeks", "P3W", "duration"),
        ],
    )
    assert write_timeml([doc], tmp_path) == 1
    back = read_timeml(tmp_path / "a_b_c.tml")
    assert back.dct == "2019-03-06"
    assert back.text == text.replace("\x0b", " ")
    assert [(t.start, t.end, t.value) for t in back.timexes] == [
        (t.start, t.end, t.value) for t in doc.timexes
    ]
    assert "<b>" not in render_timeml(doc)  # article markup is text, escaped


def test_a_document_without_a_date_has_no_creation_time(tmp_path: Path) -> None:
    doc = make_doc("d", "It happened last week.\n", timexes=[("last week", None, "week")])
    written = render_timeml(doc)
    assert "CREATION_TIME" not in written and 'value="XXXX-XX-XX"' in written
    (tmp_path / "d.tml").write_text(written, encoding="utf-8")
    assert read_timeml(tmp_path / "d.tml").timexes[0].text == "last week"
