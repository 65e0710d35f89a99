//! The map from folded names to posting runs. An imported index keeps it as an FST
//! (compact, built once at import, read as is); the small embedded default has no FST:
//! its names are sorted and hashed into a [`NameTable`] at compile time (`build.rs`),
//! which a process decodes from bytes ([`NameTable::decode`]).
//!
//! Queries go to a [`NameTable`] (hash tables over the names) once it exists: the place
//! stage asks a lookup or two per capitalized word, where an FST walk decodes a node per
//! byte of a fifteen-megabyte automaton (a cache miss each) and a binary search makes
//! twenty string comparisons. The embedded default has its table from the start. An imported
//! index builds it on a background thread when a caller says many queries will come
//! ([`NameIndex::prepare`]: ~0.2 s of one core and ~45 MB for a million names), else
//! after its first [`BUILD_AFTER`] queries; until then the FST answers, the same.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};

/// A posting run: (start << 32) | length.
pub type Run = u64;

/// Queries an imported index answers from its FST before it builds its [`NameTable`]
/// (unless [`NameIndex::prepare`] started that on a background thread).
pub const BUILD_AFTER: u32 = 64;

type Fst = fst::Map<Vec<u8>>;

pub struct NameIndex {
    fst: Option<Arc<Fst>>,
    /// `None` inside: the names do not fit a table; the FST answers.
    table: Arc<OnceLock<Option<NameTable>>>,
    queries: AtomicU32,
    /// A background thread is building the table.
    building: AtomicBool,
}

/// Distinct folded names in byte order, back to back in `blob`.
#[derive(Default)]
pub struct SortedNames {
    pub blob: String,
    /// (offset, length, run) per name.
    pub keys: Vec<(u32, u32, Run)>,
}

impl NameIndex {
    pub fn from_fst(m: Fst) -> NameIndex {
        NameIndex {
            fst: Some(Arc::new(m)),
            table: Arc::new(OnceLock::new()),
            queries: AtomicU32::new(0),
            building: AtomicBool::new(false),
        }
    }

    #[cfg(test)]
    pub fn from_sorted(s: SortedNames) -> NameIndex {
        NameIndex::from_table(NameTable::from_sorted(s))
    }

    /// An index that is its table (`None`: the names did not fit one; nothing is found).
    pub fn from_table(t: Option<NameTable>) -> NameIndex {
        let table = OnceLock::new();
        let _ = table.set(t);
        NameIndex {
            fst: None,
            table: Arc::new(table),
            queries: AtomicU32::new(0),
            building: AtomicBool::new(false),
        }
    }

    /// Starts building the table on a background thread, unless it exists or is being
    /// built.
    pub fn prepare(&self) {
        let Some(fst) = &self.fst else {
            return;
        };
        if self.table.get().is_some() || self.building.swap(true, Ordering::Relaxed) {
            return;
        }
        let (fst, table) = (fst.clone(), self.table.clone());
        let spawned = std::thread::Builder::new()
            .name("sitrep-gazetteer-names".into())
            .spawn(move || {
                table.get_or_init(|| NameTable::from_fst(&fst));
            });
        if spawned.is_err() {
            self.building.store(false, Ordering::Relaxed);
        }
    }

    /// The hash tables, when built (built here after enough queries, unless a
    /// background thread is on it).
    #[inline]
    fn table(&self) -> Option<&NameTable> {
        if let Some(t) = self.table.get() {
            return t.as_ref();
        }
        let fst = self.fst.as_ref()?;
        if self.building.load(Ordering::Relaxed)
            || self.queries.fetch_add(1, Ordering::Relaxed) < BUILD_AFTER
        {
            return None;
        }
        self.table.get_or_init(|| NameTable::from_fst(fst)).as_ref()
    }

    pub fn len(&self) -> usize {
        match (self.table.get().and_then(Option::as_ref), &self.fst) {
            (Some(t), _) => t.len(),
            (None, Some(m)) => m.len(),
            (None, None) => 0,
        }
    }

