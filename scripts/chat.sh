#!/usr/bin/env bash
# make chat: the action server in the background, rasa shell in the foreground, then clean up.
set -euo pipefail
model=${1:-models/twitch.tar.gz}
source scripts/with_action_server.sh
echo "Type your message (or /stop to quit)."
PYTHONWARNINGS=ignore .venv/bin/rasa shell --model "$model" --quiet 2> >(grep -v -E "Warning|warn|^  |^20[0-9][0-9]-" >&2)
