//! Claim stage tests, English and French.

use crate::Extractor;
use sitrep_core::records::{Claim, Stance};
use sitrep_core::{Doc, Document, Lang};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(Extractor::embedded)
}

/// Published Monday 13 November 2023.
fn run(text: &str, lang: Lang) -> Doc {
    let mut d = Document::from_text("t", text);
    d.meta.lang = lang;
    d.meta.published = Some("2023-11-13".parse().unwrap());
    extractor().extract(d)
}

fn content<'a>(d: &'a Doc, c: &Claim) -> &'a str {
    c.span.of(d.text())
}

/// The claim whose content contains `words`.
fn claim<'a>(d: &'a Doc, words: &str) -> &'a Claim {
    d.claims
        .iter()
        .find(|c| content(d, c).contains(words))
        .unwrap_or_else(|| {
            panic!(
                "no claim containing {words:?} in {:#?}",
                d.claims
                    .iter()
                    .map(|c| (&c.by.name, content(d, c)))
                    .collect::<Vec<_>>()
            )
        })
}

#[test]
fn speaker_channel_date_and_cue() {
    let d = run(
        "On Sunday, in a press release, the CSP-PSD said it had repelled an attack near Anefis.",
        Lang::En,
    );
    let c = claim(&d, "repelled an attack");
    assert_eq!(c.by.name, "CSP-PSD");
    assert_eq!(
        (c.by.kind.as_str(), c.by.camp.as_deref()),
        ("actor", Some("rebel"))
    );
    assert_eq!(c.channel.as_deref(), Some("press release"));
    assert_eq!(
        c.said_on.map(|d| d.to_string()).as_deref(),
        Some("2023-11-12")
    );
    assert_eq!(c.cue.as_deref(), Some("said"));
    assert_eq!(c.stance, Stance::Asserts);
    assert!(!c.hedged);
    // The claim links to the place inside its content.
    assert_eq!(c.places.len(), 1);
    assert!(d.places[c.places[0]].text.contains("Anefis"));

    let d = run(
        "Dimanche, dans un communiqué, le CSP-PSD a affirmé avoir attiré ses adversaires « dans un piège ».",
        Lang::Fr,
    );
    let c = claim(&d, "dans un piège");
    assert_eq!(c.by.name, "CSP-PSD");
    assert_eq!(c.channel.as_deref(), Some("communiqué"));
    assert_eq!(
        c.said_on.map(|d| d.to_string()).as_deref(),
        Some("2023-11-12")
    );
    assert_eq!(c.cue.as_deref(), Some("a affirmé"));
    assert_eq!(c.quotes.len(), 1);
    assert_eq!(c.quotes[0].of(d.text()), "« dans un piège »");
}

#[test]
fn the_subject_is_not_a_group_named_in_a_prepositional_phrase() {
    let d = run(
        "On Monday, the Malian army, with the support of mercenaries from the Wagner Group, claimed to have taken the town.",
        Lang::En,
    );
    assert_eq!(
        claim(&d, "taken the town").by.name,
        "Military Forces of Mali"
    );
}

#[test]
fn pronouns_resolve_to_the_previous_subject() {
    let d = run(
        "The CSP-PSD controls the desert around Kidal. On Sunday, in a statement, he indicated that the army had fallen into a trap.",
        Lang::En,
    );
    let c = claim(&d, "fallen into a trap");
    assert_eq!(c.by.name, "CSP-PSD");
    assert_eq!(c.by.via.as_deref(), Some("pronoun"));
    let d = run(
        "L'armée malienne a repris Anéfis. Elle affirme avoir neutralisé des terroristes.",
        Lang::Fr,
    );
    assert_eq!(claim(&d, "neutralisé").by.name, "Military Forces of Mali");
}

#[test]
fn a_participle_continues_the_previous_speaker() {
    let d = run(
        "The army claimed to have made progress near Gao, claiming to have dispersed the rebels.",
        Lang::En,
    );
    let c = claim(&d, "dispersed the rebels");
    assert_eq!(c.by.name, "Military Forces of Mali");
    assert_eq!(c.by.via.as_deref(), Some("inherited"));
    // The first claim stops where the second begins.
    assert!(!content(&d, claim(&d, "made progress")).contains("dispersed"));
}

