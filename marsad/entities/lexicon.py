"""Actor lexicons from marsad/resources/entities/: titles, institutions, organisations, agents."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from marsad.entities.countries import CAMEO_GROUPS, EXTRA_CODES
from marsad.resources import ResourceError, clitic_stems, read_table, read_word_list
from marsad.text.clitics import stem_candidates
from marsad.text.matcher import PhraseMatcher, word_list_matcher
from marsad.text.normalize import normalize_key

# PLOVER sector codes (manual, table "Sector Codes").
SECTORS = frozenset(
    {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK"}
    | {"AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE"}
    | {"REL", "SOC"}
)
# CAMEO codes for actors without a country: IGOs, NGOs, multinationals, transnational militant
# groups ("تنظيم القاعدة" → IMG), and peoples such as the Kurds (groups.tsv).
NON_STATE = frozenset({"IGO", "NGO", "MNC", "IMG", *CAMEO_GROUPS})
TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "GROUP"})


@dataclass(frozen=True, slots=True)
class Title:
    sector: str
    counterpart: bool  # نظيره: takes the office of the person it answers
    country: str | None = None  # an office of one country only: "خادم الحرمين الشريفين"


@dataclass(frozen=True, slots=True)
class Institution:
    sector: str
    type: str
    standalone: bool


@dataclass(frozen=True, slots=True)
class Organization:
    type: str
    sector: str
    country: str | None  # ISO3, None for IGOs and NGOs
    code: str
    name_en: str


@dataclass(frozen=True, slots=True)
class Agent:
    sector: str
    type: str
    country: str | None = None  # the side the noun itself names ("مستوطنون": Israeli settlers)


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str  # normalised full name, the entity key
    name_en: str
    country: str | None
    sector: str
    code: str | None = None  # for people of international organisations: "IGOUNO", "IGOGOV"


def _check(row: dict[str, str], table: str, sector: str, kind: str | None = None) -> None:
    where = f"{table}:{row['_line']}"
    if sector not in SECTORS:
        raise ResourceError(f"{where}: unknown PLOVER sector {sector!r}")
    if kind is not None and kind not in TYPES:
        raise ResourceError(f"{where}: unknown entity type {kind!r}")


def valid_country(code: str) -> bool:
    return (
        code in NON_STATE
        or code in EXTRA_CODES
        or pycountry.countries.get(alpha_3=code) is not None
    )


@cache
def title_matcher() -> PhraseMatcher[Title]:
    table = "entities/titles.tsv"
    entries = []
    for row in read_table(table, ("title", "sector", "type")):
        _check(row, table, row["sector"], row["type"])
        counterpart = normalize_key(row["title"]).startswith("نظير")
        country = row.get("country") or None
        if country is not None and not valid_country(country):
            raise ResourceError(f"{table}:{row['_line']}: unknown country {country!r}")
        entries.append((row["title"], Title(row["sector"], counterpart, country)))
    return PhraseMatcher(entries)


@cache
def institution_matcher() -> PhraseMatcher[Institution]:
    table = "entities/institutions.tsv"
    entries = []
    for row in read_table(table, ("head", "sector", "type", "standalone")):
        _check(row, table, row["sector"], row["type"])
        entries.append(
            (row["head"], Institution(row["sector"], row["type"], row["standalone"] == "yes"))
        )
    return PhraseMatcher(entries)


@cache
def organization_matcher() -> PhraseMatcher[Organization]:
    table = "entities/organizations.tsv"
    entries = []
    for row in read_table(table, ("phrase", "type", "sector", "country", "code", "name_en")):
        _check(row, table, row["sector"], row["type"])
        if not valid_country(row["country"]):
            raise ResourceError(f"{table}:{row['_line']}: unknown country {row['country']!r}")
        country = None if row["country"] in NON_STATE else row["country"]
        org = Organization(row["type"], row["sector"], country, row["code"], row["name_en"])
        entries.append((row["phrase"], org))
    return PhraseMatcher(entries, over_quotes=True)


@cache
def agent_matcher() -> PhraseMatcher[Agent]:
    table = "entities/agents.tsv"
    listed, generated = [], []
    for row in read_table(table, ("phrase", "sector", "type")):
        _check(row, table, row["sector"], row["type"])
        country = row.get("country") or None
        if country is not None and (country in NON_STATE or not valid_country(country)):
            raise ResourceError(f"{table}:{row['_line']}: unknown country {country!r}")
        agent = Agent(row["sector"], row["type"], country)
        listed.append((row["phrase"], agent))
        generated += [(form, agent) for form in _accusative(row["phrase"])]
        if agent.type == "PERSON":
            pair = Agent(agent.sector, "GROUP", agent.country)
            generated += [(form, pair) for form in _dual(row["phrase"])]
    return PhraseMatcher(_first_listing(listed + generated))


# Endings that take no alif in the accusative: the feminine (امرأةً), the sound plurals (مسلحين،
# متظاهراتٍ), words ending in a long vowel or hamza (ميليشيا، أعضاءً).
_NO_ACCUSATIVE_ALIF = ("ة", "ه", "ا", "ى", "ء", "ون", "ين", "ات", "و")


def _accusative(phrase: str) -> list[str]:
    """The indefinite accusative of a one-word agent noun, written with an alif: "ضابطاً"
    ("اغتال مسلحون ضابطاً في الشرطة"), "ناشطاً", "صحافياً". Definite and multiword entries
    have no such form (the first word of "رجل دين" is a construct, "رجلَ دينٍ")."""
    word = normalize_key(phrase)
    if " " in word or word.startswith("ال") or word.endswith(_NO_ACCUSATIVE_ALIF):
        return []
    return [word + "ا"]


def _dual(phrase: str) -> list[str]:
    """The dual of a one-word person noun, nominative and oblique: "أطلقت امرأتان النار",
    "مقتل شرطيين"; the feminine -ة becomes -ت before the ending."""
    word = normalize_key(phrase)
    if " " in word or word.startswith("ال") or word.endswith(("ا", "ى", "ء", "و")):
        return []
    stem = word[:-1] + "ت" if word.endswith("ه") else word
    return [stem + "ان", stem + "ين"]


def _first_listing(entries: list[tuple[str, Agent]]) -> list[tuple[str, Agent]]:
    """One value per normalised phrase, the first given: a listed form before a generated one."""
    seen: dict[str, Agent] = {}
    for phrase, agent in entries:
        seen.setdefault(normalize_key(phrase), agent)
    return list(seen.items())


@cache
def known_people() -> dict[str, KnownPerson]:
    table = "entities/people.tsv"
    people: dict[str, KnownPerson] = {}
    for row in read_table(table, ("name", "name_en", "country", "sector")):
        _check(row, table, row["sector"])
        if not valid_country(row["country"]):
            raise ResourceError(f"{table}:{row['_line']}: unknown country {row['country']!r}")
        country = None if row["country"] in NON_STATE else row["country"]
        code = f"{row['country']}{row['sector']}" if country is None else None
        if row.get("code"):
            # the body of an international official: "IGOUNO" for the UN's, "IGOARL" ...
            if country is not None or not row["code"].startswith(row["country"]):
                raise ResourceError(f"{table}:{row['_line']}: code {row['code']!r} for a state")
            code = row["code"]
        name = normalize_key(row["name"])
        people[name] = KnownPerson(name, row["name_en"], country, row["sector"], code)
    return people


@cache
def anaphoric_heads() -> dict[str, str]:
    """Organisation head nouns that refer back on their own ("التنظيم"), normalised → gloss."""
    return read_word_list("entities/anaphoric_heads.txt")


@cache
def anaphoric_titles() -> dict[str, str]:
    """Offices that refer back on their own ("الوزير"), normalised → gloss."""
    return read_word_list("entities/anaphoric_titles.txt")


@cache
def ambiguous_surnames() -> frozenset[str]:
    """Family names never read alone as the curated person: "خميس", "حجاب", "كارتر"."""
    return frozenset(read_word_list("entities/ambiguous_surnames.txt"))


@cache
def people_matcher() -> PhraseMatcher[KnownPerson]:
    """Curated people by full name, and by surname where it is distinctive ("بوتين", "غوتيريش").

    A surname is used alone when no other curated person shares it, it has at least four
    letters, and it is not a word Marsad knows otherwise.
    """
    people = known_people()
    entries: dict[str, KnownPerson] = dict(people)
    for name, person in people.items():
        for spelling in compound_spellings(name):
            entries.setdefault(spelling, person)
    surnames: dict[str, list[KnownPerson]] = {}
    for person in people.values():
        surname = family_name(person.name)
        if surname:
            surnames.setdefault(surname, []).append(person)
    common = clitic_stems() | name_stopwords() | given_names() | ambiguous_surnames()
    for surname, owners in surnames.items():
        # Family names with the article are often ordinary words ("الأسد", "الصدر", "الثاني").
        distinctive = len(surname) >= 4 and not surname.startswith("ال") and surname not in common
        if len(owners) == 1 and distinctive and surname not in entries:
            entries[surname] = owners[0]
    return PhraseMatcher(entries.items())


def known_person(name: str) -> KnownPerson | None:
    """The curated person of a normalised full name, in either spelling of عبد compounds."""
    people = known_people()
    spellings = [name, *compound_spellings(name)]
    for short in _without_lineage(name):  # "عادل بن أحمد الجبير" is the curated "عادل الجبير"
        spellings += [short, *compound_spellings(short)]
    return next((people[n] for n in spellings if n in people), None)


def _without_lineage(name: str) -> list[str]:
    """Shorter forms of a name that spells out its lineage, as the curated list writes it:
    "عادل بن أحمد الجبير" → "عادل الجبير"; "محمد بن نايف بن عبد العزيز" → "محمد بن نايف"."""
    units: list[str] = []
    for part in name.split():
        if units and units[-1] in {"عبد", "ابو"}:
            units[-1] += f" {part}"  # "عبد العزيز" is one name
        else:
            units.append(part)
    links = [i for i, unit in enumerate(units) if unit in {"بن", "ابن"}]
    if not links:
        return []
    shorter = []
    if links[-1] + 1 < len(units) - 1:  # a family name after the last link
        kept = [u for i, u in enumerate(units) if i not in links and i - 1 not in links]
        shorter.append(" ".join(kept))
        shorter.append(" ".join(units[: links[-1] + 2]))  # "سلمان بن عبد العزيز آل سعود"
    for link in reversed(links[1:]):  # drop the remotest ancestors first
        shorter.append(" ".join(units[:link]))
    return shorter


def compound_spellings(name: str) -> list[str]:
    """ "عبد العزيز" is also written "عبدالعزيز" (and the other way round), in every compound of
    عبد + a divine name: "سلمان بن عبدالعزيز", "عبدالله"."""
    joined = name.replace("عبد ال", "عبدال")
    split = name.replace("عبدال", "عبد ال")
    return [spelling for spelling in (joined, split) if spelling != name]


@cache
def outlet_heads() -> dict[str, bool]:
    """Words heading an unlisted outlet's name → whether the name must be quoted
    (entities/outlet_heads.tsv)."""
    rows = read_table("entities/outlet_heads.tsv", ("head", "quoted_only"))
    for row in rows:
        if row["quoted_only"] not in {"yes", "no"}:
            raise ResourceError(f"entities/outlet_heads.tsv:{row['_line']}: quoted_only is yes/no")
    return {normalize_key(row["head"]): row["quoted_only"] == "yes" for row in rows}


@cache
def quoted_body_heads() -> dict[str, tuple[str, str]]:
    """Words heading an unlisted body's quoted name → (type, sector)
    (entities/quoted_body_heads.tsv): 'حركة "جيل زد 212"'."""
    table = "entities/quoted_body_heads.tsv"
    heads = {}
    for row in read_table(table, ("head", "type", "sector")):
        _check(row, table, row["sector"], row["type"])
        heads[normalize_key(row["head"])] = (row["type"], row["sector"])
    return heads


@cache
def name_stopwords() -> frozenset[str]:
    return frozenset(read_word_list("entities/name_stopwords.txt"))


# Words that bind to the next: "عبد العزيز", "أبو مازن", "بن سلمان" are one name part.
_BOUND = frozenset({"عبد", "ابو", "بن", "ابن", "بنت", "ال", "ولد"})


def family_name(name: str, compound: bool = False) -> str | None:
    """The part of a normalised full name used alone for the person later ("باشنيان"), or None
    when it would be a given name, an ordinary word or a bound form ("عبد العزيز" → None).
    ``compound``: a family name in two words after a given name is kept whole ("حسين أمير عبد
    اللهيان" → "عبد اللهيان", "نبيل عبد الله" → "عبد الله"), for mentions in the same article."""
    parts = name.split()
    if compound and len(parts) >= 3 and parts[-2] in {"عبد", "ابو"} and parts[-1] not in _BOUND:
        return f"{parts[-2]} {parts[-1]}"
    if len(parts) < 2 or parts[-1] in _BOUND or parts[-2] in _BOUND:
        return None
    if parts[-1] in given_names() or parts[-1] in name_stopwords():
        return None
    return parts[-1]


def given_surname(name: str) -> str | None:
    """The last word of a full name when it is itself a given name ("فؤاد حسين" → "حسين"):
    used alone for the person only where the context shows it is one."""
    parts = name.split()
    if len(parts) < 2 or parts[-2] in _BOUND or parts[-1] not in given_names():
        return None
    return parts[-1]


@cache
def given_names() -> frozenset[str]:
    """Given names and ordinary words never read alone as a curated person's surname."""
    return frozenset(read_word_list("entities/given_names.txt"))


@cache
def quantity_words() -> frozenset[str]:
    """Words of quantity that make a following singular nisba a count of people."""
    return frozenset(read_word_list("entities/quantity_words.txt"))


@cache
def enemy_epithets() -> frozenset[str]:
    """Words that call the force before them the enemy's: "الطائرات المعادية", "قوات الاحتلال"."""
    return frozenset(read_word_list("entities/enemy_epithets.txt"))


@cache
def posted_titles() -> frozenset[str]:
    """Offices held abroad (سفير، مبعوث): the city they sit in is not their country."""
    return frozenset(read_word_list("entities/posted_titles.txt"))


@cache
def first_names() -> frozenset[str]:
    """Given names that start a personal name without a title ("محمد الأحمد")."""
    return frozenset(read_word_list("entities/first_names.txt"))


@cache
def _name_cue_rows() -> tuple[dict[str, str], ...]:
    table = "entities/name_cues.tsv"
    rows = tuple(read_table(table, ("word", "country", "position")))
    for row in rows:
        if not valid_country(row["country"]) or row["country"] in NON_STATE:
            raise ResourceError(f"{table}:{row['_line']}: unknown country {row['country']!r}")
        if row["position"] not in {"inner", "final"}:
            raise ResourceError(f"{table}:{row['_line']}: position must be inner or final")
    return rows


@cache
def name_country_cues() -> dict[tuple[str, str], str]:
    """Words inside a name that give its bearer's country, by (position, word): ("inner", "ولد")
    → MRT for "محمد ولد عبد العزيز", ("final", "اوغلو") → TUR."""
    return {
        (row["position"], normalize_key(row["word"])): row["country"] for row in _name_cue_rows()
    }


@cache
def name_sector_cues() -> dict[str, str]:
    """Final name words that give the bearer's sector over an honorific's: "الصباح" → GOV."""
    return {
        normalize_key(row["word"]): row["sector"]
        for row in _name_cue_rows()
        if row.get("sector") and row["position"] == "final"
    }


@cache
def honorifics() -> frozenset[str]:
    """Honorifics between an office and its holder's name: "وزير الخارجية الأستاذ عادل الجبير"."""
    return frozenset(read_word_list("entities/honorifics.txt"))


@cache
def construct_agents() -> frozenset[str]:
    """Agent nouns that govern a thing after them: "مصدر النيران" is no source person."""
    return frozenset(read_word_list("entities/construct_agents.txt"))


@cache
def org_unit_matcher() -> PhraseMatcher[bool]:
    """Bodies acting for the organisation after them: "الأمانة العامة لـ", "الجناح العسكري لـ"."""
    return word_list_matcher("entities/org_units.txt")


@cache
def org_modifiers() -> frozenset[str]:
    """Adjectives of a named organisation inside its mention: "تنظيم داعش الإرهابي"."""
    return frozenset(read_word_list("entities/org_modifiers.txt"))


@cache
def title_modifiers() -> frozenset[str]:
    """Words between an office and its holder's name: "الرئيس السابق حسني مبارك"."""
    return frozenset(normalize_key(w) for w in read_word_list("entities/title_modifiers.txt"))


@cache
def office_prefixes() -> frozenset[str]:
    """Words naming an assistant of the office after them: "مساعد وزير الخارجية"."""
    return frozenset(normalize_key(w) for w in read_word_list("entities/office_prefixes.txt"))


@cache
def _backer_cues() -> frozenset[str]:
    return frozenset(read_word_list("entities/backers.txt"))


def backs_what_precedes(cue_word: str, preposition: str) -> bool:
    """Whether a word and the preposition after it name who backs the party before them:
    "مدعومة" + "من", "الموالية" + "ل" (resources/entities/backers.txt)."""
    candidates = stem_candidates(normalize_key(cue_word))
    return any(f"{c} {preposition}" in _backer_cues() for c in candidates)


_WORD = re.compile(r"\w+")
_BACKER_REACH = 40  # characters before a name that hold its cue


def after_backer_cue(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a backer cue: "ميليشيات مدعومة من إيران", "فصائل
    موالية لإيران" (the ل joined to the name is a word of its own here)."""
    words = _WORD.findall(text[max(0, start - _BACKER_REACH) : start])
    if len(words) < 2 or normalize_key(words[-1]) not in {"من", "ل", "ب"}:
        return False
    return backs_what_precedes(words[-2], normalize_key(words[-1]))
