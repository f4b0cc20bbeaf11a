//! The extractor: builds every kind's gazetteers once, runs the kinds over a tokenized
//! document in dependency order, and settles overlaps between their candidates in one place.
//!
//! Dependencies between kinds (each runs after the ones it reads):
//!
//! | kind | reads |
//! |---|---|
//! | mineral | tokens |
//! | quantity | tokens, mineral candidates (the commodity) |
//! | location | tokens |
//! | amount | tokens, the document's countries ([`Meta`], the default country, then the
//! countries the location pass found) |
//! | organization | tokens, the candidates so far (a place is not a short name) |
//! | person | tokens, the candidates so far |
//! | signatory (and agreements) | tokens, organizations, every settled entity |
//!
//! The gazetteers the asked-for kinds always read (minerals, places, organizations,
//! agreement nouns, currencies, units) are matched in one walk over the tokens
//! ([`gazetteer::MultiFilter`]), and each kind reads its own list of matches.

use crate::error::Result;
use crate::gazetteer::{LexMatch, MultiFilter, Table, Walkable};
use crate::record::{Document, Entity, EntityValue, Kind};
use crate::text::Text;
use crate::{agreement, amount, location, mineral, organization, person, quantity};
use once_cell::sync::Lazy;
use std::path::PathBuf;
use std::sync::Arc;

/// Extracts records from articles. Build it once (it compiles gazetteers) and share it:
/// it is `Send + Sync` and cloning it is cheap.
///
/// ```
/// use news_entities::{Extractor, Kind};
/// let ex = Extractor::new();
/// let doc = ex.extract("Output of cobalt and REEs rose.");
/// let minerals: Vec<_> = doc.of_kind(Kind::Mineral).map(|e| e.text.as_str()).collect();
/// assert_eq!(minerals, ["cobalt", "REEs"]);
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    kinds: [bool; Kind::ALL.len()],
    minerals: Arc<mineral::Gazetteer>,
    currencies: Arc<amount::Gazetteer>,
    units: Arc<quantity::Gazetteer>,
    places: Arc<location::Gazetteer>,
    orgs: Arc<organization::Gazetteer>,
    default_country: Option<String>,
    /// The lexicons the asked-for kinds always read, in the order of the walk's lists: a
    /// kind runs when the list it reads is there.
    walked: Vec<Walked>,
    /// Their first tokens, for the one walk over each document.
    walk: MultiFilter,
}

/// A lexicon of the one walk (see [`Inner::walked`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Walked {
    Minerals,
    Places,
    Orgs,
    Nouns,
    Currencies,
    Units,
}

impl Inner {
    /// `self` with its one walk set up for the lexicons its kinds always read.
    fn walking(mut self) -> Inner {
        let kinds = self.kinds;
        let runs = |k: Kind| kinds[k as usize];
        let parties = runs(Kind::Signatory);
        // What each kind always reads (the table in the module docs). Places are read for
        // amounts alone only when a currency is ambiguous: that walk stays lazy.
        let walked: Vec<Walked> = [
            (
                Walked::Minerals,
                runs(Kind::Mineral) || runs(Kind::Quantity) || parties,
            ),
            (Walked::Places, runs(Kind::Location) || parties),
            (Walked::Orgs, runs(Kind::Organization) || parties),
            (Walked::Nouns, parties),
            (Walked::Currencies, runs(Kind::Amount) || parties),
            (Walked::Units, runs(Kind::Quantity)),
        ]
        .into_iter()
        .filter_map(|(w, read)| read.then_some(w))
        .collect();
        self.walked = walked;
        self.walk = MultiFilter::new(&self.lexicons());
        self
    }

    /// The lexicons of [`Inner::walked`], in order.
    fn lexicons(&self) -> Vec<&dyn Walkable> {
        self.walked
            .iter()
            .map(|w| -> &dyn Walkable {
                match w {
                    Walked::Minerals => self.minerals.lexicon(),
                    Walked::Places => self.places.lexicon(),
                    Walked::Orgs => self.orgs.lexicon(),
                    Walked::Nouns => agreement::nouns(),
                    Walked::Currencies => self.currencies.lexicon(),
                    Walked::Units => self.units.lexicon(),
                }
            })
            .collect()
    }
}

/// What a caller knows about a document besides its text: the publisher's country and the
/// page's address. Both help read a bare `$` or `Rs`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// ISO 3166-1 alpha-2 code of the publisher's country (`AU`), if known.
    pub country: Option<String>,
    /// The article's URL, if known; its country-code domain (`.com.au`) is a hint.
    pub url: Option<String>,
}

