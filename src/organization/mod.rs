//! Organizations: companies, state firms, agencies, ministries and banks, found by rules
//! ([`rules`]: organization words, defined acronyms, stock tickers) and by the gazetteer of
//! well-known organizations, then linked across the article: a defined acronym (`FWO`) and a
//! short form (`Mota-Engil` for `Mota-Engil Group`) used later are mentions of the same
//! organization, and every mention carries the longest name and all aliases.

pub mod gazetteer;
pub(crate) mod rules;

#[cfg(test)]
mod corpus;

pub use gazetteer::Gazetteer;

use crate::gazetteer::{CaseRule, LexMatch, Lexicon};
use crate::record::{Entity, EntityValue, LocationForm, LocationType, Organization};
use crate::text::{Gap, HashIsKey, Shape, Text, Token, TokenClass};
use crate::word;
use crate::words;

/// Is token `k` a noun that introduces an organization's name in apposition (`lender`,
/// `miner`: `state development bank Bank Gospodarstwa Krajowego`)?
pub(crate) fn is_descriptor(text: &Text, k: usize) -> bool {
    rules::DESCRIPTORS_SET.has(text, k)
}

/// One organization of an article, with every name it goes by there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    /// The longest form of its name.
    pub name: String,
    /// Acronyms and short forms found in the article.
    pub aliases: Vec<String>,
}

/// Where an organization is named: tokens `first..last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Index into [`Found::orgs`].
    pub org: usize,
}

/// The organizations of an article and their mentions, in text order.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Distinct organizations.
    pub orgs: Vec<Org>,
    /// Every mention, sorted by `first`.
    pub mentions: Vec<Mention>,
}

impl Found {
    /// The mention that covers token `i`, if any.
    pub fn at(&self, i: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.last <= i);
        self.mentions.get(k).filter(|m| m.first <= i)
    }
}

/// The text of tokens `first..last` with runs of whitespace made single spaces.
fn span_text(text: &Text, first: usize, last: usize) -> String {
    let (a, b) = text.span(first, last);
    let raw = &text.src[a..b];
    if !raw.bytes().any(|c| c.is_ascii_whitespace() && c != b' ') && !raw.contains("  ") {
        return raw.to_string();
    }
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when one name is the other followed by legal suffixes and company words only
/// (`Northcrest Graphite` and `Northcrest Graphite Inc.`, a headline's `Pacífico Lithium`
/// and `Pacífico Lithium Resources Ltd`).
fn same_but_suffix(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let suffix = |w: &str| {
        let w = w.trim_end_matches(['.', ',']);
        // (`s.r.o.`, `a.s.`, `d.o.o.`: lower-case legal forms with dots.)
        let dotted = w.len() >= 3
            && w.split('.')
                .all(|l| l.len() == 1 && l.bytes().all(|c| c.is_ascii_lowercase()));
        dotted
            || w == "(Persero)"
            || rules::is_legal_suffix(w)
            || rules::COMPANY_TAILS
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
    };
    if let Some(rest) = long.strip_prefix(short) {
        return rest.starts_with(' ') && rest.split_whitespace().all(suffix);
    }
    // `Bank Mandiri` after `PT Bank Mandiri (Persero) Tbk`: the company form before the
    // name dropped as well.
    let mut words: Vec<&str> = long.split(' ').collect();
    while words.len() > 1 && words.last().is_some_and(|w| suffix(w)) {
        words.pop();
    }
    rules::after_company_prefix(&words).is_some_and(|rest| rest == short)
}

/// Does `acronym` spell the initials of `name`, a name of three words or more, connectors
/// left out (`HCL` for `Hindustan Copper Ltd`, `AIDEA` for `Alaska Industrial Development
/// and Export Authority`)?
fn initials_spell(name: &str, acronym: &str) -> bool {
    // Most names differ at the first letter: no split for them.
    if name.chars().next() != acronym.chars().next() {
        return false;
    }
    let mut letters = acronym.chars();
    let mut count = 0;
    for w in name.split(' ') {
        if rules::is_connector(w.trim_end_matches('.')) {
            continue;
        }
        let first = w.chars().next().and_then(|c| c.to_uppercase().next());
        if first.is_none() || first != letters.next() {
            return false;
        }
        count += 1;
    }
    count >= 3 && letters.next().is_none()
}

fn add_alias(org: &mut Org, alias: &str) {
    if !alias.eq_ignore_ascii_case(&org.name)
        && !org.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias))
    {
        org.aliases.push(alias.to_string());
    }
}

struct Defined {
    first: usize,
    /// End of the whole definition (after `(FWO)` or `(TSX: PGE)`).
    last: usize,
    name: String,
    acronym: Option<String>,
    extra_alias: Option<String>,
}

/// The index of the first of `orgs` that is `same`, else of a new one named `name`.
fn org_index(orgs: &mut Vec<Org>, name: &str, same: impl Fn(&Org) -> bool) -> usize {
    orgs.iter().position(same).unwrap_or_else(|| {
        orgs.push(Org {
            name: name.to_string(),
            aliases: Vec::new(),
        });
        orgs.len() - 1
    })
}

/// The record's name is the longest form the article uses: `form` becomes the name when
/// longer (the old name an alias), else an alias.
fn take_longest(org: &mut Org, form: String) {
    if form.len() > org.name.len() {
        let old = std::mem::replace(&mut org.name, form);
        add_alias(org, &old);
    } else {
        add_alias(org, &form);
    }
}

/// The first token of an organization's name (a run of [`rules::run_at`] that ends in an
/// organization word) right before the bracket around tokens `first..last`, when the
/// bracket holds nothing else.
fn bracketed_after_name(text: &Text, first: usize, last: usize) -> Option<usize> {
    let open = first.checked_sub(1)?;
    if !text.is(open, word!("(")) || !text.is(last, word!(")")) {
        return None;
    }
    // (The whole name: not its tail after a connector, `Minera de Chile` of `Sociedad
    // Química y Minera de Chile`.)
    let opens_name = |k: usize| {
        k == 0 || {
            let p = &text.tokens[k - 1];
            // (Nor the end of an abbreviation or compound glued to it: `S` of `U.S.`.)
            text.tokens[k].gap != Gap::None
                && !(p.class == TokenClass::Word
                    && (p.is_capitalized(text.src) || rules::is_connector(text.str(k - 1))))
        }
    };
    (open.saturating_sub(10)..open).find(|&k| {
        let t = &text.tokens[k];
        t.class == TokenClass::Word
            && opens_name(k)
            && t.is_capitalized(text.src)
            && !rules::is_opener(text, k)
            && !text.is(k, word!("The"))
            && rules::run_at(text, k) == Some((open, true))
    })
}

/// `Federal Ministry for Economic Affairs and Energy (BMWE)`, `Ministry of Industry and
/// Trade (MPO)`: a ministry, agency or other public body of three words or more, named in
/// English, with the acronym of its own language in brackets (2 to 10 capitals, unquoted).
fn public_body_acronym(text: &Text, first: usize, end: usize, a: usize, acr: &str) -> bool {
    let public = |k: usize| {
        text.is_any(
            k,
            words![
                "ministry",
                "department",
                "agency",
                "bureau",
                "office",
                "directorate",
                "commission",
                "authority",
                "secretariat"
            ],
        )
    };
    // (`National Mining Company (SONAMINES)`: a state company named in English.)
    let state_company = (first..end).any(|k| text.is_any(k, words!["national", "state"]))
        && (first..end).any(|k| text.is_any(k, words!["company", "corporation", "enterprise"]));
    end >= first + 3
        && ((first..end).any(public) || state_company)
        && !text.is(a - 1, word!("\""))
        && (2..=10).contains(&acr.len())
        && acr.bytes().all(|b| b.is_ascii_uppercase())
}

