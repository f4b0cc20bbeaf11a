//! People, found by their titles: `US Chargé d'Affaires Natalie Baker`, `Prime Minister
//! Shehbaz Sharif`, `CEO Stacy Hastie`, `President and CEO, Michael Rowley`, `chief
//! executive John Smith`. A title is a run of title words (with `of`/`for` and capitalized
//! words after a minister: `Minister of Mines and Petroleum`), optionally after a country
//! or demonym (`US`, `Pakistani`); the name is two to four capitalized words after it.
//! Later mentions of a person's surname alone (`Baker said`) are linked back to the full
//! name.

#[cfg(test)]
mod corpus;

use crate::gazetteer::{CaseRule, Lexicon};
use crate::record::{Entity, EntityValue, Person};
use crate::text::{Gap, Shape, Text, TokenClass, Word, WordSet};
use crate::word;
use crate::words;
use once_cell::sync::Lazy;

/// Words that make up titles (matched in any case), besides the heads of
/// [`TITLE_HEADS`], which are title words too and are listed there only.
const TITLE_WORDS: &[&str] = &[
    "vice",
    "prime",
    "operating",
    "financial",
    "technical",
    "commercial",
    "investment",
    "managing",
    "general",
    "high",
    "deputy",
    "chargé",
    "charge",
    "special",
    "assistant",
    "federal",
    "state",
    "provincial",
    "foreign",
    "finance",
    "mining",
    "mines",
    "energy",
    "trade",
    "commerce",
    "industry",
    "petroleum",
    "resources",
    "minerals",
    "country",
    "regional",
    "senior",
    "acting",
    "interim",
    "crown",
    "lt",
    "col",
    "chief's",
    "representative",
    "attorney",
    "partner",
    // `Minister Delegate for Industry` (France), `Delegate Minister`.
    "delegate",
    // `Chairman of the Board of Arcore AG`, `Board member`.
    "board",
    // Portfolios in titles written without `of` (`Secretary Mines and Minerals
    // Development`).
    "development",
    "economy",
    "planning",
    "affairs",
    "infrastructure",
    "environment",
    "geology",
    // `management board member Agnieszka Wróbel`: a head after the body it sits on only
    // ([`is_head`]; `OPEC member Saudi Arabia` names a country).
    "member",
];

/// Words that must appear for a run of title words to be a title (not `Federal Mining`).
const TITLE_HEADS: &[&str] = &[
    "president",
    // (Spanish and Portuguese titles: `vicepresidente de comercialización`, `Ministro de
    // Minería`, `gerente general`.)
    "presidente",
    "presidenta",
    "vicepresidente",
    "vicepresidenta",
    "ministro",
    "ministra",
    "gerente",
    "gobernador",
    "gobernadora",
    "directora",
    "secretario",
    "secretaria",
    "minister",
    "ministers",
    "officer",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "chieftain",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "director",
    "director-general",
    "governor",
    "ambassador",
    "commissioner",
    "secretary",
    "senator",
    "mayor",
    "premier",
    "affaires",
    "d'affaires",
    "envoy",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "founder",
    "head",
    "king",
    "queen",
    "prince",
    "sheikh",
    "mr",
    "mrs",
    "ms",
    // (`Shri`, `Smt.`: Indian honorifics; `Ato`: Ethiopian.)
    "shri",
    // (West African honorifics: `Alhaji`, `Hajia`, `Hon.`, `Madam`; the Philippines'
    // `Datu`, a tribal chieftain's.)
    "datu",
    "alhaji",
    "alhaja",
    "hajia",
    "hon",
    "madam",
    "smt",
    "ato",
    "dr",
    "eng",
    // (Philippine titles: `Engr.`, `Atty.`)
    "engr",
    "atty",
    "prof",
    "professor",
    "gen",
    "sir",
    "dame",
    "lord",
    "mp",
    "congressman",
    "congresswoman",
    "manager",
    // (`Managing Principal: Resources at Absa CIB`: a banker's title.)
    "principal",
    "treasurer",
    "counsel",
    "consul",
    "consul-general",
    "executive",
    "chief",
    "analyst",
    "economist",
    "strategist",
    "geologist",
    "engineer",
    "lawyer",
    "official",
    // `Her Excellency Sara Al Nuaimi`, `the Honourable Kwame Asante`
    "excellency",
    "highness",
    "honourable",
    "honorable",
];

/// Titles written before a name only, never after one (`Mr.`, `Dr.`).
pub(crate) const HONORIFICS: &[Word] = words![
    "mr",
    "mrs",
    "ms",
    // (`Shri`, `Smt.`: Indian honorifics; `Ato`: Ethiopian.)
    "shri",
    // (West African honorifics: `Alhaji`, `Hajia`, `Hon.`, `Madam`; the Philippines'
    // `Datu`, a tribal chieftain's.)
    "datu",
    "alhaji",
    "alhaja",
    "hajia",
    "hon",
    "madam",
    "smt",
    "ato",
    "dr",
    "sir",
    "dame",
    "prof",
    "eng",
    // (Philippine titles: `Engr.`, `Atty.`)
    "engr",
    "atty",
    "excellency",
    "highness",
    "honourable",
    "honorable"
];

/// Words that join the parts of a title: `Minister of Mines and Petroleum`.
const TITLE_CONNECTORS: &[Word] = words!["of", "for", "and"];

