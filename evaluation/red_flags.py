"""Red-flag recall and false alarms on the development set and 46 held-out sets, apart:
- development: tests/nlu/red_flag_cases.yml, used while the rules were written (not a fair
  held-out measure any more);
- held-out (1st, partly used for development): tests/nlu/red_flag_holdout.yml, written before
  the first issue-4 rule changes; its misses were fixed in the red-flag round;
- held-out (2nd, used for development in round 3): tests/nlu/red_flag_holdout_2.yml, written
  before the red-flag round's rule changes; its misses are fixed in the third rule round;
- held-out (3rd, used for development in round 4): tests/nlu/red_flag_holdout_3.yml, written
  before the third rule round by someone who had not read the rules; its misses are fixed in the
  fourth rule round;
- held-out (4th, used for development in round 5): tests/nlu/red_flag_holdout_4.yml, written
  before the fourth rule round by someone who had not read the rules; its misses are fixed in the
  fifth rule round;
- held-out (5th, used for development in round 6): tests/nlu/red_flag_holdout_5.yml, written
  before the fifth rule round by someone who had not read the rules;
- held-out (6th, used for development in round 6): tests/nlu/red_flag_holdout_6.yml, written
  before the sixth rule round by someone who had not read the rules; its baseline was measured
  before any rule saw it;
- held-out (7th, used for development in round 7): tests/nlu/red_flag_holdout_7.yml, written
  blind while the sixth round was made, and first measured after it;
- held-out (8th, used for development in round 8): tests/nlu/red_flag_holdout_8.yml, written
  blind after the sixth round, and first measured after the seventh;
- held-out (9th, used for development in round 9): tests/nlu/red_flag_holdout_9.yml, written
  blind after the seventh round, and first measured after the eighth;
- held-out (10th, used for development in round 10): tests/nlu/red_flag_holdout_10.yml, written
  blind after the seventh round, and first measured after the ninth;
- held-out (11th, used for development in round 10): tests/nlu/red_flag_holdout_11.yml, written
  blind after the ninth round, and first measured with the learned safety net (bot.sign_model),
  before round 10;
- held-out (12th, used for development in round 11): tests/nlu/red_flag_holdout_12.yml, written
  blind after the ninth round, and first measured after round 10 with the learned safety net;
- held-out (13th, used for development in round 12): tests/nlu/red_flag_holdout_13.yml, written
  blind after the tenth round, and first measured after round 11;
- held-out (14th, measured after round 12): tests/nlu/red_flag_holdout_14.yml, written blind
  after the eleventh round, first measured after round 12;
- held-out (15th, measured after round 12): tests/nlu/red_flag_holdout_15.yml, written blind
  after the twelfth round, first measured after round 12 (the false emergencies of both shaped
  round 13, and the learned safety net learns from both);
- held-out (16th, used for development in round 14): tests/nlu/red_flag_holdout_16.yml, written
  blind after the twelfth round, first measured after round 13; its false emergencies and false
  alarms shaped round 14;
- held-out (17th, used for development in round 15): tests/nlu/red_flag_holdout_17.yml, written
  blind after the thirteenth round, first measured after round 14; its misses and false
  emergencies shaped round 15;
- held-out (18th, used for development in round 16): tests/nlu/red_flag_holdout_18.yml, written
  blind after the fourteenth round, first measured after round 14 and again after round 15 (the
  same levels); its misses and false emergencies shaped round 16;
- held-out (19th, used for development in round 17): tests/nlu/red_flag_holdout_19.yml, written
  blind after the fifteenth round, first measured after round 16; its misses and false
  emergencies shaped round 17;
- held-out (20th, used for development in round 18): tests/nlu/red_flag_holdout_20.yml, written
  blind after the sixteenth round, first measured after round 17; its misses and false alarms
  shaped round 18;
- held-out (21st, used for development in round 19): tests/nlu/red_flag_holdout_21.yml, written
  blind after the seventeenth round, first measured after round 18; its misses and false
  emergencies shaped round 19;
- held-out (22nd and 23rd, used for development in round 20): tests/nlu/red_flag_holdout_22.yml
  (voice-to-text, very short and anxious messages) and red_flag_holdout_23.yml (long messages),
  written blind after the eighteenth round, first measured after round 19; their misses and
  false emergencies shaped round 20;
- held-out (24th, used for development in round 21): tests/nlu/red_flag_holdout_24.yml, written
  blind after the nineteenth round, first measured after round 20; its misses and false
  emergencies shaped round 21;
- held-out (25th, used for development in round 22): tests/nlu/red_flag_holdout_25.yml, written
  blind after the twentieth round, first measured after round 21; its misses and false
  emergencies shaped round 22;
- held-out (26th, used for development in round 23): tests/nlu/red_flag_holdout_26.yml, written
  blind after the twenty-first round, first measured after round 22; its misses and false
  emergencies shaped round 23;
- held-out (27th, used for development in round 24): tests/nlu/red_flag_holdout_27.yml, written
  blind after the twenty-second round, first measured after round 23; its misses and false
  emergencies shaped round 24;
- held-out (28th, used for development in round 25): tests/nlu/red_flag_holdout_28.yml, written
  blind after the twenty-third round, first measured after round 24; its misses and false
  emergencies shaped round 25;
- held-out (29th, used for development in round 26): tests/nlu/red_flag_holdout_29.yml, written
  blind after the twenty-fourth round, first measured after round 25; its misses and false
  emergencies shaped round 26;
- held-out (30th, used for development in round 27): tests/nlu/red_flag_holdout_30.yml, written
  blind after the twenty-sixth round, first measured after round 26; its misses and false
  emergencies shaped round 27;
- held-out (31st, used for development in round 28): tests/nlu/red_flag_holdout_31.yml, written
  blind after the twenty-seventh round, first measured after round 27; its misses and false
  emergencies shaped round 28;
- held-out (32nd, used for development in round 29): tests/nlu/red_flag_holdout_32.yml, written
  blind during the twenty-eighth round (by a writer who never read the rules), first measured
  after round 28; its misses and false emergencies shaped round 29;
- held-out (33rd, used for development in round 30): tests/nlu/red_flag_holdout_33.yml, written
  blind after the twenty-ninth round, first measured after round 29; its misses and false
  emergencies shaped round 30;
- held-out (34th, used for development in round 31): tests/nlu/red_flag_holdout_34.yml, written
  blind during the thirtieth round, first measured after round 30; its misses and false
  emergencies shaped round 31;
- held-out (35th, used for development in round 32): tests/nlu/red_flag_holdout_35.yml, written
  blind during the thirty-first round, first measured after round 31; its misses and false
  emergencies shaped round 32;
- held-out (36th, used for development in round 33): tests/nlu/red_flag_holdout_36.yml, written
  blind during the thirty-second round, first measured after round 32; its misses and false
  emergencies shaped round 33;
- held-out (37th, used for development in round 34): tests/nlu/red_flag_holdout_37.yml, written
  blind during the thirty-third round, first measured after round 33; its misses and false
  emergencies shaped round 34;
- held-out (38th, used for development in round 35): tests/nlu/red_flag_holdout_38.yml, written
  blind during the thirty-fourth round, first measured after round 34; its misses and false
  emergencies shaped round 35;
- held-out (39th, used for development in round 36): tests/nlu/red_flag_holdout_39.yml, written
  blind after the thirty-fifth round, first measured after round 35; its misses and false
  emergencies shaped round 36;
- held-out (40th, used for development in round 37): tests/nlu/red_flag_holdout_40.yml, written
  blind during the thirty-sixth round, first measured after round 36; its misses and false
  emergencies shaped round 37;
- held-out (41st, used for development in round 39): tests/nlu/red_flag_holdout_41.yml, written
  blind after the thirty-seventh round, first measured after round 38 (rounds 38 and 39 are
  this file's next two rounds: 38 from older sets' last silent misses); its misses and false
  alarms shaped round 39;
- held-out (42nd, used for development in round 41): tests/nlu/red_flag_holdout_42.yml, written
  blind after the thirty-ninth round, first measured after round 40; its false emergencies and
  false alarms shaped round 41;
- held-out (43rd, used for development in round 42): tests/nlu/red_flag_holdout_43.yml, written
  blind after the forty-first round, first measured after round 41; its misses and false
  emergencies shaped round 42;
- held-out (44th, used for development in round 43): tests/nlu/red_flag_holdout_44.yml, written
  blind after the forty-second round, first measured after the first part of round 43; its
  misses and false emergencies shaped the rest of round 43;
- held-out (45th, used for development in round 44): tests/nlu/red_flag_holdout_45.yml, written
  blind after the forty-third round, first measured after the first part of round 44; its
  misses and false emergencies shaped the rest of round 44;
- held-out (46th, used for development in round 45): tests/nlu/red_flag_holdout_46.yml, written
  blind after the forty-fourth round, first measured after it; its misses and false
  emergencies shaped round 45;
- held-out (47th, used for development in round 46): tests/nlu/red_flag_holdout_47.yml, written
  blind after the forty-fifth round, first measured after the first part of round 46 (46a, from
  older sets' gaps); its misses and false emergencies shaped the rest of round 46;
- held-out (48th, used for development in round 47): tests/nlu/red_flag_holdout_48.yml, written
  blind after the forty-sixth round, first measured after it; its misses and false emergencies
  shaped round 47;
- held-out (49th, used for development in round 48): tests/nlu/red_flag_holdout_49.yml, written
  blind after the forty-seventh round, first measured after it; its misses and false alarms
  shaped round 48;
- held-out (50th, used for development in round 49): tests/nlu/red_flag_holdout_50.yml, written
  blind after the forty-eighth round, first measured after it; its misses and false alarms
  shaped round 49;
- held-out (51st, used for development in round 50): tests/nlu/red_flag_holdout_51.yml, written
  blind after the forty-ninth round, first measured after it and the settled-medicine change;
  its misses and false alarms shaped round 50;
- held-out (52nd, used for development in round 51): tests/nlu/red_flag_holdout_52.yml, written
  blind after the fiftieth round, first measured after it; its misses and false alarms shaped
  round 51;
- held-out (53rd, used for development in round 52): tests/nlu/red_flag_holdout_53.yml, written
  blind after the fifty-first round, first measured after it and the someone-else's-medicine
  change; its misses and false alarms shaped round 52;
- held-out (54th, used for development in round 53): tests/nlu/red_flag_holdout_54.yml, written
  blind after the fifty-second round, first measured after it and the possessive-helper change;
  its misses and false alarms shaped round 53;
- held-out (55th, used for development in round 54): tests/nlu/red_flag_holdout_55.yml, written
  blind after the fifty-third round, first measured after it and the round on set 54's leftovers;
  its misses and false alarms shaped round 54;
- held-out (56th, used for development in round 55): tests/nlu/red_flag_holdout_56.yml, written
  blind after the fifty-fourth round, first measured after it and the round on set 55's leftovers;
  its misses and false alarms shaped round 55;
- held-out (57th, used for development in round 56): tests/nlu/red_flag_holdout_57.yml, written
  blind during round 55 and first measured after it; its misses and false alarms shaped round 56;
- held-out (58th, used for development in round 57): tests/nlu/red_flag_holdout_58.yml, written
  blind during round 56 and first measured after it; its misses and false alarms shaped round 57;
- held-out (59th, used for development in round 58): tests/nlu/red_flag_holdout_59.yml, written
  blind during round 57 and first measured after it; its misses and false alarms shaped round 58;
- held-out (60th, used for development in round 59): tests/nlu/red_flag_holdout_60.yml, written
  blind during round 58 and first measured after it; its misses and false alarms shaped round 59;
- held-out (61st, used for development in round 60): tests/nlu/red_flag_holdout_61.yml, written
  blind during round 59 and first measured after it; its misses and false alarms shaped round 60;
- held-out (62nd, used for development in round 61): tests/nlu/red_flag_holdout_62.yml, written
  blind during round 60 and first measured after it; its misses and false alarms shaped round 61;
- held-out (63rd, used for development in round 62): tests/nlu/red_flag_holdout_63.yml, written
  blind during round 61 and first measured after it; its misses and false alarms shaped round 62;
- held-out (64th, used for development in round 63): tests/nlu/red_flag_holdout_64.yml, written
  blind during round 62 and first measured after it; its misses and false alarms shaped rounds
  63 and 64;
- held-out (65th, used for development in round 65): tests/nlu/red_flag_holdout_65.yml, written
  blind during round 64 and first measured after it; its misses and false alarms shaped round 65;
- held-out (66th, used for development in round 66): tests/nlu/red_flag_holdout_66.yml, written
  blind during round 65 and first measured after it; its misses and false alarms shaped round 66;
- held-out (67th, used for development in round 67): tests/nlu/red_flag_holdout_67.yml, written
  blind during round 66 and first measured after it; its misses and false alarms shaped round 67;
- held-out (68th, used for development in round 68): tests/nlu/red_flag_holdout_68.yml, written
  blind during round 67 and first measured after it; its misses and false alarms shaped round 68;
- held-out (69th, used for development in round 69): tests/nlu/red_flag_holdout_69.yml, written
  blind during round 68 and first measured after it; its misses and false alarms shaped round 69;
- held-out (70th, used for development in round 70): tests/nlu/red_flag_holdout_70.yml, written
  blind during round 69 and first measured after it and the medicine-question change; its misses
  and false alarms shaped round 70;
- held-out (71st, used for development in round 71): tests/nlu/red_flag_holdout_71.yml, written
  blind after round 70 and first measured after it and the two commits on the older sets'
  emergencies; its misses and false alarms shaped round 71;
- held-out (72nd, used for development in round 72): tests/nlu/red_flag_holdout_72.yml, written
  blind after round 70 (beside the seventy-first) and first measured after round 71; its misses
  and false alarms shaped round 72;
- held-out (73rd, used for development in round 73): tests/nlu/red_flag_holdout_73.yml, written
  blind during round 71 and first measured after round 72; its misses and false alarms shaped
  round 73;
- held-out (74th, used for development in round 74): tests/nlu/red_flag_holdout_74.yml, written
  blind during round 73 and first measured after it; its misses and false alarms shaped round 74;
- held-out (75th, used for development in round 75): tests/nlu/red_flag_holdout_75.yml, written
  blind during round 73 (beside the seventy-fourth) and first measured after round 74; its misses
  and false alarms shaped round 75;
- held-out (76th, used for development in round 76): tests/nlu/red_flag_holdout_76.yml, written
  blind during round 74 and first measured after round 75; its misses and false alarms shaped
  round 76;
- held-out (77th, measured after round 76): tests/nlu/red_flag_holdout_77.yml, written blind
  during round 76 and first measured after it; no rule has been fitted to it yet (its misses and
  false alarms are for round 77).
A set in PENDING_SETS is written blind and kept out of `make eval` (only its format is tested)
so that the next round can be measured on it first.
Since the learned safety net learns from every scored set, "caught or asked" on a scored set is a
score on training data: only a pending set measures it fairly.

Two layers are scored on the same cases:
- `nlu`: the running assistant's NLU (POST /model/parse); the level is read from the intent after
  the red-flag screen (`emergency` -> emergency, `urgent_symptom` -> urgent), else `routine` when
  the present (role-less) entities raise a routine flag in the check-up's assessment
  (bot.triage: symptom rows, a duration over two weeks, several places, a medicine), else none;
- `rules`: bot.screening.screen_message alone, the rule layer over the text, with the same
  routine check on the facts of its asserted mentions.

Recall is over the `flag` and `other_person_now` cases: a case is caught when the level is at
least the expected one. False alarms are over `negated`, `family`, `hypothetical`, `historical`
and `benign`: any level above the expected one (false emergencies are counted separately).

The safety net (bot/suspicion.py) is scored beside them: a case is "caught or asked" when it is
caught, or the assistant asks the check question of a flag whose level ("yes") is at least the
expected one (`nlu`: intent `possible_red_flag` with the `suspected_red_flag` entity; `rules`:
bot.suspicion.suspect_message). "Asked" on the negative categories is reported as a rate: a
question is not a false alarm (a "no" carries on), but it should stay rare.

CLI: python -m evaluation.red_flags [--url http://localhost:5005] [--file tests/nlu/....yml]
(without --url only the rule layer is scored)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import requests
import yaml

from .common import ROOT, md_table, pct, rel

if TYPE_CHECKING:  # bot.facts loads the spaCy pipeline: imported where it is used
    from bot.facts import Facts

CASES = ROOT / "tests" / "nlu" / "red_flag_cases.yml"
HOLDOUT_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout.yml"
HOLDOUT_2_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_2.yml"
HOLDOUT_3_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_3.yml"
HOLDOUT_4_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_4.yml"
HOLDOUT_5_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_5.yml"
HOLDOUT_6_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_6.yml"
HOLDOUT_7_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_7.yml"
HOLDOUT_8_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_8.yml"
HOLDOUT_9_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_9.yml"
HOLDOUT_10_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_10.yml"
HOLDOUT_11_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_11.yml"
HOLDOUT_12_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_12.yml"
HOLDOUT_13_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_13.yml"
HOLDOUT_14_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_14.yml"
HOLDOUT_15_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_15.yml"
HOLDOUT_16_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_16.yml"
HOLDOUT_17_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_17.yml"
HOLDOUT_18_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_18.yml"
HOLDOUT_19_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_19.yml"
HOLDOUT_20_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_20.yml"
HOLDOUT_21_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_21.yml"
HOLDOUT_22_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_22.yml"
HOLDOUT_23_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_23.yml"
HOLDOUT_24_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_24.yml"
HOLDOUT_25_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_25.yml"
HOLDOUT_26_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_26.yml"
HOLDOUT_27_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_27.yml"
HOLDOUT_28_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_28.yml"
HOLDOUT_29_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_29.yml"
HOLDOUT_30_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_30.yml"
HOLDOUT_31_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_31.yml"
HOLDOUT_32_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_32.yml"
HOLDOUT_33_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_33.yml"
HOLDOUT_34_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_34.yml"
HOLDOUT_35_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_35.yml"
HOLDOUT_36_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_36.yml"
HOLDOUT_37_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_37.yml"
HOLDOUT_38_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_38.yml"
HOLDOUT_39_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_39.yml"
HOLDOUT_40_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_40.yml"
HOLDOUT_41_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_41.yml"
HOLDOUT_42_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_42.yml"
HOLDOUT_43_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_43.yml"
HOLDOUT_44_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_44.yml"
HOLDOUT_45_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_45.yml"
HOLDOUT_46_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_46.yml"
HOLDOUT_47_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_47.yml"
HOLDOUT_48_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_48.yml"
HOLDOUT_49_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_49.yml"
HOLDOUT_50_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_50.yml"
HOLDOUT_51_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_51.yml"
HOLDOUT_52_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_52.yml"
HOLDOUT_53_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_53.yml"
HOLDOUT_54_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_54.yml"
HOLDOUT_55_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_55.yml"
HOLDOUT_56_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_56.yml"
HOLDOUT_57_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_57.yml"
HOLDOUT_58_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_58.yml"
HOLDOUT_59_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_59.yml"
HOLDOUT_60_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_60.yml"
HOLDOUT_61_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_61.yml"
HOLDOUT_62_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_62.yml"
HOLDOUT_63_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_63.yml"
HOLDOUT_64_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_64.yml"
HOLDOUT_65_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_65.yml"
HOLDOUT_66_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_66.yml"
HOLDOUT_67_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_67.yml"
HOLDOUT_68_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_68.yml"
HOLDOUT_69_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_69.yml"
HOLDOUT_70_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_70.yml"
HOLDOUT_71_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_71.yml"
HOLDOUT_72_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_72.yml"
HOLDOUT_73_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_73.yml"
HOLDOUT_74_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_74.yml"
HOLDOUT_75_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_75.yml"
HOLDOUT_76_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_76.yml"
HOLDOUT_77_CASES = ROOT / "tests" / "nlu" / "red_flag_holdout_77.yml"
# written blind and not scored yet: measure it before the next rule round, then move it into
# CASE_SETS (its format and independence are tested meanwhile)
PENDING_SETS: list[Path] = []
# label -> file: the development set shaped the rules; the first held-out set's misses were fixed
# in the red-flag round, the second's in the third rule round, the third's in the fourth and the
# fourth's in the fifth, the fifth's and sixth's in the sixth, the seventh's in the seventh, the
# eighth's in the eighth, the ninth's in the ninth, the tenth's and eleventh's in the tenth and
# the twelfth's in the eleventh and the thirteenth's in the twelfth (so all are partly
# development now); the fourteenth and fifteenth were measured after the twelfth round and
# shaped the thirteenth, the sixteenth was measured after the thirteenth and shaped the
# fourteenth, the seventeenth was measured after the fourteenth and shaped the fifteenth, the
# eighteenth was measured after the fourteenth and fifteenth and shaped the sixteenth, the
# nineteenth was measured after the sixteenth and shaped the seventeenth, the twentieth was
# measured after the seventeenth and shaped the eighteenth, the twenty-first was measured after
# the eighteenth and shaped the nineteenth, the twenty-second and twenty-third were measured
# after the nineteenth and shaped the twentieth, the twenty-fourth was measured after the
# twentieth and shaped the twenty-first, the twenty-fifth was measured after the twenty-first
# and shaped the twenty-second, the twenty-sixth was measured after the twenty-second and
# shaped the twenty-third, the twenty-seventh was measured after the twenty-third and shaped the
# twenty-fourth, the twenty-eighth was measured after the twenty-fourth and shaped the
# twenty-fifth, the twenty-ninth was measured after the twenty-fifth and shaped the twenty-sixth,
# the thirtieth was measured after the twenty-sixth and shaped the twenty-seventh, the
# thirty-first was measured after the twenty-seventh and shaped the twenty-eighth, the
# thirty-second was measured after the twenty-eighth and shaped the twenty-ninth, the
# thirty-third was measured after the twenty-ninth and shaped the thirtieth, the thirty-fourth
# was measured after the thirtieth and shaped the thirty-first, the thirty-fifth was measured
# after the thirty-first and shaped the thirty-second, the thirty-sixth was measured after the
# thirty-second and shaped the thirty-third, the thirty-seventh was measured after the
# thirty-third and shaped the thirty-fourth, the thirty-eighth was measured after the
# thirty-fourth and shaped the thirty-fifth, the thirty-ninth was measured after the
# thirty-fifth and shaped the thirty-sixth, the fortieth was measured after the thirty-sixth and
# shaped the thirty-seventh, the forty-first was measured after the thirty-eighth and shaped the
# thirty-ninth, the forty-second was measured after the fortieth and shaped the forty-first, the
# forty-third was measured after the forty-first and shaped the forty-second, the forty-fourth
# was measured after the first part of the forty-third and shaped the rest of it, the
# forty-fifth was measured after the first part of the forty-fourth and shaped the rest of it,
# the forty-sixth was measured after the forty-fourth and shaped the forty-fifth
CASE_SETS = {
    "development": CASES,
    "held-out (1st, partly used for development)": HOLDOUT_CASES,
    "held-out (2nd, used for development in round 3)": HOLDOUT_2_CASES,
    "held-out (3rd, used for development in round 4)": HOLDOUT_3_CASES,
    "held-out (4th, used for development in round 5)": HOLDOUT_4_CASES,
    "held-out (5th, used for development in round 6)": HOLDOUT_5_CASES,
    "held-out (6th, used for development in round 6)": HOLDOUT_6_CASES,
    "held-out (7th, used for development in round 7)": HOLDOUT_7_CASES,
    "held-out (8th, used for development in round 8)": HOLDOUT_8_CASES,
    "held-out (9th, used for development in round 9)": HOLDOUT_9_CASES,
    "held-out (10th, used for development in round 10)": HOLDOUT_10_CASES,
    "held-out (11th, used for development in round 10)": HOLDOUT_11_CASES,
    "held-out (12th, used for development in round 11)": HOLDOUT_12_CASES,
    "held-out (13th, used for development in round 12)": HOLDOUT_13_CASES,
    "held-out (14th, measured after round 12)": HOLDOUT_14_CASES,
    "held-out (15th, measured after round 12)": HOLDOUT_15_CASES,
    "held-out (16th, used for development in round 14)": HOLDOUT_16_CASES,
    "held-out (17th, used for development in round 15)": HOLDOUT_17_CASES,
    "held-out (18th, used for development in round 16)": HOLDOUT_18_CASES,
    "held-out (19th, used for development in round 17)": HOLDOUT_19_CASES,
    "held-out (20th, used for development in round 18)": HOLDOUT_20_CASES,
    "held-out (21st, used for development in round 19)": HOLDOUT_21_CASES,
    "held-out (22nd, used for development in round 20)": HOLDOUT_22_CASES,
    "held-out (23rd, used for development in round 20)": HOLDOUT_23_CASES,
    "held-out (24th, used for development in round 21)": HOLDOUT_24_CASES,
    "held-out (25th, used for development in round 22)": HOLDOUT_25_CASES,
    "held-out (26th, used for development in round 23)": HOLDOUT_26_CASES,
    "held-out (27th, used for development in round 24)": HOLDOUT_27_CASES,
    "held-out (28th, used for development in round 25)": HOLDOUT_28_CASES,
    "held-out (29th, used for development in round 26)": HOLDOUT_29_CASES,
    "held-out (30th, used for development in round 27)": HOLDOUT_30_CASES,
    "held-out (31st, used for development in round 28)": HOLDOUT_31_CASES,
    "held-out (32nd, used for development in round 29)": HOLDOUT_32_CASES,
    "held-out (33rd, used for development in round 30)": HOLDOUT_33_CASES,
    "held-out (34th, used for development in round 31)": HOLDOUT_34_CASES,
    "held-out (35th, used for development in round 32)": HOLDOUT_35_CASES,
    "held-out (36th, used for development in round 33)": HOLDOUT_36_CASES,
    "held-out (37th, used for development in round 34)": HOLDOUT_37_CASES,
    "held-out (38th, used for development in round 35)": HOLDOUT_38_CASES,
    "held-out (39th, used for development in round 36)": HOLDOUT_39_CASES,
    "held-out (40th, used for development in round 37)": HOLDOUT_40_CASES,
    "held-out (41st, used for development in round 39)": HOLDOUT_41_CASES,
    "held-out (42nd, used for development in round 41)": HOLDOUT_42_CASES,
    "held-out (43rd, used for development in round 42)": HOLDOUT_43_CASES,
    "held-out (44th, used for development in round 43)": HOLDOUT_44_CASES,
    "held-out (45th, used for development in round 44)": HOLDOUT_45_CASES,
    "held-out (46th, used for development in round 45)": HOLDOUT_46_CASES,
    "held-out (47th, used for development in round 46)": HOLDOUT_47_CASES,
    "held-out (48th, used for development in round 47)": HOLDOUT_48_CASES,
    "held-out (49th, used for development in round 48)": HOLDOUT_49_CASES,
    "held-out (50th, used for development in round 49)": HOLDOUT_50_CASES,
    "held-out (51st, used for development in round 50)": HOLDOUT_51_CASES,
    "held-out (52nd, used for development in round 51)": HOLDOUT_52_CASES,
    "held-out (53rd, used for development in round 52)": HOLDOUT_53_CASES,
    "held-out (54th, used for development in round 53)": HOLDOUT_54_CASES,
    "held-out (55th, used for development in round 54)": HOLDOUT_55_CASES,
    "held-out (56th, used for development in round 55)": HOLDOUT_56_CASES,
    "held-out (57th, used for development in round 56)": HOLDOUT_57_CASES,
    "held-out (58th, used for development in round 57)": HOLDOUT_58_CASES,
    "held-out (59th, used for development in round 58)": HOLDOUT_59_CASES,
    "held-out (60th, used for development in round 59)": HOLDOUT_60_CASES,
    "held-out (61st, used for development in round 60)": HOLDOUT_61_CASES,
    "held-out (62nd, used for development in round 61)": HOLDOUT_62_CASES,
    "held-out (63rd, used for development in round 62)": HOLDOUT_63_CASES,
    "held-out (64th, used for development in round 63)": HOLDOUT_64_CASES,
    "held-out (65th, used for development in round 65)": HOLDOUT_65_CASES,
    "held-out (66th, used for development in round 66)": HOLDOUT_66_CASES,
    "held-out (67th, used for development in round 67)": HOLDOUT_67_CASES,
    "held-out (68th, used for development in round 68)": HOLDOUT_68_CASES,
    "held-out (69th, used for development in round 69)": HOLDOUT_69_CASES,
    "held-out (70th, used for development in round 70)": HOLDOUT_70_CASES,
    "held-out (71st, used for development in round 71)": HOLDOUT_71_CASES,
    "held-out (72nd, used for development in round 72)": HOLDOUT_72_CASES,
    "held-out (73rd, used for development in round 73)": HOLDOUT_73_CASES,
    "held-out (74th, used for development in round 74)": HOLDOUT_74_CASES,
    "held-out (75th, used for development in round 75)": HOLDOUT_75_CASES,
    "held-out (76th, used for development in round 76)": HOLDOUT_76_CASES,
    "held-out (77th, measured after round 76)": HOLDOUT_77_CASES,
}
LEVELS = ("none", "routine", "urgent", "emergency")
POSITIVE = ("flag", "other_person_now")
NEGATIVE = ("negated", "family", "hypothetical", "historical", "benign")
INTENT_LEVEL = {"emergency": "emergency", "urgent_symptom": "urgent"}


def rank(level: str) -> int:
    return LEVELS.index(level)


@dataclass(frozen=True)
class Case:
    text: str
    expect: str
    category: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    level: str
    detail: str  # intent and confidence, or the flags the rules found
    asked: str = ""  # the red flag whose check question is asked (the safety net), if any

    @property
    def caught(self) -> bool:
        return rank(self.level) >= rank(self.case.expect)

    @property
    def false_alarm(self) -> bool:
        return rank(self.level) > rank(self.case.expect)

    @property
    def false_emergency(self) -> bool:
        return self.level == "emergency" and self.case.expect != "emergency"

    @property
    def caught_or_asked(self) -> bool:
        return self.caught or (bool(self.asked) and rank(flag_level(self.asked))
                               >= rank(self.case.expect))


def flag_level(flag_id: str) -> str:
    from bot.kb import get_kb

    flag = get_kb().red_flags.get(flag_id)
    return flag.level.value if flag else "none"


@dataclass
class LayerReport:
    layer: str
    outcomes: list[Outcome]

    @property
    def positives(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.category in POSITIVE]

    @property
    def negatives(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.category in NEGATIVE]

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.positives if not o.caught]

    @property
    def false_alarms(self) -> list[Outcome]:
        return [o for o in self.negatives if o.false_alarm]

    @property
    def false_emergencies(self) -> list[Outcome]:
        return [o for o in self.negatives if o.false_emergency]

    @property
    def over_triaged(self) -> list[Outcome]:
        """Present signs of a lower level sent to emergency care (caught, but an ambulance for
        weeks-old weakness is a harm of its own)."""
        return [o for o in self.positives if o.false_emergency]

    @property
    def recall(self) -> float:
        return 1 - len(self.misses) / len(self.positives) if self.positives else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / len(self.negatives) if self.negatives else 0.0

    @property
    def caught_or_asked(self) -> list[Outcome]:
        return [o for o in self.positives if o.caught_or_asked]

    @property
    def asked_on_negatives(self) -> list[Outcome]:
        return [o for o in self.negatives if o.asked]

    @property
    def ok(self) -> bool:
        return not self.misses and not self.false_emergencies

    def by_category(self) -> list[tuple[str, int, int]]:
        total, bad = Counter(), Counter()
        for o in self.outcomes:
            total[o.case.category] += 1
            wrong = not o.caught if o.case.category in POSITIVE else o.false_alarm
            bad[o.case.category] += int(wrong)
        return [(c, total[c], bad[c]) for c in POSITIVE + NEGATIVE if total[c]]


def load_cases(path: Path = CASES) -> list[Case]:
    cases = [Case(str(c["text"]), str(c["expect"]), str(c["category"]))
             for c in yaml.safe_load(path.read_text())]
    for case in cases:
        if case.expect not in LEVELS or case.category not in POSITIVE + NEGATIVE:
            raise ValueError(f"bad case in {path}: {case}")
    return cases


def score(layer: str, cases: list[Case], level_of: Callable[[str], tuple[str, ...]]
          ) -> LayerReport:
    return LayerReport(layer, [Outcome(c, *level_of(c.text)) for c in cases])


def routine_flags(facts: "Facts") -> list[str]:
    """Routine red flags the check-up's assessment (bot.triage) raises from the present facts of
    one message: symptom rows, and also how long it has lasted, how many places twitch and a
    medicine named (a routine flag is advice given at the end of the check-up, so it may use all
    of them)."""
    from bot.kb import Level
    from bot.triage import triage

    return [f.flag.id for f in triage(facts).findings if f.flag.level == Level.routine]


def facts_of_entities(entities: list[dict[str, Any]]) -> "Facts":
    """The present (role-less) facts of /model/parse entities, as the form would store them."""
    from bot.facts import Facts

    present = [e for e in entities if not e.get("role")]

    def values(kind: str) -> list[str]:
        return list(dict.fromkeys(str(e["value"]) for e in present if e["entity"] == kind))

    days = [float(e["value"]) for e in present if e["entity"] == "duration"]
    return Facts(body_parts=values("body_part"), duration_days=max(days) if days else None,
                 triggers=values("trigger"), symptoms=values("symptom"))


def nlu_level(url: str, timeout: float = 60.0) -> Callable[[str], tuple[str, str, str]]:
    """The level the running assistant's NLU gives a message, via POST /model/parse."""
    session = requests.Session()

    def level_of(text: str) -> tuple[str, str, str]:
        r = session.post(f"{url.rstrip('/')}/model/parse", json={"text": text}, timeout=timeout)
        r.raise_for_status()
        parsed: dict[str, Any] = r.json()
        intent = parsed.get("intent") or {}
        flags = [e["value"] for e in parsed.get("entities") or []
                 if e.get("entity") == "red_flag" and not e.get("role")]
        detail = f"{intent.get('name')} {float(intent.get('confidence') or 0):.2f}"
        level = INTENT_LEVEL.get(str(intent.get("name")), "none")
        suspected = [e for e in parsed.get("entities") or []
                     if e.get("entity") == "suspected_red_flag"]
        asked = str(suspected[0]["value"]) if suspected else ""
        if asked:  # asked before an urgent flag's advice: "no" still gives that advice
            level = str(suspected[0].get("level_reached") or "none")
            detail += f" asks {asked}"
        if level == "none":
            routine = routine_flags(facts_of_entities(parsed.get("entities") or []))
            if routine:
                level, flags = "routine", routine
        if flags:
            detail += f" [{', '.join(map(str, flags))}]"
        return level, detail, asked

    return level_of


