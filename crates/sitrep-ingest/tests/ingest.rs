//! End-to-end tests of ingest over hand-written fixtures (tests/fixtures/).

use sitrep_core::{Date, Document, Lang, content_hash};
use sitrep_ingest::{
    Format, IngestOptions, InputRef, detect_format, detect_lang, expand_inputs, ingest_input,
    parse_bytes,
};
use std::path::PathBuf;

fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn raw(name: &str) -> Vec<u8> {
    std::fs::read(fixture_path(name)).unwrap()
}

fn parse(name: &str) -> sitrep_ingest::Parsed {
    parse_bytes(name, &raw(name), &IngestOptions::default())
}

fn one(name: &str) -> Document {
    let p = parse(name);
    assert!(p.errors.is_empty(), "{name}: {:?}", p.errors);
    assert_eq!(p.docs.len(), 1, "{name}");
    p.docs.into_iter().next().unwrap()
}

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

#[derive(Clone, Copy)]
enum Enc {
    Utf8,
    Cp1252,
    Utf16Le,
}

/// The char of the raw file at byte `r`, in the file's encoding.
fn raw_char(raw: &[u8], r: usize, enc: Enc) -> Option<char> {
    match enc {
        Enc::Utf8 => {
            let end = (r + 4).min(raw.len());
            let chunk = raw.get(r..end)?;
            chunk.utf8_chunks().next()?.valid().chars().next()
        }
        Enc::Cp1252 => {
            let (s, _) = encoding_rs_decode_1252(raw.get(r..r + 1)?);
            s.chars().next()
        }
        Enc::Utf16Le => {
            let units: Vec<u16> = raw
                .get(r..(r + 4).min(raw.len()))?
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect();
            char::decode_utf16(units).next()?.ok()
        }
    }
}

fn encoding_rs_decode_1252(b: &[u8]) -> (String, bool) {
    // cp1252 by hand for the few bytes the fixtures use (no dev-dependency needed).
    let s: String = b
        .iter()
        .map(|&x| match x {
            0x80 => '€',
            0x92 => '’',
            0x93 => '“',
            0x94 => '”',
            0x85 => '…',
            0x96 => '–',
            _ => x as char,
        })
        .collect();
    (s, false)
}

/// The offset-map property: at every word start, the raw file holds the same char,
/// unless that char was itself rewritten (an entity or escape, or a mojibake sequence).
/// Returns how many word starts were checked, so callers can insist it is not zero.
fn check_map(doc: &Document, raw: &[u8], enc: Enc) -> usize {
    let text = &doc.text;
    let mut checked = 0;
    let mut prev_alnum = false;
    for (i, c) in text.char_indices() {
        let start = c.is_alphanumeric() && !prev_alnum;
        prev_alnum = c.is_alphanumeric();
        if !start {
            continue;
        }
        let r = doc.raw_map.to_raw(i);
        assert!(
            r < raw.len(),
            "{}: offset {i} maps past the end ({r})",
            doc.meta.id
        );
        let rc = raw_char(raw, r, enc);
        if matches!(rc, Some('&' | '\\' | 'Ã' | 'Â' | 'â' | 'Å')) {
            continue;
        }
        assert_eq!(
            rc,
            Some(c),
            "{}: text[{i}..] = {:?} but raw[{r}..] = {:?}",
            doc.meta.id,
            &text[i..(i + 12).min(text.len())]
                .chars()
                .collect::<String>(),
            String::from_utf8_lossy(&raw[r..(r + 12).min(raw.len())])
        );
        checked += 1;
    }
    // The end of the text maps inside the file.
    assert!(doc.raw_map.to_raw(text.len()) <= raw.len());
    checked
}

/// Where `needle` of the text comes from in the raw file.
fn raw_at<'a>(doc: &Document, raw: &'a [u8], needle: &str) -> &'a [u8] {
    let i = doc
        .text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {:?}", doc.text));
    &raw[doc.raw_map.to_raw(i)..]
}

// ---------------------------------------------------------------- plain text, encodings

#[test]
fn plain_text_utf8() {
    let d = one("kidal_fr.txt");
    assert_eq!(d.meta.id, "kidal_fr.txt");
    assert_eq!(d.meta.format, "text");
    assert_eq!(d.meta.source_path.as_deref(), Some("kidal_fr.txt"));
    assert_eq!(d.meta.hash, content_hash(&d.text));
    assert_eq!(d.meta.title, None, "plain text has no title");
    assert_eq!((d.meta.lang, d.meta.lang_detected), (Lang::Fr, true));
    assert!(d.text.starts_with("Kidal : l’armée malienne"));
    assert!(
        d.text.contains("6\u{202f}500 habitants"),
        "narrow no-break space kept"
    );
    assert!(d.text.contains("la ville\n\nBamako"), "paragraphs kept");
    assert!(!d.text.ends_with('\n'), "trimmed");
    assert!(check_map(&d, &raw("kidal_fr.txt"), Enc::Utf8) > 50);
}

