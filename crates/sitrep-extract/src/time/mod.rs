//! The time stage: temporal expressions in English and French, normalized to TimeML
//! values with an interval, ACLED's time precision and the anchor used (DESIGN §3 Time).
//!
//! - `lex`: the per-language lexicon (`data/lexicon/*/time.tsv`);
//! - `grammar`: recognition (what the words say);
//! - `resolve`: normalization (what calendar time they mean).
//!
//! When a document has no publication date, this stage infers it from the text
//! ("Saturday, November 11" fixes the year; "Monday morning" the day) before resolving
//! the deictic expressions that depend on it.

pub mod grammar;
pub mod lex;
pub mod resolve;

use crate::WordStage;
use crate::claim::lex::{C, ClaimLex};
use crate::numbers::NumberLex;
use crate::resources::Resources;
use crate::words::Words;
use grammar::{Cand, DateSpec, Expr, Grammar, Open, Rel, Unit};
use lex::{K, WordFlags};
use resolve::{Anchor, Anchors, Gran, Point, Tense};
use sitrep_core::records::{TimeAnchor, TimeMention, TimexType};
use sitrep_core::{Date, Doc, Lang};
use std::sync::Arc;

pub struct TimeStage {
    res: Arc<Resources>,
    /// Per language, indexed by word id: flags for the grammar's pre-filter
    /// (`TimeLex::word_flags`).
    flags: [WordFlags; 2],
}

impl TimeStage {
    pub fn new(res: Arc<Resources>) -> TimeStage {
        let flags =
            [Lang::En, Lang::Fr].map(|l| res.time(l).word_flags(res.vocab(l), res.numbers(l)));
        TimeStage { res, flags }
    }
}

impl WordStage for TimeStage {
    fn name(&self) -> &'static str {
        "time"
    }

    fn run(&self, doc: &mut Doc, words: &Words) {
        let lang = doc.lang();
        let lex = self.res.time(lang);
        let num = self.res.numbers(lang);
        let (cands, inferred) = {
            let g = Grammar {
                w: words,
                lex,
                num,
                lang,
                text: doc.text(),
                flags: &self.flags[lang as usize],
                amount_memo: Default::default(),
                accounts_memo: Default::default(),
            };
            let mut cands = g.recognize();
            mark_open_intervals(&g, &mut cands);
            let inferred = if doc.published().is_none() {
                infer_publication(&g, &cands, self.res.today())
            } else {
                None
            };
            (cands, inferred)
        };
        if let Some(d) = inferred {
            doc.document.meta.published = Some(d);
            doc.document.meta.published_inferred = true;
        }
        let mut cands = cands;
        if let Some(dct) = doc.published() {
            settle_numeric(&mut cands, dct);
        }
        let g = Grammar {
            w: words,
            lex,
            num,
            lang,
            text: doc.text(),
            flags: &self.flags[lang as usize],
            amount_memo: Default::default(),
            accounts_memo: Default::default(),
        };
        let dateline = dateline(&g, &cands);
        let times = resolve_all(
            &g,
            &cands,
            dateline,
            doc.published(),
            lang,
            num,
            self.res.claim_lex(lang),
        );
        doc.times = times;
    }
}

/// "12/03/2025" in English is 3 December to an American and 12 March to most of the
/// world: when only the day-first reading is not after the publication date, or is
/// nearer it, the report meant that one. (A report of events is mostly about the past,
/// and wires about Mali write the day first.)
pub(crate) fn settle_numeric(cands: &mut [Cand], dct: Date) {
    for c in cands.iter_mut() {
        let Expr::Date { spec, .. } = &mut c.expr else {
            continue;
        };
        if !spec.swappable {
            continue;
        }
        let (Some(m), Some(d)) = (spec.month, spec.day) else {
            continue;
        };
        let year = spec.year.unwrap_or(dct.year() as i32);
        let as_date = |m: u8, d: u8| resolve::ymd(year, m, d);
        let (Some(month_first), Some(day_first)) = (as_date(m, d), as_date(d, m)) else {
            continue;
        };
        // (Without a year, each reading is the nearest such day, a year either way.)
        let gap = |x: Date| {
            let g = resolve::days_between(dct, x).abs();
            if spec.year.is_none() {
                g.min(365 - g.min(365))
            } else {
                g
            }
        };
        let after = |x: Date| spec.year.is_some() && x > dct;
        if after(month_first) && !after(day_first)
            || after(month_first) == after(day_first) && gap(day_first) < gap(month_first)
        {
            spec.month = Some(d);
            spec.day = Some(m);
        }
        spec.swappable = false;
    }
}

