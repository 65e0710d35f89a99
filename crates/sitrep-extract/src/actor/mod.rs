//! The actor stage: who is named in a report, as one of the dictionary's actors
//! (DESIGN §3 Actor).
//!
//! Four ways in, in this order: the dictionary's names, acronyms and people
//! ("Malian Armed Forces", "FAMa", "Iyad Ag Ghali"); aliases a report teaches
//! ("Permanent Strategic Framework … (CSP-PSD)"); capitals standing for their state (from
//! the place stage); descriptions resolved in context ("the rebels" is the rebel group the
//! report names, "the junta" the state of the report's country, "mercenaries" the
//! mercenary force in play). Unknown groups are kept as unresolved mentions.

pub mod dict;
pub mod lex;

use crate::WordStage;
use crate::resources::Resources;
use crate::words::{Starts, WordBits, Words};
use dict::{ActorDict, Day};
use lex::{A, ActorLex};
use sitrep_core::records::ActorMention;
use sitrep_core::{Doc, Lang, Span, TokenKind};
use std::sync::Arc;

pub struct ActorStage {
    res: Arc<Resources>,
    /// Per language, indexed by word id: its [`WANTED`] and [`ROLE`] bits ([`codes`]).
    first: [Vec<u8>; 2],
}

impl ActorStage {
    pub fn new(res: Arc<Resources>) -> ActorStage {
        let first = [Lang::En, Lang::Fr].map(|lang| {
            let (dict, lex) = (res.actors(), res.actor_lex(lang));
            (0..res.vocab(lang).len() as u32)
                .map(|id| {
                    let d = if dict.starts_with_id(lang, id) {
                        DICT
                    } else {
                        0
                    };
                    let f = lex.first_kinds(id) | d;
                    let bit = |mask: u32, bit: u8| if f & mask != 0 { bit } else { 0 };
                    bit(SCANNED, WANTED) | bit(A::Role.bit(), ROLE)
                })
                .collect()
        });
        ActorStage { res, first }
    }
}

/// A mention before resolution: a dictionary actor, or a description to resolve.
#[derive(Debug, Clone)]
struct Found {
    a: usize,
    b: usize,
    actor: Option<usize>,
    via: &'static str,
    /// For descriptions: the class ("rebel", "army"…) and a country from a demonym.
    class: Option<String>,
    country: Option<String>,
    role: Option<String>,
    person: Option<String>,
    /// For a group no dictionary knows: its full name, as the report gives it.
    name: Option<String>,
}

impl Found {
    fn new(a: usize, b: usize, actor: Option<usize>, via: &'static str) -> Found {
        Found {
            a,
            b,
            actor,
            via,
            class: None,
            country: None,
            role: None,
            person: None,
            name: None,
        }
    }
}

impl WordStage for ActorStage {
    fn name(&self) -> &'static str {
        "actor"
    }

    fn run(&self, doc: &mut Doc, w: &Words) {
        let lang = doc.lang();
        let dict = self.res.actors();
        let lex = self.res.actor_lex(lang);
        let day = doc.published().map(dict::day_of);
        // A field borrow, not `doc.text()`: the stage replaces `doc.actors` meanwhile.
        let text: &str = &doc.document.text;
        // Each place's country code by its name, asked once: the countries below and
        // [`focus_country`] read it.
        let name_codes: Vec<Option<&str>> = doc
            .places
            .iter()
            .map(|p| self.res.gazetteer().country_code(&p.name))
            .collect();
        // (The codes borrowed from the gazetteer: a copy each cost an allocation.)
        let countries: Vec<(usize, usize, &str)> = doc
            .places
            .iter()
            .zip(&name_codes)
            .filter_map(|(p, c)| {
                let c = (*c)?;
                let (a, b) = w.bounds_of(p.span);
                Some((a, b, c))
            })
            .collect();
        let starts = codes(w, &self.first[lang as usize], &countries);
        let mut found = scan(w, text, lang, dict, lex, &starts, &countries);
        learn_aliases(w, text, lex, &starts, &mut found);
        let focus = focus_country(doc, &name_codes, dict, &found, self.res.as_ref())
            .or_else(|| self.res.default_country().map(str::to_string));
        let metonyms = std::mem::take(&mut doc.actors);
        // (One a metonym and one a found mention: room for all at once.)
        let mut out: Vec<ActorMention> = Vec::with_capacity(metonyms.len() + found.len());
        // Capitals standing for their state ("received by Bamako").
        for m in metonyms {
            let iso = self
                .res
                .gazetteer()
                .country_code(&m.name)
                .map(str::to_string);
            let actor = iso
                .as_deref()
                .and_then(|c| dict.of_country(c, &["military", "government"]));
            out.push(match actor {
                Some(i) => mention(dict, i, &m.text, m.span, "metonym", day),
                None => m,
            });
        }
        throngs_protesting(w, lex, dict, &mut found);
        resolve(w, text, dict, &mut found, focus.as_deref(), day);
        let told = affiliate(w, lex, dict, &mut found);
        if !told.is_empty() {
            let mut i = 0;
            found.retain(|_| {
                i += 1;
                !told.contains(&(i - 1))
            });
        }
        let places: Vec<(usize, usize)> = doc.places.iter().map(|p| w.bounds_of(p.span)).collect();
        roles(w, text, lex, &starts, &places, &mut found);
        for f in &found {
            let span = w.span(f.a, f.b);
            let t = span.of(text);
            let mut m = match f.actor {
                Some(i) => mention(dict, i, t, span, f.via, day),
                None => ActorMention {
                    text: t.to_string(),
                    span,
                    name: f.name.clone().unwrap_or_else(|| t.to_string()),
                    inter: inter_of_class(f.class.as_deref()),
                    camp: camp_of_class(f.class.as_deref()),
                    resolved: false,
                    via: f.via.to_string(),
                    ..ActorMention::default()
                },
            };
            if let Some(p) = &f.person {
                // A person is named as such, tied to the group they belong to.
                m.affiliation = f.actor.map(|i| dict.actors[i].name.clone());
                m.name = p.clone();
                m.role = f.role.clone();
                m.via = "person".into();
            } else if f.role.is_some() {
                m.role = f.role.clone();
            }
            out.push(m);
        }
        out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        doc.actors = out;
    }
}

/// "Two protesters were killed when police opened fire on a crowd", « deux manifestants
/// tués quand la police a tiré sur la foule »: a gathering named by no cause, in a
/// sentence that names protesters, is them, not a mob.
/// (Only facing a state's forces there: "Protesters clashed with a crowd" are two
/// crowds; and "a crowd of youths" is who it says.)
fn throngs_protesting(w: &Words, lex: &ActorLex, dict: &ActorDict, found: &mut [Found]) {
    for k in 0..found.len() {
        let f = &found[k];
        if f.via != "description" || f.class.as_deref() != Some("rioters") {
            continue;
        }
        let throng = (f.a..f.b).any(|i| lex.get(A::Throng, w, i).is_some_and(|(e, _)| e == f.b))
            && w.get(f.b)
                .is_none_or(|_| !matches!(w.norm(f.b), "of" | "de" | "d"));
        let here = |pred: &dyn Fn(&Found) -> bool| {
            found.iter().any(|g| w.same_sentence(g.a, f.a) && pred(g))
        };
        let protesters = || here(&|g| g.class.as_deref() == Some("protesters"));
        let force = || {
            here(&|g| {
                matches!(g.class.as_deref(), Some("police" | "army"))
                    || g.actor.is_some_and(|i| dict.actors[i].inter == 1)
            })
        };
        if throng && protesters() && force() {
            found[k].class = Some("protesters".to_string());
        }
    }
}

