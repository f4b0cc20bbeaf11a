//! Commodity quantities: a number with a unit of mass (`1.5 million tonnes`, `250koz`,
//! `30,000 tpa`), folded into one unit (`t`, `oz`, `lb`, `kg`, `g`, `ct`), with the period
//! of a rate and the mineral it measures.
//!
//! Rules, by name:
//! - `number unit` — a number (digits or words, with scale words) right before a unit of
//!   `gazetteers/mass_units.tsv`; `50,000-tonne` counts, a grade (`2.5 g/t`) does not;
//! - the period comes from the unit (`tpa`) or follows it (`a year`, `per annum`,
//!   `annually`);
//! - the commodity is the mineral right after `of` (`tonnes of copper concentrate`,
//!   `ounces of contained gold`), else the nearest mineral before the number in the same
//!   sentence (`copper output of 50,000 tonnes`), else null.
//!
//! `pounds` is a weight only before `of` or a period (`pounds of uranium`); otherwise it
//! is left to the amount kind (`5 million pounds` is sterling).

pub mod gazetteer;

#[cfg(test)]
mod corpus;

pub use gazetteer::Gazetteer;

use crate::gazetteer::LexMatch;
use crate::number::{may_end_number, number_ending_at, opens_range, range_joiner, Parsed};
use crate::record::{Entity, EntityValue, MassUnit, Quantity};
use crate::text::Word;
use crate::text::{Gap, Text, TokenClass};
use crate::word;
use crate::words;

/// A period after a unit: `a year`, `per annum`, `annually`, `/yr`, `per day`.
fn period_after(text: &Text, j: usize) -> Option<&'static str> {
    if text.is_any(j, words!["annually", "yearly"]) {
        return Some("year");
    }
    if !text.is_any(j, crate::number::RATE_WORDS) {
        return None;
    }
    text.lookup(j + 1, PERIODS)
}

/// The unit words of a period, by the period they name.
const PERIODS: &[(&[Word], &str)] = &[
    (words!["year", "annum", "yr"], "year"),
    (words!["day"], "day"),
    (words!["month"], "month"),
    (words!["quarter"], "quarter"),
];

/// The mineral candidate that starts at token `k`, with its canonical name.
fn mineral_entity_at<'e>(
    text: &Text,
    minerals: &'e [Entity],
    k: usize,
) -> Option<(&'e Entity, &'e str)> {
    let start = text.tokens.get(k)?.start;
    let i = minerals.partition_point(|e| e.start < start);
    minerals
        .get(i)
        .filter(|e| e.start == start)
        .and_then(|e| match &e.value {
            EntityValue::Mineral(m) => Some((e, m.name.as_str())),
            _ => None,
        })
}

/// The canonical name of a mineral candidate that starts at token `k`.
fn mineral_at<'e>(text: &Text, minerals: &'e [Entity], k: usize) -> Option<&'e str> {
    mineral_entity_at(text, minerals, k).map(|(_, name)| name)
}

/// Words that end the noun phrase after `of` (`tonnes of ore for the plant`).
const PHRASE_ENDS: &[Word] =
    words!["for", "to", "from", "in", "at", "by", "with", "and", "or", "on", "into",];

/// The commodity a quantity measures (see the module docs).
fn commodity(text: &Text, minerals: &[Entity], first: usize, after: usize) -> Option<String> {
    let mut j = after;
    // `tonnes per year of antimony`, `tonnes a day of nickel ore`
    if text.is_any(j, words!["per", "a", "an"]) && period_after(text, j).is_some() {
        j += 2;
    }
    // `28,000 tonnes (about 62 million pounds) of copper`: a conversion in brackets, from
    // either side.
    if text.is(j, word!("(")) {
        let limit = (j + 8).min(text.tokens.len());
        if let Some(c) = (j + 1..limit).find(|&k| text.is(k, word!(")"))) {
            j = c;
        }
    }
    j += usize::from(closes_before_of(text, j));
    if text.is(j, word!("of")) {
        // `of refined tin`, `of Australian spodumene`, `of battery-grade lithium hydroxide`
        for k in j + 1..(j + 6).min(text.tokens.len()) {
            if let Some(name) = mineral_at(text, minerals, k) {
                return Some(name.to_string());
            }
            let t = &text.tokens[k];
            if t.class == TokenClass::Punct && !text.is(k, word!("-"))
                || text.is_any(k, PHRASE_ENDS)
            {
                break;
            }
        }
    }
    // `5,000 t copper`
    if let Some(name) = mineral_at(text, minerals, after) {
        return Some(name.to_string());
    }
    let sentence = text.sentences.get(text.sentence_of_token(first))?;
    let floor = sentence.first.max(first.saturating_sub(12));
    (floor..first)
        .rev()
        .find_map(|k| mineral_at(text, minerals, k))
        .map(str::to_string)
}

