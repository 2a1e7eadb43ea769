"""Pipeline component ``places``: place names resolved to GeoNames, grouped with their mentions."""

from __future__ import annotations

from marsad.doc import Document, Place, Span
from marsad.entities.lexicon import after_backer_cue
from marsad.places.gazetteer import Gazetteer, gazetteer
from marsad.places.locate import (
    countries_from_article,
    countries_from_dateline,
    countries_from_places,
    countries_from_sentence,
    country_after,
    drop_place_nisbas,
    home_country,
)
from marsad.places.resolve import FoundPlace, figurative_landmark, find_places


class PlacesComponent:
    name = "places"

    def __call__(self, doc: Document) -> Document:
        gaz = gazetteer()
        places: dict[object, Place] = {}
        for found in find_places(doc):
            span = doc.span(found.start, found.end)
            if found.border is not None:
                key: object = ("border", found.border)
            elif found.landmark is not None:
                key = ("landmark", found.name)
            elif found.key is not None:
                key = found.key
            else:
                key = ("unresolved", found.name)
            place = places.get(key)
            if place is None:
                place = Place(id=f"P{len(places) + 1}", name=doc.text[span.start : span.end])
                place.match = found.method
                place.score = round(found.score, 2) if found.key is not None else None
                if found.border is not None:
                    place.feature = "border"
                    place.countries = list(found.countries)
                    place.country = found.countries[0] if found.countries else None
                    place.name_en = " – ".join(found.countries) + " border"
                elif found.landmark is not None:
                    _landmark_place(place, found, gaz)
                elif found.key is not None:
                    entry = gaz.entry(found.key)
                    place.name_en = entry.name_en
                    place.country = entry.countries[0]
                    place.countries = list(entry.countries)
                    place.geonameid = entry.geonameid
                    place.lat, place.lon = entry.lat, entry.lon
                    place.feature = entry.kind
                    place.admin1 = entry.admin1
                places[key] = place
            place.mentions.append(Span(span.start, span.end))
        doc.places = list(places.values())
        drop_place_nisbas(doc)
        countries_from_places(doc)
        countries_from_sentence(doc)
        _locate_landmarks(doc)
        # a landmark no place around it locates is more likely a figure of speech ("ساحة
        # المنافسة", "ميدان الإنتاج") than a site the reader could find
        doc.places = [p for p in doc.places if p.feature != "landmark" or p.country]
        for number, place in enumerate(doc.places, 1):
            place.id = f"P{number}"
        countries_from_dateline(doc)
        countries_from_article(doc)
        return doc


def _landmark_place(place: Place, found: FoundPlace, gaz: Gazetteer) -> None:
    """A named facility or square: at the city in its name when it has one ("مطار حلب الدولي":
    Aleppo's country and point, no GeoNames id of its own), else by the places around it."""
    place.feature = "landmark"
    if found.key is None:
        return  # unresolved (match None): countries_from_sentence may still locate it
    place.match = "landmark"
    entry = gaz.entry(found.key)
    place.name_en = f"{entry.name_en} {found.landmark}"
    place.country = entry.countries[0]
    place.countries = list(entry.countries)
    place.lat, place.lon = entry.lat, entry.lon
    place.admin1 = entry.admin1


def _locate_landmarks(doc: Document) -> None:
    """A landmark its sentence does not locate is in the country of the place right after it
    ("جسر السنك وسط بغداد"), else in that of a domestic story, else in that of the last place
    named before it in its paragraph ("مستشفى الشفاء" in a story about Gaza). A square or a base
    needs the place right after it: "ساحة العروض" may be no square at all."""
    home = home_country(doc)
    located = sorted(
        (m.start, place.country)
        for place in doc.places
        if place.country and place.feature != "landmark" and len(place.countries) <= 1
        for m in place.mentions
        # "استهدفت ميليشيا الحوثي المدعومة من إيران ميناء الضبة": the backer locates nothing
        if not after_backer_cue(doc.text, m.start)
    )
    country_at = dict(located)
    for place in doc.places:
        if place.feature != "landmark" or place.country:
            continue
        start, end = place.mentions[0].start, place.mentions[0].end
        country = country_after(doc.text, end, country_at)
        if country is None and not figurative_landmark(place.name):
            paragraph = doc.text.rfind("\n", 0, start) + 1
            before = [country for at, country in located if paragraph <= at < start]
            country = home or (before[-1] if before else None)
        if country:
            place.country, place.countries = country, [country]