/// Unnamed gunmen who say whose they are are that group's: "armed men who identified
/// themselves as fighters of the Katiba Macina", « des hommes armés se réclamant de la
/// katiba Macina », "gunmen believed to belong to JNIM". (A group named within two
/// words past the phrase, neither unnamed itself nor civilians.)
/// Returns the mentions of the people who told it in a relative clause ("whom residents
/// identified as Islamic State fighters"): no party to what the gunmen did, nor the
/// subject of the verb after the group's name.
fn affiliate(w: &Words, lex: &ActorLex, dict: &ActorDict, found: &mut [Found]) -> Vec<usize> {
    let mut inside = Vec::new();
    let unnamed = |x: usize| matches!(dict.actors[x].camp.as_str(), "unidentified" | "civilian");
    for k in 0..found.len() {
        // (Resolved to a country's unidentified group, or a description of gunmen where
        // no country is known.)
        // (Or the unidentified group of a camp: « un groupe jihadiste lié à l'État
        // islamique ».)
        // (Or militants the country has no unidentified group of: "militants linked to
        // al Qaeda" in Burkina Faso.)
        let gunmen = match found[k].actor {
            Some(x) => {
                dict.actors[x].camp == "unidentified" || dict.actors[x].kind == "unidentified"
            }
            None => matches!(
                found[k].class.as_deref(),
                Some("gunmen" | "jihadist" | "terrorist")
            ),
        };
        if !gunmen {
            continue;
        }
        let mut j = found[k].b;
        // (Past how they came: "gunmen on motorcycles believed to be…", « des hommes
        // armés à moto, présumés membres de… ».)
        if matches!(w.norm(j), "on" | "aboard" | "a" | "en")
            && let Some(p) = (j + 2..(j + 4).min(w.len()))
                .find(|&p| w.norm(p) == "," || lex.get(A::Affiliated, w, p).is_some())
        {
            j = p;
        }
        if w.norm(j) == "," {
            j += 1;
        }
        if matches!(w.norm(j), "who" | "qui") {
            j += 1;
        }
        // (Or past who tells it: "armed men whom residents identified as…", « des
        // hommes armés que des habitants ont identifiés comme… ».)
        let told = matches!(w.norm(j), "whom" | "que" | "qu");
        let phrase = |p: usize| {
            lex.get(A::Affiliated, w, p)
                .or_else(|| lex.get(A::AffiliatedTold, w, p).filter(|_| told))
        };
        let at = if told {
            (j + 2..(j + 7).min(w.len()))
                .take_while(|&p| !matches!(w.norm(p), "," | "." | ";"))
                .find(|&p| phrase(p).is_some())
        } else {
            Some(j)
        };
        let Some((p, (e, _))) = at.and_then(|p| Some((p, phrase(p)?))) else {
            continue;
        };
        // (The group's mention may take in the phrase's member noun: « présumés [membres
        // du JNIM] ».)
        let named = (k + 1..found.len())
            .take_while(|&g| found[g].a <= e + 2)
            .find(|&g| found[g].a > p && found[g].actor.is_some_and(|y| !unnamed(y)));
        if let Some(g) = named {
            found[k].actor = found[g].actor;
            found[k].class = None;
            found[k].via = "affiliation";
            // (A party that told it stays, as a speaker: "whom the army said were JNIM
            // fighters".)
            if told {
                inside.extend((k + 1..g).filter(|&x| {
                    found[x]
                        .actor
                        .is_some_and(|y| dict.actors[y].camp == "civilian")
                        || found[x].class.as_deref() == Some("civilians")
                }));
            }
        }
    }
    inside
}

fn mention(
    dict: &ActorDict,
    i: usize,
    text: &str,
    span: Span,
    via: &str,
    day: Option<Day>,
) -> ActorMention {
    let a = &dict.actors[i];
    ActorMention {
        acled_name: Some(a.acled_name(day).to_string()),
        text: text.to_string(),
        span,
        name: a.name.clone(),
        inter: Some(a.inter_in(day)),
        camp: Some(a.camp.clone()),
        resolved: true,
        via: via.to_string(),
        actor_id: Some(a.id.clone()),
        ..ActorMention::default()
    }
}

fn inter_of_class(class: Option<&str>) -> Option<u8> {
    Some(match class? {
        "army" | "junta" | "government" | "police" => 1,
        "rebel" | "jihadist" | "terrorist" | "alqaeda" | "islamic_state" => 2,
        "gunmen" => 3,
        "militia" => 4,
        "rioters" => 5,
        "protesters" => 6,
        "civilians" => 7,
        "mercenary" | "un" | "guards" => 8,
        _ => return None,
    })
}

fn camp_of_class(class: Option<&str>) -> Option<String> {
    Some(
        match class? {
            "army" | "junta" | "government" | "police" | "mercenary" => "government",
            "rebel" => "rebel",
            "jihadist" | "terrorist" | "alqaeda" | "islamic_state" => "jihadist",
            "un" => "international",
            "militia" => "militia",
            "civilians" => "civilian",
            "gunmen" => "unidentified",
            "protesters" => "protesters",
            "rioters" => "rioters",
            "guards" => "other",
            _ => return None,
        }
        .to_string(),
    )
}

/// Where a word taking people out of a force ("former", « ex- ») starts, right before
/// word `i` (across the hyphen of « ex- »).
fn former_before(w: &Words, lex: &ActorLex, i: usize) -> Option<usize> {
    let mut p = i.checked_sub(1)?;
    if w.norm(p) == "-" {
        p = p.checked_sub(1)?;
    }
    lex.get(A::Former, w, p).map(|_| p)
}

/// [`Starts::EXTRA`] marks a word that starts a dictionary name, acronym or person's
/// name.
const DICT: u32 = Starts::EXTRA;

// `Starts` keeps bit 31 for the dictionary.
const _: () = assert!(A::ALL.len() <= 31);

/// The kinds [`scan`] looks for at a word (with a capital or a country name).
const SCANNED: u32 = DICT
    | A::Demonym.bit()
    | A::Desc.bit()
    | A::DescAfterNationality.bit()
    | A::DescContracted.bit()
    | A::Crowd.bit();

/// [`codes`]' bits: a phrase of a kind in [`SCANNED`] starts at the word, a role does
/// ([`roles`]), the word is capitalized, a country name starts at it, its text starts
/// with "(" ([`learn_aliases`]).
const WANTED: u8 = 1;
const ROLE: u8 = 2;
const CAPITAL: u8 = 4;
const COUNTRY: u8 = 8;
const PAREN: u8 = 16;

/// Each word's [`WANTED`], [`ROLE`], [`CAPITAL`], [`COUNTRY`] and [`PAREN`] bits: the
/// scans find their next word eight words a load, where [`scan`] tested three arrays at
/// each word (some ten instructions a word, for the one word in three or four it stops
/// at), and [`learn_aliases`] a word's kind and folded form (nine a word, for one word
/// in a few hundred).
fn codes(w: &Words, first: &[u8], countries: &[(usize, usize, &str)]) -> WordBits {
    let mut codes = WordBits::new(w, |x| {
        first.get(x.id as usize).copied().unwrap_or(0)
            | if x.cap { CAPITAL } else { 0 }
            | if x.first == b'(' { PAREN } else { 0 }
    });
    for &(a, _, _) in countries {
        codes.set(a, COUNTRY);
    }
    codes
}

