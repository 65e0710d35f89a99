//! `sitrep incidents`, `sitrep show`, `sitrep fuse`: the ledger of fused incidents.

use crate::DbArg;
use crate::output;
use anyhow::{Context, Result, bail};
use sitrep_core::records::Incident;
use sitrep_store::{IncidentFilter, Store};
use std::io::Write;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncidentFormat {
    Table,
    /// ACLED columns, one row per incident, plus grade and toll range.
    Csv,
    Jsonl,
    Geojson,
}

/// The filters `incidents` and the API share.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct Filters {
    /// Incidents that end on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<sitrep_core::Date>,
    /// Incidents that start on or before this date.
    #[arg(long, value_name = "DATE")]
    pub until: Option<sitrep_core::Date>,
    /// Near a place (a name the gazetteer knows, or LAT,LON); see --within.
    #[arg(long, value_name = "PLACE")]
    pub near: Option<String>,
    /// Radius for --near, in km.
    #[arg(long, value_name = "KM", default_value_t = 50.0)]
    pub within: f64,
    /// confirmed, corroborated, claimed or contested.
    #[arg(long, value_parser = ["confirmed", "corroborated", "claimed", "contested"])]
    pub grade: Option<String>,
    /// An ACLED event type or sub-event type ("Battles", "Air/drone strike").
    #[arg(long = "type", value_name = "TYPE")]
    pub event_type: Option<String>,
    /// Part of an actor's name ("CSP-PSD", "Wagner").
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// Include background incidents (history, hypotheticals).
    #[arg(long)]
    pub all: bool,
    /// At most N incidents.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

impl Filters {
    /// The store filter; `--near` resolved with the gazetteer (the imported index when
    /// there is one, else the built-in one).
    pub fn to_filter(&self) -> Result<IncidentFilter> {
        let near = match &self.near {
            None => None,
            Some(p) => Some(resolve_place(p).map(|(lat, lon)| (lat, lon, self.within))?),
        };
        Ok(IncidentFilter {
            since: self.since,
            until: self.until,
            near,
            grade: self.grade.clone(),
            event_type: self.event_type.clone(),
            actor: self.actor.clone(),
            include_background: self.all,
            limit: self.limit,
            ..IncidentFilter::default()
        })
    }
}

/// "Kidal" or "18.44,1.41" to a point.
pub fn resolve_place(p: &str) -> Result<(f64, f64)> {
    if let Some((a, b)) = p.split_once(',')
        && let (Ok(lat), Ok(lon)) = (a.trim().parse::<f64>(), b.trim().parse::<f64>())
    {
        return Ok((lat, lon));
    }
    let owned;
    let gaz: &sitrep_gazetteer::Gazetteer =
        match sitrep_gazetteer::default_index_path().filter(|p| p.exists()) {
            Some(path) => {
                owned = sitrep_gazetteer::Gazetteer::load(&path)
                    .with_context(|| format!("loading the gazetteer {}", path.display()))?;
                &owned
            }
            None => sitrep_gazetteer::Gazetteer::embedded(),
        };
    // The most populous place of that name.
    let best = gaz
        .lookup(&sitrep_core::fold::fold(p))
        .iter()
        .max_by_key(|&&i| gaz.place(i).population)
        .with_context(|| format!("no place named {p:?} in the gazetteer (give LAT,LON)"))?;
    let place = gaz.place(*best);
    Ok((place.lat, place.lon))
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub filters: Filters,
    #[arg(long, value_enum, default_value_t = IncidentFormat::Table)]
    pub format: IncidentFormat,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let store = Store::open(&a.db.db)?;
    let incidents = store.incidents(&a.filters.to_filter()?)?;
    write(&mut std::io::stdout().lock(), &incidents, a.format)?;
    Ok(ExitCode::SUCCESS)
}