#[test]
fn cp1252_is_decoded() {
    let raw = raw("gao_cp1252.txt");
    assert!(
        std::str::from_utf8(&raw).is_err(),
        "fixture really is cp1252"
    );
    let d = one("gao_cp1252.txt");
    assert!(d.text.contains("près de Ménaka"));
    assert!(d.text.contains("« au moins cinq morts »"));
    assert!(d.text.ends_with("riposté à l’aube."));
    assert_eq!(d.meta.lang, Lang::Fr);
    assert!(check_map(&d, &raw, Enc::Cp1252) > 20);
    assert_eq!(
        raw_at(&d, &raw, "Ménaka"),
        &raw[raw.iter().position(|&b| b == b'M').unwrap()..]
    );
}

#[test]
fn mojibake_is_repaired_with_map() {
    let raw = raw("menaka_mojibake.txt");
    let d = one("menaka_mojibake.txt");
    assert_eq!(
        d.text,
        "Ménaka, 12 juin 2024. Des hommes armés ont attaqué le marché d’Inékar ; l’armée a déployé des renforts. « Nous avons été surpris », témoigne un commerçant."
    );
    assert!(raw_at(&d, &raw, "renforts").starts_with(b"renforts"));
    assert!(raw_at(&d, &raw, "armée a").starts_with(b"arm"));
    assert!(check_map(&d, &raw, Enc::Utf8) > 15);
}

#[test]
fn correct_french_survives_repair() {
    let s = "À Tombouctou, l’été, Ça va : « Ménaka » – déjà là ; cœur, île, août, à\u{a0}«\u{a0}Kidal\u{a0}», PAYÉ…";
    let p = parse_bytes("ok.txt", s.as_bytes(), &IngestOptions::default());
    assert_eq!(p.docs[0].text, s);
}

#[test]
fn utf16_with_bom() {
    let raw = raw("niamey_utf16le.txt");
    let d = one("niamey_utf16le.txt");
    assert!(d.text.starts_with("Niamey, 28 July 2023. Soldiers"));
    assert_eq!(d.meta.lang, Lang::En);
    assert!(check_map(&d, &raw, Enc::Utf16Le) > 15);
}

#[test]
fn utf8_bom_is_stripped() {
    let mut b = vec![0xEF, 0xBB, 0xBF];
    b.extend_from_slice("Gao est calme.".as_bytes());
    let d = &parse_bytes("bom.txt", &b, &IngestOptions::default()).docs[0];
    assert_eq!(d.text, "Gao est calme.");
    assert_eq!(d.raw_map.to_raw(0), 3);
}

#[test]
fn nfc_normalization() {
    let s = "Me\u{301}naka et Se\u{301}gou";
    let d = &parse_bytes("nfd.txt", s.as_bytes(), &IngestOptions::default()).docs[0];
    assert_eq!(d.text, "Ménaka et Ségou");
    assert!(raw_at(d, s.as_bytes(), "Ségou").starts_with(b"Se"));
    assert!(raw_at(d, s.as_bytes(), "et").starts_with(b"et S"));
}

#[test]
fn newlines_and_controls_in_plain_text() {
    let s = "Ligne 1\r\nLigne\u{7} 2\rLigne\t3   espaces";
    let d = &parse_bytes("crlf.txt", s.as_bytes(), &IngestOptions::default()).docs[0];
    assert_eq!(
        d.text, "Ligne 1\nLigne 2\nLigne\t3   espaces",
        "plain text keeps its spacing"
    );
    assert!(check_map(d, s.as_bytes(), Enc::Utf8) >= 6);
}

// ---------------------------------------------------------------- HTML

#[test]
fn html_article_text_and_boilerplate() {
    let raw = raw("article.html");
    let d = one("article.html");
    let t = &d.text;
    assert_eq!(d.meta.format, "html");
    assert!(
        t.starts_with("Plusieurs obus sont tombés jeudi matin"),
        "{t}"
    );
    assert!(t.contains("L’attaque n’a pas été revendiquée."), "entities");
    assert!(
        t.contains("vers 6\u{a0}heures"),
        "&nbsp; is a no-break space"
    );
    assert!(
        t.contains("deux blessés…\n\nLe blocus"),
        "implied </p> closes a paragraph"
    );
    assert!(t.contains("l'approvisionnement\u{a0}: les prix"));
    assert!(t.contains("déplorent des commerçants."));
    assert!(
        t.contains("\n\nUn contexte tendu\n\n"),
        "heading on its own line"
    );
    for junk in [
        "cookies",
        "Accepter",
        "Politique",
        "Accueil",
        "Partager",
        "Tweeter",
        "À lire aussi",
        "bateau attaqué",
        "newsletter",
        "Tags",
        "commentaires",
        "tristesse",
        "Les plus lus",
        "droits",
        "not text",
        "console",
        "color",
        "Awa Maïga",
    ] {
        assert!(!t.contains(junk), "boilerplate {junk:?} in {t}");
    }
    assert!(!t.contains("  "), "spaces collapsed");
    assert!(check_map(&d, &raw, Enc::Utf8) > 80);
    assert!(raw_at(&d, &raw, "Le blocus").starts_with(b"Le blocus"));
}

