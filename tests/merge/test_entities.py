"""Entity merging on hand-built documents."""

from dataclasses import replace

from storyline.merge.entities import merge_entities, skeleton
from tests.builders import make_doc


def names(index):
    return {e.name: e for e in index.entities}


def test_full_name_title_and_surname_are_one_person() -> None:
    a = make_doc(
        "a",
        "German Chancellor Angela Merkel arrived in Paris. Merkel said little.",
        "2019-03-01",
        "Wire",
        [("Angela Merkel", "PERSON"), ("Merkel", "PERSON"), ("Paris", "GPE")],
    )
    b = make_doc("b", "Merkel left on Friday.", "2019-03-02", "Post", [("Merkel", "PERSON")])
    index = merge_entities([a, b])
    person = names(index)["Angela Merkel"]
    assert person.mention_count == 3
    assert set(person.aliases) == {"Angela Merkel", "Merkel"}
    assert person.documents == ("a", "b") and person.sources == ("Post", "Wire")
    assert [r.text for r in person.roles] == ["German Chancellor"]
    assert person.roles[0].date == "2019-03-01"


def test_transliterations_merge() -> None:
    docs = [
        make_doc("a", "Muammar Gaddafi spoke.", "2011-03-01", "A", [("Muammar Gaddafi", "PERSON")]),
        make_doc("b", "Moammar Qaddafi spoke.", "2011-03-02", "B", [("Moammar Qaddafi", "PERSON")]),
        make_doc("c", "Muammar Kadhafi spoke.", "2011-03-03", "C", [("Muammar Kadhafi", "PERSON")]),
        make_doc(
            "d",
            "Abdel Fattah al-Sisi and Abdul Fattah al-Sisi.",
            "2014-01-01",
            "D",
            [("Abdel Fattah al-Sisi", "PERSON"), ("Abdul Fattah al-Sisi", "PERSON")],
        ),
    ]
    index = merge_entities(docs)
    people = [e for e in index.entities if e.label == "PERSON"]
    assert len(people) == 2
    assert skeleton("Gaddafi") == skeleton("Qaddafi") == skeleton("Kadhafi")


def test_a_surname_spelled_otherwise_joins_only_outside_the_full_names_articles() -> None:
    docs = [
        make_doc(
            "a",
            "Muammar Gaddafi spoke. Tony Hayward flew to Houston. Howard, an analyst, said more.",
            "2011-03-01",
            "A",
            [("Muammar Gaddafi", "PERSON"), ("Tony Hayward", "PERSON"), ("Howard", "PERSON")],
        ),
        make_doc("b", "Qaddafi left Tripoli.", "2011-03-02", "B", [("Qaddafi", "PERSON")]),
        make_doc("c", "Hayward resigned.", "2011-03-03", "C", [("Hayward", "PERSON")]),
    ]
    people = names(merge_entities(docs))
    assert set(people["Muammar Gaddafi"].aliases) == {"Muammar Gaddafi", "Qaddafi"}
    assert set(people["Tony Hayward"].aliases) == {"Tony Hayward", "Hayward"}
    assert "Howard" in people  # named beside Tony Hayward: someone else


def test_names_alike_only_in_their_consonants_are_different_people() -> None:
    docs = [
        make_doc(
            "a",
            "Senator John Kerry spoke. Admiral Mary Landry of the Coast Guard spoke.",
            "2010-05-01",
            "A",
            [("John Kerry", "PERSON"), ("Mary Landry", "PERSON")],
        ),
        make_doc(
            "b",
            "John Curry, a fisherman, spoke. Senator Mary Landrieu spoke. Landrieu left.",
            "2010-05-02",
            "B",
            [("John Curry", "PERSON"), ("Mary Landrieu", "PERSON"), ("Landrieu", "PERSON")],
        ),
        make_doc(
            "c",
            "Omar Suleiman flew home. Amr Moussa and Omar Sulayman met Amr Mousa's aides.",
            "2011-02-01",
            "C",
            [
                ("Omar Suleiman", "PERSON"),
                ("Amr Moussa", "PERSON"),
                ("Omar Sulayman", "PERSON"),
                ("Amr Mousa", "PERSON"),
            ],
        ),
    ]
    people = names(merge_entities(docs))
    assert {"John Kerry", "John Curry", "Mary Landry", "Mary Landrieu"} <= set(people)
    assert set(people["Mary Landrieu"].aliases) == {"Mary Landrieu", "Landrieu"}
    # spellings of one name: vowels of one kind, or one consonant written otherwise
    assert set(people["Omar Suleiman"].aliases) == {"Omar Suleiman", "Omar Sulayman"}
    assert set(people["Amr Moussa"].aliases) == {"Amr Moussa", "Amr Mousa"}


def test_words_the_model_ran_into_a_titled_name_are_not_the_persons() -> None:
    doc = make_doc(
        "a",
        "All Lord Goldsmith said was that the war was legal. Goldsmith later resigned.",
        "2005-03-01",
        "A",
        [("All Lord Goldsmith", "PERSON"), ("Goldsmith", "PERSON")],
    )
    person = names(merge_entities([doc]))["Lord Goldsmith"]
    assert person.mention_count == 2
    assert "All Lord Goldsmith" not in person.aliases


def test_a_surname_with_a_vowel_left_out_is_the_same_persons() -> None:
    docs = [
        make_doc(
            "a",
            "Jose Angel Cordova spoke. Ayman al-Zawahiri spoke. John Kerry spoke.",
            "2009-05-01",
            "A",
            [
                ("Jose Angel Cordova", "PERSON"),
                ("Ayman al-Zawahiri", "PERSON"),
                ("John Kerry", "PERSON"),
            ],
        ),
        make_doc(
            "b",
            "Jos Angel Crdova spoke. Ayman al-Zawahri spoke. John Gray spoke.",
            "2009-05-02",
            "B",
            [
                ("Jos Angel Crdova", "PERSON"),
                ("Ayman al-Zawahri", "PERSON"),
                ("John Gray", "PERSON"),
            ],
        ),
    ]
    people = names(merge_entities(docs))
    assert people["Jose Angel Cordova"].mention_count == 2
    assert people["Ayman al-Zawahiri"].mention_count == 2
    assert people["John Kerry"].mention_count == 1  # a short surname: another name


def test_a_surname_named_far_more_than_the_full_name_and_never_beside_it_stays_apart() -> None:
    docs = [
        make_doc(f"g{k}", "Lord Goldsmith gave his advice.", "2005-03-01", "G",
                 [("Lord Goldsmith", "PERSON")])
        for k in range(10)
    ]  # fmt: skip
    docs.append(
        make_doc("h", "Harvey Goldsmith promoted the concert.", "2005-03-02", "H",
                 [("Harvey Goldsmith", "PERSON")])
    )  # fmt: skip
    docs.append(
        make_doc("m", "Angela Merkel spoke. Merkel left.", "2005-03-03", "M",
                 [("Angela Merkel", "PERSON"), ("Merkel", "PERSON")])
    )  # fmt: skip
    people = names(merge_entities(docs))
    assert people["Harvey Goldsmith"].mention_count == 1
    assert people["Lord Goldsmith"].mention_count == 10
    assert people["Angela Merkel"].mention_count == 2


def test_a_lone_word_joins_no_full_name_it_shares_only_consonants_with() -> None:
    docs = [
        make_doc(
            "a",
            "Mike Giglio reported from Cairo.",
            "2011-02-01",
            "A",
            [("Mike Giglio", "PERSON")],
        ),
        make_doc("b", "Google said nothing.", "2011-02-02", "B", [("Google", "ORG")]),
    ]
    index = merge_entities(docs)
    assert [e.mention_count for e in index.entities if e.name == "Mike Giglio"] == [1]


def test_ambiguous_surname_stays_apart_unless_the_article_decides() -> None:
    a = make_doc(
        "a",
        "George W. Bush met George H. W. Bush. Bush smiled.",
        "2004-01-01",
        "A",
        [("George W. Bush", "PERSON"), ("George H. W. Bush", "PERSON"), ("Bush", "PERSON")],
    )
    index = merge_entities([a])
    assert "Bush" in names(index)  # two candidates in the same article: not guessed


def test_acronyms_merge_with_their_expansion() -> None:
    a = make_doc(
        "a",
        "The United Nations met. The UN said. The U.N. agreed.",
        "2019-01-01",
        "A",
        [("United Nations", "ORG"), ("UN", "ORG"), ("U.N.", "ORG")],
    )
    index = merge_entities([a])
    org = names(index)["United Nations"]
    assert org.mention_count == 3 and set(org.aliases) == {"United Nations", "UN", "U.N."}


