//! Rules that find organization names without a list:
//!
//! - `name with organization word` — a run of capitalized words that holds an organization
//!   word (`Corporation`, `Group`, `Ltd`, `Mining`, `Metals`, `Bank`, `Ministry of ...`):
//!   `Frontier Works Organisation`, `Mota-Engil Group`, `Ministry of Mines and Minerals`;
//! - `name (ACRONYM)` — a run followed by a bracketed acronym whose letters fit the run's
//!   words: `Khanij Bidesh India (KABIL)`, `Strategic Metals (USSM)` after `US-based`;
//! - `name (EXCHANGE: TICKER)` — a run followed by a stock ticker: `Kestrel Lithium (ASX: KLL)`.
//!
//! A run is made of capitalized words, glued hyphen compounds whose parts are all
//! capitalized (`Mota-Engil`, not `US-based`), and the connectors `of`, `and`, `&`, `for`,
//! `de`, `des`, `du`, `la` between capitalized words. It never starts with `The` or a word
//! that only opens the sentence, and a person's title (`Minister`, `CEO`) ends it.

use crate::text::{word_hash, Gap, Shape, Text, TokenClass, WordSet};
use crate::word;
use crate::words;
use once_cell::sync::Lazy;

/// Words that make a run of capitalized words an organization's name, besides the legal
/// suffixes of [`LEGAL_SUFFIXES`] (both make [`ORG_WORDS_SET`]).
pub(super) const ORG_WORDS: &[&str] = &[
    "mines",
    "mining",
    "metals",
    "resources",
    "minerals",
    "royalties",
    "royalty",
    "streaming",
    "bank",
    // (`Nacional Financiera`, Mexico's development bank.)
    "financiera",
    "fund",
    "authority",
    "organisation",
    "organization",
    "agency",
    "office",
    "commission",
    "council",
    "ministry",
    "department",
    "institute",
    "trust",
    "partners",
    "capital",
    "management",
    "ventures",
    "energy",
    "exploration",
    "industries",
    "enterprises",
    "trading",
    "logistics",
    "materials",
    "chemicals",
    "petroleum",
    "steel",
    "smelting",
    "refining",
    "investments",
    "investment",
    "development",
    "board",
    "works",
    "federation",
    "association",
    "chamber",
    "university",
    "exchange",
    "securities",
    "lithium",
    // (`NovaAndino Litio`, `Sigma Lítio`, `Minera Cobre`: the Spanish and Portuguese
    // words.)
    "litio",
    "lítio",
    "cobre",
    "cobalt",
    "nickel",
    "copper",
    "gold",
    "graphite",
    "uranium",
    "alumina",
    "aluminium",
    "aluminum",
    "iron",
    "coal",
    "rare",
    "battery",
    "batteries",
    "technologies",
    "technology",
    "solutions",
    "services",
    "systems",
    "consortium",
    "cooperation",
    "bureau",
    "directorate",
    "secretariat",
    "parliament",
    "assembly",
    "court",
    "police",
    "army",
    "earths",
    "ministries",
    "nation",
    "nations",
    "tribe",
    "cooperative",
];

/// Words a company's full name may add to the short name a headline uses (`Pacífico
/// Lithium` for `Pacífico Lithium Resources Ltd`), besides legal suffixes. Not `Bank`,
/// `Fund` or `Energy`: those name other bodies (`China Development Bank`).
pub(super) const COMPANY_TAILS: &[&str] = &[
    "resources",
    "mining",
    "mines",
    "minerals",
    "metals",
    "holdings",
    "holding",
    "industries",
];

/// Words that end a company name (dropped to make a short form: `Mota-Engil Group` →
/// `Mota-Engil`).
pub(super) const LEGAL_SUFFIXES: &[&str] = &[
    "corporation",
    "corp",
    "company",
    "co",
    "group",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "plc",
    "llc",
    "llp",
    "lp",
    "sa",
    "ag",
    "gmbh",
    "asa",
    "ab",
    "nv",
    "bv",
    "spa",
    "sarl",
    "pty",
    // South Africa's `(Pty) Ltd` written out: `Barberton Mines Proprietary Limited`.
    "proprietary",
    "pte",
    "bhd",
    "berhad",
    "tbk",
    "kk",
    "oy",
    "oyj",
    "aps",
    "ltda",
    "lda",
    "srl",
    "sas",
    "jsc",
    "pjsc",
    "ojsc",
    "kgaa",
    "kg",
    "sdn",
    "ulc",
    "nl",
    // Hungary (`CATL Hungary Kft.`, `MOL Nyrt.`), Bulgaria (`Aurubis Bulgaria EAD`), the
    // former Yugoslavia (`Eastern Mining DOO`).
    "kft",
    "zrt",
    "nyrt",
    "ead",
    "eood",
    "ood",
    "doo",
    "holdings",
    "holding",
];

/// Is `word` a legal suffix of [`LEGAL_SUFFIXES`] as a name's words write it, its dots and
/// a comma after it left out (`Ltd.`, `Co.,`, `S.A.`, `N.V.`)?
pub(super) fn is_legal_suffix(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']);
    if !w.contains('.') {
        return LEGAL_SUFFIXES.iter().any(|s| w.eq_ignore_ascii_case(s));
    }
    let undotted = || w.bytes().filter(|&b| b != b'.');
    LEGAL_SUFFIXES.iter().any(|s| {
        undotted()
            .map(|b| b.to_ascii_lowercase())
            .eq(s.bytes().map(|b| b.to_ascii_lowercase()))
    })
}

/// Capitalized words that open many names but do not stand for one alone: the first
/// word of `International Finance Corporation` or `National Logistics Corporation` is not
/// a short form of it (`International investors...`).
const GENERIC_FIRST_WORDS: &[&str] = &[
    "international",
    "national",
    "general",
    "public",
    "southern",
    "northern",
    "eastern",
    "western",
    "central",
    "standard",
    "core",
    "export",
    "import",
    "loan",
    "special",
    "clean",
    "united",
    "american",
    "african",
    "asian",
    "european",
    "global",
    "first",
    "royal",
    "federal",
    "state",
    "new",
    "great",
    "new",
    "golden",
    "green",
    "pacific",
    "atlantic",
    "strategic",
    "critical",
    "metals",
    "mineral",
    "minerals",
    "mining",
    "energy",
    "power",
    "development",
    "investment",
    "china",
    "india",
    "saudi",
    "canadian",
    "australian",
    "british",
    "chinese",
    "indian",
    "japanese",
    "korean",
    "emirates",
    "arab",
    "islamic",
    "commercial",
    "industrial",
    "agricultural",
    "people's",
    "peoples",
    "democratic",
    "korea",
    "economy",
    "finance",
    "trade",
    "mines",
    "foreign",
    "industry",
];

