//! The on-disk index: a versioned header, then nine sections, all little-endian.
//!
//! ```text
//! header (128 bytes)
//!   0  magic  "SITREPGZ"
//!   8  format version (u32)
//!  12  number of sections (u32) = 9
//!  16  length of each section in bytes (9 × u64)
//!  88  BLAKE3 hash of the sections (32 bytes)
//! 120  reserved (8 bytes, zero)
//! sections, back to back, in this order:
//!   meta       JSON: inputs, counts, creation time (IndexMeta)
//!   strings    UTF-8 blob that every other section points into (offset, length)
//!   places     fixed 64-byte records (see PLACE_LEN), ordered by rank: populated places
//!              first, then by population, so that posting lists come out ranked
//!   postings   u32 place indices, one run per distinct folded name
//!   names      an `fst::Map` from folded name to (run start << 32 | run length)
//!   admin1     32-byte records (country, code, name, folded name), sorted
//!   admin2     32-byte records (country, admin1 code, admin2 code, name), sorted
//!   countries  16-byte records (ISO2, name), sorted
//!   polygons   admin polygons: a u32 count, then each: level (u8), its country's ISO2
//!              code (2 bytes, zero when unknown: older indexes), a pad byte, name and
//!              parent refs, and its parts, rings and [lon, lat] points (u32 counts, f64s)
//! ```
//!
//! Everything expensive (folding, sorting, the FST) happens at import; loading reads the
//! sections, checks lengths and the hash, and decodes the small tables.

use crate::GazetteerError;
use std::io::{Read, Write};
use std::path::Path;

pub const MAGIC: &[u8; 8] = b"SITREPGZ";
pub const VERSION: u32 = 1;
pub const SECTIONS: usize = 9;
pub const HEADER_LEN: usize = 128;
pub const PLACE_LEN: usize = 64;
pub const ADMIN1_LEN: usize = 32;
pub const ADMIN2_LEN: usize = 32;
pub const COUNTRY_LEN: usize = 16;

/// A string in the blob: (offset, length).
pub(crate) type Ref = (u32, u32);

/// The decoded sections of an index (postings as numbers, everything else as bytes).
#[derive(Default)]
pub(crate) struct Sections {
    pub meta: Vec<u8>,
    pub strings: Vec<u8>,
    pub places: Vec<u8>,
    pub postings: Vec<u32>,
    pub names: Vec<u8>,
    pub admin1: Vec<u8>,
    pub admin2: Vec<u8>,
    pub countries: Vec<u8>,
    pub polygons: Vec<u8>,
}

impl Sections {
    fn lens(&self) -> [u64; SECTIONS] {
        [
            self.meta.len() as u64,
            self.strings.len() as u64,
            self.places.len() as u64,
            self.postings.len() as u64 * 4,
            self.names.len() as u64,
            self.admin1.len() as u64,
            self.admin2.len() as u64,
            self.countries.len() as u64,
            self.polygons.len() as u64,
        ]
    }

    fn hash(&self) -> [u8; 32] {
        let mut h = blake3::Hasher::new();
        h.update(&self.meta);
        h.update(&self.strings);
        h.update(&self.places);
        let mut buf = Vec::with_capacity(64 * 1024);
        for chunk in self.postings.chunks(16 * 1024) {
            buf.clear();
            for v in chunk {
                buf.extend_from_slice(&v.to_le_bytes());
            }
            h.update(&buf);
        }
        h.update(&self.names);
        h.update(&self.admin1);
        h.update(&self.admin2);
        h.update(&self.countries);
        h.update(&self.polygons);
        *h.finalize().as_bytes()
    }

    /// Writes the whole index.
    pub(crate) fn write(&self, w: &mut impl Write) -> std::io::Result<u64> {
        let mut header = [0u8; HEADER_LEN];
        header[..8].copy_from_slice(MAGIC);
        header[8..12].copy_from_slice(&VERSION.to_le_bytes());
        header[12..16].copy_from_slice(&(SECTIONS as u32).to_le_bytes());
        let lens = self.lens();
        for (i, l) in lens.iter().enumerate() {
            header[16 + 8 * i..24 + 8 * i].copy_from_slice(&l.to_le_bytes());
        }
        header[88..120].copy_from_slice(&self.hash());
        w.write_all(&header)?;
        w.write_all(&self.meta)?;
        w.write_all(&self.strings)?;
        w.write_all(&self.places)?;
        let mut buf = Vec::with_capacity(64 * 1024);
        for chunk in self.postings.chunks(16 * 1024) {
            buf.clear();
            for v in chunk {
                buf.extend_from_slice(&v.to_le_bytes());
            }
            w.write_all(&buf)?;
        }
        w.write_all(&self.names)?;
        w.write_all(&self.admin1)?;
        w.write_all(&self.admin2)?;
        w.write_all(&self.countries)?;
        w.write_all(&self.polygons)?;
        Ok(HEADER_LEN as u64 + lens.iter().sum::<u64>())
    }