def test_a_name_with_a_participle_joined_is_that_name() -> None:
    a = make_doc(
        "a",
        "The U.N. envoy spoke. The U.N.-led talks resume. Iran-backed militias left Iran.",
        "2019-01-01",
        "A",
        [("U.N.", "ORG"), ("U.N.-led", "ORG"), ("Iran-backed", "GPE"), ("Iran", "GPE")],
    )
    found = names(merge_entities([a]))
    assert found["U.N."].mention_count == 2 and "U.N.-led" not in found
    assert found["Iran"].mention_count == 2


def test_capital_is_linked_to_its_country_but_separate() -> None:
    a = make_doc(
        "a",
        "Washington warned Russia. The United States acted. Moscow denied it.",
        "2019-01-01",
        "A",
        [("Washington", "GPE"), ("Russia", "GPE"), ("United States", "GPE"), ("Moscow", "GPE")],
    )
    index = merge_entities([a])
    found = names(index)
    assert found["Moscow"].linked == (found["Russia"].id,)
    assert found["Washington"].linked == (found["United States"].id,)
    assert found["Moscow"].id != found["Russia"].id


def test_a_capital_the_model_read_as_a_person_is_a_place_where_its_country_is_named() -> None:
    a = make_doc(
        "a",
        "Ukraine sent a delegation. Russia made demands unacceptable to Kyiv.",
        "2025-05-16",
        "A",
        [("Ukraine", "GPE"), ("Russia", "GPE"), ("Kyiv", "PERSON")],
    )
    found = names(merge_entities([a]))
    assert found["Kyiv"].kind == "city or region"
    assert found["Kyiv"].linked == (found["Ukraine"].id,)
    # With no word of its country, the model's reading stands.
    b = make_doc("b", "He thanked Kyiv for the call.", "2025-05-16", "B", [("Kyiv", "PERSON")])
    assert names(merge_entities([b]))["Kyiv"].kind == "person"


def test_a_country_the_model_read_as_a_person_is_the_country_unless_a_person_bears_the_name() -> (
    None
):
    a = make_doc(
        "a",
        "Armenia agreed. Azerbaijan has said it will sign.",
        "2025-03-13",
        "A",
        [("Armenia", "GPE"), ("Azerbaijan", "PERSON")],
    )
    b = make_doc("b", "Azerbaijan welcomed it.", "2025-03-14", "B", [("Azerbaijan", "GPE")])
    found = [e for e in merge_entities([a, b]).entities if e.name == "Azerbaijan"]
    assert [e.kind for e in found] == ["country"]
    # "Michael Jordan ... Jordan scored": the surname of a person the article names.
    c = make_doc(
        "c",
        "Michael Jordan played. Jordan scored 40.",
        "1996-06-16",
        "C",
        [("Michael Jordan", "PERSON"), ("Jordan", "PERSON")],
    )
    assert names(merge_entities([c]))["Michael Jordan"].kind == "person"
    assert "Jordan" not in names(merge_entities([c]))


def test_roles_in_apposition() -> None:
    a = make_doc(
        "a",
        "Ban Ki-moon, the UN secretary-general, arrived.",
        "2010-01-01",
        "A",
        [("Ban Ki-moon", "PERSON")],
    )
    index = merge_entities([a])
    assert [r.text for r in names(index)["Ban Ki-moon"].roles] == ["UN secretary-general"]


def test_a_role_of_several_words_before_a_name_is_kept_whole() -> None:
    text = (
        "The talks were chaired by the EU deputy secretary general Enrique Mora. "
        "Kestria's nuclear chief Jon Vale said little."
    )
    a = make_doc("a", text, "2021-04-06", "A", [("Enrique Mora", "PERSON"), ("Jon Vale", "PERSON")])
    found = names(merge_entities([a]))
    assert [r.text for r in found["Enrique Mora"].roles] == ["EU deputy secretary general"]
    assert [r.text for r in found["Jon Vale"].roles] == ["Kestria's nuclear chief"]


def test_a_word_opening_the_sentence_is_no_part_of_the_role() -> None:
    text = (
        "Following President Hosni Mubarak's speech, crowds gathered. "
        "Hopefully Vice President Omar Suleiman will talk. "
        "Outgoing Prime Minister Ahmed Shafiq stayed. "
        "As President Hosni Mubarak spoke, Mubarak President Hosni Mubarak's aides left. "
        "Perhaps President Hosni Mubarak knew. A worn-looking Hosni Mubarak waved. "
        "While President Hosni Mubarak slept, Barack Obama President Hosni Mubarak called."
    )
    people = [("Hosni Mubarak", "PERSON"), ("Omar Suleiman", "PERSON"), ("Ahmed Shafiq", "PERSON"),
              ("Barack Obama", "PERSON")]  # fmt: skip
    found = names(merge_entities([make_doc("a", text, "2011-02-01", "A", people)]))
    # (Nor a person's name, his own or another's, "Mubarak President", "Obama President", nor a
    # word's end: "worn-looking".)
    assert [r.text for r in found["Hosni Mubarak"].roles] == ["President"]
    assert [r.text for r in found["Omar Suleiman"].roles] == ["Vice President"]
    assert [r.text for r in found["Ahmed Shafiq"].roles] == ["Outgoing Prime Minister"]


def test_what_follows_a_name_and_a_comma_is_a_role_only_in_apposition() -> None:
    text = (
        "Leaders like George Bush, such as his deputy, spoke. George Galloway, and the former "
        "French minister, met. George Bush, then governor of Texas, ran. Kofi Annan, the UN "
        "secretary-general, came. Kofi Annan, who met the UN secretary-general, left. History "
        "will judge George Galloway. He wants to meet President George Bush."
    )
    people = [("George Bush", "PERSON"), ("George Galloway", "PERSON"), ("Kofi Annan", "PERSON")]
    found = names(merge_entities([make_doc("a", text, "2005-02-01", "A", people)]))
    assert [r.text for r in found["George Bush"].roles] == ["President", "governor of Texas"]
    assert found["George Galloway"].roles == ()  # "will judge" him is no post
    assert [r.text for r in found["Kofi Annan"].roles] == ["UN secretary-general"]


def test_ids_are_stable() -> None:
    a = make_doc("a", "Angela Merkel spoke.", "2019-01-01", "A", [("Angela Merkel", "PERSON")])
    assert merge_entities([a]).entities[0].id == merge_entities([a]).entities[0].id


def test_surname_the_model_called_an_organisation_joins_the_person() -> None:
    a = make_doc(
        "a",
        "Annelie Brandt chaired the talks. Brandt said both sides had moved.",
        "2025-04-08",
        "Wire",
        [("Annelie Brandt", "PERSON"), ("Brandt", "ORG")],
    )
    index = merge_entities([a])
    person = names(index)["Annelie Brandt"]
    assert person.mention_count == 2 and "Brandt" not in names(index)


def test_a_group_and_its_plural_are_one() -> None:
    doc = make_doc(
        "a",
        "Egyptian protesters marched. Egyptians voted. Egyptian officials spoke.",
        "2011-02-01",
        "A",
        [("Egyptian", "NORP"), ("Egyptians", "NORP")],
    )
    groups = [e for e in merge_entities([doc]).entities if e.label == "GROUP"]
    assert len(groups) == 1
    assert groups[0].name == "Egyptian" and groups[0].mention_count == 3


def test_a_company_by_its_short_name_its_legal_form_and_an_acronym_it_defines() -> None:
    docs = [
        make_doc(
            "a",
            "Apple Computer sued. Apple said it would appeal.",
            mentions=[("Apple Computer", "ORG"), ("Apple", "ORG")],
        ),
        make_doc("b", "Apple Inc. reported profits.", mentions=[("Apple Inc.", "ORG")]),
        make_doc("c", "Apple shares rose.", mentions=[("Apple", "ORG")]),
        # The Beatles' company is another: this article names both, so it decides nothing.
        make_doc(
            "d",
            "Apple Corps sued Apple Computer. Apple Corps said it was a trademark case.",
            mentions=[("Apple Corps", "ORG"), ("Apple Computer", "ORG")],
        ),
        make_doc(
            "e",
            "Singapore Airlines (SIA) took the first plane. SIA said it was pleased.",
            mentions=[("Singapore Airlines", "ORG"), ("SIA", "ORG")],
        ),
    ]
    found = names(merge_entities(docs))
    apple = found["Apple Computer"]
    assert apple.mention_count == 5 and {"Apple", "Apple Inc"} <= set(apple.aliases)
    assert found["Apple Corps"].mention_count == 2
    assert found["Singapore Airlines"].mention_count == 3  # the name and "SIA" twice


