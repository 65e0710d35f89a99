//! Place stage tests, English and French, on the embedded default gazetteer.

use crate::Extractor;
use sitrep_core::records::PlaceMention;
use sitrep_core::{Doc, Document, Lang};
use sitrep_gazetteer::geo::haversine_km;
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static X: OnceLock<Extractor> = OnceLock::new();
    X.get_or_init(Extractor::embedded)
}

/// Places of a report published Monday 13 November 2023, with Mali as the country the
/// reports are about (`--country ML`).
fn in_mali(text: &str, lang: Lang) -> Vec<PlaceMention> {
    use crate::resources::Resources;
    use std::sync::Arc;
    static X: OnceLock<Extractor> = OnceLock::new();
    let mali = X.get_or_init(|| {
        Extractor::new(Arc::new(
            Resources::embedded().with_default_country(Some("ML".into())),
        ))
    });
    let mut d = Document::from_text("t", text);
    d.meta.lang = lang;
    d.meta.published = Some("2023-11-13".parse().unwrap());
    mali.extract(d).places
}

fn run(text: &str, lang: Lang) -> Doc {
    let mut d = Document::from_text("t", text);
    d.meta.lang = lang;
    d.meta.published = Some("2023-11-13".parse().unwrap());
    extractor().extract(d)
}

fn places(text: &str, lang: Lang) -> Vec<PlaceMention> {
    run(text, lang).places
}

fn find<'a>(ps: &'a [PlaceMention], text: &str) -> &'a PlaceMention {
    ps.iter().find(|p| p.text == text).unwrap_or_else(|| {
        panic!(
            "no place {text:?} in {:#?}",
            ps.iter().map(|p| &p.text).collect::<Vec<_>>()
        )
    })
}

fn near(p: &PlaceMention, lat: f64, lon: f64, km: f64) -> bool {
    match (p.lat, p.lon) {
        (Some(a), Some(b)) => haversine_km(a, b, lat, lon) <= km,
        _ => false,
    }
}

const KIDAL: (f64, f64) = (18.441, 1.407);

#[test]
fn towns_resolve_with_admin_areas() {
    let ps = places(
        "Fighting broke out in Kidal and in Gao on Sunday.",
        Lang::En,
    );
    let k = find(&ps, "Kidal");
    assert!(near(k, KIDAL.0, KIDAL.1, 10.0), "{k:?}");
    assert_eq!(k.geo_precision, 1);
    assert!(k.resolved && k.locative);
    assert_eq!(k.country.as_deref(), Some("Mali"));
    assert_eq!(k.admin1.as_deref(), Some("Kidal"));
    let ps = places("Les combats ont repris à Gao et à Tombouctou.", Lang::Fr);
    assert!(near(find(&ps, "Gao"), 16.27, -0.04, 15.0));
    assert!(near(find(&ps, "Tombouctou"), 16.77, -3.0, 15.0));
}

#[test]
fn exonyms_and_folding() {
    let ps = places("Clashes near Timbuktu.", Lang::En);
    let t = ps.iter().find(|p| p.name == "Timbuktu").expect("Timbuktu");
    assert_eq!(
        t.text, "near Timbuktu",
        "the relation is part of the evidence"
    );
    assert!(near(t, 16.77, -3.0, 15.0));
    let ps = places("Les FAMa sont entrées à Tombouctou.", Lang::Fr);
    assert_eq!(ps[0].geonames_id, t.geonames_id, "one place, two names");
    let a = places("The army reached Tin-Essako.", Lang::En);
    let b = places("The army reached Tin Essako.", Lang::En);
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].geonames_id, b[0].geonames_id);
}

#[test]
fn relative_places_are_computed() {
    let ps = places(
        "He lured them into a trap on a plateau 25 km west of Kidal.",
        Lang::En,
    );
    let o = find(&ps, "25 km west of Kidal");
    assert!(near(o, 18.44, 1.17, 3.0), "{o:?}");
    assert_eq!(o.geo_precision, 2);
    let off = o.offset.as_ref().unwrap();
    assert_eq!(
        (off.anchor.as_str(), off.distance_km, off.bearing_deg),
        ("Kidal", Some(25.0), Some(270.0))
    );
    let ps = places(
        "L'armée s'est positionnée à 200 km au nord de Kidal.",
        Lang::Fr,
    );
    let o = find(&ps, "à 200 km au nord de Kidal");
    assert!(near(o, 20.24, 1.407, 5.0), "{o:?}");
    let ps = places("A convoy was attacked about 30 km from Gao.", Lang::En);
    let o = ps
        .iter()
        .find(|p| {
            p.offset
                .as_ref()
                .is_some_and(|x| x.distance_km == Some(30.0))
        })
        .expect("30 km from Gao");
    assert_eq!(
        (o.geo_precision, o.offset.as_ref().unwrap().bearing_deg),
        (2, None)
    );
}

/// A round figure is a distance too, at its best value: « à une trentaine de
/// kilomètres au nord de Kidal », "a dozen kilometres west of Kidal"; a figure as vague
/// as « des dizaines de kilomètres » is none.
#[test]
fn round_distances_are_computed() {
    for (text, lang, surface, km) in [
        (
            "Des frappes ont visé des positions à une trentaine de kilomètres au nord de Kidal.",
            Lang::Fr,
            "à une trentaine de kilomètres au nord de Kidal",
            30.0,
        ),
        (
            "Un car a sauté sur une mine à une quinzaine de km à l'est de Kidal.",
            Lang::Fr,
            "à une quinzaine de km à l'est de Kidal",
            15.0,
        ),
        (
            "Air strikes hit positions a dozen kilometres west of Kidal.",
            Lang::En,
            "a dozen kilometres west of Kidal",
            12.0,
        ),
    ] {
        let ps = places(text, lang);
        let o = find(&ps, surface);
        assert_eq!(
            o.offset.as_ref().and_then(|x| x.distance_km),
            Some(km),
            "{text}: {o:?}"
        );
    }
    // (Nor the dozen of "half a dozen kilometres".)
    let ps = places(
        "Jihadists killed two soldiers half a dozen kilometres north of Kidal.",
        Lang::En,
    );
    assert!(
        ps.iter().all(|p| p
            .offset
            .as_ref()
            .is_none_or(|x| x.distance_km != Some(12.0))),
        "{ps:?}"
    );
    let ps = places(
        "Des frappes ont visé des positions à des dizaines de kilomètres au nord de Kidal.",
        Lang::Fr,
    );
    assert!(
        ps.iter()
            .all(|p| p.offset.as_ref().is_none_or(|x| x.distance_km.is_none())),
        "{ps:?}"
    );
}

#[test]
fn near_and_between() {
    let ps = places(
        "Mortar fire hit the camp on the outskirts of Gao.",
        Lang::En,
    );
    let g = ps.iter().find(|p| p.name == "Gao").unwrap();
    assert_eq!(g.geo_precision, 2);
    assert_eq!(g.offset.as_ref().unwrap().relation, "outskirts");
    // "between X and Y", « entre X et Y »: the first-named town's point, as ACLED codes
    // it, with both towns and the distance between them in the offset.
    for (text, lang) in [
        ("Clashes took place between Kidal and Tessalit.", Lang::En),
        ("Des combats ont eu lieu entre Kidal et Tessalit.", Lang::Fr),
    ] {
        let ps = places(text, lang);
        let m = ps
            .iter()
            .find(|p| p.offset.as_ref().is_some_and(|o| o.relation == "between"))
            .expect("between");
        assert!(near(m, 18.44, 1.41, 5.0), "{m:?}");
        assert_eq!(m.geo_precision, 2);
        let o = m.offset.as_ref().unwrap();
        assert_eq!(o.anchor, "Kidal / Tessalit", "{text}");
        assert!(
            o.distance_km.is_some_and(|d| (d - 228.0).abs() < 30.0),
            "{o:?}"
        );
    }
}

#[test]
fn unknown_names_after_locatives_are_kept_unresolved() {
    let ps = places(
        "on a plateau between Tin Akaola and Agalhik, 25 km west of Kidal",
        Lang::En,
    );
    let t = find(&ps, "Tin Akaola");
    assert!(!t.resolved && t.lat.is_none(), "{t:?}");
    // The apposition says where Agalhik is, though no gazetteer knows it.
    let a = find(&ps, "Agalhik");
    assert!(!a.resolved, "{a:?}");
    assert!(near(a, 18.44, 1.17, 3.0), "{a:?}");
    assert_eq!(a.geo_precision, 2);
    let ps = places("Des combats ont eu lieu près de Tin Akaola.", Lang::Fr);
    assert!(!find(&ps, "Tin Akaola").resolved);
}

