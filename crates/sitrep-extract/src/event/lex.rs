//! The event lexicon of one language (`data/lexicon/*/events.tsv`): triggers and the
//! words that qualify them (targets, protest modifiers, irrealis, negation, takers).

use crate::words::{Phrases, Vocab, Words};
use sitrep_core::lexicon::{LexiconError, parse_tsv, trim_field};

lexicon_kinds! {
    /// The kinds an events lexicon may use; anything else is rejected at load.
    E {
        Trigger = "trigger",
        Target = "target",
        Modifier = "modifier",
        Irrealis = "irrealis",
        Purpose = "purpose",
        Negation = "negation",
        Taker = "taker",
        History = "history",
        Plural = "plural",
        Anaphor = "anaphor",
        Passive = "passive",
        Victim = "victim",
        Definite = "definite",
        Own = "own",
        Responsibility = "responsibility",
        Force = "force",
        Habitual = "habitual",
        Community = "community",
        Defender = "defender",
        Undergo = "undergo",
        Unit = "unit",
        Fightback = "fightback",
        // A state's forces named generically ("security forces", « forces de l'ordre »):
        // facing a crowd, ACLED codes them as that state's police.
        CrowdForce = "crowd_force",
        // Victims who could not fight ("at his home", "off duty", « en permission »).
        Disarmed = "disarmed",
        // What an event answers ("in protest against", "revenge for", « suite à »): the
        // death named after it is another event's toll.
        Cause = "cause",
        // A phrase ending in an infinitive's "to" ("continued to", "began to"): a noun
        // trigger right after it is a verb ("continued to clash"), with a subject.
        Infinitive = "infinitive",
        // What someone is held for ("suspected of", « soupçonné de ») or what an act
        // answers ("in retaliation for"): a noun trigger a few words after it (only
        // determiners and modifiers between) is the reason, told as background.
        Reason = "reason",
        // Who guarded what was hit ("escorted by", « escorté par »): the armed party
        // after it is the second side.
        Guard = "guard",
        // Where people live ("village", « hameau »): when it is what was burned or looted,
        // its people were attacked, which is violence against them, not mere destruction.
        Settlement = "settlement",
        // The state's buildings ("town hall", "gendarmerie", « mairie », « commissariat »):
        // a crowd that burns or ransacks one demonstrates violently against the state;
        // mob violence is a crowd turning on people and their property.
        Public = "public",
        // A phrase around a trigger word that tells no event ("gold mine", "mine
        // workers", « mine d'or »): the word in it is no trigger.
        Inert = "inert",
        // What was seized or found ("seized", "recovered", « saisi »): a weapon noun
        // listed with it ("seized IEDs and ammunition", "IEDs and materiel seized") is
        // an item taken, not an attack.
        Haul = "haul",
        // What a protest denounces, as a verb ("to protest against", "condemning", « pour
        // dénoncer »): harm told after it in its clause is the protest's topic.
        Topic = "topic",
        // Sides that fight among themselves ("opened fire on each other", « entre eux »):
        // the one group named is on both sides of the battle.
        Reciprocal = "reciprocal",
        // A verb or noun of taking ("captured", "took", « pris », "the capture of", « la
        // prise de »): with a town right after it, it tells the town taken, whatever the
        // word alone tells ("captured" a man, "seized" goods) or if nothing ("took the
        // road"). Value: verb or noun.
        Take = "take",
        // What may follow the town taken ("captured Gao on Sunday", « ont pris Gao après
        // de violents combats »), besides punctuation and a date: value = 1.
        TakeAfter = "take_after",
        // The site a town names, between a verb of taking and the town ("seized the army
        // camp in Léré", « ont pris le camp militaire de Bourem », "captured the
        // strategic town of Konna"): value det (a determiner before it), site (the
        // noun), of (the preposition before the town) or de (French « de », which also
        // links a verb to its town: « se sont emparés lundi de Gao »).
        TakeSite = "take_site",
        // A word that makes a toll the whole of it ("12 people were killed overall", «
        // au total, 12 morts »): the other figures of its sentence are parts of it.
        Overall = "overall",
        // Another deed than the one told, after a preposition ("after another", « après
        // une autre »): a date right after it ("comes after another last month") dates
        // that other deed, not the sentence's.
        OtherDeed = "other_deed",
        // The news measured from an earlier deed ("the arrest comes two months after",
        // « intervient deux mois après »): value verb (the verb) or after (the word
        // before the deed). The deed told after them is backstory.
        Recap = "recap",
        // What a denial rejects when it names no deed of its own ("denied reports that",
        // « dément les allégations selon lesquelles »): the deeds told after it in its
        // sentence did not happen.
        Allegation = "allegation",
        // A verb after a noun trigger that names its two sides (« des affrontements ont
        // opposé l'armée aux rebelles », "fighting pitting X against Y"): its object,
        // then the side after one of the value's folded prepositions (space-separated).
        Oppose = "oppose",
        // Who an identity statement can be about besides an unnamed armed group ("the
        // man", "they", « l'homme »): "the man is allegedly part of El Mourabitoune"
        // names the attacker; "the victims are believed to be…" does not. Value: any
        // (anyone), one (only after one attacker: "a gunman… The man is…") or head (its
        // noun names the attackers: "armed men… The men are…").
        Suspect = "suspect",
        // A pronoun that stands for a group as a verb's subject ("they", « ils »).
        GroupPronoun = "group_pronoun",
        // A conjunction that sets one account against another ("while", « tandis que »):
        // "officials put the toll at 31, while the government said 12" tells one toll
        // twice.
        Contrast = "contrast",
        // What someone is held for ("suspected of killing a trader", « soupçonnés d'avoir
        // tué »): what follows, to the end of its phrase, is an allegation: its deed is no
        // event and its dead no toll.
        Alleged = "alleged",
        // Help given to a party ("supplying", « liens avec »): a party named after it in
        // an allegation is who was helped, not who was held ("arrested men suspected of
        // supplying jihadists" are no jihadists).
        Support = "support",
        // Who gathers to protest ("protesters", "thousands", « les habitants »): a
        // `subj=crowd` trigger stands only with one a few words before it.
        Gatherer = "gatherer",
        // A word that locates one place by another ("near", « au nord de », "60 km"):
        // value = near, or road ("on the road to", « sur l'axe »).
        Locator = "locator",
        // A word that may stand between a town and the place that locates it, besides
        // punctuation, figures and locators ("Kourouma, in the north of", « Boni, sur
        // l'axe »): any other word between them makes the second a place of its own.
        PlaceGap = "place_gap",
        // A word that tells a deed as a repeat ("again", « de nouveau »), right before
        // the trigger (auxiliaries between) or right after it: a new occurrence, not the
        // deed told before it in its sentence.
        Again = "again",
        // A word that tells a toll as an update ("later", "rose to", « s'est alourdi »):
        // a figure told with it stands over other sources' earlier ones.
        Update = "update",
        // What may come between an `obj=person` trigger and its victim noun: value
        // collective (a phrase counting people before them: "dozens of", « une vingtaine
        // de ») or genitive (a preposition after which the noun is an owner: "took away
        // the cattle of the villagers", « le bétail des villageois »: no people taken).
        ObjectGap = "object_gap",
        // A word that says a teller counts its own dead ("in its ranks", « dans ses
        // rangs », "acknowledged", « reconnaît »): its figure that names nobody counts
        // the teller's side, set against an opposing camp's figure of that side.
        OwnLosses = "own_losses",
        // A teller's possessive before the people a figure counts ("my two uncles", «
        // mes deux frères »): a witness's own dead, some of the toll, not an account of
        // it to set against another source's.
        Kin = "kin",
        // A word that ends the search for a passive's agent past the event's setting:
        // another clause or party starts ("and", "which", "after", « qui »).
        AgentStop = "agent_stop",
        // A verb that says an event happened ("took place", « a eu lieu »): a date
        // right after it dates the event mentioned right before it ("The attack took
        // place on Monday").
        Occurred = "occurred",
        // What leads a date without being part of it ("in the early hours of", "late
        // on", « aux premières heures de »): between a mention and its date, it keeps
        // the date the mention's own ("the attack carried out in the early hours of
        // Friday").
        TimeLead = "time_lead",
        // A word that adds to what was told ("also", « également ») right before a
        // casualty verb ("were also killed", "Also killed were 15 assailants"): its
        // sentence's dead add to the toll, they are no other account of it.
        Addition = "addition",
        // A force's undertaking ("operation", « opération », "patrol"): a passive deed
        // set in it ("were killed during an army operation") was its owner's deed.
        Campaign = "campaign",
        // A deed set apart from the one told before ("in a separate attack",
        // « par ailleurs »): its sentence tells another event, not the lede's in finer
        // words.
        Separate = "separate",
        // What makes the aircraft after it support for troops on the ground ("backed
        // by", « appuyés par »): the fight stays a ground one, no air strike.
        AirSupport = "air_support",
        // Where people were taken or went, or came from ("evacuated to", « repliés
        // vers », "back from"): the place after it is not where the event happened.
        // Value: to, carried (people carried there, never where a deed happened), or
        // from (an origin, the event's place when no other is named).
        Destination = "destination",
        // A care facility a place names ("the Tominian health centre", « l'hôpital de
        // Gao »: after the place in English, before it and « de » in French): value 1;
        // or a word of care or death ("died", « succombé »): value care. A facility
        // with such a word a few words before is where the wounded were cared for or
        // died, not where the deed happened.
        Hospital = "hospital",
        // People who may flee or move ("families", « les habitants », « les
        // orpailleurs »), or travellers' vehicles ("the cart"): as the subject of a word
        // of leaving or moving in ("several families have since moved into Illéla", « une
        // partie des familles a quitté le village », "the cart had left Pélani at dawn"),
        // they were displaced or travelling; no side left or took a place.
        Displaced = "displaced",
        // What points back, after a comma, at the clause just told, as the object of a
        // denial ("…, which the police denied", « …, ce que l'armée a démenti »): that
        // clause did not happen.
        Retraction = "retraction",
        // A trigger noun that names a site when a place names it ("the Tabakoto mine",
        // « la mine de Sadiola »: a gold mine, no landmine): before the noun in English,
        // after it and « de » in French. Unnamed but definite ("the mine") beside a word
        // of mining, it tells a blast only beside a deed of harm, another weapon or a
        // toll in its sentence.
        SiteNoun = "site_noun",
        // A word of mining ("production", "workers", « orpailleurs »): beside one, "the
        // mine" with no harm, weapon or toll in its sentence is a dug mine, no blast.
        Mining = "mining",
        // What likens a deed to others ("of this kind", « de ce type »): a complement
        // that points back, so "the first attack of its kind" is a mention of the deed
        // told, not a new description.
        OfKind = "of_kind",
        // An explosive device ("two explosive devices", « deux engins »): as the object of
        // a trigger with `device=CLASS`, it makes the trigger that class ("neutralised two
        // explosive devices" is a disrupted weapon, "neutralised two terrorists" a killing).
        // Value weapon ("rifles", « fusils »): only as what a word of seizing took.
        Device = "device",
    }
}

