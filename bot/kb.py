"""The knowledge base: typed, validated loading of bot/knowledge/*.yml.

Loading is lazy and cached (`get_kb()`); nothing is read at import time. The loader refuses a
knowledge base with a missing citation, a dangling reference, an unknown body part or a red flag
without a level, so a bad edit fails the tests instead of reaching a user.
"""

from __future__ import annotations

import functools
from enum import Enum
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Type, TypeVar

import yaml
from pydantic import BaseModel, Extra, Field, ValidationError, validator

KNOWLEDGE_DIR = Path(__file__).parent / "knowledge"
ANY = "any"


class KnowledgeBaseError(ValueError):
    """The knowledge base files are inconsistent; the message names the file and item."""


class Evidence(str, Enum):
    strong = "strong"
    moderate = "moderate"
    low = "low"


class Level(str, Enum):
    emergency = "emergency"
    urgent = "urgent"
    routine = "routine"
    self_care = "self_care"

    @property
    def rank(self) -> int:
        return LEVEL_ORDER.index(self)


LEVEL_ORDER = [Level.self_care, Level.routine, Level.urgent, Level.emergency]


class _Item(BaseModel):
    id: str = Field(..., regex=r"^[a-z0-9][a-z0-9_.]*$")

    class Config:
        extra = Extra.forbid
        allow_mutation = False


class _Cited(_Item):
    sources: List[str] = Field(..., min_items=1)


class Source(_Item):
    title: str
    kind: str = Field(..., regex=r"^(seed_article|clinical_guidance)$")
    publisher: str
    reliability: str = Field(..., regex=r"^(high|moderate|low)$")
    url: Optional[str] = Field(None, regex=r"^https://[^\s()\[\]]+$")  # shown as a link
    note: str = ""


class BodyPart(_Item):
    name: str
    region: str = Field(..., regex=r"^(eye|face|upper_limb|lower_limb|trunk|whole_body)$")
    synonyms: List[str] = []
    part_of: Optional[str] = None  # "calf" is part of "leg": one place, not two


class Trigger(_Item):
    name: str
    kind: str = Field(..., regex=r"^(lifestyle|activity|environment|nutrition|medicine|health)$")
    synonyms: List[str] = []
    serotonergic: bool = False  # raises serotonin: a red flag's `when_on_serotonergic` rows


class AtSite(BaseModel):
    """Words that name a symptom only at these body parts, in the same clause: "skinnier" with
    a calf is muscle wasting, "bluish" with the lips is a breathing emergency."""
    sites: List[str] = Field(..., min_items=1)
    words: List[str] = Field(..., min_items=1)

    class Config:
        extra = Extra.forbid


class Symptom(_Item):
    name: str
    synonyms: List[str] = []
    at_sites: List[AtSite] = []


class Condition(_Item):
    """A named diagnosis people mention; vocabulary only, never a red flag by itself."""
    name: str
    synonyms: List[str] = []


class Cause(_Cited):
    name: str
    category: str = Field(..., regex=r"^(lifestyle|nutritional|medicine|medical)$")
    summary: str
    likelihood: str = Field(..., regex=r"^(common|uncommon|rare)$")
    body_parts: List[str] = Field(..., min_items=1)
    triggers: List[str] = []
    cues: List[str] = []
    remedies: List[str] = []
    evidence: Evidence
    doctor_note: str = ""


class Remedy(_Cited):
    name: str
    advice: str
    helps_with: List[str] = []
    body_parts: List[str] = Field(..., min_items=1)
    evidence: Evidence
    caution: str = ""