    pub fn get(&self, key: &str) -> Option<Run> {
        match (self.table(), &self.fst) {
            (Some(t), _) => t.get(key.as_bytes()),
            (None, Some(m)) => m.get(key),
            (None, None) => None,
        }
    }

    /// [`NameIndex::get`] and [`NameIndex::is_prefix`] of one key: the place stage asks
    /// both of every capitalized word, and the table answers them with one hash and one
    /// filter block.
    pub fn get_and_prefix(&self, key: &str) -> (Option<Run>, bool) {
        match (self.table(), &self.fst) {
            (Some(t), _) => t.get_and_prefix(key.as_bytes()),
            (None, Some(m)) => (m.get(key), fst_is_prefix(m, key)),
            (None, None) => (None, false),
        }
    }

    /// Does some name start with `prefix` followed by a space?
    pub fn is_prefix(&self, prefix: &str) -> bool {
        match (self.table(), &self.fst) {
            (Some(t), _) => t.is_prefix(prefix.as_bytes()),
            (None, Some(m)) => fst_is_prefix(m, prefix),
            (None, None) => false,
        }
    }

    /// Names within `max_edits` (Levenshtein, on bytes of the folded form) of `key` that
    /// share its first four characters (spelling variants keep them), in byte order.
    pub fn fuzzy(&self, key: &str, max_edits: u32, f: impl FnMut(&str, Run)) {
        match (self.table(), &self.fst) {
            (Some(t), _) => t.fuzzy(key, max_edits, f),
            (None, Some(m)) => fst_fuzzy(m, key, max_edits, f),
            (None, None) => {}
        }
    }

    pub fn for_each(&self, mut f: impl FnMut(&str, Run)) {
        match (self.table.get().and_then(Option::as_ref), &self.fst) {
            (Some(t), _) => {
                for i in 0..t.len() {
                    if let (Ok(k), Some(run)) = (std::str::from_utf8(t.key(i)), t.get(t.key(i))) {
                        f(k, run);
                    }
                }
            }
            (None, Some(m)) => {
                use fst::Streamer;
                let mut st = m.stream();
                while let Some((k, v)) = st.next() {
                    if let Ok(k) = std::str::from_utf8(k) {
                        f(k, v);
                    }
                }
            }
            (None, None) => {}
        }
    }
}

fn fst_is_prefix(m: &Fst, prefix: &str) -> bool {
    // In a minimal acyclic automaton every state reaches a final one: a path for the
    // prefix and the space is a name that starts with them.
    let fst = m.as_fst();
    let mut node = fst.root();
    for &b in prefix.as_bytes().iter().chain(std::iter::once(&b' ')) {
        match node.find_input(b) {
            Some(i) => node = fst.node(node.transition(i).addr),
            None => return false,
        }
    }
    true
}

/// The first four characters of `key`: the branch a near-spelling search scans.
fn fuzzy_prefix(key: &str) -> &str {
    let cut = key
        .char_indices()
        .nth(4)
        .map(|(i, _)| i)
        .unwrap_or(key.len());
    &key[..cut]
}

/// Is a name of `l` bytes too long or too short to be within `max_edits` of `n` bytes?
fn too_far(l: usize, n: usize, max_edits: u32) -> bool {
    l + (max_edits as usize) < n || n + (max_edits as usize) < l
}

fn fst_fuzzy(m: &Fst, key: &str, max_edits: u32, mut f: impl FnMut(&str, Run)) {
    use fst::automaton::{Automaton, Str};
    use fst::{IntoStreamer, Streamer};
    // Stream that branch of the FST and measure each name (building a Levenshtein
    // automaton per query costs more than the whole branch).
    let prefix = Str::new(fuzzy_prefix(key)).starts_with();
    let mut st = m.search(prefix).into_stream();
    while let Some((k, v)) = st.next() {
        if too_far(k.len(), key.len(), max_edits)
            || edit_distance(k, key.as_bytes(), max_edits) > max_edits
        {
            continue;
        }
        if let Ok(k) = std::str::from_utf8(k) {
            f(k, v);
        }
    }
}

