//! Agreements and their signatories.
//!
//! Sentence by sentence, an agreement noun (`memorandum of understanding`, `MoU`, `offtake
//! agreement`, `deal`, `joint venture`...) makes or extends an agreement:
//! - with a trigger verb in the sentence (`signed`, `inked`, `entered into`, `struck`,
//!   `will sign`) or a `between X and Y` after it, an indefinite noun (`a second MoU`)
//!   makes a new agreement; a definite one (`the MoU`, `the agreement`) adds to the last
//!   agreement of the article, unless it says `second`, `another`, `separate`;
//! - talk without an agreement (`no agreement`, `held talks on a deal`, `a proposed
//!   accord`) makes none.
//!
//! Parties are found by pattern around the noun and the trigger: `between X and Y`,
//! `X signed ... with Y`, `X and Y signed`, `signed by X and Y`, `X entered into ... with
//! Y`. A party is an organization, a country (its name or abbreviation, `Government of X`)
//! or a titled person; a country that only qualifies an organization (`Pakistan's National
//! Logistics Corporation`, `US-based`) is not a party. Each party mention becomes a
//! `signatory` entity pointing to its agreement. The agreement's value is an amount stated
//! in the sentence that makes it (or after `worth`/`valued at` in a later one); its
//! minerals are those named in its sentences.

mod rules;

#[cfg(test)]
mod corpus;

use crate::gazetteer::{CaseRule, LexMatch, Lexicon};
use crate::organization;
use crate::record::{
    Agreement, AgreementKind, Entity, EntityValue, LocationForm, LocationType, Money, Party,
    PartyKind, Signatory, Trigger,
};
use crate::text::Word;
use crate::text::{Gap, Shape, Text, Token, TokenClass};
use crate::word;
use crate::words;
use once_cell::sync::Lazy;
use std::rc::Rc;

static CALENDAR_SET: Lazy<crate::text::WordSet> =
    Lazy::new(|| crate::text::WordSet::new(crate::text::CALENDAR));

static NOUNS: Lazy<Lexicon<AgreementKind>> = Lazy::new(|| {
    let mut l = Lexicon::new();
    for (phrase, kind) in rules::NOUNS {
        let acronym = phrase
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            || phrase.starts_with("Mo")
            || phrase.starts_with("Lo");
        let rule = if acronym {
            CaseRule::Exact
        } else {
            CaseRule::Fold
        };
        l.insert(phrase, rule, *kind);
    }
    l
});

/// Who a party is, for telling mentions of the same party apart from others.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Key {
    Org(usize),
    Country(String),
    Person(String),
    /// A name found by its place in the sentence, not by the organization rules
    /// (`Kiran Gems` in `India's Kiran Gems`).
    Name(String),
}

#[derive(Debug, Clone)]
struct PartyMention {
    first: usize,
    last: usize,
    key: Key,
    /// Shared by every mention of one organization: most mentions never become a
    /// signatory, and an organization's names are copied only for those that do.
    party: Rc<Party>,
}

/// The party mention that starts at token `first`. Mentions are sorted by start and none
/// is inside another, so their ends are sorted too: every look-up here is a binary
/// search, and a document of any length costs each mention the same.
fn party_starting_at(parties: &[PartyMention], first: usize) -> Option<usize> {
    let k = parties.partition_point(|p| p.first < first);
    (parties.get(k)?.first == first).then_some(k)
}

/// The party mention that ends at token `last` (see [`party_starting_at`]).
fn party_ending_at(parties: &[PartyMention], last: usize) -> Option<usize> {
    let k = parties.partition_point(|p| p.last < last);
    (parties.get(k)?.last == last).then_some(k)
}

/// The party mentions that start at or after token `from` and end at or before `to`, as a
/// range of indices (see [`party_starting_at`]).
fn parties_within(parties: &[PartyMention], from: usize, to: usize) -> std::ops::Range<usize> {
    let lo = parties.partition_point(|p| p.first < from);
    let hi = parties.partition_point(|p| p.last <= to);
    lo..hi.max(lo)
}

/// Is a person named within tokens `from..to`?
fn person_within(parties: &[PartyMention], from: usize, to: usize) -> bool {
    parties_within(parties, from, to).any(|p| parties[p].party.party_kind == PartyKind::Person)
}

/// Token index of the token that starts at byte `start`.
fn token_at(text: &Text, start: usize) -> Option<usize> {
    let k = text.tokens.partition_point(|t| t.start < start);
    (k < text.tokens.len() && text.tokens[k].start == start).then_some(k)
}

/// Token indices of byte offsets asked for in rising order (entities sorted by start): a
/// cursor that walks the tokens once, with a binary search for an earlier offset.
struct TokenCursor<'t> {
    tokens: &'t [Token],
    at: usize,
}

impl<'t> TokenCursor<'t> {
    fn new(text: &'t Text) -> Self {
        TokenCursor {
            tokens: &text.tokens,
            at: 0,
        }
    }

    /// [`token_at`]: the token that starts at byte `start`.
    fn starting_at(&mut self, start: usize) -> Option<usize> {
        let t = self.tokens;
        if self.at > 0 && t.get(self.at - 1).is_none_or(|x| x.start >= start) {
            self.at = t.partition_point(|x| x.start < start);
        } else {
            while self.at < t.len() && t[self.at].start < start {
                self.at += 1;
            }
        }
        (self.at < t.len() && t[self.at].start == start).then_some(self.at)
    }

    /// One past the last token that ends by byte `end`, for a span whose first token is
    /// `first`.
    fn end_from(&self, first: usize, end: usize) -> usize {
        let mut k = first;
        while k < self.tokens.len() && self.tokens[k].end <= end {
            k += 1;
        }
        k
    }
}

/// What a joint venture has, after the noun: `the joint venture company`, `JV partners`.
const JV_HOLDERS: &[Word] = words![
    "company",
    "companies",
    "partner",
    "partners",
    "firm",
    "vehicle",
    "entity",
    "entities"
];

/// `the joint venture company`: a joint venture noun that names what the joint venture
/// has, not an agreement.
fn jv_holder(text: &Text, m: &LexMatch) -> bool {
    NOUNS.first_value(text, m) == Some(&AgreementKind::JointVenture)
        && text.is_any(m.last, JV_HOLDERS)
}

/// `the Host Government Agreement (HGA)`, `a share purchase agreement ("SPA")`: an acronym
/// defined in brackets after an agreement noun names that agreement wherever the article
/// writes it after (`The HGA was signed by`). `nouns` with those mentions, in order; `None`
/// when the article defines no such acronym.
fn acronym_nouns(text: &Text, nouns: &[LexMatch]) -> Option<Vec<LexMatch>> {
    let covered = |i: usize| {
        let k = nouns.partition_point(|n| n.first <= i);
        k > 0 && nouns[k - 1].last > i
    };
    let mut defined: Vec<(usize, LexMatch)> = Vec::new();
    for m in nouns {
        // (`("SPA")`: quotes may stand inside the brackets.)
        let quote = usize::from(text.is(m.last + 1, word!("\"")));
        let a = m.last + 1 + quote;
        let shut = a + 1 + quote;
        let acronym = text.tokens.get(a).is_some_and(|t| {
            t.class == TokenClass::Word
                && matches!(t.shape, Shape::Upper | Shape::Mixed)
                && t.end - t.start >= 2
        });
        if text.is(m.last, word!("(")) && text.is(shut, word!(")")) && acronym && !covered(a) {
            defined.push((a, *m));
        }
    }
    if defined.is_empty() {
        return None;
    }
    let mut out = nouns.to_vec();
    for (a, m) in defined {
        let (h, written) = (text.hashes.get(a).copied(), text.str(a));
        for i in a + 2..text.tokens.len().min(text.hashes.len()) {
            if Some(text.hashes[i]) == h && text.str(i) == written && !covered(i) {
                out.push(m.moved_to(i, i + 1));
            }
        }
    }
    out.sort_by_key(|m| m.first);
    out.dedup_by_key(|m| m.first);
    Some(out)
}

/// A name no rule found as a mention at tokens `a..b`, as a party: the organization of
/// `known` it is a name or an alias of (`SOMISEN` in a subheading, after `Société des Mines
/// du Sénégal (SOMISEN)`), else an organization of its own (the `bare`-th).
fn bare_party(
    text: &Text,
    known: &[PartyMention],
    a: usize,
    b: usize,
    bare: usize,
) -> PartyMention {
    let (sa, sb) = text.span(a, b);
    let name = &text.src[sa..sb];
    let org = known.iter().find(|p| {
        matches!(p.key, Key::Org(_))
            && std::iter::once(&p.party.name)
                .chain(&p.party.aliases)
                .any(|n| n == name)
    });
    let (key, party) = match org {
        Some(p) => (p.key.clone(), Rc::clone(&p.party)),
        None => (
            Key::Org(usize::MAX - bare),
            Rc::new(Party {
                name: name.to_string(),
                aliases: Vec::new(),
                party_kind: PartyKind::Organization,
            }),
        ),
    };
    PartyMention {
        first: a,
        last: b,
        key,
        party,
    }
}

/// Words for a mining site after its name: `the Zinnwald lithium project`.
const SITE_WORDS: &[Word] = words!["project", "mine", "deposit", "prospect", "concession"];

/// Every mention that can be a party, sorted by first token.
fn party_mentions(
    text: &Text,
    orgs: &organization::Found,
    entities: &[Entity],
) -> Vec<PartyMention> {
    let org_parties: Vec<Rc<Party>> = orgs
        .orgs
        .iter()
        .map(|o| {
            Rc::new(Party {
                name: o.name.clone(),
                aliases: o.aliases.clone(),
                party_kind: PartyKind::Organization,
            })
        })
        .collect();
    // `subject to Foreign Investment Review Board approval`: a regulator whose approval
    // an agreement awaits does not sign it.
    let approver = |first: usize, last: usize| {
        (first >= 2 && text.is(first - 2, word!("subject")) && text.is(first - 1, word!("to")))
            || text.is_any(
                last,
                words!["approval", "approvals", "clearance", "consent"],
            )
    };
    // `Chairman of the Management Board`: a company's organ signs for it, it is no party.
    // (Asked once per organization, not per mention.)
    let organs: Vec<bool> = orgs
        .orgs
        .iter()
        .map(|o| {
            let n = o.name.as_str();
            let n = n
                .get(..4)
                .filter(|t| t.eq_ignore_ascii_case("the "))
                .map_or(n, |_| &n[4..]);
            ORGANS.iter().any(|x| n.eq_ignore_ascii_case(x))
        })
        .collect();
    let organ = |org: usize| organs.get(org).copied().unwrap_or(false);
    // `US$187.4 million`: a country's letters in a currency's sign name no party.
    let amounts: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| matches!(e.value, EntityValue::Amount(_)))
        .map(|e| (e.start, e.end))
        .collect();
    let in_amount = |start: usize| {
        let k = amounts.partition_point(|a| a.0 <= start);
        k > 0 && amounts[k - 1].1 > start
    };
    // `the Zinnwald lithium project` (after `Zinnwald Lithium plc`): a one-word name
    // before a word for a site (a lower-case word may stand between) names the site.
    let site = |first: usize, last: usize| {
        last == first + 1
            && (text.is_any(last, SITE_WORDS)
                || text.is_lower_word(last) && text.is_any(last + 1, SITE_WORDS))
    };
    // `the Trafigura-led consortium`, `a Perth-based miner`: an adjective made of a name.
    let compound = |last: usize| {
        text.is_glued_hyphen(last)
            && text
                .tokens
                .get(last + 1)
                .is_some_and(|t| t.gap == Gap::None && t.shape == Shape::Lower)
    };
    let mut out: Vec<PartyMention> = orgs
        .mentions
        .iter()
        .filter(|m| {
            !approver(m.first, m.last)
                && !in_amount(text.tokens[m.first].start)
                && !organ(m.org)
                && !site(m.first, m.last)
                && !compound(m.last)
        })
        .filter_map(|m| {
            Some(PartyMention {
                first: m.first,
                last: m.last,
                key: Key::Org(m.org),
                party: Rc::clone(org_parties.get(m.org)?),
            })
        })
        .collect();
    let mut cursor = TokenCursor::new(text);
    for e in entities {
        if !matches!(e.value, EntityValue::Amount(_)) && in_amount(e.start) {
            continue;
        }
        let Some(first) = cursor.starting_at(e.start) else {
            continue;
        };
        let last = cursor.end_from(first, e.end);
        if orgs.at(first).is_some() {
            continue;
        }
        match &e.value {
            EntityValue::Location(l)
                if l.kind == LocationType::Country && l.form != LocationForm::Demonym =>
            {
                // `US-based`, `China-backed`: a modifier, not a party.
                if text.is(last, word!("-"))
                    && text.tokens.get(last).is_some_and(|t| t.gap == Gap::None)
                {
                    continue;
                }
                let possessive = text.is(last, word!("'")) && text.is(last + 1, word!("s"));
                // `Pakistan's National Logistics Corporation`, `Chile's state-owned
                // Codelco`: the organization is the party.
                if possessive {
                    if qualifies_org(text, orgs, last + 2) {
                        continue;
                    }
                    // `Tanzania's Morogoro region`: a place in the country.
                    if location_at(text, entities, last + 2) {
                        continue;
                    }
                    // `India's Kiran Gems`: a name the organization rules did not find.
                    if let Some(end) = owned_name(text, entities, last + 2) {
                        out.push(named_party(text, last + 2, end));
                        continue;
                    }
                }
                // `signed agreements with partners from Kazakhstan, Pakistan and India`:
                // where the partners come from (the list's names, commas and `and` back to
                // `from` after a plural noun), not who signs.
                let origin = (first.saturating_sub(10)..first).rev().find_map(|x| {
                    if text.is(x, word!("from")) {
                        return Some(x > 0 && text.is_any(x - 1, ORIGIN_NOUNS));
                    }
                    let in_list = text.is_any(x, words![",", "and", "the"])
                        || text.tokens[x].class == TokenClass::Word
                            && text.tokens[x].is_capitalized(text.src);
                    (!in_list).then_some(false)
                });
                if origin == Some(true) {
                    continue;
                }
                // `a mine near Mahenge in Tanzania`, `the largest producer in the U.S.`:
                // where something is, not who signs.
                let article = usize::from(first > 0 && text.is(first - 1, word!("the")));
                if first > article && text.is_any(first - 1 - article, PLACE_PREPOSITIONS) {
                    continue;
                }
                // `Emirates Global Aluminium PJSC (EGA) of the United Arab Emirates`: the
                // country an organization is from.
                let of_at = first.checked_sub(1 + article);
                if of_at.is_some_and(|o| {
                    text.is(o, word!("of"))
                        && o > 0
                        && (orgs.at(o - 1).is_some() || text.is(o - 1, word!(")")))
                }) {
                    continue;
                }
                // `Mongolia's state miner has signed`: the country qualifies an unnamed
                // party (`Chile's government` is one; named ones are handled above).
                if possessive
                    && text
                        .tokens
                        .get(last + 2)
                        .is_some_and(|t| t.shape == Shape::Lower)
                    && !(last + 2..last + 5).any(|k| text.is_any(k, GOVERNMENT_WORDS))
                {
                    continue;
                }
                // `ENAMI, Chile's state mining company, and ...`: an appositive that
                // describes the party before it, not a party (`Chile's government` is one).
                if first > 0
                    && text.is(first - 1, word!(","))
                    && text.is(last, word!("'"))
                    && text.is(last + 1, word!("s"))
                    && text
                        .tokens
                        .get(last + 2)
                        .is_some_and(|t| t.shape == Shape::Lower)
                    && !text.is_any(last + 2, GOVERNMENT_WORDS)
                {
                    continue;
                }
                // `with US utility Constellation Energy`: the country qualifies the noun
                // before an organization's name, which is the party.
                let described = (last + 1..last + 3).any(|k| {
                    (last..k).all(|x| text.is_lower_word(x))
                        && orgs.at(k).is_some_and(|o| o.first == k)
                });
                if described && !text.is_any(last, words!["and", "or"]) {
                    continue;
                }
                // `a contract with a U.S. utility`, `an Australian-listed`: after `a`, the
                // country qualifies the lower-case noun it stands before; after `the`, a
                // company's (`on behalf of the US utility`).
                if first > 0
                    && (text.is_any(first - 1, words!["a", "an"])
                        || text.is_any(first - 1, words!["the", "its", "their"])
                            && text.is_any(last, COMPANY_NOUNS))
                    && text
                        .tokens
                        .get(last)
                        .is_some_and(|t| t.shape == Shape::Lower)
                    && !text.is_any(last, words!["and", "or"])
                {
                    continue;
                }
                let mut first = first;
                let mut aliases = Vec::new();
                // `Republic of Congo`, `DRC`: the country as the article writes it.
                let (a, b) = text.span(first, last);
                let written = &text.src[a..b];
                if l.form != LocationForm::Demonym && written != l.name {
                    aliases.push(written.to_string());
                }
                // `Government of Pakistan`, `Government of the Republic of Ghana`
                let mut g = first;
                if g >= 4
                    && text.is(g - 1, word!("of"))
                    && text.is(g - 2, word!("republic"))
                    && text.is(g - 3, word!("the"))
                {
                    g -= 3;
                } else if g >= 3 && text.is(g - 1, word!("the")) && text.is(g - 2, word!("of")) {
                    // (`Government of the United Republic of Tanzania`: a name with `the`.)
                    g -= 1;
                }
                if g >= 2 && text.is(g - 1, word!("of")) && text.is(g - 2, word!("government")) {
                    first = g - 2;
                    aliases.push(format!("Government of {}", l.name));
                } else if first >= 2
                    && text.is(first - 1, word!("of"))
                    && text.is(first - 2, word!("republic"))
                    && text.tokens[first - 2].shape == Shape::Title
                    && !(first >= 3
                        && text.tokens[first - 3].is_capitalized(text.src)
                        && !text.is(first - 3, word!("the")))
                {
                    // `on behalf of the Republic of Panama`: the state in its own style
                    // (not `Democratic Republic of`, which the tables name whole).
                    first -= 2;
                    aliases.push(format!("Republic of {}", l.name));
                }
                out.push(PartyMention {
                    first,
                    last,
                    key: Key::Country(l.country.clone().unwrap_or_default()),
                    party: Rc::new(Party {
                        name: l.name.clone(),
                        aliases,
                        party_kind: PartyKind::Country,
                    }),
                });
            }
            // `signed by the European Union and Serbia`: a union of states (a region in
            // the location tables) signs as one body, unless it is where something is
            // (`in the EU`).
            EntityValue::Location(l)
                if l.kind == LocationType::Region
                    && UNIONS_OF_STATES.contains(&l.name.as_str()) =>
            {
                // (Nor what it owns: `under the European Union's Critical Raw Materials
                // Act`.)
                let article = usize::from(first > 0 && text.is(first - 1, word!("the")));
                let possessive = text.is(last, word!("'")) && text.is(last + 1, word!("s"));
                if possessive
                    || (first > article && text.is_any(first - 1 - article, PLACE_PREPOSITIONS))
                {
                    continue;
                }
                let (a, b) = text.span(first, last);
                let written = &text.src[a..b];
                out.push(PartyMention {
                    first,
                    last,
                    key: Key::Name(l.name.clone()),
                    party: Rc::new(Party {
                        name: l.name.clone(),
                        aliases: (written != l.name)
                            .then(|| written.to_string())
                            .into_iter()
                            .collect(),
                        party_kind: PartyKind::Organization,
                    }),
                });
            }
            // `the Congolese government`, `Balochistan government`, `the provincial
            // government of Balochistan`: a government named by its place is a party.
            // (`the City of Nome`, `the Municipality of Vareš`: a town's council in its
            // own style.)
            EntityValue::Location(l)
                if (l.form == LocationForm::Demonym && l.kind == LocationType::Country)
                    || l.kind == LocationType::Subdivision
                    || l.kind == LocationType::City =>
            {
                // (`the Sindh provincial government`)
                // (`the Sichuan Provincial People's Government`: China's style.)
                let after_at = crate::location::government_after(text, last);
                let after = after_at.is_some();
                // (`The Province of British Columbia`, `the State of Nevada`: a
                // subdivision's own style names its government.)
                let styled = |k: usize| {
                    let style = if l.kind == LocationType::City {
                        words![
                            "city",
                            "town",
                            "municipality",
                            "shire",
                            "borough",
                            "village"
                        ]
                    } else {
                        words!["province", "state"]
                    };
                    l.kind != LocationType::Country
                        && text.is_any(k, style)
                        && text.tokens[k].shape == Shape::Title
                };
                let before = first >= 2
                    && text.is(first - 1, word!("of"))
                    && (text.is(first - 2, word!("government")) || styled(first - 2));
                if !(after || before) {
                    continue;
                }
                let (span_first, span_last) = if let Some(government) = after_at {
                    (first, government + 1)
                } else {
                    // (`the Regional Government of Apurímac`: the level of government too.)
                    let level = first >= 3
                        && text.is_any(
                            first - 3,
                            words!["regional", "provincial", "state", "federal", "municipal"],
                        );
                    (first - 2 - usize::from(level), last)
                };
                let (name, kind, key) = if l.kind == LocationType::Country {
                    (
                        l.name.clone(),
                        PartyKind::Country,
                        Key::Country(l.country.clone().unwrap_or_default()),
                    )
                } else if l.kind == LocationType::City {
                    (
                        l.name.clone(),
                        PartyKind::Organization,
                        Key::Name(l.name.clone()),
                    )
                } else {
                    (
                        l.name.clone(),
                        PartyKind::Organization,
                        Key::Country(l.code.clone().unwrap_or_else(|| l.name.clone())),
                    )
                };
                let (a, b) = text.span(span_first, span_last);
                out.push(PartyMention {
                    first: span_first,
                    last: span_last,
                    key,
                    party: Rc::new(Party {
                        name,
                        aliases: vec![text.src[a..b].to_string()],
                        party_kind: kind,
                    }),
                });
            }
            EntityValue::Person(p) => out.push(PartyMention {
                first,
                last,
                key: Key::Person(p.name.clone()),
                party: Rc::new(Party {
                    name: p.name.clone(),
                    aliases: Vec::new(),
                    party_kind: PartyKind::Person,
                }),
            }),
            _ => {}
        }
    }
    out.sort_by_key(|m| m.first);
    out
}

