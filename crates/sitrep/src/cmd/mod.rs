//! One module per subcommand.

pub mod bench;
pub mod demo;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod gen_corpus;
pub mod ingest;
pub mod search;
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
