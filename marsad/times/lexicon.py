"""Time vocabulary from marsad/resources/times/, normalised and ready for the recogniser."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.resources import ResourceError, read_table
from marsad.text.normalize import normalize_key

_UNITS_1_9 = ("واحد", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه")
_TENS = {"عشرين": 20, "ثلاثين": 30, "اربعين": 40, "خمسين": 50}
_ORDINAL_UNITS = (
    "الحادي",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
)


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    months: dict[str, tuple[int, str]]  # name -> (month, system)
    weekdays: dict[str, int]  # name -> isoweekday
    cardinals: dict[str, int]
    ordinals: dict[str, int]  # masculine and feminine ordinals ("الخامس", "العاشره")
    units: dict[str, tuple[str, int | None]]  # word -> (unit code, count given by the word)
    period_parts: dict[str, str]  # مطلع -> START
    day_parts: dict[str, str]  # مساء -> EV
    markers: dict[str, str]  # الماضي -> past, المقبل -> future, الجاري -> current


def _int(row: dict[str, str], column: str, name: str) -> int:
    try:
        return int(row[column])
    except ValueError:
        raise ResourceError(f"{name}:{row['_line']}: {column} must be a number") from None


def _feminine(ordinal: str) -> str:
    """Feminine ordinal as used with الساعة: الخامس → الخامسه, الحادي عشر → الحاديه عشره."""
    if ordinal == "الاول":
        return "الاولي"
    return " ".join(word + "ه" for word in ordinal.split())


@cache
def time_lexicon() -> TimeLexicon:
    months: dict[str, tuple[int, str]] = {}
    for row in read_table("times/months.tsv", ("name", "month", "system")):
        month = _int(row, "month", "times/months.tsv")
        if not 1 <= month <= 12:
            raise ResourceError(f"times/months.tsv:{row['_line']}: month out of range")
        months[normalize_key(row["name"])] = (month, row["system"])
    weekdays = {
        normalize_key(row["name"]): _int(row, "isoweekday", "times/weekdays.tsv")
        for row in read_table("times/weekdays.tsv", ("name", "isoweekday"))
    }
    cardinals: dict[str, int] = {}
    ordinals: dict[str, int] = {}
    for row in read_table("times/numbers.tsv", ("word", "value", "kind")):
        target = ordinals if row["kind"] == "ordinal" else cardinals
        target[normalize_key(row["word"])] = _int(row, "value", "times/numbers.tsv")
    # Compound numbers 21-59: "واحد وعشرين", "الحادي والعشرين".
    for tens_word, tens in _TENS.items():
        for index, unit in enumerate(_UNITS_1_9, start=1):
            cardinals[f"{unit} و{tens_word}"] = tens + index
            ordinals[f"{_ORDINAL_UNITS[index - 1]} وال{tens_word}"] = tens + index
    ordinals.update({_feminine(word): value for word, value in list(ordinals.items())})
    units: dict[str, tuple[str, int | None]] = {}
    for row in read_table("times/units.tsv", ("word", "unit")):
        count = _int(row, "count", "times/units.tsv") if row.get("count") else None
        units[normalize_key(row["word"])] = (row["unit"], count)
    period_parts: dict[str, str] = {}
    day_parts: dict[str, str] = {}
    markers: dict[str, str] = {}
    for row in read_table("times/cues.tsv", ("word", "kind")):
        word = normalize_key(row["word"])
        if row["kind"] == "period_part":
            period_parts[word] = row["value"]
        elif row["kind"] == "day_part":
            day_parts[word] = row["value"]
        elif row["kind"] in {"past", "future", "current"}:
            markers[word] = row["kind"]
        else:
            raise ResourceError(f"times/cues.tsv:{row['_line']}: unknown kind {row['kind']!r}")
    return TimeLexicon(
        months, weekdays, cardinals, ordinals, units, period_parts, day_parts, markers
    )