#[test]
fn regions_are_regions() {
    let ps = places("Drones struck in the Kidal region.", Lang::En);
    let r = ps.iter().find(|p| p.text.starts_with("Kidal")).unwrap();
    assert_eq!(r.geo_precision, 3, "{r:?}");
    let ps = places("Des frappes ont visé la région de Kidal.", Lang::Fr);
    let r = ps.iter().find(|p| p.text.contains("Kidal")).unwrap();
    assert_eq!(r.geo_precision, 3, "{r:?}");
}

#[test]
fn capitals_that_act_are_governments_not_places() {
    let d = run(
        "The first drone strikes received by Bamako have targeted the city.",
        Lang::En,
    );
    assert!(
        d.places.iter().all(|p| p.text != "Bamako"),
        "{:?}",
        d.places
    );
    // The place stage hands "Bamako" over as Mali's metonym; the actor stage makes it
    // Mali's state actor.
    assert!(
        d.actors.iter().any(|a| a.text == "Bamako"
            && a.via == "metonym"
            && a.name == "Military Forces of Mali"),
        "{:?}",
        d.actors
    );
    let d = run("Paris et Bamako ont rompu leurs relations.", Lang::Fr);
    assert!(d.places.is_empty(), "{:?}", d.places);
    // A capital where something happens stays a place.
    let ps = places("Protesters gathered in Bamako.", Lang::En);
    assert!(find(&ps, "Bamako").locative);
}

#[test]
fn names_of_agreements_are_not_places() {
    let ps = places(
        "The Algiers peace agreement signed in 2015 seems buried.",
        Lang::En,
    );
    assert!(ps.iter().all(|p| p.text != "Algiers"), "{ps:?}");
    let ps = places("L'accord d'Alger semble enterré.", Lang::Fr);
    assert!(ps.iter().all(|p| p.text != "Alger"), "{ps:?}");
}

#[test]
fn common_words_and_headings_are_not_places() {
    for (t, l) in [
        ("Speed ??race", Lang::En),
        (
            "Faced with the Malian Armed Forces, the rebels held.",
            Lang::En,
        ),
        ("Since then, Kidal has been unreachable.", Lang::En),
    ] {
        let ps = places(t, l);
        assert!(ps.iter().all(|p| p.name == "Kidal"), "{t}: {ps:?}");
    }
}

/// A title-case headline ends on its speaker's verb, not on the town of Say (Niger);
/// the town keeps its name where a locative or the verb before it asks for a place.
#[test]
fn a_title_case_headline_ends_on_its_speakers_verb() {
    let t = "Soldiers Killed In Djibo Attack, Officials Say\n\nAt least 12 soldiers were killed in Djibo, officials said.";
    let ps = places(t, Lang::En);
    assert!(ps.iter().all(|p| p.text != "Say"), "{ps:?}");
    assert!(ps.iter().any(|p| p.text == "Djibo"), "{ps:?}");
    for t in [
        "Jihadists Attack Say, Kill Nine\n\nGunmen killed nine people on Friday.",
        "Gunmen Kill Nine Near Say\n\nGunmen killed nine people on Friday.",
        "Nine Killed In Say\n\nGunmen killed nine people on Friday.",
    ] {
        let ps = places(t, Lang::En);
        let say = ps.iter().find(|p| p.name == "Say");
        assert!(
            say.is_some_and(|p| near(p, 13.10, 2.37, 5.0)),
            "{t}: {ps:?}"
        );
    }
}

/// An elided article is no compound: « près d'Aguelhok » names Aguelhok, as "near
/// Aguelhok" does (a hyphenated "Tagourou-Dogon" is still one name).
#[test]
fn a_place_after_an_elided_article() {
    for (text, mention) in [
        (
            "Des combats ont eu lieu près d'Aguelhok.",
            "près d'Aguelhok",
        ),
        (
            "Des combats ont eu lieu près d’Aguelhok.",
            "près d’Aguelhok",
        ),
    ] {
        let ps = places(text, Lang::Fr);
        let a = find(&ps, mention);
        assert_eq!(a.name, "Aguelhok", "{a:?}");
        assert!(a.resolved, "{a:?}");
        assert_eq!(a.country.as_deref(), Some("Mali"), "{a:?}");
    }
}

/// A village GeoNames gives no population counts as a village, not as empty; and when
/// nothing settles which country a report is about, none gets the focus bonus (the
/// first in the alphabet would be arbitrary). "Boni" is a Malian village and one of
/// Bonn's alternate names. With its region word after it ("the Boni area") the name
/// is still the village's own.
#[test]
fn a_village_of_unknown_size_against_a_far_city_listing_its_name() {
    for (text, lang) in [
        ("Gunmen killed five villagers in Boni on Monday.", Lang::En),
        (
            "Des hommes armés ont tué cinq villageois à Boni lundi.",
            Lang::Fr,
        ),
        (
            "Gunmen killed three herders in the Boni area on Monday.",
            Lang::En,
        ),
        (
            "Des hommes armés ont tué trois éleveurs dans la zone de Boni lundi.",
            Lang::Fr,
        ),
    ] {
        let ps = places(text, lang);
        let p = ps
            .iter()
            .find(|p| p.text.contains("Boni"))
            .unwrap_or_else(|| panic!("{text}: {ps:?}"));
        assert_eq!(
            (p.name.as_str(), p.country.as_deref()),
            ("Boni", Some("Mali")),
            "{text}"
        );
    }
}

/// A town's airport is in the town: "rockets struck the airport of Menaka", « l'aéroport
/// de Gao », locate at the town (unlike "the Algiers agreement", a name).
#[test]
fn an_airport_is_in_its_town() {
    let ps = places("Two rockets struck the airport of Kidal.", Lang::En);
    assert!(near(find(&ps, "Kidal"), KIDAL.0, KIDAL.1, 10.0));
    let ps = places("Deux roquettes ont frappé l'aéroport de Kidal.", Lang::Fr);
    assert!(near(find(&ps, "Kidal"), KIDAL.0, KIDAL.1, 10.0));
    let ps = places("Shells hit Kidal airport overnight.", Lang::En);
    assert!(near(find(&ps, "Kidal"), KIDAL.0, KIDAL.1, 10.0));
    // With an article and no locative word before it, the feature noun is the context.
    let ps = places("Gunmen attacked the Kidal airport on Monday.", Lang::En);
    assert!(near(find(&ps, "Kidal"), KIDAL.0, KIDAL.1, 10.0));
    let ps = places(
        "Des hommes armés ont attaqué lundi l'aéroport de Kidal.",
        Lang::Fr,
    );
    assert!(near(find(&ps, "Kidal"), KIDAL.0, KIDAL.1, 10.0));
}

/// A capitalized date word after a town is no part of a person's name around it:
/// "the streets of the capital Bamako Saturday" is Bamako. (French writes weekdays and
/// months in lowercase, so only English needs this.)
#[test]
fn a_weekday_after_a_town_is_no_name_word() {
    let ps = places(
        "The opposition took to the streets of Kidal Saturday.",
        Lang::En,
    );
    assert!(near(find(&ps, "Kidal"), KIDAL.0, KIDAL.1, 10.0));
}

/// A near-spelling stays in the country the reports are about: with Mali as the
/// default country, "Nampala" (a Malian village the small gazetteer lacks) is no
/// misspelt Nampula in Mozambique; it stays an unresolved name.
#[test]
fn a_near_spelling_stays_in_the_reports_country() {
    for (text, lang) in [
        ("Fighting broke out in Nampala on Sunday.", Lang::En),
        ("Des combats ont éclaté à Nampala dimanche.", Lang::Fr),
    ] {
        let ps = in_mali(text, lang);
        let p = find(&ps, "Nampala");
        assert_ne!(p.country.as_deref(), Some("Mozambique"), "{text}: {p:?}");
        assert!(!p.resolved, "{text}: {p:?}");
    }
    // (A country the report names by its nationality is allowed too.)
    let ps = in_mali(
        "Gunmen attacked a Burkinabe army post near Ouahigouyia.",
        Lang::En,
    );
    assert_eq!(
        ps.first().and_then(|p| p.country.as_deref()),
        Some("Burkina Faso"),
        "{ps:?}"
    );
}

/// In a short name one changed letter makes another name as often as a misspelling
/// (Burkina Faso's Djibo is no Malian Djiba; on ACLED's notes such matches were more
/// often wrong than right): "Menaki" is left unresolved, not read as Ménaka, while a
/// longer name still finds its place ("Douentsa" is Douentza).
#[test]
fn a_short_name_with_one_letter_changed_is_another_name() {
    for (text, lang) in [
        ("Fighting broke out in Menaki on Sunday.", Lang::En),
        ("Des combats ont éclaté à Menaki dimanche.", Lang::Fr),
    ] {
        let ps = in_mali(text, lang);
        let p = find(&ps, "Menaki");
        assert!(!p.resolved, "{text}: {p:?}");
    }
    for (text, lang) in [
        ("Fighting broke out in Douentsa on Sunday.", Lang::En),
        ("Des combats ont éclaté à Douentsa dimanche.", Lang::Fr),
    ] {
        let ps = in_mali(text, lang);
        let p = find(&ps, "Douentsa");
        assert!(p.resolved && p.name == "Douentza", "{text}: {p:?}");
    }
}