/// Known acronyms that the article defines in brackets for a name that is not the known
/// organization's (`Engebø Rutile and Garnet AS (ERG)`, not Eurasian Resources Group): the
/// capitalized words and connectors right before the bracket fit the acronym's letters,
/// and share no word with the known name.
fn redefined_acronyms(g: &Gazetteer, text: &Text, matches: &[LexMatch]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in matches {
        let bracketed = m.last == m.first + 1
            && m.first >= 2
            && text.is(m.first - 1, word!("("))
            && text.is(m.last, word!(")"));
        if !bracketed || text.tokens[m.first].shape != Shape::Upper {
            continue;
        }
        let open = m.first - 1;
        let start = (open.saturating_sub(8)..open)
            .rev()
            .take_while(|&k| {
                let t = &text.tokens[k];
                t.class == TokenClass::Word
                    && (t.is_capitalized(text.src) || rules::is_connector(text.str(k)))
            })
            .last();
        let Some(start) = start else { continue };
        let words: Vec<&str> = (start..open).map(|k| text.str(k)).collect();
        let acronym = text.str(m.first);
        let Some(&row) = g.lexicon.first_value(text, m) else {
            continue;
        };
        let known = &g.orgs[row];
        // (A name that shares a word with the known one is that organization written
        // its own way: `Korea Mine Rehabilitation and Mining Corporation (KOMIR)`.)
        let names_known = known.name.split(' ').any(|kw| {
            kw.len() >= 3
                && !rules::is_connector(kw)
                && words.iter().any(|w| w.eq_ignore_ascii_case(kw))
        });
        if !names_known && words.len() >= 2 && rules::acronym_fits(acronym, &words) {
            out.push(acronym.to_string());
        }
    }
    out
}

