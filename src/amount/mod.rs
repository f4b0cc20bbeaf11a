//! Amounts of money: a number (digits or words, with scale words) next to a currency
//! (code, symbol, prefixed dollar, name or sub-unit), with qualifiers, ranges and prices.
//!
//! `find` builds candidates token by token from the currency forms the gazetteer finds;
//! `resolve_currency` then picks each candidate's ISO code from its form's candidates using
//! the document's context (its countries, most telling first), so that a bare `$` from an
//! Australian publisher is AUD and `Rs` in an Indian story is INR.

pub mod gazetteer;
mod rules;

#[cfg(test)]
mod corpus;

pub use gazetteer::{Form, FormType, Gazetteer};

use crate::gazetteer::LexMatch;
use crate::record::{Amount, CurrencyCode, Entity, EntityValue};
use crate::text::Text;
use crate::{word, words};

/// What the document tells about its currencies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// ISO 3166-1 alpha-2 codes, most telling first: the caller's metadata (`country`,
    /// the `url`'s domain), then the article's own main country.
    pub countries: Vec<String>,
    /// Every country the article names, most named first. A sign the US dollar does not
    /// share (`Rs`, `£`) is read by the first of them where it is tender; a `$` only by
    /// `countries`, since a story that names Australia once still writes US dollars.
    pub mentioned: Vec<String>,
    /// Each place the article names, as (byte offset, ISO country), in text order. A sign
    /// the US dollar does not share (`pesos`, `Rs`) is read first by the places of its own
    /// sentence and the one before: a round-up's `820 billion pesos` in its paragraph on
    /// Colombia are Colombian, whatever country the article names most.
    pub places: Vec<(usize, String)>,
}

/// Proposes an amount entity for each sum of money in `text`. The document's context is
/// asked for only when an amount's currency is ambiguous (`$`, `Rs`, `R`).
// Kept out of line: one call per document, and profiles then show each kind.
#[inline(never)]
pub fn find(g: &Gazetteer, text: &Text, ctx: impl FnOnce() -> Context, out: &mut Vec<Entity>) {
    find_from(g, text, &g.lexicon.find_all(text), ctx, out);
}

/// [`find`] from the currency forms already matched in `text`: `forms` are the matches of
/// `g`'s [lexicon](Gazetteer::lexicon), as its `find_all` or
/// a [`MultiFilter`](crate::gazetteer::MultiFilter) walk (with the units) gives them.
pub fn find_from(
    g: &Gazetteer,
    text: &Text,
    forms: &[LexMatch],
    ctx: impl FnOnce() -> Context,
    out: &mut Vec<Entity>,
) {
    let mut named = Vec::new();
    let found = rules::find_amounts(g, text, forms, &mut named);
    let ambiguous = found.iter().any(rules::Found::ambiguous);
    let mut ctx = if ambiguous { ctx() } else { Context::default() };
    // `$US120m`, `$A1.2bn`: the country after the sign is the Australian press's style,
    // whose bare `$` is the Australian dollar.
    let australian_style = || {
        found.iter().any(|f| {
            text.tokens
                .get(f.first)
                .is_some_and(|t| text.src[t.start..].starts_with("$US"))
        })
    };
    if ambiguous && australian_style() && !ctx.countries.iter().any(|c| c == "AU") {
        ctx.countries.insert(0, "AU".to_string());
    }
    let ctx = &ctx;
    let declared = if ambiguous {
        declared_currency(text, &named)
    } else {
        None
    };
    // Amounts in one article share a few forms and one context: each choice is made once.
    let mut chosen: Vec<(Choice, Option<CurrencyCode>)> = Vec::new();
    let mut prev: Option<&rules::Found> = None;
    // For each sign read by the places near it: those places (see `tender_places`).
    type Places = Option<Vec<(usize, CurrencyCode)>>;
    let mut local_places: Vec<(&[CurrencyCode], Places)> = Vec::new();
    for (k, f) in found.iter().enumerate() {
        let next = found.get(k + 1);
        let choice = Choice::of(f, prev, next);
        let mut local = || {
            let k = match local_places
                .iter()
                .position(|(c, _)| std::ptr::eq(*c, choice.candidates))
            {
                Some(k) => k,
                None => {
                    let places = tender_places(g, choice.candidates, ctx);
                    local_places.push((choice.candidates, places));
                    local_places.len() - 1
                }
            };
            local_currency(text, f, local_places[k].1.as_deref()?)
        };
        let currency = match chosen.iter().find(|(c, _)| *c == choice) {
            _ if f.ambiguous()
                && let Some(code) =
                    declared_in_sentence(text, &named, f, next.map(|n| n.first)) =>
            {
                Some(code)
            }
            _ if f.ambiguous()
                && let Some(code) = exchange_after(text, f) =>
            {
                Some(code)
            }
            _ if choice.local(declared)
                && let Some(code) = local() =>
            {
                Some(code)
            }
            Some(&(_, code)) => code,
            None => {
                let code = resolve_currency(g, choice, ctx, declared);
                chosen.push((choice, code));
                code
            }
        };
        prev = Some(f);
        if currency.is_none() && f.needs_context {
            continue;
        }
        let (start, end) = text.span(f.first, f.last);
        out.push(Entity {
            text: text.src[start..end].to_string(),
            start,
            end,
            sentence: 0,
            value: EntityValue::Amount(Amount {
                currency: currency.or_else(|| f.candidates.first().copied()),
                value: f.value,
                min: f.min,
                max: f.max,
                qualifier: f.qualifier,
                per: f.per.map(str::to_string),
            }),
            rule: f.rule,
        });
    }
}