impl Meta {
    /// The countries this metadata points to, most telling first.
    pub fn countries(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(c) = self.country.as_deref().and_then(country_code) {
            out.push(c);
        }
        if let Some(c) = self.url.as_deref().and_then(url_country) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}

/// `au` or `AU` → `AU`; anything but two ASCII letters → `None`.
fn country_code(s: &str) -> Option<String> {
    let s = s.trim();
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic())).then(|| s.to_ascii_uppercase())
}

/// The country of a URL's country-code top-level domain: `https://www.x.com.au/a` → `AU`,
/// `.co.uk` → `GB`. Generic domains (`.com`) give `None`.
fn url_country(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let tld = host.trim_end_matches('.').rsplit('.').next()?;
    match tld.to_ascii_lowercase().as_str() {
        "uk" => Some("GB".into()),
        t if t.len() == 2 && t.bytes().all(|b| b.is_ascii_alphabetic()) => country_code(t),
        _ => None,
    }
}

/// Options for an [`Extractor`]: which kinds to run and extra gazetteer files.
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    kinds: Option<Vec<Kind>>,
    default_country: Option<String>,
    tables: Vec<Table>,
    paths: Vec<PathBuf>,
}

static DEFAULT: Lazy<Extractor> = Lazy::new(|| Extractor {
    inner: Arc::new(
        Inner {
            kinds: [true; Kind::ALL.len()],
            minerals: mineral::Gazetteer::builtin(),
            currencies: amount::Gazetteer::builtin(),
            units: quantity::Gazetteer::builtin(),
            places: location::Gazetteer::builtin(),
            orgs: organization::Gazetteer::builtin(),
            default_country: None,
            walked: Vec::new(),
            walk: MultiFilter::new(&[]),
        }
        .walking(),
    ),
});

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl ExtractorBuilder {
    /// Runs only these kinds (all kinds by default).
    ///
    /// ```
    /// use news_entities::{Extractor, Kind};
    /// let ex = Extractor::builder().kinds(&[Kind::Mineral]).build().unwrap();
    /// assert_eq!(ex.extract("copper").entities.len(), 1);
    /// ```
    pub fn kinds(mut self, kinds: &[Kind]) -> Self {
        self.kinds = Some(kinds.to_vec());
        self
    }

    /// The country to assume when a document's metadata names none (ISO 3166-1 alpha-2,
    /// e.g. `AU`): it decides what a bare `$` or `Rs` means.
    ///
    /// ```
    /// use news_entities::{EntityValue, Extractor};
    /// let ex = Extractor::builder().default_country("AU").build().unwrap();
    /// let doc = ex.extract("The miner raised $50 million.");
    /// let EntityValue::Amount(a) = &doc.entities[0].value else { panic!() };
    /// assert_eq!(a.currency.unwrap().as_str(), "AUD");
    /// ```
    pub fn default_country(mut self, code: &str) -> Self {
        self.default_country = country_code(code);
        self
    }

    /// Adds a parsed gazetteer table; its header tells which kind it extends.
    ///
    /// ```
    /// use news_entities::{gazetteer::Table, Extractor};
    /// let tsv = "name\tsymbol\tgroup\tlists\tforms\tacronyms\tformulas\tambiguous\n\
    ///            kryptonite\t\t\t\tkryptonite\t\t\tfalse\n";
    /// let table = Table::parse("mine.tsv", tsv).unwrap();
    /// let ex = Extractor::builder().gazetteer(table).build().unwrap();
    /// assert_eq!(ex.extract("kryptonite output").entities.len(), 1);
    /// ```
    pub fn gazetteer(mut self, table: Table) -> Self {
        self.tables.push(table);
        self
    }

    /// Adds a gazetteer file, read when [`build`](Self::build) runs.
    ///
    /// ```
    /// use news_entities::Extractor;
    /// let err = Extractor::builder().gazetteer_path("no/such.tsv").build().unwrap_err();
    /// assert!(err.to_string().contains("no/such.tsv"));
    /// ```
    pub fn gazetteer_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.paths.push(path.into());
        self
    }

    /// Builds the extractor. Fails on an unreadable or malformed gazetteer, or one whose
    /// header no kind knows.
    pub fn build(self) -> Result<Extractor> {
        let mut tables = self.tables;
        for p in &self.paths {
            tables.push(Table::from_path(p)?);
        }
        let mut kinds = [self.kinds.is_none(); Kind::ALL.len()];
        for k in self.kinds.iter().flatten() {
            kinds[*k as usize] = true;
        }
        let mut minerals = mineral::Gazetteer::builtin();
        let mut currencies = amount::Gazetteer::builtin();
        let mut units = quantity::Gazetteer::builtin();
        let mut places = location::Gazetteer::builtin();
        let mut orgs = organization::Gazetteer::builtin();
        for t in &tables {
            if mineral::Gazetteer::accepts(t) {
                Arc::make_mut(&mut minerals).extend(t)?;
            } else if amount::Gazetteer::accepts(t) {
                Arc::make_mut(&mut currencies).extend(t)?;
            } else if quantity::Gazetteer::accepts(t) {
                Arc::make_mut(&mut units).extend(t)?;
            } else if location::Gazetteer::accepts(t) {
                Arc::make_mut(&mut places).extend(t)?;
            } else if organization::Gazetteer::accepts(t) {
                Arc::make_mut(&mut orgs).extend(t)?;
            } else {
                return Err(crate::Error::gazetteer(
                    &t.name,
                    1,
                    format!(
                        "no kind reads a table with columns {:?} (see gazetteers/README.md)",
                        t.columns
                    ),
                ));
            }
        }
        Ok(Extractor {
            inner: Arc::new(
                Inner {
                    kinds,
                    minerals,
                    currencies,
                    units,
                    places,
                    orgs,
                    default_country: self.default_country,
                    walked: Vec::new(),
                    walk: MultiFilter::new(&[]),
                }
                .walking(),
            ),
        })
    }
}