/// The low end of a range that ends with the number `hi` before a unit: `345,000 to`,
/// `between 117,000 and`, `1.2-` (`1.2-1.5 million tonnes`, which takes the scale of the
/// high end). Not a change before the level it led to (`raised by 5,000 to 120,000
/// tonnes`), nor a year (`from 2025 to 40,000 tonnes`). Its first and last tokens and
/// value, in the unit's scale.
fn range_low(text: &Text, hi: &Parsed, floor: usize) -> Option<(usize, usize, f64)> {
    let j = hi.first.checked_sub(1)?;
    let join = range_joiner(text, j)?;
    let lo = number_ending_at(text, floor.max(j.saturating_sub(6)), j)?;
    if lo.first < floor || lo.last != j {
        return None;
    }
    let before = lo.first.checked_sub(1);
    let between = before.is_some_and(|b| opens_range(text, b));
    let moved = before.is_some_and(|b| text.is_any(b, crate::number::MOVES));
    if (join == "and" && !between) || moved || lo.is_year(text) {
        return None;
    }
    let value = if lo.scaled {
        lo.value
    } else {
        lo.value * hi.mult
    };
    (value < hi.value).then_some((lo.first, lo.last, value))
}

/// A platinum-group basket at token `i`: `4E`, `6E` (the number of metals priced), one
/// digit glued to a capital `E`, standing apart from the number before it.
fn basket_at(text: &Text, i: usize) -> bool {
    let (Some(d), Some(e)) = (text.tokens.get(i), text.tokens.get(i + 1)) else {
        return false;
    };
    d.class == TokenClass::Number
        && d.gap != Gap::None
        && matches!(text.str(i).as_bytes(), [b'2'..=b'8'])
        && e.gap == Gap::None
        && text.str(i + 1) == "E"
}

/// Where the number of a unit at token `unit` ends, past what may stand between them:
/// a basket (`2.9 million 4E ounces`) and a one-word mineral (`140,000 gold ounces`,
/// `11,600 6E PGM ounces`). With whether a basket was passed.
fn before_descriptors(text: &Text, minerals: &[Entity], unit: usize) -> (usize, bool) {
    let (mut end, mut basket) = (unit, false);
    for _ in 0..2 {
        if end >= 3 && basket_at(text, end - 2) {
            end -= 2;
            basket = true;
        } else if end >= 2
            && text.tokens[end - 1].class == TokenClass::Word
            && mineral_entity_at(text, minerals, end - 1)
                .is_some_and(|(e, _)| e.end == text.tokens[end - 1].end)
        {
            end -= 1;
        } else {
            break;
        }
    }
    (end, basket)
}

/// `) of` at token `i`: a bracketed conversion closes before what was weighed.
fn closes_before_of(text: &Text, i: usize) -> bool {
    text.is(i, word!(")")) && text.is(i + 1, word!("of"))
}

/// Proposes a quantity entity for each mass in `text`. `minerals` are the mineral
/// candidates, sorted by start.
// Kept out of line: one call per document, and profiles then show each kind.
#[inline(never)]
pub fn find(g: &Gazetteer, text: &Text, minerals: &[Entity], out: &mut Vec<Entity>) {
    find_from(g, text, &g.lexicon.find_all(text), minerals, out);
}

/// Words of a sentence about money, where `pounds` are sterling whatever was weighed
/// before.
const MONEY_WORDS: &[Word] = words![
    "paid",
    "pay",
    "pays",
    "fee",
    "fees",
    "cost",
    "costs",
    "worth",
    "price",
    "priced",
    "value",
    "valued",
    "fund",
    "funding",
    "invest",
    "invested",
    "investment",
    "raise",
    "raised",
    "sterling",
    "loan",
    "profit",
    "revenue",
    "spend",
    "spent"
];

