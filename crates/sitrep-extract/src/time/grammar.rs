//! Recognition: which words are a time expression, and what they say (not yet what
//! calendar day they mean — that needs an anchor, see `resolve`).
//!
//! The grammar is a set of small patterns over the folded word stream, each built from
//! lexicon kinds (month, weekday, unit, deictic…). At every word that can start an
//! expression all patterns are tried and the longest match wins, so "the night of
//! November 3 to 4" beats "November 3", and "two days earlier" beats "two days".

use super::lex::{
    ALONE, CONT_ANY, CONT_NUMBER, DATE_LEAD, DATE_WORD, FIRST_LITERAL, K, NUMBER, TRIGGER, TimeLex,
    WordFlags,
};
use crate::numbers::NumberLex;
use crate::words::Words;
use sitrep_core::{Lang, TokenKind};
use std::cell::Cell;

/// Calendar units, as TimeML writes them in durations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    Quarter,
    Half,
    Hour,
    Minute,
    Second,
    Weekend,
    Fortnight,
    /// Parts of day used as units ("two nights", "Monday night").
    Pod(&'static str),
}

impl Unit {
    pub fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "D" => Unit::Day,
            "W" => Unit::Week,
            "M" => Unit::Month,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            "Q" => Unit::Quarter,
            "HY" => Unit::Half,
            "H" => Unit::Hour,
            "MIN" => Unit::Minute,
            "S" => Unit::Second,
            "WE" => Unit::Weekend,
            "FN" => Unit::Fortnight,
            "NI" => Unit::Pod("NI"),
            "MO" => Unit::Pod("MO"),
            "AF" => Unit::Pod("AF"),
            "EV" => Unit::Pod("EV"),
            _ => return None,
        })
    }

    /// TimeML duration of `n` units ("P3W", "PT24H", "PXY" when `n` is unknown).
    ///
    /// A whole number of units is pushed digit by digit: `format!` and `to_string`
    /// cost several times the copy, on every duration of a report.
    pub fn duration(self, n: Option<f64>) -> String {
        // Fractions of a unit are written in the next smaller unit (PT5H30M, P2Y6M).
        if let Some(v) = n
            && v.fract() > 1e-9
        {
            let whole = v.trunc() as i64;
            let (big, small, k) = match self {
                Unit::Hour => ("H", "M", 60.0),
                Unit::Year => ("Y", "M", 12.0),
                Unit::Day => ("D", "H", 24.0),
                Unit::Minute => ("M", "S", 60.0),
                Unit::Month => ("M", "D", 30.0),
                Unit::Week => ("W", "D", 7.0),
                _ => ("", "", 0.0),
            };
            if k > 0.0 {
                let rest = (v.fract() * k).round() as i64;
                let t = matches!(self, Unit::Hour | Unit::Minute);
                let t2 = matches!(self, Unit::Day);
                return match (whole, t, t2) {
                    (0, true, _) => format!("PT{rest}{small}"),
                    (0, false, true) => format!("PT{rest}{small}"),
                    (_, true, _) => format!("PT{whole}{big}{rest}{small}"),
                    (_, false, true) => format!("P{whole}{big}T{rest}{small}"),
                    _ => format!("P{whole}{big}{rest}{small}"),
                };
            }
        }
        let (pre, k, unit) = match (self, n) {
            (Unit::Decade, None) => return "PXDE".into(),
            (Unit::Century, None) => return "PXCE".into(),
            (Unit::Weekend, None) => return "PXWE".into(),
            (Unit::Day | Unit::Pod(_), _) => ("P", 1.0, "D"),
            (Unit::Week, _) => ("P", 1.0, "W"),
            (Unit::Month, _) => ("P", 1.0, "M"),
            (Unit::Year, _) => ("P", 1.0, "Y"),
            (Unit::Decade, _) => ("P", 10.0, "Y"),
            (Unit::Century, _) => ("P", 100.0, "Y"),
            (Unit::Quarter, _) => ("P", 1.0, "Q"),
            (Unit::Half, _) => ("P", 6.0, "M"),
            (Unit::Hour, _) => ("PT", 1.0, "H"),
            (Unit::Minute, _) => ("PT", 1.0, "M"),
            (Unit::Second, _) => ("PT", 1.0, "S"),
            (Unit::Weekend, _) => ("P", 2.0, "D"),
            (Unit::Fortnight, _) => ("P", 14.0, "D"),
        };
        let mut s = String::with_capacity(8);
        s.push_str(pre);
        match n {
            None => s.push('X'),
            Some(v) => {
                let v = v * k;
                if (v - v.round()).abs() < 1e-9 {
                    push_int(&mut s, v.round() as i64);
                } else {
                    use std::fmt::Write;
                    let _ = write!(s, "{v}");
                }
            }
        }
        s.push_str(unit);
        s
    }
}

/// Pushes `v` as `v.to_string()` writes it.
fn push_int(s: &mut String, v: i64) {
    if v < 0 {
        s.push('-');
    }
    sitrep_core::digits::push_u64(s, v.unsigned_abs(), 0);
}

/// How an expression relates to its anchor.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Rel {
    /// Absolute (possibly with the year missing).
    #[default]
    Abs,
    /// Days from the publication date ("yesterday" = -1).
    Today(i32),
    /// The publication date's unit, shifted ("last week" = Week, -1).
    Deictic(Unit, i32),
    /// `n` units before the publication date ("two days ago").
    Ago(Unit, f64),
    /// `n` units from the reference time in the text ("two days earlier" = Day, -2).
    Anaphora(Unit, i32),
    /// The reference time itself ("then", "that day").
    Same,
    /// A month of the publication year shifted by n years ("June last year").
    DeictMonth(i32),
    /// A month of the year the text refers to ("March that year", « en mars de cette
    /// année-là »).
    AnaMonth,
}

/// What a date expression says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateSpec {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<u8>,
    pub season: Option<&'static str>,
    pub quarter: Option<u8>,
    pub half: Option<u8>,
    /// 199 for "the 1990s".
    pub decade: Option<i32>,
    /// 19 for "the 20th century".
    pub century: Option<i32>,
    /// A weekend rather than a week or day.
    pub weekend: bool,
    /// Part of day: MO, AF, EV, NI, or a clock value like "T12:00".
    pub pod: Option<&'static str>,
    pub clock: Option<(u8, u8)>,
    pub rel: Rel,
    /// Direction hint from the words: -1 "dernier"/"last", +1 "prochain"/"next".
    pub dir: i8,
    pub fiscal: bool,
    /// "this Friday", "ce lundi": within the publication date's week.
    pub this: bool,
    /// A week given by one of its days ("the week of March 6").
    pub week_of: bool,
    /// Days from the date this spec names: "the day before last Tuesday" is last
    /// Tuesday, -1; « la veille du 11 novembre » is November 11, -1.
    pub shift_days: i32,
    /// Counted from an event named after it ("the day after the battle", « le lendemain
    /// de l'attaque »): only an earlier time in the text may stand for that event's.
    pub of_event: bool,
    /// Years added to a quarter: -1 in "the year-ago third quarter" (the one a year
    /// before the latest third quarter) and, with `this`, in "the third quarter of last
    /// year", « le troisième trimestre de l'an dernier » (the publication year's, less one).
    pub year_shift: i32,
    /// An English numeric date read month first whose parts could be day and month
    /// ("12/03/2025"): the publication date may say which reading the report meant
    /// ([`super::settle_numeric`]).
    pub swappable: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Open {
    #[default]
    No,
    /// "since October 21": from the date on, end open.
    Since,
    /// The same, told as running up to now ("since March", « depuis mars »): the date is
    /// past.
    SinceNow,
    /// "until November 10": up to the date.
    Until,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Date {
        spec: DateSpec,
        /// The end of an interval ("from 11 to 13 November").
        end: Option<Box<DateSpec>>,
        open: Open,
    },
    Duration(String),
    Set(String),
    Ref(String),
}

/// A recognized expression over words `[a, b)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Cand {
    pub a: usize,
    pub b: usize,
    pub expr: Expr,
    pub modifier: Option<String>,
    /// For intervals: the word ranges of the two ends.
    pub parts: Option<[(usize, usize); 2]>,
}

impl Cand {
    fn date(a: usize, b: usize, spec: DateSpec) -> Cand {
        Cand {
            a,
            b,
            expr: Expr::Date {
                spec,
                end: None,
                open: Open::No,
            },
            modifier: None,
            parts: None,
        }
    }
}

/// Words that may precede a bare year ("in 2012", "depuis 1960").
const YEAR_PREPS: &[&str] = &[
    "in",
    "since",
    "from",
    "until",
    "till",
    "by",
    "of",
    "during",
    "before",
    "after",
    "to",
    "and",
    "or",
    "between",
    "year",
    "fiscal",
    "en",
    "depuis",
    "de",
    "du",
    "des",
    "des",
    "jusqu",
    "avant",
    "apres",
    "entre",
    "et",
    "ou",
    "annee",
    "an",
    "au",
    "dans",
    "pour",
    "vers",
    "fin",
    "debut",
    "mi",
    "early",
    "late",
    "mid",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "printemps",
    "ete",
    "automne",
    "hiver",
    "le",
    "l",
    "the",
    "in",
    ",",
    "(",
];

/// Words a bare year must not follow: it is then a number, an article or a law.
const NOT_YEAR_AFTER: &[&str] = &[
    "article",
    "resolution",
    "no",
    "n",
    "number",
    "law",
    "decree",
    "loi",
    "decret",
    "flight",
    "vol",
    "route",
    "page",
    "chapter",
    "chapitre",
    "code",
    "numero",
    "about",
    "nearly",
    "some",
    "over",
    "than",
    "environ",
    "pres",
    "plus",
    "moins",
    "at",
    "least",
    "moins",
];

/// Month names that are also ordinary words: only accepted with a day, a year or a
/// temporal preposition next to them.
const WEAK_MONTHS: &[&str] = &[
    "may", "march", "mar", "sept", "sep", "jan", "jun", "jul", "aug",
];

/// Every word this file tests for by name (a test keeps the list complete). With the
/// lexicons, they are all the words an expression can continue with: see
/// [`Grammar::cannot_start`].
pub const GRAMMAR_WORDS: &[&str] = &[
    "a",
    "about",
    "additional",
    "after",
    "again",
    "age",
    "agee",
    "agees",
    "ages",
    "ago",
    "alors",
    "am",
    "an",
    "and",
    "annee",
    "annees",
    "aout",
    "apres",
    "article",
    "at",
    "au",
    "aug",
    "automne",
    "autumn",
    "avant",
    "before",
    "between",
    "bout",
    "by",
    "ce",
    "centuries",
    "ces",
    "cet",
    "cette",
    "chapitre",
    "chapter",
    "ci",
    "clos",
    "close",
    "cloture",
    "code",
    "coming",
    "d",
    "dans",
    "de",
    "debut",
    "decree",
    "decret",
    "depuis",
    "dernier",
    "dernieres",
    "derniers",
    "des",
    "du",
    "durant",
    "duree",
    "during",
    "e",
    "early",
    "eme",
    "en",
    "ended",
    "ending",
    "entre",
    "environ",
    "er",
    "ere",
    "et",
    "ete",
    "fall",
    "fin",
    "financial",
    "first",
    "fiscal",
    "flight",
    "fois",
    "for",
    "from",
    "full",
    "he",
    "her",
    "his",
    "hiver",
    "il",
    "in",
    "it",
    "its",
    "jan",
    "juin",
    "jul",
    "july",
    "jun",
    "june",
    "jusqu",
    "kilometers",
    "kilometres",
    "km",
    "l",
    "la",
    "last",
    "lasted",
    "late",
    "latest",
    "law",
    "le",
    "least",
    "les",
    "leur",
    "leurs",
    "loi",
    "long",
    "lors",
    "m",
    "mai",
    "mandat",
    "mar",
    "march",
    "mars",
    "may",
    "mi",
    "mid",
    "moins",
    "mois",
    "more",
    "n",
    "nd",
    "near",
    "nearly",
    "next",
    "no",
    "number",
    "numero",
    "of",
    "old",
    "on",
    "once",
    "or",
    "other",
    "ou",
    "over",
    "page",
    "par",
    "past",
    "peine",
    "pendant",
    "percent",
    "period",
    "periode",
    "plus",
    "pm",
    "pour",
    "premieres",
    "premiers",
    "pres",
    "previous",
    "printemps",
    "prochain",
    "prochaines",
    "prochains",
    "quelque",
    "rd",
    "resolution",
    "route",
    "s",
    "sa",
    "semaine",
    "sep",
    "sept",
    "ses",
    "she",
    "since",
    "some",
    "son",
    "spring",
    "st",
    "summer",
    "th",
    "than",
    "that",
    "the",
    "their",
    "then",
    "these",
    "they",
    "this",
    "those",
    "thousand",
    "through",
    "till",
    "to",
    "took",
    "twice",
    "two",
    "un",
    "under",
    "une",
    "until",
    "vers",
    "vol",
    "week",
    "when",
    "winter",
    "within",
    "year",
];

/// The punctuation this file's patterns accept inside an expression ("Friday, Nov. 11",
/// "30-year"); ".", ";", "(", ")" and "%" are only looked at, never taken in.
pub const GRAMMAR_PUNCT: &[&str] = &[",", "-"];

/// The words patterns accept by name as an expression's first word ("the 11th", "le
/// 11", "past three months", "annees 90"), besides lexicon phrases and numbers.
pub const FIRST_WORDS: &[&str] = &[
    "a",
    "an",
    "annee",
    "annees",
    "ces",
    "coming",
    "d",
    "de",
    "dernieres",
    "derniers",
    "first",
    "l",
    "la",
    "last",
    "latest",
    "le",
    "les",
    "mois",
    "next",
    "past",
    "premieres",
    "premiers",
    "previous",
    "prochaines",
    "prochains",
    "the",
    "these",
    "those",
    "two",
    "un",
    "une",
    "year",
];

/// The words [`Grammar::p_date`] reads by name where a date's anchor can be (« les
/// années 90 », "two thousand"): flagged [`DATE_WORD`] like the lexicons' date words.
pub const DATE_LITERALS: &[&str] = &["annees", "two"];

/// The words after which [`Grammar::p_date`]'s parts look for a date's anchor at the
/// next word: articles ("the 11th", « le 11 », "the 1990s", « l'été », « les années
/// 90 »), « mois », « de » (« mois de mars »), and the year words ("year 2015", « l'an
/// 2000 »). Only these, and only one after another ("the year 2015", « mois de
/// mars », « l'année 2015 »), put the anchor past the next word: see
/// [`Grammar::may_date`]. Flagged [`DATE_LEAD`].
pub const DATE_LEADS: &[&str] = &[
    "the", "le", "l", "les", "mois", "de", "d", "annee", "an", "year",
];

/// The words before which [`Grammar::p_duration`] reads its amount or unit further on
/// than at its first word ([`duration_leads`]): these articles (and "the" of "the year
/// ended"), then the words of a span it passes, [`DURATION_SPANS`]. See
/// [`Grammar::may_duration`].
pub const DURATION_ARTICLES: &[&str] = &["the", "l", "le", "these", "those", "ces", "les"];

/// The words of a span that [`Grammar::p_duration`] passes ("the past three months", «
/// ces dernières 24 heures »), part of [`duration_leads`].
pub const DURATION_SPANS: &[&str] = &[
    "past",
    "last",
    "next",
    "first",
    "coming",
    "previous",
    "latest",
    "dernieres",
    "derniers",
    "prochaines",
    "prochains",
    "premieres",
    "premiers",
];

