"""PLOVER coding of hand-built predicates (no model run)."""

from dataclasses import replace

from storyline.merge.plover import code_predicate, code_sentence, is_actor
from storyline.records import Argument, Predicate


def arg(role: str, text: str, head: str, label: str | None = None, start: int = 0) -> Argument:
    return Argument(role, start, start + len(text), text, head, label)


def verb(lemma: str, *arguments: Argument, **facts) -> Predicate:
    return Predicate(0, len(lemma), lemma, lemma, tuple(arguments), **facts)


def test_a_verb_names_its_event_with_source_and_target() -> None:
    coded = code_sentence(
        [verb("accuse", arg("subject", "Zimbabwe", "zimbabwe", "GPE"),
              arg("object", "the United States", "states", "GPE", 20))]
    )  # fmt: skip
    assert coded is not None and coded.type == "DISAPPROVE"
    assert [a.text for a in coded.sources] == ["Zimbabwe"]
    assert [a.text for a in coded.targets] == ["the United States"]


def test_a_light_verb_takes_its_object_event_and_the_target_from_with() -> None:
    coded = code_sentence(
        [verb("hold", arg("subject", "Moroccan diplomats", "diplomat", "NORP"),
              arg("object", "talks", "talk", None, 30),
              arg("with", "President Obama", "obama", "PERSON", 40))]
    )  # fmt: skip
    assert coded is not None and coded.type == "CONSULT"
    assert [a.text for a in coded.targets] == ["President Obama"]  # not the talks


def test_scheduling_or_trading_an_event_noun_is_that_event() -> None:
    """ "The talks are scheduled to continue": the talks; "traded accusations": the
    accusations."""
    coded = code_sentence([verb("schedule", arg("object", "The talks", "talk", None, 0))])
    assert coded is not None and coded.type == "CONSULT"
    coded = code_sentence(
        [verb("trade", arg("subject", "Kestrian negotiators", "negotiator", "NORP"),
              arg("object", "accusations", "accusation", None, 30))]
    )  # fmt: skip
    assert coded is not None and coded.type == "DISAPPROVE"


def test_putting_forward_or_submitting_an_event_noun_is_that_event() -> None:
    for lemma in ("put", "submit"):
        coded = code_sentence(
            [verb(lemma, arg("subject", "Russia", "russia", "GPE"),
                  arg("object", "demands", "demand", None, 20))]
        )  # fmt: skip
        assert coded is not None and coded.type == "DEMAND"
    # And what an event included is that event: "Moscow's demands included the withdrawal".
    coded = code_sentence(
        [verb("include", arg("subject", "Moscow's demands", "demand", None),
              arg("object", "the withdrawal", "withdrawal", None, 30))]
    )  # fmt: skip
    assert coded is not None and coded.type == "DEMAND"


def test_frames_turn_their_complement() -> None:
    subject = arg("subject", "The rebels", "rebel", None)
    for frame, inner, expected in (
        ("refuse", "meet", "REJECT"),
        ("threaten", "ban", "THREATEN"),
        ("promise", "withdraw", "AGREE"),
        ("vow", "attack", "THREATEN"),
        ("pledge", "sanction", "THREATEN"),
        # Agreeing to appeal to someone, or to criticise something together, is no threat.
        ("agree", "appeal", "AGREE"),
        ("agree", "criticize", "AGREE"),
    ):
        coded = code_sentence([verb(frame, subject), verb(inner, governor=0, relation="xcomp")])
        assert coded is not None and coded.type == expected, (frame, inner, coded)
        assert [a.text for a in coded.sources] == ["The rebels"]


