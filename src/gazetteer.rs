//! Gazetteers: the shared TSV parser and the token-sequence matcher every kind uses.
//!
//! # Files
//! A gazetteer file is UTF-8 text: `#` comment lines (provenance and license) first, then
//! one tab-separated header line, then one row per entry with exactly as many fields as
//! the header. Multi-valued fields separate values with `|`; an empty field means none.
//! Built-in files and user files go through the same parser ([`Table::parse`]).
//!
//! # Matching
//! A [`Lexicon`] maps phrases (token sequences) to values. It is a trie over folded tokens
//! held in one hash table keyed by (parent node, token hash), so matching walks the token
//! stream once, with one hash probe per token and per step of a match, and can only match
//! whole tokens. A phrase's [`CaseRule`] says how its letters must be written in the text.
//! The longest accepted phrase wins at each position (`New South Wales` over `Wales`);
//! a hyphen glued between two tokens of the text may stand for a space in a phrase, so
//! `Khyber Pakhtunkhwa` also matches `Khyber-Pakhtunkhwa`.

use crate::error::{Error, Result};
use crate::text::{normalize_punct, tokenize_hashed, Gap, Shape, Text, Token};
use std::path::Path;

/// A parsed gazetteer file.
#[derive(Debug, Clone)]
pub struct Table {
    /// The file name (or built-in table name), used in error messages.
    pub name: String,
    /// Column names from the header line.
    pub columns: Vec<String>,
    /// The data rows.
    pub rows: Vec<Row>,
    header_line: usize,
}

/// One data row of a [`Table`].
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line number in the file.
    pub line: usize,
    /// The fields, one per column.
    pub fields: Vec<String>,
}

impl Row {
    /// The field in column `col` (as returned by [`Table::column`]), trimmed.
    pub fn get(&self, col: usize) -> &str {
        self.fields.get(col).map_or("", |f| f.trim())
    }

    /// The non-empty `|`-separated values of column `col`.
    pub fn list(&self, col: usize) -> impl Iterator<Item = &str> {
        self.get(col)
            .split('|')
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }
}

impl Table {
    /// Parses gazetteer text. `name` names the source in errors.
    pub fn parse(name: &str, text: &str) -> Result<Table> {
        let mut columns: Option<Vec<String>> = None;
        let mut header_line = 0;
        let mut rows = Vec::new();
        for (k, raw) in text.lines().enumerate() {
            let line = k + 1;
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if raw.starts_with('#') || raw.trim().is_empty() {
                continue;
            }
            // Tabs found with memchr (a tab byte is always a whole character): built-in
            // tables have 50,000 rows, parsed at every start.
            let mut fields: Vec<String> = Vec::with_capacity(8);
            let mut from = 0;
            for tab in memchr::memchr_iter(b'\t', raw.as_bytes()) {
                fields.push(raw[from..tab].to_string());
                from = tab + 1;
            }
            fields.push(raw[from..].to_string());
            match &columns {
                None => {
                    if let Some(dup) = fields
                        .iter()
                        .enumerate()
                        .find(|(i, f)| fields[..*i].contains(f))
                    {
                        return Err(Error::gazetteer(
                            name,
                            line,
                            format!("duplicate column {:?} in header", dup.1),
                        ));
                    }
                    columns = Some(fields.iter().map(|f| f.trim().to_string()).collect());
                    header_line = line;
                }
                Some(cols) => {
                    if fields.len() != cols.len() {
                        return Err(Error::gazetteer(
                            name,
                            line,
                            format!(
                                "expected {} tab-separated fields ({}), found {}",
                                cols.len(),
                                cols.join(", "),
                                fields.len()
                            ),
                        ));
                    }
                    rows.push(Row { line, fields });
                }
            }
        }
        let columns =
            columns.ok_or_else(|| Error::gazetteer(name, 1, "no header line (file is empty)"))?;
        Ok(Table {
            name: name.to_string(),
            columns,
            rows,
            header_line,
        })
    }

    /// Reads and parses a gazetteer file.
    pub fn from_path(path: &Path) -> Result<Table> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Table::parse(&path.display().to_string(), &text)
    }

    /// True when the header has every one of `names`.
    pub fn has_columns(&self, names: &[&str]) -> bool {
        names.iter().all(|n| self.optional_column(n).is_some())
    }

    /// The index of column `name` when the header has it (a column older tables lack).
    pub fn optional_column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// The index of column `name`, or an error naming the file and its header line.
    pub fn column(&self, name: &str) -> Result<usize> {
        self.optional_column(name).ok_or_else(|| {
            Error::gazetteer(
                &self.name,
                self.header_line,
                format!("missing column {name:?} in header"),
            )
        })
    }

    /// An error about `row`.
    pub fn row_error(&self, row: &Row, message: impl std::fmt::Display) -> Error {
        Error::gazetteer(&self.name, row.line, message)
    }
}

/// How the letters of a phrase must be written in the text for it to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CaseRule {
    /// Any case: `copper`, `Copper`, `COPPER`.
    Fold,
    /// Words written with a capital in the phrase need a capital in the text (or all caps):
    /// `Islamabad`, `ISLAMABAD`, not `islamabad`.
    Capitalized,
    /// Exactly as written (acronyms and symbols: `REEs`, `US`, `Rs`).
    Exact,
}

#[derive(Debug, Clone)]
struct Entry<T> {
    rule: CaseRule,
    /// For [`CaseRule::Exact`], the phrase's key tokens as written (inner hyphens dropped).
    forms: Box<[Box<str>]>,
    /// For [`CaseRule::Capitalized`], what the rule reads of each key token's form
    /// ([`FormCase`]), worked out once when the phrase is added.
    cases: Box<[FormCase]>,
    value: T,
}

/// How a key token of a [`CaseRule::Capitalized`] phrase is written.
#[derive(Debug, Clone, Copy)]
struct FormCase {
    /// Starts with a capital: only these tokens are checked.
    capital: bool,
    /// More than three characters (`Perth`, not `Wa`).
    long: bool,
    /// All capitals (`CATL`).
    all_caps: bool,
    /// A capital after the first character (`McEwen`).
    inner_capital: bool,
}

