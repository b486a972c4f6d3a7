"""Strikemap dashboard (minimal page until the dashboard lands)."""

from __future__ import annotations

import streamlit as st

from geo.units import aggregate

st.set_page_config(page_title="Strikemap", layout="wide")
st.title("Strikemap")
st.caption("Mapping strikes on Ukraine from news reports.")
st.dataframe(aggregate(None)[["iso", "name", "name_uk"]], hide_index=True)
