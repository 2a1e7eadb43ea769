"""PLOVER event coding for one document: triggers, actors, recipients, status.

For each trigger the coder looks at the actor mentions of its sentence:

- a verb's actor is its subject: the mention right after it (VSO: "شنّت القوات الإسرائيلية غارات")
  or the nearest one before it in the same clause (SVO: "أذربيجان شنّت قصفاً"); "قيام X بـ<masdar>"
  makes X the actor; a verb followed by a number is read as passive ("قُتل ثلاثة جنود": no actor);
- a verbal noun's actor is the subject of the clause it sits in ("أجرى باشنيان محادثات");
- a sentence-initial participle continues the previous claim's speaker ("محمّلةً حكومة يريفان ...");
- the recipient is the first participant after the trigger (object, or after على / ضد / بحق / إلى /
  مع / بين), including a bare nationality adjective ("مواقع عسكرية أرمينية");
- two-sided events ("اشتباكات بين X وY", "تبادلت الدولتان الاتهامات") put both sides in actors;
  "الطرفين / الجانبين / البلدين" are the two countries the article is about;
- "مع كلّ من X، وY" splits a CONSULT into one event per partner.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, partial

from marsad.claims.attribution import DEFINITE_STATEMENT_WORDS, statement_nouns
from marsad.claims.framing import framing_notes
from marsad.doc import Claim, Document, Event, Participant, Place, Trigger
from marsad.entities.coref import two_sides
from marsad.entities.countries import country_matcher, is_country
from marsad.entities.lexicon import (
    agent_matcher,
    backs_what_precedes,
    name_stopwords,
    office_prefixes,
    quantity_words,
    title_matcher,
)
from marsad.entities.offices import office_bodies
from marsad.entities.recognize import in_portfolio, past_affairs
from marsad.events.lexicon import (
    CHARACTERISATION,
    accident_cue_matcher,
    adverbial_participles,
    agent_marker_matcher,
    attack_heads,
    attacks_by_genitive,
    characterisation_matcher,
    companion_cue_matcher,
    control_verbs,
    describing_verbs,
    doer_clause_matcher,
    expressing_participles,
    future_lookalikes,
    initial_verbs,
    intercepted_weapon_matcher,
    launched_weapon_matcher,
    mode_matcher,
    named_after_cities,
    noun_homographs,
    place_homographs,
    possessed_targets,
    protected_cue_matcher,
    protest_target_matcher,
    protester_matcher,
    regretted_acts,
    status_matcher,
    trigger_entry,
    trigger_matcher,
    two_sides_words,
    undergo_verbs,
    venue_verbs,
    weapon_after_bi,
)
from marsad.events.lexicon import Trigger as LexTrigger
from marsad.places.locate import (
    called_enemy,
    dateline_places,
    home_country,
    named_often,
    places_in_span,
    story_sides,
)
from marsad.places.resolve import PLACE_NOUNS
from marsad.text.clitics import segment, stem_candidates, stem_in
from marsad.text.matcher import PhraseMatch, opens_long_aside
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token, TokenKind, tokenize
from marsad.times.dating import date_for
from marsad.times.lexicon import time_lexicon

_CLAUSE_BREAKS = frozenset({"،", "؛", ":", ".", "؟", "!", "(", ")"})
_RECIPIENT_PREPOSITIONS = frozenset({"علي", "ضد", "بحق", "الي", "مع", "بين", "عن"})
_COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "بان", "لان"})
# Not "في": "استخدمت القوات في الهجوم طائرات" names the doer before "في الهجوم".
_CIRCUMSTANCE = frozenset({"جراء", "اثر", "بسبب", "عقب"})
_DURING = frozenset({"في", "خلال", "اثناء"})
_CASUALTY_WORDS = frozenset(
    {"قتيل", "قتيلا", "قتلي", "جريح", "جرحي", "بجروح", "اصيب", "اصيبت", "اصيبوا", "مصرع",
     "مقتل", "ضحايا", "ضحيه", "حتفه", "حتفهم", "حتفها", "حتفهما", "مصرعه", "مصرعهم",
     "مصرعها", "مصرعهما", "مصابين", "اصابه", "جروح", "جرح"}
)  # fmt: skip
_PASSIVE_PRONE = ("قتل", "اغتيل", "خطف", "اختطف", "اعدم", "ذبح")
# Sectors of people who bear arms: an armed noun after "قتل" is read as its doer.
_ARMED_SECTORS = frozenset({"MIL", "COP", "UAF", "REB", "PRM", "SPY", "CRM"})
_NO_OBJECT = frozenset(
    {"في", "جراء", "اثر", "بعد", "بعدما", "خلال", "عندما", "بينما", "حين", "اثناء",
     "برصاص", "بنيران", "بانفجار", "بقصف", "بهجوم", "بغاره", "بينهم", "بينهن", "بينهما"}
)  # fmt: skip
# Instruments and manner nouns right after a killing verb make it passive: "الذي قتل حرقاً"
# (burnt to death), "قتل رمياً بالرصاص".
_INSTRUMENTS = frozenset(
    {"بالرصاص", "بالسكاكين", "بالسكين", "بالحجاره", "بالهراوات", "رميا", "حرقا", "خنقا",
     "ذبحا", "طعنا", "شنقا", "ضربا"}
)  # fmt: skip
_SELF = frozenset({"نفسه", "نفسها", "انفسهم", "نفسيهما", "انفسهما"})
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
_QIYAM = frozenset({"قيام", "بقيام"})  # "قيام القوات الأرمينية باستهداف ...": the doer of a masdar
_QAMA = frozenset(
    {"قام", "قامت", "قاموا", "قاما", "يقوم", "تقوم", "يقومون", "وقام", "وقامت", "وقاموا",
     "ويقوم", "وتقوم", "فقام", "فقامت"}
)  # fmt: skip
# "فردّ الجنود الإسرائيليون بإطلاق النار": the one who answers does the act after بـ
_ANSWERED_WITH = frozenset(
    {"رد", "ردت", "ردوا", "يرد", "ترد", "يردون", "فرد", "فردت", "فردوا", "ورد", "وردت", "وردوا"}
)  # fmt: skip
_LOCATIVE = frozenset(
    {"في", "قرب", "داخل", "الحدود", "بين", "حدود", "شمال", "جنوب", "شرق", "غرب", "وسط"}
    | {"شمالي", "جنوبي", "شرقي", "غربي"}  # "في مدينة تعز جنوبي اليمن"
)
_SUBJECT_REACH = 4
_SPEECH_OPENERS = frozenset({":", "«", '"', "“"})
_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})
_TITLED_SUBJECT_REACH = 8
_UNDERGOER_GAP = 10
_EXERCISE_NAME_REACH = 7  # the exercise's name may stand before بين: مناورات "مرجان 17" البحرية بين
_EXERCISE_SUBJECT_REACH = 10
_PREPOSITION_GAP = 3
_GOVERNOR_PREPOSITIONS = frozenset({"الي", "من", "علي", "في", "عن"})
# standalone; a joined ب or ل leans on its noun: "وعد الرئيس الفرنسي ماكرون نظيره بحشد الدعم"
_LONE_PREPOSITIONS = _GOVERNOR_PREPOSITIONS | {"مع"}
_IDIOM_GAP = 6  # a VSO subject of other idioms: "رفعت الحكومة المؤقتة في بنغلاديش الحظر"
# Idioms whose subject may fill the whole gap: "لوّح الرئيس التركي رجب طيب أردوغان بشن عملية".
_LONG_SUBJECT_TYPES = frozenset({"ACCUSE", "ASSAULT", "THREATEN"})
_APPROXIMATORS = frozenset({"نحو", "حوالي", "قرابه", "زهاء"})  # "قُتل نحو 30": about 30
_IN_FRONT_OF = frozenset({"امام", "وامام"})
_OWN = frozenset({"ه", "ها", "هم"})
_POSSESSED_NOUN = ("ته", "تها", "تهم")  # a verbal noun in ة with a pronoun: "مطالبته", "دعوتها"
_PREPOSITIONS_WITH_PRONOUN = frozenset(
    {"عليه", "عليها", "عليهم", "فيه", "فيها", "منه", "منها", "منهم", "له", "لها", "لهم", "به",
     "بها", "بهم", "عنه", "عنها", "اليه", "اليها", "معه", "معها", "بعده", "قبله"}
)  # fmt: skip
_KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
_EXCHANGE = frozenset(
    {"تبادل", "تبادلت", "تبادلوا", "تبادلا", "يتبادل", "تتبادل", "يتبادلان", "تبادلتا"}
)  # tokens between a verb and its subject: "شنّت، أمس، القوات ..."
_COMMAS = frozenset({"،", ","})
# Speech-act events are done by the speaker even inside the claim ("أكدت باكو أن ... تتحمل").
_GOING_ON = frozenset({"بل", "ثم"})  # words that join a verb to the clause before
_SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


@dataclass(slots=True)
class Party:
    """A participant candidate: an entity mention, or a bare nisba ("أرمينية")."""

    token: int  # first token index
    end_token: int
    text: str
    entity: str | None
    country: str | None
    sector: str | None
    code: str | None
    kind: str | None = None  # the entity's type (PERSON, ORG, NORP ...); None for a bare nisba

    def participant(self) -> Participant:
        return Participant(self.text, self.entity, self.country, self.sector, self.code)


@dataclass(slots=True)
class _Found:
    trigger: PhraseMatch[LexTrigger]
    sentence: int
    actors: list[Party] = field(default_factory=list)
    recipients: list[Party] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    kind: str | None = None  # a PLOVER type other than the trigger's, when its context says so
    # who asked is named after "بطلب من": no subject of the verbs that follow
    asked_by_preposition: bool = False


def code_events(doc: Document) -> list[Event]:
    article_sides = two_sides(doc)
    parties = _parties(doc)
    events: list[Event] = []
    for index, sentence in enumerate(doc.sentences):
        sides = _recent_sides(events, index) or article_sides
        first, last = sentence.first_token, sentence.last_token
        opening = _dateline_end(doc.tokens, first, last, parties)
        in_sentence = [
            p for p in parties if opening <= p.token < last and not _told_to(doc.tokens, p)
        ]
        covered = {i for p in in_sentence if p.entity for i in range(p.token, p.end_token)}
        previous: PhraseMatch[LexTrigger] | None = None
        previous_asked = False  # whether the previous trigger is an act asked for or threatened
        asker: PhraseMatch[LexTrigger] | None = None  # the last verb of request or agreement
        subject: list[Party] = []  # of the last verb: "انتقد روبن ...، ودعا إلى ..." shares it
        doers: dict[str, list[Party]] = {}  # of the last event of each type in the sentence
        accused: list[Party] = []  # the recipients of the sentence's last accusation
        answers: list[Event] = []  # "وهو ما رفضته الخارجية": replies to the act told before
        coded_here: list[tuple[PhraseMatch[LexTrigger], Event]] = []
        matches = _characterised(
            doc.tokens, trigger_matcher().find_all(doc.tokens, first, last), first, last
        )
        recalls_meeting = _recalls_a_meeting(doc.tokens, matches, first)
        # Split idioms are coded after the other triggers; an attack noun after one still tells
        # how it happened: "لقي سبعة مدنيين مصرعهم في قصف عشوائي".
        blocked_starts = {m.first for m in matches if m.value.role == "block"}
        idioms, blocked_objects = _split_idioms(doc, first, last, blocked_starts, covered)
        # "أجرت القوات المصرية والسعودية مناورات مشتركة": the object is a longer trigger of its
        # own (COOPERATE) and is coded instead of the verb's idiom (MOBILIZE "أجرى مناورات")
        objects = {m.first: m for m in matches if m.value.role != "block"}
        idioms = [i for i in idioms if not _object_says_more(i, objects.get(i.rest_first or -1))]
        # "أكد الرئيس دعم القاهرة الكامل لأمن السودان": the object names its own doer and is
        # coded instead of the verb's idiom ("أكد دعم")
        idioms = [
            i
            for i in idioms
            if not _object_with_its_doer(doc.tokens, objects.get(i.rest_first or -1), in_sentence)
        ]
        idiom_modes: dict[int, list[str]] = {
            m.start: [] for m in idioms if m.value.type == "ASSAULT"
        }  # fmt: skip
        for match in matches:
            doer = _act_heading_its_doer(match, in_sentence)
            named_party = match.value is CHARACTERISATION  # "بأنهم إرهابيون" is no entity
            if match.value.role == "block" or (
                match.first in covered and doer is None and not named_party
            ):
                continue
            if match.value.imperfect and _with_article(match):
                continue  # "التدين الإلكتروني": a noun, no imperfect verb takes the article
            if match.value.role == "involvement" and not _involved_in_attack(match, matches):
                continue  # "متورط في قضايا فساد": involved in no attack
            if match.value.role == "party_genitive" and not _doer_in_genitive(
                doc.tokens, match, in_sentence
            ):
                continue  # "دعم الوقود" is a subsidy; "دعم القاهرة لأمن السودان" is Cairo's support
            object_of_verb = _known_act_as_object(previous, match)
            asking = _nearest_before(match, previous, idioms)
            threatened = (
                _threatened(doc.tokens, previous, match)
                or _requested(doc.tokens, asking, match)
                # "بتقديم اعتذار رسمي وسحب قواتها": the next act the same verb asks for
                or (previous_asked and _requested(doc.tokens, asker, match))
            )
            if match.value.type in _ASKING_TYPES:
                asker = match
            if match.value.role != "visitor":  # "وصلت المساعدات": no verb of the aid's
                previous, previous_asked = match, threatened
            if threatened:
                continue  # "هدد الرئيس إيران بعقوبات": the sanctions are the threat, not imposed
            if _recalled_for_consultations(doc.tokens, match, matches, idioms):
                continue  # "استدعت فرنسا سفيرها في واشنطن للتشاور": a recall, no talks held
            if _halted(doc.tokens, asking, match):
                continue  # "تعليق مشاركته في محادثات جدة": the talks it leaves, none held
            if _any_such(doc.tokens, match, first) and not _denied(
                doc, match, _claim_at(doc, match.start)
            ):
                continue  # "سنرد على أي هجوم": any attack, none that happened
            if _provided_for(doc.tokens, match, first):
                continue  # "مذكرة تفاهم تنص على تبادل المعلومات": a provision, not an exchange
            if _a_right_to(doc.tokens, match, first):
                continue  # "حق العراقيين في التظاهر السلمي": a right, no protest held
            if _charged_with(doc.tokens, match, first):
                continue  # "اعتقل ثلاثة بتهمة قتل شرطي": the charge of a case, no report of it
            if _after_cue(doc.tokens, match, first, "condition", _CONDITION_REACH):
                continue  # "إذا هاجمت إيران إسرائيل": a condition, nothing that happened
            if _asked(doc.tokens, match, first, last):
                continue  # "هل تنسحب القوات التركية من شمال سوريا؟": a question asserts nothing
            if object_of_verb:
                continue  # "انتقد السيناتور الاتفاق النووي": criticism of a known deal, no new deal
            if _inside_time(doc, match):
                continue  # "فجر الثلاثاء" is dawn on Tuesday, not "فجّر" (detonated)
            if _noun_homograph(doc.tokens, match, last):
                continue  # "طالب تونسي" is a Tunisian student, not "طالَبَ" (demanded)
            if _inside_a_clause(doc.tokens, match, first):
                continue  # "12 مليون طالب": students; "وطالب المعلمون" heads its clause
            if _passive_participle(doc.tokens, match):
                continue  # "أنواع مهددة بالانقراض": endangered, nobody threatens
            if match.value.role == "warning" and not _consequence_to_come(doc.tokens, match, last):
                continue  # "حذر من أن الوضع الإنساني كارثي": a warning, no threat
            word = doc.tokens[match.first].text[len(match.proclitics) :]
            if match.last - match.first == 1 and _names_a_place(
                doc, match.first, word, first, last
            ):
                continue  # "في مقاطعة سيسكيو" is a province, not a boycott
            if _accidental(doc.tokens, match, last):
                continue  # "لقي أربعة أشخاص مصرعهم جراء حادث اصطدام": no attack
            if any(_in_rest(i, match.first) for i in idioms):
                # "تبادل الجيشان ... إطلاق النار", "أعرب الوزير عن دعم بلاده": the object of a
                # split idiom
                continue
            if match.first in blocked_objects:
                continue  # "دفع الشعب السوري ثمن الحرب": the price paid, not "ثمّن" (praised)
            if _during_it(doc.tokens, match, matches, idioms, events, index):
                continue  # "تلقى اتصالاً ...، بحث خلاله الجانبان ...": what the call was about
            if match.last == match.first + 1 and any(i.first == match.first for i in idioms):
                continue  # "تعهد التنظيم بالانتقام": the split idiom is coded, not "تعهد" alone
            if not subject and match.value.verbal and match.proclitics[:1] in {"و", "ف"}:
                # "فتح رجل النار داخل صالة سينما فقتل امرأتين": the subject of the split idiom
                # before, which is coded after this loop
                code = partial(
                    _code_trigger, doc, index=index, first=first, last=last,
                    parties=in_sentence, sides=sides, story=article_sides,
                )  # fmt: skip
                subject = _idiom_subject(idioms, match, code)
            coded = _code_trigger(
                doc, match, index, first, last, in_sentence, sides, subject, article_sides
            )
            resulting = _result_of_previous(doc.tokens, match, first)
            answered = _answers_what(doc.tokens, match, first)
            coded = [f for f in coded if _role_keeps(doc, match, f)]
            for found in coded:
                if doer is not None:
                    found.actors = _same_span([doer], in_sentence)
                _joined_speakers(doc, found, in_sentence)
                _joint_statement_partners(doc.tokens, found)
                if not found.actors and _accused_of(doc.tokens, match, accused):
                    # "اتهمت الحكومة الحوثيين بشن هجوم على المطار": the accused did it
                    _give_doers(found, accused)
                if resulting:  # "قصفت الطائرات مواقع ...، مما أسفر عن مقتل ثلاثة": the same doer
                    _give_doers(found, doers.get(match.value.type, []))
                if recalls_meeting and _same_meeting(found, events):
                    continue
                own_subject = found.actors and not found.asked_by_preposition
                if match.value.verbal and not _with_article(match) and own_subject:
                    subject = found.actors
                if _absorbed(doc, found, events, first, idiom_modes, idioms):
                    continue
                if own_subject:
                    doers[match.value.type] = found.actors
                if answered and match.value.type in _ANSWERS:
                    # "وهو ما تنفيه رواندا": the pronoun on the verb resumes "ما", the clause
                    # before, and names no party before it
                    found.recipients = [p for p in found.recipients if p.token > match.first]
                if match.value.cameo == "112" and found.recipients:
                    accused = found.recipients
                events.append(_event(doc, found, len(events) + 1))
                coded_here.append((match, events[-1]))
                if answered and match.value.type in _ANSWERS and not found.recipients:
                    answers.append(events[-1])
                if match.value.role == "by_agent":
                    _passive_before(doc, events[-1], events)
        for match in _not_yet_coded(doc, idioms, events, index):
            if _accidental(doc.tokens, match, last):
                continue  # "لقي تسعة أشخاص مصرعهم بحادث تحطم طائرة"
            if _provided_for(doc.tokens, match, first):
                continue  # "من المقرر أن يوقع الجانبان اتفاقاً": planned, not signed yet
            if _after_cue(doc.tokens, match, first, "condition", _CONDITION_REACH):
                continue  # "إذا شنت إسرائيل هجوماً": a condition
            if match.value.role == "warning" and not _consequence_to_come(doc.tokens, match, last):
                continue  # "حذر الأمين العام من أن الوضع كارثي"
            for found in _code_trigger(
                doc, match, index, first, last, in_sentence, sides, story=article_sides
            ):
                if not _role_keeps(doc, match, found):
                    continue
                found.modes += idiom_modes.get(match.start, [])
                events.append(_event(doc, found, len(events) + 1))
                coded_here.append((match, events[-1]))
        for match, active in _launched_weapons(doc.tokens, first, last, matches, idioms):
            for found in _code_trigger(
                doc, match, index, first, last, in_sentence, sides, story=article_sides
            ):
                # the clause's subject launched them ("أطلقها الحوثيون"); a passive names no one
                reach = match.last + 3 if active else match.last
                found.actors = [p for p in in_sentence if match.last <= p.token < reach][:1]
                found.recipients = [p for p in found.recipients if p not in found.actors]
                events.append(_event(doc, found, len(events) + 1))
        for found in _obligations(doc, index, first, last, in_sentence):
            events.append(_event(doc, found, len(events) + 1))
        for answer in answers:
            _answered_doer(doc, events, answer)
        _pronoun_objects(doc.tokens, coded_here, in_sentence)
    merged = _merge(_without_warned_threats(doc, events))
    home = home_country(doc)
    home_story = home is not None and named_often(doc, home)
    for event in merged:
        _speakers_own_forces(doc, event)
    for event in merged:
        _transnational_where_it_acts(doc, event, home)
        _condemned_doer(merged, event)
        _evaluated_doer(merged, event)
        _condemned_too(doc, merged, event)
        _target_from_place(doc, event)
        _withdrawn_from(doc, event, home if home_story else None)
        _host_from_place(doc, event)
        _domestic_target(merged, event, home, home_story)
        _own_people(doc, event)
        _own_state_addressed(event)
    sides = story_sides(doc) if home is None else None
    if sides is not None and _at_odds(merged, sides):
        # not in "تربط المملكة العربية السعودية وجمهورية مصر العربية علاقات": a story of friends
        for event in merged:
            _other_side(event, sides)
            _asked_of_both_sides(event, sides)
        for event in merged:
            _attacked_by_the_other_side(merged, event, sides)
    for event in merged:
        _held_responsible_for_it(doc, merged, event)
        _answered_attack(doc, merged, event)
    for event in merged:
        _recent_opponent(merged, event)
    for event in merged:
        _answered_act_is_the_others(doc, merged, event)
    for event in merged:
        _doer_of_earlier_attacks(doc, merged, event)
    for event in merged:
        _welcomed_parties(merged, event)
    for event in merged:
        _attack_denied_only_as_involvement(doc, merged, event)
    kept = [e for e in merged if not _told_again(doc, merged, e)]
    if len(doc.sentences) >= _STORY_SENTENCES:
        for event in kept:
            _domestic_doer(event, home, home_story)
    return kept


_ANSWER_REACH = 6  # words: "فردّ الجنود الإسرائيليون بإطلاق النار"
_ANSWER_CHARS = 80  # enough text to hold them


def _answered_attack(doc: Document, events: list[Event], event: Event) -> None:
    """Fire answered with fire is aimed at who fired first: "فتح جندي مصري النار على قوة
    إسرائيلية، فردّ الجنود الإسرائيليون بإطلاق النار باتجاهه" (ISR → EGY)."""
    own = {p.country for p in event.actors} - {None}
    if event.type != "ASSAULT" or not own or any(p.country for p in event.recipients):
        return
    start = doc.sentences[max(event.sentence - 1, 0)].start
    # the few words before the trigger: "فردّ الجنود الإسرائيليون بـ"
    before = doc.text[max(start, event.trigger.start - _ANSWER_CHARS) : event.trigger.start]
    if not any(w in _ANSWERED_WITH for w in normalize_key(before).split()[-_ANSWER_REACH:]):
        return
    earlier = [
        e
        for e in events
        if e.type == "ASSAULT"
        and start <= e.trigger.start < event.trigger.start
        and e.actors
        and not own & {p.country for p in e.actors}
    ]
    if earlier:
        event.recipients = list(earlier[-1].actors)


def _told_again(doc: Document, events: list[Event], event: Event) -> bool:
    """An attack noun with the article and no party of its own, after an attack with its
    parties, names that attack again: "ووصفت الخارجية الهجوم بأنه جريمة", "وأسفر القصف عن
    دمار واسع" tell no new attack."""
    if event.type != "ASSAULT" or event.negated:
        return False
    if doc.text[max(0, event.trigger.start - 2) : event.trigger.start] not in {"ال", "لل"}:
        return False  # the article makes it a noun, even of a verb's letters ("القصف")
    own = {p.country for p in event.actors + event.recipients if p.country}
    if _object_of_a_reaction(doc, events, event):
        # "وفي الدوحة، أعربت الخارجية القطرية عن إدانتها للهجوم": condemned, discussed or
        # answered, the attack keeps no country of the place the reaction came from
        start = doc.sentences[event.sentence].start
        before = {
            place.name
            for place in doc.places
            if any(start <= m.start < event.trigger.start for m in place.mentions)
        }
        parties = event.actors + event.recipients
        own = {p.country for p in parties if p.entity or p.text not in before} - {None}
    elif own:
        return False
    # with parties of its own it names an earlier attack of those parties; "حملت إيران مسؤولية
    # الهجمات على ناقلات نفط" after other attacks is a new one
    return any(
        e.type == "ASSAULT"
        and e.trigger.start < event.trigger.start
        and (e.actors or e.recipients)
        and (not own or own & {p.country for p in e.actors + e.recipients})
        for e in events
    )


_REACTIONS = frozenset({"ACCUSE", "CONSULT", "REQUEST", "THREATEN", "SUPPORT", "REJECT"})
_REACTION_GAP = 4  # "دانت قطر بأشد العبارات الهجوم الإسرائيلي": the subject between


def _object_of_a_reaction(doc: Document, events: list[Event], event: Event) -> bool:
    """Whether an attack noun is what another act of its sentence is about: condemned,
    discussed, answered ("دانت قطر بأشد العبارات الهجوم الإسرائيلي", "لبحث الهجوم", "عن إدانة
    المملكة للهجوم"), whatever parties the story gave it."""
    for other in events:
        if other.sentence != event.sentence or other.type not in _REACTIONS:
            continue
        if other.trigger.end > event.trigger.start:
            continue
        gap = doc.text[other.trigger.end : event.trigger.start]
        parts = gap.split("،")
        if len(parts) == 3 and parts[1].split() and opens_long_aside(parts[1].split()[0]):
            # "وأدانت الخارجية الأردنية، في بيان نقلته وكالة بترا، الاعتداء السافر"
            gap = parts[0] + parts[2]
        if len(gap.split()) <= _REACTION_GAP and not any(c in gap for c in "،.؛:"):
            return True
    return False


def _attack_denied_only_as_involvement(doc: Document, events: list[Event], event: Event) -> None:
    """ "نفت طهران أن تكون متورطة في الهجمات": the denial is of the involvement, an event of its
    own; the attacks it names did happen."""
    entry = trigger_entry(event.trigger.text)
    if entry is None or entry.role != "involvement" or not event.negated:
        return
    sentence = doc.sentences[event.sentence]
    reach = doc.text[event.trigger.end : sentence.end].split()[:_INVOLVEMENT_REACH]
    end = event.trigger.end + len(" ".join(reach)) + 1
    attacks = [
        e
        for e in events
        if e is not event and e.type == "ASSAULT" and event.trigger.end < e.trigger.start < end
    ]
    for attack in attacks:
        attack.negated = False
    # the involvement denied falls on whom the attack hit, not on its claimed doers
    claimed = {(p.entity, p.country) for a in attacks for p in a.actors}
    event.recipients = [p for p in event.recipients if (p.entity, p.country) not in claimed]
    if not event.actors:  # "نفت طهران أن تكون متورطة": the speaker denies its own part
        claim = next((c for c in doc.claims if c.id == event.claim), None)
        entity = next((e for e in doc.entities if claim and e.id == claim.speaker.entity), None)
        if claim is not None and entity is not None and entity.country:
            speaker = Participant(
                claim.speaker.text, entity.id, entity.country, entity.sector, entity.code
            )
            event.actors.append(speaker)


def _speakers_own_forces(doc: Document, event: Event) -> None:
    """Forces an army or a defence ministry names without a nationality are its own: in "وقال
    المتحدث باسم الجيش الإسرائيلي إن الطائرات الحربية قصفت مواقع لحركة حماس" the planes are
    Israel's, whatever the sentence's places and targets suggest. Not enemy forces the speaker
    calls so ("الطائرات المعادية", "قوات الاحتلال")."""
    claim = next((c for c in doc.claims if c.id == event.claim), None) if event.claim else None
    if claim is None or claim.speaker.entity is None:
        return
    speaker = next((e for e in doc.entities if e.id == claim.speaker.entity), None)
    if speaker is None or speaker.sector != "MIL" or not is_country(speaker.country):
        return
    entities = {e.id: e for e in doc.entities}
    for party in event.actors:
        entity = entities.get(party.entity or "")
        if entity is None or entity.sector != "MIL" or party.country == speaker.country:
            continue
        if entity.name_en or called_enemy(doc, entity):
            continue
        if not all(_unnamed_force(doc, m.start, m.end) for m in entity.mentions):
            continue
        party.country = speaker.country
        party.code = f"{speaker.country}{entity.sector}"


def _unnamed_force(doc: Document, start: int, end: int) -> bool:
    """Whether a mention of a force names no country (nor the two words right after it)."""
    mention_end = len(normalize_key(doc.text[start:end]))
    tokens = tokenize(normalize_key(doc.text[start : end + _NISBA_CHARACTERS]))
    words = sum(t.start < mention_end for t in tokens)
    return not country_matcher().find_all(tokens, 0, min(len(tokens), words + 2))


_NISBA_CHARACTERS = 30  # after a mention, enough for "الطائرات الحربية الإسرائيلية"


_WELCOMED = frozenset({"AGREE", "CONSULT", "CONCEDE", "COOPERATE", "RETREAT", "AID", "SUPPORT"})
_WELCOME_REACH = 3  # sentences back in which the act welcomed was told


def _welcomed_parties(events: list[Event], event: Event) -> None:
    """A welcome that names no one is addressed to the parties of the act it welcomes: the next
    one in its sentence, else the last one told a few sentences before ("رحّبت الخارجية
    العراقية بالاتفاق" after "أعلنت السعودية وإيران استئناف العلاقات")."""
    if event.type != "SUPPORT" or event.negated or any(p.country for p in event.recipients):
        return
    if _lexicon_row(event) != _welcome_row():
        return
    welcoming = {p.country for p in event.actors if p.country}
    acts = [e for e in events if e.type in _WELCOMED and _lexicon_row(e) != _welcome_row()]
    later = [
        e for e in acts if e.sentence == event.sentence and e.trigger.start > event.trigger.end
    ]
    earlier = [
        e
        for e in acts
        if event.sentence - _WELCOME_REACH <= e.sentence <= event.sentence
        and e.trigger.start < event.trigger.start
        and any(p.country for p in e.actors + e.recipients)
    ]
    act = min(later, key=lambda e: e.trigger.start, default=None)
    if act is not None and any(p.country for p in act.actors + act.recipients):
        told = [act]
    elif earlier:  # the acts of the last sentence that told one: "وقّعت مصر وتركيا اتفاقاً"
        last = max(e.sentence for e in earlier)
        told = [e for e in earlier if e.sentence == last]
    else:
        return
    seen: set[str] = set()
    for party in (p for e in told for p in e.actors + e.recipients):
        if party.country and party.country not in welcoming | seen:
            seen.add(party.country)
            event.recipients.append(party)


@cache
def _welcome_row() -> str | None:
    entry = trigger_entry("رحب")
    return entry.line if entry is not None else None


_NON_STATE = frozenset({"REB", "PRM", "UAF", "CRM", "INS"})
_CONDEMNED_GAP = 100  # characters from "أدان" to the act it names, past subject and asides


_RECALL = "161"  # CAMEO: reduce or break diplomatic relations, recall an ambassador
_RECALL_REACH = 4  # tokens from the recall to "للتشاور": "سفيرها في واشنطن للتشاور"


_INVOLVEMENT_REACH = 6  # tokens to the attack, past quotes: 'ضالعة "بأي شكل" في الهجوم'


def _involved_in_attack(
    match: PhraseMatch[LexTrigger], matches: list[PhraseMatch[LexTrigger]]
) -> bool:
    """Whether an attack is named right after a word of involvement: "متورطة في الهجمات"."""
    return any(
        m.value.type == "ASSAULT"
        and m.value.role not in {"block", "involvement"}
        and 0 < m.first - match.last < _INVOLVEMENT_REACH
        for m in matches
    )


_DETACHED_PRONOUNS = frozenset({"اياه", "اياها", "اياهم", "اياهما"})


def _pronoun_objects(
    tokens: list[Token],
    coded: list[tuple[PhraseMatch[LexTrigger], Event]],
    parties: list[Party],
) -> None:
    """A participle whose object is a detached pronoun goes on to the object of the act before
    it: "طردت النيجر السفير الفرنسي، متهمة إياه بتجاهل دعوة" (the ambassador is accused),
    "التقى الرئيس الوزير، مطالباً إياه بـ"; with no such act, to the last party named before it
    that is not its doer: "أوضح دوبي أن نيروبي لم تكف عن التدخل، متهماً إياها بإيواء مقاتلين"."""
    for match, event in coded:
        if match.last >= len(tokens) or tokens[match.last].text not in _DETACHED_PRONOUNS:
            continue
        if match.value.role == "evaluation":
            continue  # "واصفاً إياها بأنها همجية": the evaluated act, found by its own rule
        actors = {(p.entity, p.country) for p in event.actors}
        earlier = [(m, e) for m, e in coded if m.first < match.first and e.recipients]
        if earlier:
            _, antecedent = max(earlier, key=lambda pair: pair[0].first)
            named = [p for p in antecedent.recipients if (p.entity, p.country) not in actors]
        else:
            before = [
                p
                for p in parties
                if p.end_token <= match.first and p.country and (p.entity, p.country) not in actors
            ]
            named = [before[-1].participant()] if before else []
        event.recipients = named or event.recipients


