//! Resolution: from what an expression says to the calendar interval it means, given
//! the publication date (deictic expressions: "yesterday", "last week", "on Sunday") and
//! the reference time in the text (anaphoric ones: "two days earlier", "la veille").
//!
//! Values follow TimeML (`2023-11-11`, `2023-W45`, `2023-11-03TNI`, `2023-Q4`); the
//! interval and ACLED's time precision are derived from the value's granularity.

use super::grammar::{DateSpec, Rel, Unit};
use jiff::ToSpan;
use sitrep_core::Date;

/// Verb tense around an expression: decides whether a bare "Sunday" is the last one or
/// the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// Granularity of a resolved value, finest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gran {
    Time,
    Pod,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// A resolved point of the calendar at some granularity.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub gran: Gran,
    /// A representative day: the day itself, or the first day of the week/month/….
    pub date: Date,
    pub pod: Option<&'static str>,
    pub clock: Option<(u8, u8)>,
    pub season: Option<&'static str>,
    pub weekend: bool,
    pub fiscal: bool,
    /// Derived from another time by a shift ("a year earlier"): a comparison, never the
    /// base of another shift.
    pub derived: bool,
}

pub fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(y.try_into().ok()?, m as i8, d as i8).ok()
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.first_of_month().checked_add(n.months()).ok()
}

fn first_of_year(y: i32) -> Option<Date> {
    ymd(y, 1, 1)
}

fn quarter_of(d: Date) -> u8 {
    ((d.month() - 1) / 3 + 1) as u8
}

/// Pushes `n` as `format!("{n:0width$}")` would: zero-padded to `width` characters,
/// a minus sign counting in the width.
fn push_padded(s: &mut String, n: i32, width: usize) {
    // Months, days, hours, minutes and years: whole pairs of digits from a table.
    match (n, width) {
        (0..=99, 2) => return push_pair(s, n as usize),
        (0..=9999, 4) => {
            push_pair(s, n as usize / 100);
            return push_pair(s, n as usize % 100);
        }
        _ => {}
    }
    if n < 0 {
        use std::fmt::Write;
        let _ = write!(s, "{n:0width$}");
        return;
    }
    sitrep_core::digits::push_u64(s, n as u64, width);
}

/// `d.to_string()` ("2023-11-05"), its ten bytes written at once for a year of up to
/// four digits (others as `Display` writes them): the publication date is written into
/// every mention's anchor, and `to_string` went through the formatting machinery and
/// grew its string twice (a push per part, with its test of room, cost half as much
/// again).
pub fn date_string(d: Date) -> String {
    let y = d.year();
    let s = if (0..=9999).contains(&y) {
        let (y, m, day) = (y as u16, d.month() as u8, d.day() as u8);
        let digit = |v: u16| b'0' + (v % 10) as u8;
        let b = [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            b'0' + m / 10,
            b'0' + m % 10,
            b'-',
            b'0' + day / 10,
            b'0' + day % 10,
        ];
        String::from_utf8(b.to_vec()).expect("ASCII digits")
    } else {
        d.to_string()
    };
    debug_assert_eq!(s, d.to_string());
    s
}

/// "00" to "99", two characters each.
const PAIRS: &str = "00010203040506070809101112131415161718192021222324252627282930313233343536373839\
                     40414243444546474849505152535455565758596061626364656667686970717273747576777879\
                     8081828384858687888990919293949596979899";

/// Pushes `n` (below 100) as two digits.
fn push_pair(s: &mut String, n: usize) {
    s.push_str(&PAIRS[2 * n..2 * n + 2]);
}

fn season_start(y: i32, s: &str) -> Option<Date> {
    match s {
        "SP" => ymd(y, 3, 1),
        "SU" => ymd(y, 6, 1),
        "FA" => ymd(y, 9, 1),
        _ => ymd(y, 12, 1),
    }
}

fn season_of(d: Date) -> &'static str {
    match d.month() {
        3..=5 => "SP",
        6..=8 => "SU",
        9..=11 => "FA",
        _ => "WI",
    }
}

/// Monday of the ISO week containing `d`.
fn week_start(d: Date) -> Date {
    let off = d.weekday().to_monday_zero_offset() as i64;
    add_days(d, -off).unwrap_or(d)
}

impl Point {
    pub fn day(date: Date) -> Point {
        Point {
            gran: Gran::Day,
            date,
            pod: None,
            clock: None,
            season: None,
            weekend: false,
            fiscal: false,
            derived: false,
        }
    }

    pub fn at(gran: Gran, date: Date) -> Point {
        let date = match gran {
            Gran::Week => week_start(date),
            Gran::Month => date.first_of_month(),
            Gran::Quarter => {
                ymd(date.year() as i32, (quarter_of(date) - 1) * 3 + 1, 1).unwrap_or(date)
            }
            Gran::Half => {
                ymd(date.year() as i32, if date.month() <= 6 { 1 } else { 7 }, 1).unwrap_or(date)
            }
            Gran::Year => first_of_year(date.year() as i32).unwrap_or(date),
            Gran::Decade => first_of_year(date.year() as i32 / 10 * 10).unwrap_or(date),
            Gran::Century => first_of_year(date.year() as i32 / 100 * 100).unwrap_or(date),
            _ => date,
        };
        Point {
            gran,
            ..Point::day(date)
        }
    }

