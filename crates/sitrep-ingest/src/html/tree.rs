//! A light element tree built from the tokens, with the implied-close rules that matter
//! for real pages (`<p>` closed by a block, `<li>` by the next `<li>`, table cells,
//! stray end tags ignored). Nodes live in one arena in document order, so a parent's
//! index is always smaller than its children's: bottom-up passes are a reverse loop and
//! need no recursion.

use super::tokenize::{Attr, Token, Tokenizer};

/// Deeper nesting is flattened: it only occurs in broken or hostile files, and it keeps
/// the recursive walks bounded.
const MAX_DEPTH: usize = 200;

#[derive(Debug)]
pub(crate) enum Kind {
    Root,
    Element {
        name: String,
        attrs: Vec<Attr>,
    },
    /// `raw`: content of script/style/CDATA (no entity decoding).
    Text {
        start: usize,
        end: usize,
        raw: bool,
    },
}

#[derive(Debug)]
pub(crate) struct Node {
    pub kind: Kind,
    pub parent: usize,
    pub children: Vec<usize>,
}

pub(crate) struct Tree {
    pub nodes: Vec<Node>,
}

pub(crate) fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "basefont"
            | "bgsound"
            | "frame"
    )
}

/// Start tags that close an open `<p>`.
fn closes_p(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "ul"
            | "li"
            | "dd"
            | "dt"
            | "listing"
            | "plaintext"
    )
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

impl Tree {
    pub fn parse(s: &str) -> Tree {
        let mut b = Builder {
            nodes: vec![Node {
                kind: Kind::Root,
                parent: usize::MAX,
                children: Vec::new(),
            }],
            stack: vec![0],
            open: [0; TRACKED.len()],
        };
        for tok in Tokenizer::new(s) {
            match tok {
                Token::Text { start, end } => {
                    b.add(Kind::Text {
                        start,
                        end,
                        raw: false,
                    });
                }
                Token::Raw { start, end } => {
                    b.add(Kind::Text {
                        start,
                        end,
                        raw: true,
                    });
                }
                Token::Start {
                    name,
                    attrs,
                    self_closing,
                    ..
                } => b.start(name, attrs, self_closing),
                Token::End { name } => b.end(&name),
            }
        }
        Tree { nodes: b.nodes }
    }

    pub fn name(&self, id: usize) -> &str {
        match &self.nodes[id].kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }

    pub fn attr(&self, id: usize, key: &str) -> Option<&str> {
        match &self.nodes[id].kind {
            Kind::Element { attrs, .. } => attrs
                .iter()
                .find(|a| a.name == key)
                .map(|a| a.value.as_str()),
            _ => None,
        }
    }

    pub fn is_element(&self, id: usize) -> bool {
        matches!(self.nodes[id].kind, Kind::Element { .. })
    }

    /// Whether `anc` is `id` or one of its ancestors.
    pub fn is_within(&self, mut id: usize, anc: usize) -> bool {
        loop {
            if id == anc {
                return true;
            }
            if id == 0 || id == usize::MAX {
                return false;
            }
            id = self.nodes[id].parent;
        }
    }
}

/// Names that implied closes look for. Counting how many are open lets `close` skip
/// the stack scan in the common case (no open `<p>` when a `<div>` starts), which keeps
/// deeply nested pages linear.
const TRACKED: [&str; 12] = [
    "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "a",
];

fn tracked(name: &str) -> Option<usize> {
    TRACKED.iter().position(|t| *t == name)
}

struct Builder {
    open: [u32; TRACKED.len()],
    nodes: Vec<Node>,
    stack: Vec<usize>,
}

impl Builder {
    fn top(&self) -> usize {
        *self.stack.last().unwrap_or(&0)
    }

    fn name(&self, id: usize) -> &str {
        match &self.nodes[id].kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }

    fn add(&mut self, kind: Kind) -> usize {
        let id = self.nodes.len();
        let parent = self.top();
        self.nodes.push(Node {
            kind,
            parent,
            children: Vec::new(),
        });
        self.nodes[parent].children.push(id);
        id
    }

    /// Pops up to and including the nearest open element named in `targets`, unless an
    /// element named in `barriers` comes first. Returns whether something was closed.
    fn pop_to(&mut self, len: usize) {
        while self.stack.len() > len.max(1) {
            let id = self.stack.pop().unwrap_or(0);
            if let Some(k) = tracked(self.name(id)) {
                self.open[k] -= 1;
            }
        }
    }