/// A trigger: its class (an index into the codebook's classes) and how its arguments
/// sit around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trigger {
    pub class: usize,
    /// A noun ("the clashes"): its actors come from "between X and Y", "by X", "on X".
    pub noun: bool,
    /// The subject undergoes it ("X withdrew"): with a taker, the subject is actor2.
    pub subj_a2: bool,
    /// The subject is what was hit, as in a passive ("X came under attack", « X a
    /// essuyé des tirs »): "by Y" names the attacker.
    pub subj_target: bool,
    /// The subject fought off an attack ("the army repelled an attack"): what was hit
    /// when the attacker goes unnamed; with the attacker named ("repelled an attack by
    /// JNIM"), ACLED lists the defender first, as the subject of an active verb.
    pub subj_defender: bool,
    /// The actor right after the phrase is its author ("fell into the hands of X").
    pub next_a1: bool,
    /// It tells a death though its class need not ("executed", an abuse).
    pub kills: bool,
    /// It tells a wound, not a death ("wounded", « blessé »), though its class is a
    /// killing's: it makes no captives a toll of the dead (see the event stage's
    /// fatalities).
    pub hurts: bool,
    /// Its subject did it even when counted among the dead ("three militants were
    /// killed while planting an IED": the planters).
    pub subj_a1: bool,
    /// A word (singular and plural vocab ids) that must close it within a few words of
    /// its clause: "took ten soldiers hostage", « ont pris dix soldats en otage ». The
    /// verb alone ("took the road") is no trigger; its object is the victim.
    pub until: Option<(u32, u32)>,
    /// It stands only with people as its object, named by a victim noun a few words
    /// after it in its clause: "took away twenty passengers" is an abduction, "took
    /// away their cattle" no trigger.
    pub person_obj: bool,
    /// It stands only with people as its subject, named by a victim noun a few words
    /// before it in its sentence: "eleven fishermen have been missing since" is a
    /// disappearance, "33 guns were reported to have gone missing" no trigger. With
    /// `person_obj` too, people as its object or as its passive's subject will do:
    /// "released 25 prisoners", "the hostages were released", not "no casualty figures
    /// were released".
    pub person_subj: bool,
    /// It stands only with a crowd as its subject, a `gatherer` noun a few words before
    /// it in its sentence: "hundreds of residents gathered" is a protest, "guests
    /// gathered in the courtyard" and "the men gathered the herds" are not.
    pub crowd_subj: bool,
    /// With people as its object or its passive's subject, it is this class instead:
    /// "seized two traders", "the woman was seized at her home" are abductions, "seized
    /// their cattle" is looting.
    pub people_class: Option<usize>,
    /// With an explosive device as its object or its passive's subject, it is this class
    /// instead: "neutralised two explosive devices", « deux engins ont été détruits ».
    pub device_class: Option<usize>,
}

