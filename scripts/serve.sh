#!/usr/bin/env bash
# make serve: the action server and Rasa (REST channel + HTTP API) on localhost until Ctrl-C.
set -euo pipefail
model=${1:-models/twitch.tar.gz}
mkdir -p .make
.venv/bin/rasa run actions --port 5055 > .make/actions.log 2>&1 &
actions_pid=$!
trap 'kill $actions_pid 2>/dev/null; wait $actions_pid 2>/dev/null || true' EXIT
.venv/bin/python scripts/wait_for.py http://localhost:5055/health 120
echo "REST webhook: http://localhost:5005/webhooks/rest/webhook (Ctrl-C to stop)"
.venv/bin/rasa run --enable-api --interface 127.0.0.1 --port 5005 --model "$model" \
  --endpoints endpoints.yml --credentials credentials.yml