/// Title words and heads (a head is a title word too, listed once).
static TITLE_WORDS_SET: Lazy<WordSet> =
    Lazy::new(|| WordSet::new(&[TITLE_WORDS, TITLE_HEADS].concat()));
static TITLE_HEADS_SET: Lazy<WordSet> = Lazy::new(|| WordSet::new(TITLE_HEADS));

/// Is token `k` a word titles are made of (`chief`, `executive`, `vice`, `president`,
/// `director`)? The agreement rules read past titles between the parties they list.
pub(crate) fn is_title_word(text: &Text, k: usize) -> bool {
    TITLE_WORDS_SET.has(text, k)
}

/// Does a title's list of portfolios go on before the connector at `connector`? A title
/// word right before it (`Minister of Investment`), or one that takes `of` or `for` a few
/// capitalized words, commas and connectors back (`Minister of Natural Resources, Ecology
/// and Technical Supervision`).
fn portfolio_before(text: &Text, connector: usize) -> bool {
    let mut k = connector;
    for _ in 0..12 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        if TITLE_WORDS_SET.has(text, p) && (k == connector || text.is_any(k, words!["of", "for"])) {
            return true;
        }
        let t = &text.tokens[p];
        let part = (t.class == TokenClass::Word && t.is_capitalized(text.src))
            || text.is(p, word!(","))
            || text.is_any(p, TITLE_CONNECTORS);
        if !part {
            return false;
        }
        k = p;
    }
    false
}

/// Words that end the name of a company's unit (`Metals Division`) or of a public body
/// (`Tahltan Central Government`), never a person's.
const UNIT_WORDS: &[Word] = words![
    "division",
    "department",
    "unit",
    "team",
    "desk",
    "office",
    "section",
    "branch",
    "government",
    "administration",
    "council",
    "authority",
    "agency",
    "corporation",
    "company",
    // (`Vice President, Raw Materials Procurement, on behalf of`: a function of a company,
    // as [`COMPANY_FUNCTIONS`] are too.)
    "operations"
];

/// A company's functions, which end the name of a unit in a signer's title (`Raw Materials
/// Procurement`), not a person's or a party's.
pub(crate) const COMPANY_FUNCTIONS: &[Word] = words![
    "procurement",
    "purchasing",
    "sourcing",
    "marketing",
    "sales"
];

/// `… Ecology and Technical Supervision Talant Osmonov`: is token `i`, after a capitalized
/// word and opening a run of three words or more (to `end`), the last word of a title's
/// portfolio rather than a given name? Told by the endings of English abstract nouns
/// (`Supervision`, `Development`, `Security`, `Geology`), which given names lack, or by the
/// bodies a title is of (`Chairman of the Management Board`).
fn last_portfolio_word(text: &Text, i: usize, end: usize) -> bool {
    const ENDINGS: &[&str] = &["ion", "ment", "ity", "ogy", "ics", "ure", "ness", "ship"];
    const BODIES: &[Word] = words!["board", "committee", "council", "directors", "cabinet"];
    let after_capital = i > 0
        && text.tokens[i - 1].class == TokenClass::Word
        && text.tokens[i - 1].is_capitalized(text.src)
        && text.tokens[i].gap == Gap::Space;
    let word = text.str(i);
    after_capital
        && end - i >= 3
        && (word.len() >= 6 && ENDINGS.iter().any(|e| word.ends_with(e)) || text.is_any(i, BODIES))
}

/// Is token `k` the article after a title's `of` or `for` (`Minister of the Environment`)?
fn the_after_of(text: &Text, k: usize) -> bool {
    k > 0 && text.is(k, word!("the")) && text.is_any(k - 1, words!["of", "for"])
}

/// The comma that opens the business a title covers, when the capitalized words before
/// the comma at `stop` are one (`, Metals and Operations`, `, Battery Materials`): at most
/// four words and connectors, one of them a word for a business line, after a comma that
/// follows a title word. `None` otherwise.
fn business_after_title(text: &Text, stop: usize) -> Option<usize> {
    const LINES: &[Word] = words![
        "operations",
        "metals",
        "minerals",
        "materials",
        "projects",
        "exploration",
        "marketing",
        "sales",
        "strategy",
        "development",
        "procurement",
        "corporate",
        "treasury",
        "sustainability",
        "growth",
        "technical",
        "commercial"
    ];
    let c = (stop.saturating_sub(6)..stop)
        .rev()
        .find(|&c| text.is(c, word!(",")))?;
    let words = c + 1..stop;
    let fits = c > 0
        && TITLE_WORDS_SET.has(text, c - 1)
        && !words.is_empty()
        && words.clone().all(|k| {
            text.is_any(k, words!["and", "&"])
                || text.tokens[k].class == TokenClass::Word
                    && text.tokens[k].is_capitalized(text.src)
        })
        && words.clone().any(|k| text.is_any(k, LINES));
    fits.then_some(c)
}

/// The words of a state's style (`the Republic of Serbia`, `the Federal Democratic
/// Republic of Ethiopia`, `the United Arab Emirates`): inside a title they are one name
/// with what follows them, and they end no person's name.
const STATE_STYLES: &[Word] = words![
    "republic",
    "kingdom",
    "federation",
    "state",
    "sultanate",
    "emirate",
    "emirates"
];

