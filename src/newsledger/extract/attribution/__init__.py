"""Attribution: who said what, with cue, source and content spans."""
