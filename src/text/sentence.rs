//! Sentences over tokens.
//!
//! A sentence ends at `.`, `!`, `?` or `…` followed by whitespace and a token that can start
//! a sentence, at a blank line, and at a single line break when the next line does not go on
//! in lower case (headlines and bylines carry no full stop). It does not end:
//! - after titles and other abbreviations that precede a name or number (`Dr.`, `No.`,
//!   `Rs.`, `Jan.`, `St.`), nor after initials (`J. K. Rowling`);
//! - after company and acronym abbreviations (`Inc.`, `Ltd.`, `U.S.`) unless the next word
//!   is one that typically opens a sentence (`The`, `It`, `In`...);
//! - inside decimals (`7.3` is one token) or between the dots of an ellipsis;
//! - after a dateline colon (`Islamabad: Pakistan has signed...` is one sentence).

use super::token::{Gap, Shape, Token, TokenClass};
use super::{token_hash, WordSet};
use once_cell::sync::Lazy;

/// One sentence: a run of tokens and the byte span they cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Index of the first token.
    pub first: usize,
    /// Index one past the last token.
    pub last: usize,
    /// Byte offset where the sentence starts (its first token's start).
    pub start: usize,
    /// Byte offset where it ends (its last token's end), exclusive.
    pub end: usize,
}

/// Abbreviations that come before a name or a number, after which a sentence never ends.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "capt", "cpt", "sgt",
    "maj", "adm", "cmdr", "supt", "insp", "st", "mt", "ft", "no", "nos", "rs", "re", "vs", "v",
    "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "fig", "figs", "vol", "art", "sec", "ch", "pp", "hon", "rev", "messrs", "sh", "ksh", "ref",
    "tel", "e.g", "i.e", "cf", "al", "est", "ave", "blvd", "rd", "eng",
    // (Philippine titles: `Engr. Jordan Castillo`, `Atty. Ana Reyes`.)
    "engr", "atty",
];

/// Abbreviations that may end a sentence: a break follows only before a typical opener.
const MAYBE_FINAL: &[&str] = &[
    "inc", "ltd", "corp", "co", "bros", "jr", "sr", "plc", "llc", "pty", "pte", "etc", "cos",
    "bhd", "tbk", "sa", "ag", "nv", "bv", "spa",
    // (`Ma. Teresa Villanueva-Domingo`: María in Philippine names; `Jack Ma.` ends one.)
    "ma",
];

/// Words that typically open a sentence, used after a `MAYBE_FINAL` abbreviation or an
/// acronym with dots (`...in the U.S. The deal...`).
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "but",
    "and",
    "however",
    "meanwhile",
    "according",
    "under",
    "while",
    "last",
    "earlier",
    "separately",
    "shares",
    "there",
    "his",
    "her",
    "their",
    "our",
    "as",
    "if",
    "after",
    "before",
    "for",
    "read",
    "also",
    "both",
    "analysts",
    "officials",
];

/// [`NEVER_FINAL`], [`MAYBE_FINAL`] and [`OPENERS`] by token hash: one probe instead of a
/// comparison with each word.
static NEVER_FINAL_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(NEVER_FINAL));
static MAYBE_FINAL_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(MAYBE_FINAL));
static OPENERS_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(OPENERS));

/// Is word token `k` one of `list` (`set` holds the same words), ASCII case ignored?
fn eq_any(text: &str, tokens: &Tokens, k: usize, set: &WordSet, list: &[&str]) -> bool {
    let t = &tokens.all[k];
    let word = t.as_str(text);
    // The set folds as tokens do (all of Unicode's case, punctuation variants); the list's
    // words are plain ASCII, which a hit confirms.
    set.has_hash(tokens.hash(text, k)) && list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The tokens being split, with their hashes when the caller has them.
struct Tokens<'t> {
    all: &'t [Token],
    hashes: Option<&'t [u64]>,
}

impl Tokens<'_> {
    fn hash(&self, text: &str, k: usize) -> u64 {
        match self.hashes.and_then(|h| h.get(k)) {
            Some(&h) => h,
            None => token_hash(text, &self.all[k]),
        }
    }
}

/// Splits tokens into sentences. Every token belongs to exactly one sentence.
pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    split_tokens(
        text,
        &Tokens {
            all: tokens,
            hashes: None,
        },
    )
}

/// [`split`] with the tokens' hashes already computed (`hashes[k]` is token `k`'s
/// [`token_hash`]), as [`super::Text::new`] has them.
pub(crate) fn split_hashed(text: &str, tokens: &[Token], hashes: &[u64]) -> Vec<Sentence> {
    split_tokens(
        text,
        &Tokens {
            all: tokens,
            hashes: Some(hashes),
        },
    )
}

