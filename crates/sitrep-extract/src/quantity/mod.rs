//! The quantity stage: numbers in the text, what they count, and whether they are
//! casualties (DESIGN §3 Quantity).
//!
//! A quantity is a number (digits, number words, or a vague amount such as "dozens" or
//! "une vingtaine", from `numbers.tsv`), its modifier ("at least", "près de"), an optional
//! second number making it a range ("10 to 15", "entre 10 et 15"), and the noun it counts
//! ("civilians", "casques bleus"), all from `quantities.tsv`. Whether the people counted
//! are casualties is read from a casualty word tied to the number *locally*:
//!
//! - heading it: "30 injured", "12 morts", "12 civilian deaths";
//! - before it, as its verb or with "of": "killed 12 people", "tuant 12 civils", "the
//!   deaths of fourteen civilians", or a toll word: "a death toll of 12", "un bilan de 12";
//! - after it, through auxiliaries only: "12 people were killed", "au moins 12 personnes
//!   ont été tuées" (not when the casualty verb has an object of its own: "12 soldiers
//!   killed 30 militants" says nothing of the soldiers).
//!
//! Then relations: a figure introduced by "including"/"dont" is `part_of` the figure
//! before it and inherits its casualty; a figure "out of" a total (or "6,500 of its
//! 12,944") points at it with `out_of`, and the total is never a casualty; "killed 3
//! soldiers and 2 civilians" shares the verb. Tolls stated as none ("no casualties",
//! "nobody was killed", "sans faire de victimes") give value 0; tolls stated as unknown
//! ("no human or material assessment", "bilan inconnu") give a casualty with no value.
//!
//! Numbers that are not counts are left out: times (the time stage's spans), years,
//! ages ("12-year-old"), percentages, ordinals ("12th", "3e"), labels ("Resolution 2690"),
//! and number words that count nothing named ("one of the questions").

pub mod lex;
#[cfg(test)]
mod tests;

use crate::WordStage;
use crate::actor::lex::{A, ActorLex};
use crate::claim::lex::{C, ClaimLex};
use crate::event::lex::{E, EventLex};
use crate::numbers::{Amount, NumberLex};
use crate::resources::Resources;
use crate::words::{Word, Words};
use lex::{Bound, Q, QuantityLex, RangeWord, Role, Val};
use sitrep_core::records::{ActorMention, PlaceMention, Quantity};
use sitrep_core::{Doc, Lang, Span, TokenKind};
use std::cell::Cell;
use std::sync::Arc;

pub struct QuantityStage {
    res: Arc<Resources>,
    /// Per language, indexed by vocab id: the words that may start a quantity or a toll
    /// ([`STRONG`]), or one person only when a casualty word follows ([`WEAK`]).
    triggers: [Vec<u8>; 2],
}

/// A word that starts a quantity by itself: a number, "nobody", "his body", a toll word.
const STRONG: u8 = 2;
/// A word that starts one only with a casualty word in its sentence: an article, a
/// definite determiner, a pronoun.
const WEAK: u8 = 1;
/// A word that may end a casualty phrase ("killed", "shot dead").
const ENDS_CASUALTY: u8 = 4;
/// A word that starts a counted noun for one person ("soldier", "driver"): what
/// [`Cx::names_one`] needs in the sentence.
const ONE_NOUN: u8 = 8;
/// A word at which [`NumberLex::amount`] may read a number: a cardinal's or a vague
/// amount's first word, or an article. A start that is none of these (a pronoun, "the",
/// a toll word: four in five of the words [`Cx::figure`] asks) skips the reading, a
/// hundred instructions a word. (Above the four bits [`start_bits`] packs.)
const NUMBER_START: u8 = 16;
/// A word that starts a counted noun or a casualty phrase: [`Cx::noun_phrase`] finds
/// nothing from a word on where none follows in its sentence ([`Cx::last_noun`]).
/// (Above [`start_bits`]' own bits.)
const NOUN_START: u8 = 64;

impl QuantityStage {
    pub fn new(res: Arc<Resources>) -> QuantityStage {
        let triggers = [Lang::En, Lang::Fr].map(|lang| {
            let q = res.quantity_lex(lang);
            let mut t = vec![0u8; res.vocab(lang).len()];
            let mut mark = |ids: &mut dyn Iterator<Item = u32>, how: u8| {
                for id in ids {
                    if let Some(x) = t.get_mut(id as usize) {
                        *x |= how;
                    }
                }
            };
            let kinds = |ks: &'static [Q]| ks.iter().flat_map(|k| q.first_ids(*k).iter().copied());
            mark(
                &mut kinds(&[Q::Article, Q::Pronoun, Q::Object, Q::Definite]),
                WEAK,
            );
            mark(&mut res.numbers(lang).first_ids(), STRONG);
            mark(
                &mut kinds(&[Q::Zero, Q::Remains, Q::Toll, Q::TollNeg]),
                STRONG,
            );
            mark(
                &mut q.first_ids_where(Q::Noun, |v| matches!(v, Val::Noun { one: true, .. })),
                ONE_NOUN,
            );
            mark(&mut kinds(&[Q::Noun, Q::Casualty]), NOUN_START);
            let vocab = res.vocab(lang);
            mark(
                &mut res
                    .numbers(lang)
                    .amount_start_ids()
                    .chain(["a", "an", "un", "une"].map(|a| vocab.id(a))),
                NUMBER_START,
            );
            // (One table for both questions a word is asked: one cache line.)
            for (id, x) in t.iter_mut().enumerate() {
                if q.may_end(Q::Casualty, id as u32) {
                    *x |= ENDS_CASUALTY;
                }
            }
            t
        });
        QuantityStage { res, triggers }
    }
}

/// How a quantity's casualty was found (inheritance and totals treat them differently).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Via {
    /// The casualty word heads or closely follows the figure ("30 injured").
    Head,
    /// Through auxiliaries after it ("12 people were killed").
    After,
    /// As its verb or with "of" before it ("killed 12", "the deaths of 14").
    Before,
    /// A toll word before it ("a death toll of 12").
    Toll,
    /// From the figure it is part of, or shares a verb with.
    Inherited,
}

#[derive(Clone, Copy, Debug)]
struct Cand<'a> {
    /// First word (modifier or range opener included) and end (counted noun included).
    a: usize,
    b: usize,
    /// The number itself (range included).
    core: usize,
    core_end: usize,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    approximate: bool,
    counts: Option<&'a str>,
    /// Whether what is counted is people (None: nothing named).
    person: Option<bool>,
    casualty: Option<(&'static str, Via)>,
    /// Written in digits: kept even when it counts nothing named.
    digits: bool,
    /// "a soldier": one only when a casualty word ties to it.
    article: bool,
    /// A toll stated as unknown.
    unknown: bool,
    /// Where the total starts in "6,500 of its 12,944".
    total_at: Option<usize>,
    part_of: Option<usize>,
    out_of: Option<usize>,
    /// Another quantity is part of, or out of, this one.
    related: bool,
    /// A body named with a definite determiner ("the corpse"): may be a death told before.
    anaphor: bool,
    /// Not reported: a genitive's person, or a body already counted.
    dropped: bool,
    /// The subject's own death told a second time ("blew himself up …, killing himself
    /// and one soldier"): it passes its verb to the figure joined to it, uncounted.
    repeat: bool,
}

/// What the stage reads for one document.
struct Cx<'a> {
    w: &'a Words,
    q: &'a QuantityLex,
    num: &'a NumberLex,
    actors: &'a ActorLex,
    /// Reporting cues: "…, a local official said" names who speaks, not a victim.
    claims: &'a ClaimLex,
    lang: Lang,
    /// Time mention spans, sorted by start.
    times: Vec<(u32, u32)>,
    /// Where [`Cx::in_time`] last found a span's place among `times`: words are asked
    /// mostly left to right, and the place changes a few times a report.
    time_at: Cell<usize>,
    /// Place mention spans (the names alone: the words that lead to them are the
    /// lexicon's `place_link` rows): a place between a verb and its object
    /// ([`Cx::casualty_before`]).
    places: Vec<(u32, u32)>,
    /// Armed forces named by the dictionary (start, end, what their members count as),
    /// sorted by start: "Deux VDP et un civil", "three FAMa were killed".
    forces: Vec<(u32, u32, &'static str)>,
    /// The actor stage's mentions, named or described ("the army", the CSP): the armed
    /// side a sentence opens with may say the men it lost ([`Cx::force_before`], asked
    /// only of men lost, so nothing is built for it per report).
    mentions: &'a [ActorMention],
    /// The stage's flags of each vocab id ([`QuantityStage::triggers`]).
    trig: &'a [u8],
    /// Per sentence, 1 + the last of its words flagged [`ONE_NOUN`] (0: none), found by
    /// [`start_bits`] in its pass over the words.
    last_one: Vec<u32>,
    /// Likewise for [`NOUN_START`].
    last_noun: Vec<u32>,
}

/// What an armed side's members count as, by its camp.
fn members(m: &ActorMention) -> Option<&'static str> {
    match m.camp.as_deref()? {
        "government" | "international" => Some("soldiers"),
        "rebel" => Some("rebels"),
        "jihadist" | "militia" => Some("militants"),
        _ => None,
    }
}

/// What casualties count when no noun says ("30 injured"): the contract's noun for
/// people in general.
const PEOPLE: &str = "people";