def test_negation_and_the_future_change_what_an_event_word_says() -> None:
    syria = arg("subject", "Syria", "syria", "GPE")
    refused = code_sentence([verb("accept", syria, negated=True)])
    assert refused is not None and refused.type == "REJECT"
    # The negation may be on the noun the verb carries: "No agreement was reached".
    none = arg("object", "No agreement", "agreement")
    failed = code_sentence([verb("reach", none, passive=True)])
    assert failed is not None and failed.type == "REJECT"
    promised = code_sentence([verb("meet", syria, modality="would")])
    assert promised is not None and promised.type == "AGREE"
    threatened = code_sentence([verb("blockade", syria, modality="would")])
    assert threatened is not None and threatened.type == "THREATEN"


def test_a_happening_to_come_is_coded_as_plover_codes_it_and_keeps_its_own_type() -> None:
    """PLOVER codes references to future meetings as AGREE ("the talks will begin on January
    23"), and its records a retreat to come too ("the truce will take effect"); the happening
    to come is still a meeting and a retreat, which is what its later reports tell."""
    talks = arg("subject", "The Syrian peace talks", "talks")
    begin = code_sentence([verb("begin", talks, modality="will")])
    assert begin is not None and (begin.type, begin.happening) == ("AGREE", "CONSULT")
    truce = arg("subject", "The ceasefire", "ceasefire")
    effect = code_sentence(
        [verb("take effect", truce, arg("object", "effect", "effect", None, 20), modality="will")]
    )
    assert effect is not None and (effect.type, effect.happening) == ("AGREE", "RETREAT")
    cancelled = code_sentence([verb("resume", talks, modality="will", negated=True)])
    assert cancelled is not None and cancelled.type == "REJECT"
    assert cancelled.happening is None  # a refusal is no meeting to come
    began = code_sentence([verb("begin", talks)])
    assert began is not None and (began.type, began.happening) == ("CONSULT", None)


def test_a_pronoun_source_is_read_from_the_reporting_clause() -> None:
    coded = code_sentence(
        [verb("say", arg("subject", "Fijian rebels", "rebel", "NORP")),
         verb("release", arg("subject", "they", "they"),
              arg("object", "Prime Minister Chaudhry", "chaudhry", "PERSON", 30),
              modality="will", governor=0, relation="ccomp")]
    )  # fmt: skip
    assert coded is not None and coded.type == "AGREE"
    assert [a.text for a in coded.sources] == ["Fijian rebels"]
    assert [a.text for a in coded.targets] == ["Prime Minister Chaudhry"]


def test_a_demand_is_aimed_at_whoever_is_asked_to_act() -> None:
    coded = code_sentence(
        [verb("demand", arg("subject", "The PRC", "prc", "ORG")),
         verb("cancel", arg("subject", "the US", "us", "GPE", 20), governor=0,
              relation="ccomp")]
    )  # fmt: skip
    assert coded is not None and coded.type == "DEMAND"
    assert [a.text for a in coded.targets] == ["the US"]


def test_withdrawing_inspectors_is_a_sanction_and_troops_a_retreat() -> None:
    annan = arg("subject", "Annan", "annan", "PERSON")
    inspectors = arg("object", "weapons inspectors", "inspector", None, 10)
    troops = arg("object", "its troops", "troop", None, 10)
    lebanon = arg("from", "Lebanon", "lebanon", "GPE", 30)
    sanction = code_sentence([verb("withdraw", annan, inspectors)])
    assert sanction is not None and (sanction.type, sanction.mode) == ("SANCTION", "withdraw")
    retreat = code_sentence([verb("withdraw", annan, troops, lebanon)])
    assert retreat is not None and retreat.type == "RETREAT"
    assert [a.text for a in retreat.targets] == ["Lebanon"]  # not its own troops


def test_denied_and_cancelled_events_keep_their_type() -> None:
    cancelled = code_sentence(
        [verb("cancel", arg("subject", "Kestria", "kestria", "GPE"),
              arg("object", "the talks", "talk", None, 20))]
    )  # fmt: skip
    assert cancelled is not None and (cancelled.type, cancelled.status) == ("CONSULT", "cancelled")
    denied = code_sentence(
        [verb("deny", arg("subject", "The army", "army", "ORG")),
         verb("attack", governor=0, relation="xcomp")]
    )  # fmt: skip
    assert denied is not None and (denied.type, denied.status) == ("ASSAULT", "denied")