/// A settlement the report introduces as one ("the village of Saran") stays in the
/// country the reports are about: the small gazetteer's Saransk (Russia) is no Malian
/// village; the name stays unresolved.
#[test]
fn a_village_introduced_as_one_stays_in_the_reports_country() {
    for (text, lang) in [
        (
            "Militiamen attacked the Fulani village of Saran on Sunday.",
            Lang::En,
        ),
        (
            "Des miliciens ont attaqué le village de Saran dimanche.",
            Lang::Fr,
        ),
    ] {
        let ps = in_mali(text, lang);
        let p = find(&ps, "Saran");
        assert_ne!(p.country.as_deref(), Some("Russia"), "{text}: {p:?}");
        assert!(!p.resolved, "{text}: {p:?}");
    }
}

/// A settlement named in apposition after its noun ("their village, Ouankoro, in the
/// cercle of Bankass") is that settlement, the place the report is about, not only the
/// cercle named after it.
#[test]
fn a_settlement_named_in_apposition_is_a_place() {
    for (text, lang) in [
        (
            "Eleven civilians were killed on Sunday in an attack on their village, Ouankoro, in the cercle of Bankass.",
            Lang::En,
        ),
        (
            "Onze civils ont été tués dimanche dans l'attaque de leur village, Ouankoro, dans le cercle de Bankass.",
            Lang::Fr,
        ),
    ] {
        let ps = in_mali(text, lang);
        find(&ps, "Ouankoro");
    }
}

/// An area named after a town ("the Boni area") is around the Malian town, not a
/// namesake abroad (Bonn); a region abroad stays abroad when the report names its
/// country ("the Tillaberi region of Niger", « la région de Tillabéri, au Niger »).
#[test]
fn an_area_stays_in_the_reports_country_unless_another_is_named() {
    for (text, lang, name, country) in [
        (
            "Unidentified assailants clashed with security forces in the Boni area.",
            Lang::En,
            "Boni",
            "Mali",
        ),
        (
            "Des assaillants ont attaqué les forces de sécurité dans la zone de Boni.",
            Lang::Fr,
            "Boni",
            "Mali",
        ),
        (
            "Gunmen attacked a village in the Tillaberi region of Niger.",
            Lang::En,
            "Tillaberi",
            "Niger",
        ),
        (
            "Des hommes armés ont attaqué un village dans la région de Tillabéri, au Niger.",
            Lang::Fr,
            "Tillabéri",
            "Niger",
        ),
    ] {
        let ps = in_mali(text, lang);
        let p = ps
            .iter()
            .find(|p| p.text.contains(name))
            .unwrap_or_else(|| panic!("{text}: {ps:?}"));
        assert_eq!(p.country.as_deref(), Some(country), "{text}: {p:?}");
    }
}

/// A place of note abroad introduced as a town stays abroad ("the town of Niamey").
#[test]
fn a_capital_abroad_introduced_as_a_town_stays() {
    for (text, lang) in [
        ("Gunmen attacked the town of Niamey on Monday.", Lang::En),
        (
            "Des hommes armés ont attaqué la ville de Niamey lundi.",
            Lang::Fr,
        ),
    ] {
        let ps = in_mali(text, lang);
        assert_eq!(
            find(&ps, "Niamey").country.as_deref(),
            Some("Niger"),
            "{text}"
        );
    }
}

/// French puts a date between a verb and its object: the verb still tells the place.
#[test]
fn a_date_between_a_verb_and_its_town_keeps_the_verb_as_context() {
    for (text, town) in [
        (
            "Des hommes armés ont attaqué mercredi Boni, tuant trois civils.",
            "Boni",
        ),
        (
            "Les rebelles ont pris dimanche Léré sans combattre.",
            "Léré",
        ),
    ] {
        // (With a full country dump, a bare name without its context is no place.)
        let ps = places(text, Lang::Fr);
        let p = find(&ps, town);
        assert!(p.lat.is_some() && p.locative, "{text}: {p:#?}");
    }
}

/// A town the report itself places in a country is there, whatever its namesakes in the
/// country the reports are about: the small gazetteer's Gao is in Mali and in Burkina
/// Faso, and "Gao, in northern Burkina Faso" is the Burkinabe one.
#[test]
fn a_town_placed_in_another_country_by_apposition_is_there() {
    for (text, lang) in [
        (
            "Gunmen attacked a village near Gao, in northern Burkina Faso, on Sunday.",
            Lang::En,
        ),
        (
            "Gunmen attacked a village near Gao, Burkina Faso.",
            Lang::En,
        ),
        (
            "Des hommes armés ont attaqué un village près de Gao, dans le nord du Burkina Faso, dimanche.",
            Lang::Fr,
        ),
        (
            "Des hommes armés ont attaqué un village près de Gao (Burkina), dimanche.",
            Lang::Fr,
        ),
    ] {
        for ps in [in_mali(text, lang), places(text, lang)] {
            let p = ps
                .iter()
                .find(|p| p.name == "Gao")
                .unwrap_or_else(|| panic!("{text}: {ps:?}"));
            assert_eq!(p.country.as_deref(), Some("Burkina Faso"), "{text}: {p:?}");
            assert!(p.resolved && p.geo_precision == 2, "{text}: {p:?}");
        }
    }
    // What is no apposition leaves the town in Mali: a border, a river.
    for (text, lang) in [
        (
            "Gunmen attacked a village near Gao, close to the border with Burkina Faso.",
            Lang::En,
        ),
        ("Boats were attacked at Gao, in the Niger valley.", Lang::En),
        (
            "Des hommes armés ont attaqué Gao, près de la frontière avec le Niger.",
            Lang::Fr,
        ),
    ] {
        let ps = in_mali(text, lang);
        let p = ps
            .iter()
            .find(|p| p.name == "Gao")
            .unwrap_or_else(|| panic!("{text}: {ps:?}"));
        assert_eq!(p.country.as_deref(), Some("Mali"), "{text}: {p:?}");
    }
}

/// A town the report places in a country where the gazetteer has no such town is not
/// its namesake at home: "Koro, Burkina Faso" is not Mali's Koro (the small gazetteer's
/// only one). The mention keeps what is known, the country, as a place named with
/// only its country is kept: at the country's precision (3, the vaguest ACLED has).
#[test]
fn a_town_placed_abroad_that_the_gazetteer_lacks_there_is_left_at_the_country() {
    for (text, lang, country) in [
        (
            "VDP militiamen killed two men in a village near Koro, Burkina Faso, on 8 March.",
            Lang::En,
            "Burkina Faso",
        ),
        (
            "Gunmen killed dozens of civilians near Koro, in north-central Burkina Faso, on Thursday.",
            Lang::En,
            "Burkina Faso",
        ),
        (
            "Des VDP ont tué deux hommes près de Koro, au Burkina, le 8 mars.",
            Lang::Fr,
            "Burkina Faso",
        ),
        (
            "Des hommes armés ont tué dix civils à Koro, au Niger, jeudi.",
            Lang::Fr,
            "Niger",
        ),
    ] {
        let ps = in_mali(text, lang);
        let p = ps
            .iter()
            .find(|p| p.text.contains("Koro"))
            .unwrap_or_else(|| panic!("{text}: {ps:?}"));
        assert_eq!(p.country.as_deref(), Some(country), "{text}: {p:?}");
        assert_eq!(p.geonames_id, None, "{text}: {p:?}");
        assert_eq!(
            (p.geo_precision, p.feature.as_deref()),
            (3, Some("A.PCLI")),
            "{text}: {p:?}"
        );
    }
}

/// A report about another country alone (it names Burkina Faso, never Mali) does not
/// misspell Mali's villages: "Kaballa" there is no Malian Kabala, one letter away (as
/// « près de Djibo » is no Malian Djibao on a full index of Mali). The same name in a
/// report that names Mali still finds it.
#[test]
fn a_report_about_another_country_does_not_misspell_the_home_country() {
    for (text, lang) in [
        (
            "The army of Burkina Faso said it repelled an attack near Kaballa on Sunday.",
            Lang::En,
        ),
        (
            "L'armée du Burkina a repoussé une attaque près de Kaballa dimanche.",
            Lang::Fr,
        ),
    ] {
        let ps = in_mali(text, lang);
        let p = ps
            .iter()
            .find(|p| p.text.contains("Kaballa"))
            .unwrap_or_else(|| panic!("{text}: {ps:?}"));
        assert_ne!(p.country.as_deref(), Some("Mali"), "{text}: {p:?}");
    }
    for (text, lang) in [
        (
            "The Malian army said it repelled an attack near Kaballa on Sunday.",
            Lang::En,
        ),
        (
            "L'armée malienne a repoussé une attaque près de Kaballa dimanche.",
            Lang::Fr,
        ),
    ] {
        let ps = in_mali(text, lang);
        let p = ps
            .iter()
            .find(|p| p.text.contains("Kaballa"))
            .unwrap_or_else(|| panic!("{text}: {ps:?}"));
        assert_eq!(
            (p.name.as_str(), p.country.as_deref()),
            ("Kabala", Some("Mali")),
            "{text}: {p:?}"
        );
    }
}