/// Does token `k` make a run of title words a title: a head (`minister`, `CEO`), or
/// `member` after the body (`board member`, `council member`) or before its field in
/// brackets (`DVC Member (Technical) Sunil Kumar Mahato`)?
fn is_head(text: &Text, k: usize) -> bool {
    TITLE_HEADS_SET.has(text, k)
        || text.is(k, word!("member"))
            && (k > 0 && text.is_any(k - 1, words!["board", "council", "committee", "cabinet"])
                || text.is(k + 1, word!("(")))
}

/// A title that ends right before token `end`, as `(first token, title text)`.
fn title_before(text: &Text, end: usize) -> Option<(usize, String)> {
    // (`The Hon Alison Tremaine MLA` / `Northern Territory Minister for ...`: a title
    // ending one line does not name what opens the next.)
    if text
        .tokens
        .get(end)
        .is_some_and(|t| matches!(t.gap, Gap::Line | Gap::Paragraph))
    {
        return None;
    }
    // (`the president of the state agency Invest Minas`: after a lower-case noun for an
    // organization, capitalized words are its name.)
    if end > 0
        && text.is_lower_word(end - 1)
        && crate::organization::is_descriptor(text, end - 1)
        && !TITLE_WORDS_SET.has(text, end - 1)
    {
        return None;
    }
    let mut i = end;
    let mut head = false;
    // Walk back over title words, `of`/`for`/`and` inside titles, apostrophes (`Chargé
    // d’Affaires`), commas before the name (`President and CEO, Michael Rowley`).
    if i > 0 && text.is(i - 1, word!(",")) {
        i -= 1;
    }
    let stop = i;
    // `Chief Executive Officer, Metals and Operations, Gareth Whitby`: the business a title
    // covers, between commas after it, is part of it.
    if stop < end {
        if let Some(c) = business_after_title(text, stop) {
            i = c;
        }
    }
    while i > 0 {
        let k = i - 1;
        let t = &text.tokens[k];
        if TITLE_WORDS_SET.has(text, k) {
            head |= is_head(text, k);
            i = k;
            continue;
        }
        // `H.E. Khalid Al Mazrouei`, `H.H. Sheikh X`: His Excellency, His Highness.
        if text.is(k, word!("."))
            && k >= 3
            && text.is(k - 2, word!("."))
            && text.str(k - 3) == "H"
            && matches!(text.str(k - 1), "E" | "H")
            && (k - 2..=k).all(|x| text.tokens[x].gap == Gap::None)
        {
            i = k - 3;
            continue;
        }
        // `Director (Commercial) Priya Raman`: a bracketed word after a title word.
        if text.is(k, word!(")"))
            && k >= 3
            && text.is(k - 2, word!("("))
            && TITLE_WORDS_SET.has(text, k - 3)
        {
            i = k - 2;
            continue;
        }
        // `Mr. Kenji Morita`, `Eng. Faisal Al-Qahtani`: the dot of an abbreviated title
        // (not a full stop after a word written out: `... Minister of Coal and Mines. Shri
        // X`; `Smt.` may still end a sentence the splitter made).
        if text.is(k, word!("."))
            && k > 0
            && text.tokens[k].gap == Gap::None
            && TITLE_WORDS_SET.has(text, k - 1)
            && !(text.starts_sentence(k + 1) && text.str(k - 1).len() > 4)
        {
            i = k;
            continue;
        }
        // `d'Affaires`: the apostrophe glued to the next word, and the `d` glued to it.
        let glued_next = text.tokens.get(k + 1).is_some_and(|n| n.gap == Gap::None);
        if (text.is(k, word!("'")) || (text.is(k, word!("d")) && text.is(k + 1, word!("'"))))
            && glued_next
            && i < stop
        {
            i = k;
            continue;
        }
        // `Minister of Mines, Industry and Technological Development`: a comma between
        // the capitalized parts of a title.
        if text.is(k, word!(","))
            && i < stop
            && k > 0
            && text.tokens[k - 1].class == TokenClass::Word
            && text.tokens[k - 1].is_capitalized(text.src)
        {
            i = k;
            continue;
        }
        // `president of rare earth systems, Jean-Baptiste Morel`, `vice president for
        // exploration Faisal Al-Otaibi`: a few lower-case words after a title's `of` or
        // `for` (`director of productive development, innovation and foreign trade, Helena
        // Moraes Tavares`: a list of them).
        // (The words walked so far may be title words too: `foreign trade`.)
        // (`Chief Investment Officer of the fund, and Lincoln Shaw`: `, and` joins two
        // people, it is no part of a title.)
        let lower_so_far = |from: usize| {
            (from..stop)
                .all(|y| (text.is_lower_word(y) || text.is(y, word!(","))) && !text.is_comma_and(y))
        };
        // (`managing director for lithium in South America`: a preposition right before
        // the capitalized words makes them its object, not a name.)
        let object_of_preposition = i == stop
            && stop > 0
            && text.is_any(stop - 1, words!["in", "at", "on", "from", "to", "across"]);
        if text.is_lower_word(k) && lower_so_far(k) && !object_of_preposition {
            let of = (stop.saturating_sub(12)..k).rev().find(|&x| {
                text.is_any(x, words!["of", "for"])
                    && x > 0
                    && TITLE_HEADS_SET.has(text, x - 1)
                    && text.is_lower_word(x + 1)
                    && lower_so_far(x + 1)
            });
            if let Some(x) = of {
                i = x;
                continue;
            }
        }
        // `head of metals for Africa, Daniel Okafor`: a region after the lower-case words
        // of a title's `of` (`head of office for Bosnia and Herzegovina`: a place of
        // several words, `and` inside).
        let place_from = (i == stop && t.class == TokenClass::Word && t.is_capitalized(text.src))
            .then(|| {
                let mut r = k;
                while r >= 2
                    && r + 4 > k
                    && text.is(r - 1, word!("and"))
                    && text.tokens[r - 2].is_capitalized(text.src)
                {
                    r -= 2;
                }
                r
            });
        if let Some(r) = place_from.filter(|&r| r >= 3 && text.is_any(r - 1, words!["for", "in"])) {
            let of = (r.saturating_sub(7)..r - 1).rev().find(|&x| {
                text.is(x, word!("of"))
                    && x > 0
                    && TITLE_HEADS_SET.has(text, x - 1)
                    && (x + 1..r - 1).all(|y| text.is_lower_word(y))
            });
            if let Some(x) = of {
                i = x;
                continue;
            }
        }
        // `Minister of Mines and Petroleum`: capitalized words after `of`/`for`/`and`
        // (`Minister of the Environment`: and an article after `of`).
        let article = the_after_of(text, k);
        // (`Minister of Mines of the Lao PDR, and Mr. Park`: `, and` joins two people.)
        let list_and = text.is_comma_and(k);
        if (text.is_any(k, TITLE_CONNECTORS) || article) && i < stop && !list_and {
            i = k;
            continue;
        }
        if t.class == TokenClass::Word && t.is_capitalized(text.src) && k > 0 {
            // A capitalized word inside a title only after `of`/`for`/`and` (walking back:
            // `Mines` in `Minister of Mines`) — accept it when a connector comes before.
            let mut j = k;
            while j > 0
                && text.tokens[j - 1].class == TokenClass::Word
                && text.tokens[j - 1].is_capitalized(text.src)
                && !TITLE_WORDS_SET.has(text, j - 1)
            {
                j -= 1;
            }
            // `Minister of Energy of the Republic of Serbia`: a state's style (`Republic
            // of`, `Kingdom of`) is one name.
            while j >= 2
                && text.is(j - 1, word!("of"))
                && text.is_any(j - 2, STATE_STYLES)
                && text.tokens[j - 2].is_capitalized(text.src)
            {
                j -= 2;
                while j > 0
                    && text.tokens[j - 1].class == TokenClass::Word
                    && text.tokens[j - 1].is_capitalized(text.src)
                    && !TITLE_WORDS_SET.has(text, j - 1)
                {
                    j -= 1;
                }
            }
            // `Chairman of the Management Board`: an article after `of`.
            if j > 2 && the_after_of(text, j - 1) {
                j -= 1;
            }
            // (`Ecology and Technical Supervision`: after a comma of the portfolios' list,
            // or a title word inside one.)
            let connector = j > 1
                && (text.is_any(j - 1, TITLE_CONNECTORS)
                    || (i < stop && text.is(j - 1, word!(",")))
                    || (TITLE_WORDS_SET.has(text, j - 1) && portfolio_before(text, j - 1)));
            // `chief executive John Smith and Beta Resources chief executive Mary Jones`:
            // after `and`, the capitalized words before this title are another signer's
            // employer, and before `and` stands another titled name, not a portfolio.
            let named_before_and = j > 1 && text.is(j - 1, word!("and")) && {
                let mut c = j - 1;
                while c > 0
                    && text.tokens[c - 1].class == TokenClass::Word
                    && text.tokens[c - 1].is_capitalized(text.src)
                    && !TITLE_WORDS_SET.has(text, c - 1)
                {
                    c -= 1;
                }
                (2..=4).contains(&(j - 1 - c)) && c > 0 && TITLE_WORDS_SET.has(text, c - 1)
            };
            // `Minister of Investment Arif Santoso`: the words after `of` belong to a title
            // only when a title word comes before the `of`.
            if connector && !named_before_and && (i < stop || portfolio_before(text, j - 1)) {
                i = j;
                continue;
            }
        }
        break;
    }
    // Trim connectors (and commas) left at the front.
    while i < stop
        && (text.is_any(i, TITLE_CONNECTORS) || text.is(i, word!("'")) || text.is(i, word!(",")))
    {
        i += 1;
    }
    if !head || i >= stop {
        return None;
    }
    // A country before the title: `US Chargé d'Affaires`, `Pakistani Prime Minister`.
    if i > 0 {
        let k = i - 1;
        let t = &text.tokens[k];
        if t.class == TokenClass::Word
            && t.is_capitalized(text.src)
            && t.shape == Shape::Upper
            && t.end - t.start <= 3
        {
            i = k;
        }
    }
    let (a, b) = text.span(i, stop);
    Some((
        i,
        text.src[a..b]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    ))
}

