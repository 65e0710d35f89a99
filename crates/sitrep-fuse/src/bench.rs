//! A synthetic workload for `sitrep bench fuse`: event mentions spread over years and
//! over the Sahel the way a ledger's are (several reports per incident, incidents on
//! the same days in different towns), fused in memory. Nothing here is a test.

use crate::aggregate::{self, DocInfo, Member};
use crate::cluster::{self, Key};
use crate::registry::Registry;
use sitrep_core::records::{EventActor, EventDate, EventLocation, EventMention};
use std::time::{Duration, Instant};

/// What one run measured.
#[derive(Debug, Clone, Copy)]
pub struct BenchRun {
    pub mentions: usize,
    pub incidents: usize,
    pub cluster: Duration,
    pub aggregate: Duration,
}

/// A small deterministic generator (xorshift), so every run fuses the same workload.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// `n` mentions: about n/4 incidents told by 1 to 7 reports each, over 5 years and 400
/// places.
pub fn workload(n: usize, seed: u64) -> (Vec<DocInfo>, Vec<EventMention>) {
    let mut r = Rng(seed | 1);
    let types = [
        ("Battles", "Armed clash"),
        ("Violence against civilians", "Attack"),
        (
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        ("Protests", "Peaceful protest"),
        ("Strategic developments", "Agreement"),
    ];
    let actors = [
        "mli_army", "jnim", "isgs", "csp_psd", "gatia", "dozo", "wagner", "minusma",
    ];
    let places: Vec<(f64, f64)> = (0..400)
        .map(|_| {
            (
                11.0 + r.below(1000) as f64 / 100.0,
                -11.0 + r.below(1500) as f64 / 100.0,
            )
        })
        .collect();
    let base = sitrep_core::Date::constant(2019, 1, 1);
    let mut docs = Vec::with_capacity(n);
    let mut mentions = Vec::with_capacity(n);
    while mentions.len() < n {
        let (t, s) = types[r.below(types.len() as u64) as usize];
        let day = r.below(5 * 365) as i64;
        let date = base
            .checked_add(jiff::Span::new().days(day))
            .unwrap_or(base);
        let (lat, lon) = places[r.below(places.len() as u64) as usize];
        let a1 = actors[r.below(actors.len() as u64) as usize];
        let a2 = actors[r.below(actors.len() as u64) as usize];
        let reports = 1 + r.below(7) as usize;
        for k in 0..reports {
            if mentions.len() >= n {
                break;
            }
            let id = mentions.len();
            docs.push(DocInfo {
                row: id as i64,
                id: format!("doc{id:07}"),
                outlet: Some(format!("Outlet {}", r.below(40))),
                published: Some(date),
                lang: if k % 3 == 0 { "fr".into() } else { "en".into() },
                text: format!("Report {id} on the {t} near {lat:.2},{lon:.2} on {date}."),
                simhash: r.next(),
                ..DocInfo::default()
            });
            let actor = |a: &str| EventActor {
                name: a.to_string(),
                inter: Some(2),
                camp: Some("rebel".into()),
                actor_id: Some(a.to_string()),
                ..EventActor::default()
            };
            mentions.push(EventMention {
                event_type: t.into(),
                sub_event_type: s.into(),
                date: Some(EventDate {
                    value: date.to_string(),
                    start: Some(date),
                    end: Some(date),
                    precision: 1,
                    span: Some(sitrep_core::Span::new(0, 1)),
                }),
                location: Some(EventLocation {
                    name: format!("P{lat:.2}"),
                    lat: Some(lat),
                    lon: Some(lon),
                    geo_precision: 1,
                    ..EventLocation::default()
                }),
                actor1: Some(actor(a1)),
                actor2: Some(actor(a2)),
                ..EventMention::default()
            });
        }
    }
    (docs, mentions)
}

/// Clusters and aggregates the workload once.
pub fn run(docs: &[DocInfo], mentions: &[EventMention], reg: &Registry) -> BenchRun {
    let t = Instant::now();
    let keys: Vec<Key> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| Key::of(i as i64, m, docs[i].published))
        .collect();
    let comps = cluster::components(&keys);
    let cluster = t.elapsed();
    let t = Instant::now();
    let mut incidents = 0;
    for c in &comps {
        let members: Vec<Member> = c
            .iter()
            .map(|&i| Member {
                mention_id: i as i64,
                ordinal: 0,
                doc: &docs[i],
                event: &mentions[i],
            })
            .collect();
        let inc = aggregate::incident(&members, reg, crate::BestRule::Conservative);
        incidents += (!inc.sources.is_empty()) as usize;
    }
    BenchRun {
        mentions: mentions.len(),
        incidents,
        cluster,
        aggregate: t.elapsed(),
    }
}