impl Trigger {
    /// A trigger of `class` with no flags: a verb whose subject did it.
    pub fn of(class: usize) -> Trigger {
        Trigger {
            class,
            noun: false,
            subj_a2: false,
            subj_target: false,
            subj_defender: false,
            next_a1: false,
            kills: false,
            hurts: false,
            subj_a1: false,
            until: None,
            person_obj: false,
            person_subj: false,
            crowd_subj: false,
            people_class: None,
            device_class: None,
        }
    }
}

/// How far after its verb the word closing a split trigger may come.
const UNTIL_WITHIN: usize = 7;

#[derive(Debug, Default)]
pub struct EventLex {
    triggers: Phrases<Trigger>,
    /// One-word triggers that fold to the same form but differ ("attaque" the noun,
    /// "attaqué" the participle): folded form → (lowercase spelling, trigger).
    homographs: sitrep_core::hash::FxMap<String, Vec<(String, Trigger)>>,
    tables: Vec<Phrases<String>>,
    /// Victim nouns by their folded form, for the quantity stage's `counts`.
    victims: sitrep_core::hash::FxMap<String, String>,
}

impl EventLex {
    /// `classes`: the codebook's class keys, to check and number trigger classes.
    pub fn parse(
        file: &str,
        src: &str,
        classes: &[&str],
        vocab: &mut Vocab,
    ) -> Result<EventLex, LexiconError> {
        let mut lex = EventLex {
            tables: E::ALL.iter().map(|_| Phrases::default()).collect(),
            ..EventLex::default()
        };
        for row in parse_tsv(file, src, 3, 4)? {
            let kind = trim_field(row.fields[0]);
            let Some(k) = E::parse(kind) else {
                return Err(LexiconError::new(
                    file,
                    row.line,
                    format!("unknown kind {kind:?}"),
                ));
            };
            let phrase = trim_field(row.fields[1]);
            let value = trim_field(row.fields[2]);
            let bad = |why: String| Err(LexiconError::new(file, row.line, why));
            if phrase.is_empty() || value.is_empty() {
                return bad("empty phrase or value".into());
            }
            match k {
                E::Trigger => {
                    let Some(class) = classes.iter().position(|c| *c == value) else {
                        return bad(format!(
                            "trigger class {value:?} is not in the codebook ({})",
                            classes.join(", ")
                        ));
                    };
                    let mut t = Trigger::of(class);
                    for flag in row.get(3).unwrap_or("").split(',').map(trim_field) {
                        match flag {
                            "" => {}
                            f if f.starts_with("until=") => {
                                let word = sitrep_core::fold::fold(&f["until=".len()..]);
                                if word.is_empty() || word.contains(' ') {
                                    return bad(format!("until= takes one word: {f:?}"));
                                }
                                let plural = format!("{word}s");
                                t.until = Some((vocab.intern(&word), vocab.intern(&plural)));
                            }
                            f if f.starts_with("people=") => {
                                let c = &f["people=".len()..];
                                let Some(class) = classes.iter().position(|x| *x == c) else {
                                    return bad(format!(
                                        "people= class {c:?} is not in the codebook"
                                    ));
                                };
                                t.people_class = Some(class);
                            }
                            f if f.starts_with("device=") => {
                                let c = &f["device=".len()..];
                                let Some(class) = classes.iter().position(|x| *x == c) else {
                                    return bad(format!(
                                        "device= class {c:?} is not in the codebook"
                                    ));
                                };
                                t.device_class = Some(class);
                            }
                            "noun" => t.noun = true,
                            "subj=a2" => t.subj_a2 = true,
                            "subj=target" => t.subj_target = true,
                            "subj=defender" => t.subj_defender = true,
                            "next=a1" => t.next_a1 = true,
                            "subj=a1" => t.subj_a1 = true,
                            "kills" => t.kills = true,
                            "hurts" => t.hurts = true,
                            "obj=person" => t.person_obj = true,
                            "subj=person" => t.person_subj = true,
                            "subj=crowd" => t.crowd_subj = true,
                            other => return bad(format!("unknown trigger flag {other:?}")),
                        }
                    }
                    lex.triggers.insert(vocab, phrase, t);
                    if !phrase.contains(' ') {
                        lex.homographs
                            .entry(sitrep_core::fold::fold(phrase))
                            .or_default()
                            .push((phrase.to_lowercase(), t));
                    }
                }
                E::Target if !matches!(value, "civilian" | "armed" | "captive") => {
                    return bad(format!(
                        "target value {value:?} is not civilian, armed or captive"
                    ));
                }
                E::Defender if !matches!(value, "locals" | "implied") => {
                    return bad(format!("defender value {value:?} is not locals or implied"));
                }
                E::Community if value != "civilian" => {
                    return bad(format!("community value {value:?} is not civilian"));
                }
                E::Victim if !matches!(value, "civilian" | "armed" | "people") => {
                    return bad(format!(
                        "victim value {value:?} is not civilian, armed or people"
                    ));
                }
                E::CrowdForce if value != "police" => {
                    return bad(format!("crowd_force value {value:?} is not police"));
                }
                E::Force if !matches!(value, "military" | "police" | "mission") => {
                    return bad(format!(
                        "force value {value:?} is not military, police or mission"
                    ));
                }
                E::Responsibility
                    if !matches!(
                        value,
                        "before"
                            | "after"
                            | "event"
                            | "cleft"
                            | "identity"
                            | "agent"
                            | "speaker"
                            | "blame"
                    ) =>
                {
                    return bad(format!(
                        "responsibility value {value:?} is not before (\"JNIM claimed \
                         responsibility\"), after (\"claimed by JNIM\"), event \
                         (\"JNIM claimed an ambush\"), cleft (\"it was JNIM who\"), \
                         identity (\"the attackers are believed to be\"), agent \
                         (\"presumably by\"), speaker (\"JNIM said it was behind\") or \
                         blame (\"blamed JNIM\", \"blamed the attack on JNIM\")"
                    ));
                }
                E::TakeSite if !matches!(value, "det" | "site" | "of" | "de") => {
                    return bad(format!(
                        "take_site value {value:?} is not det, site, of or de"
                    ));
                }
                E::Suspect if !matches!(value, "any" | "one" | "head" | "pronoun") => {
                    return bad(format!(
                        "suspect value {value:?} is not any, one, head or pronoun"
                    ));
                }
                E::Take if !matches!(value, "verb" | "noun") => {
                    return bad(format!("take value {value:?} is not verb or noun"));
                }
                E::Purpose if !matches!(value, "1" | "attempt" | "avert" | "appeal") => {
                    return bad(format!(
                        "purpose value {value:?} is not 1, attempt, avert or appeal"
                    ));
                }
                E::Own if !matches!(value, "1" | "we") => {
                    return bad(format!("own value {value:?} is not 1 or we"));
                }
                E::ObjectGap if !matches!(value, "collective" | "genitive") => {
                    return bad(format!(
                        "object_gap value {value:?} is not collective or genitive"
                    ));
                }
                E::Modifier
                    if !matches!(
                        value,
                        "intervention" | "force" | "exchange" | "air" | "unopposed"
                    ) =>
                {
                    return bad(format!(
                        "modifier value {value:?} is not intervention, force, exchange, air \
                         or unopposed"
                    ));
                }
                _ => lex.tables[k as usize].insert(vocab, phrase, value.to_string()),
            }
            if k == E::Victim {
                lex.victims
                    .insert(sitrep_core::fold::fold(phrase), value.to_string());
            }
        }
        lex.homographs
            .retain(|_, v| v.iter().any(|(_, t)| *t != v[0].1));
        Ok(lex)
    }