/// "since October 21" opens the interval; "until November 10" closes it. (A bound
/// "until" sets is not one when a clause after it tells what happened then: "spared
/// until 2019, when an attack…" names 2019. "Fighting has continued since Sunday,
/// when…" still runs up to now.)
fn mark_open_intervals(g: &Grammar, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        let Expr::Date { open, .. } = &mut c.expr else {
            continue;
        };
        let after = if c.b < g.w.len() && g.w.norm(c.b) == "," {
            c.b + 1
        } else {
            c.b
        };
        let moment = after < g.w.len() && g.lex.get(K::MomentOf, g.w, after).is_some();
        for back in 1..=3usize {
            let Some(start) = c.a.checked_sub(back) else {
                break;
            };
            // (Its article may open the expression: "since the night of…", the
            // expression "the night of…".)
            if let Some((e, v)) = g.lex.get(K::Since, g.w, start)
                && (e == c.a || back == 1 && e == c.a + 1)
            {
                *open = if v == "now" {
                    Open::SinceNow
                } else {
                    Open::Since
                };
                break;
            }
            if g.lex
                .get(K::Until, g.w, start)
                .is_some_and(|(e, _)| e == c.a)
            {
                if !moment {
                    *open = Open::Until;
                }
                break;
            }
        }
    }
}

/// `n.ends_with(s)`, byte by byte from the end: suffixes are two to five bytes, and the
/// last byte rules out most words, where the library's comparison was a call.
#[inline]
fn ends_with(n: &str, s: &str) -> bool {
    let (n, s) = (n.as_bytes(), s.as_bytes());
    let r = n.len() >= s.len() && n.iter().rev().zip(s.iter().rev()).all(|(x, y)| x == y);
    debug_assert_eq!(r, n.ends_with(s));
    r
}

/// The verb tense nearest to words `[a, b)` in their sentence, from the lexicon's cues.
fn tense_near(g: &Grammar, a: usize, b: usize) -> Option<Tense> {
    let t = tense_scan(g, a, b, true);
    debug_assert_eq!(t, tense_scan(g, a, b, false), "tense_near stopped early");
    t
}

