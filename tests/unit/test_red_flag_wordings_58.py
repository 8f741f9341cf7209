"""Red-flag round 58: the fifty-ninth held-out set (online gaming, streaming and esports) as
classes. Signs: a bitten side of the tongue and wet shorts after going rigid, limbs jerking later
in the sentence after going stiff, "stood into" a shelf and a head that "smacked" in a clause of
its own, a "high temp", blotches or spots "not fading" without a glass, glare or brightness that
is "unbearable", a toe caught on the stairs as a habit and a slipper that slaps on the floor,
what covering either eye leaves ("only one again"), a wink that merges two images, things that
"get a copy sitting just above them", fingers or a thumb that feel fizzy, quit-smoking tablets as
a new medicine. Near-misses: a twitch said to be in one place only beside parts checked and
normal, a neck that "turns both ways", a relative's old palsy in a note with a month and "face
normal again", a game's seizure warning, what a stream's chat spammed in quotes, a list of signs
answered "I don't have any of those myself", a patch that gave a thing "a full-on fit", choking on
laughter, an update that "dropped", lying awake about someone else's worry. Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("My flatmate says I went rigid on the sofa and a minute later my arms and legs were jerking. "
     "I've bitten the side of my tongue. Eyelid twitching.", "seizure"),
    ("Came round on the floor with my joggers wet and I'd bitten the side of my tongue. Calf twitching.",
     "seizure"),
    ("Stood into the cupboard door, head smacked; now throwing up and so sleepy. Eyelid twitch.",
     "head_injury_neuro_signs"),
    ("High temp and my neck won't bend. Lip twitching.", "meningitis_signs"),
    ("Fever tonight, little spots on my arm that aren't fading. Eyelid twitching.",
     "meningitis_signs"),
    ("Stiff neck since lunch, and the glare from the window is unbearable. Eye twitching.",
     "meningitis_signs"),
])
def test_site_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("These days I catch my toe on the kerb all the time. Calf twitching for a month.",
     "new_weakness"),
    ("My left shoe slaps on the pavement when I walk now. Shin twitching.", "new_weakness"),
    ("Two kettles on the counter since breakfast; when I cover one eye there's only one again. "
     "Eyelid twitching.", "double_vision"),
    ("Since lunch the whiteboard has a ghost of every word; a wink merges them. Lid twitching.",
     "double_vision"),
    ("The road signs get a copy floating just below them. Eyelid twitching.", "double_vision"),
    ("Left thumb fizzy since Friday; calf twitching.", "numbness_or_tingling"),
    ("Started varenicline ten days ago to stop smoking, and now my eyelid twitches.",
     "medicine_suspected"),
])
def test_site_signs_are_read(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "Temperature normal, neck turns both ways, no rash. Only an eyelid twitch after exams.",
    "Did the checks: tea goes down fine, face same both sides. Only my lip twitching.",
    "Nana in Leeds: Bell's palsy in March, face normal again. My eyelid twitches.",
    "The racing game's photosensitive seizure warning lists twitching, altered vision and loss "
    "of awareness. I feel fine. Eyelid twitching.",
    "I fell off the map on stream and chat spammed 'seizure mode'. Just an eyelid twitch.",
    "My nephew asked me which signs would be worrying, like weakness or a drooping face. I don't "
    "have any of those myself. My eyelid twitches.",
    "The new season gave the ladder a full-on stroke. Lip twitching.",
    "The whole lobby choked on their own laughter. My eyelid twitches.",
    "My eye's been twitching since the album dropped.",
    "Someone online said all-nighters can give you a stroke, and now I lie awake about it. He's "
    "fine. My eyelid twitches.",
])
def test_site_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # a twitch that was only in one place and has spread is still spreading
    ("It was only an eyelid twitch at first, now my cheek and mouth are going too.",
     "spreading_face"),
    # ...and a second twitching place in a clause of its own keeps both places
    ("Only my eyelid twitches in the morning, and by night my calf twitches too.",
     "several_places"),
    # a one-off trip on a rug is no habit, but a foot that drags is weakness
    ("My foot drags when I walk. Calf twitching.", "new_weakness"),
    # a relative's palsy with no month and no recovery is still told now
    ("My grandad is here with me: his face has dropped on one side just now. His eye twitches.",
     "stroke_signs"),
    # a game's warning does not hide a fit told after it
    ("The game showed a seizure warning. Then my brother went stiff and his arms were jerking "
     "all over, he's still on the floor now. My eyelid twitches.", "seizure"),
    # a thing given a fit is a figure; a boy given one is not
    ("The strobe lights gave the boy a full-on fit ten minutes ago and he's still jerking next to "
     "me. My lip twitches.", "seizure"),
    # choking on food is a sign
    ("He's choking on his food right now and can't breathe. My eye twitches.",
     "breathing_trouble"),
    # the user's own signs after "none of those" questions stay when told as their own
    ("I have a drooping face and my arm is weak since an hour ago. Eyelid twitching.",
     "stroke_signs"),
])
def test_site_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)


def test_a_trip_on_a_rug_is_no_weakness():
    assert "new_weakness" not in flags_of(
        "Caught my foot on the rug yesterday and nearly fell. Calf twitching.")