def test_a_name_the_story_writes_with_a_legal_form_is_a_company_s() -> None:
    # The model reads the bare name as a place or a nationality, more often than not;
    # "Transocean Ltd." says what it is.
    docs = [
        make_doc(
            "a",
            "Transocean Ltd. owned the rig. Transocean Deepwater Inc. said so. TransOcean agreed.",
            mentions=[
                ("Transocean Ltd.", "ORG"),
                ("Transocean Deepwater Inc.", "ORG"),
                ("TransOcean", "NORP"),
            ],
        ),
        *(
            make_doc(f"p{i}", "Transocean leased the rig.", mentions=[("Transocean", "GPE")])
            for i in range(3)
        ),
        *(
            make_doc(f"n{i}", "Transocean shares fell.", mentions=[("Transocean", "NORP")])
            for i in range(3)
        ),
        make_doc("r", "Russia sent ships.", mentions=[("Russia", "GPE")]),
    ]
    found = names(merge_entities(docs))
    assert found["Transocean"].kind == "organization"
    assert found["Transocean"].mention_count == 9
    assert found["Russia"].kind == "country"


def test_a_name_written_after_the_is_no_person() -> None:
    # The model takes "BP's Deepwater Horizon" for a person; the text says "the Deepwater
    # Horizon" as often. A person written once after "the" ("the Jane Roe we knew") stays one.
    docs = [
        make_doc(
            "a",
            "The Deepwater Horizon sank. BP's Deepwater Horizon burned. The crew of "
            "the Deepwater Horizon left. Jane Roe spoke. Jane Roe wept.",
            mentions=[("Deepwater Horizon", "PERSON"), ("Jane Roe", "PERSON")],
        ),
        make_doc(
            "b",
            "Oil leaked from the Deepwater Horizon. It was the Jane Roe we knew.",
            mentions=[("Deepwater Horizon", "PERSON"), ("Jane Roe", "PERSON")],
        ),
    ]
    found = names(merge_entities(docs))
    assert found["Deepwater Horizon"].kind == "product"
    assert found["Jane Roe"].kind == "person"


def test_a_name_the_model_cut_short_is_the_whole_name_the_story_uses() -> None:
    # The model reads "the Deepwater Horizon" as a place "Horizon" in some articles; the word
    # before it and the part make a name the story tags whole. A surname after the given name
    # stays a person's though the model tags the whole name an organisation more often.
    whole = [
        make_doc(
            f"w{i}",
            "The Deepwater Horizon sank. Rahm Emanuel spoke.",
            mentions=[("Deepwater Horizon", "ORG"), ("Rahm Emanuel", "ORG")],
        )
        for i in range(4)
    ]
    whole += [
        make_doc(f"p{i}", "Rahm Emanuel called.", mentions=[("Rahm Emanuel", "PERSON")])
        for i in range(3)
    ]
    cuts = [
        make_doc(
            f"c{i}",
            "Oil leaked from the Deepwater Horizon. Rahm Emanuel said so.",
            mentions=[("Horizon", "LOC"), ("Emanuel", "PERSON")],
        )
        for i in range(3)
    ]
    cut = cuts[0]
    index = merge_entities([*whole, *cuts])
    by_id = {e.id: e for e in index.entities}
    rig = by_id[index.entity_at("c0", cut.text.index("Horizon"))]
    assert rig.name == "Deepwater Horizon" and rig.kind == "organization"
    assert "Horizon" not in names(index)
    assert by_id[index.entity_at("c0", cut.text.index("Emanuel"))].kind == "person"


def test_a_place_named_by_its_head_is_the_one_its_articles_name_beside_it() -> None:
    gulf = [
        make_doc(
            f"g{i}",
            "Oil reached the Gulf of Mexico. The Gulf is vast.",
            mentions=[("Gulf of Mexico", "LOC"), ("Gulf", "LOC")],
        )
        for i in range(2)
    ]
    found = names(merge_entities(gulf))
    assert found["Gulf of Mexico"].mention_count == 4 and "Gulf" not in found
    # Where its articles name two such places as often, it is neither.
    aden = make_doc(
        "a",
        "Pirates roam the Gulf of Aden. The Gulf is vast.",
        mentions=[("Gulf of Aden", "LOC"), ("Gulf", "LOC")],
    )
    found = names(merge_entities([gulf[0], aden]))
    assert found["Gulf"].mention_count == 2


def test_a_maker_and_a_model_number_are_a_product_of_their_own() -> None:
    from storyline.annotate import read_annotations
    from storyline.annotate.backend import load_model

    text = "Airbus said the Airbus A380 will fly in May. The A380 is the largest airliner.\n"
    doc = read_annotations(make_doc("a", text), load_model()(text))
    found = {m.text: m.label for m in doc.mentions}
    assert found.get("Airbus A380") == "PRODUCT"
    index = merge_entities([doc])
    products = [e for e in index.entities if e.label == "PRODUCT"]
    assert len(products) == 1 and "Airbus A380" in products[0].aliases
    assert all(e.name != "Airbus" or e.mention_count == 1 for e in index.entities)


def test_names_the_model_missed_are_found_by_the_story_s_names() -> None:
    from storyline.merge.entities import with_name_repeats

    text = (
        "Steve Jobs spoke on Monday. Later, Jobs said the A380s were late. Jobs left. "
        "Mark Papermaster showed the iPhone 4 and cut jobs."
    )
    doc = make_doc(
        "a",
        text,
        mentions=[
            ("Steve Jobs", "PERSON"),
            ("Mark Papermaster", "PERSON"),
            ("iPhone 4", "PRODUCT"),
        ],
    )
    other = make_doc("b", "Papermaster quit. Buyers of iPhone 4 waited.")
    index = merge_entities([doc, other])
    repeated = with_name_repeats([doc, other], index)
    added = [m.text for m in repeated[0].mentions if m not in doc.mentions]
    # "Jobs" inside a sentence is the person; at a sentence's start it may be the word, as the
    # articles use it ("cut jobs"); "Papermaster" they never use as a word.
    assert added == ["Jobs"]
    assert [m.text for m in repeated[1].mentions] == ["Papermaster", "iPhone 4"]
    found = names(merge_entities(repeated))
    assert found["Steve Jobs"].mention_count == 2
    assert found["Mark Papermaster"].mention_count == 2


def test_a_legal_form_in_any_case_is_the_company() -> None:
    from storyline.merge.entities import _key

    assert (
        _key("ORG", "BP Plc") == _key("ORG", "BP PLC") == _key("ORG", "BP plc") == _key("ORG", "BP")
    )


def test_a_name_the_model_nearly_always_tags_one_way_is_that() -> None:
    company = [
        make_doc(f"c{i}", "BP said the cap held.", mentions=[("BP", "ORG")]) for i in range(9)
    ]
    dotted = make_doc("d", "B.P said so.", mentions=[("B.P", "ORG")])
    place = make_doc("p", "Crews left BP on Friday.", mentions=[("BP", "GPE")])
    found = merge_entities([*company, dotted, place]).entities
    assert [(e.name, e.mention_count) for e in found] == [("BP", 11)]
    # Not outnumbered ten to one, the two stay apart.
    assert len(merge_entities([*company[:4], dotted, place]).entities) == 2


def test_a_name_with_a_middle_initial_a_short_given_name_or_a_title_is_one_person() -> None:
    docs = [
        make_doc("a", "Thad Allen spoke.", mentions=[("Thad Allen", "PERSON")]),
        make_doc("b", "Thad W. Allen spoke.", mentions=[("Thad W. Allen", "PERSON")]),
        make_doc("c", "Adm Allen spoke.", mentions=[("Adm Allen", "PERSON")]),
        make_doc("d", "Kenneth Feinberg will pay.", mentions=[("Kenneth Feinberg", "PERSON")]),
        make_doc("e", "Ken Feinberg will pay.", mentions=[("Ken Feinberg", "PERSON")]),
        # A short given name and the long one with an initial.
        make_doc("i", "Chris Dodd said no.", mentions=[("Chris Dodd", "PERSON")]),
        make_doc("j", "Christopher J. Dodd said no.", mentions=[("Christopher J. Dodd", "PERSON")]),
        # Two presidents Bush: which one "George Bush" is, the spelling does not say.
        make_doc(
            "f",
            "George Bush and George W. Bush.",
            mentions=[("George Bush", "PERSON"), ("George W. Bush", "PERSON")],
        ),
        make_doc("g", "George H. W. Bush spoke.", mentions=[("George H. W. Bush", "PERSON")]),
        # "Jo" is too short to be read as the short form of "Joan".
        make_doc(
            "h",
            "Jo Smith and Joan Smith.",
            mentions=[("Jo Smith", "PERSON"), ("Joan Smith", "PERSON")],
        ),
    ]
    found = {alias: e for e in merge_entities(docs).entities for alias in e.aliases}
    assert set(found["Thad Allen"].aliases) == {"Thad Allen", "Thad W. Allen", "Adm Allen"}
    assert set(found["Ken Feinberg"].aliases) == {"Kenneth Feinberg", "Ken Feinberg"}
    assert set(found["Chris Dodd"].aliases) == {"Chris Dodd", "Christopher J. Dodd"}
    for alone in ("George Bush", "George W. Bush", "George H. W. Bush", "Jo Smith", "Joan Smith"):
        assert found[alone].aliases == (alone,)