def rule_level(guess: Any = None) -> Callable[[str], tuple[str, str, str]]:
    """The level of bot.screening alone (imported here: it loads the spaCy pipeline), and the
    flag bot.suspicion would ask about (`guess`: bot.suspicion.suspect_message's, default the
    learned model's)."""
    from bot.facts import facts_from_mentions
    from bot.mentions import find_mentions
    from bot.screening import screen_mentions
    from bot.suspicion import suspect_message

    def level_of(text: str) -> tuple[str, str, str]:
        mentions = find_mentions(text)
        screen = screen_mentions(mentions)
        suspected = suspect_message(text, guess)
        asked = suspected[0].flag if suspected else ""
        if screen.level is not None:
            return screen.level.value, ", ".join(screen.flags), asked
        routine = routine_flags(facts_from_mentions(mentions))
        return ("routine" if routine else "none"), ", ".join(routine) or "-", asked

    return level_of


RULES_LAYER = "rules (bot.screening)"
NLU_LAYER = "assistant NLU (/model/parse)"


def evaluate_rules(cases: list[Case] | None = None, label: str = "") -> LayerReport:
    layer = f"{label}: {RULES_LAYER}" if label else RULES_LAYER
    return score(layer, cases or load_cases(), rule_level())


def evaluate_nlu(url: str, cases: list[Case] | None = None, label: str = "") -> LayerReport:
    layer = f"{label}: {NLU_LAYER}" if label else NLU_LAYER
    return score(layer, cases or load_cases(), nlu_level(url))


