//! Minerals: commodity names, product forms, acronyms and formulas from
//! `gazetteers/minerals.tsv`, resolved to a canonical name, symbol and critical-mineral lists.
//!
//! `find` proposes a candidate for every gazetteer match that survives the false-friend rules
//! in [`rules`]; the pipeline then settles overlaps with other kinds.

pub mod gazetteer;
mod rules;

#[cfg(test)]
mod corpus;

pub use gazetteer::{Commodity, Gazetteer};

use crate::gazetteer::LexMatch;
use crate::record::{Entity, EntityValue};
use crate::text::Text;
use crate::word;

/// `Ni-Cu-Co`, `Cu-Au`, `Ni-Cu-PGE`: element symbols (or group acronyms) chained by
/// hyphens name minerals; a bare `Co` or `In` never does. Returns the chain's parts that
/// are symbols, with their commodity, for every chain of two or more parts that are all
/// symbols or acronyms.
fn chains(g: &Gazetteer, text: &Text) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let tokens = &text.tokens;
    let hyphen = word!("-").0;
    // Glued runs of tokens (`Ni-Cu-Co`) with a hyphen second: found from their hyphens, a
    // comparison of token hashes, instead of measuring every run of the text.
    let mut k = 0;
    while let Some(off) = text
        .hashes
        .get(k..)
        .and_then(|h| h.iter().position(|&h| h == hyphen))
    {
        k += off;
        // The run that holds the hyphen starts at the last token before it with a gap.
        let mut i = k;
        while i > 0 && tokens[i].gap == crate::text::Gap::None {
            i -= 1;
        }
        let end = crate::text::group_end(tokens, i);
        // Two parts or more: `a-b`, `a-b-c`, an odd number of tokens with hyphens between.
        let chained = end - i >= 3
            && (end - i) % 2 == 1
            && (i + 1..end).step_by(2).all(|k| text.is(k, word!("-")));
        if chained {
            let symbol = |k: usize| g.symbols.get(text.str(k)).copied();
            let acronym = |k: usize| {
                g.lexicon.longest_at(text, k).is_some_and(|m| {
                    m.last == k + 1
                        && g.lexicon
                            .first_value(text, &m)
                            .is_some_and(|s| s.form == gazetteer::Form::Acronym)
                })
            };
            let parts = (i..end).step_by(2);
            if parts.clone().all(|k| symbol(k).is_some() || acronym(k)) {
                for k in parts {
                    if let Some(c) = symbol(k) {
                        out.push((k, c));
                    }
                }
            }
        }
        k = end.max(k + 1);
    }
    out
}

/// A word made of two or more rare-earth element symbols (`NdPr`, `DyTb`): each symbol's
/// byte range in the word and its commodity. `None` for any other word (`NdFeB` holds
/// iron and boron).
fn glued_symbols(g: &Gazetteer, word: &str) -> Option<Vec<(usize, usize, usize)>> {
    let bytes = word.as_bytes();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_uppercase() {
            return None;
        }
        let end = if bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
            i + 2
        } else {
            i + 1
        };
        let c = *g.symbols.get(word.get(i..end)?)?;
        if g.commodities[c].group.as_deref() != Some("rare earth elements") {
            return None;
        }
        parts.push((i, end, c));
        i = end;
    }
    (parts.len() >= 2).then_some(parts)
}

/// Proposes a mineral entity for each commodity mention in `text`.
// Kept out of line: one call per document, and profiles then show each kind.
#[inline(never)]
pub fn find(g: &Gazetteer, text: &Text, out: &mut Vec<Entity>) {
    find_from(g, text, &g.lexicon.find_all(text), out);
}

/// [`find`] from the gazetteer's matches already found in `text`: `matches` are those of
/// `g`'s [lexicon](Gazetteer::lexicon), as its `find_all` or a
/// [`MultiFilter`](crate::gazetteer::MultiFilter) walk gives them.
pub fn find_from(g: &Gazetteer, text: &Text, matches: &[LexMatch], out: &mut Vec<Entity>) {
    for (k, c) in chains(g, text) {
        let (start, end) = text.span(k, k + 1);
        out.push(Entity {
            text: text.src[start..end].to_string(),
            start,
            end,
            sentence: 0,
            value: EntityValue::Mineral(g.commodities[c].mineral.clone()),
            rule: "element symbol in a chain",
        });
    }
    for m in matches {
        let Some(sense) = g.lexicon.first_value(text, m) else {
            continue;
        };
        let commodity = &g.commodities[sense.commodity];
        if rules::reject(g, text, m, sense.form, commodity).is_some() {
            continue;
        }
        // `NdPr`, `DyTb`: rare-earth symbols glued together name each of their elements.
        if sense.form == gazetteer::Form::Acronym && m.last == m.first + 1 {
            let (start, _) = text.span(m.first, m.last);
            if let Some(parts) = glued_symbols(g, text.str(m.first)) {
                for (a, b, c) in parts {
                    out.push(Entity {
                        text: text.src[start + a..start + b].to_string(),
                        start: start + a,
                        end: start + b,
                        sentence: 0,
                        value: EntityValue::Mineral(g.commodities[c].mineral.clone()),
                        rule: "glued element symbols",
                    });
                }
                continue;
            }
        }
        let (start, end) = text.span(m.first, m.last);
        out.push(Entity {
            text: text.src[start..end].to_string(),
            start,
            end,
            sentence: 0,
            value: EntityValue::Mineral(commodity.mineral.clone()),
            rule: rules::rule_name(sense.form),
        });
    }
}
