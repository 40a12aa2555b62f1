"""Who did what to whom: a sentence's predicates coded as a PLOVER event.

PLOVER (Political Language Ontology for Verifiable Event Records, Open Event Data Alliance,
CC BY-SA 4.0) defines 18 event types; the word lists below are ours, written from the
codebook's definitions of each type and mode. Coding reads the predicate layer:

1. Each predicate gets a type from its verb ("accuse" DISAPPROVE), or, for a light or reporting
   verb, from its object ("held talks" CONSULT, "imposed sanctions" SANCTION).
2. A frame verb takes the event its complement names and turns it: "refused to meet" REJECT,
   "threatened to ban" THREATEN, "demanded that they withdraw" DEMAND, "promised to withdraw"
   AGREE. A cooperative event in the future or under a modal is a commitment (AGREE), a hostile
   one a threat (THREATEN); a denied cooperative event is a rejection (REJECT); "must"
   reported by someone is a demand.
3. The sentence's event is the coded predicate nearest the root of the parse; its source is the
   subject (through pronouns and reporting verbs to the clause above), its target the object or
   the phrase introduced by "to", "with", "against", "on"...
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.records import Argument, Predicate

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
    "ASSAULT", "FIGHT",
)  # fmt: skip
COOPERATIVE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE"}
)


def _words(text: str) -> frozenset[str]:
    """A set of words from a space-separated list; "_" joins the words of a phrasal verb."""
    return frozenset(word.replace("_", " ") for word in text.split())


def _lexicon(table: dict[str, str]) -> dict[str, tuple[str, str | None]]:
    """{"TYPE[/mode]": "word word ..."} -> {word: (type, mode)}; multiword entries use "_"."""
    found: dict[str, tuple[str, str | None]] = {}
    for key, words in table.items():
        kind, _, mode = key.partition("/")
        for word in words.split():
            found[word.replace("_", " ")] = (kind, mode or None)
    return found


# Verbs (lemmas, with a particle where it matters) and the event each names by itself.
VERBS = _lexicon(
    {
        "AGREE": "agree promise pledge commit consent guarantee offer volunteer compromise accept",
        "CONSULT": "meet negotiate discuss consult confer talk telephone phone mediate",
        "CONSULT/visit": "visit tour host",
        "SUPPORT": "support welcome praise commend endorse approve back recognize recognise "
        "ratify sign thank congratulate applaud hail laud salute reaffirm defend "
        "normalize normalise restore upgrade apologize apologise forgive",
        "CONCEDE": "concede lift ease relax loosen call_off yield pardon amnesty soften accede",
        "COOPERATE": "cooperate collaborate share exchange extradite partner coordinate",
        "AID": "aid donate provide supply deliver grant assist help fund finance lend loan "
        "airlift shelter rescue send give ship allocate",
        "RETREAT": "withdraw retreat release free repatriate resign disarm demobilize "
        "demobilise evacuate pull_out pull_back step_down quit hand_over abdicate surrender "
        "return hand",
        "INVESTIGATE": "investigate probe inspect examine inquire audit monitor review",
        "DEMAND": "demand urge insist call_for call_on press require order request seek "
        "appeal ask petition",
        "DISAPPROVE": "criticize criticise condemn accuse blame denounce deplore decry complain "
        "object sue charge allege slam fault rebuke chide censure indict convict lambast "
        "protest_against",
        "REJECT": "reject refuse decline veto rebuff spurn dismiss defy disobey resist oppose "
        "renege back_out violate flout breach",
        "THREATEN": "threaten warn menace",
        "PROTEST": "protest demonstrate rally march picket riot",
        "PROTEST/strike-gen": "strike",
        "PROTEST/obstruct": "block barricade blockade",
        "MOBILIZE": "mobilize mobilise deploy mass reinforce",
        "SANCTION/expel": "force_out kick_out throw_out",
        "SANCTION/withdraw": "walk_out",
        "MOBILIZE/police": "patrol",
        "SANCTION": "sanction suspend cut sever embargo freeze halt recall break_off "
        "downgrade expel boycott",
        "COERCE": "arrest detain jail imprison outlaw confiscate seize raid censor sentence "
        "evict demolish ban restrict prohibit cordon_off prevent disperse",
        "COERCE/deport": "deport",
        "COERCE/destroy": "destroy blow_up burn torch raze deface",
        "ASSAULT": "attack kill murder wound injure stab massacre slaughter behead execute "
        "rape lynch",
        "ASSAULT/beat": "beat beat_up",
        "ASSAULT/abduct": "kidnap abduct hijack",
        "ASSAULT/torture": "torture",
        "ASSAULT/targeted": "assassinate",
        "ASSAULT/explosives": "bomb detonate explode",
        "FIGHT": "fight clash battle invade bombard occupy capture retake recapture overrun "
        "repel ambush storm",
        "FIGHT/heavy-weapons": "shell",
        "FIGHT/firearms": "shoot open_fire fire gun_down",
        "FIGHT/aerial": "shoot_down",
    }
)
# Nouns that name an event where a light or reporting verb carries them ("held talks").
NOUNS = _lexicon(
    {
        "AGREE": "promise pledge offer commitment compromise",
        "CONSULT": "talk talks meeting summit negotiation negotiations discussion "
        "consultation conference mediation dialogue session round negotiating_table",
        "CONSULT/visit": "visit trip tour",
        "SUPPORT": "support recognition treaty endorsement approval accord pact agreement",
        "CONCEDE": "concession amnesty pardon",
        "RETREAT/ceasefire": "ceasefire cease-fire truce",
        "COOPERATE": "cooperation exercise exercises exchange partnership collaboration",
        "AID": "aid assistance asylum loan grant donation relief shelter help",
        "RETREAT": "withdrawal release resignation pullout retreat",
        "INVESTIGATE": "investigation inquiry probe inspection inspector inspectors audit",
        "DEMAND": "demand ultimatum appeal request call refuge",
        "DISAPPROVE": "criticism condemnation accusation lawsuit complaint charge charges "
        "allegation",
        "REJECT": "rejection refusal veto",
        "THREATEN": "threat warning",
        "PROTEST": "protest demonstration rally march riot sit-in petition signature signatures",
        "PROTEST/strike-gen": "strike walkout",
        "PROTEST/strike-hun": "hunger_strike",
        "MOBILIZE": "mobilization mobilisation deployment reinforcement patrols alert",
        "SANCTION": "sanction sanctions embargo suspension expulsion boycott",
        "COERCE": "arrest arrests detention crackdown raid ban",
        "COERCE/curfew": "curfew",
        "COERCE/martial-law": "siege emergency martial_law",
        "ASSAULT": "attack attacks assault massacre killing",
        "ASSAULT/explosives": "bombing bomb explosion blast",
        "ASSAULT/targeted": "assassination",
        "FIGHT": "fighting clash clashes battle offensive invasion war",
        "FIGHT/heavy-weapons": "shelling",
        "FIGHT/aerial": "airstrike airstrikes air_strike drone_strike",
    }
)
# A light verb and its object together ("set fire", "opened fire").
PHRASES = _lexicon({"COERCE/destroy": "set_fire", "FIGHT/firearms": "open_fire"})
# Verbs of giving: what is given decides between aid and giving back.
_GIVING = frozenset({"send", "give", "hand over", "hand", "deliver", "ship", "provide", "supply"})
# What is sent as word, not as goods ("sent its reply to the EU"): no aid.
_MESSAGES = _words(
    "reply replies response responses answer letter letters message messages note proposal "
    "proposals text draft invitation invitations signal signals warning warnings request "
    "report list document documents statement greeting greetings condolence condolences "
    "minute minutes memo memos memorandum dossier advice file files email emails paper papers"
)
_GIVEN_BACK = _words(
    "prisoner prisoners hostage hostages captive captives detainee detainees body bodies "
    "territory land city town control power"
)
# "withdrew its inspectors", "pulled out its diplomats": taking back one's non-military
# presence is a sanction (PLOVER SANCTION, mode withdraw); withdrawing troops is a retreat.
_CIVIL_PRESENCE = _words(
    "inspector inspectors diplomat diplomats ambassador envoy observer observers aid "
    "worker workers staff peacekeeper peacekeepers peacekeeping mission embassy "
    "investment support delegation cooperation"
)
# Who keeps or watches over a peace: deploying them is help given (PLOVER AID, "personnel"),
# not forces mobilized.
_PEACEKEEPERS = _words(
    "observer observers monitor monitors peacekeeper peacekeepers peacekeeping inspector "
    "inspectors mission missions"
)
# What ties a thing or people to an actor ("companies linked to the army", "militias backed by
# Iran"): an event on them is directed at that actor.
_TIED = _words("link tie belong ally affiliate associate connect back support")
# Verbs of going somewhere, and of an event's course: with no object, the phrase they govern
# names the event.
_MOTION = _words("return go come head travel arrive fly move sit gather convene assemble")
_ASPECT = _words(
    "begin start open end close conclude resume continue collapse break_down take_place "
    "happen occur stall wrap_up"
)
# A verb and its object or "into" phrase that say the subject started to apply ("the truce
# took effect", "came into force", "went into effect", "entered into force").
_TAKING_EFFECT = _words("take_effect come_force come_effect go_effect enter_force")
# Verbs that undo something: lifting a ban or ending sanctions is a concession.
_UNDOING = _words("lift cancel remove end repeal revoke ease relax scrap drop suspend")
# Verbs that carry their object's event ("held talks", "announced a suspension").
LIGHT = _words(
    "hold have make launch conduct carry_out stage take begin start open resume continue "
    "announce declare impose issue give reach offer propose set_up organize organise "
    "mount renew extend join attend lead go_on call end collect complete finish pursue "
    "step_up order set broker schedule plan trade exchange put put_forward submit present table "
    "lay_out voice"
)
# Verbs that report an event without being one: the event is in their complement.
REPORTING = _words(
    "say tell state add report announce claim declare insist note explain confirm reveal "
    "write argue believe think indicate suggest reiterate repeat stress assert conclude "
    "predict expect hope decide plan intend want try attempt resort begin start continue "
    "go be appear seem prepare"
)
# Verbs that deny or cancel the event they govern: the event keeps its type, with this status.
STATUS_FRAMES = {
    "deny": "denied", "cancel": "cancelled", "scrap": "cancelled", "abandon": "cancelled",
    "scupper": "cancelled", "postpone": "cancelled", "put off": "cancelled",
    "call off": "cancelled",
}  # fmt: skip
# What a cancelling or denying verb's object must not name for it to cancel or deny a
# happening: cancelling a ban or calling off a strike is a concession, denying a request or
# access a rejection.
_NOT_DENIED = {
    "cancelled": ("COERCE", "SANCTION", "PROTEST"),
    "denied": ("COERCE", "SANCTION", "DEMAND", "AID", "AGREE", "SUPPORT", "RETREAT"),
}
# Verbs whose object names the event ("held talks", "announced a suspension").
_CARRYING = LIGHT | REPORTING
# Verbs that say what their subject's event holds: "Moscow's demands included the withdrawal
# of Ukrainian forces" is a demand.
_CONTAINING = _words("include involve contain cover")
# Frame verbs: the event they turn their complement into.
FRAMES = {
    "refuse": "REJECT", "decline": "REJECT", "reject": "REJECT", "fail": "REJECT",
    "deny": "REJECT", "oppose": "REJECT", "threaten": "THREATEN", "warn": "THREATEN",
    "demand": "DEMAND", "urge": "DEMAND", "insist": "DEMAND", "call": "DEMAND",
    "call on": "DEMAND", "ask": "DEMAND", "press": "DEMAND", "order": "DEMAND",
    "appeal": "DEMAND", "request": "DEMAND", "pressure": "DEMAND", "require": "DEMAND",
    "agree": "AGREE", "promise": "AGREE", "pledge": "AGREE", "offer": "AGREE",
    "vow": "AGREE", "swear": "AGREE", "commit": "AGREE", "volunteer": "AGREE",
}  # fmt: skip
# Participants a sentence names by function words only: read them from the clause above.
PRONOUNS = _words("he she they it we i you who which that this those these one")
# Armed forces as the subject of a violent act make it fighting, not an assault.
MILITARY = _words(
    "army troops troop force forces soldier soldiers military tank tanks jet jets "
    "aircraft warplane warplanes plane planes helicopter helicopters artillery navy "
    "warship warships drone drones predator artillery"
)
# Leaving what one had joined: an agreement, talks, an organisation, one's part in them.
_LEAVING = _words("withdraw quit exit leave abandon pull_out")
_JOINED = _words(
    "agreement deal accord pact treaty initiative talk talks negotiation negotiations process "
    "mediation participation membership coalition alliance"
)
_ENDING = _words("end suspend halt")
_TAKING_PART = _words("participation membership involvement")
# What a deal struck is, and what arms and places an attack strikes ("missiles struck the port").
_DEALS = _words("deal agreement accord bargain pact compromise truce ceasefire")
_TRUCES = _words("truce truces ceasefire ceasefires cease-fire cease-fires")
_WEAPONS = _words(
    "missile missiles rocket rockets shell shells bomb bombs strike strikes airstrike "
    "airstrikes drone drones"
)
_AERIAL = _words(
    "drone drones jet jets aircraft warplane warplanes plane planes helicopter "
    "helicopters airstrike airstrikes"
)
_STRUCK_PLACES = _words(
    "port city town village base airport building school hospital target targets convoy "
    "position positions ship vessel bridge camp area region district neighbourhood "
    "neighborhood facility plant depot infrastructure"
)
# Participants that are actors: named (people, organisations, places, nationalities) or
# headed by a word for people or a body of them.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
ACTOR_NOUNS = _words(
    "government authority official leader president minister premier chancellor king "
    "queen prince emir sheikh force troop army military police soldier rebel militant "
    "guerrilla guerilla fighter insurgent militia militiaman protester protestor "
    "demonstrator refugee civilian people citizen resident worker student activist "
    "opposition party parliament court judge council committee union group movement "
    "faction side delegation negotiator diplomat ambassador envoy mediator country nation "
    "state regime administration company firm bank member supporter settler prisoner "
    "hostage detainee officer commander general agency organization organisation alliance "
    "coalition ally neighbor neighbour village town city region province capital "
    "journalist reporter media newspaper youth man woman child victim voter lawmaker "
    "legislature congress senate cabinet ministry department spokesman spokeswoman team "
    "inspector observer peacekeeper official"
)
_VIOLENT = frozenset({"ASSAULT", "FIGHT", "COERCE"})
# Verbs of putting one's name to an agreement.
_SIGNING = frozenset({"sign", "initial", "ink", "conclude", "seal"})
_SIGNED = frozenset({"AGREE", "SUPPORT"})  # (signing a formal agreement is SUPPORT, CAMEO 057)
_FORCEFUL = _VIOLENT | {"SANCTION", "PROTEST", "MOBILIZE"}
# "its troops", "their peacekeeping force": the actor's own, not whom the event is aimed at.
_OWN = frozenset({"its", "their", "his", "her", "our", "my"})
# Verbs of leaving: the place left is what the event concerns.
_MOVING_OUT = frozenset({"withdraw", "pull", "evacuate", "retreat", "expel", "force", "ship"})
# Events done to a place rather than held in it: the place is their target.
_ACTING_ON_PLACES = frozenset(
    {"COERCE", "ASSAULT", "FIGHT", "PROTEST", "MOBILIZE", "SANCTION", "RETREAT", "CONCEDE"}
)
_TARGET_ROLES = (
    "object", "to", "with", "against", "on", "at", "into", "between", "from", "for", "by",
)  # fmt: skip
_FUTURE = frozenset(
    {"will", "would", "shall", "going to", "willing", "ready", "prepared", "determined", "eager"}
)
_OBLIGATION = frozenset({"must", "should"})


@dataclass(frozen=True, slots=True)
class Coded:
    """A sentence coded as a PLOVER event: type, mode, the predicate that carries it (index in
    the predicates given), its source and target participants, and the words that express it."""

    type: str
    mode: str | None
    predicate: int
    sources: tuple[Argument, ...]
    targets: tuple[Argument, ...]
    event_text: str
    # "denied" or "cancelled" when the sentence says so of the event, else None.
    status: str | None = None
    # The type of the happening itself where the future made it another ("Syria will meet the
    # rebels", "the talks will begin": AGREE, as PLOVER codes references to future meetings,
    # of a CONSULT to come); None where the type is the happening's.
    happening: str | None = None

    def span(self, predicates: Sequence[Predicate]) -> tuple[int, int]:
        """Character bounds of "who did what to whom" in the text: from the first of the
        source, the event word and the target to the last of them."""
        word = predicates[self.predicate]
        pieces = [(word.start, word.end)]
        pieces += [(a.start, a.end) for a in self.sources[:1] + self.targets[:1]]
        return min(p[0] for p in pieces), max(p[1] for p in pieces)


def code_sentence(predicates: Sequence[Predicate], first: int = 0) -> Coded | None:
    """Code the predicates of one sentence (``first`` is the index of the first of them in the
    document's predicates, which ``governor`` counts in): the event is the coded predicate
    nearest the top of the parse. None when no predicate is an event."""
    order = sorted(
        (n for n in range(len(predicates)) if not at_another_time(predicates, n, first)),
        key=lambda n: (_depth(predicates, n, first), n),
    )
    coded = ((n, c) for n in order if (c := _code(predicates, n, first)) is not None)
    top = next(coded, None)
    if top is None or top[1].type != "CONSULT":
        return top[1] if top else None
    # "hosted the leaders at the White House, where they signed a joint declaration": the
    # meeting's outcome, an agreement signed there, is what the sentence reports.
    signed = (
        c
        for n, c in coded
        if predicates[n].lemma in _SIGNING
        and c.type in _SIGNED
        # (they who met sign: not "the agreement signed in Pretoria last week")
        and not predicates[n].passive
        and _arguments(predicates[n], ("subject",))
    )
    return next(signed, top[1])


def at_another_time(predicates: Sequence[Predicate], n: int, first: int = 0) -> bool:
    """Whether a predicate is in a clause set at another time than the sentence's ("four days
    after it suspended it", "before talks began"): it tells another happening, not the one the
    sentence is about."""
    predicate = predicates[n]
    for _ in range(20):
        if predicate.governor is None or not 0 <= predicate.governor - first < len(predicates):
            # (A clause coded on its own, "after the two countries brokered a ceasefire on
            # December 29": its verb is set at another time than a host it is not given.)
            return False
        if (predicate.relation or "").startswith("advcl:"):
            return True
        predicate = predicates[predicate.governor - first]
    return False


def code_between(
    predicates: Sequence[Predicate], starts: Sequence[int], start: int, end: int
) -> tuple[Coded, Sequence[Predicate]] | None:
    """Code the document's predicates that stand between ``start`` and ``end`` (a sentence);
    ``starts`` are their start offsets. The coding, and the predicates its indices count in."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    inside = predicates[lo:hi]
    coded = code_sentence(inside, lo) if inside else None
    return (coded, inside) if coded is not None else None


def code_predicate(
    predicates: Sequence[Predicate], starts: Sequence[int], start: int, end: int, n: int
) -> tuple[Coded, Sequence[Predicate]] | None:
    """Code one predicate of the sentence between ``start`` and ``end`` (``n`` indexes the
    document's predicates) as the event, not the sentence's main one: for a date that belongs
    to a relative clause ("the ceasefire that took effect on December 30")."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    inside = predicates[lo:hi]
    coded = _code(inside, n - lo, lo) if lo <= n < hi else None
    return (coded, inside) if coded is not None else None


def _depth(predicates: Sequence[Predicate], n: int, first: int) -> int:
    """How far below the sentence's main verb a predicate is: a complement or a coordinated
    verb one step, an adverbial or relative clause three."""
    depth = steps = 0
    predicate = predicates[n]
    while predicate.governor is not None and 0 <= predicate.governor - first < len(predicates):
        depth += 1 if predicate.relation in ("xcomp", "ccomp", "conj") else 3
        predicate = predicates[predicate.governor - first]
        steps += 1
        if steps > 20:
            break
    return depth


def _own_type(predicate: Predicate) -> tuple[str, str | None] | None:
    """The event a predicate names by its verb, or by its object under a light verb."""
    lemma = predicate.lemma
    verb = lemma.split()[0]
    objects = [a for a in predicate.arguments if a.role == "object"]
    heads = {a.head for a in objects}
    for argument in objects:
        phrase = PHRASES.get(f"{verb} {argument.head}")
        if phrase:
            return phrase
    if any(f"{verb} {a.head}" in _TAKING_EFFECT for a in _arguments(predicate, ("object", "into"))):
        # "the ceasefire took effect": the event is what took effect.
        for argument in _arguments(predicate, ("subject",)):
            noun = _event_noun(argument)
            if noun is not None:
                return noun
    if lemma == "strike" and objects:
        return _struck(predicate, objects)
    left = heads | {a.head for a in _arguments(predicate, ("from",))}
    if (lemma in _LEAVING and left & _JOINED) or (verb in _ENDING and heads & _TAKING_PART):
        # "withdrew from the talks", "quit the deal", "ended its participation in the
        # initiative": an actor taking itself out of what it had joined (PLOVER SANCTION,
        # mode withdraw), not a retreat from ground.
        return "SANCTION", "withdraw"
    found = VERBS.get(lemma) if " " in lemma else None
    if found is None and (lemma in LIGHT or verb in LIGHT or lemma in REPORTING):
        for argument in objects:
            noun = _event_noun(argument)
            if noun is not None:
                if verb in _UNDOING and noun[0] in ("COERCE", "SANCTION"):
                    return "CONCEDE", None
                return noun
    course = found is None and (_tells_course(predicate) or lemma in _CONTAINING)
    if found is None and (not objects or course):
        # "returned to the negotiating table", "travelled to Geneva for talks"; "the third
        # round ended without a deal", "the talks took place in Astana": the event is named by
        # the phrase, not the verb.
        roles = ("subject",) if course else ("to", "for") if verb in _MOTION else ()
        for argument in _arguments(predicate, roles):
            noun = _event_noun(argument)
            if noun is not None:
                return noun
    if found is None:
        found = VERBS.get(lemma) or VERBS.get(verb)
    if found is None:
        return None
    kind, mode = found
    if verb in _UNDOING and any(
        (NOUNS.get(h) or ("", None))[0] in ("COERCE", "SANCTION") for h in heads
    ):
        return "CONCEDE", None
    if lemma in _GIVING or verb in _GIVING:
        if heads & _GIVEN_BACK:
            return "RETREAT", "release"
        if heads & _MESSAGES:
            return None
        # Aid goes to someone ("sent arms to Pakistan") or is named as aid ("provided food
        # aid"); "the turbines supply a fifth of the electricity" is no aid.
        to_someone = any(is_actor(a) for a in predicate.arguments if a.role in ("to", "for"))
        named = any((NOUNS.get(a.head) or ("",))[0] == "AID" for a in objects)
        return ("AID", None) if to_someone or named else None
    if kind == "RETREAT" and verb in ("withdraw", "pull") and heads & _CIVIL_PRESENCE:
        return "SANCTION", "withdraw"
    if kind == "REJECT" and verb in ("violate", "breach") and heads & _TRUCES:
        return "ASSAULT", None  # violating a ceasefire is force used (CAMEO 196)
    if kind == "CONCEDE" and verb in _UNDOING and not objects:
        return None  # a concession undoes something: "the aircraft lifted off", "tensions eased"
    if verb == "rally" and objects:
        return None  # "rallied Americans to the cause", "rallied support": no demonstration
    if verb in ("help", "assist") and not objects:
        return None  # "he helped establish a union": no one is given help
    if kind == "MOBILIZE" and heads & _PEACEKEEPERS:
        return "AID", None  # "deploy observers": personnel sent to keep a peace, no armed force
    if (
        verb in ("fight", "battle", "combat")
        and objects
        and not any(
            is_actor(a) or a.label or NOUNS.get(a.head) or _names_people(a) for a in objects
        )
    ):
        return None  # "fought cancer", "battling a fire": not fighting anyone
    if kind == "ASSAULT" and mode is None and _subject_heads(predicate) & MILITARY:
        return "FIGHT", None
    if verb == "explode" and not objects and not _subject_heads(predicate) & _EXPLOSIVES:
        return None  # "the rig exploded", "a gas main exploded": no one attacked
    subjects = _arguments(predicate, ("subject",))
    if any(_accidental(a) for a in subjects):
        return None  # "the earthquake killed thousands", "the quake struck": no one's deed
    if kind in ("ASSAULT", "COERCE") and not any(is_actor(a) for a in subjects):
        causes = _arguments(predicate, ("in", "by", "during", "after"))
        if any(_accidental(a) for a in causes):
            return None  # "were killed in the storm", "destroyed by a gas explosion"
    if verb == "capture" and heads & _CAPTURED_NOT_TAKEN:
        return None  # "capturing video", "captured the world's attention"
    return kind, mode


def _accidental(argument: Argument) -> bool:
    """Whether a phrase names a disaster, an accident or an illness: an earthquake, a storm, or
    a blast or fire at a rig, a mine or a plant."""
    if argument.head in _NATURAL_CAUSES:
        return True
    if argument.head not in _BLASTS:
        return False
    return any(w.strip(",.;:'\"()").lower() in _WORKS for w in argument.text.split())


_BLASTS = _words("explosion explosions blast blasts fire fires")
# Where a blast or a fire is an accident: "an explosion and fire on the drilling rig", "a gas
# explosion", "the mine blast".
_WORKS = _words(
    "rig rigs platform well mine mines plant plants factory refinery pipeline gas chemical "
    "reactor warehouse boiler"
)


# What kills or destroys without anyone doing it (not "fire": "killed by tank fire").
_NATURAL_CAUSES = _words(
    "earthquake earthquakes quake quakes tremor aftershock aftershocks storm storms hurricane "
    "cyclone typhoon tornado flood floods flooding tsunami landslide landslides mudslide "
    "avalanche blaze wildfire wildfires drought famine disease diseases epidemic "
    "pandemic virus flu influenza outbreak illness cancer crash crashes accident accidents "
    "collapse heatwave lightning eruption overdose"
)


# What is captured without taking anything by force.
_CAPTURED_NOT_TAKEN = _words(
    "video videos image images footage picture pictures photo photos moment moments attention "
    "imagination mood spirit essence heart hearts market share"
)
# What explodes in an attack ("a car bomb exploded", "a roadside device exploded").
_EXPLOSIVES = _words(
    "bomb bombs device devices explosive explosives mine mines shell shells rocket rockets "
    "missile missiles grenade grenades vest vests ied ieds bomber bombers"
)


def _struck(predicate: Predicate, objects: Sequence[Argument]) -> tuple[str, str | None] | None:
    """What "strike" with an object names: a deal struck is one reached (as "reached an
    agreement"); a place or an actor struck by an actor or by arms is an attack ("Russian
    missiles struck the port"); "struck a blow", "struck a balance" are neither. Only workers
    who strike, with no object, are on strike."""
    if any(argument.head in _DEALS for argument in objects):
        return NOUNS["agreement"]
    subjects = _arguments(predicate, ("subject",))
    heads = {a.head for a in subjects}
    armed = any(is_actor(a) for a in subjects) or bool(heads & (MILITARY | _WEAPONS))
    if armed and any(is_actor(a) or a.label or a.head in _STRUCK_PLACES for a in objects):
        return "FIGHT", "aerial" if heads & _AERIAL else None
    return None


def _names_people(argument: Argument) -> bool:
    """Whether a phrase speaks of people ("scores of refugees")."""
    words = {w.strip(",.;:'\"()").lower() for w in argument.text.split()}
    return bool({w[:-1] if w.endswith("s") else w for w in words} & ACTOR_NOUNS)


def _event_noun(argument: Argument) -> tuple[str, str | None] | None:
    """The event an object phrase names: its head, or a word before it ("a mediation
    effort", "a 24-hour hunger strike"); an accident's blast is none ("the explosion on the
    rig")."""
    found = _named_event(argument)
    if found is not None and found[0] == "ASSAULT" and _accidental(argument):
        return None
    return found


def _named_event(argument: Argument) -> tuple[str, str | None] | None:
    words = [w.strip(",.;:'\"()") for w in argument.text.lower().split()]
    for first, second in reversed(list(zip(words, words[1:], strict=False))):
        # two words ("hunger strike", "air strikes and artillery fire"), the second as one
        found = NOUNS.get(f"{first} {second}") or NOUNS.get(f"{first} {second.removesuffix('s')}")
        if found:
            return found
    found = NOUNS.get(argument.head)
    if found:
        return found
    for word in reversed(words[:-1]):
        found = NOUNS.get(word.strip(",.;:'\"()"))
        if found:
            return found
    return None


def _subject_heads(predicate: Predicate) -> set[str]:
    return {a.head for a in predicate.arguments if a.role == "subject"}


def _complements(predicates: Sequence[Predicate], n: int, first: int) -> list[int]:
    return [
        m
        for m, p in enumerate(predicates)
        if p.governor == n + first and p.relation in ("xcomp", "ccomp")
    ]


def _code(predicates: Sequence[Predicate], n: int, first: int) -> Coded | None:
    coded = _code_own(predicates, n, first) or _named_by_its_noun(predicates, n, first)
    if coded is None or coded.status is not None:
        return coded
    # "The meeting was planned for November 18 but was postponed": a verb coordinated with the
    # event's, with no participant of its own, that calls it off or denies it says so of it.
    for other in predicates:
        if (
            other.governor == n + first
            and other.relation == "conj"
            and other.lemma in STATUS_FRAMES
            and not any(a.role in ("subject", "object") for a in other.arguments)
        ):
            return replace(coded, status=STATUS_FRAMES[other.lemma])
    return coded


_PARTIES = re.compile(r"\b(?:between|with|among|involving)\s+")


def _parties_of(event: Argument) -> Argument | None:
    """Who an event noun phrase says took part ("talks between Kestria and Almora" ->
    "Kestria and Almora"), as an argument of its own, or None."""
    found = _PARTIES.search(event.text)
    if found is None:
        return None
    text = re.split(r"\s+(?:on|over|about|in|at|for|to|from|since)\s", event.text[found.end() :])[0]
    if not text.strip():
        return None
    start = event.start + found.end()
    return Argument(event.role, start, start + len(text), text, text.split()[-1].lower(), None)


def _named_by_its_noun(predicates: Sequence[Predicate], n: int, first: int) -> Coded | None:
    """A light verb that describes the noun before it ("the talks held in Astana on Monday")
    names that noun's event."""
    predicate = predicates[n]
    if predicate.governor is None:
        return None
    governor = predicate.governor - first
    if (
        predicate.relation != "nested"
        or predicate.lemma not in LIGHT
        or _arguments(predicate, ("object",))
        or not 0 <= governor < len(predicates)
    ):
        return None
    for argument in predicates[governor].arguments:
        if 0 <= predicate.start - argument.end <= 1 and (noun := _event_noun(argument)):
            return _coded(predicates, n, first, noun[0], noun[1], None)
    return None


def _code_own(predicates: Sequence[Predicate], n: int, first: int) -> Coded | None:
    predicate = predicates[n]
    status = STATUS_FRAMES.get(predicate.lemma)
    if status is not None:
        # "denied carrying out the attack", "the talks were called off": the event is what
        # is denied or cancelled, with that status.
        for m in _complements(predicates, n, first):
            inner = _own_type(predicates[m])
            if inner is not None:
                return _coded(predicates, n, first, inner[0], inner[1], m, status)
        for argument in _arguments(predicate, ("object",)):
            noun = _event_noun(argument)
            # Not "lifted the ban" (a concession) nor "denied a request" (a rejection).
            if noun is not None and noun[0] not in _NOT_DENIED.get(status, ()):
                return _coded(predicates, n, first, noun[0], noun[1], None, status)
    frame = FRAMES.get(predicate.lemma)
    if frame is not None:
        for m in _complements(predicates, n, first):
            inner = _own_type(predicates[m])
            if inner is None:
                continue
            kind = _framed(frame, inner[0])
            return _coded(predicates, n, first, kind, inner[1], m)
    if predicate.lemma in REPORTING:
        # The reported event is coded on its own predicate; "said X must ..." is a demand.
        for m in _complements(predicates, n, first):
            # "said X must withdraw", "said X had to withdraw": what someone else is to do.
            if predicates[m].modality in _OBLIGATION or (
                predicates[m].lemma in ("have", "need") and _complements(predicates, m, first)
            ):
                return _coded(predicates, n, first, "DEMAND", None, m)
        own = _own_type(predicate)
        if own is None:
            return None
        return _own_event(predicates, n, first, own)
    own = _own_type(predicate)
    if own is None:
        return None
    if own[0] == "AID" and any(
        p.lemma == "abet" and p.governor == n + first and p.relation == "conj" for p in predicates
    ):
        return None  # "aiding and abetting" a crime is no aid given
    return _own_event(predicates, n, first, own)


def _own_event(
    predicates: Sequence[Predicate], n: int, first: int, own: tuple[str, str | None]
) -> Coded:
    """The event a verb names itself. Negated, it is turned (a cooperation not given is a
    rejection) or, where nothing turns it, told as not having happened: "the rebels did not
    attack the port" is a denied attack. A negation on a noun ("nobody was hurt when a drone
    struck", "no one was killed in the shelling") says how a happening went, not that it did
    not happen."""
    predicate = predicates[n]
    kind = _turned(own[0], predicate)
    denied = kind == own[0] and predicate.modality is None and predicate.negated
    # What the future turned ("will meet": a commitment) is still that happening to come.
    to_come = (
        own[0]
        if kind != own[0] and predicate.modality in _FUTURE and not _negated(predicate)
        else None
    )
    return _coded(
        predicates, n, first, kind, own[1], None, "denied" if denied else None, happening=to_come
    )


def _tells_course(predicate: Predicate) -> bool:
    """Whether the verb tells how an event goes, the event being its subject: "began",
    "wrapped up", "broke down", "took place" (a phrasal verb or a verb and its object)."""
    lemma = predicate.lemma
    objects = _arguments(predicate, ("object",))
    if not objects:
        return lemma in _ASPECT or lemma.split()[0] in _ASPECT
    return any(f"{lemma} {a.head}" in _ASPECT for a in objects)


def _negated(predicate: Predicate) -> bool:
    """Whether the verb is negated, on itself ("did not attack") or on the noun it has
    for subject or object ("No agreement was reached", "nobody was hurt")."""
    return predicate.negated or any(
        a.role in ("subject", "object") and _NO_ONE.match(a.text) for a in predicate.arguments
    )


_NO_ONE = re.compile(r"(?:no|nobody|none)\b(?!\.)", re.I)  # not "No. 2"


def _framed(frame: str, inner: str) -> str:
    """What a frame verb makes of the event its complement names: its own event, except that
    promising force or a penalty ("vowed to attack", "pledged to impose sanctions") is a threat
    (agreeing to appeal to someone is an agreement)."""
    return "THREATEN" if frame == "AGREE" and inner in _FORCEFUL else frame


def _turned(kind: str, predicate: Predicate) -> str:
    """Negation and modality change what an event word says: "will not accept" is a rejection,
    "would meet" a commitment, "would blockade" a threat."""
    if _negated(predicate):
        # "will not accept", and "No agreement was reached": the negation is on the noun.
        return "REJECT" if kind in COOPERATIVE or kind == "DEMAND" else kind
    if predicate.modality in _FUTURE:
        if kind in COOPERATIVE and kind != "INVESTIGATE":
            return "AGREE"
        if kind in _FORCEFUL:
            return "THREATEN"
    return kind


def _coded(
    predicates: Sequence[Predicate],
    n: int,
    first: int,
    kind: str,
    mode: str | None,
    inner: int | None,
    status: str | None = None,
    happening: str | None = None,
) -> Coded:
    outer = predicates[n]
    carrier = predicates[inner] if inner is not None else outer
    sources = _sources(predicates, n, first)
    if inner is None and (
        _tells_course(outer) or (outer.relation == "nested" and not _arguments(outer, ("object",)))
    ):
        # "The fifth round of Syria talks ended", "the talks held in Astana": the subject is
        # the event, not who took part; those it names "between" or "with" took part.
        sources = tuple(
            part
            for s in sources
            if (part := s if _event_noun(s) is None else _parties_of(s)) is not None
        )
    targets = _find_targets(predicates, n, first, kind, inner)
    words = [outer.text] if inner is None else [outer.text, carrier.text]
    if inner is None:
        objects = _arguments(outer, ("object",))
        if objects and outer.lemma in _CARRYING:
            words.append(objects[0].text.split()[-1])
    return Coded(
        type=kind,
        mode=mode,
        predicate=n,
        sources=sources,
        targets=tuple(t for t in targets if not _same(t, sources)),
        event_text=" ".join(words),
        status=status,
        happening=happening,
    )


def _find_targets(
    predicates: Sequence[Predicate], n: int, first: int, kind: str, inner: int | None
) -> tuple[Argument, ...]:
    """Who the event is directed at, in order of evidence: for a demand, the one asked (the
    frame's object, or the subject of what is demanded: "demanded that the US cancel"); the
    carrying predicate's own target; the frame's; then the target of a clause that says what
    the event is for ("staged a hunger strike to protest President Assad's failure")."""
    outer = predicates[n]
    carrier = predicates[inner] if inner is not None else outer
    if kind == "DEMAND":
        asked = [a for a in _arguments(outer, ("object", "on")) if is_actor(a)]
        for m in [inner] if inner is not None else _complements(predicates, n, first):
            if not asked:
                asked = [a for a in _arguments(predicates[m], ("subject",)) if is_actor(a)]
        if asked:
            return tuple(asked)
    where = kind in _ACTING_ON_PLACES
    index = (inner if inner is not None else n) + first
    found = _targets(carrier, where) or (_targets(outer, where) if inner is not None else ())
    if any(a.label for a in found):
        return found
    aimed_at = _arguments(carrier, ("object", *_TARGET_ROLES))
    for other in predicates:
        if (
            other.governor == index
            and other.relation == "nested"
            and other.lemma in _TIED
            and any(0 <= other.start - a.end <= 1 for a in aimed_at)
        ):
            # "sanctions on companies linked to Sudan's army": the actor they are tied to
            tied = tuple(a for a in _arguments(other, ("to", "with", "by")) if is_actor(a))
            if tied:
                return tied
    if found:
        return found
    for other in predicates:
        if other.governor == index and other.relation in ("xcomp", "advcl", "ccomp"):
            found = _targets(other, where)
            if found:
                return found
    return ()


def _same(argument: Argument, others: Sequence[Argument]) -> bool:
    return any(o.start == argument.start and o.end == argument.end for o in others)


def _arguments(predicate: Predicate, roles: Sequence[str]) -> tuple[Argument, ...]:
    return tuple(a for a in predicate.arguments if a.role in roles)


def is_actor(argument: Argument) -> bool:
    """Whether a participant is an actor (not a thing, an amount or a time)."""
    if argument.head in PRONOUNS:
        return False
    return argument.label in ACTOR_LABELS or argument.head in ACTOR_NOUNS


def _targets(predicate: Predicate, where: bool = False) -> tuple[Argument, ...]:
    """Who the event is directed at: the object when it is an actor, else the first actor
    introduced by "to", "with", "against", "on"... Not the actor's own people ("withdrew its
    troops from Lebanon": Lebanon). With ``where``, a place the event is done in counts too
    ("declared a state of siege in Haiti")."""
    roles: tuple[str, ...] = (*_TARGET_ROLES, "in") if where else _TARGET_ROLES
    if predicate.lemma.split()[0] in _MOVING_OUT:
        roles = ("from", *roles)
    for role in roles:
        found = tuple(
            a
            for a in predicate.arguments
            if a.role == role and is_actor(a) and a.text.split()[0].lower() not in _OWN
        )
        if found:
            return found
    return ()


def _sources(predicates: Sequence[Predicate], n: int, first: int) -> tuple[Argument, ...]:
    """The predicate's subject; through a pronoun or a missing subject ("agreed to meet"), the
    subject of the clause that governs it, unless the predicate is passive."""
    seen = 0
    while True:
        predicate = predicates[n]
        subjects = _arguments(predicate, ("subject",))
        named = tuple(s for s in subjects if is_actor(s)) or tuple(
            s for s in subjects if s.head not in PRONOUNS
        )
        if named:
            return named
        if predicate.passive:
            # "17 people were killed, the ministry said": who reports a deed done by no one
            # named did not do it.
            return subjects
        governor = predicate.governor
        if governor is None or not 0 <= governor - first < len(predicates) or seen > 10:
            return subjects
        n = governor - first
        seen += 1
