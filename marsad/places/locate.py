"""Event location: the places a clause or sentence names, not the ones acting as governments."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from marsad.doc import Document, Entity, Place, Sentence, Span
from marsad.entities.lexicon import after_backer_cue, enemy_epithets, posted_titles
from marsad.places.resolve import PLACE_NOUNS, locative_cues
from marsad.text.clitics import stem_candidates
from marsad.text.normalize import normalize_key


def is_metonymic(doc: Document, span: Span) -> bool:
    """A place mention that is also an actor ("أكدت باكو", "هاجمت أذربيجان") and has no word of
    place before it ("في باكو", "العاصمة تونس")."""
    for entity in doc.entities:
        if entity.type != "GPE":
            continue
        if any(m.start == span.start and m.end == span.end for m in entity.mentions):
            return not follows_locative(doc.text[max(0, span.start - 20) : span.start])
    return False


def follows_locative(before: str) -> bool:
    """Whether the text before a name ends with a word of place: "في", "على", "العاصمة"."""
    words = normalize_key(before).split()
    return bool(words) and any(s in locative_cues() | {"علي"} for s in stem_candidates(words[-1]))


def dateline_places(doc: Document) -> list[str]:
    """ "عمّان - استقبل ...": the place a report is filed from, before the dash of the lead."""
    if not doc.sentences:
        return []
    lead = doc.sentences[0]
    dash = min(
        (
            i
            for i in (
                doc.text.find(" - ", lead.start, lead.end),
                doc.text.find(" – ", lead.start, lead.end),
            )
            if i != -1
        ),
        default=-1,
    )
    if dash == -1 or dash - lead.start > 30:
        return []
    # a name before the dash is where the report was filed, never a government by metonymy
    # ("الجزائر - رفضت الجزائر ...": the first is the place)
    return places_in_span(doc, lead.start, dash, metonymy=False)


def places_in_span(doc: Document, start: int, end: int, metonymy: bool = True) -> list[str]:
    """Ids of places with a non-metonymic mention inside the original span ``[start, end)``
    (with ``metonymy=False``, any mention: the span is known to name places).

    Countries are dropped when a finer place is named ("في بلدة غوريس في أرمينيا" → Goris).
    """
    found = []
    for place in doc.places:
        if any(
            start <= m.start and m.end <= end and not (metonymy and is_metonymic(doc, m))
            for m in place.mentions
        ):
            found.append(place)
    finer = [p for p in found if p.feature not in {"country", None}]
    chosen = finer or found
    return [p.id for p in chosen]


def drop_place_nisbas(doc: Document) -> None:
    """A country-level reference that is part of a place name is no actor: "المحيط الهندي",
    "مدينة سوسة التونسية" (the nisba right after the place)."""
    spans = [(m.start, m.end) for place in doc.places for m in place.mentions]
    if not spans:
        return
    kept = []
    for entity in doc.entities:
        if entity.type == "NORP" and entity.sector is None:
            entity.mentions = [
                m
                for m in entity.mentions
                if not any(s <= m.start <= e + 1 or s < m.end <= e for s, e in spans)
            ]
            if not entity.mentions:
                continue
        kept.append(entity)
    for number, entity in enumerate(kept, start=1):  # claims and events come later
        entity.id = f"T{number}"
    doc.entities = kept


def countries_from_places(doc: Document) -> None:
    """Actors named without a country take it from the place right after them:
    "مسلحين في شمال العراق", "سكان غزة", "مسجدا سنيا جنوب بغداد". Only "في" / "من", words of
    place, directions and one adjective may stand between; "إلى" does not (troops sent to a
    country are not its troops)."""
    counts = _country_mentions(doc)
    country_at = {
        m.start: place.country
        for place in doc.places
        if place.country and len(place.countries) <= 1 and not _alone_in_story(doc, place, counts)
        for m in place.mentions
    }
    if not country_at:
        return
    for entity in doc.entities:
        if entity.code is not None or entity.type == "GPE":
            continue
        if normalize_key(entity.name).split()[0] in posted_titles():
            continue  # "السفير في بغداد" is rarely Iraq's ambassador
        for mention in entity.mentions:
            # a definite noun takes no genitive: "ودعا المصدر الولايات المتحدة" names the one
            # addressed; "سكان غزة" (construct) and "مسلحين في شمال العراق" name where they are
            words = normalize_key(doc.text[mention.start : mention.end]).split()
            definite = bool(words) and words[-1].startswith("ال")
            country = country_after(doc.text, mention.end, country_at, linked=definite)
            if country:
                entity.country = country
                entity.code = f"{country}{entity.sector or ''}"
                break


def countries_from_sentence(doc: Document) -> None:
    """Actors and unknown places still without a country take the one every place of their
    sentence is in when one of those places is near them, the way local news names local actors
    and villages without a nationality: "اغتال مسلحون العميد ... مدير استخبارات الشرطة الوطنية في
    البصرة" (the brigadier is Iraqi), "استهدف حاجزا في بلدة الضلوعية، شمال بغداد" (an Iraqi town
    the gazetteer does not know). Places standing for a government ("أكدت بغداد"), borders or seas
    shared by two countries and destinations ("وصل إلى بغداد": a visitor) do not count; a sentence
    whose places lie in two countries leaves everything as it is, and one that names another
    country's actors leaves its officials and forces as they are."""
    counts = _country_mentions(doc)
    located = [
        (place.country, m)
        for place in doc.places
        if place.country and len(place.countries) <= 1 and not _alone_in_story(doc, place, counts)
        for m in place.mentions
        if not is_metonymic(doc, m) and not _is_destination(doc.text, m)
    ]
    if not located:
        return
    starts = [s.start for s in doc.sentences]

    def near_country(mention: Span) -> tuple[str, Sentence] | None:
        index = bisect_right(starts, mention.start) - 1
        if index < 0:
            return None
        sentence = doc.sentences[index]
        in_sentence = [(c, m) for c, m in located if sentence.start <= m.start < sentence.end]
        if len({country for country, _ in in_sentence}) != 1:
            return None
        if all(_words_between(doc.text, mention, m) > _NEAR_WORDS for _, m in in_sentence):
            return None
        return in_sentence[0][0], sentence

    for place in doc.places:
        if place.match is None and place.country is None:
            found = near_country(place.mentions[0])
            if found is not None:
                place.country, place.countries = found[0], [found[0]]
    for entity in doc.entities:
        if entity.code is not None or entity.type in {"GPE", "NORP"} or not entity.mentions:
            continue
        if normalize_key(entity.name).split()[0] in posted_titles():
            continue
        found = near_country(entity.mentions[0])
        if found is None:
            continue
        country, sentence = found
        if entity.sector in _STATE_SECTORS and _foreign_actor_in(doc, sentence, {country}):
            continue  # "قصف الجيش التركي ... في شمال العراق، وأرسلت الحكومة جنودا": Turkish troops
        if called_enemy(doc, entity):
            continue
        entity.country = country
        entity.code = f"{country}{entity.sector or ''}"


