//! Tokens: words, numbers, punctuation and symbols with exact UTF-8 byte spans.
//!
//! The tokenizer is lossless: every byte of the input is either inside exactly one token
//! or is whitespace between tokens. ASCII text takes a byte-level fast path; a stretch that
//! holds non-ASCII bytes is segmented with `unicode-segmentation` (UAX #29 word bounds, then
//! grapheme clusters) and split by the same rules, so both paths give the same tokens on
//! ASCII input (a property test checks it).
//!
//! Rules every path follows:
//! - a **word** is a run of letters (`US`, `Mota`, `Côte`); letters and digits split apart,
//!   so `Rs140bn` is `Rs` `140` `bn` and `US$6` is `US` `$` `6`;
//! - a **number** is digits with inner `,` or `.` groups (`1,00,000`, `7.3`, `12,34,567.89`);
//! - every other character is one **punctuation** or **symbol** token (`-`, `’`, `$`, `€`);
//! - [`Token::gap`] tells what separates a token from the one before it, so glued forms
//!   (`US-based`, `$1.2bn`) stay visible whole through [`group_end`].

use unicode_segmentation::UnicodeSegmentation;

/// The broad class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenClass {
    /// A run of letters.
    Word,
    /// Digits, with `,` or `.` between digit groups.
    Number,
    /// One punctuation character: `.`, `,`, `-`, `’`, `(`, `“`...
    Punct,
    /// One symbol character: `$`, `€`, `%`, `&`, `+`...
    Symbol,
}

/// The letter case of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// First letter upper case, the rest lower case (`Pakistan`, `A`).
    Title,
    /// Two or more letters, all upper case (`USSM`, `US`).
    Upper,
    /// All lower case (`signed`).
    Lower,
    /// Anything else with letters (`iPhone`, `McDonald`).
    Mixed,
    /// No cased letters (numbers, punctuation, most scripts without case).
    Uncased,
}

/// What separates a token from the previous one (or from the start of the text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gap {
    /// Nothing: the token is glued to the previous one (`based` in `US-based`).
    None,
    /// Spaces or tabs, no line break.
    Space,
    /// Whitespace with exactly one line break.
    Line,
    /// Whitespace with two or more line breaks, or the start of the text.
    Paragraph,
}

/// One token. `start..end` are UTF-8 byte offsets into the tokenized text, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Word, number, punctuation or symbol.
    pub class: TokenClass,
    /// Letter case.
    pub shape: Shape,
    /// What separates this token from the previous one.
    pub gap: Gap,
}

impl Token {
    /// The token's text.
    pub fn as_str<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// True for a word whose first letter is upper case (`Title`, `Upper` or `Mixed`
    /// starting with a capital).
    #[inline]
    pub fn is_capitalized(&self, text: &str) -> bool {
        match self.shape {
            Shape::Title | Shape::Upper => true,
            Shape::Lower | Shape::Uncased => false,
            Shape::Mixed => starts_upper(&text[self.start..]),
        }
    }
}

#[inline(never)]
fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The character class used to build tokens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Space,
    Newline,
    Letter,
    Digit,
    Punct,
    Symbol,
}

const fn ascii_class(b: u8) -> CharClass {
    match b {
        b'\n' => CharClass::Newline,
        b' ' | b'\t' | b'\r' | 0x0b | 0x0c => CharClass::Space,
        b'a'..=b'z' | b'A'..=b'Z' => CharClass::Letter,
        b'0'..=b'9' => CharClass::Digit,
        b'$' | b'%' | b'&' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~' | b'#' | b'@'
        | b'*' | b'`' => CharClass::Symbol,
        // Other ASCII control characters are treated like punctuation: never dropped.
        _ => CharClass::Punct,
    }
}

static ASCII_CLASS: [CharClass; 128] = {
    let mut table = [CharClass::Punct; 128];
    let mut i = 0;
    while i < 128 {
        table[i] = ascii_class(i as u8);
        i += 1;
    }
    table
};