def summary_table(reports: list[LayerReport]) -> str:
    rows = []
    for r in reports:
        rows.append((
            r.layer,
            f"{len(r.positives) - len(r.misses)}/{len(r.positives)} = {pct(r.recall)}",
            f"{len(r.false_alarms)}/{len(r.negatives)} = {pct(r.false_alarm_rate)}",
            len(r.false_emergencies),
            "PASS" if r.ok else "FAIL",
            f"{len(r.caught_or_asked)}/{len(r.positives)} = "
            f"{pct(len(r.caught_or_asked) / len(r.positives) if r.positives else 1.0)}",
            f"{len(r.asked_on_negatives)}/{len(r.negatives)} = "
            f"{pct(len(r.asked_on_negatives) / len(r.negatives) if r.negatives else 0.0)}",
            f"{len(r.over_triaged)}/{sum(o.case.expect != 'emergency' for o in r.positives)}",
        ))
    return md_table(("layer", "recall (flag + other_person_now)",
                     "false alarms (negated/family/hypothetical/historical/benign)", "false emergencies",
                     "target", "caught or asked (safety net)", "asked on negatives",
                     "lower-level signs sent to emergency"), rows)


def category_table(reports: list[LayerReport]) -> str:
    header = ["category", "cases"] + [f"wrong: {r.layer}" for r in reports]
    cats = reports[0].by_category()
    rows = [[c, n] + [dict((k, b) for k, _, b in r.by_category())[c] for r in reports]
            for c, n, _ in cats]
    return md_table(header, rows)