impl FormCase {
    fn of(form: &str) -> FormCase {
        if form.is_ascii() {
            let b = form.as_bytes();
            let capitals = b.iter().filter(|c| c.is_ascii_uppercase()).count();
            let first_capital = b.first().is_some_and(u8::is_ascii_uppercase);
            return FormCase {
                capital: first_capital,
                long: b.len() > 3,
                all_caps: capitals == b.len(),
                inner_capital: capitals > usize::from(first_capital),
            };
        }
        // One pass over the characters.
        let (mut count, mut capitals, mut first_capital) = (0usize, 0usize, false);
        for c in form.chars() {
            let capital = if c.is_ascii() {
                c.is_ascii_uppercase()
            } else {
                c.is_uppercase()
            };
            if count == 0 {
                first_capital = capital;
            }
            count += 1;
            capitals += usize::from(capital);
        }
        FormCase {
            capital: first_capital,
            long: count > 3,
            all_caps: capitals == count,
            inner_capital: capitals > usize::from(first_capital),
        }
    }
}

#[derive(Debug, Clone)]
struct Node {
    parent: u32,
    /// The hash of the folded token that leads here from `parent`.
    token: u64,
    /// Indices into `Lexicon::entries` of phrases that end here.
    entries: Vec<u32>,
    /// For a first token: some phrase through here may start with a lower-case word.
    lower_ok: bool,
    /// One bit per child, picked by the top six bits of its token's hash
    /// ([`child_bit`]): 0 when no phrase goes on from here, and a token whose bit is
    /// clear leads to no child, decided without a look-up in the edge table.
    child_bits: u64,
    /// Some phrase that ends here matches whatever the text's case: it folds case
    /// (`CaseRule::Fold`), or has no letters to compare. No case rule needs reading.
    fold: bool,
}

/// The trie's edges: (parent, token hash) keys, mixed by [`edge_key`], to child nodes. An
/// open-addressing table with linear probing, at most half full: a lookup, hit or miss,
/// is a few instructions and usually one cache line, which matters because every walk
/// probes it at each token a phrase may start with.
#[derive(Debug, Clone)]
struct NodeMap {
    /// `(key, node)`; `node == EMPTY` marks a free slot. The length is a power of two.
    slots: Vec<(u64, u32)>,
    len: usize,
}

impl Default for NodeMap {
    fn default() -> Self {
        NodeMap {
            slots: vec![(0, NodeMap::EMPTY); 8],
            len: 0,
        }
    }
}

impl NodeMap {
    const EMPTY: u32 = u32::MAX;

    #[inline]
    fn get(&self, key: u64) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        loop {
            let (k, v) = self.slots[i];
            if v == NodeMap::EMPTY {
                return None;
            }
            if k == key {
                return Some(v);
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `key` (not in the table yet).
    fn insert(&mut self, key: u64, node: u32) {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow_to(self.slots.len() * 2);
        }
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        while self.slots[i].1 != NodeMap::EMPTY {
            i = (i + 1) & mask;
        }
        self.slots[i] = (key, node);
        self.len += 1;
    }

    /// Room for `more` keys without growing.
    fn reserve(&mut self, more: usize) {
        let want = ((self.len + more) * 2).next_power_of_two();
        if want > self.slots.len() {
            self.grow_to(want);
        }
    }

    fn grow_to(&mut self, size: usize) {
        let old = std::mem::replace(&mut self.slots, vec![(0, NodeMap::EMPTY); size]);
        self.len = 0;
        for (k, v) in old {
            if v != NodeMap::EMPTY {
                self.insert(k, v);
            }
        }
    }
}

/// The word and bit of hash `h` in a filter of `words` 64-bit words (a power of two): its
/// low bits pick both. Every lexicon's first-token filter reads so.
#[inline(always)]
fn filter_bit(h: u64, words: usize) -> (usize, u32) {
    ((h as usize >> 6) & (words - 1), (h & 63) as u32)
}

/// A child's bit in its parent's [`Node::child_bits`].
#[inline(always)]
fn child_bit(token_hash: u64) -> u64 {
    1 << (token_hash >> 58)
}

fn edge_key(parent: u32, token_hash: u64) -> u64 {
    let k = token_hash ^ (u64::from(parent) + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // A final avalanche so that low bits (used by the table) depend on every input bit.
    let k = (k ^ (k >> 31)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    k ^ (k >> 29)
}

/// Phrases with more key tokens than this are never matched.
pub const MAX_PHRASE_TOKENS: usize = 32;

/// A phrase that matched: tokens `first..last` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexMatch {
    /// Index of the first token.
    pub first: usize,
    /// Index one past the last token.
    pub last: usize,
    node: u32,
    /// The first phrase of `node` whose case rule accepted the text, when the match had
    /// to read the case rules to be accepted ([`LexMatch::UNKNOWN`] when it did not).
    entry: u32,
}

impl LexMatch {
    const UNKNOWN: u32 = u32::MAX;

    /// The same phrase's match at tokens `first..last`: for a text's own short form of the
    /// phrase (`HGA` after `Host Government Agreement (HGA)`), which gives the same values.
    pub fn moved_to(self, first: usize, last: usize) -> LexMatch {
        LexMatch {
            first,
            last,
            ..self
        }
    }
}

/// A set of phrases mapped to values, matched on whole tokens. See the module docs.
#[derive(Debug, Clone)]
pub struct Lexicon<T> {
    /// Changes whenever a phrase is added: what a [`MultiFilter`] checks it was built from.
    id: u64,
    edges: NodeMap,
    /// Two filters, one bit per low bits of a first token's hash, word by word: `[0]` for
    /// any phrase, `[1]` for phrases that may start with a lower-case word (`copper`, not
    /// `Perth`). Most tokens start no phrase, and most tokens of news text are lower-case
    /// words, which a lexicon of names thus rules out without a table probe; one vector
    /// lets the scan pick the filter by the token's case without a branch. They grow with
    /// the number of first tokens (to at most 1M bits), so a small lexicon built per
    /// document stays cheap.
    starts: Vec<[u64; 2]>,
    /// Number of distinct first tokens (what the filters are sized by).
    first_tokens: usize,
    nodes: Vec<Node>,
    entries: Vec<Entry<T>>,
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon {
            id: next_lexicon_id(),
            edges: NodeMap::default(),
            starts: vec![[0; 2]; 64],
            first_tokens: 0,
            nodes: vec![Node {
                parent: u32::MAX,
                token: 0,
                entries: Vec::new(),
                lower_ok: false,
                child_bits: 0,
                fold: false,
            }],
            entries: Vec::new(),
        }
    }
}

/// A fresh lexicon identity (see `Lexicon::id`).
fn next_lexicon_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The key tokens of a phrase in the text from token `first` on: its tokens without inner
/// hyphens. Unbounded; zipped with an entry's forms.
#[derive(Clone, Copy)]
struct KeyTokens<'t, 'a> {
    text: &'t Text<'a>,
    first: usize,
    next: usize,
}

impl Iterator for KeyTokens<'_, '_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        let tokens = &self.text.tokens;
        while self.next < tokens.len() {
            let i = self.next;
            self.next += 1;
            if i == self.first || !inner_hyphen_at(self.text, i) {
                return Some(i);
            }
        }
        None
    }
}