/// Names defined in the text by the rules of [`rules`]. `known` are the spans of
/// gazetteer names, sorted by start: the rules start after them, so that `Entreprise
/// Générale du Cobalt and Baltic Cobalt Refining Oy` does not read as one name that hides
/// the second.
fn defined_by_rules(
    text: &Text,
    known: &[(usize, usize, usize)],
    place_end: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Defined> {
    let mut out = Vec::new();
    let known_spans = known;
    let mut known = known.iter().peekable();
    let mut i = 0;
    while i < text.tokens.len() {
        while known.next_if(|s| s.0 < i).is_some() {}
        if let Some(&&(_, last, _)) = known.peek().filter(|s| s.0 == i) {
            i = last.max(i + 1);
            continue;
        }
        let t = &text.tokens[i];
        if t.class != TokenClass::Word || !t.is_capitalized(text.src) {
            i += 1;
            continue;
        }
        // (`the Qinghai Provincial People's Government and Zangge Mining`: a government
        // joined by `and` to a name is no name with it.)
        if text.is(i, word!("The"))
            || rules::is_opener(text, i)
            || text.in_title_case_line(i)
            || in_minister_portfolio(text, i)
            || text.is(i, word!("government")) && text.is(i + 1, word!("and"))
        {
            i += 1;
            continue;
        }
        // `Grand Chief Simon Pokue of Innu Nation`: the capitalized words after a person's
        // title, up to `of`, are the person's name; the organization starts after `of`.
        if i > 0
            && rules::PERSON_TITLES_SET.has(text, i - 1)
            && text.tokens[i - 1].is_capitalized(text.src)
        {
            let of = (i + 2..(i + 5).min(text.tokens.len())).find(|&k| {
                text.is(k, word!("of"))
                    && (i..k).all(|x| {
                        text.tokens[x].class == TokenClass::Word
                            && text.tokens[x].shape == Shape::Title
                    })
            });
            if let Some(of) = of {
                i = of + 1;
                continue;
            }
        }
        let Some((end, has_org_word)) = rules::run_at(text, i) else {
            i += 1;
            continue;
        };
        // `Royal Gold, Inc. (NASDAQ: RGLD)`: legal suffixes alone after a comma are the end
        // of the name before them, never a name of their own.
        let suffixes_only = (i..end).all(|k| {
            text.is(k, word!("."))
                || text.is(k, word!(","))
                || rules::LEGAL_SUFFIXES_SET.has(text, k)
        });
        if suffixes_only {
            if let Some(d) = out
                .last_mut()
                .filter(|d: &&mut Defined| d.last + 1 == i && text.is(d.last, word!(",")))
            {
                d.last = rules::ticker_after(text, end).unwrap_or(end);
            }
            i = end.max(i + 1);
            continue;
        }
        // `Ukraine's Ministry of Economy and Polish copper producer KGHM`: `and` before a
        // place name that ends the run joins two phrases, not one name.
        let end = (i + 1..end)
            .find(|&k| text.is(k, word!("and")) && place_end(k + 1).is_some_and(|e| e >= end))
            .unwrap_or(end);
        let mut acronym = None;
        let mut extra_alias = None;
        let mut last = end;
        let mut first = i;
        let floor = out.last().map_or(0, |d: &Defined| d.last);
        if let Some((a, acronym_end, close)) = rules::acronym_after(text, end) {
            let words: Vec<&str> = (i..end)
                .filter(|&k| {
                    text.tokens[k].class == TokenClass::Word && text.tokens[k].gap != Gap::None
                })
                .map(|k| text.str(k))
                .collect();
            let acr = span_text(text, a, acronym_end);
            // `K92 Mining Inc. ("K92")`: the name's first word as its short form.
            // (`K92 Mining Limited ("K92 PNG")`: quoted, it may add words.)
            let quoted = text.is(a - 1, word!("\""));
            let first_word = [text.str(i).to_string(), span_text(text, i, i + 2)]
                .iter()
                .any(|w| acr == *w || quoted && acr.starts_with(&format!("{w} ")));
            // (`Abdul Rahman Saad Al-Rashid & Sons Company Limited ("ARTAR")`, `("G&M")`: a
            // press release's quoted definition in capitals of a company's name holds
            // whatever its letters; not of a study's, `("DFS")`.)
            // (Not when it spells the name just before: `Rand Merchant Bank, a division of
            // FirstRand Bank Limited ("RMB")`.)
            let spells_previous = || {
                out.last().is_some_and(|d: &Defined| {
                    d.last + 12 >= i && {
                        let prev: Vec<&str> = d.name.split_whitespace().collect();
                        rules::acronym_fits(&acr, &prev)
                    }
                })
            };
            let defined_caps = quoted
                && has_org_word
                && acr.len() >= 2
                && acr
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&' || c == '-')
                && !spells_previous();
            if rules::acronym_fits(&acr, &words) || first_word {
                acronym = Some(acr);
                last = close;
            } else {
                // `US-based firm Strategic Metals (USSM)`: the acronym takes a capitalized
                // word from just before the name.
                let lead = (i.saturating_sub(6)..i).rev().find(|&k| {
                    let w = &text.tokens[k];
                    w.class == TokenClass::Word && w.shape == Shape::Upper && {
                        let mut with: Vec<&str> = vec![text.str(k)];
                        with.extend(&words);
                        rules::acronym_fits(&acr, &with)
                    }
                });
                // `Alaska Industrial Development and Export Authority (AIDEA)`: the name
                // before `and`, taken as one of its own, is the first part of this one.
                let joined = out.last().filter(|d: &&Defined| {
                    d.last + 1 == i
                        && d.acronym.is_none()
                        && text.is_any(d.last, words!["and", "&", "y", "e", "et"])
                        && {
                            let mut with: Vec<&str> =
                                (d.first..=d.last).map(|x| text.str(x)).collect();
                            with.extend(&words);
                            rules::acronym_fits(&acr, &with)
                        }
                });
                if let Some(k) = lead {
                    extra_alias = Some(format!("{} {}", text.str(k), span_text(text, i, end)));
                    acronym = Some(acr);
                    last = close;
                } else if let Some(d) = joined {
                    first = d.first;
                    out.pop();
                    acronym = Some(acr);
                    last = close;
                } else if let Some(k) = (i.saturating_sub(6).max(floor)..i).find(|&k| {
                    // `Oil and Gas Development Company Limited (OGDCL)`: the name began with
                    // capitalized words and connectors before the run.
                    let joinable = (k..i).all(|x| {
                        let t = &text.tokens[x];
                        t.class == TokenClass::Word
                            && (t.is_capitalized(text.src)
                                || text.is_any(
                                    x,
                                    words![
                                        "and", "of", "&", "y", "e", "et", "de", "del", "des", "du",
                                        "la"
                                    ],
                                ))
                    }) && text.tokens[k].is_capitalized(text.src);
                    joinable && {
                        let mut with: Vec<&str> = (k..i).map(|x| text.str(x)).collect();
                        with.extend(&words);
                        rules::acronym_fits(&acr, &with)
                    }
                }) {
                    first = k;
                    acronym = Some(acr);
                    last = close;
                } else if public_body_acronym(text, i, end, a, &acr) && place_end(a).is_none()
                    || defined_caps
                {
                    acronym = Some(acr);
                    last = close;
                }
            }
        } else if let Some(close) = rules::ticker_after(text, end) {
            last = close;
            // `Australian Strategic Materials Ltd (ASX: ASM) ("ASM" or "the Company")`: the
            // short name a press release defines after the ticker.
            if let Some((a, acronym_end, after)) = rules::acronym_after(text, close) {
                acronym = Some(span_text(text, a, acronym_end));
                last = after;
            }
        } else if let Some((name_end, acr, close)) = rules::bracketed_name_after(text, end)
            // (`Anglo American (South Africa)`: a place in brackets is no other name.)
            .filter(|b| place_end(end + 1).is_none_or(|e| e < b.0))
        {
            extra_alias = Some(span_text(text, end + 1, name_end));
            acronym = acr.map(|a| text.str(a).to_string());
            last = close;
        }
        // `state miner Gécamines`: a lower-case descriptor noun right before the name, on
        // the same line (a headline ending in `miner` does not describe the dateline).
        // (Not a role at a company named before it: `Denham partner Paul Whitcombe`.)
        // (Asked last: few runs get that far; the few names just before.)
        let role_of_org = || {
            i >= 2
                && text.tokens[i - 2].is_capitalized(text.src)
                && (known_spans[..known_spans.partition_point(|s| s.0 < i - 1)]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|s| s.1 == i - 1)
                    || out
                        .iter()
                        .rev()
                        .take(64)
                        .any(|d: &Defined| d.name.split(' ').next() == Some(text.str(i - 2))))
        };
        let described = i > 0
            && text.tokens[i].gap == Gap::Space
            && text.tokens[i - 1].shape == Shape::Lower
            && (rules::DESCRIPTORS_SET.has(text, i - 1) && !role_of_org()
                // `Foshan-based Guangdong Jialong Ceramics`
                || text.is(i - 1, word!("based"))
                    && i >= 2
                    && text.is_glued_hyphen(i - 2)
                    && place_end(i).is_none_or(|e| e < end));
        // `the Hombre Muerto West (HMW) project`: a name with its short form in brackets,
        // then a word for a site, names the site (with no word of a company in it).
        let site = !has_org_word && acronym.is_some() && text.is_any(last, SITE_HEADS);
        // `Constellation Energy Generation, LLC`: a legal suffix after a comma makes the
        // words before it a company's name.
        // (A suffix written as one: capitalized, not a prefix: `Helena Vasconcelos,
        // co-chief executive`.)
        if last == end
            && text.is(end, word!(","))
            && rules::LEGAL_SUFFIXES_SET.has(text, end + 1)
            && text.tokens[end + 1].is_capitalized(text.src)
            && !text.is_glued_hyphen(end + 2)
            // (`Perpetua Resources Idaho, Inc.`: not a place's name alone.)
            && place_end(i).is_none_or(|e| e < end)
            && !text.is_any(end + 1, words!["group", "holding", "holdings"])
        {
            last = end + 2;
            if text.is(last, word!(".")) && text.tokens[last].gap == Gap::None {
                last += 1;
            }
            last = rules::ticker_after(text, last).unwrap_or(last);
        }
        // `a Memorandum of Understanding (MoU)`, `the Joint Venture Agreement (JVA)`: an
        // agreement's name in capitals, with its short form, is no organization.
        let agreement_name = || {
            crate::agreement::nouns()
                .longest_at(text, i)
                .is_some_and(|m| m.last >= end)
        };
        // `the Nunatsiavut Government`, `the Cree Nation Government`: a people's own
        // government, named by a word that is no place and no level of government (`the
        // Queensland Government` is the state's; `Federal Government`, `Central Government`
        // name none).
        let own_government = || {
            end >= i + 2
                && text.is(end - 1, word!("government"))
                && !crate::location::is_government_level(text, i)
                && !text.is_any(
                    i,
                    words![
                        "interim",
                        "transitional",
                        "new",
                        "former",
                        "previous",
                        "current",
                        "military",
                        "government"
                    ],
                )
                && place_end(i).is_none()
                && (i..end).all(|k| {
                    text.tokens[k].class == TokenClass::Word
                        && text.tokens[k].is_capitalized(text.src)
                })
        };
        // `YPF Litio, the lithium arm of ... YPF`: words the text calls a company's
        // subsidiary or arm name one.
        let subsidiary = || end >= i + 2 && subsidiary_of_after(text, end, SUBSIDIARY_WORDS);
        // `Wyloo, the Australian-owned company that bought Noront`, `Africa50, the
        // Casablanca-based infrastructure investor,`: an appositive of a noun for a
        // company names one (not a place: `Zambia, a copper producer,`; not a person's
        // role: `partner`).
        let appositive = || {
            last == end && appositive_descriptor(text, end) && place_end(i).is_none_or(|e| e < end)
        };
        let qualifies = !site
            && (has_org_word
                || acronym.is_some()
                || last > end
                || described
                || own_government()
                || subsidiary()
                || appositive())
            && !agreement_name();
        if qualifies {
            let name = span_text(text, first, end);
            // `SOGUIPAMI (Société Guinéenne du Patrimoine Minier)`: a word in capitals
            // with the full name in brackets after it is the name's acronym, however it
            // was formed; the mention starts with it.
            if acronym.is_none() && first == i && last == end && text.is(end, word!(")")) {
                if let Some(a) = acronym_before_bracket(text, i, floor, place_end) {
                    acronym = Some(text.str(a).to_string());
                    first = a;
                    last = end + 1;
                }
            }
            out.push(Defined {
                first,
                last,
                name,
                acronym,
                extra_alias,
            });
            i = last;
        } else {
            // `Press Service of the Ministry of Industry of the Republic of Kazakhstan`: a
            // run that names no organization may hold one, from a head that takes `of`.
            i = (i + 1..end)
                .find(|&k| {
                    rules::HEADS_WITH_OF_SET.has(text, k) && text.is_any(k + 1, words!["of", "for"])
                })
                .unwrap_or(end);
        }
    }
    out
}

