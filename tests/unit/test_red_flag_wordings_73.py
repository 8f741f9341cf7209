"""Red-flag round 73: the seventy-third held-out set (libraries, museums, galleries and the arts) as
classes. Signs: one quoted word that can't be got out; "jerking" as the last item of a list of new
signs after two serotonin-raising medicines. Near-misses: a relative far away whose sign is "stable
now", whose Bell's palsy is named, or whose sign is being checked; a role played on stage and what
befalls it; a poem's quoted words and a book's title; what a portrait shows; "nothing wrong with"
a list of parts; a move of house or work. Each with a counterpart that keeps its level. Every
sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


def test_a_quoted_word_that_cannot_be_got_out_with_a_dropped_thing_is_a_stroke_sign():
    text = "Can't get 'renewal' out, and my left hand just dropped the stamp. Eyelid twitching."
    assert level_of(text) is Level.emergency
    assert "stroke_signs" in flags_of(text)


def test_jerking_at_the_end_of_a_list_after_a_mix_is_serotonin_syndrome():
    text = "Sertraline and a sumatriptan this morning, now sweaty, trembling, jerking. Calf twitching."
    assert level_of(text) is Level.emergency
    assert "serotonin_syndrome_signs" in flags_of(text)


@pytest.mark.parametrize("text", [
    "My uncle had a seizure in Accra on Monday, stable now. I'm in Leeds and my eyelid twitches.",
    "Mum in Perth has Bell's palsy. I'm in Glasgow, my lid keeps twitching.",
    "Auntie in Lahore is getting her double vision looked at. I'm in Dallas, eyelid twitching.",
    "I'm playing Ophelia, who collapses in the fourth act, and rehearsals run late. Cheek twitching.",
    "The anthology is titled 'Seizure' and one poem has a line about a city that 'can't breathe' "
    "in the smog. My eyelid twitches.",
    "Restoring an old portrait: the sitter has a drooping lid and a crooked smile. My own eyelid "
    "twitches from the close work.",
    "Nothing wrong with my speech or my face or my arms, but my eyelid has twitched for a week.",
    "Packing crates all week for the museum's move to the new wing, and my eyelid twitches.",
])
def test_arts_near_misses_raise_no_acute_flag(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, level", [
    # a relative's seizure today is no older for being far away: it is news of now
    ("My uncle in Accra is having a seizure right now, his wife is on the phone. I'm in Leeds, "
     "eyelid twitching.", Level.emergency),
    # a partner at the user's side with their Bell's palsy's face dropping this morning
    ("My wife's face dropped on one side this morning, she's next to me. My eyelid twitches.",
     Level.urgent),
    # playing cards with someone who collapses is no role
    ("I'm playing cards with Grandad, who has just collapsed in the show tent. Eyelid twitching.",
     Level.emergency),
    # a live sitter at a life class is a person in the room
    ("At the life class the sitter has just collapsed off her stool. My eyelid twitches.",
     Level.emergency),
    # a painter whose own face droops keeps it
    ("I'm painting a portrait and my own face is drooping on one side. Eyelid twitching.",
     Level.urgent),
    # "nothing wrong" that stops short of a sign told after it
    ("Nothing wrong with my arms, but my face has dropped on one side since lunch. Lid "
     "twitching.", Level.emergency),
])
def test_arts_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