/// Two to four capitalized words starting at `i` (initials `J.` allowed): returns the end.
fn name_at(text: &Text, i: usize) -> Option<usize> {
    // `H.E. Sengphet Keomanivong`: the last letter of an abbreviation written with dots is
    // no initial of the name after it.
    let one_letter = |k: usize| text.tokens.get(k).is_some_and(|t| t.end - t.start == 1);
    if i >= 2
        && one_letter(i)
        && text.tokens[i].gap == Gap::None
        && text.is(i - 1, word!("."))
        && one_letter(i - 2)
    {
        return None;
    }
    let mut j = i;
    let mut words = 0;
    while j < text.tokens.len() && words < 4 {
        let t = &text.tokens[j];
        // `Salim al-Harthy`, `Pieter van Rensburg`, `Ursula von der Leyen`: a family name
        // after its lower-case particles.
        if words >= 1 && t.gap == Gap::Space {
            if let Some(end) = family_after_particle(text, j) {
                j = end;
                words += 1;
                continue;
            }
        }
        // `Gregorio "Greg" Dela Paz`: a nickname in quotes after the given name.
        if words >= 1 && t.gap == Gap::Space && text.is(j, word!("\"")) {
            let capitalized = |k: usize, gap: Gap| {
                text.tokens.get(k).is_some_and(|n| {
                    n.gap == gap && n.class == TokenClass::Word && n.is_capitalized(text.src)
                })
            };
            let closed = text.is(j + 2, word!("\"")) && text.tokens[j + 2].gap == Gap::None;
            if capitalized(j + 1, Gap::None) && closed && capitalized(j + 3, Gap::Space) {
                j += 3;
                continue;
            }
        }
        if t.class != TokenClass::Word
            || !t.is_capitalized(text.src)
            || TITLE_WORDS_SET.has(text, j)
        {
            break;
        }
        // `S.Tursunov`: a family name glued to its initial's dot, as CIS press releases
        // write it.
        let after_initial = j >= 2
            && t.gap == Gap::None
            && t.shape == Shape::Title
            && t.end - t.start >= 3
            && text.is(j - 1, word!("."))
            && text.tokens[j - 2].end - text.tokens[j - 2].start == 1;
        if j > i && t.gap != Gap::Space && !after_initial {
            break;
        }
        words += 1;
        j += 1;
        // initials: `J.`; not a suffix in letters (`Cam S.A.`). (`Ma. Teresa`: María, as
        // Philippine names shorten it.)
        let given_abbreviated = words == 1 && text.is(j - 1, word!("ma"));
        if text.is(j, word!("."))
            && (t.end - t.start == 1 || given_abbreviated)
            && text.tokens[j].gap == Gap::None
        {
            j += 1;
            let letter_next = text.tokens.get(j).is_some_and(|n| {
                n.gap == Gap::None && n.class == TokenClass::Word && n.end - n.start <= 2
            });
            if letter_next {
                return None;
            }
        }
        // `Jean-Pierre`, `Essomba-Ateba`: two capitalized parts glued by a hyphen are one
        // word of a name.
        let capital_part = |k: usize| {
            text.tokens.get(k).is_some_and(|n| {
                n.gap == Gap::None
                    && n.class == TokenClass::Word
                    && n.is_capitalized(text.src)
                    && n.shape != Shape::Upper
            })
        };
        // `O'Rourke`, `D'Souza`, `N'Diaye`: a capital, an apostrophe and a capitalized part,
        // glued, are one family name.
        if t.end - t.start == 1
            && text.is(j, word!("'"))
            && text.tokens[j].gap == Gap::None
            && capital_part(j + 1)
        {
            j += 2;
            continue;
        }
        // `N'` of `Ahoua-N'Guessan`: a capital before an apostrophe.
        let initial_next = || {
            text.is(j + 2, word!("'"))
                && text.tokens.get(j + 1).is_some_and(|n| {
                    n.gap == Gap::None && n.end - n.start == 1 && n.shape == Shape::Upper
                })
        };
        if text.is_glued_hyphen(j)
            && (capital_part(j + 1) || initial_next())
            && t.shape != Shape::Upper
            && !text.is_any(j - 1, words!["al", "el", "bin", "abu", "ibn"])
        {
            // (Before a space, or glued punctuation that ends it: `Nangolo-Hamutenya.`)
            let part_ends = text.tokens.get(j + 2).is_none_or(|n| {
                n.gap != Gap::None
                    || (n.class == TokenClass::Punct && !text.is_any(j + 2, words!["-", "'"]))
            });
            if part_ends {
                j += 2;
                continue;
            }
            // `Ahoua-N'Guessan`: the second part with an apostrophe inside.
            if text.is(j + 2, word!("'"))
                && capital_part(j + 3)
                && text
                    .tokens
                    .get(j + 4)
                    .is_none_or(|n| n.gap != Gap::None || n.class == TokenClass::Punct)
            {
                j += 4;
                continue;
            }
        }
        // `Mota-Engil`-style glued names are not people; stop at glue.
        if text
            .tokens
            .get(j)
            .is_some_and(|n| n.gap == Gap::None && !text.is(j, word!("'")))
            && !text.is(j - 1, word!("."))
        {
            if text.is(j, word!("-")) {
                // `Park Ji-hoon`, `Moon Jae-in`: a hyphenated given name after a surname,
                // its second syllable in lower case, ends the name.
                if hyphenated_given_name(text, j) && words >= 2 {
                    j += 2;
                    break;
                }
                // `Faisal Al-Qahtani`, `Ahmed El-Sayed`: an Arabic article glued to the
                // family name.
                let family = text.tokens.get(j + 1).is_some_and(|n| {
                    n.gap == Gap::None && n.class == TokenClass::Word && n.is_capitalized(text.src)
                });
                if text.is_any(j - 1, words!["al", "el", "bin", "abu", "ibn"]) && family {
                    j += 2;
                    continue;
                }
                return None;
            }
            break;
        }
    }
    if words < 2 {
        return None;
    }
    // `Ernesto T. Villaluna, Jr.`, `John Smith Jr.`: a generational suffix ends the name.
    let comma = usize::from(text.is(j, word!(",")));
    if text.is_any(j + comma, words!["Jr", "Sr", "II", "III", "IV"])
        && text.tokens[j + comma].shape != Shape::Lower
    {
        j += comma + 1;
        if text.is(j, word!(".")) && text.tokens[j].gap == Gap::None {
            j += 1;
        }
    }
    Some(j)
}

