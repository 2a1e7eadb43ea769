"""Find temporal expressions in normalised Arabic text and normalise them to TIMEX3-style values.

One regular expression, built from the time lexicon, finds candidates left to right; ``resolve``
turns each match into a value using the publication date (relative expressions) or the last
explicit date before it (anaphora such as "من العام ذاته").
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import regex
from hijridate import Hijri

from marsad.times.lexicon import TimeLexicon, time_lexicon


@dataclass(slots=True)
class FoundTime:
    """A time expression in normalised offsets, before mapping back to the original text."""

    start: int
    end: int
    value: str | None
    granularity: str | None
    anchor: str | None
    modifier: str | None = None
    calendar: str = "gregorian"
    hijri: str | None = None
    part_of_day: str | None = None
    relative: str | None = None


def _alternation(words: object) -> str:
    """Regex alternation of lexicon words, longest first; spaces match any run of spaces."""
    ordered = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _pattern() -> regex.Pattern[str]:
    lex = time_lexicon()
    gregorian = [name for name, (_, system) in lex.months.items() if system != "hijri"]
    hijri = [name for name, (_, system) in lex.months.items() if system == "hijri"]
    month = f"(?:{_alternation(gregorian)})"
    # "سبتمبر/أيلول", "أيلول (سبتمبر)", "سبتمبر - أيلول"
    month_pair = rf"{month}(?:\s*[/(\-]\s*{month}\s*\)?)?"
    weekday = _alternation(lex.weekdays)
    day_part = _alternation(lex.day_parts)
    part = _alternation(lex.period_parts)
    ordinal = _alternation(lex.ordinals)
    number_word = _alternation(lex.cardinals)
    unit = _alternation(lex.units)
    marker = _alternation(lex.markers)
    year = r"(?:1[89]\d\d|20\d\d|21\d\d)"
    same = r"(?:ذاته|نفسه|ذاتها|نفسها)"
    # "مساء الإثنين 12 سبتمبر", "أمس الأربعاء 6 أبريل", "فجر اليوم الاثنين 3 ربيع الأول": the
    # weekday and the day it is relative to belong to the written date
    day_ref = (
        rf"(?:(?P<dp1>{day_part})\s+(?:يوم\s+)?)?(?:(?:اليوم|امس|البارحه)\s+)?"
        rf"(?:(?:يوم\s+)?(?P<wd>{weekday})\s+(?:(?P<dp2>{day_part})\s+)?(?:الموافق\s+)?)?"
    )
    full_date = (
        rf"(?:(?P<part>{part})\s+)?{day_ref}"
        rf"(?:(?P<day>\d{{1,2}})|(?P<dayword>{ordinal}))\s*(?:من\s+)?(?:شهر\s+)?(?P<month>{month_pair})"
        rf"(?:\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?:(?P<year>{year})(?:\s*م(?![\p{{L}}]))?"
        rf"|(?P<sameyear>(?:العام|السنه)\s+{same})|(?P<relyear>(?:العام|السنه)\s+(?:{marker}))"
        rf"|(?P<dmarker>{marker})))?"
        rf"(?:\s+(?P<dp3>{day_part}))?"
    )
    month_year = (
        rf"(?:(?P<part>{part})\s+)?(?:شهر\s+)?(?P<month>{month_pair})\s*(?:من\s+)?"
        rf"(?:(?:عام|العام|سنه)\s+)?(?:(?P<year>{year})"
        rf"|(?P<sameyear>(?:العام|السنه)\s+{same})|(?P<relyear>(?:العام|السنه)\s+(?:{marker})))"
    )
    month_marker = (
        rf"(?:(?P<part>{part})\s+)?(?:شهر\s+)?(?P<month>{month_pair})\s+(?P<marker>{marker})"
    )
    # "مطلع يناير/كانون الثاني", "في مارس": a month without its year is the last one by then
    month_alone = (
        rf"(?:(?P<part>{part})\s+|(?<=(?:في|خلال|منذ|حتي)\s+))(?:شهر\s+)?(?P<month>{month_pair})"
        rf"(?!\s*(?:[/(\-]|\d|عام|العام|سنه))"
    )
    hijri_date = (
        rf"(?:(?:(?P<hday>\d{{1,2}})|(?P<hdayword>{ordinal})\s+(?:من\s+)?)\s*)?(?P<hmonth>{_alternation(hijri)})\s+(?P<hyear>1[34]\d\d)"
        r"\s*ه(?![\p{L}])"
    )
    hijri_year = r"(?:(?:عام|العام|سنه)\s+)?(?P<hyear>1[34]\d\d)\s*ه(?![\p{L}])"
    year_only = (
        rf"(?:(?P<part>{part})\s+(?:(?:عام|العام|سنه)\s+)?|(?:عام|العام|سنه|منذ|حتي|خلال)\s+"
        # "في 2019" is the year when punctuation or a clause's next word follows, not "في 2000
        # منزل" (in 2000 houses)
        rf"|(?<=في\s+)(?=(?:{year})(?:\s*[،,.؛:)]|\s+(?:و|ف|حين|عندما|حيث|ثم|قبل|بعد|الي|علي|عن|من|مع)\b)))"
        rf"(?P<year>{year})(?![\d])"
    )
    anaphora = (  # "في اليوم التالي", "صباح اليوم التالي", "من العام ذاته"
        rf"(?:(?P<dp1>{day_part})\s+)?"
        rf"(?P<anaperiod>اليوم|الشهر|العام|الاسبوع|السنه)\s+(?P<anakind>التالي|التاليه|{same})"
    )
    # "التاسع من الشهر الجاري", "مساء 22 من الشهر ذاته": a day of the current or told month
    month_day = (
        rf"{day_ref}(?:(?P<day>\d{{1,2}})|(?P<dayword>{ordinal}))\s+من\s+(?:هذا\s+)?الشهر"
        rf"(?:\s+(?P<mref>{marker}|{same}))?(?:\s+(?P<dp3>{day_part}))?"
    )
    relative_day = (
        rf"(?:(?P<dp1>{day_part})\s+)?(?P<rel>اول\s+(?:من\s+)?امس|يوم\s+امس|امس|البارحه|اليوم|غدا"
        rf"|بعد\s+غد|يوم\s+غد|غد(?=\s+(?:{weekday}))"  # "يوم غد السبت", "صباح غد الأحد"
        rf"|الليله\s+(?:الماضيه|قبل\s+الماضيه))(?:\s+(?P<wd>{weekday}))?(?:\s+(?P<dp3>{day_part}))?"
    )
    weekday_alone = (
        rf"(?:(?P<dp1>{day_part})\s+)?(?:يوم\s+)?(?P<wd>{weekday})(?:\s+(?P<marker>{marker}))?"
        rf"(?:\s+(?P<dp3>{day_part}))?"
    )
    period_relative = (
        rf"(?:(?P<part>{part})\s+)?(?:(?P<period>الاسبوع|الشهر|العام|السنه)\s+(?P<marker>{marker})"
        rf"|(?:هذا|هذه)\s+(?P<thisperiod>الاسبوع|الشهر|العام|السنه))"
    )
    count = rf"(?:(?P<n>\d+(?:[.,]\d+)?)|(?P<nword>{number_word}))"
    offset = rf"(?P<dir>قبل|بعد)\s+(?:{count}\s+)?(?P<unit>{unit})"
    duration = rf"(?:(?:ال)?{count}\s+)?(?P<unit>{unit})"  # "خلال الـ72 ساعة المقبلة"
    # "الأيام الثلاثة الماضية", "اليومين الماضيين", "الساعات الـ24 الماضية": the last so many
    dual_unit = _alternation(w for w, (_, n) in lex.units.items() if n == 2)
    recent_span = (
        rf"(?:ال(?P<runit>{unit})\s+(?:ال\s*(?P<n>\d+)|ال(?P<nword>{number_word}))"
        rf"|ال(?P<runit2>{dual_unit}))"
        rf"\s+(?:الماضيه|الماضيين|الماضي|الاخيره|الاخيرين|الاخير|المنصرمه)"
    )
    # "نحو عام", "قرابة شهر": about one of the unit
    about_unit = rf"(?:نحو|قرابه|حوالي|زهاء)\s+(?P<aunit>{unit})"
    # "لليوم الثالث على التوالي": the third day running, three days so far
    running = (  # "لليوم": ل before the article drops its alif
        rf"(?P<ounit>(?:ال|ل)(?:يوم|اسبوع|شهر|عام))\s+(?P<oord>{ordinal})\s+(?:علي\s+)?التوالي"
    )
    clock = (
        rf"الساعه\s+(?:(?P<hour>\d{{1,2}})(?::(?P<minute>\d\d))?|(?P<hourword>{ordinal}))"
        rf"(?:\s+و\s*(?P<fraction>النصف|الربع|نصف|ربع))?(?:\s+(?:من\s+)?(?P<dp3>{day_part}))?"
        rf"(?:\s+(?:يوم\s+)?(?P<wd>{weekday}))?"
    )
    # "في السابعة مساءً", "نحو العاشرة من صباح الأربعاء", "ابتداءً من السابعة مساءً": an hour
    # told by its ordinal needs a preposition before it and the part of the day after it
    # ("للمرة السابعة مساء أمس" is the seventh time)
    hour_opener = r"(?:في|عند|نحو|حوالي|قرابه|من|حتي|بعد|قبل|منذ|مع|بين)"
    hour_of_day = (
        rf"(?<=(?:^|\s)[وف]?{hour_opener}\s+)(?P<hourword>{ordinal})"
        rf"(?:\s+و\s*(?P<fraction>النصف|الربع|نصف|ربع))?\s+(?:من\s+)?(?P<dp3>{day_part})"
    )
    alternatives = {
        "hijri_date": hijri_date,
        "full_date": full_date,
        "month_day": month_day,
        "month_year": month_year,
        "month_marker": month_marker,
        "month_alone": month_alone,
        "hijri_year": hijri_year,
        "year_only": year_only,
        "clock": clock,
        "hour_of_day": hour_of_day,
        "running": running,
        "recent_span": recent_span,
        "about_unit": about_unit,
        "anaphora": anaphora,
        "period_relative": period_relative,
        "relative_day": relative_day,
        "weekday": weekday_alone,
        "offset": offset,
        "duration": duration,
    }
    body = "|".join(f"(?P<{name}>{pattern})" for name, pattern in alternatives.items())
    # Proclitics (و ف ب ل) may precede the expression; they stay outside the span.
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:[وف]?[بل]?)(?P<expr>{body})(?![\p{{L}}\p{{N}}])",
        regex.V1,
    )


_KINDS = (
    "hijri_date", "full_date", "month_day", "month_year", "month_marker", "month_alone",
    "hijri_year", "year_only", "clock", "hour_of_day", "running", "recent_span", "about_unit",
    "anaphora", "period_relative", "relative_day", "weekday", "offset", "duration",
)  # fmt: skip


_WRITTEN_KINDS = frozenset(
    {"full_date", "month_day", "month_year", "month_marker", "month_alone", "weekday"}
)


def find_times(text: str, published: date | None) -> list[FoundTime]:
    """Every time expression in normalised ``text``, resolved against ``published``."""
    lex = time_lexicon()
    found: list[FoundTime] = []
    last_explicit: date | None = None  # the last date written out in full, for anaphora
    last_granularity = "year"
    for match in _matches(text):
        kind = next(k for k in _KINDS if match.group(k) is not None)
        item = _resolve(kind, match, lex, published, last_explicit, last_granularity)
        if item is None:
            continue
        if kind == "hijri_date" and found and _leads_into(found[-1], item, text):
            # "فجر اليوم الاثنين 3 ربيع الأول 1445هـ": the weekday belongs to the written date
            item.start, item.part_of_day = found[-1].start, found[-1].part_of_day
            found.pop()
        found.append(item)
        # a date written out, its year from the publication date or not ("في 5 أبريل"), or a
        # weekday ("الخميس الماضي") anchors what follows: "وفي اليوم التالي"; "أمس" does not
        written = kind in _WRITTEN_KINDS or item.anchor != "published"
        explicit = written and item.granularity in {"day", "month", "year"}
        if explicit and item.value and item.value[:4].isdigit():
            last_explicit = date.fromisoformat((item.value + "-01-01")[:10])
            last_granularity = item.granularity
    return _clocks_on_their_days(found, text)


# what may stand between an hour and its day: "الساعة السابعة من مساء اليوم" (the part of the
# day is in the hour's match), "السابعة من صباح الجمعة 24 نوفمبر"
_HOUR_TO_DAY = regex.compile(r"\s*(?:من\s+|يوم\s+)?")


def _clocks_on_their_days(found: list[FoundTime], text: str) -> list[FoundTime]:
    """An hour with no day of its own takes the day written right after it ("في السابعة من صباح
    الجمعة 24 نوفمبر": the day stays an expression of its own), else that of the last day named
    before it in its sentence ("فرضت حظر تجول بعد ظهر الإثنين اعتباراً من الساعة الثالثة
    والنصف عصراً")."""
    for i, item in enumerate(found):
        if item.granularity != "minute" or item.value or not item.relative:
            continue
        following = found[i + 1] if i + 1 < len(found) else None
        if (
            following is not None
            and following.granularity == "day"
            and _HOUR_TO_DAY.fullmatch(text, item.end, following.start)
        ):
            day: FoundTime | None = following
        else:
            day = next(
                (
                    d
                    for d in reversed(found[:i])
                    if d.granularity == "day" and "." not in text[d.end : item.start]
                ),
                None,
            )
        if day is not None and day.value:
            item.value, item.anchor = day.value[:10] + item.relative[-6:], day.anchor
            item.relative = None
    return found


# A word of running text and the letters that may come before a time word inside it: a proclitic
# (و ف ب ل, "وبعد", "فجر" is no clitic: it is in the lexicon) and an article ("الايام", "لليوم").
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_PREFIXES = tuple(p + a for p in _PROCLITICS for a in ("", "ال", "ل"))


@cache
def _time_words() -> frozenset[str]:
    """Every Arabic word the pattern spells out, from the lexicon or its own ("منذ", "الساعه")."""
    return frozenset(regex.findall(r"\p{Arabic}+", _pattern().pattern))


def _matches(text: str) -> Iterator[regex.Match[str]]:
    """The pattern's matches left to right, as ``finditer`` gives them, but tried only where a word
    has a digit or is a time word: every expression begins with one, and trying the long
    alternation at every other word start cost most of this stage's time."""
    pattern, words = _pattern(), _time_words()
    end = 0
    for word in _WORD.finditer(text):
        start, token = word.start(), word.group()
        if start < end:
            continue
        if not any(c.isdigit() for c in token) and not any(
            token.startswith(prefix) and token[len(prefix) :] in words for prefix in _PREFIXES
        ):
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def _leads_into(before: FoundTime, date_item: FoundTime, text: str) -> bool:
    """A day told by its weekday right before the written date of the same day."""
    return before.granularity == "day" and not text[before.end : date_item.start].strip()


def _groups(match: regex.Match[str], kind: str) -> dict[str, str]:
    """The named groups captured inside alternative ``kind`` (group names repeat across them)."""
    start, end = match.span(kind)
    captured: dict[str, str] = {}
    for name in match.re.groupindex:
        for value, (s, e) in zip(match.captures(name), match.spans(name), strict=True):
            if start <= s and e <= end and name not in captured:
                captured[name] = value
    return captured


def _resolve(
    kind: str,
    match: regex.Match[str],
    lex: TimeLexicon,
    published: date | None,
    last_explicit: date | None,
    last_granularity: str,
) -> FoundTime | None:
    g = _groups(match, kind)
    start, end = match.span("expr")
    found = FoundTime(start, end, None, None, None)
    found.modifier = lex.period_parts.get(_squash(g.get("part", ""))) if g.get("part") else None
    found.part_of_day = _day_part(g, lex)
    if kind in {"full_date", "month_year", "month_alone"}:
        month = _month(g["month"], lex)
        day = _day(g, lex) if kind == "full_date" else None
        year, anchor = _year(g, lex, published, last_explicit)
        if year is None:
            found.relative = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            found.granularity = "day" if day else "month"
            return found
        if day is not None and not _valid_day(year, month, day):
            found.granularity = "day"  # "29 فبراير 2023" does not exist: keep it, value null
            return found
        if anchor == "published" and published is not None and not g.get("dmarker"):
            year = _nearest_year(year, month, day or 1, published)
        if day is None:
            found.value, found.granularity = f"{year:04d}-{month:02d}", "month"
        else:
            found.value, found.granularity = f"{year:04d}-{month:02d}-{day:02d}", "day"
        found.anchor = anchor
        return found
    if kind == "month_day":
        return _month_day(found, g, lex, published, last_explicit)
    if kind == "month_marker":
        month = _month(g["month"], lex)
        if published is None:
            found.relative, found.granularity = f"XXXX-{month:02d}", "month"
            return found
        direction = lex.markers[_squash(g["marker"])]
        year = published.year
        if direction == "past" and month >= published.month:
            year -= 1
        elif direction == "future" and month <= published.month:
            year += 1
        found.value, found.granularity, found.anchor = (
            f"{year:04d}-{month:02d}",
            "month",
            "published",
        )
        return found
    if kind in {"hijri_date", "hijri_year"}:
        return _hijri(found, g, lex)
    if kind == "year_only":
        found.value, found.granularity = g["year"], "year"
        return found
    if kind in {"clock", "hour_of_day"}:
        return _clock(found, g, lex, published)
    if kind == "anaphora":
        return _anaphora(found, g, last_explicit, last_granularity)
    if kind == "period_relative":
        return _period_relative(found, g, lex, published)
    if kind == "relative_day":
        return _relative_day(found, g, published, lex)
    if kind == "weekday":
        return _weekday(found, g, lex, published, match.string)
    if kind == "offset":
        return _offset(found, g, lex, published)
    if kind in {"running", "recent_span", "about_unit"}:
        return _counted_span(found, kind, g, lex)
    return _duration(found, g, lex)


_RUNNING_UNITS = {"يوم": "D", "اسبوع": "W", "شهر": "M", "عام": "Y"}


def _counted_span(
    found: FoundTime, kind: str, g: dict[str, str], lex: TimeLexicon
) -> FoundTime | None:
    """A duration told by the days so far, the last so many or about one unit."""
    if kind == "running":
        unit = _RUNNING_UNITS[g["ounit"].removeprefix("ا").removeprefix("ل")]
        amount = lex.ordinals.get(_squash(g["oord"]))
    else:
        word = g.get("aunit") or g.get("runit") or g.get("runit2", "")
        unit, unit_count = lex.units[_squash(word)]
        counted = g.get("n") or g.get("nword")
        amount = _count(g, lex, unit_count) if counted else unit_count or 1
    return _as_duration(found, amount, unit) if amount else None


def _squash(text: str) -> str:
    return " ".join(text.split())


def _month(text: str, lex: TimeLexicon) -> int:
    for name in sorted(lex.months, key=len, reverse=True):
        if _squash(text).startswith(name):
            return lex.months[name][0]
    raise ValueError(text)


def _day(g: dict[str, str], lex: TimeLexicon) -> int | None:
    if g.get("day"):
        return int(g["day"])
    if g.get("dayword"):
        return lex.ordinals.get(_squash(g["dayword"]))
    return None


def _year(
    g: dict[str, str], lex: TimeLexicon, published: date | None, last_explicit: date | None
) -> tuple[int | None, str | None]:
    if g.get("year"):
        return int(g["year"]), None
    if g.get("sameyear"):
        return (last_explicit.year, "text") if last_explicit else (None, None)
    if g.get("relyear"):
        if published is None:
            return None, None
        direction = lex.markers[_squash(g["relyear"]).split(" ", 1)[1]]
        return published.year + {"past": -1, "future": 1}.get(direction, 0), "published"
    if g.get("dmarker") and published is not None:
        # "4 سبتمبر الماضي": the last such day before publication; "الجاري": this year's
        direction = lex.markers[_squash(g["dmarker"])]
        month, day = _month(g["month"], lex), _day(g, lex) or 1
        year = published.year
        if direction == "past" and (month, day) > (published.month, published.day):
            year -= 1
        elif direction == "future" and (month, day) < (published.month, published.day):
            year += 1
        return year, "published"
    if published is None:
        return None, None
    return published.year, "published"


def _nearest_year(year: int, month: int, day: int, published: date) -> int:
    """A date without a year ("في 30 ديسمبر") is the latest one not far after publication."""
    if date(year, month, min(day, 28)) > published + timedelta(days=60):
        return year - 1
    return year


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _day_part(g: dict[str, str], lex: TimeLexicon) -> str | None:
    for name in ("dp1", "dp2", "dp3"):
        if g.get(name):
            return lex.day_parts.get(_squash(g[name]))
    return None


def _hijri(found: FoundTime, g: dict[str, str], lex: TimeLexicon) -> FoundTime | None:
    year = int(g["hyear"])
    found.calendar = "hijri"
    try:
        if g.get("hmonth"):
            month = lex.months[_squash(g["hmonth"])][0]
            day = (
                int(g["hday"])
                if g.get("hday")
                else lex.ordinals.get(_squash(g.get("hdayword", "")))
            )
            gregorian = Hijri(year, month, day or 1).to_gregorian()
            if day:
                found.value, found.granularity = gregorian.isoformat(), "day"
                found.hijri = f"{year:04d}-{month:02d}-{day:02d}"
            else:
                found.value, found.granularity = gregorian.isoformat()[:7], "month"
                found.hijri = f"{year:04d}-{month:02d}"
        else:
            gregorian = Hijri(year, 1, 1).to_gregorian()
            found.value, found.granularity = str(gregorian.year), "year"
            found.hijri = f"{year:04d}"
    except (ValueError, OverflowError):
        return None
    return found


def _clock(
    found: FoundTime, g: dict[str, str], lex: TimeLexicon, published: date | None
) -> FoundTime:
    hour = int(g["hour"]) if g.get("hour") else lex.ordinals.get(_squash(g.get("hourword", "")), 0)
    minute = (
        int(g["minute"])
        if g.get("minute")
        else {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15}.get(g.get("fraction", ""), 0)
    )
    if found.part_of_day in {"AF", "EV", "NI"} and hour < 12:
        hour += 12
    found.granularity = "minute"
    clock = f"T{hour:02d}:{minute:02d}"
    day = _weekday_date(lex.weekdays[_squash(g["wd"])], published, "past") if g.get("wd") else None
    if day is not None:
        found.value, found.anchor = day.isoformat() + clock, "published"
    else:
        found.relative = "XXXX-XX-XX" + clock
    return found


def _month_day(
    found: FoundTime,
    g: dict[str, str],
    lex: TimeLexicon,
    published: date | None,
    last: date | None,
) -> FoundTime | None:
    """A day of "الشهر الجاري" (the publication's month), "الشهر الماضي" / "المقبل", or of
    "الشهر نفسه" (the month of the last date told)."""
    day = _day(g, lex)
    if day is None:
        return None
    found.granularity = "day"
    # "السابع من الشهر" alone is of the publication's month, like "من الشهر الجاري"
    mref = g.get("mref")
    direction = lex.markers.get(_squash(mref)) if mref else "current"
    base, found.anchor = (last, "text") if direction is None else (published, "published")
    if base is None:
        found.relative = "XXXX-XX-" + f"{day:02d}"
        return found
    step = {"past": -1, "future": 1}.get(direction or "current", 0)
    month_index = base.year * 12 + base.month - 1 + step
    year, month = divmod(month_index, 12)
    if _valid_day(year, month + 1, day):
        found.value = f"{year:04d}-{month + 1:02d}-{day:02d}"
    return found


def _anaphora(
    found: FoundTime, g: dict[str, str], last: date | None, last_granularity: str
) -> FoundTime | None:
    period = g["anaperiod"]
    following = g["anakind"].startswith("التالي")
    if last is None:
        found.relative = "REF"
        return found
    found.anchor = "text"
    if period in {"العام", "السنه"}:
        found.value, found.granularity = str(last.year + following), "year"
    elif period == "الشهر":
        year, month = (last.year, last.month + 1) if following else (last.year, last.month)
        if month == 13:
            year, month = year + 1, 1
        found.value, found.granularity = f"{year:04d}-{month:02d}", "month"
    elif period == "الاسبوع":
        week_day = last + timedelta(days=7 * following)
        iso = week_day.isocalendar()
        found.value, found.granularity = f"{iso.year:04d}-W{iso.week:02d}", "week"
    else:
        if last_granularity != "day" and following:
            return None
        day = last + timedelta(days=1 if following else 0)
        found.value, found.granularity = day.isoformat(), "day"
    return found


def _period_relative(
    found: FoundTime, g: dict[str, str], lex: TimeLexicon, published: date | None
) -> FoundTime:
    period = g.get("period") or g["thisperiod"]
    direction = lex.markers[_squash(g["marker"])] if g.get("marker") else "current"
    step = {"past": -1, "future": 1}.get(direction, 0)
    found.granularity = {"الاسبوع": "week", "الشهر": "month"}.get(period, "year")
    if published is None:
        found.relative = f"{found.granularity}{step:+d}"
        return found
    found.anchor = "published"
    if found.granularity == "year":
        found.value = str(published.year + step)
    elif found.granularity == "month":
        month_index = published.year * 12 + published.month - 1 + step
        found.value = f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    else:
        iso = (published + timedelta(weeks=step)).isocalendar()
        found.value = f"{iso.year:04d}-W{iso.week:02d}"
    return found


_RELATIVE_DAYS = {"اليوم": 0, "امس": -1, "البارحه": -1, "غدا": 1, "غد": 1}


def _relative_day(
    found: FoundTime, g: dict[str, str], published: date | None, lex: TimeLexicon
) -> FoundTime:
    rel = _squash(g["rel"])
    if rel.startswith("اول"):
        shift = -2
    elif rel.startswith("بعد"):
        shift = 2
    elif rel.startswith("الليله"):
        shift = -2 if "قبل" in rel else -1
        found.part_of_day = "NI"
    else:
        shift = _RELATIVE_DAYS[rel.removeprefix("يوم ")]
    found.granularity = "day"
    if published is None:
        found.relative = f"P{shift:+d}D"
        return found
    found.value, found.anchor = (published + timedelta(days=shift)).isoformat(), "published"
    return found


# A future particle or verb of intent shortly before a bare weekday makes it the next one:
# "سيزور الوزير القاهرة الخميس" (will visit ... on Thursday).
_FUTURE_CONTEXT = regex.compile(
    r"(?<![\p{L}])(?:[وف]?س[يتن]\p{L}{2,}|سوف|من\s+المقرر|يعتزم|تعتزم|المرتقب)"
)


def _weekday(
    found: FoundTime, g: dict[str, str], lex: TimeLexicon, published: date | None, text: str
) -> FoundTime:
    isoweekday = lex.weekdays[_squash(g["wd"])]
    direction = lex.markers.get(_squash(g.get("marker", "")), "") if g.get("marker") else ""
    if not direction:
        before = text[max(0, found.start - 60) : found.start]
        direction = "future" if _FUTURE_CONTEXT.search(before) else "nearest_past"
    found.granularity = "day"
    day = _weekday_date(isoweekday, published, direction)
    if day is None:
        found.relative = f"XXXX-WXX-{isoweekday}"
        return found
    found.value, found.anchor = day.isoformat(), "published"
    return found


def _weekday_date(isoweekday: int, published: date | None, direction: str) -> date | None:
    """The weekday nearest to ``published`` in ``direction``.

    nearest_past: on or before the publication day; past: strictly before; future: strictly after.
    """
    if published is None:
        return None
    back = (published.isoweekday() - isoweekday) % 7
    if direction == "future":
        return published + timedelta(days=(isoweekday - published.isoweekday()) % 7 or 7)
    if direction == "past" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _count(g: dict[str, str], lex: TimeLexicon, unit_count: int | None) -> float | None:
    if g.get("n"):
        return float(g["n"].replace(",", "."))
    if g.get("nword"):
        return float(lex.cardinals[_squash(g["nword"])])
    return float(unit_count) if unit_count else None


def _offset(
    found: FoundTime, g: dict[str, str], lex: TimeLexicon, published: date | None
) -> FoundTime | None:
    unit, unit_count = lex.units[_squash(g["unit"])]
    amount = _count(g, lex, unit_count) or 1.0
    sign = -1 if g["dir"] == "قبل" else 1
    if unit in {"S", "MIN", "H"}:
        return None  # "قبل ساعات" dates nothing beyond the publication day
    if published is None:
        found.relative = f"P{sign * amount:g}{unit}"
        found.granularity = {"D": "day", "W": "day", "M": "month"}.get(unit, "year")
        return found
    found.anchor = "published"
    whole = int(amount)
    if unit == "D":
        found.value, found.granularity = (
            (published + timedelta(days=sign * whole)).isoformat(),
            "day",
        )
    elif unit == "W":
        found.value = (published + timedelta(weeks=sign * whole)).isoformat()
        found.granularity = "day"
    elif unit == "M":
        index = published.year * 12 + published.month - 1 + sign * whole
        found.value, found.granularity = f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    else:
        years = whole * (10 if unit == "DE" else 1)
        found.value, found.granularity = str(published.year + sign * years), "year"
    return found


def _duration(found: FoundTime, g: dict[str, str], lex: TimeLexicon) -> FoundTime | None:
    unit, unit_count = lex.units[_squash(g["unit"])]
    amount = _count(g, lex, unit_count)
    if amount is None:
        return None  # a bare "يوم" or "عام" is not a duration
    return _as_duration(found, amount, unit)


def _as_duration(found: FoundTime, amount: float, unit: str) -> FoundTime:
    """An ISO 8601 duration of ``amount`` units (decades in years)."""
    if unit == "DE":
        unit, amount = "Y", amount * 10
    number = f"{amount:g}"
    found.value = f"PT{number}{unit[0]}" if unit in {"S", "MIN", "H"} else f"P{number}{unit}"
    found.granularity = "duration"
    return found