#[test]
fn html_metadata() {
    let d = one("article.html");
    let m = &d.meta;
    assert_eq!(
        m.title.as_deref(),
        Some("Tombouctou : des obus tombent près du port de Kabara")
    );
    assert_eq!(
        m.outlet.as_deref(),
        Some("Le Courrier du Sahel"),
        "og:site_name"
    );
    assert_eq!(m.byline.as_deref(), Some("Awa Maïga"), "meta author");
    assert_eq!(
        m.published,
        Some(date("2023-09-08")),
        "article:published_time wins"
    );
    assert_eq!(
        m.url.as_deref(),
        Some("https://www.courrier-sahel.example/securite/tombouctou-obus-kabara")
    );
    assert_eq!((m.lang, m.lang_detected), (Lang::Fr, false), "<html lang>");
    assert!(!m.published_inferred);
}

fn html(s: &str) -> Document {
    let p = parse_bytes("page.html", s.as_bytes(), &IngestOptions::default());
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    p.docs.into_iter().next().unwrap()
}

const BODY: &str = "<p>Des affrontements ont opposé l'armée à des hommes armés près de Léré, selon des sources locales, faisant plusieurs victimes.</p>";

#[test]
fn html_each_date_source() {
    let cases = [
        (
            r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-10-01T10:00:00+02:00"}]}</script>"#,
            "2023-10-01",
        ),
        (
            r#"<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2023-10-02"}]</script>"#,
            "2023-10-02",
        ),
        (r#"<meta name="date" content="2023-10-03">"#, "2023-10-03"),
        (r#"<meta name="pubdate" content="20231004">"#, "2023-10-04"),
        (
            r#"<meta name="DC.date" content="2023/10/05">"#,
            "2023-10-05",
        ),
        (
            r#"<meta property="article:published_time" content="2023-10-06T23:59:00-05:00">"#,
            "2023-10-06",
        ),
    ];
    for (head, want) in cases {
        let d = html(&format!(
            "<html><head>{head}</head><body><article>{BODY}</article></body></html>"
        ));
        assert_eq!(d.meta.published, Some(date(want)), "{head}");
    }
    // <time datetime> inside the article, not the one in the page header.
    let d = html(&format!(
        r#"<html><body><header><time datetime="2020-01-01">x</time></header><article><time datetime="2023-10-07T08:00">7 oct.</time>{BODY}</article></body></html>"#
    ));
    assert_eq!(d.meta.published, Some(date("2023-10-07")));
    // Priority: article:published_time > JSON-LD > <time> > meta date.
    let d = html(&format!(
        r#"<html><head><meta name="date" content="2023-01-04"><script type="application/ld+json">{{"datePublished":"2023-01-02"}}</script></head><body><article><time datetime="2023-01-03"></time>{BODY}</article></body></html>"#
    ));
    assert_eq!(d.meta.published, Some(date("2023-01-02")));
    let d = html(&format!(
        "<html><body><article>{BODY}</article></body></html>"
    ));
    assert_eq!(d.meta.published, None, "no date is left None, not guessed");
}

#[test]
fn html_jsonld_author_and_publisher() {
    let d = html(&format!(
        r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","author":[{{"@type":"Person","name":"Ibrahim Touré"}}],"publisher":{{"@type":"Organization","name":"Journal du Nord"}}}}</script></head><body><article>{BODY}</article></body></html>"#
    ));
    assert_eq!(d.meta.byline.as_deref(), Some("Ibrahim Touré"));
    assert_eq!(d.meta.outlet.as_deref(), Some("Journal du Nord"));
}

#[test]
fn html_title_sources_and_bylines() {
    let d = html(&format!(
        "<html><head><title>Léré : affrontements meurtriers - Journal du Nord</title></head><body>{BODY}</body></html>"
    ));
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Léré : affrontements meurtriers"),
        "<title> suffix trimmed"
    );
    let d = html(&format!(
        "<html><head><title>Journal | Accueil</title></head><body><article><h1>Léré : affrontements</h1>{BODY}</article></body></html>"
    ));
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Léré : affrontements"),
        "<h1> in the article before <title>"
    );
    let d = html(&format!(
        r#"<html><body><article><a rel="author" href="/a">Mariam Sy</a>{BODY}</article></body></html>"#
    ));
    assert_eq!(d.meta.byline.as_deref(), Some("Mariam Sy"));
    let d = html(&format!(
        r#"<html><body><article><p class="article-byline">Par Mariam Sy</p>{BODY}</article></body></html>"#
    ));
    assert_eq!(d.meta.byline.as_deref(), Some("Mariam Sy"));
    assert!(!d.text.contains("Mariam"), "byline is metadata, not text");
}

#[test]
fn html_outlet_from_domain() {
    let d = html(&format!(
        r#"<html><head><link rel="canonical" href="https://www.journal-du-nord.example/a/1"></head><body>{BODY}</body></html>"#
    ));
    assert_eq!(d.meta.outlet.as_deref(), Some("journal-du-nord.example"));
    let d = html(&format!(
        r#"<html><head><meta property="og:url" content="http://news.example.org/x"></head><body>{BODY}</body></html>"#
    ));
    assert_eq!(d.meta.outlet.as_deref(), Some("news.example.org"));
    assert_eq!(d.meta.url.as_deref(), Some("http://news.example.org/x"));
}

