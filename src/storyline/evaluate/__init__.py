"""Metrics and benchmark runners, as a tested library."""