/// A name opening the report before a colon, a spaced dash or a wire's date and agency
/// is its dateline, whatever its capitals; the same name further on is not.
#[test]
fn a_dateline_names_a_place_whatever_its_capitals() {
    use sitrep_core::records::Dateline;
    for (text, lang, name, canon, kind) in [
        (
            "GAO, Mali, Nov 12 (Reuters) - Gunmen killed two soldiers on Sunday.",
            Lang::En,
            "GAO",
            "Gao",
            Dateline::Wire,
        ),
        (
            "TESSIT (AFP) - Two soldiers were killed on Sunday.",
            Lang::En,
            "TESSIT",
            "Tessit",
            Dateline::Wire,
        ),
        (
            "Tessit : deux soldats ont été tués dimanche dans l'explosion d'une mine.",
            Lang::Fr,
            "Tessit",
            "Tessit",
            Dateline::Local,
        ),
        (
            "Tessit (cercle d'Ansongo) : deux soldats ont été tués dimanche par une mine.",
            Lang::Fr,
            "Tessit",
            "Tessit",
            Dateline::Local,
        ),
        (
            "Tessit - Deux soldats ont été tués dimanche dans l'explosion d'une mine.",
            Lang::Fr,
            "Tessit",
            "Tessit",
            Dateline::Local,
        ),
    ] {
        let ps = places(text, lang);
        let p = find(&ps, name);
        assert_eq!((p.name.as_str(), p.dateline), (canon, Some(kind)), "{text}");
    }
    for (text, lang) in [
        (
            "Le bilan est lourd. Les combats ont repris. TESSIT : deux soldats tués.",
            Lang::Fr,
        ),
        (
            "The toll is heavy. Fighting resumed. TESSIT: two soldiers killed.",
            Lang::En,
        ),
        (
            "Tessit (Gao region) was attacked on Sunday near Ansongo.",
            Lang::En,
        ),
        (
            "Tessit (région de Gao) a été attaquée dimanche près d'Ansongo.",
            Lang::Fr,
        ),
    ] {
        assert!(
            places(text, lang)
                .iter()
                .all(|p| p.dateline.is_none() && p.text != "TESSIT"),
            "{text}: {:#?}",
            places(text, lang)
        );
    }
}

/// An extractor on a gazetteer imported from `geonames` (dump lines) and `geojson`
/// (admin polygons), both invented, for Mali.
fn on_imported(geonames: &str, geojson: &str) -> Extractor {
    imported(geonames, geojson, Some("ML"))
}

/// [`on_imported`] with the country the reports are about, if any.
fn imported(geonames: &str, geojson: &str, country: Option<&str>) -> Extractor {
    use crate::resources::Resources;
    use std::sync::Arc;
    let dir = tempfile::tempdir().unwrap();
    let (g, j) = (
        dir.path().join("ML.txt"),
        dir.path().join("cercles.geojson"),
    );
    std::fs::write(&g, geonames).unwrap();
    std::fs::write(&j, geojson).unwrap();
    let out = dir.path().join("g.idx");
    sitrep_gazetteer::import(&[g, j], &out, |_| {}).unwrap();
    let gaz = sitrep_gazetteer::Gazetteer::load(&out).unwrap();
    Extractor::new(Arc::new(
        Resources::embedded()
            .with_gazetteer(gaz)
            .with_default_country(country.map(str::to_string)),
    ))
}

/// A GeoNames row of a Malian populated place (`code` PPL, PPLA2…) in region `admin1`.
fn town_row(
    id: u32,
    name: &str,
    (lat, lon): (f64, f64),
    code: &str,
    admin1: &str,
    pop: u32,
) -> String {
    format!(
        "{id}\t{name}\t{name}\t\t{lat}\t{lon}\tP\t{code}\tML\t\t{admin1}\t\t\t\t{pop}\t\t\tAfrica/Bamako\t2024-01-01\n"
    )
}

/// A square polygon feature of `placetype` (WhosOnFirst's "region" or "county").
fn square(id: u32, name: &str, placetype: &str, parent: u32, lon: f64, lat: f64) -> String {
    let (a, b, c, d) = (lon, lat, lon + 1.0, lat + 1.0);
    format!(
        r#"{{"type":"Feature","properties":{{"wof_id":{id},"name":"{name}","placetype":"{placetype}","parent_id":{parent}}},"geometry":{{"type":"Polygon","coordinates":[[[{a},{b}],[{c},{b}],[{c},{d}],[{a},{d}],[{a},{b}]]]}}}}"#
    )
}

#[test]
fn a_circle_named_beside_a_village_picks_the_namesake_its_polygon_holds() {
    // Two villages called Tinzawa with no district code (as most Malian villages in
    // GeoNames); the bigger one lies in the Macina circle, the other in the Niono circle.
    // Only the circle's polygon can tell them apart.
    let row = |id: u32, name: &str, lat: f64, lon: f64, code: &str, a2: &str, pop: u32| {
        format!(
            "{id}\t{name}\t{name}\t\t{lat}\t{lon}\t{}\t{code}\tML\t\t05\t{a2}\t\t\t{pop}\t\t\tAfrica/Bamako\t2024-01-01\n",
            if code.starts_with("ADM") { 'A' } else { 'P' }
        )
    };
    let geonames = [
        row(9001, "Tinzawa", 15.8, -5.8, "PPL", "", 0),
        row(9002, "Tinzawa", 14.95, -4.95, "PPL", "", 4000),
        // Niono town on its circle's edge, nearer the wrong Tinzawa.
        row(9003, "Niono", 15.05, -5.05, "PPLA2", "", 30000),
    ]
    .concat();
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[{},{},{}]}}"#,
        square(1, "Segou", "region", 0, -7.0, 13.0).replace(
            "[[-7,13],[-6,13],[-6,14],[-7,14],[-7,13]]",
            "[[-7,13],[-3,13],[-3,17],[-7,17],[-7,13]]"
        ),
        square(2, "Niono", "county", 1, -6.0, 15.0),
        square(3, "Macina", "county", 1, -5.0, 14.0),
    );
    let x = on_imported(&geonames, &geojson);
    for (text, lang) in [
        (
            "Gunmen attacked the market near Tinzawa, in the Niono circle, on Sunday.",
            Lang::En,
        ),
        (
            "Des hommes armés ont attaqué la foire de Tinzawa, dans le cercle de Niono, dimanche.",
            Lang::Fr,
        ),
    ] {
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        d.meta.published = Some("2023-11-13".parse().unwrap());
        let ps = x.extract(d).places;
        let p = ps.iter().find(|p| p.text.ends_with("Tinzawa")).unwrap();
        assert!(near(p, 15.8, -5.8, 1.0), "{text}: {p:?}");
    }
}

/// A commune's town (Dioura) and its cercle's seat (Ténenkou, 54 km off), both in the
/// Mopti region: the fixture for a commune named with its cercle.
fn dioura_in_tenenkou() -> Extractor {
    let row = |id: u32, name: &str, lat: f64, lon: f64, code: &str, pop: u32| {
        town_row(id, name, (lat, lon), code, "04", pop)
    };
    let geonames = [
        row(9101, "Dioura", 14.82, -5.25, "PPL", 0),
        row(9102, "Ténenkou", 14.45, -4.92, "PPLA2", 12000),
    ]
    .concat();
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        square(1, "Mopti", "region", 0, -6.0, 14.0),
    );
    on_imported(&geonames, &geojson)
}

/// Of a commune and the cercle it lies in, named in apposition ("the mayor of the commune
/// of Dioura, in the cercle of Ténenkou"), the event is in the commune: both are areas
/// named by a town, and the cercle's seat only says where the commune lies.
#[test]
fn a_commune_in_apposition_with_its_cercle_is_the_events_place() {
    let x = dioura_in_tenenkou();
    for (text, lang) in [
        (
            "The mayor of the commune of Dioura, in the cercle of Ténenkou, was abducted on Saturday by gunmen.",
            Lang::En,
        ),
        (
            "Le maire de la commune de Dioura, dans le cercle de Ténenkou, a été enlevé samedi par des hommes armés.",
            Lang::Fr,
        ),
    ] {
        let d = on(&x, text, lang);
        let e = d.events.first().expect(text);
        let at = e.location.as_ref().map(|l| l.name.as_str());
        assert_eq!(at, Some("Dioura"), "{text}");
    }
}

