"""Find place names in a document and resolve them to gazetteer entries.

Candidates come from three sources, in order of trust:

1. an exact Arabic name in the gazetteer (GeoNames Arabic alternate names, country names, curated
   regions), accepted anywhere for countries, regions and large cities, and after a locative cue
   (في، قرب، مدينة، بلدة، محافظة ...) or in a list of places for smaller ones;
2. a transliteration match for a word after a locative cue or in a list of places ("في بلدات
   غوريس وسوتك وجيرموك"): the word's consonant skeleton against GeoNames' Latin names;
3. borders: "الحدود بين X وY", "الحدود مع X", "الحدود الأرمينية الأذربيجانية".

Ambiguous names are settled by the document: countries already mentioned (by any entity or
place), an adjacent nisba ("طرابلس اللبنانية"), then population.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from marsad.doc import Document
from marsad.entities.coref import country_mentions
from marsad.entities.countries import country_matcher, is_country
from marsad.entities.lexicon import name_stopwords, title_matcher
from marsad.places.gazetteer import CURATED_PRIOR, Gazetteer, gazetteer
from marsad.places.transliterate import arabic_skeleton, sound_similarity
from marsad.resources import ResourceError, clitic_stems, read_table, read_word_list
from marsad.text.clitics import stem_candidates
from marsad.text.frequency import zipf
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token, TokenKind

_MAX_WORDS = 3
_LARGE = 100_000  # a city this large is accepted without a locative cue
_HUGE = 1_000_000  # accepted without a cue in an article that names no country
_MEDIUM = 50_000  # after a preposition, in an article that names no country
_TOWN = 10_000  # a named town outside the story's countries must be at least this large
_LIST_CUES = frozenset({"و", "،"})
# A word this common in running Arabic (Zipf scale, wordfreq) is an everyday word, not a
# sound-alike of a small town: "نظيره" (his counterpart) is not Nazareth, "شركة" not Sharjah.
_EVERYDAY_ZIPF = 2.5
_COMMON_ZIPF = 4.6  # "سحب" (withdrew), "مرات" (times), "وقف" (a halt): words, not small towns
_ALLOWED = frozenset(
    {"", "و", "ب", "وب"}
)  # proclitics a place name takes ("وبغوريس"); not ل ("لتفعيل")


@dataclass(slots=True)
class FoundPlace:
    """A place mention in normalised offsets with its resolution (``key`` None if unresolved)."""

    start: int
    end: int
    first: int  # token indexes
    last: int
    name: str  # normalised, without proclitics
    key: int | None = None
    countries: tuple[str, ...] = ()
    kind: str | None = None
    score: float = 0.0
    border: tuple[str, str] | None = None
    candidates: list[int] = field(default_factory=list)
    method: str | None = "name"  # name | transliteration | border | None when unresolved
    exact: frozenset[int] = frozenset()  # candidates whose Arabic name is written as here
    landmark: str | None = None  # English gloss of a named facility's noun ("airport")
    inner: FoundPlace | None = None  # the known place in a landmark's name ("مطار حلب": Aleppo)


@cache
def locative_cues() -> frozenset[str]:
    return frozenset(read_word_list("places/locative_cues.txt"))


@cache
def homographs() -> dict[str, str]:
    """Ordinary words spelled like a place → "cue" (a place only right after a word of place),
    "noun" (only right after a place noun, or after a cue with punctuation next: "مدينة مشهد",
    "والقنصلية في مشهد،", not "في مشهد أعاد إلى الأذهان") or "never" (not a place on its own)."""
    readings = {}
    for row in read_table("places/homographs.tsv", ("word", "reading")):
        if row["reading"] not in {"cue", "noun", "never"}:
            raise ResourceError(f"places/homographs.tsv:{row['_line']}: bad reading")
        word = normalize_key(row["word"])
        if word in readings:
            raise ResourceError(f"places/homographs.tsv:{row['_line']}: {word!r} listed twice")
        readings[word] = row["reading"]
    return readings


@cache
def _landmark_rows() -> dict[str, tuple[str, str]]:
    rows = read_table("places/landmarks.tsv", ("noun", "gloss", "unknown_names"))
    for row in rows:
        if row["unknown_names"] not in {"yes", "located", "no"}:
            raise ResourceError(f"places/landmarks.tsv:{row['_line']}: bad unknown_names")
    return {normalize_key(row["noun"]): (row["gloss"], row["unknown_names"]) for row in rows}


@cache
def landmark_nouns() -> dict[str, str]:
    """Nouns of named facilities and squares → English gloss (places/landmarks.tsv)."""
    return {noun: gloss for noun, (gloss, _) in _landmark_rows().items()}


def figurative_landmark(name: str) -> bool:
    """Whether a landmark's noun is also a figure of speech ("ساحة", "ميدان", "قاعدة")."""
    words = normalize_key(name).split()
    rows = _landmark_rows()
    return bool(words) and any(
        rows.get(s, ("", ""))[1] == "located" for s in stem_candidates(words[0])
    )


