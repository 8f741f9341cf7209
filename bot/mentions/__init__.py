"""Find what a message names (body parts, triggers, symptoms, conditions, red-flag phrases,
durations, frequencies) and decide, for each mention, whether it is asserted, negated,
hypothetical or history (someone else's past illness, or the user's past diagnosis).

Names come from the entity ruler of the project's spaCy pipeline (bot/nlp.py, built from the
knowledge base); their context comes from medspaCy's ConText with our rules. Durations and
frequencies are read by bot.durations. Safety bias: when in doubt a symptom counts as present.

mentions_from_doc runs the passes in order, each in its own module:
- base: the Mention, how an entity becomes one, the clause and time words the passes share;
- patterns: signs read from a pattern (a temperature, a blow to the head...), abilities that
  deny a sign, the thunderclap headache;
- questions: signs asked about, answered "no" or said of the generic "you";
- relayed: signs inside quoted words (a chain post's, the user's old message, someone else's);
- history: signs that are over (someone's past, the user's long gone episode, an old deficit);
- elsewhere: signs not happening here and now to a person (far away in care, a pet, a dream, a
  list or a study case, the dentist's numbness);
- figures: figures of speech that name a sign nobody has ("this is giving me a stroke");
- settled: medicines long taken at the same dose, or someone else's (no suspected cause of
  the user's new twitch);
- onsets: when a sign began (suddenly, minutes ago);
- twitch_scope: which sites and durations are the user's twitch.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, List, TypeVar

if TYPE_CHECKING:  # spaCy is only imported where text is parsed (the Rasa server, tests)
    from spacy.tokens import Doc

from bot import durations
from bot.mentions.base import (CONTEXT_KINDS, NOW_CUE, Mention, _asked_about, _clause,
                               _from_entity, _inner, sentence_at)


from bot.mentions.figures import _figures_of_speech
from bot.mentions.elsewhere import (_dental_numbness, _dreams_lists_and_cases, _medicines_not_started,
                                    _not_a_person_now, _old_ones,
                                    _others_elsewhere, _their_signs_not_now)
from bot.mentions.history import (PAST_TIME, STILL_NOW, _cleared_choking, _history_subjects,
                                  _normal_again, _others_past, _own_past, _panic_passed,
                                  _febrile_fits_past, _sorted_since, _their_illness_signs,
                                  _past_episodes, _topics_dated, _unchanged_signs)


from bot.mentions.onsets import ONSET_CUE, _onsets
from bot.mentions.patterns import (IF_BEFORE, _abilities, _cold_fingers, _discharged_home,
                                   _faint_as_pale, _breathed_in,
                                   _held_unsteady, _moved_in, _not_unresponsive, _own_waking,
                                   _seized_goods,
                                   _pattern_signs,
                                   _eyes_shut_on_purpose, _glass_test_clear, _shaking_someone,
                                   _thunderclaps)


from bot.mentions.questions import (_answered_no, _answered_past, _denial_taken_back,
                                    _deny_subjects, _generic_you,
                                    _denied_lists, _none_of_those, _on_my_body, _owned_after_asking,
                                    _sign_asked_about)


from bot.mentions.relayed import _quoted_signs
from bot.mentions.settled import _parts_treated, _settled_medicines, _their_medicines
from bot.mentions.twitch_scope import _twitch_scope

# what other modules read (bot.suspicion reads the time cues too)
__all__ = ["Mention", "asserted", "find_mentions", "mentions_from_doc", "IF_BEFORE", "NOW_CUE",
           "ONSET_CUE", "PAST_TIME", "STILL_NOW", "_clause", "sentence_at"]


def _not_overlapping(found: List[Mention], extra: List[Mention]) -> List[Mention]:
    """The `extra` mentions whose words no `found` mention already covers."""
    taken = [(m.start, m.end) for m in found]
    return [m for m in extra if not any(start < m.end and m.start < end for start, end in taken)]


# The vocabulary's mentions a sign read from a pattern takes, inside its own words (None: all):
# - a fit told as it looks takes the words it is made of ("went stiff ... then shook" is no
#   stiffness and tremor);
# - a blow to the head takes a headache read in its words ("banged the back of my head" is no
#   headache; round 18), but not the vocabulary's own head injury, whose context ConText has
#   read ("i havent hit my head");
# - a limb's weakness takes the droop read in its words ("my arm just sagged"; round 54);
# - light that "is agony" takes the pain read in its words (round 62: "the stage spots are
#   agony" is light that hurts, no severe pain of a body part).
TAKES_WORDS = {"seizure": None, "head_injury": {"headache"},
               # (round 75: an arm that "sinks" and won't stay up is weak, not wasted)
               "weakness": {"drooping_eyelid", "muscle_wasting"},
               "light_sensitivity": {"severe_pain", "pain"}}


def _taken_by_a_pattern(mention: Mention, extra: List[Mention]) -> bool:
    return any(e.start <= mention.start and mention.end <= e.end
               and (TAKES_WORDS[e.value] is None or mention.value in TAKES_WORDS[e.value])
               for e in extra if e.value in TAKES_WORDS)


def mentions_from_doc(doc: Doc) -> List[Mention]:
    """Mentions in a document processed by the pipeline of bot/nlp.py, in reading order."""
    mentions: List[Mention] = []
    for span in doc.ents:
        mention = _from_entity(span)
        if span.label_ in CONTEXT_KINDS and _asked_about(span):
            # kept as a question, so a classifier's red-flag guess on it is withdrawn
            mention = replace(mention, hypothetical=True, asked=True)
        mentions.append(mention)
        mentions.extend(_inner(span, mention))
    text = doc.text
    numeric = [("duration", s) for s in durations.find_durations(text)]
    numeric += [("frequency", s) for s in durations.find_frequencies(text)]
    mentions += _not_overlapping(mentions, [Mention(kind, span.value, span.start, span.end,
                                                    span.text) for kind, span in numeric])
    extra = _abilities(text) + _pattern_signs(text)
    mentions = [m for m in mentions if not _taken_by_a_pattern(m, extra)]
    mentions += _not_overlapping(mentions, extra)
    mentions = [m for m in mentions if not (_not_unresponsive(m, text) or _own_waking(m, text)
                                            or _moved_in(m, text)
                                            or _held_unsteady(m, text) or _cold_fingers(m, text)
                                            or _discharged_home(m, text)
                                            or _shaking_someone(m, text)
                                            or _eyes_shut_on_purpose(m, text)
                                            or _seized_goods(m, text)
                                            or _faint_as_pale(m, text)
                                            or _breathed_in(m, text))]
    # a glass test with no rash found is a sign checked and denied (so a classifier's guess of
    # it is withdrawn too)
    mentions = [replace(m, negated=True) if _glass_test_clear(m, text) else m for m in mentions]
    ordered = sorted(mentions, key=lambda m: m.start)
    ordered = _sign_asked_about(_generic_you(ordered, text), text)
    ordered = _deny_subjects(_answered_no(_on_my_body(ordered, text), text), text)
    ordered = _owned_after_asking(_answered_past(_denial_taken_back(ordered, text), text), text)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    ordered = _topics_dated(_old_ones(_quoted_signs(ordered, text), text), text)
    ordered = _past_episodes(_others_past(ordered, text, sentences), text, sentences)
    ordered = _cleared_choking(_own_past(ordered, text, sentences), text, sentences)
    ordered = _normal_again(_unchanged_signs(ordered, text, sentences), text, sentences)
    ordered = _sorted_since(_panic_passed(ordered, text, sentences), text, sentences)
    ordered = _their_illness_signs(_febrile_fits_past(ordered, text, sentences), text, sentences)
    ordered = _others_elsewhere(_not_a_person_now(ordered, text), text, sentences)
    ordered = _their_signs_not_now(ordered, text, sentences)
    ordered = _dreams_lists_and_cases(_dental_numbness(ordered, text, sentences), text, sentences)
    ordered = _settled_medicines(_medicines_not_started(ordered, text), text, sentences)
    ordered = _parts_treated(_their_medicines(ordered, text), text)
    ordered = _figures_of_speech(_none_of_those(_denied_lists(ordered, text), text, sentences),
                                 text)
    ordered = _history_subjects(ordered, text)
    ordered = _twitch_scope(_onsets(ordered, text, sentences), text, sentences)
    return _thunderclaps(ordered, text, sentences)


def find_mentions(text: str) -> List[Mention]:
    """Mentions in the user's own spelling and offsets (bot.nlp.parse_message parses in lower
    case, with texting shorthand spelled out)."""
    from bot.nlp import parse_message

    text = text or ""
    doc = parse_message(text)
    return in_original(doc, text, mentions_from_doc(doc))


Spanned = TypeVar("Spanned")  # a frozen dataclass with start, end and text: Mention, Suspicion


def in_original(doc: Doc, text: str, spans: List[Spanned]) -> List[Spanned]:
    """Mentions (or suspicions) of a doc bot.nlp.parse_message made, in the offsets and spelling
    of `text`."""
    from bot.nlp import original_span

    out = []
    for span in spans:
        start, end = original_span(doc, span.start, span.end)
        out.append(replace(span, start=start, end=end, text=text[start:end]))
    return out


def asserted(mentions: List[Mention], kind: str) -> List[str]:
    """Ids of one kind that the message asserts, in order, without repeats."""
    seen: List[str] = []
    for mention in mentions:
        if mention.kind == kind and mention.asserted and str(mention.value) not in seen:
            seen.append(str(mention.value))
    return seen
