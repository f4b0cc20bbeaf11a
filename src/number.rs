//! Numbers as news writes them: digits with Western or South Asian grouping, decimals,
//! number words (`twenty-five`, `two and a half`, `a`), and scale words (`million`, `bn`,
//! `lakh`, `crore`, `arab`) that multiply. Shared by amounts and quantities.

use crate::text::{Gap, Text, TokenClass, Word, WordFilter, WordSet};
use crate::{word, words};
use once_cell::sync::Lazy;

/// Every word that can end a number (`five`, `hundred`, `million`, `bn`, `lakh`,
/// `quarters`, `half`): a cheap test before reading one backwards. The number and scale
/// words of [`UNIT_WORDS`] and [`SCALES`], and the few read around them.
static NUMBER_WORDS: Lazy<WordSet> = Lazy::new(|| WordSet::of_words(number_words()));

fn number_words() -> impl Iterator<Item = Word> {
    let words = UNIT_WORDS.iter().map(|&(w, _)| w);
    let scales = SCALES.iter().map(|&(w, _, _)| w);
    let others = words!["hundred", "half", "quarter", "quarters"];
    words.chain(scales).chain(others.iter().copied())
}

/// [`NUMBER_WORDS`] and `a`/`an`: the words a number can start with.
static NUMBER_STARTS: Lazy<WordSet> =
    Lazy::new(|| WordSet::of_words(number_words().chain(ARTICLES.iter().copied())));

/// `a` and `an`: one, before a scale word or a currency name (`a billion`, `a dollar`).
pub(crate) const ARTICLES: &[Word] = words!["a", "an"];

/// Words that make what follows a rate or a unit price: `per tonne`, `a year`, `an
/// ounce`, `/lb`. Read after amounts (prices) and quantities (periods).
pub(crate) const RATE_WORDS: &[Word] = words!["per", "a", "an", "/"];

/// The number that ends right before token `end` and starts at the earliest token of
/// `lo..end` where one can: a digit group, a number word or `a`/`an` (`a billion`).
pub fn number_ending_at(text: &Text, lo: usize, end: usize) -> Option<Parsed> {
    if end > text.tokens.len() {
        return None;
    }
    // Every token of a number is a digit group, a number or scale word, `and`, `a`, `of`
    // or a hyphen: the number starts no earlier than the run of such tokens before `end`.
    let mut from = end;
    while from > lo && is_number_part(text, from - 1) {
        from -= 1;
    }
    (from..end)
        .filter(|&k| may_start_number(text, k))
        .find_map(|k| read_number(text, k).filter(|p| p.last == end))
}

/// Can token `k` be part of a number ([`read_number`] reads no other)? One it can start
/// with, or a word it joins others with.
fn is_number_part(text: &Text, k: usize) -> bool {
    may_start_number(text, k) || text.is_any(k, words!["and", "of", "-"])
}

/// Can a number start at token `k` (a digit group, a number word, `a`/`an`)?
#[inline]
pub(crate) fn may_start_number(text: &Text, k: usize) -> bool {
    text.tokens
        .get(k)
        .is_some_and(|t| t.class == TokenClass::Number)
        || text
            .hashes
            .get(k)
            .is_some_and(|&h| NUMBER_STARTS.has_hash(h))
}

/// Can a number end at token `i` (a digit group, a number word or a scale word)?
pub fn may_end_number(text: &Text, i: usize) -> bool {
    text.tokens
        .get(i)
        .is_some_and(|t| t.class == TokenClass::Number || NUMBER_WORDS.has(text, i))
}

/// Parses a number token's text: `1,00,000`, `12,34,567.89`, `7.3`, `1.000.000`,
/// `1,5` (a decimal comma only when `decimal_comma_ok`, i.e. a scale word follows).
pub fn parse_digits(s: &str, decimal_comma_ok: bool) -> Option<f64> {
    parse_digits_asking(s, || decimal_comma_ok)
}

