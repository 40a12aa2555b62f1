"""report.md on hand-built stories."""

from storyline.render.markdown import render_markdown
from tests.builders import story_with_one_quote_told_twice


def test_a_quote_several_articles_report_is_listed_once_with_all_its_citations() -> None:
    story, docs = story_with_one_quote_told_twice()
    report = render_markdown(story, docs, "Talks")
    section = report.split("## Who said what", 1)[1].split("## Sources", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert lines == ['- 2019-03-06: "We will not leave the talks."[^1][^2]']
