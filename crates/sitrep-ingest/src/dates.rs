//! Publication dates from metadata: ISO 8601 / RFC 3339, RFC 822 (RSS `pubDate`) and a
//! few common variants. We keep the civil date as written, ignoring the time and zone:
//! "2023-11-13T23:30:00-05:00" was published on the 13th where it was written, which is
//! the day a reader of that outlet saw, and the day ACLED-style coding wants.

use sitrep_core::Date;

fn month(name: &str) -> Option<i8> {
    let n = name.trim_end_matches('.').to_lowercase();
    let n = n.as_str();
    Some(match n {
        "jan" | "january" | "janv" | "janvier" => 1,
        "feb" | "february" | "fév" | "fev" | "févr" | "fevr" | "février" | "fevrier" => 2,
        "mar" | "march" | "mars" => 3,
        "apr" | "april" | "avr" | "avril" => 4,
        "may" | "mai" => 5,
        "jun" | "june" | "juin" => 6,
        "jul" | "july" | "juil" | "juillet" => 7,
        "aug" | "august" | "aoû" | "aou" | "août" | "aout" => 8,
        "sep" | "sept" | "september" | "septembre" => 9,
        "oct" | "october" | "octobre" => 10,
        "nov" | "november" | "novembre" => 11,
        "dec" | "december" | "déc" | "décembre" | "decembre" => 12,
        _ => return None,
    })
}

fn ymd(y: i32, m: i32, d: i32) -> Option<Date> {
    if !(1000..=9999).contains(&y) {
        return None;
    }
    Date::new(y as i16, m as i8, d as i8).ok()
}

fn digits(s: &[u8]) -> Option<i32> {
    if s.is_empty() || s.len() > 4 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0i32, |a, &d| a * 10 + (d - b'0') as i32))
}

/// Parses a date as metadata gives it; `None` when it is not recognizably a date.
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let b = s.as_bytes();
    // ISO: YYYY-MM-DD or YYYY/MM/DD, possibly followed by a time; or YYYYMMDD.
    if b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) {
        if matches!(b[4], b'-' | b'/' | b'.') {
            let sep = b[4];
            let rest = &b[5..];
            let m_end = rest.iter().position(|&c| c == sep)?;
            let m = digits(&rest[..m_end])?;
            let drest = &rest[m_end + 1..];
            let d_end = drest
                .iter()
                .position(|c| !c.is_ascii_digit())
                .unwrap_or(drest.len());
            let d = digits(&drest[..d_end])?;
            return ymd(digits(&b[..4])?, m, d);
        }
        if b[..8].iter().all(u8::is_ascii_digit) && b.get(8).is_none_or(|c| !c.is_ascii_digit()) {
            return ymd(digits(&b[..4])?, digits(&b[4..6])?, digits(&b[6..8])?);
        }
    }
    // RFC 822 and friends: "[Mon, ]13 Nov 2023 08:30:00 +0100", "13 novembre 2023",
    // "November 13, 2023".
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for w in words.windows(3) {
        let (a, b2, c) = (w[0], w[1], w[2]);
        let year = |y: &str| -> Option<i32> {
            let v = digits(y.as_bytes())?;
            match y.len() {
                4 => Some(v),
                2 => Some(2000 + v),
                _ => None,
            }
        };
        let day = |d: &str| {
            digits(
                d.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .as_bytes(),
            )
        };
        if let (Some(d), Some(m), Some(y)) = (day(a), month(b2), year(c)) {
            return ymd(y, m as i32, d);
        }
        if let (Some(m), Some(d), Some(y)) = (month(a), day(b2), year(c)) {
            return ymd(y, m as i32, d);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        parse_date(s).map(|d| d.to_string()).unwrap_or_default()
    }

    #[test]
    fn formats() {
        assert_eq!(d("2023-11-14"), "2023-11-14");
        assert_eq!(d("2023-11-13T23:30:00-05:00"), "2023-11-13");
        assert_eq!(d("2023-11-14T08:30:00Z"), "2023-11-14");
        assert_eq!(d("2023/11/14 08:30"), "2023-11-14");
        assert_eq!(d("20231114"), "2023-11-14");
        assert_eq!(d("Mon, 13 Nov 2023 08:30:00 +0100"), "2023-11-13");
        assert_eq!(d("13 Nov 23 08:30 GMT"), "2023-11-13");
        assert_eq!(d("lun., 13 nov. 2023 08:30:00 +0100"), "2023-11-13");
        assert_eq!(d("1er décembre 2023"), "2023-12-01");
        assert_eq!(d("November 13, 2023"), "2023-11-13");
        assert_eq!(d("2023-02-30"), "");
        assert_eq!(d("hier"), "");
        assert_eq!(d("12345678901"), "");
    }
}