/// `, the Australian-owned company that`, `, a Casablanca-based infrastructure investor,`:
/// from the comma at `end`, `a`/`an`/`the`, then a few lower-case words (no preposition or
/// other function word) or hyphenated compounds ending in a noun for a company, which
/// ends the phrase (a comma, a full stop, `that`, `which`, `with`, `in`).
fn appositive_descriptor(text: &Text, end: usize) -> bool {
    if !text.is(end, word!(",")) || !text.is_any(end + 1, words!["a", "an", "the"]) {
        return false;
    }
    // (The noun heads the phrase: `a member of a local environmental group` is a
    // person's; `the deal matters beyond one junior miner` no phrase at all.)
    const FUNCTION: &[crate::text::Word] = words![
        "of", "for", "at", "in", "on", "to", "with", "by", "from", "beyond", "and", "or", "one",
        "who", "which", "that", "its", "their", "his", "her"
    ];
    let modifier = |k: usize| {
        (text.is_lower_word(k) && !text.is_any(k, FUNCTION))
            || text.is_glued_hyphen(k)
            || text.is_glued_hyphen(k + 1) && text.tokens[k].class == TokenClass::Word
    };
    (end + 2..end + 8)
        .take_while(|&k| modifier(k))
        .find(|&k| rules::DESCRIPTORS_SET.has(text, k) && text.is_lower_word(k))
        .is_some_and(|d| {
            !crate::person::is_title_word(text, d)
                && text.is_any(
                    d + 1,
                    words![",", ".", "that", "which", "with", "in", "based", "whose"],
                )
        })
}

/// Is token `i` part of a minister's portfolio: after `Minister of` (or `Secretary`,
/// `Commissioner`) and capitalized words, commas and `and` only (`Minister of Energy and
/// Natural Resources`, `Minister of Natural Resources, Ecology and Technical Supervision`)?
/// Those words name the minister's field, not an organization.
fn in_minister_portfolio(text: &Text, i: usize) -> bool {
    for k in (i.saturating_sub(12)..i).rev() {
        if text.is(k, word!("of")) || text.is(k, word!("for")) {
            return k > 0
                && text.is_any(k - 1, words!["minister", "secretary", "commissioner"])
                && text.tokens[k - 1].is_capitalized(text.src);
        }
        let t = &text.tokens[k];
        let joins = text.is_any(k, words![",", "and", "&"]);
        if !(joins || t.class == TokenClass::Word && t.is_capitalized(text.src)) {
            return false;
        }
    }
    false
}

/// The token of a word in capitals right before the bracket that opens at `i - 1`
/// (`SOGUIPAMI (` before a name at `i`): at least three letters, after `floor` (the last
/// name found), not a place's abbreviation.
fn acronym_before_bracket(
    text: &Text,
    i: usize,
    floor: usize,
    place_end: &dyn Fn(usize) -> Option<usize>,
) -> Option<usize> {
    let a = i.checked_sub(2)?;
    let t = &text.tokens[a];
    let fits = a >= floor
        && text.is(i - 1, word!("("))
        && t.class == TokenClass::Word
        && t.shape == Shape::Upper
        && t.end - t.start >= 3
        && text.tokens[i - 1].gap == Gap::Space
        && place_end(a).is_none();
    fits.then_some(a)
}

/// The end of a known name at tokens `first..last` with the capitalized words and legal
/// suffix the article writes after it (`Glencore Canada Corp.`, `Trafigura Pte Ltd`), or
/// `last` when it writes none.
fn suffixed_end(text: &Text, first: usize, last: usize) -> usize {
    // `China Northern Rare Earth (Group) High-Tech Co., Ltd.`: a group word in brackets
    // inside a Chinese company's legal name; the name goes on after it when it ends in a
    // legal suffix.
    // (`IREL (India) Limited`: the country of a national company, in brackets too.)
    let group_bracket = text.is(last, word!("("))
        && text.is_any(last + 1, words!["group", "holding", "holdings"])
        && text.is(last + 2, word!(")"));
    // (Not an acronym in brackets, `(ERG) Ltd`, which names the company itself.)
    let country_bracket =
        rules::bracket_before_suffix(text, last, text.tokens.len(), false).is_some();
    if group_bracket || country_bracket {
        let after_bracket = (last + 2..last + 5)
            .find(|&k| text.is(k, word!(")")))
            .map_or(last + 3, |k| k + 1);
        let after = suffixed_end(text, after_bracket, after_bracket);
        if after > after_bracket {
            return after;
        }
        // (The words after the bracket, then the suffix: `High-Tech Co., Ltd.`, whose
        // hyphen the reading after a known name does not pass.)
        if let Some((end, _)) = rules::run_at(text, after_bracket) {
            if rules::LEGAL_SUFFIXES_SET.has(text, last_word_before(text, end)) {
                return suffixed_end(text, after_bracket, end);
            }
        }
    }
    // Most known names are followed by no capitalized word: no run to read.
    let next_capitalized = text.tokens.get(last).is_some_and(|t| {
        t.class == TokenClass::Word && t.gap == Gap::Space && t.is_capitalized(text.src)
    });
    // (`Korea Zinc Co., Ltd.`: a known name that ends in a suffix, then a second one.)
    let comma_suffix =
        |k: usize| text.is(k, word!(",")) && rules::LEGAL_SUFFIXES_SET.has(text, k + 1);
    let second_suffix = comma_suffix(last) || (text.is(last, word!(".")) && comma_suffix(last + 1));
    if !next_capitalized && !second_suffix {
        return last;
    }
    // (`General Motors Holdings LLC`: a known name may open with a title word, where no
    // run starts; its suffixes then make a run of their own.)
    match rules::run_at(text, first).or_else(|| rules::run_at(text, last)) {
        // Only words, a suffix's dot and a comma before a second suffix (`Korea Zinc Co.,
        // Ltd.`): `Entreprise Générale du Cobalt and Nordic Cobalt Refining Oy` are two
        // names.
        Some((end, _))
            if end > last
                && (last..end).all(|k| {
                    text.is(k, word!("."))
                        || comma_suffix(k)
                        || text.tokens[k].class == TokenClass::Word
                            && text.tokens[k].is_capitalized(text.src)
                }) =>
        {
            if rules::LEGAL_SUFFIXES_SET.has(text, last_word_before(text, end))
                || rules::letters_suffix_before(text, end)
            {
                end
            } else {
                last
            }
        }
        _ => last,
    }
}

