//! ACLED evaluation: each coded row's `notes` go through sitrep, and what sitrep finds is
//! compared with the coder's columns. The CSV is read from `../shared/data` at evaluation
//! time and never stored (ACLED's terms forbid redistribution).
//!
//! This crate only reads rows and scores; the caller runs the pipeline and hands back
//! one [`Found`] per row, so the metrics are testable without the extractor.

use serde::{Deserialize, Serialize};
use sitrep_core::Date;
use std::path::Path;

/// The columns of an ACLED export that the evaluation uses.
#[derive(Clone, Debug, Deserialize)]
pub struct Row {
    pub event_id_cnty: String,
    pub event_date: String,
    #[serde(default)]
    pub time_precision: Option<u8>,
    pub event_type: String,
    pub sub_event_type: String,
    pub actor1: String,
    #[serde(default)]
    pub assoc_actor_1: String,
    #[serde(default)]
    pub inter1: Option<u8>,
    #[serde(default)]
    pub actor2: String,
    #[serde(default)]
    pub assoc_actor_2: String,
    #[serde(default)]
    pub inter2: Option<u8>,
    #[serde(default)]
    pub admin1: String,
    #[serde(default)]
    pub admin2: String,
    pub location: String,
    pub latitude: f64,
    pub longitude: f64,
    #[serde(default)]
    pub geo_precision: Option<u8>,
    pub notes: String,
    #[serde(default)]
    pub fatalities: Option<u32>,
}

impl Row {
    pub fn date(&self) -> Option<Date> {
        self.event_date.get(..10)?.parse().ok()
    }
}

/// A CSV problem, with the record's line.
#[derive(Debug, thiserror::Error)]
#[error("{file}{}: {message}", .line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct CsvError {
    pub file: String,
    pub line: Option<u64>,
    pub message: String,
}

/// Reads an ACLED CSV export. A malformed record is an error naming its line: an
/// evaluation over silently dropped rows would report a figure for other data.
pub fn read(path: &Path) -> Result<Vec<Row>, CsvError> {
    let file = path.display().to_string();
    let mut r = csv::Reader::from_path(path).map_err(|e| CsvError {
        file: file.clone(),
        line: None,
        message: e.to_string(),
    })?;
    let mut out = Vec::new();
    for rec in r.deserialize::<Row>() {
        match rec {
            Ok(row) => out.push(row),
            Err(e) => {
                return Err(CsvError {
                    file,
                    line: e.position().map(|p| p.line()),
                    message: e.to_string(),
                });
            }
        }
    }
    Ok(out)
}

/// What sitrep found for one row.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Found {
    /// Where the (first) event took place: name, lat, lon.
    pub place: Option<(String, f64, f64)>,
    /// The actors named in the notes, in order of first mention: ACLED's spelling for
    /// the row's year (or the name sitrep gives an unknown group) and the inter code.
    pub actors: Vec<(String, Option<u8>)>,
    /// The first event's actor1 and actor2 as sitrep codes them: ACLED's spelling (or
    /// the name sitrep gives an unknown group) and the inter code.
    pub actor1: Option<(String, Option<u8>)>,
    pub actor2: Option<(String, Option<u8>)>,
    /// The first event's type and sub-type; `None` when sitrep finds no event.
    pub event_type: Option<String>,
    pub sub_event_type: Option<String>,
    /// Its deaths as stated (`None`: not stated, which ACLED codes 0).
    pub fatalities: Option<u32>,
    /// Its date, and whether the notes state a date to the day at all.
    pub date: Option<Date>,
    pub notes_dated: bool,
}

/// Event accuracy on the first event sitrep finds in each row's notes.
#[derive(Clone, Debug, Default, Serialize)]
pub struct EventScore {
    pub rows: usize,
    /// Rows where sitrep finds an event.
    pub found: usize,
    pub event_type: usize,
    pub sub_event_type: usize,
    pub actor1: usize,
    pub actor2: usize,
    pub inter1: usize,
    pub inter2: usize,
    /// inter1 / inter2 right in either order for battles and remote violence (see
    /// [`order_free`]: the coders list either armed side first), else in order.
    /// Reported beside the strict figures, never instead of them.
    pub inter1_either: usize,
    pub inter2_either: usize,
    pub fatalities_exact: usize,
    /// Rows whose notes state a date to the day, and those whose event date is exact.
    pub dated_rows: usize,
    pub date_exact: usize,
    /// (coded type, sitrep's type or "-") → rows.
    pub confusion: std::collections::BTreeMap<String, std::collections::BTreeMap<String, usize>>,
}

