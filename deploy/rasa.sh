#!/usr/bin/env bash
# One Rasa instance as deployed: endpoints generated from the environment (deploy/endpoints.py),
# the REST channel and the HTTP API. Run several behind a load balancer when DB_URL (PostgreSQL)
# and REDIS_URL are set. SANIC_WORKERS=2 runs two Rasa processes on the port (REST, Slack,
# Telegram; not the socket.io web chat). Environment: see deploy/twitch.env.example.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PORT:=5005}" "${INTERFACE:=127.0.0.1}" "${MODEL:=models/twitch.tar.gz}"
: "${RUN_DIR:=${XDG_RUNTIME_DIR:-/tmp}/twitch-$PORT}"
mkdir -p "$RUN_DIR"
.venv/bin/python -m deploy.endpoints --out "$RUN_DIR/endpoints.yml" >/dev/null
args=(run --enable-api --interface "$INTERFACE" --port "$PORT" --model "$MODEL"
      --endpoints "$RUN_DIR/endpoints.yml" --credentials credentials.yml)
# Rasa checks the token too; server/api_guard.py refuses non-local API calls without one.
if [[ -n "${RASA_AUTH_TOKEN:-}" ]]; then args+=(--auth-token "$RASA_AUTH_TOKEN"); fi
exec .venv/bin/rasa "${args[@]}"