/// [`parse_digits`], asking whether a decimal comma is allowed only when the text has
/// one: plain digits (most numbers) never ask.
fn parse_digits_asking(s: &str, decimal_comma_ok: impl FnOnce() -> bool) -> Option<f64> {
    let b = s.as_bytes();
    // Most numbers are plain digits with at most one point.
    if let Some(v) = decimal_fast(b).or_else(|| grouped_fast(b)) {
        return Some(v);
    }
    let commas = b.iter().filter(|&&c| c == b',').count();
    let dots = b.iter().filter(|&&c| c == b'.').count();
    // The number without group separators, with `.` as the decimal point.
    let keep_dot: Option<u8> = match (commas, dots) {
        (0, 0) | (0, 1) => Some(b'.'),
        // `1.000.000`: dots group thousands when every group after the first has 3 digits.
        (0, _) if s.split('.').skip(1).all(|g| g.len() == 3) => None,
        (0, _) => return None,
        // `1,5 mln`; `R16,40` (two digits after a lone comma group no thousands).
        (1, 0)
            if s.split(',').nth(1).is_some_and(|g| g.len() == 2)
                || decimal_comma_ok() && s.split(',').nth(1).is_some_and(|g| g.len() <= 2) =>
        {
            Some(b',')
        }
        (_, 0) | (_, 1) => {
            let int_part = s.split('.').next().unwrap_or("");
            if !valid_grouping(int_part) {
                return None;
            }
            Some(b'.')
        }
        _ => return None,
    };
    let mut buf = [0u8; 64];
    let mut n = 0;
    for &c in b {
        let out = match c {
            b'0'..=b'9' => c,
            _ if Some(c) == keep_dot => b'.',
            _ => continue,
        };
        *buf.get_mut(n)? = out;
        n += 1;
    }
    decimal_fast(&buf[..n]).or_else(|| {
        std::str::from_utf8(&buf[..n])
            .ok()?
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
    })
}

/// Exact powers of ten as `f64` (every one up to 1e22 is representable).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Digits with at most one `.`, at most 15 digits in all: the integer of the digits divided
/// by a power of ten. Both are exact in `f64`, so the one rounding of the division gives
/// the correctly rounded value, the same as `str::parse` (Clinger's fast path), without
/// its general machinery. `None` for anything else, which the caller parses in full.
fn decimal_fast(b: &[u8]) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut point: Option<usize> = None;
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(c - b'0');
                digits += 1;
            }
            b'.' if point.is_none() => point = Some(k),
            _ => return None,
        }
        if digits > 15 {
            return None;
        }
    }
    if digits == 0 {
        return None;
    }
    let decimals = point.map_or(0, |p| b.len() - p - 1);
    Some(mantissa as f64 / POW10[decimals])
}

/// [`decimal_fast`] for digits grouped by commas (`10,000`, `1,00,000`, `2,345.6`), read in
/// one pass: the same value the general path gives, or `None` to leave it the general path
/// (bad grouping, more than 15 digits, anything but digits, commas and one point).
fn grouped_fast(b: &[u8]) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut decimals = 0;
    let mut point = false;
    let mut groups = Groups::NEW;
    for &c in b {
        match c {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(c - b'0');
                digits += 1;
                if point {
                    decimals += 1;
                } else {
                    groups.digit();
                }
            }
            b',' if !point => groups.comma(),
            b'.' if !point => point = true,
            _ => return None,
        }
        if digits > 15 {
            return None;
        }
    }
    groups.valid().then(|| mantissa as f64 / POW10[decimals])
}

/// Western (`1,000,000`) or South Asian (`1,00,00,000`) digit grouping.
fn valid_grouping(int_part: &str) -> bool {
    let mut groups = Groups::NEW;
    for &c in int_part.as_bytes() {
        if c != b',' {
            groups.digit();
        } else if groups.commas == Groups::MAX_COMMAS {
            return false;
        } else {
            groups.comma();
        }
    }
    groups.valid()
}

