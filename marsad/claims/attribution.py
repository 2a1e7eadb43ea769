"""Reported speech: attribution cues, speakers, content spans and relay chains.

The shapes of attribution in Arabic wire copy, handled per sentence:

- speech verb, subject, complementiser: "قالت وزارة الدفاع الأرمينية، في بيان، إن ..." (VSO)
  or "الوزارة قالت إن ..." (SVO); the content is the إن/أن clause, a quotation after a colon,
  or the rest of the sentence ("أكدت وقوع خسائر ...");
- a speech verb with no subject continues the last speaker of the same gender:
  "وأوضحت أن ..." (f), "كما أشار إلى ..." (m); "وقال البيان ذاته" continues the statement's author;
- a sentence opening with a speech participle continues the previous claim ("محمّلةً ...");
- a source preposition: "بحسب الوزارة ...", "وفقاً لمصادر ...";
- relays, innermost first: "... وفق ما نقلته وكالة الأنباء الفرنسية", "... الذي نقلته وسائل إعلام
  تركية", "نقلت رويترز عن مسؤول قوله إن ...".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import regex

from marsad.doc import Claim, Document, Entity, SourceRef, Span
from marsad.entities.lexicon import outlet_heads, title_matcher
from marsad.entities.offices import office_bodies
from marsad.places.locate import home_country
from marsad.resources import read_table, read_word_list
from marsad.text.clitics import stem_in
from marsad.text.matcher import PhraseMatch, PhraseMatcher, opens_apposition
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token, TokenKind, tokenize

COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها", "انهم"})
_QUOTES_OPEN = frozenset({"«", '"', "“", ":"})
DEFINITE_STATEMENT_WORDS = frozenset({"البيان", "البلاغ", "التقرير"})
_SAME = frozenset({"ذاته", "نفسه", "ذاتها", "نفسها"})
# How far (in tokens) a subject may sit after its verb:
# "قالت وزارة الدفاع الأذربيجانية، في بيان، إن".
_SUBJECT_WINDOW = 12
# A preposition between the cue and an entity puts the entity in the content, not the subject
# ("أكدت وقوع خسائر في صفوف القوات"); "باسم" does not: "قال المتحدث باسم الخارجية الإيرانية
# ناصر كنعاني"
_PREPOSITION_GAP = regex.compile(
    r"(?<![\p{L}])(?:في|علي|من|الي|عن|مع|ضد|حول|بين|ب(?!اسم(?![\p{L}]))\p{L}+)(?![\p{L}])"
)


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # speech | act | according | relay | participle
    stance: str
    gender: str | None


@cache
def cue_matcher() -> PhraseMatcher[Cue]:
    rows = read_table("claims/cues.tsv", ("phrase", "kind", "stance"))
    return PhraseMatcher(
        (row["phrase"], Cue(row["kind"], row["stance"], row.get("gender") or None)) for row in rows
    )


@dataclass(slots=True)
class _Speaker:
    ref: SourceRef
    gender: str | None


def find_claims(doc: Document) -> list[Claim]:
    claims: list[Claim] = []
    mentions = _mention_index(doc)
    last_speaker: dict[str | None, _Speaker] = {}
    for sentence_index, sentence in enumerate(doc.sentences):
        tokens = doc.tokens
        first, last = sentence.first_token, sentence.last_token
        cues = cue_matcher().find_all(tokens, first, last)
        relays = [c for c in cues if c.value.kind in {"relay", "according"}]
        made = False
        free_from = 0  # a later cue makes a claim of its own only outside the words of the last
        governed = False  # a cue of saying took the sentence: later ones only at a new clause
        for cue in cues:
            if cue.value.kind == "relay" and not _is_source_relay(tokens, cue, last):
                continue
            if cue.first > first and tokens[cue.first - 1].text == "عدم":
                continue  # "طالباً عدم الكشف عن هويته", "عدم التعليق": nothing said
            if _student(tokens, cue, first):
                continue  # "قال طالب جامعي", "12 مليون طالب": a student, not "طالَبَ"
            joined = made and _new_clause(doc, cue, claims[-1])
            if governed and not joined:
                continue
            if made and doc.span(cue.start, cue.end).start < free_from and not joined:
                continue
            if made and cue.value.kind == "according" and _what_was_passed_on(tokens, cue, last):
                continue  # "توعد القائد بالرد، وفق ما نقلته وكالة تسنيم": the threat's relay
            claim = _claim_for_cue(doc, cue, first, last, mentions, last_speaker)
            if claim is None:
                continue
            if joined:
                if claim.speaker.entity is None or claim.speaker == claims[-1].speaker:
                    continue  # "، وأضاف أن": the same speaker goes on
                # "قالت سينغ إن واشنطن لم تكن ضالعة، ونفى مسؤول أمريكي أن": a second speaker
                at = next(  # "، وهو ما نفته": the comma before "وهو ما"
                    (
                        j
                        for j in range(cue.first - 1, max(cue.first - _CONTRAST_REACH, 0), -1)
                        if tokens[j].text == "،"
                    ),
                    cue.first - 1,
                )
                comma = doc.span(tokens[at].start, tokens[at].start).start
                previous = claims[-1]
                previous.content = _trim(doc.text, Span(previous.content.start, comma))
            claim.id = f"C{len(claims) + 1}"
            relay_refs = _relays(doc, relays, claim, mentions, last)
            claim.relayed_by.extend(r for r in relay_refs if r not in claim.relayed_by)
            _same_relay_as_before(claim, claims)
            _source_of_state_media(doc, claim)
            claims.append(claim)
            made = True
            gender = cue.value.gender
            speaker = _Speaker(claim.speaker, gender)
            last_speaker[gender] = speaker
            last_speaker[None] = speaker
            free_from = claim.content.end
            if cue.value.kind != "act":
                governed = True  # the first cue of saying governs the sentence
        if not made and sentence_index > 0 and claims:
            _continue_statement(doc, sentence, claims, last_speaker)
    return claims


def _same_relay_as_before(claim: Claim, claims: list[Claim]) -> None:
    """An unnamed source quoted again right after its first claim speaks through the same outlet:
    "بحسب ما أفاد مصدر أمني وكالة فرانس برس. وقال المصدر الأمني إن ..." (AFP relays both).
    Unnamed: a noun of claims/unnamed_sources.txt. Named speakers are left: they may speak to
    several outlets."""
    if claim.relayed_by or claim.speaker.entity is None or not claims:
        return
    previous = claims[-1]
    if previous.speaker.entity != claim.speaker.entity or not previous.relayed_by:
        return
    words = normalize_key(claim.speaker.text).split()
    if words and words[0].removeprefix("ال") in unnamed_sources():
        claim.relayed_by.extend(previous.relayed_by)


def _source_of_state_media(doc: Document, claim: Claim) -> None:
    """An unnamed source or a statement with no side of its own, quoted by a state news agency
    (claims/state_agencies.txt), is that state's: "ونقلت سانا عن مصدر عسكري" (Syria's)."""
    if claim.speaker.country or not claim.relayed_by:
        return
    words = normalize_key(claim.speaker.text).split()
    head = words[0].removeprefix("ال") if words else ""
    if head not in unnamed_sources() and head not in statement_nouns():
        return  # "عن بيان لوزارة الخارجية" via واس is the Saudi ministry's statement too
    for relay in claim.relayed_by:
        # "الوكالة العربية السورية للأنباء (سانا)": the agency by its name or its acronym
        words = (
            " " + " ".join(regex.sub(r"[^\p{L}\s]", " ", normalize_key(relay.text)).split()) + " "
        )
        if relay.country and any(f" {name} " in words for name in state_agencies()):
            claim.speaker = SourceRef(claim.speaker.text, claim.speaker.entity, relay.country)
            return


def _addressee(
    doc: Document,
    cue: PhraseMatch[Cue],
    first: int,
    ref: SourceRef,
    mentions: list[tuple[int, int, Entity]],
) -> int | None:
    """Where the party after a call, a demand or a charge begins, when what is asked or charged
    follows it: the one addressed, not the speaker. Right after a verb joined with و that goes on
    a sentence ("، وطالب أنقرة بـ"الكف"": at its start, "وطالبت الحكومة بوقف" names the
    speaker), or after words Marsad reads as no party ("اتهمت
    المنظمة الوطنية للمجاهدين الرئيس الفرنسي بـ": those words are the speaker)."""
    if cue.value.kind != "act" or cue.last >= len(doc.tokens):
        return None
    after = doc.span(doc.tokens[cue.last].start, doc.tokens[cue.last].start).start
    start = _mention_start(ref, mentions, after)
    at = _token_from(doc, start)
    if at is None:
        return None
    gap = doc.tokens[cue.last : at]
    if gap and not all(t.kind is TokenKind.ARABIC for t in gap):
        return None
    if gap and (len(gap) > 4 or title_matcher().match_at(doc.tokens, cue.last, at) is not None):
        return None  # "دعا وزير الخارجية الأردني أيمن الصفدي إلى": a titled speaker
    if not gap and (not cue.proclitics.startswith("و") or cue.first == first):
        return None
    nxt = _token_from(doc, _mention_end(ref, mentions, start))
    while nxt is not None and nxt < len(doc.tokens) and doc.tokens[nxt].text in _QUOTES_OPEN:
        nxt += 1
    if nxt is None or nxt >= len(doc.tokens):
        return None
    word = doc.tokens[nxt].text
    asked = word in {"الي", "ب"} or (word.startswith("ب") and len(word) > 3)
    return at if asked else None


def _student(tokens: list[Token], cue: PhraseMatch[Cue], first: int) -> bool:
    """ "طالب" is the verb "demanded" only heading its clause: with و or ف ("وطالب الوزير"),
    first in the sentence or after a comma ("أممياً، طالب الأمين العام")."""
    if tokens[cue.first].text[len(cue.proclitics) :] != "طالب" or cue.proclitics[:1] in {"و", "ف"}:
        return False
    return cue.first > first and tokens[cue.first - 1].text not in {"،", ",", "فيما", "بينما"}


def _new_clause(doc: Document, cue: PhraseMatch[Cue], previous: Claim) -> bool:
    """A verb of saying with و right after a comma, or after "، فيما" / "، بينما" / "، في حين" /
    "، كما" / "، وهو ما",
    outside the quotes of the claim before: "قالت الوزارة إن ...، ونفى مسؤول أمريكي أن ..." may
    open another speaker's claim."""
    tokens = doc.tokens
    before = [t.text for t in tokens[max(0, cue.first - 3) : cue.first]]
    # "، فيما أعلنت كل من السعودية ومصر ...", "، في حين أكد ...": a clause of its own
    contrast = before[-2:] in (["،", "فيما"], ["،", "بينما"]) or before == ["،", "في", "حين"]
    # "...، كما دعت وزارة الخارجية المصرية إلى": another speaker in a list of reactions
    contrast = contrast or before[-2:] == ["،", "كما"]
    # "اتهمت الحكومة إثيوبيا بالهجوم، وهو ما نفته أديس أبابا": the denial is the other side's
    contrast = contrast or before in (["،", "وهو", "ما"], ["،", "وهذا", "ما"])
    # "...، غير أن هيئة الأركان الفرنسية نفت أن": a subject after "however" speaks next
    contrast = contrast or _however_subject_before(tokens, cue.first)
    plain = cue.first > 0 and tokens[cue.first - 1].text == "،" and cue.proclitics.startswith("و")
    if (cue.proclitics or not contrast) and not plain:
        return False
    start = doc.span(cue.start, cue.end).start
    if not previous.content.start < start <= previous.content.end + 1:
        return False
    between = doc.text[previous.content.start : start]
    straight = between.count('"') % 2 == 0
    return straight and between.count("«") == between.count("»")


_HOWEVER = (("غير", "ان"), ("الا", "ان"), ("بيد", "ان"), ("لكن",))
_CONTRAST_REACH = 10  # tokens from the comma to the verb: "، غير أن هيئة أركان الجيوش الفرنسية"


def _however_subject_before(tokens: list[Token], at: int) -> bool:
    """Whether the verb at ``at`` ends a clause "، غير أن <subject>" (or "إلا أن", "بيد أن",
    "لكن"): its subject stands between the contrast and the verb."""
    for j in range(at - 1, max(-1, at - _CONTRAST_REACH), -1):
        if tokens[j].text == "،":
            words = tuple(t.text for t in tokens[j + 1 : at])
            return any(words[: len(w)] == w and len(words) > len(w) for w in _HOWEVER)
        if tokens[j].text in {".", "؛", ":"}:
            return False
    return False


def _what_was_passed_on(tokens: list[Token], cue: PhraseMatch[Cue], last: int) -> bool:
    """ "وفق ما نقلته", "بحسب ما أوردت": the source passed on what the sentence's speaker said."""
    return cue.last + 1 < last and tokens[cue.last].text == "ما"


def _mention_index(doc: Document) -> list[tuple[int, int, Entity]]:
    offices = office_bodies(doc)  # "المتحدث باسم الكرملين دميتري بيسكوف": the spokesman speaks
    index = [
        (m.start, m.end, e)
        for e in doc.entities
        for m in e.mentions
        if (e.id, m.start) not in offices
    ]
    index.sort(key=lambda item: item[0])
    return index


def _ref(entity: Entity, text: str) -> SourceRef:
    return SourceRef(text=text, entity=entity.id, country=entity.country)


_OBJECT_PRONOUNS = ("ته", "ه", "ها")  # "نقلته", "نقله", "بثتها": the verb passes a statement on


def _is_source_relay(tokens: list[Token], cue: PhraseMatch[Cue], last: int) -> bool:
    """ "نقلت رويترز عن مسؤول" makes a claim; "وفق ما نقلته وكالة ..." only relays one. A verb
    whose object is a pronoun for the statement ("في بيان نقلته وكالة أنباء الإمارات، عن
    رفضها") passes on what was said; the "عن" after it belongs to another verb."""
    if tokens[cue.last - 1].text.endswith(_OBJECT_PRONOUNS):
        return False
    # the relay's name may run to eight tokens: "نقلت وكالة الأنباء السعودية (واس) عن مصدر"
    return any(t.text == "عن" for t in tokens[cue.last : min(last, cue.last + 9)])


def _claim_for_cue(
    doc: Document,
    cue: PhraseMatch[Cue],
    first: int,
    last: int,
    mentions: list[tuple[int, int, Entity]],
    last_speaker: dict[str | None, _Speaker],
) -> Claim | None:
    tokens = doc.tokens
    if cue.last >= len(tokens):
        return None  # a text cut after its verb of saying ("... بما وصفه"): nothing said
    value = cue.value
    cue_span = doc.span(cue.start, cue.end)
    if value.kind == "according":
        told = _told_by(tokens, cue, last)
        if told is not None:  # "وفق ما أفاد به مسؤول محلي لإذاعة صوت أمريكا"
            return _told_claim(doc, cue, told, first, last, mentions)
        issued = _issued_by(tokens, cue.last, last)
        if issued is not None:  # "وفق بيان صادر عن الخارجية المصرية": the ministry speaks
            speaker = _entity_after(doc, issued, last, mentions, window=_SUBJECT_WINDOW)
        else:
            speaker = _entity_after(doc, cue.last, last, mentions, window=6)
        if speaker is None and _unnamed_source(tokens, cue.last, last):
            speaker = _unresolved_subject(doc, cue.last, last)  # "وفق مصادر محلية"
        if speaker is None:
            return None
        content_start, content_end = _according_content(doc, cue, first, last, speaker)
        return _make(doc, speaker, cue_span, content_start, content_end, value.stance)
    if value.kind == "participle":
        if cue.first == first:
            return None  # sentence-initial participles continue the previous claim
        speaker = _entity_before(doc, cue.first, first, mentions)
        if speaker is None:
            return None
        return _make(
            doc, speaker, cue_span, cue.end, _content_end(doc, cue.last, last), value.stance
        )
    complement = _complementiser(tokens, cue.last, last)
    subject_end = complement if complement is not None else min(last, cue.last + _SUBJECT_WINDOW)
    if cue.last < last and tokens[cue.last].text == "الي":
        subject_end = cue.last  # "أشارت إلى ...": no overt subject, the content follows
    speaker: SourceRef | None = None
    relayed: list[SourceRef] = []
    subject_before = False  # SVO: the words follow the verb, no subject after it
    if value.kind == "relay":
        # "نقلت رويترز عن مسؤول أمريكي قوله إن ..." (one relay), and nested:
        # "نقلت الأناضول عن وكالة إرنا عن مسؤول إيراني قوله إن ..." → speaker the official,
        # relayed_by [IRNA, Anadolu] (innermost first).
        # not the "عن" of anonymity: "عن مسؤولَين مصريين، طلبا عدم الكشف عن هويتيهما، أن"
        abouts = [
            i
            for i in range(cue.last, subject_end)
            if tokens[i].text == "عن" and tokens[i - 1].text not in _REVEALING
        ]
        if not abouts:
            return None
        bounds = [cue.last - 1, *abouts, subject_end]
        for left, right in pairwise(bounds[:-1]):  # every segment but the last is a relay
            relay = _entity_after(doc, left + 1, right, mentions, window=right - left)
            if relay is not None:
                relayed.insert(0, relay)
        about = abouts[-1]
        # a titled source may run long: "عن قائد القوة الجوفضائية في الحرس الثوري العميد أمير
        # علي حاجي زاده قوله إن"
        titled = about + 1 < subject_end and title_matcher().match_at(
            tokens, about + 1, subject_end
        )
        window = _SUBJECT_WINDOW if titled else 6
        speaker = _entity_after(doc, about + 1, subject_end, mentions, window=window)
        if speaker is None:
            speaker = SourceRef(text=_words(doc, about + 1, min(subject_end, about + 4)))
    else:
        if _mentions_statement(doc, cue.last, subject_end, mentions):
            # "وأدان البيان اعتقال الناشطين": the statement told before speaks, not whom it
            # names; with no speaker before, its words
            previous = last_speaker.get(None)
            statement = SourceRef(text=_words(doc, cue.last, cue.last + 1))
            speaker = previous.ref if previous else statement
        issued = _issued_by(tokens, cue.last, subject_end)
        if speaker is None and issued is not None:
            # "قال بيان صادر عن الرئاسة الجزائرية إن": the presidency speaks
            speaker = _entity_after(doc, issued, subject_end, mentions, window=_SUBJECT_WINDOW)
        announced = value.kind == "speech" and complement is None  # "أعلن مقتل 27 مهرباً"
        if speaker is None and (value.kind == "act" or announced) and not cue.proclitics:
            # SVO: "غير أن إذاعة الأندلس اتهمت الطائرات الأمريكية بقتل رعاة" (the radio
            # accuses; the party after the verb is the accused), "وكان الجيش الأردني قد أعلن
            # مقتل 27 مهرباً" (the smugglers are what it announced)
            speaker = _entity_before(doc, cue.first, first, mentions, adjacent=True)
            before_cue = tokens[cue.first - 1].text if cue.first > first else ""
            if before_cue in {"،", ","}:
                speaker = None  # "وعلى الصعيد الدبلوماسي، دعا المبعوث": a new clause
            subject_before = speaker is not None
        if speaker is None and _during_it(tokens, cue.last, last):
            # "أجرى بايدن اتصالاً بنتنياهو، أكد خلاله دعمه لإسرائيل": the caller speaks
            speaker = _entity_after(doc, cue.last + 1, subject_end, mentions, window=1)
            speaker = speaker or _entity_before(doc, cue.first, first, mentions)
        if speaker is None:
            speaker = _entity_after(doc, cue.last, subject_end, mentions, window=_SUBJECT_WINDOW)
            gap = _addressee(doc, cue, first, speaker, mentions) if speaker is not None else None
            if gap is not None:
                # "، وطالب أنقرة بالكف عن ...": Ankara is asked, the speaker goes on; "اتهمت
                # المنظمة الوطنية للمجاهدين الرئيس الفرنسي بـ": the words before speak
                speaker = _unresolved_subject(doc, cue.last, gap) if gap > cue.last else None
        window_start = doc.span(tokens[cue.last].start, tokens[cue.last].start).start
        if speaker is not None and _spoken_to(doc, speaker, mentions, window_start):
            # "قالت مصادر أمنية لوكالة الأنباء الفرنسية إن": the agency heard it and passes it on
            relayed.append(speaker)
            at = _token_from(doc, _mention_start(speaker, mentions, window_start))
            speaker = (
                _entity_after(doc, at + 1, subject_end, mentions, window=4)
                if (at is not None and at + 1 < subject_end and doc.tokens[at + 1].text != "ان")
                else None
            )
            if speaker is None and not cue.proclitics and tokens[cue.first - 1].text != "،":
                # SVO: "غير أن مسؤولاً عسكرياً أمريكياً أكد لوكالة أسوشيتد برس أن ..."
                speaker = _entity_before(doc, cue.first, first, mentions, adjacent=True)
            speaker = speaker or _unresolved_subject(
                doc, cue.last, at if at is not None else cue.last
            )
            if speaker is None:
                return None
        if speaker is None:
            speaker = _entity_before(doc, cue.first, first, mentions, adjacent=True)
        if (
            speaker is None
            and cue.proclitics.startswith("و")
            and not _opens_sentence(tokens, cue, first)
        ):
            # "اتهمت لجنة الأمن القومي الجانبَ القرغيزي ...، وقالت إن": the sentence's subject.
            speaker = _entity_before(doc, cue.first, first, mentions)
        continues = cue.proclitics.startswith(("و", "ف")) or _opens_sentence(tokens, cue, first)
        if speaker is None and continues:
            previous = last_speaker.get(value.gender) or last_speaker.get(None)
            speaker = previous.ref if previous else None
        if speaker is None and complement is not None:
            speaker = _unresolved_subject(doc, cue.last, subject_end)
        if speaker is None:
            return None
        if speaker.country is None and not (speaker.entity and _international(doc, speaker)):
            fronted = _fronted_place(doc, first, cue.first)
            if fronted is not None:
                # "وفي واشنطن، قال منسق الاتصالات الاستراتيجية في مجلس الأمن القومي ..."
                speaker = SourceRef(speaker.text, speaker.entity, fronted)
            elif speaker.entity is not None:
                speaker = _sourced(doc, speaker, mentions, window_start)
    words = cue.last  # where the words begin when no complementiser opens them
    if complement is not None:
        content_start = tokens[complement].end
    elif cue.last < last and tokens[cue.last].text in _QUOTES_OPEN:
        content_start = tokens[cue.last].start
    elif cue.last + 1 < last and tokens[cue.last].text == "الي":
        content_start = tokens[cue.last + 1].start
    elif subject_before and value.kind == "speech":
        content_start = tokens[cue.last].start  # "وكان الجيش قد أعلن مقتل 27 مهرباً"
    else:
        words = min(_skip_subject(doc, cue.last, subject_end, mentions), last - 1)
        words = _past_relay_aside(tokens, words, last)
        content_start = tokens[words].start
    content_end = _content_end(doc, cue.last if complement is None else complement, last)
    if complement is None and words > cue.last:
        # "أعلنت الإمارات، بحسب ما أوردته وكالة أنباء الإمارات (وام)، قطع العلاقات": the relay
        # between the subject and the words does not end them
        content_end = _content_end(doc, words, last)
    if value.kind == "act":
        content_start, clause_end = _act_words(doc, content_start, last)
        content_end = min(content_end, clause_end)
    if content_end <= content_start:
        return None
    claim = _make(doc, speaker, cue_span, content_start, content_end, value.stance)
    claim.relayed_by.extend(relayed)
    return claim


def _act_words(doc: Document, start: int, last: int) -> tuple[int, int]:
    """Where the words of a speech act begin and end: past an aside that opens them ("أدانت
    الخارجية، في بيان نقلته وكالة الأنباء، \"الاعتداء\"") up to the next comma or semicolon,
    outside quotes ("أدان باشنيان ما وصفه بـ\"عدوان\" أذربيجان، في الوقت الذي أكدت ...")."""
    # offsets here are the normalised text's, like the tokens' (an original offset drifts from
    # them after every diacritic or tatweel earlier in the article: "قُتل", "دمّرت")
    quoted = False
    words = 0  # words seen before the first comma
    asides = 0  # commas passed: the one that opens an aside and the one that closes it
    inner_aside = False  # "وصف الصادق المهدي، أحد أبرز مكونات قوى الحرية والتغيير، ما جرى"
    tokens = doc.tokens
    for k, token in enumerate(tokens[:last]):
        if token.start < start:
            continue
        if token.text in {"«", "“"} or (token.text == '"' and not quoted):
            quoted = True
        elif token.text in {"»", "”"} or token.text == '"':
            quoted = False
        elif not quoted and token.text in {"،", ","} and inner_aside:
            inner_aside = False
            continue
        elif (
            not quoted
            and token.text in {"،", ","}
            and words
            and k + 1 < last
            and opens_apposition(tokens[k + 1].text)
        ):
            inner_aside = True
            continue
        elif not quoted and token.text in {"،", ",", "؛"}:
            if words == 0 and asides < 2:
                asides += 1
                if asides == 2:
                    start = token.end
                continue
            return start, token.start
        if asides != 1:
            words += 1
    return start, len(doc.normalized.text)


def _make(doc: Document, speaker: SourceRef, cue: Span, start: int, end: int, stance: str) -> Claim:
    content = doc.span(start, end)
    content = _trim(doc.text, content)
    return Claim(id="", speaker=speaker, cue=cue, content=content, stance=stance)


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start] in " \t،,":
        start += 1
    while end > start and text[end - 1] in " \t.،,":
        end -= 1
    return Span(start, end)


