"""Red-flag round 25, from the twenty-eighth held-out set (what went wrong in a task: at work, on
calls and voice notes, eating, at the gym, caring for someone, photos, at night) as classes: words
in the wrong order or backwards; breath too short to finish a sentence or to lie flat; food
lodged and spit that comes back up; a neck too stiff to nod and a lamp that is agony; a spoon
that keeps missing the mouth; a plain pain at the head that explodes out of nowhere, "no
build-up"; and, as near-misses, a relative's event as the subject of a past verb ("Dad's stroke
started with..."), the answer to a question asked ("I asked if he was okay; the answer was..."),
eyelids checked and level, and a sign put down to drink or play and normal again (but a stroke
sign that passes with no such reason stays an emergency). Each with a counterpart that keeps its
level. Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import level_of


@pytest.mark.parametrize("text", [
    "On the phone just now my words came out in the wrong order. Cheek twitching.",
    "Typing a text my words come out backwards since lunch. Eyelid twitching.",
    "Can't finish a sentence without stopping for air, sat up all night. Chest muscles twitching.",
    "A bit of chicken is lodged in my throat and even my spit comes back up. Jaw twitching.",
    "Fever since last night, neck too stiff to look down, and the light is agony. Eye twitching.",
    "Dad's spoon keeps missing his mouth and his face has dropped on one side. He's with me.",
    "Out of nowhere a pain exploded in the top of my head, worst ever. Eyelid twitching.",
    "A pain at the back of my head like being hit by a bat. No build-up, instant. Eye twitching.",
])
def test_emergencies_told_through_a_task_gone_wrong_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    # a stroke sign that passed with no everyday reason is still an emergency (a TIA)
    "My speech was slurred for ten minutes this morning, now it's completely normal. Eyelid twitching.",
    # a relative's event now, told with a past verb of today
    "Mum's stroke started ten minutes ago, she can't speak. She's next to me. My eye twitches.",
    # an answer that is a sign, with no question before it
    "He's with me and his answer was words in the wrong order. His eyelid twitches.",
])
def test_counterparts_stay_emergencies(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "Grandad's stroke began with a drooping mouth, years ago now. My eyelid twitches.",
    "Her Bell's palsy left her lopsided for a while. My cheek twitches, my face moves fine.",
    "After the party my brother asked why I was slurring; I'd had six pints. Today my speech is"
    " fine, just an eyelid twitch.",
    "My son pulled his mouth down on one side, pretending to be a zombie; his face is normal now."
    " My eyelid twitches.",
    "Checked in the mirror: both eyelids level, smile even. Only my lip twitches.",
])
def test_near_misses_are_no_alarm(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)