/// The names in byte order (near-spelling searches scan a prefix's range) and two
/// open-addressing hash tables over them: whole names, and the prefixes of names that a
/// space follows ("tin" and "tin essako" of "tin essako oued"). A lookup costs a hash and
/// mostly one comparison.
pub struct NameTable {
    blob: Vec<u8>,
    /// Name `i` is `blob[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
    /// Per slot: the name and its run, so that a lookup reads one slot and the name's
    /// bytes (two cache misses on a million names).
    names: Vec<NameSlot>,
    /// Per slot: the prefix, as the start of a name that has it in `blob` and its length
    /// + 1 (0 marks an empty slot), and a hash tag.
    prefixes: Vec<(u32, u32, u32)>,
    names_shift: u32,
    prefixes_shift: u32,
    /// A Bloom filter over the names' and the prefixes' hashes: most capitalized words
    /// of a text are no place name, and a filter of a byte per entry answers them from
    /// the CPU caches, where the slots (16 bytes a slot) are a cache miss.
    bloom: Bloom,
}

/// A blocked Bloom filter over hashes, for two sets (names and prefixes): a hash picks
/// one 64-byte block, and its bits for either set lie in that block. A word is asked
/// both questions ("a name?", "the start of a longer name?"); one cache line answers
/// both, where two plain filters cost up to four misses on a million names.
struct Bloom {
    blocks: Vec<[u64; 8]>,
    mask: usize,
}

/// Which set a hash is asked about: its bits in the block differ.
#[derive(Clone, Copy)]
enum Set {
    Names = 0,
    Prefixes = 1,
}

impl Bloom {
    /// About a byte per entry: two bits each, some 5% false positives.
    fn new(entries: usize) -> Bloom {
        let n = ((entries * 8).next_power_of_two() / 512).max(1);
        Bloom {
            blocks: vec![[0; 8]; n],
            mask: n - 1,
        }
    }

    fn insert(&mut self, h: u64, set: Set) {
        let (blk, x, y) = self.bits_of(h, set);
        let block = &mut self.blocks[blk];
        block[x / 64] |= 1 << (x % 64);
        block[y / 64] |= 1 << (y % 64);
    }

    /// The block (from the hash's low bits: the slot is its top bits) and two bit
    /// positions in it (from a second mix of the hash, per set).
    #[inline]
    fn bits_of(&self, h: u64, set: Set) -> (usize, usize, usize) {
        let m = h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (18 * set as u32);
        (
            (h as usize >> 16) & self.mask,
            (m >> 46) as usize & 511,
            (m >> 37) as usize & 511,
        )
    }

    /// False: no entry of `set` has this hash.
    #[inline]
    fn may_contain(&self, h: u64, set: Set) -> bool {
        let (blk, x, y) = self.bits_of(h, set);
        let block = &self.blocks[blk];
        block[x / 64] & (1 << (x % 64)) != 0 && block[y / 64] & (1 << (y % 64)) != 0
    }
}

#[derive(Clone, Copy, PartialEq, Default)]
struct NameSlot {
    /// Offset of the name in the blob.
    start: u32,
    /// Its length; 0 marks an empty slot (the empty name, if indexed, gets length 0 and
    /// `EMPTY_NAME` as its tag).
    len: u16,
    /// More bits of the hash, to skip most comparisons with other names.
    tag: u16,
    run: Run,
}

/// The tag of the empty name (the only name whose slot has length 0).
const EMPTY_NAME: u16 = u16::MAX;

#[inline]
fn tag(h: u64, len: usize) -> u16 {
    if len == 0 { EMPTY_NAME } else { h as u16 }
}

