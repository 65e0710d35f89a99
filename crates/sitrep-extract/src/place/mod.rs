//! The place stage: toponyms found with the gazetteer and confirmed by context,
//! disambiguated among namesakes, relative places computed ("25 km west of Kidal"),
//! regions kept as regions, and capitals that stand for governments handed to the actors
//! (DESIGN §3 Place).
//!
//! Recognition is deliberately conservative about what it calls a place: a gazetteer
//! name must be capitalized and, if it is also a common word, in a locative context;
//! capitalized names the gazetteer lacks are kept as unresolved places only after a
//! locative word ("near Tin Akaola"). Every mention says how precise it is
//! (`geo_precision`) instead of pretending.

pub mod lex;

use crate::WordStage;
use crate::event::lex::{E, EventLex};
use crate::resources::Resources;
use crate::words::{FxMap, Vocab, Words};
use lex::{P, PlaceLex};
use sitrep_core::records::{ActorMention, Dateline, PlaceMention, PlaceOffset};
use sitrep_core::{Doc, Lang, Span, TokenKind};
use sitrep_gazetteer::{Gazetteer, Hits, geo};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};

pub struct PlaceStage {
    res: Arc<Resources>,
    seats: Seats,
    /// Per language, indexed by word id: the gazetteer's answers for each lexicon word.
    known: [KnownWords; 2],
    fuzzy: FuzzyMemo,
}

/// Near-spelling candidates per unknown name, kept across documents: a search scans a
/// branch of the sorted names (costly on a large index), and reports keep meeting the
/// same unknown names ("in Congress", "at Harvard"). Bounded: cleared when full.
#[derive(Default)]
struct FuzzyMemo(Mutex<FxMap<String, Vec<(u32, u32)>>>);

impl FuzzyMemo {
    const MAX: usize = 50_000;

    /// [`Gazetteer::lookup_fuzzy`] of a folded name.
    fn lookup(&self, gaz: &Gazetteer, key: &str) -> Vec<(u32, u32)> {
        let lock = || self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(f) = lock().get(key) {
            return f.clone();
        }
        let f = gaz.lookup_fuzzy(key);
        let mut memo = lock();
        if memo.len() >= Self::MAX {
            memo.clear();
        }
        memo.insert(key.to_string(), f.clone());
        f
    }
}

impl PlaceStage {
    pub fn new(res: Arc<Resources>) -> PlaceStage {
        // Every capitalized word costs a name lookup or two.
        res.gazetteer().prepare_names();
        let seats = Seats::new(res.gazetteer());
        let known = [Lang::En, Lang::Fr]
            .map(|l| KnownWords::new(res.gazetteer(), res.vocab(l), res.places(l)));
        PlaceStage {
            res,
            seats,
            known,
            fuzzy: FuzzyMemo::default(),
        }
    }
}

/// The gazetteer's answers for the words of the lexicons, by word id: what
/// [`Gazetteer::lookup`] finds for the word alone, whether it starts a longer name, and
/// whether it is a stopword. Half the capitalized words of a report are lexicon words
/// ("The", "In", "Monday"), and on a large index each lookup is a cache miss or two.
struct KnownWords(Vec<Known>);

#[derive(Clone, Copy, Default)]
struct Known {
    hits: Hits,
    prefix: bool,
    stop: bool,
}

impl KnownWords {
    fn new(gaz: &Gazetteer, vocab: &Vocab, lex: &PlaceLex) -> KnownWords {
        let mut v = vec![Known::default(); vocab.len()];
        for (id, word) in vocab.words() {
            v[id as usize] = Known {
                hits: gaz.lookup_hits(word),
                prefix: gaz.is_prefix(word),
                stop: lex.stopwords.contains(word),
            };
        }
        KnownWords(v)
    }

    /// What is known of word `i` (`None`: a word in no lexicon).
    #[inline]
    fn of(&self, w: &Words, i: usize) -> Option<&Known> {
        match w.words()[i].id {
            0 => None,
            id => self.0.get(id as usize),
        }
    }
}

/// Gazetteer answers for single words during one document's recognition: lexicon words
/// from [`KnownWords`]; on a large index, other words (names, mostly) asked once per
/// document and kept, since a report names the same people and places again and again
/// (on a small index a lookup costs no more than the memo).
struct WordLookups<'a> {
    gaz: &'a Gazetteer,
    w: &'a Words,
    known: &'a KnownWords,
    /// Folded word: its places, and whether it starts a longer name.
    memo: FxMap<&'a str, (&'a [u32], bool)>,
    use_memo: bool,
}

/// Is word `i` a stopword of `lex` ([`PlaceLex::stopwords`])?
#[inline]
fn is_stopword(known: &KnownWords, lex: &PlaceLex, w: &Words, i: usize) -> bool {
    match known.of(w, i) {
        Some(k) => k.stop,
        None => lex.stopwords.contains(w.norm(i)),
    }
}

/// Names from which an index is large enough for [`WordLookups`] to keep answers.
const MEMO_NAMES: usize = 200_000;

impl<'a> WordLookups<'a> {
    fn new(gaz: &'a Gazetteer, w: &'a Words, known: &'a KnownWords) -> WordLookups<'a> {
        WordLookups {
            gaz,
            w,
            known,
            memo: FxMap::default(),
            use_memo: gaz.name_count() >= MEMO_NAMES,
        }
    }

    /// [`Gazetteer::lookup`] of word `i`'s folded form.
    fn lookup(&mut self, i: usize) -> &'a [u32] {
        if let Some(k) = self.known.of(self.w, i) {
            return self.gaz.hits(k.hits);
        }
        let (gaz, norm) = (self.gaz, self.w.norm(i));
        if !self.use_memo {
            return gaz.lookup(norm);
        }
        self.memo.entry(norm).or_insert_with(|| ask(gaz, norm)).0
    }

    /// [`WordLookups::lookup`] and [`Gazetteer::is_prefix`] of word `i`'s folded form:
    /// one query for both (a name table answers them with one hash), where two
    /// lookups cost twice.
    fn lookup_and_prefix(&mut self, i: usize) -> (&'a [u32], bool) {
        if let Some(k) = self.known.of(self.w, i) {
            return (self.gaz.hits(k.hits), k.prefix);
        }
        let (gaz, norm) = (self.gaz, self.w.norm(i));
        if !self.use_memo {
            return ask(gaz, norm);
        }
        *self.memo.entry(norm).or_insert_with(|| ask(gaz, norm))
    }
}

/// Both questions the stage asks of a word, in one query: its places, and whether a
/// longer name starts with it.
fn ask<'g>(gaz: &'g Gazetteer, folded: &str) -> (&'g [u32], bool) {
    let (hits, prefix) = gaz.lookup_hits_and_prefix(folded);
    (gaz.hits(hits), prefix)
}

/// Strong locative words make a place the site of something; weak ones ("of", "and")
/// only say a place is named.
fn strong_locative(v: &str) -> bool {
    !matches!(v, "of" | "and")
}

/// A name found in the text, before and after disambiguation. Its strings borrow from
/// the lexicon, the gazetteer and the word stream: the stage allocates for its output.
#[derive(Debug, Clone)]
struct Name<'a> {
    /// Word range of the name itself.
    a: usize,
    b: usize,
    /// Gazetteer candidates (empty: unresolved).
    cands: Cow<'a, [u32]>,
    /// The locative word before it, if any ("in", "near", "à").
    locative: Option<&'a str>,
    /// Start word of the context phrase kept in the evidence span ("near", "the town of").
    ctx_start: usize,
    /// "the Kidal region", "la région de Kidal", "cercle de Ménaka".
    region: bool,
    /// near, outskirts, vicinity.
    near: Option<&'a str>,
    /// Admin names written next to it ("Godoware (Douentza, Mopti)"), folded.
    hints: Vec<&'a str>,
    /// How many of `hints` come first and are written beside it; the rest are regions
    /// named elsewhere in the sentence.
    adjacent_hints: usize,
    /// The words those beside it were read from: other names there are its places too
    /// ("Amba, Cercle of Kassa": an Amba near Kassa).
    hint_words: (usize, usize),
    /// Where an apposition says it is ("Anéfis, 110 km to the southwest").
    expect: Option<(f64, f64, f64, f64)>, // lat, lon, km, bearing
    chosen: Option<u32>,
    metonym: bool,
    /// Its candidates are near-spellings of it, not the name as written.
    fuzzy: bool,
    /// The country an apposition puts it in ("Kaya, in Burkina Faso"), ISO code.
    country: Option<&'a str>,
    /// It opens the report as its dateline ([`dateline_at`]).
    dateline: Option<Dateline>,
}

impl WordStage for PlaceStage {
    fn name(&self) -> &'static str {
        "place"
    }

    fn run(&self, doc: &mut Doc, w: &Words) {
        let lang = doc.lang();
        let lex = self.res.places(lang);
        let gaz = self.res.gazetteer();
        let text = doc.text();
        let in_time = time_words(doc, w);
        let known = &self.known[lang as usize];
        let events = self.res.event_lex(lang);
        // A name inside a name the actor dictionary knows is no place: "the Group for the
        // Support of Islam and Muslims" (Islam, Niger), « Front de libération du Macina »,
        // but for a country's. (Asked of found names only, and at the twelve words before
        // each, only where a dictionary name may start: "Strategic Framework for the
        // Defence of the People of Azawad" is ten words.)
        let dict = self.res.actors();
        let in_actor = |a: usize, b: usize| {
            (a.saturating_sub(12)..=a).any(|j| {
                dict.starts_with_id(lang, w.words()[j].id)
                    && dict
                        .name_at(lang, w, j)
                        .is_some_and(|(e, _)| e >= b && (j < a || e > b))
            })
        };
        let mut names = recognize(
            w,
            lex,
            events,
            gaz,
            known,
            &self.fuzzy,
            text,
            &in_time,
            &in_actor,
        );
        add_hints(w, lex, &mut names);
        apply_appositions(w, lex, gaz, text, &mut names);
        // The countries of the nationalities the report names ("malienne": ML), in order.
        let demonyms = || -> Vec<&str> {
            use crate::actor::lex::A;
            let actors = self.res.actor_lex(lang);
            // (Each word's first-word bits read from the words in turn, the table asked
            // only where one may start: most words start none.)
            let v: Vec<&str> = (w.words().iter().enumerate())
                .filter(|(_, x)| actors.first_kinds(x.id) & A::Demonym.bit() != 0)
                .filter_map(|(i, _)| actors.get(A::Demonym, w, i))
                .map(|(_, c)| c)
                .collect();
            debug_assert_eq!(
                v,
                (0..w.len())
                    .filter_map(|i| actors.get(A::Demonym, w, i))
                    .map(|(_, c)| c)
                    .collect::<Vec<_>>()
            );
            v
        };
        let focus_country = focus_country(gaz, &names, || {
            // Only when the names leave it open: "l'armée malienne … à Boni" is about
            // Mali, whatever Boni's namesakes.
            // So is « les FAMa ont repoussé … à Boni »: with no nationality named, a
            // state's force or government the dictionary names votes for its country
            // (armed groups do not: they fight across borders). (Only then: "the
            // Burkinabe army" is a nationality already, and a force named in passing
            // does not outvote one.)
            let named = demonyms();
            let states = (0..w.len()).filter(|_| named.is_empty()).filter_map(|j| {
                if !dict.starts_with_id(lang, w.words()[j].id) {
                    return None;
                }
                let (_, a) = dict
                    .name_at(lang, w, j)
                    .or_else(|| dict.acronym_at(lang, w, text, j))?;
                let a = &dict.actors[a];
                (a.camp == "government"
                    && matches!(a.kind.as_str(), "military" | "police" | "government")
                    && !a.country.is_empty())
                .then_some(a.country.as_str())
            });
            let mut votes: Vec<(String, usize)> = Vec::new();
            for c in named.iter().copied().chain(states) {
                match votes.iter_mut().find(|(k, _)| k == c) {
                    Some(v) => v.1 += 1,
                    None => votes.push((c.to_string(), 1)),
                }
            }
            votes
        });
        // The countries the report names, asked once, and only of a report that needs them.
        let mut named: Option<(Vec<&str>, usize)> = None;
        // A near-spelling stays in the country the report is about (as the user says,
        // else as its names say), or one it names: "Nampala" is no misspelt Nampula
        // (Mozambique); "a Burkinabe post near Ouahigouyia" is Burkinabe. A report that
        // names another country of conflict (one the actor dictionary has armed groups
        // of) by its name, and never the report's own, is about it: « près de Djibo »
        // there is no Malian "Djibao". (Its nationality alone is not enough: foreign
        // forces and fighters are named so in reports of the home country, "Yogodoji …
        // by alleged Nigerien Islamists". Nor is an exact name refused: reports of Mali
        // name its border with Burkina Faso and Niger's peacekeepers without "Mali",
        // and lost more towns than they gained on ACLED's notes.)
        if let Some(c) = self.res.default_country().or(focus_country)
            && names.iter().any(|nm| nm.fuzzy)
        {
            let (named, n_demonyms) = &*named
                .get_or_insert_with(|| named_countries(w, lex, gaz, text, &names, demonyms()));
            let actors = self.res.actors();
            let abroad = !named.contains(&c)
                && named[*n_demonyms..]
                    .iter()
                    .any(|&o| o != c && actors.of_country(o, &["unidentified"]).is_some());
            let ok = |p: u32| {
                let pc = gaz.place_country(p);
                (pc == c && !abroad) || named.contains(&pc)
            };
            narrow(&mut names, |nm| nm.fuzzy, ok);
        }
        // So does a settlement the report introduces as one ("the Fulani village of
        // Saran", "the Boni area"), in the country the user says the reports are about,
        // or one it names (by its nationality or as a country): a foreign namesake of
        // no note (Saransk, Bonn in the small gazetteer) is no village there; one the
        // gazetteer lacks stays unknown.
        if let Some(c) = self.res.default_country() {
            let local = |nm: &Name| {
                matches!(
                    nm.locative,
                    Some("village" | "hamlet" | "locality" | "town" | "commune" | "area")
                ) || nm.region
                    || nm.near == Some("vicinity")
            };
            if names
                .iter()
                .any(|nm| local(nm) && nm.cands.iter().any(|&p| gaz.place_country(p) != c))
            {
                let (named, _) = &*named
                    .get_or_insert_with(|| named_countries(w, lex, gaz, text, &names, demonyms()));
                // (A place of note abroad, a capital or an admin seat, stays: "the town
                // of Niamey".)
                let ok = |p: u32| {
                    let pc = gaz.place_country(p);
                    pc == c || named.contains(&pc) || gaz.place_feature(p) != ('P', "PPL")
                };
                narrow(&mut names, local, ok);
            }
        }
        // (When the names leave it open, the country the user says the reports are about.)
        let focus = focus_country.or_else(|| self.res.default_country());
        disambiguate(
            gaz,
            &self.seats,
            &mut names,
            focus,
            w,
            lex,
            self.res.as_ref(),
            doc,
        );
        mark_metonyms(w, lex, gaz, &mut names, text);
        within_town(w, lex, gaz, &mut names);
        let (places, actors) = build(w, lex, gaz, &names, text, self.res.as_ref(), lang);
        doc.places = places;
        doc.actors.extend(actors);
    }
}

