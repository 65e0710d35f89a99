//! FxHash (rustc's), for the hash maps of lexicon and gazetteer loading and of the
//! extraction stages: their keys are short words and ids, where SipHash's resistance to
//! chosen keys buys nothing and costs several times as much per lookup.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash over 8-byte words, the tail as one number ([`short_key`]).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while rest.len() > 8 {
            let (c, r) = rest.split_at(8);
            let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
            rest = r;
        }
        if !rest.is_empty() {
            self.0 = (self.0.rotate_left(5) ^ short_key(rest)).wrapping_mul(K);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Up to 8 bytes as one number, distinct for distinct byte strings of the same length:
/// two overlapping 4-byte loads (three single bytes below 4), where a loop over the
/// bytes cost more than the rest of the hash.
#[inline(always)]
pub fn short_key(b: &[u8]) -> u64 {
    let n = b.len();
    debug_assert!(n <= 8);
    if n >= 4 {
        let lo = u32::from_le_bytes(b[..4].try_into().expect("4 bytes"));
        let hi = u32::from_le_bytes(b[n - 4..].try_into().expect("4 bytes"));
        lo as u64 | (hi as u64) << 32
    } else if n > 0 {
        b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16
    } else {
        0
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxSet<K> = HashSet<K, FxBuild>;