@cache
def _landmark_idioms() -> frozenset[str]:
    return frozenset(read_word_list("places/landmark_idioms.txt"))


@cache
def _common_words() -> frozenset[str]:
    """Words too common to be read as a small town: known stems, particles, and every single
    word Marsad already knows as an event trigger, an attribution cue or a time word."""
    from marsad.claims.attribution import cue_matcher
    from marsad.events.lexicon import trigger_matcher
    from marsad.times.lexicon import time_lexicon

    known = {k for k in trigger_matcher().keys() | cue_matcher().keys() if " " not in k}
    lex = time_lexicon()
    known |= set(lex.months) | set(lex.weekdays) | set(lex.units) | set(lex.cardinals)
    return (
        clitic_stems() | frozenset(read_word_list("entities/name_stopwords.txt")) | frozenset(known)
    )


def find_places(doc: Document) -> list[FoundPlace]:
    gaz = gazetteer()
    tokens = doc.tokens
    starts = [doc.span(t.start, t.start).start for t in tokens]  # in the original text
    blocked = _actor_tokens(doc, starts) | _seat_tokens(gaz, tokens) | _time_tokens(doc, starts)
    context = frozenset(country_mentions(doc)) | _named_regions(gaz, tokens)
    found: list[FoundPlace] = []
    for sentence in doc.sentences:
        i = sentence.first_token
        last = sentence.last_token
        while i < last:
            border = _border(tokens, i, last)
            if border is not None:
                found.append(border)
                i = border.last
                continue
            place = None
            if i not in blocked and tokens[i].kind is TokenKind.ARABIC:
                place = _place_at(gaz, tokens, i, last, found, context)
            if place is None:
                i += 1
                continue
            found.append(place)
            if place.inner is not None:
                found.append(place.inner)  # "مطار أربيل": the text names Erbil and its airport
            i = place.last
    _disambiguate(gaz, doc, found)
    return [
        p
        for p in found
        if p.key is not None
        or p.border is not None
        or p.landmark is not None
        or (p.kind == "unresolved" and _name_like(tokens[p.first].text))
    ]


_LANDMARK_WORDS = 4  # "مطار رفيق الحريري الدولي"
_LANDMARK_DESCRIPTORS = frozenset({"الدولي", "المدني", "العسكري", "القديم"})


def _landmark(
    gaz: Gazetteer,
    tokens: Sequence[Token],
    i: int,
    last: int,
    found: list[FoundPlace],
    context: frozenset[str],
) -> FoundPlace | None:
    """A facility or square named in construct with its noun: "مطار حلب الدولي" (at Aleppo),
    "ساحة التحرير", "قاعدة حميميم". Not a noun with the article and its adjective ("الساحة
    السياسية"), an adjective after the noun ("قاعدة عسكرية", "جسر جوي") or an idiom ("ساحة
    المعركة")."""
    word = tokens[i].text
    noun = next(
        (s for s in stem_candidates(word) if s in landmark_nouns() and "ال" not in word[: -len(s)]),
        None,
    )
    if noun is None or i + 1 >= last or tokens[i + 1].kind is not TokenKind.ARABIC:
        return None
    name = tokens[i + 1].text
    if name in _landmark_idioms() or (not name.startswith("ال") and _adjective_shape(name)):
        return None
    if name.startswith("ال") and name.endswith("ي"):
        return None  # "مطار الدولي", "قاعدة البحري": an adjective whose noun's name is missing
    start = tokens[i].end - len(noun)
    inner = _exact(gaz, tokens, i + 1, last, found, context)
    if inner is not None:
        end = inner.last
        if end < last and tokens[end].text in _LANDMARK_DESCRIPTORS:
            end += 1  # "مطار حلب الدولي", "ميناء عدن القديم"
        end = _past_direction(tokens, end, last)  # "ريف حماة الشمالي"
        return FoundPlace(
            start, tokens[end - 1].end, i, end, _words(tokens, i, end, noun),
            candidates=inner.candidates, exact=inner.exact, kind=inner.kind,
            landmark=landmark_nouns()[noun], inner=inner,
        )  # fmt: skip
    if _landmark_rows()[noun][1] == "no":
        return None  # "ريف" only before a known place
    if not name.startswith("ال") and not _plausible_word(name):
        return None  # "شارع واحد", "قصر عن": no name follows
    if name.startswith(("و", "ل")) or name.endswith(("ها", "هم", "هما")):
        return None  # "قاعدة لهم", "ميدان عملها": a preposition or a possessed noun, no name
    end = i + 2
    while end < min(last, i + 1 + _LANDMARK_WORDS) and _landmark_word(tokens, end, last, gaz):
        end += 1
    return FoundPlace(
        start, tokens[end - 1].end, i, end, _words(tokens, i, end, noun),
        kind="unresolved", method=None, landmark=landmark_nouns()[noun],
    )  # fmt: skip