/// Legal suffixes written with a dot (`Co.`, `Inc.`).
const ABBREVIATED: &[&str] = &["co", "corp", "inc", "ltd", "bhd", "pty", "pte", "cos"];

/// Organization words that only count after another capitalized word: `Energy`,
/// `Lithium`, `Gold` alone are not names, nor is `The Ministry`.
const WEAK_ALONE: &[&str] = &[
    "energy", "lithium", "cobalt", "nickel", "copper", "gold", "iron", "coal", "rare",
];

/// Words that make a kind of thing of an organization word, not a name: `Natural
/// Resources` (a portfolio: `Head of Natural Resources at UKEF`), `Raw Materials` (a
/// buyer's department), `Base Metals`, `Critical Minerals` are no names alone; `Vale Base
/// Metals` and `Natural Resources Canada` are.
const GENERIC_DESCRIPTORS: &[&str] = &[
    "natural", "raw", "human", "critical", "base", "precious", "battery",
];

/// Titles that end a run: `Mining Minister Ali Khan` is a person, not an organization.
pub(super) const PERSON_TITLES: &[&str] = &[
    // (`X Technology Managing Director Y`, `X Vice President Y`: the first words of a
    // title end the name before it.)
    "managing",
    "vice",
    "minister",
    "president",
    "ceo",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "director",
    "governor",
    "ambassador",
    "secretary",
    "senator",
    "premier",
    "mayor",
    "commissioner",
    "chief",
    "executive",
    "officer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "deputy",
    "prince",
    "king",
    "sheikh",
    "general",
    "manager",
    "founder",
    "cfo",
    "coo",
    "cto",
    "md",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
];

const CONNECTORS: &[&str] = &[
    "of", "and", "&", "for", "de", "des", "du", "la", "del", "y", "et", "the",
];

/// Is `word` a connector inside names (`of`, `and`, `de`), in any case?
pub(super) fn is_connector(word: &str) -> bool {
    CONNECTORS.iter().any(|c| word.eq_ignore_ascii_case(c))
}

/// Words that open sentences and are capitalized only for that (`Under the MoU`).
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "under",
    "according",
    "after",
    "before",
    "in",
    "on",
    "at",
    "for",
    "with",
    "as",
    "both",
    "officials",
    "speaking",
    "read",
    "meanwhile",
    "separately",
    "also",
    "its",
    "his",
    "her",
    "their",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "while",
    "last",
    "earlier",
    "shares",
    "state-owned",
    "state",
    "london-based",
    "local",
    "federal",
    "provincial",
    "national",
    "by",
    "from",
    "to",
    "if",
    "when",
    "but",
    "and",
];

pub(super) static PREFIX_ORG_WORDS_SET: Lazy<WordSet> =
    Lazy::new(|| WordSet::new(PREFIX_ORG_WORDS));
static OF_SET: Lazy<WordSet> =
    Lazy::new(|| WordSet::new(&["of", "for", "de", "des", "du", "del", "la"]));
static AND_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(&["and", "y", "et", "e", "é"]));
pub(super) static ORG_WORDS_SET: Lazy<WordSet> =
    Lazy::new(|| WordSet::new(&[ORG_WORDS, LEGAL_SUFFIXES].concat()));
pub(super) static LEGAL_SUFFIXES_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(LEGAL_SUFFIXES));
static ABBREVIATED_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(ABBREVIATED));
static WEAK_ALONE_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(WEAK_ALONE));
static GENERIC_DESCRIPTORS_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(GENERIC_DESCRIPTORS));
pub(super) static PERSON_TITLES_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(PERSON_TITLES));
static OPENERS_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(OPENERS));
pub(super) static HEADS_WITH_OF_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(HEADS_WITH_OF));
pub(super) static DESCRIPTORS_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(DESCRIPTORS));

/// A capitalized unit starting at token `i`: a word, or a glued group of capitalized words
/// joined by hyphens or apostrophes (`Mota-Engil`, `Ma'aden`, `ZCCM-IH`), or `Co.`/`Inc.`.
/// Returns the index after it.
fn cap_unit(text: &Text, i: usize) -> Option<usize> {
    let t = text.tokens.get(i)?;
    if t.class != TokenClass::Word || !t.is_capitalized(text.src) {
        return None;
    }
    let mut j = i + 1;
    // glued parts: `-Engil`, `'aden`, `-IH`, `&T`
    while j + 1 < text.tokens.len()
        && text.tokens[j].gap == Gap::None
        && text.tokens[j + 1].gap == Gap::None
        && text.is_any(j, words!["-", "'", "&"])
        && matches!(
            text.tokens[j + 1].class,
            TokenClass::Word | TokenClass::Number
        )
    {
        let part = &text.tokens[j + 1];
        // `Pakistan's`: a possessive ends the name.
        if text.is(j, word!("'")) && text.is(j + 1, word!("s")) {
            break;
        }
        // `US-based`, `State-owned`: a lower-case part makes it an adjective, not a name,
        // except after an apostrophe (`Ma'aden`).
        if part.shape == Shape::Lower && !text.is(j, word!("'")) {
            return None;
        }
        j += 2;
    }
    // `K92 Mining`, `E3 Lithium`, `Africa50`: a capital, or a capitalized word, glued to a
    // whole number (not `R1.5bn`).
    // (The glued number first: it rules out almost every word without reading its text.)
    if j == i + 1
        && text
            .tokens
            .get(j)
            .is_some_and(|n| n.class == TokenClass::Number && n.gap == Gap::None)
        && (one_letter(text, i) || text.tokens[i].shape == Shape::Title && t.end - t.start >= 3)
        && !text.str(j).contains(['.', ','])
        && text
            .tokens
            .get(j + 1)
            .is_none_or(|n| n.gap != Gap::None || n.class == TokenClass::Punct)
    {
        j += 1;
    }
    // `Co.`, `Inc.`, `Ltd.`: the abbreviation's dot belongs to the name.
    if text.is(j, word!(".")) && text.tokens[j].gap == Gap::None && ABBREVIATED_SET.has(text, j - 1)
    {
        j += 1;
    }
    // `A/S` (Danish and Norwegian companies): two capitals glued to a slash.
    if j == i + 1
        && text.is(j, word!("/"))
        && one_letter(text, i)
        && (j..j + 2).all(|k| text.tokens.get(k).is_some_and(|t| t.gap == Gap::None))
        && text
            .tokens
            .get(j + 1)
            .is_some_and(|_| one_letter(text, j + 1))
    {
        return Some(j + 2);
    }
    // `S.A.`, `A.Ş.`, `N.V.`: single capital letters, each glued to its dot.
    // (The dot first: it rules out most words without reading their text.)
    if j == i + 1
        && text.is(j, word!("."))
        && text.tokens[j].gap == Gap::None
        && one_letter(text, i)
    {
        while text.is(j, word!(".")) && text.tokens[j].gap == Gap::None {
            j += 1;
            let next_letter = text
                .tokens
                .get(j)
                .is_some_and(|t| t.gap == Gap::None && one_letter(text, j));
            if !next_letter {
                break;
            }
            j += 1;
        }
    }
    Some(j)
}