impl Extractor {
    /// The extractor with every kind and the built-in gazetteers, compiled once per process.
    pub fn new() -> Extractor {
        DEFAULT.clone()
    }

    /// Options: kinds to run and extra gazetteers.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// True when `kind` runs.
    pub fn runs(&self, kind: Kind) -> bool {
        self.inner.kinds[kind as usize]
    }

    /// Extracts every record from `text`. Never fails and never panics.
    pub fn extract(&self, text: &str) -> Document {
        self.extract_with(text, &Meta::default())
    }

    /// Extracts every record from `text`, using what the caller knows about it.
    ///
    /// ```
    /// use news_entities::{pipeline::Meta, EntityValue, Extractor};
    /// let meta = Meta { url: Some("https://www.example.com.au/business/1".into()), ..Meta::default() };
    /// let doc = Extractor::new().extract_with("It paid $7.5 million.", &meta);
    /// let EntityValue::Amount(a) = &doc.entities[0].value else { panic!() };
    /// assert_eq!(a.currency.unwrap().as_str(), "AUD");
    /// ```
    pub fn extract_with(&self, text: &str, meta: &Meta) -> Document {
        let t = Text::new(text);
        let runs = |k: Kind| self.runs(k);
        let parties = runs(Kind::Signatory);
        // Every gazetteer the asked-for kinds read, matched in one walk: a kind runs when
        // its gazetteer's list is there (the table in the module docs decides, once, in
        // `Inner::walking`); entities of kinds not asked for are dropped at the end.
        let mut walked = self.inner.walk.find_all(&self.inner.lexicons(), &t);
        let mut matches = |w: Walked| -> Option<Vec<LexMatch>> {
            let k = self.inner.walked.iter().position(|&x| x == w)?;
            Some(std::mem::take(&mut walked[k]))
        };
        let mut candidates = Vec::new();
        if let Some(m) = matches(Walked::Minerals) {
            mineral::find_from(&self.inner.minerals, &t, &m, &mut candidates);
        }
        let (currencies, units) = (&self.inner.currencies, &self.inner.units);
        if let Some(unit_forms) = matches(Walked::Units) {
            let mut found = Vec::new();
            quantity::find_from(units, &t, &unit_forms, &candidates, &mut found);
            candidates.append(&mut found);
        }
        // Locations run when asked for; for amounts alone they run only if a currency is
        // ambiguous (`$`, `Rs`), since only then does the article's country matter.
        let places = &self.inner.places;
        let main_countries: Option<Vec<String>> =
            matches(Walked::Places).map(|m| location::find_from(places, &t, &m, &mut candidates));
        if let Some(forms) = matches(Walked::Currencies) {
            let main = main_countries.clone();
            // Where the article names each country (for signs read by the places near
            // them), in text order.
            let places_named = |found: &[Entity]| -> Vec<(usize, String)> {
                let mut named: Vec<(usize, String)> = found
                    .iter()
                    .filter_map(|e| match &e.value {
                        EntityValue::Location(l) => Some((e.start, l.country.clone()?)),
                        _ => None,
                    })
                    .collect();
                named.sort_by_key(|&(b, _)| b);
                named
            };
            // (The amounts go to a list of their own, so that the context, asked for only
            // when a sign is ambiguous, reads the places found above.)
            let mut amounts = Vec::new();
            let ctx = || {
                let (main, places) = match main {
                    Some(main) => (main, places_named(&candidates)),
                    None => {
                        let mut found = Vec::new();
                        let main = location::find(places, &t, &mut found);
                        (main, places_named(&found))
                    }
                };
                let mut countries = meta.countries();
                // Only the article's main country speaks for its currency: a story from
                // India that mentions Argentina still writes US dollars as `$`.
                let fallback = self.inner.default_country.iter();
                for c in main.iter().take(1).chain(fallback) {
                    if !countries.contains(c) {
                        countries.push(c.clone());
                    }
                }
                amount::Context {
                    countries,
                    mentioned: main,
                    places,
                }
            };
            amount::find_from(currencies, &t, &forms, ctx, &mut amounts);
            candidates.append(&mut amounts);
        }
        let orgs = match matches(Walked::Orgs) {
            Some(m) => {
                let place_end = |i: usize| places.name_end(&t, i);
                organization::find_from(&self.inner.orgs, &t, &m, &candidates, &place_end)
            }
            None => organization::Found::default(),
        };
        organization::entities(&orgs, &t, &mut candidates);
        if runs(Kind::Person) || parties {
            person::find(&t, &mut candidates);
        }
        let mut entities = resolve_overlaps(candidates);
        let mut agreements = Vec::new();
        if let Some(nouns) = matches(Walked::Nouns) {
            let (found, mut signatories) = agreement::find_from(&t, &nouns, &orgs, &entities);
            agreements = found;
            entities.append(&mut signatories);
            entities.sort_by_key(|e| (e.start, e.end, tie_rank(e.kind())));
        }
        entities.retain(|e| runs(e.kind()));
        for e in &mut entities {
            e.sentence = t.sentence_at(e.start);
        }
        Document {
            entities,
            agreements,
        }
    }
}

