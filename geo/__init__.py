"""Strikemap geo core: gazetteer, geocoding, the 27 units, maps."""