/// All the duration leads: [`DURATION_ARTICLES`] then [`DURATION_SPANS`].
pub fn duration_leads() -> impl Iterator<Item = &'static str> {
    DURATION_ARTICLES.iter().chain(DURATION_SPANS).copied()
}

/// A word and what [`Grammar::amount_unit`] answered there.
pub type AmountAt = (usize, Option<(usize, Option<f64>, Unit)>);

pub struct Grammar<'a> {
    pub w: &'a Words,
    pub lex: &'a TimeLex,
    pub num: &'a NumberLex,
    pub lang: Lang,
    pub text: &'a str,
    /// Indexed by word id: flags for [`Grammar::cannot_start`] (`TimeLex::word_flags`).
    pub flags: &'a WordFlags,
    /// The last answer of [`Grammar::amount_unit`] and its word.
    pub amount_memo: Cell<Option<AmountAt>>,
    /// Whether the document speaks of company accounts ([`Grammar::accounts`]), once
    /// asked.
    pub accounts_memo: Cell<Option<bool>>,
}

impl<'a> Grammar<'a> {
    fn n(&self, i: usize) -> &str {
        self.w.norm(i)
    }

    // Inlined: the literals are constants at every call, and the comparisons fold.
    #[inline(always)]
    fn is(&self, i: usize, s: &str) -> bool {
        self.w.is(i, s)
    }

    #[inline(always)]
    fn is_any(&self, i: usize, xs: &[&str]) -> bool {
        self.w.is_any(i, xs)
    }

    fn kind(&self, k: K, i: usize) -> Option<(usize, &'a str)> {
        let r = self.lex.get(k, self.w, i);
        // (A part of the day that qualifies a noun is no time: "the evening prayer", «
        // la prière du soir ».)
        if k == K::Pod
            && let Some((e, _)) = r
            && (self.lex.get(K::PodNoun, self.w, e).is_some()
                || i >= 2
                    && self.is_any(i - 1, &["du", "de", "d"])
                    && self.lex.get(K::PodNoun, self.w, i - 2).is_some())
        {
            return None;
        }
        r
    }

    /// Does the document speak of company accounts ("profit", "per share")? There "the
    /// quarter" is the fiscal quarter reported; in a report of a riot "in the quarter" is
    /// part of a town. True in a language whose lexicon lists no such word (« le
    /// trimestre » is always a period). Scanned once, and only when a report has such a
    /// phrase.
    fn accounts(&self) -> bool {
        if !self.lex.lists(K::Accounts) {
            return true;
        }
        if let Some(b) = self.accounts_memo.get() {
            return b;
        }
        let b = (0..self.w.len()).any(|i| self.kind(K::Accounts, i).is_some());
        self.accounts_memo.set(Some(b));
        b
    }

    fn raw(&self, i: usize) -> &str {
        self.w.get(i).map(|w| w.span.of(self.text)).unwrap_or("")
    }

    /// A cheap test before [`roman`]: does word `i` as written start with a Roman
    /// numeral's letter? From its first byte: the pre-filters ask it of every
    /// capitalized word, where slicing the text cost more than the test.
    #[inline]
    fn may_be_roman_at(&self, i: usize) -> bool {
        self.w.get(i).is_some_and(|w| {
            w.span.start < w.span.end
                && matches!(
                    self.text.as_bytes().get(w.span.start as usize),
                    Some(b'I' | b'V' | b'X')
                )
        })
    }

    /// Can word `i` start an expression at all? (Cheap pre-filter.)
    #[inline]
    pub fn trigger(&self, i: usize) -> bool {
        let Some(word) = self.w.get(i) else {
            return false;
        };
        word.kind == TokenKind::Number
            || self.flags.of(word.id) & TRIGGER != 0
            || (word.cap && self.may_be_roman_at(i) && roman(self.raw(i)).is_some())
    }

    /// A proof that no pattern matches at trigger word `i`, much cheaper than trying
    /// them all: most triggers are function words ("the", "in", "de") that start
    /// nothing. Two arguments, from what each pattern accepts:
    ///
    /// - A pattern accepts an expression's first word only through a phrase of the
    ///   lexicon (of the kinds `TimeLex::first_phrase_at` tries), a number, a Roman
    ///   numeral, "q3", or by name ([`FIRST_WORDS`]). A word that is none of these
    ///   starts an expression only if such a phrase matches at it.
    /// - An expression either is word `i` alone, which only a number written with four
    ///   digits (a year) or with separators ("2023-11-11", "11-13", "10:35"), a Roman
    ///   numeral or a word that is a whole expression in a kind that can stand alone can
    ///   be, or goes on to word `i + 1`. Patterns accept a next word only as a time
    ///   lexicon word, a word that starts an expression or a number, a word of the
    ///   number lexicon (continuing a number that starts at `i`), a grammar word
    ///   ([`GRAMMAR_WORDS`], [`GRAMMAR_PUNCT`]), a number, "h30", a Roman numeral.
    ///
    /// Debug builds check the proof against the patterns.
    fn cannot_start(&self, i: usize) -> bool {
        let word = &self.w.words()[i];
        // Patterns take a Roman numeral only through [`roman`]: a capitalized word that
        // merely starts like one ("In", "Iraqi", "Vietnam") is proved like any other.
        if self.is_roman_at(i) {
            return false;
        }
        let flags = self.flags.of(word.id);
        debug_assert!(
            word.id == 0 || !quarter_or_clock_word(self.w.norm(i)) || flags & FIRST_LITERAL != 0
        );
        match word.kind {
            // "30 militants", "5 %", "4.5 %": a count. (`digits` is 0 for a number with
            // separators: of those, only a plain decimal is proved.)
            TokenKind::Number => {
                if word.digits == 4
                    || flags & ALONE != 0
                    || (word.digits == 0 && !self.plain_decimal(i))
                {
                    return false;
                }
            }
            TokenKind::Word => {
                // (A word of the vocabulary read by shape is flagged [`FIRST_LITERAL`].)
                if flags & (NUMBER | FIRST_LITERAL) == 0
                    && (word.id != 0 || !quarter_or_clock_word(self.w.norm(i)))
                    && !self.lex.first_phrase_at(self.w, i)
                {
                    return true;
                }
                if flags & ALONE != 0 {
                    return false;
                }
            }
            _ => return false,
        }
        let Some(next) = self.w.get(i + 1) else {
            return true;
        };
        if next.kind == TokenKind::Number {
            return false;
        }
        debug_assert!(
            next.id == 0
                || !quarter_or_clock_word(self.w.norm(i + 1))
                || self.flags.of(next.id) & CONT_ANY != 0
        );
        let accepted = if word.kind == TokenKind::Number || flags & NUMBER != 0 {
            CONT_ANY | CONT_NUMBER
        } else {
            CONT_ANY
        };
        if self.continues_nothing(i + 1, accepted) {
            return true;
        }
        // "4.5 million shares", "30 billion,": a number and a word that only continues a
        // number (no time word, grammar word or start). The two are no expression by
        // themselves (a number alone is one only with four digits, or separators a plain
        // decimal has not, and a word of the number lexicon adds no time to it), so one
        // goes on to word `i + 2`, read as continuing the number: the same proof there.
        word.kind == TokenKind::Number
            && next.id != 0
            && self.flags.of(next.id) & (CONT_ANY | CONT_NUMBER) == CONT_NUMBER
            && self.continues_nothing(i + 2, CONT_ANY | CONT_NUMBER)
    }

    /// Is there no word `k`, or one that no pattern takes as the next word of an
    /// expression started before it, `accepted` being the flags of the words that can
    /// ([`Grammar::cannot_start`])? Not a number, a word flagged so, a grammar word or a
    /// word read by shape without an id, or a Roman numeral.
    #[inline(always)]
    fn continues_nothing(&self, k: usize, accepted: u8) -> bool {
        let Some(next) = self.w.get(k) else {
            return true;
        };
        next.kind != TokenKind::Number
            && self.flags.of(next.id) & accepted == 0
            // Grammar words in the vocabulary are flagged, as are the words it has that
            // patterns read by shape ("q3", "h30"): only a word without an id is tested.
            && (next.id != 0 || {
                let n = self.w.norm(k);
                !self.flags.is_unknown(n) && !quarter_or_clock_word(n)
            })
            && !self.is_roman_at(k)
    }

    /// Is number token `i` a plain decimal ("4.5", "1,200.75"): digits, commas and at
    /// most one period, with a value? None of the patterns' separators ("-", "/", ":",
    /// two periods) that make a number a date, a clock time or a range by itself.
    fn plain_decimal(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.w.get(i).is_some_and(|w| w.num.is_some())
            && raw
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            && dots(raw) < 2
    }

    /// Is word `i` a Roman numeral ([`roman`]), as patterns read one? The cheap test
    /// first: every word [`roman`] accepts is capitalized and starts with I, V or X.
    #[inline]
    fn is_roman_at(&self, i: usize) -> bool {
        self.w.get(i).is_some_and(|w| w.cap)
            && self.may_be_roman_at(i)
            && roman(self.raw(i)).is_some()
    }

    /// A superset of the [`Grammar::trigger`] words, one bit a word: computed without a
    /// branch per word, so that the scan below jumps from one to the next instead of
    /// mispredicting at the three words in four that start nothing.
    ///
    /// Built 64 words at a time in a register, one store per 64 words (a load, an or
    /// and a store per word, with the index's bounds check, cost a third of the stage's
    /// own instructions). A word whose text starts with "I", "V" or "X" is capitalized
    /// (`cap` is an ASCII first byte's case), so `cap` is not read.
    fn maybe_triggers(&self) -> Vec<u64> {
        // "I", "V" and "X": a table, one load where testing the byte's bits cost seven
        // instructions a word.
        static ROMAN_FIRST: [bool; 256] = {
            let mut t = [false; 256];
            t[b'I' as usize] = true;
            t[b'V' as usize] = true;
            t[b'X' as usize] = true;
            t
        };
        let text = self.text.as_bytes();
        let by_id: &[u8] = &self.flags.by_id;
        self.w
            .words()
            .chunks(64)
            .map(|chunk| {
                let mut bits = 0u64;
                for (j, word) in chunk.iter().enumerate() {
                    let first = word.first;
                    debug_assert_eq!(
                        first,
                        text.get(word.span.start as usize).copied().unwrap_or(0)
                    );
                    let roman = ROMAN_FIRST[first as usize];
                    debug_assert_eq!(roman, matches!(first, b'I' | b'V' | b'X'));
                    debug_assert!(!roman || word.cap);
                    let flags = by_id.get(word.id as usize).copied().unwrap_or(0);
                    debug_assert_eq!(flags, self.flags.of(word.id));
                    let t = (word.kind == TokenKind::Number) | (flags & TRIGGER != 0) | roman;
                    bits |= (t as u64) << j;
                }
                bits
            })
            .collect()
    }

    /// All expressions in the document, left to right, longest match first.
    pub fn recognize(&self) -> Vec<Cand> {
        // (A report has five expressions or so: room for sixteen spares the vector's
        // growth from four to eight to sixteen, a reallocation and copy each.)
        let mut out = Vec::with_capacity(16);
        let maybe = self.maybe_triggers();
        let mut i = 0;
        while i < self.w.len() {
            // The next word that may be a trigger.
            let (k, bit) = (i / 64, i % 64);
            let here = maybe[k] >> bit;
            if here == 0 {
                i = (k + 1) * 64;
                continue;
            }
            i += here.trailing_zeros() as usize;
            // A word of `maybe` whose first byte starts no Roman numeral is a number or
            // flagged [`TRIGGER`]: only the others need the full test.
            if matches!(self.w.words()[i].first, b'I' | b'V' | b'X') && !self.trigger(i) {
                i += 1;
                continue;
            }
            debug_assert!(self.trigger(i));
            if self.cannot_start(i) {
                debug_assert!(
                    self.best_at(i).is_none(),
                    "cannot_start is wrong at {:?}",
                    self.raw(i)
                );
                i += 1;
                continue;
            }
            match self.best_at(i) {
                Some(c) => {
                    i = c.b.max(i + 1);
                    out.push(c);
                }
                None => i += 1,
            }
        }
        out
    }

    fn best_at(&self, i: usize) -> Option<Cand> {
        let kind = |k: K| 1u64 << (k as u32);
        let starting = self.lex.first_kinds_at(self.w, i);
        let starts_any = |kinds: u64| starting & kinds != 0;
        let mut best: Option<Cand> = None;
        // Patterns in priority order; a later one wins only by being longer. With each,
        // what it needs at word `i` before all else: a superset of the words where it may
        // match, from its first steps. Without it, it is not called, as it would find
        // nothing (most words tried start no expression, and a call cost more than the
        // test). Written out, not a loop over an array of patterns and their needs: the
        // loop, its dispatch on the need, its indirect calls and its copies of the
        // candidates cost some two hundred instructions a word tried.
        macro_rules! pattern {
            ($p:ident, $needs:expr) => {
                if $needs {
                    if let Some(c) = self.$p(i)
                        && c.b > c.a
                        && best.as_ref().is_none_or(|b| c.b > b.b)
                        // A time mention lies within its sentence.
                        && self.w.same_sentence(c.a, c.b - 1)
                    {
                        best = Some(c);
                    }
                } else {
                    debug_assert!(self.$p(i).is_none());
                }
            };
        }
        pattern!(p_mod, starts_any(kind(K::Mod)));
        pattern!(
            p_range,
            starts_any(kind(K::Night) | kind(K::RangeFrom) | kind(K::Month))
                || self.w.words()[i].kind == TokenKind::Number
        );
        // (Its proof asked here, inlined: most words tried are far from any date, where
        // the call cost more than the proof.)
        pattern!(p_date, self.may_date(i));
        pattern!(p_today, starts_any(kind(K::Today)));
        // (A prefix deictic, or a unit at `i` or after an article: « la semaine
        // dernière ».)
        pattern!(
            p_deictic,
            starts_any(kind(K::Deictic) | kind(K::Unit))
                || self.lex.first_kinds_at(self.w, i + 1) & kind(K::Unit) != 0
        );
        // (An amount and a unit: `amount_unit` is kept for the next pattern that asks it
        // here.)
        pattern!(
            p_ago,
            starts_any(kind(K::RelPre)) || self.amount_unit(i).is_some()
        );
        pattern!(
            p_anaphora,
            starts_any(kind(K::Anaphora)) || self.amount_unit(i).is_some()
        );
        pattern!(p_set, starts_any(kind(K::SetWord) | kind(K::Set)));
        pattern!(
            p_duration,
            starts_any(kind(K::Unit)) || self.may_duration(i)
        );
        pattern!(p_ref, starts_any(kind(K::Ref)));
        pattern!(p_holiday, starts_any(kind(K::Holiday)));
        // No candidate, as at most words tried: `None` written as such, where moving
        // `best` to the caller's slot copied all of a candidate's room (a `memcpy` call
        // at every try).
        best.as_ref()?;
        best
    }

    // ---- primitives -------------------------------------------------------------

    /// Does a phrase of kind `k` start with word `i`'s word? ([`TimeLex::get`] finds none
    /// of that kind there otherwise.)
    #[inline(always)]
    fn starts(&self, k: K, i: usize) -> bool {
        self.lex.first_kinds_at(self.w, i) & (1u64 << (k as u32)) != 0
    }

    // The primitives below are asked tens of thousands of times, at words of every
    // kind, and mostly answer no: their first test is inlined at the caller, the rest
    // kept out of line (a call, with its saving of registers, cost more than the test).

