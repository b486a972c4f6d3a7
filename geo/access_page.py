"""The dashboard's sign-in: widgets only (who may write is decided in `geo.access`).

`app.py` calls `sign_in` once per run, before anything that writes; it returns who edits in
this session (None: a visitor, read-only) and keeps it where `geo.access.current_editor`
finds it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from geo import access
from geo.view import markdown_text


def _secrets() -> Mapping[str, Any]:
    try:
        return st.secrets.to_dict()
    except Exception:  # no secrets.toml (StreamlitSecretNotFoundError), or an unreadable one
        return {}


def _user() -> Mapping[str, Any]:
    try:
        return st.user.to_dict()
    except Exception:  # an [auth] section Streamlit refuses: nobody is signed in
        return {}


def _headers() -> Mapping[str, str]:
    try:
        return dict(st.context.headers)
    except Exception:  # no request (a bare run)
        return {}


def _sign_out(oidc: bool) -> None:
    st.session_state.pop(access.PASSWORD_KEY, None)
    if oidc:
        st.logout()


def sign_in() -> access.Access:
    """Who edits in this session, with the sidebar's sign-in and sign-out for a hosted page
    (a local run shows none: it edits as today)."""
    settings = access.settings_from(_secrets(), os.environ, str(Path(__file__).resolve()))
    user = _user()
    got = access.decide(settings, client_ip=st.context.ip_address, user=user,
                        state=st.session_state, headers=_headers())
    st.session_state[access.EDITOR_KEY] = got.editor
    if got.mode == "local" and got.editor:
        return got
    with st.sidebar:
        st.header("Editing")
        for problem in settings.problems:
            st.warning(markdown_text(problem))
        if got.editor:
            st.caption(f"Signed in as **{markdown_text(got.editor)}**; what you add or "
                       "correct records it.")
            st.button("Sign out", key="access_sign_out", on_click=_sign_out,
                      args=(bool(user.get("is_logged_in")),))
            return got
        st.caption(f"Read-only: {markdown_text(got.reason or '')}.")
        for provider in settings.providers:
            st.button(f"Sign in with {provider.title()}" if provider else "Sign in",
                      key=f"access_login_{provider or 'default'}", on_click=st.login,
                      args=(provider,) if provider else ())
        if settings.password_sign_in:
            with st.form("access_form", clear_on_submit=True, enter_to_submit=True):
                name = st.text_input("Your name", key="access_name", max_chars=access.MAX_NAME)
                password = st.text_input("Editor password", type="password",
                                         key="access_password")
                if st.form_submit_button("Sign in"):
                    try:
                        st.session_state[access.PASSWORD_KEY] = access.password_editor(
                            settings, name, password)
                    except access.SignInRefused as exc:
                        st.error(f"Not signed in: {exc}.")
                    else:
                        st.rerun()
    return got
