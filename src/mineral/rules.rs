//! False-friend rules for minerals. Each rule looks for evidence in the text around a match
//! (capitalized names, hyphenated compounds, the noun that follows) and, when it finds it,
//! names itself as the reason to reject the match.

use super::gazetteer::{Commodity, Form, Gazetteer};
use crate::gazetteer::LexMatch;
use crate::text::{Gap, Shape, Text, TokenClass};
use crate::word;
use crate::words;

pub(super) fn rule_name(form: Form) -> &'static str {
    match form {
        Form::Name => "mineral name",
        Form::Acronym => "mineral acronym",
        Form::Formula => "mineral formula",
    }
}

/// Second halves of a hyphenated compound that keep the mineral sense (`copper-rich`,
/// `gold-mining`); any other word makes the compound a product or a name (`lithium-ion`).
const COMPOUND_KEEPS: &[&str] = &[
    "rich",
    "bearing",
    "based",
    "producing",
    "producer",
    "mining",
    "focused",
    "focussed",
    "dominated",
    "equivalent",
    "grade",
    "rich",
    "heavy",
    "hosted",
    "mineralised",
    "mineralized",
    "linked",
    "related",
    "exposed",
    "only",
    "processing",
    "ore",
    "price",
];

/// Nouns after a mineral word that show it is used as a figure of speech or a title, not a
/// commodity: awards, ranks, standards, colours of things.
const FIGURATIVE_HEADS: &[&str] = &[
    "drilling",
    "drill",
    "drills",
    "drilled",
    "blue",
    "green",
    "grey",
    "gray",
    "coloured",
    "colored",
    "medal",
    "medals",
    "medallist",
    "medalist",
    "medallists",
    "medalists",
    "standard",
    "lining",
    "linings",
    "age",
    "jubilee",
    "anniversary",
    "card",
    "cards",
    "member",
    "members",
    "membership",
    "status",
    "tier",
    "sponsor",
    "sponsors",
    "award",
    "awards",
    "album",
    "albums",
    "record",
    "records",
    "disc",
    "screen",
    "spoon",
    "bullet",
    "boot",
    "star",
    "stars",
    "glove",
    "gloves",
    "rush",
    "fish",
    "finish",
];

/// Nouns after a mineral word that show the commodity sense (`lead ore`, `tin prices`).
const COMMODITY_HEADS: &[&str] = &[
    "ore",
    "ores",
    "concentrate",
    "concentrates",
    "price",
    "prices",
    "mine",
    "mines",
    "mining",
    "miner",
    "miners",
    "production",
    "producer",
    "producers",
    "output",
    "deposit",
    "deposits",
    "reserve",
    "reserves",
    "resource",
    "resources",
    "smelter",
    "smelters",
    "smelting",
    "refinery",
    "refineries",
    "refining",
    "export",
    "exports",
    "import",
    "imports",
    "market",
    "markets",
    "futures",
    "project",
    "projects",
    "sector",
    "industry",
    "bullion",
    "grade",
    "grades",
    "mineralisation",
    "mineralization",
    "exploration",
    "supply",
    "supplies",
    "demand",
    "content",
    "equivalent",
    "royalty",
    "royalties",
    "processing",
    "plant",
    "tailings",
    "belt",
    "sulphide",
    "sulfide",
    "oxide",
    "metal",
    "ingots",
    "ingot",
    "cathode",
    "cathodes",
    "shipments",
    "trade",
    "trading",
    "stocks",
    "inventories",
    "assets",
    "operations",
    "veins",
    "discovery",
    "occurrences",
];

/// Words before `of` that introduce a commodity (`production of tin`, `tonnes of lead`).
const BEFORE_OF: &[&str] = &[
    "production",
    "exports",
    "export",
    "imports",
    "reserves",
    "deposits",
    "deposit",
    "price",
    "prices",
    "supply",
    "supplies",
    "output",
    "tonnes",
    "tons",
    "ounces",
    "pounds",
    "kilograms",
    "grams",
    "kg",
    "oz",
    "lb",
    "t",
    "mt",
    "kt",
    "shipments",
    "producer",
    "producers",
    "sources",
    "grades",
    "mining",
    "extraction",
    "processing",
    "refining",
    "smelting",
    "resources",
    "stockpiles",
    "volumes",
];

/// Does an accepted mineral phrase start at token `i`?
fn mineral_at(g: &Gazetteer, text: &Text, i: usize) -> bool {
    g.lexicon
        .longest_at(text, i)
        .is_some_and(|o| g.lexicon.first_value(text, &o).is_some())
}

fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

fn is_word(text: &Text, i: usize) -> bool {
    text.tokens
        .get(i)
        .is_some_and(|t| t.class == TokenClass::Word)
}