/// "The locality" stands for the place told before, not for the cercle seat named after
/// it only to say where it lies: the damage told in the next sentence, placed there, is
/// part of the attack.
#[test]
fn the_locality_is_the_commune_not_its_cercle_seat() {
    let x = dioura_in_tenenkou();
    for (text, lang) in [
        (
            "Gunmen killed six civilians in a hamlet of the commune of Dioura (Ténenkou circle) on Saturday. About twenty huts were burned, an official of the locality said.",
            Lang::En,
        ),
        (
            "Des hommes armés ont tué six civils samedi dans un hameau de la commune de Dioura (cercle de Ténenkou). Une vingtaine de cases ont été incendiées, a indiqué un élu de la localité.",
            Lang::Fr,
        ),
    ] {
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        d.meta.published = Some("2023-11-13".parse().unwrap());
        let d = x.extract(d);
        assert_eq!(d.events.len(), 1, "{text}: {:#?}", d.events);
        let at = d.events[0].location.as_ref().map(|l| l.name.as_str());
        assert_eq!(at, Some("Dioura"), "{text}");
    }
}

/// What `x` extracts from `text`, published Monday 13 November 2023.
fn on(x: &Extractor, text: &str, lang: Lang) -> Doc {
    let mut d = Document::from_text("t", text);
    d.meta.lang = lang;
    d.meta.published = Some("2023-11-13".parse().unwrap());
    x.extract(d)
}

/// Villages in the Koro and Kati circles (polygons), with the circles' seats; a village
/// named Dogon, like the people; two Ambas, one beside a village of Kassa.
fn koro_and_kati() -> Extractor {
    let row = |id: u32, name: &str, lat: f64, lon: f64, code: &str, pop: u32| {
        town_row(id, name, (lat, lon), code, "04", pop)
    };
    let geonames = [
        row(9201, "Koro", 14.06, -3.08, "PPLA2", 25000),
        row(9202, "Kati", 12.74, -8.07, "PPLA2", 40000),
        // GeoNames's only Bondo, in the Kati circle, 500 km from Koro.
        row(9203, "Bondo", 12.23, -7.80, "PPL", 0),
        row(9204, "Dogon", 13.68, -3.62, "PPL", 0),
        row(9205, "Kassa", 14.72, -3.07, "PPL", 0),
        // (A namesake of Kassa far off: Kassa anchors nothing by itself.)
        row(9208, "Kassa", 12.5, -8.2, "PPL", 0),
        // The Amba beside Kassa, and a bigger one 60 km away.
        row(9206, "Amba", 14.79, -2.97, "PPL", 0),
        row(9207, "Amba", 15.07, -3.57, "PPL", 3000),
    ]
    .concat();
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[{},{},{}]}}"#,
        square(1, "Mopti", "region", 0, -4.0, 13.0).replace(
            "[[-4,13],[-3,13],[-3,14],[-4,14],[-4,13]]",
            "[[-6,13],[-2,13],[-2,16],[-6,16],[-6,13]]"
        ),
        square(2, "Koro", "county", 1, -3.5, 13.5),
        square(3, "Kati", "county", 0, -8.5, 12.0),
    );
    on_imported(&geonames, &geojson)
}

/// A circle written beside a village that none of the village's namesakes lies in: the
/// gazetteer lacks that village, and the event is placed by its circle, not at a
/// namesake 500 km away.
#[test]
fn a_village_its_circle_contradicts_is_placed_by_the_circle() {
    let x = koro_and_kati();
    for (text, lang) in [
        (
            "Gunmen killed two herders on Sunday near the village of Bondo, Cercle of Koro.",
            Lang::En,
        ),
        (
            "Gunmen killed two herders on Sunday near Bondo in the Koro circle.",
            Lang::En,
        ),
        (
            "Des hommes armés ont tué deux bergers dimanche près du village de Bondo, dans le cercle de Koro.",
            Lang::Fr,
        ),
    ] {
        let d = on(&x, text, lang);
        let bondo = d
            .places
            .iter()
            .find(|p| p.text.ends_with("Bondo"))
            .expect(text);
        assert!(bondo.lat.is_none(), "{text}: {bondo:?}");
        assert!(!d.places.iter().any(|p| p.text == "Cercle"), "{text}");
        let at = d.events[0].location.as_ref().map(|l| l.name.as_str());
        assert_eq!(at, Some("Koro"), "{text}");
    }
    // The circle that holds it confirms it.
    let d = on(
        &x,
        "Gunmen killed two herders on Sunday near Bondo in the Kati circle.",
        Lang::En,
    );
    let at = d.events[0].location.as_ref().map(|l| l.name.as_str());
    assert_eq!(at, Some("Bondo"));
}

/// Of namesakes, the one beside a place written next to the name: "Amba, Cercle of
/// Kassa" is the Amba 12 km from Kassa, not the bigger one 60 km away.
#[test]
fn a_namesake_beside_the_place_written_next_to_it() {
    let x = koro_and_kati();
    for (text, lang) in [
        (
            "The bodies of two men were found near Amba, Cercle of Kassa, on Sunday.",
            Lang::En,
        ),
        (
            "Les corps de deux hommes ont été retrouvés dimanche près d'Amba, cercle de Kassa.",
            Lang::Fr,
        ),
    ] {
        let ps = on(&x, text, lang).places;
        let p = ps.iter().find(|p| p.text.ends_with("Amba")).expect(text);
        assert!(near(p, 14.79, -2.97, 1.0), "{text}: {p:?}");
    }
}

/// A people's name before a noun is their adjective, not the village of that name
/// ("attacked Dogon herders", "the Dogon hamlet of Kine"); after "in" it is the village.
#[test]
fn a_peoples_name_before_a_noun_is_no_place() {
    let x = koro_and_kati();
    let places = |text: &str, lang: Lang| on(&x, text, lang).places;
    for (text, lang) in [
        (
            "Fulani gunmen attacked Dogon herders near Koro on Sunday.",
            Lang::En,
        ),
        (
            "Gunmen attacked the Dogon hamlet of Kine, Dogon militiamen repelled the attack.",
            Lang::En,
        ),
        (
            "Des hommes armés ont attaqué des bergers Dogon près de Koro dimanche.",
            Lang::Fr,
        ),
    ] {
        let ps = places(text, lang);
        assert!(
            !ps.iter().any(|p| p.text.ends_with("Dogon")),
            "{text}: {ps:#?}"
        );
    }
    for (text, lang) in [
        ("Gunmen killed three herders in Dogon on Sunday.", Lang::En),
        (
            "Des hommes armés ont tué trois bergers à Dogon dimanche.",
            Lang::Fr,
        ),
    ] {
        let ps = places(text, lang);
        let p = ps.iter().find(|p| p.text.ends_with("Dogon")).expect(text);
        assert!(near(p, 13.68, -3.62, 1.0), "{text}: {p:?}");
    }
}

/// An area with a place of the sentence inside it comes after that place: the village
/// attacked, not the cercle named after it, whatever is nearer the date. (Both lie in
/// the Koro cercle's polygon, so the import gives them its name.)
#[test]
fn the_village_before_the_cercle_it_lies_in() {
    let row = |id: u32, name: &str, lat: f64, lon: f64, code: &str, pop: u32| {
        town_row(id, name, (lat, lon), code, "04", pop)
    };
    let geonames = [
        row(9201, "Madougou", 14.40, -3.08, "PPL", 0),
        row(9202, "Koro", 14.06, -3.07, "PPLA2", 20000),
    ]
    .concat();
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[{},{}]}}"#,
        square(1, "Mopti", "region", 0, -3.6, 13.8),
        square(2, "Koro", "county", 1, -3.5, 13.9),
    );
    let x = on_imported(&geonames, &geojson);
    for (text, lang) in [
        (
            "Gunmen killed 14 civilians in an attack on the village of Madougou in central Mali's Koro district on Sunday.",
            Lang::En,
        ),
        (
            "Des hommes armés ont tué 14 civils dans une attaque contre le village de Madougou dans le cercle de Koro dimanche.",
            Lang::Fr,
        ),
    ] {
        let d = on(&x, text, lang);
        let e = d.events.first().expect(text);
        let at = e.location.as_ref().map(|l| l.name.as_str());
        assert_eq!(at, Some("Madougou"), "{text}: {:#?}", d.places);
    }
}