/// Dictionary names, acronyms, people and descriptions, longest first, left to right.
/// `countries`: the country names the place stage found, as word ranges and ISO codes.
fn scan(
    w: &Words,
    text: &str,
    lang: Lang,
    dict: &ActorDict,
    lex: &ActorLex,
    starts: &WordBits,
    countries: &[(usize, usize, &str)],
) -> Vec<Found> {
    // (Room for a report's mentions at once: grown from empty, it was reallocated in
    // most reports.)
    let mut out: Vec<Found> = Vec::with_capacity(8);
    // Which words start a country name: one load a word, where asking `countries` at
    // every word scanned the list (the same answer).
    let mut country_at = vec![false; w.len()];
    for &(a, _, _) in countries {
        if let Some(c) = country_at.get_mut(a) {
            *c = true;
        }
    }
    let mut i = 0;
    // Most words start nothing looked for below: no dictionary name, demonym,
    // description or country, and (lowercase) no unknown group. Skipping them here
    // finds the same mentions (a member noun only ever extends what was just found).
    while let Some(k) = starts.next(i, WANTED | CAPITAL | COUNTRY) {
        debug_assert!((i..k).all(|j| {
            let id = w.words()[j].id;
            lex.first_kinds(id) & SCANNED == 0
                && !dict.starts_with_id(lang, id)
                && !w.words()[j].cap
                && !country_at[j]
        }));
        i = k;
        // A capitalized word that starts nothing wanted and no country name (half the
        // words that get here): of the tests below, only an acronym one letter off and a
        // group no dictionary knows may find something at it (the others ask for a
        // dictionary name or a phrase of a kind in `wanted`, which `starts` rules out),
        // and where nothing is found the scan moves on to the next word. Those two are
        // asked here, the rest skipped.
        if !starts.any(i, WANTED)
            && !country_at[i]
            && dict.acronym_near(w, text, i).is_none()
            && (!may_open_group(w, lex, i) || unknown_group(w, text, lang, dict, lex, i).is_none())
        {
            debug_assert!(
                dict.person_at(lang, w, i).is_none()
                    && dict.name_at(lang, w, i).is_none()
                    && dict.acronym_at(lang, w, text, i).is_none()
                    && [
                        A::Demonym,
                        A::Desc,
                        A::DescAfterNationality,
                        A::DescContracted,
                        A::Crowd
                    ]
                    .iter()
                    .all(|&k| lex.get(k, w, i).is_none())
            );
            i += 1;
            continue;
        }
        let mut best: Option<Found> = None;
        let keep = |best: &mut Option<Found>, f: Found| {
            if best.as_ref().is_none_or(|b| f.b > b.b) {
                *best = Some(f);
            }
        };
        if let Some((e, p)) = dict.person_at(lang, w, i) {
            let person = &dict.persons[p];
            keep(
                &mut best,
                Found {
                    role: Some(person.role.clone()),
                    person: Some(person.name.clone()),
                    ..Found::new(i, e, dict.index(&person.actor), "person")
                },
            );
        }
        if let Some((e, a)) = dict.name_at(lang, w, i) {
            keep(&mut best, Found::new(i, e, Some(a), "dictionary"));
        }
        if let Some((e, a)) = dict
            .acronym_at(lang, w, text, i)
            .or_else(|| dict.acronym_near(w, text, i))
        {
            keep(&mut best, Found::new(i, e, Some(a), "acronym"));
        }
        // "Nigerien soldiers", "les soldats maliens", "Mali's army": a description of a
        // country's actor. Some descriptions ("army", "junta") are only descriptions
        // after a nationality; alone they are adjectives or common nouns.
        let demonym_first = lex
            .get(A::Demonym, w, i)
            .map(|(e, c)| (e, c.to_string()))
            .or_else(|| {
                // (Only a word that starts a country name, as `country_at` says: the
                // list is not scanned at the others.)
                if !country_at[i] {
                    return None;
                }
                countries
                    .iter()
                    .find(|&&(a, b, _)| a == i && w.norm(b) == "s")
                    .map(|&(_, b, c)| (b + 1, c.to_string()))
            });
        let start = demonym_first.as_ref().map(|(e, _)| *e).unwrap_or(i);
        let desc = lex.get(A::Desc, w, start).or_else(|| {
            demonym_first
                .as_ref()
                .and_then(|_| lex.get(A::DescAfterNationality, w, start))
        });
        // "French and Malian forces": the first nationality shares the description of
        // the second (its mention is the nationality's words alone).
        let desc = desc.or_else(|| {
            demonym_first.as_ref()?;
            if !matches!(w.norm(start), "and" | "et") {
                return None;
            }
            let (e2, _) = lex.get(A::Demonym, w, start + 1)?;
            let (_, class) = lex
                .get(A::Desc, w, e2)
                .or_else(|| lex.get(A::DescAfterNationality, w, e2))?;
            Some((start, class))
        });
        // « un hélicoptère français », « l'aviation malienne »: the nationality after.
        let desc = desc.or_else(|| {
            if demonym_first.is_some() {
                return None;
            }
            let (e, class) = lex.get(A::DescAfterNationality, w, start)?;
            lex.get(A::Demonym, w, e)?;
            Some((e, class))
        });
        // "residents who were protesting", "youths demonstrating", « des jeunes qui
        // manifestaient »: people whose own clause says they protest are protesters
        // (even "youths", alone taken for rioters).
        let protesting = |e: usize| lex.has(A::Protesting, w, e);
        let desc = match desc {
            Some((e, "civilians" | "rioters")) if protesting(e) => Some((e, "protesters")),
            None if demonym_first.is_none() => lex
                .get(A::Crowd, w, start)
                .filter(|&(e, _)| protesting(e))
                .map(|(e, _)| (e, "protesters")),
            d => d,
        };
        // « un communiqué du gouvernement », « aux autorités »: the description is what
        // follows the fused article.
        let (at, desc) = match desc {
            None if demonym_first.is_none() => match lex.get(A::DescContracted, w, i) {
                Some((e, class)) => (i + 1, Some((e, class))),
                None => (i, None),
            },
            d => (i, d),
        };
        if let Some((e, class)) = desc {
            let mut country = demonym_first.map(|(_, c)| c);
            let mut e = e;
            if country.is_none()
                && let Some((e2, c)) = lex.get(A::Demonym, w, e)
            {
                country = Some(c.to_string());
                e = e2;
            }
            // "a former soldier", « un ex-gendarme »: who left a state's forces is a
            // civilian (a former rebel may well still be one: only state forces).
            let former = matches!(class, "army" | "police")
                .then(|| former_before(w, lex, at))
                .flatten();
            let (a, class) = match former {
                Some(f) => (f, "civilians"),
                None => (at, class),
            };
            keep(
                &mut best,
                Found {
                    class: Some(class.to_string()),
                    country,
                    ..Found::new(a, e, None, "description")
                },
            );
        }
        // A group no dictionary knows, by the head of its name ("the Islamic Front
        // for Azawad", "le Mouvement pour la justice"): kept unresolved, never dropped.
        // (Its cheap first test inlined: most words asked here open no group.)
        if best.is_none()
            && may_open_group(w, lex, i)
            && let Some(e) = unknown_group(w, text, lang, dict, lex, i)
        {
            let name = w.span(i, e).of(text).to_string();
            best = Some(Found {
                name: Some(name),
                ..Found::new(i, e, None, "unknown")
            });
        }
        // A description never hides a name as long or longer starting inside it ("the Islamic
        // State in the Greater Sahara" is a name, not "the Islamic State" + words).
        if let Some(f) = &best
            && f.via == "description"
            && (i + 1..f.b).any(|j| {
                let ends = |e: usize| e >= f.b;
                dict.name_at(lang, w, j).is_some_and(|(e, _)| ends(e))
                    || dict
                        .acronym_at(lang, w, text, j)
                        .is_some_and(|(e, _)| ends(e))
            })
        {
            i += 1;
            continue;
        }
        // "des combattants du JNIM", "fighters of the MNLA", "fighters from the Ansar
        // Dine group": a member noun governing the name is part of its mention (the
        // members are who act).
        // (A description of an armed party too: "fighters from the Islamic State", « des
        // combattants de l'État islamique ».)
        if let Some(f) = best.as_mut()
            && (f.actor.is_some()
                || f.via == "description"
                    && !matches!(
                        f.class.as_deref(),
                        Some("civilians" | "protesters" | "rioters" | "guards" | "gunmen")
                    ))
            && let Some(mut m) = member_prep(w, f.a)
        {
            if m > 0 && matches!(w.norm(m - 1), "presumes" | "presumed" | "suspected") {
                m -= 1;
            }
            // « des combattants issus du MNLA »
            if m > 0 && matches!(w.norm(m - 1), "issus" | "issu" | "issues") {
                m -= 1;
            }
            // (A member noun may be a few words: « la brigade de recherches de la
            // gendarmerie ». One a force's alone, "agents of the State Security",
            // leaves an aid group's staff its victims: « trois agents du CICR ».)
            let armed = f
                .actor
                .is_none_or(|x| !matches!(dict.actors[x].inter, 5..=7));
            if let Some(s) = (m.saturating_sub(3)..m).find(|&s| {
                lex.get(A::Member, w, s)
                    .is_some_and(|(e, v)| e == m && (armed || v != "force"))
            }) && out.last().is_none_or(|p| p.b <= s)
            {
                f.a = s;
            } else if let Some(p) = out.last()
                && p.b == m
                && p.via == "description"
                && matches!(p.class.as_deref(), Some("gunmen" | "jihadist" | "militia"))
            {
                // "gunmen of the Katiba Macina", « des hommes armés du JNIM »: the
                // description names the group's members.
                f.a = p.a;
                out.pop();
                // (With the member noun it qualifies, in French: « des combattants
                // jihadistes de la katiba Macina ».)
                if let Some(s) = f.a.checked_sub(1)
                    && lex.get(A::Member, w, s).is_some_and(|(e, _)| e == f.a)
                    && out.last().is_none_or(|q| q.b <= s)
                {
                    f.a = s;
                }
            } else if let Some(p) = out.last()
                && p.b == m
                && let (Some(x), Some(y)) = (p.actor, f.actor)
                && x != y
                && dict.actors[x].kind == "militia"
                && dict.actors[x].camp == dict.actors[y].camp
            {
                // "Dozo hunters of the Dan Na Ambassagou militia", « des chasseurs
                // dozos de Dan Na Ambassagou »: fighters of a communal militia's kind
                // are the group of the same camp named after them. (Not a group's
                // own unit: "JNIM militants of Katiba Macina" are JNIM's, as ACLED
                // codes them.)
                f.a = p.a;
                out.pop();
            } else if let Some(p) = out.last()
                && p.b == m
                && p.via == "description"
                && matches!(p.class.as_deref(), Some("army" | "police"))
                && f.actor
                    .is_some_and(|y| matches!(dict.actors[y].inter, 1 | 8))
            {
                // « des militaires des FAMa », "soldiers of the Barkhane force": the
                // force's people are the force, one mention (not two sides).
                f.a = p.a;
                out.pop();
            }
        }
        // "a MINUSMA contractor", "a MINUSMA-chartered convoy": the organization's
        // hirelings are civilians, not the organization.
        if let Some(f) = &best
            && f.actor.is_some()
            && f.via != "description"
        {
            let p = f.b;
            // (Or before it: "a convoy chartered by MINUSMA", « un sous-traitant de la
            // MINUSMA », « un convoi affrété par la MINUSMA ».)
            let mut q = f.a;
            if q > 0 && matches!(w.norm(q - 1), "the" | "la" | "le" | "l") {
                q -= 1;
            }
            let before = q >= 2
                && matches!(w.norm(q - 1), "of" | "by" | "de" | "du" | "d" | "par")
                && (q.saturating_sub(4)..q - 1)
                    .any(|s| lex.get(A::Hireling, w, s).is_some_and(|(e, _)| e == q - 1));
            // (After it, a participle only joined by a hyphen: "MINUSMA-chartered", not
            // "MINUSMA chartered trucks", where it is the verb.)
            let after = p < w.len()
                && lex.get(A::Hireling, w, p).is_some()
                && (w.words()[p].glued || !w.norm(p).ends_with("ed"));
            if before || after {
                i = f.b;
                continue;
            }
        }
        // "a police source", « une source de la gendarmerie »: who tells of the force,
        // a speaker, not the force as a party.
        if let Some(f) = &best
            && f.via == "description"
        {
            let mut q = f.a;
            if q > 0 && matches!(w.norm(q - 1), "the" | "la" | "le" | "l") {
                q -= 1;
            }
            let before = q >= 2
                && matches!(w.norm(q - 1), "de" | "du" | "d")
                && lex
                    .get(A::Informant, w, q - 2)
                    .is_some_and(|(e, _)| e == q - 1);
            let after = f.b < w.len()
                && lex
                    .get(A::Informant, w, f.b)
                    .is_some_and(|(e, _)| e == f.b + 1)
                && !w.words()[f.b].cap;
            if before || after {
                i = f.b;
                continue;
            }
        }
        match best {
            Some(f) => {
                // "UN troops", "CSP-PSD fighters": a description or a member noun right
                // after a name is part of that name's mention.
                // (So is a generic one after a movement's name: "Al Qaida militants".)
                let movement = |p: &Found| {
                    p.via == "description"
                        && matches!(p.class.as_deref(), Some("alqaeda" | "islamic_state"))
                        && matches!(f.class.as_deref(), Some("jihadist" | "gunmen"))
                };
                // (Or tied to it by a glued word: "Al Qaeda-linked militants",
                // "JNIM-affiliated gunmen".)
                let glued = |p: &Found| {
                    // (The word stream drops the hyphen and marks the word after it
                    // glued.)
                    p.b < f.a
                        && w.words()[p.b].glued
                        && lex
                            .get(A::AffiliatedGlued, w, p.b)
                            .is_some_and(|(e, _)| e == f.a)
                        && matches!(f.class.as_deref(), Some("jihadist" | "gunmen"))
                };
                if f.via == "description"
                    && let Some(prev) = out.last_mut()
                    && (prev.b == f.a || glued(prev))
                    && (prev.actor.is_some() || movement(prev))
                {
                    prev.b = f.b;
                    i = f.b;
                    continue;
                }
                // "the armed group GATIA", « le groupe jihadiste JNIM »: a description of
                // an armed group right before a name is that name's apposition, one
                // mention.
                let mut f = f;
                if f.actor.is_some()
                    && f.via != "description"
                    && let Some(prev) = out.last()
                    && prev.b == f.a
                    && prev.via == "description"
                    // (The description alone, not members of it: "Fighters from the
                    // armed group GATIA" keep their own mention.)
                    && lex.get(A::Desc, w, prev.a).is_some_and(|(e, _)| e == prev.b)
                    && member_prep(w, prev.a).is_none()
                    && matches!(
                        prev.class.as_deref(),
                        Some(
                            "gunmen"
                                | "rebel"
                                | "jihadist"
                                | "terrorist"
                                | "militia"
                                | "alqaeda"
                                | "islamic_state"
                        )
                    )
                {
                    f.a = prev.a;
                    out.pop();
                }
                // "a Dogon self-defence militia", « une milice d'autodéfense dogon »: a
                // people's name qualifying a militia names that people's militia.
                if f.via == "description" && f.class.as_deref() == Some("militia") {
                    let before = (f.a.saturating_sub(3)..f.a).find_map(|s| {
                        dict.ethnonym_at(lang, w, s)
                            .filter(|&(e, _)| e == f.a)
                            .filter(|_| out.last().is_none_or(|p| p.b <= s))
                            .map(|(_, x)| (s, f.b, x))
                    });
                    let after = || {
                        (lang == Lang::Fr && f.b < w.len())
                            .then(|| dict.ethnonym_at(lang, w, f.b))
                            .flatten()
                            .map(|(e, x)| (f.a, e, x))
                    };
                    if let Some((a, b, x)) = before.or_else(after) {
                        f = Found::new(a, b, Some(x), "ethnonym");
                    }
                }
                i = f.b;
                out.push(f);
            }
            None => i += 1,
        }
        if let Some(prev) = out.last_mut()
            && prev.b == i
            && (prev.actor.is_some() || prev.name.is_some() || prev.via == "description")
            && let Some((e, _)) = lex.get(A::Member, w, i)
        {
            prev.b = e;
            i = e;
        }
    }
    peoples_at_odds(w, lang, dict, lex, &mut out);
    out
}

