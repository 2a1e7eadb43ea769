"""Event lexicons: PLOVER triggers (with the inflection shorthand expanded), modes, status cues."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.resources import ResourceError, read_table, read_word_list
from marsad.text.matcher import PhraseMatcher, word_list_matcher
from marsad.text.normalize import normalize_key
from marsad.text.tokenize import Token, tokenize

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
ROLES = frozenset(
    {"", "reciprocal", "subject_accused", "block", "by_agent", "undergoer", "victim_after"}
    | {"received", "warning", "evaluation", "party_genitive", "political", "visitor"}
    | {"involvement", "incumbent", "interception", "regret", "addressed"}
)
STATUSES = frozenset(
    {"negation", "historical", "future", "provision", "charge", "accused", "condition", "right"}
)
_PERFECT_SUFFIXES = ("", "ت", "وا", "ا", "تا")
_WEAK_PERFECT_SUFFIXES = ("ي", "ت", "وا", "يا", "تا")  # normalised: ى is written ي
_IMPERFECT = (("ي", ""), ("ت", ""), ("ي", "ون"), ("ي", "ان"), ("ت", "ان"), ("ن", ""))
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
_NOUN_ENDINGS = ("ا", "ه", "ي", "ات", "ين", "ون")


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None
    cameo: str | None
    role: str
    verbal: bool  # a verb form (its subject is the actor), not a verbal noun
    line: str  # "triggers.tsv:12", for error messages
    # An imperfect of the "+هاجم" shorthand: with the article it is a noun of the same letters
    # ("التدين" is religiosity, not تدين "condemns").
    imperfect: bool = False


def expand(form: str) -> list[tuple[str, bool]]:
    """Surface forms of one lexicon form, each with whether it is a verb form."""
    first, _, rest = normalize_key(form).partition(" ")
    tail = f" {rest}" if rest else ""
    if form.strip().partition(" ")[0].endswith("ى+"):
        # A verb with a final weak ى: "أبدى+" → أبدى، أبدت، أبدوا، أبديا، أبدتا
        stem = first[:-2]
        return [(stem + suffix + tail, True) for suffix in _WEAK_PERFECT_SUFFIXES]
    if first.endswith("+"):
        stem = first[:-1]
        return [(stem + suffix + tail, True) for suffix in _PERFECT_SUFFIXES]
    if first.startswith("+"):
        stem = first[1:]
        return [(prefix + stem + suffix + tail, True) for prefix, suffix in _IMPERFECT]
    forms = [(first + tail, _looks_verbal(first))]
    if (
        not tail
        and not first.endswith(_NOUN_ENDINGS)
        and len(first) > 2
        and (normalize_key(first) not in _verbs_written_out())
    ):
        forms.append((first + "ا", False))  # accusative: "هجوما", "قصفا"
    return forms


def with_objects(form: str) -> list[str]:
    """A one-word verb of the shorthand with its object pronoun: "هاجمتهم قوة" (attacked them),
    "قتلوه", "يستهدفها". The plural "وا" drops its alif before the pronoun."""
    if " " in form.strip() or "+" not in form:
        return []
    verbs = [surface for surface, _ in expand(form)]
    return [
        (verb[:-1] if verb.endswith("وا") else verb) + pronoun
        for verb in verbs
        for pronoun in _OBJECT_PRONOUNS
    ]


def _looks_verbal(word: str) -> bool:
    """Whether a form written out in full is a verb: "يدعو", "أجرت", "التقى" (not "تظاهرات")."""
    if word.startswith("ي") or word.endswith("وا"):
        return True
    if word.endswith("ت") and not word.endswith("ات"):
        return True
    if word.startswith("ا") and word.endswith("ي"):
        return True
    return normalize_key(word) in _verbs_written_out()


@cache
def _verbs_written_out() -> frozenset[str]:
    """Verbs written out in triggers.tsv that look like nouns (events/verbs_written_out.txt)."""
    return frozenset(read_word_list("events/verbs_written_out.txt"))


@cache
def trigger_matcher() -> PhraseMatcher[Trigger]:
    table = "events/triggers.tsv"
    owners: dict[str, Trigger] = {}
    with_pronouns: list[tuple[str, Trigger]] = []
    for row in read_table(table, ("type", "forms")):
        where = f"{table}:{row['_line']}"
        if row["type"] not in PLOVER_TYPES:
            raise ResourceError(f"{where}: {row['type']!r} is not a PLOVER event type")
        role = row.get("role", "")
        if role not in ROLES:
            raise ResourceError(f"{where}: unknown role {role!r}")
        mode, cameo = row.get("mode") or None, row.get("cameo") or None
        check_mode(where, row["type"], mode)
        if cameo is not None and not (cameo.isdigit() and 2 <= len(cameo) <= 4):
            raise ResourceError(f"{where}: CAMEO code {cameo!r} is not 2-4 digits (e.g. 030, 0871)")
        for form in row["forms"].split("|"):
            for surface, verbal in expand(form.strip()):
                imperfect = form.strip().startswith("+")
                trigger = Trigger(row["type"], mode, cameo, role, verbal, where, imperfect)
                previous = owners.get(surface)
                other_row = previous is not None and previous.line != trigger.line
                if other_row and "block" not in (previous.role, trigger.role):
                    raise ResourceError(
                        f"{where}: {surface!r} is already a {previous.type} trigger "
                        f"({previous.line})"
                    )
                if previous is None or (other_row and trigger.role == "block"):
                    owners[surface] = trigger  # a block wins: "قاطعا" (categorical), not قاطَعا
            verb = Trigger(row["type"], mode, cameo, role, True, where)
            with_pronouns += [(surface, verb) for surface in with_objects(form)]
    # Verbs with an object pronoun last: a written-out form wins ("ضربة" a strike, not "ضرب+ه").
    for surface, trigger in with_pronouns:
        owners.setdefault(surface, trigger)
    # The later words of a phrase also with the article: "إطلاق الصواريخ", "الهجوم الانتحاري"
    # (the first word's article is a proclitic the matcher already allows). Written forms win.
    for surface, trigger in list(owners.items()):
        owners.setdefault(definite_tail(surface), trigger)
    return PhraseMatcher(owners.items(), over_quotes=True)


@lru_cache(maxsize=8192)  # asked again for every pair of events by the story-level rules
def trigger_entry(text: str) -> Trigger | None:
    """The lexicon entry a trigger's text begins with: its role, and whether it is a verb form."""
    tokens = tokenize(normalize_key(text))
    match = trigger_matcher().match_at(tokens, 0) if tokens else None
    return match.value if match is not None else None


