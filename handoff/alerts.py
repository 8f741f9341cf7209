"""The background worker of the action server: sends pending clinician alerts with retries and
exponential backoff, carries out data deletions, and applies the retention period.

It runs in a daemon thread, never on the reply path; everything it works on is in the database,
so a restart picks up where it stopped."""

from __future__ import annotations

import logging
import os
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Tuple

import requests

from handoff import config
from handoff.store import Escalation, Store

logger = logging.getLogger(__name__)

DELETION_SECOND_PASS_SECONDS = 15.0
RETENTION_EVERY_SECONDS = 3600.0
POLL_SECONDS = 1.0


def backoff(attempts: int, base: float, cap: float) -> float:
    """Seconds to wait after the `attempts`-th failure: base, 2*base, 4*base... up to cap."""
    return min(cap, base * (2 ** max(0, attempts - 1)))


def post_alert(url: str, payload: Dict[str, Any]) -> None:
    body = {k: v for k, v in payload.items() if k != "text_without_words"}
    r = requests.post(url, json=body, timeout=10)
    if r.status_code >= 300:
        raise RuntimeError(f"alert webhook answered {r.status_code}")


class Worker:
    def __init__(self, store: Store, send: Callable[[str, Dict[str, Any]], None] = post_alert,
                 clock: Callable[[], float] = time.time):
        self.store, self.send, self.clock = store, send, clock
        self.wake = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._last_retention = 0.0
        self.unrecorded: List[Tuple[Escalation, Dict[str, Any]]] = []

    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="handoff-worker",
                                            daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        while True:
            try:
                self.run_once()
            except Exception as e:  # the database is down: log, wait, try again
                logger.warning("handoff worker: %s: %s", type(e).__name__, str(e)[:200])
            self.wake.wait(POLL_SECONDS)
            self.wake.clear()

    def run_once(self) -> None:
        now = self.clock()
        while self.unrecorded:
            self.store.record(*self.unrecorded[0])
            self.unrecorded.pop(0)
        self.send_due_alerts(now)
        self.run_deletions(now)
        if config.retention_days() > 0 and now - self._last_retention > RETENTION_EVERY_SECONDS:
            purged = self.store.purge_older_than(now - config.retention_days() * 86400)
            self._last_retention = now
            logger.info("retention: %s", purged)

    def send_due_alerts(self, now: float) -> None:
        url = config.alert_webhook_url()
        for alert in self.store.due_alerts(now):
            if url is None:
                # kept pending: it goes out once ALERT_WEBHOOK_URL is configured
                logger.error("escalation %s not alerted: ALERT_WEBHOOK_URL is not set",
                             alert.payload.get("escalation_id"))
                self.store.mark_failed(alert.id, "ALERT_WEBHOOK_URL not set",
                                       now + config.retry_max_seconds())
                continue
            try:
                self.send(url, alert.payload)
            except Exception as e:
                delay = backoff(alert.attempts + 1, config.retry_base_seconds(),
                                config.retry_max_seconds())
                logger.warning("alert %s failed (attempt %d, retry in %.0f s): %s", alert.id,
                               alert.attempts + 1, delay, str(e)[:200])
                self.store.mark_failed(alert.id, str(e), now + delay)
            else:
                self.store.mark_sent(alert.id, self.clock())
                logger.info("alert %s sent", alert.id)

    def run_deletions(self, now: float) -> None:
        for req in self.store.due_deletions(now):
            deleted = self.store.delete_conversation(req["conversation_id"], req["up_to"])
            self.store.forget_words(req["conversation_id"])
            self.store.deletion_pass_done(req["id"], now + DELETION_SECOND_PASS_SECONDS)
            logger.info("deletion request %s: %d tracker events deleted", req["id"], deleted)


_worker: Optional[Worker] = None
_lock = threading.Lock()


def worker() -> Worker:
    """The process's worker, started on first use (the action server imports actions at
    start-up, which calls this, so pending alerts are retried after a restart).
    HANDOFF_WORKER=off keeps the thread from starting (unit tests drive run_once)."""
    global _worker
    with _lock:
        if _worker is None:
            _worker = Worker(Store())
        if os.environ.get("HANDOFF_WORKER", "on") != "off":
            _worker.start()
        return _worker


def reset() -> None:
    """Forget the worker (tests that change DB_URL); a running thread is left to exit with
    the process."""
    global _worker
    with _lock:
        _worker = None