#[test]
fn html_density_scoring_without_semantic_tags() {
    let raw = raw("scored.html");
    let d = one("scored.html");
    assert!(
        d.text.starts_with("DIFFA, Niger — Gunmen attacked"),
        "{}",
        d.text
    );
    assert!(d.text.ends_with("launched a search operation."));
    for junk in ["Home", "Latest", "harmattan", "Privacy", "By John"] {
        assert!(!d.text.contains(junk), "{junk:?} in {}", d.text);
    }
    assert_eq!(d.text.matches("\n\n").count(), 3);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Attack near Diffa leaves five dead")
    );
    assert_eq!(d.meta.byline.as_deref(), Some("John Okafor"));
    assert_eq!(d.meta.outlet.as_deref(), Some("sahelwire.example"));
    assert_eq!(d.meta.published, Some(date("2024-01-15")));
    assert_eq!((d.meta.lang, d.meta.lang_detected), (Lang::En, true));
    assert!(check_map(&d, &raw, Enc::Utf8) > 60);
}

#[test]
fn html_robustness() {
    let d =
        html("<html><body><p>Un<p>Deux</p></p><p class=x id=y>Trois <br>quatre<br/>cinq</body>");
    assert_eq!(d.text, "Un\n\nDeux\n\nTrois\nquatre\ncinq");
    let d = html("<div>a &lt; b &amp; c &#x3C; d &unknown; e&nbspf &eacute</div>");
    assert_eq!(d.text, "a < b & c < d &unknown; e\u{a0}f é");
    let d = html("<div>Gao, 5 mai.<br><br>Tirs à Kati.<br>Calme au matin.</div>");
    assert_eq!(d.text, "Gao, 5 mai.\n\nTirs à Kati.\nCalme au matin.");
    let d = html("<ul><li>Gao<li>Kidal</ul><table><tr><td>Mopti<td>3</table>");
    assert_eq!(d.text, "Gao\nKidal\n\nMopti 3");
}

#[test]
fn html_truncated() {
    let d = one("truncated.html");
    assert!(
        d.text
            .starts_with("Mopti : couvre-feu prolongé\n\nLe gouverneur")
    );
    assert!(d.text.ends_with("Cette mesure vise à"), "{}", d.text);
    let p = parse("truncated_notext.html");
    assert!(p.docs.is_empty());
    assert_eq!(p.errors.len(), 1);
    assert!(
        p.errors[0].message.starts_with("no text"),
        "{}",
        p.errors[0]
    );
    // Cut mid-attribute and mid-comment.
    let p = parse_bytes(
        "cut.html",
        b"<html><body><p>Kidal est calme.</p><img alt=\"photo de",
        &IngestOptions::default(),
    );
    assert_eq!(p.docs[0].text, "Kidal est calme.");
    let p = parse_bytes(
        "cut.html",
        b"<html><body><!-- <p>nothing",
        &IngestOptions::default(),
    );
    assert!(p.errors[0].message.starts_with("no text"));
}

#[test]
fn html_legacy_charset_declared() {
    let mut b = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>".to_vec();
    b.extend_from_slice(b"L'arm\xe9e a repris S\xe9var\xe9.</p></body></html>");
    let d = &parse_bytes("latin1.html", &b, &IngestOptions::default()).docs[0];
    assert_eq!(d.text, "L'armée a repris Sévaré.");
    assert!(raw_at(d, &b, "repris").starts_with(b"repris"));
}

// ---------------------------------------------------------------- feeds

#[test]
fn rss_items() {
    let raw = raw("sahel.rss");
    let p = parse("sahel.rss");
    assert_eq!(p.docs.len(), 3, "{:?}", p.errors);
    assert_eq!(p.errors.len(), 1);
    let e = &p.errors[0];
    assert_eq!(e.message, "item 3: no text");
    assert_eq!(e.line, Some(24));
    assert_eq!(e.to_string(), "sahel.rss:24: item 3: no text");

    let a = &p.docs[0];
    assert_eq!(a.meta.id, "rsi-2024-0412", "guid");
    assert_eq!(a.meta.source_path.as_deref(), Some("sahel.rss#1"));
    assert_eq!(a.meta.format, "rss");
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Ségou : une embuscade fait trois morts")
    );
    assert_eq!(
        a.meta.url.as_deref(),
        Some("https://radiosahel.example/segou-embuscade")
    );
    assert_eq!(
        a.meta.published,
        Some(date("2024-04-12")),
        "RFC 822 pubDate"
    );
    assert_eq!(
        a.meta.byline.as_deref(),
        Some("Moussa Diarra"),
        "dc:creator"
    );
    assert_eq!(
        a.meta.outlet.as_deref(),
        Some("Radio Sahel Info"),
        "channel title, not the image title"
    );
    assert_eq!(
        (a.meta.lang, a.meta.lang_detected),
        (Lang::Fr, false),
        "channel <language>"
    );
    assert_eq!(
        a.text,
        "Trois soldats ont été tués jeudi dans une embuscade près de Ségou, selon une source militaire.\n\nL’armée a lancé une opération de ratissage dans la zone.",
        "content:encoded preferred over description"
    );

    let b = &p.docs[1];
    assert_eq!(b.meta.id, "sahel.rss#2");
    assert_eq!(
        b.meta.title.as_deref(),
        Some("Gao & Ansongo : reprise du trafic")
    );
    assert_eq!(b.meta.published, Some(date("2024-04-13")), "dc:date");
    assert_eq!(
        b.text, "Le trafic a repris sur l’axe Gao–Ansongo après deux semaines d’interruption.",
        "escaped HTML"
    );

    let c = &p.docs[2];
    assert_eq!(c.meta.id, "https://radiosahel.example/kidal-eau");
    assert_eq!(c.meta.source_path.as_deref(), Some("sahel.rss#4"));
    assert_eq!(
        c.meta.url.as_deref(),
        Some("https://radiosahel.example/kidal-eau"),
        "permalink guid"
    );
    assert_eq!(c.meta.byline.as_deref(), Some("Fatou Cissé"));

    for d in &p.docs {
        assert!(check_map(d, &raw, Enc::Utf8) > 8, "{}", d.meta.id);
    }
    assert!(raw_at(b, &raw, "deux semaines").starts_with(b"deux semaines&lt;/b&gt;"));
    assert!(raw_at(a, &raw, "L’armée").starts_with("L’armée a lancé".as_bytes()));
}

