#!/usr/bin/env bash
# make chat: the action server in the background, rasa shell in the foreground, then clean up.
set -euo pipefail
model=${1:-models/twitch.tar.gz}
mkdir -p .make
.venv/bin/rasa run actions --port 5055 > .make/actions.log 2>&1 &
actions_pid=$!
trap 'kill $actions_pid 2>/dev/null; wait $actions_pid 2>/dev/null || true' EXIT
.venv/bin/python scripts/wait_for.py http://localhost:5055/health 120
echo "Type your message (or /stop to quit)."
PYTHONWARNINGS=ignore .venv/bin/rasa shell --model "$model" --quiet 2> >(grep -v -E "Warning|warn|^  |^20[0-9][0-9]-" >&2)
