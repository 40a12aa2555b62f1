"""Cross-document merging: entities and events (blocking key first, then clustering in a block)."""