def _joint_statement_partners(tokens: list[Token], found: _Found) -> None:
    """Those a statement was made jointly with speak too: "أدانت الخارجية الأمريكية، في بيان
    مشترك مع بريطانيا والنرويج، ..." (three accusers, none accused)."""
    if found.trigger.value.type not in _SPEECH_TYPES or not found.actors:
        return
    partners: list[Party] = []
    for party in found.recipients:
        before = [t.text for t in tokens[max(0, party.token - 2) : party.token]]
        joint = before == ["مشترك", "مع"] or before == ["مشتركا", "مع"]
        if joint or (partners and _coordinated(tokens, partners[-1], party)):
            partners.append(party)
    if partners:
        found.actors += partners
        found.recipients = [p for p in found.recipients if p not in partners]


def _give_doers(found: _Found, doers: list[Party]) -> None:
    """Make ``doers`` the actors of ``found``; none of them stays among its recipients."""
    found.actors = list(doers)
    doing = {p.token for p in doers}
    found.recipients = [p for p in found.recipients if p.token not in doing]


def _recalled_for_consultations(
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    matches: list[PhraseMatch[LexTrigger]],
    idioms: list[PhraseMatch[LexTrigger]],
) -> bool:
    """ "للتشاور" after recalling one's ambassador (SANCTION 161) names the recall's purpose."""
    if match.value.type != "CONSULT" or match.proclitics not in {"ل", "لل"}:
        return False
    for recall in itertools.chain(matches, idioms):
        end = _end_of(recall)
        summons = recall.value.cameo == _SUMMONS and recall.value.type == "ACCUSE"
        if not (recall.value.cameo == _RECALL or summons) or match.first < end:
            continue
        # "استدعاء سفير الجزائر لدى فرنسا، السيد محمد عنتر داود، للتشاور": past the name
        named = any(t.text == "،" for t in tokens[end : match.first])
        if match.first - end <= (_ASIDE_REACH if named else _RECALL_REACH):
            return True  # "استدعت فرنسا سفيرها": split, the recall ends with the ambassador
    return False


def _accused_of(tokens: list[Token], match: PhraseMatch[LexTrigger], accused: list[Party]) -> bool:
    """The act is what the parties just accused are accused of: "بـ" right after them ("اتهمت
    باكو يريفان بقصف مواقعها", "متهما واشنطن بعرقلة الحل")."""
    if not accused or match.value.type in _SPEECH_TYPES or "ب" not in match.proclitics:
        return False
    end = max(p.end_token for p in accused)
    if end < match.first and tokens[end].text == "،":
        # past a date between commas: "اتهم الجيش قوات الدعم السريع، أمس، باقتحام المستشفى"
        inner = tokens[end + 1 : match.first - 1]
        closed = tokens[match.first - 1].text == "،"
        if closed and inner and all(_is_time_word(t.text) for t in inner):
            end = match.first
    return 0 <= match.first - end <= 1


def _condemned_doer(events: list[Event], event: Event) -> None:
    """A condemnation that names the act, not who did it, accuses the doer of that act: its own
    doer ("أدانت الإمارات الاعتداء الذي نفذته جبهة البوليساريو"), else the doer of the last act of
    its type told before ("أدانت قطر اقتحام جنين" after "اقتحم الجيش الإسرائيلي جنين")."""
    if event.type != "ACCUSE" or event.negated:
        return
    act = _condemned_act(events, event)
    if act is None:
        return
    if "disapprove" in event.modes:
        # who suffered the condemned act is not accused: "دان حمدوك الاعتداء على القوات
        # السودانية" (an accusation names its accused: "اتهمت قوات الحزام الأمني بشن حملة")
        victims = {(p.entity, p.text) for p in act.recipients}
        event.recipients = [p for p in event.recipients if (p.entity, p.text) not in victims]
    if any(p.country for p in event.recipients):
        return
    doers = _act_doers(events, act, event.sentence)
    accusers = {p.entity for p in event.actors if p.entity}
    own_state = {p.country for p in event.actors if p.country}
    event.recipients.extend(
        p
        for p in doers
        if (p.entity is None or p.entity not in accusers)
        # a state condemns its own rebels ("أدانت الحكومة العراقية هجوم الفصائل"), not itself
        and (p.country not in own_state or p.sector in _NON_STATE)
    )


def _condemned_act(events: list[Event], event: Event) -> Event | None:
    """The violent act or sanction a condemnation names right after its trigger: "أدانت قطر
    اقتحام جنين", "عن إدانتها للهجوم"."""
    later = [
        e for e in events if e.sentence == event.sentence and e.trigger.start >= event.trigger.end
    ]
    act = min(later, key=lambda e: e.trigger.start, default=None)
    if act is None or act.type not in _VIOLENT | {"SANCTION"}:
        return None
    if act.trigger.start - event.trigger.end > _CONDEMNED_GAP or _is_verbal_trigger(act):
        return None
    return act


_ALSO = frozenset({"كما", "وكما"})


def _condemned_too(doc: Document, events: list[Event], event: Event) -> None:
    """A condemnation "too" in the sentence of another one condemns the same party: "دانت
    الخارجية السعودية هجوم الحوثيين ...، كما دانت الإمارات الاستهداف"."""
    if event.type != "ACCUSE" or event.negated or event.recipients:
        return
    before = doc.text[: event.trigger.start].split()
    joined = doc.text[event.trigger.start : event.trigger.end].startswith("و")
    if not joined and not (before and before[-1] in _ALSO):
        return
    earlier = [
        e
        for e in events
        if e.type == "ACCUSE"
        and e.sentence == event.sentence
        and e.trigger.end <= event.trigger.start
        and e.recipients
        and not e.negated
    ]
    if earlier:
        accusers = {p.country for p in event.actors}
        event.recipients.extend(p for p in earlier[-1].recipients if p.country not in accusers)


def _evaluating_claim(doc: Document, match: PhraseMatch[LexTrigger]) -> Claim | None:
    """The claim a condemning word is said in, when its speaker is known."""
    claim = _claim_at(doc, doc.tokens[match.first].start)
    if claim is None or (claim.speaker.entity is None and claim.speaker.country is None):
        return None
    return claim


def _evaluated_party(
    doc: Document, match: PhraseMatch[LexTrigger], claim: Claim, before: list[Party]
) -> list[Party]:
    """Whom a condemning word is about: the last party named between the speech verb and the
    word ("قالت واشنطن إن تصرفات طهران غير مقبولة", "إن السفينة الأمريكية انتهكت"), unless an
    act is named there: then its doer is accused, found after coding (``_evaluated_doer``),
    and the party is its victim ("إن قصف القنصلية الإيرانية جريمة")."""
    said_from, speaker = claim.cue.end, claim.speaker
    between = [
        p
        for p in before
        if _original_start(doc, p) >= said_from
        and p.country not in {None, speaker.country}
        and (p.entity is None or p.entity != speaker.entity)
    ]
    start = match.first
    while start > 0 and _original_token_start(doc, start - 1) >= said_from:
        start -= 1
    acts = trigger_matcher().find_all(doc.tokens, start, match.first)
    if any(a.value.type in _HOSTILE and a.value.role != "block" for a in acts):
        return []
    return between[-1:]


def _evaluated_doer(events: list[Event], event: Event) -> None:
    """A condemning word about an act accuses its doer: the act named before it in the same
    sentence ("وصفت الخارجية الهجوم الإسرائيلي بأنه جبان"), or after it, else the doer of the
    last act of that type told before."""
    if event.type != "ACCUSE" or event.negated or event.recipients:
        return
    entry = trigger_entry(event.trigger.text)
    # a characterisation: "بأنها انقلاب" (no trigger), "بأنها غزو" (an act's word)
    naming = entry is None or entry.type in _CHARACTERISED_TYPES
    if entry is not None and not naming and entry.role != "evaluation":
        return
    # what is named may be any act: "سحبت واشنطن قواتها، في خطوة وصفتها قسد بأنها طعنة في الظهر"
    named = _VIOLENT | {"SANCTION"} | (_NAMED_ACTS if naming else frozenset())
    acts = [
        e for e in events if e.sentence == event.sentence and e is not event and e.type in named
    ]
    if not acts and naming:  # "اجتاحت القوات التركية ... . ووصف شكري العملية بأنها غزو"
        acts = [e for e in events if e.sentence == event.sentence - 1 and e.type in named][-1:]
    if not acts:
        return
    act = min(acts, key=lambda e: abs(e.trigger.start - event.trigger.start))
    own_state = {p.country for p in event.actors if p.country}
    event.recipients.extend(
        p for p in _act_doers(events, act, event.sentence) if p.country not in own_state
    )


def _act_doers(events: list[Event], act: Event, sentence: int) -> list[Participant]:
    """The doers of an act, or, when it names none, of the acts of its type told before: the
    country most of them name, acts of its own word counting twice ("أدان كنعاني الضربات"
    after three paragraphs of American strikes and one of an Iraqi raid on the attackers)."""
    doers = [p for p in act.actors if p.country]
    if doers:
        return doers
    earlier = [
        e
        for e in events
        if e.type == act.type
        and not e.negated
        and e.sentence < sentence
        and any(p.country for p in e.actors)
    ]
    row = _lexicon_row(act)
    votes: Counter[str] = Counter()
    for e in earlier:
        weight = 2 if _lexicon_row(e) == row else 1
        votes.update({p.country: weight for p in e.actors if p.country})
    if not votes:
        return []
    most = max(votes.values())
    for e in reversed(earlier):
        chosen = [p for p in e.actors if p.country and votes[p.country] == most]
        if chosen:
            return chosen
    return []


def _lexicon_row(event: Event) -> str | None:
    """The lexicon row of an event's trigger: "ضربات" and "الضربة" share one."""
    entry = trigger_entry(event.trigger.text)
    return entry.line if entry is not None else None


def _is_verbal_trigger(event: Event) -> bool:
    """Whether the event's trigger reads as a verb ("اقتحم"), not a verbal noun ("اقتحام")."""
    entry = trigger_entry(event.trigger.text)
    return entry is not None and entry.verbal


# acts aimed at someone, who in a domestic story is the state when nobody else is named
_DIRECTED = frozenset({"PROTEST", "REQUEST", "THREATEN", "ACCUSE", "REJECT"})


def _domestic_target(events: list[Event], event: Event, home: str | None, home_story: bool) -> None:
    """In a story about one country, a protest, demand, threat, accusation or refusal by that
    country's people with no one named as its target is aimed at their own state: "تظاهر
    المئات في البصرة", "طالب نواب بإقالة وزير الكهرباء" (the Iraqi government). So is a foreign
    government's demand, threat, accusation or refusal: "دعت وزارة الخارجية الفرنسية إلى احترام
    سيادة القانون" in a story of Tunis, and an international body's ("دعا الاتحاد الأوروبي إلى
    وقف فوري للعنف" in a story of Sudan). An attack or an arrest by that country's own forces
    falls on its people: "قصفت قوات الدعم السريع المخيم" in a story of Sudan."""
    if home is None:
        return
    if event.type == "PROTEST" and home_story and not any(p.country for p in event.actors):
        # "يشار إلى أن الاحتجاجات انطلقت الثلاثاء الماضي" in a story of Iraq: Iraqis protest
        event.actors.append(Participant(home, None, home, "CVL", f"{home}CVL"))
    if any(p.country for p in event.recipients):
        return
    actor_countries = {p.country for p in event.actors}
    if event.type in _UNSIGNED_ACTS and actor_countries == {home} and home_story:
        # "قصفت قوات الدعم السريع المخيم" in a story of Sudan: the victims are Sudanese
        event.recipients.append(Participant(home, None, home, None, home))
        return
    if event.type not in _DIRECTED:
        return
    condemned = (
        _condemned_act(events, event) if event.type == "ACCUSE" and not event.recipients else None
    )
    if condemned is not None and not _act_doers(events, condemned, event.sentence):
        return  # "أعربت الخارجية القطرية عن إدانتها للهجوم": of an unknown doer, not of Qatar
    foreign_state = (
        event.type in _SPEECH_TYPES
        and bool(event.actors)
        and home not in actor_countries
        and all(
            (p.country and p.sector in {None, "GOV"}) or (p.code or "").startswith("IGO")
            for p in event.actors
        )
    )
    if actor_countries != {home} and not foreign_state:
        return
    event.recipients.append(Participant(home, None, home, "GOV", f"{home}GOV"))


_TOWARDS_OWN_PEOPLE = frozenset({"COERCE", "CONCEDE", "RETREAT"})
_HOME_ORGANS = frozenset({"COP", "JUD", "GOV"})  # armies also act abroad


def _own_people(doc: Document, event: Event) -> None:
    """An arrest, a concession or a release by a state's police, courts or government, in a
    sentence that names no other country, falls on that state's own people: "واعتقلت الشرطة
    التونسية العشرات قبل أن تفرج عن معظمهم", "وتراجعت الحكومة الأردنية عن القرار"."""
    if event.type not in _TOWARDS_OWN_PEOPLE or any(p.country for p in event.recipients):
        return
    countries = {p.country for p in event.actors}
    if len(countries) != 1 or None in countries:
        return
    if not all(p.sector in _HOME_ORGANS for p in event.actors):
        return
    (country,) = countries
    sentence = doc.sentences[event.sentence]
    named = {
        thing.country
        for thing in [*doc.entities, *doc.places]
        for m in thing.mentions
        if sentence.start <= m.start < sentence.end
    }
    if named - {country, None}:
        return
    event.recipients.append(Participant(country, None, country, None, country))


# Who speaks of "الحكومة" or "السلطات" without naming a country means his own: a party, a
# deputy, a union or a court; a state official may be speaking of another country's.
_SPEAKS_OF_OWN_STATE = frozenset({"PTY", "OPP", "LEG", "CVL", "LAB", "EDU", "REL", "JUD", "SOC"})
_STATE_BODIES = frozenset({"GOV", "LEG", "JUD"})


def _own_state_addressed(event: Event) -> None:
    """A demand, accusation, threat or refusal a country's party or deputy aims at a state body
    named without a country is aimed at that country's: "طالب رئيس حزب القوات اللبنانية سمير
    جعجع الحكومة بإقالة قرداحي" (Lebanon's government), in a story of two countries too."""
    if event.type not in _DIRECTED:
        return
    countries = {p.country for p in event.actors}
    if len(countries) != 1 or not all(p.sector in _SPEAKS_OF_OWN_STATE for p in event.actors):
        return
    (country,) = countries
    if country is None:
        return
    for i, party in enumerate(event.recipients):
        if party.country is None and party.code is None and party.sector in _STATE_BODIES:
            event.recipients[i] = replace(party, country=country, code=f"{country}{party.sector}")


# "المسؤولية عنها" (for it), "حمّلت بغداد القوات التركية مسؤوليته" (its responsibility): the act
# before
_FOR_IT = frozenset({"عنها", "عنه", "عنهما", "مسؤوليته", "مسؤوليتها"})


def _held_responsible_for_it(doc: Document, events: list[Event], event: Event) -> None:
    """An attack told with no doer, then held against a party in the same sentence by "حمّل X
    Y المسؤولية عنها", was Y's, as its accusers tell it: "اغتيل إسماعيل هنية ... في عملية
    حمّلت طهران وحماس إسرائيل المسؤولية عنها"."""
    if event.type != "ASSAULT" or event.actors or event.negated or event.claim is not None:
        return  # inside a speaker's words the one held responsible may be a backer, not the doer
    for accusation in events:
        if (
            accusation.cameo != "112"
            or accusation.sentence != event.sentence
            or accusation.trigger.start < event.trigger.end
            or not accusation.recipients
        ):
            continue
        after = normalize_key(doc.text[accusation.trigger.end : accusation.trigger.end + 60])
        words = [w.strip('.،,؛:"«»') for w in after.split()]
        if not any(w in _FOR_IT for w in words[:6]):
            continue
        event.actors = [p for p in accusation.recipients if p.country]
        return


_STORY_SENTENCES = 3  # a report of one or two sentences tells too little of its country


def _domestic_doer(event: Event, home: str | None, home_story: bool) -> None:
    """In a story about one country, an attack or an arrest of that country's people that names
    no doer, and that no earlier act of the story gives one, was done by that country's own
    actors, as event coders code unknown gunmen by where they act: "انفجرت السيارة الأولى قرب
    بوابة الوزارة" in a story of Mogadishu (SOM→SOM). One that names neither doer nor victim
    happened among them: "وقع تفجير انتحاري ثان قرب سوق بكارة"."""
    if home is None or not home_story or event.type not in _UNSIGNED_ACTS or event.actors:
        return
    victims = {p.country for p in event.recipients}
    if victims and victims != {home}:
        return
    event.actors.append(Participant(home, None, home, None, home))
    if not victims:
        event.recipients.append(Participant(home, None, home, None, home))


# acts one side of a two-sided story aims at the other when it names no one
_AT_THE_OTHER_SIDE = frozenset({"THREATEN", "ACCUSE", "REJECT"})


_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "MOBILIZE"})


def _at_odds(events: list[Event], sides: tuple[str, str]) -> bool:
    """Whether the story tells of a hostile act of one side against the other."""
    for event in events:
        if event.type not in _HOSTILE or event.negated:
            continue
        doers = {p.country for p in event.actors}
        targets = {p.country for p in event.recipients}
        if any(a in doers and b in targets for a, b in (sides, sides[::-1])):
            return True
    return False


def _other_side(event: Event, sides: tuple[str, str] | None) -> None:
    """In a story between two countries, a threat, accusation or refusal by one of them that
    names no target is aimed at the other: "وتوعد نتنياهو برد قاس" in a story of Israel and
    Lebanon."""
    if sides is None or event.type not in _AT_THE_OTHER_SIDE or event.recipients:
        return
    countries = {p.country for p in event.actors}
    if len(countries) != 1 or not countries <= set(sides):
        return
    other = sides[1] if sides[0] in countries else sides[0]
    event.recipients.append(Participant(other, None, other, None, other))


def _asked_of_both_sides(event: Event, sides: tuple[str, str]) -> None:
    """In a story of two countries at odds, a third party's call that names no one is addressed
    to both: "ودعت وزارة الخارجية السعودية إلى تغليب الحوار" in a story of Algeria and Morocco.
    A side's own call is not: "طالب نواب بالرد" asks their own state."""
    if event.type != "REQUEST" or event.recipients or not event.actors:
        return
    if any(p.country in sides or not (p.country or p.code) for p in event.actors):
        return
    event.recipients = [Participant(side, None, side, None, side) for side in sides]


_OPPONENT_REACH = 3  # sentences back in which a threat's or accusation's target was at odds


_UNSIGNED_ACTS = frozenset({"ASSAULT", "COERCE"})


def _attacked_by_the_other_side(events: list[Event], event: Event, sides: tuple[str, str]) -> None:
    """In a story of two countries at war, an attack or arrest that names only its victims on one
    side was done by the other, and one that names only its doer fell on the other, when the story
    tells of such attacks: "استشهد خمسة فلسطينيين في غارات على جنين" in a story of Israeli raids,
    "غارات استهدفت جنوب لبنان"."""
    if event.type not in _UNSIGNED_ACTS or event.negated or event.historical:
        return
    doers = {p.country for p in event.actors if p.country}
    victims = {p.country for p in event.recipients if p.country}
    if doers and victims:
        return
    known = doers or victims
    if len(known) != 1 or not known <= set(sides):
        return
    (side,) = known
    other = sides[1] if sides[0] == side else sides[0]
    doer, victim = (side, other) if doers else (other, side)
    told = any(
        e.type == "ASSAULT"
        and e is not event
        and not e.negated
        and doer in {p.country for p in e.actors}
        and victim in {p.country for p in e.recipients}
        for e in events
    )
    if told:
        party = Participant(other, None, other, None, other)
        (event.recipients if doers else event.actors).append(party)


def _recent_opponent(events: list[Event], event: Event) -> None:
    """A threat, accusation or refusal that names no target is aimed at the country its side was
    last at odds with, a few sentences before: "قصفت المدفعية التركية قرى في دهوك ... وقال
    المتحدث العراقي محذراً من أن بغداد ستلجأ إلى مجلس الأمن" (at Turkey)."""
    if event.type not in _AT_THE_OTHER_SIDE or event.negated or event.recipients:
        return
    own = {p.country for p in event.actors if p.country}  # one side, or a bloc of states
    if not own:
        return
    for earlier in reversed(events):
        if earlier is event or earlier.sentence > event.sentence:
            continue
        if event.sentence - earlier.sentence > _OPPONENT_REACH:
            return
        if earlier.type not in _HOSTILE or earlier.negated:
            continue
        doers = {p.country for p in earlier.actors if p.country}
        targets = {p.country for p in earlier.recipients if p.country}
        others = (targets - own) if own & doers else (doers - own) if own & targets else set()
        if len(others) == 1:
            (other,) = others
            event.recipients.append(Participant(other, None, other, None, other))
            return


_EARLIER_ATTACKS_REACH = 5  # sentences back in which attacks on the same side are looked for


def _doer_of_earlier_attacks(doc: Document, events: list[Event], event: Event) -> None:
    """An attack or arrest that names its victims and not its doer was done by whoever did such
    acts to the same side in the sentences before (the country most of them name, acts of its
    own word counting twice): "شنت مقاتلات إسرائيلية غارات على رفح ... وأفادت مصادر طبية بأن
    الغارات استهدفت منزلاً". Not by the doer of its own sentence's main act when it dates or
    answers that act: in "شنّت طائرات أمريكية غارات ...، بعد ساعات من هجوم استهدف قاعدة عين
    الأسد" the attack on the base was the others'."""
    if event.type not in _UNSIGNED_ACTS or event.negated or event.actors:
        return
    answered = _dates_another_act(doc, event)
    victims = {p.country for p in event.recipients if p.country}
    if not victims:
        return
    row = _lexicon_row(event)
    votes: Counter[str] = Counter()
    doers: dict[str, Participant] = {}  # the latest doer of each country
    for earlier in events:
        if earlier is event or earlier.type != event.type or earlier.negated:
            continue
        if not event.sentence - _EARLIER_ATTACKS_REACH <= earlier.sentence <= event.sentence:
            continue
        if earlier.trigger.start > event.trigger.start:
            continue
        if answered and earlier.sentence == event.sentence:
            continue
        if not victims & {p.country for p in earlier.recipients}:
            continue
        weight = 2 if _lexicon_row(earlier) == row else 1
        for party in earlier.actors:
            if party.country and party.country not in victims:
                votes[party.country] += weight
                doers.pop(party.country, None)
                doers[party.country] = party  # re-inserted: the dict keeps the order told
    if votes:  # a tie goes to the country told last
        order = {country: n for n, country in enumerate(doers)}
        country = max(votes, key=lambda c: (votes[c], order[c]))
        event.actors.append(doers[country])


_IN_ANSWER_TO = frozenset({("ردا", "علي"), ("رده", "علي")})  # "رداً على القصف"


def _answered_act_is_the_others(doc: Document, events: list[Event], event: Event) -> None:
    """An attack told right after "رداً على" is what the sentence's earlier attack answered:
    not its doer's act, but one that fell on the doer's side ("شنّ الجيش الإسرائيلي غارات ...،
    رداً على إطلاق عشرات الصواريخ من الأراضي اللبنانية": the rockets were fired at Israel)."""
    if event.type != "ASSAULT" or not event.actors:
        return
    words = normalize_key(doc.text[max(0, event.trigger.start - 20) : event.trigger.start]).split()
    if tuple(w.removeprefix("و") for w in words[-2:]) not in _IN_ANSWER_TO:
        return
    answering = [
        e
        for e in events
        if e is not event
        and e.type == "ASSAULT"
        and e.sentence == event.sentence
        and e.trigger.start < event.trigger.start
        and e.actors
    ]
    if not answering:
        return
    doers = answering[-1].actors
    if {p.country for p in event.actors} <= {p.country for p in doers}:
        event.actors = []
        event.recipients = list(doers)


def _dates_another_act(doc: Document, event: Event) -> bool:
    """Whether the act is told as what another act came after or answered: "بعد ساعات من هجوم",
    "عقب الهجوم", "رداً على القصف"."""
    words = normalize_key(doc.text[max(0, event.trigger.start - 40) : event.trigger.start]).split()
    near = [w.removeprefix("و") for w in words[-_DATING_WORDS:]]
    if any(w in _TEMPORAL | {"اثر", "اعقاب"} for w in near):
        return True
    return any(pair in _IN_ANSWER_TO for pair in itertools.pairwise(near))


_DATING_WORDS = 4  # "بعد ساعات من هجوم": the words before the act noun that may date it


_SIDES_REACH = 2  # sentences back in which "الجانبان" finds the pair it refers to


def _recent_sides(events: list[Event], sentence: int) -> tuple[str, str] | None:
    """The two countries of the latest event between two of them in the last sentences: the
    pair "الجانبان", "الرئيسين" refer to in a story that moves on to others ("تلقى السيسي اتصالاً
    من أردوغان ... ذكرت الرئاسة التركية أن الرئيسين اتفقا")."""
    for event in reversed(events):
        if sentence - event.sentence > _SIDES_REACH:
            break
        parties = [p.country for p in (*event.actors, *event.recipients) if p.country]
        pair = list(dict.fromkeys(parties))
        if len(pair) == 2:
            return pair[0], pair[1]
    return None


# replies to what was said or done: the party answered is the doer of the act answered
_ANSWERS = frozenset({"REJECT", "SUPPORT", "ACCUSE", "AGREE"})


def _answered_doer(doc: Document, events: list[Event], answer: Event) -> None:
    """A reply to the act told before it in its sentence is aimed at that act's doer:
    "اتهمت الجزائر الرباط بأعمال عدائية، وهو ما رفضته الخارجية المغربية" (at Algeria). An act
    the replying side is said to have done is what it denies, not its doer's: the reply goes to
    the one who told of it, the accuser ("اتهمت أرمينيا أذربيجان بقصف مواقعها، وهو ما نفته
    باكو": at Armenia) or the claim's speaker ("أكد خبراء الأمم المتحدة أن الجيش الرواندي يدعم
    الحركة، وهو ما تنفيه رواندا": at the UN)."""
    entities = {p.entity for p in answer.actors if p.entity}
    countries = {p.country for p in answer.actors if p.country}

    def foreign(parties: list[Participant]) -> list[Participant]:
        return [
            p
            for p in parties
            if (p.country or p.code) and p.entity not in entities and p.country not in countries
        ]

    before = sorted(
        (
            e
            for e in events
            if e.sentence == answer.sentence
            and e.trigger.start < answer.trigger.start
            and any(p.country for p in e.actors)
        ),
        key=lambda e: e.trigger.start,
    )
    if not before:
        return
    last = before[-1]
    if foreign(last.actors) or answer.type != "REJECT":
        answer.recipients.extend(foreign(last.actors))
        return
    teller = next((foreign(e.actors) for e in reversed(before[:-1]) if foreign(e.actors)), [])
    if not teller and last.claim is not None:
        claim = next((c for c in doc.claims if c.id == last.claim), None)
        entity = next((e for e in doc.entities if claim and e.id == claim.speaker.entity), None)
        if claim is not None and entity is not None and (entity.country or entity.code):
            speaker = Participant(
                claim.speaker.text, entity.id, entity.country, entity.sector, entity.code
            )
            teller = foreign([speaker])  # an international body has a code, no country
    answer.recipients.extend(teller)