def test_given_names_hyphenated_run_together_or_of_two_letters_and_ranks_left_out() -> None:
    docs = [
        make_doc("a", "Jean-Max Bellerive spoke.", mentions=[("Jean-Max Bellerive", "PERSON")]),
        make_doc("b", "Jean Max Bellerive spoke.", mentions=[("Jean Max Bellerive", "PERSON")]),
        make_doc(
            "c", "Abdelbaset al-Megrahi left.", mentions=[("Abdelbaset al-Megrahi", "PERSON")]
        ),
        make_doc(
            "d", "Abdel Basset al-Megrahi left.", mentions=[("Abdel Basset al-Megrahi", "PERSON")]
        ),
        make_doc("e", "Ed Markey wrote.", mentions=[("Ed Markey", "PERSON")]),
        make_doc("f", "Edward Markey wrote.", mentions=[("Edward Markey", "PERSON")]),
        make_doc(
            "g",
            "Representative Ed Markey wrote.",
            mentions=[("Representative Ed Markey", "PERSON")],
        ),
        # Two given names run together spell another name than one given name alike in its
        # consonants; "Ed" of two longer names is neither.
        make_doc("n", "Ban Ki-moon flew.", mentions=[("Ban Ki-moon", "PERSON")]),
        make_doc("o", "Ban Ki Moon flew.", mentions=[("Ban Ki Moon", "PERSON")]),
        make_doc("p", "Mary Jane Evans sang.", mentions=[("Mary Jane Evans", "PERSON")]),
        make_doc("h", "Myron Evans sang.", mentions=[("Myron Evans", "PERSON")]),
        make_doc("i", "Mary Ann Evans sang.", mentions=[("Mary Ann Evans", "PERSON")]),
        make_doc(
            "j",
            "Ed Jones, Edwin Jones and Edward Jones.",
            mentions=[
                ("Ed Jones", "PERSON"),
                ("Edwin Jones", "PERSON"),
                ("Edward Jones", "PERSON"),
            ],
        ),
        # A rank before a name is no part of it; alone, the word may be the surname.
        make_doc("k", "Major Dan Taylor ran.", mentions=[("Major Dan Taylor", "PERSON")]),
        make_doc("l", "Major Daniel Taylor ran.", mentions=[("Major Daniel Taylor", "PERSON")]),
        make_doc(
            "m",
            "John Sergeant danced. Sergeant was tired.",
            mentions=[("John Sergeant", "PERSON"), ("Sergeant", "PERSON")],
        ),
    ]
    found = {alias: e for e in merge_entities(docs).entities for alias in e.aliases}
    assert set(found["Major Dan Taylor"].aliases) == {"Major Dan Taylor", "Major Daniel Taylor"}
    assert set(found["John Sergeant"].aliases) == {"John Sergeant", "Sergeant"}
    assert set(found["Jean-Max Bellerive"].aliases) == {"Jean-Max Bellerive", "Jean Max Bellerive"}
    assert set(found["Abdelbaset al-Megrahi"].aliases) == {
        "Abdelbaset al-Megrahi",
        "Abdel Basset al-Megrahi",
    }
    assert set(found["Ed Markey"].aliases) == {
        "Ed Markey",
        "Edward Markey",
        "Representative Ed Markey",
    }
    assert set(found["Ban Ki-moon"].aliases) == {"Ban Ki-moon", "Ban Ki Moon"}
    for alone in (
        "Myron Evans",
        "Mary Ann Evans",
        "Mary Jane Evans",
        "Ed Jones",
        "Edwin Jones",
        "Edward Jones",
    ):
        assert found[alone].aliases == (alone,)


def test_a_name_is_not_found_again_in_a_date() -> None:
    from storyline.merge.entities import with_name_repeats

    doc = make_doc(
        "a",
        "Officials met in May. Theresa May spoke. Later, May said more.",
        mentions=[("Theresa May", "PERSON")],
        timexes=[("May", "2019-05", "month")],
    )
    index = merge_entities([doc])
    repeated = with_name_repeats([doc], index)
    added = [(m.text, m.start) for m in repeated[0].mentions if m not in doc.mentions]
    assert added == [("May", doc.text.rindex("May"))]


def test_a_short_surname_spelled_otherwise_stays_apart() -> None:
    docs = [
        make_doc(
            "a",
            "Benjamin Van Mooy studied the plume.",
            mentions=[("Benjamin Van Mooy", "PERSON")],
        ),
        make_doc("b", "May said the well was shut.", mentions=[("May", "PERSON")]),
        make_doc("c", "Bobby Jindal spoke.", mentions=[("Bobby Jindal", "PERSON")]),
        make_doc("d", "Jendal left.", mentions=[("Jendal", "PERSON")]),
    ]
    people = names(merge_entities(docs))
    assert set(people["Benjamin Van Mooy"].aliases) == {"Benjamin Van Mooy"}
    assert set(people["Bobby Jindal"].aliases) == {"Bobby Jindal", "Jendal"}


def test_an_initialism_is_named_with_its_last_full_stop() -> None:
    doc = make_doc(
        "a",
        "U.S. officials met. The U.S. said so.",
        mentions=[("U.S", "GPE")],
    )
    assert names(merge_entities([doc]))["U.S."].mention_count == 2


def test_name_particles_written_or_left_out_are_one_person() -> None:
    docs = [
        make_doc(
            "a",
            "Bashar Assad met Staffan de Mistura. De Mistura said talks would resume.",
            mentions=[("Bashar Assad", "PERSON"), ("Staffan de Mistura", "PERSON")],
        ),
        make_doc(
            "b",
            "Bashar al-Assad spoke. Assad said Mistura was welcome.",
            mentions=[("Bashar al-Assad", "PERSON"), ("Assad", "PERSON"), ("Mistura", "PERSON")],
        ),
    ]
    found = names(merge_entities(docs))
    assert found["Bashar al-Assad"].mention_count == 3
    assert found["Staffan de Mistura"].mention_count == 2


def test_a_country_by_any_of_its_names_is_one_and_its_capital_is_linked_to_it() -> None:
    docs = [
        make_doc(
            "a",
            "Russia sent envoys. The Russian Federation said talks would go on. Moscow agreed.",
            mentions=[("Russia", "GPE"), ("Russian Federation", "GPE"), ("Moscow", "GPE")],
        ),
        make_doc(
            "b",
            "Britain and the UK envoy met Iran's delegation.",
            mentions=[("Britain", "GPE"), ("UK", "GPE"), ("Iran", "GPE")],
        ),
    ]
    found = names(merge_entities(docs))
    russia = next(e for e in found.values() if "Russia" in e.aliases)
    assert russia.mention_count == 2 and "Russian Federation" in russia.aliases
    assert found["Moscow"].linked == (russia.id,) and found["Moscow"].mention_count == 1
    assert (russia.kind, found["Moscow"].kind) == ("country", "city or region")
    britain = next(e for e in found.values() if "Britain" in e.aliases)
    assert britain.mention_count == 2


def test_a_country_s_institution_by_any_of_the_country_s_names_and_without_it() -> None:
    docs = [
        make_doc(
            "a",
            "The United States Air Force chose a tanker. The Air Force said so.",
            mentions=[("United States Air Force", "ORG"), ("Air Force", "ORG")],
        ),
        make_doc("b", "The U.S. Air Force will buy 179.", mentions=[("U.S. Air Force", "ORG")]),
        make_doc("c", "The Air Force was sued.", mentions=[("Air Force", "ORG")]),
        # Another country's air force is another institution.
        make_doc("d", "The Royal Air Force flew.", mentions=[("Royal Air Force", "ORG")]),
    ]
    found = names(merge_entities(docs))
    air_force = next(e for e in found.values() if "United States Air Force" in e.aliases)
    assert air_force.mention_count == 4 and "U.S. Air Force" in air_force.aliases
    assert found["Royal Air Force"].mention_count == 1


def test_an_acronym_joins_spellings_of_its_name_in_the_singular_or_with_small_words() -> None:
    names = [
        "Disasters Emergency Committee",
        "Disaster Emergency Committee",
        "Disasters and Emergency Committee",
    ]
    docs = [
        make_doc(f"d{n}", f"The {name} appealed.", mentions=[(name, "ORG")])
        for n, name in enumerate(names)
    ]
    docs.append(make_doc("x", "DEC said so.", mentions=[("DEC", "ORG")]))
    index = merge_entities(docs)
    assert len(index.entities) == 1 and index.entities[0].mention_count == 4


