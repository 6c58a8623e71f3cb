"""Commands that rebuild the models shipped in the package from `../shared` (CI never runs them)."""
