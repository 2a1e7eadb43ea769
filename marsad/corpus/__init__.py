"""Corpus tools: read collections of articles, ingest them into a store, query and export."""
