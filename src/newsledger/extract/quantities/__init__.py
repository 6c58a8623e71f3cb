"""Quantities: numbers with units normalised and bounds kept."""
