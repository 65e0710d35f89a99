//! Origins: a dispatch republished by many sites, or a translation of it, is one source.
//!
//! Three signals, strongest first: a credit line naming a wire ("(SPA)", "avec AFP");
//! near-duplicate text (SimHash over word shingles: a dispatch lightly edited or
//! trimmed stays within a few bits); for a translation, the same names and numbers in
//! another language. Documents linked by any of them share an origin; the rest take
//! their outlet's origin from the registry, or are their own.

use sitrep_core::fold::fold;

/// A 64-bit SimHash of a text's word 3-shingles (folded words; numbers kept).
pub fn simhash(text: &str) -> u64 {
    let words: Vec<String> = fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if words.len() < 3 {
        return hash(&words.join(" "));
    }
    let mut acc = [0i32; 64];
    for w in words.windows(3) {
        let h = hash(&w.join(" "));
        for (b, a) in acc.iter_mut().enumerate() {
            if h >> b & 1 == 1 {
                *a += 1;
            } else {
                *a -= 1;
            }
        }
    }
    acc.iter()
        .enumerate()
        .fold(0u64, |h, (b, &a)| if a > 0 { h | 1 << b } else { h })
}

/// FNV-1a, with a final mix (stable across runs and platforms, unlike std's hasher).
fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^ (h >> 33)
}

/// Near-duplicates: SimHashes within this many bits. A dispatch trimmed by a sixth or
/// lightly edited lands 10-11 bits away; unrelated texts differ by ~32 ± 4 bits, so 12
/// keeps chance collisions below one in a million pairs.
pub const NEAR_BITS: u32 = 12;

pub fn near_duplicate(a: u64, b: u64) -> bool {
    (a ^ b).count_ones() <= NEAR_BITS
}

/// The names and numbers of a text: what survives translation.
pub fn anchors(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev_end = ' ';
    for tok in text.split(|c: char| c.is_whitespace() || ",;:()«»“”\"'’.!?".contains(c)) {
        let t = tok.trim_matches(|c: char| !c.is_alphanumeric());
        if t.is_empty() {
            continue;
        }
        let first = t.chars().next().unwrap_or(' ');
        let sentence_start = matches!(prev_end, '.' | '!' | '?');
        if t.chars().all(|c| c.is_ascii_digit()) && t.len() <= 6 {
            out.push(t.to_string());
        } else if first.is_uppercase() && t.chars().count() > 2 && !sentence_start {
            out.push(fold(t));
        }
        prev_end = tok.chars().last().unwrap_or(' ');
    }
    out.sort();
    out.dedup();
    out
}

/// Two texts in different languages that are translations of each other: most of their
/// names and numbers are shared.
pub fn translation(a: &[String], b: &[String]) -> bool {
    if a.len() < 5 || b.len() < 5 {
        return false;
    }
    let shared = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    let union = a.len() + b.len() - shared;
    shared as f64 / union as f64 >= 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    const DISPATCH: &str = "BAMAKO, Nov 8 (SPA) – A drone strike on the northern Malian town of Kidal killed at least 12 people, including children, on Tuesday, local sources told Sahel Press Agency on Wednesday, as the army steps up its air campaign against separatist rebels who control the town. Mali's army said in a statement late on Tuesday that its aircraft had struck terrorist targets in the Kidal area.";

    #[test]
    fn near_duplicates_survive_light_edits_but_not_other_stories() {
        let trimmed = &DISPATCH[..DISPATCH.len() - 60];
        let edited = DISPATCH.replace("A drone strike", "A Malian drone strike");
        let other = "Protesters marched in Bamako on Monday against power cuts, demanding that the government restore electricity to the capital's districts before the rainy season.";
        assert!(near_duplicate(simhash(DISPATCH), simhash(trimmed)));
        assert!(near_duplicate(simhash(DISPATCH), simhash(&edited)));
        assert!(!near_duplicate(simhash(DISPATCH), simhash(other)));
    }

    #[test]
    fn translations_share_names_and_numbers() {
        let fr = "Le CSP-PSD dénonce la frappe de drone de l'armée malienne sur Kidal, le mardi 7 novembre 2023 : 14 civils tués, dont 8 enfants, et une trentaine de blessés. Communiqué n° 027.";
        let en = "The CSP-PSD denounces the Malian army's drone strike on Kidal on Tuesday 7 November 2023: 14 civilians killed, including 8 children, and some 30 wounded. Release No. 027.";
        let other = "MINUSMA completed its withdrawal from its camp in Kidal on 31 October 2023, weeks ahead of schedule, handing nothing over to the State.";
        assert!(translation(&anchors(fr), &anchors(en)));
        assert!(!translation(&anchors(fr), &anchors(other)));
    }
}
