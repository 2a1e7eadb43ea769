"""Pipeline component ``places``: place names resolved to GeoNames, grouped with their mentions."""

from __future__ import annotations

from marsad.doc import Document, Place, Span
from marsad.places.gazetteer import gazetteer
from marsad.places.locate import (
    countries_from_article,
    countries_from_places,
    countries_from_sentence,
    drop_place_nisbas,
)
from marsad.places.resolve import find_places


class PlacesComponent:
    name = "places"

    def __call__(self, doc: Document) -> Document:
        gaz = gazetteer()
        places: dict[object, Place] = {}
        for found in find_places(doc):
            span = doc.span(found.start, found.end)
            if found.border is not None:
                key: object = ("border", found.border)
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
        countries_from_article(doc)
        return doc
