"""Find actor mentions in a sentence's tokens.

Arabic news names actors in a few regular shapes, tried in this order at each token:

- a named organisation from the lexicon ("وكالة الأنباء الفرنسية", "حزب الله");
- a title, then the country (nisba "الأرميني" or idafa "أرمينيا"), then the name
  ("رئيس الوزراء الأرميني نيكول باشنيان"); a dual title with coordinated nisbas names two
  people ("وزيرا الدفاع الأرميني والروسي");
- an institution head with its country ("وزارة الدفاع الأذربيجانية", "حكومة يريفان");
- an agent noun with its country ("جنود إسرائيليون");
- a nisba after و that continues a list of titled people ("والفرنسي إيمانويل ماكرون");
- a country name, a people ("الأرمن"), or a capital acting as the government ("أكدت باكو").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import pairwise

from marsad.claims.attribution import (  # a later stage's lexicon, read as data
    COMPLEMENTISERS,
    cue_matcher,
)
from marsad.entities.countries import CountryForm, country_matcher, is_country
from marsad.entities.lexicon import (
    Agent,
    Organization,
    agent_matcher,
    construct_agents,
    first_names,
    honorifics,
    institution_matcher,
    known_person,
    name_country_cues,
    name_sector_cues,
    name_stopwords,
    office_prefixes,
    org_modifiers,
    org_unit_matcher,
    organization_matcher,
    outlet_heads,
    people_matcher,
    posted_titles,
    quantity_words,
    quoted_body_heads,
    title_matcher,
    title_modifiers,
)
from marsad.events.lexicon import (  # the later stage's lexicons, read as data
    trigger_matcher,
    weapon_after_bi,
)
from marsad.places.gazetteer import gazetteer  # the later stage's gazetteer, read as data
from marsad.places.resolve import PLACE_NOUNS, homographs  # the later stage's data, read as data
from marsad.resources import clitic_stems
from marsad.text.clitics import stem_candidates, stem_in
from marsad.text.frequency import zipf
from marsad.text.matcher import PhraseMatch
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token, TokenKind, tokenize
from marsad.times.lexicon import time_lexicon

# A capital after these is a place, not the government: "في باكو", "إلى يريفان", "العاصمة باكو".
_LOCATIVE_BEFORE = frozenset(
    {"في", "الي", "من", "قرب", "نحو", "داخل", "خارج", "حول", "عن", "بين", "وسط"}
    | {"العاصمه", "عاصمه", "مدينه", "مطار", "شوارع"}
)
_LOCATIVE_PROCLITICS = ("ب", "ل", "ك")
# Before these a name is a place even when it starts with a given name ("بندر", "جلال").
_PLACE_BEFORE = frozenset(
    {"في", "قرب", "نحو", "داخل", "خارج", "حول", "وسط", "مطار", "شوارع", "العاصمه", "عاصمه"}
    | {"مدينه", "بلده", "قريه", "محافظه", "منطقه", "اقليم", "ولايه", "مخيم", "حي", "ميناء"}
)
# Institutions, places and prizes named after a person (normalised: ة → ه, ى → ي).
_NAMED_AFTER = frozenset(
    {"مركز", "جامعه", "مستشفي", "مطار", "شارع", "طريق", "جائزه", "مؤسسه", "برنامج", "قاعده"}
    | {"ميناء", "جسر", "كليه", "مسجد", "جامع", "ملعب", "استاد", "مجمع", "معهد", "مكتبه"}
    | {"مدرسه", "ميدان", "صندوق", "كرسي", "مشروع", "وسام", "قلاده", "مدينه", "حي"}
    | {"بلده", "قريه", "منطقه", "ضاحيه", "مخيم", "حديقه", "قصر", "مستشفي"}
)
_NAME_CONNECTORS = frozenset({"بن", "ابن", "بنت", "ابو", "عبد", "ال", "ولد", "دي", "فون", "فان"})
_MAX_NAME_TOKENS = 4
# Particles that open a clause after a title, not the body of the office (normalised).
_NOT_A_BODY = frozenset(
    {"ان", "انه", "انها", "بان", "وان", "لان", "كما", "حيث", "الي", "علي", "من", "عن", "مع"}
)
# "متظاهرون من أنصار حزب الله": the group the people belong to follows these words.
_CLOSING_QUOTES = frozenset({"»", '"', "”", "'"})
_BIN = frozenset({"بن", "ابن", "بنت"})

_SUPPORTERS = frozenset({"انصار", "مؤيدي", "اعضاء", "عناصر", "مقاتلي", "انصاره"})


@dataclass(slots=True)
class Mention:
    """An actor mention; offsets are normalised. ``key`` groups mentions into one entity."""

    start: int
    end: int
    type: str
    key: tuple[str, ...]
    name: str  # normalised name as written, without proclitics
    country: str | None
    sector: str | None
    code: str | None = None
    name_en: str | None = None
    person_name: str | None = None  # the personal-name part of a PERSON mention


# Tokens whose written form begins with a hamza on the alif before lam ("ألينا", "إلهام"):
# normalised they look like the article ("الينا"), but they begin a name.
_HAMZA_LAM: ContextVar[frozenset[int]] = ContextVar("hamza_lam", default=frozenset())


def find_mentions(
    tokens: Sequence[Token], first: int, last: int, hamza_lam: frozenset[int] = frozenset()
) -> list[Mention]:
    """Actor mentions in ``tokens[first:last]`` (one sentence), left to right. ``hamza_lam``:
    indices of tokens written with أل / إل, which are no article."""
    reset = _HAMZA_LAM.set(hamza_lam)
    try:
        return _find_mentions(tokens, first, last)
    finally:
        _HAMZA_LAM.reset(reset)


def _find_mentions(tokens: Sequence[Token], first: int, last: int) -> list[Mention]:
    mentions: list[Mention] = []
    last_title: tuple[str, str] | None = None  # (title text, sector) of the last titled person
    i = first
    while i < last:
        found, i_next = _at(tokens, i, last, last_title)
        if not found:
            i += 1
            continue
        named_after = i > first and stem_in(tokens[i - 1].text, _NAMED_AFTER)
        if named_after and found[0].type == "PERSON":
            # "مركز الملك سلمان للإغاثة", "جامعة الملك سعود", "بمدينة الشيخ زويد": a name of a
            # place or an institution, no one acting
            i = i_next
            continue
        mentions.extend(found)
        for mention in found:
            if mention.type == "PERSON" and mention.sector:
                last_title = (mention.name, mention.sector)
        i = i_next
    _holders_of_offices_in_bodies(tokens, first, last, mentions)
    for mention in mentions:
        if mention.person_name and mention.country is None:
            mention.country = _country_of_name(mention.person_name)
        if mention.person_name and mention.sector == "REL":
            # "الشيخ سالم الصباح": the honorific of a ruling family, who govern
            family = mention.person_name.split()[-1]
            mention.sector = name_sector_cues().get(family, mention.sector)
    return _join_appositions(tokens, mentions)


def _holders_of_offices_in_bodies(
    tokens: Sequence[Token], first: int, last: int, mentions: list[Mention]
) -> None:
    """A person named after an office in a body of one country, past at most an honorific, is
    of that country: "قائد شرطة طهران العميد حسين رحيمي" (Tehran's police: Iran)."""
    if not any(m.type == "PERSON" and m.country is None for m in mentions):
        return
    at = {tokens[k].start: k for k in range(first, last)}
    ends = {tokens[k].end: k for k in range(first, last)}
    for previous, mention in pairwise(mentions):
        if mention.type != "PERSON" or mention.country is not None or previous.type != "ORG":
            continue
        if previous.country is None or not is_country(previous.country):
            continue
        body_first, body_last, name_first = (
            at.get(previous.start),
            ends.get(previous.end),
            at.get(mention.start),
        )
        if body_first is None or body_last is None or name_first is None or body_first == 0:
            continue
        between = range(body_last + 1, name_first)
        if len(between) > 1 or any(title_matcher().match_at(tokens, k) is None for k in between):
            continue
        office = body_first - 1
        if tokens[office].text == "باسم" and office > 0:
            office -= 1  # "المتحدث باسم شرطة طهران"
        if title_matcher().match_at(tokens, office) is not None:
            mention.country = previous.country


def _country_of_name(name: str) -> str | None:
    """ "محمد ولد عبد العزيز" is Mauritanian: naming customs of one country (name_cues.tsv)."""
    cues, words = name_country_cues(), name.split()
    if len(words) < 2:
        return None
    inner = [("inner", w) for w in words[1:-1]]
    return next((cues[c] for c in [*inner, ("final", words[-1])] if c in cues), None)


def _join_appositions(tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A name followed by its office is one person: "محمد عمر ديري، عمدة العاصمة الصومالية"
    (the office gives the name its sector and country, and is no second person)."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.type == mention.type == "PERSON"
            and previous.person_name is None
            and mention.person_name is not None
            and previous.country is not None
            and mention.country in (None, previous.country)
            and _only_title_between(tokens, previous.end, mention.start)
        ):
            # "ولي العهد السعودي الأمير محمد بن نايف": the office, then the titled name
            mention.start, mention.country = previous.start, previous.country
            mention.code = None
            joined[-1] = mention
            continue
        if (
            previous is not None
            and previous.type == mention.type == "PERSON"
            and previous.person_name is not None
            and mention.person_name is None
            and mention.sector is not None
            and (
                _only_comma_between(tokens, previous.end, mention.start)
                or _only_offices_between(tokens, previous.end, mention.start)
            )
        ):
            if previous.sector is None:
                previous.sector = mention.sector
                previous.country = mention.country or previous.country
                previous.code = mention.code if mention.country is None else None
                continue
            if mention.country in (None, previous.country):
                # "الأمير محمد بن نايف ولي العهد وزير الداخلية": more offices of the same person
                # (an office of another country is someone else: the object of "استقبل")
                continue
        joined.append(mention)
    return joined


def _only_title_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Only a title between the two mentions: "ولي العهد السعودي الأمير محمد بن نايف"."""
    first = bisect_right(tokens, start, key=lambda t: t.start)
    between = [i for i in range(first, len(tokens)) if tokens[i].end <= end]
    if not between or tokens[between[0]].text.startswith("و"):
        return False
    title = title_matcher().match_at(tokens, between[0], between[-1] + 1)
    return title is not None and title.last == between[-1] + 1


def _only_offices_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Only offices between a named person and a bare office: "الأمير محمد بن نايف ولي العهد
    نائب رئيس مجلس الوزراء وزير الداخلية" holds all three."""
    first = bisect_right(tokens, start, key=lambda t: t.start)
    between = [i for i in range(first, len(tokens)) if tokens[i].end <= end]
    if not between:
        return False
    i, stop = between[0], between[-1] + 1
    while i < stop:
        if tokens[i].text == "،":
            i += 1
            continue
        title = title_matcher().match_at(tokens, i, stop)
        if title is None or title.proclitics.startswith("و"):
            return False  # "والوزير ...": another person
        i = title.last
        # the office's genitive: "نائب رئيس مجلس الوزراء"
        while (
            i < stop
            and title_matcher().match_at(tokens, i, stop) is None
            and _genitive(tokens, i, stop)
        ):
            i += 1
    return True


def _genitive(tokens: Sequence[Token], i: int, stop: int) -> bool:
    word = tokens[i].text
    nxt = tokens[i + 1].text if i + 1 < stop else ""
    return word.startswith("ال") or (nxt.startswith("ال") and not word.startswith("و"))


def _only_comma_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Only a comma between the two mentions, and no "و" on the second: "محمد الأحمد والسفير"
    names two people."""
    first = bisect_right(tokens, start, key=lambda t: t.start)
    between = [t for t in tokens[first:] if t.end <= end]
    second = next((t for t in tokens[first:] if t.end > end), None)
    if second is not None and second.text[: max(0, end - second.start)].endswith("و"):
        return False  # the proclitics cut off the second mention's first word
    return all(t.text == "،" for t in between)


def _at(
    tokens: Sequence[Token], i: int, last: int, last_title: tuple[str, str] | None
) -> tuple[list[Mention], int]:
    org = organization_matcher().match_at(tokens, i, last)
    if org is not None and _ends_inside_quotes(tokens, org, last):
        org = None  # 'حركة "الشباب الغاضب"' is not al-Shabaab: the quoted name goes on
    if org is not None and _adjective_after_noun(tokens, i, org):
        org = None  # "باللغة العربية" is the Arabic language, not the channel Al Arabiya
    if org is not None and org.last == i + 1 and _after_place_noun(tokens, i):
        org = None  # "ميناء قنا" is a port, not the Qatar News Agency (قنا)
    if org is not None:
        longer = institution_matcher().match_at(tokens, i, last)
        if longer is not None and longer.last > org.last:
            org = None  # "مجلس الأمن والدفاع السوداني" is Sudan's, not the UN Security Council
    start = org.start if org is not None else 0
    unit = org_unit_matcher().match_at(tokens, i, last) if org is None else None
    if unit is not None and unit.last < last:
        # "الأمانة العامة لمنظمة التعاون الإسلامي": the body acts for the organisation
        owner = organization_matcher().match_at(tokens, unit.last, last)
        if owner is not None and owner.proclitics.removeprefix("و") in {"ل", "لل"}:
            org, start = owner, unit.start
    if org is not None:
        value = org.value
        end = org.last
        country, code, name_en = value.country, value.code, value.name_en
        nisba = _country_after(tokens, end, last, kinds=("nisba",))
        if nisba is not None:  # "وكالة إنترفاكس الروسية"
            end = nisba.last
            if is_country(country) and nisba.value.iso3 != country:
                # another country's body of the same description: "قوات الاحتلال المغربي"
                # (Sahrawi copy), "الحزب الديمقراطي الكردستاني الإيراني"
                country, code, name_en = nisba.value.iso3, f"{nisba.value.iso3}{value.sector}", None
            country = country or nisba.value.iso3
        while end < last and tokens[end].text in org_modifiers():
            end += 1  # "تنظيم داعش الإرهابي"
        end = _past_acronym(tokens, end, last)  # "وكالة الأنباء السعودية (واس)"
        leader = (
            _leader_after(tokens, end, last)
            if not value.country or value.country == "INT"
            else None
        )
        if leader is not None:  # "التحالف العسكري بقيادة السعودية": the leader's country
            end, country = leader.last, leader.value.iso3
            code = f"{country}{value.sector}"
        after = end
        quote = end + 1 < last and tokens[end].text in _CLOSING_QUOTES
        if quote and tokens[end + 1].text in org_modifiers():
            after = end + 2  # "لتنظيم «داعش» الإرهابي": the adjective is passed over, not named
        key = ("ORG", code, name_en)
        return [
            _mention(
                tokens,
                start,
                end,
                value.type,
                key,
                country,
                value.sector,
                code,
                name_en,
            )
        ], after

    title = title_matcher().match_at(tokens, i, last)
    if title is not None:
        people, end = _person(tokens, title, last, last_title)
        return people + _office_organization(tokens, title, last, people), end
    assisted = _assisted_office(tokens, i, last)
    if assisted is not None:
        people, end = _person(tokens, assisted[0], last, last_title)
        for person in people:
            if person.start <= assisted[0].end:
                person.start = assisted[1]  # the mention spans "مساعد" too
        return people, end

    body = _quoted_body(tokens, i, last)
    if body is not None:
        return [body[0]], body[1]

    institution = institution_matcher().match_at(tokens, i, last)
    if institution is not None:
        return _institution(tokens, institution, last)

    outlet = _named_outlet(tokens, i, last)
    if outlet is not None:
        return [outlet[0]], outlet[1]

    agent = agent_matcher().match_at(tokens, i, last)
    if agent is not None and _adjective_of_an_act(tokens, agent, last):
        agent = None  # "هجوم إرهابي", "التفجير الإرهابي": terrorist, the adjective
    if agent is not None and _governs_a_thing(tokens, agent, last):
        agent = None  # "من دون أن يحدد مصدر النيران": the source of the fire
    if agent is not None:
        value = agent.value
        sector = value.sector
        qualifier = _qualifying_agent(tokens, agent, last)
        head_last = agent.last
        own_country = value.country
        if qualifier is not None:  # "المحتجون المعارضون": opposition protesters, one group
            head_last = qualifier.last
            # a generic head takes the qualifier's side: "مسلحين حوثيين" are Houthi rebels
            sector = qualifier.value.sector if sector in {"CVL", "UAF"} else sector
            own_country = own_country or qualifier.value.country
        # "جنود إسرائيليون", "المتمردين الأكراد", "مدنيين أفغان"
        after = _past_adjectives(tokens, head_last, last)
        if value.type == "ORG" and after == head_last:
            after = _past_definite_words(tokens, head_last, last)  # "حزب الغد المصري"
        forms = _coordinated_countries(tokens, after, last, kinds=("nisba", "people"))
        if not forms and after + 1 < last and tokens[after].text == "من":
            # "المتظاهرون من فلسطينيين ودعاة سلام": the people the group is drawn from.
            drawn = country_matcher().match_at(tokens, after + 1, last)
            if drawn is not None and (drawn.value.kind == "people" or drawn.value.gender == "mpl"):
                forms = [drawn]
        end = forms[-1].last if forms else head_last
        country = forms[0].value.iso3 if forms else own_country
        # "مسلحو حماس", "عناصر من حزب الله", "ناشطاً في كتائب الأقصى": members take their
        # organisation's country and sector.
        member_of = agent.last < last and tokens[agent.last].text in {"من", "في"}
        at = agent.last + 1 if member_of else agent.last
        if at > agent.last and at < last and tokens[at].text in _SUPPORTERS:
            at += 1  # "متظاهرون من أنصار «حزب الله»"
        at = _past_quotes(tokens, at, last)
        # Only an indefinite noun governs a genitive: "مسلحو حماس", but "حمّل المسؤول حزب
        # العمال ..." is the official and the party he blames.
        construct = member_of or not _definite(tokens[agent.first].text)
        org = (
            organization_matcher().match_at(tokens, at, last)
            if not forms and at < last and construct
            else None
        )
        told = org is not None and org.value.sector == "JRN" and org.proclitics.endswith("ل")
        if told and sector != "JRN":
            org = None  # "قال مسؤول عسكري لوكالة فرانس برس": he spoke to the agency
        if org is None and not forms and at + 1 < last and tokens[at + 1].text in _QUOTES:
            # "عناصر من تنظيم «داعش»": a head word, then the name in quotes
            named = _past_quotes(tokens, at + 1, last)
            org = organization_matcher().match_at(tokens, named, last) if named < last else None
        # the org is its own mention; a transnational group's members have no country either:
        # "مقاتلو تنظيم داعش"
        if org is not None and (org.value.country is not None or org.value.code.startswith("IMG")):
            country, sector = org.value.country, org.value.sector
        elif member_of and not forms and value.type != "ORG" and at < last:
            # "ضابطاً في الشرطة", "جندي في الجيش الأفغاني": the service names the sector
            service = institution_matcher().match_at(tokens, at, last)
            named = (
                _coordinated_countries(tokens, service.last, last, kinds=("nisba",))
                if service is not None
                else []
            )
            # Not an act that heads the entity of its doers: "جنود في غارة إسرائيلية" were hit
            # by the raid, they did not fly it (only "جندي في الجيش الأفغاني" is membership).
            act = trigger_matcher().match_at(tokens, at, last)
            if service is not None and act is None and (service.value.standalone or named):
                sector = service.value.sector
                country = named[0].value.iso3 if named else country
        elif (
            owner := _owning_institution(tokens, agent, at, last, org is None and construct)
        ) and not (forms or member_of):
            # "طائرات الجيش الإسرائيلي", "عناصر الشرطة العراقية": the craft or the people of a
            # state body belong to its country and its service
            country, sector = owner
        elif org is None and not forms and construct and not member_of and at < last:
            # "مسلحو المقاومة الشعبية": the fighters of an unnamed armed group are one group
            group = agent_matcher().match_at(tokens, at, last)
            if group is not None and _definite(tokens[at].text) and group.value.type == "GROUP":
                nisbas = _coordinated_countries(tokens, group.last, last, kinds=("nisba",))
                end = nisbas[-1].last if nisbas else group.last
                sector = group.value.sector
                country = nisbas[0].value.iso3 if nisbas else group.value.country or country
        # "مسؤولون أمميون", "خبراء أمميين": the UN's people, of no country
        un = not forms and after < last and tokens[after].text in _UN_ADJECTIVES
        if un:
            end, country = after + 1, None
        # "طائرات حربية روسية وسورية": coordinated nisbas are two forces in one span
        countries = [country]
        if forms and country == forms[0].value.iso3:
            countries = list(dict.fromkeys(f.value.iso3 for f in forms))
        head = tokens[i].text[len(agent.proclitics) :]
        mentions = [
            _mention(
                tokens, agent.start, end, value.type, ("GROUP", head, c or "", sector), c, sector
            )
            for c in countries
        ]
        if un:
            for mention in mentions:
                mention.code = "IGOUNO"
                mention.key = ("GROUP", head, "IGOUNO", sector)
        return mentions, end

    place = country_matcher().match_at(tokens, i, last)
    if place is None:
        return _untitled_person(tokens, i, last)
    form = place.value
    if form.kind == "nisba" and place.proclitics.startswith("و") and last_title is not None:
        # "والفرنسي إيمانويل ماكرون": the list goes on with the same office.
        name_end = _name_run(tokens, place.last, last)
        if name_end > place.last:
            return [
                _person_mention(tokens, place.start, place.last, name_end, last_title[1], form.iso3)
            ], name_end
    counted = place.last == i + 1 and tokens[i].text.endswith("يا") and _after_quantity(tokens, i)
    if form.kind == "name" and counted and not place.proclitics:
        # "12 سوريا قتلوا": after a count the word is the accusative nisba (سوريّاً), people
        return [_norp(tokens, place, "CVL")], place.last
    if form.kind == "name":
        key = ("GPE", form.iso3)
        return [_mention(tokens, place.start, place.last, "GPE", key, form.iso3, "GOV")], place.last
    if form.kind == "people" or _names_people(tokens, i, place):
        return [_norp(tokens, place, "CVL")], place.last
    if (
        form.kind == "nisba"
        and form.gender in {"m", "f", "mdu", "fdu"}  # "طائرتي تجسس جورجيتين"
        and is_country(form.iso3)
        and i > 0
        and _is_noun_before(tokens, i)
    ):
        # "طائرة أميركية", "السياسات الأميركية", "عمليات فلسطينية": the country stands behind
        # the thing named; a country-level actor without a sector.
        return [_norp(tokens, place, None)], place.last
    if form.kind == "capital" and _is_government(tokens, i, place):
        key = ("GPE", form.iso3)
        return [_mention(tokens, place.start, place.last, "GPE", key, form.iso3, "GOV")], place.last
    return [], place.last


def _owning_institution(
    tokens: Sequence[Token],
    agent: PhraseMatch,  # type: ignore[type-arg]
    at: int,
    last: int,
    governs: bool,
) -> tuple[str, str] | None:
    """The country and sector of a definite state body with its nisba in the genitive of an
    agent noun ("مقاتلات الجيش التركي", "جنود القوات الأمريكية"). A sound plural or dual that
    keeps its ن is not in construct: "هاجم مسلحون الشرطة المصرية" (the police is the object)."""
    if not governs or at >= last or not tokens[at].text.startswith("ال"):
        return None
    if tokens[agent.last - 1].text.endswith(("ون", "ين", "ان")):
        return None
    service = institution_matcher().match_at(tokens, at, last)
    if service is None:
        return None
    named = _coordinated_countries(tokens, service.last, last, kinds=("nisba",))
    return (named[0].value.iso3, service.value.sector) if named else None


def _office_organization(
    tokens: Sequence[Token],
    title: PhraseMatch,  # type: ignore[type-arg]
    last: int,
    people: list[Mention],
) -> list[Mention]:
    """The organisation or ministry an office is held in, named between the office and its
    holder, is an actor of its own: "المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر" names the
    State Department, "المتحدث باسم الكرملين دميتري بيسكوف" the Kremlin. Not when the person's
    mention spans it (an office named without its holder: "المتحدث باسم الجيش")."""
    spokesman = title.last < last and tokens[title.last].text == "باسم"
    after = title.last + 1 if spokesman else title.last
    if after >= last or not people:
        return []
    at = tokens[after].start
    if any(m.start <= at < m.end for m in people):
        return []
    found, _ = _at(tokens, after, last, None)
    first_name = min(m.start for m in people)
    return [m for m in found if m.type == "ORG" and m.end <= first_name]


def _ends_inside_quotes(
    tokens: Sequence[Token],
    org: PhraseMatch,  # type: ignore[type-arg]
    last: int,
) -> bool:
    """Whether a listed name matched over an opening quote stops before the quote closes."""
    quotes = [j for j in range(org.first, org.last) if tokens[j].text in _QUOTES]
    if len(quotes) != 1 or quotes[0] == org.last - 1:
        return False  # no quote, or the name and its quotes matched whole
    return org.last < last and tokens[org.last].text not in _QUOTES


_QUOTED_NAME_WORDS = 4  # longest unlisted name in quotes: 'حركة "جيل زد 212"'
_NAME_PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
# a quote after the head that opens with one of these is what the body says, not its name
_NOT_A_NAME_START = frozenset({"في", "من", "علي", "الي", "عن", "ان", "لا", "لم", "لن", "قد", "ما"})


def _quoted_body(tokens: Sequence[Token], i: int, last: int) -> tuple[Mention, int] | None:
    """A movement, party or armed group Marsad does not list, named in quotes after an
    indefinite head word (quoted_body_heads.tsv): 'رفضت حركة "جيل زد 212" الحوار', 'حزب "القوة
    اليهودية"'. Listed names in quotes ('حركة «حماس»') are left to the organisation lexicon.
    Returns the mention and the token after it."""
    if i + 2 >= last or tokens[i + 1].text not in _QUOTES:
        return None  # checked first: this runs at every word of every sentence
    word = tokens[i].text
    head = next(
        (
            stem
            for stem in stem_candidates(word)
            if stem in quoted_body_heads() and word[: len(word) - len(stem)] in _NAME_PROCLITICS
        ),
        None,
    )
    if head is None:
        return None
    close = next(
        (
            j
            for j in range(i + 2, min(last, i + 3 + _QUOTED_NAME_WORDS))
            if tokens[j].text in _QUOTES
        ),
        None,
    )
    if close is None or close == i + 2 or tokens[i + 2].text in _NOT_A_NAME_START:
        return None
    inner = tokens[i + 2 : close]
    if any(t.kind is TokenKind.PUNCT for t in inner):
        return None
    if organization_matcher().match_at(tokens, i + 2, close) is not None:
        return None  # 'حركة «حماس»': a listed organisation
    kind, sector = quoted_body_heads()[head]
    end = close + 1
    nisba = _country_after(tokens, end, last, kinds=("nisba",))
    country = nisba.value.iso3 if nisba is not None and is_country(nisba.value.iso3) else None
    end = nisba.last if nisba is not None else end
    start = tokens[i].end - len(head)
    name = " ".join(t.text for t in inner)
    return _mention(tokens, start, end, kind, (kind, "quoted", name), country, sector), end


def _named_outlet(tokens: Sequence[Token], i: int, last: int) -> tuple[Mention, int] | None:
    """A news outlet Marsad does not list, named after the word for its kind: "لصحيفة القبس",
    "قناة "المسيرة"", "صحيفة الوطن السعودية" (a journalist sector; the country of an adjective
    after the name, else none). Returns the mention and the token after it."""
    word = tokens[i].text
    if word in {"ل", "ول"}:
        return _outlet_spoken_to(tokens, i, last)
    if not any(h in word for h in outlet_heads()):
        return None
    head = next(
        (s for s in stem_candidates(word) if s in outlet_heads() and "ال" not in word[: -len(s)]),
        None,
    )
    if head is None or i + 1 >= last:
        return None
    name_first = i + 1
    if tokens[name_first].text in _QUOTES:
        close = next(
            (
                j
                for j in range(name_first + 1, min(last, name_first + 6))
                if tokens[j].text in _QUOTES
            ),
            None,
        )
        if close is None or close == name_first + 1:
            return None
        if organization_matcher().match_at(tokens, name_first + 1, close) is not None:
            return None  # "قناة "الجزيرة"": a listed outlet, named in quotes
        end = close + 1
    elif outlet_heads()[head] or not tokens[name_first].text.startswith("ال"):
        return None  # "قناة السويس", "صحيفة يومية": no outlet's name
    elif tokens[name_first].kind is not TokenKind.ARABIC or _nisba_at(tokens, name_first, last):
        return None  # "الصحيفة الأمريكية"
    else:
        end = name_first + 1
    # "صحيفة الوطن السعودية": the country's adjective, also when spelled like its name
    nisba = _country_after(tokens, end, last, kinds=("nisba", "name"))
    if nisba is not None and nisba.value.kind == "name" and not _definite(tokens[nisba.first].text):
        nisba = None
    country = nisba.value.iso3 if nisba is not None and is_country(nisba.value.iso3) else None
    end = nisba.last if nisba is not None else end
    start = tokens[i].end - len(head)
    name = _text_between(tokens, start, tokens[end - 1].end)
    return _outlet_mention(start, tokens[end - 1].end, name, country), end


_OUTLET_KINDS = ("صحيفه", "قناه", "وكاله", "اذاعه", "موقع")


def _outlet_mention(start: int, end: int, name: str, country: str | None) -> Mention:
    """An outlet's mention; one Marsad lists under its kind's word takes that entry's codes:
    "لـ"الشرق الأوسط"" is the newspaper listed as "صحيفة الشرق الأوسط" (Saudi)."""
    bare = normalize_key(name.strip('"«»“” '))
    for kind in _OUTLET_KINDS:
        words = tokenize(f"{kind} {bare}")
        listed = organization_matcher().match_at(words, 0)
        if listed is not None and listed.last == len(words):
            value = listed.value
            key = ("ORG", value.code, value.name_en)
            return Mention(
                start, end, "ORG", key, name, value.country, value.sector, value.code, value.name_en
            )
    return Mention(start, end, "ORG", ("ORG", "outlet", name), name, country, "JRN")


# what follows the outlet in "قال مسؤول لـ"الشرق الأوسط" إن ..." (or a comma, a colon)
_WORDS_SAID = COMPLEMENTISERS | {"،", ":"}


def _outlet_spoken_to(tokens: Sequence[Token], i: int, last: int) -> tuple[Mention, int] | None:
    """ "قال مسؤول لـ"الشرق الأوسط" إن ...": a quoted name after a detached لـ, followed by the
    words said, is the outlet the speaker talked to (not a known organisation: "التابعة لـ"حزب
    الله"")."""
    if i + 3 >= last or tokens[i + 1].text not in _QUOTES:
        return None
    close = next((j for j in range(i + 3, min(last, i + 6)) if tokens[j].text in _QUOTES), None)
    if close is None or close + 1 >= last or tokens[close + 1].text not in _WORDS_SAID:
        return None
    if not tokens[i + 2].text.startswith("ال"):
        return None
    if organization_matcher().match_at(tokens, i + 2, close) is not None:
        return None
    start, end = tokens[i + 2].start, tokens[close - 1].end
    return _outlet_mention(start, end, _text_between(tokens, start, end), None), close + 1


def _leader_after(tokens: Sequence[Token], i: int, last: int) -> PhraseMatch[CountryForm] | None:
    """The country after "بقيادة" that leads a coalition: "التحالف الدولي بقيادة واشنطن"."""
    if i + 1 >= last or tokens[i].text != "بقياده":
        return None
    leader = country_matcher().match_at(tokens, i + 1, last)
    return leader if leader is not None and leader.value.kind in {"name", "capital"} else None


def _qualifying_agent(
    tokens: Sequence[Token], agent: PhraseMatch[Agent], last: int
) -> PhraseMatch[Agent] | None:
    """A second agent noun that is an adjective of the first: it agrees with it in
    definiteness and case ("المحتجون المعارضون", "مسلحين متشددين", "عنصراً إرهابياً"). A
    different case is the verb's object: "هاجم المسلحون المتظاهرين"."""
    if agent.last >= last:
        return None
    second = agent_matcher().match_at(tokens, agent.last, last)
    people = {"GROUP", "PERSON"}
    if second is None or second.value.type not in people or agent.value.type not in people:
        return None
    if second.proclitics not in {"", "ال"} or second.last != agent.last + 1:
        return None
    head, word = tokens[agent.last - 1].text, tokens[agent.last].text
    same_case = any(head.endswith(e) and word.endswith(e) for e in ("ون", "ين"))
    same_case |= head.endswith("ا") and word.endswith("يا")  # "13 عنصراً إرهابياً"
    same_article = _definite(tokens[agent.first].text) == (second.proclitics == "ال")
    return second if same_case and same_article else None


_UN_ADJECTIVES = frozenset({"اممي", "امميه", "امميون", "امميين", "امميان", "امميا"})
_QUOTES = frozenset("«»\"'(“”/")  # "من تنظيم ” داعش ”", "تنظيم / داعش /"


def _past_quotes(tokens: Sequence[Token], at: int, last: int) -> int:
    while at < last and tokens[at].kind is TokenKind.PUNCT and tokens[at].text in _QUOTES:
        at += 1
    return at


_NAMED_SITES = PLACE_NOUNS | {"ميناء", "مطار", "جزيره", "ساحه", "ميدان", "شارع"}


def _after_place_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether a one-word name follows a word of place that it names: "ميناء قنا", "مدينة
    الجزيرة"."""
    return i > 0 and any(stem in _NAMED_SITES for stem in stem_candidates(tokens[i - 1].text))


def _adjective_after_noun(tokens: Sequence[Token], i: int, org: PhraseMatch[Organization]) -> bool:
    """A one-word name shaped like a definite nisba ("العربية") right after a definite noun is
    that noun's adjective: "اللغة العربية", "الإمارات العربية". Alone it is the name: "قالت
    العربية"."""
    word = tokens[i].text[len(org.proclitics) :]
    if org.last != i + 1 or i == 0 or not word.startswith("ال") or not word.endswith(("يه", "ي")):
        return False
    previous = tokens[i - 1].text
    return previous.lstrip("وفبلك").startswith("ال") or previous.startswith("لل")


def _untitled_person(tokens: Sequence[Token], i: int, last: int) -> tuple[list[Mention], int]:
    """A personal name without a title: a given name and at least one more name word
    ("وقال محمد الأحمد", "أكد عبد الله المعلمي"). Country and sector stay unknown."""
    word = tokens[i].text
    stem = word[1:] if word[:1] in "وفبل" and word[1:] in first_names() else word
    if stem not in first_names() or (i > 0 and tokens[i - 1].text in _NAME_CONNECTORS):
        return [], i + 1
    for start in (i, i - 1) if i > 0 else (i,):
        # Inside a curated name ("إسماعيل هنية", "جمال عبد الناصر"), found with its country later.
        curated = people_matcher().match_at(tokens, start, last)
        if curated is not None and curated.last > i:
            return [], curated.last
    if i > 0 and not set(stem_candidates(tokens[i - 1].text)).isdisjoint(_PLACE_BEFORE):
        return [], i + 1  # "قرب بندر عباس", "بمدينة جلال آباد": a place, not a person
    run_end = _name_run(tokens, i, last)
    # three name words; "عبد" and "بن" join them and are not counted: "عبد القادر بن قرينة"
    joiners = sum(tokens[j].text in {"عبد", "بن", "ابن", "بنت"} for j in range(i, run_end - 1))
    name_end = min(run_end, i + 3 + joiners)
    for j in range(i + 1, name_end):
        # "محمد عبد العزيز يقيم في ...": an imperfect verb ends the name.
        if tokens[j].text.startswith(("ي", "سي", "ست")) and tokens[j].text not in first_names():
            name_end = j
            break
    if name_end - i < 2:
        return [], i + 1
    start = tokens[i].end - len(stem)
    name = _text_between(tokens, start, tokens[name_end - 1].end)
    mention = Mention(start, tokens[name_end - 1].end, "PERSON", ("PERSON", name), name, None, None)
    mention.person_name = name
    return [mention], name_end


def _mention(
    tokens: Sequence[Token],
    start: int,
    end_token: int,
    kind: str,
    key: tuple[str, ...],
    country: str | None,
    sector: str | None,
    code: str | None = None,
    name_en: str | None = None,
) -> Mention:
    """A mention from normalised offset ``start`` to the end of token ``end_token - 1``."""
    end = tokens[end_token - 1].end
    return Mention(
        start, end, kind, key, _text_between(tokens, start, end), country, sector, code, name_en
    )


def _text_between(tokens: Sequence[Token], start: int, end: int) -> str:
    """The words of ``[start, end)``, the first one without the proclitics cut off before start."""
    first = bisect_right(tokens, start, key=lambda t: t.end)
    words = []
    for token in tokens[first:]:
        if token.start >= end:
            break
        words.append(token.text[max(0, start - token.start) :])
    return " ".join(words)


def _country_after(
    tokens: Sequence[Token], i: int, last: int, kinds: tuple[str, ...]
) -> PhraseMatch[CountryForm] | None:
    if i >= last:
        return None
    match = country_matcher().match_at(tokens, i, last)
    if match is None or match.value.kind not in kinds:
        return None
    if match.proclitics and match.proclitics != "ال":
        return None
    return match


def _coordinated_countries(
    tokens: Sequence[Token], i: int, last: int, kinds: tuple[str, ...] = ("nisba",)
) -> list[PhraseMatch[CountryForm]]:
    """A nisba (or country) and any coordinated with و: "الأرميني والروسي"."""
    first = _country_after(tokens, i, last, kinds)
    if first is None:
        return []
    found = [first]
    while found[-1].last < last:
        nxt = country_matcher().match_at(tokens, found[-1].last, last)
        if nxt is None or nxt.value.kind not in kinds or not nxt.proclitics.startswith("و"):
            break
        found.append(nxt)
    return found


def _past_adjectives(tokens: Sequence[Token], i: int, last: int) -> int:
    """Skip up to two adjectives between a noun and its nisba: "طائرات مسيّرة قرغيزية",
    "دورية عسكرية ألمانية". Adjectives here end in ي / ية (normalised ه) and are no nisba."""
    j = i
    head_definite = i > 0 and _definite(tokens[i - 1].text)
    while j < min(last, i + 2):
        word = tokens[j].text
        if not word.endswith(("ه", "ي")) or country_matcher().match_at(tokens, j, last):
            break
        if word in name_stopwords() or word in time_lexicon().cardinals:
            break  # "مسلحون أربعة أوروبيين": a number starts the object, not an adjective
        if _definite(word) != head_definite or institution_matcher().match_at(tokens, j, last):
            break  # "هاجم مسلحون الشرطة المصرية": the Egyptian police are the object
        j += 1
    return j if j < last and country_matcher().match_at(tokens, j, last) else i


def _person(
    tokens: Sequence[Token],
    title: PhraseMatch,  # type: ignore[type-arg]
    last: int,
    last_title: tuple[str, str] | None,
) -> tuple[list[Mention], int]:
    body_mentions: list[Mention] = []  # the organisations of an office's body
    sector = title.value.sector
    if title.value.counterpart and last_title is not None:
        sector = last_title[1]
    end = past_affairs(tokens, title.last, last)
    if tokens[title.last - 1].text == normalize_key("وزارة"):
        # "وكيل وزارة الخارجية فيكرام ميسري": the ministry's portfolio completes the office
        end = _past_definite_words(tokens, end, last)
    countries: list[str] = []
    org_code: str | None = None
    # "المتحدث باسم الجيش الإسرائيلي", "الأمين العام للأمم المتحدة": the organisation gives the
    # country and sector.
    spokesman = tokens[end - 1].text == "باسم" or (end < last and tokens[end].text == "باسم")
    after = end + 1 if end < last and tokens[end].text == "باسم" else end
    if after < last:
        org = organization_matcher().match_at(tokens, after, last)
        institution = institution_matcher().match_at(tokens, after, last)
        if org is not None:
            countries = [org.value.country] if org.value.country else []
            sector, org_code, end = org.value.sector, org.value.code, org.last
        elif institution is not None and spokesman:
            sector, end = institution.value.sector, institution.last
    # A country name completes only a title in the construct state ("رئيس وزراء سوريا"); after a
    # definite title it is the verb's object ("زار الوزير سوريا").
    definite = org_code is None and tokens[end - 1].text.startswith(("ال", "وال", "بال", "لل"))
    kinds = ("nisba",) if definite else ("nisba", "name")
    forms = _agreeing(_coordinated_countries(tokens, end, last, kinds=kinds), definite)
    if not forms and org_code is None:
        # The portfolio between office and nisba: "وزير التعليم العالي العراقي".
        portfolio_end = _past_definite_words(tokens, end, last)
        forms = _agreeing(
            _coordinated_countries(tokens, portfolio_end, last, kinds=("nisba",)),
            definite or portfolio_end > end,
        )
        ministry = (
            institution_matcher().match_at(tokens, portfolio_end, last)
            if portfolio_end < last and tokens[portfolio_end].text.startswith("ب")
            else None
        )
        if not forms and ministry is not None:
            # "وزيرة الدولة بوزارة الطاقة السودانية": the ministry's nisba is the country.
            after_ministry = _past_definite_words(tokens, ministry.last, last)
            forms = _coordinated_countries(tokens, after_ministry, last, kinds=("nisba",))
        posted = tokens[title.first].text[len(title.proclitics) :] in posted_titles()
        if (
            not forms
            and not posted
            and portfolio_end + 1 < last
            and tokens[portfolio_end].text == "في"
        ):
            # "مدير مكتب وزير الداخلية في رام الله إيهاب ...": the seat gives the country.
            forms = _coordinated_countries(
                tokens, portfolio_end + 1, last, kinds=("name", "capital")
            )
    seat = None if forms or definite or org_code is not None else _seat_after(tokens, end, last)
    if seat is not None:
        # "محافظ جنين أكرم الرجوب", "رئيس بلدية غزة": a city or region in the construct names
        # the office's seat, and its country is the holder's; the place stays a place
        end, countries = seat[0], [seat[1]]
    if forms:
        countries = [f.value.iso3 for f in forms]
        end = past_affairs(tokens, forms[-1].last, last)
    elif seat is None and title.value.country and org_code is None:
        countries = [title.value.country]  # "خادم الحرمين الشريفين": the Saudi king
    senders = countries or ([org_code] if org_code else [])
    posted_end = _past_posting(tokens, title, end, last, senders)
    # the name is far from the office: the mention spans both, unless a comma sets the name
    # apart ("سفير الجزائر لدى فرنسا، السيد محمد عنتر داود": the name alone)
    spans_office = posted_end > end and tokens[posted_end].text != "،"
    end = posted_end
    while end < last and tokens[end].text in title_modifiers():
        end += 1  # "الرئيس الفلسطيني الراحل ياسر عرفات"
    honorific_start = end
    while end < last and tokens[end].text in honorifics():
        end += 1  # "وزير الخارجية الأستاذ عادل الجبير"
    spans_office = spans_office or end > honorific_start
    chained = _title_chain(tokens, title, end, last, last_title, countries, org_code)
    if chained is not None:
        person, person_end = chained
        if tokens[title.first].text[len(title.proclitics) :] not in office_prefixes():
            person.sector = sector  # the first office is the one the person acts in
        return [person], person_end
    # 'الأمين العام لحركة "عصائب أهل الحق" قيس الخزعلي': a head noun before a quoted body is
    # no name, though a name may begin with ل ("ليلى")
    body_in_quotes = _quoted_organization_after(tokens, end, last)
    if not forms and org_code is None and (_name_run(tokens, end, last) == end or body_in_quotes):
        # "رئيس لجنة الشؤون الخارجية في مجلس الشيوخ الأمريكي بوب كوركر": the body the office
        # belongs to stands between the office and the holder's name.
        # "القيادي في حركة حماس عزت الرشق": a member's body after في
        member_of = tokens[title.first].text[len(title.proclitics) :] in _MEMBER_TITLES
        in_body = member_of and end + 1 < last and tokens[end].text == "في"
        complement = _office_body(tokens, end + 1, last) if in_body else None
        complement = complement or _office_body(tokens, end, last)
        if complement is not None:
            body_mentions = _body_organizations(tokens, end, complement[0])
            end, body_countries, body_sector, body_code = complement
            countries = countries or body_countries
            sector = body_sector or sector
            org_code = body_code  # "رئيس مفوضية الاتحاد الأفريقي ...": IGOAFU
    name_start = end + 1 if end < last and tokens[end].text == "،" else end
    while end < name_start < last and tokens[name_start].text in honorifics():
        name_start += 1  # "رئيس مجلس الأمة، السيد صالح قوجيل،"
    name_end = _name_run(tokens, name_start, last)
    known = people_matcher().match_at(tokens, name_start, last) if name_start < last else None
    longer = (
        known is not None
        and name_end > known.last
        and tokens[known.last].text.startswith("ال")
        and tokens[known.last].text != "ال"  # "آل سعود" is the family of the curated person
    )
    if longer:  # "الدكتور عبدالله بن عبدالعزيز الربيعة" is not King Abdullah
        known = None
    # "الأمير محمد بن نايف بن عبدالعزيز", "الشيخ محمد بن زايد آل نهيان": the curated person with
    # more of his lineage or his family's name
    lineage = (
        known is not None
        and name_end > known.last
        and (tokens[known.last].text in _BIN or tokens[known.last].text == "ال")
    )
    if known is not None and not known.proclitics and len(known.value.name.split()) > 1:
        # A curated person after the title: "وزير الخارجية عبد الله غل" is Turkey's.
        name_end = name_end if lineage else known.last
        if not countries and known.value.country:
            countries = [known.value.country]
        if sector == "REL" and known.value.sector:
            # "الشيخ" is also the honorific of Gulf rulers and princes: "الشيخ محمد بن زايد"
            sector = known.value.sector
    if name_end == name_start or (name_start > end and name_end - name_start < 2):
        # After a comma only a full name continues the title: "الوزير، فيما ..." has none.
        name_start = name_end = end
    elif name_start > end and _new_clause_word(tokens[name_start].text):
        # "طرد العراق السفيرة السويدية، وقرّر سحب ...": a verb with و opens the next clause
        name_start = name_end = end
    if len(countries) > 1 or name_end == name_start:
        # Title-only mentions: one person per coordinated country ("وزيرا الدفاع الأرميني والروسي").
        start = title.start
        if title.proclitics.endswith("ال"):  # "الوزير", "والمتحدث": the article belongs to it
            start -= 2
        title_text = _text_between(tokens, start, tokens[title.last - 1].end)
        bare = " " not in title_text and not title_text.startswith("ال")
        if bare and not countries and org_code is None:
            # A bare construct head ("نائب"، "رئيس" before a genitive) names no one yet.
            return [], end if end > title.last else title.last
        mentions = [
            Mention(
                start,
                tokens[end - 1].end,
                "PERSON",
                ("PERSON", title_text, country or org_code or ""),
                _text_between(tokens, start, tokens[end - 1].end),
                country,
                sector,
                None if country else org_code,  # "المتحدث باسم الأمم المتحدة": IGOUNO
            )
            for country in (countries or [None])  # type: ignore[list-item]
        ]
        return mentions, end
    if not countries:
        name = _text_between(tokens, tokens[name_start].start, tokens[name_end - 1].end)
        # "أمير عبد اللهيان": a title word that is the first of a curated name
        with_title = _text_between(tokens, tokens[title.first].start, tokens[name_end - 1].end)
        curated = known_person(name) or known_person(with_title)
        countries = [curated.country] if curated is not None and curated.country else []
    country = countries[0] if countries else None
    mention = _person_mention(tokens, title.start, name_start, name_end, sector, country)
    mention.code = org_code if org_code and not country else None
    if spans_office:
        mention.start = title.start
    return [*body_mentions, mention], name_end


def _new_clause_word(word: str) -> bool:
    """A word with و after a comma that is no given name: "، وقرّر", "، وأكد" (a name may
    begin with و only as a listed given name: "، وائل ...")."""
    return word.startswith("و") and len(word) > 3 and word not in first_names()


def _body_organizations(tokens: Sequence[Token], start: int, end: int) -> list[Mention]:
    """The organisations named in an office's body are entities too: 'الأمين العام لحركة
    "عصائب أهل الحق" قيس الخزعلي' names the movement as well as its leader."""
    mentions: list[Mention] = []
    i = start
    while i < end:
        if organization_matcher().match_at(tokens, i, end) is None:
            i += 1
            continue
        found, i_next = _at(tokens, i, end, None)
        mentions += [m for m in found if m.type != "PERSON"]
        i = max(i_next, i + 1)
    return mentions


def _agreeing(
    forms: list[PhraseMatch[CountryForm]], definite: bool
) -> list[PhraseMatch[CountryForm]]:
    """Country forms that can qualify the title before them. An adjective agrees with a
    definite title ("العميد السعودي"); an indefinite nisba after one is a given name: "العميد
    الركن تركي المالكي", "الأمير تركي الفيصل"."""
    if definite and forms and forms[0].value.kind == "nisba" and "ال" not in forms[0].proclitics:
        return []
    return forms


_POSTED_TO = frozenset({"لدي", "في", "الي"})  # "السفير لدى", "السفير في", "المبعوث إلى"
_POSTED_THERE = frozenset({"لديه", "لديها", "لديهم", "لديهما"})


def _past_posting(
    tokens: Sequence[Token],
    title: PhraseMatch,  # type: ignore[type-arg]
    end: int,
    last: int,
    senders: list[str],
) -> int:
    """Past the posting of an envoy whose own country or body is named: "السفير السعودي لدى
    الأردن الدكتور محمد العمري" (the ambassador to Jordan, not Jordan itself), "المبعوث الأممي
    إلى اليمن هانس غروندبرغ"."""
    posted = tokens[title.first].text[len(title.proclitics) :] in posted_titles()
    if not (posted and senders) or end + 1 >= last:
        return end
    if tokens[end].text in _POSTED_THERE:
        # "طرد السفير الليبي لديها محمد يونس المنفي": posted to the country just named
        return end + 1 if _name_run(tokens, end + 1, last) > end + 1 else end
    if tokens[end].text in _POSTED_TO:
        host = country_matcher().match_at(tokens, end + 1, last)
    else:  # "السفير الفرنسي بالجزائر": ب on the host
        host = country_matcher().match_at(tokens, end, last)
        host = host if host is not None and host.proclitics == "ب" else None
    if host is None or host.value.kind not in {"name", "capital"}:
        return end
    after = host.last
    if after < last and tokens[after].text == "،":
        after += 1  # "سفير الجزائر لدى فرنسا، السيد محمد عنتر داود،"
    while after < last and tokens[after].text in honorifics():
        after += 1
    # only before the envoy's name: "التقى محمد الأحمد والسفير الأمريكي في الرياض" ends there
    return host.last if _name_run(tokens, after, last) > after else end


def _assisted_office(tokens: Sequence[Token], i: int, last: int) -> tuple[PhraseMatch, int] | None:  # type: ignore[type-arg]
    """The office after an assistant's word, and where the word starts: "مساعد وزير الخارجية",
    "ومساعدة وزيرة الخارجية" (resources/entities/office_prefixes.txt)."""
    word = tokens[i].text
    clitic = word[:1] if word[:1] in {"و", "ف"} and word[1:] in office_prefixes() else ""
    if word[len(clitic) :] not in office_prefixes() or i + 1 >= last:
        return None
    office = title_matcher().match_at(tokens, i + 1, last)
    if office is None or office.proclitics:
        return None
    return office, tokens[i].start + len(clitic)


def _title_chain(
    tokens: Sequence[Token],
    title: PhraseMatch,  # type: ignore[type-arg]
    end: int,
    last: int,
    last_title: tuple[str, str] | None,
    countries: list[str],
    org_code: str | None,
) -> tuple[Mention, int] | None:
    """Titles in a row describe the one person named after the last of them: "ولي ولي العهد
    وزير الدفاع الأمير محمد بن سلمان", "خادم الحرمين الشريفين الملك سلمان". Only a title with no
    country of its own opens a chain: in "استقبل الرئيس المصري وزير الخارجية الأمريكي جون كيري"
    the second title is the guest."""
    if end >= last or org_code is not None or (countries and not title.value.country):
        return None
    following = title_matcher().match_at(tokens, end, last)
    assisted = _assisted_office(tokens, end, last) if following is None else None
    if assisted is not None:
        following = assisted[0]  # "نائب مساعد وزير الخارجية"
    if following is None or following.proclitics:  # "ووزير الدفاع": another person
        return None
    inner, inner_end = _person(tokens, following, last, last_title)
    if len(inner) != 1 or (inner[0].person_name is None and assisted is None):
        return None  # an assistant's office is the one person's even with no name after it
    person = inner[0]
    if countries and person.country is None:
        person.country = countries[0]
    person.start = title.start  # the mention spans the titles: they are how the person is named
    return person, inner_end


_BODY_WORDS = 8  # longest body between an office and its holder


_SEAT_KINDS = frozenset({"city", "region"})
# a municipality between the title and the town: "رئيس بلدية غزة" (a province's noun, as in
# "أمير منطقة الرياض", lets the places stage find the place and give its country)
_SEAT_NOUNS = frozenset({normalize_key("بلدية")})


def _seat_after(tokens: Sequence[Token], i: int, last: int) -> tuple[int, str] | None:
    """A town of one country right after a title in the construct state: "محافظ جنين", "رئيس
    بلدية الخليل" (one or two words, with its article)."""
    if i >= last:
        return None  # the title ends the sentence: no seat after it
    gaz = gazetteer()
    named = i > 0 and (tokens[i - 1].text in PLACE_NOUNS or tokens[i].text in PLACE_NOUNS)
    if named or country_matcher().match_at(tokens, i, last):
        return None  # "أمير منطقة الرياض", "محافظ دمشق": the places stage names them
    start = i
    if start < last and tokens[start].text in _SEAT_NOUNS:
        start += 1
    for words in (2, 1):
        span = tokens[start : start + words]
        if start + words > last or any(t.kind is not TokenKind.ARABIC for t in span):
            continue
        name = " ".join(t.text for t in span)
        if name in homographs() or (words == 1 and name in name_stopwords()):
            continue  # "رئيس مجلس النواب": no town called النواب
        entries = [gaz.entry(key) for key in gaz.arabic.get(name, [])]
        towns = sorted(
            (e for e in entries if e.kind in _SEAT_KINDS and e.population >= _SEAT_POPULATION),
            key=lambda e: -e.population,
        )  # a hamlet named "التحالف" (the alliance) is no seat
        if not towns or len(towns[0].countries) != 1:
            continue
        # "عمدة لندن": London, England, far above any other London; "طرابلس" stays ambiguous
        others = [e for e in towns[1:] if e.countries != towns[0].countries]
        if not others or towns[0].population >= _SEAT_DOMINANCE * others[0].population:
            return start + words, towns[0].countries[0]
    return None


_SEAT_POPULATION = 15_000
_SEAT_DOMINANCE = 10


def _quoted_organization_after(tokens: Sequence[Token], i: int, last: int) -> bool:
    """A listed organisation in quotes right after the word at ``i``: 'لحركة "عصائب أهل الحق"'."""
    quoted = _past_quotes(tokens, i + 1, last) if i + 1 < last else i + 1
    return quoted > i + 1 and organization_matcher().match_at(tokens, quoted, last) is not None


_MEMBER_TITLES = frozenset({"القيادي", "قيادي", "عضو", "العضو"})


def _office_body(
    tokens: Sequence[Token], i: int, last: int
) -> tuple[int, list[str], str | None, str | None] | None:
    """The body an office belongs to, when a personal name follows it: "(رئيس) لجنة الشؤون
    الخارجية في مجلس الشيوخ الأمريكي بوب كوركر", "(عضو) لجنة الأمن والدفاع النيابية محمد
    الكربولي". Returns where the name starts, the countries of the body's nisbas or named
    organisation, that organisation's sector, and its code when it has no country ("رئيس
    مفوضية الاتحاد الأفريقي": IGOAFU); None when no name follows."""
    j = i
    countries: list[str] = []
    sector: str | None = None
    code: str | None = None
    while j < min(last, i + _BODY_WORDS):
        word = tokens[j].text
        if j > i and word in _QUOTES and tokens[j].kind is TokenKind.PUNCT:
            j += 1  # 'الأمين العام لحركة "عصائب أهل الحق" قيس الخزعلي': a quoted name
            continue
        if title_matcher().match_at(tokens, j, last) is not None:
            return None  # "زار الوزير جامعة الملك سعود": another title, no body of this office
        org = organization_matcher().match_at(tokens, j, last)
        if org is not None:
            countries += [org.value.country] if is_country(org.value.country) else []
            sector, j = org.value.sector, org.last
            code = code or (None if org.value.country else org.value.code)
            continue
        place = country_matcher().match_at(tokens, j, last)
        if place is not None and place.value.kind == "nisba":
            countries.append(place.value.iso3)
            j = place.last
            continue
        head = (
            j == i
            and j + 1 < last
            and (
                tokens[j + 1].text.startswith("ال")
                # "لحركة «عصائب أهل الحق»": a head noun, then the name in quotes
                or _quoted_organization_after(tokens, j, last)
            )
            and word not in _NOT_A_BODY  # "قال الوزير إن الجيش قتل ..."
        )
        if head or (j > i and (_definite(word) or word == "في")):
            j += 1
            continue
        break
    if j == i or j >= last or tokens[j - 1].text == "في":
        return None
    if tokens[j].text == "،":
        # "المبعوث الخاص بوزارة الخارجية، عمار بلاني،": a comma sets the full name apart
        k = j + 1
        while k < last and tokens[k].text in honorifics():
            k += 1
        return (j, countries, sector, code) if _name_run(tokens, k, last) - k >= 2 else None
    name_end = _name_run(tokens, j, last)
    if name_end - j < 2 and tokens[j].text not in first_names():
        return None
    return j, countries, sector, code


_AFFAIRS = frozenset(normalize_key(w) for w in ("لشؤون", "للشؤون"))


def past_affairs(tokens: Sequence[Token], i: int, last: int) -> int:
    """Skip an office's portfolio in ل + شؤون: "وزير الدولة لشؤون الخليج العربي",
    "مساعد وزير الخارجية الإيراني للشؤون العربية حسين جابري أنصاري". A nisba there names the
    portfolio, not the office's country ("نائب مساعد وزير الخارجية للشؤون الإسرائيلية
    والفلسطينية" is American). "لشؤون" takes a genitive of up to two words, "للشؤون" one
    adjective and those joined to it by و; the holder's name follows ("لشؤون الشرق الأوسط
    أليستر بيرت", where normalised "اليستر" looks definite)."""
    if i >= last or tokens[i].text not in _AFFAIRS:
        return i
    genitive = tokens[i].text == normalize_key("لشؤون")
    j = i + 1
    while j < min(last, i + 3):
        word = tokens[j].text
        joined = j > i + 1 and word.startswith("وال")
        if not (word.startswith("ال") or joined) or word in name_stopwords():
            break
        if title_matcher().match_at(tokens, j, last) or (not genitive and j > i + 1 and not joined):
            break
        j += 1
    return i if genitive and j == i + 1 else j


def in_portfolio(tokens: Sequence[Token], i: int) -> bool:
    """The word names an office's portfolio in ل + شؤون: the nisba of "للشؤون الإسرائيلية"
    names no party."""
    return any(
        tokens[j].text in _AFFAIRS and past_affairs(tokens, j, len(tokens)) > i
        for j in range(max(0, i - 3), i)
    )


def _past_definite_words(tokens: Sequence[Token], i: int, last: int) -> int:
    """Skip up to three definite words that are neither a nisba nor a new title."""
    j = i
    while j < min(last, i + 3):
        word = tokens[j].text
        if not word.startswith("ال") or word in name_stopwords():
            break
        if country_matcher().match_at(tokens, j, last) or title_matcher().match_at(tokens, j, last):
            break
        j += 1
    return j


def _person_mention(
    tokens: Sequence[Token],
    start: int,
    name_first: int,
    name_end: int,
    sector: str,
    country: str | None,
) -> Mention:
    """A titled person; the entity is keyed by the name, and the mention covers the name only."""
    name_start_offset = tokens[name_first].start
    name = _text_between(tokens, name_start_offset, tokens[name_end - 1].end)
    mention = Mention(
        name_start_offset,
        tokens[name_end - 1].end,
        "PERSON",
        ("PERSON", name),
        name,
        country,
        sector,
    )
    mention.person_name = name
    return mention


_POSSESSIVES = ("ه", "ها", "هم", "هما")


def _dating_word(word: str) -> bool:
    """A weekday, a month or "أمس": words that date a clause and end a name before them."""
    lex = time_lexicon()
    return word in lex.weekdays or word in lex.months or word in {"امس", "غدا"}


def _name_run(tokens: Sequence[Token], i: int, last: int) -> int:
    """End (token index) of a personal name starting at ``i``; ``i`` when there is none."""
    stop = name_stopwords()
    known = clitic_stems()
    j = i
    connectors = 0  # "محمد بن نايف بن عبدالعزيز": a chain of بن counts by its names only
    while j < last and j - i - connectors < _MAX_NAME_TOKENS:
        token = tokens[j]
        if j > i and ("final", token.text) in name_country_cues():
            j += 1  # "الشيخ سالم الصباح": a family's name ends the name ("الصباح", the morning)
            break
        if token.kind not in (TokenKind.ARABIC, TokenKind.LATIN) or _is_stopword(token.text, stop):
            break
        if j > i and _dating_word(token.text):
            break  # "بنيامين نتنياهو الإثنين الماضي": the day he spoke, not his name
        if j > i + 1 and tokens[j - 1].text in _BIN and not token.text.startswith("ال"):
            j += 1  # "عبد القادر بن قرينة": after "بن" a name goes on, whatever else the word is
            continue
        article = token.text.startswith("ال") and j not in _HAMZA_LAM.get()
        if j == i and (article or token.text in known or len(token.text) < 2):
            break  # "السفيرة الأمريكية ألينا رومانوسكي": أل begins the name
        if j == i and (_act_noun(tokens, j, last) or _masdar_shape(token.text)):
            break  # "رحب الوزير الأردني بزيارة الرئيس": a visit, not a name
        if j == i and _preposition_and_word(token.text):
            break  # "هدد وزير الدفاع الإسرائيلي باتخاذ إجراءات": the threat, not a name
        if j == i and token.text[:1] in {"ب", "ل"} and _body_at(tokens, j, last):
            break  # "المبعوث الخاص بوزارة الخارجية": the body the office is in, not a name
        if j == i and weapon_after_bi(tokens, j, last):
            break  # "استُهدف موكب الوزير العراقي بعبوة ناسفة": the weapon, not a name
        if j == i and stem_in(token.text, _NAMED_AFTER):
            break  # "زار الوزير جامعة الملك سعود": a university, not a name
        if any(token.text.endswith(s) and token.text[: -len(s)] in known for s in _POSSESSIVES):
            break  # "جدد الوزير أمام السفير الأمريكي دعمه": his support, not a name
        joined = token.text.startswith(("بال", "لل", "وال")) and token.text != "للا"  # Lalla
        if joined or (j > i and token.text in known):
            break  # "... غيظان بالقرب من", "عبد الله غل للرئاسة", "وزيراً للدفاع": not a name
        if j > i and token.text[:1] in {"ب", "ل"} and token.text[1:] in known:
            break  # "رحب الوزير خالد الصالح بنتائج الاجتماع": the object, not a name
        if j > i and token.text[:1] == "ل" and token.text[1:] in outlet_heads():
            break  # "قال السفير يحيئيل لايتر لشبكة فوكس نيوز": the outlet he spoke to
        compound = j > i and tokens[j - 1].text in {"عبد", "ابو"}  # "عبد السلام"
        if j > i and not compound and _act_noun(tokens, j, last):
            break  # "انتقد ... بوب كوركر الاتفاق", "أجرى ... فؤاد حسين مباحثات": the object
        if j > i and article and _nisba_at(tokens, j + 1, last):
            break  # "انتقدت ... ماريا زاخاروفا الخطوة الأمريكية": a noun and its adjective
        if j > i and article and institution_matcher().match_at(tokens, j, last) is not None:
            break  # "اتهم المستشار يوسف عزت الجيش بـ...": the army is the object, not his name
        place = country_matcher().match_at(tokens, j, last)
        # A masculine nisba with ال inside a name is a family name: "محمد شياع السوداني".
        family_nisba = (
            place is not None and place.value.kind == "nisba" and place.proclitics == "ال"
        )
        if place is not None and j > i and not (family_nisba and place.value.gender == "m"):
            break
        given = j == i and token.text in first_names()  # "فيكتوريا نولاند", not the capital
        if (
            place is not None
            and place.value.kind in {"name", "capital"}
            and not place.proclitics
            and not given
        ):
            break  # "عمدة العاصمة الصومالية مقديشو": the capital is no one's name
        if place is not None and place.value.kind == "people":
            break  # "زعيم أكراد تركيا": a people, not a name
        if title_matcher().match_at(tokens, j, last) is not None:
            break
        if speech_verb_at(tokens, j, last):
            break  # "العميد نبيل عبد الله نفى أن ...": the verb after the subject ends the name
        if j >= i + 2 and _act_verb(tokens, j, last):
            break  # "القيادي محمد عصمت اعتُقل مساء اليوم": a name of two words, then its verb
        if token.text in time_lexicon().cardinals:
            break  # "قتل خمسة مسلحين": a count is never part of a name
        if agent_matcher().match_at(tokens, j, last) is not None:
            break  # "رئيس البلدية وأستاذا جامعيا": the list goes on, the name does not
        if j > i and organization_matcher().match_at(tokens, j, last) is not None:
            # "رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد": a word before an organisation is
            # the head of its body, not a one-word name
            return i if j == i + 1 else j
        j += 1
        if token.text in _NAME_CONNECTORS and j < last:
            connectors += token.text in {"بن", "بنت", "ابن"}
            continue
    while j > i + 1 and tokens[j - 1].text in _NAME_CONNECTORS:
        j -= 1  # "محمد ولد في القاهرة": "born", not "son of"
    return j


def speech_verb_at(tokens: Sequence[Token], i: int, last: int) -> bool:
    """A one-word cue of the claims lexicon (a verb or participle of saying, calling, accusing):
    never part of a name."""
    cue = cue_matcher().match_at(tokens, i, last)
    return cue is not None and cue.last - cue.first == 1 and cue.value.kind != "according"


def _nisba_at(tokens: Sequence[Token], i: int, last: int) -> bool:
    """A country's definite adjective at ``i``: "الأمريكية", "الروسي"."""
    place = country_matcher().match_at(tokens, i, last) if i < last else None
    return place is not None and place.value.kind == "nisba" and place.proclitics == "ال"


def _adjective_of_an_act(
    tokens: Sequence[Token],
    agent: PhraseMatch,  # type: ignore[type-arg]
    last: int,
) -> bool:
    """An agent noun in the shape of a nisba right after an act noun, agreeing with it in
    definiteness, is its adjective: "هجوم إرهابي", "التفجير الإرهابي", "عملية انتحارية" (but
    "فجر انتحاري نفسه": a verb before the bomber)."""
    i = agent.first
    if i == 0 or agent.last - i != 1:
        return False
    word = tokens[i].text
    accusative = word.endswith("يا") and tokens[i - 1].text.endswith("ا")  # "هجوما انتحاريا"
    if not (word.endswith(("ي", "يه")) or accusative) or not _act_noun(tokens, i - 1, last):
        return False
    return _definite(tokens[i - 1].text) == _definite(word)


def _governs_a_thing(
    tokens: Sequence[Token],
    agent: PhraseMatch,  # type: ignore[type-arg]
    last: int,
) -> bool:
    """An indefinite agent noun of ``construct_agents`` before a definite noun that names no
    body or country: "مصدر النيران", "مصادر الطاقة" (not "مصادر المعارضة", "مصدر في الجيش")."""
    i = agent.first
    if agent.last - i != 1 or agent.last >= last or tokens[i].text not in construct_agents():
        return False
    after = agent.last
    if not tokens[after].text.startswith("ال"):
        return False
    named = organization_matcher().match_at(tokens, after, last) or institution_matcher().match_at(
        tokens, after, last
    )
    return named is None and country_matcher().match_at(tokens, after, last) is None


def _definite(word: str) -> bool:
    """A word with the article, behind any proclitic: "الشرطة", "والجيش", "للحكومة"."""
    return word.startswith(("ال", "وال", "فال", "بال", "لل"))


def _disagrees(
    head: str,
    institution: PhraseMatch,  # type: ignore[type-arg]
    nisba: PhraseMatch[CountryForm],
) -> bool:
    """A one-word masculine singular head with a feminine nisba belongs to another word of the
    same letters: "الأعلام الفلسطينية" are flags; the media are "الإعلام الفلسطيني"."""
    one_word = institution.last - institution.first == 1
    masculine = not head.endswith(("ه", "ات", "ون", "ين"))
    return one_word and masculine and nisba.value.kind == "nisba" and nisba.value.gender == "f"


def _masdar_shape(word: str) -> bool:
    """Verbal nouns of derived verbs, never personal names: مُفاعَلة ("انتقد الوزير مواصلة
    إيران دعمها", "مطالبة", "مشاركة") and اِستِفعال ("استمرار", "استهداف"), also behind the
    preposition ل or ب ("تعرض الوزير لمحاولة اغتيال", "رحب الرئيس بمشاركة ...")."""
    if word[:1] in {"ل", "ب"} and _masdar_shape(word[1:]):
        return True
    if word.startswith("است") and len(word) >= 6:
        return True
    return len(word) == 6 and word[0] == "م" and word[2] == "ا" and word[-1] == "ه"


def _body_at(tokens: Sequence[Token], i: int, last: int) -> bool:
    """An institution or a curated organisation begins at token ``i``, clitics and all."""
    return (
        institution_matcher().match_at(tokens, i, last) is not None
        or organization_matcher().match_at(tokens, i, last) is not None
    )


def _preposition_and_word(word: str) -> bool:
    """ب or ل before a common word that begins with an alef, as the verbal nouns of derived verbs
    do ("باتخاذ", "بإجراء", "لانسحاب"): an object, not a name. Names that look alike are short
    ("باسم" is ب + "اسم" too) or rare after the letter ("بارزاني", "لاريجاني")."""
    rest = word[1:]
    return word[:1] in {"ب", "ل"} and rest[:1] == "ا" and len(rest) >= 5 and zipf(rest) >= 4.0


def _act_noun(tokens: Sequence[Token], i: int, last: int) -> bool:
    """A verbal noun of the event lexicon ("زيارة", "بزيارة", "اعتقال"): never a personal name."""
    match = trigger_matcher().match_at(tokens, i, last)
    return match is not None and not match.value.verbal


def _act_verb(tokens: Sequence[Token], i: int, last: int) -> bool:
    """A verb of the event lexicon ("اعتقل", "وجّه دعوة"), which ends the name before it."""
    match = trigger_matcher().match_at(tokens, i, last)
    return match is not None and match.value.verbal


_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")


def _is_stopword(word: str, stop: frozenset[str]) -> bool:
    """A stop word, also behind proclitics ("بكل" is ب + كل) and before a pronoun suffix: in
    "الأمين العام لجامعة الدول العربية، طالبهم خلالها بتحرك عاجل" no name follows the comma."""
    for candidate in stem_candidates(word):
        if candidate in stop:
            return True
        for suffix in _PRONOUN_SUFFIXES:
            stem = candidate.removesuffix(suffix)
            if stem != candidate and len(stem) >= 2 and stem in stop:
                return True
    return False


def _past_acronym(tokens: Sequence[Token], end: int, last: int) -> int:
    """Past an acronym in brackets right after a body's name, which belongs to the name:
    "وكالة الأنباء السعودية (واس)", "مكتب مراقبة الأصول الأجنبية (أوفاك)"."""
    bracketed = end + 2 < last and tokens[end].text == "(" and tokens[end + 2].text == ")"
    if bracketed and tokens[end + 1].kind in (TokenKind.ARABIC, TokenKind.LATIN):
        return end + 3
    return end


_PORTFOLIO_HEADS = frozenset({"وزاره", "حكومه"})


def _institution(
    tokens: Sequence[Token],
    institution: PhraseMatch,  # type: ignore[type-arg]
    last: int,
) -> tuple[list[Mention], int]:
    value = institution.value
    head_end = institution.last
    # A people's name only after a head naming people: "جنود أرمن", not "حكومة الأرمن"
    people = ("people",) if value.type == "GROUP" else ()
    kinds = ("nisba", "name", "capital", *people)
    forms = _coordinated_countries(tokens, head_end, last, kinds=kinds)
    if (
        forms
        and _definite(tokens[institution.first].text)
        and forms[0].value.kind in {"name", "capital"}
        and not tokens[forms[0].first].text.endswith("يه")  # "السلطات السعودية": an adjective
    ):
        # a definite head governs no genitive: "طالبت الحكومة تركيا بالاعتذار" and "اتهم البيان
        # الجزائر" name the body and the country, its object, even when the name has the
        # article ("حكومة تركيا" is Turkey's; "السلطات السعودية" takes its adjective)
        forms = []
    head = tokens[institution.first].text[len(institution.proclitics) :]
    if forms and _disagrees(head, institution, forms[0]):
        return [], head_end  # "رفعوا الأعلام الفلسطينية": the flags (أعلام), not the media
    head_text = " ".join([head] + [t.text for t in tokens[institution.first + 1 : head_end]])
    definite_head = _definite(tokens[institution.first].text)
    if not forms and not value.standalone and head in _PORTFOLIO_HEADS and not definite_head:
        # a ministry or government named by its portfolio: "وزارة الخزانة الأمريكية", "حكومة
        # الوحدة الوطنية الليبية", "وزارة الكهرباء" (no country named); a head with the article
        # governs no genitive: "ودعت الوزارة الحكومة الصومالية" names two bodies
        portfolio_end = _past_definite_words(tokens, head_end, last)
        if portfolio_end > head_end:
            forms = _coordinated_countries(tokens, portfolio_end, last, kinds=("nisba",))
            head_text = _text_between(tokens, institution.start, tokens[portfolio_end - 1].end)
            if not forms:
                key = ("ORG", head_text, "")
                mention = _mention(
                    tokens, institution.start, portfolio_end, value.type, key, None, value.sector
                )
                return [mention], portfolio_end
    if not forms:
        if not value.standalone:
            return [], head_end
        key = ("ORG", head_text, "")
        return [
            _mention(tokens, institution.start, head_end, value.type, key, None, value.sector)
        ], head_end
    end = forms[-1].last
    while end < last and tokens[end].text in org_modifiers():
        end += 1  # "وكالة الأنباء اليمنية الرسمية"
    end = _past_acronym(tokens, end, last)  # "... (سبأ)"
    mentions = []
    for form in forms:
        country = form.value.iso3
        mentions.append(
            Mention(
                institution.start,
                tokens[end - 1].end,
                value.type,
                ("ORG", head_text, country),
                _text_between(tokens, institution.start, tokens[end - 1].end),
                country,
                value.sector,
            )
        )
    return mentions, end


def _names_people(
    tokens: Sequence[Token],
    i: int,
    place: PhraseMatch[CountryForm],
) -> bool:
    """A nisba that names people rather than describing a head noun: plural or dual and not after
    a noun ("العراقيين", "مقتل 7 فلسطينيين", "بينهم أميركيان"), or singular and counted ("مليوني
    لبناني", "150 فلسطيني")."""
    form = place.value
    if form.kind != "nisba":
        return False
    if form.gender in {"mpl", "fpl", "mdu"}:
        return form.gender in {"mpl", "mdu"} or place.proclitics.endswith("ال")
    return form.gender == "m" and not place.proclitics and _after_quantity(tokens, i)


def _norp(tokens: Sequence[Token], place: PhraseMatch[CountryForm], sector: str | None) -> Mention:
    iso3 = place.value.iso3
    return _mention(tokens, place.start, place.last, "NORP", ("NORP", iso3), iso3, sector)


def _is_noun_before(tokens: Sequence[Token], i: int) -> bool:
    """An Arabic word that is not a particle or a verb of speech precedes the nisba."""
    before = tokens[i - 1]
    return before.kind is TokenKind.ARABIC and not _is_stopword(before.text, name_stopwords())


def _after_quantity(tokens: Sequence[Token], i: int) -> bool:
    if i == 0:
        return False
    before = tokens[i - 1]
    return (
        before.kind is TokenKind.NUMBER
        or before.text in time_lexicon().cardinals
        or before.text in quantity_words()
    )


def _is_government(tokens: Sequence[Token], i: int, match: PhraseMatch) -> bool:  # type: ignore[type-arg]
    """A capital stands for the government unless the words around it make it a place."""
    if match.proclitics.lstrip("وف").startswith(_LOCATIVE_PROCLITICS):
        return False
    return not (i > 0 and tokens[i - 1].text in _LOCATIVE_BEFORE)
