//! Time stage tests, English and French: recognition, normalization, anchoring,
//! precision, publication-date inference, and the false positives that must stay out.

use crate::Extractor;
use crate::resources::Resources;
use sitrep_core::records::TimeMention;
use sitrep_core::{Date, Document, Lang};
use std::sync::{Arc, OnceLock};

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(|| {
        Extractor::new(Arc::new(
            Resources::embedded().with_today("2026-11-29".parse().unwrap()),
        ))
    })
}

fn run(text: &str, lang: Lang, dct: Option<&str>) -> (Vec<TimeMention>, Option<Date>, bool) {
    let mut d = Document::from_text("t", text);
    d.meta.lang = lang;
    d.meta.published = dct.map(|s| s.parse().unwrap());
    let doc = extractor().extract(d);
    (
        doc.times,
        doc.document.meta.published,
        doc.document.meta.published_inferred,
    )
}

fn times(text: &str, lang: Lang, dct: &str) -> Vec<(String, String)> {
    run(text, lang, Some(dct))
        .0
        .into_iter()
        .map(|m| (m.text, m.value))
        .collect()
}

fn one(text: &str, lang: Lang, dct: &str) -> TimeMention {
    let (ms, _, _) = run(text, lang, Some(dct));
    assert_eq!(ms.len(), 1, "{text}: {ms:#?}");
    ms.into_iter().next().unwrap()
}

