"""Entities: spaCy NER corrected and typed, mentions clustered into entities."""
