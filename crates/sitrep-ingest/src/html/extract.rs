//! Main-text extraction and metadata from an HTML page.
//!
//! The article is found the way readers find it: a semantic container when the page has
//! one (`[itemprop=articleBody]`, `<article>`, `<main>`), else the block with the most
//! comma-rich, link-poor paragraph text (readability's scoring). Boilerplate is dropped
//! by tag (nav, footer, forms, scripts…), by class/id/role words (share, related,
//! cookie, comment…) and by link density. The text keeps its paragraphs ("\n\n"
//! between blocks, "\n" between list items and lines) and every output byte maps back to
//! the source string.

use super::tree::{Kind, Tree};
use crate::dates::parse_date;
use crate::entities;
use crate::out::Out;
use sitrep_core::{Date, Lang, OffsetMap};

#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<Date>,
    pub url: Option<String>,
    pub lang: Option<Lang>,
}

/// The main text of a page (map into `s`) and its metadata.
pub(crate) fn extract_page(s: &str) -> (String, OffsetMap, Meta) {
    let a = Analysis::new(s);
    let roots = a.content_roots();
    let (mut text, mut map) = a.render(&roots);
    if text.trim().is_empty() && roots != [0] {
        (text, map) = a.render(&[0]);
    }
    let meta = a.meta(&roots);
    (text, map, meta)
}

/// The text of an HTML fragment (a feed item's content): boilerplate rules apply, but
/// the whole fragment is the article.
pub(crate) fn extract_fragment(s: &str) -> (String, OffsetMap) {
    let a = Analysis::new(s);
    let (text, map) = a.render(&[0]);
    if text.trim().is_empty() {
        // Everything looked like boilerplate (a one-link teaser): keep it rather than
        // reporting an item with text as empty.
        let mut r = Render::new(s, &a, false);
        r.walk(0);
        return r.finish();
    }
    (text, map)
}

/// Plain text of a small fragment (a feed title): tags stripped, entities decoded.
pub(crate) fn fragment_plain(s: &str) -> String {
    if !s.contains(['<', '&']) {
        return collapse_ws(s);
    }
    let a = Analysis::new(s);
    let mut r = Render::new(s, &a, false);
    r.walk(0);
    collapse_ws(&r.finish().0)
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Tags whose content is never article text.
fn hard_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "nav"
            | "footer"
            | "aside"
            | "iframe"
            | "svg"
            | "math"
            | "button"
            | "select"
            | "option"
            | "textarea"
            | "input"
            | "object"
            | "embed"
            | "canvas"
            | "audio"
            | "video"
            | "map"
            | "dialog"
            | "menu"
            | "noembed"
            | "noframes"
            | "frameset"
            | "xmp"
            | "datalist"
    )
}

/// Break level before and after an element: 3 paragraph, 2 line, 1 space, 0 inline.
fn break_level(name: &str) -> u8 {
    match name {
        "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre" | "table"
        | "section" | "article" | "main" | "header" | "footer" | "aside" | "nav" | "ul" | "ol"
        | "dl" | "figure" | "figcaption" | "form" | "fieldset" | "address" | "details"
        | "summary" | "hr" | "center" | "hgroup" | "body" | "html" | "caption" | "legend"
        | "listing" | "plaintext" | "dir" => 3,
        "li" | "tr" | "dt" | "dd" | "br" | "option" => 2,
        "td" | "th" => 1,
        _ => 0,
    }
}

/// Class/id words that mark boilerplate even when a "content" word is also present
/// ("comment-content", "share-body").
const STRONG_NEG: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "cookie",
    "consent",
    "newsletter",
    "subscribe",
    "advert",
    "sponsor",
    "outbrain",
    "taboola",
    "disqus",
    "breadcrumb",
    "sidebar",
    "paywall",
    "popup",
    "modal",
];
/// Weaker boilerplate words, overridden by a positive word.
const WEAK_NEG: &[&str] = &[
    "menu",
    "navbar",
    "navigation",
    "footer",
    "banner",
    "promo",
    "widget",
    "masthead",
    "toolbar",
];
/// Whole parts (split on '-' and '_') that mark boilerplate: "ad-slot", "top_ads", "pub".
const NEG_PARTS: &[&str] = &[
    "nav",
    "ad",
    "ads",
    "adv",
    "pub",
    "publicite",
    "tags",
    "signup",
];
const POS_PARTS: &[&str] = &[
    "article", "content", "body", "main", "story", "post", "entry", "text", "prose", "chapo",
];