/// Lower-case particles before a family name (`bin`, `van der`, `da`).
const NAME_PARTICLES: &[Word] = words![
    "al", "el", "bin", "bint", "ibn", "van", "von", "de", "da", "dos", "das", "du", "der", "den",
    "la", "le", "di"
];

/// The end of a family name after the lower-case particles at token `j` (`al-Harthy`,
/// `van Rensburg`, `von der Leyen`), if they are that.
fn family_after_particle(text: &Text, j: usize) -> Option<usize> {
    let word = |k: usize, gap: Gap| {
        text.tokens.get(k).is_some_and(|t| {
            t.gap == gap
                && t.class == TokenClass::Word
                && t.is_capitalized(text.src)
                && t.shape != Shape::Upper
                && !TITLE_WORDS_SET.has(text, k)
        })
    };
    if !text.is_any(j, NAME_PARTICLES) || text.tokens[j].shape != Shape::Lower {
        return None;
    }
    // `al-Harthy`: an Arabic article glued to the name.
    if text.is_any(j, words!["al", "el"]) {
        return (text.is_glued_hyphen(j + 1) && word(j + 2, Gap::None)).then_some(j + 3);
    }
    let k = j
        + 1
        + usize::from(
            text.is_any(j + 1, NAME_PARTICLES) && text.tokens[j + 1].shape == Shape::Lower,
        );
    word(k, Gap::Space).then_some(k + 1)
}

