"""The safety net's detector (bot/suspicion.py), the check questions in the knowledge base and
their copies in the domain. Every sentence here was written for this file: none comes from the
red-flag sets under tests/nlu/ (the held-out sets measure it, see evaluation/red_flags.py)."""

from __future__ import annotations

import pytest
import yaml

from bot.kb import Level, RedFlag, get_kb
from bot.suspicion import Suspicion, acute_suspicions, suspect_message
from tests.unit.conftest import DOMAIN

CHECK_PREFIX = "Before we go on, one safety question. "


def flags(text: str) -> list:
    """The cues' suspicions alone: the learned model (bot.sign_model) is tested in
    test_sign_model.py."""
    return [s.flag for s in suspect_message(text, guess=lambda text, above: None)]


# --- descriptions of signs the rules do not name ------------------------------------------------

@pytest.mark.parametrize("text, flag", [
    # sight going dark in one eye
    ("my right eye just went dark for a few seconds, like a blind being pulled down",
     "stroke_signs"),
    ("a grey shadow came down across my left eye this morning", "stroke_signs"),
    # arm and leg of one side, a face that does not feel like one's own
    ("I woke at 6 and my right hand and leg are like lead, I cannot lift them", "stroke_signs"),
    ("when I talk I sound like I'm drunk, and my eyelid flickers", "stroke_signs"),
    # a fit told as what others saw
    ("my flatmate says I was jerking uncontrollably for a minute, I can't remember any of it",
     "seizure"),
    ("my partner says I was thrashing about on the floor and foaming", "seizure"),
    # coming round somewhere
    ("I came round in the hallway with my cheek twitching", "loss_of_consciousness"),
    # breath
    ("I keep having to stop for breath halfway through talking", "breathing_trouble"),
    ("I'm struggling to get enough air in even lying down", "breathing_trouble"),
    # swallowing
    # (drink coming back out of the nose is a screened sign since round 31:
    # tests/unit/test_red_flag_wordings_31.py)
    # a head knock
    ("walked into a low beam and whacked my forehead, my eye is twitching since",
     "head_injury_neuro_signs"),
    # the worst headache, told by its force
    ("out of nowhere my head erupted with pain, eleven out of ten", "thunderclap_headache"),
    # urgent ones
    ("I see things twice, one copy slightly above the other", "double_vision"),
    ("my wife says my smile has gone all crooked since lunch", "facial_weakness_or_droop"),
    ("my left trouser leg hangs looser than the right and the thigh flickers all day",
     "muscle_wasting"),
    # a second batch, written to probe the families after the first round of cues
    ("the vision in my left eye dimmed like someone turned down the lights, then came back",
     "stroke_signs"),
    ("half of what I look at is missing on the right side since an hour", "stroke_signs"),
    ("my mouth won't work properly, the words come out all mushy", "stroke_signs"),
    ("I tried to pick up my cup and my right hand just wouldn't do it, and my face feels odd "
     "on that side", "stroke_signs"),
    ("I can't get my tablets to go down, they keep getting stuck", "swallowing_trouble"),
    ("got elbowed in the head at football and now I'm seeing stars", "head_injury_neuro_signs"),
    ("I zoned out and my mate said I was shaking all over for two minutes", "seizure"),
    # a third batch
    ("it was like a shutter came down over my right eye for a minute", "stroke_signs"),
    ("I lost the bottom half of the picture in one eye this morning", "stroke_signs"),
    ("my left side feels like it's asleep, arm and leg both, since I got up", "stroke_signs"),
    ("my tongue feels too big and I'm tripping over my words", "stroke_signs"),
    ("my boyfriend is on the floor twitching and his eyes are open but he's not there",
     "seizure"),
    ("I woke up on the sofa with a bitten tongue and wet trousers, no memory of it", "seizure"),
    ("I blanked out at work and came to with people around me", "loss_of_consciousness"),
    ("every word on the page has an extra outline beside it", "double_vision"),
    # a fourth batch
    ("the left eye just switched off, totally black, for about thirty seconds", "stroke_signs"),
    ("there's a grey patch blocking the middle of my vision in one eye since I got up",
     "stroke_signs"),
    ("I had a full body spasm and lost control of my bladder", "seizure"),
    ("I'm panting even sitting down and my lips look a funny colour", "breathing_trouble"),
])
def test_a_described_sign_is_suspected(text, flag):
    assert flag in flags(text)


def test_the_most_severe_suspicion_comes_first():
    # (round 34: "stop for breath after a few words" is now a flag of the screen itself, so
    # both signs here are wordings only the safety net reads)
    found = suspect_message("every word on the page has an extra outline beside it and I'm "
                            "panting even sitting down")
    assert [s.flag for s in found][:1] == ["breathing_trouble"]
    assert [s.level for s in found] == sorted((s.level for s in found),
                                              key=lambda level: -level.rank)


def test_a_suspicion_points_at_its_words():
    text = "I keep having to stop for breath halfway through talking"
    (found,) = suspect_message(text)
    assert text[found.start:found.end] == found.text == "stop for breath"