/// The comma groups of a number's integer part, read a byte at a time: where the rule of
/// Western (`1,000,000`) and South Asian (`1,00,00,000`) grouping lives.
#[derive(Clone, Copy)]
struct Groups {
    /// Digits in the group being read (the last group, at the end).
    group: usize,
    /// Digits before the first comma.
    lead: usize,
    /// Every group between two commas has three digits (Western), or two (South Asian).
    threes: bool,
    twos: bool,
    commas: usize,
}

impl Groups {
    const NEW: Groups = Groups {
        group: 0,
        lead: 0,
        threes: true,
        twos: true,
        commas: 0,
    };

    /// More groups than any number has.
    const MAX_COMMAS: usize = 16;

    fn digit(&mut self) {
        self.group += 1;
    }

    fn comma(&mut self) {
        if self.commas == 0 {
            self.lead = self.group;
        } else {
            self.threes &= self.group == 3;
            self.twos &= self.group == 2;
        }
        self.commas += 1;
        self.group = 0;
    }

    /// A lead of one to three digits, groups of three after it (or of two after a lead of
    /// one or two), and a last group of three.
    fn valid(&self) -> bool {
        self.commas > 0
            && self.group == 3
            && (1..=3).contains(&self.lead)
            && (self.threes || (self.lead <= 2 && self.twos))
    }
}

/// The multiplier of a scale word, if `word` is one. `strict` rejects the one-letter
/// abbreviations (`m`, `b`, `k`) and `MM`, which only count glued to a number or a currency.
pub fn scale(word: &str, strict: bool) -> Option<f64> {
    scale_of(crate::text::word_hash(word)?, word, strict)
}

/// Scale words by token hash: the word, its multiplier, and whether it only counts glued
/// to a number or a currency (`m`, `b`, `k`, `MM`, `T`; see [`scale`]).
const SCALES: &[(Word, f64, bool)] = &[
    (Word::of("thousand"), 1e3, false),
    (Word::of("thousands"), 1e3, false),
    (Word::of("thou"), 1e3, false),
    (Word::of("million"), 1e6, false),
    (Word::of("millions"), 1e6, false),
    (Word::of("mn"), 1e6, false),
    (Word::of("mln"), 1e6, false),
    (Word::of("mil"), 1e6, false),
    (Word::of("billion"), 1e9, false),
    (Word::of("billions"), 1e9, false),
    (Word::of("bn"), 1e9, false),
    (Word::of("bln"), 1e9, false),
    (Word::of("bil"), 1e9, false),
    (Word::of("trillion"), 1e12, false),
    (Word::of("trillions"), 1e12, false),
    (Word::of("tn"), 1e12, false),
    (Word::of("trn"), 1e12, false),
    (Word::of("tril"), 1e12, false),
    (Word::of("lakh"), 1e5, false),
    (Word::of("lakhs"), 1e5, false),
    (Word::of("lac"), 1e5, false),
    (Word::of("lacs"), 1e5, false),
    (Word::of("crore"), 1e7, false),
    (Word::of("crores"), 1e7, false),
    (Word::of("cr"), 1e7, false),
    (Word::of("arab"), 1e9, false),
    (Word::of("arabs"), 1e9, false),
    (Word::of("kharab"), 1e11, false),
    (Word::of("k"), 1e3, true),
    (Word::of("m"), 1e6, true),
    (Word::of("mm"), 1e6, true),
    (Word::of("b"), 1e9, true),
    (Word::of("t"), 1e12, true),
];

/// [`scale`] of token `k`, by its hash: no string is touched unless the word is a scale.
#[inline]
pub fn scale_at(text: &Text, k: usize, strict: bool) -> Option<f64> {
    let h = *text.hashes.get(k)?;
    // The filter before the token's text is sliced: most words are no scale.
    if !may_be_scale(h) {
        return romance_scale(h);
    }
    scale_of(h, text.str(k), strict)
}