def test_a_country_s_institution_named_without_the_country_is_that_institution() -> None:
    docs = [
        make_doc(
            "a",
            "The U.S. State Department warned. The State Department said more.",
            mentions=[("U.S. State Department", "ORG"), ("State Department", "ORG")],
        ),
        make_doc(
            "b",
            "The State Department of Transportation closed a road. The State Department spoke.",
            mentions=[("State Department of Transportation", "ORG"), ("State Department", "ORG")],
        ),
    ]
    index = merge_entities(docs)
    joined = next(e for e in index.entities if e.mention_count == 3)
    assert "U.S. State Department" in joined.aliases


def test_a_legal_form_after_an_acronym_and_two_spellings_of_the_full_name() -> None:
    docs = [
        make_doc("a", "EADS N.V. won.", mentions=[("EADS N.V.", "ORG")]),
        make_doc("b", "EADS said so.", mentions=[("EADS", "ORG")]),
        make_doc(
            "c",
            "European Aeronautic Defence and Space Company bid.",
            mentions=[("European Aeronautic Defence and Space Company", "ORG")],
        ),
        make_doc(
            "d",
            "European Aeronautic Defense & Space NV bid.",
            mentions=[("European Aeronautic Defense & Space NV", "ORG")],
        ),
    ]
    index = merge_entities(docs)
    assert len(index.entities) == 1 and index.entities[0].mention_count == 4


def test_a_product_s_name_after_its_model_number_names_it_alone() -> None:
    docs = [
        make_doc(
            "a",
            "Boeing showed the 787 Dreamliner. The Dreamliner flew.",
            mentions=[("Boeing", "ORG"), ("787 Dreamliner", "ORG"), ("Dreamliner", "PERSON")],
        ),
        make_doc("b", "The Boeing 787 is late.", mentions=[("Boeing 787", "PRODUCT")]),
        # A name before the model is the owner's or maker's, not the product's.
        make_doc(
            "c",
            "An American Airlines 777 landed. American said so.",
            mentions=[("American Airlines 777", "PRODUCT"), ("American", "NORP")],
        ),
    ]
    found = names(merge_entities(docs))
    dreamliner = next(e for e in found.values() if "Dreamliner" in e.aliases)
    assert dreamliner.label == "PRODUCT" and dreamliner.mention_count == 3
    assert "Boeing 787" in dreamliner.aliases
    assert found["American"].label == "GROUP"


def test_a_name_the_model_calls_a_nationality_joins_the_organisation_of_that_name() -> None:
    docs = [
        make_doc(
            "a",
            "The iTunes Music Store opened. iTunes sold songs.",
            mentions=[("iTunes Music Store", "ORG"), ("iTunes", "ORG")],
        ),
        make_doc("b", "iTunes grew.", mentions=[("iTunes", "NORP")]),
    ]
    index = merge_entities(docs)
    assert len(index.entities) == 1 and index.entities[0].mention_count == 3


def test_a_full_name_tagged_as_an_organisation_joins_the_person_named_by_surname() -> None:
    docs = [
        make_doc(
            "a",
            "UN envoy Staffan de Mistura spoke.",
            mentions=[("Staffan de Mistura", "ORG"), ("UN", "ORG")],
        ),
        make_doc(
            "b", "Talks went on, and De Mistura attended.", mentions=[("De Mistura", "PERSON")]
        ),
    ]
    person = next(e for e in merge_entities(docs).entities if "De Mistura" in e.aliases)
    assert person.label == "PERSON" and person.name == "Staffan de Mistura"
    assert person.mention_count == 2


def test_a_nationality_word_the_data_lacks_is_made_from_the_country_s_name() -> None:
    docs = [
        make_doc("a", "Talks opened in the Kazakh capital.", mentions=[("Kazakh", "ORG")]),
        make_doc("b", "Kazakhstan hosted them.", mentions=[("Kazakhstan", "GPE")]),
    ]
    [country] = merge_entities(docs).entities
    assert country.name == "Kazakhstan" and country.mention_count == 2


def test_no_nationality_word_is_made_from_a_person_s_name() -> None:
    """ "Scott", a presenter the model calls an organisation, makes no "Scottish"."""
    docs = [
        make_doc("a", "Scottish fans cheered.", mentions=[("Scottish", "NORP")]),
        make_doc(
            "b",
            "Scott Mills played a record. Scott said hello.",
            mentions=[("Scott Mills", "PERSON"), ("Scott", "ORG")],
        ),
    ]
    found = {alias: e for e in merge_entities(docs).entities for alias in e.aliases}
    assert found["Scottish"].aliases == ("Scottish",)


def test_a_short_name_may_leave_out_a_middle_word() -> None:
    docs = [
        make_doc(
            "a",
            "The iTunes Music Store opened. The iTunes Store sold songs.",
            mentions=[("iTunes Music Store", "ORG"), ("iTunes Store", "ORG")],
        ),
        make_doc("b", "The iTunes Store grew.", mentions=[("iTunes Store", "ORG")]),
    ]
    [store] = merge_entities(docs).entities
    assert store.mention_count == 3


def test_the_head_of_an_organisation_s_name_is_it_though_no_article_names_both() -> None:
    """ "the Sella Observatory for Human Rights" in one article, "the Sella Observatory" (which
    the model may call a facility) in another: one organisation. Where two organisations'
    names share that head, it joins neither."""
    full = make_doc(
        "a",
        "The toll was 40, the Sella Observatory for Human Rights said.",
        mentions=[("Sella Observatory for Human Rights", "ORG")],
    )
    short = make_doc(
        "b",
        "The Sella Observatory put the toll at 22.",
        mentions=[("Sella Observatory", "FAC")],
    )
    [observatory] = merge_entities([full, short]).entities
    assert observatory.mention_count == 2
    assert observatory.kind == "organization"
    other = make_doc(
        "c",
        "The Sella Observatory of Astronomy opened.",
        mentions=[("Sella Observatory of Astronomy", "ORG")],
    )
    assert len(merge_entities([full, short, other]).entities) == 3


def test_a_name_the_model_cut_in_two_is_one_person() -> None:
    doc = make_doc(
        "a",
        "The government of President Abd-Rabbu Mansour Hadi is in Aden. Hadi spoke on Monday.",
        "2018-12-06",
        "Wire",
        [("Abd-Rabbu", "PERSON"), ("Mansour Hadi", "PERSON"), ("Hadi", "PERSON")],
    )
    [person] = [e for e in merge_entities([doc]).entities if e.label == "PERSON"]
    assert person.name == "Abd-Rabbu Mansour Hadi" and "Hadi" in person.aliases


def test_a_name_the_text_calls_a_place_is_one_wherever_it_appears() -> None:
    doc = make_doc(
        "a",
        "Rebels hold the capital Sanaa and the besieged city of Taiz. Sanaa airport is shut. "
        "Omar Taizi said so.",
        "2018-12-06",
        "Wire",
        [("Sanaa", "PERSON"), ("Taiz", "PERSON"), ("Omar Taizi", "PERSON")],
    )
    kinds = {e.name: e.kind for e in merge_entities([doc]).entities}
    assert kinds == {"Sanaa": "city or region", "Taiz": "city or region", "Omar Taizi": "person"}


def test_a_name_something_was_said_on_is_no_person() -> None:
    doc = make_doc(
        "a",
        "Ghalibaf said on Twitter that the work had begun. Later a post on Twitter was removed. "
        "Hakim Holm said on Monday that he agreed.",
        "2021-04-16",
        "Wire",
        [("Ghalibaf", "PERSON"), ("Twitter", "PERSON"), ("Hakim Holm", "PERSON")],
    )
    kinds = {e.name: e.kind for e in merge_entities([doc]).entities}
    assert kinds == {"Ghalibaf": "person", "Twitter": "organization", "Hakim Holm": "person"}


def test_a_group_named_in_the_plural_as_people_is_the_group() -> None:
    doc = make_doc(
        "a",
        "Houthi rebels hold the north. The Houthis said they would attend. Adams spoke.",
        "2018-12-06",
        "Wire",
        [("Houthi", "ORG"), ("Houthis", "PERSON"), ("Adams", "PERSON")],
    )
    entities = merge_entities([doc]).entities
    assert sorted((e.aliases, e.kind) for e in entities) == [
        (("Adams",), "person"),
        (("Houthi", "Houthis"), "organization"),
    ]


def test_a_name_given_as_known_as_is_that_actor_s() -> None:
    doc = make_doc(
        "a",
        "The RSF is led by General Mohamed Hamdan Dagalo, known as Hemedti. Hemedti's RSF "
        "fought on. The army is led by Abdel Fattah al-Burhan.",
        "2023-05-21",
        "Wire",
        [("Mohamed Hamdan Dagalo", "PERSON"), ("Hemedti", "GPE"),
         ("Abdel Fattah al-Burhan", "PERSON")],
    )  # fmt: skip
    entities = merge_entities([doc]).entities
    assert sorted((e.aliases, e.kind) for e in entities) == [
        (("Abdel Fattah al-Burhan",), "person"),
        (("Hemedti", "Mohamed Hamdan Dagalo"), "person"),
    ]