    /// The TimeML value.
    ///
    /// Written digit by digit rather than with `format!`: one value per time mention,
    /// and the formatting machinery cost ten times the pushes (the same text: tests
    /// below compare with `format!`'s padding, negative years included).
    pub fn value(&self) -> String {
        let d = self.date;
        let y = d.year() as i32;
        let mut s = String::with_capacity(16);
        match self.gran {
            Gran::Time | Gran::Pod | Gran::Day => {
                push_padded(&mut s, y, 4);
                s.push('-');
                push_padded(&mut s, d.month() as i32, 2);
                s.push('-');
                push_padded(&mut s, d.day() as i32, 2);
            }
            Gran::Week => {
                let iw = d.iso_week_date();
                push_padded(&mut s, iw.year() as i32, 4);
                s.push_str("-W");
                push_padded(&mut s, iw.week() as i32, 2);
                if self.weekend {
                    s.push_str("-WE");
                }
            }
            Gran::Month => {
                push_padded(&mut s, y, 4);
                s.push('-');
                push_padded(&mut s, d.month() as i32, 2);
            }
            Gran::Season => {
                // Winter belongs to the year it starts in.
                push_padded(&mut s, y, 4);
                s.push('-');
                s.push_str(self.season.unwrap_or("WI"));
            }
            Gran::Quarter => {
                push_padded(&mut s, y, 4);
                s.push_str("-Q");
                push_padded(&mut s, quarter_of(d) as i32, 1);
            }
            Gran::Half => {
                push_padded(&mut s, y, 4);
                s.push_str(if d.month() <= 6 { "-H1" } else { "-H2" });
            }
            // TimeBank writes fiscal years as plain years.
            Gran::Year => push_padded(&mut s, y, 4),
            Gran::Decade => push_padded(&mut s, y / 10, 3),
            Gran::Century => push_padded(&mut s, y / 100, 2),
        }
        match (self.gran, &self.clock, self.pod) {
            (Gran::Time, Some((h, m)), _) => {
                s.push('T');
                push_padded(&mut s, *h as i32, 2);
                s.push(':');
                push_padded(&mut s, *m as i32, 2);
            }
            (Gran::Pod | Gran::Time, None, Some(p)) => {
                if !p.starts_with('T') {
                    s.push('T');
                }
                s.push_str(p);
            }
            _ => {}
        }
        s
    }

    /// First and last day covered.
    pub fn interval(&self) -> (Date, Date) {
        let d = self.date;
        let end = match self.gran {
            Gran::Time | Gran::Day => d,
            Gran::Pod => {
                // The night of the 3rd runs into the 4th.
                if self.pod == Some("NI") {
                    add_days(d, 1).unwrap_or(d)
                } else {
                    d
                }
            }
            Gran::Week => {
                if self.weekend {
                    return (add_days(d, 5).unwrap_or(d), add_days(d, 6).unwrap_or(d));
                }
                add_days(d, 6).unwrap_or(d)
            }
            Gran::Month => d.last_of_month(),
            Gran::Season => add_days(add_months(d, 3).unwrap_or(d), -1).unwrap_or(d),
            Gran::Quarter => add_days(add_months(d, 3).unwrap_or(d), -1).unwrap_or(d),
            Gran::Half => add_days(add_months(d, 6).unwrap_or(d), -1).unwrap_or(d),
            Gran::Year => ymd(d.year() as i32, 12, 31).unwrap_or(d),
            Gran::Decade => ymd(d.year() as i32 + 9, 12, 31).unwrap_or(d),
            Gran::Century => ymd(d.year() as i32 + 99, 12, 31).unwrap_or(d),
        };
        (d, end)
    }

    /// ACLED time precision: 1 day, 2 week (or part of a month), 3 month or vaguer.
    pub fn precision(&self, modifier: Option<&str>) -> u8 {
        match self.gran {
            Gran::Time | Gran::Pod | Gran::Day => 1,
            Gran::Week => 2,
            Gran::Month if matches!(modifier, Some("START" | "MID" | "END")) => 2,
            _ => 3,
        }
    }

