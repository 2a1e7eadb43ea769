"""Marsad (مرصد): structured, source-attributed event data from Arabic news.

import marsad
nlp = marsad.load()
doc = nlp("...", published="2022-09-13")
doc.to_dict()
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from marsad.pipeline import Pipeline, Settings


def load(skip: Iterable[str] = (), settings: Settings | None = None) -> Pipeline:
    """Build the pipeline; ``skip`` names components to leave out (e.g. ``["events"]``)."""
    from marsad.pipeline import Pipeline

    return Pipeline(skip=skip, settings=settings)


__all__ = ["__version__", "load"]