/// [`tense_near`], by a scan of the sentence. The scan meets cues in the order of their
/// positions: with `early`, it stops once the answer is known (at the expression, when
/// a cue came before it; at the first cue after it otherwise), where reading the whole
/// sentence cost some three thousand instructions an expression.
fn tense_scan(g: &Grammar, a: usize, b: usize, early: bool) -> Option<Tense> {
    let w = g.w;
    let sent = w.get(a)?.sentence;
    // The sentence's words from its bounds, not by walking to them word by word.
    let (lo, end) = w.sentence_bounds()[sent as usize];
    let hi = b.max(end);
    debug_assert_eq!((lo, hi), {
        let mut lo = a;
        while lo > 0 && w.get(lo - 1).is_some_and(|x| x.sentence == sent) {
            lo -= 1;
        }
        let mut hi = b;
        while w.get(hi).is_some_and(|x| x.sentence == sent) {
            hi += 1;
        }
        (lo, hi)
    });
    // The nearest cue before the expression governs it ("said … will resume on
    // Friday"); failing that, the nearest one after ("Friday, the army said").
    let mut before: Option<(usize, Tense)> = None;
    let mut after: Option<(usize, Tense)> = None;
    // (A macro, not a closure: the loop reads `before` and `after` between calls.)
    macro_rules! consider {
        ($pos:expr, $t:expr) => {{
            let (pos, t): (usize, Tense) = ($pos, $t);
            if pos < a {
                if before.is_none_or(|(p, _)| pos > p) {
                    before = Some((pos, t));
                }
            } else if after.is_none_or(|(p, _)| pos < p) {
                after = Some((pos, t));
            }
        }};
    }
    let mut i = lo;
    while i < hi {
        if early && (after.is_some() || (i >= a && before.is_some())) {
            break;
        }
        if i >= a && i < b {
            i += 1;
            continue;
        }
        if let Some((e, _)) = g.lex.get(K::TenseNone, w, i) {
            i = e;
            continue;
        }
        // Lowercase words (proper names are not verbs: "the Fed", "Rose"), or words in
        // an all-caps line; not the second half of a compound ("the French-led force").
        // (The word as written only for a capitalized one: slicing it cost a test of
        // character boundaries at every word of the sentence.)
        let raw = || w.get(i).map(|x| x.span.of(g.text)).unwrap_or("");
        let lower = (w.get(i).is_some_and(|x| !x.cap) || {
            let raw = raw();
            raw.len() > 3 && raw.chars().all(|c| !c.is_lowercase())
        }) && !w.get(i).is_some_and(|x| {
            x.glued
                && (x.span.start as usize)
                    .checked_sub(1)
                    .is_some_and(|p| g.text.as_bytes().get(p) == Some(&b'-'))
        });
        if let Some((e, _)) = g.lex.get(K::TenseFuture, w, i) {
            consider!(i, Tense::Future);
            i = e;
            continue;
        }
        if lower && let Some((e, _)) = g.lex.get(K::TensePast, w, i) {
            // An irregular participle after "be" is passive, not past ("will be paid").
            if !after_aux(g, i) {
                consider!(i, Tense::Past);
            }
            i = e;
            continue;
        }
        let n = w.norm(i);
        if lower {
            if g.lex
                .future_suffix
                .iter()
                .any(|(s, min)| n.len() >= *min && ends_with(n, s))
            {
                consider!(i, Tense::Future);
            } else if g
                .lex
                .past_suffix
                .iter()
                .any(|(s, min)| n.len() >= *min && ends_with(n, s))
                // A participle after "be" is passive or future, not past ("will be
                // named"); after a determiner it is an adjective ("a still unspecified
                // date").
                && !after_aux(g, i)
            {
                consider!(i, Tense::Past);
            }
        }
        i += 1;
    }
    before.or(after).map(|(_, t)| t)
}

/// Whether word `i` follows a phrase of the lexicon's `tense_aux` (a form of "be", a
/// determiner, or a determiner and an adverb: "is", "a", "a still"), after which a
/// participle is passive or an adjective and tells no tense.
fn after_aux(g: &Grammar, i: usize) -> bool {
    (1..=3.min(i)).any(|k| {
        g.lex
            .get(K::TenseAux, g.w, i - k)
            .is_some_and(|(e, _)| e == i)
    })
}