    /// Shift by `n` units, keeping this point's granularity where it is coarser than
    /// the unit (a year before the third quarter is the third quarter of the year before).
    pub fn shift(&self, unit: Unit, n: i64) -> Option<Point> {
        let d = self.date;
        let (date, gran) = match unit {
            Unit::Day | Unit::Pod(_) => (add_days(d, n)?, Gran::Day),
            Unit::Week | Unit::Weekend => (
                add_days(d, 7 * n)?,
                if self.gran <= Gran::Day {
                    Gran::Day
                } else {
                    Gran::Week
                },
            ),
            Unit::Fortnight => (
                add_days(d, 14 * n)?,
                Gran::Day.max(self.gran.min(Gran::Week)),
            ),
            Unit::Month => (
                d.checked_add(n.months()).ok()?,
                if self.gran <= Gran::Day {
                    Gran::Day
                } else {
                    Gran::Month
                },
            ),
            Unit::Quarter => (
                d.checked_add((3 * n).months()).ok()?,
                Gran::Quarter.min(self.gran.max(Gran::Day)),
            ),
            Unit::Half => (d.checked_add((6 * n).months()).ok()?, Gran::Half),
            Unit::Year => (
                d.checked_add(n.years()).ok()?,
                if self.gran <= Gran::Day {
                    Gran::Year
                } else {
                    self.gran.min(Gran::Year)
                },
            ),
            Unit::Decade => (d.checked_add((10 * n).years()).ok()?, Gran::Year),
            Unit::Century => (d.checked_add((100 * n).years()).ok()?, Gran::Year),
            Unit::Hour | Unit::Minute | Unit::Second => (d, self.gran),
        };
        let mut p = Point::at(gran, date);
        p.season = self.season;
        p.weekend = self.weekend && gran == Gran::Week;
        Some(p)
    }
}

/// Everything a resolution may draw on.
pub struct Anchors<'a> {
    pub dct: Option<Date>,
    /// Earlier resolved points in the text, in order.
    pub refs: &'a [Point],
    /// Whether each of `refs` is the day something was said ("the army said on
    /// Tuesday"), not the day something happened.
    pub told: &'a [bool],
    pub tense: Option<Tense>,
    /// The expression opens an interval running up to now ("since January", « depuis
    /// janvier »): it lies before the publication, even the month right after its own.
    pub up_to_now: bool,
    /// The report counts in quarters (it names one): "a year ago" then means the same
    /// quarter a year before, as financial reporting uses it.
    pub quarterly: bool,
}

/// What a relative expression was resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Publication,
    /// Index into [`Anchors::refs`].
    Mention(usize),
}

impl Anchors<'_> {
    /// The reference time for an anaphoric expression in `unit`s: the latest earlier
    /// point fine enough to count days from, else the publication date.
    pub fn reference(&self, unit: Unit) -> Option<(Point, Anchor)> {
        self.reference_for(unit, false)
    }

    /// As [`Anchors::reference`]; a shift (`shifting`) never starts from a point that
    /// was itself shifted ("a year earlier" after "a year earlier").
    pub fn reference_for(&self, unit: Unit, shifting: bool) -> Option<(Point, Anchor)> {
        self.reference_of(unit, shifting, shifting && unit == Unit::Day)
    }

    /// As [`Anchors::reference_for`]; `deed`: the day of what happened, never one on
    /// which something was only said, when the text has one before it.
    fn reference_of(&self, unit: Unit, shifting: bool, deed: bool) -> Option<(Point, Anchor)> {
        if unit == Unit::Quarter {
            return self.quarter_ref();
        }
        let dayish = matches!(
            unit,
            Unit::Day
                | Unit::Week
                | Unit::Pod(_)
                | Unit::Hour
                | Unit::Minute
                | Unit::Second
                | Unit::Weekend
                | Unit::Fortnight
        );
        let fit = |p: &Point| (!dayish || p.gran <= Gran::Week) && !(shifting && p.derived);
        let mut back = self.refs.iter().enumerate().rev().filter(|(_, p)| fit(p));
        let found = back.next();
        // Days counted from ("the next day", « le lendemain ») count from what happened,
        // not from when it was told: "clashed on Monday, the army said on Tuesday. The
        // next day…" is Tuesday.
        let found = match found {
            Some((i, _)) if deed && self.told.get(i) == Some(&true) => back
                .find(|&(j, _)| self.told.get(j) == Some(&false))
                .or(found),
            _ => found,
        };
        match found {
            Some((i, p)) => Some((p.clone(), Anchor::Mention(i))),
            None => self.dct.map(|d| (Point::day(d), Anchor::Publication)),
        }
    }
}

impl Anchors<'_> {
    /// The quarter a report speaks of ("the quarter", "the year-earlier quarter", "the
    /// latest quarter"): results are reported once a quarter is over, so the last one
    /// talked about that was over at publication; else the last one begun (a later one
    /// is a forecast); else the last one talked about; else the last complete quarter
    /// before publication.
    pub fn quarter_ref(&self) -> Option<(Point, Anchor)> {
        let last = |ok: &dyn Fn(&Point) -> bool| {
            self.refs
                .iter()
                .enumerate()
                .rev()
                .find(|(_, p)| p.gran == Gran::Quarter && ok(p))
                .map(|(i, p)| (p.clone(), Anchor::Mention(i)))
        };
        let dct = self.dct;
        let over = |p: &Point| dct.is_none_or(|d| p.interval().1 < d);
        let begun = |p: &Point| dct.is_none_or(|d| p.date <= d);
        if let Some(f) = last(&over)
            .or_else(|| last(&begun))
            .or_else(|| last(&|_| true))
        {
            return Some(f);
        }
        let q = Point::at(Gran::Quarter, dct?).shift(Unit::Quarter, -1)?;
        Some((q, Anchor::Publication))
    }
}