def _landmark_word(tokens: Sequence[Token], j: int, last: int, gaz: Gazetteer) -> bool:
    """Whether the name of a landmark goes on at ``j``: not past punctuation, a conjunction or a
    preposition, a word of place ("ساحة التحرير وسط بغداد"), a known word (a verb, a time), an
    indefinite accusative or imperfect verb, or a country's adjective ("قاعدة حميميم الروسية")."""
    token = tokens[j]
    if token.kind is not TokenKind.ARABIC or token.text.startswith(("و", "ب", "ل")):
        return False
    if not token.text.startswith("ال") and (
        token.text.endswith("ا") or token.text.startswith(("ي", "ت", "ن"))
    ):
        return False  # "جسر الملك فهد زحاما شديدا", "ساحة تستوعب": the clause goes on
    # "ساحة الدوح عدد كبير": an indefinite word after the name starts the next phrase, but a
    # title goes on with its holder's name ("مطار الملك خالد")
    after_definite = tokens[j - 1].text.startswith("ال") and not token.text.startswith("ال")
    if after_definite and title_matcher().match_at(tokens, j - 1, last) is None:
        return False
    if not token.text.startswith("ال") and _adjective_shape(token.text):
        return False  # "مستشفى الرس القديم مماثلة"
    stems = stem_candidates(token.text)
    if any(s in locative_cues() or s in name_stopwords() for s in stems):
        return False
    if token.text in _common_words() or any(s in gaz.arabic for s in stems):
        return False
    match = country_matcher().match_at(tokens, j, last)
    return match is None


_DIRECTION_ADJECTIVES = frozenset(
    f"ال{d}{g}" for d in ("شمالي", "جنوبي", "شرقي", "غربي") for g in ("", "ه")
)


def _past_direction(tokens: Sequence[Token], end: int, last: int) -> int:
    """Past a direction adjective after a place: "ريف حلب الشمالي", "حلب الشرقية", "ريف إدلب
    الجنوبي الشرقي"."""
    while end < last and tokens[end].text in _DIRECTION_ADJECTIVES:
        end += 1
    return end


def _words(tokens: Sequence[Token], i: int, end: int, noun: str) -> str:
    return " ".join([noun, *(t.text for t in tokens[i + 1 : end])])


def _adjective_shape(word: str) -> bool:
    """An indefinite adjective after a noun: a nisba ("عسكرية", "جوي", "ميداني") or a feminine
    adjective ("رئيسية")."""
    return word.endswith(("ي", "يه", "يا")) or _agreeing_adjective(word)


def _place_at(
    gaz: Gazetteer,
    tokens: Sequence[Token],
    i: int,
    last: int,
    found: list[FoundPlace],
    context: frozenset[str],
) -> FoundPlace | None:
    """The place named at token ``i``: a gazetteer name of several words ("قاعدة حميميم",
    "مطار رفيق الحريري الدولي"), a landmark, a gazetteer name, a sound-alike, or an unknown name
    after a place noun; with a direction adjective after it ("ريف حلب الشمالي")."""
    exact = _exact(gaz, tokens, i, last, found, context)
    if exact is not None and exact.last - exact.first > 1:
        if exact.last < last and tokens[exact.last].text in _LANDMARK_DESCRIPTORS:
            exact.last, exact.end = exact.last + 1, tokens[exact.last].end
        place: FoundPlace | None = exact
    else:
        place = (
            _landmark(gaz, tokens, i, last, found, context)
            or exact
            or _guarded_country(gaz, tokens, i, last)
            or _transliterated(gaz, tokens, i, found)
            or _unresolved(tokens, i)
        )
    if place is not None and place.landmark is None:
        end = _past_direction(tokens, place.last, last)
        place.last, place.end = end, tokens[end - 1].end
    return place


def _guarded_country(
    gaz: Gazetteer, tokens: Sequence[Token], i: int, last: int
) -> FoundPlace | None:
    """A country whose name is also a word ("مالي", financial) where the country matcher reads
    it as the country: "في مالي", "شمال مالي", "النيجر ومالي" (the gazetteer leaves such names
    out; resources/entities/guarded_country_names.tsv)."""
    match = country_matcher().match_at(tokens, i, last)
    if match is None or match.value.kind != "name" or match.value.iso3 not in gaz.country_entry:
        return None
    words = [t.text for t in tokens[match.first : match.last]]
    name = " ".join(words)[len(match.proclitics) :]
    if name in gaz.arabic:
        return None  # a name the gazetteer has is found as written
    key = gaz.country_entry[match.value.iso3]
    start = tokens[i].start + len(match.proclitics)
    return FoundPlace(
        start, tokens[match.last - 1].end, i, match.last, name, candidates=[key],
        exact=frozenset({key}),
    )  # fmt: skip


