//! The map from folded names to posting runs. An imported index keeps it as an FST
//! (compact, built once at import, read as is); the small embedded default, built at
//! every start, keeps a sorted array instead, which is several times cheaper to build for
//! twenty thousand names and as fast to query.

/// A posting run: (start << 32) | length.
pub type Run = u64;

pub enum NameIndex {
    Fst(fst::Map<Vec<u8>>),
    Sorted(SortedNames),
}

/// Distinct folded names in byte order, back to back in `blob`.
#[derive(Default)]
pub struct SortedNames {
    pub blob: String,
    /// (offset, length, run) per name.
    pub keys: Vec<(u32, u32, Run)>,
}

impl SortedNames {
    fn key(&self, i: usize) -> &str {
        let (o, l, _) = self.keys[i];
        &self.blob[o as usize..(o + l) as usize]
    }
}

impl NameIndex {
    pub fn len(&self) -> usize {
        match self {
            NameIndex::Fst(m) => m.len(),
            NameIndex::Sorted(s) => s.keys.len(),
        }
    }

    pub fn get(&self, key: &str) -> Option<Run> {
        match self {
            NameIndex::Fst(m) => m.get(key),
            NameIndex::Sorted(s) => s
                .keys
                .binary_search_by(|&(o, l, _)| s.blob[o as usize..(o + l) as usize].cmp(key))
                .ok()
                .map(|i| s.keys[i].2),
        }
    }

    /// Does some name start with `prefix` followed by a space?
    pub fn is_prefix(&self, prefix: &str) -> bool {
        match self {
            NameIndex::Fst(m) => {
                // In a minimal acyclic automaton every state reaches a final one: a
                // path for the prefix and the space is a name that starts with them.
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
            NameIndex::Sorted(s) => {
                // Names that start with the prefix are contiguous; the prefix itself
                // sorts first, then the prefix + space (no folded name has a byte
                // below the space).
                let mut i = s
                    .keys
                    .partition_point(|&(o, l, _)| &s.blob[o as usize..(o + l) as usize] < prefix);
                if i < s.keys.len() && s.key(i) == prefix {
                    i += 1;
                }
                i < s.keys.len()
                    && s.key(i).len() > prefix.len()
                    && s.key(i).starts_with(prefix)
                    && s.key(i).as_bytes()[prefix.len()] == b' '
            }
        }
    }

    /// Names within `max_edits` (Levenshtein, on bytes of the folded form) of `key`.
    pub fn fuzzy(&self, key: &str, max_edits: u32, mut f: impl FnMut(&str, Run)) {
        match self {
            NameIndex::Fst(m) => {
                use fst::automaton::{Automaton, Str};
                use fst::{IntoStreamer, Streamer};
                // Spelling variants keep the first four letters: stream that branch of
                // the FST and measure each name (building a Levenshtein automaton per
                // query costs more than the whole branch).
                let cut = key
                    .char_indices()
                    .nth(4)
                    .map(|(i, _)| i)
                    .unwrap_or(key.len());
                let prefix = Str::new(&key[..cut]).starts_with();
                let n = key.len();
                let mut st = m.search(prefix).into_stream();
                while let Some((k, v)) = st.next() {
                    if k.len() + (max_edits as usize) < n || n + (max_edits as usize) < k.len() {
                        continue;
                    }
                    if edit_distance(k, key.as_bytes(), max_edits) > max_edits {
                        continue;
                    }
                    if let Ok(k) = std::str::from_utf8(k) {
                        f(k, v);
                    }
                }
            }
            NameIndex::Sorted(s) => {
                let n = key.len();
                let cut = key
                    .char_indices()
                    .nth(4)
                    .map(|(i, _)| i)
                    .unwrap_or(key.len());
                let prefix = &key[..cut];
                let from = s
                    .keys
                    .partition_point(|&(o, l, _)| &s.blob[o as usize..(o + l) as usize] < prefix);
                for i in from..s.keys.len() {
                    let (_, l, run) = s.keys[i];
                    let l = l as usize;
                    let k = s.key(i);
                    if !k.starts_with(prefix) {
                        break;
                    }
                    if l + (max_edits as usize) < n || n + (max_edits as usize) < l {
                        continue;
                    }
                    if edit_distance(k.as_bytes(), key.as_bytes(), max_edits) <= max_edits {
                        f(k, run);
                    }
                }
            }
        }
    }

    pub fn for_each(&self, mut f: impl FnMut(&str, Run)) {
        match self {
            NameIndex::Fst(m) => {
                use fst::Streamer;
                let mut st = m.stream();
                while let Some((k, v)) = st.next() {
                    if let Ok(k) = std::str::from_utf8(k) {
                        f(k, v);
                    }
                }
            }
            NameIndex::Sorted(s) => {
                for i in 0..s.keys.len() {
                    f(s.key(i), s.keys[i].2);
                }
            }
        }
    }
}

/// Levenshtein distance, giving up (returning `limit + 1`) once it exceeds `limit`.
pub fn edit_distance(a: &[u8], b: &[u8], limit: u32) -> u32 {
    let mut prev: Vec<u32> = (0..=b.len() as u32).collect();
    let mut cur = vec![0u32; b.len() + 1];
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

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance(b"asongo", b"ansongo", 2), 1);
        assert_eq!(edit_distance(b"tabakort", b"tabankort", 2), 1);
        assert_eq!(edit_distance(b"kidal", b"gao", 1), 2);
    }

    /// The sorted array answers exactly as the FST does.
    #[test]
    fn sorted_and_fst_agree() {
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
            "a",
            "ab",
            "ab c",
        ];
        names.sort();
        let mut b = fst::MapBuilder::memory();
        let mut s = SortedNames::default();
        for (i, n) in names.iter().enumerate() {
            b.insert(n, i as u64).unwrap();
            s.keys.push((s.blob.len() as u32, n.len() as u32, i as u64));
            s.blob.push_str(n);
        }
        let f = NameIndex::Fst(fst::Map::new(b.into_inner().unwrap()).unwrap());
        let s = NameIndex::Sorted(s);
        let mut queries: Vec<String> = vec![String::new(), "zz".into(), "tin es".into()];
        for n in &names {
            for end in 0..=n.len() {
                queries.push(n[..end].to_string());
            }
        }
        for q in &queries {
            assert_eq!(f.get(q), s.get(q), "get {q:?}");
            assert_eq!(f.is_prefix(q), s.is_prefix(q), "is_prefix {q:?}");
        }
        assert!(s.is_prefix("tin") && s.is_prefix("tin essako") && !s.is_prefix("tin essako oued"));
        assert!(s.is_prefix("ti") && !s.is_prefix("tin es"));
        let (mut a, mut b) = (Vec::new(), Vec::new());
        f.for_each(|k, v| a.push((k.to_string(), v)));
        s.for_each(|k, v| b.push((k.to_string(), v)));
        assert_eq!(a, b);
        assert_eq!(f.len(), s.len());
    }
}
