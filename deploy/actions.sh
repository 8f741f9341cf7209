#!/usr/bin/env bash
# The action server as deployed: it records escalations in the tracker database (DB_URL,
# DB_PASSWORD) and posts clinician alerts to ALERT_WEBHOOK_URL from a background worker.
set -euo pipefail
cd "$(dirname "$0")/.."
export SANIC_HOST="${INTERFACE:-127.0.0.1}"
exec .venv/bin/rasa run actions --port "${ACTIONS_PORT:-5055}" --actions actions