fn char_class(c: char) -> CharClass {
    if c.is_ascii() {
        return ASCII_CLASS[c as usize];
    }
    if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
        CharClass::Newline
    } else if c.is_whitespace() {
        CharClass::Space
    } else if c.is_alphabetic() {
        CharClass::Letter
    } else if c.is_numeric() {
        CharClass::Digit
    } else if is_symbol(c) {
        CharClass::Symbol
    } else {
        CharClass::Punct
    }
}

/// Currency signs, math and other symbols outside ASCII.
fn is_symbol(c: char) -> bool {
    matches!(c,
        '\u{A2}'..='\u{A9}' | '\u{AC}' | '\u{AE}'..='\u{B1}' | '\u{B4}' | '\u{D7}' | '\u{F7}'
        | '\u{2030}'..='\u{2031}' | '\u{20A0}'..='\u{20CF}' | '\u{2100}'..='\u{214F}'
        | '\u{2190}'..='\u{23FF}' | '\u{25A0}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Splits `text` into tokens. Never panics; every byte outside a token is whitespace.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    Tokenizer::new(text).run(&mut out);
    out
}

/// [`tokenize`] and the [`token_hash`](super::token_hash) of every token, computed while the
/// bytes are at hand: plain ASCII tokens are hashed on the fast path.
pub(crate) fn tokenize_hashed(text: &str) -> (Vec<Token>, Vec<u64>) {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut tz = Tokenizer::new(text);
    tz.hashes = Some(Vec::with_capacity(out.capacity()));
    tz.run(&mut out);
    (out, tz.hashes.unwrap_or_default())
}

/// The same tokens as [`tokenize`], computed by the Unicode path only. Public for tests and
/// benchmarks that compare both paths.
pub fn tokenize_unicode(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut tz = Tokenizer::new(text);
    tz.unicode_stretch(0, text.len(), &mut out);
    out
}

/// Index one past the last token of the glued run that starts at token `i`: the whole of
/// `US-based`, `Rs140bn` or `$1.2bn`. Returns `i + 1` for a token followed by whitespace.
pub fn group_end(tokens: &[Token], i: usize) -> usize {
    let mut j = i + 1;
    while j < tokens.len() && tokens[j].gap == Gap::None {
        j += 1;
    }
    j
}

struct Tokenizer<'a> {
    text: &'a str,
    /// The hash of every token pushed, when asked for.
    hashes: Option<Vec<u64>>,
    /// Newlines seen since the last token (saturating), or `None` when no whitespace.
    pending: Gap,
}

impl<'a> Tokenizer<'a> {
    fn new(text: &'a str) -> Self {
        Tokenizer {
            text,
            hashes: None,
            pending: Gap::Paragraph,
        }
    }

    fn whitespace(&mut self, newline: bool) {
        self.pending = match (self.pending, newline) {
            (Gap::Paragraph, _) => Gap::Paragraph,
            (Gap::Line, true) => Gap::Paragraph,
            (_, true) => Gap::Line,
            (Gap::None, false) => Gap::Space,
            (g, false) => g,
        };
    }

    fn push(&mut self, out: &mut Vec<Token>, start: usize, end: usize, class: TokenClass) {
        let shape = match class {
            TokenClass::Word => shape_of(&self.text[start..end]),
            _ => Shape::Uncased,
        };
        let at = out.len();
        self.push_shaped(out, start, end, class, shape);
        if let Some(h) = self.hashes.as_mut() {
            h.push(super::token_hash(self.text, &out[at]));
        }
    }

    /// Pushes a token of ASCII bytes, hashed on the fast path. Words are lower-cased.
    #[inline(always)]
    fn push_ascii(
        &mut self,
        out: &mut Vec<Token>,
        start: usize,
        end: usize,
        class: TokenClass,
        shape: Shape,
    ) {
        self.push_shaped(out, start, end, class, shape);
        if let Some(h) = self.hashes.as_mut() {
            let word = class == TokenClass::Word;
            h.push(super::hash_span(self.text.as_bytes(), start, end, word));
        }
    }