#[test]
fn atom_entries() {
    let raw = raw("niger.atom");
    let p = parse("niger.atom");
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(p.docs.len(), 3);
    let a = &p.docs[0];
    assert_eq!(a.meta.format, "atom");
    assert_eq!(a.meta.id, "tag:nigermonitor.example,2024:convoy");
    assert_eq!(
        a.meta.url.as_deref(),
        Some("https://nigermonitor.example/2024/02/convoy"),
        "rel=alternate, not the enclosure"
    );
    assert_eq!(
        a.meta.published,
        Some(date("2024-02-01")),
        "published before updated, local date"
    );
    assert_eq!(a.meta.byline.as_deref(), Some("Amina Issoufou"));
    assert_eq!(a.meta.outlet.as_deref(), Some("Niger Monitor"));
    assert_eq!(
        (a.meta.lang, a.meta.lang_detected),
        (Lang::En, false),
        "xml:lang"
    );
    assert_eq!(
        a.text,
        "A military convoy was ambushed near Tillabéri on Thursday, the defence ministry said.\n\nSeven soldiers were wounded."
    );
    let b = &p.docs[1];
    assert_eq!(b.meta.id, "niger.atom#2");
    assert_eq!(
        b.meta.url.as_deref(),
        Some("https://nigermonitor.example/2024/02/agadez"),
        "link without rel"
    );
    assert_eq!(
        b.meta.published,
        Some(date("2024-02-02")),
        "updated as a last resort"
    );
    let c = &p.docs[2];
    assert_eq!(
        c.text, "The ministry condemns the attack in Diffa & calls for calm.",
        "xhtml content"
    );
    for d in &p.docs {
        assert!(check_map(d, &raw, Enc::Utf8) > 5, "{}", d.meta.id);
    }
}

#[test]
fn rss_that_is_not_xml() {
    let p = parse("garbage.rss");
    assert!(p.docs.is_empty());
    assert_eq!(p.errors.len(), 1);
    assert!(
        p.errors[0].message.starts_with("not XML"),
        "{}",
        p.errors[0]
    );
    assert_eq!(p.errors[0].file, "garbage.rss");
    let p = parse_bytes(
        "x.xml",
        b"<?xml version=\"1.0\"?><document><p>x</p></document>",
        &IngestOptions::default(),
    );
    assert!(
        p.errors[0]
            .message
            .contains("not an RSS or Atom feed: the root element is <document>"),
        "{:?}",
        p.errors
    );
    let p = parse_bytes("x.rss", b"{\"not\": \"xml\"", &IngestOptions::default());
    assert!(p.errors[0].message.starts_with("not XML"), "{:?}", p.errors);
}

#[test]
fn malformed_and_truncated_feeds_keep_earlier_items() {
    let p = parse("malformed.xml");
    assert_eq!(p.docs.len(), 1);
    assert_eq!(p.docs[0].text, "Bandits attacked a bus near Kaya.");
    assert_eq!(p.docs[0].meta.lang, Lang::En);
    assert_eq!(p.errors.len(), 1);
    assert_eq!(p.errors[0].line, Some(4));
    assert!(
        p.errors[0].message.starts_with("malformed XML"),
        "{}",
        p.errors[0]
    );

    let raw = raw("sahel.rss");
    let cut = raw.windows(7).position(|w| w == b"<item>\n").unwrap();
    let cut = cut
        + raw[cut + 1..]
            .windows(7)
            .position(|w| w == b"<item>\n")
            .unwrap()
        + 40;
    let p = parse_bytes("cut.rss", &raw[..cut], &IngestOptions::default());
    assert_eq!(p.docs.len(), 1, "{:?}", p.errors);
    assert_eq!(
        (p.docs[0].meta.lang, p.docs[0].meta.lang_detected),
        (Lang::Fr, false),
        "channel language still applies"
    );
    assert_eq!(p.docs[0].meta.outlet.as_deref(), Some("Radio Sahel Info"));
    assert_eq!(p.errors.len(), 1);
    assert!(
        p.errors[0].message.contains("truncated XML") || p.errors[0].message.contains("XML"),
        "{}",
        p.errors[0]
    );
}