def _answers_what(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """ "وهو ما رفضته الخارجية": a verb whose object is "ما", the act of the clause before."""
    if match.first - 1 <= first:
        return False
    resumed = tokens[match.first - 2].text in _RESUMING_PRONOUNS
    return resumed and tokens[match.first - 1].text == "ما" and _object_is_what(tokens, match)


def _result_of_previous(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """A verb whose subject is the clause before it: "مما أسفر عن مقتل", "وهو ما أدى إلى"."""
    if match.first <= first:
        return False
    before = tokens[match.first - 1].text
    resumed = match.first - 1 > first and tokens[match.first - 2].text in _RESUMING_PRONOUNS
    return (before == "مما" or (before == "ما" and resumed)) and not _object_is_what(tokens, match)


# "رحب به", "ردت عليه": a preposition with the pronoun of "ما" after the verb
_WHAT_AS_OBJECT = frozenset(
    {"به", "بها", "عليه", "عليها", "له", "لها", "عنه", "عنها", "فيه", "فيها", "منه", "منها"}
)


def _object_is_what(tokens: list[Token], match: PhraseMatch[LexTrigger]) -> bool:
    """Whether "ما" before the verb is its object, resumed by a pronoun, so that its subject
    follows: "وهو ما رفضته الخارجية المغربية", "وهو ما رحب به الاتحاد الأوروبي" (not "وهو ما
    أدى إلى مقتل", whose subject is the clause before)."""
    word = tokens[match.last - 1].text
    after = tokens[match.last].text if match.last < len(tokens) else ""
    return word.endswith(("ه", "ها")) or after in _WHAT_AS_OBJECT


_DASHES = frozenset({"-", "–", "—"})
_DATELINE_WORDS = 6


def _dateline_end(tokens: list[Token], first: int, last: int, parties: list[Party]) -> int:
    """First token after a dateline, which names where and through whom a report was filed and
    is no participant: "بانكوك ـ رويترز: خرج الآلاف", "غزة ـ ا.ف.ب: أفاد مصدر", "القاهرة - أ ش
    أ:", "عمّان - استقبل الملك". ``first`` when the sentence has none. A speaker before a colon
    ("قال الوزير: ...") is no dateline: it names no agency and has no dash."""
    for i in range(first, min(last, first + _DATELINE_WORDS + 1)):
        text = tokens[i].text
        if text in _DASHES and i - first <= 3 and i > first:
            colon = next((j for j in range(i + 1, min(last, i + 5)) if tokens[j].text == ":"), None)
            return colon + 1 if colon is not None else i + 1
        if text == ":" and i > first:
            agency = any(p.sector == "JRN" and first <= p.token < i for p in parties)
            initials = any(len(t.text) == 1 for t in tokens[first:i])
            return i + 1 if agency or initials else first
        if text in _CLAUSE_BREAKS:
            return first
    return first


def _with_article(match: PhraseMatch[LexTrigger]) -> bool:
    """Whether the trigger carries the article: a verb form with it is its verbal noun ("التظاهر",
    "القصف")."""
    return match.proclitics.endswith(("ال", "لل"))


_HEADING_DOERS = frozenset({"ASSAULT", "AID"})


def _act_heading_its_doer(match: PhraseMatch[LexTrigger], parties: list[Party]) -> Party | None:
    """An attack or aid noun that heads the entity of the forces it stands for is still the act,
    and that entity its doer: "غارة إسرائيلية على مبنى" (an Israeli air strike; the entity
    ISRMIL), "حطت أول طائرة إغاثة سعودية". A verb form with the article is its verbal noun:
    "القصف التركي"."""
    if match.value.type not in _HEADING_DOERS:
        return None
    if match.value.verbal and not _with_article(match):
        return None
    return next((p for p in parties if p.entity and p.token == match.first), None)


_OBLIGATION = LexTrigger("REQUEST", None, "10", "", True, "construction: على X أن")


# passive when no pronoun: "صواريخ أُطلقت من غزة", "صاروخين أُطلقا"
_LAUNCH_VERBS = frozenset({"اطلق", "اطلقت", "اطلقا", "اطلقتا"})
_WEAPON_CAMEO = {"heavy-weapons": "194", "drone": "195", "aerial": "195"}


def _launched_weapons(
    tokens: list[Token],
    first: int,
    last: int,
    matches: list[PhraseMatch[LexTrigger]],
    idioms: list[PhraseMatch[LexTrigger]],
) -> list[tuple[PhraseMatch[LexTrigger], bool]]:
    """Launches told by a clause after the weapon, which no trigger names: "خمس طائرات مسيّرة
    وصاروخ باليستي أطلقتها جماعة الحوثي باتجاه جازان" (the clause's subject launched them),
    "صواريخ أُطلقت من جنوب لبنان" (passive: no doer). The launch verb is the trigger; with
    whether it carries the weapon's pronoun, so that a doer follows it."""
    taken = {i for m in matches + idioms for i in range(m.first, m.last)}
    found: list[tuple[PhraseMatch[LexTrigger], bool]] = []
    i = first
    while i < last:
        weapon = launched_weapon_matcher().match_at(tokens, i, last)
        # "برصاصة أطلقها قناص" is the instrument of the act before it; "تصدت لصواريخ أطلقها
        # الحوثيون" is the object of an interception, which leaves the launch to be coded here
        preposition = weapon is not None and weapon.proclitics.removesuffix("ال")[-1:] == "ب"
        if weapon is None or i in taken or preposition:
            i += 1
            continue
        i = weapon.last
        # adjectives, a coordinated second weapon and "التي" may come between:
        # "طائرات مسيّرة مفخخة وصاروخ باليستي أطلقتها"
        for j in range(weapon.last, min(last, weapon.last + _LAUNCH_REACH)):
            if tokens[j].text in _CLAUSE_BREAKS or j in taken:
                break
            clause = doer_clause_matcher().match_at(tokens, j, last)
            active = clause is not None and not clause.proclitics
            if not (active and tokens[j].text.startswith(("اطلق", "يطلق", "تطلق"))) and (
                tokens[j].text not in _LAUNCH_VERBS
            ):
                continue
            mode = next(iter(_modes(tokens, "ASSAULT", weapon.first, weapon.last)), None)
            trigger = LexTrigger(
                "ASSAULT", mode, _WEAPON_CAMEO.get(mode or "", "190"), "", True,
                "construction: a weapon + أطلقه",
            )  # fmt: skip
            match = PhraseMatch(j, j + 1, tokens[j].start, tokens[j].end, "", trigger)
            found.append((match, active))
            i = j + 1
            break
    return found


_VIOLENT = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def _known_act_as_object(
    previous: PhraseMatch[LexTrigger] | None, match: PhraseMatch[LexTrigger]
) -> bool:
    """A definite verbal noun of a non-violent act as the object of another event's verb, at most
    its subject between: "رفض الاتفاق", "انتقد السيناتور الاتفاق", "رحّب بالمحادثات"."""
    definite = _with_article(match)  # "الطلب": a verb form with ال is a noun
    if previous is None or not previous.value.verbal or (match.value.verbal and not definite):
        return False
    if match.value.type in _VIOLENT or previous.value.type == match.value.type:
        return False
    return definite and match.first - previous.last <= 3


_THREAT_REACH = 4  # "هدد الرئيس الأمريكي إيران بعقوبات"


def _threatened(
    tokens: list[Token],
    previous: PhraseMatch[LexTrigger] | None,
    match: PhraseMatch[LexTrigger],
) -> bool:
    """An act noun after ب or ل that completes a verb of threat: "هدد إيران بعقوبات", "توعد
    بالرد"، "أمهلت المسلحين 48 ساعة لتسليم أسلحتهم" (what is threatened or demanded is not
    done)."""
    if previous is None or previous.value.type != "THREATEN":
        return False
    joined = match.proclitics.lstrip("وف")[:1]  # "بعقوبات", "لتسليم أسلحتهم"
    # no verb takes ب: "بشن عملية" is the verbal noun of the idiom "شن عملية"
    verb = match.value.verbal and joined != "ب"
    if verb or joined not in {"ب", "ل"} or match.value.type == "THREATEN":
        return False
    gap = tokens[previous.last : match.first]
    if not previous.value.verbal:
        return not gap  # the threat as a noun, its act right after: "جدد تهديده بشن عملية"
    return len(gap) <= _THREAT_REACH and not any(t.text in _CLAUSE_BREAKS for t in gap)


_REQUEST_REACH = 10  # "طالبت منظمة «هيومن رايتس ووتش» السلطات البحرينية بإصدار عفو"
_REQUEST_OBJECT_WORDS = frozenset({"الي", "علي", "ب"})  # "دعا إلى", "حث على"
_REQUEST_CHAIN = 3
# nouns whose genitive is an act that happened, inside a demand: "كشف ملابسات الهجوم", "محاسبة
# منفذي الهجوم", "معاقبة مرتكبي المجزرة"
_OF_WHAT_HAPPENED = frozenset(
    {"ملابسات", "ظروف", "منفذي", "مرتكبي", "مدبري", "المسؤولين", "ضحايا", "تداعيات"}
)


_ASKING_TYPES = frozenset({"REQUEST", "AGREE"})


def _halted(
    tokens: list[Token], previous: PhraseMatch[LexTrigger] | None, match: PhraseMatch[LexTrigger]
) -> bool:
    """Talks named as what a party withdraws from or halts: "تعليق مشاركته في محادثات جدة",
    "انسحب الوفد من المفاوضات"."""
    if previous is None or match.value.type != "CONSULT" or previous.value.mode != "withdraw":
        return False
    gap = [t.text for t in tokens[previous.last : match.first]]
    return (len(gap) == 1 and gap[0] in {"في", "من"}) or (not gap and "ب" not in match.proclitics)


def _nearest_before(
    match: PhraseMatch[LexTrigger],
    previous: PhraseMatch[LexTrigger] | None,
    idioms: list[PhraseMatch[LexTrigger]],
) -> PhraseMatch[LexTrigger] | None:
    """The trigger that ends nearest before ``match``: the previous one, or a split idiom
    (coded after the others, so not yet ``previous``): "وافقت الحكومة على"."""
    before = [m for m in (previous, *idioms) if m is not None and m.last <= match.first]
    return max(before, key=lambda m: m.last, default=None)


def _requested(
    tokens: list[Token],
    previous: PhraseMatch[LexTrigger] | None,
    match: PhraseMatch[LexTrigger],
) -> bool:
    """An act noun that completes a verb of request or agreement: after ب or ل on it, after
    "إلى" / "على", or after a verbal noun with ب: "طالبت المنظمة السلطات بإصدار عفو", "دعا إلى
    وقف القصف", "حث الطرفين على الحوار", "اتفقا على تنسيق المواقف" (what is asked for or agreed
    on is not done yet)."""
    if previous is None or previous.value.type not in _ASKING_TYPES:
        return False
    if not previous.value.verbal and not _adverbial_participle(tokens, previous):
        return False  # "، مطالباً طهران بالإفراج عنها" asks like the verb does
    # a split idiom's final preposition opens the object: "وافقت الحكومة على إرسال قوات"
    opens = (
        previous.last - 1
        if previous.rest and previous.rest[-1] in _GOVERNOR_PREPOSITIONS
        else previous.last
    )
    gap = tokens[opens : match.first]
    # the quote a demand opens on: 'مطالباً الحكومة بـ"قطع العلاقات"'
    unquoted = list(gap)
    while unquoted and unquoted[-1].text in _QUOTE_MARKS:
        unquoted.pop()
    # a verb form is the verbal noun with the article or after a preposition: "وقف القصف",
    # "الكف عن فرض العقوبات"; "طالبوا برحيل الحكومة التي قتلت المتظاهرين" keeps the killing
    masdar_form = (
        match.proclitics.endswith("ال")
        or (bool(unquoted) and unquoted[-1].text in _GOVERNOR_PREPOSITIONS | {"ب", "ل"})
        or _next_demand(unquoted, match)
    )
    if (match.value.verbal and not masdar_form) or match.value.type in _ASKING_TYPES:
        return False
    if len(gap) > _REQUEST_REACH or any(t.text in _CLAUSE_BREAKS for t in gap):
        return False
    if match.proclitics.lstrip("وف")[:1] in {"ب", "ل"}:
        return True  # "طالبت الأسرة بالإفراج عنه", "لوقف"
    if gap and gap[-1].text == "في":
        return False  # "طالب بالتحقيق في الهجوم": the attack happened, the inquiry is asked
    if gap and stem_in(gap[-1].text, _OF_WHAT_HAPPENED):
        return False  # "طالبت بكشف ملابسات الهجوم ومحاسبة منفذيه": the attack happened
    # the request's object up to _REQUEST_CHAIN words before the act: "دعا إلى وقف القصف",
    # "بإصدار عفو", "إلى الكف عن فرض العقوبات"
    for token in unquoted[-_REQUEST_CHAIN:]:
        word = token.text
        if word in _REQUEST_OBJECT_WORDS or (word.startswith(("ب", "لل")) and len(word) > 3):
            return True
    return False


def _next_demand(gap: list[Token], match: PhraseMatch[LexTrigger]) -> bool:
    """A verb phrase joined with و after the first act asked for is the next one asked for, a
    verbal noun: "طالبت الحكومة تركيا بتقديم اعتذار رسمي وسحب قواتها", "دعا إلى وقف العدوان على
    غزة ورفع الحصار" (not "طالبوا برحيل الحكومة وقُتل خمسة منهم", a verb of one word)."""
    if match.proclitics != "و" or match.last - match.first < 2:
        return False
    return any(
        t.text in {"الي", "علي"} or (t.text.startswith("ب") and len(t.text) > 3) for t in gap
    )


_QUESTION_WORDS = frozenset({"هل", "وهل", "فهل"})
_WH_WORDS = frozenset({"لماذا", "كيف", "متي", "اين", "ماذا", "كم"})


def _asked(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, last: int) -> bool:
    """A trigger in a yes/no question ("هل التقى مبعوث فرنسي قادة المجلس؟") or in a clause that
    ends on a question mark."""
    start, end = _clause(tokens, match.first, first, last)
    if any(t.text in _QUESTION_WORDS for t in tokens[start : match.first]):
        return True
    # "لماذا قصفت الطائرات المدينة؟" asks why, and so takes the shelling as given
    presupposed = any(t.text in _WH_WORDS for t in tokens[start:end])
    return end < last and tokens[end].text == "؟" and not presupposed


def _denied(doc: Document, match: PhraseMatch[LexTrigger], claim: Claim | None) -> bool:
    """The act is negated or inside a denial (``claim``, the claim around it): "لم تنفذ أي
    ضربات", "نفى أن تكون قواته قد نفذت أي ضربات" deny that any strike was made."""
    if _negated(doc, match):
        return True
    # "نفى أن تكون المملكة بصدد ترحيلهم، ولم يستبعد اتخاذ إجراءات": after a comma, a verb
    # joined with و goes on in the speaker's own voice, no longer inside what is denied
    goes_on = (
        match.proclitics.startswith("و")
        and match.first > 0
        and doc.tokens[match.first - 1].text == "،"
    )
    return claim is not None and claim.stance == "deny" and not goes_on


def _any_such(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """An act noun after "أي" (any) names no act that happened: "الرد على أي هجوم", "لم تتقدم
    بأي طلب"."""
    # (a verb never follows أي: "بأي طلب" is the noun, not طَلَبَ)
    if match.first > first and tokens[match.first - 1].text in _ANY:
        return True
    # a verb describing "any" thing: "على أي خطوة تستهدف الصناعات الدفاعية", "أي جهة تعتدي"
    return (
        match.value.verbal
        and match.first - 2 >= first
        and tokens[match.first - 2].text in _ANY
        and tokens[match.first - 1].kind is TokenKind.ARABIC
    )


_ANY = frozenset({"اي", "باي", "لاي", "واي"})


# and the acts coordinated with the first: "تنص على تبادل المعلومات الأمنية وتسليم المطلوبين"
_PROVISION_REACH = 6
_CHARGE_REACH = 3
_CONDITION_REACH = 3  # "إذا تعرضت البلاد لهجوم"


def _provided_for(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """The act is what a text provides for: a "provision" cue of status_cues.tsv up to
    _PROVISION_REACH words before it, in the same clause."""
    return _after_cue(tokens, match, first, "provision", _PROVISION_REACH)


_RIGHT_REACH = 4  # "حق الشعب العراقي في التظاهر"


def _a_right_to(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """The act is what someone has a right to: right after a "right" cue ("حق التظاهر") or after
    "في" with the right's holder between ("حق العراقيين في التظاهر السلمي")."""
    if _after_cue(tokens, match, first, "right", 1):
        return True
    before_fi = match.first > first and tokens[match.first - 1].text == "في"
    return before_fi and _after_cue(tokens, match, first, "right", _RIGHT_REACH)


def _charged_with(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """Whether the trigger is the act of a legal charge: up to _CHARGE_REACH words after a
    "charge" cue ("بتهمة قتل شرطي", "بجرائم قتل وخطف"), or joined to ب right after an "accused"
    one ("المتهمين بقتل"); a verb form there is its verbal noun ("بتهمة قتل")."""
    if match.proclitics.endswith("ب") and _after_cue(tokens, match, first, "accused", 1):
        return True
    return _after_cue(tokens, match, first, "charge", _CHARGE_REACH)


def _after_cue(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, status: str, reach: int
) -> bool:
    """Whether a status cue of ``status`` stands up to ``reach`` words before the trigger, with
    no punctuation between."""
    for i in range(match.first - 1, max(first, match.first - reach) - 1, -1):
        if tokens[i].kind is TokenKind.PUNCT and tokens[i].text not in _QUOTE_MARKS:
            return False  # a quote opening the charge does not end it: "بتهم ارتكاب «جرائم حرب»"
        cue = status_matcher().match_at(tokens, i, match.first)
        if cue is not None and cue.value == status:
            return True
    return False


def _absorbed(
    doc: Document,
    found: _Found,
    events: list[Event],
    first: int,
    idiom_modes: dict[int, list[str]],
    idioms: list[PhraseMatch[LexTrigger]],
) -> bool:
    """An attack noun without participants that only says how an attack of the same sentence
    happened ("قتل جندي في هجوم انتحاري", "قتلا جراء انفجار عبوة") adds its modes to it, or to
    the split idiom before it that is coded later (``idiom_modes``, by the idiom's start)."""
    match = found.trigger
    if match.value.type == "PROTEST":
        return _protest_cue_absorbed(doc, found, events, idioms)
    if match.value.type == "CONSULT":
        return _call_absorbed(doc, found, events, first)
    if match.value.type != "ASSAULT" or found.actors or found.recipients:
        return False
    if not _after_preposition(doc.tokens, match, first):
        return False
    if _add_modes_to_earlier(doc, found, events, "ASSAULT"):
        return True
    idioms = [i for i in idiom_modes if i < match.start]
    if idioms:
        idiom_modes[max(idioms)].extend(found.modes)
        return True
    return False


def _call_absorbed(doc: Document, found: _Found, events: list[Event], first: int) -> bool:
    """ "بحث أوباما ونظيره التركي خلال اتصال هاتفي الحرب في سوريا": a talk noun after "خلال"
    / "في" / "عبر" says how the talks of the same sentence were held; it adds its modes."""
    match = found.trigger
    if match.value.verbal or match.first <= first:
        return False
    if doc.tokens[match.first - 1].text not in _DURING | {"عبر"}:
        return False
    return _add_modes_to_earlier(doc, found, events, "CONSULT")


def _add_modes_to_earlier(doc: Document, found: _Found, events: list[Event], kind: str) -> bool:
    """Give the found trigger's modes to the last event of ``kind`` before it in its sentence."""
    start = doc.span(found.trigger.start, found.trigger.end).start
    earlier = [
        e for e in events if e.sentence == found.sentence and e.type == kind
        and e.trigger.end <= start
    ]  # fmt: skip
    if not earlier:
        return False
    earlier[-1].modes = sorted(set(earlier[-1].modes) | set(found.modes))
    return True


def _recalls_a_meeting(
    tokens: list[Token], matches: list[PhraseMatch[LexTrigger]], first: int
) -> bool:
    """Whether the sentence speaks of "the meeting" it follows up: "وجرى خلال اللقاء بحث ..."."""
    return any(
        match.value.type == "CONSULT"
        and match.proclitics.endswith("ال")
        and match.first > first
        and tokens[match.first - 1].text in _DURING | {"وخلال"}
        for match in matches
    )


_DURING_IT = frozenset({"خلاله", "خلالها", "خلالهما", "خلالهم"})


def _during_it(
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    matches: list[PhraseMatch[LexTrigger]],
    idioms: list[PhraseMatch[LexTrigger]],
    events: list[Event],
    sentence: int,
) -> bool:
    """A talk verb followed by "خلاله" (during it) tells what a call or meeting just reported
    was about: "تلقى السيسي اتصالاً هاتفياً من أردوغان، بحث خلاله الجانبان التطورات"."""
    if match.value.type != "CONSULT" or match.last >= len(tokens):
        return False
    if tokens[match.last].text not in _DURING_IT:
        return False
    earlier = [
        m for m in (*matches, *idioms) if m.value.type == "CONSULT" and m.first < match.first
    ]
    return bool(earlier) or any(
        e.type == "CONSULT" and e.sentence in {sentence, sentence - 1} for e in events
    )


def _same_meeting(found: _Found, events: list[Event]) -> bool:
    """ "وجرى خلال اللقاء بحث العلاقات الثنائية": in a sentence about "the meeting" already
    reported, talk words without a doer of their own tell what was discussed there, not a new
    meeting."""
    if found.trigger.value.type != "CONSULT" or found.actors:
        return False
    return any(e.type == "CONSULT" and e.sentence < found.sentence for e in events)


def _protest_cue_absorbed(
    doc: Document, found: _Found, events: list[Event], idioms: list[PhraseMatch[LexTrigger]]
) -> bool:
    """ "تظاهر المئات احتجاجاً على الزيارة": "احتجاجاً" (in protest) only says what the protest
    of the same sentence is against; that event already took the target from it, or will when
    it is a split idiom coded later ("خرج الآلاف في مسيرة للاحتجاج على ...")."""
    match = found.trigger
    if protest_target_matcher().match_at(doc.tokens, match.first) is None:
        return False
    if any(m.value.type == "PROTEST" and m.last <= match.first for m in idioms):
        return True
    start = doc.span(match.start, match.end).start
    return any(
        e.sentence == found.sentence and e.type == "PROTEST" and e.trigger.end <= start
        for e in events
    )


def _obligations(
    doc: Document, index: int, first: int, last: int, parties: list[Party]
) -> list[_Found]:
    """ "على أرمينيا أن تتوقف عن ...": X must do something — a demand on X by the speaker."""
    tokens = doc.tokens
    found = []
    for party in parties:
        i, j = party.token - 1, party.end_token
        if i < first or j + 1 >= last or party.entity is None:
            continue
        if tokens[i].text != "علي" or tokens[j].text != "ان":
            continue
        match = PhraseMatch(j, j + 2, tokens[j].start, tokens[j + 1].end, "", _OBLIGATION)
        claim = _claim_at(doc, tokens[j].start)
        speaker = _speaker_party(doc, claim, parties) if claim else None
        actors = [speaker] if speaker else [p for p in parties if p.entity and p.token < i][:1]
        found.append(_Found(match, index, actors, [party]))
    return found


def _is_count(word: str) -> bool:
    """ "ثلاثة"، "عشرات"، "12": a number or word of quantity."""
    return word.isdigit() or word in time_lexicon().cardinals or word in quantity_words()


def _idiom_subject(
    idioms: list[PhraseMatch[LexTrigger]],
    match: PhraseMatch[LexTrigger],
    code: Callable[[PhraseMatch[LexTrigger]], list[_Found]],
) -> list[Party]:
    """The doers of the last verbal split idiom before ``match``, coded with ``code``."""
    earlier = [m for m in idioms if m.value.verbal and m.last <= match.first]
    if not earlier:
        return []
    coded = code(earlier[-1])
    return coded[0].actors if coded else []


def _split_idioms(
    doc: Document, first: int, last: int, blocked_starts: set[int], named: set[int]
) -> tuple[list[PhraseMatch[LexTrigger]], set[int]]:
    """Verb + object idioms with the subject in between: "أطلق مسلحون النار", "شنّت القوات
    هجوماً"; a verbal noun with a count in between: "إطلاق ثلاثة صواريخ". Also where the objects
    of split blocks begin ("دفع الشعب ثمن الحرب"): no trigger of their own."""
    matcher = trigger_matcher()
    found = []
    blocked_objects: set[int] = set()
    for i in range(first, last):
        if i in blocked_starts:
            continue  # "حققت نمواً كبيراً في ...": a block read in one piece, no split idiom
        # The subject may take many words before the object of an attack, blame, threat or death
        # idiom: "لقي عدد من عناصر تنظيم داعش الإرهابي مصرعهم", "حمّل المسؤول حزب العمال
        # الكردستاني مسؤولية", "فتح رجل في التاسعة والخمسين من العمر النار"; others reach
        # _IDIOM_GAP words.
        match = matcher.match_split(doc.tokens, i, last, max_gap=_UNDERGOER_GAP)
        if match is not None and match.value.role == "block":
            near_block = matcher.match_split(doc.tokens, i, last, max_gap=_PREPOSITION_GAP)
            if near_block is not None and near_block.rest_first is not None:
                blocked_objects.add(near_block.rest_first)
            continue
        if match is None:
            continue
        if match.rest_first is not None and _names_a_place(
            doc, match.rest_first, match.rest[0], first, last
        ):
            continue  # "أعلن حاكم مقاطعة بيلغورود": the province, no boycott announced
        long_subject = match.value.role == "undergoer" or match.value.type in _LONG_SUBJECT_TYPES
        if not long_subject and not _reaches(doc, i, last, match, named):
            continue
        counted = i + 1 < last and _is_count(doc.tokens[i + 1].text)
        if not match.value.verbal and not counted and not _doer_between(doc, i, match, named):
            continue
        found.append(match)
    return found, blocked_objects


_POSSESSED = ("ها", "هم", "هما")  # "وقوفها", "تضامنهم" (ه alone may be a written ة)


def _doer_between(doc: Document, i: int, match: PhraseMatch[LexTrigger], named: set[int]) -> bool:
    """A verbal noun with its doer in the genitive before the rest of the idiom, and perhaps one
    adjective of the noun: "وقوف طهران الثابت إلى جانب سوريا", "تعليق الاتحاد الأفريقي عضوية
    السودان"."""
    if match.rest_first is None or match.rest_first <= i + 1:
        return False
    tokens = doc.tokens
    gap = [j for j in range(i + 1, match.rest_first) if tokens[j].text not in _QUOTE_MARKS]
    noun = tokens[i].text[len(match.proclitics) :]
    if noun.endswith(_POSSESSED) and len(gap) <= _PREPOSITION_GAP:
        return True  # 'وقوفها "بكل إمكاناتها" إلى جانب المملكة': the doer is the pronoun
    if not gap or gap[0] not in named:
        return False
    unnamed = [j for j in gap if j not in named]
    if not unnamed:
        return True
    adjective = tokens[unnamed[0]].text
    if unnamed == gap[-1:] and adjective.startswith("ال"):
        return True
    # an adverb after the doer: "وقوف تركيا بكل قوة إلى جانب أذربيجان", "وقوف دول المجلس صفاً
    # واحداً إلى جانب دولة الكويت"
    tail = [tokens[j].text for j in unnamed]
    adverb = tail[0].startswith("ب") or all(word.endswith("ا") for word in tail)
    return unnamed == gap[-len(unnamed) :] and len(unnamed) <= 2 and adverb


def _in_rest(idiom: PhraseMatch[LexTrigger], token: int) -> bool:
    """Whether a token is one of the words of a split idiom after its gap."""
    return idiom.rest_first is not None and 0 <= token - idiom.rest_first < len(idiom.rest)


def _reaches(
    doc: Document, i: int, last: int, match: PhraseMatch[LexTrigger], named: set[int]
) -> bool:
    """Whether a split idiom of a type whose subject is short (not ``_LONG_SUBJECT_TYPES``)
    reaches its object: over at most _IDIOM_GAP words, or a longer titled name ("قبل الرئيس
    البرازيلي لويس إيناسيو لولا دا سيلفا دعوة"); a verb and its standalone preposition ("حقق في")
    only over _PREPOSITION_GAP words or a titled name ("عفا الرئيس المصري عبد الفتاح السيسي عن"):
    "حققت الشركة في العام الماضي أرباحاً" is no investigation."""
    matcher = trigger_matcher()
    near = matcher.match_split(doc.tokens, i, last, max_gap=_IDIOM_GAP)
    if near is None and _named_subject_before(doc, i, match.rest_first, named):
        near = match
    if near is None:
        return False
    lone = bool(near.rest) and near.rest[-1] in _LONE_PREPOSITIONS
    if lone and not _named_subject_before(doc, i, near.rest_first, named):
        return matcher.match_split(doc.tokens, i, last, max_gap=_PREPOSITION_GAP) is not None
    return True


def _named_subject_before(doc: Document, verb: int, rest: int | None, named: set[int]) -> bool:
    """Whether the words between a verb and its preposition end on a name: the subject, with its
    title before it ("عفا الرئيس المصري عبد الفتاح السيسي عن ...")."""
    if rest is None or rest - 1 not in named:
        return False
    return all(j in named or _title_word(doc.tokens, j) for j in range(verb + 1, rest))


def _title_word(tokens: list[Token], j: int) -> bool:
    """An office or a nisba: "الرئيس", "المصري"."""
    return title_matcher().match_at(tokens, j, j + 1) is not None or _is_nisba(tokens, j)


def _object_says_more(
    idiom: PhraseMatch[LexTrigger], object_match: PhraseMatch[LexTrigger] | None
) -> bool:
    """Whether a split idiom's object begins a longer trigger of another type."""
    if object_match is None or idiom.rest_first is None or idiom.rest[-1:] in (("ب",), ("ل",)):
        return False  # "لوح الرئيس بشن عملية": what the threat names, coded by _threatened
    longer = object_match.last > idiom.rest_first + len(idiom.rest)
    return longer and object_match.value.type != idiom.value.type


def _object_with_its_doer(
    tokens: list[Token], object_match: PhraseMatch[LexTrigger] | None, parties: list[Party]
) -> bool:
    """Whether a split idiom's object is a verbal noun with a political doer in the genitive,
    the one supported named after it with ل: "دعم القاهرة الكامل لأمن السودان" (not "أكد
    الوزير دعم الحكومة اللبنانية", support for the government)."""
    if object_match is None or object_match.value.role != "party_genitive":
        return False
    if not _doer_in_genitive(tokens, object_match, parties):
        return False
    doer = next((p for p in parties if p.token == object_match.last), None)
    if doer is None:
        return False
    after = [t.text for t in tokens[doer.end_token : doer.end_token + 2]]
    if after[:1] and after[0].startswith("ال"):
        after = after[1:]  # "الكامل", "الثابت": an adjective of the support
    return bool(after) and after[0].startswith("ل") and not after[0].startswith("ال")


def _not_yet_coded(
    doc: Document, idioms: list[PhraseMatch[LexTrigger]], events: list[Event], sentence: int
) -> list[PhraseMatch[LexTrigger]]:
    """The split idioms whose verb no trigger of the sentence has coded already."""
    taken = {e.trigger.start for e in events if e.sentence == sentence}
    return [m for m in idioms if doc.span(m.start, m.end).start not in taken]


_CAUSE_REACH = 15  # words from a death to its cause


def _accidental(tokens: list[Token], match: PhraseMatch[LexTrigger], last: int) -> bool:
    """A death whose first cause named after it is an accident or a disaster ("لقي تسعة أشخاص
    مصرعهم بحادث تحطم طائرة", "قتل أربعة أطفال في صاعقة"; resources/events/accident_cues.txt),
    not an attack ("قتلوا في هجوم ... بعد حادث سير" is an attack: the attack comes first)."""
    trigger = match.value
    death = trigger.role in {"undergoer", "victim_after"} or _without_conjunction(
        tokens, match
    ).startswith("قتل")
    if trigger.type != "ASSAULT" or not death:
        return False
    cues = accident_cue_matcher()
    for i in range(match.last, min(last, match.last + _CAUSE_REACH)):
        if cues.match_at(tokens, i, last) is not None:
            return True
        if _assault_at(tokens, i, last) and not stem_in(tokens[i].text, _CASUALTY_WORDS):
            return False
    return False


def _names_a_place(doc: Document, i: int, word: str, first: int, last: int) -> bool:
    """An act noun at ``i`` (``word`` without its proclitics) that is also a kind of place,
    before a place (not a country) the places component resolved ("فوق مقاطعة بيلغورود", "حاكم
    مقاطعة كورسك"), or after a preposition and before a name without the article: "في مقاطعة
    سيسكيو", "بمقاطعة «كنت»" (resources/events/place_homographs.txt). "مقاطعة قطر" is a boycott
    of a country."""
    if word not in place_homographs():
        return False
    if _place_starts_at(doc, i + 1, last):
        return True
    tokens = doc.tokens
    proclitics = tokens[i].text[: len(tokens[i].text) - len(word)]
    after_preposition = "ب" in proclitics or (
        i > first and (_place_word(tokens[i - 1].text) or tokens[i - 1].text in _OF_A_PROVINCE)
    )
    at = i + 1
    while at < last and tokens[at].text in _SPEECH_OPENERS | {"»", "”"}:
        at += 1  # the name in quotes: "بمقاطعة «كنت»"
    if not after_preposition or at >= last:
        return False
    if tokens[at].kind is not TokenKind.ARABIC:
        return tokens[at].kind is TokenKind.LATIN  # "في مقاطعة Kent"
    name = tokens[at].text
    return not name.startswith("ال") and country_matcher().match_at(tokens, at, last) is None


# words that govern a province, not a boycott: "أُطلقا من مقاطعة كورسك", "فوق مقاطعة بريانسك",
# "حاكم مقاطعة بيلغورود"
_OF_A_PROVINCE = frozenset({"من", "فوق", "حاكم", "حاكمه", "سكان", "عاصمه"})


def _place_starts_at(doc: Document, i: int, last: int) -> bool:
    """Whether a place other than a country is named from token ``i`` on."""
    if i >= last:
        return False
    start = doc.normalized.to_original_start(doc.tokens[i].start)
    return any(
        mention.start == start and place.feature != "country"
        for place in doc.places
        for mention in place.mentions
    )


def _noun_homograph(tokens: list[Token], match: PhraseMatch[LexTrigger], last: int) -> bool:
    """A verb form that is also a noun, read as the noun when an adjective follows it."""
    if match.last - match.first != 1 or match.last >= last:
        return False
    if tokens[match.first].text[len(match.proclitics) :] not in noun_homographs():
        return False
    nxt = country_matcher().match_at(tokens, match.last, last)
    # An accusative nisba ("قتل تونسياً") is the object of the verb, not an adjective.
    return (
        nxt is not None and nxt.value.kind == "nisba" and not tokens[match.last].text.endswith("ا")
    )


# Words after which a verb still heads its clause: "كما طالب", "وقد ثمن", "حيث طالب".
_VERB_OPENERS = frozenset(
    {"كما", "وكما", "قد", "وقد", "فقد", "لقد", "حيث", "فيما", "بينما", "ثم", "كذلك", "بدوره"}
    | {"بدورها", "جهته", "جانبه", "جهتها", "جانبها", "اذ", "عندما", "حين", "بعدما", "لما"}
)


_WARNING_REACH = 12  # words of a warning in which its consequence is told
# words of a consequence a warning holds out: "الرد", "عواقب", "ثمن", "حرب"
_CONSEQUENCES = frozenset({"رد", "الرد", "ردا", "عواقب", "العواقب", "ثمن", "الثمن", "حرب", "الحرب"})


def _consequence_to_come(tokens: list[Token], match: PhraseMatch[LexTrigger], last: int) -> bool:
    """Whether a warning tells of something to come: a future verb ("سيرد", "ستدفع", "سوف"),
    "لن" ("لن يقف مكتوف الأيدي") or a word of consequence ("عواقب وخيمة", "الرد")."""
    # the warning's words begin after the whole idiom: "حذرت الخارجية السعودية من أن ..."
    start = _end_of(match)
    for token in tokens[start : min(last, start + _WARNING_REACH)]:
        word = token.text.removeprefix("و").removeprefix("ف")
        future = word.startswith(("سي", "ست", "سن")) and len(word) >= 4
        if future and word not in future_lookalikes():
            return True
        if word in {"سوف", "لن"} or word in _CONSEQUENCES:
            return True
    return False


def _passive_participle(tokens: list[Token], match: PhraseMatch[LexTrigger]) -> bool:
    """A form of adverbial_participles.txt that does not follow a comma: passive or adjective."""
    word = tokens[match.first].text[len(match.proclitics) :]
    if match.last - match.first != 1 or word not in adverbial_participles():
        return False
    return match.first == 0 or tokens[match.first - 1].text not in _COMMAS


def _inside_a_clause(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """A form of initial_verbs.txt that does not head its clause: the noun ("مليون طالب")."""
    if match.proclitics[:1] in {"و", "ف"} or match.first == first:
        return False
    if tokens[match.first].text[len(match.proclitics) :] not in initial_verbs():
        return False
    before = tokens[match.first - 1]
    if before.kind is TokenKind.PUNCT or before.text in _VERB_OPENERS:
        return False
    # the subject of a complement clause comes first: "وقال إن الوزير الأردني طالب الحكومة"
    for i in range(match.first - 2, max(first, match.first - 6) - 1, -1):
        if tokens[i].kind is TokenKind.PUNCT:
            break
        if tokens[i].text in _COMPLEMENTISERS:
            return False
    return True


def _inside_time(doc: Document, match: PhraseMatch[LexTrigger]) -> bool:
    span = doc.span(match.start, match.end)
    return any(t.start <= span.start and span.end <= t.end for t in doc.times)


def _relaying_mentions(doc: Document) -> set[tuple[str, int]]:
    """Mentions of the outlets that relay a claim ("نقلته وكالة الأناضول", "لقناة الجزيرة"): they
    pass words on and are no party to the events in them."""
    outlets = {e.id: e for e in doc.entities if e.sector in {"JRN", "MED"}}
    found = set()
    for claim in doc.claims:
        sentence = next(s for s in doc.sentences if s.start <= claim.cue.start < s.end)
        for relay in claim.relayed_by:
            entity = outlets.get(relay.entity or "")
            for mention in entity.mentions if entity else []:
                if sentence.start <= mention.start < sentence.end:
                    found.add((entity.id, mention.start))  # type: ignore[union-attr]
    return found


def _parties(doc: Document) -> list[Party]:
    """Entity mentions and bare nisbas, as token ranges."""
    token_starts = [doc.span(t.start, t.start).start for t in doc.tokens]
    parties: list[Party] = []
    taken: set[int] = set()
    place_ends = {bisect_left(token_starts, m.end) for place in doc.places for m in place.mentions}
    relaying = _relaying_mentions(doc)
    offices = office_bodies(doc)
    name_cities = _cities_naming_acts(doc, token_starts)
    for entity in doc.entities:
        for mention in entity.mentions:
            first = max(bisect_left(token_starts, mention.start + 1) - 1, 0)
            end = bisect_left(token_starts, mention.end)
            taken.update(range(first, end))
            if (entity.id, mention.start) in relaying:
                continue  # "في بيان نقلته وكالة الأنباء الأردنية": the outlet takes no part
            if (entity.id, mention.start) in offices:
                continue  # "المتحدث باسم الكرملين دميتري بيسكوف": the spokesman acts
            if entity.type == "NORP" and (
                first in place_ends or _after_place_name(doc.tokens, first)
            ):
                continue  # "في مدينة حلب السورية": the city's adjective, no participant
            if first in name_cities and entity.type == "GPE":
                continue  # "التزامهما باتفاق بكين": the city names the agreement
            parties.append(
                Party(
                    first,
                    max(end, first + 1),
                    doc.text[mention.start : mention.end],
                    entity.id,
                    entity.country,
                    entity.sector,
                    entity.code,
                    entity.type,
                )
            )
    edges = {(p.token, p.country) for p in parties} | {(p.end_token, p.country) for p in parties}
    for match in country_matcher().find_all(doc.tokens):
        if match.value.kind != "nisba" or match.first in taken:
            continue
        named_at = past_affairs(doc.tokens, match.last, len(doc.tokens))
        if (named_at, match.value.iso3) in edges or (match.first, match.value.iso3) in edges:
            # the nisba of a titled person: "الرئيس الروسي فلاديمير بوتين", "مستشار المرشد
            # الإيراني للشؤون الدولية علي أكبر ولايتي"
            continue
        if _office_after(doc.tokens, match.first, match.value.iso3, parties):
            continue  # "الأمير محمد بن سلمان ولي ولي العهد السعودي": his office, no one else
        if match.first in place_ends or _after_place_name(doc.tokens, match.first):
            continue  # the nisba of a place: "في مدينة صفاقس التونسية"
        if in_portfolio(doc.tokens, match.first):
            continue  # "مساعد وزير الخارجية للشؤون الإسرائيلية": a portfolio, no party
        span = doc.span(match.start, match.end)
        parties.append(
            Party(
                match.first,
                match.last,
                doc.text[span.start : span.end],
                None,
                match.value.iso3 if is_country(match.value.iso3) else None,
                None,
                match.value.iso3,  # a country-level actor code: "مواقع هندية" → IND, "كردية" → KUR
            )
        )
    parties.sort(key=lambda p: p.token)
    return _without_backers(doc.tokens, parties)


def _without_backers(tokens: list[Token], parties: list[Party]) -> list[Party]:
    """A party named as the backer of the party right before it takes no part in the act:
    "هاجمت ميليشيات مدعومة من إيران قاعدة أمريكية" attacks no Iranian target; with no party
    before the cue the backer stays, as the only one named (resources/entities/backers.txt)."""
    ends = {p.end_token for p in parties}
    return [
        p for p in parties if (cue := _backer_cue_start(tokens, p.token)) is None or cue not in ends
    ]


def _backer_cue_start(tokens: list[Token], first: int) -> int | None:
    """The token that opens the cue before a backer's name: "مدعومة" in "مدعومة من إيران",
    "الموالية" in "الموالية لإيران"; None when there is none."""
    word = normalize_key(tokens[first].text)
    if first >= 2 and word and normalize_key(tokens[first - 1].text) == "من":
        cue, preposition = first - 2, "من"
    elif first >= 1 and word[:1] in {"ل", "ب"}:
        cue, preposition = first - 1, word[0]
    else:
        return None
    return cue if backs_what_precedes(tokens[cue].text, preposition) else None


def _cities_naming_acts(doc: Document, token_starts: list[int]) -> set[int]:
    """Tokens of cities named right after an agreement or meeting noun, which they name:
    "التزامهما باتفاق بكين", "عقد مؤتمر برلين" (resources/events/named_after_cities.txt)."""
    heads = named_after_cities()
    tokens: set[int] = set()
    for place in doc.places:
        if place.feature != "city":
            continue
        for mention in place.mentions:
            first = bisect_left(token_starts, mention.start)
            if 0 < first < len(doc.tokens) and stem_in(doc.tokens[first - 1].text, heads):
                tokens.add(first)
    return tokens


_OFFICE_AFTER_NAME = 5  # "محمد بن سلمان ولي ولي العهد السعودي"


def _office_after(tokens: list[Token], i: int, country: str, parties: list[Party]) -> bool:
    """A nisba in the office named after a person of its country: "الأمير محمد بن سلمان ولي
    ولي العهد السعودي النائب الثاني ..." (the office is his)."""
    for party in parties:
        near = party.end_token <= i <= party.end_token + _OFFICE_AFTER_NAME
        if near and party.country == country and party.entity and party.sector:
            return not any(t.text in _CLAUSE_BREAKS for t in tokens[party.end_token : i])
    return False


def _after_place_name(tokens: list[Token], i: int) -> bool:
    """A nisba two or three words after a place noun describes the place, even when the
    gazetteer does not know the name between: "في ولاية كارولينا الجنوبية الأمريكية"."""
    for j in range(max(0, i - 3), i - 1):
        if tokens[j].text in _CLAUSE_BREAKS:
            return False
        if any(stem in PLACE_NOUNS for stem in stem_candidates(tokens[j].text)):
            return not any(t.text in _CLAUSE_BREAKS for t in tokens[j:i])
    return False


def _clause(tokens: list[Token], i: int, first: int, last: int) -> tuple[int, int]:
    start = i
    while start > first and tokens[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
    end = i
    while end < last and tokens[end].text not in _CLAUSE_BREAKS:
        end += 1
    return start, end


def _is_person(party: Party) -> bool:
    return party.kind == "PERSON"


def _subject_names(doc: Document, actors: list[Party], after: list[Party]) -> list[Party]:
    """The body and the name of a titled subject, in apposition after it: "الأمين العام لحركة
    عصائب أهل الحق قيس الخزعلي" (a title, its movement, his name), "المرشد الأعلى الإيراني علي
    خامنئي" (a nisba, then the name). They are the subject's own, no recipients."""
    if len(actors) != 1:
        return []
    tokens = doc.tokens
    actor = actors[0]
    kind = actor.kind
    untitled = kind == "PERSON" and actor.country is None and actor.code is None  # "الأمين العام"
    if kind == "ORG" and _office_of(tokens, actor):
        # "دعا رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد الأطراف": the holder's name
        holder = next((p for p in after if p.token == actor.end_token), None)
        return [holder] if holder is not None and _is_person(holder) else []
    if not untitled and actor.entity is not None and kind != "NORP":
        return []  # a named subject: a person after it is the object ("استقبل X الوزير Y")
    chain: list[Party] = []
    at = actor.end_token
    while at < len(tokens):
        if tokens[at].text in _QUOTE_MARKS:
            at += 1
            continue
        party = next((p for p in after if p.token == at), None)
        # a body after a title: "لحزب الله", "لحركة عصائب أهل الحق", "لجامعة الدول العربية"
        # ... or the title's mention ends on that noun: 'الأمين العام لحركة "عصائب أهل الحق"'
        of_body = (
            untitled
            and not chain
            and (tokens[at].text.startswith("ل") or tokens[actor.end_token - 1].text[:1] == "ل")
        )
        if party is None and of_body:
            party = next((p for p in after if p.token in {at + 1, at + 2}), None)
            if party is not None and any(
                t.text not in _QUOTE_MARKS for t in tokens[at + 1 : party.token]
            ):
                party = None
        if party is None:
            break
        if _is_person(party):
            if kind == "NORP" and party.country not in {None, actor.country}:
                break  # "... الإيراني وزير الخارجية العماني": another man
            chain.append(party)  # the name closes the subject
            break
        if not of_body:
            break
        chain.append(party)
        at = party.end_token
    return chain


def _office_of(tokens: list[Token], body: Party) -> bool:
    """Whether a title heads the body, at most one word between: "رئيس مفوضية الاتحاد
    الأفريقي", "الأمين العام للأمم المتحدة"."""
    titles = title_matcher()
    for j in range(max(0, body.token - 3), body.token):
        title = titles.match_at(tokens, j, body.token)
        if title is not None and body.token - title.last <= 1:
            return True
    return False


def _code_trigger(
    doc: Document,
    match: PhraseMatch[LexTrigger],
    index: int,
    first: int,
    last: int,
    parties: list[Party],
    sides: tuple[str, str] | None,
    subject: list[Party] | None = None,
    story: tuple[str, str] | None = None,
) -> list[_Found]:
    """The events one trigger codes. ``sides`` are the two parties of the latest two-sided
    event ("الجانبان" after a call), ``story`` those of the whole article (the object of a
    third party's call: "دعت الصين البلدين إلى ضبط النفس")."""
    tokens = doc.tokens
    trigger = match.value
    found = _Found(match, index)
    if trigger.role == "regret" and _regrets_anothers_act(tokens, match, last):
        found.kind = "ACCUSE"  # "أعربت الرباط عن أسفها للقرار": disapproval, no apology
    found.modes = [trigger.mode] if trigger.mode else []
    found.modes += _modes(
        tokens, trigger.type, *_clause(tokens, match.first, first, last)
    ) or _modes(tokens, trigger.type, first, last)
    if "crowd-control" in found.modes and "explosives" in found.modes:
        found.modes.remove("explosives")  # "ألقت القنابل الغازية": tear-gas grenades, no bombs
    # a verb phrase may end on its own subject: "انتشرت قوات الجيش", "تمركزت قوات إثيوبية"
    # ... and a noun phrase on its object's office: "استدعاء السفير الفرنسي"
    inside = [
        p
        for p in parties
        if match.first < p.token < match.last and (trigger.verbal or p.end_token > match.last)
    ]
    after = inside + [p for p in parties if p.token >= match.last]
    after = [p for p in after if not _in_aside(tokens, match, p)]
    before = [p for p in parties if p.token < match.first]
    claim = _claim_at(doc, tokens[match.first].start)
    if claim is not None and trigger.type not in _SPEECH_TYPES:
        # Inside reported speech the doer is named inside it: "أكدت الشرطة وجود صلة بين الهجوم
        # ..." — the police reported the attack, they did not carry it out. An announcer may
        # do what it announces: "أعلنت الخارجية أمس إعادة العمل بنظام التأشيرة".
        opening = claim.cue.end if _announcing(doc, claim) else claim.content.start
        before = [p for p in before if _original_start(doc, p) >= opening]

    exchanged = any(
        stem_in(t.text, _EXCHANGE) for t in tokens[max(first, match.first - 3) : match.first]
    )
    if trigger.role == "reciprocal" or exchanged:  # "تبادلت الدولتان الاتهامات"
        found.actors = (
            _between(tokens, match, parties, last)
            or _with_side(doc, match, first, last, before, after, sides)
            or _one_plural_side(doc, match, first, last, before, after, sides, exchanged)
            or _sides(doc, tokens, match, first, last, parties, sides)
        )
        return [found]
    if trigger.type == "MOBILIZE" and trigger.mode == "weapons" and trigger.cameo == "154":
        joint = _joint_sides(tokens, match, parties, last)
        if joint:  # "مناورات بين القوات المصرية ونظيرتها السعودية": military cooperation
            found.actors, found.kind, found.modes = joint, "COOPERATE", []
            return [found]
    if trigger.role == "subject_accused":  # "أكدت باكو أن أرمينيا تتحمل مسؤولية ..."
        claim = _claim_at(doc, tokens[match.first].start)
        if claim is None:
            return []  # "ارتكب الشاب جريمة قتل": court news in the outlet's voice, no accuser
        # the verb first: "إن ارتكبت القوات الإسرائيلية جرائم حرب"
        between = [p for p in after if match.rest_first and p.token < match.rest_first]
        found.recipients = _same_span(between[:1], after) or before[-1:]
        speaker = _speaker_party(doc, claim, parties)
        found.actors = [speaker] if speaker else []
        return [found]

    if trigger.role == "incumbent":  # "قال الجبير إن على قطر وقف دعمها": Riyadh asks Doha
        bound = next((p for p in after if p.token == match.last), None)
        # "إن" is the complementiser before the claim's words: the claim is the party's
        claim = _claim_at(doc, tokens[bound.token].start) if bound is not None else None
        speaker = _speaker_party(doc, claim, parties) if claim else None
        if bound is None or speaker is None or _is_person(bound):
            return []  # "قال إن علي صالح ...": the name Ali
        if speaker.entity is None and speaker.country == bound.country:
            return []  # "يرى مراقبون أن على الحكومة العراقية": no party demands it
        found.actors, found.recipients = [speaker], [bound]
        return [found]
    if trigger.role == "evaluation":  # "وصفت طهران الهجوم بأنه جريمة جبانة": Tehran accuses
        claim = _evaluating_claim(doc, match)
        speaker = _speaker_party(doc, claim, parties) if claim else None
        if claim is None or speaker is None:
            return []  # "في هجوم همجي" in the outlet's own voice: its framing, no accusation
        found.actors = [speaker]
        found.recipients = _evaluated_party(doc, match, claim, before)
        return [found]
    if trigger.type == "ASSAULT" and trigger.verbal and _killed_without_object(tokens, match, last):
        # "أعلن الجيش أن جنديا قتل وأصيب 10 آخرون": a killing verb with no object is passive;
        # the participant before it is the victim and the doer is not named by the verb
        floor = max(
            _subject_floor(tokens, match.first, first),
            _before_apposition(tokens, match, first, last),
        )
        victims = [p for p in before if p.token >= floor and p.entity]
        found.recipients = _with_coordinated(tokens, victims, before)
        doer = _instrument_doer(tokens, match, after, last)
        found.actors = [doer] if doer is not None else []
        return [found]
    if trigger.role == "undergoer":  # "لقي ثلاثة جنود حتفهم": the subject is the victim
        doer = _instrument_doer(tokens, match, after, last)
        subject = _subject_after(tokens, match, after, last) or _subject_before(
            tokens, match, before
        )
        if subject is doer:
            subject = _subject_before(tokens, match, before)
        found.recipients = [subject] if subject is not None else []
        found.actors = [doer] if doer is not None else []
        return [found]
    if trigger.role == "victim_after":  # "أعلن الجيش مقتل جنديين": the dead, no doer
        victim = _victim_after(tokens, match, after)
        found.recipients = (
            _same_span([victim], after)
            if victim is not None
            else _recipients(tokens, match, last, after, [], sides, story)
        )
        return [found]
    if trigger.role == "by_agent":  # "أصيب جنديان برصاص قناص": doer after, victims before
        found.actors = [p for p in after if p.token == match.last][:1]
        doer = None
        if not found.actors:
            doer = _doer_clause(tokens, match, after, last) or _instrument_doer(
                tokens, match, after, last
            )
        if doer is not None:  # "أصيب برصاصة في الرأس أطلقها قناص إسرائيلي"
            found.actors = [doer]
        clause_start = _clause(tokens, match.first, first, last)[0]
        found.recipients = [p for p in before if p.token >= clause_start][-1:]
        return [found]
    marked = _marked_agent(tokens, match, after, last) if trigger.type in _VIOLENT else None
    if marked is not None:  # "تعرضت القنصلية لاعتداء من قبل مسلحين": a passive agent
        doer, marker = marked
        found.actors = _same_span([doer], after)
        between = [p for p in after if p.token < marker and p.entity]
        clause_start = _clause(tokens, match.first, first, last)[0]
        undergoer = [p for p in before if p.token >= clause_start and p.entity]
        found.recipients = _same_span(between[:1], after) or _same_span(undergoer[-1:], before)
        return [found]
    suffered = None if trigger.verbal else _undergone_by(tokens, match, first, last, parties)
    if suffered is not None and trigger.type in _VIOLENT:
        # "تعرض وزير الداخلية لمحاولة اغتيال": the minister is the target; the doer is named
        # only after the act ("لهجوم شنّته طالبان", "لهجوم لطالبان", "لهجوم من حزب الله")
        doer = (
            _doer_clause(tokens, match, after, last)
            or _lam_agent(tokens, match, after)
            or _from_agent(tokens, match, after, last)
        )
        found.actors = _same_span([doer], after) if doer is not None else []
        found.recipients = _same_span(suffered, parties)
        return [found]
    requester = _at_the_request_of(tokens, match, after, last)
    if requester:  # "عقد مجلس الأمن جلسة طارئة بطلب من إيران": Iran asked the council
        found.actors, found.asked_by_preposition = requester, True
        subject = _actors(doc, match, first, last, before, after, sides, subject or [])
        # the body that meets or acts is the sentence's subject, before an aside if need be:
        # "عقد مجلس الجامعة دورة غير عادية في القاهرة، بناءً على طلب الأردن وفلسطين"
        asked = [p for p in subject if p not in requester] or [p for p in before if p.entity][:1]
        found.recipients = asked
        return [found]
    if trigger.role == "received":  # "تلقى السيسي اتصالاً من أردوغان": Erdogan called
        found.recipients = _actors(doc, match, first, last, before, after, sides, subject or [])
        end = _end_of(match)
        # the caller's title may come before the party: "من نظيره التركي رجب طيب أردوغان"
        caller = next(
            (
                p
                for p in after
                if end < last
                and tokens[end].text == "من"
                and p.entity
                and end < p.token <= end + _TITLED_SUBJECT_REACH
                and all(_title_word(tokens, j) for j in range(end + 1, p.token))
            ),
            None,
        )
        # "تلقى الأسد اتصالين هاتفيين من رئيس دولة الإمارات ... ورئيس الوزراء العراقي": both call
        found.actors = _joined(tokens, caller, after) if caller is not None else []
        for party in after:
            if found.actors and party.token > found.actors[-1].token and party.entity:
                if not _coordinated(tokens, found.actors[-1], party):
                    break
                found.actors.append(party)
        return [found]
    # "دمّرت 15 طائرة مسيّرة أوكرانية" is an interception too; "أطلقت طائرة مسيرة" is a launch
    intercepting = trigger.role == "interception" or (trigger.verbal and trigger.mode == "destroy")
    weapon, owner = _incoming_weapon(tokens, match, parties, last) if intercepting else (None, None)
    if trigger.role == "interception" and weapon is None:
        return []  # "اعترضت الزوارق ناقلة", "أسقطت النيابة الدعوى": nothing shot down
    if weapon is not None:
        found.modes = _modes(tokens, "ASSAULT", weapon.first, weapon.last)
        told = not trigger.verbal or _launch_told(tokens, weapon, last)
        if owner is None and trigger.role == "interception" and told:
            # "اعترضت صاروخاً أطلقه الحوثيون": the launch is the attack, coded by itself; "أعلن
            # التحالف اعتراض طائرات مسيرة" names neither side's act
            return []
    if owner is not None:  # "اعترضت الدفاعات الروسية مسيّرات أوكرانية": Ukraine attacked
        interceptors = [
            p
            for p in _actors(doc, match, first, last, before, after, sides, subject or [])
            if p.country and p.country != owner.country
        ]
        if not interceptors and claim is not None:
            speaker = _speaker_party(doc, claim, parties)
            interceptors = [speaker] if speaker and speaker.country != owner.country else []
        found.actors = _same_span([owner], parties)
        if interceptors:
            found.recipients = interceptors
            # the interception is force the interceptor uses too: "أسقطت الدفاعات الجوية
            # الأوكرانية 20 مسيّرة روسية" is Russia's attack and Ukraine's shooting it down
            shooting = replace(found, actors=list(interceptors), recipients=list(found.actors))
            return [found, shooting]
        else:  # "أسقطت مسيّرة أوكرانية عبوة ناسفة على سيارة": the drone dropped it
            found.recipients = [
                p
                for p in _recipients(tokens, match, last, after, found.actors, sides, story)
                if p.country != owner.country
            ]
        return [found]
    found.actors = _actors(doc, match, first, last, before, after, sides, subject or [])
    owners = [(p, _owner(tokens, p, parties)) for p in found.actors]
    owned = {p.token for p, owner in owners if owner is not None}
    found.actors = [owner or p for p, owner in owners]
    # "يتفقان", "اتفق الجانبان": a two-party verb has no recipient; subjects joined with و
    # still act on someone ("اتهمت إيران وسوريا إسرائيل")
    one_mention = len({(p.token, p.end_token) for p in found.actors}) < 2
    named_pair = bool(_two_sides_named(tokens, match, after, last))  # "بحث الرئيسان X وY"
    titled = found.actors + _subject_names(doc, found.actors, after)
    if titled[1:] and found.actors[0].country is None:
        # "الأمين العام لحركة عصائب أهل الحق قيس الخزعلي": the movement's man; "الأمين العام
        # لجامعة الدول العربية أحمد أبو الغيط": the League's, whatever his own country
        body = next((p for p in titled[1:] if not _is_person(p)), None)
        speaks_for = body if body is not None and body.country is None else titled[-1]
        found.actors = [speaks_for] if speaks_for.country or speaks_for.code else found.actors
    if (len({p.country for p in found.actors}) < 2 or not one_mention) and not named_pair:
        found.recipients = _recipients(tokens, match, last, after, titled, sides, story)
        found.recipients = [p for p in found.recipients if p.token not in owned]
    if trigger.type == "PROTEST" and not found.actors:
        found.actors = _protesters(tokens, match, before, after)
        doers = {p.token for p in found.actors}
        found.recipients = [p for p in found.recipients if p.token not in doers]
    if trigger.type == "PROTEST":  # the cue names the target better than the place of the rally
        found.recipients = _protest_target(tokens, match, last, after, found.actors) or (
            found.recipients
        )
    if trigger.type == "CONSULT" and len(found.recipients) > 1:
        return [
            _Found(match, index, list(found.actors), [recipient], list(found.modes))
            for recipient in found.recipients
        ]
    if trigger.type == "ASSAULT" and found.actors and not found.recipients and sides:
        # Two armies in the article: an attack by one side's forces falls on the other's.
        own = {p.country for p in found.actors}
        other = [c for c in sides if c not in own]
        armed = {e.country for e in doc.entities if e.sector == "MIL" and e.country}
        forces = all(p.sector == "MIL" for p in found.actors)
        if (
            len(other) == 1
            and len(own) == 1
            and own <= set(sides)
            and forces
            and set(sides) <= armed
        ):
            found.recipients = [
                Party(match.first, match.last, other[0], None, other[0], None, None)
            ]
    return [found]


def _launch_told(tokens: list[Token], weapon: PhraseMatch[bool], last: int) -> bool:
    """Whether an active launch verb with the weapon's pronoun follows it: "صاروخاً باليستياً
    أطلقه الحوثيون" (not the passive "أُطلق من لبنان", which names no doer)."""
    for token in tokens[weapon.last : min(last, weapon.last + _LAUNCH_REACH)]:
        if token.text in _CLAUSE_BREAKS:
            return False
        if token.text.startswith(("اطلق", "يطلق", "تطلق")) and token.text not in _LAUNCH_VERBS:
            return True
    return False


def _in_aside(tokens: list[Token], match: PhraseMatch[LexTrigger], party: Party) -> bool:
    """Whether a party stands in an aside between the two parts of a split idiom: "حمّلت
    الحكومة، في بيان نقلته وكالة الأنباء اليمنية (سبأ)، جماعة الحوثي المسؤولية" (the agency
    relays; it is not blamed)."""
    if match.rest_first is None or not match.last <= party.token < match.rest_first:
        return False
    commas = [j for j in range(match.last, match.rest_first) if tokens[j].text in {"،", ","}]
    return len(commas) > 1 and commas[0] < party.token < commas[-1]


_SUBJECT_WORDS = 4  # "الدفاعات الجوية السعودية"
_NISBA_ENDINGS = ("ي", "يه", "يا", "يين", "يون", "يات")  # "باليستياً", "حوثية" (ة written ه)


def _incoming_weapon(
    tokens: list[Token], match: PhraseMatch[LexTrigger], parties: list[Party], last: int
) -> tuple[PhraseMatch[bool] | None, Party | None]:
    """The weapon an interception or destroying verb takes, with the party it belongs to:
    "اعترضت مسيّرات أوكرانية", "دمّرت 15 طائرة مسيّرة أوكرانية", "تصدت الدفاعات لصواريخ
    إسرائيلية". The subject and counts may come first ("أسقطت الدفاعات الجوية الأوكرانية 20
    مسيّرة روسية"); the owner is the weapon's nisba, or the force it names, after at most one
    adjective ("صاروخاً باليستياً حوثياً"; not "صاروخاً أطلقه الحوثيون": a launch told apart).
    Without an owner the weapon is only the object of the interceptor's act."""
    if match.value.type != "ASSAULT":
        return None, None
    i = match.last
    weapons = intercepted_weapon_matcher()
    subject = i
    if i < last and weapons.match_at(tokens, i, last) is None:
        subject = max((p.end_token for p in parties if p.token == i), default=i)
    while subject < min(last, match.last + _SUBJECT_WORDS) and tokens[subject].text[:2] == "ال":
        subject += 1  # "أسقطت الدفاعات الجوية الأوكرانية 20 مسيّرة": the subject, then the object
    if subject > i and subject < last and tokens[subject].text[:2] != "ال":
        i = subject
    while i < last and _is_count(tokens[i].text):
        i += 1
    weapon = weapons.match_at(tokens, i, last) if i < last else None
    if weapon is None or weapon.proclitics.removesuffix("ال") not in {"", "ل"}:
        return None, None
    for party in parties:
        # the entity "مسيّرات أوكرانية" with its nisba; not "طائرات مسيرة" given a country by
        # the sentence's places
        inside = party.token <= weapon.first and party.end_token > weapon.last
        near = weapon.first < party.token <= weapon.last + 1
        if not party.country or not (near or inside) or party.token < match.last:
            continue
        gap = tokens[weapon.last : party.token]
        if all(t.text.endswith(_NISBA_ENDINGS) for t in gap):
            return weapon, party
    return weapon, None


def _marked_agent(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> tuple[Party, int] | None:
    """The doer after "من قبل", "على يد", "من طرف" in the trigger's clause, with the marker's
    position: "قُتل ثلاثة جنود على يد مسلحين" (resources/events/agent_markers.txt)."""
    markers = agent_marker_matcher()
    for i in range(match.last, min(last, match.last + 8)):
        if tokens[i].text in _CLAUSE_BREAKS:
            return None
        marker = markers.match_at(tokens, i, last)
        if marker is None:
            continue
        at = marker.last
        if at + 1 < last and _is_count(tokens[at].text):
            at += 1  # "على يد عشرة متمردين مسلحين"
        doer = next((p for p in after if p.token == at and p.entity), None)
        return (doer, i) if doer is not None else None
    return None


_CONDEMNER_WORDS = 10  # the condemner with its title and a time word between the verb and the act


def _describing(word: str) -> bool:
    # "وصفت" itself begins with و: a conjunction is stripped only when the rest describes
    return word in describing_verbs() or (word[:1] in {"و", "ف"} and word[1:] in describing_verbs())


def _described_before(tokens: list[Token], index: int, first: int, reach: int) -> bool:
    """Whether a describing verb comes shortly before a token in its clause, an aside on its
    subject not counted: "وصف الصادق المهدي، أحد أبرز مكونات قوى الحرية والتغيير، ما جرى
    بأنه جريمة"."""
    i, floor = index - 1, max(first, index - reach)
    while i >= floor:
        if tokens[i].text == "،":
            opening = _aside_opening(tokens, i, first)
            if opening is None:
                return False
            floor, i = max(first, floor - (i - opening + 1)), opening - 1
            continue
        if tokens[i].text in _CLAUSE_BREAKS:
            return False
        if _describing(tokens[i].text):
            return True
        i -= 1
    return False


_ASIDE_REACH = 14


def _aside_opening(tokens: list[Token], closing: int, first: int) -> int | None:
    """The comma opening a long aside that the comma at ``closing`` ends, if any."""
    for j in range(closing - 2, max(first, closing - _ASIDE_REACH) - 1, -1):
        if tokens[j].text == "،":
            return j if opens_long_aside(tokens[j + 1].text) else None
    return None


_NAMED_ACTS = frozenset({"RETREAT", "AGREE", "CONCEDE", "COOPERATE", "SUPPORT", "AID"})
_AS_WHAT = frozenset({"بانه", "بانها", "بانهم", "بانهما", "ب"})  # "وصفه بأنه ..."، "وصفه بـ"
_CHARACTERISED_TYPES = frozenset({"ASSAULT", "COERCE"})


def _characterised(
    tokens: list[Token], matches: list[PhraseMatch[LexTrigger]], first: int, last: int
) -> list[PhraseMatch[LexTrigger]]:
    """What a describing verb calls an act is the speaker's condemnation of it, no act of its
    own: "وصف شكري العملية بأنها غزو لأراضي دولة عربية" (Egypt accuses, nobody invades again),
    "في خطوة وصفتها النهضة بأنها انقلاب", "ما وصفه بالعدوان التركي"
    (resources/events/characterisations.txt). One accusation per naming: "بأنه جريمة جبانة"."""
    named: list[int] = []  # where each naming begins
    for i in range(first, last):
        if tokens[i].text in _AS_WHAT and _described_before(tokens, i, first, _CONDEMNER_WORDS):
            at = i + 1
            while at < last and tokens[at].text in _QUOTE_MARKS:
                at += 1
            named.append(at)
    triggers_at = {m.first for m in matches}
    for i in range(first, last):
        # "وصف فيها فرنسا بالعدو التقليدي": a condemning name with the word's own ب
        bare = i not in triggers_at and tokens[i].text.startswith("ب") and len(tokens[i].text) > 3
        if bare and _described_before(tokens, i, first, _CONDEMNER_WORDS):
            word = characterisation_matcher().match_at(tokens, i, last)
            if word is not None and word.proclitics.startswith("ب"):
                named.append(i)
    if not named and not any(m.proclitics.startswith("ب") for m in matches):
        return matches
    by_start = {m.first: m for m in matches}
    for match in matches:  # "ما وصفه بالعدوان": the naming is the word's own ب
        if match.proclitics.startswith("ب") and _described_before(tokens, match.first, first, 3):
            named.append(match.first)
    for at in named:
        match = by_start.get(at)
        if match is not None and match.value.type in _CHARACTERISED_TYPES:
            by_start[at] = PhraseMatch(
                match.first, match.last, match.start, match.end, match.proclitics,
                CHARACTERISATION,
            )  # fmt: skip
        elif match is None:
            word = characterisation_matcher().match_at(tokens, at, last)
            if word is not None:
                by_start[at] = PhraseMatch(
                    word.first, word.last, word.start, word.end, word.proclitics,
                    CHARACTERISATION,
                )  # fmt: skip
    kept: list[PhraseMatch[LexTrigger]] = []
    naming_ends: list[int] = []
    for start in sorted(by_start):
        match = by_start[start]
        if match.value.role == "evaluation" and any(start < end for end in naming_ends):
            continue  # "بأنه جريمة جبانة": one condemnation
        if match.value is CHARACTERISATION or (start in named and match.value.role == "evaluation"):
            naming_ends.append(_naming_end(tokens, match.last))
        kept.append(match)
    return kept


def _naming_end(tokens: list[Token], index: int) -> int:
    """Where a naming ends: at its clause break or closing quote."""
    while index < len(tokens) and tokens[index].text not in _CLAUSE_BREAKS | _QUOTE_MARKS:
        index += 1
    return index


def _condemned(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """An act noun as the object of a verb of condemnation or criticism (ACCUSE) or of describing
    it in its clause: "أدانت السعودية الهجوم", "استنكر المجلس بأشد العبارات التفجير", "وصفت
    الخارجية الهجوم بأنه جبان" (resources/events/describing_verbs.txt)."""
    for i in range(match.first - 1, max(first, match.first - _CONDEMNER_WORDS) - 1, -1):
        if tokens[i].text in _CLAUSE_BREAKS:
            return False
        if _describing(tokens[i].text):
            return True
        verb = trigger_matcher().match_at(tokens, i, match.first)
        if verb is None or verb.value.type != "ACCUSE":
            continue
        if verb.value.verbal or _noun_object(tokens, verb, match):
            return True  # "أمر الرئيس بفتح تحقيق في الهجوم": the investigation's object too
    return False


def _noun_object(
    tokens: list[Token], noun: PhraseMatch[LexTrigger], match: PhraseMatch[LexTrigger]
) -> bool:
    """The act right after an accusing noun, or after its في / عن: "إدانة الهجوم", "تحقيق في
    الهجوم", "التحقيق عن التفجير"."""
    between = [t.text for t in tokens[noun.last : match.first]]
    return between in ([], ["في"], ["عن"])


def _venue_before(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """An act noun as the object of a verb whose subject is a place: "شهدت تركيا أمس مظاهرات"
    (resources/events/venue_verbs.txt)."""
    for i in range(match.first - 1, max(first, match.first - 5) - 1, -1):
        word = tokens[i].text
        if word in _CLAUSE_BREAKS:
            return False
        if word in venue_verbs() or (word[:1] in {"و", "ف"} and word[1:] in venue_verbs()):
            return True
    return False


_UNDERGO_REACH = 25  # words from an undergo verb to its act, appositions included


def _undergone_by(
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    first: int,
    last: int,
    parties: list[Party],
) -> list[Party] | None:
    """Who suffers an act named after the preposition of an undergo verb: "تعرض وزير الداخلية
    لمحاولة اغتيال", "نجت القافلة من هجوم" (resources/events/undergo_verbs.tsv). None when no
    such verb governs the act; an empty list when it does but names no one ("تعرضت لهجوم")."""
    introduced = _preposition_before(tokens, match, first)
    if introduced is None:
        return None
    at, preposition = introduced
    verbs = undergo_verbs()
    # Commas may set off an apposition between the verb and its act: "تعرضت وزيرة الدولة،
    # انجلينا مانج، حرم الدكتور رياك مشار، لمحاولة اغتيال".
    for i in range(at - 1, max(first, at - _UNDERGO_REACH) - 1, -1):
        word = tokens[i].text
        if word in _CLAUSE_BREAKS and word != "،":
            return None
        bare = word
        while bare[:1] in {"و", "ف", "ب", "ل"} and bare not in verbs and bare[1:] in verbs:
            bare = bare[1:]  # "وتعرض", "بتعرض المرجع الشيعي ... لمحاولة اغتيال"
        if verbs.get(bare) != preposition:
            continue
        between = [p for p in parties if i < p.token < at and p.entity]
        # Before the verb the subject opens its clause ("أعلنت المصادر أن قائد مجلس الصحوة
        # ... لمقاتلة تنظيم القاعدة نجا": the leader, not al-Qaeda, survived)
        start = max(_clause(tokens, i, first, last)[0], _subject_floor(tokens, i, first))
        earlier = [p for p in parties if start <= p.token < i and p.entity]
        return between[:1] or earlier[:1]
    return None


def _from_agent(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> Party | None:
    """The doer after "من" right behind an act someone suffered: "تعرض الجيش لهجوم من حزب
    الله"; only a named participant ("لهجوم من الشمال" names a direction)."""
    if match.last + 1 >= last or tokens[match.last].text != "من":
        return None
    return next((p for p in after if p.token == match.last + 1 and p.entity), None)


def _preposition_before(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int
) -> tuple[int, str] | None:
    """Where the preposition before an act noun stands, and which: "لهجوم" (ل), "من هجوم"
    (من), "لمحاولة اغتيال" (ل, on a head noun of resources/events/attack_heads.txt)."""
    at = match.first
    if match.proclitics.lstrip("وف").startswith("ل"):
        return at, "ل"
    previous = tokens[at - 1].text if at > first else ""
    if previous[:1] == "ل" and previous[1:] in attack_heads():
        return at - 1, "ل"
    if previous in attack_heads():
        at -= 1
        previous = tokens[at - 1].text if at > first else ""
    return (at - 1, "من") if previous == "من" else None


def _protesters(
    tokens: list[Token], match: PhraseMatch[LexTrigger], before: list[Party], after: list[Party]
) -> list[Party]:
    """The protesters the sentence names, for a protest told without its doers: "واندلعت
    مظاهرات قرب البرلمان، ورفع المتظاهرون صور زعيمهم" → the demonstrators; the nearest before
    the protest, else the first after it."""
    protester = protester_matcher()
    named = [p for p in before + after if p.entity and protester.match_at(tokens, p.token)]
    earlier = [p for p in named if p.token < match.first]
    chosen = earlier[-1:] or named[:1]
    return _same_span(chosen, before + after) if chosen else []


_TARGET_REACH = 15  # words from the protest to the cue of its target
_TARGET_GAP = 3  # words from the cue to the target: "احتجاجاً على زيارة الرئيس"


def _protest_target(
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    last: int,
    after: list[Party],
    actors: list[Party],
) -> list[Party]:
    """What a protest is against, named after a cue: "تظاهر المئات أمام مقر النقابة احتجاجاً
    على زيارة بوش" → Bush."""
    end = min(last, match.last + _TARGET_REACH)
    cue = next(iter(protest_target_matcher().find_all(tokens, match.last, end)), None)
    if cue is None:
        return []
    actor_tokens = {p.token for p in actors}
    for party in after:
        if party.token < cue.last or party.token in actor_tokens:
            continue
        if party.token - cue.last > _TARGET_GAP or party.token >= last:
            break
        if party.entity is not None or party.country is not None:
            return [party]
    return []


def _original_start(doc: Document, party: Party) -> int:
    return _original_token_start(doc, party.token)


def _original_token_start(doc: Document, index: int) -> int:
    token = doc.tokens[index]
    return doc.span(token.start, token.start).start


def _modes(tokens: list[Token], event_type: str, start: int, end: int) -> list[str]:
    return [
        m.value[1] for m in mode_matcher().find_all(tokens, start, end) if m.value[0] == event_type
    ]


def _between(
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    parties: list[Party],
    last: int,
    reach: int = 4,
) -> list[Party]:
    """The sides after بين, before or after the trigger: "اشتباكات بين أذربيجان وأرمينيا",
    "مواجهات بين الشرطة والمتظاهرين"; one plural group fights among itself: "اقتتال بين
    الفصائل". Not "من بين" (among) and not places ("بين مدينتي حلب وإدلب")."""
    for i in range(max(0, match.first - 8), min(last, match.last + reach)):
        if tokens[i].text != "بين" or (i > 0 and tokens[i - 1].text == "من"):
            continue
        paired = _sides_of_each_part(tokens, i, parties, last)
        if paired:
            return paired
        sides: list[Party] = []
        reach_end = i + 6
        for party in parties:
            named = party.country or party.entity
            # "بين" itself is a place word ("بين مدينتي حلب وإدلب"), so only later ones count
            place = party.token > i + 1 and _after_place_word(tokens, party)
            new = all((party.entity or party.text) != (s.entity or s.text) for s in sides)
            if sides and _body_of_members(tokens, sides[-1], party):
                # "بين عناصر من حرس الحدود المصري وقوات إسرائيلية": one side and its body
                reach_end += party.end_token - party.token + 1
                continue
            if i < party.token <= reach_end and named and not place and new:
                sides.append(party)
        if len(sides) >= 2:
            return sides[:2]
        if len(sides) == 1 and sides[0].token == i + 1 and _plural_group(tokens, sides[0]):
            return sides
    return []


_EACH_PART_REACH = 12  # words of one side before "من جهة": "بين مقاتلي «جبهة تحرير أزواد» من جهة"


def _sides_of_each_part(
    tokens: list[Token], i: int, parties: list[Party], last: int
) -> list[Party]:
    """The two sides of "بين X من جهة، وY وZ من جهة أخرى": the first named party before "من
    جهة", and those named after it up to "من جهة أخرى" (or the clause's end): "مواجهات بين
    مقاتلي «جبهة تحرير أزواد» من جهة، والجيش المالي وعناصر «الفيلق الإفريقي» من جهة أخرى"."""
    words = [t.text for t in tokens[i : min(last, i + _EACH_PART_REACH)]]
    split = next(
        (i + k for k in range(1, len(words) - 1) if words[k] == "من" and words[k + 1] == "جهه"),
        None,
    )
    if split is None:
        return []
    end = split + 2
    while end < min(last, split + 2 + _EACH_PART_REACH) and tokens[
        end
    ].text not in _CLAUSE_BREAKS - {"،"}:
        if tokens[end].text == "من" and end + 1 < last and tokens[end + 1].text == "جهه":
            break
        end += 1
    named = [p for p in parties if p.country or p.entity]
    first = next((p for p in named if i < p.token < split), None)
    second = [p for p in named if split + 2 < p.token < end]
    return [first, *second] if first is not None and second else []


def _body_of_members(tokens: list[Token], members: Party, body: Party) -> bool:
    """Whether ``body`` is named right after ``members`` and "من" as theirs: "عناصر من حرس
    الحدود"."""
    return (
        members.kind == "GROUP"
        and body.token == members.end_token + 1
        and tokens[members.end_token].text == "من"
    )


_WITH_REACH = 6  # "اشتبكت قوات الأمن أمس في وسط المدينة مع ..."
# Nouns that take مع themselves: "الحدود مع أذربيجان", "بالتزامن مع", "خط التماس مع".
_WITH_GOVERNORS = frozenset(
    {"الحدود", "حدود", "حدودها", "حدوده", "الحدوديه", "التماس", "تماس", "بالتزامن", "تزامنا"}
    | {"بالتنسيق", "بالتوازي", "علاقاتها", "العلاقات", "علاقات"}
)


def _with_side(
    doc: Document,
    match: PhraseMatch[LexTrigger],
    first: int,
    last: int,
    before: list[Party],
    after: list[Party],
    sides: tuple[str, str] | None,
) -> list[Party]:
    """Both sides of a two-sided act whose second side follows مع: the subject of the verb or
    the genitive of the noun, and the party after مع ("اشتبكت الشرطة مع المتظاهرين",
    "اشتباكات الجيش مع مسلحين"). With only the side after مع named ("اشتباكات مع مسلحين"),
    that side alone."""
    tokens = doc.tokens
    other = None
    for i in range(match.last, min(last, match.last + _WITH_REACH)):
        if tokens[i].text in _CLAUSE_BREAKS or tokens[i].text in _RELATIVES:
            break  # "الاشتباكات التي وقعت على الحدود مع أذربيجان": another clause's مع
        if tokens[i].text in {"مع", "ومع"}:
            if stem_in(tokens[i - 1].text, _WITH_GOVERNORS):
                break  # "على الحدود مع أذربيجان": the border's مع, not the clash's
            other = next((p for p in after if p.token == i + 1 and p.entity), None)
            break
    if other is None:
        return []
    ahead = [p for p in after if p.token < other.token]
    own = _actors(doc, match, first, last, before, ahead, sides, [])
    own = [p for p in own if p.token != other.token]
    return own[:1] + _same_span([other], after)


def _one_plural_side(
    doc: Document,
    match: PhraseMatch[LexTrigger],
    first: int,
    last: int,
    before: list[Party],
    after: list[Party],
    sides: tuple[str, str] | None,
    exchanged: bool,
) -> list[Party]:
    """A plural subject that does the two-sided act among itself or with someone unnamed:
    "إن مسلحين تبادلوا إطلاق النار في حفل زفاف", "اشتبك المتظاهرون"."""
    tokens = doc.tokens
    if _names_two_sides(tokens, first, last):
        return []
    if match.value.verbal:
        subject = _actors(doc, match, first, last, before, after, sides, [])
    elif exchanged:  # the subject of "تبادل" before the act noun
        floor = _subject_floor(tokens, match.first, first)
        subject = [p for p in before if p.token >= floor][-1:]
    else:
        return []
    if len(subject) == 1 and _plural_group(tokens, subject[0]):
        return subject
    return []


def _joint_sides(
    tokens: list[Token], match: PhraseMatch[LexTrigger], parties: list[Party], last: int
) -> list[Party]:
    """Two countries holding an exercise together: "مناورات "مرجان 17" البحرية بين القوات المصرية
    ونظيرتها السعودية", "مناورات بحرية صينية باكستانية", "بدأت القوات المصرية والسودانية
    تدريباً عسكرياً" (PLOVER: joint exercises are COOPERATE)."""
    sides = _between(tokens, match, parties, last, reach=_EXERCISE_NAME_REACH)
    if not sides:
        near = [p for p in parties if match.last <= p.token <= match.last + 3 and p.country]
        sides = near[:2] if len(near) >= 2 and near[1].token == near[0].end_token else []
    if not sides:  # one coordinated subject splits into a party per country
        floor = match.first - _EXERCISE_SUBJECT_REACH
        subject = [p for p in parties if floor <= p.token < match.first]
        sides = [p for p in subject if p.country and p.token == subject[-1].token][:2]
        if len(sides) < 2 and len(subject) >= 2 and _coordinated(tokens, *subject[-2:]):
            sides = subject[-2:]  # "يواصل الجيشان الأميركي والكوري الجنوبي مناورات"
    countries = {p.country for p in sides}
    return sides if len(sides) == 2 and len(countries) == 2 and None not in countries else []


def _plural_group(tokens: list[Token], party: Party) -> bool:
    """A party named by one plural noun: "الفصائل", "الميليشيات", "العشائر"."""
    word = tokens[party.token].text
    return party.end_token == party.token + 1 and word.endswith(("ات", "ين", "ون", "ائل"))


def _sides(
    doc: Document,
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    first: int,
    last: int,
    parties: list[Party],
    sides: tuple[str, str] | None,
) -> list[Party]:
    countries = {p.country for p in parties if p.country}
    home = home_country(doc) if len(doc.sentences) >= _STORY_SENTENCES else None
    # the agencies and reporters who tell of the fighting take no side in it
    fighting = {p.country for p in parties if p.country and p.sector != "JRN"}
    if home is not None and fighting <= {home}:
        # "اندلعت اشتباكات عنيفة في طرابلس بين الطرفين" in a story of Libya: fighting among
        # Libyans, not with the second country the story names
        return [Party(match.first, match.last, home, None, home, None, None)]
    if sides and (set(sides) & countries or _names_two_sides(tokens, first, last)):
        return [Party(match.first, match.last, c, None, c, None, None) for c in sides]
    distinct: list[Party] = []
    for party in parties:
        if _after_place_word(tokens, party):
            continue  # "اشتباكات في مدينة تعز جنوبي اليمن": where, not who
        if party.country and party.country not in {p.country for p in distinct}:
            distinct.append(party)
    return distinct[:2]


def _names_two_sides(tokens: list[Token], first: int, last: int) -> bool:
    words = two_sides_words()
    return any(stem_in(t.text, words) for t in tokens[first:last])


def _after_place_word(tokens: list[Token], party: Party) -> bool:
    """A participant named as a place: after "في", "قرب", "مدينة"."""
    return (
        party.entity is not None and party.token > 0 and _place_word(tokens[party.token - 1].text)
    )


def _country_after_bi(tokens: list[Token], party: Party) -> bool:
    """A country or capital with ب on it, a place when it stands before the act: "حريق
    بالولايات المتحدة أدى إلى تدمير ..." (after a verb ب may be its object: "ندد بالولايات
    المتحدة")."""
    named = country_matcher().match_at(tokens, party.token)
    return (
        named is not None
        and named.value.kind in {"name", "capital"}
        and named.proclitics.lstrip("وف").startswith("ب")
    )


def _place_word(word: str) -> bool:
    """ "في", "وفي", "قرب", "مدينة": the next participant is a place."""
    if word[:1] in {"و", "ف", "ب"} and word[1:] in _LOCATIVE:
        return True  # "وفي", "بشرق العراق", "بوسط المدينة"
    if word in {"بمقر", "وبمقر"}:
        return True  # "استقبل الرئيس بمقر الرئاسة ...": where; "هاجموا مقر الشرطة" keeps its target
    return word in _LOCATIVE | PLACE_NOUNS


def _two_sides_next_to(tokens: list[Token], match: PhraseMatch[LexTrigger], last: int) -> bool:
    """The two sides as the subject: nominative dual next to the verb ("بحث الجانبان",
    "الطرفان اتفقا"); the oblique "الطرفين" after a verb is its object ("ناشد الطرفين")."""
    if not match.value.verbal:
        return False

    def subject(i: int) -> bool:
        return 0 <= i < last and _nominative_two_sides(tokens[i].text)

    def after_anna(i: int) -> bool:
        # "أن الرئيسين اتفقا": after أن / إن the subject is in the accusative
        word = tokens[i].text if 0 < i < last else ""
        return stem_in(word, two_sides_words()) and tokens[i - 1].text in _COMPLEMENTISERS

    return subject(match.last) or subject(match.first - 1) or after_anna(match.first - 1)


def _two_sides_named(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> list[Party]:
    """The two parties named right after a dual subject: "بحث الرئيسان فلاديمير بوتين
    وإيمانويل ماكرون هاتفياً" (Russia and France, not the story's two sides)."""
    at = match.last
    if not match.value.verbal or at >= last or not _nominative_two_sides(tokens[at].text):
        return []
    head = next((p for p in after if p.token == at + 1), None)
    if head is None or head.country is None:
        return []
    other = next((p for p in after if p.token >= head.end_token), None)
    if other is None or other.country is None or not _coordinated(tokens, head, other):
        return []
    return [head, other]


def _nominative_two_sides(word: str) -> bool:
    return word.endswith("ان") and stem_in(word, two_sides_words())


def _actors(
    doc: Document,
    match: PhraseMatch[LexTrigger],
    first: int,
    last: int,
    before: list[Party],
    after: list[Party],
    sides: tuple[str, str] | None,
    subject: list[Party],
) -> list[Party]:
    tokens = doc.tokens
    trigger = match.value
    before = [  # "في تونس", "بالولايات المتحدة" are places
        p for p in before if not _after_place_word(tokens, p) and not _country_after_bi(tokens, p)
    ]
    after = [p for p in after if not _after_place_word(tokens, p)]
    if (
        match.rest_first is not None
        and not trigger.verbal
        and not _supply_noun(tokens, match)
        and not _adverbial_participle(tokens, match)  # "محذراً إسرائيل من أن": its object
    ):
        between = [p for p in after if match.last <= p.token < match.rest_first and p.country]
        if between:  # "وقوف طهران الثابت إلى جانب سوريا": the genitive in the gap is the doer
            return _same_span(between[:1], after)
    if not trigger.verbal and match.last < last and tokens[match.last].text in _OWN_COUNTRY:
        # "مجدداً دعم بلاده الثابت": the speaker's country's support, the speaker's act
        claim = _claim_at(doc, tokens[match.first].start)
        speaker = _speaker_party(doc, claim, before + after) if claim else None
        if speaker is not None or subject:
            return [speaker] if speaker is not None else list(subject)
    if not trigger.verbal and _after_announcing_participle(tokens, match, first):
        # "قال الجيش في بيان إن الوضع هادئ، معلناً الدفع بتعزيزات": the speaker's own act
        speaker = _speaker_of_sentence(doc, match, first, before)
        if speaker is not None:
            return [speaker]
    announced = _announced_act(doc, match)
    if announced is not None and trigger.type not in _VIOLENT:
        doer = _genitive_doer(tokens, match, after)
        if doer is not None:  # "رسالة تؤكد دعم القاهرة الكامل": Cairo's support
            return _same_span([doer], after)
    if announced is not None:  # "أعلنت السلطات المصرية إطلاق سراح 20 ناشطاً": their release
        speaker = _speaker_party(doc, announced, before + after)
        if speaker is not None and speaker.token >= 0:
            # "أعلنت كل من السعودية ومصر والأردن، في بيانات منفصلة، تضامنها": all of them
            return [
                p for party in _joined(tokens, speaker, before) for p in _same_span([party], before)
            ]
        return [speaker] if speaker else []
    if match.first == first and trigger.type in _SPEECH_TYPES | {"ASSAULT"} and not trigger.verbal:
        # A sentence opening with a participle continues the previous claim: "محمّلةً حكومة يريفان".
        claim = _claim_before(doc, tokens[match.first].start)
        speaker = _speaker_party(doc, claim, before + after) if claim else None
        return [speaker] if speaker else []
    # "قيام X بـ<masdar>", "قامت X بـ<masdar>", "ردّ X بـ<masdar>" (X carried out the act)
    for i in range(max(first, match.first - 6), match.first):
        word = tokens[i].text
        if word in _QIYAM or (word in _QAMA | _ANSWERED_WITH and "ب" in match.proclitics):
            doers = [p for p in before if p.token > i]
            if doers:
                return _same_span(doers[:1], before)
    named = _two_sides_named(tokens, match, after, last)
    if named:  # "بحث الرئيسان فلاديمير بوتين وإيمانويل ماكرون": the dual names its sides
        return named
    if sides and _two_sides_next_to(tokens, match, last):  # "بحث الجانبان", "وأكد الوزيران"
        return [Party(match.first, match.last, c, None, c, None, None) for c in sides or ()]
    # After a preposition a verb form is read as its verbal noun: "في قصف عنيف"
    verbal = trigger.verbal and not _after_preposition(tokens, match, first)
    before_trigger = match.first - 1
    while before_trigger > first and tokens[before_trigger].text in _QUOTE_MARKS:
        before_trigger -= 1
    if before_trigger > first and tokens[before_trigger].text in control_verbs():
        speaker = _resumed_speaker(doc, match, first, before + after)
        if speaker is not None:  # "قالت الحكومة إنها قررت استدعاء سفيرها": the government
            return [speaker]
    if not verbal:
        by_nisba = _doer_nisba(tokens, match, after)
        if by_nisba is not None:  # "الاعتداء الإيراني على السفينة", "قصفاً إسرائيلياً"
            return [by_nisba]
        doer = _doer_clause_at(tokens, match, after, last)
        if isinstance(doer, Party):  # "في قصف عشوائي قام به المتمردون", "غارة شنتها طائرات التحالف"
            return _same_span([doer], after)
        if doer:  # "أعلنت أفريكوم أن غارة جوية نفذتها قرب جلب": the speaker's own strike
            claim = _claim_at(doc, tokens[match.first].start)
            speaker = _speaker_party(doc, claim, before + after) if claim else None
            if speaker is not None:
                return [speaker]
        if _venue_before(tokens, match, first):
            return []  # "شهدت تركيا أمس مظاهرات": Turkey is where, not who
        if trigger.type in _VIOLENT and _condemned(tokens, match, first):
            # "أدانت السعودية الهجوم على السفارة": Saudi Arabia condemned it, did not do it
            doer = None
            if trigger.type == "ASSAULT":
                doer = _attacker_in_genitive(doc, match, after)  # "أدان هجوم الحوثيين على"
            if doer is None and trigger.type in {"ASSAULT", "COERCE"}:
                doer = _genitive_subject(doc, match, after, last)  # "أدان قصف الجيش للمدينة"
            if doer is None and trigger.type == "ASSAULT":
                doer = _lam_agent(tokens, match, after)
            if doer is None and trigger.type in {"ASSAULT", "COERCE"}:
                doer = _genitive_agent(doc, match, after, last)  # "أدان اعتقال الشرطة 20 ناشطاً"
            return _same_span([doer], after) if doer is not None else []
    if verbal and _statement_subject(tokens, match, after, last):
        # "وأدان البيان اعتقال الناشطين": the statement's author condemns, not whom it names
        verb = doc.span(tokens[match.first].start, tokens[match.first].end)
        claim = next((c for c in doc.claims if verb.start <= c.cue.start < verb.end), None)
        claim = claim or _claim_before(doc, tokens[match.first].start)
        speaker = _speaker_party(doc, claim, before + after) if claim else None
        return [speaker] if speaker is not None else []
    if verbal and _vowelled_passive(doc, match):
        return []  # "القيادي محمد عصمت اعتُقل مساء اليوم", "واستُهدف الموكب": no doer named
    if verbal:
        speaker = _resumed_speaker(doc, match, first, before + after)
        if speaker is not None:  # "قالت الشرطة إنها اعتقلت": the police made the arrests
            return [speaker]
    own = _speakers_own(doc, match, first, before + after)
    if own is not None:  # "نفت الوزارة أن تكون قواتها قد قصفت": its forces = the speaker's side
        return [own]
    if verbal and _before_or_after_it(tokens, match, first, after):
        # "اعتقلت الشرطة العشرات قبل أن تفرج عن معظمهم": the subject of the verb before;
        # "قررت الجزائر وقف العمل بالخط ...، بعدما قطعت علاقاتها": the sentence's subject
        if subject:
            return list(subject)
        main = next((p for p in before if p.entity), None)
        if main is not None:
            return _same_span([main], before)
    if verbal and _resumes_the_subject(tokens, match, first, after):
        # "أجرى بايدن اتصالاً هاتفياً بنتنياهو، أكد خلاله دعمه ...، لكنه شدد على ضرورة":
        # the sentence's subject, not the party just before
        main = next((p for p in before if p.entity), None)
        if main is not None:
            return _same_span([main], before)
    if verbal:
        preceding = _subject_before(tokens, match, before)
        # "بل اتهم القاهرة ...", "ثم دعا ...": the verb goes on from the clause before, like و
        conjoined = match.proclitics[:1] in {"و", "ف"} or (
            match.first > first and tokens[match.first - 1].text in _GOING_ON
        )
        if preceding is not None and not conjoined:  # SVO: "الجيش الأذربيجاني كبّد القوات"
            joined = _joined(tokens, preceding, before)  # "مصر والأردن رفضتا"
            return [p for party in joined for p in _same_span([party], before)]
        if _passive_number(tokens, match, last) or _passive_instrument(tokens, match, last):
            return []
        if _after_attack_noun(tokens, match, first):
            return []  # "بقصف جوي استهدف أوكارهم": the strike did the targeting
        if _resumes_its_head(tokens, match, first):
            # "القرار الذي انتقدته الحكومة اليمنية": the pronoun on the verb is the head, the
            # object; the subject is named after the verb
            following = _subject_after(tokens, match, after, last)
            return _same_span([following], after) if following is not None else []
        antecedent = _antecedent(tokens, match, first, before)
        if antecedent is not None:  # "التحالف العربي الذي دمّر ...": the relative's antecedent
            return _same_span([antecedent], before)
        if _relative_of_a_thing(tokens, match, first, before):
            return []  # "أدانت السودان الجريمة التي استهدفت مسجداً": the crime did it
        if tokens[match.first].text.endswith("وا"):
            return _plural_subject(tokens, match, first, before)
        if match.last < last and tokens[match.last].text in _SELF:
            # "انتحاريا يقود سيارة ملغومة، فجر نفسه قرب موكب الشيخ": the object is the subject
            # itself, so the subject is before the verb, not the noun after "قرب"
            floor = _subject_floor(tokens, match.first, first)
            local = [p for p in before if p.token >= floor and p.entity]
            return _same_span(local[-1:], before)
    if verbal:
        if match.last + 1 < last and tokens[match.last].text in _DEMONSTRATIVES:
            # "أطلقت هذه المجموعة النار": the subject is named after the verb, even when it is
            # no entity; no party before or further on is it
            return [p for p in after if p.token == match.last + 1][:1]
        fronted = _fronted_subject(tokens, match, first, before) if not conjoined else None
        if fronted is not None:
            # "وذكرت الوكالة أن طائرات مجهولة استهدفت القوات التركية": the subject stands
            # between "أن" and the verb, perhaps as no party; the party after the verb is its
            # object
            return _same_span(fronted[:1], before)
        following = _subject_after(tokens, match, after, last)
        if following and _passive_victim(tokens, match, following, after, last):
            return []  # "خطف موظف بريطاني يعمل في شركة نفط": he was abducted (خُطف)
        group_end = _joined(tokens, following, after)[-1] if following else None
        if following and _unknown_subject_before(tokens, match, following, group_end, last):
            return []  # "اتهم بلاني باريس باتخاذ القرار": an unknown name accuses Paris
        relative = _after_indefinite_noun(tokens, match, first, before)
        if (
            following
            and (conjoined or relative)
            and _addressed(tokens, match, following, group_end, last, parties=after)
        ):
            # "وأدانت الخارجية المصرية ...، وطالبت إسرائيل بالانسحاب": the demand goes on from
            # the same subject; the party after it is who is asked. So does the demand after a
            # speaker's words: "وقال الوزير إن ...، ودعا الحكومة العراقية إلى ..."
            if subject:
                return list(subject)
            speaker = _speaker_of_sentence(doc, match, first, before)
            if speaker is not None:
                return [speaker]
            if trigger.cameo == "112":
                return []  # "واتهم القاهرة والخرطوم بـ": one accuses them, whoever it is
        if following:
            joined = _joined(tokens, following, after)
            return [p for party in joined for p in _same_span([party], after)]
        if subject and conjoined:
            return list(subject)  # "انتقد روبن سياسة كيري، ودعا إلى ...": the same subject
        if conjoined and preceding is not None:
            # "ضبطت الشرطة مصنعاً ينتج هواتف وصلت الولايات المتحدة وألقت القبض على ...": the
            # noun before "و + verb" ends the previous clause; the subject is the sentence's
            floor = _subject_floor(tokens, match.first, first)
            main = next((p for p in before if p.token >= floor and p.entity), preceding)
            return _same_span([main], before)
    if not verbal and trigger.type not in _VIOLENT and not _adverbial_participle(tokens, match):
        doer = _genitive_doer(tokens, match, after)
        if doer is not None:  # "زيارة وزير الخارجية الفرنسي", "الزيارة التي قام بها الوزير"
            return _same_span([doer], after)
    if trigger.type == "ASSAULT" and _intransitive(tokens, match):
        return []  # "انفجرت عبوة": the device exploded; who planted it is not the subject
    if not verbal and trigger.type == "ASSAULT":
        doer = _attacker_in_genitive(doc, match, after)
        if doer is not None:  # "أسفر هجوم حماس على جنوب إسرائيل عن مقتل": Hamas attacked
            return _same_span([doer], after)
    if not verbal and trigger.type in {"ASSAULT", "COERCE"}:
        doer = _genitive_subject(doc, match, after, last) or _genitive_agent(
            doc, match, after, last
        )
        if doer is not None:  # "احتجاز الحرس الثوري ناقلة النفط البريطانية": the Guard seized it
            return _same_span([doer], after)
    if not verbal and trigger.type == "ASSAULT":
        doer = _lam_agent(tokens, match, after)
        if doer is not None:  # "قصف لطيران النظام", "هجوم لطالبان": attack by
            return _same_span([doer], after)
    if not verbal and trigger.type == "ASSAULT" and _circumstance(tokens, match, first):
        return []  # "قُتل ثلاثة جنود جراء انفجار عبوة": the soldiers are the victims
    if not verbal and _time_reference(tokens, match, first):
        return []  # "منظمة العفو تطلق النداء الثاني منذ اعتقال محمدي": Amnesty arrested no one
    floor = _subject_floor(tokens, match.first, first)
    if trigger.type == "ASSAULT" and _after_preposition(tokens, match, first):
        # "لقي سبعة مدنيين مصرعهم وأصيب 54 آخرون، أغلبهم من المدنيين، في قصف": who stands
        # before a comma is not the doer of an attack named after a preposition
        floor = max(floor, _clause(tokens, match.first, first, last)[0])
    companions = [_companion(tokens, p, before) for p in before]
    local = [p for p, kind in zip(before, companions, strict=True) if p.token >= floor and not kind]
    if local and not _adverbial_participle(tokens, match):
        # "نفذت القوات الأمريكية، بالتعاون مع المملكة المتحدة، ضربات": both struck
        partners = [
            p
            for p, kind in zip(before, companions, strict=True)
            if kind == "partner" and p.token > local[-1].token
        ]
        return _same_span(local[-1:], before) + partners
    participle = not trigger.verbal or _adverbial_participle(tokens, match)
    if participle and trigger.type in _SPEECH_TYPES | {"CONSULT", "AGREE"}:
        # A participle mid-sentence ("..., مناشدةً الطرفين", "..., محمّلةً دوشنبه المسؤولية") acts
        # for the speaker of the claim it continues, else for the sentence's subject.
        claim = _claim_at(doc, tokens[match.first].start)
        speaker = _speaker_party(doc, claim, before + after) if claim else None
        if speaker is not None:
            return [speaker]
        subject = next((p for p in before if p.entity), None)
        if subject is not None:
            # the whole subject: "قطعت السعودية والإمارات والبحرين ومصر علاقاتها ...، متهمة
            # إياها بـ" (all four accuse)
            joined = _joined(tokens, subject, before)
            return [p for party in joined for p in _same_span([party], before)]
        if sides and any(_nominative_two_sides(t.text) for t in tokens[first : match.first]):
            return [Party(match.first, match.last, c, None, c, None, None) for c in sides]
    return []


def _companion(tokens: list[Token], party: Party, parties: list[Party]) -> str | None:
    """Whether the party is named as a partner ("بالتعاون مع", "بمشاركة") or a backer ("بدعم
    من") of the act, not as its doer, alone or joined to others ("بدعم من أستراليا والبحرين
    وهولندا"): "partner", "backer" or None."""
    at = party.token
    while True:
        if at > 0 and tokens[at - 1].text in _QUOTE_MARKS:
            at -= 1
        joined = next((p for p in parties if p.end_token == at and p.token < at), None)
        if joined is None:
            break
        at = joined.token
    for start in range(max(0, at - _COMPANION_CUE_WORDS), at):
        cue = companion_cue_matcher().match_at(tokens, start, at)
        if cue is not None and cue.last == at:
            return cue.value
    return None


_COMPANION_CUE_WORDS = 3


_BUT_HE = frozenset({"لكنه", "لكنها", "ولكنه", "ولكنها"})
_THAT_HE = frozenset({"انه", "انها"})


_BEFORE_AFTER = frozenset({"قبل", "بعد", "وقبل", "وبعد"})
_BEFORE_AFTER_MA = frozenset({"بعدما", "قبلما", "وبعدما"})


def _before_or_after_it(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, after: list[Party]
) -> bool:
    """Whether the verb follows "قبل أن" / "بعد أن" and names no subject of its own: "قبل أن
    تفرج عن معظمهم" (not "بعد أن قصفت إسرائيل المدينة")."""
    if match.first - 1 < first or match.proclitics:
        return False
    after_ma = tokens[match.first - 1].text in _BEFORE_AFTER_MA  # "بعدما قطعت علاقاتها"
    after_an = (
        match.first - 2 >= first
        and tokens[match.first - 1].text == "ان"
        and tokens[match.first - 2].text in _BEFORE_AFTER
    )
    return (after_ma or after_an) and not any(
        p.token in {match.first + 1, match.last} for p in after
    )


def _resumes_the_subject(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, after: list[Party]
) -> bool:
    """Whether a verb with no subject of its own goes on with the sentence's subject: before
    "خلاله" (during the call or meeting just told: "أجرى بايدن اتصالاً بنتنياهو، أكد خلاله"),
    or after "لكنه" / "إلا أنه" / "غير أنه", whose pronoun is the subject ("لكنه شدد")."""
    if match.first <= first or match.proclitics:
        return False
    if match.last < len(tokens) and tokens[match.last].text in _DURING_IT:
        return not any(p.token == match.last + 1 for p in after)  # "بحث خلاله الجانبان"
    word = tokens[match.first - 1].text
    if word in _BUT_HE:
        return True
    return (
        word in _THAT_HE
        and match.first - 2 >= first
        and tokens[match.first - 2].text in {"الا", "غير"}
    )


def _joined_speakers(doc: Document, found: _Found, pool: list[Party]) -> None:
    """A speaker joined with و to others speaks with them: "وكانت باماكو وواغادوغو قد حذرتا
    ... من أن أي تدخل عسكري سيعد بمثابة إعلان حرب" (both threaten)."""
    if len(found.actors) != 1 or found.actors[0].token < 0 or found.actors[0].entity is None:
        return
    claim = _claim_at(doc, doc.tokens[found.trigger.first].start)
    if claim is None or claim.speaker.entity != found.actors[0].entity:
        return
    joined = _joined(doc.tokens, found.actors[0], pool)
    if len(joined) > 1:
        found.actors = [p for party in joined for p in _same_span([party], pool)]


def _joined(tokens: list[Token], subject: Party, pool: list[Party]) -> list[Party]:
    """A subject and the parties of ``pool`` joined to it with و, right before or after it: "أدانت
    السعودية والإمارات الهجوم", "إن مصر والأردن رفضتا" (both act; "اتهمت إيران وسوريا إسرائيل":
    Israel is the one accused)."""
    chosen = [subject]
    for party in sorted(pool, key=lambda p: -p.token):
        if party.end_token == chosen[0].token and party.entity and _and(tokens, chosen[0]):
            chosen.insert(0, party)
    for party in sorted(pool, key=lambda p: p.token):
        adjacent = party.token == chosen[-1].end_token and _and(tokens, party)
        if party.entity and (adjacent or _quoted_and(tokens, chosen[-1], party)):
            chosen.append(party)
    return chosen


def _quoted_and(tokens: list[Token], previous: Party, party: Party) -> bool:
    """Two quoted names joined by و: "اتهم «حزب الله» و«حركة أمل» ..."."""
    end = previous.end_token
    return (
        party.token == end + 3
        and _quoted_name(tokens, previous)
        and _quoted_name(tokens, party)
        and tokens[end + 1].text == "و"
    )


def _and(tokens: list[Token], party: Party) -> bool:
    """Whether the party's first word carries the conjunction و, not a name beginning with it
    ("والإمارات", not "وزير الخارجية")."""
    word, name = tokens[party.token].text, normalize_key(party.text).split()
    return word.startswith("و") and bool(name) and word[1:].endswith(name[0])


def _speaker_of_sentence(
    doc: Document, match: PhraseMatch[LexTrigger], first: int, before: list[Party]
) -> Party | None:
    """The speaker of a claim told earlier in the sentence: the subject a verb joined with و may
    go on with."""
    said = _claim_before(doc, doc.tokens[match.first].start)
    if said is None or said.cue.start < _original_token_start(doc, first):
        return None
    return _speaker_party(doc, said, before)


def _addressed(
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    party: Party,
    group_end: Party | None,
    last: int,
    adjacent: bool = True,
    parties: list[Party] | None = None,
) -> bool:
    """A party right after a conjoined verb of demand that takes what is asked with ب or إلى
    ("وطالبت إسرائيل بـ", "ودعت الطرفين إلى"), or of accusation ("واتهم إسرائيل بالسطو على
    ثروات لبنان", "بل اتهم القاهرة والخرطوم بتدويل الملف"): the one addressed or accused, not a
    new subject. ``group_end`` is the last party coordinated with it; ``parties`` are those named
    after the verb."""
    parties = parties or []
    addressing = match.value.type == "REQUEST" or match.value.cameo == "112"
    end = (group_end or party).end_token
    if not addressing or (adjacent and party.token != match.last) or end >= last:
        return False
    after_comma = match.first > 0 and tokens[match.first - 1].text in {"،", ","}
    if match.rest_first is not None and end == match.rest_first and after_comma:
        return True  # "، وحمّلت حزب العمال الكردستاني مسؤولية الهجوم": the one held responsible
    nxt = tokens[end].text
    if any(p.token == end and nxt.startswith(normalize_key(p.text)) for p in parties):
        return False  # "واتهمت طهران باكو": a name that begins with the letter, no "بـ"
    return nxt in {"الي", "ب"} or (nxt.startswith("ب") and len(nxt) > 3)


def _after_indefinite_noun(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, before: list[Party]
) -> bool:
    """The verb opens a relative clause on the indefinite noun right before it, which needs no
    relative pronoun in Arabic: "ردا على غارات جوية اتهمت إسلام آباد بتنفيذها" (the party after
    the verb is its object; its subject is the sentence's)."""
    if match.first <= first or match.proclitics:
        return False
    previous = tokens[match.first - 1]
    if previous.kind is not TokenKind.ARABIC or previous.text.startswith("ال"):
        return False
    if len(previous.text) < 4 or _is_time_word(previous.text) or previous.text in name_stopwords():
        return False  # "، فيما دعت الحكومة الألمانية إلى": a conjunction, no noun
    return not any(p.token < match.first <= p.end_token for p in before)


_UNNAMED_SUBJECT_WORDS = 3  # "أن قوات الجماعة استهدفت", "إن طائرات مسيرة مجهولة قصفت"
_THAT = frozenset({"ان", "بان", "وان"})


def _fronted_subject(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, before: list[Party]
) -> list[Party] | None:
    """The subject of a verb whose clause opens with "أن" / "إن" and a short noun phrase: the
    party named in that phrase (``[]`` when it names none, "أن قوات الجماعة استهدفت"), or None
    when no such phrase stands before the verb. A verb with the phrase's pronoun has it as its
    object: "بأن عسكريين ماليين خطفهم مقاتلو الطوارق" (the fighters, after it, kidnapped them)."""
    word = tokens[match.first].text[len(match.proclitics) :]
    if len(word) > 4 and word.endswith(_OBJECT_ENDINGS):
        return None
    i = match.first - 1
    while i > first and (tokens[i].text in _VERB_PARTICLES or tokens[i].text in _QUOTE_MARKS):
        i -= 1
    gap = 0
    while i >= first and tokens[i].text not in _THAT:
        text = tokens[i].text
        if (
            gap == _UNNAMED_SUBJECT_WORDS
            or tokens[i].kind is not TokenKind.ARABIC
            or _is_time_word(text)
            or text in _PREPOSITIONS_WITH_PRONOUN
            or text in _VERB_PARTICLES
            or trigger_matcher().match_at(tokens, i, match.first) is not None
        ):
            return None
        gap += 1
        i -= 1
    if gap == 0 or i < first:
        return None
    return [p for p in before if i < p.token < match.first]


def _unknown_subject_before(
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    party: Party,
    group_end: Party | None,
    last: int,
) -> bool:
    """Words Marsad reads as no party stand between a verb of demand or accusation and a party
    that takes what is asked or charged: "اتهم بلاني باريس باتخاذ القرار", "دعا مقري الحكومة
    إلى": those words are the subject, the party the one accused or asked."""
    if party.token <= match.last or not _addressed(tokens, match, party, group_end, last, False):
        return False
    if title_matcher().match_at(tokens, match.last, party.token) is not None:
        return False  # "دعا وزير الخارجية الأردني أيمن الصفدي إلى": the holder's title
    gap = [t for t in tokens[match.last : party.token] if t.text not in _QUOTE_MARKS]
    return bool(gap) and all(
        t.kind is TokenKind.ARABIC
        and not _is_time_word(t.text)
        and t.text not in _PREPOSITIONS_WITH_PRONOUN  # "اتهمت فيه بعض القضاة بـ"
        for t in gap
    )


def _killed_without_object(tokens: list[Token], match: PhraseMatch[LexTrigger], last: int) -> bool:
    """A verb of killing or abducting followed by no object: "قتل وأصيب", "قتلا جراء", "قتل
    بالرصاص", "اختطف أمس"."""
    word = _without_conjunction(tokens, match)
    if match.last != match.first + 1 or not word.startswith(_PASSIVE_PRONE):
        return False
    at = match.last
    while at < last and _is_time_word(tokens[at].text):
        at += 1  # "ثلاثة أشخاص قتلوا أمس الأحد في تحطم طائرة"
    if at + 1 < last and tokens[at].text == "علي" and tokens[at + 1].text == "الاقل":
        at += 2  # "ثمانية أشخاص قتلوا على الأقل بينهم طفلان"
    if at >= last:
        return True
    nxt = tokens[at].text
    if at > match.last and (tokens[at].kind is TokenKind.NUMBER or _is_count(nxt)):
        return False  # a count after the time word is the object: "قتلت أمس 20 مسلحاً"
    if nxt == "بين" and at + 1 < last and _is_time_word(tokens[at + 1].text):
        return True  # "قتلوا بين الأحد والثلاثاء" (were killed between Sunday and Tuesday)
    if nxt == "مع" and at + 1 < last and _is_count(tokens[at + 1].text):
        return True  # "النائب الذي قتل مع تسعة مواطنين آخرين" (was killed with nine others)
    return (
        nxt in _CLAUSE_BREAKS
        or nxt in _NO_OBJECT
        or nxt in _INSTRUMENTS
        or (nxt.startswith("و") and stem_in(nxt, _CASUALTY_WORDS))
    )


def _without_conjunction(tokens: list[Token], match: PhraseMatch[LexTrigger]) -> str:
    """The trigger's first word without the و / ف the matcher read as a proclitic: "وقتل"."""
    word = tokens[match.first].text
    return word[1:] if match.proclitics[:1] in {"و", "ف"} else word


def _passive_victim(
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    subject: Party,
    after: list[Party],
    last: int,
) -> bool:
    """Unvocalised "قتل" and "خطف" are also قُتل and خُطف. A single unarmed noun after the verb
    with no object after it is the one killed or abducted: "خطف موظف بريطاني أمس" (the active
    verb needs its object: "خطف مسلحون موظفاً"). An armed noun is read so only when what follows
    it cannot begin an object: "قتل جندي أمريكي في انفجار عبوة"."""
    word = _without_conjunction(tokens, match)
    if match.last != match.first + 1 or not word.startswith(_PASSIVE_PRONE) or word.endswith("وا"):
        return False
    clause_end = _clause(tokens, subject.end_token, match.first, last)[1]
    for party in after:  # the object follows the subject, at most a time word between
        gap = tokens[subject.end_token : party.token]
        if party.token >= subject.end_token and party.entity and party.token < clause_end:
            if all(_is_time_word(t.text) for t in gap):
                return False
            break
    if subject.end_token >= clause_end:
        return True
    for token in tokens[subject.end_token : min(clause_end, subject.end_token + 2)]:
        word = token.text
        possessed = segment(word).enclitic in _OWN or word.endswith(("ته", "تها", "تهم"))
        if word not in _PREPOSITIONS_WITH_PRONOUN and possessed and len(word) >= 4:
            return False  # "قتل رجل ثلاثيني زوجته": a possessed noun is the object
    at = subject.end_token
    while at + 1 < clause_end and _is_time_word(tokens[at].text):
        at += 1  # "قتل مسلحون أمس ثلاثة جنود"
    nxt = tokens[at]
    if nxt.kind is TokenKind.NUMBER or _is_count(nxt.text):
        return False  # "قتل مسلحون ثلاثة ..."
    no_object = nxt.text in _NO_OBJECT or nxt.text in _INSTRUMENTS or _is_time_word(nxt.text)
    return no_object or subject.sector not in _ARMED_SECTORS


def _adverbial_participle(tokens: list[Token], match: PhraseMatch[LexTrigger]) -> bool:
    """A participle after a comma that goes on with what the subject did (a حال): "أدانت
    الخارجية الهجوم، داعيةً بغداد إلى ...", "، متهماً السلطات الروسية بـ", "، مطالبةً إسرائيل
    بوقف". The noun after it is its object, not a genitive doer."""
    if match.first == 0 or match.value.type not in _SPEECH_TYPES:
        return False
    at = match.first - 1
    while at > 0 and tokens[at].kind is TokenKind.PUNCT and tokens[at].text not in _COMMAS:
        at -= 1  # an opening quote: "معربة عن "تضامن" بلادها"
    if at >= 2 and tokens[at].text == "عن":
        # "، معربةً عن تضامن بلادها": the stance after the participle of expressing
        word = tokens[at - 1].text
        return tokens[at - 2].text in _COMMAS and word in expressing_participles()
    word = tokens[match.first].text[len(match.proclitics) :]
    if match.last - match.first != 1 and word not in expressing_participles():
        return False  # "، معرباً عن دعم بلاده" is one trigger
    after_comma = tokens[match.first - 1].text in _COMMAS
    # a second participle joined with و: "، واصفاً احتجازها بأنه قرصنة، ومطالباً طهران بالإفراج"
    joined = match.proclitics in {"", "و"}
    return after_comma and joined and word.endswith(("ا", "ه", "ين"))


# verbal nouns of supplying, whose genitive is who is supplied: "تزويد أوكرانيا بالأسلحة",
# "تسليح المعارضة", "إمداد الجيش بالذخيرة"
_SUPPLYING = frozenset({"تزويد", "تسليح", "امداد"})


def _supply_noun(tokens: list[Token], match: PhraseMatch[LexTrigger]) -> bool:
    return tokens[match.first].text[len(match.proclitics) :] in _SUPPLYING


_REQUEST_NOUNS = frozenset({"طلب"})


def _at_the_request_of(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> list[Party]:
    """Who asked, in "بطلب من X", "بناء على طلب من X", "بناء على طلب X" (at X's request): the
    parties right after "من" or in the genitive, with those joined to them by و ("بطلب من
    بريطانيا وألمانيا"). None for "طلب من الحكومة" (he asked the government)."""
    if match.value.type != "REQUEST" or match.last - match.first != 1:
        return []
    word = tokens[match.first].text[len(match.proclitics) :]
    if word not in _REQUEST_NOUNS or match.proclitics.endswith("ال"):
        return []
    built_on = [t.text for t in tokens[max(0, match.first - 2) : match.first]] == ["بناء", "علي"]
    if not built_on and not match.proclitics.endswith("ب"):
        return []
    start = match.last + 1 if match.last < last and tokens[match.last].text == "من" else match.last
    if start == match.last and not built_on:
        return []  # "بطلب الإفراج عن": what is asked, not who asks
    asker = next((p for p in after if p.token == start and p.entity), None)
    return _joined(tokens, asker, after) if asker is not None else []


def _end_of(match: PhraseMatch[LexTrigger]) -> int:
    """One past the last token of a match, past the object of a split idiom ("أعربت الخارجية في
    بيان عن أسفها")."""
    return match.last if match.rest_first is None else match.rest_first + len(match.rest)


def _genitive_doer(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party]
) -> Party | None:
    """The doer of a non-violent verbal noun in the genitive right after it ("دعوة الرئيس",
    "زيارة وزير الخارجية"). The genitive of an attack noun is its victim instead ("مقتل
    الصحافي")."""
    if match.value.mode == "release":
        return None  # "إطلاق سراح الموقوفين": the genitive is who is set free, not who frees
    if _supply_noun(tokens, match):
        return None  # "بتزويد الحوثيين بالصواريخ": the Houthis are supplied
    if match.last - match.first > 1 and tokens[match.last - 1].text in _OBJECT_MARKERS:
        return None  # "وقوفها إلى جانب الحكومة الصومالية": the party after it is supported
    if not match.value.verbal and tokens[match.last - 1].text.endswith(_POSSESSED_NOUN):
        return None  # "نقلت وفا عن عباس مطالبته واشنطن بالتدخل": the noun after is its object
    party = next((p for p in after if p.token == match.last), None)
    if party is not None and _addressed_genitive(tokens, match, party):
        return None  # "اتهام إسلام آباد بإيواء منفذيه": Islamabad is the accused
    if party is not None and party.entity is not None and not _behind_preposition(tokens, party):
        return party
    if match.value.type == "CONSULT" and not match.proclitics.endswith("ال"):
        return _lam_visitor(tokens, match, after)
    return None


def _addressed_genitive(tokens: list[Token], match: PhraseMatch[LexTrigger], party: Party) -> bool:
    """The genitive of an accusation or a demand that is the act of the verb before, with the
    charge or the demand right after it, is who is accused or asked: "دفع طهران إلى اتهام إسلام
    آباد بإيواء منفذيه", "ما دفع طهران إلى إدانة الهجوم ومطالبة بغداد بمعاقبة المسؤولين" (but
    "اتهام طهران لواشنطن بـ": Tehran accuses)."""
    if match.value.type not in {"ACCUSE", "REQUEST"} or party.end_token >= len(tokens):
        return False
    # as the object of a reply it is the genitive's own ("رفضت الرباط اتهام الجزائر بدعم ...")
    if not _act_of_verb_before(tokens, match):
        return False
    charge = tokens[party.end_token].text
    asked = match.value.type == "REQUEST" and charge == "الي"  # "دعوة البرلمان إلى الانعقاد"
    return asked or (charge.startswith("ب") and len(charge) > 3)


_ACT_REACH = 4  # words back from a joined verbal noun to the "إلى" of the first


def _act_of_verb_before(tokens: list[Token], match: PhraseMatch[LexTrigger]) -> bool:
    """Whether a verbal noun is what the verb before it did or led to: "دفع طهران إلى اتهام",
    "قامت باتهام", or joined with و to such a noun ("إلى إدانة الهجوم ومطالبة بغداد")."""
    if match.first == 0:
        return False
    if tokens[match.first - 1].text == "الي" or match.proclitics.endswith("ب"):
        return True
    if match.proclitics != "و":
        return False
    for at in range(match.first - 1, max(0, match.first - _ACT_REACH) - 1, -1):
        if tokens[at].kind is TokenKind.PUNCT:
            return False
        if tokens[at].text == "الي":
            return at < match.first - 1
    return False


_OWN_COUNTRY = frozenset({"بلاده", "بلادها", "بلادي", "بلادنا", "بلادهم"})
# the last word of a phrase trigger after which comes its object: "إلى جانب", "مع", "على"
_OBJECT_MARKERS = frozenset({"جانب", "علي", "الي", "مع", "ضد", "بحق", "عن"})


def _doer_in_genitive(
    tokens: list[Token], match: PhraseMatch[LexTrigger], parties: list[Party]
) -> bool:
    """Whether a verbal noun has its doer in the genitive right after it: a named party ("دعم
    القاهرة الكامل") or the speaker's own country ("دعم بلاده الثابت")."""
    if match.last < len(tokens) and tokens[match.last].text in _OWN_COUNTRY:
        return True
    after = [p for p in parties if p.token >= match.last]
    doer = _genitive_doer(tokens, match, after)
    return doer is not None and _political(doer)


# States, governments, armed and political bodies: the parties of a political act
_POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "LEG", "JUD", "PTY", "REB", "OPP", "PRM", "UAF", "SPY", "COP", "ELI"}
)


def _role_keeps(doc: Document, match: PhraseMatch[LexTrigger], found: _Found) -> bool:
    """Whether the parties found fit what the trigger's role asks of them: a political actor or
    recipient ("روسيا تدعم السلطات السورية"; not "ويندوز 10 يدعم العمل"), a political party
    warned ("حذّرت طهران واشنطن من مغبة التصعيد"; not "حذر الأطباء من مغبة تفشي الوباء"), a visit
    ("وصل أمير الكويت إلى جدة"; not "وصلت المساعدات إلى غزة")."""
    role = match.value.role
    if role == "political":
        return any(map(_political, found.actors + found.recipients))
    if role == "addressed":
        return any(map(_political, found.recipients))
    if role == "visitor":
        return _visits(doc, match, found)
    return True


def _visits(doc: Document, match: PhraseMatch[LexTrigger], found: _Found) -> bool:
    """Whether an arrival is a visit: a state's office-holder or an international body arrives
    in a place named in the words after it ("وصل أمير الكويت مساء اليوم إلى جدة"; not "وصل عدد
    القتلى إلى 50", "وصلت شحنات إلى الحوثيين", "منذ وصول الرئيس إلى السلطة")."""
    if not match.value.verbal:
        # the arrival of someone named right after it or by its pronoun: "وصول وزير الخارجية
        # الإيراني إلى بيروت", "لدى وصوله إلى دمشق"; not "الوصول إلى البحر", "وصول المساعدات"
        own = doc.tokens[match.last - 1].text.endswith(("ه", "ها"))
        named = any(p.token == match.last for p in found.actors)
        if match.proclitics.endswith("ال") or not (own or named):
            return False
    people = {e.id for e in doc.entities if e.type == "PERSON"}
    travels = any(
        (p.entity in people and (p.sector in _POLITICAL_SECTORS or p.country is not None))
        or (p.entity is not None and (p.code or "").startswith("IGO"))
        for p in found.actors
    )
    end = doc.span(doc.tokens[match.last - 1].end, doc.tokens[match.last - 1].end).start
    return travels and any(
        end <= m.start < end + _HOST_REACH and place.country
        for place in doc.places
        for m in place.mentions
    )


def _doer_nisba(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party]
) -> Party | None:
    """A country adjective right after an attack noun is the attacker, agreeing with the noun
    in its article: "أدانت الحكومة الاعتداء الإيراني على السفينة", "شهدت المدينة قصفاً
    إسرائيلياً", "الغارات الإسرائيلية". Not after an arrest or a death, whose adjective is the
    one who suffers it ("اعتقال أمريكي في طهران", "مقتل إسرائيلي")."""
    trigger = match.value
    if trigger.type not in {"ASSAULT", "COERCE"} or trigger.role == "victim_after":
        return None
    if trigger.type == "COERCE" and trigger.mode in {"arrest", "deport"}:
        return None
    party = next((p for p in after if p.token == match.last), None)
    if party is None or party.country is None or party.end_token != party.token + 1:
        return None
    if not _is_nisba(tokens, party.token):
        return None
    noun, adjective = tokens[match.last - 1].text, tokens[party.token].text
    if noun.startswith("ال") != adjective.startswith("ال") and not match.proclitics.endswith("ال"):
        return None  # "هجوم الإسرائيليين": a genitive, not an adjective
    return party


def _political(party: Party) -> bool:
    """A state ("الجانب الإيراني", "روسيا"), or a body of one of the political sectors."""
    state = party.sector is None and party.country is not None
    return state or party.sector in _POLITICAL_SECTORS or (party.code or "").startswith("IGO")


_OBJECT_REACH = 3  # tokens from the genitive to a party of the object: "ناقلة النفط البريطانية"


_GENITIVE_SUBJECT_SECTORS = _ARMED_SECTORS | {"GOV"}


def _statement_subject(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> bool:
    """Whether the subject right after a verb is a statement told before ("وأدان البيان",
    "وطالب التقرير"), not a body's own statement ("البيان الأرميني" is the Armenian side)."""
    return (
        match.last < last
        and tokens[match.last].text in DEFINITE_STATEMENT_WORDS
        and not any(p.token == match.last for p in after)
    )


def _attacker_in_genitive(
    doc: Document, match: PhraseMatch[LexTrigger], after: list[Party]
) -> Party | None:
    """The party in the genitive of an attack noun of resources/events/attacks_by_genitive.txt
    ("هجوم حماس", "غارات التحالف", "عدوان إسرائيل"): a body, a group or a state by its name,
    not a person and not a capital (the place of the attack: "هجوم كابول")."""
    tokens = doc.tokens
    if match.last - match.first != 1 or match.proclitics.endswith(("ال", "لل")):
        return None
    if tokens[match.first].text[len(match.proclitics) :] not in attacks_by_genitive():
        return None
    party = next((p for p in after if p.token == match.last and p.entity), None)
    if party is None or party.kind not in {"ORG", "GROUP", "GPE"}:
        return None
    if _behind_preposition(tokens, party):
        return None  # "هجوم بطائرات مسيّرة": the weapon
    if party.kind == "GPE":
        named = country_matcher().match_at(tokens, party.token)
        if named is None or named.value.kind != "name" or named.proclitics:
            return None
    return party


def _genitive_subject(
    doc: Document, match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> Party | None:
    """The doer of an attack or arrest noun in its genitive when the object follows with لـ, as
    a verbal noun takes it after its subject: "غزو القوات العراقية للكويت", "اجتياح إسرائيل
    للبنان", "اعتقال الشرطة للناشطين". The genitive is a state or an armed or governing body;
    a person or a crowd in the genitive is who suffers ("اعتقال الناشط لساعات")."""
    tokens = doc.tokens
    party = next((p for p in after if p.token == match.last), None)
    if party is None or party.entity is None or party.kind == "PERSON" or party.end_token >= last:
        return None
    if party.kind != "GPE" and party.sector not in _GENITIVE_SUBJECT_SECTORS:
        return None
    at = party.end_token
    if not _has_lam(tokens[at].text):
        return None
    target = next((p for p in after if at <= p.token <= at + 1 and (p.country or p.entity)), None)
    return party if target is not None else None


def _genitive_agent(
    doc: Document, match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> Party | None:
    """The genitive of an attack or arrest noun is who suffers it ("مقتل الجنود", "اعتقال
    الناشط"), unless it is an armed body followed by the act's object: the verbal noun then has
    its subject in the genitive and its object in the accusative ("احتجاز الحرس الثوري ناقلة
    النفط البريطانية", "اعتقال الشرطة 20 ناشطاً")."""
    tokens = doc.tokens
    party = next((p for p in after if p.token == match.last), None)
    if party is None or party.entity is None or party.sector not in _GENITIVE_SUBJECT_SECTORS:
        return None  # "اعتقال السلطات السعودية ناشطات": the authorities arrest
    entity = next((e for e in doc.entities if e.id == party.entity), None)
    if entity is None or entity.type == "PERSON" or party.end_token >= last:
        return None
    nxt = tokens[party.end_token]
    if nxt.kind is TokenKind.NUMBER or _is_count(nxt.text):
        return party
    if nxt.kind is not TokenKind.ARABIC or nxt.text in _NO_OBJECT or _is_time_word(nxt.text):
        return None
    if nxt.text.startswith(("و", "ب", "ل", "ف")) or nxt.text in _LONE_PREPOSITIONS:
        return None
    reach = party.end_token + _OBJECT_REACH
    objects = (p for p in after if party.end_token <= p.token < reach and (p.country or p.entity))
    return party if next(objects, None) is not None else None


def _lam_visitor(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party]
) -> Party | None:
    """The doer of an indefinite visit or meeting after ل, past one adjective: "قبل زيارة مقررة
    للرئيس الأميركي", "اجتماع لوزراء الخارجية العرب". A country after ل is where the visit goes
    ("زيارة للأردن"), not who makes it."""
    at = match.last
    if at < len(tokens) and tokens[at].text.endswith("ه") and not _has_lam(tokens[at].text):
        at += 1  # one adjective: "زيارة مقررة"
    if at >= len(tokens) or not _has_lam(tokens[at].text):
        return None
    named = country_matcher().match_at(tokens, at)
    if named is not None and named.value.kind in {"name", "capital"}:
        return None
    title = title_matcher().match_at(tokens, at)
    reach = at if title is None else title.last + 2  # "للرئيس الأميركي باراك أوباما"
    return next((p for p in after if at <= p.token <= reach and p.entity), None)


def _has_lam(word: str) -> bool:
    """The preposition ل on a word: "للرئيس", "لوزراء" (not the root letter of "لقاء")."""
    return "ل" in segment(word).proclitics


_LAUNCH_REACH = 6  # words from a weapon to the verb that launched it
_DOER_CLAUSE_REACH = 3  # adjectives between the noun and its clause: "قصف مدفعي عنيف شنه"


def _doer_clause(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> Party | None:
    """The doer named by a clause after a verbal noun, its verb carrying a pronoun for the noun:
    "في قصف عشوائي قام به المتمردون", "هجوم نفذه مسلحون", "الزيارة التي قامت بها الوزيرة"
    (resources/events/doer_clauses.tsv). A time word may stand before the doer ("نفذه أمس")."""
    doer = _doer_clause_at(tokens, match, after, last)
    return doer if isinstance(doer, Party) else None


def _doer_clause_at(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> Party | bool:
    """The doer of ``_doer_clause``; True for such a clause that names no doer ("غارة جوية
    نفذتها قرب بلدة جلب": its pronoun is the doer), False for none."""
    matcher = doer_clause_matcher()
    reach = match.last + _DOER_CLAUSE_REACH + 1
    i = match.last
    while i < min(last, reach):
        word = tokens[i].text
        weapon = mode_matcher().match_at(tokens, i, last)
        if weapon is not None and weapon.value[0] == match.value.type:
            # "في هجوم بطائرات مسيّرة وصواريخ تبنّته جماعة الحوثي": the weapons it was made with
            reach = min(reach + weapon.last - weapon.first, match.last + 2 * _DOER_CLAUSE_REACH)
            i = weapon.last
            continue
        if _breaks_off(word) or {"ب", "ل"} & set(segment(word).proclitics):
            return False  # "مسيرات منددة بالانقلاب الذي قاده": the clause is the coup's
        clause = matcher.match_at(tokens, i, last)
        i += 1
        if clause is None or clause.proclitics:
            continue
        start = clause.last
        while start < last and _is_time_word(tokens[start].text):
            start += 1
        # A head word or a title may come before the named doer: "نفذتها جماعة بوكو حرام",
        # "زيارة يقوم بها الرئيس الأميركي باراك أوباما".
        party = next(
            (p for p in after if start <= p.token <= start + 3 and (p.entity or p.country)), None
        )
        if party is None or any(_breaks_off(t.text) for t in tokens[start : party.token]):
            return start >= last or tokens[start].text in _PLACE_OR_TIME_WORDS
        return party
    return False


# what follows a doer clause that names no doer: "غارة نفذتها قرب بلدة جلب", "... في الأول من"
_PLACE_OR_TIME_WORDS = frozenset({"قرب", "في", "علي", "ضد", "داخل", "شمال", "جنوب", "شرق", "غرب"})


_INSTRUMENT_REACH = 4  # "استشهد الشاب أمس برصاصة": time words and the victim before it


def _instrument_doer(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> Party | None:
    """The doer named by a clause after the weapon a victim was hit with: "أصيب برصاصة في
    الرأس أطلقها قناص إسرائيلي", "استشهد بصاروخ أطلقته طائرة مسيرة"."""
    for i in range(match.first, min(last, match.last + _INSTRUMENT_REACH)):
        word = tokens[i].text
        if word in _CLAUSE_BREAKS:
            return None
        if not word.startswith("ب") or len(word) < 4:
            continue
        weapon = mode_matcher().match_at(tokens, i, last)
        if weapon is None or weapon.value[0] != "ASSAULT" or weapon.proclitics != "ب":
            continue
        # the wound may come between: "برصاصة في الرأس أطلقها"
        for j in range(weapon.last, min(last, weapon.last + _DOER_CLAUSE_REACH + 1)):
            if tokens[j].text in _CLAUSE_BREAKS:
                return None
            clause = doer_clause_matcher().match_at(tokens, j, last)
            if clause is not None and not clause.proclitics:
                doers = (p for p in after if clause.last <= p.token <= clause.last + 3)
                return next((p for p in doers if p.entity or p.country), None)
        return None
    return None


def _breaks_off(word: str) -> bool:
    return word in _CLAUSE_BREAKS or word in _RECIPIENT_PREPOSITIONS or word in _DURING


def _intransitive(tokens: list[Token], match: PhraseMatch[LexTrigger]) -> bool:
    word = _without_conjunction(tokens, match)
    return word.startswith(("انفجر", "تفجر", "ينفجر", "تنفجر"))


def _lam_agent(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party]
) -> Party | None:
    """The doer of an attack noun after لـ, at most one adjective away: "غارة للتحالف",
    "قصف عنيف لطيران النظام" (a party inside "لطيران ..." starts after the airforce word)."""
    for party in after:
        if party.token > match.last + 2:
            return None
        if party.token <= match.last + 1 and _lam(tokens[party.token].text) and party.entity:
            return party
        before = tokens[party.token - 1].text
        place = any(_place_word(stem) for stem in stem_candidates(before))
        if party.token > match.last and _lam(before) and not place:
            return party  # not "قصف للمناطق الباكستانية": the areas shelled
    return None


def _lam(word: str) -> bool:
    """A word with the preposition لـ ("لطالبان", "للتحالف"), not the article ("الطيران")."""
    return word.startswith("ل") and not word.startswith("ال")


def _passive_instrument(tokens: list[Token], match: PhraseMatch[LexTrigger], last: int) -> bool:
    """ "الانتحاري الذي قتل بالرصاص": a killing verb followed at once by its instrument is
    passive (the active verb takes its object first: "قتل المسلحون الرجل بالرصاص")."""
    return (
        match.value.type == "ASSAULT"
        and match.last < last
        and tokens[match.last].text in _INSTRUMENTS
    )


def _plural_subject(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, before: list[Party]
) -> list[Party]:
    """A verb with plural agreement ("اغتالوا", "هاجموا") has its subject before it: a noun after
    it is its object ("مسلحين مجهولين اغتالوا العميد ..."). A counted subject of a killing verb
    is its victims ("22 شخصا على الأقل قتلوا": were killed), which gives no actor."""
    floor = max(
        _subject_floor(tokens, match.first, first),
        _clause(tokens, match.first, first, match.last)[0],
    )
    # The verb's plural cannot agree with a feminine singular noun before it: "واجه المتظاهرون
    # طوقاً أمنياً فرضته الشرطة ورددوا هتافات" — the protesters chanted, not the police.
    local = [
        p
        for p in before
        if p.token >= floor and p.entity and not tokens[p.token].text.endswith("ه")
    ]
    if not local:
        return []
    subject = local[-1]
    counted = subject.token > first and _is_count(tokens[subject.token - 1].text)
    if counted and match.value.type == "ASSAULT":
        return []
    return _same_span([subject], before)


# a verb's ending and an object pronoun: "انتقدته", "رفضوها", "شنّاه", "أطلقها"
_OBJECT_ENDINGS = ("ته", "وه", "اه", "ها", "هم", "هما", "هن")


def _resumes_its_head(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """Whether a verb right after a relative pronoun carries the pronoun that stands for the
    relative's head: "الذي انتقدته", "التي رفضتها" (the head is what is criticised)."""
    i = match.first - 1
    if i < first or tokens[i].text not in _RELATIVES or match.last - match.first != 1:
        return False
    word = tokens[match.first].text[len(match.proclitics) :]
    # not a bare ه, which may be the root's last letter: "الذي وجّه رسالة", "الذي نبّه إلى"
    return len(word) > 4 and word.endswith(_OBJECT_ENDINGS)


def _antecedent(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, before: list[Party]
) -> Party | None:
    """The participant right before a relative pronoun that introduces the verb, or before the
    comma that opens the relative clause: "أكد الرئيس المصري، الذي استقبل نظيره الفرنسي أمس،
    أن ..." (the Egyptian president received his French counterpart)."""
    i = match.first - 1
    if i <= first or tokens[i].text not in _RELATIVES:
        return None
    ends = {i, i - 1} if tokens[i - 1].text == "،" else {i}
    return next((p for p in reversed(before) if p.end_token in ends and p.entity), None)


def _relative_of_a_thing(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, before: list[Party]
) -> bool:
    """ "الجريمة الإرهابية التي استهدفت مسجداً": a singular relative right after words that are
    no participant stands for a thing or an act, which did what the verb says."""
    i = match.first - 1
    if i <= first or tokens[i].text not in {"الذي", "التي"}:
        return False
    return tokens[i - 1].text not in _CLAUSE_BREAKS and not any(
        p.token <= i - 1 < p.end_token for p in before
    )


def _after_preposition(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    prefix = match.proclitics.removesuffix("ال")
    if any(letter in prefix for letter in "بل") or match.proclitics.endswith("ال"):
        return True
    return match.first > first and tokens[match.first - 1].text in _DURING | _CIRCUMSTANCE


# "منذ اعتقال", "قبيل انطلاق", "عشية التظاهرة"; other temporal prepositions only with a span of
# time between ("قبل ساعات من انطلاق تظاهرات"): "انسحب الجيش بعد اشتباكات" keeps its doer.
_DATING = frozenset({"منذ", "قبيل", "عشيه"})
_TEMPORAL = frozenset({"قبل", "بعد", "عقب"})
_TIME_SPANS = frozenset(
    {"ساعات", "ساعه", "ايام", "يوم", "يومين", "اسابيع", "اشهر", "شهور", "سنوات"}
)
_ONSET = frozenset({"بدء", "انطلاق", "موعد", "بدايه"})


def _time_reference(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """An act noun that only dates another clause: "منذ اعتقال محمدي", "قبيل انطلاق
    تظاهرات", "قبل ساعات من انطلاق تظاهرات". Who stands before it did not do it."""
    i = match.first - 1
    if i >= first and tokens[i].text in _ONSET:
        i -= 1
    if i >= first and tokens[i].text.removeprefix("و") in _DATING:
        return True
    if i - 1 >= first and tokens[i].text == "من" and tokens[i - 1].text in _TIME_SPANS:
        i -= 2  # "قبل ساعات من"
        return i >= first and tokens[i].text.removeprefix("و") in _DATING | _TEMPORAL
    return False


def _circumstance(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """An attack noun as the circumstance of what happened to those before it: "جراء القصف",
    "بانفجار عبوة", "تعرضوا لهجوم"."""
    prefix = match.proclitics.removesuffix("ال")  # the article's lam is not the preposition
    if prefix.endswith("لل"):  # "للهجوم" = ل + ال
        prefix = prefix[:-1]
    if any(letter in prefix for letter in "بل"):
        return True
    if match.first <= first:
        return False
    previous = tokens[match.first - 1].text
    if previous in _CIRCUMSTANCE:
        return True
    # "أصيب 25 طفلاً في قصف", "قتلت القوات خمسة مسلحين في غارة": those before "في <attack>"
    # are its victims, or its doer already has a verb of its own
    clause_start = _clause(tokens, match.first, first, match.last)[0]
    return previous in _DURING and any(
        stem_in(tokens[i].text, _CASUALTY_WORDS) or _assault_at(tokens, i, match.first)
        for i in range(clause_start, match.first - 1)
    )


def _assault_at(tokens: list[Token], i: int, limit: int) -> bool:
    found = trigger_matcher().match_at(tokens, i, limit)
    return found is not None and found.value.type == "ASSAULT" and found.value.role != "block"


def _speakers_own(
    doc: Document, match: PhraseMatch[LexTrigger], first: int, parties: list[Party]
) -> Party | None:
    """A subject with a possessive pronoun in a claim ("قواتها", "طائراته") is the speaker's own,
    before the verb or right after it ("أعلن التحالف ...، فيما شنّت مقاتلاته غارات")."""
    tokens = doc.tokens
    after_verb = [match.last] if match.value.verbal and match.last < len(tokens) else []
    for i in [*range(max(first, match.first - 3), match.first), *after_verb]:
        if tokens[i].text in _COMPLEMENTISERS or not _possessed(tokens[i].text):
            continue
        if i == match.last and any(p.token == i and p.country for p in parties):
            continue  # a party with its own country carries the pronoun
        claim = _claim_at(doc, tokens[match.first].start)
        if claim is not None and not any(i < p.token < match.first for p in parties):
            return _speaker_party(doc, claim, parties)
        if claim is None:
            # "تفرض الدول الغربية عقوبات على روسيا منذ أن أطلقت قواتها العملية العسكرية":
            # out of reported speech the pronoun points back to the last state named
            return next((p for p in reversed(parties) if p.token < i and _a_state(p)), None)
    return None


def _a_state(party: Party) -> bool:
    """A party naming a country's state: the country itself or its government or army."""
    return party.entity is not None and party.country is not None and party.sector in {"GOV", "MIL"}


def _possessed(word: str) -> bool:
    """A noun with a possessive pronoun: "قواتها", "طائراته", and feminine plurals the stem
    lexicon does not know ("مقاتلاته", "مدرعاتها")."""
    if segment(word).enclitic in _OWN:
        return True
    return len(word) >= 7 and word.endswith(("اته", "اتها", "اتهم"))


_AFFILIATION = frozenset({"تابعه", "التابعه", "تابع", "التابع", "تابعين", "التابعين", "التابعون"})


def _owner(tokens: list[Token], party: Party, parties: list[Party]) -> Party | None:
    """Whose the doer is, after "تابعة لـ": "أطلقت طائرة بدون طيار تابعة لوكالة المخابرات
    المركزية الأميركية صواريخ" (the CIA fired them)."""
    if party.end_token + 1 >= len(tokens) or tokens[party.end_token].text not in _AFFILIATION:
        return None
    return next((p for p in parties if p.token == party.end_token + 1 and p.entity), None)


_BEING = frozenset({"يكون", "تكون", "يكونوا", "يكونا", "تكونا"})
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "هؤلاء", "تلك", "ذلك", "هاتان", "هذان"})
# "إنه", "أنها", "بأنهم": a complementiser carrying the subject pronoun of its clause.
_PRONOUN_COMPLEMENTISERS = frozenset(
    {"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "وانه", "وانها", "وانهم"}
)
# Particles between that complementiser and its verb: "أنها لم تقصف", "إنه قد قتل".
_VERB_PARTICLES = frozenset({"قد", "لقد", "لم", "لن", "لا", "ما", "سوف", "كان", "كانت"})


def _resumed_speaker(
    doc: Document, match: PhraseMatch[LexTrigger], first: int, parties: list[Party]
) -> Party | None:
    """The speaker as the subject of a verb right after "إنه / أنها / بأنهم" in the claim:
    "قالت الشرطة إنها اعتقلت خمسة", "أعلن الجيش أنه شن غارة" (he said that he did)."""
    tokens = doc.tokens
    i = match.first - 1
    # "قال المجلس إنه "يدين بشدة" الاستيلاء": the quote opens on the verb
    while i > first and (tokens[i].text in _VERB_PARTICLES or tokens[i].text in _QUOTE_MARKS):
        i -= 1
    if i > first and tokens[i].text in control_verbs():
        # "قالت الحكومة إنها قررت استدعاء سفيرها": the speaker decided, and recalls
        i -= 1
        while i > first and tokens[i].text in _VERB_PARTICLES:
            i -= 1
    # "نفى الوزير أن يكون قد تهجم على أي دولة": the subject of "يكون" is the speaker himself
    own_being = i > first and tokens[i].text in _BEING and tokens[i - 1].text in {"ان", "بان"}
    if i < first or (tokens[i].text not in _PRONOUN_COMPLEMENTISERS and not own_being):
        return None
    claim = _claim_at(doc, tokens[match.first].start)
    return _speaker_party(doc, claim, parties) if claim is not None else None


_AUXILIARIES = frozenset({"قد", "لقد", "وقد", "كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"})
_APPOSITION_WORDS = 6  # longest apposition set off by commas
_CLAUSE_OPENERS = _RELATIVES | {"وهو", "وهي", "وهم", "وهما"}


def _before_apposition(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int, last: int
) -> int:
    """Start of the trigger's clause, moved before a short apposition in commas when the clause
    holds nothing but auxiliaries before the verb: "وكانت رئيسة الوزراء السابقة، بي نظير بوتو،
    قد قتلت في هجوم" (the subject is before the commas)."""
    start = _clause(tokens, match.first, first, last)[0]
    if any(t.text not in _AUXILIARIES for t in tokens[start : match.first]):
        return start
    if start - 1 <= first or tokens[start - 1].text != "،":
        return start
    apposition = _clause(tokens, start - 2, first, last)[0]
    if start - 1 - apposition > _APPOSITION_WORDS or tokens[apposition].text in _CLAUSE_OPENERS:
        return start  # "وكان الوزير، وهو من قادة الحزب، قد قتل": a clause, not an apposition
    if apposition - 1 > first and tokens[apposition - 1].text == "،":
        return _clause(tokens, apposition - 2, first, last)[0]
    return apposition


def _subject_floor(tokens: list[Token], i: int, first: int) -> int:
    """Leftmost token a subject may sit at: after the last complementiser before the trigger."""
    for j in range(i - 1, first - 1, -1):
        if tokens[j].text in _COMPLEMENTISERS:
            return j + 1
    return first


def _same_span(chosen: list[Party], pool: list[Party]) -> list[Party]:
    """Coordinated people share a mention span ("وزيرا الدفاع الأرميني والروسي"): keep them all."""
    if not chosen:
        return []
    return [p for p in pool if p.token == chosen[0].token and p.end_token == chosen[0].end_token]


def _after_attack_noun(tokens: list[Token], match: PhraseMatch[LexTrigger], first: int) -> bool:
    """A verb right after an attack noun and its adjectives is a relative clause whose subject is
    the attack: "بقصف جوي استهدف أوكارهم", "هجوم انتحاري استهدف حافلة" (a strike that
    targeted ...). Its doer is the attack's, not a participant before it. A verb with و / ف
    goes on the main clause instead: "قامت القوات بقصف مواقع وكبدت الجيش خسائر". An attack does
    no speaking: in "في هجوم حمّلت طهران إسرائيل مسؤوليته" Tehran blames."""
    if match.proclitics[:1] in {"و", "ف"} or match.value.type not in _VIOLENT:
        return False
    for j in range(match.first - 1, max(first, match.first - 4) - 1, -1):
        if tokens[j].text in _CLAUSE_BREAKS:
            return False
        noun = trigger_matcher().match_at(tokens, j, match.first)
        if noun is None or noun.value.type != "ASSAULT" or noun.value.role == "block":
            continue
        return not noun.value.verbal or _after_preposition(tokens, noun, first)
    return False


_DAMMA = "\u064f"


def _vowelled_passive(doc: Document, match: PhraseMatch[LexTrigger]) -> bool:
    """A perfect verb the copy vowels as passive, with a damma on its first letter ("قُتل",
    "أُطلق", "خُطف") or on the ت of its derived stem ("اعتُقل", "استُهدف", "انتُخب")."""
    token = doc.tokens[match.first]
    word = doc.text[token.start : token.end]
    if match.proclitics[:1] in {"و", "ف"} and word[:1] == match.proclitics[:1]:
        word = word[1:]  # "واستُهدف"
    if len(word) < 2:
        return False
    if word[1] == _DAMMA:
        return word[0] not in "يتن"  # "يُطلق" (he launches) is an active imperfect
    at = word.find(_DAMMA)
    return at > 1 and word[0] == "ا" and word[at - 1] == "ت"


def _passive_number(tokens: list[Token], match: PhraseMatch[LexTrigger], last: int) -> bool:
    """ "قُتل ثلاثة جنود", "قُتل نحو 30": a number right after the verb (or after a word for
    "about") names the victims (passive reading)."""
    if match.value.type not in {"ASSAULT", "COERCE"}:
        return False  # "تجمع نحو مائة متظاهر": a count after an intransitive verb is its subject
    if match.last >= last or tokens[match.last - 1].text.endswith("وا"):
        return False  # "قتلوا خمسة مسلحين": a plural verb is active, the noun its object
    at = match.last + 1 if tokens[match.last].text in _APPROXIMATORS else match.last
    if at >= last:
        return False
    nxt = tokens[at]
    return nxt.kind is TokenKind.NUMBER or nxt.text in time_lexicon().cardinals


def _subject_before(
    tokens: list[Token], match: PhraseMatch[LexTrigger], before: list[Party]
) -> Party | None:
    """A participant ending right before the verb, with only quotes or particles between."""
    for party in reversed(before):
        if party.entity is None:
            continue
        gap = [t.text for t in tokens[party.end_token : match.first]]
        # "أن السعودية والإمارات والبحرين كانت قد سحبت سفراءها": كان before قد too
        if all(t in {'"', "«", "“", "قد", "لقد"} | _KANA for t in gap) and len(gap) <= 2:
            return party
        if _model_designation(gap):
            return party  # "مقاتلات إسرائيلية من طراز إف-35 أطلقت ستة صواريخ"
        return None
    return None


_MODEL_WORDS = frozenset({"طراز", "نوع"})  # "من طراز إف-16", "من نوع «شاهد-136»"


def _model_designation(gap: list[str]) -> bool:
    """Whether the words between a craft and its verb only name its model."""
    return (
        2 < len(gap) <= 6
        and gap[0] == "من"
        and gap[1] in _MODEL_WORDS
        and not any(t in {"،", ",", ".", "؛"} for t in gap[2:])
    )


# Words of a count before the counted noun: "مقتل ما لا يقل عن ثلاثة مسلحين", "أكثر من 20".
_COUNT_PHRASE = _APPROXIMATORS | {"ما", "لا", "يقل", "يزيد", "عن", "علي", "اكثر", "اقل", "من"}


def _victim_after(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party]
) -> Party | None:
    """The counted or named dead after "مقتل": "مقتل 12 جندياً", "مقتل ما لا يقل عن ثلاثة
    مسلحين", "مقتل الصحافي"; only count words may stand between."""
    for party in after:
        gap = tokens[match.last : party.token]
        if len(gap) > 6 or not all(_is_count(t.text) or t.text in _COUNT_PHRASE for t in gap):
            return None
        if party.entity is not None or party.country is not None:
            return party
    return None


def _subject_after(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> Party | None:
    # A title may open a long subject before the name: "دعا عضو لجنة الأمن والدفاع النيابية
    # محمد الكربولي الحكومة إلى ..."
    opening = match.last
    if opening + 1 < last and tokens[opening].text in office_prefixes():
        opening += 1  # "استقبل مساعد وزير الخارجية الإيراني للشؤون العربية حسين جابري أنصاري"
    titled = opening < last and title_matcher().match_at(tokens, opening, last) is not None
    reach = _TITLED_SUBJECT_REACH if titled else _SUBJECT_REACH
    for party in after:
        gap = tokens[match.last : party.token]
        if _unbracketed_length(gap) > reach:
            return None
        holder = next((p for p in after if p.token == party.end_token and p.kind == "PERSON"), None)
        body = party.kind in {"ORG", "GROUP"} and _behind_preposition(tokens, party)
        if titled and holder is not None and body:
            # "اغتيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية": the office's holder, named
            # after the body he heads
            return holder
        if any(t.text in _RECIPIENT_PREPOSITIONS or t.text in _COMPLEMENTISERS for t in gap):
            return None
        if _posted_at(gap):
            return None  # "استدعت سفيرها لدى إثيوبيا": where the ambassador serves
        opened = gap[:-1] if _quoted_name(tokens, party) else gap
        if any(t.text in _SPEECH_OPENERS for t in opened):
            return None  # "ويهتفون: «نحب أميركا»": the words chanted, not who chants
        if any(t.text == "عددا" for t in gap):
            return None  # accusative "قتل عدداً من زعماء طالبان": the object, not the subject
        if party.entity is None or _behind_preposition(tokens, party):
            return None  # "استهدفتا مواقع للحوثيين": "لـ" marks a possessor, not a subject
        if gap and _construct_head(gap[-1]):
            return None  # "قصفت المدفعية مواقع حزب الله": Hezbollah owns the positions
        if party.token > 0 and tokens[party.token - 1].text in _IN_FRONT_OF:
            return None  # "اعتصم العشرات أمام البرلمان": where, not who
        counted = party.token > 0 and _is_count(tokens[party.token - 1].text)
        undergone = match.value.role == "undergoer"
        # a counted nisba in the accusative: "14 فلسطينياً" (not a country: "قصفت تركيا")
        accusative = _accusative_agent(party.text) or (
            counted and normalize_key(party.text).endswith("يا")
        )
        if accusative and not (counted and undergone):
            # "استهدف مسجداً", "اعتقل 14 فلسطينياً": the object; but a count from 11 to 99
            # takes the accusative singular in the subject too: "لقي 16 شرطياً حتفهم"
            return None
        if not gap and _oblique_plural(party.text):
            # "ودهمت القوات المخيم وقتلت شابين": a subject would be "شابان"; after another
            # noun it is a genitive ("واتهمت لجنة المحامين")
            return None
        return party
    return None


def _unbracketed_length(gap: list[Token]) -> int:
    """Words of a gap outside brackets: "رئيس المكتب السياسي لحركة المقاومة الإسلامية (حماس)"
    is a title of six words; the acronym in brackets adds none."""
    length, depth = 0, 0
    for token in gap:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            length += 1
    return length


def _quoted_name(tokens: list[Token], party: Party) -> bool:
    """A name between quote marks: "اتهم «حزب الله» القوات اللبنانية" (the party accuses)."""
    return (
        party.token > 0
        and tokens[party.token - 1].text in _QUOTE_MARKS
        and party.end_token < len(tokens)
        and tokens[party.end_token].text in _QUOTE_MARKS
    )


def _posted_at(gap: list[Token]) -> bool:
    """Whether the words name where someone serves: "سفيرها لدى إثيوبيا", "سفيره في واشنطن"."""
    for i, token in enumerate(gap):
        if token.text == "لدي":
            return True
        if token.text == "في" and i > 0 and "سفير" in gap[i - 1].text:
            return True
    return False


def _construct_head(token: Token) -> bool:
    """A thing right before a participant, which is then its owner: "مواقع" in "مواقع حزب الله",
    "منزل" in "منزل الوزير" (resources/events/possessed_targets.txt)."""
    return any(stem in possessed_targets() for stem in stem_candidates(token.text))


def _accusative_agent(text: str) -> bool:
    """An agent noun in the indefinite accusative ("مسجداً", "ضابطاً"): an object."""
    words = normalize_key(text).split()
    if len(words) != 1 or not words[0].endswith("ا"):
        return False
    return words[0][:-1] in _agent_nouns()


def _oblique_plural(text: str) -> bool:
    """An agent noun in the dual or sound plural of the accusative or genitive ("شابين",
    "المدنيين", "جنديين"): after a verb it is the object, since a subject takes "ان" / "ون"."""
    words = normalize_key(text).split()
    if len(words) != 1 or not words[0].endswith("ين"):
        return False
    word = words[0].removeprefix("ال")
    stem = word[:-2]
    nouns = _agent_nouns()
    return word in nouns or stem in nouns or stem + "ون" in nouns


@cache
def _agent_nouns() -> frozenset[str]:
    return frozenset(agent_matcher().keys())


def _behind_preposition(tokens: list[Token], party: Party) -> bool:
    """Whether the party's first word carries ب or ل ("للحوثيين", "بالجيش")."""
    word = tokens[party.token].text
    first = normalize_key(party.text).split()[0] if party.text.strip() else word
    if not word.endswith(first) or word == first:
        return False
    prefix = word[: -len(first)].removesuffix("ال")
    return any(letter in prefix for letter in "بل")


# plural and dual only: "التقى بنظيره في قطر" may tell where they met
_COUNTERPARTS = frozenset(
    normalize_key(word) for word in ("نظيريه", "نظيريها", "نظرائه", "نظرائها", "نظراءه", "نظراءها")
)
_COUNTERPARTS_REACH = 6  # tokens from the trigger: "اتصالات هاتفية مع نظرائه"


def _counterparts_in(
    tokens: list[Token], match: PhraseMatch[LexTrigger], after: list[Party], last: int
) -> list[Party]:
    """The countries of counterparts named by where they serve: "أجرى بومبيو اتصالات هاتفية مع
    نظرائه في بريطانيا وألمانيا والصين" (three counterparts, none named by a nisba)."""
    for i in range(match.last, min(last - 2, match.last + _COUNTERPARTS_REACH)):
        word = tokens[i].text
        if word in _CLAUSE_BREAKS:
            return []
        bare = word[1:] if word[:1] in {"و", "ب", "ل"} else word
        if word not in _COUNTERPARTS and bare not in _COUNTERPARTS:
            continue
        if tokens[i + 1].text not in {"في", "من"}:
            return []
        head = next((p for p in after if p.token == i + 2), None)
        if head is None or head.country is None:
            return []
        found = [head]
        for party in after:
            if party.token < found[-1].end_token:
                continue
            if not _coordinated(tokens, found[-1], party) or party.country is None:
                break
            found.append(party)
        return found
    return []


def _recipients(
    tokens: list[Token],
    match: PhraseMatch[LexTrigger],
    last: int,
    after: list[Party],
    actors: list[Party],
    sides: tuple[str, str] | None,
    story: tuple[str, str] | None = None,
) -> list[Party]:
    counterparts = _counterparts_in(tokens, match, after, last)
    if counterparts:
        return counterparts
    actor_tokens = {p.token for p in actors}
    actor_sides = {(p.country, p.sector) for p in actors}
    # In VSO the object follows the subject: start the clause after it.
    after_actor = max([match.first, *(p.end_token for p in actors if p.token >= match.last)])
    _, clause_end = _clause(tokens, after_actor, match.first, last)
    closes_names = clause_end == after_actor < last and tokens[clause_end].text == "،"
    past_aside = _past_parentheticals(tokens, clause_end, last)
    if after_actor > match.last and closes_names and past_aside == clause_end:
        # The comma only closes the subject's names and titles: "استقبل الملك سلمان بن
        # عبدالعزيز، في قصر السلام أمس، وزير الدفاع الأميركي"
        _, clause_end = _clause(tokens, after_actor + 1, match.first, last)
        past_aside = _past_parentheticals(tokens, clause_end, last)
        office = title_matcher().match_at(tokens, after_actor + 1, clause_end)
        named_next = clause_end + 1 < last and (
            any(p.token == clause_end + 1 for p in after)
            or title_matcher().match_at(tokens, clause_end + 1, last) is not None
        )
        if office is not None and past_aside == clause_end and named_next:
            # the subject's office in commas, then the object: "التقى المبعوث الأمريكي هادي
            # عمرو، نائب مساعد وزير الخارجية، وزيرَ الدفاع الإسرائيلي بيني غانتس"
            _, clause_end = _clause(tokens, clause_end + 1, match.first, last)
            past_aside = _past_parentheticals(tokens, clause_end, last)
    # where the subject spoke from: "رحب ماكرون، من جيبوتي، بقرار" (an aside "، في اتصال مع
    # نظيره المصري،" may name the partner of "بحث")
    aside = range(0)
    if past_aside > clause_end + 1 and tokens[clause_end + 1].text == "من":
        closing = next(
            (j for j in range(clause_end + 1, past_aside) if tokens[j].text == "،"), None
        )
        aside = range(clause_end, closing if closing is not None else clause_end)
    clause_end = past_aside
    place_skipped: Party | None = None
    # Coordinated partners run past commas: "مع كلّ من الرئيس الروسي ...، والفرنسي ...".
    reach = min(last, match.last + 25)
    found: list[Party] = []
    for party in after:
        if party.token >= reach or party.token in actor_tokens or party.token in aside:
            continue
        if party.country is None and party.entity is None:
            continue
        same_span = bool(found) and (party.token, party.end_token) == (
            found[-1].token,
            found[-1].end_token,
        )
        if same_span:  # "بنظيريه الإسرائيلي والأردني": two people in one mention
            found.append(party)
            continue
        if found and not _coordinated(tokens, found[-1], party):
            break
        if found and _accompanying(tokens, party, last):
            continue  # "استقبل الرئيس الوزير والوفد المرافق له": the minister's own delegation
        if (
            not found
            and party.token >= clause_end
            and not _continues(tokens, clause_end, party)
            and not _states_listed(tokens, clause_end, party)
        ):
            break
        if (party.country, party.sector) in actor_sides and party.country is not None:
            continue  # the actor's own side again; gunmen and police of one country differ
        if any(_members_of(tokens, actor, party) for actor in actors):
            continue  # "مقاتلو تنظيم داعش": the group the actors belong to
        directed = match.value.type in _AT_THE_OTHER_SIDE
        if directed and party.sector is None and party.country in {c for c, _ in actor_sides}:
            continue  # "توعد ... على أي خطوة تستهدف الصناعات الإيرانية": his own country's
        if directed and party.token > 0 and tokens[party.token - 1].text in _IN_FRONT_OF:
            continue  # "هدد في خطاب ألقاه أمام مقاتلين": his audience, not whom he threatens
        if _after_source_cue(tokens, party):
            break  # "هاجم مقاتلو الحزب مفوضية المدينة، بحسب وكالة الأناضول": the source
        if match.value.type == "THREATEN" and _inside_threatened_act(tokens, match, party):
            continue  # "هددت الكويت بإعادة الملف إلى مجلس الأمن": where the act would go
        if match.value.type in _HOSTILE | _AT_THE_OTHER_SIDE and _protected(tokens, party):
            continue  # "لن يتردد في اتخاذ إجراءات لحماية الأمريكيين": whom the act defends
        if weapon_after_bi(tokens, party.token, party.end_token):
            continue  # "استهدفت قاعدة حرير بطائرة مسيّرة": the weapon, not its target
        if party.token > 0 and _place_word(tokens[party.token - 1].text):
            place_skipped = party
            continue  # "على الحدود بين أرمينيا وأذربيجان": a place, not a recipient
        if place_skipped is not None and _coordinated(tokens, place_skipped, party):
            place_skipped = party
            continue  # ... and the place coordinated with it
        found.append(party)
    words = two_sides_words()
    # a third party's call goes to the story's two sides; one side's to the latest pair
    own = {p.country for p in actors}
    pair = story if story and own and not own & set(story) else sides
    commas: list[int] = []
    for i in range(match.last, min(last, match.last + _BOTH_SIDES_REACH)):
        if tokens[i].text in _CLAUSE_BREAKS - {"،"}:
            break
        if tokens[i].text == "،":
            commas.append(i)
        # the first object is both sides, whatever is named after it: "وحث «جميع الأطراف على
        # الانخراط في حوار مع الصومال»"; an aside after the subject may come first: "دعت
        # الصين، الشريك الاستراتيجي لإسلام آباد ...، البلدين إلى"
        aside = len(commas) == 2 and commas[-1] == i - 1
        if i >= match.last + _IDIOM_GAP + 4 and not aside:
            continue
        first_object = not found or i < found[0].token
        if aside:
            first_object = all(commas[0] < p.token < commas[1] for p in found if p.token < i)
        if pair and stem_in(tokens[i].text, words) and first_object:
            return [Party(match.first, match.last, c, None, c, None, None) for c in pair]
    return found


_BOTH_SIDES_REACH = 18  # "وحثّت وزارة الخارجية الروسية، على لسان المتحدثة باسمها ...، الجانبين"


def _inside_threatened_act(
    tokens: list[Token], match: PhraseMatch[LexTrigger], party: Party
) -> bool:
    """Whether the party is named inside the act a threat names with بـ, after "إلى" or "في":
    "هددت الكويت بإعادة ملف الحدود إلى مجلس الأمن" threatens Iraq, not the Council."""
    between = [t.text for t in tokens[match.last : party.token]]
    opened = any(w.startswith("ب") and len(w) > 3 for w in between[:2]) or between[:1] == ["ب"]
    return opened and bool(between) and between[-1] in {"الي", "في", "امام"}


def _accompanying(tokens: list[Token], party: Party, last: int) -> bool:
    """ "والوفد المرافق له", "والوفد المرافق": the party before it comes with it."""
    return party.end_token < last and tokens[party.end_token].text.startswith("المرافق")


def _protected(tokens: list[Token], party: Party) -> bool:
    """ "لحماية المدنيين", "دفاعاً عن قواتها": the party is the one the act defends."""
    cues = protected_cue_matcher()
    for i in range(max(0, party.token - 3), party.token):
        found = cues.match_at(tokens, i, party.token)
        if found is not None and found.last == party.token:
            return True
    return False


_SOURCE_CUES = frozenset({"بحسب", "حسب", "وبحسب", "وحسب", "وفق", "وفقا", "ووفقا", "نقلا", "طبقا"})


def _after_source_cue(tokens: list[Token], party: Party) -> bool:
    """ "بحسب وكالة الأناضول", "نقلاً عن مصادر", "وفقاً لوزارة الصحة": who reports, not who
    suffers."""
    window = [t.text for t in tokens[max(0, party.token - 2) : party.token]]
    return any(word in _SOURCE_CUES for word in window)


def _told_to(tokens: list[Token], party: Party) -> bool:
    """The outlet a statement was made to, neither doer nor target of what it tells: "اتهم
    المتحدث، في تصريح لقناة الجزيرة، الجيش بـ...", "في مقابلة مع صحيفة الشرق الأوسط"."""
    window = [t.text for t in tokens[max(0, party.token - 2) : party.token]]
    if window[-1:] == ["مع"]:
        noun = window[0] if len(window) == 2 else ""
    else:
        noun = window[-1] if window and tokens[party.token].text.startswith("ل") else ""
    return bool(noun) and stem_in(noun, statement_nouns())


def _past_parentheticals(tokens: list[Token], end: int, last: int) -> int:
    """Move a clause end past a parenthetical date or setting: "استقبل X، يوم الثلاثاء، نظيره
    ...", "ثمن مجلس الوزراء، في جلسته الأسبوعية أمس، الجهود ..."."""
    while end < last and tokens[end].text == "،":
        # up to eight words: "، في بيان نقلته وكالة الأنباء الأردنية (بترا)،"
        nxt = next((j for j in range(end + 1, min(last, end + 10)) if tokens[j].text == "،"), None)
        inner = tokens[end + 1 : nxt] if nxt is not None else []
        dated = bool(inner) and all(_is_time_word(t.text) for t in inner)
        setting = bool(inner) and opens_long_aside(inner[0].text)
        if setting and [t.text for t in inner[:2]] == ["في", "حين"]:
            return end  # "، في حين غرّدت قطر خارج السرب": a clause of contrast, no setting
        if not (dated or setting):
            return end
        end = nxt  # type: ignore[assignment]
        while end + 1 < last and tokens[end + 1].text not in _CLAUSE_BREAKS:
            end += 1
        end += 1
    return end


def _is_time_word(word: str) -> bool:
    lex = time_lexicon()
    return word in lex.weekdays or word in {"يوم", "امس", "اليوم", "غدا"} or word in lex.day_parts


def _with_coordinated(
    tokens: list[Token], candidates: list[Party], pool: list[Party]
) -> list[Party]:
    """The last candidate and those coordinated before it: "أن جندياً من قواته وثمانية مقاولين
    أفغان قتلوا" → the soldier and the contractors."""
    if not candidates:
        return []
    chosen = [candidates[-1]]
    for earlier in reversed(candidates[:-1]):
        if earlier.token == chosen[0].token:
            continue  # coordinated nisbas share one span: _same_span keeps them all
        if not _coordinated(tokens, earlier, chosen[0]):
            break
        chosen.insert(0, earlier)
    return [p for c in chosen for p in _same_span([c], pool)]


def _coordinated(tokens: list[Token], previous: Party, party: Party) -> bool:
    """ "بوتين، والفرنسي إيمانويل ماكرون": a comma or و, then at most a title word or a nisba."""
    gap = tokens[previous.end_token : party.token]
    if not gap and _paired_nisbas(tokens, previous, party):
        return True
    if len(gap) > 4 or any(t.text in _RECIPIENT_PREPOSITIONS | _CLAUSE_BREAKS - {"،"} for t in gap):
        return False
    if any(t.text.startswith("ف") and not t.text.startswith(("في", "فوق")) for t in gap):
        return False  # "اقتحام الحواجز ...، فردّت قوات مكافحة الشغب": a new clause, not a list
    words = [t.text for t in gap] + [tokens[party.token].text]
    return "،" in words or any(w.startswith("و") for w in words)


def _paired_nisbas(tokens: list[Token], previous: Party, party: Party) -> bool:
    """Two nisbas side by side, both with the article or both without, qualify one noun as a
    pair: "الاتفاق السعودي الإيراني", "محادثات أمريكية روسية"."""
    bare = all(p.sector is None and p.end_token - p.token == 1 for p in (previous, party))
    if not bare or previous.country is None or previous.country == party.country:
        return False
    one, two = tokens[previous.token].text, tokens[party.token].text
    return (
        _is_nisba(tokens, previous.token)
        and _is_nisba(tokens, party.token)
        and (one.startswith("ال") == two.startswith("ال"))
    )


def _is_nisba(tokens: list[Token], i: int) -> bool:
    match = country_matcher().match_at(tokens, i, i + 1)
    return match is not None and match.value.kind == "nisba"


_STATES_NOUNS = frozenset({"دول", "عواصم", "بلدان"})
_STATES_REACH = 4  # "دول الترويكا الأوروبية،": the noun and its modifiers before the comma


def _states_listed(tokens: list[Token], clause_end: int, party: Party) -> bool:
    """The states an object names are listed after a comma: "طالب عبد اللهيان دول الترويكا
    الأوروبية، فرنسا وألمانيا وبريطانيا، بعدم الانجرار" (the three are asked)."""
    if party.token != clause_end + 1 or tokens[clause_end].text != "،":
        return False
    return any(
        stem_in(tokens[i].text, _STATES_NOUNS)
        for i in range(max(0, clause_end - _STATES_REACH), clause_end)
    )


def _continues(tokens: list[Token], clause_end: int, party: Party) -> bool:
    """A list that goes on past a comma with و: "قصفت مواقع في حلب، وأخرى في إدلب". The و is
    the conjunction, not a first letter ("، وأعربت وزارة الخارجية" opens a new clause)."""
    if party.token - clause_end > 2:
        return False
    word = tokens[party.token].text
    first = normalize_key(party.text).split()[0] if party.text.strip() else word
    if word.endswith(first) and word != first:
        return word[: -len(first)].startswith("و")
    gap = [t.text for t in tokens[clause_end + 1 : party.token]]
    return gap == ["و"]


def _claim_at(doc: Document, norm_start: int) -> Claim | None:
    offset = doc.span(norm_start, norm_start).start
    for claim in doc.claims:
        if claim.content.start <= offset < claim.content.end:
            return claim
    return None


def _claim_before(doc: Document, norm_start: int) -> Claim | None:
    offset = doc.span(norm_start, norm_start).start
    inside = _claim_at(doc, norm_start)
    if inside is not None:
        return inside
    previous = [c for c in doc.claims if c.content.end <= offset]
    return previous[-1] if previous else None


_ANNOUNCING = frozenset({"اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "قرر", "قررت"})
# participles of announcing mid-sentence: "، معلناً الدفع بتعزيزات"
_ANNOUNCING_PARTICIPLES = frozenset({"معلنا", "معلنه", "معلنين", "ومعلنا", "ومعلنه"})
_ANNOUNCED_REACH = 3  # "معلناً الدفع بثلاث كتائب إضافية"


def _after_announcing_participle(
    tokens: list[Token], match: PhraseMatch[LexTrigger], first: int
) -> bool:
    """Whether a participle of announcing stands a few words before the trigger, in its clause."""
    for i in range(match.first - 1, max(first, match.first - _ANNOUNCED_REACH) - 1, -1):
        if tokens[i].text in _ANNOUNCING_PARTICIPLES:
            return True
        if tokens[i].kind is TokenKind.PUNCT:
            return False
    return False


def _announcing(doc: Document, claim: Claim) -> bool:
    """Whether the claim is an announcement ("أعلنت", "قررت"), whose speaker may do the act."""
    cue = normalize_key(doc.text[claim.cue.start : claim.cue.end])
    return cue.removeprefix("و").removeprefix("ف") in _ANNOUNCING


def _announced_act(doc: Document, match: PhraseMatch[LexTrigger]) -> Claim | None:
    """The claim whose announcement is this act noun, right after the announcer: "أعلنت
    الحكومة تعليق المفاوضات", "أعلنت واشنطن فرض عقوبات" (the announcer's own act). Not for
    violence ("أعلن الجيش مقتل جنديين": it reports deaths). A bare perfect there is read as its
    verbal noun ("أعلنت واشنطن فرض عقوبات"); an imperfect or a verb with و begins a clause."""
    if match.value.imperfect or match.proclitics[:1] in {"و", "ف"}:
        return None
    if match.value.type in _VIOLENT:
        return None
    claim = _claim_at(doc, doc.tokens[match.first].start)
    if claim is None:
        return None
    if not _announcing(doc, claim):
        return None
    trigger_start = doc.span(doc.tokens[match.first].start, doc.tokens[match.first].start).start
    return claim if _only_dates_between(doc, claim.content.start, trigger_start) else None


def _only_dates_between(doc: Document, start: int, end: int) -> bool:
    """Nothing but dates (and "في") between two original offsets: "أعلنت الجزائر في 24 أغسطس
    2021 قطع علاقاتها"."""
    text = doc.text[start:end]
    for time in doc.times:
        if start <= time.start and time.end <= end:
            text = text.replace(time.text, " ")
    if all(word in {"في", "،", ","} for word in text.split()):
        return True
    # or an aside on how it was said: "أعلنت كل من السعودية ومصر، في بيانات منفصلة، تضامنها"
    *asides, rest = re.split("[،,]", text)
    return not rest.strip() and all(
        not part.split() or opens_long_aside(part.split()[0]) for part in asides
    )


def _speaker_party(doc: Document, claim: Claim, parties: list[Party]) -> Party | None:
    """The claim's speaker as a participant, with the sector and code of its entity."""
    speaker = claim.speaker
    if speaker.entity is None and speaker.country is None:
        return None
    for party in parties:
        if party.entity == speaker.entity and speaker.entity is not None:
            return party
    entity = next((e for e in doc.entities if e.id == speaker.entity), None)
    sector = entity.sector if entity else None
    code = entity.code if entity else None
    return Party(-1, -1, speaker.text, speaker.entity, speaker.country, sector, code)


_THREATENED_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE"})
_ULTIMATUM_TYPES = _THREATENED_TYPES | {"PROTEST", "RETREAT"}
# (PLOVER type, CAMEO code: 033 intent to provide aid, 031 to cooperate, 032 diplomatic
# cooperation, 0356 to de-escalate)
_PROMISED = {
    "AID": ("AGREE", "033"),
    "COOPERATE": ("AGREE", "031"),
    "SUPPORT": ("AGREE", "032"),  # "سيوقع الرئيسان اتفاقاً": a promise to sign (PLOVER AGREE)
    "RETREAT": ("CONCEDE", "0356"),
}
# The condition of an ultimatum, after the act: "ما لم تصرف الحكومة الرواتب", "إذا لم تستجب".
_UNLESS = frozenset({("ما", "لم"), ("اذا", "لم"), ("ان", "لم"), ("حال", "لم"), ("لو", "لم")})
_FUTURE_VERB = re.compile(r"^[وف]?س[يتنا]")  # "سيغلقون", "ستدخل", "وسنقاطع"


def _ultimatum(doc: Document, match: PhraseMatch[LexTrigger], sentence: int) -> bool:
    """A future act (the trigger, or the verb up to two words before it) on a condition named
    after it: "ستدخل في إضراب ما لم ...", "سيغلقون الحقول إذا لم تستجب الحكومة"."""
    tokens = doc.tokens
    span = doc.sentences[sentence]
    verbs = [tokens[i].text for i in range(max(span.first_token, match.first - 2), match.last)]
    # a noun in ة or ات is no verb, whatever its first letters: "سيارة مفخخة انفجرت"
    if not any(_FUTURE_VERB.match(w) and not w.endswith(("ه", "ات")) for w in verbs):
        return False
    words = [t.text for t in tokens[match.last : span.last_token]]
    return any(pair in _UNLESS for pair in itertools.pairwise(words))


_ENVOY_REACH = 4  # "استدعت وزارة الخارجية العراقية سفيرة السويد"


def _woman_envoy(doc: Document, match: PhraseMatch[LexTrigger]) -> bool:
    """Whether the envoy a recall names is written "سفيرة": normalised, "سفيرة" (a woman
    ambassador) and "سفيره" (his ambassador) are one word."""
    for token in doc.tokens[match.first : match.last + _ENVOY_REACH]:
        if token.text in {"سفيره", "وسفيره"}:
            span = doc.span(token.start, token.end)
            return doc.text[span.start : span.end].endswith("ة")
    return False


def _event(doc: Document, found: _Found, number: int) -> Event:
    match = found.trigger
    # one entity split by quotes ('لحركة "عصائب أهل الحق"') does not act on itself
    acting = {p.entity for p in found.actors if p.entity}
    found.recipients = [p for p in found.recipients if p.entity is None or p.entity not in acting]
    span = doc.span(match.start, match.end)
    trigger_type = found.kind or match.value.type
    claim = _claim_at(doc, match.start)
    negated = _denied(doc, match, claim)
    historical = _historical(doc, match, found.sentence)
    modes, cameo = sorted(set(found.modes)), match.value.cameo
    if found.kind == "COOPERATE":
        modes, cameo = [], "062"  # joint exercises (PLOVER COOPERATE has no modes)
    elif found.kind == "ACCUSE":
        cameo = "111"  # regret for another's decision: criticise or denounce
    future = "س" in match.proclitics.lstrip("وف") or (
        match.first > 0 and doc.tokens[match.first - 1].text in {"سوف", "وسوف"}
    )
    if trigger_type in _THREATENED_TYPES and match.value.verbal and future:
        trigger_type = "THREATEN"  # "ستقصف", "ستحظر": a future attack or ban announced
    elif trigger_type in _PROMISED and match.value.verbal and future:
        # PLOVER: promises of future cooperation are AGREE ("ستقدم ألمانيا مساعدات للسودان"),
        # a withdrawal announced for later is a CONCEDE ("ستسحب قواتها من النيجر")
        trigger_type, cameo = _PROMISED[trigger_type]
        modes = []
    elif trigger_type in _ULTIMATUM_TYPES and _ultimatum(doc, match, found.sentence):
        # "ستدخل النقابة في إضراب مفتوح ما لم تصرف الحكومة الرواتب": a strike threatened
        trigger_type = "THREATEN"
    left_a_body = any((p.code or "").startswith("IGO") for p in found.recipients)
    if trigger_type == "RETREAT" and left_a_body:
        # "أعلنت النيجر انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا": leaving an
        # organisation reduces relations (PLOVER SANCTION withdraw; CAMEO 161), no retreat
        trigger_type, modes, cameo = "SANCTION", ["withdraw"], "161"
    recall = _recall_of_own_envoy(doc, found, cameo)
    if recall is not None:
        # "استدعت الخارجية القائم بالأعمال العراقي من أنقرة للتشاور": Iraq recalls its envoy
        trigger_type, modes, cameo = "SANCTION", ["withdraw"], _RECALL
        found.actors, found.recipients = recall
    if trigger_type == "SANCTION" and cameo == _RECALL and _woman_envoy(doc, match):
        # "استدعت الخارجية العراقية سفيرة السويد": ة is no "her" (سفيره), a foreign envoy is
        # summoned, a diplomatic protest (CAMEO 114) as for "السفيرة السويدية"
        trigger_type, modes, cameo = "ACCUSE", ["disapprove"], "114"
    by_a_court = any(p.sector == "JUD" for p in found.actors)
    if trigger_type == "ACCUSE" and "disapprove" in modes and by_a_court:
        # "أدانت المحكمة العليا زعيمة حزب معارض بتهم فساد": a court's إدانة is a conviction
        trigger_type, modes, cameo = "SANCTION", ["convict"], "173"
    event = Event(
        id=f"E{number}",
        type=trigger_type,
        trigger=Trigger(span.start, span.end, doc.text[span.start : span.end]),
        sentence=found.sentence,
        modes=modes,
        actors=[p.participant() for p in found.actors],
        recipients=[p.participant() for p in found.recipients],
        claim=claim.id if claim else None,
        negated=negated,
        historical=historical,
        cameo=cameo,
    )
    if claim is None:  # the outlet's own voice: note its loaded words
        event.framing = framing_notes(doc, found.sentence)
    event.places = _event_places(doc, found.sentence, span.start)
    _country_from_place(doc, event)
    event.date = date_for(doc, found.sentence, span.start, historical)
    if not historical and _dated_long_before(doc, event.date):
        event.historical = True
        event.date = date_for(doc, found.sentence, span.start, True)
    event.confidence = _confidence(match.value, found, claim)
    return event


_SUMMONS = "114"  # the CAMEO code of the summons row: "استدعت الخارجية السفير الروسي"
_ENVOY_WORDS = ("سفير", "القائم بالاعمال")
_HOSTED_AT = frozenset({"من", "في", "لدي"})
_FOR_CONSULTATIONS = frozenset({"للتشاور", "للتشاورات", "للمشاورة", "للمشاورات"})


def _recall_of_own_envoy(
    doc: Document, found: _Found, cameo: str | None
) -> tuple[list[Party], list[Party]] | None:
    """A summons or a recall of the actor's own envoy, told by the envoy's nisba: the envoy's
    country recalls, the country the envoy is posted in is the recipient. "استدعت الخارجية
    القائم بالأعمال العراقي من أنقرة للتشاور", "قرر سحب السفير العراقي من أنقرة" (Iraq from
    Turkey). A summons is a recall only when the envoy is the actor's, sits in another
    country's capital ("من أنقرة") or is called home "للتشاور"."""
    match = found.trigger
    tokens = doc.tokens
    end = _end_of(match)
    summons = cameo == _SUMMONS and tokens[match.first].text[len(match.proclitics) :].startswith(
        "استدع"
    )
    if not summons and cameo != _RECALL:
        return None
    envoy = next(
        (
            p for p in found.actors + found.recipients
            if match.first <= p.token <= end and p.country
            and any(w in normalize_key(p.text) for w in _ENVOY_WORDS)
        ),
        None,
    ) or _envoy_of(tokens, end)  # fmt: skip
    if envoy is None or envoy.country is None:
        return None
    others = [p for p in found.actors if p is not envoy and p.country]
    if any(p.country != envoy.country for p in others):
        return None  # "استدعت الخارجية العراقية القائم بالأعمال التركي": a summons
    host = next(
        (h for at in range(envoy.token, envoy.end_token + 1) if (h := _posted_in(doc, at))),
        None,
    )  # "سفير الجزائر لدى فرنسا، السيد محمد عنتر داود": the posting inside the mention
    home = any(
        t.text in _FOR_CONSULTATIONS
        for t in tokens[envoy.end_token : envoy.end_token + _RECALL_REACH]
    )
    if summons and not (others or home or (host and host.country != envoy.country)):
        return None
    actors = others or [
        Party(envoy.token, envoy.end_token, envoy.country, None, envoy.country, None, envoy.country)
    ]
    if host is not None and host.country != envoy.country:
        return actors, [host]
    kept = [p for p in found.recipients if p is not envoy and p.country != envoy.country]
    return actors, kept


def _envoy_of(tokens: list[Token], end: int) -> Party | None:
    """The country of an envoy named in the construct right after the trigger: "استدعاء سفير
    الجزائر لدى فرنسا" (Algeria's ambassador)."""
    country = country_matcher().match_at(tokens, end, len(tokens)) if end < len(tokens) else None
    if country is None or country.proclitics or country.value.kind != "name":
        return None
    iso3 = country.value.iso3
    return Party(end, country.last, iso3, None, iso3, None, iso3)


def _posted_in(doc: Document, at: int) -> Party | None:
    """The country an envoy is posted in, named right after the envoy: "من أنقرة", "لدى بغداد"."""
    tokens = doc.tokens
    if at + 1 >= len(tokens) or tokens[at].text not in _HOSTED_AT:
        return None
    start = doc.span(tokens[at + 1].start, tokens[at + 1].start).start
    for place in doc.places:
        if place.country and any(m.start == start for m in place.mentions):
            return Party(at + 1, at + 2, place.name, None, place.country, None, place.country)
    return None


def _country_from_place(doc: Document, event: Event) -> None:
    """Unnamed domestic actors take the country where the event happens: "تظاهر آلاف المعلمين
    في تونس" → the teachers are Tunisian. Only when the event's places lie in one country."""
    places = {p.id: p for p in doc.places}
    countries = {places[i].country for i in event.places if places[i].feature != "border"}
    if len(countries) != 1 or None in countries:
        return
    country = countries.pop()
    for party in event.actors + event.recipients:
        # not a people's code: "مسلحون أكراد" stay KURUAF wherever they fight
        if party.country is None and party.code is None and party.sector and party.entity:
            entity = next((e for e in doc.entities if e.id == party.entity), None)
            if entity is not None and called_enemy(doc, entity):
                continue  # "الطائرات المعادية"
            party.country = country
            party.code = f"{country}{party.sector}"


# acts whose place is their target: an air strike on a region hits that country, a curfew in a
# city is imposed on it
_PLACE_TARGETED = frozenset({"ASSAULT", "COERCE", "SANCTION", "AID"})
_GIVEN = frozenset({"SANCTION", "AID"})  # decided at home, received where the targets are


def _target_from_place(doc: Document, event: Event) -> None:
    """An attack, a coercive act, a sanction or aid with no recipient is aimed at the country
    where it happens: "شن الجيش غارات على مواقع في قطاع غزة" → Palestine, "فُرض حظر للتجول في
    مقديشو" → Somalia, "فرضت الخزانة الأمريكية عقوبات على ثماني شركات في إيران" → Iran,
    "تقديم منحة لإعادة تأهيل مدارس في محافظة نينوى" → Iraq.
    Only when the event's places lie in one country (a launch "من لبنان باتجاه الجليل" names
    two)."""
    if event.type not in _PLACE_TARGETED or any(p.country for p in event.recipients):
        return
    located = [p for p in _places_in_one_country(doc, event) if not _only_as_origin(doc, p, event)]
    countries = {p.country for p in located}
    if len(countries) != 1 or None in countries:
        return
    if event.type in _GIVEN and countries & {p.country for p in event.actors}:
        return  # "فرضت واشنطن عقوبات ... وقال الوزير في واشنطن": where it was announced
    place = located[0]
    event.recipients.append(Participant(place.name, None, place.country, None, place.country))


_REGRET_REACH = 4  # "عن أسفها الشديد واستغرابها للقرار"


_WITHDRAWN_REACH = 6  # "سحب معظم القوات الأمريكية من البلاد"
_THE_COUNTRY = frozenset({"البلاد", "اراضيها", "اراضيه", "البلد"})


def _withdrawn_from(doc: Document, event: Event, home: str | None) -> None:
    """A withdrawal is from the country of the place named after "من" (PLOVER: the recipient is
    whom the retreat concedes to), not from the forces withdrawn: "سحب القوات الأمريكية من
    أفغانستان" → AFG; "من البلاد" in a story of one country is from it. So is an envoy
    recalled: "استدعت بغداد القائم بأعمالها من أنقرة" → TUR."""
    if event.type not in {"RETREAT", "SANCTION"} or "withdraw" not in event.modes:
        return
    own = {p.country for p in event.actors if p.country}
    if any(p.country and p.country not in own for p in event.recipients):
        return
    end = doc.sentences[event.sentence].end
    words = list(re.finditer(r"\S+", doc.text[event.trigger.end : end]))[:_WITHDRAWN_REACH]
    after = [normalize_key(w.group()) for w in words]
    if "من" not in after:
        return
    reach = event.trigger.end + words[-1].end()
    for place in doc.places:
        for mention in place.mentions:
            if event.trigger.end < mention.start < reach and _after_from(doc, mention.start):
                if place.country and place.country not in own:
                    event.recipients = [
                        Participant(place.name, None, place.country, None, place.country)
                    ]
                return
    origin = after[after.index("من") + 1 :][:1]
    if home and home not in own and origin and origin[0] in _THE_COUNTRY:
        event.recipients = [Participant(home, None, home, None, home)]


def _regrets_anothers_act(tokens: list[Token], match: PhraseMatch[LexTrigger], last: int) -> bool:
    """Whether the regret is for an act of another, named after ل within a few words ("عن
    أسفها للقرار", "تأسف لهذا القرار", "عن أسفه الشديد لصدور الحكم";
    resources/events/regretted_acts.txt), not for what befell people ("لسقوط ضحايا")."""
    acts = regretted_acts()
    end = _end_of(match)  # a split idiom ends on its object: "أعربت الخارجية في بيان عن أسفها"
    stop = min(last, end + _REGRET_REACH)
    for i in range(end, stop):
        word = tokens[i].text
        for prefix in ("لل", "ل"):
            rest = word.removeprefix(prefix)
            if rest in _DEMONSTRATIVES and i + 1 < last:
                rest = tokens[i + 1].text  # "لهذا القرار": the act after the demonstrative
            if rest != word and (rest in acts or "ال" + rest in acts):
                return True
    return False


def _members_of(tokens: list[Token], members: Party, group: Party) -> bool:
    """Whether ``group``, a transnational group, is named right after ``members`` as theirs, in
    the construct state or after من ("مقاتلو تنظيم داعش", "عناصر من تنظيم القاعدة"). Groups of
    one country need no such check: their members share the group's country."""
    if members.kind != "GROUP" or group.country is not None or members.sector != group.sector:
        return False
    return [t.text for t in tokens[members.end_token : group.token]] in ([], ["من"])


def _places_in_one_country(doc: Document, event: Event) -> list[Place]:
    """The event's places that lie in one country: no border, no sea ("في البحر الأحمر")."""
    return [
        p
        for p in doc.places
        if p.id in event.places and p.feature != "border" and len(p.countries) <= 1
    ]


def _transnational_where_it_acts(doc: Document, event: Event, home: str | None) -> None:
    """A transnational group (CAMEO IMG: the Islamic State, al-Qaeda) has no country of its own;
    in an event it takes the country where the event happens, or the country of a domestic
    story: "هاجم تنظيم داعش سجناً في الحسكة" is Syria's Islamic State, as event coders code it."""
    groups = [
        p
        for p in event.actors + event.recipients
        if p.country is None and (p.code or "").startswith("IMG")
    ]
    if not groups:
        return
    located = {p.country for p in _places_in_one_country(doc, event)}
    country = next(iter(located)) if len(located) == 1 else home
    if country is None:
        return
    for group in groups:
        group.country = country


_VISIT = "042"  # CAMEO "make a visit"; "043" is hosting one
_HOST_REACH = 80  # characters after a visit word in which its destination is named


def _host_from_place(doc: Document, event: Event) -> None:
    """A visit with no named host is received by the country it goes to, named in the few words
    after the visit: "زيارة أردوغان إلى القاهرة" → Egypt, "زار وفد من الاتحاد الأفريقي نيامي"
    → Niger. Only for visitors Marsad knows (a state, or a body such as the UN), and never their
    own country ("زار رئيس الوزراء العراقي الموصل")."""
    if event.type != "CONSULT" or event.cameo != _VISIT or event.negated:
        return
    visitors = {p.country for p in event.actors if p.country}
    if not visitors and not any(p.code for p in event.actors):
        return  # "زار فريق تطوعي مركز التأهيل": a local visit, no state hosts it
    sentence = doc.sentences[event.sentence]
    reach = min(sentence.end, event.trigger.end + _HOST_REACH)
    named = sorted(
        (m.start, m.end, place)
        for place in doc.places
        for m in place.mentions
        if event.trigger.end <= m.start < reach and place.feature != "border" and place.country
    )
    hosted = {p.country for p in event.recipients if p.country}
    previous_end = None
    for start, end, place in named:
        # a tour names its stops one after another ("جولة تشمل بريطانيا وبلجيكا وفرنسا"); a
        # place further on belongs to another clause ("زيارة إيران ... ، كما تستطلع لندن")
        if previous_end is not None and doc.text[previous_end:start].strip(" ،,و") != "":
            break
        previous_end = end
        if place.country in visitors | hosted:
            continue
        hosted.add(place.country)
        event.recipients.append(Participant(place.name, None, place.country, None, place.country))


def _only_as_origin(doc: Document, place: Place, event: Event) -> bool:
    """Whether the place is named in the event's sentence only as where the act came from:
    "أطلقت صواريخ من جنوب لبنان باتجاه حيفا"."""
    sentence = doc.sentences[event.sentence]
    inside = [m for m in place.mentions if sentence.start <= m.start < sentence.end]
    return bool(inside) and all(_after_from(doc, m.start) for m in inside)


def _after_from(doc: Document, start: int) -> bool:
    """ "من لبنان", "من شمال قطاع غزة", "من مدينة جنين": a mention named as an origin."""
    before = normalize_key(doc.text[max(0, start - 24) : start]).split()[-2:]
    if before[-1:] == ["من"]:
        return True
    return len(before) == 2 and before[0] == "من" and before[1] in _LOCATIVE | PLACE_NOUNS


def _event_places(doc: Document, sentence_index: int, trigger_start: int) -> list[str]:
    """Places named in the trigger's clause, else in its sentence, else in the speaker's earlier
    words (a statement goes on: "وأوضحت أن ..." after "... على محاور داشكسن"), else the
    dateline's."""
    sentence = doc.sentences[sentence_index]
    start, end = _original_clause(doc.text, sentence.start, sentence.end, trigger_start)
    return (
        places_in_span(doc, start, end)
        or places_in_span(doc, sentence.start, sentence.end)
        or _speaker_places(doc, trigger_start)
        or dateline_places(doc)
    )


def _speaker_places(doc: Document, offset: int) -> list[str]:
    """Places of the nearest earlier claim by the same speaker as the claim at ``offset``."""
    claim = next((c for c in doc.claims if c.content.start <= offset < c.content.end), None)
    if claim is None:
        return []
    same = (claim.speaker.entity, claim.speaker.country)
    for earlier in reversed([c for c in doc.claims if c.content.end <= claim.content.start]):
        if (earlier.speaker.entity, earlier.speaker.country) != same:
            continue
        places = places_in_span(doc, earlier.content.start, earlier.content.end)
        if places:
            return places
    return []


def _original_clause(text: str, start: int, end: int, offset: int) -> tuple[int, int]:
    """The clause around ``offset``: up to the nearest ، or ؛ on either side."""
    left = max(text.rfind("،", start, offset), text.rfind("؛", start, offset))
    rights = [i for i in (text.find("،", offset, end), text.find("؛", offset, end)) if i != -1]
    return (left + 1 if left >= start else start), (min(rights) if rights else end)


_MA_CONJUNCTIONS = frozenset({"بعد", "قبل", "عند", "مثل", "كل", "حين", "ريث", "بين", "طال"})
# "وهو ما أسفر عن مقتل ...": ما after these is "which", the clause before its subject.
_RESUMING_PRONOUNS = frozenset({"هو", "وهو", "هي", "وهي", "وهذا", "ذلك", "وذلك"})


def _negated(doc: Document, match: PhraseMatch[LexTrigger]) -> bool:
    tokens = doc.tokens
    for i in range(max(0, match.first - 3), match.first):
        if tokens[i].text in _CLAUSE_BREAKS:
            continue
        status = status_matcher().match_at(tokens, i, match.first)
        if status is not None and status.value == "negation" and status.last >= match.first - 1:
            return tokens[status.last].text not in _STILL  # "لا يزال القصف مستمراً": still
    nominal = not match.value.verbal or (
        match.first > 0 and tokens[match.first - 1].text in _GOVERNOR_PREPOSITIONS
    )
    if nominal and _negated_governor(tokens, match):
        return True
    if match.value.verbal and _negated_before_or(tokens, match):
        return True
    # "ما قصفت": ما directly before a verb negates it, unless a word before makes it a
    # conjunction: "بعد ما أطلقت" (after it fired), "كل ما"، "مثل ما".
    if not match.value.verbal or match.first == 0 or tokens[match.first - 1].text != "ما":
        return False
    head = tokens[match.first - 2].text if match.first > 1 else ""
    if head in _RESUMING_PRONOUNS:
        return False
    return head.removeprefix("و").removeprefix("ف") not in _MA_CONJUNCTIONS


_OR_REACH = 6  # "من دون أن يحدد مصدر النيران أو يحمّل أي طرف المسؤولية"


def _negated_before_or(tokens: list[Token], match: PhraseMatch[LexTrigger]) -> bool:
    """A verb after "أو" shares the negation of the verb it is joined to: "من دون أن يحدد
    مصدر النيران أو يحمّل أي طرف المسؤولية", "لم يعلن أو يتبنَّ أحد الهجوم"."""
    if match.first < 2 or tokens[match.first - 1].text != "او":
        return False
    for i in range(match.first - 2, max(0, match.first - 2 - _OR_REACH) - 1, -1):
        if tokens[i].text in _CLAUSE_BREAKS:
            return False
        negator = status_matcher().match_at(tokens, i, match.first)
        if negator is not None and negator.value == "negation":
            return tokens[negator.last].text not in _STILL
    return False


# "لا يزال القصف مستمراً": these negated verbs mean "still", the act goes on.
_STILL = frozenset({"يزال", "تزال", "يزالون", "زال", "زالت", "يزل", "تزل", "يبرح", "ينفك"})


def _negated_governor(tokens: list[Token], match: PhraseMatch[LexTrigger]) -> bool:
    """An act noun governed by a negated verb, with or without a preposition between: "لم
    يتوصل الطرفان إلى اتفاق" is no agreement, "لا تسعى إلى تبادل الاتهامات", "لم تشهد
    المدينة اشتباكات". Up to two words (the verb and its subject) stand between."""
    for verb in range(match.first - 1, max(0, match.first - 4) - 1, -1):
        if tokens[verb].text in _CLAUSE_BREAKS:
            return False
        negator = status_matcher().match_at(tokens, verb - 1, verb) if verb > 0 else None
        if negator is None or negator.value != "negation":
            continue  # "لم", "لا", "لن", "عدم" (resources/events/status_cues.tsv)
        if tokens[verb].text in _STILL:
            return False
        between = [t.text for t in tokens[verb + 1 : match.first]]
        opens_a_clause = any(w in _CLAUSE_OPENERS or w in _COMPLEMENTISERS for w in between)
        return len(between) <= 2 and not opens_a_clause
    return False


def _historical(doc: Document, match: PhraseMatch[LexTrigger], sentence_index: int) -> bool:
    sentence = doc.sentences[sentence_index]
    for cue in status_matcher().find_all(doc.tokens, sentence.first_token, match.first):
        if cue.value == "historical":
            return True
    # Pluperfect with the subject inside: "وكانت النقابة قد نظمت اعتصاماً".
    words = [t.text for t in doc.tokens[max(sentence.first_token, match.first - 6) : match.first]]
    return "قد" in words and any(stem_in(w, _KANA) for w in words[: words.index("قد")])


def _dated_long_before(doc: Document, when: dict[str, str] | None) -> bool:
    """An event dated more than a year before publication is background."""
    if doc.published is None or not when or not when["value"] or not when["value"][:4].isdigit():
        return False
    return int(when["value"][:4]) < date.fromisoformat(doc.published).year - 1


_NO_PARTY_PENALTY = 0.1


def _confidence(trigger: LexTrigger, found: _Found, claim: Claim | None) -> float:
    score = 0.55 if trigger.verbal else 0.45
    if not trigger.verbal and _with_article(found.trigger):
        score -= 0.25  # a definite noun mostly refers back to a known act: "الاتفاق النووي"
    if found.actors:
        score += 0.2
    if found.recipients:
        score += 0.1
    if not found.actors and not found.recipients:
        score -= _NO_PARTY_PENALTY  # "يهدد الجفاف المحاصيل", "حرائق تهدد الضواحي": nobody acts
    if set(found.modes) - {trigger.mode}:
        score += 0.05  # a mode the context names ("بالمدفعية", "هاتفياً"), not the word's own
    if claim is not None:
        score -= 0.05  # reported, not witnessed by the outlet
    return round(min(score, 0.95), 2)


def _without_warned_threats(doc: Document, events: list[Event]) -> list[Event]:
    """A threat told inside a warning of the same sentence is that warning's consequence, no
    second threat: "حذّرت الخارجية من أن أي اعتداء على أراضيها سيواجه برد حاسم"."""
    warnings = [e for e in events if e.type == "THREATEN" and _warns_that(doc, e)]
    if not warnings:
        return events

    def warned(event: Event) -> bool:
        for warning in warnings:
            if warning is event or warning.sentence != event.sentence:
                continue
            gap = doc.text[warning.trigger.end : event.trigger.start]
            if warning.trigger.end <= event.trigger.start and len(gap.split()) <= _WARNING_REACH:
                return True
        return False

    return [e for e in events if e.type != "THREATEN" or not warned(e)]


def _warns_that(doc: Document, event: Event) -> bool:
    """ "حذّر ... من أن": a warning verb with its complementiser, the subject perhaps between."""
    after = normalize_key(doc.text[event.trigger.end : event.trigger.end + 80]).split()
    verb = normalize_key(event.trigger.text).removeprefix("و")
    return verb.startswith(("حذر", "يحذر", "تحذر", "محذر")) and any(
        a == "من" and b.startswith("ان") for a, b in itertools.pairwise(after[: _IDIOM_GAP + 2])
    )


def _merge(events: list[Event]) -> list[Event]:
    """One event per act: same sentence, type, participants and status merge (modes unite). An
    attack reported without its doer joins the one that names the doer and the same victims
    ("قُتل ثلاثة جنود برصاص قناص": the killing and the gunfire are one act)."""
    merged: list[Event] = []
    index: dict[tuple[object, ...], Event] = {}
    for event in _with_doers(events):
        key = (
            event.sentence,
            event.type,
            tuple(sorted(str(p.country) for p in event.actors)),
            # victims of no known country ("فقتل امرأتين") leave the act the same
            tuple(sorted({str(p.country) for p in event.recipients if p.country})),
            event.negated,
            event.claim,
            # expelling the other's envoy and recalling one's own are two sanctions
            event.cameo if event.type == "SANCTION" else None,
        )
        if key in index and event.type != "CONSULT":
            kept = index[key]
            kept.modes = sorted(set(kept.modes) | set(event.modes))
            # "الهجوم على القاعدة أدى إلى مقتل 12 جندياً": one act, both victims
            kept.actors += [
                p for p in event.actors if _identity(p) not in map(_identity, kept.actors)
            ]
            kept.recipients += [
                p for p in event.recipients if _identity(p) not in map(_identity, kept.recipients)
            ]
            kept.confidence = max(kept.confidence, event.confidence)
            continue
        index[key] = event
        merged.append(event)
    for number, event in enumerate(merged, start=1):
        event.id = f"E{number}"
    return merged


def _identity(party: Participant) -> str:
    return party.entity or party.text


def _passive_before(doc: Document, by_agent: Event, events: list[Event]) -> None:
    """An attack verb before "برصاص X" / "بنيران X" in the same clause is passive, whoever the
    unvocalised script makes its subject: "وقتل شرطي برصاص مسلحين" (a policeman was killed by
    gunmen's fire). Its participants are the victims and X the doer; the two are one act."""
    for event in events:
        between = doc.text[event.trigger.end : by_agent.trigger.start]
        if (
            event is not by_agent
            and event.type == "ASSAULT"
            and event.sentence == by_agent.sentence
            and event.trigger.end <= by_agent.trigger.start
            and not any(mark in between for mark in "،,؛:.")
            and (event.negated, event.claim) == (by_agent.negated, by_agent.claim)
        ):
            victims = [p for p in event.recipients + event.actors if p not in by_agent.actors]
            by_agent.recipients = victims[:1] or by_agent.recipients
            event.actors, event.recipients = list(by_agent.actors), list(by_agent.recipients)


def _with_doers(events: list[Event]) -> list[Event]:
    """Give an agentless ASSAULT the doer of an ASSAULT with the same victims (or none named),
    sentence and status; the merge then makes them one event ("قتل الجيش ثلاثة مدنيين بنيران
    المدفعية")."""
    for event in events:
        if event.type != "ASSAULT" or event.actors or not event.recipients:
            continue
        for other in events:
            if (
                other is not event
                and other.type == "ASSAULT"
                and other.actors
                and len({p.country for p in other.actors}) < 2  # clashes have no one doer
                and other.sentence == event.sentence
                and (other.negated, other.claim) == (event.negated, event.claim)
                and _victims(other) in (_victims(event), ())
                and not {p.entity or p.text for p in other.actors} & set(_victims(event))
            ):
                event.actors = list(other.actors)
                other.recipients = other.recipients or list(event.recipients)
                break
    return events


def _victims(event: Event) -> tuple[str, ...]:
    return tuple(sorted(f"{p.entity or p.text}" for p in event.recipients))