    #[inline(always)]
    fn month(&self, i: usize) -> Option<(usize, u8, bool)> {
        if !self.starts(K::Month, i) {
            debug_assert!(self.month_found(i).is_none());
            return None;
        }
        self.month_found(i)
    }

    #[inline(never)]
    fn month_found(&self, i: usize) -> Option<(usize, u8, bool)> {
        let (e, v) = self.kind(K::Month, i)?;
        let m: u8 = v.parse().ok()?;
        let n = self.n(i);
        let word = self.w.get(i)?;
        let abbreviated =
            n.len() <= 4 && !matches!(n, "june" | "july" | "mai" | "juin" | "mars" | "aout");
        let weak = WEAK_MONTHS.contains(&n) || abbreviated;
        if weak && self.lang == Lang::En && !word.cap {
            return None;
        }
        if abbreviated && self.lang == Lang::Fr && n == "sept" && !self.raw(i).ends_with('.') {
            // « sept » is seven unless written "sept."
            return Some((e, m, true));
        }
        Some((e, m, weak))
    }

    #[inline(always)]
    fn weekday(&self, i: usize) -> Option<(usize, u8)> {
        if !self.starts(K::Weekday, i) {
            debug_assert!(self.weekday_found(i).is_none());
            return None;
        }
        self.weekday_found(i)
    }

    #[inline(never)]
    fn weekday_found(&self, i: usize) -> Option<(usize, u8)> {
        let (e, v) = self.kind(K::Weekday, i)?;
        let d: u8 = v.parse().ok()?;
        let n = self.n(i);
        let full = n.len() > 4 || self.lang == Lang::Fr;
        if !full && !self.raw(i).ends_with('.') {
            return None;
        }
        let word = self.w.get(i)?;
        if self.lang == Lang::En && !word.cap {
            return None;
        }
        // Inside a name ("the Sunday Times"): an article, the weekday, a capitalized word.
        if let Some(next) = self.w.get(e)
            && next.cap
            && next.kind == TokenKind::Word
            && self.month(e).is_none()
            && self.kind(K::Weekday, e).is_none()
            && self.w.same_sentence(i, e)
            && i > 0
            && self.is_any(i - 1, &["the", "le", "la", "du", "l", "au"])
        {
            return None;
        }
        Some((e, d))
    }

    /// (Not a number, a day is an ordinal: its first word is flagged [`DATE_WORD`].)
    #[inline(always)]
    fn day_num(&self, i: usize) -> Option<(usize, u8)> {
        let word = self.w.get(i)?;
        if word.kind != TokenKind::Number && self.flags.of(word.id) & DATE_WORD == 0 {
            debug_assert!(self.day_num_found(i).is_none());
            return None;
        }
        self.day_num_found(i)
    }

    #[inline(never)]
    fn day_num_found(&self, i: usize) -> Option<(usize, u8)> {
        let word = self.w.get(i)?;
        if word.kind == TokenKind::Number {
            if word.digits == 0 || word.digits > 2 {
                return None;
            }
            let d = word.num? as u32;
            if !(1..=31).contains(&d) {
                return None;
            }
            let mut e = i + 1;
            if let Some(next) = self.w.get(e)
                && next.glued
                && self.is_any(e, &["st", "nd", "rd", "th", "er", "e", "eme", "ere"])
            {
                e += 1;
            }
            return Some((e, d as u8));
        }
        let (e, v) = self.num.ordinal(self.w, i)?;
        (1.0..=31.0).contains(&v).then_some((e, v as u8))
    }

    /// A year after a month: four digits, or two in French ("octobre 98").
    fn year_after_month(&self, i: usize) -> Option<(usize, i32)> {
        if let Some(y) = self.year_num(i) {
            return Some(y);
        }
        let word = self.w.get(i)?;
        // (Not past a comma: « en juin, 35 habitants ont été tués » counts people.)
        if self.lang == Lang::Fr
            && word.kind == TokenKind::Number
            && word.digits == 2
            && !(i > 0 && self.is(i - 1, ","))
        {
            let v = word.num? as i32;
            if v > 31 {
                return Some((i + 1, if v < 50 { 2000 + v } else { 1900 + v }));
            }
            // "le 10 novembre 93": a two-digit number right after a full date.
            if self
                .w
                .get(i + 1)
                .is_none_or(|w| w.kind != TokenKind::Word || self.kind(K::Unit, i + 1).is_none())
                && v > 12
            {
                return Some((i + 1, if v < 50 { 2000 + v } else { 1900 + v }));
            }
        }
        None
    }

    /// (A year is a number of four digits or, in English, a word flagged [`DATE_WORD`]:
    /// "two" or a cardinal from ten to twenty; "two" by name if it had no id.)
    #[inline(always)]
    fn year_num(&self, i: usize) -> Option<(usize, i32)> {
        if !self.may_year(i) {
            debug_assert!(self.year_num_found(i).is_none());
            return None;
        }
        self.year_num_found(i)
    }

    /// Can [`Grammar::year_num`] read a year at word `i`? (Its first test.)
    #[inline(always)]
    fn may_year(&self, i: usize) -> bool {
        let Some(word) = self.w.get(i) else {
            return false;
        };
        if word.kind == TokenKind::Number {
            word.digits == 4
        } else {
            word.kind == TokenKind::Word
                && self.lang == Lang::En
                && (self.flags.of(word.id) & DATE_WORD != 0 || (word.id == 0 && self.is(i, "two")))
        }
    }

    #[inline(never)]
    fn year_num_found(&self, i: usize) -> Option<(usize, i32)> {
        let word = self.w.get(i)?;
        if word.kind == TokenKind::Word && self.lang == Lang::En {
            // Spoken years: "nineteen ninety-four", "two thousand". ("Two thousand" may
            // count what follows, "around two thousand people marched", unless a year's
            // word comes first: "the year two thousand has", "in March two thousand".)
            // (The context only for "two thousand": most calls are at other date words,
            // "Friday", "first", where reading it cost a hundred instructions.)
            if self.is(i, "two") && self.is(i + 1, "thousand") {
                let year_before = i > 0
                    && (self.is_any(
                        i - 1,
                        &[
                            "in", "since", "year", "by", "until", "till", "from", "early", "late",
                            "mid", "before", "after", "during", "and", "between",
                        ],
                    ) || self.kind(K::Month, i - 1).is_some());
                let counts = !year_before
                    && self.w.get(i + 2).is_some_and(|x| {
                        x.kind == TokenKind::Word && !x.cap && !self.is(i + 2, "and")
                    });
                return (!counts).then_some((i + 2, 2000));
            }
            let (e, hi) = self.num.cardinal_word(self.w, i)?;
            if !(10.0..=20.0).contains(&hi) {
                return None;
            }
            let (e2, lo) = self.num.number(self.w, e, false)?;
            if !(10.0..=99.0).contains(&lo) {
                return None;
            }
            return Some((e2, hi as i32 * 100 + lo as i32));
        }
        if word.kind != TokenKind::Number || word.digits != 4 {
            return None;
        }
        let y = word.num? as i32;
        (1000..=2199).contains(&y).then_some((i + 1, y))
    }

    fn comma(&self, i: usize) -> usize {
        if self.is(i, ",") { i + 1 } else { i }
    }

    /// A clock time: "9 a.m.", "10:35 p.m.", "9 h 30", "21h", "vers 9 heures", "4 in the morning".
    fn clock(&self, i: usize) -> Option<(usize, (u8, u8))> {
        let word = self.w.get(i)?;
        if word.kind != TokenKind::Number {
            return None;
        }
        let raw = self.raw(i);
        let (mut h, mut m, mut e): (u32, u32, usize);
        let mut marked = false;
        if let Some((hh, mm)) = split_at_byte(raw, b':') {
            h = hh.parse().ok()?;
            m = mm.parse().ok()?;
            e = i + 1;
            marked = true;
        } else {
            if word.digits == 0 || word.digits > 2 {
                return None;
            }
            h = word.num? as u32;
            m = 0;
            e = i + 1;
        }
        // French "9 h 30", "9h30", "21 h", "9 heures"
        if let Some((te, _)) = self.kind(K::TimeWord, e) {
            marked = true;
            e = te;
            if let Some(w2) = self.w.get(e)
                && w2.kind == TokenKind::Number
                && w2.digits == 2
            {
                m = w2.num? as u32;
                e += 1;
            }
        } else if self.n(e).starts_with('h')
            && self.n(e).len() == 3
            && self.n(e)[1..].bytes().all(|b| b.is_ascii_digit())
        {
            marked = true;
            m = self.n(e)[1..].parse().ok()?;
            e += 1;
        }
        if let Some((ae, ap)) = self.kind(K::Ampm, e) {
            marked = true;
            e = ae;
            if ap == "pm" && h < 12 {
                h += 12;
            } else if ap == "am" && h == 12 {
                h = 0;
            }
        }
        if !marked || h > 24 || m > 59 {
            return None;
        }
        if let Some((te, _)) = self.kind(K::Tz, e) {
            e = te;
        }
        Some((e, (h as u8, m as u8)))
    }

    // ---- dates --------------------------------------------------------------------

    /// An absolute calendar date with at least a month and a day, or a month and a year.
    ///
    /// Its anchor is at word `i`, or at `i + 1` after "le", "the": a weekday, a month
    /// (phrases: [`DATE_WORD`]), a number (a numeric date, a day) or an ordinal (a day:
    /// [`DATE_WORD`]). That test first, inlined at the callers: most calls are at words
    /// with none ("from the", the numbers of a count after "of").
    #[inline(always)]
    fn abs_date(&self, i: usize) -> Option<(usize, DateSpec)> {
        let anchor = |j: usize| {
            self.w.get(j).is_some_and(|x| {
                x.kind == TokenKind::Number || self.flags.of(x.id) & DATE_WORD != 0
            })
        };
        if !anchor(i) && !anchor(i + 1) {
            debug_assert!(self.abs_date_found(i).is_none());
            return None;
        }
        self.abs_date_found(i)
    }

    #[inline(never)]
    fn abs_date_found(&self, i: usize) -> Option<(usize, DateSpec)> {
        let mut spec = DateSpec::default();
        let mut j = i;
        // Leading article: "le 11 novembre", "the 11th of November"
        if self.is_any(j, &["le", "the"])
            && (self.day_num(j + 1).is_some()
                || self.weekday(j + 1).is_some()
                || self.month(j + 1).is_some())
        {
            j += 1;
        }
        if let Some((e, d)) = self.weekday(j) {
            spec.weekday = Some(d);
            j = self.comma(e);
            if self.is_any(j, &["le", "the"]) {
                j += 1;
            }
        }
        // ISO and numeric dates.
        if let Some((e, s)) = self.numeric_date(j) {
            let mut s = s;
            s.weekday = spec.weekday;
            return Some((e, s));
        }
        // month day [, year]
        if let Some((e, m, _)) = self.month(j)
            && let Some((e2, d)) = self.day_num(e)
            && self.month(e2).is_none()
        {
            spec.month = Some(m);
            spec.day = Some(d);
            let mut k = e2;
            let kc = self.comma(k);
            if let Some((e3, y)) = self.year_num(kc) {
                spec.year = Some(y);
                k = e3;
            }
            return Some((self.post_dir(k, &mut spec), spec));
        }
        // day [of] month [year]
        if let Some((e, d)) = self.day_num(j) {
            let mut k = e;
            if self.is_any(k, &["of", "de"]) {
                k += 1;
            }
            if let Some((e2, m, _)) = self.month(k) {
                spec.day = Some(d);
                spec.month = Some(m);
                let mut k2 = e2;
                let kc = self.comma(k2);
                if let Some((e3, y)) = self.year_after_month(kc) {
                    spec.year = Some(y);
                    k2 = e3;
                }
                return Some((self.post_dir(k2, &mut spec), spec));
            }
            // « le 4 courant », "the 4th of last month": a day of a month told by its
            // distance from the publication month.
            // (A value that is no number matches nothing, as elsewhere in the grammar.)
            if let Some((e2, v)) = self.kind(K::OfMonth, e)
                && let Ok(off) = v.parse()
            {
                spec.day = Some(d);
                spec.rel = Rel::Deictic(Unit::Month, off);
                return Some((e2, spec));
            }
            // "on the 11th", « le 11, » « le 11 au soir »: a bare day, of the month the
            // resolver picks near the publication.
            if j > i && self.bare_day(j - 1, e) {
                spec.day = Some(d);
                return Some((e, spec));
            }
        }
        if spec.weekday.is_some() {
            return None;
        }
        // month [of] year
        if let Some((e, m, _)) = self.month(j) {
            let k = if self.is_any(e, &["of", "de", ","]) {
                e + 1
            } else {
                e
            };
            if let Some((e2, y)) = self.year_after_month(k).filter(|&(_, y)| y >= 1900) {
                spec.month = Some(m);
                spec.year = Some(y);
                return Some((e2, spec));
            }
        }
        None
    }

    /// Is the day number between the article at `art` and word `e` a bare date? Only
    /// where the lexicon lets a word follow it ("on the 11th, …", not "the 11th floor"),
    /// and in a language listing words before the article, after one ("on the 11th",
    /// not "the 11th of the candidates"). At its sentence's end, nothing need follow.
    fn bare_day(&self, art: usize, e: usize) -> bool {
        if !self.is_any(art, &["le", "the"]) {
            return false;
        }
        // (Or its sentence's end: the lexicon's phrases hold no sentence stop.)
        let after = e >= self.w.len()
            || !self.w.same_sentence(e - 1, e)
            || self.is_any(e, &[".", "!", "?"])
            || self.kind(K::BareDayAfter, e).is_some();
        after
            && (!self.lex.lists(K::BareDayBefore)
                || (art > 0 && self.kind(K::BareDayBefore, art - 1).is_some()))
    }

    /// "dernier", "prochain" after a French date ("le 20 décembre dernier").
    fn post_dir(&self, e: usize, spec: &mut DateSpec) -> usize {
        if let Some((e2, v)) = self.kind(K::DeicticPost, e) {
            spec.dir = if v.starts_with('-') {
                -1
            } else if v == "0" {
                0
            } else {
                1
            };
            return e2;
        }
        e
    }

