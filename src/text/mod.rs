//! The text layer: tokens and sentences with exact byte offsets into the original text.
//!
//! [`Text`] is what every kind's rules read: the source string, its tokens and its
//! sentences, computed once per document.

mod sentence;
mod token;
pub(crate) use token::tokenize_hashed;

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
    /// The folded hash of every token ([`token_hash`]), computed once for all lexicons.
    pub hashes: Vec<u64>,
    /// For each sentence, whether it is a headline in title case.
    title_case: Vec<bool>,
    /// The top byte of every token's hash: [`Text::positions`] scans these, eight tokens to
    /// a `u64` compare, and checks the whole hash only where the byte matches.
    tags: Vec<u8>,
}

impl<'a> Text<'a> {
    /// Tokenizes `src` and splits it into sentences.
    pub fn new(src: &'a str) -> Text<'a> {
        let (tokens, hashes) = token::tokenize_hashed(src);
        let sentences = sentence::split_hashed(src, &tokens, &hashes);
        let title_case = sentences
            .iter()
            .map(|s| Text::title_case_sentence(src, &tokens, s))
            .collect();
        // Padded to whole blocks of 64: the padding's positions are past the last hash.
        let mut tags: Vec<u8> = hashes.iter().map(|&h| tag(h)).collect();
        tags.resize(hashes.len().div_ceil(64) * 64, 0);
        Text {
            src,
            tokens,
            sentences,
            hashes,
            title_case,
            tags,
        }
    }

    /// The text of token `i`.
    pub fn str(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.src[t.start..t.end]
    }

    /// True when token `i` exists and equals `word`, ignoring ASCII case and treating
    /// curly and straight apostrophes, quotes and dashes alike. `word` is a string, folded
    /// at run time, or a [`Word`] made by [`word!`](crate::word), one hash comparison.
    #[inline(always)]
    pub fn is(&self, i: usize, word: impl IsWord) -> bool {
        word.is_token(self, i)
    }

    /// True when token `i` exists and is one of `words` (made by [`words!`](crate::words)).
    #[inline]
    pub fn is_any(&self, i: usize, words: &[Word]) -> bool {
        self.hashes
            .get(i)
            .is_some_and(|h| words.iter().any(|w| w.0 == *h))
    }

    /// The tokens that are `word` (made by [`word!`](crate::word)), in order: the hashes'
    /// top bytes are compared 64 tokens at a time without a branch (most words are rare),
    /// and only a token whose byte matches has its whole hash compared.
    pub fn positions(&self, word: Word) -> impl Iterator<Item = usize> + '_ {
        self.positions_of([word])
    }