pub fn write(out: &mut impl Write, incidents: &[Incident], fmt: IncidentFormat) -> Result<()> {
    match fmt {
        IncidentFormat::Table => {
            let mut t = output::Table::new([
                "id", "date", "type", "location", "actor1", "actor2", "killed", "grade", "sources",
            ]);
            for i in incidents {
                t.row([
                    i.id.to_string(),
                    i.date.as_ref().map(|d| d.value.clone()).unwrap_or_default(),
                    format!("{} / {}", i.event_type, i.sub_event_type),
                    i.location
                        .as_ref()
                        .map(|l| l.name.clone())
                        .unwrap_or_default(),
                    i.actor1
                        .as_ref()
                        .map(|a| a.name.clone())
                        .unwrap_or_default(),
                    i.actor2
                        .as_ref()
                        .map(|a| a.name.clone())
                        .unwrap_or_default(),
                    toll(i),
                    i.grade.as_str().to_string(),
                    origins(i),
                ]);
            }
            t.write(out, &[5, 10, 40, 20, 24, 24, 9, 12, 30])?;
        }
        IncidentFormat::Jsonl => {
            for i in incidents {
                writeln!(out, "{}", serde_json::to_string(&jsonl(i))?)?;
            }
        }
        IncidentFormat::Geojson => {
            let features: Vec<serde_json::Value> = incidents
                .iter()
                .filter_map(|i| {
                    let l = i.location.as_ref()?;
                    Some(serde_json::json!({
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": [l.lon?, l.lat?]},
                        "properties": jsonl(i),
                    }))
                })
                .collect();
            serde_json::to_writer(
                &mut *out,
                &serde_json::json!({"type": "FeatureCollection", "features": features}),
            )?;
            writeln!(out)?;
        }
        IncidentFormat::Csv => acled_csv(out, incidents)?,
    }
    Ok(())
}

/// "6–14 (best 6)", "12", "-".
fn toll(i: &Incident) -> String {
    let f = &i.fatalities;
    match (f.low, f.best, f.high) {
        (Some(l), Some(b), Some(h)) if l != h => format!("{l}–{h} ({b})"),
        (_, Some(b), _) => b.to_string(),
        _ => "-".into(),
    }
}

fn origins(i: &Incident) -> String {
    let mut o: Vec<&str> = i.sources.iter().map(|s| s.origin.as_str()).collect();
    o.sort();
    o.dedup();
    format!("{} docs, {} origins", i.sources.len(), o.len())
}

/// The DESIGN §4 incident line.
pub fn jsonl(i: &Incident) -> serde_json::Value {
    let f = &i.fatalities;
    serde_json::json!({
        "id": i.id,
        "event_type": i.event_type,
        "sub_event_type": i.sub_event_type,
        "date": i.date.as_ref().map(|d| serde_json::json!({"start": d.start, "end": d.end, "precision": d.precision})),
        "location": i.location,
        "actor1": i.actor1,
        "assoc_actor_1": i.assoc_actor_1,
        "actor2": i.actor2,
        "assoc_actor_2": i.assoc_actor_2,
        "grade": i.grade,
        "grade_reason": i.grade_reason,
        "fatalities": {"low": f.low, "best": f.best, "high": f.high, "disputed": f.disputed,
                       "by_source": f.by_source},
        "sources": i.sources.iter().map(|s| serde_json::json!({
            "doc": s.doc, "outlet": s.outlet, "origin": s.origin, "origin_via": s.origin_via,
            "camp": s.camp, "published": s.published, "killed": s.killed,
        })).collect::<Vec<_>>(),
        "contradictions": i.contradictions,
        "background": i.background,
    })
}

