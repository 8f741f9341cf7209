"""deploy/endpoints.py: the endpoints Rasa runs with, from the environment."""

from __future__ import annotations

import pytest
import yaml

from deploy.endpoints import (FILE_LOCK_STORE_TYPE, LOCK_STORE_TYPE, TRACKER_STORE_TYPE,
                              ConfigError, endpoints, main)


def test_zero_config_is_sqlite_and_the_in_memory_lock_store():
    config = endpoints({})
    assert config["tracker_store"] == {"type": TRACKER_STORE_TYPE, "dialect": "sqlite",
                                       "db": "tracker.db"}
    assert "lock_store" not in config
    assert config["action_endpoint"] == {"url": "http://localhost:5055/webhook",
                                         "enable_selective_domain": True}


def test_postgres_and_redis_with_passwords_from_the_environment():
    config = endpoints({"DB_URL": "postgresql://rasa@db.internal:6543/chat", "DB_PASSWORD": "p1",
                        "REDIS_URL": "redis://cache:6380/3", "REDIS_PASSWORD": "p2",
                        "ACTION_ENDPOINT_URL": "http://actions:5055/webhook"})
    assert config["tracker_store"] == {
        "type": TRACKER_STORE_TYPE, "dialect": "postgresql", "url": "db.internal",
        "port": 6543, "db": "chat", "username": "rasa", "password": "${DB_PASSWORD}"}
    assert config["lock_store"]["type"] == LOCK_STORE_TYPE
    assert (config["lock_store"]["url"], config["lock_store"]["port"],
            config["lock_store"]["db"]) == ("cache", 6380, 3)
    assert config["lock_store"]["password"] == "${REDIS_PASSWORD}"
    assert "p1" not in yaml.safe_dump(config) and "p2" not in yaml.safe_dump(config)


def test_several_workers_on_one_machine_get_the_file_lock_store():
    assert endpoints({"SANIC_WORKERS": "2"})["lock_store"] == {
        "type": FILE_LOCK_STORE_TYPE, "directory": ".locks"}
    assert endpoints({"SANIC_WORKERS": "2", "LOCK_DIR": "/run/t/locks"})["lock_store"][
        "directory"] == "/run/t/locks"
    assert "lock_store" not in endpoints({"SANIC_WORKERS": "1"})
    redis = endpoints({"SANIC_WORKERS": "2", "REDIS_URL": "redis://cache:6379/1"})
    assert redis["lock_store"]["type"] == LOCK_STORE_TYPE  # Redis wins: it also spans machines


@pytest.mark.parametrize("env", [
    {"SANIC_WORKERS": "two"},
    {"SANIC_WORKERS": "0"},
    {"DB_URL": "postgresql://rasa:secret@db/rasa"},
    {"REDIS_URL": "redis://:secret@cache:6379/1"},
    {"DB_URL": "mysql://rasa@db/rasa"},
    {"DB_URL": "postgresql://rasa@db"},
])
def test_refuses_secrets_in_urls_and_unusable_databases(env):
    with pytest.raises(ConfigError):
        endpoints(env)


def test_cli_writes_the_file_and_fails_clearly(tmp_path, monkeypatch, capsys):
    out = tmp_path / "endpoints.yml"
    monkeypatch.setenv("DB_URL", "sqlite:///var/chat.db")
    assert main(["--out", str(out)]) == 0
    assert yaml.safe_load(out.read_text())["tracker_store"]["db"] == "var/chat.db"
    monkeypatch.setenv("DB_URL", "postgresql://u:pw@h/db")
    assert main(["--out", str(out)]) == 2
    assert "DB_PASSWORD" in capsys.readouterr().err
