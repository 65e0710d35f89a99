//! One module per subcommand.

/// `println!` that returns the write error instead of panicking, so that `sitrep eval
/// acled … | head` ends quietly (main treats a broken pipe as success).
macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($t)*)?
    }};
}

pub mod bench;
pub mod demo;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod gen_corpus;
pub mod incidents;
pub mod ingest;
pub mod search;
pub mod serve;
pub mod timex;

use sitrep_core::{Date, Lang};
use sitrep_ingest::{Format, IngestOptions};

/// Parses `YYYY-MM-DD` for `--date`, `--since`, `--until`.
pub fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>()
        .map_err(|_| format!("{s:?} is not a date: write it as YYYY-MM-DD, e.g. 2023-11-13"))
}

pub fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
}

/// `--input-format`: detection by default, or a forced format.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    Auto,
    Text,
    Html,
    Rss,
    Atom,
    Jsonl,
}

impl InputFormat {
    fn forced(self) -> Option<Format> {
        Some(match self {
            InputFormat::Auto => return None,
            InputFormat::Text => Format::Text,
            InputFormat::Html => Format::Html,
            InputFormat::Rss => Format::Rss,
            InputFormat::Atom => Format::Atom,
            InputFormat::Jsonl => Format::Jsonl,
        })
    }
}

/// `--gazetteer` and `--country` for every command that extracts.
#[derive(clap::Args, Clone, Debug)]
pub struct GazArg {
    /// A gazetteer index made by `sitrep gazetteer import` (default: the imported index
    /// if there is one, else the small gazetteer built into sitrep).
    /// The default also honours the SITREP_GAZETTEER environment variable (empty: the
    /// built-in gazetteer).
    #[arg(long, value_name = "PATH")]
    pub gazetteer: Option<std::path::PathBuf>,
    /// The country the reports are about (ISO code, e.g. ML), for reports that name no
    /// place or nationality: "the army" and "the junta" are then that country's.
    #[arg(long, value_name = "ISO", value_parser = parse_country)]
    pub country: Option<String>,
}

fn parse_country(s: &str) -> Result<String, String> {
    let c = s.trim().to_ascii_uppercase();
    if c.len() == 2 && c.chars().all(|x| x.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(format!(
            "{s:?} is not a two-letter ISO country code (e.g. ML, BF, NE)"
        ))
    }
}

/// The extractor, over the imported gazetteer when there is one.
pub fn extractor(g: &GazArg) -> anyhow::Result<sitrep_extract::Extractor> {
    use anyhow::Context;
    let res = sitrep_extract::resources::Resources::embedded();
    let path = match &g.gazetteer {
        Some(p) => Some(p.clone()),
        None => sitrep_gazetteer::default_index_path().filter(|p| p.exists()),
    };
    let res = match path {
        Some(p) => {
            let gaz = sitrep_gazetteer::Gazetteer::load(&p)
                .with_context(|| format!("loading the gazetteer {}", p.display()))?;
            res.with_gazetteer(gaz)
        }
        None => res,
    };
    let res = res.with_default_country(g.country.clone());
    Ok(sitrep_extract::Extractor::new(std::sync::Arc::new(res)))
}

/// Where a document's (first) event happened, until the events stage says it: the first
/// resolved place named in a locative context, else the first resolved place.
pub fn event_place(doc: &sitrep_core::Doc) -> Option<&sitrep_core::records::PlaceMention> {
    // The most precise located place named in a locative context, first in the text;
    // a whole country or region only when nothing finer is named.
    doc.places
        .iter()
        .filter(|p| p.lat.is_some())
        .min_by_key(|p| {
            let country = p.feature.as_deref().is_some_and(|f| f.starts_with("A.PCL"));
            (country, !p.locative, p.geo_precision, p.span.start)
        })
}

/// What every command that reads documents accepts.
#[derive(clap::Args, Clone, Debug)]
pub struct DocArgs {
    /// Publication date of the documents (overrides what the input says).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<Date>,
    /// Language of the documents: en or fr (default: detected per document).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Outlet that published them (default: from the input, the page or the URL's domain).
    #[arg(long, value_name = "OUTLET")]
    pub source: Option<String>,
    /// Input format (default: detected from content and extension).
    #[arg(long = "input-format", value_enum, default_value = "auto")]
    pub input_format: InputFormat,
    #[command(flatten)]
    pub gazetteer: GazArg,
}

impl DocArgs {
    pub fn options(&self) -> IngestOptions {
        IngestOptions {
            source: self.source.clone(),
            lang: self.lang,
            date: self.date,
            format: self.input_format.forced(),
        }
    }
}
