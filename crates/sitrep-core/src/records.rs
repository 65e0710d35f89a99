//! The records the annotate and interpret stages produce (DESIGN §3), serialized as the
//! `extract` JSON contract (DESIGN §4). Field names here *are* the contract: add fields
//! freely, never rename or remove one.
//!
//! `None` serializes as `null` and means "not stated"; `Some(0)` means "stated as none".

use crate::{Date, Span};
use serde::{Deserialize, Serialize};

/// TimeML TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// What a relative time expression was resolved against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeAnchor {
    /// `publication` (the document date) or `mention` (an earlier time in the text).
    pub kind: String,
    /// Index into `mentions.times` when `kind` is `mention`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub index: Option<usize>,
    /// The anchor's own TimeML value.
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
}

/// A temporal expression with its TimeML value and the calendar interval it denotes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeMention {
    pub text: String,
    pub span: Span,
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// TimeML value: `2023-11-11`, `2023-11`, `2023-W45`, `2023-11-03TNI`, `P3W`, `PAST_REF`.
    pub value: String,
    /// First day of the interval; `None` for durations or unanchored expressions.
    pub start: Option<Date>,
    /// Last day of the interval; `None` when open ("since October 21") or unknown.
    pub end: Option<Date>,
    /// ACLED time precision: 1 day, 2 week, 3 month or vaguer.
    pub precision: u8,
    pub anchor: Option<TimeAnchor>,
    /// TimeML `mod` (APPROX, START, MID, END, BEFORE, AFTER, ON_OR_AFTER…).
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
    /// For an interval ("from 11 to 13 November"): its two ends as TimeML tags them,
    /// each with its own span and value.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub parts: Vec<TimexPart>,
}

/// One end of an interval expression.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimexPart {
    pub text: String,
    pub span: Span,
    pub value: String,
}

/// "25 km west of Kidal": how a point was derived from an anchor place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceOffset {
    pub anchor: String,
    pub distance_km: Option<f64>,
    pub bearing_deg: Option<f64>,
    /// offset, near, outskirts, between, vicinity, region.
    #[serde(default)]
    pub relation: String,
}

/// A place named in the text, resolved against the gazetteer when possible.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceMention {
    pub text: String,
    pub span: Span,
    pub name: String,
    pub geonames_id: Option<u64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    /// GeoNames feature class and code, e.g. `P.PPLA`.
    pub feature: Option<String>,
    /// ACLED geo precision: 1 town, 2 near a town / part of a region, 3 region.
    pub geo_precision: u8,
    /// False for a name no gazetteer knows (kept, never dropped).
    pub resolved: bool,
    pub offset: Option<PlaceOffset>,
    /// Why the stage believes this is where something happened (locative preposition,
    /// trigger noun) as opposed to a place merely mentioned; the events stage chooses.
    #[serde(default)]
    pub locative: bool,
    /// The name opens the report as its dateline: where it was filed, not said in a
    /// sentence of its own.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub dateline: Option<Dateline>,
}

/// How a report's dateline names its place. Local press (« Sévaré : … », "Gao - …")
/// names where it happened, as a headline's topic does; a wire's ("BAMAKO, Nov 8
/// (AFP) -") names where the reporter files from, often the capital, far from what
/// it tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dateline {
    Local,
    Wire,
}

/// An actor mention: a named group, an alias, a description resolved in context, a
/// person tied to a group, or a capital standing for its government.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    pub text: String,
    pub span: Span,
    /// Canonical name (ACLED spelling where ACLED has one); the text itself if unresolved.
    pub name: String,
    /// ACLED inter code: 1 state forces … 8 external/other.
    pub inter: Option<u8>,
    /// Which side: government, rebel, jihadist, international, militia, civilian, independent.
    pub camp: Option<String>,
    /// False for a group no dictionary knows (kept, never dropped).
    pub resolved: bool,
    /// How it was found: dictionary, alias, acronym, description, pronoun, person, metonym.
    #[serde(default)]
    pub via: String,
    /// Dictionary key of the canonical actor, when resolved.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub actor_id: Option<String>,
    /// ACLED's spelling in the report's year ("Military Forces of Mali (2021-)").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub acled_name: Option<String>,
    /// For a person or a described member ("a CSP-PSD spokesman"): the group they belong
    /// to or lead, by canonical name.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub affiliation: Option<String>,
    /// For a person: their role in that group (leader, spokesman, mayor, official…).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
}