fn html_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0C)
}

struct Analysis<'a> {
    s: &'a str,
    t: Tree,
    /// Non-whitespace bytes of visible text under each node (hard-removed excluded).
    text_len: Vec<u32>,
    link_len: Vec<u32>,
    commas: Vec<u32>,
    hard: Vec<bool>,
    negative: Vec<bool>,
    /// Hard-removed or negative, itself or through an ancestor.
    removed: Vec<bool>,
}

impl<'a> Analysis<'a> {
    fn new(s: &'a str) -> Self {
        let t = Tree::parse(s);
        let n = t.nodes.len();
        let mut hard = vec![false; n];
        let mut in_article = vec![false; n];
        for i in 1..n {
            let p = t.nodes[i].parent;
            in_article[i] = in_article[p];
            if !t.is_element(i) {
                continue;
            }
            let name = t.name(i);
            if name == "article" || name == "main" {
                in_article[i] = true;
            }
            let hidden = t.attr(i, "hidden").is_some()
                || t.attr(i, "aria-hidden")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"))
                || t.attr(i, "style").is_some_and(|v| {
                    let v: String = v
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .collect::<String>()
                        .to_ascii_lowercase();
                    v.contains("display:none") || v.contains("visibility:hidden")
                });
            hard[i] = hidden || hard_tag(name) || (name == "header" && !in_article[i]);
        }
        let mut text_len = vec![0u32; n];
        let mut link_len = vec![0u32; n];
        let mut commas = vec![0u32; n];
        let b = s.as_bytes();
        for i in (1..n).rev() {
            if hard[i] {
                continue;
            }
            if let Kind::Text { start, end, raw } = t.nodes[i].kind {
                if raw {
                    continue;
                }
                let seg = &b[start..end];
                text_len[i] = seg.iter().filter(|&&c| !html_ws(c)).count() as u32;
                commas[i] = seg.iter().filter(|&&c| c == b',').count() as u32;
            }
            let p = t.nodes[i].parent;
            text_len[p] += text_len[i];
            commas[p] += commas[i];
            link_len[p] += if t.name(i) == "a" {
                text_len[i]
            } else {
                link_len[i]
            };
        }
        let total = text_len[0];
        let mut negative = vec![false; n];
        let mut removed = vec![false; n];
        for i in 1..n {
            if t.is_element(i) {
                let name = t.name(i);
                let protected = matches!(name, "html" | "body" | "article" | "main")
                    || t.attr(i, "itemprop")
                        .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
                    || text_len[i] * 2 >= total.max(1);
                negative[i] = !protected && is_negative(&t, i);
            }
            removed[i] = removed[t.nodes[i].parent] || hard[i] || negative[i];
        }
        Analysis {
            s,
            t,
            text_len,
            link_len,
            commas,
            hard,
            negative,
            removed,
        }
    }

    fn link_density(&self, i: usize) -> f32 {
        if self.text_len[i] == 0 {
            0.0
        } else {
            self.link_len[i] as f32 / self.text_len[i] as f32
        }
    }

    /// The largest non-removed element satisfying `pred`.
    fn largest(&self, pred: impl Fn(usize) -> bool) -> Option<usize> {
        (1..self.t.nodes.len())
            .filter(|&i| self.t.is_element(i) && !self.removed[i] && pred(i))
            .max_by_key(|&i| (self.text_len[i], std::cmp::Reverse(i)))
    }

