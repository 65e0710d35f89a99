//! sitrep's gazetteer: GeoNames places in a compact on-disk index, folded-name lookups,
//! admin area names as ACLED writes them, point-in-polygon admin areas, and geo math.
//!
//! Two sources, one type:
//! - an index built by [`import`] (`sitrep gazetteer import ML.txt cities500.txt …`) from
//!   GeoNames dumps, admin code files and admin polygons, loaded by [`Gazetteer::load`]
//!   in a few milliseconds (the expensive work — folding, sorting, the name FST — is done
//!   at import; see [`format`] for the layout);
//! - a small default built into the binary ([`Gazetteer::embedded`]): every place of
//!   Mali, Burkina Faso and Niger in GeoNames' cities500, the world's large cities and
//!   capitals, and a hand-written supplement (`data/gazetteer/`).
//!
//! Names are matched on their folded form ([`sitrep_core::fold::fold`]): "Tin-Essako",
//! "tin essako" and "TIN ESSAKO" are one key. [`Gazetteer::lookup`] returns the places a
//! key names, populated places first, then by population.

mod builder;
mod embedded;
pub mod format;
pub mod geo;
mod import;
mod meta;
mod name_index;
pub mod names;
mod parse;

pub use import::{ImportOptions, ImportReport, Progress, SkippedLine};
pub use import::{import, import_with};
pub use meta::{GazetteerError, IndexMeta, InputKind, InputSummary};
pub use name_index::BUILD_AFTER as NAME_TABLE_AFTER;
pub use name_index::edit_distance;

use format::{PLACE_LEN, Ref, Sections};
use name_index::NameIndex;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The embedded default, built from `data/gazetteer/` by `build.rs` ([`embedded::image`]).
static EMBEDDED_IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded_gazetteer.bin"));

/// A place, borrowed from the index.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place<'a> {
    /// Index of the place in its gazetteer (what [`Gazetteer::lookup`] returns).
    pub idx: u32,
    /// GeoNames id; 0 for a place that is not in GeoNames (sitrep's supplement).
    pub geonames_id: u64,
    pub name: &'a str,
    pub ascii_name: &'a str,
    pub lat: f64,
    pub lon: f64,
    /// GeoNames feature class: P, A, H, S, T, L, R, V, U (' ' when the dump has none).
    pub class: char,
    /// GeoNames feature code: PPL, PPLA, PPLC, ADM1, WLL, …
    pub code: &'a str,
    /// ISO 3166-1 alpha-2 ("ML"); empty for places in no country.
    pub country: &'a str,
    pub admin1_code: &'a str,
    pub admin2_code: &'a str,
    pub population: u64,
    /// From sitrep's hand-written supplement rather than from GeoNames.
    pub supplement: bool,
}

impl Place<'_> {
    /// A populated place (city, town, village: feature class P).
    pub fn is_populated(&self) -> bool {
        self.class == 'P'
    }
}

/// Some fields of a [`Place`] ([`Gazetteer::place_facts`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlaceFacts<'a> {
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    pub class: char,
    pub code: &'a str,
    pub country: &'a str,
    pub supplement: bool,
}

/// Where a gazetteer comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Built into the binary (`data/gazetteer/`).
    Embedded,
    /// An index file made by `sitrep gazetteer import`.
    File(PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Embedded => write!(f, "the embedded default gazetteer"),
            Origin::File(p) => write!(f, "{}", p.display()),
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Admin1Rec {
    country: Ref,
    code: Ref,
    name: Ref,
    folded: Ref,
}

#[derive(Clone, Copy, Debug)]
struct Admin2Rec {
    country: Ref,
    admin1: Ref,
    admin2: Ref,
    name: Ref,
}

/// An admin area polygon (level 1: region, level 2: cercle/county/department).
#[derive(Clone, Debug)]
struct AdminPolygon {
    level: u8,
    name: Ref,
    /// For level 2: the name of the level-1 area it belongs to.
    parent: Ref,
    /// The country's ISO code, `[0, 0]` when the index does not say (older indexes):
    /// a place is only in its own country's areas, however the borders were drawn.
    country: [u8; 2],
    /// Polygons, each a list of rings ([lon, lat] points), outer ring first.
    parts: Vec<Vec<Vec<[f64; 2]>>>,
    bbox: [f64; 4],
}

impl AdminPolygon {
    fn contains(&self, lat: f64, lon: f64) -> bool {
        let [x0, y0, x1, y1] = self.bbox;
        lon >= x0
            && lon <= x1
            && lat >= y0
            && lat <= y1
            && self
                .parts
                .iter()
                .any(|rings| geo::point_in_polygon(lat, lon, rings))
    }
}

/// A [`Gazetteer::lookup`] answer as a range of the index's postings (see
/// [`Gazetteer::lookup_hits`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    start: u32,
    len: u32,
}

