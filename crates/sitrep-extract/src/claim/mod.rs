//! The claim stage: who says what, when, through which channel, how sure (DESIGN §3
//! Claim).
//!
//! A claim hangs on a cue: a reporting verb ("claimed", "a dénoncé"), an attribution
//! ("according to", "selon") or an attribution that names its own source ("de source
//! sécuritaire"). Its speaker is the subject of the cue's clause: the first actor,
//! anonymous source or pronoun there that no preposition governs ("the Malian army, with
//! … the support of mercenaries from … Wagner, claimed" is the army). A pronoun ("he
//! indicated", "she claimed", which machine translation of "le CSP" and "l'armée"
//! produces) is the subject of the nearest earlier sentence that has one; a participle
//! with no subject of its own ("…, claiming to have…") continues the previous cue's
//! speaker. The content runs from the cue to the next cue or the sentence end (or, for
//! a trailing "…, according to X", from the clause start to the cue).

pub mod lex;

use crate::WordStage;
use crate::actor::lex::A;
use crate::resources::Resources;
use crate::words::{Starts, WordBits, Words};
use lex::{C, ClaimLex};
use sitrep_core::records::{Claim, Speaker, Stance};
use sitrep_core::registry::{Outlet, Registry};
use sitrep_core::{Doc, Lang, Span, TokenKind};
use std::sync::Arc;

pub struct ClaimStage {
    res: Arc<Resources>,
    /// Per language, indexed by word id: at which of the three scans' stops the word
    /// starts a phrase ([`SUB`], [`SPEAKER`], [`CUE`]; see [`WordBits`]).
    first: [Vec<u8>; 2],
}

impl ClaimStage {
    pub fn new(res: Arc<Resources>) -> ClaimStage {
        let first = [Lang::En, Lang::Fr].map(|lang| {
            let (lex, alex) = (res.claim_lex(lang), res.actor_lex(lang));
            (0..res.vocab(lang).len() as u32)
                .map(|id| {
                    let p = if alex.first_kinds(id) & A::Pronoun.bit() != 0 {
                        PRONOUN
                    } else {
                        0
                    };
                    let f = lex.first_kinds(id) | p;
                    let stop = |mask: u32, bit: u8| if f & mask != 0 { bit } else { 0 };
                    stop(C::Sub.bit(), SUB)
                        | stop(C::Source.bit() | C::Tied.bit() | PRONOUN, SPEAKER)
                        | stop(C::Attrib.bit() | C::CuePrep.bit() | C::Cue.bit(), CUE)
                })
                .collect()
        });
        ClaimStage { res, first }
    }
}

