"""Time expressions: TIMEX3 values resolved against the article's own date."""