def _alone_in_story(doc: Document, place: Place, counts: Counter[str]) -> bool:
    """A town whose country nothing else in a story of another country names: likely a
    namesake of a local place ("في منطقة العلم" near Aden in a Yemeni story is not al-Alam in
    Iraq), so it gives no one a country. A story that names no other country keeps it: local
    news names local places without their country ("في البصرة")."""
    if place.feature != "city" or counts[place.country or ""] > _own_mentions(doc, place.mentions):
        return False
    return any(n >= _OTHER_STORY_MENTIONS for c, n in counts.items() if c != place.country)


_OTHER_STORY_MENTIONS = 3


_NEAR_WORDS = 10
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def _foreign_actor_in(doc: Document, sentence: Sentence, countries: set[str]) -> bool:
    return any(
        other.country and other.country not in countries
        for other in doc.entities
        for m in other.mentions
        if sentence.start <= m.start < sentence.end
    )


def called_enemy(doc: Document, entity: Entity) -> bool:
    """Whether a mention of the entity is followed by a word calling it the enemy's: "الطائرات
    المعادية" in a Lebanese army statement are not Lebanon's."""
    for mention in entity.mentions:
        after = normalize_key(doc.text[mention.end : mention.end + 20]).split()[:1]
        if after and any(w in enemy_epithets() for w in stem_candidates(after[0])):
            return True
    return False


def _is_destination(text: str, span: Span) -> bool:
    words = normalize_key(text[max(0, span.start - 12) : span.start]).split()
    return bool(words) and words[-1] in {"الي", "نحو"}


def _words_between(text: str, a: Span, b: Span) -> int:
    start, end = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return len(text[start:end].split())


def country_after(
    text: str, end: int, country_at: dict[int, str], linked: bool = False
) -> str | None:
    """The country of a place starting one of the next four words, if only linking words come
    before it (and at least one when ``linked``)."""
    for number, word in enumerate(re.finditer(r"\S+", text[end : end + 40])):
        country = country_at.get(end + word.start())
        if country is not None:
            return None if linked and number == 0 else country
        key = normalize_key(word.group())
        adjective = number == 0 and key.endswith(("يا", "يه", "يين", "يون"))
        if number == 3 or not (key in _LINKING_WORDS or adjective):
            return None
    return None


# "في شمال العراق", "جنوب بغداد": what may stand between an actor and its place.
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"})
_LINKING_WORDS = frozenset({"في", "من"}) | PLACE_NOUNS | _DIRECTIONS


