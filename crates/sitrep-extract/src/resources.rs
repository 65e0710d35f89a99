//! The read-only resources every stage draws on (DESIGN §5): lexicons per language,
//! loaded once per process from data files embedded in the binary (so `sitrep` works
//! offline from any directory) or, for lexicon development, from a `data/` directory.

use crate::actor::dict::ActorDict;
use crate::actor::lex::ActorLex;
use crate::claim::lex::ClaimLex;
use crate::event::codebook::Codebook;
use crate::event::lex::EventLex;
use crate::numbers::NumberLex;
use crate::place::lex::PlaceLex;
use crate::quantity::lex::QuantityLex;
use crate::segment::Abbreviations;
use crate::time::lex::TimeLex;
use crate::words::Vocab;
use sitrep_core::lexicon::{LexiconError, parse_toml, parse_tsv, trim_field};
use sitrep_core::{Date, Lang};
use sitrep_gazetteer::Gazetteer;
use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

/// A data file: its path relative to `data/` and its embedded content.
pub struct DataFile {
    pub path: &'static str,
    pub content: &'static str,
}

macro_rules! data_files {
    ($($p:literal),* $(,)?) => {
        &[$(DataFile { path: $p, content: include_str!(concat!("../../../data/", $p)) }),*]
    };
}

/// Every data file the extractor reads, embedded at build time.
pub static EMBEDDED: &[DataFile] = data_files![
    "lexicon/en/abbreviations.txt",
    "lexicon/fr/abbreviations.txt",
    "lexicon/en/time.tsv",
    "lexicon/fr/time.tsv",
    "lexicon/en/numbers.tsv",
    "lexicon/fr/numbers.tsv",
    "lexicon/en/places.tsv",
    "lexicon/fr/places.tsv",
    "lexicon/en/stopwords.txt",
    "lexicon/fr/stopwords.txt",
    "lexicon/en/actors.tsv",
    "lexicon/fr/actors.tsv",
    "lexicon/en/claims.tsv",
    "lexicon/fr/claims.tsv",
    "lexicon/en/quantities.tsv",
    "lexicon/fr/quantities.tsv",
    "actors/sahel.toml",
    "acled/codebook.toml",
    "lexicon/en/events.tsv",
    "lexicon/fr/events.tsv",
];

/// The embedded TOML files in JSON, as build.rs converted them: the TOML parser cost
/// about 9 M instructions of every start-up for these two files, serde_json a fraction.
static PREPARSED: &[(&str, &str)] = &[
    (
        "actors/sahel.toml",
        include_str!(concat!(env!("OUT_DIR"), "/actors_sahel.json")),
    ),
    (
        "acled/codebook.toml",
        include_str!(concat!(env!("OUT_DIR"), "/acled_codebook.json")),
    ),
];

/// Parses a TOML data file into `T`: from its JSON form ([`PREPARSED`]) when `src` is
/// the file as embedded, else (a data directory's own copy) as TOML. Any JSON failure
/// falls back to the TOML, so that errors name the file's own line.
pub(crate) fn parse_data_toml<T: serde::de::DeserializeOwned>(
    file: &str,
    src: &str,
) -> Result<T, LexiconError> {
    if let Some((_, json)) = PREPARSED.iter().find(|(p, _)| *p == file)
        && EMBEDDED.iter().any(|f| f.path == file && f.content == src)
        && let Ok(v) = serde_json::from_str(json)
    {
        return Ok(v);
    }
    parse_toml(file, src)
}

/// The actor dictionary files, in load order (DESIGN §5).
pub const ACTOR_FILES: &[&str] = &["actors/sahel.toml"];

/// The gazetteer in use: the small default built into the binary, or an imported index.
pub enum GazetteerRef {
    /// [`Gazetteer::embedded`], built on first use: a process given an imported index
    /// never builds it (about half the start-up of `sitrep extract --gazetteer`).
    Embedded,
    Imported(Arc<Gazetteer>),
}

impl std::ops::Deref for GazetteerRef {
    type Target = Gazetteer;
    #[inline]
    fn deref(&self) -> &Gazetteer {
        match self {
            GazetteerRef::Embedded => Gazetteer::embedded(),
            GazetteerRef::Imported(g) => g,
        }
    }
}