// ---------------------------------------------------------------- JSONL

#[test]
fn jsonl_lines() {
    let raw = raw("reports.jsonl");
    let p = parse("reports.jsonl");
    let ids: Vec<&str> = p.docs.iter().map(|d| d.meta.id.as_str()).collect();
    assert_eq!(ids, ["acled-1", "reports.jsonl:3", "reports.jsonl:8"]);
    let errs: Vec<(Option<usize>, &str)> = p
        .errors
        .iter()
        .map(|e| (e.line, e.message.as_str()))
        .collect();
    assert_eq!(errs.len(), 4, "{errs:?}");
    assert_eq!(errs[0].0, Some(4));
    assert!(errs[0].1.starts_with("not JSON: "));
    assert_eq!(errs[1], (Some(5), "not a JSON object (found an array)"));
    assert_eq!(errs[2], (Some(6), "missing \"text\""));
    assert_eq!(
        errs[3],
        (Some(7), "\"text\" is not a string (found a number)")
    );
    assert_eq!(p.errors[2].to_string(), "reports.jsonl:6: missing \"text\"");

    let a = &p.docs[0];
    assert_eq!(
        a.text,
        "Des hommes armés ont attaqué Boni.\nDeux civils tués."
    );
    assert_eq!(a.meta.source_path.as_deref(), Some("reports.jsonl:1"));
    assert_eq!(a.meta.title.as_deref(), Some("Boni"));
    assert_eq!(a.meta.outlet.as_deref(), Some("ONG Sahel Watch"));
    assert_eq!(a.meta.published, Some(date("2024-05-02")));
    assert_eq!((a.meta.lang, a.meta.lang_detected), (Lang::Fr, false));
    let b = &p.docs[1];
    assert_eq!(
        b.meta.published,
        Some(date("2024-05-04")),
        "RFC 3339 → date"
    );
    assert_eq!(
        b.meta.outlet.as_deref(),
        Some("burkina-daily.example"),
        "outlet from the url's domain"
    );
    assert_eq!((b.meta.lang, b.meta.lang_detected), (Lang::En, true));
    let c = &p.docs[2];
    assert_eq!(
        c.text,
        "Café \"Le Fleuve\" à Mopti 😀 fermé après l'attaque."
    );
    assert!(raw_at(c, &raw, "Mopti").starts_with(b"Mopti \\ud83d"));
    assert!(raw_at(c, &raw, "Fleuve").starts_with(b"Fleuve\\\""));
    assert!(raw_at(c, &raw, "fermé").starts_with(b"ferm\\u00e9"));
    assert!(raw_at(a, &raw, "Deux").starts_with(b"Deux civils"));
    for d in &p.docs {
        assert!(check_map(d, &raw, Enc::Utf8) >= 4);
    }
}

#[test]
fn stdin_names() {
    let p = parse_bytes(
        "-",
        b"{\"text\": \"Calme a Gao.\"}\n{\"text\": \"Tirs a Kidal.\"}\n",
        &IngestOptions::default(),
    );
    let ids: Vec<_> = p.docs.iter().map(|d| d.meta.id.as_str()).collect();
    assert_eq!(ids, ["-:1", "-:2"]);
    let p = parse_bytes("-", b"Calme a Gao.", &IngestOptions::default());
    assert_eq!(p.docs[0].meta.id, "-");
    assert_eq!(p.docs[0].meta.source_path.as_deref(), Some("-"));
}

// ---------------------------------------------------------------- options

#[test]
fn options_override_metadata() {
    let opts = IngestOptions {
        source: Some("Ma Source".into()),
        lang: Some(Lang::En),
        date: Some(date("2020-02-02")),
        format: None,
    };
    let p = parse_bytes("sahel.rss", &raw("sahel.rss"), &opts);
    for d in &p.docs {
        assert_eq!(d.meta.outlet.as_deref(), Some("Ma Source"));
        assert_eq!((d.meta.lang, d.meta.lang_detected), (Lang::En, false));
        assert_eq!(
            d.meta.published,
            Some(date("2020-02-02")),
            "--date overrides pubDate"
        );
    }
    let opts = IngestOptions {
        date: Some(date("2020-02-02")),
        ..Default::default()
    };
    assert_eq!(
        parse_bytes("k.txt", &raw("kidal_fr.txt"), &opts).docs[0]
            .meta
            .published,
        Some(date("2020-02-02"))
    );
    // Forced format: HTML read as text keeps the tags.
    let opts = IngestOptions {
        format: Some(Format::Text),
        ..Default::default()
    };
    let d = &parse_bytes("a.html", b"<p>Gao</p>", &opts).docs[0];
    assert_eq!(
        (d.text.as_str(), d.meta.format.as_str()),
        ("<p>Gao</p>", "text")
    );
}

// ---------------------------------------------------------------- bad inputs