/// "Two peacekeepers serving with the UN mission in Mali (MINUSMA) were killed … between
/// Ansongo and Ménaka": the count reaches its verb past a participle's phrase, and the
/// country named in passing in that phrase comes after the road where it happened.
#[test]
fn a_participle_after_the_count_and_a_country_in_passing() {
    let row = |id: u32, name: &str, lat: f64, lon: f64, code: &str, pop: u32| {
        town_row(id, name, (lat, lon), code, "07", pop)
    };
    let geonames = [
        row(9301, "Ansongo", 15.66, 0.50, "PPLA2", 30000),
        row(9302, "Ménaka", 15.92, 2.40, "PPLA", 20000),
    ]
    .concat();
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        square(1, "Gao", "region", 0, 0.0, 15.0),
    );
    let x = on_imported(&geonames, &geojson);
    for (text, lang) in [
        (
            "Two peacekeepers serving with the UN mission in Mali (MINUSMA) were killed and four others wounded on Tuesday when their vehicle struck an improvised explosive device on the road between Ansongo and Ménaka.",
            Lang::En,
        ),
        (
            "Deux casques bleus servant au sein de la mission de l'ONU au Mali (Minusma) ont été tués et quatre autres blessés mardi lorsque leur véhicule a heurté un engin explosif sur la route entre Ansongo et Ménaka.",
            Lang::Fr,
        ),
    ] {
        let d = on(&x, text, lang);
        let e = d.events.first().expect(text);
        let at = e.location.as_ref().map(|l| l.name.as_str());
        assert_ne!(at, Some("Republic of Mali"), "{text}: {:#?}", d.places);
        assert!(at.is_some_and(|a| a.contains("Ansongo")), "{text}: {at:?}");
        assert_eq!(e.fatalities.killed, Some(2), "{text}");
    }
}

/// A word of a group's name the actor dictionary knows is no place, even when a village
/// bears it ("the Group for the Support of Islam and Muslims", « Front de libération du
/// Macina »); a country in a name still says where ("the Government of Mali").
#[test]
fn a_word_of_a_groups_name_is_no_place() {
    let geonames = [
        town_row(9101, "Islam", (14.7, 8.5), "PPL", "05", 0),
        town_row(9102, "Macina", (13.96, -5.36), "PPL", "04", 0),
        town_row(9103, "Boni", (15.07, -2.22), "PPL", "05", 0),
    ]
    .concat();
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        square(1, "Mopti", "region", 0, -3.0, 15.0)
    );
    let x = on_imported(&geonames, &geojson);
    let run = |text: &str, lang: Lang| {
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        d.meta.published = Some("2023-11-13".parse().unwrap());
        x.extract(d).places
    };
    for (text, lang) in [
        (
            "The Group for the Support of Islam and Muslims attacked Boni.",
            Lang::En,
        ),
        ("Le Front de libération du Macina a attaqué Boni.", Lang::Fr),
    ] {
        let p = run(text, lang);
        let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Boni"], "{text}: {p:#?}");
    }
    // (The village itself is still found.)
    let p = run("Gunmen attacked Islam on Sunday.", Lang::En);
    assert!(p.iter().any(|p| p.name == "Islam"), "{p:#?}");
}

#[test]
fn a_name_that_only_says_which_town_is_no_location() {
    // "the Mopti region town of Sévaré": the event is in Sévaré; the region only says
    // which Sévaré. (Whatever it is, a river or a region, before the noun for the town.)
    let ps = in_mali(
        "Gunmen attacked the Mopti region town of Sévaré on Monday.",
        Lang::En,
    );
    assert!(!find(&ps, "Mopti region").locative, "{ps:#?}");
    assert!(find(&ps, "Sévaré").locative);
    // (Not a place of its own before "in the": two places, both located.)
    let ps = in_mali(
        "Gunmen killed a shopkeeper in Douentza in the village of Boni on Monday.",
        Lang::En,
    );
    assert!(find(&ps, "Douentza").locative, "{ps:#?}");
    assert!(find(&ps, "Boni").locative);
}

/// A GeoJSON file of one region polygon far from the places tested (the import asks for
/// at least one).
fn one_region() -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        square(1, "Kayes", "region", 0, -12.0, 13.0)
    )
}

/// A country named in the report is no anchor for its towns: its centroid lies near
/// none of them ("gold-mining sites in Mali" does not pull Bougouni to a namesake near
/// the middle of the country).
#[test]
fn a_country_named_pulls_no_namesake_to_its_centre() {
    // (As in GeoNames: the country's point in its middle, four villages of the name, the
    // town the only one with people counted.)
    let country = "9100\tRepublic of Mali\tRepublic of Mali\tMali\t18.0\t-2.0\tA\tPCLI\tML\t\t00\t\t\t\t19077690\t\t\tAfrica/Bamako\t2024-01-01\n";
    let geonames = [
        town_row(9101, "Bougouni", (11.41769, -7.48323), "PPL", "06", 35450),
        town_row(9102, "Bougouni", (16.74103, -2.50748), "PPL", "08", 0),
        town_row(9103, "Bougouni", (13.1689, -6.7792), "PPL", "05", 0),
        town_row(9104, "Bougouni", (14.41833, -6.00278), "PPL", "05", 0),
        country.to_string(),
    ]
    .concat();
    let x = on_imported(&geonames, &one_region());
    for (text, lang) in [
        (
            "Gunmen killed nine gold miners near Bougouni on Friday. Armed groups have targeted gold-mining sites in Mali.",
            Lang::En,
        ),
        (
            "Des hommes armés ont tué vendredi neuf orpailleurs près de Bougouni. Les groupes armés ciblent les sites d'orpaillage au Mali.",
            Lang::Fr,
        ),
    ] {
        let ps = on(&x, text, lang).places;
        let p = ps
            .iter()
            .find(|p| p.name == "Bougouni")
            .unwrap_or_else(|| panic!("{text}: {ps:#?}"));
        assert!(near(p, 11.42, -7.48, 1.0), "{text}: {p:?}");
    }
}

/// The Sahel is a belt of countries before it is Burkina Faso's region: a place with its
/// region word ("the Sahel region", « la région du Sahel »), not as a modifier ("Al
/// Qaeda's Sahel affiliate") nor alone.
#[test]
fn the_sahel_is_a_place_only_as_a_region() {
    let geonames = [
        town_row(9201, "Boni", (15.07, -2.22), "PPL", "04", 5000),
        "9202\tSahel\tSahel\t\t14.03\t-0.05\tA\tADM1\tBF\t\t12\t\t\t\t1000000\t\t\tAfrica/Ouagadougou\t2024-01-01\n".to_string(),
    ]
    .concat();
    let x = on_imported(&geonames, &one_region());
    for (text, lang, sahel) in [
        (
            "Al Qaeda's Sahel affiliate, JNIM, attacked an army post in Boni on Tuesday.",
            Lang::En,
            false,
        ),
        (
            "Jihadist violence has spread across the Sahel since 2012.",
            Lang::En,
            false,
        ),
        (
            "Gunmen attacked an army post in the Sahel region of Burkina Faso on Tuesday.",
            Lang::En,
            true,
        ),
        (
            "Des hommes armés ont attaqué mardi un poste militaire dans la région du Sahel, au Burkina Faso.",
            Lang::Fr,
            true,
        ),
    ] {
        let ps = on(&x, text, lang).places;
        assert_eq!(
            ps.iter().any(|p| p.text.starts_with("Sahel")),
            sahel,
            "{text}: {ps:#?}"
        );
    }
}

/// "in Kendié, in central Mali's Bandiagara area": the village, told first, lies in the
/// town's area told after it; the event is at the village (and a headline's area is
/// told again by its lede's village). "in the area of Doro, axis Gao-Gossi" stays at Doro.
#[test]
fn a_village_in_a_towns_area_is_the_events_place() {
    let geonames = [
        town_row(9301, "Kendié", (14.70, -3.42), "PPL", "04", 3000),
        town_row(9302, "Bandiagara", (14.35, -3.61), "PPLA2", "04", 20000),
    ]
    .concat();
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[{},{}]}}"#,
        square(1, "Mopti", "region", 0, -5.0, 13.0).replace(
            "[[-5,13],[-4,13],[-4,14],[-5,14],[-5,13]]",
            "[[-5,13],[-2,13],[-2,16],[-5,16],[-5,13]]"
        ),
        square(2, "Bandiagara", "county", 1, -4.0, 14.0),
    );
    let x = on_imported(&geonames, &geojson);
    for (text, lang) in [
        (
            "Jihadists attacked an army post in Kendié, in central Mali's Bandiagara area, on Sunday.",
            Lang::En,
        ),
        (
            "Jihadists attack army post in Bandiagara area\n\nJihadists attacked an army post in Kendié on Sunday, killing four soldiers.",
            Lang::En,
        ),
    ] {
        let d = on(&x, text, lang);
        let evs: Vec<_> = d.events.iter().filter(|e| !e.background).collect();
        assert_eq!(evs.len(), 1, "{text}: {:#?}", d.events);
        let at = evs[0].location.as_ref().map(|p| p.name.as_str());
        assert_eq!(at, Some("Kendié"), "{text}: {:#?}", evs[0].location);
    }
}