    #[inline]
    fn push_shaped(
        &mut self,
        out: &mut Vec<Token>,
        start: usize,
        end: usize,
        class: TokenClass,
        shape: Shape,
    ) {
        out.push(Token {
            start,
            end,
            class,
            shape,
            gap: self.pending,
        });
        self.pending = Gap::None;
    }

    fn run(&mut self, out: &mut Vec<Token>) {
        let bytes = self.text.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        while i < n {
            let b = bytes[i];
            // The commonest bytes first, by plain branches (a jump table on the class
            // mispredicts often): a space between words.
            if b == b' ' {
                self.whitespace(false);
                i += 1;
                continue;
            }
            if b.is_ascii_alphabetic() {
                i = self.ascii_word(out, i);
                continue;
            }
            if b >= 0x80 {
                // Curly quotes, dashes and currency signs between ASCII text stay on the
                // fast path; letters, marks and anything else go through UAX #29.
                match simple_char_at(self.text, i) {
                    Some((len, CharClass::Space)) => {
                        self.whitespace(false);
                        i += len;
                        continue;
                    }
                    Some((len, class)) => {
                        let class = if class == CharClass::Symbol {
                            TokenClass::Symbol
                        } else {
                            TokenClass::Punct
                        };
                        self.push(out, i, i + len, class);
                        i += len;
                        continue;
                    }
                    None if latin_letter_at(self.text, i).is_some() => {
                        i = self.ascii_word(out, i);
                        continue;
                    }
                    None => {
                        i = self.unicode_from(i, out);
                        continue;
                    }
                }
            }
            match ASCII_CLASS[b as usize] {
                CharClass::Space => {
                    self.whitespace(false);
                    i += 1;
                }
                CharClass::Newline => {
                    self.whitespace(true);
                    i += 1;
                }
                CharClass::Letter => i = self.ascii_word(out, i),
                CharClass::Digit => {
                    let s = i;
                    i = number_end(bytes, i);
                    self.push_ascii(out, s, i, TokenClass::Number, Shape::Uncased);
                }
                CharClass::Punct => {
                    // One ASCII character: `normalize_punct` leaves it as it is.
                    self.push_ascii(out, i, i + 1, TokenClass::Punct, Shape::Uncased);
                    i += 1;
                }
                CharClass::Symbol => {
                    self.push_ascii(out, i, i + 1, TokenClass::Symbol, Shape::Uncased);
                    i += 1;
                }
            }
        }
    }

    /// The word of ASCII letters at byte `s` (or, if non-ASCII letters follow, the stretch
    /// through the Unicode path); returns where tokenizing resumes.
    #[inline(always)]
    fn ascii_word(&mut self, out: &mut Vec<Token>, s: usize) -> usize {
        let bytes = self.text.as_bytes();
        let n = bytes.len();
        let mut i = s;
        let mut upper = 0;
        let mut latin = false;
        loop {
            while i < n && bytes[i].is_ascii_alphabetic() {
                upper += usize::from(bytes[i] < b'a');
                i += 1;
            }
            if i < n && bytes[i] >= 0x80 {
                // Precomposed Latin letters (`Côte`, `São`, `Zürich`) stay on the fast path;
                // other letters and combining marks go through UAX #29.
                if let Some(len) = latin_letter_at(self.text, i) {
                    latin = true;
                    i += len;
                    continue;
                }
                if simple_char_at(self.text, i).is_none() {
                    return self.unicode_from(s, out);
                }
            }
            break;
        }
        if latin {
            self.push(out, s, i, TokenClass::Word);
        } else {
            let shape = ascii_shape(upper, i - s, bytes[s] < b'a');
            self.push_ascii(out, s, i, TokenClass::Word, shape);
        }
        i
    }

