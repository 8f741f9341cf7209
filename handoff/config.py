"""Settings, from the environment only (no secrets in files)."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy.engine import make_url

DEFAULT_DB_URL = "sqlite:///tracker.db"


def db_url() -> Any:
    """The database of Rasa's tracker store (the same variables as deploy/endpoints.py);
    escalation records live beside it. DB_URL is e.g. postgresql://rasa@db:5432/rasa and the
    password comes from DB_PASSWORD."""
    url = os.environ.get("DB_URL", "").strip() or DEFAULT_DB_URL
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    password = os.environ.get("DB_PASSWORD")
    return make_url(url).set(password=password) if password else url


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