/// Scale words of Spanish and Portuguese figures that English copy quotes (`COP 18.500
/// millones`, `R$ 1,2 bilhão`), with their multipliers: millions, then (Brazilian)
/// billions. The numbers before them group thousands with dots and write decimals with a
/// comma ([`parse_continental`]). One set of all of them, probed once per word that is no
/// English scale word (after a number: most words); the multiplier is looked up only for
/// the few that are in it.
static ROMANCE_SCALES: Lazy<(WordSet, Vec<(u64, f64)>)> = Lazy::new(|| {
    const WORDS: &[(&str, f64)] = &[
        ("millones", 1e6),
        ("millón", 1e6),
        ("millon", 1e6),
        ("milhões", 1e6),
        ("milhoes", 1e6),
        ("milhão", 1e6),
        ("milhao", 1e6),
        ("bilhões", 1e9),
        ("bilhoes", 1e9),
        ("bilhão", 1e9),
        ("bilhao", 1e9),
    ];
    let values: Vec<(u64, f64)> = WORDS
        .iter()
        .filter_map(|&(w, v)| Some((crate::text::single_token_hash(w)?, v)))
        .collect();
    let set = WordSet::of_words(values.iter().map(|&(h, _)| Word(h)));
    (set, values)
});

/// The multiplier of a Spanish or Portuguese scale word of hash `h` ([`ROMANCE_SCALES`]).
fn romance_scale(h: u64) -> Option<f64> {
    let (set, values) = &*ROMANCE_SCALES;
    if !set.has_hash(h) {
        return None;
    }
    values.iter().find(|&&(x, _)| x == h).map(|&(_, v)| v)
}

/// Digits written the continental way (`18.500`, `1,2`, `2.345,5`): dots between groups
/// of three, a comma before the decimals. `None` for any other writing.
fn parse_continental(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once(',').unwrap_or((s, ""));
    let mut groups = int.split('.');
    let head = groups.next()?;
    let grouped_ok = !head.is_empty()
        && head.len() <= 3
        && groups.all(|g| g.len() == 3)
        && int.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && frac.bytes().all(|b| b.is_ascii_digit());
    if !grouped_ok {
        return None;
    }
    let digits: String = int.chars().filter(char::is_ascii_digit).collect();
    let plain = if frac.is_empty() {
        digits
    } else {
        format!("{digits}.{frac}")
    };
    parse_digits(&plain, false)
}

/// The scale words' filter, built at compile time: most words after a number are ruled
/// out by one test.
const SCALE_FILTER: WordFilter = {
    let mut f = WordFilter::EMPTY;
    let mut i = 0;
    while i < SCALES.len() {
        f = f.with(SCALES[i].0);
        i += 1;
    }
    f
};

/// False when no scale word has hash `h` (one test of [`SCALE_FILTER`]).
#[inline(always)]
fn may_be_scale(h: u64) -> bool {
    SCALE_FILTER.may_have(h)
}

/// The scale of the word of hash `h`, written `written`.
fn scale_of(h: u64, written: &str, strict: bool) -> Option<f64> {
    let &(w, v, glued_only) = SCALES.iter().find(|(w, _, _)| w.0 == h)?;
    if glued_only {
        if strict {
            return None;
        }
        // `MM` and `T` count in capitals only (`mm` is millimetres, `t` tonnes).
        if (w == Word::of("mm") && written != "MM") || (w == Word::of("t") && written != "T") {
            return None;
        }
    }
    Some(v)
}