impl WordStage for QuantityStage {
    fn name(&self) -> &'static str {
        "quantity"
    }

    fn run(&self, doc: &mut Doc, w: &Words) {
        if w.is_empty() {
            return;
        }
        let lang = doc.lang();
        let trig = &self.triggers[lang as usize];
        let n = w.len();
        let (planes, last_one, last_noun) = start_bits(w, trig);
        let (maybe, ends) = planes.split_at(planes.len() / 2);
        // No word where a figure may start: nothing to find (nor to set up for it).
        if maybe.iter().all(|&x| x == 0) {
            return;
        }
        let mut times: Vec<(u32, u32)> = doc
            .times
            .iter()
            .map(|t| (t.span.start, t.span.end))
            .collect();
        times.sort_unstable();
        let mut forces: Vec<(u32, u32, &'static str)> = doc
            .actors
            .iter()
            .filter(|m| m.resolved && matches!(m.via.as_str(), "dictionary" | "alias" | "acronym"))
            .filter_map(|m| Some((m.span.start, m.span.end, members(m)?)))
            .collect();
        forces.sort_unstable();
        let cx = Cx {
            w,
            q: self.res.quantity_lex(lang),
            num: self.res.numbers(lang),
            actors: self.res.actor_lex(lang),
            claims: self.res.claim_lex(lang),
            lang,
            times,
            time_at: Cell::new(0),
            places: doc
                .places
                .iter()
                .map(|p| (p.span.start, p.span.end))
                .collect(),
            forces,
            mentions: &doc.actors,
            trig,
            last_one,
            last_noun,
        };
        // (Room for the usual dozen at once: grown from empty, the vector of these large
        // records was reallocated and copied three times in most reports.)
        let mut cands: Vec<Cand> = Vec::with_capacity(16);
        let flags = |x: &Word| trig.get(x.id as usize).copied().unwrap_or(0);
        // Which sentences have a casualty word (by sentence index, up to the last word's):
        // what the word-by-word search that debug builds check against asks.
        let casualty_in: Vec<bool> = if cfg!(debug_assertions) {
            w.sentence_bounds()
                .iter()
                .map(|&(a, b)| {
                    w.words()[a..b]
                        .iter()
                        .any(|x| flags(x) & ENDS_CASUALTY != 0)
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut i = 0;
        loop {
            let from = i;
            i = next_bit(maybe, i, n);
            debug_assert_eq!(i, next_start(w, trig, &casualty_in, from));
            if i >= n {
                break;
            }
            if cx.in_time(w.words()[i].span) {
                i += 1;
                continue;
            }
            if let Some(c) = cx.unknown_toll(i) {
                i = c.b;
                cands.push(c);
                continue;
            }
            if cx.no_figure_at(i) {
                debug_assert!(
                    cx.figure(i).is_none(),
                    "no_figure_at is wrong at {}",
                    w.norm(i)
                );
                i += 1;
                continue;
            }
            match cx.figure(i) {
                Some(c) => {
                    i = c.b.max(i + 1);
                    cands.push(c);
                }
                None => i += 1,
            }
        }
        // One person named, not counted: "Dr Koné was shot dead", « Oumar Traoré a été tué
        // par balle », "gunmen shot dead Adama Koné".
        let gaz = self.res.gazetteer();
        let named = cx.named_victims(&cands, &doc.places, ends, self.res.event_lex(lang), |s| {
            gaz.country_code(s.of(doc.text())).is_some()
        });
        if !named.is_empty() {
            cands.extend(named);
            cands.sort_by_key(|c| c.a);
        }
        if cands.is_empty() {
            return;
        }
        for c in cands.iter_mut() {
            cx.link_casualty(c);
        }
        cx.relate(&mut cands);
        // "A resident who escaped said more than 20 people were killed": who speaks (the
        // claim stage's speaker) is no casualty of what they tell after the cue. (Before
        // it, the speaker found may be what is told: "…, 2 dead reported".)
        for c in cands.iter_mut().filter(|c| c.casualty.is_some()) {
            let s = w.span(c.a, c.b);
            if doc.claims.iter().any(|x| {
                x.by.span
                    .is_some_and(|p| p.start <= s.start && s.end <= p.end)
                    && x.cue_span
                        .is_some_and(|q| s.end <= q.start && q.end <= x.span.start)
            }) {
                c.casualty = None;
            }
        }
        // "the mayor was assassinated, the corpse was found 10 km away": a body named
        // definitely, within two sentences of a death already counted, is that death.
        let mut last_dead: Option<u32> = None;
        for c in cands.iter_mut() {
            let sent = w.words()[c.a].sentence;
            if c.anaphor && last_dead.is_some_and(|s| sent - s <= 2) {
                c.dropped = true;
                continue;
            }
            if matches!(c.casualty, Some(("killed", _))) && c.keep(w) {
                last_dead = Some(sent);
            }
        }
        doc.quantities = finish(doc.text(), w, &cands);
    }
}

/// One bit a word, set where a figure may start: the words [`next_start`] stops at,
/// found once for all; and per sentence, 1 + its last word flagged [`ONE_NOUN`] (0:
/// none), for [`Cx::names_one`].
///
/// Without a branch or a store per word: each word's flags (and whether it is a number,
/// a word) are packed eight to a register, and each flag's bits of eight words taken out
/// at once into one bit-plane a flag ([`pack`]). The per-sentence questions (has it a
/// casualty word, where is its last noun for one person) are then asked of the planes,
/// a few instructions a sentence, where asking them word by word (as `next_start` did)
/// cost three dozen instructions a word.
fn start_bits(w: &Words, trig: &[u8]) -> (Vec<u64>, Vec<u32>, Vec<u32>) {
    /// A number token / a word token: bits of their own beside the stage's flags.
    const NUM: u8 = 16;
    const WORD: u8 = 32;
    /// Those two bits by [`TokenKind`] (its six values, `as u8`, below eight).
    const KIND_BITS: [u8; 8] = {
        let mut t = [0u8; 8];
        t[TokenKind::Number as usize] = NUM;
        t[TokenKind::Word as usize] = WORD;
        t
    };
    let words = w.words();
    let nw = words.len().div_ceil(64);
    // The planes: a word starts a figure by itself (a number, STRONG); it may in a
    // sentence with a casualty word (WEAK, or a word after a casualty word); a casualty
    // word may end at it; a noun for one person starts at it.
    // (The five planes in one allocation, the first one returned: four allocations and
    // frees fewer a document.)
    let mut planes = vec![0u64; 5 * nw];
    let (out, rest) = planes.split_at_mut(nw);
    let (weak, rest) = rest.split_at_mut(nw);
    let (ends, rest) = rest.split_at_mut(nw);
    let (one, noun) = rest.split_at_mut(nw);
    let mut carry = 0u64;
    for (c, chunk) in words.chunks(64).enumerate() {
        let (mut s, mut wk, mut wd, mut e, mut o, mut nn) = (0u64, 0u64, 0u64, 0u64, 0u64, 0u64);
        // Eight words' codes, one byte each. (Groups of exactly eight apart: their loop
        // unrolls, its shifts constant.)
        let codes = |group: &[Word]| {
            let mut v = 0u64;
            for (j, y) in group.iter().enumerate() {
                let how = trig.get(y.id as usize).copied().unwrap_or(0) & (0x0f | NOUN_START);
                let code = how | KIND_BITS[y.kind as usize & 7];
                v |= (code as u64) << (8 * j);
            }
            v
        };
        let mut groups = chunk.chunks_exact(8);
        let full = groups.len();
        let tail = groups.remainder();
        let all = (&mut groups)
            .map(|g| codes(<&[Word; 8]>::try_from(g).expect("eight words")))
            .chain((!tail.is_empty()).then(|| codes(tail)));
        for (g, v) in all.enumerate() {
            debug_assert!(g <= full);
            let at = 8 * g;
            s |= (pack(v, STRONG) | pack(v, NUM)) << at;
            wk |= pack(v, WEAK) << at;
            wd |= pack(v, WORD) << at;
            e |= pack(v, ENDS_CASUALTY) << at;
            o |= pack(v, ONE_NOUN) << at;
            nn |= pack(v, NOUN_START) << at;
        }
        // A word after one that may end a casualty word (the word before the chunk's
        // first is the previous chunk's last).
        let after_ends = (e << 1) | carry;
        carry = e >> 63;
        out[c] = s;
        weak[c] = wk | (after_ends & wd);
        ends[c] = e;
        one[c] = o;
        noun[c] = nn;
    }
    let mut last_one = vec![0u32; w.sentence_bounds().len()];
    let mut last_noun = vec![0u32; w.sentence_bounds().len()];
    for ((&(a, b), last), last_n) in w
        .sentence_bounds()
        .iter()
        .zip(last_one.iter_mut())
        .zip(last_noun.iter_mut())
    {
        if a >= b {
            continue;
        }
        if let Some((k, m)) = ranges(a, b).rev().find(|&(k, m)| one[k] & m != 0) {
            *last = (k * 64 + 64 - (one[k] & m).leading_zeros() as usize) as u32;
        }
        if let Some((k, m)) = ranges(a, b).rev().find(|&(k, m)| noun[k] & m != 0) {
            *last_n = (k * 64 + 64 - (noun[k] & m).leading_zeros() as usize) as u32;
        }
        // In a sentence with a casualty word: its first word, and the weak starts.
        // (A weak start's word before it is in the sentence, but for the first word.)
        if ranges(a, b).any(|(k, m)| ends[k] & m != 0) {
            for (k, m) in ranges(a, b) {
                out[k] |= weak[k] & m;
            }
            out[a / 64] |= 1 << (a % 64);
        }
    }
    // (The starts, then where casualty words may end, for [`Cx::named_victims`].)
    planes.copy_within(2 * nw..3 * nw, nw);
    planes.truncate(2 * nw);
    (planes, last_one, last_noun)
}

/// Bit `j` of the result is whether byte `j` of `v` has any of the bits of `flag` (one
/// bit of each of eight words' flags, as one byte each, gathered into eight bits): the
/// bytes' test bits moved to bit 0, and one multiplication adds each into the top byte
/// at its own place (the products' exponents are distinct: no carries).
#[inline(always)]
fn pack(v: u64, flag: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    debug_assert!(flag.is_power_of_two());
    let x = (v >> flag.trailing_zeros()) & ONES;
    x.wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The 64-bit words of a bitset that hold bits `a..b` (`a < b`), each with the mask of
/// those bits in it.
#[inline]
fn ranges(a: usize, b: usize) -> impl DoubleEndedIterator<Item = (usize, u64)> {
    let (k0, k1) = (a / 64, (b - 1) / 64);
    (k0..=k1).map(move |k| {
        let lo = if k == k0 { !0u64 << (a % 64) } else { !0 };
        let hi = if k == k1 {
            !0u64 >> (63 - (b - 1) % 64)
        } else {
            !0
        };
        (k, lo & hi)
    })
}

/// The first set bit of `bits` from `i` on, `n` (the number of words) if none.
#[inline]
fn next_bit(bits: &[u64], i: usize, n: usize) -> usize {
    let mut k = i / 64;
    let Some(&x) = bits.get(k) else {
        return n;
    };
    let mut here = x & (!0u64 << (i % 64));
    loop {
        if here != 0 {
            return k * 64 + here.trailing_zeros() as usize;
        }
        k += 1;
        match bits.get(k) {
            Some(&x) => here = x,
            None => return n,
        }
    }
}

/// The first word from `i` on where a figure may start (`w.len()` if none): a number, a
/// word flagged [`STRONG`], or, in a sentence with a casualty word, one flagged [`WEAK`],
/// the sentence's first word or a word after one that may end a casualty word. One
/// person named by an article, a pronoun or a bare noun is reported only with a casualty
/// word of their sentence: without one, nothing to do. A sentence may open on a bare
/// singular noun ("Soldier killed…", "UN peacekeeper killed"), and a casualty verb may
/// take one ("killed forest guard").
///
/// Sentence by sentence (a sentence is a range of words): most have no casualty word and
/// need only the first two tests, and in the others a word opens its sentence when it is
/// the range's first, where asking each word's sentence and its previous word's cost
/// some twenty instructions a word.
///
/// (The search word by word: [`start_bits`] and [`next_bit`] find the same words, as
/// debug builds check against this.)
#[inline(never)]
fn next_start(w: &Words, trig: &[u8], casualty_in: &[bool], mut i: usize) -> usize {
    let words = w.words();
    let flags = |x: &Word| trig.get(x.id as usize).copied().unwrap_or(0);
    while let Some(x) = words.get(i) {
        let s = x.sentence as usize;
        let (a, b) = w.sentence_bounds()[s];
        debug_assert!(a <= i && i < b && words[a..b].iter().all(|y| y.sentence == x.sentence));
        debug_assert!(a == 0 || words[a - 1].sentence != x.sentence);
        if !casualty_in[s] {
            match words[i..b]
                .iter()
                .position(|y| y.kind == TokenKind::Number || flags(y) & STRONG != 0)
            {
                Some(p) => return i + p,
                None => i = b,
            }
            continue;
        }
        if i == a {
            return i;
        }
        let mut prev = flags(&words[i - 1]);
        for (k, y) in words[i..b].iter().enumerate() {
            let how = flags(y);
            if y.kind == TokenKind::Number
                || how & (STRONG | WEAK) != 0
                || (prev & ENDS_CASUALTY != 0 && y.kind == TokenKind::Word)
            {
                return i + k;
            }
            prev = how;
        }
        i = b;
    }
    words.len()
}

impl<'a> Cx<'a> {
    /// Victims told by name, one each: the name right before a passive casualty verb
    /// ("Dr Koné was shot dead", « Notre chauffeur, Oumar Traoré, a été tué ») or right
    /// after an active one ("gunmen shot dead Adama Koné"). A name is a run of capitalised
    /// words no party, place or date holds. (Not one of several: "Moussa and Ali were
    /// killed", « Moussa, Ali et Awa ».)
    ///
    /// Only where a casualty word may end (`ends`, a bit a word: [`start_bits`]), and
    /// first only where a capitalised word follows or a "be" comes a few words before.
    fn named_victims(
        &self,
        cands: &[Cand<'a>],
        places: &[PlaceMention],
        ends: &[u64],
        events: &EventLex,
        country: impl Fn(Span) -> bool,
    ) -> Vec<Cand<'a>> {
        let (w, q) = (self.w, self.q);
        let mut out = Vec::new();
        // A passive's auxiliary, as the event lexicon lists them (`passive`).
        let be = |i: usize| events.has(E::Passive, w, i);
        let taken = |a: usize, b: usize| {
            let (sa, sb) = (w.words()[a].span.start, w.words()[b - 1].span.end);
            let over = |x: u32, y: u32| x < sb && sa < y;
            cands.iter().any(|c| c.a < b && a < c.b.max(c.a + 1))
                || self.mentions.iter().any(|m| over(m.span.start, m.span.end))
                || places.iter().any(|p| over(p.span.start, p.span.end))
                || self.times.iter().any(|&(x, y)| over(x, y))
        };
        let name_word = |k: usize| {
            w.get(k).is_some_and(|x| {
                x.kind == TokenKind::Word && x.cap && q.end(Q::Article, w, k).is_none()
            })
        };
        let at = ends.iter().enumerate().flat_map(|(c, &bits)| {
            std::iter::successors((bits != 0).then_some(bits), |&m| {
                let m = m & (m - 1);
                (m != 0).then_some(m)
            })
            .map(move |m| c * 64 + m.trailing_zeros() as usize)
        });
        for k in at {
            let x = &w.words()[k];
            if !(w
                .get(k + 1)
                .is_some_and(|y| y.cap && y.kind == TokenKind::Word)
                || (k.saturating_sub(3)..k).any(be))
            {
                continue;
            }
            let e = k + 1;
            let Some(s) = q.ending_at(Q::Casualty, w, e, 4) else {
                continue;
            };
            let Some(Val::Casualty {
                what,
                role: Role::Verb,
                ..
            }) = q.value_between(Q::Casualty, w, s, e)
            else {
                continue;
            };
            let sent = x.sentence;
            let same = |j: usize| w.get(j).is_some_and(|y| y.sentence == sent);
            // Passive: the auxiliary (singular), then the name, maybe in apposition
            // after its role, maybe with its age: "Adama Koné, 54, was shot dead".
            let mut a = s;
            while let Some(p) =
                (a.saturating_sub(3)..a).find(|&p| q.end(Q::Aux, w, p) == Some(a) && same(p))
            {
                a = p;
            }
            // (A passive's "be": "was shot dead", « a été tué »; "have killed", « ont
            // abattu » are active.)
            let passive = (a..s).any(be);
            let (ra, rb) = if passive {
                if (a..s).any(|i| matches!(w.norm(i), "were" | "have" | "ont" | "sont" | "are")) {
                    continue;
                }
                let mut end = a;
                if end > 0 && w.norm(end - 1) == "," {
                    end -= 1;
                    if end > 1
                        && w.words()[end - 1].kind == TokenKind::Number
                        && w.norm(end - 2) == ","
                    {
                        end -= 2;
                    }
                }
                let mut start = end;
                while start > 0 && end - start < 4 && same(start - 1) && name_word(start - 1) {
                    start -= 1;
                }
                (start, end)
            } else if s > 0 && matches!(w.norm(s - 1), "to" | "de" | "d" | "pour") {
                // (An infinitive is no deed: "a plan to kill Rabin", « pour tuer X ».)
                continue;
            } else {
                // Active: the name right after the verb, ending its phrase.
                let mut end = e;
                while end < e + 4 && same(end) && name_word(end) {
                    end += 1;
                }
                // (Ending its phrase: not "killed Koné's son", "killed Moussa and his
                // brother".)
                // (Nor an adjective of nationality: "killed Malian soldiers".)
                let closes = !same(end)
                    || matches!(w.norm(end), "," | "." | ";" | "(")
                    || self.in_time(w.words()[end].span)
                    || self.claims.has(C::Prep, w, end);
                (e, if closes { end } else { e })
            };
            if ra >= rb || taken(ra, rb) || out.iter().any(|c: &Cand| c.a < rb && ra < c.b) {
                continue;
            }
            // (Not a place's or an office's name: "the mayor of Tarkint was kidnapped".
            // Nor the name of a victim already counted, in apposition or named: "A
            // village chief, Amadou Issa Dicko, was assassinated", "one militant named
            // as Abu Mohamed was killed", "GATIA's commander Almahdi Ag Lengach".)
            if ra > 0 && same(ra - 1) && self.claims.has(C::Prep, w, ra - 1)
                || cands
                    .iter()
                    .any(|c| c.b <= ra && ra - c.b <= 4 && same(c.a) && c.person != Some(false))
            {
                continue;
            }
            // (Nor a country's, which the place stage keeps as no place of its own when
            // it says where a town is: "a woman who lived in Agadez, in northern Niger,
            // was kidnapped".)
            if country(w.span(ra, rb)) {
                continue;
            }
            // (Not one of several names: "Moussa and Ali", « Moussa, Ali et Awa ».)
            let listed = |i: usize| same(i) && matches!(w.norm(i), "and" | "et" | "&");
            if ra > 0 && (listed(ra - 1) || w.norm(ra - 1) == "," && ra > 1 && name_word(ra - 2))
                || listed(rb)
            {
                continue;
            }
            out.push(Cand::one_person(ra, rb, rb.max(e), what));
        }
        out
    }

    fn word(&self, i: usize) -> Option<&'a Word> {
        self.w.get(i)
    }

    fn norm(&self, i: usize) -> &'a str {
        self.w.norm(i)
    }

    #[inline]
    fn in_time(&self, s: Span) -> bool {
        let t = &self.times;
        // The times starting before the span's end are `t[..k]`: the last place found,
        // when it still holds (two comparisons), else searched.
        let h = self.time_at.get();
        let k = if (h == 0 || t[h - 1].0 < s.end) && t.get(h).is_none_or(|x| x.0 >= s.end) {
            h
        } else {
            let k = t.partition_point(|x| x.0 < s.end);
            self.time_at.set(k);
            k
        };
        debug_assert_eq!(k, t.partition_point(|x| x.0 < s.end));
        t[..k].iter().rev().take(3).any(|x| x.1 > s.start)
    }

    fn is_dash(&self, i: usize) -> bool {
        self.word(i).is_some_and(|x| x.kind == TokenKind::Punct)
            && matches!(self.norm(i), "-" | "–" | "—" | "‐" | "‑")
    }

    /// An amount at `i` that is not a time.
    fn amount(&self, i: usize) -> Option<Amount> {
        let x = self.word(i)?;
        if self.in_time(x.span) {
            return None;
        }
        self.num.amount(self.w, i)
    }

    /// A count of people follows at `i` (after a determiner): the object of a verb
    /// before it ("killed 30 militants", not "killed 25 km west").
    fn object_at(&self, i0: usize) -> bool {
        let i = self.q.end(Q::Det, self.w, i0).unwrap_or(i0);
        let i = self.q.end(Q::Mod, self.w, i).unwrap_or(i);
        let Some(sent) = self.word(i).map(|x| x.sentence) else {
            return false;
        };
        let end = match self.amount(i) {
            Some(a) => a.end,
            None => match self.q.end(Q::Zero, self.w, i) {
                Some(e) => e,
                // "3 gunmen killed a soldier", « ont tué un soldat », "killed the mayor":
                // one person named after an article is the object too.
                None => {
                    let Some(e) = self
                        .q
                        .end(Q::Article, self.w, i0)
                        .or_else(|| self.q.end(Q::Definite, self.w, i0))
                    else {
                        return false;
                    };
                    return self
                        .noun_phrase(e, sent)
                        .is_some_and(|np| np.person == Some(true) && np.head.is_none());
                }
            },
        };
        // "one gendarme killed two wounded": a figure headed by its own casualty word
        // is a second toll, not the verb's object.
        self.noun_phrase(end, sent)
            .is_none_or(|np| np.person != Some(false) && np.head.is_none())
    }

    /// A toll stated as unknown at `i`: "no human or material assessment", "aucun
    /// bilan", "the toll is unknown", "le bilan de ces affrontements n'est pas connu".
    fn unknown_toll(&self, i: usize) -> Option<Cand<'a>> {
        let (w, q) = (self.w, self.q);
        let sent = w.words()[i].sentence;
        let same = |j: usize| w.get(j).is_some_and(|x| x.sentence == sent);
        let found = |a: usize, b: usize, what: &'static str| Cand {
            casualty: Some((what, Via::Head)),
            unknown: true,
            person: Some(true),
            ..Cand::new(a, b)
        };
        if let Some(mut p) = q.end(Q::TollNeg, w, i) {
            for _ in 0..6 {
                if let Some((e, Val::Toll(what))) = q.get(Q::Toll, w, p) {
                    return Some(found(i, e, what));
                }
                match q.end(Q::TollMod, w, p) {
                    Some(e) if same(e - 1) => p = e,
                    _ => break,
                }
            }
        }
        let (e, what) = match q.get(Q::Toll, w, i) {
            Some((e, Val::Toll(what))) => (e, *what),
            _ => return None,
        };
        let mut p = e;
        // "the toll of the clashes", "le bilan de ces affrontements"
        if let Some(e2) = q
            .end(Q::TollLink, w, p)
            .filter(|&e2| self.amount(e2).is_none())
        {
            let mut k = e2;
            while k < e2 + 4 && same(k) && w.words()[k].kind == TokenKind::Word {
                if q.end(Q::Aux, w, k).is_some() || q.end(Q::TollUnknown, w, k).is_some() {
                    break;
                }
                k += 1;
            }
            p = k;
        }
        for _ in 0..4 {
            if !same(p) {
                return None;
            }
            if let Some(e) = q.end(Q::TollUnknown, w, p) {
                return Some(found(i, e, what));
            }
            p = q.end(Q::Aux, w, p).or_else(|| q.end(Q::TollMod, w, p))?;
        }
        None
    }

    /// [`NumberLex::amount`] at word `i`, not digits: none where the word starts no
    /// number ([`NUMBER_START`]). An unknown word (id 0) is read: its folded form may
    /// still be an article the vocabulary lacks.
    #[inline]
    fn word_amount(&self, i: usize) -> Option<Amount> {
        let id = self.w.words()[i].id;
        if id != 0
            && self
                .trig
                .get(id as usize)
                .is_some_and(|&f| f & NUMBER_START == 0)
        {
            debug_assert_eq!(self.num.amount(self.w, i), None);
            return None;
        }
        self.num.amount(self.w, i)
    }

    /// Does [`Cx::figure`] surely find nothing at word `i`? So at a word (not digits)
    /// that starts no article, pronoun, object or "none" there, nor remains ("the body"),
    /// nor a number ([`Cx::word_amount`]), with no noun for one person after it in its
    /// sentence (which a definite and a headline's bare noun need: [`Cx::names_one`] is
    /// false from the sentence's `last_one` on). Most of its calls are at such words
    /// ("the", "a", "de", "its" in a sentence with a casualty word): this test, inlined,
    /// spares the call and its lookups one by one.
    #[inline(always)]
    fn no_figure_at(&self, i: usize) -> bool {
        let (w, q) = (self.w, self.q);
        let word = &w.words()[i];
        let bit = |k: Q| 1u32 << (k as u32);
        let kinds = q.kinds_at(w, i);
        word.kind != TokenKind::Number
            && word.id != 0
            && kinds & (bit(Q::Article) | bit(Q::Pronoun) | bit(Q::Object) | bit(Q::Zero)) == 0
            && self
                .trig
                .get(word.id as usize)
                .is_some_and(|&f| f & NUMBER_START == 0)
            && i as u64 >= self.last_one[word.sentence as usize] as u64
            && (kinds & bit(Q::Remains) == 0 || q.end(Q::Remains, w, i).is_none())
    }

    /// A figure whose number starts at `i`.
    #[inline]
    fn figure(&self, i: usize) -> Option<Cand<'a>> {
        self.figure_impl(i, true)
    }

    /// [`Cx::figure`]; `fast`: an article figure that counts nothing is dropped as soon
    /// as that is known (debug builds check the full path agrees).
    fn figure_impl(&self, i: usize, fast: bool) -> Option<Cand<'a>> {
        let (w, q) = (self.w, self.q);
        let word = &w.words()[i];
        let digits = word.kind == TokenKind::Number;
        // "a report": an article before a word no lexicon knows starts nothing, unless
        // that word modifies a counted noun ("a desk sergeant", "a high-ranking officer").
        let article_end = if digits {
            None
        } else {
            q.end(Q::Article, w, i)
        };
        // (A quote closing on the figure is passed over: « « une quinzaine » de
        // jihadistes ».)
        if let Some(ae) = article_end
            && w.get(ae)
                .is_none_or(|x| x.id == 0 && !x.cap && x.kind != TokenKind::Number)
            && !(ae + 1..ae + 6)
                .take_while(|&k| {
                    w.get(k).is_some_and(|y| {
                        y.kind == TokenKind::Word || k == ae + 1 && y.kind == TokenKind::CloseQuote
                    })
                })
                .any(|k| {
                    w.words()[k].id != 0
                        && matches!(q.get(Q::Noun, w, k), Some((_, Val::Noun { .. })))
                })
        {
            return None;
        }
        // "He later died of his injuries", « il a succombé »: one person, whose death an
        // intransitive casualty word tells within a few words (nothing else is counted).
        if !digits && q.end(Q::Pronoun, w, i) == Some(i + 1) {
            let sent = word.sentence;
            let dies = (i + 1..i + 5)
                .take_while(|&k| {
                    w.get(k)
                        .is_some_and(|x| x.sentence == sent && x.kind == TokenKind::Word)
                })
                .find_map(|k| match q.get(Q::Casualty, w, k) {
                    Some((
                        e,
                        Val::Casualty {
                            what,
                            role: Role::Intransitive,
                            ..
                        },
                    )) => Some((e, *what)),
                    _ => None,
                });
            let (e, what) = dies?;
            return Some(Cand::one_person(i, i + 1, e, what));
        }
        // "robbing and killing him", « l'ont abattu »: one person, the object of a
        // transitive casualty verb before it, or after it and an auxiliary ("her" only
        // when no noun follows: "killing her husband" counts the husband).
        // (The verb is looked for first: "l'", "her" are frequent, victims rare.)
        if !digits && let Some(e) = q.end(Q::Object, w, i) {
            let transitive = |s: usize, end: usize| match q.value_between(Q::Casualty, w, s, end) {
                Some(Val::Casualty {
                    what,
                    role: Role::Verb,
                    ..
                }) => Some(*what),
                _ => None,
            };
            let before = q
                .ending_at(Q::Casualty, w, i, 4)
                .filter(|&s| w.same_sentence(s, i))
                .and_then(|s| transitive(s, i))
                .map(|what| (e, what));
            let after = || {
                let a = q.end(Q::Aux, w, e)?;
                let (ce, _) = q.get(Q::Casualty, w, a)?;
                let what = transitive(a, ce)?;
                w.same_sentence(i, ce - 1).then_some((ce, what))
            };
            let by_verb = before.is_some();
            if let Some((b, what)) = before.or_else(after)
                && self.noun_phrase(e, word.sentence).is_none()
            {
                let mut c = Cand::one_person(i, e, b, what);
                // The verb before it is shared with a figure joined to it ("killing
                // himself and one soldier").
                if by_verb {
                    c.casualty = Some((what, Via::Before));
                }
                // The subject's own death told twice ("blew himself up …, killing
                // himself and one soldier"): kept for the figure joined to it, not counted.
                // (That earlier reflexive in a casualty phrase of its clause: not "a
                // gunman who had disguised himself as a soldier …, killing himself".)
                let told = |k: usize| {
                    q.end(Q::Reflexive, w, k).is_some()
                        && (k.saturating_sub(3)..k)
                            .any(|s| q.get(Q::Casualty, w, s).is_some_and(|(e, _)| e > k))
                };
                c.repeat = q.end(Q::Reflexive, w, i).is_some()
                    && (i.saturating_sub(30)..i)
                        .rev()
                        .take_while(|&k| w.same_sentence(k, i) && w.norm(k) != ";")
                        .any(told);
                return Some(c);
            }
        }
        // "His body was found three days later", « le corps a été retrouvé »: one dead.
        if !digits && let Some(r) = q.end(Q::Remains, w, i) {
            let sent = word.sentence;
            // ("The body of the report was found accurate": no "of" in between.)
            let found = (r..r + 4)
                .take_while(|&k| {
                    w.get(k).is_some_and(|x| {
                        x.sentence == sent
                            && x.kind == TokenKind::Word
                            && q.end(Q::Partitive, w, k).is_none()
                    })
                })
                .find_map(|k| q.end(Q::Found, w, k));
            if let Some(e) = found {
                let mut c = Cand::one_person(i, r, e, "killed");
                // "the corpse", "his body": maybe someone already counted dead.
                c.anaphor = q.end(Q::Definite, w, i).is_some();
                return Some(c);
            }
        }
        let mut article = false;
        // What an article figure counts, when found before its other tests.
        let mut counted_early: Option<Option<Np<'a>>> = None;
        let mut amt = if digits {
            // "G5", "TB2": digits glued to a word are part of a name.
            if word.glued && i > 0 && w.words()[i - 1].kind == TokenKind::Word {
                return None;
            }
            match self.num.amount(w, i) {
                Some(a) => a,
                None => self.dash_range(i)?,
            }
        } else if let Some(e) = q.end(Q::Zero, w, i) {
            // "Aucune des victimes n'était armée", "none of the dead": the victims
            // already counted, not a toll of none.
            if let Some(p) = q.end(Q::Partitive, w, e)
                && matches!(
                    q.get(Q::Casualty, w, p)
                        .or_else(|| q.get(Q::Casualty, w, p + 1)),
                    Some((
                        _,
                        Val::Casualty {
                            role: Role::Noun,
                            ..
                        }
                    ))
                )
            {
                return None;
            }
            Amount {
                end: e,
                value: 0.0,
                low: 0.0,
                high: 0.0,
                approximate: false,
            }
        } else if let Some(a) = self
            .word_amount(i)
            .filter(|_| article_end.is_none_or(|ae| ae == i + 1))
        {
            // (« un autre soldat » is an article of two words, not the number one.)
            a
        } else if q.end(Q::Definite, w, i) == Some(i + 1) && self.names_one(i + 1, word.sentence) {
            // "killing the driver", "his commander": one person, named by a singular
            // noun after a definite determiner.
            article = true;
            Amount {
                end: i + 1,
                value: 1.0,
                low: 1.0,
                high: 1.0,
                approximate: false,
            }
        } else if (i == 0
            || w.words()[i - 1].sentence != word.sentence
            || q.ending_at(Q::Casualty, w, i, 4).is_some_and(|s| {
                w.same_sentence(s, i)
                    && matches!(
                        q.value_between(Q::Casualty, w, s, i),
                        Some(Val::Casualty {
                            role: Role::Verb,
                            ..
                        })
                    )
            }))
            && self.names_one(i, word.sentence)
        {
            // "Soldier killed in an ambush", "UN peacekeeper killed": a headline's bare
            // singular noun; "killed forest guard" after the verb.
            article = true;
            Amount {
                end: i,
                value: 1.0,
                low: 1.0,
                high: 1.0,
                approximate: false,
            }
        } else if let Some(ae) = article_end {
            // "a report", "a new law": most articles tried count nothing, and the
            // figure is then dropped (at the end, as it names no person) unless a
            // currency precedes it ("$ a share"). What it counts is looked up here, where
            // its end is sure (no quote to close, no figure repeated in parentheses
            // after it), and the tests between are skipped. (The range, modifier, label
            // and "not a count" tests only drop figures too.)
            if fast
                && !(i > 0 && w.words()[i - 1].kind == TokenKind::OpenQuote)
                && w.norm(ae) != "("
            {
                let np = self.counted(ae, word.sentence, true, &mut None);
                if np.is_none() && self.currency_before(i).is_none() {
                    debug_assert!(self.figure_impl(i, false).is_none());
                    return None;
                }
                counted_early = Some(np);
            }
            article = true;
            Amount {
                end: ae,
                value: 1.0,
                low: 1.0,
                high: 1.0,
                approximate: false,
            }
        } else {
            return None;
        };
        // A figure in quotes ("killed \"dozens\" of militants", « « des dizaines » de
        // jihadistes »): the quote closes on the figure; its noun follows.
        // (With its modifier inside: "\"about fifteen\" Islamists died".)
        let opened = |k: usize| k > 0 && w.words()[k - 1].kind == TokenKind::OpenQuote;
        if w.get(amt.end)
            .is_some_and(|x| x.kind == TokenKind::CloseQuote)
            && (opened(i) || !article && q.ending_at(Q::Mod, w, i, 4).is_some_and(opened))
        {
            amt.end += 1;
        }
        let mut c = Cand {
            digits,
            article,
            ..Cand::new(i, amt.end)
        };
        // "GATIA's commander": a possessive's "s" is glued to its owner, where the
        // evidence starts.
        if article && !digits && word.glued && i > 0 && q.end(Q::Definite, w, i) == Some(i + 1) {
            c.a = i - 1;
        }
        // A range: "10 to 15", "10-15", "entre 10 et 15", "de 10 à 15".
        let opener = q
            .ending_at(Q::Range, w, i, 1)
            .filter(|&s| q.value_between(Q::Range, w, s, i) == Some(&Val::Range(RangeWord::Open)));
        if !article {
            let join = if digits && self.is_dash(amt.end) {
                Some(amt.end + 1)
            } else {
                match q.get(Q::Range, w, amt.end) {
                    Some((e, Val::Range(RangeWord::Join))) => Some(e),
                    Some((e, Val::Range(RangeWord::JoinOpen))) if opener.is_some() => Some(e),
                    _ => None,
                }
            };
            if let Some(j) = join
                && let Some((e, hi)) = self.num.number(w, j, false)
                && hi > amt.value
                && !self.word(j).is_some_and(|x| self.in_time(x.span))
            {
                amt = Amount {
                    end: e,
                    value: amt.value,
                    low: amt.value,
                    high: hi,
                    approximate: true,
                };
                if let Some(s) = opener {
                    c.a = s;
                }
            }
        }
        // "quatorze (14) civils": the figure repeated in digits, as official statements
        // write it, is one figure.
        if !digits
            && w.norm(amt.end) == "("
            && w.get(amt.end + 1).is_some_and(|x| x.num == Some(amt.value))
            && w.norm(amt.end + 2) == ")"
        {
            amt.end += 3;
        }
        c.core_end = amt.end;
        c.b = amt.end;
        c.value = Some(amt.value);
        c.low = Some(amt.low);
        c.high = Some(amt.high);
        c.approximate = amt.approximate;
        // A modifier: "at least", "nearly", "some", "plus de".
        if !article
            && let Some(s) = q.ending_at(Q::Mod, w, c.a, 4)
            && let Some(Val::Bound(bound)) = q.value_between(Q::Mod, w, s, c.a)
        {
            c.a = s;
            c.approximate = true;
            // "plus d'une centaine": at least the stated figure, whatever its range.
            match bound {
                Bound::Min => {
                    c.low = Some(amt.low.max(amt.value));
                    c.high = None;
                }
                Bound::Near => {
                    c.low = None;
                    c.high = Some(amt.high.min(amt.value));
                }
                Bound::Below => {
                    c.value = None;
                    c.low = None;
                }
                Bound::About => {
                    if !amt.approximate {
                        c.low = None;
                        c.high = None;
                    }
                }
            }
        }
        let sent = word.sentence;
        let same = |j: usize| w.get(j).is_some_and(|x| x.sentence == sent);
        // Not a count: "12%", "12-year-old", "12th", "3e".
        let mut p = c.core_end;
        let glued_after = w.get(p).is_some_and(|x| x.glued);
        if digits && self.is_dash(p) && w.get(p + 1).is_some_and(|x| x.glued) {
            p += 1;
        }
        if same(p)
            && let Some((_, Val::Not(why))) = q.get(Q::Not, w, p)
            && (*why != "ordinal" || glued_after)
        {
            return None;
        }
        // "12th", "3e", and compound modifiers: "16-bit", "a $32-a-share offer".
        if digits
            && glued_after
            && w.get(p)
                .is_some_and(|x| x.kind == TokenKind::Word && x.glued)
            && q.end(Q::Noun, w, p).is_none()
            && q.end(Q::Casualty, w, p).is_none()
        {
            return None;
        }
        // A label or a question: "Resolution 2690", "route 5", "how many".
        if q.ending_at(Q::Ident, w, c.a, 2).is_some() {
            return None;
        }
        // What is counted.
        let np = match counted_early {
            Some(np) => {
                debug_assert_eq!(c.core_end, article_end.unwrap_or(usize::MAX));
                np
            }
            None => self.counted(c.core_end, sent, article, &mut c.total_at),
        };
        // "Deux VDP et un civil ont été tués", "three FAMa were killed": a force's name
        // right after the figure counts its members, so a verb after a conjunct is
        // shared with it.
        // (It outranks a noun that only opens the name and counts otherwise: « trois
        // Volontaires pour la défense de la patrie (VDP) tombés » counts VDP, not
        // volunteers.)
        let force = || {
            if article || !same(c.core_end) {
                return None;
            }
            let x = w.get(c.core_end)?;
            let k = self.forces.partition_point(|f| f.0 < x.span.start);
            let &(_, end, counts) = self.forces.get(k).filter(|f| f.0 == x.span.start)?;
            let mut e = c.core_end;
            while w.get(e).is_some_and(|y| y.span.end <= end) {
                e += 1;
            }
            Some(Np {
                end: e,
                counts: Some(counts),
                person: Some(true),
                head: None,
                one: false,
            })
        };
        let np = match np {
            Some(n) => Some(
                force()
                    .filter(|f| f.end > n.end && f.counts != n.counts)
                    .unwrap_or(n),
            ),
            None => force(),
        };
        // "$5 million", "€300"
        let currency = self.currency_before(i);
        if let Some((s, Val::Noun { norm, .. })) = currency
            && np.is_none_or(|np| np.counts.is_none() && np.head.is_none())
        {
            c.a = c.a.min(s);
            c.counts = Some(norm.as_str());
            c.person = Some(false);
            return Some(c);
        }
        if let Some(np) = np {
            c.b = np.end;
            c.counts = np.counts;
            c.person = np.person;
            if let Some(what) = np.head {
                c.casualty = Some((what, Via::Head));
            }
        } else if let Some(s) = q.ending_at(Q::Partitive, w, c.b, 1).filter(|&s| s > c.core) {
            // "une dizaine de suspects": the "de" of a vague amount belongs to a noun
            // the lexicon does not know.
            c.b = s;
        }
        if article {
            // "a soldier", "un mort et trois blessés"; not "a death toll", "a dead end".
            let head_only = c.counts.is_none();
            let next_is_word = w.get(c.b).is_some_and(|x| x.kind == TokenKind::Word)
                && q.end(Q::Coord, w, c.b).is_none()
                && q.end(Q::Aux, w, c.b).is_none();
            if c.person != Some(true) || c.b == c.core_end || (head_only && next_is_word) {
                return None;
            }
        }
        Some(c)
    }

    /// What a figure ending at `core_end` counts, of its sentence `sent`: a noun phrase,
    /// one after "of", or for an article a people's name. `total_at` is set where a
    /// total follows "of" ("6,500 of its 12,944").
    fn counted(
        &self,
        core_end: usize,
        sent: u32,
        article: bool,
        total_at: &mut Option<usize>,
    ) -> Option<Np<'a>> {
        let (w, q) = (self.w, self.q);
        let same = |j: usize| w.get(j).is_some_and(|x| x.sentence == sent);
        let np = self.noun_phrase(core_end, sent).or_else(|| {
            let e = q.end(Q::Partitive, w, core_end)?;
            if !same(e) {
                return None;
            }
            // "6,500 of its 12,944": the total is a figure of its own.
            let n = q.end(Q::Mod, w, e).unwrap_or(e);
            if self.amount(n).is_some() && !article {
                *total_at = Some(e);
                return None;
            }
            self.noun_phrase(e, sent)
        });
        // "an Algerian named Zakaria was killed", "a Malian was shot": a people's name
        // after an article is one person when the clause goes on to what befell them.
        np.or_else(|| {
            if !article {
                return None;
            }
            let (e, _) = self.actors.get(A::Demonym, w, core_end)?;
            let goes_on = q.end(Q::Aux, w, e).is_some()
                || q.end(Q::Casualty, w, e).is_some()
                || introduces_name(self.norm(e));
            (same(e - 1) && goes_on).then_some(Np {
                end: e,
                counts: Some(PEOPLE),
                person: Some(true),
                head: None,
                one: true,
            })
        })
    }

    /// A currency word just before word `i` ("$5 million", "€300"): its start and value.
    fn currency_before(&self, i: usize) -> Option<(usize, &'a Val)> {
        i.checked_sub(1).and_then(|s| {
            self.q
                .value_between(Q::Currency, self.w, s, i)
                .map(|v| (s, v))
        })
    }

    /// "10-15" written as one token.
    fn dash_range(&self, i: usize) -> Option<Amount> {
        let x = self.word(i)?;
        let s = self.norm(i);
        let (a, b) = s.split_once('-')?;
        let lo: f64 = a.parse().ok()?;
        let hi: f64 = b.parse().ok()?;
        let year = |v: f64, t: &str| t.len() == 4 && (1000.0..=2100.0).contains(&v);
        if a.len() > 6 || b.len() > 6 || hi <= lo || year(lo, a) || self.in_time(x.span) {
            return None;
        }
        Some(Amount {
            end: i + 1,
            value: lo,
            low: lo,
            high: hi,
            approximate: true,
        })
    }

    /// Does [`Cx::noun_phrase`] at `p0` name one person ("the driver", "Soldier killed")?
    ///
    /// Only if a noun for one person starts at some word from `p0` on in the sentence
    /// (`noun_phrase` reads no further than its sentence, and its last noun says whether
    /// it is one person): its sentence's last such word ([`Cx::last_one`]) tells when
    /// none does, where `noun_phrase` walked up to eight modifiers to find no noun for
    /// one person at every article of a sentence with a casualty word.
    fn names_one(&self, p0: usize, sent: u32) -> bool {
        let last = self.last_one[sent as usize];
        debug_assert_eq!(last, {
            let (a, b) = self.w.sentence_bounds()[sent as usize];
            self.w.words()[a..b]
                .iter()
                .rposition(|x| self.trig.get(x.id as usize).copied().unwrap_or(0) & ONE_NOUN != 0)
                .map_or(0, |k| (a + k + 1) as u32)
        });
        if (p0 as u64) >= last as u64 {
            debug_assert!(!self.noun_phrase(p0, sent).is_some_and(|np| np.one));
            return false;
        }
        self.noun_phrase(p0, sent).is_some_and(|np| np.one)
    }

    /// The noun counted by a number ending at `p`, or a casualty word heading it.
    ///
    /// Only if a counted noun or a casualty phrase starts at some word from `p0` on in
    /// the sentence: the walk reads no word outside it, and ends at the first such
    /// phrase. Its sentence's last one ([`Cx::last_noun`]) tells when none does, where
    /// the walk tried up to eight modifiers at every article of a sentence with a
    /// casualty word.
    fn noun_phrase(&self, p0: usize, sent: u32) -> Option<Np<'a>> {
        if self
            .last_noun
            .get(sent as usize)
            .is_some_and(|&last| p0 as u64 >= last as u64)
        {
            debug_assert!(self.noun_phrase_walk(p0, sent).is_none());
            return None;
        }
        self.noun_phrase_walk(p0, sent)
    }

    /// [`Cx::noun_phrase`] without its proof.
    fn noun_phrase_walk(&self, p0: usize, sent: u32) -> Option<Np<'a>> {
        let (w, q) = (self.w, self.q);
        let same = |j: usize| w.get(j).is_some_and(|x| x.sentence == sent);
        let mut p = p0;
        for _ in 0..8 {
            if !same(p) {
                return None;
            }
            if let Some((e, Val::Noun { norm, person, one })) = q.get(Q::Noun, w, p) {
                let mut np = Np {
                    end: e,
                    counts: Some(norm.as_str()),
                    person: Some(*person),
                    head: None,
                    one: *one,
                };
                // "10 Dozo hunters", "5 chasseurs dozos": a compound of counted nouns.
                // English heads it with the last, French with the first.
                while let Some((e2, Val::Noun { norm, person, one })) = q.get(Q::Noun, w, np.end) {
                    if !same(e2 - 1) {
                        break;
                    }
                    np.end = e2;
                    if self.lang == Lang::En {
                        np.counts = Some(norm.as_str());
                        np.person = Some(*person);
                        np.one = *one;
                    }
                }
                // "12 civilian deaths"
                if *person
                    && let Some((
                        e2,
                        Val::Casualty {
                            what,
                            role: Role::Noun,
                            ..
                        },
                    )) = q.get(Q::Casualty, w, e)
                {
                    np.end = e2;
                    np.head = Some(*what);
                }
                // "two former soldiers", « deux anciens gendarmes »: people who left a
                // state's forces are civilians.
                if matches!(
                    np.counts,
                    Some("soldiers" | "police" | "peacekeepers" | "personnel")
                ) && (p0..p).any(|j| q.end(Q::Former, w, j).is_some())
                {
                    np.counts = Some("civilians");
                }
                // « deux « instructeurs » russes »: the quote closes on the noun.
                if w.get(np.end)
                    .is_some_and(|x| x.kind == TokenKind::CloseQuote)
                    && (p0..p).any(|j| w.get(j).is_some_and(|x| x.kind == TokenKind::OpenQuote))
                {
                    np.end += 1;
                }
                // "12 soldats maliens": French adjectives follow the noun.
                if self.lang == Lang::Fr {
                    for _ in 0..2 {
                        match self.modifier(np.end, false) {
                            Some(e) if same(e - 1) => np.end = e,
                            _ => break,
                        }
                    }
                }
                return Some(np);
            }
            if let Some((e, Val::Casualty { what, role, .. })) = q.get(Q::Casualty, w, p) {
                // "12 soldiers killed 30": the verb's subject is no casualty; "12
                // died" is linked as a subject, not a head.
                if matches!(role, Role::Intransitive | Role::Of)
                    || (*role == Role::Verb && self.object_at(e))
                {
                    return None;
                }
                let mut end = e;
                // "12 blessés graves"
                if let Some(e2) = q.end(Q::Adj, w, end).filter(|&e2| same(e2 - 1)) {
                    end = e2;
                }
                return Some(Np {
                    end,
                    counts: None,
                    person: Some(true),
                    head: Some(*what),
                    one: false,
                });
            }
            p = self.modifier(p, true)?;
        }
        None
    }

    /// A word that may stand between a number and its noun (or after the noun in
    /// French): its end.
    fn modifier(&self, p: usize, before_noun: bool) -> Option<usize> {
        let (w, q) = (self.w, self.q);
        if let Some(e) = q.end(Q::Adj, w, p) {
            return Some(e);
        }
        if let Some(e) = self.actors.get(A::Demonym, w, p).map(|(e, _)| e) {
            return Some(e);
        }
        let x = w.get(p)?;
        // "un enfant de 12 ans"
        if !before_noun
            && let Some(e) = q.end(Q::Partitive, w, p)
            && w.get(e).is_some_and(|n| n.kind == TokenKind::Number)
            && let Some((e2, Val::Not("age"))) = q.get(Q::Not, w, e + 1)
        {
            return Some(e2);
        }
        if before_noun {
            // "2 'jihadists'", "15 presumed Katiba Serma (JNIM) militants"
            if matches!(x.kind, TokenKind::OpenQuote | TokenKind::CloseQuote) {
                return Some(p + 1);
            }
            if self.norm(p) == "("
                && w.get(p + 1).is_some_and(|y| y.cap)
                && w.get(p + 2).is_some_and(|_| self.norm(p + 2) == ")")
            {
                return Some(p + 3);
            }
            // "12 FAMa soldiers", "14 Tuareg civilians"
            if self.lang == Lang::En && x.kind == TokenKind::Word && x.cap && !x.glued {
                return Some(p + 1);
            }
            // "two JNIM and/or ISGS militants": names joined before the noun.
            let cap_or_join = |k: usize| {
                w.get(k).is_some_and(|y| y.kind == TokenKind::Word && y.cap)
                    || matches!(self.norm(k), "and" | "or" | "/" | "et" | "ou")
            };
            if self.lang == Lang::En
                && matches!(self.norm(p), "and" | "or" | "/")
                && p > 0
                && cap_or_join(p - 1)
                && cap_or_join(p + 1)
                && w.get(p - 1).is_some_and(|y| y.sentence == x.sentence)
            {
                return Some(p + 1);
            }
            // "a high-ranking officer": a hyphenated compound (its pieces are glued) is
            // one modifier.
            if x.kind == TokenKind::Word
                && !x.glued
                && w.get(p + 1)
                    .is_some_and(|y| y.glued && y.kind == TokenKind::Word)
                && q.get(Q::Noun, w, p).is_none()
                && q.get(Q::Casualty, w, p).is_none()
            {
                let mut e = p + 1;
                while w
                    .get(e)
                    .is_some_and(|y| y.glued && y.kind == TokenKind::Word)
                {
                    e += 1;
                }
                // ("an ex-rebel": but a counted noun ends it.)
                if q.get(Q::Noun, w, e - 1).is_some() {
                    e -= 1;
                }
                return Some(e);
            }
            // "1 gendarmerie officer", "a cattle thief": an unknown word modifying the
            // counted noun right after it.
            // (Or two, or one in quotes: "5 red beret soldiers", "5 'red beret'
            // soldiers".)
            let quote = |k: usize| {
                w.get(k)
                    .is_some_and(|y| matches!(y.kind, TokenKind::OpenQuote | TokenKind::CloseQuote))
            };
            // (A word right after an opening quote is glued to it.)
            let unknown = |k: usize| {
                w.get(k).is_some_and(|y| {
                    y.kind == TokenKind::Word && (!y.glued || k > 0 && quote(k - 1))
                }) && self.norm(k).len() > 2
                    && !matches!(
                        self.norm(k),
                        "and" | "the" | "for" | "from" | "with" | "who" | "were" | "was" | "are"
                    )
                    && !q.known(w, k)
            };
            let noun_at = |k: usize| matches!(q.get(Q::Noun, w, k), Some((_, Val::Noun { .. })));
            // ("killed 2 overnight while soldiers slept": a new clause, not a modifier.)
            let opens_clause = |k: usize| {
                matches!(
                    self.norm(k),
                    "while"
                        | "when"
                        | "after"
                        | "before"
                        | "as"
                        | "since"
                        | "until"
                        | "then"
                        | "where"
                        | "because"
                        | "though"
                        | "although"
                        | "once"
                )
            };
            // (The cheap tests first: a counted noun within reach.)
            if self.lang == Lang::En
                && (noun_at(p + 1)
                    || (noun_at(p + 2) && (quote(p + 1) || unknown(p + 1) && !opens_clause(p + 1)))
                    || (noun_at(p + 3) && quote(p + 2) && unknown(p + 1)))
                && unknown(p)
            {
                return Some(p + 1);
            }
            // "a 12-year-old girl"
            if x.kind == TokenKind::Number {
                let mut k = p + 1;
                if self.is_dash(k) {
                    k += 1;
                }
                if let Some((e, Val::Not("age"))) = q.get(Q::Not, w, k) {
                    return Some(e);
                }
            }
        }
        None
    }

    /// Ties a casualty word to a figure that has none yet.
    fn link_casualty(&self, c: &mut Cand<'a>) {
        if c.casualty.is_some() || c.unknown || c.person == Some(false) {
            return;
        }
        let after = || {
            self.casualty_after(c.b).or_else(|| {
                // "2 drivers were killed": a noun the lexicon does not know, then an
                // auxiliary.
                let x = self.word(c.b)?;
                let known = self.q.end(Q::Casualty, self.w, c.b).is_some()
                    || self.q.end(Q::Aux, self.w, c.b).is_some();
                // ("one occupant of the vehicle was killed": or a genitive.)
                (c.b == c.core_end
                    && c.counts.is_none()
                    && x.kind == TokenKind::Word
                    && !x.cap
                    && !known
                    && (self.q.end(Q::Aux, self.w, c.b + 1).is_some()
                        || matches!(self.norm(c.b + 1), "of" | "from" | "de" | "du" | "d")))
                .then(|| self.casualty_after(c.b + 1))
                .flatten()
            })
        };
        // "la mort de 10 à 15 personnes": the range opener may be the "de" of "mort de".
        // (Or men a force named before says it lost.)
        let men_of_force = (c.counts == Some("men"))
            .then(|| self.force_before(c.a))
            .flatten();
        let before = || {
            // (A force's own people: "lost 5 soldiers", not "lost 5 men", who may be
            // anyone's.)
            let people = matches!(
                c.counts,
                Some(
                    "soldiers"
                        | "police"
                        | "peacekeepers"
                        | "personnel"
                        | "militants"
                        | "rebels"
                        | "mercenaries"
                )
            ) || men_of_force.is_some()
                // (Or a body's own members: « la perte de six de ses membres », "the loss
                // of six of its members".)
                || c.person == Some(true)
                    && (c.core_end..c.b).any(|i| self.q.end(Q::Own, self.w, i).is_some());
            // (A noun of a deed counts only a noun it knows: "the execution of 12
            // projects" killed no one.)
            let noun = c.counts.is_some();
            self.casualty_before(c.a, people, noun).or_else(|| {
                (c.core != c.a)
                    .then(|| self.casualty_before(c.core, people, noun))
                    .flatten()
            })
        };
        let mut found = before();
        // "wounding a peacekeeper who succumbed to his wounds three weeks later", « un
        // soldat blessé qui a succombé »: the death told after "who" is the last word.
        if matches!(found, Some(("injured", _)))
            && matches!(self.norm(c.b), "who" | "qui")
            && let Some(("killed", via)) = self.casualty_after(c.b)
        {
            found = Some(("killed", via));
        }
        // (Men a force lost, and only lost, are its soldiers: they count its side.)
        let lost_men = men_of_force.filter(|_| {
            found.is_some()
                && self.casualty_before(c.a, false, true).is_none()
                && (c.core == c.a || self.casualty_before(c.core, false, true).is_none())
        });
        if let Some(l) = found.or_else(after) {
            c.casualty = Some(l);
        }
        if let Some(side) = lost_men {
            c.counts = Some(side);
        }
    }

    /// The first armed side named or described in word `a`'s sentence before it: the
    /// men it says it lost are its own ("the army said it had lost five men", "the CSP
    /// acknowledged losing three of its own men", « les FAMa reconnaissent la perte de
    /// cinq hommes »). What they count as.
    fn force_before(&self, a: usize) -> Option<&'static str> {
        let w = self.w;
        let x = w.get(a)?;
        let (s0, _) = w.sentence_bounds()[x.sentence as usize];
        let from = w.words()[s0].span.start;
        self.mentions
            .iter()
            .filter(|m| (m.resolved || m.via == "description") && m.span.start >= from)
            .filter(|m| m.span.start < x.span.start)
            .filter_map(|m| Some((m.span.start, members(m)?)))
            .min_by_key(|f| f.0)
            .map(|f| f.1)
    }

    /// "killed 12", "tuant les 12", "the deaths of 14", "death toll of 12".
    /// `people`: the figure counts a force's people, so a verb of `Role::People` takes it.
    fn casualty_before(&self, a: usize, people: bool, noun: bool) -> Option<(&'static str, Via)> {
        let (w, q) = (self.w, self.q);
        let sent = w.get(a)?.sentence;
        // "« neutralisé » 30 terroristes"
        let a = match w.get(a.wrapping_sub(1)) {
            Some(x) if matches!(x.kind, TokenKind::CloseQuote | TokenKind::OpenQuote) => a - 1,
            _ => a,
        };
        let same = |j: usize| w.get(j).is_some_and(|x| x.sentence == sent);
        let verb_at = |end: usize, any: bool| -> Option<(usize, &'static str)> {
            let s = q.ending_at(Q::Casualty, w, end, 4)?;
            if !same(s) {
                return None;
            }
            match q.value_between(Q::Casualty, w, s, end)? {
                Val::Casualty { what, role, .. }
                    if *role == Role::Verb
                        || (any && *role != Role::People && (*role != Role::Of || noun))
                        || (people && *role == Role::People) =>
                {
                    Some((s, *what))
                }
                _ => None,
            }
        };
        let verb_ending = |end: usize, any: bool| verb_at(end, any).map(|(_, what)| what);
        let and = |k: usize| k > 0 && matches!(self.norm(k - 1), "and" | "et");
        if let Some((s, what)) = verb_at(a, false) {
            // "killing and wounding the occupant", "abducted and killed three": a death
            // stands for both verbs, as tolls are coded.
            if and(s)
                && let Some((_, "killed")) = verb_at(s - 1, false)
            {
                return Some(("killed", Via::Before));
            }
            return Some((what, Via::Before));
        }
        // "killed and buried a herder", « ont tué et enterré un berger »: another verb
        // shares the object.
        if a >= 2
            && and(a - 1)
            && w.get(a - 1)
                .is_some_and(|x| x.kind == TokenKind::Word && !x.cap)
            && !q.known(w, a - 1)
            && let Some(what) = verb_ending(a - 2, false)
        {
            return Some((what, Via::Before));
        }
        if let Some(d) = q.ending_at(Q::Det, w, a, 1)
            && let Some(what) = verb_ending(d, false)
        {
            return Some((what, Via::Before));
        }
        // « ont exécuté sommairement au moins 12 civils », "killed indiscriminately 12
        // people": an adverb between the verb and its object.
        if a >= 2
            && w.get(a - 1)
                .is_some_and(|x| x.kind == TokenKind::Word && !x.cap)
            && (self.norm(a - 1).ends_with("ment") || self.norm(a - 1).ends_with("ly"))
            && same(a - 1)
            && let Some(what) = verb_ending(a - 1, false)
        {
            return Some((what, Via::Before));
        }
        // « avait neutralisé jeudi quatre terroristes »: a date between the verb and its
        // object, with an adverb (« ont exécuté publiquement mercredi deux hommes ») or
        // between commas (« avait neutralisé, deux jours plus tôt, une dizaine de »); or
        // a place, « ont tué dimanche à Boni seize soldats ».
        let adverb = |j: usize| {
            w.get(j)
                .is_some_and(|x| x.kind == TokenKind::Word && !x.cap)
                && (self.norm(j).ends_with("ment") || self.norm(j).ends_with("ly"))
        };
        let placed = |j: usize| {
            w.get(j).is_some_and(|x| {
                self.places
                    .iter()
                    .any(|&(s, e)| s <= x.span.start && x.span.end <= e)
            })
        };
        // (The words leading to a place, or closing its name, next to one: "in the
        // village of Boni", "in the Boni area".)
        let link = |j: usize| {
            q.ending_at(Q::PlaceLink, w, j + 1, 3)
                .filter(|&s| (s.saturating_sub(2)..(j + 5).min(a)).any(placed))
        };
        let mut t = a;
        let mut dated = false;
        while t > 0 && a - t < 10 && same(t - 1) {
            if w.get(t - 1).is_some_and(|x| self.in_time(x.span)) || placed(t - 1) {
                dated = true;
            } else if let Some(s) = link(t - 1).filter(|&s| same(s)) {
                t = s;
                continue;
            } else if !(adverb(t - 1)
                || self.norm(t - 1) == ","
                // ("killed, on Tuesday, twelve": the date's preposition.)
                || dated && matches!(self.norm(t - 1), "on" | "at" | "in" | "le"))
            {
                break;
            }
            t -= 1;
        }
        // (An aside's commas come in pairs: "kidnapped on August, 25 were found", "was
        // wounded on Tuesday, only 2 militants were killed" tell no date before the
        // object.)
        let paired = || (t..a).filter(|&j| self.norm(j) == ",").count() % 2 == 0;
        if dated
            && paired()
            && let Some(what) = verb_ending(t, false)
        {
            return Some((what, Via::Before));
        }
        if let Some(d) = q.ending_at(Q::Partitive, w, a, 3)
            && let Some(what) = verb_ending(d, true)
        {
            return Some((what, Via::Before));
        }
        // "a death toll of 12", "le bilan provisoire s'élève à 12"
        let mut p = a;
        for _ in 0..4 {
            if let Some(s) = q.ending_at(Q::Toll, w, p, 3).filter(|&s| same(s))
                && let Some(Val::Toll(what)) = q.value_between(Q::Toll, w, s, p)
            {
                return Some((*what, Via::Toll));
            }
            p = q
                .ending_at(Q::TollLink, w, p, 3)
                .or_else(|| q.ending_at(Q::TollMod, w, p, 1))
                .filter(|&s| same(s))?;
        }
        None
    }

    /// "12 people were killed", "au moins 12 personnes ont été tuées", skipping an aside
    /// (", including three children,").
    /// A verb of sentencing a few words before the end of figure `b`: "sentenced two
    /// jihadists to death".
    fn sentenced_before(&self, b: usize) -> bool {
        (b.saturating_sub(6)..b).any(|i| {
            let n = self.norm(i);
            n.starts_with("sentenc")
        })
    }

    fn casualty_after(&self, b: usize) -> Option<(&'static str, Via)> {
        let (w, q) = (self.w, self.q);
        let sent = w.get(b.checked_sub(1)?)?.sentence;
        let same = |j: usize| w.get(j).is_some_and(|x| x.sentence == sent);
        let mut p = b;
        for _ in 0..6 {
            if !same(p) {
                return None;
            }
            if let Some((e, Val::Casualty { what, role, ending })) = q.get(Q::Casualty, w, p) {
                if *role == Role::Of || (*role == Role::Verb && self.object_at(e)) {
                    return None;
                }
                // ("Fell" tells a death of people the lexicon counts: "two soldiers fell.",
                // not « trois villes sont tombées ».)
                if *ending
                    && !matches!(
                        q.get(Q::Noun, w, b - 1),
                        Some((ne, Val::Noun { person: true, .. })) if ne == b
                    )
                {
                    return None;
                }
                // "were abducted and executed", « enlevés puis exécutés »: the worst
                // that befell them.
                // (Not a verb with an object of its own: "were wounded and killed two
                // of the assailants".)
                if *what != "killed"
                    && same(e + 1)
                    && matches!(self.norm(e), "and" | "et" | "then" | "puis")
                    && let Some((ke, Val::Casualty { what: "killed", .. })) =
                        q.get(Q::Casualty, w, e + 1)
                    && !self.object_at(ke)
                    && self.amount(ke).is_none()
                {
                    return Some(("killed", Via::After));
                }
                return Some((*what, Via::After));
            }
            // "beat two men to death": the manner of death closing the object of its
            // verb. (French needs no rule: « mort » after the object is a casualty word
            // of its lexicon, « ont battu deux hommes à mort ».)
            // (Not a sentence: "sentenced 12 people to death".)
            if p == b
                && same(p + 1)
                && (self.norm(p), self.norm(p + 1)) == ("to", "death")
                && !self.sentenced_before(b)
            {
                return Some(("killed", Via::After));
            }
            // "2 'jihadists' killed"
            if p == b && w.get(p).is_some_and(|x| x.kind == TokenKind::CloseQuote) {
                p += 1;
                continue;
            }
            // (Scare quotes around the verb: '30 assailants were "neutralised"', « ont
            // été « neutralisés », '15 assailants "neutralised"'.)
            if w.get(p).is_some_and(|x| x.kind == TokenKind::OpenQuote)
                && q.get(Q::Casualty, w, p + 1).is_some()
            {
                p += 1;
                continue;
            }
            // "two men suspected of kidnapping a child were lynched": what they are held
            // to have done, then the auxiliary (its casualty word is not theirs). (The
            // figure may have taken its first word in as an adjective: « deux hommes
            // soupçonnés ».)
            if p == b
                && (q.get(Q::Alleged, w, p).is_some()
                    || p > 0 && q.get(Q::Alleged, w, p - 1).is_some_and(|(e, _)| e > p))
            {
                // (Not into a clause of the deed held against them: "accused of an
                // ambush in which two soldiers were killed".)
                if let Some(k) = (p + 1..p + 10)
                    .take_while(|&k| {
                        same(k)
                            && !matches!(
                                self.norm(k),
                                "," | ";" | "." | "which" | "where" | "who" | "ou" | "qui" | "dont"
                            )
                    })
                    .find(|&k| q.end(Q::Aux, w, k).is_some())
                {
                    p = k;
                    continue;
                }
                return None;
            }
            // "two women who were returning from the market died", « quatre commerçants
            // qui se rendaient à la foire ont été tués »: a relative clause, then the main
            // verb. (Past the relative's own verb: "two men who killed a soldier were
            // arrested" were arrested, not killed.)
            if p == b && matches!(self.norm(p), "who" | "qui") {
                let mut j = p + 1;
                while let Some(e) = q.end(Q::Aux, w, j).filter(|&e| e > j) {
                    j = e;
                }
                let main = (j + 1..p + 14)
                    .take_while(|&k| {
                        same(k)
                            && !matches!(
                                self.norm(k),
                                "," | ";" | "." | ":" | "(" | "who" | "qui" | "dont" | "which"
                            )
                    })
                    .find(|&k| {
                        q.end(Q::Aux, w, k)
                            .is_some_and(|e| q.get(Q::Casualty, w, e).is_some())
                            || matches!(
                                q.get(Q::Casualty, w, k),
                                Some((
                                    _,
                                    Val::Casualty {
                                        role: Role::Intransitive,
                                        ..
                                    }
                                ))
                            )
                    });
                // (With none, the relative's own verb tells it: "five people who were
                // injured in the attack".)
                if let Some(k) = main {
                    p = k;
                    continue;
                }
            }
            // "12 people were seriously injured"
            if let Some(e) = q.end(Q::Aux, w, p).or_else(|| q.end(Q::Adj, w, p)) {
                p = e;
                continue;
            }
            let n = self.norm(p);
            // "Fifteen soldiers and auxiliaries were also killed", « quinze soldats et
            // supplétifs ont été tués », « une trentaine de militaires et de supplétifs
            // ont péri »: a second noun joined to the counted one (its « de » said
            // again), then the auxiliary or the verb. (Plural: "a prison guard and
            // inmate" are two.)
            let second = || {
                if matches!(self.norm(p + 1), "de" | "d") {
                    p + 2
                } else {
                    p + 1
                }
            };
            if p == b
                && matches!(n, "and" | "et")
                && let k = second()
                && same(k + 1)
                && w.get(k).is_some_and(|x| {
                    x.kind == TokenKind::Word
                        && (!x.cap && (self.norm(k).ends_with('s') || self.norm(k).ends_with('x'))
                            // (Or a plural the lexicon counts, written as an acronym:
                            // « huit soldats et VDP sont tombés ».)
                            || matches!(q.get(Q::Noun, w, k),
                                Some((e, Val::Noun { person: true, one: false, .. })) if e == k + 1))
                })
                && (q.end(Q::Aux, w, k + 1).is_some() || q.get(Q::Casualty, w, k + 1).is_some())
            {
                p = k + 1;
                continue;
            }
            // "two members of the Fulani community were killed", "two children aboard a
            // vehicle were shot dead": a short prepositional phrase, then the auxiliary.
            // (So does a participle opening one: "two peacekeepers serving with the UN
            // mission in Mali (MINUSMA) were killed", « deux casques bleus servant au sein
            // de la Minusma ont été tués ».)
            let participle = p == b
                && (n.ends_with("ing") || n.ends_with("ant"))
                && w.get(p)
                    .is_some_and(|x| !x.cap && x.kind == TokenKind::Word)
                && same(p + 1)
                && matches!(
                    self.norm(p + 1),
                    "with" | "in" | "for" | "on" | "at" | "au" | "aux" | "dans" | "pour" | "avec"
                );
            if participle
                || matches!(
                    n,
                    "of" | "from"
                        | "aboard"
                        | "in"
                        | "on"
                        | "at"
                        | "near"
                        | "de"
                        | "des"
                        | "du"
                        | "d"
                        | "à"
                        | "au"
                        | "dans"
                        | "près"
                )
            {
                // ("the Water and Forests Agency": "and" inside a name.)
                let cap = |k: usize| w.get(k).is_some_and(|x| x.cap);
                // (Past ten words, not past a relative pronoun: "two brothers of the
                // imam of the great mosque in the town of Boni who was killed" are not
                // the dead.)
                let inside = |k: usize| {
                    same(k)
                        && match self.norm(k) {
                            "," | ";" | "." => false,
                            "who" | "which" | "that" | "qui" | "dont" if k >= p + 10 => false,
                            "and" | "et" => cap(k - 1) && cap(k + 1),
                            _ => true,
                        }
                        && q.get(Q::Casualty, w, k).is_none()
                        // (Nor past a reporting verb: "a health worker at the hospital
                        // said people had died" speaks.)
                        && !self.claims.has(C::Cue, w, k)
                };
                // (Up to a long name: « 15 combattants de l'État islamique en Afrique de
                // l'Ouest (Iswap) ont été tués ».)
                if let Some(k) = (p + 1..p + 15)
                    .take_while(|&k| inside(k))
                    .find(|&k| q.end(Q::Aux, w, k).is_some())
                {
                    p = k;
                    continue;
                }
                // A headline's reduced passive: "Councilman in Moungnoukana
                // assassinated by gunmen".
                // ("the driver of the truck died in the blast": or an intransitive one.)
                let stop = (p + 1..p + 10).find(|&k| !inside(k)).unwrap_or(p + 10);
                let verb = match q.get(Q::Casualty, w, stop) {
                    Some((e, Val::Casualty { role, .. })) => match role {
                        Role::Verb => !self.object_at(e),
                        Role::Intransitive => true,
                        _ => false,
                    },
                    _ => false,
                };
                if stop > p + 1 && verb {
                    p = stop;
                    continue;
                }
            }
            // "the mayor of Boni was assassinated", "8 peacekeepers from Niger were
            // injured", "le maire de Boni a été assassiné": a name after "of".
            if matches!(n, "of" | "from" | "de" | "du" | "d") {
                // "of the HCUA", "de la CMA"
                let at = if matches!(self.norm(p + 1), "the" | "la" | "l") && same(p + 1) {
                    p + 1
                } else {
                    p
                };
                let names = (at + 1..at + 4)
                    .take_while(|&k| {
                        same(k)
                            && w.get(k).is_some_and(|x| {
                                x.cap && x.kind == TokenKind::Word
                                    || self.norm(k) == "-" && w.get(k + 1).is_some_and(|y| y.cap)
                            })
                    })
                    .count();
                if names > 0 {
                    p = at + 1 + names;
                    continue;
                }
            }
            // "commander Almahdi Ag Lengach was killed", "a herder named as Bokary Cissé
            // was beheaded": the person's name right after the noun.
            if p == b {
                let mut k = p;
                if introduces_name(n) {
                    k += 1;
                    if self.norm(k) == "as" {
                        k += 1;
                    }
                }
                let name = (k..k + 5)
                    .take_while(|&j| {
                        same(j) && w.get(j).is_some_and(|x| x.cap && x.kind == TokenKind::Word)
                    })
                    .count();
                if name > 0 {
                    p = k + name;
                    continue;
                }
            }
            // "5 soldiers transporting ballot boxes were killed": a participle phrase
            // (no comma) before the auxiliary.
            if p == b && n.len() > 5 && n.ends_with("ing") && q.get(Q::Casualty, w, p).is_none() {
                if let Some(k) = (p + 1..p + 7)
                    .take_while(|&k| same(k) && !matches!(self.norm(k), "," | ";" | "."))
                    .find(|&k| q.end(Q::Aux, w, k).is_some())
                {
                    p = k;
                    continue;
                }
                return None;
            }
            // "9 traders, most of whom were Bozo, were killed": an aside between commas
            // followed by an auxiliary.
            if n == "," && q.end(Q::Part, w, p + 1).is_none() {
                let close = (p + 1..p + 12)
                    .take_while(|&k| same(k))
                    .find(|&k| self.norm(k) == ",");
                if let Some(c) = close
                    && q.end(Q::Aux, w, c + 1).is_some()
                {
                    p = c + 1;
                    continue;
                }
                return None;
            }
            if (n == "," && q.end(Q::Part, w, p + 1).is_some()) || n == "(" {
                let close = if n == "(" { ")" } else { "," };
                p = (p + 1..p + 12)
                    .take_while(|&k| same(k))
                    .find(|&k| self.norm(k) == close)?
                    + 1;
                continue;
            }
            return None;
        }
        None
    }

    /// The start of a figure's determiner ("and his three sons"), else the figure's.
    fn skip_det(&self, a: usize) -> usize {
        self.q.ending_at(Q::Det, self.w, a, 1).unwrap_or(a)
    }

    /// Parts, totals and shared verbs between figures.
    fn relate(&self, cands: &mut [Cand<'a>]) {
        let (w, q) = (self.w, self.q);
        for k in 1..cands.len() {
            let (before, rest) = cands.split_at_mut(k);
            let bq = &mut rest[0];
            if bq.unknown {
                continue;
            }
            let skip_open = |t: usize| {
                if t > 0 && matches!(self.norm(t - 1), "(" | ",") {
                    t - 1
                } else {
                    t
                }
            };
            // "6,500 of its 12,944", "196 civilians (out of 737)", "four out of five";
            // "1,000 fighters in the region, out of a total of 3,000".
            let total_from = q.ending_at(Q::Total, w, bq.a, 6);
            let whole = before.iter().rposition(|c| {
                !c.unknown
                    && (c.total_at.is_some_and(|t| t == bq.a || t == bq.core)
                        || total_from.is_some_and(|t0| {
                            let t = skip_open(t0);
                            // Only an explicit "out of a total of" reaches past a few
                            // words to its figure.
                            c.b == t
                                || (bq.a - t0 >= 4
                                    && c.solid()
                                    && c.b < t
                                    && t - c.b <= 6
                                    && w.same_sentence(c.a, t))
                        }))
            });
            if let Some(pk) = whole {
                let aq = &mut before[pk];
                aq.out_of = Some(k);
                aq.related = true;
                bq.related = true;
                if bq.counts.is_none() {
                    bq.counts = aq.counts;
                    bq.person = aq.person;
                } else if aq.counts.is_none() {
                    aq.counts = bq.counts;
                    aq.person = bq.person;
                }
                // A total is no toll; a figure out of it is one only when its own
                // casualty word says so ("12 of the 30 passengers were killed").
                bq.casualty = None;
                if !matches!(aq.casualty, Some((_, Via::Head | Via::After))) {
                    aq.casualty = None;
                }
                continue;
            }
            let prev = before
                .iter()
                .rposition(|c| c.solid() && w.same_sentence(c.a, bq.a));
            let Some(pk) = prev else { continue };
            let aq = &mut before[pk];
            // "the son of the mayor was killed", "the driver of a trader": one person named
            // in a genitive after a person is no casualty of their own.
            if bq.article
                && aq.person == Some(true)
                && aq.b + 1 == bq.a
                && matches!(self.norm(aq.b), "of" | "de" | "du" | "d")
            {
                bq.dropped = true;
                bq.casualty = None;
                continue;
            }
            // "fourteen civilians, including eight children", "12 morts, dont 3 enfants";
            // "four jihadists, two of whom were leaders", « deux d'entre eux ».
            // (Also with its noun after "of them": "killing eight passengers, three of
            // them women", where the figure took the words in.)
            let part_after = (bq.b < w.len() && q.end(Q::PartAfter, w, bq.b).is_some()
                || bq.a + 1 < bq.b && q.end(Q::PartAfter, w, bq.a + 1).is_some_and(|e| e < bq.b))
                && matches!(self.norm(bq.a.saturating_sub(1)), "," | "(" | "and" | "et");
            if let Some(t) = q
                .ending_at(Q::Part, w, bq.a, 3)
                .or(part_after.then_some(bq.a.saturating_sub(1)))
                && self.gap_is_clause_tail(aq.b, t)
            {
                bq.part_of = Some(pk);
                aq.related = true;
                if bq.casualty.is_none() && bq.person != Some(false) {
                    bq.casualty = aq.casualty.map(|(x, _)| (x, Via::Inherited));
                }
                if bq.counts.is_none() {
                    bq.counts = aq.counts;
                    bq.person = aq.person;
                }
                continue;
            }
            // "including 9 militants and 3 soldiers": both are parts.
            // ("including eight children, and 30 injured": a figure with its own
            // casualty word is another toll.)
            let own = bq
                .casualty
                .is_some_and(|(x, _)| aq.casualty.is_none_or(|(y, _)| x != y));
            if aq.part_of.is_some()
                && !own
                && q.ending_at(Q::Coord, w, self.skip_det(bq.a), 3) == Some(aq.b)
            {
                bq.part_of = aq.part_of;
                if bq.casualty.is_none() && bq.person != Some(false) {
                    bq.casualty = aq.casualty.map(|(x, _)| (x, Via::Inherited));
                }
                continue;
            }
            // "killed 3 soldiers and 2 civilians", "killing a leader of the Kel Essouk
            // and his driver": the verb is shared (past a genitive of up to ten words);
            // so is a toll's label before a colon ("Fatalities: 2 Tuaregs, 2
            // traffickers"), not a toll's figure ("the toll rose to 12, 30 soldiers…").
            let labelled = |c: &Cand| {
                matches!(c.casualty, Some((_, Via::Toll)))
                    && self
                        .skip_det(c.a)
                        .checked_sub(1)
                        .is_some_and(|k| w.norm(k) == ":")
            };
            let coord = q.ending_at(Q::Coord, w, self.skip_det(bq.a), 3);
            let of_tail = |c: usize| {
                c > aq.b
                    && c - aq.b <= 10
                    && q.end(Q::Partitive, w, aq.b).is_some()
                    && (aq.b..c).all(|i| w.words()[i].kind == TokenKind::Word)
            };
            // ("killing three soldiers, a local official said": who speaks.)
            // (A cue that ends its clause: not "two civilians said to be herders".)
            let ends_clause = |e: usize| {
                w.get(e).is_none_or(|x| {
                    !w.same_sentence(e, bq.b)
                        || x.kind != TokenKind::Word
                        || x.cap
                        || self.in_time(x.span)
                        || w.get(e + 1).is_some_and(|y| self.in_time(y.span))
                        || self.claims.has(C::Addressee, w, e)
                        || self.claims.has(C::Prep, w, e) && !matches!(self.norm(e), "to" | "as")
                })
            };
            let cue_at = |i: usize| {
                self.claims
                    .get(C::Cue, w, i)
                    .is_some_and(|(e, _)| ends_clause(e))
            };
            // ("…, two local sources said", "…, three witnesses told AFP": the figure's
            // own noun, unknown to the lexicon, and its adjectives before the cue.)
            // (Or who it serves, by name, before the cue: "…, the prefect of Hombori told
            // ORTM", « …, le préfet de Hombori a indiqué à l'ORTM ».)
            let of_name = |i: usize| {
                matches!(self.norm(bq.b), "of" | "de" | "du" | "d")
                    && (bq.b + 1..i).all(|j| {
                        let x = &w.words()[j];
                        x.kind == TokenKind::Word
                            && (x.cap || matches!(self.norm(j), "the" | "la" | "le" | "l"))
                    })
                    && w.words()[i - 1].cap
            };
            let speaks = cue_at(bq.b)
                || (self.claims.has(C::Aux, w, bq.b) && cue_at(bq.b + 1))
                || (bq.b + 2..(bq.b + 6).min(w.len())).any(|i| {
                    (cue_at(i) || self.claims.has(C::Aux, w, i) && cue_at(i + 1)) && of_name(i)
                })
                // (Or a noun after the counted one makes it a modifier: "…, wounding six
                // people, a police source said" counts sources, not police.)
                || (bq.b + 1 < w.len()
                    && cue_at(bq.b + 1)
                    && w.words()[bq.b].kind == TokenKind::Word
                    && !w.words()[bq.b].cap
                    && !self.norm(bq.b).ends_with("ly")
                    && !matches!(self.norm(bq.b), "also" | "then" | "later" | "have" | "had" | "has"))
                || bq.counts.is_none()
                    && (bq.b + 1..(bq.b + 4).min(w.len())).any(|i| {
                        cue_at(i)
                            && (bq.b..i)
                                .all(|j| w.words()[j].kind == TokenKind::Word && !w.words()[j].cap)
                    });
            if bq.casualty.is_none()
                && bq.person != Some(false)
                && aq.person != Some(false)
                && !speaks
                && (matches!(aq.casualty, Some((_, Via::Before | Via::Inherited))) || labelled(aq))
                && coord.is_some_and(|c| c == aq.b || of_tail(c))
            {
                bq.casualty = aq.casualty.map(|(x, _)| (x, Via::Inherited));
            }
        }
        // "3 soldiers and 1 civilian were killed", "4 morts, 2 blessés et 3 civils
        // tués": the verb after the last conjunct is shared backwards, right to left
        // so a list of three passes it along.
        for k in (1..cands.len()).rev() {
            let (before, rest) = cands.split_at_mut(k);
            let bq = &rest[0];
            // ("9 soldiers and 2 jihadists dead": a casualty word heading the last
            // conjunct's noun is shared too.)
            let shared = match bq.casualty {
                Some((_, Via::After)) => true,
                Some((_, Via::Head)) => bq.counts.is_some(),
                _ => false,
            };
            if bq.unknown || bq.part_of.is_some() || bq.person == Some(false) || !shared {
                continue;
            }
            let Some(pk) = before
                .iter()
                .rposition(|c| c.solid() && w.same_sentence(c.a, bq.a))
            else {
                continue;
            };
            // ("20 soldiers and auxiliaries and around 30 assailants killed", « 20
            // soldats et supplétifs et une trentaine d'assaillants tués »: a second
            // noun for people joined to the first conjunct's is still that conjunct.)
            // (Joined by the words "and", « et », both times, to a figure: not "the
            // National Guard and Dogon militiamen, one soldier killed".)
            let and = |k: usize| matches!(w.norm(k), "and" | "et");
            let aq = &before[pk];
            // (And the first figure opens its clause, the verb's subject: not "rounded
            // up 20 women and children and three men were executed".)
            let opens = aq.a == 0
                || !w.same_sentence(aq.a - 1, aq.a)
                || matches!(
                    w.norm(aq.a - 1),
                    "," | ";" | ":" | "which" | "where" | "when" | "dont" | "ou" | "lorsque"
                );
            let joined = (aq.b < w.len() && and(aq.b) && !aq.article && opens)
                .then(|| q.end(Q::Coord, w, aq.b))
                .flatten()
                .and_then(|k| {
                    let sent = w.words()[aq.b].sentence;
                    self.noun_phrase(k, sent)
                        .filter(|np| np.person == Some(true) && np.counts.is_some())
                        .map(|np| np.end)
                });
            let aq = &mut before[pk];
            let coord = q.ending_at(Q::Coord, w, self.skip_det(bq.a), 3);
            if aq.casualty.is_none()
                && aq.out_of.is_none()
                && aq.person != Some(false)
                && coord.is_some_and(|c| {
                    c == aq.b || Some(c) == joined && and(self.skip_det(bq.a).saturating_sub(1))
                })
            {
                // Marked After too, so the one before it inherits in turn.
                aq.casualty = bq.casualty.map(|(x, _)| (x, Via::After));
            }
        }
    }

    /// Between a figure and the "including" after it, only commas, auxiliaries,
    /// casualty words and adjectives ("12 personnes ont été tuées, dont").
    fn gap_is_clause_tail(&self, from: usize, to: usize) -> bool {
        if to < from || to - from > 8 {
            return false;
        }
        let (w, q) = (self.w, self.q);
        let mut p = from;
        while p < to {
            if matches!(self.norm(p), "," | "(") {
                p += 1;
                continue;
            }
            let next = q
                .end(Q::Aux, w, p)
                .or_else(|| q.end(Q::Casualty, w, p))
                .or_else(|| self.modifier(p, false));
            match next {
                Some(e) if e <= to => p = e,
                _ => return false,
            }
        }
        true
    }
}

