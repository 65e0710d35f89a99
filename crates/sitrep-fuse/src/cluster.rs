//! Which event mentions tell the same incident.
//!
//! Two mentions link when their types are compatible (an attack and a clash can be one
//! incident; a strike and a protest cannot), their dates overlap given each one's
//! precision, their places agree given each one's precision, and their actors do not
//! exclude each other. Incidents are the connected components of that graph: a set
//! function of the mentions, so the result does not depend on the order they came in,
//! and a new mention only ever joins (and may merge) the incidents it links to.
//! Candidate pairs come from a sweep over dates and a grid over places, never all pairs.

use sitrep_core::records::EventMention;

/// What linking needs of a mention, precomputed.
#[derive(Debug, Clone)]
pub struct Key {
    pub doc: i64,
    pub background: bool,
    pub family: u8,
    /// Strategic developments link only within a sub-type.
    pub sub: String,
    /// Days since 1970 of the interval, widened by the date's precision.
    pub lo: i32,
    pub hi: i32,
    pub place: Option<(f64, f64, f64)>,
    /// Actor ids (actor1, actor2), when resolved.
    pub actors: Vec<String>,
    /// The report gives the date (an undated mention carries its report's date).
    pub dated: bool,
}

/// Event type families: an attack and a clash can be one incident told differently
/// (battles and violence against civilians), demonstrations and riots likewise; a
/// strike from the air or a mine is not a ground fight, and a development stays what it
/// is (within its sub-type).
pub fn family(event_type: &str) -> u8 {
    match event_type {
        "Battles" | "Violence against civilians" => 1,
        "Protests" | "Riots" => 2,
        "Strategic developments" => 3,
        "Explosions/Remote violence" => 5,
        _ => 4,
    }
}

fn days(d: sitrep_core::Date) -> i32 {
    d.since(sitrep_core::Date::constant(1970, 1, 1))
        .map(|s| s.get_days())
        .unwrap_or(0)
}

/// Widening of a date by its precision (days): 1 day, 2 week, 3 month.
fn date_slack(precision: u8) -> i32 {
    // A day is a day: reports of the same event give the same day, and a day's slack
    // would chain one day's incident to the next's.
    match precision {
        0 | 1 => 0,
        2 => 3,
        _ => 31,
    }
}

/// Widening of a place by its precision (km): 1 a town, 2 near it, 3 a region.
fn place_slack(geo_precision: u8) -> f64 {
    match geo_precision {
        0 | 1 => 30.0,
        2 => 60.0,
        _ => 200.0,
    }
}

impl Key {
    /// An open interval ("since 3 November") is anchored on its start: a campaign of
    /// strikes "since the 3rd" is not every strike up to the report.
    pub fn of(doc: i64, e: &EventMention, published: Option<sitrep_core::Date>) -> Key {
        let _ = published;
        let dated = e.date.as_ref().is_some_and(|d| d.span.is_some());
        let (lo, hi) = match &e.date {
            // Undated in the report (it carries the report's date): something of the
            // last two days before it.
            Some(d) if !dated => match d.start.map(days) {
                Some(p) => (p - 2, p),
                None => (i32::MIN / 2, i32::MAX / 2),
            },
            Some(d) => {
                let start = d.start.map(days);
                let end = d.end.map(days).or(start);
                let s = date_slack(d.precision);
                // A span of days ("from 11 to 13 November") links by its first day:
                // a range would bridge the incidents of every day it covers.
                let _ = end;
                match start {
                    Some(a) => (a - s, a + s),
                    None => (i32::MIN / 2, i32::MAX / 2),
                }
            }
            None => (i32::MIN / 2, i32::MAX / 2),
        };
        let place = e
            .location
            .as_ref()
            .and_then(|l| Some((l.lat?, l.lon?, place_slack(l.geo_precision))));
        let actors = [&e.actor1, &e.actor2]
            .into_iter()
            .flatten()
            .filter_map(|a| a.actor_id.clone())
            .collect();
        Key {
            doc,
            background: e.background,
            family: family(&e.event_type),
            sub: e.sub_event_type.clone(),
            lo,
            hi,
            place,
            actors,
            dated,
        }
    }
}

pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