/// At a hyphen `j` glued between a short capitalized syllable and a short lower-case one
/// (`Ji-hoon`, `Jae-in`, `Jong-un`): a Korean given name, not `Mota-Engil` or `Seoul-based`.
fn hyphenated_given_name(text: &Text, j: usize) -> bool {
    let len = |k: usize| text.tokens.get(k).map_or(0, |t| t.end - t.start);
    let syllable = |k: usize| (2..=5).contains(&len(k));
    j > 0
        && syllable(j - 1)
        && syllable(j + 1)
        && text.tokens.get(j + 1).is_some_and(|t| {
            t.gap == Gap::None && t.class == TokenClass::Word && t.shape == Shape::Lower
        })
        && !text.is_any(
            j + 1,
            words!["based", "born", "led", "run", "owned", "made", "bound", "backed", "year"],
        )
}

/// Words that make a capitalized run a company, not a person (`Glencore Plc, the
/// company's...`).
static NOT_PERSON: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(&[
        "plc",
        "ltd",
        "limited",
        "inc",
        "corp",
        "corporation",
        "company",
        "group",
        "holdings",
        "mining",
        "mines",
        "metals",
        "resources",
        "minerals",
        "bank",
        "fund",
        "ministry",
        "agency",
        "sa",
        "ag",
        "llc",
        "gmbh",
    ])
});

/// A byline: `By` opening a line, the name, then the end of the line, `|`, `,` or `and`
/// (`By Tendai Moyo | 2 June 2026`, `By Priya Nair and ...`).
fn is_byline(text: &Text, first: usize, end: usize) -> bool {
    let opens_line = |k: usize| k == 0 || matches!(text.tokens[k].gap, Gap::Line | Gap::Paragraph);
    first > 0
        && text.is(first - 1, word!("by"))
        && text.tokens[first - 1].is_capitalized(text.src)
        && opens_line(first - 1)
        && !(first..end).any(|k| NOT_PERSON.has(text, k))
        && text.tokens.get(end).is_none_or(|t| {
            matches!(t.gap, Gap::Line | Gap::Paragraph)
                || text.is_any(end, words!["|", ",", "and", "in", "-"])
        })
}

/// `Denham partner Paul Whitcombe`, `KPMG partner Jane Doe`: `partner` between an
/// organization found before and a name is the person's title.
fn role_at_org<'c>(
    text: &Text,
    orgs: impl FnOnce() -> &'c Covered,
    first: usize,
) -> Option<Option<String>> {
    if first < 2 || !text.is(first - 1, word!("partner")) {
        return None;
    }
    let org = &text.tokens[first - 2];
    orgs()
        .ends_at(org.start, org.end)
        .then(|| Some("partner".to_string()))
}

/// Byte spans of entities, sorted by start, with the greatest end so far: which of them
/// cover a byte or meet a span is two binary searches.
struct Covered {
    spans: Vec<(usize, usize)>,
    reach: Vec<usize>,
}

impl Covered {
    fn of(entities: &[Entity], keep: impl Fn(&Entity) -> bool) -> Covered {
        let mut spans: Vec<(usize, usize)> = entities
            .iter()
            .filter(|e| keep(e))
            .map(|e| (e.start, e.end))
            .collect();
        spans.sort_unstable();
        let reach = spans
            .iter()
            .scan(0, |r, &(_, e)| {
                *r = e.max(*r);
                Some(*r)
            })
            .collect();
        Covered { spans, reach }
    }