/// Does the text call the name at `first..end` a subsidiary: `subsidiary`, `unit` or
/// `arm` just before it, or `, a (wholly owned) subsidiary of` after it (past a bracketed
/// short form)?
fn subsidiary_around(text: &Text, first: usize, end: usize) -> bool {
    const WORDS: &[crate::text::Word] =
        words!["subsidiary", "subsidiaries", "unit", "arm", "affiliate"];
    let before = (first.saturating_sub(3)..first).any(|k| text.is_any(k, WORDS));
    let mut j = end;
    if text.is(j, word!("(")) {
        while j < end + 6 && !text.is(j, word!(")")) {
            j += 1;
        }
        j += 1;
    }
    before || subsidiary_of_after(text, j, WORDS)
}

/// Words that say a company belongs to another (`its wholly owned subsidiary X`).
pub(crate) const SUBSIDIARY_WORDS: &[crate::text::Word] =
    words!["subsidiary", "unit", "arm", "affiliate"];

/// Does the comma at token `j` open a description of a subsidiary (`, a wholly owned
/// subsidiary of`, `, the Colombian unit of`): one of `words`, then `of`, within five
/// tokens?
fn subsidiary_of_after(text: &Text, j: usize, words: &[crate::text::Word]) -> bool {
    text.is(j, word!(","))
        && (j + 1..j + 6).any(|k| text.is_any(k, words) && text.is(k + 1, word!("of")))
}

/// The end of one to three capitalized words from token `last` (right after a known
/// name, on its line) when the text says right after them that they name a subsidiary
/// (`, the Colombian subsidiary of`); `None` otherwise.
fn subsidiary_name_end(text: &Text, last: usize) -> Option<usize> {
    let capital = |k: usize| {
        text.tokens.get(k).is_some_and(|t| {
            t.class == TokenClass::Word && t.is_capitalized(text.src) && t.gap == Gap::Space
        })
    };
    let end = (last..last + 3).take_while(|&k| capital(k)).last()? + 1;
    subsidiary_of_after(text, end, SUBSIDIARY_WORDS).then_some(end)
}

/// `Aurubis Bulgaria`, `OceanaGold New Zealand general manager`, `Impala Canada`: a
/// country's name (`countries`: their byte spans, sorted) right after a known name ending
/// before token `last`, on its line and not the start of a possessive or a compound
/// (`Rio Tinto Mongolia's`, `Glencore Canada-based`), names the company's unit there. The
/// token after the country.
fn national_unit_end(text: &Text, countries: &[(usize, usize)], last: usize) -> Option<usize> {
    let t = text.tokens.get(last)?;
    if t.gap != Gap::Space {
        return None;
    }
    let k = countries.partition_point(|c| c.0 < t.start);
    let &(start, end) = countries.get(k).filter(|c| c.0 == t.start)?;
    let after = last + text.tokens[last..].partition_point(|x| x.start < end);
    let ends_there = text.tokens.get(after - 1).is_some_and(|x| x.end == end) && start < end;
    let goes_on = text.is(after, word!("'")) || text.is_glued_hyphen(after);
    (ends_there && !goes_on).then_some(after)
}

/// The end of an organization's name of `orgs` that the tokens from `first` spell in
/// full, when it is longer than the known name at `first..last` (`Zijin Continental Gold`
/// after `Zijin` matched); `None` when none is.
fn named_longer(text: &Text, orgs: &[Org], first: usize, last: usize) -> Option<usize> {
    let known = span_text(text, first, last);
    orgs.iter().find_map(|o| {
        let rest = o.name.strip_prefix(known.as_str())?.strip_prefix(' ')?;
        let mut words: Vec<&str> = rest.split(' ').collect();
        let fits = |words: &[&str]| {
            !words.is_empty()
                && words.len() <= 3
                && words.iter().enumerate().all(|(k, w)| {
                    text.tokens
                        .get(last + k)
                        .is_some_and(|_| text.str(last + k) == *w)
                })
        };
        if fits(&words) {
            return Some(last + words.len());
        }
        // (`Sinosteel Cam General Manager` after `Sinosteel Cam SA`: without the suffix.)
        while words.last().is_some_and(|w| rules::is_legal_suffix(w)) {
            words.pop();
        }
        fits(&words).then_some(last + words.len())
    })
}

/// The last word of a run ending at `end`, before the dot of an abbreviated suffix
/// (`Ltd` of `Co., Ltd.`).
fn last_word_before(text: &Text, end: usize) -> usize {
    if text.is(end - 1, word!(".")) {
        end - 2
    } else {
        end - 1
    }
}

/// Words for a mining site after a name and its bracketed short form (`the Rincon West
/// (RW) project`): the name is the site's, not a company's.
const SITE_HEADS: &[crate::text::Word] = words![
    "project",
    "projects",
    "mine",
    "mines",
    "deposit",
    "prospect",
    "property",
    "concession",
    "tenement",
    "tenements",
    "licence",
    "license",
    "complex",
    "field",
    "pit",
    "operation",
    "operations"
];

/// Words between the comma and `known as` (`, also known as`).
const KNOWN_AS_ADVERBS: &[crate::text::Word] =
    words!["also", "commonly", "locally", "better", "widely"];

/// `, known as Amsac,`, `(also known as EDC)` right after a name ending before token
/// `end`: the name the article goes on to use (one to four capitalized words).
fn known_as(text: &Text, end: usize) -> Option<String> {
    if !text.is_any(end, words![",", "("]) {
        return None;
    }
    let mut j = end + 1;
    if text.is_any(j, KNOWN_AS_ADVERBS) {
        j += 1;
    }
    if !(text.is(j, word!("known")) && text.is(j + 1, word!("as"))) {
        return None;
    }
    let first = j + 2;
    let mut last = first;
    while last < first + 4
        && text.tokens.get(last).is_some_and(|t| {
            t.class == TokenClass::Word
                && t.is_capitalized(text.src)
                && (last == first || t.gap == Gap::Space)
        })
    {
        last += 1;
    }
    // The name ends the phrase: a comma, a bracket, the sentence's end.
    let closed = text
        .tokens
        .get(last)
        .is_none_or(|t| t.class == TokenClass::Punct && !text.is(last, word!("-")));
    (last > first && closed).then(|| span_text(text, first, last))
}

/// Finds the organizations of `text`. `places` are the location candidates: a later
/// mention that is a place (`Pakistan` after `Pakistan Mineral Resources Company`) is not a
/// short form of the organization. `place_end` gives the end token of a place name (of
/// any sense, found or not) that starts at a token.
// Kept out of line: one call per document, and profiles then show each kind.
#[inline(never)]
pub fn find(
    g: &Gazetteer,
    text: &Text,
    places: &[Entity],
    place_end: &dyn Fn(usize) -> Option<usize>,
) -> Found {
    find_from(g, text, &g.lexicon.find_all(text), places, place_end)
}