/// `n` as a percentage of `rows` (0 when there are none).
fn percent(n: usize, rows: usize) -> f64 {
    if rows == 0 {
        0.0
    } else {
        100.0 * n as f64 / rows as f64
    }
}

impl EventScore {
    pub fn pct(&self, n: usize) -> f64 {
        percent(n, self.rows)
    }
}

/// One row whose first event's type, sub-type or toll differs from the coding.
#[derive(Clone, Debug, Serialize)]
pub struct EventError {
    pub id: String,
    pub what: &'static str,
    pub coded: String,
    pub found: String,
    pub notes: String,
}

impl std::fmt::Display for EventError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}  {}  coded={:?}  found={:?}  notes={:?}",
            self.what, self.id, self.coded, self.found, self.notes
        )
    }
}

/// Scores the first event of each row against the coded columns. A row where sitrep
/// finds no event counts as wrong on every field; a row without an actor2 is right on
/// actor2 and inter2 when sitrep has none either.
pub fn score_events(rows: &[Row], found: &[Found]) -> (EventScore, Vec<EventError>) {
    let mut s = EventScore {
        rows: rows.len(),
        ..EventScore::default()
    };
    let mut errs = Vec::new();
    for (r, f) in rows.iter().zip(found) {
        let got_type = f.event_type.clone().unwrap_or_else(|| "-".into());
        *s.confusion
            .entry(r.event_type.clone())
            .or_default()
            .entry(got_type.clone())
            .or_default() += 1;
        s.found += f.event_type.is_some() as usize;
        let mut err = |what: &'static str, coded: String, got: String| {
            errs.push(EventError {
                id: r.event_id_cnty.clone(),
                what,
                coded,
                found: got,
                notes: r.notes.clone(),
            })
        };
        if got_type == r.event_type {
            s.event_type += 1;
        } else {
            err("TYPE", r.event_type.clone(), got_type.clone());
        }
        let got_sub = f.sub_event_type.clone().unwrap_or_else(|| "-".into());
        if got_sub == r.sub_event_type {
            s.sub_event_type += 1;
        } else if got_type == r.event_type {
            err("SUBTYPE", r.sub_event_type.clone(), got_sub);
        }
        let name = |a: &Option<(String, Option<u8>)>| a.as_ref().map(|x| x.0.clone());
        let inter = |a: &Option<(String, Option<u8>)>| a.as_ref().and_then(|x| x.1).unwrap_or(0);
        if name(&f.actor1).is_some_and(|n| same_actor(&n, &r.actor1)) {
            s.actor1 += 1;
        }
        if r.inter1.unwrap_or(0) == inter(&f.actor1) && f.event_type.is_some() {
            s.inter1 += 1;
        } else if f.event_type.is_some() {
            err(
                "INTER1",
                format!("{} {}", r.inter1.unwrap_or(0), r.actor1),
                format!(
                    "{} {}",
                    inter(&f.actor1),
                    name(&f.actor1).unwrap_or_default()
                ),
            );
        }
        let a2_ok = if r.actor2.is_empty() {
            f.actor2.is_none()
        } else {
            name(&f.actor2).is_some_and(|n| same_actor(&n, &r.actor2))
        };
        s.actor2 += a2_ok as usize;
        if f.event_type.is_some() {
            let coded = (r.inter1.unwrap_or(0), r.inter2.unwrap_or(0));
            let got = (inter(&f.actor1), inter(&f.actor2));
            // (Only when sitrep found that type too: a swapped battle read as violence
            // against civilians is no battle told in the other order.)
            let free = order_free(&r.event_type)
                && f.event_type.as_deref() == Some(r.event_type.as_str())
                && got == (coded.1, coded.0);
            s.inter1_either += (got.0 == coded.0 || free) as usize;
            s.inter2_either += (got.1 == coded.1 || free) as usize;
        }
        if r.inter2.unwrap_or(0) == inter(&f.actor2) && f.event_type.is_some() {
            s.inter2 += 1;
        } else if f.event_type.is_some() {
            err(
                "INTER2",
                format!("{} {}", r.inter2.unwrap_or(0), r.actor2),
                format!(
                    "{} {}",
                    inter(&f.actor2),
                    name(&f.actor2).unwrap_or_default()
                ),
            );
        }
        let coded_dead = r.fatalities.unwrap_or(0);
        if f.event_type.is_some() && f.fatalities.unwrap_or(0) == coded_dead {
            s.fatalities_exact += 1;
        } else if f.event_type.is_some() {
            err(
                "FATALITIES",
                coded_dead.to_string(),
                f.fatalities
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| "-".into()),
            );
        }
        if f.notes_dated {
            s.dated_rows += 1;
            if f.date.is_some() && f.date == r.date() {
                s.date_exact += 1;
            } else {
                err(
                    "DATE",
                    r.date().map(|d| d.to_string()).unwrap_or_default(),
                    f.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                );
            }
        }
    }
    (s, errs)
}