/// "the Médine neighbourhood of Sikasso", "Médine, a neighbourhood of Sikasso", « le
/// quartier Médine de Sikasso », "Sikasso's Médine neighbourhood": a part of a town,
/// named with the town. A namesake of the part more than 20 km from the town (a
/// village called Médine 240 km away) is not it, and the town says where it lies: the
/// part's name is dropped, the town's kept.
fn within_town(w: &Words, lex: &PlaceLex, gaz: &Gazetteer, names: &mut Vec<Name>) {
    if names.len() < 2 {
        return;
    }
    let part = |i: usize| lex.get(P::Part, w, i).is_some_and(|(e, _)| e == i + 1);
    // Words that may come between the part's name and the town, besides one part word.
    let filler = |i: usize| {
        matches!(
            w.norm(i),
            "," | "a" | "an" | "the" | "of" | "in" | "un" | "le" | "de" | "d" | "du" | "'" | "’"
        )
    };
    let mut drop = vec![false; names.len()];
    for k in 0..names.len() - 1 {
        let (n, t) = (&names[k], &names[k + 1]);
        // The part named before the town: "Médine neighbourhood of", « quartier Médine
        // de », « Médine, un quartier de ».
        // (Words asked only of names a few words apart: most are far.)
        let gap = n.b..t.a;
        let before = || n.a > 0 && part(n.a - 1) || n.a > 1 && part(n.a - 2) && filler(n.a - 1);
        let forward = gap.len() <= 5
            && w.same_sentence(n.a, t.a)
            && gap
                .clone()
                .any(|i| matches!(w.norm(i), "of" | "in" | "de" | "d" | "du"))
            && gap.clone().all(|i| filler(i) || part(i))
            && match gap.clone().filter(|&i| part(i)).count() {
                1 => true,
                0 => before(),
                _ => false,
            };
        // The town first: "Sikasso's Médine neighbourhood".
        // (The apostrophe splits the word and is no word itself: "Sikasso", "s".)
        let backward = (n.b + 1..=n.b + 2).contains(&t.a)
            && w.norm(t.a - 1) == "s"
            && (n.b + 1..t.a - 1).all(|i| matches!(w.norm(i), "'" | "’"))
            && t.b < w.len()
            && part(t.b);
        let (part_k, town_k) = if forward {
            (k, k + 1)
        } else if backward {
            (k + 1, k)
        } else {
            continue;
        };
        let Some(town) = names[town_k].chosen else {
            continue;
        };
        if gaz.place_facts(town).class != 'P' {
            continue;
        }
        let far = names[part_k].chosen.is_none_or(|c| {
            let ((la, lo), (lb, lob)) = (point(gaz, c), point(gaz, town));
            approx_km(la, lo, lb, lob) > 20.0
        });
        if far {
            drop[part_k] = true;
        }
    }
    // A part named with no town after it is in the town named last before it: "shells
    // fell on Timbuktu… landed in the Abaradjou and Bella Farandi districts" (capitalized
    // words of its name between, unknown to the gazetteer: "Farandi"), « les obus ont
    // touché les quartiers Abaradjou et Bella » (the part word before, in French, other
    // names of the list between).
    let listed = |i: usize| w.words()[i].cap || matches!(w.norm(i), "and" | "et" | ",");
    for k in 1..names.len() {
        let n = &names[k];
        let after = (n.b..(n.b + 3).min(w.len()))
            .find(|&i| part(i))
            .filter(|&e| (n.b..e).all(|i| w.words()[i].cap));
        let before = || {
            (n.a.saturating_sub(5)..n.a)
                .rev()
                .find(|&i| part(i))
                .is_some_and(|p| (p + 1..n.a).all(listed))
        };
        let e = match after {
            Some(e) => e,
            None if before() => n.b.saturating_sub(1),
            None => continue,
        };
        if names[k + 1..].iter().any(|t| t.a <= e + 3) {
            continue;
        }
        let Some(town) = (0..k).rev().filter(|&j| !drop[j]).find_map(|j| {
            let t = &names[j];
            t.chosen
                .filter(|&c| gaz.place_facts(c).class == 'P')
                // (Of an earlier sentence: "Gunmen burned houses in the Abaradjou and
                // Bella Farandi districts after attacking Timbuktu" names its town after.)
                .filter(|_| {
                    let (ts, ns) = (w.words()[t.a].sentence, w.words()[n.a].sentence);
                    ts < ns && ts + 3 >= ns
                })
        }) else {
            continue;
        };
        let far = n.chosen.is_none_or(|c| {
            let ((la, lo), (lb, lob)) = (point(gaz, c), point(gaz, town));
            approx_km(la, lo, lb, lob) > 20.0
        });
        if far {
            drop[k] = true;
        }
    }
    let mut k = 0;
    names.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Which words are inside time mentions ("in March", "Saturday"): not places.
///
/// Each word is asked of the first mention, on from the previous word's, that ends after
/// the word starts. Walked mention by mention: the words that take a mention are those
/// starting before it ends, and of them only those ending after it starts can overlap
/// it, both found by a binary search (words are in order, their starts and ends
/// growing), where a walk over every word cost a dozen instructions a word for a few
/// mentions a report.
fn time_words(doc: &Doc, w: &Words) -> Vec<bool> {
    let words = w.words();
    debug_assert!(
        words
            .windows(2)
            .all(|p| p[0].span.start <= p[1].span.start && p[0].span.end <= p[1].span.end)
    );
    let mut out = vec![false; words.len()];
    let mut i = 0;
    for t in &doc.times {
        let end = i + words[i..].partition_point(|x| x.span.start < t.span.end);
        let from = i + words[i..end].partition_point(|x| x.span.end <= t.span.start);
        for (k, x) in words.iter().enumerate().take(end).skip(from) {
            out[k] = t.span.overlaps(x.span);
        }
        i = end;
    }
    out
}

/// Folded key of words `[a, b)`: pieces joined by a space, except after an apostrophe
/// ("N'Djamena" → "ndjamena", as the gazetteer folds it).
fn key_of(w: &Words, text: &str, a: usize, b: usize) -> String {
    // Sized for the words as written (folding rarely lengthens them): pushed into an
    // empty string, a name of several words was reallocated at each word.
    let written = match (
        w.words().get(a),
        b.checked_sub(1).and_then(|l| w.words().get(l)),
    ) {
        (Some(x), Some(y)) => y.span.end.saturating_sub(x.span.start) as usize,
        _ => 0,
    };
    let mut k = String::with_capacity(written + 4);
    key_into(w, text, a, b, &mut k);
    k
}

/// [`key_of`] into a buffer (cleared first).
fn key_into(w: &Words, text: &str, a: usize, b: usize, k: &mut String) {
    k.clear();
    key_push(w, text, a, b, k);
}

/// [`key_of`] appended to `k`, room for the words as written reserved first (pushed
/// word by word into a buffer too small, it was reallocated at each word).
fn key_push(w: &Words, text: &str, a: usize, b: usize, k: &mut String) {
    if let (Some(x), Some(y)) = (
        w.words().get(a),
        b.checked_sub(1).and_then(|l| w.words().get(l)),
    ) {
        k.reserve(y.span.end.saturating_sub(x.span.start) as usize + 4);
    }
    for i in a..b {
        if i > a {
            let prev = w.words()[i - 1].span.end as usize;
            let apostrophe = text[prev..].starts_with(['\'', '’']);
            if !apostrophe {
                k.push(' ');
            }
        }
        k.push_str(w.norm(i));
    }
}

/// The gazetteer lists namesakes best first (populated places, then by class and
/// population); beyond the first few dozen none would win, and scoring them all costs.
fn top(cands: &[u32]) -> Cow<'_, [u32]> {
    Cow::Borrowed(&cands[..cands.len().min(48)])
}

/// True when word `i`'s sentence is written in title case, as some outlets write
/// headlines ("Soldiers Killed In Djibo Attack, Officials Say"): every word of four
/// letters or more capitalized, and at least three such words.
fn title_case(w: &Words, text: &str, i: usize) -> bool {
    let Some(&(a, b)) = w.sentence_bounds().get(w.words()[i].sentence as usize) else {
        return false;
    };
    let mut long = 0;
    for k in a..b {
        let x = &w.words()[k];
        if x.kind == TokenKind::Word && x.span.of(text).chars().count() >= 4 {
            if !x.cap {
                return false;
            }
            long += 1;
        }
    }
    long >= 3
}

fn is_name_word(w: &Words, i: usize) -> bool {
    w.get(i).is_some_and(|x| x.kind == TokenKind::Word && x.cap)
}

/// "FAMA", "CSP", "FAMa", "MINUSMA": letters in capitals beyond the first make an
/// acronym, which is an organization far more often than a village.
fn is_acronym(text: &str, w: &Words, i: usize) -> bool {
    let s = w.words()[i].span.of(text);
    let b = s.as_bytes();
    // (ASCII, the common case, in one pass over the bytes: capitals counted, and any
    // byte beyond ASCII noted, for the count by characters below.)
    let (upper, high) = b.iter().fold((0usize, 0u8), |(u, h), &c| {
        (u + usize::from(c.is_ascii_uppercase()), h | c)
    });
    let (upper, n) = if high < 0x80 {
        (upper, b.len())
    } else {
        (
            s.chars().filter(|c| c.is_uppercase()).count(),
            s.chars().count(),
        )
    };
    // "FAMa" is an acronym; "NTillit" (N'Tillit written without its apostrophe) is not.
    (n >= 2 && upper == n && n <= 6) || (upper >= 2 && n - upper <= 2)
}

/// An acronym with small letters in it ("FAMa"): an organization's way of writing, never
/// a town's, even after a locative (« aux FAMa » is not the village of Fama), where a
/// town written in capitals ("à GAO") may be one.
fn mixed_acronym(text: &str, w: &Words, i: usize) -> bool {
    is_acronym(text, w, i) && w.words()[i].span.of(text).chars().any(char::is_lowercase)
}