/// [`find`] from the gazetteer's matches already found in `text`: `matches` are those of
/// `g`'s [lexicon](Gazetteer::lexicon), as its `find_all` or a
/// [`MultiFilter`](crate::gazetteer::MultiFilter) walk gives them.
pub fn find_from(
    g: &Gazetteer,
    text: &Text,
    matches: &[LexMatch],
    places: &[Entity],
    place_end: &dyn Fn(usize) -> Option<usize>,
) -> Found {
    let mut found = Found::default();
    // Definitions: gazetteer names first (they carry known aliases), then rule-found names
    // that do not overlap them.
    let mut spans: Vec<(usize, usize, usize)> = Vec::new(); // (first, last, org)
    let redefined = redefined_acronyms(g, text, matches);
    // The countries named by name, by byte span, sorted: a known name right before one
    // names the company's unit there ([`national_unit_end`]).
    let countries: Vec<(usize, usize)> = if matches.is_empty() {
        Vec::new()
    } else {
        let mut v: Vec<(usize, usize)> = places
            .iter()
            .filter(|p| {
                matches!(&p.value, EntityValue::Location(l)
                    if l.kind == LocationType::Country && l.form == LocationForm::Name)
            })
            .map(|p| (p.start, p.end))
            .collect();
        v.sort_unstable();
        v
    };
    for m in matches {
        // `Engebø Rutile and Garnet AS (ERG)`: an acronym the article defines for a name
        // of its own is not the known organization's (Eurasian Resources Group).
        if m.last == m.first + 1 && redefined.iter().any(|a| a == text.str(m.first)) {
            continue;
        }
        // `the West African Development Bank` (BOAD), `the East African Development
        // Bank`: a compass word written before a known name makes another name, which the
        // rules below read whole.
        if m.first > 0
            && text.tokens[m.first - 1].is_capitalized(text.src)
            && text.is_any(
                m.first - 1,
                words![
                    "West", "East", "North", "South", "Central", "Southern", "Northern", "Eastern",
                    "Western"
                ],
            )
            && !text.starts_sentence(m.first - 1)
        {
            continue;
        }
        // `(ASX: CGN)`: a ticker belongs to the company it follows, whatever else it spells.
        if m.first > 0 && text.is(m.first - 1, word!(":")) {
            continue;
        }
        let Some(&row) = g.lexicon.first_value(text, m) else {
            continue;
        };
        let known = &g.orgs[row];
        // `Korea Mine Rehabilitation and Mining Corporation (KOMIR)`: a known acronym in
        // brackets after a name the article writes its own way is that name's; the
        // mention starts with the name.
        let written_before = bracketed_after_name(text, m.first, m.last);
        // (The known organization is listed even when a subsidiary named after it takes
        // this mention: its short forms are looked for later.)
        let known_idx = org_index(&mut found.orgs, &known.name, |o| {
            o.name == known.name || o.aliases.contains(&known.name)
        });
        let end = suffixed_end(text, m.first, m.last);
        // `Zijin Continental Gold, the Colombian subsidiary of Zijin Mining`: capitalized
        // words after a known name that the text calls a subsidiary make its name, with no
        // legal suffix needed.
        // (Not where the article writes the unit's name longer, `CATL Hungary Kft.`: the
        // rules define that name, and its short form is found with it.)
        let national = (end == m.last)
            .then(|| national_unit_end(text, &countries, m.last))
            .flatten()
            .filter(|&n| {
                let name = span_text(text, m.first, n);
                !text.src.match_indices(name.as_str()).any(|(b, _)| {
                    let rest = &text.src[b + name.len()..];
                    rest.strip_prefix(' ')
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_uppercase)
                })
            });
        let end = if end == m.last {
            subsidiary_name_end(text, m.last)
                // (Later, the same words name it without the phrase.)
                .or_else(|| named_longer(text, &found.orgs, m.first, m.last))
                // (`CATL Hungary Kft.`: with its legal suffix.)
                .or(national.map(|e| suffixed_end(text, m.first, e)))
                .unwrap_or(end)
        } else {
            end
        };
        let written = span_text(text, m.first, end);
        // `Boliden's wholly owned subsidiary Boliden Commercial AB`, `Ma'aden Aluminium
        // Company (MAC), a wholly owned subsidiary of Ma'aden`: a longer name that the text
        // calls a subsidiary is a company of its own, not the known one; so is its unit in a
        // country (`Aurubis Bulgaria`).
        let idx = if end <= m.last {
            known_idx
        } else if found.orgs.iter().any(|o| o.name == written)
            || subsidiary_around(text, m.first, end)
            || national.is_some_and(|n| n <= end)
        {
            org_index(&mut found.orgs, &written, |o| o.name == written)
        } else {
            // (`Sinosteel Cam` after `Sinosteel Cam SA`: the longer name written before
            // with its legal suffix.)
            found
                .orgs
                .iter()
                .position(|o| o.name.starts_with(&written) && same_but_suffix(&o.name, &written))
                .unwrap_or(known_idx)
        };
        let org = &mut found.orgs[idx];
        if let Some(first) = written_before {
            take_longest(org, span_text(text, first, m.first - 1));
            add_alias(org, &written);
            spans.push((first, m.last + 1, idx));
            continue;
        }
        take_longest(org, written);
        let mut last = end;
        // (`(ASX: ASM) ("ASM" or "the Company")`: past a ticker to the short name.)
        let after_ticker = rules::ticker_after(text, end).unwrap_or(end);
        if let Some((a, acronym_end, close)) = rules::acronym_after(text, after_ticker) {
            add_alias(&mut found.orgs[idx], &span_text(text, a, acronym_end));
            last = close;
        }
        spans.push((m.first, last, idx));
    }
    // `spans` holds the gazetteer matches so far; the names the rules define come left to
    // right, so they go in a second list of their own.
    let by_gazetteer = Taken::of(spans.iter().map(|&(f, l, _)| (f, l)));
    let mut by_rules = Taken::default();
    for d in defined_by_rules(text, &spans, place_end) {
        if by_gazetteer.overlaps(d.first, d.last) || by_rules.overlaps(d.first, d.last) {
            continue;
        }
        // `the First Nation` after `Kinoje Lake First Nation`
        let the_suffix =
            (d.first > 0 && text.is(d.first - 1, word!("the"))).then(|| format!(" {}", d.name));
        let idx = org_index(&mut found.orgs, &d.name, |o| {
            o.name.eq_ignore_ascii_case(&d.name)
                || d.acronym.as_ref().is_some_and(|a| o.aliases.contains(a))
                // (`Ocean Partners` after `Ocean Partners UK Limited ("Ocean Partners")`.)
                || o.aliases.contains(&d.name)
                // `Northcrest Graphite` after `Northcrest Graphite Inc.`: the same
                // company without its legal suffix.
                || same_but_suffix(&o.name, &d.name)
                || the_suffix.as_ref().is_some_and(|s| o.name.ends_with(s.as_str()))
        });
        let org = &mut found.orgs[idx];
        if d.name.len() > org.name.len() {
            let old = std::mem::replace(&mut org.name, d.name.clone());
            add_alias(org, &old);
        } else if d.name != org.name {
            add_alias(org, &d.name);
        }
        for a in d.acronym.iter().chain(d.extra_alias.iter()) {
            add_alias(org, a);
        }
        spans.push((d.first, d.last, idx));
        by_rules.push(d.first, d.last);
    }
    if found.orgs.is_empty() {
        return found;
    }
    // `Activos Mineros, known as Amsac,`: a name the article gives the organization,
    // after its name or a short form of it (one pass over the hashes for `known`).
    // (At most 64 a document: each looks through the organizations.)
    for p in text.positions(word!("known")).take(64) {
        let adverb = p
            .checked_sub(1)
            .is_some_and(|a| text.is_any(a, KNOWN_AS_ADVERBS));
        let Some(open) = p.checked_sub(1 + usize::from(adverb)) else {
            continue;
        };
        let Some(alias) = known_as(text, open) else {
            continue;
        };
        let mut first = open;
        while first > 0 && open - first < 6 && text.tokens[first - 1].is_capitalized(text.src) {
            first -= 1;
        }
        if first == open {
            continue;
        }
        let before = span_text(text, first, open);
        let named = |o: &Org| {
            o.name == before
                || o.aliases.contains(&before)
                || o.name
                    .strip_prefix(before.as_str())
                    .is_some_and(|r| r.starts_with(' '))
        };
        if let Some(org) = found.orgs.iter_mut().find(|o| named(o)) {
            add_alias(org, &alias);
        }
    }
    // Short forms: a name without its legal suffix (`Mota-Engil Group` → `Mota-Engil`) or
    // its distinctive first word (`Stillwater`), when the article uses it on its own. Each
    // phrase carries its organization and whether it stays the organization where it is
    // also a place name (the word after a place that opens the name, `Jinlong`).
    let mut later: Lexicon<(usize, bool)> = Lexicon::with_capacity(found.orgs.len() * 4);
    // Each organization's first span, and the words the article writes in lower case
    // (gathered once, if a name asks): looked up, not searched for, per organization.
    let mut first_span: Vec<Option<(usize, usize)>> = vec![None; found.orgs.len()];
    for &(f, l, k) in &spans {
        if let Some(slot @ None) = first_span.get_mut(k) {
            *slot = Some((f, l));
        }
    }
    let mut lower_words = LowerWords::default();
    // (The word after a place that opens a name is no short form when it is a country's
    // name, as the article writes it elsewhere: `Australia` of `Japan Australia Rare
    // Earths`.)
    let country_at = |e: usize| {
        let w = text.str(e);
        places.iter().any(|p| {
            p.text == w
                && matches!(&p.value, EntityValue::Location(l) if l.kind == LocationType::Country)
        })
    };
    // `HCL` for `Hindustan Copper Ltd`: the initials of a name, as stories write them
    // without defining them, when no other organization of the article has the same.
    // Only initials the text writes are worth a phrase: its words in capitals, each
    // compared with each name (most differ at the first letter).
    let mut capitals: Vec<&str> = text
        .tokens
        .iter()
        .filter(|t| t.shape == Shape::Upper && t.class == TokenClass::Word && t.end - t.start >= 3)
        .map(|t| &text.src[t.start..t.end])
        .collect();
    capitals.sort_unstable();
    capitals.dedup();
    let spelled: Vec<Option<&str>> = found
        .orgs
        .iter()
        .map(|o| {
            capitals
                .iter()
                .copied()
                .find(|c| initials_spell(&o.name, c))
        })
        .collect();
    let initials: Vec<Option<&str>> = (0..found.orgs.len())
        .map(|k| {
            let i = spelled[k]?;
            let unique = spelled.iter().filter(|&&j| j == Some(i)).count() == 1
                && !found
                    .orgs
                    .iter()
                    .enumerate()
                    .any(|(o, org)| o != k && org.aliases.iter().any(|a| a == i));
            unique.then_some(i)
        })
        .collect();
    for (k, org) in found.orgs.iter_mut().enumerate() {
        let words: Vec<&str> = org.name.split(' ').collect();
        let mut shorts = Vec::new();
        let mut n = words.len();
        while n > 1 && (words[n - 1] == "(Persero)" || rules::is_legal_suffix(words[n - 1])) {
            n -= 1;
        }
        if n < words.len() {
            shorts.push(words[..n].join(" "));
        }
        if let Some(m) = rules::without_sector_words(&words[..n]) {
            shorts.push(words[..m].join(" "));
        }
        if words.len() >= 2 && rules::is_distinctive(words[0]) {
            shorts.push(words[0].to_string());
        }
        if let Some(rest) = rules::after_legal_prefix(&words[..n])
            .or_else(|| rules::after_company_prefix(&words[..n]))
        {
            shorts.push(rest);
        }
        // Every phrase of this organization, each once (a short form is often an alias
        // too): a second copy would only be a second, identical entry.
        let mut phrases: Vec<(String, CaseRule, bool)> = Vec::new();
        let mut add = |p: String, rule: CaseRule, over_place: bool| {
            if !phrases
                .iter()
                .any(|(q, r, o)| *q == p && *r == rule && *o == over_place)
            {
                phrases.push((p, rule, over_place));
            }
        };
        for s in shorts {
            add(s, CaseRule::Capitalized, false);
        }
        let span = first_span.get(k).copied().flatten();
        if let Some((w, with_place)) =
            span.and_then(|sp| word_after_place(text, place_end, &country_at, sp, &mut lower_words))
        {
            add(w.to_string(), CaseRule::Capitalized, true);
            add(with_place, CaseRule::Capitalized, true);
        }
        add(org.name.clone(), CaseRule::Capitalized, false);
        for a in &org.aliases {
            let rule = if a
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
            {
                CaseRule::Exact
            } else {
                CaseRule::Capitalized
            };
            add(a.clone(), rule, false);
        }
        if let Some(i) = initials[k] {
            add(i.to_string(), CaseRule::Exact, false);
        }
        for (p, rule, over_place) in phrases {
            later.insert(&p, rule, (k, over_place));
        }
    }
    // Looked up by position, so that a long document costs each mention the same: the
    // spans named so far (the matches below never overlap each other), and the place
    // candidates by span.
    let named = Taken::of(spans.iter().map(|&(f, l, _)| (f, l)));
    // The same spans in bytes: a place inside a name (`Nevada` in `Franco-Nevada`) vouches
    // for no other place.
    let named_bytes = Taken::of(spans.iter().map(|&(f, l, _)| text.span(f, l)));
    let mut place_spans: Option<Vec<(usize, usize, usize)>> = None;
    let mut place_here = |start: usize, end: usize, says_place: &dyn Fn() -> bool| {
        let spans = place_spans.get_or_insert_with(|| {
            let mut v: Vec<(usize, usize, usize)> = places
                .iter()
                .enumerate()
                .filter(|(_, p)| matches!(p.value, EntityValue::Location(_)))
                .map(|(k, p)| (p.start, p.end, k))
                .collect();
            v.sort_unstable();
            v
        });
        let k = spans.partition_point(|s| s.0 < start);
        spans[k..]
            .iter()
            .take_while(|s| s.0 == start)
            .any(|&(_, e, p)| {
                e == end && is_place_here(&places[p], places, &named_bytes, says_place)
            })
    };
    for m in later.find_all(text) {
        if named.overlaps(m.first, m.last) {
            continue;
        }
        let Some(&(k, over_place)) = later.first_value(text, &m) else {
            continue;
        };
        // `(NYSE: HL)`: the exchange of a ticker, and the ticker (`(JSE: NPH)`), belong to
        // the company before them.
        // (`(NYSE American: UUUU; TSX: EFR)`: a second exchange after `;` or `,`.)
        let exchange = rules::exchange_colon(text, m.last)
            && m.first > 0
            && text.is_any(m.first - 1, words!["(", ";", ","]);
        // (A ticker is in capitals: `Media contact: Denison` is the company.)
        let ticker = m.first > 0
            && text.is(m.first - 1, word!(":"))
            && text.tokens[m.first].shape == Shape::Upper;
        if exchange || ticker {
            continue;
        }
        let (ms, me) = text.span(m.first, m.last);
        let says_place = || {
            let next_is_place = text.is(m.last, word!(",")) && place_end(m.last + 1).is_some();
            crate::location::place_evidence(text, &m, next_is_place)
        };
        if !over_place && place_here(ms, me, &says_place) {
            continue;
        }
        // (Nor the end of a longer place's name: `Australia` of `Japan Australia Rare
        // Earths` in `Western Australia`.)
        if m.first > 0
            && text.tokens[m.first].gap == Gap::Space
            && place_end(m.first - 1).is_some_and(|e| e >= m.last)
        {
            continue;
        }
        // A short form must stand alone: not the start of a longer capitalized name.
        let next_cap = text.tokens.get(m.last).is_some_and(|t| {
            t.class == TokenClass::Word && t.is_capitalized(text.src) && t.gap == Gap::Space
        });
        // `London-listed`, `Perth-based`: an adjective made of the name, not a mention.
        let compound = text.is_glued_hyphen(m.last)
            && text
                .tokens
                .get(m.last + 1)
                .is_some_and(|t| t.gap == Gap::None && t.shape == Shape::Lower);
        if next_cap || compound {
            continue;
        }
        let written = span_text(text, m.first, m.last);
        add_alias(&mut found.orgs[k], &written);
        spans.push((m.first, m.last, k));
    }
    spans.sort();
    found.mentions = spans
        .into_iter()
        .map(|(first, last, org)| Mention { first, last, org })
        .collect();
    found
}

