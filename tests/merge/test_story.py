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


def test_a_city_named_by_its_country_s_adjective_is_where_not_whom() -> None:
    text = (
        "Kestrian envoys returned to the Ostian capital on Monday for talks. "
        "Kestrian jets struck the Almoran capital on Tuesday."
    )
    doc = make_doc(
        "a", text, "2021-04-15", "Wire",
        [("Kestrian", "NORP"), ("Ostian", "NORP"), ("Almoran", "NORP")],
        [("Monday", "2021-04-12", "day"), ("Tuesday", "2021-04-13", "day")],
        predicates=[
            ("returned", "return", [("subject", "Kestrian envoys", "envoy", "NORP"),
                                    ("to", "the Ostian capital", "capital", "NORP"),
                                    ("for", "talks", "talk", None)]),
            ("struck", "strike", [("subject", "Kestrian jets", "jet", "NORP"),
                                  ("object", "the Almoran capital", "capital", "NORP")]),
        ],
    )  # fmt: skip
    merged = merge_documents([doc])
    names = {e.id: e.name for e in merged.index.entities}
    targets = {e.date: sorted(names[t] for t in e.targets) for e in merged.events if e.type}
    # The capital the envoys went to is where they talked; the one struck is its country's.
    assert targets["2021-04-12"] == []
    assert targets["2021-04-13"] == ["Almoran"]