/// `eMalahleni`, `uMhlathuze`, `eSwatini`: one lower-case letter, then a capital and more
/// letters, as a southern African place name is written with its locative prefix.
fn prefixed_capital(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && matches!(b[0], b'e' | b'u' | b'i')
        && b[1].is_ascii_uppercase()
        && b[2].is_ascii_lowercase()
}

/// [`is_inner_hyphen`] for a tokenized text: a hyphen glued to the token before it
/// ([`Text::is_glued_hyphen`], by its hash: a token hashes as `-` exactly when it is one
/// character that folds to `-`) and to the one after.
#[inline(always)]
fn inner_hyphen_at(text: &Text, i: usize) -> bool {
    i > 0 && text.is_glued_hyphen(i) && text.tokens.get(i + 1).is_some_and(|n| n.gap == Gap::None)
}

/// True for a `-` (or dash) glued to the tokens on both sides.
fn is_inner_hyphen(src: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    i > 0
        && t.gap == Gap::None
        && tokens.get(i + 1).is_some_and(|n| n.gap == Gap::None)
        && src[t.start..t.end].chars().next().map(normalize_punct) == Some('-')
        && t.end - t.start == src[t.start..].chars().next().map_or(0, char::len_utf8)
}

impl<T> Lexicon<T> {
    /// An empty lexicon.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no phrase was added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds `phrase` with its case rule and value. The same phrase may carry several values
    /// (`Victoria` the state and the city); all of them come back on a match. A phrase with
    /// no tokens is ignored.
    pub fn insert(&mut self, phrase: &str, rule: CaseRule, value: T) {
        self.id = next_lexicon_id();
        // Hashed while tokenizing, as the text's tokens are (one pass, no re-hashing).
        let (toks, hashes) = tokenize_hashed(phrase);
        let Some(first) = toks.first() else {
            return;
        };
        // The key tokens: all but inner hyphens (never the first token).
        let keep = || {
            toks.iter()
                .zip(&hashes)
                .enumerate()
                .filter(|(i, _)| !is_inner_hyphen(phrase, &toks, *i))
                .map(|(_, t)| t)
        };
        let mut node = 0u32;
        // The node of the phrase's first token.
        let mut first_node = 0u32;
        for (_, &h) in keep() {
            let key = edge_key(node, h);
            node = match self.edges.get(key) {
                Some(child) => child,
                None => {
                    if node == 0 {
                        self.first_tokens += 1;
                        if self.first_tokens * 32 > self.starts.len() * 64
                            && self.starts.len() < (1 << 14)
                        {
                            self.grow_starts();
                        }
                        self.set_start(h);
                    }
                    let child = self.nodes.len() as u32;
                    self.nodes[node as usize].child_bits |= child_bit(h);
                    self.nodes.push(Node {
                        parent: node,
                        token: h,
                        entries: Vec::new(),
                        lower_ok: false,
                        child_bits: 0,
                        fold: false,
                    });
                    self.edges.insert(key, child);
                    child
                }
            };
            if first_node == 0 {
                first_node = node;
            }
        }
        let first_form = first.as_str(phrase);
        let lower_ok = match rule {
            CaseRule::Fold => true,
            CaseRule::Capitalized => !first_form.chars().next().is_some_and(char::is_uppercase),
            CaseRule::Exact => !first_form.chars().any(char::is_uppercase),
        };
        if lower_ok {
            let n = &mut self.nodes[first_node as usize];
            n.lower_ok = true;
            let h = n.token;
            self.set_lower_start(h);
        }
        // Only the case rules read the forms as written.
        let forms: Box<[Box<str>]> = match rule {
            CaseRule::Exact => keep().map(|(t, _)| t.as_str(phrase).into()).collect(),
            _ => Box::default(),
        };
        let cases: Box<[FormCase]> = match rule {
            CaseRule::Capitalized => keep()
                .map(|(t, _)| FormCase::of(t.as_str(phrase)))
                .collect(),
            _ => Box::default(),
        };
        // A phrase without letters (`$`, `€`, `₹`) has no case: a token that hashes like
        // one of its tokens reads the same once punctuation is normalized, which is all
        // its exact rule compares.
        let caseless = !phrase.chars().any(char::is_alphabetic);
        let end = &mut self.nodes[node as usize];
        end.entries.push(self.entries.len() as u32);
        end.fold |= rule == CaseRule::Fold || (rule == CaseRule::Exact && caseless);
        self.entries.push(Entry {
            rule,
            forms,
            cases,
            value,
        });
    }

    /// An empty lexicon with room for about `phrases` phrases, so that building a small
    /// one per document does not grow its tables step by step.
    pub fn with_capacity(phrases: usize) -> Self {
        let mut l = Self::default();
        l.edges.reserve(phrases * 2);
        l.nodes.reserve(phrases * 2);
        l.entries.reserve(phrases);
        l
    }

    fn start_bit(&self, h: u64) -> (usize, u64) {
        let (w, bit) = filter_bit(h, self.starts.len());
        (w, 1 << bit)
    }

    fn set_start(&mut self, h: u64) {
        let (w, b) = self.start_bit(h);
        self.starts[w][0] |= b;
    }

    fn set_lower_start(&mut self, h: u64) {
        let (w, b) = self.start_bit(h);
        self.starts[w][1] |= b;
    }

    /// Doubles the start filter and sets the bits of every first token again.
    fn grow_starts(&mut self) {
        self.starts = vec![[0; 2]; self.starts.len() * 2];
        for FirstToken {
            hash: h, lower_ok, ..
        } in Walkable::first_tokens(self)
        {
            self.set_start(h);
            if lower_ok {
                self.set_lower_start(h);
            }
        }
    }

    /// Can a phrase start with a token of hash `h`? (No false negatives.)
    fn may_start(&self, h: u64) -> bool {
        let (w, b) = self.start_bit(h);
        self.starts[w][0] & b != 0
    }

