//! The outlet registry (`data/outlets.toml`): who publishes, whose dispatches they carry,
//! and which camp an outlet speaks for. Checked at load: an unknown kind or camp is an
//! error with the file and line.

use crate::fold::fold;
use crate::lexicon::{LexiconError, parse_toml};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub origin: String,
    pub kind: String,
    #[serde(default)]
    pub camp: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
}

impl Outlet {
    /// A party's, a state's or the UN's own channel: what it says is its camp's.
    pub fn partisan(&self) -> bool {
        self.camp.is_some()
    }

    pub fn is_wire(&self) -> bool {
        self.kind == "wire"
    }

    /// A news medium, state-owned or not (not a party's own channel, nor the UN's or an
    /// NGO's): named in a report, it is a teller, "Reuters reported", « selon l'AIB ».
    pub fn is_media(&self) -> bool {
        !matches!(self.kind.as_str(), "party" | "un" | "ngo")
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Credit {
    #[serde(default)]
    before: Vec<String>,
    #[serde(default)]
    after: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegistry {
    #[serde(default)]
    credit: Credit,
    outlet: Vec<Outlet>,
}

pub const KINDS: &[&str] = &[
    "wire",
    "newspaper",
    "radio",
    "television",
    "site",
    "state",
    "party",
    "un",
    "ngo",
];

pub const CAMPS: &[&str] = &["government", "rebel", "jihadist", "international"];

/// The registry, with its names folded for matching.
#[derive(Debug)]
pub struct Registry {
    pub outlets: Vec<Outlet>,
    /// (folded name or alias as words, outlet index), longest first.
    names: Vec<(Vec<String>, usize)>,
    before: Vec<Vec<String>>,
    after: Vec<Vec<String>>,
    /// The first words of the news media's names (not of parties' channels: those are
    /// actors): most words start none, and are passed over at once.
    firsts: crate::hash::FxSet<String>,
}

/// The registry built into sitrep.
pub const EMBEDDED: &str = include_str!("../../../data/outlets.toml");

/// A name's folded words, split where the text's words are: at apostrophes too
/// (« d'information » is two words, as in `credits` and in the extractor's words).
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

impl Registry {
    pub fn embedded() -> Registry {
        Registry::parse("data/outlets.toml", EMBEDDED)
            .unwrap_or_else(|e| panic!("embedded outlet registry is broken: {e}"))
    }

    /// The embedded registry, parsed once, on first use (the claim stage looks for
    /// outlets near the reporting cues of every report that has one).
    pub fn shared() -> &'static Registry {
        static SHARED: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
        SHARED.get_or_init(Registry::embedded)
    }

    pub fn parse(file: &str, src: &str) -> Result<Registry, LexiconError> {
        if !src.lines().any(|l| l.starts_with("# source:")) {
            return Err(LexiconError::new(
                file,
                0,
                "missing a `# source:` provenance line",
            ));
        }
        let raw: RawRegistry = parse_toml(file, src)?;
        let headers: Vec<usize> = src
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim() == "[[outlet]]")
            .map(|(i, _)| i + 1)
            .collect();
        let mut names = Vec::new();
        for (k, o) in raw.outlet.iter().enumerate() {
            let line = headers.get(k).copied().unwrap_or(0);
            let bad = |why: String| Err(LexiconError::new(file, line, why));
            if !KINDS.contains(&o.kind.as_str()) {
                return bad(format!("outlet {}: unknown kind {:?}", o.name, o.kind));
            }
            if let Some(c) = &o.camp
                && !CAMPS.contains(&c.as_str())
            {
                return bad(format!("outlet {}: unknown camp {c:?}", o.name));
            }
            if o.origin.trim().is_empty() {
                return bad(format!("outlet {}: empty origin", o.name));
            }
            for n in std::iter::once(&o.name).chain(&o.aliases) {
                let w = words(n);
                if !w.is_empty() {
                    names.push((w, k));
                }
            }
        }
        names.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let firsts = names
            .iter()
            .filter(|&&(_, k)| raw.outlet[k].is_media())
            .map(|(w, _)| w[0].clone())
            .collect();
        Ok(Registry {
            firsts,
            outlets: raw.outlet,
            names,
            before: raw.credit.before.iter().map(|s| words(s)).collect(),
            after: raw.credit.after.iter().map(|s| words(s)).collect(),
        })
    }

    /// The outlet a document's outlet field (or byline) names: "Forces armées
    /// maliennes (compte officiel)" is the FAMa's.
    pub fn find(&self, field: &str) -> Option<&Outlet> {
        let ws = words(field);
        // Short aliases ("AP", "AA") must be the whole field or written in capitals.
        self.names
            .iter()
            .find(|(n, _)| contains(&ws, n) && (n.len() > 1 || n[0].len() > 3 || ws.len() == 1))
            .map(|(_, k)| &self.outlets[*k])
    }

    /// Whether a news medium's name starts with this folded word.
    pub fn may_open(&self, word: &str) -> bool {
        self.firsts.contains(word)
    }

    /// The outlet whose name opens `words` (folded words, punctuation left out) and how
    /// many words it takes, the longest name first. A short name (one word of up to four
    /// letters: "AP", "RFI", « l'AIB ») counts only written in capitals, which `caps`
    /// says of the first word.
    pub fn named_at(&self, words: &[&str], caps: bool) -> Option<(usize, &Outlet)> {
        if !words.first().is_some_and(|f| self.may_open(f)) {
            return None;
        }
        self.names
            .iter()
            .find(|(n, _)| {
                n.len() <= words.len()
                    && n.iter().zip(words).all(|(a, b)| a == b)
                    && (n.len() > 1 || n[0].len() > 4 || caps)
            })
            .map(|(n, k)| (n.len(), &self.outlets[*k]))
    }

    /// The wires a text credits: a wire or agency named in parentheses ("BAMAKO, Nov 8
    /// (SPA) –"), after a credit word ("with SPA", "avec AFP", "told Reuters"), or before
    /// one ("AFP reported"). Case is checked for short names (AP, AA are words too).
    pub fn credits(&self, text: &str) -> Vec<&Outlet> {
        let mut out: Vec<&Outlet> = Vec::new();
        // Word tokens with their written form.
        let toks: Vec<(String, &str, bool)> = tokens(text);
        let folded: Vec<&str> = toks.iter().map(|(f, _, _)| f.as_str()).collect();
        for i in 0..toks.len() {
            for (n, k) in &self.names {
                let o = &self.outlets[*k];
                if !(o.is_wire()
                    || o.kind == "state"
                    || o.kind == "radio"
                    || o.kind == "television")
                {
                    continue;
                }
                let m = n.len();
                if i + m > folded.len() || folded[i..i + m] != n[..] {
                    continue;
                }
                // A short name must be written as an acronym.
                if m == 1 && n[0].len() <= 4 && !toks[i].1.chars().all(|c| c.is_uppercase()) {
                    continue;
                }
                let in_parens = toks[i].2;
                let after_cue = self
                    .before
                    .iter()
                    .any(|cue| i >= cue.len() && folded[i - cue.len()..i] == cue[..]);
                let before_cue = self.after.iter().any(|cue| {
                    i + m + cue.len() <= folded.len() && folded[i + m..i + m + cue.len()] == cue[..]
                });
                if (in_parens || after_cue || before_cue)
                    && !out.iter().any(|x| x.origin == o.origin)
                {
                    out.push(o);
                }
            }
        }
        out
    }
}

/// Folded word tokens, their written form, and whether they sit inside parentheses.
fn tokens(text: &str) -> Vec<(String, &str, bool)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            let w = &text[s..i];
            out.push((fold(w), w, depth > 0));
        }
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    if let Some(s) = start {
        let w = &text[s..];
        out.push((fold(w), w, depth > 0));
    }
    out
}

