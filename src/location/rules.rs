//! Evidence rules for places: what makes a capitalized name a place here, and what makes
//! it part of an organization's or a person's name instead.

use crate::gazetteer::LexMatch;
use crate::text::{Gap, Shape, Text, TokenClass, WordSet};
use crate::word;
use crate::words;
use once_cell::sync::Lazy;

/// Prepositions of place: `in Split`, `near Reading`, `from Mobile`.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "from",
    "to",
    "outside",
    "across",
    "around",
    "via",
    "into",
    "between",
    "throughout",
    "towards",
    "toward",
    "inside",
    "within",
    "visit",
    "visited",
    "visiting",
];

/// Heads of organization names that take `of` (`Bank of China`, `University of Toronto`).
const ORG_HEADS: &[&str] = &[
    "survey",
    "bank",
    "university",
    "institute",
    "college",
    "school",
    "academy",
    "museum",
    "association",
    "federation",
    "chamber",
    "society",
    "club",
    "exchange",
    "corporation",
    "company",
    "authority",
    "commission",
    "foundation",
    "church",
    "hospital",
    "council",
    "agency",
    "board",
];

/// Last words of organization names (`Pakistan Mineral Resources Company`).
const ORG_SUFFIXES: &[&str] = &[
    "survey",
    "exchanges",
    "council",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "limited",
    "plc",
    "llc",
    "group",
    "holdings",
    "bank",
    "mining",
    "mines",
    "metals",
    "resources",
    "minerals",
    "university",
    "airlines",
    "airways",
    "petroleum",
    "steel",
    "energy",
    "telecom",
    "exchange",
    "times",
    "post",
    "herald",
    "tribune",
    "news",
    "daily",
    "journal",
    "mint",
    "fund",
    "trust",
    "partners",
    "capital",
    "ventures",
    "industries",
    "enterprises",
    "refinery",
    "smelter",
    "port",
    "authority",
    "cement",
    "motors",
    "railways",
    // (`Northern Australia Infrastructure Facility`: a lender.)
    "facility",
    "power",
    "sands",
    "fc",
];

/// Words after a place name that continue it as a place (`Lualaba Province`).
const PLACE_NOUNS: &[&str] = &[
    "province",
    "state",
    "region",
    "city",
    "county",
    "district",
    "territory",
    "prefecture",
    "oblast",
    "voivodeship",
    "krai",
    "governorate",
    "canton",
    "valley",
    "basin",
    "belt",
    "island",
    "islands",
    "peninsula",
    "coast",
    "desert",
    "mountains",
];

static PLACE_PREPOSITIONS_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(PLACE_PREPOSITIONS));
static ORG_HEADS_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(ORG_HEADS));
static ORG_SUFFIXES_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(ORG_SUFFIXES));
static PLACE_NOUNS_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(PLACE_NOUNS));
pub(super) static CALENDAR_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(crate::text::CALENDAR));

fn cap_word(text: &Text, i: usize) -> bool {
    text.tokens
        .get(i)
        .is_some_and(|t| t.class == TokenClass::Word && t.is_capitalized(text.src))
}

/// A dateline: the place opens a paragraph and is followed by `:`, `,`, `(` or a dash
/// (`ISLAMABAD:`, `LIMA, Peru (Reuters) -`).
pub(super) fn is_dateline(text: &Text, m: &LexMatch) -> bool {
    let opens = m.first == 0 || matches!(text.tokens[m.first].gap, Gap::Paragraph | Gap::Line);
    // After a comma a dateline goes on with a place or a date (`SANTIAGO, Chile -`,
    // `Perth, March 3`), not a clause (`Wheaton, which has bought streams`).
    let comma_goes_on = || {
        text.tokens.get(m.last + 1).is_some_and(|t| {
            t.class == TokenClass::Number
                || t.class == TokenClass::Word && t.is_capitalized(text.src)
        })
    };
    // (`Date: January 22, 2026` in a filing: a form's label before its colon, not a
    // place.)
    let label = text.is(m.last, word!(":"))
        && text.is_any(
            m.first,
            words!["date", "time", "source", "contact", "note", "media", "venue", "subject"],
        );
    // (`Toronto-based Dundee Precious Metals ...` opening a paragraph: a compound, not a
    // dateline's dash.)
    let compound = lower_compound_at(text, m.last);
    opens
        && !label
        && !compound
        && (text.is_any(m.last, words![":", "(", "-"])
            || text.is(m.last, word!(",")) && comma_goes_on())
}

