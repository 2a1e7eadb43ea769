"""Pipeline component ``entities``: actors with country, PLOVER sector and actor code."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from marsad.doc import Document, Entity, Span
from marsad.entities.countries import country_matcher, english_name, is_country, kingdom_codes
from marsad.entities.lexicon import (
    after_backer_cue,
    agent_matcher,
    anaphoric_heads,
    anaphoric_titles,
    family_name,
    given_names,
    given_surname,
    institution_matcher,
    known_person,
    organization_matcher,
    people_matcher,
    title_matcher,
)
from marsad.entities.recognize import Mention, find_mentions, speech_verb_at
from marsad.entities.transliterate import transliterate
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import normalize_key, unquoted
from marsad.text.tokenize import tokenize


class EntitiesComponent:
    name = "entities"

    def __call__(self, doc: Document) -> Document:
        mentions: list[Mention] = []
        hamza_lam = _hamza_lam_tokens(doc)
        for sentence in doc.sentences:
            first, last = sentence.first_token, sentence.last_token
            mentions.extend(find_mentions(doc.tokens, first, last, hamza_lam))
        mentions = [m for m in mentions if not _hamza_written_acronym(doc, m)]
        mentions.extend(_known_people(doc, mentions))
        mentions = _surname_mentions(doc, mentions)
        mentions = _office_holders_named_again(doc, mentions)
        mentions.extend(_kingdom_mentions(doc, mentions))
        mentions.sort(key=lambda m: m.start)
        mentions = _occupier_named(mentions)
        mentions = _resolve_anaphors(doc, mentions)
        mentions = _bodies_named_again(doc, mentions)
        _sources_named_again(doc, mentions)
        _subordinates(doc, mentions)
        _members_from(doc, mentions)
        _nationals(doc, mentions)
        _backed_bodies(doc, mentions)
        _holders_named_after_bodies(doc, mentions)
        doc.entities = _group(doc, mentions)
        return doc


_ACRONYM_LETTERS = 4  # "وام", "واس", "قنا", "بترا": agency acronyms are written without hamza


def _hamza_written_acronym(doc: Document, mention: Mention) -> bool:
    """A one-word outlet acronym whose letters the text writes with a hamza after its first
    letter is another word: "في الخرطوم وأم درمان" is "and Omdurman", not وام (the Emirates
    News Agency)."""
    name = doc.normalized.text[mention.start : mention.end]
    if mention.type != "ORG" or " " in name or len(name) > _ACRONYM_LETTERS:
        return False
    start = doc.normalized.to_original_start(mention.start)
    end = doc.normalized.to_original_start(mention.end)
    # inside the word only: "إرنا" (IRNA) begins with its hamza
    return any(letter in doc.text[start + 1 : end] for letter in "أإآ")


def _hamza_lam_tokens(doc: Document) -> frozenset[int]:
    """Tokens written with أل / إل ("ألينا", "إلهام"), which normalise to the article's letters."""
    original = doc.text
    return frozenset(
        i
        for i, token in enumerate(doc.tokens)
        if token.text.startswith("ال")
        and original[doc.normalized.to_original_start(token.start) :].startswith(("أل", "إل"))
    )


