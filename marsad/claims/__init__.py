"""Pipeline stage: claims."""