def _opens_sentence(tokens: list[Token], cue: PhraseMatch[Cue], first: int) -> bool:
    """The cue is the sentence's first verb: "كما أشارت إلى ...", "في الوقت ذاته أكدت ..."."""
    return all(
        t.kind is not TokenKind.ARABIC or len(t.text) <= 5 for t in tokens[first : cue.first]
    )


_ASIDE = 12  # tokens of a relay between commas: "، بحسب ما أوردته وكالة المغرب العربي للأنباء،"


_CARRIERS = frozenset({"relay", "according"})  # cues of an aside: "، في بيان وزّعه البيت الأبيض،"
_LONG_ASIDE = 20  # "، خلال اتصال هاتفي تلقاه من الممثل الأعلى للسياسة الخارجية ... بوريل،"


def _aside_before_words(tokens: list[Token], i: int, last: int) -> int | None:
    """The closing comma of words between commas from ``i`` on, with no verb of saying, when a
    complementiser follows it: "، في تصريحات لقناة بي إف إم تي في يوم الإثنين، أن"."""
    for j in range(i, min(last - 1, i + _LONG_ASIDE)):
        if tokens[j].text == "،":
            return j if j > i and tokens[j + 1].text in COMPLEMENTISERS else None
        cue = cue_matcher().match_at(tokens, j, last)
        if cue is not None and tokens[j - 1].text == "عدم":
            cue = None  # "طالباً عدم الكشف عن هويته": asking not to be named reveals nothing
        if tokens[j].text in COMPLEMENTISERS or (cue and cue.value.kind not in _CARRIERS):
            return None
    return None


