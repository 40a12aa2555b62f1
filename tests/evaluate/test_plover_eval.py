"""Scoring PLOVER records: the measures, and a small record file coded end to end."""

import json

import pytest

from storyline.errors import InputError
from storyline.evaluate.plover import evaluate_plover, matched, read_records, score_rows


def row(gold_type, our_type, gold_sources, our_sources, gold_targets=(), our_targets=()):
    return {
        "gold": {"event": gold_type, "sources": list(gold_sources), "targets": list(gold_targets)},
        "predicted": {
            "event": our_type,
            "sources": list(our_sources),
            "targets": list(our_targets),
        },
    }


def test_actors_match_by_containment_one_to_one() -> None:
    assert matched(["Senior Hungarian and Romanian officials"], ["Hungarian", "Romanian"]) == 1
    assert matched(["Hungarian", "Romanian officials"], ["Hungarian", "Romanian"]) == 2
    assert matched(["israel"], ["Israeli soldiers"]) == 1
    assert matched(["Syria"], ["Lebanon"]) == 0


def test_scores_count_types_and_both_sides() -> None:
    scores = score_rows(
        [
            row("AGREE", "AGREE", ["Libya"], ["Libya"], ["Britain"], ["Great Britain"]),
            row("REJECT", None, ["Serbia"], [], ["Australia"], []),
            row("DEMAND", "AGREE", ["PRC"], ["The PRC", "Taiwan"]),
        ]
    )
    assert scores["scored"] == 3 and scores["type_accuracy"] == 0.3333
    assert scores["per_type"]["AGREE"] == {
        "gold": 1, "predicted": 2, "right": 1, "precision": 0.5, "recall": 1.0
    }  # fmt: skip
    assert scores["sources"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert scores["targets"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert {"gold": "REJECT", "predicted": "NONE", "count": 1} in scores["confusion"]


def test_a_record_file_is_coded_and_scored_end_to_end(tmp_path) -> None:
    records = [
        {"id": "doc", "event": "DOCUMENT", "eventText": "documentation"},
        {
            "id": "r1",
            "text": "Zimbabwe's president accused the United States of blackmail.",
            "event": "DISAPPROVE",
            "source": [{"actorText": "Zimbabwe's president"}],
            "target": [{"actorText": "United States"}],
        },
        {
            "id": "r2",
            "text": "The rebels refused to release the hostages.",
            "event": "REJECT",
            "source": [{"actorText": "rebels"}],
            "target": [],
        },
    ]
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    scores = evaluate_plover(path)
    assert scores["skipped"] == 1 and scores["scored"] == 2
    assert [r["predicted"]["event"] for r in scores["records"]] == ["DISAPPROVE", "REJECT"]
    assert scores["type_accuracy"] == 1.0 and scores["sources"]["f1"] == 1.0
    assert scores["records"][0]["predicted"]["targets"] == ["the United States"]


def test_a_file_that_is_not_records_is_refused_with_a_reason(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="neither a JSON list nor JSON Lines"):
        read_records(path)
    with pytest.raises(InputError, match="cannot read"):
        read_records(tmp_path / "missing.json")


def test_json_lines_records_in_plover_field_names_are_read(tmp_path) -> None:
    from storyline.evaluate.plover import actor_texts

    path = tmp_path / "records.jsonl"
    rows = [
        {"id": "1", "text": "A.", "event": ["AGREE"], "actor": [{"entity_text": "Libya"}]},
        {"id": "2", "text": "B.", "event": "REJECT", "recipient": [{"entity_text": "Chad"}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    records = read_records(path)
    assert [r["id"] for r in records] == ["1", "2"]
    assert actor_texts(records[0]["actor"]) == ["Libya"]
    assert actor_texts(records[1]["recipient"]) == ["Chad"]
