"""Composition: the timeline, the cited brief, who said what, and source comparison."""
