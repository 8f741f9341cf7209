#!/usr/bin/env bash
# Sourced by chat.sh and serve.sh: start the action server on :5055 in the background, stop it
# when the calling script exits, and wait until it answers.
mkdir -p .make
.venv/bin/rasa run actions --port 5055 > .make/actions.log 2>&1 &
actions_pid=$!
trap 'kill $actions_pid 2>/dev/null; wait $actions_pid 2>/dev/null || true' EXIT
.venv/bin/python scripts/wait_for.py http://localhost:5055/health 120