/// Which kind keeps a span when two candidates cover exactly the same text.
fn tie_rank(kind: Kind) -> u8 {
    match kind {
        // `31 million pounds` is a weight when the quantity kind proposed it (it needs
        // evidence: `of`, a period, a mineral before); otherwise the amount stands alone.
        Kind::Quantity => 0,
        Kind::Amount => 1,
        Kind::Organization => 2,
        Kind::Person => 3,
        Kind::Location => 4,
        Kind::Mineral => 5,
        Kind::Signatory => 6,
    }
}

/// Settles overlaps between candidates of all kinds: the longest span wins, then the kind
/// ranked first by `tie_rank`, then the earliest. `Southern Copper` (an organization) thus
/// removes the mineral `Copper` inside it. Signatories are never candidates here: they are
/// added after, and may share a span with the organization or place they name.
/// Returns the kept entities sorted by start.
pub fn resolve_overlaps(candidates: Vec<Entity>) -> Vec<Entity> {
    // Records are large: order their keys and indices, never the records. The key is one
    // integer: longest first, then the tie rank, then the earliest, then the index.
    let mut order: Vec<u128> = candidates
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let len = u32::try_from(c.end - c.start).unwrap_or(u32::MAX);
            let start = u32::try_from(c.start).unwrap_or(u32::MAX);
            (u128::from(u32::MAX - len) << 96)
                | (u128::from(tie_rank(c.kind())) << 88)
                | (u128::from(start) << 32)
                | k as u128
        })
        .collect();
    order.sort_unstable();
    // Bytes taken by kept spans, one bit each.
    let limit = candidates.iter().map(|c| c.end).max().unwrap_or(0);
    let mut taken = Bytes::new(limit);
    let mut kept: Vec<(usize, usize)> = Vec::with_capacity(order.len());
    for key in order {
        let k = (key & 0xFFFF_FFFF) as usize;
        let (start, end) = (candidates[k].start, candidates[k].end);
        if taken.any(start, end) {
            continue;
        }
        taken.set(start, end);
        kept.push((start, k));
    }
    kept.sort_unstable();
    let mut slots: Vec<Option<Entity>> = candidates.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(kept.len());
    out.extend(kept.iter().filter_map(|&(_, k)| slots[k].take()));
    out
}

/// A set of byte offsets, one bit each, tested and set a 64-bit word at a time.
struct Bytes(Vec<u64>);

impl Bytes {
    fn new(limit: usize) -> Bytes {
        Bytes(vec![0; limit / 64 + 1])
    }

    /// The bits of `start..end` in each word they touch: (word index, mask).
    fn words(start: usize, end: usize) -> impl Iterator<Item = (usize, u64)> {
        let last = end.saturating_sub(1);
        (start / 64..=last / 64)
            .filter(move |_| start < end)
            .map(move |w| {
                let lo = if w == start / 64 { start % 64 } else { 0 };
                let hi = if w == last / 64 { last % 64 } else { 63 };
                (w, (u64::MAX >> (63 - hi)) & (u64::MAX << lo))
            })
    }

