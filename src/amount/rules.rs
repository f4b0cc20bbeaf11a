//! The rules that turn currency forms and numbers into amounts. Each produces a `Found`
//! with the name of the rule that made it:
//!
//! - `currency number` — `USD 500 million`, `$1.2bn`, `Rs140bn`, `US$ 6m`, `MUSD 5`
//! - `number currency` — `500 million dollars`, `5 lakh rupees`, `10k$`, `50 cents`,
//!   `12-cent` (in `12-cent-a-share`)
//! - `amount subunit` — `20 dollars 43 cents`, `3 GBP 1 pence`
//! - `amount range` — `$1-2 billion`, `$1bn-$1.5bn`, `between $10 and $20`,
//!   `from 1 to 3 million dollars`, `10-20 dollars`
//!
//! then qualifiers before (`about`, `more than`), prices after (`an ounce`, `per tonne`),
//! and whether the amount sits in brackets (a conversion of the amount before it).

use super::gazetteer::{Form, FormType, Gazetteer};
use crate::gazetteer::LexMatch;
use crate::number::{
    may_end_number, may_start_number, number_ending_at, opens_range, range_joiner, read_number,
    Parsed,
};
use crate::record::{CurrencyCode, Qualifier};
use crate::text::{Gap, Shape, Text, TokenClass};
use crate::text::{Word, WordFilter};
use crate::word;
use crate::words;

/// An amount before currency resolution.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Found<'g> {
    pub first: usize,
    pub last: usize,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub qualifier: Option<Qualifier>,
    pub per: Option<&'static str>,
    pub candidates: &'g [CurrencyCode],
    /// A one-letter sign (`R`, `N`) that names a currency only in its country's context.
    pub needs_context: bool,
    /// Right after `(` or `[`: a conversion of the amount before.
    pub bracketed: bool,
    pub rule: &'static str,
    /// Internals for ranges: the currency's position, scale, and form type.
    number: Parsed,
    currency_before: bool,
    kind: FormType,
}

impl Found<'_> {
    /// Does the amount's currency depend on context: several candidates (`$`) or a sign
    /// valid only in its country (`R`)?
    pub fn ambiguous(&self) -> bool {
        self.candidates.len() > 1 || self.needs_context
    }
}

struct Mention<'g> {
    first: usize,
    last: usize,
    form: &'g Form,
}

fn breaks_line(text: &Text, i: usize) -> bool {
    text.tokens
        .get(i)
        .is_none_or(|t| matches!(t.gap, Gap::Line | Gap::Paragraph))
}

/// A currency form of one currency with no number beside it (`All figures in Canadian
/// dollars`, `figures in Argentine pesos`): what a story's declaration of the currency of
/// its bare amounts is made of.
pub(super) struct Named {
    pub first: usize,
    pub kind: FormType,
    pub currency: CurrencyCode,
}

/// Currency mentions, left to right: the gazetteer's forms (`$`, `US$`, `rupees`, `USD`,
/// and codes with a glued scale, `MUSD`, `kEUR`) next to a number. The forms of one
/// currency with no number beside them go to `named`.
fn mentions<'g>(
    g: &'g Gazetteer,
    text: &Text,
    found: &[LexMatch],
    named: &mut Vec<Named>,
) -> Vec<Mention<'g>> {
    // Every form in the text: one walk over its tokens, shared with the units, tests each
    // token's hash against the filter of first tokens, so most tokens cost a few
    // instructions; the rules then keep the forms next to a number.
    let mut out = Vec::with_capacity(found.len());
    for m in found {
        let Some(form) = g.lexicon.first_value(text, m).and_then(|&f| g.forms.get(f)) else {
            continue;
        };
        if next_to_number(text, m) {
            out.push(Mention {
                first: m.first,
                last: m.last,
                form,
            });
        } else if let [currency] = form.currencies[..] {
            named.push(Named {
                first: m.first,
                kind: form.kind,
                currency,
            });
        }
    }
    out
}

