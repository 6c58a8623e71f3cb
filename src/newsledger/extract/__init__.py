"""Extractors: one module each, every one a spaCy component writing Doc extensions."""
