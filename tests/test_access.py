"""Viewers and editors (issue 15, item 2): `geo.access` and the page driven by AppTest."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from geo import access
from geo.access import AccessSettings, SignInRefused
from geo.store import open_store

APP = str(Path(__file__).resolve().parent.parent / "app.py")
REPORT = ("Russian drones attacked Kharkiv overnight on 3 December, the regional governor said. "
          "At least 25 drones hit the city, killing four people and injuring 12.")
AUTH = {"redirect_uri": "https://strikemap.example/oauth2callback",
        "cookie_secret": "a-long-random-cookie-secret-for-the-tests",
        "client_id": "client", "client_secret": "secret",
        "server_metadata_url": "https://login.example/.well-known/openid-configuration"}


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for var in (access.MODE_VAR, access.PASSWORD_VAR, access.EMAILS_VAR):
        monkeypatch.delenv(var, raising=False)
    access.FAILURES.clear()
    yield
    access.FAILURES.clear()


# -- the rules -------------------------------------------------------------------------------


def test_modes_from_the_environment_and_secrets() -> None:
    assert access.settings_from({}, {}).effective_mode == "local"
    assert access.settings_from({}, {}, "/mount/src/strikemap/app.py").effective_mode == "hosted"
    assert access.settings_from({}, {access.PASSWORD_VAR: "pw"}).effective_mode == "hosted"
    assert access.settings_from({"auth": AUTH}, {}).effective_mode == "hosted"
    secrets = {"strikemap": {"mode": "hosted"}}
    assert access.settings_from(secrets, {}).effective_mode == "hosted"
    assert access.settings_from(secrets, {access.MODE_VAR: "local"}).effective_mode == "local"
    odd = access.settings_from({}, {access.MODE_VAR: "open"})
    assert odd.effective_mode == "hosted" and "none of" in odd.problems[0]


def test_providers_need_the_shared_auth_settings() -> None:
    assert access.settings_from({"auth": AUTH}, {}).providers == ("",)
    named = {k: v for k, v in AUTH.items() if k in ("redirect_uri", "cookie_secret")}
    named["google"] = {"client_id": "c", "client_secret": "s", "server_metadata_url": "https://x"}
    assert access.settings_from({"auth": named}, {}).providers == ("google",)
    assert access.settings_from({"auth": {"client_id": "c"}}, {}).providers == ()
    with_auth = access.settings_from({"auth": AUTH}, {})
    assert "no editor_emails" in with_auth.problems[0]
    assert not with_auth.password_sign_in  # a provider replaces passwords


def test_a_local_run_edits_on_this_machine_only() -> None:
    local = access.settings_from({}, {})
    assert access.decide(local, client_ip=None, user={}, state={}).editor.startswith("local")
    assert access.decide(local, client_ip="127.0.0.1", user={}, state={}).editor
    remote = access.decide(local, client_ip="192.168.1.20", user={}, state={})
    assert remote.editor is None and access.MODE_VAR in remote.reason
    proxied = access.decide(local, client_ip=None, user={}, state={},
                            headers={"Host": "strikemap.example.org"})
    assert proxied.editor is None  # a reverse proxy on this machine, serving the world
    for headers, local_ in (({"Host": "localhost:8501"}, True), ({"Host": "127.0.0.1"}, True),
                            ({"Host": "[::1]:8501"}, True), ({}, True),
                            ({"Host": "localhost:8501", "X-Forwarded-For": "203.0.113.9"},
                             False),
                            ({"host": "127.0.0.1:8501", "Forwarded": "for=203.0.113.9"}, False),
                            ({"Host": "10.0.0.5:8501"}, False)):
        assert access.is_local_client(None, headers) is local_, headers
    assert not access.is_local_client("192.168.1.20", {"Host": "localhost:8501"})
    everyone = access.settings_from({}, {access.MODE_VAR: "local"})
    assert access.decide(everyone, client_ip="192.168.1.20", user={}, state={}).editor


def test_signed_in_users_edit_only_when_listed() -> None:
    cfg = access.settings_from({"auth": AUTH, "strikemap": {
        "editor_emails": ["olena@newsroom.example", "@desk.example"]}}, {})
    signed = {"is_logged_in": True, "email": "Olena@Newsroom.example"}
    assert access.oidc_editor(cfg, signed) == "olena@newsroom.example"
    assert access.oidc_editor(cfg, {"is_logged_in": True, "email": "a@desk.example"})
    assert access.oidc_editor(cfg, {"is_logged_in": True, "email": "eve@elsewhere.example"}) \
        is None
    assert access.oidc_editor(cfg, {"is_logged_in": False, "email": "olena@newsroom.example"}) \
        is None
    anyone = access.settings_from({"auth": AUTH}, {access.EMAILS_VAR: "*"})
    assert access.oidc_editor(anyone, {"is_logged_in": True, "email": "x@y.example"})
    visitor = access.decide(cfg, client_ip="203.0.113.9",
                            user={"is_logged_in": True, "email": "eve@elsewhere.example"},
                            state={})
    assert visitor.editor is None and "not an editor" in visitor.reason


def test_passwords_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(access.hmac, "compare_digest", spy)
    monkeypatch.setattr(access.time, "sleep", lambda _s: None)
    cfg = access.settings_from({"strikemap": {"editor_password": "correct horse",
                                              "editors": {"Mykola": "his own"}}}, {})
    assert access.password_editor(cfg, " Olena ", "correct horse") == "Olena (shared password)"
    assert access.password_editor(cfg, "Mykola", "his own") == "Mykola"
    assert calls and all(len(a) == len(b) == 32 for a, b in calls)  # digests, not the text
    for name, password in (("Olena", "wrong"), ("Mykola", "correct horse"), ("", "correct horse")):
        with pytest.raises(SignInRefused):
            access.password_editor(cfg, name, password)


def test_guessing_is_stopped_for_everyone_after_many_failures(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(access.time, "sleep", lambda _s: None)
    monkeypatch.setattr(access, "MAX_FAILURES", 3)
    cfg = AccessSettings(mode="hosted", password="pw")
    for _ in range(3):
        with pytest.raises(SignInRefused, match="wrong"):
            access.password_editor(cfg, "x", "guess")
    with pytest.raises(SignInRefused, match="too many"):
        access.password_editor(cfg, "x", "pw")


def test_current_editor_reads_the_session() -> None:
    assert access.current_editor({access.EDITOR_KEY: "olena@newsroom.example"}) \
        == "olena@newsroom.example"
    assert access.current_editor({access.EDITOR_KEY: None}) is None
    assert access.current_editor({}) is None


# -- the page --------------------------------------------------------------------------------


@pytest.fixture()
def store_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              seed_samples: Path) -> Iterator[str]:
    """A store of its own, opened on the seed report alone."""
    url = f"sqlite:///{tmp_path / 'strikemap.gpkg'}"
    monkeypatch.setenv("STRIKEMAP_DB", url)
    monkeypatch.setattr(access.time, "sleep", lambda _s: None)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield url
    st.cache_resource.clear()
    st.cache_data.clear()


def _page(secrets: dict[str, Any] | None = None,
          user: dict[str, Any] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    if user is not None:
        at.user = user
    at.run()
    assert not at.exception
    return at


def _can_add(at: AppTest) -> bool:
    at.session_state["v_add"] = True  # "Add reports" builds its widgets only while open
    at.run()
    keys = {w.key for w in at.text_area} | {w.key for w in at.text_input}
    uploaders = [e for e in at.get("file_uploader")]
    return "paste_text" in keys and "fetch_url" in keys and bool(uploaders)


def _add(at: AppTest) -> None:
    at.text_area(key="paste_text").set_value(REPORT).run()
    at.button(key="paste_add").click().run()
    assert not at.exception and not at.error
    assert any("1 report, 1 event" in s.value for s in at.success)


def _added_by(url: str) -> list[str | None]:
    with open_store(url) as store:
        return [r[0] for r in store._db.execute(
            "SELECT added_by FROM articles WHERE source = 'pasted text'")]


def test_a_visitor_reads_but_cannot_add_fetch_upload_or_review(
        store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(access.PASSWORD_VAR, "correct horse")
    at = _page()
    assert not _can_add(at)
    assert int(next(m.value for m in at.metric if m.label == "Drones launched")
               .replace(",", "")) >= 111  # the map and figures are there
    notes = " ".join(c.value for c in at.caption)
    assert "Adding reports needs an editor" in notes and "Reviewing needs an editor" in notes
    assert not [w for w in at.text_input if w.key and w.key.startswith("rv_")]
    assert access.current_editor(at.session_state) is None


def test_a_wrong_password_is_refused(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(access.PASSWORD_VAR, "correct horse")
    at = _page()
    at.text_input(key="access_name").set_value("Olena")
    at.text_input(key="access_password").set_value("battery staple")
    at.button(key="FormSubmitter:access_form-Sign in").click().run()
    assert any("wrong name or password" in e.value for e in at.error)
    assert not _can_add(at)


def test_the_editor_password_allows_a_write_recorded_with_who(
        store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _page({"strikemap": {"mode": "hosted", "editor_password": "correct horse"}})
    at.text_input(key="access_name").set_value("Olena")
    at.text_input(key="access_password").set_value("correct horse")
    at.button(key="FormSubmitter:access_form-Sign in").click().run()
    assert not at.exception and _can_add(at)
    assert access.current_editor(at.session_state) == "Olena (shared password)"
    _add(at)
    assert _added_by(store_url) == ["Olena (shared password)"]
    at.button(key="access_sign_out").click().run()
    assert not _can_add(at)


def test_a_listed_signed_in_user_edits_and_is_recorded(store_url: str) -> None:
    secrets = {"auth": AUTH, "strikemap": {"editor_emails": ["olena@newsroom.example"]}}
    visitor = _page(secrets)
    assert not _can_add(visitor)
    assert any(b.key == "access_login_default" for b in visitor.button)  # st.login's button
    stranger = _page(secrets, {"is_logged_in": True, "email": "eve@elsewhere.example"})
    assert not _can_add(stranger)
    at = _page(secrets, {"is_logged_in": True, "email": "olena@newsroom.example",
                         "name": "Olena"})
    assert _can_add(at)
    _add(at)
    assert _added_by(store_url) == ["olena@newsroom.example"]


def test_a_local_run_stays_open_and_records_the_local_user(store_url: str) -> None:
    at = _page()
    assert _can_add(at)
    assert not any(h.value == "Editing" for h in at.header)  # no sign-in on a local run
    _add(at)
    assert _added_by(store_url) == [access.local_editor()]


def test_the_command_line_ingest_records_who_ran_it(tmp_path: Path) -> None:
    from extract.ingest import ingest

    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 's.gpkg'}") as store:
        ingest([report], store, jobs=1)
        got = store._db.execute("SELECT added_by FROM articles").fetchall()
        sources = store._db.execute("SELECT added_by FROM article_sources").fetchall()
    assert got == sources == [(access.local_editor("ingest"),)]