/// FxHash over 8-byte words, then a finalizer so that the top bits (the slot) and the
/// low bits (the tag) are both well mixed.
#[inline]
pub(crate) fn hash(b: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut v = 0u64;
        for (k, &x) in rest.iter().enumerate() {
            v |= (x as u64) << (8 * k);
        }
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// Open-addressing slots with linear probing for `entries` (hash, slot content), filled
/// in the order of their home slots: the table is written front to back instead of at
/// random (a cache miss per entry on a million names). Probing stays correct: each entry
/// lands at the first free slot from its home, as if inserted one by one in that order.
/// Returns the slots (`empty` where free) and the shift that maps a hash to its home.
fn place<T: Copy + PartialEq>(mut entries: Vec<(u64, T)>, empty: T) -> (Vec<T>, u32) {
    let bits = (entries.len() * 2)
        .next_power_of_two()
        .max(16)
        .trailing_zeros();
    let size = 1usize << bits;
    let shift = 64 - bits;
    radix_sort_top(&mut entries, bits);
    let mut slots = vec![empty; size];
    let mut next = 0usize;
    let mut overflow = Vec::new();
    for &(h, item) in &entries {
        let at = ((h >> shift) as usize).max(next);
        if at >= size {
            overflow.push(item);
            continue;
        }
        slots[at] = item;
        next = at + 1;
    }
    // Entries pushed past the end wrap around to the first free slots.
    let mut at = 0;
    for item in overflow {
        while slots[at] != empty {
            at += 1;
        }
        slots[at] = item;
    }
    (slots, shift)
}

/// Sorts by the top `bits` bits of the hash, least significant digit first, 11 bits a
/// pass.
fn radix_sort_top<T: Copy>(v: &mut Vec<(u64, T)>, bits: u32) {
    const DIGIT: u32 = 11;
    let mut tmp = v.clone();
    let mut low = 64 - bits;
    while low < 64 {
        let width = DIGIT.min(64 - low);
        let mask = (1u64 << width) - 1;
        let digit = |h: u64| ((h >> low) & mask) as usize;
        let mut counts = vec![0usize; 1 << width];
        for &(h, _) in v.iter() {
            counts[digit(h)] += 1;
        }
        let mut sum = 0;
        for c in counts.iter_mut() {
            let n = *c;
            *c = sum;
            sum += n;
        }
        for &e in v.iter() {
            let d = digit(e.0);
            tmp[counts[d]] = e;
            counts[d] += 1;
        }
        std::mem::swap(v, &mut tmp);
        low += width;
    }
}

impl NameTable {
    fn from_fst(m: &Fst) -> Option<NameTable> {
        // A depth-first walk of the automaton: every name in byte order, with its output
        // (a stream does the same with more bookkeeping).
        let fst = m.as_fst();
        let n = m.len();
        let mut blob = Vec::with_capacity(n * 12);
        let mut starts = Vec::with_capacity(n + 1);
        let mut runs = Vec::with_capacity(n);
        let mut key: Vec<u8> = Vec::new();
        let root = fst.root();
        if root.is_final() {
            starts.push(0);
            runs.push(root.final_output().value());
        }
        // (node, next transition, output up to the node)
        let mut stack = vec![(root, 0usize, 0u64)];
        while let Some((node, t, out)) = stack.last_mut() {
            if *t == node.len() {
                stack.pop();
                key.pop();
                continue;
            }
            let tr = node.transition(*t);
            *t += 1;
            let out = *out + tr.out.value();
            key.push(tr.inp);
            let next = fst.node(tr.addr);
            if next.is_final() {
                starts.push(blob.len() as u32);
                blob.extend_from_slice(&key);
                runs.push(out + next.final_output().value());
            }
            stack.push((next, 0, out));
        }
        starts.push(blob.len() as u32);
        NameTable::index(blob, starts, runs)
    }

    #[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests use it
    pub(crate) fn from_sorted(s: SortedNames) -> Option<NameTable> {
        // Names are back to back in `blob`, in order.
        let mut starts: Vec<u32> = s.keys.iter().map(|&(o, _, _)| o).collect();
        starts.push(s.blob.len() as u32);
        let runs = s.keys.iter().map(|&(_, _, r)| r).collect();
        NameTable::index(s.blob.into_bytes(), starts, runs)
    }

    fn index(blob: Vec<u8>, starts: Vec<u32>, runs: Vec<Run>) -> Option<NameTable> {
        let mut t = NameTable {
            blob,
            starts,
            names: Vec::new(),
            prefixes: Vec::new(),
            names_shift: 64,
            prefixes_shift: 64,
            bloom: Bloom::new(0),
        };
        let n = t.len();
        // Each prefix once: the names that start with "tin " are neighbours in byte
        // order, so a name adds the prefixes it does not share with the name before it.
        let new_prefixes = |i: usize| {
            let k = t.key(i);
            let shared = match i {
                0 => 0,
                _ => {
                    let prev = t.key(i - 1);
                    prev.iter().zip(k).take_while(|(a, b)| a == b).count()
                }
            };
            k.iter()
                .enumerate()
                .skip(shared)
                .filter(|(_, b)| **b == b' ')
                .map(|(p, _)| p)
        };
        let prefix_count: usize = (0..n).map(|i| new_prefixes(i).count()).sum();
        let mut bloom = Bloom::new(n + prefix_count);
        let mut names: Vec<(u64, NameSlot)> = Vec::with_capacity(n);
        for (i, &run) in runs.iter().enumerate() {
            let k = t.key(i);
            // Slots hold 16-bit lengths: no place name comes near, but an index that has
            // one keeps its FST.
            let len = u16::try_from(k.len()).ok().filter(|&l| l < u16::MAX)?;
            let h = hash(k);
            bloom.insert(h, Set::Names);
            names.push((
                h,
                NameSlot {
                    start: t.starts[i],
                    len,
                    tag: tag(h, k.len()),
                    run,
                },
            ));
        }
        drop(runs);
        let (slots, shift) = place(names, NameSlot::default());
        let mut prefixes: Vec<(u64, (u32, u32, u32))> = Vec::with_capacity(prefix_count);
        for i in 0..n {
            for p in new_prefixes(i) {
                let h = hash(&t.key(i)[..p]);
                bloom.insert(h, Set::Prefixes);
                prefixes.push((h, (t.starts[i], p as u32 + 1, h as u32)));
            }
        }
        (t.names, t.names_shift) = (slots, shift);
        (t.prefixes, t.prefixes_shift) = place(prefixes, (0, 0, 0));
        t.bloom = bloom;
        Some(t)
    }

    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The table's arrays as little-endian bytes, as built: `build.rs` writes the
    /// embedded default's table so that a process reads it instead of hashing twenty
    /// thousand names at start-up ([`NameTable::decode`] reads it back).
    #[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests use it
    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        use crate::format::{put_section, put_u32};
        put_u32(out, self.names_shift);
        put_u32(out, self.prefixes_shift);
        put_section(out, &self.blob);
        let mut v = Vec::with_capacity(self.names.len() * 16);
        self.starts.iter().for_each(|s| put_u32(&mut v, *s));
        put_section(out, &v);
        v.clear();
        for s in &self.names {
            put_u32(&mut v, s.start);
            v.extend_from_slice(&s.len.to_le_bytes());
            v.extend_from_slice(&s.tag.to_le_bytes());
            v.extend_from_slice(&s.run.to_le_bytes());
        }
        put_section(out, &v);
        v.clear();
        for &(a, b, c) in &self.prefixes {
            [a, b, c].into_iter().for_each(|x| put_u32(&mut v, x));
        }
        put_section(out, &v);
        v.clear();
        for x in self.bloom.blocks.iter().flatten() {
            v.extend_from_slice(&x.to_le_bytes());
        }
        put_section(out, &v);
    }

    /// A table from [`NameTable::encode`]'s bytes (advanced past them); `None` when they
    /// are cut or inconsistent.
    pub(crate) fn decode(b: &mut &[u8]) -> Option<NameTable> {
        use crate::format::{take_section, u16_at, u32_at, u64_at};
        let names_shift = u32_at(b.get(..4)?, 0);
        let prefixes_shift = u32_at(b.get(4..8)?, 0);
        *b = &b[8..];
        let blob = take_section(b)?.to_vec();
        let u32s = |s: &[u8]| -> Vec<u32> {
            s.chunks_exact(4)
                .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
                .collect()
        };
        let starts = u32s(take_section(b)?);
        let names: Vec<NameSlot> = take_section(b)?
            .chunks_exact(16)
            .map(|c| NameSlot {
                start: u32_at(c, 0),
                len: u16_at(c, 4),
                tag: u16_at(c, 6),
                run: u64_at(c, 8),
            })
            .collect();
        let prefixes: Vec<(u32, u32, u32)> = u32s(take_section(b)?)
            .chunks_exact(3)
            .map(|c| (c[0], c[1], c[2]))
            .collect();
        let blocks: Vec<[u64; 8]> = take_section(b)?
            .chunks_exact(64)
            .map(|c| std::array::from_fn(|k| u64_at(c, 8 * k)))
            .collect();
        let fits = |slots: usize, shift: u32| {
            slots.is_power_of_two() && shift < 64 && slots == 1 << (64 - shift)
        };
        let ok = !starts.is_empty()
            && starts.is_sorted()
            && *starts.last()? as usize == blob.len()
            && fits(names.len(), names_shift)
            && fits(prefixes.len(), prefixes_shift)
            && blocks.len().is_power_of_two()
            && names
                .iter()
                .all(|s| s.start as usize + s.len as usize <= blob.len())
            && prefixes
                .iter()
                .all(|p| p.0 as usize + (p.1 as usize).saturating_sub(1) <= blob.len());
        ok.then(|| NameTable {
            blob,
            starts,
            names,
            prefixes,
            names_shift,
            prefixes_shift,
            bloom: Bloom {
                mask: blocks.len() - 1,
                blocks,
            },
        })
    }

    #[inline]
    fn key(&self, i: usize) -> &[u8] {
        &self.blob[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    fn get(&self, key: &[u8]) -> Option<Run> {
        self.get_hashed(key, hash(key))
    }

    /// [`NameTable::get`] and [`NameTable::is_prefix`] of one key, hashed once.
    fn get_and_prefix(&self, key: &[u8]) -> (Option<Run>, bool) {
        let h = hash(key);
        (self.get_hashed(key, h), self.is_prefix_hashed(key, h))
    }

    #[inline]
    fn get_hashed(&self, key: &[u8], h: u64) -> Option<Run> {
        if !self.bloom.may_contain(h, Set::Names) {
            return None;
        }
        let tag = tag(h, key.len());
        let mask = self.names.len() - 1;
        let mut s = (h >> self.names_shift) as usize;
        loop {
            let e = self.names[s];
            if e == NameSlot::default() {
                return None;
            }
            if e.tag == tag
                && e.len as usize == key.len()
                && self.blob[e.start as usize..e.start as usize + key.len()] == *key
            {
                return Some(e.run);
            }
            s = (s + 1) & mask;
        }
    }

    fn is_prefix(&self, prefix: &[u8]) -> bool {
        self.is_prefix_hashed(prefix, hash(prefix))
    }

    #[inline]
    fn is_prefix_hashed(&self, prefix: &[u8], h: u64) -> bool {
        if !self.bloom.may_contain(h, Set::Prefixes) {
            return false;
        }
        let mask = self.prefixes.len() - 1;
        let mut s = (h >> self.prefixes_shift) as usize;
        loop {
            let (start, len, tag) = self.prefixes[s];
            if len == 0 {
                return false;
            }
            if tag == h as u32
                && len as usize == prefix.len() + 1
                && self.blob[start as usize..start as usize + prefix.len()] == *prefix
            {
                return true;
            }
            s = (s + 1) & mask;
        }
    }

    fn fuzzy(&self, key: &str, max_edits: u32, mut f: impl FnMut(&str, Run)) {
        let prefix = fuzzy_prefix(key).as_bytes();
        for i in self.lower_bound(prefix)..self.len() {
            let k = self.key(i);
            if !k.starts_with(prefix) {
                break;
            }
            if too_far(k.len(), key.len(), max_edits)
                || edit_distance(k, key.as_bytes(), max_edits) > max_edits
            {
                continue;
            }
            if let (Ok(k), Some(run)) = (std::str::from_utf8(k), self.get(k)) {
                f(k, run);
            }
        }
    }

    /// The first name not before `prefix` in byte order.
    fn lower_bound(&self, prefix: &[u8]) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.key(mid) < prefix {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

/// Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`.
pub fn edit_distance(a: &[u8], b: &[u8], limit: u32) -> u32 {
    if limit == 1 {
        return within_one(a, b);
    }
    // Two rows on the stack for names of ordinary length: this runs for every name of a
    // near-spelling search's branch.
    const ROW: usize = 64;
    if b.len() < ROW {
        let mut prev = [0u32; ROW];
        let mut cur = [0u32; ROW];
        return edit_rows(a, b, limit, &mut prev[..=b.len()], &mut cur[..=b.len()]);
    }
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    edit_rows(a, b, limit, &mut prev, &mut cur)
}

/// [`edit_distance`] with a limit of 1, in one pass: two strings are one edit apart when
/// what they share at the start and at the end leaves one byte substituted, or one byte
/// more in the longer one. 0, 1, or 2 for "more".
fn within_one(a: &[u8], b: &[u8]) -> u32 {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return 2;
    }
    let p = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if p == short.len() {
        // Equal, or one byte added at the end.
        return (long.len() - short.len()) as u32;
    }
    let s = short[p..]
        .iter()
        .rev()
        .zip(long[p..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let edit_len = if short.len() == long.len() { 1 } else { 0 };
    if p + s + edit_len >= short.len() {
        1
    } else {
        2
    }
}

fn edit_rows<'a>(
    a: &[u8],
    b: &[u8],
    limit: u32,
    mut prev: &'a mut [u32],
    mut cur: &'a mut [u32],
) -> u32 {
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j as u32;
    }
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i as u32 + 1;
        let mut row_min = cur[0];
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + u32::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass check agrees with the dynamic programme.
    #[test]
    fn within_one_agrees() {
        let words = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "abc",
            "acb",
            "abd",
            "abcd",
            "abdc",
            "xabc",
            "abcx",
            "aabc",
            "abbc",
            "ansongo",
            "asongo",
            "ansongoo",
            "ansngo",
            "nasongo",
            "tabankort",
            "tabakort",
            "tabankrot",
            "kidal",
            "gao",
            "ségou",
            "segou",
            "sgou",
        ];
        for a in words {
            for b in words {
                let (a, b) = (a.as_bytes(), b.as_bytes());
                let mut prev = [0u32; 64];
                let mut cur = [0u32; 64];
                let dp = edit_rows(a, b, 1, &mut prev[..=b.len()], &mut cur[..=b.len()]).min(2);
                assert_eq!(within_one(a, b), dp, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance(b"asongo", b"ansongo", 2), 1);
        assert_eq!(edit_distance(b"tabakort", b"tabankort", 2), 1);
        assert_eq!(edit_distance(b"kidal", b"gao", 1), 2);
    }

    /// The hash tables, built from an FST or from a sorted array, answer exactly as the
    /// FST does.
    #[test]
    fn table_and_fst_agree() {
        let mut names = vec![
            "gao",
            "tin",
            "tin essako",
            "tin essako oued",
            "tinzaouaten",
            "ti n essako",
            "kidal",
            "kidal region",
            "anefis",
            "anefis i n darane",
            "anefiss",
            "anfis",
            "a",
            "ab",
            "ab c",
            "ab  d",
            "ab-c",
            "ab c d e",
            " lead",
            "segou",
            "ségou",
            "segouu",
        ];
        names.sort();
        let mut b = fst::MapBuilder::memory();
        let mut s = SortedNames::default();
        for (i, n) in names.iter().enumerate() {
            b.insert(n, i as u64).unwrap();
            s.keys.push((s.blob.len() as u32, n.len() as u32, i as u64));
            s.blob.push_str(n);
        }
        let m = fst::Map::new(b.into_inner().unwrap()).unwrap();
        let from_fst = NameTable::from_fst(&m);
        let idx = NameIndex::from_sorted(s);
        let from_fst = from_fst.unwrap();
        let from_sorted = idx.table.get().unwrap().as_ref().unwrap();
        let mut queries: Vec<String> = vec![String::new(), "zz".into(), "tin es".into()];
        for n in &names {
            for end in 0..=n.len() {
                if n.is_char_boundary(end) {
                    queries.push(n[..end].to_string());
                }
            }
            queries.push(format!("{n}x"));
            queries.push(format!("x{n}"));
        }
        for q in &queries {
            for t in [&from_fst, from_sorted] {
                assert_eq!(m.get(q), t.get(q.as_bytes()), "get {q:?}");
                assert_eq!(
                    fst_is_prefix(&m, q),
                    t.is_prefix(q.as_bytes()),
                    "is_prefix {q:?}"
                );
                assert_eq!(
                    (m.get(q), fst_is_prefix(&m, q)),
                    t.get_and_prefix(q.as_bytes()),
                    "get_and_prefix {q:?}"
                );
                let (mut a, mut b) = (Vec::new(), Vec::new());
                fst_fuzzy(&m, q, 1, |k, v| a.push((k.to_string(), v)));
                t.fuzzy(q, 1, |k, v| b.push((k.to_string(), v)));
                assert_eq!(a, b, "fuzzy {q:?}");
            }
        }
        assert!(idx.is_prefix("tin") && idx.is_prefix("tin essako"));
        assert!(
            !idx.is_prefix("tin essako oued") && idx.is_prefix("ti") && !idx.is_prefix("tin es")
        );
        assert!(idx.is_prefix("") && idx.is_prefix("ab ") && idx.is_prefix("ab c d"));
        let (mut a, mut b) = (Vec::new(), Vec::new());
        NameIndex::from_fst(m).for_each(|k, v| a.push((k.to_string(), v)));
        idx.for_each(|k, v| b.push((k.to_string(), v)));
        assert_eq!(a, b);
        assert_eq!(idx.len(), names.len());
    }

    /// An imported index switches from its FST to the table after a few queries, with the
    /// same answers.
    #[test]
    fn imported_index_builds_its_table() {
        let mut b = fst::MapBuilder::memory();
        for (i, n) in ["gao", "kidal", "kidal region"].iter().enumerate() {
            b.insert(n, i as u64).unwrap();
        }
        let idx = NameIndex::from_fst(fst::Map::new(b.into_inner().unwrap()).unwrap());
        for _ in 0..2 * BUILD_AFTER {
            assert_eq!(idx.get("kidal"), Some(1));
            assert!(idx.is_prefix("kidal") && !idx.is_prefix("gao"));
            assert_eq!(idx.get("tin"), None);
        }
        assert!(idx.table.get().is_some_and(Option::is_some));
        assert_eq!(idx.len(), 3);
    }
}