/// Is there another mineral close by in the same coordination (`lead and zinc`,
/// `zinc, lead`, `copper/gold`)?
fn next_to_other_mineral(g: &Gazetteer, text: &Text, m: &LexMatch) -> bool {
    let is_link = |i: usize| text.is_any(i, words![",", "and", "or", "/", "-", "&"]);
    let other_at = |i: usize| mineral_at(g, text, i);
    // after: up to two linking tokens, then a mineral
    let mut j = m.last;
    for _ in 0..2 {
        if j < text.tokens.len() && is_link(j) {
            j += 1;
            if other_at(j) {
                return true;
            }
        }
    }
    // before: a mineral that ends right before up to two linking tokens
    let mut i = m.first;
    for _ in 0..2 {
        if i > 0 && is_link(i - 1) {
            i -= 1;
            let mut k = i;
            while k > 0 && i - k < 4 {
                k -= 1;
                if let Some(o) = g.lexicon.longest_at(text, k) {
                    if o.last == i && g.lexicon.first_value(text, &o).is_some() {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Evidence of the commodity sense for an ambiguous word.
fn commodity_context(g: &Gazetteer, text: &Text, m: &LexMatch) -> bool {
    // `use mercury to`, `containing arsenic`, `Sulphur is a by-product`, `Iodine from
    // Chilean caliche`: used as a material or a subject.
    const USED: &[&str] = &[
        "use",
        "uses",
        "used",
        "using",
        "contains",
        "containing",
        "contain",
        "with",
        "extract",
        "extracts",
        "recover",
        "recovers",
        "produce",
        "produces",
        "produced",
        "mine",
        "mines",
        "mined",
        "export",
        "exports",
        "exported",
        "import",
        "imports",
    ];
    const SUBJECT_NEXT: &[&str] = &[
        "is", "was", "are", "were", "in", "from", "levels", "content", "has", "had", "remains",
    ];
    if m.first > 0 && in_list(text.str(m.first - 1), USED) {
        return true;
    }
    let opens = text.sentences[text.sentence_of_token(m.first)].first == m.first;
    if opens && is_word(text, m.last) && in_list(text.str(m.last), SUBJECT_NEXT) {
        return true;
    }
    if is_word(text, m.last) && in_list(text.str(m.last), COMMODITY_HEADS) {
        return true;
    }
    if m.first >= 2
        && text.is(m.first - 1, word!("of"))
        && in_list(text.str(m.first - 2), BEFORE_OF)
    {
        return true;
    }
    next_to_other_mineral(g, text, m)
}

/// The name of the rule that rejects this match, or `None` to keep it.
pub(super) fn reject(
    g: &Gazetteer,
    text: &Text,
    m: &LexMatch,
    form: Form,
    commodity: &Commodity,
) -> Option<&'static str> {
    let tokens = &text.tokens;
    let first = &tokens[m.first];
    if form == Form::Name {
        // Part of a capitalized name: `Southern Copper`, `Nickel Rim South Mine`,
        // `Gold Royalties Corporation`.
        if first.is_capitalized(text.src) {
            let prev_cap = m.first > 0
                && is_word(text, m.first - 1)
                && tokens[m.first - 1].is_capitalized(text.src)
                && tokens[m.first].gap != Gap::Line
                && tokens[m.first].gap != Gap::Paragraph;
            let next_cap = is_word(text, m.last)
                && tokens[m.last].is_capitalized(text.src)
                && tokens[m.last].gap == Gap::Space
                && !mineral_at(g, text, m.last);
            let all_caps_line = first.shape == Shape::Upper;
            if (prev_cap || next_cap) && !all_caps_line {
                return Some("inside a capitalized name");
            }
        }
        // A hyphenated compound whose second half is not about the commodity:
        // `lithium-ion`, `gold-plated`.
        if m.last + 1 < tokens.len()
            && text.is(m.last, word!("-"))
            && tokens[m.last].gap == Gap::None
            && tokens[m.last + 1].gap == Gap::None
            && is_word(text, m.last + 1)
        {
            let second = text.str(m.last + 1);
            let mineral_next = mineral_at(g, text, m.last + 1);
            if !mineral_next && !in_list(second, COMPOUND_KEEPS) {
                return Some("first half of a hyphenated compound");
            }
        }
        // Used as a modifier of a figurative noun: `gold medal`, `silver lining`.
        if is_word(text, m.last) && in_list(text.str(m.last), FIGURATIVE_HEADS) {
            return Some("figurative noun follows");
        }
        // An everyday word (`lead`, `tin`) needs evidence of the commodity sense; a longer
        // form (`tin ore`, `iron ore`) is evidence enough.
        // Only the everyday word itself: `cassiterite`, `hematite`, `polysilicon` are not.
        let everyday = || {
            let word = text.str(m.first);
            commodity.mineral.name.split(' ').next().is_some_and(|w| {
                let is_w = |x: &str| x.eq_ignore_ascii_case(w);
                is_w(word) || word.strip_suffix(['s', 'S']).is_some_and(is_w)
            })
        };
        if commodity.ambiguous
            && m.last - m.first == 1
            && everyday()
            && !commodity_context(g, text, m)
        {
            return Some("ambiguous word without commodity context");
        }
        // A Title-case mineral word in mid-sentence names something (`the town of
        // Emerald`, `a Silver Lake fund`), unless the line is a title-case headline.
        let mid_sentence = text.sentences[text.sentence_of_token(m.first)].first != m.first
            && !matches!(text.tokens[m.first].gap, Gap::Line | Gap::Paragraph)
            && m.first > 0
            && !text.is(m.first - 1, word!(":"))
            && !text.is(m.first - 1, "\"")
            && !text.is(m.first - 1, word!("("));
        if mid_sentence
            && first.shape == Shape::Title
            && m.last - m.first == 1
            && !text.in_title_case_line(m.first)
            && !next_to_other_mineral(g, text, m)
        {
            return Some("capitalized in mid-sentence: a name");
        }
        // `won silver`, `took gold`, `went platinum`: medals and records.
        if m.first > 0
            && m.last - m.first == 1
            && text.is_any(
                m.first - 1,
                words![
                    "won", "win", "wins", "took", "take", "takes", "claimed", "went", "gone",
                    "goes", "going"
                ],
            )
            && !(is_word(text, m.last) && in_list(text.str(m.last), COMMODITY_HEADS))
        {
            return Some("a medal or a record");
        }
    }
    None
}
