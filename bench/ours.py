"""Our assistant's benchmark conversations, tagged by what each turn makes Rasa do."""

from __future__ import annotations

from .load import Conversation, Turn

OPENING = "opening"  # first message: action_session_start (custom) + the check-up start
FORM_ANSWER = "form_answer"  # symptom_form: validate_symptom_form on the action server
ASSESSMENT = "assessment"  # last form answer: form validation + action_assess
FOLLOW_UP = "follow_up"  # a question after the assessment: action_define_term
NO_ACTION = "no_action"  # a pure domain response (utter_youre_welcome / utter_greet)

KINDS = [OPENING, FORM_ANSWER, ASSESSMENT, FOLLOW_UP, NO_ACTION]

# bench.run checks once, before measuring, that every turn does what its kind says (from
# the tracker's events), and warns when the NLU or the dialogue has drifted.
CONVERSATIONS: list[Conversation] = [
    [
        Turn("my left eyelid keeps twitching", OPENING),
        Turn("about three days", FORM_ANSWER),
        Turn("several times a day", FORM_ANSWER),
        Turn("way more coffee than usual", FORM_ANSWER),
        Turn("no, nothing else", ASSESSMENT),
        Turn("what is a fasciculation?", FOLLOW_UP),
        Turn("thanks", NO_ACTION),
        Turn("hello", NO_ACTION),
    ],
    [
        Turn("my right eye has been twitching", OPENING),
        Turn("for two weeks", FORM_ANSWER),
        Turn("a few times a day", FORM_ANSWER),
        Turn("stress at work and not enough sleep", FORM_ANSWER),
        Turn("nothing else", ASSESSMENT),
        Turn("what is myokymia?", FOLLOW_UP),
        Turn("thank you", NO_ACTION),
        Turn("hi", NO_ACTION),
    ],
]