/// Does the noun phrase from token `j` end in an organization, with at most a few
/// lower-case modifiers before it (`Codelco` in `Chile's Codelco`, `state-owned Codelco`,
/// `state miner Gécamines`)? A joining word or a verb ends the phrase first (`Pakistan's
/// government and Barrick`, `China's exports to X`).
fn qualifies_org(text: &Text, orgs: &organization::Found, j: usize) -> bool {
    for k in j..j + 7 {
        if orgs.at(k).is_some() {
            return true;
        }
        // `Guinea's state-owned mining company, the Société Guinéenne ...`
        let modifier = text.tokens.get(k).is_some_and(|t| {
            (t.class == TokenClass::Word && t.shape == Shape::Lower)
                || text.is(k, word!("-"))
                || text.is(k, word!(","))
        }) && !text.is_any(k, QUALIFIER_STOPS)
            && !rules::TRIGGERS_SET.has(text, k);
        if !modifier {
            return false;
        }
    }
    false
}

/// The `and` that joins the agreement noun at token `noun` to what comes before (within
/// the few words before it, after `from`): `..., and a memorandum`, `and, separately, a
/// $75 million loan`, not `and Y to form a joint venture`.
fn joining_and(text: &Text, from: usize, noun: usize) -> Option<usize> {
    (noun.saturating_sub(10).max(from)..noun)
        .rev()
        .take_while(|&k| !text.is_any(k, NOUN_PHRASE_STOPS))
        .find(|&k| text.is(k, word!("and")))
}

/// Words that end the noun phrase of an agreement noun, looking back from it.
const NOUN_PHRASE_STOPS: &[Word] = words![
    "to", "with", "by", "for", "of", "in", "on", "from", "at", "into", "under", "that", "which",
    "who"
];

/// A party found by its place in the sentence (tokens `first..end`), named as written.
fn named_party(text: &Text, first: usize, end: usize) -> PartyMention {
    let (a, b) = text.span(first, end);
    let name = text.src[a..b].to_string();
    PartyMention {
        first,
        last: end,
        key: Key::Name(name.clone()),
        party: Rc::new(Party {
            name,
            aliases: Vec::new(),
            party_kind: PartyKind::Organization,
        }),
    }
}

/// Prepositions that make the country after them a place (`in Tanzania`, `near Peru`).
const PLACE_PREPOSITIONS: &[Word] = words![
    "in",
    "near",
    "at",
    "across",
    "throughout",
    "within",
    "into",
    "inside"
];

/// The entities that start at token `k` (`entities` sorted by start).
fn entities_at<'e>(text: &Text, entities: &'e [Entity], k: usize) -> &'e [Entity] {
    let Some(start) = text.tokens.get(k).map(|t| t.start) else {
        return &[];
    };
    let i = entities.partition_point(|e| e.start < start);
    let n = entities[i..]
        .iter()
        .take_while(|e| e.start == start)
        .count();
    &entities[i..i + n]
}

/// Does a location start at token `k`?
fn location_at(text: &Text, entities: &[Entity], k: usize) -> bool {
    entities_at(text, entities, k)
        .iter()
        .any(|e| matches!(e.value, EntityValue::Location(_)))
}

/// The end of a name of one to five capitalized words at token `k` that no entity starts
/// and no title or agreement noun opens (`Kiran Gems` in `India's Kiran Gems to build`,
/// not `India's Prime Minister`, `China's MoU`).
fn owned_name(text: &Text, entities: &[Entity], k: usize) -> Option<usize> {
    if !entities_at(text, entities, k).is_empty()
        || crate::person::is_title_word(text, k)
        || NOUNS.longest_at(text, k).is_some()
    {
        return None;
    }
    if name_adjective_at(text, k) {
        return None;
    }
    let mut end = k;
    while end < k + 5
        && text.tokens.get(end).is_some_and(|t| {
            t.class == TokenClass::Word
                && t.is_capitalized(text.src)
                && (end == k || t.gap != Gap::Line && t.gap != Gap::Paragraph)
        })
    {
        end += 1;
    }
    // `Japan's Economic Security Promotion Act`, `Chile's National Lithium Strategy`: a
    // law or a policy, which signs nothing.
    if end > k && text.is_any(end - 1, LAW_WORDS) {
        return None;
    }
    (end > k).then_some(end)
}

/// Last words of the names of laws, policies and plans.
const LAW_WORDS: &[Word] = words![
    "act",
    "law",
    "code",
    "bill",
    "decree",
    "ordinance",
    "regulation",
    "regulations",
    "strategy",
    "policy",
    "plan",
    "programme",
    "program",
    "initiative",
    "agenda",
    "vision",
    "constitution"
];

/// `Nasdaq-listed`, `Tokyo-based`: a capitalized word glued by a hyphen to a lower-case
/// one at token `k`, an adjective.
fn name_adjective_at(text: &Text, k: usize) -> bool {
    text.tokens
        .get(k)
        .is_some_and(|t| t.class == TokenClass::Word && t.is_capitalized(text.src))
        && text.is_glued_hyphen(k + 1)
        && text.tokens.get(k + 2).is_some_and(|t| {
            t.gap == Gap::None && t.class == TokenClass::Word && t.shape == Shape::Lower
        })
}

/// `Khanij Bidesh India Limited (KABIL), a joint venture of ... under the Ministry of
/// Mines, Government of India, today signed`: the clause's first party, then an appositive
/// that opens with an article after a comma and closes with a comma right before the verb
/// (and its auxiliaries): the subject is that first party; the parties the appositive
/// names are not subjects. `clause` is where the sentence's own words start (an agreement
/// noun inside the appositive, `a joint venture of`, opens no clause here).
fn appositive_subject(
    text: &Text,
    parties: &[PartyMention],
    clause: usize,
    t: usize,
) -> Option<usize> {
    let k = parties_within(parties, clause, t).next()?;
    // (The party opens the clause, after an article at most.)
    let lead = parties[k].first - clause;
    if lead > 1 || (lead == 1 && !text.is(clause, word!("the"))) {
        return None;
    }
    let mut j = parties[k].last;
    if text.is(j, word!("(")) {
        j = (j..(j + 8).min(t)).find(|&x| text.is(x, word!(")")))? + 1;
    }
    let opens = text.is(j, word!(",")) && text.is_any(j + 1, words!["a", "an", "the"]);
    let e = past_auxiliaries(text, j, t);
    (opens && e > j + 2 && text.is(e - 1, word!(","))).then_some(k)
}

/// Where the subject of the verb at `t` ends: before the auxiliaries and adverbs right
/// before it (`has`, `will`, `also`, `previously`, `today`, `on Tuesday`), not before
/// `from`.
fn past_auxiliaries(text: &Text, from: usize, t: usize) -> usize {
    let mut e = t;
    loop {
        if e > from
            && text.is_any(
                e - 1,
                words![
                    "has",
                    "have",
                    "had",
                    "also",
                    "will",
                    "would",
                    "previously",
                    "already",
                    "recently",
                    "earlier",
                    "today",
                    "yesterday",
                    "formally",
                    "officially",
                    "jointly"
                ],
            )
        {
            e -= 1;
        } else if e > from + 1 && text.is(e - 2, word!("on")) && CALENDAR_SET.has(text, e - 1) {
            // `KABIL, a joint venture of ..., on Tuesday signed`
            e -= 2;
        } else {
            return e;
        }
    }
}

/// `Ukaleq Minerals A/S, which is developing a project in southern Greenland, has
/// signed`, `X, a company owned by the provincial government, signed`: a relative clause
/// or an appositive between commas right before the verb at `t` (past auxiliaries) says
/// more of the subject before it. Returns the comma that opens it when a
/// party ends right there.
fn relative_clause_open(
    text: &Text,
    parties: &[PartyMention],
    from: usize,
    t: usize,
) -> Option<usize> {
    let e = past_auxiliaries(text, from, t);
    if e < from + 3 || !text.is(e - 1, word!(",")) {
        return None;
    }
    let open = (e.saturating_sub(30).max(from + 1)..e - 1)
        .rev()
        .find(|&k| {
            text.is_any(k, words!["which", "that", "a", "an", "the"]) && text.is(k - 1, word!(","))
        })?;
    let comma = open - 1;
    // (No verb of agreement inside: `X, which signed with Y, said`.)
    let clean = !(open..e).any(|k| rules::TRIGGERS_SET.has(text, k));
    (clean && party_ending_at(parties, comma).is_some()).then_some(comma)
}

/// Is the subject right before the verb at `t` (after `from`, past auxiliaries) `the
/// company` or another noun a story uses for its main company (`the miner`, `the firm`)?
fn company_subject(text: &Text, from: usize, t: usize) -> bool {
    let e = past_auxiliaries(text, from, t);
    // `the company`, `the Vancouver-based developer`, `the ASX-listed miner`: the noun
    // and a few modifiers (words and the hyphens that join them) after `the`.
    let the = (e.saturating_sub(7).max(from)..e.saturating_sub(1))
        .rev()
        .take_while(|&k| {
            text.is(k, word!("the"))
                || text.is(k, word!("-"))
                || text.tokens[k].class == TokenClass::Word
        })
        .find(|&k| text.is(k, word!("the")));
    e >= from + 2
        && the.is_some()
        && text.is_any(
            e - 1,
            words![
                "company",
                "miner",
                "firm",
                "group",
                "developer",
                "producer",
                "explorer"
            ],
        )
}

/// Is the subject right before the verb at `t` (after `from`, past auxiliaries) `the two
/// companies`, `both sides` or the like, standing for the last two parties named? Gives
/// the kind of party the noun names (`companies`, `governments`), `None` for any (`sides`,
/// `partners`).
/// Regions of the location tables that are unions of states and sign agreements as one.
const UNIONS_OF_STATES: &[&str] = &["European Union"];

/// A company's organs, which sign for it and are no party (`Chairman of the Management
/// Board`).
const ORGANS: &[&str] = &[
    "board",
    "management board",
    "supervisory board",
    "executive board",
    "board of directors",
    "executive committee",
    "management committee",
];

/// Nouns whose `by` names who acts on an agreement without being a party to it (`a
/// recommendation by the Department`, `approval by the regulator`).
const BY_NOUNS: &[Word] = words![
    "recommendation",
    "approval",
    "decision",
    "request",
    "proposal",
    "review",
    "ruling",
    "order",
    "resolution",
    "investigation"
];

/// Verbs whose `by` names who holds a ceremony, not who signs (`a ceremony led by`).
const CEREMONY_VERBS: &[Word] = words![
    "led",
    "chaired",
    "hosted",
    "presided",
    "attended",
    "accompanied",
    "organised",
    "organized",
    "opened",
    "welcomed",
    // `after talks brokered by the PCM and MINEM`: who mediates signs nothing.
    "brokered",
    "mediated",
    "facilitated"
];

/// Nouns for another company of a signer's group (`on behalf of the Ethiopian
/// subsidiary`), besides [`organization::SUBSIDIARY_WORDS`].
const GROUP_COMPANIES: &[Word] = words!["subsidiaries", "parent", "venture", "vehicle"];

/// Words for the paper an agreement already reported is signed as: `The document was
/// signed by`, `The seven-year facility was signed by`, `The amendment was signed on
/// behalf of X by` (an amending agreement, or the amended one).
const DOCUMENT_WORDS: &[Word] = words![
    "document",
    "documents",
    "facility",
    "facilities",
    "amendment",
    "amendments"
];

/// Nouns that say what a general agreement is for (`share purchase agreement`, `supply
/// agreement`, `investment agreement`).
const DEAL_PURPOSES: &[Word] = words![
    "purchase",
    "sale",
    "subscription",
    "merger",
    "arrangement",
    "acquisition",
    "investment",
    "shareholders",
    "shareholder",
    "supply",
    "royalty",
    "stream",
    "streaming",
    "stability",
    "implementation",
    "lease"
];

/// Verbs of an authority that approves, or undoes, an agreement others made.
const APPROVALS: &[Word] = words![
    "ratified",
    "ratifies",
    "ratify",
    "endorsed",
    "endorses",
    "upheld",
    "voided",
    "voids",
    "annulled",
    "annuls",
    "nullified",
    "overturned",
    "quashed"
];

/// Verbs of consent that a lender also uses of its own loan (`NAIF has approved a loan`).
const CONSENTS: &[Word] = words!["approved", "approves", "approve", "cleared", "clears"];

/// Plural nouns for companies: `the two companies`, `companies from the two countries`.
const PLURAL_SUBJECTS: &[Word] = words![
    "companies",
    "firms",
    "groups",
    "miners",
    "producers",
    "businesses"
];

fn pair_subject(text: &Text, from: usize, t: usize) -> Option<Option<PartyKind>> {
    let e = past_auxiliaries(text, from, t);
    let two = e >= from + 3 && text.is(e - 3, word!("the")) && text.is(e - 2, word!("two"));
    let both = e >= from + 2 && text.is(e - 2, word!("both"));
    if !(two || both) {
        return None;
    }
    // (`companies from the two countries concluded`: the pair qualifies another noun.)
    let opens = if two { e - 3 } else { e - 2 };
    if opens > from && text.is_any(opens - 1, words!["from", "of", "in", "between"]) {
        return None;
    }
    let noun = e - 1;
    if text.is_any(noun, PLURAL_SUBJECTS) {
        Some(Some(PartyKind::Organization))
    } else if text.is_any(
        noun,
        words!["countries", "governments", "nations", "states"],
    ) {
        Some(Some(PartyKind::Country))
    } else if text.is_any(noun, words!["sides", "parties", "partners"]) {
        Some(None)
    } else {
        None
    }
}

/// The last two distinct parties (of `kind`, if given) named in the few sentences before
/// token `before`: whom `the two companies` stands for. Empty unless there are two.
fn last_two(
    text: &Text,
    parties: &[PartyMention],
    before: usize,
    kind: Option<PartyKind>,
) -> Vec<usize> {
    let si = text.sentence_of_token(before);
    let since = text
        .sentences
        .get(si.saturating_sub(4))
        .map_or(0, |x| x.first);
    let end = parties.partition_point(|p| p.first < before);
    let mut out: Vec<usize> = Vec::new();
    for k in (0..end).rev().take(60) {
        let p = &parties[k];
        if p.first < since || out.len() == 2 {
            break;
        }
        let fits =
            kind.is_none_or(|x| p.party.party_kind == x) && p.party.party_kind != PartyKind::Person;
        if fits && !out.iter().any(|&o| parties[o].key == p.key) {
            out.push(k);
        }
    }
    if out.len() == 2 {
        out.reverse();
        out
    } else {
        Vec::new()
    }
}

/// The organization named most often before token `before` (the earliest on a tie): a
/// story's main company. One of its mentions. Only the last few hundred mentions count,
/// so that a document of any length costs each look-up the same.
fn main_company(parties: &[PartyMention], before: usize) -> Option<usize> {
    let end = parties.partition_point(|p| p.first < before);
    let from = end.saturating_sub(300);
    let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (org, mentions, a mention)
    for (k, p) in parties
        .iter()
        .enumerate()
        .take(end)
        .skip(from)
        .filter(|(_, p)| p.last <= before)
    {
        if let Key::Org(org) = p.key {
            match counts.iter_mut().find(|c| c.0 == org) {
                Some(c) => c.1 += 1,
                None => counts.push((org, 1, k)),
            }
        }
    }
    // `max_by_key` keeps the last of equals: reversed, the earliest wins a tie.
    counts.iter().rev().max_by_key(|c| c.1).map(|c| c.2)
}

/// Head nouns that official statements use alone, capitalized, for a body named in full
/// before (`The Ministry also signed`, `the Fund's board`).
const HEAD_REFERENCES: &[Word] = words![
    "ministry",
    "fund",
    "bank",
    "authority",
    "agency",
    "commission",
    "corporation",
    "council",
    "board",
    "department",
    "government"
];

/// `the Ministry`, `the Fund`: a capitalized head noun after `the`, standing alone, is the
/// nearest organization named before it whose name opens or ends with that word
/// (`Ministry of Industry and Mineral Resources`, `Saudi Industrial Development Fund`,
/// `U.S. Department of Energy`).
fn head_references(
    text: &Text,
    parties: &[PartyMention],
    entities: &[Entity],
) -> Vec<PartyMention> {
    let mut out = Vec::new();
    // `Kumul Minerals, acting on behalf of the State`, `signed for the State`: the
    // country the article names most (the national government, as Papua New Guinean and
    // Solomon Islands news write it). (Looked for when first needed.)
    let main_country = std::cell::OnceCell::new();
    let main_country = || {
        main_country
            .get_or_init(|| {
                let mut counts: Vec<(&str, usize, &str)> = Vec::new();
                for e in entities {
                    if let EntityValue::Location(l) = &e.value {
                        if l.kind != LocationType::Country {
                            continue;
                        }
                        let Some(code) = l.country.as_deref() else {
                            continue;
                        };
                        match counts.iter_mut().find(|c| c.0 == code) {
                            Some(c) => c.1 += 1,
                            None => counts.push((code, 1, l.name.as_str())),
                        }
                    }
                }
                // (`max_by_key` keeps the last of equals: reversed, the first named wins.)
                counts
                    .iter()
                    .rev()
                    .max_by_key(|c| c.1)
                    .map(|c| (c.0.to_string(), c.2.to_string()))
            })
            .clone()
    };
    let defined_company = std::cell::OnceCell::new();
    for k in text.positions(word!("the")) {
        let h = k + 1;
        let capital = text
            .tokens
            .get(h)
            .is_some_and(|t| t.class == TokenClass::Word && t.shape == Shape::Title);
        let state = capital
            && text.is(h, word!("state"))
            && text.tokens.get(h + 1).is_none_or(|t| {
                let name_goes_on = t.class == TokenClass::Word && t.is_capitalized(text.src);
                !(name_goes_on || text.is_any(h + 1, words!["of", "for", "-", "'"]))
            });
        if state && party_starting_at(parties, h).is_none() {
            if let Some((code, name)) = main_country() {
                out.push(PartyMention {
                    first: h,
                    last: h + 1,
                    key: Key::Country(code),
                    party: Rc::new(Party {
                        name,
                        aliases: Vec::new(),
                        party_kind: PartyKind::Country,
                    }),
                });
            }
            continue;
        }
        // `to be signed by the Company, Ghana's Ministry of Lands ...`: the party a press
        // release defines as `the Company` (`Atlantic Lithium Limited ("Atlantic Lithium"
        // or the "Company")`), named before.
        if capital
            && text.is(h, word!("company"))
            && !text.is(k.wrapping_sub(1), word!("\""))
            && !text.is(h + 1, word!("\""))
            && party_starting_at(parties, h).is_none()
        {
            let defined = defined_company.get_or_init(|| defined_company_at(text, parties));
            if let Some(d) = defined.filter(|&d| parties[d].first < k) {
                out.push(PartyMention {
                    first: h,
                    last: h + 1,
                    key: parties[d].key.clone(),
                    party: Rc::clone(&parties[d].party),
                });
            }
            continue;
        }
        if !capital || !text.is_any(h, HEAD_REFERENCES) {
            continue;
        }
        // Alone: not the start of a longer name (`the Bank of Africa`, `the Fund Manager`).
        let alone = text.tokens.get(h + 1).is_none_or(|t| {
            let name_goes_on = t.class == TokenClass::Word && t.is_capitalized(text.src);
            !name_goes_on && !text.is_any(h + 1, words!["of", "for"])
        });
        if !alone || party_starting_at(parties, h).is_some() {
            continue;
        }
        let head = text.str(h);
        let end = parties.partition_point(|p| p.first < k);
        // (Its first word, or its second after a country's abbreviation or adjective:
        // `the Department` for the `U.S. Department of Energy`.)
        // (`the Government` after `the Government of the United Republic of Tanzania`:
        // the country whose government was named.)
        let government = text.is(h, word!("government"));
        let named = parties[..end].iter().rev().take(200).find(|p| {
            if government {
                return matches!(p.key, Key::Country(_)) && text.is(p.first, word!("government"));
            }
            matches!(p.key, Key::Org(_)) && {
                let name = &p.party.name;
                name.split(' ')
                    .take(2)
                    .any(|w| w.eq_ignore_ascii_case(head))
                    || name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(head))
            }
        });
        if let Some(p) = named {
            out.push(PartyMention {
                first: h,
                last: h + 1,
                key: p.key.clone(),
                party: Rc::clone(&p.party),
            });
        }
    }
    out
}