/// A number in the text and what it counts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub text: String,
    pub span: Span,
    /// Best value (for "dozens" ACLED's conservative 12); `None` when only a range is known.
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// What is counted, as a normalized noun: people, civilians, children, soldiers,
    /// militants, vehicles, km, personnel…
    pub counts: Option<String>,
    #[serde(default)]
    pub approximate: bool,
    /// When they are casualties, what happened to them: killed, injured, missing,
    /// kidnapped, arrested, displaced. A casualty quantity with no value, low or high is
    /// a toll stated as unknown ("no assessment was possible"); value 0 is "no casualties".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub casualty: Option<String>,
    /// For a part of another figure ("fourteen civilians, including eight children"):
    /// the index of that quantity in the document's quantities. A part is never added to
    /// its whole.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub part_of: Option<usize>,
    /// For a figure out of a total ("6,500 of its 12,944 personnel"): the index of the
    /// total. Neither is a casualty.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub out_of: Option<usize>,
}

/// Who a claim comes from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    pub camp: Option<String>,
    /// actor, person, outlet, anonymous, writer.
    #[serde(default)]
    pub kind: String,
    /// The dictionary actor speaking (for a person: the group they speak for).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub actor_id: Option<String>,
    /// How the speaker was found: named, pronoun (resolved to an earlier subject),
    /// inherited (a participle continuing the previous cue's speaker).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub via: Option<String>,
    /// The words naming the speaker (the pronoun itself when resolved from one).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<Span>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    #[default]
    Asserts,
    Denies,
}

/// Who says what, when, through which channel, how sure.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub by: Speaker,
    /// press release, communiqué, statement, social networks, interview, television…
    pub channel: Option<String>,
    pub said_on: Option<Date>,
    /// The cue word as written ("claimed", "selon", "a dénoncé").
    pub cue: Option<String>,
    pub stance: Stance,
    /// An accusation ("denounced", « a dénoncé »): the speaker blames another party for
    /// what it reports, so it is not the author of the events it carries.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub accuses: bool,
    pub hedged: bool,
    /// The content of the claim (the quoted or reported words).
    pub span: Span,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cue_span: Option<Span>,
    /// Where it says it: the channel phrase and the time it was said, as written.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub channel_span: Option<Span>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub said_on_span: Option<Span>,
    /// The quotations inside the content (“…”, « … »), marks included.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub quotes: Vec<Span>,
    /// Indices into the document's time and place mentions inside the content: what
    /// the claim says happened when and where.
    #[serde(default)]
    pub times: Vec<usize>,
    #[serde(default)]
    pub places: Vec<usize>,
    /// Indices into the document's event mentions this claim carries.
    #[serde(default)]
    pub events: Vec<usize>,
}

/// An event's date as the events stage chose it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    pub value: String,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub precision: u8,
    pub span: Option<Span>,
}

/// An event's place as the events stage chose it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventLocation {
    pub name: String,
    pub geonames_id: Option<u64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub geo_precision: u8,
    pub offset: Option<PlaceOffset>,
    pub span: Option<Span>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    pub name: String,
    pub inter: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub camp: Option<String>,
    /// The words naming it; `None` for an actor ACLED's conventions supply (the
    /// unidentified armed group, the civilians of a one-sided attack, a coalition).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<Span>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub actor_id: Option<String>,
    /// ACLED's spelling in the event's year.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub acled_name: Option<String>,
}

/// Casualties as stated: `None` not stated, `Some(0)` stated as none.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Fatalities {
    pub killed: Option<u32>,
    pub injured: Option<u32>,
    pub civilians_killed: Option<u32>,
    pub children_killed: Option<u32>,
}