/// Can the form at `m` be part of an amount at all? Every rule needs a number next to it:
/// one that starts right after it (`$ 5`, `USD five`), or one that ends right before it,
/// perhaps through a glued hyphen (`5 dollars`, `12-cent`), or `a`/`an` before it (`a
/// dollar`). Most forms in running text (`US`, `pound`) have none and cost no more.
pub(super) fn next_to_number(text: &Text, m: &LexMatch) -> bool {
    may_start_number(text, m.last)
        || m.first.checked_sub(1).is_some_and(|b| {
            may_end_number(text, b)
                || text.is_glued_hyphen(b)
                || text.is_any(b, crate::number::ARTICLES)
        })
}

/// Neighbouring words all in capitals: a headline or shouting, where `ALL` is a word.
fn in_caps_run(text: &Text, first: usize, last: usize) -> bool {
    let caps = |i: usize| {
        text.tokens
            .get(i)
            .is_some_and(|t| t.class == TokenClass::Word && t.shape == Shape::Upper)
    };
    (first > 0 && caps(first - 1)) || caps(last) || caps(last + 1)
}

fn found<'g>(
    m: &Mention<'g>,
    first: usize,
    last: usize,
    p: Parsed,
    before: bool,
    rule: &'static str,
) -> Found<'g> {
    let value = p.value * m.form.mult / m.form.divisor;
    Found {
        first,
        last,
        value: Some(value),
        min: None,
        max: None,
        qualifier: None,
        per: None,
        candidates: &m.form.currencies,
        needs_context: false,
        bracketed: false,
        rule,
        number: Parsed { value, ..p },
        currency_before: before,
        kind: m.form.kind,
    }
}

/// `USD 500 million`, `$1.2bn`, `Rs140bn`.
fn currency_number<'g>(text: &Text, m: &Mention<'g>) -> Option<Found<'g>> {
    let f = m.form;
    // Names go after numbers (`5 million dollars`), except a name of one currency written
    // before digits (`ringgit 42`, `rmb 10`).
    // (`(about CFA francs 98.4 billion)`: a name of several currencies too, in a
    // conversion in brackets or after a qualifier.)
    let conversion =
        m.first > 0 && (text.is(m.first - 1, word!("(")) || approximates(text, m.first - 1));
    let name_before_digits = f.kind == FormType::Name
        && (f.currencies.len() == 1 || conversion)
        && text
            .tokens
            .get(m.last)
            .is_some_and(|t| t.class == TokenClass::Number);
    if (f.kind == FormType::Name && !name_before_digits)
        || f.kind == FormType::Subunit
        || f.after_number
    {
        return None;
    }
    let j = m.last;
    if breaks_line(text, j) {
        return None;
    }
    let digits_next = text.tokens[j].class == TokenClass::Number;
    if (f.needs_digit || f.word_code) && !digits_next {
        return None;
    }
    if f.word_code && (in_caps_run(text, m.first, m.last) || text.starts_sentence(m.first)) {
        return None;
    }
    let p = read_number(text, j)?;
    if text.is(p.last, word!("%")) || text.is(p.last, word!("percent")) {
        return None;
    }
    let one_letter = f.kind == FormType::Symbol
        && f.needs_digit
        && text
            .str(m.first)
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            == 1
        && m.last - m.first == 1;
    // `R24 road`, `N95`, `K2`: a one-letter sign before a small bare integer is a name
    // or a code; money written so has a scale, decimals or hundreds (`R1.5bn`, `R500`).
    if one_letter && !p.scaled && p.value < 100.0 && p.value.fract() == 0.0 {
        return None;
    }
    let mut out = found(m, m.first, p.last, p, true, "currency number");
    out.needs_context = one_letter;
    Some(out)
}