/// `Lao Holding State Enterprise (LHSE)`: do the capitalized words from token `j` on run
/// up to a bracketed acronym that fits the name from token `i`? Then a word that often
/// ends a name (`Holding`, `Group`) is inside this one.
fn acronym_closes_run(text: &Text, i: usize, j: usize) -> bool {
    let mut k = j;
    for _ in 0..4 {
        match cap_unit(text, k) {
            Some(next) if text.tokens[k].gap == Gap::Space => k = next,
            _ => break,
        }
    }
    if k == j || !text.is(k, word!("(")) || !text.is(k + 2, word!(")")) {
        return false;
    }
    let words: Vec<&str> = (i..k)
        .filter(|&x| text.tokens[x].class == TokenClass::Word)
        .map(|x| text.str(x))
        .collect();
    acronym_fits(text.str(k + 1), &words)
}

/// Does a suffix in single letters with dots (`S.A.`, `N.V.`) end right before token
/// `end`?
pub(super) fn letters_suffix_before(text: &Text, end: usize) -> bool {
    end >= 4
        && text.is(end - 1, word!("."))
        && text.is(end - 3, word!("."))
        && one_letter(text, end - 2)
        && one_letter(text, end - 4)
        && (end - 3..end).all(|k| text.tokens[k].gap == Gap::None)
}

/// Do the dotted letters from token `k` abbreviate a place, not a legal form (`Bogotá
/// D.C.`, `Washington D.C.`, `Acme U.S.`)?
fn place_letters(text: &Text, k: usize) -> bool {
    matches!(
        (text.str(k), text.tokens.get(k + 2).map(|_| text.str(k + 2))),
        ("D", Some("C")) | ("U", Some("S")) | ("U", Some("K"))
    )
}

