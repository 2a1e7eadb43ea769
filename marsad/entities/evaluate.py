"""``marsad eval actors``: actor country and role against the GSR span annotations.

For every annotated source or target actor, Marsad reads the sentence and the entity whose
mention overlaps the annotated tokens most (else a place there, for targets such as a town) is
compared with the gold country (CAMEO country code: ISO3, or IGO / IMG / KUR / INT ... for
actors without a country, the first three letters of the entity's ``code``) and role
(CAMEO/PLOVER sector). Items whose
gold country is "None" are not scored for country; items whose gold role is "None" are not
scored for role.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import marsad
from marsad.doc import Document

# The GSR roles are CAMEO sector codes; PLOVER renamed two of them (PLOVER manual, "Sector
# Codes": CAMEO MED "media" is PLOVER JRN, CAMEO HLH "medical" is PLOVER MED).
CAMEO_TO_PLOVER_SECTOR = {"MED": "JRN", "HLH": "MED"}


def _find_token(text: str, word: str, start: int = 0) -> int:
    """Offset of ``word`` as a whole whitespace token ("شرطة" is not inside "الشرطة")."""
    at = text.find(word, start)
    while at != -1:
        before = text[at - 1] if at else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        at = text.find(word, at + 1)
    return text.find(word, start)  # annotations sometimes cut a token: fall back to a substring


def _token_span(text: str, words: list[str]) -> tuple[int, int] | None:
    """Character span of the annotated words (they are whitespace tokens of the sentence)."""
    if not words:
        return None
    start = _find_token(text, words[0])
    if start == -1:
        return None
    end = start + len(words[0])
    for word in words[1:]:
        at = _find_token(text, word, end)
        if at == -1 or at - end > 80:
            break
        end = at + len(word)
    return start, end


def _predict(doc: Document, span: tuple[int, int]) -> tuple[str | None, str | None]:
    best, best_overlap = None, 0
    for entity in doc.entities:
        for mention in entity.mentions:
            overlap = min(span[1], mention.end) - max(span[0], mention.start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
    if best is not None:
        return (best.code[:3] if best.code else best.country), best.sector
    # Targets are often places ("مدينة كركوك", "معبر كرم أبو سالم"): their country, no role.
    for place in doc.places:
        if place.country and any(
            min(span[1], m.end) > max(span[0], m.start) for m in place.mentions
        ):
            return place.country, None
    return None, None


def evaluate_gsr_actors(data_dir: Path) -> str:
    nlp = marsad.load(skip=["claims", "events", "contradictions"])
    lines = ["GSR actor spans: entity over the annotated tokens vs gold CAMEO country and role"]
    confusions: Counter[tuple[str, str, str]] = Counter()
    totals: Counter[str] = Counter()
    for path in sorted(data_dir.glob("*_spans_dev.json")):
        items: list[dict[str, Any]] = json.loads(path.read_text("utf-8"))
        country_ok = country_n = role_ok = role_n = 0
        for item in items:
            doc = nlp(item["text"])
            for annotation in item.get("spans", []):
                for side in ("source", "target"):
                    role = annotation.get(f"{side}_role")
                    span = _token_span(item["text"], annotation.get(f"{side}_actor") or [])
                    if not isinstance(role, dict) or span is None:
                        continue
                    country, sector = _predict(doc, span)
                    gold_country = role.get("main", "None")
                    gold_role = role.get("role", "None")
                    gold_role = CAMEO_TO_PLOVER_SECTOR.get(gold_role, gold_role)
                    if gold_country != "None":
                        country_n += 1
                        country_ok += country == gold_country
                        if country != gold_country:
                            confusions[("country", gold_country, str(country))] += 1
                    if gold_role != "None":
                        role_n += 1
                        role_ok += sector == gold_role
                        if sector != gold_role:
                            confusions[("role", gold_role, str(sector))] += 1
        totals.update(country_ok=country_ok, country_n=country_n, role_ok=role_ok, role_n=role_n)
        lines.append(
            f"{path.name}: country {_ratio(country_ok, country_n)}, role {_ratio(role_ok, role_n)}"
        )
    lines.append(
        f"all: country {_ratio(totals['country_ok'], totals['country_n'])}, "
        f"role {_ratio(totals['role_ok'], totals['role_n'])}"
    )
    lines.append("most frequent errors (kind, gold, predicted: count):")
    lines += [
        f"  {kind} {gold} -> {pred}: {n}" for (kind, gold, pred), n in confusions.most_common(10)
    ]
    return "\n".join(lines)


def _ratio(ok: int, n: int) -> str:
    return f"{ok / n:.2f} ({ok}/{n})" if n else "n/a (0 items)"