# Sectors of actors a domestic story names without their country: "قوات الأمن", "الشرطة",
# "النيابة العامة", "وزارة الكهرباء", "المحتجون", "مسلحون". Media and businesses may be foreign.
_DOMESTIC_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "CVL", "LAB", "EDU", "HLH"}
    | {"REB", "UAF", "PRM", "REF", "MED"}
)
# Offices of a state; a party leader or a trade unionist may come from abroad to speak.
_STATE_OFFICES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
_HOME_SHARE = 0.5  # of the article's country mentions (actors and places)
_HOME_LEAD = 2.0  # times the next country's
# An office named without its country is the home country's only in a story that names that
# country this often: "وبدأ الملك زيارة للأردن" is no story about Jordan's king.
_OFFICE_HOME_MENTIONS = 3
_SIDES_SHARE = 0.5  # of the country mentions, for a story between two countries
_SIDE_MENTIONS = 3


def home_country(doc: Document) -> str | None:
    """The country a domestic story is about: at least half of the mentions of countries (by
    actors and places) and twice the next one. A story between two countries has none."""
    counts = _country_mentions(doc)
    ranked = counts.most_common(2)
    if not ranked:
        return None
    top, top_count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top_count < _HOME_SHARE * sum(counts.values()) or top_count < _HOME_LEAD * second:
        return None
    return top


def story_sides(doc: Document) -> tuple[str, str] | None:
    """The two countries a story between two is about: together at least _SIDES_SHARE of the
    mentions of countries, each named at least _SIDE_MENTIONS times and the second at least a
    third as often as the first."""
    ranked = _country_mentions(doc).most_common(2)
    if len(ranked) < 2:
        return None
    total = sum(_country_mentions(doc).values())
    (first, first_count), (second, second_count) = ranked
    if first_count + second_count < _SIDES_SHARE * total or second_count < _SIDE_MENTIONS:
        return None
    if second_count * 3 < first_count:
        return None
    return first, second


def named_often(doc: Document, country: str) -> bool:
    """Whether the story names the country often enough to be about it, not a one-line report."""
    return _country_mentions(doc)[country] >= _OFFICE_HOME_MENTIONS


def _country_mentions(doc: Document) -> Counter[str]:
    """How often each country is named, by actors and places."""
    counts: Counter[str] = Counter()
    for entity in doc.entities:
        if entity.country:
            counts[entity.country] += _own_mentions(doc, entity.mentions)
    for place in doc.places:
        # a landmark is no mention of its country of its own: "مطار حلب" names Aleppo, counted
        # already, and "ساحة التحرير" took its country from the story
        if place.country and place.feature != "landmark":
            counts[place.country] += _own_mentions(doc, place.mentions)
    return counts


def _own_mentions(doc: Document, mentions: list[Span]) -> int:
    """Mentions that name a party of the story, not the backer of one: a Yemeni story says
    "ميليشيا الحوثي المدعومة من إيران" every time it names the Houthis."""
    return sum(not after_backer_cue(doc.text, m.start) for m in mentions)


_NATIONAL = frozenset({"الوطني", "الوطنيه"})
_STATE_BODIES = ("وزاره", "مجلس", "المجلس", "مديريه", "المديريه", "الحرس", "هيئه")


def countries_from_dateline(doc: Document) -> None:
    """A state body called "national" with no country of its own is the dateline country's:
    "وزارة الدفاع الوطني" or "المجلس الشعبي الوطني" in a report filed from Algiers are
    Algeria's (Lebanon and Tunisia have a ministry of that name too). Armed groups that call
    themselves national ("الجيش الوطني") are left: they may be the other side's."""
    filed_from = set(dateline_places(doc))
    country = next((p.country for p in doc.places if p.id in filed_from and p.country), None)
    if country is None:
        return
    for entity in doc.entities:
        if entity.country or entity.code is not None or entity.type != "ORG":
            continue
        words = normalize_key(entity.name).split()
        if words and words[0] in _STATE_BODIES and _NATIONAL & set(words):
            entity.country = country
            entity.code = f"{country}{entity.sector}" if entity.sector else country


def countries_from_article(doc: Document) -> None:
    """Institutions and groups still without a country in a domestic story are that country's:
    in an article about Basra's power cuts, "قوات مكافحة الشغب", "وزارة الكهرباء" and
    "المحتجون" are Iraqi. So are office-holders named by an office of state without a country
    ("وهدد وزير الداخلية والبلديات بسام المولوي" in a Lebanese story); organisations with an
    international code (the UN) keep it."""
    home = home_country(doc)
    if home is None:
        return
    named_often = _country_mentions(doc)[home] >= _OFFICE_HOME_MENTIONS
    for entity in doc.entities:
        if entity.country or entity.code is not None:
            continue
        if called_enemy(doc, entity):
            continue  # "الطائرات المعادية" in a Lebanese story
        office = entity.type == "PERSON" and entity.sector in _STATE_OFFICES and named_often
        if office or (entity.type in {"ORG", "GROUP"} and entity.sector in _DOMESTIC_SECTORS):
            entity.country = home
            entity.code = f"{home}{entity.sector}"