def test_a_negated_deed_did_not_happen_but_a_negated_toll_does_not_undo_one() -> None:
    rebels = arg("subject", "The rebels", "rebel", "NORP")
    port = arg("object", "the port", "port", None, 30)
    held_off = code_sentence([verb("attack", rebels, port, negated=True)])
    assert held_off is not None and (held_off.type, held_off.status) == ("ASSAULT", "denied")
    # Promised not to: a future told, not a denial.
    vowed = code_sentence([verb("attack", rebels, port, negated=True, modality="will")])
    assert vowed is not None and vowed.status is None
    # "Nobody was injured when a drone struck": the strike took place.
    unhurt = code_sentence([verb("injure", arg("subject", "Nobody", "nobody"), passive=True)])
    assert unhurt is not None and unhurt.status is None


def test_no_event_word_codes_nothing_and_things_are_not_actors() -> None:
    assert code_sentence([verb("say", arg("subject", "Officials", "official"))]) is None
    assert code_sentence([]) is None
    assert is_actor(arg("object", "Prime Minister Chaudhry", "chaudhry", "PERSON"))
    assert not is_actor(arg("object", "military aid", "aid"))
    assert not is_actor(arg("object", "Wednesday", "wednesday", "DATE"))


def test_sitting_down_or_gathering_for_talks_is_consultation() -> None:
    for lemma in ("sit down", "gather", "convene"):
        coded = code_sentence(
            [verb(lemma, arg("subject", "Government and rebel delegations", "delegation", "NORP"),
                  arg("for", "the first talks", "talk", None, 40))]
        )  # fmt: skip
        assert coded is not None and coded.type == "CONSULT", lemma
    # Sitting down with no event named is none.
    assert code_sentence([verb("sit down", arg("subject", "The crowd", "crowd"))]) is None


def test_a_ceasefire_taking_effect_is_its_implementation() -> None:
    truce = arg("subject", "A fragile ceasefire", "ceasefire")
    for lemma, phrase in (("take", arg("object", "effect", "effect", None, 30)),
                          ("come", arg("into", "force", "force", None, 30)),
                          ("go", arg("into", "effect", "effect", None, 30))):  # fmt: skip
        coded = code_sentence([verb(lemma, truce, phrase)])
        assert coded is not None and (coded.type, coded.mode) == ("RETREAT", "ceasefire")
    # Taking something else is no event of its subject's.
    assert code_sentence([verb("take", truce, arg("object", "hold", "hold", None, 30))]) is None


def test_who_reports_a_deed_done_by_no_one_named_did_not_do_it() -> None:
    ministry = arg("subject", "the health ministry", "ministry")
    killed = verb("kill", arg("object", "17 people", "people", None, 30), passive=True,
                  governor=1, relation="ccomp")  # fmt: skip
    coded = code_sentence([killed, verb("say", ministry)])
    assert coded is not None and coded.type == "ASSAULT"
    assert coded.sources == ()
    # An active verb with no subject of its own still takes the clause's above it.
    agreed = code_sentence([verb("agree", ministry), verb("meet", governor=0, relation="xcomp")])
    assert agreed is not None and [a.text for a in agreed.sources] == ["the health ministry"]


def test_air_strikes_are_fighting_not_a_labour_strike() -> None:
    coded = code_sentence(
        [verb("report", arg("subject", "Residents of Khartoum", "resident", None),
              arg("object", "air strikes and artillery fire", "strike", None, 30))]
    )  # fmt: skip
    assert coded is not None and (coded.type, coded.mode) == ("FIGHT", "aerial")


