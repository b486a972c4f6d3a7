"""A throwaway PostgreSQL cluster with PostGIS for the store tests (fixtures for conftest.py).

`postgis_server` (session): `$STRIKEMAP_TEST_PG_URL` when set (an existing server whose user may
create databases), else a cluster made with the local PostgreSQL binaries (`initdb` into a
temporary folder, `pg_ctl start` listening only on a unix socket there, trust auth), stopped
and deleted at the end. initdb refuses to run as root, so under root the cluster belongs to
the `postgres` user. `postgis_url` (function): a fresh database for one test, copied from a
template that already has the extension (CREATE EXTENSION postgis takes about a second).

Without binaries, PostGIS or psycopg the tests skip and say why; with
`STRIKEMAP_REQUIRE_POSTGIS=1` (set by .ci/run) they fail instead, so CI cannot skip them.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRE_ENV = "STRIKEMAP_REQUIRE_POSTGIS"
URL_ENV = "STRIKEMAP_TEST_PG_URL"
_TEMPLATE = "strikemap_template"
_counter = itertools.count(1)


def _unavailable(why: str) -> None:
    message = f"PostGIS store tests need a PostgreSQL server with PostGIS: {why}"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{message} ({REQUIRE_ENV}=1)", pytrace=False)
    pytest.skip(message)


def _bindir() -> Path | None:
    """The newest local PostgreSQL server binaries (Debian keeps them off PATH)."""
    if found := shutil.which("pg_ctl"):
        return Path(found).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                  key=lambda d: int(Path(d).parent.name) if Path(d).parent.name.isdigit() else 0)
    for d in reversed(dirs):
        if (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    return None


def _as_owner(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


class Cluster:
    """A cluster in a temporary folder, reachable through the unix socket in that folder."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.owner = "postgres" if os.geteuid() == 0 else None
        self.root = Path(tempfile.mkdtemp(prefix="strikemap-pg-"))
        self.data = self.root / "data"
        self.port = 5432 + os.getpid() % 1000  # the socket file's name; no TCP port is opened
        if self.owner:
            shutil.chown(self.root, user=self.owner)
        self.user = self.owner or os.environ.get("USER") or "postgres"

    def run(self, *args: str) -> None:
        cmd = _as_owner([str(self.bindir / args[0]), *args[1:]], self.owner)
        done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)
        if done.returncode:
            raise RuntimeError(f"{' '.join(args[:1])} failed: {done.stderr.strip()[-800:]}")

    def start(self, *, durable: bool = False) -> None:
        """initdb and start; `durable` keeps PostgreSQL's default fsync (benchmarks), else
        tests skip it (a throwaway cluster)."""
        self.run("initdb", "-D", str(self.data), "-U", self.user, "--auth=trust",
                 "--encoding=UTF8", "--locale=C.UTF-8", "-N")
        opts = f"-c listen_addresses='' -k {self.root} -p {self.port} -c max_connections=50"
        if not durable:
            opts += " -c fsync=off -c full_page_writes=off"
        self._opts = opts
        self.resume()

    def resume(self) -> None:
        """Start the server of an existing cluster (after `halt`)."""
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-o",
                 self._opts, "-w", "-t", "60", "start")

    def halt(self) -> None:
        """Stop the server, keeping the cluster (`resume` starts it again); connections are
        closed as in any shutdown."""
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")

    def restart(self) -> None:
        """Restart the server: every connection is dropped, the data stays."""
        self.halt()
        self.resume()

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@/{dbname}?host={self.root}&port={self.port}"

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _admin_url(url: str, dbname: str) -> str:
    """`url` with another database name (keeps the query string: host, port)."""
    head, sep, query = url.partition("?")
    base = head.rsplit("/", 1)[0]
    return f"{base}/{dbname}{sep}{query}"


@pytest.fixture(scope="session")
def postgis_server() -> Iterator[str]:
    """A URL of a database on a server where the test user may create databases, with a
    template database that has PostGIS."""
    try:
        import psycopg
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test]')")
    cluster = None
    url = os.environ.get(URL_ENV)
    if not url:
        bindir = _bindir()
        if bindir is None:
            _unavailable("no PostgreSQL binaries (apt-get install postgresql "
                         "postgresql-15-postgis-3), and $STRIKEMAP_TEST_PG_URL is not set")
        cluster = Cluster(bindir)
        _clusters.append(cluster)
        try:
            cluster.start()
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            cluster.stop()
            _unavailable(f"could not start a throwaway cluster ({exc})")
        url = cluster.url("postgres")
    try:
        try:
            with psycopg.connect(url, autocommit=True, connect_timeout=10) as db:
                db.execute(f"DROP DATABASE IF EXISTS {_TEMPLATE}")
                db.execute(f"CREATE DATABASE {_TEMPLATE}")
        except psycopg.Error as exc:
            _unavailable(f"cannot create a database ({str(exc).strip()})")
        with psycopg.connect(_admin_url(url, _TEMPLATE), autocommit=True) as db:
            try:
                db.execute("CREATE EXTENSION postgis")
            except psycopg.Error as exc:
                _unavailable(f"CREATE EXTENSION postgis failed ({str(exc).strip()}); "
                             f"apt-get install postgresql-15-postgis-3")
        yield url
    finally:
        if cluster is not None:
            cluster.stop()
            _clusters.remove(cluster)


#: The throwaway cluster `postgis_server` made (none with $STRIKEMAP_TEST_PG_URL).
_clusters: list[Cluster] = []


@pytest.fixture()
def postgis_cluster(postgis_server: str) -> Cluster:
    """The throwaway cluster behind `postgis_server`, for tests that stop or restart the
    server; skipped on a server given by $STRIKEMAP_TEST_PG_URL (not ours to restart)."""
    if not _clusters:
        pytest.skip(f"the server of ${URL_ENV} is not restarted by tests")
    return _clusters[-1]


@contextlib.contextmanager
def fresh_database(server: str, prefix: str = "strikemap_t") -> Iterator[str]:
    """The URL of a fresh, empty database with PostGIS (from the template) on `server`,
    dropped on leaving."""
    import psycopg

    name = f"{prefix}{os.getpid()}_{next(_counter)}"
    with psycopg.connect(server, autocommit=True) as db:
        db.execute(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}")
    try:
        yield _admin_url(server, name)
    finally:
        with psycopg.connect(server, autocommit=True) as db:
            db.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture()
def postgis_url(postgis_server: str) -> Iterator[str]:
    """A fresh, empty database with PostGIS for one test; dropped afterwards."""
    with fresh_database(postgis_server) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgis"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store's URL on each backend: a GeoPackage file, then a PostGIS database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.gpkg'}"
    return request.getfixturevalue("postgis_url")


#: The tables every store has, for row counts.
TABLES = ("articles", "article_sources", "mentions", "events", "event_reports", "event_sources",
          "corrections")


def table_counts(url: str) -> dict[str, int]:
    """Committed rows per table, read through a connection of its own (not the store's)."""
    if url.startswith("sqlite:///"):
        import sqlite3

        with contextlib.closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as db:
            return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    import psycopg

    with psycopg.connect(url) as db:
        return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