/// `$212,000 million in royalties in 2024 - figures in Argentine pesos -`: the currency a
/// bare amount's own sentence declares after it, before any other amount (`next`): a name
/// (not a sign: `in R`) of one currency after `in` (`named`: with no number beside it),
/// with no number right before that `in` (not `or 450 billion in Argentine pesos`,
/// another amount).
fn declared_in_sentence(
    text: &Text,
    named: &[rules::Named],
    f: &rules::Found,
    next: Option<usize>,
) -> Option<CurrencyCode> {
    let s = text.sentences.get(text.sentence_of_token(f.first))?;
    let until = next.map_or(s.last, |n| n.min(s.last));
    let from = named.partition_point(|n| n.first < f.last);
    named[from..]
        .iter()
        .take_while(|n| n.first < until)
        .find(|n| {
            n.kind == FormType::Name
                && n.first >= 2
                && text.is(n.first - 1, word!("in"))
                && !crate::number::may_end_number(text, n.first - 2)
        })
        .map(|n| n.currency)
}

/// `rose 12% to 17c on the JSE`, `closed at $1.20 on the ASX`: a price quoted on a stock
/// exchange (named within a few words after it) is in that exchange's currency, when the
/// sign may be it.
fn exchange_after(text: &Text, f: &rules::Found) -> Option<CurrencyCode> {
    const EXCHANGES: &[(crate::text::Word, &str)] = &[
        (word!("ASX"), "AUD"),
        (word!("JSE"), "ZAR"),
        (word!("TSX"), "CAD"),
        (word!("TSXV"), "CAD"),
        (word!("NZX"), "NZD"),
        (word!("SGX"), "SGD"),
        (word!("HKEX"), "HKD"),
    ];
    let k = f.last + usize::from(text.is_any(f.last, words!["on", "in"]));
    if k == f.last {
        return None;
    }
    let k = k + usize::from(text.is(k, word!("the")));
    let code = EXCHANGES
        .iter()
        .find(|(w, _)| text.is(k, *w) && text.tokens[k].shape == crate::text::Shape::Upper)
        .and_then(|&(_, c)| CurrencyCode::new(c))?;
    f.candidates.contains(&code).then_some(code)
}