fn split_tokens(text: &str, toks: &Tokens) -> Vec<Sentence> {
    let tokens = toks.all;
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    let mut first = 0;
    for i in 0..tokens.len() {
        if i + 1 == tokens.len() || ends_after(text, toks, i) {
            out.push(Sentence {
                first,
                last: i + 1,
                start: tokens[first].start,
                end: tokens[i].end,
            });
            first = i + 1;
        }
    }
    out
}

fn is_char(text: &str, t: &Token, c: char) -> bool {
    t.end - t.start == c.len_utf8() && text[t.start..].starts_with(c)
}

fn is_closer(text: &str, t: &Token) -> bool {
    t.class == TokenClass::Punct
        && matches!(
            text[t.start..t.end].chars().next(),
            Some('"' | '\'' | '”' | '’' | ')' | ']' | '»')
        )
}

fn is_opener_punct(text: &str, t: &Token) -> bool {
    matches!(
        text[t.start..t.end].chars().next(),
        Some('"' | '\'' | '“' | '‘' | '(' | '[' | '«')
    )
}

/// Does a sentence end right after token `i`?
fn ends_after(text: &str, toks: &Tokens, i: usize) -> bool {
    let tokens = toks.all;
    let next = &tokens[i + 1];
    let t = &tokens[i];
    // Most tokens: a word or number followed by a space.
    if t.class != TokenClass::Punct && matches!(next.gap, Gap::None | Gap::Space) {
        return false;
    }
    match next.gap {
        Gap::Paragraph => return true,
        Gap::Line => {
            // A line break ends a sentence unless the next line goes on in lower case or
            // this line stops on a comma or hyphen.
            let cont = next.shape == Shape::Lower
                || (t.class == TokenClass::Punct
                    && matches!(text[t.start..t.end].chars().next(), Some(',' | '-' | ';')));
            return !cont;
        }
        Gap::None | Gap::Space => {}
    }
    // Only sentence-final punctuation ends a sentence inside a line. Closing quotes and
    // brackets after it belong to the sentence: the break comes after them.
    let mut p = i;
    while p > 0 && is_closer(text, &tokens[p]) && tokens[p].gap == Gap::None {
        p -= 1;
    }
    let end = &tokens[p];
    let final_punct = is_char(text, end, '.')
        || is_char(text, end, '!')
        || is_char(text, end, '?')
        || is_char(text, end, '…');
    if !final_punct || next.gap == Gap::None {
        return false;
    }
    // The next token must be able to open a sentence.
    let next_ok = next.is_capitalized(text)
        || next.class == TokenClass::Number
        || (is_opener_punct(text, next) && next.gap != Gap::None);
    if !next_ok {
        return false;
    }
    if !is_char(text, end, '.') {
        return true;
    }
    // Ellipsis `...`: only the last dot can end a sentence; it does before a capital.
    if p >= 1 && is_char(text, &tokens[p - 1], '.') && end.gap == Gap::None {
        return true;
    }
    let Some(prev) = p.checked_sub(1).map(|k| &tokens[k]) else {
        return true;
    };
    if end.gap != Gap::None || prev.class != TokenClass::Word {
        return true;
    }
    let word = prev.as_str(text);
    let opener = || eq_any(text, toks, i + 1, &OPENERS_SET, OPENERS);
    // `U.S.`, `e.g.`: a letter glued to a dot before it is part of an acronym.
    let in_acronym = p >= 2
        && prev.gap == Gap::None
        && is_char(text, &tokens[p - 2], '.')
        && word.chars().count() == 1;
    if in_acronym {
        return opener();
    }
    // A lone capital letter is an initial (`J. K. Rowling`).
    if word.chars().count() == 1 && prev.shape == Shape::Title {
        return false;
    }
    // After a number, an abbreviation is a unit (`2.5 Mt.`, `5 ft.`) and may end a sentence.
    let after_number = p >= 2 && tokens[p - 2].class == TokenClass::Number;
    if !after_number && eq_any(text, toks, p - 1, &NEVER_FINAL_SET, NEVER_FINAL) {
        return false;
    }
    if eq_any(text, toks, p - 1, &MAYBE_FINAL_SET, MAYBE_FINAL) {
        return opener();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The sentences of `s`, split from its tokens alone; the split from the hashes
    /// `Text::new` computes must agree.
    fn sentences(s: &str) -> Vec<&str> {
        let t = tokenize(s);
        let plain = split(s, &t);
        assert_eq!(plain, crate::text::Text::new(s).sentences, "{s:?}");
        plain.iter().map(|x| &s[x.start..x.end]).collect()
    }

    #[test]
    fn hard_cases() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "It rose 7.3 percent. Then fell.",
                &["It rose 7.3 percent.", "Then fell."],
            ),
            (
                "The U.S. Treasury said so.",
                &["The U.S. Treasury said so."],
            ),
            (
                "It came from the U.S. The deal was big.",
                &["It came from the U.S.", "The deal was big."],
            ),
            ("Acme Inc. The firm rose.", &["Acme Inc.", "The firm rose."]),
            (
                "Acme Inc. Chairman John Doe spoke.",
                &["Acme Inc. Chairman John Doe spoke."],
            ),
            ("Shares of Acme Ltd. rose.", &["Shares of Acme Ltd. rose."]),
            ("He paid Rs. 500 crore.", &["He paid Rs. 500 crore."]),
            ("Dr. Ahmed signed it.", &["Dr. Ahmed signed it."]),
            (
                "Mr. Khan and Mrs. Ali came.",
                &["Mr. Khan and Mrs. Ali came."],
            ),
            ("Prof. Lee spoke.", &["Prof. Lee spoke."]),
            ("Policy No. 5 applies.", &["Policy No. 5 applies."]),
            ("On Jan. 5 it closed.", &["On Jan. 5 it closed."]),
            ("J. K. Rowling wrote.", &["J. K. Rowling wrote."]),
            ("George W. Bush spoke.", &["George W. Bush spoke."]),
            ("Wait... what happened?", &["Wait... what happened?"]),
            (
                "He paused... Then he left.",
                &["He paused...", "Then he left."],
            ),
            ("Really? Yes!", &["Really?", "Yes!"]),
            ("Why? because.", &["Why? because."]),
            (
                "He said “It is done.” Then left.",
                &["He said “It is done.”", "Then left."],
            ),
            (
                "He said \"Go.\" Then left.",
                &["He said \"Go.\"", "Then left."],
            ),
            ("(It ended.) Next one.", &["(It ended.)", "Next one."]),
            (
                "Islamabad: Pakistan has signed a deal.",
                &["Islamabad: Pakistan has signed a deal."],
            ),
            (
                "LIMA, Peru (Reuters) - Copper rose. Gold fell.",
                &["LIMA, Peru (Reuters) - Copper rose.", "Gold fell."],
            ),
            (
                "Pakistan signs MoU with US firm\nIslamabad: Pakistan has signed.",
                &[
                    "Pakistan signs MoU with US firm",
                    "Islamabad: Pakistan has signed.",
                ],
            ),
            (
                "First paragraph without stop\n\nSecond one.",
                &["First paragraph without stop", "Second one."],
            ),
            (
                "A line that wraps\nand goes on.",
                &["A line that wraps\nand goes on."],
            ),
            ("It cost $1.2bn. Next.", &["It cost $1.2bn.", "Next."]),
            (
                "Prices hit 1,950.50 dollars. Traders sold.",
                &["Prices hit 1,950.50 dollars.", "Traders sold."],
            ),
            (
                "Sales rose 5%. In 2024 they fell.",
                &["Sales rose 5%.", "In 2024 they fell."],
            ),
            (
                "Output was 2.5 Mt. 2025 will be better.",
                &["Output was 2.5 Mt.", "2025 will be better."],
            ),
            ("e.g. this one.", &["e.g. this one."]),
            ("It was signed, i.e. done.", &["It was signed, i.e. done."]),
            ("Visit St. Louis today.", &["Visit St. Louis today."]),
            ("Gen. Munir attended.", &["Gen. Munir attended."]),
            (
                "Read: US investors urged to invest\nSpeaking at the event, he said.",
                &[
                    "Read: US investors urged to invest",
                    "Speaking at the event, he said.",
                ],
            ),
            (
                "The firm (TSX: PGE) rose. It is big.",
                &["The firm (TSX: PGE) rose.", "It is big."],
            ),
            (
                "He arrived at 5 p.m. and left.",
                &["He arrived at 5 p.m. and left."],
            ),
            ("Total: 5. Done.", &["Total: 5.", "Done."]),
            ("no stop at end", &["no stop at end"]),
            ("", &[]),
            ("Ends with dot.", &["Ends with dot."]),
            (
                "Smith & Co. The deal closed.",
                &["Smith & Co.", "The deal closed."],
            ),
            (
                "Smith & Co. Limited signed.",
                &["Smith & Co. Limited signed."],
            ),
            ("It ended.\r\nNext line.", &["It ended.", "Next line."]),
        ];
        let mut failures = Vec::new();
        for (input, expected) in cases {
            let got = sentences(input);
            if got != *expected {
                failures.push(format!("{input:?}:\n  got  {got:?}\n  want {expected:?}"));
            }
        }
        assert!(cases.len() >= 40);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
