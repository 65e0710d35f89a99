//! Fusion (DESIGN §1, §3 Incident): the event mentions of every stored document become
//! incidents, each with its sources grouped by origin, a grade and its reason, a death
//! toll range with each origin's figure, the contradictions between camps, and a
//! history of every change.
//!
//! `cluster` decides which mentions tell the same incident (connected components of a
//! link graph: order-independent); `origin` finds which documents are one source;
//! `aggregate` builds the incident; `registry` is the outlet registry. [`update`] is
//! incremental: it looks only at the new mentions, the mentions they can link to (a
//! date window) and the incidents those belong to, so a new report updates incidents
//! without rebuilding all, and the result is what a rebuild would give.

pub mod aggregate;
pub mod bench;
pub mod cluster;
pub mod origin;
/// The outlet registry lives in `sitrep-core`: the claim stage reads it too (a state
/// news agency that speaks is its government's voice).
pub use sitrep_core::registry;

use aggregate::{DocInfo, Member};
use registry::Registry;
use sitrep_core::records::{HistoryEntry, Incident};
use sitrep_store::Store;
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, thiserror::Error)]
pub enum FuseError {
    #[error(transparent)]
    Store(#[from] sitrep_store::StoreError),
    #[error("store error: {0}")]
    Sqlite(#[from] sitrep_store::rusqlite::Error),
}

/// How the best death toll is chosen among origins.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BestRule {
    /// ACLED's rule: the most conservative (lowest) figure an origin gives.
    #[default]
    Conservative,
    Median,
    Highest,
}

impl std::str::FromStr for BestRule {
    type Err = String;
    fn from_str(s: &str) -> Result<BestRule, String> {
        match s {
            "conservative" | "lowest" => Ok(BestRule::Conservative),
            "median" => Ok(BestRule::Median),
            "highest" => Ok(BestRule::Highest),
            _ => Err(format!(
                "{s:?}: the best toll is conservative, median or highest"
            )),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct FuseOptions {
    pub best: BestRule,
}

/// What one fusion pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct FuseReport {
    /// New mentions fused.
    pub mentions: usize,
    /// Incidents in the store afterwards.
    pub incidents: usize,
    pub created: usize,
    pub updated: usize,
    pub merged: usize,
}

/// How far (days) a new mention can reach: the widest date slack on both sides, so the
/// window holds every mention it may link to.
const WINDOW_DAYS: i64 = 70;

/// Brings the store's incidents up to date with its event mentions.
pub fn update(store: &mut Store, opts: &FuseOptions) -> Result<FuseReport, FuseError> {
    let registry = Registry::embedded();
    let new = store.unfused_mentions()?;
    let mut report = FuseReport {
        mentions: new.len(),
        ..FuseReport::default()
    };
    if new.is_empty() {
        report.incidents = store.incident_count()?;
        return Ok(report);
    }
    // The window the new mentions can reach, and everything in it.
    let new_m = store.fusion_mentions(&new)?;
    let dates: Vec<sitrep_core::Date> = new_m
        .iter()
        .filter_map(|m| m.event.date.as_ref())
        .flat_map(|d| [d.start, d.end])
        .flatten()
        .collect();
    let mut ids: BTreeSet<i64> = new.iter().copied().collect();
    if let (Some(lo), Some(hi)) = (dates.iter().min(), dates.iter().max()) {
        let shift = |d: &sitrep_core::Date, n: i64| {
            d.checked_add(jiff::Span::new().days(n))
                .unwrap_or(*d)
                .to_string()
        };
        ids.extend(store.mentions_between(&shift(lo, -WINDOW_DAYS), &shift(hi, WINDOW_DAYS))?);
    } else {
        ids.extend(store.mentions_between("0000-01-01", "9999-12-31")?);
    }
    // Whole incidents: every member of an incident the window touches.
    let ids_vec: Vec<i64> = ids.iter().copied().collect();
    let mut existing: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (_, inc) in store.incidents_of(&ids_vec)? {
        if let std::collections::btree_map::Entry::Vacant(e) = existing.entry(inc) {
            e.insert(store.incident_members(inc)?);
        }
    }
    for members in existing.values() {
        ids.extend(members.iter().copied());
    }
    let ids_vec: Vec<i64> = ids.into_iter().collect();
    let mentions = store.fusion_mentions(&ids_vec)?;
    // Their documents, fingerprinted once.
    let mut docs: HashMap<i64, DocInfo> = HashMap::new();
    for m in &mentions {
        if docs.contains_key(&m.doc_row) {
            continue;
        }
        if let Some(d) = store.fusion_document(m.doc_row)? {
            let simhash = match d.simhash {
                Some(h) => h,
                None => {
                    let h = origin::simhash(&d.text);
                    store.set_simhash(d.row, h)?;
                    h
                }
            };
            docs.insert(
                m.doc_row,
                DocInfo {
                    row: d.row,
                    id: d.id,
                    title: d.title,
                    outlet: d.outlet,
                    byline: d.byline,
                    published: d.published,
                    lang: d.lang,
                    text: d.text,
                    quantities: d.quantities,
                    claims: d.claims,
                    simhash,
                },
            );
        }
    }
    let mentions: Vec<_> = mentions
        .into_iter()
        .filter(|m| docs.contains_key(&m.doc_row))
        .collect();
    let keys: Vec<cluster::Key> = mentions
        .iter()
        .map(|m| cluster::Key::of(m.doc_row, &m.event, docs[&m.doc_row].published))
        .collect();
    let components = cluster::components(&keys);
    let mention_incident: HashMap<i64, i64> = existing
        .iter()
        .flat_map(|(inc, ms)| ms.iter().map(move |m| (*m, *inc)))
        .collect();

    let tx = store.conn_mut().transaction()?;
    for comp in components {
        let member_ids: Vec<i64> = comp.iter().map(|&i| mentions[i].id).collect();
        let touched: BTreeSet<i64> = member_ids
            .iter()
            .filter_map(|m| mention_incident.get(m).copied())
            .collect();
        let has_new = member_ids.iter().any(|m| !mention_incident.contains_key(m));
        // An incident whose members are exactly this component, and nothing new: unchanged.
        if !has_new
            && touched.len() == 1
            && existing[touched.iter().next().expect("one")].len() == member_ids.len()
        {
            continue;
        }
        let members: Vec<Member> = comp
            .iter()
            .map(|&i| Member {
                mention_id: mentions[i].id,
                ordinal: mentions[i].ordinal as usize,
                doc: &docs[&mentions[i].doc_row],
                event: &mentions[i].event,
            })
            .collect();
        let mut inc = aggregate::incident(&members, &registry, opts.best);
        let key = membership_key(&member_ids);
        // The oldest incident survives a merge; the others are recorded as merged.
        let survivor = touched.iter().next().copied();
        let old: Option<Incident> = match survivor {
            Some(id) => tx
                .query_row("SELECT record FROM incidents WHERE id = ?1", [id], |r| {
                    r.get::<_, String>(0)
                })
                .ok()
                .and_then(|r| serde_json::from_str(&r).ok()),
            None => None,
        };
        let mut history = changes(old.as_ref(), &inc);
        for &other in touched.iter().skip(1) {
            history.push(HistoryEntry {
                at: String::new(),
                change: "merged".into(),
                reason: format!("incident {other} tells the same event (a new report links them)"),
            });
            sitrep_store::delete_incident_tx(
                &tx,
                other,
                survivor.unwrap_or(0),
                "a new report links them",
            )?;
            report.merged += 1;
        }
        inc.id = survivor.unwrap_or(0);
        if survivor.is_some() {
            report.updated += 1;
        } else {
            report.created += 1;
        }
        sitrep_store::save_incident_tx(&tx, &inc, &key, &member_ids, &history)?;
    }
    tx.commit()?;
    report.incidents = store.incident_count()?;
    Ok(report)
}

/// Deletes every incident and fuses again from scratch (history is kept).
pub fn rebuild(store: &mut Store, opts: &FuseOptions) -> Result<FuseReport, FuseError> {
    {
        let tx = store.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO incident_history (incident_id, at, change, reason)
             SELECT id, ?1, 'rebuilt', 'incidents rebuilt from all event mentions' FROM incidents",
            [sitrep_store::now_rfc3339()],
        )?;
        tx.execute("DELETE FROM incident_mentions", [])?;
        tx.execute("DELETE FROM incidents", [])?;
        tx.commit()?;
    }
    update(store, opts)
}

fn membership_key(ids: &[i64]) -> String {
    let mut v = ids.to_vec();
    v.sort_unstable();
    let s: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    format!("m:{}", s.join(","))
}

/// What changed between the stored incident and the new one, in words.
fn changes(old: Option<&Incident>, new: &Incident) -> Vec<HistoryEntry> {
    let entry = |change: &str, reason: String| HistoryEntry {
        at: String::new(),
        change: change.into(),
        reason,
    };
    let Some(old) = old else {
        return vec![entry(
            "created",
            format!(
                "{} / {} reported by {} source{}; {}",
                new.event_type,
                new.sub_event_type,
                new.sources.len(),
                if new.sources.len() == 1 { "" } else { "s" },
                new.grade_reason
            ),
        )];
    };
    let mut out = Vec::new();
    for s in &new.sources {
        if !old.sources.iter().any(|o| o.doc == s.doc) {
            out.push(entry(
                "source_added",
                format!(
                    "{} ({}, origin {}, {})",
                    s.doc,
                    s.outlet.as_deref().unwrap_or("unknown outlet"),
                    s.origin,
                    s.camp.as_deref().unwrap_or("independent")
                ),
            ));
        }
    }
    let t = |x: &Incident| (x.fatalities.low, x.fatalities.best, x.fatalities.high);
    if t(old) != t(new) {
        let f = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_else(|| "-".into());
        out.push(entry(
            "toll_changed",
            format!(
                "killed low/best/high {}/{}/{} → {}/{}/{}",
                f(old.fatalities.low),
                f(old.fatalities.best),
                f(old.fatalities.high),
                f(new.fatalities.low),
                f(new.fatalities.best),
                f(new.fatalities.high)
            ),
        ));
    }
    if old.grade != new.grade {
        out.push(entry(
            "grade_changed",
            format!(
                "{} → {}: {}",
                old.grade.as_str(),
                new.grade.as_str(),
                new.grade_reason
            ),
        ));
    }
    if (old.event_type.as_str(), old.sub_event_type.as_str())
        != (new.event_type.as_str(), new.sub_event_type.as_str())
    {
        out.push(entry(
            "updated",
            format!(
                "type {} / {} → {} / {}",
                old.event_type, old.sub_event_type, new.event_type, new.sub_event_type
            ),
        ));
    }
    out
}
