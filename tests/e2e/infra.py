"""PostgreSQL and Redis servers for the scale-out tests, installed from Debian packages when
missing and started on free localhost ports in a throw-away directory.

PostgreSQL refuses to run as root: as root the server runs as the `postgres` user the Debian
package creates (runuser). Anything that cannot be installed or started makes the caller skip
with the reason."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .servers import HOST, free_port

PACKAGES = {"postgresql": "initdb", "redis-server": "redis-server"}


class Unavailable(Exception):
    """The server cannot be installed or started here (the reason is the message)."""


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _have(package: str) -> bool:
    if package == "postgresql":
        return _pg_bin() is not None
    return shutil.which("redis-server") is not None


def ensure_installed(*packages: str) -> None:
    missing = [p for p in packages if not _have(p)]
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise Unavailable(f"{', '.join(missing)} not installed and apt-get cannot be used "
                          "here (needs root on Debian/Ubuntu)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    lock = ["-o", "DPkg::Lock::Timeout=300"]
    install = ["apt-get", *lock, "install", "-y", "-qq", "--no-install-recommends", *missing]
    if subprocess.run(install, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", *lock, "update", "-qq"], env=env, capture_output=True)
        done = subprocess.run(install, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise Unavailable(f"apt-get install {' '.join(missing)} failed: "
                              f"{done.stderr.strip()[-300:]}")
    still = [p for p in missing if not _have(p)]
    if still:
        raise Unavailable(f"{', '.join(still)} still missing after apt-get install")


def _as_postgres(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@dataclass
class Postgres:
    bin: Path
    data: Path
    port: int
    user: str = "rasa"
    password: str = "rasa-test-password"
    db: str = "rasa"

    @property
    def url(self) -> str:
        """DB_URL as deployed: no password in it (that is DB_PASSWORD)."""
        return f"postgresql://{self.user}@{HOST}:{self.port}/{self.db}"

    def _ctl(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(_as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data),
                                            *args]), capture_output=True, text=True)

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.data} -c listen_addresses={HOST} -c fsync=off"
        done = self._ctl("-l", str(self.data / "server.log"), "-o", opts, "-w", "-t", "60",
                         "start")
        if done.returncode != 0:
            raise Unavailable(f"PostgreSQL did not start: {done.stdout}{done.stderr}"[-500:])

    def stop(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")

    def psql(self, sql: str, db: str = "postgres") -> str:
        done = subprocess.run(_as_postgres([str(self.bin / "psql"), "-h", str(self.data), "-p",
                                            str(self.port), "-U", "postgres", "-d", db,
                                            "-tAc", sql]), capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr}")
        return done.stdout.strip()


@contextmanager
def postgres_server() -> Iterator[Postgres]:
    ensure_installed("postgresql")
    pg_bin = _pg_bin()
    assert pg_bin is not None
    # Under /tmp and owned by postgres: pytest's own tmp dirs are private to root.
    data = Path(tempfile.mkdtemp(prefix="twitch-pg-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    server = Postgres(pg_bin, data, free_port())
    try:
        done = subprocess.run(_as_postgres([str(pg_bin / "initdb"), "-D", str(data), "-U",
                                            "postgres", "--auth-local=trust",
                                            "--auth-host=scram-sha-256", "-E", "UTF8"]),
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise Unavailable(f"initdb failed: {done.stderr[-500:]}")
        server.start()
        server.psql(f"CREATE ROLE {server.user} LOGIN PASSWORD '{server.password}'")
        server.psql(f"CREATE DATABASE {server.db} OWNER {server.user}")
        yield server
    finally:
        server.stop()
        shutil.rmtree(data, ignore_errors=True)


@dataclass
class Redis:
    port: int
    password: str = "redis-test-password"

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}/1"


@contextmanager
def redis_server() -> Iterator[Redis]:
    ensure_installed("redis-server")
    workdir = Path(tempfile.mkdtemp(prefix="twitch-redis-"))
    server = Redis(free_port())
    proc = subprocess.Popen(
        ["redis-server", "--port", str(server.port), "--bind", HOST, "--save", "",
         "--appendonly", "no", "--dir", str(workdir), "--requirepass", server.password],
        stdout=open(workdir / "redis.log", "wb"), stderr=subprocess.STDOUT,
        start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        import redis

        client = redis.Redis(host=HOST, port=server.port, password=server.password)
        while True:
            try:
                client.ping()
                break
            except redis.exceptions.ConnectionError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise Unavailable("redis-server did not start: "
                                      + (workdir / "redis.log").read_text()[-300:])
                time.sleep(0.2)
        yield server
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)