    /// Tokenizes the stretch starting at `start` up to the next ASCII whitespace with the
    /// Unicode path; returns where the fast path resumes.
    fn unicode_from(&mut self, start: usize, out: &mut Vec<Token>) -> usize {
        let bytes = self.text.as_bytes();
        let mut end = start;
        while end < bytes.len() && !matches!(bytes[end], b' ' | b'\t' | b'\r' | b'\n') {
            end += 1;
        }
        // `end` sits on an ASCII byte or the end of text, so it is a char boundary.
        self.unicode_stretch(start, end, out);
        end
    }

    fn unicode_stretch(&mut self, start: usize, end: usize, out: &mut Vec<Token>) {
        let stretch = &self.text[start..end];
        for (seg_off, seg) in stretch.split_word_bound_indices() {
            self.segment(start + seg_off, seg, out);
        }
    }

    /// Splits one UAX #29 word segment into tokens, grapheme by grapheme, by the rules of
    /// the module docs.
    fn segment(&mut self, base: usize, seg: &str, out: &mut Vec<Token>) {
        let mut run: Option<(usize, TokenClass)> = None; // start and class of an open run
        let mut last_end = base;
        let graphemes: Vec<(usize, &str)> = seg.grapheme_indices(true).collect();
        let mut k = 0;
        while k < graphemes.len() {
            let (off, g) = graphemes[k];
            let at = base + off;
            let g_end = at + g.len();
            let c = g.chars().next().unwrap_or(' ');
            let class = match char_class(c) {
                _ if g.contains('\n') => CharClass::Newline,
                // A space carrying combining marks (`\u{2000}\u{b47}`) keeps its marks as a
                // symbol token, so that no non-space character is lost.
                CharClass::Space if g.chars().any(|x| !x.is_whitespace()) => CharClass::Symbol,
                other => other,
            };
            // Continue an open run?
            if let Some((s, rc)) = run {
                let cont = match (rc, class) {
                    (TokenClass::Word, CharClass::Letter) => true,
                    (TokenClass::Number, CharClass::Digit) => true,
                    (TokenClass::Number, CharClass::Punct) if g == "," || g == "." => {
                        graphemes.get(k + 1).is_some_and(|(_, n)| {
                            n.chars().next().is_some_and(|d| d.is_ascii_digit())
                        }) && c.is_ascii()
                            && self.text.as_bytes()[last_end - 1].is_ascii_digit()
                    }
                    _ => false,
                };
                if cont {
                    last_end = g_end;
                    k += 1;
                    continue;
                }
                self.push(out, s, last_end, rc);
                run = None;
            }
            match class {
                CharClass::Space => self.whitespace(false),
                CharClass::Newline => self.whitespace(true),
                CharClass::Letter => run = Some((at, TokenClass::Word)),
                CharClass::Digit => run = Some((at, TokenClass::Number)),
                CharClass::Punct => self.push(out, at, g_end, TokenClass::Punct),
                CharClass::Symbol => self.push(out, at, g_end, TokenClass::Symbol),
            }
            last_end = g_end;
            k += 1;
        }
        if let Some((s, rc)) = run {
            self.push(out, s, last_end, rc);
        }
    }
}

/// A non-ASCII punctuation, symbol or space character at byte `i` that can be tokenized
/// alone: not a letter, digit or mark, and followed by ASCII or the end of text (so that no
/// combining mark attaches to it). Returns its length and class.
fn simple_char_at(text: &str, i: usize) -> Option<(usize, CharClass)> {
    let c = text.get(i..)?.chars().next()?;
    let len = c.len_utf8();
    if text.as_bytes().get(i + len).is_some_and(|&b| b >= 0x80) {
        return None;
    }
    match char_class(c) {
        class @ (CharClass::Punct | CharClass::Symbol | CharClass::Space) if matches!(c, '\u{A0}'..='\u{BF}' | '\u{2000}'..='\u{206F}' | '\u{20A0}'..='\u{20CF}') => {
            Some((len, class))
        }
        _ => None,
    }
}

