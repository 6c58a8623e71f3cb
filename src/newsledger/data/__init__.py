"""Data files shipped with newsledger."""