fn contains(hay: &[String], needle: &[String]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_registry_loads_and_finds_outlets() {
        let r = Registry::embedded();
        assert_eq!(
            r.find("Forces armées maliennes (compte officiel, réseaux sociaux)")
                .map(|o| o.origin.as_str()),
            Some("fama")
        );
        assert_eq!(
            r.find("The Dune Courier").map(|o| o.origin.as_str()),
            Some("dune-courier")
        );
        assert!(r.find("Some Unknown Blog").is_none());
    }

    #[test]
    fn credit_lines_name_the_wire() {
        let r = Registry::embedded();
        let origins =
            |t: &str| -> Vec<String> { r.credits(t).iter().map(|o| o.origin.clone()).collect() };
        assert_eq!(origins("BAMAKO, Nov 8 (SPA) – A drone strike…"), ["spa"]);
        assert_eq!(origins("… the town. – With SPA"), ["spa"]);
        assert_eq!(origins("Kidal, 8 novembre (AFP) - Une frappe…"), ["afp"]);
        assert_eq!(origins("a indiqué un responsable à l'AFP"), ["afp"]);
        assert!(origins("l'AFP est une agence").is_empty());
        assert_eq!(origins("selon RFI, les combats…"), ["rfi"]);
        // "ap" as a word is not the Associated Press.
        assert!(origins("the rebels said ap (sic)").is_empty());
    }

    #[test]
    fn malformed_registries_are_rejected_with_the_line() {
        let src = "# source: t\n[[outlet]]\nname = \"X\"\norigin = \"x\"\nkind = \"blog\"\n";
        let e = Registry::parse("o.toml", src).unwrap_err().to_string();
        assert!(e.starts_with("o.toml:2:") && e.contains("blog"), "{e}");
        let src = "# source: t\n[[outlet]]\nname = \"X\"\norigin = \"x\"\nkind = \"site\"\ncamp = \"army\"\n";
        assert!(Registry::parse("o.toml", src).is_err());
    }
}
