"""Pipeline stage: times."""
