//! The quantity lexicon of one language (`data/lexicon/*/quantities.tsv`): counted
//! nouns, casualty words, modifiers ("at least", "près de"), range and relation words
//! (parts, totals), tolls stated as none or unknown, and what makes a number something
//! other than a count. The number words themselves live in `numbers.tsv`.

use crate::words::{Phrases, Vocab, Words, phrase_words};
use sitrep_core::Lang;
use sitrep_core::hash::FxSet;
use sitrep_core::lexicon::{LexiconError, parse_tsv, trim_field};

lexicon_kinds! {
    /// The kinds a quantities lexicon may use; anything else is rejected at load.
    Q {
        Noun = "noun",
        Adj = "adj",
        Casualty = "casualty",
        Aux = "aux",
        Det = "det",
        Mod = "mod",
        Range = "range",
        Partitive = "partitive",
        Total = "total",
        Part = "part",
        PartAfter = "part_after",
        Coord = "coord",
        Zero = "zero",
        Article = "article",
        // A personal pronoun standing for one person ("he", "elle"): one dead when an
        // intransitive casualty word follows ("He later died of his injuries").
        Pronoun = "pronoun",
        // An object pronoun for one person ("him", « l' »): one dead when a transitive
        // casualty verb takes it ("killing him", « l'ont abattu »).
        Object = "object",
        // A reflexive pronoun ("himself"): as an object, the subject's own death, which
        // a phrase with another reflexive before it in the sentence already told ("blew
        // himself up …, killing himself and a soldier").
        Reflexive = "reflexive",
        // A dead person's remains ("his body", « le cadavre »): one dead when a verb of
        // finding follows ("the corpse was later found").
        Remains = "remains",
        Found = "found",
        Definite = "definite",
        // A body's own members ("six of its members", « six de ses membres »): a
        // party's own, whose deaths are its losses.
        Own = "own",
        Toll = "toll",
        TollLink = "toll_link",
        TollNeg = "toll_neg",
        TollMod = "toll_mod",
        TollUnknown = "toll_unknown",
        Not = "not",
        Currency = "currency",
        Ident = "ident",
        // A word that leaves a force ("two former soldiers", « deux anciens gendarmes »):
        // the force's people counted after it are civilians.
        Former = "former",
        // What the counted people are held to have done, right after their noun ("two
        // men suspected of kidnapping a child were lynched", « deux hommes soupçonnés
        // d'avoir enlevé un enfant ont été lynchés »): their own verb comes after it.
        Alleged = "alleged",
        // The words that lead to a place, or close its name, between a verb and the
        // people counted after it ("killed in the village of Boni 16 soldiers", « ont
        // tué dimanche à Boni seize soldats »).
        PlaceLink = "place_link",
    }
}

/// What a casualty word says happened to the people counted.
pub const CASUALTIES: &[&str] = &[
    "killed",
    "injured",
    "missing",
    "kidnapped",
    "arrested",
    "displaced",
];

/// Why a word after a number makes it no count.
pub const NOT_REASONS: &[&str] = &["percent", "age", "duration", "time", "ordinal", "pronoun"];

/// How a modifier bounds the number after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// "at least 12", "plus de 20": low = n, no high.
    Min,
    /// "nearly 30", "près de 30": high = n, best n.
    Near,
    /// "fewer than 10": high = n, no best.
    Below,
    /// "about 6,500", "environ": best n, no bounds.
    About,
}

/// A range word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeWord {
    /// "between", "entre", "from": opens a range.
    Open,
    /// "to", "à", "or": joins two numbers.
    Join,
    /// "and", "et": joins two numbers only after an opener.
    JoinOpen,
}

/// How a casualty word attaches to the number it tells about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A verb or participle: takes the number as object ("killed 12") or heads it
    /// ("30 injured").
    Verb,
    /// A noun or adjective: heads the number ("12 dead") or follows its noun
    /// ("12 civilian deaths").
    Noun,
    /// An intransitive verb: only follows its subject ("12 people died").
    Intransitive,
    /// A noun that only governs its number with "of" ("the death of 12 soldiers").
    Of,
    /// A verb whose object is a casualty only when it counts a force's people ("lost 5
    /// soldiers", not "lost 12 seats" nor "lost 5 men").
    People,
}