/// `Separately, Liontown inked a facility with EFA. The company also signed`: the company
/// that opened the sentence before (past an opening adverb and its comma), which `the
/// company` right after names again.
fn recent_subject(text: &Text, parties: &[PartyMention], si: usize) -> Option<usize> {
    let body = body_start(text, si.checked_sub(1)?);
    let from = match (text.tokens.get(body), text.is(body + 1, word!(","))) {
        (Some(t), true) if t.shape != Shape::Lower && t.class == TokenClass::Word => body + 2,
        _ => body,
    };
    party_starting_at(parties, from).filter(|&k| matches!(parties[k].key, Key::Org(_)))
}

/// `Nouveau Monde Graphite Inc. ("NMG" or the "Company")`: the party a press release
/// defines as `the Company`, what `the Company` means all through it.
fn defined_company_at(text: &Text, parties: &[PartyMention]) -> Option<usize> {
    let quoted_company = |k: usize| text.is(k, word!("company")) && text.is(k - 1, word!("\""));
    parties.iter().position(|p| {
        matches!(p.key, Key::Org(_))
            && ((p.first + 1..p.last).any(quoted_company)
                // (`Panoro Minerals Ltd. ("Panoro" or the "Company")`: the definition
                // after the mention, inside its brackets.)
                || (p.last..p.last + 10)
                    .take_while(|&k| !text.is_any(k, words![")", "."]))
                    .any(quoted_company))
    })
}

/// Verbs of buying after `agreed to` (`agreed to acquire`, `agrees to buy`).
const ACQUIRE_VERBS: &[Word] = words!["acquire", "buy", "purchase"];

/// Words that open a new clause: parties after one are not coordinated with those before
/// (`... with AGML to reopen a mine, while GoldBod signed`).
const CLAUSE_OPENERS: &[Word] =
    words!["while", "whereas", "but", "although", "though", "after", "before", "when"];

/// Words that open a subordinate clause: a verb before one does not govern a noun in it.
const SUBORDINATORS: &[Word] = words!["before", "until", "once", "unless", "if"];

/// Kinds named by nouns that fit any agreement (`the agreement`, `the deal`, `the
/// contract`), not one kind of it.
fn is_generic(kind: AgreementKind) -> bool {
    matches!(
        kind,
        AgreementKind::Agreement | AgreementKind::Contract | AgreementKind::Deal
    )
}

/// Nouns for a government after a country's possessive (`Chile's government`).
const GOVERNMENT_WORDS: &[Word] = words!["government", "cabinet", "ministry"];

/// The last word of a company officer's title before `of` and the company (`Chief
/// Executive Officer of`, `President of`, `Managing Director of`), not a minister's.
const COMPANY_OFFICERS: &[Word] = words![
    "officer",
    "president",
    "chairman",
    "chairwoman",
    "chairperson",
    "director",
    "ceo",
    "manager",
    "founder"
];

/// Plural nouns for those a list of countries after `from` says where they come from
/// (`partners from Kazakhstan, Pakistan and India`).
const ORIGIN_NOUNS: &[Word] = words![
    "partners",
    "companies",
    "firms",
    "investors",
    "groups",
    "miners",
    "producers",
    "buyers",
    "delegations",
    "officials",
    "executives",
    "representatives"
];

/// Nouns for a company that a country may qualify (`the US utility`, `the Chinese
/// miner`): the company is meant, not the country.
const COMPANY_NOUNS: &[Word] = words![
    "utility",
    "company",
    "firm",
    "miner",
    "group",
    "producer",
    "smelter",
    "refiner",
    "lender",
    "bank",
    "trader",
    "developer",
    "operator",
    "buyer",
    "steelmaker",
    "automaker",
    "carmaker",
    "conglomerate",
    "investor",
    "subsidiary",
    "unit"
];

/// Lower-case words that end a possessive's noun phrase before any organization.
const QUALIFIER_STOPS: &[Word] = words![
    "and",
    "or",
    "with",
    "to",
    "from",
    "for",
    "by",
    "of",
    "in",
    "on",
    "at",
    "has",
    "have",
    "had",
    "is",
    "was",
    "will",
    "would",
    "said",
    "government",
    "cabinet",
    "ministry",
    "agreed",
];

/// The parties that open a clause at `from` (after an optional `the`, and at most `lead`
/// more words: `the Provincial Government of X`), with those listed with them; none when
/// no party starts there.
fn opening_parties(
    text: &Text,
    parties: &[PartyMention],
    from: usize,
    lead: usize,
    until: usize,
) -> Vec<usize> {
    let start = from + usize::from(text.is(from, word!("the")));
    let k = parties.partition_point(|p| p.first < start);
    if parties
        .get(k)
        .is_some_and(|p| (start..=start + lead).contains(&p.first))
    {
        listed_parties(text, parties, start, until)
    } else {
        Vec::new()
    }
}

/// Party mentions from `from` on, joined by `,`/`and`, up to the end of the clause.
fn listed_parties(text: &Text, parties: &[PartyMention], from: usize, until: usize) -> Vec<usize> {
    // (Not the dot of an abbreviation: `H.E. Mr. Lee`, `Sumitomo Metal Mining Co.`.)
    let abbreviation_dot = |x: usize| {
        x > 0
            && text.tokens[x].gap == Gap::None
            && (text.tokens[x - 1].end - text.tokens[x - 1].start == 1
                || crate::person::is_title_word(text, x - 1))
    };
    // (`under the patronage of His Excellency X`, `under the auspices of`: a patron
    // watches too.)
    let witness_at = |x: usize| {
        text.is_any(
            x,
            words!["presence", "witnessed", "attended", "patronage", "auspices"],
        )
    };
    // (`with Governor Hernán Lozano looking on`: who watches after the name.)
    // (`..., Kazinform News Agency correspondent reports`: who reports it, after the name.)
    let watching_at = |x: usize| {
        (text.is(x, word!("looking")) && text.is(x + 1, word!("on")))
            || text.is_any(
                x,
                words!["watching", "reports", "reported", "correspondent"],
            )
            || (text.is(x, word!("in")) && text.is(x + 1, word!("attendance")))
    };
    let mut out = Vec::new();
    let mut j = from;
    // Skip a few words before the first party (`the US-based firm`).
    let mut slack = 6;
    while j < until {
        if let Some(k) = party_starting_at(parties, j) {
            if watching_at(parties[k].last) {
                break;
            }
            // `Taro Sato, Executive Officer, Metals Division,`: a unit of the signer's
            // company, in the signer's title, is no party.
            let after_person = out
                .last()
                .is_some_and(|&p: &usize| parties[p].party.party_kind == PartyKind::Person);
            if after_person && unit_of_company(text, &parties[k]) {
                j = parties[k].last;
                continue;
            }
            out.push(k);
            j = parties[k].last;
            // an acronym in brackets after the name
            if text.is(j, word!("(")) {
                while j < until && !text.is(j, word!(")")) {
                    j += 1;
                }
                j += 1;
            }
            // `Graham Whitlock, Chief Executive Officer of Talon Metals Corp., on behalf of
            // Talon Nickel`, `Jordan Hale, Vice President, Battery Raw Materials, on behalf
            // of GM`: past the signer's title (and employer) to whom the signer binds.
            if parties[k].party.party_kind == PartyKind::Person {
                if let Some(at) = behalf_past_title(text, parties, j, until) {
                    j = at;
                } else if let Some((and, employer)) = appositive_to_and(text, parties, j, until) {
                    // `Nino Beridze, IFC's resident representative for Georgia, and David
                    // Abashidze`: past a signer's description (with whom it names them
                    // for: `IFC's`) to the next signer.
                    out.extend(employer);
                    j = and;
                }
            }
            slack = 3;
            continue;
        }
        // `by X and five lenders: the EIB, KfW IPEX-Bank and ING`, `between the following
        // parties:`: a few lower-case words and a colon that introduce the rest of the list.
        if let Some(colon) = (j + 1..(j + 5).min(until)).find(|&x| text.is(x, word!(":"))) {
            let intro = (j..colon)
                .all(|x| text.is_lower_word(x) || text.tokens[x].class == TokenClass::Number);
            if intro
                && party_starting_at(
                    parties,
                    colon + 1 + usize::from(text.is(colon + 1, word!("the"))),
                )
                .is_some()
            {
                j = colon + 1;
                slack = 3;
                continue;
            }
        }
        if text.is(j, word!(";")) || (text.is(j, word!(".")) && !abbreviation_dot(j)) {
            break;
        }
        // `..., in the presence of Chief Minister X`: who watches does not sign.
        if witness_at(j) {
            break;
        }
        // `by X, who heads Mubadala's metals investments, and Y`: a relative clause about a
        // signer, up to its closing comma, is passed over.
        if !out.is_empty() && text.is(j, word!("who")) && text.is(j - 1, word!(",")) {
            if let Some(close) = (j + 1..(j + 16).min(until)).find(|&x| text.is(x, word!(","))) {
                j = close;
                continue;
            }
        }
        // `by Ganfeng's wholly owned subsidiary GFL International`: the subsidiary is the
        // party, not its owner named in passing.
        if text.is(j, word!("'")) && text.is(j + 1, word!("s")) {
            let owner = out.last().copied().filter(|&p| parties[p].last == j);
            let unit = (j + 2..(j + 7).min(until)).find(|&x| {
                text.is_any(x, organization::SUBSIDIARY_WORDS)
                    && party_starting_at(parties, x + 1).is_some()
            });
            if let (Some(_), Some(u)) = (owner, unit) {
                out.pop();
                j = u + 1;
                continue;
            }
        }
        // `led by EDC, with CIBC and National Bank of Canada as co-lenders`: more parties
        // of the same deal after `, with`, when a role of theirs follows.
        if !out.is_empty() && text.is(j, word!(",")) && text.is(j + 1, word!("with")) {
            let role_follows = (j + 3..(j + 24).min(until))
                .take_while(|&x| !text.is_any(x, words![";", "."]) || abbreviation_dot(x))
                .any(|x| {
                    text.is(x, word!("as"))
                        && (x + 1..x + 4).any(|r| {
                            text.is_any(
                                r,
                                words![
                                    "lenders",
                                    "lender",
                                    "partners",
                                    "investors",
                                    "arrangers",
                                    "guarantors",
                                    "shareholders"
                                ],
                            )
                        })
                });
            if role_follows {
                j += 2;
                slack = 3;
                continue;
            }
        }
        // `by X as buyer, Y as seller and Z as guarantor`: each party's role is passed
        // over.
        if !out.is_empty() && text.is(j, word!("as")) {
            let role = j + 1 + usize::from(text.is_any(j + 1, words!["the", "a"]));
            if text.is_lower_word(role)
                && text.is_any(role + 1, words![",", "and", ";", "."])
                && role < until
            {
                j = role + 1;
                continue;
            }
        }
        // `and the Government of the Republic of Korea`: the words that open a
        // government's name cost no slack.
        if text.is(j, word!("government")) && text.is(j + 1, word!("of")) {
            j += 2;
            continue;
        }
        // `X on behalf of the provincial government, Y and Z`: whom a signer binds, then
        // the list goes on.
        if !out.is_empty() && behalf_at(text, j) {
            j += 3;
            let start = j + usize::from(text.is(j, word!("the")));
            if let Some(k) = party_starting_at(parties, start) {
                out.push(k);
                j = parties[k].last;
            } else {
                let stop =
                    (j..(j + 5).min(until)).find(|&x| text.is_any(x, words![",", "and", ";", "."]));
                j = stop.unwrap_or(j);
            }
            slack = 3;
            continue;
        }
        // `between X (IRH), an Abu Dhabi-based mining investment company, Y and Z`: an
        // appositive that says what the last party is, up to its closing comma, is passed
        // over when another party follows it.
        if !out.is_empty() && text.is(j, word!(",")) && text.is_any(j + 1, words!["a", "an", "the"])
        {
            let close = (j + 2..(j + 14).min(until))
                .take_while(|&x| {
                    !text.is_any(x, words![";", ".", "which", "who", "that"])
                        && party_starting_at(parties, x).is_none()
                })
                .find(|&x| text.is(x, word!(",")));
            if let Some(c) = close {
                let next = c + 1 + usize::from(text.is(c + 1, word!("and")));
                if party_starting_at(parties, next).is_some() {
                    j = next;
                    continue;
                }
            }
        }
        // `two contracts, one with X and one with Y`, `... and another with Y`: each
        // `one with` names the next party of the list.
        if !out.is_empty()
            && text.is_any(j, words!["one", "another"])
            && text.is(j + 1, word!("with"))
        {
            j += 2;
            slack = 3;
            continue;
        }
        // `X and its parent company, Vancouver-based Y`: a possessive description of the
        // next party, up to its comma, is passed over.
        if !out.is_empty() && text.is_any(j, words!["its", "their"]) {
            // (`X and its wholly owned New Zealand subsidiary Y`: up to the noun that says
            // what the next party is to the one before.)
            let relation = (j + 1..(j + 8).min(until))
                .take_while(|&x| text.tokens[x].class == TokenClass::Word || text.is(x, word!("-")))
                .find(|&x| {
                    text.is_any(x, words!["subsidiary", "subsidiaries", "unit", "affiliate"])
                });
            if let Some(r) = relation {
                j = r + 1;
                continue;
            }
            let close = (j + 1..(j + 6).min(until))
                .take_while(|&x| text.is_lower_word(x) || text.is(x, word!(",")))
                .find(|&x| text.is(x, word!(",")));
            if let Some(c) = close.filter(|&c| c > j + 1) {
                j = c + 1;
                continue;
            }
        }
        // A title runs up to the person it names: `Minister of Industry and Construction,
        // Yerlan Sadykov`, `senior vice-president for exploration Faisal Al-Harbi`.
        // (Past an organization inside the title, `Director General for Mineral
        // Resources, Mr. Kenji Morita`, and the dot of an abbreviated title.)
        // (`co-chief executive`: a title with its prefix.)
        // (`MSC group chief executive officer Kamal Idris`: `group` before a title.)
        // (`Panasonic Energy procurement chief Hiroshi Tanabe`: the field a title covers,
        // in lower case before it.)
        let co_title = text.is(j, word!("co"))
            && text.is(j + 1, word!("-"))
            && crate::person::is_title_word(text, j + 2)
            || text.is(j, word!("group")) && crate::person::is_title_word(text, j + 1)
            || !out.is_empty()
                && text.is_lower_word(j)
                && !text.is_any(j, QUALIFIER_STOPS)
                && !text.is(j, word!("the"))
                && crate::person::is_title_word(text, j + 1);
        let title = co_title || crate::person::is_title_word(text, j);
        if title {
            let next = parties.partition_point(|p| p.first < j);
            let ends_sentence =
                |x: usize| text.is(x, word!(";")) || text.is(x, word!(".")) && !abbreviation_dot(x);
            let person = parties[next..]
                .iter()
                .take_while(|p| p.first <= j + 20 && p.first < until)
                .find(|p| p.party.party_kind == PartyKind::Person)
                .filter(|p| !(j..p.first).any(|x| ends_sentence(x) || witness_at(x)));
            if let Some(p) = person {
                j = p.first;
                continue;
            }
        }
        // `with a consortium of local banks led by Habib Bank Limited`: the lenders' lead
        // names the lenders' side.
        if out.is_empty()
            && text.is(j, word!("led"))
            && text.is(j + 1, word!("by"))
            && (j.saturating_sub(5)..j).any(|x| {
                text.is_any(
                    x,
                    words!["banks", "lenders", "consortium", "syndicate", "financiers"],
                )
            })
        {
            j += 2;
            slack = 3;
            continue;
        }
        // `and state development bank Bank Gospodarstwa Krajowego`: a few lower-case words
        // ending in a noun for a company say what the next party is.
        if !out.is_empty() && text.is_lower_word(j) {
            let noun = (j..(j + 4).min(until))
                .take_while(|&x| text.is_lower_word(x))
                .find(|&x| organization::is_descriptor(text, x));
            if let Some(d) = noun.filter(|&d| party_starting_at(parties, d + 1).is_some()) {
                j = d + 1;
                continue;
            }
        }
        // Between listed parties only joiners and modifiers (`and China's`, `and Abu
        // Dhabi-based`, `and state-owned`, `and KGHM vice-president`) may stand.
        let joiner = text.is_any(j, words!["and", ",", "the", "&"]);
        // Titles and possessives cost no slack: `by the bank's vice-president, Helena
        // Varga, and Savannah's chief executive, Tomás Farinha`.
        // (`with Attijariwafa bank and Bank of Africa`: a company's noun in lower case
        // right after its name is part of how it is written.)
        let company_noun = out
            .last()
            .is_some_and(|&p: &usize| parties[p].last == j && text.is_lower_word(j))
            && text.is_any(j, words!["bank", "group", "company"]);
        let free = title || company_noun || text.is_any(j, words!["'", "s", "-"]);
        let modifier = free
            || text.is_any(j, words!["based", "owned", "backed", "listed"])
            || text.tokens[j].is_capitalized(text.src);
        if !out.is_empty() && !joiner && !modifier {
            break;
        }
        if !out.is_empty() && joiner && !text.is(j, word!("the")) {
            slack = slack.max(4);
        }
        if !free {
            if slack == 0 {
                break;
            }
            slack -= 1;
        }
        j += 1;
    }
    out
}

struct Draft {
    agreement: Agreement,
    parties: Vec<usize>,
    mentions: Vec<usize>,
    sentences: Vec<usize>,
}

impl Draft {
    /// A new agreement of `kind` made in sentence `si`, its trigger the token `tk`.
    fn new(text: &Text, kind: AgreementKind, tk: usize, si: usize) -> Draft {
        let (ts, te) = text.span(tk, tk + 1);
        Draft {
            agreement: Agreement {
                kind,
                trigger: Trigger {
                    text: text.src[ts..te].to_string(),
                    start: ts,
                    end: te,
                },
                parties: Vec::new(),
                value: None,
                minerals: Vec::new(),
                sentence: si,
            },
            parties: Vec::new(),
            mentions: Vec::new(),
            sentences: Vec::new(),
        }
    }