#[test]
fn binary_files() {
    let p = parse("report.pdf");
    assert_eq!(
        p.errors[0].to_string(),
        "report.pdf: binary file (PDF), not a text document"
    );
    let p = parse_bytes(
        "x.txt",
        b"Gao\0\0\x01\x02\x03 Kidal",
        &IngestOptions::default(),
    );
    assert!(
        p.errors[0].message.starts_with("binary file ("),
        "{}",
        p.errors[0]
    );
    let p = parse_bytes(
        "x.bin",
        b"\x01\x02\x03\x04\x05\x06\x07\x08ab\x0e\x0f",
        &IngestOptions::default(),
    );
    assert!(
        p.errors[0].message.contains("control characters"),
        "{}",
        p.errors[0]
    );
    assert!(p.docs.is_empty());
}

#[test]
fn empty_files() {
    for f in ["empty.txt", "blank.txt"] {
        let p = parse(f);
        assert!(p.docs.is_empty());
        assert_eq!(p.errors[0].to_string(), format!("{f}: empty file"));
    }
    let p = parse_bytes("c.txt", b"\x01 \x02\n", &IngestOptions::default());
    assert!(p.docs.is_empty() && !p.errors.is_empty());
}

#[test]
fn invalid_encoding() {
    let mut b = vec![0xFF, 0xFE];
    for _ in 0..40 {
        b.extend_from_slice(&0xD800u16.to_le_bytes()); // lone surrogates
        b.extend_from_slice(&0x41u16.to_le_bytes());
    }
    let p = parse_bytes("bad16.txt", &b, &IngestOptions::default());
    assert!(
        p.errors[0].message.starts_with("invalid encoding"),
        "{}",
        p.errors[0]
    );
}

#[test]
fn missing_and_unreadable_paths() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("absent.txt").display().to_string();
    let (inputs, errors) = expand_inputs(std::slice::from_ref(&missing));
    assert!(inputs.is_empty());
    assert_eq!(
        errors[0].to_string(),
        format!("{missing}: no such file or directory")
    );
    let p = ingest_input(
        &InputRef::Path(missing.clone().into()),
        &IngestOptions::default(),
    );
    assert_eq!(p.errors[0].message, "no such file or directory");

    let p = ingest_input(
        &InputRef::Path(dir.path().to_path_buf()),
        &IngestOptions::default(),
    );
    assert!(p.errors[0].message.contains("directory"), "{}", p.errors[0]);

    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "Gao").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        eprintln!("running as root: permission-denied case not observable, skipped");
    } else {
        let p = ingest_input(&InputRef::Path(locked.clone()), &IngestOptions::default());
        assert!(
            p.errors[0]
                .message
                .starts_with("cannot read: Permission denied"),
            "{}",
            p.errors[0]
        );
    }
}

// ---------------------------------------------------------------- input expansion

#[test]
fn directory_and_glob_expansion() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for f in [
        "b.html",
        "a.txt",
        "sub/c.txt",
        "sub/deeper/d.jsonl",
        ".hidden.txt",
        ".git/x.txt",
        "sub/.e.txt",
    ] {
        let p = root.join(f);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "Gao").unwrap();
    }
    let rel = |i: &InputRef| match i {
        InputRef::Path(p) => p.strip_prefix(root).unwrap().display().to_string(),
        InputRef::Stdin => "-".into(),
    };
    let arg = |s: &str| format!("{}/{s}", root.display());

    let (inputs, errors) = expand_inputs(&[root.display().to_string()]);
    assert!(errors.is_empty());
    assert_eq!(
        inputs.iter().map(rel).collect::<Vec<_>>(),
        ["a.txt", "b.html", "sub/c.txt", "sub/deeper/d.jsonl"]
    );

    let (inputs, _) = expand_inputs(&[arg("*.txt")]);
    assert_eq!(inputs.iter().map(rel).collect::<Vec<_>>(), ["a.txt"]);
    let (inputs, _) = expand_inputs(&[arg("**/*.txt")]);
    assert_eq!(
        inputs.iter().map(rel).collect::<Vec<_>>(),
        ["a.txt", "sub/c.txt"]
    );
    let (inputs, _) = expand_inputs(&[arg("s*")]);
    assert_eq!(
        inputs.iter().map(rel).collect::<Vec<_>>(),
        ["sub/c.txt", "sub/deeper/d.jsonl"],
        "a matched directory is walked"
    );

    // Explicit hidden file, stdin, duplicates, and a glob matching nothing.
    let (inputs, errors) = expand_inputs(&[
        arg(".hidden.txt"),
        "-".into(),
        arg("a.txt"),
        arg("a.txt"),
        arg("*.pdf"),
    ]);
    assert_eq!(
        inputs.iter().map(rel).collect::<Vec<_>>(),
        [".hidden.txt", "-", "a.txt"]
    );
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].message, "no files match this pattern");
    let (_, errors) = expand_inputs(&[arg("[")]);
    assert!(
        errors[0].message.starts_with("invalid pattern"),
        "{}",
        errors[0]
    );
}

// ---------------------------------------------------------------- detection

