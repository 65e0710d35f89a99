//! Numbers written in digits or words, in English and French, and vague amounts.
//!
//! Shared by the time stage ("two days earlier", "deux jours plus tôt") and the quantity
//! stage ("fourteen civilians", "une trentaine de blessés"). Words come from
//! `data/lexicon/*/numbers.tsv`; the parser only knows how number words combine:
//! "twenty-four" adds, "quatre-vingts" multiplies, "two hundred thousand" scales.

use crate::words::{Phrases, Vocab, Words};
use sitrep_core::TokenKind;
use sitrep_core::lexicon::{LexiconError, parse_tsv, trim_field};

/// A vague amount ("dozens"): ACLED's conservative best figure and a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Vague {
    pub best: f64,
    pub low: f64,
    pub high: f64,
}

/// An amount read by [`NumberLex::amount`]: where it ends (exclusive word index), its
/// best value and its range (equal to the value when exact).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    pub end: usize,
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub approximate: bool,
}

/// Number words of one language.
#[derive(Debug, Default, Clone)]
pub struct NumberLex {
    cardinal: Phrases<f64>,
    multiplier: Phrases<f64>,
    ordinal: Phrases<f64>,
    approx: Phrases<Vague>,
    fraction: Phrases<f64>,
    /// Bitset by word id: the articles ("a", "une") at which [`NumberLex::amount`] reads
    /// something only before a word of [`NumberLex::after_article`]. Articles are most
    /// of the words asked, and "a" alone is no amount: the test spares reading them.
    lone_articles: Vec<u64>,
    /// Bitset by word id: the words that can follow an article in an amount: a
    /// multiplier's first ("a hundred") or the second word of a cardinal or vague amount
    /// starting with an article ("a couple of", "une dizaine").
    after_article: Vec<u64>,
}

/// Sets bit `id` of a bitset.
fn set_bit(bits: &mut Vec<u64>, id: u32) {
    let k = id as usize / 64;
    if bits.len() <= k {
        bits.resize(k + 1, 0);
    }
    bits[k] |= 1 << (id % 64);
}

/// Bit `id` of a bitset.
#[inline(always)]
fn bit(bits: &[u64], id: u32) -> bool {
    bits.get(id as usize / 64)
        .is_some_and(|b| b & (1 << (id % 64)) != 0)
}

impl NumberLex {
    pub fn parse(file: &str, src: &str, vocab: &mut Vocab) -> Result<NumberLex, LexiconError> {
        let mut lex = NumberLex::default();
        for row in parse_tsv(file, src, 3, 5)? {
            let kind = trim_field(row.fields[0]);
            let phrase = trim_field(row.fields[1]);
            let num = |i: usize| -> Result<f64, LexiconError> {
                row.get(i)
                    .ok_or_else(|| {
                        LexiconError::new(file, row.line, format!("missing column {}", i + 1))
                    })?
                    .parse::<f64>()
                    .map_err(|_| {
                        LexiconError::new(
                            file,
                            row.line,
                            format!("column {} is not a number", i + 1),
                        )
                    })
            };
            match kind {
                "cardinal" => lex.cardinal.insert(vocab, phrase, num(2)?),
                "multiplier" => lex.multiplier.insert(vocab, phrase, num(2)?),
                "ordinal" => lex.ordinal.insert(vocab, phrase, num(2)?),
                "fraction" => lex.fraction.insert(vocab, phrase, num(2)?),
                "approx" => lex.approx.insert(
                    vocab,
                    phrase,
                    Vague {
                        best: num(2)?,
                        low: num(3)?,
                        high: num(4)?,
                    },
                ),
                other => {
                    return Err(LexiconError::new(
                        file,
                        row.line,
                        format!(
                            "unknown kind {other:?} (cardinal, multiplier, ordinal, approx, fraction)"
                        ),
                    ));
                }
            }
        }
        lex.index_articles(vocab);
        Ok(lex)
    }