# --- context: denied, hypothetical, a relative's past, an explained cause ---------------------

@pytest.mark.parametrize("text", [
    # denied
    "my eye twitches but my sight never went dark, not even once",
    "no problem getting air, just a jumpy eyelid",
    "I didnt pass out and nobody found me on the floor, it's only my calf twitching",
    # hypothetical or a question about the future
    "what if one day my vision goes black from all this twitching?",
    "could twitching ever make you choke on water?",
    # a relative's past or habit
    "my grandad went blind in one eye years ago, my eyelid is just twitchy",
    "my uncle gets those headaches where he sees two of everything, mine is only a twitch",
    # a sign explained by something ordinary
    "my arm went dead because I fell asleep lying on it, now the thumb twitches",
    "I'm out of breath after running for the bus and my calf twitches",
    "my arm feels heavy after a day of painting the ceiling, and the bicep twitches",
    "I get out of breath climbing stairs since I put on weight, and my eyelid twitches",
    "worried that one day I'll wake up and my hand won't work",
    "my legs feel like jelly after leg day and my quads twitch",
    "I knocked my head on the cupboard door, no other symptoms, feel completely fine",
    "my arm went numb for a second when I hit my funny bone",
    "I cough when I eat spicy food, nothing more",
    # an episode long over
    "had a concussion as a teenager, fully recovered, now my lip twitches",
    # ordinary twitches
    "my left eyelid has been twitching for three days",
    "my calf flickers at night after a long run",
])
def test_nothing_is_suspected_out_of_context(text):
    assert flags(text) == []


@pytest.mark.parametrize("text", [
    "I can't breathe and my chest muscles keep twitching",  # the rules confirm: emergency
    "my speech is slurred and my hand keeps twitching",
    "I had a seizure an hour ago and my legs are still twitching",
    # described, and the rules already know the description: no question on top
    "my words keep coming out jumbled and my eyelid flickers",
    "he went rigid and there was froth at his mouth",
    "every sip of tea goes down the wrong way and I splutter",
    "since yesterday I get two of everything when I look to the right",
    "my grip is going, I keep dropping mugs and my thumb twitches",
    "my partner saw my eyes roll back on the sofa and I can't remember it",
    "since this morning the car in front has a ghost copy beside it",
    "the twitch started in my eyelid and has crept down into my cheek and lip",
    "my hand has no strength left, mugs slip out of it, and the thumb twitches",
])
def test_a_flag_the_rules_confirm_is_never_asked_about(text):
    assert flags(text) == []


def test_after_an_urgent_flag_only_an_emergency_is_worth_asking():
    urgent = Suspicion("double_vision", 0, 1, "x")
    emergency = Suspicion("stroke_signs", 0, 1, "x")
    assert acute_suspicions(None, [emergency, urgent]) == [emergency, urgent]
    assert acute_suspicions(Level.urgent, [emergency, urgent]) == [emergency]
    assert acute_suspicions(Level.emergency, [emergency, urgent]) == []


# --- check questions ---------------------------------------------------------------------------

ACUTE = [f for f in get_kb().red_flags.values() if f.level in (Level.emergency, Level.urgent)]


@pytest.mark.parametrize("flag", ACUTE, ids=lambda f: f.id)
def test_every_acute_flag_has_a_plain_check_question(flag):
    question = flag.check_question
    assert question.endswith("?") and 20 < len(question) < 260
    assert flag.name.lower() not in question.lower() or flag.id in ("seizure",)


def _variations():
    return DOMAIN["responses"]["utter_ask_red_flag_check"]


@pytest.mark.parametrize("flag", ACUTE, ids=lambda f: f.id)
def test_the_domain_asks_the_knowledge_base_question_with_yes_and_no(flag):
    matching = [v for v in _variations() if any(
        c.get("name") == "pending_red_flag" and c.get("value") == flag.id
        for c in v.get("condition") or [])]
    assert len(matching) == 1
    assert matching[0]["text"] == CHECK_PREFIX + flag.check_question
    assert [b["payload"] for b in matching[0]["buttons"]] == ["/affirm", "/deny"]


def test_the_domain_has_a_general_question_when_the_flag_is_unknown():
    assert [v for v in _variations() if not v.get("condition")]


def _flag_data(**changes):
    data = yaml.safe_load("""
id: test_flag
name: test
level: emergency
advice: Call now.
explanation: Because.
when: [[weakness]]
sources: [nhs_twitching]
""")
    data.update(changes)
    return data


def test_an_acute_flag_without_a_check_question_is_refused():
    with pytest.raises(ValueError, match="check_question"):
        RedFlag(**_flag_data())
    with pytest.raises(ValueError, match="question"):
        RedFlag(**_flag_data(check_question="Tell me about your sight."))
    assert RedFlag(**_flag_data(check_question="Is it hard to breathe?")).check_question
    assert RedFlag(**_flag_data(level="routine")).check_question == ""