impl Hits {
    fn of(run: Option<name_index::Run>) -> Hits {
        match run {
            Some(v) => Hits {
                start: (v >> 32) as u32,
                len: (v & 0xffff_ffff) as u32,
            },
            None => Hits::default(),
        }
    }
}

/// Places, their names, admin areas and polygons, ready for lookups. Immutable and
/// `Sync`: build or load it once and share it across threads.
pub struct Gazetteer {
    origin: Origin,
    meta: IndexMeta,
    strings: String,
    places: Vec<u8>,
    postings: Vec<u32>,
    names: NameIndex,
    admin1: Vec<Admin1Rec>,
    admin2: Vec<Admin2Rec>,
    countries: Vec<(Ref, Ref)>,
    /// (hash of a country name, the index into `countries` that a binary search of the
    /// names finds for it) in open-addressing slots ([`CountrySlots`]):
    /// [`Gazetteer::country_code`] runs for every place and actor mention, and most
    /// names are not countries; a hash answers without comparing strings.
    country_hashes: CountrySlots,
    /// The codes of `countries` packed into integers (see [`pack_code`]), in the same
    /// order, when they all fit: [`Gazetteer::country_name`] runs once per place mention
    /// and a search over the string blob is cache misses.
    country_keys: Option<Vec<u64>>,
    polygons: Vec<AdminPolygon>,
    /// Per place, the admin polygons containing it, found at first use (bit 63 set:
    /// known; bits 0–15 admin1 polygon, 16–31 admin2 polygon, 0xffff: none). Reports
    /// name the same places again and again; a point-in-polygon test each time would be
    /// the costliest step of the place stage.
    admin_memo: std::sync::OnceLock<Vec<std::sync::atomic::AtomicU64>>,
}

/// The country names' (hash, index) pairs in open-addressing slots with linear probing,
/// at most half full: [`Gazetteer::country_code`] is asked about 24 times per document,
/// and a binary search over the sorted pairs cost eight dependent probes a time where a
/// slot is mostly one.
#[derive(Debug, Default)]
struct CountrySlots {
    /// `(hash, index)`; `u32::MAX` marks an empty slot. A power of two long (or empty).
    slots: Vec<(u64, u32)>,
}

impl CountrySlots {
    /// From pairs sorted by hash, then index: inserted in that order, so pairs of one
    /// hash lie along its probe sequence in the same order, and [`CountrySlots::with_hash`]
    /// yields them as the sorted list's run of that hash.
    fn new(sorted: &[(u64, u32)]) -> CountrySlots {
        if sorted.is_empty() {
            return CountrySlots::default();
        }
        let size = (2 * sorted.len()).next_power_of_two();
        let mut slots = vec![(0, u32::MAX); size];
        for &(h, i) in sorted {
            let mut s = Self::home(h, size);
            while slots[s].1 != u32::MAX {
                s = (s + 1) & (size - 1);
            }
            slots[s] = (h, i);
        }
        CountrySlots { slots }
    }

    /// The slot a hash starts probing at: its top bits.
    #[inline]
    fn home(h: u64, size: usize) -> usize {
        (h >> (64 - size.trailing_zeros())) as usize
    }

    /// The indices stored with hash `h`, in the order of the sorted pairs.
    #[inline]
    fn with_hash(&self, h: u64) -> impl Iterator<Item = u32> + '_ {
        let size = self.slots.len();
        let mut s = if size == 0 { 0 } else { Self::home(h, size) };
        std::iter::from_fn(move || {
            loop {
                let &(k, i) = self.slots.get(s)?;
                if i == u32::MAX {
                    return None;
                }
                s = (s + 1) & (size - 1);
                if k == h {
                    return Some(i);
                }
            }
        })
    }
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("origin", &self.origin)
            .field("places", &self.len())
            .field("names", &self.names.len())
            .finish()
    }
}

impl Gazetteer {
    /// Reads an index built by [`import`]: reads the file, checks its header, length and
    /// checksum, and decodes the small tables. Errors name the file and say what to do.
    pub fn load(path: &Path) -> Result<Gazetteer, GazetteerError> {
        let sections = Sections::read(path)?;
        Gazetteer::from_sections(sections, Origin::File(path.to_path_buf()), None)
    }