/// Evidence that an ambiguous name is meant as a place (see the module docs).
pub(super) fn place_evidence(
    text: &Text,
    m: &LexMatch,
    next_is_place: bool,
    prev_is_place: bool,
) -> bool {
    // (`the Eastern Highlands Provincial Government`: its government says it is a place.)
    if is_dateline(text, m)
        || followed_by_subdivision_word(text, m)
        || names_its_government(text, m.last)
    {
        return true;
    }
    // `in March`, `JOHANNESBURG, March 3`: dates, whatever the gazetteer says.
    if m.last - m.first == 1 && CALENDAR_SET.has(text, m.first) {
        return false;
    }
    if subdivision_word_before(text, m) {
        return true;
    }
    // `Tucson and Phoenix`, `Lusaka, Ndola and Kitwe`: listed with another place.
    if prev_is_place
        && m.first > 0
        && (text.is(m.first - 1, word!("and")) || text.is(m.first - 1, word!(",")))
    {
        return true;
    }
    // `in March`, `on Sunday` are dates, whatever the gazetteer says.
    let calendar = m.last - m.first == 1 && CALENDAR_SET.has(text, m.first);
    if !calendar && m.first > 0 && PLACE_PREPOSITIONS_SET.has(text, m.first - 1) {
        return true;
    }
    // `in the North West`, `across the Upper East`: a name of several words after a
    // preposition and `the` (one word is too often a direction: `in the West`), not a
    // part of another place (`in the North East of England`).
    if m.last - m.first >= 2
        && !text.is(m.last, word!("of"))
        && m.first > 1
        && text.is(m.first - 1, word!("the"))
        && PLACE_PREPOSITIONS_SET.has(text, m.first - 2)
    {
        return true;
    }
    // `Perth, Western Australia`, `Victoria, Canada`
    if text.is(m.last, word!(",")) && next_is_place {
        return true;
    }
    // `Mobile-based`, `Santiago-headquartered`
    text.is(m.last, word!("-"))
        && text
            .tokens
            .get(m.last + 1)
            .is_some_and(|t| t.gap == Gap::None)
        && (text.is(m.last + 1, word!("based")) || text.is(m.last + 1, word!("headquartered")))
}

/// Is token `k` a hyphen with a lower-case word glued after it (`-based`, `-eyed`)?
fn lower_compound_at(text: &Text, k: usize) -> bool {
    text.is(k, word!("-"))
        && text
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.gap == Gap::None && t.shape == Shape::Lower)
}

/// A hyphen compound with a lower-case second part that is not about place (`Eagle-eyed`);
/// `Nevada-based`, `China-backed` keep the place.
pub(super) fn in_adjective_compound(text: &Text, m: &LexMatch) -> bool {
    lower_compound_at(text, m.last)
        && !text.is_any(
            m.last + 1,
            words![
                "based",
                "headquartered",
                "backed",
                "listed",
                "owned",
                "born",
                "led",
                "registered",
                "focused",
                "made",
                "funded",
                "financed",
                "controlled",
                "operated",
                "run",
                "linked",
                "bound",
                "sourced",
                "produced",
                "mined",
                "sponsored",
                "supported",
                "flagged"
            ],
        )
}

