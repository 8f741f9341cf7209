# Every target bootstraps what it needs: the virtualenv (from uv.lock) and the model.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python
VENV := .venv
BIN := $(VENV)/bin
RASA := $(BIN)/rasa
MODEL := models/twitch.tar.gz
TRAIN_INPUTS := config.yml domain.yml $(shell find data -name '*.yml' 2>/dev/null)
# The project's spaCy pipeline, in a folder named after the hash of its sources (stdlib only)
NLP_DIR := $(shell $(PYTHON) -m bot.pipeline_version)
NLP_SOURCES := bot/nlp.py bot/knowledge/body_parts.yml bot/knowledge/triggers.yml \
	bot/knowledge/symptoms.yml bot/knowledge/red_flags.yml bot/knowledge/conditions.yml

export RASA_TELEMETRY_ENABLED ?= false
export TF_CPP_MIN_LOG_LEVEL ?= 3
export SQLALCHEMY_SILENCE_UBER_WARNING ?= 1

.PHONY: help install sign-model train chat serve test lint unit validate test-stories e2e clean web

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml uv.lock
	@$(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(PYTHON) -m uv sync --frozen
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the locked dependencies (uv)

$(NLP_DIR)/meta.json: $(NLP_SOURCES) | $(VENV)/.installed
	$(BIN)/python -m bot.nlp build

$(MODEL): $(TRAIN_INPUTS) $(NLP_DIR)/meta.json | $(VENV)/.installed
	$(RASA) train --fixed-model-name twitch --out models

# The safety net's learned model (bot/sign_model.py), in .cache/sign_model/<hash of its inputs>
sign-model: | $(VENV)/.installed
	@$(BIN)/python -m bot.sign_model build

train: $(MODEL) sign-model ## Build the spaCy pipeline, train the model and the safety net's model, only if their inputs changed

chat: $(MODEL) sign-model ## Talk to the assistant in this terminal (starts the action server too)
	@scripts/chat.sh $(MODEL)

# The web widget (rasa-webchat from the npm registry, served from web/node_modules, no CDN)
web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $@

web: web/node_modules/.installed ## Install the web widget (npm ci in web/)

serve: $(MODEL) sign-model web/node_modules/.installed ## Action server, Rasa (REST, socket.io; Slack/Telegram if configured) on :5005, web chat on :8000
	@scripts/serve.sh $(MODEL)

lint: $(VENV)/.installed
	$(BIN)/ruff check bot actions tests server deploy handoff

unit: $(VENV)/.installed ## Fast tests: knowledge base, triage, NLU component, actions
	$(BIN)/pytest -q tests/unit

validate: $(VENV)/.installed
	$(RASA) data validate --fail-on-warnings

test-stories: $(MODEL) sign-model
	$(RASA) test core --stories tests/test_stories.yml --model $(MODEL) --fail-on-prediction-errors --out results/stories

e2e: $(MODEL) sign-model web/node_modules/.installed ## End-to-end on localhost: vignettes, restart, rasa shell, web chat, Slack, Telegram, bad input, handoff, scale-out
	$(BIN)/pytest -q tests/e2e

eval: $(MODEL) sign-model ## Evaluation report in results/: holdout NLU, dev vignettes, red flags (EVAL_COMPARE=1: intent models)
	$(BIN)/python -m evaluation.run

test: lint unit validate test-stories e2e ## Every test, in CI order

.PHONY: bench
bench: $(MODEL) sign-model ## Benchmark against the `rasa init` starter (results/bench.md)
	$(BIN)/python -m bench.run

.PHONY: profile
profile: $(MODEL) sign-model ## Sample the running servers with py-spy under load (results/profile/)
	$(BIN)/python -m bench.profile

clean:
	rm -rf models results .rasa .make .spacy $(VENV)/.installed