/// Name `a..b` opens the report as its dateline: it starts one of its first two
/// sentences, and a colon or a spaced dash follows (« Sévaré : … », "Gao - …"), or a
/// comma and a date or country up to the agency's parenthesis or a dash ("GAO, Mali,
/// Aug 20 (AFP) -", « Sévaré, 12 mars 2024 – »), or the parenthesis itself ("GAO
/// (Reuters) -"), or an admin hint and a colon (« Niéna (cercle de Sikasso) : … »), or
/// only an admin hint to its sentence's end (« Dialoubé, cercle de Mopti. »). A post's
/// signs may come before it.
fn dateline_at(
    w: &Words,
    lex: &PlaceLex,
    in_time: &[bool],
    a: usize,
    b: usize,
) -> Option<Dateline> {
    let x = &w.words()[a];
    // (A post's signs may come first: "🚨 GAO — …".)
    let first = (0..a)
        .rev()
        .take_while(|&i| w.same_sentence(i, a))
        .all(|i| matches!(w.words()[i].kind, TokenKind::Symbol));
    if x.sentence > 1 || !first || b >= w.len() || !w.same_sentence(a, b) {
        return None;
    }
    let dash = |i: usize| matches!(w.norm(i), "-" | "–" | "—") && !w.words()[i].glued;
    // « Dialoubé, cercle de Mopti. », "Dialoubé, Mopti region.": a heading of its own
    // that only says where the town lies (an admin word and names, to its sentence's
    // end).
    let placed_heading = || {
        let end = (b + 1..w.len())
            .find(|&i| !w.same_sentence(a, i))
            .unwrap_or(w.len());
        let mut admin = false;
        let mut i = b + 1;
        while i < end {
            if let Some((e, _)) = lex
                .get(P::Trigger, w, i)
                .or_else(|| lex.get(P::RegionPost, w, i))
            {
                admin = true;
                i = e;
            } else if w.words()[i].cap && w.words()[i].kind == TokenKind::Word
                || matches!(w.norm(i), "." | "," | "-")
            {
                i += 1;
            } else {
                return false;
            }
        }
        admin && end > b + 2
    };
    match w.norm(b) {
        "," if placed_heading() => Some(Dateline::Local),
        ":" => Some(Dateline::Local),
        _ if dash(b) => Some(Dateline::Local),
        // (Past the agency, a wire's dash, "GAO (Reuters) -", AP's "_"; past an admin
        // hint, local press's colon, « Niéna (cercle de Sikasso) : … ». Nothing else:
        // "Tessit (Gao region) was attacked" has no dateline.)
        "(" => match (b + 1..(b + 8).min(w.len())).find(|&i| w.norm(i) == ")") {
            Some(c) if c + 1 < w.len() && w.norm(c + 1) == ":" => Some(Dateline::Local),
            Some(c) if c + 1 < w.len() && (dash(c + 1) || w.norm(c + 1) == "_") => {
                Some(Dateline::Wire)
            }
            _ => None,
        },
        "," => (b + 2..(b + 12).min(w.len()))
            .take_while(|&i| w.same_sentence(a, i))
            .find(|&i| w.norm(i) == "(" || dash(i))
            .filter(|&end| {
                (b + 1..end).all(|i| {
                    let y = &w.words()[i];
                    in_time[i]
                        || y.cap
                        || y.kind == TokenKind::Number
                        || matches!(w.norm(i), "," | ".")
                })
            })
            .map(|_| Dateline::Wire),
        _ => None,
    }
}

/// An unknown name from word `i`: it runs over the capitalized words that follow (and
/// the lowercase pieces of hyphenated names, "Ti-n-Essako").
fn unresolved<'a>(
    w: &Words,
    i: usize,
    locative: Option<&'a str>,
    ctx_start: usize,
    region: bool,
    near: Option<&'a str>,
    in_time: &[bool],
) -> (usize, Name<'a>) {
    let n = w.len();
    let mut e = i + 1;
    while e < n
        && w.same_sentence(i, e)
        && !in_time[e]
        && w.words()[e].kind == TokenKind::Word
        && (w.words()[e].cap || w.words()[e].glued)
        && e - i < 5
    {
        e += 1;
    }
    (
        e,
        Name {
            a: i,
            b: e,
            cands: Cow::Borrowed(&[]),
            locative,
            ctx_start,
            region,
            near,
            hints: Vec::new(),
            adjacent_hints: 0,
            hint_words: (0, 0),
            expect: None,
            chosen: None,
            metonym: false,
            fuzzy: false,
            country: None,
            dateline: None,
        },
    )
}

/// Keeps, of the candidates of each name `which` picks, those `ok` accepts (a name whose
/// candidates all pass keeps its list as it is).
fn narrow(names: &mut [Name], which: impl Fn(&Name) -> bool, ok: impl Fn(u32) -> bool) {
    for nm in names.iter_mut().filter(|nm| which(nm)) {
        if !nm.cands.iter().all(|&p| ok(p)) {
            nm.cands = Cow::Owned(nm.cands.iter().copied().filter(|&p| ok(p)).collect());
        }
    }
}

/// The locative context right before word `a`: (start word, relation, region?, near?).
fn context_before<'a>(
    w: &Words,
    lex: &'a PlaceLex,
    a: usize,
) -> (usize, Option<&'a str>, bool, Option<&'a str>) {
    if let Some((s, v)) = lex.ending_at(P::Near, w, a, 5) {
        return (s, Some("near"), false, Some(v));
    }
    if let Some((s, v)) = lex.ending_at(P::Trigger, w, a, 5) {
        let region = matches!(v, "region" | "cercle" | "district" | "commune");
        return (s, Some(v), region, None);
    }
    // « le village peul de Sobane », « le hameau dogon d'Ogossagou »: an adjective
    // between the settlement noun and its « de ».
    if a >= 3
        && matches!(w.norm(a - 1), "de" | "d")
        && w.words()[a - 2].kind == TokenKind::Word
        && !w.words()[a - 2].cap
        && let Some((s, v)) = lex.ending_at(P::Settlement, w, a - 2, 1)
    {
        return (s, Some(v), false, None);
    }
    // "their village, Ouankoro,", « leur village, Ouankoro, »: the name in apposition
    // after a settlement noun is that settlement.
    if a >= 2
        && w.norm(a - 1) == ","
        && let Some((s, v)) = lex.ending_at(P::Settlement, w, a - 1, 1)
    {
        return (s, Some(v), false, None);
    }
    if let Some((s, v)) = lex.ending_at(P::Locative, w, a, 3) {
        // "attacked Gao": the verb is context, not part of the place's evidence.
        let s = if v == "verb" { a } else { s };
        // "25 km west of Kidal": the anchor of a distance is a place for certain.
        let v = if v == "of" && lex.ending_at(P::Bearing, w, s, 3).is_some() {
            "near"
        } else {
            v
        };
        return (s, Some(v), false, None);
    }
    (a, None, false, None)
}