/// The "of"/"from"/« de » before word `a` (past an article), with a word before it
/// that may be a member noun: "fighters from the armed group", « des combattants du
/// JNIM », whose members are the group's.
fn member_prep(w: &Words, a: usize) -> Option<usize> {
    let mut j = a;
    if j > 0
        && matches!(
            w.norm(j - 1),
            "the" | "a" | "an" | "la" | "l" | "un" | "une"
        )
    {
        j -= 1;
    }
    (j > 1 && matches!(w.norm(j - 1), "of" | "from" | "du" | "de" | "des" | "d")).then(|| j - 1)
}

/// Peoples pitted against each other stand for their militias: "clashes between Fulani
/// and Bambara", « entre Peuls et Dogons », "Fulani and Dogon militiamen", « miliciens
/// peuls et dogons »; so do peoples making peace ("Fulani and Dogon leaders signed an
/// accord", « les communautés peule et dogon ont signé »). A people's name alone ("a
/// Fulani village") is no actor.
fn peoples_at_odds(w: &Words, lang: Lang, dict: &ActorDict, lex: &ActorLex, out: &mut Vec<Found>) {
    let conj = |i: usize| matches!(w.norm(i), "and" | "et");
    let det = |i: usize| matches!(w.norm(i), "the" | "les" | "des");
    let mention_at = |out: &[Found], i: usize| out.iter().position(|f| f.a <= i && i < f.b);
    let militia = |out: &[Found], k: usize| {
        out[k]
            .actor
            .is_some_and(|a| dict.actors[a].camp == "militia")
    };
    let between = |i: usize| matches!(w.norm(i), "between" | "entre");
    let mut add: Vec<Found> = Vec::new();
    // Only at a people's name (a byte test per word): the frames are read around it.
    for j in dict.ethnonym_starts(lang, w) {
        let Some((e1, a1)) = dict.ethnonym_at(lang, w, j) else {
            continue;
        };
        // "between E1 and E2": both sides, unless a side is already named as an armed
        // group (a people's civilians, "Bambara farmers", fight as its militia). A
        // people's noun may stand by each name ("between the Kounta ethnic group and
        // Arab men", « entre l'ethnie kounta et les Arabes »).
        let noun_end = |e: usize| lex.get(A::PeopleNoun, w, e).map_or(e, |(x, _)| x);
        let lead = (j.saturating_sub(3)..j)
            .find(|&q| lex.get(A::PeopleNoun, w, q).is_some_and(|(x, _)| x == j))
            .unwrap_or(j);
        // (Past a side taken before the name: "between the pro-government Kounta and
        // pro-opposition Arab men".)
        let past_side = |p: usize| {
            let mut k = p;
            while k >= 1 && w.words()[k - 1].glued {
                k -= 1;
            }
            if k < p && k >= 1 && matches!(w.norm(k - 1), "pro" | "anti") {
                k - 1
            } else {
                p
            }
        };
        let opens = |p: usize| {
            let p = past_side(p);
            (p >= 1 && between(p - 1)) || (p >= 2 && det(p - 1) && between(p - 2))
        };
        if opens(lead) || (lead >= 1 && w.norm(lead - 1) == "l" && opens(lead - 1)) {
            let e1 = noun_end(e1);
            if !conj(e1) {
                continue;
            }
            let j2 = if det(e1 + 1) { e1 + 2 } else { e1 + 1 };
            // (Its own side taken: "and pro-opposition Arab men"; the mention holds it.)
            let j2s = j2;
            let j2 = if j2 < w.len() && matches!(w.norm(j2), "pro" | "anti") {
                let mut k = j2 + 1;
                while k < w.len() && w.words()[k].glued {
                    k += 1;
                }
                k
            } else {
                j2
            };
            let Some((e2, a2)) = dict.ethnonym_at(lang, w, noun_end(j2)) else {
                continue;
            };
            let e2 = noun_end(e2);
            let sides = [(past_side(lead), e1, a1), (j2s, e2, a2)];
            if sides.iter().any(|&(a, _, _)| {
                mention_at(out, a).is_some_and(|k| {
                    !militia(out, k)
                        && out[k]
                            .actor
                            .is_none_or(|x| dict.actors[x].camp != "civilian")
                })
            }) {
                continue;
            }
            for (a, b, actor) in sides {
                if mention_at(out, a).is_none() {
                    add.push(Found::new(a, b, Some(actor), "ethnonym"));
                }
            }
            continue;
        }
        // "Fulani, Bambara and Bozo leaders signed an accord", "the Dawsahak (Ibawen)
        // and Imajgan communities signed": a list of peoples, then within a few words
        // (their leaders, where they come from) a word of making peace.
        // (Once per list: its later peoples were added with its first.)
        if mention_at(out, j).is_none() && mention_at(&add, j).is_none() {
            let mut sides = vec![(j, e1, a1)];
            let mut p = e1;
            loop {
                // (A parenthesis after a people: its fractions.)
                if p < w.len() && w.norm(p) == "(" {
                    match (p..(p + 8).min(w.len())).find(|&x| w.norm(x) == ")") {
                        Some(x) => p = x + 1,
                        None => break,
                    }
                }
                let mut q = p;
                while q < w.len() && matches!(w.norm(q), "," | "and" | "et" | "the" | "les" | "des")
                {
                    q += 1;
                }
                if q == p || q >= w.len() || !w.same_sentence(j, q) {
                    break;
                }
                let Some((e, a)) = dict.ethnonym_at(lang, w, q) else {
                    break;
                };
                sides.push((q, e, a));
                p = e;
            }
            // (Only who they are and where they come from between: "Fulani and Dogon
            // leaders from Koro signed", not "attacked Fulani and Dogon villages despite
            // the accord signed in May".)
            let mut x = p;
            while x < (p + 8).min(w.len()) && w.same_sentence(j, x) {
                if lex.get(A::Pact, w, x).is_some() {
                    break;
                }
                let ok = lex.get(A::PartyHead, w, x).is_some()
                    || w.words()[x].cap
                    || matches!(
                        w.norm(x),
                        "from"
                            | "of"
                            | "the"
                            | "have"
                            | "has"
                            | "de"
                            | "du"
                            | "des"
                            | "d"
                            | "la"
                            | "le"
                            | "les"
                            | "ont"
                            | "a"
                    );
                if !ok {
                    break;
                }
                x += 1;
            }
            let pact = sides.len() >= 2 && x < w.len() && lex.get(A::Pact, w, x).is_some();
            if pact && sides.iter().all(|&(a, _, _)| mention_at(out, a).is_none()) {
                for (a, b, actor) in sides {
                    add.push(Found::new(a, b, Some(actor), "ethnonym"));
                }
                continue;
            }
        }
        // "Fulani and [Dogon militiamen]": the first people shares the militia noun.
        if conj(e1)
            && mention_at(out, j).is_none()
            && let Some(k) = mention_at(out, e1 + 1)
            && out[k].a == e1 + 1
            && militia(out, k)
            && dict.ethnonym_at(lang, w, e1 + 1).is_some()
        {
            add.push(Found::new(j, e1, Some(a1), "ethnonym"));
        }
    }
    // « [miliciens peuls] et dogons »: a people after a militia ending on a people.
    for k in 0..out.len() {
        let b = out[k].b;
        if militia(out, k)
            && b > 0
            && dict
                .ethnonym_at(lang, w, b - 1)
                .is_some_and(|(e, _)| e == b)
            && conj(b)
            && mention_at(out, b + 1).is_none()
            && let Some((e2, a2)) = dict.ethnonym_at(lang, w, b + 1)
        {
            add.push(Found::new(b + 1, e2, Some(a2), "ethnonym"));
        }
    }
    if !add.is_empty() {
        out.extend(add);
        out.sort_by_key(|f| f.a);
    }
}

