//! `sitrep gen-corpus`: large synthetic corpora for benchmarks and the kill test.
//!
//! The texts are assembled from sentence templates in English and French with names,
//! places, dates and figures of the kind real reports carry, so that every stage does
//! representative work. They are not realistic news and are never used for accuracy.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// How many documents.
    #[arg(long, default_value_t = 10_000)]
    pub docs: usize,
    /// Approximate size of each document's text, in bytes.
    #[arg(long, default_value_t = 2000)]
    pub size: usize,
    /// Random seed: the same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output JSONL file (standard output if omitted).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// xorshift64*: deterministic and dependency-free; quality is irrelevant here.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

const PLACES: &[&str] = &[
    "Kidal",
    "Gao",
    "Ménaka",
    "Tessalit",
    "Anéfis",
    "Aguelhok",
    "Tombouctou",
    "Mopti",
    "Ségou",
    "Bourem",
    "Ansongo",
    "Douentza",
    "Léré",
    "Niono",
    "Sévaré",
    "Tin-Essako",
    "Ber",
    "Goundam",
    "Djenné",
    "Bandiagara",
];
const EN_ACTORS: &[&str] = &[
    "the Malian army",
    "FAMa soldiers",
    "the CSP-PSD",
    "JNIM fighters",
    "suspected jihadists",
    "the Islamic State Sahel Province",
    "Wagner mercenaries",
    "MINUSMA peacekeepers",
    "Dozo hunters",
    "unidentified gunmen",
    "Dan Na Ambassagou militiamen",
];
const FR_ACTORS: &[&str] = &[
    "l'armée malienne",
    "les FAMa",
    "le CSP-PSD",
    "des combattants du JNIM",
    "des jihadistes présumés",
    "l'État islamique au Sahel",
    "les mercenaires de Wagner",
    "les Casques bleus de la Minusma",
    "des chasseurs dozos",
    "des hommes armés non identifiés",
];
const EN_DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const FR_DAYS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const EN_MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR_MONTHS: &[&str] = &[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const EN_NUMS: &[&str] = &[
    "two",
    "three",
    "five",
    "seven",
    "twelve",
    "fourteen",
    "dozens of",
    "several",
    "at least 20",
    "nearly 30",
    "6,500",
];
const FR_NUMS: &[&str] = &[
    "deux",
    "trois",
    "cinq",
    "sept",
    "douze",
    "quatorze",
    "des dizaines de",
    "plusieurs",
    "au moins 20",
    "près de 30",
    "6 500",
];

fn en_sentence(r: &mut Rng) -> String {
    let (a, b, p, q) = (
        r.pick(EN_ACTORS),
        r.pick(EN_ACTORS),
        r.pick(PLACES),
        r.pick(PLACES),
    );
    let (d, m, n) = (r.pick(EN_DAYS), r.pick(EN_MONTHS), r.pick(EN_NUMS));
    let day = r.range(1, 28);
    let km = r.range(5, 200);
    match r.next() % 8 {
        0 => format!(
            "On {d}, {a} attacked positions held by {b} near {p}, killing {n} people, according to local sources."
        ),
        1 => format!(
            "In a statement released on {m} {day}, {a} said that {b} had withdrawn from {p}."
        ),
        2 => format!(
            "A drone strike hit a market {km} km north of {p} on {d} morning, a local official told reporters."
        ),
        3 => format!("Two days earlier, {a} had clashed with {b} on the road between {p} and {q}."),
        4 => format!("“We will not give up,” a spokesman for {a} said by telephone from {p}."),
        5 => format!(
            "Since the night of {m} {day} to {}, the town has been cut off and {n} civilians have fled toward {q}.",
            day + 1
        ),
        6 => format!(
            "The toll could not be independently verified, as the telephone network around {p} remained down."
        ),
        _ => format!(
            "{n} vehicles were seen leaving {p} in the direction of {q}, {km} km to the south-west."
        ),
    }
}

fn fr_sentence(r: &mut Rng) -> String {
    let (a, b, p, q) = (
        r.pick(FR_ACTORS),
        r.pick(FR_ACTORS),
        r.pick(PLACES),
        r.pick(PLACES),
    );
    let (d, m, n) = (r.pick(FR_DAYS), r.pick(FR_MONTHS), r.pick(FR_NUMS));
    let day = r.range(1, 28);
    let km = r.range(5, 200);
    match r.next() % 8 {
        0 => format!(
            "{d}, {a} ont attaqué des positions de {b} près de {p}, faisant {n} morts, selon des sources locales."
        ),
        1 => format!(
            "Dans un communiqué publié le {day} {m}, {a} a affirmé que {b} s'était retiré de {p}."
        ),
        2 => format!(
            "Une frappe de drone a touché un marché à {km} km au nord de {p} {d} matin, a indiqué un élu local."
        ),
        3 => format!("Deux jours plus tôt, {a} avait affronté {b} sur la route entre {p} et {q}."),
        4 => format!(
            "« Nous ne céderons pas », a déclaré par téléphone un porte-parole de {a} depuis {p}."
        ),
        5 => format!(
            "Depuis la nuit du {day} au {} {m}, la ville est coupée du monde et {n} civils ont fui vers {q}.",
            day + 1
        ),
        6 => format!(
            "Le bilan n'a pas pu être vérifié de source indépendante, le réseau téléphonique autour de {p} restant coupé."
        ),
        _ => format!(
            "{n} véhicules ont été vus quittant {p} en direction de {q}, à {km} km au sud-ouest."
        ),
    }
}

pub fn run(a: Args) -> Result<ExitCode> {
    let mut out: Box<dyn Write> = match &a.out {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut r = Rng(a.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut total = 0usize;
    for i in 0..a.docs {
        let fr = r.next().is_multiple_of(2);
        let mut text = String::with_capacity(a.size + 200);
        let mut paragraph = 0;
        while text.len() < a.size {
            let s = if fr {
                fr_sentence(&mut r)
            } else {
                en_sentence(&mut r)
            };
            if !text.is_empty() {
                paragraph += 1;
                text.push_str(if paragraph % 3 == 0 { "\n\n" } else { " " });
            }
            text.push_str(&s);
        }
        total += text.len();
        let month = r.range(1, 12);
        let day = r.range(1, 28);
        let year = r.range(2012, 2024);
        let line = serde_json::json!({
            "id": format!("synthetic-{i:07}"),
            "source": if fr { "Synthétique FR" } else { "Synthetic EN" },
            "published": format!("{year}-{month:02}-{day:02}"),
            "lang": if fr { "fr" } else { "en" },
            "text": text,
        });
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    eprintln!(
        "sitrep: wrote {} documents, {:.1} MB of text",
        a.docs,
        total as f64 / 1e6
    );
    Ok(ExitCode::SUCCESS)
}
