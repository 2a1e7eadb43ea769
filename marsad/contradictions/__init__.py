"""Pipeline stage: contradictions."""