/// Is token `k` a single capital letter (`S`, `Ş`)?
fn one_letter(text: &Text, k: usize) -> bool {
    let mut chars = text.str(k).chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Words that open an organization's name in other languages' order (`Grupo Argos`,
/// `Empresa Nacional de Minería`, `PT Vale Indonesia`, `PJSC Norilsk Nickel`).
const PREFIX_ORG_WORDS: &[&str] = &[
    "grupo",
    "groupe",
    "bank",
    "empresa",
    "empresas",
    "banco",
    "compañía",
    "compania",
    "companhia",
    "société",
    "societe",
    "sociedad",
    "corporación",
    "corporacion",
    "minera",
    "minerações",
    "industrias",
    "pt",
    "pjsc",
    "jsc",
    "oao",
    "pao",
    "ooo",
    "tbk",
    "cv",
    "compagnie",
    // (`Comunidad Campesina de Huancuire`: a Peruvian peasant community, a legal person.)
    "comunidad",
    // (`Universiti Malaysia Pahang`, `Universidad de Chile`, `Universitas Indonesia`.)
    "universiti",
    "universitas",
    "universidad",
    "universidade",
    "université",
];

/// Organization words that head a name with `of`/`for` (`Ministry of Mines`, `Bank of
/// China`, `Department for Business`).
const HEADS_WITH_OF: &[&str] = &[
    "ministry",
    "department",
    "bank",
    "bureau",
    "office",
    "institute",
    "university",
    "agency",
    "commission",
    "council",
    "authority",
    "board",
    "federation",
    "association",
    "chamber",
    "directorate",
    "corporation",
    "company",
    "fund",
    "secretariat",
];

/// A run of name words starting at `i` (see the module docs); returns its end and whether
/// it is an organization's name: its last word is an organization word (`Frontier Works
/// Organisation`), or it opens with a head that takes `of` (`Ministry of Mines and
/// Petroleum`). A run never leaves its sentence.
pub(super) fn run_at(text: &Text, i: usize) -> Option<(usize, bool)> {
    let mut j = cap_unit(text, i)?;
    if PERSON_TITLES_SET.has(text, i) || head_of_title(text, i, j) {
        return None;
    }
    let sentence_end = text
        .sentences
        .get(text.sentence_of_token(i))
        .map_or(text.tokens.len(), |s| s.last);
    let mut end = j;
    let mut words = 1;
    let mut last_word = i;
    let mut saw_of = false;
    let mut head_of = false;
    // Ends in a legal form in letters (`S.A.`, `A/S`), which makes any name a company's
    // (`Tanbreez Mining Greenland A/S`).
    let mut lettered = false;
    loop {
        if j >= sentence_end || matches!(text.tokens[j].gap, Gap::Line | Gap::Paragraph) {
            break;
        }
        // `PT Bank Mandiri (Persero) Tbk`: Indonesia's mark of a state-owned company is
        // part of the name.
        if text.is(j, word!("("))
            && text.is(j + 1, word!("Persero"))
            && text.is(j + 2, word!(")"))
            && j + 3 <= sentence_end
        {
            j += 3;
            end = j;
            continue;
        }
        if let Some(k) = cap_unit(text, j).filter(|&k| k <= sentence_end) {
            if PERSON_TITLES_SET.has(text, j) || head_of_title(text, j, k) {
                break;
            }
            // `A.Ş.`, `S.A.` after a name: a suffix in letters, which leaves the name's
            // last word as it was (`Koza Gold Mining A.Ş.` ends in `Mining`). (Two letters
            // at least: `S.` alone is a person's initial, `Geology S. Tursunov`.)
            // (`O'Brien`, `D'Souza`: a capital before an apostrophe opens a family name.)
            if k > j + 2
                && one_letter(text, j)
                && !text.is(j + 1, word!("'"))
                && !place_letters(text, j)
            {
                j = k;
                end = k;
                lettered = words > 1 || word_before_letters(text, i);
                continue;
            }
            // A legal suffix ends the name even before a capitalized word (`Kivu Metals
            // Ltd. Kivu said`, where the dot may not end the sentence), unless another
            // suffix follows (`Pty Ltd`).
            if words > 1
                && LEGAL_SUFFIXES_SET.has(text, last_word)
                && !LEGAL_SUFFIXES_SET.has(text, j)
                && !(text.is_any(last_word, words!["holding", "holdings", "group"])
                    && acronym_closes_run(text, i, j))
            {
                break;
            }
            last_word = j;
            j = k;
            end = k;
            words += 1;
            continue;
        }
        // `Geomet s.r.o.`, `ČEZ a.s.`, `Zijin Mining d.o.o.`, `Samax Romania s.r.l.`: a legal
        // form in lower-case letters with dots ends the name.
        if words >= 1 {
            if let Some(k) = lower_dotted_suffix(text, j).filter(|&k| k <= sentence_end) {
                end = k;
                lettered = true;
                break;
            }
        }
        // `Tharisa plc`: the suffix British style writes in lower case ends the name.
        if text.is(j, word!("plc")) && text.tokens[j].gap == Gap::Space {
            last_word = j;
            end = j + 1;
            words += 1;
            break;
        }
        // A connector between capitalized words: `Bank of China`, `Ministry of Mines and
        // Petroleum`; `and` only inside an `of` phrase (`USSM and the FWO` are two names).
        // A legal suffix ends the name: `Dawson Ridge Coal Pty Ltd for A$620 million`,
        // with the German partnership's `& Co. KG` after it (`Vacuumschmelze GmbH & Co.
        // KG`).
        // `Nuclear Power Corporation of India Limited`: a corporation of a country, with
        // the legal suffix after the country's name, is one name.
        if text.is_any(last_word, words!["corporation", "company"])
            && text.is(j, word!("of"))
            && j + 3 <= sentence_end
            && text.tokens[j + 1].class == TokenClass::Word
            && text.tokens[j + 1].is_capitalized(text.src)
            && LEGAL_SUFFIXES_SET.has(text, j + 2)
            && text.tokens[j + 2].is_capitalized(text.src)
        {
            last_word = j + 2;
            j += 3;
            end = j;
            words += 2;
            continue;
        }
        if LEGAL_SUFFIXES_SET.has(text, last_word) {
            // `Pacific Metals Co., Ltd.`: a second suffix after a comma.
            if text.is(j, word!(","))
                && j + 1 < sentence_end
                && LEGAL_SUFFIXES_SET.has(text, j + 1)
                && !text.is_any(j + 1, words!["group", "holding", "holdings"])
            {
                if let Some(k) = cap_unit(text, j + 1).filter(|&k| k <= sentence_end) {
                    end = k;
                }
            }
            if text.is(j, word!("&")) && text.is(j + 1, word!("co")) {
                let k = j + 2 + usize::from(text.is(j + 2, word!(".")));
                if text.is_any(k, words!["kg", "kgaa"]) && k < sentence_end {
                    end = k + 1;
                }
            }
            break;
        }
        // `Baotou Iron and Steel (Group) Co., Ltd.`: the group in brackets, inside.
        // (`IREL (India) Limited`, `Rio Tinto (South Africa) Ltd`: so is the country of a
        // national company.)
        if let Some(c) = bracket_before_suffix(text, j, sentence_end, true) {
            j = c + 1;
            continue;
        }
        // `Société Générale Côte d’Ivoire`: a French article elided onto the next
        // capitalized word goes on with the name.
        if text.is_any(j, words!["d", "l"])
            && text.tokens[j].shape == Shape::Lower
            && text.is(j + 1, word!("'"))
            && text.tokens.get(j + 1).is_some_and(|t| t.gap == Gap::None)
            && text.tokens.get(j + 2).is_some_and(|t| t.gap == Gap::None)
            && cap_unit(text, j + 2).is_some_and(|k| k <= sentence_end)
        {
            j += 2;
            continue;
        }
        // `Ministry of Industries, Mines and Energy`: portfolios listed with commas.
        // (`Ministry of Finance, Budget and Public Portfolio`, `of Natural Resources,
        // Ecology and ...`: other fields a ministry holds.)
        if saw_of
            && text.is(j, word!(","))
            && (crate::person::is_title_word(text, j + 1)
                || text.is_any(
                    j + 1,
                    words![
                        "budget",
                        "planning",
                        "economy",
                        "environment",
                        "ecology",
                        "geology",
                        "water",
                        "agriculture",
                        "transport",
                        "infrastructure",
                        "technology",
                        "innovation",
                        "hydrocarbons",
                        "public",
                        "natural"
                    ],
                ))
            && text.tokens[j + 1].is_capitalized(text.src)
        {
            j += 1;
            continue;
        }
        let of = OF_SET.has(text, j);
        // (`Catamarca Minera y Energética Sociedad del Estado`: another language's `and`,
        // which English text writes only inside such names, always joins one.)
        let foreign_and = !text.is(j, word!("and"));
        let and = AND_SET.has(text, j)
            && (saw_of || foreign_and || and_joins_one_name(text, last_word, j))
            || text.is(j, word!("&"));
        if (of || and) && (text.tokens[j].shape == Shape::Lower || text.is(j, word!("&"))) {
            let mut k = j + 1;
            // (`Banco de la Nación`, `Société des Mines de la Kouilou`: the article of
            // another language after its `of`.)
            if text.is(k, word!("the"))
                || of
                    && text.is_lower_word(k)
                    && text.is_any(k, words!["la", "las", "los", "el", "le", "les"])
            {
                k += 1;
            }
            // `Office des Mines Nationales et des Industries Stratégiques`: another
            // language's `of` right after its `and` (not English `and of`).
            if and
                && !of
                && text.is_lower_word(k)
                && OF_SET.has(text, k)
                && !text.is(k, word!("of"))
            {
                k += 1;
            }
            // `Société de Recherche et d'Exploitation`: the French article elided onto the
            // next word.
            let glued = |x: usize| text.tokens.get(x).is_some_and(|t| t.gap == Gap::None);
            if text.is_any(k, words!["d", "l"])
                && text.is(k + 1, word!("'"))
                && glued(k + 1)
                && glued(k + 2)
            {
                k += 2;
            }
            // `the Ministry of Industry and Construction and the Korea Institute of
            // Geoscience`: a second organization's name after `and` ends the first.
            if !of && saw_of && names_organization(text, k) {
                break;
            }
            let word_like = text.tokens.get(k).is_some_and(|t| t.end - t.start >= 2);
            // `Banco Davivienda for COP 450 billion`: a currency code before its number.
            let before_number = text
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.class == TokenClass::Number);
            if word_like
                && !before_number
                && cap_unit(text, k).is_some()
                && !PERSON_TITLES_SET.has(text, k)
            {
                // `National Bank of Oman`, `State Bank of India`: a head that takes `of`
                // inside the name, before its first `of` (not `Press Service of the
                // Ministry of ...`).
                head_of |= of && !saw_of && HEADS_WITH_OF_SET.has(text, last_word);
                saw_of |= of;
                j = k;
                continue;
            }
        }
        break;
    }
    // `Co.`/`Inc.`: the last word is the one before the dot.
    let ends_in_org = ORG_WORDS_SET.has(text, last_word) && words != 1;
    // `PKO Bank Polski`, `Alior Bank Polska`, `Standard Bank Namibia`: a bank's name goes
    // on after its word with the country or a word of its own.
    let bank_inside =
        words > 2 && (i + 1..last_word).any(|k| text.is_any(k, words!["bank", "banco", "banque"]));
    let headed = HEADS_WITH_OF_SET.has(text, i) && saw_of
        || head_of
        || bank_inside
        || PREFIX_ORG_WORDS_SET.has(text, i) && words > 1;
    let weak_only = words == 2
        && ORG_WORDS_SET.has(text, last_word)
        && (WEAK_ALONE_SET.has(text, last_word) && ORG_WORDS_SET.has(text, i)
            || GENERIC_DESCRIPTORS_SET.has(text, i));
    Some((end, headed || lettered || ends_in_org && !weak_only))
}

/// `(India) Limited`, `(Group) Co.` from token `j`, before token `end`: one to three
/// capitalized words in brackets (in capitals too when `capitals`), then a legal suffix:
/// the token of the `)`.
pub(super) fn bracket_before_suffix(
    text: &Text,
    j: usize,
    end: usize,
    capitals: bool,
) -> Option<usize> {
    if !text.is(j, word!("(")) {
        return None;
    }
    let c = (j + 2..(j + 5).min(end)).find(|&x| text.is(x, word!(")")))?;
    let word = |x: usize| {
        let t = &text.tokens[x];
        t.class == TokenClass::Word
            && t.is_capitalized(text.src)
            && (capitals || t.shape != Shape::Upper)
    };
    let inside =
        text.is_any(j + 1, words!["group", "holdings"]) && c == j + 2 || (j + 1..c).all(word);
    (inside && c + 1 < end && LEGAL_SUFFIXES_SET.has(text, c + 1)).then_some(c)
}

/// `s.r.o.`, `a.s.`, `d.o.o.`, `s.r.l.`, `s.p.a.` from token `j` (lower-case letters each
/// glued to its dot): the end of the legal form.
fn lower_dotted_suffix(text: &Text, j: usize) -> Option<usize> {
    const FORMS: &[&str] = &[
        "sro", "as", "doo", "ad", "srl", "spa", "sa", "sas", "bv", "nv",
    ];
    let mut k = j;
    let mut letters = String::new();
    while letters.len() < 4
        && text.tokens.get(k).is_some_and(|t| {
            t.class == TokenClass::Word
                && t.shape == Shape::Lower
                && t.end - t.start == 1
                && (k == j || t.gap == Gap::None)
        })
        && text.is(k + 1, word!("."))
        && text.tokens[k + 1].gap == Gap::None
    {
        letters.push_str(text.str(k));
        k += 2;
    }
    (letters.len() >= 2 && FORMS.contains(&letters.as_str())).then_some(k)
}

/// `Head of Aluminium`, `Global Head of Metals`: a person's title, not a name, when the
/// capitalized unit `j..k` is `Head` and `of` follows (`Lion Head Mining` stays a name).
fn head_of_title(text: &Text, j: usize, k: usize) -> bool {
    text.is(j, word!("head")) && text.is(k, word!("of"))
}

/// Do the capitalized words from `k` (up to four) hold the head of an organization's name
/// (`Korea Institute`, `Development Bank`, `Tahltan Central Government`, `Minera Andina`;
/// not `Energy` or `Mines`, which portfolios share with companies)?
fn names_organization(text: &Text, k: usize) -> bool {
    (k..k + 4)
        .take_while(|&w| {
            cap_unit(text, w).is_some()
                && (w == k || !matches!(text.tokens[w].gap, Gap::Line | Gap::Paragraph))
        })
        .any(|w| HEADS_WITH_OF_SET.has(text, w) || text.is(w, word!("government")))
        // (`Banco de la Nación and Minera Andina`: a name that opens with an organization
        // word of another language's order.)
        || PREFIX_ORG_WORDS_SET.has(text, k) && cap_unit(text, k + 1).is_some()
        // `the Government of Mali and Lithium du Mali SA`: a name that ends in a legal
        // suffix.
        || (k..k + 8)
            .take_while(|&w| {
                w < text.tokens.len()
                    && (cap_unit(text, w).is_some() || (w > k && is_connector(text.str(w))))
            })
            .any(|w| {
                LEGAL_SUFFIXES_SET.has(text, w)
                    && !text.is_any(w, words!["company", "group", "holding", "holdings", "co"])
            })
}

/// Is the run's first token a word of two letters or more (`Nordic A/S`, not `S.A.` read
/// alone)?
fn word_before_letters(text: &Text, i: usize) -> bool {
    text.tokens.get(i).is_some_and(|t| t.end - t.start >= 2)
}

/// `Saurashtra Chemicals and Minerals Ltd` is one name, `Kestrel Lithium Ltd and Hanseong
/// Battery Materials Co` two: `and` joins one name when the part before it does not end in
/// a legal suffix and the capitalized words after it do.
fn and_joins_one_name(text: &Text, before: usize, and: usize) -> bool {
    // The part before `and` must itself end in an organization word (`Chemicals and
    // Minerals`), not a name (`Rio Tinto and China Baowu Steel Group` are two), and what
    // follows it must end in a legal suffix.
    // `Baotou Iron and Steel`, `Anshan Iron and Steel`: one name, as Chinese steelmakers
    // are called.
    if text.is(before, word!("iron")) && text.is(and + 1, word!("steel")) {
        return true;
    }
    // (Or in a common noun of English, as its ending shows: `Korea Mine Rehabilitation and
    // Mining Corporation`, `Exploration and Production`; a company's own name seldom ends
    // so.)
    let common_noun = || {
        let w = text.str(before).as_bytes();
        text.tokens[before].shape == Shape::Title
            && w.len() >= 6
            && ["tion", "sion", "ment", "ity", "ance", "ence", "ics", "ure"]
                .iter()
                .any(|e| w.ends_with(e.as_bytes()))
    };
    // (Or a utility's or an energy firm's trade: `Fortum Power and Heat Oy`, `Oil and Gas`,
    // `Light and Power`; not `Gas`, which a comma list may end with: `Japan Oil, Gas and
    // Metals National Corporation`.)
    let trade = || {
        text.is_any(
            before,
            words!["power", "heat", "oil", "water", "light", "coal", "steel"],
        )
    };
    // (Or two metals: `KEFI Gold and Copper plc`, `Silver and Zinc Limited`; not `Zijin Gold
    // and Ivanhoe Mines Ltd`.)
    const METALS: &[crate::text::Word] = words![
        "gold", "silver", "copper", "zinc", "nickel", "lead", "tin", "cobalt", "lithium",
        "uranium", "platinum", "diamonds", "graphite"
    ];
    let metals = || text.is_any(before, METALS) && text.is_any(and + 1, METALS);
    // (`Tshipi é Ntle Manganese Mining`: a conjunction of another language joins any
    // name when the words after it end in an organization word.)
    let foreign = !text.is(and, word!("and"));
    if LEGAL_SUFFIXES_SET.has(text, before)
        || !(foreign || ORG_WORDS_SET.has(text, before) || common_noun() || trade() || metals())
        || text.is(and + 1, word!("the"))
    {
        return false;
    }
    // (`Ostrava Metals and Sinomine Resource Group`: two names when a name of its own
    // opens the part after `and`: a distinctive word that is no adjective of a trade,
    // `Metallurgical`, `Chemical`, `Industrial`.)
    let own_name_after = text.tokens.get(and + 1).is_some_and(|t| {
        let w = text.str(and + 1);
        t.shape == Shape::Title
            && is_distinctive(w)
            && !["al", "ic", "ics", "ive", "ary", "ory", "ous"]
                .iter()
                .any(|e| w.ends_with(e))
    });
    if own_name_after && !(foreign || common_noun() || trade() || metals()) {
        return false;
    }
    let mut k = and + 1;
    let mut last = None;
    while let Some(next) = cap_unit(text, k) {
        last = Some(k);
        k = next;
    }
    // (`plc` in lower case, as British style writes it, ends two metals' name too; not
    // `Almaden Metals and Fresnillo plc`, two names.)
    last.is_some_and(|l| {
        LEGAL_SUFFIXES_SET.has(text, l)
            || l == and + 1 && metals() && text.is(k, word!("plc"))
            || foreign && l > and + 1 && ORG_WORDS_SET.has(text, l)
    })
}

/// True when token `i` opens its sentence with a word that is capitalized only for that,
/// or opens it after a dateline (`HELSINKI — When Keliber Oy signed`).
pub(super) fn is_opener(text: &Text, i: usize) -> bool {
    let opens = text
        .sentences
        .get(text.sentence_of_token(i))
        .is_some_and(|s| {
            s.first == i
                || (i > s.first
                    && i - s.first <= 12
                    && matches!(text.tokens[s.first].gap, Gap::Line | Gap::Paragraph)
                    && text.tokens[i - 1].gap != Gap::None
                    && (text.is(i - 1, word!("-")) || text.is(i - 1, word!(":"))))
        });
    opens && OPENERS_SET.has(text, i)
}

/// The bracket after a run: `(ACRONYM)` or `("ACRONYM")` → `Some((acronym token index,
/// index after the acronym, index after ")"))`.
pub(super) fn acronym_after(text: &Text, end: usize) -> Option<(usize, usize, usize)> {
    if !text.is(end, word!("(")) {
        return None;
    }
    let quoted = text.is(end + 1, word!("\""));
    let a = end + 1 + usize::from(quoted);
    let t = text.tokens.get(a)?;
    // `("K92")`: a capital glued to digits.
    let lettered_number = t.class == TokenClass::Word
        && one_letter(text, a)
        && text
            .tokens
            .get(a + 1)
            .is_some_and(|n| n.class == TokenClass::Number && n.gap == Gap::None);
    // (`("G&M")`: a capital glued to `&` or `-`.)
    let joined_letter = t.class == TokenClass::Word
        && one_letter(text, a)
        && text.is_any(a + 1, words!["&", "-"])
        && text.tokens.get(a + 1).is_some_and(|n| n.gap == Gap::None);
    if t.class != TokenClass::Word
        || !(matches!(t.shape, Shape::Upper | Shape::Mixed) || lettered_number || joined_letter)
    {
        return None;
    }
    let mut close = a + 1 + usize::from(lettered_number);
    // `ZCCM-IH`, `G&M`: glued parts.
    while text.is_any(close, words!["-", "&"])
        && text
            .tokens
            .get(close + 1)
            .is_some_and(|n| n.gap == Gap::None)
    {
        close += 2;
    }
    // `("K92 PNG")`: a quoted short name may have more words.
    if quoted {
        while close < a + 6
            && text.tokens.get(close).is_some_and(|t| {
                t.gap != Gap::Line
                    && t.gap != Gap::Paragraph
                    && (t.class == TokenClass::Number
                        || t.class == TokenClass::Word && t.is_capitalized(text.src))
            })
        {
            close += 1;
        }
    }
    let acronym_end = close;
    if quoted {
        if !text.is(close, word!("\"")) {
            return None;
        }
        close += 1;
        // `("NMG" or the "Company")`: the press release's other name for it.
        if text.is_any(close, words!["or", ","]) {
            close = (close + 1..close + 8)
                .take_while(|&k| {
                    text.tokens.get(k).is_some_and(|t| {
                        !text.is(k, word!("(")) && !matches!(t.gap, Gap::Line | Gap::Paragraph)
                    })
                })
                .find(|&k| text.is(k, word!(")")) && text.is(k - 1, word!("\"")))?;
        }
    }
    text.is(close, word!(")"))
        .then_some((a, acronym_end, close + 1))
}

/// The bracket after a name that gives its name in English, perhaps with an acronym:
/// `Suomen Teollisuusmetallit Oy (Finnish Industrial Metals, STM)` → `Some((name end,
/// acronym token, index after ")"))`, the name starting at `end + 1`. Two to six
/// capitalized words (with `and`, `of`, `&` between); the acronym one word in capitals.
pub(super) fn bracketed_name_after(
    text: &Text,
    end: usize,
) -> Option<(usize, Option<usize>, usize)> {
    if !text.is(end, word!("(")) {
        return None;
    }
    let mut k = end + 1;
    let mut words = 0;
    while let Some(t) = text.tokens.get(k) {
        let capital = t.class == TokenClass::Word && t.is_capitalized(text.src);
        let joiner = words > 0 && text.is_any(k, words!["and", "of", "&"]);
        if !(capital || joiner) || words >= 8 || matches!(t.gap, Gap::Line | Gap::Paragraph) {
            break;
        }
        words += usize::from(capital);
        k += 1;
    }
    let name_end = k;
    if !(2..=6).contains(&words) || text.is_any(name_end - 1, words!["and", "of", "&"]) {
        return None;
    }
    if text.is(name_end, word!(")")) {
        return Some((name_end, None, name_end + 1));
    }
    let acronym = name_end + 1;
    let upper = text.tokens.get(acronym).is_some_and(|t| {
        t.class == TokenClass::Word && t.shape == Shape::Upper && t.gap == Gap::Space
    });
    (text.is(name_end, word!(",")) && upper && text.is(acronym + 1, word!(")"))).then_some((
        name_end,
        Some(acronym),
        acronym + 2,
    ))
}

/// Is token `k` the colon after an exchange's name (`TSX:`), or the `.V`/`-V` of the venture
/// board with its colon (`TSX.V:`, `TSX-V:`)?
pub(super) fn exchange_colon(text: &Text, k: usize) -> bool {
    text.is(k, word!(":"))
        || (text.is_any(k, words![".", "-"])
            && text.is(k + 1, word!("v"))
            && text.is(k + 2, word!(":"))
            && (k..k + 2).all(|x| text.tokens[x].gap == Gap::None))
}

/// `(TSX: PGE)`, `(ASX:AJM)`, `(NYSE: NEM)` after a run: returns the index after `)`.
pub(super) fn ticker_after(text: &Text, end: usize) -> Option<usize> {
    if !text.is(end, word!("(")) {
        return None;
    }
    let ex = text.tokens.get(end + 1)?;
    if ex.class != TokenClass::Word || ex.shape != Shape::Upper {
        return None;
    }
    // `TSX.V`, `TSX-V`: the venture board, glued to its exchange.
    if !exchange_colon(text, end + 2) {
        return None;
    }
    let colon = if text.is(end + 2, word!(":")) {
        end + 2
    } else {
        end + 4
    };
    let tick = text.tokens.get(colon + 1)?;
    if !matches!(tick.class, TokenClass::Word | TokenClass::Number) {
        return None;
    }
    let mut close = colon + 2;
    while text.is(close, word!("."))
        || text
            .tokens
            .get(close)
            .is_some_and(|t| t.gap == Gap::None && t.class == TokenClass::Word)
    {
        close += 1;
    }
    text.is(close, word!(")")).then_some(close + 1)
}

/// Do the acronym's letters fit the words of the name? The first letter must be a word's
/// initial and the rest must appear in order in the words (`KABIL` in `Khanij Bidesh
/// India Ltd`, `FWO` in `Frontier Works Organisation`). Returns the index of the first
/// word used, so that `USSM` after `US-based firm Strategic Metals` can report the `US`
/// it needs from outside the run.
pub(super) fn acronym_fits(acronym: &str, words: &[&str]) -> bool {
    // Read lazily, without collecting: this runs for every bracketed acronym and every
    // pair of names an article might link.
    let letters = || {
        acronym
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
    };
    if letters().nth(1).is_none() || words.is_empty() {
        return false;
    }
    let first_initial = words
        .iter()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .next();
    if first_initial != letters().next() {
        // `PT Nusantara Nikel Mandiri (NNM)`, `PJSC ...`: a short legal prefix in capitals
        // is not part of the acronym.
        let prefix = words[0].len() <= 4 && words[0].chars().all(|c| c.is_ascii_uppercase());
        return prefix && words.len() > 2 && acronym_fits(acronym, &words[1..]);
    }
    // Every initial of a significant word (not `of`, `and`) must be used, in order, and
    // each acronym letter must come from the current word or a later one.
    let mut joined = words
        .iter()
        .enumerate()
        .flat_map(|(k, w)| w.chars().flat_map(char::to_lowercase).map(move |c| (k, c)));
    // Words that gave a letter (their indices only grow, so counting changes counts them).
    let (mut used_words, mut last_word) = (0, None);
    for l in letters() {
        match joined.find(|&(_, c)| c == l) {
            Some((k, _)) => {
                if last_word != Some(k) {
                    used_words += 1;
                    last_word = Some(k);
                }
            }
            None => return false,
        }
    }
    // Most significant words contribute a letter; legal suffixes are not significant
    // (`VAC` for `Vacuumschmelze GmbH & Co. KG`).
    let significant = |skip_suffixes: bool| {
        words
            .iter()
            .filter(|w| {
                let is = |list: &[&str]| list.iter().any(|c| w.eq_ignore_ascii_case(c));
                !(is(CONNECTORS) || skip_suffixes && is(LEGAL_SUFFIXES))
            })
            .count()
            .max(1)
    };
    // (The suffixes are read only when the words alone are too many.)
    used_words * 2 >= significant(false) || used_words * 2 >= significant(true)
}

/// True when `word` is an organization word or a legal suffix (any case).
pub(super) fn is_org_word(word: &str) -> bool {
    // By hash of the lower-cased word, one lookup in [`ORG_WORDS_SET`]; the entries that set
    // cannot answer for (not one plain token: `S.A.`, non-ASCII) by comparing with each.
    static OTHERS: Lazy<Vec<&str>> = Lazy::new(|| {
        let in_set = |w: &str| word_hash(w).is_some_and(|h| ORG_WORDS_SET.has_hash(h));
        let all = ORG_WORDS.iter().chain(LEGAL_SUFFIXES).copied();
        all.filter(|w| !in_set(w)).collect()
    });
    word_hash(word).is_some_and(|h| ORG_WORDS_SET.has_hash(h))
        || OTHERS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// `Asante Ridge Gold` → `Asante Ridge`, `First Quantum Minerals` → `First Quantum`,
/// `Sahara Crest Royalties` → `Sahara Crest`: a name of three words or more whose last words
/// say only what the company digs or does, which stories then drop. Returns how many words
/// stay: two or more, not all of them generic openers (`Northern Mining`), the word
/// before the cut not itself a company word (`Zimbabwe Mining Development` keeps its
/// `Development`, and so is no short form). `words` come without their legal suffix.
pub(super) fn without_sector_words(words: &[&str]) -> Option<usize> {
    const SECTOR_WORDS: &[&str] = &[
        "gold",
        "silver",
        "copper",
        "nickel",
        "lithium",
        "uranium",
        "cobalt",
        "zinc",
        "platinum",
        "graphite",
        "potash",
        "diamonds",
        "vanadium",
        "tungsten",
        "manganese",
        "phosphate",
        "resources",
        "mining",
        "mines",
        "minerals",
        "metals",
        "royalties",
        "royalty",
        "exploration",
    ];
    let sector = |w: &str| SECTOR_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s));
    let mut n = words.len();
    while n > 2 && sector(words[n - 1]) {
        n -= 1;
    }
    let stays = &words[..n];
    let generic = |w: &&str| {
        GENERIC_FIRST_WORDS
            .iter()
            .any(|g| w.eq_ignore_ascii_case(g))
    };
    (n < words.len()
        && !stays.iter().all(generic)
        && !is_org_word(stays[n - 1])
        && stays
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase)))
    .then_some(n)
}