# Particles of a phrase that never take the article: "قطع الطريق على", "أسفر عن مقتل".
_PARTICLES = frozenset({"علي", "عن", "في", "مع", "من", "الي", "ضد", "بين", "نحو", "لدي", "بحق"})


def definite_tail(phrase: str) -> str:
    """A normalised phrase with its later words definite: "اطلاق صواريخ" → "اطلاق الصواريخ"."""
    first, *rest = phrase.split(" ")
    tail = [w if w.startswith("ال") or w in _PARTICLES or len(w) < 3 else "ال" + w for w in rest]
    return " ".join([first, *tail])


@cache
def mode_matcher() -> PhraseMatcher[tuple[str, str]]:
    rows = read_table("events/modes.tsv", ("phrase", "type", "mode"))
    for row in rows:
        check_mode(f"events/modes.tsv:{row['_line']}", row["type"], row["mode"])
    return PhraseMatcher((row["phrase"], (row["type"], row["mode"])) for row in rows)


def weapon_after_bi(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether a weapon of the mode lexicon starts at token ``i`` behind ب: "بطائرة مسيّرة",
    "بعبوة ناسفة" (what an act was done with: no target, no part of a name)."""
    if not tokens[i].text.startswith("ب"):
        return False
    weapon = mode_matcher().match_at(tokens, i, last)
    return weapon is not None and weapon.proclitics.endswith("ب")


@cache
def plover_modes() -> dict[str, frozenset[str]]:
    """The modes the PLOVER manual defines for each event type (plover_modes.tsv)."""
    rows = read_table("events/plover_modes.tsv", ("type", "modes"))
    modes = {row["type"]: frozenset(m for m in row["modes"].split("|") if m != "-") for row in rows}
    if set(modes) != set(PLOVER_TYPES):
        raise ResourceError("events/plover_modes.tsv must list each of the 16 PLOVER types once")
    return modes


def check_mode(where: str, event_type: str, mode: str | None) -> None:
    """A lexicon's mode must be one the PLOVER manual defines for the type."""
    if mode is not None and mode not in plover_modes().get(event_type, frozenset()):
        allowed = ", ".join(sorted(plover_modes().get(event_type, ()))) or "none"
        raise ResourceError(f"{where}: {mode!r} is not a PLOVER mode of {event_type} ({allowed})")


@cache
def status_matcher() -> PhraseMatcher[str]:
    rows = read_table("events/status_cues.tsv", ("phrase", "status"))
    for row in rows:
        if row["status"] not in STATUSES:
            raise ResourceError(
                f"events/status_cues.tsv:{row['_line']}: unknown status {row['status']!r}"
            )
    return PhraseMatcher((row["phrase"], row["status"]) for row in rows)


@cache
def future_lookalikes() -> frozenset[str]:
    """Nouns that begin like a future verb ("سيارة", "سنة"): events/future_lookalikes.txt."""
    return frozenset(read_word_list("events/future_lookalikes.txt"))


@cache
def two_sides_words() -> frozenset[str]:
    return frozenset(read_word_list("events/two_sides.txt"))


@cache
def protest_target_matcher() -> PhraseMatcher[bool]:
    """Cues of what a protest is against: "احتجاجاً على", "ضد", "تنديداً بـ"."""
    return word_list_matcher("events/protest_targets.txt")


@cache
def protester_matcher() -> PhraseMatcher[bool]:
    """Nouns for protesters: "المتظاهرون", "محتجين", "المعتصمين"."""
    return word_list_matcher("events/protesters.txt")


@cache
def doer_clause_matcher() -> PhraseMatcher[bool]:
    """Clauses naming the doer of an act told by a noun: "قام به", "نفذها", "شنتها", "تبناه"."""
    forms: list[str] = []
    for row in read_table("events/doer_clauses.tsv", ("verb",)):
        preposition = normalize_key(row.get("preposition", ""))
        for verb in row["verb"].split("|"):
            verb = verb.strip()
            if preposition:
                forms += [
                    f"{surface} {preposition}{pronoun}"
                    for surface, _ in expand(verb)
                    for pronoun in _OBJECT_PRONOUNS
                ]
            elif verb.endswith("+"):
                forms += with_objects(verb)
            else:
                forms.append(normalize_key(verb))  # written out with its pronoun
    return PhraseMatcher((form, True) for form in forms)


COMPANION_KINDS = frozenset({"partner", "backer"})


@cache
def companion_cue_matcher() -> PhraseMatcher[str]:
    """Phrases before the partners of an act ("بالتعاون مع", "بمشاركة": partner) or its backers
    ("بدعم من": backer)."""
    cues = read_word_list("events/companion_cues.txt")
    for phrase, kind in cues.items():
        if kind not in COMPANION_KINDS:
            raise ResourceError(f"events/companion_cues.txt: {phrase!r}: kind {kind!r}")
    return PhraseMatcher(cues.items())


@cache
def agent_marker_matcher() -> PhraseMatcher[bool]:
    """Phrases before a passive agent: "من قبل", "على يد", "على أيدي", "من طرف"."""
    return word_list_matcher("events/agent_markers.txt")


@cache
def undergo_verbs() -> dict[str, str]:
    """Verbs whose subject suffers the act after their preposition: "تعرض" → "ل", "نجا" → "من"."""
    verbs: dict[str, str] = {}
    for row in read_table("events/undergo_verbs.tsv", ("verb", "preposition")):
        for verb in row["verb"].split("|"):
            verbs[normalize_key(verb.strip())] = normalize_key(row["preposition"])
    return verbs


@cache
def named_after_cities() -> frozenset[str]:
    """Agreement and meeting nouns named by the city after them: "اتفاق بكين", "مؤتمر برلين"."""
    return frozenset(read_word_list("events/named_after_cities.txt"))


@cache
def control_verbs() -> frozenset[str]:
    """Verbs whose subject does the act of the verbal noun after them: "قررت الحكومة استدعاء"."""
    return frozenset(read_word_list("events/control_verbs.txt"))


@cache
def venue_verbs() -> frozenset[str]:
    """Verbs whose subject is the place of the act they take: "شهدت تركيا مظاهرات"."""
    return frozenset(read_word_list("events/venue_verbs.txt"))


# What a describing verb calls an act or a party, when it condemns: "وصفه بأنه انقلاب".
CHARACTERISATION = Trigger(
    "ACCUSE", "disapprove", "111", "evaluation", False, "events/characterisations.txt"
)


@cache
def characterisation_matcher() -> PhraseMatcher[bool]:
    """Condemning names given to an act or a party: "بأنها انقلاب", "بالعدوان"."""
    return word_list_matcher("events/characterisations.txt")


@cache
def describing_verbs() -> frozenset[str]:
    """Verbs of describing or judging an act: "وصفت الخارجية الهجوم بأنه جريمة"."""
    return frozenset(read_word_list("events/describing_verbs.txt"))


@cache
def attacks_by_genitive() -> frozenset[str]:
    """Attack nouns whose genitive is the attacker: "هجوم حماس", "غارات التحالف"."""
    return frozenset(read_word_list("events/attacks_by_genitive.txt"))


@cache
def possessed_targets() -> frozenset[str]:
    """Things an act falls on, whose genitive is their owner: "مواقع حزب الله", "منزل الوزير"."""
    return frozenset(read_word_list("events/possessed_targets.txt"))


@cache
def regretted_acts() -> frozenset[str]:
    """Acts of another whose regret is disapproval: "أعربت عن أسفها للقرار"."""
    return frozenset(read_word_list("events/regretted_acts.txt"))


@cache
def place_homographs() -> frozenset[str]:
    """Act nouns that also name a kind of place: "مقاطعة" (boycott / province)."""
    return frozenset(read_word_list("events/place_homographs.txt"))


@cache
def accident_cue_matcher() -> PhraseMatcher[bool]:
    """Causes of death that are no attack: "حادث سير", "تحطم طائرة", "صاعقة"."""
    return word_list_matcher("events/accident_cues.txt")


@cache
def protected_cue_matcher() -> PhraseMatcher[bool]:
    """Words naming whom an act protects: "لحماية", "دفاعاً عن" (protected_cues.txt)."""
    return word_list_matcher("events/protected_cues.txt")


@cache
def launched_weapon_matcher() -> PhraseMatcher[bool]:
    """Weapons a launch verb takes: "صواريخ أطلقها الحوثيون" (launched_weapons.txt)."""
    return word_list_matcher("events/launched_weapons.txt")


@cache
def intercepted_weapon_matcher() -> PhraseMatcher[bool]:
    """Incoming weapons an interception verb takes: the launched ones and the bare drone nouns
    ("اعترضت 15 مسيّرة أوكرانية"; intercepted_weapons.txt)."""
    launched = read_word_list("events/launched_weapons.txt")
    drones = read_word_list("events/intercepted_weapons.txt")
    return PhraseMatcher((phrase, True) for phrase in [*launched, *drones])


@cache
def attack_heads() -> frozenset[str]:
    """Nouns heading an attack noun: "محاولة اغتيال", "سلسلة غارات"."""
    return frozenset(read_word_list("events/attack_heads.txt"))


@cache
def noun_homographs() -> frozenset[str]:
    return frozenset(read_word_list("events/noun_homographs.txt"))


@cache
def adverbial_participles() -> frozenset[str]:
    """Participles that are triggers only after a comma (adverbial_participles.txt)."""
    return frozenset(read_word_list("events/adverbial_participles.txt"))


@cache
def expressing_participles() -> frozenset[str]:
    """Participles of expressing that open a clause after a comma: "، معربةً عن"."""
    return frozenset(read_word_list("events/expressing_participles.txt"))


@cache
def initial_verbs() -> frozenset[str]:
    """Verb forms read as the verb only at the head of a clause (initial_verbs.txt)."""
    return frozenset(read_word_list("events/initial_verbs.txt"))
