"""Strikemap extraction: place mentions and strike facts from news text."""
