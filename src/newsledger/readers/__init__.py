"""Readers: text, HTML, JSONL, feeds, WARC and front matter into Articles."""