/// A word distinctive enough to stand for its organization alone (`Stillwater`,
/// `Jinlong`): four letters or more, no company word (`Mining`), not a generic opener
/// (`International`).
pub(super) fn is_distinctive(word: &str) -> bool {
    // (Or three capitals: `FPX` of `FPX Nickel`.)
    let capitals = word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase());
    (word.len() >= 4 || capitals)
        && !is_org_word(word)
        && !GENERIC_FIRST_WORDS
            .iter()
            .any(|g| word.eq_ignore_ascii_case(g))
}

/// `PT Vale Indonesia` → `Vale Indonesia`, `Groupe Eramet` → `Eramet`, `JSC Almalyk MMC`
/// → `Almalyk MMC`: a company form written before the name, which stories then drop. The
/// rest must be two words or more, or one distinctive word. `words` come without their
/// legal suffix.
pub(super) fn after_company_prefix(words: &[&str]) -> Option<String> {
    const PREFIXES: &[&str] = &["pt", "groupe", "jsc", "pjsc", "ojsc"];
    let (first, rest) = words.split_first()?;
    let prefix = PREFIXES.iter().any(|p| first.eq_ignore_ascii_case(p));
    let stands = rest.len() >= 2 || rest.first().is_some_and(|w| is_distinctive(w));
    (prefix && stands).then(|| rest.join(" "))
}