/// A precomposed Latin letter at byte `i` (U+00C0 to U+024F, `×` and `÷` excepted) that
/// no combining mark follows: such a letter continues a word exactly as UAX #29 and the
/// Unicode path would. Returns its length in bytes.
fn latin_letter_at(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let mut chars = rest.chars();
    let c = chars.next()?;
    let latin = |c: char| matches!(c, '\u{C0}'..='\u{24F}') && c != '×' && c != '÷';
    if !latin(c) {
        return None;
    }
    // The next character must not attach to this one: ASCII, or another such letter.
    match chars.next() {
        None => Some(c.len_utf8()),
        Some(d) if d.is_ascii() || latin(d) => Some(c.len_utf8()),
        Some(_) => None,
    }
}

/// End of the number starting at `i`: digits, then `,` or `.` followed by digits, repeated.
fn number_end(bytes: &[u8], mut i: usize) -> usize {
    let n = bytes.len();
    while i < n && bytes[i].is_ascii_digit() {
        i += 1;
    }
    while i + 1 < n && (bytes[i] == b',' || bytes[i] == b'.') && bytes[i + 1].is_ascii_digit() {
        i += 1;
        while i < n && bytes[i].is_ascii_digit() {
            i += 1;
        }
    }
    i
}

/// The shape of an ASCII word of `len` letters, `upper` of them capitals.
#[inline]
fn ascii_shape(upper: usize, len: usize, first_upper: bool) -> Shape {
    match (upper, len - upper) {
        (0, _) => Shape::Lower,
        (1, _) if first_upper => Shape::Title,
        (_, 0) => Shape::Upper,
        _ => Shape::Mixed,
    }
}

fn shape_of(word: &str) -> Shape {
    if word.is_ascii() {
        let b = word.as_bytes();
        let upper = b.iter().filter(|c| c.is_ascii_uppercase()).count();
        return ascii_shape(
            upper,
            b.len(),
            b.first().is_some_and(u8::is_ascii_uppercase),
        );
    }
    let (mut upper, mut lower, mut first_upper, mut first) = (0usize, 0usize, false, true);
    for c in word.chars() {
        if c.is_uppercase() {
            upper += 1;
            if first {
                first_upper = true;
            }
        } else if c.is_lowercase() {
            lower += 1;
        }
        if c.is_alphabetic() {
            first = false;
        }
    }
    match (upper, lower) {
        (0, 0) => Shape::Uncased,
        (0, _) => Shape::Lower,
        (1, _) if first_upper => Shape::Title,
        (_, 0) => Shape::Upper,
        _ => Shape::Mixed,
    }
}