#[allow(clippy::too_many_arguments)]
fn recognize<'a>(
    w: &'a Words,
    lex: &'a PlaceLex,
    events: &EventLex,
    gaz: &'a Gazetteer,
    known: &'a KnownWords,
    fuzzy_memo: &FuzzyMemo,
    text: &str,
    in_time: &[bool],
    in_actor: &dyn Fn(usize, usize) -> bool,
) -> Vec<Name<'a>> {
    let mut out: Vec<Name<'a>> = Vec::with_capacity(16);
    let mut words = WordLookups::new(gaz, w, known);
    // Room for a long name at once: grown from empty, it was reallocated in every report.
    let mut key = String::with_capacity(64);
    // The key of an unknown name, for its near-spellings (one buffer for all).
    let mut fuzzy_key = String::new();
    let n = w.len();
    let mut i = 0;
    while i < n {
        // The next name word outside time mentions: the others are skipped in a loop of
        // their own ([`Words::next_where`]), where this loop's own values stayed live
        // across every word. (The capital first: most words, lowercase, fail that
        // test alone, where two in three pass the kind's.)
        match w.next_where(i, |k, x| x.cap && x.kind == TokenKind::Word && !in_time[k]) {
            Some(k) => i = k,
            None => break,
        }
        debug_assert!(is_name_word(w, i) && !in_time[i]);
        // A piece glued to the word before it is part of another word ("Tagourou-Dogon"),
        // unless both are places: "the Aguelhok-Tessalit road", "l'axe Gao-Ansongo".
        // (Not after an elided article: « près d'Aguelhok », « l'Azawad ».)
        // (Asked only of a word glued to a word before it, which most are not; of the
        // bytes between them, which need no test of character boundaries.)
        let elided = || {
            if i == 0 {
                return false;
            }
            let gap = &text.as_bytes()
                [w.words()[i - 1].span.end as usize..w.words()[i].span.start as usize];
            gap.starts_with(b"'") || gap.starts_with("’".as_bytes())
        };
        debug_assert_eq!(
            elided(),
            i > 0
                && text[w.words()[i - 1].span.end as usize..w.words()[i].span.start as usize]
                    .starts_with(['\'', '’'])
        );
        // The place named right before word `end` (exclusive), if any.
        let place_before = |end: usize| {
            out.last()
                .is_some_and(|p: &Name| p.b == end && !p.cands.is_empty())
        };
        // An en dash glued on both sides joins two places as a hyphen does: "the
        // Ansongo–Labbezanga road" (a wire style), not a name and a town. (A dashed
        // word with no place before the dash is looked up on its own: "the Dakar–Kayes
        // road" with Dakar unknown still names Kayes.)
        let dashed = w.words()[i].glued
            && i > 1
            && w.words()[i - 1].glued
            && w.words()[i - 2].kind == TokenKind::Word
            && w.norm(i - 1) == "–"
            && place_before(i - 1);
        if dashed
            || (w.words()[i].glued
                && i > 0
                && w.words()[i - 1].kind == TokenKind::Word
                && !elided())
        {
            let pair = dashed || place_before(i);
            let found: &[u32] = if pair { words.lookup(i) } else { &[] };
            if pair && !found.is_empty() && !in_time[i] {
                let prev = out.last_mut().expect("pair");
                let ctx = *prev.locative.get_or_insert("between");
                out.push(Name {
                    a: i,
                    b: i + 1,
                    cands: top(found),
                    locative: Some(ctx),
                    ctx_start: i,
                    region: false,
                    near: None,
                    hints: Vec::new(),
                    adjacent_hints: 0,
                    hint_words: (0, 0),
                    expect: None,
                    chosen: None,
                    metonym: false,
                    fuzzy: false,
                    country: None,
                    dateline: None,
                });
            }
            i += 1;
            continue;
        }
        // Longest gazetteer name from here, word by word.
        let mut found_at: Option<(usize, &[u32])> = None;
        let mut j = i + 1;
        key.clear();
        loop {
            // Word `i` alone at first, asked by its word, not by the key: the key gets
            // it only for a longer name (most capitalized words start none, and copying
            // each into the key cost a library call).
            let one = j == i + 1;
            let (found, prefix) = if one {
                words.lookup_and_prefix(i)
            } else {
                ask(gaz, &key)
            };
            if !found.is_empty() {
                found_at = Some((j, found));
            }
            if j >= n || j - i >= 6 || !w.same_sentence(i, j) || !prefix {
                break;
            }
            let next = &w.words()[j];
            if next.kind != TokenKind::Word || in_time[j] {
                break;
            }
            if one {
                key.push_str(w.norm(i));
            }
            // Joined as `key_of` joins: no space after an apostrophe.
            if !text[w.words()[j - 1].span.end as usize..].starts_with(['\'', '’']) {
                key.push(' ');
            }
            key.push_str(w.norm(j));
            j += 1;
        }
        let mut best: Option<(usize, Cow<'a, [u32]>)> = found_at.map(|(e, f)| (e, top(f)));
        // "Gao Region" is in GeoNames as an admin area; read it as the town's name and a
        // region word, so that the region is coded at its capital.
        if let Some((e, _)) = &best
            && *e > i + 1
            && lex.get(P::RegionPost, w, e - 1).is_some()
        {
            let shorter = gaz.lookup(&key_of(w, text, i, e - 1));
            if !shorter.is_empty() {
                best = Some((e - 1, top(shorter)));
            }
        }
        // "#Diafarabé", "at the gold-washing site of #Koury": a post's hashtag tags a
        // place; its context is the one before the sign. With none, tags that lead the
        // post say where (« #Mali #Diafarabé Un piroguier abattu… »); tags at its end
        // are topics ("… #Mopti #Sikasso").
        let tag = |k: usize| k > 0 && w.words()[k].glued && w.norm(k - 1) == "#";
        let tagged = tag(i);
        let (mut ctx_start, mut locative, region_ctx, near) =
            context_before(w, lex, if tagged { i - 1 } else { i });
        // "in the Gourma,", « dans le Macina où »: a locative word, then the article an
        // area's name takes, then the name alone (an area of the gazetteer's); or any
        // name with its area word ("in the Diabaly area", "near the Mondoro forest").
        // (A name the gazetteer has as written: an unknown one would take near-spellings
        // far off, "the Koubaye area near Mopti"; not an adjective before the area's own
        // name, "in the Serbian province of Kosovo"; nor a people's, "in the Dogon and
        // Fulani communities".)
        let e = best.as_ref().map_or(i + 1, |b| b.0);
        if locative.is_none()
            && best.is_some()
            && !events.has(E::Community, w, i)
            && let Some(s) = area_article(w, lex, i, e)
            && (e < n
                && lex
                    .get(P::RegionPost, w, e)
                    .is_some_and(|(r, _)| !matches!(w.norm(r), "of" | "de" | "du" | "d"))
                || best.as_ref().is_some_and(|(_, cands)| {
                    article_alone(w, i, e)
                        && cands
                            .iter()
                            .any(|&c| matches!(gaz.place_facts(c).class, 'L' | 'A'))
                }))
        {
            ctx_start = s;
            locative = Some("in");
        }
        if tagged && locative.is_none() {
            let mut k = i - 1;
            while k > 0 && w.same_sentence(k - 1, i) {
                k -= 1;
            }
            if (k..i).all(|x| w.words()[x].kind != TokenKind::Word || tag(x)) {
                locative = Some("hashtag");
            }
        }
        // « ont attaqué mercredi Boni », "attacked on Sunday the town of…": French puts
        // the date between a verb and its object; the verb is still the context.
        if locative.is_none() && i > 0 && in_time[i - 1] && w.same_sentence(i - 1, i) {
            let mut t = i - 1;
            while t > 0 && in_time[t - 1] && w.same_sentence(t - 1, i) {
                t -= 1;
            }
            if let Some((_, "verb")) = lex.ending_at(P::Locative, w, t, 3) {
                locative = Some("verb");
            }
        }
        // (Its own, before a list lends it one.)
        let own_locative = locative;
        // "between Tin Akaola and Agalhik", "à Gao, Ménaka et Ansongo": a list continues
        // the locative of the name before it.
        if let Some(prev) = out.last()
            && prev.locative.is_some_and(strong_locative)
            && prev.b < i
            && i - prev.b <= 2
            && (prev.b..i).all(|x| matches!(w.norm(x), "," | "and" | "et" | "or" | "ou"))
        {
            locative = prev.locative;
        }
        let strong = locative.is_some_and(strong_locative);
        // A name inside a larger name ("the Algiers peace agreement", "l'accord d'Alger").
        // (Asked only where the answer decides: pure, like the tests beside it.)
        let name_pre = || lex.ending_at(P::NamePre, w, i, 4).is_some();
        match best {
            Some((e, cands)) => {
                // A dateline is a place whatever its writing ("GAO, Nov 8 (AFP) -",
                // capitals like an acronym's) and whoever's name follows.
                let dateline = locative
                    .is_none()
                    .then(|| dateline_at(w, lex, in_time, i, e))
                    .flatten()
                    .filter(|_| !is_stopword(known, lex, w, i) && !mixed_acronym(text, w, i));
                if dateline.is_some() {
                    locative = Some("dateline");
                } else {
                    let single = e == i + 1;
                    // (An area's name is a place with its region word: "the Sahel region",
                    // « la région du Sahel ».)
                    // (A name of God is no place after any word: "With the grace of
                    // Allah", « Grâce à Allah » are no village of Niger.)
                    let (not_place, area, never) = match lex.get(P::NotPlace, w, i) {
                        Some((_, "area")) => {
                            let alone =
                                !(region_ctx || e < n && lex.get(P::RegionPost, w, e).is_some());
                            (alone, alone, false)
                        }
                        Some((_, "never")) => (true, false, true),
                        Some(_) => (true, false, false),
                        None => (false, false, false),
                    };
                    // (Unless a settlement's noun introduces it: « le village d'Allah ».)
                    let never = single
                        && never
                        && !(i.saturating_sub(5)..i).any(|j| {
                            lex.get(P::Trigger, w, j)
                                .is_some_and(|(end, _)| end + 2 >= i)
                        });
                    let stop = single && (is_stopword(known, lex, w, i) || not_place);
                    // (An area's name alone is no place, whatever the word before it:
                    // "spread across the Sahel".)
                    let area = single && area;
                    let acronym = single && is_acronym(text, w, i);
                    let name_head =
                        (e..e + 2).any(|k| lex.get(P::NameHead, w, k).is_some()) && !strong;
                    // Inside a person's or an organization's name ("Amadou Issa Dicko",
                    // "Amada Ag Hama", "Katiba Macina"): capitalized words on either side.
                    // (Not a date's word: "the streets of the capital Bamako Saturday".)
                    let left = i > 0
                        && w.same_sentence(i - 1, i)
                        && is_name_word(w, i - 1)
                        && !in_time[i - 1]
                        && !is_stopword(known, lex, w, i - 1);
                    // (A hashtag ends at its space: "#Diafarabé Un piroguier".)
                    let right = !tagged
                        && e < n
                        && w.same_sentence(i, e)
                        && is_name_word(w, e)
                        && !in_time[e]
                        && lex.get(P::RegionPost, w, e).is_none()
                        && words.lookup(e).is_empty();
                    let in_name = (left || right) && !strong;
                    // A headline in title case ends on its speaker's verb: "Soldiers
                    // Killed In Djibo Attack, Officials Say" (Say is a town in Niger).
                    // (Asked only of a name that is a reporting verb, with no locative.)
                    let says = || {
                        single
                            && own_locative.is_none()
                            && lex
                                .get(P::MetonymVerb, w, i)
                                .is_some_and(|(_, v)| v == "speech")
                            && i > 0
                            && is_name_word(w, i - 1)
                            && w.same_sentence(i - 1, i)
                            && !w
                                .get(e)
                                .is_some_and(|x| x.kind == TokenKind::Word && w.same_sentence(i, e))
                            && title_case(w, text, i)
                    };
                    // A people's name before a noun is their adjective, not the village
                    // of that name: "attacked Dogon herders", "the Dogon hamlet of Kine"
                    // (but "in Dogon"; a list lends no locative: "Kine, Dogon militiamen
                    // repelled the attack").
                    // (Asked last: few names are a people's.)
                    let people = || {
                        single
                            && events.has(E::Community, w, i)
                            && !own_locative
                                .is_some_and(|l| !matches!(l, "verb" | "of" | "to" | "and"))
                            && w.get(e).is_some_and(|x| {
                                x.kind == TokenKind::Word && !x.cap && w.same_sentence(i, e)
                            })
                            && !is_stopword(known, lex, w, e)
                    };
                    if name_pre()
                        || name_head
                        || in_name
                        || area
                        || never
                        || ((stop || acronym) && !strong)
                        || (single && mixed_acronym(text, w, i))
                        || people()
                        || says()
                        // (A country stays: "the Government of Mali" says where.)
                        || in_actor(i, e)
                            && !cands.iter().any(|&p| gaz.place_feature(p).1.starts_with("PCL"))
                    {
                        i = e;
                        continue;
                    }
                    // "in Tin Afaghout": a known word starting an unknown longer name.
                    if right && single {
                        let (e2, nm) =
                            unresolved(w, i, locative, ctx_start, region_ctx, near, in_time);
                        out.push(nm);
                        i = e2;
                        continue;
                    }
                }
                out.push(Name {
                    a: i,
                    b: e,
                    cands,
                    locative,
                    ctx_start,
                    region: region_ctx,
                    near,
                    hints: Vec::new(),
                    adjacent_hints: 0,
                    hint_words: (0, 0),
                    expect: None,
                    chosen: None,
                    metonym: false,
                    fuzzy: false,
                    country: None,
                    dateline,
                });
                i = e;
            }
            None => {
                // Unknown to the gazetteer: a place only after a strong locative word.
                // (Tested first: most unknown capitalized words have none, and the tests
                // after it are pure, so they are asked only then.)
                // (Nor the word opening a region phrase, capitalized as ACLED writes it:
                // "Bondo, Cercle of Koro".)
                if !strong
                    || is_stopword(known, lex, w, i)
                    || lex.get(P::NotPlace, w, i).is_some()
                    || lex.get(P::Trigger, w, i).is_some()
                    || is_acronym(text, w, i)
                    || name_pre()
                    || mixed_acronym(text, w, i)
                {
                    i += 1;
                    continue;
                }
                let (e, mut nm) = unresolved(w, i, locative, ctx_start, region_ctx, near, in_time);
                // A near-spelling of a known place ("Tabakort", "Dialloube"): its
                // candidates. Names of one or two words only; each distinct name once.
                // (The key only for a name it is looked up for, in a buffer kept across
                // names: a string each cost an allocation and a free.)
                // (Not a country's name: "coming from Senegal and Guinea" names no
                // village Guiné.)
                let fuzzy = if nm.b - nm.a <= 2
                    && gaz.country_code(w.span(nm.a, nm.b).of(text)).is_none()
                {
                    key_into(w, text, nm.a, nm.b, &mut fuzzy_key);
                    debug_assert_eq!(fuzzy_key, key_of(w, text, nm.a, nm.b));
                    fuzzy_memo.lookup(gaz, &fuzzy_key)
                } else {
                    Vec::new()
                };
                if !fuzzy.is_empty() {
                    nm.fuzzy = true;
                    let best = fuzzy.iter().map(|&(_, d)| d).min().unwrap_or(0);
                    nm.cands = Cow::Owned(
                        fuzzy
                            .iter()
                            .filter(|&&(_, d)| d == best)
                            .map(|&(p, _)| p)
                            .collect(),
                    );
                }
                out.push(nm);
                i = e;
            }
        }
    }
    // "in Aguelhok and Tessalit", "à Gao, Ménaka et Ansongo": a list shares its locative.
    for k in 1..out.len() {
        if out[k].locative.is_none() || out[k].locative == Some("and") {
            let (pa, pb) = (out[k - 1].b, out[k].a);
            let list = pb > pa
                && pb - pa <= 2
                && (pa..pb).all(|x| matches!(w.norm(x), "," | "and" | "et" | "or" | "ou"));
            if list && out[k - 1].locative.is_some() {
                out[k].locative = out[k - 1].locative;
            }
        }
    }
    // "retake the Niger river town of Diré", "the Mopti region town of Sévaré": a name
    // that only says which town the next one is, right before the noun introducing it,
    // is no location of the sentence's verb; the town is.
    // (Only a feature's or an area's noun between, "river", "region", or none: not
    // "killed in Boni fleeing the town of Hombori", nor "the mayor of Ouattagouna in
    // the village of Koutou".)
    let mut modifiers = vec![false; out.len()];
    for k in 1..out.len() {
        let (b, a) = (out[k - 1].b, out[k].a);
        modifiers[k - 1] = lex.ending_at(P::Trigger, w, a, 5).is_some_and(|(s, _)| {
            s >= b
                && s - b <= 1
                && (b..s).all(|x| {
                    let t = &w.words()[x];
                    t.kind == TokenKind::Word
                        && !t.cap
                        && w.same_sentence(x, a)
                        && (lex.get(P::FeaturePost, w, x).is_some()
                            || lex.get(P::RegionPost, w, x).is_some())
                })
        });
        if modifiers[k - 1] {
            out[k - 1].locative = None;
        }
    }
    // "the Kidal region", "Kidal Region": the region named after the town; "the Gao
    // area": around the town.
    for nm in &mut out {
        if let Some((e, v)) = lex.get(P::RegionPost, w, nm.b) {
            if v == "area" {
                nm.near.get_or_insert("vicinity");
            } else {
                nm.region = true;
            }
            nm.b = e;
        }
    }
    // "the Serma forest", "the Bamba checkpoint": a feature noun after the name, or
    // ending a gazetteer name of its own ("the Menaka airport" is "Menaka Airport"; a
    // site or a settlement, not "the Niger river", a line hundreds of km long).
    // (Not the noun that introduces the next name: "the Niger river town of Diré".)
    for (nm, &modifier) in out.iter_mut().zip(&modifiers) {
        if nm.locative.is_none()
            && !modifier
            && !nm.cands.is_empty()
            && (lex.get(P::FeaturePost, w, nm.b).is_some()
                || adjective_feature(w, lex, nm.a, nm.b)
                || (nm.b - nm.a > 1
                    && lex.get(P::FeaturePost, w, nm.b - 1).is_some()
                    && matches!(gaz.place_facts(nm.cands[0]).class, 'S' | 'P')))
        {
            nm.locative = Some("feature");
        }
    }
    // A name outside any locative context is a place only if it is a place of note (a
    // capital, an admin seat, a town of 50,000) or the report uses it as a place
    // elsewhere: "Kidal, bastion of…" yes; "Castro said" (a village in GeoNames) no.
    // (Their keys back to back in one string, each a range of it: a string each cost
    // an allocation and a free.)
    let mut located_keys = String::new();
    let located: Vec<(usize, usize)> = out
        .iter()
        .filter(|nm| nm.locative.is_some_and(strong_locative) || nm.near.is_some() || nm.region)
        .map(|nm| {
            let from = located_keys.len();
            key_push(w, text, nm.a, nm.b, &mut located_keys);
            debug_assert_eq!(located_keys[from..], key_of(w, text, nm.a, nm.b));
            (from, located_keys.len())
        })
        .collect();
    // "Boni was attacked on Sunday", "Boni, occupied by jihadists in 2012, was attacked",
    // « Boni a été la cible d'une attaque »: the name opening its sentence is what was
    // done to, a place whatever its note. (Past an apposition between commas; a
    // person's name, "Amadou Diallo was attacked", is two capitalized words, no place.)
    // (Not when the sentence says where with a locative word: "Keita was attacked by
    // gunmen as he left the mosque in Kati" names a man.)
    // (Asked first of the few names that open their sentence with such a verb phrase,
    // then whether another name of the sentence is placed.)
    let subjects: Vec<usize> = (0..out.len())
        .filter(|&j| {
            let nm = &out[j];
            if nm.locative.is_some() || nm.cands.is_empty() {
                return false;
            }
            let opens = (0..nm.a)
                .rev()
                .take_while(|&k| w.same_sentence(k, nm.a))
                .all(|k| w.words()[k].kind != TokenKind::Word);
            let mut k = nm.b;
            if opens && k < n && w.norm(k) == "," {
                match (k + 1..(k + 14).min(n))
                    .take_while(|&x| w.same_sentence(nm.a, x))
                    .find(|&x| w.norm(x) == ",")
                {
                    Some(c) => k = c + 1,
                    None => return false,
                }
            }
            opens && k < n && w.same_sentence(nm.a, k) && lex.get(P::SubjectOf, w, k).is_some()
        })
        .filter(|&j| {
            !out.iter().any(|o| {
                o.a != out[j].a
                    && w.same_sentence(o.a, out[j].a)
                    && o.locative.is_some_and(|l| l != "and")
                    && !o.cands.is_empty()
            })
        })
        .collect();
    for j in subjects {
        out[j].locative = Some("subject");
    }
    let mut key = String::new();
    out.retain(|nm| {
        // Any locative word, even "of" ("the mayor of Tarkint"), makes it a place.
        if nm.locative.is_some() || nm.near.is_some() || nm.region {
            return true;
        }
        if nm.cands.is_empty() {
            return true;
        }
        let notable = nm.cands.iter().take(8).any(|&c| {
            let p = gaz.place_facts(c);
            matches!(
                p.code,
                "PPLC" | "PPLA" | "PPLA2" | "ADM1" | "PCLI" | "PCLS" | "PCLD" | "PCL"
            ) || p.population >= 50_000
                || p.supplement
        });
        notable || {
            key_into(w, text, nm.a, nm.b, &mut key);
            located.iter().any(|&(a, b)| located_keys[a..b] == key)
        }
    });
    out
}

