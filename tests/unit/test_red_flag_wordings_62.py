"""Red-flag round 62: the sixty-third held-out set (fashion, retail and design) as classes. Signs:
"words won't come", "nonsense came out", an arm that "hangs off me like a wet sleeve"; a box that
toppled onto a head, a "nasty knock to the forehead", walking "face first into" a beam; "next
thing, me on the floor"; a reading "on thermometer" without "the", stage spots that "are agony"
(light that hurts, no severe pain);
sweating and shaking once a triptan joins an SSRI; a headache that "went off at the back of my
head", "never worse", "nothing has ever hurt like it", "none of them came close"; a hand that
"won't close the scissors"; a foot that "has started catching"; a lid that "covers half my
pupil"; "one eye shut, it's single"; a twitch "busier each shift day"; a twitch that "shuts my
eyelid completely"; "hasn't been able to get anything down", gagging on one's own spit; nonsense
talked "about" something dated last year.
Near-misses: a relative's old flare-up with its signs listed after a colon, a relative's lasting
sign "since her stroke" or "from her thyroid", a supposition told and then asked about ("Say ...
What would that mean?"), a play about someone who has a stroke, a fashion season "since the
autumn/winter deadline", new faces, a dummy's drooping head, stiff canvas, a print run "seeing
double", a till that froze and "went unconscious". Each with a counterpart that keeps its level.
Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("Since twenty minutes ago the words won't come. Eyelid twitching.", "stroke_signs"),
    ("Half an hour ago I went to answer a customer and nonsense came out. Cheek twitching.",
     "stroke_signs"),
    ("Since half an hour ago my right arm hangs off me like a wet sleeve. Cheek twitching.",
     "stroke_signs"),
    ("A box toppled onto my head in the stockroom; an hour later I've been sick twice and keep "
     "dozing off. Lip twitching.", "head_injury_neuro_signs"),
    ("Nasty knock to the forehead on a shelf this morning, and now I'm vomiting. Eye twitching.",
     "head_injury_neuro_signs"),
    ("Walked face first into a beam at the warehouse, and since then I've thrown up three times. "
     "Eyelid twitching.", "head_injury_neuro_signs"),
    ("Felt the room tilt; next thing, me on the floor by the counter. Calf twitching.",
     "loss_of_consciousness"),
    ("39 on thermometer and a stiff neck. Lip twitching.", "meningitis_signs"),
    ("The stage spots are agony and my neck won't bend. Lip twitching.", "meningitis_signs"),
    ("On sertraline and started a triptan yesterday: sweating buckets, shaky all over. Eyelid "
     "twitching.", "serotonin_syndrome_signs"),
    ("A headache went off at the back of my head as I bent down, the worst I've had. Eyelid "
     "twitching.", "thunderclap_headache"),
    ("Head went bang while I was ironing, peaked in seconds, never worse. Lip twitching.",
     "thunderclap_headache"),
    ("I get migraines, but this one hit in a second and none of them came close. Eyelid "
     "twitching.", "thunderclap_headache"),
    ("My sister just grabbed her head at the counter: the pain came on in a second, nothing has "
     "ever hurt like it. Her eyelid twitches. She's with me now.", "thunderclap_headache"),
    ("My dad hasn't been able to get anything down since breakfast and gags on his own spit. His "
     "cheek twitches. He's beside me now.", "swallowing_trouble"),
    ("My wife's next to me with 39.6 and she's talking nonsense about a trip we took last year. "
     "Hands twitching.", "stroke_signs"),
])
def test_shop_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("My left hand won't close the scissors any more, they fall open. Thumb twitching.",
     "new_weakness"),
    ("Over ten days my left foot has started catching on the stairs. Calf twitching.",
     "new_weakness"),
    ("For a week, by each evening my right eyelid covers half my pupil. Lid twitching.",
     "facial_weakness_or_droop"),
    ("Since this morning the price labels are doubled; one eye shut, it's single. Lid twitching.",
     "double_vision"),
])
def test_shop_urgent_signs_are_caught(text, flag):
    assert level_of(text) is Level.urgent
    assert flag in flags_of(text)


def test_a_twitch_busier_each_day_is_worsening():
    assert "worsening_or_spreading" in flags_of("My thumb twitch gets busier each shift day.")


def test_a_lid_shut_completely_is_read_beside_other_peoples_faces():
    text = ("I serve customers all day and watch their faces, but my twitch shuts my eyelid "
            "completely for a second, over and over.")
    assert "eyelid_closes_completely" in flags_of(text)


@pytest.mark.parametrize("text", [
    "My aunt in Accra had an MS flare-up in the spring: numb legs, double vision, a week on a "
    "ward. She's well now. My eyelid has twitched since Tuesday.",
    "Nan in Kingston can't swallow well since her stroke. Why does my lid twitch?",
    "My brother in Cebu has double vision from his thyroid and is being treated for it. My eyelid "
    "twitches. Linked?",
    "Say my twitching thumb started to waste away. What would that mean?",
    "I'm making costumes for a musical about a man who has a seizure. How would he fall? My eye "
    "twitches.",
    "Since the autumn/winter deadline my eyelid has twitched, about five days now.",
    "My eyelid has twitched since Monday, probably all the new faces at work.",
    "The dummy's head keeps drooping off its stand; my eyelid keeps twitching.",
    "This canvas is so stiff it stands up alone. Wrist twitching from sewing it.",
    "The print run is seeing double: the black screen slipped. Eyelid twitching.",
    "The card machine froze mid sale and basically went unconscious. Eyelid twitching.",
])
def test_shop_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # a relative's sign that is new today, not since an old illness
    ("Nan can't swallow since lunch and is sitting with me now. Her lid twitches.",
     "swallowing_trouble"),
    # a supposition asked in its own sentence does not hide a sign told as the user's
    ("My calf has shrunk since spring and twitches. What would that mean?", "muscle_wasting"),
    # the spring as a time still dates the twitch
    ("My eyelid has twitched since the spring.", "long_lasting"),
    # a person's drooping face is no dummy's
    ("My face keeps drooping on the left since an hour ago. Eyelid twitching.",
     "facial_weakness_or_droop"),
    # a person who went unconscious is no till
    ("My colleague went unconscious at the till a minute ago. Her eyelid twitches.",
     "loss_of_consciousness"),
])
def test_shop_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)


def test_one_serotonergic_medicine_is_no_mix():
    """Sweating and shaking on one SSRI taken for years are common side effects, not the
    reaction a second serotonergic drug brings (the assistant asks about fever instead)."""
    text = "On sertraline for years; today I'm sweating buckets and shaky. Eyelid twitching."
    assert "serotonin_syndrome_signs" not in flags_of(text)