/// Who may be a speaker, as a word range.
#[derive(Debug, Clone, Copy)]
struct Cand {
    a: usize,
    b: usize,
    what: What,
    /// Governed by a preposition, inside parentheses or quotes: not a subject.
    oblique: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum What {
    Actor(usize),
    /// An anonymous source and its camp ("-" when unstated).
    Source(&'static str),
    /// A pronoun, or a definite noun standing for a group named before ("the group",
    /// « le mouvement »: `group`), which never stands for a state's forces; or for the
    /// one who last spoke ("the same sources", « les mêmes sources »: `speaker`, the
    /// camps it may be of; empty for any: "the ministry added" only a state's).
    Pronoun {
        group: bool,
        speaker: Option<&'static [&'static str]>,
    },
    /// A news medium of the outlet registry that no actor mention covers ("Reuters
    /// reported", « selon l'AIB »).
    Outlet(&'static Outlet),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum CueKind {
    /// A reporting verb: speaker before it (or just after, inverted).
    Verb,
    /// "according to X": speaker right after it.
    Prep,
    /// "de source sécuritaire": the cue is its own speaker.
    Attrib(&'static str),
}

#[derive(Debug, Clone, Copy)]
struct Cue {
    a: usize,
    b: usize,
    kind: CueKind,
    stance: Stance,
    /// "denounced", "accuses": the speaker blames another for what it reports.
    accuses: bool,
}

impl WordStage for ClaimStage {
    fn name(&self) -> &'static str {
        "claim"
    }

    fn run(&self, doc: &mut Doc, w: &Words) {
        if w.is_empty() {
            return;
        }
        let lang = doc.lang();
        let lex = self.res.claim_lex(lang);
        let alex = self.res.actor_lex(lang);
        let nlex = self.res.numbers(lang);
        // (One byte a word, its [`SUB`], [`SPEAKER`] and [`CUE`] bits: a scan tests eight
        // words a load, where [`Starts`], four bytes a word, cost some fifteen
        // instructions a word over the three scans. And [`MARK`] for [`marks`].)
        let first = &self.first[lang as usize];
        let starts = WordBits::new(w, |x| {
            first.get(x.id as usize).copied().unwrap_or(0) | if marker(x) { MARK } else { 0 }
        });
        let (quoted, paren) = marks(w, &starts);
        // The cues first: without one there is no claim, and what only the cues' clauses
        // read (speakers, subordinate clauses, times) is not worth finding. (One report
        // in seven has none; the steps skipped write nothing.)
        let cues = find_cues(w, lex, &starts, &quoted);
        let letterhead = letterhead(doc, w, lex);
        if cues.is_empty() {
            doc.claims.extend(letterhead);
            return;
        }
        let cands = candidates(
            doc,
            w,
            lex,
            alex,
            self.res.actors(),
            self.res.places(lang),
            &cues,
            &starts,
            &quoted,
            &paren,
        );
        let sub = subordinates(w, lex, &starts, &quoted, &paren);
        let mut in_time = vec![false; w.len()];
        // Each time's words (found once: each cue's clause looks for its times below).
        let time_words: Vec<(usize, usize)> =
            doc.times.iter().map(|t| w.bounds_of(t.span)).collect();
        for &(a, b) in &time_words {
            in_time[a..b.max(a)].iter_mut().for_each(|x| *x = true);
        }
        // Sentence bounds in words, and each sentence's subject (for pronouns).
        let sentences = w.sentence_bounds();
        let subject_of = |s: usize| -> Option<Cand> {
            let (a, b) = sentences[s];
            cands
                .iter()
                .find(|c| c.a >= a && c.b <= b && !c.oblique && matches!(c.what, What::Actor(_)))
                .copied()
        };
        let text: &str = &doc.document.text;
        // (At most one claim a cue: room for all at once.)
        let mut claims: Vec<Claim> = Vec::with_capacity(cues.len());
        for (k, cue) in cues.iter().enumerate() {
            let sent = w.words()[cue.a].sentence as usize;
            let (s0, s1) = sentences[sent];
            // The previous cue in the same sentence bounds this cue's clause.
            let prev = k
                .checked_sub(1)
                .map(|p| &cues[p])
                .filter(|p| w.words()[p.a].sentence as usize == sent);
            // (Not a cue inside a relative clause set off by commas: in « Le JNIM, qui a
            // revendiqué l'attaque, affirme avoir tué 53 soldats » the subject is before
            // it.)
            let relative = |p: &Cue| {
                p.a > s0 && after_relative(w, p.a) && (p.b..cue.a).any(|i| w.norm(i) == ",")
            };
            let clause = match prev {
                Some(p) if relative(p) => k
                    .checked_sub(2)
                    .map(|q| &cues[q])
                    .filter(|q| w.words()[q.a].sentence as usize == sent)
                    .map_or(s0, |q| q.b),
                Some(p) => p.b,
                None => s0,
            };
            // A participle's form: "saying", « affirmant » (a finite verb has a subject of
            // its own).
            let participle_form = {
                let v = w.norm(cue.a);
                v.ends_with("ing") || v.ends_with("ant")
            };
            let next = cues
                .get(k + 1)
                .filter(|c| w.words()[c.a].sentence as usize == sent)
                .map(|c| c.a);
            let prev_claim = prev.and_then(|_| claims.last()).filter(|c| {
                c.cue_span
                    .is_some_and(|s| w.words()[sentences[sent].0].span.start <= s.start)
            });

            // The camp of sources listed together ("a local official and two residents
            // told Reuters"): the one camp those that have one share, else none.
            let listed_camp = |a: usize, b: usize| -> &'static str {
                let mut camps = cands.iter().filter_map(|c| match c.what {
                    What::Source(camp) if c.a >= a && c.b <= b && camp != "-" => Some(camp),
                    _ => None,
                });
                let of = |c: &'static str| if c == "community" { "independent" } else { c };
                match camps.next().map(of) {
                    Some(first) if camps.all(|c| of(c) == first) => first,
                    Some(_) => "-",
                    None => worded_camp(w, lex, a, b),
                }
            };
            let resolve = |c: &Cand| -> Option<Speaker> {
                let span = w.span(c.a, c.b);
                match c.what {
                    What::Actor(i) => {
                        // "a CSP-PSD spokesman", "le porte-parole de l'armée": a role, not
                        // a name; the group is who speaks.
                        let role_phrase = alex.has(A::RoleMod, w, c.a) || alex.has(A::Role, w, c.a);
                        Some(speaker_of(&doc.actors[i], span, "named", role_phrase))
                    }
                    What::Source(camp) => Some(anonymous(text, span, camp)),
                    What::Outlet(o) => Some(outlet_speaker(o, span)),
                    // ("Niger's defence ministry said… the ministry added", « selon des
                    // sources locales… ont rapporté les mêmes sources »: who spoke last
                    // of its kind, read from the claims, "the ministry" a state's voice,
                    // "the mission" the UN's; with none before, a source of its own of
                    // that camp, "the mission said".)
                    What::Pronoun {
                        speaker: Some(camps),
                        ..
                    } => Some(
                        match claims.iter().rev().find(|c| {
                            camps.is_empty()
                                || c.by.camp.as_deref().is_some_and(|x| camps.contains(&x))
                        }) {
                            Some(c) => {
                                let mut s = c.by.clone();
                                s.span = Some(span);
                                s.via = Some("pronoun".into());
                                s
                            }
                            None => anonymous(text, span, camps.first().copied().unwrap_or("-")),
                        },
                    ),
                    What::Pronoun { group, .. } => {
                        // The subject of this sentence before the pronoun, else of the
                        // nearest earlier sentence that has one, else the last speaker.
                        let here = subject_of(sent).filter(|s| s.b <= c.a);
                        let earlier = (sent.saturating_sub(3)..sent).rev().find_map(subject_of);
                        let found = here.or(earlier).and_then(|s| match s.what {
                            What::Actor(i) => {
                                Some(speaker_of(&doc.actors[i], span, "pronoun", false))
                            }
                            _ => None,
                        });
                        found
                            .or_else(|| {
                                // (The last claim's speaker, read from it: a copy kept
                                // of each claim's cost a copy a claim.)
                                claims.last().map(|c| {
                                    let mut s = c.by.clone();
                                    s.span = Some(span);
                                    s.via = Some("pronoun".into());
                                    s
                                })
                            })
                            // ("Soldiers entered Ber. The group reported…": no group.)
                            .filter(|s| !group || s.camp.as_deref() != Some("government"))
                            // ("A convoy was ambushed by JNIM militants near Aguelhok, the
                            // group claimed": the group named before it in its sentence or
                            // the one before, even as the agent, when the subject is no
                            // group.)
                            .or_else(|| {
                                let (s0, _) = sentences[sent.saturating_sub(1)];
                                cands
                                    .iter()
                                    .rev()
                                    .filter(|x| x.a >= s0 && x.b <= c.a)
                                    .find_map(|x| match x.what {
                                        What::Actor(i)
                                            if group
                                                && matches!(
                                                    doc.actors[i].camp.as_deref(),
                                                    Some("rebel" | "jihadist" | "militia")
                                                ) =>
                                        {
                                            Some(speaker_of(&doc.actors[i], span, "pronoun", false))
                                        }
                                        _ => None,
                                    })
                            })
                    }
                }
            };

            let speaker: Option<Speaker>;
            let mut speaker_at: Option<(usize, usize)> = None;
            let content: Option<(usize, usize)>;
            match cue.kind {
                CueKind::Verb => {
                    // "Jihadists killed ten soldiers, the army said.": a cue ending its
                    // sentence has its speaker right before it, after a comma, and the
                    // content before that.
                    // (When and how it was said may follow: "…, a spokesman said on
                    // Thursday in a statement.")
                    // (Or an adjunct after a comma, "…, the UN said, less than a year
                    // after…", when a clause of its own came before the speaker's comma:
                    // in "Jihadists, the army said, killed ten soldiers" the report goes
                    // on after the cue.)
                    let clause_before = (clause..cue.a)
                        .rev()
                        .find(|&k| w.norm(k) == ",")
                        .is_some_and(|k| k > clause + 5);
                    // (And who was told: "…, relatives told reporters".)
                    // (Or told to them: "…, residents said to reporters", « …, des
                    // habitants ont déclaré à l'AFP »; French « à » folds to "a".)
                    let told_to = cue.b < s1
                        && match w.norm(cue.b) {
                            "a" => lang == Lang::Fr,
                            x => matches!(x, "au" | "aux" | "to"),
                        };
                    let told_cue =
                        told_to || matches!(w.norm(cue.b - 1), "told" | "tell" | "tells");
                    let tail_empty = {
                        let mut i = cue.b;
                        loop {
                            // (Or the next clause: "…, its spokesman said, and the army
                            // acknowledged…".)
                            if i >= s1
                                || w.norm(i) == ";"
                                || w.norm(i) == ","
                                    && i + 1 < s1
                                    && (clause_before
                                        || coordinating(w.norm(i + 1))
                                        || lex.has(C::Sub, w, i + 1))
                            {
                                break true;
                            }
                            if w.words()[i].kind != TokenKind::Word
                                || in_time[i]
                                // (Or the outlet's name: "…, an official told AFP".)
                                || told_to && i == cue.b
                                || told_cue
                                    && (lex.has(C::Addressee, w, i)
                                        || lex.has(C::Det, w, i)
                                        || w.words()[i].cap)
                            {
                                i += 1;
                            } else if let Some((e, _)) = lex.get(C::Channel, w, i) {
                                i = e;
                            } else if i + 1 < s1 && in_time[i + 1] && lex.has(C::Prep, w, i) {
                                i += 1;
                            } else if i + 1 < s1 && w.words()[i + 1].cap && lex.has(C::Prep, w, i) {
                                // (Where it was said from: "…, the official told Reuters
                                // by phone from Timbuktu", "…, said in Nioro du Sahel".)
                                i += 1;
                                while i < s1
                                    && (w.words()[i].cap
                                        || i + 1 < s1
                                            && w.words()[i + 1].cap
                                            && (lex.has(C::Prep, w, i) || lex.has(C::Det, w, i)))
                                {
                                    i += 1;
                                }
                            } else {
                                break false;
                            }
                        }
                    };
                    // (Its head may follow the name: "…, the UN human rights office said".)
                    let head_words = |a: usize, b: usize| {
                        b <= a + 3
                            && (a..b).all(|i| {
                                w.words()[i].kind == TokenKind::Word
                                    && !w.words()[i].cap
                                    && !in_time[i]
                                    && !lex.has(C::Prep, w, i)
                                    && !lex.has(C::Det, w, i)
                                    && !lex.has(C::That, w, i)
                            })
                    };
                    // (Every candidate ending by the cue starts before it, and `cands` is
                    // sorted by start: the searches below read only those, where they
                    // tested every candidate of the report at every cue.)
                    let upto = &cands[..cands.partition_point(|c| c.a < cue.a)];
                    // Where a trailing speaker ends: right before the cue, or before a
                    // relative clause about it set off by commas ("…, the Centre for
                    // Humanitarian Dialogue, which facilitated the talks, said", « …,
                    // l'ONG, qui suit la zone, a indiqué »).
                    let at = (cue.a >= clause + 4 && w.norm(cue.a - 1) == ",")
                        .then(|| {
                            (cue.a.saturating_sub(12).max(clause + 1)..cue.a - 1)
                                .rev()
                                .find(|&i| w.norm(i) == ",")
                        })
                        .flatten()
                        .filter(|&i| i + 2 < cue.a && after_relative(w, i + 2))
                        .unwrap_or(cue.a);
                    // (An anonymous source may say where it is from: "…, a resident of
                    // the village said".)
                    let from_where = |c: &Cand, b: usize| {
                        matches!(c.what, What::Source(_))
                            && b > c.b + 1
                            && b <= c.b + 6
                            && matches!(w.norm(c.b), "of" | "in" | "from")
                            && (c.b + 1..b).all(|i| {
                                w.words()[i].kind == TokenKind::Word
                                    && !in_time[i]
                                    && !lex.has(C::That, w, i)
                            })
                    };
                    let after_comma =
                        |c: &Cand| w.norm(np_start(w, lex, c.a, clause).saturating_sub(1)) == ",";
                    // (The last of two joined after the comma, where it says whose it
                    // is: "…, a local elected official and a relative of one of the
                    // victims said".)
                    let joined_to = |c: &Cand| {
                        let s = np_start(w, lex, c.a, clause);
                        (s > clause + 1 && matches!(w.norm(s - 1), "and" | "et"))
                            .then(|| {
                                upto.iter()
                                    .find(|d| d.b + 1 == s && d.a > clause && after_comma(d))
                            })
                            .flatten()
                    };
                    // (Of two joined after the comma, the first, where what was said
                    // ends: "…, the army and local sources said".)
                    let trailing = upto.iter().rev().find_map(|c| {
                        if !(tail_empty
                            && c.b <= at
                            && (at - c.b <= 1 || head_words(c.b, at) || from_where(c, at))
                            && c.a > clause)
                        {
                            return None;
                        }
                        if after_comma(c) {
                            return Some(c);
                        }
                        // (A list of sources right before the cue is read whole below:
                        // "…, des sources locales et des notables ont dit"; one with a
                        // party in it, or whose last says whose it is, is not.)
                        joined_to(c).filter(|d| {
                            from_where(c, at)
                                || matches!(c.what, What::Actor(_))
                                || matches!(d.what, What::Actor(_))
                        })
                    });
                    // The subject before the cue: the candidate right before it ("the
                    // CSP-PSD had already denounced", "a handover the army said"), else
                    // the first one of the clause ("the Malian army, with …, claimed");
                    // pronouns only right before it; never one inside another
                    // subordinate clause ("While the UN left …, Minusma indicated").
                    // (Or the noun a relative clause with no comma qualifies, when the cue
                    // comes past the relative's own verb: "A local official who asked not
                    // to be named put the death toll at five", « Un élu local qui a requis
                    // l'anonymat a affirmé ». Right after the pronoun, the cue is the
                    // relative's own: `antecedent` below.)
                    let restricted = |c: &Cand| {
                        let r = c.b;
                        r > c.a
                            && r + 1 < cue.a
                            && matches!(w.norm(r), "who" | "qui")
                            && sub[r] == sub[cue.a]
                            && sub[c.a] == sub[r - 1]
                            && (r + 1..cue.a).any(|i| {
                                w.words()[i].kind == TokenKind::Word && !lex.has(C::Aux, w, i)
                            })
                    };
                    let ok = |c: &&Cand| {
                        c.a >= clause
                            && c.b <= cue.a
                            && !c.oblique
                            && (sub[c.a] == sub[cue.a] || restricted(c))
                            && (!matches!(c.what, What::Pronoun { .. }) || cue.a - c.b <= 3)
                    };
                    // (Or past how it was reached: "…, a resident reached by phone said".)
                    let adjacent = upto.iter().filter(ok).rev().find(|c| {
                        cue.a - c.b <= 2
                            && (c.b..cue.a)
                                .all(|i| w.words()[i].kind == TokenKind::Word && !w.words()[i].cap)
                            || c.b < cue.a
                                && lex.get(C::Channel, w, c.b).is_some_and(|(e, _)| e == cue.a)
                    });
                    // A cue right after a relative pronoun speaks for the pronoun's
                    // antecedent, the phrase right before it: "JNIM, which said it had
                    // killed 12 soldiers, attacked…", « Le JNIM, qui affirme avoir tué… ».
                    // (The relative is a subordinate clause of its own, so the test of
                    // the same clause in `ok` never finds it.)
                    let antecedent = after_relative(w, cue.a)
                        .then(|| {
                            upto.iter().rev().find(|c| {
                                c.a >= clause
                                    && (c.b + 1 == cue.a || c.b + 2 == cue.a && w.norm(c.b) == ",")
                            })
                        })
                        .flatten();
                    // A cue joined to the previous one by a conjunction, with no subject
                    // of its own, shares the previous cue's: "JNIM said its fighters
                    // attacked the army camp on Thursday, and claimed to have killed…", «
                    // …, et a revendiqué avoir tué… ». The parties inside what the first
                    // cue reports are not this one's subject.
                    let joined = {
                        let mut j = cue.a;
                        while j > clause && lex.has(C::Aux, w, j - 1) {
                            j -= 1;
                        }
                        j > clause && coordinating(w.norm(j - 1))
                    };
                    let reported = |c: &&Cand| {
                        joined
                            && prev_claim.is_some_and(|p| {
                                let sp = w.span(c.a, c.b);
                                p.span.start <= sp.start && sp.end <= p.span.end
                            })
                    };
                    let before = antecedent
                        .or(adjacent.filter(|c| !reported(c)))
                        .or_else(|| upto.iter().find(|c| ok(c) && !reported(c)));
                    // "…, a déclaré un élu local", "…, a indiqué mardi à l'AFP un
                    // responsable", "…, said a local official": a reporting clause right
                    // after a comma has its speaker after the cue (past when and to whom
                    // it was said), never the subject of what it reports.
                    // (Not the comma that closes a relative clause after the subject:
                    // "JNIM, which claimed the attack, said it had killed 53 soldiers".)
                    // (The subject's: a comma within a few words of the clause's start.)
                    // (Nor the comma closing a date that opens the clause: "On Monday,
                    // gunmen burned granaries…, said a farmer", « Lundi, des hommes armés
                    // ont incendié…, raconte un producteur ».)
                    let opening_date = |i: usize| {
                        i > clause
                            && in_time[i - 1]
                            && (clause..i).all(|k| in_time[k] || lex.has(C::Prep, w, k))
                    };
                    let closes_relative = cue.a > clause + 1
                        && w.norm(cue.a - 1) == ","
                        && (clause + 1..cue.a - 1)
                            .rev()
                            .find(|&i| w.norm(i) == ",")
                            .is_some_and(|i| {
                                i <= clause + 5 && matches!(w.norm(i + 1), "who" | "which" | "qui")
                                    // (Or an apposition after a name that opens the
                                    // clause: "Sun Microsystems Inc., a computer maker,
                                    // announced…", "Ricardo Alarcon, president of the
                                    // National Assembly, told…".)
                                    || w.words()[clause].cap
                                        && !opening_date(i)
                                        && (clause..i)
                                            .filter(|&k| w.words()[k].kind == TokenKind::Word)
                                            .all(|k| {
                                                w.words()[k].cap
                                                    || lex.has(C::Det, w, k)
                                                    || lex.has(C::Prep, w, k)
                                            })
                                        && i <= clause + 8
                                        && !(clause..i).any(|k| w.norm(k) == ",")
                            });
                    let parenthetical = cue.a > clause
                        && !closes_relative
                        && matches!(w.norm(cue.a - 1), "," | "»" | "\"" | "”");
                    let told = |i: usize| {
                        in_time[i]
                            || lex.has(C::Prep, w, i)
                            || lex.has(C::Det, w, i)
                            || matches!(w.norm(i), "'" | "’" | "l")
                            || w.words()[i].cap && i > cue.b
                    };
                    // (Never a participle's: in "…, saying Iraqi troops massed nearby",
                    // "…, saying it had killed 60 soldiers", « …, affirmant qu'il », who
                    // follows it is what it says. Nor a pronoun, which is never inverted
                    // after its verb: "…, said they had killed 12 soldiers".)
                    // (Or past what it was said in: "…, said a statement from the army",
                    // « …, indique un communiqué de l'armée ». Asked once, not per candidate.)
                    let authored = parenthetical
                        .then(|| channel_author(w, lex, &cands, cue.b))
                        .flatten()
                        .map(|x| (x.a, x.b));
                    // (Only candidates starting a few words after the cue: from the
                    // first past it, while they start near enough.)
                    // (Past how it was said too: « …, a indiqué par téléphone un
                    // habitant », "…, said in a voice message a resident".)
                    let mut ch = [false; 8];
                    if parenthetical {
                        let mut j = cue.b;
                        while j < (cue.b + 8).min(s1) {
                            match lex.get(C::Channel, w, j) {
                                Some((e, _)) => {
                                    for x in j..e.min(cue.b + 8) {
                                        ch[x - cue.b] = true;
                                    }
                                    j = e;
                                }
                                None => j += 1,
                            }
                        }
                    }
                    let ch_len = ch.iter().filter(|&&x| x).count();
                    let told_or_aired = |i: usize| told(i) || i - cue.b < 8 && ch[i - cue.b];
                    let after_cue = cands.partition_point(|c| c.a < cue.b);
                    let inverted_after = cands[after_cue..]
                        .iter()
                        .take_while(|c| c.a <= cue.b + 5 + ch_len)
                        .find(|c| {
                            parenthetical
                            && !participle_form
                            && !matches!(c.what, What::Pronoun { .. })
                            // (Not the outlet told: « a déclaré à l'AFP un responsable ».)
                            && (!matches!(c.what, What::Outlet(_)) || !c.oblique)
                            && c.a >= cue.b
                            && c.b <= s1
                            && ((cue.b..c.a).all(told_or_aired) || authored == Some((c.a, c.b)))
                            // (Not past "that": "…, told the AP that Cuban authorities
                            // were frustrated" reports them.)
                            && !(cue.b..c.a).any(|i| lex.has(C::That, w, i))
                            && !(cue.b..c.a).any(|i| matches!(w.norm(i), "," | ";" | ":" | "."))
                        });
                    // (After a comma, the subject before the cue is the cue's own only
                    // when an aside closes there: "the army, in a statement, said", "The
                    // mayor of Boni, reached by telephone, said"; in « des jihadistes ont
                    // tué 12 soldats, a indiqué le porte-parole du ministère » the soldiers
                    // are what is reported, not who reports.)
                    // (Nor a subject with a verb of its own between it and the cue, outside
                    // a relative clause about it ("JNIM, which claimed the attack, said"):
                    // in « Cinq civils, dont trois enfants, ont péri dimanche, rapporte-t-on »
                    // or « La milice … a signé samedi un pacte, sous l'égide du gouverneur,
                    // a annoncé… » it is what is reported. Commas alone say nothing: an
                    // aside may list, "the army, with its air resources, …, and the support
                    // of Wagner, claimed". French « à » folds to the auxiliary "a".)
                    // (A passive's "to be" is a verb too: "At least eight civilians were
                    // killed on Monday…, local sources told Reuters".)
                    let own_verb = |c: &Cand| {
                        (c.b..cue.a - 1).any(|i| {
                            (lex.has(C::Aux, w, i) || lex.has(C::Passive, w, i))
                                && w.span(i, i + 1).of(text) != "à"
                                && !after_relative(
                                    w,
                                    (c.b..i)
                                        .rev()
                                        .find(|&k| w.norm(k) == ",")
                                        .map_or(c.b, |k| k + 1)
                                        + 1,
                                )
                        })
                    };
                    // (Nor, past a comma, when words no one knows say it at the
                    // sentence's end: in "Eight civilians were killed…, a nurse at the
                    // hospital told Reuters" the civilians are what is reported.)
                    // (Not past a quotation, which is what the speaker said.)
                    let past_comma = |c: &Cand| {
                        (c.b..cue.a).any(|i| w.norm(i) == ",") && !(c.b..cue.a).any(|i| quoted[i])
                    };
                    let before = if inverted_after.is_some()
                        || parenthetical
                            && (!(clause..cue.a - 1).any(|i| w.norm(i) == "," && !opening_date(i))
                                || before.is_some_and(|c| c.b < cue.a && own_verb(c)))
                        || tail_empty
                            && before.is_some_and(|c| c.b < cue.a && past_comma(c) && own_verb(c))
                    {
                        None
                    } else {
                        before
                    };
                    let trailing = if inverted_after.is_some() {
                        None
                    } else {
                        trailing
                    };
                    // "…, the mission said.", "…, a spokesman said", « …, a indiqué un
                    // porte-parole »: a speaker no dictionary knows, alone between a comma
                    // and the cue or after a parenthetical cue, is who speaks; never the
                    // first actor of what is reported.
                    // (A determiner opens it, not a negation: "…, no casualties
                    // reported" names no one.)
                    // No known actor heads it: one inside, after a preposition, only
                    // qualifies it ("relatives of the victims", « des proches des
                    // victimes »).
                    let no_actor_head = |a: usize, b: usize| {
                        !cands.iter().any(|c| {
                            // (Its own first word may be the preposition: « un
                            // porte-parole du mouvement ».)
                            c.a < b
                                && a < c.b
                                && !(a + 1..(c.a + 1).min(c.b)).any(|i| lex.has(C::Prep, w, i))
                        })
                    };
                    let bare_upto = |a: usize, b: usize, most: usize| {
                        b > a
                            && (a..b)
                                .filter(|&i| w.words()[i].kind == TokenKind::Word)
                                .count()
                                <= most
                            && (lex.has(C::Det, w, a) || lex.has(C::Article, w, a))
                            && !matches!(w.norm(a), "no" | "aucun" | "aucune" | "nul" | "nulle")
                            // (A plural's possessive: "a transporters' union official".)
                            && (a..b).all(|i| {
                                w.words()[i].kind == TokenKind::Word
                                    || matches!(w.norm(i), "'" | "’")
                                        && i > a
                                        && w.norm(i - 1).ends_with('s')
                            })
                            && no_actor_head(a, b)
                    };
                    // Or a plain plural noun, no determiner, alone or with its complement:
                    // "…, relatives of the victims said." (Not an adverb, a comparison or
                    // a verdict: "…, than previously reported", "…, more than first
                    // announced", "…, information not yet confirmed".)
                    // (Its head may follow an adjective or two: "Local elected officials
                    // put the toll at…".)
                    // (Or a noun of persons whatever its ending: "…, people on both sides
                    // said".)
                    let plural = |i: usize| {
                        w.norm(i).ends_with('s')
                            || w.norm(i).ends_with('x')
                            || lex.has(C::Body, w, i)
                    };
                    let plain = |a: usize, b: usize| {
                        // (The head ends the phrase or meets its complement: in "family
                        // members" the first noun of persons only qualifies the second.)
                        let head = (a..b.min(a + 3))
                            .find(|&i| plural(i) && (b == i + 1 || lex.has(C::Prep, w, i + 1)));
                        b > a
                            && b - a <= 4
                            && head.is_some_and(|h| {
                                // (Not a thing: "Initial estimates put the toll at 30".)
                                !lex.has(C::Thing, w, h) && (a..h).all(|i| !lex.has(C::Prep, w, i))
                            })
                            && (a..b).all(|i| {
                                w.words()[i].kind == TokenKind::Word
                                    // (Capitalized only as the sentence's first word:
                                    // "Local elected officials put the toll at…".)
                                    && (!w.words()[i].cap || i == s0)
                                    && !in_time[i]
                                    && !w.norm(i).ends_with("ly")
                            })
                            && ![C::Prep, C::Sub, C::That, C::Aux, C::Passive, C::Det]
                                .iter()
                                .any(|&k| lex.has(k, w, a))
                            && !matches!(w.norm(a), "no" | "aucun" | "aucune" | "nul" | "nulle")
                            && no_actor_head(a, b)
                    };
                    // Or a proper name no dictionary knows: "…, Human Rights Watch said."
                    let proper = |a: usize, b: usize| {
                        b > a
                            && b - a <= 4
                            && (a..b)
                                .all(|i| w.words()[i].kind == TokenKind::Word && w.words()[i].cap)
                            && no_actor_head(a, b)
                    };
                    // Or counted, or several listed: "…, two local officials said", "…,
                    // two local officials and a Tuareg community association said", « …,
                    // des habitants et un élu local ont affirmé » (each part a determiner,
                    // a number or a plain plural, no known party; a people's name may
                    // qualify one).
                    let counted = |i: usize| {
                        w.words()[i].kind == TokenKind::Number
                            || nlex.cardinal_word(w, i).is_some()
                            || nlex.vague(w, i).is_some()
                    };
                    // (A possessive's apostrophe too: "a teachers' union".)
                    let part = |a: usize, b: usize| {
                        b > a
                            && b - a <= 5
                            && (a..b).all(|i| {
                                w.words()[i].kind == TokenKind::Word
                                    || counted(i)
                                    || i > a && matches!(w.norm(i), "'" | "’")
                            })
                            && (lex.has(C::Det, w, a) || lex.has(C::Article, w, a) || counted(a))
                            && !matches!(w.norm(a), "no" | "aucun" | "aucune" | "nul" | "nulle")
                            && !(a + 1..b).any(|i| lex.has(C::Prep, w, i) || in_time[i])
                    };
                    let listed = |a: usize, b: usize| {
                        let is_and = |i: &usize| matches!(w.norm(*i), "and" | "et");
                        if !(a + 1..b).any(|i| is_and(&i)) {
                            return counted(a) && part(a, b) && no_actor_head(a, b);
                        }
                        // (Not known parties: "…, both the army and the rebels said".)
                        let known = |x: usize, y: usize| {
                            cands.iter().any(|c| {
                                matches!(c.what, What::Actor(_))
                                    && c.a <= x + 1
                                    && c.b >= y
                                    && c.a < y
                            })
                        };
                        // (Or a source the lexicon names, "local sources", « des sources
                        // sécuritaires ».)
                        let source = |x: usize, y: usize| {
                            cands
                                .iter()
                                .any(|c| matches!(c.what, What::Source(_)) && c.a == x && c.b == y)
                        };
                        let mut from = a;
                        (a + 1..b)
                            .filter(is_and)
                            .chain(std::iter::once(b))
                            .all(|to| {
                                let ok = (part(from, to) || plain(from, to) || source(from, to))
                                    && !known(from, to);
                                from = to + 1;
                                ok
                            })
                    };
                    let relative_in = |a: usize, b: usize| {
                        (a..b.min(a + 3)).any(|i| matches!(w.norm(i), "that" | "who" | "qui"))
                    };
                    let bare_before = (trailing.is_none() && tail_empty)
                        .then(|| {
                            (at.saturating_sub(10).max(clause + 1)..at)
                                .rev()
                                .find(|&k| w.norm(k) == ",")
                        })
                        .flatten()
                        .filter(|&k| {
                            // (Longer when it ends in a name: "…, the Fulani association
                            // Tabital Pulaaku said".)
                            // (Or with a relative clause: "…, the organisation that
                            // employs them said".)
                            // (Or headed by a role: "…, a spokesman for the group said".)
                            // (Or placed: "…, a journalist in the town said".)
                            let placed = (k + 3..(k + 5).min(at)).any(|i| {
                                lex.has(C::Prep, w, i)
                                    && !matches!(w.norm(i), "and" | "or" | "et" | "ou")
                            });
                            let named = w.words()[at - 1].cap
                                || relative_in(k + 2, at)
                                || alex.has(A::Role, w, k + 2)
                                || placed;
                            bare_upto(k + 1, at, if named { 6 } else { 4 })
                                || proper(k + 1, at)
                                || plain(k + 1, at)
                                || listed(k + 1, at)
                        })
                        // (Less how it was reached: "…, a farmer reached by telephone
                        // said".)
                        .map(|k| {
                            let end = (k + 2..at)
                                .find(|&i| lex.get(C::Channel, w, i).is_some_and(|(e, _)| e == at))
                                .unwrap_or(at);
                            (k, (k + 1, end))
                        });
                    // (Not the object of a verb of blame: "…, however, condemned the
                    // shooting".)
                    // (Asked only when neither a trailing subject nor one before the
                    // comma speaks, and the cue is parenthetical: it reads the words
                    // to the sentence's end, a dozen instructions a word, for every cue.)
                    let bare_after = || {
                        if !(parenthetical
                            && !cue.accuses
                            && !participle_form
                            && inverted_after.is_none()
                            && clause + 1 < cue.a)
                        {
                            return None;
                        }
                        let tail = (cue.b..s1)
                            .rev()
                            .find(|&i| w.words()[i].kind == TokenKind::Word)
                            .map_or(cue.b, |i| i + 1);
                        let mut first_word = (cue.b..tail).find(|&i| !in_time[i]).unwrap_or(tail);
                        // (Past how it was said: « …, a indiqué par téléphone un habitant »,
                        // « …, raconte dans un message vocal un habitant ».)
                        // (Its article too, and the verb and preposition that give its
                        // author: « …, indique un communiqué signé de son porte-parole ».)
                        let past_channel = |i: usize| {
                            let at = if i + 1 < tail && lex.has(C::Det, w, i) {
                                i + 1
                            } else {
                                i
                            };
                            match lex
                                .get(C::Channel, w, at)
                                .or_else(|| lex.get(C::Channel, w, i))
                            {
                                Some((mut e, _)) if e < tail => {
                                    if let Some((ve, _)) = lex.get(C::ChannelVerb, w, e)
                                        && ve + 1 < tail
                                        && matches!(w.norm(ve), "de" | "par" | "by" | "from")
                                    {
                                        e = ve + 1;
                                    }
                                    (e..tail).find(|&i| !in_time[i]).unwrap_or(tail)
                                }
                                _ => i,
                            }
                        };
                        first_word = past_channel(first_word);
                        // (Past who was told, a name: « …, a déclaré à l'AFP un responsable ».)
                        // (French « à » folds to "a", the English article.)
                        let to = |i: usize| match w.norm(i) {
                            "a" => lang == Lang::Fr,
                            x => matches!(x, "au" | "aux" | "to"),
                        };
                        if first_word < tail && to(first_word) {
                            // (Or our newsroom: « …, a indiqué à notre rédaction un
                            // membre de sa famille ».)
                            let mut j = first_word + 1;
                            while j < tail
                                && (matches!(w.norm(j), "l" | "'" | "’" | "la" | "le" | "the")
                                    || w.words()[j].cap
                                    || lex.has(C::Det, w, j) && lex.has(C::Addressee, w, j + 1))
                            {
                                j += 1;
                            }
                            if w.words()[j - 1].cap {
                                first_word = (j..tail).find(|&i| !in_time[i]).unwrap_or(tail);
                            } else if j < tail && lex.has(C::Addressee, w, j) {
                                let j = j + 1;
                                first_word = (j..tail).find(|&i| !in_time[i]).unwrap_or(tail);
                            }
                            first_word = past_channel(first_word);
                        }
                        // The speaker ends where how it spoke begins: « …, a annoncé le
                        // président de la Transition dans un message à la nation ».
                        // (Only a channel ends it: "…, confirmed the loss of two vehicles in
                        // the fighting" has no speaker after its cue.)
                        // (Or who was told: « …, a affirmé un porte-parole du mouvement à
                        // l'AFP ».)
                        let told_outlet = |i: usize| {
                            to(i)
                                && (i + 1..(i + 4).min(tail)).any(|j| w.words()[j].cap)
                                && (i + 1..tail).all(|j| {
                                    w.words()[j].cap
                                        || matches!(
                                            w.norm(j),
                                            "l" | "'" | "’" | "la" | "le" | "the"
                                        )
                                })
                        };
                        let speaker_end = (first_word + 1..tail)
                            .find(|&i| lex.has(C::Channel, w, i) || told_outlet(i))
                            .unwrap_or(tail);
                        // (Longer when it ends in a name: « …, a annoncé le ministère de la
                        // Réconciliation ».)
                        // (Or with a relative clause: « …, a indiqué l'organisation qui les
                        // emploie ».)
                        // (Or when a role heads it, whoever it serves: « …, a indiqué le
                        // porte-parole du ministère », "…, said the leader of the local youth
                        // association".)
                        let most = if speaker_end < tail && lex.has(C::Channel, w, speaker_end)
                            || w.words()[speaker_end - 1].cap
                            || relative_in(first_word + 1, speaker_end)
                            || alex.has(A::Role, w, first_word + 1)
                        {
                            7
                        } else {
                            4
                        };
                        // (Or a name no dictionary knows, as outlets go without an
                        // article: « …, rapporte Studio Tamani », "…, reported Radio
                        // Kledu".)
                        (bare_upto(first_word, speaker_end, most)
                            || proper(first_word, speaker_end))
                        .then_some((cue.a - 1, (first_word, speaker_end)))
                    };
                    // A reporting clause set in the middle of what it reports: what a
                    // participle after it tells is reported too ("Gunmen stormed the
                    // village, residents said, killing nearly thirty civilians"): the
                    // content runs past the cue to the next cue or the sentence's end.
                    let goes_on = |end: usize| {
                        let mut j = cue.b;
                        while j < s1 && in_time[j] {
                            j += 1;
                        }
                        let participle = j + 1 < s1 && w.norm(j) == "," && {
                            let x = &w.words()[j + 1];
                            let v = w.norm(j + 1);
                            x.kind == TokenKind::Word
                                && !x.cap
                                && (v.ends_with("ing") || v.ends_with("ant"))
                                && !lex.has(C::Prep, w, j + 1)
                        };
                        if participle { next.unwrap_or(s1) } else { end }
                    };
                    // (A sentence's opening conjunction is no part of its subject: "But
                    // The Buffalo News reported Friday that…", « Mais l'ONG affirme que… ».)
                    let subj = if clause + 1 < cue.a
                        && matches!(w.norm(clause), "but" | "and" | "yet" | "mais" | "et")
                    {
                        clause + 1
                    } else {
                        clause
                    };
                    if let Some(c) = trailing {
                        speaker = resolve(c);
                        speaker_at = Some((c.a, c.b));
                        content = Some((clause, goes_on(np_start(w, lex, c.a, clause))));
                    } else if let Some((comma, (a, b))) = bare_before.or_else(bare_after) {
                        // (A role for "the group" speaks for the group named before: "…, a
                        // spokesman for the group said".)
                        let serves = cands.iter().find(|c| {
                            matches!(c.what, What::Pronoun { group: true, .. })
                                && c.a > a + 1
                                && c.b <= b
                                && alex.has(A::Role, w, a + 1)
                                // (Or fused with its article: « un porte-parole du
                                // mouvement ».)
                                && (lex.has(C::Prep, w, c.a - 1) || lex.has(C::Prep, w, c.a))
                        });
                        speaker = serves
                            .and_then(resolve)
                            .or_else(|| Some(anonymous(text, w.span(a, b), listed_camp(a, b))));
                        speaker_at = Some((a, b));
                        content = Some((clause, goes_on(comma)));
                    } else if let Some(c) = before {
                        speaker = resolve(c);
                        speaker_at = Some((c.a, c.b));
                        // "a dénoncé mercredi dans un communiqué la mort de…": when and
                        // how it was said open the content; they are not part of it.
                        // ("said on Sunday that…": a date's preposition too, when a
                        // "that" follows.)
                        let opening = |with_prep: bool| {
                            let mut a = cue.b;
                            loop {
                                if a < s1 && (in_time[a] || w.norm(a) == ",") {
                                    a += 1;
                                } else if let Some(e) = aired_channel(w, lex, a, s1) {
                                    a = e;
                                } else if with_prep
                                    && a + 1 < s1
                                    && in_time[a + 1]
                                    && w.words()[a].kind == TokenKind::Word
                                    && !w.words()[a].cap
                                {
                                    a += 1;
                                } else {
                                    break;
                                }
                            }
                            a
                        };
                        let a = opening(false);
                        let a = match opening(true) {
                            p if p > a && skip_that(w, lex, &in_time, p) > p => skip_that(w, lex, &in_time, p),
                            // ("said on Wednesday it had set up a base": a clause's
                            // pronoun subject after the date, "that" left out.)
                            p if p > a && alex.has(A::Pronoun, w, p) => p,
                            _ => skip_that(w, lex, &in_time, a),
                        };
                        // Nothing reported after the cue, only who was told and when
                        // ("…, local sources told AFP on Wednesday, as …", "…, residents
                        // told a local radio station"): what it reports came before the
                        // speaker.
                        let told_end = (cue.b..s1).find(|&i| w.norm(i) == ",").unwrap_or(s1);
                        // (Words of who was told only after a verb of telling or its
                        // preposition: "the junta denounced the foreign press" reports.)
                        let telling = told_cue
                            || (cue.b..told_end).find(|&i| !in_time[i]).is_some_and(|i| {
                                matches!(w.norm(i), "to" | "a" | "au" | "aux" | "aupres")
                            });
                        // (How it went out tells nothing either: "said in a statement
                        // read on state television", « dans un communiqué lu à la
                        // télévision ».)
                        let mut aired = vec![false; told_end.saturating_sub(cue.b)];
                        let mut j = cue.b;
                        while j < told_end {
                            match aired_channel(w, lex, j, told_end) {
                                Some(e) => {
                                    for x in &mut aired[j - cue.b..e - cue.b] {
                                        *x = true;
                                    }
                                    j = e;
                                }
                                _ => j += 1,
                            }
                        }
                        // (A figure is something: "a tally from local officials put
                        // the toll at 25".)
                        let nothing_after = (cue.b..told_end).all(|i| {
                            let x = &w.words()[i];
                            !matches!(x.kind, TokenKind::Word | TokenKind::Number)
                                || x.cap
                                || in_time[i]
                                || lex.has(C::TimeMod, w, i)
                                || aired[i - cue.b]
                                || lex.has(C::Prep, w, i)
                                || lex.has(C::Det, w, i)
                                || telling && lex.has(C::Addressee, w, i)
                        }) && !(cue.b..told_end).any(|i| {
                            lex.has(C::That, w, i) || w.words()[i].kind == TokenKind::OpenQuote
                        });
                        // (A relative clause's report ends with it, at its closing
                        // comma: what follows is its antecedent's own verb.)
                        let end = next.unwrap_or(s1);
                        let end = match antecedent {
                            Some(x) if x.a == c.a && x.b == c.b => {
                                (a..end).find(|&i| w.norm(i) == ",").unwrap_or(end)
                            }
                            _ => end,
                        };
                        content = if nothing_after && clause < np_start(w, lex, c.a, clause) {
                            Some((clause, np_start(w, lex, c.a, clause)))
                        } else {
                            Some((a, end))
                        };
                    } else if let Some((a, b)) = (subj < cue.a
                        && inverted_after.is_none()
                        // (Not what a cue joined to this one reports: « confirment
                        // quatre morts et affirment qu'une enquête… » shares its subject.)
                        && !(joined && prev.is_some())
                        // (Not a passive's: "graves reported on by HRW".)
                        && !(cue.b..(cue.b + 2).min(s1)).any(|i| matches!(w.norm(i), "by" | "par"))
                        // (Only when a clause follows, opened by "that" or a pronoun
                        // subject: "A ceasefire announced last week collapsed", "An
                        // attack claimed the lives of…" report nothing.)
                        // (Past when it was said: "Kisal said on Sunday that…".)
                        && {
                            let mut o = cue.b;
                            while o + 1 < s1
                                && (in_time[o]
                                    || in_time[o + 1] && lex.has(C::Prep, w, o))
                            {
                                o += 1;
                            }
                            // (Or a source's own noun, which names no deed: "A source
                            // said 40 soldiers…", « Des comptes affirment 30 morts ».)
                            // (Or a cue that opens its figure itself: "Local
                            // officials put the toll at about fifteen".)
                            o < s1
                                && (lex.has(C::That, w, o)
                                    || alex.has(A::Pronoun, w, o)
                                    || lex.has(C::Tied, w, subj)
                                    || cue.b > cue.a + 1 && lex.has(C::Prep, w, cue.b - 1))
                        }
                        && !matches!(w.norm(subj), "nobody" | "neither" | "personne" | "aucun" | "aucune")
                        && (proper(subj, cue.a)
                            // (Or a body named after what it is: "The Fulani association
                            // Tabital Pulaaku said on Sunday that…".)
                            || w.words()[cue.a - 1].cap && bare_upto(subj, cue.a, 6)
                            || plain(subj, cue.a)
                            || lex.get(C::Det, w, subj).is_some_and(|(_, v)| v == "indefinite")
                                && bare_upto(subj, cue.a, 4)
                            // (A source with where it sits: "A source in the local
                            // administration said…".)
                            || lex.has(C::Tied, w, subj) && bare_upto(subj, cue.a, 8)
                            // (Or someone new with where it sits: "A Dogon cultural
                            // association based in Bamako said on Thursday that…".)
                            || lex.get(C::Det, w, subj).is_some_and(|(_, v)| v == "indefinite")
                                && (subj + 2..cue.a).any(|i| lex.has(C::Sits, w, i))
                                && bare_upto(subj, cue.a, 8)
                            || counted(subj) && listed(subj, cue.a)))
                    .then_some((subj, cue.a))
                    {
                        // The clause's own subject, a speaker no dictionary knows, named
                        // ("Kisal said soldiers killed…") or a plain plural ("Analysts
                        // said…"), someone new ("A 27-year-old woman said…", "Two other
                        // women said…", « Un habitant affirme que… »): what follows the
                        // cue is what it says. (Not a definite noun, "The group reported
                        // they captured…", which stands for a party named before.)
                        speaker = Some(anonymous(text, w.span(a, b), listed_camp(a, b)));
                        speaker_at = Some((a, b));
                        let mut from = cue.b;
                        while from < s1
                            && (in_time[from]
                                || w.norm(from) == ","
                                || from + 1 < s1 && in_time[from + 1] && lex.has(C::Prep, w, from))
                        {
                            from += 1;
                        }
                        content = Some((skip_that(w, lex, &in_time, from), next.unwrap_or(s1)));
                    } else if let Some(c) = inverted_after.or_else(|| {
                        cands.iter().find(|c| {
                            // Inverted: "« … », a déclaré le porte-parole", "said the army".
                            // (Not after a word that is no punctuation or date: "Kisal
                            // said soldiers killed…" has its speaker before the cue,
                            // one no dictionary knows; but a passive's agent, « a été
                            // confirmé par l'armée ».)
                            c.a >= cue.b
                                && c.a <= cue.b + 1
                                && clause < cue.a
                                && (w.words()[cue.a - 1].kind != TokenKind::Word
                                    || in_time[cue.a - 1]
                                    || matches!(w.norm(cue.b), "by" | "par")
                                    // (A French clitic: « nous a raconté le maire », « comme
                                    // l'a indiqué l'armée », « ce qu'a indiqué le maire ».)
                                    || matches!(
                                        w.norm(match cue.a {
                                            p if p > 1 && lex.has(C::Aux, w, p - 1) => p - 2,
                                            p => p - 1,
                                        }),
                                        "nous" | "vous" | "lui" | "leur" | "l" | "qu" | "'" | "’"
                                    ))
                                && c.b <= s1
                                && !crosses_punct(w, cue.b, c.a)
                                && !participle_form
                        })
                    }) {
                        speaker = resolve(c);
                        speaker_at = Some((c.a, c.b));
                        content = Some((clause, cue.a));
                    } else if let Some(p) = prev_claim.filter(|_| {
                        // (A participle's form: "claiming", « affirmant »; a finite verb
                        // has a subject of its own, "the website reports…".)
                        // (Or a verb sharing the subject: "JNIM claimed the attack and
                        // said it killed 20 soldiers", « … et affirme avoir tué », "the
                        // army acknowledged the attack but said three soldiers died", «
                        // … mais affirme ».)
                        participle_form
                            || cue.a > 0
                                && matches!(w.norm(cue.a - 1), "and" | "et" | "but" | "mais")
                    }).or_else(|| {
                        // (Or a relative clause about the source a preposition named:
                        // "according to an army statement which reported…", « selon un
                        // communiqué de l'armée qui fait état de… ».)
                        let p = prev_claim?;
                        let (pa, _) = w.bounds_of(p.cue_span?);
                        (after_relative(w, cue.a)
                            && pa + 1 < cue.a
                            && cue.a - 1 - pa <= 8
                            && lex.has(C::CuePrep, w, pa))
                            .then_some(p)
                    }) {
                        // A participle continuing the previous cue ("…, claiming to…").
                        speaker = Some(Speaker {
                            via: Some("inherited".into()),
                            ..p.by.clone()
                        });
                        let a = skip_that(w, lex, &in_time, cue.b);
                        content = Some((a, next.unwrap_or(s1)));
                    } else if let Some(c) = (participle_form
                        && prev_claim.is_none()
                        && cue.a > 0
                        && w.norm(cue.a - 1) == ",")
                        .then(|| {
                            cands
                                .iter()
                                .find(|c| c.a == subj && c.b < cue.a && !c.oblique)
                        })
                        .flatten()
                    {
                        // A participle after a comma with no cue before it speaks for its
                        // sentence's subject: "A municipal councillor gave a much lower
                        // figure, speaking of nine dead", « Un élu local a donné un autre
                        // bilan, parlant de neuf morts ».
                        speaker = resolve(c);
                        speaker_at = Some((c.a, c.b));
                        content = Some((skip_that(w, lex, &in_time, cue.b), next.unwrap_or(s1)));
                    } else {
                        continue;
                    }
                }
                CueKind::Prep | CueKind::Attrib(_) => {
                    let who = match cue.kind {
                        CueKind::Attrib(camp) => {
                            let span = w.span(cue.a, cue.b);
                            speaker_at = Some((cue.a, cue.b));
                            Some(anonymous(text, span, camp))
                        }
                        _ => {
                            // « Selon le journal, qui cite une source militaire, », "according
                            // to the paper, citing a military source,": a relay after the
                            // comma that closes the first source passes on the cited one's
                            // words; the cited one speaks.
                            let relayed = (cue.b..(cue.b + 7).min(s1))
                                .find(|&i| w.norm(i) == ",")
                                .and_then(|i| lex.get(C::Relay, w, i + 1))
                                .and_then(|(re, _)| cands.iter().find(|c| c.a == re));
                            // "according to a statement from the army", « selon un
                            // communiqué de l'armée », « selon un bilan de la société
                            // civile »: past what it was said in, and its preposition, who
                            // said it.
                            relayed
                                .or_else(|| cands.iter().find(|c| c.a >= cue.b && c.a <= cue.b + 1))
                                .copied()
                                .or_else(|| channel_author(w, lex, &cands, cue.b))
                                .and_then(|c| {
                                    speaker_at = Some((c.a, c.b));
                                    resolve(&c)
                                })
                                .or_else(|| {
                                    // "according to a teacher", « selon un responsable
                                    // régional »: someone new, named by a few plain words
                                    // that end the clause (not what it was said in, nor a
                                    // toll: "according to a statement", « selon un bilan »).
                                    // (Or a body named definite: with its place or trade
                                    // opening the sentence, « Selon le syndicat des
                                    // transporteurs de Mopti, », "According to the union of
                                    // herders in Ménaka,"; by a body's noun ending it; not
                                    // "…, citing the harshness of the regime".)
                                    let d = cue.b;
                                    let det = if d < s1 { lex.get(C::Det, w, d) } else { None };
                                    let indefinite = det.is_some_and(|(_, v)| v == "indefinite");
                                    let opening = (clause..cue.a).all(|i| {
                                        w.words()[i].kind != TokenKind::Word || in_time[i]
                                    });
                                    if det.is_none() || lex.has(C::Tally, w, d) {
                                        return None;
                                    }
                                    let word = |e: usize| {
                                        w.words()[e].kind == TokenKind::Word
                                            && !in_time[e]
                                            && !lex.has(C::Channel, w, e)
                                    };
                                    let mut e = d + 1;
                                    while e < s1
                                        && e - d <= 4
                                        && word(e)
                                        && !w.words()[e].cap
                                        && !lex.has(C::Prep, w, e)
                                    {
                                        e += 1;
                                    }
                                    // (Its complement: prepositions, plain words, names;
                                    // none needed at the end of the clause, "…, according to
                                    // the local administration.", « …, selon
                                    // l'administration locale. »)
                                    if !indefinite && opening {
                                        if e == d + 1 || e >= s1 || !lex.has(C::Prep, w, e) {
                                            return None;
                                        }
                                        while e < s1 && e - d <= 8 && word(e) {
                                            e += 1;
                                        }
                                    }
                                    let ends = e == s1 || matches!(w.norm(e), "," | "." | ";");
                                    // (A definite one at the end of the clause only with a
                                    // body's or a person's noun: "…, according to the
                                    // local administration", not "according to the
                                    // decree".)
                                    if !indefinite
                                        && !opening
                                        && !(d + 1..e).any(|i| lex.has(C::Body, w, i))
                                    {
                                        return None;
                                    }
                                    let thing = (d..e).any(|i| {
                                        lex.has(C::Channel, w, i) || lex.has(C::Thing, w, i)
                                    });
                                    (e > d + 1 && ends && !thing).then(|| {
                                        speaker_at = Some((d, e));
                                        anonymous(text, w.span(d, e), worded_camp(w, lex, d, e))
                                    })
                                })
                        }
                    };
                    let Some(who) = who else {
                        continue;
                    };
                    speaker = Some(who);
                    let (_, sb) = speaker_at.unwrap_or((cue.a, cue.b));
                    // Leading ("According to X, …") or trailing ("…, according to X").
                    // (Or a relay right after the source a previous cue of the sentence
                    // named: "According to the newspaper, citing a military source,
                    // eleven soldiers…" is the cited source's report, which follows.)
                    let relaying = prev.is_some()
                        && cue.a > clause
                        && w.norm(cue.a - 1) == ","
                        && lex.has(C::Relay, w, cue.a);
                    let leading = relaying
                        || (clause..cue.a).all(|i| {
                            w.words()[i].kind != TokenKind::Word
                                || doc.times.iter().any(|t| t.span.contains(w.words()[i].span))
                        });
                    content = if leading {
                        Some((sb, next.unwrap_or(s1)))
                    } else {
                        Some((clause, cue.a))
                    };
                }
            }
            let Some(by) = speaker else {
                continue;
            };
            let Some((ca, cb)) = content.map(|(a, b)| trim(w, lex, a, b)) else {
                continue;
            };
            if ca >= cb {
                continue;
            }
            let span = w.span(ca, cb);
            let cue_span = w.span(cue.a, cue.b);
            // When and how it was said: a time or channel in the sentence's opening
            // adverbials ("On Sunday, in a press release, he indicated"), between the
            // speaker and the cue ("the CSP-PSD on Wednesday denounced"), or right after
            // the cue ("said on Sunday in a statement"); never one inside a subordinate
            // clause ("While the UN left on October 31, Minusma indicated").
            let channels: Vec<(usize, usize, &str)> = (clause..s1)
                .filter(|&i| !quoted[i])
                .filter_map(|i| lex.get(C::Channel, w, i).map(|(e, v)| (i, e, v)))
                .collect();
            let times: Vec<(usize, usize, &sitrep_core::records::TimeMention)> = time_words
                .iter()
                .zip(&doc.times)
                .map(|(&(a, b), t)| (a, b, t))
                .filter(|&(a, _, _)| a >= clause && a < s1)
                .collect();
            let head_end = match speaker_at {
                Some((a, _)) if a < cue.a => a,
                _ => cue.a,
            };
            // "JNIM claimed the attack carried out on Saturday, saying it killed…", «
            // …menée samedi, affirmant avoir tué »: a participle after a comma says when
            // only by a date after it; the date before is the deed's.
            let participle = participle_form && cue.a > 0 && w.norm(cue.a - 1) == ",";
            let allowed = |a: usize, b: usize| {
                let main = sub[a] == sub[cue.a] && !participle;
                (main && a >= clause && b <= head_end)
                    || !participle && speaker_at.is_some_and(|(_, sb)| sb <= a && b <= cue.a)
                    || (a >= cue.b
                        && a < cue.b + 6
                        && b <= s1
                        && !(cue.b..a).any(|i| {
                            lex.has(C::That, w, i) || w.words()[i].kind == TokenKind::OpenQuote
                        }))
            };
            let channel = channels
                .iter()
                .find(|&&(a, b, _)| allowed(a, b))
                .map(|&(a, b, v)| (w.span(a, b), v.to_string()));
            // "said in a statement read on state television on Thursday", « dans un
            // communiqué publié jeudi »: a date right after the last channel told after
            // the cue (prepositions or how it went out between) is when it was said too,
            // however long the channels.
            // Only prepositions, determiners and how it went out ("rendu public") from
            // `from` to `to`.
            let between = |from: usize, to: usize| {
                let mut j = from;
                while j < to {
                    j = match lex.get(C::ChannelVerb, w, j) {
                        Some((ve, _)) => ve,
                        None if lex.has(C::Prep, w, j) || lex.has(C::Det, w, j) => j + 1,
                        None => return false,
                    };
                }
                j == to
            };
            let after_channels = channels
                .iter()
                .filter(|&&(a, b, _)| a >= cue.b && allowed(a, b))
                .map(|&(_, b, _)| b)
                .max()
                .map(|mut ce| {
                    // (A channel that goes on in another: « un communiqué lu à la
                    // télévision nationale ».)
                    while let Some(&(_, b, _)) = channels
                        .iter()
                        .find(|&&(a, _, _)| a >= ce && a <= ce + 3 && between(ce, a))
                    {
                        ce = b;
                    }
                    move |a: usize| a >= ce && a <= ce + 3 && a < s1 && between(ce, a)
                });
            // A date inside what is reported is not when it was said; but one right
            // after the accused, before what they are accused of, is the accusation's
            // ("accused the Malian army on Monday of killing…", « a accusé lundi l'armée
            // d'avoir tué… » has it before).
            let accused_on = |a: usize, b: usize| {
                cue.accuses
                    && b < s1
                    && matches!(w.norm(b), "of" | "de" | "d")
                    && cands.iter().any(|c| {
                        c.a >= cue.b
                            && c.a <= cue.b + 1
                            && c.b <= a
                            && (c.b..a).all(|i| lex.has(C::Prep, w, i))
                    })
            };
            // "The army said on Monday its troops had killed 12 militants on Saturday":
            // a day right after the cue, what is reported told after it with no "that",
            // is when it was said (not "said Monday's attack killed 12"). (English's: French
            // reports after « que », and a day before it is outside the report already.)
            let right_after_cue = |a: usize, b: usize| {
                (a == cue.b || a == cue.b + 1 && w.norm(cue.b) == "on")
                    && b < s1
                    && !(b..(b + 2).min(s1)).any(|i| matches!(w.norm(i), "'" | "’"))
                    && !(b >= 2 && w.norm(b - 1) == "s" && matches!(w.norm(b - 2), "'" | "’"))
            };
            let said = times
                .iter()
                .filter(|&&(a, b, _)| {
                    b <= ca || a >= cb || accused_on(a, b) || right_after_cue(a, b)
                })
                .filter(|&&(a, b, t)| {
                    (allowed(a, b) || after_channels.as_ref().is_some_and(|f| f(a)))
                        && t.precision == 1
                        && t.start.is_some()
                })
                .min_by_key(|&&(a, b, _)| if b <= cue.a { cue.a - b } else { a - cue.b })
                .map(|&(_, _, t)| t);
            let inherited = by.via.as_deref() == Some("inherited");
            let (mut channel_v, mut channel_span) = match channel {
                Some((s, v)) => (Some(v), Some(s)),
                None => (None, None),
            };
            let (mut said_on, mut said_on_span) =
                (said.and_then(|t| t.start), said.map(|t| t.span));
            if inherited && let Some(p) = prev_claim {
                if channel_v.is_none() {
                    channel_v = p.channel.clone();
                    channel_span = p.channel_span;
                }
                if said_on.is_none() {
                    said_on = p.said_on;
                    said_on_span = p.said_on_span;
                }
            }
            let hedged = (clause..cb).any(|i| lex.has(C::Hedge, w, i));
            let quotes = quotes_in(w, ca, cb);
            let times = doc
                .times
                .iter()
                .enumerate()
                .filter(|(_, t)| span.contains(t.span))
                .map(|(i, _)| i)
                .collect();
            let places = doc
                .places
                .iter()
                .enumerate()
                .filter(|(_, p)| span.contains(p.span))
                .map(|(i, _)| i)
                .collect();
            let _ = speaker_at;
            claims.push(Claim {
                by,
                channel: channel_v,
                said_on,
                cue: Some(cue_span.of(text).to_string()),
                stance: cue.stance,
                accuses: cue.accuses,
                hedged,
                span,
                cue_span: Some(cue_span),
                channel_span,
                said_on_span,
                quotes,
                times,
                places,
                events: Vec::new(),
            });
        }
        // (In the order of their words, as the claims are.)
        if let Some(l) = letterhead {
            let at = claims.partition_point(|c| c.span.start <= l.span.start);
            claims.insert(at, l);
        }
        doc.claims = claims;
    }
}

/// A report that opens with its issuer's letterhead ("Press release of the Azawad
/// Liberation Front (FLA)", "COMMUNIQUE - General Staff of the Armed Forces", «
/// Communiqué du CSP-PSD ») is that party's word from the heading to its end, though no
/// verb of saying names it: the party the heading names right after the words speaks.
fn letterhead(doc: &Doc, w: &Words, lex: &ClaimLex) -> Option<Claim> {
    let text: &str = &doc.document.text;
    // (A heading, or any first line of its own that no full stop ends: a long one is no
    // heading to the segmenter.)
    let head = doc.sentences.first().filter(|s| {
        let rest = &text[s.span.end as usize..];
        s.heading
            || rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n')
                && !s.span.of(text).ends_with(['.', '!', '?'])
    })?;
    let (a, b) = w.bounds_of(head.span);
    let (e, channel) = (a..b.min(a + 2)).find_map(|i| lex.get(C::Letterhead, w, i))?;
    let start = w.words()[e.min(b - 1)].span.start;
    let issuer = doc
        .actors
        .iter()
        .find(|m| m.span.start >= start && m.span.end <= head.span.end)?;
    let (ia, ib) = w.bounds_of(issuer.span);
    // (Right after the words, past a dash, a preposition of origin or an article only,
    // not the heading's subject, "Communique on the attack by JNIM", « Déclaration de
    // l'UA sur l'attaque du JNIM » is the AU's, not JNIM's.)
    let origin = |i: usize| {
        matches!(
            w.norm(i),
            "-" | "–"
                | "—"
                | ":"
                | "of"
                | "from"
                | "by"
                | "the"
                | "du"
                | "de"
                | "des"
                | "d"
                | "l"
                | "la"
                | "le"
                | "les"
                | "'"
                | "’"
        )
    };
    // (Or the capitalized words of the office that issues it: "COMMUNIQUE - General
    // Staff of the Armed Forces of Mali".)
    if ia < e || !(e..ia).all(|i| origin(i) || w.words()[i].cap) {
        return None;
    }
    // (And nothing after it but its acronym, or a dash and a note: "- unofficial
    // translation". A newspaper's headline goes on: « Déclaration du JNIM : le groupe
    // revendique… ».)
    let mut k = ib;
    if k < b && w.norm(k) == "(" {
        while k < b && w.norm(k) != ")" {
            k += 1;
        }
        k += 1;
    }
    if k < b && !matches!(w.norm(k), "-" | "–" | "—") {
        return None;
    }
    let body = Span::new(head.span.end as usize, text.len());
    if body.start >= body.end {
        return None;
    }
    let within = |s: Span| body.contains(s);
    Some(Claim {
        by: speaker_of(issuer, issuer.span, "named", false),
        channel: Some(channel.to_string()),
        said_on: None,
        cue: None,
        stance: Stance::Asserts,
        accuses: false,
        hedged: false,
        span: body,
        cue_span: None,
        channel_span: Some(w.span(a, e)),
        said_on_span: None,
        quotes: quotes_in(w, b, w.len()),
        times: (0..doc.times.len())
            .filter(|&i| within(doc.times[i].span))
            .collect(),
        places: (0..doc.places.len())
            .filter(|&i| within(doc.places[i].span))
            .collect(),
        events: Vec::new(),
    })
}

/// A news medium speaking: a state's for its camp (its government), any other as an
/// independent voice.
fn outlet_speaker(o: &Outlet, span: Span) -> Speaker {
    Speaker {
        name: o.name.clone(),
        camp: Some(o.camp.clone().unwrap_or_else(|| "independent".into())),
        kind: "outlet".into(),
        actor_id: None,
        via: Some("named".into()),
        span: Some(span),
    }
}

fn text_of(doc: &Doc, s: Span) -> &str {
    doc.document
        .text
        .get(s.start as usize..s.end as usize)
        .unwrap_or("")
}

/// A speaker from an actor mention: a person speaks for their group.
fn speaker_of(
    m: &sitrep_core::records::ActorMention,
    span: Span,
    via: &str,
    as_group: bool,
) -> Speaker {
    let person = m.via == "person" && !(as_group && m.affiliation.is_some());
    let name = match (&m.affiliation, person) {
        (Some(group), false) if m.via == "person" => group.clone(),
        _ => m.name.clone(),
    };
    // (A news medium the actor stage took for an organisation is an outlet: « a rapporté
    // l'Agence d'information du Burkina », the state's agency, speaks for its government.)
    if m.camp.is_none()
        && m.actor_id.is_none()
        && let Some(o) = Registry::shared().find(&name).filter(|o| o.is_media())
    {
        return outlet_speaker(o, span);
    }
    Speaker {
        name,
        camp: m.camp.clone(),
        kind: if person { "person" } else { "actor" }.into(),
        actor_id: m.actor_id.clone(),
        via: Some(via.into()),
        span: Some(span),
    }
}

/// The end of a channel at word `i` ("in a statement") with the verb that tells how it
/// went out, when one follows ("… read on state television", « … rendu public »), within
/// `limit`.
fn aired_channel(w: &Words, lex: &ClaimLex, i: usize, limit: usize) -> Option<usize> {
    let (e, _) = lex.get(C::Channel, w, i).filter(|&(e, _)| e <= limit)?;
    Some(match lex.get(C::ChannelVerb, w, e) {
        Some((ve, _)) if e < limit && ve <= limit => sent_to(w, lex, ve, limit),
        _ => e,
    })
}

/// Past who a channel went to, right after its verb ("shared with reporters", "sent to
/// AFP", « transmise à la presse »): its preposition, determiners, then words of who is
/// told or a name (an outlet's), at most three; `i` itself when none follows.
fn sent_to(w: &Words, lex: &ClaimLex, i: usize, limit: usize) -> usize {
    let Some((mut j, _)) = lex.get(C::SentTo, w, i).filter(|&(e, _)| e < limit) else {
        return i;
    };
    while j < limit && (lex.has(C::Det, w, j) || matches!(w.norm(j), "'" | "’")) {
        j += 1;
    }
    let from = j;
    while j < limit
        && j - from < 3
        && (lex.has(C::Addressee, w, j) || w.words()[j].cap && w.words()[j].kind == TokenKind::Word)
    {
        j += 1;
    }
    if j > from { j } else { i }
}

/// [`Starts::EXTRA`] marks a word that starts a speaker pronoun.
const PRONOUN: u32 = Starts::EXTRA;

// `Starts` keeps bit 31 for pronouns; the kinds' bits are below it.
const _: () = assert!(C::ALL.len() <= 31);

/// The words each of the stage's three scans stops at: a subordinator ([`SUB`]), a
/// source or speaker pronoun ([`SPEAKER`]), a cue ([`CUE`]).
const SUB: u8 = 1;
const SPEAKER: u8 = 2;
const CUE: u8 = 4;
/// A quotation mark or punctuation: where [`marks`] may change its state.
const MARK: u8 = 8;

/// Is the word a quotation mark or punctuation ([`MARK`])?
#[inline(always)]
fn marker(x: &crate::words::Word) -> bool {
    matches!(
        x.kind,
        TokenKind::OpenQuote | TokenKind::CloseQuote | TokenKind::Punct
    )
}

/// Subordinate clauses: from a subordinator ("while", "when", "alors que", "lorsque")
/// to the next comma or the sentence end, each numbered (0: the main clauses). A
/// subject or a date inside one belongs to it, not to a cue outside it. (Not a comma in
/// brackets: « tandis que le Groupe de soutien à l'islam et aux musulmans (GSIM, ou
/// JNIM) a revendiqué » is one clause.)
fn subordinates(
    w: &Words,
    lex: &ClaimLex,
    starts: &WordBits,
    quoted: &[bool],
    paren: &[bool],
) -> Vec<u32> {
    let mut out = vec![0u32; w.len()];
    let mut id = 0;
    let mut i = 0;
    // (Words that start no subordinator are skipped, as the test below would.)
    while let Some(k) = starts.next(i, SUB) {
        i = k;
        if !quoted[i] && lex.has(C::Sub, w, i) {
            id += 1;
            let s = w.words()[i].sentence;
            while i < w.len() && w.words()[i].sentence == s && (w.norm(i) != "," || paren[i]) {
                out[i] = id;
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Which words are inside quotation marks and inside parentheses.
///
/// Sentence by sentence (each a range of words, [`Words::sentence_bounds`]), so that a
/// word is not asked for its sentence. Only quotation marks and punctuation change the
/// state: the words up to the next one (its [`MARK`] bit in `starts`, found eight words
/// a load, where a loop testing each word's kind cost some ten instructions a word) are
/// written as one run, or not at all outside quotes and brackets (most words), where the
/// vectors already hold `false`.
fn marks(w: &Words, starts: &WordBits) -> (Vec<bool>, Vec<bool>) {
    let n = w.len();
    let mut quoted = vec![false; n];
    let mut paren = vec![false; n];
    let mut q = false;
    // (Brackets open in the sentence: each sentence starts with none.)
    let mut p: u32;
    let mut quote_sentences = 0;
    let words = w.words();
    // The first mark at or after the last word asked (`n`: none). Kept across sentences:
    // one without a mark does not search past its end again at each sentence after it.
    let mut mark_at = starts.next(0, MARK).unwrap_or(n);
    // (A sentence without words, `(0, 0)`, is skipped: the state changed only at a
    // word of another sentence. At the first sentence with words the change does
    // nothing: no quotation is open, no bracket.)
    for &(a, b) in w.sentence_bounds() {
        if a >= b {
            continue;
        }
        p = 0;
        // A quotation left open for three sentences was a stray mark.
        if q {
            quote_sentences += 1;
            if quote_sentences > 3 {
                q = false;
            }
        }
        let mut i = a;
        loop {
            if mark_at < i {
                mark_at = starts.next(i, MARK).unwrap_or(n);
            }
            let next = mark_at.min(b);
            debug_assert_eq!(
                next,
                words[i..b].iter().position(marker).map_or(b, |k| i + k)
            );
            if q {
                quoted[i..next].fill(true);
            }
            if p > 0 {
                paren[i..next].fill(true);
            }
            if next == b {
                break;
            }
            i = next;
            match words[i].kind {
                TokenKind::OpenQuote => {
                    q = true;
                    quote_sentences = 0;
                    quoted[i] = true;
                    paren[i] = p > 0;
                }
                TokenKind::CloseQuote => {
                    quoted[i] = true;
                    q = false;
                    paren[i] = p > 0;
                }
                // Brackets are punctuation tokens: other words need no string
                // comparison.
                _ => {
                    quoted[i] = q;
                    match w.norm(i) {
                        "(" | "[" => {
                            p += 1;
                            paren[i] = true;
                        }
                        ")" | "]" => {
                            paren[i] = true;
                            p = p.saturating_sub(1);
                        }
                        _ => paren[i] = p > 0,
                    }
                }
            }
            i += 1;
        }
    }
    debug_assert!((quoted.clone(), paren.clone()) == marks_slow(w));
    (quoted, paren)
}

/// [`marks`] word by word, as it was written first: what debug builds check it against.
fn marks_slow(w: &Words) -> (Vec<bool>, Vec<bool>) {
    let n = w.len();
    let mut quoted = vec![false; n];
    let mut paren = vec![false; n];
    let (mut q, mut p) = (false, 0u32);
    let mut sent = 0u32;
    let mut quote_sentences = 0;
    for i in 0..n {
        let x = &w.words()[i];
        if x.sentence != sent {
            sent = x.sentence;
            p = 0;
            if q {
                quote_sentences += 1;
                if quote_sentences > 3 {
                    q = false;
                }
            }
        }
        match x.kind {
            TokenKind::OpenQuote => {
                q = true;
                quote_sentences = 0;
                quoted[i] = true;
            }
            TokenKind::CloseQuote => {
                quoted[i] = true;
                q = false;
            }
            _ => quoted[i] = q,
        }
        let bracket = if x.kind == TokenKind::Punct {
            w.norm(i)
        } else {
            ""
        };
        match bracket {
            "(" | "[" => {
                p += 1;
                paren[i] = true;
            }
            ")" | "]" => {
                paren[i] = true;
                p = p.saturating_sub(1);
            }
            _ => paren[i] = p > 0,
        }
    }
    (quoted, paren)
}

/// Actors (from the actor stage), anonymous sources and pronouns, left to right.
#[allow(clippy::too_many_arguments)]
fn candidates(
    doc: &Doc,
    w: &Words,
    lex: &ClaimLex,
    alex: &crate::actor::lex::ActorLex,
    dict: &crate::actor::dict::ActorDict,
    places: &crate::place::lex::PlaceLex,
    cues: &[Cue],
    starts: &WordBits,
    quoted: &[bool],
    paren: &[bool],
) -> Vec<Cand> {
    // (Room for the actors and a few sources and pronouns: grown from empty, it was
    // reallocated two or three times a report.)
    let mut out: Vec<Cand> = Vec::with_capacity(doc.actors.len() + 8);
    let mut i = 0;
    while let Some(k) = starts.next(i, SPEAKER) {
        i = k;
        // "a source close to JNIM", « des comptes proches du JNIM »: the party named
        // right after the tie (past its determiners) speaks, through its own.
        // (Only a source that is a source, "sources", "a source", « des comptes »: not
        // "residents close to the army camp".)
        let tied = match lex.get(C::Tied, w, i) {
            Some((e, _)) => Some(e),
            None => lex
                .get(C::Source, w, i)
                .map(|(e, _)| e)
                .filter(|&e| matches!(w.norm(e - 1), "source" | "sources")),
        }
        .and_then(|e| proxied(doc, w, lex, e));
        if let Some(k) = tied {
            let b = w.bounds_of(doc.actors[k].span).1;
            out.push(Cand {
                a: i,
                b,
                what: What::Actor(k),
                oblique: false,
            });
            i = b;
            continue;
        }
        // (« des sources sécuritaire et humanitaire »: sources of two kinds, each told
        // by its adjective in the singular, a form no source row spells.)
        // (Or the noun alone after a cue's « de »: « a-t-on appris de sources
        // sécuritaire et locale ».)
        let kinds = || {
            let noun = |k: usize| matches!(w.norm(k), "source" | "sources");
            let adj = if i + 2 < w.len() && matches!(w.norm(i), "des" | "les") && noun(i + 1) {
                i + 2
            } else if i > 0 && matches!(w.norm(i - 1), "de" | "d") && noun(i) {
                i + 1
            } else {
                return None;
            };
            lex.get(C::SourceAdj, w, adj)
                .filter(|&(e, _)| e < w.len() && matches!(w.norm(e), "et" | "and"))
        };
        // (Not the owner of what speaks: "the drivers' union said".)
        if let Some((mut e, camp)) = lex
            .get(C::Source, w, i)
            .or_else(kinds)
            .filter(|&(e, _)| e >= w.len() || !matches!(w.norm(e), "'" | "’"))
            // (Not one a known party's mention runs past: « des éleveurs peuls » are the
            // Fulani; "the mayor of Boni" is still the mayor.)
            .filter(|&(e, _)| {
                let sp = w.span(i, e);
                !doc.actors.iter().any(|m| {
                    m.camp.is_some()
                        && m.span.start < sp.end
                        && sp.start < m.span.end
                        && m.span.end > sp.end
                })
            })
        {
            // "l'ONG Femmes du Delta", "the charity Save the Children": an organisation's
            // name right after its kind is part of who speaks.
            if camp == "independent" {
                let s = w.words()[i].sentence;
                let name = |j: usize| {
                    w.get(j).is_some_and(|x| {
                        x.sentence == s
                            && x.cap
                            && x.kind == TokenKind::Word
                            && !doc.times.iter().any(|t| t.span.contains(x.span))
                    })
                };
                let mut j = e;
                while j < e + 6 && name(j) {
                    j += 1;
                    let connector = |x: usize| {
                        matches!(
                            w.norm(x),
                            "du" | "de"
                                | "des"
                                | "d"
                                | "of"
                                | "the"
                                | "la"
                                | "le"
                                | "l"
                                | "'"
                                | "’"
                        )
                    };
                    let mut k = j;
                    while k < j + 2 && w.get(k).is_some() && connector(k) {
                        k += 1;
                    }
                    if k > j && name(k) {
                        j = k;
                    }
                }
                e = j.max(e);
            }
            // "the governor of the Mopti region", « le gouverneur de la région de Mopti »:
            // the place an office serves is part of who speaks (the event stage then
            // knows it for no place of the event).
            let e = served_place(doc, w, lex, places, e).unwrap_or(e);
            // (A state's voice after a nationality is that state's: "Malian state
            // television" its government's, "Russian state television" or "the French
            // defence minister" no Sahel state's, of no camp here.)
            let camp = match (
                camp,
                i.checked_sub(1).and_then(|j| alex.get(A::Demonym, w, j)),
            ) {
                ("government", Some((de, c))) if de == i => dict
                    .of_country(c, &["military"])
                    .map_or("-", |k| static_camp(&dict.actors[k].camp)),
                _ => camp,
            };
            let (a, e, camp) = joined_kinds(w, lex, i, e, camp);
            out.push(Cand {
                a,
                b: e,
                what: What::Source(static_camp(camp)),
                oblique: false,
            });
            i = e;
            continue;
        }
        // ("The group" stands for the group named before, not when it opens a
        // description of its own: « le groupe armé », "the group of gunmen", "the
        // organisation that employs them".)
        let defined = |e: usize| {
            doc.actors.iter().any(|m| {
                let (a, b) = w.bounds_of(m.span);
                a < e && i < b.max(a + 1)
            }) || e < w.len()
                && matches!(
                    w.norm(e),
                    "that"
                        | "who"
                        | "which"
                        | "of"
                        | "qui"
                        | "que"
                        | "qu"
                        | "dont"
                        | "de"
                        | "du"
                        | "des"
                        | "d"
                )
        };
        // (And only as a subject right before its verb, or after a preposition: "The
        // group said", « le groupe a revendiqué », "a spokesman for the group"; « la
        // coalition internationale affirme », "the coalition forces said" are others.)
        let anaphoric = |e: usize| {
            e < w.len()
                && (lex.has(C::Cue, w, e)
                    || lex.has(C::Aux, w, e)
                    || matches!(w.norm(e), "," | "'" | "’")
                    || i > 0 && lex.has(C::Prep, w, i - 1)
                    || lex.has(C::Prep, w, i))
        };
        // (Who spoke last may also follow its verb: « …, ont rapporté les mêmes
        // sources ».)
        // (Or its attribution: « …, selon le même ministère. », "according to the
        // ministry".)
        let inverted = || {
            lex.ending_at(C::Cue, w, i, 3).is_some() || lex.ending_at(C::CuePrep, w, i, 3).is_some()
        };
        if let Some((e, v)) = alex.get(A::Pronoun, w, i)
            && (!(v == "group" || v.starts_with("speaker"))
                || !defined(e) && (anaphoric(e) || v.starts_with("speaker") && inverted()))
        {
            out.push(Cand {
                a: i,
                b: e,
                what: What::Pronoun {
                    group: v == "group",
                    speaker: speaker_camps(v),
                },
                oblique: false,
            });
        }
        i += 1;
    }
    for (k, m) in doc.actors.iter().enumerate() {
        let (a, b) = w.bounds_of(m.span);
        let b = b.max(a + 1);
        // An anonymous source wins over the description inside it ("local residents").
        if a >= w.len() || out.iter().any(|c| c.a < b && a < c.b) {
            continue;
        }
        out.push(Cand {
            a,
            b,
            what: What::Actor(k),
            oblique: false,
        });
    }
    // A news medium the outlet registry names, where no actor mention is, near a cue
    // (a teller is: "Reuters, citing a security source, reported", « selon l'Agence
    // d'information du Burkina (AIB) »).
    // (Only capitalized words near a cue, found by a search of their own: most words of
    // a report are neither.)
    const NEAR_CUE: usize = 12;
    let reg = Registry::shared();
    let mut i = 0;
    while let Some(k) = w.next_where(i, |k, x| {
        x.cap
            && cues
                .iter()
                .any(|c| c.a.saturating_sub(NEAR_CUE) <= k && k < c.b + NEAR_CUE)
    }) {
        i = k;
        let x = &w.words()[i];
        if !reg.may_open(w.norm(i)) || out.iter().any(|c| c.a <= i && i < c.b) {
            i += 1;
            continue;
        }
        // (The name's words in its sentence, its punctuation left out: "Agence
        // France-Presse", « l'Agence d'information du Burkina ».)
        // (A word may hold an elision, « d' ».) (On the stack: most such words open no
        // name, and a vector each cost two allocations.)
        let mut at = [0usize; 8];
        let mut ws = [""; 8];
        let mut n = 0;
        let mut j = i;
        while j < w.len() && n < 8 && w.words()[j].sentence == x.sentence {
            for piece in w.norm(j).split(|c: char| !c.is_alphanumeric()) {
                if !piece.is_empty() && n < 8 {
                    at[n] = j;
                    ws[n] = piece;
                    n += 1;
                }
            }
            j += 1;
        }
        let (at, ws) = (&at[..n], &ws[..n]);
        let caps = !text_of(doc, x.span).chars().any(char::is_lowercase);
        match reg.named_at(ws, caps).filter(|(_, o)| o.is_media()) {
            Some((n, o)) if !out.iter().any(|c| c.a < at[n - 1] + 1 && i < c.b) => {
                let b = at[n - 1] + 1;
                // (Its article with it, two words at most, so that a preposition before
                // governs it: « a déclaré à l'AFP un responsable », "told the AP".)
                let mut a = i;
                for _ in 0..2 {
                    if a > 0
                        && w.words()[a - 1].sentence == x.sentence
                        && matches!(w.norm(a - 1), "l" | "'" | "’" | "la" | "le" | "the")
                        && !out.iter().any(|c| c.a < a && a - 1 < c.b)
                    {
                        a -= 1;
                    }
                }
                // (Never the one told: « a déclaré à l'AFP un élu », "said to Reuters".)
                if a > 0 && lex.has(C::SentTo, w, a - 1) {
                    i = b;
                    continue;
                }
                out.push(Cand {
                    a,
                    b,
                    what: What::Outlet(o),
                    oblique: false,
                });
                i = b;
            }
            _ => i += 1,
        }
    }
    out.sort_by_key(|c| (c.a, std::cmp::Reverse(c.b)));
    for c in &mut out {
        c.oblique = quoted[c.a] || paren[c.a] || governed(w, lex, c.a);
    }
    out
}

/// The camps a definite noun for who spoke last may stand for, by its pronoun value:
/// `speaker` any, `speaker_state` a state's (the ministry), `speaker_un` the UN's (the
/// mission), `speaker_ngo` an organisation of no party (the medical charity).
fn speaker_camps(v: &str) -> Option<&'static [&'static str]> {
    match v {
        "speaker" => Some(&[]),
        "speaker_state" => Some(&["government"]),
        "speaker_un" => Some(&["international"]),
        "speaker_ngo" => Some(&["independent", "international"]),
        _ => None,
    }
}

/// The actor mention a source's tie at word `e` leads to ("close to the army", « proches
/// du JNIM », « proche de l'armée »): the tie, then at most three determiners or
/// apostrophes, then the mention's first word, in the source's sentence.
fn proxied(doc: &Doc, w: &Words, lex: &ClaimLex, e: usize) -> Option<usize> {
    let (f, _) = lex.get(C::Proxy, w, e)?;
    let s = w.get(e)?.sentence;
    let mut j = f;
    loop {
        let x = w.get(j).filter(|x| x.sentence == s)?;
        if let Some(k) = doc.actors.iter().position(|m| m.span.start == x.span.start) {
            // (An armed party or a state that ends the source's words: not "close to the
            // army's critics", "close to the JNIM hostage negotiations", "close to the
            // villagers".)
            let m = &doc.actors[k];
            let (_, b) = w.bounds_of(m.span);
            let ends = w.get(b).is_none_or(|y| {
                y.sentence != s
                    || y.kind == TokenKind::Punct && !matches!(w.norm(b), "'" | "’")
                    || lex.has(C::Cue, w, b)
                    || lex.has(C::Aux, w, b)
                    // (Past an adverb: "a message attributed to JNIM later claimed".)
                    || lex.get(C::Adverb, w, b).is_some_and(|(ae, _)| {
                        w.get(ae).is_some_and(|z| z.sentence == s)
                            && (lex.has(C::Cue, w, ae) || lex.has(C::Aux, w, ae))
                    })
                    // (Or a short phrase of where, opened by a preposition, right before
                    // the verb: « l'association des dozos de la zone a reconnu ».)
                    || lex.has(C::Prep, w, b)
                        && (b + 2..(b + 5).min(w.len())).any(|v| {
                            (b + 1..v).all(|x| {
                                w.get(x).is_some_and(|z| {
                                    z.sentence == s
                                        && !z.cap
                                        && (z.kind == TokenKind::Word
                                            || matches!(w.norm(x), "'" | "’"))
                                })
                            }) && (lex.has(C::Cue, w, v) || lex.has(C::Aux, w, v))
                        })
            });
            let party = matches!(
                m.camp.as_deref(),
                Some("government" | "rebel" | "jihadist" | "militia")
            );
            return (ends && party).then_some(k);
        }
        if j >= f + 3 || !(lex.has(C::Det, w, j) || matches!(w.norm(j), "'" | "’")) {
            return None;
        }
        j += 1;
    }
}

/// Where the place a source serves, named right after it ("of Mopti", "of the Mopti
/// region", « de la région de Mopti », « du cercle de Bankass »), ends: past the
/// preposition, an area phrase of the place lexicon (`trigger`) or an article, the
/// place mention starting there, and an area word after it (`region_post`).
fn served_place(
    doc: &Doc,
    w: &Words,
    lex: &ClaimLex,
    places: &crate::place::lex::PlaceLex,
    e: usize,
) -> Option<usize> {
    use crate::place::lex::P;
    if e >= w.len() || !matches!(w.norm(e), "of" | "de" | "du" | "d" | "des") {
        return None;
    }
    let s = w.words()[e].sentence;
    // (« du cercle de »: the area phrase starts at the fused article itself.)
    let j = match places
        .get(P::Trigger, w, e)
        .or_else(|| places.get(P::Trigger, w, e + 1))
    {
        Some((t, _)) => t,
        None if lex.has(C::Det, w, e + 1) => e + 2,
        None => e + 1,
    };
    let x = w.get(j).filter(|x| x.sentence == s)?;
    let place = doc.places.iter().find(|p| p.span.start == x.span.start)?;
    let (_, b) = w.bounds_of(place.span);
    // (English names the area after the place: "of the Mopti region".)
    Some(match places.get(P::RegionPost, w, b) {
        Some((r, _)) if w.words()[r - 1].sentence == s => r,
        _ => b,
    })
}

/// The camps a source may have, as static strings (the lexicon validated them).
fn static_camp(camp: &str) -> &'static str {
    match camp {
        "government" => "government",
        "rebel" => "rebel",
        "jihadist" => "jihadist",
        "independent" => "independent",
        "community" => "community",
        _ => "-",
    }
}

/// A conjunction that, after a comma, opens a clause of its own (", and the army
/// acknowledged…", « , et l'armée a reconnu… »).
fn coordinating(norm: &str) -> bool {
    matches!(norm, "and" | "but" | "et" | "mais")
}

/// True when a preposition governs the phrase starting at word `a` (skipping its
/// determiners): "of mercenaries", "with the Malian Armed Forces".
fn governed(w: &Words, lex: &ClaimLex, a: usize) -> bool {
    let mut j = a;
    for _ in 0..2 {
        if j > 0 && lex.has(C::Det, w, j - 1) {
            j -= 1;
        }
    }
    // The mention may itself begin with its determiner ("the CSP-PSD").
    // (« tandis que le gouvernement a annoncé »: the « que » of a subordinator opens a
    // clause whose subject follows it.)
    // (", and the army acknowledged…": a conjunction after a comma opens a clause too.)
    let clause_and =
        |end: usize| end >= 2 && coordinating(w.norm(end - 1)) && w.norm(end - 2) == ",";
    // (Not the author of a count: « un bilan de la société civile fait état de
    // vingt-cinq morts », "a tally from local officials put the toll at 21"; nor of a
    // statement: « un communiqué de l'armée fait état de », "a statement from the
    // army reported".)
    let prep = |end: usize| {
        lex.ending_at(C::Prep, w, end, 3).is_some_and(|p| {
            lex.ending_at(C::Tally, w, p, 3).is_none()
                && lex.ending_at(C::Channel, w, p, 3).is_none()
                || !authored_by(w, p, end, a)
        }) && lex.ending_at(C::Sub, w, end, 3).is_none()
            && !clause_and(end)
    };
    // (« Des combattants du JNIM ont attaqué… »: « des » opening a sentence is an
    // article, its noun the subject.)
    let opens = |end: usize| {
        end >= 1
            && lex.has(C::Article, w, end - 1)
            && (end == 1 || w.words()[end - 2].sentence != w.words()[end - 1].sentence)
    };
    prep(j) && !opens(j) || (lex.has(C::Det, w, a) && prep(a) && !opens(a))
}

/// Who a statement or count at word `i` comes from, past its preposition: "a statement
/// from the army", « un communiqué de l'armée », « un bilan de la société civile », "a
/// statement issued by JNIM", « un communiqué signé par le porte-parole du JNIM ».
fn channel_author(w: &Words, lex: &ClaimLex, cands: &[Cand], i: usize) -> Option<Cand> {
    let at = i + usize::from(lex.has(C::Det, w, i));
    let mut e = lex
        .get(C::Tally, w, i)
        .or_else(|| lex.get(C::Channel, w, at))
        .map(|(e, _)| e)?;
    if let Some((ve, _)) = lex.get(C::ChannelVerb, w, e)
        && ve < w.len()
        && matches!(w.norm(ve), "by" | "par")
    {
        e = ve;
    }
    let (pe, _) = lex.get(C::Prep, w, e)?;
    // (A source may begin with its preposition fused with its article, « un communiqué
    // du gouverneur »: its name starts past it.)
    cands
        .iter()
        .find(|c| c.a >= pe && c.a <= pe + 1 && authored_by(w, e, pe, c.a))
        .copied()
        .or_else(|| {
            cands
                .iter()
                .find(|c| c.a == e && pe == e + 1 && matches!(c.what, What::Source(..)))
                .map(|c| Cand { a: pe, ..*c })
        })
}

/// The preposition from `p` to `end` names the author of a count or statement, the
/// phrase at word `a` whole: "a toll from local officials", « un bilan de la société
/// civile »; not what it counts, "the toll of the army's raid".
fn authored_by(w: &Words, p: usize, end: usize, a: usize) -> bool {
    !(p..end).any(|i| w.norm(i) == "of")
        && !(a + 1..(a + 4).min(w.len().saturating_sub(1)))
            .any(|i| matches!(w.norm(i), "'" | "’") && w.norm(i + 1) == "s")
}

/// Reporting cues, attributions and self-sourced attributions outside quotations.
fn find_cues(w: &Words, lex: &ClaimLex, starts: &WordBits, quoted: &[bool]) -> Vec<Cue> {
    // (Room for a report's cues at once: grown from empty, the vector was reallocated
    // in most reports.)
    let mut out = Vec::with_capacity(8);
    let mut i = 0;
    while let Some(k) = starts.next(i, CUE) {
        i = k;
        if quoted[i] || w.words()[i].kind != TokenKind::Word {
            i += 1;
            continue;
        }
        let stance = |v: &str| {
            if v == "denies" {
                Stance::Denies
            } else {
                Stance::Asserts
            }
        };
        // (« de sources sécuritaire et locale »: sources of two kinds, each told by its
        // adjective.)
        let kinds = || {
            if !(matches!(w.norm(i), "de" | "from")
                && matches!(w.norm(i + 1), "source" | "sources"))
            {
                return None;
            }
            lex.get(C::SourceAdj, w, i + 2)
        };
        let found = if let Some((e, camp)) = lex.get(C::Attrib, w, i).or_else(kinds) {
            let (_, e, camp) = joined_kinds(w, lex, i, e, camp);
            Some(Cue {
                a: i,
                b: e,
                kind: CueKind::Attrib(static_camp(camp)),
                stance: Stance::Asserts,
                accuses: false,
            })
        } else if let Some((e, v)) = lex
            .get(C::CuePrep, w, i)
            // (An attribution that begins at its last word names the source whole:
            // « a-t-on appris de source sécuritaire ».)
            .filter(|&(e, _)| !(e > i + 1 && lex.has(C::Attrib, w, e - 1)))
            // (Nor one that says how a name is spelled: « (GSIM, JNIM selon l'acronyme
            // arabe) », "(JNIM, according to its Arabic acronym)": nobody speaks.)
            .filter(|&(e, _)| {
                !(e..(e + 3).min(w.len())).any(|k| {
                    matches!(
                        w.norm(k),
                        "acronyme" | "acronym" | "sigle" | "abreviation" | "abbreviation"
                    )
                })
            })
        {
            Some(Cue {
                a: i,
                b: e,
                kind: CueKind::Prep,
                stance: stance(v),
                accuses: false,
            })
        } else if let Some((e, v)) = lex
            .get(C::Cue, w, i)
            // (Or read across an adverb after its first word: « avance pour sa part le
            // chiffre de 14 morts », "put, for their part, the toll at".)
            .or_else(|| {
                let (g, _) = lex.get(C::Adverb, w, i + 1)?;
                let (e, v) = lex.table(C::Cue).longest_across(w, i, i + 1, g)?;
                Some((e, v.as_str()))
            })
            .filter(|&(e, _)| !passive_cue(w, lex, i, e) && !attributive(w, lex, i, e))
            // (Not the end of a name: "their relatives in the United States".)
            .filter(|_| {
                !(i > 0 && w.words()[i].cap && w.words()[i - 1].cap && w.same_sentence(i - 1, i))
            })
            // (Nor a name after its preposition: "45 km south-west of Say", "the road to
            // Say", Niger's town.)
            .filter(|_| {
                !(i > 0
                    && w.words()[i].cap
                    && w.same_sentence(i - 1, i)
                    && lex.has(C::Prep, w, i - 1))
            })
        {
            // The auxiliary belongs to the cue: "a dénoncé", "had claimed".
            let mut a = i;
            while a > 0 && i - a < 2 && lex.has(C::Aux, w, a - 1) && !quoted[a - 1] {
                a -= 1;
            }
            Some(Cue {
                a,
                b: e,
                kind: CueKind::Verb,
                stance: stance(v),
                accuses: v == "accuses",
            })
        } else {
            None
        };
        // (Nor a cue word inside a channel: asked only of a cue found, where it was asked
        // of every word a cue may start at, four channel lookups each.)
        match found {
            Some(cue) if !in_channel(w, lex, i) => {
                out.push(cue);
                i = cue.b;
            }
            _ => i += 1,
        }
    }
    out
}

/// "humanitarian and local sources", « de sources sécuritaires et locales »: a kind of
/// source joined before a source phrase `a..b` or after it makes it longer, one speaker
/// of both kinds: its new bounds and camp (two camps leave it open).
fn joined_kinds<'a>(
    w: &Words,
    lex: &'a ClaimLex,
    a: usize,
    b: usize,
    camp: &'a str,
) -> (usize, usize, &'a str) {
    if !(a..b).any(|i| matches!(w.norm(i), "source" | "sources")) {
        return (a, b, camp);
    }
    let of = |c: &'a str| if c == "community" { "independent" } else { c };
    let merged = |c: &'a str| if of(c) == of(camp) { camp } else { "-" };
    let and = |i: usize| matches!(w.norm(i), "and" | "et");
    if a >= 2
        && and(a - 1)
        && w.same_sentence(a - 2, a)
        && let Some((e, c)) = lex.get(C::SourceAdj, w, a - 2)
        && e == a - 1
    {
        return (a - 2, b, merged(c));
    }
    if b + 1 < w.len()
        && and(b)
        && w.same_sentence(b, b + 1)
        && let Some((e, c)) = lex.get(C::SourceAdj, w, b + 1)
    {
        return (a, e, merged(c));
    }
    (a, b, camp)
}

/// A cue right after a relative pronoun ("JNIM, which claimed…", « selon l'armée, qui
/// fait état de… »): its subject is the phrase before the pronoun.
fn after_relative(w: &Words, a: usize) -> bool {
    a > 0 && matches!(w.norm(a - 1), "who" | "which" | "qui")
}

/// A cue word that only says how something went out: inside a channel ("in a claim
/// posted on Telegram", « dans une revendication ») or its verb right after one.
fn in_channel(w: &Words, lex: &ClaimLex, i: usize) -> bool {
    (1..=4.min(i)).any(|k| {
        lex.get(C::Channel, w, i - k)
            .is_some_and(|(e, _)| e > i || e == i && lex.get(C::ChannelVerb, w, i).is_some())
    })
}

/// "over an alleged coup plot", "the claimed attack": a one-word cue between a
/// determiner and a noun qualifies the noun; nobody speaks.
fn attributive(w: &Words, lex: &ClaimLex, a: usize, b: usize) -> bool {
    b == a + 1
        && a > 0
        && w.same_sentence(a - 1, b)
        && lex.has(C::Det, w, a - 1)
        && w.words()[b].kind == TokenKind::Word
        && !w.words()[b].cap
        && !matches!(w.norm(b), "by" | "par" | "that" | "que" | "qu" | "to")
}

/// "The deaths were blamed on Dozo militiamen", "JNIM is said to…": a reporting verb
/// made passive has no speaker for subject, and none at all unless "by" names one.
/// ("The army is saying" is progressive, not passive.) Its participle qualifying a noun
/// is passive without the auxiliary ("two teachers accused of inciting violence"),
/// unless one of the verb's own stands before it (« a accusé de nouveau la France »).
fn passive_cue(w: &Words, lex: &ClaimLex, a: usize, b: usize) -> bool {
    let made_passive = a > 0
        && lex.has(C::Passive, w, a - 1)
        && !w.norm(a).ends_with("ing")
        && !(b < w.len() && matches!(w.norm(b), "by" | "par"));
    made_passive || lex.has(C::Participle, w, a) && !(a > 0 && lex.has(C::Aux, w, a - 1))
}

/// Where the noun phrase whose head starts at word `a` begins: its determiners
/// included, not before `floor`.
fn np_start(w: &Words, lex: &ClaimLex, a: usize, floor: usize) -> usize {
    let mut j = a;
    while j > floor && lex.has(C::Det, w, j - 1) {
        j -= 1;
    }
    j
}

/// The camp an unknown speaker's own words tell ("a gendarmerie source", "a medical
/// NGO", « un collectif contre l'impunité »): the one its camp words share, else none
/// (a word of no camp, "a security analyst", « un ancien officier », leaves it open).
fn worded_camp(w: &Words, lex: &ClaimLex, a: usize, b: usize) -> &'static str {
    let mut camp = None;
    for i in a..b {
        if let Some((e, c)) = lex.get(C::CampWord, w, i)
            && e <= b
        {
            let c = static_camp(c);
            let c = if c == "community" { "independent" } else { c };
            if camp.is_some_and(|x| x != c) {
                return "-";
            }
            camp = Some(c);
        }
    }
    camp.unwrap_or("-")
}

/// A speaker named by its own words, no dictionary entry ("local sources", "a
/// spokesman"): `camp` is a lexicon value, `-` when unstated.
fn anonymous(text: &str, span: Span, camp: &str) -> Speaker {
    Speaker {
        name: span.of(text).to_string(),
        camp: match camp {
            "-" => None,
            "community" => Some("independent".to_string()),
            c => Some(c.to_string()),
        },
        kind: "anonymous".into(),
        span: Some(span),
        via: Some("named".into()),
        actor_id: None,
    }
}

/// Skips a complementizer opening the content ("said that", "a indiqué qu'").
fn skip_that(w: &Words, lex: &ClaimLex, in_time: &[bool], i: usize) -> usize {
    // (Past where and when it was said: "announced in Agadez on Saturday that…", « a
    // annoncé le 5 courant à Dirkou qu'elle… »; only prepositions, articles, names,
    // figures, dates and commas between.)
    let mut j = i;
    while j < w.len() && j < i + 7 {
        if let Some((e, _)) = lex.get(C::That, w, j)
            && w.norm(j) != "to"
        {
            return e;
        }
        let x = &w.words()[j];
        let adverbial = lex.has(C::Prep, w, j)
            || lex.has(C::Det, w, j)
            || x.cap
            || x.kind == TokenKind::Number
            || in_time[j]
            || w.norm(j) == ",";
        if !adverbial || x.sentence != w.words()[i].sentence {
            break;
        }
        j += 1;
    }
    i
}

/// True when punctuation other than hyphens lies between words `a` and `b`.
fn crosses_punct(w: &Words, a: usize, b: usize) -> bool {
    (a..b).any(|i| w.words()[i].kind == TokenKind::Punct && !matches!(w.norm(i), "-" | "t"))
}

/// Trims punctuation and dangling conjunctions from both ends of a content range,
/// keeping quotation marks that belong to it.
fn trim(w: &Words, lex: &ClaimLex, mut a: usize, mut b: usize) -> (usize, usize) {
    let loose = |i: usize| {
        let x = &w.words()[i];
        x.kind == TokenKind::Punct && !matches!(w.norm(i), "(" | ")" | "%")
    };
    while a < b && loose(a) {
        a += 1;
    }
    while b > a
        && (loose(b - 1)
            || lex.has(C::Aux, w, b - 1)
            || (lex.has(C::Prep, w, b - 1) && matches!(w.norm(b - 1), "and" | "et")))
    {
        b -= 1;
    }
    (a, b)
}

/// Quotations inside a word range, marks included.
fn quotes_in(w: &Words, a: usize, b: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in a..b {
        match w.words()[i].kind {
            TokenKind::OpenQuote => open = Some(i),
            TokenKind::CloseQuote => {
                if let Some(o) = open.take() {
                    out.push(w.span(o, i + 1));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests;