/// One lexicon entry's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    /// A counted noun (or a currency): its normalized form and whether it counts people.
    Noun {
        norm: String,
        person: bool,
        /// A singular noun naming one person ("driver", "chef de village"): after a
        /// definite determiner it counts one ("killing the driver").
        one: bool,
    },
    /// A casualty word: what happened, and how it attaches to its number.
    Casualty {
        what: &'static str,
        role: Role,
        /// Only where it ends its clause (extra `e`): "seven soldiers fell.", « huit
        /// soldats sont tombés » tell deaths, "fell into an ambush" does not.
        ending: bool,
    },
    Bound(Bound),
    Range(RangeWord),
    /// A toll word: the casualty it tallies.
    Toll(&'static str),
    /// Why a number is not a count.
    Not(&'static str),
    /// Kinds that carry no value (1, or 0 for `zero`).
    Flag,
}

#[derive(Debug, Default)]
pub struct QuantityLex {
    tables: Vec<Phrases<Val>>,
    /// Per kind, indexed by vocab id: the word ends a phrase of that kind (a cheap
    /// test before looking backwards with [`QuantityLex::ending_at`]).
    last: Vec<Vec<bool>>,
    /// Indexed by vocab id: the kinds (bit `k as u32`) with a phrase starting with the
    /// word. [`QuantityLex::get`] asks a table only with its kind's bit set, and
    /// [`QuantityLex::known`] every table only with some bit set. (One vector for all
    /// kinds, where each table's own first-word test loaded its own: the figure search
    /// asks a dozen kinds at one word, and the word's bits are loaded once for them.)
    first_kinds: Vec<u32>,
}

// `first_kinds` has a bit a kind.
const _: () = assert!(Q::ALL.len() <= 32);

/// A phrase from word `i` to `e` ends its clause: punctuation or the text's end follows.
#[cold]
fn ends_clause(w: &Words, i: usize, e: usize) -> bool {
    e >= w.len()
        || matches!(w.norm(e), "." | ";" | "," | ":" | "!" | "(" | "»" | "—")
        || !w.same_sentence(i, e)
}

impl QuantityLex {
    pub fn parse(
        file: &str,
        src: &str,
        vocab: &mut Vocab,
        lang: Lang,
    ) -> Result<QuantityLex, LexiconError> {
        let mut lex = QuantityLex {
            tables: Q::ALL.iter().map(|_| Phrases::default()).collect(),
            last: Q::ALL.iter().map(|_| Vec::new()).collect(),
            first_kinds: Vec::new(),
        };
        // Counted nouns listed, and the singular ones for a person (to add their plurals).
        let mut nouns: FxSet<String> = FxSet::default();
        let mut singulars: Vec<(String, String)> = Vec::new();
        for row in parse_tsv(file, src, 3, 4)? {
            let err = |reason: String| LexiconError::new(file, row.line, reason);
            let kind = trim_field(row.fields[0]);
            let Some(k) = Q::parse(kind) else {
                return Err(err(format!("unknown kind {kind:?}")));
            };
            let phrase = trim_field(row.fields[1]);
            let value = trim_field(row.fields[2]);
            if phrase.is_empty() || value.is_empty() {
                return Err(err("empty phrase or value".into()));
            }
            let extra = row.get(3);
            let takes_extra = matches!(k, Q::Noun | Q::Casualty);
            if extra.is_some() != takes_extra {
                return Err(err(if takes_extra {
                    format!("{kind} needs a fourth column")
                } else {
                    format!("{kind} takes three columns")
                }));
            }
            let bad = |what: &str| err(format!("{kind} {what} {value:?} is not allowed"));
            let val = match k {
                Q::Noun => Val::Noun {
                    norm: value.to_string(),
                    person: match extra {
                        Some("person" | "one") => true,
                        Some("thing") => false,
                        other => {
                            return Err(err(format!(
                                "noun class {:?} is not person, one or thing",
                                other.unwrap_or_default()
                            )));
                        }
                    },
                    one: extra == Some("one"),
                },
                Q::Casualty => Val::Casualty {
                    what: known(CASUALTIES, value).ok_or_else(|| bad("value"))?,
                    role: match extra {
                        Some("v") => Role::Verb,
                        Some("n") => Role::Noun,
                        Some("i" | "e") => Role::Intransitive,
                        Some("o") => Role::Of,
                        Some("p") => Role::People,
                        other => {
                            return Err(err(format!(
                                "casualty role {:?} is not v, n, i, e, o or p",
                                other.unwrap_or_default()
                            )));
                        }
                    },
                    ending: extra == Some("e"),
                },
                Q::Toll => Val::Toll(known(CASUALTIES, value).ok_or_else(|| bad("value"))?),
                Q::Mod => Val::Bound(match value {
                    "min" => Bound::Min,
                    "near" => Bound::Near,
                    "below" => Bound::Below,
                    "about" => Bound::About,
                    _ => return Err(bad("value")),
                }),
                Q::Range => Val::Range(match value {
                    "open" => RangeWord::Open,
                    "join" => RangeWord::Join,
                    "join_open" => RangeWord::JoinOpen,
                    _ => return Err(bad("value")),
                }),
                Q::Not => Val::Not(known(NOT_REASONS, value).ok_or_else(|| bad("reason"))?),
                Q::Currency => Val::Noun {
                    norm: value.to_string(),
                    person: false,
                    one: false,
                },
                Q::Zero => {
                    if value != "0" {
                        return Err(bad("value"));
                    }
                    Val::Flag
                }
                Q::Adj
                | Q::Definite
                | Q::Own
                | Q::Aux
                | Q::Det
                | Q::Partitive
                | Q::Total
                | Q::Part
                | Q::PartAfter
                | Q::Coord
                | Q::Article
                | Q::Pronoun
                | Q::Object
                | Q::Reflexive
                | Q::Remains
                | Q::Found
                | Q::TollLink
                | Q::TollNeg
                | Q::TollMod
                | Q::TollUnknown
                | Q::Ident
                | Q::Former
                | Q::Alleged
                | Q::PlaceLink => {
                    if value != "1" {
                        return Err(bad("value"));
                    }
                    Val::Flag
                }
            };
            if k == Q::Noun {
                nouns.insert(phrase.to_lowercase());
                if extra == Some("one") {
                    singulars.push((phrase.to_lowercase(), value.to_string()));
                }
            }
            lex.insert(vocab, k, phrase, val);
        }
        // A person listed in the singular is counted in its regular plural too ("a
        // tourist" and "three Dutch tourists", « un touriste », « trois touristes »),
        // unless the file lists that plural itself.
        for (phrase, norm) in singulars {
            let Some(plural) = regular_plural(lang, &phrase) else {
                continue;
            };
            if nouns.insert(plural.clone()) {
                let val = Val::Noun {
                    norm,
                    person: true,
                    one: false,
                };
                lex.insert(vocab, Q::Noun, &plural, val);
            }
        }
        for (k, t) in lex.tables.iter().enumerate() {
            for &id in t.first_ids() {
                let id = id as usize;
                if lex.first_kinds.len() <= id {
                    lex.first_kinds.resize(id + 1, 0);
                }
                lex.first_kinds[id] |= 1 << k;
            }
        }
        Ok(lex)
    }

    fn insert(&mut self, vocab: &mut Vocab, k: Q, phrase: &str, val: Val) {
        self.tables[k as usize].insert(vocab, phrase, val);
        if let Some(last) = phrase_words(phrase).last() {
            let id = vocab.intern(last) as usize;
            let v = &mut self.last[k as usize];
            if v.len() <= id {
                v.resize(id + 1, false);
            }
            v[id] = true;
        }
    }

    /// The longest phrase of `kind` starting at word `i`: its end and value.
    #[inline]
    pub fn get<'a>(&'a self, kind: Q, w: &Words, i: usize) -> Option<(usize, &'a Val)> {
        if self.kinds_at(w, i) & (1 << (kind as u32)) == 0 {
            debug_assert!(self.tables[kind as usize].longest(w, i).is_none());
            return None;
        }
        let found = self.tables[kind as usize].longest(w, i);
        if kind == Q::Casualty && matches!(found, Some((_, Val::Casualty { ending: true, .. }))) {
            return found.filter(|&(e, _)| ends_clause(w, i, e));
        }
        found
    }

    /// The kinds with a phrase starting with word `i`'s word (bit `k as u32`; none past
    /// the last word).
    #[inline]
    pub fn kinds_at(&self, w: &Words, i: usize) -> u32 {
        w.get(i).map_or(0, |x| {
            self.first_kinds.get(x.id as usize).copied().unwrap_or(0)
        })
    }

    /// Does any phrase of the lexicon start at word `i`? (An unknown word may be a noun
    /// modifier; a known one has its own role.)
    ///
    /// A word that starts no phrase of any kind (most words it is asked) is answered by
    /// one lookup, where asking each of the thirty-odd tables cost some 250 instructions.
    pub fn known(&self, w: &Words, i: usize) -> bool {
        if self.kinds_at(w, i) == 0 {
            debug_assert!(!self.tables.iter().any(|t| t.longest(w, i).is_some()));
            return false;
        }
        self.tables.iter().any(|t| t.longest(w, i).is_some())
    }

    /// Does a phrase of `kind` end with the word of vocab id `id`? (A cheap test before
    /// [`QuantityLex::ending_at`].)
    #[inline]
    pub fn may_end(&self, kind: Q, id: u32) -> bool {
        self.last[kind as usize]
            .get(id as usize)
            .copied()
            .unwrap_or(false)
    }

    /// The end of the longest phrase of `kind` starting at word `i`.
    #[inline]
    pub fn end(&self, kind: Q, w: &Words, i: usize) -> Option<usize> {
        self.get(kind, w, i).map(|(e, _)| e)
    }

    /// The start of a phrase of `kind` that ends exactly at word `end` (exclusive),
    /// looking back at most `max` words; the longest such phrase wins.
    ///
    /// Inlined up to the last-word test, which fails at almost every word it is asked.
    #[inline]
    pub fn ending_at(&self, kind: Q, w: &Words, end: usize, max: usize) -> Option<usize> {
        let id = w.get(end.checked_sub(1)?)?.id as usize;
        if !self.last[kind as usize].get(id).copied().unwrap_or(false) {
            return None;
        }
        self.ending_at_slow(kind, w, end, max)
    }

    #[inline(never)]
    fn ending_at_slow(&self, kind: Q, w: &Words, end: usize, max: usize) -> Option<usize> {
        let t = &self.tables[kind as usize];
        (1..=max.min(end))
            .rev()
            .map(|n| end - n)
            .find(|&s| t.all_at(w, s).any(|(e, _)| e == end))
    }

    /// The value of the phrase of `kind` from `start` to exactly `end`.
    pub fn value_between<'a>(
        &'a self,
        kind: Q,
        w: &'a Words,
        start: usize,
        end: usize,
    ) -> Option<&'a Val> {
        self.tables[kind as usize]
            .all_at(w, start)
            .find(|(e, _)| *e == end)
            .map(|(_, v)| v)
    }

    /// Ids of the words that start a phrase of `kind`.
    pub fn first_ids(&self, kind: Q) -> &[u32] {
        self.tables[kind as usize].first_ids()
    }

    /// Ids of the words that start a phrase of `kind` whose value passes `keep`.
    pub fn first_ids_where<'s>(
        &'s self,
        kind: Q,
        keep: impl Fn(&Val) -> bool + 's,
    ) -> impl Iterator<Item = u32> + 's {
        self.tables[kind as usize].first_ids_where(keep)
    }
}