/// Between namesakes in two countries, a nationality says which country the report is
/// about (« l'armée burkinabè »); with none named, a state's force the dictionary names
/// does (« les FAMa … à Boni » is in Mali).
#[test]
fn a_states_force_named_picks_its_countrys_namesake() {
    let row = |id: u32, cc: &str, lat: f64, lon: f64| {
        format!(
            "{id}\tBoni\tBoni\t\t{lat}\t{lon}\tP\tPPL\t{cc}\t\t04\t\t\t\t0\t\t\tAfrica/Bamako\t2024-01-01\n"
        )
    };
    let geonames = [row(9301, "BF", 11.57, -3.40), row(9302, "ML", 15.08, -2.22)].concat();
    let x = imported(&geonames, &one_region(), None);
    for (text, lang, country) in [
        (
            "Les FAMa ont repoussé mercredi une attaque contre leur poste de Boni.",
            Lang::Fr,
            "Mali",
        ),
        (
            "FAMa soldiers repelled an attack on their post in Boni on Wednesday.",
            Lang::En,
            "Mali",
        ),
        (
            "L'armée burkinabè a repoussé mercredi une attaque contre son poste de Boni.",
            Lang::Fr,
            "Burkina Faso",
        ),
        // (A nationality named, a force named in passing does not outvote it.)
        (
            "Des hommes armés ont tué 12 civils à Boni dimanche, selon un élu burkinabè. Les FAMa mènent des opérations dans la zone.",
            Lang::Fr,
            "Burkina Faso",
        ),
    ] {
        let ps = on(&x, text, lang).places;
        let p = find(&ps, "Boni");
        assert_eq!(p.country.as_deref(), Some(country), "{text}: {p:?}");
    }
}

/// "in the Gourma", « dans le Gourma »: a name with its own article is a natural area's,
/// not a town's; without one, or qualifying a noun ("the Gourma road"), the town stands.
#[test]
fn a_name_with_an_article_is_an_areas() {
    let row = |id: u32, cc: &str, (lat, lon): (f64, f64), class: &str, code: &str| {
        format!(
            "{id}\tGourma\tGourma\t\t{lat}\t{lon}\t{class}\t{code}\t{cc}\t\t04\t\t\t\t0\t\t\tAfrica/Bamako\t2024-01-01\n"
        )
    };
    let geonames = [
        row(9401, "ML", (15.75, -2.0), "L", "RGN"),
        row(9402, "BF", (12.93, 0.73), "P", "PPL"),
    ]
    .concat();
    let x = imported(&geonames, &one_region(), Some("ML"));
    for (text, lang, feature) in [
        (
            "Jihadists are active in the Gourma, where they attacked a convoy on Sunday.",
            Lang::En,
            "L.RGN",
        ),
        (
            "Les jihadistes sont actifs dans le Gourma, où ils ont attaqué un convoi dimanche.",
            Lang::Fr,
            "L.RGN",
        ),
        (
            "Jihadists attacked a convoy in Gourma on Sunday.",
            Lang::En,
            "P.PPL",
        ),
        (
            "Jihadists attacked a convoy on the Gourma road on Sunday.",
            Lang::En,
            "P.PPL",
        ),
    ] {
        let ps = on(&x, text, lang).places;
        let p = find(&ps, "Gourma");
        assert_eq!(p.feature.as_deref(), Some(feature), "{text}: {p:?}");
    }
}

/// A GeoNames row of any feature (`class`, `code`) in country `cc` and region `admin1`.
fn feature_row(
    id: u32,
    name: &str,
    (lat, lon): (f64, f64),
    class: char,
    code: &str,
    cc: &str,
    admin1: &str,
) -> String {
    format!(
        "{id}\t{name}\t{name}\t\t{lat}\t{lon}\t{class}\t{code}\t{cc}\t\t{admin1}\t\t\t\t0\t\t\tAfrica/Bamako\t2024-01-01\n"
    )
}

/// A headline's natural area that also names a village abroad ("in Gourma": Mali's
/// region and a village of Burkina Faso) is the one at home among the body's places; its
/// wide area then announces the body's deed, one event.
#[test]
fn a_headline_area_is_the_namesake_among_the_body_s_places() {
    let row = |id, name, pt, class, code, cc| feature_row(id, name, pt, class, code, cc, "04");
    let geonames = [
        row(9101, "Gourma", (15.75, -2.0), 'L', "RGN", "ML"),
        row(9102, "Gourma", (12.93, 0.73), 'P', "PPL", "BF"),
        row(9103, "Sossa", (15.29, -2.08), 'P', "PPL", "ML"),
        row(9104, "Boni", (15.08, -2.22), 'P', "PPL", "ML"),
        row(9105, "Hombori", (15.28, -1.7), 'P', "PPL", "ML"),
    ]
    .concat();
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        square(1, "Mopti", "region", 0, -3.0, 14.5)
    );
    let x = imported(&geonames, &geojson, None);
    for (text, lang) in [
        (
            "Gunmen kill seven villagers in Gourma\n\nArmed men killed seven villagers at Sossa, about 30 km north-east of Boni, on Saturday evening, officials said. The victims were buried in Hombori.",
            Lang::En,
        ),
        (
            "Gourma : sept villageois tués par des hommes armés\n\nDes hommes armés ont tué samedi soir sept villageois à Sossa, à environ 30 km au nord-est de Boni, selon des élus. Les victimes ont été inhumées à Hombori.",
            Lang::Fr,
        ),
    ] {
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        d.meta.published = Some("2023-11-13".parse().unwrap());
        let d = x.extract(d);
        let gourma = find(&d.places, "Gourma");
        assert_eq!(
            gourma.country.as_deref(),
            Some("Mali"),
            "{text}: {gourma:#?}"
        );
        let evs: Vec<_> = d.events.iter().filter(|e| !e.background).collect();
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
    }
}

/// A headline's topic that is a mountain range of the report's country (« Adrar des
/// Ifoghas : … ») is only its centre: it announces the body's deed far from that point.
#[test]
fn a_headline_range_announces_the_body_s_deed() {
    let geonames = [
        feature_row(
            9201,
            "Adrar des Ifoghas",
            (20.0, 2.0),
            'T',
            "MTS",
            "ML",
            "08",
        ),
        feature_row(9202, "Tinzawaten", (17.8, 1.86), 'P', "PPL", "ML", "07"),
    ]
    .concat();
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        square(1, "Kidal", "region", 0, 1.0, 19.0)
    );
    let x = imported(&geonames, &geojson, None);
    let mut d = Document::from_text(
        "t",
        "Adrar des Ifoghas : l'armée annonce la reprise de Tinzawaten\n\nL'armée malienne a repris samedi le contrôle de Tinzawaten, tenue depuis plusieurs mois par les rebelles, selon un communiqué.",
    );
    d.meta.lang = Lang::Fr;
    d.meta.published = Some("2023-11-13".parse().unwrap());
    let d = x.extract(d);
    let evs: Vec<_> = d.events.iter().filter(|e| !e.background).collect();
    assert_eq!(evs.len(), 1, "{evs:#?}");
    assert_eq!(
        evs[0].location.as_ref().map(|l| l.name.as_str()),
        Some("Tinzawaten")
    );
}

/// A district named by the distinctive part of its seat's name ("Macina": the Cercle de
/// Macina, seat Ké-Macina) means the seat, over villages abroad in the country that only
/// share the name, as a district named after its seat does.
#[test]
fn a_district_s_name_is_its_seat_s() {
    // (As in GeoNames: the district's record lists its short name among its others.)
    let row = |id: u32, name: &str, (lat, lon): (f64, f64), fc: &str, a1: &str, a2: &str| {
        let (class, code) = fc.split_once('.').unwrap();
        let alt = match name {
            "Cercle de Macina" => "Macina,Masina",
            "Province du Loroum" => "Loroum",
            _ => "",
        };
        format!(
            "{id}\t{name}\t{name}\t{alt}\t{lat}\t{lon}\t{class}\t{code}\tML\t\t{a1}\t{a2}\t\t\t0\t\t\tAfrica/Bamako\t2024-01-01\n"
        )
    };
    let geonames = [
        row(9301, "Macina", (14.31, -11.51), "P.PPL", "03", ""),
        row(9302, "Macina", (13.99, -5.73), "P.PPL", "05", ""),
        row(9303, "Ké-Macina", (13.96, -5.36), "P.PPLA2", "05", "MAC"),
        row(
            9304,
            "Cercle de Macina",
            (13.99, -5.43),
            "A.ADM2",
            "05",
            "MAC",
        ),
        row(9305, "Sokolo", (14.73, -6.12), "P.PPL", "05", ""),
        // (A seat of another name is no reading of the district's: Titao for Loroum.)
        row(
            9306,
            "Province du Loroum",
            (13.92, -2.17),
            "A.ADM2",
            "05",
            "LOR",
        ),
        row(9307, "Titao", (13.77, -2.07), "P.PPLA2", "05", "LOR"),
    ]
    .concat();
    let x = imported(&geonames, &one_region(), Some("ML"));
    for (text, lang, want) in [
        (
            "A crowd in Macina beat a man to death on Thursday.",
            Lang::En,
            "Ké-Macina",
        ),
        (
            "Des hommes armés ont tué deux civils jeudi à Macina, selon des habitants.",
            Lang::Fr,
            "Ké-Macina",
        ),
        // (Its own name, of course, and a name that is no district's as before.)
        (
            "Gunmen killed two civilians in Ké-Macina on Thursday.",
            Lang::En,
            "Ké-Macina",
        ),
        (
            "Gunmen killed two civilians in Sokolo on Thursday.",
            Lang::En,
            "Sokolo",
        ),
        (
            "Gunmen killed two civilians in Loroum on Thursday.",
            Lang::En,
            "Province du Loroum",
        ),
    ] {
        let d = on(&x, text, lang);
        let e = d.events.first().expect(text);
        assert_eq!(
            e.location.as_ref().map(|l| l.name.as_str()),
            Some(want),
            "{text}: {:#?}",
            d.places
        );
    }
}