    fn numeric_date(&self, i: usize) -> Option<(usize, DateSpec)> {
        let word = self.w.get(i)?;
        // A number counted in digits has no separator (`digits` is 0 for "2023-11-11").
        if word.kind != TokenKind::Number || word.digits != 0 {
            return None;
        }
        let raw = self.raw(i);
        let sep = if raw.as_bytes().contains(&b'-') {
            '-'
        } else if raw.as_bytes().contains(&b'/') {
            '/'
        } else if dots(raw) == 2 {
            '.'
        } else {
            return None;
        };
        let parts: Vec<u32> = raw.split(sep).filter_map(|p| p.parse().ok()).collect();
        if raw.split(sep).count() != parts.len() {
            return None;
        }
        // Day and month without the year, after a word that introduces a date: « le 3/11 »,
        // "on 3/11" (not a score or a ratio). Its year is the one the publication date
        // gives it, as for "3 November".
        if parts.len() == 2 && sep == '/' {
            let introduced = i > 0
                && self.w.same_sentence(i - 1, i)
                && self.is_any(i - 1, &["le", "du", "au", "on", "since", "depuis", "until"]);
            let (m, d) = if self.lang == Lang::En && parts[0] <= 12 {
                (parts[0], parts[1])
            } else {
                (parts[1], parts[0])
            };
            if !introduced || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            return Some((
                i + 1,
                DateSpec {
                    month: Some(m as u8),
                    day: Some(d as u8),
                    swappable: self.lang == Lang::En && parts[1] <= 12 && parts[0] != parts[1],
                    ..DateSpec::default()
                },
            ));
        }
        if parts.len() != 3 {
            return None;
        }
        let month_first = self.lang == Lang::En && sep == '/' && parts[0] <= 12;
        let (y, m, d) = if parts[0] > 31 {
            (parts[0], parts[1], parts[2])
        } else if month_first {
            (parts[2], parts[0], parts[1])
        } else {
            (parts[2], parts[1], parts[0])
        };
        let y = if y < 100 {
            if y < 50 { 2000 + y } else { 1900 + y }
        } else {
            y
        };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1000..=2199).contains(&y) {
            return None;
        }
        Some((
            i + 1,
            DateSpec {
                year: Some(y as i32),
                month: Some(m as u8),
                day: Some(d as u8),
                swappable: month_first && parts[1] <= 12 && parts[0] != parts[1],
                ..DateSpec::default()
            },
        ))
    }

    /// A date-like core without modifier: absolute date, month, year, season, quarter,
    /// decade, weekday.
    fn date_core(&self, i: usize, after_mod: bool) -> Option<(usize, DateSpec)> {
        if self.no_date_at_count(i) {
            debug_assert!(
                self.date_core_tried(i, after_mod).is_none(),
                "no_date_at_count is wrong at {:?}",
                self.raw(i)
            );
            return None;
        }
        self.date_core_tried(i, after_mod)
    }

    /// Does no part of [`Grammar::date_core`] take a date at word `i`, as it is a
    /// count ([`Grammar::count_at`]: "30 militants", "1,700 injured"), or a word that
    /// anchors no date before one ("the 30", « de 1,5 »)? Most of its attempts are
    /// there. A number is no lead word: each part reads its anchor at word `i` itself.
    /// A word that is no anchor ([`Grammar::date_anchor`]) leads to one at `i + 1` at
    /// most, as `i + 2` is read only after two words ("the year", « mois de »), and a
    /// number is no second one.
    #[inline]
    fn no_date_at_count(&self, i: usize) -> bool {
        let Some(word) = self.w.get(i) else {
            return false;
        };
        if word.kind == TokenKind::Number {
            self.count_at(i)
        } else {
            self.w
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Number)
                && !self.date_anchor(i)
                && self.count_at(i + 1)
        }
    }

    /// Is word `j` a number no part of [`Grammar::date_core`] reads as a date, at `j` or
    /// after a lead word? The parts take a number only as a year (`year_num`: four
    /// digits), a numeric date (`numeric_date`: a "-" or "/", which leave no value, or
    /// two periods, with no digit count), a day before its month (`day_num`: one or two
    /// digits from 1 to 31, then a suffix and « de », "of": the month starts within
    /// three words, or a bare day's article and follower: [`Grammar::bare_day`]), a
    /// century (`decade`: two digits at most, then "th", « e »), or
    /// through a phrase of the lexicons (a weekday, month, season, fiscal year, part of
    /// day or ordinal), which [`DATE_WORD`] flags; and a Roman numeral, which a number
    /// is not.
    #[inline]
    fn count_at(&self, j: usize) -> bool {
        let Some(word) = self.w.get(j) else {
            return false;
        };
        let month_at =
            |k: usize| self.lex.first_kinds_at(self.w, k) & (1u64 << K::Month as u32) != 0;
        word.kind == TokenKind::Number
            && word.digits != 4
            && self.flags.of(word.id) & DATE_WORD == 0
            && !self.may_be_roman_at(j)
            && (word.digits != 0 || (word.num.is_some() && dots(self.raw(j)) != 2))
            && !(word.digits <= 2 && self.is_any(j + 1, &["th", "st", "nd", "rd", "e", "eme"]))
            && !(word.digits <= 2
                && word.num.is_some_and(|v| (1.0..=31.0).contains(&v))
                && (month_at(j + 1)
                    || month_at(j + 2)
                    || month_at(j + 3)
                    || self.kind(K::OfMonth, j + 1).is_some()
                    || (j > 0 && self.bare_day(j - 1, j + 1))))
    }

    /// [`Grammar::date_core`] without its proof.
    fn date_core_tried(&self, i: usize, after_mod: bool) -> Option<(usize, DateSpec)> {
        let mut best: Option<(usize, DateSpec)> = None;
        let mut consider = |c: Option<(usize, DateSpec)>| {
            if let Some((e, s)) = c
                && best.as_ref().is_none_or(|(b, _)| e > *b)
            {
                best = Some((e, s));
            }
        };
        consider(self.abs_date(i));
        consider(self.bare_month(i, after_mod));
        consider(self.bare_year(i, after_mod));
        consider(self.season(i));
        consider(self.quarter(i));
        consider(self.decade(i));
        // (As in `best_at`: no copy of a date's room to say none, as most calls do.)
        best.as_ref()?;
        best
    }

    /// "in November", "en novembre", "November" (full names), "novembre dernier".
    ///
    /// Its month is at word `i`, `i + 1` or `i + 2` (past "the", « le », « mois », then «
    /// de »): that test first, inlined at the callers, where most calls find none.
    #[inline(always)]
    fn bare_month(&self, i: usize, after_mod: bool) -> Option<(usize, DateSpec)> {
        if !self.starts(K::Month, i)
            && !self.starts(K::Month, i + 1)
            && !self.starts(K::Month, i + 2)
        {
            debug_assert!(self.bare_month_found(i, after_mod).is_none());
            return None;
        }
        self.bare_month_found(i, after_mod)
    }

    #[inline(never)]
    fn bare_month_found(&self, i: usize, after_mod: bool) -> Option<(usize, DateSpec)> {
        let mut j = i;
        if self.is_any(j, &["the", "le", "mois"]) || (self.is(j, "mois") && self.is(j + 1, "de")) {
            j += 1;
        }
        if self.is(j, "de") || self.is(j, "d") {
            j += 1;
        }
        let (e, m, weak) = self.month(j)?;
        // (« la mort de sept bergers »: « sept » with no day or year is seven.)
        if self.lang == Lang::Fr && self.n(j) == "sept" && !self.raw(j).ends_with('.') {
            return None;
        }
        if weak && !after_mod {
            let prev_ok = i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "in", "since", "until", "by", "of", "during", "from", "en", "depuis", "de",
                        "jusqu", "avant", "apres", "through", "last", "next", "this", "the",
                    ],
                );
            if !prev_ok {
                return None;
            }
        }
        let mut spec = DateSpec {
            month: Some(m),
            ..DateSpec::default()
        };
        // "January this year", "June last year", "en juin l'an dernier"
        if let Some((e2, v)) = self.kind(K::Deictic, e)
            && self.kind(K::Unit, e2).is_some_and(|(_, u)| u == "Y")
        {
            let off: i32 = v.trim_end_matches('n').parse().unwrap_or(0);
            spec.rel = Rel::DeictMonth(off);
            return Some((e2 + 1, spec));
        }
        // "March that year", "in March of that year", « en mars de cette année-là »: the
        // year an anaphora of the lexicon names ("0Y").
        let of = if self.is_any(e, &["of", "de"]) {
            e + 1
        } else {
            e
        };
        if let Some((e2, "0Y")) = self.anaphora(of) {
            spec.rel = Rel::AnaMonth;
            return Some((e2, spec));
        }
        let e = self.post_dir(e, &mut spec);
        Some((e, spec))
    }

    /// A year: its number ([`Grammar::year_num`]) at word `i`, `i + 1` (past « année », «
    /// an », "year") or `i + 2` ("the year", « l'année »), or past a fiscal year's phrase
    /// at `i`. That test first, inlined at the callers: most calls find none.
    #[inline(always)]
    fn bare_year(&self, i: usize, after_mod: bool) -> Option<(usize, DateSpec)> {
        if !self.starts(K::Fy, i)
            && !self.may_year(i)
            && !self.may_year(i + 1)
            && !self.may_year(i + 2)
        {
            debug_assert!(self.bare_year_found(i, after_mod).is_none());
            return None;
        }
        self.bare_year_found(i, after_mod)
    }

    #[inline(never)]
    fn bare_year_found(&self, i: usize, after_mod: bool) -> Option<(usize, DateSpec)> {
        let mut j = i;
        let mut fiscal = false;
        let mut lead = false;
        if let Some((e, _)) = self.kind(K::Fy, j) {
            fiscal = true;
            j = e;
            lead = true;
        } else if self.is_any(j, &["annee", "an"]) || (self.is(j, "the") && self.is(j + 1, "year"))
        {
            j += if self.is(j, "the") { 2 } else { 1 };
            lead = true;
        } else if (self.is(j, "l") && self.is_any(j + 1, &["annee", "an"]))
            || (self.is(j, "year") && self.year_num(j + 1).is_some())
        {
            j += if self.is(j, "l") { 2 } else { 1 };
            lead = true;
        }
        let (e, y) = self.year_num(j)?;
        let prev = if i > 0 { self.n(i - 1) } else { "" };
        if NOT_YEAR_AFTER.contains(&prev) {
            return None;
        }
        // "two Mirage 2000 struck", « l'Agenda 2063 »: a number right after a name (a
        // capitalized word within the sentence, not a month or a season) is part of the
        // name.
        // (Not a period's name after a preposition: "in Ramadan 2012", "in Q3 2012", «
        // pendant le Ramadan 2012 ».)
        let dated_name = i >= 3 && {
            let mut k = i - 2;
            if k > 0 && matches!(self.n(k), "the" | "le" | "la" | "l") {
                k -= 1;
            }
            matches!(
                self.n(k),
                "in" | "since"
                    | "during"
                    | "until"
                    | "before"
                    | "after"
                    | "en"
                    | "depuis"
                    | "pendant"
                    | "durant"
                    | "jusqu"
                    | "avant"
                    | "apres"
            )
        };
        if !lead
            && !after_mod
            && i >= 2
            && !dated_name
            && !YEAR_PREPS.contains(&prev)
            && self
                .w
                .get(i - 1)
                .is_some_and(|p| p.kind == TokenKind::Word && p.cap)
            && self.w.same_sentence(i - 2, i - 1)
            && ![K::Month, K::Season, K::Weekday, K::Holiday, K::Fy]
                .iter()
                .any(|&k| self.kind(k, i - 1).is_some())
        {
            return None;
        }
        if !lead && !after_mod && !YEAR_PREPS.contains(&prev) {
            // "2000 soldiers": a plural noun after a bare number is a count, not a year.
            if let Some(next) = self.w.get(e)
                && next.kind == TokenKind::Word
                && !next.cap
                && self.n(e).ends_with('s')
                && self.n(e).len() > 3
                && self.w.same_sentence(i, e)
            {
                return None;
            }
        }
        // A count with a unit: "2000 km".
        if self.is_any(
            e,
            &[
                "km",
                "kilometres",
                "kilometers",
                "m",
                "%",
                "pour",
                "percent",
            ],
        ) {
            return None;
        }
        Some((
            e,
            DateSpec {
                year: Some(y),
                fiscal,
                ..DateSpec::default()
            },
        ))
    }

    fn season(&self, i: usize) -> Option<(usize, DateSpec)> {
        let mut j = i;
        let mut spec = DateSpec::default();
        if self.is_any(j, &["the", "l", "le"]) {
            j += 1;
        }
        let (e, s) = self.kind(K::Season, j)?;
        // "fall" and "spring" are also a verb and a noun: "the fall of Kidal".
        if self.lang == Lang::En && self.is_any(j, &["fall", "spring"]) {
            let prev_ok = (j > 0
                && self.is_any(
                    j - 1,
                    &["the", "last", "this", "next", "early", "late", "mid", "in"],
                ))
                && !(self.is(e, "of") && self.year_num(e + 1).is_none());
            let year_after =
                self.year_num(e).is_some() || (self.is(e, "of") && self.year_num(e + 1).is_some());
            if !prev_ok && !year_after {
                return None;
            }
        }
        // French seasons need a determiner or a preposition ("l'été", "en hiver", "au
        // printemps"): « été » is also "been", and "d'hiver" is an adjective.
        if self.lang == Lang::Fr {
            let prev = if j > 0 { self.n(j - 1) } else { "" };
            if !matches!(
                prev,
                "l" | "le"
                    | "cet"
                    | "cette"
                    | "ce"
                    | "en"
                    | "au"
                    | "du"
                    | "mi"
                    | "fin"
                    | "debut"
                    | "dernier"
                    | "prochain"
            ) {
                return None;
            }
        }
        if self.lang == Lang::Fr
            && self.is_any(e, &["de", "du", "des", "d"])
            && self.year_num(e + 1).is_none()
        {
            return None;
        }
        if self.lang == Lang::Fr
            && self.is_any(e, &["de", "du", "des", "d"])
            && self.year_num(e + 1).is_none()
        {
            return None;
        }
        spec.season = Some(match s {
            "SP" => "SP",
            "SU" => "SU",
            "FA" => "FA",
            _ => "WI",
        });
        let mut k = e;
        if self.is_any(k, &["of", "de"]) && self.year_num(k + 1).is_some() {
            k += 1;
        }
        if let Some((e2, y)) = self.year_num(k) {
            spec.year = Some(y);
            k = e2;
        } else {
            k = self.post_dir(k, &mut spec);
            if spec.dir != 0 {
                spec.rel = Rel::Deictic(Unit::Year, spec.dir as i32);
            }
        }
        Some((k, spec))
    }

    fn quarter(&self, i: usize) -> Option<(usize, DateSpec)> {
        let mut j = i;
        if self.is_any(j, &["the", "le"]) {
            j += 1;
        }
        let mut spec = DateSpec::default();
        // "the year-ago third quarter": after the article, a phrase of the lexicon for
        // the quarter a year before, then the quarter's ordinal.
        if j > i
            && let Some((e, "-4Q")) = self.kind(K::Anaphora, j)
            && self.num.ordinal(self.w, e).is_some()
        {
            spec.year_shift = -1;
            j = e;
        }
        // "the 1988 quarter", "the 1989 period" in a company's accounts: the quarter
        // reported, in that year.
        if let Some((e, y)) = self.year_num(j)
            && (self.kind(K::Unit, e).is_some_and(|(_, u)| u == "Q") || self.is(e, "period"))
            && self.accounts()
        {
            spec.year = Some(y);
            spec.rel = Rel::Anaphora(Unit::Quarter, 0);
            return Some((e + 1, spec));
        }
        // "Q3"
        let n = self.n(j);
        if n.len() == 2 && n.starts_with('q') && matches!(&n[1..], "1" | "2" | "3" | "4") {
            spec.quarter = n[1..].parse().ok();
        }
        let mut k = j;
        // "the 1988 third quarter"
        if spec.quarter.is_none()
            && let Some((e, y)) = self.year_num(j)
            && self.num.ordinal(self.w, e).is_some()
        {
            spec.year = Some(y);
            j = e;
            k = e;
        }
        if spec.quarter.is_none() {
            let (e, o) = self.num.ordinal(self.w, j)?;
            if !(1.0..=4.0).contains(&o) {
                return None;
            }
            let (e2, u) = self.kind(K::Unit, e)?;
            match u {
                "Q" => spec.quarter = Some(o as u8),
                "HY" if o <= 2.0 => spec.half = Some(o as u8),
                _ => return None,
            }
            k = e2;
        } else {
            k += 1;
        }
        if self.is_any(k, &["of", "de", "du"]) && self.year_num(k + 1).is_some() {
            k += 1;
        }
        if let Some((e, y)) = self.year_num(k) {
            spec.year = Some(y);
            k = e;
        } else if spec.year.is_none()
            && let Some((e, n)) = self.of_deictic_year(k)
        {
            // "the third quarter of last year": the publication year's, shifted.
            spec.this = true;
            spec.year_shift += n;
            k = e;
        }
        Some((k, spec))
    }

    /// "of last year", "last year", « de l'an dernier », « de l'année dernière » at `k`:
    /// the end and the shift in years from the publication year.
    fn of_deictic_year(&self, k: usize) -> Option<(usize, i32)> {
        let at = if self.is_any(k, &["of", "de", "du", "d"]) {
            k + 1
        } else {
            k
        };
        let c = self.p_deictic(at)?;
        match &c.expr {
            Expr::Date {
                spec, end: None, ..
            } if spec.season.is_none() && self.w.same_sentence(k, c.b - 1) => match spec.rel {
                Rel::Deictic(Unit::Year, n) => Some((c.b, n)),
                _ => None,
            },
            _ => None,
        }
    }

    /// "the 1990s", "the '90s", "les années 1990", "les années 90", "the 20th century",
    /// "le XXe siècle".
    fn decade(&self, i: usize) -> Option<(usize, DateSpec)> {
        let mut j = i;
        if self.is_any(j, &["the", "les", "le"]) {
            j += 1;
        }
        let mut spec = DateSpec::default();
        if self.is(j, "annees") {
            let word = self.w.get(j + 1)?;
            if word.kind == TokenKind::Number && matches!(word.digits, 2 | 4) {
                let v = word.num? as i32;
                let decade = if word.digits == 4 {
                    v / 10
                } else {
                    190 + v / 10
                };
                if v % 10 != 0 {
                    return None;
                }
                spec.decade = Some(decade);
                return Some((j + 2, spec));
            }
            return None;
        }
        if let Some(word) = self.w.get(j)
            && word.kind == TokenKind::Number
            && word.digits == 4
            && self.is(j + 1, "s")
            && self.w.get(j + 1).is_some_and(|w| w.glued)
        {
            let v = word.num? as i32;
            if v % 10 == 0 {
                spec.decade = Some(v / 10);
                return Some((j + 2, spec));
            }
        }
        // Centuries: ordinal (digits + suffix, words, or Roman numerals) + century.
        let (e, ord) = if let Some((e, v)) = self.num.ordinal(self.w, j) {
            (e, v as i32)
        } else if let Some(word) = self.w.get(j)
            && word.kind == TokenKind::Number
            && word.digits <= 2
            && self.is_any(j + 1, &["th", "st", "nd", "rd", "e", "eme"])
        {
            (j + 2, word.num? as i32)
        } else if self.may_be_roman_at(j)
            && let Some(r) = roman(self.raw(j))
        {
            // (The first byte first: asked at every attempt, and [`roman`] takes only
            // words that start with I, V or X.)
            (j + 1, r)
        } else {
            return None;
        };
        let (e2, u) = self.kind(K::Unit, e)?;
        if u != "CE" || !(1..=22).contains(&ord) {
            return None;
        }
        spec.century = Some(ord - 1);
        Some((e2, spec))
    }

    /// `[mod] date [pod | clock]`, `clock [tz] [on] date`, `weekday [pod]`.
    ///
    /// Tried only where [`Grammar::may_date`] proves it may match: it is asked at every
    /// attempt, and most attempts are at words far from any date ("the new", "de la").
    fn p_date(&self, i: usize) -> Option<Cand> {
        if !self.may_date(i) {
            debug_assert!(
                self.p_date_tried(i).is_none(),
                "may_date is wrong at {:?}",
                self.raw(i)
            );
            return None;
        }
        self.p_date_tried(i)
    }

    /// Can [`Grammar::p_date`] match at word `i`? Each of its parts takes a date only
    /// through an anchor ([`Grammar::date_anchor`]) at word `i`, or at `i + 1` after a
    /// lead word ([`DATE_LEADS`]), or at `i + 2` after two of them:
    ///
    /// - `abs_date`: a weekday, a number, a month or a day (a number or an ordinal) at
    ///   `i`, or at `i + 1` after "le", "the";
    /// - `bare_month`: a month at `i`, at `i + 1` after "the", "le", "mois", "de", "d",
    ///   or at `i + 2` after one of the first three and then "de", "d";
    /// - `bare_year`: a fiscal year's phrase at `i`, or a year (a number, or in English
    ///   a cardinal from ten to twenty, "nineteen ninety-four", or "two" of "two
    ///   thousand") at `i`, at `i + 1` after "annee", "an", "year", or at `i + 2` after
    ///   "the year", "l'annee", "l'an";
    /// - `season`: a season at `i`, or at `i + 1` after "the", "l", "le";
    /// - `quarter`: "q1" to "q4", a year or an ordinal at `i`, or at `i + 1` after
    ///   "the", "le";
    /// - `decade`: "annees", a number, an ordinal or a Roman numeral at `i`, or at
    ///   `i + 1` after "the", "les", "le";
    /// - `weekday_expr`: a weekday at `i`, or at `i + 1` after "le";
    /// - a clock time (a number) or a part of day at `i`;
    ///
    /// and "the week of", « la semaine du » before a date is tested by name, as is a
    /// phrase of the anaphora lexicon after "the", "le" ("the year-ago third quarter"). Most
    /// attempts are at words with a number or an ordinal a word or two on ("from 2015",
    /// "about 300", "a second"), which only these leads would carry to. Debug builds
    /// check the proof against the patterns.
    ///
    /// Inlined: asked by [`Grammar::p_date`] and [`Grammar::p_range`], it was kept out of
    /// line, where its call cost more than the tests.
    #[inline(always)]
    fn may_date(&self, i: usize) -> bool {
        self.date_anchor(i)
            || (self.date_lead(i)
                && (self.date_anchor(i + 1) || (self.date_lead(i + 1) && self.date_anchor(i + 2))))
            || (self.is_any(i, &["the", "la"])
                && self.is_any(i + 1, &["week", "semaine"])
                && self.is_any(i + 2, &["of", "du"]))
            || (self.is_any(i, &["the", "le"]) && self.starts(K::Anaphora, i + 1))
    }

    /// Is word `j` one of [`DATE_LEADS`]?
    #[inline(always)]
    fn date_lead(&self, j: usize) -> bool {
        let Some(word) = self.w.get(j) else {
            return false;
        };
        self.flags.of(word.id) & DATE_LEAD != 0
            || (word.id == 0
                && !self.flags.unknown_leads.is_empty()
                && self.is_any(j, &self.flags.unknown_leads))
    }

    /// Can word `j` be a date's anchor for [`Grammar::may_date`]: a number, a word
    /// flagged [`DATE_WORD`] (or, without an id, one of [`DATE_LITERALS`]), "q3", or
    /// a word that starts like a Roman numeral?
    ///
    /// A word flagged only as the first word of longer date phrases ("l" of « l'aube »:
    /// `WordFlags::date_phrase_only`) is one only where such a phrase matches: the
    /// parts read a weekday, month, season, fiscal year or part of day only as a whole
    /// phrase (`kind`), and such a word is no number, ordinal or literal.
    #[inline(always)]
    fn date_anchor(&self, j: usize) -> bool {
        let Some(word) = self.w.get(j) else {
            return false;
        };
        // (The vocabulary's words read by shape are flagged [`DATE_WORD`] too.)
        debug_assert!(
            word.id == 0
                || !quarter_or_clock_word(self.w.norm(j))
                || self.flags.of(word.id) & DATE_WORD != 0
        );
        word.kind == TokenKind::Number
            || (self.flags.of(word.id) & DATE_WORD != 0
                && (!self.flags.date_phrase_only(word.id) || self.lex.date_phrase_at(self.w, j)))
            || self.may_be_roman_at(j)
            || (word.id == 0
                && (quarter_or_clock_word(self.w.norm(j)) || self.is_any(j, DATE_LITERALS)))
    }

    /// [`Grammar::p_date`] without its proof.
    fn p_date_tried(&self, i: usize) -> Option<Cand> {
        let mut best: Option<Cand> = None;
        let mut keep = |c: Cand| {
            if best.as_ref().is_none_or(|b| c.b > b.b) {
                best = Some(c);
            }
        };
        if let Some((e, mut spec)) = self.date_core(i, false) {
            let e = self.attach_time(e, &mut spec);
            keep(Cand::date(i, e, spec));
        }
        if let Some((e, spec)) = self.weekday_expr(i) {
            keep(Cand::date(i, e, spec));
        }
        // "the week of March 6", "la semaine du 6 mars"
        if self.is_any(i, &["the", "la"])
            && self.is_any(i + 1, &["week", "semaine"])
            && self.is_any(i + 2, &["of", "du"])
            && let Some((e, mut spec)) = self.abs_date(i + 3)
        {
            spec.week_of = true;
            keep(Cand::date(i, e, spec));
        }
        // clock first: "5 p.m. Nov. 9", "10 p.m. Wednesday", "noon Saturday", and a part
        // of day before its date: "(before) dawn on Saturday", « à l'aube samedi » (a
        // part of day with no date after it stays untagged, as TimeML leaves "at dawn").
        let clock = self.clock(i).map(|(e, c)| (e, Some(c), None)).or_else(|| {
            let (e, p) = self.kind(K::Pod, i)?;
            Some((e, None, pod_code(p)))
        });
        if let Some((e, c, p)) = clock {
            let mut k = self.comma(e);
            if self.is_any(k, &["on", "le"]) {
                k += 1;
            }
            let dated = self
                .abs_date(k)
                .or_else(|| {
                    self.weekday(k).map(|(e2, d)| {
                        (
                            e2,
                            DateSpec {
                                weekday: Some(d),
                                ..DateSpec::default()
                            },
                        )
                    })
                })
                .or_else(|| {
                    let (e2, v) = self.kind(K::Today, k)?;
                    Some((
                        e2,
                        DateSpec {
                            rel: Rel::Today(v.split(':').next()?.parse().ok()?),
                            ..DateSpec::default()
                        },
                    ))
                });
            match dated {
                Some((e2, mut spec)) => {
                    spec.clock = c;
                    if p.is_some() {
                        spec.pod = p;
                    }
                    keep(Cand::date(i, e2, spec));
                }
                None if c.is_some() => {
                    // A bare clock time: the day comes from the context.
                    keep(Cand::date(
                        i,
                        e,
                        DateSpec {
                            clock: c,
                            rel: Rel::Same,
                            ..DateSpec::default()
                        },
                    ));
                }
                None => {}
            }
        }
        // (As in `best_at`: no copy of a candidate's room to say none.)
        best.as_ref()?;
        best
    }

    /// Attach a following part of day or clock time to a date: "November 11 in the
    /// morning", "le 11 novembre au soir", "le 11 novembre à 9 h".
    fn attach_time(&self, e: usize, spec: &mut DateSpec) -> usize {
        if spec.day.is_none() && spec.weekday.is_none() {
            return e;
        }
        // A clock time after a date stays a mention of its own (TimeML tags "samedi 24
        // juillet" and "15 h 45" apart); it takes its day from this one.
        // (Not across sentences: a dateline's date and "Dans la matinée du samedi 2
        // mars" opening the text.)
        if self.is_any(e, &["au", "dans", "in"]) && e > 0 && self.w.same_sentence(e - 1, e) {
            let mut k = e + 1;
            if self.is_any(k, &["la", "le", "the", "l"]) {
                k += 1;
            }
            if let Some((e2, p)) = self.kind(K::Pod, k) {
                spec.pod = pod_code(p);
                return e2;
            }
        }
        e
    }

    /// "Sunday", "Monday morning", "dimanche soir", "Saturday night".
    ///
    /// Its weekday is at word `i` or `i + 1`: that first test inlined at the caller,
    /// [`Grammar::p_date`], asked at every number and date word.
    #[inline(always)]
    fn weekday_expr(&self, i: usize) -> Option<(usize, DateSpec)> {
        if !self.starts(K::Weekday, i) && !self.starts(K::Weekday, i + 1) {
            debug_assert!(self.weekday_expr_found(i).is_none());
            return None;
        }
        self.weekday_expr_found(i)
    }

    #[inline(never)]
    fn weekday_expr_found(&self, i: usize) -> Option<(usize, DateSpec)> {
        let mut j = i;
        if self.is_any(j, &["le"]) && self.weekday(j + 1).is_some() {
            j += 1;
        }
        let (e, d) = self.weekday(j)?;
        let mut spec = DateSpec {
            weekday: Some(d),
            ..DateSpec::default()
        };
        let mut k = self.post_dir(e, &mut spec);
        if let Some((e2, p)) = self.kind(K::Pod, k) {
            spec.pod = pod_code(p);
            k = e2;
        }
        // "Monday last week", « lundi de la semaine dernière »: that day of the week
        // named, not the latest Monday.
        if spec.dir == 0 {
            let at = if self.is_any(k, &["of", "de"]) {
                k + 1
            } else {
                k
            };
            if let Some(c) = self.p_deictic(at)
                && let Expr::Date {
                    spec: week,
                    end: None,
                    ..
                } = &c.expr
                && let Rel::Deictic(Unit::Week, n) = week.rel
                && !week.weekend
                && week.weekday.is_none()
                && self.w.same_sentence(k, c.b - 1)
            {
                spec.rel = Rel::Deictic(Unit::Week, n);
                k = c.b;
            }
        }
        Some((k, spec))
    }

    /// `mod date`: "early October", "late November 2023", "mi-novembre", "fin octobre",
    /// "the end of the year", "au début du mois", "earlier this month".
    fn p_mod(&self, i: usize) -> Option<Cand> {
        let (e, m) = self.kind(K::Mod, i)?;
        // "the first half of", « la seconde moitié de »: of a year, the half is the
        // value (1990-H1); of anything else, its start or end.
        let (m, half) = match m {
            "H1" => ("START", Some(1)),
            "H2" => ("END", Some(2)),
            _ => (m, None),
        };
        if !matches!(m, "START" | "MID" | "END") {
            // "over", "under", "some" are modifiers only before a number.
            if self.is_any(i, &["over", "under", "some", "quelque"])
                && self.w.get(e).is_none_or(|w| {
                    w.kind != TokenKind::Number && self.num.number(self.w, e, false).is_none()
                })
            {
                return None;
            }
            // APPROX and friends go with clock times ("vers 9 heures"), durations and
            // relative dates ("almost four years ago").
            // On a tie, "vers 9 heures" is a clock time and "près de 24 heures" a duration.
            let dates_first = m == "APPROX";
            let order = if dates_first {
                [
                    self.p_date(e),
                    self.p_duration(e),
                    self.p_ago(e),
                    self.p_anaphora(e),
                ]
            } else {
                [
                    self.p_duration(e),
                    self.p_date(e),
                    self.p_ago(e),
                    self.p_anaphora(e),
                ]
            };
            let inner = order
                .into_iter()
                .flatten()
                .fold(None::<Cand>, |best, c| match best {
                    Some(b) if b.b >= c.b => Some(b),
                    _ => Some(c),
                })?;
            return Some(Cand {
                a: i,
                modifier: Some(m.to_string()),
                ..inner
            });
        }
        let mut k = e;
        if self.is_any(k, &["of", "de", "du", "d"]) {
            k += 1;
        }
        let mut best: Option<Cand> = None;
        if let Some((e2, spec)) = self.date_core(k, true) {
            best = Some(Cand::date(i, e2, spec));
        }
        // A part of the day and its date: "mid-afternoon yesterday", "late night Friday".
        let pod_dated = self.kind(K::Pod, k).and_then(|_| self.p_date(k));
        for inner in [self.p_deictic(k), self.p_today(k), pod_dated]
            .into_iter()
            .flatten()
        {
            if best.as_ref().is_none_or(|b| inner.b > b.b) {
                best = Some(Cand { a: i, ..inner });
            }
        }
        // "the end of the year", "la fin de l'année", "au début du mois": this unit.
        if best.is_none() {
            let mut k2 = k;
            if self.is_any(k2, &["the", "this", "la", "le", "l", "cette", "ce"]) {
                k2 += 1;
            }
            if let Some((e3, u)) = self.kind(K::Unit, k2)
                && let Some(unit) = Unit::parse(u)
                && matches!(
                    unit,
                    Unit::Year
                        | Unit::Month
                        | Unit::Week
                        | Unit::Day
                        | Unit::Quarter
                        | Unit::Decade
                        | Unit::Century
                )
            {
                let mut spec = DateSpec {
                    rel: Rel::Deictic(unit, 0),
                    ..DateSpec::default()
                };
                let e3 = self.post_dir(e3, &mut spec);
                if spec.dir != 0 {
                    spec.rel = Rel::Deictic(unit, spec.dir as i32);
                }
                best = Some(Cand::date(i, e3, spec));
            }
        }
        // "en fin d'après-midi", "early in the morning": that part of the day talked about.
        if best.is_none()
            && let Some((e3, p)) = self.kind(K::Pod, k)
            && !p.starts_with('T')
        {
            let spec = DateSpec {
                rel: Rel::Same,
                pod: pod_code(p),
                ..DateSpec::default()
            };
            best = Some(Cand::date(i, e3, spec));
        }
        let mut c = best?;
        if let Some(h) = half
            && let Expr::Date {
                spec, end: None, ..
            } = &mut c.expr
            && spec.month.is_none()
            && spec.quarter.is_none()
            && spec.half.is_none()
            && spec.season.is_none()
            && spec.decade.is_none()
            && spec.century.is_none()
            && spec.day.is_none()
            && (matches!(spec.rel, Rel::Deictic(Unit::Year, _))
                || (spec.rel == Rel::Abs && spec.year.is_some()))
        {
            spec.half = Some(h);
            return Some(c);
        }
        c.modifier = Some(m.to_string());
        Some(c)
    }

    /// "from 11 to 13 November", "du 11 au 13 novembre", "between 2015 and 2019",
    /// "the night of November 3 to 4", "dans la nuit du 3 au 4 novembre", "11-13 November".
    fn p_range(&self, i: usize) -> Option<Cand> {
        let (start_at, night) = if let Some((e, _)) = self.kind(K::Night, i) {
            (e, true)
        } else if let Some((e, _)) = self.kind(K::RangeFrom, i) {
            (e, false)
        } else {
            (i, false)
        };
        // "the night of the 9th", « dans la nuit du 9 »: that day's night (a bare day, of
        // the month the resolver picks); « la nuit du 9 au 10 » is read below. (A full
        // date is read alone, as TimeML tags "the night of [Oct. 23]".)
        if night
            && let Some((e, mut spec)) = self.night_day(start_at)
            && self.kind(K::RangeTo, e).is_none()
            && !self.is(e, "-")
        {
            spec.pod = Some("NI");
            return Some(Cand::date(i, e, spec));
        }
        // "11-13 November"
        // (A number with a digit count is all digits: no "-" to look for.)
        if let Some(word) = self.w.get(start_at)
            && word.kind == TokenKind::Number
            && word.digits == 0
            && let Some((a, b)) = split_at_byte(self.raw(start_at), b'-')
            && let (Ok(a), Ok(b)) = (a.parse::<u8>(), b.parse::<u8>())
            && (1..=31).contains(&a)
            && (1..=31).contains(&b)
            && a < b
            && let Some((e, m, _)) = self.month(start_at + 1)
        {
            let mut s1 = DateSpec {
                day: Some(a),
                month: Some(m),
                ..DateSpec::default()
            };
            let mut s2 = DateSpec {
                day: Some(b),
                month: Some(m),
                ..DateSpec::default()
            };
            let mut k = e;
            if let Some((e2, y)) = self.year_num(self.comma(k)) {
                s1.year = Some(y);
                s2.year = Some(y);
                k = e2;
            }
            if night {
                s1.pod = Some("NI");
            }
            return Some(self.interval(i, k, s1, s2));
        }
        // "in 2012-2013", « en 2012-2013 »: a span of years written as one number.
        if !night
            && let Some(word) = self.w.get(start_at)
            && word.kind == TokenKind::Number
            && word.digits == 0
            && let Some((a, b)) = split_at_byte(self.raw(start_at), b'-')
            && a.len() == 4
            && b.len() == 4
            && let (Ok(a), Ok(b)) = (a.parse::<i32>(), b.parse::<i32>())
            && (1900..=2100).contains(&a)
            && a < b
            && b <= a + 30
        {
            let s1 = DateSpec {
                year: Some(a),
                ..DateSpec::default()
            };
            let s2 = DateSpec {
                year: Some(b),
                ..DateSpec::default()
            };
            return Some(self.interval(i, start_at + 1, s1, s2));
        }
        if start_at == i && !night {
            if let Some(c) = self.coordinated_days(i) {
                return Some(c);
            }
            // Without "from"/"between"/"du", only "November 11-13" and the pairs above.
            let (e, m, _) = self.month(i)?;
            let word = self.w.get(e)?;
            let (a, b) = split_at_byte(self.raw(e), b'-')?;
            let (a, b) = (a.parse::<u8>().ok()?, b.parse::<u8>().ok()?);
            if word.kind != TokenKind::Number
                || !(1..=31).contains(&a)
                || !(1..=31).contains(&b)
                || a >= b
            {
                return None;
            }
            return Some(self.days_of_month(i, e + 1, m, a, b));
        }
        // (Most tries are after "from", « de »: "from the city", « de la ville ».)
        if !self.may_date(start_at) {
            debug_assert!(
                self.range_first(start_at).is_none(),
                "may_date is wrong for a range at {:?}",
                self.raw(start_at)
            );
            return None;
        }
        let (e1, s1) = self.range_first(start_at)?;
        let k = e1;
        let (e_to, _) = self
            .kind(K::RangeTo, k)
            .or_else(|| self.is(k, "-").then_some((k + 1, "")))?;
        let (e2, mut s2) = self
            .abs_date(e_to)
            .or_else(|| {
                self.bare_year(e_to, true)
                    .filter(|_| s1.year.is_some() && s1.month.is_none())
            })
            .or_else(|| {
                self.bare_month(e_to, true)
                    .filter(|_| s1.month.is_some() && s1.day.is_none())
            })
            .or_else(|| self.day_or_weekday(e_to))?;
        let mut s1 = s1;
        // Borrow what one side lacks from the other ("du 3 au 4 novembre").
        if s1.month.is_none() && s1.day.is_some() {
            s1.month = s2.month;
            // « du 3 au 4 courant »: the month the second day is in.
            if s2.month.is_none() && matches!(s2.rel, Rel::Deictic(Unit::Month, _)) {
                s1.rel = s2.rel.clone();
            }
        }
        if s2.month.is_none() && s2.day.is_some() {
            s2.month = s1.month;
        }
        if s1.year.is_none() {
            s1.year = s2.year;
        }
        if s2.year.is_none() && s2.month.is_some() {
            s2.year = s1.year;
        }
        let bare_days =
            s1.month.is_none() && s1.weekday.is_none() && s1.year.is_none() && s1.rel == Rel::Abs;
        // (Bare days make a range only as a night's: « dans la nuit du 9 au 10 ».)
        if bare_days && !night {
            return None;
        }
        if night {
            s1.pod = Some("NI");
        }
        // TimeML spans exclude "from"/"between" but keep "the night of".
        let a = if night { i } else { start_at };
        let mut c = self.interval(a, e2, s1, s2);
        if !night {
            c.parts = Some([(start_at, e1), (e_to, e2)]);
        }
        Some(c)
    }

    /// A bare day after a night's words: "(the night of) the 9th", « (la nuit du) 9 »:
    /// its number, no month after it.
    fn night_day(&self, i: usize) -> Option<(usize, DateSpec)> {
        let j = if self.is_any(i, &["the", "le"]) {
            i + 1
        } else {
            i
        };
        let (e, d) = self.day_num(j)?;
        // (Only where the day ends: a stop, a comma, the end, or the other end of a range;
        // not "the 9th of November", « du 9 du mois dernier », "the 3 attacks".)
        let ends = self
            .w
            .get(e)
            .is_none_or(|x| !self.w.same_sentence(e - 1, e) || x.kind == TokenKind::Punct)
            || self.kind(K::RangeTo, e).is_some();
        if !ends {
            return None;
        }
        let spec = DateSpec {
            day: Some(d),
            ..DateSpec::default()
        };
        Some((e, spec))
    }

    /// Two days in a row told as a pair: "March 3 and 4, 2023", "on 3 and 4 March", «
    /// les 3 et 4 mars »: one interval. (After "March 3 and 4" only the end of the
    /// clause, a year or a preposition: "on March 3 and 4 soldiers were killed" counts
    /// soldiers.)
    fn coordinated_days(&self, i: usize) -> Option<Cand> {
        let and = |k: usize| self.is_any(k, &["and", "et"]);
        let (m, d1, d2, e) = if let Some((e, m, _)) = self.month(i) {
            let (e1, d1) = self.day_num(e)?;
            if !and(e1) {
                return None;
            }
            let (e2, d2) = self.day_num(e1 + 1)?;
            let closed = self.w.get(e2).is_none_or(|x| {
                x.kind == TokenKind::Punct
                    || !self.w.same_sentence(i, e2)
                    || self.is_any(e2, &["in", "at", "near", "when", "during", "en", "lors"])
            }) || self.year_num(e2).is_some();
            if !closed {
                return None;
            }
            (m, d1, d2, e2)
        } else {
            let (e1, d1) = self.day_num(i)?;
            if !and(e1) {
                return None;
            }
            let (e2, d2) = self.day_num(e1 + 1)?;
            let (e3, m, _) = self.month(e2)?;
            (m, d1, d2, e3)
        };
        // (Days apart are two dates: « les 6 et 13 avril » are two rounds of a vote.)
        if d2 != d1 + 1 {
            return None;
        }
        Some(self.days_of_month(i, e, m, d1, d2))
    }

    /// Days `d1` to `d2` of month `m`, told from word `i` to word `e`, and the year after
    /// them if one follows ("November 11-13, 2023", "March 3 and 4, 2023").
    fn days_of_month(&self, i: usize, e: usize, m: u8, d1: u8, d2: u8) -> Cand {
        let mut s1 = DateSpec {
            day: Some(d1),
            month: Some(m),
            ..DateSpec::default()
        };
        let mut s2 = s1.clone();
        s2.day = Some(d2);
        let mut k = e;
        if let Some((e2, y)) = self.year_num(self.comma(k)) {
            s1.year = Some(y);
            s2.year = Some(y);
            k = e2;
        }
        self.interval(i, k, s1, s2)
    }

    /// The first part of a range ([`Grammar::p_range`]) at `start_at`: a full date, or
    /// a bare day (its month borrowed from the second part). Each alternative reads its
    /// anchor as [`Grammar::p_date`]'s parts do ([`Grammar::may_date`]): `abs_date`,
    /// `bare_year` and `bare_month` are parts of a date (`after_mod` only relaxes tests
    /// past the anchor); a weekday (a phrase, [`DATE_WORD`]) at `start_at`, then a day
    /// (a number or an ordinal, [`DATE_WORD`]) there or after "le", "the".
    fn range_first(&self, start_at: usize) -> Option<(usize, DateSpec)> {
        self.abs_date(start_at)
            .or_else(|| self.bare_year(start_at, true))
            .or_else(|| self.bare_month(start_at, true))
            .or_else(|| self.day_or_weekday(start_at))
    }

    /// Either end of a range told by its day (a weekday before it or not) or by its
    /// weekday alone: "from Saturday to Monday". ("from November 11 to 13" is
    /// `abs_date`'s.)
    fn day_or_weekday(&self, at: usize) -> Option<(usize, DateSpec)> {
        let day = || {
            let mut j = at;
            let mut spec = DateSpec::default();
            if let Some((e, d)) = self.weekday(j) {
                spec.weekday = Some(d);
                j = e;
            }
            // « entre le 25 et le 27 juillet », "between the 25th and the 27th".
            if self.is_any(j, &["le", "the"]) && self.day_num(j + 1).is_some() {
                j += 1;
            }
            let (e, d) = self.day_num(j)?;
            spec.day = Some(d);
            Some((e, spec))
        };
        day().or_else(|| {
            let (e, d) = self.weekday(at)?;
            Some((
                e,
                DateSpec {
                    weekday: Some(d),
                    ..DateSpec::default()
                },
            ))
        })
    }

    fn interval(&self, a: usize, b: usize, s1: DateSpec, s2: DateSpec) -> Cand {
        Cand {
            a,
            b,
            expr: Expr::Date {
                spec: s1,
                end: Some(Box::new(s2)),
                open: Open::No,
            },
            modifier: None,
            parts: None,
        }
    }

    // ---- relative to the publication date -------------------------------------------

    /// "yesterday", "hier soir", "tomorrow morning", "aujourd'hui".
    fn p_today(&self, i: usize) -> Option<Cand> {
        let (e, v) = self.kind(K::Today, i)?;
        // "overnight Saturday": that day's night, not tonight.
        if self.kind(K::Night, i).is_some_and(|(ne, _)| ne == e)
            && let Some((e2, d)) = self.weekday(e)
        {
            let spec = DateSpec {
                weekday: Some(d),
                pod: pod_code("NI"),
                ..DateSpec::default()
            };
            return Some(Cand::date(i, e2, spec));
        }
        let (off, pod) = match v.split_once(':') {
            Some((o, p)) => (o.parse().ok()?, pod_code(p)),
            None => (v.parse().ok()?, None),
        };
        let mut spec = DateSpec {
            rel: Rel::Today(off),
            pod,
            ..DateSpec::default()
        };
        let mut k = e;
        if spec.pod.is_none()
            && let Some((e2, p)) = self.kind(K::Pod, k)
        {
            spec.pod = pod_code(p);
            k = e2;
        }
        // "hier en début d'après-midi", "yesterday in the late afternoon"
        let mut modifier = None;
        if spec.pod.is_none() && self.is_any(k, &["en", "in", "dans"]) {
            let mut k2 = k + 1;
            if self.is_any(k2, &["the", "la", "le"]) {
                k2 += 1;
            }
            if let Some((e2, m)) = self.kind(K::Mod, k2) {
                let e2 = if self.is_any(e2, &["de", "d"]) {
                    e2 + 1
                } else {
                    e2
                };
                if let Some((e3, p)) = self.kind(K::Pod, e2) {
                    spec.pod = pod_code(p);
                    modifier = Some(m.to_string());
                    k = e3;
                }
            }
        }
        // "aujourd'hui vendredi", "today, Friday"
        if let Some((e2, d)) = self.weekday(self.comma(k)) {
            spec.weekday = Some(d);
            k = e2;
        }
        let mut c = Cand::date(i, k, spec);
        c.modifier = modifier;
        Some(c)
    }

    /// "last week", "this year", "next Monday", "this morning", "cette semaine",
    /// "la semaine dernière", "lundi dernier", "l'an dernier", "novembre dernier".
    fn p_deictic(&self, i: usize) -> Option<Cand> {
        // prefix form: this/last/next/ce/cette + unit/weekday/month/season
        // (Not a phrase the anaphora lexicon has whole: headline "next day" counts from
        // the deed told, as "the next day" does.)
        if let Some((e, v)) = self
            .kind(K::Deictic, i)
            .filter(|_| self.anaphora(i).is_none())
        {
            // "this past", "this coming" (value "-1n"): the nearest such season, not the
            // one of last year ("this past spring" in October is this year's).
            let (v, nearest) = match v.strip_suffix('n') {
                Some(v) => (v, true),
                None => (v, false),
            };
            let off: i32 = v.parse().ok()?;
            let mut k = e;
            if let Some((e2, d)) = self.weekday(k) {
                let mut spec = DateSpec {
                    weekday: Some(d),
                    dir: off.signum() as i8,
                    this: off == 0,
                    ..DateSpec::default()
                };
                let mut k2 = e2;
                if let Some((e3, p)) = self.kind(K::Pod, k2) {
                    spec.pod = pod_code(p);
                    k2 = e3;
                }
                return Some(Cand::date(i, k2, spec));
            }
            if let Some((e2, m, _)) = self.month(k) {
                let mut spec = DateSpec {
                    month: Some(m),
                    dir: off.signum() as i8,
                    this: off == 0,
                    ..DateSpec::default()
                };
                // "last Oct. 23", "next March 3": the latest (or next) such day, not
                // the month alone with its day left over.
                let mut e2 = e2;
                if off != 0
                    && let Some((e3, d)) = self.day_num(e2)
                    && self.w.get(e3).is_none_or(|x| x.kind != TokenKind::Number)
                {
                    spec.day = Some(d);
                    e2 = e3;
                }
                return Some(Cand::date(i, e2, spec));
            }
            if let Some((e2, s)) = self.kind(K::Season, k) {
                let spec = if nearest {
                    DateSpec {
                        season: Some(season_code(s)),
                        dir: off.signum() as i8,
                        ..DateSpec::default()
                    }
                } else {
                    DateSpec {
                        season: Some(season_code(s)),
                        rel: Rel::Deictic(Unit::Year, off),
                        ..DateSpec::default()
                    }
                };
                return Some(Cand::date(i, e2, spec));
            }
            // "this morning", "tonight"-like
            if let Some((e2, p)) = self.kind(K::Pod, k)
                && off <= 0
                && !p.starts_with('T')
            {
                let day = if off < 0 && p == "NI" { -1 } else { 0 };
                if off < 0 && p != "NI" {
                    return None;
                }
                let spec = DateSpec {
                    rel: Rel::Today(day),
                    pod: pod_code(p),
                    ..DateSpec::default()
                };
                return Some(Cand::date(i, e2, spec));
            }
            if let Some((e2, u)) = self.kind(K::Unit, k) {
                let unit = Unit::parse(u)?;
                if matches!(
                    unit,
                    Unit::Hour | Unit::Minute | Unit::Second | Unit::Pod(_)
                ) {
                    return None;
                }
                // "the coming years", "past weeks": a vague duration, not a date.
                if is_plural_unit(self.n(k)) {
                    return None;
                }
                // "this week", "ce mois-ci"; "cette semaine-là" is the week talked about.
                let there = self.is(e2, "la") && self.w.get(e2).is_some_and(|w| w.glued);
                if self.is(e2, "ci") || there {
                    k = e2 + 1;
                } else {
                    k = e2;
                }
                if there {
                    let spec = DateSpec {
                        rel: Rel::Anaphora(unit, 0),
                        ..DateSpec::default()
                    };
                    return Some(Cand::date(i, k, spec));
                }
                let mut spec = DateSpec {
                    rel: Rel::Deictic(unit, off),
                    ..DateSpec::default()
                };
                if unit == Unit::Weekend {
                    spec.weekend = true;
                    spec.rel = Rel::Deictic(Unit::Week, off);
                }
                let k = self.post_dir_rel(k, &mut spec);
                return Some(Cand::date(i, k, spec));
            }
            return None;
        }
        // French postposed form: [le|la|l'|les] unit dernier/prochain; weekday/month dernier
        let mut j = i;
        if self.is_any(j, &["le", "la", "l", "les"]) {
            j += 1;
        }
        if let Some((e, u)) = self.kind(K::Unit, j) {
            let (e2, v) = self.kind(K::DeicticPost, e)?;
            let off: i32 = v.parse().ok()?;
            let unit = Unit::parse(u)?;
            let mut spec = DateSpec {
                rel: Rel::Deictic(unit, off),
                ..DateSpec::default()
            };
            if unit == Unit::Weekend {
                spec.weekend = true;
                spec.rel = Rel::Deictic(Unit::Week, off);
            }
            if let Unit::Pod(p) = unit {
                // « la nuit dernière »
                if off < 0 {
                    spec.rel = Rel::Today(if p == "NI" { -1 } else { 0 });
                    spec.pod = pod_code(p);
                } else {
                    return None;
                }
            }
            return Some(Cand::date(i, e2, spec));
        }
        None
    }

    /// "la semaine prochaine" written as prefix deictic + unit + postposed word: keep the
    /// postposed direction when present.
    fn post_dir_rel(&self, k: usize, spec: &mut DateSpec) -> usize {
        if let Some((e, v)) = self.kind(K::DeicticPost, k)
            && let Rel::Deictic(u, _) = spec.rel
        {
            let off: i32 = v.parse().unwrap_or(0);
            spec.rel = Rel::Deictic(u, off);
            return e;
        }
        k
    }

    /// "two days ago", "a year ago", "il y a deux jours", "il y a une semaine".
    fn p_ago(&self, i: usize) -> Option<Cand> {
        if let Some((e, v)) = self.kind(K::RelPre, i)
            && v == "ago"
        {
            let (e2, n, unit) = self.amount_unit(e)?;
            let spec = DateSpec {
                rel: Rel::Ago(unit, n.unwrap_or(f64::NAN)),
                ..DateSpec::default()
            };
            return Some(Cand::date(i, e2, spec));
        }
        let (e, n, unit) = self.amount_unit(i)?;
        let (e2, v) = self.kind(K::RelPost, e)?;
        if v != "ago" {
            return None;
        }
        let spec = DateSpec {
            rel: Rel::Ago(unit, n.unwrap_or(f64::NAN)),
            ..DateSpec::default()
        };
        Some(Cand::date(i, e2, spec))
    }

    /// A date named in full or from the publication date ("Nov. 14", "last Tuesday",
    /// « le 11 novembre »), in one sentence: what "the day before" may be counted from.
    fn named_date(&self, at: usize) -> Option<(usize, DateSpec)> {
        let c = [self.p_date(at), self.p_deictic(at)]
            .into_iter()
            .flatten()
            .filter(|c| c.b > at && self.w.same_sentence(at, c.b - 1))
            .max_by_key(|c| c.b)?;
        match c.expr {
            Expr::Date {
                spec,
                end: None,
                open: Open::No,
            } if matches!(spec.rel, Rel::Abs | Rel::Deictic(Unit::Day | Unit::Week, _))
                && spec.shift_days == 0
                && c.modifier.is_none()
                && (spec.day.is_some() || spec.weekday.is_some()) =>
            {
                Some((c.b, spec))
            }
            _ => None,
        }
    }

    /// An anaphora of the lexicon at word `i`. (« là » only glued by its hyphen, as the
    /// lexicon writes it: « cette année-là », not « a publié cette semaine la liste ».)
    /// (Nor "at the time" of something, « à l'époque de »: the time of that thing, which
    /// is no earlier time of the text.)
    fn anaphora(&self, i: usize) -> Option<(usize, &str)> {
        self.kind(K::Anaphora, i).filter(|&(e, v)| {
            (e < i + 2 || self.n(e - 1) != "la" || self.w.get(e - 1).is_some_and(|x| x.glued))
                && !(v == "0" && e < self.w.len() && self.is_any(e, &["of", "de", "d", "du", "des"]))
                // ("the evening prayer": see `kind`.)
                && !(v.contains(':') && self.lex.get(K::PodNoun, self.w, e).is_some())
        })
    }

    /// A day told by a word at `i`, as after a part of the day: « (la matinée) d'hier »,
    /// « (la soirée) de la veille », « (la nuit) du lendemain ».
    fn day_word(&self, i: usize) -> Option<(usize, DateSpec)> {
        if let Some((e, v)) = self.kind(K::Today, i) {
            // (Not a word with its own part of the day, « hier soir »: "-1:EV".)
            let spec = DateSpec {
                rel: Rel::Today(v.parse().ok()?),
                ..DateSpec::default()
            };
            return Some((e, spec));
        }
        let (e, v) = self.anaphora(i)?;
        let n: i32 = v.strip_suffix('D')?.parse().ok()?;
        (n != 0).then(|| {
            (
                e,
                DateSpec {
                    rel: Rel::Anaphora(Unit::Day, n),
                    ..DateSpec::default()
                },
            )
        })
    }

    /// "the day before", "la veille", "le lendemain", "two days earlier",
    /// "deux jours plus tôt", "trois jours plus tard", "a year earlier".
    fn p_anaphora(&self, i: usize) -> Option<Cand> {
        let mut best: Option<Cand> = None;
        if let Some((e, v)) = self.anaphora(i) {
            let (rel, pod) = match v.split_once(':') {
                Some((r, p)) => (r, pod_code(p)),
                None => (v, None),
            };

            let spec = if rel == "0" {
                DateSpec {
                    rel: Rel::Same,
                    pod,
                    ..DateSpec::default()
                }
            } else {
                let (num, unit) = rel.split_at(
                    rel.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .len(),
                );
                let n: i32 = num.parse().ok()?;
                let unit = Unit::parse(unit)?;
                if unit == Unit::Quarter && !self.accounts() {
                    return None;
                }
                DateSpec {
                    rel: Rel::Anaphora(unit, n),
                    pod,
                    ..DateSpec::default()
                }
            };
            let mut spec = spec;
            let mut k = e;
            // "the day before last Tuesday", « la veille du 11 novembre »: a day away from
            // the date named right after, not from the reference time.
            if let Rel::Anaphora(Unit::Day, n) = spec.rel
                && n != 0
                && spec.pod.is_none()
            {
                let at = if self.is_any(e - 1, &["before", "after"]) {
                    Some(e)
                } else if self.is_any(e, &["du", "de", "d", "des"]) {
                    Some(e + 1)
                } else {
                    None
                };
                if let Some((e2, mut named)) = at.and_then(|at| self.named_date(at)) {
                    named.shift_days = n;
                    return Some(Cand::date(i, e2, named));
                }
                spec.of_event = at.is_some_and(|at| {
                    self.w.same_sentence(e - 1, at)
                        && self.w.get(at).is_some_and(|x| x.kind == TokenKind::Word)
                        // (« du scrutin », « des attaques »: the article is in the
                        // preposition.)
                        && (self.is_any(e, &["du", "des"])
                            || self.is_any(
                                at,
                                &[
                                    "the", "a", "an", "this", "that", "its", "their", "his",
                                    "her", "le", "la", "l", "les", "un", "une", "cette", "ce",
                                    "cet", "sa", "son", "ses", "leur", "leurs",
                                ],
                            ))
                });
            }
            if spec.pod.is_none()
                && let Some((e2, p)) = self.kind(K::Pod, k)
            {
                spec.pod = pod_code(p);
                k = e2;
            }
            // "the morning of March 2", « dans la matinée du samedi 2 mars »: that part of
            // the day named.
            if matches!(spec.rel, Rel::Same | Rel::Anaphora(Unit::Day, 0))
                && spec.pod.is_some()
                && self.is_any(k, &["of", "du", "de", "d"])
                && self.w.same_sentence(k, k + 1)
                && let Some((e2, mut day)) = self
                    .abs_date(k + 1)
                    .or_else(|| self.weekday_expr(k + 1))
                    .filter(|(_, d)| d.day.is_some() || d.weekday.is_some())
                    .or_else(|| self.day_word(k + 1))
            {
                day.pod = spec.pod;
                return Some(Cand::date(i, e2, day));
            }
            // "the quarter a year ago": the same quarter a year before the one reported;
            // "the same quarter of last year", « le même trimestre de l'an dernier »:
            // that quarter in the publication year less one.
            if spec.rel == Rel::Anaphora(Unit::Quarter, 0) {
                if let Some((e2, n, Unit::Year)) = self.amount_unit(k)
                    && let Some((e3, dir)) = self.kind(K::RelPost, e2)
                    && matches!(dir, "ago" | "-1")
                {
                    let n = n.map(|x| x.round() as i32).unwrap_or(1);
                    spec.rel = Rel::Anaphora(Unit::Quarter, -4 * n);
                    k = e3;
                } else if let Some((e2, n)) = self.of_deictic_year(k) {
                    spec.this = true;
                    spec.year_shift = n;
                    k = e2;
                }
            }
            // "the day before yesterday" is a today-word, longer, and wins elsewhere.
            if !(v == "0"
                && (self.is(i, "then") || self.is(i, "alors"))
                && !self.then_is_temporal(i))
            {
                best = Some(Cand::date(i, k, spec));
            }
        }
        if let Some((e, n, unit)) = self.amount_unit(i)
            && let Some((e2, v)) = self.kind(K::RelPost, e)
            && v != "ago"
        {
            // "two days before the election": a duration before an event, not a date.
            let dir: i32 = v.parse().ok()?;
            let prepositional = (self.is_any(e, &["before", "after", "avant", "apres"]))
                && self.w.get(e2).is_some_and(|w| w.kind == TokenKind::Word)
                && self.w.same_sentence(e, e2);
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                // "une heure plus tard": TimeML tags the duration; the day is the
                // reference's anyway.
                let c = Cand {
                    a: i,
                    b: e,
                    expr: Expr::Duration(unit.duration(n)),
                    modifier: None,
                    parts: None,
                };
                if best.as_ref().is_none_or(|b| c.b > b.b) {
                    best = Some(c);
                }
            } else if prepositional {
                // "two days before Nov. 14", « trois jours après le 11 novembre »: days
                // away from that date.
                let days = match unit {
                    Unit::Day => 1,
                    Unit::Week => 7,
                    _ => 0,
                };
                if days != 0
                    && let Some(k) = n.filter(|x| x.fract() == 0.0 && *x > 0.0 && *x < 1000.0)
                    && let Some((e3, mut named)) = self.named_date(e2)
                {
                    named.shift_days = dir * days * k as i32;
                    let c = Cand::date(i, e3, named);
                    if best.as_ref().is_none_or(|b| c.b > b.b) {
                        best = Some(c);
                    }
                }
            } else {
                let k = n.map(|x| x.round() as i32).unwrap_or(1);
                let spec = DateSpec {
                    rel: Rel::Anaphora(unit, dir * k),
                    ..DateSpec::default()
                };
                let c = Cand::date(i, e2, spec);
                if best.as_ref().is_none_or(|b| c.b > b.b) {
                    best = Some(c);
                }
            }
        }
        best
    }

    /// "then" is temporal in "since then", "until then", "by then", "depuis alors".
    fn then_is_temporal(&self, i: usize) -> bool {
        i > 0
            && self.is_any(
                i - 1,
                &["since", "until", "by", "till", "depuis", "jusqu", "des"],
            )
    }

    /// `number unit`, `vague unit` ("several weeks"), `a unit`: (end, amount, unit).
    /// Three patterns ask it at the same word in a row: the last answer is kept.
    ///
    /// Most words it is asked at start no amount: that is proved first, inlined, before
    /// the memo is read ([`Grammar::may_amount`]).
    #[inline(always)]
    fn amount_unit(&self, i: usize) -> Option<(usize, Option<f64>, Unit)> {
        if !self.may_amount(i) {
            debug_assert!(self.amount_unit_at(i).is_none());
            return None;
        }
        // The memo's test here, inlined: most calls ask again at the word just asked
        // (`best_at` asks for two patterns, and each asks at its first word), where the
        // call's saving of registers and copy of the answer cost more than the test.
        if let Some((at, r)) = self.amount_memo.get()
            && at == i
        {
            return r;
        }
        self.amount_unit_memo(i)
    }

    /// Can an amount start at word `i`, as [`Grammar::amount_unit_at`] reads one: a
    /// vague amount of the lexicon, or a number ([`NumberLex::number`]): a number
    /// token with a value, or a word that starts a number ([`NUMBER`]: a cardinal's
    /// first word), or an article, which takes a multiplier ("a hundred").
    #[inline(always)]
    fn may_amount(&self, i: usize) -> bool {
        let Some(word) = self.w.get(i) else {
            return false;
        };
        self.starts(K::Vague, i)
            || match word.kind {
                TokenKind::Number => word.num.is_some(),
                TokenKind::Word => {
                    self.flags.of(word.id) & NUMBER != 0
                        || self.is_any(i, &["a", "an", "un", "une"])
                }
                _ => false,
            }
    }

    /// [`Grammar::amount_unit_at`], kept in the memo ([`Grammar::amount_unit`] reads it).
    #[inline(never)]
    fn amount_unit_memo(&self, i: usize) -> Option<(usize, Option<f64>, Unit)> {
        let r = self.amount_unit_at(i);
        self.amount_memo.set(Some((i, r)));
        r
    }

    fn amount_unit_at(&self, i: usize) -> Option<(usize, Option<f64>, Unit)> {
        let (e, n) = if let Some((e, v)) = self.kind(K::Vague, i) {
            (e, v.parse::<f64>().ok())
        } else if let Some((e, v)) = self.num.number(self.w, i, true) {
            // "5 1/2 hours", "two and a half years"
            let mut e = e;
            let mut v = v;
            if let Some(word) = self.w.get(e)
                && word.kind == TokenKind::Number
                && self.raw(e) == "1/2"
            {
                v += 0.5;
                e += 1;
            } else if self.is_any(e, &["and", "et"])
                && let Some((e2, f)) = self.num.fraction(self.w, e + 1)
            {
                v += f;
                e = e2;
            }
            (e, Some(v))
        } else {
            return None;
        };
        // "30-year", "16-hour": the hyphen is a token of its own after digits.
        let e = if self.is(e, "-")
            && self.w.get(e + 1).is_some_and(|w| w.glued)
            && self.kind(K::Unit, e + 1).is_some()
        {
            e + 1
        } else {
            e
        };
        // "more" in "two more weeks"
        let e = if self.is_any(e, &["more", "additional", "other", "de", "d"])
            && self.kind(K::Unit, e + 1).is_some()
        {
            e + 1
        } else {
            e
        };
        let (e2, u) = self.kind(K::Unit, e)?;
        let unit = Unit::parse(u)?;
        // « une quinzaine de morts »: a vague count of what follows « de » (the numbers
        // lexicon reads it so), not a fortnight; « une quinzaine de jours » stays one.
        if self
            .num
            .vague(self.w, i)
            .is_some_and(|(ve, _)| ve > e2 && self.kind(K::Unit, ve).is_none())
        {
            return None;
        }
        // (Quoted too: « « une quinzaine » de jihadistes ».)
        if self.num.vague(self.w, i).is_some()
            && self
                .w
                .get(e2)
                .is_some_and(|x| x.kind == TokenKind::CloseQuote)
            && self.is_any(e2 + 1, &["de", "d", "of"])
            && self.kind(K::Unit, e2 + 2).is_none()
        {
            return None;
        }
        // "the 1988 quarter", "1988 second": a year, not 1988 units.
        if n.is_some_and(|v| (1000.0..2200.0).contains(&v)) && !is_plural_unit(self.n(e)) {
            return None;
        }
        // "une heure et demie", "a minute and a half"
        if let Some(v) = n
            && self.is_any(e2, &["et", "and"])
            && let Some((e3, f)) = self.num.fraction(self.w, e2 + 1)
        {
            return Some((e3, Some(v + f), unit));
        }
        // "a second attack": "second" after an article is an ordinal, not a unit.
        if unit == Unit::Second
            && self.w.get(i).is_some_and(|w| w.kind == TokenKind::Word)
            && n == Some(1.0)
        {
            return None;
        }
        Some((e2, n, unit))
    }

    // ---- durations, sets, references ------------------------------------------------

    /// "three weeks", "for several weeks", "the past three months", "24 hours",
    /// "two-year", "depuis trois semaines", "a year".
    fn p_duration(&self, i: usize) -> Option<Cand> {
        // "the (fiscal) year ended March 31", « l'exercice clos le 31 mars »: a
        // reporting period, one year long (French names it by the fiscal word alone).
        if self.is_any(i, &["the", "l", "le"]) {
            let mut k = i + 1;
            let fiscal = self.kind(K::Fy, k).map(|(e, _)| e);
            if let Some(e) = fiscal {
                k = e;
            } else if self.is_any(k, &["full", "financial"]) {
                k += 1;
            }
            let year_end = match self.kind(K::Unit, k) {
                Some((e, "Y")) => Some(e),
                _ => fiscal.filter(|_| self.lang == Lang::Fr),
            };
            if let Some(e) = year_end
                && self.is_any(e, &["ended", "ending", "clos", "close", "cloture"])
            {
                return Some(Cand {
                    a: i,
                    b: e,
                    expr: Expr::Duration(Unit::Year.duration(Some(1.0))),
                    modifier: None,
                    parts: None,
                });
            }
        }
        let mut j = i;
        // "the past three months", "the next few years", "ces dernières 24 heures"
        let article = self.is_any(j, &["the", "these", "those", "ces", "les"]);
        if article {
            j += 1;
        }
        let mut span_word = false;
        if self.is_any(j, DURATION_SPANS) {
            j += 1;
            span_word = true;
        }
        let (e, n, unit) = match self.amount_unit(j) {
            Some(x) => x,
            None => {
                // "the past decade", "the coming weeks", "for weeks", "pendant des mois"
                let (e, u) = self.kind(K::Unit, j)?;
                let unit = Unit::parse(u)?;
                if matches!(unit, Unit::Pod(_)) {
                    return None;
                }
                let plural = is_plural_unit(self.n(j));
                let prep = j > 0
                    && self.is_any(
                        j - 1,
                        &[
                            "for", "within", "over", "after", "took", "lasted", "pendant",
                            "durant", "depuis", "apres",
                        ],
                    );
                if span_word && (article || plural) {
                    (e, if plural { None } else { Some(1.0) }, unit)
                } else if plural && (prep || self.kind(K::RelPost, e).is_some()) && j == i {
                    (e, None, unit)
                } else {
                    return None;
                }
            }
        };
        // "une soirée théâtre", "the night": parts of day are not durations.
        if matches!(unit, Unit::Pod(_)) && n.is_none_or(|v| v < 2.0) {
            return None;
        }
        // « des heures scolaires »: "des" is a vague amount only after a preposition.
        if self.is(j, "des")
            && !(j > 0
                && self.is_any(
                    j - 1,
                    &[
                        "pendant", "depuis", "durant", "apres", "avant", "dans", "pour", "en", "il",
                    ],
                ))
        {
            return None;
        }
        let mut k = e;
        // Ages are not times: "6-year-old", "52 years old", "un homme de 37 ans", "(24 ans)".
        if self.is(k, "old") || (self.is(k, "-") && self.is(k + 1, "old")) {
            return None;
        }
        if self.lang == Lang::Fr && unit == Unit::Year && n.is_some() && j == i && i > 0 {
            let prev = self.n(i - 1);
            let before = if i > 1 { self.n(i - 2) } else { "" };
            let age = (matches!(prev, "de" | "d" | "a")
                && !matches!(
                    before,
                    "plus"
                        | "moins"
                        | "pres"
                        | "duree"
                        | "periode"
                        | "peine"
                        | "mandat"
                        | "pendant"
                        | "bout"
                        | "il"
                ))
                || (matches!(prev, "(" | ",") && self.is_any(k, &[")", ",", ".", ";"]))
                || matches!(prev, "age" | "agee" | "ages" | "agees");
            if age {
                return None;
            }
        }
        if self.is(k, "long") && self.w.get(k).is_some_and(|w| w.glued) {
            k += 1;
        }
        // "three-quarters of": a fraction.
        if unit == Unit::Quarter && self.is(k, "of") {
            return None;
        }
        Some(Cand {
            a: i,
            b: k,
            expr: Expr::Duration(unit.duration(n)),
            modifier: None,
            parts: None,
        })
    }

    /// Can [`Grammar::p_duration`] match at word `i`, besides with a unit phrase there?
    /// It reads an amount ([`Grammar::amount_unit`], which needs
    /// [`Grammar::may_amount`]) or a unit phrase at word `i`, or further on only past
    /// one of [`duration_leads`] at `i` (an article, a word of a span, "the" of "the
    /// year ended"). Asked at every word tried, where the pattern cost two hundred
    /// instructions to find nothing. Debug builds check the proof against the pattern.
    #[inline(always)]
    fn may_duration(&self, i: usize) -> bool {
        let Some(word) = self.w.get(i) else {
            return false;
        };
        self.may_amount(i)
            || self
                .flags
                .duration_lead
                .get(word.id as usize)
                .copied()
                .unwrap_or(false)
            || (word.id == 0
                && !self.flags.unknown_duration_leads.is_empty()
                && self.is_any(i, &self.flags.unknown_duration_leads))
    }

    /// "daily", "every day", "each Thursday", "tous les jeudis", "chaque année".
    fn p_set(&self, i: usize) -> Option<Cand> {
        let mut best: Option<Cand> = None;
        if let Some((e, v)) = self.kind(K::SetWord, i) {
            best = Some(Cand {
                a: i,
                b: e,
                expr: Expr::Set(v.to_string()),
                modifier: None,
                parts: None,
            });
        }
        if let Some((e, _)) = self.kind(K::Set, i) {
            // "a" is a set marker only after a count: "twice a week"
            if self.is_any(i, &["a", "par"])
                && !(i > 0 && self.is_any(i - 1, &["once", "twice", "fois"]))
            {
                return best;
            }
            let v = if let Some((e2, d)) = self.weekday(e) {
                let mut k = e2;
                let mut pod = String::new();
                if let Some((e3, p)) = self.kind(K::Pod, k) {
                    pod = format!("T{p}");
                    k = e3;
                }
                Some((k, format!("XXXX-WXX-{d}{pod}")))
            } else if let Some((e2, m, _)) = self.month(e) {
                Some((e2, format!("XXXX-{m:02}")))
            } else if let Some((e2, u)) = self.kind(K::Unit, e) {
                Unit::parse(u).map(|u| (e2, u.duration(Some(1.0))))
            } else {
                None
            };
            if let Some((e2, v)) = v {
                let c = Cand {
                    a: i,
                    b: e2,
                    expr: Expr::Set(v),
                    modifier: None,
                    parts: None,
                };
                if best.as_ref().is_none_or(|b| c.b > b.b) {
                    best = Some(c);
                }
            }
        }
        best
    }

    fn p_ref(&self, i: usize) -> Option<Cand> {
        let (e, v) = self.kind(K::Ref, i)?;
        // "once" is a reference only when it is not "once again" or a conjunction.
        if self.is(i, "once")
            && (self.is(e, "again")
                || self.w.get(e).is_some_and(|w| {
                    w.kind == TokenKind::Word
                        && !w.cap
                        && self.is_any(e, &["the", "a", "it", "he", "she", "they"])
                }))
        {
            return None;
        }
        Some(Cand {
            a: i,
            b: e,
            expr: Expr::Ref(v.to_string()),
            modifier: None,
            parts: None,
        })
    }

    fn p_holiday(&self, i: usize) -> Option<Cand> {
        let (e, v) = self.kind(K::Holiday, i)?;
        let (m, d) = v.split_once('-')?;
        let mut spec = DateSpec {
            month: m.parse().ok(),
            day: d.parse().ok(),
            ..DateSpec::default()
        };
        let mut k = e;
        if let Some((e2, y)) = self.year_num(self.comma(k)) {
            spec.year = Some(y);
            k = e2;
        }
        Some(Cand::date(i, k, spec))
    }
}