/// The noun counted, and a casualty word heading it.
#[derive(Clone, Copy, Debug)]
struct Np<'a> {
    end: usize,
    counts: Option<&'a str>,
    person: Option<bool>,
    head: Option<&'static str>,
    /// A singular noun naming one person.
    one: bool,
}

impl Cand<'_> {
    /// One person the words `a..b` tell `what` happened to, the person named by
    /// `a..core_end` ("He" of "He later died", "his body" of "his body was found").
    fn one_person(a: usize, core_end: usize, b: usize, what: &'static str) -> Self {
        Cand {
            value: Some(1.0),
            low: Some(1.0),
            high: Some(1.0),
            counts: Some("people"),
            person: Some(true),
            casualty: Some((what, Via::Head)),
            core_end,
            ..Cand::new(a, b)
        }
    }

    fn new(a: usize, b: usize) -> Self {
        Cand {
            a,
            b,
            core: a,
            core_end: b,
            value: None,
            low: None,
            high: None,
            approximate: false,
            counts: None,
            person: None,
            casualty: None,
            digits: false,
            article: false,
            unknown: false,
            total_at: None,
            part_of: None,
            out_of: None,
            related: false,
            anaphor: false,
            dropped: false,
            repeat: false,
        }
    }

    /// A figure another may relate to.
    fn solid(&self) -> bool {
        !self.unknown
            && !self.dropped
            && (self.digits
                || self.counts.is_some()
                || self.casualty.is_some()
                || self.total_at.is_some())
    }

    /// Worth reporting: it counts something named, is a casualty, relates to another
    /// figure, or is written in digits and is no bare year.
    fn keep(&self, w: &Words) -> bool {
        if self.dropped || self.repeat {
            return false;
        }
        if self.unknown {
            return true;
        }
        if self.article {
            return self.casualty.is_some();
        }
        if self.casualty.is_some() || self.counts.is_some() || self.related {
            return true;
        }
        if self.part_of.is_some() || self.out_of.is_some() {
            return true;
        }
        if !self.digits {
            return false;
        }
        let x = &w.words()[self.core];
        let year = x.digits == 4 && x.num.is_some_and(|v| (1000.0..=2100.0).contains(&v));
        // "Kidal 2", "Minusma 2013": a bare figure right after a name is a label;
        // "Slepian, 52, and": between commas after a name, an age.
        let cap_at = |k: usize| {
            w.get(k)
                .is_some_and(|p| p.kind == TokenKind::Word && p.cap && p.sentence == x.sentence)
        };
        let after_name = self.a > 0 && cap_at(self.a - 1);
        let age = self.a > 1
            && w.norm(self.a - 1) == ","
            && cap_at(self.a - 2)
            && w.norm(self.b) == ","
            && x.num.is_some_and(|v| v < 120.0);
        !year && !after_name && !age
    }
}

