//! Eight bytes tested at once in a `u64` ("SIMD within a register"): the word stream and
//! the lexicon's folding ask whether short ASCII words are plain letters and digits,
//! where a test per byte cost most of their time.

/// The low seven bits of every byte.
pub const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
/// The high bit of every byte.
pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// `k` in every byte.
pub const fn splat(k: u8) -> u64 {
    k as u64 * 0x0101_0101_0101_0101
}

/// High bit of each byte of `v` (high bits clear) set when the byte is in `lo..=hi`:
/// adding `0x80 - lo` sets it from `lo` up, adding `0x7f - hi` from `hi + 1` up, and
/// neither carries into the next byte.
#[inline(always)]
pub fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    (v + splat(0x80 - lo)) & !(v + splat(0x7f - hi)) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each byte's high bit says whether it lies in the range, as a test per byte would.
    #[test]
    fn in_range_agrees_with_a_test_per_byte() {
        for b in 0u8..0x80 {
            let v = u64::from_le_bytes([b, 0, b'a', 0x7f, b'Z', b'0', b'9', b]);
            let got = in_range(v, b'a', b'z');
            for (i, x) in v.to_le_bytes().iter().enumerate() {
                let set = (got >> (i * 8 + 7)) & 1 == 1;
                assert_eq!(set, x.is_ascii_lowercase(), "byte {x:#x}");
            }
        }
    }
}