def test_sanctions_on_what_is_tied_to_an_actor_are_aimed_at_the_actor() -> None:
    # "imposed sanctions on companies linked to Sudan's army"
    imposed = verb(
        "impose",
        arg("subject", "The administration", "administration", None),
        arg("object", "sanctions", "sanction", None, 30),
        arg("on", "companies", "company", None, 43),
    )
    linked = Predicate(53, 59, "linked", "link",
                       (arg("to", "Sudan's army", "army", "GPE", 63),),
                       governor=0, relation="nested")  # fmt: skip
    coded = code_sentence([imposed, linked])
    assert coded is not None and coded.type == "SANCTION"
    assert [a.text for a in coded.targets] == ["Sudan's army"]
    # What ties the subject to someone is no target: "a body linked to the OAU investigated".
    subject_tied = Predicate(30, 36, "linked", "link",
                             (arg("to", "the OAU", "oau", "ORG", 40),),
                             governor=0, relation="nested")  # fmt: skip
    alone = code_sentence(
        [verb("investigate", arg("subject", "a body", "body", None)), subject_tied]
    )
    assert alone is not None and alone.targets == ()


def test_strike_is_a_strike_only_without_an_object() -> None:
    def coded(*arguments: Argument):
        found = code_sentence([verb("strike", *arguments)])
        return found and (found.type, found.mode)

    missiles = arg("subject", "Russian missiles", "missile", "NORP")
    assert coded(missiles, arg("object", "the port of Odesa", "port", None, 20)) == ("FIGHT", None)
    jets = arg("subject", "Israeli jets", "jet", "NORP")
    assert coded(jets, arg("object", "Gaza", "gaza", "GPE", 20)) == ("FIGHT", "aerial")
    sides = arg("subject", "Israel", "israel", "GPE")
    assert coded(sides, arg("object", "a deal", "deal", None, 20)) == ("SUPPORT", None)
    decision = arg("subject", "Today's decision", "decision")
    assert coded(decision, arg("object", "a blow", "blow", None, 20)) is None
    assert coded(arg("subject", "Dock workers", "worker")) == ("PROTEST", "strike-gen")


def test_leaving_what_one_had_joined_is_a_sanction_not_a_retreat() -> None:
    russia = arg("subject", "Russia", "russia", "GPE")
    deal = arg("object", "the deal", "deal", None, 20)
    part = arg("object", "its participation", "participation", None, 20)
    for predicate in (
        verb("quit", russia, deal),
        verb("withdraw", russia, arg("from", "the agreement", "agreement", None, 20)),
        verb("end", russia, part),
    ):
        found = code_sentence([predicate])
        assert found is not None and (found.type, found.mode) == ("SANCTION", "withdraw")
    troops = verb("withdraw", arg("subject", "Troops", "troop"), arg("from", "the city", "city"))
    found = code_sentence([troops])
    assert found is not None and found.type == "RETREAT"


def test_a_clause_set_at_another_time_is_not_the_sentence_s_event() -> None:
    # "Russia said it would resume its part, four days after it suspended it": not a sanction.
    said = verb("say", arg("subject", "Russia", "russia", "GPE"))
    part = (arg("object", "its part", "part"),)
    resume = Predicate(10, 16, "resume", "resume", part, governor=0, relation="ccomp")
    it = (arg("subject", "it", "it"), arg("object", "it", "it"))
    suspended = Predicate(30, 39, "suspended", "suspend", it, governor=1, relation="advcl:after")
    assert code_sentence([said, resume, suspended]) is None
    as_cause = replace(suspended, relation="advcl")
    found = code_sentence([said, resume, as_cause])
    assert found is not None and found.type == "SANCTION"


def test_sending_a_reply_or_a_letter_is_no_aid() -> None:
    iran = arg("subject", "Iran", "iran", "GPE")
    to_eu = arg("to", "the EU", "eu", "ORG", 30)
    for thing, head, expected in (
        ("its reply", "reply", None),
        ("a letter", "letter", None),
        ("the attorney general's minute", "minute", None),
        ("500 tonnes of food", "tonne", "AID"),
    ):
        coded = code_sentence([verb("send", iran, arg("object", thing, head, None, 10), to_eu)])
        assert (coded and coded.type) == expected


