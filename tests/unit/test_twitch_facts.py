"""The check-up's facts count only the user's twitch: its sites (several places) and how long it
has lasted (more than two weeks). A body part said to work normally, a relative's past, a limb
that went dead and is fine now, a duration told of another or a past sign, and an ordinary
sensation with a plain cause that is over are not counted; the twitch's own sites and duration
still are, and no emergency or urgent sign is hidden. Paraphrases written for this change, none
taken from the red-flag sets."""

import pytest

from bot.facts import facts_from_text
from bot.kb import Level
from bot.screening import screen_message
from bot.triage import triage
from tests.unit.conftest import entities_for


def _flags(text):
    return [finding.flag.id for finding in triage(facts_from_text(text)).findings]


# --- sites that are not the twitch --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # said to be normal, before or after the part, with the parts listed together
    "the gp examined me this morning, power normal in both legs and arms, no muscle loss. my "
    "bicep keeps twitching",
    "checked myself in the mirror: my smile is even and both arms lift fine. it's only the "
    "eyelid flickering",
    "can talk fine, face symmetrical, arms up no problems. lower lid still jumping",
    # a relative's body in a story of the past
    "grandpa had MND and died in 2018, towards the end he couldnt use his hands or legs. my calf "
    "has twitched for 4 days",
    "my uncle had a bad reaction in hospital in 2021, he was shaking all over. anyway my eyelid "
    "has twitched since friday",
    # a limb that went to sleep and is fine now
    "my foot went to sleep while i was sitting on it watching telly, then pins and needles, fine "
    "now. my eyelid twitches",
])
def test_a_site_that_is_not_the_twitch_is_not_counted(text):
    flags = _flags(text)
    assert "several_places" not in flags
    assert "numbness_or_tingling" not in flags


def test_a_normal_site_is_absent_and_the_twitch_site_stays():
    facts = facts_from_text("strength is normal in both arms and legs, my forearm twitches")
    assert facts.body_parts == ["arm"]


def test_sitting_cross_legged_names_no_leg():
    facts = facts_from_text("sat cross legged for a while and now my thumb twitches")
    assert facts.body_parts == ["hand"]


# --- durations that are not the twitch's --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "had a seizure at 17 after no sleep, none since in 15 years. now my cheek twitches",
    "broke my wrist as a kid and had a cast for 6 weeks. now my thumb twitches",
    "my gran fainted at christmas and was muddled for ages after. i just have a jumpy eyelid",
    "my nephew fitted for ages at a party back in 2019, scary. now my calf is twitching",
    "my mouth drooped for a few weeks when i was 12 after a virus and it got better. now my "
    "eyelid flutters",
    "my sister had bell's palsy two years ago and my eyelid twitches",
    "my brother was concussed at school ages ago and was dizzy for a day. my calf twitches",
])
def test_a_duration_of_another_or_a_past_sign_is_not_the_twitch_s(text):
    facts = facts_from_text(text)
    assert facts.duration_days is None or facts.duration_days <= 14
    assert "long_lasting" not in _flags(text)


@pytest.mark.parametrize("text", [
    "chilli crisps made my lips tingle for ages and now my top lip twitches",
    "bawled my eyes out at a wedding yesterday, eyes puffy all evening, back to normal today. "
    "eyelid twitching",
    "slept funny on my arm, it went dead and had pins and needles for a minute and then totally "
    "fine",
    "knelt on the floor to paint the skirting and my leg went numb, all gone now. my eyelid "
    "twitches",
])
def test_an_ordinary_sensation_with_a_plain_cause_that_is_over_raises_nothing(text):
    assert _flags(text) == []


# --- what must still count ----------------------------------------------------------------------

@pytest.mark.parametrize("text, flag", [
    ("my eyelid, my cheek and both thighs have all been twitching this week", "several_places"),
    ("my top eyelid has flickered every day for about 6 weeks", "long_lasting"),
    ("twitching in my arms, my legs and my back for a month", "long_lasting"),
    ("twitching in my arms, my legs and my back for a month", "several_places"),
    ("calf twitching for 3 weeks, my dad had MND", "long_lasting"),
    ("my dad died 3 months ago and my eye has twitched ever since", "long_lasting"),
    ("my wife noticed it 3 weeks ago", "long_lasting"),
    ("both arms go up fine but my legs and my eyelid are twitching", "several_places"),
    ("my mum had a stroke in 2019 and now my arm and leg have twitched for 3 weeks",
     "several_places"),
    ("my mum had a stroke in 2019 and now my arm and leg have twitched for 3 weeks",
     "long_lasting"),
])
def test_the_twitch_s_own_sites_and_duration_still_count(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize("text", [
    # no plain cause: a numb arm that came and went may be a warning stroke
    "my arm went numb for ten minutes this morning and it's fine now, my eyelid twitches",
    # not over
    "slept on my arm and it went dead, it's still numb now",
    # in the face, or on one side
    "my face went numb sitting at my desk, fine now",
    "sat on my foot and it went numb, fine now, but half my face is numb too",
])
def test_numbness_without_a_plain_cause_or_not_over_still_counts(text):
    assert "numbness_or_tingling" in _flags(text)


def test_a_sticky_red_eye_after_crying_still_counts():
    assert "red_swollen_eye_discharge" in _flags(
        "cried all night and my eye is red and swollen with yellow gunk")


@pytest.mark.parametrize("text, level", [
    ("my son had a seizure 10 minutes ago and his arms are still jerking", Level.emergency),
    ("my dad collapsed and is shaking all over", Level.emergency),
    ("i hit my head 3 weeks ago and now im confused and my eyelid twitches", Level.emergency),
    ("my face has been drooping for 2 days and my arm feels weak", Level.emergency),
    ("sat on my foot and it went numb, fine now, but half my face is numb too", None),
    ("my arm has gone weak since yesterday and my forearm twitches", Level.urgent),
])
def test_emergency_and_urgent_signs_keep_their_level(text, level):
    screened = screen_message(text).level
    if level is None:  # one-sided numbness alone: routine here, never hidden (see above)
        assert "numbness_or_tingling" in _flags(text)
    else:
        assert screened is not None and screened.rank >= level.rank


# --- the form only sees the user's own sites and duration ---------------------------------------

def test_sites_and_durations_that_are_not_the_twitch_get_a_role():
    entities = entities_for("had a seizure at 17, none since in 15 years. both arms lift fine, "
                            "my eyelid twitches")
    present = [(e["entity"], e["value"]) for e in entities
               if e["entity"] in ("body_part", "duration") and not e.get("role")]
    roles = {e["entity"]: e.get("role") for e in entities
             if e["entity"] in ("body_part", "duration") and e.get("role")}
    assert present == [("body_part", "eyelid")]
    assert roles == {"duration": "other", "body_part": "absent"}
