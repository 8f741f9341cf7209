"""Texting shorthand is spelled out before parsing (bot.textese), and whatever the parse finds is
reported in the offsets and spelling of the user's own text."""

import pytest

from bot.mentions import find_mentions
from bot.textese import spell_out


@pytest.mark.parametrize("text, spelled", [
    ("arm numb n words r wrong", "arm numb and words are wrong"),
    ("can it make u pass out", "can it make you pass out"),
    ("had it last yr, never b4", "had it last year, never before"),
    ("twitching rn bc of exams", "twitching right now because of exams"),
    ("no cap my face feels weird", "honestly my face feels weird"),
    ("thumb twitching + numb", "thumb twitching and numb"),
    ("w/ my mum", "with my mum"),
])
def test_shorthand_is_spelled_out(text, spelled):
    assert spell_out(text).text == spelled


@pytest.mark.parametrize("text", [
    "grade n", "n/a", "the u.s. trip", "a u-turn", "idk what it is", "bro my eye twitches",
    "r&b playlist", "5+3", "ordinary words only",
])
def test_what_is_not_shorthand_between_words_stays(text):
    assert spell_out(text).text == text


def test_a_span_of_the_spelled_out_text_maps_back_to_the_original():
    original = "arm numb n words r wrong rn"
    rewrite = spell_out(original)
    assert rewrite.changed
    start = rewrite.text.index("and")
    assert rewrite.original(start, start + 3) == (9, 10)  # "and" is the user's "n"
    start = rewrite.text.index("words")
    assert original[slice(*rewrite.original(start, start + 5))] == "words"
    start = rewrite.text.index("right now")
    assert original[slice(*rewrite.original(start, start + 9))] == "rn"
    assert not spell_out("nothing to spell out").changed


def test_mentions_keep_the_users_offsets_and_spelling():
    text = "Thumb twitching + Pins N Needles in 3 fingers, since b4 xmas"
    mentions = find_mentions(text)
    assert mentions
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
    # "n" spelled "and" inside a vocabulary phrase, reported as the user wrote it
    assert ("symptom", "tingling", "Pins N Needles") in [(m.kind, m.value, m.text)
                                                         for m in mentions]


@pytest.mark.parametrize("text, spelled", [
    # Scots as people type it (round 29)
    ("ma face has drapped and the words are aw coming oot wrong",
     "my face has dropped and the words are all coming out wrong"),
    ("ma arm's gone fae under me, canna lift it", "my arm's gone from under me, can't lift it"),
    # spoken numbers where the screen reads digits: an age, a year, a temperature
    ("had a fit at fifteen, i'm thirty now", "had a fit at 15, i'm 30 now"),
    ("fainted back in twenty eighteen", "fainted back in 2018"),
    ("temperature thirty nine point four", "temperature 39.4"),
    ("a fever of a hundred and three", "a fever of 103"),
])
def test_dialect_and_spoken_numbers_are_spelled_out(text, spelled):
    assert spell_out(text).text == spelled


@pytest.mark.parametrize("text", [
    # a mother's face, a plain "aw", counts and lengths in words, a clock time
    "ma's face looks odd", "aw that's sad", "twitching for twenty two days", "two of everything",
    "i'm one of them", "at twenty past six", "twenty five minutes ago",
])
def test_words_that_are_no_dialect_or_spoken_number_stay(text):
    assert spell_out(text).text == text