/// Infers an undated report's publication date from its own dates: a full date with a
/// weekday fixes the year (the latest year, not after today, in which that day falls on
/// that weekday), and weekdays mentioned after it ("Monday morning", "on Sunday") move
/// the day forward to the latest of them. Pluperfect sentences ("had already") look back
/// and are not used.
pub fn infer_publication(g: &Grammar, cands: &[Cand], today: Date) -> Option<Date> {
    let mut latest: Option<Date> = None;
    for c in cands {
        let Expr::Date { spec, end, .. } = &c.expr else {
            continue;
        };
        for s in std::iter::once(spec).chain(end.as_deref()) {
            if s.rel != Rel::Abs || s.shift_days != 0 {
                continue;
            }
            let (Some(m), Some(d)) = (s.month, s.day) else {
                continue;
            };
            let date = match (s.year, s.weekday) {
                (Some(y), _) => resolve::ymd(y, m, d),
                (None, Some(wd)) => {
                    resolve::year_of_weekday(m, d, wd, today).and_then(|y| resolve::ymd(y, m, d))
                }
                _ => None,
            };
            if let Some(date) = date
                && date <= today
                && latest.is_none_or(|l| date > l)
            {
                latest = Some(date);
            }
        }
    }
    let base = latest?;
    let mut best = base;
    let mut with_pod: Option<Date> = None;
    for c in cands {
        let Expr::Date {
            spec, end: None, ..
        } = &c.expr
        else {
            continue;
        };
        let Some(wd) = spec.weekday else { continue };
        if spec.day.is_some() || spec.rel != Rel::Abs || spec.dir != 0 || spec.shift_days != 0 {
            continue;
        }
        if pluperfect(g, c.a) {
            continue;
        }
        let Some(d) = resolve::next_weekday(base, wd) else {
            continue;
        };
        if d > today {
            continue;
        }
        // "Monday morning": a report written that morning.
        if spec.pod.is_some() {
            with_pod = Some(with_pod.map_or(d, |p| p.max(d)));
        }
        if d > best {
            best = d;
        }
    }
    Some(with_pod.unwrap_or(best))
}

/// "had already denounced", "avait dénoncé": the sentence looks back from its own past.
fn pluperfect(g: &Grammar, at: usize) -> bool {
    let w = g.w;
    let Some(sent) = w.get(at).map(|x| x.sentence) else {
        return false;
    };
    let mut i = at;
    while i > 0 && w.get(i - 1).is_some_and(|x| x.sentence == sent) {
        i -= 1;
    }
    while w.get(i).is_some_and(|x| x.sentence == sent) {
        if pluperfect_aux(w.norm(i)) {
            return true;
        }
        i += 1;
    }
    false
}

/// The auxiliary of a pluperfect ("had", « avait », « était »), folded.
pub(crate) fn pluperfect_aux(norm: &str) -> bool {
    matches!(norm, "had" | "avait" | "avaient" | "etait" | "etaient")
}

/// The English possessive, with either apostrophe ("Wednesday's", "next year’s").
const POSSESSIVE: [&str; 2] = ["'s", "’s"];

/// Does a possessive follow byte `end`?
fn possessive_at(text: &str, end: u32) -> bool {
    text.get(end as usize..)
        .is_some_and(|rest| POSSESSIVE.iter().any(|p| rest.starts_with(p)))
}

/// The date of a dispatch's dateline ("MOPTI, 6 avril 2023 (AMAP) –", "BAMAKO, March
/// 14 -", "Kignan, 24 April: …", "(Nairobi, April 12, 2023) –"), by candidate index: a
/// day and month right after a place in capitals or with its capital, at the head of
/// one of the first sentences, before the bracket, dash or colon that opens the text.
fn dateline(g: &Grammar, cands: &[Cand]) -> Option<usize> {
    let w = g.w;
    cands.iter().position(|c| {
        let Expr::Date {
            spec, end: None, ..
        } = &c.expr
        else {
            return false;
        };
        if spec.rel != Rel::Abs
            || spec.day.is_none()
            || spec.month.is_none()
            || spec.shift_days != 0
            || c.a < 2
        {
            return false;
        }
        let sent = w.words()[c.a].sentence as usize;
        let Some(&(s0, _)) = w.sentence_bounds().get(sent) else {
            return false;
        };
        let bracketed = w.norm(s0) == "(";
        let s0 = s0 + bracketed as usize;
        let closed = c.b < w.len()
            && match bracketed {
                true => w.norm(c.b) == ")",
                false => matches!(w.norm(c.b), "(" | "-" | "–" | "—" | ":"),
            };
        sent <= 2
            && closed
            && c.a > s0
            && c.a - s0 <= 6
            && w.norm(c.a - 1) == ","
            && w.words()[s0].cap
            && (s0..c.a - 1).all(|i| w.words()[i].cap || w.norm(i) == ",")
    })
}