/// Number words by token hash.
const UNIT_WORDS: &[(Word, f64)] = &[
    (Word::of("zero"), 0.0),
    (Word::of("one"), 1.0),
    (Word::of("two"), 2.0),
    (Word::of("three"), 3.0),
    (Word::of("four"), 4.0),
    (Word::of("five"), 5.0),
    (Word::of("six"), 6.0),
    (Word::of("seven"), 7.0),
    (Word::of("eight"), 8.0),
    (Word::of("nine"), 9.0),
    (Word::of("ten"), 10.0),
    (Word::of("eleven"), 11.0),
    (Word::of("twelve"), 12.0),
    (Word::of("thirteen"), 13.0),
    (Word::of("fourteen"), 14.0),
    (Word::of("fifteen"), 15.0),
    (Word::of("sixteen"), 16.0),
    (Word::of("seventeen"), 17.0),
    (Word::of("eighteen"), 18.0),
    (Word::of("nineteen"), 19.0),
    (Word::of("twenty"), 20.0),
    (Word::of("thirty"), 30.0),
    (Word::of("forty"), 40.0),
    (Word::of("fifty"), 50.0),
    (Word::of("sixty"), 60.0),
    (Word::of("seventy"), 70.0),
    (Word::of("eighty"), 80.0),
    (Word::of("ninety"), 90.0),
];

/// The value of number word `k` (`one` to `ninety`).
fn unit_word_at(text: &Text, k: usize) -> Option<f64> {
    let h = *text.hashes.get(k)?;
    if !NUMBER_WORDS.may_have(h) {
        return None;
    }
    UNIT_WORDS.iter().find(|(w, _)| w.0 == h).map(|&(_, v)| v)
}

/// A number read from tokens `first..last`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Parsed {
    /// The value with every scale word applied.
    pub value: f64,
    /// First token of the number.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// True when a scale word was applied (`1.2bn`, `5 lakh`).
    pub scaled: bool,
    /// True when it was written in words (`two and a half`).
    pub words: bool,
    /// The product of the scale words applied (1 when none).
    pub mult: f64,
}

impl Parsed {
    /// Is the number a year written alone (`2027`): four digits from 1900 to 2100, no
    /// scale?
    pub fn is_year(&self, text: &Text) -> bool {
        !self.scaled
            && self.last == self.first + 1
            && text.str(self.first).len() == 4
            && (1900.0..=2100.0).contains(&self.value)
    }
}

/// The word that joins the two ends of a range at token `i`: `"to"` for `-` and `to`,
/// `"and"` for `and` (which needs [`opens_range`] before the first end).
pub fn range_joiner(text: &Text, i: usize) -> Option<&'static str> {
    if text.is(i, word!("-")) || text.is(i, word!("to")) {
        Some("to")
    } else if text.is(i, word!("and")) {
        Some("and")
    } else {
        None
    }
}

/// Does the word at token `i` open a range (`between $10 and $20`, `from 1 to 3 million`)?
pub fn opens_range(text: &Text, i: usize) -> bool {
    text.is(i, word!("between")) || text.is(i, word!("from"))
}

/// Reads scale words after token `j` (`million`, `lakh crore`, glued `bn`, hyphenated
/// `-billion`). Returns the product and the index after them.
pub fn read_scales(text: &Text, mut j: usize) -> (f64, usize) {
    let mut mult = 1.0;
    loop {
        let mut k = j;
        // `1.5-billion`
        if text.is_glued_hyphen(k) {
            k += 1;
        }
        let Some(t) = text.tokens.get(k) else { break };
        if t.class != TokenClass::Word {
            break;
        }
        let glued = t.gap == Gap::None && k == j;
        match scale_at(text, k, !glued) {
            Some(s) => {
                mult *= s;
                j = k + 1;
            }
            None => break,
        }
    }
    (mult, j)
}