fn acled_csv(out: &mut impl Write, incidents: &[Incident]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut header: Vec<&str> = output::ACLED_COLUMNS.to_vec();
    header.extend([
        "source",
        "source_scale",
        "notes",
        "fatalities",
        "sitrep_grade",
        "sitrep_grade_reason",
        "sitrep_fatalities_low",
        "sitrep_fatalities_high",
        "sitrep_origins",
    ]);
    w.write_record(&header)?;
    let opt = |v: Option<u32>| v.map(|x| x.to_string()).unwrap_or_default();
    for i in incidents {
        let mut outlets: Vec<&str> = i
            .sources
            .iter()
            .filter_map(|s| s.outlet.as_deref())
            .collect();
        outlets.sort();
        outlets.dedup();
        let mut origins: Vec<&str> = i.sources.iter().map(|s| s.origin.as_str()).collect();
        origins.sort();
        origins.dedup();
        let mut row = output::AcledRow {
            id: format!("SITREP{}", i.id),
            date: i.date.as_ref(),
            event_type: &i.event_type,
            sub_event_type: &i.sub_event_type,
            actor1: i.actor1.as_ref(),
            assoc_actor_1: &i.assoc_actor_1,
            actor2: i.actor2.as_ref(),
            assoc_actor_2: &i.assoc_actor_2,
            location: i.location.as_ref(),
        }
        .fields();
        row.extend([
            outlets.join("; "),
            String::new(),
            i.grade_reason.clone(),
            // ACLED codes an unknown toll as 0.
            i.fatalities.best.unwrap_or(0).to_string(),
            i.grade.as_str().to_string(),
            i.grade_reason.clone(),
            opt(i.fatalities.low),
            opt(i.fatalities.high),
            origins.len().to_string(),
        ]);
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}

#[derive(clap::Args)]
pub struct ShowArgs {
    /// The incident's id (from `sitrep incidents`).
    pub id: i64,
    /// Print the incident as one JSON object instead of the report.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn show(a: ShowArgs) -> Result<ExitCode> {
    let store = Store::open(&a.db.db)?;
    let Some(i) = store.incident(a.id)? else {
        bail!(
            "no incident {} in {} (see `sitrep incidents`)",
            a.id,
            store.path().display()
        );
    };
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &i)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "Incident {}: {} / {}, {}, {}",
        i.id,
        i.event_type,
        i.sub_event_type,
        i.date
            .as_ref()
            .map(|d| d.value.as_str())
            .unwrap_or("undated"),
        i.location
            .as_ref()
            .map(|l| l.name.as_str())
            .unwrap_or("no place")
    )?;
    let name = |a: &Option<sitrep_core::records::EventActor>| {
        a.as_ref()
            .map(|a| a.name.clone())
            .unwrap_or_else(|| "-".into())
    };
    writeln!(out, "  {} vs {}", name(&i.actor1), name(&i.actor2))?;
    writeln!(out, "  grade: {}", i.grade_reason)?;
    writeln!(
        out,
        "  killed: {}{}",
        toll(&i),
        if i.fatalities.disputed {
            " (disputed)"
        } else {
            ""
        }
    )?;
    for t in &i.fatalities.by_source {
        writeln!(
            out,
            "    {:>4}  {} ({})",
            t.killed
                .map(|k| k.to_string())
                .unwrap_or_else(|| "-".into()),
            t.origin,
            t.camp.as_deref().unwrap_or("independent")
        )?;
    }
    // Sources grouped by camp.
    let mut camps: Vec<&str> = i
        .sources
        .iter()
        .map(|s| s.camp.as_deref().unwrap_or("independent"))
        .collect();
    camps.sort();
    camps.dedup();
    for camp in camps {
        writeln!(out, "\n  {camp}:")?;
        for s in i
            .sources
            .iter()
            .filter(|s| s.camp.as_deref().unwrap_or("independent") == camp)
        {
            writeln!(
                out,
                "    {} ({}; origin {} via {})",
                s.doc,
                s.outlet.as_deref().unwrap_or("unknown outlet"),
                s.origin,
                s.origin_via
            )?;
            for v in &s.voices {
                let text: String = v.text.chars().take(160).collect();
                writeln!(
                    out,
                    "      {} {}{}: “{}”",
                    v.name,
                    match v.stance {
                        sitrep_core::records::Stance::Asserts => "says",
                        sitrep_core::records::Stance::Denies => "denies",
                    },
                    if v.hedged { " (hedged)" } else { "" },
                    text
                )?;
            }
        }
    }
    if !i.contradictions.is_empty() {
        writeln!(out, "\n  contradictions:")?;
        for c in &i.contradictions {
            writeln!(out, "    {}: {}", c.kind, c.summary)?;
            writeln!(out, "      {} ({}): “{}”", c.a.speaker, c.a.doc, c.a.text)?;
            writeln!(out, "      {} ({}): “{}”", c.b.speaker, c.b.doc, c.b.text)?;
        }
    }
    writeln!(out, "\n  history:")?;
    for h in &i.history {
        writeln!(out, "    {}  {}: {}", h.at, h.change, h.reason)?;
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct FuseArgs {
    /// Delete all incidents and fuse again from every event mention (history is kept).
    #[arg(long)]
    pub rebuild: bool,
    /// How the best death toll is chosen among origins: conservative (ACLED's rule:
    /// the lowest), median or highest.
    #[arg(long, default_value = "conservative")]
    pub best: sitrep_fuse::BestRule,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn fuse(a: FuseArgs) -> Result<ExitCode> {
    let mut store = Store::open(&a.db.db)?;
    let opts = sitrep_fuse::FuseOptions { best: a.best };
    let r = if a.rebuild {
        sitrep_fuse::rebuild(&mut store, &opts)?
    } else {
        sitrep_fuse::update(&mut store, &opts)?
    };
    report(&r);
    Ok(ExitCode::SUCCESS)
}

pub fn report(r: &sitrep_fuse::FuseReport) {
    eprintln!(
        "sitrep: fused {} new event mention{} into {} incident{} ({} created, {} updated, {} merged)",
        r.mentions,
        if r.mentions == 1 { "" } else { "s" },
        r.incidents,
        if r.incidents == 1 { "" } else { "s" },
        r.created,
        r.updated,
        r.merged
    );
}