    /// Does a span that starts before byte `at` reach past it?
    fn inside(&self, at: usize) -> bool {
        let k = self.spans.partition_point(|s| s.0 < at);
        k > 0 && self.reach[k - 1] > at
    }

    /// Does a span meet bytes `a..b`?
    fn overlaps(&self, a: usize, b: usize) -> bool {
        let k = self.spans.partition_point(|s| s.0 < b);
        k > 0 && self.reach[k - 1] > a
    }

    /// Does a span that starts at or before byte `a` end at byte `b`?
    fn ends_at(&self, a: usize, b: usize) -> bool {
        let k = self.spans.partition_point(|s| s.0 <= a);
        self.spans[..k].iter().rev().take(8).any(|s| s.1 == b)
    }
}

/// `The agreement was signed in Abu Dhabi on Monday by Hamad Al Ketbi, who heads ...`: a
/// name right after the `by` of a signing names the signer, title or not; not a name the
/// other kinds found (an organization, a place) or one made of company words.
fn signed_by<'c>(
    text: &Text,
    found: impl FnOnce() -> &'c Covered,
    first: usize,
    end: usize,
) -> bool {
    if first == 0 || !text.is(first - 1, word!("by")) {
        return false;
    }
    let s = text.sentence_of_token(first);
    let from = text.sentences.get(s).map_or(0, |s| s.first);
    // (`..., and on behalf of BGK by Beata Nowak`: a later signer of a long sentence; the
    // verb may be far before.)
    let behalf = (first.saturating_sub(8)..first - 1)
        .any(|k| text.is(k, word!("behalf")) && text.is(k + 1, word!("of")));
    let floor = if behalf {
        from
    } else {
        from.max(first.saturating_sub(10))
    };
    let signs = (floor..first - 1).any(|k| {
        text.is_any(
            k,
            words![
                "signed",
                "inked",
                "countersigned",
                "executed",
                "initialled",
                "initialed"
            ],
        )
    });
    let (a, b) = text.span(first, end);
    signs
        && !(first..end).any(|k| NOT_PERSON.has(text, k))
        && text.is_any(end, words![",", "and", "on", "for", "of", "."])
        && !found().overlaps(a, b)
}

/// A title after a name and a comma: `Jonathan Evans, the company's chief executive`,
/// `Ann Lee, chairwoman of Kestrel`. Returns the title words.
fn title_after(text: &Text, first: usize, end: usize) -> Option<String> {
    if (first..end).any(|k| NOT_PERSON.has(text, k)) || !text.is(end, word!(",")) {
        return None;
    }
    let mut j = end + 1;
    // `the`, `its`, `the company's`, `Kestrel's`, `Rio Tinto's`
    for _ in 0..4 {
        let owner = (j..(j + 4).min(text.tokens.len()))
            .take_while(|&x| x == j || text.tokens[x].is_capitalized(text.src))
            .find(|&x| text.is(x + 1, word!("'")) && text.is(x + 2, word!("s")));
        if text.is_any(j, words!["the", "its", "a", "an", "their", "his", "her"]) {
            j += 1;
        } else if let Some(x) = owner {
            j = x + 3;
        } else {
            break;
        }
    }
    let start = j;
    // An honorific after the comma opens the next name (`..., Mr. Lee Dong-wook`).
    if text.is_any(j, HONORIFICS) {
        return None;
    }
    // `a metals analyst`, `a senior mining engineer`: a lower-case word or two may qualify
    // the title.
    for _ in 0..2 {
        let lower = text
            .tokens
            .get(j)
            .is_some_and(|t| t.class == TokenClass::Word && t.shape == Shape::Lower);
        let title_next = TITLE_WORDS_SET.has(text, j + 1) || TITLE_HEADS_SET.has(text, j + 2);
        // (Not a word that joins clauses: `the Lao PDR, and Mr. Lee` names the next man;
        // nor a preposition: `signed at Shastri Bhawan, New Delhi, by Mr. X` names him.)
        let joins = text.is_any(
            j,
            words![
                "and", "or", "but", "while", "by", "with", "for", "at", "in", "on", "from", "to"
            ],
        );
        if lower && !joins && !TITLE_WORDS_SET.has(text, j) && title_next {
            j += 1;
        } else {
            break;
        }
    }
    let mut head = false;
    loop {
        if TITLE_WORDS_SET.has(text, j) {
            head |= is_head(text, j);
            j += 1;
        } else if j > start && text.is_glued_hyphen(j) && TITLE_WORDS_SET.has(text, j + 1) {
            // `senior vice-president`
            j += 1;
        } else {
            break;
        }
    }
    if !head {
        return None;
    }
    let (a, b) = text.span(start, j);
    Some(text.src[a..b].to_string())
}

