"""Red-flag round 9, from the ninth held-out set's false emergencies and misses, as classes: a
relative's illness told by what it left behind ("a stroke that left her with a stick"), a
relative's episodes seen many times, a relative's sign dated "last month", the user's own
newborn fits with "none since" and "I'm 30 now", and a sign that is itself the subject of a
question ("do thunderclap headaches feel different?") are no emergency; new everyday words for
signs happening now still are. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "my grandad had a stroke that left him with a limp, he's 88 and fine, my eyelid twitches",
    "my daughter has epilepsy and i've seen lots of her seizures, my calf twitch is different",
    "my cousin was knocked out at rugby last month and was sick after, he's fine, i twitch",
    "i had fits as a newborn, none since, i'm 25 now, eyelid twitching",
    "do seizures start with a twitch like mine?",
    "can strokes cause eye twitching?",
    "i swim at the pool and my back twitches after",
    "i'm single again and stressed, my eye twitches",
])
def test_a_relative_s_own_past_or_a_question_about_signs_is_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "do i need an ambulance? i cant breathe",
    "rt arm n leg went numb 5 min ago",
    "my throat is squeezing shut after a bee sting, lips swelling",
    "my boy is making a crowing noise when he breathes in and his throat sucks in",
    "since lunch i forgot how to swallow, spit everywhere",
    "39.3 and the dots on my legs dont go pale when i press a glass on them",
    "38.8, my neck is set in concrete and the light made me wince",
    "like boiling water inside my skull, nothing to 10 in a blink, eyelid twitching",
    "my hand forgot how to write 10 minutes ago and my smile is only going up one side",
])
def test_a_new_wording_of_an_emergency_sign_is_an_emergency(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "i have to hold my top lid up to see, it's crept down over my pupil this week",
    "two street lamps where there's one, if i shut either eye it's one, since monday",
])
def test_a_new_wording_of_an_urgent_sign_is_urgent(text):
    assert _level(text) is Level.urgent


def test_breathing_said_to_be_fine_is_a_denied_sign():
    from bot.mentions import find_mentions

    (breath,) = [m for m in find_mentions("dad had COPD for years. I'm fine for breath, just "
                                          "twitchy ribs") if m.value == "breathing_trouble"]
    assert breath.negated
    assert _level("my breathing is fine but my calf twitches") is None


def test_the_lemma_check_shows_what_a_new_phrase_would_match(capsys):
    """`python -m bot.nlp lemmas` is how a phrase is checked against everyday talk before it is
    added: "been sick" keeps only ('be', 'sick'), so it would match "I'm sick of it"."""
    from bot.nlp import main

    assert main(["lemmas", "been sick", "ran out the left side"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["'been sick': ('be', 'sick')", "'ran out the left side': ('run', 'out', 'side')"]
    assert main(["lemmas"]) == 2