    /// The longest trigger starting at word `i`: its end and what it is. A one-word
    /// trigger whose folded form has homographs is told apart by its accents.
    ///
    /// Inlined up to the first-word test: the event stage asks at every word, and at
    /// almost every word no trigger starts; a call per word cost more than the test.
    #[inline]
    pub fn trigger(&self, w: &Words, text: &str, i: usize) -> Option<(usize, Trigger)> {
        match w.words().get(i) {
            Some(word) if self.triggers.starts_with_id(word.id) => self.trigger_slow(w, text, i),
            _ => None,
        }
    }

    /// A trigger of several words starting at word `i` that reads across a date at
    /// words `g0..g1` (French puts it between a verb and its object: « ont pris
    /// dimanche le contrôle de », « ont repoussé mardi une attaque »).
    pub fn trigger_across(
        &self,
        w: &Words,
        i: usize,
        g0: usize,
        g1: usize,
    ) -> Option<(usize, Trigger)> {
        self.triggers
            .longest_across(w, i, g0, g1)
            .map(|(e, t)| (e, *t))
            .filter(|(_, t)| t.until.is_none() && !t.person_obj && !t.person_subj && !t.crowd_subj)
    }

    /// Ids of the words that start a trigger.
    pub fn trigger_first_ids(&self) -> &[u32] {
        self.triggers.first_ids()
    }