#[test]
fn anonymous_sources_keep_their_camp() {
    let d = run(
        "According to local sources, ten civilians were killed in Boni.",
        Lang::En,
    );
    let c = claim(&d, "ten civilians were killed");
    assert_eq!(
        (c.by.kind.as_str(), c.by.name.as_str()),
        ("anonymous", "local sources")
    );
    // (The community, no party to the fighting.)
    assert_eq!(c.by.camp.as_deref(), Some("independent"));
    // (Sources the words leave open, on either side or none, have no camp.)
    for (text, lang, words) in [
        (
            "Ten civilians were killed in Boni, according to several sources.",
            Lang::En,
            "Ten civilians",
        ),
        (
            "Ten civilians were killed in Boni, sources on both sides said.",
            Lang::En,
            "Ten civilians",
        ),
        (
            "Dix civils ont été tués à Boni, selon des sources concordantes.",
            Lang::Fr,
            "Dix civils",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(claim(&d, words).by.camp, None, "{text}");
    }
    let d = run(
        "Dix civils ont été tués à Boni, selon des témoins.",
        Lang::Fr,
    );
    assert_eq!(
        claim(&d, "Dix civils").by.camp.as_deref(),
        Some("independent")
    );
    let d = run(
        "The two parties would then have agreed on a truce, according to a rebel leader.",
        Lang::En,
    );
    let c = claim(&d, "agreed on a truce");
    assert_eq!(c.by.camp.as_deref(), Some("rebel"));
    assert!(c.hedged);
    let d = run(
        "Au moins dix soldats ont été tués, a-t-on appris de source sécuritaire.",
        Lang::Fr,
    );
    let c = claim(&d, "dix soldats");
    assert_eq!(c.by.camp.as_deref(), Some("government"));
    assert_eq!(c.by.kind, "anonymous");
    // (Or « auprès de » them, elided or with its article fused: « auprès d'habitants »,
    // « auprès des habitants ».)
    for text in [
        "Des hommes armés ont incendié le marché de Nampala dimanche, a-t-on appris auprès d'un élu local.",
        "Des hommes armés ont incendié le marché de Nampala dimanche, a-t-on appris auprès des habitants.",
    ] {
        let d = run(text, Lang::Fr);
        claim(&d, "incendié le marché");
    }
    let d = run(
        "Les deux groupes auraient conclu un pacte de non-agression, selon un responsable rebelle.",
        Lang::Fr,
    );
    let c = claim(&d, "pacte de non-agression");
    assert_eq!(c.by.camp.as_deref(), Some("rebel"));
    assert!(c.hedged);
}

/// An unknown speaker's own words tell its camp ("a gendarmerie source", "a collective
/// against impunity", « une association de femmes »); words of two camps leave it open.
#[test]
fn an_unknown_speakers_words_tell_its_camp() {
    for (text, lang, words, camp) in [
        (
            "Gendarmes arrested five traders in Sofara on Monday, a gendarmerie source said.",
            Lang::En,
            "arrested five traders",
            Some("government"),
        ),
        (
            "An engineer was abducted by gunmen in Filingué on Sunday, a security official said.",
            Lang::En,
            "An engineer was abducted",
            Some("government"),
        ),
        (
            "Militiamen killed four herders near Tougan on Sunday, a collective against impunity said in a statement.",
            Lang::En,
            "killed four herders",
            Some("independent"),
        ),
        (
            "Cinq femmes ont été violées vendredi près de Hombori, a indiqué lundi une association de femmes.",
            Lang::Fr,
            "Cinq femmes",
            Some("independent"),
        ),
        (
            "Cinq commerçants ont été enlevés près de Hombori, a indiqué un responsable de la gendarmerie.",
            Lang::Fr,
            "Cinq commerçants",
            Some("government"),
        ),
        (
            "Militiamen killed four herders near Tougan on Sunday, a military veterans' association said.",
            Lang::En,
            "killed four herders",
            None,
        ),
        // (Who studies or defends a side has none; a party's own word decides.)
        (
            "Militiamen killed four herders near Tougan on Sunday, a security analyst said.",
            Lang::En,
            "killed four herders",
            None,
        ),
        (
            "Militiamen killed four herders near Tougan on Sunday, a defence lawyer said.",
            Lang::En,
            "killed four herders",
            None,
        ),
        (
            "Dix soldats ont été tués près de Tougan dimanche, a affirmé un commandant militaire rebelle.",
            Lang::Fr,
            "Dix soldats",
            None,
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(claim(&d, words).by.camp.as_deref(), camp, "{text}");
    }
}

#[test]
fn trailing_and_inverted_speakers() {
    let d = run(
        "Jihadists killed twelve soldiers near Gao, the army said.",
        Lang::En,
    );
    let c = claim(&d, "twelve soldiers");
    assert_eq!(c.by.name, "Military Forces of Mali");
    assert!(!content(&d, c).contains("army"));
    let d = run(
        "« Nous avons repris Anéfis », a déclaré le porte-parole de l'armée malienne.",
        Lang::Fr,
    );
    let c = claim(&d, "Nous avons repris");
    assert_eq!(c.by.name, "Military Forces of Mali");
    assert!(!content(&d, c).ends_with(" a"), "{}", content(&d, c));
}

/// A speaker before a cue that ends its sentence, past when and how it was said ("…, a
/// spokesman said on Monday", « …, un porte-parole a indiqué lundi à la radio »), and a
/// proper name no dictionary knows ("…, Human Rights Watch said"), is who speaks: the
/// report before it is the content, and the date after the cue is when it was said.
#[test]
fn a_trailing_speaker_past_its_date_and_channel() {
    let d = run(
        "Jihadists killed ten soldiers near Gao on Sunday, a spokesman said on Monday.",
        Lang::En,
    );
    let c = claim(&d, "ten soldiers");
    assert_eq!(c.by.name, "a spokesman");
    assert_eq!(
        c.said_on.map(|d| d.to_string()).as_deref(),
        Some("2023-11-13")
    );
    let d = run(
        "Malian soldiers executed at least 30 men in Dioura on March 2, Human Rights Watch said.",
        Lang::En,
    );
    let c = claim(&d, "30 men");
    assert_eq!(c.by.name, "Human Rights Watch");
    assert_eq!(c.said_on, None);
    let d = run(
        "Des jihadistes ont tué dix soldats près de Gao dimanche, un porte-parole a indiqué lundi à la radio.",
        Lang::Fr,
    );
    let c = claim(&d, "dix soldats");
    assert_eq!(c.by.name, "un porte-parole");
    assert_eq!(
        c.said_on.map(|d| d.to_string()).as_deref(),
        Some("2023-11-13")
    );
    let d = run(
        "Des militaires ont exécuté 30 hommes à Dioura, Human Rights Watch a affirmé dans un communiqué.",
        Lang::Fr,
    );
    let c = claim(&d, "30 hommes");
    assert_eq!(c.by.name, "Human Rights Watch");
}

/// A conjunction after a comma opens a clause of its own: "…, their spokesman said, and
/// the army acknowledged that…" has two speakers, each the subject of its own cue.
#[test]
fn a_clause_after_comma_and_has_its_own_speaker() {
    let d = run(
        "The rebels seized the camp at Léré on Sunday, their spokesman said, and the Malian army acknowledged that its troops had withdrawn.",
        Lang::En,
    );
    assert_eq!(claim(&d, "seized the camp").by.name, "their spokesman");
    assert_eq!(
        claim(&d, "troops had withdrawn").by.name,
        "Military Forces of Mali"
    );
    let d = run(
        "Les rebelles ont pris dimanche le camp de Léré, et l'armée malienne a reconnu le retrait de ses troupes.",
        Lang::Fr,
    );
    assert_eq!(
        claim(&d, "le retrait de ses troupes").by.name,
        "Military Forces of Mali"
    );
}

/// An unknown speaker after a parenthetical cue ends where how it spoke begins: « …, a
/// annoncé le président de la Transition dans un message à la nation ».
#[test]
fn an_inverted_speaker_ends_before_its_channel() {
    let d = run(
        "Les FAMa ont repris mardi le contrôle de Kidal, a annoncé le président de la Transition dans un message à la nation.",
        Lang::Fr,
    );
    let c = claim(&d, "le contrôle de Kidal");
    assert_eq!(c.by.name, "le président de la Transition");
    assert_eq!(c.said_on, None);
    let d = run(
        "Gunmen killed two soldiers near Gao on Monday, said the deputy mayor of the town in a statement.",
        Lang::En,
    );
    let c = claim(&d, "two soldiers");
    assert_eq!(c.by.name, "the deputy mayor of the town");
    assert_eq!(c.said_on, None);
}

/// "…, residents told a local radio station": who was told is no content, so what was
/// reported came before the speaker, and its date is the deed's, not the statement's.
#[test]
fn who_was_told_is_no_content() {
    let d = run(
        "Gunmen abducted the village chief of Farabougou on Tuesday, residents told a local radio station.",
        Lang::En,
    );
    let c = claim(&d, "abducted the village chief");
    assert_eq!(c.said_on, None);
    assert!(content(&d, c).contains("Farabougou"), "{}", content(&d, c));
    let d = run(
        "Deux commerçants ont été tués mardi à Niono, des habitants ont témoigné auprès d'une radio locale.",
        Lang::Fr,
    );
    let c = claim(&d, "commerçants ont été tués");
    assert_eq!(c.said_on, None);
    assert!(content(&d, c).contains("Niono"), "{}", content(&d, c));
    // A broadcaster or a channel told, by its kind and name.
    for (text, lang, what) in [
        (
            "A minibus struck a mine near Hombori on Tuesday, the prefect told state broadcaster ORTM.",
            Lang::En,
            "struck a mine",
        ),
        (
            "Un car a sauté mardi sur une mine près de Hombori, a déclaré le préfet à la chaîne publique ORTM.",
            Lang::Fr,
            "sauté mardi",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, what);
        assert_eq!(c.said_on, None, "{text}");
        assert!(content(&d, c).contains("Hombori"), "{}", content(&d, c));
    }
}

#[test]
fn denials_and_accusations() {
    let d = run("The JNIM denied any involvement in the attack.", Lang::En);
    let c = claim(&d, "involvement");
    assert_eq!((c.by.name.as_str(), c.stance), ("JNIM", Stance::Denies));
    let d = run(
        "Le CSP-PSD a dénoncé mercredi la mort de quatorze civils dans des frappes de drones.",
        Lang::Fr,
    );
    let c = claim(&d, "quatorze civils");
    assert_eq!(c.stance, Stance::Asserts);
    assert_eq!(c.cue.as_deref(), Some("a dénoncé"));
    assert_eq!(
        c.said_on.map(|d| d.to_string()).as_deref(),
        Some("2023-11-08")
    );
    let d = run("Le JNIM dément toute implication dans l'attaque.", Lang::Fr);
    assert_eq!(claim(&d, "implication").stance, Stance::Denies);
}

#[test]
fn no_cue_no_claim_and_nothing_inside_quotes() {
    let d = run(
        "Fighting broke out in Kidal on Saturday. The attack claimed twelve lives.",
        Lang::En,
    );
    // "claimed" with no speaker: the writer's own voice, not a claim.
    assert!(d.claims.is_empty(), "{:?}", d.claims);
    let d = run(
        "The army said the rebels were “saying anything to survive”.",
        Lang::En,
    );
    assert_eq!(d.claims.len(), 1, "{:?}", d.claims);
}

#[test]
fn subordinate_clauses_keep_their_own_subject_and_date() {
    let d = run(
        "While the UN abandoned its camp in Kidal on October 31, Minusma indicated that 6,500 of its employees had left.",
        Lang::En,
    );
    let c = claim(&d, "6,500");
    assert_eq!(c.by.name, "MINUSMA");
    assert_eq!(c.by.span.map(|s| s.of(d.text())), Some("Minusma"));
    assert_eq!(
        c.said_on, None,
        "October 31 is when the UN left, not when it spoke"
    );
    // The subject right before the cue, in a relative clause.
    let d = run(
        "MINUSMA withdrew from Kidal on October 31, a handover the army said should have gone to the state.",
        Lang::En,
    );
    assert_eq!(
        claim(&d, "should have gone").by.name,
        "Military Forces of Mali"
    );
}

#[test]
fn possessives_wire_style_and_its_pronoun() {
    let d = run(
        "A drone strike on Kidal killed 12 people on Tuesday, local sources told Sahel Press Agency on Wednesday. \
         Mali's army said in a statement that its aircraft had struck terrorist targets. It denied that civilians had been killed.",
        Lang::En,
    );
    let c = claim(&d, "killed 12 people");
    assert_eq!(c.by.name, "local sources");
    assert_eq!(
        c.said_on.map(|d| d.to_string()).as_deref(),
        Some("2023-11-08")
    );
    let c = claim(&d, "aircraft had struck");
    assert_eq!(
        (c.by.name.as_str(), c.channel.as_deref()),
        ("Military Forces of Mali", Some("statement"))
    );
    let c = claim(&d, "civilians had been killed");
    assert_eq!(
        (c.by.name.as_str(), c.stance),
        ("Military Forces of Mali", Stance::Denies)
    );
}

#[test]
fn an_unknown_speaker_after_the_report_is_who_speaks_not_its_first_actor() {
    for (text, lang, speaker) in [
        (
            "Mortar rounds hit the MINUSMA camp in Gao late on Monday, the mission said.",
            Lang::En,
            "the mission",
        ),
        (
            "Gunmen killed five civilians in Bankass on Friday, a local official said.",
            Lang::En,
            "a local official",
        ),
        (
            "L'armée a neutralisé vingt terroristes près de Boni samedi, a indiqué un porte-parole.",
            Lang::Fr,
            "un porte-parole",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}");
        let c = &d.claims[0];
        assert_eq!(c.by.name, speaker, "{text}");
        assert_eq!(c.by.kind, "anonymous", "{text}");
        // What is reported runs to the comma, its date with it: not when it was said.
        let reported = content(&d, c);
        assert!(
            reported.ends_with("day") || reported.ends_with("samedi"),
            "{text}: {reported}"
        );
        assert_eq!(c.said_on, None, "{text}");
    }
    // (A negation opens no speaker: "…, no casualties reported".)
    let d = run(
        "Gunmen attacked a checkpoint near Gao, no casualties reported.",
        Lang::En,
    );
    assert!(d.claims.iter().all(|c| c.by.name != "no casualties"));
}

/// A reporting verb made passive has no speaker for subject: "the deaths were blamed on
/// Dozo militiamen" is not the deaths speaking, « a été accusé de » is not the accused
/// speaking; "par" still names who spoke.
#[test]
fn a_passive_reporting_verb_has_no_speaker_for_subject() {
    for (text, lang) in [
        (
            "The deaths of seven civilians were blamed on Dozo militiamen.",
            Lang::En,
        ),
        ("Le MNLA a été accusé d'avoir attaqué le convoi.", Lang::Fr),
        ("Le JNIM est accusé d'avoir posé la mine.", Lang::Fr),
    ] {
        let d = run(text, lang);
        assert!(d.claims.is_empty(), "{text}: {:#?}", d.claims);
    }
    let d = run("Le bilan a été confirmé par l'armée.", Lang::Fr);
    assert_eq!(d.claims.len(), 1, "{:#?}", d.claims);
    assert_eq!(d.claims[0].by.name, "l'armée");
}

/// A reporting verb used as an adjective ("an alleged plot") reports nothing, so the
/// date before it stays the deed's.
#[test]
fn a_cue_between_a_determiner_and_its_noun_is_no_claim() {
    let d = run(
        "Police arrested three officers in Bamako on Friday over an alleged coup plot.",
        Lang::En,
    );
    assert!(d.claims.is_empty(), "{:#?}", d.claims);
    let e = &d.events[0];
    assert_eq!(
        e.date.as_ref().and_then(|t| t.start).map(|x| x.to_string()),
        Some("2023-11-10".to_string())
    );
    // As a verb it still reports.
    for (text, lang) in [
        (
            "The mayor of Boni alleged that soldiers killed two herders.",
            Lang::En,
        ),
        (
            "Le maire de Boni a affirmé que des soldats avaient tué deux bergers.",
            Lang::Fr,
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}: {:#?}", d.claims);
    }
}

/// A reporting verb's participle qualifying the noun before it is no cue: "two teachers
/// accused of inciting violence" is not the police accusing, and the arrest's date is
/// not when anything was said.
#[test]
fn a_reporting_participle_after_a_noun_is_no_cue() {
    for (text, lang, opening) in [
        (
            "Police in Koutiala on Tuesday arrested two teachers accused of inciting violence, a police source said.",
            Lang::En,
            "Police in Koutiala",
        ),
        (
            "La police a arrêté mardi à Koutiala un imam accusé d'incitation à la violence, a indiqué une source policière.",
            Lang::Fr,
            "La police a arrêté",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}: {:?}", d.claims);
        assert!(content(&d, &d.claims[0]).starts_with(opening), "{text}");
        assert_eq!(d.claims[0].said_on, None, "{text}");
    }
}

/// Who speaks at the end of a report may have no determiner ("…, relatives of the
/// victims said"), be told to someone ("…, relatives told reporters"), qualify its head
/// with a known actor after a preposition (« des proches des victimes ») or put a
/// known name before its head ("the UN human rights office said").
#[test]
fn unknown_speakers_after_the_report() {
    for (text, lang, speaker) in [
        (
            "Wagner fighters shot dead 12 civilians in Mourdiah on Friday, relatives of the victims said.",
            Lang::En,
            "relatives of the victims",
        ),
        (
            "Wagner fighters shot dead 12 civilians in Mourdiah on Friday, relatives of the victims told reporters.",
            Lang::En,
            "relatives of the victims",
        ),
        (
            "Au moins 31 villageois ont été tués vendredi lors d'un raid sur Ogossagou, des proches des victimes ont indiqué.",
            Lang::Fr,
            "des proches des victimes",
        ),
        (
            "At least 31 villagers were killed on Friday when militiamen raided Ogossagou, the UN human rights office said.",
            Lang::En,
            "United Nations",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}");
        let c = &d.claims[0];
        assert_eq!(c.by.name, speaker, "{text}");
        assert_eq!(c.said_on, None, "{text}");
        assert!(content(&d, c).ends_with("day") || content(&d, c).ends_with("Ogossagou"));
    }
}

/// A final cue followed by a comma and an adjunct ("…, the mission said, less than a
/// year after…") still has the report before its speaker, when a clause of its own came
/// before the speaker's comma.
#[test]
fn an_adjunct_after_the_final_cue() {
    for (text, lang) in [
        (
            "At least 31 villagers were killed on Friday when militiamen raided Ogossagou, the mission said, less than a year after a massacre in the same village.",
            Lang::En,
        ),
        (
            "Au moins 31 villageois ont été tués vendredi lors d'un raid de miliciens sur Ogossagou, la mission a indiqué, moins d'un an après un massacre dans le même village.",
            Lang::Fr,
        ),
    ] {
        let d = run(text, lang);
        let c = &d.claims[0];
        let speaker = if lang == Lang::En {
            "the mission"
        } else {
            "la mission"
        };
        assert_eq!(c.by.name, speaker, "{text}");
        assert!(content(&d, c).ends_with("Ogossagou"), "{text}");
        assert_eq!(c.said_on, None, "{text}");
    }
}

/// An inverted speaker that ends in a name may be longer: « …, a annoncé le ministère de
/// la Réconciliation ».
#[test]
fn an_inverted_speaker_ending_in_a_name() {
    for (text, lang, speaker) in [
        (
            "Le gouvernement et la CMA ont signé lundi à Kidal un accord, a annoncé le ministère de la Réconciliation.",
            Lang::Fr,
            "le ministère de la Réconciliation",
        ),
        (
            "The government and the CMA signed an agreement in Kidal on Monday, said the Ministry of National Reconciliation.",
            Lang::En,
            "the Ministry of National Reconciliation",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}");
        assert_eq!(d.claims[0].by.name, speaker, "{text}");
        assert!(
            content(&d, &d.claims[0]).ends_with("accord")
                || content(&d, &d.claims[0]).ends_with("Monday")
        );
    }
}

/// The first claim's speaker and the first current event's date.
fn speaker_and_date<'a>(d: &'a Doc, text: &str) -> (&'a str, String) {
    let c = d.claims.first().expect(text);
    let e = d.events.iter().find(|e| !e.background).expect(text);
    let day = e.date.as_ref().and_then(|x| x.start).map(|x| x.to_string());
    (c.by.name.as_str(), day.unwrap_or_default())
}

/// An association or organisation named by what it is speaks ("…, a indiqué une
/// association de défense des droits des Peuls", "…, the Fulani association Tabital
/// Pulaaku said on Wednesday"), and the report keeps its own date.
#[test]
fn an_association_that_speaks_is_the_speaker() {
    for (text, lang, speaker) in [
        (
            "Des chasseurs dozos ont attaqué samedi un hameau peul près de Djenné, tuant six civils, a indiqué une association de défense des droits des Peuls.",
            Lang::Fr,
            "une association",
        ),
        (
            "Dozo hunters attacked a Fulani hamlet near Djenne on Saturday, killing six civilians, said a local NGO.",
            Lang::En,
            "a local NGO",
        ),
        (
            "Dozo hunters attacked a Fulani hamlet near Djenne on Saturday, killing six civilians, the Fulani association Tabital Pulaaku said on Sunday.",
            Lang::En,
            "the Fulani association Tabital Pulaaku",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(
            speaker_and_date(&d, text),
            (speaker, "2023-11-11".into()),
            "{text}"
        );
        assert!(content(&d, &d.claims[0]).contains("six civil"), "{text}");
    }
}

/// A relative clause between the subject and its cue ("JNIM, which claimed the attack,
/// said…", « Le JNIM, qui a revendiqué l'attaque, affirme… ») does not hide the subject.
#[test]
fn a_relative_clause_does_not_hide_the_speaker() {
    for (text, lang, words) in [
        (
            "JNIM, which claimed the attack, said it had killed 53 soldiers.",
            Lang::En,
            "53 soldiers",
        ),
        (
            "Le JNIM, qui a revendiqué l'attaque, affirme avoir tué 53 soldats.",
            Lang::Fr,
            "53 soldats",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, words);
        assert_eq!(c.by.name, "JNIM", "{text}");
        assert!(
            !content(&d, c).contains("JNIM"),
            "{text}: {}",
            content(&d, c)
        );
    }
}

/// A cue inside a relative clause speaks for the clause's antecedent ("JNIM, which said
/// it had killed twelve soldiers, attacked…", « Le JNIM, qui affirme avoir tué… »), and
/// what it reports ends with the clause: the antecedent's own verb is the report's.
#[test]
fn a_cue_in_a_relative_clause_speaks_for_its_antecedent() {
    for (text, lang, words, main) in [
        (
            "JNIM, which said it had killed twelve soldiers, attacked the Boni camp on Monday.",
            Lang::En,
            "twelve soldiers",
            "attacked",
        ),
        (
            "Le JNIM, qui affirme avoir tué douze soldats, a attaqué lundi le camp de Boni.",
            Lang::Fr,
            "douze soldats",
            "attaqué",
        ),
        (
            "JNIM attacked the Boni camp on Monday. The group, which claims to have killed twelve soldiers, posted photos.",
            Lang::En,
            "twelve soldiers",
            "posted",
        ),
        (
            "Le JNIM a attaqué lundi le camp de Boni. Le groupe jihadiste, qui affirme avoir tué douze soldats, a publié des photos.",
            Lang::Fr,
            "douze soldats",
            "publié",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, words);
        assert_eq!(c.by.name, "JNIM", "{text}");
        assert!(!content(&d, c).contains(main), "{text}: {}", content(&d, c));
    }
}

/// A speaker described by a relative clause ("…, the organisation that employs them
/// said", « …, a indiqué jeudi l'organisation qui les emploie ») is who speaks.
#[test]
fn a_speaker_with_a_relative_clause() {
    for (text, lang, speaker) in [
        (
            "Gunmen kidnapped four aid workers near Ménaka on Tuesday, the organisation that employs them said on Thursday.",
            Lang::En,
            "the organisation that employs them",
        ),
        (
            "Des hommes armés ont enlevé mardi quatre humanitaires près de Ménaka, a indiqué jeudi l'organisation qui les emploie.",
            Lang::Fr,
            "l'organisation qui les emploie",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(
            speaker_and_date(&d, text),
            (speaker, "2023-11-07".into()),
            "{text}"
        );
    }
}

#[test]
fn how_a_statement_went_out_is_not_what_it_says() {
    // (Published Monday 13 November 2023: Thursday is the 9th, Tuesday the 7th.)
    for (text, lang, cue) in [
        (
            "Five soldiers were killed on Tuesday near Tillaberi, the defence ministry said in \
             a statement read on state television on Thursday.",
            Lang::En,
            "said",
        ),
        (
            "Five soldiers were killed on Tuesday near Tillaberi, the defence ministry said in \
             a statement released on Thursday.",
            Lang::En,
            "said",
        ),
        (
            "Cinq soldats ont été tués mardi près de Tillabéri, a indiqué le ministère de la \
             Défense dans un communiqué lu à la télévision nationale jeudi.",
            Lang::Fr,
            "a indiqué",
        ),
        (
            "Cinq soldats ont été tués mardi près de Tillabéri, a indiqué le ministère de la \
             Défense dans un communiqué publié jeudi.",
            Lang::Fr,
            "a indiqué",
        ),
        (
            "Cinq soldats ont été tués mardi près de Tillabéri, a indiqué le ministère de la \
             Défense dans un communiqué rendu public jeudi.",
            Lang::Fr,
            "a indiqué",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "Tillab");
        assert_eq!(
            (
                c.cue.as_deref(),
                c.said_on.map(|d| d.to_string()).as_deref()
            ),
            (Some(cue), Some("2023-11-09")),
            "{text}"
        );
    }
}

/// Who was told, named by the outlet ("told AFP", « à l'AFP »), stands between the cue
/// and the end or the speaker: the content is before, the speaker is who told it.
#[test]
fn an_outlet_told_is_no_content_and_no_speaker() {
    for (text, lang, who) in [
        (
            "Fighters from JNIM abducted five truck drivers outside Nampala on Wednesday \
             evening, a transporters' union official told AFP on Friday.",
            Lang::En,
            "a transporters' union official",
        ),
        (
            "Des combattants du JNIM ont enlevé cinq chauffeurs près de Nampala mercredi \
             soir, a déclaré vendredi à l'AFP un responsable syndical.",
            Lang::Fr,
            "un responsable syndical",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "Nampala");
        assert_eq!(c.by.name, who, "{text}");
        assert_eq!(
            c.said_on.map(|d| d.to_string()).as_deref(),
            Some("2023-11-10"),
            "{text}"
        );
    }
}

/// A speaker no dictionary knows after the comma, quantified, counted or listed ("both
/// sides", "two local officials and a Tuareg community association"), is who speaks:
/// never the subject of what it reports, and a date in the report is not when it spoke.
#[test]
fn a_quantified_or_listed_speaker_after_the_comma() {
    for (text, lang, who) in [
        (
            "Rebels attacked an army camp in Bourem on Sunday, both sides said.",
            Lang::En,
            "both sides",
        ),
        (
            "Eight civilians were killed on Sunday near Inekar, two local officials and a Tuareg community association said.",
            Lang::En,
            "two local officials and a Tuareg community association",
        ),
        (
            "Des hommes armés ont tué huit civils dimanche près d'Inékar, deux élus locaux et une association communautaire touarègue ont affirmé.",
            Lang::Fr,
            "deux élus locaux et une association communautaire touarègue",
        ),
        // (A possessive's apostrophe in a part, after a wire's dateline.)
        (
            "MOPTI, Feb 14 (Reuters) - Gunmen abducted two teachers in the village of Dioungani on Monday, local officials and a teachers' union said.",
            Lang::En,
            "local officials and a teachers' union",
        ),
        // (A source the lexicon names may be one of those listed.)
        (
            "At least eight civilians were killed on Sunday near Inekar, local sources and an elected official told Reuters.",
            Lang::En,
            "local sources and an elected official",
        ),
        // (And who was told may follow: « ont dit à l'AFP ».)
        (
            "Huit civils ont été tués dimanche près d'Inékar, des sources locales et des notables ont dit à l'AFP.",
            Lang::Fr,
            "des sources locales et des notables",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}");
        let c = &d.claims[0];
        assert_eq!(c.by.name, who, "{text}");
        assert_eq!(c.said_on, None, "{text}");
    }
    // Known parties listed are no anonymous speaker.
    let text = "Rebels attacked the camp on Sunday, both the army and the rebels said.";
    let d = run(text, Lang::En);
    assert!(
        d.claims.iter().all(|c| c.by.kind != "anonymous"),
        "{text}: {:#?}",
        d.claims
    );
}

/// A trailing speaker may have a relative clause about it before the cue ("…, the army,
/// which lost two more men last week, said"): it speaks, and the report's date is not
/// when it spoke.
#[test]
fn a_trailing_speaker_with_a_relative_clause() {
    for (text, lang, who) in [
        (
            "Community leaders signed a peace agreement in Bankass on Tuesday, the Centre for Humanitarian Dialogue, which facilitated the talks, said.",
            Lang::En,
            "the Centre for Humanitarian Dialogue",
        ),
        (
            "Gunmen killed two soldiers near Gao on Tuesday, the army, which lost two more men last week, said.",
            Lang::En,
            "Military Forces of Mali",
        ),
        (
            "Des hommes armés ont tué deux soldats près de Gao mardi, l'armée, qui a perdu deux autres hommes la semaine dernière, a indiqué.",
            Lang::Fr,
            "Military Forces of Mali",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}: {:#?}", d.claims);
        assert_eq!(d.claims[0].by.name, who, "{text}");
        assert_eq!(d.claims[0].said_on, None, "{text}");
    }
}

/// French verbs of saying in the plural speak as the singular do (« des habitants
/// indiquent que… », « signalent que… »), as "residents say that…" does in English.
#[test]
fn plural_verbs_of_saying_speak() {
    for (text, lang) in [
        (
            "Ménaka : des habitants signalent que des hommes armés ont exécuté hier soir trois personnes.",
            Lang::Fr,
        ),
        (
            "Des habitants indiquent que des hommes armés ont tué trois personnes à Ménaka.",
            Lang::Fr,
        ),
        (
            "Residents say that gunmen killed three people in Menaka.",
            Lang::En,
        ),
    ] {
        let d = run(text, lang);
        let c = claim(
            &d,
            if lang == Lang::Fr {
                "trois personnes"
            } else {
                "three people"
            },
        );
        assert!(
            c.by.name.to_lowercase().contains("habitants") || c.by.name == "Residents",
            "{text}"
        );
    }
}

/// The subject of a passive before a comma is what is reported, not who reports
/// ("Eight civilians were killed…, a nurse at the hospital told Reuters": no civilians
/// speak).
#[test]
fn a_passive_subject_is_no_speaker() {
    let text = "At least eight civilians, including four children, were killed on Sunday in a drone strike near Inekar, a nurse at the hospital in the nearby town told Reuters.";
    let d = run(text, Lang::En);
    assert!(
        d.claims
            .iter()
            .all(|c| c.by.camp.as_deref() != Some("civilian")),
        "{text}: {:#?}",
        d.claims
    );
}

/// Rights organisations named are sources, independent of every camp ("Human Rights
/// Watch said…", « Selon Human Rights Watch »); a speaker no dictionary knows as the
/// cue's own subject, when a clause follows ("Kisal said that…", "Two other women said
/// they…", « Kisal affirme que… »), says what follows the cue, and whoever comes right
/// after the cue is not its speaker ("said soldiers killed…"). A definite description
/// ("The group reported…") stands for someone named before, so it is no new speaker.
#[test]
fn named_organisations_and_unknown_subjects_speak() {
    for (text, lang, who, said) in [
        (
            "Human Rights Watch said soldiers killed 40 men in Kouakourou.",
            Lang::En,
            "Human Rights Watch",
            "soldiers killed 40 men in Kouakourou",
        ),
        (
            "Selon Human Rights Watch, des soldats ont tué 40 hommes à Kouakourou.",
            Lang::Fr,
            "Human Rights Watch",
            "des soldats ont tué 40 hommes à Kouakourou",
        ),
        (
            "Kisal said that soldiers killed 40 men in Kouakourou.",
            Lang::En,
            "Kisal",
            "soldiers killed 40 men in Kouakourou",
        ),
        (
            "Two other women said they were raped in a nearby field.",
            Lang::En,
            "Two other women",
            "they were raped in a nearby field",
        ),
        (
            "Un habitant affirme que des soldats ont tué 40 hommes à Kouakourou.",
            Lang::Fr,
            "Un habitant",
            "des soldats ont tué 40 hommes à Kouakourou",
        ),
        (
            "Kisal affirme que des soldats ont tué 40 hommes à Kouakourou.",
            Lang::Fr,
            "Kisal",
            "des soldats ont tué 40 hommes à Kouakourou",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}: {:#?}", d.claims);
        let c = &d.claims[0];
        assert_eq!(c.by.name, who, "{text}");
        assert_eq!(content(&d, c), said, "{text}");
        if who == "Human Rights Watch" {
            assert_eq!(c.by.camp.as_deref(), Some("independent"), "{text}");
        }
    }
    // No clause after the cue, no speaker: what the subject is said to be is no one's
    // word ("A ceasefire announced last week", "An attack claimed the lives of…"); nor a
    // negated subject; nor a definite description, which stands for someone named before.
    for (text, lang) in [
        (
            "Soldiers entered Ber on Monday. The group reported they captured the town.",
            Lang::En,
        ),
        (
            "A ceasefire announced last week collapsed on Monday.",
            Lang::En,
        ),
        (
            "An attack claimed the lives of 12 soldiers in Boni.",
            Lang::En,
        ),
        ("Nobody claimed responsibility for the attack.", Lang::En),
        (
            "Un cessez-le-feu annoncé la semaine dernière a volé en éclats lundi.",
            Lang::Fr,
        ),
    ] {
        let d = run(text, lang);
        assert!(d.claims.is_empty(), "{text}: {:#?}", d.claims);
    }
    // A speaker no dictionary knows says what follows it: who comes right after the cue
    // is what is reported, not the speaker.
    let text = "Kisal said soldiers killed 40 men in Kouakourou.";
    let d = run(text, Lang::En);
    assert!(
        d.claims.iter().all(|c| c.by.name != "soldiers"),
        "{text}: {:#?}",
        d.claims
    );
}

/// A cue after a French clitic has its speaker after it (« Comme l'a indiqué l'armée »);
/// a verb joined by "and"/« et » shares the previous cue's speaker ("JNIM claimed the
/// attack and said…").
#[test]
fn clitics_and_joined_cues_keep_their_speakers() {
    let text = "Comme l'a indiqué l'armée, deux civils ont été tués à Boni.";
    let d = run(text, Lang::Fr);
    assert!(
        d.claims.iter().any(|c| c.by.name.contains("Mali")),
        "{text}: {:#?}",
        d.claims
    );
    for (text, lang) in [
        (
            "JNIM claimed the attack and said it killed 20 soldiers.",
            Lang::En,
        ),
        (
            "Le JNIM a revendiqué l'attaque et affirme avoir tué 20 soldats.",
            Lang::Fr,
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 2, "{text}: {:#?}", d.claims);
        assert!(
            d.claims.iter().all(|c| c.by.name == "JNIM"),
            "{text}: {:#?}",
            d.claims
        );
    }
}

/// Officials and community voices named by their office alone speak ("according to the
/// governor", « la société civile fait état de »), as does who gives a toll ("put the
/// toll at") and the author of a count ("a tally from local officials", « un bilan de la
/// société civile »).
#[test]
fn offices_tolls_and_their_authors_speak() {
    for (text, lang, words, who) in [
        (
            "Seventeen civilians were killed on Friday in Inekar, according to the governor.",
            Lang::En,
            "Seventeen civilians",
            "the governor",
        ),
        (
            "Dix-sept civils ont été tués vendredi à Inékar, selon le gouverneur.",
            Lang::Fr,
            "Dix-sept civils",
            "le gouverneur",
        ),
        (
            "Local civil society groups put the toll at 21.",
            Lang::En,
            "21",
            "Local civil society groups",
        ),
        (
            "La société civile fait état de vingt-cinq morts.",
            Lang::Fr,
            "vingt-cinq morts",
            "La société civile",
        ),
        (
            "A tally from local officials put the toll at 25.",
            Lang::En,
            "25",
            "local officials",
        ),
        (
            "Un bilan de la société civile fait état de vingt-cinq morts.",
            Lang::Fr,
            "vingt-cinq morts",
            "la société civile",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(claim(&d, words).by.name, who, "{text}");
    }
}

/// "According to a statement from the army", « selon un communiqué de l'armée »,
/// "according to a toll from local officials", « selon un bilan de la société civile »:
/// past what it was said in, and its preposition, who said it.
#[test]
fn according_to_a_statement_or_toll_from_its_author() {
    for (text, lang, who) in [
        (
            "Sixteen civilians were killed on Saturday in Diallassagou, according to a statement by the army.",
            Lang::En,
            "army",
        ),
        (
            "Seize civils ont été tués samedi à Diallassagou, selon un communiqué de l'armée.",
            Lang::Fr,
            "armée",
        ),
        (
            "According to a toll from local officials, sixteen civilians were killed on Saturday in Diallassagou.",
            Lang::En,
            "local officials",
        ),
        (
            "Seize civils ont été tués samedi à Diallassagou, selon un bilan de la société civile.",
            Lang::Fr,
            "la société civile",
        ),
        // (A preposition fused with its article: « du » is « de le ».)
        (
            "Sixteen civilians were killed on Saturday in Diallassagou, according to a statement from the government.",
            Lang::En,
            "government",
        ),
        (
            "Seize civils ont été tués samedi à Diallassagou, selon un communiqué du gouvernement.",
            Lang::Fr,
            "gouvernement",
        ),
        (
            "Seize civils ont été tués samedi à Diallassagou, a indiqué le porte-parole du gouvernement.",
            Lang::Fr,
            "gouvernement",
        ),
    ] {
        let d = run(text, lang);
        let by = &claim(&d, "Diallassagou").by.name;
        assert!(by.contains(who), "{text}: {by}");
    }
}

/// A participle's pronoun is what it says, not who: "JNIM claimed the attack, saying it
/// had killed 60 soldiers", « …, affirmant qu'il avait tué 60 soldats »: JNIM says it.
#[test]
fn a_participles_pronoun_is_what_it_says() {
    for (text, lang) in [
        (
            "JNIM claimed the attack, saying it had killed 60 soldiers.",
            Lang::En,
        ),
        (
            "Le JNIM a revendiqué l'attaque, affirmant qu'il avait tué 60 soldats.",
            Lang::Fr,
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "60");
        assert_eq!(c.by.name, "JNIM", "{text}");
        assert!(
            !content(&d, c).contains("attaque") && !content(&d, c).contains("attack"),
            "{text}"
        );
    }
}

/// "The toll of the army's raid": what a count counts, after "of", is not its author.
#[test]
fn what_a_toll_counts_does_not_speak() {
    let d = run(
        "The toll of the army's raid on Moura reported by residents stood at 500.",
        Lang::En,
    );
    assert!(
        d.claims.iter().all(|c| !c.by.name.contains("army")),
        "{:?}",
        d.claims
    );
    let d = run(
        "Twenty civilians were killed in Moura, according to a toll of the army's raid compiled by residents.",
        Lang::En,
    );
    assert!(
        d.claims.iter().all(|c| !c.by.name.contains("army")),
        "{:?}",
        d.claims
    );
}

/// A reporting verb right after a comma has its speaker after it, never the reported
/// clause's subject or object; a role heads a longer speaker ("the leader of …").
#[test]
fn a_comma_before_the_cue_puts_its_speaker_after() {
    for (text, lang, who) in [
        (
            "Gunmen killed 12 soldiers near Boni on Tuesday, said the leader of the local youth association.",
            Lang::En,
            "the leader of the local youth association",
        ),
        (
            "Des jihadistes ont tué 12 soldats près de Boni mardi, a indiqué le porte-parole du ministère.",
            Lang::Fr,
            "le porte-parole du ministère",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "12");
        assert_eq!(c.by.name, who, "{text}");
        assert!(!content(&d, c).contains(who), "{text}");
    }
}

/// "…, saying X did Y": who follows a participle is what it says, not who says it.
#[test]
fn who_follows_a_participle_does_not_speak() {
    for (text, lang) in [
        (
            "The president sent troops to Kidal, saying rebel fighters were preparing an attack.",
            Lang::En,
        ),
        (
            "Le président a envoyé des troupes à Kidal, affirmant les rebelles prêts à attaquer.",
            Lang::Fr,
        ),
    ] {
        let d = run(text, lang);
        assert!(
            d.claims
                .iter()
                .all(|c| c.by.camp.as_deref() != Some("rebel")),
            "{text}: {:?}",
            d.claims
        );
    }
}

/// An apposition after a name closes before the cue: the name is who speaks, and what
/// follows the cue is what it says.
#[test]
fn an_apposition_keeps_its_name_as_subject() {
    for (text, lang) in [
        (
            "The Katiba Serma fighters, a unit linked to JNIM, said they had killed 12 soldiers.",
            Lang::En,
        ),
        (
            "Les Brigades des martyrs d'Al-Aqsa, groupe armé lié au Fatah, ont indiqué qu'elles avaient tué 12 soldats.",
            Lang::Fr,
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "12");
        let said = content(&d, c);
        assert!(
            !said.contains("Katiba") && !said.contains("Brigades"),
            "{text}: {said}"
        );
    }
}

/// "The group" stands for the group named before (never a state's forces, nor when a
/// relative clause or complement defines it); « des » opening a sentence is an article,
/// its noun the subject a pronoun stands for.
#[test]
fn the_group_and_a_pronoun_stand_for_the_group_named_before() {
    for (text, lang, who) in [
        (
            "ISGS claimed the attack. The group said it had killed 20 soldiers.",
            Lang::En,
            Some("jihadist"),
        ),
        (
            "L'EIGS a revendiqué l'attaque. Le groupe affirme avoir tué 20 soldats.",
            Lang::Fr,
            Some("jihadist"),
        ),
        (
            "Des combattants du JNIM ont attaqué lundi un convoi près de Diabaly. Il revendique la mort de 20 soldats.",
            Lang::Fr,
            Some("jihadist"),
        ),
        (
            "Soldiers entered Ber on Monday. The group reported 20 soldiers had captured the town.",
            Lang::En,
            None,
        ),
        (
            "Des soldats sont entrés lundi à Ber. Le groupe affirme que 20 soldats ont pris la ville.",
            Lang::Fr,
            None,
        ),
    ] {
        let d = run(text, lang);
        let camp = d
            .claims
            .iter()
            .find(|c| content(&d, c).contains("20"))
            .map(|c| c.by.camp.as_deref());
        match who {
            Some(camp_is) => assert_eq!(camp, Some(Some(camp_is)), "{text}: {:#?}", d.claims),
            None => assert!(camp.is_none(), "{text}: {:#?}", d.claims),
        }
    }
}

/// A role serving "the group" speaks for the group named before ("…, a spokesman for the
/// group said", « …, a indiqué un porte-parole du mouvement »).
#[test]
fn a_role_for_the_group_speaks_for_it() {
    for (text, lang, what) in [
        (
            "GATIA took control of Menaka on Monday after driving out CMA fighters, a spokesman for the group said.",
            Lang::En,
            "control",
        ),
        (
            "Le GATIA a pris lundi le contrôle de Ménaka après en avoir chassé les combattants de la CMA, a indiqué un porte-parole du mouvement.",
            Lang::Fr,
            "contrôle",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, what);
        assert_eq!(c.by.name, "GATIA", "{text}");
    }
}

/// "accused the army on Monday of killing…": the date right after the accused is when
/// the accusation was made, not the deed's.
#[test]
fn a_date_after_the_accused_is_the_accusations() {
    for (text, lang) in [
        (
            "Rebels accused the Malian army on Monday of killing eight civilians in a drone strike on a market at Tin-Essako.",
            Lang::En,
        ),
        (
            "Les rebelles ont accusé l'armée malienne lundi d'avoir tué huit civils dans une frappe de drone sur un marché à Tin-Essako.",
            Lang::Fr,
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "civil");
        assert_eq!(
            c.said_on.map(|d| d.to_string()).as_deref(),
            Some("2023-11-13"),
            "{text}"
        );
    }
}

/// Review counter-examples: an aside closing before the cue keeps the subject as the
/// speaker; "the coalition" qualified by its own words is no anaphor; who was told
/// ends an inverted speaker.
#[test]
fn asides_qualified_nouns_and_outlets_after_a_comma() {
    for (text, lang, who) in [
        (
            "The mayor of the rural commune of Boni, reached by telephone, said 12 civilians were killed.",
            Lang::En,
            Some("The mayor"),
        ),
        (
            "Le maire de la commune rurale de Boni, joint par téléphone, a indiqué que 12 civils avaient été tués.",
            Lang::Fr,
            Some("Le maire"),
        ),
        (
            "JNIM claimed the attack. The coalition forces said they killed 12 militants.",
            Lang::En,
            None,
        ),
        (
            "Le JNIM a revendiqué l'attaque. La coalition internationale affirme avoir tué 12 jihadistes.",
            Lang::Fr,
            None,
        ),
    ] {
        let d = run(text, lang);
        let by = d
            .claims
            .iter()
            .find(|c| content(&d, c).contains("12"))
            .map(|c| c.by.name.as_str());
        match who {
            Some(name) => assert_eq!(by, Some(name), "{text}: {:#?}", d.claims),
            None => assert!(by != Some("JNIM"), "{text}: {:#?}", d.claims),
        }
    }
    let d = run(
        "Le CSP a pris Bourem, a affirmé un porte-parole du mouvement à l'AFP.",
        Lang::Fr,
    );
    assert_eq!(claim(&d, "Bourem").by.name, "CSP-PSD");
}

/// A claim told through another statement ("in a claim posted on Telegram", « dans une
/// revendication publiée sur Telegram ») says only how it went out: the cue's content
/// is what follows, and the channel's noun is no cue of its own.
#[test]
fn a_claim_posted_on_telegram_is_a_channel() {
    for (text, lang, said) in [
        (
            "JNIM said in a claim posted on Telegram that it had killed 30 soldiers.",
            Lang::En,
            "it had killed 30 soldiers",
        ),
        (
            "JNIM, in a claim posted on Telegram, said it had killed 30 soldiers.",
            Lang::En,
            "it had killed 30 soldiers",
        ),
        (
            "Le JNIM affirme dans une revendication publiée sur Telegram avoir tué 30 soldats.",
            Lang::Fr,
            "avoir tué 30 soldats",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}: {:#?}", d.claims);
        let c = &d.claims[0];
        assert_eq!(
            (content(&d, c), c.by.name.as_str()),
            (said, "JNIM"),
            "{text}"
        );
    }
}

/// A statement's author is who speaks, as the subject ("a statement from the army
/// reported…", « un communiqué de l'armée fait état de… ») or in a relative clause about
/// the source a preposition named ("according to an army statement which reported…",
/// « selon l'armée, qui fait état de… »).
#[test]
fn a_statement_speaks_for_its_author() {
    for (text, lang, said) in [
        (
            "A statement from the Malian army reported two soldiers killed.",
            Lang::En,
            "two soldiers killed",
        ),
        (
            "Un communiqué de l'armée malienne fait état de deux soldats tués.",
            Lang::Fr,
            "deux soldats tués",
        ),
        (
            "A unit was ambushed near Niono, according to a Malian army statement which reported two soldiers killed.",
            Lang::En,
            "two soldiers killed",
        ),
        (
            "Une unité a été prise dans une embuscade près de Niono, selon l'armée malienne, qui fait état de deux soldats tués.",
            Lang::Fr,
            "deux soldats tués",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, said);
        assert_eq!(
            (content(&d, c), c.by.name.as_str()),
            (said, "Military Forces of Mali"),
            "{text}"
        );
    }
}

/// An outlet or body named without an article after an inverted cue speaks (« …,
/// rapporte Studio Tamani », "…, said Human Rights Watch"); a subject with a verb of
/// its own after an aside is what is reported, never who reports.
#[test]
fn inverted_proper_names_and_subjects_after_an_aside() {
    for (text, lang, said, by) in [
        (
            "Cinq civils ont péri dimanche près de Sangha, rapporte Studio Tamani.",
            Lang::Fr,
            "Cinq civils ont péri dimanche près de Sangha",
            "Studio Tamani",
        ),
        (
            "Gunmen killed five civilians near Sangha on Sunday, said Human Rights Watch.",
            Lang::En,
            "Gunmen killed five civilians near Sangha on Sunday",
            "Human Rights Watch",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, said);
        assert_eq!((content(&d, c), c.by.name.as_str()), (said, by), "{text}");
    }
    for (text, lang) in [
        (
            "Cinq civils, dont trois enfants, ont péri dimanche près de Sangha, rapporte-t-on.",
            Lang::Fr,
        ),
        (
            "Five civilians, including three children, died on Sunday near Sangha, it was reported.",
            Lang::En,
        ),
    ] {
        let d = run(text, lang);
        assert!(
            d.claims.iter().all(|c| c.by.name != "Civilians (Mali)"),
            "{text}: {:?}",
            d.claims.iter().map(|c| &c.by.name).collect::<Vec<_>>()
        );
    }
}

/// A subject whose own verb comes before the aside that closes on an inverted cue is
/// what is reported (« La milice … a signé samedi un pacte, sous l'égide du gouverneur,
/// a annoncé… »), even when who announced it goes unrecognized.
#[test]
fn a_subject_with_its_own_verb_before_an_aside_does_not_speak() {
    for (text, lang, subject) in [
        (
            "The militia has signed a non-aggression pact in Mopti on Saturday, under the aegis of the governor, announced the regional directorate of communication of the governorate.",
            Lang::En,
            "militia",
        ),
        (
            "La milice Dan Na Ambassagou a signé samedi un pacte de non-agression à Mopti, sous l'égide du gouverneur et de chefs religieux, a annoncé la direction régionale de la communication.",
            Lang::Fr,
            "Ambassagou",
        ),
    ] {
        let d = run(text, lang);
        assert!(
            d.claims.iter().all(|c| !c.by.name.contains(subject)),
            "{text}: {:?}",
            d.claims.iter().map(|c| &c.by.name).collect::<Vec<_>>()
        );
    }
}

/// A statement named after an inverted cue speaks for its author, past its preposition
/// or its passive's agent: "…, said a statement from the army", « …, indique un
/// communiqué de l'armée », « …, affirme un communiqué signé par … du JNIM ».
#[test]
fn inverted_statement_speaks_for_its_author() {
    for (text, lang, said, by, channel) in [
        (
            "Trois soldats ont été tués près de Tessit, indique un communiqué de l'armée publié mardi.",
            Lang::Fr,
            "Trois soldats ont été tués près de Tessit",
            "Military Forces of Mali",
            "communiqué",
        ),
        (
            "Douze assaillants ont été neutralisés, affirme un communiqué signé par le porte-parole du JNIM.",
            Lang::Fr,
            "Douze assaillants ont été neutralisés",
            "JNIM",
            "communiqué",
        ),
        (
            "Three soldiers were killed near Tessit, said a statement from the army.",
            Lang::En,
            "Three soldiers were killed near Tessit",
            "Military Forces of Mali",
            "statement",
        ),
        (
            "Twelve attackers were neutralised, said a statement issued by JNIM.",
            Lang::En,
            "Twelve attackers were neutralised",
            "JNIM",
            "statement",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, said);
        assert_eq!(
            (content(&d, c), c.by.name.as_str(), c.channel.as_deref()),
            (said, by, Some(channel)),
            "{text}"
        );
    }
}

/// The victims' kin and local councillors speak for what they saw; a capitalized word
/// ending a name ("the United States") is no reporting verb.
#[test]
fn relatives_and_councillors_are_sources() {
    for (text, lang, words, who) in [
        (
            "Relatives told AFP that the nine people killed were not armed.",
            Lang::En,
            "nine people",
            "Relatives",
        ),
        (
            "A local councillor said the dead were herders.",
            Lang::En,
            "herders",
            "A local councillor",
        ),
        (
            "Des proches affirment que les neuf tués n'étaient pas armés.",
            Lang::Fr,
            "neuf tués",
            "Des proches",
        ),
        (
            "Un conseiller municipal a déclaré que les morts étaient des bergers.",
            Lang::Fr,
            "bergers",
            "Un conseiller municipal",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(claim(&d, words).by.name, who, "{text}");
    }
    let d = run(
        "Their relatives in the United States will hear it on the radio.",
        Lang::En,
    );
    assert!(d.claims.is_empty(), "{:#?}", d.claims);
}

/// "according to a teacher", « selon un responsable régional »: someone new named by a
/// few plain words after an attribution speaks; a thing does not ("according to a
/// newspaper report", « selon une estimation »).
#[test]
fn someone_new_after_an_attribution_speaks() {
    for (text, lang, who) in [
        (
            "A bus struck a mine near Boni on Saturday, according to a teacher.",
            Lang::En,
            Some("a teacher"),
        ),
        (
            "Un bus a heurté une mine près de Boni samedi, selon un responsable régional.",
            Lang::Fr,
            Some("un responsable régional"),
        ),
        (
            "A bus struck a mine near Boni on Saturday, according to a newspaper report.",
            Lang::En,
            None,
        ),
        (
            "Un bus a heurté une mine près de Boni samedi, selon une estimation.",
            Lang::Fr,
            None,
        ),
        // (Opening the sentence, a body named with its trade or place, definite.)
        (
            "According to the union of transporters in Mopti, five people were killed on Sunday when a bus hit a mine.",
            Lang::En,
            Some("the union of transporters in Mopti"),
        ),
        (
            "Selon le syndicat des transporteurs de Mopti, cinq personnes ont été tuées dimanche lorsqu'un car a sauté sur une mine.",
            Lang::Fr,
            Some("le syndicat des transporteurs de Mopti"),
        ),
        // (Not what is cited after the report: no one speaks.)
        (
            "The family refused to return, citing the harshness of the regime.",
            Lang::En,
            None,
        ),
    ] {
        let d = run(text, lang);
        let by: Vec<&str> = d.claims.iter().map(|c| c.by.name.as_str()).collect();
        assert_eq!(by, who.into_iter().collect::<Vec<_>>(), "{text}");
    }
}

/// « selon l'ONG Femmes du Delta », "according to the NGO Women of the Delta": an
/// organisation named after its kind speaks, independent, under its name.
#[test]
fn an_ngo_named_after_its_kind_speaks() {
    for (text, lang, who) in [
        (
            "Selon l'ONG Femmes du Delta, au moins cinq femmes ont été violées par des hommes armés près de Kouakourou.",
            Lang::Fr,
            "l'ONG Femmes du Delta",
        ),
        (
            "According to the NGO Women of the Delta, at least five women were raped by armed men near Kouakourou.",
            Lang::En,
            "the NGO Women of the Delta",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}");
        assert_eq!(d.claims[0].by.name, who, "{text}");
        assert_eq!(
            d.claims[0].by.camp.as_deref(),
            Some("independent"),
            "{text}"
        );
    }
}

/// A party's own outlet after the cue ("said on its Facebook page", « sur sa page
/// Facebook ») is how it spoke, not what it said: the deed's date stays the deed's.
#[test]
fn a_partys_own_outlet_is_its_channel() {
    for (text, lang, words) in [
        (
            "Soldiers defused a bomb near Bandiagara on Wednesday, the army said on its Facebook page.",
            Lang::En,
            "defused a bomb",
        ),
        (
            "Soldiers defused a bomb near Bandiagara on Wednesday, the army said on its social media accounts.",
            Lang::En,
            "defused a bomb",
        ),
        (
            "Des soldats ont désamorcé une bombe près de Bandiagara mercredi, a indiqué l'armée sur sa page Facebook.",
            Lang::Fr,
            "une bombe",
        ),
        (
            "Des soldats ont désamorcé une bombe près de Bandiagara mercredi, a annoncé l'armée sur ses réseaux sociaux.",
            Lang::Fr,
            "une bombe",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, words);
        assert_eq!(c.by.name, "Military Forces of Mali", "{text}");
        assert_eq!(c.channel.as_deref(), Some("social networks"), "{text}");
        assert_eq!(c.said_on, None, "{text}");
    }
}

/// An unnamed speaker may say where it is from ("…, a journalist in the town said", "a
/// resident of the village told AFP"): it speaks, not the subject before the comma.
#[test]
fn an_anonymous_speaker_and_where_it_is_from() {
    for (text, who) in [
        (
            "Angry youths set fire to the town hall in Kolokani on Tuesday over a land dispute, a journalist in the town said.",
            "a journalist in the town",
        ),
        (
            "Gunmen killed four herders near Kolokani on Tuesday, a resident of the village told AFP.",
            "a resident",
        ),
        (
            "Gunmen killed four herders near Kolokani on Tuesday, a source in the local administration said.",
            "a source in the local administration",
        ),
    ] {
        let d = run(text, Lang::En);
        let c = claim(&d, "Tuesday");
        assert_eq!(c.by.name, who, "{text}");
        assert_eq!(c.said_on, None, "{text}");
    }
    // French puts them after the cue, where they were already read.
    let d = run(
        "Des hommes armés ont tué quatre bergers près de Kolokani mardi, a indiqué un habitant du village.",
        Lang::Fr,
    );
    assert_eq!(claim(&d, "mardi").by.name, "un habitant");
}

/// Who speaks, found in more of the ways reports name them: a body no dictionary knows
/// opening the sentence before "said on Sunday that", past an opening "But"; "the group"
/// for the group named as an attack's agent; the police commissioner; the town hall;
/// a communiqué "informing the public"; concern voiced in the past tense (the cue, not
/// what was said); a relative speaking to "our newsroom".
#[test]
fn more_ways_of_naming_who_speaks() {
    for (text, lang, words, who) in [
        (
            "The Fulani association Tabital Pulaaku said on Sunday that militiamen killed 21 villagers near Diallassagou.",
            Lang::En,
            "21 villagers",
            "The Fulani association Tabital Pulaaku",
        ),
        (
            "Kisal a affirmé dimanche que des soldats avaient tué douze bergers.",
            Lang::Fr,
            "douze bergers",
            "Kisal",
        ),
        (
            "But Kisal said that soldiers killed 12 herders.",
            Lang::En,
            "12 herders",
            "Kisal",
        ),
        (
            "Mais Kisal affirme que des soldats ont tué douze bergers.",
            Lang::Fr,
            "douze bergers",
            "Kisal",
        ),
        (
            "A convoy was ambushed by JNIM militants near Aguelhok on Sunday, the group claimed.",
            Lang::En,
            "Aguelhok",
            "JNIM",
        ),
        (
            "Un convoi a été pris en embuscade par des combattants du JNIM près d'Aguelhok dimanche. Le groupe affirme avoir tué des dizaines de soldats.",
            Lang::Fr,
            "dizaines",
            "JNIM",
        ),
        (
            "No one was hurt, the police commissioner said.",
            Lang::En,
            "No one",
            "the police commissioner",
        ),
        (
            "Aucune victime n'est à déplorer, selon le commissaire de police.",
            Lang::Fr,
            "Aucune victime",
            "le commissaire de police",
        ),
        (
            "According to the town hall, a shell fell near the market, killing two children.",
            Lang::En,
            "a shell",
            "the town hall",
        ),
        (
            "Selon la mairie, un obus est tombé près du marché, tuant deux enfants.",
            Lang::Fr,
            "un obus",
            "la mairie",
        ),
        (
            "The General Staff informs the public that on 10 September, army aircraft struck a terrorist gathering near Boni.",
            Lang::En,
            "aircraft struck",
            "Military Forces of Mali",
        ),
        (
            "Amnesty International s'est dite préoccupée mardi par l'enlèvement de cinq agents de santé.",
            Lang::Fr,
            "cinq agents",
            "Amnesty International",
        ),
        (
            "Le maire a été enlevé avant-hier par des hommes armés, a indiqué à notre rédaction un membre de sa famille.",
            Lang::Fr,
            "enlevé",
            "un membre de sa famille",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, words);
        assert!(c.by.name.ends_with(who), "{text}: {:?}", c.by.name);
    }
    // The government's police speaks for the government.
    let d = run("No one was hurt, the police commissioner said.", Lang::En);
    assert_eq!(claim(&d, "No one").by.camp.as_deref(), Some("government"));
    // The whole opening is the cue, not what was said.
    let d = run(
        "L'état-major général des armées informe l'opinion nationale et internationale que le 10 septembre, des vecteurs aériens ont frappé un regroupement terroriste près de Boni.",
        Lang::Fr,
    );
    assert!(content(&d, claim(&d, "Boni")).starts_with("le 10 septembre"));
    let d = run(
        "Amnesty International said it was concerned by the abduction of five health workers.",
        Lang::En,
    );
    let c = claim(&d, "abduction");
    assert_eq!(c.cue.as_deref(), Some("said it was concerned by"));
    assert!(content(&d, c).starts_with("the abduction"));
}

/// The administration's offices and its justice speak for the state ("according to a
/// toll from the prefecture", « selon la préfecture », « le procureur de la République »); a newsroom's own reporter speaks for it
/// (« a constaté notre correspondant »); « la mission onusienne » in Mali is MINUSMA.
#[test]
fn offices_reporters_and_the_un_mission_speak() {
    for (text, lang, words, camp) in [
        (
            "Two civilians were killed in the attack, according to a toll from the prefecture.",
            Lang::En,
            "Two civilians",
            Some("government"),
        ),
        (
            "The militia signed an agreement in Mopti on Tuesday, the governor's office said.",
            Lang::En,
            "signed an agreement",
            Some("government"),
        ),
        (
            "Au moins 17 civils ont été tués dimanche, selon un bilan de la préfecture.",
            Lang::Fr,
            "17 civils",
            Some("government"),
        ),
        // (Justice too: "the public prosecutor's office said", « a indiqué le parquet ».)
        (
            "Police have arrested three men suspected of belonging to JNIM, the public prosecutor's office said Friday.",
            Lang::En,
            "arrested three men",
            Some("government"),
        ),
        (
            "La police a arrêté trois hommes soupçonnés d'appartenir au JNIM, a indiqué vendredi le procureur de la République.",
            Lang::Fr,
            "arrêté trois hommes",
            Some("government"),
        ),
        (
            "Plusieurs centaines de personnes ont manifesté samedi à Kayes, a constaté notre correspondant.",
            Lang::Fr,
            "ont manifesté",
            Some("independent"),
        ),
        (
            "La MINUSMA a rétrocédé son camp de Tombouctou aux autorités maliennes vendredi, a annoncé la mission onusienne.",
            Lang::Fr,
            "rétrocédé",
            Some("international"),
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, words);
        assert_eq!(c.by.camp.as_deref(), camp, "{text}");
    }
}

/// Locals speak as anonymous sources, not as rioters ("Locals say at least 8 dozos
/// killed"), as « des habitants » do in French.
#[test]
fn locals_are_anonymous_sources() {
    for (text, lang, words) in [
        (
            "Heavy fighting broke out near Dogo on Sunday. Locals say at least 8 dozos killed, jihadist losses unknown.",
            Lang::En,
            "8 dozos",
        ),
        (
            "Gunmen burned the market in Nampala on Sunday, according to local residents.",
            Lang::En,
            "burned the market",
        ),
        (
            "Des hommes armés ont incendié le marché de Nampala dimanche, selon des habitants.",
            Lang::Fr,
            "incendié le marché",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, words);
        assert_eq!(
            (c.by.kind.as_str(), c.by.camp.as_deref()),
            ("anonymous", Some("independent")),
            "{text}"
        );
    }
}

/// A police service speaks for the police, a government source: « a indiqué le
/// commissariat de police », « selon la direction régionale de la police », "the regional
/// police directorate said".
#[test]
fn a_police_service_speaks_for_the_police() {
    for (text, lang, words) in [
        (
            "Deux voleurs ont été lynchés mardi par une foule à Kita, a indiqué le \
             commissariat de police.",
            Lang::Fr,
            "lynchés",
        ),
        (
            "Selon la direction régionale de la police, neuf manifestants ont été interpellés.",
            Lang::Fr,
            "interpellés",
        ),
        (
            "Nine protesters were detained, the regional police directorate said.",
            Lang::En,
            "detained",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(
            claim(&d, words).by.camp.as_deref(),
            Some("government"),
            "{text}"
        );
    }
}

/// How a source was reached is neither who speaks nor what is said: « …, a indiqué par
/// téléphone un habitant », « …, raconte dans un message vocal un habitant », "…, said a
/// farmer reached by telephone", "…, a farmer reached by phone said".
#[test]
fn how_a_source_was_reached_is_not_the_source() {
    for (text, lang, who) in [
        (
            "Des hommes armés ont incendié lundi des greniers à Diabali, a indiqué par téléphone un habitant.",
            Lang::Fr,
            "un habitant",
        ),
        (
            "« On a entendu les tirs dimanche », raconte dans un message vocal un habitant du quartier.",
            Lang::Fr,
            "un habitant",
        ),
        (
            "Des hommes armés ont incendié lundi des greniers à Diabali, raconte un producteur joint par téléphone.",
            Lang::Fr,
            "un producteur",
        ),
        (
            "Gunmen burned granaries in Diabali on Monday, said a farmer reached by telephone.",
            Lang::En,
            "a farmer",
        ),
        (
            "Gunmen burned granaries in Diabali on Monday, a farmer reached by phone said.",
            Lang::En,
            "a farmer",
        ),
        (
            "Gunmen burned granaries in Diabali on Monday, a resident reached by phone said.",
            Lang::En,
            "a resident",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}: {:#?}", d.claims);
        assert_eq!(d.claims[0].by.name, who, "{text}");
    }
}

/// A date opening the sentence and its comma ("On Monday, gunmen…", « Lundi, des hommes
/// armés… ») is no name in apposition: the speaker after the cue speaks, not the
/// subject of what is reported.
#[test]
fn an_opening_date_is_no_apposition() {
    for (text, lang, who) in [
        (
            "On Monday, gunmen burned granaries in Diabali, said a farmer.",
            Lang::En,
            "a farmer",
        ),
        (
            "Lundi, des hommes armés ont incendié des greniers à Diabali, raconte un producteur.",
            Lang::Fr,
            "un producteur",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}: {:#?}", d.claims);
        assert_eq!(d.claims[0].by.name, who, "{text}");
        assert!(
            content(&d, &d.claims[0]).contains("granar")
                || content(&d, &d.claims[0]).contains("greniers")
        );
    }
}

/// A cue joined to the previous one by a conjunction shares its speaker: the army named
/// inside what the first cue reports is not the second's subject.
#[test]
fn a_joined_cue_shares_the_previous_speaker() {
    for (text, lang, words) in [
        (
            "JNIM said in a statement that its fighters attacked the Malian army camp in Léré on Thursday, and claimed to have killed thirty soldiers.",
            Lang::En,
            "thirty soldiers",
        ),
        (
            "Le JNIM a affirmé dans un communiqué que ses combattants avaient attaqué le camp de l'armée malienne à Léré jeudi, et a revendiqué avoir tué trente soldats.",
            Lang::Fr,
            "trente soldats",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(claim(&d, words).by.name, "JNIM", "{text}");
    }
    // (Its own subject, when it has one: "…, and the army claimed…".)
    let d = run(
        "JNIM said its fighters attacked the camp, and the army claimed to have killed ten assailants.",
        Lang::En,
    );
    assert_eq!(claim(&d, "ten assailants").by.name, "the army");
}

/// A source that cites another passes on the other's words: « Selon le journal, qui cite
/// une source militaire, », "according to the newspaper, citing a military source,".
#[test]
fn a_relayed_source_speaks() {
    for (text, lang, words, by) in [
        (
            "Selon le journal, qui cite une source militaire, onze soldats ont été tués.",
            Lang::Fr,
            "onze soldats",
            "une source militaire",
        ),
        (
            "According to the newspaper, citing a military source, eleven soldiers were killed.",
            Lang::En,
            "eleven soldiers",
            "a military source",
        ),
        (
            "According to the newspaper, which cites a military source, eleven soldiers were killed.",
            Lang::En,
            "eleven soldiers",
            "a military source",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, words);
        assert_eq!(c.by.name, by, "{text}");
        assert_eq!(c.by.camp.as_deref(), Some("government"), "{text}");
    }
}

/// Separatist groups named by what they are ("Armed separatist groups announced…", « Les
/// groupes armés séparatistes ont annoncé… ») speak as the rebels they are, the whole
/// phrase theirs.
#[test]
fn separatist_groups_speak_as_rebels() {
    for (text, lang, by) in [
        (
            "Armed separatist groups announced on Saturday that they had dissolved themselves into a single movement.",
            Lang::En,
            "Armed separatist groups",
        ),
        (
            "Les groupes armés séparatistes ont annoncé samedi qu'ils s'étaient dissous au sein d'un mouvement unique.",
            Lang::Fr,
            "Les groupes armés séparatistes",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(d.claims.len(), 1, "{text}: {:#?}", d.claims);
        let c = &d.claims[0];
        assert_eq!(
            (c.by.name.as_str(), c.by.camp.as_deref()),
            (by, Some("rebel")),
            "{text}"
        );
    }
}

/// "said in a statement late on Wednesday": the shading word is part of when it was
/// said, not what was said.
#[test]
fn a_date_shaded_late_or_early_is_when_it_was_said() {
    for (text, lang, content) in [
        (
            "Three soldiers were killed when troops repelled the assault, the army said in a statement late on Wednesday.",
            Lang::En,
            "Three soldiers were killed",
        ),
        (
            "Trois soldats ont été tués, a indiqué l'armée tard mercredi.",
            Lang::Fr,
            "Trois soldats ont été tués",
        ),
        (
            "Trois soldats ont été tués, l'armée a indiqué dans un communiqué tard mercredi.",
            Lang::Fr,
            "Trois soldats ont été tués",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, content);
        assert_eq!(
            c.said_on.map(|d| d.to_string()).as_deref(),
            Some("2023-11-08"),
            "{text}: {c:#?}"
        );
    }
}

#[test]
fn two_sources_joined_after_the_comma_and_where_they_spoke_from() {
    // "…, a local elected official and a relative of one of the victims said": the
    // speaker is after the comma, not the army named in what they said.
    let d = run(
        "A Malian army drone strike hit a wedding near Tessit late on Saturday, killing at least eight civilians including three children, a local elected official and a relative of one of the victims said.",
        Lang::En,
    );
    let c = claim(&d, "drone strike");
    assert_eq!(c.by.name, "a local elected official", "{c:#?}");
    assert!(!content(&d, c).contains("official"), "{c:#?}");
    assert_eq!(c.said_on, None);
    // (French inverts them after the verb: « …, ont déclaré un élu local et un proche
    // d'une des victimes ».)
    let d = run(
        "Une frappe de drone a touché un mariage près de Tessit samedi soir, tuant huit civils, ont déclaré un élu local et un proche d'une des victimes.",
        Lang::Fr,
    );
    let c = claim(&d, "frappe de drone");
    assert_eq!(c.by.name, "un élu local", "{c:#?}");
    assert_eq!(c.said_on, None);
    // "…, the official told Reuters by phone from Gao": where it was said from ends
    // the reporting clause.
    let d = run(
        "The strike targeted a tent where guests had gathered, the official told Reuters by phone from Gao.",
        Lang::En,
    );
    assert_eq!(claim(&d, "targeted a tent").by.name, "the official");
    let d = run(
        "Des hommes armés ont tué cinq personnes à Tessit, a déclaré un élu local depuis Gao.",
        Lang::Fr,
    );
    assert_eq!(claim(&d, "cinq personnes").by.name, "un élu local");
    // "…, the army and local sources said": not the fighters the clause opens with,
    // nor its date as when it was said.
    let d = run(
        "Fighters of the Islamic State group overran an army post in Tessit on Saturday, killing eight soldiers, the army and local sources said.",
        Lang::En,
    );
    let c = claim(&d, "overran");
    assert_eq!(c.by.name, "Military Forces of Mali", "{c:#?}");
    assert!(!content(&d, c).contains("army and"), "{c:#?}");
    assert_eq!(c.said_on, None);
}

/// "a source close to JNIM", « des comptes proches du JNIM », « une source proche de
/// l'armée »: the party the source is tied to speaks; a source tied to nobody speaks
/// for itself.
#[test]
fn a_source_close_to_a_party_is_its_voice() {
    for (text, lang, words, name, camp) in [
        (
            "A source close to JNIM said 40 soldiers were killed.",
            Lang::En,
            "40 soldiers were killed",
            "JNIM",
            Some("jihadist"),
        ),
        (
            "Social media accounts linked to JNIM claimed to have killed 40 soldiers.",
            Lang::En,
            "killed 40 soldiers",
            "JNIM",
            Some("jihadist"),
        ),
        (
            "Des comptes proches du JNIM affirment avoir tué une quarantaine de militaires.",
            Lang::Fr,
            "une quarantaine de militaires",
            "JNIM",
            Some("jihadist"),
        ),
        (
            "Selon une source proche de l'armée, 40 terroristes ont été tués.",
            Lang::Fr,
            "40 terroristes ont été tués",
            "l'armée",
            Some("government"),
        ),
        (
            "Gunmen killed four herders near Kolokani on Tuesday, a source said.",
            Lang::En,
            "four herders",
            "a source",
            None,
        ),
        // (Alone, opening its sentence, with or without "that": a source of its own.)
        (
            "A source said 40 soldiers were killed in Boni on Friday.",
            Lang::En,
            "40 soldiers were killed",
            "A source",
            None,
        ),
        (
            "A source in the local administration said 12 civilians died.",
            Lang::En,
            "12 civilians died",
            "A source in the local administration",
            None,
        ),
        (
            "Des comptes affirment 30 morts à Boni.",
            Lang::Fr,
            "30 morts",
            "Des comptes",
            None,
        ),
        // (Near a camp, or close to a noun the party qualifies: no tie to the party.)
        (
            "Residents close to the army camp said jihadists killed three herders.",
            Lang::En,
            "jihadists killed three herders",
            "Residents",
            Some("independent"),
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, words);
        assert_eq!(
            (c.by.name.as_str(), c.by.camp.as_deref()),
            (name, camp),
            "{text}"
        );
    }
    let text =
        "Three herders were killed near Gao, a source close to the JNIM hostage negotiations said.";
    let d = run(text, Lang::En);
    assert!(
        d.claims.iter().all(|c| c.by.name != "JNIM"),
        "{text}: {:#?}",
        d.claims
    );
}

/// Who a written channel went to is part of how it was said: "a note shared with
/// reporters on Wednesday that…", « une note transmise à la presse mercredi que… ».
#[test]
fn who_a_note_went_to_is_no_part_of_what_it_says() {
    for (text, lang, words) in [
        (
            "The army said in a note shared with reporters on Wednesday that gunmen killed 12 civilians in Boni.",
            Lang::En,
            "gunmen killed 12 civilians",
        ),
        (
            "The army said in a statement sent to AFP that gunmen killed 12 civilians in Boni.",
            Lang::En,
            "gunmen killed 12 civilians",
        ),
        (
            "L'armée a indiqué dans une note transmise à la presse mercredi que des hommes armés ont tué 12 civils à Boni.",
            Lang::Fr,
            "des hommes armés ont tué 12 civils",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, words);
        let said = content(&d, c);
        assert!(
            !said.contains("reporters") && !said.contains("AFP") && !said.contains("presse"),
            "{text}: {said:?}"
        );
    }
}

/// A town named like a reporting verb, after its preposition, is no cue: "about 45 km
/// south-west of Say, local officials said" is said by the officials, on no day of its
/// own.
#[test]
fn a_town_named_say_says_nothing() {
    let text = "Gunmen killed 11 villagers late on Sunday in Tamou, about 45 km south-west of Say, local officials said.";
    let d = run(text, Lang::En);
    assert_eq!(d.claims.len(), 1, "{:#?}", d.claims);
    assert_eq!(d.claims[0].by.name, "local officials");
    assert_eq!(d.claims[0].cue.as_deref(), Some("said"));
}

/// Someone new with where it sits speaks ("A Dogon cultural association based in
/// Bamako said…"), and so does a body named after "according to" at the end of the
/// clause ("…, according to the local administration."); a reason after "citing"
/// with its complement, or a thing after "according to", does not.
#[test]
fn a_body_by_where_it_sits_or_after_according_to_speaks() {
    for (text, lang, words, name) in [
        (
            "A Dogon cultural association based in Bamako said on Sunday that at least 14 people had died.",
            Lang::En,
            "14 people had died",
            "A Dogon cultural association based in Bamako",
        ),
        // (French read this one before the `sits` rows: its subject is found whole.)
        (
            "Un journaliste français basé à Dakar a affirmé que 14 personnes sont mortes.",
            Lang::Fr,
            "14 personnes sont mortes",
            "Un journaliste français basé à Dakar",
        ),
        (
            "Armed men attacked the village on Sunday, killing nine civilians, according to the local administration.",
            Lang::En,
            "killing nine civilians",
            "the local administration",
        ),
        (
            "Des hommes armés ont attaqué le village dimanche, tuant neuf civils, selon l'administration locale.",
            Lang::Fr,
            "tuant neuf civils",
            "l'administration locale",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(claim(&d, words).by.name, name, "{text}");
    }
    for (text, lang) in [
        (
            "The minister resigned on Sunday, citing the harshness of the regime.",
            Lang::En,
        ),
        (
            "The vote was postponed on Sunday, according to the law.",
            Lang::En,
        ),
        ("Le vote a été reporté dimanche, selon le plan.", Lang::Fr),
        // (A text is no body: its noun must name one.)
        (
            "The elections will be held in February, according to the decree.",
            Lang::En,
        ),
        (
            "Les élections auront lieu en février, selon le chronogramme.",
            Lang::Fr,
        ),
        // (Nor are figures, even put at a toll.)
        ("Initial estimates put the toll at 30 dead.", Lang::En),
        ("Official figures put the death toll at 20.", Lang::En),
        // (Someone new too long to be one, with nothing where it sits.)
        (
            "A convoy of trucks carrying food to the town of Boni said nothing.",
            Lang::En,
        ),
    ] {
        let d = run(text, lang);
        assert!(d.claims.is_empty(), "{text}: {:#?}", d.claims);
    }
}

/// A plain plural with its adjectives speaks ("…, military officials say, …", "Local
/// elected officials put the toll at about fifteen dead", the capital only the
/// sentence's), and a toll cue opens its figure itself.
#[test]
fn plain_plurals_with_adjectives_speak() {
    let d = run(
        "Gunmen killed eight civilians on Saturday, the interior ministry said. Local elected officials put the toll at about fifteen dead.",
        Lang::En,
    );
    assert_eq!(
        claim(&d, "about fifteen dead").by.name,
        "Local elected officials"
    );
    let d = run(
        "Last week, the army asked residents to join the hunt for the gunmen, federal officials have said.",
        Lang::En,
    );
    assert_eq!(claim(&d, "join the hunt").by.name, "federal officials");
    // (Not a capitalized name mid-sentence, nor a plural after its preposition.)
    let d = run(
        "The convoy reached Gao on Sunday, then Ansongo Officials said nothing.",
        Lang::En,
    );
    assert!(
        d.claims.iter().all(|c| c.by.name != "Ansongo Officials"),
        "{:#?}",
        d.claims
    );
}

/// A statement's author after a preposition fused with its article speaks, named
/// without it: « selon un communiqué du gouverneur » is the governor's.
#[test]
fn un_communique_du_gouverneur_est_le_sien() {
    let d = run(
        "Des hommes armés ont attaqué mardi soir le village de Falagountou, tuant onze civils, selon un communiqué du gouverneur de la région du Sahel publié mercredi.",
        Lang::Fr,
    );
    let c = claim(&d, "tuant onze civils");
    assert!(c.by.name.starts_with("gouverneur"), "{:?}", c.by);
    assert_eq!(c.by.camp.as_deref(), Some("government"));
}

/// Sources of both camps, and people no dictionary knows named by a noun of persons
/// ("people on both sides", "hospital officials"), are who speak at the end of a clause,
/// never a party named inside what they report.
#[test]
fn sources_on_both_sides_and_people_speak() {
    for (t, l, by) in [
        (
            "Fighters attacked positions of the MSA at Tamkoutat on Wednesday, sources on both sides said.",
            Lang::En,
            "sources on both sides",
        ),
        (
            "Fighters attacked positions of the MSA at Tamkoutat on Wednesday, people on both sides said.",
            Lang::En,
            "people on both sides",
        ),
        (
            "The death toll rose to 247, hospital officials and family members said on Tuesday.",
            Lang::En,
            "hospital officials and family members",
        ),
        (
            "Des combattants ont attaqué mercredi les positions du MSA à Tamkoutat, selon des sources des deux camps.",
            Lang::Fr,
            "des sources des deux camps",
        ),
    ] {
        let d = run(t, l);
        assert_eq!(d.claims.len(), 1, "{t}: {:#?}", d.claims);
        assert_eq!(d.claims[0].by.name, by, "{t}");
    }
}

/// A message, statement or video "attributed to" or "signed by" a party is that party
/// speaking, though it is not there to say it; its camp is the party's. (Not an attack
/// attributed to a party, nor a statement attributed to someone who is no party.)
#[test]
fn a_message_attributed_to_a_party_is_its_voice() {
    for (t, l, by, camp) in [
        (
            "The militia said on Tuesday that it had repelled the terrorists, while a message attributed to JNIM claimed that 30 militiamen had been killed.",
            Lang::En,
            "JNIM",
            Some("jihadist"),
        ),
        (
            "La milice a affirmé mardi avoir repoussé les terroristes, tandis qu'un message attribué au JNIM affirme que 30 miliciens ont été tués.",
            Lang::Fr,
            "JNIM",
            Some("jihadist"),
        ),
        (
            "The attack attributed to JNIM killed 30 militiamen, the army said.",
            Lang::En,
            "the army",
            Some("government"),
        ),
        (
            "A statement attributed to a local official said 30 militiamen had been killed.",
            Lang::En,
            "A statement attributed to a local official",
            Some("independent"),
        ),
        (
            "A message attributed to JNIM later claimed that 25 hunters had been killed.",
            Lang::En,
            "JNIM",
            Some("jihadist"),
        ),
    ] {
        let d = run(t, l);
        // (What is said comes last in each.)
        let c = d
            .claims
            .last()
            .unwrap_or_else(|| panic!("{t}: {:#?}", d.claims));
        assert_eq!(c.by.name, by, "{t}");
        assert_eq!(c.by.camp.as_deref(), camp, "{t}");
    }
}

/// An association of a party speaks for the party ("the association of Dozo hunters",
/// « l'association des dozos de la zone »), past a short phrase of where before its
/// verb; one of people who are no party stays itself.
#[test]
fn a_party_s_association_is_its_voice() {
    for (t, l, by, camp) in [
        (
            "L'association des dozos de la zone a reconnu la perte de six de ses membres.",
            Lang::Fr,
            "Dozo Militia",
            Some("militia"),
        ),
        (
            "The association of Dozo hunters acknowledged that six of its members were killed.",
            Lang::En,
            "Dozo Militia",
            Some("militia"),
        ),
        (
            "Des sources proches de l'armée dans la région affirment que 20 terroristes ont été tués.",
            Lang::Fr,
            "l'armée",
            Some("government"),
        ),
        (
            "L'association des victimes a dénoncé l'attaque.",
            Lang::Fr,
            "L'association",
            Some("independent"),
        ),
    ] {
        let d = run(t, l);
        assert_eq!(d.claims.len(), 1, "{t}: {:#?}", d.claims);
        assert_eq!(d.claims[0].by.name, by, "{t}");
        assert_eq!(d.claims[0].by.camp.as_deref(), camp, "{t}");
    }
}

/// Sources listed together share the camp those that have one agree on ("a local official
/// and two residents told Reuters": independent); of different camps, none.
#[test]
fn listed_sources_share_their_camp() {
    for (text, lang, camp) in [
        (
            "Four soldiers were killed in Diabali on Sunday, a local official and two residents told Reuters.",
            Lang::En,
            Some("independent"),
        ),
        (
            "Quatre soldats ont été tués dimanche à Diabali, ont affirmé des habitants et un élu local.",
            Lang::Fr,
            Some("independent"),
        ),
        (
            "Four soldiers were killed in Diabali on Sunday, a security source and two residents said.",
            Lang::En,
            None,
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "Diabali");
        assert_eq!(c.by.camp.as_deref(), camp, "{text}: {:#?}", c.by);
    }
}

/// The people of a place speak as independent, but no name runs on after them: "According
/// to residents JNIM fighters killed…" is the residents' word, not "residents JNIM"'s.
#[test]
fn community_sources_take_no_name_after_them() {
    for (text, lang, by) in [
        (
            "According to residents JNIM fighters killed five civilians in Boni on Saturday.",
            Lang::En,
            "residents",
        ),
        (
            "Selon des témoins Dozos ont tué cinq civils samedi à Boni.",
            Lang::Fr,
            "des témoins",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "Boni");
        assert_eq!(
            (c.by.name.as_str(), c.by.camp.as_deref()),
            (by, Some("independent")),
            "{text}"
        );
    }
}

/// Each text's claim about Boni is told by a voice of no camp.
fn told_by_independents(cases: &[(&str, Lang)]) {
    for &(text, lang) in cases {
        let d = run(text, lang);
        let c = claim(&d, "Boni");
        assert_eq!(
            c.by.camp.as_deref(),
            Some("independent"),
            "{text}: {:#?}",
            c.by
        );
    }
}

/// Lawyers, journalists, hospital sources, a municipal official and a neighbourhood's
/// chief speak for no party (independent); the army's information directorate heading a
/// communiqué speaks for the army.
#[test]
fn more_community_voices_and_the_army_s_press_office() {
    told_by_independents(&[
        (
            "Gunmen killed five people in Boni on Sunday, his lawyer said.",
            Lang::En,
        ),
        (
            "Un jeune homme a été battu à mort dimanche à Boni, a-t-on appris auprès du chef de quartier.",
            Lang::Fr,
        ),
        (
            "Quatre passagers ont été tués lundi à Boni, selon une source hospitalière.",
            Lang::Fr,
        ),
        (
            "Gunmen killed five people in Boni on Sunday, a municipal official said.",
            Lang::En,
        ),
        (
            "Des hommes armés ont tué cinq personnes dimanche à Boni, a indiqué un responsable municipal.",
            Lang::Fr,
        ),
    ]);
    let d = run(
        "Communiqué de la DIRPA\n\nLe vendredi 10 novembre, une unité des FAMa a découvert une cache d'armes près de Boni.",
        Lang::Fr,
    );
    let c = claim(&d, "Boni");
    assert_eq!(c.by.camp.as_deref(), Some("government"), "{:#?}", c.by);
}

/// Survivors, villagers, drivers and a diocese speak for no camp; a body named again by
/// its kind ("the ministry added", « les mêmes sources ») is who spoke last, or a source
/// of its own when no one did.
#[test]
fn survivors_a_church_and_who_spoke_last() {
    told_by_independents(&[
        (
            "Soldiers killed 23 civilians in a hamlet outside Boni on Thursday, survivors told reporters.",
            Lang::En,
        ),
        (
            "Fighters set fire to fourteen fuel tankers near Boni on Thursday, drivers said.",
            Lang::En,
        ),
        (
            "Le curé de la paroisse de Boni a été enlevé mardi soir par des hommes armés, a annoncé le diocèse dans un communiqué.",
            Lang::Fr,
        ),
        (
            "Des hommes armés ont tué deux bergers près de Douentza, selon des sources locales. Le lendemain, des jeunes ont lynché un homme à Boni, ont rapporté les mêmes sources.",
            Lang::Fr,
        ),
    ]);
    let d = run(
        "Niger's defence ministry said on Wednesday that its soldiers had killed 31 terrorists near Tillia. On Tuesday, a vehicle hit an explosive device near Boni, killing two soldiers, the ministry added.",
        Lang::En,
    );
    let c = claim(&d, "Boni");
    assert_eq!(c.by.camp.as_deref(), Some("government"), "{:#?}", c.by);
    let d = run(
        "Mortar rounds hit the camp in Boni late on Monday, the ministry said.",
        Lang::En,
    );
    assert_eq!(claim(&d, "Boni").by.name, "the ministry");
    // (A source before a possessive owns who speaks: "the drivers' union", not "the
    // drivers". English only: French names the owner after, « le syndicat des
    // chauffeurs ».)
    let d = run(
        "A truck driver was killed by jihadists near Boni on Monday, the drivers' union said.",
        Lang::En,
    );
    assert_eq!(claim(&d, "Boni").by.name, "the drivers' union");
    // (Of its kind only: "the ministry" after JNIM spoke is no jihadist voice, « la
    // mission » after residents no community's.)
    for (text, lang) in [
        (
            "JNIM claimed an attack on Douentza on Monday. On Tuesday, a vehicle hit a mine near Boni, killing two soldiers, the ministry said.",
            Lang::En,
        ),
        (
            "Selon des habitants, des hommes armés ont tué six civils à Douentza lundi. Deux soldats ont été tués à Boni mardi, a indiqué la mission.",
            Lang::Fr,
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "Boni");
        assert!(
            matches!(c.by.camp.as_deref(), Some("government" | "international")),
            "{text}: {:#?}",
            c.by
        );
    }
}

/// A news medium that speaks is an outlet: the outlet registry's state agencies and
/// broadcasters speak for their government ("selon l'AIB", « a rapporté l'Agence
/// d'information du Burkina »), other media for no camp ("Reuters reported"); state
/// media unnamed are their government's too ("state television reported", « selon la
/// télévision nationale »).
#[test]
fn news_media_speak_as_outlets() {
    for (text, lang, name, camp) in [
        (
            "Douze civils ont été tués samedi près de Boni, selon l'AIB.",
            Lang::Fr,
            "Agence d'information du Burkina",
            "government",
        ),
        (
            "Douze civils ont été tués samedi près de Boni, a rapporté l'Agence d'information du Burkina.",
            Lang::Fr,
            "Agence d'information du Burkina",
            "government",
        ),
        (
            "Douze civils ont été tués samedi près de Boni, selon RFI.",
            Lang::Fr,
            "Radio France Internationale",
            "independent",
        ),
        (
            "Twelve civilians were killed on Saturday near Boni, Agence France-Presse reported.",
            Lang::En,
            "Agence France-Presse",
            "independent",
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "Boni");
        assert_eq!(
            (c.by.kind.as_str(), c.by.name.as_str(), c.by.camp.as_deref()),
            ("outlet", name, Some(camp)),
            "{text}"
        );
    }
    for (text, lang) in [
        (
            "Twelve soldiers were killed on Saturday near Boni, state television reported.",
            Lang::En,
        ),
        (
            "According to state media, twelve soldiers were killed on Saturday near Boni.",
            Lang::En,
        ),
        (
            "Douze soldats ont été tués samedi près de Boni, selon la télévision nationale.",
            Lang::Fr,
        ),
        (
            "Douze soldats ont été tués samedi près de Boni, a déclaré le ministre de la Défense.",
            Lang::Fr,
        ),
        (
            "Twelve soldiers were killed on Saturday near Boni, the defence minister said.",
            Lang::En,
        ),
        (
            "Twelve soldiers were killed on Saturday near Boni, Malian state television reported.",
            Lang::En,
        ),
    ] {
        let d = run(text, lang);
        let c = claim(&d, "Boni");
        assert_eq!(
            c.by.camp.as_deref(),
            Some("government"),
            "{text}: {:#?}",
            c.by
        );
    }
    // (Another state's voice is none of the Sahel states': "Russian state television".)
    let d = run(
        "Twelve soldiers were killed on Saturday near Boni, Russian state television reported.",
        Lang::En,
    );
    assert_eq!(claim(&d, "Boni").by.camp, None);
    // (An outlet to which someone spoke is no speaker: "told AFP".)
    let d = run(
        "Twelve civilians were killed on Saturday near Boni, a resident told AFP.",
        Lang::En,
    );
    assert_eq!(claim(&d, "Boni").by.name, "a resident");
}

/// A place's trades, a local official, an association of women and a local health source
/// speak for no camp (independent); an employee's colleagues for whoever employs them
/// (open).
#[test]
fn trades_colleagues_and_local_officials_are_independent() {
    told_by_independents(&[
        (
            "The jihadists set fire to the market of Boni on Sunday, two traders said.",
            Lang::En,
        ),
        (
            "Gunmen killed five civilians in Boni, a local official said.",
            Lang::En,
        ),
        (
            "Armed men raped four women near Boni on Saturday, a women's association said.",
            Lang::En,
        ),
        (
            "Des hommes armés ont emporté 200 têtes de bétail à Boni, selon des éleveurs.",
            Lang::Fr,
        ),
        (
            "Onze passagers ont été tués près de Boni, selon une source sanitaire locale.",
            Lang::Fr,
        ),
        (
            "Une foule a battu à mort deux hommes samedi à Boni, selon un élu municipal.",
            Lang::Fr,
        ),
    ]);
    let d = run(
        "Deux policiers ont été tués près de Boni, ont indiqué leurs collègues.",
        Lang::Fr,
    );
    assert_eq!(claim(&d, "Boni").by.camp, None);
    // (Nor is an outlet told a speaker when who spoke is someone new: « a déclaré à
    // l'AFP un élu de la localité ».)
    let d = run(
        "Douze civils ont été tués samedi à Boni, a déclaré à l'AFP un élu de la localité.",
        Lang::Fr,
    );
    assert!(
        d.claims.iter().all(|c| c.by.kind != "outlet"),
        "{:#?}",
        d.claims
    );
}

/// A relative clause with no comma between the speaker and the cue qualifies the
/// speaker: past the relative's own verb, the cue is the speaker's ("A local official
/// who asked not to be named put the death toll at five"). Right after the pronoun it
/// is the relative's own, and its speaker the phrase before it.
#[test]
fn a_speaker_qualified_by_a_relative_clause_without_commas() {
    for (text, lang, words, who) in [
        (
            "Four soldiers died, the army said. A local official who asked not to be named put the death toll at five.",
            Lang::En,
            "five",
            "A local official",
        ),
        (
            "Four soldiers died, the army said. A resident who fled the village said five people died.",
            Lang::En,
            "five people died",
            "A resident",
        ),
        (
            "Quatre soldats sont morts, selon l'armée. Un élu local qui a requis l'anonymat a affirmé que cinq personnes sont mortes.",
            Lang::Fr,
            "cinq personnes",
            "Un élu local",
        ),
    ] {
        let d = run(text, lang);
        assert_eq!(claim(&d, words).by.name, who, "{text}");
    }
    // (The relative's own cue: not the main clause's.)
    let d = run(
        "A resident who said five people died was arrested by the police.",
        Lang::En,
    );
    assert_eq!(claim(&d, "five people died").by.name, "A resident");
}

/// A comma inside brackets does not end a subordinate clause: the group named before
/// « (GSIM, ou JNIM) » is the subject of the cue after it.
#[test]
fn a_comma_in_brackets_keeps_the_subordinate_clause_whole() {
    let d = run(
        "Des jihadistes ont attaqué mardi le camp de Nampala, tuant cinq soldats, a annoncé l'armée, tandis que le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM) a revendiqué la mort de 18 militaires.",
        Lang::Fr,
    );
    assert_eq!(claim(&d, "18 militaires").by.name, "JNIM");
}

/// An adverb may sit inside a cue of several words, after its first: « Tabital Pulaaku
/// avance pour sa part le chiffre de 14 morts ».
#[test]
fn a_cue_read_across_an_adverb() {
    let d = run(
        "Une dizaine de civils ont été tués. Tabital Pulaaku avance pour sa part le chiffre de 14 morts.",
        Lang::Fr,
    );
    let c = claim(&d, "14 morts");
    assert_eq!(c.by.name, "Tabital Pulaaku");
    assert_eq!(c.cue.as_deref(), Some("avance pour sa part le chiffre de"));
}

/// A French cue ending in « de » reads its elision too: « fait état d'« au moins 15
/// morts » ».
#[test]
fn a_cue_ending_in_de_reads_its_elision() {
    let d = run(
        "Un élu local joint par téléphone fait état d'« au moins 15 morts ».",
        Lang::Fr,
    );
    let c = claim(&d, "15 morts");
    assert_eq!(c.by.name, "Un élu local");
}

/// A cue joined to the one before by « et » shares its subject: what the first reports is
/// no speaker of the second (« confirment quatre morts et affirment »).
#[test]
fn a_joined_cue_shares_the_subject_not_the_report() {
    let d = run(
        "Les autorités locales confirment quatre morts et affirment qu'une enquête a été ouverte.",
        Lang::Fr,
    );
    let c = claim(&d, "enquête");
    assert_eq!(c.by.name, "Les autorités locales");
}

/// Kinds of sources joined before or after their noun are one speaker of both kinds:
/// "humanitarian and local sources", « de sources sécuritaire et locale ».
#[test]
fn joined_kinds_of_sources_are_one_speaker() {
    let d = run(
        "At least nine people were killed in Dori overnight, humanitarian and local sources said.",
        Lang::En,
    );
    assert_eq!(
        claim(&d, "nine people").by.name,
        "humanitarian and local sources"
    );
    let d = run(
        "Au moins cinq militaires ont été tués près de Boni, a-t-on appris mardi de sources sécuritaire et locale.",
        Lang::Fr,
    );
    let c = claim(&d, "cinq militaires");
    assert_eq!(c.cue.as_deref(), Some("de sources sécuritaire et locale"));
    assert_eq!(c.by.camp, None);
}

/// French joins kinds of sources with each adjective in the singular, a form no source
/// row spells: after « Selon des », as a subject, and after a cue's « de ».
#[test]
fn french_sources_of_two_kinds_in_the_singular_speak() {
    let d = run(
        "Selon des sources sécuritaire et humanitaire, au moins 12 civils ont été tués jeudi à Bodio.",
        Lang::Fr,
    );
    assert_eq!(
        claim(&d, "12 civils").by.name,
        "des sources sécuritaire et humanitaire"
    );
    let d = run(
        "Des sources sécuritaire et locale ont indiqué que douze civils ont été tués à Bodio.",
        Lang::Fr,
    );
    assert_eq!(
        claim(&d, "douze civils").by.name,
        "Des sources sécuritaire et locale"
    );
    let d = run(
        "Au moins cinq militaires ont été tués près de Boni, a-t-on appris de sources sécuritaire et locale.",
        Lang::Fr,
    );
    let c = claim(&d, "cinq militaires");
    assert_eq!(c.by.name, "sources sécuritaire et locale");
    assert_eq!(c.by.camp, None);
}

/// The English halves of the rules above: a comma in brackets keeps a subordinate clause
/// whole ("while the Group for Support of Islam and Muslims (GSIM, or JNIM) claimed"),
/// and a cue reads across an adverb ("gave for their part a toll of 14").
#[test]
fn brackets_and_adverbs_inside_cues_in_english() {
    let d = run(
        "Jihadists attacked the Nampala camp on Tuesday, killing five soldiers, the army said, while the Group for Support of Islam and Muslims (GSIM, or JNIM) claimed to have killed 18 soldiers.",
        Lang::En,
    );
    assert_eq!(claim(&d, "18 soldiers").by.name, "JNIM");
    let d = run(
        "Ten civilians were killed in Ngoma on Sunday. Local officials gave for their part a toll of 14.",
        Lang::En,
    );
    let c = claim(&d, "14");
    assert_eq!(c.by.name, "Local officials");
    assert_eq!(c.cue.as_deref(), Some("gave for their part a toll of"));
}

/// A preposition of attribution that says how a name is spelled names no speaker: «
/// (GSIM, JNIM selon l'acronyme arabe) affirme » is the group's claim (the acronym had
/// been read as its own source, and the group's claim lost).
#[test]
fn how_a_name_is_spelled_is_no_source() {
    let d = run(
        "Le Groupe de soutien à l'islam et aux musulmans (GSIM, JNIM selon l'acronyme arabe) affirme avoir tué « plus de trente » militaires.",
        Lang::Fr,
    );
    assert_eq!(claim(&d, "trente").by.name, "JNIM");
    let d = run(
        "The Group for the Support of Islam and Muslims (JNIM, according to its Arabic acronym) said it had killed more than thirty soldiers.",
        Lang::En,
    );
    assert_eq!(claim(&d, "thirty").by.name, "JNIM");
}