    /// The small default gazetteer built into the binary (at compile time, by
    /// `build.rs`), decoded on first use.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let (sections, table) = embedded::from_image(EMBEDDED_IMAGE)
                .expect("the embedded gazetteer image is what build.rs wrote");
            let names = NameIndex::from_table(Some(table));
            match Gazetteer::from_sections(sections, Origin::Embedded, Some(names)) {
                Ok(g) => g,
                Err(e) => panic!("the embedded gazetteer (data/gazetteer/) is broken: {e}"),
            }
        })
    }

    /// The gazetteer sitrep uses when none is named: the index at
    /// [`default_index_path`] when that file exists, else [`Gazetteer::embedded`].
    /// Loaded once per process; an index that exists but cannot be read is an error
    /// (it says to re-import), not a silent fallback.
    pub fn default_gazetteer() -> Result<&'static Gazetteer, GazetteerError> {
        static G: OnceLock<Result<Option<Gazetteer>, GazetteerError>> = OnceLock::new();
        let r = G.get_or_init(|| match default_index_path().filter(|p| p.exists()) {
            Some(p) => Gazetteer::load(&p).map(Some),
            None => Ok(None),
        });
        match r {
            Ok(Some(g)) => Ok(g),
            Ok(None) => Ok(Gazetteer::embedded()),
            Err(e) => Err(e.clone()),
        }
    }

    /// Decodes and checks sections; `names` replaces the FST (the embedded default).
    pub(crate) fn from_sections(
        s: Sections,
        origin: Origin,
        names: Option<NameIndex>,
    ) -> Result<Gazetteer, GazetteerError> {
        let path = origin.to_string();
        let corrupt = |reason: &str| GazetteerError::Corrupt {
            path: path.clone(),
            reason: reason.to_string(),
        };
        let meta: IndexMeta =
            serde_json::from_slice(&s.meta).map_err(|_| corrupt("unreadable meta section"))?;
        let strings =
            String::from_utf8(s.strings).map_err(|_| corrupt("string blob is not UTF-8"))?;
        if !s.places.len().is_multiple_of(PLACE_LEN) {
            return Err(corrupt("place records are cut"));
        }
        let n = (s.places.len() / PLACE_LEN) as u32;
        if s.postings.iter().any(|&p| p >= n) {
            return Err(corrupt("a name points past the last place"));
        }
        let names = match names {
            Some(n) => n,
            None => NameIndex::from_fst(
                fst::Map::new(s.names).map_err(|_| corrupt("unreadable name index"))?,
            ),
        };
        let ok = |r: Ref| {
            strings
                .get(r.0 as usize..(r.0 as usize + r.1 as usize))
                .is_some()
        };
        let recs = |b: &[u8], len: usize, what: &str| -> Result<Vec<Vec<Ref>>, GazetteerError> {
            if !b.len().is_multiple_of(len) {
                return Err(corrupt(&format!("{what} records are cut")));
            }
            let v: Vec<Vec<Ref>> = b
                .chunks_exact(len)
                .map(|c| (0..len / 8).map(|k| format::ref_at(c, 8 * k)).collect())
                .collect();
            if v.iter().flatten().all(|&r| ok(r)) {
                Ok(v)
            } else {
                Err(corrupt(&format!(
                    "{what} records point outside the strings"
                )))
            }
        };
        let admin1 = recs(&s.admin1, format::ADMIN1_LEN, "admin1")?
            .into_iter()
            .map(|r| Admin1Rec {
                country: r[0],
                code: r[1],
                name: r[2],
                folded: r[3],
            })
            .collect();
        let admin2 = recs(&s.admin2, format::ADMIN2_LEN, "admin2")?
            .into_iter()
            .map(|r| Admin2Rec {
                country: r[0],
                admin1: r[1],
                admin2: r[2],
                name: r[3],
            })
            .collect();
        let countries: Vec<(Ref, Ref)> = recs(&s.countries, format::COUNTRY_LEN, "country")?
            .into_iter()
            .map(|r| (r[0], r[1]))
            .collect();
        let polygons = decode_polygons(&s.polygons)
            .filter(|ps| ps.iter().all(|p| ok(p.name) && ok(p.parent)))
            .ok_or_else(|| corrupt("unreadable polygons"))?;
        let name_of = |r: &(Ref, Ref)| -> &str {
            strings
                .get(r.1.0 as usize..r.1.0 as usize + r.1.1 as usize)
                .unwrap_or("")
        };
        let country_keys = countries
            .iter()
            .map(|&(c, _)| {
                strings
                    .get(c.0 as usize..c.0 as usize + c.1 as usize)
                    .and_then(pack_code)
            })
            .collect::<Option<Vec<u64>>>()
            .filter(|k| k.is_sorted());
        let mut countries_by_name: Vec<u32> = (0..countries.len() as u32).collect();
        countries_by_name
            .sort_by(|&a, &b| name_of(&countries[a as usize]).cmp(name_of(&countries[b as usize])));
        let mut country_hashes: Vec<(u64, u32)> = countries
            .iter()
            .filter_map(|c| {
                let name = name_of(c);
                let i = country_by_name(&countries_by_name, &countries, name_of, name)?;
                Some((name_index::hash(name.as_bytes()), i))
            })
            .collect();
        country_hashes.sort_unstable();
        country_hashes.dedup();
        let country_hashes = CountrySlots::new(&country_hashes);
        Ok(Gazetteer {
            origin,
            meta,
            strings,
            places: s.places,
            postings: s.postings,
            names,
            admin1,
            admin2,
            countries,
            country_hashes,
            country_keys,
            polygons,
            admin_memo: std::sync::OnceLock::new(),
        })
    }

    /// Where this gazetteer comes from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// What the index says about itself: inputs, counts, creation time.
    pub fn meta(&self) -> &IndexMeta {
        &self.meta
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len() / PLACE_LEN
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Says many name queries will come: an imported index starts building its
    /// in-memory name table on a background thread (see [`NAME_TABLE_AFTER`]). Answers
    /// are the same before and after; only their cost changes.
    pub fn prepare_names(&self) {
        self.names.prepare();
    }

    /// Number of distinct folded names.
    pub fn name_count(&self) -> usize {
        self.names.len()
    }

    fn str(&self, r: Ref) -> &str {
        self.strings
            .get(r.0 as usize..r.0 as usize + r.1 as usize)
            .unwrap_or("")
    }

    /// The place at `idx` (an index from [`Gazetteer::lookup`]). Panics when `idx` is out
    /// of range, like slice indexing.
    pub fn place(&self, idx: u32) -> Place<'_> {
        use format::{f64_at, u16_at, u32_at, u64_at};
        let i = idx as usize * PLACE_LEN;
        let b = &self.places[i..i + PLACE_LEN];
        let s = |off: usize, len: u32| self.str((u32_at(b, off), len));
        Place {
            idx,
            geonames_id: u64_at(b, 0),
            lat: f64_at(b, 8),
            lon: f64_at(b, 16),
            population: u64_at(b, 24),
            name: s(32, u16_at(b, 52) as u32),
            ascii_name: s(36, u16_at(b, 54) as u32),
            admin1_code: s(40, b[56] as u32),
            admin2_code: s(44, b[57] as u32),
            code: s(48, b[58] as u32),
            class: b[59] as char,
            country: std::str::from_utf8(&b[60..62])
                .map(|c| c.trim_end_matches('\0'))
                .unwrap_or(""),
            supplement: u16_at(b, 62) & 1 != 0,
        }
    }

    /// What ranking namesakes needs of a place, without decoding its names: cheaper
    /// than [`Gazetteer::place`], which reads five strings (cache misses on a large
    /// index).
    pub fn place_facts(&self, idx: u32) -> PlaceFacts<'_> {
        use format::{f64_at, u32_at, u64_at};
        let i = idx as usize * PLACE_LEN;
        let b = &self.places[i..i + PLACE_LEN];
        PlaceFacts {
            lat: f64_at(b, 8),
            lon: f64_at(b, 16),
            population: u64_at(b, 24),
            code: self.str((u32_at(b, 48), b[58] as u32)),
            class: b[59] as char,
            country: std::str::from_utf8(&b[60..62])
                .map(|c| c.trim_end_matches('\0'))
                .unwrap_or(""),
            supplement: format::u16_at(b, 62) & 1 != 0,
        }
    }

    /// A place's country ([`Place::country`]) without decoding the rest of it.
    pub fn place_country(&self, idx: u32) -> &str {
        let i = idx as usize * PLACE_LEN;
        std::str::from_utf8(&self.places[i + 60..i + 62])
            .map(|c| c.trim_end_matches('\0'))
            .unwrap_or("")
    }

    /// A place's point ([`Place::lat`], [`Place::lon`]) without decoding the rest of it.
    pub fn place_point(&self, idx: u32) -> (f64, f64) {
        let i = idx as usize * PLACE_LEN;
        let b = &self.places[i..i + PLACE_LEN];
        (format::f64_at(b, 8), format::f64_at(b, 16))
    }

    /// A place's feature class and code ([`Place::class`], [`Place::code`]).
    pub fn place_feature(&self, idx: u32) -> (char, &str) {
        let i = idx as usize * PLACE_LEN;
        let b = &self.places[i..i + PLACE_LEN];
        (
            b[59] as char,
            self.str((format::u32_at(b, 48), b[58] as u32)),
        )
    }

    /// Every place, in index order (ranked: populated places first, then by population).
    pub fn places(&self) -> impl Iterator<Item = Place<'_>> {
        (0..self.len() as u32).map(|i| self.place(i))
    }

    /// Places whose name, ASCII name or any alternate name folds
    /// ([`sitrep_core::fold::fold`]) to `folded` exactly, ranked: populated places
    /// first, then admin areas, spots (camps, airports), land, terrain, water; within a
    /// class, places that bear the name before those that only list it among their
    /// alternate names (airport codes, old spellings), then by population. No allocation.
    pub fn lookup(&self, folded: &str) -> &[u32] {
        self.hits(self.lookup_hits(folded))
    }

    /// Where [`Gazetteer::lookup`]'s answer for a name lies in the index: a value that
    /// callers can keep (a cache of lookups for words they meet again and again), turned
    /// back into places by [`Gazetteer::hits`].
    pub fn lookup_hits(&self, folded: &str) -> Hits {
        Hits::of(self.names.get(folded))
    }

    /// [`Gazetteer::lookup_hits`] and [`Gazetteer::is_prefix`] of one folded word, at
    /// the cost of about one: a reader asks both of each capitalized word ("is it a
    /// name?", "does a longer name start with it?").
    pub fn lookup_hits_and_prefix(&self, folded: &str) -> (Hits, bool) {
        let (run, prefix) = self.names.get_and_prefix(folded);
        (Hits::of(run), prefix)
    }

    /// The places of a [`Gazetteer::lookup_hits`] answer of this gazetteer.
    #[inline]
    pub fn hits(&self, h: Hits) -> &[u32] {
        let start = h.start as usize;
        self.postings
            .get(start..start + h.len as usize)
            .unwrap_or(&[])
    }

    /// Places whose folded name is a near-spelling of `folded`, one edit away
    /// ("Asongo" for "Ansongo", "Tabakort" for "Tabankort"), for names the gazetteer
    /// lacks as written. Each place comes with a cost: 1 for a transcription variant
    /// (one "y" written "i" or back: "Diabaly" is Diabali, not the village Diabal), 2 for
    /// any other single edit. One edit keeps the search cheap on a million names (a
    /// Levenshtein automaton over the name FST).
    pub fn lookup_fuzzy(&self, folded: &str) -> Vec<(u32, u32)> {
        let n = folded.chars().count();
        if n < 5 {
            return Vec::new();
        }
        let mut out: Vec<(u32, u32)> = Vec::new();
        self.names.fuzzy(folded, 1, |k, run| {
            let d = name_index::edit_distance(k.as_bytes(), folded.as_bytes(), 1);
            if d > 1 || k == folded {
                return;
            }
            // In a short name one changed letter is another name ("Djibo" in Burkina
            // Faso is not Mali's "Djiba"): there, only a letter dropped or added.
            if n < 7 && k.chars().count() == n {
                return;
            }
            let cost = if i_for_y(k.as_bytes(), folded.as_bytes()) {
                1
            } else {
                2
            };
            let start = (run >> 32) as usize;
            let len = (run & 0xffff_ffff) as usize;
            for &p in self.postings.get(start..start + len).unwrap_or(&[]) {
                match out.iter_mut().find(|(q, _)| *q == p) {
                    Some(seen) => seen.1 = seen.1.min(cost),
                    None => out.push((p, cost)),
                }
            }
        });
        out
    }

    /// Is `folded_prefix` followed by a space the beginning of some indexed folded name?
    /// ("tin" → true because of "tin essako"; "tin es" → false: words are whole.) Walks
    /// the name index; no allocation.
    pub fn is_prefix(&self, folded_prefix: &str) -> bool {
        self.names.is_prefix(folded_prefix)
    }

    /// Calls `f` with every indexed folded name and its places, in byte order.
    pub fn for_each_name(&self, mut f: impl FnMut(&str, &[u32])) {
        self.names.for_each(|k, v| {
            let start = (v >> 32) as usize;
            let len = (v & 0xffff_ffff) as usize;
            if let Some(p) = self.postings.get(start..start + len) {
                f(k, p);
            }
        });
    }

    /// The name of a first-level admin area as ACLED writes it: "Kidal" for ML/10,
    /// "Tombouctou" for ML/08, "Hauts-Bassins" for BF/09.
    pub fn admin1_name(&self, country: &str, admin1_code: &str) -> Option<&str> {
        if admin1_code.is_empty() {
            return None;
        }
        let i = self
            .admin1
            .binary_search_by(|r| {
                (self.str(r.country), self.str(r.code)).cmp(&(country, admin1_code))
            })
            .ok()?;
        Some(self.str(self.admin1[i].name))
    }

    /// The name of a second-level admin area (cercle, department, province).
    pub fn admin2_name(&self, country: &str, admin1_code: &str, admin2_code: &str) -> Option<&str> {
        if admin2_code.is_empty() {
            return None;
        }
        let key = (country, admin1_code, admin2_code);
        let i = self
            .admin2
            .binary_search_by(|r| {
                (self.str(r.country), self.str(r.admin1), self.str(r.admin2)).cmp(&key)
            })
            .ok()?;
        Some(self.str(self.admin2[i].name))
    }

    /// First-level admin areas whose name folds to `folded` ("kidal", "tombouctou"):
    /// (country, admin1 code, name).
    pub fn admin1_by_name<'a>(
        &'a self,
        folded: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a str, &'a str)> + 'a {
        self.admin1
            .iter()
            .filter(move |r| self.str(r.folded) == folded)
            .map(|r| (self.str(r.country), self.str(r.code), self.str(r.name)))
    }

    /// A country's short English name: "Mali" for "ML".
    pub fn country_name(&self, iso2: &str) -> Option<&str> {
        if let (Some(keys), Some(k)) = (&self.country_keys, pack_code(iso2)) {
            let i = keys.binary_search(&k).ok()?;
            return Some(self.str(self.countries[i].1));
        }
        let i = self
            .countries
            .binary_search_by(|(c, _)| self.str(*c).cmp(iso2))
            .ok()?;
        Some(self.str(self.countries[i].1))
    }

    /// The ISO code of a country from its name as [`Gazetteer::country_name`] gives it.
    pub fn country_code(&self, name: &str) -> Option<&str> {
        let h = name_index::hash(name.as_bytes());
        self.country_hashes
            .with_hash(h)
            .map(|i| &self.countries[i as usize])
            .find(|c| self.str(c.1) == name)
            .map(|c| self.str(c.0))
    }

    /// Whether the index has admin polygons (imported from a GeoJSON file).
    pub fn has_polygons(&self) -> bool {
        !self.polygons.is_empty()
    }

    /// Admin areas containing a point, from imported polygons: (admin1, admin2) names,
    /// ACLED-style. `None` when no polygon contains the point (or none were imported).
    pub fn admin_at(&self, lat: f64, lon: f64) -> Option<(Option<&str>, Option<&str>)> {
        self.admin_names(self.polygons_at(lat, lon, None))
    }

    /// Indices of the admin1 and admin2 polygons containing a point (of `country`'s
    /// polygons only, when given: a border drawn coarsely may take in a town across it).
    fn polygons_at(
        &self,
        lat: f64,
        lon: f64,
        country: Option<&str>,
    ) -> (Option<usize>, Option<usize>) {
        let mut a1 = None;
        let mut a2 = None;
        for (i, p) in self.polygons.iter().enumerate() {
            if (p.level == 1 && a1.is_some()) || (p.level == 2 && a2.is_some()) {
                continue;
            }
            if let Some(c) = country
                && p.country != [0, 0]
                && p.country != c.as_bytes()
            {
                continue;
            }
            if p.contains(lat, lon) {
                if p.level == 1 {
                    a1 = Some(i);
                } else {
                    a2 = Some(i);
                }
            }
        }
        (a1, a2)
    }

    fn admin_names(
        &self,
        (i1, i2): (Option<usize>, Option<usize>),
    ) -> Option<(Option<&str>, Option<&str>)> {
        let name = |i: Option<usize>| {
            i.map(|i| self.str(self.polygons[i].name))
                .filter(|s| !s.is_empty())
        };
        let parent = i2
            .map(|i| self.str(self.polygons[i].parent))
            .filter(|s| !s.is_empty());
        let (a1, a2) = (name(i1).or(parent), name(i2));
        (a1.is_some() || a2.is_some()).then_some((a1, a2))
    }

    /// [`Gazetteer::admin_at`] for a place's own point, memoized.
    fn admin_at_place(&self, idx: u32, lat: f64, lon: f64) -> Option<(Option<&str>, Option<&str>)> {
        use std::sync::atomic::{AtomicU64, Ordering};
        if self.polygons.is_empty() {
            return None;
        }
        let memo = self
            .admin_memo
            .get_or_init(|| (0..self.len()).map(|_| AtomicU64::new(0)).collect());
        let country = Some(self.place_country(idx)).filter(|c| c.len() == 2);
        let Some(slot) = memo.get(idx as usize) else {
            return self.admin_names(self.polygons_at(lat, lon, country));
        };
        let v = slot.load(Ordering::Relaxed);
        let unpack = |x: u64| (x & 0xffff) as usize;
        let idxs = if v >> 63 == 1 {
            let a = unpack(v);
            let b = unpack(v >> 16);
            ((a != 0xffff).then_some(a), (b != 0xffff).then_some(b))
        } else {
            let (a, b) = self.polygons_at(lat, lon, country);
            if a.is_none_or(|x| x < 0xffff) && b.is_none_or(|x| x < 0xffff) {
                let pack = |x: Option<usize>| x.map(|x| x as u64).unwrap_or(0xffff);
                slot.store((1 << 63) | pack(a) | (pack(b) << 16), Ordering::Relaxed);
            }
            (a, b)
        };
        self.admin_names(idxs)
    }

    /// The admin areas of a place: from polygons when they cover its point (GeoNames'
    /// codes lag behind redistricting, and most Malian places have no admin2 code), else
    /// from its admin codes.
    /// A region is in no admin2 area, a country in no admin area.
    pub fn admin_of(&self, idx: u32) -> (Option<&str>, Option<&str>) {
        let p = self.place(idx);
        let c1 = self.admin1_name(p.country, p.admin1_code);
        let c2 = self.admin2_name(p.country, p.admin1_code, p.admin2_code);
        if p.class == 'A' && (p.code.starts_with("PCL") || p.code == "TERR") {
            return (None, None);
        }
        if p.class == 'A' && p.code.starts_with("ADM1") {
            return (
                c1.or_else(|| self.admin_at_place(idx, p.lat, p.lon).and_then(|a| a.0)),
                None,
            );
        }
        match self.admin_at_place(idx, p.lat, p.lon) {
            Some((Some(a1), a2)) => (Some(a1), a2.or(c2.filter(|_| c1 == Some(a1)))),
            Some((None, a2)) => (c1, a2.or(c2)),
            None => (c1, c2),
        }
    }
}