/// A name of God is no place after any word, though a village bears it ("With the grace
/// of Allah", « Grâce à Allah », « Au nom d'Allah »); the town after it still is.
#[test]
fn a_name_of_god_is_no_village() {
    let x = on_imported(
        &(town_row(1, "Allah", (13.5, 7.6), "PPL", "05", 0)
            + &town_row(2, "Dioungani", (14.2, -3.0), "PPL", "05", 0)),
        &format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            square(1, "Mopti", "region", 0, -4.0, 14.0)
        ),
    );
    for (text, lang) in [
        (
            "With the grace of Allah, the mujahideen stormed a position in Dioungani.",
            Lang::En,
        ),
        (
            "Grâce à Allah, les moudjahidines ont attaqué une position à Dioungani.",
            Lang::Fr,
        ),
        (
            "Au nom d'Allah, les frères sont entrés à Dioungani.",
            Lang::Fr,
        ),
    ] {
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        d.meta.published = Some("2023-11-13".parse().unwrap());
        let ps = x.extract(d).places;
        assert!(ps.iter().all(|p| p.text != "Allah"), "{text}: {ps:#?}");
        find(&ps, "Dioungani");
    }
    // (A settlement's noun still introduces the village: « le village d'Allah ».)
    for (text, lang) in [
        (
            "Des hommes armés ont attaqué dimanche le village d'Allah.",
            Lang::Fr,
        ),
        ("Gunmen attacked the village of Allah on Sunday.", Lang::En),
    ] {
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        d.meta.published = Some("2023-11-13".parse().unwrap());
        let ps = x.extract(d).places;
        find(&ps, "Allah");
    }
}

/// A heading's deed "near" a country's border is the body's deed in a town across it
/// ("Ten Niger soldiers killed in ambush near Mali border", « près du Mali », over an
/// ambush near Ayorou, in Niger): one event, at the body's town. (The event stage's
/// merge, on countries as an imported index has them.)
#[test]
fn a_heading_near_a_border_is_the_bodys_deed_across_it() {
    let rows = [
        "9100\tRepublic of Mali\tRepublic of Mali\tMali\t18.0\t-2.0\tA\tPCLI\tML\t\t00\t\t\t\t19077690\t\t\tAfrica/Bamako\t2024-01-01\n",
        "9200\tRepublic of Niger\tRepublic of Niger\tNiger\t18.0\t9.0\tA\tPCLI\tNE\t\t00\t\t\t\t22000000\t\t\tAfrica/Niamey\t2024-01-01\n",
        "9201\tAyorou\tAyorou\t\t14.7308\t0.9174\tP\tPPL\tNE\t\t06\t\t\t\t10000\t\t\tAfrica/Niamey\t2024-01-01\n",
    ]
    .concat();
    let x = imported(
        &rows,
        &format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            square(1, "Gao", "region", 0, 0.0, 16.0)
        ),
        None,
    );
    for (text, lang) in [
        (
            "Ten Niger soldiers killed in ambush near Mali border\n\nNIAMEY, Nov 13 (Reuters) - Ten Nigerien soldiers were killed in an ambush near Ayorou in western Niger on Sunday, the defence ministry said.",
            Lang::En,
        ),
        // (« près du » as « près de »: the contracted article before a masculine name.)
        (
            "Dix soldats nigériens tués dans une embuscade près du Mali\n\nNIAMEY, 13 nov (AFP) - Dix soldats nigériens ont été tués dimanche dans une embuscade près d'Ayorou, a annoncé le ministère de la Défense.",
            Lang::Fr,
        ),
    ] {
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        d.meta.published = Some("2023-11-13".parse().unwrap());
        let doc = x.extract(d);
        let evs: Vec<_> = doc.events.into_iter().filter(|e| !e.background).collect();
        assert_eq!(evs.len(), 1, "{text}: {evs:#?}");
        assert_eq!(
            evs[0].location.as_ref().map(|l| l.name.as_str()),
            Some("Ayorou"),
            "{text}"
        );
    }
}

/// A part of a town named with no town after it lies in the town named before: not a
/// village of the same name 400 km off ("the Sagala neighbourhood" of Timbuktu), nor a
/// town abroad (« le quartier Bella », not Bello in Colombia); in French the part word
/// comes first, other names of its list between.
#[test]
fn a_part_named_alone_lies_in_the_town_named_before() {
    for (text, lang, name) in [
        (
            "Shells fell on Timbuktu on Sunday, officials said. The shells landed in the Sagala neighbourhood in the late afternoon.",
            Lang::En,
            "Sagala",
        ),
        (
            "Shells fell on Timbuktu on Sunday, officials said. The shells landed in the Abaradjou and Sagala neighbourhoods in the late afternoon.",
            Lang::En,
            "Sagala",
        ),
        (
            "Des obus sont tombés sur Tombouctou dimanche. Les obus ont touché le quartier Bella dans l'après-midi.",
            Lang::Fr,
            "Bella",
        ),
        (
            "Des obus sont tombés sur Tombouctou dimanche. Les obus ont touché les quartiers Abaradjou et Sagala.",
            Lang::Fr,
            "Sagala",
        ),
    ] {
        let ps = places(text, lang);
        assert!(ps.iter().any(|p| p.name == "Timbuktu"), "{text}: {ps:#?}");
        assert!(ps.iter().all(|p| p.text != name), "{text}: {ps:#?}");
    }
}

/// A road "linking X to Y", « l'axe reliant X à Y »: the way between the two towns, as
/// "between X and Y" (the first-named town's point, both towns in the offset). A
/// country's name takes no near-spelling of a village ("Guinea" is no Guiné).
#[test]
fn a_road_linking_two_towns_is_the_way_between_them() {
    for (text, lang) in [
        (
            "Three aid workers were abducted on the road linking Kidal to Tessalit.",
            Lang::En,
        ),
        (
            "Trois humanitaires ont été enlevés sur l'axe reliant Kidal à Tessalit.",
            Lang::Fr,
        ),
    ] {
        let ps = places(text, lang);
        let m = ps
            .iter()
            .find(|p| p.offset.as_ref().is_some_and(|o| o.relation == "between"))
            .unwrap_or_else(|| panic!("no way in {ps:?}"));
        assert!(near(m, 18.44, 1.41, 5.0), "{m:?}");
        assert_eq!(
            m.offset.as_ref().unwrap().anchor,
            "Kidal / Tessalit",
            "{text}"
        );
    }
    let ps = places("Fighters fled to Guinea.", Lang::En);
    assert!(ps.iter().all(|p| p.geonames_id.is_none()), "{ps:?}");
}

/// A name opening its sentence as what was done to ("Bandiagara was attacked", «
/// Bandiagara a été attaquée ») is a place with no locative word; a person's two
/// names are not, nor a name whose verb tells of a person ("was kidnapped").
#[test]
fn a_place_done_to_as_its_sentences_subject() {
    for (text, lang) in [
        ("Bandiagara was attacked on Sunday.", Lang::En),
        ("Bandiagara came under fire on Sunday.", Lang::En),
        ("Bandiagara a été attaquée dimanche.", Lang::Fr),
        (
            "Bandiagara avait été la cible d'une attaque en 2019.",
            Lang::Fr,
        ),
    ] {
        let ps = places(text, lang);
        assert!(near(find(&ps, "Bandiagara"), 14.35, -3.61, 10.0), "{text}");
    }
    for (text, lang) in [
        ("Bandiagara was kidnapped on Sunday.", Lang::En),
        ("Bandiagara a été enlevé dimanche.", Lang::Fr),
    ] {
        assert!(places(text, lang).is_empty(), "{text}");
    }
    // (Not with a place told by a locative word in the sentence: a man's name.)
    for (text, lang) in [
        (
            "Keita was attacked on Saturday by gunmen as he left the mosque in Kati.",
            Lang::En,
        ),
        (
            "Keita a été attaqué samedi par des hommes armés à la sortie de la mosquée de Kati.",
            Lang::Fr,
        ),
    ] {
        let ps = places(text, lang);
        assert_eq!(
            ps.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(),
            ["Kati"],
            "{text}"
        );
    }
}