    /// Binds party mention `k`: a mention once, a party once per key.
    fn bind(&mut self, parties: &[PartyMention], k: usize) {
        if !self.mentions.contains(&k) {
            self.mentions.push(k);
        }
        if !self
            .parties
            .iter()
            .any(|&p| parties[p].key == parties[k].key)
        {
            self.parties.push(k);
        }
    }
}

/// Finds agreements in `text` and a signatory entity for each party mention.
/// `entities` are the resolved entities of the other kinds, sorted by start (as
/// [`crate::pipeline::resolve_overlaps`] returns them): the rules look them up by
/// position.
// Kept out of line: one call per document, and profiles then show each kind.
#[inline(never)]
pub fn find(
    text: &Text,
    orgs: &organization::Found,
    entities: &[Entity],
) -> (Vec<Agreement>, Vec<Entity>) {
    find_from(text, &NOUNS.find_all(text), orgs, entities)
}

/// The agreement nouns (`memorandum of understanding`, `offtake agreement`, `MoU`), the
/// lexicon that [`find_from`] takes the matches of.
pub fn nouns() -> &'static Lexicon<AgreementKind> {
    &NOUNS
}

/// [`find`] from the agreement nouns already found in `text`: `nouns` are the matches of
/// [`nouns()`], in order, as its `find_all` or a
/// [`MultiFilter`](crate::gazetteer::MultiFilter) walk gives them.
pub fn find_from(
    text: &Text,
    nouns: &[LexMatch],
    orgs: &organization::Found,
    entities: &[Entity],
) -> (Vec<Agreement>, Vec<Entity>) {
    // `an $80 million facility with Export Finance Australia`: a facility alone is a loan
    // only right after its sum (not `the processing facility`, nor the `Facility` of the
    // Northern Australia Infrastructure Facility).
    // (`a $620 million commercial facility`: one adjective may stand between.)
    let after_sum = |k: usize| {
        text.tokens[k].class == TokenClass::Number
            || crate::number::scale_at(text, k, false).is_some()
    };
    let bare_facility = |m: &LexMatch| {
        m.last - m.first == 1
            && text.is(m.first, word!("facility"))
            && !(m.first > 0 && after_sum(m.first - 1)
                || m.first > 1
                    && text.is_any(
                        m.first - 1,
                        words![
                            "commercial",
                            "credit",
                            "term",
                            "standby",
                            "syndicated",
                            "senior"
                        ],
                    )
                    && after_sum(m.first - 2))
    };
    let kept: Vec<LexMatch>;
    let nouns = if nouns.iter().any(bare_facility) {
        kept = nouns
            .iter()
            .filter(|m| !bare_facility(m))
            .copied()
            .collect();
        &kept[..]
    } else {
        nouns
    };
    let with_acronyms: Vec<LexMatch>;
    let nouns = match acronym_nouns(text, nouns) {
        Some(all) => {
            with_acronyms = all;
            &with_acronyms[..]
        }
        None => nouns,
    };
    let mut parties = party_mentions(text, orgs, entities);
    // `..., according to the Jordan News Agency, Petra`: who is cited for the news signs
    // nothing there (its other mentions stay).
    parties.retain(|p| {
        let the = usize::from(p.first > 0 && text.is(p.first - 1, word!("the")));
        !(p.first >= 2 + the
            && text.is(p.first - 1 - the, word!("to"))
            && text.is(p.first - 2 - the, word!("according")))
    });
    let heads = head_references(text, &parties, entities);
    if !heads.is_empty() {
        parties.extend(heads);
        parties.sort_by_key(|p| p.first);
    }
    // `Eskom has signed`: in a sentence with an agreement noun and a trigger but no known
    // party before the trigger, a capitalized name right before it (only auxiliaries
    // between) is the subject.
    let mut bare = 0;
    // Is there a known mention within `body..t`? The known mentions are sorted by start
    // (one may lie inside another): with the least end from each on, one binary search
    // answers. Subjects found here are appended in text order and looked at from the end.
    let known = parties.len();
    // Objects found by position, added after the pass (which reads the known mentions).
    let mut extra: Vec<PartyMention> = Vec::new();
    let mut least_end: Vec<usize> = parties.iter().map(|p| p.last).collect();
    for k in (1..least_end.len()).rev() {
        least_end[k - 1] = least_end[k - 1].min(least_end[k]);
    }
    for m in nouns {
        let si = text.sentence_of_token(m.first);
        let s = text.sentences[si];
        let body = body_start(text, si);
        let Some(t) = (body..s.last).find(|&k| rules::TRIGGERS_SET.has(text, k)) else {
            continue;
        };
        // `signed an offtake agreement with PowerCo, the battery unit of ...`: a name right
        // after the noun's `with` that no rule found is the other party.
        // So is each name of the list that follows, past a few lower-case words that
        // describe them (`with manganese exporters South32 and Assmang`).
        if text.is(m.last, word!("with")) {
            // `with Nasdaq-listed Critical Metals`, `with Tokyo-based X`: an adjective
            // made of a name is no party.
            let mut open = m.last + 1;
            while name_adjective_at(text, open) {
                open += 3;
            }
            let mut j = open;
            while j < m.last + 4 && text.is_lower_word(j) && !text.is_any(j, QUALIFIER_STOPS) {
                j += 1;
            }
            // A name no rule knows counts right after `with`, or after `and` that joins
            // it to a known party; not after a descriptor (`with an Ontario Crown
            // corporation`, `with the Centre d'Expertise`).
            let mut unknown_ok = j == open;
            for _ in 0..4 {
                if let Some(k) = party_starting_at(&parties[..known], j) {
                    j = parties[k].last;
                    unknown_ok = true;
                } else if let Some(end) = owned_name(text, entities, j).filter(|_| unknown_ok) {
                    extra.push(named_party(text, j, end));
                    j = end;
                } else {
                    break;
                }
                if !text.is_any(j, words!["and", ","]) {
                    break;
                }
                j += 1;
            }
        }
        let from = parties[..known].partition_point(|p| p.first < body);
        // `Kivu Lithium and Zijin Mining Group signed`: a name no rule knows that opens
        // the clause, joined by `and` to a known party right before the verb (only
        // auxiliaries between), is a subject too.
        let joined_before = parties[from..known]
            .iter()
            .take_while(|p| p.first < t)
            .find_map(|p| {
                // (`and the European Bank for Reconstruction and Development`: with `the`.)
                if p.first < body + 2 {
                    return None;
                }
                let open = p.first - usize::from(text.is(p.first - 1, word!("the")));
                (open >= body + 2
                    && text.is(open - 1, word!("and"))
                    && (p.last..t).all(|x| text.is_any(x, words!["has", "have", "will", "on"])))
                .then_some(open - 1)
            });
        // (`Kosovo's state-owned mining complex Trepça and the EBRD signed`: past a
        // description in lower case, with the country it is of.)
        let described = |a: usize| {
            (body..a).all(|x| {
                text.is_lower_word(x)
                    || text.is_any(x, words!["-", "'", "s"])
                    || location_at(text, entities, x)
                    || text.is(x + 1, word!("'")) && text.is(x + 2, word!("s"))
            }) && (body..a).any(|x| text.is_lower_word(x))
        };
        if let Some(and) = joined_before {
            let clear = least_end.get(from).is_none_or(|&e| e > and);
            if let Some((a, b)) =
                bare_subject(text, body, and).filter(|&(a, _)| (a == body || described(a)) && clear)
            {
                bare += 1;
                extra.push(bare_party(text, &parties[..known], a, b, bare));
            }
        }
        let known_inside = least_end.get(from).is_some_and(|&e| e <= t);
        let found_inside = parties[known..]
            .iter()
            .rev()
            .take_while(|p| p.first >= body)
            .any(|p| p.last <= t);
        if known_inside || found_inside {
            continue;
        }
        if let Some((a, b)) = bare_subject(text, body, t) {
            bare += 1;
            parties.push(bare_party(text, &parties[..known], a, b, bare));
        }
    }
    parties.append(&mut extra);
    parties.sort_by_key(|p| p.first);
    parties.dedup_by(|a, b| a.first == b.first);
    // A mention inside another (`EGC` in `Entreprise Générale du Cobalt (EGC)`) would break
    // the chain of coordinated parties around it: the outer one stands for both. Sorted by
    // start, with no two alike, a mention is inside an earlier one that ends at or after it.
    let mut reach = 0;
    parties.retain(|p| {
        let inside = p.last <= reach;
        reach = reach.max(p.last);
        !inside
    });
    let parties = parties;
    let mut drafts: Vec<Draft> = Vec::new();
    let mut prev_noun_end = 0usize;
    // The agreement the last noun spoke of: what `the agreement` in a later sentence means.
    let mut last_referred: Option<usize> = None;
    // The subject of the last sentence's first agreement noun with a verb, by sentence.
    let mut subject_of: Option<(usize, Vec<usize>)> = None;
    // Where the nouns of a plural split (below) end: the head noun of `offtake agreements`
    // matched again is no other agreement.
    let mut split_to = 0usize;
    for m in nouns {
        if m.first < split_to {
            continue;
        }
        let Some(&kind) = NOUNS.first_value(text, m) else {
            continue;
        };
        // `memorandum of understanding (MoU)`: the bracketed acronym repeats the noun.
        let bracketed =
            m.first > 0 && text.is(m.first - 1, word!("(")) && prev_noun_end + 1 == m.first;
        prev_noun_end = m.last;
        if bracketed {
            continue;
        }
        let si = text.sentence_of_token(m.first);
        let s = text.sentences[si];
        // A headline restates the story's first agreement in short; the body says who.
        if is_headline(text, si) {
            continue;
        }
        // `with Assmang, the joint venture between ARM and Assore`: an appositive that
        // says what a party is, not an agreement of the story. (`During the visit of the
        // delegation of Saudi Arabia, a Memorandum ... was signed between`: a noun with a
        // passive verb of its own opens a clause.)
        let passive_after = || {
            (m.last..s.last)
                .take_while(|&k| !text.is_any(k, words!["which", "that", "who", ";"]))
                .any(|k| {
                    text.is_any(k, words!["was", "were"]) && rules::TRIGGERS_SET.has(text, k + 1)
                })
        };
        if m.first >= 3
            && text.is_any(m.first - 1, words!["the", "a"])
            && text.is(m.first - 2, word!(","))
            && party_ending_at(&parties, m.first - 2).is_some()
            && !passive_after()
        {
            continue;
        }
        let body = body_start(text, si);
        // Talk without an agreement.
        let lo = m.first.saturating_sub(5).max(s.first);
        // (`the parties had been expected to sign a binding agreement by June`: what was
        // expected in the past, no signing.)
        // (`had hoped to sign the convention at Mining Week`: a past hope, no signing.)
        let past_expectation = |k: usize| {
            k > 0
                && text.is(k + 1, word!("to"))
                && ((text.is_any(k, words!["expected", "supposed", "due", "scheduled"])
                    && text.is_any(k - 1, words!["was", "were", "been"]))
                    || (text.is_any(k, words!["hoped", "planned", "intended", "wanted"])
                        && text.is(k - 1, word!("had"))))
        };
        if (lo..m.first).any(|k| rules::NEGATIONS_SET.has(text, k) || past_expectation(k)) {
            continue;
        }
        // `Will Jakarta sign a critical minerals agreement with Washington?`: a question
        // asks whether one will be made.
        if (s.last.saturating_sub(2).max(s.first)..s.last).any(|k| text.is(k, word!("?"))) {
            continue;
        }
        // `in advanced talks with the EIB and Sweden's EKN on a debt package`: what talks
        // are on, however far the talks are named before.
        let topic = {
            let mut k = m.first;
            if k > 0 && text.is_any(k - 1, words!["a", "an", "the", "new", "possible"]) {
                k -= 1;
            }
            k > 0 && text.is_any(k - 1, words!["on", "over", "about", "regarding"])
        };
        if topic
            && (m.first.saturating_sub(24).max(s.first)..m.first).any(|k| {
                text.is_any(
                    k,
                    words!["talks", "negotiations", "discussions", "negotiating"],
                )
            })
        {
            continue;
        }
        // Nouns used as adjectives of something else (`deal flow`, `contract workers`) are
        // rare; a noun glued into a compound (`MoU-based`) is skipped.
        if text.tokens.get(m.last).is_some_and(|t| t.gap == Gap::None)
            && text.is(m.last, word!("-"))
        {
            continue;
        }
        // `signed on behalf of the joint venture company`, `its JV partner`: a company or
        // partner of the joint venture, not the agreement.
        if jv_holder(text, m) {
            continue;
        }
        // The clause of this noun: after an earlier agreement noun of the same sentence
        // (`X signed a loan ..., while Y signed a separate MoU with Z`).
        let in_sentence = nouns.partition_point(|o| o.first < s.first);
        // (Not a noun of a phrase that opens the sentence: `In a third deal announced on
        // Wednesday, X agreed with Y to form a joint venture` is one clause.)
        let opening_comma = opening_phrase_end(
            text,
            body,
            words!["in", "under", "after", "following", "alongside", "besides"],
            (body + 10).min(s.last),
        );
        let clause = nouns[in_sentence..]
            .iter()
            .take_while(|o| o.first < m.first)
            .filter(|o| o.last <= m.first && o.last + 1 != m.first)
            .filter(|o| opening_comma.is_none_or(|c| o.last > c || m.first < c))
            .map(|o| o.last)
            .max()
            .map_or(body, |e| e.max(body));
        // `who witnessed the signing`, `an award agreement`: after a determiner, a trigger
        // word is a noun.
        // `a senior secured term loan`, `secured notes`: an adjective of the debt.
        let is_trigger = |k: usize| {
            rules::TRIGGERS_SET.has(text, k)
                && text.tokens[k].class == TokenClass::Word
                && !(k > 0
                    && text.is_any(
                        k - 1,
                        words!["the", "a", "an", "this", "that", "its", "their"],
                    ))
                && !(text.is(k, word!("secured"))
                    && (k > 0 && text.is(k - 1, word!("senior"))
                        || text.is_any(
                            k + 1,
                            words![
                                "term",
                                "loan",
                                "loans",
                                "notes",
                                "debt",
                                "facility",
                                "credit",
                                "bonds",
                                "revolving",
                                "convertible",
                                "lending",
                                "creditor"
                            ],
                        )))
                // (`held talks ... without signing anything`, `has not signed`: a verb
                // negated right before it makes nothing.)
                && !(k.saturating_sub(2)..k)
                    .any(|x| text.is_any(x, words!["without", "not", "never", "no"]))
                // (`terminated the offtake` says it was made; `the agreement has
                // terminated` after the noun says only that it ended.)
                && !(k > m.first
                    && text.is_any(k, words!["terminated", "terminates", "terminate"]))
        };
        // A later noun of its sentence: `X signed an offtake with Y and, separately, a
        // loan with Z` (its verb and subject may be the first noun's).
        let later = clause > body;
        // The nearest trigger before the noun in its clause, else the first one after it,
        // else (for a later noun) the verb it shares with the nouns before it.
        // `... must sign definitive documents before the loan can close`: a verb before a
        // subordinate clause (`before`, `until`, `once`, `unless`) that holds the noun is
        // not the noun's.
        let subordinate_from = (clause..m.first)
            .rev()
            .find(|&k| text.is_any(k, SUBORDINATORS))
            .map_or(clause, |k| k + 1);
        let trigger = (subordinate_from..m.first)
            .rev()
            .find(|&k| is_trigger(k))
            .or_else(|| (m.last..s.last).find(|&k| is_trigger(k)))
            .or_else(|| {
                if later {
                    (body..clause).rev().find(|&k| is_trigger(k))
                } else {
                    None
                }
            });
        // `X agreed with Y to form a joint venture`: a weak verb in the infinitive after a
        // verb of agreement says what was agreed; the agreeing verb is the noun's.
        let trigger = trigger.map(|t| {
            let infinitive =
                t > 0 && text.is(t - 1, word!("to")) && rules::WEAK_TRIGGERS_SET.has(text, t);
            if !infinitive {
                return t;
            }
            (subordinate_from.max(t.saturating_sub(16))..t - 1)
                .rev()
                .find(|&k| is_trigger(k) && !rules::WEAK_TRIGGERS_SET.has(text, k))
                .unwrap_or(t)
        });
        // (Not the `between` of a later noun: `with Assmang, the joint venture between
        // ARM and Assore`.)
        let next_noun = nouns[in_sentence..]
            .iter()
            .find(|o| {
                o.first > m.last
                    && !text.is(o.first - 1, word!("("))
                    && (m.last..o.first).any(|k| text.is(k, word!(",")))
            })
            .map_or(s.last, |o| o.first.min(s.last));
        // (Not the `between` of another noun: `the MoU reflected the strength of the
        // relationship between Australia and South Korea`, `ending a dispute between a
        // mining company and First Nations`.)
        let between = (m.last..next_noun)
            .find(|&k| text.is(k, word!("between")))
            .filter(|&k| {
                !text.is_any(
                    k - 1,
                    words![
                        "relationship",
                        "relations",
                        "ties",
                        "dialogue",
                        "talks",
                        "trade",
                        "cooperation",
                        "friendship",
                        "links",
                        "rivalry",
                        "tensions",
                        "differences",
                        "gap",
                        "border",
                        "competition",
                        "dispute",
                        "disputes",
                        "conflict",
                        "conflicts",
                        "feud",
                        "rift",
                        "standoff"
                    ],
                )
            });
        // `Alongside the JV documents, Kanemitsu signed an offtake agreement with KNR`: a
        // noun in a phrase that opens the sentence, before its subject, is not what the
        // verb makes when another noun follows the verb.
        let opening_phrase = {
            let article = m
                .first
                .checked_sub(1)
                .is_some_and(|a| text.is_any(a, words!["the", "its", "their"]));
            let det = m.first - usize::from(article);
            let opener = text.is_any(
                s.first,
                words![
                    "alongside",
                    "besides",
                    "beside",
                    "under",
                    "after",
                    "following",
                    "unlike",
                    "in",
                    "among",
                    "of"
                ],
            );
            // (`In the larger of the business deals,`: a few words of the phrase before
            // the noun, none a verb of agreement, and no comma yet.)
            let within = det == s.first + 1
                || (det > s.first + 1
                    && det - s.first <= 8
                    && !(s.first..m.first)
                        .any(|k| text.is(k, word!(",")) || rules::TRIGGERS_SET.has(text, k)));
            opener && within
        };
        if opening_phrase
            && trigger.is_some_and(|t| {
                t > m.last
                    && (m.last..t).any(|k| text.is(k, word!(",")))
                    && nouns[in_sentence..]
                        .iter()
                        .any(|o| o.first > t && o.first < s.last)
            })
        {
            continue;
        }
        let near = m.first.saturating_sub(3).max(s.first);
        // (`The 12-year credit line`, `the US$1.2-billion loan`, `The seven-year
        // agreement`: a number and what is glued to it may stand between.)
        let phrase_start = {
            let mut k = m.first;
            while k > s.first
                && m.first - k < 8
                && (text.tokens[k - 1].class == TokenClass::Number
                    || text.tokens[k - 1].gap == Gap::None
                    || text.is(k - 1, word!("-"))
                    || (k < m.first && text.tokens[k].gap == Gap::None && text.is(k, word!("-"))))
            {
                k -= 1;
            }
            k
        };
        let definite = (near.min(phrase_start.saturating_sub(1))..m.first)
            .any(|k| text.is_any(k, words!["the", "this", "that"]));
        // `..., and, in a separate transaction, entered into a streaming agreement with`:
        // for a later noun, a marker anywhere in its clause.
        let marked_from = if later { clause } else { near };
        // Across a clause only the markers that cannot describe anything else count (`the
        // two companies said` does not make a second agreement).
        let marker = |k: usize| {
            rules::NEW_MARKERS_SET.has(text, k)
                && (k >= near || !text.is_any(k, words!["two", "new", "further"]))
        };
        let same_sentence = drafts.last().filter(|d| d.sentences.last() == Some(&si));
        // `signed a contract to supply alumina to X, and a memorandum of understanding
        // with Y`: a later noun of another kind joined by `and` is another agreement.
        let other_kind = later
            && joining_and(text, clause, m.first).is_some()
            && same_sentence.is_some_and(|d| d.agreement.kind != kind);
        // `..., while Manara Minerals has signed a deal to ...`: a later noun in a new
        // clause is another agreement.
        // (`... has entered into an offtake with Y, and that it has executed a loan
        // agreement with Z`: `and that` opens another reported clause.)
        let new_clause = later
            && (clause..m.first).any(|k| {
                text.is_any(k, CLAUSE_OPENERS)
                    || text.is(k, word!("and")) && text.is(k + 1, word!("that"))
            });
        // `signed an offtake with X, and last month it concluded a NOK 1.1 billion loan
        // agreement with Y`: a later noun with an article of its own after a verb of its
        // own is another agreement.
        let article_between =
            |from: usize, to: usize| (from..to).any(|k| text.is_any(k, words!["a", "an"]));
        let own_verb = later
            && !definite
            && trigger.is_some_and(|t| t > clause && t < m.first && article_between(t, m.first));
        // `a $90 million loan agreement with NAIF and an $80 million facility with EFA`: a
        // later noun joined by `and`, with an article and a `with` of its own, is another
        // agreement, of whatever kind.
        let own_object = later
            && joining_and(text, clause, m.first)
                .is_some_and(|a| article_between(a, m.first) && text.is(m.last, word!("with")));
        let fresh = other_kind
            || new_clause
            || own_verb
            || own_object
            || (marked_from..m.first).any(marker);
        let target = if fresh {
            None
        } else if same_sentence.is_some() {
            Some(drafts.len() - 1)
        } else if definite {
            // `the loan`: the last loan; else, for `the agreement` or `the contract`, the
            // agreement last spoken of (`Under the offtake, ... The contract was signed
            // by`), and for another kind that one only when it was named in general terms
            // (an `agreement` may be called `the joint venture` later).
            // (`Agreements on tungsten ... signed` in a headline, then `A joint venture
            // agreement was signed ... The agreement was signed on behalf of`: the
            // general noun means the joint venture just spoken of, not the headline's.)
            let same_kind = drafts.iter().rposition(|d| d.agreement.kind == kind);
            let referred = last_referred.filter(|&k| k < drafts.len());
            // (`The contract` still means the last contract: a kind of its own; and an
            // agreement made in the same sentence as the one just spoken of stays the one
            // meant: `signed a framework agreement with X, while Y, its joint venture
            // with Z, ... The framework agreement was signed by`.)
            let made_in = |k: usize| drafts[k].agreement.sentence;
            let later_spoken = match (referred, same_kind) {
                (Some(r), Some(k)) => made_in(r) > made_in(k),
                _ => true,
            };
            // (`the share purchase agreement` is no `letter of intent` spoken of before:
            // a general noun after a word that says what it is for names one of its own
            // kind only.)
            let general = matches!(kind, AgreementKind::Agreement | AgreementKind::Deal);
            let specified = m.first > 0 && text.is_any(m.first - 1, DEAL_PURPOSES);
            if general && specified {
                same_kind
            } else if general && later_spoken {
                referred.or(same_kind)
            } else {
                // (`a term loan from the IDC. The loan agreement between the IDC and LEDA
                // was concluded`: a noun of its own kind with its own `between` is a new
                // agreement, not the transaction spoken of before.)
                same_kind.or_else(|| {
                    referred.filter(|&k| {
                        is_generic(kind)
                            || is_generic(drafts[k].agreement.kind) && between.is_none()
                    })
                })
            }
        } else {
            None
        };
        let creating = target.is_none();
        // `the Comprehensive Partnership between X and Y, which was established in 2024`:
        // a definite noun without a verb names an agreement, it does not report one.
        if creating && trigger.is_none() && (between.is_none() || definite) {
            continue;
        }
        // `in negotiations with X on an impact benefit agreement ..., which it hopes to
        // conclude`: talk between the noun and its verb after it.
        if creating
            && trigger.is_some_and(|t| {
                t > m.last && (m.last..t).any(|k| rules::NEGATIONS_SET.has(text, k))
            })
        {
            continue;
        }
        // The noun's own part of the sentence ends at the next noun joined by `and`,
        // which has objects and a value of its own.
        let object_to = nouns[in_sentence..]
            .iter()
            .skip_while(|o| o.first <= m.last)
            .take_while(|o| o.first < s.last)
            .find_map(|o| joining_and(text, m.last, o.first))
            .unwrap_or(s.last);
        // Parties.
        let mut found: Vec<usize> = Vec::new();
        // The parties after `with`: each its own agreement under a plural noun.
        let mut with_list: Vec<usize> = Vec::new();
        if let Some(b) = between {
            found.extend(listed_parties(text, &parties, b + 1, s.last));
        }
        if let Some(t) = trigger {
            // subject: the party mentions right before the trigger (`X and Y signed`)
            // `was signed between X and Y`: a passive verb has no party before it.
            // (`X said the agreement, signed in April 2023, had been ended`: a participle
            // right after the noun and its comma is passive too.)
            let passive = t > 0
                && (text.is_any(
                    t - 1,
                    words!["was", "were", "been", "be", "is", "are", "being"],
                ) || t == m.last + 1 && text.is(m.last, word!(",")));
            // For a later noun, a party after `with`, `by`, `to` or `from` in its clause
            // is the object of the verb before (`... with Glencore for its concentrate,
            // and, separately, entered into ...`), not a subject.
            // A new clause (`..., while GoldBod signed`) ends the object.
            // (`X signed the offtake for Y, and Z's vice president, W, signed the loan`:
            // `, and` before the subject of a verb of its own opens a clause too.)
            let object_before = |p: &PartyMention| {
                later
                    && (clause..p.first)
                        .rev()
                        .take_while(|&x| !text.is_any(x, CLAUSE_OPENERS) && !text.is_comma_and(x))
                        .any(|x| text.is_any(x, words!["with", "by", "to", "from", "for"]))
            };
            // `..., a framework passed by Argentina's Congress that grants ...`: the
            // subject of a relative clause is the noun before `that`, a party only when
            // one ends right there.
            let relative = {
                let mut e = t;
                while e > clause && text.is_any(e - 1, words!["has", "have", "will", "would"]) {
                    e -= 1;
                }
                e > clause
                    && text.is_any(e - 1, words!["that", "which"])
                    && party_ending_at(&parties, e - 1).is_none()
                    && !(e >= 2
                        && text.is(e - 2, word!(","))
                        && party_ending_at(&parties, e - 2).is_some())
            };
            // A later mention of an agreement already made binds no new subject through
            // a verb that may say anything else (`The joint venture ... grants`).
            let weak = !creating && rules::WEAK_TRIGGERS_SET.has(text, t);
            let who = who_subject(text, &parties, clause, t)
                .or_else(|| said_it_subject(text, &parties, clause, t));
            // `The Cabinet Council approved the contract`, `Parliament ratified the
            // agreement signed with X`: whoever approves an agreement is no party to it.
            // (A lender that approves a loan is a party: `NAIF has approved a loan`.)
            let approved = (clause..=t).any(|x| {
                text.is_any(x, APPROVALS)
                    || (kind != AgreementKind::Loan && text.is_any(x, CONSENTS))
            });
            // `The company already sells a large share to China, including under a supply
            // contract it inked in 2022 with CGN`: `it` right after the noun is the
            // sentence's subject (a name opening it, or the story's company for `The
            // company`), not a party named in between.
            // (Where the verb group starts, past its auxiliaries: its subject ends there.)
            let verb_group = past_auxiliaries(text, clause, t);
            let it_after_noun = verb_group == m.last + 1 && text.is(m.last, word!("it"));
            let before: Vec<usize> = if let Some(p) = who {
                vec![p]
            } else if passive || relative || weak || approved || t < clause {
                Vec::new()
            } else if it_after_noun {
                party_starting_at(&parties, body)
                    .filter(|&k| parties[k].party.party_kind != PartyKind::Person)
                    .or_else(|| {
                        company_subject(text, body, body + 2)
                            .then(|| main_company(&parties, s.first))
                            .flatten()
                    })
                    .into_iter()
                    .collect()
            } else if let Some(k) = appositive_subject(text, &parties, body, t)
                // (Not past a verb of its own: `X, an executive officer, signed the offtake
                // for Y, and Z's vice president, W, signed the loan`.)
                .filter(|&k| !(parties[k].last..t).any(is_trigger))
            {
                vec![k]
            } else if let Some(c) = relative_clause_open(text, &parties, clause, t) {
                parties_within(&parties, clause, c)
                    .filter(|&k| !object_before(&parties[k]))
                    .collect()
            } else {
                // (`In a ceremony at the Ministry of Mining, X and Y signed`: the phrase
                // that opens the sentence holds no subject.)
                let opening_end = opening_phrase_end(
                    text,
                    body,
                    words!["in", "at", "during", "under", "after", "following"],
                    (body + 20).min(t),
                );
                let from = opening_end.map_or(clause, |c| clause.max(c + 1));
                parties_within(&parties, from, t)
                    .filter(|&k| !object_before(&parties[k]))
                    .collect()
            };
            // A later noun with no verb of its own, or none with a subject in the same
            // clause (`..., and, in a separate transaction, entered into ...`, not `...,
            // while a lender signed ...`), shares the sentence's first subject.
            // (`..., and companies from the two countries concluded two agreements`: a
            // subject of its own that names no party.)
            let own_subject = t > clause
                && (!before.is_empty()
                    || (clause..t).any(|x| {
                        text.is_any(x, CLAUSE_OPENERS) || text.is_any(x, PLURAL_SUBJECTS)
                    }));
            if later && !own_subject && !passive {
                if let Some((_, subject)) = subject_of.as_ref().filter(|(x, _)| *x == si) {
                    found.extend(subject.iter().copied());
                }
            }
            let subject_from = found.len();
            // `Last year the company signed an offtake with Panasonic`: the article's main
            // company, the one it names most often before this sentence.
            // `Last month we signed a loan with JBIC`: an executive speaking for the
            // company, in an interview or a quote; the first company the article names
            // is the one it is about.
            let we = verb_group > clause && text.is(verb_group - 1, word!("we"));
            if before.is_empty() && !passive && !later && we {
                if let Some(k) = parties
                    .iter()
                    .position(|p| matches!(p.key, Key::Org(_)))
                    .filter(|&k| parties[k].last <= s.first)
                {
                    found.push(k);
                }
            } else if before.is_empty() && !passive && !later && company_subject(text, clause, t) {
                if let Some(k) = parent_company(text, &parties, clause, t)
                    .or_else(|| defined_company_at(text, &parties))
                    .or_else(|| recent_subject(text, &parties, si))
                    .or_else(|| main_company(&parties, s.first))
                {
                    found.push(k);
                }
            }
            // `Rio Tinto and Codelco ... On Tuesday the two companies signed`: the last two
            // parties named before.
            if before.is_empty() && !passive && !later {
                if let Some(kind) = pair_subject(text, clause, t) {
                    found.extend(last_two(text, &parties, s.first, kind));
                }
            }
            if let Some(&last) = before.last() {
                let chain_start = found.len();
                found.push(last);
                let mut k = before.len() - 1;
                while k > 0 {
                    let prev = before[k - 1];
                    let gap = parties[prev].last..parties[before[k]].first;
                    // `Saudi Arabian Mining Company (Ma'aden)`: a name and its acronym are
                    // one party; the chain goes on before them. (`Marula Platinum
                    // Proprietary Limited ("Marula")`: a quoted one too.)
                    if parties[prev].key == parties[before[k]].key
                        && (gap.len() <= 1
                            || gap.len() == 2
                                && gap.clone().all(|x| text.is_any(x, words!["(", "\""])))
                    {
                        k -= 1;
                        continue;
                    }
                    // `Ikwezi Capital managing director Sipho Mathebula sign`: a signer's
                    // employer right before the title is bound too, and the chain goes on
                    // before it. (Not the tail of a portfolio: `Mines and Mining
                    // Development Minister X`.)
                    // (`CEO John Smith and Beta Resources CEO Mary Jones`: after a person's
                    // name and `and`, a name opens the next signer's phrase.)
                    let after_person = k >= 2
                        && parties[before[k - 2]].party.party_kind == PartyKind::Person
                        && parties[before[k - 2]].last + 1 == parties[prev].first
                        && text.is(parties[prev].first - 1, word!("and"));
                    // (`Chile's Minister of Mining, Camila Ortúzar Vial,`: a possessive
                    // and a title with its portfolio, then a comma.)
                    let possessive_title = possessive_title(text, gap.start, gap.end);
                    // (`Sigma co-chief executive Marcos Ribeiro`: with its prefix.)
                    // (`Rio Tuba Nickel resident manager Teresita Bautista`: the field
                    // of a title in lower case before it.)
                    let title_gap = (1..=6).contains(&gap.len())
                        && gap.clone().all(|x| {
                            crate::person::is_title_word(text, x)
                                || text.is(x, word!("co")) && text.is_glued_hyphen(x + 1)
                                || text.is_glued_hyphen(x) && x > gap.start
                                || text.is_lower_word(x)
                                    && x + 1 < gap.end
                                    && crate::person::is_title_word(text, x + 1)
                        });
                    let employer = parties[before[k]].party.party_kind == PartyKind::Person
                        && (parties[prev].party.party_kind == PartyKind::Organization
                            && (after_person || !portfolio_tail(text, parties[prev].first))
                            && title_gap
                            || possessive_title);
                    // `Shri Ajmer Singh, Managing Director, KABIL, signed`: the signer
                    // before the title and employer is bound too.
                    let titled_signer = parties[prev].party.party_kind == PartyKind::Person
                        && parties[before[k]].party.party_kind == PartyKind::Organization
                        && employer_after(text, &parties, parties[prev].last, t) == Some(before[k]);
                    if employer || titled_signer {
                        found.push(prev);
                        k -= 1;
                        continue;
                    }
                    // `Minister of Natural Resources, Ecology and Technical Supervision
                    // Talant Osmonov signed`: what a title is of is no party.
                    // (`..., and the Minister of Investment of the United Arab Emirates, H.E.
                    // X, signed`: past it, the chain goes on to the signer before.)
                    // (`Ricardo Córdoba, chief executive of YPF Litio, and JEMSE president
                    // Gabriela Tolaba signed`: the employer in a signer's title between
                    // commas, then `, and`: the signer and the employer are bound, and the
                    // chain goes on before them.)
                    let titled_before = k >= 2
                        && parties[prev].party.party_kind == PartyKind::Organization
                        && parties[before[k - 2]].party.party_kind == PartyKind::Person
                        && text.is_comma_and(parties[prev].last + 1)
                        && employer_after(text, &parties, parties[before[k - 2]].last, t)
                            == Some(prev);
                    if titled_before {
                        found.push(prev);
                        found.push(before[k - 2]);
                        k -= 2;
                        continue;
                    }
                    if title_object(text, parties[prev].first) {
                        // (`and the President and Chief Executive Officer of Euro Sun Mining
                        // Inc., Mr. Graham Tulloch, signed`: a company's officer, named
                        // after a comma, binds the company.)
                        let of = parties[prev].first
                            - 1
                            - usize::from(text.is(parties[prev].first - 1, word!("the")));
                        let officer_of = parties[before[k]].party.party_kind == PartyKind::Person
                            && parties[prev].party.party_kind == PartyKind::Organization
                            && text.is(gap.start, word!(","))
                            && gap.len() <= 3
                            && of > 0
                            && text.is_any(of - 1, COMPANY_OFFICERS);
                        if officer_of {
                            found.push(prev);
                        }
                        let signer_before = k >= 2
                            && parties[before[k - 2]].party.party_kind == PartyKind::Person
                            && (parties[before[k - 2]].last..parties[prev].first)
                                .any(|x| text.is(x, word!("and")));
                        if !signer_before {
                            break;
                        }
                        k -= 1;
                        continue;
                    }
                    let coordinated = gap
                        .clone()
                        .any(|x| text.is(x, word!("and")) || text.is(x, word!(",")));
                    let gap_words = gap
                        .clone()
                        .filter(|&x| {
                            !text.is(x, word!("and"))
                                && !text.is(x, word!(","))
                                && !text.is(x, word!("the"))
                                && !text.is(x, word!("("))
                                && !text.is(x, word!(")"))
                                && !text.is(x, word!("-"))
                                && !text.is(x, word!("'"))
                        })
                        .count();
                    // `X (VMW), a German maker of magnets, and Y`: an appositive may stand
                    // between coordinated parties.
                    let appositive = gap.clone().any(|x| text.is(x, word!(",")));
                    let limit = if appositive { 12 } else { 5 };
                    // `... with AGML to reopen a mine, while GoldBod signed`: a new clause,
                    // not an appositive.
                    // (`X, through the Ministry of Mines, wishes to inform the nation that Y
                    // and Z have signed`: a reported clause opens after `that`.)
                    let new_clause = gap
                        .clone()
                        .any(|x| text.is_any(x, CLAUSE_OPENERS) || text.is(x, word!("that")));
                    // `X ("Implats") is pleased to announce that it and its subsidiary Y
                    // have entered into`: `it` is the one announcing, joined to the
                    // reported clause's subject.
                    let it_and = parties[prev].party.party_kind != PartyKind::Person
                        && gap.clone().any(|x| {
                            text.is(x, word!("that"))
                                && text.is(x + 1, word!("it"))
                                && text.is(x + 2, word!("and"))
                                && gap.end - x <= 8
                        })
                        && gap.clone().any(|x| {
                            text.is_any(x, SAID) || text.is_any(x, words!["announce", "announces"])
                        });
                    if it_and {
                        found.push(prev);
                        k -= 1;
                        continue;
                    }
                    if !coordinated || gap_words > limit || new_clause {
                        break;
                    }
                    // `X (IRH), the mining arm of Abu Dhabi-listed Y (ADX: IHC), has
                    // signed`: a party named inside the appositive of another is not a
                    // subject of its own.
                    // (`X, the mining investment vehicle owned by Ma'aden and the PIF, is
                    // expected to sign`: the owners after `by` too.)
                    let of_appositive = appositive
                        && !gap.clone().any(|x| text.is(x, word!("and")))
                        && gap.clone().any(|x| text.is_any(x, words!["of", "by"]));
                    // `Two weeks before the EDC signing, Fortune entered into`: the last
                    // subject is joined to the one before it by `and` (`X, Y and Z`); a
                    // comma alone there ends an opening phrase.
                    let first_link = found.len() == chain_start + 1;
                    if first_link
                        && !of_appositive
                        && !gap.clone().any(|x| text.is_any(x, words!["and", "&"]))
                    {
                        break;
                    }
                    // (With whatever the appositive lists: `the vehicle of Ma'aden and
                    // the Public Investment Fund`.)
                    if of_appositive {
                        found.truncate(chain_start);
                    }
                    found.push(prev);
                    k -= 1;
                }
            }
            if !later {
                subject_of = Some((si, found[subject_from..].to_vec()));
            }
            // `with Y`, `by X and Y`; else `to Y` (`a contract to supply cathode to Y`). A
            // later noun's own object follows it.
            let mut object = false;
            let mut with_object = false;
            // (After `a ceremony attended by`, a `from` names where guests came from.)
            let mut ceremony = false;
            let object_from = if later { m.last.max(t + 1) } else { t + 1 };
            for k in object_from..object_to {
                // `The Agreement was signed ... by:` and a bulleted list of signers, each
                // `for and on behalf of` a party.
                if text.is(k, word!("by")) && text.is(k + 1, word!(":")) {
                    let listed = bulleted_signers(text, &parties, k + 2);
                    object = !listed.is_empty();
                    found.extend(listed);
                    break;
                }
                // `approved the agreement, following a recommendation by the Department of
                // Public Enterprises`: a `by` of a noun names who recommends, not who signs.
                if text.is(k, word!("by")) && k > 0 && text.is_any(k - 1, BY_NOUNS) {
                    break;
                }
                // `signed today at the ministry, in a ceremony led by the Minister of Mining,
                // X`: who leads or attends a signing is no signer; a later `by` may name one.
                // (`a facility led by EDC`: a lender leads a syndicate; only a ceremony's
                // `led by` names no party.)
                let led_ceremony = || {
                    (k.saturating_sub(5)..k - 1).any(|x| {
                        text.is_any(
                            x,
                            words![
                                "ceremony",
                                "event",
                                "signing",
                                "meeting",
                                "delegation",
                                "visit"
                            ],
                        )
                    })
                };
                if text.is(k, word!("by"))
                    && k > 0
                    && text.is_any(k - 1, CEREMONY_VERBS)
                    && (!text.is(k - 1, word!("led")) || led_ceremony())
                {
                    ceremony = true;
                    continue;
                }
                if text.is(k, word!("with")) || text.is(k, word!("by")) {
                    let by = text.is(k, word!("by"));
                    let listed = listed_signers(text, &parties, k + 1, object_to, by);
                    object = !listed.is_empty();
                    with_object = !listed.is_empty() && text.is(k, word!("with"));
                    if with_object {
                        with_list.clone_from(&listed);
                    }
                    found.extend(listed);
                    // `signed on behalf of Euro Sun by X`: whom the signer after `by` binds,
                    // named before it.
                    if by {
                        found.extend(behalf_party_before(text, &parties, k));
                    }
                    // `signed by X on behalf of the Government of Guinea and by Y`; `signed
                    // on behalf of A by X and on behalf of B by Y`; `on the Uzbek side by
                    // X, on the Saudi side – by Y`.
                    if by {
                        for b in k + 1..object_to {
                            // `by X, ..., on behalf of A; Y, ..., on behalf of B; and Z`:
                            // signers listed with semicolons.
                            if text.is(b, word!(";")) {
                                let next = b + 1 + usize::from(text.is(b + 1, word!("and")));
                                let person = party_starting_at(&parties, next)
                                    .filter(|&p| parties[p].party.party_kind == PartyKind::Person);
                                if person.is_some() {
                                    found.extend(listed_signers(
                                        text, &parties, next, object_to, true,
                                    ));
                                }
                            }
                            if another_by(text, b) {
                                found.extend(listed_signers(
                                    text,
                                    &parties,
                                    b + 1,
                                    object_to,
                                    true,
                                ));
                                found.extend(behalf_party_before(text, &parties, b));
                            }
                            // `..., while Avatar's Managing Director, Mr. Li Wenbo, signed for
                            // the company`: the other signer, in a clause of their own.
                            if text.is(b, word!("while")) {
                                found.extend(signer_for(text, &parties, b + 1, object_to));
                            }
                        }
                    }
                    break;
                }
            }
            // `Kenji Morita, an executive officer, signed the offtake for Panasonic Energy`:
            // a person signs for the company named right after the noun.
            let person_signs = found[subject_from..]
                .iter()
                .any(|&k| parties[k].party.party_kind == PartyKind::Person);
            // (`Minister X signed the Memorandum on behalf of the Government of the
            // Republic of Serbia`: the same after `on behalf of`, where a modifier may come
            // first.)
            let signs_for = if text.is(m.last, word!("for")) {
                Some((m.last + 1, 0, 8))
            } else {
                behalf_at(text, m.last).then_some((m.last + 3, 2, 12))
            };
            if let Some((from, lead, reach)) = signs_for.filter(|_| !object && person_signs) {
                let end = (m.last + reach).min(object_to);
                found.extend(
                    opening_parties(text, &parties, from, lead, end)
                        .into_iter()
                        .filter(|&k| parties[k].party.party_kind != PartyKind::Person),
                );
            }
            // `X signed the MoU on behalf of KABIL, while Mr. Y, Chief Executive Officer,
            // signed on behalf of MDO`: the other signer, in a clause of their own.
            // (`..., and Westwin chief executive Jordan Houston signed for the company`.)
            if let Some(w) =
                (t + 1..object_to).find(|&b| text.is(b, word!("while")) || text.is_comma_and(b))
            {
                if let Some(p) = signer_for(text, &parties, w + 1, object_to) {
                    if !found.contains(&p) {
                        found.push(p);
                    }
                }
            }
            // `signed a life-of-mine offtake agreement and a related prepayment loan with
            // Trafigura`: nouns joined by `and` before one `with` share its object.
            // (Not `a contract to supply alumina to X, and a memorandum with Y`, nor `an
            // offtake with a Japanese trading house and ... a loan with Y`.)
            if !object
                && object_to < s.last
                && !(object_from..object_to)
                    .any(|k| text.is_any(k, words!["to", "from", "with", "by"]))
            {
                let joined = nouns[in_sentence..].iter().find(|o| o.first >= object_to);
                if let Some(o) = joined.filter(|o| text.is(o.last, word!("with"))) {
                    let listed = listed_parties(text, &parties, o.last + 1, s.last);
                    object = !listed.is_empty();
                    found.extend(listed);
                }
            }
            if !object && !ceremony {
                // (`signed a R$1.3 billion financing package for Terra Rara`: a loan's
                // borrower after `for`.)
                let for_borrower = kind == AgreementKind::Loan;
                // (`an agreement to acquire all the shares in X from Y and Z`: where sellers
                // follow `from`, they are the parties, not what `to` and a verb acquire.)
                // (Asked once, and only at a `to` before a verb.)
                let sellers = std::cell::OnceCell::new();
                let infinitive = |k: usize| {
                    text.is_lower_word(k + 1)
                        && !text.is_any(
                            k + 1,
                            words!["the", "a", "an", "its", "their", "his", "her", "state"],
                        )
                        && *sellers.get_or_init(|| {
                            (object_from..object_to).any(|k| {
                                text.is(k, word!("from"))
                                    && listed_parties(text, &parties, k + 1, object_to).iter().any(
                                        |&p| parties[p].party.party_kind == PartyKind::Organization,
                                    )
                            })
                        })
                };
                for k in object_from..object_to {
                    if text.is(k, word!("to")) && !infinitive(k)
                        || text.is(k, word!("from"))
                        || (for_borrower && text.is(k, word!("for")))
                    {
                        // Only an organization is a party after `to`; a country there is
                        // a destination (`to build India's first refinery`).
                        let listed: Vec<usize> = listed_parties(text, &parties, k + 1, object_to)
                            .into_iter()
                            .filter(|&p| parties[p].party.party_kind == PartyKind::Organization)
                            .collect();
                        if !listed.is_empty() {
                            found.extend(listed);
                            break;
                        }
                    }
                }
            }
            // `First, an agreement on a joint venture was signed with Jiangxi Copper`: a
            // passive verb with `with` and no `by` leaves out its subject, the company the
            // story is about (the one it names most often before).
            if passive
                && with_object
                && before.is_empty()
                && !(object_from..object_to).any(|k| text.is(k, word!("by")))
            {
                if let Some(k) = main_company(&parties, s.first) {
                    if !found.iter().any(|&f| parties[f].key == parties[k].key) {
                        found.push(k);
                    }
                }
            }
        }
        // `Under the MoU, Rhône Precious Metals SA will build ...`: the subject of the
        // clause after `under the <noun>,` is bound by the agreement named.
        // (`Under a separate framework agreement signed at the same event, X, Y and Z
        // agreed on the terms`: a new agreement made by the participle after the noun,
        // its parties the subjects after the comma.)
        let under = text.is(s.first, word!("under")) && m.first > s.first && m.first - s.first <= 4;
        let made_here = trigger == Some(m.last);
        let comma = (m.last..(m.last + 8).min(s.last)).find(|&k| text.is(k, word!(",")));
        let opening_under = under && (!creating || made_here);
        if let Some(c) = comma.filter(|&c| opening_under && (c == m.last || made_here)) {
            found.extend(opening_parties(text, &parties, c + 1, 0, s.last));
        }
        // `X's deal with Y`
        if m.first >= 2 && text.is(m.first - 1, word!("s")) && text.is(m.first - 2, word!("'")) {
            if let Some(k) = party_ending_at(&parties, m.first - 2) {
                found.push(k);
            }
            if text.is(m.last, word!("with")) {
                found.extend(listed_parties(text, &parties, m.last + 1, s.last));
            }
        }
        // `1. The MoU between the two Governments was signed by ... 2. The Memorandum of
        // Understanding on Joint Exploration was signed by X, Director General of LHSE,
        // and Y, President of KOMIR`: a definite noun whose own signing binds two
        // parties or more, none of them the agreement's it would extend, is another one.
        let target = target.filter(|&i| {
            if same_sentence.is_some() || !definite || trigger.is_none() {
                return true;
            }
            let bound = |k: usize| parties[k].party.party_kind != PartyKind::Person;
            let old: Vec<&Key> = drafts[i]
                .parties
                .iter()
                .filter(|&&k| bound(k))
                .map(|&k| &parties[k].key)
                .collect();
            let mut new: Vec<&Key> = Vec::new();
            for &k in found.iter().filter(|&&k| bound(k)) {
                if !new.contains(&&parties[k].key) {
                    new.push(&parties[k].key);
                }
            }
            old.is_empty() || new.len() < 2 || new.iter().any(|k| old.contains(k))
        });
        // `The Company previously signed offtake agreements with Panasonic and GM`: a
        // plural noun with two parties or more after `with` is one agreement with each.
        // (The noun may be matched without the head after it: `offtake agreements`.)
        let plural = (text.str(m.last - 1).ends_with('s') && text.str(m.last - 1).len() > 3)
            || text.is_any(m.last, words!["agreements", "contracts", "deals"]);
        let subjects: Vec<usize> = found
            .iter()
            .copied()
            .filter(|f| !with_list.contains(f))
            .collect();
        if target.is_none() && plural && with_list.len() >= 2 && !subjects.is_empty() {
            for &w in &with_list {
                let mut d = Draft::new(text, kind, trigger.unwrap_or(m.first), si);
                d.sentences.push(si);
                for &k in subjects.iter().chain(std::iter::once(&w)) {
                    d.mentions.push(k);
                    if !d.parties.iter().any(|&p| parties[p].key == parties[k].key) {
                        d.parties.push(k);
                    }
                }
                drafts.push(d);
            }
            last_referred = Some(drafts.len() - 1);
            split_to = object_to;
            continue;
        }
        let idx = match target {
            Some(i) => i,
            None => {
                drafts.push(Draft::new(text, kind, trigger.unwrap_or(m.first), si));
                drafts.len() - 1
            }
        };
        last_referred = Some(idx);
        let d = &mut drafts[idx];
        // `In a separate agreement signed on the same day, X and Y entered into a €250
        // million loan`: a noun of its own kind in the sentence says what the agreement
        // is.
        let made_here = !creating && d.sentences.last() == Some(&si);
        if made_here && is_generic(d.agreement.kind) && !is_generic(kind) {
            d.agreement.kind = kind;
        }
        if !d.sentences.contains(&si) {
            d.sentences.push(si);
        }
        for k in found {
            d.bind(&parties, k);
        }
        // Value: an amount in the sentence that makes the agreement, or one after `worth`
        // or `valued at` in a later sentence.
        if d.agreement.value.is_none() {
            let byte = |k: usize| text.tokens.get(k).map_or(s.end, |t| t.start);
            // (`signed a loan with X for $900 million, and that it had separately inked an
            // offtake with Y`: a later noun's own verb starts its part.)
            let start = if later {
                let own_verb = (clause..m.first).rev().find(|&k| is_trigger(k));
                byte(own_verb.unwrap_or(clause)).max(s.start)
            } else {
                s.start
            };
            let end = if object_to < s.last {
                byte(object_to).min(s.end)
            } else {
                s.end
            };
            // (Nor past the verb of a later noun of its own: `signed an offtake with X,
            // and it concluded a NOK 1.1 billion loan agreement with Y`.)
            let next_verb = nouns[in_sentence..]
                .iter()
                .filter(|o| o.first > m.last && o.first < s.last)
                .find_map(|o| {
                    (m.last..o.first)
                        .rev()
                        .find(|&k| is_trigger(k))
                        .filter(|&k| article_between(k, o.first))
                });
            let end = next_verb.map_or(end, |k| byte(k).min(end));
            d.agreement.value = value_in(text, entities, start, end, creating || made_here);
        }
    }

    // `X has agreed to buy Y for C$420 million`: an acquisition agreed without an
    // agreement noun binds the buyer and the company bought.
    // One pass over the hashes for `to` (one comparison a token), then the words around.
    let agreed_to_buy = text.positions(word!("to")).filter(|&k| {
        k > 0
            && text.is_any(k - 1, words!["agreed", "agrees", "agree", "agreeing"])
            && text.is_any(k + 1, ACQUIRE_VERBS)
    });
    let mut done_sentence = usize::MAX;
    for k in agreed_to_buy.map(|to| to - 1) {
        let si = text.sentence_of_token(k);
        if si == done_sentence {
            continue;
        }
        done_sentence = si;
        let Some(s) = text.sentences.get(si).copied() else {
            continue;
        };
        // (An agreement the sentence's nouns made already holds it; a noun that made none,
        // `agreeing to buy X in a deal that values it at $146 million`, does not.)
        if drafts.iter().any(|d| d.sentences.contains(&si)) {
            continue;
        }
        let body = body_start(text, si);
        if k < body || is_headline(text, si) {
            continue;
        }
        if (k.saturating_sub(5).max(body)..k).any(|x| rules::NEGATIONS_SET.has(text, x)) {
            continue;
        }
        // The buyer is a company (not `the largest producer in the U.S.`).
        let buyer = parties_within(&parties, body, k)
            .rfind(|&b| parties[b].party.party_kind == PartyKind::Organization);
        // The company bought, else the one sold from (`agreed to acquire a chrome plant
        // from Tharisa plc`).
        let org_listed = |from: usize| {
            listed_parties(text, &parties, from, s.last)
                .into_iter()
                .find(|&p| parties[p].party.party_kind == PartyKind::Organization)
        };
        // (`agreed to buy an additional 5% of Minera Exar from JEMSE`: for a stake, the
        // seller is the other party, not the company whose shares change hands.)
        let seller = (k + 3..s.last)
            .find(|&x| text.is(x, word!("from")))
            .and_then(|x| org_listed(x + 1));
        let bought = match (org_listed(k + 3), seller) {
            (Some(b), Some(from))
                if (k + 3..parties[b].first).any(|x| {
                    text.is_any(x, words!["%", "stake", "interest", "shares", "percent"])
                }) =>
            {
                Some(from)
            }
            (b, from) => b.or(from),
        };
        let (Some(buyer), Some(bought)) = (buyer, bought) else {
            continue;
        };
        if parties[buyer].key == parties[bought].key {
            continue;
        }
        let value = value_in(text, entities, s.start, s.end, true);
        // `X has agreed to buy 5% of Y from Z ... The share purchase agreement was entered
        // into by ...`: a general agreement of the next sentences that binds either side
        // is this one.
        let shares_side = |d: &Draft| {
            d.parties.iter().any(|&p| {
                [buyer, bought]
                    .iter()
                    .any(|&b| parties[p].key == parties[b].key)
            })
        };
        let told_after = drafts.iter_mut().find(|d| {
            (si + 1..=si + 2).contains(&d.agreement.sentence)
                && is_generic(d.agreement.kind)
                && shares_side(d)
        });
        if let Some(d) = told_after {
            for b in [buyer, bought] {
                if !d.parties.iter().any(|&p| parties[p].key == parties[b].key) {
                    d.parties.push(b);
                }
                d.mentions.push(b);
            }
            if d.agreement.value.is_none() {
                d.agreement.value = value;
            }
            d.sentences.push(si);
            continue;
        }
        let mut d = Draft::new(text, AgreementKind::Deal, k, si);
        d.agreement.value = value;
        d.parties = vec![buyer, bought];
        d.mentions = vec![buyer, bought];
        d.sentences = vec![si];
        drafts.push(d);
    }

    // `Minister X signed for the government, while Y signed for the company`: people who
    // sign in a sentence right after an agreement's are its parties too. The last draft
    // each sentence belongs to: looked up, not searched for.
    let mut last_draft_of: Vec<Option<usize>> = vec![None; text.sentences.len()];
    for (k, d) in drafts.iter().enumerate() {
        for &x in &d.sentences {
            if let Some(slot) = last_draft_of.get_mut(x) {
                *slot = Some(k);
            }
        }
    }
    // (`are due to sign the document`, `will sign it`: signers named before the signing.)
    // (`put their names to the document`, `put pen to paper`: the idioms of signing.)
    let put_to_paper = |k: usize| {
        text.is(k, word!("put"))
            && (text.is(k + 1, word!("pen")) && text.is(k + 2, word!("to"))
                || text.is_any(k + 1, words!["their", "his", "her"])
                    && text.is_any(k + 2, words!["names", "name", "signatures", "signature"])
                    && text.is(k + 3, word!("to")))
    };
    let signs = |k: &usize| {
        text.is(*k, word!("signed"))
            || represented_at(text, *k)
            || text.is(*k, word!("inked"))
            || (text.is(*k, word!("sign")) && *k > 0 && text.is_any(*k - 1, words!["to", "will"]))
            || put_to_paper(*k)
    };
    for si in 0..text.sentences.len() {
        let s = text.sentences[si];
        // The last draft with a sentence one or two before this one; for `The document
        // was signed by`, `The seven-year facility was signed by`, `It was signed in
        // Maputo by`, which can only mean an agreement already reported, the last one
        // before (bullets or a subheading may stand between).
        let the_document = text.is(s.first, word!("the"))
            && (s.first + 1..(s.first + 4).min(s.last)).any(|k| text.is_any(k, DOCUMENT_WORDS));
        let it_was = text.is_any(s.first, words!["it", "they"])
            && text.is_any(s.first + 1, words!["was", "were"])
            && text.is(s.first + 2, word!("signed"));
        let reach = if the_document || it_was {
            si.min(12)
        } else {
            2
        };
        let Some(d) = (1..=reach)
            .filter_map(|back| si.checked_sub(back))
            .filter_map(|x| last_draft_of.get(x).copied().flatten())
            .max()
            .and_then(|k| drafts.get_mut(k))
        else {
            continue;
        };
        let noun = nouns.partition_point(|m| m.first < s.first);
        if nouns[noun..]
            .iter()
            .take_while(|m| m.first < s.last)
            .any(|m| !jv_holder(text, m))
        {
            continue;
        }
        for t in (s.first..s.last).filter(signs) {
            // The people right before the verb, joined by `and` (`Y and Z chairman W signed`).
            let mut subject: Vec<usize> = Vec::new();
            let mut edge = verb_group_start(text, s.first, t);
            // Only the mentions of this sentence before the verb can be reached.
            for k in parties_within(&parties, s.first, t).rev() {
                let p = &parties[k];
                if p.last > edge {
                    continue;
                }
                // `Mr X, Managing Director of Y, and Mr Z, President of W, signed`: a
                // signer's title and employer between commas after the name; the employer
                // is bound too, and the chain goes on before the name.
                let near = if subject.is_empty() {
                    edge - p.last <= 2
                } else {
                    edge - p.last <= 4
                };
                if p.party.party_kind != PartyKind::Person && text.is(p.last, word!(",")) && near {
                    let signer = parties_within(&parties, s.first, p.first)
                        .rev()
                        .find(|&q| parties[q].party.party_kind == PartyKind::Person)
                        .filter(|&q| {
                            employer_after(text, &parties, parties[q].last, p.last) == Some(k)
                        });
                    if let Some(q) = signer {
                        subject.push(q);
                        subject.push(k);
                        edge = parties[q].first;
                        continue;
                    }
                }
                // `Hengtai chairman Chen Weiming`: a company right before a signer's title
                // belongs to the signer's phrase; the chain goes on before it.
                // (`NMB Bank's chief wholesale banking officer, Rukia Mwinyimkuu`: a
                // possessive and a title in lower case between commas.)
                let possessive_title =
                    text.is(edge - 1, word!(",")) && possessive_title(text, p.last, edge);
                // (`Deng Zhaonan, Ganfeng's vice-president for international business,
                // signed`: the company in the signer's title, before any signer.)
                // (`Assmang chief executive X, HMM general manager Y and Tshipi managing
                // director Z signed for their respective companies`: the company whose
                // title the signer holds is bound too.)
                if p.party.party_kind != PartyKind::Person
                    && (!subject.is_empty() && edge - p.last <= 3 || possessive_title)
                {
                    let employer = subject.last().is_some_and(|&q| parties[q].first == edge)
                        && (p.last..edge).all(|x| crate::person::is_title_word(text, x));
                    if employer {
                        subject.push(k);
                    }
                    edge = p.first;
                    continue;
                }
                // (`Mr. X, Chief Executive Officer, signed`: a title between commas.)
                let titled = subject.is_empty() && title_between(text, p.last, edge);
                let joined = if subject.is_empty() {
                    edge - p.last <= 2 || titled
                } else {
                    (p.last..edge).any(|x| text.is(x, word!("and")) || text.is(x, word!(",")))
                };
                if p.party.party_kind != PartyKind::Person
                    || !joined
                    || (edge - p.last > 5 && !titled)
                {
                    break;
                }
                subject.push(k);
                edge = p.first;
            }
            // `Takuya Mori, an executive officer of X who signed for the group`.
            if subject.is_empty() {
                if let Some(k) = who_subject(text, &parties, s.first, t) {
                    subject.push(k);
                    subject.extend(employer_after(text, &parties, parties[k].last, t));
                }
            }
            // `It was signed in Lisbon by the bank's vice-president, Helena Varga, and ...`,
            // `It will be signed by X and by Y`: the people after `by` of a passive verb.
            // (`The non-binding letter, signed in Lima by X and Y, envisages`: a participle
            // after a comma is passive too.)
            let passive = t > 0 && text.is_any(t - 1, words!["was", "were", "been", "be", ","]);
            // `..., Jean-Pierre Essomba Ateba, on behalf of the Government of Cameroon, and
            // by Mr Li Wenhao`: each `and by` names more, and whom each signs for counts.
            if subject.is_empty() && passive {
                // `director of DLA Strategic Materials`: a unit of a party already bound
                // is that party, not another.
                let unit_of_party = |e: &usize| {
                    let name = &parties[*e].party.name;
                    d.parties.iter().any(|&q| {
                        let p = &parties[q].party;
                        std::iter::once(&p.name).chain(&p.aliases).any(|n| {
                            name.strip_prefix(n.as_str())
                                .is_some_and(|rest| rest.starts_with(' '))
                        })
                    })
                };
                // (`It was signed Oct. 9 at a ceremony in Tache, one of the Nation's
                // communities, by ...`: the place and date may come first.)
                if let Some(by) = (t + 1..(t + 30).min(s.last)).find(|&k| text.is(k, word!("by"))) {
                    let more = (by + 1..s.last).filter(|&b| another_by(text, b));
                    for b in std::iter::once(by).chain(more) {
                        // (`on behalf of Euro Sun by X`: whom X binds, before the `by`.)
                        subject.extend(behalf_party_before(text, &parties, b));
                        for k in listed_parties(text, &parties, b + 1, s.last) {
                            if parties[k].party.party_kind != PartyKind::Person {
                                continue;
                            }
                            subject.push(k);
                            subject.extend(on_behalf_of(text, &parties, parties[k].last, s.last));
                            subject.extend(
                                employer_after(text, &parties, parties[k].last, s.last)
                                    .filter(|e| !unit_of_party(e)),
                            );
                        }
                    }
                }
            }
            // `..., while SMM was represented by Kenji Tanabe, general manager of ...`: the
            // other side and its signer, in a clause of their own.
            // (`GRML was represented by its Managing Director, Mr. Zhang Hui, ...` in a
            // sentence of its own after the signing.)
            let represented = text.is(t, word!("represented"));
            if represented {
                subject.clear();
            }
            if !subject.is_empty() || represented {
                subject.extend(represented_sides(text, &parties, t, s.last));
            }
            // `... signed for Uzbekistan`, `signed on behalf of the Provincial Government of
            // Surigao del Norte`: whom the signer binds is a party too.
            // (`signed in Tokyo on behalf of X`, `signed on Monday on behalf of`: past
            // where or when.)
            let on = if text.is_any(t + 1, words!["in", "at", "on"])
                && text
                    .tokens
                    .get(t + 2)
                    .is_some_and(|x| x.is_capitalized(text.src))
            {
                (t + 2..(t + 5).min(s.last))
                    .find(|&k| !text.tokens[k].is_capitalized(text.src))
                    .filter(|&k| behalf_at(text, k))
                    .unwrap_or(t + 1)
            } else {
                t + 1
            };
            let behalf = behalf_at(text, on);
            let after = if behalf {
                Some(on + 3)
            } else {
                text.is(t + 1, word!("for")).then_some(t + 2)
            };
            if let Some(from) = after.filter(|_| !subject.is_empty()) {
                // `the Provincial Government of X`: a modifier may come first.
                subject.extend(opening_parties(text, &parties, from, 2, s.last));
            }
            for k in subject {
                d.bind(&parties, k);
            }
        }
    }

    for d in &mut drafts {
        for k in group_members_named_next(text, &parties, d.agreement.sentence) {
            d.bind(&parties, k);
        }
    }

    let mut agreements = Vec::new();
    let mut signatories = Vec::new();
    for d in drafts.into_iter().filter(|d| !d.parties.is_empty()) {
        let index = agreements.len();
        let mut a = d.agreement;
        a.parties = d
            .parties
            .iter()
            .map(|&k| Party::clone(&parties[k].party))
            .collect();
        // The minerals of the agreement's sentences, in text order: the entities (sorted
        // by start) of each sentence in turn.
        let mut sentences = d.sentences.clone();
        sentences.sort_unstable();
        sentences.dedup();
        for &si in &sentences {
            let from = match si {
                0 => 0,
                _ => text.sentences.get(si).map_or(usize::MAX, |x| x.start),
            };
            let to = text.sentences.get(si + 1).map_or(usize::MAX, |x| x.start);
            let k = entities.partition_point(|e| e.start < from);
            for e in entities[k..].iter().take_while(|e| e.start < to) {
                if let EntityValue::Mineral(mn) = &e.value {
                    if !a.minerals.contains(&mn.name) {
                        a.minerals.push(mn.name.clone());
                    }
                }
            }
        }
        for &k in &d.mentions {
            let p = &parties[k];
            let (start, end) = text.span(p.first, p.last);
            signatories.push(Entity {
                text: text.src[start..end].to_string(),
                start,
                end,
                sentence: 0,
                value: EntityValue::Signatory(Signatory {
                    name: p.party.name.clone(),
                    aliases: p.party.aliases.clone(),
                    party_kind: p.party.party_kind,
                    agreement: index,
                }),
                rule: "agreement party",
            });
        }
        agreements.push(a);
    }
    (agreements, signatories)
}

