"""Pipeline stage: events."""