/// The canonical form of a punctuation character for matching: curly quotes and
/// apostrophes become straight ones, en and em dashes and the minus sign become `-`.
pub fn normalize_punct(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{AB}' | '\u{BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens as `(text, class)` pairs.
    fn toks(s: &str) -> Vec<(&str, TokenClass)> {
        tokenize(s).iter().map(|t| (t.as_str(s), t.class)).collect()
    }

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.as_str(s)).collect()
    }

    use TokenClass::*;

    #[test]
    fn hard_cases() {
        // (input, expected token texts). At least 40 cases, each one a thing rules rely on.
        let cases: &[(&str, &[&str])] = &[
            ("1,00,000", &["1,00,000"]),
            ("12,34,567.89", &["12,34,567.89"]),
            ("7.3", &["7.3"]),
            ("7.3.", &["7.3", "."]),
            ("in 2024.", &["in", "2024", "."]),
            ("1,000,", &["1,000", ","]),
            ("Rs140bn", &["Rs", "140", "bn"]),
            ("Rs.140bn", &["Rs", ".", "140", "bn"]),
            ("$1.2bn", &["$", "1.2", "bn"]),
            ("US$6", &["US", "$", "6"]),
            ("US-based", &["US", "-", "based"]),
            ("Mota-Engil", &["Mota", "-", "Engil"]),
            ("Khyber-Pakhtunkhwa", &["Khyber", "-", "Pakhtunkhwa"]),
            ("Pakistan’s", &["Pakistan", "’", "s"]),
            ("Pakistan's", &["Pakistan", "'", "s"]),
            ("Chargé d’Affaires", &["Chargé", "d", "’", "Affaires"]),
            ("Côte d'Ivoire", &["Côte", "d", "'", "Ivoire"]),
            ("U.S.", &["U", ".", "S", "."]),
            ("“quoted”", &["“", "quoted", "”"]),
            ("\"quoted\"", &["\"", "quoted", "\""]),
            ("2020–2024", &["2020", "–", "2024"]),
            ("talks—and", &["talks", "—", "and"]),
            ("500\u{a0}million", &["500", "million"]),
            ("€3m", &["€", "3", "m"]),
            ("₹500 crore", &["₹", "500", "crore"]),
            ("10¢", &["10", "¢"]),
            ("(TSX: PGE)", &["(", "TSX", ":", "PGE", ")"]),
            ("(ASX:AJM)", &["(", "ASX", ":", "AJM", ")"]),
            ("Ni-Cu-Co", &["Ni", "-", "Cu", "-", "Co"]),
            ("U3O8", &["U", "3", "O", "8"]),
            ("3.5%", &["3.5", "%"]),
            ("Islamabad:", &["Islamabad", ":"]),
            ("São Paulo", &["São", "Paulo"]),
            ("naïve café", &["naïve", "café"]),
            ("e\u{301}tat", &["e\u{301}tat"]),
            ("Zürich-based", &["Zürich", "-", "based"]),
            ("Türkiye", &["Türkiye"]),
            ("...", &[".", ".", "."]),
            ("end…", &["end", "…"]),
            ("A$1.5bn", &["A", "$", "1.5", "bn"]),
            ("10k$", &["10", "k", "$"]),
            ("c $ 16.4", &["c", "$", "16.4"]),
            ("R&D", &["R", "&", "D"]),
            ("1.2.3", &["1.2.3"]),
            ("a1,000", &["a", "1,000"]),
            ("", &[]),
            ("   \n\n  ", &[]),
            // UAX #29 gives each ideograph its own word.
            ("北京", &["北", "京"]),
        ];
        let mut failures = Vec::new();
        for (input, expected) in cases {
            let got = words(input);
            if got != *expected {
                failures.push(format!("{input:?}: got {got:?}, want {expected:?}"));
            }
        }
        assert!(cases.len() >= 40);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn classes_and_shapes() {
        assert_eq!(
            toks("USSM paid $5, Mota"),
            vec![
                ("USSM", Word),
                ("paid", Word),
                ("$", Symbol),
                ("5", Number),
                (",", Punct),
                ("Mota", Word)
            ]
        );
        let s = "USSM Pakistan signed iPhone A 42";
        let shapes: Vec<Shape> = tokenize(s).iter().map(|t| t.shape).collect();
        use Shape::*;
        assert_eq!(shapes, vec![Upper, Title, Lower, Mixed, Title, Uncased]);
    }

    #[test]
    fn gaps_tell_glue_lines_and_paragraphs() {
        let s = "Headline here\nIslamabad: US-based\n\nNext";
        let gaps: Vec<Gap> = tokenize(s).iter().map(|t| t.gap).collect();
        use Gap::*;
        assert_eq!(
            gaps,
            vec![Paragraph, Space, Line, None, Space, None, None, Paragraph]
        );
    }

    #[test]
    fn glued_groups_are_visible_whole() {
        let s = "firm US-based and Rs140bn";
        let t = tokenize(s);
        assert_eq!(group_end(&t, 1), 4);
        assert_eq!(&s[t[1].start..t[3].end], "US-based");
        assert_eq!(group_end(&t, 5), 8);
        assert_eq!(group_end(&t, 0), 1);
    }

    #[test]
    fn punctuation_variants_normalize_alike() {
        for c in ['’', '‘', '\''] {
            assert_eq!(normalize_punct(c), '\'');
        }
        for c in ['–', '—', '-', '−'] {
            assert_eq!(normalize_punct(c), '-');
        }
        for c in ['“', '”', '"'] {
            assert_eq!(normalize_punct(c), '"');
        }
    }
}
