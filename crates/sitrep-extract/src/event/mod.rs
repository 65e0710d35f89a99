//! The event stage: mentions become the records analysts count (DESIGN §3 Event
//! mention), in ACLED's vocabulary.
//!
//! 1. Triggers (`data/lexicon/*/events.tsv`) name a class ("attack", "seize"); negated
//!    ones ("no clashes") are dropped, unreal ones ("if …", "seemed imminent", "vowed to
//!    retake") kept as background.
//! 2. Triggers of one sentence and one clause are one event; each event takes its
//!    actors from light syntax (the subject of an active verb, the agent of a passive,
//!    "between X and Y", "fell into the hands of X", a taker "reinvested by X"), its
//!    own date and place (those of its clause, nearest first; not the date a claim was
//!    made), and its casualties (the quantity stage's figures, parts never added).
//! 3. The codebook's rules (`data/acled/codebook.toml`) turn the class into a sub-event
//!    type from what the sentence says of actors and victims.
//! 4. Later mentions of an event merge into it: an anaphoric noun ("the clashes",
//!    "these operations"), or an undated trigger of the same type right after. Claims
//!    carry the events their content names, else the event they follow; an event with
//!    no actors of its own takes its claims' speakers.
//! 5. History (dated over a year before publication) and unreal events are marked
//!    `background`; events are ordered by salience.

pub mod codebook;
pub mod lex;

use crate::WordStage;
use crate::actor::dict::{ActorDict, ActorEntry};
use crate::claim::lex::{C, ClaimLex};
use crate::resources::Resources;
use crate::words::Words;
use codebook::{Codebook, Facts, Kind};
use lex::{E, EventLex, Trigger};
use sitrep_core::records::{
    ActorMention, Claim, Dateline, EventActor, EventDate, EventLocation, EventMention, Fatalities,
    PlaceMention, TimeMention,
};
use sitrep_core::{Date, Doc, Lang, Span, TokenKind};
use std::sync::Arc;

pub struct EventStage {
    res: Arc<Resources>,
    /// Per language, indexed by word id: the kinds of phrase that may start with the
    /// word ([`first_table`]), for [`Firsts`].
    first: [Vec<u32>; 2],
    classes: ClassIds,
}

/// The codebook classes [`triggers`] asks for by key, found once.
#[derive(Clone, Copy)]
struct ClassIds {
    gunfire: Option<usize>,
    weapons: Option<usize>,
    protest: Option<usize>,
    withdraw: Option<usize>,
    takeover: Option<usize>,
    territory: Option<usize>,
}

impl ClassIds {
    fn of(cb: &Codebook) -> ClassIds {
        let class = |key: &str| cb.classes.iter().position(|c| c.key == key);
        ClassIds {
            gunfire: class("gunfire"),
            weapons: class("weapons"),
            protest: class("protest"),
            withdraw: class("withdraw"),
            takeover: class("takeover"),
            territory: class("territory"),
        }
    }
}

impl EventStage {
    pub fn new(res: Arc<Resources>) -> EventStage {
        let classes = ClassIds::of(res.codebook());
        let takes = classes.territory.is_some();
        let first = [Lang::En, Lang::Fr].map(|lang| {
            first_table(
                res.event_lex(lang),
                res.claim_lex(lang),
                res.vocab(lang),
                takes,
            )
        });
        EventStage {
            res,
            first,
            classes,
        }
    }
}

/// [`Firsts`] lists, by the bit of [`first_table`] that puts a word in one: a phrase
/// of a kind the stage scans every word for may start at the word (its first word is
/// right). A trigger or a phrase of taking ([`E::Take`], when the codebook has a
/// territory class), a clause opener (a claims lexicon subordinator or an "if" that
/// starts an [`E::Irrealis`] phrase), a claims lexicon cue that denies, a taker phrase, an allegation
/// ([`E::Alleged`]), a claim of responsibility.
const TRIG: usize = 0;
const CLAUSE: usize = 1;
const CUE: usize = 2;
const TAKER: usize = 3;
const ALLEGED: usize = 4;
const RESP: usize = 5;
const LISTS: usize = 6;

/// The kinds whose phrases the stage looks for in stretches of words (a clause, a
/// sentence, the words before a trigger: [`Idx::starts_in`]), a bit each in
/// [`Firsts::kinds`] by their place here: some thirty scans an event, where a table
/// lookup per word cost five instructions and a load of four words' bits costs two.
const SCANNED: [E; 13] = [
    E::Target,
    E::Defender,
    E::Guard,
    E::Modifier,
    E::Plural,
    E::Disarmed,
    E::Anaphor,
    E::Force,
    E::Irrealis,
    E::Reason,
    E::Purpose,
    E::Inert,
    E::Habitual,
];

/// Where the [`SCANNED`] kinds' bits are in a [`first_table`] entry: above the lists'.
const SCANNED_SHIFT: u32 = 8;

/// The bit of a [`SCANNED`] kind in [`Firsts::kinds`] (a constant where `kind` is).
#[inline(always)]
fn scanned_bit(kind: E) -> u16 {
    let mut k = 0;
    while k < SCANNED.len() {
        if SCANNED[k] == kind {
            return 1 << k;
        }
        k += 1;
    }
    panic!("not a scanned kind")
}

/// Indexed by word id (`vocab`'s, from 1): the [`Firsts`] lists the word goes in, a bit
/// each, and above them ([`SCANNED_SHIFT`]) the [`SCANNED`] kinds whose phrases may
/// start with it. `takes`: the codebook has a territory class, so phrases of taking are
/// asked.
fn first_table(
    lex: &EventLex,
    clex: &ClaimLex,
    vocab: &crate::words::Vocab,
    takes: bool,
) -> Vec<u32> {
    let mut t = vec![0u32; vocab.len() + 1];
    let mut set = |ids: &[u32], list: usize| {
        for &id in ids {
            if t.len() <= id as usize {
                t.resize(id as usize + 1, 0);
            }
            t[id as usize] |= 1 << list;
        }
    };
    set(lex.trigger_first_ids(), TRIG);
    if takes {
        set(lex.table(E::Take).first_ids(), TRIG);
    }
    // ([`regions`] asks an irrealis phrase only at "if": where one starts with another
    // word ("the", "in"), no clause opens unless a subordinator starts there too.)
    let if_id = vocab.id("if");
    if if_id != 0 && lex.table(E::Irrealis).starts_with_id(if_id) {
        set(&[if_id], CLAUSE);
    }
    set(lex.table(E::Taker).first_ids(), TAKER);
    set(lex.table(E::Alleged).first_ids(), ALLEGED);
    set(lex.table(E::Responsibility).first_ids(), RESP);
    // ([`denials`] asks only for denying cues: a word that starts none, "said", "told",
    // cannot start one.)
    let denying: Vec<u32> = (clex.table(C::Cue))
        .first_ids_where(|v| v == "denies")
        .collect();
    set(&denying, CUE);
    for (id, x) in t.iter_mut().enumerate() {
        if clex.first_kinds(id as u32) & C::Sub.bit() != 0 {
            *x |= 1 << CLAUSE;
        }
    }
    for (k, &kind) in SCANNED.iter().enumerate() {
        for &id in lex.table(kind).first_ids() {
            if t.len() <= id as usize {
                t.resize(id as usize + 1, 0);
            }
            t[id as usize] |= 1 << (SCANNED_SHIFT as usize + k);
        }
    }
    debug_assert!(t.iter().enumerate().all(|(id, &x)| {
        (SCANNED.iter().enumerate()).all(|(k, &kind)| {
            ((x >> (SCANNED_SHIFT as usize + k)) & 1 != 0)
                == lex.table(kind).starts_with_id(id as u32)
        })
    }));
    t
}

/// Per scanned kind, the words of a document where a phrase of that kind may start, in
/// order ([`first_table`]). The stage scans all the words for several kinds (triggers,
/// clause openers, cues, takers, allegations, claims of responsibility), and
/// most words start none of them: one pass reads each word's bits once, and each scan
/// then walks its own short list ([`Scan`]) where a lookup per word and table cost a
/// dozen instructions.
struct Firsts {
    lists: [Vec<u32>; LISTS],
    /// Per word, the [`SCANNED`] kinds whose phrases may start at it (a bit each, by
    /// [`scanned_bit`]), and four zeros after the last word: for [`Firsts::next_kind`].
    kinds: Vec<u16>,
}

impl Firsts {
    fn new(w: &Words, table: &[u32]) -> Firsts {
        let words = w.words();
        // (Room for the triggers and clause openers at once: about one word in ten each.)
        let mut lists: [Vec<u32>; LISTS] = std::array::from_fn(|k| {
            Vec::with_capacity(if k == TRIG || k == CLAUSE {
                words.len() / 8
            } else {
                8
            })
        });
        let bits = |x: &crate::words::Word| table.get(x.id as usize).copied().unwrap_or(0);
        let mut kinds = Vec::with_capacity(words.len() + 4);
        let kind = |t: u32| (t >> SCANNED_SHIFT) as u16;
        let mut push = |i: usize, mut b: u8| {
            while b != 0 {
                lists[b.trailing_zeros() as usize].push(i as u32);
                b &= b - 1;
            }
        };
        // (Four words at a time: their bits or-ed, one branch, where a branch per word
        // cost a third more; four words in ten have none.)
        let mut chunks = words.chunks_exact(4);
        let mut at = 0;
        for c in &mut chunks {
            let t = [bits(&c[0]), bits(&c[1]), bits(&c[2]), bits(&c[3])];
            kinds.extend_from_slice(&[kind(t[0]), kind(t[1]), kind(t[2]), kind(t[3])]);
            let b = t.map(|t| t as u8);
            if b[0] | b[1] | b[2] | b[3] != 0 {
                for (k, &b) in b.iter().enumerate() {
                    push(at + k, b);
                }
            }
            at += 4;
        }
        for (k, x) in chunks.remainder().iter().enumerate() {
            let t = bits(x);
            kinds.push(kind(t));
            push(at + k, t as u8);
        }
        kinds.extend_from_slice(&[0; 4]);
        Firsts { lists, kinds }
    }

    /// The first word of `from..to` (`to` at most the number of words) where a phrase
    /// of a kind of `mask` ([`scanned_bit`]) may start, if any: four words' bits a load.
    #[inline]
    fn next_kind(&self, mut i: usize, to: usize, mask: u16) -> Option<usize> {
        let all = u64::from(mask) * 0x0001_0001_0001_0001;
        while i < to {
            let c: [u16; 4] = self.kinds[i..i + 4]
                .try_into()
                .expect("four words: the padding");
            let v = (u64::from(c[0])
                | u64::from(c[1]) << 16
                | u64::from(c[2]) << 32
                | u64::from(c[3]) << 48)
                & all;
            if v != 0 {
                let j = i + (v.trailing_zeros() / 16) as usize;
                return (j < to).then_some(j);
            }
            i += 4;
        }
        None
    }

    /// The words of one list ([`TRIG`] …), in order.
    fn list(&self, list: usize) -> &[u32] {
        &self.lists[list]
    }

    /// A scan of one list, from the first word on.
    fn scan(&self, list: usize) -> Scan<'_> {
        Scan {
            list: &self.lists[list],
            k: 0,
            from: 0,
        }
    }
}

/// A walk over a [`Firsts`] list, asked for words further and further on.
struct Scan<'a> {
    list: &'a [u32],
    /// The next entry of `list` to look at.
    k: usize,
    /// The last word asked from (a scan never goes back).
    from: usize,
}

impl Scan<'_> {
    /// The first word of the list from `from` on. `from` may not be less than in the
    /// call before.
    #[inline]
    fn next(&mut self, from: usize) -> Option<usize> {
        debug_assert!(from >= self.from, "a scan goes forward");
        self.from = from;
        while let Some(&i) = self.list.get(self.k) {
            if i as usize >= from {
                return Some(i as usize);
            }
            self.k += 1;
        }
        None
    }
}

/// One trigger occurrence.
#[derive(Debug, Clone, Copy)]
struct Trig {
    a: usize,
    b: usize,
    t: Trigger,
    sentence: usize,
    region: u32,
    unreal: bool,
    /// "the clashes", "these operations": a mention of an event already told.
    definite: bool,
    /// The whole heading before a colon that opens its sentence ("Arrests: police
    /// arrested…", « Pillage : … »): the kind of event the note says it reports.
    label: bool,
    /// Told after the event it joined, of what went with it (the damage it did, a
    /// clash in a riot, the other side's account): it does not name that event.
    joined: bool,
    /// The hurt a figure counts as those a verb of care tells of ("treated twenty
    /// wounded", « une quinzaine de blessés ont été admis »): people cared for, whose
    /// wounding nobody in the sentence did.
    cared: bool,
    /// The hold a retaking ended, told in a relative clause ("retook Dinangourou, which
    /// had been occupied since February by the Katiba Macina"): no event of its own,
    /// its doer the side the retaking hit.
    held: bool,
}

/// An event being assembled.
#[derive(Debug, Clone)]
struct Ev {
    trigs: Vec<Trig>,
    /// Classes of the triggers (codebook indices); the highest priority names it.
    classes: Vec<usize>,
    a1: Option<usize>,
    a2: Option<usize>,
    assoc1: Vec<usize>,
    assoc2: Vec<usize>,
    taker: bool,
    time: Option<usize>,
    place: Option<usize>,
    /// Quantity indices of its casualties.
    casualties: Vec<usize>,
    claims: Vec<usize>,
    evidence: Vec<Span>,
    /// Sentences it was told in (for assembling actors and merging).
    sentences: Vec<usize>,
    unreal: bool,
    definite: bool,
    /// Its date is not right next to its trigger (an anaphoric mention's date may be
    /// something else's: "no assessment of the clashes was possible Monday").
    time_far: bool,
    /// Its place was read from an anaphor ("reinforcements were sent to the area"):
    /// the last town named before, which a definite mention's event need not share.
    place_far: bool,
    target_civilian: Option<bool>,
    /// What was burned or looted is a village or hamlet (its people were attacked).
    target_settlement: bool,
    /// What was burned or attacked is the state's building ("the town hall").
    target_public: bool,
    /// Whose forces the place or unit hit belongs to when nobody is named ("a
    /// gendarmerie post": police; "a military convoy": military).
    target_force: Option<String>,
    mods: Vec<String>,
    /// Locals who fought the attackers off ("village self-defense repelled the
    /// attack"): the word span naming them, or the trigger's when only "the attack was
    /// repelled" says so. ACLED codes them as a communal militia and the event a battle.
    defenders: Option<(usize, usize)>,
    /// Its subject fought back ("Soldiers and police fought back, killing one"): told
    /// after an attack, it is that attack's other side, not an event of its own.
    fights_back: bool,
    /// Its victims could not fight ("assassinated at his home", "an off-duty
    /// gendarme"): ACLED codes violence against civilians whoever they are.
    disarmed: bool,
    /// Its actor1 is what a pronoun stands for ("They then looted shops"): no actor of
    /// its own, as a part of the event told before.
    a1_pronoun: bool,
    /// Clauses of its sentence that tell another event ("…, while a drone strike killed
    /// five militants"): their tolls are that event's.
    foreign_regions: Vec<u32>,
    /// The words its toll may be told in (a repeat and the deed before it in one
    /// sentence share out its figures at the repeat's trigger).
    toll_words: (usize, usize),
    /// A repeat follows it in its sentence ("the day after a battle with residents,
    /// gunmen attacked again"): the sentence's news is the repeat, not this.
    repeated: bool,
    /// It takes people (an arrest): who it took is who it hit.
    taking: bool,
}

/// The document, indexed by word.
struct Idx<'a> {
    doc: &'a Doc,
    w: &'a Words,
    /// What may start at each word.
    first: Firsts,
    sentences: &'a [(usize, usize)],
    region: Vec<u32>,
    actors: Vec<(usize, usize)>,
    places: Vec<(usize, usize)>,
    times: Vec<(usize, usize)>,
    quants: Vec<(usize, usize)>,
    /// Times that say when a claim was made, not when something happened.
    said: Vec<bool>,
    /// Words inside a claim's cue.
    cue: Vec<bool>,
    /// The time of the dispatch's dateline ("MOPTI, 6 avril 2023 (AMAP) –"), if it
    /// dates one: the day of writing, which dates what the report leaves undated.
    dateline: Option<usize>,
    /// Places that say where a claim was made ("an army spokesman said on Saturday in
    /// Bamako", "told reporters in Gao that…"), not where anything happened.
    said_at: Vec<bool>,
    /// Per place: inside the apposition a bridge spans ("in Kléla, about 40 km north of
    /// Sikasso on the road to Koutiala, on Monday"): it says where the town before lies.
    apposed: Vec<bool>,
    /// Per word: a comma that ends no clause, opening or closing such an apposition.
    bridges: Vec<bool>,
    /// Words of an allegation ("suspected of killing a trader"): see [`alleged`].
    alleged: Vec<bool>,
    /// Words of a deed a denial rejects: see [`denials`]. Empty when none.
    denied: Vec<bool>,
    /// Places that are an area named inside a party's name ("Dogon militiamen", «
    /// Mouvement national de libération de l'Azawad »): who, not where.
    people_area: Vec<bool>,
    /// The claims of responsibility in the document and whom they name, found on
    /// first need: (sentence, actor mention, what kind of statement).
    responsibility: std::cell::OnceCell<Vec<(usize, usize, Said)>>,
    /// The words where a claim of responsibility opens an agent's phrase
    /// ([`agent_phrase`]), in order, found on first need: see [`Idx::blame_agents`].
    agents: std::cell::OnceCell<Vec<usize>>,
    /// The first word of each clause [`regions`] numbers, by its number less one.
    region_first: Vec<usize>,
    /// The word ranges of the claims' speakers that have a span, in the claims' order,
    /// found on first need: see [`Idx::speakers`].
    speakers: std::cell::OnceCell<Vec<(usize, usize)>>,
    /// Whether `actors`, `times`, `places` and `quants` are in the order of their first
    /// words (as the stages write them): [`Idx::starting_in`] then searches them.
    sorted: [bool; 4],
}

/// A list of mentions of [`Idx`], for [`Idx::starting_in`].
#[derive(Clone, Copy)]
enum Mentions {
    Actors,
    Times,
    Places,
    Quants,
}

impl Idx<'_> {
    fn word_at(&self, pos: u32) -> usize {
        self.w.words().partition_point(|x| x.span.start < pos)
    }

    /// The words of `from..to` where a phrase of `kind` (one of [`SCANNED`]) may start,
    /// in order: what `lex.table(kind).starts_in(w, from, to)` finds, from the
    /// document's [`Firsts::kinds`].
    #[inline]
    fn starts_in<'s>(
        &'s self,
        lex: &EventLex,
        kind: E,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = usize> + 's {
        // (A range out of bounds panics here, as a slice of it would.)
        let _ = &self.w.words()[from..to];
        let mask = scanned_bit(kind);
        debug_assert_eq!(
            (self.first.kinds.iter().take(self.w.len()).enumerate())
                .filter(|&(i, &k)| (from..to).contains(&i) && k & mask != 0)
                .map(|(i, _)| i)
                .collect::<Vec<_>>(),
            lex.table(kind)
                .starts_in(self.w, from, to)
                .collect::<Vec<_>>()
        );
        let _ = lex;
        let mut next = from;
        std::iter::from_fn(move || {
            let i = self.first.next_kind(next, to, mask)?;
            next = i + 1;
            Some(i)
        })
    }

    fn range(&self, s: Span) -> (usize, usize) {
        let (a, b) = self.w.bounds_of(s);
        (a, b.max(a + 1))
    }

    fn sentence_of(&self, i: usize) -> usize {
        self.w.words()[i].sentence as usize
    }

    /// The indices of the mentions of a list that may start in words `s0..s1`: exactly
    /// those when the list is in the order of first words, else all of them. For scans
    /// of an event's sentence, which test that anyway: each event asked it of every
    /// mention of the document, in its place, date and toll (a few times each).
    fn starting_in(&self, list: Mentions, s0: usize, s1: usize) -> std::ops::Range<usize> {
        let v = match list {
            Mentions::Actors => &self.actors,
            Mentions::Times => &self.times,
            Mentions::Places => &self.places,
            Mentions::Quants => &self.quants,
        };
        if !self.sorted[list as usize] {
            return 0..v.len();
        }
        // (The end walked to from the start: a sentence starts a few mentions.)
        let lo = v.partition_point(|&(a, _)| a < s0);
        let mut hi = lo;
        while hi < v.len() && v[hi].0 < s1 {
            hi += 1;
        }
        debug_assert_eq!(hi, v.partition_point(|&(a, _)| a < s1).max(lo));
        lo..hi
    }

    /// The words where a claim of responsibility opens an agent's phrase ("blamed on",
    /// "presumably by": [`agent_phrase`] less "by" and « par »), in order: asked once,
    /// of the words where such a claim may start, not by every event's scan after its
    /// triggers.
    fn blame_agents(&self, lex: &EventLex) -> &[usize] {
        self.agents.get_or_init(|| {
            (self.first.list(RESP).iter())
                .map(|&i| i as usize)
                .filter(|&i| blame_agent(self.w, lex, i))
                .collect()
        })
    }

    /// The word ranges of the claims' speakers that have a span, in the claims' order:
    /// found once, where each event's [`target`] searched the words for every claim's.
    fn speakers(&self) -> &[(usize, usize)] {
        self.speakers.get_or_init(|| {
            (self.doc.claims.iter())
                .filter_map(|c| c.by.span.map(|sp| self.range(sp)))
                .collect()
        })
    }

    /// The first word of clause `r` ([`regions`]; of no clause when 0), if any.
    fn region_start(&self, r: u32) -> Option<usize> {
        let found = match r {
            0 => self.region.iter().position(|&x| x == 0),
            _ => self.region_first.get(r as usize - 1).copied(),
        };
        debug_assert_eq!(found, self.region.iter().position(|&x| x == r));
        found
    }
}

impl WordStage for EventStage {
    fn name(&self) -> &'static str {
        "event"
    }

    fn run(&self, doc: &mut Doc, w: &Words) {
        if w.is_empty() {
            return;
        }
        let lang = doc.lang();
        let lex = self.res.event_lex(lang);
        let clex = self.res.claim_lex(lang);
        let cb = self.res.codebook();
        let dict = self.res.actors();
        let (events, claim_links) = {
            let idx = index(doc, w, clex, lex, &self.first[lang as usize]);
            let mut trigs = triggers(&idx, lex, clex, cb, &self.classes);
            // A word only referring back ("the incident", « les faits ») adds nothing to
            // a sentence that tells a deed: it stands alone only to date or place one
            // told before.
            if trigs.iter().any(|t| cb.classes[t.t.class].referent) {
                let told: Vec<usize> = (trigs.iter())
                    .filter(|t| !cb.classes[t.t.class].referent)
                    .map(|t| t.sentence)
                    .collect();
                trigs.retain(|t| !cb.classes[t.t.class].referent || !told.contains(&t.sentence));
            }
            if trigs.is_empty() {
                return;
            }
            let mut evs = group(&idx, lex, &trigs, cb);
            // A toll told in another event's clause is that event's, when one of the two
            // clauses has a place or date of its own (as `group` splits them).
            for j in 0..evs.len() {
                let sent = evs[j].trigs[0].sentence;
                // (Its triggers' regions read in place: a vector of them cost an
                // allocation an event.)
                let own = || evs[j].trigs.iter().map(|t| t.region);
                let foreign: Vec<u32> = (0..evs.len())
                    .filter(|&k| k != j)
                    .flat_map(|k| evs[k].trigs.iter())
                    .filter(|t| t.sentence == sent && !own().any(|r| r == t.region))
                    .filter(|t| set_apart(&idx, t.region) || own().any(|r| set_apart(&idx, r)))
                    .map(|t| t.region)
                    .collect();
                evs[j].foreign_regions = foreign;
            }
            // A repeat split from the deed before it in its sentence (see `group`) takes
            // the toll told from its trigger on; the deed before, the toll before it.
            for k in 1..evs.len() {
                let (p, sent) = (evs[k].trigs[0].a, evs[k].trigs[0].sentence);
                if evs[k - 1].trigs[0].sentence == sent && repeated(&idx, lex, &evs[k].trigs[0]) {
                    evs[k - 1].toll_words.1 = evs[k - 1].toll_words.1.min(p);
                    evs[k - 1].repeated = true;
                    evs[k].toll_words.0 = p;
                }
            }
            for e in &mut evs {
                assemble(&idx, lex, clex, cb, dict, self.res.actor_lex(lang), e);
                // A sentence right after that tells no event of its own says whether it
                // was fought ("… took control of Timbuktu. No clashes were reported.");
                // only that: "Drones were seen over the area" makes no air strike.
                // (Up to two sentences on, until one tells another deed: "'FAMa units have
                // re-established their presence in Tessit,' the army said. No fighting was
                // reported.")
                let last = e.trigs.last().map_or(0, |t| t.sentence);
                for next in last + 1..=last + 2 {
                    let Some(&(a, b)) = idx.sentences.get(next) else {
                        break;
                    };
                    let mut told = trigs.iter().filter(|t| t.sentence == next).peekable();
                    if told.peek().is_none() {
                        e.mods
                            .extend(idx.starts_in(lex, E::Modifier, a, b).filter_map(|i| {
                                lex.get(E::Modifier, w, i)
                                    .filter(|&(_, v)| v == "unopposed")
                                    .map(|(_, v)| v.to_string())
                            }));
                        continue;
                    }
                    if !told.all(|t| e.trigs.iter().any(|x| x.t.class == t.t.class)) {
                        break;
                    }
                }
            }
            merge(&idx, lex, clex, cb, &mut evs);
            // A retaking's other side is who held the place, told in its relative clause
            // ("retook Dinangourou, which had been occupied by the Katiba Macina", «
            // qu'occupaient les jihadistes »).
            for k in 0..evs.len() {
                // (Its own losses are no other side: "3 soldiers killed" of the army.)
                let own = |e: &Ev| {
                    e.a1.zip(e.a2)
                        .is_some_and(|(x, y)| idx.doc.actors[x].name == idx.doc.actors[y].name)
                };
                if evs[k].unreal || evs[k].a2.is_some() && !own(&evs[k]) {
                    continue;
                }
                let Some(t) = evs[k]
                    .trigs
                    .iter()
                    .find(|t| cb.classes[t.t.class].key == "territory")
                else {
                    continue;
                };
                let holder = evs.iter().find_map(|u| {
                    u.trigs
                        .iter()
                        .any(|h| h.held && h.sentence == t.sentence && h.a > t.b)
                        .then_some(u.a1)
                        .flatten()
                });
                if holder.is_some() && holder != evs[k].a1 {
                    evs[k].a2 = holder;
                }
            }
            // A place left by people of no armed party ("the residents left the village",
            // « les habitants ont quitté le village ») is people fleeing, no withdrawal.
            // (Not one whose doer is unknown: "They left the village in the afternoon".)
            // (Nor is an official meeting people of no armed party: "The governor
            // visited the post and met village elders".)
            let armed = |k: usize| matches!(idx.doc.actors[k].inter, Some(1..=4 | 8));
            let unarmed_only = |e: &Ev, key: &str| {
                e.trigs.iter().all(|t| cb.classes[t.t.class].key == key)
                    && (e.a1.is_some() || e.a2.is_some())
                    && !e.a1.into_iter().chain(e.a2).any(armed)
            };
            evs.retain(|e| {
                // (A word referring back that found nothing to refer to tells nothing:
                // "an incident".)
                !e.trigs.iter().all(|t| cb.classes[t.t.class].referent)
                    && !unarmed_only(e, "withdraw")
                    && !unarmed_only(e, "meeting")
            });
            named_back(&idx, lex, clex, &mut evs);
            set_in_the_setting(&idx, &mut evs);
            stray_casualties(&idx, cb, &mut evs);
            let links = attach_claims(&idx, &mut evs);
            for e in &mut evs {
                speakers_as_actors(&idx, cb, dict, e);
            }
            let country = doc_country(&idx, &self.res);
            let published = doc.published();
            let mut out: Vec<(f64, EventMention)> = evs
                .iter()
                .map(|e| {
                    let m = finish(&idx, &self.res, e, country.as_deref(), published);
                    (salience(e, &m), m)
                })
                .collect();
            older_than_the_news(&evs, &mut out);
            // Most salient first; ties keep the order of the text. A round-up, two
            // events or more each told in an item that opens with its date ("- Monday:
            // …", « Lundi 4 mai : … »), keeps its own order: the items are the news.
            let items = evs
                .iter()
                .zip(&out)
                .filter(|(e, (_, m))| !m.background && dated_item(&idx, e))
                .count();
            if items >= 2 {
                for ((e, (s, m)), k) in evs.iter().zip(out.iter_mut()).zip(0..) {
                    if !m.background {
                        // (Scaled down: background, at -100, stays after any item.)
                        *s = -1e-3 * e.sentences.first().copied().unwrap_or(0) as f64
                            - 1e-9 * k as f64;
                    }
                }
            }
            let mut order: Vec<usize> = (0..out.len()).collect();
            order.sort_by(|&x, &y| out[y].0.total_cmp(&out[x].0).then(x.cmp(&y)));
            let mut new_index = vec![0; out.len()];
            for (new, &old) in order.iter().enumerate() {
                new_index[old] = new;
            }
            let links: Vec<(usize, usize)> = links
                .into_iter()
                .map(|(claim, ev)| (claim, new_index[ev]))
                .collect();
            let mut sorted: Vec<Option<EventMention>> =
                out.drain(..).map(|(_, m)| Some(m)).collect();
            let events: Vec<EventMention> = order
                .iter()
                .map(|&k| sorted[k].take().expect("each event once"))
                .collect();
            (events, links)
        };
        for (claim, ev) in claim_links {
            if let Some(c) = doc.claims.get_mut(claim)
                && !c.events.contains(&ev)
            {
                c.events.push(ev);
            }
        }
        doc.events = events;
    }
}

fn index<'a>(
    doc: &'a Doc,
    w: &'a Words,
    clex: &ClaimLex,
    lex: &EventLex,
    table: &[u32],
) -> Idx<'a> {
    let first = Firsts::new(w, table);
    let mut idx = Idx {
        doc,
        w,
        alleged: alleged(doc, w, lex, &first),
        denied: denials(w, clex, lex, &first),
        first,
        sentences: w.sentence_bounds(),
        region: Vec::new(),
        actors: Vec::new(),
        places: Vec::new(),
        times: Vec::new(),
        quants: Vec::new(),
        said: vec![false; doc.times.len()],
        cue: vec![false; w.len()],
        dateline: None,
        said_at: vec![false; doc.places.len()],
        apposed: vec![false; doc.places.len()],
        bridges: Vec::new(),
        people_area: Vec::new(),
        responsibility: std::cell::OnceCell::new(),
        agents: std::cell::OnceCell::new(),
        region_first: Vec::new(),
        speakers: std::cell::OnceCell::new(),
        sorted: [false; 4],
    };
    idx.actors = doc.actors.iter().map(|m| idx.range(m.span)).collect();
    idx.places = doc.places.iter().map(|m| idx.range(m.span)).collect();
    idx.people_area = (doc.places.iter().zip(&idx.places))
        .map(|(p, &(pa, pb))| {
            p.feature.as_deref().is_some_and(|f| f.starts_with("L."))
                && idx.actors.iter().any(|&(a, b)| a <= pa && pb <= b)
        })
        .collect();
    idx.times = doc.times.iter().map(|m| idx.range(m.span)).collect();
    let mut time_starts = vec![false; w.len()];
    for &(a, _) in &idx.times {
        if a < w.len() {
            time_starts[a] = true;
        }
    }
    // A comma that opens a place's apposition by its distance from a town, "after
    // gendarmes fired on a sit-in in Kléla, about 40 km north of Sikasso, on Monday", ends
    // no clause; nor does the one closing it when a date follows, the clause's date, and
    // only then are the apposition's places marked `apposed`.
    // (Only after a town or village, the place the apposition locates: not "in Burkina
    // Faso's Sahel region, about 40 km from Djibo", where the distance is the finer.)
    let mut bridges = vec![false; w.len()];
    for (p, &(pa, pb)) in doc.places.iter().zip(&idx.places) {
        let town_before = (0..idx.places.len()).any(|q| {
            idx.places[q].1 + 1 == pa
                && doc.places[q].offset.is_none()
                && doc.places[q]
                    .feature
                    .as_deref()
                    .is_some_and(|f| f.starts_with("P."))
        });
        if pa < 2
            || w.norm(pa - 1) != ","
            || p.offset.as_ref().is_none_or(|o| o.distance_km.is_none())
            || !town_before
        {
            continue;
        }
        bridges[pa - 1] = true;
        let s = w.words()[pa].sentence;
        if let Some(c) = (pb..w.len())
            .take_while(|&i| w.words()[i].sentence == s)
            .find(|&i| w.norm(i) == ",")
            && (c + 1..(c + 3).min(w.len())).any(|k| time_starts[k])
        {
            bridges[c] = true;
            for (q, &(qa, _)) in idx.places.iter().enumerate() {
                idx.apposed[q] |= qa >= pa && qa < c;
            }
        }
    }
    (idx.region, idx.region_first) = regions(w, clex, lex, &idx.first, &time_starts, &bridges);
    idx.bridges = bridges;
    idx.quants = doc.quantities.iter().map(|m| idx.range(m.span)).collect();
    let sorted = |v: &[(usize, usize)]| v.is_sorted_by_key(|&(a, _)| a);
    idx.sorted = [
        sorted(&idx.actors),
        sorted(&idx.times),
        sorted(&idx.places),
        sorted(&idx.quants),
    ];
    // What opens the content of a statement right after its date: "said on Monday that
    // …", "claimed on Wednesday to have killed", « a affirmé mercredi avoir tué ».
    let opens_content = |tb: usize| {
        tb < w.len()
            && (matches!(w.norm(tb), "that" | "que" | "qu" | "avoir")
                || w.norm(tb) == "to" && tb + 1 < w.len() && w.norm(tb + 1) == "have")
    };
    for c in &doc.claims {
        // (Not a date before the cue with a deed or a place's relative clause told
        // between, the deed's: "entered Boni on Wednesday and summoned the population to
        // the mosque, where they announced a ban", said the day it was done.)
        // (A place's relative clause only after a deed the date follows: not « Le maire
        // se trouvait jeudi à Mopti, où il a indiqué que… », said on Thursday.)
        let deed_between = |s: Span| {
            c.cue_span.is_some_and(|cs| {
                let (ta, tb) = idx.range(s);
                let (ca, _) = idx.range(cs);
                let trig = |j: usize| lex.trigger(w, doc.text(), j).is_some();
                (tb..ca).any(trig)
                    // (Or a deed before it whose doer then spoke: "Jihadists killed 10
                    // soldiers near Djibo on Sunday and warned that…".)
                    || (ta.saturating_sub(6)..ta).any(trig)
                        && ca > tb
                        && ca - tb <= 2
                        && (tb..ca).any(|j| matches!(w.norm(j), "and" | "et"))
                    || (ta.saturating_sub(6)..ta).any(trig)
                        && (tb..ca).any(|j| {
                            j > 0
                                && w.norm(j - 1) == ","
                                && matches!(w.span(j, j + 1).of(doc.text()), "where" | "où")
                        })
            })
        };
        if let Some(s) = c.said_on_span
            && !deed_between(s)
            && let Some(k) = doc.times.iter().position(|t| t.span == s)
        {
            idx.said[k] = true;
        }
        if let Some(s) = c.cue_span {
            let (a, b) = idx.range(s);
            for x in &mut idx.cue[a..b] {
                *x = true;
            }
            // (Within a few words after the cue, its date or to whom it was said between
            // ("told Reuters by phone from Timbuktu"), outside what was said; not past a
            // comma: "…, a local official said, near Bankass".)
            // (Nor within who said it: « Selon le maire de la commune de Tondikiwindi ».)
            let (ca, cb) = idx.range(c.span);
            let (ba, bb) = c.by.span.map_or((0, 0), |s| idx.range(s));
            for (k, &(pa, pb)) in idx.places.iter().enumerate() {
                idx.said_at[k] |= pa >= b
                    && pa - b <= 6
                    && (b..pa).all(|i| w.norm(i) != ",")
                    && w.same_sentence(a, pa)
                    && doc.places[k].locative
                    && !(ca <= pa && pb <= cb)
                    && !(ba <= pa && pb <= bb);
            }
        }
    }
    // "said in a statement on Wednesday that…", "claimed on Wednesday to have killed":
    // the date it was said, whoever said it, named or not ("the ministry said on
    // Tuesday that…", « a indiqué mardi que… »).
    for (k, &(ta, tb)) in idx.times.iter().enumerate() {
        if idx.said[k] || !opens_content(tb) {
            continue;
        }
        // (A claim's cue, or any cue of the lexicon, its speaker unnamed.)
        let cue_end = (ta.saturating_sub(9)..ta)
            .flat_map(|i| {
                let lexicon = clex.get(C::Cue, w, i).map(|(e, _)| e);
                lexicon.into_iter().chain(idx.cue[i].then_some(i + 1))
            })
            .filter(|&e| e <= ta && w.same_sentence(e.saturating_sub(1), ta))
            .max();
        // (A name with its hyphen counts once: "said on its az-Zallaqa media channel on
        // Wednesday that".)
        if let Some(b) = cue_end
            && (b..ta).filter(|&i| i == b || !w.words()[i].glued).count() <= 6
            && (b..ta).all(|i| {
                w.words()[i].kind == TokenKind::Word && !matches!(w.norm(i), "that" | "que" | "qu")
            })
        {
            idx.said[k] = true;
        }
    }
    // "according to a statement relayed on Thursday", « un communiqué diffusé jeudi »:
    // the day a channel went out, the word for it a few words before, is when it was
    // told. (A claim of responsibility's day: see the end of this function.)
    for (k, &(ta, tb)) in idx.times.iter().enumerate() {
        if idx.said[k] || ta == 0 {
            continue;
        }
        // (The channel may name whose it is: « un communiqué du ministère de la Défense
        // lu mercredi soir », "a statement by the army read on Thursday".)
        // (Plain words only: no clause of its own, "a statement that the army read".)
        let whose = |a: usize, b: usize| {
            matches!(w.norm(a), "of" | "by" | "de" | "du" | "des" | "d")
                && (a..b).all(|j| {
                    matches!(w.words()[j].kind, TokenKind::Word)
                        && !matches!(w.norm(j), "that" | "which" | "que" | "qui" | "qu")
                        || matches!(w.norm(j), "'" | "’")
                })
        };
        let went_out = |e: usize| {
            (e.saturating_sub(2)..e).any(|i| {
                clex.get(C::ChannelVerb, w, i).is_some_and(|(ve, _)| {
                    ve == e
                        && (i.saturating_sub(8)..i).any(|j| {
                            clex.get(C::Channel, w, j)
                                .is_some_and(|(ce, _)| ce == i || ce < i && whose(ce, i))
                        })
                })
            })
        };
        // (Or the channel it went out on between: "a statement read on state television
        // on Sunday"; or a channel right after its attribution: "according to a
        // statement on Sunday", « selon un communiqué dimanche ».)
        let channel_then = |e: usize| {
            (e.saturating_sub(4)..e).any(|j| {
                clex.get(C::Channel, w, j).is_some_and(|(ce, _)| ce == e)
                    && (went_out(j)
                        || clex.ending_at(C::CuePrep, w, j, 5).is_some()
                        || j > 0
                            && clex.has(C::Det, w, j - 1)
                            && clex.ending_at(C::CuePrep, w, j - 1, 5).is_some())
            })
        };
        // (Or a verb of telling right before it, whoever told, what it told before it:
        // "up from 6 reported on Monday.", "…, a local official said on Tuesday, up
        // from…"; or a verb of blame, « a dénoncé jeudi le viol de cinq femmes ». Not «
        // a annoncé mercredi sa dissolution », the telling the deed.)
        let ends_clause = tb >= w.len()
            || !w.same_sentence(ta, tb)
            || matches!(w.norm(tb), "," | "." | ";" | ":" | ")" | "–" | "—");
        // (Only a cue someone speaks with, a claim's, or a figure's: "up from 6
        // reported"; not a passive's, "Clashes were reported on Saturday", "an attack on
        // Boni reported on Saturday", the deed's day.)
        let cue_then = |e: usize| {
            clex.ending_at(C::Cue, w, e, 3).is_some_and(|c| {
                // (A figure in digits: the index has no number words.)
                let spoken = idx.cue[c] || c > 0 && w.words()[c - 1].num.is_some();
                let blames = clex.get(C::Cue, w, c).is_some_and(|(_, v)| v != "asserts")
                    && !(c > 0 && clex.has(C::Passive, w, c - 1));
                ends_clause && spoken || blames
            })
        };
        let told = |e: usize| went_out(e) || channel_then(e) || cue_then(e);
        if told(ta) || matches!(w.norm(ta - 1), "on" | "le") && told(ta - 1) {
            idx.said[k] = true;
        }
    }
    // A dateline ("BAMAKO, Nov 8 (SPA) –") or a byline ("By Sahel Press Agency
    // November 8, 2023 3:42 PM", « Publié le 8 novembre ») dates the dispatch, not what
    // it tells.
    for (k, &(ta, _)) in idx.times.iter().enumerate() {
        // (A capital first: most words have none.)
        if (ta.saturating_sub(6)..ta).any(|i| {
            w.words()[i].cap
                && w.same_sentence(i, ta)
                && matches!(
                    w.norm(i),
                    "by" | "published" | "updated" | "posted" | "publie" | "par" | "mis"
                )
        }) {
            idx.said[k] = true;
        }
    }
    for (k, &(ta, tb)) in idx.times.iter().enumerate() {
        let Some(first) = w.get(ta) else { continue };
        // (The first word of its sentence.)
        let s0 = idx.sentences[first.sentence as usize].0;
        debug_assert_eq!(
            s0,
            w.words().partition_point(|x| x.sentence < first.sentence)
        );
        // (Or in parentheses, a rights group's: "(Nairobi, April 12, 2023) –".)
        let bracketed = w.norm(s0) == "(";
        let s0 = s0 + bracketed as usize;
        let head = &w.words()[s0.min(ta)..ta];
        // (Its country may follow the town: "GAO, Mali, Aug 20 (AFP) -".)
        let place_then_comma = head.len() >= 2
            && head.len() <= 6
            && w.norm(ta - 1) == ","
            && (s0..ta - 1).all(|i| w.words()[i].cap || w.norm(i) == ",")
            && w.words()[s0].cap
            // (A place in capitals, or a full date: "Kignan, 24 April: youths torch…".)
            && (bracketed
                || doc.times[k].value.len() == 10 && w.get(ta).is_some_and(|x| x.num.is_some() || x.cap)
                || (s0..ta - 1).any(|i| {
                    let raw = w.words()[i].span.of(doc.text());
                    raw.len() >= 3 && raw.chars().all(|c| !c.is_lowercase())
                }));
        let closed = match bracketed {
            true => tb < w.len() && w.norm(tb) == ")",
            false => tb < w.len() && matches!(w.norm(tb), "(" | "-" | "–" | "—"),
        };
        // (A headline's own date before its colon, "Kignan, 24 April: youths torch
        // tyres…", dates the deed it announces; what the report leaves undated took
        // place that day too.)
        let colon = !bracketed && tb < w.len() && w.norm(tb) == ":";
        // (Or its date in parentheses after the place: "KOUTIALA, Mali (Nov 15) -".)
        let paren = !bracketed
            && ta >= 2
            && ta - s0 <= 6
            && w.norm(ta - 1) == "("
            && (s0..ta - 1).all(|i| w.words()[i].cap || w.norm(i) == ",")
            && w.words()[s0].cap
            && tb + 1 < w.len()
            && w.norm(tb) == ")"
            && matches!(w.norm(tb + 1), "-" | "–" | "—");
        if place_then_comma && closed || paren {
            idx.said[k] = true;
        }
        if (place_then_comma || paren)
            && (closed || colon || paren)
            && idx.dateline.is_none()
            && doc.times[k].precision == 1
        {
            idx.dateline = Some(k);
        }
    }
    // "JNIM claimed the attack on Tuesday", « l'EI a revendiqué l'attaque mardi »: a date
    // right after a claim of responsibility and what it claims dates the claim.
    // (Only determiners, event nouns and their prepositions between: "claimed
    // responsibility for the ambush on Tuesday".)
    let claimed = |j: usize| {
        clex.has(C::Det, w, j)
            // (And the preposition of its time: "claimed in the evening", « revendiquée
            // dans la soirée ».)
            || matches!(
                w.norm(j),
                "for" | "on" | "pour" | "'" | "’" | "«" | "»" | "\"" | "in" | "dans" | "during"
                    | "durant"
            )
            || lex.trigger(w, doc.text(), j).is_some_and(|(_, t)| t.noun)
            // (And how it was claimed: "claimed the bombardment in a statement on
            // Wednesday", « dans un communiqué ».)
            || (j.saturating_sub(3)..=j)
                .any(|i| clex.get(C::Channel, w, i).is_some_and(|(e, _)| e > j))
            // (And what leads its date: "claimed the attack late on Tuesday", "in the
            // early hours of Wednesday".)
            || (j.saturating_sub(4)..=j)
                .any(|i| lex.get(E::TimeLead, w, i).is_some_and(|(e, _)| e > j))
    };
    // (Only when a date came before: in "JNIM claimed responsibility for the attack on
    // Saturday on the camp" alone, Saturday is the attack's.)
    let mut dated_before = false;
    // (Only where such a claim may start: the words of its list.)
    let resp = idx.first.list(RESP);
    for (k, &(ta, tb)) in idx.times.iter().enumerate() {
        if !idx.said[k] && ta > 0 && dated_before {
            let s0 = idx.sentences[idx.sentence_of(ta.min(w.len() - 1))].0;
            // (Nine words back: "claimed the bombardment in a statement on Wednesday".)
            let from = ta.saturating_sub(9).max(s0);
            let claims = |i: usize| {
                lex.get(E::Responsibility, w, i).is_some_and(|(e, v)| {
                    matches!(v, "before" | "event") && e <= ta && (e..ta).all(claimed)
                })
            };
            let at = resp.partition_point(|&i| (i as usize) < from);
            idx.said[k] = (resp[at..].iter())
                .map(|&i| i as usize)
                .take_while(|&i| i < ta)
                .any(claims);
            debug_assert_eq!(idx.said[k], (from..ta).any(claims));
            // A passive claim read across its date ("a été revendiquée dans la soirée par
            // l'EI", "was claimed on Tuesday by JNIM"): its preposition in the gap.
            if !idx.said[k] {
                let g0 = if matches!(w.norm(ta - 1), "in" | "on" | "dans" | "during" | "durant") {
                    ta - 1
                } else {
                    ta
                };
                idx.said[k] = g0 > 0
                    && tb < w.len()
                    && lex
                        .table(E::Responsibility)
                        .longest_across(w, g0 - 1, g0, tb)
                        .is_some_and(|(_, v)| v == "after");
            }
        }
        dated_before |= !idx.said[k];
    }
    // An hour the time stage put on the day a statement was read ("…, selon un
    // communiqué lu mercredi soir. « Une colonne a attaqué le poste aux environs de 6
    // heures du matin »") is the deed's hour on a day the words do not give: no date of
    // an event either.
    for k in 0..doc.times.len() {
        let tm = &doc.times[k];
        if tm.timex_type == sitrep_core::records::TimexType::Time
            && let Some(a) = &tm.anchor
            && a.kind == "mention"
            && let Some(m) = a.index
            && m < k
            && idx.said[m]
            && doc.times[m].start == tm.start
        {
            idx.said[k] = true;
        }
    }
    idx
}

/// Subordinate clauses, numbered: from a subordinator ("while", "whose", "alors que")
/// to the next comma or dash. Triggers in different clauses are different events;
/// a clause's date and place are its own.
/// A subordinator right before a date ("since October 21", "after 3 p.m.") is a
/// preposition and opens no clause. `bridges`: commas that end none.
fn regions(
    w: &Words,
    clex: &ClaimLex,
    lex: &EventLex,
    first: &Firsts,
    time_starts: &[bool],
    bridges: &[bool],
) -> (Vec<u32>, Vec<usize>) {
    let mut out = vec![0u32; w.len()];
    let mut firsts = Vec::with_capacity(8);
    let mut id = 0;
    let boundary = |i: usize| matches!(w.norm(i), "," | ";" | "–" | "—" | "(" | ")") && !bridges[i];
    // (Most words start no phrase of either kind: their first-word bits say so.)
    debug_assert!((0..w.len()).all(|i| {
        !(clex.has(C::Sub, w, i) || w.is(i, "if") && lex.has(E::Irrealis, w, i))
            || first.list(CLAUSE).contains(&(i as u32))
    }));
    let mut scan = first.scan(CLAUSE);
    let mut next = 0;
    while let Some(c) = scan.next(next) {
        let mut i = c;
        // ("if" before its irrealis lookup: most words that start an irrealis phrase
        // are not "if".)
        let sub = clex.has(C::Sub, w, i) || w.is(i, "if") && lex.has(E::Irrealis, w, i);
        // (Not the relative that closes a cleft: « Dimanche, c'est l'une d'elles qui a
        // été attaquée », "it was the army who fired": its clause is the sentence's
        // news, dated by what the sentence says.)
        let cleft = || {
            matches!(w.norm(i), "qui" | "que" | "qu" | "who")
                && (i.saturating_sub(7)..i.saturating_sub(1)).any(|k| {
                    matches!(
                        (w.norm(k), w.norm(k + 1)),
                        ("c", "est" | "etait") | ("ce", "sont") | ("it", "was" | "is")
                    ) && (k..i).all(|x| w.same_sentence(x, i) && !boundary(x))
                })
        };
        let sub = sub && !cleft();
        // (The date test only after a subordinator: most words are none.)
        let before_date = || (i + 1..(i + 3).min(w.len())).any(|k| time_starts[k]);
        if sub && !before_date() && w.words()[i].kind == TokenKind::Word {
            id += 1;
            firsts.push(i);
            let s = w.words()[i].sentence;
            while i < w.len() && w.words()[i].sentence == s && !boundary(i) {
                out[i] = id;
                i += 1;
            }
        } else {
            i += 1;
        }
        next = i;
    }
    (out, firsts)
}

/// "captured Gao", "took Timbuktu on Sunday", « ont pris Kidal », "the capture of
/// Gao": a verb or noun of taking ([`E::Take`]) with a town or area right after it (or
/// after its site: [`take_site`]) is
/// that place taken, a trigger of class `territory`. It overrides what the word tells
/// alone ("captured" → arrest, "seized" → looting), not a longer trigger ("took control
/// of") nor one closed by a later word ("took Gao residents hostage").
fn took_town(
    idx: &Idx,
    lex: &EventLex,
    i: usize,
    found: Option<(usize, Trigger)>,
    territory: usize,
) -> Option<(usize, Trigger)> {
    let w = idx.w;
    let (e, v) = lex.get(E::Take, w, i)?;
    if found.is_some_and(|(fe, t)| fe > e || t.until.is_some()) {
        return None;
    }
    let at = take_site(idx, lex, e).unwrap_or(e);
    let k = idx.places.iter().position(|&(a, _)| a == at)?;
    let (p, b) = (&idx.doc.places[k], idx.places[k].1);
    // A town or an administrative area, not a country ("took Mali out of the ICC").
    let town = p.offset.is_none()
        && p.feature
            .as_deref()
            .is_some_and(|f| f.starts_with("P.") || f.starts_with("A.ADM"));
    // After the town: the end of its clause, a date (not a duration: "it took Kidal two
    // years"), or a word listed to follow it (E::TakeAfter: "on", "after", « après »);
    // not a noun it qualifies ("captured Gao residents") nor an idiom ("took Bamako by
    // surprise", « ont pris Kidal pour cible »).
    let whole = b >= w.len()
        || !w.same_sentence(i, b)
        || matches!(w.words()[b].kind, TokenKind::Punct | TokenKind::CloseQuote)
        || lex.has(E::TakeAfter, w, b)
        // (A noun's agent: "the capture of Konna by jihadists", « la prise de Konna par ».)
        || v == "noun" && matches!(w.norm(b), "by" | "par")
        || idx.times.iter().zip(&idx.doc.times).any(|(&(a, _), tm)| {
            a == b && tm.timex_type != sitrep_core::records::TimexType::Duration
        });
    (town && whole && w.same_sentence(i, at)).then(|| {
        let mut t = Trigger::of(territory);
        t.noun = v == "noun";
        (e, t)
    })
}

/// Where the town starts when words come between the verb of taking (ending at `e`)
/// and the town: `[date] [det] [modifier…] site [French modifier] of` ("seized the army
/// camp in Léré", "captured the strategic northern town of Konna", « se sont emparés
/// lundi du camp militaire de Bourem »), or `[date] de` (« se sont emparés lundi de
/// Gao »). None when neither follows the verb.
fn take_site(idx: &Idx, lex: &EventLex, e: usize) -> Option<usize> {
    let w = idx.w;
    // The end of a `take_site` phrase at `k` whose value is one of `vs`.
    let is_any = |k: usize, vs: &[&str]| {
        lex.get(E::TakeSite, w, k)
            .filter(|&(_, x)| vs.contains(&x))
            .map(|(e, _)| e)
    };
    let is = |k: usize, v: &str| is_any(k, &[v]);
    let mut start = e;
    // (A date may sit between a French verb and its object: « pris lundi le camp ».)
    if let Some(&(_, b)) = idx.times.iter().find(|&&(a, _)| a == e) {
        start = b;
    }
    // (One modifier after the site in French only: « le camp militaire de Bourem »; an
    // English word there makes another noun: "the post office in Gao", "a village elder".)
    let french = idx.doc.lang() == sitrep_core::Lang::Fr;
    let site = || {
        let mut k = start;
        if let Some(e2) = is(k, "det") {
            k = e2;
        }
        // (Up to two modifiers before it: "the strategic northern town of Anefis"; not a
        // preposition: "seized in the town of Goundam".)
        let modifier = |x: usize| {
            w.get(x).is_some_and(|t| t.kind == TokenKind::Word)
                && lex.get(E::TakeSite, w, x).is_none()
        };
        let mut k = (k..k + 3)
            .take_while(|&x| is(x, "site").is_some() || modifier(x))
            .find_map(|x| is(x, "site"))?;
        // (A site named by two: "the northern garrison town of Gao".)
        while let Some(e2) = is(k, "site") {
            k = e2;
        }
        let of = |k: usize| is_any(k, &["of", "de"]);
        if of(k).is_none() && french {
            k += 1;
        }
        of(k)
    };
    // (Only the object's « de », not "in": "weapons seized in Gao" took no town.)
    site().or_else(|| is(start, "de"))
}

/// Words of a deed a denial rejects, which did not happen.
fn denials(w: &Words, clex: &ClaimLex, lex: &EventLex, first: &Firsts) -> Vec<bool> {
    // "The army denied reports that its soldiers had executed detainees", « dément les
    // allégations selon lesquelles ses hommes auraient tué », « rejette les accusations
    // d'exécutions »: a denying cue with an allegation as its object (E::Allegation,
    // within a few words) says the rest of its sentence did not happen, as « dément avoir
    // tué » does. (Not "JNIM denied that it carried out the attack": the attack stands.)
    // (Up to the clause's end: a comma, or another cue or clause: "…, and said 30
    // terrorists were neutralised", "… as JNIM attacked"; not a denial denied: "has not
    // denied reports".)
    let mut denied = Vec::new();
    debug_assert!((0..w.len()).all(|k| {
        !matches!(clex.get(C::Cue, w, k), Some((_, "denies")))
            || first.list(CUE).contains(&(k as u32))
    }));
    let mut scan = first.scan(CUE);
    let mut next = 0;
    while let Some(k) = scan.next(next) {
        next = k + 1;
        let Some((ce, "denies")) = clex.get(C::Cue, w, k) else {
            continue;
        };
        if (k.saturating_sub(3)..k).any(|x| w.same_sentence(x, k) && lex.has(E::Negation, w, x)) {
            continue;
        }
        // (A few words may stand between: "dismissed as \"fake news\" posts claiming".)
        if let Some(a) = (ce..(ce + 6).min(w.len()))
            .take_while(|&x| w.same_sentence(x, k) && !matches!(w.norm(x), "," | ";" | ":"))
            .find_map(|x| lex.get(E::Allegation, w, x).map(|(e, _)| e))
        {
            denied.resize(w.len(), false);
            // (A relative clause stays inside: "reports that soldiers who …".)
            let relative = |x: usize| relative_pronoun(w.norm(x));
            let ends = |x: usize| {
                matches!(w.norm(x), "," | ";" | ":")
                    || clex.has(C::Cue, w, x)
                    || (clex.has(C::Sub, w, x) && !relative(x))
            };
            // (What the rejected posts or reports said is theirs: "posts claiming that
            // five soldiers had died", « des messages affirmant que ».)
            // (Only a participle that says what they said, not another verb of the
            // denier's: "denied the reports and said its soldiers killed 20".)
            let telling = |x: usize| {
                let n = w.norm(x);
                (n.ends_with("ing") || n.ends_with("ant"))
                    && !(a..x).any(|j| matches!(w.norm(j), "and" | "et" | ","))
            };
            let mut told = false;
            let mut x = a;
            while x < w.len() && w.same_sentence(x, k) {
                if !told && x < a + 5 && clex.has(C::Cue, w, x) && telling(x) {
                    told = true;
                    let ce = clex.get(C::Cue, w, x).map_or(x + 1, |(e, _)| e);
                    denied[x..ce.min(w.len())].fill(true);
                    x = ce;
                    if x < w.len() && clex.has(C::Sub, w, x) {
                        denied[x] = true;
                        x += 1;
                    }
                    continue;
                }
                if ends(x) {
                    break;
                }
                denied[x] = true;
                x += 1;
            }
        }
        // And backwards: "Posts reported a protester killed, which the police denied",
        // « …, ce que la police a démenti »: the clause before the comma did not happen.
        // (Only when what points back is the denial's object, a subject between, and
        // the denial ends its clause: not "Wagner, which denied any losses", "which the
        // government denies are mercenaries"; nor one hedged, "declined to confirm or
        // deny", "neither confirmed nor denied".)
        let ends_clause = |x: usize| {
            x >= w.len() || !w.same_sentence(x, k) || matches!(w.norm(x), "," | ";" | "." | ":")
        };
        if let Some(c) = (k.saturating_sub(8)..k)
            .rev()
            .take_while(|&x| w.same_sentence(x, k))
            .find_map(|x| {
                (x > 0 && w.norm(x - 1) == ",")
                    .then(|| lex.get(E::Retraction, w, x).map(|(re, _)| (x, re)))
                    .flatten()
            })
            .filter(|&(_, re)| {
                re < k
                    && ends_clause(ce)
                    && !(re..k).any(|j| {
                        lex.has(E::Negation, w, j)
                            || matches!(w.norm(j), "or" | "nor" | "ou" | "ni")
                    })
            })
            .map(|(c, _)| c)
        {
            denied.resize(w.len(), false);
            let mut x = c - 1;
            while x > 0
                && w.same_sentence(x - 1, k)
                && !matches!(w.norm(x - 1), "," | ";" | ":")
                && !clex.has(C::Cue, w, x - 1)
            {
                x -= 1;
                denied[x] = true;
            }
        }
    }
    denied
}

/// A passive auxiliary at `i` ("were", « est », « sont »), not the « être » of a
/// pronominal verb (« s'est emparé », « se sont affrontés »), whose subject acts.
fn passive_aux(w: &Words, lex: &EventLex, i: usize) -> bool {
    lex.has(E::Passive, w, i) && !(i > 0 && matches!(w.norm(i - 1), "se" | "s"))
}

/// The trigger occurrences, negated ones dropped.
fn triggers(
    idx: &Idx,
    lex: &EventLex,
    clex: &ClaimLex,
    cb: &Codebook,
    ids: &ClassIds,
) -> Vec<Trig> {
    let w = idx.w;
    let ClassIds {
        gunfire,
        weapons,
        protest,
        withdraw,
        takeover,
        territory,
    } = *ids;
    // What a protest is about ("marched against massacres", "in support of the army,
    // which has suffered attacks"): harm named by a noun after the protest, in its
    // sentence, is its topic, told as background.
    let mut protest_sentence: Option<(usize, usize)> = None;
    // Where the last trigger told as a reason ends.
    let mut reason_end: Option<usize> = None;
    // (Room for a report's triggers at once: grown from empty, both vectors were
    // reallocated in most reports.)
    let mut out = Vec::with_capacity(8);
    // Which of them name a crowd of protesters, not a deed.
    let mut crowds = Vec::with_capacity(8);
    // Taker phrases ("immediately reinvested by") are arguments of a withdrawal told
    // before them in their sentence, not events; one that is a takeover's trigger tells
    // it when no withdrawal comes first ("the camp was taken over by the army"; not
    // "the suspects were handed over to the gendarmerie"). Nor are words of a time or
    // place mention (below).
    let class_at = |j: usize, c: Option<usize>| {
        lex.trigger(w, idx.doc.text(), j)
            .is_some_and(|(_, t)| Some(t.class) == c)
    };
    // (A handover told in the passive of a site before it tells it too: "the camp was
    // handed over to the army by MINUSMA", « le camp a été rétrocédé aux FAMa ».)
    // (In its own clause: not "beat up two thieves in the city, the two were handed
    // over to the gendarmerie".)
    let site_before = |i: usize| {
        (0..i)
            .rev()
            .take_while(|&j| w.same_sentence(j, i) && !matches!(w.norm(j), "," | ";"))
            .any(|j| lex.get(E::TakeSite, w, j).is_some_and(|(_, v)| v == "site"))
    };
    let argument = |i: usize| {
        !(class_at(i, takeover) || class_at(i, withdraw) && site_before(i))
            || (0..i)
                .rev()
                .take_while(|&j| w.same_sentence(j, i))
                .any(|j| class_at(j, withdraw))
    };
    let mut in_taker = vec![false; w.len()];
    let mut scan = idx.first.scan(TAKER);
    let mut next = 0;
    while let Some(i) = scan.next(next) {
        next = i + 1;
        if let Some((e, _)) = lex.get(E::Taker, w, i).filter(|_| argument(i)) {
            for x in &mut in_taker[i..e] {
                *x = true;
            }
        }
    }
    // "On March 25" is a date, not a march; a place's name is not an event either.
    for &(a, b) in idx.times.iter().chain(&idx.places) {
        for x in &mut in_taker[a.min(w.len())..b.min(w.len())] {
            *x = true;
        }
    }
    // Words a few words before a place: where a phrase of taking may start (a date and
    // a site may come between: « pris lundi le camp militaire de Bourem »).
    let mut before_place = vec![false; w.len()];
    for &(a, _) in &idx.places {
        let a = a.min(w.len());
        before_place[a.saturating_sub(9)..a].fill(true);
    }
    let mut i = 0;
    // The first time mention starting after word `i` (they are in text order).
    let mut next_time = 0;
    let takes = territory.is_some();
    // (Most words: no trigger starts there, and no place follows to take. Then both
    // lookups below, each behind the same first-word test, find nothing, and the word
    // is skipped as it would be after them; `next_time` catches up at the next word
    // asked, its test being monotone in `i`. Nor does a word before a place start a
    // taking unless a phrase of taking starts there, [`took_town`]'s first test: the
    // words to ask are found by their first-word bits.)
    let mut scan = idx.first.scan(TRIG);
    while let Some(c) = scan.next(i) {
        i = c;
        if !(lex.starts_trigger(w, i) || (takes && before_place[i])) {
            i += 1;
            continue;
        }
        let mut found = lex.trigger(w, idx.doc.text(), i);
        // « ont repoussé mardi dernier une attaque »: a date a few words in, inside a
        // phrase that reads across it.
        while idx.times.get(next_time).is_some_and(|t| t.0 <= i) {
            next_time += 1;
        }
        // (Further in a longer phrase, with the date's "on": "fired live rounds on
        // Friday at", « tiré à balles réelles vendredi sur ».)
        if let Some(&(g0, g1)) = idx.times.get(next_time)
            && g0 <= i + 5
            && lex.starts_trigger(w, i)
            && let g0 = if g0 > i + 1 && w.norm(g0 - 1) == "on" {
                g0 - 1
            } else {
                g0
            }
            && g1 < w.len()
            && w.same_sentence(i, g1)
            && let Some((ge, gt)) = lex.trigger_across(w, i, g0, g1)
            && found.is_none_or(|(e, _)| ge - i - (g1 - g0) > e - i)
        {
            found = Some((ge, gt));
        }
        // (Most words: no trigger, and no place after them to take.)
        if found.is_none() && !(territory.is_some() && before_place[i]) {
            i += 1;
            continue;
        }
        let Some((e, mut t)) = territory
            .filter(|_| before_place[i])
            .and_then(|c| took_town(idx, lex, i, found, c))
            .or(found)
        else {
            i += 1;
            continue;
        };
        // "fired at least five mortar shells": a phrase whose last word opens a figure
        // ("at least") is not read ("fired at") when a trigger right after the figure
        // tells the deed ("mortar shells"); without one it stands ("shot at least four
        // people dead").
        if e > i + 1
            && idx.quants.iter().any(|&(qa, qb)| {
                qa == e - 1
                    && (qa + 1..(qb + 1).min(w.len())).any(|k| {
                        // (A weapon's noun, not a crowd's: "shot at least three
                        // protesters".)
                        lex.trigger(w, idx.doc.text(), k)
                            .is_some_and(|(_, t)| t.noun && cb.classes[t.class].key != "protest")
                    })
            })
        {
            i += 1;
            continue;
        }
        // "it had treated about twenty wounded", "where about twenty wounded were being
        // treated", « a soigné une vingtaine de blessés »: the hurt a figure counts as
        // those a verb of care tells of are people cared for, no deed of whoever cares
        // (`Trig::cared`).
        // (Not a word of death among those of care: « Deux morts et six blessés ».)
        let care = |k: usize, qa: usize| {
            w.same_sentence(k, qa)
                && lex.get(E::Hospital, w, k).is_some_and(|(_, v)| v == "care")
                && lex.trigger(w, idx.doc.text(), k).is_none()
                && !idx.quants.iter().any(|&(a, b)| a <= k && k < b)
        };
        let cared = t.hurts
            && idx.quants.iter().any(|&(qa, qb)| {
                qa < i
                    && i < qb
                    && ((qa.saturating_sub(3)..qa).any(|k| care(k, qa))
                        || (qb..(qb + 4).min(w.len())).any(|k| care(k, qa)))
            });
        // "CMA and GATIA continued to clash": an infinitive, a verb with its subject.
        if t.noun
            && (i.saturating_sub(3)..i)
                .any(|k| lex.get(E::Infinitive, w, k).is_some_and(|(ke, _)| ke == i))
        {
            t.noun = false;
        }
        // (A longer phrase that begins with a cue is a trigger of its own: "claimed
        // control over Lere".)
        if in_taker[i] || (idx.cue[i] && (i..e).all(|k| idx.cue[k])) {
            i = e;
            continue;
        }
        // "The minister entered the room", « est entré dans la salle »: taking over needs
        // somewhere to take, a place named in its sentence, a settlement, a site hit or
        // a place referred back to ("entered the town"), or a name right after it that
        // no gazetteer knows ("taken over Kanio").
        if cb.classes[t.class].key == "takeover" && !t.noun {
            let (s0, s1) = idx.sentences[idx.sentence_of(i)];
            let somewhere = idx.places.iter().any(|&(a, _)| a >= s0 && a < s1)
                || (e..(e + 3).min(s1)).any(|x| w.words()[x].cap)
                || (s0..s1).any(|x| {
                    lex.has(E::Settlement, w, x)
                        || lex.has(E::Anaphor, w, x)
                        || x >= e && lex.has(E::Target, w, x)
                });
            if !somewhere {
                i = e;
                continue;
            }
        }
        // "an operation against ISGS militants": a noun ending with its preposition
        // needs an armed party right after it ("an operation against terrorism", «
        // contre l'orpaillage illégal », tell no fight).
        if t.noun
            && aimed(w, i, e)
            && !idx.actors.iter().enumerate().any(|(k, &(a, _))| {
                a >= e
                    && a <= e + 3
                    && w.same_sentence(a, i)
                    && matches!(idx.doc.actors[k].inter, Some(1..=4 | 8))
            })
        {
            i = e;
            continue;
        }
        // "seized IEDs, documents and materiel", "IEDs and weapons were recovered": a
        // weapon in a list of things taken is no attack; alone in its sentence, it is a
        // weapon whose use was disrupted ("FAMa recovered two rockets and ammunition").
        if t.noun && cb.classes[t.class].remote && hauled(idx, lex, i, e) {
            let (s0, s1) = idx.sentences[idx.sentence_of(i)];
            // (The haul word itself, "seized", tells no other event.)
            let other = (s0..s1).any(|x| {
                (x < i || x >= e)
                    && !lex.has(E::Haul, w, x)
                    && lex
                        .trigger(w, idx.doc.text(), x)
                        .is_some_and(|(_, v)| !cb.classes[v.class].remote)
            });
            match weapons {
                Some(c) if !other => t.class = c,
                _ => {
                    i = e;
                    continue;
                }
            }
        }
        // "workers at a gold mine": the trigger word inside a phrase that names no event.
        if (idx.starts_in(lex, E::Inert, i.saturating_sub(4), i + 1))
            .any(|k| lex.get(E::Inert, w, k).is_some_and(|(ke, _)| ke > i))
        {
            i += 1;
            continue;
        }
        // "Several families have since moved into Illéla", « une partie des familles a
        // quitté le village »: people fleeing, no side leaving or taking a place.
        // ("were wounded and evacuated to Sévaré", « évacués vers Gao »: the wounded
        // carried off for care.)
        if matches!(cb.classes[t.class].key.as_str(), "withdraw" | "takeover")
            && (displaced_subject(idx, lex, i)
                || lex
                    .get(E::Destination, w, i)
                    .is_some_and(|(_, v)| v == "carried"))
        {
            i = e;
            continue;
        }
        // "near Tabakoto mine", « la mine d'or de Sadiola »: a site a place names.
        let named_site = t.noun
            && lex.get(E::SiteNoun, w, i).is_some_and(|(se, _)| se == e)
            && (idx
                .places
                .iter()
                .any(|&(_, pb)| pb == i && w.same_sentence(i - 1, i))
                || (e..(e + 3).min(w.len()))
                    .filter(|&x| matches!(w.norm(x), "de" | "d"))
                    .any(|x| {
                        // (Right after it, or past what it holds: « la mine d'or de »;
                        // not « une mine près de Djibo ».)
                        (x == e
                            || x == e + 2
                                && matches!(w.norm(e), "de" | "d")
                                && !w.words()[e + 1].cap)
                            && (idx.places.iter().any(|&(pa, _)| pa == x + 1)
                                // (A name the gazetteer may lack: « la mine de Sadiola ».)
                                || w.words().get(x + 1).is_some_and(|y| {
                                    y.cap && y.kind == TokenKind::Word && w.same_sentence(x, x + 1)
                                }))
                    }));
        // "Production at the mine has stopped", « devant le siège de la mine »: a noun
        // that may name a dug mine, told as one known ("the", « la ») beside a word of
        // mining, tells a blast only beside a deed of harm or another weapon in its
        // sentence ("the mine exploded", "killed by the mine"). (Told as new, it is
        // one: « a heurté une mine »; so is one that went off under a truck.)
        // (Its determiner may come before a name, "the Somair mine", which the event's
        // own definiteness below does not allow.)
        let dug = t.noun
            && !named_site
            && lex.get(E::SiteNoun, w, i).is_some_and(|(se, _)| se == e)
            && (i.saturating_sub(3)..i).rev().any(|k| {
                w.same_sentence(k, i)
                    && lex.has(E::Definite, w, k)
                    && (k + 1..i).all(|x| w.words()[x].kind == TokenKind::Word)
            })
            && {
                let (s0, s1) = idx.sentences[idx.sentence_of(i)];
                let others = || (s0..s1).filter(|&x| x < i || x >= e);
                // (Not another mention of the mine: "the mine's offices". A toll will
                // do: « cinq civils ont péri lorsque leur charrette a heurté une mine ».)
                others().any(|x| lex.has(E::Mining, w, x))
                    && !others().any(|x| {
                        !lex.has(E::SiteNoun, w, x)
                            && lex.trigger(w, idx.doc.text(), x).is_some_and(|(_, v)| {
                                cb.classes[v.class].harm || cb.classes[v.class].remote
                            })
                    })
                    && !idx
                        .quants
                        .iter()
                        .zip(&idx.doc.quantities)
                        .any(|(&(a, _), q)| a >= s0 && a < s1 && q.casualty.is_some())
            };
        if named_site || dug {
            i = e;
            continue;
        }
        // "threatened to attack": the phrase that makes the next trigger an aim is no
        // event itself.
        if lex.get(E::Purpose, w, i).is_some_and(|(pe, _)| pe > e) {
            i = e;
            continue;
        }
        // "Rockets were fired at the camp", « des obus ont été tirés sur »: the verb of
        // the weapon just named, not a shooting of its own.
        let weapon_fired = Some(t.class) == gunfire
            && matches!(
                w.norm(i),
                "fired" | "fires" | "tire" | "tires" | "tiree" | "tirees"
            )
            && out.last().is_some_and(|p: &Trig| {
                p.t.noun && cb.classes[p.t.class].remote && w.same_sentence(p.b, i) && i - p.b <= 4
            });
        if weapon_fired {
            i = e;
            continue;
        }
        let s = idx.sentence_of(i);
        // "no clashes", "did not attack", "n'ont pas attaqué", skipping a determiner.
        // (Or a subject naming nobody before its auxiliaries: "no one has been
        // arrested", "nobody had yet been detained".)
        let aux_only = |a: usize| {
            (a..i).all(|x| {
                passive_aux(w, lex, x)
                    || matches!(w.norm(x), "has" | "have" | "had" | "been" | "yet" | "ever")
            })
        };
        let negated = (i.saturating_sub(6)..i).any(|k| {
            w.same_sentence(k, i)
                && lex.has(E::Negation, w, k)
                && lex
                    .get(E::Negation, w, k)
                    .is_some_and(|(ne, _)| ne <= i && (k + 3 >= i || aux_only(ne)))
        }) || idx.denied.get(i).is_some_and(|d| *d);
        if negated {
            i = e;
            continue;
        }
        let mut j = i;
        while j > 0 && clex.has(C::Det, w, j - 1) && w.same_sentence(j - 1, i) {
            j -= 1;
        }
        // (An attempt at violence is violence all the same: "were killed while attempting
        // to attack a gendarme".)
        // ("to prevent further clashes", « afin d'empêcher de nouveaux affrontements »:
        // what is warded off may be qualified by a few plain words.)
        let plain = |a: usize, b: usize| {
            (a..b).all(|x| {
                let y = &w.words()[x];
                (y.kind == TokenKind::Word && !y.cap || matches!(w.norm(x), "'" | "’"))
                    && lex.trigger(w, idx.doc.text(), x).is_none()
            })
        };
        let purpose = (idx.starts_in(lex, E::Purpose, j.saturating_sub(7), j)).any(|k| {
            match lex.get(E::Purpose, w, k) {
                // (A phrase may end with the determiner: « cesser ses frappes ».)
                Some((pe, "avert")) => [j, i]
                    .iter()
                    .any(|&x| pe <= x && x - pe <= 3 && plain(pe, x)),
                // "urged the rebels to lay down their arms", « a appelé les combattants à
                // déposer les armes »: what one calls on others to do is not done.
                Some((pe, "appeal")) => {
                    pe < j
                        && j - pe <= 5
                        && (matches!(w.norm(j - 1), "to" | "a" | "de" | "d")
                            // (« à la reddition ».)
                            || j >= pe + 2
                                && matches!(w.norm(j - 1), "la" | "l" | "the")
                                && matches!(w.norm(j - 2), "to" | "a"))
                        && (pe..j).all(|x| {
                            w.words()[x].kind == TokenKind::Word
                                && lex.trigger(w, idx.doc.text(), x).is_none()
                        })
                }
                Some((pe, v)) => {
                    k + 4 >= j
                        && (pe == j || pe == i)
                        && !(v == "attempt" && cb.classes[t.class].harm)
                }
                None => false,
            }
        });
        // "near-daily air strikes", « des frappes quasi quotidiennes »: a habit, told as
        // background, not an event.
        // So is what happens "every day" (a recurring time in its clause).
        // (Not one that qualifies a noun that is no event: "market-goers returning from
        // the weekly market", « le marché hebdomadaire ».)
        let attributive = |a: usize, b: usize| {
            let noun = |x: usize| {
                w.get(x)
                    .is_some_and(|x| x.kind == TokenKind::Word && !x.cap)
                    && lex.trigger(w, idx.doc.text(), x).is_none()
            };
            // (An adjective between a determiner and its noun in English, after its noun
            // in French: "the weekly market", « du marché hebdomadaire »; not "attack
            // villages weekly in the area".)
            // (The language's determiners, and French contractions with « de » and « à ».)
            let det = |x: usize| {
                clex.has(C::Det, w, x) || matches!(w.norm(x), "du" | "des" | "au" | "aux" | "d")
            };
            b == a + 1
                && match idx.doc.lang() {
                    sitrep_core::Lang::Fr => {
                        a > 1 && noun(a - 1) && det(a - 2) && !w.norm(a).ends_with("ment")
                    }
                    // (Or after a preposition, a bare plural: "to protest against daily
                    // power cuts".)
                    // (Past a name: "at the Bla weekly market".)
                    _ => {
                        let mut d = a;
                        while d > 1 && w.words()[d - 1].cap && a - d < 2 {
                            d -= 1;
                        }
                        // (Past an owner's name: "Hombori's weekly market".)
                        let genitive = |x: usize| {
                            w.norm(x) == "s" && x > 0 && w.words()[x].glued && w.words()[x - 1].cap
                        };
                        d > 0
                            && (det(d - 1)
                                || d == a && genitive(a - 1)
                                || d == a
                                    && matches!(w.norm(a - 1), "against" | "over" | "about" | "of"))
                            && noun(b)
                    }
                }
        };
        // (The times below are asked only of the trigger's sentence, as each test
        // requires: those that start in it.)
        let (ts0, ts1) = idx.sentences[s];
        let times_here = || {
            idx.starting_in(Mentions::Times, ts0, ts1)
                .map(|k| (k, idx.times[k]))
        };
        let recurring = times_here().any(|(k, (a, b))| {
            idx.doc.times[k].timex_type == sitrep_core::records::TimexType::Set
                && a < w.len()
                && w.same_sentence(a, i)
                && idx.region[a] == idx.region[i]
                && !attributive(a, b)
        });
        // So are the events of vague weeks or months ("suffered several deadly attacks in
        // recent months", "dozens of civilians have been killed in recent weeks"): a
        // summary of many, not one. (A verb's right after it: "marched on Thursday
        // against insecurity on the road, where vehicles have been attacked in recent
        // weeks" is one march.)
        // (Or one that opens the sentence: "In recent years, several chiefs have been
        // kidnapped", « Ces dernières années, plusieurs chefs ont été enlevés ».)
        let summed = times_here().any(|(k, (a, b))| {
            let tm = &idx.doc.times[k];
            let opens = a < i
                && (a == ts0
                    || a == ts0 + 1
                        && matches!(
                            w.norm(ts0),
                            "in" | "over" | "during" | "en" | "durant" | "pendant"
                        )
                    || a == ts0 + 3
                        && matches!(
                            (w.norm(ts0), w.norm(ts0 + 1), w.norm(ts0 + 2)),
                            ("au", "cours", "des" | "de")
                        ));
            tm.timex_type == sitrep_core::records::TimexType::Duration
                && matches!(tm.value.as_str(), "PXW" | "PXM" | "PXY")
                && a < w.len()
                && w.same_sentence(a, i)
                && (opens || idx.region[a] == idx.region[i])
                && (t.noun
                    // (Not past a day and a toll of its own: "In recent months, jihadists
                    // killed 16 soldiers in Boni on Sunday" is news.)
                    || opens
                        && !times_here().any(|(k, (d, _))| {
                            idx.doc.times[k].precision <= 1
                                && d < w.len()
                                && w.same_sentence(d, i)
                        })
                        && !idx.quants.iter().zip(&idx.doc.quantities).any(|(&(q, _), x)| {
                            q < w.len() && w.same_sentence(q, i) && x.value.is_some() && !x.approximate
                        })
                    || a >= e
                        && a - e <= 3
                        && (e..a).all(|x| w.words()[x].kind == TokenKind::Word)
                        // (A span the deed ended, not one it sums: "clashed after weeks of
                        // tension", « après des mois d'accalmie ».)
                        && !(e..a).any(|x| {
                            matches!(w.norm(x), "after" | "following" | "apres" | "suite")
                        })
                        && !(b < w.len() && matches!(w.norm(b), "of" | "de" | "d")))
        });
        // A verb told with a span of years right after it is a state that began long ago,
        // not a deed of the day ("the building, abandoned for several years", « abandonné
        // depuis plusieurs années », "held hostage for two years"). (Not "recaptured Kidal
        // after ten years of rebel control": only a span the state lasted.)
        // (Or of weeks or months for a hold on a place or on people, a state whatever
        // its span: "fighters who had occupied the town's administrative buildings for
        // several weeks", "held hostage for three months".)
        let holds = matches!(
            cb.classes[t.class].key.as_str(),
            "takeover" | "blockade" | "abduct"
        );
        let longstanding = !t.noun
            && times_here().any(|(k, (a, _))| {
                let tm = &idx.doc.times[k];
                tm.timex_type == sitrep_core::records::TimexType::Duration
                    && tm.value.starts_with('P')
                    && (tm.value.ends_with('Y')
                        || holds && (tm.value.ends_with('M') || tm.value.ends_with('W')))
                    && w.same_sentence(a, i)
                    // (Past its agent: "had been encircled by jihadists for more than a
                    // year".)
                    && (e..a.min(e + 8)).any(|f| {
                        f + 1 == a && matches!(w.norm(f), "for" | "depuis" | "pendant" | "durant")
                    })
                    && (e..a).all(|x| {
                        w.words()[x].kind == TokenKind::Word || matches!(w.norm(x), "'" | "’")
                    })
            });
        // A series a preposition governs is what another deed follows ("a curfew on
        // Friday following a series of killings", « à la suite d'une série »).
        let governed = |k: usize| {
            (k.saturating_sub(2)..k).any(|x| {
                matches!(
                    w.norm(x),
                    "following"
                        | "after"
                        | "amid"
                        | "despite"
                        | "since"
                        | "of"
                        | "suite"
                        | "apres"
                        | "malgre"
                        | "depuis"
                        | "d"
                        | "de"
                )
            })
        };
        // A day its sentence dates it to ("a series of strikes on Tuesday").
        let on_a_day = || {
            times_here().any(|(k, (a, _))| {
                let tm = &idx.doc.times[k];
                tm.timex_type == sitrep_core::records::TimexType::Date
                    && tm.precision <= 1
                    && a < w.len()
                    && w.same_sentence(a, i)
            })
        };
        // ("The axis is regularly targeted by mines", « est régulièrement visé », "have
        // repeatedly attacked": an adverb of habit right before a verb; after it,
        // "was shot repeatedly", it tells one deed.)
        // (And a noun in the agent phrase of the verb it qualifies: "is regularly
        // targeted by mines".)
        // (After the verb, only with "since": "convoys have been targeted repeatedly
        // since 2023", « attaqués à plusieurs reprises depuis »; "was shot repeatedly"
        // is one deed.)
        let adverb_since = !t.noun
            && lex.get(E::Habitual, w, e).is_some_and(|(he, v)| {
                v == "adverb"
                    && (he..(he + 2).min(w.len()))
                        .any(|x| w.same_sentence(x, i) && matches!(w.norm(x), "since" | "depuis"))
            });
        let habit_adverb = adverb_since
            || idx
                .starts_in(lex, E::Habitual, i.saturating_sub(6), i)
                .any(|k| {
                    w.same_sentence(k, i)
                        && lex.get(E::Habitual, w, k).is_some_and(|(he, v)| {
                            v == "adverb"
                            && if t.noun {
                                he < j
                                    && j - he <= 3
                                    && (he..j).any(|x| matches!(w.norm(x), "by" | "par"))
                                    // ("have increasingly turned to roadside bombs", « ont
                                    // de plus en plus recours aux engins explosifs »:
                                    // the habit of using them, a verb between.)
                                    || he <= i
                                        && i - he <= 3
                                        && (he..i).all(|x| {
                                            w.words()[x].kind == TokenKind::Word
                                                && !w.words()[x].cap
                                                && !clex.has(C::Det, w, x)
                                                && lex.trigger(w, idx.doc.text(), x).is_none()
                                        })
                            } else {
                                // (A passive's auxiliary between: "have increasingly
                                // been targeted".)
                                he == i
                                    || he == j
                                    || he < i
                                        && i - he <= 2
                                        && (he..i).all(|x| passive_aux(w, lex, x))
                            }
                            // (Or a trigger inside its words: "is regularly the target
                            // of attacks", « régulièrement la cible d'attaques ».)
                            || v == "adverb" && k < i && i < he
                            // (Or before the verb of saying that tells it: "It routinely
                            // says its drones target terrorists".)
                            || v == "adverb"
                                && he < i
                                && idx.cue[he]
                                && (he..i).all(|x| w.same_sentence(x, i))
                        })
                });
        // "a forward headquarters for its operations against ISGS", « une base pour ses
        // opérations »: a deed in the plural of its owner, undated and uncounted in its
        // sentence, is that party's activity, not one event. ("Its strikes killed 20
        // militants on Sunday" counts and dates them.)
        // (Only what the owner's deeds serve: "for its operations", « pour ses
        // opérations »; not "its airstrikes destroyed a base", "during their raids".)
        let owned_plural = t.noun
            && (i..e).any(|x| {
                w.norm(x).len() > 3 && matches!(w.norm(x).as_bytes().last(), Some(b's' | b'x'))
            })
            && (i.saturating_sub(2)..i).any(|x| {
                lex.has(E::Own, w, x)
                    && x > 0
                    && matches!(w.norm(x - 1), "for" | "pour")
                    && (x + 1..i).all(|y| w.words()[y].kind == TokenKind::Word && !w.words()[y].cap)
            })
            && !times_here().any(|(_, (a, _))| a < w.len() && w.same_sentence(a, i))
            && !idx
                .quants
                .iter()
                .any(|&(a, _)| a < w.len() && w.same_sentence(a, i));
        // ("Student protests over grants and living conditions are frequent in Niger's
        // capital", « les enlèvements contre rançon restent fréquents »: a habit said of
        // the noun by a copula, further on in its clause.)
        // What will go on, right after the noun or its adjective: "offensive
        // operations will continue", « les frappes aériennes se poursuivront »; not the
        // deed told before "warned that attacks will continue".
        let future = t.noun
            && (e..(e + 2).min(w.len())).any(|k| {
                w.same_sentence(k, i)
                    && (e..k).all(|x| w.words()[x].kind == TokenKind::Word && !w.words()[x].cap)
                    && lex
                        .get(E::Habitual, w, k)
                        .is_some_and(|(_, v)| v == "future")
            });
        // (No event at all, not one to keep in the background: its date and place are
        // the deed's told before it.)
        if future {
            i = e;
            continue;
        }
        let predicated = t.noun
            && (e..(e + 10).min(w.len())).any(|k| {
                k > e
                    && w.same_sentence(k, i)
                    && matches!(
                        w.norm(k - 1),
                        "are"
                            | "is"
                            | "remain"
                            | "remains"
                            | "sont"
                            | "est"
                            | "restent"
                            | "reste"
                            | "demeurent"
                            | "demeure"
                    )
                    && lex
                        .get(E::Habitual, w, k)
                        .is_some_and(|(_, v)| matches!(v, "1" | "predicate"))
                    && (e..k).all(|x| {
                        !matches!(w.norm(x), "," | ";" | ":")
                            && lex.trigger(w, idx.doc.text(), x).is_none()
                    })
            });
        // "has seen similar incidents since a 2023 attack on the town's checkpoints", «
        // depuis une attaque en 2012 »: a deed named indefinitely after "since" is the
        // past point something is measured from (not "since an attack on Sunday", which
        // dates it to a day of the news).
        let since_past = t.noun
            && i >= 2
            && (i.saturating_sub(3)..i - 1).any(|k| {
                matches!(w.norm(k), "since" | "depuis")
                    && matches!(w.norm(k + 1), "a" | "an" | "une" | "un")
                    && (k + 2..i).all(|x| {
                        let y = &w.words()[x];
                        y.kind == TokenKind::Number || y.kind == TokenKind::Word && !y.cap
                    })
            })
            && !on_a_day();
        // "the fuel crisis caused by jihadist attacks on supply convoys", "referring to
        // attacks on fuel convoys": a bare plural of harm governed by a preposition,
        // with no day and no toll in its sentence, names a kind of deed, not one. (Not
        // "killed in clashes with", a fight told in the plural; nor "in", "on",
        // "during"; nor "three days of talks".)
        let bare_plural = t.noun
            && cb.classes[t.class].harm
            && !matches!(
                cb.classes[t.class].key.as_str(),
                "clash" | "protest" | "riot"
            )
            && w.norm(e - 1).len() > 3
            && w.norm(e - 1).ends_with('s')
            && {
                // (Past its own adjectives: "jihadist attacks", "armed attacks".)
                let mut p = i;
                while p > 0
                    && i - p < 2
                    && w.same_sentence(p - 1, i)
                    && w.words()[p - 1].kind == TokenKind::Word
                    && !w.words()[p - 1].cap
                    && !clex.has(C::Prep, w, p - 1)
                    && !clex.has(C::Det, w, p - 1)
                {
                    p -= 1;
                }
                // (French puts its plural article between: « par des attaques ».)
                if p > 1 && w.norm(p - 1) == "des" {
                    p -= 1;
                }
                // (Not the agent of a deed told right before: "was targeted once again
                // by mortars" names its weapon.)
                let agent_of_deed = |b: usize| {
                    matches!(w.norm(b), "by" | "par")
                        && (b.saturating_sub(4)..b)
                            .any(|x| lex.trigger(w, idx.doc.text(), x).is_some())
                };
                p > 0
                    && w.same_sentence(p - 1, i)
                    && matches!(
                        w.norm(p - 1),
                        "by" | "of"
                            | "to"
                            | "amid"
                            | "against"
                            | "about"
                            | "over"
                            | "from"
                            | "par"
                            | "contre"
                    )
                    && !agent_of_deed(p - 1)
            }
            && !on_a_day()
            && !idx
                .quants
                .iter()
                .any(|&(a, _)| a < w.len() && w.same_sentence(a, i));
        let habitual = recurring
            || since_past
            || bare_plural
            || predicated
            || owned_plural
            || summed
            || longstanding
            || habit_adverb
            || t.noun
                && (idx.starts_in(lex, E::Habitual, j.saturating_sub(3), (e + 3).min(w.len())))
                    .any(|k| {
                        w.same_sentence(k, i)
                            && lex
                                .get(E::Habitual, w, k)
                                // (Qualifying another noun, after the trigger or before
                                // it: "an attack on the weekly market", "a bus going to
                                // the weekly market struck an IED"; not the trigger noun
                                // itself past an adjective, "a daily public rally".)
                                // (Nor a series dated to a day: "a series of strikes on
                                // Tuesday".)
                                .is_some_and(|(he, v)| {
                                    // ("similar attacks" sum others up; "a similar attack
                                    // on Monday" is one.)
                                    if v == "adverb"
                                        || v == "predicate"
                                        || v == "future"
                                        || v == "plural"
                                            && !(i..e).any(|x| w.norm(x).ends_with('s'))
                                    {
                                        return false;
                                    }
                                    // ("a surge in attacks", « une recrudescence des
                                    // attaques »: the trend of the noun right after it, an
                                    // adjective at most between; not "a protest against a
                                    // rise in fuel prices".)
                                    if v == "trend" {
                                        return he <= i
                                            && i - he <= 1
                                            && (he..i).all(|x| {
                                                w.words()[x].kind == TokenKind::Word
                                                    && !w.words()[x].cap
                                            })
                                            && !on_a_day();
                                    }
                                    let qualifies =
                                        attributive(k, he) && (k >= e || !t.noun || j > he + 1);
                                    let one_day = v == "series" && !governed(k) && on_a_day();
                                    !(qualifies || one_day)
                                })
                    });
        // What a protest is against: a harm noun after it in its sentence ("protested
        // the killings"), or harm told after a topic phrase that follows it, in the same
        // clause ("took to the streets to protest against military operations targeting
        // the militia"; not "…, and soldiers killed three protesters").
        // (An event noun of a class that is no harm, such as fighting or arrests, only
        // after a topic phrase: "took to the streets following clashes in Kidal",
        // "marched against the arrests"; not "the march ended in clashes".)
        let harm = cb.classes[t.class].harm;
        let about = (harm || t.noun)
            && protest_sentence.is_some_and(|(ps, pe)| {
                ps == s
                    && (harm && t.noun
                        || (pe..i).any(|k| {
                            lex.get(E::Topic, w, k).is_some_and(|(ce, _)| {
                                ce <= i && !(k..i).any(|x| matches!(w.norm(x), "," | ";"))
                            })
                        }))
            });
        // (The crowd itself, "Protesters upset over attacks attack a family", is an
        // actor named, not a protest against what follows.)
        let crowd = Some(t.class) == protest && idx.actors.iter().any(|&(a, b)| a <= i && e <= b);
        if Some(t.class) == protest && !crowd {
            protest_sentence = Some((s, e));
        }
        // The crowd tells a protest only as the subject its sentence opens with
        // ("Hundreds of protesters …", "On Monday, demonstrators …"), not as anyone's
        // object ("the court sentenced five demonstrators").
        let opening = || {
            (0..i)
                .rev()
                .take_while(|&k| w.same_sentence(k, i))
                .all(|k| {
                    let x = &w.words()[k];
                    x.kind == TokenKind::Number
                        || x.cap
                        || matches!(
                            w.norm(k),
                            "," | "the"
                                | "some"
                                | "about"
                                | "of"
                                | "de"
                                | "des"
                                | "les"
                                | "d"
                                | "on"
                                | "in"
                                | "a"
                                | "hundreds"
                                | "thousands"
                                | "dozens"
                                | "several"
                                | "plusieurs"
                                | "centaines"
                                | "milliers"
                                | "dizaines"
                                | "quelques"
                        )
                })
        };
        if crowd && !opening() {
            i = e;
            continue;
        }
        // "arrested a man suspected of the recent JNIM attack", « soupçonné de
        // l'attaque », "established a base in response to a recent massacre": the
        // reason, an event told before, not a new one. Only a noun, with at most a
        // determiner and modifiers between ("two men suspected of theft were
        // arrested" and "In response to this, soldiers killed" keep their verbs).
        // A verb only after words of a perfect infinitive or a choice between two deeds:
        // "accused of having (either) attacked", « accusés d'avoir attaqué ».
        let perfect = |x: usize| {
            matches!(
                w.norm(x),
                "having" | "been" | "either" | "d" | "avoir" | "ete" | "soit"
            )
        };
        // (Here and below, a phrase is asked only where one may start: `starts_in`.)
        let reason = (idx.starts_in(lex, E::Reason, i.saturating_sub(12), i)).any(|k| {
            w.same_sentence(k, i)
                && lex.get(E::Reason, w, k).is_some_and(|(ce, v)| {
                    !(accused_in_main_clause(w, k) && lex.get(E::Alleged, w, k).is_some())
                        && (v != "past" || !recent_after(idx, ce))
                        && {
                    // (Further along a list: "amid escalating intercommunal violence and
                    // fighting".)
                    let list = (ce..i).any(|x| matches!(w.norm(x), "and" | "et"));
                    // ("in memory of the 37 villagers killed in Koulogon", « en mémoire
                    // des 37 villageois peuls tués »: the participle after the figure of
                    // its victims.)
                    let victims = !t.noun
                        && idx.quants.iter().enumerate().any(|(q, &(qa, qb))| {
                            ce <= qa && qb <= i && idx.doc.quantities[q].casualty.is_some()
                        });
                    ce <= i
                        && (i - ce <= 3 || list && i - ce <= 6 || victims && i - ce <= 6)
                        && (ce..i).all(|x| {
                            (w.words()[x].kind == TokenKind::Word
                                || victims && w.words()[x].kind == TokenKind::Number
                                // (A year before the noun: "suspected of the 2019 killing".)
                                || idx.times.iter().any(|&(ta, tb)| ta <= x && x < tb)
                                || matches!(w.norm(x), "'" | "’"))
                                && lex.trigger(w, idx.doc.text(), x).is_none()
                        })
                        && (t.noun
                            || victims
                            || ce < i && (ce..i).all(perfect)
                            // (A gerund its article makes a noun: "in connection with
                            // the killing of Fulani civilians".)
                            // (Or any with its complement: "into the massacres of
                            // Koulogon"; not a subject's verb, "a day before the
                            // government dissolved the association".)
                            || ce < i
                                && (w.norm(i).ends_with("ing")
                                    || e < w.len()
                                        && matches!(w.norm(e), "of" | "de" | "du" | "des" | "d"))
                                && (ce..i).any(|x| lex.has(E::Definite, w, x)))
                        }
                })
        })
            // (And the nouns joined to it: "amid escalating violence and fighting between
            // armed groups"; not a new clause, "…, and clashes erupted in Boni": no comma
            // between, and no verb after the noun.)
            || t.noun
                && reason_end.is_some_and(|re| {
                    re <= i
                        && i - re <= 3
                        && (re..i).any(|x| matches!(w.norm(x), "and" | "or" | "et" | "ou"))
                        && (re..i).all(|x| {
                            w.words()[x].kind == TokenKind::Word || matches!(w.norm(x), "'" | "’")
                        })
                        && (e >= w.len()
                            || !w.same_sentence(i, e)
                            || w.words()[e].kind != TokenKind::Word
                            || matches!(
                                w.norm(e),
                                "between" | "in" | "of" | "with" | "against" | "among" | "across"
                                    | "entre" | "dans" | "de" | "des" | "du" | "d" | "contre"
                                    | "avec"
                            ))
                });
        reason_end = if reason { Some(e) } else { None };
        // "took back the town from JNIM fighters who had occupied its market", « …
        // qui occupaient le marché »: the hold a retaking ended, told in a relative
        // clause on the side that lost it, is no event of its own.
        let held = (Some(t.class) == takeover || Some(t.class) == territory)
            && out.last().is_some_and(|p: &Trig| {
                Some(p.t.class) == territory
                    && p.sentence == s
                    && i - p.b <= 16
                    // (Or on the town: "retook control of Dinangourou, in the Koro
                    // circle, which had been occupied since February", « qui était
                    // occupée depuis février ».)
                    && (p.b..i).rev().find(|&x| relative_pronoun(w.norm(x))).is_some_and(|r| {
                        (r..i).all(|x| w.words()[x].kind == TokenKind::Word)
                            && (p.b..r).all(|x| w.words()[x].kind == TokenKind::Word || w.norm(x) == ",")
                    })
            });
        // "The arrest comes two months after the junta suspended political parties": a
        // deed measured back from the news is its backstory ([`recap_after`]).
        let recap = || {
            let from = (i.saturating_sub(24)..i)
                .find(|&k| w.same_sentence(k, i))
                .unwrap_or(i);
            recap_after(idx, lex, from, i).is_some_and(|(ae, end)| ae <= i && i < end)
        };
        let unreal = purpose
            || habitual
            || recap()
            || about
            || reason
            || held
            || idx.alleged[i]
            || irrealis(idx, lex, i);
        // "the clashes", "the open battle", "ces frappes": a determiner, maybe an
        // adjective between.
        // ("completed the withdrawal of its personnel": a complement makes it a new
        // description, not a mention of an event told before.)
        // (Not one that points back itself: "the first attack of this kind", « la
        // première attaque de ce type ».)
        let complement = e < w.len()
            && w.same_sentence(i, e)
            && matches!(w.norm(e), "of" | "de" | "du" | "des" | "d")
            && !lex.has(E::OfKind, w, e);
        let definite = t.noun
            && !complement
            && (i.saturating_sub(3)..i).rev().any(|k| {
                lex.has(E::Definite, w, k)
                    && (k + 1..i).all(|x| !w.words()[x].cap && w.words()[x].kind == TokenKind::Word)
            });
        // "It was the first bombardment of the town since the rainy season", « la
        // première attaque contre la ville depuis » : the deed just told, measured
        // against the past.
        let first_since = t.noun
            && (i.saturating_sub(2)..i)
                .any(|k| matches!(w.norm(k), "first" | "premier" | "premiere"))
            && (e..(e + 6).min(w.len()))
                .take_while(|&k| w.same_sentence(i, k))
                .any(|k| matches!(w.norm(k), "since" | "depuis"));
        let definite = definite || first_since;
        // Nothing but punctuation before it in its sentence, and a colon right after.
        let label = t.noun
            && e < w.len()
            && w.norm(e) == ":"
            && (0..i)
                .rev()
                .take_while(|&k| w.same_sentence(k, i))
                .all(|k| w.words()[k].kind != TokenKind::Word);
        out.push(Trig {
            a: i,
            b: e,
            t,
            sentence: s,
            region: idx.region[i],
            unreal,
            definite,
            label,
            joined: false,
            cared,
            held,
        });
        crowds.push(crowd);
        i = e;
    }
    // A crowd gathering that then beats or kills someone, the same men ("Dozens of people
    // gathered … and beat him with sticks", « se sont rassemblés et l'ont lynché »), is a
    // mob, not a protest.
    if let Some(mob) = cb.classes.iter().position(|c| c.key == "mob") {
        for k in 0..out.len().saturating_sub(1) {
            let (g, h) = (&out[k], &out[k + 1]);
            // (The doer not named again after the "and": "and beat him", « et l'ont
            // battu », not "and police beat them".)
            let joined = g.sentence == h.sentence
                && h.a - g.b <= 16
                && (g.b..h.a)
                    .rev()
                    .find(|&x| matches!(w.norm(x), "and" | "et" | "then" | "puis"))
                    .is_some_and(|c| {
                        h.a - c <= 4
                            && !idx.actors.iter().any(|&(a, _)| c < a && a < h.a)
                            // (Active: not "and were beaten by police".)
                            && !(c + 1..h.b).any(|x| passive_aux(w, lex, x))
                    });
            if g.t.crowd_subj && joined && cb.classes[h.t.class].harm && !h.unreal {
                out[k].t.class = mob;
            }
        }
    }
    // A crowd named tells a protest only when its sentence tells nothing else
    // ("Protestors surrounded the palace"; not "protesters attacked a family", where
    // they are the attack's actor).
    let alone = |k: usize| {
        out.iter()
            .enumerate()
            .all(|(x, o)| x == k || o.sentence != out[k].sentence)
    };
    let keep: Vec<bool> = (0..out.len()).map(|k| !crowds[k] || alone(k)).collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    out
}

/// Does the trigger at `[a, b)` end with the word that points at its target
/// ("operation against", « opération visant »)? What follows it is what was hit.
fn aimed(w: &Words, a: usize, b: usize) -> bool {
    b > a && matches!(w.norm(b - 1), "against" | "targeting" | "contre" | "visant")
}

/// Is the subject right before the word of leaving or moving in at `i` people who may
/// flee or travellers' vehicles (`displaced`: "families", « les habitants », "the cart"),
/// only auxiliaries and adverbs between ("have since", « a »), and no armed party told
/// just before them ("JNIM fighters in a pickup truck entered Boni")?
fn displaced_subject(idx: &Idx, lex: &EventLex, i: usize) -> bool {
    let w = idx.w;
    let (s0, _) = idx.sentences[idx.sentence_of(i)];
    let between = |x: usize| {
        lex.has(E::Passive, w, x)
            || matches!(
                w.norm(x),
                "have"
                    | "has"
                    | "had"
                    | "been"
                    | "since"
                    | "then"
                    | "also"
                    | "already"
                    | "all"
                    | "later"
                    | "a"
                    | "ont"
                    | "avait"
                    | "avaient"
                    | "deja"
                    | "aussi"
                    | "ensuite"
                    | "alors"
                    | "depuis"
                    | "tous"
                    | "toutes"
            )
    };
    let armed_before = |k: usize| {
        idx.actors.iter().enumerate().any(|(x, &(a, _))| {
            a < k && a + 6 >= k && a >= s0 && matches!(idx.doc.actors[x].inter, Some(1..=4 | 8))
        })
    };
    (i.saturating_sub(8).max(s0)..i).any(|k| {
        lex.get(E::Displaced, w, k)
            .is_some_and(|(end, _)| end <= i && i - end <= 3 && (end..i).all(between))
            && !armed_before(k)
    })
}

/// Is the weapon noun at `[a, b)` an item in a list of things seized or found, the
/// haul phrase within eight words before or after it with only the list between?
fn hauled(idx: &Idx, lex: &EventLex, a: usize, b: usize) -> bool {
    let w = idx.w;
    let listed = |x: usize| {
        w.same_sentence(x, a)
            && !matches!(
                w.norm(x),
                "after"
                    | "following"
                    | "in"
                    | "during"
                    | "by"
                    | "when"
                    | "on"
                    | "from"
                    | "despite"
                    | "amid"
                    | "amidst"
                    | "apres"
                    | "lors"
                    | "suite"
                    | "par"
                    | "dans"
                    | "pendant"
                    | "malgre"
                    | "."
                    | ";"
                    | ":"
            )
            && (lex.trigger(w, idx.doc.text(), x).is_none()
                // (A trigger word inside a phrase that names no deed: « fusils d'assaut ».)
                || (x.saturating_sub(4)..=x)
                    .any(|k| lex.get(E::Inert, w, k).is_some_and(|(ke, _)| ke > x)))
    };
    // (Not a longer trigger starting with it: "seized control of the town".)
    let haul = |k: usize| {
        lex.get(E::Haul, w, k).filter(|&(ke, _)| {
            lex.trigger(w, idx.doc.text(), k)
                .is_none_or(|(te, _)| te <= ke)
        })
    };
    let before = (a.saturating_sub(8)..a).rev().find(|&k| haul(k).is_some());
    if let Some(k) = before
        && let Some((ke, _)) = haul(k)
        && ke <= a
        && (ke..a).all(listed)
    {
        return true;
    }
    // (Past where it was found, a long list: « ont saisi dans une case abandonnée quatre
    // fusils d'assaut, deux obus de mortier ».)
    let counted = |x: usize| {
        w.words()[x].kind == TokenKind::Number
            || matches!(
                w.norm(x),
                "two" | "three" | "four" | "several" | "deux" | "trois" | "quatre" | "plusieurs"
            )
    };
    let found_in = (a.saturating_sub(16)..a).rev().find_map(|k| {
        let (ke, _) = haul(k)?;
        (ke < a && matches!(w.norm(ke), "in" | "inside" | "at" | "dans" | "a"))
            .then(|| (ke + 1..(ke + 9).min(a)).find(|&x| counted(x)))
            .flatten()
    });
    if let Some(start) = found_in
        && (start..a).all(listed)
    {
        return true;
    }
    // (Not "IEDs seized from the army", where the haul word only says where they came
    // from.)
    (b..(b + 8).min(w.len()))
        .find(|&k| haul(k).is_some())
        .is_some_and(|k| {
            (b..k).all(|x| listed(x) || lex.has(E::Passive, w, x))
                && haul(k)
                    .is_some_and(|(ke, _)| !matches!(w.norm(ke), "from" | "de" | "du" | "des"))
        })
}

/// True when an irrealis phrase ("if", "would be", "seemed imminent", "pourrait") is in
/// the trigger's clause; "could have", "aurait" report, they do not imagine.
fn irrealis(idx: &Idx, lex: &EventLex, i: usize) -> bool {
    let w = idx.w;
    let (s0, s1) = idx.sentences[idx.sentence_of(i)];
    let boundary = |k: usize| matches!(w.norm(k), "," | ";" | "–" | "—" | ":");
    // (Not a month's name: "BAMAKO, May 17 (Reuters) - Militants attacked…".)
    let irrealis_at = |k: usize| {
        lex.get(E::Irrealis, w, k)
            .is_some_and(|(e, _)| !matches!(w.norm(e), "have" | "avoir" | "ete" | "eu"))
            && !idx.times.iter().any(|&(ta, tb)| ta <= k && k < tb)
    };
    // In the trigger's clause, between the boundaries around it (asked only where a
    // phrase may start).
    let mut a = i;
    while a > s0 && !boundary(a - 1) {
        a -= 1;
    }
    let mut b = i;
    while b < s1 && !boundary(b) {
        b += 1;
    }
    let in_clause = (idx.starts_in(lex, E::Irrealis, a, b)).any(irrealis_at);
    // An "if" clause opened before the comma still governs ("If …, it would …" no;
    // "If it would offer … in its current fight" yes): the region tells.
    in_clause
        || (idx.region[i] != 0
            && (0..i)
                .rev()
                .take_while(|&k| idx.region[k] == idx.region[i])
                .any(|k| lex.has(E::Irrealis, w, k) && w.norm(k) == "if"))
}

/// The words of allegations (their deeds are no events, their dead no toll): after a
/// phrase of what someone is held for ("suspected of", « accusés d' »), to the end of
/// its phrase, at most eight words. The phrase ends at a comma, a relative pronoun, an
/// auxiliary of the main clause ("two men suspected of theft were arrested") or a verb
/// past its first two words ("a man accused of rape in Timbuktu received 100 lashes"):
/// the alleged deed comes first ("of killing", « d'avoir ravitaillé »).
fn alleged(doc: &Doc, w: &Words, lex: &EventLex, first: &Firsts) -> Vec<bool> {
    let fr = doc.lang() == sitrep_core::Lang::Fr;
    let aux = |x: &str| {
        if fr {
            matches!(
                x,
                "a" | "ont" | "est" | "sont" | "ete" | "avait" | "avaient" | "etait" | "etaient"
            )
        } else {
            matches!(x, "was" | "were" | "is" | "are" | "has" | "have" | "had")
        }
    };
    let text = doc.text();
    let mut out = vec![false; w.len()];
    let mut i = 0;
    let mut scan = first.scan(ALLEGED);
    while let Some(c) = scan.next(i) {
        i = c;
        let Some((e, _)) = lex.get(E::Alleged, w, i) else {
            i += 1;
            continue;
        };
        if accused_in_main_clause(w, i) {
            i = e;
            continue;
        }
        let mut j = e;
        while j < w.len()
            && j < e + 8
            && w.same_sentence(e.saturating_sub(1), j)
            && !matches!(w.norm(j), "," | ";" | ":" | "(" | ")")
            && !relative_pronoun(w.norm(j))
            && !aux(w.norm(j))
            // (A deed helped is still the allegation: "suspected of having helped lay
            // the mine".)
            && !(j >= e + 2
                && lex.trigger(w, text, j).is_some_and(|(_, t)| !t.noun)
                && !lex.has(E::Support, w, j - 1))
        {
            out[j] = true;
            j += 1;
        }
        i = j.max(i + 1);
    }
    out
}

/// "Soldiers were accused of executing 30 men", « des soldats sont accusés d'avoir
/// exécuté »: an accusation that is the sentence's own predicate reports its deed (with
/// the accused as its author), unlike one that only says why someone was held ("two men
/// accused of theft were arrested", "a man who was accused of rape").
/// (The clause must open the sentence: "after they were accused of…", "who had long
/// been accused of…" say why someone else acted.)
fn accused_in_main_clause(w: &Words, k: usize) -> bool {
    let passive = |x: &str| {
        matches!(
            x,
            "was" | "were" | "is" | "are" | "been" | "ete" | "sont" | "est" | "etaient" | "etait"
        )
    };
    let Some(first) = w.get(k) else { return false };
    let s0 = w.words().partition_point(|x| x.sentence < first.sentence);
    k >= 2
        && k - 2 >= s0
        && passive(w.norm(k - 1))
        && w.words()[k - 2].kind == TokenKind::Word
        && (s0..k - 1).all(|i| {
            !relative_pronoun(w.norm(i))
                && !matches!(
                    w.norm(i),
                    "," | ";"
                        | "after"
                        | "because"
                        | "since"
                        | "as"
                        | "when"
                        | "while"
                        | "that"
                        | "they"
                        | "he"
                        | "she"
                        | "que"
                        | "qu"
                        | "parce"
                        | "apres"
                        | "lorsque"
                        | "lorsqu"
                        | "quand"
                        | "car"
                        | "ils"
                        | "il"
                        | "elle"
                        | "elles"
                )
        })
}

/// Where the deed told in words `from..to` that the news is measured back from starts
/// and ends: after a verb, a stretch of time and the word before the deed ("the arrest
/// comes two months after the junta suspended…", « cette arrestation intervient deux
/// mois après la suspension… »), to the end of its clause. That deed is backstory, and
/// the figures told in it are its own ("come a week after JNIM attacked a school in
/// Kati, killing 70": a participle or a relative pronoun after a comma goes on with
/// it; "The attack, which comes two weeks after a raid, killed 12 soldiers" does not).
fn recap_after(idx: &Idx, lex: &EventLex, from: usize, to: usize) -> Option<(usize, usize)> {
    let w = idx.w;
    let clause_end = |a: usize| {
        let mut x = a;
        while x < w.len() && w.same_sentence(x, a) {
            if matches!(w.norm(x), "," | ";" | ":" | "(")
                && !(x + 1 < w.len()
                    && w.same_sentence(x + 1, a)
                    && (w.norm(x + 1).ends_with("ing")
                        || w.norm(x + 1).ends_with("ant")
                        || matches!(w.norm(x + 1), "which" | "qui")))
            {
                break;
            }
            x += 1;
        }
        x
    };
    (from..to).find_map(|k| {
        let (ke, v) = lex.get(E::Recap, w, k)?;
        // ("This seizure follows the explosion of…", « fait suite à l'explosion »: the
        // verb says "after" itself; "the attack comes just after clashes": or no stretch
        // of time between. Only with the news as its subject, a demonstrative's or an
        // event's noun: not "Soldiers who had come shortly after the alert", « l'armée
        // intervient juste après », "the army follows up".)
        let news_subject = || {
            (k.saturating_sub(2)..k)
                .any(|j| matches!(w.norm(j), "this" | "these" | "cette" | "ce" | "cet" | "ces"))
                || k > 0
                    && lex
                        .trigger(w, idx.doc.text(), k - 1)
                        .is_some_and(|(te, t)| t.noun && te == k)
        };
        if v == "follows" {
            return news_subject().then(|| (ke, clause_end(ke)));
        }
        if v != "verb" {
            return None;
        }
        if let Some((ae, "right_after")) =
            lex.get(E::Recap, w, ke).filter(|_| w.same_sentence(k, ke))
        {
            return news_subject().then(|| (ae, clause_end(ae)));
        }
        idx.starting_in(Mentions::Times, ke, ke + 1).find_map(|x| {
            let (ta, tb) = idx.times[x];
            (ta == ke
                && w.same_sentence(k, tb)
                && idx.doc.times[x].timex_type == sitrep_core::records::TimexType::Duration)
                .then(|| lex.get(E::Recap, w, tb))
                .flatten()
                .filter(|&(_, v)| v == "after")
                .map(|(ae, _)| (ae, clause_end(ae)))
        })
    })
}

/// Where the relative pronoun stands that opens the clause word `at` is in, if a
/// relative pronoun opens it ("clashes [which broke out on Tuesday]").
fn relative_at(idx: &Idx, at: usize) -> Option<usize> {
    let r = idx.region[at];
    if r == 0 {
        return None;
    }
    let mut i = at;
    while i > 0 && idx.region[i - 1] == r {
        i -= 1;
    }
    relative_pronoun(idx.w.norm(i)).then_some(i)
}

/// Does word `i` open a verb of something going on, in English's past progressive
/// ("were collecting") or French's imperfect (« ramassaient », « se rendaient »)?
fn ongoing(w: &Words, i: usize) -> bool {
    let at = |k: usize| if k < w.len() { w.norm(k) } else { "" };
    match at(i) {
        "was" | "were" => at(i + 1).ends_with("ing"),
        "se" | "s" | "'" | "’" => {
            let j = if matches!(at(i + 1), "'" | "’") {
                i + 2
            } else {
                i + 1
            };
            at(j).ends_with("ait") || at(j).ends_with("aient")
        }
        v => v.ends_with("ait") || v.ends_with("aient"),
    }
}

/// Of two areas named by their towns, is `q` the finer ("the commune of Dioura, in the
/// cercle of Ténenkou": a commune's town against a cercle's seat)? By the admin level
/// the town is the seat of: a region's, then a cercle's, then none.
fn finer_area(
    q: &sitrep_core::records::PlaceMention,
    p: &sitrep_core::records::PlaceMention,
) -> bool {
    let level = |x: &sitrep_core::records::PlaceMention| match x.feature.as_deref() {
        Some("P.PPLC" | "P.PPLA" | "A.ADM1") => 1,
        Some("P.PPLA2" | "A.ADM2") => 2,
        _ => 3,
    };
    q.geo_precision == 3 && p.geo_precision == 3 && level(q) > level(p)
}

/// A relative pronoun, which opens a clause about the noun before it.
fn relative_pronoun(norm: &str) -> bool {
    matches!(
        norm,
        "who" | "which" | "whose" | "qui" | "dont" | "lequel" | "laquelle"
    )
}

/// A clause that names a place or a date of its own ("…, while a drone strike killed
/// five militants near Hombori on 9 January").
fn set_apart(idx: &Idx, r: u32) -> bool {
    r != 0
        && idx
            .places
            .iter()
            .chain(&idx.times)
            .any(|&(a, _)| idx.region[a] == r)
}

/// A deed told as a repeat ("was attacked again", « a de nouveau été attaqué »): the
/// word right after the trigger, or right before it with only auxiliaries between;
/// dated after it, to a later day than the last date before it in its sentence ("in
/// 2019 … again on Monday"). A repeat told with no later day of its own ("again at
/// night", "had been attacked again in March") is part of the deed or its background.
fn repeated(idx: &Idx, lex: &EventLex, t: &Trig) -> bool {
    let w = idx.w;
    let again = lex.has(E::Again, w, t.b)
        || (t.a.saturating_sub(4)..t.a).any(|i| {
            lex.get(E::Again, w, i)
                .is_some_and(|(e, _)| (e..t.a).all(|k| passive_aux(w, lex, k)))
        });
    if !again {
        return false;
    }
    let (s0, s1) = idx.sentences[t.sentence];
    let start = |k: usize| idx.doc.times[k].start;
    let before = (0..idx.times.len())
        .rfind(|&k| s0 <= idx.times[k].0 && idx.times[k].1 <= t.a && !idx.said[k])
        .and_then(start);
    let after = (0..idx.times.len())
        .find(|&k| t.b <= idx.times[k].0 && idx.times[k].0 < s1 && !idx.said[k])
        .and_then(start);
    matches!((before, after), (Some(b), Some(a)) if a > b)
}

/// Does the mention at word `at` open the phrase a reason governs ("in memory of the 37
/// villagers killed", "suspected of the 2019 killing", « en mémoire des 37
/// villageois »)? Its figures and dates are the reason's deed's.
fn after_reason(idx: &Idx, lex: &EventLex, clex: &ClaimLex, at: usize) -> bool {
    let w = idx.w;
    (at.saturating_sub(5)..at).any(|k| {
        w.same_sentence(k, at)
            && lex.get(E::Reason, w, k).is_some_and(|(ce, v)| {
                ce <= at
                    && (ce..at).all(|x| clex.has(C::Det, w, x))
                    && (v != "past" || !recent_after(idx, ce))
            })
    })
}

/// Does a time of the month before the news date the words right after word `from`
/// ("in memory of the 12 soldiers killed on Saturday", « l'attaque de samedi »)? A
/// remembrance or an inquiry of such a deed still tells it.
fn recent_after(idx: &Idx, from: usize) -> bool {
    let w = idx.w;
    let Some(p) = idx.doc.published() else {
        return false;
    };
    (0..idx.times.len()).any(|k| {
        let (a, _) = idx.times[k];
        a >= from
            && a < from + 16
            && a < w.len()
            && w.same_sentence(from.min(w.len() - 1), a)
            && !idx.said[k]
            && idx.doc.times[k]
                .start
                .is_some_and(|d| d <= p && days_between(d, p) <= 30)
    })
}

/// Triggers of one sentence and one clause are one event (unreal ones apart).
fn group(idx: &Idx, lex: &EventLex, trigs: &[Trig], cb: &Codebook) -> Vec<Ev> {
    let w = idx.w;
    // (At most an event a trigger: room for all at once.)
    let mut out: Vec<Ev> = Vec::with_capacity(trigs.len());
    let outcome = |t: &Trig| cb.classes[t.t.class].outcome;
    let set_apart = |r: u32| set_apart(idx, r);
    // "JNIM attacked a post in Boni on 10 November; on 11 November the army struck
    // Douentza": past a semicolon, a deed whose clause names a place or a date of its
    // own is another event, as after a full stop.
    let own_clause = |last: &Trig, t: &Trig| {
        let Some(semi) = (last.b..t.a).rev().find(|&i| w.norm(i) == ";") else {
            return false;
        };
        let (_, s1) = idx.sentences[t.sentence];
        let end = (t.b..s1).find(|&i| w.norm(i) == ";").unwrap_or(s1);
        idx.places
            .iter()
            .chain(&idx.times)
            .any(|&(a, _)| semi < a && a < end)
    };
    // A relative clause on the subject ("ISGS fighters, who had seized Tidermene last
    // month, executed three chiefs on Sunday") tells of the subject: an outcome in the
    // main clause after it does not join the relative clause's deed.
    let relative = |r: u32| {
        r != 0
            && idx
                .region
                .iter()
                .position(|&x| x == r)
                .is_some_and(|i| i > 0 && w.norm(i - 1) == "," && relative_pronoun(w.norm(i)))
    };
    // "Ségué, already targeted in 2019 by an attack…, was attacked again on Monday", «
    // a de nouveau été attaqué »: a deed told as a repeat is a new occurrence, not the
    // one before it in its sentence.
    let again = |t: &Trig| repeated(idx, lex, t);
    // "Boni, occupied by jihadists in 2012, was attacked on Sunday", « Boni, occupée
    // par les jihadistes en 2012, a été attaquée dimanche »: a participle in apposition
    // to the subject that opens the sentence describes it, as a relative clause would;
    // its deed is not the main clause's.
    // (Only with a date of its own in the apposition, older than the month before the
    // news: "The camp, shelled by jihadists on Sunday, was evacuated" tells one story.)
    let published = idx.doc.published();
    let apposed = |t: &Trig| {
        let (s0, _) = idx.sentences[t.sentence];
        let old_date = || {
            (0..idx.times.len()).any(|k| {
                let (a, _) = idx.times[k];
                a >= t.b
                    && a < t.b + 10
                    && w.same_sentence(t.a, a)
                    && !(t.b..a).any(|x| w.norm(x) == ",")
                    && idx.doc.times[k]
                        .end
                        .zip(published)
                        .is_some_and(|(d, p)| d < p && days_between(d, p) > 30)
            })
        };
        !t.t.noun
            && !outcome(t)
            && t.a > s0 + 1
            && w.norm(t.a - 1) == ","
            && t.a - 1 - s0 <= 5
            && (s0..t.a - 1).all(|i| w.words()[i].kind == TokenKind::Word)
            // (The main verb's auxiliary right after the closing comma: not a list of
            // deeds, "The attackers arrived, opened fire and then set fire to shops, a
            // spokesman said".)
            && (t.b..(t.b + 10).min(w.len()))
                .take_while(|&i| w.same_sentence(t.a, i))
                .find(|&i| w.norm(i) == ",")
                .is_some_and(|c| {
                    c + 1 < w.len()
                        && (passive_aux(w, lex, c + 1)
                            || matches!(
                                w.norm(c + 1),
                                "has" | "had" | "have" | "a" | "ont" | "avait" | "avaient"
                            ))
                })
            // (Asked last: most triggers fail the cheap tests above.)
            && old_date()
    };
    for t in trigs {
        // Across clauses, an outcome joins the deed it tells of ("were killed when their
        // vehicle hit a mine"), and so does what they were doing ("were killed while
        // laying an IED"); a deed of its own after a deed, with its own place or date,
        // is another event ("ambushed a patrol, killing three, while a drone strike
        // killed five near Hombori"); without them it is how the deed went ("attacked
        // the base…, while militants and peacekeepers exchanged gunfire").
        if let Some(e) = out.last_mut()
            && let Some(last) = e.trigs.last()
            && last.sentence == t.sentence
            && (last.region == t.region
                || outcome(t) && !(relative(last.region) && t.region == 0)
                || outcome(last)
                    && ((t.a..t.b).any(|i| w.norm(i).ends_with("ing"))
                        || !set_apart(t.region)
                        || e.trigs.iter().all(|x| outcome(x) || x.label)))
            && last.unreal == t.unreal
            && (outcome(t) || !own_clause(last, t) && !again(t))
            && !apposed(last)
        {
            e.trigs.push(*t);
            e.classes.push(t.t.class);
            e.definite &= t.definite;
            continue;
        }
        out.push(Ev {
            trigs: vec![*t],
            classes: vec![t.t.class],
            a1: None,
            a2: None,
            assoc1: Vec::new(),
            assoc2: Vec::new(),
            taker: false,
            time: None,
            place: None,
            casualties: Vec::new(),
            claims: Vec::new(),
            evidence: Vec::new(),
            sentences: vec![t.sentence],
            unreal: t.unreal,
            definite: t.definite,
            time_far: false,
            place_far: false,
            target_civilian: None,
            target_settlement: false,
            target_public: false,
            target_force: None,
            mods: Vec::new(),
            defenders: None,
            fights_back: false,
            disarmed: false,
            a1_pronoun: false,
            foreign_regions: Vec::new(),
            toll_words: (0, usize::MAX),
            repeated: false,
            taking: false,
        });
    }
    out
}

/// The trigger that names the event: a heading that names it ("Looting: …"), else the
/// highest-priority class of those not told of what went with it ("Youths burned the
/// police station. A protester was killed in clashes with the police": a riot).
fn primary<'a>(cb: &Codebook, e: &'a Ev) -> &'a Trig {
    e.trigs
        .iter()
        .max_by_key(|t| {
            (
                t.label,
                !t.joined,
                cb.classes[t.t.class].priority,
                std::cmp::Reverse(t.a),
            )
        })
        .expect("an event has a trigger")
}

/// Actors, date, place, casualties and what qualifies the event, from its sentence.
fn assemble(
    idx: &Idx,
    lex: &EventLex,
    clex: &ClaimLex,
    cb: &Codebook,
    dict: &ActorDict,
    alex: &crate::actor::lex::ActorLex,
    e: &mut Ev,
) {
    let w = idx.w;
    let cb_prim = e.trigs[0];
    let sent = cb_prim.sentence;
    let (s0, s1) = idx.sentences[sent];
    let region = cb_prim.region;
    // The clause of the deed when the sentence opens with its outcome: "three soldiers
    // were killed when JNIM attacked their post" has its attacker in the "when" clause.
    let deed_region = e
        .trigs
        .iter()
        .find(|t| !cb.classes[t.t.class].outcome)
        .map_or(region, |t| t.region);
    let first = e.trigs.first().map(|t| t.a).unwrap_or(s0);
    let last = e.trigs.last().map(|t| t.b).unwrap_or(s1);
    let in_sentence = |(a, _): (usize, usize)| a >= s0 && a < s1;
    let same_region = |a: usize| idx.region[a] == region;

    // Actors that can be arguments: in the sentence, not a claim's anonymous source.
    // (A party an allegation names stays one: ACLED codes the group people are arrested
    // as suspects of, "arrested a man suspected of the recent JNIM attack".)
    let alleged_event = e.trigs.first().is_some_and(|t| idx.alleged[t.a]);
    let cands: Vec<usize> = idx
        .starting_in(Mentions::Actors, s0, s1)
        .filter(|&k| in_sentence(idx.actors[k]))
        .collect();
    let oblique = |k: usize| governed(w, clex, idx.actors[k].0);
    // The subject: after the last cue before the trigger ("the army said the rebels
    // attacked" → the rebels), the actor right before it, else the first not governed
    // by a preposition.
    // (A trigger that begins with a cue, "has claimed control over", is no report of
    // what follows: the cue's own words before it are not searched.)
    let mut own = first;
    while idx.cue.get(first).copied().unwrap_or(false) && own > s0 && idx.cue[own - 1] {
        own -= 1;
    }
    // (The last cue word before `own`, found in a slice: no bounds test a word.)
    let lo = (idx.cue[s0..own.max(s0)].iter())
        .rposition(|&c| c)
        .map_or(s0, |p| s0 + p + 1);
    // "196 civilians (out of 737) had left": civilians counted are a figure, not who
    // acts ("dozens of militants attacked" still act).
    let within = |q: usize, a: usize| {
        let (qa, qb) = idx.quants[q];
        qa < a && a <= qb
    };
    let counted = |k: usize| {
        let a = idx.actors[k].0;
        idx.doc.actors[k].inter == Some(7)
            && ((0..idx.quants.len()).any(|q| within(q, a))
                || (a > 0 && w.words()[a - 1].kind == TokenKind::Number))
    };
    // "Three soldiers died and two injured when their vehicle hit a mine": the dead
    // and wounded counted are victims, never who acts. (Also a figure that is the
    // mention itself: "A gendarme and a civilian were killed".)
    let victim = |k: usize| {
        let a = idx.actors[k].0;
        (0..idx.quants.len()).any(|q| {
            (within(q, a) || idx.quants[q].0 == a)
                && matches!(
                    idx.doc.quantities[q].casualty.as_deref(),
                    Some("killed" | "injured")
                )
        })
    };
    // "A Malian military vehicle", "a MINUSMA convoy": the actor owns what was hit.
    let hit_at = |i: usize, end: Option<usize>| {
        lex.get(E::Target, w, i)
            .is_some_and(|(te, v)| (v == "armed" || v == "civilian") && end.is_none_or(|b| te == b))
    };
    let owner = |k: usize| {
        let b = idx.actors[k].1;
        b < s1 && hit_at(b, None)
    };
    // Whose place was hit, also when the place has a name of its own ("the MINUSMA
    // Super Camp", "the Barkhane/MINUSMA Amachach base": `owner_named`, also used when
    // nobody else was hit), or, for the patient of a passive, when the mention took the
    // noun in ("the MINUSMA base in Tessalit was shelled", where "base" is one of its
    // members' words: `owner_hit`). (Not for a subject: "JNIM militants" end in a
    // target noun too.)
    let owner_named = |k: usize| {
        let b = idx.actors[k].1;
        let mut p = b;
        while p < s1 && p < b + 2 && w.words()[p].cap && !hit_at(p, None) {
            p += 1;
        }
        p < s1 && hit_at(p, None)
    };
    let owner_hit = |k: usize| {
        let (a, b) = idx.actors[k];
        owner_named(k) || (a..b).any(|i| hit_at(i, Some(b)) && !lex.has(E::Victim, w, i))
    };
    // ("A Malian army detachment executed", "Al Qaida fighters killed": a unit or
    // the members of a group are the group, and can be a subject.)
    let unit_of = |k: usize| {
        let b = idx.actors[k].1;
        b < s1 && (lex.has(E::Unit, w, b) || alex.has(crate::actor::lex::A::Member, w, b))
    };
    // "A group of Malian soldiers attacked", « un groupe d'hommes armés »: a body of
    // people before "of" is its group, which can be a subject.
    let group_of = |k: usize| {
        let mut p = idx.actors[k].0;
        if p > s0 && clex.has(C::Det, w, p - 1) {
            p -= 1;
        }
        // (« Des combattants de l'État islamique ont exécuté »: a clause's first « des »
        // is the plural article, not "of the".)
        let article = |x: usize| {
            w.norm(x) == "des"
                && (x == s0
                    || matches!(
                        w.norm(x - 1),
                        "," | ";" | ":" | "et" | "puis" | "que" | "qu"
                    ))
        };
        // (Not itself a complement, "the family of members of the army", nor a named
        // force's unit, "the Malian contingent of the G5 Sahel force".)
        let nested = p >= s0 + 3
            && (matches!(w.norm(p - 3), "of" | "de" | "d" | "des" | "du") && !article(p - 3)
                || alex.has(crate::actor::lex::A::Demonym, w, p - 3)
                || idx.actors.iter().any(|&(_, b)| b == p - 2));
        // (« une patrouille des FAMa », « une unité du GTIA »: "of the" in one word.)
        p >= s0 + 2
            && matches!(w.norm(p - 1), "of" | "de" | "d" | "des" | "du")
            // (Of two words: « les vecteurs aériens des FAMa ».)
            && (lex.has(E::Unit, w, p - 2)
                || p >= s0 + 3 && lex.get(E::Unit, w, p - 3).is_some_and(|(e, _)| e == p - 1))
            && !nested
    };
    // "Dozens of Malian soldiers", « des dizaines de soldats »: the "of" is the
    // figure's, not a preposition's.
    let quantified = |k: usize| {
        let a = idx.actors[k].0;
        a > s0
            && matches!(w.norm(a - 1), "of" | "de" | "d")
            && (0..idx.quants.len()).any(|q| within(q, a))
    };
    // A trigger whose subject acted though counted among the dead ("militants were
    // killed while planting an IED"), when the sentence's subject is among the dead
    // ("the army killed militants who were planting" keeps the army).
    let planter = e.trigs.iter().any(|x| x.t.subj_a1)
        && cands
            .iter()
            .find(|&&k| idx.actors[k].1 <= first && !oblique(k))
            .is_some_and(|&k| victim(k));
    // `agent`: who acts (a victim counted is not), else who undergoes it. `near`: only
    // the actor right before `before`.
    // "According to the army, …", « Selon le gouverneur de Mopti, … »: a source, not
    // who acted.
    let sourced = |k: usize| {
        clex.ending_at(C::CuePrep, w, past_dets(w, clex, idx.actors[k].0), 3)
            .is_some()
    };
    // "The faction announced that it renounced armed struggle", « a annoncé qu'elle
    // renonçait »: a complementizer whose clause opens with a pronoun just before the
    // deed carries the main subject across.
    let resumed = |i: usize, before: usize| {
        let mut p = i + 1;
        if p < before && matches!(w.norm(p), "'" | "’") {
            p += 1;
        }
        // (Past an auxiliary or two: "that it was laying down", « qu'ils allaient ».)
        p < before
            && before - p <= 3
            && (p + 1..before).all(|x| w.words()[x].kind == TokenKind::Word && !w.words()[x].cap)
            && matches!(
                w.norm(p),
                "it" | "they" | "he" | "she" | "il" | "elle" | "ils" | "elles"
            )
    };
    let subject_at = |before: usize, agent: bool, near: bool| -> Option<usize> {
        // ("The CSP-PSD informs … that … a drone of the army struck": no subject across
        // a complementizer.)
        // (A relative pronoun right after the subject, or its comma, is none: « des
        // hommes armés(,) que des habitants ont identifiés comme… ont tué ».)
        let ok = |k: &usize| {
            let (a, b) = idx.actors[*k];
            a >= lo
                && b <= before
                && (!oblique(*k) || group_of(*k) || quantified(*k))
                && !sourced(*k)
                && (same_region(a) || agent && idx.region[a] == deed_region)
                && !counted(*k)
                && !(agent && victim(*k) && !planter)
                && (!owner(*k) || unit_of(*k))
                && !(b..before).any(|i| {
                    matches!(w.norm(i), "that" | "que" | "qu")
                        && i != b
                        && !(i == b + 1 && w.norm(b) == ",")
                        && !resumed(i, before)
                })
        };
        let adjacent = cands.iter().copied().filter(ok).rev().find(|&k| {
            let b = idx.actors[k].1;
            before - b <= 3
                && (b..before).all(|i| w.words()[i].kind == TokenKind::Word && !w.words()[i].cap)
        });
        // (The first of a coordinated subject: "Malian soldiers and foreign fighters
        // apparently from the Wagner Group executed…", « les FAMa et leurs partenaires
        // russes du groupe Wagner ont exécuté… », as ACLED lists them.)
        let first_conjunct = |k: usize| {
            let ka = idx.actors[k].0;
            cands.iter().copied().filter(ok).find(|&j| {
                let (ja, jb) = idx.actors[j];
                ja < ka
                    && jb < ka
                    && matches!(w.norm(jb), "and" | "et")
                    && (jb..ka).all(|i| {
                        w.words()[i].kind == TokenKind::Word
                            && !idx.cue[i]
                            && lex.trigger(w, idx.doc.text(), i).is_none()
                    })
            })
        };
        adjacent
            .map(|k| first_conjunct(k).unwrap_or(k))
            .or_else(|| {
                if near {
                    None
                } else {
                    cands.iter().copied().find(ok)
                }
            })
    };
    let subject = |before: usize, agent: bool| subject_at(before, agent, false);
    // "JNIM militants entered Boni. They killed three civilians": a group's pronoun
    // as the verb's subject ("they", « ils », at the sentence's start or after its
    // opening date) stands for the subject of the sentence before (or the one before
    // that), which no preposition governs and which is no victim counted.
    let antecedent = |before: usize| -> Option<usize> {
        let p = (before.saturating_sub(3).max(lo)..before).find(|&p| {
            lex.get(E::GroupPronoun, w, p)
                .is_some_and(|(e, _)| e == p + 1)
        })?;
        let opens = p == s0
            || (w.norm(p - 1) == "," && p - s0 <= 8)
            || matches!(w.norm(p - 1), "and" | "et" | "then" | "puis");
        if !opens
            || (p + 1..before).any(|i| w.words()[i].kind != TokenKind::Word || w.words()[i].cap)
        {
            return None;
        }
        // (An armed party, not who fled; not a source: "Selon la MINUSMA, des hommes
        // armés ont attaqué…" is the armed men's.)
        let armed = |k: usize| {
            let m = &idx.doc.actors[k];
            matches!(m.inter, Some(1..=4 | 8))
                || matches!(
                    m.camp.as_deref(),
                    Some("rebel" | "jihadist" | "militia" | "unidentified")
                )
        };
        let speaker = |k: usize| {
            let (a, b) = idx.actors[k];
            (a.saturating_sub(3)..a).any(|i| idx.cue[i] && w.same_sentence(i, a))
                || (b..(b + 2).min(w.len())).any(|i| idx.cue[i] && w.same_sentence(i, a))
        };
        (sent.saturating_sub(2)..sent).rev().find_map(|ps| {
            let (ps0, ps1) = idx.sentences[ps];
            (0..idx.actors.len())
                .find(|&k| {
                    let a = idx.actors[k].0;
                    a >= ps0 && a < ps1 && !oblique(k) && !counted(k) && !victim(k) && !speaker(k)
                })
                .filter(|&k| armed(k))
        })
    };
    // The actor right after a word range: within `gap` words, no comma crossed.
    // (Not past a passive's auxiliary, which starts another verb: "the death of seven
    // civilians was blamed on Dozo militiamen". Nor past a word that opens another
    // clause or a time, « brûlé avant l'arrivée de la police », "before the police
    // arrived".)
    let after = |from: usize, gap: usize| -> Option<usize> {
        cands.iter().copied().find(|&k| {
            let a = idx.actors[k].0;
            a >= from
                && a <= from + gap
                && !(from..a).any(|i| {
                    w.norm(i) == ","
                        || passive_aux(w, lex, i)
                        || lex.has(E::AgentStop, w, i)
                            && !matches!(w.norm(i), "and" | "et" | "ou" | "or")
                })
        })
    };
    // The first of `words` with an actor right after it ("struck by an IED planted by
    // JNIM": the second "by").
    // (Not "by" before a gerund, which tells how, not who: "rioted by attacking police
    // officers".)
    let gerund = |i: usize| {
        i < s1
            && !w.words()[i].cap
            && w.norm(i).ends_with("ing")
            && lex.trigger(w, idx.doc.text(), i).is_some()
    };
    // (An agent past a unit of its force: « tués par une patrouille de l'armée », "by a
    // unit of the army".)
    let unit_of_force = |i: usize| {
        (i..(i + 2).min(s1))
            .find_map(|j| lex.get(E::Unit, w, j).map(|(e, _)| e))
            .filter(|&e| e < s1 && matches!(w.norm(e), "of" | "de" | "du" | "des" | "d"))
            .and_then(|e| after(e + 1, 2))
            .filter(|&k| matches!(idx.doc.actors[k].inter, Some(1..=4 | 8)))
    };
    // (Words of a date between count for nothing, « violée dans la nuit du 2 au 3 mars
    // par deux gendarmes », unless a comma opens another phrase: "killed on Sunday in
    // Gao, a town controlled by JNIM".)
    let after_word = |from: usize, words: &[&str], span: usize| -> Option<usize> {
        // (Only the dates that may start there: [`Idx::starting_in`].)
        let dated = idx.times[idx.starting_in(Mentions::Times, from, from + span)]
            .iter()
            .filter(|&&(a, _)| a >= from && a < from + span)
            .map(|&(a, b)| b.min(s1).saturating_sub(a))
            .sum::<usize>();
        debug_assert_eq!(
            dated,
            (idx.times.iter())
                .filter(|&&(a, _)| a >= from && a < from + span)
                .map(|&(a, b)| b.min(s1).saturating_sub(a))
                .sum::<usize>()
        );
        (from..(from + span + dated).min(s1))
            .filter(|&i| {
                words.contains(&w.norm(i))
                    && !gerund(i + 1)
                    && (i < from + span || !(from..i).any(|k| matches!(w.norm(k), "," | ";")))
            })
            .find_map(|i| {
                after(i + 1, 2).or_else(|| {
                    matches!(w.norm(i), "by" | "par")
                        .then(|| unit_of_force(i + 1))
                        .flatten()
                })
            })
    };
    // The head trigger: the first that is not an outcome ("attacked", not "killing"):
    // the arguments sit around it.
    // A label ("Looting: On August 27, Dozo militiamen raided…") names the kind of
    // event, it has no arguments.
    let label = |t: &&Trig| t.b < s1 && w.norm(t.b) == ":";
    // Past a date that opens the clause ("Looting: On August 27, Dozo militiamen…").
    let past_date = |p: usize| {
        let p = idx
            .times
            .iter()
            .find(|&&(a, _)| a >= p && a <= p + 1)
            .map_or(p, |&(_, b)| b);
        if p < s1 && w.norm(p) == "," { p + 1 } else { p }
    };
    let t = *e
        .trigs
        .iter()
        .find(|t| !cb.classes[t.t.class].outcome && !label(t))
        // (Among outcomes, a verb: "the death of a man after he had been beaten by
        // soldiers" has its agent on "beaten".)
        .or_else(|| e.trigs.iter().find(|t| !label(t) && !t.t.noun))
        .or_else(|| e.trigs.iter().find(|t| !label(t)))
        .unwrap_or(&e.trigs[0]);
    // "GATIA militiamen killed two Fulani, a trader was also abducted": an agentless
    // passive in a later clause leaves the sides to the active verb before it.
    // (A progressive is active: "has been raiding their camps".)
    let passive_at = |x: &Trig| {
        (x.a.saturating_sub(2)..x.a).any(|i| passive_aux(w, lex, i))
            && !w.norm(x.a).ends_with("ing")
    };
    let t = if !t.t.noun
        && passive_at(&t)
        && after_word(t.b, &["by", "par"], 8).is_none()
        && let Some(v) = e.trigs.iter().find(|v| {
            !v.t.noun
                && v.b <= t.a
                && (v.region != t.region || (v.b..t.a).any(|i| w.norm(i) == ","))
                && !passive_at(v)
                && !label(v)
        }) {
        *v
    } else {
        t
    };
    // A noun after an active verb of the same event, with no argument of its own, is
    // its setting ("killed three Dozos amidst clashes"): the verb's subject and object
    // are the sides ("were killed in clashes between X and Y", "an attack on" keep it).
    let own_argument = (t.b < s1
        && matches!(
            w.norm(t.b),
            "by" | "on" | "against" | "with" | "par" | "contre" | "sur"
        ))
        || (t.b..(t.b + 4).min(s1)).any(|i| matches!(w.norm(i), "between" | "entre"));
    // ("wounded by the explosion of an IED": the noun is the agent, it keeps its role.)
    let agent = (t.a.saturating_sub(2)..t.a).any(|i| matches!(w.norm(i), "by" | "par"));
    let t = if t.t.noun && !own_argument && !agent {
        e.trigs
            .iter()
            .find(|v| {
                !v.t.noun && v.sentence == t.sentence && v.b <= t.a && !label(v) && !passive_at(v)
            })
            .copied()
            .unwrap_or(t)
    } else {
        t
    };
    // "heavy gunfire in Kidal since dawn, fighting between FAMa and CSP fighters": a
    // noun with no argument of its own leaves the sides to a later noun of the event
    // that names them after "between".
    let between_after = |v: &Trig| {
        (v.b..(v.b + 4).min(s1))
            .take_while(|&i| !matches!(w.norm(i), "," | ";" | ":" | "."))
            .any(|i| matches!(w.norm(i), "between" | "entre"))
    };
    let t = if t.t.noun
        && !own_argument
        && !agent
        && let Some(v) = e.trigs.iter().find(|v| {
            v.t.noun && v.sentence == t.sentence && v.a > t.b && !label(v) && between_after(v)
        }) {
        *v
    } else {
        t
    };
    // A noun in a leading adverbial ("In a raid in the far northeast, French special
    // forces killed four jihadists", « lors d'une opération, les soldats ont tué … »):
    // the verb after it heads the clause.
    // So does one after what it followed, set off by a comma: "after several hours of
    // fighting, FAMa units took back the town", « après plusieurs heures de violents
    // combats, les FAMa ont repris Boni ».
    let fronted = |v: &Trig| {
        (t.a.saturating_sub(6).max(s0)..t.a).any(|i| {
            matches!(w.norm(i), "after" | "following" | "apres" | "suite")
                && (i..t.a).all(|x| w.words()[x].kind == TokenKind::Word || matches!(w.norm(x), "'" | "’"))
        }) && (t.b..v.a).any(|x| w.norm(x) == ",")
            // (An active verb, its subject after the comma: not "following an air raid
            // by the air force, the soldiers tied up the chief, who were burned alive".)
            && !passive_at(v)
    };
    let t = if t.t.noun
        && let Some(v) = e
            .trigs
            .iter()
            .find(|v| !v.t.noun && v.sentence == t.sentence && v.a > t.b && !label(v) && !v.unreal)
        && ((t.a.saturating_sub(3).max(s0)..t.a).any(|i| {
            matches!(
                w.norm(i),
                "in" | "during" | "amid" | "amidst" | "lors" | "pendant"
            )
        }) || fronted(v))
    {
        *v
    } else {
        t
    };
    // A headline's reduced passive ("Malian army post attacked in Labbezanga", "FAMa
    // checkpoint attacked last night"): a participle right after what was hit, then
    // no object.
    let headline = !t.t.noun
        && !cb.classes[t.t.class].intransitive
        && w.norm(t.b - 1).ends_with("ed")
        && (t.a.saturating_sub(10).max(s0)..t.a).any(|i| lex.has(E::Target, w, i))
        && (t.a.saturating_sub(10).max(s0)..t.a).all(|i| w.norm(i) != ",")
        // (An object after the date that follows it is an active verb's: "JNIM fighters
        // stormed on Sunday a position of the army"; not a time counted from it, "Army
        // patrol attacked on Sunday a week after deadly raid", "… the same day as".)
        && !idx.times.iter().any(|&(a, b)| {
            (t.b..=t.b + 1).contains(&a)
                && b + 1 < s1
                && w.same_sentence(t.b, b + 1)
                && (matches!(
                    w.norm(b),
                    "a" | "an" | "the" | "its" | "their" | "his" | "several" | "two"
                ) || idx.quants.iter().any(|&(q, _)| q == b))
                && !(b + 1..(b + 3).min(s1)).any(|k| {
                    matches!(
                        w.norm(k),
                        "day"
                            | "days"
                            | "week"
                            | "weeks"
                            | "month"
                            | "months"
                            | "year"
                            | "years"
                            | "hour"
                            | "hours"
                            | "eve"
                            | "same"
                            | "after"
                            | "before"
                    )
                })
                && !idx.times.iter().any(|&(x, _)| x == b || x == b + 1)
        })
        && w.get(t.b).is_none_or(|x| {
            // (An object in quotes is one all the same: "killed 'some twenty
            // terrorists'".)
            let (ob, x) = match w.get(t.b + 1) {
                Some(y) if x.kind == TokenKind::OpenQuote && w.same_sentence(t.b, t.b + 1) => {
                    (t.b + 1, y)
                }
                _ => (t.b, x),
            };
            // ("Malian soldiers killed 16 civilians", "arrested at least 12 people",
            // "executed around 300 people": a figure after it is its object.)
            let quantity = |counted: bool| {
                idx.quants
                    .iter()
                    .zip(&idx.doc.quantities)
                    .any(|(&(a, _), q)| a == ob && (!counted || q.counts.is_some()))
            };
            // (A word opens one only with a counted noun: not "attacked around 3h".)
            let figure = quantity(true);
            !w.same_sentence(t.a, ob)
                || (x.kind != TokenKind::Word && !quantity(false))
                || !figure
                    && matches!(
                        w.norm(ob),
                        "in" | "at"
                            | "near"
                            | "on"
                            | "by"
                            | "overnight"
                            | "last"
                            | "this"
                            | "early"
                            | "late"
                            | "around"
                            | "yesterday"
                            | "twice"
                            | "again"
                            | "along"
                            | "between"
                            | "outside"
                            | "close"
                            | "during"
                            | "while"
                            | "when"
                    )
        });
    // "were killed on Thursday in Fafa, in the Ansongo circle, by fighters of…", « ont
    // été tués jeudi à Fafa, dans le cercle d'Ansongo, par des combattants de… »: a
    // passive's agent may follow past its setting (dates, places, their commas) when no
    // other clause, party, figure or deed comes between.
    // (What ends the search for an agent further on: another party, deed, cue or clause.)
    let agent_stop = |i: usize| {
        idx.actors.iter().any(|&(a, _)| a == i)
            || lex.trigger(w, idx.doc.text(), i).is_some()
            || idx.cue.get(i).copied().unwrap_or(false)
            || lex.has(E::AgentStop, w, i)
            || matches!(w.norm(i), ";" | ":" | "(" | ")")
    };
    let far_by = || {
        let end = (t.b + 20).min(s1);
        let at = (t.b..end)
            .take_while(|&i| !agent_stop(i) && !idx.quants.iter().any(|&(a, _)| a == i))
            .find(|&i| matches!(w.norm(i), "by" | "par"))?;
        // (Set off by a comma: "a town controlled by JNIM" is another participle's.)
        (at >= t.b + 8 && w.norm(at - 1) == ",")
            .then(|| after(at + 1, 2))
            .flatten()
    };
    // "the attack on several villages of the commune of Ouatagouna by fighters of…",
    // « l'attaque de plusieurs villages de la commune de Ouatagouna par des
    // combattants… »: a deed's noun has its agent past its object, however long, when
    // no comma, party or other deed comes between. (Also the noun's when the
    // verb heads: « ont été tués dans l'attaque de … par … ».)
    let noun_by = || {
        let n = if t.t.noun {
            t
        } else {
            *e.trigs
                .iter()
                .find(|n| n.t.noun && n.sentence == t.sentence && n.a >= t.b && n.a - t.b <= 4)?
        };
        if !(n.b < s1
            && matches!(
                w.norm(n.b),
                "of" | "on" | "against" | "de" | "du" | "des" | "d" | "contre"
            ))
        {
            return None;
        }
        // (A figure may count the object: "the attack on two villages by…".)
        let at = (n.b..(n.b + 14).min(s1))
            .take_while(|&i| !agent_stop(i) && !matches!(w.norm(i), "," | "."))
            .find(|&i| matches!(w.norm(i), "by" | "par"))?;
        after(at + 1, 2)
    };
    let by = after_word(t.b, &["by", "par"], 8)
        .or_else(|| (!t.t.noun && passive_at(&t)).then(far_by).flatten())
        .or_else(noun_by);
    let defender_alone = t.t.subj_defender
        && by.is_none()
        && after_word(t.b, &["of", "de", "du", "des", "d"], 2).is_none();
    // "the convoy was subjected to an ambush", "their vehicle struck an IED": the
    // subject undergoes the noun (the head's, or the one right after the head verb).
    let noun = if t.t.noun {
        Some(&t)
    } else {
        e.trigs
            .iter()
            .find(|n| n.t.noun && n.a >= t.b && n.a - t.b <= 2)
    };
    let undergo_at = noun.and_then(|n| {
        (n.a.saturating_sub(5).max(s0)..n.a).find(|&i| {
            lex.get(E::Undergo, w, i)
                .is_some_and(|(e, _)| e <= n.a && n.a - e <= 2)
        })
    });
    // ("triggered clashes between vendors and police": the noun names its sides; not
    // "struck an IED between Boni and Hombori", where "between" says where.)
    let undergone = undergo_at.is_some()
        && !noun.is_some_and(|n| {
            (n.b..(n.b + 4).min(s1)).any(|i| {
                matches!(w.norm(i), "between" | "entre")
                    && !idx.places.iter().any(|&(a, _)| a == i + 1)
            })
        });
    // "came under artillery fire from FAMa", "came under attack from JNIM fighters", «
    // a essuyé des tirs de la part des rebelles »: what the subject underwent came from
    // its author.
    let by = by.or_else(|| {
        (t.t.subj_target || undergone)
            .then(|| after_word(t.b, &["from", "part"], 4))
            .flatten()
    });
    let passive = headline
        || undergone
        || t.t.subj_target
        || defender_alone
        // ("were killed while planting": the passive is the killing's, not the planting's.)
        || t.a > 0
            && !t.t.subj_a1
            && passive_at(&t)
        // A participle joined to an earlier passive, its agent after it ("were mistaken
        // for militants and killed by soldiers", « ont été arrêtés et tués par »).
        || !t.t.noun
            && t.a > 0
            && t.b < s1
            && matches!(w.norm(t.a - 1), "and" | "et")
            && matches!(w.norm(t.b), "by" | "par")
            && (t.a.saturating_sub(8).max(s0)..t.a).any(|i| lex.has(E::Passive, w, i))
        // Its figure between ("were killed and three others wounded", « ont été tués et
        // trois autres blessés »): the passive's auxiliary is left out, not its sense.
        || !t.t.noun
            && idx.quants.iter().zip(&idx.doc.quantities).any(|(&(a, b), q)| {
                // (The figure's own casualty word: "and two gunmen abducted the driver"
                // is active.)
                a < t.a
                    && b == t.b
                    && q.casualty.is_some()
                    && a > s0 + 1
                    && matches!(w.norm(a - 1), "and" | "et")
                    && (a.saturating_sub(8).max(s0)..a).any(|i| lex.has(E::Passive, w, i))
            });
    // ("ISGS fighters, who had seized Tidermene, …": a relative clause's deed is its
    // antecedent's, the actor right before the comma.)
    let antecedent_of_relative = || {
        let opener = (s0..t.a).find(|&i| idx.region[i] == t.region && t.region != 0)?;
        (opener > s0 && w.norm(opener - 1) == "," && matches!(w.norm(opener), "who" | "qui"))
            .then(|| {
                // (Its head may follow the name: "Islamic State Sahel fighters, who".)
                cands.iter().copied().rev().find(|&k| {
                    let b = idx.actors[k].1;
                    b < opener
                        && opener - 1 - b <= 2
                        && (b..opener - 1).all(|i| w.words()[i].kind == TokenKind::Word)
                })
            })
            .flatten()
    };
    let (mut a1, mut a2);
    if t.t.next_a1 {
        a1 = after(t.b, 1);
        a2 = subject(t.a, false);
    } else if t.t.noun && !undergone {
        // The first side right after "between" (an article at most); "clashes between
        // vendors and police" names only its second side.
        // ("clashes raged for hours between X and Y": within the clause.)
        // (The trigger may end with it: "violence between".)
        let between_at = (t.a..(t.b + 8).min(s1))
            .take_while(|&i| !matches!(w.norm(i), "," | ";" | ":" | "."))
            .find(|&i| matches!(w.norm(i), "between" | "entre"));
        // (Past lowercase modifiers: "between the pro-government GATIA militia and…",
        // « entre la milice progouvernementale GATIA et… ».)
        let between = between_at.and_then(|i| {
            after(i + 1, 1).or_else(|| {
                // (Not past a pronoun, a figure or a verb: "fighting between them
                // killed three soldiers".)
                after(i + 1, 6).filter(|&k| {
                    (i + 1..idx.actors[k].0).all(|j| {
                        !w.words()[j].cap
                            && !matches!(
                                w.norm(j),
                                "and" | "et" | "&" | "them" | "they" | "eux" | "elles" | "ils"
                            )
                            && (w.words()[j].kind == TokenKind::Word || w.norm(j) == "-")
                            && !idx.quants.iter().any(|&(qa, _)| qa == j)
                            && lex.trigger(w, idx.doc.text(), j).is_none()
                    })
                })
            })
        });
        // « des affrontements ont opposé l'armée aux rebelles », "fighting that pitted
        // the army against the rebels": the verb's object and the side after its
        // preposition, as after "between".
        let opposed = (t.b..(t.b + 5).min(s1))
            .take_while(|&i| !matches!(w.norm(i), "," | ";" | ":" | "."))
            .find_map(|i| lex.get(E::Oppose, w, i))
            .and_then(|(oe, v)| {
                // (Past a time told first: « ont opposé jeudi les FAMa aux … ».)
                let oe = idx
                    .times
                    .iter()
                    .find(|&&(a, _)| a == oe)
                    .map_or(oe, |&(_, b)| b);
                Some((after(oe, 1)?, v))
            });
        if let Some((x, v)) = opposed {
            a1 = Some(x);
            let prepositions: Vec<&str> = v.split(' ').collect();
            a2 = after_word(idx.actors[x].1, &prepositions, 2);
        } else if let Some(x) = between {
            // (A name in apposition to a descriptor is that side: "between the Dogon
            // militia Dan Na Ambassagou and…", « entre la milice dogon Dan Na Ambassagou
            // et… ».)
            let x = cands
                .iter()
                .copied()
                .find(|&k| {
                    idx.actors[k].0 == idx.actors[x].1
                        // (Not a compound: "MSA-GATIA militiamen".)
                        && !w.words()[idx.actors[k].0].glued
                        && w.norm(idx.actors[k].0 - 1) != "-"
                        && idx.doc.actors[k].actor_id.is_some()
                        && idx.doc.actors[k].actor_id != idx.doc.actors[x].actor_id
                })
                .unwrap_or(x);
            a1 = Some(x);
            let xb = idx.actors[x].1;
            a2 = after_word(xb, &["and", "et", "&"], 2);
        } else if let Some(i) = between_at
            && let Some(y) = after_word(i + 1, &["and", "et", "&"], 4)
        {
            a1 = None;
            a2 = Some(y);
        } else {
            // "la frappe de drone de l'armée malienne", "the army's strike": the
            // group a noun trigger belongs to did it.
            // (Not past its target: "des frappes sur des cibles terroristes".)
            // (The trigger may end with it: "operation against", « opération visant ».)
            let to_target = if aimed(w, t.a, t.b) {
                t.b
            } else {
                (t.b..(t.b + 3).min(s1))
                    .find(|&i| matches!(w.norm(i), "on" | "against" | "sur" | "contre"))
                    .unwrap_or(t.b + 3)
            };
            // (Not across the noun's verb either: « des frappes ont visé des positions
            // jihadistes », where "des" is an article.)
            let verb_at = (t.b..to_target).find(|&i| {
                lex.has(E::Passive, w, i)
                    || matches!(
                        w.norm(i),
                        "a" | "ont" | "avait" | "avaient" | "has" | "have" | "had"
                    )
            });
            // ("the killing of two traders", « l'assassinat de deux élus »: the
            // genitive of a deed told by its outcome is who suffered it; "the death of"
            // ends with its "of".)
            let victim_of = cb.classes[t.t.class].outcome || t.t.kills;
            let of_in_trigger = victim_of
                && t.b > t.a + 1
                && matches!(w.norm(t.b - 1), "of" | "de" | "du" | "des" | "d");
            let from = if of_in_trigger { t.b - 1 } else { t.b };
            let genitive = after_word(
                from,
                &["of", "de", "du", "des", "d"],
                verb_at.unwrap_or(to_target) - from,
            );
            // (« l'attaque du camp militaire »: a place hit after "of" is the target, not
            // who attacked; a force is not a place, « l'offensive des forces armées
            // contre les rebelles », and a side named after "against" is the target.)
            let place_hit = |k: usize| {
                (idx.actors[k].0..idx.actors[k].1).any(|i| {
                    (lex.has(E::Target, w, i) || lex.has(E::Force, w, i))
                        && !lex.has(E::Victim, w, i)
                        // (A unit is hit only when a state's: « l'attaque du détachement
                        // militaire », not « l'attaque d'une colonne de jihadistes ».)
                        && (!lex.has(E::Unit, w, i) || idx.doc.actors[k].inter == Some(1))
                        && !alex.has(crate::actor::lex::A::DescAfterNationality, w, i)
                })
            };
            let (genitive, hit) = match genitive {
                Some(k) if victim_of => (None, Some(k)),
                Some(k)
                    if place_hit(k)
                        && after_word(idx.actors[k].1, &["on", "against", "contre", "sur"], 3)
                            .is_none() =>
                {
                    (None, Some(k))
                }
                g => (g, None),
            };
            // A label ("Property destruction: members of Ansar Dine burned …") heads
            // the clause after it: its subject acts.
            // (« des drones de l'armée malienne ont frappé »: a trigger that names its
            // owner inside it.)
            let inside = cands.iter().copied().find(|&k| {
                let (a, b) = idx.actors[k];
                t.a < a && b < t.b && matches!(idx.doc.actors[k].inter, Some(1..=4 | 8))
            });
            // ("Malian army drones struck positions of separatist rebels": an armed
            // party right before a weapon's noun owns it, over a genitive further on.
            // Not before a fight's: "CMA and Platform clashes" names both sides.)
            let owner_before = cands.iter().copied().find(|&k| {
                cb.classes[t.t.class].remote
                    && idx.actors[k].1 == t.a
                    && matches!(idx.doc.actors[k].inter, Some(1..=4 | 8))
            });
            a1 = inside
                .or(by)
                .or(owner_before)
                .or(genitive)
                .or_else(|| subject(t.a, true))
                .or_else(antecedent_of_relative)
                .or_else(|| label(&&t).then(|| after(past_date(t.b + 1), 3)).flatten())
                .or_else(|| {
                    cb.classes[t.t.class]
                        .reporter_acts
                        .then(|| reporter(idx, t.a))
                        .flatten()
                        .filter(|&k| matches!(idx.doc.actors[k].inter, Some(1 | 8)))
                });
            // (Past the nouns joined to it: "mortar/rocket fire against".)
            let joined = |i: usize| {
                matches!(w.norm(i), "/" | "-" | "or" | "and" | "ou" | "et")
                    || e.trigs.iter().any(|x| x.t.noun && x.a <= i && i < x.b)
            };
            let end = (t.b..(t.b + 4).min(s1))
                .take_while(|&i| joined(i))
                .last()
                .map_or(t.b, |i| i + 1);
            // (The genitive an owner before the noun passed over is what was hit:
            // "positions of separatist rebels".)
            let passed =
                genitive.filter(|&g| owner_before.is_some_and(|o| a1 == Some(o) && o != g));
            // (A noun that ends with its preposition has what it aims at right after it:
            // "operations against the Islamic State", « une opération contre les
            // jihadistes ».)
            a2 = ((t.t.noun && aimed(w, t.a, t.b))
                .then(|| after(end, 2))
                .flatten())
            .filter(|&k| Some(k) != a1)
            .or_else(|| after_word(end, &["on", "against", "with", "contre", "avec", "sur"], 3))
            .or(hit)
            .or(passed);
            // "airstrikes in the forest presumably targeting Katiba Macina militants",
            // "an operation against a gathering of presumed ISGS militants": further on
            // in the clause, a few words past the word that aims it.
            // (Past a comma, only a participle aims: "…, presumably targeting X".)
            if a2.is_none() {
                let stop = |j: usize| {
                    matches!(w.norm(j), "," | ";" | "." | "by" | "par") || passive_aux(w, lex, j)
                };
                let aims = |j: usize| {
                    matches!(
                        w.norm(j),
                        "targeting"
                            | "targetting"
                            | "targeted"
                            | "ciblant"
                            | "visant"
                            | "vise"
                            | "visee"
                            | "vises"
                            | "visees"
                            | "cible"
                            | "ciblee"
                            | "cibles"
                            | "ciblees"
                    )
                };
                // (Up to its agent, "blamed on" included: "the death of seven civilians
                // was blamed on Dozo militiamen".)
                a2 = (end..(end + 8).min(s1))
                    .take_while(|&i| !matches!(w.norm(i), ";" | ".") && !agent_phrase(w, lex, i))
                    .filter(|&i| {
                        aims(i)
                            || matches!(w.norm(i), "on" | "against" | "contre" | "sur")
                                && !(end..i).any(|j| w.norm(j) == ",")
                                // ("on Sunday" tells when.)
                                && !idx.times.iter().any(|&(a, _)| a == i + 1)
                    })
                    .find_map(|i| {
                        cands.iter().copied().find(|&k| {
                            let a = idx.actors[k].0;
                            a > i && a <= i + 5 && !(i..a).any(stop) && Some(k) != a1
                        })
                    });
            }
            // "a rocket attack targeted the MINUSMA base": the noun is the subject of
            // the verb after it, whose object was hit.
            // ("la frappe de drone de l'armée a tué trois jihadistes": past its
            // genitive, within the clause.)
            if a2.is_none()
                && let Some(v) = e.trigs.iter().find(|v| {
                    !v.t.noun
                        && v.a >= end
                        && v.a <= end + 8
                        && v.sentence == t.sentence
                        && !(end..v.a).any(|j| matches!(w.norm(j), "," | ";" | ":"))
                })
            {
                a2 = after(v.b, 4).filter(|&k| Some(k) != a1);
            }
        }
    } else if passive && by.is_none() && cb.classes[t.t.class].passive_subject_a1 {
        a1 = subject(t.a, true);
        a2 = None;
    } else if passive {
        // ("ont repoussé une attaque des jihadistes": the attack's genitive.)
        // "were killed during a Malian army operation", « ont été tués lors d'une
        // opération de l'armée »: with no agent, the force whose undertaking was the
        // deed's setting did it (its owner before the noun, or after "of" or "by").
        let armed = |k: usize| matches!(idx.doc.actors[k].inter, Some(1..=4 | 8));
        let campaign_owner = || {
            let p = (t.b..(t.b + 10).min(s1)).find(|&i| {
                matches!(
                    w.norm(i),
                    "during" | "in" | "amid" | "lors" | "pendant" | "cours" | "dans"
                )
            })?;
            let j = (p + 1..(p + 4).min(s1)).find(|&i| {
                !matches!(
                    w.norm(i),
                    "a" | "an" | "the" | "une" | "d" | "de" | "l" | "la" | "le" | "des" | "les"
                )
            })?;
            if let Some(k) = cands.iter().copied().filter(|&k| armed(k)).find(|&k| {
                let (a, b) = idx.actors[k];
                a == j && lex.has(E::Campaign, w, b)
            }) {
                return Some(k);
            }
            let (e, _) = lex.get(E::Campaign, w, j)?;
            after_word(e, &["of", "by", "de", "du", "des", "d", "par"], 3).filter(|&k| armed(k))
        };
        a1 = by.or_else(|| {
            t.t.subj_target
                .then(|| after_word(t.b - 1, &["of", "de", "du", "des", "d"], 2))
                .flatten()
        });
        let by_campaign = a1.is_none();
        if by_campaign {
            a1 = campaign_owner();
        }
        // "FAMa checkpoint attacked": the owner of what was hit was hit. (Who was
        // "subjected to" it is right before those words: "took the editor away to be
        // subjected to torture" is not the kidnappers'.)
        // "unknown gunmen stopped a bus, the passengers were taken away": a clause of its
        // own before the passive names what underwent it, not an actor before its comma.
        let patient = match undergo_at {
            Some(u) => subject_at(u.min(t.a), false, true),
            None => subject_at(t.a, false, own_clause(idx, lex, lo, t.a).is_some()),
        };
        // (Not a pronoun's antecedent: "the army arrested a father and his sons…
        // They were arrested in Boulikessi" stands for the sons, not the subject.)
        a2 = patient.or_else(|| {
            cands.iter().copied().find(|&k| {
                let (a, b) = idx.actors[k];
                a >= lo && b <= t.a && same_region(a) && owner_hit(k)
            })
        });
        // "Twelve terrorists were neutralized near Boni, the army said", « selon le
        // JNIM, douze soldats ont été tués »: fighters killed with no agent, in the
        // account of an armed party of the other camp, fell to that party.
        if a1.is_none()
            && cb.classes[t.t.class].key == "kill"
            && let Some(p) = a2.filter(|&k| armed(k))
            && let Some(r) = reporter(idx, t.a).filter(|&r| {
                armed(r)
                    && idx.doc.actors[r].camp.is_some()
                    && idx.doc.actors[r].camp != idx.doc.actors[p].camp
                    && !allied(idx, dict, Some(r), p)
            })
        {
            a1 = Some(r);
        }
        // ("Two French soldiers were killed during a Barkhane operation": a force's own
        // dead in its operation say nothing of who killed them.)
        if by_campaign
            && let (Some(x), Some(y)) = (a1, a2)
            && (idx.doc.actors[x].actor_id == idx.doc.actors[y].actor_id
                || allied(idx, dict, Some(x), y)
                || idx.doc.actors[x].camp.is_some()
                    && idx.doc.actors[x].camp == idx.doc.actors[y].camp)
        {
            a1 = None;
        }
    } else {
        // "its fighters repelled…" in the CSP-PSD's statement: the group speaking.
        let own = (lo..t.a).any(|i| {
            lex.has(E::Own, w, i)
                && (lex.has(E::Victim, w, i + 1)
                    || alex.has(crate::actor::lex::A::Member, w, i + 1))
        });
        // "a drone of the Malian army struck": the owner of the weapon did it (not of
        // "a vehicle of the army" that hit a mine).
        let possessor = || {
            cands.iter().copied().rev().find(|&k| {
                let (a, b) = idx.actors[k];
                a >= lo
                    && b <= t.a
                    && t.a - b <= 1
                    && same_region(a)
                    && oblique(k)
                    && (a.saturating_sub(3)..a).any(|i| {
                        matches!(w.norm(i), "of" | "de" | "du" | "des" | "d")
                            && i > 0
                            && lex
                                .get(E::Modifier, w, i - 1)
                                .is_some_and(|(_, v)| v == "air")
                    })
            })
        };
        a1 = subject(t.a, true)
            // (Or before the event's first verb: "They killed three civilians and
            // burned shops" heads on "burned".)
            .or_else(|| {
                let k = antecedent(t.a).or_else(|| antecedent(first));
                e.a1_pronoun = k.is_some();
                k
            })
            .or_else(|| own.then(|| speaking(idx, t.a)).flatten())
            .or(by)
            .or_else(possessor)
            .or_else(antecedent_of_relative)
            .or_else(|| reporter(idx, t.a));
        a2 = after(t.b, 4).filter(|&k| Some(k) != a1);
        if a2.is_none() {
            a2 = after_word(t.b, &["with", "against", "on", "contre", "avec"], 4);
        }
        // "attacked our positions" in the FLA's press release: the issuer was hit (what
        // a force holds or its men, not "our compatriots").
        if a2.is_none()
            && (t.b..(t.b + 3).min(s1)).any(|i| {
                lex.get(E::Own, w, i).is_some_and(|(_, v)| v == "we")
                    && (lex
                        .get(E::Target, w, i + 1)
                        .is_some_and(|(_, v)| v == "armed")
                        || alex.has(crate::actor::lex::A::Member, w, i + 1))
            })
            && let Some(k) = speaking(idx, t.a)
            && reporter(idx, t.a).is_none()
        {
            a2 = Some(k).filter(|&k| Some(k) != a1);
        }
        // "Police arrested Alou D., the suspect in the recent AQIM attack", « ont
        // arrêté X, un chef présumé du JNIM »: the group named in the description of
        // whoever it took, further on in its clause.
        // (Named as what the person belongs to: "of", "linked to", "suspect in"; not a
        // source: "arrested three traders, the MNLA said".)
        // (« lié à Ansar Dine »: the French "à" folds to the English article's "a".)
        let french = idx.doc.lang() == sitrep_core::Lang::Fr;
        if a2.is_none() && cb.classes[t.t.class].member_taken {
            a2 = cands.iter().copied().find(|&k| {
                let a = idx.actors[k].0;
                a >= t.b
                    && same_region(a)
                    && Some(k) != a1
                    && matches!(idx.doc.actors[k].inter, Some(2..=4))
                    && (a.saturating_sub(4).max(t.b)..a).any(|i| {
                        matches!(
                            w.norm(i),
                            "of" | "to" | "in" | "with" | "du" | "de" | "des" | "d" | "au"
                        ) || french && w.norm(i) == "a"
                    })
                    && reporter(idx, a).is_none_or(|r| r != k)
            });
        }
        // "FAMa repelled an attack on its checkpoint by three militants": the attacker.
        if a2.is_none() && t.t.subj_defender {
            a2 = by.filter(|&k| Some(k) != a1);
        }
        // "Fulani and Dogon militiamen clashed": both subjects of a verb with no
        // object are its sides; so are those of an accord ("Fulani, Bambara and Bozo
        // leaders signed").
        if a2.is_none()
            && (cb.classes[t.t.class].intransitive || cb.classes[t.t.class].joint)
            && let Some(s) = a1
        {
            let joined = |x: usize, y: usize| {
                let b = idx.actors[x].1;
                let a = idx.actors[y].0;
                a > b
                    && a - b <= 3
                    && (b..a).all(|i| {
                        // (« de la milice X et du JNIM »: the second's own article.)
                        matches!(
                            w.norm(i),
                            "and" | "et" | "," | "the" | "les" | "des" | "du" | "de" | "d"
                        )
                            // (« le gouvernement et la CMA ont signé »)
                            || clex.has(C::Det, w, i)
                    })
                    && (b..a).any(|i| matches!(w.norm(i), "and" | "et"))
                    || cb.classes[t.t.class].joint && a == b + 1 && w.norm(b) == ","
            };
            if let Some(k) = cands.iter().copied().find(|&k| joined(k, s)) {
                a1 = Some(k);
                a2 = Some(s);
            } else if let Some(k) = cands.iter().copied().find(|&k| joined(s, k) && k < t.a) {
                a2 = Some(k);
            }
        }
        // "signed the Algiers peace agreement with the Malian government", « a signé
        // vendredi à Mopti un accord de cessez-le-feu avec le gouvernement »: an accord's
        // other side follows "with" further on in its clause, past its date, place and
        // the accord's own name.
        // (The party ends its phrase: "with MINUSMA support", "with Algerian
        // mediation", « avec la MINUSMA comme garante » name a helper, not a side.)
        let ends_phrase = |k: usize| {
            let b = idx.actors[k].1;
            b >= s1
                || w.words()[b].kind != TokenKind::Word
                || idx.times.iter().any(|&(a, _)| a == b)
                || lex.has(E::PlaceGap, w, b)
                || lex.has(E::AgentStop, w, b)
        };
        if a2.is_none() && cb.classes[t.t.class].joint {
            a2 = (t.b..(t.b + 12).min(s1))
                .take_while(|&i| {
                    !matches!(w.norm(i), "," | ";" | ":" | "(") && !lex.has(E::AgentStop, w, i)
                })
                .find(|&i| matches!(w.norm(i), "with" | "avec"))
                .and_then(|j| after(j + 1, 2))
                .filter(|&k| Some(k) != a1 && ends_phrase(k));
        }
    }
    // A taker ("reinvested by the CSP-PSD") takes what the subject left.
    if e.trigs.iter().any(|t| t.t.subj_a2) {
        let taker = (first..s1)
            .find_map(|i| {
                let (te, _) = lex.get(E::Taker, w, i)?;
                after(te, 2)
            })
            .or_else(|| {
                // "handed over its camp in Ber to the Malian army": a site between the
                // verb and "to" (or « à »), or in the trigger itself (« a remis son camp
                // de Ber aux FAMa »).
                let t0 = e.trigs.iter().find(|t| t.t.subj_a2)?;
                let clause: Vec<usize> = (t0.b..(t0.b + 12).min(s1))
                    .take_while(|&i| !matches!(w.norm(i), "," | ";"))
                    .collect();
                let to = *clause
                    .iter()
                    .filter(|&&i| i < t0.b + 8)
                    .find(|&&i| matches!(w.norm(i), "to" | "a" | "au" | "aux"))?;
                let site = |i: usize| lex.get(E::TakeSite, w, i).is_some_and(|(_, v)| v == "site");
                let recipient = after(to + 1, 2)?;
                // (Or right after who got it, as its object: « a rétrocédé samedi aux FAMa
                // son camp de Ber »; not a camp that tells who got it, « aux gendarmes du
                // camp de Kati ».)
                let object_after = clause
                    .iter()
                    .copied()
                    .filter(|&i| i >= idx.actors[recipient].1 && i <= idx.actors[recipient].1 + 1)
                    .any(|i| (lex.has(E::Own, w, i) || lex.has(E::Definite, w, i)) && site(i + 1));
                ((t0.a..t0.b)
                    .chain(clause.iter().copied().take_while(|&i| i < to))
                    .any(site)
                    || object_after)
                    .then_some(recipient)
            });
        if let Some(k) = taker {
            e.taker = true;
            a2 = a1.filter(|&x| x != k).or(a2);
            a1 = Some(k);
        }
    }
    // "their last meeting", "the two parties agreed": the two groups just named.
    let plural = (t.a.saturating_sub(3)..t.a).any(|i| lex.has(E::Plural, w, i))
        || (idx.starts_in(lex, E::Plural, s0, t.a.max(s0)))
            .any(|i| lex.get(E::Plural, w, i).is_some_and(|(pe, _)| pe - i >= 2));
    if plural && (a1.is_none() || a2.is_none()) {
        let mut seen: Vec<usize> = Vec::new();
        for k in (0..idx.actors.len()).rev() {
            if idx.actors[k].0 >= t.a {
                continue;
            }
            let m = &idx.doc.actors[k];
            let id = m.actor_id.as_deref();
            if !m.resolved || id.is_none() {
                continue;
            }
            if seen
                .iter()
                .any(|&s| idx.doc.actors[s].actor_id.as_deref() == id)
            {
                continue;
            }
            seen.push(k);
            if seen.len() == 2 {
                break;
            }
        }
        if seen.len() == 2 {
            a1 = a1.or(Some(seen[0]));
            a2 = a2
                .or(Some(seen[1]))
                .filter(|&x| Some(x) != a1)
                .or(Some(seen[1]));
        }
    }
    // "Two soldiers killed and six injured by a roadside bomb", "peacekeepers were
    // wounded when…": the subject of an outcome with no object is its victim.
    // (A noun has no subject: "troops carried out executions" are not executed.)
    // (Those killed while planting a mine did plant it.)
    for o in e
        .trigs
        .iter()
        .filter(|o| cb.classes[o.t.class].outcome && !o.t.noun && !planter)
    {
        let Some(v) = subject(o.a, false) else {
            continue;
        };
        // "Malian soldiers and Wagner mercenaries were killed", « des soldats maliens et
        // des mercenaires de Wagner ont été tués »: the subject runs over its allies
        // joined to it (the first named is the side, the others its associates).
        let mut end = idx.actors[v].1;
        while let Some(k) = cands.iter().copied().find(|&k| {
            let a = idx.actors[k].0;
            a > end
                && a - end <= 3
                && (end..a).any(|i| matches!(w.norm(i), "and" | "et"))
                && (end..a)
                    .all(|i| matches!(w.norm(i), "and" | "et" | "," | "the" | "de" | "des" | "d"))
                && allied(idx, dict, Some(v), k)
        }) {
            end = idx.actors[k].1;
        }
        if o.a < end || o.a - end > 3 {
            continue;
        }

        // No object: passive ("were killed"), or the verb ends its clause ("killed and
        // six injured", "wounded by a mine", "killed when…").
        // ("beat to death a man", « battu à mort un voleur »: the object follows the
        // manner.)
        let next_word = if o.b + 2 < s1
            && matches!(
                (w.norm(o.b), w.norm(o.b + 1)),
                ("to", "death") | ("a", "mort")
            ) {
            o.b + 2
        } else {
            o.b
        };
        let next = next_word;
        // ("Malian soldiers killed on Sunday 16 civilians", "killed on Sunday in Boni 16
        // soldiers": a date or a place between the verb and the people counted after it
        // leaves them its object; not "Two soldiers killed on Sunday, the army said".)
        // (Up to four lowercase words lead to a place: "in the village of Boni".)
        let skip = |at: usize| {
            idx.times
                .iter()
                .find(|&&(a, b)| {
                    (a == at || a == at + 1 && matches!(w.norm(at), "on" | "in" | "at"))
                        && b < s1
                        && w.same_sentence(at, b)
                })
                .or_else(|| {
                    idx.places.iter().find(|&&(a, b)| {
                        a >= at
                            && a - at <= 4
                            && b < s1
                            && (at..a).all(|x| {
                                let t = &w.words()[x];
                                t.kind == TokenKind::Word && !t.cap
                            })
                    })
                })
                .map(|&(_, b)| b)
        };
        let mut past = next;
        for _ in 0..2 {
            match skip(past) {
                Some(b) => past = b,
                None => break,
            }
        }
        let next = Some(past).filter(|&b| {
            b > next
                && idx
                    .quants
                    .iter()
                    .zip(&idx.doc.quantities)
                    .any(|(&(a, _), q)| a == b && q.counts.is_some())
        });
        let next = next.unwrap_or(next_word);
        let passive_o = (o.a.saturating_sub(2)..o.a).any(|i| passive_aux(w, lex, i));
        // ("killed at least eight": a figure is its object.)
        let counted_next = idx.quants.iter().any(|&(a, _)| a == next);
        // ("killed and buried a herder": a second verb with an object shares it.)
        // ("killed and six injured": a figure after "and" starts another clause.)
        let shared_object = next + 2 < s1
            && matches!(w.norm(next), "and" | "et")
            && w.words()[next + 1].kind == TokenKind::Word
            && !idx.quants.iter().any(|&(a, _)| a == next + 1)
            && w.words()[next + 2].kind == TokenKind::Word
            && (clex.has(C::Det, w, next + 2)
                // (French "des", "du" right after a verb open its object.)
                || matches!(w.norm(next + 2), "des" | "du")
                || !(clex.has(C::Prep, w, next + 2) || clex.has(C::Sub, w, next + 2)));
        // (« ont tué des bergers »: French "des", "du" right before who was hit are
        // articles opening the object, not "of the" as in « des suites de ».)
        let article_object = matches!(w.norm(next), "des" | "du")
            && next + 1 < s1
            && (idx.actors.iter().any(|&(a, _)| a == next + 1)
                || lex.has(E::Victim, w, next + 1)
                || lex.has(E::Target, w, next + 1));
        let no_object = next >= s1
            || w.words()[next].kind == TokenKind::Punct
            || (clex.has(C::Prep, w, next) && !shared_object && !article_object)
            || clex.has(C::Sub, w, next);
        if passive_o || (no_object && !counted_next) {
            if a1 == Some(v) {
                a1 = by.filter(|&b| b != v);
            }
            if a2.is_none() || a2 == a1 {
                a2 = Some(v);
            }
        }
    }
    // "An IED planted by JNIM was defused by FAMa", « un engin posé par des jihadistes a
    // été désamorcé par les FAMa »: who disrupted the device acts, who set it is the
    // other side.
    if let Some(k) = e
        .trigs
        .iter()
        .filter(|x| x.a > t.a && cb.classes[x.t.class].key == "weapons")
        .find_map(|x| {
            (x.b < s1 && matches!(w.norm(x.b), "by" | "par"))
                .then(|| after_word(x.b, &["by", "par"], 1))
                .flatten()
        })
        .filter(|&k| Some(k) != a1)
    {
        a2 = a1.or(a2);
        a1 = Some(k);
    }
    // "X attacked the hamlet, Dogon militiamen repelled the attack": who fought it off
    // is the other side.
    if a2.is_none() {
        a2 = e
            .trigs
            .iter()
            .filter(|o| o.t.subj_defender && o.a > t.a)
            .find_map(|o| subject(o.a, true).filter(|&v| Some(v) != a1));
    }
    // Nobody named as the attacker, but "the attack was claimed by El Mourabitoun",
    // "JNIM claimed responsibility", « revendiqué par le JNIM » in the report.
    // ("Unknown gunmen attacked…; JNIM claimed the attack": the claim names them.)
    let unnamed = |k: usize| idx.doc.actors[k].camp.as_deref() == Some("unidentified");
    // ("Two youths opened fire on a bar…; the attackers are believed to have been
    // Islamist militants": a crowd named as the doer is who the report says it was.)
    let a_crowd = |k: usize| matches!(idx.doc.actors[k].inter, Some(5 | 6));
    let crowd_a1 = a1.is_some_and(a_crowd);
    if (a1.is_none_or(unnamed) || crowd_a1) && !cb.classes[t.t.class].passive_subject_a1 {
        // (Never the side that was hit: "It was the army that suffered the heaviest
        // losses.")
        let hit = |k: usize| {
            a2.is_some_and(|x| x == k || idx.doc.actors[x].name == idx.doc.actors[k].name)
        };
        a1 = responsibility(idx, lex, clex, alex, sent, crowd_a1.then_some(true))
            .filter(|&k| !hit(k) && !unnamed(k))
            .or(a1);
    } else if a2.is_none() && a1.is_some() {
        // "The army found an IED planted by JNIM": the one who set it is the other side.
        // (Who the attackers were is not.)
        // (Nor the doer itself, named again as the claimant: "Jihadists attacked a bus…
        // JNIM claimed responsibility", the jihadists read as JNIM's.)
        let same_actor = |k: usize| {
            a1.is_some_and(|x| {
                x == k
                    || idx.doc.actors[x].actor_id.is_some()
                        && idx.doc.actors[x].actor_id == idx.doc.actors[k].actor_id
            })
        };
        a2 = responsibility(idx, lex, clex, alex, sent, Some(false))
            .filter(|&k| !same_actor(k) && !unnamed(k));
    }
    // Nobody named as hit, but "rockets hit the MINUSMA camp", "a Malian army convoy
    // ambushed", « le camp de la MINUSMA »: the owner of what was hit.
    let owner_after = |k: usize| {
        let a = idx.actors[k].0;
        let mut p = a;
        if p > s0 && matches!(w.norm(p - 1), "the" | "la" | "le" | "l" | "les") {
            p -= 1;
        }
        p > s0 + 1
            && matches!(w.norm(p - 1), "of" | "de" | "du" | "des" | "d")
            // (« un véhicule de la MINUSMA »: a vehicle is a force's when a force owns it.)
            && (p.saturating_sub(4).max(s0)..p - 1).any(|i| {
                lex.get(E::Target, w, i).is_some_and(|(e, v)| {
                    e == p - 1
                        && (v == "armed"
                            || matches!(idx.doc.actors[k].inter, Some(1..=4 | 8)))
                })
            })
    };
    if a2.is_none() {
        a2 = cands.iter().copied().find(|&k| {
            Some(k) != a1 && (owner_named(k) || owner_after(k)) && same_region(idx.actors[k].0)
        });
    }
    // "attacked a convoy of villagers escorted by Dogon militiamen", "a convoy escorted
    // by the army was struck by an IED": an armed party guarding what was hit is the
    // other side, whether or not its owners are named. (In the trigger's clause, no
    // comma between: not "killed three civilians in Ogossagou, a village controlled by
    // the militia".)
    let civilian = |k: usize| idx.doc.actors[k].inter == Some(7);
    let clause = |i: usize| {
        let (x, y) = match i {
            _ if i < t.a => (i, t.a),
            _ if i >= t.b => (t.b, i),
            _ => return false,
        };
        y - x <= 12 && (x..y).all(|j| !matches!(w.norm(j), "," | ";" | ":"))
    };
    if a2.is_none_or(civilian)
        && let Some(k) = idx.starts_in(lex, E::Guard, s0, s1).find_map(|i| {
            let (ge, _) = lex.get(E::Guard, w, i).filter(|_| clause(i))?;
            after(ge, 3)
                .filter(|&k| Some(k) != a1 && matches!(idx.doc.actors[k].inter, Some(1..=4 | 8)))
        })
    {
        a2 = Some(k);
    }
    // (Nor one phrase read twice: « des miliciens dozos » is the noun and the name of
    // one group.)
    let one_phrase = |x: usize, y: usize| {
        let ((xa, xb), (ya, yb)) = (idx.actors[x], idx.actors[y]);
        (xb == ya || yb == xa)
            && idx.doc.actors[x].actor_id.is_some()
            && idx.doc.actors[x].actor_id == idx.doc.actors[y].actor_id
    };
    if a1 == a2 || a1.zip(a2).is_some_and(|(x, y)| one_phrase(x, y)) {
        a2 = None;
    }
    // (Nobody named did what a sentence of care tells: "The ICRC said it had treated
    // twenty wounded".)
    if e.trigs.iter().all(|t| t.cared) {
        a1 = None;
    }
    e.a1 = a1;
    // An ally of actor1 is on its side, not its opponent; nor is a party the other
    // side is held for helping ("arrested 30 men suspected of supplying jihadists").
    let helped = |k: usize| {
        let a = idx.actors[k].0;
        idx.alleged[a]
            && (a.saturating_sub(6)..a).any(|j| idx.alleged[j] && lex.has(E::Support, w, j))
    };
    e.a2 = a2.filter(|&k| !allied(idx, dict, a1, k) && (alleged_event || !helped(k)));
    assoc(idx, dict, e, &cands);

    // Its date: a time of its clause, nearest the trigger; not a claim's date, not a
    // duration. Else one elsewhere in the sentence (outside other events' clauses).
    // "two days after the attack" dates something else, relative to the event.
    let relative_to_it = |k: usize| {
        let (_, b) = idx.times[k];
        b < w.len()
            && matches!(
                w.norm(b),
                "after" | "before" | "apres" | "avant" | "since" | "depuis"
            )
            && (b + 1..(b + 4).min(w.len())).any(|i| i == first)
    };
    // "comes after another last month", « après une autre le mois dernier »: the date
    // of another deed, a preposition at most between.
    let of_other_deed = |k: usize| {
        let (a, _) = idx.times[k];
        (a.saturating_sub(7)..a).any(|j| {
            w.same_sentence(j, a)
                && lex.get(E::OtherDeed, w, j).is_some_and(|(oe, _)| {
                    oe <= a
                        && a - oe <= 1
                        && (oe..a).all(|i| {
                            matches!(w.norm(i), "in" | "on" | "at" | "en" | "le" | "la" | "du")
                        })
                })
        })
    };
    // "a close aide of the religious leader, detained since December", « détenu depuis
    // décembre »: since when someone has been in a state a participle tells, not when
    // the deed was done (unless the participle is the deed's main trigger: "the mayor,
    // held since Monday" dates the abduction).
    let main_trig = *primary(cb, e);
    let state_since = |k: usize| {
        let (a, _) = idx.times[k];
        let at = if matches!(w.norm(a), "since" | "depuis") {
            a
        } else if a > 0 && matches!(w.norm(a - 1), "since" | "depuis") {
            a - 1
        } else {
            return false;
        };
        // (A reduced relative or an apposition only: not a verb's own participle after
        // its auxiliary or a relative pronoun, "Fighting has continued since Saturday",
        // "Clashes that started since Friday".)
        at > 1 && w.same_sentence(at - 2, at) && !w.words()[at - 1].cap && {
            let p = w.norm(at - 1);
            (p.ends_with("ed")
                || ["é", "és", "ée", "ées", "u", "us", "ue", "ues"]
                    .iter()
                    .any(|x| p.ends_with(x)))
                && !matches!(
                    w.norm(at - 2),
                    "has"
                        | "have"
                        | "had"
                        | "been"
                        | "be"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "being"
                        | "that"
                        | "which"
                        | "who"
                        | "a"
                        | "ont"
                        | "est"
                        | "sont"
                        | "été"
                        | "avait"
                        | "avaient"
                        | "était"
                        | "étaient"
                        | "qui"
                        | "que"
                )
                && !(main_trig.a < at && at <= main_trig.b)
        }
    };
    let dated = |k: usize| {
        let tm = &idx.doc.times[k];
        !idx.said[k]
            && (e.unreal || !after_reason(idx, lex, clex, idx.times[k].0))
            && tm.start.is_some()
            && in_sentence(idx.times[k])
            && !relative_to_it(k)
            && !of_other_deed(k)
            && !state_since(k)
    };
    let dist = |(a, b): (usize, usize)| {
        if b <= first {
            first - b
        } else {
            a.saturating_sub(last)
        }
    };
    // An anaphoric mention ("the clashes") takes only a date right next to it: the
    // others in its sentence belong to what is said about it.
    // A clause opened by a subordinator has its own date or none: it borrows nothing
    // from the main clause.
    // (So does "after" with a participle of the same doer: "seized the town after
    // overrunning its camp on Sunday", « après avoir pris le camp dimanche ».)
    let at_once = |r: u32| {
        idx.region_start(r).is_some_and(|i| {
            matches!(
                w.norm(i),
                "when" | "as" | "while" | "lorsque" | "lorsqu" | "quand"
            ) || matches!(w.norm(i), "after" | "apres")
                && i + 1 < w.len()
                && (w.norm(i + 1).ends_with("ing") || w.norm(i + 1) == "avoir")
                // (And what the same men then did: "intercepted ten trucks on Wednesday
                // before setting them on fire", « avant d'y mettre le feu ».)
                || matches!(w.norm(i), "before" | "avant")
                    && i + 1 < w.len()
                    && (w.norm(i + 1).ends_with("ing") || matches!(w.norm(i + 1), "de" | "d"))
        })
    };
    // A relative clause about one of its trigger nouns ("clashes which broke out…").
    let about_trigger = |at: usize| {
        let r = idx.region[at];
        r != region
            && relative_at(idx, at)
                .is_some_and(|i| e.trigs.iter().any(|t| t.b == i && t.region != r))
    };
    // (`dated` holds only for times of the sentence.)
    let times_here = idx.starting_in(Mentions::Times, s0, s1);
    // The day nearest the event among those whose clause passes `clause`.
    let nearest_day = |clause: &dyn Fn(u32) -> bool| {
        times_here
            .clone()
            .filter(|&k| {
                dated(k) && idx.doc.times[k].precision == 1 && clause(idx.region[idx.times[k].0])
            })
            .min_by_key(|&k| dist(idx.times[k]))
    };
    e.time = times_here
        .clone()
        .filter(|&k| dated(k) && same_region(idx.times[k].0))
        .min_by_key(|&k| dist(idx.times[k]))
        .or_else(|| {
            times_here
                .clone()
                .filter(|&k| dated(k) && idx.region[idx.times[k].0] == 0 && region == 0)
                .min_by_key(|&k| dist(idx.times[k]))
        })
        .or_else(|| {
            // (Or of another clause that tells the same event: "were wounded when their
            // vehicle struck an IED near Tessalit on Wednesday".)
            // (Not one told as before or after it: "after a trader was killed the day
            // before".)
            // (A day: a year in it is another event's, "when fighting resumed after a
            // truce signed in 2015".)
            nearest_day(&|r| at_once(r) && e.trigs.iter().any(|t| t.region == r))
        })
        .or_else(|| {
            // (Or of the "after" clause telling the deed whose harm the main clause
            // gives: "were wounded and flown to Gao after an ambush near Tessit on
            // Thursday", « ont été blessés après une embuscade jeudi ». Only when every
            // trigger outside it tells harm, not a deed of its own.)
            let hurt = |t: &Trig| cb.classes[t.t.class].outcome;
            nearest_day(&|r| {
                r != 0
                    && idx
                        .region_start(r)
                        .is_some_and(|i| matches!(w.norm(i), "after" | "following" | "apres"))
                    && e.trigs.iter().any(|t| t.region == r && !hurt(t))
                    && e.trigs.iter().all(|t| t.region == r || hurt(t))
            })
        })
        .or_else(|| {
            // (Or of a relative clause about one of its trigger nouns: "after clashes
            // which broke out on Tuesday", « à l'issue de combats qui ont opposé mardi
            // dernier nos soldats aux jihadistes ».)
            times_here
                .clone()
                .filter(|&k| dated(k) && about_trigger(idx.times[k].0))
                .min_by_key(|&k| dist(idx.times[k]))
        })
        .or_else(|| {
            // (Or of the noun its relative clause tells of: "since the 2012 rebellion,
            // which killed hundreds", « la rébellion de 2012, qui a fait des centaines
            // de morts »: the deed is the antecedent's, dated with it.)
            let rel = relative_at(idx, first)?;
            times_here.clone().find(|&k| {
                let b = idx.times[k].1;
                dated(k)
                    && b <= rel
                    && rel - b <= 2
                    && (b..rel).all(|i| w.norm(i) == "," || w.words()[i].kind == TokenKind::Word)
            })
        })
        .or_else(|| {
            // Or the time a "when" clause right after it describes: "spared until last
            // year, when an attack killed three gendarmes", « jusqu'en 2019, lorsqu'une
            // attaque a tué… »: the clause tells what happened then.
            let start = idx.region_start(region).filter(|_| region != 0)?;
            if !matches!(w.norm(start), "when" | "lorsque" | "lorsqu" | "quand") {
                return None;
            }
            times_here.clone().find(|&k| {
                let b = idx.times[k].1;
                dated(k)
                    && idx.region[idx.times[k].0] != region
                    && (b == start || b + 1 == start && w.norm(b) == ",")
            })
        })
        .or_else(|| {
            // "occupied by jihadists for ten months in 2012-2013 before being retaken": a
            // deed told after "before", with no date
            // of its own, came between the main clause's period and the news; a month or
            // a year told there dates it as coarsely. (And one told after "after" came
            // just before it: "seized Niafunké in April 2012, shortly after separatists
            // overran the north", « peu après que les séparatistes ont attaqué Kidal ».)
            let start = idx.region_start(region).filter(|_| region != 0)?;
            if !matches!(w.norm(start), "before" | "avant" | "after" | "apres") {
                return None;
            }
            times_here
                .clone()
                // (The main clause's own time, which `dated` leaves to its deed.)
                .filter(|&k| {
                    !idx.said[k]
                        && idx.doc.times[k].start.is_some()
                        && in_sentence(idx.times[k])
                        && idx.doc.times[k].precision >= 3
                        && idx.region[idx.times[k].0] == 0
                        && idx.times[k].1 <= first
                })
                .min_by_key(|&k| dist(idx.times[k]))
        })
        .or_else(|| {
            // And the other way round: "Five civilians died on Friday when their cart
            // hit a mine", « ont péri vendredi lorsque… »: a "when" clause with no date
            // of its own happened on the day its main clause gives, told before it.
            (region != 0 && at_once(region))
                .then(|| {
                    times_here
                        .clone()
                        .filter(|&k| {
                            dated(k)
                                && idx.doc.times[k].precision == 1
                                && idx.region[idx.times[k].0] == 0
                                && idx.times[k].1 <= first
                        })
                        .min_by_key(|&k| dist(idx.times[k]))
                })
                .flatten()
        })
        .or_else(|| {
            // Or the day of the clause that tells when its state began: "have been
            // missing since armed men boarded their boats on Friday", « sont portés
            // disparus depuis que des hommes armés ont abordé leurs pirogues vendredi ».
            nearest_day(&|r| {
                r != 0
                    && idx
                        .region_start(r)
                        .is_some_and(|i| i == last && matches!(w.norm(i), "since" | "depuis"))
                    // (A state told with its verb "be", the lexicon's passive auxiliaries:
                    // not "a custody battle since he was found".)
                    && e.trigs.last().is_some_and(|t| {
                        (t.a.saturating_sub(1)..t.b).any(|i| passive_aux(w, lex, i))
                    })
            })
        })
        .or_else(|| {
            // A count of the dead since a month or a year a clause gives is a tally run
            // from then: "More than 200 of its personnel have been killed since it was
            // deployed in 2013", « ont été tués depuis son déploiement en 2013 » (a
            // phrase). It is dated then, history.
            // (The count's verb: a deed told in the "since" clause joins it.)
            let t = e.trigs.iter().find(|t| {
                t.b < w.len()
                    && matches!(w.norm(t.b), "since" | "depuis")
                    && (t.a.saturating_sub(3)..t.a)
                        .any(|i| matches!(w.norm(i), "have" | "has" | "ont" | "a"))
                    && (t.a.saturating_sub(2)..t.b).any(|i| passive_aux(w, lex, i))
            })?;
            times_here.clone().find(|&k| {
                let (a, _) = idx.times[k];
                !idx.said[k]
                    && idx.doc.times[k].start.is_some()
                    && idx.doc.times[k].precision >= 3
                    && a > t.b
                    && a - t.b <= 8
                    && (t.b..a).all(|i| w.words()[i].kind == TokenKind::Word)
            })
        })
        .or_else(|| {
            // Or the day of a relative clause telling what its victims were doing when
            // it happened: "raped three women who were collecting firewood near Ménaka
            // on Thursday", « trois femmes qui ramassaient du bois jeudi ». (Not a deed
            // of its own: "a man who had been kidnapped on Monday", "residents who were
            // protesting on Sunday".) So does one about its doers, telling how they went
            // about it: "raped by armed men who stopped a bus near Bougouni on 24 March".
            // (Harm only: not "met by X and Y, who traveled with him on Wednesday".)
            let harm = e.trigs.iter().any(|t| cb.classes[t.t.class].harm);
            let doers = |i: usize| {
                harm && e.a1.is_some_and(|x| {
                    let b = idx.actors[x].1;
                    b == i || b + 1 == i && w.norm(b) == ","
                })
            };
            times_here
                .clone()
                .filter(|&k| {
                    let at = idx.times[k].0;
                    let r = idx.region[at];
                    dated(k)
                        && idx.doc.times[k].precision == 1
                        && r != region
                        && relative_at(idx, at).is_some_and(|i| {
                            (ongoing(w, i + 1) || doers(i))
                                && !(i..w.len())
                                    .take_while(|&j| idx.region[j] == r)
                                    // (Not a date's word: "on 24 March".)
                                    .any(|j| {
                                        lex.trigger(w, idx.doc.text(), j).is_some()
                                            && !idx.times.iter().any(|&(a, b)| a <= j && j < b)
                                    })
                        })
                })
                .min_by_key(|&k| dist(idx.times[k]))
        });
    // "earlier this week, on Monday", « la semaine dernière, le mardi 3 »: a finer date in
    // apposition right after the one chosen, inside its span, says which day it was.
    if let Some(k) = e.time {
        let (t, b) = (&idx.doc.times[k], idx.times[k].1);
        let finer = times_here.clone().find(|&j| {
            let (ja, u) = (idx.times[j].0, &idx.doc.times[j]);
            ja > b
                && ja - b <= 3
                && w.norm(b) == ","
                && (b + 1..ja).all(|i| matches!(w.norm(i), "on" | "le" | "the"))
                && u.precision < t.precision
                && t.start.is_some_and(|s| u.start.is_some_and(|x| s <= x))
                && t.end.is_some_and(|e| u.end.is_some_and(|x| x <= e))
        });
        // So does an hour after a night that moved it to the night's second day: « dans
        // la nuit de dimanche à lundi, vers 2 heures du matin » is Monday.
        let hour = || {
            times_here.clone().find(|&j| {
                let (ja, u) = (idx.times[j].0, &idx.doc.times[j]);
                ja >= b
                    && ja - b <= 4
                    && u.timex_type == sitrep_core::records::TimexType::Time
                    && u.anchor
                        .as_ref()
                        .is_some_and(|a| a.kind == "mention" && a.index == Some(k))
                    && t.value.ends_with("TNI")
                    && u.start.is_some_and(|x| t.start.is_some_and(|s| s < x))
                    && (b..ja).all(|i| {
                        matches!(
                            w.norm(i),
                            "," | "at"
                                | "around"
                                | "about"
                                | "a"
                                | "vers"
                                | "aux"
                                | "environs"
                                | "de"
                                | "des"
                        )
                    })
            })
        };
        if let Some(j) = finer.or_else(hour) {
            e.time = Some(j);
        }
    }
    // Only "the clashes on Saturday", "l'attaque du 12 mars", "the attack took place on
    // Monday", « l'attaque a eu lieu lundi » date an anaphoric mention.
    e.time_far = e.time.is_some_and(|k| {
        let (a, _) = idx.times[k];
        let from = lex
            .get(E::Occurred, w, last)
            .filter(|&(oe, _)| oe <= a)
            .map_or(last, |(oe, _)| oe);
        // (A lead phrase of the date may come between: "the attack carried out in the
        // early hours of Friday", « l'attaque perpétrée aux premières heures de vendredi ».)
        let mut i = from;
        while i < a {
            if matches!(w.norm(i), "on" | "of" | "du" | "de" | "le") {
                i += 1;
            } else if let Some((e, _)) = lex.get(E::TimeLead, w, i).filter(|&(e, _)| e <= a) {
                i = e;
            } else {
                break;
            }
        }
        !(a >= last && i >= a)
    });
    // Its place: a located place of its clause (a town before a country), nearest the
    // event's date when the sentence pairs places with dates, else the trigger.
    // (Not a date borrowed from a relative clause: it says nothing of where.)
    // (Nor a date reached across a place's apposition: "near Hombori, 15 km from Boni, on
    // Saturday, and gunmen attacked Boni itself on Sunday" is near Hombori.)
    let anchor = e
        .time
        .filter(|&k| {
            let a = idx.times[k].0;
            !about_trigger(a) && !(last.min(a)..a).any(|i| idx.bridges[i])
        })
        .map_or((first, last), |k| idx.times[k]);
    let pdist = |(a, b): (usize, usize)| {
        let (x, y) = anchor;
        if b <= x { x - b } else { a.saturating_sub(y) }
    };
    // (Not an area named inside a party's name: "Dogon militiamen" is no event in the
    // Dogon country.)
    let placed = |k: usize| {
        idx.doc.places[k].lat.is_some() && in_sentence(idx.places[k]) && !idx.people_area[k]
    };
    let country_level = |k: usize| {
        idx.doc.places[k]
            .feature
            .as_deref()
            .is_some_and(|f| f.starts_with("A.PCL"))
            || idx.doc.places[k].feature.is_none()
    };
    // (`placed` holds only for places of the sentence.)
    let places_here = idx.starting_in(Mentions::Places, s0, s1);
    let best = |pred: &dyn Fn(usize) -> bool| {
        places_here
            .clone()
            .filter(|&k| placed(k) && pred(k))
            .min_by_key(|&k| {
                // A town named in a locative context ("in Kidal", "near Gao") before one
                // merely mentioned ("the battle of Kidal" is still a place, but weaker).
                // (A wire's dateline, often the capital the reporter files from, names
                // the place last, after a mere country; local press names the place
                // where it happened, as a locative does: « Sévaré : … ».)
                let rank = match idx.doc.places[k].dateline {
                    Some(Dateline::Wire) => 2,
                    _ => u8::from(country_level(k)),
                };
                // (A place that only says whom a speaker serves, "the governor of the
                // Mopti region", comes after every other: it is the speaker's.)
                let (a, _) = idx.places[k];
                let speakers = idx.speakers();
                let served = !speakers.is_empty() && speakers.iter().any(|&(x, y)| x <= a && a < y);
                // (An area with a place of the sentence inside it comes after that place:
                // "on the village of Madougou in central Mali's Koro district".)
                let wider = places_here.clone().any(|j| {
                    j != k
                        && placed(j)
                        && pred(j)
                        && (place_within(&idx.doc.places[j], &idx.doc.places[k])
                            || j < k && in_area_of(&idx.doc.places[j], &idx.doc.places[k]))
                });
                (
                    served,
                    rank,
                    wider,
                    !idx.doc.places[k].locative,
                    pdist(idx.places[k]),
                )
            })
    };
    // A region that only says where the town named right before it lies ("near Sofara,
    // in the Mopti region", « Bamba, dans la région de Gao ») is not the event's place:
    // the town is. (Named first, the area is the event's: "in Niono district of Ségou".)
    // So is a place that only locates the one named right before it: "Kourouma, near
    // Niono", « Bintagoungou, au nord-ouest de Tombouctou », « à 30 km de Douentza, sur
    // la route de Boni »: the event is at the first.
    let relational = |i: usize| lex.has(E::Locator, w, i);
    // (If the first lies where the second says: within a stated distance's reach of its
    // point, else 150 km of the town; "Salem, north of Timbuktu" is no Salé 530 km off.)
    let near_enough = |j: usize, k: usize| {
        let (x, y) = (&idx.doc.places[j], &idx.doc.places[k]);
        let (Some(la1), Some(lo1), Some(la2), Some(lo2)) = (x.lat, x.lon, y.lat, y.lon) else {
            return false;
        };
        let reach = y
            .offset
            .as_ref()
            .and_then(|o| o.distance_km)
            .map_or(150.0, |d| d * 0.5 + 25.0);
        sitrep_gazetteer::geo::haversine_km(la1, lo1, la2, lo2) <= reach
    };
    // (Only such a phrase between them: not "attacked Sokolo, then moved near Diabaly".)
    // (A distance in other units between parentheses too: "Hombori, some 200 kilometres
    // (125 miles) west of Gao".)
    let gap_word = |i: usize| {
        matches!(w.norm(i), "," | "-" | "'" | "(" | ")")
            || lex.has(E::PlaceGap, w, i)
            || w.words()[i].kind == TokenKind::Number
            || relational(i)
    };
    // (Nor when the first is itself a road's end: « sur la route de Gao, à l'est de Gossi ».)
    // (A road through it is no road's end: "on the main road through Kati, a garrison
    // town near Bamako".)
    let road_end = |j: usize| {
        let a = idx.places[j].0;
        (a.saturating_sub(3)..a).any(|i| {
            lex.get(E::Locator, w, i).is_some_and(|(le, v)| {
                v == "road" && !(le..a).any(|x| matches!(w.norm(x), "through" | "via"))
            })
        })
    };
    // Place `k` stands in apposition right after the located place `j`: a comma or a
    // parenthesis (« Niéna (cercle de Sikasso) »), then at most `max` words that `gap`
    // allows.
    let apposed = |j: usize, k: usize, max: usize, gap: &dyn Fn(usize) -> bool| {
        let (jb, ka) = (idx.places[j].1, idx.places[k].0);
        jb < ka
            && ka - jb <= max
            && matches!(w.norm(jb), "," | "(")
            && (jb..ka).all(|i| i == jb || gap(i))
            && placed(j)
    };
    // "on the road between Sévaré and Bandiagara on Friday, about 10 km from
    // Bandiagara": a distance from one of the two towns, in apposition (a date may come
    // between), says where on the way it was; the distance is the place, not the way.
    let refines = |j: usize, k: usize| {
        let (jb, ka) = (idx.places[j].1, idx.places[k].0);
        let (Some(way), Some(off)) = (&idx.doc.places[j].offset, &idx.doc.places[k].offset) else {
            return false;
        };
        way.relation == "between"
            && off.relation == "offset"
            && off.distance_km.is_some()
            && way.anchor.split(" / ").any(|a| a == off.anchor)
            && jb < ka
            && ka - jb <= 8
            && (jb..ka).any(|i| w.norm(i) == ",")
            && (jb..ka).all(|i| {
                matches!(w.norm(i), "," | "on" | "le" | "the")
                    || idx.times.iter().any(|&(a, b)| a <= i && i < b)
            })
    };
    // (The way's towns with it: "Timbuktu" in "between Timbuktu and Farach".)
    let refined_way = |k: usize| {
        let (ka, kb) = idx.places[k];
        places_here.clone().any(|j| {
            let (ja, jb) = idx.places[j];
            ja <= ka && kb <= jb && places_here.clone().any(|m| refines(j, m) && placed(m))
        })
    };
    // (A town's surroundings are as fine as the town for this: "near Boni, on the road
    // to Hombori" is at Boni, though "near" made it precision 2.)
    let town_grain = |q: &PlaceMention| {
        let near_town = q.offset.as_ref().is_some_and(|o| o.distance_km.is_none())
            && q.feature.as_deref().is_some_and(|f| f.starts_with("P."));
        if near_town { 1 } else { q.geo_precision }
    };
    // (The places `j` a place is tested against below are `placed`, so of the sentence:
    // only the sentence's are asked, `places_here`, not every place of the document.)
    let locates_one = |k: usize| {
        let kb = idx.places[k].1;
        let p = &idx.doc.places[k];
        // (Or a description in apposition that says where it lies: "Kati, a garrison
        // town near Bamako", « Ber, une localité située à 50 km de Tombouctou ».)
        let described = |j: usize| {
            let jb = idx.places[j].1;
            jb + 1 < w.len()
                && matches!(w.norm(jb + 1), "a" | "an" | "un" | "une")
                && apposed(j, k, 10, &|i| {
                    gap_word(i) || w.words()[i].kind == TokenKind::Word && !w.words()[i].cap
                })
        };
        // (A road's end may lie far off: "near Hombori, on the main road linking Mopti
        // to Gao", 200 km on.)
        let on_road = |j: usize| {
            (idx.places[j].1..idx.places[k].0)
                .any(|i| lex.get(E::Locator, w, i).is_some_and(|(_, v)| v == "road"))
        };
        let road_reach = |j: usize| {
            let (x, y) = (&idx.doc.places[j], &idx.doc.places[k]);
            matches!((x.lat, x.lon, y.lat, y.lon), (Some(la1), Some(lo1), Some(la2), Some(lo2))
                if sitrep_gazetteer::geo::haversine_km(la1, lo1, la2, lo2) <= 500.0)
        };
        places_here.clone().any(|j| {
            (apposed(j, k, 6, &gap_word) || described(j))
                && !refined_way(j)
                && (idx.places[j].1..kb).any(|i| !w.words()[i].cap && relational(i))
                && !road_end(j)
                && town_grain(&idx.doc.places[j]) <= p.geo_precision
                && (near_enough(j, k) || on_road(j) && road_reach(j))
        })
    };
    // (With the town inside such a phrase: "Niafunke" in "50km east of Niafunke".)
    let locates = |k: usize| {
        let (ka, kb) = idx.places[k];
        locates_one(k)
            || (0..idx.places.len()).any(|m| {
                let (ma, mb) = idx.places[m];
                m != k && ma <= ka && kb <= mb && locates_one(m)
            })
            // (And the far end of a road so located: "Gao" in "linking Mopti to Gao".)
            || ka > 0
                && matches!(w.norm(ka - 1), "to" | "and" | "à" | "a" | "et")
                && (0..idx.places.len()).any(|m| idx.places[m].1 + 1 == ka && locates_one(m))
    };
    // (A country's name may stand between: "Kendié, in central Mali's Bandiagara area".)
    let in_country = |i: usize| {
        (0..idx.places.len()).any(|m| {
            let (ma, mb) = idx.places[m];
            ma <= i
                && i < mb
                && idx.doc.places[m]
                    .feature
                    .as_deref()
                    .is_some_and(|f| f.starts_with("A.PCL"))
        })
    };
    let covered = |k: usize| {
        let p = &idx.doc.places[k];
        // (A town's area, "the Bandiagara area", is as coarse as a circle here.)
        let area = p.geo_precision == 2
            && p.offset
                .as_ref()
                .is_some_and(|o| o.relation == "vicinity" && o.distance_km.is_none());
        locates(k)
            || refined_way(k)
            || (p.geo_precision >= 3 || area)
                && p.admin1.is_some()
                && places_here.clone().any(|j| {
                    let q = &idx.doc.places[j];
                    // (An apposition right after the town: "Sofara, in the", not "Partis de
                    // Boni, les terroristes ont attaqué … du cercle de Douentza".)
                    // (Its article elided, a country's possessive between: « Markoye,
                    // dans la province de l'Oudalan », "Tillia, in western Niger's
                    // Tahoua region".)
                    apposed(j, k, 8, &|i| {
                        w.norm(i) == ","
                            || w.words()[i].kind == TokenKind::Word && !w.words()[i].cap
                            || in_country(i)
                            || w.norm(i + 1) == "s" && w.words().get(i + 1).is_some_and(|x| x.glued)
                    }) && (q.geo_precision < p.geo_precision || finer_area(q, p))
                        && q.admin1 == p.admin1
                })
            // "the village of Ségué in the Bankass area", « Ségué dans le cercle de
            // Bankass »: a coarser place right after "in" says where the first lies.
            // (Not a distance from it: "Djebok in the wasteland 35km east of Gao".)
            || p.offset.as_ref().is_none_or(|o| o.distance_km.is_none())
                && places_here.clone().any(|j| {
                let (jb, ka) = (idx.places[j].1, idx.places[k].0);
                jb < ka
                    && ka - jb <= 4
                    && matches!(w.norm(jb), "in" | "dans")
                    // (Only determiners and prepositions between: not "Gunmen from
                    // Ségué in the night raided Bankass".)
                    && (jb + 1..ka).all(|i| {
                        w.words()[i].kind == TokenKind::Word
                            && !w.words()[i].cap
                            && lex.has(E::PlaceGap, w, i)
                    })
                    && placed(j)
                    && idx.doc.places[j].geo_precision < p.geo_precision
                    && near_enough(j, k)
            })
    };
    // Where people were taken, fled or came from ("evacuated to Sévaré", « se sont
    // repliés vers Ménaka », "back from a meeting in Gao"): not the event's place; an
    // origin only when nothing else is named. (Determiners and the like between.)
    let bound = |k: usize, to: bool| {
        // (The first of a list names where it starts: "en route to Sevare and Bamako".)
        // (A place that ends right before `a` ends at the word before it: the
        // conjunction is asked once, not of every place.)
        let mut a = idx.places[k].0;
        while a > 0
            && matches!(w.norm(a - 1), "and" | "et" | "or" | "ou" | ",")
            && let Some(j) = (0..idx.places.len()).find(|&j| idx.places[j].1 + 1 == a)
        {
            a = idx.places[j].0;
        }
        // (Where the wounded were carried may name its hospital first: « évacuées vers
        // l'hôpital Nianankoro Fomba de Ségou », "taken to the Gabriel Touré hospital in
        // Bamako".)
        // (A hospital the place names is where they were carried: "died at the Tominian
        // health centre".)
        to && hospital(w, lex, idx.places[k].0, idx.places[k].1)
            || (a.saturating_sub(9)..a).any(|i| {
                lex.get(E::Destination, w, i).is_some_and(|(de, v)| {
                    let carried = v == "carried";
                    // (Where they went before the deed is where they did it: "After
                    // retreating to Hombori, the attackers killed five villagers".)
                    let before_deed = !carried
                        && i > 0
                        && matches!(w.norm(i - 1), "after" | "apres" | "upon")
                        && e.trigs.iter().all(|t| t.a > de);
                    // (Nor a road that runs there: "on the road towards Douentza". And a
                    // bare "towards" only right before the place: in "fired towards the
                    // crowd in Kaya" it is the fire's direction.)
                    let road = de == i + 1
                        && (i > 0
                            && lex
                                .get(E::Locator, w, i - 1)
                                .is_some_and(|(_, v)| v == "road")
                            || de < a);
                    !before_deed
                        && !road
                        && (v != "from") == to
                        && de <= a
                        && a - de <= if carried { 6 } else { 3 }
                        && (de..a).all(|j| {
                            !w.words()[j].cap
                                || lex.has(E::PlaceGap, w, j)
                                || carried && w.words()[j].kind == TokenKind::Word
                        })
                        && (de..a).all(|j| w.words()[j].kind == TokenKind::Word)
                })
            })
    };
    // "Sandaré, in the Nioro du Sahel circle of the Kayes region", « Bamba, cercle de
    // Bourem, région de Gao »: the coarser place right after one that only says where
    // the town lies says so too. (Only small words or a comma between them, both areas
    // of one region.)
    let covered = |k: usize| {
        covered(k) || {
            let p = &idx.doc.places[k];
            p.geo_precision >= 3
                && p.admin1.is_some()
                && places_here.clone().any(|j| {
                    let (jb, ka) = (idx.places[j].1, idx.places[k].0);
                    let q = &idx.doc.places[j];
                    j != k
                        && jb < ka
                        && ka - jb <= 5
                        && (jb..ka).all(|i| {
                            w.norm(i) == ","
                                || w.words()[i].kind == TokenKind::Word && !w.words()[i].cap
                        })
                        && q.geo_precision >= 3
                        && q.admin1 == p.admin1
                        && placed(j)
                        && covered(j)
                })
        }
    };
    // (Not a place in a relative clause that tells a party's other deed, "the attack was
    // claimed by Ansarul Islam, …, which has carried out repeated attacks in the Soum
    // since 2016", or its present state, "…, which is active in the Soum"; not "an IED
    // which destroyed two vehicles near Aguelhok", the deed itself, nor "fighters…, who
    // were heading down toward Mopti", where they were.)
    let others_clause = |k: usize| {
        let r = idx.region[idx.places[k].0];
        let Some(f) = idx.region_start(r) else {
            return false;
        };
        let state = || {
            f + 1 < s1
                && matches!(
                    w.norm(f + 1),
                    "is" | "are"
                        | "operates"
                        | "operate"
                        | "controls"
                        | "control"
                        | "remains"
                        | "est"
                        | "sont"
                        | "opere"
                        | "operent"
                        | "controle"
                        | "controlent"
                        | "reste"
                )
        };
        let deed =
            || (f..s1).any(|i| idx.region[i] == r && lex.trigger(w, idx.doc.text(), i).is_some());
        // (Right after a deed's noun, the clause tells that deed: "an IED which
        // destroyed…".)
        let after_deed = || {
            (f.saturating_sub(3)..f).any(|i| {
                lex.trigger(w, idx.doc.text(), i)
                    .is_some_and(|(te, _)| te == f)
            })
        };
        // (A relative clause set off by its comma only: not the setting a "when" clause
        // gives, "when the outbreak of fighting around Kidal seemed imminent, the rebels
        // had cut the telephone network", nor "disperse traders who staged a sit-in on
        // the main road through Kati", the deed's own people.)
        let relative =
            f > s0 && w.norm(f - 1) == "," && matches!(w.norm(f), "which" | "who" | "qui");
        r != 0
            && r != region
            && f > s0
            && relative
            && !e.trigs.iter().any(|t| idx.region[t.a] == r)
            && (state() || !after_deed() && deed())
    };
    let here = |k: usize| {
        !covered(k) && !bound(k, true) && !bound(k, false) && !idx.said_at[k] && !idx.apposed[k]
    };
    // (A wire's dateline opens the sentence but is no part of its clauses: "BAMAKO (AFP)
    // - Five soldiers were killed when jihadists attacked a camp in Léré".)
    let wire = |k: usize| idx.doc.places[k].dateline == Some(Dateline::Wire);
    // (Nor is a country named in passing, "peacekeepers serving with the UN mission in
    // Mali were killed when their vehicle struck a mine between Ansongo and Ménaka": a
    // finer place anywhere in the sentence comes first.)
    // (A dateline that wins gives way to a place of the deed's clause when the sentence
    // opens with its outcome: "NIAMEY – Six soldiers were killed when their vehicle hit
    // an IED near Torodi".)
    let local = |k: usize| idx.doc.places[k].dateline.is_none() && !country_level(k);
    e.place = best(&|k| same_region(idx.places[k].0) && here(k) && !wire(k) && !country_level(k))
        .and_then(|k| {
            let deed = || {
                best(&|j| {
                    idx.region[idx.places[j].0] == deed_region
                        && deed_region != region
                        && here(j)
                        && local(j)
                })
            };
            match idx.doc.places[k].dateline {
                Some(_) => deed().or(Some(k)),
                None => Some(k),
            }
        })
        .or_else(|| best(&|k| here(k) && !others_clause(k)));
    if e.place.is_none() {
        e.place = anaphoric_place(idx, lex, s0, s1);
        e.place_far = e.place.is_some();
    }
    e.place = e
        .place
        .or_else(|| {
            best(&|k| !covered(k) && !bound(k, true) && !idx.said_at[k] && !others_clause(k))
        })
        // (A deed of its own may happen there: "attacked villagers who had fled to
        // Douentza"; a toll told with the wounded's destination has no place, nor has a
        // deed: "repelled the assailants, and the wounded were flown to Sévaré".)
        .or_else(|| {
            // (Not one they went to after the deed told next: "the Islamists fled
            // towards Goundam after an exchange of fire"; but "a convoy heading to Boni
            // hit a mine" was hit on its way.)
            let fled_before = |k: usize| {
                let b = idx.places[k].1;
                bound(k, true)
                    && e.trigs.iter().all(|t| b <= t.a)
                    && e.trigs.first().is_some_and(|t| {
                        (b..t.a).any(|i| matches!(w.norm(i), "after" | "following" | "apres"))
                    })
            };
            // (Nor where the side that withdrew went: "forced the attackers to withdraw
            // toward the Wagadou forest", « contraints à se replier vers ».)
            let withdrew_to = |k: usize| {
                let a = idx.places[k].0;
                (a.saturating_sub(6)..a).any(|i| {
                    lex.get(E::Destination, w, i)
                        .is_some_and(|(de, v)| v == "retreat" && de <= a && a - de <= 3)
                        && e.trigs.iter().any(|t| t.a < i)
                })
            };
            // (Nor where people fled in a clause joined after the deed: « des tirs
            // nourris… et de nombreuses familles ont fui vers Mopti », "clashes broke
            // out, and residents fled to Douentza".)
            let fled_after = |k: usize| {
                let a = idx.places[k].0;
                (a.saturating_sub(6)..a).any(|i| {
                    lex.get(E::Destination, w, i).is_some_and(|(de, v)| {
                        v == "to"
                            && de <= a
                            && a - de <= 3
                            && e.trigs.iter().all(|t| t.b <= i)
                            && e.trigs.last().is_some_and(|t| {
                                (t.b..i).any(|x| matches!(w.norm(x), "and" | "et"))
                            })
                    })
                })
            };
            best(&|k| {
                !covered(k)
                    && !carried_to(idx, lex, k)
                    && !idx.said_at[k]
                    && !fled_before(k)
                    && !fled_after(k)
                    && !withdrew_to(k)
                    && !others_clause(k)
            })
            .filter(|_| !e.trigs.iter().all(|t| cb.classes[t.t.class].outcome))
        })
        // (Where a deed that is its doer's announcement was announced: "a faction
        // announced in Agadez that it was laying down its arms"; not a surrender the
        // ministry told in Niamey.)
        .or_else(|| {
            let own_word = e.trigs.iter().all(|t| cb.classes[t.t.class].declared)
                && e.a1.is_some_and(|k| {
                    let id = idx.doc.actors[k].actor_id.as_ref();
                    let pos = w.words()[e.trigs[0].a].span.start;
                    id.is_some()
                        && idx.doc.claims.iter().any(|c| {
                            c.span.start <= pos && pos < c.span.end && c.by.actor_id.as_ref() == id
                        })
                });
            own_word
                .then(|| best(&|k| !covered(k) && idx.said_at[k]))
                .flatten()
        });
    // (A place people went to, taken for want of another, "a convoy heading to Boni hit
    // a mine", is a rough one: a definite mention so placed may still name the deed told
    // before at its own place, "… 15 km east of Douentza. The convoy, travelling towards
    // Boni, hit the explosive device".)
    if e.place.is_some_and(|k| bound(k, true)) {
        e.place_far = true;
    }

    // Casualties: the sentence's casualty figures. (Its clauses' only would drop "…,
    // leaving 10 dead" more often than it keeps out another event's toll.)
    // (Not, for a protest or riot, a death told in a clause of what set it off: "rioted
    // after a young man died in custody", « ont brûlé des pneus après qu'un commerçant a
    // été tué »: the death is another event's.)
    // (A crowd's deed too: "angry youths set fire to the town hall after a motorcyclist
    // was killed by a police officer".)
    let crowd = e
        .trigs
        .iter()
        .any(|x| matches!(cb.classes[x.t.class].key.as_str(), "protest" | "riot"))
        || e.a1.is_some_and(a_crowd);
    let set_off = |a: usize| {
        let r = idx.region[a];
        crowd && r != 0 && r != region && {
            let opener = (s0..a).find(|&j| idx.region[j] == r).unwrap_or(a);
            lex.has(E::Cause, w, opener)
                || (opener > s0
                    && lex
                        .get(E::Cause, w, opener - 1)
                        .is_some_and(|(ce, _)| ce == opener))
        }
    };
    let recap = if e.unreal {
        None
    } else {
        recap_after(idx, lex, s0, s1)
    };
    // (Nor the figure a deed's noun of another event counts: "marched to commemorate the
    // massacre of 37 villagers", « pour commémorer la tuerie de 37 villageois ».)
    let others_noun = |qa: usize| {
        let mut j = qa;
        while j > s0
            && qa - j < 3
            && matches!(
                w.norm(j - 1),
                "of" | "the" | "de" | "des" | "du" | "d" | "'" | "’" | "la" | "les" | "l"
            )
        {
            j -= 1;
        }
        j < qa
            && (j.saturating_sub(3).max(s0)..j).any(|x| {
                lex.trigger(w, idx.doc.text(), x)
                    .is_some_and(|(te, _)| te == j)
                    && !e.trigs.iter().any(|t| t.a == x)
            })
    };
    // (Nor the victims a reason names: "marched in memory of the 37 villagers killed in
    // Koulogon", « en mémoire des 37 villageois tués ».)
    let reasoned = |qa: usize| !e.unreal && after_reason(idx, lex, clex, qa);
    e.casualties = idx
        .starting_in(Mentions::Quants, s0, s1)
        .filter(|&k| {
            in_sentence(idx.quants[k])
                && idx.doc.quantities[k].casualty.is_some()
                && !set_off(idx.quants[k].0)
                && !e.foreign_regions.contains(&idx.region[idx.quants[k].0])
                && (e.toll_words.0..e.toll_words.1).contains(&idx.quants[k].0)
                // ("arrested two men suspected of killing a trader": the alleged
                // deed's dead are not the arrest's.)
                && (alleged_event || !idx.alleged[idx.quants[k].0.min(w.len() - 1)])
                // (Nor a death a denial rejects: "reported a protester killed, which the
                // police denied".)
                && !idx.denied.get(idx.quants[k].0).is_some_and(|d| *d)
                // (Nor the toll of the deed the news is measured from: "the arrests come
                // a week after JNIM attacked the school, killing 70".)
                && recap.is_none_or(|(r, end)| idx.quants[k].0 < r || idx.quants[k].0 >= end)
                && !others_noun(idx.quants[k].0)
                && !reasoned(idx.quants[k].0)
        })
        .collect();
    // What was hit: the second actor, else the victims counted, else a target noun.
    let trigs: Vec<(usize, usize, bool)> = e
        .trigs
        .iter()
        .filter(|x| x.a >= s0 && x.b <= s1)
        .map(|x| (x.a, x.b, x.t.noun))
        .collect();
    e.taking = cb.classes[primary(cb, e).t.class].member_taken;
    (e.target_civilian, e.target_force) = target(idx, lex, e, &trigs, (t.a, t.b), passive, s1);
    // What was burned or looted is a village or hamlet ("attacked and torched the hamlet
    // of Boila"): its people were attacked. (Not a village where livestock was seized,
    // nor "burned the mayor's office in the village of Tindirma".)
    let french = idx.doc.lang() == sitrep_core::Lang::Fr;
    let hit_is = |kind: E, attendant_only: bool| {
        e.trigs
            .iter()
            .filter(|x| {
                x.a >= s0 && x.b <= s1 && (!attendant_only || cb.classes[x.t.class].attendant)
            })
            .any(|x| {
                let end = e
                    .trigs
                    .iter()
                    .map(|y| y.a)
                    .filter(|&a| a >= x.b)
                    .min()
                    .unwrap_or(s1);
                (x.b..end.min(s1))
                    .take_while(|&i| w.norm(i) != ",")
                    .any(|i| {
                        lex.has(kind, w, i)
                        // (Folded forms: « à » is "a", which in English is the article.)
                        && !(i.saturating_sub(3).max(x.b)..i).any(|j| {
                            matches!(
                                w.norm(j),
                                "in" | "at" | "near" | "around" | "outside" | "dans" | "au"
                                    | "aux" | "pres"
                            ) || (french && w.norm(j) == "a")
                        })
                    })
            })
    };
    e.target_settlement = hit_is(E::Settlement, true);
    // What was burned, ransacked or attacked is the state's building ("set fire to the
    // town hall", « ont saccagé le commissariat »): a crowd that did it demonstrated.
    // (Asked only of a crowd, the one side the codebook asks it for: reading every
    // trigger's object cost half a percent of the whole run.)
    e.target_public =
        e.a1.is_some_and(|k| idx.doc.actors[k].inter == Some(5)) && hit_is(E::Public, false);
    // ("abducted ANSIPRJ founder Oumar Aldjana", "wounded the coordinator of the CMA":
    // an armed group's people who bear no arms, named by a role around the group's
    // name, are victims who could not fight, as are people hit at home. A state's
    // president or minister is its government, as ACLED codes it.)
    // (Not when the state's or a foreign force's operation hit them, nor with fighters
    // among the victims, nor a "military coordinator": that is combat.)
    let in_combat = || {
        e.a1.is_some_and(|k| matches!(idx.doc.actors[k].inter, Some(1 | 8)))
            || e.casualties
                .iter()
                .any(|&q| victim_kind(idx, lex, q) == Some("armed"))
            || e.trigs
                .iter()
                .any(|x| matches!(cb.classes[x.t.class].key.as_str(), "clash" | "ambush"))
    };
    let unarmed = e.a2.is_some_and(|k| {
        let (ma, mb) = idx.actors[k];
        idx.actors
            .iter()
            .zip(&idx.doc.actors)
            .any(|(&(ra, rb), r)| {
                ra <= ma
                    && mb <= rb
                    && matches!(r.inter, Some(2..=4))
                    && r.role
                        .as_ref()
                        .is_some_and(|r| cb.civilian_roles.contains(r))
                    && !(ra..(ra + 3).min(w.len()))
                        .any(|j| matches!(w.norm(j), "military" | "militaire" | "armed"))
            })
    }) && !in_combat();
    // (Only the words where a phrase may start, found by a search of their own.)
    e.disarmed = unarmed
        || idx
            .starts_in(lex, E::Disarmed, s0, s1)
            .any(|j| lex.has(E::Disarmed, w, j));
    e.fights_back = e.trigs.iter().any(|x| x.t.subj_defender)
        || e.a1.is_some_and(|k| {
            let b = idx.actors[k].1;
            (b..(b + 3).min(s1)).any(|j| lex.has(E::Fightback, w, j))
        });
    // ("X attacked the hamlet, Fulani self-defense repelled the attack, three assailants
    // killed": unnamed assailants hit are the attackers' losses, not a defence.)
    let undefended = e.a2.is_none_or(|k| {
        let m = &idx.doc.actors[k];
        m.inter == Some(7) || (e.a1.is_some() && m.camp.as_deref() == Some("unidentified"))
    });
    if undefended && e.target_force.is_none() {
        e.defenders = defenders(idx, lex, s0, s1);
    }
    // ("The crowd dispersed in the early afternoon", « la foule s'est dispersée dans le
    // calme »: a crowd that went home, not one broken up; "the crowd was dispersed by"
    // has its auxiliary between. Only the dispersal: "protesters arrested" were met.)
    let went_home = |i: usize| {
        let crowd = |b: usize| {
            idx.actors
                .iter()
                .zip(&idx.doc.actors)
                .any(|(&(_, e), m)| e == b && matches!(m.inter, Some(5 | 6)))
        };
        (i.saturating_sub(3).max(s0)..=i).any(|b| {
            crowd(b) && (b..i).all(|j| matches!(w.norm(j), "s" | "'" | "’" | "est" | "sont" | "se"))
        }) && !(i + 1 < s1 && matches!(w.norm(i + 1), "by" | "par"))
    };
    e.mods = idx
        .starts_in(lex, E::Modifier, s0, s1)
        .filter_map(|i| {
            lex.get(E::Modifier, w, i)
                .filter(|&(_, v)| {
                    v != "intervention" || !w.norm(i).starts_with("dispers") || !went_home(i)
                })
                // ("reinforcements backed by aircraft forced the attackers to withdraw",
                // « appuyés par des hélicoptères »: aircraft that support troops on the
                // ground make no air strike of their fight.)
                .filter(|&(_, v)| {
                    v != "air"
                        || !(i.saturating_sub(5).max(s0)..i).any(|j| {
                            lex.get(E::AirSupport, w, j).is_some_and(|(e, _)| {
                                (e..i).all(|k| {
                                    w.words()[k].cap
                                        || clex.has(C::Det, w, k)
                                        || matches!(w.norm(k), "des" | "de" | "d" | "'" | "’")
                                })
                            })
                        })
                })
                .map(|(_, v)| v.to_string())
        })
        .collect();
    // Aircraft that are the subject of a killing struck from the air: « les vecteurs
    // aériens des FAMa ont neutralisé quinze terroristes », "the air component struck
    // and neutralized 23 terrorists" (`mod=air_subject`); "soldiers backed by drones
    // killed ten" is the soldiers' fight. So are aircraft that engaged ("FAMa aerial
    // vectors engaged a group of terrorists"), when that is the event's main deed and
    // has an object: not "drones engaged the attackers after JNIM fighters stormed the
    // post", nor "the air force has engaged in talks".
    let main_at = primary(cb, e).a;
    let air_subject = e.trigs.iter().any(|x| {
        let key = cb.classes[x.t.class].key.as_str();
        (key == "kill"
            || key == "clash"
                && x.a == main_at
                && x.b < s1
                && !matches!(w.norm(x.b), "in" | "into" | "dans"))
            && idx
                .starts_in(lex, E::Modifier, s0.max(x.a.saturating_sub(10)), x.a)
                .any(|i| {
                    let Some((end, "air")) = lex.get(E::Modifier, w, i) else {
                        return false;
                    };
                    let mut j = i;
                    while j > s0
                        && (w.words()[j - 1].cap
                            || matches!(
                                w.norm(j - 1),
                                "the"
                                    | "its"
                                    | "their"
                                    | "les"
                                    | "la"
                                    | "le"
                                    | "l"
                                    | "'"
                                    | "’"
                                    | "ses"
                                    | "leurs"
                            ))
                    {
                        j -= 1;
                    }
                    (j == s0 || matches!(w.norm(j - 1), "," | ":" | ";" | "that" | "que" | "qu"))
                        // (Only its owner's name and the verb's auxiliary between: not
                        // "drones and ground troops killed", « ont permis aux unités au
                        // sol de neutraliser », "backed by drones", "was shot down".)
                        && (end..x.a).all(|k| {
                            w.words()[k].cap
                                || idx.actors.iter().any(|&(a, b)| a <= k && k < b)
                                || matches!(
                                    w.norm(k),
                                    "of" | "the"
                                        | "de"
                                        | "des"
                                        | "du"
                                        | "d"
                                        | "la"
                                        | "le"
                                        | "les"
                                        | "l"
                                        | "("
                                        | ")"
                                        | "has"
                                        | "have"
                                        | "had"
                                        | "ont"
                                        | "a"
                                )
                        })
                })
    });
    if air_subject {
        e.mods.push("air_subject".into());
    }
    // Evidence: from the first to the last word of what the event is made of, in its
    // sentence and clause.
    let mut lo_w = first;
    let mut hi_w = last;
    for k in [e.a1, e.a2].into_iter().flatten() {
        let (a, b) = idx.actors[k];
        if same_region(a) && in_sentence((a, b)) {
            lo_w = lo_w.min(a);
            hi_w = hi_w.max(b);
        }
    }
    if let Some(k) = e.time
        && same_region(idx.times[k].0)
    {
        lo_w = lo_w.min(idx.times[k].0);
        hi_w = hi_w.max(idx.times[k].1);
    }
    e.evidence = vec![w.span(lo_w, hi_w)];
}

/// Locals who fought back in the sentence `s0..s1`: "the villagers repelled the
/// attack", "were fought off by residents", « l'autodéfense du village a riposté »; or
/// only "the attack was repelled" when a village was hit (its people did).
fn defenders(idx: &Idx, lex: &EventLex, s0: usize, s1: usize) -> Option<(usize, usize)> {
    let w = idx.w;
    let fights = |a: usize, b: usize| (a..b.min(s1)).any(|j| lex.has(E::Fightback, w, j));
    let village = || {
        (s0..s1).any(|j| {
            lex.get(E::Target, w, j)
                .is_some_and(|(_, v)| v == "civilian")
        })
    };
    let mut i = s0;
    // (Only the words where a phrase may start.)
    while i < s1 {
        let Some(c) = idx.starts_in(lex, E::Defender, i, s1).next() else {
            break;
        };
        i = c;
        let Some((e, v)) = lex.get(E::Defender, w, i) else {
            i += 1;
            continue;
        };
        let by = i > s0 && matches!(w.norm(i - 1), "by" | "par");
        // "clashed with village self-defense", « des affrontements avec les villageois ».
        let with = (i.saturating_sub(2).max(s0)..i)
            .find(|&j| matches!(w.norm(j), "with" | "avec"))
            .filter(|&j| j + 1 == i || matches!(w.norm(j + 1), "the" | "les" | "la" | "le"));
        let fought = match v {
            "implied" => village(),
            _ => {
                fights(e, e + 4)
                    || by && fights(i.saturating_sub(5).max(s0), i)
                    || with.is_some_and(|j| fights(j.saturating_sub(3).max(s0), j))
            }
        };
        if fought {
            return Some((i, e));
        }
        i = e;
    }
    None
}

/// How a report says who did it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Said {
    /// A claim ("JNIM claimed the attack", "claimed by JNIM", "it was JNIM who").
    Claim,
    /// Who the attackers were ("the attackers are believed to be members of the FLM").
    Identity,
    /// A likely agent ("ambushed presumably by JNIM"): only its own sentence's deed.
    Agent,
}

/// Whom the report names as the doer of the event told in sentence `sent`, when the
/// event's own words do not: a claim of responsibility, who the attackers were said to
/// be, a likely agent. `ident`: `Some(true)` only who the attackers were said to be,
/// `Some(false)` only claims and agents, `None` both.
fn responsibility(
    idx: &Idx,
    lex: &EventLex,
    clex: &ClaimLex,
    alex: &crate::actor::lex::ActorLex,
    sent: usize,
    ident: Option<bool>,
) -> Option<usize> {
    let w = idx.w;
    // One pass over the document, on the first event that needs it.
    let claims = idx.responsibility.get_or_init(|| {
        let mut out = Vec::new();
        let mut scan = idx.first.scan(RESP);
        let mut next = 0;
        // (Each sentence in turn, as its words come.)
        while let Some(i) = scan.next(next) {
            next = i + 1;
            let s = idx.sentence_of(i);
            let (s0, s1) = idx.sentences[s];
            // (Also across a date: "claimed on Saturday by JNIM", « revendiquée
            // samedi par le JNIM ».)
            let across = || {
                // (The first time starting at word `i + 1`: among those that start there.)
                let &(ta, tb) = idx.times[idx.starting_in(Mentions::Times, i + 1, i + 2)]
                    .iter()
                    .find(|&&(ta, _)| ta == i + 1)?;
                lex.table(E::Responsibility)
                    .longest_across(w, i, ta, tb)
                    .map(|(e, v)| (e, v.as_str()))
            };
            // (Or across who blames or who told: "attributed by local sources to the
            // ISGS", « attribuée par des sources locales à l'EIGS », "were identified
            // by survivors as members of", « ont été identifiés par des témoins
            // comme ».)
            let across = || {
                across().or_else(|| {
                    let by =
                        (i + 1..(i + 4).min(s1)).find(|&j| matches!(w.norm(j), "by" | "par"))?;
                    let to = (by + 1..(by + 8).min(s1))
                        .take_while(|&j| !matches!(w.norm(j), "," | ";" | "."))
                        // (French « à » folds to "a", the English article.)
                        .find(|&j| match w.norm(j) {
                            "a" => idx.doc.lang() == sitrep_core::Lang::Fr,
                            x => matches!(x, "to" | "on" | "au" | "aux" | "as" | "comme"),
                        })?;
                    lex.table(E::Responsibility)
                        .longest_across(w, i, by, to)
                        .map(|(e, v)| (e, v.as_str()))
                })
            };
            // (The longer reading wins: « revendiqué samedi par » is no « revendique ».)
            let found = match (lex.get(E::Responsibility, w, i), across()) {
                (Some(h), Some(x)) => Some(if x.0 > h.0 { x } else { h }),
                (h, x) => h.or(x),
            };
            let Some((e, how)) = found else {
                continue;
            };
            // "JNIM claimed an IED attack", "claimed to have detonated an IED": a
            // verb that claims an event only when one is named right after it
            // (not "JNIM claimed that…", nor a loss: "claimed to have lost six").
            // A verb must come first and be the claimant's deed ("withdrew" is not).
            // "Koro has seen repeated attacks blamed on Islamist militants", « des
            // attaques attribuées aux jihadistes »: deeds in the plural, no article
            // pointing at the ones told, are a pattern, not who did this one.
            let pattern = i > s0 + 1
                && w.norm(i - 1).ends_with(['s', 'x'])
                && lex
                    .trigger(w, idx.doc.text(), i - 1)
                    .is_some_and(|(te, t)| t.noun && te == i)
                && !lex.has(E::Definite, w, i - 2);
            if how == "after" && pattern {
                continue;
            }
            if how == "event"
                && !(e..(e + 4).min(s1)).any(|j| {
                    lex.trigger(w, idx.doc.text(), j).is_some_and(|(_, t)| {
                        t.noun || (j == e && !(t.subj_a2 || t.subj_target || t.subj_defender))
                    })
                })
            {
                continue;
            }
            // "The attackers are believed to be members of the FLM": who the
            // attackers were, when its subject is the attackers ("the victims are
            // believed to be MNLA members" is not).
            // ("The man is allegedly part of…" only after one attacker: "a
            // gunman", not "gunmen shot two shepherds. The two men belonged to…")
            let one_attacker = || {
                (0..idx.actors.len()).any(|k| {
                    let a = idx.actors[k].0;
                    a < i
                        && a > 0
                        && idx.doc.actors[k].camp.as_deref() == Some("unidentified")
                        && [a - 1, a]
                            .into_iter()
                            .any(|x| matches!(w.norm(x), "a" | "an" | "un" | "une"))
                })
            };
            // ("Armed men detonated a device… The men are allegedly part of…": the
            // attackers' own noun, not the victims'.)
            let their_noun = |n: usize| {
                (0..idx.actors.len()).any(|k| {
                    let (a, b) = idx.actors[k];
                    a < i
                        && idx.doc.actors[k].camp.as_deref() == Some("unidentified")
                        && (a..b).any(|x| w.norm(x) == w.norm(n))
                })
            };
            // ("Armed men burned the market. Residents identified them as…": a
            // pronoun stands for the attackers only when they are the last party told
            // before its sentence; not "Gunmen killed three villagers. Relatives said
            // they were members of…".)
            let last_told_unnamed = || {
                (0..idx.actors.len())
                    .filter(|&k| idx.actors[k].1 <= s0)
                    .max_by_key(|&k| idx.actors[k].1)
                    .is_some_and(|k| idx.doc.actors[k].camp.as_deref() == Some("unidentified"))
            };
            let fits = |e: usize, v: &str| match v {
                "one" => one_attacker(),
                "head" => their_noun(e - 1),
                "pronoun" => last_told_unnamed(),
                _ => true,
            };
            // (« Des hommes armés ont attaqué… Il s'agirait d'éléments du JNIM »:
            // an impersonal "il" names who the armed men just told of were.)
            let impersonal = || {
                w.norm(i) == "il"
                    && (0..idx.actors.len()).any(|k| {
                        let (a, b) = idx.actors[k];
                        b <= i
                            && idx.sentence_of(a) + 1 >= s
                            && idx.doc.actors[k].camp.as_deref() == Some("unidentified")
                    })
            };
            // ("Residents identified the men as…": the phrase holds who they were.)
            let holds_suspect = || {
                (i + 1..e).any(|j| {
                    lex.get(E::Suspect, w, j)
                        .is_some_and(|(se, v)| se < e && fits(se, v))
                })
            };
            if how == "identity"
                && !impersonal()
                && !holds_suspect()
                && !(i > s0
                    && ((i.saturating_sub(3).max(s0)..i).any(|j| {
                        lex.get(E::Suspect, w, j)
                            .is_some_and(|(e, v)| e == i && fits(e, v))
                    }) || (0..idx.actors.len()).any(|k| {
                        let (a, b) = idx.actors[k];
                        // (A relative clause between: "the assailants, who were
                        // identified by survivors as…"; or an aside between commas
                        // after the sentence's subject: « Les assaillants, arrivés à
                        // moto, ont été présentés comme… ».)
                        a >= s0
                            && b <= i
                            && (i - b <= 1
                                || i - b <= 3
                                    && (b..i)
                                        .all(|j| w.norm(j) == "," || relative_pronoun(w.norm(j)))
                                || a <= s0 + 1
                                    && i - b <= 8
                                    && w.norm(b) == ","
                                    && w.norm(i - 1) == ","
                                    && (b..i).all(|j| !w.words()[j].cap))
                            && idx.doc.actors[k].camp.as_deref() == Some("unidentified")
                    })))
            {
                continue;
            }
            // ("The attackers are suspected of belonging to JNIM": the group named,
            // not the attackers.)
            // (Nor the victims: "the dead are believed to be civilians".)
            let named = |k: usize| {
                let m = &idx.doc.actors[k];
                m.camp.as_deref() != Some("unidentified")
                    && (matches!(m.inter, Some(1..=4 | 8))
                        || matches!(m.camp.as_deref(), Some("rebel" | "jihadist" | "militia")))
            };
            let found = if how == "cleft" {
                // "It was JNIM militants who planted the mine", « ce sont des
                // éléments du JNIM qui ont tendu l'embuscade »: the one named before
                // the relative pronoun.
                // (Not one who underwent it or fought it off: "it was the army
                // that was targeted", "that repelled the assault".)
                let acted = |b: usize| {
                    !(b + 1..(b + 3).min(s1)).any(|j| lex.has(E::Passive, w, j))
                        && !(b + 1..(b + 5).min(s1)).any(|j| {
                            lex.has(E::Fightback, w, j)
                                || lex.has(E::Undergo, w, j)
                                || lex.trigger(w, idx.doc.text(), j).is_some_and(|(_, t)| {
                                    t.subj_a2 || t.subj_target || t.subj_defender
                                })
                        })
                };
                (0..idx.actors.len()).find(|&k| {
                    let (a, b) = idx.actors[k];
                    a >= e
                        && a <= e + 2
                        && b < s1
                        && matches!(w.norm(b), "who" | "that" | "qui")
                        && acted(b)
                        && named(k)
                })
            } else if how == "blame" {
                // "Security sources blamed the ISSP", "blamed the attack on JNIM",
                // « le gouvernement attribue cette tuerie aux terroristes de la katiba
                // Macina »: the one blamed, right after the verb (the clause ending
                // there, or "for" a deed following), else after the word that puts a
                // deed, named between, on someone. (Not blame for anything else,
                // "blamed the army for failing to protect them", "attributed the drop
                // in attacks to the army"; nor a negated or infinitive verb, "does not
                // attribute the attack to JNIM", "too early to blame JNIM".)
                let fr = idx.doc.lang() == sitrep_core::Lang::Fr;
                let denied = (i.saturating_sub(3).max(s0)..i)
                    .any(|j| matches!(w.norm(j), "not" | "never" | "to" | "pas" | "ne" | "n"));
                let deed = |j: usize| {
                    lex.trigger(w, idx.doc.text(), j)
                        .is_some_and(|(_, t)| t.noun)
                };
                let det = |j: usize| {
                    clex.has(C::Det, w, j) || matches!(w.norm(j), "'" | "’" | "«" | "»" | "\"")
                };
                let a_date = |j: usize| idx.times.iter().any(|&(a, _)| a == j || a == j + 1);
                let on = (e..(e + 6).min(s1))
                    .take_while(|&j| !matches!(w.norm(j), "," | ";" | "."))
                    .find(|&j| {
                        !a_date(j)
                            && match w.norm(j) {
                                "a" => fr,
                                x => matches!(x, "on" | "to" | "au" | "aux"),
                            }
                    })
                    .filter(|&p| {
                        let dated = |j: usize| idx.times.iter().any(|&(a, b)| a <= j && j < b);
                        (e..p).any(deed)
                            && (e..p).all(|j| deed(j) || det(j) || dated(j) || a_date(j))
                    });
                let direct = |k: usize| {
                    let b = idx.actors[k].1;
                    b >= s1
                        || matches!(w.norm(b), "," | ";" | "." | "and" | "et")
                        || matches!(w.norm(b), "for" | "pour") && (b + 1..(b + 4).min(s1)).any(deed)
                };
                // (Or past the members of a group, "blaming fighters of JNIM"; not
                // past a deed put on someone, "attribue la baisse des attaques à
                // l'armée".)
                // (A noun for a group's members, "fighters", « miliciens »: the
                // actors lexicon's `member` rows.)
                let member = |j: usize| alex.has(crate::actor::lex::A::Member, w, j);
                let members_of = |a: usize| {
                    of_group(w, e, a)
                        && (e..a).any(member)
                        && (e..a).all(|j| {
                            !(deed(j)
                                || matches!(w.norm(j), "to" | "on" | "for" | "au" | "aux" | "pour")
                                || fr && w.norm(j) == "a")
                        })
                };
                (0..idx.actors.len()).find(|&k| {
                    let a = idx.actors[k].0;
                    !denied
                        && a < s1
                        && named(k)
                        // (« qui accuse » names the doers only past their members:
                        // « qui accuse des miliciens de Dan Na Ambassagou », not « qui
                        // accuse l'armée de passivité ».)
                        && ((a >= e
                            && (a <= e + 1 && (w.norm(i) != "qui" || member(a)) || members_of(a)))
                            && direct(k)
                            || on.is_some_and(|p| a > p && (a <= p + 2 || of_group(w, p + 1, a))))
                })
            } else if matches!(how, "after" | "identity" | "agent") {
                // (Also a mention that took the cue's last words in: "are suspected
                // [members of the FLM]".)
                // (Or after the members it names: "as members of the Dan Na
                // Ambassagou militia", « comme des membres de la milice Dan Na
                // Ambassagou ».)
                // (With the verb alone, "the attackers were", who they were comes right
                // after it, past articles: not "the attackers were repelled by the army",
                // "were repelled by soldiers of the army".)
                let bare = how == "identity" && e == i + 1;
                let of_group = |a: usize| !bare && of_group(w, e, a);
                let next = |a: usize| !bare || (e..a).all(|j| clex.has(C::Det, w, j));
                (0..idx.actors.len()).find(|&k| {
                    let (a, b) = idx.actors[k];
                    (a >= e && (a <= e + 2 && next(a) || how == "identity" && of_group(a))
                        || a > i && a < e && b > e)
                        && a < s1
                        && named(k)
                })
            } else if how == "speaker" {
                // "JNIM said on Saturday it was behind the bombings", « le JNIM a
                // affirmé samedi être derrière… »: who says so ([`reporter`]: not who
                // denies it). (Nor who says it was not: « a affirmé ne pas être
                // derrière ».)
                let negated = (i.saturating_sub(2).max(s0)..i)
                    .any(|j| matches!(w.norm(j), "not" | "never" | "pas" | "jamais" | "ne" | "n"));
                reporter(idx, i).filter(|&k| named(k) && !negated)
            } else {
                // (Or before its relative clause: « Le JNIM, qui impose depuis août un
                // blocus à la ville, a revendiqué ces bombardements », "JNIM, which is
                // active in the area, claimed the attack".)
                let relative = (i > s0 + 1 && w.norm(i - 1) == ",")
                    .then(|| (s0..i - 1).rev().find(|&j| w.norm(j) == ","))
                    .flatten()
                    .filter(|&j| j + 1 < i && relative_pronoun(w.norm(j + 1)));
                (0..idx.actors.len()).rev().find(|&k| {
                    let (a, b) = idx.actors[k];
                    a >= s0 && (b <= i && i - b <= 3 || relative == Some(b)) && named(k)
                })
            };
            if let Some(k) = found {
                let said = match how {
                    "identity" => Said::Identity,
                    "agent" => Said::Agent,
                    _ => Said::Claim,
                };
                out.push((s, k, said));
            }
        }
        out
    });
    // Its own sentence first, then those after it, then before.
    let fit = |&&(s, _, said): &&(usize, usize, Said)| {
        ident.is_none_or(|x| x == (said == Said::Identity)) && (said != Said::Agent || s == sent)
    };
    claims
        .iter()
        .filter(fit)
        .filter(|&&(s, _, _)| s >= sent)
        .min_by_key(|&&(s, _, _)| s)
        .or_else(|| {
            claims
                .iter()
                .filter(fit)
                .filter(|&&(s, _, _)| s < sent)
                .max_by_key(|&&(s, _, _)| s)
        })
        .map(|&(_, k, _)| k)
}

/// The speaker of the claim whose content holds word `i`, as an actor mention: "Minusma
/// indicated that … had already left" is Minusma leaving.
fn reporter(idx: &Idx, i: usize) -> Option<usize> {
    teller(idx, i, false)
}

/// Who tells word `i` in the first person: [`reporter`], or a letterhead's issuer ("our
/// fighters" in the FLA's press release). (A letterhead's issuer is no one's author
/// otherwise: the UN's statement on an attack did not make it.)
fn speaking(idx: &Idx, i: usize) -> Option<usize> {
    teller(idx, i, true)
}

fn teller(idx: &Idx, i: usize, letterhead: bool) -> Option<usize> {
    let pos = idx.w.words()[i].span.start;
    // (The narrowest claim that holds it: "the army said…" inside a communiqué.)
    let c = idx
        .doc
        .claims
        .iter()
        .filter(|c| c.span.start <= pos && pos < c.span.end)
        .filter(|c| letterhead || c.cue_span.is_some())
        .min_by_key(|c| c.span.end - c.span.start)?;
    // "The CSP-PSD denounced the strike": who denounces did not do it; nor who
    // denies it ("JNIM denied it was behind the attack").
    if c.accuses || c.stance == sitrep_core::records::Stance::Denies {
        return None;
    }
    let span = c.by.span?;
    let id = c.by.actor_id.as_ref()?;
    // (Or the party inside who spoke for it: "a faction of the FPJ announced".)
    (0..idx.doc.actors.len())
        .find(|&k| idx.doc.actors[k].span == span)
        .or_else(|| {
            (0..idx.doc.actors.len()).find(|&k| {
                let m = &idx.doc.actors[k];
                span.start <= m.span.start
                    && m.span.end <= span.end
                    && m.actor_id.as_ref() == Some(id)
            })
        })
}

/// True when actor mention `k` fights on the side of actor mention `main`.
fn allied(idx: &Idx, dict: &ActorDict, main: Option<usize>, k: usize) -> bool {
    let Some(m) = main else {
        return false;
    };
    let (Some(x), Some(y)) = (
        idx.doc.actors[m].actor_id.as_deref(),
        idx.doc.actors[k].actor_id.as_deref(),
    ) else {
        return false;
    };
    dict.same_side(x, y)
}

/// Word `i` opens the phrase before a deed's agent: "by", « par », or who it is blamed
/// on ("blamed on", « a été imputé à », "presumably by", "blamed the attack on").
///
/// Inlined: assembly asks it of every word after a trigger in its sentence.
#[inline]
fn agent_phrase(w: &Words, lex: &EventLex, i: usize) -> bool {
    w.is_any(i, &["by", "par"]) || blame_agent(w, lex, i)
}

/// [`agent_phrase`]'s claim of responsibility at word `i` ("blamed on", "presumably
/// by").
#[inline]
fn blame_agent(w: &Words, lex: &EventLex, i: usize) -> bool {
    lex.get(E::Responsibility, w, i)
        .is_some_and(|(_, v)| matches!(v, "after" | "agent" | "blame"))
}

/// The group named at word `a` is what the words from `from` are members of: "(as)
/// members of the Dan Na Ambassagou militia", « (comme) des combattants de l'EIGS ».
fn of_group(w: &Words, from: usize, a: usize) -> bool {
    a <= from + 6
        && (from..a).all(|j| !w.words()[j].cap)
        && (from..a).any(|j| matches!(w.norm(j), "of" | "de" | "du" | "des" | "d"))
}

/// Where the phrase at word `a` begins with its determiners (two at most: "all the").
fn past_dets(w: &Words, clex: &ClaimLex, a: usize) -> usize {
    let mut j = a;
    for _ in 0..2 {
        if j > 0 && clex.has(C::Det, w, j - 1) {
            j -= 1;
        }
    }
    j
}

/// True when a preposition governs the phrase at word `a` (skipping its determiners).
fn governed(w: &Words, clex: &ClaimLex, a: usize) -> bool {
    let j = past_dets(w, clex, a);
    // French "des"/"du" opening a clause is an article ("Mardi, des jihadistes ont
    // attaqué", « lorsque des jihadistes ont attaqué », « Essakane, où des combattants
    // ont exécuté », « des jihadistes ou des miliciens »), not "de" + article
    // ("l'attaque des jihadistes").
    let article = |p: usize| {
        matches!(w.norm(p), "des" | "du")
            && (p == 0
                || !w.same_sentence(p - 1, p)
                || w.words()[p - 1].kind != TokenKind::Word
                || matches!(
                    w.norm(p - 1),
                    "et" | "mais" | "puis" | "que" | "qu" | "ou" | "qui"
                )
                || clex.ending_at(C::Sub, w, p, 3).is_some())
    };
    let gov = |end: usize| {
        clex.ending_at(C::Prep, w, end, 3)
            .is_some_and(|s| !(end == s + 1 && article(s)))
    };
    gov(j) || (clex.has(C::Det, w, a) && gov(a))
}

/// Is place `k` where people were carried ("were flown to Sévaré", « ont été évacués vers
/// Mopti »)? Never where a deed happened. (Carried, by a carrying cue of the lexicon with
/// a passive right before it: not "a convoy that was heading to Boni", not "villagers
/// who had fled to Douentza".)
fn carried_to(idx: &Idx, lex: &EventLex, k: usize) -> bool {
    let (w, (a, b)) = (idx.w, idx.places[k]);
    hospital(w, lex, a, b)
        || (a.saturating_sub(4)..a).any(|i| {
            lex.get(E::Destination, w, i)
                .is_some_and(|(de, v)| v == "carried" && de <= a && a - de <= 1)
                && ((i.saturating_sub(2)..i).any(|j| lex.has(E::Passive, w, j))
                    // (Or joined to a passive before it: "four soldiers were wounded and
                    // flown to Gao", « ont été blessés et évacués vers Gao ».)
                    || i >= 2
                        && matches!(w.norm(i - 1), "and" | "et")
                        && (i.saturating_sub(5)..i - 2).any(|j| lex.has(E::Passive, w, j)))
        })
}

/// A place told only roughly: near a town, by its bearing from it or between two, with
/// no distance ("a village east of Tominian"), or by a town standing for its area ("in Bougouni
/// region", no such region in the gazetteer), or a natural area, plateau or range ("in
/// Gourma"). It lies anywhere within a day's ride.
fn roughly_placed(m: &sitrep_core::records::PlaceMention) -> bool {
    // (A natural area, a plateau or a range, "in Gourma", "on Dogon plateau", « Adrar
    // des Ifoghas », is wide: its point is a centre.)
    m.offset.is_none()
        && m.feature.as_deref().is_some_and(|f| {
            f.starts_with("L.")
                || matches!(
                    f,
                    "T.PLAT" | "T.MTS" | "T.UPLD" | "T.HLLS" | "T.DSRT" | "T.PLN"
                )
        })
        || m.offset.as_ref().is_some_and(|o| o.distance_km.is_none())
        || m.offset.is_none()
            && m.geo_precision >= 3
            && m.feature.as_deref().is_some_and(|f| f.starts_with('P'))
}

/// Does the place at words `a..b` name a care facility where someone was cared for or
/// died ("had died at the Tominian health centre", « a succombé au centre de santé de
/// Tominian »)? Only with a word of care or death a few words before: "gunmen attacked
/// the Gao hospital" happened there.
fn hospital(w: &Words, lex: &EventLex, a: usize, b: usize) -> bool {
    let facility = lex.get(E::Hospital, w, b).is_some_and(|(_, v)| v == "1")
        || a >= 2
            && matches!(w.norm(a - 1), "de" | "d")
            && (a.saturating_sub(5)..a - 1).any(|i| {
                lex.get(E::Hospital, w, i)
                    .is_some_and(|(e, v)| e == a - 1 && v == "1")
            });
    facility
        && (a.saturating_sub(7)..a).any(|i| {
            w.same_sentence(i, a) && lex.get(E::Hospital, w, i).is_some_and(|(_, v)| v == "care")
        })
}

/// "the city", "la ville": the last town named before the sentence.
fn anaphoric_place(idx: &Idx, lex: &EventLex, s0: usize, s1: usize) -> Option<usize> {
    let w = idx.w;
    // "the town of Sevare", « la localité d'Inafarak »: the noun names a place of its
    // own (one the gazetteer may lack), not the one named before.
    let names_its_own = |e: usize| {
        matches!(w.norm(e), "of" | "de" | "d")
            && w.get(e + 1)
                .is_some_and(|x| x.cap && w.same_sentence(e, e + 1))
    };
    let refers_back = (idx.starts_in(lex, E::Anaphor, s0, s1)).any(|i| {
        lex.get(E::Anaphor, w, i)
            .is_some_and(|(e, _)| !names_its_own(e))
    });
    if !refers_back {
        return None;
    }
    // (Nor where a side went: « les soldats ont quitté la localité en direction de
    // Tombouctou… des hommes armés sont entrés dans la ville » is the town they left.)
    let went_to = |k: usize| {
        let a = idx.places[k].0;
        (a.saturating_sub(4)..a).any(|i| {
            lex.get(E::Destination, w, i)
                .is_some_and(|(de, v)| matches!(v, "to" | "retreat") && de <= a && a - de <= 1)
        })
    };
    // (Not where the wounded were taken: "The wounded were flown to Ouagadougou. …
    // targeted the army camp in the town" is Djibo's; nor a town that only says where
    // the one before lies: "in Kléla, about 40 km north of Sikasso on the road to
    // Koutiala, on Monday. … in front of the town hall" is Kléla's.)
    let candidate = |k: usize| {
        let p = &idx.doc.places[k];
        idx.places[k].1 <= s0
            && p.lat.is_some()
            && p.feature.as_deref().is_some_and(|f| f.starts_with("P."))
            && !carried_to(idx, lex, k)
            && !went_to(k)
            && !idx.apposed[k]
            && !road_end(idx, lex, k)
    };
    // (Nor a road's end: "near Hombori, on the main road linking Mopti to Gao. … 10 km
    // west of the town" is Hombori's.)
    fn road_end(idx: &Idx, lex: &EventLex, k: usize) -> bool {
        let (w, a) = (idx.w, idx.places[k].0);
        let after_road = |a: usize| {
            (a.saturating_sub(4)..a).any(|i| {
                lex.get(E::Locator, w, i).is_some_and(|(le, v)| {
                    v == "road" && le <= a && (le..a).all(|x| !w.words()[x].cap)
                })
            })
        };
        after_road(a)
            || a > 0
                && matches!(w.norm(a - 1), "to" | "and" | "à" | "a" | "et")
                && (0..k).any(|m| idx.places[m].1 + 1 == a && after_road(idx.places[m].0))
    }
    // (Not the seat that only names the area of the place before it in its sentence:
    // « un hameau de la commune de Mondoro (cercle de Douentza) … un élu de la
    // localité » is Mondoro's; "The town of Boni, in the Douentza circle, … took back
    // the town" is Boni's: an area named as such after a town in it.)
    let names_area = |k: usize| {
        let (p, a) = (&idx.doc.places[k], idx.places[k].0);
        (0..k).any(|j| {
            let q = &idx.doc.places[j];
            candidate(j)
                && idx.w.same_sentence(idx.places[j].0, a)
                && (finer_area(q, p)
                    || p.geo_precision == 3 && q.geo_precision < 3
                    // ("in the village of Ouenkoro, in central Mali's Bankass area": the
                    // town standing for its area.)
                    || p.offset.as_ref().is_some_and(|o| o.relation == "vicinity")
                        && q.geo_precision < p.geo_precision)
                && q.admin2 == p.admin2
        })
    };
    // (A town named as such before an area named as such: "rockets hit the camp in
    // Goundam, the governor of Timbuktu region said. … the first bombardment of the
    // town" is Goundam's.)
    let precise = |k: usize| idx.doc.places[k].geo_precision < 3;
    (0..idx.places.len())
        .rev()
        .find(|&k| candidate(k) && !names_area(k) && precise(k))
        .or_else(|| {
            (0..idx.places.len())
                .rev()
                .find(|&k| candidate(k) && !names_area(k))
        })
}

/// Associated actors: those of the event's sentences allied with (or part of) an
/// actor of the event, fighting on its side ("the soldiers and their Russian
/// auxiliaries").
fn assoc(idx: &Idx, dict: &ActorDict, e: &mut Ev, cands: &[usize]) {
    let id = |k: usize| idx.doc.actors[k].actor_id.clone();
    for (main, list) in [(e.a1, &mut e.assoc1), (e.a2, &mut e.assoc2)] {
        let Some(m) = main.and_then(id) else {
            continue;
        };
        for &k in cands {
            let Some(other) = id(k) else {
                continue;
            };
            if other != m
                && dict.same_side(&m, &other)
                && !list
                    .iter()
                    .any(|&x| id(x).as_deref() == Some(other.as_str()))
            {
                list.push(k);
            }
        }
    }
}

/// Whether the event's casualty figures of these kinds ("killed", "kidnapped") count
/// armed, civilian, or unqualified people victims ([`victim_kind`]).
/// "in protest against the killing of an albino girl", "revenge for the killing of two
/// traders", « après la mort d'un motocycliste »: is casualty figure `k` a death the
/// event answers (a cause word, a determiner, a noun, "of", then the figure)? It is
/// another event's toll, and its victims are not this event's.
fn answered(idx: &Idx, lex: &EventLex, k: usize) -> bool {
    let w = idx.w;
    let a = idx.quants[k].0;
    a >= 4
        && matches!(w.norm(a - 1), "of" | "de" | "d" | "du" | "des")
        && matches!(w.norm(a - 3), "the" | "a" | "la" | "le" | "l")
        && (a.saturating_sub(6)..a - 3)
            .any(|j| lex.get(E::Cause, w, j).is_some_and(|(end, _)| end == a - 3))
}

fn toll_kinds(idx: &Idx, lex: &EventLex, e: &Ev, kinds: &[&str]) -> (bool, bool, bool) {
    let (mut armed, mut civilian, mut people) = (false, false, false);
    for &k in &e.casualties {
        if !idx.doc.quantities[k]
            .casualty
            .as_deref()
            .is_some_and(|c| kinds.contains(&c))
            || answered(idx, lex, k)
        {
            continue;
        }
        match victim_kind(idx, lex, k) {
            Some("armed") => armed = true,
            Some("civilian") => civilian = true,
            Some("people") => people = true,
            _ => {}
        }
    }
    (armed, civilian, people)
}

/// Who casualty figure `k` counts, as a victim: civilian, armed or people. What the
/// quantity stage says it counts, else a victim noun in its words or right after (in its
/// clause).
/// ("people" is also what the quantity stage says of a bare "killing nine": only the
/// word itself says the victims were people rather than fighters. "personnel" too, which
/// counts soldiers and an aid group's staff alike: a civilian victim row of the word
/// decides, unless a force named before owns them ("its staff"), else whose they are,
/// "three agents of the ICRC", « deux agents du PAM ».)
fn victim_kind<'a>(idx: &Idx, lex: &'a EventLex, k: usize) -> Option<&'a str> {
    let (w, q, (qa, qb)) = (idx.w, &idx.doc.quantities[k], idx.quants[k]);
    // (Not past a comma: "wounding five others, police said".)
    let named = || {
        (qa..(qb + 2).min(w.len()))
            .take_while(|&i| i < qb || w.words()[i].kind != TokenKind::Punct)
            .find_map(|i| lex.get(E::Victim, w, i).map(|(_, v)| v))
    };
    let counts = q.counts.as_deref().filter(|&c| c != "people");
    if counts == Some("personnel") {
        // (Not a force's own: "the Malian army said three of its staff were killed".)
        let s0 = idx.sentences[idx.sentence_of(qa.min(w.len() - 1))].0;
        let a_force_owns = (qa..qb)
            .any(|i| matches!(w.norm(i), "its" | "their" | "ses" | "leurs" | "son" | "sa"))
            && (0..idx.actors.len())
                .rev()
                .find(|&k| idx.actors[k].1 <= qa && idx.actors[k].0 >= s0)
                .is_some_and(|k| matches!(idx.doc.actors[k].inter, Some(1..=4 | 8)));
        if !a_force_owns && named() == Some("civilian") {
            return Some("civilian");
        }
        let of_civilians = qb + 1 < w.len()
            && matches!(w.norm(qb), "of" | "de" | "du" | "des" | "d")
            && idx
                .actors
                .iter()
                .zip(&idx.doc.actors)
                .any(|(&(a, _), m)| (qb + 1..=qb + 2).contains(&a) && m.inter == Some(7));
        if of_civilians {
            return Some("civilian");
        }
    }
    counts
        .and_then(|c| lex.victim_of(c).or_else(|| counted_victim(c)))
        .or_else(named)
        // ("two Fulani", "5 Imghads": members of a people, not of a force.)
        .or_else(|| {
            (qa..qb)
                .any(|i| lex.has(E::Community, w, i))
                .then_some("civilian")
        })
}

/// What the contract's counted nouns are as victims, whatever the report's language
/// (the quantity stage names what it counts in English: « deux VDP » counts "soldiers").
fn counted_victim(counts: &str) -> Option<&'static str> {
    match counted_side(Some(counts)) {
        1 | 2 => Some("armed"),
        3 => Some("civilian"),
        _ => None,
    }
}

/// Who a figure counts, coarsely: 1 a state's forces, 2 armed groups, 3 civilians, 0
/// anyone.
fn counted_side(counts: Option<&str>) -> usize {
    match counts {
        Some("soldiers" | "police" | "peacekeepers" | "personnel") => 1,
        Some("militants" | "rebels" | "mercenaries") => 2,
        Some("civilians" | "children" | "women" | "men" | "workers" | "employees") => 3,
        _ => 0,
    }
}

/// The side of [`counted_side`] an actor's camp fights on: 1 a state's, 2 an armed
/// group's, 0 neither.
fn camp_side(camp: Option<&str>) -> usize {
    match camp {
        Some("government") => 1,
        Some("rebel" | "jihadist" | "militia") => 2,
        _ => 0,
    }
}

/// Adds a part's [side][what] sums into another's.
fn add_sums(into: &mut [[Option<u32>; 4]; 4], part: &[[Option<u32>; 4]; 4]) {
    for (row, p) in into.iter_mut().zip(part) {
        for (x, y) in row.iter_mut().zip(p) {
            if let Some(y) = y {
                *x = Some(x.unwrap_or(0) + y);
            }
        }
    }
}

/// Was a civilian or an armed party hit? From actor2's camp, else the victims counted,
/// else the target named right after the trigger.
fn target(
    idx: &Idx,
    lex: &EventLex,
    e: &Ev,
    trigs: &[(usize, usize, bool)],
    head: (usize, usize),
    passive: bool,
    s1: usize,
) -> (Option<bool>, Option<String>) {
    // ACLED: violence against civilians only when its victims are all civilians; any
    // armed party hit (an army post, a gendarme, a MINUSMA camp) makes it a battle.
    let w = idx.w;
    let mut civilian = false;
    let mut armed = false;
    let mut a2_armed = false;
    if let Some(k) = e.a2 {
        match idx.doc.actors[k].inter {
            Some(7) => civilian = true,
            Some(1..=4) | Some(8) => a2_armed = true,
            _ => {}
        }
    }
    // The victims counted, apart: who was killed says more than what was attacked
    // ("attacked a Dawsahak camp, killing six civilians").
    // (Who an arrest took is who it hit: "gendarmes arrested a journalist".)
    let kinds: &[&str] = if e.taking {
        &["killed", "injured", "kidnapped", "missing", "arrested"]
    } else {
        &["killed", "injured", "kidnapped", "missing"]
    };
    let (victim_armed, victim_civilian, people) = toll_kinds(idx, lex, e, kinds);
    // What was hit: named after an active verb ("attacked an army post"), before a
    // passive one ("a customs post was attacked", or reduced: "Gendarmerie post
    // attacked around 2h by gunmen"), never in the attacker's words ("4 MUJAO fighters
    // ambushed", "detained by Malian soldiers"). Every trigger of the event in the
    // sentence has its object ("killed a customs officer and seized a vehicle": the
    // officer counts, not only what the head trigger took).
    let (s0, _) = idx.sentences[idx.sentence_of(head.0)];
    // The agent phrases ("by", « par ») after the first trigger, found in one pass: each
    // trigger asks for the first one after it, twice, and a scan per question read the
    // same words again.
    let from = trigs.iter().map(|&(_, tb, _)| tb).min().unwrap_or(s1);
    // (The claims of responsibility among them listed once for the document.)
    let blamed = idx.blame_agents(lex);
    let mut blamed = blamed[blamed.partition_point(|&i| i < from)..]
        .iter()
        .peekable();
    let agents: Vec<usize> = (from..s1)
        .filter(|&i| {
            while blamed.next_if(|&&b| b < i).is_some() {}
            w.is_any(i, &["by", "par"]) || blamed.peek() == Some(&&i)
        })
        .collect();
    debug_assert!(
        agents
            .iter()
            .copied()
            .eq((from..s1).filter(|&i| agent_phrase(w, lex, i)))
    );
    let by_after = |b: usize| agents.iter().copied().find(|&i| i >= b);
    // Per trigger, once: (start, end, its object's end, where its patient before it starts).
    let mut spans: Vec<(usize, usize, usize, Option<usize>)> = trigs
        .iter()
        .map(|&(ta, tb, noun)| {
            let by_at = by_after(tb);
            // "torture by the police" is a noun with its agent, not a reduced passive.
            let reduced = !noun && by_at.is_some_and(|b| b <= tb + 4);
            let next = trigs
                .iter()
                .map(|&(a, _, _)| a)
                .filter(|&a| a >= tb)
                .min()
                .unwrap_or(s1);
            let end = by_at.map_or(next, |b| b.min(next));
            // What underwent a passive is before it, in its own clause if it has one.
            let before = ((ta, tb) == head && passive || reduced)
                .then(|| own_clause(idx, lex, s0, ta).unwrap_or(s0));
            (ta, tb, end, before)
        })
        .collect();
    // "an attack by unidentified assailants on a Malian army post": past a noun's
    // agent, what follows "on" was hit.
    for &(_, tb, noun) in trigs {
        let Some(b) = by_after(tb).filter(|&b| noun && b <= tb + 1) else {
            continue;
        };
        let next = trigs
            .iter()
            .map(|&(a, _, _)| a)
            .filter(|&a| a > b)
            .min()
            .unwrap_or(s1);
        if let Some(on) =
            (b..next.min(b + 8)).find(|&i| matches!(w.norm(i), "on" | "against" | "contre" | "sur"))
        {
            spans.push((on, on + 1, next, None));
        }
    }
    let side = |i: usize| {
        spans.iter().any(|&(ta, tb, end, before)| {
            (i >= tb && i < end) || before.is_some_and(|from| i >= from && i < ta)
        })
    };
    // ("l'attaque des jihadistes": the attacker's own words are no target.)
    let attacker = e.a1.map(|k| idx.actors[k]);
    // ("torture on 3 Ansar Dine prisoners of war": captives cannot fight back, whoever
    // they are; unless a force was hit too: "raided a jail, freeing 50 prisoners".)
    let mut captive = false;
    // (Nor who tells it: "killing a customer, police said", « a indiqué la police ».)
    let speakers: Vec<(usize, usize)> = (idx.speakers().iter().copied())
        .filter(|&(a, _)| a >= s0 && a < s1)
        .collect();
    // (Nor those its victims are held for helping: "arrested three traders suspected
    // of selling fuel to jihadists" hit traders.)
    let held_for = |i: usize| idx.alleged[i] && !idx.alleged[head.0];
    // (Target phrases do not overlap: "bureau de poste" is no "poste".)
    let mut covered = s0;
    // (Only where a target may start: at any other word nothing is hit, nor covered.)
    for i in idx.starts_in(lex, E::Target, s0, s1) {
        if i < covered
            || !side(i)
            || attacker.is_some_and(|(a, b)| i >= a && i < b)
            || speakers.iter().any(|&(a, b)| i >= a && i < b)
            || held_for(i)
        {
            continue;
        }
        let hit = lex.get(E::Target, w, i);
        if let Some((te, _)) = hit {
            covered = te;
        }
        match hit {
            // "an Imghad camp", « un camp peul »: a people's camp is no army's.
            Some((te, "armed"))
                if i > s0 && lex.has(E::Community, w, i - 1)
                    || te < s1 && lex.has(E::Community, w, te) =>
            {
                civilian = true
            }
            // "a convoy of gold miners", « un convoi de commerçants »: whose it is.
            Some((te, "armed"))
                if te + 1 < s1
                    && matches!(w.norm(te), "of" | "de" | "d" | "du" | "des")
                    && (te + 1..(te + 3).min(s1)).any(|k| {
                        lex.get(E::Target, w, k)
                            .is_some_and(|(_, v)| v == "civilian")
                    }) =>
            {
                civilian = true
            }
            Some((_, "armed")) => armed = true,
            Some((_, "civilian")) => civilian = true,
            Some((_, "captive")) => captive = true,
            _ => {}
        }
    }
    if captive && !armed && !victim_armed {
        return (Some(true), None);
    }
    // Whose forces were hit, only when something armed was.
    let force = if armed {
        (idx.starts_in(lex, E::Force, s0, s1))
            .filter(|&i| side(i) && attacker.is_none_or(|(a, b)| i < a || i >= b))
            .find_map(|i| lex.get(E::Force, w, i).map(|(_, v)| v.to_string()))
    } else {
        None
    };
    // Armed victims make it a battle; civilian victims alone outweigh an ambiguous
    // place hit ("camp", "vehicle"); then what was hit decides.
    let armed = a2_armed || victim_armed || armed && !victim_civilian;
    let civilian = civilian || victim_civilian;
    let hit = if armed {
        Some(false)
    } else if civilian || people {
        Some(true)
    } else {
        None
    };
    (hit, force.filter(|_| armed))
}

/// Where the clause before a passive verb at `at` starts, when it has words of its own
/// after a comma that ends another clause ("gunmen stopped a bus, the passengers were
/// taken"): its subject is what underwent the verb. `None` when only auxiliaries,
/// adverbs or names stand between ("a convoy, travelling north, was attacked", "a post
/// in Mandiakuy, Segou Region attacked"), when the comma only closes an opening date or
/// place ("On November 10, fighters were attacked"), or when no comma follows `from`.
fn own_clause(idx: &Idx, lex: &EventLex, from: usize, at: usize) -> Option<usize> {
    let w = idx.w;
    let boundary = |i: usize| matches!(w.norm(i), "," | ";" | ":");
    let comma = (from..at).rev().find(|&i| boundary(i))?;
    // (Not the comma after an opening date or place, "On November 10, in Boni, fighters
    // … were killed": what stands before it tells nothing of its own.)
    let covered = |i: usize| {
        idx.times
            .iter()
            .chain(&idx.places)
            .any(|&(a, b)| a <= i && i < b)
    };
    let adverbial = (from..comma).all(|i| {
        boundary(i)
            || w.words()[i].kind != TokenKind::Word
            || covered(i)
            || matches!(
                w.norm(i),
                "on" | "in"
                    | "at"
                    | "near"
                    | "the"
                    | "le"
                    | "la"
                    | "les"
                    | "l"
                    | "a"
                    | "au"
                    | "aux"
                    | "dans"
                    | "en"
                    | "pres"
                    | "de"
                    | "du"
                    | "des"
                    | "d"
            )
    });
    if adverbial {
        return None;
    }
    (comma + 1..at)
        .any(|i| {
            w.words()[i].kind == TokenKind::Word
                && !w.words()[i].cap
                && !lex.has(E::Passive, w, i)
                && !w.norm(i).ends_with("ly")
                && !matches!(
                    w.norm(i),
                    "also"
                        | "then"
                        | "later"
                        | "subsequently"
                        | "aussi"
                        | "ensuite"
                        | "puis"
                        | "ete"
                )
        })
        .then_some(comma + 1)
}

/// Later mentions of an event merge into it.
fn merge(idx: &Idx, lex: &EventLex, clex: &ClaimLex, cb: &Codebook, evs: &mut Vec<Ev>) {
    // Only what came of an event (a toll, damage, an arrest), no deed of its own.
    let tells_aftermath = |x: &Ev| {
        x.trigs.iter().all(|t| {
            let c = &cb.classes[t.t.class];
            c.outcome || c.attendant
        })
    };
    let decide = |e: &Ev| -> usize {
        let t = primary(cb, e);
        cb.decide_index(t.t.class, &facts(idx, cb, e))
    };
    // Each event's type, decided once (and again when it absorbs another).
    let mut types: Vec<usize> = evs.iter().map(decide).collect();
    let mut k = 1;
    while k < evs.len() {
        let etype = |x: usize| cb.sub_types[types[x]].event_type.as_str();
        let e = &evs[k];
        let sent = e.sentences[0];
        let mut into = None;
        // "Three jihadists were killed." after an attack: what came of it.
        let only_outcome = e.trigs.iter().all(|t| cb.classes[t.t.class].outcome);
        // "8 dead and 3 vehicles burned." after an attack: part of it.
        let aftermath = tells_aftermath(e);
        let no_actor = e.a1.is_none() || e.a1_pronoun;
        let attendant = no_actor && e.time.is_none() && e.place.is_none() && aftermath;
        // "The attack was claimed by JNIM" after a mine blast: "attack" names any
        // violent event.
        // So does a bare "it hit only terrorist targets", with no date or place of its own.
        let generic = e.trigs.iter().all(|t| {
            let c = &cb.classes[t.t.class];
            c.generic || c.outcome
        }) && (e
            .trigs
            .iter()
            .any(|t| t.definite && cb.classes[t.t.class].generic)
            || (e.time.is_none() && e.place.is_none()));
        let violent = |j: usize| {
            matches!(
                etype(j),
                "Battles" | "Violence against civilians" | "Explosions/Remote violence"
            )
        };
        // A place changing hands, with or without a fight ("Malian army says troops have
        // entered Tin-Essako" over "had taken control of Tin-Essako").
        let territorial = |j: usize| {
            matches!(
                cb.sub_types[types[j]].key.as_str(),
                "govt_regains" | "nsa_overtakes" | "nonviolent_transfer"
            )
        };
        // "Soldiers and police fought back, killing one." after an attack: its other
        // side, on no date of its own.
        let fights_back = e.fights_back && e.time.is_none();
        // "In a separate attack, …", « Par ailleurs, … » opening its sentence: another
        // event, not the one told before continued or told again.
        let separate = e.sentences.iter().any(|&s| {
            let (s0, s1) = idx.sentences[s];
            (s0..(s0 + 3).min(s1)).any(|i| lex.has(E::Separate, idx.w, i))
        });
        let mentions_back = e.trigs.first().is_some_and(|x| x.definite);
        let referent = e.trigs.iter().all(|t| cb.classes[t.t.class].referent);
        // (A deed told before by a word of this event's first noun's own kind is the one
        // that noun names: "… attacked the camp … looted it. IS claimed the attack" names
        // the attack; asked once, not of every earlier event: see `claimed_back`.)
        let kind_told = e.trigs.first().is_some_and(|x| {
            evs[..k]
                .iter()
                .any(|o| o.trigs.iter().any(|y| y.t.class == x.t.class))
        });
        // "JNIM claimed the attack on Barsalogho" after a drone strike near Namsiguia, 33
        // km away, that followed an attack on Barsalogho: a definite mention of a place
        // an earlier event was told at names that event, not a nearer one elsewhere.
        let place_id = |x: &Ev| {
            x.place
                .filter(|_| !x.place_far)
                .and_then(|p| idx.doc.places[p].geonames_id)
        };
        let told_there = mentions_back
            .then(|| place_id(e))
            .flatten()
            .and_then(|id| (0..k).rev().find(|&j| place_id(&evs[j]) == Some(id)));
        let mut handed = false;
        for j in (0..k).rev() {
            let t = &evs[j];
            // (Whether the earlier event is told in headings alone.)
            let t_heading = t
                .sentences
                .iter()
                .all(|&s| idx.doc.sentences.get(s).is_some_and(|x| x.heading));
            // "The driver was killed in the ambush": a definite mention of a trigger of
            // the same class names that event, whatever type its own words suggest.
            let same_class = e.trigs.iter().any(|x| {
                x.definite
                    && t.trigs.iter().any(|y| {
                        y.t.class == x.t.class
                                // ("Shells fell on Timbuktu… JNIM claimed the
                                // bombardment": a bombardment is any fire from afar.)
                                || cb.classes[x.t.class].key == "bombard"
                                    && cb.classes[y.t.class].remote
                    })
            });
            // "fired tear gas to disperse protesters who had burned tires", "Hundreds
            // protested. … protesters responded by throwing stones": a protest in which
            // people rioted is one riot.
            let crowd = |x: usize| matches!(etype(x), "Protests" | "Riots");
            // (Further on, a force stepping in with no date or place of its own: "A crowd
            // beat to death a man … He was beaten with sticks … Officers later dispersed
            // the crowd.")
            let stepped_in = matches!(
                cb.sub_types[types[k]].key.as_str(),
                "protest_intervention" | "excessive_force"
            );
            let near = if stepped_in && e.time.is_none() && e.place.is_none() {
                3
            } else {
                1
            };
            let rioted = crowd(j)
                && crowd(k)
                && etype(j) != etype(k)
                && t.sentences.iter().any(|&s| s <= sent && sent - s <= near);
            // "ambushed by militants who used IEDs", "an ambush, which began after a
            // vehicle hit a mine": the device is the battle's weapon, told in its
            // sentence.
            let weapon = etype(k) == "Explosions/Remote violence"
                && etype(j) == "Battles"
                && t.sentences.contains(&sent)
                && e.time.is_none();
            // "clashed with militiamen in X on May 27, no casualties, although huts
            // burned": damage told in the event's own sentence, on its date and place, is
            // part of it; so is harm done to those arrested ("arrested twenty civilians
            // who were stripped of their belongings and beaten").
            let shares = |x: Option<usize>, y: Option<usize>| x.is_none() || x == y;
            let takes = |x: &Ev| x.trigs.iter().any(|y| cb.classes[y.t.class].member_taken);
            let attendant_here = no_actor
                && aftermath
                && t.sentences.contains(&sent)
                && shares(e.time, t.time)
                && shares(e.place, t.place)
                && (violent(j) || takes(t));
            // And the other way round: "A MINUSMA vehicle was damaged after being struck by
            // an IED", "One dead and a damaged vehicle after an explosion": the toll and
            // damage told first are the blast's.
            let either = |x: Option<usize>, y: Option<usize>| x.is_none() || y.is_none() || x == y;
            // (Only what the words say it came of: "after", "when", « après »; never an
            // arrest, which is an event of its own.)
            let linked = || match (t.trigs.last(), e.trigs.first()) {
                (Some(x), Some(y)) if x.b <= y.a => (x.b..y.a).any(|i| {
                    matches!(
                        idx.w.norm(i),
                        "after" | "when" | "following" | "apres" | "lors" | "suite" | "quand"
                    )
                }),
                _ => false,
            };
            // (Or a toll that leads the report, by nobody, the deed told in the next
            // sentence with no other date or place: « Deux morts et six blessés dimanche
            // soir à Ménaka. Un individu non identifié a lancé une grenade… ».)
            // (Only the report's first event, not into a battle, and not past "Elsewhere,
            // …", « Par ailleurs, … »: « Quatre civils tués samedi. Par ailleurs, des
            // soldats ont affronté… » are two deeds.)
            let toll_lead = || {
                j == 0
                    && t.sentences.len() == 1
                    && t.sentences[0] + 1 == sent
                    && t.a2.is_none()
                    && !separate
                    && etype(k) != "Battles"
            };
            let outcome_first = t.a1.is_none()
                && violent(k)
                && either(t.time, e.time)
                && either(t.place, e.place)
                && tells_aftermath(t)
                && !takes(t)
                && (t.sentences.contains(&sent) && linked() || toll_lead());
            let class_is =
                |x: &Ev, key: &str| x.trigs.iter().any(|y| cb.classes[y.t.class].key == key);
            // "CSP fighters took control of Ber on Sunday after Malian troops pulled out
            // of their positions", « ont pris Ber après que les soldats ont quitté leurs
            // positions »: the place was handed over, not fought for; one transfer.
            // "JNIM said its fighters had taken control of the army post in Mondoro after
            // an assault launched at dawn on Sunday": the fight the place was taken in,
            // told in the takeover's "after" clause, is that takeover.
            let fought_first = class_is(t, "territory")
                && e.trigs
                    .iter()
                    .all(|y| matches!(cb.classes[y.t.class].key.as_str(), "clash" | "attack"))
                && t.sentences.contains(&sent)
                && !separate
                && linked();
            let left_first = class_is(t, "territory")
                && e.trigs
                    .iter()
                    .all(|y| cb.classes[y.t.class].key == "withdraw")
                && t.sentences.contains(&sent)
                && !e.taker
                && linked();
            // "the attack which targeted a convoy on Sunday", « l'attaque qui a visé
            // dimanche un convoi »: a deed told in a relative clause about another's
            // trigger noun is that deed.
            let told_of = e
                .trigs
                .iter()
                .all(|x| relative_at(idx, x.a).is_some_and(|i| t.trigs.iter().any(|y| y.b == i)));
            // (A crowd is one whatever it is called: "angry youths" set fire, "hundreds
            // of demonstrators" threw stones.)
            let crowd_of = |x: usize| matches!(idx.doc.actors[x].inter, Some(5 | 6));
            // (So are the locals a mob was made of: "residents beat two men to death… a
            // crowd of several dozen struck them with sticks".)
            let locals = |x: usize| {
                let a = &idx.doc.actors[x];
                a.inter == Some(7) && a.via == "description"
            };
            let same_actor = |x: usize, y: usize| {
                idx.doc.actors[x].actor_id == idx.doc.actors[y].actor_id
                    || crowd_of(x) && crowd_of(y)
                    || cb.sub_types[types[j]].key == "mob_violence"
                        && (crowd_of(x) && locals(y) || locals(x) && crowd_of(y))
            };
            let last = *t.sentences.last().unwrap_or(&0);
            let gap = sent.saturating_sub(last);
            let near = gap <= 2;
            // (For the deed's own side told again, sentences that tell no deed of their
            // own between them do not part them: the dozos' toll, then JNIM's claim, then
            // "the assailants set fire to the market" still tell the attack.)
            let near_told = near
                || gap <= 4
                    && (last + 1..sent).all(|x| !evs.iter().any(|o| o.sentences.contains(&x)));
            let next_sentence = t.sentences.last().is_some_and(|&s| s + 1 == sent);
            // (At no other place: none of its own, or within 25 km of the deed's.)
            let no_other_place = e.place.is_none_or(|x| {
                t.place.is_none_or(|y| {
                    place_km(&idx.doc.places[x], &idx.doc.places[y]).is_some_and(|d| d <= 25.0)
                })
            });
            // "A drone strike killed eight civilians in Fafa. The army said it had
            // targeted terrorists in the area", « L'armée dément et affirme avoir
            // neutralisé des terroristes »: the side that struck, unnamed or the same,
            // giving its own account of the deed just told, on no date of its own.
            // (Or a sentence further on, at no other place, one an anaphor lent, "in the
            // area", being none: "A propaganda channel put the toll at 14. The Malian
            // army said on Sunday it had carried out precision strikes".)
            // (The account may add what the deed took: "its fighters had killed 11
            // gendarmes and seized weapons", the seizure deciding its type alone.)
            let strikes = || {
                violent(k) || {
                    let f = facts(idx, cb, e);
                    e.trigs
                        .iter()
                        .any(|x| cb.decide(x.t.class, &f).event_type != "Strategic developments")
                }
            };
            let own_account = violent(j)
                && (next_sentence || near && (no_other_place || e.place_far))
                && e.time.is_none()
                && e.a1.is_some_and(|x| {
                    let (a, b) = idx.actors[x];
                    // (Or a group claiming what men the report left unnamed did:
                    // "Gunmen attacked the gendarmerie post… JNIM said its fighters had
                    // killed 11 gendarmes".)
                    let claims_unnamed = |y: usize| named_over_unnamed(idx, x, y);
                    // (Or its acronym in brackets right after: "the Group for the
                    // Support of Islam and Muslims (JNIM) claimed the attack".)
                    idx.speakers().iter().any(|&(s0, s1)| {
                        s0 < b && a < s1 || a == s1 + 1 && idx.w.norm(s1) == "("
                    })
                        && t.a1
                            .is_none_or(|y| {
                                same_actor(x, y)
                                    || claims_unnamed(y)
                                        && no_other_place
                                        // (Of the same victims: not "killed 3 soldiers"
                                        // after gunmen killed civilians.)
                                        && e.a2.is_none_or(|v| t.a2.is_some_and(|u| same_actor(u, v)))
                                        && e.target_civilian.is_none_or(|c| {
                                            t.target_civilian.is_none_or(|d| c == d)
                                        })
                            })
                })
                && strikes();
            // "Seven civilians were killed. A dozen houses were burned, an official
            // said": damage told right after a violent deed, by nobody, on no date and
            // at no other place, came of it.
            // ("… raped by armed men who stopped a bus. The attackers robbed the other
            // passengers": so is what the same unnamed men did then, "the attackers", «
            // les assaillants ».)
            // (So is damage by nobody right after a riot: « Des pneus ont été incendiés…
            // Une station-service a été saccagée ».)
            // (A sentence or two on, by the deed's own side told again: "Les ravisseurs
            // ont emporté le troupeau", « Les militaires ont également détruit deux bases
            // logistiques » after the army retook a town, « Les assaillants ont incendié
            // des boutiques » after an attack the Islamic State claimed.)
            let told_again =
                |x: usize| the_unnamed(idx, lex, clex, x) || t.a1.is_some_and(|y| same_actor(x, y));
            // (Within the deed's own area counts as no other place: « dans la province
            // du Séno » after a village of it.)
            // (Only an area lent from outside its sentences, by a heading or an anaphor:
            // not "arrested 12 suspects in the Mopti region" after a clash near Boni.)
            let in_its_area = e.place.is_some_and(|x| {
                !e.sentences.contains(&idx.sentence_of(idx.places[x].0))
                    && t.place
                        .is_some_and(|y| place_within(&idx.doc.places[y], &idx.doc.places[x]))
            });
            // (What it did first decides: « ont emporté le troupeau et abandonné la
            // moto ».)
            // (Not an arrest, an event of its own: « Les militaires ont arrêté le chef du
            // village »; nor a deed told apart, "In a separate operation, …".)
            let own_side_next = e.a1.is_some_and(told_again) && near_told && !separate && {
                let c = &cb.classes[primary(cb, e).t.class];
                c.attendant && c.key != "arrest"
            };
            // Undated, or dated to the day of the deed before it (its hour of that day).
            let that_day = e.time.is_none_or(|x| {
                t.time.is_some_and(|y| {
                    let (p, q) = (&idx.doc.times[x], &idx.doc.times[y]);
                    p.start.is_some() && p.start == q.start
                })
            });
            // (Or, a sentence on, at its hour of the deed's day: « Les assaillants, arrivés
            // à moto en fin de matinée, ont également emporté des vivres ».)
            let attendant_next = (no_actor && next_sentence && aftermath || own_side_next)
                && (e.time.is_none() || own_side_next && that_day && !t.sentences.contains(&sent))
                && (violent(j) || etype(j) == "Riots")
                && (no_other_place || in_its_area);
            // "Youths burned the police station. A protester was shot dead in clashes
            // with the security forces": the crowd's fight with those facing it is the
            // riot's, on no date of its own.
            // So is the force's answer to the crowd ("Police responded with warning
            // shots", « La police a riposté par des tirs de sommation ») and the arrests
            // it made ("Several students were arrested"), at no other place.
            let force = |x: usize| idx.doc.actors[x].inter == Some(1);
            let arrests = e
                .trigs
                .iter()
                .all(|y| cb.classes[y.t.class].key == "arrest");
            // (Or on the crowd's own day, `that_day`: « neuf manifestants ont été
            // interpellés puis relâchés dans la soirée ».)
            // (Arrests told later, dated to the crowd's day, as ACLED codes them: part
            // of the demonstration. « Trois élèves ont été brièvement interpellés puis
            // relâchés dans l'après-midi » two sentences on.)
            let arrested = arrests
                && e.a1.is_none_or(force)
                && e.a2
                    .is_none_or(|x| crowd_of(x) || idx.doc.actors[x].inter == Some(7));
            // (In its sentence or the next: « des pierres lancées contre les policiers,
            // qui ont riposté par des tirs ».)
            let crowd_fought = crowd(j)
                && that_day
                && no_other_place
                && (t.sentences.iter().any(|&s| s <= sent && sent - s <= 1)
                    && (etype(k) == "Battles"
                        && (e.a1.is_none_or(crowd_of) && e.a2.is_some_and(force)
                            || e.a1.is_some_and(force) && e.a2.is_none_or(crowd_of))
                        || arrested)
                    // (Further on, only people arrested by nobody named, or the
                    // crowd: not "State Security agents arrested the journalist".)
                    || arrested
                        && !separate
                        && e.a1.is_none()
                        && e.a2.is_none_or(crowd_of)
                        && (near || e.time.is_some()));
            // "Residents beat two men to death… On Wednesday, gendarmes from Diéma
            // arrested four residents suspected of leading the beating", "Police arrested
            // three people on Sunday": the force's arrests of locals within a week of a
            // mob's deed, near it, are what came of it, as ACLED codes a lynching.
            let lynchers_held = cb.sub_types[types[j]].key == "mob_violence"
                && arrested
                && !separate
                && near
                && e.time.zip(t.time).is_none_or(|(x, y)| {
                    days_from(idx, y, x).is_some_and(|d| (0..=7).contains(&d))
                })
                && e.place.is_none_or(|x| {
                    t.place.is_none_or(|y| {
                        place_km(&idx.doc.places[x], &idx.doc.places[y]).is_some_and(|d| d <= 50.0)
                    })
                })
                // (Held for that deed, or for nothing told: not "suspected of killing a
                // gendarme", "suspected of supplying JNIM". What they are held for names
                // it back: "suspected of leading the beating", « le lynchage ».)
                && e.trigs.iter().all(|x| {
                    let (_, s1) = idx.sentences[x.sentence];
                    let w = idx.w;
                    (x.b..s1)
                        .find(|&r| lex.has(E::Alleged, w, r) || lex.has(E::Reason, w, r))
                        .is_none_or(|r| {
                            (r..s1.min(r + 8)).any(|d| {
                                lex.has(E::Definite, w, d)
                                    && (d + 1..s1.min(d + 3)).any(|n| {
                                        lex.trigger(w, idx.doc.text(), n).is_some()
                                    })
                            })
                        })
                });
            // "The FLA seized Anefis on Sunday. The army described the move as a
            // tactical withdrawal": the side that lost the place leaving it is that
            // takeover, on no date of its own.
            let withdrew_after = (class_is(t, "territory") || class_is(t, "takeover"))
                && e.trigs
                    .iter()
                    .all(|y| cb.classes[y.t.class].key == "withdraw")
                && near
                // (Or dated, in the "after" clause of the takeover's own sentence: "entered
                // Tassara on Monday without a fight after the army withdrew from its post
                // on Sunday": the place changed hands when it was taken.)
                && (e.time.is_none() || t.sentences.contains(&sent) && linked())
                && e.a1.is_none_or(|x| {
                    t.a2.is_none_or(|y| same_actor(x, y)) && t.a1.is_none_or(|y| !same_actor(x, y))
                });
            // "Fighting broke out near Diallassagou… several bodies were taken away by the
            // assailants as they withdrew towards the border", « les assaillants se sont
            // repliés vers la frontière »: a side leaving the fight, on no date or place
            // of its own (where it went being none), is how the fight ended.
            let retreated = violent(j)
                && e.trigs
                    .iter()
                    .all(|y| cb.classes[y.t.class].key == "withdraw")
                && near
                && e.time.is_none()
                && e.place.is_none_or(|_| e.place_far)
                && e.a1.is_none_or(|x| {
                    [t.a1, t.a2].into_iter().flatten().any(|y| same_actor(x, y))
                        || the_unnamed(idx, lex, clex, x)
                });
            // "Malian troops have retaken Diré after clashes… 'The soldiers entered at
            // night'": the winners moving into the place taken, on no date and at no
            // place of its own, are that takeover told again.
            // (Its hour of that day, or the town an anaphor lent, « dans la ville dans
            // la nuit », are none of its own.)
            // (So are those moving into a base just set up: "set up a base in Akabar…
            // About 40 fighters moved into the former school building".)
            let moved_in = (class_is(t, "territory") || class_is(t, "base"))
                && e.trigs
                    .iter()
                    .all(|y| cb.classes[y.t.class].key == "takeover")
                && that_day
                && (e.place.is_none_or(|_| e.place_far) || e.place == t.place)
                && !separate
                && sent.saturating_sub(*t.sentences.last().unwrap_or(&0)) <= 4
                // (Or unnamed men where the takeover named its group: "JNIM fighters took
                // possession of the camp… dozens of armed men entered the town"; or no one
                // named, "Their unit entered the town from the south".)
                && e.a1.is_none_or(|x| {
                    t.a1.is_some_and(|y| same_actor(x, y) || named_over_unnamed(idx, y, x))
                });
            // "A drone strike hit a wedding… The strike targeted a tent", « Une frappe de
            // drone… La frappe a visé une tente »: a definite noun naming an event told
            // just before by its trigger's head, with no doer, date or place of its own,
            // is that event.
            let head_again = (e.a1.is_none() || e.a1_pronoun)
                && e.time.is_none()
                && e.place.is_none()
                && near
                && !separate
                && e.trigs.first().is_some_and(|x| {
                    let (s0, _) = idx.sentences[x.sentence];
                    // (The subject right before the verb, an auxiliary or two between:
                    // not "Two survivors of the strike were later abducted".)
                    let subject = |i: usize| {
                        i + 3 >= x.a
                            && (i + 1..x.a).all(|k| {
                                lex.has(E::Passive, idx.w, k)
                                    || matches!(
                                        idx.w.norm(k),
                                        "has" | "had" | "a" | "avait" | "also" | "aussi"
                                    )
                            })
                    };
                    (s0.max(1)..x.a).any(|i| {
                        lex.has(E::Definite, idx.w, i - 1)
                            && subject(i)
                            && t.trigs.iter().any(|y| {
                                // (Its head: the last word, or the first before « de »;
                                // not "the car" of "a car bomb".)
                                y.t.noun
                                    && y.b > y.a + 1
                                    && (idx.w.norm(y.b - 1) == idx.w.norm(i)
                                        || idx.w.norm(y.a) == idx.w.norm(i)
                                            && matches!(idx.w.norm(y.a + 1), "de" | "d"))
                            })
                    })
                });
            // "Two killed as gendarmes fire on protesters in Banamba" over a report of
            // gendarmes firing on a protest: a headline that dates nothing announces the
            // body's deed of violence or of a crowd, whatever kind its few words read as.
            // (So does a key point under a report's title, "• 9 civilians killed in an
            // attack on Niaki village", every line before it a heading too, at the body's
            // place.)
            let heading = |s: usize| idx.doc.sentences.get(s).is_some_and(|x| x.heading);
            let key_point = || {
                t.sentences.iter().all(|&s| (0..=s).all(heading))
                    && e.place.zip(t.place).is_none_or(|(x, y)| {
                        place_km(&idx.doc.places[x], &idx.doc.places[y]).is_some_and(|d| d <= 25.0)
                    })
            };
            let announced = j == 0
                && t.time.is_none()
                && (t.sentences.iter().all(|&s| s == 0 && heading(s)) || key_point())
                && !t.sentences.contains(&sent)
                && ((violent(j) || crowd(j)) && (violent(k) || crowd(k))
                    || territorial(j) && territorial(k));
            // "Gunmen kidnapped five aid workers on Wednesday… Their driver was released a
            // few hours later": an agreement (a release, as "released" reads) by no one
            // else, told soon after an abduction, is part of it.
            // (A release is told once the abduction is: a few sentences further on will
            // do.)
            let freed = class_is(t, "abduct")
                && e.trigs
                    .iter()
                    .all(|y| cb.classes[y.t.class].key == "agreement")
                && sent.saturating_sub(*t.sentences.last().unwrap_or(&0)) <= 4
                && !separate
                && e.a1.is_none_or(|x| t.a1.is_some_and(|y| same_actor(x, y)));
            // "A young man was lynched by an angry crowd… He was beaten to death and
            // burned": violence right after a riot, by no one, on no date and at no
            // place of its own, is the riot's.
            // (A mob's, not a demonstration's: "youths ransacked the police station… the
            // young man had died after being beaten by officers" is what set it off.)
            let mob_deed = cb.sub_types[types[j]].key == "mob_violence"
                && etype(k) == "Violence against civilians"
                && e.a1.is_none()
                && e.time.is_none()
                && e.place.is_none()
                && next_sentence
                && !separate;
            // "Militants looted shops in Tansila on Sunday… JNIM claimed the raid on
            // Monday", « Le JNIM a revendiqué l'attaque »: a deed named by a definite noun
            // right after a claim of responsibility is the violence or looting told just
            // before, whatever its noun's own type, at no other place and by no other doer.
            // (A bare noun, counting no dead of its own: not "claimed the bombing of a bus
            // that killed 12 passengers".)
            let claimed_back = e.casualties.is_empty()
                && e.trigs.first().is_some_and(|x| {
                    x.definite
                        && x.t.noun
                        && !(x.b < idx.w.len()
                            && matches!(
                                idx.w.norm(x.b),
                                "of" | "de" | "du" | "des" | "d" | "against" | "contre"
                            ))
                        && (x.a.saturating_sub(4)..x.a).any(|i| {
                            lex.get(E::Responsibility, idx.w, i)
                                .is_some_and(|(re, v)| v == "before" && re + 3 >= x.a)
                        })
                })
                && (violent(j) || t.trigs.iter().any(|y| cb.classes[y.t.class].key == "loot"))
                && !kind_told
                && near
                && !separate
                && no_other_place
                && e.a1.is_none_or(|x| {
                    t.a1.is_none_or(|y| {
                        same_actor(x, y)
                            || idx.doc.actors[y].camp.as_deref() == Some("unidentified")
                    })
                });
            let joins = only_outcome
                || claimed_back
                || freed
                || mob_deed
                || announced
                || own_account
                || attendant_next
                || crowd_fought
                || lynchers_held
                || withdrew_after
                || retreated
                || moved_in
                || head_again
                || same_class
                || told_of
                || rioted
                || weapon
                || attendant_here
                || outcome_first
                || left_first
                || fought_first
                || ((attendant || generic || fights_back) && violent(j));
            // (A word only referring back refers to violence, as "the attack" does: not
            // « les faits » to an agreement.)
            // (Nor does a deed told after it join it.)
            if t.unreal != e.unreal
                || (etype(j) != etype(k) && !joins)
                || referent && !violent(j)
                || t.trigs.iter().all(|x| cb.classes[x.t.class].referent)
            {
                continue;
            }
            let e_time = e.time.filter(|_| !(e.definite && e.time_far));
            let dated_apart = match (e_time, t.time) {
                (Some(x), Some(y)) => {
                    idx.doc.times[x].start != idx.doc.times[y].start
                        && !idx.doc.times[y].value.starts_with(&idx.doc.times[x].value)
                        && !time_within(idx, x, y)
                        && !time_within(idx, y, x)
                }
                _ => false,
            };
            // (Not a place and the area around it: "an attack on Djibo… al Qaeda's affiliate
            // in the Sahel claimed the attack", the Sahel region holding Djibo.)
            // (Nor a place an anaphor lent a definite mention: "The government condemned
            // the attack and sent reinforcements to the area" after a march was called in
            // the capital.)
            let e_place = e.place.filter(|_| !(e.definite && e.place_far));
            let placed_apart = match (e_place, t.place) {
                // (A river's one point in the gazetteer is no distance from anything: an
                // undated "drying fish on the bank of the Komadougou Yobé" is not far
                // from the village the deed was told at. Dated, it may be another deed.)
                (Some(x), Some(y))
                    if e_time.is_none()
                        && (linear(&idx.doc.places[x]) || linear(&idx.doc.places[y])) =>
                {
                    false
                }
                (Some(x), Some(y)) => {
                    let (p, q) = (&idx.doc.places[x], &idx.doc.places[y]);
                    // (A heading's place told only roughly lies anywhere within a
                    // day's ride: see `roughly_placed`.)
                    // (Only a heading's: two body sentences, "near Gao" and "in
                    // Ansongo", may tell two deeds.)
                    let far = if t_heading && (roughly_placed(p) || roughly_placed(q)) {
                        100.0
                    } else {
                        50.0
                    };
                    // (Nor is a heading's country a deed is near, "killed in ambush
                    // near Mali border", than a town across that border.)
                    // (A country named alone is no other place than a town in it: the
                    // report has not said where.)
                    let apart = place_km(p, q).is_some_and(|d| d > far)
                        && !place_within(p, q)
                        && !place_within(q, p);
                    apart && !(t_heading && near_country(q))
                }
                _ => false,
            };
            let elsewhere = told_there.is_some_and(|o| o != j)
                && place_id(t).is_some()
                && place_id(t) != place_id(e);
            // "Troops killed 20 of the assailants", « les assaillants »: unnamed armed
            // men told with a definite article are those of the event told before.
            let the_unnamed = |x: usize| the_unnamed(idx, lex, clex, x);
            // (Only with the other side the same, or none: "after the gunmen attempted to
            // assassinate a Ganda Koy leader" is another deed of theirs.)
            let refers_back = |x: usize, other: Option<usize>| {
                the_unnamed(x)
                    && [(t.a1, t.a2), (t.a2, t.a1)]
                        .into_iter()
                        .any(|(mine, theirs)| {
                            mine.is_some()
                                && other.is_none_or(|o| theirs.is_some_and(|y| same_actor(o, y)))
                        })
            };
            // ("FAMa were attacked by terrorists. Toll: … ten terrorists neutralised,
            // the General Staff says": the side hit tells the toll of what it did back.)
            let swapped = only_outcome
                && e.a2.is_none()
                && e.a1.is_some_and(|x| t.a2.is_some_and(|y| same_actor(x, y)));
            // ("Suspected jihadists killed 22 civilians… gunmen on motorcycles opened
            // fire": two descriptions naming no group may be the same men.)
            let unnamed = |x: usize| {
                let a = &idx.doc.actors[x];
                a.via == "description"
                    && (a.actor_id.is_none() || a.camp.as_deref() == Some("unidentified"))
                    && matches!(a.inter, Some(2 | 3))
            };
            // ("killed near Sofara by Dozo hunters… armed men wearing hunters' tunics
            // opened fire": men the report leaves unnamed may be the group it named
            // before, any armed group but a state's.)
            let irregular = |x: Option<usize>| {
                x.is_some_and(|x| matches!(idx.doc.actors[x].inter, Some(2..=4)))
            };
            // ("Islamist fighters attacked an army post… Three soldiers were killed when
            // troops repelled the assault": the side hit, acting in turn, is fighting the
            // same fight.)
            // (Each of its sides one of the deed's.)
            let of_t = |x: usize| [t.a1, t.a2].into_iter().flatten().any(|y| same_actor(x, y));
            // (Of the same kind: "The soldiers then attacked a Fulani camp, killing 8
            // civilians" after a battle is a deed of its own.)
            let crossed = violent(j)
                && etype(j) == etype(k)
                && e.target_civilian != Some(true)
                && e.a1.is_some_and(|x| t.a2.is_some_and(|y| same_actor(x, y)))
                && e.a2.is_none_or(of_t);
            // (And a heading's unnamed men may be the group its body names: "Gunmen kill
            // 15 villagers" over "Gunmen believed to be Islamic State fighters killed 15
            // civilians".)
            let heading_unnamed = t.a1.is_some_and(unnamed) && irregular(e.a1) && t_heading;
            // (Told otherwise, a heading's sides still give way to the body's: see
            // `cross`.)
            let told_apart = e.a1.is_some()
                && t.a1.is_some()
                && !swapped
                && !heading_unnamed
                && !same_actor(e.a1.unwrap_or(0), t.a1.unwrap_or(0))
                && !(unnamed(e.a1.unwrap_or(0)) && (unnamed(t.a1.unwrap_or(0)) || irregular(t.a1)))
                && e.a2.is_none_or(|x| t.a1.is_none_or(|y| !same_actor(x, y)))
                && !e.a2.is_some_and(|x| refers_back(x, e.a1))
                && !e.a1.is_some_and(|x| refers_back(x, e.a2));
            let actors_apart = told_apart && !crossed;
            // An anaphoric mention ("the clashes") refers to an event of its type told
            // before; an undated one right after continues it.
            // (Its first mention decides: "JNIM claimed the attack…, saying its fighters
            // had killed 15 soldiers" tells the attack told before.)
            // (But not across other sides: "JNIM claimed the attack" after soldiers
            // killed civilians; "The attack was followed by clashes between Dozo hunters
            // and Fulani herders".)
            let refers = mentions_back && !placed_apart && (e.definite || !actors_apart);
            // Undated, in the same place: the report is still telling that event.
            let same_place = match (e.place, t.place) {
                (Some(x), Some(y)) => {
                    place_km(&idx.doc.places[x], &idx.doc.places[y]).is_some_and(|d| d <= 25.0)
                }
                _ => false,
            };
            // (Or only its hour on that day: "killed 14 civilians on Sunday… The
            // assailants surrounded the village in the late afternoon".)
            let hour_of_that_day = match (e_time, t.time) {
                (Some(x), Some(y)) => {
                    let (p, q) = (&idx.doc.times[x], &idx.doc.times[y]);
                    p.value.contains('T') && p.start.is_some() && p.start == q.start
                }
                _ => false,
            };
            let continues = (e.time.is_none() || hour_of_that_day)
                && (near || same_place)
                && !placed_apart
                && !actors_apart
                && !separate;
            // A headline or lede that dates nothing ("Drone strike kills at least 12 in
            // Kidal") announces the event the body dates.
            // (Its topic place before a colon names the area: "Ménaka : six soldats tués
            // dans une embuscade" over an ambush near Andéramboukane, in Ménaka's region.)
            let in_topic_area = match (t.place, e.place) {
                (Some(x), Some(y)) => {
                    let (p, q) = (&idx.doc.places[x], &idx.doc.places[y]);
                    // (Or a wide area of the same country, whose point is only its
                    // centre: « Adrar des Ifoghas : l'armée annonce la reprise
                    // d'In-Tebezas ».)
                    topic_place(idx, x)
                        && (p.admin1.is_some() && p.admin1 == q.admin1
                            || roughly_placed(p) && p.offset.is_none() && p.country == q.country)
                }
                _ => false,
            };
            // (A heading may name the other side first: "Burkina army says it repelled
            // attack on Djibo, killed about 40 militants" over "Burkina Faso's army said
            // it had repelled an attack by militants on Djibo": its actor is one the
            // body's sentence names, its speaker too: "the army said it had repelled".)
            let sides_swapped = !t.sentences.contains(&sent)
                && t_heading
                && (t.a1.is_some_and(|x| {
                    e.sentences.first().is_some_and(|&s| {
                        let (s0, s1) = idx.sentences[s];
                        (0..idx.actors.len()).any(|y| {
                            let a = idx.actors[y].0;
                            a >= s0 && a < s1 && same_actor(x, y)
                        })
                    })
                })
                // (Or it names only the force that broke up a crowd the body names: «
                // la police disperse une manifestation » over « des jeunes ont
                // manifesté… ».)
                || etype(j) == "Protests" && t.a2.is_none() && e.a1.is_some_and(crowd_of));
            // (Not a deed of years before, once the heading has its body's event:
            // "…signatories of the 2015 Algiers accord" is no news it announces. Alone,
            // it may still take in the first deed the body tells, history or not.)
            let history = !t_heading
                && e_time.is_some_and(|x| {
                    let tm = &idx.doc.times[x];
                    tm.end
                        .or(tm.start)
                        .zip(idx.doc.published())
                        .is_some_and(|(end, p)| days_between(end, p) > 366)
                });
            let headline = t.time.is_none()
                && j == 0
                && !history
                && (t.sentences.first().is_some_and(|&s| s <= 2) || announced && key_point())
                && (etype(j) == etype(k) || announced)
                && (!placed_apart || in_topic_area)
                && (!actors_apart || sides_swapped);
            // Neither date nor place of its own ("a cowardly attack", « ces crimes »):
            // the report is still talking about the event of that type it told.
            let vague = e.time.is_none() && e.place.is_none() && !actors_apart && !separate;
            // "We received six bodies on Tuesday afternoon" after Tuesday's strike: what
            // came of it, on its day.
            let same_day = match (e_time, t.time) {
                (Some(x), Some(y)) => {
                    // (The whole span: a weekend starts on its Saturday.)
                    let (p, q) = (&idx.doc.times[x], &idx.doc.times[y]);
                    p.start.is_some() && p.start == q.start && p.end == q.end
                }
                _ => false,
            };
            let outcome_that_day = only_outcome && same_day && !placed_apart;
            // "Residents staged a protest. Security forces intervened, dispersed the
            // demonstration": the force that broke up the crowd is its other side, on no
            // date of its own.
            let broke_up = etype(j) == "Protests"
                && etype(k) == "Protests"
                && sent.saturating_sub(*t.sentences.last().unwrap_or(&0)) <= 1
                && e.time.is_none()
                && !placed_apart;
            // "Gunmen killed 17 villagers in central Mali over the weekend. The attackers
            // surrounded the village of Ségué on Saturday afternoon": the lede's event
            // told again in finer words (its place or date within the lede's coarser
            // one).
            let finer_place = matches!((e.place, t.place), (Some(x), Some(y))
                if place_within(&idx.doc.places[x], &idx.doc.places[y]));
            let finer_time =
                matches!((e_time, t.time), (Some(x), Some(y)) if time_within(idx, x, y));
            let refines = j == 0
                && !separate
                && t.sentences.first().is_some_and(|&s| s <= 1)
                && etype(j) == etype(k)
                && near
                && !actors_apart
                && (!placed_apart || finer_place)
                && (finer_place || finer_time);
            let defends = fights_back && violent(j) && near && !placed_apart;
            // "The army withdrew from its post in Mondoro on Tuesday. JNIM moved in the
            // next day": one transfer of the place, taken by the second from the first,
            // on the day it changed hands.
            let handover = class_is(t, "withdraw")
                && !t.taker
                && class_is(e, "takeover")
                && sent.saturating_sub(*t.sentences.last().unwrap_or(&0)) <= 1
                && (same_place || e.place.is_none())
                && !placed_apart
                && e.a1.is_some()
                && t.a1
                    .or(t.a2)
                    .is_some_and(|x| e.a1.is_some_and(|y| !same_actor(x, y)))
                && match (e_time, t.time) {
                    (Some(x), Some(y)) => {
                        days_from(idx, y, x).is_some_and(|d| (0..=7).contains(&d))
                    }
                    _ => true,
                };
            if left_first {
                let e = evs.remove(k);
                let t = &mut evs[j];
                t.mods.push("unopposed".to_string());
                // (The side that left is no side of it, as ACLED codes "took control of
                // Anefis after GATIA fighters left".)
                // (Whichever it was given: « après que les soldats ont quitté » lends the
                // soldiers to the deed before.)
                let left = [e.a1, e.a2];
                let (from, to) = (t.trigs.last().map_or(0, |x| x.b), e.trigs[0].b);
                if t.a2.is_some_and(|x| {
                    left.iter().flatten().any(|&y| same_actor(x, y))
                        || (from..to).contains(&idx.actors[x].0)
                }) {
                    t.a2 = None;
                }
                // (Nor a force by the word for its men: « les soldats ont quitté ».)
                t.target_force = None;
                absorb(
                    idx,
                    t,
                    Ev {
                        time: None,
                        a1: None,
                        a2: None,
                        target_force: None,
                        ..e
                    },
                );
                types.remove(k);
                types[j] = decide(&evs[j]);
                handed = true;
                break;
            }
            if handover {
                let mut e = evs.remove(k);
                let t = &mut evs[j];
                // (The withdrawer undergoes the transfer, the newcomer makes it.)
                t.a2 = t.a2.or(t.a1);
                t.a1 = e.a1.take();
                t.time = e.time.or(t.time);
                e.time = None;
                absorb(idx, t, e);
                types.remove(k);
                types[j] = decide(&evs[j]);
                handed = true;
                break;
            }
            // (On its own later day: "The driver was released on Sunday" after Saturday's
            // abduction, within a fortnight.)
            // "Deux blessés ont succombé dans la nuit", "Two wounded died on Sunday": the
            // wounded counted, dying within a week of a violent deed told a sentence or two
            // before (or either undated), died of it, wherever they were cared for (« à
            // l'hôpital de Dosso »).
            let wounded_died = only_outcome
                && e.a1.is_none()
                && violent(j)
                && near
                && e.trigs.iter().any(|x| {
                    idx.quants.iter().enumerate().any(|(q, &(qa, qb))| {
                        qa <= x.a
                            && x.a <= qb + 3
                            && idx.w.same_sentence(qa, x.a)
                            && idx.doc.quantities[q].casualty.as_deref() == Some("injured")
                    })
                })
                // (The wounded as such, no cause of their own told after them: not "two
                // people injured in a road accident", "three children wounded by a
                // shell"; nor in a sentence opening on its place, "In Hombori, …".)
                && e.trigs.iter().all(|x| {
                    x.b >= idx.w.len()
                        || !clex.has(C::Prep, idx.w, x.b)
                        || lex.has(E::Destination, idx.w, x.b)
                })
                && e.place.is_none_or(|p| idx.places[p].0 > idx.sentences[sent].0 + 1)
                && e_time
                    .zip(t.time)
                    .and_then(|(x, y)| days_from(idx, y, x))
                    .is_none_or(|d| (0..=7).contains(&d));
            // "Three other soldiers were wounded and evacuated to Sévaré on Wednesday",
            // "wounded soldiers were flown to Ouagadougou on Tuesday": the wounded of a
            // violent deed told a sentence or two before, carried off for care within
            // three days, are its wounded; the day is the journey's.
            // (Its doer, if any, named elsewhere: a claim told later lends one.)
            let carried_off = only_outcome
                && e.a1
                    .is_none_or(|x| !e.sentences.contains(&idx.sentence_of(idx.actors[x].0)))
                && violent(j)
                && near
                && !separate
                && !placed_apart
                && e.trigs.iter().any(|x| {
                    let (_, s1) = idx.sentences[x.sentence];
                    (x.b..s1.min(x.b + 4)).any(|i| {
                        lex.get(E::Destination, idx.w, i)
                            .is_some_and(|(_, v)| v == "carried")
                    })
                })
                && e_time
                    .zip(t.time)
                    .and_then(|(x, y)| days_from(idx, y, x))
                    .is_none_or(|d| (0..=3).contains(&d));
            let freed_later = freed
                && !placed_apart
                && e_time
                    .zip(t.time)
                    .and_then(|(x, y)| days_from(idx, y, x))
                    .is_some_and(|d| (1..=14).contains(&d));
            // "Police fired tear gas on Thursday to disperse traders who staged a sit-in in
            // Kati, …, to protest against fuel shortages": two mentions of one crowd in one
            // sentence, on its day and at its place, by the same sides, are one event.
            // (Not deeds of armed men, which a sentence tells several of: "attacked the
            // village…, four men were abducted and executed".)
            // (Not two crowds set against each other: "Students demonstrated in Bamako,
            // while teachers went on strike in Kati".)
            let contrasted = || match (t.trigs.last(), e.trigs.first()) {
                (Some(x), Some(y)) if x.b <= y.a => {
                    (x.b..y.a).any(|i| lex.has(E::Contrast, idx.w, i) || idx.w.norm(i) == ";")
                }
                _ => true,
            };
            let twin = etype(j) == etype(k)
                && crowd(j)
                && t.sentences.contains(&sent)
                && (e.time.is_none() || e.time == t.time)
                && e.place == t.place
                && !actors_apart
                && !separate
                && !contrasted();
            if (refers
                || fought_first
                || claimed_back
                || twin
                || told_of
                || refines
                || continues
                || vague
                || outcome_that_day
                || headline
                || defends
                || rioted
                || broke_up
                || attendant_here
                || outcome_first
                || own_account
                || attendant_next
                || crowd_fought
                || lynchers_held
                || withdrew_after
                || retreated
                || moved_in
                || head_again
                || freed && !placed_apart
                || wounded_died
                || carried_off)
                && (!dated_apart
                    || freed_later
                    || wounded_died
                    || lynchers_held
                    || carried_off
                    || withdrew_after
                    || fought_first)
                && !elsewhere
            {
                // (A force stepping in with no date or place of its own leaves the
                // crowd's deed its type: the mob that beat a man to death is no protest
                // the police dispersed.)
                let force_stepped_in = rioted
                    && stepped_in
                    && etype(j) == "Riots"
                    && e.time.is_none()
                    && e.place.is_none();
                let went_with = own_account
                    || crowd_fought
                    || lynchers_held
                    || withdrew_after
                    || retreated
                    || force_stepped_in
                    || (violent(j)
                        && !t.sentences.contains(&sent)
                        && e.trigs.iter().all(|x| cb.classes[x.t.class].attendant));
                // (So does one whose sides the body names otherwise, when the body names
                // an armed side first: not the villagers who accuse them.)
                let armed_first = e.a1.is_some_and(|x| idx.doc.actors[x].inter != Some(7));
                let cross = headline
                    && (announced && etype(j) != etype(k)
                        || (told_apart || heading_unnamed) && armed_first);
                // ("Des combats ont opposé le FLA à l'armée… les rebelles ont attaqué une
                // patrouille": who attacked in a fight told as two sides facing each
                // other opened it, as ACLED names the sides.)
                // (Not where ACLED lists the defender first: "the army repelled an attack
                // by JNIM".)
                // (Nor a later deed: "The army then attacked an FLA base".)
                let later = e.trigs.first().is_some_and(|x| {
                    let (s0, _) = idx.sentences[x.sentence];
                    (s0..x.a).any(|i| {
                        lex.has(E::Again, idx.w, i)
                            || matches!(
                                idx.w.norm(i),
                                "then"
                                    | "later"
                                    | "subsequently"
                                    | "afterwards"
                                    | "ensuite"
                                    | "puis"
                            )
                    })
                });
                // (The fight's own day, or a headline's that dates nothing: « Combats
                // entre l'armée et les jihadistes » over « le JNIM a attaqué samedi ».)
                let attacker_first = !later
                    && (e.time.is_none() || headline && t.time.is_none())
                    && class_is(t, "clash")
                    && !class_is(t, "attack")
                    && !class_is(t, "ambush")
                    && !t.trigs.iter().any(|x| x.t.subj_defender)
                    && class_is(e, "attack")
                    && e.a1.is_some_and(|x| t.a2.is_some_and(|y| same_actor(x, y)))
                    && e.a2.is_none_or(|x| t.a1.is_some_and(|y| same_actor(x, y)));
                into = Some((
                    j,
                    headline,
                    went_with,
                    withdrew_after,
                    cross,
                    attacker_first,
                    lynchers_held,
                    carried_off,
                ));
                break;
            }
            if !mentions_back && !vague {
                // Only the most recent event of the type can be continued.
                break;
            }
        }
        if handed {
            continue;
        }
        if let Some((j, headline, went_with, left, cross, attacker_first, held, carried)) = into {
            let mut e = evs.remove(k);
            // (The day the wounded were carried off is not the deed's.)
            if carried {
                e.time = None;
            }
            // (Those who arrested a mob's members are no side of its deed.)
            if held {
                e.a1 = None;
                e.a2 = None;
                e.time = None;
                e.place = None;
                e.target_force = None;
            }
            // (Moving into a base just set up names no transfer: the base names the
            // event.)
            if evs[j]
                .trigs
                .iter()
                .any(|y| cb.classes[y.t.class].key == "base")
                && e.trigs
                    .iter()
                    .all(|y| cb.classes[y.t.class].key == "takeover")
            {
                for x in &mut e.trigs {
                    x.joined = true;
                }
            }
            if attacker_first {
                let t = &mut evs[j];
                (t.a1, t.a2) = (t.a2, t.a1);
            }
            // (A headline of another kind leaves the naming to the body's words, and its
            // sides, date and place to the body's: the body takes the headline in.)
            if cross {
                for x in &mut evs[j].trigs {
                    x.joined = true;
                }
                std::mem::swap(&mut evs[j], &mut e);
            }
            // (Arrests made at a protest, told right after it: it was intervened in.)
            if went_with
                && e.trigs
                    .iter()
                    .all(|y| cb.classes[y.t.class].key == "arrest")
                && evs[j]
                    .trigs
                    .iter()
                    .any(|y| cb.classes[y.t.class].key == "protest")
            {
                evs[j].mods.push("intervention".into());
            }
            // (Damage a riot did names no victims of its own: « Des boutiques voisines
            // ont également été pillées ».)
            if cb.sub_types[types[j]].event_type == "Riots" && tells_aftermath(&e) {
                e.target_civilian = None;
            }
            // (The striker's own account names what it meant to hit, not whom it hit:
            // "killing eight civilians… The army said it had struck a gathering of
            // terrorists".)
            if went_with
                && evs[j].target_civilian == Some(true)
                && e.a2.is_some_and(|x| idx.doc.actors[x].inter != Some(7))
            {
                e.a2 = None;
            }
            // (Who left is the side that lost the place.)
            if left {
                e.a2 = e.a2.or(e.a1.take());
            }
            if went_with {
                for x in &mut e.trigs {
                    x.joined = true;
                }
                // (A group telling as its own what men the report left unnamed did is
                // who did it: "JNIM said its fighters had killed 11 gendarmes".)
                if let (Some(x), Some(y)) = (e.a1, evs[j].a1)
                    && named_over_unnamed(idx, x, y)
                    && idx.speakers().iter().any(|&(s0, s1)| {
                        let (a, b) = idx.actors[x];
                        s0 < b && a < s1
                    })
                {
                    evs[j].a1 = Some(x);
                }
            }
            // Who fought back is the attack's other side (rather than civilians).
            if e.fights_back && e.time.is_none() && e.a1.is_some() {
                let civilian =
                    |x: Option<usize>| x.is_some_and(|x| idx.doc.actors[x].inter == Some(7));
                if evs[j].a2.is_none() || civilian(evs[j].a2) {
                    evs[j].a2 = e.a1;
                }
                e.a2 = None;
                e.a1 = None;
            }
            // ("The attack comes after the one last month, which had killed twelve",
            // « Cette attaque survient après celle du mois dernier, qui avait coûté la vie
            // à douze civils »: a figure told in the pluperfect after an earlier date of
            // the mention's sentence is that older deed's toll.)
            let day = evs[j].time.and_then(|y| idx.doc.times[y].start);
            e.casualties.retain(|&q| !older_toll(idx, q, day));
            if e.definite && e.time_far {
                e.time = None;
            }
            // ("Bandiagara: eight militiamen killed in clashes. Fighting broke out about
            // ten kilometres from Dourou, in the Bandiagara circle": a headline's topic
            // place, before its colon, names the area; the body places what it
            // announced, unless it only names the area around that place.)
            // (So does a headline's "near" a town, with no distance, over the body's own
            // place: "Gendarmerie post attacked near Bamako" over the post of
            // Nossombougou, some 50 km north of the capital.)
            // (Or a bearing with no distance, or a town's area: "kill eight in village
            // east of Tominian" over Tinabè, some 50 km east; "kidnap pharmacist in
            // Bougouni region" over Tienra.)
            let only_near = |x: usize| roughly_placed(&idx.doc.places[x]);
            let body_place = e.place.filter(|&y| {
                headline
                    && evs[j].place.is_some_and(|x| {
                        topic_place(idx, x) && !place_within(&idx.doc.places[x], &idx.doc.places[y])
                            || only_near(x)
                                && !only_near(y)
                                && idx.doc.places[y].resolved
                                && !linear(&idx.doc.places[y])
                    })
            });
            let body_far = e.place_far;
            // (Nor are the sentences that tell the arrests the mob's: the force named
            // there did not face it.)
            let sentences = held.then(|| evs[j].sentences.clone());
            absorb(idx, &mut evs[j], e);
            if let Some(s) = sentences {
                evs[j].sentences = s;
            }
            if body_place.is_some() {
                evs[j].place = body_place;
                evs[j].place_far = body_far;
            }
            types.remove(k);
            types[j] = decide(&evs[j]);
        } else {
            k += 1;
        }
    }
}

/// A headline's topic place, before the colon that opens the report ("Bandiagara:
/// eight militiamen killed…", « Ménaka : six soldats tués… »): the area it covers.
fn topic_place(idx: &Idx, x: usize) -> bool {
    let (a, b) = idx.places[x];
    a == 0 && b < idx.w.len() && idx.w.norm(b) == ":"
}

/// Actor `x` a named armed group and `y` armed men the report leaves unnamed ("JNIM"
/// over "Gunmen"): the group telling the deed as its own names who did it.
fn named_over_unnamed(idx: &Idx, x: usize, y: usize) -> bool {
    let (p, q) = (&idx.doc.actors[x], &idx.doc.actors[y]);
    matches!(p.inter, Some(2 | 3))
        && p.camp.as_deref() != Some("unidentified")
        && q.via == "description"
        && q.camp.as_deref() == Some("unidentified")
}

/// Unnamed armed men told with a definite article ("the assailants", « les
/// assaillants », « 20 des assaillants », « un véhicule des assaillants »): those a report
/// has told of before.
fn the_unnamed(idx: &Idx, lex: &EventLex, clex: &ClaimLex, x: usize) -> bool {
    let a = idx.actors[x].0;
    let w = idx.w;
    // « des » is « de les » after a figure (« 20 des assaillants ») or a noun with its
    // determiner (« un véhicule des assaillants »), not in « ont tué des assaillants ».
    let of_them = a > 1
        && w.norm(a - 1) == "des"
        && (idx.quants.iter().any(|&(qa, _)| qa + 2 == a)
            || a > 2
                && !w.words()[a - 2].cap
                && (lex.has(E::Definite, w, a - 3) || clex.has(C::Det, w, a - 3)));
    idx.doc.actors[x].camp.as_deref() == Some("unidentified")
        && (lex.has(E::Definite, w, a) || a > 0 && lex.has(E::Definite, w, a - 1) || of_them)
}

/// "JNIM fighters ambushed a convoy near Nampala… The next day the air force struck the
/// assailants' positions": unnamed armed men told with a definite article, in an event
/// of their own, are the armed group named in the last event before that names one
/// (only one, and not the event's other side).
fn named_back(idx: &Idx, lex: &EventLex, clex: &ClaimLex, evs: &mut [Ev]) {
    let armed = |x: usize| {
        matches!(
            idx.doc.actors[x].camp.as_deref(),
            Some("jihadist" | "rebel" | "militia")
        )
    };
    for k in 1..evs.len() {
        for side in [0, 1] {
            let (mine, other) = if side == 0 {
                (evs[k].a1, evs[k].a2)
            } else {
                (evs[k].a2, evs[k].a1)
            };
            // (A doer only facing someone: "a drone strike killed ten of the attackers"
            // leaves the attackers as the only side, and they did not strike.)
            let Some(x) =
                mine.filter(|&x| (side == 1 || other.is_some()) && the_unnamed(idx, lex, clex, x))
            else {
                continue;
            };
            let same = |y: usize| {
                other.is_some_and(|o| idx.doc.actors[o].actor_id == idx.doc.actors[y].actor_id)
            };
            let before = |y: usize| idx.actors[y].1 <= idx.actors[x].0;
            // (Any the event's sentences name: its sides are still being chosen.)
            let Some(named) = evs[..k].iter().rev().find_map(|e| {
                let groups: Vec<usize> = e
                    .sentences
                    .iter()
                    .flat_map(|&s| {
                        let (s0, s1) = idx.sentences[s];
                        idx.starting_in(Mentions::Actors, s0, s1)
                    })
                    .filter(|&y| armed(y) && before(y))
                    .collect();
                (!groups.is_empty()).then_some(groups)
            }) else {
                continue;
            };
            // (One group, however often named: "terrorists" told of the same.)
            let mut left = named.iter().copied().filter(|&y| !same(y));
            let first = left.next();
            let id = |y: usize| &idx.doc.actors[y].actor_id;
            if let Some(y) = first
                && left.all(|z| id(z) == id(y))
            {
                if side == 0 {
                    evs[k].a1 = Some(y);
                } else {
                    evs[k].a2 = Some(y);
                }
            }
        }
    }
}

/// Is casualty figure `q` an older deed's toll: told in a pluperfect relative clause on
/// the last date before it in its sentence, a date that ends before `day` ("the one last
/// month, which had killed twelve", « celle du mois dernier qui avait coûté la vie à
/// douze civils »)? (Not "the army, which had been warned on Saturday, arrived after the
/// attackers had killed 12", nor "the fighting, which erupted on Saturday, had killed 30".)
/// A date more than a year before `day` needs no pluperfect: « depuis la rébellion de
/// 2012, qui a fait des centaines de morts », "the 2012 rebellion killed hundreds" tell
/// history, whatever their tense.
fn older_toll(idx: &Idx, q: usize, day: Option<Date>) -> bool {
    let Some(day) = day else { return false };
    let w = idx.w;
    let at = idx.quants[q].0.min(w.len() - 1);
    let (s0, _) = idx.sentences[idx.sentence_of(at)];
    let Some(x) = (0..idx.times.len())
        .rfind(|&x| s0 <= idx.times[x].0 && idx.times[x].1 <= at && !idx.said[x])
    else {
        return false;
    };
    let Some(end) = idx.doc.times[x].end.filter(|&end| end < day) else {
        return false;
    };
    if days_between(end, day) > 365 {
        return true;
    }
    let after = idx.times[x].1;
    let Some(r) =
        (after..(after + 2).min(at)).find(|&r| relative_pronoun(w.norm(r)) || w.norm(r) == "that")
    else {
        return false;
    };
    crate::time::pluperfect_aux(w.norm(r + 1))
        && at <= r + 8
        && !(r + 2..at).any(|i| matches!(w.norm(i), "," | ";"))
}

/// A country a deed was near ("killed in ambush near Mali border"): no place of its own,
/// so a town told with the same deed, even across that border, is where it was.
fn near_country(m: &sitrep_core::records::PlaceMention) -> bool {
    m.feature.as_deref().is_some_and(|f| f.starts_with("A.PCL"))
        && m.offset.as_ref().is_some_and(|o| o.relation == "near")
}

/// Figure `q` counts over a span of months that reaches the event's `day`: "has lost
/// more than 200 peacekeepers since 2013", « depuis le début de l'année », "this year".
/// A tally, not the event's toll.
fn tally(idx: &Idx, q: usize, day: Option<Date>) -> bool {
    let Some(day) = day else { return false };
    let at = idx.quants[q].0.min(idx.w.len() - 1);
    let (s0, s1) = idx.sentences[idx.sentence_of(at)];
    (0..idx.times.len()).any(|x| {
        let t = &idx.doc.times[x];
        s0 <= idx.times[x].0
            && idx.times[x].1 <= s1
            && !idx.said[x]
            && t.start
                .is_some_and(|a| a < day && days_between(a, day) > 60)
            && t.end.is_none_or(|b| b >= day)
    })
}

fn absorb(idx: &Idx, t: &mut Ev, e: Ev) {
    t.trigs.extend(e.trigs);
    t.classes.extend(e.classes);
    // ("Malian army convoy ambushed. Toll: 4 Malian soldiers killed": the side that was
    // hit does not become the attacker.)
    let id = |k: usize| idx.doc.actors[k].actor_id.as_deref();
    let fresh = |x: usize| t.a2.is_none_or(|y| id(x).is_none() || id(x) != id(y));
    t.a1 = t.a1.or(match (e.a1, e.a2) {
        (Some(x), _) if fresh(x) => Some(x),
        // ("Eight Dan Na Ambassagou members killed in clashes. Fighting pitted Dan Na
        // Ambassagou against the Katiba Macina": the side that was hit faces the other,
        // when named; an unnamed one leaves room for who claimed it.)
        (Some(_), Some(y))
            if fresh(y) && idx.doc.actors[y].camp.as_deref() != Some("unidentified") =>
        {
            Some(y)
        }
        _ => None,
    });
    t.a2 = t.a2.or(e.a2).filter(|&x| Some(x) != t.a1);
    for k in e.assoc1 {
        if !t.assoc1.contains(&k) {
            t.assoc1.push(k);
        }
    }
    for k in e.assoc2 {
        if !t.assoc2.contains(&k) {
            t.assoc2.push(k);
        }
    }
    t.taker |= e.taker;
    // (The finer of a date or place within the other: "on Saturday afternoon" over
    // "over the weekend", the village over "central Mali".)
    t.time = match (t.time, e.time) {
        (Some(x), Some(y)) if time_within(idx, y, x) => Some(y),
        (x, y) => x.or(y),
    };
    let own = t.place;
    t.place = match (t.place, e.place) {
        (Some(x), Some(y))
            if place_within(&idx.doc.places[y], &idx.doc.places[x])
                || near_country(&idx.doc.places[x])
                // (A town's area told again as a village of it in another sentence, as
                // a headline's area by its lede: not a road's end in the same one.)
                || in_area_of(&idx.doc.places[y], &idx.doc.places[x])
                    && !idx.w.same_sentence(idx.places[x].0, idx.places[y].0) =>
        {
            Some(y)
        }
        (x, y) => x.or(y),
    };
    if t.place != own {
        t.place_far = e.place_far;
    }
    for k in e.casualties {
        if !t.casualties.contains(&k) {
            t.casualties.push(k);
        }
    }
    t.target_civilian = t.target_civilian.or(e.target_civilian);
    t.target_settlement |= e.target_settlement;
    t.target_public |= e.target_public;
    t.target_force = t.target_force.take().or(e.target_force);
    t.defenders = t.defenders.or(e.defenders);
    t.mods.extend(e.mods);
    t.evidence.extend(e.evidence);
    for s in e.sentences {
        if !t.sentences.contains(&s) {
            t.sentences.push(s);
        }
    }
    // (In order: the last is where the event was last told, whichever took the other in.)
    t.sentences.sort_unstable();
}

/// Time mention `x` lies within time mention `y`, which spans more ("Saturday" within
/// "the weekend", "last week").
fn time_within(idx: &Idx, x: usize, y: usize) -> bool {
    let (p, q) = (&idx.doc.times[x], &idx.doc.times[y]);
    match (p.start, p.end, q.start, q.end) {
        (Some(a), Some(b), Some(c), Some(d)) => c <= a && b <= d && (c, d) != (a, b),
        _ => false,
    }
}

/// Event sides `a` and `b` are one actor: the same dictionary actor, or two mentions no
/// dictionary knows named alike. (Two unknown to it are two: "Gunmen attacked the army",
/// with no country to resolve "the army", has both sides.)
fn one_side(a: &Option<EventActor>, b: &Option<EventActor>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => match (&x.actor_id, &y.actor_id) {
            (Some(i), Some(j)) => i == j,
            (None, None) => bare_name(&x.name) == bare_name(&y.name),
            _ => false,
        },
        _ => false,
    }
}

/// A side's name without its case or leading article: "the kidnappers" is "Kidnappers".
fn bare_name(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut s = lower.as_str();
    for a in [
        "the ", "a ", "an ", "les ", "le ", "la ", "l'", "l’", "des ", "un ", "une ",
    ] {
        if let Some(rest) = s.strip_prefix(a) {
            s = rest;
            break;
        }
    }
    s.to_string()
}

/// How far "near" a town may reach when no distance is given.
const NEAR_KM: f64 = 25.0;

/// A river or a wadi: it runs for hundreds of kilometres, and the one point the
/// gazetteer gives it says nothing of where along it something happened.
fn linear(m: &sitrep_core::records::PlaceMention) -> bool {
    m.feature
        .as_deref()
        .is_some_and(|f| matches!(f, "H.STM" | "H.STMI" | "H.STMS" | "H.WAD" | "H.WADS"))
}

/// How far apart two located places may be, in km: "between Aguelhok and Tessalit" has
/// Aguelhok's point but reaches Tessalit, so its length is taken off (and "near" a town
/// reaches [`NEAR_KM`] further).
fn place_km(
    p: &sitrep_core::records::PlaceMention,
    q: &sitrep_core::records::PlaceMention,
) -> Option<f64> {
    // (A road's length between its ends; "near" a town with no distance, the reach a
    // report's "near" has: "attacked near Bamako" of a post 50 km out of the capital.)
    let reach = |m: &sitrep_core::records::PlaceMention| {
        m.offset
            .as_ref()
            .map_or(0.0, |o| match o.relation.as_str() {
                "between" => o.distance_km.unwrap_or(0.0),
                "near" if o.distance_km.is_none() => NEAR_KM,
                _ => 0.0,
            })
    };
    let (a, b, c, d) = (p.lat?, p.lon?, q.lat?, q.lon?);
    Some((sitrep_gazetteer::geo::haversine_km(a, b, c, d) - reach(p) - reach(q)).max(0.0))
}

/// An event that names no place happened in the report's setting: its local dateline
/// (« Dialoubé, cercle de Mopti. », "GAO — …"), else the one town its opening sentence
/// names when that sentence tells no event ("Kayes was calm on Monday after a tense
/// weekend.", « À Kita, dans la région de Kayes, la colère ne retombe pas. »), with
/// only the areas it lies in beside it. (Not a wire's dateline: the town it was filed
/// from.)
fn set_in_the_setting(idx: &Idx, evs: &mut [Ev]) {
    if evs.iter().all(|e| e.place.is_some()) {
        return;
    }
    let located = |k: usize| idx.doc.places[k].lat.is_some();
    let dateline = (0..idx.places.len())
        .find(|&k| located(k) && idx.doc.places[k].dateline == Some(Dateline::Local));
    let opening = || {
        let &(s0, s1) = idx.sentences.first()?;
        // (A sentence of plain words, not a wire's header, "NAIROBI, Kenya (AP) _".)
        let plain = (s0..s1)
            .filter(|&i| idx.w.words()[i].kind == TokenKind::Word && !idx.w.words()[i].cap)
            .count();
        if plain < 3 || evs.iter().any(|e| e.sentences.contains(&0)) {
            return None;
        }
        let here: Vec<usize> = (0..idx.places.len())
            .filter(|&k| idx.places[k].0 >= s0 && idx.places[k].1 <= s1 && located(k))
            .collect();
        let p = |k: usize| &idx.doc.places[k];
        let town = |k: usize| {
            p(k).geo_precision == 1 && p(k).feature.as_deref().is_some_and(|f| f.starts_with("P."))
        };
        // (An area may be named by its seat: « la région de Kayes » is the town's
        // record, told at a region's precision.)
        let around = |t: usize, k: usize| {
            place_within(p(t), p(k))
                || p(k).geo_precision == 3 && p(k).admin1.is_some() && p(k).admin1 == p(t).admin1
        };
        // (Nor one of a list whose other names were not found: "Kidal and Gao".)
        let listed = |t: usize| {
            let (a, b) = idx.places[t];
            let w = idx.w;
            let joined = |i: usize| matches!(w.norm(i), "and" | "et" | "or" | "ou" | ",");
            (a >= 2 && joined(a - 1) && w.words()[a - 2].cap)
                || (b + 1 < s1 && joined(b) && w.words()[b + 1].cap)
        };
        match here
            .iter()
            .copied()
            .filter(|&k| town(k))
            .collect::<Vec<_>>()[..]
        {
            [t] if !listed(t) && here.iter().all(|&k| k == t || around(t, k)) => Some(t),
            _ => None,
        }
    };
    let Some(k) = dateline.or_else(opening) else {
        return;
    };
    for e in evs.iter_mut().filter(|e| e.place.is_none()) {
        e.place = Some(k);
    }
}

/// Place `p` lies within place `q`, a country or an administrative area that names it
/// (a village within "central Mali" or "the Mopti region").
fn place_within(
    p: &sitrep_core::records::PlaceMention,
    q: &sitrep_core::records::PlaceMention,
) -> bool {
    let Some(f) = q.feature.as_deref() else {
        return false;
    };
    p.geo_precision < q.geo_precision
        && p.country.is_some()
        && p.country == q.country
        && match f {
            _ if f.starts_with("A.PCL") => true,
            "A.ADM1" => q.admin1.is_some() && p.admin1 == q.admin1,
            "A.ADM2" => q.admin2.is_some() && p.admin2 == q.admin2,
            // (A seat named as its area, "Koro district", « le cercle de Koro ».)
            "P.PPLA" => q.geo_precision >= 3 && q.admin1.is_some() && p.admin1 == q.admin1,
            "P.PPLA2" => q.geo_precision >= 3 && q.admin2.is_some() && p.admin2 == q.admin2,
            _ => false,
        }
        // (A place told only by its bearing from a town, "an army post north of Kolokani",
        // holds the village named within 50 km of that town: "in the village of
        // Massantola".)
        || p.geo_precision <= 2
            && p.offset.is_none()
            && q.geo_precision == 2
            && q.offset.as_ref().is_some_and(|o| o.relation == "bearing")
            && place_km(p, q).is_some_and(|d| d <= 50.0)
}

/// Is town `p` in the area of town `q` ("the Bandiagara area": a village of its circle
/// within 60 km)? Only where the text says so by the order it names them ("in Kendié,
/// in central Mali's Bandiagara area"; a headline's area and its lede's village): "in
/// the area of Doro, axis Gao-Gossi" is at Doro, whatever lies in its area.
fn in_area_of(
    p: &sitrep_core::records::PlaceMention,
    q: &sitrep_core::records::PlaceMention,
) -> bool {
    p.geo_precision == 1
        && q.geo_precision == 2
        && q.offset
            .as_ref()
            .is_some_and(|o| o.relation == "vicinity" && o.distance_km.is_none())
        && q.admin2.is_some()
        && p.admin2 == q.admin2
        && place_km(p, q).is_some_and(|d| d <= 60.0)
}

/// Casualty figures in a sentence with no event of its own ("Two soldiers died.")
/// belong to the violent event told just before (never to a withdrawal or a meeting).
fn stray_casualties(idx: &Idx, cb: &Codebook, evs: &mut [Ev]) {
    let violent = |e: &Ev| {
        let t = primary(cb, e);
        cb.decide(t.t.class, &facts(idx, cb, e)).event_type != "Strategic developments"
    };
    for k in 0..idx.quants.len() {
        if idx.doc.quantities[k].casualty.is_none()
            || idx.denied.get(idx.quants[k].0).is_some_and(|d| *d)
        {
            continue;
        }
        let s = idx.sentence_of(idx.quants[k].0.min(idx.w.len() - 1));
        if evs.iter().any(|e| e.sentences.contains(&s)) {
            continue;
        }
        // (Not an older deed's toll: see [`older_toll`]; nor a tally over months that
        // runs up to the event: see [`tally`].)
        let day = |e: &Ev| {
            e.time
                .and_then(|t| idx.doc.times[t].start)
                .or(idx.doc.published())
        };
        let dated_before = |e: &Ev| older_toll(idx, k, day(e)) || tally(idx, k, day(e));
        if let Some(e) = evs
            .iter_mut()
            .filter(|e| !e.unreal && e.sentences.iter().any(|&x| x < s && s - x <= 2) && violent(e))
            .last()
            .filter(|e| !dated_before(e))
        {
            e.casualties.push(k);
        }
    }
}

/// Claims carry the events their content names; a claim naming none carries the event
/// it follows (within a few sentences). Returns (claim, event) links.
fn attach_claims(idx: &Idx, evs: &mut [Ev]) -> Vec<(usize, usize)> {
    let mut links = Vec::new();
    // History ("the agreement signed in 2015") is not what today's claims are about.
    let published = idx.doc.published();
    let history = |e: &Ev| {
        e.time
            .and_then(|k| idx.doc.times[k].end.or(idx.doc.times[k].start))
            .zip(published)
            .is_some_and(|(d, p)| days_between(d, p) > 366)
    };
    for (ci, c) in idx.doc.claims.iter().enumerate() {
        let inside: Vec<usize> = (0..evs.len())
            .filter(|&k| told_in(idx, c, &evs[k]))
            .collect();
        let targets = if inside.is_empty() {
            let cue = c.cue_span.unwrap_or(c.span);
            let s = idx.sentence_of(idx.word_at(cue.start).min(idx.w.len() - 1));
            (0..evs.len())
                .filter(|&k| !evs[k].unreal && !history(&evs[k]))
                .filter_map(|k| {
                    // The event told most recently before the claim (within six
                    // sentences).
                    let x = evs[k].sentences.iter().copied().filter(|&x| x <= s).max()?;
                    (s - x <= 6).then_some((x, k))
                })
                .max()
                .map(|(_, k)| k)
                .into_iter()
                .collect()
        } else {
            inside
        };
        for k in targets {
            evs[k].claims.push(ci);
            links.push((ci, k));
        }
    }
    links
}

/// Is a trigger of event `e` inside what claim `c` reports?
fn told_in(idx: &Idx, c: &sitrep_core::records::Claim, e: &Ev) -> bool {
    e.trigs.iter().any(|t| {
        let s = idx.w.span(t.a, t.b);
        c.span.start <= s.start && s.end <= c.span.end
    })
}

/// A battle whose sentences name no actor takes its claims' speakers: "the Malian army
/// claimed progress", "the CSP-PSD indicated a trap" are the two sides. (Who reports a
/// strike's toll did not strike.)
fn speakers_as_actors(idx: &Idx, cb: &Codebook, dict: &ActorDict, e: &mut Ev) {
    if e.a1.is_some() || e.a2.is_some() {
        return;
    }
    if cb
        .decide(primary(cb, e).t.class, &facts(idx, cb, e))
        .event_type
        != "Battles"
    {
        return;
    }
    let mut speakers: Vec<usize> = Vec::new();
    for &ci in &e.claims {
        let c = &idx.doc.claims[ci];
        let Some(span) = c.by.span else {
            continue;
        };
        let Some(id) = c.by.actor_id.as_deref() else {
            continue;
        };
        // The actor mention naming the speaker (for a pronoun: the subject it stands for).
        let k = (0..idx.doc.actors.len())
            .find(|&k| idx.doc.actors[k].span == span)
            .or_else(|| {
                (0..idx.doc.actors.len())
                    .find(|&k| idx.doc.actors[k].actor_id.as_deref() == Some(id))
            });
        if let Some(k) = k
            && !speakers
                .iter()
                .any(|&s| idx.doc.actors[s].actor_id.as_deref() == Some(id))
        {
            speakers.push(k);
        }
    }
    // « Neuf militaires ont péri …, a annoncé l'armée »: a side that reports its own
    // dead is who was hit, which the toll already says; it did not fight itself.
    let hit_sides: Vec<usize> = e
        .casualties
        .iter()
        .filter(|&&q| {
            matches!(
                idx.doc.quantities[q].casualty.as_deref(),
                Some("killed" | "injured")
            )
        })
        .map(|&q| counted_side(idx.doc.quantities[q].counts.as_deref()))
        .collect();
    for k in speakers {
        let id = idx.doc.actors[k].actor_id.clone();
        let same = |x: Option<usize>| x.is_some_and(|x| idx.doc.actors[x].actor_id == id);
        if same(e.a1) || same(e.a2) {
            continue;
        }
        let side = camp_side(idx.doc.actors[k].camp.as_deref());
        // (Unless it also tells the other side's dead: "killing twelve soldiers … the CSP
        // acknowledged losing three of its own men" is a side telling its own fight.)
        if side != 0 && hit_sides.contains(&side) && !hit_sides.iter().any(|&s| s != 0 && s != side)
        {
            continue;
        }
        if e.a1.is_none() {
            e.a1 = Some(k);
        } else if e.a2.is_none() {
            e.a2 = Some(k);
        }
    }
    // Allies named in the claims' sentences fight on their side.
    let sentences: Vec<usize> = e
        .claims
        .iter()
        .filter_map(|&ci| idx.doc.claims[ci].cue_span)
        .map(|s| idx.sentence_of(idx.word_at(s.start).min(idx.w.len() - 1)))
        .collect();
    let cands: Vec<usize> = (0..idx.actors.len())
        .filter(|&k| {
            let s = idx.sentence_of(idx.actors[k].0.min(idx.w.len() - 1));
            sentences.contains(&s) || e.sentences.contains(&s)
        })
        .collect();
    assoc(idx, dict, e, &cands);
}

/// The country an event happens in when its place says none: the report's.
fn doc_country(idx: &Idx, res: &Resources) -> Option<String> {
    let gaz = res.gazetteer();
    // (Room for a few countries and names at once: grown from empty, the vectors were
    // reallocated in most reports.)
    // (Codes borrowed from the gazetteer, the winner's copied: a copy each cost an
    // allocation.)
    let mut counts: Vec<(&str, usize)> = Vec::with_capacity(4);
    // (A report names few countries and places, each many times: each name's code is
    // looked up once, the gazetteer's answer never changing.)
    let mut known: Vec<(&str, Option<&str>)> = Vec::with_capacity(8);
    for p in &idx.doc.places {
        let code = p
            .country
            .as_deref()
            .and_then(|n| country_code(gaz, &mut known, n))
            .or_else(|| country_code(gaz, &mut known, &p.name));
        if let Some(c) = code {
            match counts.iter_mut().find(|(x, _)| *x == c) {
                Some(x) => x.1 += 1,
                None => counts.push((c, 1)),
            }
        }
    }
    // (A country whose actors the dictionary knows first, then the one the user set, then
    // any: "a peacekeeper from Liberia was killed when their camp came under attack"
    // names a nationality, not where a Sahel report's defaults should come from.)
    let dict = res.actors();
    let known_to_dict = |c: &str| dict.of_country(c, &["unidentified"]).is_some();
    let top = |keep: &dyn Fn(&str) -> bool| {
        counts
            .iter()
            .filter(|(c, _)| keep(c))
            .max_by_key(|(_, n)| *n)
            .map(|(c, _)| c.to_string())
    };
    top(&known_to_dict)
        .or_else(|| res.default_country().map(str::to_string))
        .or_else(|| top(&|_| true))
}

/// The gazetteer's country code of a name, looked up once per name in `known`.
fn country_code<'n, 'g>(
    gaz: &'g sitrep_gazetteer::Gazetteer,
    known: &mut Vec<(&'n str, Option<&'g str>)>,
    name: &'n str,
) -> Option<&'g str> {
    if let Some(&(_, c)) = known.iter().find(|(x, _)| *x == name) {
        return c;
    }
    let c = gaz.country_code(name);
    known.push((name, c));
    c
}

/// What the rules test, from the assembled event.
fn facts(idx: &Idx, cb: &Codebook, e: &Ev) -> Facts {
    let kind = |k: Option<usize>| -> Option<Kind> {
        let m = &idx.doc.actors[k?];
        Some(match m.inter {
            Some(1) => Kind::State,
            Some(2..=4) => Kind::Nonstate,
            Some(5) => Kind::Rioters,
            // (A party or a union ACLED lists beside protesters is a crowd only as one:
            // "gunmen fired on a URD delegation" hit civilians.)
            Some(6) if m.camp.as_deref() == Some("protesters") => Kind::Protesters,
            Some(6 | 7) => Kind::Civilian,
            Some(8) => Kind::External,
            _ => match m.camp.as_deref() {
                Some("rebel" | "jihadist" | "militia" | "unidentified") => Kind::Nonstate,
                _ => return None,
            },
        })
    };
    // Locals who fought back are an armed party: a battle.
    // Victims who could not fight are civilians, unless locals fought back.
    let disarmed = e.disarmed && e.defenders.is_none();
    let a2 = match kind(e.a2) {
        None | Some(Kind::Civilian) if e.defenders.is_some() => Kind::Nonstate,
        Some(Kind::State | Kind::Nonstate | Kind::External) if disarmed => Kind::Civilian,
        k => k.unwrap_or(Kind::None),
    };
    Facts {
        a1: Some(kind(e.a1).unwrap_or(Kind::None)),
        a2: Some(a2),
        target_civilian: if e.defenders.is_some() {
            Some(false)
        } else if disarmed && e.target_civilian.is_some() {
            Some(true)
        } else {
            e.target_civilian
        },
        target_settlement: e.target_settlement,
        target_public: e.target_public,
        mods: e.mods.clone(),
        killed: e.casualties.iter().any(|&k| {
            let q = &idx.doc.quantities[k];
            q.casualty.as_deref() == Some("killed") && q.value.is_some_and(|v| v > 0.0)
        }),
        hurt: e.trigs.iter().any(|t| cb.classes[t.t.class].outcome)
            || e.casualties.iter().any(|&k| {
                let q = &idx.doc.quantities[k];
                matches!(q.casualty.as_deref(), Some("killed" | "injured"))
                    && q.value.or(q.low).is_some_and(|v| v > 0.0)
            }),
        taker: e.taker,
        // (Not "armed villagers", « des villageois armés »: a militia.)
        a1_locals: e.a1.is_some_and(|k| {
            let (a, b) = idx.actors[k];
            let armed = |x: usize| {
                matches!(
                    idx.w.norm(x),
                    "armed" | "arme" | "armes" | "armee" | "armees"
                )
            };
            idx.doc.actors[k].via == "description"
                && !(a > 0 && armed(a - 1) || b < idx.w.len() && armed(b))
        }),
        classes: e.trigs.iter().fold(0, |m, t| m | 1 << t.t.class),
    }
}

/// The event record: its type by the codebook, its sides in ACLED's terms, its place,
/// date, toll and evidence.
fn finish(
    idx: &Idx,
    res: &Resources,
    e: &Ev,
    doc_country: Option<&str>,
    published: Option<Date>,
) -> EventMention {
    let (lex, cb, dict, gaz) = (
        res.event_lex(idx.doc.lang()),
        res.codebook(),
        res.actors(),
        res.gazetteer(),
    );
    let t = primary(cb, e);
    let f = facts(idx, cb, e);
    let sub = cb.decide(t.t.class, &f);
    let place: Option<&PlaceMention> = e.place.map(|k| &idx.doc.places[k]);
    // The event's country: its place's, else the report's, else its state actor's
    // ("Malian soldiers carried out executions" somewhere the gazetteer does not know).
    let state_country = || {
        [e.a1, e.a2].into_iter().flatten().find_map(|k| {
            let a = dict.get(idx.doc.actors[k].actor_id.as_deref()?)?;
            (matches!(a.kind.as_str(), "military" | "police" | "government")
                && !a.country.is_empty())
            .then(|| a.country.clone())
        })
    };
    let country_code: Option<String> = place
        .and_then(|p| {
            p.country
                .as_deref()
                .and_then(|n| gaz.country_code(n))
                .or_else(|| gaz.country_code(&p.name))
        })
        .map(str::to_string)
        .or_else(|| doc_country.map(str::to_string))
        .or_else(state_country);
    let actor = |k: usize| -> EventActor {
        let m: &ActorMention = &idx.doc.actors[k];
        let mut inter = m.inter;
        // A state's forces abroad are external to the conflict (ACLED inter 8).
        if let (Some(id), Some(c)) = (m.actor_id.as_deref(), country_code.as_deref())
            && let Some(a) = dict.get(id)
            && matches!(a.kind.as_str(), "military" | "police" | "government")
            && !a.country.is_empty()
            && a.country != c
        {
            inter = Some(8);
        }
        // (A role or a person in a group, "a member of the MNLA", names the group on the
        // ledger.)
        let name = match (
            m.via.as_str(),
            m.actor_id.as_deref().and_then(|id| dict.get(id)),
        ) {
            ("role" | "person", Some(a)) => a.name.clone(),
            _ => m.name.clone(),
        };
        EventActor {
            name,
            inter,
            camp: m.camp.clone(),
            span: Some(m.span),
            actor_id: m.actor_id.clone(),
            acled_name: m.acled_name.clone(),
        }
    };
    let day = published.map(crate::actor::dict::day_of);
    // A dictionary actor as an event side (no span: the report does not name it so).
    let listed = |a: &ActorEntry| EventActor {
        name: a.name.clone(),
        inter: Some(a.inter_in(day)),
        camp: Some(a.camp.clone()),
        span: None,
        actor_id: Some(a.id.clone()),
        acled_name: Some(a.acled_name(day).to_string()),
    };
    let default = |which: &Option<String>| -> Option<EventActor> {
        let kind = match which.as_deref()? {
            "unidentified" => "unidentified",
            "civilians" => "civilians",
            "protesters" => "protesters",
            "rioters" => "rioters",
            _ => return None,
        };
        let c = country_code.as_deref()?;
        let i = dict.of_country(c, &[kind])?;
        Some(listed(&dict.actors[i]))
    };
    let mut a1 = e.a1.map(actor);
    let mut a2 = e.a2.map(actor);
    let mut assoc1: Vec<EventActor> = e.assoc1.iter().map(|&k| actor(k)).collect();
    let mut assoc2: Vec<EventActor> = e.assoc2.iter().map(|&k| actor(k)).collect();
    // ACLED codes a coalition's component under the coalition ("JNIM", with
    // "Katiba Macina" associated) when the dictionary says so.
    let coalition = |x: &Option<EventActor>| {
        let entry = dict.get(x.as_ref()?.actor_id.as_deref()?)?;
        entry
            .member_of
            .iter()
            .filter_map(|p| dict.get(p))
            .find(|p| p.codes_members && p.active(day))
    };
    if let Some(parent) = coalition(&a1) {
        assoc1.insert(0, a1.take().expect("a member"));
        a1 = Some(listed(parent));
    }
    if let Some(parent) = coalition(&a2) {
        assoc2.insert(0, a2.take().expect("a member"));
        a2 = Some(listed(parent));
    }
    // A humanitarian body (an international organisation the dictionary counts with
    // civilians: OCHA, the ICRC, MSF) does no violence: named in a heading or as who
    // reports ("OCHA Mali - Flash Update: abduction of humanitarian workers"), it is no
    // attacker; the rules below find the default.
    if matches!(
        sub.event_type.as_str(),
        "Battles" | "Violence against civilians" | "Explosions/Remote violence"
    ) && a1
        .as_ref()
        .is_some_and(|x| x.inter == Some(7) && x.camp.as_deref() == Some("international"))
    {
        a1 = None;
    }
    // ("French forces of operation Barkhane": one side named twice is no second side;
    // the rules below may find the other.)
    if one_side(&a1, &a2) {
        a2 = None;
    }
    // Locals who fought back: their people's militia ("attacked the Dogon village of
    // …, the villagers repelled the attack"), else what ACLED calls "<Village>
    // Communal Militia (<Country>)", else an unidentified communal militia.
    // (Unnamed assailants counted as hit are the attackers' own losses.)
    if e.defenders.is_some()
        && a2.as_ref().is_none_or(|x| {
            x.inter == Some(7) || (a1.is_some() && x.camp.as_deref() == Some("unidentified"))
        })
    {
        let (s0, s1) = idx.sentences[e.trigs[0].sentence];
        let own = a1.as_ref().and_then(|x| x.actor_id.clone());
        let people_at = |j: usize| {
            let (end, k) = dict.ethnonym_at(idx.doc.lang(), idx.w, j)?;
            (own.as_deref() != Some(dict.actors[k].id.as_str())).then_some((end, k))
        };
        // The people named with the defenders ("Fulani self-defense", « les jeunes
        // peuls »), else the first the sentence names.
        let (da, db) = e.defenders.unwrap_or((s0, s0));
        let people = (da.saturating_sub(2).max(s0)..da)
            .find_map(|j| people_at(j).filter(|&(end, _)| end == da))
            .or_else(|| (db..(db + 1).min(s1)).find_map(people_at))
            .or_else(|| (s0..s1).find_map(people_at))
            .map(|(_, k)| k);
        let village = place
            .filter(|p| p.feature.as_deref().is_some_and(|f| f.starts_with("P.")))
            .map(|p| p.name.clone());
        let country = country_code.as_deref().and_then(|c| gaz.country_name(c));
        let named = |i: usize| listed(&dict.actors[i]);
        let militia = match (people, village, country) {
            (Some(k), _, _) => Some(named(k)),
            (None, Some(v), Some(c)) => {
                let name = format!("{v} Communal Militia ({c})");
                Some(EventActor {
                    name: name.clone(),
                    inter: Some(4),
                    camp: Some("militia".into()),
                    span: None,
                    actor_id: None,
                    acled_name: Some(name),
                })
            }
            _ => country_code
                .as_deref()
                .and_then(|c| dict.unidentified_of(c, "militia", day))
                .map(named),
        };
        if let Some(m) = militia {
            if let Some(civ) = a2.take() {
                assoc2.push(civ);
            }
            a2 = Some(m);
        }
    }
    // "three MSA combatants were killed in the attack", "killing two GATIA fighters":
    // a group its casualty figures name (not a mere description, nor the attacker or
    // its ally) is what was hit.
    if a2.is_none() {
        let by = a1.as_ref().and_then(|x| x.actor_id.clone());
        let other = |id: &str| {
            by.as_deref()
                .is_none_or(|b| b != id && !dict.same_side(b, id))
        };
        a2 = e
            .casualties
            .iter()
            .find_map(|&k| {
                let q = &idx.doc.quantities[k];
                if !matches!(
                    q.casualty.as_deref(),
                    Some("killed" | "injured" | "kidnapped" | "missing")
                ) {
                    return None;
                }
                idx.doc.actors.iter().position(|m| {
                    q.span.start <= m.span.start
                        && m.span.end <= q.span.end
                        && m.via != "description"
                        && matches!(m.inter, Some(1..=4 | 8))
                        && m.actor_id.as_deref().is_some_and(other)
                })
            })
            .map(actor);
        if let Some(parent) = coalition(&a2) {
            assoc2.insert(0, a2.take().expect("a member"));
            a2 = Some(listed(parent));
        }
    }
    // ("a French soldier was killed": the figure's demonym names whose forces.)
    let alex = res.actor_lex(idx.doc.lang());
    let demonym_in = |k: usize| {
        let (a, b) = idx.range(idx.doc.quantities[k].span);
        (a..b).find_map(|i| {
            alex.get(crate::actor::lex::A::Demonym, idx.w, i)
                .map(|(_, c)| c)
        })
    };
    // ("struck a French armored vehicle", « un véhicule militaire français »: a demonym
    // next to what was hit, in the event's first sentence.)
    let hit_demonym = || {
        let (s0, s1) = idx.sentences[e.trigs[0].sentence];
        let hit = |j: usize| {
            idx.w.words()[j].kind == TokenKind::Word
                && (lex.has(E::Target, idx.w, j) || lex.has(E::Force, idx.w, j))
        };
        (s0..s1).find_map(|i| {
            let (end, c) = alex.get(crate::actor::lex::A::Demonym, idx.w, i)?;
            ((end..(end + 2).min(s1)).any(hit) || (i.saturating_sub(2).max(s0)..i).any(hit))
                .then_some(c)
        })
    };
    // "an IED blast hit a French vehicle", « un véhicule français »: the vehicle of a
    // country whose forces are deployed abroad (France, not a neighbour whose trucks
    // and buses cross the border) is its army's. Only a nationality that qualifies the
    // word hit (right before it, or right after in French), never one further along
    // ("a vehicle of French aid workers").
    let qualified_hit = || {
        let (s0, s1) = idx.sentences[e.trigs[0].sentence];
        let hit = |j: usize| j < s1 && lex.has(E::Target, idx.w, j);
        (s0..s1).find_map(|i| {
            let (end, c) = alex.get(crate::actor::lex::A::Demonym, idx.w, i)?;
            let french = idx.doc.lang() == sitrep_core::Lang::Fr;
            let before = !french && hit(end);
            let after = french && i > s0 && hit(i - 1);
            (before || after).then_some(c)
        })
    };
    if a2.is_none()
        && f.target_civilian == Some(true)
        && sub.event_type == "Explosions/Remote violence"
        && let Some(c) = qualified_hit().filter(|c| Some(*c) != country_code.as_deref())
        && let Some(i) = dict.of_country(c, &["foreign_military"])
    {
        a2 = Some(listed(&dict.actors[i]));
    }
    // A one-sided event's victim is the people, or the state forces, its casualties
    // name ("two soldiers were killed when their vehicle hit a mine").
    // (A demonstration that blocks roads, burns tires or shuts shops has no victim
    // unless it hurts someone: ACLED leaves its actor2 empty.)
    // (Nor is anyone hurt as a protest is broken up: its second side is the force
    // that broke it up, "a schoolboy was killed when police broke up a demonstration".)
    let demonstration = sub.key == "violent_demonstration";
    if a2.is_none()
        && f.target_civilian == Some(true)
        && !matches!(sub.event_type.as_str(), "Battles" | "Protests")
        && (f.hurt || !demonstration)
    {
        a2 = default(&Some("civilians".into()));
    }
    // Shells or a mine that hurt people no word describes ("shelled Gao, killing
    // one"): ACLED codes the people of the place.
    if a2.is_none()
        && f.target_civilian.is_none()
        && e.target_force.is_none()
        && sub.event_type == "Explosions/Remote violence"
        && e.casualties.iter().any(|&k| {
            let q = &idx.doc.quantities[k];
            matches!(q.casualty.as_deref(), Some("killed" | "injured"))
                && matches!(q.counts.as_deref(), None | Some("people"))
        })
    {
        a2 = default(&Some("civilians".into()));
    }
    if a2.is_none()
        && let Some((kind, own)) = e
            .casualties
            .iter()
            .find_map(|&k| {
                let kind = match idx.doc.quantities[k].counts.as_deref() {
                    Some("soldiers" | "troops") => "military",
                    Some("police" | "gendarmes" | "policemen") => "police",
                    Some("peacekeepers") => "mission",
                    _ => return None,
                };
                // (A Bangladeshi or Chadian peacekeeper serves in the mission of the
                // country the event is in, not in one of his own country.)
                Some((kind, demonym_in(k).filter(|_| kind != "mission")))
            })
            // (A crowd that only blocks a road at a checkpoint or burns things at a post
            // hurt nobody there: the post's force is no side through it, unless the
            // crowd turned on people.)
            // (Nor is anything a group's change or an accord hits: « se dissoudre dans
            // une organisation politique et militaire » names no army. Nor what a
            // protest's words name: "a sit-in on the main road through Kati, a garrison
            // town"; its other side is the force that stepped in.)
            .or(e
                .target_force
                .as_deref()
                .filter(|_| {
                    (sub.event_type != "Riots"
                        || e.trigs.iter().any(|x| cb.classes[x.t.class].harm))
                        && sub.event_type != "Protests"
                        && !matches!(sub.key.as_str(), "change_to_group" | "agreement")
                })
                .map(|f| (f, None)))
        && let Some(c) = own
            .or_else(|| hit_demonym().filter(|_| kind != "mission"))
            .or(country_code.as_deref())
        && let Some(i) = dict.of_country(
            c,
            &[
                kind,
                if kind == "military" {
                    "foreign_military"
                } else {
                    kind
                },
            ],
        )
    {
        a2 = Some(listed(&dict.actors[i]));
    }
    // ACLED codes a demonstration's side as "Protesters (country)" or "Rioters
    // (country)", whoever they are ("residents protested", "youths burned tires"):
    // the group named becomes associated, the state that intervened actor2.
    let crowd = sub
        .default_actor1
        .as_deref()
        .filter(|c| matches!(*c, "protesters" | "rioters"));
    if let Some(crowd) = crowd {
        let want = if crowd == "protesters" { 6 } else { 5 };
        let is_crowd = |a: &Option<EventActor>| a.as_ref().is_some_and(|x| x.inter == Some(want));
        // (The crowd of the other kind is the same crowd: "clashes between security
        // forces and protesters" is a riot whose rioters are the protesters.)
        let other_crowd =
            |a: &Option<EventActor>| a.as_ref().is_some_and(|x| matches!(x.inter, Some(5 | 6)));
        let force = |a: &Option<EventActor>| {
            a.as_ref()
                .is_some_and(|x| matches!(x.inter, Some(1 | 2 | 3 | 4 | 8)))
        };
        if !is_crowd(&a1) {
            if is_crowd(&a2) {
                std::mem::swap(&mut a1, &mut a2);
            } else if other_crowd(&a2) && force(&a1) {
                let named = a2.take();
                let span = named.as_ref().and_then(|x| x.span);
                a2 = a1.take();
                a1 = default(&sub.default_actor1).map(|x| EventActor { span, ..x });
                // (Associated, as a crowd named first would be.)
                assoc1.extend(named);
            } else {
                let named = a1.take();
                a1 = default(&sub.default_actor1);
                match named {
                    Some(x) if matches!(x.inter, Some(1 | 2 | 3 | 4 | 8)) && a2.is_none() => {
                        a2 = Some(x)
                    }
                    // (Civilians the force acted on are the crowd itself: "police fired
                    // tear gas to disperse residents who had blocked the road to
                    // protest".)
                    Some(x)
                        if matches!(x.inter, Some(1 | 2 | 3 | 4 | 8))
                            && a2.as_ref().is_some_and(|y| y.inter == Some(7)) =>
                    {
                        assoc1.extend(a2.take());
                        a2 = Some(x)
                    }
                    Some(x) if x.inter == Some(7) || x.inter == Some(5) || x.inter == Some(6) => {
                        assoc1.push(x)
                    }
                    Some(x) => assoc1.push(x),
                    None => {}
                }
            }
        }
    }
    // A demonstration met by the state: its other side is the state force its sentences
    // name ("protested…, security forces intervened"), and a force named generically is
    // the police, as ACLED codes it. (A peaceful rally "in support of the armed forces"
    // has no other side.)
    let met = sub.event_type == "Riots"
        || sub.name.contains("intervention")
        || sub.name.contains("force");
    if met && crowd.is_some() {
        // (Not the force that tells it: "…, police said", « …, a-t-on appris de la
        // police ».)
        let told = |k: usize| {
            let (s, _) = idx.actors[k];
            e.sentences.contains(&idx.sentence_of(s))
                && !idx
                    .doc
                    .claims
                    .iter()
                    .any(|c| c.by.span == Some(idx.doc.actors[k].span))
        };
        // A force named only in what the crowd is about ("burned tires in protest
        // against security forces' crackdown", "furious about the death of a national
        // guard") is no side, unless it is said to act right after ("against the
        // police, who fired tear gas").
        let about = |k: usize| {
            let (a, b) = idx.actors[k];
            // ("was dispersed by police forces": the agent of an intervention acts.)
            let acts = (a.saturating_sub(3)..(b + 6).min(idx.w.len())).any(|j| {
                lex.get(E::Modifier, idx.w, j)
                    .is_some_and(|(_, v)| v == "intervention" || v == "force")
                    || lex.has(E::Fightback, idx.w, j)
            });
            !acts
                && (a.saturating_sub(12)..a).any(|j| {
                    idx.w.same_sentence(j, a)
                        && [E::Topic, E::Reason].into_iter().any(|kind| {
                            lex.get(kind, idx.w, j).is_some_and(|(ce, _)| {
                                // (Within its clause, before the main verb: "youths
                                // furious over an arrest stoned the police".)
                                ce <= a
                                    && !(ce..a).any(|x| {
                                        matches!(idx.w.norm(x), "," | ";")
                                            || lex.trigger(idx.w, idx.doc.text(), x).is_some()
                                    })
                            })
                        })
                })
        };
        // (A crowd is no side of its own riot when a force faces it: "clashes erupted
        // with security forces…, several protesters were wounded". A crowd that another
        // attacks is: "youths attacked protesters".)
        let force_told = || {
            (0..idx.actors.len())
                .any(|k| idx.doc.actors[k].inter == Some(1) && told(k) && !about(k))
        };
        if a2.as_ref().is_some_and(|x| matches!(x.inter, Some(5 | 6))) && force_told() {
            let span = a2.take().and_then(|x| x.span);
            if let Some(x) = a1.as_mut().filter(|x| x.span.is_none()) {
                x.span = span;
            }
        }
        let named = a2
            .as_ref()
            .and_then(|x| x.span)
            .and_then(|s| idx.doc.actors.iter().position(|m| m.span == s));
        if named.is_some_and(about) {
            a2 = None;
        }
        let mention = named.filter(|&k| !about(k)).or_else(|| {
            a2.is_none()
                .then(|| {
                    (0..idx.actors.len())
                        .find(|&k| idx.doc.actors[k].inter == Some(1) && told(k) && !about(k))
                })
                .flatten()
        });
        if let Some(k) = mention {
            let (s, end) = idx.actors[k];
            let generic = (s..end.min(s + 2)).any(|j| {
                lex.get(E::CrowdForce, idx.w, j)
                    .is_some_and(|(e2, _)| e2 == end)
            });
            let police = country_code
                .as_deref()
                .and_then(|c| dict.of_country(c, &["police"]));
            a2 = match (generic, police) {
                (true, Some(i)) => Some(EventActor {
                    span: Some(idx.doc.actors[k].span),
                    ..listed(&dict.actors[i])
                }),
                _ => Some(actor(k)),
            };
        }
    }
    // "French air strikes", "Malian airstrikes killed", « des frappes aériennes
    // françaises »: a nationality on the noun of an air strike or shelling names whose
    // forces struck, over a subject read across a clause ("Islamists flee Gao under
    // French air strikes", who then are the side struck).
    let struck_by = (|| {
        // (Only from afar: "Malian ambush kills 20 soldiers" names where, not who.)
        let class = cb.classes[t.t.class].key.as_str();
        if !t.t.noun || !matches!(class, "airstrike" | "bombard" | "shelling") {
            return None;
        }
        let demonym = |i: usize| alex.get(crate::actor::lex::A::Demonym, idx.w, i);
        let c = if idx.doc.lang() == sitrep_core::Lang::Fr {
            demonym(t.b).map(|(_, c)| c)
        } else {
            (t.a.saturating_sub(2)..t.a)
                .find_map(|i| demonym(i).filter(|&(end, _)| end == t.a).map(|(_, c)| c))
        }?;
        dict.of_country(c, &["military", "foreign_military"])
    })();
    // "Air strikes near Markoye neutralised some fifteen assailants", « des frappes
    // aériennes ont visé… » with no one named: aircraft are the state's, its military
    // struck.
    // (Not when a state's forces were struck: "a drone strike on a Malian army base".)
    let struck_by = struck_by.or_else(|| {
        (a1.is_none()
            && sub.key == "air_drone_strike"
            && a2.as_ref().is_none_or(|x| x.inter != Some(1))
            && e.target_force.is_none())
        .then(|| dict.of_country(country_code.as_deref()?, &["military"]))
        .flatten()
    });
    if let Some(m) = struck_by.map(|i| &dict.actors[i])
        && a1.as_ref().and_then(|x| x.actor_id.as_deref()) != Some(m.id.as_str())
    {
        let before = a1.replace(listed(m));
        if a2.is_none()
            && let Some(x) = before
            && !x
                .actor_id
                .as_deref()
                .is_some_and(|id| dict.same_side(id, &m.id))
        {
            a2 = Some(x);
        }
    }
    // "Katiba Macina militants or Fulani militiamen killed", « des jihadistes ou des
    // miliciens peuls »: alternative authors of different camps leave the author
    // unknown, an unidentified armed group as ACLED codes it (of one camp, "ISGS or JNIM
    // militants", the first named stands). So on either side ("clashed with Katiba
    // Macina militants or Fulani militiamen").
    // (Armed parties only: "killed 12 soldiers or civilians" names victims, not
    // alternative authors.)
    let armed = |k: usize| {
        idx.doc.actors[k].camp.is_some() && matches!(idx.doc.actors[k].inter, Some(1..=4 | 8))
    };
    // (Either of the two may have been read as the author: « des jihadistes ou des
    // miliciens peuls ont tué » reads the second.)
    let alternatives = |k: usize, k2: usize| {
        let b = idx.actors[k].1;
        let a = idx.actors[k2].0;
        b < idx.w.len()
            && matches!(idx.w.norm(b), "or" | "ou")
            && a > b
            && a <= b + 3
            && (b + 1..a).all(|j| {
                matches!(
                    idx.w.norm(j),
                    "suspected" | "presumed" | "alleged" | "des" | "de" | "d" | "presumes"
                )
            })
            && armed(k2)
            && idx.doc.actors[k].camp != idx.doc.actors[k2].camp
    };
    let uncertain = |k: Option<usize>| {
        let Some(k) = k.filter(|&k| armed(k)) else {
            return false;
        };
        (0..idx.actors.len()).any(|k2| alternatives(k, k2) || alternatives(k2, k) && armed(k2))
    };
    let unidentified = || {
        let i = dict.of_country(country_code.as_deref()?, &["unidentified"])?;
        Some(listed(&dict.actors[i]))
    };
    if a1.is_some() && uncertain(e.a1) {
        a1 = unidentified().or(a1);
    }
    if a2.is_some() && uncertain(e.a2) {
        a2 = unidentified().or(a2);
    }
    // "six people were killed by Fulani", "attacked by alleged Fulani", « tués par des
    // Peuls »: a people named as the agent stands for its militia.
    if a1.is_none() {
        let (s0, s1) = idx.sentences[t.sentence];
        // (Right after one of its triggers: "supported by Tuaregs" is no agent.)
        let agent_of_trigger = |j: usize| e.trigs.iter().any(|x| x.b <= j && j - x.b <= 2);
        // (Only the words from the first trigger's end to two past the last's can be.)
        let from = e.trigs.iter().map(|x| x.b).min().map_or(s1, |b| b.max(s0));
        let to = e
            .trigs
            .iter()
            .map(|x| x.b + 3)
            .max()
            .map_or(s1, |b| b.min(s1));
        a1 = (from..to.max(from)).find_map(|j| {
            if !matches!(idx.w.norm(j), "by" | "par") || !agent_of_trigger(j) {
                return None;
            }
            let k = (j + 1..s1)
                .find(|&k| {
                    !matches!(
                        idx.w.norm(k),
                        "alleged" | "suspected" | "presumed" | "presumably" | "des" | "présumés"
                    )
                })
                .unwrap_or(s1);
            let (_, m) = dict.ethnonym_at(idx.doc.lang(), idx.w, k)?;
            Some(listed(&dict.actors[m]))
        });
    }
    // "Tuaregs raided a settlement", "a group of suspected Tuaregs attacked", « des
    // Peuls ont attaqué le village »: a people named as the subject of a violent deed
    // of its own (an active verb, at most an auxiliary between) stands for its militia.
    if a1.is_none()
        && matches!(
            sub.event_type.as_str(),
            "Battles" | "Violence against civilians"
        )
        && let head = e.trigs[0]
        && !head.t.noun
        && !head.t.subj_a2
        && !head.t.subj_target
    {
        let w = idx.w;
        let (s0, _) = idx.sentences[head.sentence];
        let aux = |k: usize| {
            matches!(
                w.norm(k),
                "have" | "has" | "had" | "reportedly" | "allegedly" | "also" | "ont" | "auraient"
            )
        };
        // What may open the subject: the sentence's start, a determiner, "a group of".
        let opens = |j: usize| {
            let mut k = j;
            while k > s0
                && (matches!(
                    w.norm(k - 1),
                    "suspected" | "alleged" | "presumed" | "armed" | "presumes" | "armes"
                ) || w.words()[k - 1].cap && k - 1 > s0)
            {
                k -= 1;
            }
            k == s0
                || matches!(w.norm(k - 1), "the" | "some" | "des" | "les" | "de")
                || w.norm(k - 1) == "of"
                    && k >= 2
                    && matches!(w.norm(k - 2), "group" | "band" | "gang")
        };
        // (Not a participle that tells what they underwent: "Fulani killed in an
        // attack", « des Peuls tués lors d'une attaque »; nor a deed denied.)
        let undergone = head.b >= w.len()
            || !w.same_sentence(head.a, head.b)
            || match idx.doc.lang() {
                sitrep_core::Lang::Fr => matches!(
                    w.norm(head.b),
                    "lors" | "pres" | "dans" | "a" | "par" | "pendant" | "apres" | "personne"
                ),
                _ => matches!(
                    w.norm(head.b),
                    "in" | "near"
                        | "at"
                        | "during"
                        | "by"
                        | "on"
                        | "after"
                        | "while"
                        | "when"
                        | "last"
                        | "no"
                        | "nobody"
                ),
            }
            || matches!(w.norm(head.b), "," | "." | ";" | ":");
        a1 = (s0..head.a).find_map(|j| {
            let (end, m) = dict.ethnonym_at(idx.doc.lang(), w, j)?;
            ((end..head.a).all(aux) && head.a - end <= 2 && opens(j) && !undergone)
                .then(|| listed(&dict.actors[m]))
        });
    }
    // "clashes between Fulani herders and Bambara farmers", « entre éleveurs peuls et
    // … »: a people's civilians as the first side of a battle fought as its militia,
    // as the second side below ("exchanged gunfire with Dogon villagers").
    if sub.event_type == "Battles"
        && let Some(k) = e.a1
        && a1
            .as_ref()
            .is_some_and(|x| x.inter == Some(7) && x.actor_id == idx.doc.actors[k].actor_id)
        && let (s, b) = idx.actors[k]
        && let Some(m) = (s..b)
            .find_map(|j| dict.ethnonym_at(idx.doc.lang(), idx.w, j))
            .map(|(_, m)| &dict.actors[m])
        && a2.as_ref().and_then(|x| x.actor_id.as_deref()) != Some(m.id.as_str())
    {
        assoc1.insert(0, a1.take().expect("checked"));
        a1 = Some(listed(m));
    }
    let w = idx.w;
    let own_id = a1.as_ref().and_then(|x| x.actor_id.clone());
    // Not the first side, nor its ally.
    let other_side = |id: Option<&str>| {
        id != own_id.as_deref()
            && !own_id
                .as_deref()
                .is_some_and(|o| id.is_some_and(|id| dict.same_side(o, id)))
    };
    // One group fighting itself ("two soldiers opened fire on each other", "clashes
    // between students", « des affrontements entre jeunes »): it is both sides. The
    // reciprocal words follow the deed in its clause; "between" names no second side
    // anywhere in the sentence.
    let head = e.trigs[0];
    let said = || {
        (head.b..(head.b + 6).min(w.len()))
            .take_while(|&j| w.same_sentence(j, head.a) && !matches!(w.norm(j), "," | ";"))
            .any(|j| lex.has(E::Reciprocal, w, j))
    };
    let between_one = || {
        e.a1.is_some_and(|k| {
            let (a, b) = idx.actors[k];
            (a.saturating_sub(2)..a)
                .any(|j| matches!(w.norm(j), "between" | "entre" | "among" | "parmi"))
                && !(b..w.len())
                    .take_while(|&j| w.same_sentence(j, a))
                    .any(|j| matches!(w.norm(j), "and" | "et" | "&" | "with" | "avec"))
        })
    };
    let reciprocal = a1
        .as_ref()
        .is_some_and(|x| a2.as_ref().is_none_or(|y| y.actor_id == x.actor_id))
        && matches!(sub.event_type.as_str(), "Battles" | "Riots")
        && (said() || between_one());
    if reciprocal {
        a2 = a1.clone();
    }
    // "JNIM militants attacked a convoy…, three assailants killed": unnamed assailants
    // counted among the dead of a named group's attack are its own losses, not the
    // other side.
    if sub.event_type == "Battles"
        && a1
            .as_ref()
            .is_some_and(|x| x.span.is_some() && x.camp.as_deref() != Some("unidentified"))
        && let Some(k) = e.a2
        && a2
            .as_ref()
            .is_some_and(|x| x.actor_id == idx.doc.actors[k].actor_id)
        && idx.doc.actors[k].camp.as_deref() == Some("unidentified")
        && idx.doc.actors[k].via == "description"
        && e.casualties.iter().any(|&q| {
            let q = &idx.doc.quantities[q];
            let m = &idx.doc.actors[k];
            q.span.start <= m.span.start && m.span.end <= q.span.end
        })
    {
        a2 = None;
    }
    // "attacks by JNIM militants targeting FAMa positions …, 2 soldiers killed",
    // "attacked the prosecutor's residence; a guard returned fire": a battle has two
    // armed sides; when syntax finds one, the other armed group its sentences name is
    // the other.
    // (So has a strike by state or foreign forces: "French forces carried out an
    // airstrike, in coordination with the Malian army, against a gathering of JNIM
    // militants" hit the armed group, not the ally.)
    // (Civilians counted among the hurt, and no fighter: "including 2 peacekeepers and
    // 1 civilian" hit the force.)
    let (hurt_armed, hurt_civilian, hurt_people) = toll_kinds(idx, lex, e, &["killed", "injured"]);
    let civilians_counted = hurt_civilian && !hurt_armed;
    let remote = sub.event_type == "Explosions/Remote violence";
    let state_strike = remote && a1.as_ref().is_some_and(|x| matches!(x.inter, Some(1 | 8)));
    // (And a mine or shells of an armed group, named or not, hit the armed party their
    // own sentence names, unless the toll counts civilians or people and no fighter:
    // "an IED hit a vehicle carrying MSA militiamen", "fired shells at the camp that
    // harbors MINUSMA peacekeepers".)
    if a2.is_none()
        && (sub.event_type == "Battles" && a1.is_some()
            || state_strike
            || remote && (hurt_armed || !hurt_civilian && !hurt_people))
    {
        // (A mine or shells of an armed group: only what its own sentence names, not a
        // fight told in passing after it.)
        let first = e.trigs[0].sentence;
        let own_sentence = |s: usize| state_strike || sub.event_type == "Battles" || s == first;
        // (Not who reports it: "MINUSMA reported clashes", "authorities said",
        // "according to the army".)
        // (A battle's source may be a side: "according to the army, which said it
        // repelled the assault".)
        let speaks = |k: usize| {
            idx.cue.get(idx.actors[k].1).copied().unwrap_or(false)
                || remote
                    && idx
                        .doc
                        .claims
                        .iter()
                        .any(|c| c.by.span == Some(idx.doc.actors[k].span))
        };
        let foe = |k: usize| {
            let m = &idx.doc.actors[k];
            let armed = if state_strike {
                matches!(m.inter, Some(2..=4))
            } else {
                matches!(m.inter, Some(1..=4 | 8))
            };
            // ("rockets fired by JNIM or ISGS militants": an alternative author is on
            // its side; not one joined by "and", who may be its foe: « l'EIGS et le
            // JNIM se sont affrontés ».)
            let joined = e.a1.is_some_and(|j| {
                let (b, a) = (idx.actors[j].1, idx.actors[k].0);
                b < a
                    && a - b <= 3
                    && (b..a).any(|x| matches!(w.norm(x), "or" | "ou" | "/"))
                    && (b..a).all(|x| {
                        matches!(
                            w.norm(x),
                            "or" | "ou" | "/" | "the" | "l" | "le" | "la" | "les"
                        )
                    })
            });
            armed
                && m.actor_id.is_some()
                && other_side(m.actor_id.as_deref())
                && !speaks(k)
                && !joined
        };
        a2 = e
            .sentences
            .iter()
            .filter(|&&s| own_sentence(s))
            .find_map(|&s| {
                (0..idx.actors.len()).find(|&k| idx.sentence_of(idx.actors[k].0) == s && foe(k))
            })
            .map(actor);
    }
    // "a vehicle hit an explosive device near the MINUSMA camp and two civilians were
    // injured": a force named where a mine or shells struck is no victim when the
    // casualties counted are civilians.
    let near = |k: usize| {
        let a = idx.actors[k].0;
        // ("near the MINUSMA camp", « près du camp de la MINUSMA »: the word governs
        // the mention, only determiners and what was hit between them.)
        (a.saturating_sub(5)..a).any(|j| {
            idx.w.same_sentence(j, a)
                && matches!(
                    idx.w.norm(j),
                    "near" | "outside" | "pres" | "proximite" | "abords"
                )
                && (j + 1..a).all(|x| {
                    matches!(
                        idx.w.norm(x),
                        "the" | "a" | "an" | "du" | "de" | "d" | "la" | "le" | "les" | "l" | "des"
                    ) || lex.has(E::Target, idx.w, x)
                        || lex.has(E::Force, idx.w, x)
                })
        })
    };
    if sub.event_type == "Explosions/Remote violence"
        && civilians_counted
        && a2
            .as_ref()
            .and_then(|x| x.span)
            .and_then(|s| idx.doc.actors.iter().position(|m| m.span == s))
            .is_some_and(near)
    {
        a2 = default(&Some("civilians".into()));
    }
    // "attacked the Fulani village of Bombou … amidst exchanges of gunfire", « le
    // village dogon de Toumpou »: in a battle whose other side goes unnamed, the people
    // of the settlement hit fought back as that people's militia, as ACLED codes
    // villagers who return fire. (Only a people qualifying a settlement after the deed
    // or named as a side, not one mentioned in passing: "most residents are Fulani".)
    if a2.is_none() && sub.event_type == "Battles" {
        let first = e.trigs.iter().map(|x| x.a).min().unwrap_or(0);
        let french = idx.doc.lang() == sitrep_core::Lang::Fr;
        a2 = e.sentences.iter().find_map(|&s| {
            let (s0, s1) = idx.sentences[s];
            (s0.max(first)..s1).find_map(|j| {
                let (end, m) = dict.ethnonym_at(idx.doc.lang(), w, j)?;
                let settled = if french {
                    j > s0 && lex.has(E::Settlement, w, j - 1)
                } else {
                    end < s1 && lex.has(E::Settlement, w, end)
                };
                // ("between the militiamen and Dogon villagers", "clashed with Fulanis":
                // a people named as a side.)
                let side = (j.saturating_sub(2).max(s0)..j).any(|x| {
                    matches!(
                        w.norm(x),
                        "and"
                            | "&"
                            | "between"
                            | "with"
                            | "against"
                            | "et"
                            | "entre"
                            | "avec"
                            | "contre"
                    )
                });
                let m = &dict.actors[m];
                ((settled || side) && other_side(Some(m.id.as_str()))).then(|| listed(m))
            })
        });
    }
    // Nobody named on either side of a battle ("an exchange of fire was reported",
    // "gunshots were heard"): ACLED codes unidentified groups on both sides.
    let unnamed_battle = sub.event_type == "Battles"
        && a1.is_none()
        && a2.is_none()
        && !(0..idx.actors.len()).any(|k| {
            e.sentences.contains(&idx.sentence_of(idx.actors[k].0))
                && matches!(idx.doc.actors[k].inter, Some(1..=4 | 8))
        });
    // "exchanged gunfire with Dogon villagers": a people's civilians on a side of a
    // battle fought as its militia.
    if sub.event_type == "Battles"
        && let Some(k) = e.a2
        && a2
            .as_ref()
            .is_some_and(|x| x.inter == Some(7) && x.actor_id == idx.doc.actors[k].actor_id)
    {
        let (s, b) = idx.actors[k];
        if let Some(m) = (s..b)
            .find_map(|j| dict.ethnonym_at(idx.doc.lang(), w, j))
            .map(|(_, m)| &dict.actors[m])
            .filter(|m| other_side(Some(m.id.as_str())))
        {
            assoc2.extend(a2.take());
            a2 = Some(listed(m));
        }
    }
    if a1.is_none() {
        a1 = default(&sub.default_actor1);
    }
    if sub.always_default_actor2
        && let Some(d) = default(&sub.default_actor2)
        && a2.as_ref().and_then(|x| x.actor_id.as_deref()) != d.actor_id.as_deref()
    {
        if let Some(named) = a2.take() {
            assoc2.insert(0, named);
        }
        a2 = Some(d);
    }
    if a2.is_none() {
        a2 = default(&sub.default_actor2);
    }
    // A crowd on the receiving end of what is neither a riot nor a protest ("gunmen
    // threatened locals") is civilians, as ACLED codes them.
    if !matches!(sub.event_type.as_str(), "Riots" | "Protests")
        && a2.as_ref().is_some_and(|x| matches!(x.inter, Some(5 | 6)))
        && let Some(civ) = default(&Some("civilians".into()))
    {
        if let Some(named) = a2.take() {
            assoc2.insert(0, named);
        }
        a2 = Some(civ);
    }
    // (`take` empties actor2 whoever it is; civilians named stay as associates.)
    if sub.no_actor2
        && let Some(x) = a2.take()
        && x.inter == Some(7)
    {
        assoc1.push(x);
    }
    // A group's change is its own: the authorities fighters surrender to or a
    // ceremony's host are no side of it (ACLED names a second side only for a group
    // joined or left).
    if sub.key == "change_to_group" && a2.as_ref().is_some_and(|x| x.inter == Some(1)) {
        a2 = None;
    }
    // Nor do civilians undergo a group's change, a base set up or weapons seized ("the
    // governor thanked the population", « les habitants ont signalé la cache »): ACLED
    // names only a party there.
    if matches!(
        sub.key.as_str(),
        "change_to_group" | "hq_established" | "disrupted_weapons"
    ) && a2.as_ref().is_some_and(|x| x.inter == Some(7))
    {
        a2 = None;
    }
    if one_side(&a1, &a2) && !unnamed_battle && !reciprocal {
        a2 = None;
    }
    let date = e.time.map(|k| {
        let tm: &TimeMention = &idx.doc.times[k];
        // An open interval ("since the night of November 3 to 4") keeps its open end:
        // the time stage leaves `end` empty for it.
        EventDate {
            value: tm.value.clone(),
            start: tm.start,
            end: tm.end,
            precision: tm.precision,
            span: Some(tm.span),
        }
    });
    // Undated, but told inside a dated statement ("the army said on Sunday that it had
    // retaken Léré", « le JNIM a affirmé dimanche avoir tué »): by that day at the
    // latest, the day ACLED codes.
    let date = date.or_else(|| {
        e.claims.iter().find_map(|&ci| {
            let c = &idx.doc.claims[ci];
            let said = c.said_on_span?;
            let inside = told_in(idx, c, e);
            let tm = idx.doc.times.iter().find(|t| t.span == said)?;
            (inside && tm.start.is_some()).then(|| EventDate {
                value: tm.value.clone(),
                start: tm.start,
                end: tm.end,
                precision: tm.precision.max(2),
                span: Some(tm.span),
            })
        })
    });
    let date = date.or_else(|| {
        // Nothing says when: the day the dispatch was written, its dateline's (at most a
        // week before publication), else the report's date, as ACLED would code an
        // undated report.
        let written = idx.dateline.map(|k| &idx.doc.times[k]).filter(|tm| {
            tm.start
                .is_some_and(|d| published.is_none_or(|p| (0..=7).contains(&days_between(d, p))))
        });
        match written {
            Some(tm) => Some(EventDate {
                value: tm.value.clone(),
                start: tm.start,
                end: tm.end,
                precision: 2,
                span: Some(tm.span),
            }),
            None => published.map(|d| EventDate {
                value: d.to_string(),
                start: Some(d),
                end: Some(d),
                precision: 2,
                span: None,
            }),
        }
    });
    let location = place.map(|p| EventLocation {
        name: p.name.clone(),
        geonames_id: p.geonames_id,
        lat: p.lat,
        lon: p.lon,
        country: p.country.clone(),
        admin1: p.admin1.clone(),
        admin2: p.admin2.clone(),
        geo_precision: p.geo_precision,
        offset: p.offset.clone(),
        span: Some(p.span),
    });
    // What is dated after the report has not happened yet ("withdraw by the end of the
    // year"): an aim or a forecast.
    let future = match (date.as_ref().and_then(|d| d.start), published) {
        (Some(s), Some(p)) => s > p && date.as_ref().is_some_and(|d| d.span.is_some()),
        _ => false,
    };
    // A toll counted over months up to now ("More than 50 peacekeepers have been killed
    // this year", « depuis le début de l'année, 30 casques bleus ont été tués »): a
    // tally of many events, none of them told.
    let tally = e.trigs.iter().all(|t| cb.classes[t.t.class].outcome)
        && e.time.is_some_and(|k| {
            let tm = &idx.doc.times[k];
            let reach = tm.end.or(published);
            match (tm.start, reach, published) {
                (Some(a), Some(b), Some(p)) => days_between(a, b) > 60 && b >= p,
                _ => false,
            }
        });
    // A state of things that has lasted for over a month ("JNIM has imposed a blockade
    // on the city since August", « occupe la ville depuis mars »): the report's
    // background, not what it tells; so is violence done to people or by devices since
    // then ("documented 23 cases of sexual violence in the region since January", «
    // enlevées dans le département depuis janvier »), many deeds none of them told. (A
    // fight or a sit-in "since" is still going on: "Fighting has continued in Boni since
    // October 1"; but not one waged for over a season: "Since March, the jihadists have
    // waged an offensive across the region, killing hundreds" in August sums it up.)
    let lasting = sub.event_type != "Protests"
        && date.as_ref().is_some_and(|d| {
            let over = if sub.event_type == "Battles" { 92 } else { 31 };
            d.span.is_some()
                && d.end.is_none()
                && d.start
                    .zip(published)
                    .is_some_and(|(a, p)| days_between(a, p) > over)
        });
    let background = e.unreal
        || future
        || tally
        || lasting
        || match (date.as_ref().and_then(|d| d.end.or(d.start)), published) {
            (Some(end), Some(p)) => {
                p.year() as i32 - end.year() as i32 >= 2 || days_between(end, p) > 366
            }
            _ => false,
        };
    EventMention {
        event_type: sub.event_type.clone(),
        sub_event_type: sub.name.clone(),
        date,
        location,
        actor1: a1,
        assoc_actor_1: assoc1,
        actor2: a2,
        assoc_actor_2: assoc2,
        fatalities: fatalities(idx, lex, res.claim_lex(idx.doc.lang()), cb, e),
        casualties: e.casualties.clone(),
        claims: e
            .claims
            .iter()
            .map(|&c| idx.doc.claims[c].clone())
            .collect::<Vec<Claim>>(),
        background,
        evidence: e.evidence.clone(),
    }
}

/// A report tells its news to the day; what it dates to a year that was over before
/// that day, or to a day or a month over more than a month before it, is its backstory
/// ("Three soldiers were killed on Monday … several civilian vehicles were also hit last
/// year", « En juillet, les rebelles avaient attaqué … » in October, "On July 30,
/// protesters attacked the French embassy" under a sit-in of September 2), not news of
/// its own: the ledger has it from the reports of its day. (Last month's meeting is
/// still news.) The news is the most salient event dated to a day (or a week) by the
/// text, or by the day it was told ("announced on Saturday that they had dissolved").
fn older_than_the_news(evs: &[Ev], out: &mut [(f64, EventMention)]) {
    let news = out
        .iter()
        .filter(|(_, m)| !m.background)
        .filter_map(|(s, m)| {
            let d = m.date.as_ref()?;
            (d.precision <= 2 && d.span.is_some()).then_some((*s, d.start?))
        })
        .max_by(|x, y| x.0.total_cmp(&y.0))
        .map(|(_, day)| day);
    let Some(day) = news else {
        return;
    };
    for (e, (s, m)) in evs.iter().zip(out.iter_mut()) {
        let older = !m.background
            && m.date.as_ref().is_some_and(|d| {
                // (A year or a season over before the news is over for good: "In 2022,
                // dozens of trucks were torched" in January 2023.)
                let long = d
                    .start
                    .zip(d.end)
                    .is_some_and(|(a, b)| days_between(a, b) > 62);
                // (A month over before the news's month began is over too for violence,
                // reported as it happens: "In July, JNIM fighters attacked Kati" under an
                // attack of August 28. Not for a development, which may come out later:
                // "their last secret meeting … dates back to October" is news.)
                let violence = matches!(
                    m.event_type.as_str(),
                    "Battles" | "Violence against civilians" | "Explosions/Remote violence"
                );
                let month = violence
                    && d.start.zip(d.end).is_some_and(|(a, b)| {
                        days_between(a, b) >= 27
                            && (b.year(), b.month()) < (day.year(), day.month())
                    });
                // (So is a week over before the news's week began: "seized power last week"
                // under marches of Monday.)
                let week = d.start.zip(d.end).is_some_and(|(a, b)| {
                    let (x, y) = (b.iso_week_date(), day.iso_week_date());
                    days_between(a, b) == 6 && (x.year(), x.week()) < (y.year(), y.week())
                });
                d.span.is_some()
                    && d.end.is_some_and(|end| {
                        end < day && (long || month || week || days_between(end, day) > 31)
                    })
            });
        if older {
            m.background = true;
            *s = salience(e, m);
        }
    }
}

fn days_between(a: Date, b: Date) -> i64 {
    b.since(a).map(|s| s.get_days() as i64).unwrap_or(0)
}

/// Days from the start of time mention `earlier` to the start of `later`, when both
/// have one.
fn days_from(idx: &Idx, earlier: usize, later: usize) -> Option<i64> {
    let (a, b) = (idx.doc.times[earlier].start?, idx.doc.times[later].start?);
    Some(days_between(a, b))
}

/// Casualties as stated: totals of the figures that are not parts of another or out of
/// a total; a toll stated as unknown stays `null`, "no casualties" is 0.
fn fatalities(idx: &Idx, lex: &EventLex, clex: &ClaimLex, cb: &Codebook, e: &Ev) -> Fatalities {
    let mut f = Fatalities::default();
    let w = idx.w;
    let casualties: Vec<usize> = e
        .casualties
        .iter()
        .copied()
        .filter(|&k| !answered(idx, lex, k))
        .collect();
    let civilian = |q: &sitrep_core::records::Quantity| {
        matches!(
            q.counts.as_deref(),
            Some("civilians" | "children" | "women" | "villagers" | "residents")
        )
    };
    // Who a figure counts, coarsely: figures of different sides add up ("8 soldiers
    // were killed. 10 assailants died."); figures of the same side told in different
    // sentences are other accounts of one toll ("12 killed, local sources said"; "14
    // civilians died, the CSP-PSD said"): the largest stands, and the fusion stage
    // keeps each source's figure. A figure naming nobody ("12 killed") is any side.
    // ("killing 31 of them", « neutralisant 31 d'entre eux »: a figure of "them" right
    // after the deed's verb counts its object, actor2's side.)
    let of_them = |k: usize| {
        let (a, b) = idx.quants[k];
        a > 0
            && (b..(b + 4).min(w.len()))
                .find(|&i| {
                    !matches!(
                        w.norm(i),
                        "of" | "among" | "d" | "de" | "'" | "’" | "entre" | "parmi"
                    )
                })
                .is_some_and(|i| i > b && matches!(w.norm(i), "them" | "eux" | "elles"))
            && lex
                .trigger(w, idx.doc.text(), a - 1)
                .is_some_and(|(_, t)| cb.classes[t.class].outcome || t.kills)
    };
    // (Only with words that say so: "the army said the attack left 25 dead" counts
    // everyone.) Near the figure, or opening its sentence: « Côté ami, le bilan
    // provisoire fait état de cinq morts », "On our side, the toll is five dead".
    // (Not a death told by the word itself: "lost their lives", « ont perdu la vie »,
    // a trigger, names no teller's side.)
    let own_losses = |k: usize| {
        let (a, b) = idx.quants[k];
        (a.saturating_sub(6)..(b + 6).min(w.len())).any(|i| {
            w.same_sentence(i, a)
                && lex.has(E::OwnLosses, w, i)
                && lex.trigger(w, idx.doc.text(), i).is_none()
        }) || {
            let s0 = idx.sentences[idx.sentence_of(a.min(w.len() - 1))].0;
            lex.get(E::OwnLosses, w, s0)
                .is_some_and(|(e, _)| e < a && w.norm(e) == ",")
        }
    };
    let sentence = |k: usize| idx.sentence_of(idx.quants[k].0.min(idx.w.len() - 1));
    // [side][what]: the largest per-sentence sum; what: killed, injured, civilians
    // killed, children killed.
    let mut best = [[None::<u32>; 4]; 4];
    // The largest total of one sentence, all sides together ("1 dead, 1 aggressor dead").
    let mut whole_sentence = [None::<u32>; 4];
    // "local officials put the toll at 31, while the government said 12 people had been
    // killed": within a sentence, figures set against each other by a conjunction and
    // told in different sources' words are other accounts of one toll too, like figures
    // of different sentences. (Not figures of different sides, nor sources that each
    // count their own dead joined by a comma: "JNIM admits 1 dead, local observers
    // reported 1 FAMa killed".)
    // The claim that tells figure `k`.
    let claim_of = |k: usize| {
        let sp = idx.doc.quantities[k].span;
        idx.doc
            .claims
            .iter()
            .find(|c| c.span.start <= sp.start && sp.end <= c.span.end)
    };
    let account = |k: usize| -> Option<&str> { claim_of(k).map(|c| c.by.name.as_str()) };
    // The side a source counts when its figure names nobody: its own ("an army source
    // acknowledged four dead", « l'armée fait état de trois morts »).
    let own_side =
        |k: usize| -> usize { camp_side(claim_of(k).and_then(|c| c.by.camp.as_deref())) };
    // "The CMA said it lost 6 fighters, while 12 people were killed overall": a toll
    // told as the whole (a word of E::Overall within a few words of it, its clause not
    // left) is the sentence's total; the other figures are parts of it.
    let overall = |k: usize| {
        let (a, b) = idx.quants[k];
        let clause = |i: &usize| w.same_sentence(*i, a) && !matches!(w.norm(*i), "," | ";");
        (b..(b + 6).min(w.len()))
            .take_while(clause)
            .any(|i| lex.has(E::Overall, w, i))
            || (a.saturating_sub(3)..a).any(|i| {
                w.same_sentence(i, a)
                    && lex
                        .get(E::Overall, w, i)
                        .is_some_and(|(e, _)| (e..a).all(|j| matches!(w.norm(j), "," | ":")))
            })
    };
    let party_side =
        |x: Option<usize>| camp_side(x.and_then(|x| idx.doc.actors[x].camp.as_deref()));
    let named_side = |k: usize| {
        let (counts, (qa, qb)) = (idx.doc.quantities[k].counts.as_deref(), idx.quants[k]);
        match counted_side(counts) {
            // "eight of his men", « huit de ses hommes »: a party's men, not civilians.
            3 if counts == Some("men") && (qa..qb).any(|i| lex.has(E::Own, w, i)) => 0,
            s => s,
        }
    };
    let side = |k: usize| match named_side(k) {
        0 if of_them(k) => party_side(e.a2),
        // A figure of a teller's own losses naming nobody counts the teller's side
        // ("JNIM acknowledged three dead in its ranks"); with no teller to say whose
        // (a communiqué's « Côté ami, … cinq morts » after « neutraliser dix-sept
        // terroristes »), the party whose side no other figure counts.
        0 if own_losses(k) && !overall(k) && own_side(k) != 0 => own_side(k),
        0 if own_losses(k) && !overall(k) => {
            // (Other figures of the same teller, or of nobody: not a rival's, JNIM's
            // "killed forty soldiers" after the communiqué's « côté ami, 4 morts ».)
            let others: Vec<usize> = casualties
                .iter()
                .filter(|&&j| account(j) == account(k))
                .map(|&j| named_side(j))
                .filter(|&x| x != 0)
                .collect();
            let mut free = [party_side(e.a1), party_side(e.a2)]
                .into_iter()
                .filter(|&x| x != 0 && !others.contains(&x));
            match (others.is_empty(), free.next(), free.next()) {
                (false, Some(x), None) => x,
                _ => 0,
            }
        }
        s => s,
    };
    let same_side = |p: usize, k: usize| {
        let (sp, sk) = (side(p), side(k));
        sp == sk || (sp == 0 && own_side(p) == sk) || (sk == 0 && own_side(k) == sp)
    };
    let mut in_order = casualties.clone();
    in_order.sort_unstable_by_key(|&k| idx.quants[k].0);
    // Each figure's (sentence, account of that sentence).
    let mut part = vec![(0usize, 0usize); idx.doc.quantities.len()];
    for (n, &k) in in_order.iter().enumerate() {
        let s = sentence(k);
        part[k] = match n.checked_sub(1).map(|p| in_order[p]) {
            Some(p) if sentence(p) == s => {
                // (A figure that names no side is the other teller's toll of the
                // same dead: "killed at least 19 civilians, local sources said, while a
                // security source put the toll at 12".)
                let set_against = (idx.quants[p].1..idx.quants[k].0)
                    .any(|i| lex.has(E::Contrast, w, i) || w.norm(i) == ";")
                    && (same_side(p, k) || named_side(p) == 0 || named_side(k) == 0)
                    && account(p) != account(k);
                // ("a first toll of seven soldiers killed; it was revised down to four
                // dead": the revised figure is another account.)
                let revised = (idx.quants[p].1..idx.quants[k].0).any(|i| lex.has(E::Update, w, i));
                (s, part[p].1 + usize::from(set_against || revised))
            }
            _ => (s, 0),
        };
    }
    let sentence = |k: usize| part[k];
    // A toll revised downward (« il a été ramené à quatre morts », "revised down to
    // four"): the last such figure's part is the toll, though lower than the first.
    let down = |k: usize| {
        let a = idx.quants[k].0;
        (a.saturating_sub(6)..a).any(|i| {
            w.same_sentence(i, a)
                && lex
                    .get(E::Update, w, i)
                    .is_some_and(|(e, v)| v == "down" && e <= a)
        })
    };
    let revised_part = casualties
        .iter()
        .filter(|&&k| down(k))
        .max_by_key(|&&k| idx.quants[k].0)
        .map(|&k| sentence(k));
    let mut revised: Option<[[Option<u32>; 4]; 4]> = None;
    let mut sentences: Vec<(usize, usize)> = casualties.iter().map(|&k| sentence(k)).collect();
    sentences.sort_unstable();
    sentences.dedup();
    // "Seven volunteers were killed. Also killed were 15 assailants", « deux civils ont
    // également été tués »: a sentence that adds its dead to those told (a word of
    // E::Addition right before a casualty verb, past its auxiliaries) is no other
    // account; its figures add to the toll.
    let adds = |s: (usize, usize)| {
        casualties.iter().filter(|&&k| sentence(k) == s).any(|&k| {
            let (a, b) = idx.quants[k];
            (a.saturating_sub(4)..(b + 4).min(w.len())).any(|i| {
                w.same_sentence(i, a)
                    && lex.get(E::Addition, w, i).is_some_and(|(ae, _)| {
                        let mut j = ae;
                        while j < w.len() && j < ae + 2 && passive_aux(w, lex, j) {
                            j += 1;
                        }
                        lex.trigger(w, idx.doc.text(), j)
                            .is_some_and(|(_, t)| cb.classes[t.class].outcome || t.kills)
                    })
            })
        })
    };
    // Who told each part, and the camp they speak for: tolls of one side told by
    // opposing camps ("JNIM claims 53 soldiers killed", "the army acknowledged six dead
    // in its ranks") are each camp's account; the lowest stands, as ACLED codes
    // conflicting reports, and the fusion stage keeps every source's figure.
    let teller = |k: usize| {
        account(k)
            .map(|name| (name, own_side(k)))
            .filter(|x| x.1 != 0)
    };
    // "Fifteen soldiers were also killed, the army said … JNIM said it had killed 60
    // soldiers": an addition whose dead another camp counts otherwise is that teller's
    // account, competing with the other, not dead to add.
    let contested = |s: (usize, usize)| {
        casualties.iter().filter(|&&k| sentence(k) == s).any(|&k| {
            let (Some(t), sd) = (teller(k), side(k)) else {
                return false;
            };
            sd != 0
                && casualties.iter().any(|&j| {
                    sentence(j) != s && side(j) == sd && teller(j).is_some_and(|u| u.1 != t.1)
                })
        })
    };
    /// [side][what] sums of one part, as `best`.
    type Sums = [[Option<u32>; 4]; 4];
    let mut accounts: Vec<((&str, usize), Sums, bool)> = Vec::new();
    // Each part told by a named source, whatever its camp: (source, sums).
    let mut sourced: Vec<(&str, Sums)> = Vec::new();
    // A part told as an update ("a military source later said the toll had risen to
    // 15"): no competing account, the last word.
    let mut updated = false;
    let mut added = [0u32; 4];
    // The largest sums of parts nobody is said to tell, the narrative's own figures, and
    // the sentence of the first of them. (Not a part told as some of the dead: "In Boni
    // alone, 12 were killed", « parmi eux », "in the first assault".)
    let mut narrative: Sums = [[None; 4]; 4];
    let mut narrative_at = usize::MAX;
    // The first part nobody is said to tell (a part of the dead or not), and the parts
    // a source sets against it after it.
    let mut first_told: Option<Sums> = None;
    let mut set_aside: Vec<Sums> = Vec::new();
    // The parts their tellers hedge and the others.
    let mut hedged_parts: Vec<Sums> = Vec::new();
    let mut firm_parts: Vec<Sums> = Vec::new();
    // The sentence each account was first told in.
    let mut account_at: Vec<usize> = Vec::new();
    for s in sentences {
        let mut sum = [[None::<u32>; 4]; 4];
        let whole_toll = casualties
            .iter()
            .filter(|&&k| {
                sentence(k) == s
                    && idx.doc.quantities[k].casualty.as_deref() == Some("killed")
                    && overall(k)
            })
            .filter_map(|&k| {
                let q = &idx.doc.quantities[k];
                q.value.or(q.low).map(|v| v.max(0.0).round() as u32)
            })
            .max();
        for &k in casualties.iter().filter(|&&k| sentence(k) == s) {
            // ("12 of the 30 passengers were killed": a figure out of a total counts
            // when its own casualty word says so; the quantity stage cleared the rest.)
            let q = &idx.doc.quantities[k];
            let Some(v) = q.value.or(q.low) else { continue };
            let v = v.max(0.0).round() as u32;
            let whole = q.part_of.is_none();
            let row = &mut sum[side(k)];
            let mut add = |i: usize| row[i] = Some(row[i].unwrap_or(0) + v);
            match q.casualty.as_deref() {
                Some("killed") => {
                    if whole {
                        add(0);
                        if civilian(q) {
                            add(2);
                        }
                    }
                    if q.counts.as_deref() == Some("children") {
                        add(3);
                    }
                }
                Some("injured") if whole => add(1),
                _ => {}
            }
        }
        if revised_part == Some(s) {
            revised = Some(sum);
        }
        if adds(s) && !contested(s) {
            for (i, x) in added.iter_mut().enumerate() {
                *x += sum.iter().filter_map(|r| r[i]).sum::<u32>();
            }
            continue;
        }
        for (i, x) in whole_sentence.iter_mut().enumerate() {
            if let Some(t) = sum.iter().filter_map(|r| r[i]).reduce(|a, b| a + b) {
                let t = match whole_toll {
                    Some(all) if i == 0 => all,
                    _ => t,
                };
                *x = Some(x.map_or(t, |x| x.max(t)));
            }
        }
        // (A witness's own dead, "my two uncles", « mes deux oncles », are some of the
        // toll, no account of it: not set against other sources' figures.)
        let kin = casualties.iter().filter(|&&k| sentence(k) == s).all(|&k| {
            let a = idx.quants[k].0;
            a > 0 && lex.has(E::Kin, w, a - 1) && !matches!(named_side(k), 1 | 2)
        });
        let src = casualties
            .iter()
            .filter(|&&k| sentence(k) == s && !kin)
            .find_map(|&k| account(k));
        let (s0, s1) = idx.sentences[s.0];
        let partial = || {
            (s0..s1).any(|i| {
                matches!(
                    w.norm(i),
                    "alone"
                        | "among"
                        | "including"
                        | "first"
                        | "dont"
                        | "parmi"
                        | "seul"
                        | "seule"
                        | "premier"
                        | "premiere"
                )
            })
        };
        if src.is_none() && !partial() {
            narrative_at = narrative_at.min(s.0);
            for (n, r) in narrative.iter_mut().zip(&sum) {
                for (x, y) in n.iter_mut().zip(r) {
                    if let Some(y) = *y {
                        *x = Some(x.map_or(y, |x| x.max(y)));
                    }
                }
            }
        }
        // (A part its teller hedges, « le bilan pourrait s'élever à sept morts », against
        // the firm ones: a hedge a few words before each figure, in its clause; "MNLA
        // reported killing 6 assailants, allegedly responsible for…" is firm.)
        let hedged = casualties.iter().filter(|&&k| sentence(k) == s).all(|&k| {
            let a = idx.quants[k].0;
            (a.saturating_sub(6)..a).any(|i| {
                w.same_sentence(i, a)
                    && clex.has(C::Hedge, w, i)
                    && !(i..a).any(|j| matches!(w.norm(j), "," | ";"))
            })
        });
        if hedged {
            hedged_parts.push(sum);
        } else if !partial() {
            firm_parts.push(sum);
        }
        // (A source setting its own figure against the narrative's before it: "for its
        // part", « pour sa part », « de son côté ».)
        if src.is_none() && first_told.is_none() {
            first_told = Some(sum);
        } else if src.is_some()
            && first_told.is_some()
            && (s0..s1).any(|i| {
                lex.get(E::Contrast, w, i)
                    .is_some_and(|(_, v)| v == "aside")
            })
        {
            set_aside.push(sum);
        }
        if let Some(src) = src {
            // (A contested addition adds to its source's part, as to its account below.)
            match sourced.iter_mut().find(|x| x.0 == src).filter(|_| adds(s)) {
                Some(part) => add_sums(&mut part.1, &sum),
                None => sourced.push((src, sum)),
            }
        }
        // (Once per part: `s.0` is the sentence its figures are in. Not a party's
        // later boast of its foe's dead, "JNIM later claimed that 25 militiamen had
        // been killed", "the army later said it had killed 40 terrorists": a rival
        // account, not the last word. Only of armed men: a later count of civilians,
        // or of everyone, by any camp may be a new toll, "the CSP later said the toll
        // had risen to 30 civilians". Armed groups share one side, so a group's count
        // of armed men not its own is of its foe.)
        let boasts = || {
            casualties.iter().filter(|&&k| sentence(k) == s).all(|&k| {
                teller(k).is_some_and(|t| {
                    matches!(side(k), 1 | 2) && (side(k) != t.1 || t.1 == 2 && !own_losses(k))
                })
            })
        };
        if !updated {
            let (a0, a1) = idx.sentences[s.0];
            updated = (a0..a1).any(|i| lex.has(E::Update, w, i)) && !boasts();
        }
        if let Some(t) = casualties
            .iter()
            .filter(|&&k| sentence(k) == s)
            .find_map(|&k| teller(k))
        {
            let own = casualties
                .iter()
                .any(|&k| sentence(k) == s && own_losses(k));
            // (A contested addition adds to its teller's account: "ten soldiers killed,
            // the army said. Five soldiers were also killed, the army said" is the army's
            // 15 against JNIM's 60.)
            match accounts.iter_mut().find(|x| x.0 == t).filter(|_| adds(s)) {
                Some(acc) => {
                    add_sums(&mut acc.1, &sum);
                    acc.2 |= own;
                }
                None => {
                    accounts.push((t, sum, own));
                    account_at.push(s.0);
                }
            }
        }
        for (b, s) in best.iter_mut().zip(sum) {
            for (x, y) in b.iter_mut().zip(s) {
                if let Some(y) = y {
                    *x = Some(x.map_or(y, |x| x.max(y)));
                }
            }
        }
    }
    // (Only opposing camps: one camp's later figure may be an update, "the army later
    // said the toll had risen to nine".)
    let mut disputed = [false; 4];
    // Tolls of one side told by different sources, whatever their camps ("killing 13
    // civilians, witnesses told HRW" … "residents said as many as 20 civilians died";
    // « précise notre source » … « le JNIM revendique la mort de quinze militaires »):
    // competing accounts, and the lowest stands too. (Not one source's later figure,
    // an update; nor figures nobody is said to tell, a narrative's own.)
    let rival = |told: &[(&str, u32)]| told.iter().any(|a| told.iter().any(|b| a.0 != b.0));
    // Two armed groups fighting each other are opposing camps too, though both count
    // on the armed groups' side: the MSA's "four of its men died" against the Islamic
    // State's "killed 12 militiamen".
    let parties = [e.a1, e.a2].map(|x| x.map(|x| idx.doc.actors[x].name.as_str()));
    let foes =
        |a: &str, b: &str| a != b && parties.contains(&Some(a)) && parties.contains(&Some(b));
    for side in 1..4 {
        for i in 0..4 {
            // (A teller's figure that names nobody counts its own side: « l'armée
            // reconnaît six morts dans ses rangs ».)
            let told: Vec<((&str, usize), u32)> = accounts
                .iter()
                .filter_map(|(t, sum, own)| {
                    let unnamed = || {
                        (*own && t.1 == side && sum[1..].iter().all(|r| r[i].is_none()))
                            .then_some(sum[0][i])
                            .flatten()
                    };
                    sum[side][i].or_else(unnamed).map(|v| (*t, v))
                })
                .collect();
            let opposed = told.iter().any(|(a, _)| {
                told.iter()
                    .any(|(b, _)| a.0 != b.0 && (a.1 != b.1 || foes(a.0, b.0)))
            });
            if opposed && let Some(low) = told.iter().map(|x| x.1).min() {
                best[side][i] = Some(low);
                disputed[i] = true;
            }
            // "Four soldiers were killed" told by nobody (often a communiqué's figures
            // relayed) against JNIM's claim to have killed forty: a party's count of
            // its foe's dead is its own account, competing with the narrative's; the
            // lowest stands.
            // (Only a boast told after the narrative's figure: "The army said it killed
            // 30. In Boni, 12 were killed" tells a part of the army's own.)
            let boast = accounts
                .iter()
                .zip(&account_at)
                .filter(|((t, _, _), at)| t.1 != side && **at > narrative_at)
                .filter_map(|((_, sum, _), _)| sum[side][i])
                .min();
            if !updated && let (Some(n), Some(b)) = (narrative[side][i], boast) {
                best[side][i] = Some(n.min(b));
                disputed[i] = true;
            }
            let sources: Vec<(&str, u32)> = sourced
                .iter()
                .filter_map(|(src, sum)| sum[side][i].map(|v| (*src, v)))
                .collect();
            if !updated
                && rival(&sources)
                && let Some(low) = sources.iter().map(|x| x.1).min()
            {
                best[side][i] = Some(best[side][i].map_or(low, |b| b.min(low)));
                disputed[i] = true;
            }
        }
    }
    // A source's figure naming nobody ("as many as 20 people died, residents said")
    // against another's of civilians alone ("killing 13 civilians, witnesses said"),
    // when civilians were hit and no armed side's dead are counted: the same dead, told
    // twice; the lowest stands. (Not in a fight, where a whole toll counts both sides:
    // "the army said the attack left 25 dead" against JNIM's "10 soldiers"; « 25 morts,
    // dont 12 soldats ».)
    let victims = 3;
    let mut cap = [None::<u32>; 4];
    // Does a part count dead `i` of `side` alone?
    let only = |sum: &Sums, side: usize, i: usize| {
        sum[side][i].is_some() && (0..4).all(|x| x == side || sum[x][i].is_none())
    };
    // (Armed men among the dead, even as a part: "25 dead, including 12 soldiers".)
    let armed_dead = || casualties.iter().any(|&k| matches!(named_side(k), 1 | 2));
    // (So is a blast that hit one side: "Four soldiers were killed when their vehicle
    // struck a mine, the army said. A local official put the death toll at five.")
    let blast = || {
        !e.trigs.is_empty()
            && e.trigs.iter().any(|t| cb.classes[t.t.class].remote)
            && e.trigs.iter().all(|t| {
                let c = &cb.classes[t.t.class];
                c.remote || c.outcome
            })
            && e.a1.is_none_or(|x| party_side(Some(x)) != 1)
    };
    let one_side: Option<usize> = if e.target_civilian == Some(true) && !armed_dead() {
        Some(victims)
    } else if blast() {
        let named: Vec<usize> = casualties
            .iter()
            .map(|&k| named_side(k))
            .filter(|&x| x != 0)
            .collect();
        named
            .first()
            .copied()
            .filter(|&x| named.iter().all(|&y| y == x))
    } else {
        None
    };
    if let Some(hit) = one_side
        && !updated
    {
        for (i, c) in cap.iter_mut().enumerate() {
            if (1..3).any(|x| x != hit && best[x][i].is_some()) {
                continue;
            }
            let unnamed = sourced.iter().filter(|(_, sum)| only(sum, 0, i));
            let named = sourced.iter().filter(|(_, sum)| only(sum, hit, i));
            let mut told: Vec<(&str, u32)> = unnamed
                .map(|(src, sum)| (*src, sum[0][i].unwrap_or(0)))
                .collect();
            let unnamed_count = told.len();
            told.extend(named.map(|(src, sum)| (*src, sum[hit][i].unwrap_or(0))));
            let crossed = told[..unnamed_count]
                .iter()
                .any(|a| told[unnamed_count..].iter().any(|b| a.0 != b.0));
            if crossed {
                *c = told.iter().map(|x| x.1).min();
            }
        }
    }
    // The army's "neutralised about twenty terrorists" against residents' "killed six
    // people, all herders" (« le CSP accuse l'armée d'avoir tué cinq civils » against
    // « neutralisé une dizaine de terroristes »): the dead told as enemies by the state
    // that struck, as victims by others. Neither can be checked; the lowest stands, as
    // ACLED codes conflicting reports. (Only when nobody tells of other dead: each
    // account counts all of its own, and none adds to another's. Only a state's forces
    // striking: armed groups share one coarse side, so a Dozo leader's count of the
    // dead is not JNIM's.)
    if !updated && added[0] == 0 && party_side(e.a1) == 1 {
        let state = |src: &str| {
            let c = idx.doc.claims.iter().find(|c| c.by.name == src);
            camp_side(c.and_then(|c| c.by.camp.as_deref())) == 1
        };
        // (Enemies, or nobody named: "killing about a dozen of them".)
        let enemies: Vec<(&str, u32)> = sourced
            .iter()
            .filter(|(src, sum)| (only(sum, 2, 0) || only(sum, 0, 0)) && state(src))
            .map(|(src, sum)| (*src, sum[2][0].or(sum[0][0]).unwrap_or(0)))
            .collect();
        let as_victims: Vec<(&str, u32)> = sourced
            .iter()
            .filter(|(src, sum)| (only(sum, victims, 0) || only(sum, 0, 0)) && !state(src))
            .map(|(src, sum)| (*src, sum[victims][0].or(sum[0][0]).unwrap_or(0)))
            .collect();
        if let [_] = enemies[..]
            && !as_victims.is_empty()
            && sourced.len() == 1 + as_victims.len()
            && let Some(low) = enemies.iter().chain(&as_victims).map(|x| x.1).min()
        {
            cap[0] = Some(cap[0].map_or(low, |c| c.min(low)));
        }
    }
    // Whole accounts by different sources, each counting every dead it tells of: a
    // figure of everyone ("nine dead in all", « une quinzaine de morts »), or figures of
    // two sides or more ("fourteen assailants and two soldiers"). They tell one toll
    // otherwise; the lowest stands, as ACLED codes conflicting reports. (Not a figure
    // of one side against a whole: JNIM's "10 soldiers" is part of the army's "25
    // dead"; nor an update, the last word.)
    // (A figure of some of the dead already told is no whole: "Six of the dead were
    // hunters", « six d'entre eux ».)
    let some_of = |src: &str| {
        casualties.iter().any(|&k| {
            let (a, b) = idx.quants[k];
            account(k) == Some(src)
                && side(k) == 0
                && (a + 1..b)
                    .any(|i| matches!(w.norm(i), "of" | "among" | "des" | "entre" | "parmi"))
        })
    };
    if !updated && added[0] == 0 {
        let whole: Vec<(&str, u32)> = sourced
            .iter()
            .filter(|(src, sum)| {
                sum[0][0].is_some() && !some_of(src)
                    || (1..4).filter(|&x| sum[x][0].is_some()).count() >= 2
            })
            .map(|(src, sum)| (*src, sum.iter().filter_map(|r| r[0]).sum()))
            .collect();
        if rival(&whole)
            && let Some(low) = whole.iter().map(|x| x.1).min()
        {
            for i in [0, 2, 3] {
                cap[i] = Some(cap[i].map_or(low, |c| c.min(low)));
            }
        }
        // (A figure of one side above another source's whole toll is no part of it:
        // the army's "four people, including the bomber" against JNIM's "more than 30
        // soldiers" tell one toll twice; the lowest stands.)
        let above = sourced.iter().any(|(src, sum)| {
            sum[0][0].is_none()
                && (1..4).any(|x| {
                    sum[x][0].is_some_and(|v| whole.iter().any(|(o, t)| o != src && v > *t))
                })
        });
        if above && let Some(low) = whole.iter().map(|x| x.1).min() {
            for i in [0, 2, 3] {
                cap[i] = Some(cap[i].map_or(low, |c| c.min(low)));
            }
        }
    }
    // "Une dizaine de civils ont été tués. Tabital Pulaaku avance pour sa part le
    // chiffre de 14 morts", "Ten civilians were killed. The association, for its part,
    // put the toll at 14": one toll, told by the narrative and set against it by a
    // source; the lowest stands, as ACLED codes conflicting reports.
    if !updated && added[0] == 0 {
        let all = |sum: &Sums| sum.iter().filter_map(|r| r[0]).reduce(|a, b| a + b);
        if let Some(told) = first_told.as_ref().and_then(all)
            && let Some(low) = set_aside.iter().filter_map(all).min()
        {
            let low = low.min(told);
            for i in [0, 2, 3] {
                cap[i] = Some(cap[i].map_or(low, |c| c.min(low)));
            }
        }
        // "au moins trois soldats tués … Selon une source locale, le bilan pourrait
        // s'élever à sept morts": a toll its teller only hedges is another account of the
        // firm one; the lowest stands.
        if let Some(firm) = firm_parts.iter().filter_map(all).max()
            && let Some(low) = hedged_parts.iter().filter_map(all).min()
        {
            let low = low.min(firm);
            for i in [0, 2, 3] {
                cap[i] = Some(cap[i].map_or(low, |c| c.min(low)));
            }
        }
    }
    let total = |i: usize| -> Option<u32> {
        if let Some(r) = revised
            && let Some(t) = r.iter().filter_map(|x| x[i]).reduce(|a, b| a + b)
        {
            return Some(t + added[i]);
        }
        let sides: Option<u32> = best[1..]
            .iter()
            .filter_map(|r| r[i])
            .fold(None, |acc, v| Some(acc.unwrap_or(0) + v));
        let told = match (sides, whole_sentence[i]) {
            (Some(a), _) if disputed[i] => Some(a),
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let told = match (told, cap[i]) {
            (Some(t), Some(c)) => Some(t.min(c)),
            (t, _) => t,
        };
        match (told, added[i]) {
            (t, 0) => t,
            (t, n) => Some(t.unwrap_or(0) + n),
        }
    };
    f.killed = total(0);
    f.injured = total(1);
    f.civilians_killed = total(2);
    f.children_killed = total(3);
    // (A part is never more than the toll it is part of: with rival tolls the lowest
    // stands, and a part told only by the higher is capped by it.)
    if let Some(k) = f.killed {
        for part in [&mut f.civilians_killed, &mut f.children_killed] {
            *part = part.map(|p| p.min(k));
        }
    }
    // "abducted four men…, they were executed", "arrested nine villagers and executed
    // them": with no toll of its own, a killing told after a figure of people taken
    // counts them.
    if f.killed.is_none() {
        f.killed = casualties
            .iter()
            .filter_map(|&k| {
                let q = &idx.doc.quantities[k];
                if !matches!(q.casualty.as_deref(), Some("kidnapped" | "arrested"))
                    || q.part_of.is_some()
                    || q.out_of.is_some()
                {
                    return None;
                }
                let at = idx.quants[k].1;
                // (Not a killing of someone new, its object named after its active verb:
                // "abducted three workers… shot a security guard in the leg"; but "they
                // were executed a few kilometres away".)
                let w = idx.w;
                let someone_new = |b: usize| {
                    b < w.len()
                        && w.same_sentence(b - 1, b)
                        && (w.words()[b].kind == TokenKind::Number
                            || matches!(
                                w.norm(b),
                                "a" | "an" | "the" | "one" | "un" | "une" | "le" | "la" | "des"
                            ))
                };
                e.trigs
                    .iter()
                    .any(|t| {
                        t.a >= at
                            && !t.t.hurts
                            && (t.t.kills || cb.classes[t.t.class].key == "kill")
                            && ((t.a.saturating_sub(3)..t.a).any(|i| passive_aux(w, lex, i))
                                || !someone_new(t.b))
                    })
                    .then(|| q.value.or(q.low))
                    .flatten()
            })
            .map(|v| v.max(0.0).round() as u32)
            .max();
        if f.killed.is_some() && e.target_civilian == Some(true) {
            f.civilians_killed = f.killed;
        }
    }
    f
}

/// The event is told in an item that opens with its date and a colon or dash, as a
/// round-up lists them: "- Monday: a cart struck a mine…", "Tuesday - The army said…",
/// « Lundi 4 mai : une frappe… ».
fn dated_item(idx: &Idx, e: &Ev) -> bool {
    let w = idx.w;
    let Some(&s) = e.sentences.first() else {
        return false;
    };
    let Some(&(mut a, b)) = idx.sentences.get(s) else {
        return false;
    };
    while a < b && matches!(w.norm(a), "-" | "–" | "—" | "•" | "*") {
        a += 1;
    }
    idx.times
        .iter()
        .any(|&(ta, tb)| ta == a && tb < b && matches!(w.norm(tb), ":" | "-" | "–" | "—"))
}

/// How central an event is to the report: claims about it, how often it is told,
/// casualties, being told first.
fn salience(e: &Ev, m: &EventMention) -> f64 {
    if m.background {
        return -100.0 + e.trigs.len() as f64;
    }
    let first = if e.sentences.contains(&0) { 3.0 } else { 0.0 };
    // A heading that names a kind of event ("Arrests: …") names the report's event.
    let first = first
        + if e.trigs.iter().any(|t| t.label) {
            5.0
        } else {
            0.0
        };
    let tolls = if m.fatalities.killed.is_some() {
        2.0
    } else {
        0.0
    };
    // (The same default on both sides, "Unidentified Armed Group" against itself when
    // nobody was named, counts once: one side was found, not two.)
    let second = m.actor2.as_ref().is_some_and(|b| {
        m.actor1
            .as_ref()
            .is_none_or(|a| !(a.actor_id == b.actor_id && a.span.is_none() && b.span.is_none()))
    });
    let actors = m.actor1.is_some() as u8 as f64 + second as u8 as f64;
    let repeated = if e.repeated { 5.0 } else { 0.0 };
    // (A mention of a deed known already, "After the clashes in May, N'Tilit was
    // occupied by the MNLA", is not what the sentence tells, on a tie.)
    let known = if e.definite { 0.5 } else { 0.0 };
    3.0 * e.claims.len() as f64 + 2.0 * e.evidence.len() as f64 + tolls + first + actors
        - repeated
        - known
        - 0.01 * e.sentences.first().copied().unwrap_or(0) as f64
}

#[cfg(test)]
mod tests;
