"""Entity spans of the model cut into the names they hold."""

from storyline.annotate import _name_pieces, read_annotations
from storyline.annotate.backend import load_model
from tests.builders import make_doc


def _texts(text: str, label: str) -> list[tuple[str, str]]:
    return [(text[s:e], kind) for s, e, kind in _name_pieces(text, 0, len(text), label)]


def test_a_role_written_into_a_name_is_left_out_and_the_rest_is_a_person() -> None:
    assert _texts("Spokeswoman Sandy Angers", "ORG") == [("Sandy Angers", "PERSON")]
    assert _texts("Senator John McCain", "PERSON") == [("John McCain", "PERSON")]


def test_words_that_are_also_names_are_not_taken_for_roles() -> None:
    assert _texts("General Electric Company", "ORG") == [("General Electric Company", "ORG")]
    assert _texts("Mayor Street", "ORG") == [("Mayor Street", "ORG")]  # one word after it


def test_a_preposition_opening_a_line_is_no_part_of_the_name() -> None:
    assert _texts("Via Twitter", "PERSON") == [("Twitter", "PERSON")]
    assert _texts("By John Smith", "PERSON") == [("John Smith", "PERSON")]
    assert _texts("Forbes", "ORG") == [("Forbes", "ORG")]


def test_a_transcript_s_stage_direction_or_post_in_capitals_is_no_name() -> None:
    assert _texts("INAUDIBLE", "ORG") == []
    assert _texts("CORRESPONDENT", "ORG") == []
    assert _texts("BEGIN VIDEOTAPE", "ORG") == []
    assert _texts("KAYE", "PERSON") == [("KAYE", "PERSON")]
    assert _texts("KING", "PERSON") == [("KING", "PERSON")]  # a speaker's tag
    assert _texts("Correspondent", "ORG") == [("Correspondent", "ORG")]


def test_two_names_run_together_by_a_spaced_dash_are_split() -> None:
    assert _texts("San Jose - Cisco", "ORG") == [("San Jose", "ORG"), ("Cisco", "ORG")]
    assert _texts("Rolls-Royce", "ORG") == [("Rolls-Royce", "ORG")]


def test_a_spokeswoman_and_her_surname_are_one_person_end_to_end() -> None:
    text = "Spokeswoman Sandy Angers said the plant would close. Angers declined to say more.\n"
    doc = read_annotations(make_doc("a", text), load_model()(text))
    people = {m.text for m in doc.mentions if m.label == "PERSON"}
    assert "Sandy Angers" in people
    assert not any(m.text.startswith("Spokeswoman") for m in doc.mentions)


def test_an_agreement_named_after_a_place_is_no_place() -> None:
    # The model tags "the Black Sea Grain Initiative" as a location.
    text = "Russia ended its participation in the Black Sea Grain Initiative on Monday.\n"
    doc = read_annotations(make_doc("a", text), load_model()(text))
    labels = {m.text: m.label for m in doc.mentions}
    assert labels["Russia"] == "GPE"
    assert labels["the Black Sea Grain Initiative"] == "ORG"