    /// The tokens that are any of `words`, in order: [`Text::positions`] for several
    /// words in one pass over the tags.
    pub fn positions_of<const N: usize>(
        &self,
        words: [Word; N],
    ) -> impl Iterator<Item = usize> + '_ {
        let want = words.map(|w| u64::from(tag(w.0)) * LOW_BITS);
        self.tag_matches(want).filter(move |&k| {
            self.hashes
                .get(k)
                .is_some_and(|h| words.iter().any(|w| w.0 == *h))
        })
    }

    /// The tokens whose tag byte may be one of `want` (each a tag repeated in eight
    /// bytes): the hashes' top bytes compared 64 tokens at a time without a branch. A few
    /// tokens that do not match come too; the callers test their hashes.
    fn tag_matches<const N: usize>(&self, want: [u64; N]) -> impl Iterator<Item = usize> + '_ {
        self.tags
            .chunks_exact(64)
            .enumerate()
            .flat_map(move |(c, chunk)| {
                let mut bits = 0u64;
                for (j, eight) in chunk.chunks_exact(8).enumerate() {
                    let eight: [u8; 8] = eight.try_into().unwrap_or_default();
                    let eight = u64::from_le_bytes(eight);
                    // A zero byte where a tag matches; its top bit set below (a byte
                    // after a zero may be set too: the hash test drops it).
                    let mut zero = 0u64;
                    for w in want {
                        let x = eight ^ w;
                        zero |= x.wrapping_sub(LOW_BITS) & !x & (LOW_BITS << 7);
                    }
                    // The eight top bits gathered into one byte, token order kept.
                    let byte = ((zero >> 7).wrapping_mul(GATHER) >> 56) & 0xff;
                    bits |= byte << (8 * j);
                }
                std::iter::from_fn(move || {
                    (bits != 0).then(|| {
                        let j = bits.trailing_zeros() as usize;
                        bits &= bits - 1;
                        c * 64 + j
                    })
                })
            })
    }

    /// True when token `i` exists and is a word in lower case (`signed`, not `Glencore`).
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.shape == Shape::Lower)
    }

    /// The value that `table` gives for token `i`'s word: the first row whose words
    /// (made by [`words!`](crate::words)) hold the token.
    #[inline]
    pub fn lookup<V: Copy>(&self, i: usize, table: &[(&[Word], V)]) -> Option<V> {
        let h = *self.hashes.get(i)?;
        table
            .iter()
            .find(|(words, _)| words.iter().any(|w| w.0 == h))
            .map(|&(_, v)| v)
    }

    /// True when token `i` is a hyphen (or dash) glued to the token before it (`12-cent`,
    /// `1.5-billion`).
    pub fn is_glued_hyphen(&self, i: usize) -> bool {
        self.is(i, crate::word!("-")) && self.tokens[i].gap == Gap::None
    }

    /// True when token `k` is an `and` right after a comma (`, and`), which joins two
    /// clauses or two people rather than the words of one name or title.
    pub fn is_comma_and(&self, k: usize) -> bool {
        k > 0 && self.is(k, crate::word!("and")) && self.is(k - 1, crate::word!(","))
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

    /// True when token `i` is the first of its sentence (by position only).
    pub fn starts_sentence(&self, i: usize) -> bool {
        self.sentences
            .get(self.sentence_of_token(i))
            .is_some_and(|s| s.first == i)
    }

    /// True when token `i` sits in a headline written in title case (`Pakistan Signs
    /// Copper Deal With US Firm`), where capitals say nothing about names: a line without
    /// a closing full stop, of four or more words, seven in ten of them capitalized.
    pub fn in_title_case_line(&self, i: usize) -> bool {
        self.title_case
            .get(self.sentence_of_token(i))
            .copied()
            .unwrap_or(false)
    }

    fn title_case_sentence(src: &str, tokens: &[Token], s: &Sentence) -> bool {
        let last = &tokens[s.last - 1];
        if matches!(&src[last.start..last.end], "." | "?" | "!" | "\"" | "”") {
            return false;
        }
        let (mut n, mut caps) = (0, 0);
        for t in &tokens[s.first..s.last] {
            if t.class == TokenClass::Word {
                n += 1;
                if t.is_capitalized(src) {
                    caps += 1;
                }
            }
        }
        n >= 4 && caps * 10 >= n * 7
    }

    /// Index of the sentence that holds token `i`.
    pub fn sentence_of_token(&self, i: usize) -> usize {
        self.sentences
            .partition_point(|s| s.first <= i)
            .saturating_sub(1)
    }
}

/// A word known at compile time, by its token hash: `word!("of")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word(pub u64);

impl Word {
    /// The word's hash; a plain ASCII word only (see [`word_hash`]), else a compile error
    /// when used in a constant.
    pub const fn of(word: &str) -> Word {
        match word_hash(word) {
            Some(h) => Word(h),
            None => panic!("not a plain ASCII word"),
        }
    }
}

/// The token hash of a plain ASCII word (letters, digits, most punctuation), computed at
/// compile time, so that a test is one comparison. Other words do not compile.
///
/// ```
/// use news_entities::text::Text;
/// use news_entities::{word, words};
/// let t = Text::new("The MoU was signed in Islamabad.");
/// assert!(t.is(0, word!("the")) && t.is_any(3, words!["signed", "inked"]));
/// ```
#[macro_export]
macro_rules! word {
    ($w:expr) => {
        const { $crate::text::Word::of($w) }
    };
}

/// Token hashes of plain ASCII words, as a constant slice: `words!["a", "an"]`.
#[macro_export]
macro_rules! words {
    ($($w:expr),* $(,)?) => {{
        const WORDS: &[$crate::text::Word] = &[$($crate::text::Word::of($w)),*];
        WORDS
    }};
}

/// A filter of 4096 bits over the low 12 bits of word hashes, built at compile time: one
/// test rules out most words outside a small fixed list (no false negatives).
#[derive(Debug, Clone, Copy)]
pub struct WordFilter([u64; 64]);

impl WordFilter {
    /// The empty filter.
    pub const EMPTY: WordFilter = WordFilter([0; 64]);

    /// The filter of `words`.
    pub const fn of(words: &[Word]) -> WordFilter {
        let mut f = WordFilter::EMPTY;
        let mut i = 0;
        while i < words.len() {
            f = f.with(words[i]);
            i += 1;
        }
        f
    }