def test_rallying_people_to_a_cause_is_no_demonstration() -> None:
    crowd = arg("subject", "Thousands", "thousand")
    assert (code_sentence([verb("rally", crowd)]) or None).type == "PROTEST"
    bush = arg("subject", "George Bush", "bush", "PERSON")
    rallied = verb("rally", bush, arg("object", "Americans", "americans", "NORP", 20))
    assert code_sentence([rallied]) is None


def test_helping_to_do_something_is_no_aid_given() -> None:
    he = arg("subject", "He", "he")
    founded = verb("establish", arg("object", "a union", "union", None, 20), governor=0,
                   relation="xcomp")  # fmt: skip
    assert code_sentence([verb("help", he), founded]) is None
    helped = verb("help", arg("subject", "Japan", "japan", "GPE"),
                  arg("object", "the refugees", "refugee", None, 20))  # fmt: skip
    assert (code_sentence([helped]) or None).type == "AID"
    # "charges of aiding and abetting a person" name a crime.
    aided = verb("aid", arg("object", "a person", "person", None, 20))
    abetted = verb("abet", governor=0, relation="conj")
    assert code_sentence([aided, abetted]) is None


def test_deploying_observers_is_help_given_not_forces_mobilized() -> None:
    subject = arg("subject", "The three countries", "country")
    for head, expected in (("observers", "AID"), ("troops", "MOBILIZE")):
        coded = code_sentence([verb("deploy", subject, arg("object", head, head, None, 30))])
        assert coded is not None and coded.type == expected, (head, coded)
    # Agreeing to send observers is a commitment, not a threat.
    coded = code_sentence(
        [verb("agree", subject),
         verb("deploy", arg("object", "observers", "observers", None, 30),
              governor=0, relation="xcomp")]
    )  # fmt: skip
    assert coded is not None and coded.type == "AGREE"


def test_a_verb_coordinated_with_the_event_s_may_call_it_off() -> None:
    """ "The meeting was planned for November 18 but was postponed": the postponing verb has no
    participant of its own and calls off the meeting; one with its own object tells of that."""
    meeting = arg("object", "The Sochi meeting", "meeting")
    coded = code_sentence([verb("hold", meeting), verb("postpone", governor=0, relation="conj")])
    assert coded is not None and coded.type == "CONSULT" and coded.status == "cancelled"
    coded = code_sentence(
        [verb("hold", meeting),
         verb("postpone", arg("object", "the vote", "vote", None, 40), governor=0, relation="conj")]
    )  # fmt: skip
    assert coded is not None and coded.status is None
    # Postponing or putting off a meeting calls it off on its day.
    for lemma in ("postpone", "put off"):
        coded = code_sentence([verb(lemma, arg("object", "the talks", "talk", None, 20))])
        assert coded is not None and coded.status == "cancelled", lemma


def test_saying_someone_had_to_do_something_is_a_demand() -> None:
    coded = code_sentence(
        [verb("say", arg("subject", "Jaafari", "jaafari", "PERSON")),
         verb("have", arg("subject", "Turkey", "turkey", "GPE", 20), governor=0, relation="ccomp"),
         verb("withdraw", arg("object", "its troops", "troop", None, 40), governor=1,
              relation="xcomp")]
    )  # fmt: skip
    assert coded is not None and coded.type == "DEMAND"
    assert [a.text for a in coded.sources] == ["Jaafari"]
    assert [a.text for a in coded.targets] == ["Turkey"]


def test_talks_that_end_name_no_one_who_took_part() -> None:
    """ "The fifth round of Syria talks ended": the subject is the event, Syria no party to it;
    "Russia and Turkey began talks": they are."""
    round_ = arg("subject", "The fifth round of Syria talks", "round")
    coded = code_sentence([verb("end", replace(round_, head="talk"))])
    assert coded is not None and coded.type == "CONSULT" and coded.sources == ()
    coded = code_sentence(
        [verb("begin", arg("subject", "Russia and Turkey", "russia", "GPE"),
              arg("object", "talks", "talk", None, 30))]
    )  # fmt: skip
    assert coded is not None and [a.text for a in coded.sources] == ["Russia and Turkey"]


