//! The actor dictionary (`data/actors/*.toml`): canonical names, ACLED spellings over
//! time, inter codes, camps, names in English and French, acronyms, alliances, people.
//! Loaded once; a malformed file is rejected with the file, line and reason.

use crate::words::{FxMap, Phrases, Vocab, Words};
use serde::Deserialize;
use sitrep_core::lexicon::LexiconError;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcledName {
    pub name: String,
    pub from: Bound,
    #[serde(default)]
    pub to: Option<Bound>,
    /// ACLED's inter code under this name, when it differs from the actor's: ACLED
    /// recodes a group when it renames it ("Ganda Izo Ethnic Militia (Mali)", inter 4,
    /// became "Ganda Izo", inter 3).
    #[serde(default)]
    pub inter: Option<u8>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorEntry {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub acled: Vec<AcledName>,
    pub inter: u8,
    pub camp: String,
    #[serde(default)]
    pub country: String,
    pub kind: String,
    #[serde(default)]
    pub en: Vec<String>,
    #[serde(default)]
    pub fr: Vec<String>,
    #[serde(default)]
    pub acronyms: Vec<String>,
    #[serde(default)]
    pub allied_with: Vec<String>,
    #[serde(default)]
    pub member_of: Vec<String>,
    #[serde(default)]
    pub from: Option<i32>,
    #[serde(default)]
    pub to: Option<i32>,
    /// A movement the group belongs to by allegiance ("al_qaeda", "islamic_state"):
    /// what a report means by "Al-Qaeda in the region" is the affiliate in play.
    #[serde(default)]
    pub family: Option<String>,
    /// ACLED codes its members' actions under it, the member as associated actor
    /// (JNIM and its components since 2017).
    #[serde(default)]
    pub codes_members: bool,
    /// Bare names of the people a communal militia stands for ("Fulani", "Peuls"):
    /// matched only where a report pits two peoples against each other ("between
    /// Fulani and Dogon", "Fulani and Dogon militiamen"), since alone they name a
    /// people, not an armed group.
    #[serde(default)]
    pub ethnonyms: Vec<String>,
}

/// A calendar day as the number yyyymmdd (2013-09-04 → 20130904): what dated
/// spellings are compared with.
pub type Day = i32;

fn ymd(year: i32, month: i32, day: i32) -> Day {
    year * 10_000 + month * 100 + day
}

/// The [`Day`] of a date.
pub fn day_of(d: sitrep_core::Date) -> Day {
    ymd(d.year().into(), d.month().into(), d.day().into())
}

/// A bound of a dated ACLED spelling: a year (`2013`: from its first day, to its last)
/// or a day (`"2013-09-04"`): ACLED renames a state's forces when a new government
/// takes office, and a year alone would give half of that year the wrong name.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(try_from = "YearOrDay")]
pub struct Bound {
    year: i32,
    /// Month and day, for a day bound.
    md: Option<(i32, i32)>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum YearOrDay {
    Year(i32),
    Day(String),
}

impl TryFrom<YearOrDay> for Bound {
    type Error = String;
    fn try_from(v: YearOrDay) -> Result<Bound, String> {
        match v {
            YearOrDay::Year(year) => Ok(Bound { year, md: None }),
            YearOrDay::Day(s) => {
                let d: sitrep_core::Date = s
                    .parse()
                    .map_err(|_| format!("{s:?} is not a year (2013) or a day (\"2013-09-04\")"))?;
                Ok(Bound {
                    year: i32::from(d.year()),
                    md: Some((d.month().into(), d.day().into())),
                })
            }
        }
    }
}

impl Bound {
    /// Its first day (January 1 of a year bound).
    fn first(self) -> Day {
        let (m, d) = self.md.unwrap_or((1, 1));
        ymd(self.year, m, d)
    }

    /// Its last day (December 31 of a year bound).
    fn last(self) -> Day {
        let (m, d) = self.md.unwrap_or((12, 31));
        ymd(self.year, m, d)
    }
}

impl ActorEntry {
    /// True when the actor existed on `day` (always, when the day is unknown).
    pub fn active(&self, day: Option<Day>) -> bool {
        day.map(|d| d / 10_000)
            .is_none_or(|y| self.from.is_none_or(|f| f <= y) && self.to.is_none_or(|t| y <= t))
    }

    /// ACLED's name for this actor on a given day (its canonical name when ACLED has
    /// no dated spelling).
    pub fn acled_name(&self, day: Option<Day>) -> &str {
        self.acled_in(day)
            .map(|a| a.name.as_str())
            .unwrap_or(&self.name)
    }

    /// ACLED's inter code for this actor on a given day: its name's, if that name
    /// has its own, else the actor's.
    pub fn inter_in(&self, day: Option<Day>) -> u8 {
        self.acled_in(day)
            .and_then(|a| a.inter)
            .unwrap_or(self.inter)
    }

    /// The ACLED name in use on `day` (the last listed that covers it); for a day no
    /// name covers, the last listed that began before it, else the first; for an
    /// unknown day, the last listed.
    fn acled_in(&self, day: Option<Day>) -> Option<&AcledName> {
        let Some(d) = day else {
            return self.acled.last();
        };
        let mut begun = self.acled.iter().rev().filter(|a| a.from.first() <= d);
        begun
            .clone()
            .find(|a| a.to.is_none_or(|t| d <= t.last()))
            .or_else(|| begun.next())
            .or(self.acled.first())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonEntry {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub actor: String,
    pub role: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DictFile {
    #[serde(default)]
    actor: Vec<ActorEntry>,
    #[serde(default)]
    person: Vec<PersonEntry>,
}

pub const CAMPS: &[&str] = &[
    "government",
    "rebel",
    "jihadist",
    "international",
    "militia",
    "civilian",
    "protesters",
    "rioters",
    "unidentified",
    "other",
];

/// Roles a person may have in their group (the role values of `actors.tsv`).
pub const ROLES: &[&str] = &[
    "leader",
    "commander",
    "spokesman",
    "official",
    "mayor",
    "minister",
    "president",
    "founder",
    "coordinator",
    "member",
];

/// Movements the resolver knows ("Al-Qaeda in the region" → the affiliate in play).
pub const FAMILIES: &[&str] = &["al_qaeda", "islamic_state"];

pub const KINDS: &[&str] = &[
    "military",
    "police",
    "government",
    "armed_group",
    "militia",
    "mission",
    "foreign_military",
    "civilians",
    "protesters",
    "rioters",
    "ethnic_group",
    "unidentified",
    "private_security",
    "other",
];

/// Letters from which a misspelt acronym is still recognised.
const LONG_ACRONYM: usize = 6;

/// The dictionary and its phrase tables (names per language, acronyms, people).
#[derive(Debug, Default)]
pub struct ActorDict {
    pub actors: Vec<ActorEntry>,
    pub persons: Vec<PersonEntry>,
    by_id: FxMap<String, usize>,
    /// Names per language (index = Lang as usize); values are actor indices.
    names: [Phrases<usize>; 2],
    /// Acronyms, folded for lookup (per language vocabulary); matches are checked
    /// against the written case.
    acronyms: Phrases<(usize, String)>,
    acronyms_fr: Phrases<(usize, String)>,
    /// Acronyms of [`LONG_ACRONYM`] letters or more, as written: a capitalized word one
    /// typo away from one of them is that acronym ([`ActorDict::acronym_near`]).
    long_acronyms: Vec<(String, usize)>,
    /// People, by their names: person index.
    people: Phrases<usize>,
    people_fr: Phrases<usize>,
    /// Bare names of peoples (per language vocabulary): the militia standing for them.
    ethnonyms: [Phrases<usize>; 2],
    /// Per language, indexed by word id: does a name, an acronym or a person's name start
    /// with the word? The actor stage skips the other words with one load.
    starts: [Vec<bool>; 2],
    /// Indices of the actors of each country, in dictionary order: for
    /// [`ActorDict::of_country`], asked for every description and event, which would
    /// otherwise compare the strings of every actor.
    by_country: FxMap<String, Vec<usize>>,
}

impl ActorDict {
    pub fn parse(
        files: &[(&str, &str)],
        vocab: &mut [Vocab; 2],
    ) -> Result<ActorDict, LexiconError> {
        let mut d = ActorDict::default();
        // Where each actor and person is defined, for errors found after parsing: its
        // file and the file's text, and which `[[actor]]` / `[[person]]` table it is.
        let mut actor_at: Vec<(&str, &str, usize)> = Vec::new();
        let mut person_at: Vec<(&str, &str, usize)> = Vec::new();
        // The line of the k-th table under header `h` (0: none), looked up only for an
        // error: two passes over the file at every start otherwise.
        let line_of = |src: &str, h: &str, k: usize| -> usize {
            src.lines()
                .enumerate()
                .filter(|(_, l)| l.trim() == h)
                .map(|(i, _)| i + 1)
                .nth(k)
                .unwrap_or(0)
        };
        for (file, src) in files {
            if !src.lines().any(|l| l.starts_with("# source:")) {
                return Err(LexiconError::new(
                    file,
                    0,
                    "missing a `# source:` provenance line",
                ));
            }
            let f: DictFile = crate::resources::parse_data_toml(file, src)?;
            for (k, a) in f.actor.into_iter().enumerate() {
                actor_at.push((file, src, k));
                let bad =
                    |why: String| Err(LexiconError::new(file, line_of(src, "[[actor]]", k), why));
                if let Some(i) = std::iter::once(a.inter)
                    .chain(a.acled.iter().filter_map(|n| n.inter))
                    .find(|i| !(1..=8).contains(i))
                {
                    return bad(format!("actor {}: inter {i} is not 1..8", a.id));
                }
                if !CAMPS.contains(&a.camp.as_str()) {
                    return bad(format!("actor {}: unknown camp {:?}", a.id, a.camp));
                }
                if !KINDS.contains(&a.kind.as_str()) {
                    return bad(format!("actor {}: unknown kind {:?}", a.id, a.kind));
                }
                if let Some(f) = &a.family
                    && !FAMILIES.contains(&f.as_str())
                {
                    return bad(format!("actor {}: unknown family {f:?}", a.id));
                }
                if d.by_id.contains_key(&a.id) {
                    return bad(format!("actor {} defined twice", a.id));
                }
                d.by_id.insert(a.id.clone(), d.actors.len());
                d.actors.push(a);
            }
            for (k, p) in f.person.into_iter().enumerate() {
                if !ROLES.contains(&p.role.as_str()) {
                    return Err(LexiconError::new(
                        file,
                        line_of(src, "[[person]]", k),
                        format!("person {}: unknown role {:?}", p.name, p.role),
                    ));
                }
                person_at.push((file, src, k));
                d.persons.push(p);
            }
        }
        // References must resolve: a typo would silently cut an alliance.
        for (a, &(file, src, k)) in d.actors.iter().zip(&actor_at) {
            for r in a.allied_with.iter().chain(&a.member_of) {
                if !d.by_id.contains_key(r) {
                    return Err(LexiconError::new(
                        file,
                        line_of(src, "[[actor]]", k),
                        format!("actor {} refers to unknown actor {r:?}", a.id),
                    ));
                }
            }
        }
        for (p, &(file, src, k)) in d.persons.iter().zip(&person_at) {
            if !d.by_id.contains_key(&p.actor) {
                return Err(LexiconError::new(
                    file,
                    line_of(src, "[[person]]", k),
                    format!("person {} belongs to unknown actor {:?}", p.name, p.actor),
                ));
            }
        }
        for (i, a) in d.actors.iter().enumerate() {
            let [ven, vfr] = vocab;
            // The canonical name is not matched by itself: "Platform" and "United
            // Nations" would catch a common word and a description to resolve in context.
            for n in &a.en {
                d.names[0].insert(ven, n, i);
            }
            for n in &a.fr {
                d.names[1].insert(vfr, n, i);
            }
            for ac in &a.acronyms {
                let compact: String = ac.chars().filter(|c| c.is_alphanumeric()).collect();
                d.acronyms.insert(ven, ac, (i, compact.clone()));
                // (Capitals only: "Minusma" and "Platform" are names, and a misspelt
                // acronym is matched only in capitals.)
                if compact.chars().count() >= LONG_ACRONYM
                    && compact == *ac
                    && compact
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                {
                    d.long_acronyms.push((compact, i));
                }
            }
        }
        // Acronyms in French text use the same table (ids from the English vocabulary
        // would not match French words): insert them in the French vocabulary too.
        let mut fr_acr: Phrases<(usize, String)> = Phrases::default();
        for (i, a) in d.actors.iter().enumerate() {
            for ac in &a.acronyms {
                let compact: String = ac.chars().filter(|c| c.is_alphanumeric()).collect();
                fr_acr.insert(&mut vocab[1], ac, (i, compact));
            }
        }
        d.acronyms_fr = fr_acr;
        // Reports in either language write either people's name ("Peuls" in English
        // notes): both tables get every one. The first actor to list a name keeps it.
        let mut seen = sitrep_core::hash::FxSet::default();
        for (i, a) in d.actors.iter().enumerate() {
            for n in &a.ethnonyms {
                if !seen.insert(n.to_lowercase()) {
                    continue;
                }
                for (table, v) in d.ethnonyms.iter_mut().zip(vocab.iter_mut()) {
                    table.insert(v, n, i);
                }
            }
        }
        for (i, p) in d.persons.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                d.people.insert(&mut vocab[0], n, i);
                d.people_fr.insert(&mut vocab[1], n, i);
            }
        }
        for (i, a) in d.actors.iter().enumerate() {
            d.by_country.entry(a.country.clone()).or_default().push(i);
        }
        let firsts = [
            [
                d.names[0].first_ids(),
                d.acronyms.first_ids(),
                d.people.first_ids(),
            ],
            [
                d.names[1].first_ids(),
                d.acronyms_fr.first_ids(),
                d.people_fr.first_ids(),
            ],
        ];
        for (starts, ids) in d.starts.iter_mut().zip(firsts) {
            for &id in ids.into_iter().flatten() {
                if starts.len() <= id as usize {
                    starts.resize(id as usize + 1, false);
                }
                starts[id as usize] = true;
            }
        }
        Ok(d)
    }

    /// Can a name, an acronym or a person's name of the dictionary start with the word
    /// of this id? False means [`ActorDict::name_at`], [`ActorDict::acronym_at`] and
    /// [`ActorDict::person_at`] all find nothing at such a word.
    #[inline]
    pub fn starts_with_id(&self, lang: sitrep_core::Lang, id: u32) -> bool {
        self.starts[lang as usize].get(id as usize) == Some(&true)
    }

    pub fn get(&self, id: &str) -> Option<&ActorEntry> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    /// Do the two fight on the same side: allied, or one part of the other ("JNIM
    /// militants of Katiba Macina" are one side, not two)?
    pub fn same_side(&self, x: &str, y: &str) -> bool {
        let (Some(a), Some(b)) = (self.get(x), self.get(y)) else {
            return false;
        };
        let names =
            |e: &ActorEntry, id: &str| e.allied_with.iter().chain(&e.member_of).any(|v| v == id);
        names(a, y) || names(b, x)
    }

    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// A people's bare name at word `i` ("Fulani", "Dogons"): its end and the militia
    /// standing for that people.
    pub fn ethnonym_at(
        &self,
        lang: sitrep_core::Lang,
        w: &Words,
        i: usize,
    ) -> Option<(usize, usize)> {
        self.ethnonyms[lang as usize]
            .longest(w, i)
            .map(|(e, &a)| (e, a))
    }

    /// The words where a people's name starts, in order (see [`Phrases::starts_in`]).
    pub fn ethnonym_starts<'a>(
        &'a self,
        lang: sitrep_core::Lang,
        w: &'a Words,
    ) -> impl Iterator<Item = usize> + 'a {
        self.ethnonyms[lang as usize].starts_in(w, 0, w.len())
    }

    /// The longest actor name at word `i`.
    pub fn name_at(&self, lang: sitrep_core::Lang, w: &Words, i: usize) -> Option<(usize, usize)> {
        self.names[lang as usize]
            .longest(w, i)
            .map(|(e, &a)| (e, a))
    }

    /// An acronym at word `i`, written in the dictionary's case ("FAMa", not "Fama").
    ///
    /// Inlined up to the first-word test: asked at most words, where none starts.
    #[inline]
    pub fn acronym_at(
        &self,
        lang: sitrep_core::Lang,
        w: &Words,
        text: &str,
        i: usize,
    ) -> Option<(usize, usize)> {
        let table = match lang {
            sitrep_core::Lang::En => &self.acronyms,
            sitrep_core::Lang::Fr => &self.acronyms_fr,
        };
        match w.words().get(i) {
            Some(word) if table.starts_with_id(word.id) => Self::acronym_slow(table, w, text, i),
            _ => None,
        }
    }

    #[inline(never)]
    fn acronym_slow(
        table: &Phrases<(usize, String)>,
        w: &Words,
        text: &str,
        i: usize,
    ) -> Option<(usize, usize)> {
        for (e, (a, compact)) in table.all_at(w, i) {
            let raw = w.span(i, e).of(text);
            if raw
                .chars()
                .filter(|c| c.is_alphanumeric())
                .eq(compact.chars())
            {
                return Some((e, *a));
            }
        }
        None
    }

    /// The actor whose long acronym word `i` misspells by one letter too many or too
    /// few ("MINUMSMA", "MINUSUMA", "MINSMA" for MINUSMA), when only one is that
    /// close. Words of capitals only, of [`LONG_ACRONYM`] letters or more: shorter
    /// acronyms are one letter away from too many others and from ordinary
    /// abbreviations; and a letter changed is often another name ("MINUSCA", the
    /// mission in the Central African Republic).
    ///
    /// Inlined up to the length test, which most words asked fail: the scan asks it at
    /// every capitalized word, where a call each cost more than the test.
    #[inline]
    pub fn acronym_near(&self, w: &Words, text: &str, i: usize) -> Option<(usize, usize)> {
        let s = w.words()[i].span;
        if ((s.end - s.start) as usize) < LONG_ACRONYM {
            return None;
        }
        // (Nor a word whose second byte is no capital or digit, as most long capitalized
        // words: the slow test's first failure, without its call. The word has the bytes.)
        let second = text.as_bytes()[s.start as usize + 1];
        if !(second.is_ascii_uppercase() || second.is_ascii_digit()) {
            return None;
        }
        self.acronym_near_slow(w, text, i)
    }

    /// [`ActorDict::acronym_near`] of a word of [`LONG_ACRONYM`] bytes or more.
    #[inline(never)]
    fn acronym_near_slow(&self, w: &Words, text: &str, i: usize) -> Option<(usize, usize)> {
        // The word's bytes, not sliced as a `str` (a test of both ends' character
        // boundaries at every capitalized word): the length first, then capitals and
        // digits only (it fails at the second letter of almost every capitalized word),
        // so that characters are bytes and the length in bytes is the letter count.
        // (Word `i`'s own span: what `w.span(i, i + 1)` covers.)
        let raw = w.words()[i].span;
        let raw = &text.as_bytes()[raw.start as usize..raw.end as usize];
        if raw.len() < LONG_ACRONYM
            || !raw
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            return None;
        }
        let mut near = self.long_acronyms.iter().filter(|(ac, _)| {
            ac.len().abs_diff(raw.len()) == 1
                && sitrep_gazetteer::edit_distance(ac.as_bytes(), raw, 1) == 1
        });
        let (_, a) = near.next()?;
        near.all(|(_, b)| b == a).then_some((i + 1, *a))
    }

    /// A person of the dictionary at word `i`.
    pub fn person_at(
        &self,
        lang: sitrep_core::Lang,
        w: &Words,
        i: usize,
    ) -> Option<(usize, usize)> {
        let t = match lang {
            sitrep_core::Lang::En => &self.people,
            sitrep_core::Lang::Fr => &self.people_fr,
        };
        t.longest(w, i).map(|(e, &p)| (e, p))
    }

    /// The affiliate of a family active in a year, preferring one of `country`: the
    /// group a report means by "Al-Qaeda in the region" when it names none.
    pub fn of_family(
        &self,
        family: &str,
        country: Option<&str>,
        day: Option<Day>,
    ) -> Option<usize> {
        let ok = |a: &ActorEntry| a.family.as_deref() == Some(family) && a.active(day);
        self.actors
            .iter()
            .position(|a| ok(a) && country.is_some_and(|c| a.country == c))
            .or_else(|| self.actors.iter().position(ok))
    }

    /// The actor of a country and kind ("ML", "military"): the state actor a description
    /// like "the army" refers to.
    pub fn of_country(&self, country: &str, kinds: &[&str]) -> Option<usize> {
        let of = self.by_country.get(country)?;
        kinds.iter().find_map(|k| {
            of.iter().copied().find(|&i| {
                self.actors[i].kind == *k
                    && (*k != "unidentified" || self.actors[i].camp == "unidentified")
            })
        })
    }

    /// The country's label for an armed group of `camp` nobody names ("Islamist Militia
    /// (Mali)"), when the dictionary has one.
    pub fn unidentified_of(&self, country: &str, camp: &str, day: Option<Day>) -> Option<usize> {
        let of = self.by_country.get(country)?;
        of.iter().copied().find(|&i| {
            let a = &self.actors[i];
            a.kind == "unidentified" && a.camp == camp && a.active(day)
        })
    }
}
