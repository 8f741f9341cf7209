"""Red-flag round 30, from the thirty-third held-out set (relayed, forwarded and quoted messages)
as classes: quoted words and whose they are (bot.quoted: someone else's text or chat line, a
chain post or a meme, the user's own old message), with the sender's "my" read as theirs and
their "you" as the user's; "fitted" and "fitting 5 mins" as a fit; a hand that's "dead"; a drop
"out for a minute"; words "not right"; someone who takes the user for a relative; a pain that
"exploded". Near-misses: a relative's "mini stroke" that is over, a fit with "none since", a
cause a doctor found, an illness's signs listed under a heading, a lesson's topic, a pet
"having" a fit, a stroke "of genius" after "had a", breathless with laughing, a pretend
"'unconscious'", a quoted question answered "no", a hospital's discharge, a year "ago" that dates
a post or an event. Each with a counterpart that keeps its level. Every sentence here is written
for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.quoted import quotes, swapped_persons
from tests.unit.wording_checks import flags_of, level_of


def _swapped(text: str) -> str:
    low = text.lower()
    out, at = [], 0
    for start, end, word in sorted(swapped_persons(low)):
        out += [low[at:start], word]
        at = end
    return "".join(out + [low[at:]])


def test_someone_elses_quoted_words_are_read_from_the_users_view():
    assert _swapped("my sister texted: 'my arm is weak, can you come?'") == (
        "my sister texted: 'their arm is weak, can i come?'")
    assert _swapped("[09:10] mum: i'll ring you later") == "[09:10] mum: they'll ring me later"
    # the user's own words and a chain post are left as they are
    assert _swapped("i texted him: 'my arm is weak'") == "i texted him: 'my arm is weak'"
    assert _swapped("a meme that says 'when your eye twitches'") == (
        "a meme that says 'when your eye twitches'")


def test_quotes_know_their_speaker():
    speakers = [q.speaker for q in quotes(
        "my old tweet from 2019: 'can't see straight'. then a poster said 'act fast'. "
        "my uncle wrote: 'my face went funny'")]
    assert speakers == ["own_old", "generic", "other"]
    # a bare "symptoms:" line is no speaker, nor are a form's answers; a chat with the user's
    # own line is
    assert quotes("symptoms: my arm is weak") == ()
    assert quotes("eyelid: left\nweakness: my right hand since noon") == ()
    assert [q.speaker for q in quotes("jo: im dizzy\nme: same\nsam: same")] == ["other", "other"]


@pytest.mark.parametrize("text", [
    # the sender's words, happening now
    "[19:02] Nan: cant lift my right arm and my mouth has gone to one side\nShe's on her own. My eye is twitching",
    "my brother just messaged 'I can't swallow anything, even water comes back up' and he's alone in his flat. my lip twitches",
    # the user's own sign told by someone who saw it
    "the bus driver said 'you fitted on the floor for two minutes'. never happened before. calf twitching now",
    "my husband says I just dropped in the hall, out cold, my eyelid's twitching",
    "Tom's been fitting 4 mins now on the pitch, I'm with him, my eye won't stop twitching",
    # a dead hand beside a drooping face; words not right; a pain that exploded
    "left hand is dead and my face is drooping on that side, lip twitching",
    "my dad on the phone just now, his words are not right and his arm is weak, my cheek twitches",
    "she held her head and said the pain just exploded, worst ever, she's being sick now, my eyelid twitches",
    # an infection with someone who no longer knows the people round them
    "mum's got a kidney infection, she's burning hot and keeps calling me her sister, my thumb twitches",
])
def test_relayed_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    # over: a mini stroke, none since, a cause found
    "my aunt texted: 'home after my mini stroke, all good'. my eyelid twitches",
    "from my cousin: 'Gran had a fit in June, she's on tablets and hasn't had one since.' my calf twitches",
    "my dad's text: 'the GP says the blurry double vision was from my blood pressure, gone now'. lip twitching for a week",
    # the user's own old message, or a sender's "remember when"
    "found my old text to my mum from 2020: 'can't breathe properly, on the way to A&E'. all fine since, eyelid twitching",
    "my friend posted 'remember when you passed out at prom?' lol that was 2015. thumb twitching today",
    # chain posts, lists, lessons, memes
    "Fwd: meningitis symptoms: stiff neck, rash that won't fade, fever. Share!! My eye twitches, is that one?",
    "my daughter has a lesson on strokes at school tomorrow. my eyelid twitches",
    "a meme that says 'me after three coffees: full body seizure' and honestly same, my eye twitches",
    # pets, figures, pretend, answers
    "wife: 'the cat's having a seizure!' no, just a dream. my lip twitches",
    "boss emailed: 'Sam had a stroke of genius with that pitch'. my eyelid twitches",
    "my mate sent a clip and I can't breathe lol, it's so funny. eye twitching",
    "my granddaughter is practising first aid and I'm 'unconscious' on the sofa again. cheek twitching",
    "the nurse asked \"any double vision?\" no, none. eyelid twitching",
    # a hospital's discharge, not the eye's; a year ago that dates a post or an event
    "my post from six years ago popped up, about my broken leg. eye twitching since Monday",
    "Dad keeps bringing up my concussion, that was 20 years ago. my eyelid twitches today",
])
def test_relayed_near_misses_raise_no_alarm(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, level", [
    # someone else's sign now still counts when they are with the user
    ("my flatmate just said 'I can't feel my face and my words are coming out wrong' and she's right here", Level.emergency),
    # a sign the user tells in their own words beside a quote stays theirs
    ("mum texted 'how are you?' and honestly my right arm has gone weak for two days, eyelid twitching", Level.urgent),
    # "dead" at a hand from sleeping on it is none; a double vision with no cause found stays
    ("woke with my hand dead from lying on it, fine after a minute, lip twitching", None),
    ("my uncle says his double vision started this morning, he's here with me", Level.urgent),
    # crying alone is no laughing: a real breathing emergency
    ("I can't breathe 😭 my throat is closing", Level.emergency),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level


def test_an_eye_that_discharges_is_still_the_eyes():
    assert "red_swollen_eye_discharge" in flags_of("my eye is discharging yellow gunk and the lid twitches")
    assert "red_swollen_eye_discharge" not in flags_of(
        "discharged from hospital yesterday after my knee, the lid twitches")


def test_a_twitch_dated_years_back_is_still_long_lasting():
    assert "long_lasting" in flags_of("my eyelid has twitched for 2 years since the accident")
