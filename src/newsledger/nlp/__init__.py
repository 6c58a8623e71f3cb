"""The spaCy pipeline and the process pool that runs it."""