/// A country code as an integer whose order is the code's byte order: its bytes, big
/// endian, zero-padded (codes have no NUL byte). `None` for a code that does not fit.
fn pack_code(code: &str) -> Option<u64> {
    let b = code.as_bytes();
    if b.len() > 8 || b.contains(&0) {
        return None;
    }
    let mut k = [0u8; 8];
    k[..b.len()].copy_from_slice(b);
    Some(u64::from_be_bytes(k))
}

fn decode_polygons(b: &[u8]) -> Option<Vec<AdminPolygon>> {
    if b.is_empty() {
        return Some(Vec::new());
    }
    let mut c = format::Cursor { b, i: 0 };
    let n = c.u32()? as usize;
    let mut out = Vec::with_capacity(n.min(1 << 16));
    for _ in 0..n {
        let level = c.u8()?;
        let code = c.take(3)?;
        let country = [code[0], code[1]];
        let name = c.r#ref()?;
        let parent = c.r#ref()?;
        let nparts = c.u32()? as usize;
        let mut parts = Vec::with_capacity(nparts.min(1 << 16));
        for _ in 0..nparts {
            let nrings = c.u32()? as usize;
            let mut rings = Vec::with_capacity(nrings.min(1 << 16));
            for _ in 0..nrings {
                let npts = c.u32()? as usize;
                if npts.checked_mul(16)? > c.b.len() - c.i {
                    return None;
                }
                let mut ring = Vec::with_capacity(npts);
                for _ in 0..npts {
                    ring.push([c.f64()?, c.f64()?]);
                }
                rings.push(ring);
            }
            parts.push(rings);
        }
        let bbox = geo::bbox(&parts.iter().flatten().collect::<Vec<_>>());
        out.push(AdminPolygon {
            level,
            name,
            parent,
            country,
            parts,
            bbox,
        });
    }
    (c.i == b.len()).then_some(out)
}

