//! Numbers as news writes them: digits with Western or South Asian grouping, decimals,
//! number words (`twenty-five`, `two and a half`, `a`), and scale words (`million`, `bn`,
//! `lakh`, `crore`, `arab`) that multiply. Shared by amounts and quantities.

use crate::text::{Gap, Text, TokenClass, WordSet};
use crate::word;
use once_cell::sync::Lazy;

/// Every word that can end a number (`five`, `hundred`, `million`, `bn`, `lakh`,
/// `quarters`, `half`): a cheap test before reading one backwards.
static NUMBER_WORDS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(&[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "thousands",
        "thou",
        "million",
        "millions",
        "mn",
        "mln",
        "mil",
        "billion",
        "billions",
        "bn",
        "bln",
        "trillion",
        "trillions",
        "tn",
        "trn",
        "lakh",
        "lakhs",
        "lac",
        "lacs",
        "crore",
        "crores",
        "cr",
        "arab",
        "arabs",
        "kharab",
        "k",
        "m",
        "mm",
        "b",
        "t",
        "quarters",
        "half",
        "quarter",
    ])
});

/// The token ranges of the sentences that hold a number in digits or a number word: the
/// only places where amounts and quantities can be, so their rules skip the rest.
/// Computed once per document and shared by every kind that asks.
pub fn numeric_sentences<'t>(text: &'t Text) -> &'t [(usize, usize)] {
    text.numeric.get_or_init(|| numeric_ranges(text))
}

fn numeric_ranges(text: &Text) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for s in &text.sentences {
        if (s.first..s.last).any(|i| may_end_number(text, i)) {
            match out.last_mut() {
                Some(prev) if prev.1 == s.first => prev.1 = s.last,
                _ => out.push((s.first, s.last)),
            }
        }
    }
    out
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
    let b = s.as_bytes();
    let commas = b.iter().filter(|&&c| c == b',').count();
    let dots = b.iter().filter(|&&c| c == b'.').count();
    // The number without group separators, with `.` as the decimal point.
    let keep_dot: Option<u8> = match (commas, dots) {
        (0, 0) | (0, 1) => Some(b'.'),
        // `1.000.000`: dots group thousands when every group after the first has 3 digits.
        (0, _) if s.split('.').skip(1).all(|g| g.len() == 3) => None,
        (0, _) => return None,
        (1, 0) if decimal_comma_ok && s.split(',').nth(1).is_some_and(|g| g.len() <= 2) => {
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
    std::str::from_utf8(&buf[..n])
        .ok()?
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
}

/// A short ASCII word lower-cased on the stack (`None` when longer than 16 bytes or not
/// ASCII): number words are compared without allocating.
struct Lower {
    buf: [u8; 16],
    len: usize,
}

impl Lower {
    fn new(word: &str) -> Option<Lower> {
        let b = word.as_bytes();
        if b.len() > 16 || !word.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 16];
        for (k, c) in b.iter().enumerate() {
            buf[k] = c.to_ascii_lowercase();
        }
        Some(Lower { buf, len: b.len() })
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// Western (`1,000,000`) or South Asian (`1,00,00,000`) digit grouping.
fn valid_grouping(int_part: &str) -> bool {
    let mut groups = int_part.split(',');
    let lead = groups.next().unwrap_or("").len();
    let Some(last) = groups.next_back() else {
        return false;
    };
    if last.len() != 3 || lead == 0 || lead > 3 {
        return false;
    }
    let western = groups.clone().all(|g| g.len() == 3);
    let south_asian = lead <= 2 && groups.all(|g| g.len() == 2);
    western || south_asian
}

/// The multiplier of a scale word, if `word` is one. `strict` rejects the one-letter
/// abbreviations (`m`, `b`, `k`) and `MM`, which only count glued to a number or a currency.
pub fn scale(word: &str, strict: bool) -> Option<f64> {
    if word.len() > 9 {
        return None;
    }
    let w = Lower::new(word)?;
    let v = match w.as_str() {
        "thousand" | "thousands" | "thou" => 1e3,
        "million" | "millions" | "mn" | "mln" | "mil" => 1e6,
        "billion" | "billions" | "bn" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" => 1e12,
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "crore" | "crores" | "cr" => 1e7,
        "arab" | "arabs" => 1e9,
        "kharab" => 1e11,
        "k" if !strict => 1e3,
        "m" if !strict => 1e6,
        "mm" if !strict && word == "MM" => 1e6,
        "b" if !strict => 1e9,
        "t" if !strict && word == "T" => 1e12,
        _ => return None,
    };
    Some(v)
}

fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
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
        match scale(text.str(k), !glued) {
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
        let s = text.str(i);
        let next_is_scale = text.tokens.get(i + 1).is_some_and(|n| {
            n.class == TokenClass::Word && scale(text.str(i + 1), false).is_some()
        });
        (parse_digits(s, next_is_scale)?, i + 1, false)
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

/// Number words: `one`, `twenty-five`, `a hundred`, `three hundred and twenty`, `half a`,
/// `three quarters`, `a` (before a scale word only).
fn read_number_words(text: &Text, i: usize) -> Option<(f64, usize)> {
    let w = |k: usize| text.tokens.get(k).and_then(|_| Lower::new(text.str(k)));
    let first = w(i)?;
    let first = first.as_str();
    // `a`/`an` count as one only before a scale word or `hundred` (`a billion dollars`).
    if first == "a" || first == "an" {
        let next = w(i + 1)?;
        let next = next.as_str();
        if next == "hundred" {
            return Some((100.0, i + 2));
        }
        if scale(next, true).is_some() {
            return Some((1.0, i + 1));
        }
        if next == "quarter" || next == "half" {
            return half_or_quarter(text, i + 1);
        }
        return None;
    }
    if first == "half" || first == "quarter" {
        return half_or_quarter(text, i);
    }
    let mut value = unit_word(first)?;
    let mut j = i + 1;
    // `twenty-five`
    if value >= 20.0 && text.is_glued_hyphen(j) {
        if let Some(u) = w(j + 1).and_then(|l| unit_word(l.as_str())) {
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
        if let Some(u) = w(k).and_then(|l| unit_word(l.as_str())) {
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
    let next = text.tokens.get(j).map(|_| text.str(j))?;
    scale(next, true).map(|_| (v, j))
}

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
        assert_eq!(parse_digits("1,0000", false), None);
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
