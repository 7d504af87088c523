"""What the window process loads: the experiment, the catalog, shapes, schedules, events
and what is known of the data. Never imports keras or tensorflow (import-linter checks)."""