    /// Where the article is: one semantic container, or the best-scored block plus its
    /// good siblings (in document order).
    fn content_roots(&self) -> Vec<usize> {
        let t = &self.t;
        let visible: u32 = (1..t.nodes.len())
            .filter(|&i| {
                matches!(t.nodes[i].kind, Kind::Text { raw: false, .. }) && !self.removed[i]
            })
            .map(|i| self.text_len[i])
            .sum();
        let good = |i: usize| self.text_len[i] >= 140 || self.text_len[i] * 2 >= visible.max(1);
        let semantic = [
            self.largest(|i| {
                t.attr(i, "itemprop")
                    .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
            }),
            self.largest(|i| t.name(i) == "article"),
            self.largest(|i| t.name(i) == "main" || t.attr(i, "role") == Some("main")),
        ];
        for cand in semantic.into_iter().flatten() {
            if good(cand) {
                return vec![cand];
            }
        }
        self.scored_roots()
            .unwrap_or_else(|| vec![self.largest(|i| t.name(i) == "body").unwrap_or(0)])
    }

    fn scored_roots(&self) -> Option<Vec<usize>> {
        let t = &self.t;
        let n = t.nodes.len();
        let mut score: Vec<Option<f32>> = vec![None; n];
        let init = |i: usize| -> f32 {
            let mut base = match t.name(i) {
                "div" | "article" | "section" => 5.0,
                "pre" | "td" | "blockquote" => 3.0,
                "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
                _ => 0.0,
            };
            let (neg, pos) = class_signals(t, i);
            if neg {
                base -= 25.0;
            }
            if pos {
                base += 25.0;
            }
            base
        };
        for i in 1..n {
            if !t.is_element(i) || self.removed[i] || self.text_len[i] < 25 {
                continue;
            }
            let name = t.name(i);
            let para = matches!(name, "p" | "pre" | "td" | "blockquote")
                || (matches!(name, "div" | "section" | "span" | "font" | "center")
                    && t.nodes[i]
                        .children
                        .iter()
                        .all(|&c| !t.is_element(c) || break_level(t.name(c)) < 3)
                    && t.nodes[i].children.iter().any(|&c| {
                        matches!(t.nodes[c].kind, Kind::Text { .. }) && self.text_len[c] >= 25
                    }));
            if !para {
                continue;
            }
            let s = 1.0 + self.commas[i] as f32 + (self.text_len[i] as f32 / 100.0).min(3.0);
            let p = t.nodes[i].parent;
            if p == 0 || p == usize::MAX {
                continue;
            }
            let ps = score[p].get_or_insert_with(|| init(p));
            *ps += s;
            let g = t.nodes[p].parent;
            if g != 0 && g != usize::MAX {
                let gs = score[g].get_or_insert_with(|| init(g));
                *gs += s / 2.0;
            }
        }
        let fin = |i: usize| score[i].map(|s| s * (1.0 - self.link_density(i)));
        let top = (1..n)
            .filter_map(|i| fin(i).map(|s| (i, s)))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
        let (top, top_score) = top;
        let parent = t.nodes[top].parent;
        if parent == 0 || parent == usize::MAX {
            return Some(vec![top]);
        }
        let threshold = (top_score * 0.2).max(10.0);
        let mut roots = Vec::new();
        for &c in &t.nodes[parent].children {
            if c == top {
                roots.push(c);
                continue;
            }
            if !t.is_element(c) || self.removed[c] {
                continue;
            }
            let ld = self.link_density(c);
            let keep = fin(c).is_some_and(|s| s >= threshold)
                || (t.name(c) == "p" && self.text_len[c] >= 80 && ld < 0.25);
            if keep {
                roots.push(c);
            }
        }
        Some(roots)
    }

    /// Dropped inside the content: boilerplate, or a link list (mostly link text).
    fn skip(&self, i: usize) -> bool {
        if self.hard[i] || self.negative[i] {
            return true;
        }
        // The byline is metadata, not article text.
        if self.text_len[i] < 200 && is_byline(&self.t, i) {
            return true;
        }
        let name = self.t.name(i);
        matches!(name, "div" | "section" | "ul" | "ol" | "table" | "dl")
            && self.text_len[i] < 300
            && self.link_len[i] * 2 > self.text_len[i]
    }