/// Reads a number in digits or words starting at token `i`, with any scale words after it.
pub fn read_number(text: &Text, i: usize) -> Option<Parsed> {
    let t = text.tokens.get(i)?;
    let (base, mut j, words) = if t.class == TokenClass::Number {
        // A comma is a decimal comma only before a scale word (`1,5 mln`); plain digits
        // never look at the next word.
        let next_is_scale = || {
            text.tokens.get(i + 1).is_some_and(|n| {
                n.class == TokenClass::Word && scale_at(text, i + 1, false).is_some()
            })
        };
        // `18.500 millones`, `1,2 bilhão`: a Spanish or Portuguese scale word after the
        // digits says how they are written.
        let written = text.str(i);
        let continental = || {
            written.bytes().any(|b| b == b'.' || b == b',')
                && text
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.class == TokenClass::Word)
                && text
                    .hashes
                    .get(i + 1)
                    .is_some_and(|&h| romance_scale(h).is_some())
        };
        let (v, j) = match space_grouped(text, i) {
            Some(found) => found,
            None if continental() => (parse_continental(written)?, i + 1),
            None => (parse_digits_asking(written, next_is_scale)?, i + 1),
        };
        (v, j, false)
    } else if t.class == TokenClass::Word {
        let (v, j) = read_number_words(text, i)?;
        (v, j, true)
    } else {
        return None;
    };
    // `two and a half`, `1 and a half`
    let mut value = base;
    if text.is(j, word!("and")) && text.is(j + 1, word!("a")) && text.is(j + 2, word!("half")) {
        value += 0.5;
        j += 3;
    }
    let (mult, end) = read_scales(text, j);
    // `half a million`, `a quarter of a million`
    Some(Parsed {
        value: value * mult,
        first: i,
        last: end,
        scaled: end > j,
        words,
        mult,
    })
}

/// `220 000`, `1 500 000`, `R25 000`: thousands grouped by a space (or a no-break or thin
/// space), as South African and French-style copy writes them. A head of one to three
/// digits, then groups of three each after one space character; the last group may carry
/// a decimal part (`2 600,50`). Returns the value and the token after the number, or
/// `None` when token `i` opens no such number.
fn space_grouped(text: &Text, i: usize) -> Option<(f64, usize)> {
    let head = text.str(i);
    if head.len() > 3 || !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let one_space = |k: usize| {
        let (a, b) = (text.tokens[k - 1].end, text.tokens[k].start);
        matches!(
            text.src.get(a..b),
            Some(" " | "\u{a0}" | "\u{202f}" | "\u{2009}")
        )
    };
    // Most numbers are followed by no digit group: ruled out before any parsing.
    if !text
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.class == TokenClass::Number && one_space(i + 1))
    {
        return None;
    }
    let mut value = decimal_fast(head.as_bytes())?;
    let mut j = i + 1;
    while text
        .tokens
        .get(j)
        .is_some_and(|t| t.class == TokenClass::Number && one_space(j))
    {
        let g = text.str(j);
        let digits = g.bytes().take_while(u8::is_ascii_digit).count();
        if digits != 3 {
            break;
        }
        let (int, frac) = g.split_at(digits);
        let frac = match frac.as_bytes() {
            [] => 0.0,
            [b'.' | b',', rest @ ..] if !rest.is_empty() && rest.iter().all(u8::is_ascii_digit) => {
                parse_digits(&format!("0.{}", &frac[1..]), false)?
            }
            _ => break,
        };
        value = value * 1000.0 + decimal_fast(int.as_bytes())? + frac;
        j += 1;
        if frac != 0.0 {
            break;
        }
    }
    (j > i + 1).then_some((value, j))
}