/// `All figures in Canadian dollars unless otherwise noted.`: the currency a story
/// declares for its bare amounts, named (with one code, no number beside it: `named`) in a
/// sentence that says so.
fn declared_currency(text: &Text, named: &[rules::Named]) -> Option<CurrencyCode> {
    named.iter().find_map(|n| {
        let s = text.sentences.get(text.sentence_of_token(n.first))?;
        let unless = (s.first..s.last)
            .any(|k| text.is(k, word!("unless")) && text.is(k + 1, word!("otherwise")));
        let all_in = (s.first..n.first).any(|k| {
            text.is(k, word!("all"))
                && (k + 1..(k + 4).min(n.first)).any(|j| {
                    text.is_any(
                        j,
                        words!["figures", "amounts", "prices", "values", "numbers"],
                    )
                })
        });
        (unless || all_in).then_some(n.currency)
    })
}

/// What decides an amount's currency besides the document's context: its form's
/// candidates, whether the form needs context, and whether it is paired with an explicit
/// US-dollar amount (`$7.5b [US$5b]`).
#[derive(Clone, Copy)]
struct Choice<'g> {
    candidates: &'g [CurrencyCode],
    needs_context: bool,
    paired_with_usd: bool,
}

/// Same form (the gazetteer's own slice of candidates, compared by address: forms are few
/// and their lists long), same needs.
impl PartialEq for Choice<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.candidates, other.candidates)
            && self.needs_context == other.needs_context
            && self.paired_with_usd == other.paired_with_usd
    }
}

impl<'g> Choice<'g> {
    /// Is the sign read by the places near it ([`local_currency`])? A sign of several
    /// currencies, none of them the US dollar, that needs no context of its own and that
    /// no declaration of the story's currency settles.
    fn local(&self, declared: Option<CurrencyCode>) -> bool {
        self.candidates.len() > 1
            && !self.needs_context
            && !shares_usd(self.candidates)
            && !declared.is_some_and(|d| self.candidates.contains(&d))
    }

    fn of(
        f: &rules::Found<'g>,
        prev: Option<&rules::Found>,
        next: Option<&rules::Found>,
    ) -> Choice<'g> {
        let usd = CurrencyCode::new("USD");
        let explicit_usd = |o: Option<&rules::Found>| {
            o.is_some_and(|o| o.candidates.len() == 1 && o.candidates.first().copied() == usd)
        };
        let paired_with_usd = (f.bracketed && explicit_usd(prev))
            || (next.is_some_and(|n| n.bracketed) && explicit_usd(next));
        Choice {
            candidates: f.candidates,
            needs_context: f.needs_context,
            paired_with_usd,
        }
    }
}

/// Is currency `c` legal tender in `country` (ISO alpha-2)?
fn tender_in(g: &Gazetteer, c: CurrencyCode, country: &str) -> bool {
    g.currency(c)
        .is_some_and(|cur| cur.countries.iter().any(|x| x == country))
}

/// Is the US dollar among a sign's candidates (`$`, `dollars`)?
fn shares_usd(candidates: &[CurrencyCode]) -> bool {
    let usd = CurrencyCode::new("USD");
    candidates.iter().any(|c| Some(*c) == usd)
}

/// The places of the article that name a country where one of `candidates` is tender, as
/// (byte offset, that currency), in text order; `None` when one of those countries is
/// named half as often again as any other (the article is about it: a Sri Lankan story's
/// `Rs` is LKR though a sentence names only the Indian buyer). Asked once per sign and
/// article ([`local_currency`] reads it per amount).
fn tender_places(
    g: &Gazetteer,
    candidates: &[CurrencyCode],
    ctx: &Context,
) -> Option<Vec<(usize, CurrencyCode)>> {
    let tender = |country: &str| {
        candidates
            .iter()
            .copied()
            .find(|c| tender_in(g, *c, country))
    };
    let mut named: Vec<(usize, CurrencyCode)> = Vec::new();
    // How often the article names each such country.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (b, country) in &ctx.places {
        let Some(c) = tender(country) else { continue };
        named.push((*b, c));
        match counts.iter_mut().find(|(x, _)| x == country) {
            Some((_, n)) => *n += 1,
            None => counts.push((country, 1)),
        }
    }
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    match &counts[..] {
        [] => None,
        [(_, top), rest @ ..] if rest.first().is_none_or(|(_, next)| 2 * top >= 3 * next) => None,
        _ => Some(named),
    }
}