/// Admin areas written next to a name: "Lere, Tombouctou Region", "Godoware (Douentza,
/// Mopti)", "in the Kidal region" elsewhere in the sentence.
fn add_hints<'a>(w: &'a Words, _lex: &PlaceLex, names: &mut [Name<'a>]) {
    for k in 0..names.len() {
        let b = names[k].b;
        let mut hints = Vec::new();
        let mut span = (b, b);
        if w.norm(b) == "(" {
            let mut j = b + 1;
            while j < w.len() && w.norm(j) != ")" && j < b + 8 {
                if w.words()[j].kind == TokenKind::Word {
                    hints.push(w.norm(j));
                }
                j += 1;
            }
            span = (b + 1, j);
        }
        // Capitalized words just after a comma ("Baye, Cercle of Bankass", "Lere,
        // Tombouctou Region") or "in" ("the village of Ségué in the Bankass area", «
        // Ségué dans le cercle de Bankass »), within the clause; and regions named in the
        // same sentence.
        let after_in = matches!(w.norm(b), "in" | "dans");
        if after_in || w.norm(b) == "," {
            for j in b + 1..(b + 6).min(w.len()) {
                if !w.same_sentence(b, j)
                    || matches!(w.norm(j), "," | "." | ";")
                    || after_in && w.norm(j) == "("
                {
                    break;
                }
                if w.words()[j].cap {
                    hints.push(w.norm(j));
                    span = (b + 1, j + 1);
                }
            }
        }
        let adjacent = hints.len();
        names[k].hint_words = span;
        for other in names.iter() {
            if other.region && w.same_sentence(other.a, names[k].a) {
                hints.push(w.norm(other.a));
            }
        }
        names[k].hints = hints;
        names[k].adjacent_hints = adjacent;
    }
}

/// The country named at word `i`, capitalized ("Burkina Faso", "Niger", « Mauritanie »):
/// its end and ISO code. The gazetteer's country names first, longest first (so that
/// "Burkina Faso" is not the lexicon's "Burkina" and a stray "Faso"), else the forms
/// the language's lexicon adds.
fn country_at<'a>(
    w: &Words,
    lex: &'a PlaceLex,
    gaz: &'a Gazetteer,
    text: &str,
    i: usize,
) -> Option<(usize, &'a str)> {
    if !is_name_word(w, i) {
        return None;
    }
    let mut e = i + 1;
    while e < w.len() && e < i + 3 && w.same_sentence(i, e) && is_name_word(w, e) {
        e += 1;
    }
    (i + 1..=e)
        .rev()
        .find_map(|e| gaz.country_code(w.span(i, e).of(text)).map(|c| (e, c)))
        .or_else(|| lex.get(P::Country, w, i))
}

/// The country an apposition right after word `b` (a name's end) puts that name in, and
/// the words that name it:
/// "Djibasso, Burkina Faso", "Kaya, in north-central Burkina Faso", « Djibo, dans le
/// nord du Burkina », « Tillabéri, au Niger », "Djibo (Burkina Faso)". Only the words
/// of [`P::InCountry`] and bearings may come between, with a preposition among them:
/// "Boulkessi, near the border with Burkina Faso" says nothing of Boulkessi's country.
fn apposed_country<'a>(
    w: &Words,
    lex: &'a PlaceLex,
    gaz: &'a Gazetteer,
    text: &str,
    b: usize,
) -> Option<(usize, usize, &'a str)> {
    if !matches!(w.norm(b), "," | "(") {
        return None;
    }
    let n = w.len();
    let (mut k, mut inside) = (b + 1, false);
    while k < n && w.same_sentence(b, k) && !w.words()[k].cap {
        if k > b + 8 {
            return None;
        }
        if let Some((e, v)) = lex.get(P::InCountry, w, k) {
            inside |= v == "in";
            k = e;
        } else if let Some((e, _)) = lex.get(P::Bearing, w, k) {
            k = e;
        } else if w.words()[k].glued && k > b + 1 {
            // The pieces of "north-central".
            k += 1;
        } else {
            return None;
        }
    }
    // (English names a country without an article: "in the Niger delta" is the river's.)
    if k > b + 1 && (!inside || w.norm(k - 1) == "the") {
        return None;
    }
    let (e, c) = country_at(w, lex, gaz, text, k)?;
    // Not a longer name ("the Niger River"), a list of countries ("in Mali, Burkina Faso
    // and Niger"), nor, after a bare comma, a possessive ("Gao, Niger's neighbour").
    let more = e < n
        && w.same_sentence(k, e)
        && (is_name_word(w, e) || matches!(w.norm(e), "and" | "et" | "or" | "ou"));
    let possessive = text[w.words()[e - 1].span.end as usize..].starts_with(['\'', '’']);
    if more || (k == b + 1 && possessive) {
        return None;
    }
    Some((k, e, c))
}

/// A town the report itself places in a country ("Kaya, in north-central Burkina
/// Faso", « à Tillabéri, au Niger ») is there: its namesakes elsewhere (Mali's Kaya, a
/// Malian near-spelling of Djibo) are other places, and one the gazetteer lacks there is
/// still known to be in that country.
fn apply_appositions<'a>(
    w: &Words,
    lex: &'a PlaceLex,
    gaz: &'a Gazetteer,
    text: &str,
    names: &mut Vec<Name<'a>>,
) {
    let mut apposed: Vec<(usize, usize)> = Vec::new();
    for nm in names.iter_mut() {
        let Some((ca, cb, c)) = apposed_country(w, lex, gaz, text, nm.b) else {
            continue;
        };
        // ("in Mali, Burkina Faso": a list of countries.)
        if country_at(w, lex, gaz, text, nm.a).is_some_and(|(e, _)| e == nm.b) {
            continue;
        }
        apposed.push((ca, cb));
        nm.country = Some(c);
        if nm.cands.iter().any(|&p| gaz.place_country(p) != c) {
            nm.cands = Cow::Owned(
                nm.cands
                    .iter()
                    .copied()
                    .filter(|&p| gaz.place_country(p) == c)
                    .collect(),
            );
        }
    }
    // The country of an apposition is said of the town, not a place of its own ("in
    // Ayorou, Niger" is one place, not two).
    names.retain(|nm| !apposed.contains(&(nm.a, nm.b)));
}

/// The countries the report names, by their nationality ("burkinabè", "Malian": the
/// `demonyms`, first), then as countries ("in Niger", "Burkina Faso's", « au Burkina »)
/// or where its appositions put its places; and how many of them are nationalities.
fn named_countries<'a>(
    w: &Words,
    lex: &'a PlaceLex,
    gaz: &'a Gazetteer,
    text: &str,
    names: &[Name<'a>],
    demonyms: Vec<&'a str>,
) -> (Vec<&'a str>, usize) {
    let n_demonyms = demonyms.len();
    let mut named = demonyms;
    // (Only a name word can start a country's name: the others are skipped in a loop of
    // their own, where a call to `country_at` cost a dozen instructions a word.)
    let mut i = 0;
    while let Some(k) = w.next_where(i, |_, x| x.cap && x.kind == TokenKind::Word) {
        debug_assert!(is_name_word(w, k) && (i..k).all(|j| !is_name_word(w, j)));
        i = k;
        match country_at(w, lex, gaz, text, i) {
            Some((e, c)) => {
                // (Not "the Niger River", "the Niger": the river.)
                let river = (i > 0 && w.norm(i - 1) == "the")
                    || (e < w.len() && w.same_sentence(i, e) && is_name_word(w, e));
                if !river {
                    named.push(c);
                }
                i = e;
            }
            None => i += 1,
        }
    }
    named.extend(names.iter().filter_map(|nm| nm.country));
    (named, n_demonyms)
}

/// The country most unambiguous names are in: namesakes abroad lose to it.
fn focus_country<'g>(
    gaz: &'g Gazetteer,
    names: &[Name],
    demonyms: impl FnOnce() -> Vec<(String, usize)>,
) -> Option<&'g str> {
    // Few distinct countries: a list beats a hash map.
    // (Room for a few at once: grown from empty, it was reallocated in most reports.)
    let mut counts: Vec<(&'g str, usize)> = Vec::with_capacity(4);
    for nm in names {
        // The first few candidates are the ones that can win.
        let mut seen = [""; 8];
        let mut n = 0;
        for &c in nm.cands.iter().take(8) {
            let country = gaz.place_country(c);
            if !seen[..n].contains(&country) {
                seen[n] = country;
                n += 1;
            }
        }
        let add = if nm.cands.len() <= 3 { 2 } else { 1 };
        for &c in &seen[..n] {
            match counts.iter_mut().find(|(k, _)| *k == c) {
                Some(e) => e.1 += add,
                None => counts.push((c, add)),
            }
        }
    }
    counts.sort_by_key(|(c, n)| (std::cmp::Reverse(*n), *c));
    // A tie between namesakes' countries: the nationalities the report names decide.
    if counts.len() >= 2 && counts[0].1 == counts[1].1 {
        let votes = demonyms();
        let tied = counts[0].1;
        if let Some((c, _)) = counts
            .iter()
            .take_while(|(_, n)| *n == tied)
            .filter_map(|&(c, _)| votes.iter().find(|(k, _)| k == c).map(|(_, v)| (c, *v)))
            .max_by_key(|&(_, v)| v)
        {
            return Some(c);
        }
        // Nothing breaks the tie: no country is the focus (the first in the alphabet
        // would be an arbitrary one: "Boni" is a Malian village and a name of Bonn).
        return None;
    }
    counts.first().map(|(c, _)| *c)
}

