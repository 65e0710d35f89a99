//! One incident from the mentions that tell it: what happened (by vote across
//! documents), where and when (the most precise), its sources grouped by origin, whose
//! figure each death toll is, the contradictions between camps, and its grade.
//!
//! Everything here is a function of the set of mentions: sources are sorted by
//! document, votes break ties by a fixed order, so the incident does not depend on the
//! order reports arrived in.

use crate::BestRule;
use crate::origin;
use crate::registry::Registry;
use sitrep_core::records::{
    Claim, Contradiction, EventActor, EventDate, EventMention, Grade, Incident, IncidentSource,
    OriginToll, Quantity, Side, SourceVoice, Stance, Toll,
};
use sitrep_core::{Date, Span};
use std::collections::BTreeMap;

/// One speaker's figure in a mention: camp, deaths, low, high.
type Figure = (Option<String>, u32, Option<u32>, Option<u32>);

/// A document as fusion needs it.
#[derive(Debug, Clone, Default)]
pub struct DocInfo {
    pub row: i64,
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub byline: Option<String>,
    pub published: Option<Date>,
    pub lang: String,
    pub text: String,
    pub quantities: Vec<Quantity>,
    pub claims: Vec<Claim>,
    pub simhash: u64,
}

/// A mention and its place in its document.
#[derive(Debug, Clone)]
pub struct Member<'a> {
    pub mention_id: i64,
    pub ordinal: usize,
    pub doc: &'a DocInfo,
    pub event: &'a EventMention,
}

/// The origin of each document of an incident: credit line, then near-duplicate text
/// or translation (grouped), then the outlet registry, else the document itself.
fn origins(docs: &[&DocInfo], reg: &Registry) -> Vec<(String, String, Option<String>)> {
    let n = docs.len();
    // (origin key, how found, camp of a partisan outlet)
    let mut own: Vec<(String, String, Option<String>, u8)> = docs
        .iter()
        .map(|d| {
            let head: String = d.text.chars().take(600).collect();
            let tail: String = {
                let c: Vec<char> = d.text.chars().collect();
                c[c.len().saturating_sub(300)..].iter().collect()
            };
            let outlet = d
                .outlet
                .as_deref()
                .and_then(|o| reg.find(o))
                .or_else(|| d.byline.as_deref().and_then(|b| reg.find(b)));
            let credited = reg
                .credits(&head)
                .into_iter()
                .chain(reg.credits(&tail))
                .chain(
                    d.byline
                        .as_deref()
                        .map(|b| reg.credits(b))
                        .unwrap_or_default(),
                )
                .find(|o| o.is_wire());
            match (credited, outlet) {
                // A wire's own dispatch is the wire's origin too.
                (Some(w), _) => (w.origin.clone(), "credit line".into(), None, 3),
                (None, Some(o)) => (
                    o.origin.clone(),
                    "outlet registry".into(),
                    o.camp.clone(),
                    if o.partisan() { 2 } else { 1 },
                ),
                (None, None) => (
                    format!("doc:{}", d.id),
                    "the document itself".into(),
                    None,
                    0,
                ),
            }
        })
        .collect();
    // Near-duplicates and translations share an origin: the strongest member's.
    let mut sets = crate::cluster::Sets::new(n);
    let anchors: Vec<Vec<String>> = docs.iter().map(|d| origin::anchors(&d.text)).collect();
    let mut via: Vec<Option<&'static str>> = vec![None; n];
    for i in 0..n {
        for j in i + 1..n {
            if docs[i].text.len() > 200
                && docs[j].text.len() > 200
                && origin::near_duplicate(docs[i].simhash, docs[j].simhash)
            {
                sets.union(i, j);
                via[i].get_or_insert("near-duplicate text");
                via[j].get_or_insert("near-duplicate text");
            } else if docs[i].lang != docs[j].lang && origin::translation(&anchors[i], &anchors[j])
            {
                sets.union(i, j);
                via[i].get_or_insert("translation");
                via[j].get_or_insert("translation");
            }
        }
    }
    let mut best: BTreeMap<usize, usize> = BTreeMap::new();
    for i in 0..n {
        let r = sets.find(i);
        let b = best.entry(r).or_insert(i);
        if (own[i].3, std::cmp::Reverse(&own[i].0)) > (own[*b].3, std::cmp::Reverse(&own[*b].0)) {
            *b = i;
        }
    }
    let resolved: Vec<(String, Option<String>)> = (0..n)
        .map(|i| {
            let b = best[&sets.find(i)];
            (own[b].0.clone(), own[b].2.clone())
        })
        .collect();
    for (i, o) in own.iter_mut().enumerate() {
        if resolved[i].0 != o.0 {
            o.1 = via[i].unwrap_or("near-duplicate text").to_string();
        }
        o.0 = resolved[i].0.clone();
        o.2 = resolved[i].1.clone();
    }
    own.into_iter().map(|(o, v, c, _)| (o, v, c)).collect()
}