/// What [`unknown_group`] needs first: a name of two capitalized words or more, so a
/// next word in the sentence that is capitalized or a connector ("Front for the …",
/// "Mouvement pour …"). Most capitalized words are followed by neither, and this test
/// is a few loads where the search cost a call and a dictionary lookup.
#[inline]
fn may_open_group(w: &Words, lex: &ActorLex, i: usize) -> bool {
    let ok = w.get(i + 1).is_some_and(|x| {
        x.kind == TokenKind::Word
            && x.sentence == w.words()[i].sentence
            && (x.cap || lex.has(A::Connector, w, i + 1))
    });
    debug_assert!(ok || unknown_group_slow_none(w, lex, i));
    ok
}

/// For debug builds: [`unknown_group`] finds nothing at `i` (asked with the dictionary
/// out of the way: a known name only ever ends a group sooner).
fn unknown_group_slow_none(w: &Words, lex: &ActorLex, i: usize) -> bool {
    let word = |k: usize| w.get(k).is_some_and(|x| x.kind == TokenKind::Word);
    let k = i + 1;
    !(word(k)
        && w.same_sentence(i, k)
        && (w.words()[k].cap
            || lex.has(A::Connector, w, k)
                && (w.get(k + 1).is_some_and(|x| x.cap) || lex.has(A::Connector, w, k + 1))))
}