    /// Reads an index file: header checks, then each section straight into its buffer.
    pub(crate) fn read(path: &Path) -> Result<Sections, GazetteerError> {
        let p = || path.display().to_string();
        let io = |e: std::io::Error| GazetteerError::Io {
            path: p(),
            reason: e.to_string(),
        };
        let mut f = std::fs::File::open(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                GazetteerError::Missing { path: p() }
            } else {
                io(e)
            }
        })?;
        let file_len = f.metadata().map_err(io)?.len();
        if f.metadata().map_err(io)?.is_dir() {
            return Err(GazetteerError::Io {
                path: p(),
                reason: "is a directory".into(),
            });
        }
        let corrupt = |reason: String| GazetteerError::Corrupt { path: p(), reason };
        let mut header = [0u8; HEADER_LEN];
        if file_len < 8 {
            return Err(GazetteerError::NotAnIndex { path: p() });
        }
        let got = read_up_to(&mut f, &mut header).map_err(io)?;
        if header[..8] != MAGIC[..] {
            return Err(GazetteerError::NotAnIndex { path: p() });
        }
        if got < HEADER_LEN {
            return Err(corrupt(format!(
                "truncated: {file_len} bytes, shorter than the header"
            )));
        }
        let version = u32::from_le_bytes(header[8..12].try_into().unwrap());
        if version != VERSION {
            return Err(GazetteerError::Version {
                path: p(),
                found: version,
                expected: VERSION,
            });
        }
        let n = u32::from_le_bytes(header[12..16].try_into().unwrap()) as usize;
        if n != SECTIONS {
            return Err(corrupt(format!("{n} sections, expected {SECTIONS}")));
        }
        let mut lens = [0u64; SECTIONS];
        for (i, l) in lens.iter_mut().enumerate() {
            *l = u64::from_le_bytes(header[16 + 8 * i..24 + 8 * i].try_into().unwrap());
        }
        let total = lens
            .iter()
            .try_fold(HEADER_LEN as u64, |a, &l| a.checked_add(l))
            .ok_or_else(|| corrupt("section lengths overflow".into()))?;
        if total != file_len {
            return Err(corrupt(if file_len < total {
                format!("truncated: {file_len} bytes, the header announces {total}")
            } else {
                format!("{file_len} bytes, the header announces {total}")
            }));
        }
        if !lens[3].is_multiple_of(4) {
            return Err(corrupt("postings length is not a multiple of 4".into()));
        }
        let mut read = |len: u64| -> Result<Vec<u8>, GazetteerError> {
            let mut v = vec![0u8; len as usize];
            f.read_exact(&mut v).map_err(io)?;
            Ok(v)
        };
        let mut s = Sections {
            meta: read(lens[0])?,
            strings: read(lens[1])?,
            places: read(lens[2])?,
            ..Sections::default()
        };
        // Postings are decoded in chunks so the file's bytes are never held twice.
        let count = (lens[3] / 4) as usize;
        s.postings.reserve_exact(count);
        let mut buf = vec![0u8; 256 * 1024];
        let mut left = lens[3] as usize;
        while left > 0 {
            let k = left.min(buf.len());
            f.read_exact(&mut buf[..k]).map_err(io)?;
            s.postings.extend(
                buf[..k]
                    .chunks_exact(4)
                    .map(|c| u32::from_le_bytes(c.try_into().unwrap())),
            );
            left -= k;
        }
        let mut read = |len: u64| -> Result<Vec<u8>, GazetteerError> {
            let mut v = vec![0u8; len as usize];
            f.read_exact(&mut v).map_err(io)?;
            Ok(v)
        };
        s.names = read(lens[4])?;
        s.admin1 = read(lens[5])?;
        s.admin2 = read(lens[6])?;
        s.countries = read(lens[7])?;
        s.polygons = read(lens[8])?;
        if s.hash()[..] != header[88..120] {
            return Err(corrupt("checksum mismatch".into()));
        }
        Ok(s)
    }
}

fn read_up_to(f: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match f.read(&mut buf[got..])? {
            0 => break,
            k => got += k,
        }
    }
    Ok(got)
}

// ---- little helpers shared by the encoder and the decoder ----

pub(crate) fn put_u32(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}

pub(crate) fn put_ref(v: &mut Vec<u8>, r: Ref) {
    put_u32(v, r.0);
    put_u32(v, r.1);
}

/// A length (u64) and the bytes.
#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests use it
pub(crate) fn put_section(v: &mut Vec<u8>, b: &[u8]) {
    v.extend_from_slice(&(b.len() as u64).to_le_bytes());
    v.extend_from_slice(b);
}

/// The bytes of a [`put_section`] at the start of `b`, which is advanced past them.
pub(crate) fn take_section<'a>(b: &mut &'a [u8]) -> Option<&'a [u8]> {
    let len = usize::try_from(u64_at(b.get(..8)?, 0)).ok()?;
    let s = b.get(8..8usize.checked_add(len)?)?;
    *b = &b[8 + len..];
    Some(s)
}

pub(crate) fn put_f64(v: &mut Vec<u8>, x: f64) {
    v.extend_from_slice(&x.to_le_bytes());
}

pub(crate) fn u16_at(b: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([b[i], b[i + 1]])
}

pub(crate) fn u32_at(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(b[i..i + 4].try_into().unwrap())
}

pub(crate) fn u64_at(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().unwrap())
}

pub(crate) fn f64_at(b: &[u8], i: usize) -> f64 {
    f64::from_le_bytes(b[i..i + 8].try_into().unwrap())
}

pub(crate) fn ref_at(b: &[u8], i: usize) -> Ref {
    (u32_at(b, i), u32_at(b, i + 4))
}

/// A bounds-checked reader for the polygon section.
pub(crate) struct Cursor<'a> {
    pub b: &'a [u8],
    pub i: usize,
}

impl Cursor<'_> {
    pub(crate) fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.i.checked_add(n)?;
        let s = self.b.get(self.i..end)?;
        self.i = end;
        Some(s)
    }
    pub(crate) fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|s| s[0])
    }
    pub(crate) fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|s| u32::from_le_bytes(s.try_into().unwrap()))
    }
    pub(crate) fn f64(&mut self) -> Option<f64> {
        self.take(8)
            .map(|s| f64::from_le_bytes(s.try_into().unwrap()))
    }
    pub(crate) fn r#ref(&mut self) -> Option<Ref> {
        Some((self.u32()?, self.u32()?))
    }
}