    fn render(&self, roots: &[usize]) -> (String, OffsetMap) {
        let mut r = Render::new(self.s, self, true);
        for &root in roots {
            r.walk(root);
            r.brk(3);
        }
        r.finish()
    }

    /// The visible text of one element, whitespace collapsed (for titles and bylines).
    fn plain(&self, id: usize) -> String {
        let mut r = Render::new(self.s, self, false);
        r.walk(id);
        collapse_ws(&r.finish().0)
    }

    fn meta(&self, roots: &[usize]) -> Meta {
        let t = &self.t;
        let mut m = Meta::default();
        let (mut og_title, mut title_tag, mut h1) = (None, None, None);
        let (mut og_site, mut og_url, mut canonical) = (None, None, None);
        let (mut art_date, mut time_date, mut meta_date) = (None, None, None);
        let (mut meta_author, mut rel_author, mut class_byline) = (None, None, None);
        let mut ld = JsonLd::default();
        let article_of_root = roots.first().map(|&r| {
            let mut a = r;
            while a != 0 && t.name(a) != "article" {
                a = t.nodes[a].parent;
            }
            if a == 0 { r } else { a }
        });
        let in_content = |i: usize| {
            article_of_root.is_some_and(|a| t.is_within(i, a))
                || roots.iter().any(|&r| t.is_within(i, r))
        };
        let nonempty = |v: &str| {
            let v = collapse_ws(v);
            (!v.is_empty()).then_some(v)
        };
        for i in 1..t.nodes.len() {
            if !t.is_element(i) {
                continue;
            }
            match t.name(i) {
                "html" if m.lang.is_none() => {
                    m.lang = t
                        .attr(i, "lang")
                        .or(t.attr(i, "xml:lang"))
                        .and_then(lang_prefix);
                }
                "meta" => {
                    let key = t
                        .attr(i, "property")
                        .or(t.attr(i, "name"))
                        .or(t.attr(i, "itemprop"))
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    let Some(content) = t.attr(i, "content").and_then(nonempty) else {
                        continue;
                    };
                    let set = |slot: &mut Option<String>| {
                        if slot.is_none() {
                            *slot = Some(content.clone());
                        }
                    };
                    match key.as_str() {
                        "og:title" => set(&mut og_title),
                        "og:site_name" => set(&mut og_site),
                        "og:url" => set(&mut og_url),
                        "article:published_time"
                        | "og:article:published_time"
                        | "article:published" => {
                            art_date = art_date.or_else(|| parse_date(&content))
                        }
                        "author" | "dc.creator" | "sailthru.author" | "parsely-author"
                            if !content.starts_with("http") =>
                        {
                            set(&mut meta_author)
                        }
                        "date" | "pubdate" | "dc.date" | "dc.date.issued" | "dcterms.date"
                        | "dcterms.created" | "dcterms.issued" | "publish-date"
                        | "publish_date" | "publication_date" | "publishdate" | "datepublished"
                        | "sailthru.date" | "parsely-pub-date" => {
                            meta_date = meta_date.or_else(|| parse_date(&content))
                        }
                        _ => {}
                    }
                    if m.lang.is_none()
                        && t.attr(i, "http-equiv")
                            .is_some_and(|v| v.eq_ignore_ascii_case("content-language"))
                    {
                        m.lang = lang_prefix(&content);
                    }
                }
                "link" => {
                    let rel = t.attr(i, "rel").unwrap_or("").to_ascii_lowercase();
                    if rel.split_whitespace().any(|r| r == "canonical") && canonical.is_none() {
                        canonical = t.attr(i, "href").and_then(nonempty);
                    }
                }
                "title" if title_tag.is_none() => {
                    title_tag = self.raw_text(i).and_then(|v| nonempty(&v));
                }
                "script" => {
                    if t.attr(i, "type")
                        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/ld+json"))
                        && let Some(raw) =
                            t.nodes[i]
                                .children
                                .first()
                                .and_then(|&c| match t.nodes[c].kind {
                                    Kind::Text { start, end, .. } => Some(&self.s[start..end]),
                                    _ => None,
                                })
                        && let Ok(v) = serde_json::from_str::<serde_json::Value>(raw.trim())
                    {
                        ld.walk(&v, 0);
                    }
                }
                "time" if time_date.is_none() && in_content(i) => {
                    time_date = t.attr(i, "datetime").and_then(parse_date);
                }
                "h1" if h1.is_none() && in_content(i) => {
                    h1 = nonempty(&self.plain(i));
                }
                "a" if rel_author.is_none()
                    && t.attr(i, "rel").is_some_and(|r| {
                        r.split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case("author"))
                    }) =>
                {
                    rel_author = nonempty(&self.plain(i));
                }
                _ => {}
            }
            if class_byline.is_none() && is_byline(t, i) {
                let v = self.plain(i);
                if !v.is_empty() && v.chars().count() <= 200 {
                    class_byline = Some(v);
                }
            }
        }
        m.site_name = og_site.or(ld.publisher.clone());
        m.title = og_title
            .or(h1)
            .or_else(|| title_tag.map(|t| trim_site_suffix(&t, m.site_name.as_deref())))
            .or(ld.headline.clone())
            .or_else(|| {
                self.largest(|i| t.name(i) == "h1")
                    .map(|i| self.plain(i))
                    .filter(|s| !s.is_empty())
            });
        m.byline = meta_author
            .or(rel_author)
            .or(class_byline)
            .or(ld.author.clone())
            .map(|b| clean_byline(&b))
            .filter(|b| !b.is_empty());
        m.published = art_date.or(ld.date).or(time_date).or(meta_date);
        m.url = canonical.or(og_url);
        m
    }

    /// The text content of a raw-text element like `<title>`.
    fn raw_text(&self, id: usize) -> Option<String> {
        let mut s = String::new();
        for &c in &self.t.nodes[id].children {
            if let Kind::Text { start, end, .. } = self.t.nodes[c].kind {
                s.push_str(&entities::decode_str(&self.s[start..end], false));
            }
        }
        Some(s)
    }
}