/// `Compañía de Minas Buenaventura` → `Buenaventura`, `Sociedad Minera Cerro Verde` →
/// `Cerro Verde`: Spanish and Portuguese names that open with the kind of company say the
/// name last, and stories then use that alone. One or two capitalized words after the
/// opening (`Compañía`, `Sociedad`, `Empresa`... with `de`, `Minera`, `Minas`), and no
/// `de` among them: `Sociedad Química y Minera de Chile` has no such short form.
pub(super) fn after_legal_prefix(words: &[&str]) -> Option<String> {
    const OPENINGS: &[&str] = &["compañía", "compania", "companhia", "sociedad", "empresa"];
    const LINKS: &[&str] = &["de", "del", "minera", "mineira", "minas", "mining"];
    let (first, rest) = words.split_first()?;
    if !OPENINGS.iter().any(|o| first.to_lowercase() == *o) {
        return None;
    }
    let links = rest
        .iter()
        .take_while(|w| LINKS.iter().any(|l| w.eq_ignore_ascii_case(l)))
        .count();
    let name = &rest[links..];
    let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    (links > 0 && (1..=2).contains(&name.len()) && name.iter().all(capitalized))
        .then(|| name.join(" "))
        .filter(|n| is_distinctive(n.split(' ').next().unwrap_or("")))
}