/// Resolves a date spec: the point and what it was anchored on (`None`: absolute).
pub fn resolve_spec(spec: &DateSpec, a: &Anchors) -> Option<(Point, Option<Anchor>)> {
    if spec.shift_days != 0 {
        let named = DateSpec {
            shift_days: 0,
            ..spec.clone()
        };
        let (p, anchor) = resolve_spec(&named, a)?;
        // A day's shift: the day is the value, whatever the named date's granularity.
        let mut q = p.shift(Unit::Day, spec.shift_days as i64)?;
        q.pod = None;
        q.clock = None;
        return Some((q, anchor));
    }
    let with_time = |mut p: Point| -> Point {
        if let Some(c) = spec.clock {
            p.gran = Gran::Time;
            p.clock = Some(c);
        } else if let Some(pod) = spec.pod
            && p.gran <= Gran::Day
        {
            p.gran = Gran::Pod;
            p.pod = Some(pod);
        }
        p
    };
    match &spec.rel {
        Rel::Today(n) => {
            let d = add_days(a.dct?, *n as i64)?;
            Some((with_time(Point::day(d)), Some(Anchor::Publication)))
        }
        // "killed 17 villagers this weekend", « ont tué ce week-end » told on a weekday:
        // a past tense means the weekend just gone, not the coming one.
        Rel::Deictic(Unit::Week, 0)
            if spec.weekend
                && a.tense == Some(Tense::Past)
                && a.dct?.weekday().to_monday_one_offset() < 6 =>
        {
            let mut p = Point::at(Gran::Week, add_days(a.dct?, -7)?);
            p.weekend = true;
            Some((p, Some(Anchor::Publication)))
        }
        // "Monday last week", « lundi de la semaine dernière »: that day of that week.
        Rel::Deictic(Unit::Week, n) if !spec.weekend && spec.weekday.is_some() => {
            let week = week_start(add_days(a.dct?, 7 * *n as i64)?);
            let d = add_days(week, spec.weekday? as i64 - 1)?;
            Some((with_time(Point::day(d)), Some(Anchor::Publication)))
        }
        Rel::Deictic(unit, n) => {
            let dct = a.dct?;
            let n = *n as i64;
            let mut p = match unit {
                Unit::Day | Unit::Pod(_) => Point::day(add_days(dct, n)?),
                Unit::Week | Unit::Weekend | Unit::Fortnight => {
                    Point::at(Gran::Week, add_days(dct, 7 * n)?)
                }
                Unit::Month => match spec.day {
                    // « le 4 courant »: that day of the month.
                    Some(d) => {
                        let m = add_months(dct, n)?;
                        Point::day(ymd(m.year() as i32, m.month() as u8, d)?)
                    }
                    None => Point::at(Gran::Month, add_months(dct, n)?),
                },
                Unit::Quarter => Point::at(Gran::Quarter, add_months(dct.first_of_month(), 3 * n)?),
                Unit::Half => Point::at(Gran::Half, add_months(dct.first_of_month(), 6 * n)?),
                Unit::Year => {
                    let y = dct.year() as i32 + n as i32;
                    if let Some(s) = spec.season {
                        Point {
                            gran: Gran::Season,
                            season: Some(s),
                            ..Point::day(season_start(y, s)?)
                        }
                    } else if let Some(h) = spec.half {
                        // "the second half of the year"
                        Point::at(Gran::Half, ymd(y, if h == 1 { 1 } else { 7 }, 1)?)
                    } else {
                        let mut p = Point::at(Gran::Year, first_of_year(y)?);
                        p.fiscal = spec.fiscal;
                        p
                    }
                }
                Unit::Decade => Point::at(
                    Gran::Decade,
                    first_of_year(dct.year() as i32 + 10 * n as i32)?,
                ),
                Unit::Century => Point::at(
                    Gran::Century,
                    first_of_year(dct.year() as i32 + 100 * n as i32)?,
                ),
                Unit::Hour | Unit::Minute | Unit::Second => return None,
            };
            p.weekend = spec.weekend && p.gran == Gran::Week;
            Some((with_time(p), Some(Anchor::Publication)))
        }
        Rel::Ago(Unit::Year, n) if !n.is_nan() && a.quarterly => {
            // "a year ago" in a quarterly report: the same quarter a year before.
            let (r, anchor) = a.reference_for(Unit::Quarter, true)?;
            let mut p = r.shift(Unit::Year, -(n.round() as i64))?;
            p.derived = true;
            Some((with_time(p), Some(anchor)))
        }
        Rel::Ago(unit, n) => {
            if n.is_nan() {
                return None;
            }
            let p = Point::day(a.dct?).shift(*unit, -(n.round() as i64))?;
            let p = match unit {
                Unit::Week | Unit::Weekend => Point::at(Gran::Week, p.date),
                Unit::Month => Point::at(Gran::Month, p.date),
                Unit::Year | Unit::Decade | Unit::Century => Point::at(Gran::Year, p.date),
                _ => p,
            };
            Some((with_time(p), Some(Anchor::Publication)))
        }
        Rel::Anaphora(Unit::Weekend, n) => {
            // "the weekend": the one on or before the publication date.
            let anchor = Anchor::Publication;
            let d = a.dct?;
            let wd = d.weekday().to_monday_one_offset() as i64;
            let back = if wd >= 6 { wd - 6 } else { wd + 1 };
            let sat = add_days(d, -back + 7 * *n as i64)?;
            let mut p = Point::at(Gran::Week, sat);
            p.weekend = true;
            Some((p, Some(anchor)))
        }
        Rel::Anaphora(Unit::Year, n) if *n != 0 && a.quarterly => {
            let (r, anchor) = a.reference_for(Unit::Quarter, true)?;
            let mut p = r.shift(Unit::Year, *n as i64)?;
            p.derived = true;
            Some((with_time(p), Some(anchor)))
        }
        Rel::Anaphora(Unit::Quarter, n) => {
            let (r, anchor) = a.quarter_ref()?;
            // "the 1988 quarter": the quarter reported, in that year; "the same quarter
            // of last year": in the publication year less one.
            let year = spec
                .year
                .or_else(|| Some(a.dct?.year() as i32 + spec.year_shift).filter(|_| spec.this));
            let p = match year {
                Some(y) => Point::at(Gran::Quarter, ymd(y, r.date.month() as u8, 1)?),
                None if *n == 0 => r,
                None => {
                    let mut p = r.shift(Unit::Quarter, *n as i64)?;
                    p.derived = true;
                    p
                }
            };
            Some((p, Some(anchor)))
        }
        Rel::Anaphora(unit, n) => {
            let (r, anchor) = a.reference_for(*unit, *n != 0)?;
            // Days after a time that would put a past deed after the report ("a
            // mourning from Monday was declared. The next day, five suspects were
            // arrested"): the last earlier time that keeps it before.
            let (r, anchor) = match anchor {
                Anchor::Mention(i)
                    if *unit == Unit::Day && *n > 0 && a.tense == Some(Tense::Past) =>
                {
                    let after = |p: &Point| {
                        a.dct
                            .is_some_and(|d| add_days(p.date, *n as i64).is_some_and(|x| x > d))
                    };
                    if after(&r) {
                        a.refs[..i]
                            .iter()
                            .enumerate()
                            .rev()
                            .find(|(_, p)| p.gran <= Gran::Week && !p.derived && !after(p))
                            .map_or((r, anchor), |(j, p)| (p.clone(), Anchor::Mention(j)))
                    } else {
                        (r, anchor)
                    }
                }
                _ => (r, anchor),
            };
            if spec.of_event && anchor == Anchor::Publication {
                // The event's own time is not in the text.
                return None;
            }
            // ("Eleven killed in Tamou, soldiers die in mine blast next day": a day after
            // a day the text never gave is no day after the report's.)
            if anchor == Anchor::Publication && *unit == Unit::Day && *n > 0 {
                return None;
            }
            let p = if *n == 0 {
                // "that year", "that week": the unit that contains the reference.
                match unit {
                    Unit::Year => Point::at(Gran::Year, r.date),
                    Unit::Month => Point::at(Gran::Month, r.date),
                    Unit::Week => Point::at(Gran::Week, r.date),
                    _ => r.shift(*unit, 0)?,
                }
            } else {
                let mut p = r.shift(*unit, *n as i64)?;
                p.derived = true;
                p
            };
            Some((with_time(p), Some(anchor)))
        }
        Rel::Same => {
            // (A bare part of the day or hour is of the day of the deed: "…, officials
            // said on Tuesday. The assailants came in the late afternoon".)
            let deed = spec.pod.is_some() || spec.clock.is_some();
            let (r, anchor) = a.reference_of(Unit::Day, false, deed)?;
            let mut p = r.clone();
            // A night runs into the next day: « dans la nuit de dimanche à lundi, vers
            // 2 heures du matin » is Monday, "…, around 11 p.m." still Sunday. (An hour
            // of six or more may be the evening's, "at 11 o'clock": the first day.)
            if r.pod == Some("NI")
                && r.gran == Gran::Pod
                && (spec.clock.is_some_and(|(h, _)| h < 6) || spec.pod == Some("MO"))
            {
                p = p.shift(Unit::Day, 1)?;
            }
            p.clock = None;
            p.pod = None;
            if p.gran < Gran::Day {
                p.gran = Gran::Day;
            }
            Some((with_time(p), Some(anchor)))
        }
        Rel::AnaMonth => {
            let (r, anchor) = a.reference(Unit::Year)?;
            let p = Point::at(Gran::Month, ymd(r.date.year() as i32, spec.month?, 1)?);
            Some((p, Some(anchor)))
        }
        Rel::DeictMonth(n) => {
            let y = a.dct?.year() as i32 + n;
            let p = Point::at(Gran::Month, ymd(y, spec.month?, 1)?);
            Some((p, Some(Anchor::Publication)))
        }
        Rel::Abs if spec.week_of => {
            let (p, anchored) = resolve_abs(spec, a)?;
            Some((
                Point::at(Gran::Week, p.date),
                anchored.then_some(Anchor::Publication),
            ))
        }
        Rel::Abs => resolve_abs(spec, a)
            .map(|(p, anchored)| (with_time(p), anchored.then_some(Anchor::Publication))),
    }
}

