"""Event dating: which time expression dates an event.

An event takes the day-, month- or year-level time expression nearest to its trigger in the same
sentence (preferring one before the trigger, as in "أعلنت الوزارة الإثنين أن ..."); failing that,
the article's lead date (the first day-level date in its first two sentences: news of the day);
failing that, nothing. A historical event is dated only by its own sentence, never by the
lead date or the publication date.
"""

from __future__ import annotations

from marsad.doc import Document, TimeExpression

_DATING = {"day", "month", "year", "week", "minute"}


def _date(time: TimeExpression) -> dict[str, str]:
    granularity = "day" if time.granularity == "minute" else time.granularity
    value = time.value[:10] if time.granularity == "minute" and time.value else time.value
    return {"value": value, "granularity": granularity}  # type: ignore[dict-item]


def _clause(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    """The comma- or semicolon-delimited clause of ``text[start:end]`` around ``offset``."""
    breaks = "،؛;"
    left = max((text.rfind(b, start, offset) for b in breaks), default=-1)
    rights = [i for i in (text.find(b, offset, end) for b in breaks) if i != -1]
    return (left + 1 if left >= start else start), (min(rights) if rights else end)


def date_for(
    doc: Document, sentence_index: int, trigger_start: int, historical: bool
) -> dict[str, str] | None:
    """The date of an event whose trigger starts at original offset ``trigger_start``."""
    if not doc.sentences or not 0 <= sentence_index < len(doc.sentences):
        return None
    sentence = doc.sentences[sentence_index]
    candidates = [
        t
        for t in doc.times
        if t.value and t.granularity in _DATING and sentence.start <= t.start < sentence.end
    ]
    clause_start, clause_end = _clause(doc.text, sentence.start, sentence.end, trigger_start)
    # Background is dated only by what its sentence says ("وكان الوزير قد اتصل، مساء الإثنين،"
    # keeps its Monday), never by the article's lead date or the publication date.
    if candidates:
        in_clause = [t for t in candidates if clause_start <= t.start < clause_end]
        if in_clause:  # "اندلعت اشتباكات ... في 27 سبتمبر": the clause's own date
            return _date(min(in_clause, key=lambda t: abs(t.start - trigger_start)))
        before = [t for t in candidates if t.start <= trigger_start]
        nearest = before[-1] if before else candidates[0]
        return _date(nearest)
    if historical:
        return None
    lead_end = doc.sentences[min(1, len(doc.sentences) - 1)].end
    for time in doc.times:
        if time.start >= lead_end:
            break
        if time.value and time.granularity in {"day", "minute"}:
            return _date(time)
    return None
