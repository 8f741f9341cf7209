#!/usr/bin/env bash
# make serve: the action server and Rasa (REST channel + HTTP API) on localhost until Ctrl-C.
set -euo pipefail
model=${1:-models/twitch.tar.gz}
source scripts/with_action_server.sh
echo "REST webhook: http://localhost:5005/webhooks/rest/webhook (Ctrl-C to stop)"
.venv/bin/rasa run --enable-api --interface 127.0.0.1 --port 5005 --model "$model" \
  --endpoints endpoints.yml --credentials credentials.yml