/// The capitalized name just before a trigger, with only auxiliaries between
/// (`Eskom has signed`, `Glencore on Monday signed`), as a token range.
fn bare_subject(text: &Text, body: usize, trigger: usize) -> Option<(usize, usize)> {
    const AUX: &[Word] = words![
        "has",
        "have",
        "had",
        "will",
        "would",
        "is",
        "was",
        "also",
        "on",
        "separately",
        "jointly",
        "officially",
        "recently",
        "finally",
        "formally",
        "today",
        "yesterday",
        "last",
        "week",
        "this",
    ];
    let mut end = trigger;
    // (`Eskom on Tuesday signed`: days of the week too.)
    while end > body && (text.is_any(end - 1, AUX) || CALENDAR_SET.has(text, end - 1)) {
        end -= 1;
    }
    let mut first = end;
    while first > body
        && text.tokens[first - 1].class == TokenClass::Word
        && text.tokens[first - 1].is_capitalized(text.src)
        && !text.is_any(
            first - 1,
            words!["The", "A", "An", "It", "He", "She", "They", "We", "This", "That"],
        )
        // `In March Transnet signed`: a date opens the sentence, not the name.
        && !text.is_any(
            first - 1,
            words!["in", "on", "at", "by", "since", "until", "after", "before"],
        )
        && !CALENDAR_SET.has(text, first - 1)
    {
        first -= 1;
    }
    // `The MoU was signed`: a capitalized word after an article is a noun, not a name.
    let after_article =
        first > 0 && text.is_any(first - 1, words!["the", "a", "an", "this", "that", "its"]);
    // (`BINDING OFFTAKE AGREEMENT SIGNED WITH SOJITZ`: nor is a headline's agreement.)
    // (`Heads of Terms signed in Riyadh`: nor the end of a noun of several words.)
    let is_noun = (first.saturating_sub(3).max(body)..end)
        .any(|k| NOUNS.longest_at(text, k).is_some_and(|m| m.last > first));
    // (`Government signs concession contract`: a headline's bare common noun names no one.)
    let common = end - first == 1
        && text.is_any(
            first,
            words![
                "government",
                "ministry",
                "company",
                "bank",
                "state",
                "cabinet",
                "miner"
            ],
        );
    (first < end && end - first <= 4 && !after_article && !is_noun && !common)
        .then_some((first, end))
}