def test_a_post_s_portfolio_and_a_clock_s_zone_are_no_organisations() -> None:
    doc = make_doc(
        "a",
        "Secretary of State Antony Blinken said the State Department would act. The truce "
        "begins at 21:45 local time (19:45 GMT). The Secretary of the Air Force spoke. "
        "Defence Minister Sergei Shoigu signed.",
        "2023-05-21",
        "Wire",
        [("State Department", "ORG"), ("State", "ORG"), ("Antony Blinken", "PERSON"),
         ("GMT", "ORG"), ("Air Force", "ORG"), ("Defence", "ORG"), ("Sergei Shoigu", "PERSON")],
    )  # fmt: skip
    found = {e.name: e.aliases for e in merge_entities([doc]).entities}
    assert found == {
        "Antony Blinken": ("Antony Blinken",),
        "State Department": ("State Department",),
        "Air Force": ("Air Force",),
        "Sergei Shoigu": ("Sergei Shoigu",),
    }


def test_the_first_word_of_a_country_s_name_as_a_nationality_is_the_country() -> None:
    doc = make_doc(
        "a",
        "Saudi Arabia hosted the talks. A US-Saudi mechanism will monitor the truce. The "
        "United States agreed.",
        "2023-05-21",
        "Wire",
        [("Saudi Arabia", "GPE"), ("Saudi", "NORP"), ("United States", "GPE")],
    )
    found = {e.name: e.aliases for e in merge_entities([doc]).entities}
    assert found["Saudi Arabia"] == ("Saudi", "Saudi Arabia")


def test_a_leader_s_administration_is_an_organisation_not_the_leader() -> None:
    doc = make_doc(
        "a",
        "The Biden administration imposed sanctions. Joe Biden said the sanctions would bite. "
        "The Assad Regime denied it.",
        "2023-06-01",
        "Wire",
        [("Biden", "PERSON"), ("Joe Biden", "PERSON"), ("Assad", "PERSON")],
    )
    found = sorted((e.name, e.kind, e.mention_count) for e in merge_entities([doc]).entities)
    assert found == [
        ("Assad regime", "organization", 1),
        ("Biden administration", "organization", 1),
        ("Joe Biden", "person", 1),
    ]


def test_a_country_the_model_calls_an_organisation_and_a_district_are_places() -> None:
    """ "Armenia and Azerbaijan agreed" tagged ORG, "the Kalbajar district" and "Shusha, the
    enclave's second-largest town" tagged as people, "his Azerbaijani counterpart" tagged a
    person: places and a nationality."""
    doc = make_doc(
        "a",
        "Armenia and Azerbaijan agreed to a truce. Aliyev met his Azerbaijani counterpart. "
        "Troops left the Kalbajar district and captured Shusha, the enclave's second-largest "
        "town. The Armenia Fund raised money.",
        "2020-11-10",
        "Wire",
        [
            ("Armenia", "ORG"),
            ("Azerbaijan", "GPE"),
            ("Azerbaijani", "PERSON"),
            ("Aliyev", "PERSON"),
            ("Kalbajar", "ORG"),
            ("Shusha", "PERSON"),
            ("The Armenia Fund", "ORG"),
        ],
    )
    kinds = {e.name: e.kind for e in merge_entities([doc]).entities}
    assert kinds["Armenia"] == "country" and kinds["Armenia Fund"] == "organization"
    assert kinds["Kalbajar"] == kinds["Shusha"] == "city or region"
    assert kinds["Aliyev"] == "person" and "Azerbaijani" not in kinds  # Azerbaijan's people


def test_a_name_after_a_post_is_a_person_without_the_post_s_country() -> None:
    """The model tags "Staffan de Mistura" an organisation after "UN envoy", and reads the
    country into the name after "Special Envoy for"; neither has a lone surname to join."""
    docs = [
        make_doc(
            "a",
            "UN Special Envoy for Syria Staffan de Mistura attended the talks.",
            mentions=[("Syria Staffan de Mistura", "ORG")],
        ),
        make_doc(
            "b",
            "UN envoy Staffan de Mistura welcomed the deal.",
            mentions=[("UN", "ORG"), ("Staffan de Mistura", "ORG")],
        ),
    ]
    docs.append(
        make_doc(
            "d",
            "Sella's president, Dana Holm, said the talks had failed.",
            mentions=[("Dana Holm", "ORG")],
        )
    )
    found = names(merge_entities(docs))
    person = found["Staffan de Mistura"]
    assert person.label == "PERSON" and person.mention_count == 2
    assert found["Dana Holm"].label == "PERSON"  # a post in apposition
    assert "Syria" not in found  # the country a post is for is not the person's
    # An organisation after a post stays one ("the group's leader Hayat Tahrir al-Sham").
    doc = make_doc(
        "c",
        "He met the party leader and the Democratic Union Party.",
        mentions=[("Democratic Union Party", "ORG")],
    )
    assert names(merge_entities([doc]))["Democratic Union Party"].label == "ORG"


def test_a_nationality_read_with_a_post_s_portfolio_is_the_country() -> None:
    """ "Kazakh Foreign Minister Kairat Abdrakhmanov": the model's "Kazakh Foreign" is the
    nationality, and "the Kazakh capital" is not the short name of the Kazakh Foreign
    Ministry."""
    docs = [
        make_doc(
            "a",
            "Kazakh Foreign Minister Kairat Abdrakhmanov read the statement in the Kazakh capital.",
            mentions=[
                ("Kazakh Foreign", "ORG"),
                ("Kairat Abdrakhmanov", "PERSON"),
                ("Kazakh", "ORG"),
            ],
        ),  # fmt: skip
        make_doc(
            "b",
            "A Kazakh Foreign Ministry official said Kazakhstan was ready.",
            mentions=[("Kazakh Foreign Ministry", "ORG"), ("Kazakhstan", "GPE")],
        ),
    ]
    found = names(merge_entities(docs))
    assert found["Kazakhstan"].mention_count == 3
    assert "Kazakh Foreign" not in found and "Kazakh" not in found
    # The model may as well take "Kazakh Foreign" for a person's name.
    docs[0] = replace(
        docs[0],
        mentions=tuple(replace(m, label="PERSON") if m.start == 0 else m for m in docs[0].mentions),
    )
    found = names(merge_entities(docs))
    assert found["Kazakhstan"].mention_count == 3 and "Kazakh" not in found


def test_a_name_given_leaders_or_fighters_is_an_organisation() -> None:
    docs = [
        make_doc(
            "a",
            "The Northern Front and Jaish al-Kestria sent delegations.",
            mentions=[("Northern Front", "ORG"), ("Jaish al-Kestria", "PERSON")],
        ),
        make_doc(
            "b",
            "Jaysh al-Kestria leader Omar Field criticised the deal. Dana Holm spokesman Tim Roe "
            "said nothing.",
            mentions=[
                ("Jaysh al-Kestria", "PERSON"),
                ("Omar Field", "PERSON"),
                ("Dana Holm", "PERSON"),
                ("Tim Roe", "PERSON"),
            ],
        ),  # fmt: skip
    ]
    found = names(merge_entities(docs))
    group = found["Jaysh al-Kestria"]
    assert group.label == "ORG" and group.mention_count == 2
    # A person's spokesman leaves the person a person.
    assert found["Dana Holm"].label == "PERSON" and found["Omar Field"].label == "PERSON"


def test_a_name_the_text_calls_a_group_is_an_organisation() -> None:
    """ "clashes with the jihadist group Jabhat Sella": the model's person is a group's name;
    a person met by a group stays a person."""
    doc = make_doc(
        "a",
        "Fighters died in clashes with the jihadist group Jabhat Sella. A group of reporters "
        "met Omar Field.",
        mentions=[("Jabhat Sella", "PERSON"), ("Omar Field", "PERSON")],
    )
    found = names(merge_entities([doc]))
    assert found["Jabhat Sella"].label == "ORG"
    assert found["Omar Field"].label == "PERSON"


def test_a_nationality_word_cut_off_from_a_body_s_name_is_that_body() -> None:
    """The model reads "the Islamic State group" as the nationality word "Islamic": with the
    words that go on to "State" it is the organisation another article names whole. A post
    after a nationality word ("Russian President") leaves it the country's."""
    cut = make_doc(
        "a",
        "Rebels fought the Islamic State group. Russian President Vladimir Putin spoke.",
        mentions=[("Islamic", "NORP"), ("Russian", "NORP"), ("Vladimir Putin", "PERSON")],
    )
    whole = make_doc(
        "b",
        "Islamic State fighters seized the town.",
        mentions=[("Islamic State", "ORG")],
    )
    found = names(merge_entities([cut, whole]))
    assert found["Islamic State"].label == "ORG" and found["Islamic State"].mention_count == 2
    assert "Islamic" not in found
    assert found["Russian"].label == "GROUP"


