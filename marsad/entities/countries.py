"""The country lexicon: names, nationality adjectives (nisba), peoples and capitals.

Data: marsad/resources/entities/countries.tsv. The loader derives the inflected nisba forms
(أرميني → أرمينية، أرمينيون، أرمينيين، أرمينيات) and rejects a phrase listed for two countries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

import pycountry

from marsad.resources import ResourceError, read_table
from marsad.text.clitics import stem_candidates
from marsad.text.matcher import PhraseMatch, PhraseMatcher
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token

TABLE = "entities/countries.tsv"
GROUPS_TABLE = "entities/groups.tsv"
# CAMEO's non-state codes for peoples and blocs (groups.tsv may use only these).
CAMEO_GROUPS = {"KUR": "Kurds", "INT": "international", "EUR": "Europe"}
# Codes in common use that ISO 3166 does not assign (yet).
EXTRA_CODES = {"XKX": "Kosovo"}
ENGLISH_OVERRIDES = {
    "PSE": "Palestine",
    "TWN": "Taiwan",
    "RUS": "Russia",
    "IRN": "Iran",
    "SYR": "Syria",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "VAT": "Vatican",
    "COD": "DR Congo",
    "MDA": "Moldova",
    "TZA": "Tanzania",
    "VEN": "Venezuela",
    "BOL": "Bolivia",
    "LAO": "Laos",
    "VNM": "Vietnam",
    "GBR": "United Kingdom",
    "USA": "United States",
}
# Nisba inflections: masculine, feminine, masculine plural (nominative, oblique), feminine plural.
# The accusative masculine takes -ا after the tanwin is dropped: "جندياً أمريكياً" → "امريكيا".
_NISBA_FORMS = (("m", ""), ("f", "ه"), ("mpl", "ون"), ("mpl", "ين"), ("fpl", "ات"), ("m", "ا"))
# Duals: "أمريكيان" (two Americans), "طائرتين جورجيتين" (two Georgian planes).
_NISBA_FORMS += (("mdu", "ان"), ("fdu", "تان"), ("fdu", "تين"))


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name_en: str
    names: tuple[str, ...]
    nisba: tuple[str, ...]
    people: tuple[str, ...]
    capitals: tuple[str, ...]


class CountryForm(NamedTuple):
    iso3: str
    kind: str  # name | nisba | people | capital
    gender: str | None  # nisba forms: m | f | mpl | fpl


def english_name(iso3: str) -> str:
    if iso3 in CAMEO_GROUPS:
        return CAMEO_GROUPS[iso3]
    if iso3 in ENGLISH_OVERRIDES:
        return ENGLISH_OVERRIDES[iso3]
    if iso3 in EXTRA_CODES:
        return EXTRA_CODES[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise KeyError(iso3)
    return getattr(country, "common_name", None) or country.name


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _validate(rows: list[dict[str, str]]) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for row in rows:
        iso3 = row["iso3"]
        where = f"{TABLE}:{row.get('_line', '?')}"
        if iso3 not in EXTRA_CODES and pycountry.countries.get(alpha_3=iso3) is None:
            raise ResourceError(f"{where}: {iso3} is not an ISO 3166-1 alpha-3 code")
        if iso3 in countries:
            raise ResourceError(f"{where}: {iso3} listed twice")
        names = _split(row["names"])
        if not names:
            raise ResourceError(f"{where}: {iso3} has no names")
        countries[iso3] = Country(
            iso3=iso3,
            name_en=english_name(iso3),
            names=names,
            nisba=_split(row.get("nisba", "")),
            people=_split(row.get("people", "")),
            capitals=_split(row.get("capitals", "")),
        )
    _phrases(countries)  # raises on conflicts
    return countries


def _nisba_forms(nisba: str) -> list[tuple[str, str]]:
    """Inflect every word of a nisba ("كوري جنوبي" → "كوريه جنوبيه", ...)."""
    words = normalize_key(nisba).split()
    forms = [(gender, " ".join(w + suffix for w in words)) for gender, suffix in _NISBA_FORMS]
    if len(words) > 1:  # "الكوريين الجنوبيين": the article on every word after the first
        forms += [
            (gender, " ".join([words[0] + suffix, *("ال" + w + suffix for w in words[1:])]))
            for gender, suffix in _NISBA_FORMS
        ]
    return forms


def _phrases(countries: dict[str, Country]) -> list[tuple[str, CountryForm]]:
    owner: dict[str, CountryForm] = {}
    ordered: list[tuple[str, CountryForm]] = []

    def add(phrase: str, form: CountryForm) -> None:
        key = normalize_key(phrase)
        previous = owner.get(key)
        if previous is not None:
            if previous.iso3 != form.iso3:
                raise ResourceError(
                    f"{TABLE}: {phrase!r} is listed for both {previous.iso3} and {form.iso3}"
                )
            if previous.kind == "name" and form.kind == "nisba" and not key.startswith("ال"):
                # "سورية" is Syria, but "السورية" is the adjective: a name takes no article
                add("ال" + key, form)
            return  # the same country: keep the first reading (names come first)
        owner[key] = form
        ordered.append((key, form))

    for country in countries.values():
        for name in country.names:
            add(name, CountryForm(country.iso3, "name", None))
    for country in countries.values():
        for person in country.people:
            add(person, CountryForm(country.iso3, "people", None))
            if normalize_key(person).startswith("ال"):  # "الأتراك" → "مهندسين أتراك"
                add(normalize_key(person)[2:], CountryForm(country.iso3, "people", None))
        for nisba in country.nisba:
            for gender, form in _nisba_forms(nisba):
                add(form, CountryForm(country.iso3, "nisba", gender))
        for capital in country.capitals:
            add(capital, CountryForm(country.iso3, "capital", None))
    return ordered


@cache
def load_countries() -> dict[str, Country]:
    return _validate(read_table(TABLE, ("iso3", "names")))


@cache
def load_groups() -> dict[str, Country]:
    """Peoples and blocs with a CAMEO code instead of a country ("الأكراد" → KUR)."""
    groups: dict[str, Country] = {}
    for row in read_table(GROUPS_TABLE, ("code", "nisba")):
        code = row["code"]
        if code not in CAMEO_GROUPS or code in groups:
            raise ResourceError(f"{GROUPS_TABLE}:{row.get('_line', '?')}: bad or repeated {code!r}")
        groups[code] = Country(
            code, CAMEO_GROUPS[code], (), _split(row["nisba"]), _split(row.get("people", "")), ()
        )
    return groups


def is_country(code: str | None) -> bool:
    """An ISO code (or Kosovo's XKX), not one of CAMEO's group codes."""
    return code is not None and code not in CAMEO_GROUPS


@cache
def kingdom_codes() -> frozenset[str]:
    """Countries whose Arabic name calls them a kingdom ("المملكة المغربية", "مملكة البحرين")."""
    return frozenset(
        country.iso3
        for country in load_countries().values()
        if any("مملكه" in normalize_key(name) for name in country.names)
    )


@cache
def country_phrases() -> list[tuple[str, CountryForm]]:
    return _phrases({**load_countries(), **load_groups()})


@cache
def country_matcher() -> PhraseMatcher[CountryForm]:
    guarded = read_table("entities/guarded_country_names.tsv", ("name", "iso3", "after"))
    after: dict[str, frozenset[str]] = {}
    phrases = list(country_phrases())
    for row in guarded:
        if not is_country(row["iso3"]):
            raise ResourceError(f"guarded_country_names.tsv:{row['_line']}: bad {row['iso3']!r}")
        name = normalize_key(row["name"])
        after[name] = frozenset(normalize_key(w) for w in _split(row["after"]))
        phrases.append((name, CountryForm(row["iso3"], "name", None)))
    for row in read_table("entities/guarded_nisbas.tsv", ("nisba", "iso3", "after")):
        if not is_country(row["iso3"]):
            raise ResourceError(f"guarded_nisbas.tsv:{row['_line']}: bad {row['iso3']!r}")
        words = frozenset(normalize_key(w).removeprefix("ال") for w in _split(row["after"]))
        for gender, form in _nisba_forms(row["nisba"]):
            after[form] = after.get(form, frozenset()) | words
            if form != normalize_key(row["nisba"]):  # the bare masculine is the guarded name
                phrases.append((form, CountryForm(row["iso3"], "nisba", gender)))
    adjectives = {}
    for row in read_table("entities/adjective_spelled_names.tsv", ("name", "iso3")):
        if not is_country(row["iso3"]):
            raise ResourceError(f"adjective_spelled_names.tsv:{row['_line']}: bad {row['iso3']!r}")
        adjectives[normalize_key(row["name"])] = CountryForm(row["iso3"], "nisba", "f")
    return _GuardedMatcher(phrases, after, adjectives)


class _GuardedMatcher(PhraseMatcher[CountryForm]):
    """A country matcher that reads a guarded name ("مالي") as the country only after one of its
    words, or after another country with و ("النيجر ومالي"), and a name spelled like the
    country's feminine adjective as the adjective where one fits ("قوات سورية")."""

    def __init__(
        self,
        phrases: list[tuple[str, CountryForm]],
        after: dict[str, frozenset[str]],
        adjectives: dict[str, CountryForm],
    ) -> None:
        super().__init__(phrases)
        self._after = after
        self._adjectives = adjectives

    def match_at(
        self, tokens: Sequence[Token], i: int, limit: int | None = None
    ) -> PhraseMatch[CountryForm] | None:
        match = super().match_at(tokens, i, limit)
        if match is None or match.last - match.first != 1:
            return match
        word = tokens[i].text[len(match.proclitics) :]
        adjective = self._adjectives.get(word)
        if adjective is not None and i > 0 and self._qualifies(tokens, i, match.proclitics):
            return replace(match, value=adjective)  # "طائرات روسية وسورية": Syrian
        allowed = self._after.get(word)
        if allowed is None:
            return match
        if match.proclitics in {"ب", "ل"} and match.value.kind == "name":
            return match  # "بمالي", "لمالي"
        previous = tokens[i - 1].text if i > 0 else ""
        bare_previous = {w.removeprefix("ال") for w in stem_candidates(previous)}
        if match.proclitics in {"", "ال"} and bare_previous & allowed:
            if match.proclitics == "ال" and match.value.kind == "name":
                # "الجيش المالي": the name with the article is the masculine adjective
                return replace(match, value=CountryForm(match.value.iso3, "nisba", "m"))
            return match
        if match.proclitics == "و" and i > 0 and super().match_at(tokens, i - 1, i) is not None:
            return match  # "النيجر ومالي"
        return None

    def _qualifies(self, tokens: Sequence[Token], i: int, proclitics: str) -> bool:
        """Whether the word before can take a feminine adjective: an indefinite noun in ة or
        ات without و ("قوات سورية", "طائرة سورية"), or with و another country's feminine
        adjective ("روسية وسورية")."""
        previous = tokens[i - 1].text
        if proclitics == "":
            return not previous.startswith("ال") and previous.endswith(("ه", "ات"))
        if proclitics == "و":
            before = super().match_at(tokens, i - 1, i)
            return (
                before is not None and before.value.kind == "nisba" and before.value.gender == "f"
            )
        return False
