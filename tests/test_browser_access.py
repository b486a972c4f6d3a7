"""Signing in as an editor through Streamlit's own authentication, end to end: the app under
`streamlit run` with an `[auth]` section, a real headless Chromium, and a small OpenID Connect
provider on 127.0.0.1 standing in for Google or Okta (discovery, authorize, token with a signed
ID token, keys). A visitor reads; "Sign in" goes through the provider and back; the listed
editor adds a report and the store records their address."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import AbstractContextManager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from browser_support import ROOT, WAIT_MS, chromium, free_port, need_browser, streamlit_app

pytestmark = pytest.mark.browser

CLIENT_ID = "strikemap-test"
EDITOR = "olena@newsroom.example"
REPORT = ("Russian drones attacked Kharkiv overnight on 3 December, the regional governor said. "
          "At least 25 drones hit the city, killing four people and injuring 12.")


class Provider:
    """An OpenID Connect provider that signs in `EDITOR` whenever asked."""

    def __init__(self) -> None:
        from joserfc.jwk import RSAKey

        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key", "use": "sig",
                                                         "alg": "RS256"})
        self.seen: dict[str, Any] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _id_token(self) -> str:
        from joserfc import jwt

        now = int(time.time())
        claims = {"iss": self.url, "sub": "olena", "aud": CLIENT_ID, "iat": now,
                  "exp": now + 3600, "nonce": self.seen["authorize"]["nonce"][0],
                  "email": EDITOR, "email_verified": True, "name": "Olena"}
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.key)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _json(self, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                if url.path == "/.well-known/openid-configuration":
                    base = provider.url
                    self._json({"issuer": base, "authorization_endpoint": f"{base}/authorize",
                                "token_endpoint": f"{base}/token", "jwks_uri": f"{base}/jwks",
                                "response_types_supported": ["code"],
                                "subject_types_supported": ["public"],
                                "id_token_signing_alg_values_supported": ["RS256"]})
                elif url.path == "/jwks":
                    self._json({"keys": [provider.key.as_dict(private=False)]})
                elif url.path == "/authorize":
                    query = urllib.parse.parse_qs(url.query)
                    provider.seen["authorize"] = query
                    back = (f"{query['redirect_uri'][0]}?code=the-code&"
                            f"state={urllib.parse.quote(query['state'][0])}")
                    self.send_response(302)
                    self.send_header("Location", back)
                    self.end_headers()
                else:
                    self.send_error(404)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                if self.path != "/token" or form.get("code") != ["the-code"]:
                    self.send_error(400)
                    return
                provider.seen["token"] = {"form": form,
                                          "auth": self.headers.get("Authorization")}
                self._json({"access_token": "access", "token_type": "Bearer",
                            "expires_in": 3600, "id_token": provider._id_token()})

        return Handler


def _serve(run: Path, port: int) -> AbstractContextManager[str]:
    """`streamlit run app.py` from `run` (its .streamlit/ settings), its own store."""
    (run / ".streamlit").mkdir(exist_ok=True)
    shutil.copy(ROOT / ".streamlit" / "config.toml", run / ".streamlit" / "config.toml")
    env = {**os.environ, "STRIKEMAP_DB": f"sqlite:///{run / 'store.gpkg'}",
           "STRIKEMAP_SAMPLES": "off"}
    for var in ("STRIKEMAP_MODE", "STRIKEMAP_EDITOR_PASSWORD", "STRIKEMAP_EDITOR_EMAILS"):
        env.pop(var, None)
    return streamlit_app(env, run / "streamlit.log", cwd=run, port=port)


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The app, hosted mode with a sign-in provider, on a free localhost port."""
    need_browser()
    pytest.importorskip("joserfc")
    pytest.importorskip("httpx")
    provider = Provider()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    run = tmp_path_factory.mktemp("run")
    (run / ".streamlit").mkdir()
    (run / ".streamlit" / "secrets.toml").write_text(
        f'[auth]\nredirect_uri = "{base}/oauth2callback"\n'
        f'cookie_secret = "a-long-random-cookie-secret-only-for-this-test"\n'
        f'client_id = "{CLIENT_ID}"\nclient_secret = "the-client-secret"\n'
        f'server_metadata_url = "{provider.url}/.well-known/openid-configuration"\n\n'
        f'[strikemap]\neditor_emails = ["{EDITOR}"]\n', encoding="utf-8")
    try:
        with _serve(run, port) as url:
            yield {"url": url, "provider": provider, "store": run / "store.gpkg"}
    finally:
        provider.close()


def _open_adding(page: Any) -> None:
    """Open "Add reports" unless it is open: it builds its widgets only while open."""
    section = page.locator("details").filter(has_text="Add reports")
    section.wait_for(timeout=WAIT_MS)
    if section.get_attribute("open") is None:
        section.locator("summary").click()


def test_a_local_run_stays_open_in_a_browser(tmp_path: Path) -> None:
    """No secrets, a browser on this machine: adding is there, no sign-in (as before)."""
    need_browser()
    with _serve(tmp_path, free_port()) as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(url, wait_until="domcontentloaded")
        _open_adding(page)
        page.get_by_label("Paste a report").wait_for(timeout=WAIT_MS)
        assert page.get_by_text("Read-only").count() == 0


def test_an_editor_signs_in_through_the_provider_and_their_add_records_them(
        hosted: dict[str, Any]) -> None:

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(hosted["url"], wait_until="domcontentloaded")
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_text("Read-only: sign in to add or review reports").wait_for(
            timeout=WAIT_MS)
        assert page.get_by_label("Paste a report").count() == 0  # a visitor cannot add

        sidebar.get_by_role("button", name="Sign in").click()
        sidebar.get_by_text(f"Signed in as {EDITOR}").wait_for(timeout=WAIT_MS)
        asked = hosted["provider"].seen["authorize"]
        assert asked["client_id"] == [CLIENT_ID]
        assert asked["redirect_uri"] == [f"{hosted['url']}/oauth2callback"]
        assert "openid" in asked["scope"][0].split()
        assert hosted["provider"].seen["token"]["form"]["grant_type"] == [
            "authorization_code"]

        _open_adding(page)
        box = page.get_by_label("Paste a report")
        box.fill(REPORT)
        box.press("Control+Enter")  # a text area sends its value on Ctrl+Enter or blur
        page.get_by_role("button", name="Add pasted report").click()
        page.get_by_text("pasted text: 1 report, 1 event").wait_for(timeout=WAIT_MS)
    with sqlite3.connect(hosted["store"]) as db:
        who = db.execute("SELECT added_by FROM articles WHERE source = 'pasted text'").fetchall()
    assert who == [(EDITOR,)]