    /// Fills [`NumberLex::lone_articles`] and [`NumberLex::after_article`] from the
    /// entries. An article qualifies only if it is a one-word cardinal (so that
    /// [`NumberLex::number_words`] always reads it as one, then wants a multiplier or
    /// the rest of a longer cardinal), and neither a multiplier nor a vague amount on
    /// its own.
    fn index_articles(&mut self, vocab: &Vocab) {
        for a in ["a", "an", "un", "une"] {
            let id = vocab.id(a);
            if id == 0
                || !self.cardinal.single_ids().any(|x| x == id)
                || self.multiplier.starts_with_id(id)
                || self.approx.single_ids().any(|x| x == id)
            {
                continue;
            }
            set_bit(&mut self.lone_articles, id);
            for s in self
                .cardinal
                .second_ids(id)
                .chain(self.approx.second_ids(id))
            {
                set_bit(&mut self.after_article, s);
            }
        }
        for &m in self.multiplier.first_ids() {
            set_bit(&mut self.after_article, m);
        }
    }

    /// Ids of the first words of every entry (for stages that pre-filter trigger words).
    pub fn first_ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.cardinal
            .first_ids()
            .iter()
            .chain(self.multiplier.first_ids())
            .chain(self.ordinal.first_ids())
            .chain(self.approx.first_ids())
            .chain(self.fraction.first_ids())
            .copied()
    }

    /// Ids of the words that can start a number as [`NumberLex::number`],
    /// [`NumberLex::amount`] and the time grammar read one: the first words of
    /// cardinals, ordinals, approximations and fractions. Not a multiplier's: `number`
    /// takes one only after a number word or at an article, and the articles are
    /// cardinals ("a hundred", "un million"). The time stage's pre-filter tries its
    /// patterns at these words; "million" alone starts nothing ("$2 million" is read
    /// from "2").
    pub fn start_ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.cardinal
            .first_ids()
            .iter()
            .chain(self.ordinal.first_ids())
            .chain(self.approx.first_ids())
            .chain(self.fraction.first_ids())
            .copied()
    }

    /// Ids of the words at which [`NumberLex::amount`] may read something besides the
    /// articles it tests by name ("a", "un"): the first words of cardinals and of vague
    /// amounts.
    pub fn amount_start_ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.cardinal
            .first_ids()
            .iter()
            .chain(self.approx.first_ids())
            .copied()
    }

    /// Ids of every word of every entry.
    pub fn word_ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.cardinal
            .word_ids()
            .chain(self.multiplier.word_ids())
            .chain(self.ordinal.word_ids())
            .chain(self.approx.word_ids())
            .chain(self.fraction.word_ids())
    }

    /// The words that start an ordinal ("first", "premier"), or a cardinal from ten to
    /// twenty ("nineteen" of "nineteen ninety-four"): where a date's day, quarter,
    /// century or spoken year can start.
    pub fn date_number_firsts(&self) -> impl Iterator<Item = u32> + '_ {
        self.ordinal
            .first_ids()
            .iter()
            .copied()
            .chain(self.cardinal.first_ids_where(|v| (10.0..=20.0).contains(v)))
    }

    /// One cardinal word alone ("nineteen"), without combining it with what follows.
    pub fn cardinal_word(&self, w: &Words, i: usize) -> Option<(usize, f64)> {
        self.cardinal.longest(w, i).map(|(e, v)| (e, *v))
    }

    pub fn ordinal(&self, w: &Words, i: usize) -> Option<(usize, f64)> {
        self.ordinal.longest(w, i).map(|(e, v)| (e, *v))
    }

    pub fn vague(&self, w: &Words, i: usize) -> Option<(usize, Vague)> {
        self.approx.longest(w, i).map(|(e, v)| (e, *v))
    }

    pub fn fraction(&self, w: &Words, i: usize) -> Option<(usize, f64)> {
        self.fraction.longest(w, i).map(|(e, v)| (e, *v))
    }

    /// A multiplier word alone ("hundred", "mille").
    pub fn multiplier(&self, w: &Words, i: usize) -> Option<(usize, f64)> {
        self.multiplier.longest(w, i).map(|(e, v)| (e, *v))
    }

    /// An amount at word `i`: an exact number ([`NumberLex::number`], articles alone not
    /// counted) or a vague one ("dozens of", "une vingtaine de"), scaled by a multiplier
    /// that follows it ("several hundred" → best 300, 300..900).
    pub fn amount(&self, w: &Words, i: usize) -> Option<Amount> {
        if let Some(x) = w.words().get(i)
            && bit(&self.lone_articles, x.id)
            && x.kind == TokenKind::Word
            && !w
                .words()
                .get(i + 1)
                .is_some_and(|n| bit(&self.after_article, n.id))
        {
            debug_assert_eq!(self.amount_slow(w, i), None);
            return None;
        }
        self.amount_slow(w, i)
    }

    /// [`NumberLex::amount`] without the article test.
    fn amount_slow(&self, w: &Words, i: usize) -> Option<Amount> {
        if let Some((end, value)) = self.number(w, i, false) {
            return Some(Amount {
                end,
                value,
                low: value,
                high: value,
                approximate: false,
            });
        }
        let (mut end, v) = self.vague(w, i)?;
        let mut scale = 1.0;
        if let Some((e, m)) = self.multiplier(w, end) {
            end = e;
            scale = m;
        }
        Some(Amount {
            end,
            value: v.best * scale,
            low: v.low * scale,
            high: v.high * scale,
            approximate: true,
        })
    }

    /// A number at word `i`: digits ("6,500"), words ("twenty-four", "quatre-vingt-dix",
    /// "two hundred"), or digits scaled by a word ("2 million"). Articles ("a", "un") count
    /// as one only when `articles` is set (durations: "a year", "un mois").
    ///
    /// Asked at most words of a text, which start none: a word starts a number only as
    /// a cardinal's first word, or as an article before a multiplier ("a hundred"). That
    /// test is inlined at the caller, the reading kept out of line.
    #[inline(always)]
    pub fn number(&self, w: &Words, i: usize, articles: bool) -> Option<(usize, f64)> {
        let word = w.get(i)?;
        match word.kind {
            TokenKind::Number => {
                let v = word.num?;
                // "2 million", "1,5 million"
                if let Some((e, m)) = self.multiplier.longest(w, i + 1) {
                    return Some((e, v * m));
                }
                Some((i + 1, v))
            }
            TokenKind::Word
                if self.cardinal.starts_with_id(word.id)
                    || w.is_any(i, &["a", "an", "un", "une"]) =>
            {
                self.number_words(w, i, articles)
            }
            _ => None,
        }
    }

    /// [`NumberLex::number`] at a word that may start one.
    #[inline(never)]
    fn number_words(&self, w: &Words, i: usize, articles: bool) -> Option<(usize, f64)> {
        let mut total = 0.0f64;
        let mut current = 0.0f64;
        let mut j = i;
        let mut any = false;
        let mut last_small: Option<f64> = None;
        let mut after_and = false;
        let mut started_with_article = false;
        loop {
            let n = w.norm(j);
            if any && matches!(n, "and" | "et") {
                // "one hundred and twenty", "vingt et un", "soixante et onze": only
                // between number words, and only a smaller one after a multiplier or a
                // tens ("twenty and thirty", « entre vingt et trente » are two numbers).
                if let Some((_, &next)) = self.cardinal.longest(w, j + 1)
                    && last_small
                        .is_none_or(|l| l >= 20.0 && (l as u32).is_multiple_of(10) && next < 20.0)
                {
                    j += 1;
                    after_and = true;
                    continue;
                }
                break;
            }
            if let Some((e, v)) = self.cardinal.longest(w, j) {
                let v = *v;
                let is_article = matches!(n, "a" | "an" | "un" | "une");
                if is_article && any && !after_and {
                    break;
                }
                // After an article only a multiplier may follow ("a hundred"), not
                // another number ("a two-year mandate").
                if any && started_with_article {
                    break;
                }
                if is_article && !after_and && !any {
                    started_with_article = true;
                }
                if is_article && !articles && !after_and {
                    // "a hundred" is a number; "a" alone is not.
                    self.multiplier.longest(w, e)?;
                }
                if v == 0.0 {
                    // "no", "zero", "aucun": none of them combines ("no one" is not 1).
                    if any {
                        break;
                    }
                    return Some((e, 0.0));
                }
                after_and = false;
                // "quatre-vingts": a small number before twenty multiplies it.
                if (v - 20.0).abs() < f64::EPSILON && last_small == Some(4.0) {
                    current = current - 4.0 + 80.0;
                } else {
                    current += v;
                }
                last_small = Some(v);
                any = true;
                j = e;
                continue;
            }
            if (any || matches!(n, "a" | "an" | "un" | "une"))
                && let Some((e, m)) = self.multiplier.longest(w, j)
            {
                let m = *m;
                if m >= 1000.0 {
                    total += current.max(1.0) * m;
                    current = 0.0;
                } else {
                    current = current.max(1.0) * m;
                }
                any = true;
                last_small = None;
                j = e;
                continue;
            }
            break;
        }
        if !any {
            return None;
        }
        Some((j, total + current))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;
    use sitrep_core::{Document, Lang};

    /// The words of `text`, segmented.
    fn words(text: &str, lang: Lang) -> Words {
        let ex = Extractor::segment_only();
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        let doc = ex.extract(d);
        Words::new(&doc, ex.resources().vocab(lang))
    }

    fn num(text: &str, lang: Lang) -> Option<f64> {
        let ex = Extractor::segment_only();
        let mut d = Document::from_text("t", text);
        d.meta.lang = lang;
        let doc = ex.extract(d);
        let w = Words::new(&doc, ex.resources().vocab(lang));
        let lex = ex.resources().numbers(lang);
        lex.number(&w, 0, false).map(|(e, v)| {
            assert_eq!(e, w.len(), "{text}: consumed everything");
            v
        })
    }

    #[test]
    fn english_number_words() {
        assert_eq!(num("fourteen", Lang::En), Some(14.0));
        assert_eq!(num("twenty-four", Lang::En), Some(24.0));
        assert_eq!(num("twenty four", Lang::En), Some(24.0));
        assert_eq!(num("one hundred and twenty", Lang::En), Some(120.0));
        assert_eq!(num("two hundred thousand", Lang::En), Some(200_000.0));
        assert_eq!(num("a hundred", Lang::En), Some(100.0));
        assert_eq!(num("6,500", Lang::En), Some(6500.0));
        assert_eq!(num("2 million", Lang::En), Some(2_000_000.0));
        assert_eq!(num("a", Lang::En), None);
        assert_eq!(num("no", Lang::En), Some(0.0));
        assert_eq!(num("zero", Lang::En), Some(0.0));
    }

    #[test]
    fn and_joins_a_smaller_number_only() {
        let ex = Extractor::segment_only();
        let first = |text: &str, lang: Lang| {
            ex.resources()
                .numbers(lang)
                .number(&words(text, lang), 0, false)
        };
        assert_eq!(first("twenty and thirty", Lang::En), Some((1, 20.0)));
        assert_eq!(first("two and three", Lang::En), Some((1, 2.0)));
        assert_eq!(first("vingt et trente", Lang::Fr), Some((1, 20.0)));
        assert_eq!(num("vingt et un", Lang::Fr), Some(21.0));
        assert_eq!(num("soixante et onze", Lang::Fr), Some(71.0));
        assert_eq!(num("three hundred and five", Lang::En), Some(305.0));
    }

    #[test]
    fn zero_does_not_combine_and_amounts_scale() {
        let ex = Extractor::segment_only();
        let lex = ex.resources().numbers(Lang::En);
        // "no one" is not 1.
        assert_eq!(
            lex.number(&words("no one", Lang::En), 0, false),
            Some((1, 0.0))
        );
        let a = lex.amount(&words("several hundred", Lang::En), 0).unwrap();
        assert_eq!((a.end, a.value, a.low, a.high), (2, 300.0, 300.0, 900.0));
        assert!(a.approximate);
        let a = lex.amount(&words("fourteen", Lang::En), 0).unwrap();
        assert_eq!(
            (a.value, a.low, a.high, a.approximate),
            (14.0, 14.0, 14.0, false)
        );
        let fr = ex.resources().numbers(Lang::Fr);
        let a = fr
            .amount(&words("des dizaines de milliers", Lang::Fr), 0)
            .unwrap();
        assert_eq!(
            (a.end, a.value, a.low, a.high),
            (4, 12_000.0, 24_000.0, 99_000.0)
        );
    }

    #[test]
    fn french_number_words() {
        assert_eq!(num("quatorze", Lang::Fr), Some(14.0));
        assert_eq!(num("vingt et un", Lang::Fr), Some(21.0));
        assert_eq!(num("quatre-vingts", Lang::Fr), Some(80.0));
        assert_eq!(num("quatre-vingt-dix", Lang::Fr), Some(90.0));
        assert_eq!(num("soixante-dix-huit", Lang::Fr), Some(78.0));
        assert_eq!(num("dix-huit", Lang::Fr), Some(18.0));
        assert_eq!(num("deux cents", Lang::Fr), Some(200.0));
        assert_eq!(num("trois mille", Lang::Fr), Some(3000.0));
        assert_eq!(num("6 500", Lang::Fr), Some(6500.0));
        assert_eq!(num("12.944", Lang::Fr), Some(12944.0));
    }
}