/// Is the name written with a definite article of its own, as areas are and towns are
/// not ("in the Gourma,", « dans le Macina où »)? Not when a noun follows that the name
/// qualifies ("the Gao airport", "the Tessalit camp"), nor before a hyphen ("the
/// Gao-Ansongo road"), nor a region written as such ("the Kidal region").
fn named_as_area(w: &Words, nm: &Name) -> bool {
    !nm.region && article_alone(w, nm.a, nm.b)
}

/// Where the locative word before the article of the name at `a..b` starts: "in the
/// Gourma", « dans le Gourma », "in the Diabaly area".
fn area_article(w: &Words, lex: &PlaceLex, a: usize, b: usize) -> Option<usize> {
    if a < 2
        || b <= a
        || !matches!(w.norm(a - 1), "the" | "le" | "la" | "l")
        || !w.same_sentence(a - 2, a)
    {
        return None;
    }
    lex.ending_at(P::Locative, w, a - 1, 3)
        .filter(|&(_, v)| matches!(v, "in" | "at" | "near" | "vicinity" | "outskirts"))
        .map(|(s, _)| s)
}

/// The name at `a..b` right after a definite article of its own and followed by no
/// noun it qualifies (see [`named_as_area`]).
fn article_alone(w: &Words, a: usize, b: usize) -> bool {
    // (Not a compass word: « dans le Centre du Mali », "in the North" name a part of the
    // country, not Burkina Faso's regions of those names.)
    if a == 0
        || !matches!(w.norm(a - 1), "the" | "le" | "la" | "l")
        || !w.get(b - 1).is_some_and(|x| x.cap)
        || b == a + 1
            && matches!(
                w.norm(a),
                "nord"
                    | "sud"
                    | "est"
                    | "ouest"
                    | "centre"
                    | "north"
                    | "south"
                    | "east"
                    | "west"
                    | "centre-nord"
                    | "centre-est"
                    | "centre-ouest"
                    | "centre-sud"
            )
    {
        return false;
    }
    match w.get(b) {
        None => true,
        Some(x) if x.sentence != w.words()[a].sentence => true,
        Some(x) if x.kind == TokenKind::Punct => !matches!(w.norm(b), "-" | "–" | "—" | "'" | "’"),
        Some(x) => {
            x.kind == TokenKind::Word
                && matches!(
                    w.norm(b),
                    "and"
                        | "or"
                        | "in"
                        | "to"
                        | "where"
                        | "which"
                        | "that"
                        | "et"
                        | "ou"
                        | "où"
                        | "qui"
                        | "que"
                )
        }
    }
}

/// What a populated place without a known population counts as when namesakes are
/// ranked: a village.
const UNKNOWN_POPULATION: u64 = 1_000;

fn class_weight(class: char, code: &str) -> f64 {
    match (class, code) {
        ('P', "PPLC") => 6.0,
        ('P', "PPLA") => 5.5,
        ('P', c) if c.starts_with("PPLA") => 5.0,
        ('P', _) => 4.0,
        ('A', c) if c.starts_with("PCL") => 1.0,
        ('A', _) => 3.0,
        ('L', _) => 2.5,
        ('S', _) => 1.8,
        ('T', _) => 1.5,
        ('H', _) => 1.2,
        _ => 0.5,
    }
}

/// Reads "N km [to the] BEARING" at word `i`: (end, km, bearing).
fn distance_bearing(
    w: &Words,
    lex: &PlaceLex,
    res: &Resources,
    lang: sitrep_core::Lang,
    i: usize,
) -> Option<(usize, f64, Option<f64>)> {
    let mut j = i;
    // "some 30 km", "about 30km", "à 200 km", "environ 30 km"
    while matches!(
        w.norm(j),
        "some"
            | "about"
            | "around"
            | "approximately"
            | "roughly"
            | "nearly"
            | "a"
            | "environ"
            | "quelque"
            | "quelques"
            | "pres"
            | "plus"
    ) {
        j += 1;
        if j > i + 2 {
            return None;
        }
    }
    // (Or a round figure, "une trentaine de kilomètres", "a dozen kilometres": its best
    // value, when its range is narrow; not "des dizaines de kilomètres".)
    // ("half a dozen kilometres": not the dozen.)
    let half = |k: usize| {
        k > 0 && matches!(w.norm(k - 1), "half" | "demi")
            || k > 1 && w.norm(k - 1) == "a" && w.norm(k - 2) == "half"
    };
    let (e, km) = res.numbers(lang).number(w, j, false).or_else(|| {
        if half(i) || half(j) {
            return None;
        }
        let a = res.numbers(lang).amount(w, j)?;
        (a.high - a.low <= 0.5 * a.value).then_some((a.end, a.value))
    })?;
    // "30km" is one token in some texts: digits glued to the unit.
    let (e2, factor) = lex.get(P::Unit, w, e)?;
    let km = km * factor.parse::<f64>().ok()?;
    let mut e2 = e2;
    // "15 km (9 miles) northwest of Bamako": the same distance in other units, in
    // parentheses.
    if w.norm(e2) == "("
        && let Some((pe, _)) = res.numbers(lang).number(w, e2 + 1, false)
        && let Some((ue, _)) = lex.get(P::Unit, w, pe)
        && w.norm(ue) == ")"
    {
        e2 = ue + 1;
    }
    let mut k = e2;
    if matches!(w.norm(k), "to" | "au" | "a" | "in") {
        k += 1;
    }
    if matches!(w.norm(k), "the" | "l") {
        k += 1;
    }
    match lex.get(P::Bearing, w, k) {
        Some((e3, b)) => Some((e3, km, b.parse().ok())),
        None => Some((e2, km, None)),
    }
}

/// The score for being near the report's other places: by the distance to the nearest
/// anchor, 3 under 50 km, 2 under 150, 1 under 300, else 0 (also without anchors).
fn nearness(anchors: &[(f64, f64)], lat: f64, lon: f64) -> f64 {
    let mut best: Option<f64> = None;
    for &(la, lo) in anchors {
        // The latitude difference alone puts this anchor 300 km away or more (with a
        // margin over rounding): it scores 0, and a cosine is the costliest step here.
        if (lat - la).abs() * 111.195 >= 300.5 {
            continue;
        }
        let d = approx_km(la, lo, lat, lon);
        if best.is_none_or(|b| d.total_cmp(&b).is_lt()) {
            best = Some(d);
        }
    }
    match best {
        Some(d) if d < 50.0 => 3.0,
        Some(d) if d < 150.0 => 2.0,
        Some(d) if d < 300.0 => 1.0,
        _ => 0.0,
    }
}

/// Folds `s` into `buf` (cleared first; left empty for `None`).
fn fold_opt(s: Option<&str>, buf: &mut String) {
    buf.clear();
    if let Some(s) = s {
        sitrep_core::fold::fold_into(s, buf);
    }
}