def test_a_nationality_word_before_government_is_the_country_acting() -> None:
    doc = make_doc(
        "a",
        "The British Government said it would send aid.",
        mentions=[("British", "NORP")],
    )
    assert [e.label for e in merge_entities([doc]).entities] == ["GROUP"]


def test_a_nationality_word_countries_share_is_the_one_the_story_names_most() -> None:
    # "American" is the United States' word (and another country's); "American Samoa",
    # named once, makes no nationality word of its own first word.
    doc = make_doc(
        "a",
        "American troops left the United States for Iraq. Americans voted. The United States "
        "said so. He was governor of American Samoa once.",
        "2005-03-01",
        "Wire",
        [("American", "NORP"), ("Americans", "NORP"), ("United States", "GPE"),
         ("Iraq", "GPE"), ("American Samoa", "GPE")],
    )  # fmt: skip
    found = names(merge_entities([doc]))
    assert {"American", "Americans"} <= set(found["United States"].aliases)
    assert set(found["American Samoa"].aliases) == {"American Samoa"}


def test_a_woman_s_or_a_monarch_s_title_keeps_a_surname_from_another_s_full_name() -> None:
    doc = make_doc(
        "a",
        "Tony Blair spoke. Mr Blair said the war was right. Mrs Blair stayed in London. "
        "Saddam Hussein was tried. King Hussein of Jordan had died in 1999. Hussein refused.",
        "2005-03-01",
        "Wire",
        [("Tony Blair", "PERSON"), ("Mr Blair", "PERSON"), ("Mrs Blair", "PERSON"),
         ("London", "GPE"), ("Saddam Hussein", "PERSON"), ("King Hussein", "PERSON"),
         ("Jordan", "GPE"), ("Hussein", "PERSON")],
    )  # fmt: skip
    found = names(merge_entities([doc]))
    assert set(found["Tony Blair"].aliases) == {"Tony Blair", "Mr Blair"}
    assert set(found["Saddam Hussein"].aliases) == {"Saddam Hussein", "Hussein"}
    # The same where the model leaves the title out of the name.
    doc = make_doc(
        "c",
        "George Bush spoke. Mr Bush left. Mrs Bush stayed.",
        "2005-03-01",
        "Wire",
        [("George Bush", "PERSON"), ("Bush", "PERSON")],
    )
    found = names(merge_entities([doc]))
    assert found["George Bush"].mention_count == 2
    # Where no man of the name is called "Mr", a woman's title is no bar.
    doc = make_doc(
        "b",
        "Angela Merkel arrived. Mrs Merkel said little.",
        "2019-03-01",
        "Wire",
        [("Angela Merkel", "PERSON"), ("Mrs Merkel", "PERSON")],
    )
    assert names(merge_entities([doc]))["Angela Merkel"].mention_count == 2


def test_a_function_word_after_a_name_is_never_found_again_as_the_name() -> None:
    from storyline.merge.entities import with_name_repeats

    # A byline run into the next sentence gives a "name" ending in "The".
    doc = make_doc(
        "a",
        "By Neal Ascherson The army left Basra. On The Wind Will Carry Us, he worked.",
        "2005-03-01",
        "Wire",
        [("Neal Ascherson The", "PERSON"), ("Basra", "GPE")],
    )
    repeated = with_name_repeats([doc], merge_entities([doc]))
    assert [m.text for m in repeated[0].mentions] == ["Neal Ascherson The", "Basra"]


def test_a_quotation_mark_or_dash_a_name_s_span_ends_on_is_no_part_of_it() -> None:
    doc = make_doc(
        "a",
        'George Bush" spoke. George Galloway- the MP for Bow. George Bush left. George Galloway '
        'won. He watched "Meet the Press" on Sunday.',
        "2005-03-01",
        "Wire",
        [('George Bush"', "PERSON"), ("George Galloway-", "PERSON"), ("George Bush", "PERSON"),
         ("George Galloway", "PERSON"), ('"Meet the Press"', "ORG")],
    )  # fmt: skip
    found = names(merge_entities([doc]))
    assert found["George Bush"].mention_count == 2
    assert found["George Galloway"].mention_count == 2
    assert '"Meet the Press"' in found


def test_a_nationality_said_of_a_company_is_no_mention_of_the_country() -> None:
    doc = make_doc(
        "a",
        "The American computer company Apple sued. Russian oil giant Rosneft agreed. "
        "American troops left Iraq. Russian forces shelled Mariupol.",
        "2005-03-01",
        "Wire",
        [("American", "NORP"), ("Apple", "ORG"), ("Russian", "NORP"), ("Rosneft", "ORG"),
         ("Iraq", "GPE"), ("Mariupol", "GPE")],
    )  # fmt: skip
    index = merge_entities([doc])
    linked = [m.text for m in doc.mentions if index.entity_at("a", m.start) is not None]
    # The troops' and the forces' nationality words stay mentions of their countries.
    assert linked.count("American") == 1 and linked.count("Russian") == 1


def test_a_lone_given_name_is_the_one_full_name_it_begins() -> None:
    text = (
        "Saddam Hussein was tried. The fall of Saddam changed Iraq. George Bush and George "
        "Galloway spoke. George smiled. Nicole Goodwin served. Nicole came home. Mr Kofi said."
        " Kofi Annan left."
    )
    people = [("Saddam Hussein", "PERSON"), ("Saddam", "PERSON"), ("George Bush", "PERSON"),
              ("George Galloway", "PERSON"), ("George", "PERSON"), ("Nicole Goodwin", "PERSON"),
              ("Nicole", "PERSON"), ("Kofi Annan", "PERSON"), ("Kofi", "PERSON")]  # fmt: skip
    found = names(merge_entities([make_doc("a", text, "2005-02-01", "A", people)]))
    assert found["Saddam Hussein"].mention_count == 2
    assert found["Nicole Goodwin"].mention_count == 2
    # Two full names begin with "George"; "Mr Kofi" is a surname.
    assert found["George Bush"].mention_count == 1 and "George" in found
    assert found["Kofi Annan"].mention_count == 1
    # A given name used alone in articles most of which do not name the full name is anyone
    # there, and the full name in the article that names it.
    other = [make_doc(k, "John said no.", "2005-02-02", "B", [("John", "PERSON")]) for k in "bc"]
    first = make_doc("a", "John McCain spoke. John said no.", "2005-02-01", "A",
                     [("John McCain", "PERSON"), ("John", "PERSON")])  # fmt: skip
    found = names(merge_entities([first, *other]))
    assert found["John McCain"].mention_count == 2 and found["John"].documents == ("b", "c")


def test_british_and_american_spellings_of_a_name_are_one_and_share_its_acronym() -> None:
    # The model's spans take in the acronym's bracket; one article runs its dateline into the
    # name ("Mexico World Health Organization (WHO").
    texts = {
        "a": "The World Health Organization (WHO) met. WHO said no.",
        "b": "The World Health Organisation (WHO) met. WHO said yes.",
        "c": "The World Health Organisation (WHO) met again. WHO said so.",
        "d": "The World Health Organization (WHO) met once more. WHO said it.",
        "e": "The World Health Organization (WHO) met today. WHO left.",
        "f": "Mexico World Health Organization (WHO) officials came.",
    }
    docs = []
    for k, text in texts.items():
        name = text[: text.index(")")].removeprefix("The ")
        docs.append(make_doc(k, text, "2009-04-27", k, [(name, "ORG"), ("WHO", "ORG")]))
    found = merge_entities(docs).entities
    # (Mexico's is read as a Mexican body, named once; it does not make the acronym's
    # definition ambiguous.)
    assert [e.mention_count for e in found] == [10, 1]
    assert "WHO" in found[0].aliases
    assert any(a.startswith("World Health Organisation") for a in found[0].aliases)


def test_an_organisation_s_name_run_together_or_apart_is_one_name() -> None:
    docs = [
        make_doc(
            "a",
            "Exxon Mobil Corp posted a record profit.",
            "2010-05-01",
            "Wire",
            [("Exxon Mobil Corp", "ORG")],
        ),
        make_doc(
            "b", "ExxonMobil said it would bid.", "2010-05-02", "Post", [("ExxonMobil", "ORG")]
        ),
        make_doc("c", "Exxon Mobil shares rose.", "2010-05-03", "Times", [("Exxon Mobil", "ORG")]),
        # Two names that share words but not all their letters stay apart.
        make_doc("d", "Mobil Oil sold the site.", "2010-05-04", "Times", [("Mobil Oil", "ORG")]),
    ]
    found = names(merge_entities(docs))
    [exxon] = [e for e in found.values() if "ExxonMobil" in e.aliases]
    assert {"Exxon Mobil Corp", "Exxon Mobil", "ExxonMobil"} <= set(exxon.aliases)
    assert exxon.mention_count == 3
    assert "Mobil Oil" in found


