//! Building an index in memory: places, folded names, admin tables and polygons in, the
//! sections of [`crate::format`] out. Used by `import` (then written to disk) and by the
//! embedded default (used as is).

use crate::format::{self, Ref, Sections, put_f64, put_ref, put_u32};
use crate::name_index::SortedNames;
use crate::names::admin_name;
use crate::parse::{DumpRow, RawPolygon};
use crate::{IndexMeta, geo};
use sitrep_core::fold::{fold, fold_into};
use sitrep_core::hash::FxMap as HashMap;
use std::collections::BTreeMap;

/// Where an admin name comes from; a smaller number wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AdminSource {
    /// `admin1CodesASCII.txt` / `admin2Codes.txt` given to the import.
    CodeFile = 0,
    /// sitrep's `data/gazetteer/admin1.tsv` (ACLED spellings).
    Builtin = 1,
    /// The ADM1/ADM2 features of the dumps.
    Feature = 2,
}

struct PlaceRow {
    id: u64,
    lat: f64,
    lon: f64,
    population: u64,
    name: Ref,
    ascii: Ref,
    admin1: Ref,
    admin2: Ref,
    code: Ref,
    class: u8,
    country: [u8; 2],
    flags: u16,
}

/// One (folded name, place) pair: the name is `keys[off..off + len]`.
#[derive(Clone, Copy)]
struct Entry {
    off: u32,
    len: u32,
    place: u32,
    /// Only an alternate name of the place (not its name or ASCII name).
    alternate: bool,
}

/// A key's first eight bytes as a big-endian number, zero-padded: where two keys' numbers
/// differ they order the keys as their bytes do (a key that ends early pads with zeros,
/// which no byte is below); keys with the same number are compared whole.
fn key_prefix(k: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = k.len().min(8);
    b[..n].copy_from_slice(&k[..n]);
    u64::from_be_bytes(b)
}

type Key1 = (String, String);
/// A resolved admin polygon: level, name, parent region's name, country code, parts.
type Resolved = (u8, String, String, String, Vec<Vec<Vec<[f64; 2]>>>);
type Key2 = (String, String, String);

#[derive(Default)]
pub struct Builder {
    strings: String,
    interned: HashMap<Box<str>, Ref>,
    places: Vec<PlaceRow>,
    by_id: HashMap<u64, u32>,
    keys: String,
    entries: Vec<Entry>,
    admin1: BTreeMap<Key1, (AdminSource, String)>,
    admin1_aliases: HashMap<Key1, Vec<String>>,
    adm1_points: HashMap<Key1, (f64, f64)>,
    admin2: BTreeMap<Key2, (AdminSource, String)>,
    countries: BTreeMap<String, String>,
    polygons: Vec<RawPolygon>,
    /// Places seen again (same GeoNames id): their names were merged into the first.
    pub duplicates: usize,
}