/// `Takuya Mori, an executive officer of JX Advanced Metals who signed for the group`,
/// `said Aissatou Ndiaye, the bank's country manager for Madagascar, who signed the loan`:
/// the subject of `who` before the verb at `t` is the person the relative clause follows,
/// past the appositive that describes them (whatever it names), not a party in it.
fn who_subject(text: &Text, parties: &[PartyMention], from: usize, t: usize) -> Option<usize> {
    let e = past_auxiliaries(text, from, t);
    if e == 0 || e <= from || !text.is(e - 1, word!("who")) {
        return None;
    }
    let who = e - 1;
    let k = parties_within(parties, from, who)
        .rev()
        .find(|&k| parties[k].party.party_kind == PartyKind::Person)?;
    let p = &parties[k];
    // Right before `who`, or before a comma and an appositive of a few words with no verb
    // (none at all: `X, who signed`).
    let appositive = text.is(p.last, word!(","))
        && who - p.last <= 14
        && !(p.last + 1..who)
            .any(|x| rules::TRIGGERS_SET.has(text, x) || text.is(x, word!("said")));
    (p.last == who || appositive).then_some(k)
}

/// Verbs that report what a company did: `X said it had signed`.
const SAID: &[Word] = words![
    "said",
    "says",
    "announced",
    "confirmed",
    "added",
    "reported"
];