def _complementiser(tokens: list[Token], start: int, last: int) -> int | None:
    i, stop = start, min(last, start + _SUBJECT_WINDOW + 2)
    while i < stop:
        after_comma = i > start and tokens[i - 1].text == "،"
        close = _aside_before_words(tokens, i, last) if after_comma else None
        if close is not None:
            # "قال العميد يحيى سريع، في كلمة بثتها قناة المسيرة، إن": an aside, then the words
            stop = min(last, close + 2)
            i = close + 1
            continue
        if i > start and tokens[i - 1].text == "،" and _relay_tail(tokens, i, last):
            # "نفت مصادر عسكرية، بحسب ما أوردته وكالة ...، أن": the relay is an aside
            close = next(
                (j for j in range(i, min(last, i + _ASIDE)) if tokens[j].text == "،"), None
            )
            if close is not None:
                stop = min(last, stop + close + 1 - i)
                i = close + 1
                continue
        if i > start and cue_matcher().match_at(tokens, i, last) is not None:
            return None  # the complementiser belongs to the next cue: "أكدت ... لافتة إلى أن"
        if tokens[i].text in COMPLEMENTISERS or tokens[i].text == ":":
            return i
        if tokens[i].text == "الي" and i + 1 < last and tokens[i + 1].text in COMPLEMENTISERS:
            return i + 1
        i += 1
    return None


