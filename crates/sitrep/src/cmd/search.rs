//! `sitrep search`: FTS5 over stored titles and texts.

use crate::DbArg;
use crate::output::Table;
use anyhow::Result;
use sitrep_store::Store;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutFormat {
    Table,
    Jsonl,
}

#[derive(clap::Args)]
pub struct Args {
    /// Words to find (accents and case ignored); FTS5 syntax: AND, OR, NOT, "a phrase", prefix*.
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub query: Vec<String>,
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long, value_enum, default_value = "table")]
    pub format: OutFormat,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let store = Store::open(&a.db.db)?;
    let q = a.query.join(" ");
    let tty = std::io::stdout().is_terminal();
    let (open, close) = match (a.format, tty) {
        (OutFormat::Table, true) => ("\x1b[1;33m", "\x1b[0m"),
        (OutFormat::Table, false) => ("[", "]"),
        (OutFormat::Jsonl, _) => ("<mark>", "</mark>"),
    };
    let hits = store.search(&q, a.limit, open, close)?;
    let mut out = std::io::stdout().lock();
    match a.format {
        OutFormat::Jsonl => {
            for h in &hits {
                writeln!(out, "{}", serde_json::to_string(h)?)?;
            }
        }
        OutFormat::Table => {
            if hits.is_empty() {
                eprintln!("sitrep: no document matches {q:?}");
                return Ok(ExitCode::SUCCESS);
            }
            let mut t = Table::new(["doc", "published", "outlet", "snippet"]);
            for h in &hits {
                t.row([
                    h.doc.clone(),
                    h.published.clone().unwrap_or_default(),
                    h.outlet.clone().unwrap_or_default(),
                    h.snippet.replace('\n', " "),
                ]);
            }
            t.write(&mut out, &[40, 10, 20, 0])?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