    /// The child of `node` along a token with hash `h`. Edges are keyed by (parent, token
    /// hash); the node's own parent and hash are checked, so a miss is exact and a false hit
    /// needs a 64-bit collision between two different tokens.
    fn child(&self, node: u32, h: u64) -> Option<u32> {
        if node == 0 && !self.may_start(h) {
            return None;
        }
        let child = self.edges.get(edge_key(node, h))?;
        let c = &self.nodes[child as usize];
        (c.parent == node && c.token == h).then_some(child)
    }

    /// Does `entry` accept the text's key tokens from token `first` (inner hyphens skipped)?
    fn accepts(&self, text: &Text, entry: &Entry<T>, first: usize) -> bool {
        let path = KeyTokens {
            text,
            next: first,
            first,
        };
        match entry.rule {
            CaseRule::Fold => true,
            CaseRule::Capitalized => entry.cases.iter().zip(path).all(|(form, i)| {
                let single = entry.cases.len() == 1;
                let t = &text.tokens[i];
                if !form.capital {
                    return true;
                }
                // `Rees` (Title) matches `Rees` and `REES`, not the acronym `REEs`.
                match t.shape {
                    Shape::Title => true,
                    // `WA` (an abbreviation) is not the town `Wa`; `PERTH` in a caps line is
                    // Perth.
                    Shape::Upper => !single || form.long || form.all_caps,
                    // `eMalahleni`, `eThekwini`: a name written with its Nguni locative
                    // prefix in lower case is the capitalized name (`Emalahleni`).
                    Shape::Mixed if !form.inner_capital => prefixed_capital(text.str(i)),
                    Shape::Mixed => t.is_capitalized(text.src) && form.inner_capital,
                    Shape::Lower | Shape::Uncased => false,
                }
            }),
            CaseRule::Exact => entry.forms.iter().zip(path).all(|(form, i)| {
                let written = text.str(i);
                // ASCII with no backquote is its own normal form: unequal bytes differ.
                let plain = |s: &str| s.bytes().all(|b| b < 0x80 && b != b'`');
                **form == *written
                    || (!(plain(form) && plain(written))
                        && form
                            .chars()
                            .map(normalize_punct)
                            .eq(written.chars().map(normalize_punct)))
            }),
        }
    }

    /// The longest accepted phrase that starts at token `i`, if any.
    pub fn longest_at(&self, text: &Text, i: usize) -> Option<LexMatch> {
        // The first token apart: most phrases that match are one token long (`$`,
        // `tonnes`), and most that fail, fail there.
        if i >= text.tokens.len() {
            return None;
        }
        let node = self.child(0, *text.hashes.get(i)?)?;
        let best = self.accepted(text, i, i + 1, node);
        let bits = self.nodes[node as usize].child_bits;
        // Most phrases that start here end here: the next token (unless it is an inner
        // hyphen, skipped) leads nowhere.
        let next_leads = text.hashes.get(i + 1).is_some_and(|&h| {
            bits & child_bit(h) != 0 || (bits != 0 && inner_hyphen_at(text, i + 1))
        });
        if !next_leads {
            return best;
        }
        self.longer_at(text, i, node, best)
    }

    /// The match of tokens `first..last` that ends at `node`, if a phrase ending there
    /// accepts the text.
    #[inline(always)]
    fn accepted(&self, text: &Text, first: usize, last: usize, node: u32) -> Option<LexMatch> {
        let n = &self.nodes[node as usize];
        let entry = if n.fold {
            LexMatch::UNKNOWN
        } else {
            // The first phrase that accepts: the one `first_value` gives.
            *n.entries
                .iter()
                .find(|&&e| self.accepts(text, &self.entries[e as usize], first))?
        };
        Some(LexMatch {
            first,
            last,
            node,
            entry,
        })
    }

    /// [`Self::longest_at`] past the first token, matched to `node`: `best` so far.
    #[inline(never)]
    fn longer_at(
        &self,
        text: &Text,
        i: usize,
        mut node: u32,
        mut best: Option<LexMatch>,
    ) -> Option<LexMatch> {
        let tokens = &text.tokens;
        let mut j = i + 1;
        // Key tokens matched so far: phrases longer than this never match.
        let mut len = 1;
        while j < tokens.len() && len < MAX_PHRASE_TOKENS {
            // (An inner hyphen is glued to the token before it: most tokens are not.)
            if inner_hyphen_at(text, j) {
                j += 1;
                continue;
            }
            let h = text.hashes[j];
            if self.nodes[node as usize].child_bits & child_bit(h) == 0 {
                break;
            }
            let Some(child) = self.child(node, h) else {
                break;
            };
            node = child;
            len += 1;
            j += 1;
            if let Some(m) = self.accepted(text, i, j, node) {
                best = Some(m);
            }
            if self.nodes[node as usize].child_bits == 0 {
                break;
            }
        }
        best
    }

    /// Every match, left to right, longest first, not overlapping.
    pub fn find_all(&self, text: &Text) -> Vec<LexMatch> {
        let mut out = Vec::with_capacity(text.tokens.len() / 64 + 4);
        self.find_in(text, 0, text.tokens.len(), &mut out);
        out
    }

    /// Every match that starts in tokens `first..last`, left to right, longest first.
    pub fn find_in(&self, text: &Text, first: usize, last: usize, out: &mut Vec<LexMatch>) {
        let end = last.min(text.tokens.len()).min(text.hashes.len());
        let (hashes, tokens) = (&text.hashes[..end], &text.tokens[..end]);
        // The hot loop: one filter bit per token, and most tokens stop there.
        let filter = self.filter();
        let mut i = first;
        while i < end {
            if !filter.passes(hashes[i], &tokens[i]) {
                i += 1;
                continue;
            }
            match self.longest_at(text, i) {
                Some(m) => {
                    i = m.last;
                    out.push(m);
                }
                None => i += 1,
            }
        }
    }