/// Words that may follow `a dollar` when it is a sum (`a dollar a share`, `a dollar on
/// Monday`, `below a dollar and`), not a modifier of the noun after it (`a dollar bond`,
/// `a euro zone country`).
const AFTER_ONE_UNIT: &[Word] = words![
    "a",
    "an",
    "per",
    "each",
    "apiece",
    "for",
    "on",
    "in",
    "at",
    "and",
    "or",
    "to",
    "from",
    "than",
    "of",
    "by",
    "with",
    "since",
    "after",
    "before",
    "last",
    "this",
    "but",
    "as",
    "when",
    "while",
    "into",
    "today",
    "yesterday",
    "now",
];

/// `a dollar`, `an euro`: one unit of a currency named in the singular, when it is the
/// head of its phrase (not `a dollar-denominated bond`, `a dollar store`).
fn one_of(text: &Text, m: &Mention, floor: usize) -> Option<Parsed> {
    let a = m.first.checked_sub(1).filter(|&a| a >= floor)?;
    let singular = !text.str(m.last - 1).ends_with('s');
    let head = text.tokens.get(m.last).is_none_or(|t| {
        (t.class == TokenClass::Punct && !text.is_glued_hyphen(m.last))
            || text.is_any(m.last, AFTER_ONE_UNIT)
    });
    (head
        && m.form.kind == FormType::Name
        && !m.form.after_number
        && !m.form.unit_clash
        && singular
        && (text.is(a, word!("a")) || text.is(a, word!("an"))))
    .then_some(Parsed {
        value: 1.0,
        first: a,
        last: m.first,
        scaled: false,
        words: true,
        mult: 1.0,
    })
}

/// `500 million dollars`, `5 lakh rupees`, `10k$`, `50 cents`.
/// `before_next` says the caller found that the number after the sign is an amount of its
/// own (`10 $ 30 $`, `10 $ 30 cent`), so the sign may belong to the number before it.
fn number_currency<'g>(
    text: &Text,
    m: &Mention<'g>,
    floor: usize,
    before_next: bool,
) -> Option<Found<'g>> {
    let f = m.form;
    let glued = text.tokens[m.first].gap == Gap::None;
    let letters = text
        .str(m.first)
        .chars()
        .filter(|c| c.is_alphabetic())
        .count();
    // A sign that goes before numbers counts after one glued to it (`20Rs`, `10k$`,
    // `3.14US$`), or spaced when it has two letters or more (`42 RM`, not `42 R`), or is
    // a symbol with no number after it (`100 ₡`) or the same sign after that number
    // (`10 $ 30 $`); in `10 $ 30` the `$` is for the 30.
    if (f.kind == FormType::Prefix || f.needs_digit)
        && !glued
        && (f.kind == FormType::Prefix || letters < 2)
    {
        return None;
    }
    // (`RNS Number : 7730P`, `Form 20F`: a one-letter sign glued after digits is a label.)
    if f.needs_digit && letters == 1 && m.last - m.first == 1 {
        return None;
    }
    if f.kind == FormType::Symbol && !glued && !before_next && read_number(text, m.last).is_some() {
        return None;
    }
    // (`28,000 tonnes (about 62 million pounds) of copper`: through a closing bracket.)
    let of_at = m.last + usize::from(text.is(m.last, word!(")")));
    if f.unit_clash && text.is(of_at, word!("of")) {
        return None;
    }
    if breaks_line(text, m.first) && m.first > 0 {
        return None;
    }
    let end = if m.first > 0 && text.is_glued_hyphen(m.first - 1) {
        // `12-cent`, not `10-K` (a form's name): a sign that goes before numbers never
        // follows one through a hyphen.
        if f.needs_digit {
            return None;
        }
        m.first - 1
    } else {
        m.first
    };
    if end == 0 || !may_end_number(text, end - 1) {
        return one_of(text, m, floor)
            .map(|p| found(m, p.first, m.last, p, false, "number currency"));
    }
    let p = number_ending_at(text, floor.max(end.saturating_sub(8)), end)
        .or_else(|| one_of(text, m, floor))?;
    if f.word_code && (p.words || in_caps_run(text, m.first, m.last)) {
        return None;
    }
    // `$72.50 a pound in 2027 dollars`: a year's money (constant prices), not a sum.
    if p.is_year(text) && p.first > 0 && text.is_any(p.first - 1, words!["in", "constant", "real"])
    {
        return None;
    }
    // `5.4c`, `38c`: the cent sign in letters, glued to digits that no label owns (not
    // `Section 3c`, `clause 12c`).
    if f.kind == FormType::Subunit && text.str(m.first) == "c" {
        let labelled = p.first > 0
            && (text.tokens[p.first - 1].is_capitalized(text.src)
                || text.is_any(
                    p.first - 1,
                    words![
                        "section",
                        "clause",
                        "article",
                        "paragraph",
                        "item",
                        "schedule"
                    ],
                ));
        if !glued || p.words || labelled {
            return None;
        }
    }
    Some(found(m, p.first, m.last, p, false, "number currency"))
}