def test_a_light_verb_describing_an_event_noun_names_its_event() -> None:
    """ "The talks held in Astana on Monday ended ...": the date belongs to "held", which names
    the talks' meeting; the talks are no party to it."""
    talks = arg("subject", "The talks", "talk", None, 0)
    predicates = [
        Predicate(10, 14, "held", "hold", (arg("in", "Astana", "astana", "GPE", 18),),
                  governor=1, relation="nested"),
        Predicate(40, 45, "ended", "end", (talks,)),
    ]  # fmt: skip
    coded = code_predicate(predicates, [p.start for p in predicates], 0, 60, 0)
    assert coded is not None
    assert coded[0].type == "CONSULT" and coded[0].sources == ()
    # A light verb after a noun that names no event names nothing.
    predicates[1] = replace(predicates[1], arguments=(arg("subject", "The men", "man"),))
    assert code_predicate(predicates, [p.start for p in predicates], 0, 60, 0) is None


def test_talks_that_end_name_their_parties_after_between() -> None:
    talks = arg("subject", "The talks between Kestria and Almora on the dam", "talk", None, 0)
    coded = code_sentence([verb("end", talks)])
    assert coded is not None and [a.text for a in coded.sources] == ["Kestria and Almora"]
    assert coded.sources[0].start == len("The talks between ")


def test_a_phrasal_verb_or_a_verb_and_object_of_an_event_s_course_names_the_event() -> None:
    """ "The talks wrapped up", "the talks broke down", "the talks took place": the event is the
    subject, as with "ended"; "took place" is no taking of a place."""
    talks = arg("subject", "The talks between Kestria and Almora", "talk", None, 0)
    for predicate in (
        verb("wrap up", talks),
        verb("break down", talks),
        verb("take", talks, arg("object", "place", "place", None, 40)),
    ):
        coded = code_sentence([predicate])
        assert coded is not None and coded.type == "CONSULT", predicate.lemma
        assert [a.text for a in coded.sources] == ["Kestria and Almora"]
    # To come, it is coded as PLOVER codes a future meeting, and is still a meeting.
    coded = code_sentence(
        [verb("take", talks, arg("object", "place", "place", None, 40), modality="will")]
    )
    assert coded is not None and (coded.type, coded.happening) == ("AGREE", "CONSULT")


def test_undoing_nothing_is_no_concession() -> None:
    # "lifted the blockade" is a concession; an aircraft lifting off, or tensions easing,
    # undoes nothing anyone imposed.
    lifted = code_sentence(
        [verb("lift", arg("subject", "Kestria", "kestria", "GPE"),
              arg("object", "the blockade", "blockade", None, 20))]
    )  # fmt: skip
    assert lifted is not None and lifted.type == "CONCEDE"
    assert code_sentence([verb("lift off", arg("subject", "The aircraft", "aircraft"))]) is None
    assert code_sentence([verb("ease", arg("subject", "Tensions", "tension"))]) is None


def test_violating_a_ceasefire_is_an_assault_and_an_agreement_a_rejection() -> None:
    # As CAMEO 196 "violate ceasefire" maps to PLOVER.
    subject = arg("subject", "The rebels", "rebel")
    truce = code_sentence([verb("violate", subject, arg("object", "the truce", "truce", None, 20))])
    assert truce is not None and truce.type == "ASSAULT"
    deal = code_sentence([verb("violate", subject, arg("object", "the deal", "deal", None, 20))])
    assert deal is not None and deal.type == "REJECT"


