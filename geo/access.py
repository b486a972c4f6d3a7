"""Who may write: viewers and editors of the dashboard.

A hosted dashboard is read by many and written by few: visitors see the map, tables and
downloads; adding reports (paste, upload, fetch) and reviewing need an *editor*. Three modes:

- **local** (`streamlit run app.py` on one's own machine): whoever uses the page edits, as
  `local:<user name>`. A browser on another machine reaching a local run is a visitor unless
  `STRIKEMAP_MODE=local` says everyone may edit (a trusted network).
- **hosted**: visitors read; editors sign in with Streamlit's own authentication (`st.login`,
  an OpenID Connect provider in the `[auth]` section of `.streamlit/secrets.toml`) and must be
  listed in `editor_emails`, or, where no provider is configured, with an editor password
  (`editor_password`, or one password per editor in `[strikemap.editors]`), kept in secrets or
  `STRIKEMAP_EDITOR_PASSWORD`. Passwords are compared in constant time.
- **auto** (the default, `STRIKEMAP_MODE` unset): hosted when editors are configured (a
  provider or a password) or the app runs on Streamlit Community Cloud (checked out under
  `/mount/src/`), else local.

Every write records who made it (`Store.add(..., who=...)`, the corrections log's `who`).
Pure functions over plain mappings (secrets, environment, `st.user`, session state): nothing
here imports Streamlit, the page passes them in (`app.py`).
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Environment variables (each may also be set in the `[strikemap]` section of the secrets).
MODE_VAR = "STRIKEMAP_MODE"
PASSWORD_VAR = "STRIKEMAP_EDITOR_PASSWORD"
EMAILS_VAR = "STRIKEMAP_EDITOR_EMAILS"
#: The secrets section with Strikemap's own settings.
SECTION = "strikemap"
#: Session-state keys: the editor of this run (`current_editor`), and who signed in with a
#: password in this session.
EDITOR_KEY = "strikemap_editor"
PASSWORD_KEY = "strikemap_password_editor"
#: Where Streamlit Community Cloud checks out the app's repository.
COMMUNITY_CLOUD_ROOT = "/mount/src/"
MODES = ("local", "hosted", "auto")
#: The longest editor name a password sign-in records.
MAX_NAME = 80
#: Failed password sign-ins (all sessions together) within `FAILURE_WINDOW` seconds from which
#: password sign-in pauses until the window has passed: guessing stays slow.
MAX_FAILURES = 20
FAILURE_WINDOW = 600.0


@dataclass(frozen=True, slots=True)
class AccessSettings:
    """What the deployment configured; `problems` are settings that were not understood."""

    mode: str = "auto"
    #: Sign-in providers of `[auth]`: "" the default one, else the names of `[auth.NAME]`.
    providers: tuple[str, ...] = ()
    password: str | None = None
    passwords: Mapping[str, str] = field(default_factory=dict)
    #: Signed-in users who are editors (lower-case e-mails, "@domain" for a whole domain,
    #: "*" for every signed-in user).
    editor_emails: frozenset[str] = frozenset()
    community_cloud: bool = False
    problems: tuple[str, ...] = ()

    @property
    def editors_configured(self) -> bool:
        return bool(self.providers or self.password or self.passwords)

    @property
    def effective_mode(self) -> str:
        """"local" or "hosted" ("auto" resolved as the module docstring says)."""
        if self.mode != "auto":
            return self.mode
        return "hosted" if self.editors_configured or self.community_cloud else "local"

    @property
    def password_sign_in(self) -> bool:
        """Passwords sign editors in only where no provider is configured."""
        return not self.providers and bool(self.password or self.passwords)


def _section(secrets: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = secrets.get(name)
    return value if isinstance(value, Mapping) else {}


def _providers(auth: Mapping[str, Any]) -> tuple[str, ...]:
    """The providers `st.login` can use: the default one when `[auth]` itself names a client,
    and each `[auth.NAME]` sub-section that does."""
    if not auth.get("redirect_uri") or not auth.get("cookie_secret"):
        return ()
    out = [""] if auth.get("client_id") else []
    out += [k for k, v in auth.items() if isinstance(v, Mapping) and v.get("client_id")]
    return tuple(out)


def _emails(value: Any) -> frozenset[str]:
    items = value.split(",") if isinstance(value, str) else value if isinstance(
        value, list | tuple) else []
    return frozenset(str(v).strip().lower() for v in items if str(v).strip())


def settings_from(secrets: Mapping[str, Any], env: Mapping[str, str],
                  app_path: str = "") -> AccessSettings:
    """The access settings from the secrets (`[auth]`, `[strikemap]`), the environment (which
    wins) and where the app runs from."""
    own = _section(secrets, SECTION)
    problems: list[str] = []
    mode = str(env.get(MODE_VAR) or own.get("mode") or "auto").strip().lower()
    if mode not in MODES:
        problems.append(f"{MODE_VAR}={mode!r} is none of {', '.join(MODES)}; hosted assumed")
        mode = "hosted"
    password = env.get(PASSWORD_VAR) or own.get("editor_password") or None
    editors = _section(own, "editors")
    passwords = {str(k).strip(): str(v) for k, v in editors.items() if str(v)}
    emails = _emails(env.get(EMAILS_VAR) or own.get("editor_emails") or [])
    providers = _providers(_section(secrets, "auth"))
    if providers and not emails:
        problems.append("sign-in is configured but no editor_emails are listed: signed-in "
                        "users can only read")
    return AccessSettings(mode=mode, providers=providers,
                          password=str(password) if password else None, passwords=passwords,
                          editor_emails=emails,
                          community_cloud=str(app_path).startswith(COMMUNITY_CLOUD_ROOT),
                          problems=tuple(problems))


def local_editor(kind: str = "local") -> str:
    """Who writes from this machine: `local:<the operating system's user name>` for a local
    dashboard, `ingest:<user name>` for the command line."""
    try:
        return f"{kind}:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name (some containers)
        return kind


#: Headers a reverse proxy adds: a request carrying one came from elsewhere.
_PROXY_HEADERS = ("x-forwarded-for", "x-forwarded-host", "x-real-ip", "forwarded")
_LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]", "::1")


def is_local_client(ip: str | None, headers: Mapping[str, str] | None = None) -> bool:
    """Whether the browser runs on this machine: a loopback address (Streamlit gives None
    for localhost), no reverse proxy's forwarding headers, and a loopback `Host`. A proxy on
    the same machine that adds none of those headers looks local: such deployments set
    `STRIKEMAP_MODE=hosted` (README)."""
    if not (ip is None or ip == "::1" or ip == "localhost" or ip.startswith("127.")):
        return False
    lower = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    if any(h in lower for h in _PROXY_HEADERS):
        return False
    host = lower.get("host", "").strip().lower()
    if host.startswith("["):  # [::1]:8501
        name = host.split("]")[0] + "]"
    else:
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return not host or name in _LOOPBACK_HOSTS or name.startswith("127.")


def oidc_editor(settings: AccessSettings, user: Mapping[str, Any]) -> str | None:
    """The signed-in user (`st.user`) as an editor (their e-mail), or None when not signed
    in or not listed in `editor_emails`."""
    if not settings.providers or not user.get("is_logged_in"):
        return None
    email = str(user.get("email") or "").strip().lower()
    allowed = settings.editor_emails
    if "*" in allowed:
        return email or str(user.get("sub") or "") or None
    if email and (email in allowed or f"@{email.rpartition('@')[2]}" in allowed):
        return email
    return None


def _same(given: str, expected: str) -> bool:
    """Constant-time comparison (of digests, so not even the length leaks)."""
    return hmac.compare_digest(hashlib.sha256(given.encode("utf-8")).digest(),
                               hashlib.sha256(expected.encode("utf-8")).digest())


class _Failures:
    """Failed password sign-ins of the whole server in the last `FAILURE_WINDOW` seconds."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._times: deque[float] = deque()

    def _trim(self, now: float) -> None:
        while self._times and now - self._times[0] > FAILURE_WINDOW:
            self._times.popleft()

    def blocked(self) -> bool:
        with self._lock:
            self._trim(time.monotonic())
            return len(self._times) >= MAX_FAILURES

    def add(self) -> None:
        with self._lock:
            now = time.monotonic()
            self._trim(now)
            self._times.append(now)

    def clear(self) -> None:
        with self._lock:
            self._times.clear()