/// How many days before the publication date a dateline's date may be and still be
/// the day the dispatch was written (an agency's dispatch printed days later).
const DATELINE_DAYS: i64 = 7;

fn resolve_all(
    g: &Grammar,
    cands: &[Cand],
    dateline: Option<usize>,
    dct: Option<Date>,
    _lang: Lang,
    _num: &NumberLex,
    cues: &ClaimLex,
) -> Vec<TimeMention> {
    let mut out: Vec<TimeMention> = Vec::with_capacity(cands.len());
    // (At most one of each per expression: reserved, they never grow.)
    let mut refs: Vec<Point> = Vec::with_capacity(cands.len());
    let quarterly = cands.iter().any(|c| {
        matches!(&c.expr, Expr::Date { spec, .. } if spec.quarter.is_some()
            || matches!(spec.rel, Rel::Anaphora(grammar::Unit::Quarter, _)))
    });
    let mut ref_mention: Vec<usize> = Vec::with_capacity(cands.len());
    let mut told: Vec<bool> = Vec::with_capacity(cands.len());
    // A date right after a reporting verb is when it was said: "said on Tuesday",
    // « a indiqué mardi l'armée ».
    // (Or inside a reporting phrase read across it: « a-t-on appris lundi de sources
    // locales ».)
    let said_on = |a: usize, b: usize| {
        let e = if a > 0 && matches!(g.w.norm(a - 1), "on" | "ce") {
            a - 1
        } else {
            a
        };
        cues.ending_at(C::Cue, g.w, e, 4).is_some()
            || (a.saturating_sub(4)..a).any(|i| {
                cues.table(C::CuePrep)
                    .longest_across(g.w, i, a, b)
                    .is_some()
            })
    };
    // The dispatch's own date, once read, anchors the words after it that count from
    // the day of writing ("hier", "on Sunday"): what the dateline mention resolved to
    // and its index.
    let mut written: Option<(Date, usize)> = None;
    let pub_dct = dct;
    for (ci, c) in cands.iter().enumerate() {
        let dct = written.map(|(d, _)| d).or(pub_dct);
        let span = g.w.span(c.a, c.b);
        let text = span.of(g.text).to_string();
        let modifier = c.modifier.clone();
        let m = match &c.expr {
            Expr::Duration(v) => TimeMention {
                text,
                span,
                timex_type: TimexType::Duration,
                value: v.clone(),
                start: None,
                end: None,
                precision: 3,
                anchor: None,
                modifier,
                parts: Vec::new(),
            },
            Expr::Set(v) => TimeMention {
                text,
                span,
                timex_type: TimexType::Set,
                value: v.clone(),
                start: None,
                end: None,
                precision: 3,
                anchor: None,
                modifier,
                parts: Vec::new(),
            },
            Expr::Ref(v) => TimeMention {
                text,
                span,
                timex_type: TimexType::Date,
                value: v.clone(),
                start: None,
                end: None,
                precision: 3,
                anchor: dct.map(|d| TimeAnchor {
                    kind: "publication".into(),
                    index: None,
                    value: resolve::date_string(d),
                    text: None,
                }),
                modifier,
                parts: Vec::new(),
            },
            Expr::Date { spec, end, open } => {
                // "until Tuesday" looks ahead unless the sentence says otherwise.
                // Only a bare weekday, month, season, quarter or day ("on the 20th")
                // needs the tense. So does "this weekend", told on a weekday (the one
                // gone or the coming).
                let needs_tense = spec.rel == Rel::Abs
                    && spec.year.is_none()
                    && (spec.weekday.is_some()
                        || spec.month.is_some()
                        || spec.season.is_some()
                        || spec.quarter.is_some()
                        || spec.day.is_some())
                    || spec.weekend && spec.rel == Rel::Deictic(Unit::Week, 0)
                    // (And days after another time: a past deed is no later than the
                    // report, see `resolve_spec`.)
                    || matches!(spec.rel, Rel::Anaphora(Unit::Day, n) if n > 0);
                // "Wednesday's ruling" names a day already known, whatever the verb.
                let possessive = spec.weekday.is_some() && possessive_at(g.text, span.end);
                // "since March", « depuis mars »: an interval open up to now began before
                // it, whatever tense governs the sentence ("will replace the carrier,
                // which has been on patrol since March").
                let tense = if needs_tense && *open == Open::SinceNow {
                    Some(Tense::Past)
                } else if needs_tense && !possessive {
                    tense_near(g, c.a, c.b).or((*open == Open::Until).then_some(Tense::Future))
                } else {
                    None
                };
                let anchors = Anchors {
                    dct,
                    refs: &refs,
                    told: &told,
                    tense,
                    up_to_now: *open == Open::SinceNow,
                    quarterly,
                };
                // "next year's first quarter": a year in the possessive dates what follows.
                let owner_year = (spec.year.is_none()
                    && spec.rel == Rel::Abs
                    && (spec.quarter.is_some() || spec.half.is_some() || spec.month.is_some()))
                .then(|| out.last())
                .flatten()
                .filter(|prev| {
                    g.text
                        .get(prev.span.end as usize..span.start as usize)
                        .is_some_and(|gap| POSSESSIVE.contains(&gap.trim_end()))
                })
                .and_then(|prev| {
                    (prev.value.len() == 4)
                        .then(|| prev.value.parse::<i32>().ok())
                        .flatten()
                });
                let owned;
                let spec = match owner_year {
                    Some(y) => {
                        owned = DateSpec {
                            year: Some(y),
                            ..spec.clone()
                        };
                        &owned
                    }
                    None => spec,
                };
                let resolved = resolve::resolve_spec(spec, &anchors);
                let anchor_rec = |a: Option<Anchor>| -> Option<TimeAnchor> {
                    match a? {
                        Anchor::Publication => match written {
                            Some((d, mi)) => Some(TimeAnchor {
                                kind: "mention".into(),
                                index: Some(mi),
                                value: resolve::date_string(d),
                                text: Some(out[mi].text.clone()),
                            }),
                            None => dct.map(|d| TimeAnchor {
                                kind: "publication".into(),
                                index: None,
                                value: resolve::date_string(d),
                                text: None,
                            }),
                        },
                        Anchor::Mention(i) => {
                            let mi = ref_mention[i];
                            Some(TimeAnchor {
                                kind: "mention".into(),
                                index: Some(mi),
                                value: out[mi].value.clone(),
                                text: Some(out[mi].text.clone()),
                            })
                        }
                    }
                };
                match resolved {
                    Some((p, anchor)) => {
                        let (mut start, mut stop) = p.interval();
                        narrow(&mut start, &mut stop, modifier.as_deref());
                        let mut precision = p.precision(modifier.as_deref());
                        let mut parts = Vec::new();
                        if let Some(e) = end {
                            // The end borrows year and month from the start when it lacks them.
                            let mut e = e.clone();
                            if e.year.is_none() && e.month.is_some() {
                                e.year = Some(p.date.year() as i32);
                            }
                            let end_refs = [p.clone()];
                            let ea = Anchors {
                                dct,
                                refs: &end_refs,
                                told: &[false],
                                tense,
                                up_to_now: false,
                                quarterly,
                            };
                            if let Some((pe, _)) = resolve::resolve_spec(&e, &ea) {
                                let (_, s2) = pe.interval();
                                if s2 >= start {
                                    stop = s2;
                                }
                                if let Some([(a1, b1), (a2, b2)]) = c.parts {
                                    for ((x, y), v) in
                                        [((a1, b1), p.value()), ((a2, b2), pe.value())]
                                    {
                                        let sp = g.w.span(x, y);
                                        parts.push(sitrep_core::records::TimexPart {
                                            text: sp.of(g.text).to_string(),
                                            span: sp,
                                            value: v,
                                        });
                                    }
                                }
                            }
                            let days = resolve::days_between(start, stop);
                            // A night runs over two days but is one time.
                            precision = if days == 0 || (p.pod == Some("NI") && days <= 1) {
                                1
                            } else if days <= 7 {
                                2
                            } else {
                                3
                            };
                        }
                        let (s_opt, e_opt) = match open {
                            Open::No => (Some(start), Some(stop)),
                            Open::Since | Open::SinceNow => (Some(start), None),
                            Open::Until => (None, Some(stop)),
                        };
                        let typ = if matches!(p.gran, Gran::Time | Gran::Pod) {
                            TimexType::Time
                        } else {
                            TimexType::Date
                        };
                        let rec = anchor_rec(anchor);
                        // A quarter derived from another ("a year earlier") is a
                        // comparison, not the period the report is about.
                        let derived_quarter = p.gran == Gran::Quarter
                            && (p.derived || matches!(anchor, Some(Anchor::Mention(_))));
                        if !derived_quarter {
                            refs.push(p.clone());
                            told.push(said_on(c.a, c.b));
                            ref_mention.push(out.len());
                        }
                        TimeMention {
                            text,
                            span,
                            timex_type: typ,
                            value: p.value(),
                            start: s_opt,
                            end: e_opt,
                            precision,
                            anchor: rec,
                            modifier,
                            parts,
                        }
                    }
                    None => TimeMention {
                        text,
                        span,
                        timex_type: if spec.clock.is_some() || spec.pod.is_some() {
                            TimexType::Time
                        } else {
                            TimexType::Date
                        },
                        value: unresolved_value(spec),
                        start: None,
                        end: None,
                        precision: unresolved_precision(spec),
                        anchor: None,
                        modifier,
                        parts: Vec::new(),
                    },
                }
            }
        };
        // (Only a date not after publication and at most a week before it: a date
        // further off is no day of writing.)
        if dateline == Some(ci)
            && let Some(d) = m.start
            && m.precision == 1
            && pub_dct.is_none_or(|p| (0..=DATELINE_DAYS).contains(&resolve::days_between(d, p)))
        {
            written = Some((d, out.len()));
        }
        out.push(m);
    }
    out
}