/// The end of an unknown group's name starting at word `i`: a run of capitalized words
/// (with the lowercase connectors names use) of at least two words, one of which heads
/// organization names ("Front", "Mouvement", "Brigade").
fn unknown_group(
    w: &Words,
    text: &str,
    lang: Lang,
    dict: &ActorDict,
    lex: &ActorLex,
    i: usize,
) -> Option<usize> {
    let word = |k: usize| w.get(k).is_some_and(|x| x.kind == TokenKind::Word);
    if !word(i) || !w.words()[i].cap || lex.has(A::Connector, w, i) {
        return None;
    }
    // (A run without a word that heads organization names finds none: a known name
    // only ends the run sooner. Most runs have none, and this walk asks no dictionary.)
    if !run_has_head(w, lex, i) {
        return None;
    }
    let mut e = i;
    let mut head = false;
    let mut k = i;
    while word(k) && w.same_sentence(i, k) {
        // A known name ends the unknown one ("… Front and the Malian Armed Forces").
        if k > i
            && (dict.name_at(lang, w, k).is_some() || dict.acronym_at(lang, w, text, k).is_some())
        {
            break;
        }
        if w.words()[k].cap {
            head |= lex.has(A::OrgHead, w, k);
            k += 1;
            e = k;
        } else if let Some(next) = past_connectors(w, lex, k) {
            k = next;
        } else {
            break;
        }
    }
    (head && e >= i + 2).then_some(e)
}

/// Whether the run of capitalized words and connectors from word `i` that
/// [`unknown_group`] walks, known names aside, has a word that heads organization names.
fn run_has_head(w: &Words, lex: &ActorLex, i: usize) -> bool {
    let word = |k: usize| w.get(k).is_some_and(|x| x.kind == TokenKind::Word);
    let mut k = i;
    while word(k) && w.same_sentence(i, k) {
        if w.words()[k].cap {
            if lex.has(A::OrgHead, w, k) {
                return true;
            }
            k += 1;
        } else if let Some(next) = past_connectors(w, lex, k) {
            k = next;
        } else {
            break;
        }
    }
    false
}

/// The capitalized word after one or two lowercase connectors at word `k` inside a
/// group's name ("Movement for Unity and Jihad", "Front de la …"), if there is one.
fn past_connectors(w: &Words, lex: &ActorLex, k: usize) -> Option<usize> {
    if !lex.has(A::Connector, w, k) {
        return None;
    }
    if w.get(k + 1).is_some_and(|x| x.cap) {
        Some(k + 1)
    } else {
        (lex.has(A::Connector, w, k + 1) && w.get(k + 2).is_some_and(|x| x.cap)).then_some(k + 2)
    }
}

