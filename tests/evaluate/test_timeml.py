from pathlib import Path

import pytest

from storyline.evaluate.timeml import canonical_value, read_timeml
from storyline.evaluate.timex import _f1, _summarise

DATA = Path(__file__).parent.parent / "data"


def test_reads_dct_text_and_gold_offsets() -> None:
    doc = read_timeml(DATA / "sample.tml")
    assert doc.dct == "2019-03-06"
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "2019-03-01"),
        ("three hours", "DURATION", "PT3H"),
        ("next month", "DATE", "2019-04"),
        ("now", "DATE", "PRESENT_REF"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text


def test_canonical_value_pads_weeks_only() -> None:
    assert canonical_value("2000-W7") == "2000-W07"
    assert canonical_value("2000-W07") == "2000-W07"
    assert canonical_value("1998-W12-WE") == "1998-W12-WE"
    assert canonical_value(None) == ""


def test_f1_and_summary_arithmetic() -> None:
    assert _f1(0.5, 1.0) == pytest.approx(2 / 3)
    assert _f1(0.0, 0.0) == 0.0
    counts = {
        "date_correct": 3,
        "n_gold_date": 4,
        "n_gold": 10,
        "n_system": 8,
        "relaxed_tp_gold": 8,
        "relaxed_tp_system": 8,
        "strict_tp": 6,
        "value_tp": 5,
        "date_value_tp": 2,
    }
    summary = _summarise(counts, 2)
    assert summary["date_value_accuracy"] == 0.75
    assert summary["relaxed_f1"] == round(_f1(1.0, 0.8), 4)
    assert summary["strict_f1"] == round(_f1(6 / 8, 6 / 10), 4)
    assert summary["value_f1"] == round(_f1(5 / 8, 5 / 10), 4)
    assert summary["date_value_recall"] == 0.5


@pytest.mark.model
def test_evaluate_folder_end_to_end(tmp_path: Path) -> None:
    from storyline.cli import main

    out = tmp_path / "scores.json"
    assert main(["eval", "timex", str(DATA), "--out", str(out)]) == 0
    import json

    scores = json.loads(out.read_text())
    assert scores["n_files_skipped"] == 0
    assert scores["n_gold_date"] == 3
    assert scores["date_value_accuracy"] == 1.0
    assert set(scores) >= {
        "date_value_accuracy",
        "relaxed_f1",
        "strict_f1",
        "value_f1",
        "n_gold_date",
    }


@pytest.mark.model
def test_unreadable_files_are_skipped_not_fatal(tmp_path: Path) -> None:
    from storyline.evaluate.timex import evaluate_folder

    (tmp_path / "good.tml").write_text((DATA / "sample.tml").read_text())
    (tmp_path / "broken.tml").write_text("<TimeML><TEXT>unclosed")
    scores = evaluate_folder(tmp_path)
    assert (scores["n_files"], scores["n_files_skipped"]) == (1, 1)