/// The name is part of an organization's name: `Bank of China`, `Export-Import Bank of
/// the United States`, `Pakistan Mineral Resources Company`.
pub(super) fn inside_organization(text: &Text, m: &LexMatch) -> bool {
    let mut i = m.first;
    if i > 0 && text.is(i - 1, word!("the")) {
        i -= 1;
    }
    if i >= 2
        && (text.is(i - 1, word!("of")) || text.is(i - 1, word!("for")))
        && cap_word(text, i - 2)
        && ORG_HEADS_SET.has(text, i - 2)
    {
        return true;
    }
    // `Minerals Council South Africa`, `Air Canada`: an organization word right before.
    if m.first > 0
        && cap_word(text, m.first - 1)
        && text.tokens[m.first].gap == Gap::Space
        && (ORG_SUFFIXES_SET.has(text, m.first - 1) || text.is(m.first - 1, word!("Air")))
    {
        return true;
    }
    // Capitalized words after the name that end in an organization word.
    for j in m.last..m.last + 4 {
        if !cap_word(text, j) || text.tokens[j].gap != Gap::Space {
            return false;
        }
        if ORG_SUFFIXES_SET.has(text, j) {
            return true;
        }
    }
    false
}

/// `By Neema Mollel and Rania Khoury`: a byline (a line of its own, `By` and a name, no
/// full stop) names people; a place in it comes after `in` (`By X in Lima`).
fn in_byline(text: &Text, m: &LexMatch) -> bool {
    let Some(s) = text.sentences.get(text.sentence_of_token(m.first)) else {
        return false;
    };
    let opens = s.first == 0 || matches!(text.tokens[s.first].gap, Gap::Line | Gap::Paragraph);
    let ends_line = text
        .tokens
        .get(s.last)
        .is_none_or(|t| matches!(t.gap, Gap::Line | Gap::Paragraph));
    opens
        && ends_line
        && s.first < m.first
        && s.last - s.first <= 16
        && text.is(s.first, word!("by"))
        && cap_word(text, s.first + 1)
        && !text.is(s.last - 1, word!("."))
        && !text.is_any(m.first - 1, words!["in", "|", "/"])
}

/// Is `m` in a line that names people: a byline, a credit line, a contact line?
pub(super) fn in_people_line(text: &Text, m: &LexMatch) -> bool {
    in_byline(text, m) || in_credit_line(text, m) || in_contact_line(text, m)
}

/// `Harry Rees / Georgia Lyle`: a press release's contact line (people's names joined by
/// slashes, a line of their own) names people, not places.
fn in_contact_line(text: &Text, m: &LexMatch) -> bool {
    let line_break = |k: usize| matches!(text.tokens[k].gap, Gap::Line | Gap::Paragraph);
    let Some(first) = (m.first.saturating_sub(12)..=m.first)
        .rev()
        .find(|&k| k == 0 || line_break(k))
    else {
        return false;
    };
    let n = text.tokens.len();
    let last = (m.last..(m.last + 12).min(n))
        .find(|&k| line_break(k))
        .unwrap_or(n);
    if last == n && m.last + 12 < n {
        return false;
    }
    let slash = (first..last).any(|k| text.is(k, word!("/")));
    slash
        && (first..last).all(|k| {
            text.is_any(k, words!["/", ",", "-", "'"])
                || text.tokens[k].class == TokenClass::Word
                    && text.tokens[k].is_capitalized(text.src)
        })
}