/// Feature classes in ranking order: what a report most likely means by a name.
fn class_rank(c: u8) -> u8 {
    match c {
        b'P' => 0,
        b'A' => 1,
        b'S' => 2,
        b'L' => 3,
        b'T' => 4,
        b'H' => 5,
        b'R' => 6,
        b'V' => 7,
        b'U' => 8,
        _ => 9,
    }
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    pub fn places(&self) -> usize {
        self.places.len()
    }

    /// The countries (ISO codes, upper case) that have at least one place.
    pub fn place_countries(&self) -> std::collections::BTreeSet<[u8; 2]> {
        self.places.iter().map(|p| p.country).collect()
    }

    fn intern(&mut self, s: &str) -> Ref {
        if let Some(&r) = self.interned.get(s) {
            return r;
        }
        let r = (self.strings.len() as u32, s.len() as u32);
        self.strings.push_str(s);
        self.interned.insert(s.into(), r);
        r
    }

    /// Adds a place from a dump line; a GeoNames id seen before only adds its names to
    /// the first place with that id. Returns whether it was new.
    pub fn add_place(&mut self, r: &DumpRow, supplement: bool) -> bool {
        let idx = match (r.id != 0).then(|| self.by_id.get(&r.id)).flatten() {
            Some(&idx) => {
                self.duplicates += 1;
                self.add_names(idx, r);
                return false;
            }
            None => self.places.len() as u32,
        };
        let name = self.intern(r.name);
        let ascii = if r.ascii == r.name {
            name
        } else {
            self.intern(r.ascii)
        };
        let row = PlaceRow {
            id: r.id,
            lat: r.lat,
            lon: r.lon,
            population: r.population,
            name,
            ascii,
            admin1: self.intern(r.admin1),
            admin2: self.intern(r.admin2),
            code: self.intern(r.code),
            class: r.class,
            country: match r.country.as_bytes() {
                [a, b] => [a.to_ascii_uppercase(), b.to_ascii_uppercase()],
                _ => [0, 0],
            },
            flags: supplement as u16,
        };
        self.places.push(row);
        if r.id != 0 {
            self.by_id.insert(r.id, idx);
        }
        self.add_names(idx, r);
        if r.class == b'A' && !r.country.is_empty() {
            let country = r.country.to_ascii_uppercase();
            if r.code == "ADM1" && !r.admin1.is_empty() {
                let key = (country.clone(), r.admin1.to_string());
                self.set_admin1(key.clone(), AdminSource::Feature, r.name);
                self.adm1_points
                    .entry(key.clone())
                    .or_insert((r.lat, r.lon));
                let aliases = self.admin1_aliases.entry(key).or_default();
                aliases.extend(
                    std::iter::once(r.name)
                        .chain(std::iter::once(r.ascii))
                        .chain(r.alternates())
                        .map(fold),
                );
            } else if r.code == "ADM2" && !r.admin1.is_empty() && !r.admin2.is_empty() {
                let key = (country, r.admin1.to_string(), r.admin2.to_string());
                self.set_admin2(key, AdminSource::Feature, r.name);
            }
        }
        true
    }

    fn add_names(&mut self, idx: u32, r: &DumpRow) {
        let first = self.entries.len();
        let ascii = (r.ascii != r.name).then_some(r.ascii);
        let primary = 1 + ascii.is_some() as usize;
        let names = std::iter::once(r.name).chain(ascii).chain(r.alternates());
        for (i, name) in names.enumerate() {
            let off = self.keys.len();
            fold_into(name, &mut self.keys);
            let len = self.keys.len() - off;
            let keys = self.keys.as_bytes();
            let new = &keys[off..];
            // A place's names repeat after folding ("Kidal", "kidal"): keep one. (Bytes,
            // lengths first: a place may have ninety names, each compared with the
            // ones before.)
            let seen = self.entries[first..].iter().any(|e| {
                e.len as usize == len && &keys[e.off as usize..(e.off + e.len) as usize] == new
            });
            if len == 0 || seen || off + len > u32::MAX as usize {
                self.keys.truncate(off);
                continue;
            }
            self.entries.push(Entry {
                off: off as u32,
                len: len as u32,
                place: idx,
                alternate: i >= primary,
            });
        }
    }

    pub fn set_admin1(&mut self, key: Key1, src: AdminSource, raw_name: &str) {
        let name = admin_name(raw_name);
        if name.is_empty() {
            return;
        }
        match self.admin1.get(&key) {
            Some((s, _)) if *s <= src => {}
            _ => {
                self.admin1.insert(key, (src, name));
            }
        }
    }

    pub fn add_admin1_aliases(&mut self, key: Key1, aliases: &[&str]) {
        self.admin1_aliases
            .entry(key)
            .or_default()
            .extend(aliases.iter().map(|a| fold(a)));
    }

    pub fn set_admin2(&mut self, key: Key2, src: AdminSource, raw_name: &str) {
        let name = admin_name(raw_name);
        if name.is_empty() {
            return;
        }
        match self.admin2.get(&key) {
            Some((s, _)) if *s <= src => {}
            _ => {
                self.admin2.insert(key, (src, name));
            }
        }
    }

    pub fn set_country(&mut self, iso: &str, name: &str) {
        self.countries
            .insert(iso.to_ascii_uppercase(), name.trim().to_string());
    }

    pub fn add_polygons(&mut self, ps: Vec<RawPolygon>) {
        self.polygons.extend(ps);
    }

    /// The finished index sections; `meta` gets the counts. With `sorted_names`, the
    /// name index is a sorted array (returned beside the sections) instead of an FST.
    pub fn finish(
        mut self,
        mut meta: IndexMeta,
        sorted_names: bool,
    ) -> Result<(Sections, Option<SortedNames>), String> {
        // Rank places so that every posting list, sorted by place index, is ranked.
        let mut order: Vec<u32> = (0..self.places.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (pa, pb) = (&self.places[a as usize], &self.places[b as usize]);
            class_rank(pa.class)
                .cmp(&class_rank(pb.class))
                .then(pb.population.cmp(&pa.population))
                .then((pa.id == 0).cmp(&(pb.id == 0)))
                .then(pa.id.cmp(&pb.id))
                .then(a.cmp(&b))
        });
        let mut new_idx = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_idx[old as usize] = new as u32;
        }
        let mut places = Vec::with_capacity(order.len() * format::PLACE_LEN);
        for &old in &order {
            let p = &self.places[old as usize];
            places.extend_from_slice(&p.id.to_le_bytes());
            places.extend_from_slice(&p.lat.to_le_bytes());
            places.extend_from_slice(&p.lon.to_le_bytes());
            places.extend_from_slice(&p.population.to_le_bytes());
            for r in [p.name, p.ascii, p.admin1, p.admin2, p.code] {
                places.extend_from_slice(&r.0.to_le_bytes());
            }
            places.extend_from_slice(&(p.name.1 as u16).to_le_bytes());
            places.extend_from_slice(&(p.ascii.1 as u16).to_le_bytes());
            places.push(p.admin1.1 as u8);
            places.push(p.admin2.1 as u8);
            places.push(p.code.1 as u8);
            places.push(p.class);
            places.extend_from_slice(&p.country);
            places.extend_from_slice(&p.flags.to_le_bytes());
        }
        debug_assert_eq!(places.len(), order.len() * format::PLACE_LEN);
        drop(order);

        // Names: sort (name, place) pairs, one posting run per name, an FST over names.
        let keys = std::mem::take(&mut self.keys);
        let mut entries = std::mem::take(&mut self.entries);
        for e in &mut entries {
            e.place = new_idx[e.place as usize];
        }
        let key = |e: &Entry| &keys.as_bytes()[e.off as usize..(e.off + e.len) as usize];
        // Each compared by its key's first bytes as one number first: most comparisons
        // end there, where comparing slices cost a library call each. The order is the
        // keys' byte order all the same ([`key_prefix`]). Entries that compare equal
        // differ at most in where their key's bytes lie, which nothing below reads.
        let mut keyed: Vec<(u64, Entry)> = entries
            .into_iter()
            .map(|e| (key_prefix(key(&e)), e))
            .collect();
        keyed.sort_unstable_by(|(pa, a), (pb, b)| {
            pa.cmp(pb)
                .then_with(|| key(a).cmp(key(b)))
                .then(a.place.cmp(&b.place))
                .then(a.alternate.cmp(&b.alternate))
        });
        let mut entries: Vec<Entry> = keyed.into_iter().map(|(_, e)| e).collect();
        // One entry per (name, place), its own name rather than an alternate when both.
        entries.dedup_by(|a, b| a.place == b.place && key(a) == key(b));
        // Within a feature class, places that bear the name come before places that
        // only have it among their alternates: "Gao" the town before Guantánamo, whose
        // airport code GAO is an alternate name.
        let class_of: Vec<u8> = self.places.iter().map(|p| class_rank(p.class)).collect();
        let mut class_new = vec![0u8; class_of.len()];
        for (old, &c) in class_of.iter().enumerate() {
            class_new[new_idx[old] as usize] = c;
        }
        let mut start = 0;
        while start < entries.len() {
            let k = key(&entries[start]);
            let end = start + entries[start..].partition_point(|e| key(e) == k);
            if end - start > 1 {
                entries[start..end]
                    .sort_unstable_by_key(|e| (class_new[e.place as usize], e.alternate, e.place));
            }
            start = end;
        }
        let mut postings = Vec::with_capacity(entries.len());
        let mut fst = fst::MapBuilder::memory();
        let mut sorted = SortedNames::default();
        let mut i = 0;
        let mut names = 0usize;
        while i < entries.len() {
            let k = key(&entries[i]);
            let start = postings.len() as u64;
            while i < entries.len() && key(&entries[i]) == k {
                postings.push(entries[i].place);
                i += 1;
            }
            let len = postings.len() as u64 - start;
            if sorted_names {
                let k = std::str::from_utf8(k).map_err(|e| e.to_string())?;
                sorted.keys.push((
                    sorted.blob.len() as u32,
                    k.len() as u32,
                    (start << 32) | len,
                ));
                sorted.blob.push_str(k);
            } else {
                fst.insert(k, (start << 32) | len)
                    .map_err(|e| format!("name index: {e}"))?;
            }
            names += 1;
        }
        drop(entries);
        drop(keys);
        let names_fst = fst.into_inner().map_err(|e| format!("name index: {e}"))?;

        // Admin tables.
        let mut admin1 = Vec::new();
        let admin1_table: Vec<(Key1, String)> = std::mem::take(&mut self.admin1)
            .into_iter()
            .map(|(k, (_, n))| (k, n))
            .collect();
        for ((c, code), name) in &admin1_table {
            let r = [
                self.intern(c),
                self.intern(code),
                self.intern(name),
                self.intern(&fold(name)),
            ];
            r.into_iter().for_each(|r| put_ref(&mut admin1, r));
        }
        let mut admin2 = Vec::new();
        for ((c, a1, a2), (_, name)) in std::mem::take(&mut self.admin2) {
            let r = [
                self.intern(&c),
                self.intern(&a1),
                self.intern(&a2),
                self.intern(&name),
            ];
            r.into_iter().for_each(|r| put_ref(&mut admin2, r));
        }
        let mut countries = Vec::new();
        for (iso, name) in std::mem::take(&mut self.countries) {
            let r = [self.intern(&iso), self.intern(&name)];
            r.into_iter().for_each(|r| put_ref(&mut countries, r));
        }

        let polygons = self.resolve_polygons(&admin1_table);
        let mut poly = Vec::new();
        if !polygons.is_empty() {
            put_u32(&mut poly, polygons.len() as u32);
            for (level, name, parent, country, parts) in &polygons {
                // (The country's code in the bytes after the level, zero when unknown:
                // an older index has zeros there, and its polygons serve every place.)
                let c = country.as_bytes();
                let code = |i: usize| if c.len() == 2 { c[i] } else { 0 };
                poly.extend_from_slice(&[*level, code(0), code(1), 0]);
                let (n, p) = (self.intern(name), self.intern(parent));
                put_ref(&mut poly, n);
                put_ref(&mut poly, p);
                put_u32(&mut poly, parts.len() as u32);
                for rings in parts {
                    put_u32(&mut poly, rings.len() as u32);
                    for ring in rings {
                        put_u32(&mut poly, ring.len() as u32);
                        for &[x, y] in ring {
                            put_f64(&mut poly, x);
                            put_f64(&mut poly, y);
                        }
                    }
                }
            }
        }

        if self.strings.len() > u32::MAX as usize {
            return Err("more than 4 GB of names".into());
        }
        meta.places = self.places.len();
        meta.names = names;
        meta.postings = postings.len();
        meta.admin1 = admin1.len() / format::ADMIN1_LEN;
        meta.admin2 = admin2.len() / format::ADMIN2_LEN;
        meta.polygons = polygons.len();
        let sections = Sections {
            meta: serde_json::to_vec(&meta).map_err(|e| e.to_string())?,
            strings: std::mem::take(&mut self.strings).into_bytes(),
            places,
            postings,
            names: names_fst,
            admin1,
            admin2,
            countries,
            polygons: poly,
        };
        Ok((sections, sorted_names.then_some(sorted)))
    }

    /// Gives each polygon an ACLED-style name: a region is matched to an admin1 entry by
    /// its name or any alias ("Timbuktu" → Tombouctou); a county gets its region's name
    /// as parent (by `parent_id`, else by containment).
    #[allow(clippy::type_complexity)]
    fn resolve_polygons(&self, admin1: &[(Key1, String)]) -> Vec<Resolved> {
        let mut by_alias: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, (key, name)) in admin1.iter().enumerate() {
            let mut al: Vec<String> = vec![fold(name)];
            if let Some(a) = self.admin1_aliases.get(key) {
                al.extend(a.iter().cloned());
            }
            al.extend(al.clone().iter().map(|a| fold(&admin_name(a))));
            al.sort();
            al.dedup();
            for a in al {
                by_alias.entry(a).or_default().push(i);
            }
        }
        let inside = |parts: &[Vec<Vec<[f64; 2]>>], (lat, lon): (f64, f64)| {
            parts.iter().any(|r| geo::point_in_polygon(lat, lon, r))
        };
        let mut regions: Vec<(Option<u64>, String, &[Vec<Vec<[f64; 2]>>])> = Vec::new();
        let mut out = Vec::new();
        for p in self.polygons.iter().filter(|p| p.level == 1) {
            let mut cands: Vec<usize> = [fold(&p.name), fold(&admin_name(&p.name))]
                .iter()
                .filter_map(|k| by_alias.get(k))
                .flatten()
                .copied()
                .collect();
            cands.sort();
            cands.dedup();
            if cands.len() > 1 {
                // Several countries have a region of that name: the one whose ADM1
                // feature lies inside the polygon.
                if let Some(&c) = cands.iter().find(|&&c| {
                    self.adm1_points
                        .get(&admin1[c].0)
                        .is_some_and(|&pt| inside(&p.parts, pt))
                }) {
                    cands = vec![c];
                }
            }
            let (name, country) = match cands.first() {
                Some(&c) => (admin1[c].1.clone(), admin1[c].0.0.clone()),
                None => (admin_name(&p.name), String::new()),
            };
            regions.push((p.id, name.clone(), &p.parts));
            out.push((1, name, String::new(), country, p.parts.clone()));
        }
        // A region no admin1 row names (one newer than GeoNames' codes: Ménaka) is of
        // the country most of the file's regions are of.
        let mut counts: HashMap<&str, usize> = HashMap::default();
        for r in out.iter().filter(|r| !r.3.is_empty()) {
            *counts.entry(r.3.as_str()).or_default() += 1;
        }
        let main = counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
            .map(|c| c.0.to_string())
            .unwrap_or_default();
        for r in out.iter_mut().filter(|r| r.3.is_empty()) {
            r.3 = main.clone();
        }
        let region_country: Vec<String> = out.iter().map(|r| r.3.clone()).collect();
        for p in self.polygons.iter().filter(|p| p.level == 2) {
            let by_id = p
                .parent_id
                .and_then(|pid| regions.iter().position(|r| r.0 == Some(pid)));
            let region = by_id.or_else(|| {
                let outer = p.parts.first()?.first()?;
                let n = outer.len() as f64;
                let c = outer
                    .iter()
                    .fold((0.0, 0.0), |a, q| (a.0 + q[1] / n, a.1 + q[0] / n));
                regions.iter().position(|r| inside(r.2, c))
            });
            let parent = region.map(|r| regions[r].1.clone()).unwrap_or_default();
            let country = region.map_or_else(|| main.clone(), |r| region_country[r].clone());
            out.push((2, admin_name(&p.name), parent, country, p.parts.clone()));
        }
        out
    }
}