/// One event as one document reports it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    pub event_type: String,
    pub sub_event_type: String,
    pub date: Option<EventDate>,
    pub location: Option<EventLocation>,
    pub actor1: Option<EventActor>,
    pub assoc_actor_1: Vec<EventActor>,
    pub actor2: Option<EventActor>,
    pub assoc_actor_2: Vec<EventActor>,
    pub fatalities: Fatalities,
    /// The claims that carry this event; empty when it is the writer's own statement.
    pub claims: Vec<Claim>,
    /// History, hypotheticals and generic statements: kept, but out of the ledger.
    pub background: bool,
    pub evidence: Vec<Span>,
    /// Indices into the document's quantities of the casualty figures it counts (so
    /// fusion can tell whose figure each is).
    #[serde(default)]
    pub casualties: Vec<usize>,
}

/// How well an incident is established (DESIGN §3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    /// One origin, or only one camp's partisan sources.
    #[default]
    Claimed,
    /// Two or more independent origins.
    Corroborated,
    /// The acting party acknowledges it and an independent origin reports it.
    Confirmed,
    /// Camps or independent origins contradict each other on whether it happened, who
    /// did it, or its toll.
    Contested,
}

impl Grade {
    pub fn as_str(&self) -> &'static str {
        match self {
            Grade::Claimed => "claimed",
            Grade::Corroborated => "corroborated",
            Grade::Confirmed => "confirmed",
            Grade::Contested => "contested",
        }
    }
}

/// One document's part in an incident.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IncidentSource {
    /// The document's external id.
    pub doc: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    /// Documents with the same origin are one source: a dispatch and its
    /// republications, a release and its translation.
    pub origin: String,
    /// How the origin was found: credit line, outlet registry, near-duplicate text,
    /// translation, or the document itself.
    pub origin_via: String,
    /// The camp this document speaks for (its claims' speakers, else its outlet's).
    pub camp: Option<String>,
    /// Who speaks in it about the incident (claim speakers; "writer" for the document's
    /// own voice).
    pub voices: Vec<SourceVoice>,
    /// The event mention(s) of this document in the incident (ordinals in its events).
    pub mentions: Vec<usize>,
    /// Evidence spans in the document's text.
    pub evidence: Vec<Span>,
    /// Deaths this document reports for the incident.
    pub killed: Option<u32>,
}

/// A speaker in a source, with what they say about the incident.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceVoice {
    pub name: String,
    pub camp: Option<String>,
    /// actor, person, anonymous, writer.
    pub kind: String,
    pub stance: Stance,
    pub hedged: bool,
    /// The words of the claim (the event's evidence for the writer's own voice).
    pub text: String,
    pub span: Span,
}

/// One origin's death toll.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OriginToll {
    pub origin: String,
    pub camp: Option<String>,
    pub killed: Option<u32>,
    pub low: Option<u32>,
    pub high: Option<u32>,
    /// The documents that give this figure.
    pub docs: Vec<String>,
}

/// Deaths across origins: low, best (ACLED's conservative rule by default), high.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Toll {
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
    pub by_source: Vec<OriginToll>,
    /// The figures differ by more than a factor of two, or one origin denies deaths
    /// another reports.
    pub disputed: bool,
}

/// One side of a contradiction.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Side {
    pub doc: String,
    pub origin: String,
    pub camp: Option<String>,
    pub speaker: String,
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contradiction {
    /// outcome, denial, perpetrator, toll.
    pub kind: String,
    pub summary: String,
    pub a: Side,
    pub b: Side,
}

/// One change to an incident, never overwritten.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// When (UTC, RFC 3339).
    pub at: String,
    /// created, source_added, toll_changed, grade_changed, merged, split, updated.
    pub change: String,
    pub reason: String,
}

/// An incident: one event, fused from the mentions of every report that tells it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    pub id: i64,
    pub event_type: String,
    pub sub_event_type: String,
    pub date: Option<EventDate>,
    pub location: Option<EventLocation>,
    pub actor1: Option<EventActor>,
    pub assoc_actor_1: Vec<EventActor>,
    pub actor2: Option<EventActor>,
    pub assoc_actor_2: Vec<EventActor>,
    pub grade: Grade,
    pub grade_reason: String,
    pub fatalities: Toll,
    pub sources: Vec<IncidentSource>,
    pub contradictions: Vec<Contradiction>,
    pub background: bool,
    /// Its history, newest last (filled by `show` and the API's incident view).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub history: Vec<HistoryEntry>,
}