class RedFlag(_Cited):
    name: str
    level: Level
    advice: str
    explanation: str
    when: List[List[str]] = []
    # rows that count only while the message also names a medicine (a trigger of kind
    # `medicine`): twitching, sweating and a racing heart after a new antidepressant
    when_on_medicine: List[List[str]] = []
    # rows that count only with a medicine or drug that raises serotonin (MedlinePlus: serotonin
    # syndrome): a fever with the twitching after tramadol and an SSRI
    when_on_serotonergic: List[List[str]] = []
    # rows that count only with two different ones at once (Hunter's criteria: tremor with
    # heavy sweating once a second serotonergic drug is added, as a triptan to an SSRI)
    when_on_serotonergic_mix: List[List[str]] = []
    phrases: List[str] = []
    min_duration_days: Optional[float] = None
    min_body_parts: Optional[int] = None
    trigger_kinds: List[str] = []
    body_parts: List[str] = []
    min_sites_among: Optional[int] = None  # this many of `body_parts` at once
    # asked when a message only suggests this flag (bot.suspicion): one yes/no question, in
    # plain words, that names the sign and no diagnosis; required for emergency and urgent flags
    check_question: str = ""

    @property
    def rows(self) -> List[List[str]]:
        """Every row of symptoms that can reveal this flag, whatever it needs beside them."""
        return (self.when + self.when_on_medicine + self.when_on_serotonergic
                + self.when_on_serotonergic_mix)

    @validator("level")
    def _not_self_care(cls, level: Level) -> Level:
        if level == Level.self_care:
            raise ValueError("a red flag must be emergency, urgent or routine")
        return level

    @validator("check_question", always=True)
    def _acute_flags_can_be_checked(cls, question: str, values: Dict) -> str:
        level = values.get("level")
        if level in (Level.emergency, Level.urgent) and not question.strip():
            raise ValueError("an emergency or urgent red flag needs a `check_question`")
        if question and not question.rstrip().endswith("?"):
            raise ValueError("`check_question` must be a question (end with '?')")
        return question

    @validator("trigger_kinds", always=True)
    def _has_a_way_to_fire(cls, kinds: List[str], values: Dict) -> List[str]:
        ways = [values.get("when"), values.get("when_on_medicine"),
                values.get("when_on_serotonergic"), values.get("when_on_serotonergic_mix"),
                values.get("phrases"), values.get("min_duration_days"),
                values.get("min_body_parts"), kinds]
        if not any(ways):
            raise ValueError("a red flag needs `when`, `phrases` or a threshold to reveal it")
        return kinds


class Definition(_Cited):
    term: str
    synonyms: List[str] = []
    text: str


class Excluded(_Cited):
    claim: str
    reason: str


T = TypeVar("T", bound=_Item)


class KnowledgeBase(BaseModel):
    sources: Dict[str, Source]
    body_parts: Dict[str, BodyPart]
    triggers: Dict[str, Trigger]
    symptoms: Dict[str, Symptom]
    conditions: Dict[str, Condition]
    causes: Dict[str, Cause]
    remedies: Dict[str, Remedy]
    red_flags: Dict[str, RedFlag]
    definitions: Dict[str, Definition]
    excluded: Dict[str, Excluded]

    def cited_items(self) -> Iterable[_Cited]:
        for table in (self.causes, self.remedies, self.red_flags, self.definitions, self.excluded):
            yield from table.values()

    def region_of(self, body_part: str) -> Optional[str]:
        part = self.body_parts.get(body_part)
        return part.region if part else None


def _read_table(directory: Path, name: str, model: Type[T]) -> Dict[str, T]:
    path = directory / f"{name}.yml"
    if not path.exists():
        raise KnowledgeBaseError(f"{path.name}: file is missing")
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(raw, list):
        raise KnowledgeBaseError(f"{path.name}: expected a list of items")
    table: Dict[str, T] = {}
    for position, entry in enumerate(raw):
        label = entry.get("id", f"#{position}") if isinstance(entry, dict) else f"#{position}"
        try:
            item = model.parse_obj(entry)
        except ValidationError as error:
            raise KnowledgeBaseError(f"{path.name}: {label}: {error}") from error
        if item.id in table:
            raise KnowledgeBaseError(f"{path.name}: duplicate id {item.id!r}")
        table[item.id] = item
    return table


def _check_refs(where: str, refs: Iterable[str], known: Dict, what: str, allow_any=False) -> None:
    for ref in refs:
        if allow_any and ref == ANY:
            continue
        if ref not in known:
            raise KnowledgeBaseError(f"{where}: unknown {what} {ref!r}")


