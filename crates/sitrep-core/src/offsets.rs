//! Maps from normalized text offsets back to the raw input (DESIGN §2).
//!
//! Ingest rewrites text (decoding, mojibake repair, entity decoding, NFC, HTML
//! extraction) but an analyst must always be able to see a span in the original file.
//! Each rewrite is piecewise a copy, so a map is a sorted list of checkpoints where the
//! difference between the two offsets changes; between checkpoints offsets advance together.

use serde::{Deserialize, Serialize};

/// Piecewise-linear map from normalized byte offsets to raw byte offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap {
    /// `(normalized, raw)` checkpoints, strictly increasing in `normalized`.
    points: Vec<(u32, u32)>,
}

impl OffsetMap {
    /// The map of an unchanged text.
    pub fn identity() -> Self {
        OffsetMap {
            points: vec![(0, 0)],
        }
    }

    /// An empty map (as `default`) with room for `n` checkpoints before it grows.
    pub fn with_capacity(n: usize) -> Self {
        OffsetMap {
            points: Vec::with_capacity(n),
        }
    }

    /// Records that normalized offset `norm` comes from raw offset `raw`. Calls must come
    /// in increasing `norm` order; a point that the current run already implies is dropped.
    pub fn push(&mut self, norm: usize, raw: usize) {
        let (norm, raw) = (norm as u32, raw as u32);
        if let Some(&(n, r)) = self.points.last() {
            if norm < n {
                debug_assert!(false, "offset map points out of order: {norm} < {n}");
                return;
            }
            if norm == n {
                // A later statement about the same offset wins (the earlier one described
                // an empty stretch of output).
                self.points.pop();
                if let Some(&(n2, r2)) = self.points.last()
                    && r2 as i64 - n2 as i64 == raw as i64 - norm as i64
                    && raw >= r2
                {
                    return;
                }
                self.points.push((norm, raw));
                return;
            }
            if raw as i64 - norm as i64 == r as i64 - n as i64 {
                return;
            }
        }
        self.points.push((norm, raw));
    }

    /// The raw offset a normalized offset comes from.
    pub fn to_raw(&self, norm: usize) -> usize {
        let norm = norm as u32;
        let i = self.points.partition_point(|&(n, _)| n <= norm);
        if i == 0 {
            return norm as usize;
        }
        let (n, r) = self.points[i - 1];
        (r + (norm - n)) as usize
    }

    /// Maps a normalized span to the raw bytes it came from.
    pub fn raw_span(&self, span: crate::Span) -> (usize, usize) {
        let start = self.to_raw(span.start as usize);
        let end = self.to_raw(span.end as usize).max(start);
        (start, end)
    }

    /// `self` maps mid → raw, `inner` maps norm → mid: the result maps norm → raw.
    pub fn compose(&self, inner: &OffsetMap) -> OffsetMap {
        // Sized for every checkpoint of both maps, the most there usually are: grown a
        // push at a time, the vectors were copied over and over for a long document.
        let mut cuts: Vec<u32> = Vec::with_capacity(inner.points.len() + self.points.len());
        cuts.extend(inner.points.iter().map(|&(n, _)| n));
        // Preimages of this map's checkpoints under each linear piece of `inner`.
        for (i, &(n0, m0)) in inner.points.iter().enumerate() {
            let n1 = inner.points.get(i + 1).map(|p| p.0).unwrap_or(u32::MAX);
            let m1 = m0.saturating_add(n1 - n0);
            let lo = self.points.partition_point(|&(m, _)| m < m0);
            for &(m, _) in self.points[lo..].iter().take_while(|&&(m, _)| m < m1) {
                cuts.push(n0 + (m - m0));
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        let mut out = OffsetMap {
            points: Vec::with_capacity(cuts.len().max(1)),
        };
        for n in cuts {
            out.push(n as usize, self.to_raw(inner.to_raw(n as usize)));
        }
        if out.points.is_empty() {
            out.points.push((0, 0));
        }
        out
    }

    /// `self.compose(&OffsetMap::identity().shifted(delta))`, the map of the text left
    /// when its first `delta` bytes are cut (a trim), without the general merge: the cuts
    /// are 0 and this map's checkpoints after `delta`, already in order.
    pub fn compose_shifted(&self, delta: usize) -> OffsetMap {
        let d = delta as u32;
        let lo = self.points.partition_point(|&(m, _)| m <= d);
        let mut out = OffsetMap {
            points: Vec::with_capacity(self.points.len() - lo + 1),
        };
        out.push(0, self.to_raw(delta));
        // (`compose` cuts below `d + u32::MAX`, saturated.)
        for &(m, r) in self.points[lo..].iter().take_while(|p| p.0 < u32::MAX) {
            out.push((m - d) as usize, r as usize);
        }
        out
    }

    /// Shifts every raw offset by `delta` (a document cut out of a larger file).
    pub fn shifted(mut self, delta: usize) -> OffsetMap {
        for p in &mut self.points {
            p.1 += delta as u32;
        }
        self
    }

    pub fn points(&self) -> &[(u32, u32)] {
        &self.points
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_maps_to_itself() {
        let m = OffsetMap::identity();
        assert_eq!(m.to_raw(0), 0);
        assert_eq!(m.to_raw(17), 17);
    }

    #[test]
    fn replacement_shifts_following_text() {
        // raw: "a&amp;b" (7 bytes) → norm: "a&b" (3 bytes)
        let mut m = OffsetMap::default();
        m.push(0, 0);
        m.push(1, 1); // '&' from "&amp;"
        m.push(2, 6); // 'b'
        assert_eq!(m.to_raw(0), 0);
        assert_eq!(m.to_raw(1), 1);
        assert_eq!(m.to_raw(2), 6);
        assert_eq!(m.to_raw(3), 7);
        assert_eq!(m.points().len(), 2, "redundant checkpoints are dropped");
    }

    #[test]
    fn compose_shifted_is_compose_with_a_shift() {
        let maps = [
            vec![(0, 0)],
            vec![(0, 5)],
            vec![(3, 9)],
            vec![(0, 7), (2, 10), (5, 12), (6, 20), (9, 21)],
            vec![(0, 0), (4, 6), (5, 6), (8, 30)],
        ];
        for points in maps {
            let m = OffsetMap { points };
            for d in 0..12 {
                let shift = OffsetMap::identity().shifted(d);
                assert_eq!(m.compose_shifted(d), m.compose(&shift), "{m:?} {d}");
            }
        }
    }

    #[test]
    fn compose_chains_rewrites() {
        // raw → mid: drop 3 bytes at raw 10 (mid 10 = raw 13)
        let mut outer = OffsetMap::identity();
        outer.push(10, 13);
        // mid → norm: drop 2 bytes at mid 4 (norm 4 = mid 6)
        let mut inner = OffsetMap::identity();
        inner.push(4, 6);
        let c = outer.compose(&inner);
        assert_eq!(c.to_raw(2), 2);
        assert_eq!(c.to_raw(4), 6);
        assert_eq!(c.to_raw(7), 9);
        assert_eq!(c.to_raw(8), 13); // norm 8 = mid 10 = raw 13
        assert_eq!(c.to_raw(20), 25);
    }
}