/// `(Reporting by Diego Salcedo; Editing by Ana Belén Torres)`: a wire story's credit
/// line, in brackets, names its journalists; a place name in it is a person's.
fn in_credit_line(text: &Text, m: &LexMatch) -> bool {
    (m.first.saturating_sub(24)..m.first)
        .rev()
        .take_while(|&k| {
            !text.is(k, word!(")"))
                && !matches!(text.tokens[k + 1].gap, Gap::Line | Gap::Paragraph)
        })
        .any(|k| {
            text.is(k, word!("("))
                && text.is_any(
                    k + 1,
                    words!["reporting", "editing", "writing", "additional", "compiled"],
                )
        })
        // (`Reporting by X in Lima`, `by the Tashkent newsroom`, `by Harare and Gaborone
        // newsrooms`: where they wrote from is a place.)
        && !text.is_any(m.first - 1, words!["in", "and", "the"])
        && !(m.last..m.last + 4).any(|k| {
            text.is_any(k, words!["newsroom", "newsrooms", "bureau", "bureaus", "desk"])
        })
}

/// A one-word city or subdivision name inside a person's or a longer proper name:
/// `Natalie Baker`, `Perth Mint`, `Dallas Cowboys`. `next_is_place` tells whether a place
/// starts right after (`Lima Peru`), `after_demonym` whether a demonym ends right before
/// (`Finnish Lapland`: not a name's first word).
/// How the place name at `m` is joined to capitalized words by a Spanish or Portuguese
/// particle ([`romance_name_around`]).
pub(super) struct RomanceName {
    /// Followed by `de`, `del`, `de la`, `do`, `da` and a capitalized word that opens no
    /// known place (`Antofagasta de la Sierra`; not `Santiago de Chile`).
    pub after: bool,
    /// Preceded by a capitalized word and such a particle (`Diego de Almagro`). A
    /// subdivision there is still itself (`Provincia de Catamarca`, `Valle de Catamarca`).
    pub before: bool,
    /// Preceded so and followed by another particle, not after a subdivision's own word:
    /// inside a longer name, whatever the place (the `Valle` of `San Fernando del Valle de
    /// Catamarca`).
    pub inside: bool,
}

/// Is the place name at `m` part of a longer Spanish or Portuguese name ([`RomanceName`])?
pub(super) fn romance_name_around(
    text: &Text,
    m: &LexMatch,
    place_at: &dyn Fn(usize) -> bool,
) -> RomanceName {
    const PARTICLES: &[crate::text::Word] =
        words!["de", "del", "da", "do", "dos", "das", "la", "las", "los"];
    /// A subdivision's own word before its particle: `Provincia de`, `State of`.
    const STYLES: &[crate::text::Word] = words![
        "provincia",
        "departamento",
        "region",
        "estado",
        "municipio",
        "distrito",
        "comuna",
        "province",
        "department",
        "state"
    ];
    let lower_particle = |k: usize| text.is_any(k, PARTICLES) && text.is_lower_word(k);
    let mut j = m.last;
    while j < m.last + 2 && lower_particle(j) {
        j += 1;
    }
    // (A known place that ends the name is the place after the particle: `de Chile`.)
    let place_ends = place_at(j) && !lower_particle(j + 1) && !cap_word(text, j + 1);
    let after = j > m.last && cap_word(text, j) && !place_ends;
    let before = m.first >= 2
        && lower_particle(m.first - 1)
        && (cap_word(text, m.first - 2)
            || m.first >= 3 && lower_particle(m.first - 2) && cap_word(text, m.first - 3))
        && !text.starts_sentence(m.first - 1);
    let styled = m.first >= 2 && text.is_any(m.first - 2, STYLES);
    let name_goes_on =
        text.is_any(m.last, words!["de", "del", "da", "do"]) && text.is_lower_word(m.last);
    RomanceName {
        after,
        before,
        inside: before && !styled && name_goes_on,
    }
}