/// A word that introduces a person's name after the noun ("a herder named as …", « un
/// berger nommé … »).
fn introduces_name(word: &str) -> bool {
    matches!(
        word,
        "named" | "called" | "nommé" | "nommée" | "dénommé" | "dénommée"
    )
}

/// Drops what is not worth reporting, renumbers relations, and builds the records.
fn finish(text: &str, w: &Words, cands: &[Cand]) -> Vec<Quantity> {
    let mut index = vec![usize::MAX; cands.len()];
    let mut n = 0;
    for (k, c) in cands.iter().enumerate() {
        if c.keep(w) {
            index[k] = n;
            n += 1;
        }
    }
    let remap = |r: Option<usize>| r.map(|k| index[k]).filter(|&k| k != usize::MAX);
    let mut out = Vec::with_capacity(n);
    for (k, c) in cands.iter().enumerate() {
        if index[k] == usize::MAX {
            continue;
        }
        let span = w.span(c.a, c.b);
        let casualty = c.casualty.map(|(x, _)| x);
        out.push(Quantity {
            text: span.of(text).to_string(),
            span,
            value: c.value,
            low: c.low,
            high: c.high,
            counts: c
                .counts
                .or(casualty.filter(|_| !c.unknown).map(|_| PEOPLE))
                .map(str::to_string),
            approximate: c.approximate,
            casualty: casualty.map(str::to_string),
            part_of: remap(c.part_of),
            out_of: remap(c.out_of),
        });
    }
    out
}