def test_a_surname_several_people_share_is_in_each_article_the_one_it_names_most() -> None:
    a = make_doc(
        "a",
        "Michael Jackson died. Janet Jackson wept. Michael Jackson was 50. Jackson sang.",
        "2009-06-26",
        "A",
        [("Michael Jackson", "PERSON"), ("Janet Jackson", "PERSON"),
         ("Michael Jackson", "PERSON"), ("Jackson", "PERSON")],
    )  # fmt: skip
    b = make_doc(
        "b",
        "Jesse Jackson prayed. Jackson spoke to the family.",
        "2009-06-27",
        "B",
        [("Jesse Jackson", "PERSON"), ("Jackson", "PERSON")],
    )
    c = make_doc(
        "c",
        "Michael Jackson and Janet Jackson sang. Jackson smiled.",
        "2009-06-28",
        "C",
        [("Michael Jackson", "PERSON"), ("Janet Jackson", "PERSON"), ("Jackson", "PERSON")],
    )
    index = merge_entities([a, b, c])
    people = names(index)
    assert people["Michael Jackson"].mention_count == 4  # and "Jackson" in a
    assert people["Jesse Jackson"].mention_count == 2
    assert people["Janet Jackson"].mention_count == 2
    assert people["Jackson"].documents == ("c",)  # named as often as Janet there: not guessed


def test_a_given_name_alone_is_the_person_its_article_names_not_another_s_surname() -> None:
    a = make_doc(
        "a",
        "Michael Jackson died. Fans said Michael was kind.",
        "2009-06-26",
        "A",
        [("Michael Jackson", "PERSON"), ("Michael", "PERSON")],
    )
    b = make_doc(
        "b",
        "Alun Michael spoke in Cardiff. Michael said more.",
        "2009-06-27",
        "B",
        [("Alun Michael", "PERSON"), ("Cardiff", "GPE"), ("Michael", "PERSON")],
    )
    people = names(merge_entities([a, b]))
    assert people["Michael Jackson"].mention_count == 2
    assert people["Alun Michael"].mention_count == 2
    assert people["Alun Michael"].documents == ("b",)


def test_a_surname_used_before_any_full_name_in_an_article_is_someone_it_did_not_name() -> None:
    # The page is about Chris Dodd, whose full name the model missed; it names his father.
    a = make_doc(
        "a",
        "Dodd was born in Connecticut. Dodd studied law. His father, Thomas Dodd, was a senator"
        ". Dodd entered the House. Chris Dodd's rival spoke.",
        "2009-01-22",
        "A",
        [("Dodd", "PERSON"), ("Dodd", "PERSON"), ("Thomas Dodd", "PERSON"), ("Dodd", "PERSON")],
    )
    b = make_doc(
        "b",
        "Christopher Dodd chairs the committee. Dodd said no. Tom Dodd Jr was there.",
        "2009-01-23",
        "B",
        [("Christopher Dodd", "PERSON"), ("Dodd", "PERSON"), ("Tom Dodd Jr", "PERSON")],
    )
    people = names(merge_entities([a, b]))
    assert people["Thomas Dodd"].mention_count == 1
    assert people["Christopher Dodd"].mention_count == 2
    assert people["Dodd"].documents == ("a",)


def test_a_given_name_an_article_gives_several_people_stays_alone() -> None:
    a = make_doc(
        "a",
        "Michael Jackson died. Judge Michael Pastor spoke. Michael Jackson sang. Fans loved "
        "Michael.",
        "2011-09-27",
        "A",
        [("Michael Jackson", "PERSON"), ("Michael Pastor", "PERSON"),
         ("Michael Jackson", "PERSON"), ("Michael", "PERSON")],
    )  # fmt: skip
    b = make_doc(
        "b",
        "Alun Michael spoke. Mr Michael left. Michael Jackson fans sang.",
        "2011-09-28",
        "B",
        [("Alun Michael", "PERSON"), ("Michael", "PERSON"), ("Michael Jackson", "PERSON")],
    )
    people = names(merge_entities([a, b]))
    assert people["Michael"].documents == ("a",)
    assert set(people["Alun Michael"].aliases) == {"Alun Michael", "Mr Michael"}


def test_a_person_s_surname_the_model_read_as_a_place_is_the_person() -> None:
    a = make_doc(
        "a",
        "Iranian Foreign Minister Abbas Araghchi spoke. Talks were held between Araghchi and "
        "the envoy. The delegation flew to Araghchi.",
        "2025-04-15",
        "A",
        [("Abbas Araghchi", "PERSON"), ("Araghchi", "GPE"), ("Araghchi", "GPE")],
    )
    found = names(merge_entities([a]))
    person = found["Abbas Araghchi"]
    assert person.kind == "person" and person.mention_count == 2
    # Where the text says it is a place ("to Araghchi"), the place stays.
    assert found["Araghchi"].kind == "city or region"
    # Nor does a capital become a person who bears its name.
    b = make_doc(
        "b",
        "Senator Jane Washington spoke. Washington imposed sanctions.",
        "2025-04-15",
        "B",
        [("Jane Washington", "PERSON"), ("Washington", "GPE")],
    )
    assert names(merge_entities([b]))["Washington"].kind == "city or region"


def test_a_place_transliterated_otherwise_is_one_place() -> None:
    docs = [
        make_doc("a", "Rebels held Benghazi.", mentions=[("Benghazi", "GPE")]),
        make_doc("b", "Rebels held Bengazi.", mentions=[("Bengazi", "GPE")]),
        make_doc("c", "Shells hit Misrata.", mentions=[("Misrata", "GPE")]),
        make_doc("d", "Shells hit Misurata.", mentions=[("Misurata", "GPE")]),
        make_doc("e", "Aid reached Baqouba.", mentions=[("Baqouba", "GPE")]),
        make_doc("f", "Aid reached Al-Baquba.", mentions=[("Al-Baquba", "GPE")]),
        # A vowel of its own, two spellings in one article, a person read as a place: apart.
        make_doc("g", "Crowds filled Gaza.", mentions=[("Gaza", "GPE")]),
        make_doc("h", "Crowds filled Giza.", mentions=[("Giza", "GPE")]),
        make_doc("i", "From Ramadi to Ramadia.", mentions=[("Ramadi", "GPE"), ("Ramadia", "GPE")]),
        make_doc("j", "Talks in The Hague.", mentions=[("Hague", "GPE")]),
        make_doc("k", "Mr Hague said so.", mentions=[("Mr Hague", "GPE")]),
    ]
    found = {alias: e for e in merge_entities(docs).entities for alias in e.aliases}
    assert set(found["Benghazi"].aliases) == {"Benghazi", "Bengazi"}
    assert set(found["Misrata"].aliases) == {"Misrata", "Misurata"}
    assert set(found["Baqouba"].aliases) == {"Baqouba", "Al-Baquba"}
    for alone in ("Gaza", "Giza", "Ramadi", "Ramadia", "Hague", "Mr Hague"):
        assert found[alone].aliases == (alone,)


def test_a_designation_of_letters_and_figures_is_no_person() -> None:
    docs = [make_doc("a", "H1N1 spread fast.", mentions=[("H1N1", "PERSON")])]
    [strain] = merge_entities(docs).entities
    assert strain.label == "PRODUCT"


def test_a_name_the_text_calls_a_place_is_one_however_often_it_is_tagged_a_person() -> None:
    docs = [
        make_doc("a", "Aid reached the coastal town of Jacmel.", mentions=[("Jacmel", "GPE")]),
        make_doc("b", "No one thought Jacmel was hit.", mentions=[("Jacmel", "PERSON")]),
        make_doc("c", "Jacmel was cut off.", mentions=[("Jacmel", "PERSON")]),
    ]
    [town] = merge_entities(docs).entities
    assert town.label == "PLACE" and town.mention_count == 3


def test_a_name_the_text_brings_in_as_an_organisation_is_one() -> None:
    docs = [
        make_doc("a", "Money went to the charity Oxfam.", mentions=[("Oxfam", "LOC")]),
        make_doc("b", "Oxfam sent water.", mentions=[("Oxfam", "PERSON")]),
        # A country, or a word of a person's full name, stays what it is.
        make_doc("c", "The website Iraq Body Count counts.", mentions=[("Iraq", "GPE")]),
        make_doc("d", "Iraq voted.", mentions=[("Iraq", "GPE")]),
        make_doc(
            "e",
            "The company Cameron made the valve. David Cameron spoke. Cameron said no.",
            mentions=[("Cameron", "PERSON"), ("David Cameron", "PERSON")],
        ),
    ]
    found = {alias: e for e in merge_entities(docs).entities for alias in e.aliases}
    assert found["Oxfam"].label == "ORG" and found["Oxfam"].mention_count == 2
    assert found["Iraq"].label == "PLACE"
    assert found["David Cameron"].label == "PERSON"
