"""Settings, from the environment only (no secrets in files)."""

from __future__ import annotations

import os

DEFAULT_DB_URL = "sqlite:///tracker.db"


def db_url() -> str:
    """The database of Rasa's tracker store; escalation records live beside it.
    DB_URL is a SQLAlchemy URL, e.g. postgresql://rasa:secret@db:5432/rasa."""
    return os.environ.get("DB_URL", "").strip() or DEFAULT_DB_URL


def alert_webhook_url() -> str | None:
    """Where clinician alerts are POSTed (a Slack incoming-webhook URL or any HTTP endpoint)."""
    return os.environ.get("ALERT_WEBHOOK_URL", "").strip() or None


def _float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, "") or default)
    except ValueError:
        return default


def retry_base_seconds() -> float:
    """First retry delay of a failed alert; doubles each attempt up to retry_max_seconds."""
    return _float("ALERT_RETRY_SECONDS", 5.0)


def retry_max_seconds() -> float:
    return _float("ALERT_RETRY_MAX_SECONDS", 300.0)


def retention_days() -> float:
    """Conversations and the words in escalation records are deleted after this many days;
    0 keeps them. Default 90."""
    return _float("RETENTION_DAYS", 90.0)