/// `value` as one of the `allowed` static strings.
fn known(allowed: &[&'static str], value: &str) -> Option<&'static str> {
    allowed.iter().find(|a| **a == value).copied()
}

/// The regular plural of a singular noun phrase, or None when its form is not regular
/// enough to guess: English pluralizes the last word of a compound ("aid worker" →
/// "aid workers"; not "head of the village"), French a single word ("touriste" →
/// "touristes", "journal" → "journaux").
fn regular_plural(lang: Lang, phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let last = *words.last()?;
    if !last.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    let plural = match lang {
        Lang::En => {
            // (Irregular ones are listed: "children", "people", "passers-by".)
            if words.iter().any(|w| matches!(*w, "of" | "the"))
                || matches!(last, "child" | "person" | "passerby" | "foot" | "couple")
                || words.len() > 1 && words[0] == "secretary"
            {
                return None;
            }
            let consonant_y =
                last.ends_with('y') && !last[..last.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
            if let Some(stem) = last
                .strip_suffix("man")
                .filter(|_| !matches!(last, "human" | "german" | "roman" | "shaman"))
            {
                format!("{stem}men")
            } else if let Some(stem) = last.strip_suffix("fe") {
                format!("{stem}ves")
            } else if consonant_y {
                format!("{}ies", &last[..last.len() - 1])
            } else if last.ends_with(['s', 'x', 'z'])
                || last.ends_with("ch")
                || last.ends_with("sh")
            {
                format!("{last}es")
            } else {
                format!("{last}s")
            }
        }
        Lang::Fr => {
            if words.len() > 1 || last.ends_with(['s', 'x', 'z']) {
                return None;
            }
            if let Some(stem) = last.strip_suffix("al") {
                format!("{stem}aux")
            } else if last.ends_with("eau") || last.ends_with("eu") {
                format!("{last}x")
            } else {
                format!("{last}s")
            }
        }
    };
    let mut out: Vec<&str> = words[..words.len() - 1].to_vec();
    out.push(&plural);
    Some(out.join(" "))
}
