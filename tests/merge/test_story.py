"""The merge stage as a whole, on hand-built documents."""

from storyline.merge.story import merge_documents
from tests.builders import make_doc


def test_a_capital_that_acts_is_its_country_s_government_and_says_so() -> None:
    docs = [
        make_doc(
            "a",
            "Russia and Ukraine met on Monday. Moscow imposed sanctions on Ukraine on Tuesday.",
            "2014-03-05",
            "Wire",
            [("Russia", "GPE"), ("Ukraine", "GPE"), ("Moscow", "GPE")],
            [("Monday", "2014-03-03", "day"), ("Tuesday", "2014-03-04", "day")],
            predicates=[
                ("met", "meet", [("subject", "Russia and Ukraine", "Russia", "GPE")]),
                (
                    "imposed",
                    "impose",
                    [
                        ("subject", "Moscow", "Moscow", "GPE"),
                        ("object", "sanctions", "sanction", None),
                        ("on", "Ukraine", "Ukraine", "GPE"),
                    ],
                ),
            ],
        ),
        # Where it is only a place, it is only a place.
        make_doc("b", "Talks were held in Moscow.", "2014-03-06", "Paper", [("Moscow", "GPE")]),
    ]
    merged = merge_documents(docs)
    ids = {e.name: e.id for e in merged.index.entities}
    moscow = next(e for e in merged.index.entities if e.name == "Moscow")
    assert moscow.kind == "city or region" and moscow.acts_for == ids["Russia"]
    assert moscow.acting == 1
    [sanctions] = [e for e in merged.events if e.date == "2014-03-04"]
    assert sanctions.type == "SANCTION"
    assert sanctions.sources == (ids["Russia"],) and sanctions.targets == (ids["Ukraine"],)
