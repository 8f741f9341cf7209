"""The knowledge base loads, meets its size and citation targets, and refuses bad edits."""

import shutil
from pathlib import Path

import pytest
import yaml

from bot.kb import KNOWLEDGE_DIR, KnowledgeBaseError, Level, citation_counts, load_kb

SEEDS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_sizes(kb):
    assert len(kb.causes) >= 30
    assert len(kb.remedies) >= 20
    assert len(kb.red_flags) >= 15


def test_every_seed_article_is_cited(kb):
    counts = citation_counts(kb)
    seeds = [p.name for p in SEEDS_DIR.glob("*.txt")] or [
        s.id for s in kb.sources.values() if s.kind == "seed_article"]
    assert len(seeds) == 5
    for seed in seeds:
        assert counts.get(seed, 0) >= 1, f"{seed} is never cited"


def test_every_level_has_red_flags(kb):
    levels = {flag.level for flag in kb.red_flags.values()}
    assert levels == {Level.emergency, Level.urgent, Level.routine}


def test_retailer_only_claims_are_low_evidence_or_excluded(kb):
    retailer = "002_ef93cfa4064e0377.txt"
    for item in [*kb.causes.values(), *kb.remedies.values()]:
        if item.sources == [retailer]:
            assert item.evidence.value == "low", f"{item.id} rests on the retailer alone"
    excluded = " ".join(e.claim.lower() for e in kb.excluded.values())
    for claim in ("dust mite", "chiropract", "labour"):
        assert claim in excluded


def test_no_sentence_copied_from_the_seeds(kb):
    """No run of 8 words from a seed article appears in our texts."""
    def shingles(text, size=8):
        words = "".join(c.lower() if c.isalnum() else " " for c in text).split()
        return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}

    seed_shingles = set()
    for path in SEEDS_DIR.glob("*.txt"):
        seed_shingles |= shingles(path.read_text(encoding="utf-8"))
    ours = [c.summary for c in kb.causes.values()] + [r.advice for r in kb.remedies.values()]
    ours += [f.advice + " " + f.explanation for f in kb.red_flags.values()]
    ours += [d.text for d in kb.definitions.values()]
    copied = [text for text in ours if shingles(text) & seed_shingles]
    assert not copied, copied


# --- rejections: each bad edit is refused with a message naming the problem ---

@pytest.fixture
def kb_copy(tmp_path):
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, target)
    return target


def _edit(directory, table, change):
    path = directory / f"{table}.yml"
    items = yaml.safe_load(path.read_text())
    change(items)
    path.write_text(yaml.safe_dump(items, sort_keys=False))


def test_rejects_missing_citation(kb_copy):
    _edit(kb_copy, "causes", lambda items: items[0].pop("sources"))
    with pytest.raises(KnowledgeBaseError, match="sources"):
        load_kb(kb_copy)


def test_rejects_empty_citation_list(kb_copy):
    _edit(kb_copy, "remedies", lambda items: items[0].update(sources=[]))
    with pytest.raises(KnowledgeBaseError, match="sources"):
        load_kb(kb_copy)


def test_rejects_unknown_source(kb_copy):
    _edit(kb_copy, "causes", lambda items: items[0].update(sources=["a_blog_nobody_read"]))
    with pytest.raises(KnowledgeBaseError, match="unknown source 'a_blog_nobody_read'"):
        load_kb(kb_copy)


def test_rejects_dangling_remedy_reference(kb_copy):
    _edit(kb_copy, "causes", lambda items: items[0].update(remedies=["moon_bathing"]))
    with pytest.raises(KnowledgeBaseError, match="unknown remedy 'moon_bathing'"):
        load_kb(kb_copy)


def test_rejects_dangling_symptom_in_red_flag(kb_copy):
    _edit(kb_copy, "red_flags", lambda items: items[0].update(when=[["glowing_skin"]]))
    with pytest.raises(KnowledgeBaseError, match="unknown symptom 'glowing_skin'"):
        load_kb(kb_copy)


def test_rejects_unknown_body_part(kb_copy):
    _edit(kb_copy, "causes", lambda items: items[0].update(body_parts=["tail"]))
    with pytest.raises(KnowledgeBaseError, match="unknown body part 'tail'"):
        load_kb(kb_copy)


def test_rejects_red_flag_without_level(kb_copy):
    _edit(kb_copy, "red_flags", lambda items: items[0].pop("level"))
    with pytest.raises(KnowledgeBaseError, match="level"):
        load_kb(kb_copy)


def test_rejects_red_flag_with_self_care_level(kb_copy):
    _edit(kb_copy, "red_flags", lambda items: items[0].update(level="self_care"))
    with pytest.raises(KnowledgeBaseError, match="emergency, urgent or routine"):
        load_kb(kb_copy)


def test_rejects_duplicate_ids(kb_copy):
    _edit(kb_copy, "remedies", lambda items: items.append(dict(items[0])))
    with pytest.raises(KnowledgeBaseError, match="duplicate id"):
        load_kb(kb_copy)


def test_rejects_a_phrase_owned_by_two_body_parts(kb_copy):
    def clash(items):
        items[1]["synonyms"] = list(items[1].get("synonyms", [])) + [items[0]["synonyms"][0]]
    _edit(kb_copy, "body_parts", clash)
    with pytest.raises(KnowledgeBaseError, match="belongs to both"):
        load_kb(kb_copy)


def test_rejects_unknown_field(kb_copy):
    _edit(kb_copy, "causes", lambda items: items[0].update(cure_rate="100%"))
    with pytest.raises(KnowledgeBaseError, match="cure_rate"):
        load_kb(kb_copy)


def test_nlu_vocabulary_file_is_generated_from_the_current_kb(kb):
    from bot.nlu_export import TARGET, render

    assert TARGET.read_text(encoding="utf-8") == render(kb), "run: python -m bot.nlu_export"