    /// The nodes of the phrases' first tokens, with their indices.
    fn first_nodes(&self) -> impl Iterator<Item = (usize, &Node)> + '_ {
        (1..self.nodes.len())
            .map(|k| (k, &self.nodes[k]))
            .filter(|(_, n)| n.parent == 0)
    }

    fn filter(&self) -> StartFilter<'_> {
        StartFilter {
            starts: &self.starts,
        }
    }

    /// The value of the first phrase that `m` matched and whose case rule accepts the text.
    pub fn first_value<'s>(&'s self, text: &Text, m: &LexMatch) -> Option<&'s T> {
        if let Some(e) = self.entries.get(m.entry as usize) {
            return Some(&e.value);
        }
        let entries = &self.nodes[m.node as usize].entries;
        // A match exists only where some phrase's case rule accepted the text: the only
        // phrase that ends here is that one.
        if let [only] = entries[..] {
            return Some(&self.entries[only as usize].value);
        }
        entries
            .iter()
            .map(|&e| &self.entries[e as usize])
            .find(|e| self.accepts(text, e, m.first))
            .map(|e| &e.value)
    }

    /// The values of the phrases that `m` matched and whose case rule accepts the text.
    pub fn values<'s>(&'s self, text: &Text, m: &LexMatch) -> Vec<&'s T> {
        self.nodes[m.node as usize]
            .entries
            .iter()
            .map(|&e| &self.entries[e as usize])
            .filter(|e| self.accepts(text, e, m.first))
            .map(|e| &e.value)
            .collect()
    }
}

/// A lexicon's filters of first tokens, as the walks read them.
#[derive(Clone, Copy)]
struct StartFilter<'l> {
    starts: &'l [[u64; 2]],
}

impl StartFilter<'_> {
    /// The filter word and bit of hash `h`. The filter's length is a power of two, never 0.
    #[inline(always)]
    fn slot(self, h: u64) -> ([u64; 2], u32) {
        let (w, bit) = filter_bit(h, self.starts.len());
        (self.starts[w], bit)
    }

    /// May a phrase start at a token of hash `h`? The filter of any phrase first, from the
    /// hash alone; a lower-case word then passes only the filter of phrases that may
    /// start in lower case. No false negatives.
    #[inline(always)]
    fn passes(self, h: u64, token: &Token) -> bool {
        let (w, bit) = self.slot(h);
        (w[0] >> bit) & 1 != 0 && (token.shape != Shape::Lower || (w[1] >> bit) & 1 != 0)
    }
}

/// A phrase's first token, as a [`MultiFilter`] indexes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstToken {
    /// The token's folded hash.
    pub hash: u64,
    /// Some phrase may start with it in lower case (`copper`, not `Perth`).
    pub lower_ok: bool,
    /// The tokens that may come next, as a union of [`child_bit`]s: every bit when a
    /// phrase may end with this token, else one bit per second token (and an inner hyphen).
    pub follow: u64,
    /// When the token alone is a whole phrase that matches in any case and no phrase goes
    /// on from it (`tonnes`, `€`): the match it makes, whatever the text around it.
    pub solo: Option<SoloMatch>,
}

/// A one-token phrase's match, known without reading the text (see [`FirstToken::solo`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SoloMatch {
    node: u32,
}

impl SoloMatch {
    /// The match at token `i`.
    fn at(self, i: usize) -> LexMatch {
        LexMatch {
            first: i,
            last: i + 1,
            node: self.node,
            entry: LexMatch::UNKNOWN,
        }
    }
}

/// A lexicon as [`MultiFilter`] walks it, whatever its values: every [`Lexicon`] is one.
pub trait Walkable {
    /// The lexicon's identity, which changes whenever a phrase is added.
    fn walk_id(&self) -> u64;
    /// Every phrase's first token: its hash, whether some phrase may start with it in
    /// lower case, and which tokens may follow it.
    fn first_tokens(&self) -> Vec<FirstToken>;
    /// [`Lexicon::longest_at`].
    fn match_at(&self, text: &Text, i: usize) -> Option<LexMatch>;
    /// [`Lexicon::find_all`].
    fn matches(&self, text: &Text) -> Vec<LexMatch>;
}

impl<T> Walkable for Lexicon<T> {
    fn walk_id(&self) -> u64 {
        self.id
    }
    fn first_tokens(&self) -> Vec<FirstToken> {
        let hyphen = child_bit(crate::word!("-").0);
        self.first_nodes()
            .map(|(k, n)| FirstToken {
                hash: n.token,
                lower_ok: n.lower_ok,
                // A phrase that may end here takes any next token; one that goes on needs
                // a child's token next (or an inner hyphen, which the match skips).
                follow: if n.entries.is_empty() && !n.fold {
                    n.child_bits | hyphen
                } else {
                    u64::MAX
                },
                solo: (n.fold && n.child_bits == 0 && !n.entries.is_empty()).then(|| SoloMatch {
                    node: u32::try_from(k).unwrap_or(u32::MAX),
                }),
            })
            .collect()
    }
    fn match_at(&self, text: &Text, i: usize) -> Option<LexMatch> {
        self.longest_at(text, i)
    }
    fn matches(&self, text: &Text) -> Vec<LexMatch> {
        self.find_all(text)
    }
}

/// The first tokens of several lexicons (up to [`MultiFilter::MAX`]), so that one walk
/// over a text finds every lexicon's matches: the lists each one's `find_all` gives.
///
/// The walk tests 64 token hashes at a time, without a branch, against a table of
/// one-byte slots (1 where some lexicon's phrase may start, by the hash's low bits);
/// for the few tokens that pass, a second table at the same slot tells which lexicons'
/// phrases may start there and which of them in lower case, and only those lexicons are
/// matched. Built once for a list of lexicons (the pipeline keeps one for the gazetteers
/// its kinds read); used with another list, or after a lexicon changed, it is not trusted
/// and each lexicon walks the text on its own.
///
/// ```
/// use news_entities::gazetteer::{CaseRule, Lexicon, MultiFilter, Walkable};
/// use news_entities::text::Text;
/// let mut metals: Lexicon<&str> = Lexicon::new();
/// metals.insert("copper", CaseRule::Fold, "Cu");
/// let mut units: Lexicon<&str> = Lexicon::new();
/// units.insert("tonnes", CaseRule::Fold, "t");
/// let lexicons: [&dyn Walkable; 2] = [&metals, &units];
/// let walk = MultiFilter::new(&lexicons);
/// let t = Text::new("It shipped 5,000 tonnes of copper.");
/// let found = walk.find_all(&lexicons, &t);
/// assert_eq!(found, vec![metals.find_all(&t), units.find_all(&t)]);
/// ```
#[derive(Debug, Clone)]
pub struct MultiFilter {
    /// Small lexicons (currencies and units) get 64K slots; large ones (with the places'
    /// 50,000 first tokens, which fill half of 64K) 256K, so that few tokens pass by
    /// collision. The size is a constant of each walk's code: no bounds check, no mask
    /// in a register.
    tables: Tables,
    ids: Vec<u64>,
}