/// Number words: `one`, `twenty-five`, `a hundred`, `three hundred and twenty`, `half a`,
/// `three quarters`, `a` (before a scale word only).
fn read_number_words(text: &Text, i: usize) -> Option<(f64, usize)> {
    // `a`/`an` count as one only before a scale word or `hundred` (`a billion dollars`).
    if text.is_any(i, ARTICLES) {
        if text.is(i + 1, word!("hundred")) {
            return Some((100.0, i + 2));
        }
        if scale_at(text, i + 1, true).is_some() {
            return Some((1.0, i + 1));
        }
        if text.is_any(i + 1, words!["quarter", "half"]) {
            return half_or_quarter(text, i + 1);
        }
        return None;
    }
    if text.is_any(i, words!["half", "quarter"]) {
        return half_or_quarter(text, i);
    }
    let mut value = unit_word_at(text, i)?;
    let mut j = i + 1;
    // `twenty-five`
    if value >= 20.0 && text.is_glued_hyphen(j) {
        if let Some(u) = unit_word_at(text, j + 1) {
            if u < 10.0 {
                value += u;
                j += 2;
            }
        }
    }
    if text.is(j, word!("hundred")) {
        value *= 100.0;
        j += 1;
        let mut k = j;
        if text.is(k, word!("and")) {
            k += 1;
        }
        if let Some(u) = unit_word_at(text, k) {
            value += u;
            j = k + 1;
        }
    }
    // `three quarters`
    if text.is(j, word!("quarters")) {
        value *= 0.25;
        j += 1;
    }
    Some((value, j))
}

/// `half`, `half a`, `quarter`, `a quarter of a`: a fraction that multiplies the scale after.
fn half_or_quarter(text: &Text, i: usize) -> Option<(f64, usize)> {
    let v = if text.is(i, word!("half")) { 0.5 } else { 0.25 };
    let mut j = i + 1;
    if text.is(j, word!("of")) {
        j += 1;
    }
    if text.is(j, word!("a")) || text.is(j, word!("an")) {
        j += 1;
    }
    // A fraction alone is not a number here: it needs a scale word after it.
    scale_at(text, j, true).map(|_| (v, j))
}