/// START/MID/END narrow an interval to its first, middle or last third; a week's is
/// three days ("late last week" holds its Friday, not only the weekend).
fn narrow(start: &mut Date, stop: &mut Date, modifier: Option<&str>) {
    let days = resolve::days_between(*start, *stop);
    if days < 3 {
        return;
    }
    let third = if days == 6 { 3 } else { (days + 1) / 3 };
    let add = |d: Date, n: i64| d.checked_add(jiff::Span::new().days(n)).unwrap_or(d);
    match modifier {
        Some("START") => *stop = add(*start, third - 1),
        Some("MID") => {
            *start = add(*start, third);
            *stop = add(*start, third - 1);
        }
        Some("END") => *start = add(*stop, -(third - 1)),
        _ => {}
    }
}

/// The value of an expression that could not be anchored: the known parts, X for the
/// rest ("XXXX-11-11").
fn unresolved_value(s: &DateSpec) -> String {
    let y = s
        .year
        .map(|y| format!("{y:04}"))
        .unwrap_or_else(|| "XXXX".into());
    if s.shift_days != 0 {
        // A day away from a date not known in full: only "some day" is known.
        return "XXXX-XX-XX".into();
    }
    match (s.month, s.day, s.weekday) {
        (Some(m), Some(d), _) => format!("{y}-{m:02}-{d:02}"),
        (Some(m), None, _) => format!("{y}-{m:02}"),
        (None, None, Some(wd)) => format!("XXXX-WXX-{wd}"),
        _ => match &s.rel {
            Rel::Today(_) | Rel::Anaphora(..) | Rel::Same => "XXXX-XX-XX".into(),
            _ => y,
        },
    }
}

fn unresolved_precision(s: &DateSpec) -> u8 {
    if s.day.is_some() || s.weekday.is_some() || s.shift_days != 0 || matches!(s.rel, Rel::Today(_))
    {
        1
    } else {
        3
    }
}

#[cfg(test)]
mod tests;