#[derive(Debug, Clone)]
enum Tables {
    Small(Slots<{ 1 << 16 }>),
    Large(Slots<{ 1 << 18 }>),
}

/// The tables of a [`MultiFilter`], `N` slots long (a power of two).
#[derive(Debug, Clone)]
struct Slots<const N: usize> {
    /// 1 at the low bits of every first token's hash, else 0: a byte per slot, so that a
    /// test is one load (a bit per slot needs a shift and a mask more).
    pass: Box<[u8; N]>,
    /// For the tokens that pass: bit `k` when lexicon `k`'s phrases may start at the slot,
    /// bit `8 + k` when they may in lower case.
    starts: Box<[u16; N]>,
    /// For the tokens that pass: the union of their [`FirstToken::follow`] masks. Most
    /// first tokens of many-word names (`a` of `a $`, `Chinese` of `Chinese yuan`) are
    /// followed by a token no phrase goes on with, and are passed over without a match.
    follow: Box<[u64; N]>,
    /// For a slot of one first token only, of one lexicon, that is a whole phrase alone
    /// ([`FirstToken::solo`]): its hash and match, so that the walk makes the match
    /// itself, and passes over other tokens that fall on the slot, without a look-up.
    solo: Box<[(u64, Option<SoloMatch>); N]>,
}

impl MultiFilter {
    /// The most lexicons one filter serves.
    pub const MAX: usize = 8;

    /// The filter of the first tokens of `lexicons`. Lexicons past the first
    /// [`MultiFilter::MAX`] are left out: a walk with them is not trusted.
    pub fn new(lexicons: &[&dyn Walkable]) -> MultiFilter {
        let lexicons = &lexicons[..lexicons.len().min(Self::MAX)];
        let firsts: Vec<Vec<FirstToken>> = lexicons.iter().map(|l| l.first_tokens()).collect();
        // 16 slots or more per first token: few tokens pass by collision.
        let count: usize = firsts.iter().map(Vec::len).sum();
        let tables = if count * 16 <= 1 << 16 {
            Tables::Small(Slots::new(&firsts))
        } else {
            Tables::Large(Slots::new(&firsts))
        };
        MultiFilter {
            tables,
            ids: lexicons.iter().map(|l| l.walk_id()).collect(),
        }
    }

    /// Every match of each of `lexicons` in `text`, one list per lexicon, as its own
    /// `find_all` gives them. `lexicons` must be the list the filter was built from, in
    /// the same order; otherwise each lexicon walks the text on its own.
    pub fn find_all(&self, lexicons: &[&dyn Walkable], text: &Text) -> Vec<Vec<LexMatch>> {
        let trusted = lexicons.len() == self.ids.len()
            && lexicons
                .iter()
                .zip(&self.ids)
                .all(|(l, &id)| l.walk_id() == id);
        if !trusted {
            return lexicons.iter().map(|l| l.matches(text)).collect();
        }
        match &self.tables {
            Tables::Small(t) => t.find_all(lexicons, text),
            Tables::Large(t) => t.find_all(lexicons, text),
        }
    }
}

impl<const N: usize> Slots<N> {
    #[inline(always)]
    fn slot(h: u64) -> usize {
        h as usize & (N - 1)
    }

    fn new(firsts: &[Vec<FirstToken>]) -> Self {
        // Built on the heap: the large tables are 768 KB, too much for a thread's stack.
        let mut t = Slots {
            pass: vec![0u8; N]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
            starts: vec![0u16; N]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
            follow: vec![0u64; N]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
            solo: vec![(0u64, None); N]
                .into_boxed_slice()
                .try_into()
                .unwrap_or_else(|_| unreachable!()),
        };
        // First tokens per slot, to keep `solo` for slots of one only.
        let mut tokens_at = vec![0u8; N];
        for (k, tokens) in firsts.iter().enumerate() {
            for f in tokens {
                let s = Self::slot(f.hash);
                t.pass[s] = 1;
                t.starts[s] |= (1 << k) | if f.lower_ok { 1 << (8 + k) } else { 0 };
                t.follow[s] |= f.follow;
                tokens_at[s] = tokens_at[s].saturating_add(1);
                t.solo[s] = (f.hash, f.solo);
            }
        }
        for (s, &n) in tokens_at.iter().enumerate() {
            if n != 1 {
                t.solo[s] = (0, None);
            }
        }
        t
    }

    /// Bit `j` set when `hashes[j]` passes the slot test (at most 64 hashes). Eight at a
    /// time, each shift a constant: about four instructions a token.
    #[inline(always)]
    fn passing(&self, hashes: &[u64]) -> u64 {
        let pass = |h: u64| u64::from(self.pass[Self::slot(h)]);
        let mut bits = 0u64;
        let mut eights = hashes.chunks_exact(8);
        for (g, e) in (&mut eights).enumerate() {
            let mut b = 0u64;
            for (j, &h) in e.iter().enumerate() {
                b |= pass(h) << j;
            }
            bits |= b << (8 * g);
        }
        let done = hashes.len() - eights.remainder().len();
        for (j, &h) in eights.remainder().iter().enumerate() {
            bits |= pass(h) << (done + j);
        }
        bits
    }