/// True when two mentions tell the same incident.
pub fn link(a: &Key, b: &Key) -> bool {
    // A strike one report calls an attack: remote violence and a ground fight or an
    // attack on civilians join when both are dated to the same day at the same place.
    let same_day_strike = matches!((a.family, b.family), (1, 5) | (5, 1))
        && a.dated
        && b.dated
        && a.lo == b.lo
        && a.hi == b.hi
        && a.place.is_some()
        && b.place.is_some()
        && (a.actors.is_empty()
            || b.actors.is_empty()
            || a.actors.iter().any(|x| b.actors.contains(x)));
    if a.doc == b.doc || a.background != b.background || (a.family != b.family && !same_day_strike)
    {
        return false;
    }
    // Developments link within a sub-type; "Other" (a withdrawal with no taker named)
    // joins a transfer of the same day and place told with more detail.
    if a.family == 3 && a.sub != b.sub {
        let other = a.sub == "Other" || b.sub == "Other";
        if !(other && a.dated && b.dated && a.lo == b.lo && a.place.is_some() && b.place.is_some())
        {
            return false;
        }
    }
    if a.hi < b.lo || b.hi < a.lo {
        return false;
    }
    let shared_actor = a.actors.iter().any(|x| b.actors.contains(x));
    // A report's own date says little: an undated mention joins a dated one only at
    // the same place with a shared actor, and two undated ones never link.
    if (!a.dated || !b.dated)
        && ((!a.dated && !b.dated) || !shared_actor || a.place.is_none() || b.place.is_none())
    {
        return false;
    }
    match (a.place, b.place) {
        (Some((la, oa, sa)), Some((lb, ob, sb))) => {
            if haversine_km(la, oa, lb, ob) > sa.max(sb) {
                return false;
            }
        }
        // Without a place on one side, the actors must meet.
        _ => {
            if !shared_actor {
                return false;
            }
        }
    }
    // Two sides each named on both mentions, and none in common: two incidents.
    !(a.actors.len() >= 2 && b.actors.len() >= 2 && !shared_actor)
}

/// Union-find over mention indices.
pub struct Sets(Vec<usize>);

impl Sets {
    pub fn new(n: usize) -> Sets {
        Sets((0..n).collect())
    }

    pub fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }

    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index is the root: deterministic whatever the order of unions.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// The connected components of the link graph, each sorted, in order of their first
/// member. Candidates come from a sweep over dates (only mentions whose widened
/// intervals overlap are compared), bucketed by a 1° grid where places are known.
pub fn components(keys: &[Key]) -> Vec<Vec<usize>> {
    let n = keys.len();
    let mut sets = Sets::new(n);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (keys[i].lo, i));
    // Active mentions (their interval still open), split by grid cell and "no place".
    let mut active: Vec<usize> = Vec::new();
    let cell = |k: &Key| {
        k.place
            .map(|(la, lo, _)| ((la.floor() as i32), (lo.floor() as i32)))
    };
    for &i in &order {
        let k = &keys[i];
        active.retain(|&j| keys[j].hi >= k.lo);
        let ci = cell(k);
        for &j in &active {
            let kj = &keys[j];
            // Places more than a cell and a half apart cannot be within 200 km.
            if let (Some((a, b)), Some((c, d))) = (ci, cell(kj))
                && ((a - c).abs() > 2 || (b - d).abs() > 2)
            {
                continue;
            }
            if link(k, kj) {
                sets.union(i, j);
            }
        }
        active.push(i);
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..n {
        let r = sets.find(i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(doc: i64, day: i32, place: Option<(f64, f64)>, fam: u8, actors: &[&str]) -> Key {
        Key {
            doc,
            background: false,
            family: fam,
            sub: "Armed clash".into(),
            lo: day - 1,
            hi: day + 1,
            place: place.map(|(a, b)| (a, b, 30.0)),
            actors: actors.iter().map(|s| s.to_string()).collect(),
            dated: true,
        }
    }

    const KIDAL: (f64, f64) = (18.44, 1.41);
    const GAO: (f64, f64) = (16.27, -0.04);

    #[test]
    fn same_day_same_place_same_family_links() {
        let a = key(1, 100, Some(KIDAL), 1, &["mli_army"]);
        let b = key(2, 100, Some(KIDAL), 1, &["csp_psd"]);
        assert!(link(&a, &b));
        // Another place, another day, a protest, the same document: no.
        assert!(!link(&a, &key(2, 100, Some(GAO), 1, &[])));
        assert!(!link(&a, &key(2, 110, Some(KIDAL), 1, &[])));
        assert!(!link(&a, &key(2, 100, Some(KIDAL), 2, &[])));
        assert!(!link(&a, &key(1, 100, Some(KIDAL), 1, &[])));
        // Both sides named and disjoint: two different fights.
        let c = key(3, 100, Some(KIDAL), 1, &["mli_army", "csp_psd"]);
        let d = key(4, 100, Some(KIDAL), 1, &["jnim", "gatia"]);
        assert!(!link(&c, &d));
    }

    #[test]
    fn components_do_not_depend_on_order() {
        let mut keys = vec![
            key(1, 100, Some(KIDAL), 1, &[]),
            key(2, 100, Some(KIDAL), 1, &[]),
            key(3, 101, Some(KIDAL), 1, &[]),
            key(4, 100, Some(GAO), 1, &[]),
            key(5, 200, Some(KIDAL), 1, &[]),
        ];
        let docs = |ks: &[Key], cs: Vec<Vec<usize>>| -> Vec<Vec<i64>> {
            let mut v: Vec<Vec<i64>> = cs
                .into_iter()
                .map(|c| {
                    let mut d: Vec<i64> = c.iter().map(|&i| ks[i].doc).collect();
                    d.sort();
                    d
                })
                .collect();
            v.sort();
            v
        };
        let a = docs(&keys, components(&keys));
        keys.reverse();
        let b = docs(&keys, components(&keys));
        assert_eq!(a, b);
        assert_eq!(a, vec![vec![1, 2, 3], vec![4], vec![5]]);
    }
}