/// The number of periods in `s`, byte by byte: the library's `matches('.')` searched
/// with `memchr`, calls and a hundred instructions or so for a token of a few bytes (a
/// figure such as "4.5" was asked it at every try).
#[inline]
fn dots(s: &str) -> usize {
    let n = s.bytes().filter(|&b| b == b'.').count();
    debug_assert_eq!(n, s.matches('.').count());
    n
}

/// `s.split_once(b)` for an ASCII byte `b`, byte by byte (as [`dots`], for a token of a
/// few bytes).
#[inline]
fn split_at_byte(s: &str, b: u8) -> Option<(&str, &str)> {
    debug_assert!(b.is_ascii());
    // (An ASCII byte is a whole character: both sides are on character boundaries.)
    let r = s
        .as_bytes()
        .iter()
        .position(|&x| x == b)
        .map(|p| (&s[..p], &s[p + 1..]));
    debug_assert_eq!(r, s.split_once(b as char));
    r
}

/// "q3" (a quarter) and "h30" (the minutes of "9h30"): words the grammar reads by shape.
pub(super) fn quarter_or_clock_word(n: &str) -> bool {
    let b = n.as_bytes();
    (b.len() == 2 && b[0] == b'q' && b[1].is_ascii_digit())
        || (b.len() == 3 && b[0] == b'h' && b[1..].iter().all(u8::is_ascii_digit))
}