def problems_table(reports: list[LayerReport]) -> str:
    rows = []
    for r in reports:
        for o in r.misses:
            problem = f"MISS, asked {o.asked}" if o.caught_or_asked else "MISS"
            rows.append((r.layer, problem, o.case.category, o.case.expect, o.level, o.case.text,
                         o.detail))
        for o in r.asked_on_negatives:
            rows.append((r.layer, f"asked {o.asked}", o.case.category, o.case.expect, o.level,
                         o.case.text, o.detail))
        for o in r.false_alarms:
            kind = "FALSE EMERGENCY" if o.false_emergency else "false alarm"
            rows.append((r.layer, kind, o.case.category, o.case.expect, o.level, o.case.text,
                         o.detail))
    if not rows:
        return "No misses and no false alarms."
    return md_table(("layer", "problem", "category", "expected", "got", "message", "detail"), rows)


def markdown(reports: list[LayerReport], path: Path = CASES, label: str = "") -> str:
    n = len(reports[0].outcomes)
    return "\n".join([
        f"{label + ' set: ' if label else ''}{n} messages in `{rel(path)}`. Target: recall "
        "100 % and no false emergency on negated, family, hypothetical or historical mentions "
        "(nor on benign twitches).",
        "",
        summary_table(reports),
        "",
        category_table(reports),
        "",
        "Misses and false alarms:",
        "",
        problems_table(reports),
        "",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running assistant (else only the rule layer)")
    parser.add_argument("--file", type=Path, default=CASES)
    args = parser.parse_args(argv)
    cases = load_cases(args.file)
    reports = [evaluate_rules(cases)]
    if args.url:
        reports.insert(0, evaluate_nlu(args.url, cases))
    print(markdown(reports, args.file))
    return 0


if __name__ == "__main__":
    sys.exit(main())
