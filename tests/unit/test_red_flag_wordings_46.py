"""Red-flag round 46a, from four emergencies of older registered sets that only the learned
safety net's question caught (its gate, left out in turn, dropped them): a toddler sick and
drowsy after a fall from a worktop onto tiles (a hard fall counts as a head injury would, with
drowsiness, vomiting, confusion, a fit or passing out, but not with a hurt limb's weakness), a
feverish baby whose soft spot bulges, walking into a beam with the speech "gone slow" after, and
one side of the view that "just isn't there" with a foot that cannot be placed. Near-misses
beside each.

Round 46b, from the forty-seventh set (uniformed services, transport and shift work): a fit told
with no subject ("Fitted in the canteen"), a weakness told over a span up to now that a later
"last week" does not date, a cramp "so painful I can't" stand on it. Near-misses: a graze's
place, a road's hard shoulder and a shift's "legs" read as twitch sites, "handed out" read as a
hand, a list of checks after "I can", a relative's stroke named again after it was told as past,
a first-aid refresher's contents after its colon, what a job medical asks about, "would one
faint ground me?", what fumes "can cause", "collapsed into tears", a machine that "had a fit".
Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("my little boy rolled off the changing table onto the wooden floor, he's thrown up twice "
     "and keeps dozing off, very sleepy. his eyelid flickers", "head_injury_neuro_signs"),
    ("grandad fell down the stairs this morning and now he's confused and drowsy, his hand "
     "twitches", "head_injury_neuro_signs"),
    ("my 7 week old has a temperature of 38.4 and her fontanelle is bulging, leg twitching",
     "meningitis_signs"),
    ("the baby is very sleepy and the soft spot on top of his head seems swollen", "meningitis_signs"),
    ("I ran straight into a low ceiling beam in the loft an hour ago, now my speech has gone "
     "slow and my arm is twitching", "head_injury_neuro_signs"),
    ("driving home the right half of the world just vanished, ten minutes ago, eyelid twitching",
     "stroke_signs"),
])
def test_older_sets_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "I walked into the post office and my eyelid started twitching",
    "walked into the kitchen and the twitch in my calf started",
    "her soft spot isn't bulging, she's feeding fine and sleeping well. eyelid twitch",
    "her soft spot doesn't look swollen at all, his calf twitches",
    "my son fell off his bike onto the road last summer and was sick, now his eye twitches",
    "I fell down the stairs last year, my calf has twitched since",
    "what if the left side of everything went black? my eye twitches",
    "the right half of the screen went black on my laptop and my eyelid twitches",
    "my toddler fell off the sofa onto the carpet and is fine, laughing, eyelid twitch",
    "i can't tell where my foot is going when I dance, my calf twitches",
])
def test_older_sets_near_misses_raise_nothing_acute(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


def test_a_hard_fall_with_a_hurt_limb_is_no_head_injury():
    text = "fell off the ladder onto the patio and my leg feels weak where I landed on it"
    assert "head_injury_neuro_signs" not in flags_of(text)


def test_a_foot_that_cannot_be_placed_is_numbness():
    from bot.mentions import find_mentions

    found = find_mentions("since lunch I can't tell where my left foot is, calf twitching")
    assert any(m.value == "numbness" and m.asserted for m in found), found


@pytest.mark.parametrize("text, flag", [
    ("Fitted in the canteen at 3am, my mates say. Never happened before. Eyelid twitching.",
     "seizure"),
])
def test_shift_work_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


def test_a_weakness_over_weeks_up_to_now_is_not_dated_by_a_later_last_week():
    text = ("Over the past month my left hand has got steadily weaker, and last week I couldn't "
            "hold my coffee. My forearm twitches.")
    assert level_of(text) is Level.urgent
    assert "new_weakness" in flags_of(text)


def test_a_cramp_so_painful_one_cannot_stand_is_significant_pain():
    text = "my calf twitches then cramps so painful I can't stand on it, most nights"
    assert "severe_pain" in flags_of(text)


@pytest.mark.parametrize("text", [
    "Didn't bang my head at the match, just grazed a knee. Eyelid twitching.",
    "Broke down on the hard shoulder for two hours, eyelid twitching since.",
    "Cabin crew, my eyelid twitches on the night legs of the rota.",
    "The office handed out a leaflet about stress. My eyelid twitches.",
    "I checked it all: I can smile evenly, lift both arms, speak clearly. Only my eyelid twitches.",
])
def test_shift_work_sites_that_are_not_twitch_sites(text):
    assert "several_places" not in flags_of(text)


@pytest.mark.parametrize("text", [
    "My mum had a stroke at 60, long ago, she's fine now. Should I tell the nurse about Mum's "
    "stroke? My eyelid twitches.",
    "Safety training at the depot: CPR for a collapse and what to do for a fit. My eyelid "
    "twitches since.",
    "The pre-employment medical asks about fits, blackouts and strokes: none. Eyelid twitching.",
    "Pilot rules: would one fainting spell end my licence? I've never fainted. Lid twitching.",
    "my wife says night shifts can cause heart trouble and even a stroke. I feel fine, only my "
    "eyelid twitches",
    "The witness collapsed into tears in court. My cheek has twitched since.",
    "The printer in our office had a fit all morning. My eyelid twitches.",
])
def test_shift_work_near_misses_raise_nothing_acute(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


@pytest.mark.parametrize("text, level", [
    ("My mum had a stroke at 60, long ago. Now she's having another stroke, her face has dropped",
     Level.emergency),
    ("Rugby training: hamstring twitches then cramps so bad it's 9/10, I'm screaming", None),
    ("Fitted the new blinds in the kitchen, my eyelid twitches", None),
])
def test_shift_work_counterparts_keep_their_level(text, level):
    if level is None:
        assert level_of(text) not in (Level.emergency, Level.urgent)
    else:
        assert level_of(text) is level