    /// This filter with `word` added.
    pub const fn with(mut self, word: Word) -> WordFilter {
        let k = (word.0 & 4095) as usize;
        self.0[k >> 6] |= 1 << (k & 63);
        self
    }

    /// False when no word of the filter has hash `h`.
    #[inline(always)]
    pub fn may_have(&self, h: u64) -> bool {
        let k = (h & 4095) as usize;
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }
}

/// What [`Text::is`] compares a token with.
pub trait IsWord {
    /// True when token `i` of `text` exists and reads this word.
    fn is_token(&self, text: &Text, i: usize) -> bool;
}

impl IsWord for Word {
    #[inline(always)]
    fn is_token(&self, text: &Text, i: usize) -> bool {
        text.hashes.get(i) == Some(&self.0)
    }
}

impl IsWord for &str {
    fn is_token(&self, text: &Text, i: usize) -> bool {
        i < text.tokens.len() && fold_eq(text.str(i), self)
    }
}

impl<T: IsWord + ?Sized> IsWord for &T {
    #[inline(always)]
    fn is_token(&self, text: &Text, i: usize) -> bool {
        (**self).is_token(text, i)
    }
}

/// A set of single words, matched against tokens by their folded hash: one table probe
/// instead of a string comparison per word. Build it once (`once_cell::sync::Lazy`).
#[derive(Debug, Clone)]
pub struct WordSet {
    hashes: std::collections::HashSet<u64, std::hash::BuildHasherDefault<HashIsKey>>,
    /// The members' filter: most tokens are ruled out by one test.
    filter: WordFilter,
}

impl Default for WordSet {
    fn default() -> Self {
        WordSet {
            hashes: Default::default(),
            filter: WordFilter::EMPTY,
        }
    }
}

/// A hasher for keys that are already token hashes: it passes them through.
#[derive(Default)]
pub struct HashIsKey(u64);

impl std::hash::Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl WordSet {
    /// The set of `words`, each compared as a token is (case and punctuation folded).
    /// Entries that are not a single token (`state-owned`) can never match and are left out.
    pub fn new(words: &[&str]) -> WordSet {
        WordSet::of_hashes(words.iter().filter_map(|w| single_token_hash(w)))
    }

    /// The set of words already hashed (`words!`, or tables of [`Word`]s).
    pub fn of_words(words: impl IntoIterator<Item = Word>) -> WordSet {
        WordSet::of_hashes(words.into_iter().map(|w| w.0))
    }

    fn of_hashes(hashes: impl IntoIterator<Item = u64>) -> WordSet {
        let mut set = WordSet::default();
        for h in hashes {
            set.filter = set.filter.with(Word(h));
            set.hashes.insert(h);
        }
        set
    }

    /// False when no word of hash `h` is in the set: one bit test, no table probe. (True
    /// may be a false positive.)
    #[inline]
    pub fn may_have(&self, h: u64) -> bool {
        self.filter.may_have(h)
    }

    /// True when a word token of hash `h` is in the set.
    #[inline]
    pub fn has_hash(&self, h: u64) -> bool {
        self.filter.may_have(h) && self.hashes.contains(&h)
    }

    /// True when token `i` of `text` is a word of the set.
    #[inline]
    pub fn has(&self, text: &Text, i: usize) -> bool {
        let (Some(t), Some(&h)) = (text.tokens.get(i), text.hashes.get(i)) else {
            return false;
        };
        t.class == TokenClass::Word && self.has_hash(h)
    }
}

/// Folds one character for matching: lower case, with punctuation variants normalized.
fn fold_char(c: char) -> impl Iterator<Item = char> {
    normalize_punct(c).to_lowercase()
}