/// Words before an amount that qualify it (`more than $5m`).
const QUALIFIERS: &[(&[Word], Qualifier)] = &[
    (words!["in", "excess", "of"], Qualifier::Over),
    (words!["more", "than"], Qualifier::Over),
    (words!["upwards", "of"], Qualifier::Over),
    (words!["at", "least"], Qualifier::AtLeast),
    (words!["up", "to"], Qualifier::UpTo),
    (words!["at", "most"], Qualifier::UpTo),
    (words!["less", "than"], Qualifier::Under),
    (words!["close", "to"], Qualifier::Nearly),
    (words!["an", "estimated"], Qualifier::Approximately),
    (words!["about"], Qualifier::Approximately),
    (words!["around"], Qualifier::Approximately),
    (words!["approximately"], Qualifier::Approximately),
    (words!["approx"], Qualifier::Approximately),
    (words!["roughly"], Qualifier::Approximately),
    (words!["some"], Qualifier::Approximately),
    (words!["estimated"], Qualifier::Approximately),
    (words!["nearly"], Qualifier::Nearly),
    (words!["almost"], Qualifier::Nearly),
    (words!["over"], Qualifier::Over),
    (words!["under"], Qualifier::Under),
];

/// The last word of every [`QUALIFIERS`] phrase, as a filter built at compile time: one
/// test rules out the word before most amounts.
const QUALIFIER_END_FILTER: WordFilter = {
    let mut f = WordFilter::EMPTY;
    let mut i = 0;
    while i < QUALIFIERS.len() {
        let words = QUALIFIERS[i].0;
        f = f.with(words[words.len() - 1]);
        i += 1;
    }
    f
};

/// Is token `k` a one-word qualifier of [`QUALIFIERS`] that says an amount is rounded
/// (`about`, `roughly`, `nearly`)?
fn approximates(text: &Text, k: usize) -> bool {
    QUALIFIERS.iter().any(|(words, q)| {
        matches!(q, Qualifier::Approximately | Qualifier::Nearly)
            && matches!(words, [w] if text.is(k, *w))
    })
}

fn qualifier_before(text: &Text, first: usize) -> Option<Qualifier> {
    let h = *text.hashes.get(first.checked_sub(1)?)?;
    if !QUALIFIER_END_FILTER.may_have(h) {
        return None;
    }
    QUALIFIERS.iter().find_map(|(words, q)| {
        let n = words.len();
        // The last word first: it is the one known to be there.
        (first >= n
            && words.last().is_some_and(|w| w.0 == h)
            && words
                .iter()
                .enumerate()
                .all(|(k, &w)| text.is(first - n + k, w)))
        .then_some(*q)
    })
}

/// `an ounce`, `per tonne`, `/lb`, `-a-share`: the unit of a price.
fn per_after(text: &Text, last: usize) -> Option<&'static str> {
    let mut j = last;
    if text.is_glued_hyphen(j) {
        j += 1;
    }
    if !text.is_any(j, crate::number::RATE_WORDS) {
        return None;
    }
    j += 1;
    if text.is_glued_hyphen(j) {
        j += 1;
    }
    // `a dry metric tonne`, `per troy ounce`
    for _ in 0..2 {
        if text.is_any(
            j,
            words!["dry", "wet", "metric", "short", "long", "troy", "fine"],
        ) {
            j += 1;
        }
    }
    text.lookup(j, PRICE_UNITS)
}

