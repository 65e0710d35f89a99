//! ACLED's codebook as data (`data/acled/codebook.toml`): event types, sub-event types
//! with their definitions and default actors, and the rules that turn a trigger class
//! into a sub-event type. Checked at load: a rule naming an unknown sub-type or
//! condition is an error with the file and line, not a silent miss.

use serde::Deserialize;
use sitrep_core::lexicon::LexiconError;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventType {
    pub name: String,
    pub definition: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubType {
    pub key: String,
    pub event_type: String,
    pub name: String,
    pub definition: String,
    /// Who ACLED codes when the report names nobody: "unidentified", "civilians",
    /// "protesters", "rioters" (of the event's country).
    #[serde(default)]
    pub default_actor1: Option<String>,
    #[serde(default)]
    pub default_actor2: Option<String>,
    /// ACLED codes actor2 as the default whoever the report names (violence against
    /// civilians: "Civilians (Mali)", the group named becomes associated).
    #[serde(default)]
    pub always_default_actor2: bool,
    /// Nobody is on the other side (a peaceful protest).
    #[serde(default)]
    pub no_actor2: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    #[serde(default, rename = "if")]
    when: Vec<String>,
    then: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClass {
    key: String,
    priority: u32,
    #[serde(default)]
    passive_subject: Option<String>,
    #[serde(default)]
    outcome: bool,
    #[serde(default)]
    attendant: bool,
    #[serde(default)]
    generic: bool,
    #[serde(default)]
    intransitive: bool,
    #[serde(default)]
    remote: bool,
    #[serde(default)]
    harm: bool,
    #[serde(default)]
    member_taken: bool,
    #[serde(default)]
    joint: bool,
    #[serde(default)]
    reporter_acts: bool,
    #[serde(default)]
    declared: bool,
    #[serde(default)]
    referent: bool,
    rules: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCodebook {
    #[serde(default)]
    civilian_roles: Vec<String>,
    event_type: Vec<EventType>,
    sub_event_type: Vec<SubType>,
    class: Vec<RawClass>,
}

/// What a condition asks of an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    State,
    Nonstate,
    External,
    Civilian,
    Protesters,
    Rioters,
    None,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "state" => Kind::State,
            "nonstate" => Kind::Nonstate,
            "external" => Kind::External,
            "civilian" => Kind::Civilian,
            "protesters" => Kind::Protesters,
            "rioters" => Kind::Rioters,
            "none" => Kind::None,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cond {
    A1(Kind),
    /// The first actor is civilians described, not named (`a1=locals`).
    Locals,
    A2(Kind),
    /// civilian or armed
    Target(bool),
    /// What was burned or looted is where people live (a village, a hamlet).
    Settlement,
    /// What was burned or attacked is the state's building (a town hall, a gendarmerie).
    Public,
    Mod(String),
    Killed,
    /// Someone was killed, wounded or abused: a casualty figure or a trigger of an
    /// outcome class ("found dead", "executed", "tortured").
    Hurt,
    Taker,
    /// Another trigger of the event has this class ("attacked and looted").
    With(usize),
    /// `!cond`: the condition does not hold.
    Not(Box<Cond>),
}

/// What the sentence says, for the rules to test.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub a1: Option<Kind>,
    pub a2: Option<Kind>,
    /// Some(true): civilians were hit; Some(false): armed people or places.
    pub target_civilian: Option<bool>,
    pub target_settlement: bool,
    /// What was burned or attacked is the state's building ("the town hall").
    pub target_public: bool,
    pub mods: Vec<String>,
    pub killed: bool,
    pub hurt: bool,
    pub taker: bool,
    /// The first actor is people described, not named ("villagers", "residents of X"),
    /// as a mob is; not a community or a named civic group.
    pub a1_locals: bool,
    /// Bit `c` is set when a trigger of class `c` is part of the event.
    pub classes: u64,
}

impl Cond {
    fn holds(&self, f: &Facts) -> bool {
        match self {
            Cond::A1(k) => f.a1.unwrap_or(Kind::None) == *k,
            Cond::Locals => f.a1 == Some(Kind::Civilian) && f.a1_locals,
            Cond::A2(k) => f.a2.unwrap_or(Kind::None) == *k,
            Cond::Target(civ) => f.target_civilian == Some(*civ),
            Cond::Settlement => f.target_settlement,
            Cond::Public => f.target_public,
            Cond::Mod(m) => f.mods.iter().any(|x| x == m),
            Cond::Killed => f.killed,
            Cond::Hurt => f.hurt,
            Cond::Taker => f.taker,
            Cond::With(c) => f.classes & (1 << c) != 0,
            Cond::Not(c) => !c.holds(f),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub when: Vec<Cond>,
    /// Index into `sub_types`.
    pub then: usize,
}

#[derive(Debug, Clone)]
pub struct Class {
    pub key: String,
    pub priority: u32,
    /// With a passive verb and no agent ("were positioned"), the subject is actor1:
    /// nobody did it to them.
    pub passive_subject_a1: bool,
    /// Tells what came of an event ("killed"): joins the event of its sentence.
    pub outcome: bool,
    /// Can be part of a violent event told just before ("8 dead and 3 vehicles
    /// burned" after an attack): with no actor, date or place of its own, it joins it.
    pub attendant: bool,
    /// Its definite mention ("the attack") may refer to any violent event told before.
    pub generic: bool,
    /// Its verbs take no object ("clashed"): never a reduced passive, so "Dogon
    /// militiamen clashed in Tonou" is not a headline's "army post attacked in …".
    pub intransitive: bool,
    /// A weapon used from afar (shells, a mine, an air strike): "fired at" after it is
    /// its verb, not a shooting of its own.
    pub remote: bool,
    /// Violence against people or places: named by a noun after a protest, it is what
    /// the protest is about ("marched against the massacres").
    pub harm: bool,
    /// Whoever it took is described after it: the group the description names is the
    /// other side ("arrested X, a commander of Ansar Dine").
    pub member_taken: bool,
    /// Subjects listed together are its two sides ("X and Y signed an accord").
    pub joint: bool,
    /// Only forces do it (with aircraft, or setting up their posts): with nobody named
    /// as its author, the state or foreign force reporting it did ("the army said air
    /// strikes destroyed a base").
    pub reporter_acts: bool,
    /// Its doer's announcement is the deed ("a faction announced in Agadez on Saturday
    /// that it was laying down its arms"): where it was said is where it happened.
    pub declared: bool,
    /// Only refers to an event told before ("the incident occurred the day before", «
    /// les faits se sont produits la veille »): it dates or places that event, and an
    /// event of no other class is none.
    pub referent: bool,
    pub rules: Vec<Rule>,
}

#[derive(Debug)]
pub struct Codebook {
    /// Roles (the actor stage's `role` values) of people who do not fight: a group's
    /// founder or spokesman targeted alone is a civilian victim, not the group.
    pub civilian_roles: Vec<String>,
    pub event_types: Vec<EventType>,
    pub sub_types: Vec<SubType>,
    pub classes: Vec<Class>,
}

impl Codebook {
    pub fn parse(file: &str, src: &str) -> Result<Codebook, LexiconError> {
        if !src.lines().any(|l| l.starts_with("# source:")) {
            return Err(LexiconError::new(
                file,
                0,
                "missing a `# source:` provenance line",
            ));
        }
        let raw: RawCodebook = crate::resources::parse_data_toml(file, src)?;
        let line_of = |needle: &str| {
            src.find(needle)
                .map(|at| src[..at].matches('\n').count() + 1)
                .unwrap_or(0)
        };
        if let Some(r) = raw
            .civilian_roles
            .iter()
            .find(|r| !crate::actor::dict::ROLES.contains(&r.as_str()))
        {
            return Err(LexiconError::new(
                file,
                line_of("civilian_roles"),
                format!("civilian_roles: unknown role {r:?}"),
            ));
        }
        for s in &raw.sub_event_type {
            if !raw.event_type.iter().any(|t| t.name == s.event_type) {
                return Err(LexiconError::new(
                    file,
                    line_of(&format!("key = \"{}\"", s.key)),
                    format!(
                        "sub-event type {}: unknown event type {:?}",
                        s.key, s.event_type
                    ),
                ));
            }
            for d in [&s.default_actor1, &s.default_actor2].into_iter().flatten() {
                if !matches!(
                    d.as_str(),
                    "unidentified" | "civilians" | "protesters" | "rioters"
                ) {
                    return Err(LexiconError::new(
                        file,
                        line_of(&format!("key = \"{}\"", s.key)),
                        format!("sub-event type {}: unknown default actor {d:?}", s.key),
                    ));
                }
            }
        }
        if raw.class.len() > 64 {
            return Err(LexiconError::new(file, 0, "more than 64 trigger classes"));
        }
        let keys: Vec<String> = raw.class.iter().map(|c| c.key.clone()).collect();
        let mut classes = Vec::new();
        for c in raw.class {
            // The class's line, looked up only for an error (a search of the file each).
            let bad = |why: String| {
                let line = line_of(&format!("key = \"{}\"\npriority", c.key));
                Err(LexiconError::new(file, line, why))
            };
            let mut rules = Vec::new();
            for r in &c.rules {
                let Some(then) = raw.sub_event_type.iter().position(|s| s.key == r.then) else {
                    return bad(format!(
                        "class {}: unknown sub-event type {:?}",
                        c.key, r.then
                    ));
                };
                let mut when = Vec::new();
                for w in &r.when {
                    let (neg, w) = match w.strip_prefix('!') {
                        Some(rest) => (true, rest),
                        None => (false, w.as_str()),
                    };
                    let cond = match w.split_once('=') {
                        Some(("a1", "locals")) => Some(Cond::Locals),
                        Some(("a1", k)) => Kind::parse(k).map(Cond::A1),
                        Some(("a2", k)) => Kind::parse(k).map(Cond::A2),
                        Some(("target", "civilian")) => Some(Cond::Target(true)),
                        Some(("target", "armed")) => Some(Cond::Target(false)),
                        Some(("target", "settlement")) => Some(Cond::Settlement),
                        Some(("target", "public")) => Some(Cond::Public),
                        Some(("mod", m)) if !m.is_empty() => Some(Cond::Mod(m.to_string())),
                        Some(("with", k)) => keys.iter().position(|x| x == k).map(Cond::With),
                        None if w == "killed" => Some(Cond::Killed),
                        None if w == "hurt" => Some(Cond::Hurt),
                        None if w == "taker" => Some(Cond::Taker),
                        _ => None,
                    };
                    let Some(cond) = cond else {
                        return bad(format!("class {}: unknown condition {w:?}", c.key));
                    };
                    when.push(if neg { Cond::Not(Box::new(cond)) } else { cond });
                }
                rules.push(Rule { when, then });
            }
            if rules.last().is_none_or(|r| !r.when.is_empty()) {
                return bad(format!(
                    "class {}: the last rule must have no condition (the default)",
                    c.key
                ));
            }
            let passive_subject_a1 = match c.passive_subject.as_deref() {
                None | Some("a2") => false,
                Some("a1") => true,
                Some(other) => {
                    return bad(format!(
                        "class {}: passive_subject {other:?} is not a1 or a2",
                        c.key
                    ));
                }
            };
            classes.push(Class {
                key: c.key,
                priority: c.priority,
                passive_subject_a1,
                outcome: c.outcome,
                attendant: c.attendant,
                generic: c.generic,
                intransitive: c.intransitive,
                remote: c.remote,
                harm: c.harm,
                member_taken: c.member_taken,
                joint: c.joint,
                reporter_acts: c.reporter_acts,
                declared: c.declared,
                referent: c.referent,
                rules,
            });
        }
        Ok(Codebook {
            civilian_roles: raw.civilian_roles,
            event_types: raw.event_type,
            sub_types: raw.sub_event_type,
            classes,
        })
    }

    /// The sub-event type a class gives for what the sentence says.
    pub fn decide(&self, class: usize, facts: &Facts) -> &SubType {
        &self.sub_types[self.decide_index(class, facts)]
    }

    /// [`Codebook::decide`] as an index into `sub_types`.
    pub fn decide_index(&self, class: usize, facts: &Facts) -> usize {
        let c = &self.classes[class];
        c.rules
            .iter()
            .find(|r| r.when.iter().all(|w| w.holds(facts)))
            .unwrap_or_else(|| c.rules.last().expect("checked at load"))
            .then
    }

    pub fn class_keys(&self) -> Vec<&str> {
        self.classes.iter().map(|c| c.key.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = include_str!("../../../../data/acled/codebook.toml");

    #[test]
    fn the_codebook_has_acleds_six_types_and_twenty_five_sub_types() {
        let c = Codebook::parse("codebook.toml", FILE).unwrap();
        assert_eq!(c.event_types.len(), 6);
        assert_eq!(c.sub_types.len(), 25);
        let attack = c.classes.iter().position(|k| k.key == "attack").unwrap();
        let civ = Facts {
            target_civilian: Some(true),
            ..Facts::default()
        };
        assert_eq!(c.decide(attack, &civ).name, "Attack");
        let armed = Facts {
            target_civilian: Some(false),
            ..Facts::default()
        };
        assert_eq!(c.decide(attack, &armed).name, "Armed clash");
    }

    #[test]
    fn bad_rules_are_rejected_with_the_line() {
        let bad = FILE.replacen("then = \"abduction\" }", "then = \"abducton\" }", 1);
        let e = Codebook::parse("cb.toml", &bad).unwrap_err().to_string();
        assert!(e.starts_with("cb.toml:") && e.contains("abducton"), "{e}");
        let bad = FILE.replacen("if = [\"target=civilian\"]", "if = [\"target=civil\"]", 1);
        let e = Codebook::parse("cb.toml", &bad).unwrap_err().to_string();
        assert!(e.contains("unknown condition"), "{e}");
        let bad = FILE.replacen("\"with=loot\"", "\"with=lot\"", 1);
        let e = Codebook::parse("cb.toml", &bad).unwrap_err().to_string();
        assert!(e.contains("unknown condition \"with=lot\""), "{e}");
        let bad = FILE.replacen("\"founder\",", "\"founders\",", 1);
        let e = Codebook::parse("cb.toml", &bad).unwrap_err().to_string();
        let line = FILE[..FILE.find("civilian_roles =").unwrap()]
            .lines()
            .count()
            + 1;
        assert!(
            e.starts_with(&format!("cb.toml:{line}:")) && e.contains("unknown role \"founders\""),
            "{e}"
        );
    }

    #[test]
    fn negated_and_with_conditions() {
        let c = Codebook::parse("codebook.toml", FILE).unwrap();
        let attack = c.classes.iter().position(|k| k.key == "attack").unwrap();
        let loot = c.classes.iter().position(|k| k.key == "loot").unwrap();
        let looted = Facts {
            classes: 1 << attack | 1 << loot,
            ..Facts::default()
        };
        assert_eq!(
            c.decide(attack, &looted).name,
            "Looting/property destruction"
        );
        let hurt = Facts {
            hurt: true,
            ..looted.clone()
        };
        assert_eq!(c.decide(attack, &hurt).name, "Attack");
    }
}