/// Days and months, in full and abbreviated (`Tuesday`, `March`, `Sept`): words that date,
/// not name.
pub const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Case- and punctuation-insensitive equality (`Pakistan’S` equals `pakistan's`).
pub fn fold_eq(a: &str, b: &str) -> bool {
    // Most comparisons fail on the first letter: decide those without scanning.
    if let (Some(&p), Some(&q)) = (a.as_bytes().first(), b.as_bytes().first()) {
        if p < 0x80 && q < 0x80 && p != b'`' && q != b'`' && !p.eq_ignore_ascii_case(&q) {
            return false;
        }
    }
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

/// The hash [`token_hash`] gives a token that reads `word`, for a word of ASCII characters
/// whose lower-case bytes all have bit 0x20 set (letters, digits and most punctuation): for
/// those, lower-casing first and masking while hashing agree. `None` for anything else.
/// A `const fn`, so that hashes of literals fold at compile time.
#[inline(always)]
pub const fn word_hash(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 24 {
        return None;
    }
    let mut lower = [0u8; 24];
    let mut k = 0;
    while k < b.len() {
        let c = b[k].to_ascii_lowercase();
        if c >= 0x80 || c & 0x20 == 0 || c == b'`' {
            return None;
        }
        lower[k] = c;
        k += 1;
    }
    Some(hash_prefix(&lower, b.len()))
}

/// The token hash, in three steps shared by every way of computing it: start from the
/// length, mix in each 8-byte word (little-endian, zero-padded), finish.
const HASH_K: u64 = 0x9E37_79B9_7F4A_7C15;

const fn hash_start(len: usize) -> u64 {
    (len as u64).wrapping_mul(HASH_K)
}

/// The byte of a token hash that [`Text::positions`] scans first (the top one: the
/// hash's last step is a multiplication, which mixes every bit into it).
const fn tag(h: u64) -> u8 {
    (h >> 56) as u8
}

/// The low bit of every byte of a `u64`.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;

/// Multiplying the low bits of a `u64`'s bytes by this moves them, in order, into its top
/// byte (byte `j`'s bit to bit `56 + j`).
const GATHER: u64 = 0x0102_0408_1020_4080;

const fn hash_mix(h: u64, word: u64) -> u64 {
    (h ^ word).wrapping_mul(HASH_K).rotate_left(29)
}

const fn hash_finish(h: u64) -> u64 {
    (h ^ (h >> 32)).wrapping_mul(HASH_K)
}

/// [`hash_bytes`] of `buf[..len]` without lower-casing, as a `const fn`.
const fn hash_prefix(buf: &[u8; 24], len: usize) -> u64 {
    let mut h = hash_start(len);
    let mut at = 0;
    while at < len {
        let mut w = 0u64;
        let mut k = 0;
        while k < 8 && at + k < len {
            w |= (buf[at + k] as u64) << (8 * k);
            k += 1;
        }
        h = hash_mix(h, w);
        at += 8;
    }
    hash_finish(h)
}

/// Hashes bytes 8 at a time; `lower` ORs 0x20 into every byte (exact lower-casing for
/// ASCII letters, and only used on them).
fn hash_bytes(bytes: &[u8], lower: bool) -> u64 {
    let mask = if lower { 0x2020_2020_2020_2020 } else { 0 };
    let mut h = hash_start(bytes.len());
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = hash_mix(h, u64::from_le_bytes(w) | mask);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Byte by byte: a copy of a variable length would call memcpy.
        let mut w = 0u64;
        for (k, &b) in rest.iter().enumerate() {
            w |= u64::from(b) << (8 * k);
        }
        h = hash_mix(h, w | mask >> (8 * (8 - rest.len())));
    }
    hash_finish(h)
}

/// [`hash_bytes`] of `src[start..end]`; a span of at most 8 bytes is read with one load
/// when 8 bytes are there to read, and no branch on its length.
#[inline]
pub(crate) fn hash_span(src: &[u8], start: usize, end: usize, lower: bool) -> u64 {
    let len = end - start;
    match src.get(start..start + 8) {
        Some(w) if len <= 8 => {
            let mut b = [0u8; 8];
            b.copy_from_slice(w);
            // The token's bytes of the 8 read (little-endian: the low ones).
            let keep = u64::MAX.checked_shr(8 * (8 - len) as u32).unwrap_or(0);
            let mask = if lower {
                0x2020_2020_2020_2020 & keep
            } else {
                0
            };
            let mut h = hash_start(len);
            if len > 0 {
                h = hash_mix(h, (u64::from_le_bytes(b) & keep) | mask);
            }
            hash_finish(h)
        }
        _ => hash_bytes(&src[start..end], lower),
    }
}

/// The token hash of `word` when it is one token (any script: `bilhão`), as a text's
/// token of that word has it; `None` for a phrase or an empty string.
pub fn single_token_hash(word: &str) -> Option<u64> {
    match tokenize(word).as_slice() {
        [t] => Some(token_hash(word, t)),
        _ => None,
    }
}

