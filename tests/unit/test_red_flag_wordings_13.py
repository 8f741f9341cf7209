"""Red-flag round 13, from the false emergencies of the fourteenth and fifteenth held-out sets, as
classes:
- an episode that is over: a relative's sign dated by a festival or by their age now and said to
  be fine or recovering ("had a fit at 2, she's 9 now and fine"), a choking that was coughed up
  ("choked on a crisp, coughed it up, fine"), the user's own episode with "did" ("I did pass out
  once, back in 2009"), or told as a bare noun in a sentence dated years back and closed by "fine
  ever since";
- a family-history list ("FHx: mum - stroke at 65");
- a relative's lasting decline beside their named illness ("can't swallow properly anymore");
- questions: "could <up to five words> make me have a seizure?", "is it a stroke or bell's
  palsy?", "how breathless is too breathless?".
Each class has its counterpart that stays an alarm. Every sentence here is written for this test,
none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.mentions import find_mentions
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    # a relative's episode dated by a festival or their age now, and over
    "my nephew had a febrile fit at 2, he's 9 now and totally fine. my eyelid twitches",
    "my mum had a stroke over Easter, she's recovering at home now. my thumb keeps twitching",
    "my uncle collapsed during Diwali and was in hospital a week, fully recovered. calf twitching",
    # a choking that was coughed up
    "choked on a crisp at lunch, coughed it up and was fine. then my eyelid started twitching",
    "my husband choked on a fishbone at Eid dinner, it came up with a cough, he's fine. my lip "
    "twitches",
    # the user's own episode, over
    "I did pass out once, but that was back in 2009 after giving blood. my calf twitches now",
    "in 2010, concussion playing rugby, vomiting and muddled for an evening, fine ever since. "
    "thigh twitching this week",
    # a family-history list
    "FHx: mum - stroke at 65, dad - epilepsy. me: eyelid twitch for a week, nothing else",
    # a relative's lasting decline beside their named illness
    "my nan in the nursing home has dementia and can't swallow properly anymore, she's on "
    "pureed food. my cheek twitches",
    # questions about signs
    "could the overtime at the warehouse give me a stroke? my eyelid won't stop",
    "when half the face sags, is it a stroke or bell's palsy? only asking, my eyelid flickers",
    "how breathless is too breathless when I jog? my ribs twitch afterwards",
])
def test_an_episode_that_is_over_or_a_question_is_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    # a relative's episode minutes ago stays, even when they seem fine now
    "my son had a seizure 10 minutes ago at his party, he's fine now but sleepy",
    # a choking that goes on
    "choked on a grape and still can't breathe properly",
    "my dad choked on his dinner and is going blue",
    # the user's own episode, recent
    "I did pass out this morning in the shower",
    "hit my head on the cupboard an hour ago and I've been sick twice and feel confused",
    # a relative's illness with a new sign
    "my mum has MS and since this morning she can't swallow at all",
    # a sign present beside the question
    "my face dropped on one side suddenly, is it a stroke or bell's palsy?",
    "I'm so breathless I can't finish a sentence, how breathless is too breathless?",
])
def test_episodes_going_on_now_still_are_emergencies(text):
    assert _level(text) is Level.emergency


def test_a_term_asked_about_is_kept_as_a_question_not_dropped():
    """So a classifier's guess of an emergency on "what's the difference between passing out and
    feeling faint?" is withdrawn (bot.components.clinical_extractor)."""
    mentions = [m for m in find_mentions("what's the difference between passing out and "
                                         "feeling faint?") if m.value == "loss_of_consciousness"]
    assert mentions and all(m.hypothetical for m in mentions)


# Round 13, second part: present signs the fourteenth and fifteenth sets told in words the rules
# did not know, as classes.
@pytest.mark.parametrize("text", [
    # a bare temperature reading followed by a comma, with a neck that will not bend
    "been shivering all night, 39.4, and my neck won't bend forward. eyelid twitching",
    "38.9, can't get my chin anywhere near my chest, the light is killing my eyes",
    # spots on the user's own body, found by someone else
    "temperature 39, my boyfriend found purple spots on my back that don't fade when pressed",
    # a head pain told by the skull or a bang, sudden and the worst
    "lifting the shopping and suddenly a bang at the back of my head, never felt anything like "
    "it, 20 minutes ago",
    "at the gym it felt like my skull split open, in one second, worst ever, been sick",
    # slow to come round, a fit that would not stop
    "my grandad went limp in his chair and didn't come round for about a minute",
    "her fit wouldn't stop so we gave the buccal midazolam, my thumb twitches",
    # a ball headed, then sick and muddled
    "headed the ball in the match an hour ago and now I keep throwing up",
    # a throat that will not let even spit down, breath a few words at a time
    "I can't even get my own spit down since the fishbone, eyelid twitching",
    "my son is wheezy and only manages two or three words at a time",
])
def test_signs_told_in_new_words_are_emergencies(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "my eyelid keeps falling and I have to lift it with my finger to see the screen",
    "my tongue looks thinner on the left with grooves along it, and it flickers",
    "my fingers are not having strength to open a jar since last month",
])
def test_lasting_signs_told_in_new_words_are_urgent(text):
    assert _level(text) is Level.urgent


@pytest.mark.parametrize("text", [
    # small spots are no wasting, an ordinary reading is no fever, a friend's visit is no faint
    "small red spots on my legs after shaving, calf twitching",
    "my temperature was 36.9, all normal, eyelid twitches",
    "my brother didn't come round for dinner, so I'm on my own with this eyelid twitch",
    "headed the ball all match and feel fine, calf twitching after",
])
def test_their_near_misses_stay_below_an_alarm(text):
    assert _level(text) not in (Level.emergency, Level.urgent)
