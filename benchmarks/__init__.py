"""Benchmarks: run on demand, each printing ratios against a baseline measured in the same run."""