pub(super) fn inside_other_name(
    text: &Text,
    m: &LexMatch,
    next_is_place: bool,
    after_demonym: bool,
) -> bool {
    if inside_word_or_arabic_name(text, m)
        || hyphened_to_a_name(text, m, next_is_place)
        || in_people_line(text, m)
    {
        return true;
    }
    // `Mr Bolivar said`, `Ms. Victoria`: a name after an honorific is a person's.
    let honorific = m.first > 0 && {
        let h = m.first - 1 - usize::from(m.first >= 2 && text.is(m.first - 1, word!(".")));
        text.tokens[h].is_capitalized(text.src) && text.is_any(h, crate::person::HONORIFICS)
    };
    // `Part XIVA of the Securities and Futures Ordinance`: a numbered part of a text.
    let numbered_part = m.first > 0
        && text.tokens[m.first - 1].is_capitalized(text.src)
        && text.is_any(
            m.first - 1,
            words!["part", "chapter", "section", "article", "schedule", "annex", "appendix"],
        );
    if honorific || numbered_part {
        return true;
    }
    // `Investor Relations: Jordan Kelly`, `Media: Georgia Smith`: a contact's name after a
    // colon, even on a line of capitalized words.
    let contact = m.last - m.first == 1
        && m.first > 0
        && text.is(m.first - 1, word!(":"))
        && cap_word(text, m.last)
        && text.tokens[m.last].gap == Gap::Space
        && text.tokens[m.last].shape != Shape::Upper
        && !next_is_place;
    if contact {
        return true;
    }
    // `the Jaru native title holders`, `Jaru elders`, `the Tahltan people`: a people's
    // name, which a town elsewhere may share.
    if m.last - m.first == 1
        && text.is_any(
            m.last,
            words![
                "people",
                "peoples",
                "elders",
                "clan",
                "clans",
                "tribe",
                "native",
                "traditional"
            ],
        )
        && text.is_lower_word(m.last)
    {
        return true;
    }
    if m.last - m.first != 1
        || text.tokens[m.first].shape == Shape::Upper
        || text.in_title_case_line(m.first)
    {
        return false;
    }
    // `Santa Rosa del Sur`: a compass word after a particle that follows a capitalized
    // word ends a longer Spanish or Portuguese name (Sur in Oman is not meant).
    let particle_tail = m.first >= 2
        && text.is_any(
            m.first,
            words!["sur", "norte", "este", "oeste", "sul", "leste"],
        )
        && text.is_any(m.first - 1, words!["del", "de", "do", "da"])
        && cap_word(text, m.first - 2);
    if particle_tail {
        return true;
    }
    let prev = m.first.checked_sub(1);
    let prev_name = !after_demonym
        && prev.is_some_and(|p| {
            cap_word(text, p)
                && !text.is_any(
                    p,
                    words![
                        "The", "A", "An", "This", "That", "In", "On", "At", "From", "For", "Its"
                    ],
                )
                && !text.starts_sentence(p)
                && text.tokens[m.first].gap == Gap::Space
                && !CALENDAR_SET.has(text, p)
                && text.tokens[p].shape != Shape::Upper
        });
    let next_name = cap_word(text, m.last)
        && text.tokens[m.last].gap == Gap::Space
        && !next_is_place
        && !PLACE_NOUNS_SET.has(text, m.last)
        && !CALENDAR_SET.has(text, m.last)
        && text.tokens[m.last].shape != Shape::Upper
        && !names_its_government(text, m.last);
    prev_name || next_name
}

/// `the Queensland Government`, `the Hunan Provincial Government`: the words from `k` name
/// the government of the place before them (the contract counts `X's government` as X),
/// not a longer name.
pub(crate) fn names_its_government(text: &Text, k: usize) -> bool {
    government_after(text, k).is_some() && !(k > 0 && text.is_any(k - 1, GOVERNMENT_LEVELS))
}