def _name_like(word: str) -> bool:
    """An unknown place must look like a name: not an adjective agreeing with the place noun
    ("منطقة نائية", "مدينة عريقة"), not a particle or preposition phrase ("منها", "بشكل")."""
    if not word.startswith("ال") and _agreeing_adjective(word):
        return False
    stems = stem_candidates(word)
    ordinary = name_stopwords() | _common_words()
    return word not in homographs() and not any(stem in ordinary for stem in stems)


def _agreeing_adjective(word: str) -> bool:
    """A feminine adjective after a place noun: a nisba ("نائية"، "رئيسية"), the faʿīla pattern
    ("عريقة"، "بعيدة") or a participle ("متخاصمة"، "مجاورة"). "خربة ذياب" is a name."""
    if not word.endswith("ه"):
        return False
    nisba = word.endswith("يه")
    fa_ila = len(word) == 5 and word[2] == "ي"
    participle = word.startswith("م") and len(word) >= 5
    return nisba or fa_ila or participle


def _named_regions(gaz: Gazetteer, tokens: Sequence[Token]) -> frozenset[str]:
    """Countries of the regions the article names ("قطاع غزة", "إقليم كردستان"): context too."""
    countries: set[str] = set()
    for i in range(len(tokens)):
        for n in (3, 2, 1):
            keys = gaz.arabic.get(" ".join(t.text for t in tokens[i : i + n]))
            if keys and all(gaz.kind[k] not in {"city", "country"} for k in keys):
                countries.update(c for k in keys for c in gaz.countries[k])
                break
    return frozenset(countries)


def _seat_tokens(gaz: Gazetteer, tokens: Sequence[Token]) -> set[int]:
    """Tokens of multiword seats of government that are no place name ("البيت الأبيض"): not
    "الأبيض" (El Obeid). Capitals such as "إسلام آباد" or "أبو ظبي" stay places."""
    blocked: set[int] = set()
    for match in country_matcher().find_all(tokens):
        if match.value.kind == "capital" and match.last - match.first > 1:
            words = [t.text for t in tokens[match.first : match.last]]
            words[0] = words[0][len(match.proclitics) :]
            if " ".join(words) not in gaz.arabic:
                blocked.update(range(match.first, match.last))
    return blocked


def _actor_tokens(doc: Document, starts: list[int]) -> set[int]:
    """Tokens inside person, organisation and group mentions: "بوتين" is not a town."""
    spans = [(m.start, m.end) for e in doc.entities if e.type != "GPE" for m in e.mentions]
    return _tokens_within(starts, spans)


def _time_tokens(doc: Document, starts: list[int]) -> set[int]:
    """Tokens inside time expressions: "ليل الخميس" is Thursday night, not Lille."""
    return _tokens_within(starts, [(t.start, t.end) for t in doc.times])


def _tokens_within(starts: list[int], spans: list[tuple[int, int]]) -> set[int]:
    """The tokens (by their original start offsets, in order) that begin inside the spans."""
    within: set[int] = set()
    for start, end in spans:
        within.update(range(bisect_left(starts, start), bisect_left(starts, end)))
    return within


