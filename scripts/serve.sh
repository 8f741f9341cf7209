#!/usr/bin/env bash
# make serve: the action server, Rasa (REST + socket.io, plus Slack/Telegram when their variables
# are set; see deploy/credentials.py) and the web page with the chat widget, until Ctrl-C.
set -euo pipefail
model=${1:-models/twitch.tar.gz}
RASA_PORT=${RASA_PORT:-5005}
WEB_PORT=${WEB_PORT:-8000}
INTERFACE=${INTERFACE:-127.0.0.1}
.venv/bin/python deploy/credentials.py .make/credentials.yml
source scripts/with_action_server.sh
# The page is static; the widget talks to Rasa's socket.io channel directly.
.venv/bin/python -m http.server --bind "$INTERFACE" --directory web "$WEB_PORT" > .make/web.log 2>&1 &
web_pid=$!
trap 'kill $web_pid $actions_pid 2>/dev/null; wait $web_pid $actions_pid 2>/dev/null || true' EXIT
echo "Web chat:     http://localhost:$WEB_PORT/"
echo "REST webhook: http://localhost:$RASA_PORT/webhooks/rest/webhook (Ctrl-C to stop)"
# CORS only for the page's origin: the HTTP API has no token, other web sites must not reach it.
.venv/bin/rasa run --enable-api --cors "http://localhost:$WEB_PORT" "http://127.0.0.1:$WEB_PORT" --interface "$INTERFACE" --port "$RASA_PORT" \
  --model "$model" --endpoints endpoints.yml --credentials .make/credentials.yml