def test_a_clause_coded_on_its_own_tells_its_own_event() -> None:
    """A clause coded for its own date ("after the two countries brokered a ceasefire on
    December 29") is set at another time than its sentence, not than itself."""
    brokered = verb(
        "broker",
        arg("subject", "the two countries", "country"),
        arg("object", "a nationwide ceasefire", "ceasefire", None, 30),
        governor=0,
        relation="advcl:after",
    )
    coded = code_sentence([brokered], first=1)  # its host, predicate 0, is not given
    assert coded is not None and (coded.type, coded.mode) == ("RETREAT", "ceasefire")
    # In its whole sentence, the sentence's own event is the one coded.
    whole = code_sentence([verb("agree", arg("subject", "Russia", "russia", "GPE")), brokered])
    assert whole is not None and whole.type == "AGREE"


def test_a_thing_that_explodes_is_no_attack_but_a_bomb_is() -> None:
    rig = code_sentence([verb("explode", arg("subject", "the drilling rig", "rig"))])
    bomb = code_sentence([verb("explode", arg("subject", "a car bomb", "bomb"))])
    assert rig is None
    assert bomb is not None and (bomb.type, bomb.mode) == ("ASSAULT", "explosives")


def test_a_harm_done_by_a_disaster_or_an_illness_is_no_attack() -> None:
    workers = arg("object", "thousands of people", "thousand", None, 30)
    quake = code_sentence([verb("kill", arg("subject", "the earthquake", "earthquake"), workers)])
    passive = code_sentence(
        [verb("kill", arg("subject", "many", "many"), arg("in", "the storm", "storm", None, 30))]
    )
    gunmen = code_sentence([verb("kill", arg("subject", "gunmen", "gunman"), workers)])
    rig = arg("subject", "An explosion and fire on the drilling rig", "explosion")
    blast = arg("subject", "A blast near the police station", "blast")
    assert quake is None and passive is None
    assert code_sentence([verb("kill", rig, workers)]) is None
    for attack in (gunmen, code_sentence([verb("kill", blast, workers)])):
        assert attack is not None and attack.type == "ASSAULT"


def test_a_quake_that_strikes_and_a_camera_that_captures_do_no_deed() -> None:
    struck = code_sentence([verb("strike", arg("subject", "The 7.0-magnitude quake", "quake"))])
    filmed = code_sentence(
        [verb("capture", arg("subject", "citizens", "citizen"), arg("object", "video", "video"))]
    )
    taken = code_sentence(
        [
            verb(
                "capture",
                arg("subject", "rebels", "rebel"),
                arg("object", "the town", "town", "GPE"),
            )
        ]
    )
    workers = code_sentence([verb("strike", arg("subject", "dock workers", "worker"))])
    assert struck is None and filmed is None
    assert taken is not None and taken.type == "FIGHT"
    assert workers is not None and workers.type == "PROTEST"


def test_an_agreement_signed_at_a_meeting_is_what_the_sentence_reports() -> None:
    # "Trump hosted the leaders at the White House, where they signed a joint declaration":
    # signing a formal agreement (SUPPORT, as CAMEO 057 maps), not the hosting.
    host = verb(
        "host",
        arg("subject", "Trump", "trump", "PERSON"),
        arg("object", "the leaders", "leader", None, 20),
    )
    signed = verb(
        "sign",
        arg("subject", "they", "they"),
        arg("object", "a joint declaration", "declaration", None, 60),
        governor=0,
        relation="nested",
    )
    coded = code_sentence([host, signed])
    assert coded is not None and (coded.type, coded.predicate) == ("SUPPORT", 1)
    # An agreement signed before, which the meeting is about, is not what it reports: "began
    # talks to implement the agreement signed in Pretoria last week".
    before = verb(
        "sign",
        arg("object", "the agreement", "agreement", None, 60),
        governor=0,
        relation="nested",
        passive=True,
    )
    coded = code_sentence([host, before])
    assert coded is not None and coded.type == "CONSULT"
    # A meeting at which something else is told stays the meeting.
    told = verb("discuss", arg("subject", "they", "they"), governor=0, relation="nested")
    coded = code_sentence([host, told])
    assert coded is not None and coded.type == "CONSULT"