def _ends_a_name(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` stands alone as a name after a locative cue: punctuation or the
    end of the sentence follows ("والقنصلية في مشهد."), not a verb or an adjective that makes it
    an ordinary noun ("في مشهد أعاد إلى الأذهان", "في مشهد غير مسبوق")."""
    if not _cue_before(tokens, i):
        return False
    if tokens[i - 1].text.lstrip("وفب").startswith("ال") and tokens[i].text.startswith("ال"):
        return False  # "لزعزعة أمن المحافظات الغربية": a definite noun and its adjective
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or nxt.kind is not TokenKind.ARABIC


def _cue_before(tokens: Sequence[Token], i: int) -> bool:
    """A locative word right before the name: "في غوريس", "بلدة سوتك", "محاور داشكسن"."""
    cues = locative_cues()
    j = i - 1
    if j < 0 or tokens[j].kind is TokenKind.PUNCT:
        return False
    return any(stem in cues for stem in stem_candidates(tokens[j].text))


def _continues_list(tokens: Sequence[Token], i: int, found: list[FoundPlace]) -> bool:
    """ "داشكسن وكلبجار ولاتشين": a name joined by و or a comma to the place before it."""
    if not found or found[-1].last not in (i, i - 1):
        return False
    return tokens[i].text.startswith("و") or tokens[i - 1].text in _LIST_CUES


def _plausible_word(stem: str) -> bool:
    """Ordinary words are never read as small towns."""
    return len(stem) >= 3 and stem not in _common_words() and stem not in locative_cues()


def _exact(
    gaz: Gazetteer,
    tokens: Sequence[Token],
    i: int,
    last: int,
    found: list[FoundPlace],
    context: frozenset[str],
) -> FoundPlace | None:
    for stem in stem_candidates(tokens[i].text):
        for n in range(min(_MAX_WORDS, last - i), 0, -1):
            name = " ".join([stem, *(t.text for t in tokens[i + 1 : i + n])])
            keys = gaz.arabic.get(name)
            if not keys or (n == 1 and stem in locative_cues()):
                continue  # "مدينة" is a word for a city, not Medina
            prefix = tokens[i].text[: len(tokens[i].text) - len(stem)]
            if "ك" in prefix:
                continue  # "كرم" is a word, not ك + "رم" (Rome); "like Baghdad" is rare in news
            if "ب" in prefix and _place_noun_before(tokens, i):
                continue  # a name after its place noun takes no ب: "منطقة بدارو" is Badaro
            listed = _continues_list(tokens, i, found) or _place_noun_before(tokens, i)
            cued = listed or _cue_before(tokens, i)
            reading = homographs().get(stem) if n == 1 else None
            if reading == "noun" and not (_place_noun_before(tokens, i) or _ends_a_name(tokens, i)):
                continue  # "في مشهد أعاد إلى الأذهان" (a scene); "مدينة مشهد" (Mashhad)
            if reading == "never" or (
                reading == "cue" and not (_cue_before(tokens, i) or _place_noun_before(tokens, i))
            ):
                continue  # "رابط الخبر" (the news), but "في الخبر" (in Khobar)
            if n == 1 and len(stem) <= 3 and prefix and prefix not in _ALLOWED:
                continue  # "فاتن" is a name, not ف + "اتن" (Athens)
            strong = [k for k in keys if _strong(gaz, k, context)]
            # the first of two words may be short or common: "مدينة تل رفعت", "بلدة عين عرب"
            weak_ok = cued and (n > 1 or _plausible_word(stem)) and prefix in _ALLOWED
            if weak_ok and n == 1 and not _place_noun_before(tokens, i):
                # a frequent word is a word, unless a place noun names it a town: "في بغداد وسحب
                # القائم بالأعمال" (and withdrawing), "بخرق الهدنة "مرات عدة"" (several times)
                weak_ok = zipf(stem) < _COMMON_ZIPF or any(
                    gaz.population[k] >= _MEDIUM or gaz.capital[k] for k in keys
                )  # "في جنيف", "في نيويورك": frequent words because they are large cities
            if not listed:  # after a bare preposition, only towns of countries in the story
                # "في الموصل" in a story that names only Afghanistan's Taliban, "في رام الله" (a
                # name of two words is no ordinary word; one word may be: "في صور", in pictures).
                minimum = _TOWN if n > 1 else _HUGE // 2
                weak_ok = weak_ok and any(
                    _in_context(gaz, k, context, _MEDIUM) or gaz.population[k] >= minimum
                    for k in keys
                )
            if not strong and not weak_ok:
                continue
            candidates = list(keys) if weak_ok else list(strong)
            exact = frozenset(candidates)
            if n == 1 and cued and weak_ok:
                # GeoNames' Arabic alternates are sparse: a transliteration may find the right town.
                skeleton = arabic_skeleton(stem)
                extra = gaz.skeletons.get(skeleton, []) if len(skeleton) >= 3 else []
                candidates += [k for k in extra if k not in candidates]
            # The article belongs to the name: "الخرطوم", not "خرطوم".
            start = tokens[i].end - len(stem) - (2 if prefix.endswith("ال") else 0)
            place = FoundPlace(
                start, tokens[i + n - 1].end, i, i + n, name, candidates=candidates, exact=exact
            )
            if not strong:
                # A small town: after "في" only in a country of the story; after a place noun
                # ("قرية كوك تاش") also elsewhere if it is a sizeable town.
                place.kind = "listed" if listed else "named"
            return place
    return None


def _exact_minimum(place: FoundPlace) -> int:
    """Population an exactly written town needs outside the story's countries (see ``_exact``)."""
    return _TOWN if place.last - place.first > 1 else _HUGE // 2


def _strong(gaz: Gazetteer, key: int, context: frozenset[str]) -> bool:
    """Accepted without a locative cue: countries, regions, capitals, and large cities of a
    country the article mentions ("إطار" is a town in Mauritania, and also the word "frame")."""
    if gaz.kind[key] != "city" or gaz.capital[key]:
        return True
    return gaz.population[key] >= _LARGE and _in_context(gaz, key, context, _HUGE)


def _in_context(gaz: Gazetteer, key: int, context: frozenset[str], population: int) -> bool:
    """A city of a country the article mentions, or, in an article that names no country, a
    city of at least ``population`` people."""
    if context:
        return bool(set(gaz.countries[key]) & context)
    return gaz.population[key] >= population


def _transliterated(
    gaz: Gazetteer, tokens: Sequence[Token], i: int, found: list[FoundPlace]
) -> FoundPlace | None:
    token = tokens[i]
    listed = (
        _continues_list(tokens, i, found)
        or _place_noun_before(tokens, i)
        or _nisba_after(tokens, i + 1) is not None  # "خاركيف الأوكرانية"
    )
    if not (listed or _cue_before(tokens, i)):
        return None
    if token.text.startswith(("بال", "وال", "فال", "كال", "لل", "وبال")):
        return None  # "بالسياسات الأميركية": a definite noun, not a sound-alike of a town
    if any(
        s in _common_words()
        or s in locative_cues()
        or homographs().get(s) == "never"
        or zipf(s) >= _EVERYDAY_ZIPF
        for s in stem_candidates(token.text)
    ):
        # "وخطف" is و + a known verb, not a sound-alike of Getafe; "وبلدة" a town; "ومحيط"
        # the surroundings, not Manchester; "ونظيره" و + his counterpart, not Nazareth
        return None
    stems = [
        s for s in stem_candidates(token.text) if token.text[: len(token.text) - len(s)] in _ALLOWED
    ]
    for stem in sorted(stems, key=len):  # "وكلبجار": try كلبجار before the whole word
        if stem.startswith("ال"):
            continue
        if len(stem) < 4 or not _plausible_word(stem) or homographs().get(stem) == "never":
            continue  # "ولاية خامسة" is a fifth term, not a sound-alike of Exmouth
        if stem.endswith("يه") and _place_noun_before(tokens, i):
            continue  # "منطقة سكنية", "منطقة صناعية": an adjective (nisba), not a name
        if _inflected(stem):
            continue
        skeleton = arabic_skeleton(stem)
        # After a bare preposition ("في أحدث تصعيد") only a longer skeleton is evidence enough.
        if len(skeleton) < (3 if listed else 5):
            continue
        keys = gaz.skeletons.get(skeleton)
        if keys:
            place = FoundPlace(
                token.end - len(stem), token.end, i, i + 1, stem, candidates=list(keys)
            )
            place.kind = "named" if _place_noun_before(tokens, i) else "transliterated"
            place.method = "transliteration"
            return place
    return None


def _inflected(stem: str) -> bool:
    """A verb or a noun with its endings, which no sound-alike of a town has: "وأضرموا النار"
    (they set fire), "يغامرون" (they venture), "يعقدان" (the two hold), "حارتهما" (their
    quarter), "بنظيريه الروسي والفرنسي" (his two counterparts)."""
    if stem.endswith(("وا", "هما", "هم")):
        return True
    if stem[0] in "يتن" and stem.endswith(("ون", "ان")) and len(stem) >= 5:
        return True
    return stem.endswith("يه") and zipf(stem[:-2]) >= _EVERYDAY_ZIPF


PLACE_NOUNS = frozenset(
    {"مدينه", "بلده", "بلدات", "قريه", "قري", "محافظه", "محافظات", "ولايه", "اقليم", "منطقه"}
    | {"مخيم", "حي", "ناحيه", "قضاء", "مديريه", "محور", "محاور", "مدن", "معبر", "ضواحي", "اطراف"}
    | {"مستوطنه", "مستوطنات", "مناطق"}
)


def _place_noun_before(tokens: Sequence[Token], i: int) -> bool:
    """ "بلدة سوتك", "محاور داشكسن": a noun naming a kind of place right before the name.

    A definite place noun is no head of a name: "المنطقة الخضراء" (the green zone) is a noun
    and its adjective; a name follows the noun without the article.
    """
    if i == 0 or not any(stem in PLACE_NOUNS for stem in stem_candidates(tokens[i - 1].text)):
        return False
    # A place noun heads its name in a construct, without the article: "قضاء سنجار", but
    # "أمام القضاء مرات عدة" is before the judiciary several times.
    return not tokens[i - 1].text.lstrip("وفب").startswith("ال")


def _unresolved(tokens: Sequence[Token], i: int) -> FoundPlace | None:
    """ "قرب قرية كوك تاش": a name after a place noun that the gazetteer does not know."""
    if i == 0 or tokens[i - 1].text not in PLACE_NOUNS:
        return None
    word = tokens[i].text
    definite = word.startswith("ال")
    if definite and (tokens[i - 1].text not in _SETTLEMENT_NOUNS or word.endswith("ي")):
        return None  # "منطقة الحظر", "محافظة الأنبار" is found by name
    if not _plausible_word(word) or word in homographs():
        return None  # "من ناحية أخرى" (on the other hand)
    return FoundPlace(
        tokens[i].start, tokens[i].end, i, i + 1, word, kind="unresolved", method=None
    )


# Settlements named in idafa with a definite name: "بلدة الضلوعية", "حي العامرية", "قرية الدالوة".
# Not "ناحية" / "قضاء" ("من ناحية التمويل", "قضاء العيد"); a masculine adjective after "بلده" is
# "his country": "بلده الأصلي".
_SETTLEMENT_NOUNS = frozenset({"بلده", "قريه", "حي", "ضاحيه", "مخيم"})

_BORDER_ADJECTIVE = frozenset({"حدوديه", "حدودي", "الحدوديه", "الحدودي"})


def _border(tokens: Sequence[Token], i: int, last: int) -> FoundPlace | None:
    """ "الحدود بين أرمينيا وأذربيجان", "الحدود مع أذربيجان", "الحدود الأرمينية الأذربيجانية",
    and border areas: "مناطق حدودية بين أذربيجان وأرمينيا"."""
    stems = stem_candidates(tokens[i].text)
    border_word = "حدود" in stems or tokens[i].text in {"الحدود", "حدود"}
    area = i + 1 < last and _BORDER_ADJECTIVE & set(stem_candidates(tokens[i + 1].text))
    if not border_word and not area:
        return None
    if area:  # "مناطق حدودية بين ...": the place is the border
        if i + 2 >= last or tokens[i + 2].text != "بين":
            return None
        i += 1
    j = i + 1
    if j < last and tokens[j].text in {"بين", "مع"}:
        j += 1
    countries: list[str] = []
    end = j
    while end < last and len(countries) < 2:
        match = country_matcher().match_at(tokens, end, last)
        if match is None or match.value.kind not in {"name", "nisba"}:
            break
        if not is_country(match.value.iso3):
            break
        countries.append(match.value.iso3)
        end = match.last
    if not countries:
        return None
    pair = (countries[0], countries[1] if len(countries) > 1 else "")
    if area:
        start = tokens[i - 1].start
    else:
        start = tokens[i].end - len("حدود") - (2 if tokens[i].text.endswith("الحدود") else 0)
    return FoundPlace(
        start, tokens[end - 1].end, i, end, "الحدود", border=pair, kind="border", method="border"
    )


def _disambiguate(gaz: Gazetteer, doc: Document, found: list[FoundPlace]) -> None:
    context = country_mentions(doc)
    top = context.most_common(1)
    home = top[0][0] if top and top[0][1] * 2 >= sum(context.values()) else None
    for place in found:  # places named without ambiguity count as context too
        if place.border is None and place.kind is None and len(place.candidates) == 1:
            context.update(gaz.countries[place.candidates[0]])
    tokens = doc.tokens
    for place in found:
        if place.kind == "unresolved":
            continue
        if place.border is not None:
            first, second = place.border
            if not second:
                second = next((c for c, _ in context.most_common(3) if c != first), "")
            place.border = (first, second)
            place.countries = tuple(c for c in place.border if c)
            continue
        nisba = _nisba_after(tokens, place.last)
        said_kind = _kind_said_before(tokens, place.first)
        if home is not None and nisba is None and _neighbourhood_before(tokens, place.first):
            # "حي بري" in a story of Khartoum is a district of the story's city, not Berry, USA
            local = [k for k in place.candidates if home in gaz.countries[k]]
            if not local:
                place.kind, place.method, place.candidates = "unresolved", None, []
                continue
            place.candidates = local
        best: tuple[float, int] | None = None
        candidates = place.candidates
        if place.kind == "listed":
            in_story = [
                k
                for k in candidates
                if set(gaz.countries[k]) & set(context)
                or (k in place.exact and gaz.population[k] >= _exact_minimum(place))
            ]  # "جولة قادته إلى أبوجا وكوتونو وأكرا": Cotonou, named as GeoNames writes it
            candidates = in_story or [k for k in candidates if gaz.population[k] >= _TOWN]
            if not candidates:
                place.kind = "unresolved"
                place.method = None
        elif place.kind in {"transliterated", "named"}:
            # A sound-alike town only counts in a country the article is about.
            wanted = set(context) | ({nisba} if nisba else set())
            if wanted:
                smallest: dict[str, int] = {}
                for k in candidates:
                    name = gaz.name_en[k]
                    smallest[name] = min(smallest.get(name, gaz.population[k]), gaz.population[k])
                candidates = [
                    k
                    for k in candidates
                    if set(gaz.countries[k]) & wanted
                    or (k in place.exact and gaz.population[k] >= _exact_minimum(place))
                    or gaz.population[k] >= 8 * max(smallest[gaz.name_en[k]], 1)
                ]  # "في جنيف" in a story that names the US: Geneva, which Geneva, NY is named for
            else:  # an article that names no country: only a sizeable town will do
                candidates = [
                    k
                    for k in candidates
                    if gaz.population[k] >= _MEDIUM
                    or (k in place.exact and gaz.population[k] >= _exact_minimum(place))
                ]
            if not candidates and place.kind == "named":
                place.kind = "unresolved"  # "قرية زغاليلو": a place, but not one we know
                place.method = None
        sounds = {k: _sounds_like(gaz, place.name, k) for k in candidates if k not in place.exact}
        # Beside a town written as GeoNames writes it, a sound-alike must sound all but the same:
        # "أبوجا وكوتونو وأكرا" is Cotonou, not Acton, USA (a story that names the US).
        minimum = _SOUND_BESIDE_EXACT if set(candidates) & place.exact else _SOUND_MINIMUM
        candidates = [k for k in candidates if sounds.get(k, 1.0) >= minimum]
        if not candidates and place.method == "transliteration":
            place.kind, place.method = "unresolved", None  # "وأضرموا النار" is not Durham
        largest_namesake: dict[str, int] = {}
        for key in place.exact:
            name = gaz.name_en[key]
            largest_namesake[name] = max(largest_namesake.get(name, 0), gaz.population[key])
        for key in candidates:
            # The name as GeoNames writes it in Arabic beats a sound-alike: "كركوك" is Kirkuk,
            # not Caracas; a capital so written beats a namesake village in a country the
            # story is about ("محادثات في الرياض" in a story about Egypt is still Riyadh).
            score = _score(gaz, key, context, nisba)
            if said_kind is not None and gaz.kind[key] in {"city", "region"}:
                score += 2.0 if gaz.kind[key] == said_kind else -2.0
            if key in place.exact:
                score += 3.5 if gaz.capital[key] else 2.5
                if gaz.population[key] * 8 <= largest_namesake.get(gaz.name_en[key], 0):
                    score -= 5.0  # "جنيف" is Geneva in Switzerland, not its American namesakes
            if best is None or score > best[0]:
                best = (score, key)
        if best is not None:
            place.score, place.key = best[0], best[1]
            place.countries = gaz.countries[best[1]]
            place.kind = gaz.kind[best[1]]


_SOUND_MINIMUM = 0.7  # a sound-alike that agrees on fewer sounds than this is another name
_SOUND_BESIDE_EXACT = 0.85  # beside a name written as GeoNames writes it


def _sounds_like(gaz: Gazetteer, name: str, key: int) -> float:
    """How close an Arabic spelling sounds to an entry's English name or its first word ("معالوت"
    and "Ma'alot Tarshiha"); the skeleton alone matched it, through any of its Latin names."""
    english = gaz.name_en[key]
    first = english.replace("-", " ").split(" ")[0]
    floor = _SOUND_MINIMUM  # what sounds less alike is dropped, however little
    return max(sound_similarity(name, english, floor), sound_similarity(name, first, floor))


_CITY_WORDS = frozenset({"مدينه", "مدينتي", "مدن"})
_REGION_WORDS = frozenset({"محافظه", "محافظتي", "ولايه", "ولايتي", "اقليم", "منطقه", "قطاع"})


_NEIGHBOURHOOD_WORDS = frozenset({"حي", "احياء", "حاره", "حارات", "ضاحيه"})


def _neighbourhood_before(tokens: Sequence[Token], i: int) -> bool:
    """ "حي بري", "ضاحية باردو": the name of a district of a city."""
    return i > 0 and bool(set(stem_candidates(tokens[i - 1].text)) & _NEIGHBOURHOOD_WORDS)


def _kind_said_before(tokens: Sequence[Token], i: int) -> str | None:
    """The kind of place the word before a name says: "مدينة غزة" is the city, not the Strip;
    "محافظة البصرة" the governorate."""
    if i == 0:
        return None
    stems = set(stem_candidates(tokens[i - 1].text))
    if stems & _CITY_WORDS:
        return "city"
    return "region" if stems & _REGION_WORDS else None


def _nisba_after(tokens: Sequence[Token], i: int) -> str | None:
    """ "طرابلس اللبنانية": the country adjective right after a place name."""
    if i >= len(tokens):
        return None
    match = country_matcher().match_at(tokens, i)
    if match is None or match.value.kind != "nisba" or not match.proclitics.endswith("ال"):
        return None  # "مليون أمريكي" is a number of people; "خاركيف الأوكرانية" is a city
    return match.value.iso3 if is_country(match.value.iso3) else None


def _score(gaz: Gazetteer, key: int, context: Counter[str], nisba: str | None) -> float:
    countries = gaz.countries[key]
    score = math.log10(max(gaz.population[key], 10))
    if gaz.population[key] >= CURATED_PRIOR:
        score = 7.0
    if gaz.kind[key] == "country":
        score = 8.0
    if gaz.capital[key]:
        score += 1.0
    if nisba is not None:
        score += 10.0 if nisba in countries else -10.0
    mentioned = max((context.get(c, 0) for c in countries), default=0)
    if mentioned:
        score += 3.0 + min(mentioned, 10) * 0.3
    elif gaz.kind[key] == "city" and gaz.population[key] < _LARGE:
        score -= 2.0  # a small town in a country the article never mentions is unlikely
    return score