/// People by their role: "the mayor of Kidal", "a leader of the CSP-PSD", "Iyad Ag
/// Ghali, leader of GSIM" (a name the dictionary lacks, tied to the group), "a CSP-PSD
/// spokesman" (a member speaking for the group).
fn roles(
    w: &Words,
    text: &str,
    lex: &ActorLex,
    starts: &WordBits,
    places: &[(usize, usize)],
    out: &mut Vec<Found>,
) {
    let mut people: Vec<Found> = Vec::new();
    for f in out.iter_mut() {
        if f.person.is_some() || f.actor.is_none() && f.name.is_none() {
            continue;
        }
        if let Some((e, role)) = lex.get(A::Role, w, f.b) {
            // "a CSP-PSD spokesman": the group's mention, speaking through a member.
            f.role = Some(role.to_string());
            f.b = e;
        }
    }
    let mut next = 0;
    while let Some(k) = starts.next(next, ROLE) {
        next = k + 1;
        let Some((e, role)) = lex.get(A::Role, w, k) else {
            continue;
        };
        if !lex.has(A::RoleOf, w, e) {
            continue;
        }
        let of_end = lex.get(A::RoleOf, w, e).map(|(x, _)| x).unwrap_or(e);
        // The group (or place) the role belongs to, right after "of".
        let group = out
            .iter()
            .find(|f| {
                f.a >= of_end
                    && f.a <= of_end + 1
                    && f.person.is_none()
                    && (f.actor.is_some() || f.name.is_some() || f.class.is_some())
            })
            .map(|f| (f.b, f.actor, f.name.clone()))
            .or_else(|| {
                // "the mayor of Kidal": a local official, tied to a place, not a group.
                places
                    .iter()
                    .find(|&&(a, _)| a >= of_end && a <= of_end + 1)
                    .map(|&(_, b)| (b, None, None))
            });
        // A name before it: "Iyad Ag Ghali, leader of …" (two or more capitalized words).
        let mut start = k;
        while start > 0 && lex.has(A::RoleMod, w, start - 1) {
            start -= 1;
        }
        let comma = start > 0 && w.norm(start - 1) == ",";
        // "Iyad Ag Ghali, leader of GSIM" with the person known: nothing to add.
        if comma && out.iter().any(|f| f.person.is_some() && f.b == start - 1) {
            continue;
        }
        let mut name_a = start.saturating_sub(1);
        while comma
            && name_a > 0
            && w.words()[name_a - 1].cap
            && w.words()[name_a - 1].kind == TokenKind::Word
        {
            name_a -= 1;
        }
        let named =
            comma && start - 1 - name_a >= 2 && !out.iter().any(|f| f.a <= name_a && name_a < f.b);
        let Some((gb, actor, gname)) = group else {
            continue;
        };
        let (a, b) = if named {
            (name_a, start - 1)
        } else {
            (start, gb)
        };
        let person = w.span(a, b).of(text).to_string();
        people.push(Found {
            role: Some(role.to_string()),
            person: Some(person),
            name: gname,
            ..Found::new(a, b, actor, "person")
        });
    }
    out.extend(people);
    out.sort_by_key(|f| (f.a, std::cmp::Reverse(f.b)));
}

/// An alias a report teaches: its folded words, the actor (or the unknown group's name)
/// and, for an acronym, its letters as written.
type Taught = (Vec<String>, Option<usize>, Option<String>, Option<String>);

/// "Malian Armed Forces (FAMA)", "CSP-PSD (Permanent Strategic Framework…)", "the
/// Islamic Front for Azawad (IFA)": the report teaches an alias; every later use of it is
/// that actor (a dictionary actor, or the unknown group by its full name).
fn learn_aliases(w: &Words, text: &str, lex: &ActorLex, starts: &WordBits, found: &mut Vec<Found>) {
    let n = w.len();
    let mut taught: Vec<Taught> = Vec::new();
    let known = |f: &Found| f.actor.is_some() || f.name.is_some();
    let acronym = |a: usize, b: usize| -> Option<String> {
        let t = w.span(a, b).of(text);
        let letters: Vec<char> = t.chars().filter(|c| c.is_alphanumeric()).collect();
        let upper = letters.iter().filter(|c| c.is_uppercase()).count();
        (letters.len() >= 2 && letters.len() <= 12 && upper * 2 > letters.len() && b - a <= 4)
            .then(|| letters.into_iter().collect())
    };
    // "(" is a punctuation token: other words need no string comparison. (Its folded
    // form is its text, so it starts with the byte that [`PAREN`] marks: only the words
    // marked are asked.)
    let mut next = 0;
    while let Some(i) = starts.next(next, PAREN) {
        next = i + 1;
        if !(w.words()[i].kind == TokenKind::Punct && w.norm_bytes(i) == b"(") {
            continue;
        }
        let Some(close) = (i + 1..(i + 14).min(n)).find(|&k| w.norm(k) == ")") else {
            continue;
        };
        if close == i + 1 {
            continue;
        }
        let inside = (i + 1, close);
        let before = found.iter().find(|f| f.b == i && known(f)).cloned();
        let within = found
            .iter()
            .find(|f| f.a == inside.0 && f.b == inside.1 && known(f))
            .cloned();
        let words_of =
            |a: usize, b: usize| (a..b).map(|k| w.norm(k).to_string()).collect::<Vec<_>>();
        match (before, within) {
            (Some(f), None) => {
                // The name is known, the parenthesis teaches its short form.
                let acr = acronym(inside.0, inside.1);
                taught.push((words_of(inside.0, inside.1), f.actor, f.name.clone(), acr));
            }
            (None, Some(g)) => {
                // The short form is known: the name before it is its full name.
                let s = acronym(inside.0, inside.1)
                    .and_then(|acr| name_by_initials(w, i, &acr))
                    .or_else(|| name_by_capitals(w, lex, i));
                if let Some(s) = s {
                    // The full name replaces the shorter names found inside it.
                    found.retain(|f| !(f.a >= s && f.b <= i));
                    found.push(Found {
                        name: g.name.clone(),
                        ..Found::new(s, i, g.actor, "alias")
                    });
                }
            }
            (None, None) => {
                // "Full Name (ACRONYM)" with neither known: a new group, when the
                // acronym's letters are the initials of the words before it.
                // (Not a description's words in capitals: « des Forces de défense et de
                // sécurité (FDS) » are the country's forces, no new group.)
                if let Some(acr) = acronym(inside.0, inside.1)
                    && let Some(s) = name_by_initials(w, i, &acr)
                    && !found
                        .iter()
                        .any(|f| f.b == i && f.a <= s && f.class.is_some())
                {
                    let name = w.span(s, i).of(text).to_string();
                    found.retain(|f| !(f.a >= s && f.b <= i));
                    found.push(Found {
                        name: Some(name.clone()),
                        ..Found::new(s, i, None, "unknown")
                    });
                    taught.push((words_of(inside.0, inside.1), None, Some(name), Some(acr)));
                }
            }
            _ => {}
        }
    }
    if taught.is_empty() {
        return;
    }
    // Every use of a taught alias, the parenthesis itself included.
    for i in 0..n {
        if found.iter().any(|f| f.a <= i && i < f.b) || w.words()[i].kind != TokenKind::Word {
            continue;
        }
        for (alias, actor, name, acr) in &taught {
            let m = alias.len();
            if !(0..m).all(|k| w.norm(i + k) == alias[k]) {
                continue;
            }
            // An acronym only as written ("IFA", not "ifa").
            if let Some(acr) = acr {
                let t: String = w
                    .span(i, i + m)
                    .of(text)
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect();
                if &t != acr {
                    continue;
                }
            }
            found.push(Found {
                name: name.clone(),
                ..Found::new(i, i + m, *actor, "alias")
            });
            break;
        }
    }
    found.sort_by_key(|f| (f.a, std::cmp::Reverse(f.b)));
}

/// The start of the name an acronym abbreviates, ending at word `end`: the nearest
/// capitalized word with the acronym's first letter from which the acronym's letters are
/// initials in order ("Islamic Front for Azawad" — "IFA"; "Front islamique pour
/// l'Azawad" — "FIA"; "Mouvement pour l'unicité et le jihad en Afrique de l'Ouest" —
/// "MUJAO"). At least two words.
fn name_by_initials(w: &Words, end: usize, acr: &str) -> Option<usize> {
    let acr = sitrep_core::fold::fold(acr).replace(' ', "");
    let first = acr.chars().next()?;
    let fits = |s: usize| {
        let mut initials = (s..end)
            .filter(|&k| w.words()[k].kind == TokenKind::Word)
            .filter_map(|k| w.norm(k).chars().next());
        acr.chars().all(|c| initials.any(|x| x == c))
    };
    (end.saturating_sub(14)..end.saturating_sub(1))
        .rev()
        .take_while(|&s| w.same_sentence(s, end) && w.words()[s].kind == TokenKind::Word)
        .find(|&s| w.words()[s].cap && w.norm(s).starts_with(first) && fits(s))
}

