"""Where the built spaCy pipeline lives: `.spacy/twitch-<hash of its sources>`.

Standard library only, so the Makefile can ask for the path before the virtualenv exists.
The path goes into config.yml (SpacyNLP's fingerprint is the path string), so any change to the
vocabulary or the context rules makes Rasa retrain.
"""

import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "bot" / "nlp.py"] + [
    ROOT / "bot" / "knowledge" / name
    for name in ("body_parts.yml", "triggers.yml", "symptoms.yml", "red_flags.yml",
                 "conditions.yml")]
CONFIG = ROOT / "config.yml"
_CONFIG_LINE = re.compile(r'(model: ")\.spacy/twitch-[0-9a-f]+(")')


def content_hash() -> str:
    digest = hashlib.sha256()
    for source in SOURCES:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def relative_path() -> str:
    return f".spacy/twitch-{content_hash()}"


def sync_config() -> bool:
    """Point config.yml's SpacyNLP at the current pipeline; True when the file changed."""
    text = CONFIG.read_text(encoding="utf-8")
    updated = _CONFIG_LINE.sub(rf"\g<1>{relative_path()}\g<2>", text)
    if updated != text:
        CONFIG.write_text(updated, encoding="utf-8")
    return updated != text


def configured_path() -> str:
    match = _CONFIG_LINE.search(CONFIG.read_text(encoding="utf-8"))
    return match.group(0)[len('model: "'):-1] if match else ""


if __name__ == "__main__":
    print(relative_path())
