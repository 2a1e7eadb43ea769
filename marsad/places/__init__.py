"""Pipeline stage: places."""