/// A name as written, folded, without its hyphens and apostrophes, nor the region word
/// read after it: "the Boni area" is Boni's own name, not one Bonn lists among its
/// alternates.
fn surface_of(w: &Words, lex: &PlaceLex, nm: &Name) -> String {
    let b = if nm.b > nm.a + 1 && lex.get(P::RegionPost, w, nm.b - 1).is_some() {
        nm.b - 1
    } else {
        nm.b
    };
    (nm.a..b)
        .map(|i| w.norm(i))
        .filter(|x| !matches!(*x, "-" | "'" | "’"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Per place, memoized: is it the seat of the region (bonus 2.5) or the district (2.0)
/// named after it? A pure function of the place, asked for every populated namesake of
/// every name.
/// And each district's seat (its PPLA2 record), found in one pass over the gazetteer
/// the first time a district is named.
struct Seats(
    Vec<AtomicU8>,
    OnceLock<HashMap<(String, String, String), u32>>,
);

impl Seats {
    fn new(gaz: &Gazetteer) -> Seats {
        Seats(
            (0..gaz.len()).map(|_| AtomicU8::new(0)).collect(),
            OnceLock::new(),
        )
    }

    /// The seat of district `c` (an ADM2 record), if the gazetteer has it.
    fn district_seat(&self, gaz: &Gazetteer, c: u32) -> Option<u32> {
        let key = |p: &sitrep_gazetteer::Place| {
            (
                p.country.to_string(),
                p.admin1_code.to_string(),
                p.admin2_code.to_string(),
            )
        };
        let seats = self.1.get_or_init(|| {
            (0..gaz.len() as u32)
                .filter(|&i| gaz.place_feature(i) == ('P', "PPLA2"))
                .filter_map(|i| {
                    let p = gaz.place(i);
                    (!p.admin2_code.is_empty()).then(|| (key(&p), i))
                })
                .collect()
        });
        let p = gaz.place(c);
        if p.admin2_code.is_empty() {
            return None;
        }
        seats.get(&key(&p)).copied()
    }

    fn bonus(&self, gaz: &Gazetteer, c: u32) -> f64 {
        const BONUS: [f64; 3] = [0.0, 2.0, 2.5];
        let Some(slot) = self.0.get(c as usize) else {
            return BONUS[seat_of(gaz, &gaz.place(c)) as usize];
        };
        match slot.load(Ordering::Relaxed) {
            0 => {
                let k = seat_of(gaz, &gaz.place(c));
                slot.store(k + 1, Ordering::Relaxed);
                BONUS[k as usize]
            }
            k => BONUS[k as usize - 1],
        }
    }
}

/// 2: the place's name folds to its region's; 1: to its district's; 0: neither.
fn seat_of(gaz: &Gazetteer, p: &sitrep_gazetteer::Place) -> u8 {
    use sitrep_core::fold::fold;
    let own = fold(p.name);
    let a1 = gaz.admin1_name(p.country, p.admin1_code).map(fold);
    let a2 = gaz
        .admin2_name(p.country, p.admin1_code, p.admin2_code)
        .map(fold);
    if a1.as_deref() == Some(own.as_str()) {
        2
    } else if a2.as_deref() == Some(own.as_str()) {
        1
    } else {
        0
    }
}

fn approx_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let x = (lon2 - lon1) * ((lat1 + lat2) / 2.0).to_radians().cos();
    let y = lat2 - lat1;
    (x * x + y * y).sqrt() * 111.195
}

fn point(gaz: &Gazetteer, c: u32) -> (f64, f64) {
    gaz.place_point(c)
}

#[allow(clippy::too_many_arguments)]
fn disambiguate(
    gaz: &Gazetteer,
    seats: &Seats,
    names: &mut [Name],
    focus: Option<&str>,
    w: &Words,
    lex: &PlaceLex,
    res: &Resources,
    doc: &Doc,
) {
    let lang = doc.lang();
    let (mut a1_buf, mut a2_buf) = (String::new(), String::new());
    // The points of the names written beside each name ("Amba, Cercle of Kassa"), and
    // whether one of them is a circle named as such: few names have any.
    debug_assert!(names.windows(2).all(|p| p[0].a <= p[1].a));
    // (Nothing to set up in a report where no name has any.)
    let any_beside = names.iter().any(|nm| nm.hint_words.0 < nm.hint_words.1);
    let mut beside: Vec<(Vec<(f64, f64)>, bool)> = if any_beside {
        vec![(Vec::new(), false); names.len()]
    } else {
        Vec::new()
    };
    for (k, nm) in names.iter().enumerate().filter(|_| any_beside) {
        for o in beside_names(names, nm) {
            beside[k]
                .0
                .extend(o.cands.iter().take(8).map(|&c| point(gaz, c)));
            // (A circle is named after its seat: the seat's own circle bears the name,
            // whichever namesake the name will resolve to.)
            // (Its first word against the circle's folded name: "Koro", "Tin Essako".)
            beside[k].1 |= o.region
                && o.cands.iter().take(8).any(|&c| {
                    let a2 = gaz.admin_of(c).1;
                    fold_opt(a2, &mut a2_buf);
                    a2.is_some() && a2_buf.split(' ').next() == Some(w.norm(o.a))
                });
        }
    }
    // A circle written beside a name that holds none of its namesakes, each of them
    // known to lie in another circle: the gazetteer lacks this village ("Bondo, Cercle
    // of Koro" when GeoNames's only Bondo is near Bamako). Its circle places it, not a
    // namesake hundreds of km away.
    for (nm, (near_pts, circle)) in names.iter_mut().zip(&beside) {
        if !*circle || nm.cands.is_empty() {
            continue;
        }
        let elsewhere = nm.cands.iter().all(|&c| {
            let p = gaz.place(c);
            let (a1, mut a2) = (
                gaz.admin1_name(p.country, p.admin1_code),
                gaz.admin2_name(p.country, p.admin1_code, p.admin2_code),
            );
            if a2.is_none() && gaz.has_polygons() {
                a2 = gaz.admin_of(c).1;
            }
            fold_opt(a1, &mut a1_buf);
            fold_opt(a2, &mut a2_buf);
            a2.is_some()
                && !nm.hints.iter().any(|h| a1_buf == *h || a2_buf == *h)
                && !near_pts
                    .iter()
                    .any(|&(a, b)| approx_km(a, b, p.lat, p.lon) < 40.0)
        });
        if elsewhere {
            nm.cands = Cow::Borrowed(&[]);
            nm.chosen = None;
        }
    }
    // A district named by the distinctive part of its seat's name ("Macina": the Cercle
    // de Macina, seat Ké-Macina) means that town, as a district named after its seat
    // does: the seat takes the district's place among the name's candidates.
    // (Its name a part of the seat's, as written: Loroum's seat Titao is no reading of
    // "Loroum"; nor a district named as such, « le cercle de Macina ».)
    for nm in names.iter_mut().filter(|nm| !nm.region) {
        let mut surface: Option<String> = None;
        let district = nm.cands.iter().enumerate().find_map(|(k, &c)| {
            if gaz.place_feature(c) != ('A', "ADM2") {
                return None;
            }
            let s = seats.district_seat(gaz, c)?;
            let p = gaz.place(c);
            fold_opt(
                gaz.admin2_name(p.country, p.admin1_code, p.admin2_code),
                &mut a2_buf,
            );
            let named = *a2_buf == *surface.get_or_insert_with(|| surface_of(w, lex, nm));
            (named
                && sitrep_core::fold::fold(gaz.place(s).name)
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|part| part == a2_buf)
                && !nm.cands.contains(&s))
            .then_some((k, s))
        });
        if let Some((k, seat)) = district {
            let mut v = nm.cands.to_vec();
            v[k] = seat;
            nm.cands = Cow::Owned(v);
        }
    }
    // Unambiguous names first: they anchor the others.
    // (At most one a name: room for all at once.)
    let mut anchors: Vec<(f64, f64)> = Vec::with_capacity(names.len());
    // (Not a country: its centroid is no place near the others, "gold-mining sites in
    // Mali" does not pull Bougouni to the middle of the country.)
    let country = |c: u32| gaz.place_facts(c).code.starts_with("PCL");
    for nm in names.iter_mut() {
        if nm.cands.len() == 1 {
            nm.chosen = Some(nm.cands[0]);
            let pt = point(gaz, nm.cands[0]);
            if !country(nm.cands[0]) && !anchors.contains(&pt) {
                anchors.push(pt);
            }
        }
    }
    // Where the towns written beside each name lie, once the first pass has chosen them
    // (not a region's seat: a region is wide; "Sokolo, Segou Region").
    let mut beside_pts: Vec<Vec<(f64, f64)>> = Vec::new();
    for rescore in [false, true] {
        if rescore && any_beside {
            beside_pts = names
                .iter()
                .map(|nm| {
                    beside_names(names, nm)
                        .filter_map(|o| o.chosen)
                        .filter(|&c| {
                            !matches!(gaz.place_facts(c).code, "PPLA" | "PPLC" | "ADM1" | "PCLI")
                        })
                        .map(|c| point(gaz, c))
                        .collect()
                })
                .collect();
            // Appositions: "Anéfis, 110 km to the southwest" — relative to the report's focus
            // place (the most named resolved place other than this one).
            for k in 0..names.len() {
                let b = names[k].b;
                if w.norm(b) != "," {
                    continue;
                }
                let Some((e, km, Some(bearing))) = distance_bearing(w, lex, res, lang, b + 1)
                else {
                    continue;
                };
                // "Ibdakan, 40 km north of Kidal" names its anchor; otherwise the anchor is the
                // report's focus place.
                let anchor = if matches!(w.norm(e), "of" | "de" | "du" | "d" | "from") {
                    names.iter().find(|o| o.a == e + 1).and_then(|o| {
                        o.chosen.or(if o.cands.len() == 1 {
                            Some(o.cands[0])
                        } else {
                            None
                        })
                    })
                } else {
                    let this = w.norm(names[k].a).to_string();
                    most_named(names, gaz, w, Some(&this))
                };
                if let Some(f) = anchor {
                    let (lat, lon) = point(gaz, f);
                    let (el, eo) = geo::destination(lat, lon, bearing, km);
                    names[k].expect = Some((el, eo, km, bearing));
                }
            }
        }
        for (k, nm) in names.iter_mut().enumerate() {
            if nm.cands.is_empty() || (nm.chosen.is_some() && (nm.cands.len() == 1 || !rescore)) {
                continue;
            }
            // (Nor one chosen abroad while a namesake lies in the report's country: the
            // others, all chosen now, may place it at home: a headline's "in Gourma"
            // over villages of Mali's Gourma is no village of that name in Burkina.)
            let abroad = rescore
                && focus.is_some_and(|f| {
                    nm.chosen.is_some_and(|c| gaz.place_country(c) != f)
                        && nm.cands.iter().take(8).any(|&c| gaz.place_country(c) == f)
                });
            if rescore
                && !abroad
                && nm.expect.is_none()
                && beside_pts.get(k).is_none_or(|v| v.is_empty())
            {
                continue;
            }
            // (Near the others, not itself: its own first choice is no anchor.)
            let own = nm.chosen.filter(|_| abroad).map(|c| point(gaz, c));
            let others: Vec<(f64, f64)> = match own {
                Some(pt) => anchors.iter().copied().filter(|&x| x != pt).collect(),
                None => Vec::new(),
            };
            let anchors_here: &[(f64, f64)] = if abroad { &others } else { &anchors };
            let mut best: Option<(f64, u32)> = None;
            // The name as written, folded: a place whose own name it is beats one that
            // merely lists it among alternate names ("Boni" in Mopti, not Bonn).
            let surface = surface_of(w, lex, nm);
            // The candidates an admin hint written next to the name confirms ("in the Koro
            // circle"), found first: a record of the same place with no district code (a
            // village beside its commune's record) shares the credit.
            let hinted: Vec<u32> = if nm.hints.is_empty() {
                Vec::new()
            } else {
                nm.cands
                    .iter()
                    .copied()
                    .filter(|&c| {
                        let p = gaz.place(c);
                        let a1 = gaz.admin1_name(p.country, p.admin1_code);
                        let a2 = gaz.admin2_name(p.country, p.admin1_code, p.admin2_code);
                        fold_opt(a1, &mut a1_buf);
                        fold_opt(a2, &mut a2_buf);
                        let by_codes = nm.hints.iter().any(|h| {
                            (a1.is_some() && a1_buf == *h) || (a2.is_some() && a2_buf == *h)
                        });
                        // Most Malian villages have no district code: imported polygons
                        // say which circle holds them (Nampala, "in the Niono circle").
                        // Only circles written as such ("the Niono circle", « cercle de
                        // Koro »): polygon regions are the new ones, and any capitalized
                        // word near the name would vouch for far namesakes.
                        by_codes
                            || (p.admin2_code.is_empty() && gaz.has_polygons() && {
                                let b2 = gaz.admin_of(c).1;
                                fold_opt(b2, &mut a2_buf);
                                b2.is_some()
                                    && nm.hints[nm.adjacent_hints..].iter().any(|h| a2_buf == *h)
                            })
                    })
                    .collect()
            };
            let near_pts: &[(f64, f64)] = beside_pts.get(k).map_or(&[], |v| v);
            let area = named_as_area(w, nm);
            for &c in nm.cands.iter() {
                let p = gaz.place_facts(c);
                // GeoNames gives no population for most villages: 0 there means
                // unknown, not empty, and counts as a village's (a thousand).
                let population = match (p.class, p.population) {
                    ('P', 0) => UNKNOWN_POPULATION,
                    (_, n) => n,
                };
                let mut s = class_weight(p.class, p.code) + 0.4 * ((population as f64) + 1.0).ln();
                // (Less so for a well, a wadi or a hill: a town that also goes by the
                // name is still what a report of fighting "in Anefis" means.)
                // (A district's seat named by the district's name counts as its own:
                // "Macina" for Ké-Macina.)
                let own_name = sitrep_core::fold::fold(gaz.place(c).name) == surface;
                let by_district = !own_name && p.class == 'P' && p.code == "PPLA2" && {
                    let q = gaz.place(c);
                    fold_opt(
                        gaz.admin2_name(q.country, q.admin1_code, q.admin2_code),
                        &mut a2_buf,
                    );
                    a2_buf == surface
                };
                if by_district {
                    s += 2.0;
                }
                if by_district || own_name {
                    s += if matches!(p.class, 'P' | 'A') {
                        3.0
                    } else {
                        1.0
                    };
                }
                if focus == Some(p.country) {
                    s += 3.0;
                }
                // "in the Gourma", « dans le Macina »: a name with an article is an area's,
                // not a town's (towns take none). (Natural areas only: a district is
                // coded at its seat, the town of its name.)
                if area && p.class == 'L' {
                    s += 4.0;
                }
                // A region is coded at its capital, as ACLED does: the town of that name.
                if nm.region && p.class == 'P' {
                    s += 2.0;
                }
                // Admin hints written next to the name (admin names as ACLED writes them:
                // from polygons when imported, else from the codes).
                // Admin names from the codes: a table lookup, where polygons would cost a
                // point-in-polygon test per namesake.
                if !nm.hints.is_empty() {
                    let p = gaz.place(c);
                    let beside_hinted = || {
                        p.admin2_code.is_empty()
                            && hinted.iter().any(|&o| {
                                let (la, lo) = point(gaz, o);
                                approx_km(la, lo, p.lat, p.lon) < 5.0
                            })
                    };
                    if hinted.contains(&c) || beside_hinted() {
                        s += 5.0;
                    }
                }
                // The seat of a district or region is named after it: among namesakes it is
                // the one reports mean unless they say otherwise.
                if p.class == 'P' {
                    s += seats.bonus(gaz, c);
                }
                // Close to the other places of the report (an equirectangular distance is
                // precise enough to rank namesakes, and cheap).
                let near = nearness(anchors_here, p.lat, p.lon);
                s += near;
                // (Abroad and far from every other place of the report: out of its
                // story.)
                if abroad && near == 0.0 && focus != Some(p.country) && !others.is_empty() {
                    s -= 3.0;
                }
                // Closer still to those written beside it.
                if near_pts
                    .iter()
                    .any(|&(a, b)| approx_km(a, b, p.lat, p.lon) < 40.0)
                {
                    s += 4.0;
                }
                if let Some((el, eo, km, _)) = nm.expect {
                    let d = geo::haversine_km(el, eo, p.lat, p.lon);
                    let tol = (km * 0.3).max(20.0);
                    if d < tol {
                        s += 8.0;
                    } else if d < 2.0 * tol {
                        s += 3.0;
                    }
                }
                if best.is_none_or(|(bs, _)| s > bs) {
                    best = Some((s, c));
                }
            }
            if let Some((_, c)) = best {
                nm.chosen = Some(c);
                let pt = point(gaz, c);
                // (The namesake given up abroad anchors no other name.)
                if let Some(o) = own.filter(|&o| o != pt) {
                    anchors.retain(|&x| x != o);
                }
                if !country(c) && !anchors.contains(&pt) {
                    anchors.push(pt);
                }
            }
        }
    }
    // A name the text places elsewhere than every candidate ("Ibdakan, 40 km north of
    // Kidal" when the gazetteer's Ibdekkene is 80 km away) is another place: keep the
    // point the text gives.
    for nm in names.iter_mut() {
        if let (Some(c), Some((el, eo, km, _))) = (nm.chosen, nm.expect) {
            let (la, lo) = point(gaz, c);
            if geo::haversine_km(la, lo, el, eo) > 2.0 * (km * 0.3).max(20.0) {
                nm.chosen = None;
            }
        }
    }
}

/// The other names written beside `nm`, in its hint words. (Names are in text order.)
fn beside_names<'n, 'a>(names: &'n [Name<'a>], nm: &Name) -> impl Iterator<Item = &'n Name<'a>> {
    let (ha, hb, a) = (nm.hint_words.0, nm.hint_words.1, nm.a);
    let from = names.partition_point(|o| o.a < ha);
    names[from..]
        .iter()
        .take_while(move |o| o.a < hb)
        .filter(move |o| o.a != a)
}