/// `.byline` (and variants) or `[itemprop=author]`.
fn is_byline(t: &Tree, i: usize) -> bool {
    t.attr(i, "class").is_some_and(|c| {
        c.split_whitespace().any(|w| {
            let w = w.to_ascii_lowercase();
            w == "byline"
                || w.ends_with("-byline")
                || w.ends_with("__byline")
                || w.starts_with("byline")
        })
    }) || t
        .attr(i, "itemprop")
        .is_some_and(|v| v.eq_ignore_ascii_case("author"))
}

fn lang_prefix(v: &str) -> Option<Lang> {
    let v = v.trim().to_ascii_lowercase();
    if v.starts_with("fr") {
        Some(Lang::Fr)
    } else if v.starts_with("en") {
        Some(Lang::En)
    } else {
        None
    }
}

fn class_signals(t: &Tree, i: usize) -> (bool, bool) {
    let (mut strong, mut weak, mut pos) = (false, false, false);
    for key in ["class", "id"] {
        let Some(v) = t.attr(i, key) else { continue };
        for word in v.split_whitespace() {
            let w = word.to_ascii_lowercase();
            if STRONG_NEG.iter().any(|n| w.contains(n)) {
                strong = true;
            }
            if WEAK_NEG.iter().any(|n| w.contains(n)) {
                weak = true;
            }
            for part in w.split(['-', '_']) {
                if NEG_PARTS.contains(&part) {
                    weak = true;
                }
                if POS_PARTS.contains(&part) {
                    pos = true;
                }
            }
        }
    }
    if let Some(role) = t.attr(i, "role")
        && matches!(
            role.trim().to_ascii_lowercase().as_str(),
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "menu"
                | "menubar"
                | "search"
                | "dialog"
                | "alertdialog"
                | "toolbar"
                | "tablist"
                | "tooltip"
        )
    {
        strong = true;
    }
    (strong || (weak && !pos), pos)
}