    fn close(&mut self, targets: &[&str], barriers: &[&str]) -> bool {
        let any_open = targets
            .iter()
            .any(|t| tracked(t).is_none_or(|k| self.open[k] > 0));
        if !any_open {
            return false;
        }
        for k in (1..self.stack.len()).rev() {
            let n = self.name(self.stack[k]);
            if targets.contains(&n) {
                self.pop_to(k);
                return true;
            }
            if barriers.contains(&n) {
                return false;
            }
        }
        false
    }

    fn start(&mut self, name: String, attrs: Vec<Attr>, self_closing: bool) {
        const SCOPE: &[&str] = &[
            "table", "td", "th", "caption", "html", "template", "object", "button", "marquee",
            "applet",
        ];
        if closes_p(&name) {
            self.close(&["p"], SCOPE);
        }
        match name.as_str() {
            "li" => {
                self.close(
                    &["li"],
                    &[
                        "ul", "ol", "menu", "table", "td", "th", "body", "html", "template",
                    ],
                );
            }
            "dt" | "dd" => {
                self.close(&["dt", "dd"], &["dl", "table", "td", "th", "body", "html"]);
            }
            "tr" => {
                self.close(&["tr"], &["table", "tbody", "thead", "tfoot"]);
            }
            "td" | "th" => {
                self.close(&["td", "th"], &["tr", "table"]);
            }
            "tbody" | "thead" | "tfoot" => {
                self.close(&["tbody", "thead", "tfoot"], &["table"]);
            }
            "option" | "optgroup" => {
                self.close(&["option"], &["select", "datalist", "body", "html"]);
            }
            "a" => {
                self.close(&["a"], SCOPE);
            }
            n if is_heading(n) => {
                let t = self.top();
                if is_heading(self.name(t)) {
                    let len = self.stack.len();
                    self.pop_to(len - 1);
                }
            }
            "html" | "head" | "body"
                // A repeated <html>/<body> (concatenated pages) adds nothing.
                if self.stack.iter().any(|&i| self.name(i) == name) => {
                    return;
                }
            _ => {}
        }
        let void = is_void(&name);
        let id = self.add(Kind::Element { name, attrs });
        if !void && !self_closing && self.stack.len() < MAX_DEPTH {
            if let Some(k) = tracked(self.name(id)) {
                self.open[k] += 1;
            }
            self.stack.push(id);
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "br" => {
                self.add(Kind::Element {
                    name: "br".into(),
                    attrs: Vec::new(),
                });
            }
            "table" => {
                self.close(&["table"], &["html", "template"]);
            }
            "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "caption" => {
                self.close(&[name], &["table", "html", "template"]);
            }
            _ => {
                const SCOPE: &[&str] = &["table", "td", "th", "caption", "html", "template"];
                self.close(&[name], SCOPE);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dump(t: &Tree, id: usize, s: &str, out: &mut String) {
        match &t.nodes[id].kind {
            Kind::Root => {}
            Kind::Element { name, .. } => out.push_str(&format!("({name}")),
            Kind::Text { start, end, .. } => out.push_str(&s[*start..*end]),
        }
        for &c in &t.nodes[id].children {
            dump(t, c, s, out);
        }
        if t.is_element(id) {
            out.push(')');
        }
    }

    fn shape(s: &str) -> String {
        let t = Tree::parse(s);
        let mut out = String::new();
        dump(&t, 0, s, &mut out);
        out
    }

    #[test]
    fn implied_closes() {
        assert_eq!(shape("<p>a<p>b<div>c</div>"), "(pa)(pb)(divc)");
        assert_eq!(shape("<ul><li>a<li>b</ul>x"), "(ul(lia)(lib))x");
        assert_eq!(shape("<p>a</p></p>b"), "(pa)b");
        assert_eq!(
            shape("<table><tr><td>a<td>b<tr><td>c</table>d"),
            "(table(tr(tda)(tdb))(tr(tdc)))d"
        );
        assert_eq!(shape("<div><span>a</div>b"), "(div(spana))b");
        assert_eq!(shape("<td>a</div>b"), "(tdab)");
        assert_eq!(shape("a<br>b</br>c"), "a(br)b(br)c");
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let s = "<div>".repeat(100_000) + "x";
        let t = Tree::parse(&s);
        assert_eq!(t.nodes.len(), 100_002);
        assert!(t.nodes.iter().filter(|n| !n.children.is_empty()).count() < 300);
    }
}