/// The hash of a token's folded form: words lower-cased, punctuation variants normalized
/// (`’` as `'`, `–` as `-`). Tokens that fold alike hash alike; this is what lexicons key on.
pub fn token_hash(src: &str, t: &Token) -> u64 {
    let s = &src[t.start..t.end];
    match t.class {
        TokenClass::Word if s.is_ascii() => hash_bytes(s.as_bytes(), true),
        TokenClass::Punct if s.chars().nth(1).is_none() => {
            let c = s.chars().next().map_or(' ', normalize_punct);
            let mut buf = [0u8; 4];
            hash_bytes(c.encode_utf8(&mut buf).as_bytes(), false)
        }
        TokenClass::Number | TokenClass::Symbol | TokenClass::Punct if s.is_ascii() => {
            hash_bytes(s.as_bytes(), false)
        }
        _ => hash_bytes(fold(s).as_bytes(), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_treats_variants_alike() {
        assert!(fold_eq("Pakistan’s", "pakistan's"));
        assert!(fold_eq("ÉTAT", "état"));
        let h = |s: &str| Text::new(s).hashes.clone();
        assert_eq!(h("Côte"), h("côte"));
        assert_eq!(h("’"), h("'"));
        assert_eq!(h("USSM Pakistan’s"), h("ussm pakistan's"));
        assert_ne!(h("@"), h("`"));
        assert_ne!(h("abcdefghi"), h("abcdefghj"));
        assert_eq!(fold("Mota–Engil"), "mota-engil");
        // `is` compares hashes for plain ASCII words and folds the rest: both agree with
        // `fold_eq` on every token.
        let src = "The U.S. deal’s value: $5 – 10 AT&T e_mail CAFÉ [x] 1,000";
        let t = Text::new(src);
        let words = [
            "the", "u.s.", "DEAL", "'s", "’s", ":", "$", "-", "–", "at&t", "E_MAIL", "café", "[",
            "x", "1,000", "value",
        ];
        for i in 0..t.tokens.len() {
            for w in words {
                let folded = t.is(i, w);
                assert_eq!(folded, fold_eq(t.str(i), w), "{:?} {w}", t.str(i));
                if let Some(h) = word_hash(w) {
                    assert_eq!(t.is(i, Word(h)), folded, "{:?} {w}", t.str(i));
                }
            }
        }
        let deal = (0..t.tokens.len())
            .position(|i| t.str(i) == "deal")
            .unwrap();
        assert!(t.is(0, crate::word!("the")) && t.is(deal, crate::word!("DEAL")));
        assert!(!t.is(0, crate::word!("then")) && !t.is(99, crate::word!("the")));
        assert_eq!(word_hash("E_MAIL"), None);
    }

    #[test]
    fn hashes_of_the_fast_path_equal_token_hash() {
        let src = "Zijin’s US$1.2bn Côte d’Ivoire deal: 12,34,567 t @ £5 `x` abcdefgh abcdefghi a \
                   ABCDEFGHIJKLMNOPQRSTUVWXYZ. «Ré»—x";
        // Every suffix, so that tokens end at and near the end of the text.
        for cut in (0..src.len()).filter(|&c| src.is_char_boundary(c)) {
            let t = Text::new(&src[cut..]);
            let slow: Vec<u64> = t.tokens.iter().map(|k| token_hash(t.src, k)).collect();
            assert_eq!(t.hashes, slow, "{:?}", &src[cut..]);
        }
    }

    #[test]
    fn positions_are_every_token_of_the_word() {
        let the = crate::word!("the");
        // A word whose hash shares its top byte with `the`'s: found by the byte scan, then
        // dropped by the hash test.
        let twin = (0..100_000)
            .map(|k| format!("w{k}"))
            .find(|w| tag(word_hash(w).unwrap_or(0)) == tag(the.0))
            .expect("a word with the same top byte");
        let words = [
            "The", "deal", "the", &twin, ",", "THE", "lithium", "theme", ".",
        ];
        // Lengths around the 64-token blocks, words in a scrambled order.
        for n in [0, 1, 7, 63, 64, 65, 200] {
            let src: Vec<&str> = (0..n)
                .map(|k| words[(k * 7 + k / 3) % words.len()])
                .collect();
            let joined = src.join(" ");
            let t = Text::new(&joined);
            let naive: Vec<usize> = (0..t.tokens.len()).filter(|&i| t.is(i, the)).collect();
            assert_eq!(t.positions(the).collect::<Vec<_>>(), naive, "{n} tokens");
            assert!(n < 20 || !naive.is_empty());
            // Several words in one pass: every token of any of them, in text order.
            let deal = crate::word!("deal");
            let either: Vec<usize> = (0..t.tokens.len())
                .filter(|&i| t.is(i, the) || t.is(i, deal))
                .collect();
            assert_eq!(
                t.positions_of([deal, the]).collect::<Vec<_>>(),
                either,
                "{n} tokens"
            );
        }
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
