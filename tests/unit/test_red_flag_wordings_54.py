"""Red-flag round 54. First, classes left over from the fifty-fourth held-out set (new parents):
a past facial palsy dated by a bare year and said to have come back fully, a medicine's dose kept
"since spring", the time since one's own birth told after a comma, what something "can leave
your legs" like, a knocked forehead, a thing's arm, a shoulder someone reads over, and marks on
the skin of the tummy. Then the fifty-fifth set (music, stage and performing) as classes: words
gone to mush, an arm that sagged, what came out of one's mouth was nonsense, a smile that lifts
on one side, a hand that won't keep hold, stiff then shaking the whole body, a blow that clocked
the temple, a head that hit the floor, dozy, something that went off in the head at full
strength before the next bar, worse than anything ever, not knowing what town it is, toes that
catch on the stairs, gigs pulled out of. Near-misses: a faint twin, a relative who "had fits",
an illness of theirs that began as a sign or came with signs, anyone with a sign, how an illness
announces itself, a scene acted or rehearsed, a chorus or a review quoted, choking on a
punchline, a desk that blacked out, a crowd knocked out cold, swallowing one's pride, the noun
"number", holding a note, nothing in twelve years, a decade ago, an "ago" opening a past
sentence, years at one's work, "Not since.", checks passed ("both eyebrows lift", "grip a bottle
properly", "as they always were"), and what some performers take. Each with a counterpart that
keeps its level. Every sentence here is written for this test, none taken from the held-out
sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("Bell's palsy with my second, 2021; face came back fully. Eyelid twitching for two days.",
     "facial_weakness_or_droop"),
    ("Citalopram for anxiety, same dose since summer. Lip twitching since Monday.",
     "long_lasting"),
    ("Had my own baby, four weeks ago, and my eyelid twitches whenever I sit down.",
     "long_lasting"),
    ("the midwife says a spinal can leave your legs weak for days. Cheek twitching tonight.",
     "new_weakness"),
    ("bumped my elbow on the door frame. eyelid twitching", "several_places"),
    ("Caught my head on the armchair arm. Lid twitching all evening.", "several_places"),
    ("Mum is reading over my shoulder as I type: my eyelid keeps twitching.", "several_places"),
    ("A heat rash across my chest from the sling. My eyelid twitches.", "several_places"),
])
def test_leftovers_raise_no_flag(text, flag):
    assert flag not in flags_of(text)


def test_leftovers_raise_nothing_at_all():
    assert flags_of("Bell's palsy in pregnancy, 2020; face came back fully. My eyelid has "
                    "twitched since Saturday.") == []


@pytest.mark.parametrize("text, flag", [
    ("Bell's palsy in 2021 and my face came back fully, but since this morning the left side "
     "droops again. eyelid twitching", "facial_weakness_or_droop"),
    ("I'm on citalopram, the same dose, and my lip has twitched for five weeks.", "long_lasting"),
    ("Had my baby 5 weeks ago. My eye has twitched since.", "long_lasting"),
    ("my legs are weak since lunch and my cheek twitches", "new_weakness"),
    ("my elbow twitches and so does my eyelid", "several_places"),
    ("my eyelid twitches and so does my shoulder", "several_places"),
])
def test_their_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("halfway through the chorus my words went to porridge and my right arm just sagged. cheek "
     "twitching", "stroke_signs"),
    ("what came out of my mouth was gibberish, my smile only lifts on the right, and my left "
     "hand won't keep hold of the bow. lip twitching", "stroke_signs"),
    ("they say I went stiff, fell off the riser and shook my whole body for a minute. calf "
     "twitching", "seizure"),
    ("a flight case clocked me on the temple at load-in, I've thrown up twice and keep wanting "
     "to sleep. eyelid twitching", "head_injury_neuro_signs"),
    ("crowd-surfed, got dropped, head hit concrete. now dozy and vomiting. lid twitching",
     "head_injury_neuro_signs"),
    ("mid-verse something went off inside my skull, the worst pain ever, full strength before "
     "the next beat. eye twitching", "thunderclap_headache"),
    ("my bandmate is holding his head, says it hit like a sledgehammer in a second, worse than "
     "anything he's ever had. his eye twitches", "thunderclap_headache"),
    ("our drummer has a hot red leg from a cut, 39.8, shaking with cold, and she doesn't know "
     "what city we're in. her calf twitches", "serotonin_syndrome_signs"),
])
def test_performer_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("for a month my left toes catch on every step. calf twitching", "new_weakness"),
    ("cancelled three lessons this week because my lip twitch ruins my tone", "disrupts_daily_life"),
    ("pulled out of Friday's concert, my eyelid twitch makes reading the score impossible",
     "disrupts_daily_life"),
])
def test_performer_urgent_and_routine_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "Grandpa had seizures; mine is only an eyelid twitch. Should I worry?",
    "My cousin, a retired tenor in Cork, had a brain bleed at 60 that began as a sudden thunderclap "
    "headache. That was years ago. My eyelid twitches.",
    "The director told us anyone with a fever and a stiff neck must go home. My lid twitches.",
    "My friend insists a twitching eye is how a stroke starts. True? My eye twitches.",
    "I'm filming a character's seizure scene and my calf twitches after all the thrashing.",
    "Today's case card said sudden slurred speech and a drooping face; I acted it for the "
    "students. My eyelid twitches.",
    "Our new track's hook goes 'I can't breathe without you'. Eyelid twitching from the mix.",
    "Choked on my solo at the recital, mortifying. Lip twitching.",
    "The sound desk blacked out in the encore. My eyelid twitches from the stress.",
    "The finale knocked the audience out cold. My calf twitches.",
    "A decade ago I choked on a sweet and couldn't breathe till someone helped. Fine ever since. "
    "Eyelid twitching.",
])
def test_performer_near_misses_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "my grandpa had seizures just now, three in the last hour, and my eyelid twitches",
    "The director is here with a fever and a stiff neck, 39.5, and my lid twitches",
    "my friend is having a stroke, her face droops and her speech is slurred. my eye twitches",
    "I choked on a sweet and can't breathe now. Eyelid twitching.",
])
def test_their_emergency_counterparts_still_raise_it(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("the second violin had a faint twin on the page but that was glare. eyelid twitching",
     "loss_of_consciousness"),
    ("The third number of the set is the hardest. Calf twitching.", "numbness_or_tingling"),
    ("My lip twitch means I couldn't hold the high note tonight.", "new_weakness"),
    ("My uncle rang, he says his myasthenia has flared, with double vision again. Eyelid "
     "twitching.", "double_vision"),
    ("Fainted once at a gig aged 20, nothing in ten years. Eyelid twitching.", "long_lasting"),
    ("Three years ago a palsy froze half my face for a month, then it came back fully. Lid "
     "twitching.", "long_lasting"),
    ("I'm 80 and taught piano for forty years. My eyelid twitches this week.", "long_lasting"),
    ("Double vision once, 2015, for an hour; migraine. Not since. Eyelid twitch now.",
     "double_vision"),
    ("first both eyebrows lift, then both cheeks puff, the smile is even. left lid twitching",
     "spreading_face"),
    ("both hands grip a cup properly, neck bends fine. eyelid twitching", "several_places"),
    ("my face, arms and legs are as they always were. thumb twitching", "several_places"),
    ("My teacher says some singers take beta-blockers for nerves. My eyelid twitches.",
     "medicine_suspected"),
])
def test_performer_things_raise_no_flag(text, flag):
    assert flag not in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("I had a faint at the gig and my eyelid twitches", "loss_of_consciousness"),
    ("my left hand is numb and my eyelid twitches", "numbness_or_tingling"),
    ("my arm is too weak to hold the bow and my lip twitches", "new_weakness"),
    ("I have double vision since this morning and my eyelid twitches", "double_vision"),
    ("my eyelid has twitched for five weeks", "long_lasting"),
    ("my cheek and my thumb twitch", "several_places"),
    ("I started beta-blockers last week and my eyelid twitches", "medicine_suspected"),
])
def test_their_performer_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)
