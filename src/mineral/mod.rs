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

use crate::record::{Entity, EntityValue};
use crate::text::Text;

/// Proposes a mineral entity for each commodity mention in `text`.
pub fn find(g: &Gazetteer, text: &Text, out: &mut Vec<Entity>) {
    for m in g.lexicon.find_all(text) {
        let Some(sense) = g.lexicon.first_value(text, &m) else {
            continue;
        };
        let commodity = &g.commodities[sense.commodity];
        if let Some(rule) = rules::reject(g, text, &m, sense.form, commodity) {
            let _ = rule; // the rejecting rule's name; kept for `--explain` later
            continue;
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