    /// Does some trigger start with word `i`?
    #[inline]
    pub fn starts_trigger(&self, w: &Words, i: usize) -> bool {
        w.words()
            .get(i)
            .is_some_and(|x| self.triggers.starts_with_id(x.id))
    }

    #[inline(never)]
    fn trigger_slow(&self, w: &Words, text: &str, i: usize) -> Option<(usize, Trigger)> {
        let (mut e, mut t) = self.triggers.longest(w, i).map(|(e, t)| (e, *t))?;
        let clause = |e: usize| {
            (e..(e + UNTIL_WITHIN).min(w.len())).take_while(move |&k| {
                w.same_sentence(i, k) && !matches!(w.norm(k), "," | ";" | ":" | "(")
            })
        };
        // (A victim noun as its object, not as the owner of what was taken.)
        let takes_people = |e: usize| {
            let mut k = e;
            while let Some(x) = clause(k).next().filter(|&x| x < e + UNTIL_WITHIN) {
                // (Not an owner: "the villagers' cattle".)
                if let Some((ve, _)) = self.get(E::Victim, w, x) {
                    return !(ve < w.len() && matches!(w.norm(ve), "'" | "’"));
                }
                match self.get(E::ObjectGap, w, x) {
                    Some((_, "genitive")) => return false,
                    Some((c, _)) => k = c,
                    None => k = x + 1,
                }
            }
            false
        };
        // (A victim noun among the few words before it: "two INGO staff members and one
        // NGO worker went missing".)
        let people_before = || {
            (i.saturating_sub(8)..i)
                .rev()
                .take_while(|&k| w.same_sentence(k, i) && !matches!(w.norm(k), ";" | ":"))
                .any(|k| self.get(E::Victim, w, k).is_some_and(|(ve, _)| ve <= i))
        };
        let crowd_before = || {
            (i.saturating_sub(8)..i)
                .rev()
                .take_while(|&k| w.same_sentence(k, i) && !matches!(w.norm(k), ";" | ":"))
                .any(|k| self.get(E::Gatherer, w, k).is_some_and(|(ge, _)| ge <= i))
        };
        // A passive's auxiliary right before it, as the lexicon lists them ("were
        // released", « ont été libérés »).
        let passive = || i > 0 && self.has(E::Passive, w, i - 1);
        let closed = |e: usize, t: &Trigger| {
            t.until.is_none_or(|(one, many)| {
                // (Its object, not a place past a locative word: "established a
                // checkpoint near the army base", « installé un poste près de la base ».)
                clause(e)
                    .take_while(|&k| {
                        !matches!(
                            w.norm(k),
                            "near" | "inside" | "outside" | "around" | "pres" | "autour"
                        )
                    })
                    .any(|k| w.words()[k].id == one || w.words()[k].id == many)
            }) && match (t.person_obj, t.person_subj) {
                // (Both: people on either side, "released 25 prisoners", "the
                // hostages were released".)
                // (Before it, only as a passive's subject: "JNIM fighters released a
                // video" is no release.)
                (true, true) => takes_people(e) || people_before() && passive(),
                (o, s) => (!o || takes_people(e)) && (!s || people_before()),
            } && (!t.crowd_subj || crowd_before())
        };
        if !closed(e, &t) {
            // A shorter trigger at the same word still stands ("shot down two soldiers":
            // not a drone brought down, but "shot").
            (e, t) = self
                .triggers
                .all_at(w, i)
                .map(|(e, t)| (e, *t))
                .find(|(e, t)| closed(*e, t))?;
        }
        if e == i + 1
            && !self.homographs.is_empty()
            && let Some(v) = self.homographs.get(w.norm(i))
        {
            let raw = w.words()[i].span.of(text).to_lowercase();
            if let Some((_, h)) = v.iter().find(|(s, _)| *s == raw) {
                t = *h;
            }
        }
        // (People right before its passive's auxiliary: not "carrying election workers
        // and voting material…, the voting material was seized".)
        let people_aux = || {
            i > 1
                && passive()
                && (i.saturating_sub(5)..i - 1).any(|k| {
                    // (The subject's head, not a noun of its complement: "cattle
                    // belonging to local herders were seized".)
                    w.same_sentence(k, i)
                        && self.get(E::Victim, w, k).is_some_and(|(ve, _)| ve == i - 1)
                        && !(k.saturating_sub(3)..k).any(|x| {
                            matches!(
                                w.norm(x),
                                "to" | "of" | "from" | "belonging" | "de" | "du" | "des"
                            )
                        })
                })
        };
        // (People right after it, as its object: not "the voting material was seized and
        // burned while the election workers were released".)
        // (The object's head, past at most a determiner, a number and an adjective: not
        // "seized motorbikes from three herders", "seized civilians' phones".)
        let people_obj = || {
            (e..(e + 3).min(w.len())).any(|k| {
                w.same_sentence(k, i)
                    && self.get(E::Victim, w, k).is_some_and(|(ve, _)| {
                        ve >= w.len() || !matches!(w.norm(ve), "'" | "’" | "s")
                    })
                    && (e..k).all(|x| {
                        w.words()[x].kind != sitrep_core::TokenKind::Punct
                            && self.get(E::Victim, w, x).is_none()
                            && !matches!(
                                w.norm(x),
                                "and" | "by" | "while" | "from" | "of" | "et" | "par" | "de"
                            )
                    })
            })
        };
        if let Some(c) = t.people_class
            && (people_obj() || people_aux())
        {
            t.class = c;
        }
        // (A device as its object, counted or with its article right before it, a few
        // words on: "neutralised on Thursday two explosive devices", « a neutralisé la
        // veille deux engins explosifs »; not "a terrorist carrying explosive devices";
        // or right before its passive's auxiliary: "two IEDs were destroyed".)
        if let Some(c) = t.device_class {
            let plain = |x: usize| {
                w.words()[x].kind != sitrep_core::TokenKind::Punct
                    && !matches!(
                        w.norm(x),
                        "and" | "by" | "while" | "from" | "of" | "with" | "et" | "par" | "de"
                    )
            };
            let counted = |x: usize| {
                w.words()[x].kind == sitrep_core::TokenKind::Number
                    || matches!(
                        w.norm(x),
                        "a" | "an"
                            | "the"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "several"
                            | "un"
                            | "une"
                            | "des"
                            | "les"
                            | "deux"
                            | "trois"
                            | "quatre"
                            | "cinq"
                            | "plusieurs"
                    )
            };
            // (Past where it was found: « ont saisi dans une case abandonnée quatre
            // fusils », "seized in a house two rifles".)
            let reach = if e < w.len() && matches!(w.norm(e), "in" | "inside" | "at" | "dans" | "a")
            {
                10
            } else {
                4
            };
            // (A weapon only as what was seized: "seized four rifles"; "destroyed the
            // terrorists' weapons" in a strike is no seizure.)
            let device = |k: usize| {
                self.get(E::Device, w, k)
                    .is_some_and(|(_, v)| v != "weapon" || self.has(E::Haul, w, i))
            };
            let obj = (e..(e + reach).min(w.len())).any(|k| {
                w.same_sentence(k, i)
                    && device(k)
                    && (k == e || counted(k - 1))
                    // (Where it was found may name a town: « près de Ségou ».)
                    && (e..k).all(|x| {
                        plain(x) || reach > 4 && w.words()[x].kind != sitrep_core::TokenKind::Punct
                    })
            });
            let before = i > 1
                && passive()
                && (i.saturating_sub(5)..i - 1).any(|k| {
                    w.same_sentence(k, i)
                        && self.get(E::Device, w, k).is_some_and(|(de, _)| de == i - 1)
                        && device(k)
                });
            if obj || before {
                t.class = c;
            }
        }
        Some((e, t))
    }

    /// The longest phrase of `kind` starting at word `i`: its end and value.
    pub fn get<'a>(&'a self, kind: E, w: &Words, i: usize) -> Option<(usize, &'a str)> {
        self.tables[kind as usize]
            .longest(w, i)
            .map(|(e, v)| (e, v.as_str()))
    }

    /// The phrases of `kind`, for a scan over every word that tests their first words
    /// itself.
    #[inline]
    pub fn table(&self, kind: E) -> &Phrases<String> {
        &self.tables[kind as usize]
    }

    /// What a counted noun is as a victim ("soldiers" → armed), by its folded form.
    pub fn victim_of(&self, noun: &str) -> Option<&str> {
        self.victims
            .get(&sitrep_core::fold::fold(noun))
            .map(String::as_str)
    }

    pub fn has(&self, kind: E, w: &Words, i: usize) -> bool {
        self.get(kind, w, i).is_some()
    }
}