/// Is the place candidate `p`, named like an organization of the article, the place here?
/// A country or region is (`Pakistan` after `Pakistan Mineral Resources Company`); a
/// subdivision only when the article names another place of its country (`Savannah`
/// after `Savannah Resources` in a story about Portugal is the company, not the Ghanaian
/// region; a place inside a name of `named`, byte spans, counts for nothing: `Franco-Nevada`
/// names no US state); a city only when the words around it say a place is meant
/// (`says_place`: `in Fresnillo`, `Fresnillo, Zacatecas`). Companies named after towns
/// are written alone as subjects and owners (`Fresnillo will receive`, `Northam chief
/// executive`, `Shares in Hastings`, `Wheaton executive vice-president`) in stories that
/// name the town's state for other reasons.
fn is_place_here(
    p: &Entity,
    places: &[Entity],
    named: &Taken,
    says_place: &dyn Fn() -> bool,
) -> bool {
    let EntityValue::Location(l) = &p.value else {
        return false;
    };
    match l.kind {
        LocationType::City => says_place(),
        LocationType::Subdivision => places.iter().any(|o| {
            matches!(&o.value, EntityValue::Location(x)
            if x.name != l.name
                && !named.overlaps(o.start, o.end)
                && x.country.is_some()
                && x.country == l.country)
        }),
        _ => true,
    }
}

