//! A text under construction together with its map back to the string it is built from.
//!
//! Every rewrite in ingest (decoding, entity decoding, HTML extraction, mojibake repair,
//! NFC) goes through [`Out`], so keeping the offset map right is one discipline in one
//! place: copies record where they came from, replacements record both ends.

use sitrep_core::OffsetMap;

pub(crate) struct Out {
    pub text: String,
    pub map: OffsetMap,
    /// Source offset just after the last thing appended.
    src_end: usize,
}

impl Out {
    pub fn with_capacity(n: usize) -> Out {
        Out {
            text: String::with_capacity(n),
            // Room for the checkpoints of a few dozen rewrites (escapes, entities): a map
            // grown from empty was reallocated four or five times for most documents.
            map: OffsetMap::with_capacity(32),
            src_end: 0,
        }
    }

    /// Appends `s`, a verbatim copy of the source starting at `src`.
    #[inline]
    pub fn copy(&mut self, s: &str, src: usize) {
        if s.is_empty() {
            return;
        }
        self.map.push(self.text.len(), src);
        self.text.push_str(s);
        self.src_end = src + s.len();
    }

    /// Appends `s` in place of the source bytes `src..src_end`.
    #[inline]
    pub fn replace(&mut self, s: &str, src: usize, src_end: usize) {
        if s.is_empty() {
            return;
        }
        self.map.push(self.text.len(), src);
        self.text.push_str(s);
        self.map.push(self.text.len(), src_end);
        self.src_end = src_end;
    }

    /// Appends one char in place of `src..src_end`.
    #[inline]
    pub fn replace_char(&mut self, c: char, src: usize, src_end: usize) {
        let mut buf = [0u8; 4];
        self.replace(c.encode_utf8(&mut buf), src, src_end);
    }

    /// Closes the map: the end of the text corresponds to the end of the last thing
    /// appended (not to trailing source that was dropped, so a span reaching the end of
    /// the text does not swallow a dropped footer).
    pub fn finish(mut self) -> (String, OffsetMap) {
        self.map.push(self.text.len(), self.src_end);
        (self.text, self.map)
    }
}

/// True when a map sends every offset to itself.
pub(crate) fn is_identity(m: &OffsetMap) -> bool {
    m.points().iter().all(|&(n, r)| n == r)
}

/// `outer` maps mid → raw, `inner` maps norm → mid; skips the work when either is identity.
pub(crate) fn compose(outer: &OffsetMap, inner: &OffsetMap) -> OffsetMap {
    if is_identity(outer) {
        return inner.clone();
    }
    if is_identity(inner) {
        return outer.clone();
    }
    outer.compose(inner)
}

/// `compose(outer, &shift_map(delta))`: the map of a text whose first `delta` bytes
/// are cut (a trim), by [`OffsetMap::compose_shifted`] rather than the general merge.
pub(crate) fn compose_shift(outer: &OffsetMap, delta: usize) -> OffsetMap {
    if is_identity(outer) {
        return shift_map(delta);
    }
    if delta == 0 {
        return outer.clone();
    }
    outer.compose_shifted(delta)
}

/// The map of a text that is its source shifted by `delta` bytes.
pub(crate) fn shift_map(delta: usize) -> OffsetMap {
    OffsetMap::identity().shifted(delta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compose_shift_is_compose_with_shift_map() {
        let mut m = OffsetMap::with_capacity(4);
        m.push(0, 3);
        m.push(4, 9);
        for outer in [OffsetMap::identity(), shift_map(2), m] {
            for d in 0..8 {
                assert_eq!(compose_shift(&outer, d), compose(&outer, &shift_map(d)));
            }
        }
    }
}
