//! Query strings: the incident filters (the CLI's: since, until, near, grade, type, actor,
//! limit, plus offset, background, format), checked with messages an analyst can act on.

use crate::api::ApiError;
use crate::{DEFAULT_LIMIT, MAX_LIMIT};
use sitrep_core::Date;
use sitrep_gazetteer::Gazetteer;
use sitrep_store::IncidentFilter;

/// The radius of `near=PLACE` when none is given (km).
pub const DEFAULT_NEAR_KM: f64 = 50.0;

/// A query string as (key, value) pairs, checked against the keys a route accepts.
pub struct Query(Vec<(String, String)>);

impl Query {
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Query, ApiError> {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or("").as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        for (k, _) in &pairs {
            if !allowed.contains(&k.as_str()) {
                return Err(ApiError::bad_request(format!(
                    "unknown parameter {k:?}; this route accepts: {}",
                    allowed.join(", ")
                )));
            }
        }
        Ok(Query(pairs))
    }

    /// The last value given for `key`, trimmed; empty values count as absent.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    pub fn usize(&self, key: &str, default: usize, max: usize) -> Result<usize, ApiError> {
        match self.get(key) {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if n <= max => Ok(n),
                _ => Err(ApiError::bad_request(format!(
                    "{key}={v:?}: expected a whole number from 0 to {max}"
                ))),
            },
        }
    }

    pub fn bool(&self, key: &str) -> Result<bool, ApiError> {
        match self.get(key) {
            None => Ok(false),
            Some("true" | "1" | "yes") => Ok(true),
            Some("false" | "0" | "no") => Ok(false),
            Some(v) => Err(ApiError::bad_request(format!(
                "{key}={v:?}: expected true or false"
            ))),
        }
    }

    pub fn date(&self, key: &str) -> Result<Option<Date>, ApiError> {
        self.get(key)
            .map(|v| {
                v.parse::<Date>().map_err(|_| {
                    ApiError::bad_request(format!(
                        "{key}={v:?} is not a date: write it as YYYY-MM-DD, e.g. 2023-11-13"
                    ))
                })
            })
            .transpose()
    }
}

/// The parameters `/api/incidents` accepts.
pub const INCIDENT_PARAMS: &[&str] = &[
    "since",
    "until",
    "near",
    "grade",
    "type",
    "actor",
    "limit",
    "offset",
    "background",
    "format",
];

/// The filter a query asks for. `near=PLACE` is resolved with `gaz`.
pub fn incident_filter(q: &Query, gaz: &Gazetteer) -> Result<IncidentFilter, ApiError> {
    let since = q.date("since")?;
    let until = q.date("until")?;
    if let (Some(s), Some(u)) = (since, until)
        && s > u
    {
        return Err(ApiError::bad_request(format!(
            "since={s} is after until={u}"
        )));
    }
    let grade = match q.get("grade") {
        None => None,
        Some(g) => {
            let g = g.to_ascii_lowercase();
            if !["claimed", "corroborated", "confirmed", "contested"].contains(&g.as_str()) {
                return Err(ApiError::bad_request(format!(
                    "grade={g:?}: expected claimed, corroborated, confirmed or contested"
                )));
            }
            Some(g)
        }
    };
    let near = q
        .get("near")
        .map(|n| parse_near(n, gaz).map_err(|e| ApiError::bad_request(e.to_string())))
        .transpose()?;
    let limit = q.usize("limit", DEFAULT_LIMIT, MAX_LIMIT)?;
    if limit == 0 {
        return Err(ApiError::bad_request(format!(
            "limit=0: expected 1 to {MAX_LIMIT}"
        )));
    }
    Ok(IncidentFilter {
        since,
        until,
        near,
        grade,
        event_type: q.get("type").map(str::to_string),
        actor: q.get("actor").map(str::to_string),
        include_background: q.bool("background")?,
        limit: Some(limit),
        offset: q.usize("offset", 0, 100_000_000)?,
    })
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum NearError {
    #[error("near={0:?}: write lat,lon,km (e.g. 18.44,1.41,50), PLACE or PLACE,km (e.g. Kidal,50)")]
    Syntax(String),
    #[error("near={0:?}: latitude must be within -90..90 and longitude within -180..180")]
    OutOfRange(String),
    #[error("near={0:?}: the radius must be more than 0 and at most 20000 km")]
    Radius(String),
    #[error("near={0:?}: no place of that name in the gazetteer")]
    UnknownPlace(String),
}

/// `lat,lon,km`, `lat,lon` (50 km), `PLACE` (50 km) or `PLACE,km`, the place resolved
/// with the gazetteer (its best-ranked namesake: populated places first, then by size).
pub fn parse_near(s: &str, gaz: &Gazetteer) -> Result<(f64, f64, f64), NearError> {
    let s = s.trim();
    let parts: Vec<&str> = s.split(',').map(str::trim).collect();
    let num = |x: &str| x.parse::<f64>().ok().filter(|v| v.is_finite());
    let (lat, lon, km) = match parts.as_slice() {
        [a, b, k] if num(a).is_some() && num(b).is_some() => {
            let k = num(k).ok_or_else(|| NearError::Syntax(s.into()))?;
            (num(a).unwrap(), num(b).unwrap(), k)
        }
        [a, b] if num(a).is_some() && num(b).is_some() => {
            (num(a).unwrap(), num(b).unwrap(), DEFAULT_NEAR_KM)
        }
        _ => {
            // A place name, possibly with a radius after its last comma.
            let (name, km) = match s.rsplit_once(',') {
                Some((n, k)) if num(k.trim()).is_some() => (n.trim(), num(k.trim()).unwrap()),
                _ => (s, DEFAULT_NEAR_KM),
            };
            if !name.chars().any(char::is_alphabetic) {
                return Err(NearError::Syntax(s.into()));
            }
            let folded = sitrep_core::fold::fold(name);
            let idx = gaz
                .lookup(&folded)
                .first()
                .copied()
                .ok_or_else(|| NearError::UnknownPlace(name.into()))?;
            let p = gaz.place(idx);
            (p.lat, p.lon, km)
        }
    };
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(NearError::OutOfRange(s.into()));
    }
    if !(km > 0.0 && km <= 20000.0) {
        return Err(NearError::Radius(s.into()));
    }
    Ok((lat, lon, km))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_forms() {
        let g = Gazetteer::embedded();
        assert_eq!(parse_near("18.44,1.41,25", g).unwrap(), (18.44, 1.41, 25.0));
        assert_eq!(parse_near("18.44, 1.41", g).unwrap(), (18.44, 1.41, 50.0));
        let (lat, lon, km) = parse_near("Kidal", g).unwrap();
        assert!(
            (lat - 18.44).abs() < 0.1 && (lon - 1.41).abs() < 0.1,
            "{lat},{lon}"
        );
        assert_eq!(km, 50.0);
        assert_eq!(parse_near("kidal, 120", g).unwrap().2, 120.0);
        assert!(matches!(
            parse_near("Nowhereville", g),
            Err(NearError::UnknownPlace(_))
        ));
        assert!(matches!(
            parse_near("95,1,10", g),
            Err(NearError::OutOfRange(_))
        ));
        assert!(matches!(parse_near("18,1,0", g), Err(NearError::Radius(_))));
        assert!(matches!(parse_near("18,1,x", g), Err(NearError::Syntax(_))));
        assert!(matches!(parse_near(",", g), Err(NearError::Syntax(_))));
    }
}
