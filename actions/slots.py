"""Slot names shared by the actions (the contract in ../shared/DESIGN.md)."""

BODY_PART = "body_part"
DURATION = "duration"
FREQUENCY = "frequency"
TRIGGERS = "triggers"
ASSOCIATED_SYMPTOMS = "associated_symptoms"
ABSENT_SYMPTOMS = "absent_symptoms"
RED_FLAGS = "red_flags"
TRIAGE_LEVEL = "triage_level"
ASSESSED_FACTS = "assessed_facts"
REQUESTED_SLOT = "requested_slot"
SETTLED_MEDICINES = "settled_medicines"  # long taken at one dose (bot/mentions/settled.py)
PENDING_RED_FLAG = "pending_red_flag"  # whose check question is asked (bot/suspicion.py)

FORM_SLOTS = [BODY_PART, DURATION, FREQUENCY, TRIGGERS, ASSOCIATED_SYMPTOMS]
UNKNOWN = "unknown"
