//! Views of stored records: terminal tables, ACLED-style CSV, JSONL, GeoJSON.

use anyhow::Result;
use sitrep_core::records::{EventActor, EventDate, EventLocation};
use sitrep_store::StoredEvent;
use std::io::Write;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventFormat {
    Table,
    Csv,
    Jsonl,
    Geojson,
}

/// A plain text table with padded columns; cells longer than their width are cut with `…`.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<const N: usize>(header: [&str; N]) -> Table {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row<const N: usize>(&mut self, cells: [String; N]) {
        self.rows.push(cells.to_vec());
    }

    /// Writes the table; `max` gives each column's maximum width (0: unlimited).
    pub fn write(&self, out: &mut impl Write, max: &[usize]) -> std::io::Result<()> {
        let n = self.header.len();
        let mut width = vec![0usize; n];
        let cut = |s: &str, m: usize| -> String {
            if m == 0 || s.chars().count() <= m {
                s.to_string()
            } else {
                let mut t: String = s.chars().take(m.saturating_sub(1)).collect();
                t.push('…');
                t
            }
        };
        let cells: Vec<Vec<String>> = std::iter::once(&self.header)
            .chain(&self.rows)
            .map(|r| {
                r.iter()
                    .enumerate()
                    .map(|(i, c)| cut(c, max.get(i).copied().unwrap_or(0)))
                    .collect()
            })
            .collect();
        for r in &cells {
            for (i, c) in r.iter().enumerate() {
                width[i] = width[i].max(c.chars().count());
            }
        }
        for r in &cells {
            let mut line = String::new();
            for (i, c) in r.iter().enumerate() {
                line.push_str(c);
                if i + 1 < n {
                    let pad = width[i] - c.chars().count() + 2;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// ACLED's columns from `event_id_cnty` to `geo_precision`, shared by the event and the
/// incident exports.
pub const ACLED_COLUMNS: [&str; 20] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
];

/// An event or incident as [`ACLED_COLUMNS`], actors in ACLED's spelling where known.
pub struct AcledRow<'a> {
    pub id: String,
    pub date: Option<&'a EventDate>,
    pub event_type: &'a str,
    pub sub_event_type: &'a str,
    pub actor1: Option<&'a EventActor>,
    pub assoc_actor_1: &'a [EventActor],
    pub actor2: Option<&'a EventActor>,
    pub assoc_actor_2: &'a [EventActor],
    pub location: Option<&'a EventLocation>,
}

impl AcledRow<'_> {
    pub fn fields(&self) -> Vec<String> {
        let name = |a: &EventActor| a.acled_name.clone().unwrap_or_else(|| a.name.clone());
        let names = |v: &[EventActor]| v.iter().map(name).collect::<Vec<_>>().join("; ");
        let inter1 = self.actor1.and_then(|a| a.inter);
        let inter2 = self.actor2.and_then(|a| a.inter);
        let (d, loc) = (self.date, self.location);
        vec![
            self.id.clone(),
            opt(d.and_then(|d| d.start)),
            opt(d.and_then(|d| d.start).map(|d| d.year())),
            opt(d.map(|d| d.precision)),
            self.event_type.to_string(),
            self.sub_event_type.to_string(),
            self.actor1.map(name).unwrap_or_default(),
            names(self.assoc_actor_1),
            opt(inter1),
            self.actor2.map(name).unwrap_or_default(),
            names(self.assoc_actor_2),
            opt(inter2),
            interaction(inter1, inter2),
            opt(loc.and_then(|l| l.country.clone())),
            opt(loc.and_then(|l| l.admin1.clone())),
            opt(loc.and_then(|l| l.admin2.clone())),
            opt(loc.map(|l| l.name.clone())),
            opt(loc.and_then(|l| l.lat)),
            opt(loc.and_then(|l| l.lon)),
            opt(loc.map(|l| l.geo_precision)),
        ]
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// ACLED's `interaction`: the two inter codes, smaller first (e.g. 12 for state vs rebels).
pub fn interaction(a: Option<u8>, b: Option<u8>) -> String {
    match (a, b) {
        (Some(a), Some(b)) => {
            let (x, y) = if a <= b { (a, b) } else { (b, a) };
            format!("{x}{y}")
        }
        (Some(a), None) => format!("{a}0"),
        _ => String::new(),
    }
}

pub fn write_events(out: &mut impl Write, events: &[StoredEvent], fmt: EventFormat) -> Result<()> {
    match fmt {
        EventFormat::Table => {
            let mut t = Table::new([
                "date", "type", "location", "actor1", "actor2", "killed", "doc",
            ]);
            for e in events {
                let ev = &e.event;
                t.row([
                    ev.date
                        .as_ref()
                        .map(|d| d.value.clone())
                        .unwrap_or_default(),
                    format!("{} / {}", ev.event_type, ev.sub_event_type),
                    ev.location
                        .as_ref()
                        .map(|l| l.name.clone())
                        .unwrap_or_default(),
                    ev.actor1
                        .as_ref()
                        .map(|a| a.name.clone())
                        .unwrap_or_default(),
                    ev.actor2
                        .as_ref()
                        .map(|a| a.name.clone())
                        .unwrap_or_default(),
                    opt(ev.fatalities.killed),
                    e.doc.clone(),
                ]);
            }
            t.write(out, &[10, 48, 24, 28, 28, 6, 40])?;
        }
        EventFormat::Jsonl => {
            for e in events {
                writeln!(out, "{}", serde_json::to_string(e)?)?;
            }
        }
        EventFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            let mut header: Vec<&str> = ACLED_COLUMNS.to_vec();
            header.extend(["source", "fatalities", "sitrep_doc"]);
            w.write_record(&header)?;
            for e in events {
                let ev = &e.event;
                let mut row = AcledRow {
                    id: format!("SITREP{}", e.id),
                    date: ev.date.as_ref(),
                    event_type: &ev.event_type,
                    sub_event_type: &ev.sub_event_type,
                    actor1: ev.actor1.as_ref(),
                    assoc_actor_1: &ev.assoc_actor_1,
                    actor2: ev.actor2.as_ref(),
                    assoc_actor_2: &ev.assoc_actor_2,
                    location: ev.location.as_ref(),
                }
                .fields();
                row.extend([
                    e.outlet.clone().unwrap_or_default(),
                    opt(ev.fatalities.killed),
                    e.doc.clone(),
                ]);
                w.write_record(&row)?;
            }
            w.flush()?;
        }
        EventFormat::Geojson => {
            let features: Vec<serde_json::Value> = events
                .iter()
                .filter_map(|e| {
                    let loc = e.event.location.as_ref()?;
                    let (lat, lon) = (loc.lat?, loc.lon?);
                    Some(serde_json::json!({
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [lon, lat]},
                        "properties": {
                            "id": e.id,
                            "doc": e.doc,
                            "event_type": e.event.event_type,
                            "sub_event_type": e.event.sub_event_type,
                            "date": e.event.date,
                            "location": loc.name,
                            "geo_precision": loc.geo_precision,
                            "actor1": e.event.actor1,
                            "actor2": e.event.actor2,
                            "fatalities": e.event.fatalities,
                        }
                    }))
                })
                .collect();
            let fc = serde_json::json!({"type": "FeatureCollection", "features": features});
            writeln!(out, "{}", serde_json::to_string_pretty(&fc)?)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interaction_orders_codes() {
        assert_eq!(interaction(Some(2), Some(1)), "12");
        assert_eq!(interaction(Some(1), Some(7)), "17");
        assert_eq!(interaction(Some(3), None), "30");
        assert_eq!(interaction(None, None), "");
    }

    #[test]
    fn table_pads_and_cuts() {
        let mut t = Table::new(["a", "b"]);
        t.row(["Kidal".to_string(), "x".to_string()]);
        t.row(["Tessalit-long-name".to_string(), "y".to_string()]);
        let mut buf = Vec::new();
        t.write(&mut buf, &[8, 0]).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert_eq!(s, "a         b\nKidal     x\nTessali…  y\n");
    }
}