/// Lexicons, compiled once and shared read-only across threads.
pub struct Resources {
    abbrev: [Abbreviations; 2],
    time: [TimeLex; 2],
    numbers: [NumberLex; 2],
    places: [PlaceLex; 2],
    actor_lex: [ActorLex; 2],
    claim_lex: [ClaimLex; 2],
    quantity_lex: [QuantityLex; 2],
    actors: ActorDict,
    codebook: Codebook,
    event_lex: [EventLex; 2],
    /// All lexicon words of each language, numbered (see `words::Vocab`).
    vocab: [Vocab; 2],
    gazetteer: GazetteerRef,
    /// The country reports are about when they name none (`--country`).
    default_country: Option<String>,
    /// "Now", for inferring the year of an undated report: the system date, or
    /// `SITREP_TODAY` (YYYY-MM-DD) for reproducible runs.
    today: Date,
}

impl Resources {
    /// The resources built into the binary. They are tested at build time, so a failure
    /// here is a bug in sitrep, not bad input.
    pub fn embedded() -> Resources {
        Self::load(|p| {
            EMBEDDED
                .iter()
                .find(|f| f.path == p)
                .map(|f| Ok(Cow::Borrowed(f.content)))
                .unwrap_or_else(|| Err(format!("no embedded data file {p}")))
        })
        .unwrap_or_else(|e| panic!("embedded lexicon is broken: {e}"))
    }

    /// Loads resources from a data directory laid out like the project's `data/`;
    /// files missing there fall back to the embedded copy.
    pub fn from_dir(dir: &Path) -> Result<Resources, LexiconError> {
        Self::load(|p| {
            let full = dir.join(p);
            if full.exists() {
                std::fs::read_to_string(&full)
                    .map(Cow::Owned)
                    .map_err(|e| format!("{}: {e}", full.display()))
            } else {
                EMBEDDED
                    .iter()
                    .find(|f| f.path == p)
                    .map(|f| Ok(Cow::Borrowed(f.content)))
                    .unwrap_or_else(|| Err(format!("no data file {p}")))
            }
        })
    }

    /// `read` gives a data file's text: the embedded files are borrowed, not copied.
    fn load(
        read: impl Fn(&str) -> Result<Cow<'static, str>, String>,
    ) -> Result<Resources, LexiconError> {
        let get = |p: &str| read(p).map_err(|e| LexiconError::new(p, 0, e));
        let abbrev = |lang: Lang| -> Result<Abbreviations, LexiconError> {
            let p = format!("lexicon/{}/abbreviations.txt", lang.code());
            let src = get(&p)?;
            let rows = parse_tsv(&p, &src, 1, 1)?;
            Ok(Abbreviations::new(
                rows.iter().map(|r| trim_field(r.fields[0])),
            ))
        };
        let mut vocab = [Vocab::default(), Vocab::default()];
        let time = |lang: Lang, v: &mut Vocab| -> Result<TimeLex, LexiconError> {
            let p = format!("lexicon/{}/time.tsv", lang.code());
            TimeLex::parse(&p, &get(&p)?, v)
        };
        let [ven, vfr] = &mut vocab;
        let mut time = [time(Lang::En, ven)?, time(Lang::Fr, vfr)?];
        let numbers = |lang: Lang, v: &mut Vocab| -> Result<NumberLex, LexiconError> {
            let p = format!("lexicon/{}/numbers.tsv", lang.code());
            NumberLex::parse(&p, &get(&p)?, v)
        };
        let numbers = [numbers(Lang::En, ven)?, numbers(Lang::Fr, vfr)?];
        for (t, n) in time.iter_mut().zip(&numbers) {
            t.add_triggers(n.start_ids());
        }
        let places = |lang: Lang, v: &mut Vocab| -> Result<PlaceLex, LexiconError> {
            let p = format!("lexicon/{}/places.tsv", lang.code());
            let s = format!("lexicon/{}/stopwords.txt", lang.code());
            PlaceLex::parse(&p, &get(&p)?, &s, &get(&s)?, v)
        };
        let places = [places(Lang::En, ven)?, places(Lang::Fr, vfr)?];
        let actor_lex = |lang: Lang, v: &mut Vocab| -> Result<ActorLex, LexiconError> {
            let p = format!("lexicon/{}/actors.tsv", lang.code());
            ActorLex::parse(&p, &get(&p)?, v)
        };
        let actor_lex = [actor_lex(Lang::En, ven)?, actor_lex(Lang::Fr, vfr)?];
        let claim_lex = |lang: Lang, v: &mut Vocab| -> Result<ClaimLex, LexiconError> {
            let p = format!("lexicon/{}/claims.tsv", lang.code());
            ClaimLex::parse(&p, &get(&p)?, v)
        };
        let claim_lex = [claim_lex(Lang::En, ven)?, claim_lex(Lang::Fr, vfr)?];
        let quantity_lex = |lang: Lang, v: &mut Vocab| -> Result<QuantityLex, LexiconError> {
            let p = format!("lexicon/{}/quantities.tsv", lang.code());
            QuantityLex::parse(&p, &get(&p)?, v, lang)
        };
        let quantity_lex = [quantity_lex(Lang::En, ven)?, quantity_lex(Lang::Fr, vfr)?];
        let sources = ACTOR_FILES
            .iter()
            .map(|p| get(p).map(|s| (*p, s)))
            .collect::<Result<Vec<_>, _>>()?;
        let files: Vec<(&str, &str)> = sources.iter().map(|(p, s)| (*p, s.as_ref())).collect();
        let actors = ActorDict::parse(&files, &mut vocab)?;
        let p = "acled/codebook.toml";
        let codebook = Codebook::parse(p, &get(p)?)?;
        let classes = codebook.class_keys();
        let [ven, vfr] = &mut vocab;
        let event_lex = |lang: Lang, v: &mut Vocab| -> Result<EventLex, LexiconError> {
            let p = format!("lexicon/{}/events.tsv", lang.code());
            EventLex::parse(&p, &get(&p)?, &classes, v)
        };
        let event_lex = [event_lex(Lang::En, ven)?, event_lex(Lang::Fr, vfr)?];
        Ok(Resources {
            abbrev: [abbrev(Lang::En)?, abbrev(Lang::Fr)?],
            time,
            numbers,
            places,
            actor_lex,
            claim_lex,
            quantity_lex,
            actors,
            codebook,
            event_lex,
            vocab,
            gazetteer: GazetteerRef::Embedded,
            today: today(),
            default_country: None,
        })
    }