/// Event types scored in either actor order beside the strict figures. ACLED's codebook
/// gives the order of actors no meaning except where one side is the victim (violence
/// against civilians); this counts either order only where both sides are armed
/// (battles, remote violence) and keeps it for the rest, where a crowd, a victim or a
/// decision-maker fills a fixed place in practice.
fn order_free(event_type: &str) -> bool {
    matches!(event_type, "Battles" | "Explosions/Remote violence")
}

/// True when sitrep's actor name is ACLED's coded one: the same, or the coded name
/// is a unit of it ("Police Forces of Mali (2013-2020) Gendarmerie").
pub fn same_actor(found: &str, coded: &str) -> bool {
    found == coded
        || coded
            .strip_prefix(found)
            .is_some_and(|rest| rest.starts_with(' '))
}

/// Actor accuracy: are the coded actor1 and actor2 among the actors sitrep names in
/// the notes (recall), and does sitrep's actor1 / actor2 match the coded one (accuracy)?
#[derive(Clone, Debug, Default, Serialize)]
pub struct ActorScore {
    pub rows: usize,
    /// Rows with an actor2 coded.
    pub rows_with_actor2: usize,
    pub actor1_named: usize,
    pub actor2_named: usize,
    pub inter1_named: usize,
    pub inter2_named: usize,
    pub actor1_correct: usize,
    pub inter1_correct: usize,
    pub actor2_correct: usize,
    pub inter2_correct: usize,
}

/// One row whose coded actor1 sitrep does not name.
#[derive(Clone, Debug, Serialize)]
pub struct ActorError {
    pub id: String,
    pub coded: String,
    pub found: Vec<String>,
    pub notes: String,
}

impl std::fmt::Display for ActorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ACTOR  {}  coded={:?}  found={:?}  notes={:?}",
            self.id, self.coded, self.found, self.notes
        )
    }
}

pub fn score_actors(rows: &[Row], found: &[Found]) -> (ActorScore, Vec<ActorError>) {
    let mut s = ActorScore {
        rows: rows.len(),
        ..ActorScore::default()
    };
    let mut errs = Vec::new();
    for (r, f) in rows.iter().zip(found) {
        let named = |coded: &str| f.actors.iter().any(|(n, _)| same_actor(n, coded));
        let inter_named = |i: Option<u8>| i.is_some() && f.actors.iter().any(|(_, x)| *x == i);
        let is = |got: &Option<(String, Option<u8>)>, coded: &str| {
            got.as_ref().is_some_and(|(n, _)| same_actor(n, coded))
        };
        let inter_is = |got: &Option<(String, Option<u8>)>, i: Option<u8>| {
            i.is_some() && got.as_ref().is_some_and(|(_, x)| *x == i)
        };
        s.actor1_named += named(&r.actor1) as usize;
        s.inter1_named += inter_named(r.inter1) as usize;
        s.actor1_correct += is(&f.actor1, &r.actor1) as usize;
        s.inter1_correct += inter_is(&f.actor1, r.inter1) as usize;
        if !named(&r.actor1) {
            errs.push(ActorError {
                id: r.event_id_cnty.clone(),
                coded: r.actor1.clone(),
                found: f.actors.iter().map(|(n, _)| n.clone()).collect(),
                notes: r.notes.clone(),
            });
        }
        if !r.actor2.is_empty() {
            s.rows_with_actor2 += 1;
            s.actor2_named += named(&r.actor2) as usize;
            s.inter2_named += inter_named(r.inter2) as usize;
            s.actor2_correct += is(&f.actor2, &r.actor2) as usize;
            s.inter2_correct += inter_is(&f.actor2, r.inter2) as usize;
        }
    }
    (s, errs)
}

fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

/// Location accuracy over all rows (a row without a place counts as a miss).
#[derive(Clone, Debug, Default, Serialize)]
pub struct PlaceScore {
    pub rows: usize,
    pub located: usize,
    pub within_25_km: usize,
    pub within_161_km: usize,
    pub median_error_km: Option<f64>,
}

impl PlaceScore {
    pub fn pct(&self, n: usize) -> f64 {
        percent(n, self.rows)
    }
}

/// One line of the error list: a row whose place is missing or far off.
#[derive(Clone, Debug, Serialize)]
pub struct PlaceError {
    pub id: String,
    pub coded: String,
    pub found: Option<String>,
    pub km: Option<f64>,
    pub notes: String,
}

impl std::fmt::Display for PlaceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let km = self
            .km
            .map(|k| format!("{k:.0} km"))
            .unwrap_or_else(|| "-".into());
        write!(
            f,
            "PLACE  {}  coded={:?}  found={:?}  {}  notes={:?}",
            self.id,
            self.coded,
            self.found.as_deref().unwrap_or("-"),
            km,
            self.notes
        )
    }
}

/// Scores locations: within 25 km and 161 km (100 miles, the usual geoparsing
/// threshold), and the median error over located rows.
pub fn score_places(rows: &[Row], found: &[Found]) -> (PlaceScore, Vec<PlaceError>) {
    let mut s = PlaceScore {
        rows: rows.len(),
        ..PlaceScore::default()
    };
    let mut errs = Vec::new();
    let mut dists = Vec::new();
    for (r, f) in rows.iter().zip(found) {
        match &f.place {
            Some((name, lat, lon)) => {
                let d = haversine_km(*lat, *lon, r.latitude, r.longitude);
                s.located += 1;
                dists.push(d);
                if d <= 25.0 {
                    s.within_25_km += 1;
                } else {
                    errs.push(PlaceError {
                        id: r.event_id_cnty.clone(),
                        coded: r.location.clone(),
                        found: Some(name.clone()),
                        km: Some(d),
                        notes: r.notes.clone(),
                    });
                }
                if d <= 161.0 {
                    s.within_161_km += 1;
                }
            }
            None => errs.push(PlaceError {
                id: r.event_id_cnty.clone(),
                coded: r.location.clone(),
                found: None,
                km: None,
                notes: r.notes.clone(),
            }),
        }
    }
    dists.sort_by(f64::total_cmp);
    s.median_error_km = dists.get(dists.len() / 2).copied();
    (s, errs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, lat: f64, lon: f64) -> Row {
        Row {
            event_id_cnty: id.into(),
            event_date: "2023-11-12".into(),
            time_precision: Some(1),
            event_type: "Battles".into(),
            sub_event_type: "Armed clash".into(),
            actor1: String::new(),
            assoc_actor_1: String::new(),
            inter1: Some(1),
            actor2: String::new(),
            assoc_actor_2: String::new(),
            inter2: Some(2),
            admin1: String::new(),
            admin2: String::new(),
            location: id.into(),
            latitude: lat,
            longitude: lon,
            geo_precision: Some(1),
            notes: String::new(),
            fatalities: Some(0),
        }
    }

    #[test]
    fn place_scores_count_misses_and_distances() {
        let rows = [
            row("a", 18.44, 1.41),
            row("b", 16.27, -0.04),
            row("c", 20.2, 1.01),
        ];
        let found = [
            Found {
                place: Some(("Kidal".into(), 18.44, 1.17)),
                ..Found::default()
            }, // ~25.3 km off
            Found {
                place: Some(("Gao".into(), 16.27, -0.04)),
                ..Found::default()
            }, // exact
            Found::default(),
        ];
        let (s, errs) = score_places(&rows, &found);
        assert_eq!(
            (s.rows, s.located, s.within_25_km, s.within_161_km),
            (3, 2, 1, 2)
        );
        assert_eq!(errs.len(), 2);
        assert!(
            errs[0]
                .to_string()
                .starts_with("PLACE  a  coded=\"a\"  found=\"Kidal\"  25 km")
        );
        assert_eq!(s.median_error_km.map(|d| d.round()), Some(25.0));
        assert!((s.pct(s.within_161_km) - 66.666).abs() < 0.01);
    }

    #[test]
    fn actor_scores_match_names_units_and_inter_codes() {
        let mut a = row("a", 0.0, 0.0);
        a.actor1 = "Police Forces of Mali (2013-2020) Gendarmerie".into();
        a.actor2 = "JNIM: Group for Support of Islam and Muslims".into();
        let mut b = row("b", 0.0, 0.0);
        b.actor1 = "Civilians (Mali)".into();
        b.inter1 = Some(7);
        let pol = ("Police Forces of Mali (2013-2020)".to_string(), Some(1));
        let jnim = (
            "JNIM: Group for Support of Islam and Muslims".to_string(),
            Some(2),
        );
        let found = [
            Found {
                actors: vec![jnim.clone(), pol.clone()],
                actor1: Some(jnim.clone()),
                actor2: Some(pol.clone()),
                ..Found::default()
            },
            Found {
                actors: vec![("Civilians (Niger)".into(), Some(7))],
                actor1: Some(("Civilians (Niger)".into(), Some(7))),
                ..Found::default()
            },
        ];
        let (s, errs) = score_actors(&[a, b], &found);
        assert_eq!((s.actor1_named, s.actor2_named, s.inter1_named), (1, 1, 2));
        // Named but in the wrong slot; the second row's inter is right, its name not.
        assert_eq!((s.actor1_correct, s.inter1_correct), (0, 1));
        assert_eq!((s.rows_with_actor2, s.actor2_correct), (1, 0));
        assert_eq!(errs.len(), 1);
        assert!(
            errs[0]
                .to_string()
                .starts_with("ACTOR  b  coded=\"Civilians (Mali)\"")
        );
        assert!(!same_actor(
            "Military Forces of Mali",
            "Military Forces of Malian"
        ));
    }

    #[test]
    fn either_order_counts_swapped_sides_of_battles_only() {
        let clash = row("a", 0.0, 0.0); // coded 1 against 2
        let mut vac = row("b", 0.0, 0.0);
        vac.event_type = "Violence against civilians".into();
        vac.sub_event_type = "Attack".into();
        let swapped = Found {
            event_type: Some("Battles".into()),
            sub_event_type: Some("Armed clash".into()),
            actor1: Some(("JNIM".into(), Some(2))),
            actor2: Some(("Military Forces of Mali".into(), Some(1))),
            ..Found::default()
        };
        let mut vac_swapped = swapped.clone();
        vac_swapped.event_type = Some("Violence against civilians".into());
        let (s, _) = score_events(&[clash, vac], &[swapped, vac_swapped]);
        assert_eq!((s.inter1, s.inter2), (0, 0));
        assert_eq!((s.inter1_either, s.inter2_either), (1, 1));
    }

    #[test]
    fn malformed_csv_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.csv");
        std::fs::write(
            &p,
            "event_id_cnty,event_date,event_type,sub_event_type,actor1,location,latitude,longitude,notes\n\
             A1,2023-11-12,Battles,Armed clash,X,Kidal,18.44,1.41,fine\n\
             A2,2023-11-12,Battles,Armed clash,X,Gao,not-a-number,1.41,bad\n",
        )
        .unwrap();
        let e = read(&p).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.to_string().contains("x.csv:3"), "{e}");
    }
}