def _known_people(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Frequently reported people named without a title ("قال بوتين", "وأكد أنطونيو غوتيريش")."""
    covered = [(m.start, m.end) for m in mentions]
    found = []
    for match in people_matcher().find_all(doc.tokens):
        if any(s < match.end and match.start < e for s, e in covered):
            continue
        if match.proclitics.endswith("ال"):
            continue  # "الثاني" (the second) is not the family name "ثاني"
        person = match.value
        mention = Mention(
            match.start, match.end, "PERSON", ("PERSON", person.name), person.name,
            person.country, person.sector, person.code, person.name_en,
        )  # fmt: skip
        mention.person_name = person.name
        found.append(mention)
    return found


def _surname_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the later mentions of a titled person by surname alone ("باشنيان",
    "وطالب عبد اللهيان"). A name the recognizer read there without knowing whose it is gives
    way: "عبد اللهيان الدول" (the surname and the object after it) is the minister."""
    surnames: dict[str, Mention] = {}
    given: dict[str, Mention] = {}  # surnames that are also given names: "فؤاد حسين"
    for mention in mentions:
        if not mention.person_name or not (mention.country or mention.sector):
            continue  # a name read without title or country says nothing of whose it is
        surname = family_name(mention.person_name, compound=True)
        if surname:
            surnames.setdefault(surname, mention)
        elif (last_word := given_surname(mention.person_name)) is not None:
            given.setdefault(last_word, mention)
        if len(mention.person_name.split()) >= 2:
            # the full name again, without the title: "قال فؤاد حسين" after "وزير الخارجية
            # العراقي فؤاد حسين" (both words are also given names)
            surnames.setdefault(mention.person_name, mention)
    for name in surnames:
        given.pop(name, None)
    if not surnames and not given:
        return mentions
    matcher = PhraseMatcher(
        [(name, (m, False)) for name, m in surnames.items()]
        + [(name, (m, True)) for name, m in given.items()]
    )
    kept = list(mentions)
    found = []
    for match in matcher.find_all(doc.tokens):
        person, is_given = match.value
        if is_given and not _subject_named_alone(doc, match.first, match.last):
            continue  # "وقال علي حسن": another man whose given name it is
        covering = [m for m in kept if m.start <= match.start < m.end]
        unknown = [
            m for m in covering
            if m.type == "PERSON" and m.country is None and m.sector is None
            and m.start == match.start
        ]  # fmt: skip
        if len(unknown) != len(covering):
            continue
        if is_given and (
            any(m.end > match.end for m in covering) or _person_next(doc, kept, match.last)
        ):
            continue  # "وقال حسين الشيخ": a name of two words
        for mention in unknown:
            kept.remove(mention)
        found.append(
            Mention(
                match.start,
                match.end,
                "PERSON",
                person.key,
                person.name,
                person.country,
                person.sector,
            )
        )
    return kept + found


def _person_next(doc: Document, mentions: list[Mention], i: int) -> bool:
    """Whether a PERSON mention begins at token ``i``."""
    if i >= len(doc.tokens):
        return False
    start = doc.tokens[i].start
    return any(m.type == "PERSON" and m.start == start for m in mentions)


# tokens before a name in which its office is read: "وزير الخارجية المصري سامح شكري"
_TITLE_WINDOW = 6


def _office_holders_named_again(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A bare office with the article ("الوزير", "الأمين العام"; entities/anaphoric_titles.txt)
    is the last person named before it with that office: "قال وزير الخارجية المصري سامح شكري
    ... وأضاف الوزير" is Shoukry again."""
    titles = anaphoric_titles()
    starts = [t.start for t in doc.tokens]
    resolved = list(mentions)
    for i, mention in enumerate(resolved):
        name = normalize_key(mention.name)
        if mention.type != "PERSON" or mention.person_name or mention.country or mention.code:
            continue
        if name not in titles:
            continue
        after = bisect_left(starts, mention.end)
        word = doc.tokens[after].text if after < len(doc.tokens) else ""
        if word.startswith("ال") and word.endswith(("ي", "يه")):
            continue  # "الرئيس الروحي لطائفة الموحدين الدروز": a new office, described
        office = name.split()[0].removeprefix("ال")
        for earlier in reversed(resolved[:i]):
            if earlier.type != "PERSON" or not earlier.person_name:
                continue
            if not (earlier.country or earlier.code):
                continue  # a man of no known side says nothing of whose office it is
            first = max(0, bisect_left(starts, earlier.start) - _TITLE_WINDOW)
            before = doc.normalized.text[doc.tokens[first].start : earlier.end].split()
            if office in before or f"ال{office}" in before or f"و{office}" in before:
                resolved[i] = replace(earlier, start=mention.start, end=mention.end)
                break
    return resolved


def _subject_named_alone(doc: Document, first: int, last: int) -> bool:
    """A given name used as a surname stands for the person when it is the subject right after
    a one-word verb of the claims lexicon and no other name follows it: "أدان حسين العدوان"
    after "وزير الخارجية العراقي فؤاد حسين"."""
    tokens = doc.tokens
    if first == 0 or not speech_verb_at(tokens, first - 1, len(tokens)):
        return False
    return not (last < len(tokens) and normalize_key(tokens[last].text) in given_names())


def _kingdom_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """ "المملكة" alone is the kingdom the article has named: "أكد خادم الحرمين الشريفين دعم
    المملكة لليمن" (Saudi Arabia). The nearest kingdom named before it, else the first after it;
    none when the article names no kingdom. Kingdoms are the countries whose Arabic name says
    so (countries.tsv: "المملكة الأردنية الهاشمية", "مملكة البحرين")."""
    kingdoms = kingdom_codes()
    named = sorted((m.start, m.country) for m in mentions if m.country in kingdoms)
    if not named:
        return []
    covered = [(m.start, m.end) for m in mentions]
    found = []
    for match in _kingdom_word().find_all(doc.tokens):
        if not match.proclitics.endswith(("ال", "لل")) or any(
            s <= match.start < e for s, e in covered
        ):
            continue  # "مملكة البحرين" names its kingdom
        before = [country for start, country in named if start < match.start]
        country = before[-1] if before else named[0][1]
        found.append(
            Mention(match.start, match.end, "GPE", ("GPE", country), "مملكه", country, "GOV")
        )
    return found


_OCCUPATION = "الاحتلال"


def _occupier_named(mentions: list[Mention]) -> list[Mention]:
    """ "الاحتلال" alone is Israel (organizations.tsv), unless the article names another occupier
    with its nisba: after "جرائم الاحتلال المغربي" in a Polisario statement, "قصف الاحتلال" is
    Morocco's. The nearest such occupier before it, else the first after it."""
    occupiers = [m for m in mentions if m.name.startswith(_OCCUPATION + " ") and m.country]
    if not occupiers:
        return mentions
    resolved = []
    for mention in mentions:
        if mention.name == _OCCUPATION:
            before = [m for m in occupiers if m.start < mention.start]
            named = before[-1] if before else occupiers[0]
            mention = replace(named, start=mention.start, end=mention.end, name=mention.name)
        resolved.append(mention)
    return resolved


def _resolve_anaphors(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """ "التنظيم", "الحركة", "الحزب" alone: the last organisation named before with that head
    (anaphoric_heads.txt). A bare mention of the head word takes that organisation's identity;
    an uncovered one becomes its mention. Sorted mentions in, sorted mentions out."""
    resolved = list(mentions)
    for match in _anaphor_matcher().find_all(doc.tokens):
        if not match.proclitics.endswith(("ال", "لل")):
            continue  # "حركة" without the article begins a name
        after = match.last
        if (
            after < len(doc.tokens)
            and doc.tokens[after].text.startswith("ال")
            and doc.tokens[after].text not in _ARTICLE_LOOKALIKES
            and _agrees(match.value, doc.tokens[after].text)
            and not _titled_name_at(doc, resolved, after)
        ):
            continue  # "الحزب الحاكم", "الحركة التجارية": a description of its own
        antecedent = _last_named_with(resolved, match.value, match.start)
        if antecedent is None:
            antecedent = _last_armed_group(resolved, match.start)
        if antecedent is None:
            continue
        overlapping = [m for m in resolved if m.start < match.end and match.start < m.end]
        if any(normalize_key(m.name) not in {match.value, "ال" + match.value} for m in overlapping):
            # part of a longer name; one that ends on the head word is the antecedent's when it
            # has no country of its own: "قوات التحالف" after "التحالف بقيادة السعودية"
            ending = " ال" + match.value
            for mention in overlapping:
                if normalize_key(mention.name).endswith(ending):
                    _belongs_to(resolved, mention, antecedent)
            continue
        for mention in overlapping:
            resolved.remove(mention)
        resolved.append(replace(antecedent, start=match.start, end=match.end))
        # the noun that governs the head word belongs to the antecedent too: "المتحدث باسم
        # التحالف", "مقاتلات التحالف"
        head_start = doc.tokens[match.first].start
        for mention in resolved:
            if (
                mention.end <= head_start
                and not doc.normalized.text[mention.end : head_start].strip()
            ):
                _belongs_to(resolved, mention, antecedent)
    return sorted(resolved, key=lambda m: m.start)


_SOURCE_HEADS = frozenset({"مصدر", "مصادر"})


def _sources_named_again(doc: Document, mentions: list[Mention]) -> None:
    """ "المصدر" or "المصدر الأمني" after "مصدر أمني لبناني" is that source again (in place):
    the head with the article, and the definite adjectives after it if any, among the earlier
    source's words. Wire copy names an unnamed source once in full, then "وأضاف المصدر"."""
    text = doc.normalized.text
    for i, mention in enumerate(mentions):
        words = normalize_key(mention.name).split()
        if len(words) != 1 or words[0] not in _SOURCE_HEADS or mention.country:
            continue
        if text[max(0, mention.start - 2) : mention.start] != "ال":
            continue  # "مصدر" without the article is a new source
        described = set()
        for word in normalize_key(text[mention.end : mention.end + 40]).split()[:2]:
            if not word.startswith("ال") or word in _ARTICLE_LOOKALIKES:
                break
            described.add(word.removeprefix("ال"))
        antecedent = next(
            (
                m
                for m in reversed(mentions[:i])
                if m.country
                and normalize_key(m.name).split()[0] == words[0]
                and described <= set(normalize_key(m.name).split()[1:])
            ),
            None,
        )
        if antecedent is not None:
            mentions[i] = replace(antecedent, start=mention.start, end=mention.end)


# "القوات التابعة لحكومة الوفاق", "ميليشيات تابعة لإيران", "الوحدات التابعة لها"
_SUBORDINATE = frozenset({"التابع", "التابعه", "التابعين", "التابعون", "تابع", "تابعه", "تابعين"})


# words after the head that begin like the article but are no adjective: "وقوف المجلس إلى جانب
# العراق" (إلى), "وقال الحزب الذي يتزعمه ..." (a relative clause on the same party)
_ARTICLE_LOOKALIKES = frozenset({"الي", "الا", "الذي", "التي", "الذين"})


def _agrees(head: str, word: str) -> bool:
    """Whether a definite word can be an adjective of the head noun, agreeing in gender: after
    a feminine head it ends in ة ("الحركة الإسلامية"), after a masculine one it does not, nor in
    a plural ending ("الحزب الحاكم"). Else it is the verb's object: "ودعت الوزارة المسؤولين
    العراقيين إلى", "واتهم الحزب الحكومة"."""
    feminine = head.endswith(("ه", "ات"))  # normalised ة; "ميليشيات" takes feminine adjectives
    if feminine:
        return word.endswith("ه")
    return not word.endswith(("ه", "ات", "ين", "ون"))


def _subordinates(doc: Document, mentions: list[Mention]) -> None:
    """A body without a country followed by "التابعة لـ" and another is that one's: "القوات
    البحرية التابعة للحرس الثوري الإيراني" are Iran's."""
    for mention, owner in itertools.pairwise(list(mentions)):
        between = normalize_key(doc.normalized.text[mention.end : owner.start]).split()
        if between[:1] and between[0] in _SUBORDINATE and between[1:] in ([], ["ل"]):
            _belongs_to(mentions, mention, owner)


_NEAR = 24  # characters: "دبلوماسيَّين اثنين من " and " يحملون الجنسية ال"

# counts between a group of people and "من": "طرد دبلوماسيَّين اثنين من السفارة البريطانية"
_COUNT_WORDS = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان", "اخرين", "اخرون", "اخر"})


def _members_from(doc: Document, mentions: list[Mention]) -> None:
    """People named without a country and followed by "من" and a body or a country are its:
    "طرد دبلوماسيَّين اثنين من السفارة البريطانية" (GBR), "عناصر من الحرس الثوري"."""
    for group, owner in itertools.pairwise(list(mentions)):
        if group.type != "GROUP" or group.country or owner.type not in {"ORG", "GROUP", "GPE"}:
            continue
        if owner.start - group.end > _NEAR:
            continue
        between = normalize_key(doc.normalized.text[group.end : owner.start]).split()
        if (
            between
            and all(w in _COUNT_WORDS or w.isdigit() for w in between[:-1])
            and (between[-1] == "من" and len(between) <= 2)
        ):
            _belongs_to(mentions, group, owner)


# "يحملون الجنسية الكاميرونية", "من الجنسية السورية", "من حملة الجنسية الأمريكية"
_OF_NATIONALITY = frozenset({"يحمل", "يحملون", "يحملان", "تحمل", "يحملن", "من", "حمله", "حملة"})


def _nationals(doc: Document, mentions: list[Mention]) -> None:
    """People named without a country and then by their nationality are of it: "توقيف ثلاثة
    مشتبه بهم يحملون الجنسية الكاميرونية" (CMR), "شخصين من الجنسية السورية"."""
    for people, nisba in itertools.pairwise(list(mentions)):
        if people.type not in {"GROUP", "PERSON"} or people.country or nisba.type != "NORP":
            continue
        if nisba.start - people.end > _NEAR:
            continue
        between = normalize_key(doc.normalized.text[people.end : nisba.start]).split()
        if between[-1:] == ["ال"]:
            between.pop()  # the nisba's article: "الجنسية ال|كاميرونية"
        if (
            2 <= len(between) <= 3
            and between[-1] in {"الجنسيه", "جنسيه"}
            and all(w in _OF_NATIONALITY for w in between[:-1])
        ):
            _belongs_to(mentions, people, nisba)


def _backed_bodies(doc: Document, mentions: list[Mention]) -> None:
    """A body without a country named right before its backer is on the backer's side: "هاجمت
    فصائل موالية لإيران قاعدة أمريكية" (IRN), "مسلحين مدعومين من الجيش" (resources/entities/
    backers.txt)."""
    for body, backer in itertools.pairwise(list(mentions)):
        if body.type not in {"ORG", "GROUP", "PERSON"} or body.country or not backer.country:
            continue
        between = doc.normalized.text[body.end : backer.start].split()
        if 1 <= len(between) <= 2 and after_backer_cue(doc.normalized.text, backer.start):
            _belongs_to(mentions, body, backer)


def _holders_named_after_bodies(doc: Document, mentions: list[Mention]) -> None:
    """A person without a country named right after the body of his office, once that body is
    known, is that body's: "عضو المكتب السياسي للحركة سهيل الهندي" after "حركة حماس" (PSE)."""
    for body, person in itertools.pairwise(list(mentions)):
        if person.type != "PERSON" or person.country or body.type not in {"ORG", "GROUP"}:
            continue
        if body.country and not doc.normalized.text[body.end : person.start].strip():
            person.country = body.country
            person.code = None


def _titled_name_at(doc: Document, mentions: list[Mention], i: int) -> bool:
    """Whether a title and the name of its holder begin at token ``i``: "المتحدث باسم التحالف
    العميد الركن تركي المالكي" (no adjective of the coalition)."""
    title = title_matcher().match_at(doc.tokens, i, len(doc.tokens))
    if title is None or title.last >= len(doc.tokens):
        return False
    start, name_start = doc.tokens[i].start, doc.tokens[title.last].start
    return any(
        m.type == "PERSON" and m.person_name and start <= m.start <= name_start for m in mentions
    )


def _belongs_to(mentions: list[Mention], mention: Mention, owner: Mention) -> None:
    """Give a mention without a country its owner's (in place in ``mentions``)."""
    if mention.country or not owner.country or mention.type == "GPE":
        return
    mentions[mentions.index(mention)] = replace(
        mention, country=owner.country, key=(*mention.key, owner.country)
    )


def _last_named_with(mentions: list[Mention], head: str, before: int) -> Mention | None:
    """The last ORG or GROUP mention before ``before`` whose name begins with ``head``, or names
    a body of one so named: "المكتب السياسي لحركة حماس" is the antecedent of "الحركة"."""
    for mention in reversed([m for m in mentions if m.start < before]):
        words = normalize_key(mention.name).split()
        if mention.type not in {"ORG", "GROUP"} or len(words) < 2:
            continue
        if _head(words[0]) == head:
            return mention
        if any(w.startswith("ل") and _head(w[1:]) == head for w in words[1:-1]):
            return mention
    return None


def _bodies_named_again(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A body with a name of its own, named again without the nisba that gave its country, is
    that body: "القيادة المركزية" after "القيادة المركزية الأميركية" (the latest so named, when
    two are). Not an office every state has ("وزارة الدفاع" alone is the story's own), and not
    where a nisba follows the words again ("القيادة المركزية الروسية" is another). Sorted mentions
    in, sorted mentions out."""
    tokens = doc.tokens
    bodies: dict[str, list[Mention]] = {}  # the body's words without the nisba → its mentions
    for mention in mentions:
        words = normalize_key(mention.name).split()
        if mention.type != "ORG" or not mention.country or len(words) < 3:
            continue
        nisba = country_matcher().match_at(tokenize(words[-1]), 0)
        if nisba is None or nisba.value.kind != "nisba" or nisba.value.iso3 != mention.country:
            continue
        head = tokenize(" ".join(words[:-1]))
        generic = institution_matcher().match_at(head, 0) or agent_matcher().match_at(head, 0)
        if generic is not None and generic.last == len(head):
            # "وزارة الدفاع" alone is the story's own ministry, whoever's was named; "الطائرات
            # المسيرة" are drones of any side
            continue
        bodies.setdefault(" ".join(words[:-1]), []).append(mention)
    if not bodies:
        return mentions
    resolved = list(mentions)
    matcher = PhraseMatcher([(name, name) for name in bodies])
    for match in matcher.find_all(tokens):
        after = country_matcher().match_at(tokens, match.last) if match.last < len(tokens) else None
        if after is not None and after.value.kind == "nisba":
            continue  # "وزارة الخارجية الأمريكية": another body, with its own country
        earlier = [m for m in bodies[match.value] if m.start < match.start]
        if not earlier:
            continue
        covering = [m for m in resolved if m.start < match.end and match.start < m.end]
        if any(m.country or m.code for m in covering):
            continue
        for mention in covering:
            resolved.remove(mention)
        resolved.append(replace(earlier[-1], start=match.start, end=match.end))
    return sorted(resolved, key=lambda m: m.start)


def _last_armed_group(mentions: list[Mention], before: int) -> Mention | None:
    """The last armed group named before ``before`` with a country, when no organisation was
    named with the head word: "الجماعة" after "الحوثيين" (never called "جماعة الحوثي" in the
    story) is the Houthis."""
    for mention in reversed([m for m in mentions if m.start < before]):
        if mention.type in {"ORG", "GROUP"} and mention.sector == "REB" and mention.country:
            return mention
    return None


@cache
def _anaphor_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher([(head, head) for head in anaphoric_heads()])


@cache
def _kingdom_word() -> PhraseMatcher[bool]:
    return PhraseMatcher([("مملكة", True)])


def _group(doc: Document, mentions: list[Mention]) -> list[Entity]:
    entities: dict[tuple[str, ...], Entity] = {}
    for mention in mentions:
        span = _with_article(doc, doc.span(mention.start, mention.end))
        entity = entities.get(mention.key)
        if entity is None:
            entity = Entity(
                id=f"T{len(entities) + 1}",
                type=mention.type,
                name=_restored_article(doc, span, unquoted(doc.text[span.start : span.end])),
                name_en=_english(mention),
                country=mention.country if is_country(mention.country) else None,
                sector=mention.sector,
                code=mention.code or _code(mention.country, mention.sector),
            )
            entities[mention.key] = entity
        elif entity.code is None and mention.country:
            entity.country = mention.country if is_country(mention.country) else None
            entity.code = _code(mention.country, entity.sector)
        if entity.type == "PERSON" and span.end - span.start > len(entity.name):
            entity.name = doc.text[span.start : span.end]  # the fullest form: "فلاديمير بوتين"
        entity.mentions.append(Span(span.start, span.end))
    return list(entities.values())


def _english(mention: Mention) -> str | None:
    if mention.name_en:
        return mention.name_en
    if mention.type in {"GPE", "NORP"} and mention.country:
        return english_name(mention.country)
    if mention.person_name:
        known = known_person(mention.person_name)
        return known.name_en if known else transliterate(mention.person_name)
    return None


def _code(country: str | None, sector: str | None) -> str | None:
    """CAMEO-style actor code, country + sector ("AZEMIL", "KURMIL"); None without a country."""
    if country is None:
        return None
    return f"{country}{sector or ''}"


def _restored_article(doc: Document, span: Span, name: str) -> str:
    """ل + ال is written لل, so "الأمين العام للأمم المتحدة" shows the name as "لأمم المتحدة";
    the name takes back its alif when that makes an organisation of the lexicon."""
    if span.start == 0 or doc.text[span.start - 1] != "ل" or not name.startswith("ل"):
        return name
    restored = "ا" + name
    return restored if normalize_key(restored) in _organization_names() else name


@cache
def _organization_names() -> frozenset[str]:
    return frozenset(organization_matcher().keys())


def _with_article(doc: Document, span: Span) -> Span:
    """The article belongs to the name: "والجيش العراقي" → "الجيش العراقي", not "جيش العراقي"."""
    if span.start >= 2 and doc.text[span.start - 2 : span.start] == "ال":
        return Span(span.start - 2, span.end)
    return span


def _head(word: str) -> str:
    """A name's first word without the article: "التحالف العربي" and "تحالف دعم الشرعية"."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word