/// Forms are boilerplate (search boxes, comment forms) except when a form wraps the
/// whole page, as ASP.NET WebForms pages do; being "negative" rather than hard-removed,
/// a form holding most of the text is protected like any wrapper.
fn is_negative(t: &Tree, i: usize) -> bool {
    t.name(i) == "form" || class_signals(t, i).0
}

/// "Kidal : l'armée reprend la ville - RFI" → "Kidal : l'armée reprend la ville".
pub(crate) fn trim_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
        if let Some(k) = title.rfind(sep) {
            let (head, tail) = (title[..k].trim(), title[k + sep.len()..].trim());
            let is_site = site.is_some_and(|s| s.trim().eq_ignore_ascii_case(tail));
            if !head.is_empty() && (is_site || tail.split_whitespace().count() <= 4) {
                return head.to_string();
            }
            if site.is_some_and(|s| s.trim().eq_ignore_ascii_case(head)) && !tail.is_empty() {
                return tail.to_string();
            }
        }
    }
    title.to_string()
}

/// "Par Jean Dupont" / "By Jane Doe" → the name.
fn clean_byline(b: &str) -> String {
    let b = collapse_ws(b);
    for prefix in ["by ", "par ", "de "] {
        // `get` rather than indexing: the cut may fall inside a multi-byte char.
        if b.len() > prefix.len()
            && b.get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        {
            return b[prefix.len()..].trim().to_string();
        }
    }
    b
}

/// What JSON-LD blocks say about the article (first value found wins).
#[derive(Default)]
struct JsonLd {
    date: Option<Date>,
    author: Option<String>,
    publisher: Option<String>,
    headline: Option<String>,
}

impl JsonLd {
    fn walk(&mut self, v: &serde_json::Value, depth: usize) {
        use serde_json::Value;
        if depth > 8 {
            return;
        }
        match v {
            Value::Array(a) => a.iter().for_each(|x| self.walk(x, depth + 1)),
            Value::Object(o) => {
                if let Some(g) = o.get("@graph") {
                    self.walk(g, depth + 1);
                }
                if self.date.is_none() {
                    self.date = o
                        .get("datePublished")
                        .and_then(|d| d.as_str())
                        .and_then(parse_date);
                }
                if self.author.is_none() {
                    self.author = o.get("author").and_then(names);
                }
                if self.publisher.is_none() {
                    self.publisher = o.get("publisher").and_then(names);
                }
                if self.headline.is_none() {
                    self.headline = o
                        .get("headline")
                        .and_then(|h| h.as_str())
                        .map(collapse_ws)
                        .filter(|h| !h.is_empty());
                }
            }
            _ => {}
        }
    }
}