    /// Pins "now" (tests, reproducible evaluations).
    pub fn with_today(mut self, today: Date) -> Resources {
        self.today = today;
        self
    }

    /// Sets the country reports are about when they name no place or nationality.
    pub fn with_default_country(mut self, iso: Option<String>) -> Resources {
        self.default_country = iso;
        self
    }

    pub fn default_country(&self) -> Option<&str> {
        self.default_country.as_deref()
    }

    pub fn today(&self) -> Date {
        self.today
    }

    pub fn time(&self, lang: Lang) -> &TimeLex {
        &self.time[lang as usize]
    }

    pub fn numbers(&self, lang: Lang) -> &NumberLex {
        &self.numbers[lang as usize]
    }

    pub fn vocab(&self, lang: Lang) -> &Vocab {
        &self.vocab[lang as usize]
    }

    pub fn places(&self, lang: Lang) -> &PlaceLex {
        &self.places[lang as usize]
    }

    pub fn actor_lex(&self, lang: Lang) -> &ActorLex {
        &self.actor_lex[lang as usize]
    }

    pub fn claim_lex(&self, lang: Lang) -> &ClaimLex {
        &self.claim_lex[lang as usize]
    }

    pub fn quantity_lex(&self, lang: Lang) -> &QuantityLex {
        &self.quantity_lex[lang as usize]
    }

    /// ACLED's codebook: event types, sub-event types and the rules that choose them.
    pub fn codebook(&self) -> &Codebook {
        &self.codebook
    }

    pub fn event_lex(&self, lang: Lang) -> &EventLex {
        &self.event_lex[lang as usize]
    }

    /// The actor dictionary (both languages).
    pub fn actors(&self) -> &ActorDict {
        &self.actors
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Uses an imported gazetteer index instead of the embedded default.
    pub fn with_gazetteer(mut self, g: Gazetteer) -> Resources {
        self.gazetteer = GazetteerRef::Imported(Arc::new(g));
        self
    }

    pub fn abbreviations(&self, lang: Lang) -> &Abbreviations {
        &self.abbrev[lang as usize]
    }
}

/// Today's date (UTC), unless `SITREP_TODAY` pins it.
fn today() -> Date {
    if let Ok(s) = std::env::var("SITREP_TODAY")
        && let Ok(d) = s.parse()
    {
        return d;
    }
    let days = jiff::Timestamp::now().as_second().div_euclid(86_400);
    jiff::civil::date(1970, 1, 1)
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(jiff::civil::date(1970, 1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON forms hold what the TOML files say.
    #[test]
    fn preparsed_files_are_the_toml() {
        for (file, json) in PREPARSED {
            let src = EMBEDDED.iter().find(|f| f.path == *file).unwrap().content;
            let from_toml: serde_json::Value = parse_toml(file, src).unwrap();
            let from_json: serde_json::Value = serde_json::from_str(json).unwrap();
            assert_eq!(from_toml, from_json, "{file}");
        }
    }

    #[test]
    fn embedded_resources_load() {
        let r = Resources::embedded();
        let _ = r.abbreviations(Lang::Fr);
    }
}