#[test]
fn format_detection() {
    let cases: &[(&str, &str, Format)] = &[
        ("a.txt", "Kidal, le 3 mars.", Format::Text),
        ("a", "{\"text\": \"x\"}\n{\"text\": \"y\"}", Format::Jsonl),
        ("a.jsonl", "{broken", Format::Jsonl),
        ("a.txt", "{not json at all", Format::Text),
        (
            "a",
            "\u{feff}<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">",
            Format::Rss,
        ),
        ("a", "<rdf:RDF xmlns:rdf=\"x\">", Format::Rss),
        (
            "a",
            "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">",
            Format::Atom,
        ),
        ("a", "  <!DOCTYPE html><html>", Format::Html),
        ("a", "<!-- saved --><HTML lang=fr>", Format::Html),
        ("a", "<body><p>x", Format::Html),
        ("a.htm", "Texte avec <b>gras</b>", Format::Html),
        ("a.html", "no tags here", Format::Text),
        ("a.rss", "not xml", Format::Rss),
        ("a.atom", "not xml", Format::Atom),
        ("a.xml", "<html><body>x", Format::Html),
        ("-", "<p>Gao</p>", Format::Html),
        ("a.txt", "<Kidal> est une ville", Format::Text),
    ];
    for (name, content, want) in cases {
        assert_eq!(
            detect_format(name, content.as_bytes()),
            *want,
            "{name} {content:?}"
        );
    }
}

#[test]
fn language_detection() {
    assert_eq!(
        detect_lang("Les Forces armées ont repris le contrôle de la ville selon un communiqué."),
        Lang::Fr
    );
    assert_eq!(
        detect_lang("The armed forces said they had retaken control of the town."),
        Lang::En
    );
    assert_eq!(detect_lang("???"), Lang::En);
}

// ---------------------------------------------------------------- never panic

/// Deterministic xorshift, so a failure reproduces.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn check_sane(name: &str, bytes: &[u8], opts: &IngestOptions) {
    let p = parse_bytes(name, bytes, opts);
    for d in &p.docs {
        assert!(!d.text.is_empty());
        assert_eq!(d.text.trim(), d.text);
        let mut last = 0;
        for (i, _) in d.text.char_indices() {
            let r = d.raw_map.to_raw(i);
            assert!(r <= bytes.len(), "{name}: map past end");
            last = last.max(r);
        }
    }
    for e in &p.errors {
        assert!(!e.message.is_empty());
    }
}

#[test]
fn never_panics_on_random_or_truncated_input() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let names = ["x.txt", "x.html", "x.rss", "x.atom", "x.jsonl", "-"];
    for round in 0..400 {
        let len = (rng.next() % 600) as usize;
        // Mix raw random bytes with markup-ish alphabets to reach deeper code paths.
        let alphabet: &[u8] = match round % 3 {
            0 => b"",
            1 => b"<>/=\"'&#;![]-?abcpdivtmlrsfe \n\xc3\xa9\xe2\x80\x99{}:\\u0",
            _ => b"<item><title>&amp;</title><![CDATA[<p>x</p>]]></item>{\"text\":\"\\n\"}\n",
        };
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                let r = rng.next();
                if alphabet.is_empty() {
                    r as u8
                } else {
                    alphabet[(r as usize) % alphabet.len()]
                }
            })
            .collect();
        for name in names {
            check_sane(name, &bytes, &IngestOptions::default());
        }
        for f in Format::ALL {
            check_sane(
                "y",
                &bytes,
                &IngestOptions {
                    format: Some(f),
                    ..Default::default()
                },
            );
        }
    }
    // Structured fuzz: random sequences of the tokens the extractors react to.
    const TOKENS: &[&str] = &[
        "<p>",
        "</p>",
        "<div class=\"byline\">",
        "</div>",
        "Par ",
        "€€",
        "é",
        "<meta name=author content=\"",
        "\">",
        "<title>",
        "</title>",
        " - ",
        " | ",
        "<article>",
        "</article>",
        "<h1>",
        "&eacute;",
        "&#",
        "&nbspx",
        "<br>",
        "<script type=application/ld+json>",
        "{\"author\":",
        "{\"@graph\":[",
        "\"datePublished\":\"2023-02-30\"",
        "}",
        "]",
        "</script>",
        "<time datetime=",
        "2023-01-01",
        "<li>",
        "<a rel=author href=x>",
        "</a>",
        "<rss>",
        "<item>",
        "</item>",
        "<description>",
        "</description>",
        "<![CDATA[",
        "]]>",
        "&lt;p&gt;",
        "<feed>",
        "<entry>",
        "<content type=\"xhtml\">",
        "<author><name>",
        "</name></author>",
        "<link href=\"http://www.x.example/\"/>",
        "\n",
        " ",
        "Ã©",
        "â€™",
        "Ã",
        "{\"text\": \"",
        "\\u00e9",
        "\\ud83d",
        "\"}",
        "<table><tr><td>",
        "<form>",
        "<nav>",
        "<header>",
        "<main>",
        "<link rel=canonical href=\"//a.b\">",
        "<meta property=og:site_name content=",
        "<html lang=fr>",
    ];
    for _ in 0..1500 {
        let n = (rng.next() % 60) as usize;
        let s: String = (0..n)
            .map(|_| TOKENS[(rng.next() as usize) % TOKENS.len()])
            .collect();
        for name in names {
            check_sane(name, s.as_bytes(), &IngestOptions::default());
        }
    }
    let dir = fixture_path("");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let step = (bytes.len() / 150).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            check_sane(&name, &bytes[..cut], &IngestOptions::default());
            check_sane(&name, &bytes[cut..], &IngestOptions::default());
        }
    }
}