def _check_unique_synonyms(name: str, table: Dict[str, BodyPart | Trigger | Symptom]) -> None:
    seen: Dict[str, str] = {}
    for item in table.values():
        for phrase in [item.id.replace("_", " "), *item.synonyms]:
            key = phrase.strip().lower()
            owner = seen.setdefault(key, item.id)
            if owner != item.id:
                raise KnowledgeBaseError(
                    f"{name}.yml: phrase {phrase!r} belongs to both {owner!r} and {item.id!r}"
                )


def validate(kb: KnowledgeBase) -> None:
    """Cross-file checks: every reference resolves, every citation exists."""
    for item in kb.cited_items():
        where = f"{type(item).__name__.lower()} {item.id!r}"
        _check_refs(where, item.sources, kb.sources, "source")
    for part in kb.body_parts.values():
        if part.part_of:
            _check_refs(f"body_parts.yml: {part.id}", [part.part_of], kb.body_parts, "body part")
    for cause in kb.causes.values():
        where = f"causes.yml: {cause.id}"
        _check_refs(where, cause.body_parts, kb.body_parts, "body part", allow_any=True)
        _check_refs(where, cause.triggers, kb.triggers, "trigger")
        _check_refs(where, cause.cues, kb.symptoms, "symptom")
        _check_refs(where, cause.remedies, kb.remedies, "remedy")
    for symptom in kb.symptoms.values():
        for at_site in symptom.at_sites:
            _check_refs(f"symptoms.yml: {symptom.id}", at_site.sites, kb.body_parts, "body part")
    for remedy in kb.remedies.values():
        where = f"remedies.yml: {remedy.id}"
        _check_refs(where, remedy.body_parts, kb.body_parts, "body part", allow_any=True)
        _check_refs(where, remedy.helps_with, kb.triggers, "trigger")
    trigger_kinds = {trigger.kind for trigger in kb.triggers.values()}
    for flag in kb.red_flags.values():
        where = f"red_flags.yml: {flag.id}"
        _check_refs(where, [s for row in flag.rows for s in row], kb.symptoms, "symptom")
        _check_refs(where, flag.body_parts, kb.body_parts, "body part")
        _check_refs(where, flag.trigger_kinds, {k: k for k in trigger_kinds}, "trigger kind")
    _check_unique_synonyms("body_parts", kb.body_parts)
    _check_unique_synonyms("triggers", kb.triggers)
    _check_unique_synonyms("symptoms", kb.symptoms)
    _check_unique_synonyms("conditions", kb.conditions)


def load_kb(directory: Path = KNOWLEDGE_DIR) -> KnowledgeBase:
    """Read and validate every table; raise KnowledgeBaseError on the first problem."""
    kb = KnowledgeBase(
        sources=_read_table(directory, "sources", Source),
        body_parts=_read_table(directory, "body_parts", BodyPart),
        triggers=_read_table(directory, "triggers", Trigger),
        symptoms=_read_table(directory, "symptoms", Symptom),
        conditions=_read_table(directory, "conditions", Condition),
        causes=_read_table(directory, "causes", Cause),
        remedies=_read_table(directory, "remedies", Remedy),
        red_flags=_read_table(directory, "red_flags", RedFlag),
        definitions=_read_table(directory, "definitions", Definition),
        excluded=_read_table(directory, "excluded", Excluded),
    )
    validate(kb)
    return kb


@functools.lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process."""
    return load_kb()


def citation_counts(kb: KnowledgeBase) -> Dict[str, int]:
    counts = {source_id: 0 for source_id in kb.sources}
    for item in kb.cited_items():
        for source_id in item.sources:
            counts[source_id] += 1
    return counts


if __name__ == "__main__":
    loaded = load_kb()
    for table in ("causes", "remedies", "red_flags", "definitions", "body_parts", "triggers",
                  "symptoms", "sources"):
        print(f"{table}: {len(getattr(loaded, table))}")
    for source_id, count in sorted(citation_counts(loaded).items()):
        print(f"  cited {count:3d}x  {source_id}")
