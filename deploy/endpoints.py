"""Write the endpoints file `rasa run --endpoints` reads, from the environment.

    python -m deploy.endpoints --out /run/twitch/endpoints.yml

Zero-config default: the action server on localhost:5055, Rasa's SQL tracker store on a local
SQLite file (tracker.db) and Rasa's in-memory lock store (one Rasa process only).

Scale-out (several Rasa processes behind a load balancer):
  DB_URL=postgresql://rasa@db-host:5432/rasa   Rasa's SQL tracker store on PostgreSQL
  DB_PASSWORD=...                              (optional) its password
  REDIS_URL=redis://redis-host:6379/1          Rasa's Redis lock store (made atomic by
                                               server/lock_store.py): one conversation is
  REDIS_PASSWORD=...                           handled by one process at a time
  ACTION_ENDPOINT_URL=http://actions:5055/webhook
Several worker processes in one Rasa instance (one machine):
  SANIC_WORKERS=2                              without REDIS_URL, a file lock store
  LOCK_DIR=/run/twitch/locks                   (server/lock_store.py) in LOCK_DIR (.locks)

Secrets never go into the file: a password is written as `${DB_PASSWORD}` / `${REDIS_PASSWORD}`,
which Rasa reads from the environment when it loads the file, and a URL holding a password is
refused. (Rasa's own `${VAR}` interpolation has no defaults, hence this generator.)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Dict, Mapping, Optional
from urllib.parse import urlsplit

import yaml

# Our subclass of Rasa's SQLTrackerStore (same arguments; server/tracker_store.py says why).
TRACKER_STORE_TYPE = "server.tracker_store.CachedSQLTrackerStore"
# Rasa's Redis lock store with atomic ticket bookkeeping (server/lock_store.py explains why).
LOCK_STORE_TYPE = "server.lock_store.AtomicRedisLockStore"
# flock-based lock store for the worker processes of one machine
FILE_LOCK_STORE_TYPE = "server.lock_store.FileLockStore"
DEFAULT_LOCK_DIR = ".locks"
DEFAULT_ACTION_URL = "http://localhost:5055/webhook"
DEFAULT_SQLITE_DB = "tracker.db"


class ConfigError(ValueError):
    """The environment describes something Rasa could not use."""


def tracker_store(env: Mapping[str, str]) -> Dict[str, Any]:
    url = env.get("DB_URL", "").strip()
    if not url or url.startswith("sqlite"):
        db = url.split("sqlite:///", 1)[1] if url.startswith("sqlite:///") else ""
        return {"type": TRACKER_STORE_TYPE, "dialect": "sqlite", "db": db or DEFAULT_SQLITE_DB}
    parts = urlsplit(url)
    if parts.password:
        raise ConfigError("DB_URL must not contain a password: put it in DB_PASSWORD")
    dialect = parts.scheme.split("+")[0]
    if dialect not in ("postgresql", "postgres"):
        raise ConfigError(f"DB_URL: unsupported database {parts.scheme!r} (use postgresql://)")
    db = parts.path.lstrip("/")
    if not parts.hostname or not db:
        raise ConfigError("DB_URL needs a host and a database: postgresql://user@host:5432/db")
    store: Dict[str, Any] = {"type": TRACKER_STORE_TYPE, "dialect": "postgresql",
                             "url": parts.hostname, "port": parts.port or 5432, "db": db}
    if parts.username:
        store["username"] = parts.username
    if env.get("DB_PASSWORD"):
        store["password"] = "${DB_PASSWORD}"
    return store


def _workers(env: Mapping[str, str]) -> int:
    value = env.get("SANIC_WORKERS", "1").strip() or "1"
    if not value.isdigit() or int(value) < 1:
        raise ConfigError("SANIC_WORKERS must be a whole number of at least 1")
    return int(value)


def lock_store(env: Mapping[str, str]) -> Optional[Dict[str, Any]]:
    url = env.get("REDIS_URL", "").strip()
    if not url:
        if _workers(env) > 1:
            return {"type": FILE_LOCK_STORE_TYPE,
                    "directory": env.get("LOCK_DIR") or DEFAULT_LOCK_DIR}
        return None  # Rasa's in-memory lock store
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss"):
        raise ConfigError("REDIS_URL must look like redis://host:6379/1")
    if parts.password:
        raise ConfigError("REDIS_URL must not contain a password: put it in REDIS_PASSWORD")
    store: Dict[str, Any] = {"type": LOCK_STORE_TYPE, "url": parts.hostname or "localhost",
                             "port": parts.port or 6379,
                             "db": int(parts.path.lstrip("/") or 1),
                             "key_prefix": env.get("REDIS_KEY_PREFIX", "twitch")}
    if parts.scheme == "rediss":
        store["use_ssl"] = True
    if env.get("REDIS_PASSWORD"):
        store["password"] = "${REDIS_PASSWORD}"
    return store


def endpoints(env: Mapping[str, str]) -> Dict[str, Any]:
    config: Dict[str, Any] = {
        # the domain goes only to the actions that read it (validate_symptom_form), as in
        # endpoints.yml
        "action_endpoint": {"url": env.get("ACTION_ENDPOINT_URL") or DEFAULT_ACTION_URL,
                            "enable_selective_domain": True},
        "tracker_store": tracker_store(env),
    }
    lock = lock_store(env)
    if lock:
        config["lock_store"] = lock
    return config


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("endpoints.generated.yml"))
    args = parser.parse_args(argv)
    try:
        config = endpoints(os.environ)
    except ConfigError as e:
        print(f"deploy.endpoints: {e}", file=sys.stderr)
        return 2
    args.out.write_text("# Generated by python -m deploy.endpoints; do not edit.\n"
                        + yaml.safe_dump(config, sort_keys=False))
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
