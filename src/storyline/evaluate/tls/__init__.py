"""Timeline-summarization evaluation in the published protocol (Timeline17, Crisis, Entities)."""
