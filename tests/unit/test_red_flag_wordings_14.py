"""Red-flag round 14, from the sixteenth held-out set's false emergencies and false alarms, as
classes: someone else's sign while the user travels to them or hears of it by phone while they
are in care; a sign of a pet, or a sign named as a ward or a job; a sign in a dream, a film or a
game (and the face it happens to); numbness from the dentist; a sign answered "No." in a sentence
of its own, with its site; a chin that "goes all the way" to the chest; a month dating a
relative's episode that is over; and a lasting sign of a relative's named illness told with a
plain "now". Each with a counterpart that stays an alarm. Every sentence here is written for
this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "my uncle is in hospital after a stroke and can't move his arm, I'm flying out tonight. "
    "eyelid twitching",
    "mum's in intensive care after fits that won't stop, the hospital just rang. my lip twitches",
    "grandma's in the nursing home and can't swallow her pills now, the staff phoned. calf twitch",
    "the cat had a seizure at the vets yesterday, I'm fine, just a twitchy eyelid",
    "I work on the stroke ward, my eyelid twitches on long shifts",
    "dreamt my face drooped on one side and my words came out wrong, woke up fine. eyelid twitch",
    "in the film the hero had a seizure on the stairs, can my twitch do that?",
    "jaw numb from the dentist and drooling a bit until it wore off, cheek twitching",
    "my dad collapsed at my brother's graduation in July, he was fine after. eyelid twitching",
    "my wife has MND and she can't hold a cup now. my thumb twitches, should I worry?",
])
def test_signs_of_no_one_here_now_are_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "my uncle collapsed in the supermarket and isn't breathing, I'm on my way",
    "my husband collapsed on the flight and isn't waking up",
    "we're abroad on holiday and my wife has collapsed and isn't responding",
    "my gran has had a stroke and can't speak, I'm on the first flight out but she's alone",
    "the dog knocked me over, I hit my head and now I keep being sick",
    "dreamt about work, woke up and my face is drooping and my speech is slurred",
    "had a filling this morning and now suddenly my arm is weak and my words are slurred",
    "back from the dentist and my words are slurred and my arm is weak since lunch",
])
def test_the_same_words_with_someone_in_danger_here_still_count(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "Seeing double. No. Both eyes fine. eyelid twitching",
    "numb face - nope. weak arm - nope. just my eyelid twitching",
    "I checked my neck: chin goes all the way to my chest, no fever. eyelid twitching",
])
def test_signs_answered_no_and_a_chin_that_bends_are_no_alarm(text):
    assert _level(text) not in (Level.emergency, Level.urgent)


# Round 14, second part: present signs the sixteenth set told in words the rules did not know
@pytest.mark.parametrize("text", [
    "39.1 and I can't bend my head to look down at my phone, the lamp hurts my eyes",
    "fever of 39 and my mum found purple marks on my arms, eyelid twitching",
    "lifting a box and a pain like an axe through the back of my head, in a heartbeat, "
    "never had pain anywhere near this",
    "fell off the stepladder, there's a lump on my forehead and I've been sick twice",
    "in the meeting just now I couldn't find any words and my smile only goes up on one side",
])
def test_signs_told_in_the_sixteenth_sets_ways_are_emergencies(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "for a month my keys keep slipping out of my hand and I can't tie my shoelaces, thumb twitches",
    "my left lid is hanging half over my eye since monday, it twitched before",
])
def test_lasting_signs_told_in_its_ways_are_urgent(text):
    assert _level(text) is Level.urgent


def test_signs_on_a_list_someone_gave_are_no_alarm():
    text = ("the health visitor went through a list with me: a stiff neck, a rash that doesn't "
            "fade, sudden swelling of the face and lips. none of that, just my eyelid twitching")
    assert _level(text) not in (Level.emergency, Level.urgent)
    # the next sentence is the user's own again
    assert _level("the nurse gave me a leaflet. since lunch my face is drooping on the "
                  "left and my arm is weak") is Level.emergency