/// Verbs of a move, and `by`: the number after one is the change, and a `to` after it
/// leads to the level reached, not to the top of a range (`fell 2c to 41c`, `cut by Rs 200
/// to Rs 5,160`, `raised by 5,000 to 120,000 tonnes`).
pub const MOVES: &[Word] = words![
    "rose",
    "fell",
    "gained",
    "lost",
    "climbed",
    "dropped",
    "jumped",
    "slid",
    "slipped",
    "added",
    "shed",
    "surged",
    "plunged",
    "rises",
    "falls",
    "up",
    "down",
    "eased",
    "firmed",
    "advanced",
    "declined",
    "retreated",
    "rallied",
    "sank",
    "tumbled",
    "soared",
    "dipped",
    "edged",
    "by"
];

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<f64> {
        let t = Text::new(s);
        read_number(&t, 0).map(|p| p.value)
    }

    #[test]
    fn digits_in_every_grouping() {
        assert_eq!(parse_digits("1,00,000", false), Some(1e5));
        assert_eq!(parse_digits("12,34,567.89", false), Some(1234567.89));
        assert_eq!(parse_digits("1,000,000", false), Some(1e6));
        assert_eq!(parse_digits("7.3", false), Some(7.3));
        assert_eq!(parse_digits("1.000.000", false), Some(1e6));
        assert_eq!(parse_digits("1,5", true), Some(1.5));
        assert_eq!(parse_digits("1,5", false), None);
        assert_eq!(parse_digits("1,2,3", false), None);
        assert_eq!(parse_digits("1.", false), Some(1.0));
        assert_eq!(parse_digits(".5", false), Some(0.5));
        assert_eq!(parse_digits(".", false), None);
        assert_eq!(parse_digits("1,0000", false), None);
        assert_eq!(parse_digits("1,23,45,678", false), Some(12345678.0));
        assert_eq!(
            parse_digits("123,45,678", false),
            None,
            "a South Asian lead is 1-2"
        );
        assert_eq!(
            parse_digits("1,234,56,789", false),
            None,
            "groups of one system"
        );
        assert_eq!(parse_digits(",100", false), None);
        assert_eq!(parse_digits("1,000,", false), None);
        let long = format!("1{}", ",000".repeat(20));
        assert_eq!(
            parse_digits(&long, false),
            None,
            "more groups than any number has"
        );
    }

    #[test]
    fn fast_decimals_equal_the_full_parser() {
        // Every split of a run of digits by one point, lengths 1 to 17, from a fixed
        // pseudo-random sequence: the fast path must give `str::parse`'s value to the bit.
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = 1 + (seed % 17) as usize;
            let digits: String = (0..len)
                .map(|k| char::from(b'0' + ((seed >> (k * 3)) % 10) as u8))
                .collect();
            let at = ((seed >> 55) as usize) % (len + 1);
            let s = format!("{}.{}", &digits[..at], &digits[at..]);
            for s in [s.as_str(), digits.as_str()] {
                let full = s.parse::<f64>().ok();
                if let Some(fast) = decimal_fast(s.as_bytes()) {
                    assert_eq!(Some(fast.to_bits()), full.map(f64::to_bits), "{s}");
                }
            }
        }
    }

    #[test]
    fn fast_grouped_numbers_equal_the_full_parser() {
        // Western and South Asian groupings, good and bad, with and without decimals: when
        // the one-pass reader answers, the grouping is valid and the value is `str::parse`'s
        // of the digits to the bit; every valid grouping of up to 15 digits is answered.
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut answered = 0;
        for _ in 0..40_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let digit = |k: usize| char::from(b'0' + ((seed >> (k % 60)) % 10) as u8);
            let mut s: String = (0..1 + (seed % 3) as usize).map(digit).collect();
            for g in 0..(seed >> 8) % 6 {
                s.push(',');
                let len = match (seed >> (12 + g)) % 8 {
                    0 => 1,
                    1 | 2 => 2,
                    7 => 4,
                    _ => 3,
                };
                s.extend((0..len).map(|k| digit(k + g as usize * 5)));
            }
            if (seed >> 30) % 3 == 0 {
                s.push('.');
                s.extend((0..(seed >> 33) % 5).map(|k| digit(k as usize + 7)));
            }
            let int_part = s.split('.').next().unwrap_or("");
            let digits = s.bytes().filter(u8::is_ascii_digit).count();
            let full = s.replace(',', "").parse::<f64>().ok();
            match grouped_fast(s.as_bytes()) {
                Some(fast) => {
                    answered += 1;
                    assert!(valid_grouping(int_part), "{s}");
                    assert_eq!(Some(fast.to_bits()), full.map(f64::to_bits), "{s}");
                }
                None => assert!(!valid_grouping(int_part) || digits > 15, "{s}"),
            }
        }
        assert!(answered > 5_000, "{answered} valid groupings only");
    }

    #[test]
    fn scales_multiply() {
        assert_eq!(num("1.2bn"), Some(1.2e9));
        assert_eq!(num("500m"), Some(5e8));
        assert_eq!(num("2.5 lakh crore"), Some(2.5e12));
        assert_eq!(num("1.5-billion"), Some(1.5e9));
        assert_eq!(num("10K"), Some(1e4));
        assert_eq!(num("5 m"), Some(5.0), "a spaced `m` is not a scale");
        assert_eq!(num("3 arab"), Some(3e9));
    }

    #[test]
    fn number_words() {
        assert_eq!(num("twenty-five"), Some(25.0));
        assert_eq!(num("two and a half million"), Some(2.5e6));
        assert_eq!(num("a billion"), Some(1e9));
        assert_eq!(num("half a million"), Some(5e5));
        assert_eq!(num("a hundred"), Some(100.0));
        assert_eq!(num("three quarters billion"), Some(7.5e8));
        assert_eq!(num("three hundred and twenty"), Some(320.0));
        assert_eq!(num("a quarter of a million"), Some(2.5e5));
        assert_eq!(num("a deal"), None);
        assert_eq!(num("half"), None);
    }
}