/// A JSON-LD person/organization value as a display string.
fn names(v: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    let s = match v {
        Value::String(s) => collapse_ws(s),
        Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(collapse_ws)?,
        Value::Array(a) => a.iter().filter_map(names).collect::<Vec<_>>().join(", "),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// Writes visible text with whitespace collapsed and block breaks, keeping the map.
struct Render<'a> {
    s: &'a str,
    a: &'a Analysis<'a>,
    /// Apply the boilerplate rules (off for titles and the last-resort fallback).
    clean: bool,
    out: Out,
    pending: u8,
    pre: u32,
}

impl<'a> Render<'a> {
    fn new(s: &'a str, a: &'a Analysis<'a>, clean: bool) -> Self {
        Render {
            s,
            a,
            clean,
            out: Out::with_capacity(s.len() / 2),
            pending: 0,
            pre: 0,
        }
    }

    fn brk(&mut self, level: u8) {
        self.pending = self.pending.max(level);
    }

    /// Writes the pending separator before text coming from `src`.
    fn flush(&mut self, src: usize) {
        if self.pending > 0 && !self.out.text.is_empty() {
            let sep = ["", " ", "\n", "\n\n"][self.pending as usize];
            self.out.replace(sep, src, src);
        }
        self.pending = 0;
    }

    fn walk(&mut self, id: usize) {
        let t = &self.a.t;
        match t.nodes[id].kind {
            Kind::Root => {
                for &c in &t.nodes[id].children {
                    self.walk(c);
                }
            }
            Kind::Text { start, end, raw } => {
                // Raw text is script/style content (never text) or CDATA (text as is).
                if !(raw && matches!(t.name(t.nodes[id].parent), "script" | "style")) {
                    self.text(start, end, !raw);
                }
            }
            Kind::Element { ref name, .. } => {
                if self.clean && self.a.skip(id) {
                    return;
                }
                if !self.clean && hard_tag(name) && !matches!(name.as_str(), "title") {
                    return;
                }
                if name == "br" {
                    // "<br><br>" is how many pages write a paragraph break.
                    self.pending = if self.pending >= 2 { 3 } else { 2 };
                    return;
                }
                let level = break_level(name);
                self.brk(level);
                let is_pre = name == "pre" || name == "listing" || name == "plaintext";
                if is_pre {
                    self.pre += 1;
                }
                for &c in &t.nodes[id].children {
                    self.walk(c);
                }
                if is_pre {
                    self.pre -= 1;
                }
                self.brk(level);
            }
        }
    }

    fn text(&mut self, start: usize, end: usize, decode: bool) {
        let s = self.s;
        let b = s.as_bytes();
        let mut i = start;
        while i < end {
            let c = b[i];
            if html_ws(c) {
                self.brk(if self.pre > 0 && c == b'\n' { 2 } else { 1 });
                i += 1;
                continue;
            }
            if c == b'&'
                && decode
                && let Some((ch, n)) = entities::decode_at(s, i, false)
            {
                if ch.is_ascii_whitespace() {
                    self.brk(if self.pre > 0 && ch == '\n' { 2 } else { 1 });
                } else {
                    self.flush(i);
                    self.out.replace_char(ch, i, i + n);
                }
                i += n;
                continue;
            }
            let mut j = i + 1;
            while j < end && !html_ws(b[j]) && !(decode && b[j] == b'&') {
                j += 1;
            }
            self.flush(i);
            self.out.copy(&s[i..j], i);
            i = j;
        }
    }

    fn finish(self) -> (String, OffsetMap) {
        self.out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_suffixes() {
        assert_eq!(
            trim_site_suffix("Kidal : l'armée reprend la ville - RFI", None),
            "Kidal : l'armée reprend la ville"
        );
        assert_eq!(
            trim_site_suffix("Gao | Le Journal du Mali", Some("Le Journal du Mali")),
            "Gao"
        );
        assert_eq!(
            trim_site_suffix(
                "Journal | Un titre assez long pour rester là",
                Some("Journal")
            ),
            "Un titre assez long pour rester là"
        );
        assert_eq!(trim_site_suffix("Mopti - Sévaré", None), "Mopti");
        assert_eq!(trim_site_suffix("Sans séparateur", None), "Sans séparateur");
    }

    #[test]
    fn bylines() {
        assert_eq!(clean_byline("  Par   Awa  Maïga "), "Awa Maïga");
        assert_eq!(clean_byline("By Jane Doe"), "Jane Doe");
        assert_eq!(clean_byline("€€€€x"), "€€€€x");
        assert_eq!(clean_byline("Dé"), "Dé");
    }

    #[test]
    fn class_words() {
        let t = Tree::parse(
            r#"<div class="share-bar"></div><div class="comment-content"></div><div class="menu main-content"></div><div id="ad-slot-2"></div><div class="header-title"></div><div role="navigation"></div><div class="publication-date"></div>"#,
        );
        let signals: Vec<bool> = t.nodes[0]
            .children
            .iter()
            .map(|&i| is_negative(&t, i))
            .collect();
        assert_eq!(signals, [true, true, false, true, false, true, false]);
    }
}
