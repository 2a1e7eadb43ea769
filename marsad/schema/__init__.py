"""The document contract: JSON Schema of Marsad's output and a validator."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "document.schema.json"


@cache
def document_schema() -> dict[str, Any]:
    text = resources.files("marsad.schema").joinpath(SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(document_schema())


def validation_errors(document: dict[str, Any]) -> list[str]:
    """Messages for every way ``document`` breaks the contract (empty when valid)."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.path))
    return [f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors]


def validate_document(document: dict[str, Any]) -> None:
    """Raise ``ValueError`` listing the violations when ``document`` breaks the contract."""
    errors = validation_errors(document)
    if errors:
        raise ValueError("document breaks the schema:\n" + "\n".join(errors))
