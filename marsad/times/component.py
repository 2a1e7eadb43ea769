"""Pipeline component ``times``: temporal expressions with TIMEX3-style values."""

from __future__ import annotations

from datetime import date

from marsad.doc import Document, TimeExpression
from marsad.times.recognize import find_times


class TimesComponent:
    name = "times"

    def __call__(self, doc: Document) -> Document:
        published = date.fromisoformat(doc.published) if doc.published else None
        doc.times = []
        for found in find_times(doc.normalized.text, published):
            span = doc.span(found.start, found.end)
            doc.times.append(
                TimeExpression(
                    start=span.start,
                    end=span.end,
                    text=doc.text[span.start : span.end],
                    value=found.value,
                    granularity=found.granularity,
                    anchor=found.anchor,
                    modifier=found.modifier,
                    calendar=found.calendar,
                    hijri=found.hijri,
                    part_of_day=found.part_of_day,
                    relative=found.relative,
                )
            )
        return doc
