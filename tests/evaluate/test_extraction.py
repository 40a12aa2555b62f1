"""The extraction benchmark's scoring and its command on a dataset of the WCXB layout."""

import gzip
import json
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.evaluate.extraction import evaluate_extraction
from storyline.evaluate.extraction_metrics import (
    body_score,
    date_right,
    mean_body_f1,
    title_right,
)

GOLD = (
    "Negotiators from both countries met in Lakeport on Monday for a fifth round of talks. "
    "The mediators said the meeting had been useful and that the delegations would meet again "
    "next month to discuss the exchange of prisoners and the ceasefire line."
)


def test_body_shingles_count_as_a_multiset() -> None:
    assert body_score(GOLD, GOLD).f1 == 1.0
    half = body_score("a b c d e f g h", "a b c d e")  # 2 of 5 gold shingles, nothing extra
    assert (half.precision, half.recall) == (1.0, pytest.approx(2 / 5))
    twice = body_score("a b c d", "a b c d a b c d")
    assert twice.precision == pytest.approx(1 / 5)  # the repeat and the seams are false positives
    empty = body_score("", "")
    assert empty.precision is None and empty.recall is None


def test_mean_f1_averages_precision_and_recall_over_the_pages_that_define_them() -> None:
    scores = [body_score("a b c d e", "a b c d e"), body_score("a b c d e", "")]
    figures = mean_body_f1(scores)
    # The empty output has no precision; its recall of 0 counts.
    assert figures["precision"] == 1.0 and figures["recall"] == 0.5
    assert figures["f1"] == pytest.approx(2 / 3)


def test_title_and_date_matching() -> None:
    assert title_right("Talks \u201cresume\u201d  in Oslo", 'talks "resume" in oslo')
    assert not title_right("Talks resume", None)
    assert date_right("2024-05", "2024-05-17") and not date_right("2024-05-17", "2024-05-16")


def _dataset(root: Path) -> Path:
    (root / "ground-truth").mkdir(parents=True)
    (root / "html").mkdir()
    page = (
        "<html><head><title>Lakeport talks | The Ledger</title>"
        '<meta property="og:title" content="Fifth round of talks opens in Lakeport">'
        '<meta property="og:site_name" content="The Ledger">'
        '<meta property="article:published_time" content="2024-05-17T09:00:00Z"></head>'
        "<body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article>"
        "<h1>Fifth round of talks opens in Lakeport</h1>"
        + "".join(f"<p>{s.strip()}.</p>" for s in GOLD.split(".") if s.strip())
        + "</article><footer>\u00a9 The Ledger</footer></body></html>"
    )
    (root / "html" / "0001.html.gz").write_bytes(gzip.compress(page.encode()))
    truth = {
        "url": "https://example.org/talks",
        "ground_truth": {
            "title": "Fifth round of talks opens in Lakeport",
            "publish_date": "2024-05-17",
            "main_content": GOLD,
        },
    }
    (root / "ground-truth" / "0001.json").write_text(json.dumps(truth))
    dumps = root / "dumps"
    dumps.mkdir()
    (dumps / "0001.txt").write_text(
        "Home World\nFifth round of talks opens in Lakeport\nMay 17, 2024\n" + GOLD + "\n"
        "\u00a9 The Ledger\n"
    )
    return root


def test_html_pages_are_scored_beside_trafilatura(tmp_path: Path) -> None:
    result = evaluate_extraction(_dataset(tmp_path))
    assert result["task"] == "html" and result["pages"] == 1
    assert set(result["systems"]) == {"storyline", "trafilatura"}
    row = result["rows"][0]["storyline"]
    assert row["title_right"] and row["date_right"] and row["body_f1"] >= 0.9
    assert row["source"] == "The Ledger"


def test_text_dumps_are_scored_beside_the_floor(tmp_path: Path) -> None:
    root = _dataset(tmp_path)
    result = evaluate_extraction(root, text_dumps=root / "dumps")
    assert set(result["systems"]) == {"storyline", "floor"}
    assert result["systems"]["floor"]["title_accuracy"] == 0.0
    row = result["rows"][0]["storyline"]
    assert row["date_right"] and row["body_f1"] >= 0.9


def test_a_folder_without_ground_truth_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="WCXB layout"):
        evaluate_extraction(tmp_path)
