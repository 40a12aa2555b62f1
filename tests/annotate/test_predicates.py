"""The predicate layer, read from the real model's parse (model-backed)."""

import pytest

from storyline.annotate import read_annotations
from storyline.annotate.backend import load_model
from storyline.records import Document
from storyline.records.jsonform import document_from_dict, to_dict


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def annotate(nlp, text: str) -> Document:
    doc = Document("t", "t.txt", None, None, None, "2024-05-02", None, text)
    return read_annotations(doc, nlp(text))


def by_lemma(document: Document) -> dict:
    return {p.lemma: p for p in document.predicates}


def test_a_reported_refusal_keeps_its_negation_modality_and_governor(nlp) -> None:
    document = annotate(nlp, "Syria says it will not accept any more refugees.")
    found = by_lemma(document)
    accept, say = found["accept"], found["say"]
    assert accept.negated and accept.modality == "will"
    assert document.predicates[accept.governor] == say and accept.relation == "ccomp"
    roles = {a.role: a.text for a in accept.arguments}
    assert roles == {"subject": "it", "object": "any more refugees"}
    assert [a.text for a in say.arguments if a.role == "subject"] == ["Syria"]
    assert not say.negated and say.governor is None


def test_particles_prepositions_and_coordinated_participants(nlp) -> None:
    text = "Afghan guerrillas blew up power lines. Libya and Egypt signed a treaty with Sudan."
    found = by_lemma(annotate(nlp, text))
    assert "blow up" in found
    # The parser may read the particle as an adverb: "had walked out on Wednesday".
    text = "A source said the army had walked out on Wednesday because the RSF had not left."
    assert "walk out" in by_lemma(annotate(nlp, text))
    sign = found["sign"]
    subjects = [a.text for a in sign.arguments if a.role == "subject"]
    assert subjects == ["Libya", "Egypt"]
    assert [(a.role, a.text, a.label) for a in sign.arguments if a.role == "with"] == [
        ("with", "Sudan", "GPE")
    ]


def test_a_passive_subject_is_the_object_and_the_by_phrase_the_subject(nlp) -> None:
    found = by_lemma(annotate(nlp, "The convoy was attacked by rebels near the border."))
    attack = found["attack"]
    assert attack.passive
    roles = {a.role: a.text for a in attack.arguments}
    assert roles["object"] == "The convoy" and roles["subject"] == "rebels"


def test_predicate_offsets_point_into_the_text_and_survive_json(nlp) -> None:
    text = "The ministers met in Geneva on Monday and agreed to meet again in March."
    document = annotate(nlp, text)
    assert document.predicates
    for predicate in document.predicates:
        assert text[predicate.start : predicate.end] == predicate.text
        for argument in predicate.arguments:
            assert text[argument.start : argument.end] == argument.text
    assert document_from_dict(to_dict(document)) == document


def test_lemmas_asked_for_are_those_the_whole_pipeline_gives(nlp):
    # The lemmatizer is not run over every token; the words asked for get the same lemma.
    from storyline.annotate import backend

    text = "Talks were held; the rebels blew up bridges, and I'd gone. Ministers are meeting."
    assert "lemmatizer" not in nlp.pipe_names
    parsed = nlp(text)
    whole = nlp.get_pipe("lemmatizer")(nlp(text))
    assert [backend.lemma(t) for t in parsed] == [t.lemma_ for t in whole]
    assert backend.lemma(parsed[2]) == "hold"


def test_a_relative_pronoun_and_a_stated_intention_take_the_subject_they_stand_for(nlp) -> None:
    text = (
        "The talks produced a seven-day truce that took effect on May 22. The ceasefire is "
        "due to take effect on Monday."
    )
    takes = [p for p in annotate(nlp, text).predicates if p.lemma == "take"]
    subjects = [[a.text for a in p.arguments if a.role == "subject"] for p in takes]
    assert subjects == [["a seven-day truce"], ["The ceasefire"]]


def test_a_clause_set_at_another_time_says_so_in_its_relation(nlp) -> None:
    document = annotate(
        nlp, "The departure came nine days after Russia and Ukraine signed the deal in Istanbul."
    )
    found = by_lemma(document)
    assert found["sign"].relation == "advcl:after"
    assert document.predicates[found["sign"].governor] == found["come"]