_ISSUED = frozenset({"صادر", "الصادر", "صادره", "الصادره"})  # "بيان صادر عن", "الصادرة عن"


def _issued_by(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the issuer begins after a statement noun and "صادر عن": "بيان صادر عن الرئاسة"."""
    if start + 3 > end or not stem_in(tokens[start].text, statement_nouns()):
        return None
    if tokens[start + 1].text in _ISSUED and tokens[start + 2].text == "عن":
        return start + 3
    return None


def _mentions_statement(
    doc: Document, start: int, end: int, mentions: list[tuple[int, int, Entity]]
) -> bool:
    """ "وقال البيان ذاته", "وأدان البيان الهجوم": the statement already told speaks again. Not
    "البيان الأرميني" (an entity: the Armenian side's statement) nor "بيان صادر عن"."""
    words = [t.text for t in doc.tokens[start:end]]
    if not words or words[0] not in DEFINITE_STATEMENT_WORDS:
        return False
    if len(words) < 2 or words[1] in _SAME:
        return True
    at = doc.span(doc.tokens[start].start, doc.tokens[start].start).start
    return not any(m_start == at for m_start, _, _ in mentions) and words[1] not in _ISSUED


_EACH_OF = ["كل", "من"]
_DURING_IT = frozenset({"خلاله", "خلالها", "خلالهما", "خلالهم"})


def _during_it(tokens: list[Token], at: int, last: int) -> bool:
    """ "خلاله" right after a verb of saying: said during the call or meeting just told."""
    return at < last and tokens[at].text in _DURING_IT


def _entity_after(
    doc: Document, start: int, end: int, mentions: list[tuple[int, int, Entity]], window: int
) -> SourceRef | None:
    if start >= len(doc.tokens):
        return None
    if start + 2 < len(doc.tokens) and [t.text for t in doc.tokens[start : start + 2]] == _EACH_OF:
        start += 2  # "أعلنت كل من السعودية ومصر": the subject after "each of"
    lo = doc.span(doc.tokens[start].start, doc.tokens[start].start).start
    stop = doc.tokens[min(end, start + window, len(doc.tokens)) - 1].end
    hi = doc.span(stop, stop).start if stop < len(doc.normalized.text) else len(doc.text)
    titled = title_matcher().match_at(doc.tokens, start, end) is not None
    body_end: int | None = None  # of the body a titled subject's office belongs to
    for m_start, m_end, entity in mentions:
        # a name that starts inside the window may end after it: "قال المتحدث باسم وزارة
        # الخارجية الإيرانية ناصر كنعاني إن"
        if lo <= m_start < hi:
            gap_from = lo if body_end is None else body_end
            if _PREPOSITION_GAP.search(
                doc.normalized.text[_norm(doc, gap_from) : _norm(doc, m_start)]
            ):
                if titled and body_end is None and entity.type != "PERSON":
                    # "توعد قائد القوة الجوفضائية في الحرس الثوري العميد أمير علي حاجي زاده":
                    # the body of the office; its holder's name follows
                    body_end = m_end
                    continue
                return None  # "أكدت وقوع خسائر في صفوف القوات": the entity is inside the content
            if body_end is not None and (
                entity.type != "PERSON" or len(doc.text[body_end:m_start].split()) > 1
            ):
                return None
            person = _spokesperson_after(doc, m_end, hi, mentions) if entity.type == "ORG" else None
            return person or _ref(entity, doc.text[m_start:m_end])
    return None


def _spokesperson_after(
    doc: Document, org_end: int, hi: int, mentions: list[tuple[int, int, Entity]]
) -> SourceRef | None:
    """The person named after the organisation of a title, who speaks for it: "قال المتحدث
    العسكري باسم الحوثيين يحيى سريع", also behind a rank or a parent body: "المتحدث العسكري
    باسم الحوثيين العميد يحيى سريع", "قائد القوات الجوية في القيادة المركزية الأمريكية الفريق
    أليكسوس غرينكويتش"."""
    gap_from = org_end
    for m_start, m_end, entity in mentions:
        if m_start < org_end or m_start >= hi:
            continue
        if not _title_gap(doc, doc.text[gap_from:m_start]):
            return None
        if entity.type == "PERSON":
            return _ref(entity, doc.text[m_start:m_end])
        if entity.type != "ORG":
            return None
        gap_from = m_end  # the parent body of the title: "... في القيادة المركزية"
    return None


def _title_gap(doc: Document, between: str) -> bool:
    """Nothing, or only ranks and "في" between a title's body and its holder's name."""
    words = [Token(0, 0, w, TokenKind.ARABIC) for w in normalize_key(between).split()]
    i = 0
    while i < len(words):
        if words[i].text == "في":
            i += 1
            continue
        rank = title_matcher().match_at(words, i)
        if rank is None:
            return False
        i = rank.last
    return True


def _norm(doc: Document, original_offset: int) -> int:
    """Normalised offset of an original offset (token-aligned offsets only)."""
    # the first token ending after the offset (original ends grow with the tokens)
    i = bisect_right(doc.tokens, original_offset, key=lambda t: doc.span(t.start, t.end).end)
    return doc.tokens[i].start if i < len(doc.tokens) else len(doc.normalized.text)


_BETWEEN_SUBJECT_AND_VERB = frozenset({"", "قد"})
# a relative clause between commas that ends right before the verb
_RELATIVE_ASIDE = regex.compile(r"\s*،\s*(?:الذي|التي|الذين|اللذان|اللتان)\s[^،.]*،\s*$")


def _entity_before(
    doc: Document,
    cue_first: int,
    first: int,
    mentions: list[tuple[int, int, Entity]],
    adjacent: bool = False,
) -> SourceRef | None:
    """The subject before the verb (SVO), or the sentence's subject for a participle."""
    lo = doc.span(doc.tokens[first].start, doc.tokens[first].start).start
    hi = doc.span(doc.tokens[cue_first].start, doc.tokens[cue_first].start).start
    inside = [(s, e, ent) for s, e, ent in mentions if lo <= s and e <= hi]
    if not inside:
        return None
    if adjacent:
        relative = _RELATIVE_ASIDE.search(doc.text, lo, hi)
        if relative is not None:
            # "الرئيس قيس سعيّد، الذي استقبل ... وزير الداخلية كمال الفقي، شدد": the subject is
            # before the relative clause
            before = [(s, e, ent) for s, e, ent in inside if e <= relative.start()]
            if before:
                inside, hi = before, relative.start()
        s, e, entity = inside[-1]
        gap = doc.text[e:hi].strip(" ،,")
        if _governed_by_preposition(doc.text, s):
            return None  # "وفي لندن يقول أليكس نيوول": where, not who
        words = gap.split()
        posted = [m for p in doc.places for m in p.mentions if e < m.start and m.end <= hi]
        if 1 < len(words) <= 3 and words[0] in _POSTED_AT and posted:
            gap = ""  # "غير أن السفارة الهندية في بكين وصفت": where the subject sits
        # "وكان الرئيس المصري قد حذّر": the particle قد stands between subject and verb
        return _ref(entity, doc.text[s:e]) if gap in _BETWEEN_SUBJECT_AND_VERB else None
    s, e, entity = inside[0]
    return _ref(entity, doc.text[s:e])


_PREPOSITIONS = frozenset({"في", "من", "إلى", "الى", "على", "عن", "مع"})
_POSTED_AT = frozenset({"في", "لدى", "لدي"})  # "السفارة الهندية في بكين", "سفيرها لدى مالي"
_REVEALING = frozenset({"الكشف", "كشف", "ذكر", "الافصاح", "الاعلان"})  # "عدم الكشف عن هويته"


def _governed_by_preposition(text: str, start: int) -> bool:
    """A mention after a preposition that opens its clause: "وفي لندن يقول", "وفي برلين دعا";
    not one inside the subject's words ("غير أن مصدراً في وزارة الدفاع التركية نفى")."""
    before = text[max(0, start - 60) : start].split()  # the two words before, not the article
    word = before[-1] if before else ""
    if word[:1] in {"و", "ف"} and word[1:] in _PREPOSITIONS:
        return True
    opens = len(before) < 2 or before[-2][-1:] in {"،", ",", ".", ":"}
    return opens and word in _PREPOSITIONS


def _unresolved_subject(doc: Document, start: int, end: int) -> SourceRef | None:
    """A subject Marsad cannot tie to an entity ("أفادت مصادر ميدانية"): keep its words."""
    words = []
    for token in doc.tokens[start:end]:
        if token.kind is not TokenKind.ARABIC or token.text in {"في", "من", "ان"}:
            break
        words.append(token)
        if len(words) == 3:
            break
    if not words:
        return None
    span = doc.span(words[0].start, words[-1].end)
    close_to = _close_to(doc, start + len(words) - 1)
    if close_to is not None:  # "مصدر مقرب من حزب الله": the side it is close to
        span = doc.span(words[0].start, doc.tokens[close_to[0]].end)
        return SourceRef(text=doc.text[span.start : close_to[1]], country=close_to[2])
    located = _located_in(doc, start + len(words))
    if located is not None:  # "قالت مصادر طبية في صنعاء": sources of the place they are in
        return SourceRef(text=doc.text[span.start : located[0]], country=located[1])
    return SourceRef(text=doc.text[span.start : span.end], country=home_country(doc))


def _located_in(doc: Document, i: int) -> tuple[int, str] | None:
    """A place right after "في" at token ``i``: (end offset of its name, its country)."""
    tokens = doc.tokens
    if i + 1 >= len(tokens) or tokens[i].text != "في":
        return None
    named = doc.span(tokens[i + 1].start, tokens[i + 1].start).start
    for place in doc.places:
        for mention in place.mentions:
            if mention.start == named and place.country:
                return mention.end, place.country
    return None


def _international(doc: Document, speaker: SourceRef) -> bool:
    """An international body or its officials speak for no country: "أنطونيو غوتيريش",
    "منظمة أطباء بلا حدود", "المتحدثة باسم الاتحاد الأوروبي" (CAMEO codes IGO..., NGO...)."""
    entity = next((e for e in doc.entities if e.id == speaker.entity), None)
    return entity is not None and (entity.code or "").startswith(("IGO", "NGO"))


def _sourced(
    doc: Document, speaker: SourceRef, mentions: list[tuple[int, int, Entity]], after: int
) -> SourceRef:
    """An unnamed source's side: the one it is close to ("مصدر مقرب من حزب الله"), else the
    country of a domestic story ("قالت مصادر أمنية" in an article about Basra)."""
    start = _mention_start(speaker, mentions, after)
    mention_end = next((e for s, e, ent in mentions if s == start and ent.id == speaker.entity), 0)
    at = _token_from(doc, mention_end) if mention_end else None
    close_to = _close_to(doc, at) if at is not None else None
    if close_to is not None:
        return SourceRef(speaker.text, speaker.entity, close_to[2])
    return SourceRef(speaker.text, speaker.entity, home_country(doc))


def _fronted_place(doc: Document, first: int, cue_first: int) -> str | None:
    """The country of a place a clause opens with, before a comma and its verb of saying: "وفي
    واشنطن، قال منسق الاتصالات ..." (a speaker of that country, as a dateline tells)."""
    tokens = doc.tokens
    if cue_first - first < 3 or tokens[first].text not in {"وفي", "في"}:
        return None
    if tokens[cue_first - 1].text not in {"،", ","}:
        return None
    between = doc.span(tokens[first + 1].start, tokens[cue_first - 1].start)
    named = [
        place.country
        for place in doc.places
        for mention in place.mentions
        if between.start <= mention.start and mention.end <= between.end
    ]
    return named[0] if len(named) == 1 else None


_CLOSE = frozenset({"مقرب", "مقربه", "مقربون", "مقربين", "قريب", "قريبه", "قريبون", "قريبين"})


def _close_to(doc: Document, i: int) -> tuple[int, int, str | None] | None:
    """A source "close to" a named side at token ``i`` ("مصدر مقرب من حزب الله"): (token of من,
    end offset of the side's name, its country)."""
    tokens = doc.tokens
    if i + 2 >= len(tokens) or tokens[i].text not in _CLOSE or tokens[i + 1].text != "من":
        return None
    named = doc.span(tokens[i + 2].start, tokens[i + 2].start).start
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.start == named:
                return i + 1, mention.end, entity.country
    return None


def _skip_subject(
    doc: Document, start: int, end: int, mentions: list[tuple[int, int, Entity]]
) -> int:
    """First token after the overt subject, for content without a complementiser."""
    subject = _entity_after(doc, start, end, mentions, window=4)
    if subject is None:
        return start
    # the subject's mention after the cue: "وفي أبوظبي، أعلنت الإمارات ..." (the capital before
    # it is a mention of the same state)
    subject_end = _mention_end(subject, mentions, _norm_to_original(doc, start))
    for i in range(start, end):
        if _norm_to_original(doc, i) >= subject_end:
            return _past_joined_subjects(doc, i, end, mentions)
    return start


def _past_joined_subjects(
    doc: Document, i: int, end: int, mentions: list[tuple[int, int, Entity]]
) -> int:
    """Past the parties joined with و to the subject: "أعلنت كل من السعودية ومصر والأردن،
    في بيانات منفصلة، تضامنها" (the words begin after the last of them)."""
    while i < end and doc.tokens[i].text.startswith("و"):
        at = _norm_to_original(doc, i) + 1  # after the و
        joined = next((e for s, e, _ in mentions if s == at), None)
        if joined is None:
            return i
        i = next((k for k in range(i, end) if _norm_to_original(doc, k) >= joined), end)
    return i


def _norm_to_original(doc: Document, index: int) -> int:
    """The original offset where token ``index`` begins."""
    token = doc.tokens[index]
    return doc.span(token.start, token.end).start


def _mention_end(ref: SourceRef, mentions: list[tuple[int, int, Entity]], after: int) -> int:
    """Where the first mention of the entity of ``ref`` from ``after`` on ends."""
    return next((e for s, e, ent in mentions if ent.id == ref.entity and s >= after), 0)


def _content_end(doc: Document, start: int, last: int) -> int:
    """End of the content: the sentence end, or before a trailing relay ("، وفق ما نقلته ...")."""
    tokens = doc.tokens
    for i in range(start, last - 1):
        if tokens[i].text == "،" and _relay_tail(tokens, i + 1, last):
            return tokens[i].start
    return tokens[last - 1].end


def _past_relay_aside(tokens: list[Token], i: int, last: int) -> int:
    """The first token after a relay between commas at ``i`` ("، بحسب ما أوردته وكالة ...،"),
    else ``i``."""
    if tokens[i].text != "،" or not _relay_tail(tokens, i + 1, last):
        return i
    close = next((j for j in range(i + 1, min(last, i + _ASIDE)) if tokens[j].text == "،"), None)
    return close + 1 if close is not None and close + 1 < last else i


def _relay_tail(tokens: list[Token], i: int, last: int) -> bool:
    window = [t.text for t in tokens[i : min(last, i + 6)]]
    starts = ("وفق", "حسب", "بحسب", "وفقا", "نقلا", "طبقا")
    return bool(window) and window[0] in starts


_ABOUT_IT = frozenset({"به", "بها"})  # "وفق ما أفاد به مسؤول"


def _told_by(tokens: list[Token], cue: PhraseMatch[Cue], last: int) -> int | None:
    """Where the speaker begins in "بحسب ما أفادت مصادر أمنية", "حسبما قال مسؤول", "وفق ما
    قاله مسؤول عسكري لوكالة فرانس برس": a verb of saying after the cue's "ما"."""
    i = cue.last
    if not tokens[cue.last - 1].text.endswith("ما"):
        if i >= last or tokens[i].text != "ما":
            return None
        i += 1
    if i >= last:
        return None
    said = cue_matcher().match_at(tokens, i, last)
    if said is None and tokens[i].text.endswith("ه"):
        # the verb with the pronoun of what was said: "وفق ما قاله مسؤول", "حسبما ذكرته الوزارة"
        bare = tokenize(tokens[i].text[:-1])
        said = cue_matcher().match_at(bare, 0) if bare else None
    if said is None or said.value.kind != "speech":
        return None
    i += 1
    if i < last and tokens[i].text in _ABOUT_IT:
        i += 1
    return i if i < last else None


def _told_claim(
    doc: Document,
    cue: PhraseMatch[Cue],
    start: int,
    first: int,
    last: int,
    mentions: list[tuple[int, int, Entity]],
) -> Claim | None:
    """The claim of "according to what X said (to an outlet)": X speaks, the outlet relays."""
    end = next((j for j in range(start, last) if doc.tokens[j].text in _CLAUSE_ENDS), last)
    speaker = _entity_after(doc, start, end, mentions, window=6)
    relayed: list[SourceRef] = []
    window_start = doc.span(doc.tokens[start].start, doc.tokens[start].start).start
    if speaker is not None and _spoken_to(doc, speaker, mentions, window_start):
        relayed.append(speaker)
        at = _token_from(doc, _mention_start(speaker, mentions, window_start))
        speaker = _unresolved_subject(doc, start, at if at is not None else end)
    if speaker is None:
        speaker = _unresolved_subject(doc, start, end)
    if speaker is None:
        return None
    if not relayed:  # "وفق ما قاله مسؤول عسكري لوكالة فرانس برس": the agency heard it
        lo = doc.span(doc.tokens[start].start, doc.tokens[start].start).start
        hi = doc.span(doc.tokens[end - 1].end, doc.tokens[end - 1].end).start
        for m_start, m_end, entity in mentions:
            ref = _ref(entity, doc.text[m_start:m_end])
            if lo < m_start < hi and ref != speaker and _spoken_to(doc, ref, mentions, m_start):
                relayed.append(ref)
                break
    if not relayed and speaker.entity is not None:
        # "بحسب ما أفاد مصدر أمني لبناني وكالة فرانس برس": the outlet is the verb's object
        spoken = _mention_end(speaker, mentions, window_start)
        relayed += [
            _ref(entity, doc.text[m_start:m_end])
            for m_start, m_end, entity in mentions
            if spoken
            and m_start > spoken
            and not doc.text[spoken:m_start].strip()
            and entity.sector in _OUTLET_SECTORS
        ][:1]
    content_start, content_end = _according_content(doc, cue, first, last, speaker)
    claim = _make(
        doc, speaker, doc.span(cue.start, cue.end), content_start, content_end, cue.value.stance
    )
    claim.relayed_by.extend(relayed)
    return claim


_CLAUSE_ENDS = frozenset({"،", ".", "؛", ":"})


def _according_content(
    doc: Document, cue: PhraseMatch[Cue], first: int, last: int, speaker: SourceRef
) -> tuple[int, int]:
    tokens = doc.tokens
    if cue.first == first:  # "بحسب الوزارة، فإن ..." : the content follows the source
        comma = next((i for i in range(cue.last, last) if tokens[i].text == "،"), None)
        start = (
            tokens[comma + 1].start
            if comma is not None and comma + 1 < last
            else tokens[cue.last].start
        )
        return start, tokens[last - 1].end
    end = tokens[cue.first - 1].end  # "... قصفت المدينة، بحسب الوزارة"
    return tokens[first].start, end


_OUTLET_SECTORS = frozenset({"JRN", "MED"})


def _spoken_to(
    doc: Document, ref: SourceRef, mentions: list[tuple[int, int, Entity]], after: int
) -> bool:
    """A news outlet named with ل ("لوكالة الأنباء الفرنسية", "لقناة الجزيرة") at its first
    mention from ``after`` on: the source spoke to it, it does not speak."""
    start = _mention_start(ref, mentions, after)
    entity = next((ent for s, _, ent in mentions if s == start and ent.id == ref.entity), None)
    if entity is None or entity.sector not in _OUTLET_SECTORS:
        return False
    # "لوكالة الأنباء الفرنسية", "لـ"الشرق الأوسط"" (the lam set apart before quotes), and
    # "لقناة "الجزيرة"" (the lam on the kind of outlet, the name in quotes)
    raw = doc.text[max(0, start - 12) : start]
    if raw.endswith("ل"):
        return True
    words = raw.rstrip(" \"«“'ـ").split()
    word = normalize_key(words[-1]) if words else ""
    return word == "ل" or (word.startswith("ل") and word[1:] in outlet_heads())


def _mention_start(ref: SourceRef, mentions: list[tuple[int, int, Entity]], after: int) -> int:
    """Where the first mention of the entity of ``ref`` from ``after`` on begins."""
    return next((s for s, _, ent in mentions if ent.id == ref.entity and s >= after), -1)


def _token_from(doc: Document, original_offset: int) -> int | None:
    """Index of the first token that begins at or after an original offset."""
    to_original = doc.normalized.to_original_start
    i = bisect_left(doc.tokens, original_offset, key=lambda token: to_original(token.start))
    return i if i < len(doc.tokens) else None


def _relays(
    doc: Document,
    relays: list[PhraseMatch[Cue]],
    claim: Claim,
    mentions: list[tuple[int, int, Entity]],
    last: int,
) -> list[SourceRef]:
    found = []
    for relay in relays:
        if relay.value.kind == "according":
            # "وقال، بحسب بيان لوزارة الخارجية الصينية، إن ...": the statement that carried
            # the words, outside them
            at = doc.span(relay.start, relay.end)
            if at == claim.cue or claim.content.start <= at.start < claim.content.end:
                continue
            ref = _statement_source(doc, at.end, mentions)
            if ref is not None and ref.entity != claim.speaker.entity:
                found.append(ref)
            continue
        if _is_source_relay(doc.tokens, relay, last) or not _passes_a_statement(doc.tokens, relay):
            continue
        ref = _entity_after(doc, relay.last, last, mentions, window=6)
        if ref is not None and ref.entity != claim.speaker.entity:
            found.append(ref)
    found.extend(r for r in _platforms(doc, claim) if r not in [*found, *claim.relayed_by])
    # the outlet the speaker talked to, before the words: "نفى مصدر، في حديث لوكالة الأنباء
    # الفرنسية، أن ...", "في تصريحات لقناة القاهرة الإخبارية"
    for start, end, entity in mentions:
        fronted = _fronted_outlet(doc, end, claim.cue.start)
        if claim.cue.end <= start < claim.content.start or fronted:
            ref = _ref(entity, doc.text[start:end])
            new = all(r.entity != ref.entity for r in [*found, *claim.relayed_by])
            outlet = ref.entity != claim.speaker.entity and _spoken_to(doc, ref, mentions, start)
            if new and outlet:
                found.append(ref)
    return found


_FRONTED_OUTLET_GAP = 20  # characters: a nisba and a comma ("الجزائرية، ")


def _fronted_outlet(doc: Document, mention_end: int, cue_start: int) -> bool:
    """A mention that ends a phrase set before the verb of saying: "وفي تصريح لصحيفة "الخبر"
    الجزائرية، قال مصدر أمني جزائري إن" (the newspaper heard it)."""
    if not 0 <= cue_start - mention_end <= _FRONTED_OUTLET_GAP:
        return False
    between = doc.text[mention_end:cue_start]
    return "،" in between and len(between.split()) <= 2 and "." not in between


_PLATFORM_HEADS = frozenset({"منصه", "موقع", "تطبيق"})  # "منصة "إكس"", "موقع فيسبوك"


def _platforms(doc: Document, claim: Claim) -> list[SourceRef]:
    """Social platforms named between the verb of saying and the words (or in the cue's
    clause before them): "قال أدرعي، في منشور على منصة "إكس"، إن", "كتب في تغريدة على تويتر
    أن" (resources/claims/platforms.txt)."""
    tokens = doc.tokens
    found: list[SourceRef] = []
    lo = _token_from(doc, claim.cue.end)
    hi = _token_from(doc, claim.content.start)
    for i in range(lo if lo is not None else len(tokens), hi if hi is not None else len(tokens)):
        word = tokens[i].text
        name = word[1:] if word[:1] in {"ب", "ل"} and word[1:] in platform_names() else word
        if name not in platform_names():
            continue
        first = i
        while first > 0 and tokens[first - 1].text in _QUOTES_OPEN | {'"'}:
            first -= 1
        if first > 0 and tokens[first - 1].text in _PLATFORM_HEADS:
            first -= 1
        last = i + 1 if i + 1 < len(tokens) and tokens[i + 1].text in {'"', "»", "”"} else i
        span = doc.span(tokens[first].start, tokens[last].end)
        found.append(SourceRef(text=doc.text[span.start : span.end]))
    return found


@cache
def platform_names() -> frozenset[str]:
    return frozenset(normalize_key(w) for w in read_word_list("claims/platforms.txt"))


def _statement_source(
    doc: Document, after: int, mentions: list[tuple[int, int, Entity]]
) -> SourceRef | None:
    """Whose statement an "according" cue names: "بحسب بيان لوزارة الخارجية الصينية", "وفق
    بيان الرئاسة", "بحسب الوكالة"."""
    for m_start, m_end, entity in mentions:
        if m_start < after:
            continue
        words = normalize_key(doc.text[after:m_start]).split()
        if all(w == "ل" or stem_in(w, statement_nouns()) for w in words) and len(words) <= 3:
            return _ref(entity, doc.text[m_start:m_end])
        return None
    return None


_STATEMENT_REACH = 3  # words between a statement noun and its relay verb: "في مقطع مصور نشرته"


def _passes_a_statement(tokens: list[Token], relay: PhraseMatch[Cue]) -> bool:
    """A relay verb with an object pronoun passes on a statement named just before it ("في
    بيان نقلته وام", "بحسب ما أوردته الوكالة"); otherwise the pronoun is someone else ("نقلها
    إلى المستشفى": took her to hospital)."""
    verb = tokens[relay.last - 1].text
    if relay.last - relay.first > 1 or not verb.endswith(_OBJECT_PRONOUNS):
        return True
    before = [t.text for t in tokens[max(0, relay.first - _STATEMENT_REACH) : relay.first]]
    if before[-1:] == ["ما"] and relay.first >= 2:
        # "وصفت السفارة ما نشرته وسائل إعلام صينية بأنه تضليل": what the media published is
        # the object of a speaker's own words, not a statement they pass on
        governor = cue_matcher().match_at(tokens, relay.first - 2, relay.first - 1)
        return governor is None or governor.value.kind not in {"speech", "act"}
    return "ما" in before[-1:] or any(stem_in(w, statement_nouns()) for w in before)


def _unnamed_source(tokens: list[Token], at: int, last: int) -> bool:
    """An unnamed source right after "بحسب" / "وفق": "مصادر محلية", "شهود عيان"."""
    if at >= last:
        return False
    word = tokens[at].text
    for prefix in ("ل", "ال", "لل", ""):  # "وفقاً لمصادر", "بحسب المصادر"
        if word.startswith(prefix) and word[len(prefix) :] in unnamed_sources():
            return True
    return False


@cache
def state_agencies() -> frozenset[str]:
    return frozenset(read_word_list("claims/state_agencies.txt"))


@cache
def unnamed_sources() -> frozenset[str]:
    return frozenset(normalize_key(w) for w in read_word_list("claims/unnamed_sources.txt"))


@cache
def statement_nouns() -> frozenset[str]:
    return frozenset(read_word_list("claims/statements.txt"))


def _words(doc: Document, start: int, end: int) -> str:
    if start >= end:
        return ""
    span = doc.span(doc.tokens[start].start, doc.tokens[end - 1].end)
    return doc.text[span.start : span.end]


def _continue_statement(
    doc: Document, sentence: object, claims: list[Claim], last_speaker: dict[str | None, _Speaker]
) -> None:
    """A sentence opening with a speech participle goes on with the previous claim."""
    first = sentence.first_token  # type: ignore[attr-defined]
    last = sentence.last_token  # type: ignore[attr-defined]
    if first >= last:
        return
    cue = cue_matcher().match_at(doc.tokens, first, last)
    if cue is None or cue.value.kind != "participle":
        return
    previous = claims[-1]
    content = doc.span(doc.tokens[first].start, doc.tokens[last - 1].end)
    claims.append(
        Claim(
            id=f"C{len(claims) + 1}",
            speaker=previous.speaker,
            cue=doc.span(cue.start, cue.end),
            content=_trim(doc.text, content),
            relayed_by=list(previous.relayed_by),
            stance=cue.value.stance,
        )
    )