/// "years", "semaines", "mois" after a plural marker: a plural unit word.
fn is_plural_unit(n: &str) -> bool {
    (n.ends_with('s') && !matches!(n, "mois" | "fois")) || matches!(n, "centuries")
}

/// Parts of day as TimeML writes them; lexicons may only use these.
pub fn pod_code(s: &str) -> Option<&'static str> {
    Some(match s {
        "MO" => "MO",
        "AF" => "AF",
        "EV" => "EV",
        "NI" => "NI",
        "MI" => "MI",
        "T12:00" => "T12:00",
        "T24:00" => "T24:00",
        _ => return None,
    })
}

fn season_code(s: &str) -> &'static str {
    match s {
        "SP" => "SP",
        "SU" => "SU",
        "FA" => "FA",
        _ => "WI",
    }
}

/// Roman numerals as centuries are written in French ("XXe", "XIXe").
fn roman(s: &str) -> Option<i32> {
    let s = s
        .strip_suffix("ème")
        .or_else(|| s.strip_suffix("eme"))
        .or_else(|| s.strip_suffix('e'))?;
    if s.is_empty() || !s.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return None;
    }
    let val = |c| match c {
        'I' => 1,
        'V' => 5,
        _ => 10,
    };
    let cs: Vec<i32> = s.chars().map(val).collect();
    let mut total = 0;
    for (k, &v) in cs.iter().enumerate() {
        if cs.get(k + 1).is_some_and(|&n| n > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    Some(total)
}