/// Where `sitrep gazetteer import` writes the index and where sitrep looks for it:
/// `$SITREP_GAZETTEER` when set (empty means "none": use the embedded default), else
/// `$XDG_DATA_HOME/sitrep/gazetteer.idx`, else `~/.local/share/sitrep/gazetteer.idx`.
pub fn default_index_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("SITREP_GAZETTEER") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".local").join("share"))
        })?;
    Some(base.join("sitrep").join("gazetteer.idx"))
}

/// The index into `countries` of the country named `name`: a binary search of
/// `by_name` (indices sorted by name). [`Gazetteer::country_code`] keeps its answer for
/// each name, so that namesakes, if any, resolve as they always have.
fn country_by_name<'s>(
    by_name: &[u32],
    countries: &[(Ref, Ref)],
    name_of: impl Fn(&(Ref, Ref)) -> &'s str,
    name: &str,
) -> Option<u32> {
    let i = by_name
        .binary_search_by(|&k| name_of(&countries[k as usize]).cmp(name))
        .ok()?;
    Some(by_name[i])
}

/// Do two names of one length differ only in one letter, "i" in one and "y" in the
/// other? French and English transcriptions of one Malian name do ("Diabaly" and
/// "Diabali").
fn i_for_y(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut diff = a.iter().zip(b).filter(|(x, y)| x != y);
    matches!(
        (diff.next(), diff.next()),
        (Some((b'i', b'y') | (b'y', b'i')), None)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every country's code, through its name and back, names that country again: the
    /// hash slots find what the sorted names hold.
    #[test]
    fn country_code_is_the_inverse_of_country_name() {
        let g = Gazetteer::embedded();
        for (code, _) in &g.countries {
            let code = g.str(*code);
            let name = g.country_name(code).unwrap();
            let back = g.country_code(name).unwrap();
            // Two codes may share a name; the first of them answers.
            assert_eq!(g.country_name(back), Some(name), "{code}");
        }
        assert_eq!(g.country_code("Mali"), Some("ML"));
        assert_eq!(g.country_code("Kidal"), None);
        assert_eq!(g.country_code(""), None);
        // Pairs of one hash come back in the order given.
        let slots = CountrySlots::new(&[(5, 2), (5, 7), (9, 1)]);
        assert_eq!(slots.with_hash(5).collect::<Vec<_>>(), [2, 7]);
        assert_eq!(slots.with_hash(4).count(), 0);
        assert_eq!(CountrySlots::new(&[]).with_hash(5).count(), 0);
    }

    /// The image built into the binary is what the library makes of `data/gazetteer/`
    /// now, and decoding it gives the same tables as building from the files.
    #[test]
    fn embedded_image_is_the_files() {
        let image = embedded::image().unwrap();
        assert!(image == EMBEDDED_IMAGE, "build.rs wrote a different image");
        let (s, table) = embedded::from_image(EMBEDDED_IMAGE).unwrap();
        let mut again = Vec::new();
        table.encode(&mut again);
        assert!(EMBEDDED_IMAGE.ends_with(&again));
        let (built, names) = embedded::build_parts().unwrap();
        assert_eq!(s.strings, built.strings);
        assert_eq!(s.places, built.places);
        assert_eq!(s.postings, built.postings);
        let fresh = Gazetteer::from_sections(
            built,
            Origin::Embedded,
            Some(NameIndex::from_table(name_index::NameTable::from_sorted(
                names,
            ))),
        )
        .unwrap();
        let g = Gazetteer::embedded();
        assert_eq!(g.len(), fresh.len());
        assert_eq!(g.name_count(), fresh.name_count());
        let mut n = 0;
        fresh.for_each_name(|name, places| {
            assert_eq!(g.lookup(name), places, "{name}");
            let prefix = name.rsplit_once(' ').map_or(name, |(p, _)| p);
            assert_eq!(g.is_prefix(prefix), fresh.is_prefix(prefix), "{prefix}");
            n += 1;
        });
        assert!(n > 10_000);
        assert_eq!(g.lookup_fuzzy("tombouctu"), fresh.lookup_fuzzy("tombouctu"));
        assert!(embedded::from_image(&EMBEDDED_IMAGE[..EMBEDDED_IMAGE.len() - 1]).is_none());
    }
}