FAILURES = _Failures()


class SignInRefused(ValueError):
    """A password sign-in that failed; the message is for the user."""


def password_editor(settings: AccessSettings, name: str, password: str) -> str:
    """Sign an editor in with a name and password; who they are recorded as.

    With per-editor passwords (`[strikemap.editors]`) the name must be listed and the password
    its own: recorded as the name. With the shared password the name is whatever the editor
    types: recorded as "NAME (shared password)", since anyone with it could type any name.

    Raises `SignInRefused` (wrong name or password, no name, or too many failures lately).
    """
    if not settings.password_sign_in:
        raise SignInRefused("password sign-in is not configured here")
    if FAILURES.blocked():
        raise SignInRefused("too many failed sign-ins lately; try again in a few minutes")
    name = " ".join(str(name).split())[:MAX_NAME]
    if not name:
        raise SignInRefused("give your name: it is recorded with what you add")
    own = settings.passwords.get(name)
    if own is not None and _same(password, own):
        return name
    if own is None and settings.password and _same(password, settings.password):
        return f"{name} (shared password)"
    FAILURES.add()
    time.sleep(0.5)  # one guess at a time per session, slowly
    raise SignInRefused("wrong name or password")


@dataclass(frozen=True, slots=True)
class Access:
    """What this page may do: `editor` is who writes (None: a read-only visitor)."""

    mode: str
    editor: str | None
    #: Why a visitor cannot edit, for the page to say (None for an editor).
    reason: str | None = None


def decide(settings: AccessSettings, *, client_ip: str | None, user: Mapping[str, Any],
           state: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> Access:
    """Who is at the page: a local user, a signed-in editor, or a visitor.

    `client_ip` is `st.context.ip_address` (None on localhost), `headers` the request's
    (`st.context.headers`), `user` is `st.user`, `state` the session state (a password
    sign-in is kept there under `PASSWORD_KEY`).
    """
    mode = settings.effective_mode
    if mode == "local":
        if settings.mode == "local" or is_local_client(client_ip, headers):
            return Access(mode, local_editor())
        return Access(mode, None, "this local run is read-only for other machines; its owner "
                                  f"can set {MODE_VAR}=local to let everyone edit")
    editor = oidc_editor(settings, user)
    if editor is None and settings.password_sign_in:
        kept = state.get(PASSWORD_KEY)
        editor = kept if isinstance(kept, str) and kept else None
    if editor is not None:
        return Access(mode, editor)
    if settings.providers:
        reason = ("your account is not an editor here" if user.get("is_logged_in")
                  else "sign in to add or review reports")
    elif settings.password_sign_in:
        reason = "sign in with the editor password to add or review reports"
    else:
        reason = "this deployment is read-only (no editors are configured)"
    return Access(mode, None, reason)


def current_editor(state: Mapping[str, Any]) -> str | None:
    """Who is editing in this session (the page stores it under `EDITOR_KEY` on every run);
    None for a read-only visitor. Pass `st.session_state`. Every write records it."""
    editor = state.get(EDITOR_KEY)
    return editor if isinstance(editor, str) and editor else None