/// The token of `Government` in the words from `k` that name a government: `Government`, a
/// level first (`Provincial Government`), `People's` between (`Sichuan Provincial
/// People's Government`, China's style).
pub(crate) fn government_after(text: &Text, k: usize) -> Option<usize> {
    let mut j = k;
    // (`West Nusa Tenggara (NTB) provincial government`: the place's short form first.)
    if text.is(j, word!("(")) && text.is(j + 2, word!(")")) {
        j += 3;
    }
    j += usize::from(text.is_any(j, GOVERNMENT_LEVELS));
    if text.is(j, word!("people")) && text.is(j + 1, word!("'")) && text.is(j + 2, word!("s")) {
        j += 3;
    }
    // (`the Umnugovi aimag government`, `the Khanbogd soum administration`: Mongolia's
    // province and district, and their administrations.)
    if text.is_any(j, words!["aimag", "soum"]) {
        j += 1;
        return text
            .is_any(j, words!["government", "administration"])
            .then_some(j);
    }
    text.is(j, word!("government")).then_some(j)
}

/// Is token `k` a word for a level of government ([`GOVERNMENT_LEVELS`])?
pub(crate) fn is_government_level(text: &Text, k: usize) -> bool {
    text.is_any(k, GOVERNMENT_LEVELS)
}

/// Words for a level of government (`the Federal Government` names no place `Federal`).
const GOVERNMENT_LEVELS: &[crate::text::Word] = words![
    "provincial",
    "state",
    "regional",
    "federal",
    "territorial",
    "territory",
    "municipal",
    "county",
    "city",
    "metropolitan",
    "local",
    "central",
    "national"
];

/// The name is the start of a longer word joined by an apostrophe (`Wa` in `Wa’ad Al
/// Shamal`; a possessive `Wa's` still counts) or follows an Arabic article (`Khair` in `Ras
/// Al-Khair`: a place named so would match from `Al`).
fn inside_word_or_arabic_name(text: &Text, m: &LexMatch) -> bool {
    let glued = |i: usize| text.tokens.get(i).is_some_and(|t| t.gap == Gap::None);
    let apostrophe = text.is(m.last, word!("'"))
        && glued(m.last)
        && glued(m.last + 1)
        && text.tokens[m.last + 1].class == TokenClass::Word
        && !text.is(m.last + 1, word!("s"));
    let arabic_article = m.first >= 2
        && text.is_glued_hyphen(m.first - 1)
        && glued(m.first)
        && text.is_any(
            m.first - 2,
            words!["al", "el", "ad", "ar", "as", "ash", "az"],
        );
    apostrophe || arabic_article
}

/// The name is the first part of a hyphenated name (`Kara` in the `Kara-Tash` deposit):
/// a capitalized word glued after a hyphen that is not itself a place (`Pak-US`,
/// `China-Pakistan` name two places).
fn hyphened_to_a_name(text: &Text, m: &LexMatch, next_is_place: bool) -> bool {
    !next_is_place
        && text.is_glued_hyphen(m.last)
        && text.tokens.get(m.last + 1).is_some_and(|t| {
            t.gap == Gap::None && t.class == TokenClass::Word && t.is_capitalized(text.src)
        })
}

/// `the US state of Georgia`, `the province of Punjab`, `the department of Ain`.
pub(super) fn subdivision_word_before(text: &Text, m: &LexMatch) -> bool {
    m.first >= 2
        && text.is(m.first - 1, word!("of"))
        && text.is_any(
            m.first - 2,
            words!["state", "province", "region", "territory", "department"],
        )
}

/// `Punjab province`, `Lualaba Province`: a subdivision word follows, or ends the form the
/// gazetteer matched (`North West Province`).
pub(super) fn followed_by_subdivision_word(text: &Text, m: &LexMatch) -> bool {
    static SUBDIVISION_WORDS: Lazy<WordSet> = Lazy::new(|| {
        WordSet::new(&[
            "province",
            "state",
            "region",
            "territory",
            "county",
            "district",
            "governorate",
            "prefecture",
            "oblast",
            "voivodeship",
            "krai",
            "canton",
            "department",
        ])
    });
    SUBDIVISION_WORDS.has(text, m.last)
        || (m.last >= m.first + 2 && SUBDIVISION_WORDS.has(text, m.last - 1))
}