/// The words of a price's unit (`per troy ounce`, `a share`), by the unit they name.
const PRICE_UNITS: &[(&[Word], &str)] = &[
    (words!["ounce", "oz", "troy"], "ounce"),
    (words!["tonne", "ton", "t", "mt", "metric"], "tonne"),
    (words!["pound", "lb"], "pound"),
    (words!["share"], "share"),
    (words!["barrel", "bbl"], "barrel"),
    (words!["kilogram", "kg", "kilo"], "kilogram"),
    (words!["gram", "g"], "gram"),
    (words!["carat", "ct"], "carat"),
    (words!["unit"], "unit"),
    (words!["year", "annum"], "year"),
    (words!["month"], "month"),
    (words!["day"], "day"),
    (words!["hour"], "hour"),
];

/// Every amount in the text, left to right, not overlapping; the currencies named with no
/// number beside them go to `named` ([`Named`]).
pub(super) fn find_amounts<'g>(
    g: &'g Gazetteer,
    text: &Text,
    forms: &[LexMatch],
    named: &mut Vec<Named>,
) -> Vec<Found<'g>> {
    let mut cores: Vec<Found> = Vec::with_capacity(forms.len());
    let mut floor = 0;
    let mentions = mentions(g, text, forms, named);
    for (k, m) in mentions.iter().enumerate() {
        if m.first < floor {
            continue;
        }
        // A code between two numbers (`3 CAD 3 cents`, `rmb 10 usd 20` read backwards)
        // belongs to the number before it when the number after it is a sub-unit amount.
        let after = currency_number(text, m);
        // ... or when the same sign follows that number too (`10 $ 30 $`).
        let next_is_own = after.as_ref().is_some_and(|a| {
            let subunit = mentions[k + 1..]
                .iter()
                .find(|n| n.first >= a.last)
                .is_some_and(|n| n.first == a.last && n.form.kind == FormType::Subunit);
            let same_sign = a.last < text.tokens.len() && text.str(a.last) == text.str(m.first);
            subunit || same_sign
        });
        let f = if next_is_own {
            number_currency(text, m, floor, true).or(after)
        } else {
            after.or_else(|| number_currency(text, m, floor, false))
        };
        if let Some(mut f) = f {
            // `$95 billion Argentine pesos`, `$2.5 trillion Colombian pesos`: the peso sign
            // of Latin American press, then the currency's name, which says what it is.
            if f.currency_before && m.form.kind == FormType::Symbol {
                if let Some(n) = mentions[k + 1..]
                    .iter()
                    .take_while(|n| n.first <= f.last)
                    .find(|n| n.first == f.last && n.form.kind == FormType::Name)
                {
                    f.candidates = &n.form.currencies;
                    f.last = n.last;
                }
            }
            floor = f.last;
            cores.push(f);
        }
    }
    let mut out = cores;
    merge_subunits(&mut out, text);
    merge_ranges(&mut out, text);
    drop_exchange_rates(&mut out, text);
    for f in &mut out {
        f.qualifier = f.qualifier.or_else(|| qualifier_before(text, f.first));
        // The span stays on the money; the price unit goes to `per`.
        f.per = per_after(text, f.last);
        f.bracketed =
            f.first > 0 && (text.is(f.first - 1, word!("(")) || text.str(f.first - 1) == "[");
    }
    out
}