/// `Guardian Metal Resources, a London-listed company that runs its U.S. operations out
/// of Reno, said Tuesday it had signed`: `it` after `said` is the subject of `said`, the
/// first organization or country of the clause, whatever the appositive names.
fn said_it_subject(text: &Text, parties: &[PartyMention], from: usize, t: usize) -> Option<usize> {
    let e = past_auxiliaries(text, from, t);
    if e == 0 || e <= from || !text.is_any(e - 1, words!["it", "they"]) {
        return None;
    }
    // (`X said on Wednesday its unit had signed a loan ..., and that it had separately
    // inked an offtake`: a second reported clause, opened by `and that`, far from `said`.)
    let reach = if e >= 3 && text.is(e - 2, word!("that")) && text.is(e - 3, word!("and")) {
        e - from
    } else {
        5
    };
    let said = (e.saturating_sub(reach).max(from)..e - 1)
        .rev()
        .find(|&k| text.is_any(k, SAID))?;
    // `The Vancouver-based developer said on Tuesday it had entered into`: the story's
    // company, named by what it is.
    let Some(k) = parties_within(parties, from, said).next() else {
        return if company_subject(text, from, said) {
            parent_company(text, parties, from, said).or_else(|| main_company(parties, from))
        } else {
            None
        };
    };
    (parties[k].party.party_kind != PartyKind::Person).then_some(k)
}

/// `the parent company` (a subject in tokens `from..to`): the organization an earlier
/// sentence says a unit belongs to (`TWNI, a unit of Jakarta-listed PT Arkha Sumber Daya
/// Tbk`, `a subsidiary of`, `owned by`), the first one the article names so: the lead
/// introduces the story's unit (`Hanwon, a subsidiary of Hanwon Group` comes later).
fn parent_company(text: &Text, parties: &[PartyMention], from: usize, to: usize) -> Option<usize> {
    if !(from..to).any(|k| text.is(k, word!("parent"))) {
        return None;
    }
    const UNITS: &[Word] = words![
        "unit",
        "subsidiary",
        "arm",
        "division",
        "affiliate",
        "owned",
        "controlled"
    ];
    let before = parties.partition_point(|p| p.first < from);
    parties[..before].iter().position(|p| {
        p.party.party_kind == PartyKind::Organization
            && (p.first.saturating_sub(4)..p.first)
                .any(|k| k >= 1 && text.is_any(k, words!["of", "by"]) && text.is_any(k - 1, UNITS))
    })
}

/// The first person among the parties listed from token `from` (before `until`).
fn first_person(text: &Text, parties: &[PartyMention], from: usize, until: usize) -> Option<usize> {
    listed_parties(text, parties, from, until)
        .into_iter()
        .find(|&k| parties[k].party.party_kind == PartyKind::Person)
}

/// `was represented by` (or `were`) with its `represented` at token `r`.
fn represented_at(text: &Text, r: usize) -> bool {
    r > 0
        && text.is(r, word!("represented"))
        && text.is(r + 1, word!("by"))
        && text.is_any(r - 1, words!["was", "were"])
}

/// `..., while SMM was represented by Kenji Tanabe, general manager of ...` from token `t`
/// (before `until`): each side and the person who signs for it, with the sides of a
/// gapped list after it (`..., GCIL by its Chairman, Mr. Walter Tetere, and the GPG by the
/// Premier, Hon. Francis Marau`: the verb left out).
fn represented_sides(text: &Text, parties: &[PartyMention], t: usize, until: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for r in (t..until).filter(|&r| represented_at(text, r)) {
        let Some(side) = party_ending_at(parties, r - 1) else {
            continue;
        };
        if let Some(signer) = first_person(text, parties, r + 2, until) {
            out.extend([side, signer]);
        }
        for b in (r + 3..until).filter(|&b| text.is(b, word!("by"))) {
            let Some(more) = party_ending_at(parties, b) else {
                continue;
            };
            let opens = parties[more].first;
            let start = opens - usize::from(opens > 0 && text.is(opens - 1, word!("the")));
            if start == 0 || !text.is_any(start - 1, words![",", "and"]) {
                continue;
            }
            if let Some(signer) = first_person(text, parties, b + 1, until) {
                out.extend([more, signer]);
            }
        }
    }
    out
}

/// `signed a $185-million loan agreement with two federal Crown corporations. The Canada
/// Infrastructure Bank (CIB) will lend $110-million and Export Development Canada (EDC)
/// the remaining $75-million`: a group the signing sentence (`si`) counts after `with`,
/// whose members the next sentence names, as many organizations as the count says; or a
/// syndicate of lenders whose members the next sentence lists (`The other members of the
/// syndicate are ...`).
fn group_members_named_next(text: &Text, parties: &[PartyMention], si: usize) -> Vec<usize> {
    const COUNTS: &[Word] = words!["two", "three", "four", "five", "six"];
    const GROUPS: &[Word] = words![
        "banks",
        "lenders",
        "corporations",
        "agencies",
        "institutions",
        "companies",
        "investors",
        "financiers",
        "partners"
    ];
    let (Some(s), Some(next)) = (text.sentences.get(si), text.sentences.get(si + 1)) else {
        return Vec::new();
    };
    let counted = (s.first..s.last).find_map(|w| {
        if !text.is(w, word!("with")) {
            return None;
        }
        let c = w + 1 + usize::from(text.is_any(w + 1, words!["its", "the"]));
        let n = COUNTS.iter().position(|&x| text.is(c, x))? + 2;
        (c + 1..(c + 5).min(s.last))
            .take_while(|&g| text.tokens[g].class == TokenClass::Word)
            .find(|&g| text.is_any(g, GROUPS))
            .map(|_| n)
    });
    // (`with a consortium of local banks led by HBL. The other members of the syndicate
    // are NBP, Meezan Bank Limited and Bank Alfalah Limited.`: a group of lenders, then a
    // sentence that says who is in it; as many as it names.)
    let syndicate = counted.is_none()
        && (s.first..s.last)
            .any(|x| text.is_any(x, words!["syndicate", "consortium", "syndicated", "club"]))
        && {
            let head = (next.first..(next.first + 8).min(next.last)).find(|&x| {
                text.is_any(
                    x,
                    words!["members", "lenders", "banks", "syndicate", "consortium"],
                )
            });
            head.is_some_and(|h| {
                text.is_any(
                    h + 1,
                    words!["are", "include", "includes", "comprise", "comprises"],
                ) || (text.is(h + 1, word!("of"))
                    && (h + 2..(h + 5).min(next.last)).any(|x| text.is(x, word!("are"))))
            })
        };
    if counted.is_none() && !syndicate {
        return Vec::new();
    }
    let mut members: Vec<usize> = Vec::new();
    for k in parties_within(parties, next.first, next.last) {
        let p = &parties[k];
        if p.party.party_kind != PartyKind::Organization {
            return Vec::new();
        }
        if !members.iter().any(|&m| parties[m].key == p.key) {
            members.push(k);
        }
    }
    if counted.is_none_or(|n| members.len() == n) {
        members
    } else {
        Vec::new()
    }
}

/// `, represented by Governor Dante Ruiz` (or without the comma) right after a party's name (ending before token
/// `end`): the person who signs for it.
fn represented_by(
    text: &Text,
    parties: &[PartyMention],
    end: usize,
    until: usize,
) -> Option<usize> {
    // (`with Hindalco represented by Rohit Menon`: with or without the comma.)
    let at = end + usize::from(text.is(end, word!(",")));
    let by = at + 1;
    (text.is(at, word!("represented")) && text.is(by, word!("by")))
        .then(|| first_person(text, parties, by + 1, until))?
}

/// Does a name starting at token `first` end a portfolio (`Mines and Mining Development`,
/// `Minister of Mines`) rather than stand on its own (`(right) and Ikwezi Capital`)?
fn portfolio_tail(text: &Text, first: usize) -> bool {
    first >= 1
        && (text.is_any(first - 1, words!["of", "for", "&"])
            || text.is(first - 1, word!("and"))
                && first >= 2
                && text.tokens[first - 2].class == TokenClass::Word
                && text.tokens[first - 2].is_capitalized(text.src))
}

/// Does a name starting at token `first` follow a title's `of` or `for` (`Minister of
/// Natural Resources`): what the title is of, not a party of its own?
fn title_object(text: &Text, first: usize) -> bool {
    // (`Chairman of the Management Board`: an article after `of`.)
    let first = first - usize::from(first > 0 && text.is(first - 1, word!("the")));
    first >= 2
        && text.is_any(first - 1, words!["of", "for"])
        && crate::person::is_title_word(text, first - 2)
}

/// The parties listed from token `from` ([`listed_parties`]) after `with` or `by`, with
/// those their people stand for: the party a person represents (`the Provincial
/// Government of X, represented by Governor Y`) and, after `by`, the organization of a
/// signer's title (`signed by Mr. X, Director General of Lao Holding State Enterprise`)
/// unless the signer binds another one (`..., Chief Executive Officer of Talon Metals
/// Corp., on behalf of Talon Nickel`: Talon Nickel, listed already).
fn listed_signers(
    text: &Text,
    parties: &[PartyMention],
    from: usize,
    until: usize,
    by: bool,
) -> Vec<usize> {
    let listed = listed_parties(text, parties, from, until);
    let employers: Vec<usize> = if by {
        listed
            .iter()
            .filter(|&&p| parties[p].party.party_kind == PartyKind::Person)
            .filter_map(|&p| {
                let e = employer_after(text, parties, parties[p].last, until)?;
                Some((p, e))
            })
            // (`..., on behalf of their respective companies`, `on behalf of the
            // concessionaire`: a party named by a common noun is the employer, unless the
            // noun says it is another company of the group: `the Ethiopian subsidiary`.)
            // (`Dr. X, Director of the MCEIP office, on behalf of the Department`: the
            // title's `on behalf of`, past an office in lower case, read from the signer.)
            .filter(|&(p, e)| {
                let on = behalf_after(text, parties[e].last)
                    .or_else(|| behalf_past_title(text, parties, parties[p].last, until));
                on.is_none_or(|on| {
                    opening_parties(text, parties, on + 3, 2, until).is_empty()
                        && !(on + 3..(on + 7).min(until)).any(|x| {
                            text.is_any(x, organization::SUBSIDIARY_WORDS)
                                || text.is_any(x, GROUP_COMPANIES)
                        })
                })
            })
            .map(|(_, e)| e)
            .collect()
    } else {
        Vec::new()
    };
    let representatives: Vec<usize> = listed
        .iter()
        .filter_map(|&p| represented_by(text, parties, parties[p].last, until))
        .collect();
    let mut out = listed;
    out.extend(representatives);
    out.extend(employers);
    out
}