fn independent(camp: Option<&str>) -> bool {
    camp.is_none_or(|c| c == "independent")
}

/// A name for an origin in a sentence: its outlet's name, or the document's.
fn origin_label(key: &str, reg: &Registry, sources: &[IncidentSource]) -> String {
    if let Some(a) = key.strip_prefix("actor:") {
        return a.to_string();
    }
    reg.outlets
        .iter()
        .find(|o| o.origin == key)
        .map(|o| o.name.clone())
        .or_else(|| {
            sources
                .iter()
                .find(|s| s.origin == key)
                .and_then(|s| s.outlet.clone().or(Some(s.doc.clone())))
        })
        .unwrap_or_else(|| key.to_string())
}

/// Builds the incident told by `members` (all of one component).
pub fn incident(members: &[Member], reg: &Registry, best_rule: BestRule) -> Incident {
    let mut members: Vec<&Member> = members.iter().collect();
    members.sort_by(|a, b| (&a.doc.id, a.ordinal).cmp(&(&b.doc.id, b.ordinal)));
    // Documents, in id order.
    let mut docs: Vec<&DocInfo> = members.iter().map(|m| m.doc).collect();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    docs.dedup_by(|a, b| a.id == b.id);
    let doc_origins = origins(&docs, reg);
    let origin_of = |id: &str| -> (String, String, Option<String>) {
        let k = docs.iter().position(|d| d.id == id).unwrap_or(0);
        doc_origins[k].clone()
    };

    // What happened: one vote per document for its most specific mention.
    let mut votes: BTreeMap<(String, String), usize> = BTreeMap::new();
    for d in &docs {
        if let Some(m) = members.iter().find(|m| m.doc.id == d.id) {
            *votes
                .entry((m.event.event_type.clone(), m.event.sub_event_type.clone()))
                .or_default() += 1;
        }
    }
    let ((event_type, sub_event_type), _) = votes
        .iter()
        .max_by_key(|((_, s), n)| (**n, s.as_str() != "Other", std::cmp::Reverse(s.clone())))
        .map(|(k, n)| (k.clone(), *n))
        .unwrap_or_default();

    // When: the most precise date; its earliest start, its latest end.
    let dated: Vec<&EventDate> = members
        .iter()
        .filter_map(|m| m.event.date.as_ref())
        .collect();
    let date = dated.iter().map(|d| d.precision).min().map(|p| {
        let same: Vec<&&EventDate> = dated.iter().filter(|d| d.precision == p).collect();
        let start = same.iter().filter_map(|d| d.start).min();
        let end = same.iter().filter_map(|d| d.end.or(d.start)).max();
        let first = same
            .iter()
            .min_by_key(|d| d.start)
            .expect("a date of that precision");
        EventDate {
            value: first.value.clone(),
            start,
            end,
            precision: p,
            span: None,
        }
    });
    // Where: the most precise place, the most often named among them.
    let located: Vec<_> = members
        .iter()
        .filter_map(|m| m.event.location.as_ref())
        .filter(|l| l.lat.is_some())
        .collect();
    let location = located.iter().map(|l| l.geo_precision).min().and_then(|p| {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for l in located.iter().filter(|l| l.geo_precision == p) {
            *counts.entry(l.name.as_str()).or_default() += 1;
        }
        let name = counts
            .iter()
            .max_by_key(|(n, c)| (**c, std::cmp::Reverse(**n)))
            .map(|(n, _)| *n)?;
        located
            .iter()
            .find(|l| l.geo_precision == p && l.name == name)
            .map(|l| {
                let mut l = (**l).clone();
                l.span = None;
                l
            })
    });

    // Who: the actor named most often first, then the most often named other side.
    let key = |a: &EventActor| a.actor_id.clone().unwrap_or_else(|| a.name.clone());
    let mut a1v: BTreeMap<String, (usize, EventActor)> = BTreeMap::new();
    for m in &members {
        if let Some(a) = &m.event.actor1 {
            let e = a1v.entry(key(a)).or_insert((0, strip(a)));
            e.0 += 2 + a.span.is_some() as usize;
        }
        if let Some(a) = &m.event.actor2 {
            let e = a1v.entry(key(a)).or_insert((0, strip(a)));
            e.0 += a.span.is_some() as usize;
        }
    }
    let actor1 = a1v
        .iter()
        .max_by_key(|(k, (n, _))| (*n, std::cmp::Reverse(k.as_str())))
        .map(|(_, (_, a))| a.clone());
    let a1k = actor1.as_ref().map(key);
    let mut a2v: BTreeMap<String, (usize, EventActor)> = BTreeMap::new();
    for m in &members {
        for a in [&m.event.actor2, &m.event.actor1].into_iter().flatten() {
            if Some(key(a)) != a1k {
                let e = a2v.entry(key(a)).or_insert((0, strip(a)));
                e.0 += 1;
            }
        }
    }
    let actor2 = a2v
        .iter()
        .max_by_key(|(k, (n, _))| (*n, std::cmp::Reverse(k.as_str())))
        .map(|(_, (_, a))| a.clone());
    let a2k = actor2.as_ref().map(key);
    let mut assoc_actor_1: Vec<EventActor> = Vec::new();
    let mut assoc_actor_2: Vec<EventActor> = Vec::new();
    for m in &members {
        let side = |a: &Option<EventActor>| a.as_ref().map(key);
        for (mine, list, out) in [
            (
                side(&m.event.actor1),
                &m.event.assoc_actor_1,
                &mut assoc_actor_1,
            ),
            (
                side(&m.event.actor2),
                &m.event.assoc_actor_2,
                &mut assoc_actor_2,
            ),
        ] {
            let target = if mine == a1k {
                1
            } else if mine == a2k {
                2
            } else {
                0
            };
            let _ = target;
            for a in list {
                let k = key(a);
                if Some(&k) != a1k.as_ref()
                    && Some(&k) != a2k.as_ref()
                    && !out.iter().any(|x| key(x) == k)
                {
                    out.push(strip(a));
                }
            }
        }
    }
    assoc_actor_1.sort_by(|a, b| a.name.cmp(&b.name));
    assoc_actor_2.sort_by(|a, b| a.name.cmp(&b.name));

    // Sources: one per document.
    let mut sources: Vec<IncidentSource> = Vec::new();
    for d in &docs {
        let (origin, origin_via, outlet_camp) = origin_of(&d.id);
        let mine: Vec<&&Member> = members.iter().filter(|m| m.doc.id == d.id).collect();
        let mut voices: Vec<SourceVoice> = Vec::new();
        let mut evidence: Vec<Span> = Vec::new();
        let mut killed: Option<u32> = None;
        for m in &mine {
            evidence.extend(m.event.evidence.iter().copied());
            if let Some(k) = m.event.fatalities.killed {
                killed = Some(killed.map_or(k, |x| x.max(k)));
            }
            if m.event.claims.is_empty() {
                let span = m.event.evidence.first().copied().unwrap_or_default();
                voices.push(SourceVoice {
                    name: "writer".into(),
                    camp: outlet_camp.clone(),
                    kind: "writer".into(),
                    stance: Stance::Asserts,
                    hedged: false,
                    text: slice(&d.text, span),
                    span,
                });
            }
            for c in &m.event.claims {
                voices.push(SourceVoice {
                    name: c.by.name.clone(),
                    camp: c.by.camp.clone().or_else(|| outlet_camp.clone()),
                    kind: c.by.kind.clone(),
                    stance: c.stance,
                    hedged: c.hedged,
                    text: slice(&d.text, c.span),
                    span: c.span,
                });
            }
        }
        voices.dedup_by(|a, b| a.span == b.span && a.name == b.name);
        // Whose word it is: a partisan outlet's camp; an outlet that only relays one
        // side's claims speaks for that side; else independent.
        let camp = outlet_camp.clone().or_else(|| {
            let camps: Vec<Option<&str>> = voices
                .iter()
                .map(|v| {
                    if v.kind == "writer" || v.kind == "anonymous" {
                        None
                    } else {
                        v.camp.as_deref()
                    }
                })
                .collect();
            let first = camps.first().copied().flatten()?;
            camps
                .iter()
                .all(|c| *c == Some(first))
                .then(|| first.to_string())
        });
        sources.push(IncidentSource {
            doc: d.id.clone(),
            title: d.title.clone(),
            outlet: d.outlet.clone(),
            published: d.published,
            origin,
            origin_via,
            camp: camp.or(Some("independent".into())),
            voices,
            mentions: mine.iter().map(|m| m.ordinal).collect(),
            evidence,
            killed,
        });
    }

    // Whose figure each toll is: the speaker of the claim holding it, else the
    // document's origin.
    let mut tolls: BTreeMap<String, OriginToll> = BTreeMap::new();
    for m in &members {
        let src = sources
            .iter()
            .find(|s| s.doc == m.doc.id)
            .expect("its source");
        let mut per: BTreeMap<String, Figure> = BTreeMap::new();
        // A figure repeated (headline, lead, quote) is one figure.
        let mut seen: Vec<(String, u64, Option<String>)> = Vec::new();
        for &qi in &m.event.casualties {
            let Some(q) = m.doc.quantities.get(qi) else {
                continue;
            };
            if q.casualty.as_deref() != Some("killed") || q.part_of.is_some() || q.out_of.is_some()
            {
                continue;
            }
            let Some(v) = q.value.or(q.low) else {
                continue;
            };
            let claim = m
                .doc
                .claims
                .iter()
                .find(|c| c.span.start <= q.span.start && q.span.end <= c.span.end);
            let sig = (
                claim.map(|c| c.by.name.clone()).unwrap_or_default(),
                v.to_bits(),
                q.counts.clone(),
            );
            if seen.contains(&sig) {
                continue;
            }
            seen.push(sig);
            let (okey, camp) = match claim {
                Some(c) if c.by.actor_id.is_some() && c.by.kind != "anonymous" => {
                    (format!("actor:{}", c.by.name), c.by.camp.clone())
                }
                _ => (src.origin.clone(), src.camp.clone()),
            };
            // One speaker's largest figure in the mention: adding figures repeated
            // in other words ("14 civilians" … "14 morts") would double them.
            let e = per.entry(okey).or_insert((camp, 0, None, None));
            if v.round() as u32 >= e.1 {
                e.1 = v.round() as u32;
                e.2 = Some(q.low.unwrap_or(v) as u32);
                e.3 = q.high.map(|h| h as u32);
            }
        }
        for (okey, (camp, v, low, high)) in per {
            let t = tolls.entry(okey.clone()).or_insert(OriginToll {
                origin: okey,
                camp,
                killed: None,
                low: None,
                high: None,
                docs: Vec::new(),
            });
            if t.killed.is_none_or(|k| v > k) {
                t.killed = Some(v);
                t.low = low;
                t.high = high;
            }
            if !t.docs.contains(&m.doc.id) {
                t.docs.push(m.doc.id.clone());
            }
        }
    }
    let by_source: Vec<OriginToll> = tolls.into_values().collect();
    let figures: Vec<u32> = by_source.iter().filter_map(|t| t.killed).collect();
    let (low, high) = (figures.iter().min().copied(), figures.iter().max().copied());
    let best = match best_rule {
        BestRule::Conservative => low,
        BestRule::Highest => high,
        BestRule::Median => {
            let mut f = figures.clone();
            f.sort();
            f.get(f.len().saturating_sub(1) / 2).copied()
        }
    };
    let denial = sources
        .iter()
        .flat_map(|s| &s.voices)
        .any(|v| v.stance == Stance::Denies);
    let toll_split =
        matches!((low, high), (Some(l), Some(h)) if h > 2 * l.max(1) || (l == 0 && h > 0));
    let fatalities = Toll {
        low,
        best,
        high,
        by_source,
        disputed: toll_split || (denial && high.is_some_and(|h| h > 0)),
    };

    // Contradictions between camps, with both sides' words.
    let mut contradictions: Vec<Contradiction> = Vec::new();
    let side_of = |s: &IncidentSource, v: &SourceVoice| Side {
        doc: s.doc.clone(),
        origin: s.origin.clone(),
        camp: v.camp.clone(),
        speaker: v.name.clone(),
        text: v.text.clone(),
        span: v.span,
    };
    let voices: Vec<(&IncidentSource, &SourceVoice)> = sources
        .iter()
        .flat_map(|s| s.voices.iter().map(move |v| (s, v)))
        .collect();
    let partisan = |c: Option<&str>| matches!(c, Some("government" | "rebel" | "jihadist"));
    // A denial against what another camp asserts.
    if let Some((s, v)) = voices.iter().find(|(_, v)| v.stance == Stance::Denies)
        && let Some((s2, v2)) = voices
            .iter()
            .find(|(_, w)| w.stance == Stance::Asserts && w.camp != v.camp)
    {
        contradictions.push(Contradiction {
            kind: "denial".into(),
            summary: format!(
                "{} denies what {} asserts",
                v.name,
                if v2.kind == "writer" {
                    s2.outlet.clone().unwrap_or(s2.doc.clone())
                } else {
                    v2.name.clone()
                }
            ),
            a: side_of(s, v),
            b: side_of(s2, v2),
        });
    }
    // Opposite outcomes: in a fight, each camp claims the upper hand.
    if event_type == "Battles" {
        let claim_of = |camp: &[&str]| {
            voices.iter().find(|(_, v)| {
                v.kind != "writer"
                    && v.stance == Stance::Asserts
                    && v.camp.as_deref().is_some_and(|c| camp.contains(&c))
            })
        };
        if let (Some((s, v)), Some((s2, v2))) =
            (claim_of(&["government"]), claim_of(&["rebel", "jihadist"]))
        {
            contradictions.push(Contradiction {
                kind: "outcome".into(),
                summary: format!("{} and {} give opposite accounts", v.name, v2.name),
                a: side_of(s, v),
                b: side_of(s2, v2),
            });
        }
    }
    // Different perpetrators of a one-sided event.
    if matches!(
        event_type.as_str(),
        "Violence against civilians" | "Explosions/Remote violence"
    ) {
        let named: Vec<(&Member, &EventActor)> = members
            .iter()
            .filter_map(|m| {
                m.event
                    .actor1
                    .as_ref()
                    .filter(|a| a.span.is_some())
                    .map(|a| (*m, a))
            })
            .collect();
        if let Some((m1, x)) = named.first()
            && let Some((m2, y)) = named.iter().find(|(_, y)| {
                partisan(y.camp.as_deref()) && y.camp != x.camp && partisan(x.camp.as_deref())
            })
        {
            let s1 = sources.iter().find(|s| s.doc == m1.doc.id).expect("source");
            let s2 = sources.iter().find(|s| s.doc == m2.doc.id).expect("source");
            let ev = |m: &Member, s: &IncidentSource, a: &EventActor| Side {
                doc: s.doc.clone(),
                origin: s.origin.clone(),
                camp: a.camp.clone(),
                speaker: a.name.clone(),
                text: m
                    .event
                    .evidence
                    .first()
                    .map(|sp| slice(&m.doc.text, *sp))
                    .unwrap_or_default(),
                span: m.event.evidence.first().copied().unwrap_or_default(),
            };
            contradictions.push(Contradiction {
                kind: "perpetrator".into(),
                summary: format!(
                    "{} or {}: the reports name different perpetrators",
                    x.name, y.name
                ),
                a: ev(m1, s1, x),
                b: ev(m2, s2, y),
            });
        }
    }
    if toll_split
        && let (Some(lo), Some(hi)) = (
            fatalities
                .by_source
                .iter()
                .filter(|t| t.killed.is_some())
                .min_by_key(|t| t.killed),
            fatalities
                .by_source
                .iter()
                .filter(|t| t.killed.is_some())
                .max_by_key(|t| t.killed),
        )
    {
        let side = |t: &OriginToll| {
            let s = sources
                .iter()
                .find(|s| t.docs.contains(&s.doc))
                .expect("a source of the figure");
            Side {
                doc: s.doc.clone(),
                origin: t.origin.clone(),
                camp: t.camp.clone(),
                speaker: origin_label(&t.origin, reg, &sources),
                text: s.voices.first().map(|v| v.text.clone()).unwrap_or_default(),
                span: s.voices.first().map(|v| v.span).unwrap_or_default(),
            }
        };
        contradictions.push(Contradiction {
            kind: "toll".into(),
            summary: format!(
                "{} reports {} killed, {} {}",
                origin_label(&hi.origin, reg, &sources),
                hi.killed.unwrap_or(0),
                origin_label(&lo.origin, reg, &sources),
                lo.killed.unwrap_or(0)
            ),
            a: side(hi),
            b: side(lo),
        });
    }

    // Grade: from origins, their independence and their camps.
    let mut origins_seen: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    for s in &sources {
        origins_seen
            .entry(s.origin.as_str())
            .or_insert(s.camp.as_deref());
    }
    let actor_camps: Vec<&str> = [&actor1, &actor2]
        .into_iter()
        .flatten()
        .filter_map(|a| a.camp.as_deref())
        .collect();
    let independent_origins: Vec<&str> = origins_seen
        .iter()
        .filter(|(_, c)| {
            independent(**c) || c.is_some_and(|c| c == "international" && !actor_camps.contains(&c))
        })
        .map(|(o, _)| *o)
        .collect();
    let partisan_camps: std::collections::BTreeSet<&str> = origins_seen
        .values()
        .filter_map(|c| *c)
        .filter(|c| !independent(Some(c)) && (*c != "international" || actor_camps.contains(c)))
        .collect();
    let acting = actor1.as_ref().and_then(|a| a.camp.clone());
    let acknowledged = acting.as_deref().is_some_and(|c| {
        sources.iter().any(|s| {
            s.camp.as_deref() == Some(c) && s.voices.iter().any(|v| v.stance == Stance::Asserts)
        })
    });
    let label = |o: &str| origin_label(o, reg, &sources);
    let (grade, grade_reason) = if let Some(c) = contradictions.first() {
        (Grade::Contested, format!("contested: {}", c.summary))
    } else if acknowledged && !independent_origins.is_empty() {
        (
            Grade::Confirmed,
            format!(
                "confirmed: {} acknowledges it and {} independent origin{} report{} it ({})",
                actor1
                    .as_ref()
                    .map(|a| a.name.as_str())
                    .unwrap_or("the acting party"),
                independent_origins.len(),
                if independent_origins.len() == 1 {
                    ""
                } else {
                    "s"
                },
                if independent_origins.len() == 1 {
                    "s"
                } else {
                    ""
                },
                independent_origins
                    .iter()
                    .map(|o| label(o))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    } else if independent_origins.len() + partisan_camps.len() >= 2 {
        (
            Grade::Corroborated,
            format!(
                "corroborated: {} origins report it ({})",
                origins_seen.len(),
                origins_seen
                    .keys()
                    .map(|o| label(o))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    } else {
        let who = if partisan_camps.len() == 1 && independent_origins.is_empty() {
            format!(
                "only {} sources",
                partisan_camps
                    .iter()
                    .next()
                    .copied()
                    .unwrap_or("one camp's")
            )
        } else {
            format!(
                "only {} ({} origin{})",
                origins_seen
                    .keys()
                    .next()
                    .map(|o| label(o))
                    .unwrap_or_default(),
                origins_seen.len(),
                if origins_seen.len() == 1 { "" } else { "s" }
            )
        };
        let what = match fatalities.best {
            Some(k) if k > 0 => format!("{k} killed"),
            _ => "it".into(),
        };
        (
            Grade::Claimed,
            format!(
                "claimed: {who} report{} {what}",
                if origins_seen.len() == 1 { "s" } else { "" }
            ),
        )
    };

    Incident {
        id: 0,
        event_type,
        sub_event_type,
        date,
        location,
        actor1,
        assoc_actor_1,
        actor2,
        assoc_actor_2,
        grade,
        grade_reason,
        fatalities,
        sources,
        contradictions,
        background: members.iter().all(|m| m.event.background),
        history: Vec::new(),
    }
}

/// An actor without the span of one document (an incident's actors are everyone's).
fn strip(a: &EventActor) -> EventActor {
    EventActor {
        span: None,
        ..a.clone()
    }
}

fn slice(text: &str, s: Span) -> String {
    text.get(s.start as usize..s.end as usize)
        .unwrap_or("")
        .to_string()
}
