"""Pipeline stage: entities."""