/// Spans of tokens taken so far, sorted by start, each with the furthest end up to it
/// (spans may overlap: an acronym in brackets can stretch a name over the next): whether
/// a new span overlaps any is one binary search.
#[derive(Default)]
struct Taken {
    starts: Vec<usize>,
    reach: Vec<usize>,
}

impl Taken {
    fn of(spans: impl Iterator<Item = (usize, usize)>) -> Taken {
        let mut sorted: Vec<(usize, usize)> = spans.collect();
        sorted.sort_unstable();
        let mut t = Taken::default();
        for (first, last) in sorted {
            t.push(first, last);
        }
        t
    }

    /// Adds `first..last`, which starts at or after every span held.
    fn push(&mut self, first: usize, last: usize) {
        let reach = self.reach.last().map_or(last, |&r| r.max(last));
        self.starts.push(first);
        self.reach.push(reach);
    }

    /// Does any span held overlap tokens `first..last`?
    fn overlaps(&self, first: usize, last: usize) -> bool {
        let k = self.starts.partition_point(|&s| s < last);
        k > 0 && self.reach[k - 1] > first
    }
}

/// Does the article write a word in lower case somewhere? The first few questions scan
/// the tokens; after that (a long document with many names) the lower-case words are
/// gathered once and looked up.
#[derive(Default)]
struct LowerWords {
    asked: usize,
    index: Option<std::collections::HashSet<u64, std::hash::BuildHasherDefault<HashIsKey>>>,
}

impl LowerWords {
    fn has(&mut self, text: &Text, h: u64) -> bool {
        let lower = |(t, _): &(&Token, &u64)| t.shape == Shape::Lower;
        if self.index.is_none() && self.asked < 4 {
            self.asked += 1;
            return text
                .tokens
                .iter()
                .zip(&text.hashes)
                .any(|p| lower(&p) && *p.1 == h);
        }
        self.index
            .get_or_insert_with(|| {
                text.tokens
                    .iter()
                    .zip(&text.hashes)
                    .filter(lower)
                    .map(|(_, &h)| h)
                    .collect()
            })
            .contains(&h)
    }
}

/// `Hunan Jinlong New Energy` → `Jinlong` (and `Hunan Jinlong`), `Zhejiang Huayou Cobalt`
/// → `Huayou`: the word after a place that opens organization `k`'s name (as Chinese firms
/// are named, province first), which the article then uses alone. `place_end` gives the end
/// of a place name that starts at a token. Only a word the article never writes in lower
/// case: a name, not `Mining` in `Saudi Arabian Mining Company` or `Copper`; not a country
/// (`country_at`: `Australia` in `Japan Australia Rare Earths`). Returns the word, and the
/// name up to it.
fn word_after_place<'t>(
    text: &'t Text,
    place_end: &dyn Fn(usize) -> Option<usize>,
    country_at: &dyn Fn(usize) -> bool,
    (first, last): (usize, usize),
    lower_words: &mut LowerWords,
) -> Option<(&'t str, String)> {
    let e = place_end(first).filter(|&e| e < last)?;
    // (`Bank Muscat`: a place named like an organization's word opens no such name.)
    if e == first + 1 && rules::ORG_WORDS_SET.has(text, first) {
        return None;
    }
    let (t, &h) = (text.tokens.get(e)?, text.hashes.get(e)?);
    let w = text.str(e);
    let distinct = t.class == TokenClass::Word
        && t.gap == Gap::Space
        && t.is_capitalized(text.src)
        && rules::is_distinctive(w)
        && !country_at(e);
    if !distinct {
        return None;
    }
    (!lower_words.has(text, h)).then(|| (w, span_text(text, first, e + 1)))
}

/// Organization entities for every mention.
pub fn entities(found: &Found, text: &Text, out: &mut Vec<Entity>) {
    for m in &found.mentions {
        let org = &found.orgs[m.org];
        let (start, end) = text.span(m.first, m.last);
        out.push(Entity {
            text: text.src[start..end].to_string(),
            start,
            end,
            sentence: 0,
            value: EntityValue::Organization(Organization {
                name: org.name.clone(),
                aliases: org.aliases.clone(),
            }),
            rule: "organization",
        });
    }
}