/// Absolute expressions, completing a missing year (or a bare weekday) from the
/// publication date and the tense. Returns whether the publication date was used.
fn resolve_abs(spec: &DateSpec, a: &Anchors) -> Option<(Point, bool)> {
    if let Some(c) = spec.century {
        return Some((Point::at(Gran::Century, first_of_year(c * 100)?), false));
    }
    if let Some(dec) = spec.decade {
        return Some((Point::at(Gran::Decade, first_of_year(dec * 10)?), false));
    }
    let dir = if spec.dir != 0 {
        Some(if spec.dir < 0 {
            Tense::Past
        } else {
            Tense::Future
        })
    } else {
        a.tense
    };
    // Candidate dates over neighbouring years, picked by direction.
    let pick = |make: &dyn Fn(i32) -> Option<Date>, dct: Date, strict: bool| -> Option<Date> {
        let y = dct.year() as i32;
        let cands: Vec<Date> = (y - 1..=y + 1).filter_map(make).collect();
        match dir {
            Some(Tense::Past) => cands
                .into_iter()
                .filter(|d| if strict { *d < dct } else { *d <= dct })
                .max(),
            Some(Tense::Future) => cands
                .into_iter()
                .filter(|d| if strict { *d > dct } else { *d >= dct })
                .min(),
            None => cands.into_iter().min_by_key(|d| {
                d.since(dct)
                    .ok()
                    .map(|s| s.get_days().abs())
                    .unwrap_or(i32::MAX)
            }),
        }
    };
    let strict = spec.dir != 0;
    // "on the 11th": that day of the publication's month, the one before or the one
    // after, the tense choosing (and a weekday, "Friday the 11th").
    if spec.month.is_none()
        && spec.year.is_none()
        && let Some(d) = spec.day
    {
        let dct = a.dct?;
        let first = dct.first_of_month();
        let days = (-1..=1)
            .filter_map(|k| add_months(first, k))
            .filter_map(|m| ymd(m.year() as i32, m.month() as u8, d))
            .filter(|x| {
                spec.weekday
                    .is_none_or(|wd| x.weekday().to_monday_one_offset() as u8 == wd)
            });
        // (Reports tell what happened: without a future, the latest such day so far.)
        let days: Vec<Date> = days.collect();
        let date = match dir {
            Some(Tense::Future) => days.iter().filter(|x| **x >= dct).min(),
            _ => days.iter().filter(|x| **x <= dct).max(),
        }
        .copied()
        .or_else(|| nearest_past_biased(days.into_iter(), dct))?;
        return Some((Point::day(date), true));
    }
    if let Some(m) = spec.month {
        if let Some(d) = spec.day {
            if let Some(y) = spec.year {
                return Some((Point::day(ymd(y, m, d)?), false));
            }
            if let Some(dct) = a.dct {
                let y = dct.year() as i32;
                // A weekday settles the year ("Monday, Oct. 26").
                if let Some(wd) = spec.weekday
                    && let Some(date) = (y - 1..=y + 1)
                        .filter_map(|y| ymd(y, m, d))
                        .filter(|x| x.weekday().to_monday_one_offset() as u8 == wd)
                        .min_by_key(|x| {
                            x.since(dct)
                                .ok()
                                .map(|s| s.get_days().abs())
                                .unwrap_or(i32::MAX)
                        })
                {
                    return Some((Point::day(date), true));
                }
                let date = if spec.dir != 0 {
                    pick(&|y| ymd(y, m, d), dct, strict)?
                } else {
                    // Reports mostly speak of days near their date, more often before it.
                    nearest_past_biased((y - 1..=y + 1).filter_map(|y| ymd(y, m, d)), dct)?
                };
                return Some((Point::day(date), true));
            }
            return None;
        }
        if let Some(y) = spec.year {
            return Some((Point::at(Gran::Month, ymd(y, m, 1)?), false));
        }
        let dct = a.dct?;
        // Compare months: "in October" in November is this year's October. Without a
        // direction in the words, the nearest such month; "this October" is this year's.
        let this_month = dct.first_of_month();
        let date = if spec.this {
            ymd(dct.year() as i32, m, 1)?
        } else if spec.dir != 0 {
            // "last June", "novembre dernier": the latest such month before this one.
            pick(&|y| ymd(y, m, 1), this_month, true)?
        } else {
            // The tense says whether it is already past ("in December" said in March:
            // last year's) or still to come ("in February" said in October: next
            // year's); the month just after the publication's is that one even in a
            // past-tense sentence ("were published in early November" on October 30);
            // without a tense, the nearer occurrence ("in late November" on January 6).
            let y = dct.year() as i32;
            let m0 = dct.month() as u8;
            let fwd = (m + 12 - m0) % 12;
            let back = (m0 + 12 - m) % 12;
            let next = || ymd(if m >= m0 { y } else { y + 1 }, m, 1);
            let prev = || ymd(if m <= m0 { y } else { y - 1 }, m, 1);
            match a.tense {
                Some(Tense::Past) if fwd == 1 && !a.up_to_now => next()?,
                Some(Tense::Past) => prev()?,
                Some(Tense::Future) => next()?,
                None if fwd != 0 && fwd < back => next()?,
                None => prev()?,
            }
        };
        return Some((Point::at(Gran::Month, date), true));
    }
    if let Some(s) = spec.season {
        if let Some(y) = spec.year {
            return Some((
                Point {
                    gran: Gran::Season,
                    season: Some(s),
                    ..Point::day(season_start(y, s)?)
                },
                false,
            ));
        }
        let dct = a.dct?;
        let cur = season_start(
            if dct.month() <= 2 {
                dct.year() as i32 - 1
            } else {
                dct.year() as i32
            },
            season_of(dct),
        )?;
        // As for months: the current year's, unless the tense or the words say otherwise.
        let y = cur.year() as i32;
        let here = season_start(y, s)?;
        let date = if strict {
            pick(&|y| season_start(y, s), cur, strict)?
        } else {
            match a.tense {
                Some(Tense::Past) if here > cur => season_start(y - 1, s)?,
                Some(Tense::Future) if here < cur => season_start(y + 1, s)?,
                _ => here,
            }
        };
        return Some((
            Point {
                gran: Gran::Season,
                season: Some(s),
                ..Point::day(date)
            },
            true,
        ));
    }
    if let Some(q) = spec.quarter {
        if let Some(y) = spec.year {
            return Some((Point::at(Gran::Quarter, ymd(y, (q - 1) * 3 + 1, 1)?), false));
        }
        let dct = a.dct?;
        let cur = Point::at(Gran::Quarter, dct).date;
        // Quarters are reported once they are over, and results are announced, expected
        // and forecast in the same words: the latest one begun, unless the words say
        // "next" (the sentence's tense is no guide: "plans cuts after a third-quarter loss").
        let y = cur.year() as i32;
        let begun = |d: &Date| if strict { *d < cur } else { *d <= cur };
        let date = if spec.this {
            ymd(y + spec.year_shift, (q - 1) * 3 + 1, 1)?
        } else if spec.dir > 0 {
            pick(&|y| ymd(y, (q - 1) * 3 + 1, 1), cur, strict)?
        } else {
            (y - 1..=y)
                .filter_map(|y| ymd(y, (q - 1) * 3 + 1, 1))
                .filter(begun)
                .max()?
        };
        // "the year-ago third quarter": a year before the latest third quarter.
        let date = if spec.this {
            date
        } else {
            date.checked_add(spec.year_shift.years()).ok()?
        };
        let mut p = Point::at(Gran::Quarter, date);
        // A quarter of an earlier year is a comparison, not the quarter reported.
        p.derived = spec.year_shift < 0;
        return Some((p, true));
    }
    if let Some(h) = spec.half {
        let y = spec.year.or(a.dct.map(|d| d.year() as i32))?;
        return Some((
            Point::at(Gran::Half, ymd(y, if h == 1 { 1 } else { 7 }, 1)?),
            spec.year.is_none(),
        ));
    }
    if let Some(y) = spec.year {
        let mut p = Point::at(Gran::Year, first_of_year(y)?);
        p.fiscal = spec.fiscal;
        return Some((p, false));
    }
    if let Some(wd) = spec.weekday {
        let dct = a.dct?;
        let cur = dct.weekday().to_monday_one_offset() as i64;
        let wd = wd as i64;
        let back = (cur - wd).rem_euclid(7); // days back to the latest such weekday (0 = today)
        let fwd = (wd - cur).rem_euclid(7);
        let off = if spec.this {
            // "this Thursday", « ce jeudi »: this week's, unless the tense says it is
            // past ("marched this Thursday" told on a Monday) or still to come.
            match (a.tense, wd - cur) {
                (Some(Tense::Past), same) if same > 0 => -back,
                (Some(Tense::Future), same) if same < 0 => fwd,
                (_, same) => same,
            }
        } else {
            match (spec.dir, a.tense) {
                (d, _) if d < 0 => -(if back == 0 { 7 } else { back }),
                (d, _) if d > 0 => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                (_, Some(Tense::Future)) => fwd,
                _ => -back,
            }
        };
        return Some((Point::day(add_days(dct, off)?), true));
    }
    None
}