/// The resolved place named most often (first named on ties), other than `except`.
fn most_named(names: &[Name], gaz: &Gazetteer, w: &Words, except: Option<&str>) -> Option<u32> {
    let mut counts: Vec<(u32, usize, usize)> = Vec::new();
    for (k, nm) in names.iter().enumerate() {
        let Some(c) = nm.chosen.or(if nm.cands.len() == 1 {
            Some(nm.cands[0])
        } else {
            None
        }) else {
            continue;
        };
        // A town: a country or a region is no point to measure from.
        if except.is_some_and(|e| e == w.norm(nm.a)) || nm.metonym || gaz.place_feature(c).0 != 'P'
        {
            continue;
        }
        match counts.iter_mut().find(|(x, _, _)| *x == c) {
            Some(e) => e.1 += 1,
            None => counts.push((c, 1, k)),
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n, first)| (n, std::cmp::Reverse(first)))
        .map(|(c, _, _)| c)
}

/// A capital that acts ("Bamako says", "received by Bamako", "Paris and Bamako") is its
/// government, not a place.
fn mark_metonyms(w: &Words, lex: &PlaceLex, gaz: &Gazetteer, names: &mut [Name], text: &str) {
    let is_capital = |nm: &Name| nm.chosen.is_some_and(|c| gaz.place_feature(c).1 == "PPLC");
    let n = names.len();
    for k in 0..n {
        if !is_capital(&names[k]) || names[k].locative.is_some_and(strong_locative) {
            continue;
        }
        let (a, b) = (names[k].a, names[k].b);
        let prep = lex.ending_at(P::MetonymPrep, w, a, 1).is_some();
        let possessive = text[w.words()[b - 1].span.end as usize..].starts_with(['\'', '’']);
        let verb = match lex.get(P::MetonymVerb, w, b) {
            Some((_, "coord")) => {
                // "Paris and Bamako": coordinated with another capital.
                names
                    .get(k + 1)
                    .is_some_and(|o| o.a == b + 1 && is_capital(o))
                    || (k > 0 && names[k - 1].b + 1 == a && is_capital(&names[k - 1]))
            }
            Some(_) => true,
            None => {
                k > 0
                    && names[k - 1].b + 1 == a
                    && is_capital(&names[k - 1])
                    && matches!(w.norm(a - 1), "and" | "et")
            }
        };
        if prep || verb || possessive {
            names[k].metonym = true;
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn mention_for<'g>(
    gaz: &'g Gazetteer,
    admin: &mut AdminCache<'g>,
    c: u32,
    text: &str,
    span: Span,
    geo_precision: u8,
    locative: bool,
    offset: Option<PlaceOffset>,
    at: Option<(f64, f64)>,
) -> PlaceMention {
    let p = gaz.place(c);
    let (lat, lon) = at.unwrap_or((p.lat, p.lon));
    // A computed point may lie in other admin areas than its anchor: ask the polygons.
    let (a1, a2) = match (at, at.and_then(|_| gaz.admin_at(lat, lon))) {
        (Some(_), Some((a1, a2))) => (a1, a2),
        (Some(_), None) => (admin.of(gaz, c).0, None),
        (None, _) => admin.of(gaz, c),
    };
    let mut feature = String::with_capacity(2 + p.code.len());
    feature.push(p.class);
    feature.push('.');
    feature.push_str(p.code);
    PlaceMention {
        text: span.of(text).to_string(),
        span,
        name: p.name.to_string(),
        geonames_id: if at.is_none() {
            Some(p.geonames_id)
        } else {
            None
        },
        lat: Some(round(lat)),
        lon: Some(round(lon)),
        country: gaz.country_name(p.country).map(str::to_string),
        admin1: a1.map(str::to_string),
        admin2: a2.map(str::to_string),
        feature: Some(feature),
        geo_precision,
        resolved: true,
        offset,
        locative,
        dateline: None,
    }
}

/// Admin names per place, computed once per document: a report names the same town many
/// times, and a point-in-polygon test per mention is the stage's costliest step.
#[derive(Default)]
struct AdminCache<'g>(Vec<(u32, Option<&'g str>, Option<&'g str>)>);

impl<'g> AdminCache<'g> {
    fn of(&mut self, gaz: &'g Gazetteer, c: u32) -> (Option<&'g str>, Option<&'g str>) {
        if let Some(&(_, a1, a2)) = self.0.iter().find(|(x, _, _)| *x == c) {
            return (a1, a2);
        }
        let (a1, a2) = gaz.admin_of(c);
        self.0.push((c, a1, a2));
        (a1, a2)
    }
}

fn round(x: f64) -> f64 {
    (x * 100_000.0).round() / 100_000.0
}

#[allow(clippy::too_many_arguments)]
fn build(
    w: &Words,
    lex: &PlaceLex,
    gaz: &Gazetteer,
    names: &[Name],
    text: &str,
    res: &Resources,
    lang: sitrep_core::Lang,
) -> (Vec<PlaceMention>, Vec<ActorMention>) {
    let mut places = Vec::with_capacity(names.len() + 4);
    let mut actors = Vec::new();
    let mut admin = AdminCache::default();
    for (k, nm) in names.iter().enumerate() {
        let name_span = w.span(nm.a, nm.b);
        let locative = nm.locative.is_some_and(strong_locative) || nm.near.is_some();
        if nm.metonym {
            let country = nm
                .chosen
                .and_then(|c| gaz.country_name(gaz.place(c).country))
                .unwrap_or("");
            actors.push(ActorMention {
                text: name_span.of(text).to_string(),
                span: name_span,
                name: country.to_string(),
                inter: None,
                camp: None,
                resolved: false,
                via: "metonym".into(),
                ..ActorMention::default()
            });
            continue;
        }
        // "25 km west of Kidal", "à 200 km au nord de Kidal": a point of its own.
        let offset_here = offset_before(w, lex, res, lang, nm.a);
        match nm.chosen {
            Some(c) => {
                let p = gaz.place(c);
                let precision = if nm.region || p.class == 'A' {
                    3
                } else if nm.near.is_some() {
                    2
                } else {
                    1
                };
                let span = w.span(nm.ctx_start.min(nm.a), nm.b);
                let offset = nm.near.as_ref().map(|rel| PlaceOffset {
                    anchor: p.name.to_string(),
                    distance_km: None,
                    bearing_deg: None,
                    relation: rel.to_string(),
                });
                let m = mention_for(
                    gaz,
                    &mut admin,
                    c,
                    text,
                    if nm.near.is_some() { span } else { name_span },
                    precision,
                    locative,
                    offset,
                    None,
                );
                if let Some((start, km, bearing)) = offset_here {
                    let (lat, lon) = match bearing {
                        Some(b) => geo::destination(p.lat, p.lon, b, km),
                        None => (p.lat, p.lon),
                    };
                    let span = w.span(start, nm.b);
                    let mut om = mention_for(
                        gaz,
                        &mut admin,
                        c,
                        text,
                        span,
                        2,
                        true,
                        Some(PlaceOffset {
                            anchor: p.name.to_string(),
                            distance_km: Some(km),
                            bearing_deg: bearing,
                            relation: "offset".into(),
                        }),
                        Some((lat, lon)),
                    );
                    om.name = span.of(text).to_string();
                    places.push(om);
                }
                places.push(PlaceMention {
                    dateline: nm.dateline,
                    ..m
                });
            }
            None => {
                // Unknown to the gazetteer: where an apposition puts it, else nowhere.
                let mut m = PlaceMention {
                    text: name_span.of(text).to_string(),
                    span: name_span,
                    name: name_span.of(text).to_string(),
                    geo_precision: 2,
                    resolved: false,
                    locative,
                    ..PlaceMention::default()
                };
                // A town the report places in a country the gazetteer does not find it
                // in: that country is all that is known, as for a country named alone.
                if let (Some(c), None) = (nm.country, nm.expect) {
                    m.country = gaz.country_name(c).map(str::to_string);
                    m.feature = Some("A.PCLI".into());
                    m.geo_precision = 3;
                    if let Some((lat, lon)) = country_point(gaz, c) {
                        m.lat = Some(round(lat));
                        m.lon = Some(round(lon));
                    }
                }
                if let Some((lat, lon, km, bearing)) = nm.expect {
                    m.lat = Some(round(lat));
                    m.lon = Some(round(lon));
                    m.offset = Some(PlaceOffset {
                        anchor: String::new(),
                        distance_km: Some(km),
                        bearing_deg: Some(bearing),
                        relation: "offset".into(),
                    });
                }
                places.push(m);
            }
        }
        // "between X and Y": the first-named town, as ACLED codes such events (it
        // names the first town about three times as often as the second), with both
        // towns and the distance between them in `offset`, since the event lies
        // anywhere on the way. (The midpoint of two towns 100 km apart is 50 km from
        // both, outside the 25 km any coder's point is judged by.)
        // (Or a road "linking X to Y", « reliant X à Y ».)
        let joins = match nm.locative {
            Some("between") => matches!(w.norm(nm.b), "and" | "et"),
            Some("link") => matches!(w.norm(nm.b), "to" | "and" | "with" | "à" | "a" | "et"),
            _ => false,
        };
        if joins
            && let Some(other) = names.get(k + 1)
            && other.a == nm.b + 1
            && let (Some(c1), Some(c2)) = (nm.chosen, other.chosen)
        {
            let (la1, lo1) = point(gaz, c1);
            let (la2, lo2) = point(gaz, c2);
            let span = w.span(nm.ctx_start, other.b);
            let mut m = mention_for(
                gaz,
                &mut admin,
                c1,
                text,
                span,
                2,
                true,
                Some(PlaceOffset {
                    anchor: format!("{} / {}", gaz.place(c1).name, gaz.place(c2).name),
                    distance_km: Some(geo::haversine_km(la1, lo1, la2, lo2)),
                    bearing_deg: None,
                    relation: "between".into(),
                }),
                Some((la1, lo1)),
            );
            m.name = span.of(text).to_string();
            places.push(m);
        }
    }
    places.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));
    (places, actors)
}

/// Where the gazetteer puts country `iso` as a whole (its GeoNames record as an
/// independent political entity), if it has it.
fn country_point(gaz: &Gazetteer, iso: &str) -> Option<(f64, f64)> {
    let key = sitrep_core::fold::fold(gaz.country_name(iso)?);
    gaz.lookup(&key)
        .iter()
        .copied()
        .find(|&p| gaz.place_country(p) == iso && gaz.place_feature(p).1.starts_with("PCL"))
        .map(|p| gaz.place_point(p))
}

/// "25 km west of", "à 200 km au nord de", "some 30 km from" right before word `at`:
/// (start word, km, bearing).
fn offset_before(
    w: &Words,
    lex: &PlaceLex,
    res: &Resources,
    lang: sitrep_core::Lang,
    at: usize,
) -> Option<(usize, f64, Option<f64>)> {
    // The phrase has a unit ("km") before `at`: most names have none.
    if !(at.saturating_sub(9)..at).any(|k| lex.may_start(P::Unit, w, k)) {
        return None;
    }
    // Look back for the number that starts the phrase.
    for start in at.saturating_sub(9)..at {
        let Some((e, km, bearing)) = distance_bearing(w, lex, res, lang, start) else {
            continue;
        };
        let mut k = e;
        if let Some((e2, _)) = lex.get(P::From, w, k) {
            k = e2;
        } else if matches!(w.norm(k), "of" | "de" | "du" | "d") {
            k += 1;
        }
        if k == at {
            // Include a leading "à"/"some" in the evidence span.
            let s = if start > 0
                && matches!(
                    w.norm(start - 1),
                    "a" | "some" | "about" | "environ" | "quelque"
                ) {
                start - 1
            } else {
                start
            };
            return Some((s, km, bearing));
        }
    }
    None
}

#[cfg(test)]
mod tests;

/// "the Boni military camp", "the Bla weekly market": a feature noun after one or two
/// plain words, the name opening a definite noun phrase (English puts the adjectives
/// between; French names the place after: « le camp militaire de Boni »).
fn adjective_feature(w: &Words, lex: &PlaceLex, a: usize, b: usize) -> bool {
    a > 0
        && matches!(w.norm(a - 1), "the")
        && (1..=2).any(|n| {
            (b..b + n).all(|i| {
                w.get(i).is_some_and(|x| {
                    x.kind == TokenKind::Word && !x.cap && x.sentence == w.words()[a].sentence
                })
                    // (Adjectives, not a phrase of its own: "the Niger river near the
                    // town of Markala".)
                    && !matches!(w.norm(i), "the" | "a" | "an" | "of" | "and" | "or" | "to")
                    && lex.get(P::Locative, w, i).is_none()
                    && lex.get(P::Near, w, i).is_none()
            }) && lex.get(P::FeaturePost, w, b + n).is_some()
        })
}