/// Proposes a person entity for each titled name in `text` and each later surname mention.
// Kept out of line: one call per document, and profiles then show each kind.
#[inline(never)]
pub fn find(text: &Text, out: &mut Vec<Entity>) {
    let mut people: Vec<(String, Option<String>)> = Vec::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    // What the other kinds found, looked up by position: a long document costs each name
    // the same.
    // (Built when first asked for: most capitalized words are no name.)
    let places = std::cell::OnceCell::new();
    let places =
        || places.get_or_init(|| Covered::of(out, |e| matches!(e.value, EntityValue::Location(_))));
    let found = std::cell::OnceCell::new();
    let found = || found.get_or_init(|| Covered::of(out, |_| true));
    let orgs = std::cell::OnceCell::new();
    let orgs = || {
        orgs.get_or_init(|| Covered::of(out, |e| matches!(e.value, EntityValue::Organization(_))))
    };
    let mut i = 0;
    while i < text.tokens.len() {
        let t = &text.tokens[i];
        if t.class != TokenClass::Word
            || !t.is_capitalized(text.src)
            || TITLE_WORDS_SET.has(text, i)
        {
            i += 1;
            continue;
        }
        // `director general for West Africa Moussa Diarra-Keita`: a name does not start
        // inside a place the location pass found (past its first word).
        let Some(end) = name_at(text, i) else {
            i += 1;
            continue;
        };
        // `Executive Officer, Metals Division`: a unit of a company in a title is no name,
        // nor is a public body (`President of the Tahltan Central Government`).
        // (`Chief Operating Officer, Iron Ore and Exploration, Priya Nair`: nor is the
        // business a title covers.)
        let in_business = || {
            (end..(end + 5).min(text.tokens.len()))
                .find(|&c| text.is(c, word!(",")))
                .and_then(|c| business_after_title(text, c))
                .is_some_and(|c| c < i)
        };
        // (`of the Federal Democratic Republic of Ethiopia`: a state's style is no name.)
        if places().inside(t.start)
            || text.is_any(end - 1, UNIT_WORDS)
            || text.is_any(end - 1, STATE_STYLES)
            || text.is_any(end - 1, COMPANY_FUNCTIONS)
            || in_business()
        {
            i += 1;
            continue;
        }
        // `Prime Minister Shehbaz Sharif`, or `Jonathan Evans, the company's chief executive`;
        // a byline (`By Tendai Moyo`) names a person without a title.
        // `the President of the Lao PDR`: a title's `of` names what the title is of, not
        // who holds it.
        let object_of_title =
            i > 0 && text.is_any(i - 1, words!["of", "the"]) || last_portfolio_word(text, i, end);
        let title = title_before(text, i)
            .filter(|_| !object_of_title)
            .map(|(_, t)| Some(t))
            .or_else(|| title_after(text, i, end).map(Some))
            .or_else(|| is_byline(text, i, end).then_some(None))
            .or_else(|| signed_by(text, found, i, end).then_some(None))
            .or_else(|| role_at_org(text, orgs, i));
        let Some(title) = title else {
            i += 1;
            continue;
        };
        let (a, b) = text.span(i, end);
        let name = text.src[a..b]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // (`Minister Cevallos Aguirre` after `Fernando Cevallos Aguirre`: a titled surname,
        // single or double, of someone named in full before is that person.)
        let k = people
            .iter()
            .position(|p| p.0 == name)
            .or_else(|| {
                people.iter().position(|p| {
                    p.0.strip_suffix(name.as_str()).is_some_and(|rest| {
                        rest.ends_with(' ') && rest.trim().contains(|c: char| c.is_alphabetic())
                    })
                })
            })
            .unwrap_or_else(|| {
                people.push((name.clone(), title.clone()));
                people.len() - 1
            });
        spans.push((i, end, k));
        i = end;
    }
    if people.is_empty() {
        return;
    }
    // Later mentions: the full name, or the surname alone.
    let mut later: Lexicon<usize> = Lexicon::new();
    for (k, (name, _)) in people.iter().enumerate() {
        later.insert(name, CaseRule::Capitalized, k);
        let mut words: Vec<&str> = name.split(' ').collect();
        // (`Villaluna` of `Ernesto T. Villaluna, Jr.`)
        if words.len() > 2
            && words
                .last()
                .is_some_and(|w| ["Jr", "Sr", "II", "III", "IV"].contains(&w.trim_end_matches('.')))
        {
            words.pop();
            if let Some(w) = words.last_mut() {
                *w = w.trim_end_matches(',');
            }
        }
        if let Some(surname) = words.last() {
            if surname.len() >= 3 {
                later.insert(surname, CaseRule::Capitalized, k);
            }
        }
        // `Tavares Lima` for `Rodrigo Tavares Lima`: a double surname, as Portuguese and
        // Spanish names have (and not a town named `Tavares` then a person `Lima`).
        if words.len() >= 3 {
            later.insert(
                &words[words.len() - 2..].join(" "),
                CaseRule::Capitalized,
                k,
            );
        }
    }
    for m in later.find_all(text) {
        if spans.iter().any(|&(f, l, _)| f < m.last && m.first < l) {
            continue;
        }
        if text.tokens[m.first].shape == Shape::Upper {
            continue;
        }
        // `signed in Douala` after `Christiane Douala`: a surname after a preposition of
        // place is the place.
        if m.last - m.first == 1
            && m.first > 0
            && text.is_any(
                m.first - 1,
                words!["in", "near", "outside", "across", "around"],
            )
        {
            continue;
        }
        if let Some(&k) = later.first_value(text, &m) {
            spans.push((m.first, m.last, k));
        }
    }
    spans.sort();
    for (first, last, k) in spans {
        let (start, end) = text.span(first, last);
        let (name, title) = &people[k];
        out.push(Entity {
            text: text.src[start..end].to_string(),
            start,
            end,
            sentence: 0,
            value: EntityValue::Person(Person {
                name: name.clone(),
                title: title.clone(),
            }),
            rule: "titled name",
        });
    }
}
