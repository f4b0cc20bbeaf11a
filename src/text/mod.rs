//! The text layer: tokens and sentences with exact byte offsets into the original text.
//!
//! [`Text`] is what every kind's rules read: the source string, its tokens and its
//! sentences, computed once per document.

mod sentence;
mod token;

pub use sentence::{split as split_sentences, Sentence};
pub use token::{
    group_end, normalize_punct, tokenize, tokenize_unicode, Gap, Shape, Token, TokenClass,
};

/// A tokenized document.
#[derive(Debug, Clone)]
pub struct Text<'a> {
    /// The original text; every offset points into it.
    pub src: &'a str,
    /// Its tokens, in order.
    pub tokens: Vec<Token>,
    /// Its sentences, in order; together they hold every token.
    pub sentences: Vec<Sentence>,
}

impl<'a> Text<'a> {
    /// Tokenizes `src` and splits it into sentences.
    pub fn new(src: &'a str) -> Text<'a> {
        let tokens = tokenize(src);
        let sentences = split_sentences(src, &tokens);
        Text {
            src,
            tokens,
            sentences,
        }
    }

    /// The text of token `i`.
    pub fn str(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.src[t.start..t.end]
    }

    /// True when token `i` exists and equals `word`, ignoring ASCII case and treating
    /// curly and straight apostrophes, quotes and dashes alike.
    pub fn is(&self, i: usize, word: &str) -> bool {
        i < self.tokens.len() && fold_eq(self.str(i), word)
    }

    /// The byte span from the start of token `first` to the end of token `last - 1`.
    pub fn span(&self, first: usize, last: usize) -> (usize, usize) {
        (self.tokens[first].start, self.tokens[last - 1].end)
    }

    /// Index of the sentence that holds byte offset `at` (0 for an empty text).
    pub fn sentence_at(&self, at: usize) -> usize {
        self.sentences
            .partition_point(|s| s.start <= at)
            .saturating_sub(1)
    }

    /// Index of the sentence that holds token `i`.
    pub fn sentence_of_token(&self, i: usize) -> usize {
        self.sentences
            .partition_point(|s| s.first <= i)
            .saturating_sub(1)
    }
}

/// Folds one character for matching: lower case, with punctuation variants normalized.
fn fold_char(c: char) -> impl Iterator<Item = char> {
    normalize_punct(c).to_lowercase()
}

/// Case- and punctuation-insensitive equality (`Pakistan’S` equals `pakistan's`).
pub fn fold_eq(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(fold_char)
        .eq(b.chars().flat_map(fold_char))
}

/// The folded form of a string (lower case, punctuation variants normalized).
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().flat_map(fold_char).collect()
}

/// A 64-bit FNV-1a hash of the folded form of `s`, computed without allocating.
pub fn fold_hash(s: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME);
        }
    } else {
        let mut buf = [0u8; 4];
        for c in s.chars().flat_map(fold_char) {
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                h = (h ^ u64::from(b)).wrapping_mul(PRIME);
            }
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_treats_variants_alike() {
        assert!(fold_eq("Pakistan’s", "pakistan's"));
        assert!(fold_eq("ÉTAT", "état"));
        assert_eq!(fold_hash("Côte"), fold_hash("côte"));
        assert_eq!(fold_hash("’"), fold_hash("'"));
        assert_eq!(fold_hash("USSM"), fold_hash("ussm"));
        assert_eq!(fold("Mota–Engil"), "mota-engil");
    }

    #[test]
    fn sentence_lookup_by_byte_and_token() {
        let t = Text::new("One two. Three four.");
        assert_eq!(t.sentences.len(), 2);
        assert_eq!(t.sentence_at(0), 0);
        assert_eq!(t.sentence_at(9), 1);
        assert_eq!(t.sentence_at(100), 1);
        assert_eq!(t.sentence_of_token(3), 1);
        assert_eq!(Text::new("").sentence_at(0), 0);
    }
}