/// `($1 = 16,330 rupiah)`, `1 USD = 7.1 yuan`: an exchange rate, two amounts joined by
/// `=`, states no sum of money; both go.
fn drop_exchange_rates(found: &mut Vec<Found<'_>>, text: &Text) {
    let rate = |a: &Found, b: &Found| text.is(a.last, word!("=")) && b.first == a.last + 1;
    // (Most documents have none: no list is made for them.)
    if !found.windows(2).any(|w| rate(&w[0], &w[1])) {
        return;
    }
    let mut drop = vec![false; found.len()];
    for k in 1..found.len() {
        if rate(&found[k - 1], &found[k]) {
            drop[k - 1] = true;
            drop[k] = true;
        }
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// `15 dollars 50`, `$20 and 43c`, `US$3 and fourteen`: a whole amount, then a bare count of
/// cents that ends the phrase (nothing but punctuation, a cent sign or the end follows).
fn trailing_cents(text: &Text, f: &mut Found) {
    if f.number.scaled || f.value.is_none_or(|v| v.fract() != 0.0) {
        return;
    }
    let mut j = f.last;
    if text.is(j, word!("and")) {
        j += 1;
    }
    let Some(p) = read_number(text, j) else {
        return;
    };
    if p.scaled || p.value.fract() != 0.0 || !(1.0..100.0).contains(&p.value) {
        return;
    }
    let mut end = p.last;
    if text.is(end, word!("c")) && text.tokens[end].gap == Gap::None {
        end += 1;
    }
    let closes = text.tokens.get(end).is_none_or(|t| {
        t.class == TokenClass::Punct && !text.is(end, word!("-")) && !text.is(end, word!("/"))
    });
    if closes {
        f.value = f.value.map(|v| v + p.value / 100.0);
        f.last = end;
        f.rule = "amount subunit";
    }
}

/// `20 dollars 43 cents`: a whole amount named by a name or code, then a sub-unit amount.
/// In place: the amounts kept move to the front.
fn merge_subunits(cores: &mut Vec<Found<'_>>, text: &Text) {
    let mut kept = 0;
    for k in 0..cores.len() {
        if cores[k].kind != FormType::Subunit {
            trailing_cents(text, &mut cores[k]);
        }
        if kept > 0 {
            let (head, tail) = cores.split_at_mut(k);
            let (prev, c) = (&mut head[kept - 1], &tail[0]);
            let gap_ok = prev.last == c.first
                || (prev.last + 1 == c.first && text.is(prev.last, word!("and")));
            if c.kind == FormType::Subunit
                && matches!(
                    prev.kind,
                    FormType::Name | FormType::Code | FormType::Symbol
                )
                && !prev.currency_before
                && gap_ok
            {
                prev.value = Some(prev.value.unwrap_or(0.0) + c.value.unwrap_or(0.0));
                prev.last = c.last;
                prev.rule = "amount subunit";
                continue;
            }
        }
        if kept != k {
            cores.swap(kept, k);
        }
        kept += 1;
    }
    cores.truncate(kept);
}

fn make_range(
    lo: &mut Found,
    lo_val: f64,
    lo_scaled: bool,
    hi_val: f64,
    hi_mult: f64,
    last: usize,
) -> bool {
    let lo_val = if lo_scaled { lo_val } else { lo_val * hi_mult };
    if lo_val.partial_cmp(&hi_val) != Some(std::cmp::Ordering::Less) {
        return false;
    }
    lo.min = Some(lo_val);
    lo.max = Some(hi_val);
    lo.value = None;
    lo.last = last;
    lo.rule = "amount range";
    true
}

/// Ranges: two amounts, an amount and a bare number, or a bare number and an amount, joined
/// by `-`, `to`, or `and` after `between`. A scale word on one side applies to both. In
/// place: the amounts kept move to the front.
fn merge_ranges(cores: &mut Vec<Found<'_>>, text: &Text) {
    let mut kept = 0usize;
    let mut k = 0;
    while k < cores.len() {
        let (head, tail) = cores.split_at_mut(k);
        let Some((c, rest)) = tail.split_first_mut() else {
            break;
        };
        let prev_end = kept.checked_sub(1).map_or(0, |p| head[p].last);
        let took_next = merge_range(c, rest.first(), prev_end, text);
        if kept != k {
            cores.swap(kept, k);
        }
        kept += 1;
        k += 1 + usize::from(took_next);
    }
    cores.truncate(kept);
}

/// `double from about NZ$1.5 billion`, `grew from $2bn`: is the amount at token `first`
/// the level a verb of change starts from (with a qualifier between)?
fn changed_from(text: &Text, first: usize) -> bool {
    let qualified = first > 0 && approximates(text, first - 1);
    let from = first.checked_sub(1 + usize::from(qualified));
    from.is_some_and(|f| {
        f > 0
            && text.is(f, word!("from"))
            && (text.is_any(f - 1, crate::number::MOVES)
                || text.is_any(
                    f - 1,
                    words![
                        "double",
                        "doubled",
                        "doubling",
                        "triple",
                        "tripled",
                        "grow",
                        "grew",
                        "grown",
                        "growing",
                        "rise",
                        "rising",
                        "risen",
                        "increase",
                        "increased",
                        "increasing",
                        "climb",
                        "jump",
                        "drop",
                        "decline",
                        "declined",
                        "expand",
                        "expanded",
                        "raise",
                        "raised",
                        "boost",
                        "boosted",
                        "cut",
                        "reduce",
                        "reduced",
                        "fall",
                        "fallen",
                        "swell",
                        "swelled",
                        "balloon",
                        "ballooned",
                        "soar",
                        "surge",
                        "shrink",
                        "shrank"
                    ],
                ))
    })
}

/// Makes amount `c` a range when it is one; `next` is the amount after it and `prev_end`
/// where the amount kept before it ends. True when the range took in `next`.
fn merge_range(c: &mut Found, next: Option<&Found>, prev_end: usize, text: &Text) -> bool {
    let j = c.last;
    let join = range_joiner(text, j);
    let between = c.first > 0 && opens_range(text, c.first - 1);
    // `fell 2c to 41c`, `rose $3 to $45`: a change, then the level it reached.
    // (`to double from about NZ$1.5 billion to NZ$3b`: a level, then the level it is to
    // reach, after a verb of change.)
    let moved = c.first > 0 && text.is_any(c.first - 1, crate::number::MOVES)
        || changed_from(text, c.first);
    let join_ok = match join {
        Some("and") => between,
        Some("to") => !moved,
        Some(_) => true,
        None => false,
    };
    if join_ok {
        // amount - amount: `$1bn-$1.5bn`, `between $10 and $20`
        if let Some(n) = next {
            if n.first == j + 1 && n.candidates.first() == c.candidates.first() {
                let (lo, lo_scaled) = (c.number.value, c.number.scaled);
                let (hi, hi_mult, last) = (n.value.unwrap_or(f64::NAN), n.number.mult, n.last);
                if n.value.is_some() && make_range(c, lo, lo_scaled, hi, hi_mult, last) {
                    return true;
                }
            }
        }
        // amount - number: `$1-2 billion`
        if c.currency_before {
            if let Some(p) = read_number(text, j + 1) {
                let (lo, lo_scaled) = (c.number.value, c.number.scaled);
                if make_range(c, lo, lo_scaled, p.value, p.mult, p.last) {
                    return false;
                }
            }
        }
    }
    // number - amount: `10-20 dollars`, `from 1 to 3 million dollars`
    if !c.currency_before && c.first >= 2 {
        if let Some(join) = range_joiner(text, c.first - 1) {
            let lo = number_ending_at(text, c.first.saturating_sub(6), c.first - 1);
            if let Some(p) = lo.filter(|p| p.first >= prev_end) {
                let between = p.first > 0 && opens_range(text, p.first - 1);
                if join == "to" || between {
                    let (hi, hi_mult, last) = (c.number.value, c.number.mult, c.last);
                    // The number's scale is the amount's when it has none of its own.
                    if make_range(c, p.value, p.scaled, hi, hi_mult, last) {
                        c.first = p.first;
                    }
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_qualifier_ends_in_a_listed_word() {
        for (words, q) in QUALIFIERS {
            let last = words.last().copied();
            assert!(
                last.is_some_and(|w| QUALIFIER_END_FILTER.may_have(w.0)),
                "{q:?}: its phrase's last word is missing from QUALIFIER_END_FILTER"
            );
        }
    }
}