/// Nouns that introduce an organization's name in apposition: `state miner Gécamines`,
/// `Chile's state copper company Codelco`, `cable maker Conductores del Pacífico`.
pub(super) const DESCRIPTORS: &[&str] = &[
    "miner",
    "firm",
    "company",
    "group",
    "producer",
    "trader",
    "lender",
    "bank",
    "developer",
    "maker",
    "giant",
    "major",
    "operator",
    "explorer",
    "conglomerate",
    "refiner",
    "smelter",
    "investor",
    "fund",
    "utility",
    "manufacturer",
    "supplier",
    "startup",
    "start-up",
    "subsidiary",
    "unit",
    "partner",
    "buyer",
    "agency",
    "regulator",
    "consortium",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_words_by_hash_match_a_case_blind_comparison() {
        let listed = ORG_WORDS.iter().chain(LEGAL_SUFFIXES);
        let mut samples: Vec<String> = Vec::new();
        for w in listed.clone() {
            samples.push(w.to_string());
            samples.push(w.to_uppercase());
            samples.push(format!("{w}x"));
        }
        samples.extend(["Minería", "Gécamines", "a", "", "Société", "Ltd_"].map(String::from));
        samples.push("x".repeat(30));
        for w in &samples {
            let expected = listed.clone().any(|e| w.eq_ignore_ascii_case(e));
            assert_eq!(is_org_word(w), expected, "{w:?}");
        }
    }

    #[test]
    fn acronyms_fit_their_names() {
        assert!(acronym_fits("FWO", &["Frontier", "Works", "Organisation"]));
        assert!(acronym_fits("KABIL", &["Khanij", "Bidesh", "India", "Ltd"]));
        assert!(acronym_fits(
            "NLC",
            &["National", "Logistics", "Corporation"]
        ));
        assert!(acronym_fits(
            "PMRC",
            &["Pakistan", "Mineral", "Resources", "Company"]
        ));
        assert!(!acronym_fits("USSM", &["Strategic", "Metals"]));
        assert!(acronym_fits("USSM", &["US", "Strategic", "Metals"]));
        assert!(!acronym_fits("XYZ", &["Frontier", "Works"]));
        assert!(acronym_fits(
            "ZCCM-IH",
            &["ZCCM", "Investments", "Holdings"]
        ));
        assert!(acronym_fits(
            "NNM",
            &["PT", "Nusantara", "Nikel", "Mandiri"]
        ));
    }
}
