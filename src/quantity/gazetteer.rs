//! Units of mass: `gazetteers/mass_units.tsv` (built in) plus user files with the same
//! header (`form unit factor case per`).

use crate::error::Result;
use crate::gazetteer::{CaseRule, Lexicon, Table};
use crate::record::MassUnit;
use once_cell::sync::Lazy;
use std::sync::Arc;

const BUILTIN: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/gazetteers/mass_units.tsv"
));

const COLUMNS: [&str; 5] = ["form", "unit", "factor", "case", "per"];

/// One way of writing a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The unit it folds into.
    pub unit: MassUnit,
    /// What the number is multiplied by (`kt` = 1000 t).
    pub factor: f64,
    /// The period of a rate unit (`tpa` = per year).
    pub per: Option<&'static str>,
    /// A word that is also something else (`pounds`): counts only before `of` or a period.
    pub weak: bool,
}

/// Units and the lexicon that finds them.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// Every unit form; the lexicon's values index into it.
    pub units: Vec<Unit>,
    pub(crate) lexicon: Lexicon<usize>,
}

static BUILTIN_GAZETTEER: Lazy<Arc<Gazetteer>> = Lazy::new(|| {
    let table = Table::parse("gazetteers/mass_units.tsv", BUILTIN)
        .expect("built-in mass_units.tsv parses (tested by builtin_units_parse)");
    let mut g = Gazetteer::default();
    g.extend(&table)
        .expect("built-in mass_units.tsv is valid (tested by builtin_units_parse)");
    Arc::new(g)
});

fn period(s: &str) -> Option<Option<&'static str>> {
    Some(match s {
        "" => None,
        "year" => Some("year"),
        "day" => Some("day"),
        "month" => Some("month"),
        _ => return None,
    })
}

impl Gazetteer {
    /// The built-in units, compiled once per process.
    pub fn builtin() -> Arc<Gazetteer> {
        BUILTIN_GAZETTEER.clone()
    }

    /// The lexicon of unit forms (what [`crate::quantity::find_from`] takes the matches
    /// of).
    pub fn lexicon(&self) -> &Lexicon<usize> {
        &self.lexicon
    }

    /// True when `table` has the units header.
    pub fn accepts(table: &Table) -> bool {
        table.has_columns(&COLUMNS)
    }

    /// Adds every row of `table`.
    pub fn extend(&mut self, table: &Table) -> Result<()> {
        let [form, unit, factor, case, per] = COLUMNS.map(|c| table.column(c));
        let (form, unit, factor, case, per) = (form?, unit?, factor?, case?, per?);
        for row in &table.rows {
            let u = match row.get(unit) {
                "t" => MassUnit::Tonne,
                "oz" => MassUnit::Ounce,
                "lb" => MassUnit::Pound,
                "kg" => MassUnit::Kilogram,
                "g" => MassUnit::Gram,
                "ct" => MassUnit::Carat,
                other => {
                    return Err(table.row_error(
                        row,
                        format!("unit must be t, oz, lb, kg, g or ct, not {other:?}"),
                    ))
                }
            };
            let f: f64 = row
                .get(factor)
                .parse()
                .ok()
                .filter(|f: &f64| f.is_finite() && *f > 0.0)
                .ok_or_else(|| table.row_error(row, "factor must be a positive number"))?;
            let rule = match row.get(case) {
                "exact" => CaseRule::Exact,
                "fold" => CaseRule::Fold,
                other => {
                    return Err(
                        table.row_error(row, format!("case must be exact or fold, not {other:?}"))
                    )
                }
            };
            let p = period(row.get(per))
                .ok_or_else(|| table.row_error(row, "per must be year, day, month or empty"))?;
            let phrase = row.get(form);
            if phrase.is_empty() {
                return Err(table.row_error(row, "empty form"));
            }
            let weak =
                phrase.eq_ignore_ascii_case("pound") || phrase.eq_ignore_ascii_case("pounds");
            self.units.push(Unit {
                unit: u,
                factor: f,
                per: p,
                weak,
            });
            self.lexicon.insert(phrase, rule, self.units.len() - 1);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_units_parse() {
        let mut g = Gazetteer::default();
        g.extend(&Table::parse("mass_units.tsv", BUILTIN).unwrap())
            .unwrap();
        assert!(g.units.len() >= 50);
    }
}