/// `, Vice President, Battery Raw Materials, on behalf of`: a signer's title after the
/// comma at token `end` (title words, capitalized words, `of`, `and`, commas; no other
/// person), then `on behalf of`: the token of its `on`.
fn behalf_past_title(
    text: &Text,
    parties: &[PartyMention],
    end: usize,
    until: usize,
) -> Option<usize> {
    if !text.is(end, word!(",")) || !crate::person::is_title_word(text, end + 1) {
        return None;
    }
    let stop = (end + 20).min(until);
    let at = (end + 1..stop).find(|&k| behalf_at(text, k))?;
    // (`, Director of the MCEIP office,`, `, Group Executive: Strategy and Growth,`: an
    // office in lower case, a field after a colon, brackets round an acronym.)
    let title_like = (end + 1..at).all(|k| {
        let t = &text.tokens[k];
        text.is_any(
            k,
            words![",", "and", "of", "the", "&", "-", ".", "for", ":", "(", ")"],
        ) || text.str(k) == "–"
            || (t.class == TokenClass::Word && t.is_capitalized(text.src))
            || crate::person::is_title_word(text, k)
            || text.is_lower_word(k)
                && !rules::TRIGGERS_SET.has(text, k)
                && !text.is_any(k, words!["who", "which", "that", "said", "says"])
    });
    (title_like && !person_within(parties, end + 1, at)).then_some(at)
}

/// `'s Minister of Mining,`, `'s chief wholesale banking officer,` from token `from` to
/// token `to`: a possessive, then a title (a title word among words in either case, `of`,
/// `and`, `for`, commas) before the name it belongs to.
fn possessive_title(text: &Text, from: usize, to: usize) -> bool {
    text.is(from, word!("'"))
        && text.is(from + 1, word!("s"))
        && to <= from + 14
        && (from + 2..to).any(|x| crate::person::is_title_word(text, x))
        && (from + 2..to).all(|x| {
            crate::person::is_title_word(text, x)
                || text.is_any(x, words!["of", "and", "for", ",", "-"])
                || text.tokens[x].class == TokenClass::Word
        })
}

/// `, Chief Executive Officer,` from token `end` to token `verb`: a person's title between
/// commas (a title word, capitalized words, `of`, `and`, `the`) right before a verb.
fn title_between(text: &Text, end: usize, verb: usize) -> bool {
    verb > end + 2
        && verb - end <= 14
        && text.is(end, word!(","))
        && text.is(verb - 1, word!(","))
        && (end + 1..verb - 1).any(|k| crate::person::is_title_word(text, k))
        && (end + 1..verb - 1).all(|k| {
            crate::person::is_title_word(text, k)
                // (`, Director (Finance),`: the field of a title in brackets.)
                // (`, Group Executive: Strategy and Growth,`: the field after a colon.)
                || text.is_any(k, words!["of", "and", "the", "&", "-", "(", ")", ":"])
                // (`, Constellation's senior vice-president of nuclear fuel,`: a possessive,
                // then a title among lower-case words.)
                || text.is_any(k, words!["'", "s", "for"])
                || text.is_lower_word(k)
                    && !rules::TRIGGERS_SET.has(text, k)
                    && !text.is_any(k, words!["who", "which", "that", "said", "says"])
                || text.tokens[k].class == TokenClass::Word
                    && text.tokens[k].is_capitalized(text.src)
        })
}

/// The first person named from token `from` (before `until`) who `signed for` or `signed
/// on behalf of` someone right after their name (or their title: `Mr. X, Chief Executive
/// Officer, signed on behalf of MDO`).
fn signer_for(text: &Text, parties: &[PartyMention], from: usize, until: usize) -> Option<usize> {
    let p = parties_within(parties, from, (from + 14).min(until))
        .find(|&p| parties[p].party.party_kind == PartyKind::Person)?;
    let end = parties[p].last;
    let v = (end + 3..(end + 15).min(until))
        .find(|&v| title_between(text, end, v))
        .unwrap_or(end + usize::from(text.is(end, word!(","))));
    (text.is_any(v, words!["signed", "signs"])
        && (text.is(v + 1, word!("for")) || behalf_at(text, v + 1)))
    .then_some(p)
}

/// `, IFC's resident representative for Georgia, and`: a description of a signer after
/// the comma at token `end` (a title word in it, no verb of agreement, no person) that
/// ends in `, and` before another person: the token of that `and`, and the organization
/// whose title it is when the description opens with its possessive (`IFC's`).
fn appositive_to_and(
    text: &Text,
    parties: &[PartyMention],
    end: usize,
    until: usize,
) -> Option<(usize, Option<usize>)> {
    if !text.is(end, word!(",")) {
        return None;
    }
    let stop = (end + 16).min(until);
    let and = (end + 2..stop).find(|&k| text.is_comma_and(k))?;
    let described = (end + 1..and).any(|k| crate::person::is_title_word(text, k))
        && !(end + 1..and).any(|k| {
            rules::TRIGGERS_SET.has(text, k) || text.is_any(k, words![";", ".", "who", "which"])
        })
        && !person_within(parties, end + 1, and);
    let next_person = party_starting_at(parties, and + 1)
        .is_some_and(|p| parties[p].party.party_kind == PartyKind::Person);
    let employer = party_starting_at(parties, end + 1).filter(|&p| {
        parties[p].party.party_kind == PartyKind::Organization
            && text.is(parties[p].last, word!("'"))
            && text.is(parties[p].last + 1, word!("s"))
    });
    (described && next_person).then_some((and, employer))
}

/// `, on behalf of` (or `on behalf of`) from token `end`: the token of its `on`.
fn behalf_after(text: &Text, end: usize) -> Option<usize> {
    let at = end + usize::from(text.is(end, word!(",")));
    behalf_at(text, at).then_some(at)
}

/// The comma that closes a phrase opening the sentence at `body` with one of `openers`
/// (`In a ceremony at the Ministry of Mining,`), before token `until`.
fn opening_phrase_end(text: &Text, body: usize, openers: &[Word], until: usize) -> Option<usize> {
    if !text.is_any(body, openers) {
        return None;
    }
    (body + 1..until).find(|&k| text.is(k, word!(",")))
}

/// Is token `b` a `by` that names more signers after the first: `and by Y`, `and on behalf
/// of B by Y`, `on the Saudi side – by Y`?
fn another_by(text: &Text, b: usize) -> bool {
    // (`and, on behalf of Sojitz, by Y`: a comma may come before the phrase.)
    // (`...; on behalf of JBIC by Y`: a semicolon opens the next signer's phrase.)
    // (`on behalf of Geomet by X and for InoBat by Y`: `for` as well.)
    // (`on behalf of A by X, on behalf of B by Y, and on behalf of C by Z`: a comma too.)
    let and_behalf = || {
        (b.saturating_sub(12)..b).any(|a| {
            text.is_any(a, words!["and", ";", ","])
                && (behalf_at(text, a + 1)
                    || text.is(a + 1, word!(",")) && behalf_at(text, a + 2)
                    || text.is(a + 1, word!("for")))
        })
    };
    let on_side = || {
        (b.saturating_sub(4)..b).any(|a| {
            text.is(a, word!("side")) && (a.saturating_sub(4)..a).any(|o| text.is(o, word!("on")))
        })
    };
    // (`by X on behalf of the company, by Y on behalf of the Ministry, and by Z`: after
    // a signer's `on behalf of`, a comma alone opens the next.)
    let comma_behalf =
        || text.is(b - 1, word!(",")) && (b.saturating_sub(12)..b).any(|a| behalf_at(text, a));
    // (`...; by Chief Y on behalf of B; and by Z`: a semicolon before `by`; `by X of A,
    // by Y of B, and by Z`: a comma before a `by` and a capitalized name.)
    let comma_name = || {
        text.is(b - 1, word!(","))
            && text.tokens.get(b + 1).is_some_and(|t| {
                t.class == TokenClass::Word && t.is_capitalized(text.src) && t.gap == Gap::Space
            })
    };
    b > 0
        && text.is(b, word!("by"))
        && (text.is_any(b - 1, words!["and", ";"])
            || comma_name()
            || and_behalf()
            || comma_behalf()
            || on_side())
}

/// The signers listed one a line after `by:` (from token `from`), each line opening with a
/// bullet (`- Hon. X, Minister for Lands, for and on behalf of the Government of Ghana;`):
/// the first person of each line and whom it signs for.
fn bulleted_signers(text: &Text, parties: &[PartyMention], from: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut line = from;
    while text.tokens.get(line).is_some_and(|t| {
        matches!(t.gap, Gap::Line | Gap::Paragraph)
            && (text.is_any(line, words!["-", "*"]) || text.str(line) == "•")
    }) {
        let end = (line + 1..text.tokens.len())
            .find(|&k| matches!(text.tokens[k].gap, Gap::Line | Gap::Paragraph))
            .unwrap_or(text.tokens.len());
        let people = parties_within(parties, line, end);
        if let Some(p) = people
            .clone()
            .find(|&p| parties[p].party.party_kind == PartyKind::Person)
        {
            out.push(p);
            if let Some(b) = (parties[p].last..end).find(|&k| behalf_at(text, k)) {
                out.extend(opening_parties(text, parties, b + 3, 2, end));
            }
        }
        line = end;
    }
    out
}

/// Does `on behalf of` start at token `k`?
fn behalf_at(text: &Text, k: usize) -> bool {
    text.is(k, word!("on")) && text.is(k + 1, word!("behalf")) && text.is(k + 2, word!("of"))
}

/// `on behalf of Euro Sun by`: the party named between `on behalf of` (and `the`) and the
/// `by` at token `by`.
fn behalf_party_before(text: &Text, parties: &[PartyMention], by: usize) -> Option<usize> {
    let p = party_ending_at(parties, by)?;
    let first = parties[p].first;
    let start = first - usize::from(first > 0 && text.is(first - 1, word!("the")));
    (start >= 3 && behalf_at(text, start - 3)).then_some(p)
}

/// `, on behalf of the Government of Cameroon` right after a signer's name (ending before
/// token `end`): the parties the signer binds.
fn on_behalf_of(text: &Text, parties: &[PartyMention], end: usize, until: usize) -> Vec<usize> {
    // (`by X, Group Executive: Strategy and Growth, on behalf of Implats`: past the
    // signer's title between commas.)
    let past_title = || {
        (end + 3..(end + 15).min(until))
            .find(|&v| title_between(text, end, v) && behalf_at(text, v))
    };
    match behalf_after(text, end).or_else(past_title) {
        Some(at) => opening_parties(text, parties, at + 3, 2, until),
        None => Vec::new(),
    }
}

/// `, General Manager of Sinosteel Cam S.A.`, `, Managing Director, KABIL` or `of the Cree
/// Nation of Nemaska` right after a signer's name (ending before token `end`): the
/// organization whose title the signer holds, or whose body the signer is of.
fn employer_after(
    text: &Text,
    parties: &[PartyMention],
    end: usize,
    until: usize,
) -> Option<usize> {
    // (`, GM's executive director of battery raw materials`, `, Vale Base Metals' chief
    // commercial officer`: the employer's possessive before the title.)
    if text.is(end, word!(",")) {
        if let Some(k) = party_starting_at(parties, end + 1)
            .filter(|&k| parties[k].party.party_kind == PartyKind::Organization)
        {
            let p = parties[k].last;
            let title_from = p + 1 + usize::from(text.is(p + 1, word!("s")));
            if text.is(p, word!("'"))
                && p < until
                && (title_from..title_from + 3).any(|x| crate::person::is_title_word(text, x))
            {
                return Some(k);
            }
        }
    }
    let of = if text.is(end, word!("of")) {
        end
    } else {
        title_then_of(text, end, until)?
    };
    let named =
        |at: usize| party_starting_at(parties, at + 1 + usize::from(text.is(at + 1, word!("the"))));
    // (`, Head of Mining and Metals at RMB`, `, Managing Principal: Resources at Absa CIB`,
    // `, a director at Absa`: the business the title covers, then the employer after `at`.)
    let k = if text.is(of, word!("at")) {
        named(of)?
    } else {
        named(of)
            .filter(|_| !text.is(of, word!(":")))
            .or_else(|| named(business_then_at(text, of + 1, until)?))?
    };
    // (`, Executive Officer, Metals Division,`: a unit of the signer's company is none.)
    (parties[k].party.party_kind == PartyKind::Organization
        && parties[k].last <= until
        && !unit_of_company(text, &parties[k]))
    .then_some(k)
}

/// `, General Manager of` or `, Managing Director,` after a name ending before token
/// `end`: the token (`of` or the comma) after which the employer is named.
fn title_then_of(text: &Text, end: usize, until: usize) -> Option<usize> {
    if !text.is(end, word!(",")) {
        return None;
    }
    let mut j = end + 1 + usize::from(text.is_any(end + 1, words!["the", "an", "a"]));
    let from = j;
    while j < until && j < from + 6 {
        if crate::person::is_title_word(text, j) || text.is(j, word!("and")) {
            j += 1;
        } else if j > from && text.is(j, word!("(")) && text.is(j + 2, word!(")")) {
            // `Director (Projects)`: a bracketed word after a title word.
            j += 3;
        } else {
            break;
        }
    }
    // (`, Managing Director, KABIL,`: the employer after a comma of its own.)
    let titled = (from..j).any(|x| crate::person::is_title_word(text, x));
    let after_comma = text.is(j, word!(",")) && j + 1 < until && titled;
    // (`, head at RMB`, `, Managing Principal: Resources at`: after a title word.)
    let at_or_colon = titled && text.is_any(j, words!["at", ":"]);
    (j > from && (text.is(j, word!("of")) || after_comma || at_or_colon)).then_some(j)
}

/// `Mining and Metals at` from token `from` (after a title's `of` or colon): the business a
/// title covers, a few words with no punctuation, then `at`: the token of that `at`.
fn business_then_at(text: &Text, from: usize, until: usize) -> Option<usize> {
    let at = (from + 1..(from + 6).min(until)).find(|&k| text.is(k, word!("at")))?;
    (from..at)
        .all(|k| {
            text.tokens[k].class == TokenClass::Word
                && !rules::TRIGGERS_SET.has(text, k)
                && !text.is_any(k, words!["signed", "said", "who", "which"])
        })
        .then_some(at)
}

/// Does party mention `p` name a unit of a company (`Metals Division`, `Battery Materials
/// Department`, `Raw Materials Procurement`), as a signer's title does, rather than the
/// company?
fn unit_of_company(text: &Text, p: &PartyMention) -> bool {
    let last = p.last - 1;
    // (`Head of Asia-Pacific Investments at QIA`: a business between a title's `of` and
    // the `at` of the employer.)
    let title_business = p.first >= 2
        && text.is(p.first - 1, word!("of"))
        && crate::person::is_title_word(text, p.first - 2)
        && text.is(p.last, word!("at"));
    p.party.party_kind == PartyKind::Organization
        && p.last > p.first + 1
        && (text.is_any(
            last,
            words!["division", "department", "unit", "team", "desk"],
        ) || text.is_any(last, crate::person::COMPANY_FUNCTIONS)
            || title_business)
}

/// A headline: the article's first sentence, ending its line without a full stop.
fn is_headline(text: &Text, si: usize) -> bool {
    let s = text.sentences[si];
    let last = &text.tokens[s.last - 1];
    let ends_line = text
        .tokens
        .get(s.last)
        .is_none_or(|n| matches!(n.gap, Gap::Line | Gap::Paragraph));
    let unpunctuated = ends_line
        && !matches!(
            &text.src[last.start..last.end],
            "." | "!" | "?" | "\"" | "”"
        );
    // `Read more: Transnet signs manganese export deal with Assmang`: a link to another
    // story, a headline wherever it stands.
    let link = matches!(text.tokens[s.first].gap, Gap::Line | Gap::Paragraph)
        && (text.is(s.first, word!("read")) && text.is(s.first + 1, word!("more"))
            || text.is(s.first, word!("related"))
            || text.is(s.first, word!("also")) && text.is(s.first + 1, word!("read"))
            || text.is(s.first, word!("see")) && text.is(s.first + 1, word!("also")));
    // `ASX ANNOUNCEMENT` / `21 August` / `KALBARRI SIGNS BINDING OFFTAKE WITH SOJITZ`: a
    // press release's headline after its letterhead, in capitals or title case, among the
    // first lines.
    let capitals = || {
        let mut words = text.tokens[s.first..s.last]
            .iter()
            .filter(|t| t.class == TokenClass::Word);
        words.clone().count() >= 3 && words.all(|t| t.shape == Shape::Upper)
    };
    let early_title = || si <= 4 && (capitals() || text.in_title_case_line(s.first));
    unpunctuated && (si == 0 || link || early_title())
}

/// Where a sentence's own words start: after a dateline (`KINSHASA, Democratic Republic of
/// Congo –`, `Islamabad:`) at the start of a paragraph.
fn body_start(text: &Text, si: usize) -> usize {
    let s = text.sentences[si];
    // (A sentence opening with an article is no dateline: `The Republic of Colombia and
    // CAF – Development Bank of Latin America ... signed`.)
    if !matches!(text.tokens[s.first].gap, Gap::Line | Gap::Paragraph)
        || text.is_any(s.first, words!["the", "a", "an"])
    {
        return s.first;
    }
    // A bracket comes before any dateline mark: the colon of `Coongan Iron Ltd (ASX: CGN)
    // said` is a ticker's.
    // (`RIYADH, Saudi Arabia, Nov. 25, 2025 /PRNewswire/ --`, `LONDON — `: a wire's
    // dateline, of names, numbers and marks only, runs to twenty tokens; its dash may be
    // doubled or long.)
    // (`Santiago, 14 August 2025.- In a ceremony`: the Latin American press glues the
    // dash to a full stop.)
    let dash = |k: usize| {
        (text.is(k, word!("-")) || matches!(text.str(k), "--" | "–" | "—"))
            && (text.tokens[k].gap != Gap::None || k > 0 && text.is(k - 1, word!(".")))
    };
    let no_lower_before = |k: usize| (s.first..k).all(|x| !text.is_lower_word(x));
    (s.first..(s.first + 20).min(s.last))
        .take_while(|&k| !text.is(k, word!("(")))
        .find(|&k| {
            text.is(k, word!(":")) && k < s.first + 12
                || text.is(k, word!("-")) && dash(k) && k < s.first + 12
                || dash(k) && no_lower_before(k)
        })
        .map_or(s.first, |k| {
            k + 1 + usize::from(dash(k) && text.is(k + 1, word!("-")) && !dash(k + 1))
        })
}

/// The agreement's value from the amounts between `start` and `end` (a sentence).
fn value_in(
    text: &Text,
    entities: &[Entity],
    start: usize,
    end: usize,
    any: bool,
) -> Option<Money> {
    // Entities are sorted by start: only those from `start` on, and before `end`.
    let k = entities.partition_point(|e| e.start < start);
    entities[k..]
        .iter()
        .take_while(|e| e.start < end)
        .find_map(|e| {
            let EntityValue::Amount(a) = &e.value else {
                return None;
            };
            if e.end > end || a.per.is_some() {
                return None;
            }
            let value = a.value?;
            let linked = token_at(text, e.start).is_some_and(|k| {
                (k.saturating_sub(3)..k)
                    .any(|j| text.is(j, word!("worth")) || text.is(j, word!("valued")))
            });
            (any || linked).then_some(Money {
                currency: a.currency,
                value,
            })
        })
}

/// Where the verb group of the signing verb at `t` starts: `are due to sign`, `will sign`,
/// `is expected to sign` start at their first word, so that the signers before it are as
/// near to it as to `signed`.
fn verb_group_start(text: &Text, floor: usize, t: usize) -> usize {
    if !text.is(t, word!("sign")) {
        return t;
    }
    let mut k = t;
    while k > floor
        && t - k < 4
        && text.is_any(
            k - 1,
            words![
                "to",
                "will",
                "due",
                "expected",
                "set",
                "scheduled",
                "are",
                "is"
            ],
        )
    {
        k -= 1;
    }
    k
}