/// [`find`] from the unit forms already matched in `text`: `units` are the matches of
/// `g`'s [lexicon](Gazetteer::lexicon), as its `find_all` or
/// a [`MultiFilter`](crate::gazetteer::MultiFilter) walk (with the currencies) gives them.
pub fn find_from(
    g: &Gazetteer,
    text: &Text,
    units: &[LexMatch],
    minerals: &[Entity],
    out: &mut Vec<Entity>,
) {
    let mut floor = 0;
    for m in units {
        if m.first < floor || m.first == 0 {
            continue;
        }
        // A grade or a ratio (`g/t`, `oz/t`), or a percentage, is not a mass.
        if text.is(m.last, word!("/"))
            && !text.tokens.get(m.last + 1).is_some_and(|_| {
                matches!(
                    text.str(m.last + 1),
                    "yr" | "year" | "y" | "a" | "d" | "day"
                )
            })
        {
            continue;
        }
        let (end, basket) = if text.is_glued_hyphen(m.first - 1) {
            (m.first - 1, false)
        } else {
            before_descriptors(text, minerals, m.first)
        };
        if matches!(text.tokens[m.first].gap, Gap::Line | Gap::Paragraph) {
            continue;
        }
        if end == 0 || !may_end_number(text, end - 1) {
            continue;
        }
        let Some(&u) = g.lexicon.first_value(text, m) else {
            continue;
        };
        let unit = &g.units[u];
        let Some(p) = number_ending_at(text, floor.max(end.saturating_sub(8)), end) else {
            continue;
        };
        // (`In 2024 gold ounces sold rose`: a year before the words is no mass.)
        if end < m.first && p.is_year(text) {
            continue;
        }
        // The period follows the unit, or the commodity after it (`tonnes of ore a year`).
        // A grade (`12.4 grams per tonne`) is not a mass.
        if (text.is(m.last, word!("per")) || text.is(m.last, word!("a")))
            && text.is_any(m.last + 1, words!["tonne", "ton", "t", "tonnes"])
        {
            continue;
        }
        let period = unit.per.or_else(|| {
            (m.last..(m.last + 7).min(text.tokens.len()))
                .take_while(|&k| k == m.last || !(text.is(k, word!(",")) || text.is(k, word!("."))))
                .find_map(|k| period_after(text, k))
        });
        // `pounds` is a weight before `of` or a period, or after a mineral named earlier in
        // the sentence (`molybdenum output was 31 million pounds`); otherwise sterling.
        let mineral_before = unit.weak && {
            let s = text.sentences.get(text.sentence_of_token(p.first));
            s.is_some_and(|s| (s.first..p.first).any(|k| mineral_at(text, minerals, k).is_some()))
        };
        // (Or the article already weighed something in pounds: a uranium story's `up to 1
        // million pounds over five years` after `2.4 million pounds of U3O8`.)
        // (Not in a sentence about money: `paid 1 million pounds in fees`.)
        let weighed_before = unit.weak
            && out
                .iter()
                .any(|e| matches!(&e.value, EntityValue::Quantity(q) if q.unit == MassUnit::Pound))
            && text
                .sentences
                .get(text.sentence_of_token(p.first))
                .is_some_and(|s| !(s.first..s.last).any(|k| text.is_any(k, MONEY_WORDS)));
        if unit.weak
            && !text.is(m.last, word!("of"))
            && !closes_before_of(text, m.last)
            && period.is_none()
            && !mineral_before
            && !weighed_before
        {
            continue;
        }
        // (`50,000 gold equivalent ounces`: the unit may name it.)
        // (A basket weighs platinum-group metals when the text names none.)
        let commodity = commodity(text, minerals, p.first, m.last)
            .or_else(|| {
                (end..m.last)
                    .find_map(|k| mineral_at(text, minerals, k))
                    .map(str::to_string)
            })
            .or_else(|| basket.then(|| "platinum group metals".to_string()));
        let mass = |first: usize, last: usize, value: f64, commodity, rule: &'static str| {
            let (start, stop) = text.span(first, last);
            Entity {
                text: text.src[start..stop].to_string(),
                start,
                end: stop,
                sentence: 0,
                value: EntityValue::Quantity(Quantity {
                    value: value * unit.factor,
                    unit: unit.unit,
                    per: period.map(str::to_string),
                    commodity,
                }),
                rule,
            }
        };
        // `between 117,000 and 149,000 tonnes`: the low end of a range is a mass too.
        if let Some((first, last, value)) = range_low(text, &p, floor) {
            out.push(mass(
                first,
                last,
                value,
                commodity.clone(),
                "number range unit",
            ));
        }
        floor = m.last;
        out.push(mass(p.first, m.last, p.value, commodity, "number unit"));
    }
}
