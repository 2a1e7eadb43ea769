from pathlib import Path

import pytest

import marsad

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="session")
def nlp():
    return marsad.load()


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