/// The currency of an amount whose sign several countries share, not the US dollar
/// (`pesos`, `Rs`, `kr`), in an article that names none of their countries half as often
/// again as the next (a round-up; `places` from [`tender_places`]): the one candidate
/// tender in a country that the places of its sentence name, or, when they name none,
/// those of the sentence before. `None` when they name no such country, or countries of
/// two candidates.
fn local_currency(
    text: &Text,
    f: &rules::Found,
    places: &[(usize, CurrencyCode)],
) -> Option<CurrencyCode> {
    let si = text.sentence_of_token(f.first);
    let bytes = |s: usize| {
        let s = text.sentences.get(s)?;
        Some((
            text.tokens.get(s.first)?.start,
            text.tokens.get(s.last.checked_sub(1)?)?.end,
        ))
    };
    // The candidates the places of sentence `s` name: none, one, or two that disagree.
    let named_in = |s: usize| -> Option<Option<CurrencyCode>> {
        let (from, to) = bytes(s)?;
        let lo = places.partition_point(|(b, _)| *b < from);
        let hi = places.partition_point(|(b, _)| *b < to);
        let (&(_, first), rest) = places[lo..hi].split_first()?;
        Some(rest.iter().all(|&(_, c)| c == first).then_some(first))
    };
    named_in(si)
        .or_else(|| si.checked_sub(1).and_then(named_in))
        .flatten()
}

/// Countries whose press writes a bare `$` for their own dollar (Australia, Canada, New
/// Zealand, Hong Kong, Singapore); elsewhere a bare `$` is the US dollar and the local
/// one is prefixed (`N$`, `J$`, `NT$`, `TT$`).
const OWN_DOLLAR_PRESS: &[&str] = &["AU", "CA", "NZ", "HK", "SG"];

/// Picks the ISO code of an amount among its form's candidates. An explicit currency (one
/// candidate) is kept. For an ambiguous one (`$`, `Rs`, `£`), the first context country
/// where a candidate is tender decides; a bare `$` right before or after a bracketed
/// explicit US-dollar amount (`$7.5b [US$5b]`) is not the US dollar. Returns `None` when a
/// form that needs context (`R`, `N`) has none, and otherwise the most likely candidate.
/// A currency the story declares for its amounts (`All figures in Canadian dollars`)
/// decides first when the sign may be it.
fn resolve_currency(
    g: &Gazetteer,
    choice: Choice,
    ctx: &Context,
    declared: Option<CurrencyCode>,
) -> Option<CurrencyCode> {
    let cands = choice.candidates;
    if cands.len() == 1 && !choice.needs_context {
        return cands.first().copied();
    }
    // What the story says its bare amounts are in, when it is one of the sign's.
    if let Some(d) = declared.filter(|d| cands.contains(d) && !choice.paired_with_usd) {
        return Some(d);
    }
    let usd = CurrencyCode::new("USD");
    let usd_possible = shares_usd(cands);
    let extra = if usd_possible {
        &[][..]
    } else {
        &ctx.mentioned[..]
    };
    for country in ctx.countries.iter().chain(extra) {
        // A sign the US dollar shares (`$`) is another dollar only where the press writes
        // it so for its own (a Namibian story's `$` is the US dollar; its own is `N$`),
        // or where a bracketed US-dollar amount says it is not one.
        if usd_possible && !choice.paired_with_usd && !OWN_DOLLAR_PRESS.contains(&country.as_str())
        {
            continue;
        }
        if let Some(c) = cands
            .iter()
            .find(|c| tender_in(g, **c, country) && !(choice.paired_with_usd && Some(**c) == usd))
        {
            return Some(*c);
        }
    }
    if choice.needs_context {
        return None;
    }
    if choice.paired_with_usd {
        return cands.iter().find(|c| Some(**c) != usd).copied();
    }
    cands.first().copied()
}
