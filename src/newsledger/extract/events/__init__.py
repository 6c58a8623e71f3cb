"""Events: PLOVER categories with actor, target, place, time and status."""
