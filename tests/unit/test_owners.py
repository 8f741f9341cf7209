"""Another person's possessive just before a site or a medicine (bot.mentions.owners)."""

import pytest

from bot.mentions.owners import owner_before, others_before

PEOPLE = ("mum", "dad", "resident")


def _at(text: str, word: str) -> int:
    return text.lower().index(word)


@pytest.mark.parametrize("text, word, owner", [
    ("his left arm went weak", "arm", "his"),
    ("Dad's face went lopsided", "face", "dad"),
    ("Mum\u2019s right eyelid", "eyelid", "mum"),
    ("their face looked droopy", "face", "their"),
    ("my left arm", "arm", None),
    ("the arm", "arm", None),
])
def test_the_owner_of_a_site(text, word, owner):
    assert owner_before(text.lower(), 0, _at(text, word), "left|right") == owner


@pytest.mark.parametrize("text, word, theirs", [
    ("Mum's new sertraline", "sertraline", True),
    ("the resident's usual tramadol", "tramadol", True),
    ("her regular citalopram", "citalopram", True),
    ("the GP's new sertraline", "sertraline", False),  # a GP is no one taking it
    ("my new sertraline", "sertraline", False),
    # the qualifier belongs to the caller: a medicine's words do not pass for a site's
    ("Dad's usual arm", "arm", False),
])
def test_another_persons_word(text, word, theirs):
    qualifiers = "new|usual|regular" if word != "arm" else "left|right"
    assert others_before(text.lower(), 0, _at(text, word), qualifiers, PEOPLE) is theirs


def test_nothing_is_read_before_the_start():
    text = "his. arm"
    assert owner_before(text, 0, _at(text, "arm"), "left|right") is None
    text = "his arm"
    assert owner_before(text, 4, _at(text, "arm"), "left|right") is None