    /// Is any byte of `start..end` in the set?
    fn any(&self, start: usize, end: usize) -> bool {
        Bytes::words(start, end).any(|(w, m)| self.0.get(w).is_some_and(|x| x & m != 0))
    }

    /// Adds the bytes of `start..end`.
    fn set(&mut self, start: usize, end: usize) {
        for (w, m) in Bytes::words(start, end) {
            if let Some(x) = self.0.get_mut(w) {
                *x |= m;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{EntityValue, Mineral, Organization};

    fn ent(start: usize, end: usize, value: EntityValue) -> Entity {
        Entity {
            text: String::new(),
            start,
            end,
            sentence: 0,
            value,
            rule: "test",
        }
    }

    fn mineral(name: &str) -> EntityValue {
        EntityValue::Mineral(Mineral {
            name: name.into(),
            symbol: None,
            lists: vec![],
            critical: false,
        })
    }

    #[test]
    fn byte_sets_test_and_set_whole_spans_across_words() {
        let mut b = Bytes::new(300);
        b.set(60, 130);
        assert!(b.any(0, 61) && b.any(129, 200) && b.any(64, 128));
        assert!(!b.any(0, 60) && !b.any(130, 300) && !b.any(70, 70));
        b.set(192, 256);
        assert!(b.any(255, 256) && b.any(191, 193) && !b.any(256, 300) && !b.any(130, 192));
        // Every span of a small range against a byte-by-byte model.
        for (s, e) in [(0, 1), (63, 64), (63, 65), (64, 128), (1, 200), (127, 129)] {
            let mut fast = Bytes::new(256);
            fast.set(s, e);
            for t in 0..256 {
                assert_eq!(fast.any(t, t + 1), (s..e).contains(&t), "{s}..{e} at {t}");
            }
        }
    }

    #[test]
    fn organization_wins_over_mineral_inside_it() {
        // "Southern Copper mines copper": 0..15 organization, 9..15 and 22..28 minerals.
        let org = EntityValue::Organization(Organization {
            name: "Southern Copper".into(),
            aliases: vec![],
        });
        let kept = resolve_overlaps(vec![
            ent(9, 15, mineral("copper")),
            ent(0, 15, org),
            ent(22, 28, mineral("copper")),
        ]);
        let spans: Vec<(usize, usize, Kind)> =
            kept.iter().map(|e| (e.start, e.end, e.kind())).collect();
        assert_eq!(
            spans,
            vec![(0, 15, Kind::Organization), (22, 28, Kind::Mineral)]
        );
    }

    #[test]
    fn same_span_goes_to_the_higher_ranked_kind() {
        let org = EntityValue::Organization(Organization {
            name: "Cobalt".into(),
            aliases: vec![],
        });
        let kept = resolve_overlaps(vec![ent(0, 6, mineral("cobalt")), ent(0, 6, org)]);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].kind(), Kind::Organization);
    }

    #[test]
    fn partial_overlaps_keep_the_longer_span() {
        let kept = resolve_overlaps(vec![
            ent(0, 5, mineral("a")),
            ent(3, 12, mineral("b")),
            ent(12, 14, mineral("c")),
        ]);
        let spans: Vec<(usize, usize)> = kept.iter().map(|e| (e.start, e.end)).collect();
        assert_eq!(spans, vec![(3, 12), (12, 14)]);
    }

    #[test]
    fn extractor_is_send_sync_and_cheap_to_clone() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Extractor>();
        let a = Extractor::new();
        let b = a.clone();
        assert!(Arc::ptr_eq(&a.inner, &b.inner));
    }

    #[test]
    fn metadata_gives_countries() {
        let m = Meta {
            country: Some("pk".into()),
            url: Some("https://news.example.co.uk/x?y=1".into()),
        };
        assert_eq!(m.countries(), vec!["PK".to_string(), "GB".to_string()]);
        let m = Meta {
            country: None,
            url: Some("http://example.com/au/page".into()),
        };
        assert!(m.countries().is_empty());
        assert_eq!(url_country("www.business.co.za"), Some("ZA".into()));
    }

    #[test]
    fn kinds_filter_what_runs() {
        let ex = Extractor::builder()
            .kinds(&[Kind::Location])
            .build()
            .unwrap();
        assert!(!ex.runs(Kind::Mineral));
        assert!(ex.extract("copper and gold mines").entities.is_empty());
    }
}