fn pairs(xs: &[(&str, &str)]) -> Vec<(String, String)> {
    xs.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

const DCT: &str = "2023-11-13"; // a Monday

#[test]
fn absolute_dates_english() {
    assert_eq!(
        times(
            "The battle began on Saturday, November 11, without witnesses.",
            Lang::En,
            DCT
        ),
        pairs(&[("Saturday, November 11", "2023-11-11")])
    );
    assert_eq!(
        times("It was signed on Nov. 11, 2015.", Lang::En, DCT),
        pairs(&[("Nov. 11, 2015", "2015-11-11")])
    );
    assert_eq!(
        times("See the report of 2023-11-11.", Lang::En, DCT),
        pairs(&[("2023-11-11", "2023-11-11")])
    );
    assert_eq!(
        times("on 11 November 2023", Lang::En, DCT),
        pairs(&[("11 November 2023", "2023-11-11")])
    );
    let m = one("They met in October.", Lang::En, DCT);
    assert_eq!((m.value.as_str(), m.precision), ("2023-10", 3));
}

#[test]
fn absolute_dates_french() {
    assert_eq!(
        times("samedi 11 novembre 2023", Lang::Fr, DCT),
        pairs(&[("samedi 11 novembre 2023", "2023-11-11")])
    );
    assert_eq!(
        times("le 11/11/2023", Lang::Fr, DCT),
        pairs(&[("11/11/2023", "2023-11-11")])
    );
    assert_eq!(
        times("Le 1er juin, rien.", Lang::Fr, DCT),
        pairs(&[("Le 1er juin", "2023-06-01")])
    );
    let m = one("Elles ont eu lieu en octobre.", Lang::Fr, DCT);
    assert_eq!(m.value, "2023-10");
    let m = one("Le 20 décembre dernier, le CSP a parlé.", Lang::Fr, DCT);
    assert_eq!(m.value, "2022-12-20");
}

/// Numeric dates: French writes the day first, with or without the year (« le 3/11 »);
/// English may write either, so an ambiguous one takes the reading the publication date
/// makes likely (not after it, else the nearer). A bare fraction is no date.
#[test]
fn numeric_dates_day_first_or_month_first() {
    for (text, lang, dct, want) in [
        (
            "Ils ont été arrêtés le 12/03/2025.",
            Lang::Fr,
            "2025-03-17",
            Some("2025-03-12"),
        ),
        (
            "Le sous-officier est tombé le 3/11 à Mondoro.",
            Lang::Fr,
            "2024-11-11",
            Some("2024-11-03"),
        ),
        (
            "Four men were arrested on 12/03/2025.",
            Lang::En,
            "2025-03-17",
            Some("2025-03-12"),
        ),
        (
            "Four men were arrested on 12/03/2025.",
            Lang::En,
            "2025-12-05",
            Some("2025-12-03"),
        ),
        (
            "Four men were arrested on 3/11.",
            Lang::En,
            "2025-03-17",
            Some("2025-03-11"),
        ),
        (
            "Four men were arrested on 3/11.",
            Lang::En,
            "2025-11-05",
            Some("2025-11-03"),
        ),
        (
            "Four men were arrested on 25/03/2025.",
            Lang::En,
            "2025-03-27",
            Some("2025-03-25"),
        ),
        (
            "Trois écoles sur quatre, soit 3/4 des écoles, sont fermées.",
            Lang::Fr,
            "2025-03-17",
            None,
        ),
    ] {
        let got = times(text, lang, dct);
        match want {
            Some(v) => assert!(got.iter().any(|(_, x)| x == v), "{text} ({dct}): {got:?}"),
            None => assert!(got.is_empty(), "{text}: {got:?}"),
        }
    }
}

/// A day after "last"/"next" and its month belongs to the date: "last Oct. 23" is
/// that day, not the month. French puts the word after (« le 23 octobre dernier »).
#[test]
fn last_month_and_day() {
    let dct = "1999-04-19";
    assert_eq!(
        times(
            "He was shot to death last Oct. 23 at his home.",
            Lang::En,
            dct
        ),
        pairs(&[("last Oct. 23", "1998-10-23")])
    );
    assert_eq!(
        times("The talks resume next May 3 in Algiers.", Lang::En, dct),
        pairs(&[("next May 3", "1999-05-03")])
    );
    assert_eq!(
        times(
            "Il a été tué le 23 octobre dernier chez lui.",
            Lang::Fr,
            dct
        ),
        pairs(&[("le 23 octobre dernier", "1998-10-23")])
    );
    // A count after the month is not its day.
    assert_eq!(
        one("Since last May, 12 died.", Lang::En, dct).value,
        "1998-05"
    );
}

#[test]
fn parts_of_month() {
    let m = one("The column arrived in early October.", Lang::En, DCT);
    assert_eq!(
        (m.value.as_str(), m.modifier.as_deref(), m.precision),
        ("2023-10", Some("START"), 2)
    );
    assert_eq!(m.end.unwrap().to_string(), "2023-10-10");
    let m = one("Ils sont arrivés mi-novembre.", Lang::Fr, DCT);
    assert_eq!(
        (m.value.as_str(), m.modifier.as_deref()),
        ("2023-11", Some("MID"))
    );
    let m = one("Ils sont arrivés fin octobre.", Lang::Fr, DCT);
    assert_eq!(
        (m.value.as_str(), m.modifier.as_deref()),
        ("2023-10", Some("END"))
    );
    let m = one("Au début du mois, la Minusma est partie.", Lang::Fr, DCT);
    assert_eq!(
        (m.value.as_str(), m.modifier.as_deref()),
        ("2023-11", Some("START"))
    );
    let m = one("Minusma must leave by the end of the year.", Lang::En, DCT);
    assert_eq!(
        (m.value.as_str(), m.modifier.as_deref()),
        ("2023", Some("END"))
    );
}

#[test]
fn relative_to_publication_english() {
    let dct = "2023-11-07"; // a Tuesday
    let m = one("On Tuesday the drones struck.", Lang::En, dct);
    assert_eq!(
        m.value, "2023-11-07",
        "a weekday on the publication day is that day"
    );
    assert_eq!(m.anchor.as_ref().unwrap().kind, "publication");
    assert_eq!(
        one("Yesterday the army said so.", Lang::En, dct).value,
        "2023-11-06"
    );
    assert_eq!(
        one("Last week the army said so.", Lang::En, dct).value,
        "2023-W44"
    );
    let m = one("This morning the drones struck.", Lang::En, dct);
    assert_eq!((m.value.as_str(), m.precision), ("2023-11-07TMO", 1));
    assert_eq!(
        one("On Sunday, the army said so.", Lang::En, dct).value,
        "2023-11-05"
    );
    assert_eq!(
        one("The talks will resume on Friday.", Lang::En, dct).value,
        "2023-11-10"
    );
    assert_eq!(
        one("Two days ago the rebels cut the network.", Lang::En, dct).value,
        "2023-11-05"
    );
    let m = one("No assessment was possible Monday morning.", Lang::En, DCT);
    assert_eq!(m.value, "2023-11-13TMO");
}

#[test]
fn relative_to_publication_french() {
    let dct = "2023-11-07";
    assert_eq!(
        one("Hier, l'armée a frappé.", Lang::Fr, dct).value,
        "2023-11-06"
    );
    assert_eq!(
        one("Ce lundi, l'armée a frappé.", Lang::Fr, dct).value,
        "2023-11-06"
    );
    assert_eq!(
        one("Mardi dernier, l'armée a frappé.", Lang::Fr, dct).value,
        "2023-10-31"
    );
    assert_eq!(
        one("La semaine dernière, l'armée a frappé.", Lang::Fr, dct).value,
        "2023-W44"
    );
    assert_eq!(
        one("Il y a deux jours, l'armée a frappé.", Lang::Fr, dct).value,
        "2023-11-05"
    );
    assert_eq!(one("L'an dernier, rien.", Lang::Fr, dct).value, "2022");
    let m = one("Dimanche soir, les drones ont frappé.", Lang::Fr, dct);
    assert_eq!(
        (m.value.as_str(), m.timex_type.as_str()),
        ("2023-11-05TEV", "TIME")
    );
    assert_eq!(
        one("Les discussions reprendront vendredi.", Lang::Fr, dct).value,
        "2023-11-10"
    );
}

#[test]
fn relative_to_another_time() {
    let text = "On Sunday, in a press release, he indicated that he had lured them. \
                Two days earlier, the rebels had cut the telephone network. \
                Since then, Kidal has been unreachable.";
    let (ms, _, _) = run(text, Lang::En, Some(DCT));
    let got: Vec<(&str, &str)> = ms
        .iter()
        .map(|m| (m.text.as_str(), m.value.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Sunday", "2023-11-12"),
            ("Two days earlier", "2023-11-10"),
            ("then", "2023-11-10")
        ]
    );
    let a = ms[1].anchor.as_ref().unwrap();
    assert_eq!(
        (a.kind.as_str(), a.index, a.text.as_deref()),
        ("mention", Some(0), Some("Sunday"))
    );
    assert_eq!(ms[2].end, None, "since then: open interval");
    let text = "Le 11 novembre, l'armée a attaqué. La veille, le CSP avait coupé le réseau. \
                Le lendemain, deux jours plus tard, trois jours plus tôt.";
    let got: Vec<String> = run(text, Lang::Fr, Some(DCT))
        .0
        .into_iter()
        .map(|m| m.value)
        .collect();
    // Shifts start from the main time, not from another shift ("la veille").
    assert_eq!(
        got,
        [
            "2023-11-11",
            "2023-11-10",
            "2023-11-12",
            "2023-11-13",
            "2023-11-08"
        ]
    );
    let m = one("The day before, she claimed progress.", Lang::En, DCT);
    assert_eq!(
        m.value, "2023-11-12",
        "no earlier time: anchored on publication"
    );
}

#[test]
fn intervals_and_nights() {
    let m = one(
        "Since the night of November 3 to 4, drones have struck the city.",
        Lang::En,
        DCT,
    );
    assert_eq!((m.value.as_str(), m.precision), ("2023-11-03TNI", 1));
    assert_eq!(m.start.unwrap().to_string(), "2023-11-03");
    assert_eq!(m.end, None, "since: open");
    let m = one(
        "Dans la nuit du 3 au 4 novembre, des drones ont frappé.",
        Lang::Fr,
        DCT,
    );
    assert_eq!(
        (m.value.as_str(), m.end.unwrap().to_string().as_str()),
        ("2023-11-03TNI", "2023-11-04")
    );
    let m = one("Fighting raged from 11 to 13 November.", Lang::En, DCT);
    assert_eq!(
        (
            m.start.unwrap().to_string(),
            m.end.unwrap().to_string(),
            m.precision
        ),
        ("2023-11-11".into(), "2023-11-13".into(), 2)
    );
    let m = one("Les combats ont duré du 11 au 13 novembre.", Lang::Fr, DCT);
    assert_eq!(
        (m.start.unwrap().to_string(), m.end.unwrap().to_string()),
        ("2023-11-11".into(), "2023-11-13".into())
    );
    // Two days in a row told as a pair; days apart are two dates.
    for (text, lang) in [
        (
            "Soldiers raped ten women in Dioura on March 3 and 4, 2023.",
            Lang::En,
        ),
        ("They came on 3 and 4 March 2023.", Lang::En),
        ("Ils sont venus les 3 et 4 mars 2023.", Lang::Fr),
    ] {
        let m = one(text, lang, DCT);
        assert_eq!(
            (m.start.unwrap().to_string(), m.end.unwrap().to_string()),
            ("2023-03-03".into(), "2023-03-04".into()),
            "{text}"
        );
    }
    let (ms, _, _) = run(
        "Les élections auront lieu les 6 et 13 avril 2023.",
        Lang::Fr,
        Some(DCT),
    );
    assert!(ms.iter().all(|m| m.start == m.end), "{ms:#?}");
    let m = one("On March 3 and 4 soldiers were killed.", Lang::En, DCT);
    assert_eq!(m.text, "March 3");
    // With articles before the days, the month named once.
    for (text, lang) in [
        (
            "Les combats ont eu lieu entre le 11 et le 13 novembre.",
            Lang::Fr,
        ),
        ("Les combats ont duré du 11 jusqu'au 13 novembre.", Lang::Fr),
        (
            "Fighting raged between the 11th and the 13th of November.",
            Lang::En,
        ),
    ] {
        let m = one(text, lang, DCT);
        assert_eq!(
            (m.start.unwrap().to_string(), m.end.unwrap().to_string()),
            ("2023-11-11".into(), "2023-11-13".into()),
            "{text}"
        );
    }
    let m = one(
        "The soldiers were in Tessalit since October 21.",
        Lang::En,
        DCT,
    );
    assert_eq!((m.value.as_str(), m.end), ("2023-10-21", None));
    // An interval open up to now began in the past, whatever tense governs the
    // sentence (DCT 2023-11-13: March is 2023's, not 2024's).
    for (text, lang) in [
        (
            "The battalion will replace the company, which has been on patrol since March.",
            Lang::En,
        ),
        (
            "Le bataillon remplacera la compagnie, qui patrouille depuis mars.",
            Lang::Fr,
        ),
    ] {
        let m = one(text, lang, DCT);
        assert_eq!((m.value.as_str(), m.end), ("2023-03", None), "{text}");
    }
    // A bound that a "when" clause tells of is that moment, not an open interval.
    let m = one("The town was calm until 2019.", Lang::En, DCT);
    assert_eq!(
        (m.start, m.end.unwrap().to_string()),
        (None, "2019-12-31".into())
    );
    for (text, lang) in [
        (
            "The town was calm until 2019, when an attack killed three gendarmes.",
            Lang::En,
        ),
        (
            "La ville a été épargnée jusqu'à 2019, lorsqu'une attaque a tué trois gendarmes.",
            Lang::Fr,
        ),
    ] {
        let m = one(text, lang, DCT);
        assert_eq!(
            (m.start.unwrap().to_string(), m.end.unwrap().to_string()),
            ("2019-01-01".into(), "2019-12-31".into()),
            "{text}"
        );
    }
    // (A bound "since" sets still runs up to now.)
    let m = one(
        "Fighting has continued since 2019, when jihadists attacked the camp.",
        Lang::En,
        DCT,
    );
    assert_eq!(
        (m.start.unwrap().to_string(), m.end),
        ("2019-01-01".into(), None)
    );
}

#[test]
fn durations_and_sets() {
    let m = one(
        "They had been positioned there for several weeks.",
        Lang::En,
        DCT,
    );
    assert_eq!(
        (m.value.as_str(), m.timex_type.as_str()),
        ("PXW", "DURATION")
    );
    assert_eq!(one("depuis trois semaines", Lang::Fr, DCT).value, "P3W");
    assert_eq!(one("for 24 hours", Lang::En, DCT).value, "PT24H");
    assert_eq!(one("a two-year mandate", Lang::En, DCT).value, "P2Y");
    let m = one("Drones fly every day.", Lang::En, DCT);
    assert_eq!((m.value.as_str(), m.timex_type.as_str()), ("P1D", "SET"));
    assert_eq!(one("tous les jeudis", Lang::Fr, DCT).value, "XXXX-WXX-4");
}

#[test]
fn years_decades_seasons() {
    assert_eq!(one("Kidal fell in 2012.", Lang::En, DCT).value, "2012");
    assert_eq!(one("independent since 1960", Lang::En, DCT).value, "1960");
    assert_eq!(one("in the 2010s", Lang::En, DCT).value, "201");
    assert_eq!(one("dans les années 1990", Lang::Fr, DCT).value, "199");
    assert_eq!(one("in the summer of 2022", Lang::En, DCT).value, "2022-SU");
    assert_eq!(one("cet été", Lang::Fr, DCT).value, "2023-SU");
    assert_eq!(one("au XXe siècle", Lang::Fr, DCT).value, "19");
}

#[test]
fn clock_times() {
    let m = one("The strike came around 9 a.m.", Lang::En, DCT);
    assert_eq!(
        (m.value.as_str(), m.modifier.as_deref()),
        ("2023-11-13T09:00", Some("APPROX"))
    );
    let m = one("La frappe a eu lieu vers 9 heures.", Lang::Fr, DCT);
    assert_eq!(m.value, "2023-11-13T09:00");
    assert_eq!(one("à 19 h 30", Lang::Fr, DCT).value, "2023-11-13T19:30");
}

#[test]
fn false_positives_stay_out() {
    for (text, lang) in [
        (
            "Some 6,500 of its 12,944 uniformed personnel had left.",
            Lang::En,
        ),
        ("The camp is 25 km west of Kidal.", Lang::En),
        ("Eight children were among 8 children.", Lang::En),
        ("Under Article 12 of the agreement.", Lang::En),
        ("Some 1,000 vehicles were seen.", Lang::En),
        ("The rebels may attack the town.", Lang::En),
        ("A second attack hit the market.", Lang::En),
        ("He reads the Sunday Times.", Lang::En),
        ("2000 soldiers crossed the river.", Lang::En),
        ("Two Mirage 2000 struck the camp.", Lang::En),
        ("The leaders endorsed the Agenda 2063 framework.", Lang::En),
        (
            "Residents protested against the headquarters in the quarter.",
            Lang::En,
        ),
        (
            "Around two thousand people marched on the town hall.",
            Lang::En,
        ),
        ("A force of two thousand soldiers arrived.", Lang::En),
        ("Deux mille personnes ont marché vers la mairie.", Lang::Fr),
        ("Ils étaient sept dans le véhicule.", Lang::Fr),
        ("Un notable confirme la mort de sept bergers.", Lang::Fr),
        ("Des Mirage 2000 ont frappé le camp.", Lang::Fr),
        ("Les jeunes ont manifesté contre l'Agenda 2063.", Lang::Fr),
        ("Le camp a été repris par l'armée.", Lang::Fr),
        (
            "Quelque 6 500 casques bleus sur 12.944 sont partis.",
            Lang::Fr,
        ),
    ] {
        let (ms, _, _) = run(text, lang, Some(DCT));
        assert!(
            ms.is_empty(),
            "{text}: {:?}",
            ms.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
    }
}

#[test]
fn publication_date_is_inferred() {
    let text = "The battle of Kidal began on Saturday, November 11, without witnesses. \
                On Sunday, the army claimed progress. \
                On Wednesday, the CSP-PSD had already denounced the deaths of civilians. \
                No assessment was possible Monday morning.";
    let (ms, published, inferred) = run(text, Lang::En, None);
    assert_eq!(
        published.map(|d| d.to_string()).as_deref(),
        Some("2023-11-13")
    );
    assert!(inferred);
    let vals: Vec<&str> = ms.iter().map(|m| m.value.as_str()).collect();
    assert_eq!(
        vals,
        ["2023-11-11", "2023-11-12", "2023-11-08", "2023-11-13TMO"]
    );
    // Without "Monday morning", the latest weekday after the full date decides.
    let (_, published, _) = run(
        "La bataille a commencé samedi 11 novembre. Dimanche, l'armée a parlé.",
        Lang::Fr,
        None,
    );
    assert_eq!(
        published.map(|d| d.to_string()).as_deref(),
        Some("2023-11-12")
    );
    // Nothing to infer from: no date.
    let (_, published, inferred) = run("On Sunday the army spoke.", Lang::En, None);
    assert_eq!((published, inferred), (None, false));
}

#[test]
fn seasons_that_are_words() {
    for text in [
        "Its fall into the hands of the rebellion.",
        "The fall of Kidal in 2012.",
    ] {
        let (ms, _, _) = run(text, Lang::En, Some(DCT));
        assert!(
            ms.iter().all(|m| !m.value.ends_with("-FA")),
            "{text}: {ms:?}"
        );
    }
    assert_eq!(
        one("Talks resumed last fall.", Lang::En, DCT).value,
        "2022-FA"
    );
    assert_eq!(one("in the fall of 2022", Lang::En, DCT).value, "2022-FA");
}

/// `Grammar::cannot_start` relies on the lists of words and punctuation the patterns
/// test for by name: every literal of the grammar must be in them.
#[test]
fn grammar_word_lists_are_complete() {
    use super::grammar::{GRAMMAR_PUNCT, GRAMMAR_WORDS};
    // Punctuation the patterns look at without taking it into an expression.
    const LOOKED_AT: &[&str] = &[".", ";", "(", ")", "%", "!", "?"];
    let src = include_str!("grammar.rs");
    let code = &src[..src.find("#[cfg(test)]").unwrap_or(src.len())];
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        for (k, lit) in line.split('"').enumerate() {
            // Odd pieces are inside quotes (no literal in this file holds a quote).
            if k % 2 == 0 || lit.is_empty() {
                continue;
            }
            if lit.bytes().all(|b| b.is_ascii_lowercase()) {
                assert!(
                    GRAMMAR_WORDS.contains(&lit),
                    "{lit:?} is not in GRAMMAR_WORDS"
                );
            } else if lit.len() <= 2 && !lit.bytes().any(|b| b.is_ascii_alphanumeric()) {
                assert!(
                    GRAMMAR_PUNCT.contains(&lit) || LOOKED_AT.contains(&lit),
                    "{lit:?} is not in GRAMMAR_PUNCT"
                );
            }
        }
    }
}

/// A bare month: the one just after publication is that one even in a past-tense
/// sentence; without a tense, the nearer occurrence across the new year; "next to"
/// is no future tense.
#[test]
fn bare_months_and_weekdays_near_the_publication_date() {
    let (t, _, _) = run(
        "The guidelines were published in early November.",
        Lang::En,
        Some("2023-10-30"),
    );
    assert_eq!(t[0].value, "2023-11", "{t:?}");
    let (t, _, _) = run(
        "Le rapport était attendu en novembre.",
        Lang::Fr,
        Some("2023-10-30"),
    );
    assert_eq!(t[0].value, "2023-11", "{t:?}");
    let (t, _, _) = run("A vote in January.", Lang::En, Some("2023-11-20"));
    assert_eq!(t[0].value, "2024-01", "{t:?}");
    let (t, _, _) = run("Un scrutin en janvier.", Lang::Fr, Some("2023-11-20"));
    assert_eq!(t[0].value, "2024-01", "{t:?}");
    let (t, _, _) = run(
        "Two bombs exploded next to the embassies on Friday.",
        Lang::En,
        Some("2023-11-11"),
    );
    assert_eq!(t[0].value, "2023-11-10", "{t:?}");
}

#[test]
fn tense_cues_that_mislead() {
    // "will be named": the participle after "be" is no past cue.
    let (t, _, _) = run(
        "The general will be appointed head of the mission in December.",
        Lang::En,
        Some("1998-03-04"),
    );
    assert_eq!(t[0].value, "1998-12", "{t:?}");
    // Nor is an irregular one ("will be paid", "is heard"); « devait », « prévoyait
    // de » (was due to, planned to) look ahead.
    let (t, _, _) = run(
        "The dividend will be paid in January to holders of record.",
        Lang::En,
        Some("1989-10-26"),
    );
    assert_eq!(t[0].value, "1990-01", "{t:?}");
    let (t, _, _) = run(
        "The appeal is heard in May by the court.",
        Lang::En,
        Some("2000-03-29"),
    );
    assert_eq!(t[0].value, "2000-05", "{t:?}");
    for text in [
        "La délégation devait quitter Bamako jeudi.",
        "La délégation prévoyait de quitter Bamako jeudi.",
    ] {
        let (t, _, _) = run(text, Lang::Fr, Some("1998-09-30"));
        assert_eq!(t[0].value, "1998-10-01", "{text}: {t:?}");
    }
    // Reported future: "announced that the delegation would be flying Thursday".
    let (t, _, _) = run(
        "The spokesman announced that the delegation would be flying to Bamako Thursday.",
        Lang::En,
        Some("2000-04-05"),
    );
    assert_eq!(t[0].value, "2000-04-06", "{t:?}");
    // A plan that had been made is past.
    let (t, _, _) = run(
        "The ceasefire had been scheduled to end Friday.",
        Lang::En,
        Some("1989-10-30"),
    );
    assert_eq!(t[0].value, "1989-10-27", "{t:?}");
    // A participle after a determiner is an adjective, no past cue: the vote is
    // still to come.
    for text in [
        "The vote will take place on a still unspecified date in January.",
        "The elders will meet on an undisclosed date in January.",
    ] {
        let (t, _, _) = run(text, Lang::En, Some("2023-11-20"));
        assert_eq!(t[0].value, "2024-01", "{text}: {t:?}");
    }
    // A plan formed before another past time looks back: « avaient prévu ».
    let (t, _, _) = run(
        "Les assaillants avaient prévu de frapper le camp vendredi, selon l'armée.",
        Lang::Fr,
        Some("2023-11-19"),
    );
    assert_eq!(t[0].value, "2023-11-17", "{t:?}");
    // "Wednesday's ruling" names a day already known, whatever the verb.
    let (t, _, _) = run(
        "Rebel leaders said they would appeal against Wednesday's decision.",
        Lang::En,
        Some("2000-01-07"),
    );
    assert_eq!(t[0].value, "2000-01-05", "{t:?}");
}

#[test]
fn quarters_are_the_latest_begun() {
    // Neither "due to" (because of) nor "plans to" moves a reported quarter ahead.
    for (text, lang) in [
        (
            "The mining firm suspended payments due to its third-quarter losses.",
            Lang::En,
        ),
        (
            "The operator plans to cut jobs after a third-quarter deficit.",
            Lang::En,
        ),
        (
            "L'opérateur prévoit des suppressions d'emplois après une perte au troisième trimestre.",
            Lang::Fr,
        ),
    ] {
        let (t, _, _) = run(text, lang, Some("1989-10-26"));
        assert_eq!(t[0].value, "1989-Q3", "{text}: {t:?}");
    }
    // A year in the possessive dates the quarter that follows.
    assert_eq!(
        times(
            "The new road could open in next year's first quarter.",
            Lang::En,
            "1989-10-31"
        ),
        pairs(&[("next year", "1990"), ("first quarter", "1990-Q1")])
    );
    // A reporting period: "the (fiscal) year ended …" is a year long.
    let (t, _, _) = run(
        "In the fiscal year ended June 30, the cooperative reported a deficit.",
        Lang::En,
        Some("1989-10-31"),
    );
    assert_eq!(
        (t[0].text.as_str(), t[0].value.as_str()),
        ("the fiscal year", "P1Y"),
        "{t:?}"
    );
    let (t, _, _) = run(
        "Sur l'exercice clos le 31 mars, la société a enregistré une perte.",
        Lang::Fr,
        Some("1989-10-31"),
    );
    assert_eq!(
        (t[0].text.as_str(), t[0].value.as_str()),
        ("l'exercice", "P1Y"),
        "{t:?}"
    );
    assert_eq!(
        times(
            "Listing is planned in the near future.",
            Lang::En,
            "1989-10-31"
        ),
        pairs(&[("the near future", "FUTURE_REF")])
    );
}

/// The quarter a report compares with: a year before the one reported ("the year-ago
/// third quarter", "the quarter a year ago"), the reported one in a named year ("the
/// 1988 quarter"), or in the publication year less one ("the third quarter of last
/// year", « le même trimestre de l'an dernier »). The quarter reported is the last one
/// talked about that was over at publication, not a forecast of the next.
#[test]
fn quarters_compared_a_year_apart() {
    let en = |text: &str| times(text, Lang::En, "1989-11-02");
    assert_eq!(
        en(
            "Profit rose 5% in the third quarter. In the year-ago third quarter, the bank earned $4 a share."
        ),
        pairs(&[
            ("the third quarter", "1989-Q3"),
            ("the year-ago third quarter", "1988-Q3")
        ])
    );
    assert_eq!(
        en(
            "Net income rose in the third quarter. For the quarter a year ago, the insurer reported a loss."
        ),
        pairs(&[
            ("the third quarter", "1989-Q3"),
            ("the quarter a year ago", "1988-Q3")
        ])
    );
    assert_eq!(
        en(
            "Revenue fell in the third quarter, and earnings will slip in the fourth quarter. Sales were $9 million in the 1988 quarter, and the latest quarter brought a loss."
        ),
        pairs(&[
            ("the third quarter", "1989-Q3"),
            ("the fourth quarter", "1989-Q4"),
            ("the 1988 quarter", "1988-Q3"),
            ("the latest quarter", "1989-Q3")
        ])
    );
    assert_eq!(
        en("Quarterly revenue rose, against a loss in the third quarter of last year."),
        pairs(&[("the third quarter of last year", "1988-Q3")])
    );
    let fr = |text: &str| times(text, Lang::Fr, "1989-11-02");
    assert_eq!(
        fr(
            "Le bénéfice a progressé au troisième trimestre, contre une perte au troisième trimestre de l'an dernier."
        ),
        pairs(&[
            ("troisième trimestre", "1989-Q3"),
            ("troisième trimestre de l'an dernier", "1988-Q3")
        ])
    );
    assert_eq!(
        fr(
            "Le chiffre d'affaires a reculé au troisième trimestre et baissera au quatrième trimestre. Au même trimestre de l'année dernière, il avait progressé ; au trimestre écoulé, la perte a doublé."
        ),
        pairs(&[
            ("troisième trimestre", "1989-Q3"),
            ("quatrième trimestre", "1989-Q4"),
            ("même trimestre de l'année dernière", "1988-Q3"),
            ("trimestre écoulé", "1989-Q3")
        ])
    );
}

/// Half of a year is that half (TIMEX3: 1990-H1), of a decade or a month its end or
/// start.
#[test]
fn halves_of_a_year() {
    assert_eq!(
        times(
            "Output will slow in the last half of 1989, in the first half of 1990 and in the second half of the year, as in the second half of the 1970s.",
            Lang::En,
            "1989-10-26"
        ),
        pairs(&[
            ("the last half of 1989", "1989-H2"),
            ("the first half of 1990", "1990-H1"),
            ("the second half of the year", "1989-H2"),
            ("the second half of the 1970s", "197")
        ])
    );
    assert_eq!(
        times(
            "La production ralentira dans la première moitié de 1990 et dans la seconde moitié de l'année, comme dans la seconde moitié du mois.",
            Lang::Fr,
            "1989-10-26"
        ),
        pairs(&[
            ("la première moitié de 1990", "1990-H1"),
            ("la seconde moitié de l'année", "1989-H2"),
            ("la seconde moitié du mois", "1989-10")
        ])
    );
}

/// A part of the day "of" a date is that day's ("the morning of March 2", « dans la
/// matinée du samedi 2 mars »); a time mention never runs across sentences (a
/// dateline's date and the text's first words).
#[test]
fn part_of_a_named_day_and_no_mention_across_sentences() {
    for (text, lang, value) in [
        (
            "On the morning of March 2, soldiers were attacked.",
            Lang::En,
            "2024-03-02TMO",
        ),
        (
            "In the evening of Saturday, soldiers were attacked.",
            Lang::En,
            "2024-03-02TEV",
        ),
        (
            "Dans la matinée du samedi 2 mars 2024, une unité a été attaquée.",
            Lang::Fr,
            "2024-03-02TMO",
        ),
        (
            "Dans la nuit du 2 mars, une unité a été attaquée.",
            Lang::Fr,
            "2024-03-02TNI",
        ),
    ] {
        assert_eq!(one(text, lang, "2024-03-04").value, value, "{text}");
    }
    for (text, lang) in [
        (
            "Bamako, le 4 mars 2024\n\nDans la matinée, une unité a été attaquée.",
            Lang::Fr,
        ),
        (
            "Bamako, March 4, 2024\n\nIn the morning, a unit was attacked.",
            Lang::En,
        ),
    ] {
        let (ms, _, _) = run(text, lang, Some("2024-03-04"));
        assert_eq!(ms.len(), 2, "{text}: {ms:#?}");
        assert_eq!(ms[0].value, "2024-03-04", "{text}: {ms:#?}");
    }
}

/// "The quarter" is a fiscal quarter only in a report of company accounts; in a report
/// of a riot "in the quarter" is part of a town (see `false_positives_stay_out`). French
/// « le trimestre » is always a period.
#[test]
fn the_quarter_is_fiscal_in_a_report_of_accounts() {
    for (text, lang, said) in [
        (
            "Net income rose 5% in the quarter, the company said.",
            Lang::En,
            "the quarter",
        ),
        (
            "Le bénéfice a progressé de 5 % sur le trimestre, selon la société.",
            Lang::Fr,
            "le trimestre",
        ),
    ] {
        let ms = times(text, lang, DCT);
        assert!(
            ms.iter().any(|(t, v)| t == said && v.contains('Q')),
            "{text}: {ms:?}"
        );
    }
    let ms = times(
        "Sur le trimestre, 120 incidents ont été recensés à Gao.",
        Lang::Fr,
        DCT,
    );
    assert!(ms.iter().any(|(t, _)| t == "le trimestre"), "{ms:?}");
    // A year after a period's name is still a year.
    for (text, lang, said) in [
        ("The attack came in Ramadan 2012.", Lang::En, "2012"),
        ("Profits fell in Q3 2012.", Lang::En, "2012"),
        (
            "L'attaque a eu lieu pendant le Ramadan 2012.",
            Lang::Fr,
            "2012",
        ),
    ] {
        let ms = times(text, lang, DCT);
        assert!(ms.iter().any(|(t, _)| t.contains(said)), "{text}: {ms:?}");
    }
}

#[test]
fn this_weekday_follows_the_tense_and_a_named_night_spans_two_days() {
    // « ce jeudi » told on a Monday: past in a past-tense sentence, else this week's.
    for (text, lang, value) in [
        ("Les habitants ont marché ce jeudi.", Lang::Fr, "2023-11-09"),
        ("Les habitants marcheront ce jeudi.", Lang::Fr, "2023-11-16"),
        ("Residents marched this Thursday.", Lang::En, "2023-11-09"),
        (
            "Residents will march this Thursday.",
            Lang::En,
            "2023-11-16",
        ),
    ] {
        assert_eq!(one(text, lang, DCT).value, value, "{text}");
    }
    for (text, lang, span) in [
        (
            "L'attaque a eu lieu dans la nuit de samedi à dimanche.",
            Lang::Fr,
            "dans la nuit de samedi à dimanche",
        ),
        (
            "The attack took place overnight Saturday into Sunday.",
            Lang::En,
            "overnight Saturday into Sunday",
        ),
        (
            "The attack took place overnight Saturday.",
            Lang::En,
            "overnight Saturday",
        ),
        (
            "The attack took place overnight from Saturday to Sunday.",
            Lang::En,
            "overnight from Saturday to Sunday",
        ),
        (
            "L'attaque a eu lieu dans la nuit du samedi au dimanche.",
            Lang::Fr,
            "dans la nuit du samedi au dimanche",
        ),
    ] {
        let m = one(text, lang, DCT);
        assert_eq!(
            (m.text.as_str(), m.value.as_str()),
            (span, "2023-11-11TNI"),
            "{text}"
        );
    }
    // An hour of a named night: after midnight, its second day; before, its first.
    for (text, lang, value) in [
        (
            "Ils ont attaqué dans la nuit de samedi à dimanche, vers 2 heures du matin.",
            Lang::Fr,
            "2023-11-12T02:00",
        ),
        (
            "Ils ont attaqué dans la nuit de samedi à dimanche, vers 23 heures.",
            Lang::Fr,
            "2023-11-11T23:00",
        ),
        (
            "They attacked on Saturday night at around 2 a.m.",
            Lang::En,
            "2023-11-12T02:00",
        ),
    ] {
        let (ms, _, _) = run(text, lang, Some(DCT));
        assert_eq!(ms.len(), 2, "{text}");
        assert_eq!(ms[1].value, value, "{text}");
    }
    // « une quinzaine de morts » counts the dead; « une quinzaine de jours » is a time.
    assert!(
        run(
            "L'attaque a fait une quinzaine de morts.",
            Lang::Fr,
            Some(DCT)
        )
        .0
        .is_empty()
    );
    assert_eq!(
        one("Il est resté une quinzaine de jours.", Lang::Fr, DCT).value,
        "P14D"
    );
}

#[test]
fn a_part_of_day_before_its_date_is_one_time() {
    for (text, lang, span) in [
        (
            "They attacked before dawn on Saturday.",
            Lang::En,
            "dawn on Saturday",
        ),
        (
            "Ils ont attaqué à l'aube samedi.",
            Lang::Fr,
            "l'aube samedi",
        ),
    ] {
        let m = one(text, lang, DCT);
        assert_eq!(
            (m.text.as_str(), m.value.as_str()),
            (span, "2023-11-11TMO"),
            "{text}"
        );
    }
    // (With no date after it, a part of day stays untagged.)
    assert!(
        run("They attacked at dawn.", Lang::En, Some(DCT))
            .0
            .is_empty()
    );
}

#[test]
fn duration_values_written_by_hand() {
    use super::grammar::Unit;
    let cases: &[(Unit, Option<f64>, &str)] = &[
        (Unit::Day, Some(3.0), "P3D"),
        (Unit::Week, None, "PXW"),
        (Unit::Decade, None, "PXDE"),
        (Unit::Decade, Some(2.0), "P20Y"),
        (Unit::Century, Some(1.0), "P100Y"),
        (Unit::Century, None, "PXCE"),
        (Unit::Half, Some(3.0), "P18M"),
        (Unit::Hour, Some(24.0), "PT24H"),
        (Unit::Minute, Some(0.0), "PT0M"),
        (Unit::Second, Some(-5.0), "PT-5S"),
        (Unit::Weekend, None, "PXWE"),
        (Unit::Weekend, Some(1.0), "P2D"),
        (Unit::Fortnight, Some(2.0), "P28D"),
        (Unit::Pod("NI"), Some(1.0), "P1D"),
        (Unit::Quarter, Some(12345678901.0), "P12345678901Q"),
        (Unit::Hour, Some(5.5), "PT5H30M"),
        (Unit::Year, Some(2.5), "P2Y6M"),
        (Unit::Decade, Some(1.5), "P15Y"),
        (Unit::Decade, Some(0.25), "P2.5Y"),
    ];
    for &(u, n, v) in cases {
        assert_eq!(u.duration(n), v, "{u:?} {n:?}");
    }
}

/// Spoken years are years ("the year two thousand", "in nineteen ninety-four"), but
/// not a count of what follows them ("two thousand people").
#[test]
fn spoken_years_but_not_spoken_counts() {
    assert_eq!(
        one("It happened in the year two thousand.", Lang::En, DCT).value,
        "2000"
    );
    assert_eq!(
        one("The rebels rose in nineteen ninety-four.", Lang::En, DCT).value,
        "1994"
    );
    let (ms, _, _) = run("Two thousand people marched.", Lang::En, Some(DCT));
    assert!(
        ms.is_empty(),
        "{:?}",
        ms.iter().map(|m| &m.text).collect::<Vec<_>>()
    );
}

#[test]
fn a_day_away_from_a_named_date() {
    // Counted from the date named after it, not from the reference time.
    for (text, lang, dct, span, value) in [
        (
            "The day before last Tuesday's hearing, the envoy left Kidal.",
            Lang::En,
            "2000-02-24",
            "The day before last Tuesday",
            "2000-02-21",
        ),
        (
            "Two days before Nov. 14, the army moved north.",
            Lang::En,
            "2023-11-20",
            "Two days before Nov. 14",
            "2023-11-12",
        ),
        (
            "La veille du 11 novembre, l'armée a quitté Anéfis.",
            Lang::Fr,
            "2023-11-20",
            "La veille du 11 novembre",
            "2023-11-10",
        ),
        (
            "Trois jours après le 11 novembre, les rebelles ont fui.",
            Lang::Fr,
            "2023-11-20",
            "Trois jours après le 11 novembre",
            "2023-11-14",
        ),
    ] {
        let m = one(text, lang, dct);
        assert_eq!(
            (m.text.as_str(), m.value.as_str(), m.precision),
            (span, value, 1),
            "{text}"
        );
    }
    // Counted from an event the text does not date: no day can be given (not the day
    // after publication); with an earlier time in the text, from that time.
    for (text, lang) in [
        (
            "The day after a battle in Anéfis, rebels withdrew to Kidal.",
            Lang::En,
        ),
        (
            "Le lendemain de l'attaque, les rebelles se sont retirés.",
            Lang::Fr,
        ),
        ("The day after his release, he left for Gao.", Lang::En),
        (
            "Le lendemain du scrutin, les rebelles sont partis.",
            Lang::Fr,
        ),
        ("La veille de sa libération, il était à Gao.", Lang::Fr),
    ] {
        let m = one(text, lang, "2023-11-20");
        assert_eq!(m.value, "XXXX-XX-XX", "{text}");
    }
    for (text, lang) in [
        (
            "A battle took place in Anéfis on Tuesday. The day after the battle, rebels left.",
            Lang::En,
        ),
        (
            "Une attaque a visé Anéfis mardi. Le lendemain de l'attaque, les rebelles sont partis.",
            Lang::Fr,
        ),
    ] {
        let ts = times(text, lang, "2023-11-20");
        assert_eq!(ts[1].1, "2023-11-15", "{text}: {ts:?}");
    }
    // "the day before" with no date after it still counts from the reference time.
    assert_eq!(
        times(
            "The army entered Kidal on November 14. The day before, rebels left.",
            Lang::En,
            "2023-11-20"
        ),
        pairs(&[
            ("November 14", "2023-11-14"),
            ("The day before", "2023-11-13")
        ])
    );
}

#[test]
fn a_part_of_day_with_a_modifier_and_its_day() {
    for (text, lang, span) in [
        (
            "In Gao at mid-afternoon yesterday, shots were heard.",
            Lang::En,
            "mid-afternoon yesterday",
        ),
        (
            "Les combats ont repris en fin d'après-midi hier.",
            Lang::Fr,
            "fin d'après-midi hier",
        ),
    ] {
        let m = one(text, lang, "1989-11-02");
        assert_eq!(
            (m.text.as_str(), m.value.as_str()),
            (span, "1989-11-01TAF"),
            "{text}"
        );
    }
}

#[test]
fn irregular_past_verbs_and_passe_compose_are_tense_cues() {
    // A bare month three months ahead is next year's, unless the verb is past.
    for (text, lang) in [
        ("In January, the army brought in new troops.", Lang::En),
        ("In January, the rebels fought for the town.", Lang::En),
        ("En janvier, l'armée a fait venir des renforts.", Lang::Fr),
        ("En janvier, les rebelles se sont retirés.", Lang::Fr),
    ] {
        assert_eq!(one(text, lang, "1989-10-27").value, "1989-01", "{text}");
    }
    // Not a name ("the Fed") nor half of a compound ("the French-led force").
    for text in [
        "In January, the army will bring in new troops.",
        "In January, the Fed will cut rates.",
        "In January, the French-led force will withdraw.",
    ] {
        assert_eq!(one(text, Lang::En, "1989-10-27").value, "1990-01", "{text}");
    }
}

#[test]
fn this_past_season_is_the_latest_one() {
    let dct = "1989-10-30";
    assert_eq!(
        times(
            "Sales were weak this past spring, as they were last spring.",
            Lang::En,
            dct
        ),
        pairs(&[("this past spring", "1989-SP"), ("last spring", "1988-SP")])
    );
    // French says « au printemps dernier » for both; the tense does not move it.
    assert_eq!(
        one(
            "Au printemps dernier, les ventes étaient faibles.",
            Lang::Fr,
            dct
        )
        .value,
        "1988-SP"
    );
}

/// "This weekend" told on a weekday in the past tense is the weekend just gone; in the
/// future, or told on the weekend itself, the one of the publication's week.
#[test]
fn this_weekend_follows_the_tense_on_a_weekday() {
    for (text, lang, dct, want) in [
        (
            "Gunmen killed 17 villagers this weekend.",
            Lang::En,
            "2023-11-15",
            "2023-W45-WE",
        ),
        (
            "Des hommes armés ont tué 17 villageois ce week-end.",
            Lang::Fr,
            "2023-11-13",
            "2023-W45-WE",
        ),
        (
            "Protesters will march this weekend.",
            Lang::En,
            "2023-11-15",
            "2023-W46-WE",
        ),
        (
            "Des hommes armés ont tué 17 villageois ce week-end.",
            Lang::Fr,
            "2023-11-18",
            "2023-W46-WE",
        ),
    ] {
        assert_eq!(one(text, lang, dct).value, want, "{text} on {dct}");
    }
}

/// An interval open up to now began before the report, even in the month right after
/// the publication's ("since January" on 2 December is this past January, not the next).
#[test]
fn since_the_month_after_publication_is_the_past_one() {
    for (text, lang) in [
        ("Residents have suffered attacks since January.", Lang::En),
        (
            "Les habitants subissent des attaques depuis janvier.",
            Lang::Fr,
        ),
    ] {
        let m = one(text, lang, "2021-12-02");
        assert_eq!(m.value, "2021-01", "{text}");
    }
}

/// A bare day told by its month's distance from the publication month (« le 4 courant »,
/// "the 4th inst.", « le 28 du mois dernier »), also as the end of a night's range.
#[test]
fn day_of_the_current_or_last_month() {
    for (text, lang, want) in [
        (
            "Le 4 courant, les éléments du poste ont intercepté un camion.",
            Lang::Fr,
            "2024-08-04",
        ),
        (
            "Le poste a été attaqué le 28 du mois dernier.",
            Lang::Fr,
            "2024-07-28",
        ),
        (
            "Dans la nuit du 3 au 4 courant, des hommes armés ont attaqué le poste.",
            Lang::Fr,
            "2024-08-03TNI",
        ),
        (
            "Gunmen attacked the post on the 4th instant.",
            Lang::En,
            "2024-08-04",
        ),
        (
            "The post was attacked on the 28th of last month.",
            Lang::En,
            "2024-07-28",
        ),
    ] {
        assert_eq!(one(text, lang, "2024-08-06").value, want, "{text}");
    }
    // "courant" after a count is no month.
    assert!(
        times(
            "Les 4 courants politiques se sont réunis.",
            Lang::Fr,
            "2024-08-06"
        )
        .is_empty()
    );
}

/// A bare day with no month ("on the 11th", « le 11, », « le 11 au soir ») is that day of
/// the publication's month, or of the month before when it is still to come; only
/// where a word of the lexicon follows it, and in English after "on the" (not "the 11th
/// floor", « le 11e régiment », "the 11th of the candidates").
#[test]
fn a_bare_day_is_the_latest_such_day() {
    for (text, lang, want) in [
        (
            "A minibus struck a mine near Hombori on the 11th, killing seven passengers.",
            Lang::En,
            "2025-02-11",
        ),
        (
            "On the 3rd, at around noon, gunmen attacked the market.",
            Lang::En,
            "2025-02-03",
        ),
        (
            "A minibus struck a mine near Hombori on the 20th, killing seven passengers.",
            Lang::En,
            "2025-01-20",
        ),
        (
            "Le 11, un minibus a sauté sur une mine près de Hombori.",
            Lang::Fr,
            "2025-02-11",
        ),
        (
            "Un minibus a sauté sur une mine près de Hombori le 11 au soir.",
            Lang::Fr,
            "2025-02-11TEV",
        ),
        (
            "Le 20, un minibus a sauté sur une mine près de Hombori.",
            Lang::Fr,
            "2025-01-20",
        ),
    ] {
        assert_eq!(one(text, lang, "2025-02-14").value, want, "{text}");
    }
    // A future tense looks ahead.
    assert_eq!(
        one(
            "The minister will visit Hombori on the 20th.",
            Lang::En,
            "2025-02-14"
        )
        .value,
        "2025-02-20"
    );
    for (text, lang) in [
        (
            "The fire broke out on the 11th floor of the building.",
            Lang::En,
        ),
        ("He came in the 11th of the candidates.", Lang::En),
        ("Le 11e régiment a quitté Hombori.", Lang::Fr),
        ("Le 11 de l'équipe a marqué.", Lang::Fr),
    ] {
        assert!(times(text, lang, "2025-02-14").is_empty(), "{text}");
    }
}

/// "The next day" counts from what happened, not from the day it was told: "clashed on
/// Monday, the army said on Tuesday. The next day…" is Tuesday; with nothing else
/// dated, from the telling.
#[test]
fn days_count_from_the_deed_not_its_telling() {
    for (text, lang) in [
        (
            "The army clashed with JNIM near Nampala on Monday, the army said on Tuesday. The next day, a drone strike hit Diabaly.",
            Lang::En,
        ),
        (
            "Des combats ont opposé lundi les FAMa au JNIM près de Nampala, a indiqué mardi l'armée. Le lendemain, une frappe a visé Diabaly.",
            Lang::Fr,
        ),
    ] {
        let ts = times(text, lang, "2024-10-16");
        assert_eq!(ts[2].1, "2024-10-15", "{text}: {ts:?}");
    }
    for (text, lang) in [
        (
            "The army said on Tuesday it had retaken Léré. The next day, troops entered Niono.",
            Lang::En,
        ),
        (
            "L'armée a annoncé mardi avoir repris Léré. Le lendemain, les troupes sont entrées à Niono.",
            Lang::Fr,
        ),
    ] {
        let ts = times(text, lang, "2024-10-16");
        assert_eq!(ts[1].1, "2024-10-16", "{text}: {ts:?}");
    }
}

/// A bare part of the day is of the day of the deed, not of the day it was told:
/// "killed 14 civilians on Sunday, officials said on Tuesday. The assailants came in the
/// late afternoon" is Sunday afternoon; with only a telling before it, that day's.
#[test]
fn a_part_of_the_day_is_the_deeds() {
    for (text, lang) in [
        (
            "Gunmen killed 14 civilians in Madougou on Sunday, two officials said on Tuesday. The assailants surrounded the village in the late afternoon.",
            Lang::En,
        ),
        (
            "Des hommes armés ont tué 14 civils dimanche à Madougou, a indiqué mardi un responsable local. Les assaillants ont encerclé le village en fin d'après-midi.",
            Lang::Fr,
        ),
    ] {
        let ts = times(text, lang, "2022-03-08");
        assert_eq!(ts[2].1, "2022-03-06TAF", "{text}: {ts:?}");
    }
    // (Told inside a reporting phrase read across its day: « a-t-on appris lundi de
    // sources locales ».)
    let ts = times(
        "Vingt-trois civils ont été tués dans la nuit de samedi à dimanche à Ségué, a-t-on appris lundi de sources locales. « Des hommes armés sont arrivés à moto vers 23 heures », a raconté un élu.",
        Lang::Fr,
        "2022-06-20",
    );
    assert_eq!(ts[2].1, "2022-06-18T23:00", "{ts:?}");
    let ts = times(
        "The army said on Tuesday that its troops had come under fire in the late afternoon.",
        Lang::En,
        "2022-03-08",
    );
    assert_eq!(ts[1].1, "2022-03-08TAF", "{ts:?}");
}

/// "that year", « cette année-là » name the year the text refers to, and a month before
/// them is that year's ("In March that year", « en mars de cette année-là »); « là »
/// counts only glued by its hyphen (« a publié cette semaine la liste » is this week).
#[test]
fn that_year_and_its_months() {
    let dct = "2023-06-26";
    assert_eq!(
        times(
            "The violence peaked in 2019. In March that year, a militia attack killed 160 villagers. That same year, the group split.",
            Lang::En,
            dct,
        ),
        pairs(&[
            ("2019", "2019"),
            ("March that year", "2019-03"),
            ("That same year", "2019")
        ])
    );
    assert_eq!(
        times(
            "La violence a culminé en 2019. En mars de cette année-là, une attaque a tué 160 villageois. La même année, le groupe s'est scindé.",
            Lang::Fr,
            dct,
        ),
        pairs(&[
            ("2019", "2019"),
            ("mars de cette année-là", "2019-03"),
            ("La même année", "2019"),
        ])
    );
    assert_eq!(
        times(
            "Un journal a publié cette semaine la liste des commissaires. Cette année la sécheresse a frappé.",
            Lang::Fr,
            dct,
        ),
        pairs(&[("cette semaine", "2023-W26"), ("Cette année", "2023")])
    );
}

/// A French two-digit year follows its month directly (« octobre 98 »); past a comma
/// the number counts something (« En juin, 35 habitants ont été tués »).
#[test]
fn a_number_past_a_months_comma_is_no_year() {
    assert_eq!(
        times(
            "En juin, 35 habitants ont été tués. En octobre 98, la guerre a repris.",
            Lang::Fr,
            "2023-06-26",
        ),
        pairs(&[("juin", "2023-06"), ("octobre 98", "1998-10")])
    );
}

/// « dans la matinée d'hier », « la soirée d'avant-hier », « la matinée de la veille »:
/// the part of the day of the day named after it, not of the day talked about.
#[test]
fn a_part_of_the_day_of_a_day_word() {
    for (text, value) in [
        (
            "Le camp a été attaqué dans la matinée d'hier.",
            ("la matinée d'hier", "2023-11-12TMO"),
        ),
        (
            "Le camp a été attaqué dans la soirée d'avant-hier.",
            ("la soirée d'avant-hier", "2023-11-11TEV"),
        ),
        (
            "Le camp a été attaqué dans la matinée de la veille.",
            ("la matinée de la veille", "2023-11-12TMO"),
        ),
    ] {
        assert_eq!(times(text, Lang::Fr, DCT), pairs(&[value]), "{text}");
    }
    // (A day word with its own part of the day is no such day: « hier soir » stands alone.)
    assert_eq!(
        times("Le camp a été attaqué hier soir.", Lang::Fr, DCT),
        pairs(&[("hier soir", "2023-11-12TEV")])
    );
}

/// "Monday last week", « lundi de la semaine dernière »: that day of the week named, not
/// the latest Monday; "the night of the 9th", « dans la nuit du 9 (au 10) »: a bare
/// day's night. (TimeML tags a full date alone: "the night of [Oct. 23]".)
#[test]
fn a_weekday_of_a_named_week_and_a_bare_days_night() {
    let dct = "2024-06-05"; // a Wednesday
    for (text, lang, value) in [
        (
            "Gunmen killed nine civilians on Monday last week.",
            Lang::En,
            ("Monday last week", "2024-05-27"),
        ),
        (
            "Gunmen killed nine civilians on Friday of last week.",
            Lang::En,
            ("Friday of last week", "2024-05-31"),
        ),
        (
            "Des hommes armés ont tué neuf civils lundi de la semaine dernière.",
            Lang::Fr,
            ("lundi de la semaine dernière", "2024-05-27"),
        ),
        (
            "Gunmen killed nine civilians on the night of the 2nd.",
            Lang::En,
            ("the night of the 2nd", "2024-06-02TNI"),
        ),
        (
            "Des hommes armés ont tué neuf civils dans la nuit du 2, selon un élu.",
            Lang::Fr,
            ("dans la nuit du 2", "2024-06-02TNI"),
        ),
        (
            "Des hommes armés ont tué neuf civils dans la nuit du 2 au 3.",
            Lang::Fr,
            ("dans la nuit du 2 au 3", "2024-06-02TNI"),
        ),
        (
            "He was shot on the night of Oct. 23.",
            Lang::En,
            ("Oct. 23", "2023-10-23"),
        ),
    ] {
        assert_eq!(times(text, lang, dct), pairs(&[value]), "{text}");
    }
    // (A day with more after it is no bare night's: "the night of the 9th of last
    // month" keeps its month, "the night of the 3 attacks" is no date.)
    assert_eq!(
        times(
            "Des hommes armés ont tué neuf civils dans la nuit du 9 du mois dernier.",
            Lang::Fr,
            dct
        )
        .iter()
        .filter(|(_, v)| v.starts_with("2024-06-09"))
        .count(),
        0
    );
    assert!(
        times("The night of the 3 attacks was long.", Lang::En, dct)
            .iter()
            .all(|(_, v)| !v.ends_with("TNI")),
    );
    // (A comma ends the day: "on Monday, last week's attack…" is two times.)
    assert_eq!(
        times(
            "They struck on Monday, last week's attack was worse.",
            Lang::En,
            dct
        )
        .len(),
        2
    );
}

/// A day after a day the text never gave is no day after the report's: headline "next
/// day" has no value without a date before it; after one, it counts from it.
#[test]
fn a_next_day_counts_from_the_text_only() {
    let dct = "2025-04-04"; // a Friday
    let t = one(
        "Niger: 11 villagers killed in Tamou, soldiers die in mine blast next day",
        Lang::En,
        dct,
    );
    assert_eq!(t.text, "next day");
    assert_eq!(t.start, None);
    let t = one(
        "Le lendemain, des soldats ont sauté sur une mine.",
        Lang::Fr,
        dct,
    );
    assert_eq!(t.start, None);
    assert_eq!(
        times(
            "Gunmen attacked Tamou on Sunday. Next day, soldiers hit a mine.",
            Lang::En,
            dct
        ),
        pairs(&[("Sunday", "2025-03-30"), ("Next day", "2025-03-31")])
    );
    // ("next week" still counts from the report.)
    assert_eq!(
        times("They will meet next week.", Lang::En, dct),
        pairs(&[("next week", "2025-W15")])
    );
}

/// A dispatch's dateline dates its writing: « hier » and "on Sunday" count from it, not
/// from a publication a day or more later; a dateline far from publication, or a date
/// not in dateline form, anchors nothing.
#[test]
fn a_dateline_is_the_day_of_writing() {
    let t = "MOPTI, 6 avril 2023 (AMAP) – Une unité du génie a désamorcé hier deux engins.";
    let ms = run(t, Lang::Fr, Some("2023-04-07")).0;
    let hier = ms.iter().find(|m| m.text == "hier").expect("hier");
    assert_eq!(hier.value, "2023-04-05");
    let a = hier.anchor.as_ref().expect("anchor");
    assert_eq!((a.kind.as_str(), a.index), ("mention", Some(0)));
    assert_eq!(
        times(
            "Soldiers killed near Boni\n\nBAMAKO, March 14 - Gunmen attacked a post on Sunday, officials said.",
            Lang::En,
            "2022-03-16"
        ),
        pairs(&[("March 14", "2022-03-14"), ("Sunday", "2022-03-13")])
    );
    // (Three weeks before publication: no day of writing.)
    assert_eq!(
        times(
            "MOPTI, 6 avril 2023 (AMAP) – Des engins ont été désamorcés hier.",
            Lang::Fr,
            "2023-04-28"
        ),
        pairs(&[("6 avril 2023", "2023-04-06"), ("hier", "2023-04-27")])
    );
    // (A date in a sentence of its own is no dateline.)
    assert_eq!(
        times(
            "On 6 April, the army said it had defused two devices. Yesterday, a mine exploded.",
            Lang::En,
            "2023-04-07"
        ),
        pairs(&[("6 April", "2023-04-06"), ("Yesterday", "2023-04-06")])
    );
}

/// "The same evening", « le même soir » are the evening of the day told before, not of
/// the publication.
#[test]
fn the_same_evening_is_the_day_told_before() {
    assert_eq!(
        times(
            "Gendarmes dispersed the miners last Friday. Twelve were detained and released the same evening.",
            Lang::En,
            "2025-09-08",
        ),
        pairs(&[
            ("last Friday", "2025-09-05"),
            ("the same evening", "2025-09-05TEV")
        ])
    );
    assert_eq!(
        times(
            "Les gendarmes ont dispersé les orpailleurs vendredi. Douze ont été relâchés le même soir.",
            Lang::Fr,
            "2025-09-08",
        ),
        pairs(&[
            ("vendredi", "2025-09-05"),
            ("le même soir", "2025-09-05TEV")
        ])
    );
}

/// A part of the day that qualifies a noun tells no time ("the evening prayer", « la
/// prière du soir »), nor does "at the time of" something; the part of a day told
/// with its day still does.
#[test]
fn an_evening_prayer_is_no_evening() {
    assert_eq!(
        times(
            "Gunmen attacked the village on Monday evening. They arrived at the time of the evening prayer.",
            Lang::En,
            "2023-11-15"
        ),
        pairs(&[("Monday evening", "2023-11-13TEV")])
    );
    assert_eq!(
        times(
            "Des hommes armés ont attaqué le village lundi soir. Ils sont arrivés à l'heure de la prière du soir.",
            Lang::Fr,
            "2023-11-15"
        ),
        pairs(&[("lundi soir", "2023-11-13TEV")])
    );
    assert_eq!(
        times(
            "The market was attacked in the evening.",
            Lang::En,
            "2023-11-15"
        )
        .len(),
        1
    );
}

/// A span of years written as one number ("in 2012-2013", « en 2012-2013 »): the first
/// year's value, the interval to the last year's end. Not a phone number or a score.
#[test]
fn a_span_of_years_in_one_number() {
    for (text, lang) in [
        ("The town was occupied in 2012-2013.", Lang::En),
        ("La ville a été occupée en 2012-2013.", Lang::Fr),
    ] {
        let m = one(text, lang, "2022-09-27");
        assert_eq!(m.text, "2012-2013", "{text}");
        assert_eq!(m.value, "2012");
        assert_eq!(
            m.start.map(|d| d.to_string()).as_deref(),
            Some("2012-01-01")
        );
        assert_eq!(m.end.map(|d| d.to_string()).as_deref(), Some("2013-12-31"));
    }
    let (ms, _, _) = run("Call 2012-2099 for help.", Lang::En, Some("2022-09-27"));
    assert!(ms.is_empty(), "{ms:?}");
}

/// "Late last week" holds the week's last three days, its Friday among them (a third of
/// seven days had been two, the weekend only).
#[test]
fn late_last_week_holds_its_friday() {
    let dct = "2019-06-03";
    let m = one("The strike took place late last week.", Lang::En, dct);
    assert_eq!(m.start.unwrap().to_string(), "2019-05-31");
    let m = one(
        "La frappe a eu lieu à la fin de la semaine dernière.",
        Lang::Fr,
        dct,
    );
    assert_eq!(m.start.unwrap().to_string(), "2019-05-31");
}