    /// [`MultiFilter::find_all`] once trusted.
    fn find_all(&self, lexicons: &[&dyn Walkable], text: &Text) -> Vec<Vec<LexMatch>> {
        let n = text.tokens.len().min(text.hashes.len());
        let mut out: Vec<Vec<LexMatch>> = lexicons
            .iter()
            .map(|_| Vec::with_capacity(n / 64 + 4))
            .collect();
        // Matches do not overlap within a list: the next token each lexicon may start at.
        let mut next = [0usize; MultiFilter::MAX];
        for (c, hashes) in text.hashes[..n].chunks(64).enumerate() {
            let mut bits = self.passing(hashes);
            while bits != 0 {
                let i = c * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let slot = Self::slot(text.hashes[i]);
                let after = text.hashes.get(i + 1).map_or(u64::MAX, |&h| child_bit(h));
                if self.follow[slot] & after == 0 {
                    continue;
                }
                let s = self.starts[slot];
                let mut may = s & 0xFF;
                if text.tokens[i].shape == Shape::Lower {
                    may &= s >> 8;
                }
                if let (hash, Some(solo)) = self.solo[slot] {
                    // One lexicon's (`may` has one bit or none), one token's slot.
                    let k = may.trailing_zeros() as usize;
                    if may != 0 && hash == text.hashes[i] && i >= next[k] {
                        next[k] = i + 1;
                        out[k].push(solo.at(i));
                    }
                    continue;
                }
                while may != 0 {
                    let k = may.trailing_zeros() as usize;
                    may &= may - 1;
                    if i >= next[k] {
                        if let Some(m) = lexicons[k].match_at(text, i) {
                            next[k] = m.last;
                            out[k].push(m);
                        }
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon<&'static str> {
        let mut l = Lexicon::new();
        for (p, r, v) in [
            ("Wales", CaseRule::Capitalized, "wales"),
            ("New South Wales", CaseRule::Capitalized, "nsw"),
            ("copper", CaseRule::Fold, "copper"),
            ("copper concentrate", CaseRule::Fold, "copper"),
            ("US", CaseRule::Exact, "us"),
            ("U.S.", CaseRule::Exact, "us"),
            ("REEs", CaseRule::Exact, "ree"),
            ("Khyber Pakhtunkhwa", CaseRule::Capitalized, "kp"),
            ("Mota-Engil", CaseRule::Capitalized, "mota"),
            ("Côte d'Ivoire", CaseRule::Capitalized, "ci"),
            ("Victoria", CaseRule::Capitalized, "vic-state"),
            ("Victoria", CaseRule::Capitalized, "vic-city"),
            ("Bo", CaseRule::Capitalized, "bo"),
        ] {
            l.insert(p, r, v);
        }
        l
    }

    #[test]
    fn edge_table_finds_every_key_it_holds_and_no_other() {
        let mut m = NodeMap::default();
        let keys: Vec<u64> = (0..5000u64).map(|k| edge_key(k as u32, k * 7919)).collect();
        for (n, &k) in keys.iter().enumerate() {
            m.insert(k, n as u32);
        }
        m.reserve(100);
        for (n, &k) in keys.iter().enumerate() {
            assert_eq!(m.get(k), Some(n as u32));
        }
        for k in 5000..6000u64 {
            assert_eq!(m.get(edge_key(k as u32, k * 7919)), None);
        }
        assert!(m.slots.len() >= 2 * keys.len() && m.slots.len().is_power_of_two());
    }

    #[test]
    fn form_case_in_one_pass_reads_as_four_questions_would() {
        for form in [
            "", "a", "Wa", "WA", "Perth", "PERTH", "McEwen", "REEs", "Côte", "ÉTAT", "éTAT",
        ] {
            let c = FormCase::of(form);
            assert_eq!(
                c.capital,
                form.chars().next().is_some_and(char::is_uppercase),
                "{form}"
            );
            assert_eq!(c.long, form.chars().count() > 3, "{form}");
            assert_eq!(c.all_caps, form.chars().all(char::is_uppercase), "{form}");
            let inner = form.chars().skip(1).any(char::is_uppercase);
            assert_eq!(c.inner_capital, inner, "{form}");
        }
    }

    #[test]
    fn one_walk_for_several_lexicons_finds_what_each_finds_alone() {
        let a = lex();
        let mut b = Lexicon::new();
        for (p, v) in [
            ("tonnes", 1),
            ("t", 2),
            ("copper", 3),
            ("New", 4),
            ("wales", 5),
        ] {
            b.insert(p, CaseRule::Fold, v);
        }
        // A third lexicon whose first token is also the others' (`copper`), with a longer
        // phrase than theirs.
        let mut c = Lexicon::new();
        c.insert("copper concentrate", CaseRule::Fold, "conc");
        c.insert("Bo", CaseRule::Exact, "bo");
        // Longer than one chunk of 64 tokens, with matches across a chunk's edge.
        let s = "New South Wales shipped 5,000 tonnes of copper concentrate to the U.S. \
                 and US buyers; Wales, Victoria and Bo took 12 t, not new south wales. "
            .repeat(7);
        let t = Text::new(&s);
        assert!(t.tokens.len() > 128);
        let lexicons: [&dyn Walkable; 3] = [&a, &b, &c];
        let walk = MultiFilter::new(&lexicons);
        let found = walk.find_all(&lexicons, &t);
        assert_eq!(found, vec![a.find_all(&t), b.find_all(&t), c.find_all(&t)]);
        // In lower case, `new south wales` is not the capitalized name in `a`, but holds two
        // phrases of `b`.
        assert_eq!(
            (found[0].len(), found[1].len(), found[2].len()),
            (7 * 7, 7 * 8, 7 * 2)
        );
        // Built from other lexicons, or before a phrase was added: not trusted.
        let mut b2 = b.clone();
        b2.insert("Victoria", CaseRule::Fold, 6);
        let with_victoria = walk.find_all(&[&a, &b2, &c], &t);
        assert_eq!(with_victoria[1], b2.find_all(&t));
        assert_eq!(with_victoria[1].len(), found[1].len() + 7);
        assert_eq!(
            walk.find_all(&[&a, &b], &t),
            vec![found[0].clone(), found[1].clone()]
        );
    }

    #[test]
    fn a_walk_passes_no_phrase_by_its_follower_or_solo_shortcuts() {
        // A first token followed through an inner hyphen (`Mota-Engil`), one whole phrase
        // alone at the text's very end (`tonnes`), one that needs its second token there
        // (`Chinese`), and a one-token fold phrase that also starts a longer one (`copper`).
        let mut a = Lexicon::new();
        for (p, r) in [
            ("Mota-Engil", CaseRule::Capitalized),
            ("Chinese yuan", CaseRule::Fold),
            ("copper", CaseRule::Fold),
            ("copper cathode", CaseRule::Fold),
        ] {
            a.insert(p, r, 0);
        }
        let mut b = Lexicon::new();
        b.insert("tonnes", CaseRule::Fold, 1);
        let lexicons: [&dyn Walkable; 2] = [&a, &b];
        let walk = MultiFilter::new(&lexicons);
        for s in [
            "Mota-Engil paid 5 Chinese yuan for 3 tonnes",
            "copper cathode, copper, Chinese",
            "Chinese yuan tonnes copper",
        ] {
            let t = Text::new(s);
            let found = walk.find_all(&lexicons, &t);
            assert_eq!(found, vec![a.find_all(&t), b.find_all(&t)], "{s}");
            assert!(
                !found[0].is_empty() && found.iter().flatten().count() >= 2,
                "{s}"
            );
        }
    }

    #[test]
    fn a_walk_with_a_large_lexicon_finds_what_it_finds_alone() {
        // More first tokens than the small tables take (the places' case): words of
        // letters only, `baa`, `bab`... (digits would split from the letters).
        let word = |mut k: usize| {
            let mut w = String::from("b");
            for _ in 0..3 {
                w.push(char::from(b'a' + (k % 26) as u8));
                k /= 26;
            }
            w
        };
        let mut big = Lexicon::new();
        for k in 0..6000 {
            let w = word(k);
            big.insert(&format!("P{w} Town"), CaseRule::Capitalized, k);
            big.insert(&format!("m{w}"), CaseRule::Fold, k);
        }
        let mut small = Lexicon::new();
        small.insert("Town", CaseRule::Capitalized, 0);
        let s = (0..400)
            .map(|k| {
                let (a, b, c) = (word(k * 13), word(k * 7), word(k));
                format!("P{a} Town and m{b} or M{c} town ")
            })
            .collect::<String>();
        let t = Text::new(&s);
        let lexicons: [&dyn Walkable; 2] = [&big, &small];
        let walk = MultiFilter::new(&lexicons);
        assert!(matches!(walk.tables, Tables::Large(_)));
        let found = walk.find_all(&lexicons, &t);
        assert_eq!(found, vec![big.find_all(&t), small.find_all(&t)]);
        assert_eq!(found[0].len(), 3 * 400);
    }

    fn found(s: &str) -> Vec<(String, Vec<&'static str>)> {
        let l = lex();
        let t = Text::new(s);
        l.find_all(&t)
            .iter()
            .map(|m| {
                let (a, b) = t.span(m.first, m.last);
                (
                    s[a..b].to_string(),
                    l.values(&t, m).into_iter().copied().collect(),
                )
            })
            .collect()
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(
            found("mines in New South Wales and Wales"),
            vec![
                ("New South Wales".into(), vec!["nsw"]),
                ("Wales".into(), vec!["wales"])
            ]
        );
        assert_eq!(
            found("Copper concentrate and COPPER"),
            vec![
                ("Copper concentrate".into(), vec!["copper"]),
                ("COPPER".into(), vec!["copper"])
            ]
        );
    }

    #[test]
    fn case_rules_apply_per_entry() {
        assert_eq!(
            found("us and US and U.S. firms"),
            vec![("US".into(), vec!["us"]), ("U.S.".into(), vec!["us"])]
        );
        assert_eq!(found("new south wales"), vec![]);
        assert_eq!(
            found("NEW SOUTH WALES"),
            vec![("NEW SOUTH WALES".into(), vec!["nsw"])]
        );
        assert_eq!(found("rees and REES"), vec![]);
        assert_eq!(found("the REEs"), vec![("REEs".into(), vec!["ree"])]);
    }

    #[test]
    fn only_whole_tokens_match() {
        assert_eq!(found("Bolivia, Bob, Bo"), vec![("Bo".into(), vec!["bo"])]);
        assert_eq!(
            found("coppery copper-rich"),
            vec![("copper".into(), vec!["copper"])]
        );
        assert_eq!(found("US-based"), vec![("US".into(), vec!["us"])]);
    }

    #[test]
    fn hyphens_apostrophes_and_accents() {
        assert_eq!(
            found("Khyber-Pakhtunkhwa"),
            vec![("Khyber-Pakhtunkhwa".into(), vec!["kp"])]
        );
        assert_eq!(
            found("Khyber Pakhtunkhwa"),
            vec![("Khyber Pakhtunkhwa".into(), vec!["kp"])]
        );
        assert_eq!(
            found("Mota-Engil Group"),
            vec![("Mota-Engil".into(), vec!["mota"])]
        );
        assert_eq!(
            found("Côte d’Ivoire"),
            vec![("Côte d’Ivoire".into(), vec!["ci"])]
        );
    }

    #[test]
    fn inner_hyphens_read_from_hashes_as_from_characters() {
        let s = "Mota-Engil, Mota–Engil, Mota\u{2212}Engil, Mota--Engil, Mota - Engil, -x, x-, \
                 x\u{2010}y, x_y, x'y, 1-2, Khyber\u{2014}Pakhtunkhwa";
        let t = Text::new(s);
        for i in 0..t.tokens.len() {
            assert_eq!(
                inner_hyphen_at(&t, i),
                is_inner_hyphen(s, &t.tokens, i),
                "token {i}: {:?}",
                t.str(i)
            );
        }
        assert!(
            (0..t.tokens.len())
                .filter(|&i| inner_hyphen_at(&t, i))
                .count()
                >= 5
        );
    }

    #[test]
    fn a_match_keeps_the_phrase_that_accepted_it() {
        // `Victoria` ends two phrases; `US` an exact and a folded one; `first_value` reads
        // the first that accepts, recorded by the match or searched for.
        let mut l = lex();
        l.insert("us", CaseRule::Fold, "us-fold");
        let t = Text::new("Victoria and US and us and Wales");
        for m in l.find_all(&t) {
            let slow = l.values(&t, &m).first().copied();
            assert_eq!(l.first_value(&t, &m), slow, "{:?}", t.str(m.first));
        }
        let values: Vec<_> = l
            .find_all(&t)
            .iter()
            .filter_map(|m| l.first_value(&t, m).copied())
            .collect();
        assert_eq!(values, vec!["vic-state", "us", "us-fold", "wales"]);
    }

    #[test]
    fn one_phrase_can_carry_several_values() {
        assert_eq!(
            found("Victoria"),
            vec![("Victoria".into(), vec!["vic-state", "vic-city"])]
        );
    }

    #[test]
    fn tables_parse_and_report_bad_lines() {
        let t = Table::parse("x.tsv", "# comment\nname\tforms\ncopper\tcopper|Cu\r\n\n").unwrap();
        assert_eq!(t.columns, vec!["name", "forms"]);
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].line, 3);
        assert_eq!(t.rows[0].list(1).collect::<Vec<_>>(), vec!["copper", "Cu"]);
        let e = Table::parse("x.tsv", "name\tforms\ncopper\n").unwrap_err();
        assert!(e.to_string().starts_with("x.tsv:2:"), "{e}");
        let e = Table::parse("y.tsv", "# only comments\n").unwrap_err();
        assert!(e.to_string().contains("y.tsv"), "{e}");
        let e = t.column("symbol").unwrap_err();
        assert!(e.to_string().contains("x.tsv:2"), "{e}");
        assert!(Table::from_path(Path::new("/nonexistent/z.tsv")).is_err());
    }
}