/// The candidate nearest to `to`, counting days ahead double: reports look back more
/// often than forward.
fn nearest_past_biased(cands: impl Iterator<Item = Date>, to: Date) -> Option<Date> {
    cands.min_by_key(|x| {
        let d = to.until(*x).map(|s| s.get_days()).unwrap_or(i32::MAX / 4);
        if d > 0 { 2 * d } else { -d }
    })
}

/// The latest year, not after `today`, in which `month`/`day` falls on `weekday` —
/// how "Saturday, November 11" fixes the year of an undated report.
pub fn year_of_weekday(month: u8, day: u8, weekday: u8, today: Date) -> Option<i32> {
    let y0 = today.year() as i32;
    (y0 - 40..=y0).rev().find(|&y| {
        ymd(y, month, day)
            .is_some_and(|d| d <= today && d.weekday().to_monday_one_offset() as u8 == weekday)
    })
}

/// The first date on or after `from` that falls on `weekday` (1 = Monday).
pub fn next_weekday(from: Date, weekday: u8) -> Option<Date> {
    let cur = from.weekday().to_monday_one_offset() as i64;
    add_days(from, (weekday as i64 - cur).rem_euclid(7))
}

/// Number of days in `[a, b]`.
pub fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map(|s| s.get_days() as i64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn dates_as_display_writes_them() {
        for s in [
            "2023-11-05",
            "0000-01-01",
            "0009-02-28",
            "0999-12-31",
            "1999-09-09",
            "9999-12-31",
            "-000001-03-01",
            "-009999-01-01",
        ] {
            let x = d(s);
            assert_eq!(date_string(x), x.to_string());
            assert_eq!(date_string(x), s);
        }
    }

    #[test]
    fn padded_digits_as_format_writes_them() {
        for n in [
            -10_000, -999, -10, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 2023, 9999, 12345,
        ] {
            for width in 0..6 {
                let mut s = String::from("x");
                push_padded(&mut s, n, width);
                assert_eq!(s, format!("x{n:0width$}"), "{n} {width}");
            }
        }
        let mut p = Point::day(d("2023-11-03"));
        p.gran = Gran::Time;
        p.clock = Some((7, 5));
        assert_eq!(p.value(), "2023-11-03T07:05");
        p.clock = None;
        p.pod = Some("TMO");
        assert_eq!(p.value(), "2023-11-03TMO");
        let w = Point {
            weekend: true,
            ..Point::at(Gran::Week, d("0999-01-05"))
        };
        assert_eq!(w.value(), "0999-W01-WE");
        assert_eq!(Point::at(Gran::Century, d("0199-03-01")).value(), "01");
        assert_eq!(Point::at(Gran::Half, d("2023-07-01")).value(), "2023-H2");
        let mut s = Point::at(Gran::Season, d("2023-12-01"));
        s.season = Some("WI");
        assert_eq!(s.value(), "2023-WI");
    }

    #[test]
    fn values_by_granularity() {
        assert_eq!(Point::day(d("2023-11-11")).value(), "2023-11-11");
        assert_eq!(Point::at(Gran::Week, d("2023-11-11")).value(), "2023-W45");
        assert_eq!(Point::at(Gran::Month, d("2023-11-11")).value(), "2023-11");
        assert_eq!(Point::at(Gran::Quarter, d("2023-11-11")).value(), "2023-Q4");
        assert_eq!(Point::at(Gran::Decade, d("1995-01-01")).value(), "199");
        let mut p = Point::day(d("2023-11-03"));
        p.gran = Gran::Pod;
        p.pod = Some("NI");
        assert_eq!(p.value(), "2023-11-03TNI");
        assert_eq!(p.interval(), (d("2023-11-03"), d("2023-11-04")));
    }

    #[test]
    fn year_from_weekday() {
        let today = d("2026-11-29");
        assert_eq!(year_of_weekday(11, 11, 6, today), Some(2023));
        assert_eq!(next_weekday(d("2023-11-11"), 1), Some(d("2023-11-13")));
    }

    #[test]
    fn quarter_shift_keeps_granularity() {
        let q = Point::at(Gran::Quarter, d("1989-07-01"));
        assert_eq!(q.shift(Unit::Year, -1).unwrap().value(), "1988-Q3");
        let day = Point::day(d("2023-11-12"));
        assert_eq!(day.shift(Unit::Day, -2).unwrap().value(), "2023-11-10");
    }
}