/// The start of a capitalized name ending at word `end` ("Permanent Strategic Framework
/// for Peace, Security and Development"): at least two words.
fn name_by_capitals(w: &Words, lex: &ActorLex, end: usize) -> Option<usize> {
    let mut s = end;
    while s > 0
        && (w.words()[s - 1].cap || lex.has(A::Connector, w, s - 1) || w.norm(s - 1) == ",")
        && w.same_sentence(s - 1, end)
    {
        s -= 1;
    }
    while s < end && !w.words()[s].cap {
        s += 1;
    }
    (s + 1 < end).then_some(s)
}

/// The country a report is about: its places, then its demonyms, then its state actors.
/// `name_codes`: each place's country code by its name.
fn focus_country(
    doc: &Doc,
    name_codes: &[Option<&str>],
    dict: &ActorDict,
    found: &[Found],
    res: &Resources,
) -> Option<String> {
    // (Codes borrowed, the winner's copied: a copy a place, a mention and a comparison
    // each cost an allocation. The winner is the same: the order is total, ties by code.)
    let mut counts: crate::words::FxMap<&str, usize> = Default::default();
    let gaz = res.gazetteer();
    for (p, by_name) in doc.places.iter().zip(name_codes) {
        // A place in a country, or the country itself ("au Mali"), even when the
        // gazetteer has no record for it.
        let code = p.country.as_deref().and_then(|n| gaz.country_code(n));
        if let Some(c) = code.or(*by_name) {
            *counts.entry(c).or_default() += 2;
        }
    }
    for f in found {
        if let Some(c) = f.country.as_deref() {
            *counts.entry(c).or_default() += 1;
        }
        if let Some(a) = f.actor {
            // A state's own forces and government (not the foreign forces fighting
            // for it: Wagner says nothing about Russia).
            let e = &dict.actors[a];
            let c = &e.country;
            if !c.is_empty() && matches!(e.kind.as_str(), "military" | "police" | "government") {
                *counts.entry(c.as_str()).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))
        .map(|(c, _)| c.to_string())
}

/// Descriptions to actors: the actor of that class the report names (most recent before,
/// else most named), else the dictionary's actor of that class for the report's country.
fn resolve(
    w: &Words,
    _text: &str,
    dict: &ActorDict,
    found: &mut [Found],
    focus: Option<&str>,
    day: Option<Day>,
) {
    let named: Vec<(usize, usize)> = found
        .iter()
        .filter_map(|f| f.actor.map(|a| (f.a, a)))
        .collect();
    // The actor of a class the report names: the most recent one before the
    // description, else (a description that comes first) the first one after it.
    let pick = |at: usize, pred: &dyn Fn(&dict::ActorEntry) -> bool| -> Option<usize> {
        named
            .iter()
            .rev()
            .find(|(pos, a)| *pos < at && pred(&dict.actors[*a]))
            .or_else(|| named.iter().find(|(_, a)| pred(&dict.actors[*a])))
            .map(|&(_, a)| a)
    };
    for f in found.iter_mut() {
        if f.actor.is_some() {
            continue;
        }
        // (Class and country borrowed from the mention, not copied: two allocations a
        // description.)
        let Some(class) = f.class.as_deref() else {
            continue;
        };
        let at = f.a;
        let country = f.country.as_deref().or(focus);
        let state = |kinds: &[&str]| -> Option<usize> {
            // The state actor the report names for that country, else the dictionary's.
            pick(at, &|e| {
                e.camp == "government"
                    && kinds.contains(&e.kind.as_str())
                    && country.is_none_or(|c| e.country == c)
            })
            .or_else(|| country.and_then(|c| dict.of_country(c, kinds)))
        };
        let resolved = match class {
            "army" => state(&["military", "foreign_military"]),
            "junta" => state(&["military"]),
            "government" => state(&["government"]).or_else(|| state(&["military"])),
            "police" => state(&["police"]),
            "rebel" => pick(at, &|e| e.camp == "rebel"),
            // (Where the dictionary has no label for unnamed Islamists in any year, as
            // for Burkina Faso and Niger, the country's unidentified armed group, as
            // ACLED codes "militants" there, not the bare word with a rebel's code; in
            // Mali before 2013 the named groups held the north, and the word stays.)
            "jihadist" => pick(at, &|e| e.camp == "jihadist")
                .or_else(|| country.and_then(|c| dict.unidentified_of(c, "jihadist", day)))
                .or_else(|| {
                    let c = country?;
                    dict.unidentified_of(c, "jihadist", None)
                        .is_none()
                        .then(|| dict.unidentified_of(c, "unidentified", day))
                        .flatten()
                }),
            "terrorist" => {
                // Whoever the state calls terrorists: the non-state armed actor in play,
                // else an armed group the report does not identify, as ACLED codes
                // « X terroristes neutralisés » from a communiqué naming no group.
                pick(at, &|e| matches!(e.camp.as_str(), "jihadist" | "rebel"))
                    .or_else(|| country.and_then(|c| dict.unidentified_of(c, "unidentified", day)))
            }
            "alqaeda" | "islamic_state" => {
                let family = if class == "alqaeda" {
                    "al_qaeda"
                } else {
                    "islamic_state"
                };
                pick(at, &|e| e.family.as_deref() == Some(family))
                    .or_else(|| dict.of_family(family, country, day))
            }
            "mercenary" => pick(at, &|e| {
                e.kind == "foreign_military" && e.camp == "government"
            })
            .or_else(|| {
                // None named: the foreign force fighting for that state that year.
                let army = country.and_then(|c| dict.of_country(c, &["military"]))?;
                let army = &dict.actors[army].id;
                dict.actors.iter().position(|e| {
                    e.kind == "foreign_military"
                        && e.camp == "government"
                        && e.active(day)
                        && e.allied_with.contains(army)
                })
            }),
            // "The UN", "blue helmets": the UN mission in that country that year (a
            // `mission` that is `member_of` the "un" actor), else the UN itself.
            "un" => pick(at, &|e| e.kind == "mission").or_else(|| {
                dict.actors
                    .iter()
                    .position(|e| {
                        e.kind == "mission"
                            && e.member_of.iter().any(|m| m == "un")
                            && country.is_some_and(|c| e.country == c)
                            && e.active(day)
                    })
                    .or_else(|| dict.index("un"))
            }),
            "civilians" => country.and_then(|c| dict.of_country(c, &["civilians"])),
            "gunmen" => country.and_then(|c| dict.of_country(c, &["unidentified"])),
            "protesters" => country.and_then(|c| dict.of_country(c, &["protesters"])),
            "rioters" => country.and_then(|c| dict.of_country(c, &["rioters"])),
            "militia" => pick(at, &|e| e.camp == "militia"),
            // "a guard returned fire", "a security guard working for the ICRC": hired
            // guards, whom ACLED codes as private security forces.
            "guards" => country.and_then(|c| dict.of_country(c, &["private_security"])),
            _ => None,
        };
        f.actor = resolved;
        let _ = w;
    }
}

#[cfg(test)]
mod tests;
