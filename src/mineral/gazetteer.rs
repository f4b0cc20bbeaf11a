//! The mineral gazetteer: `gazetteers/minerals.tsv` (built in) plus user files with the same
//! header (`name symbol group lists forms acronyms formulas ambiguous`).

use crate::error::Result;
use crate::gazetteer::{CaseRule, Lexicon, Table};
use crate::record::{CriticalList, Mineral};
use once_cell::sync::Lazy;
use std::sync::Arc;

const BUILTIN: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/gazetteers/minerals.tsv"
));

const COLUMNS: [&str; 8] = [
    "name",
    "symbol",
    "group",
    "lists",
    "forms",
    "acronyms",
    "formulas",
    "ambiguous",
];

/// One commodity of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Commodity {
    /// The record it resolves to.
    pub mineral: Mineral,
    /// Its group (`rare earth elements`, `platinum group metals`), if any.
    pub group: Option<String>,
    /// True when its name is also an everyday word (`lead`, `tin`): a match needs
    /// evidence of the commodity sense.
    pub ambiguous: bool,
}

/// How a phrase names its commodity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A name or product form, matched in any case (`copper concentrate`).
    Name,
    /// An acronym, matched exactly (`REEs`, `PGMs`).
    Acronym,
    /// A chemical formula, matched exactly (`LiOH`, `U3O8`).
    Formula,
}

/// What a matched phrase stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sense {
    /// Index into [`Gazetteer::commodities`].
    pub commodity: usize,
    /// How it was written.
    pub form: Form,
}

/// Commodities and the lexicon of their forms.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// The commodities, in file order (built-in first, then user files).
    pub commodities: Vec<Commodity>,
    /// Element symbols (`Cu`, `Ni`) to commodities, read only inside chemistry chains.
    pub symbols: std::collections::HashMap<String, usize>,
    pub(crate) lexicon: Lexicon<Sense>,
}

static BUILTIN_GAZETTEER: Lazy<Arc<Gazetteer>> = Lazy::new(|| {
    let table = Table::parse("gazetteers/minerals.tsv", BUILTIN)
        .expect("built-in minerals.tsv parses (tested by builtin_minerals_parse)");
    let mut g = Gazetteer::default();
    g.extend(&table)
        .expect("built-in minerals.tsv is valid (tested by builtin_minerals_parse)");
    Arc::new(g)
});

impl Gazetteer {
    /// The built-in gazetteer, compiled once per process.
    pub fn builtin() -> Arc<Gazetteer> {
        BUILTIN_GAZETTEER.clone()
    }

    /// The lexicon of commodity names, forms and formulas (what
    /// [`crate::mineral::find_from`] takes the matches of).
    pub fn lexicon(&self) -> &Lexicon<Sense> {
        &self.lexicon
    }

    /// True when `table` has the mineral gazetteer's header.
    pub fn accepts(table: &Table) -> bool {
        table.has_columns(&COLUMNS)
    }

    /// Adds every row of `table`. A row whose `name` is already known adds its forms to
    /// that commodity, so a user file can give new spellings of a built-in mineral.
    pub fn extend(&mut self, table: &Table) -> Result<()> {
        let [name, symbol, group, lists, forms, acronyms, formulas, ambiguous] =
            COLUMNS.map(|c| table.column(c));
        let (name, symbol, group, lists, forms, acronyms, formulas, ambiguous) = (
            name?, symbol?, group?, lists?, forms?, acronyms?, formulas?, ambiguous?,
        );
        for row in &table.rows {
            let canonical = row.get(name);
            if canonical.is_empty() {
                return Err(table.row_error(row, "empty name"));
            }
            let mut on = Vec::new();
            for l in row.list(lists) {
                let list = CriticalList::parse(l).ok_or_else(|| {
                    table.row_error(
                        row,
                        format!("unknown list {l:?} (us-2022, us-2025, eu-critical, eu-strategic)"),
                    )
                })?;
                on.push(list);
            }
            on.sort();
            on.dedup();
            let ambiguous = match row.get(ambiguous) {
                "true" => true,
                "false" | "" => false,
                other => {
                    return Err(table.row_error(
                        row,
                        format!("ambiguous must be true or false, not {other:?}"),
                    ))
                }
            };
            let index = match self
                .commodities
                .iter()
                .position(|c| c.mineral.name == canonical)
            {
                Some(i) => i,
                None => {
                    let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
                    self.commodities.push(Commodity {
                        mineral: Mineral {
                            name: canonical.to_string(),
                            symbol: non_empty(row.get(symbol)),
                            critical: !on.is_empty(),
                            lists: on,
                        },
                        group: non_empty(row.get(group)),
                        ambiguous,
                    });
                    self.commodities.len() - 1
                }
            };
            let mut add = |phrase: &str, rule, form| {
                self.lexicon.insert(
                    phrase,
                    rule,
                    Sense {
                        commodity: index,
                        form,
                    },
                )
            };
            if let Some(sym) = self.commodities[index].mineral.symbol.clone() {
                if sym.len() <= 2 && sym.chars().next().is_some_and(char::is_uppercase) {
                    self.symbols.entry(sym).or_insert(index);
                }
            }
            add(canonical, CaseRule::Fold, Form::Name);
            for f in row.list(forms) {
                add(f, CaseRule::Fold, Form::Name);
            }
            for f in row.list(acronyms) {
                add(f, CaseRule::Exact, Form::Acronym);
            }
            for f in row.list(formulas) {
                add(f, CaseRule::Exact, Form::Formula);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_minerals_parse() {
        let table = Table::parse("gazetteers/minerals.tsv", BUILTIN).unwrap();
        let mut g = Gazetteer::default();
        g.extend(&table).unwrap();
        assert!(g.commodities.len() >= 60, "{}", g.commodities.len());
        for name in [
            "copper",
            "rare earth elements",
            "platinum group metals",
            "lithium",
        ] {
            assert!(
                g.commodities.iter().any(|c| c.mineral.name == name),
                "{name} missing"
            );
        }
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let tsv = "name\tsymbol\tgroup\tlists\tforms\tacronyms\tformulas\tambiguous\n\
                   x\t\t\tus-1999\t\t\t\tfalse\n";
        let t = Table::parse("user.tsv", tsv).unwrap();
        let err = Gazetteer::default().extend(&t).unwrap_err().to_string();
        assert!(err.starts_with("user.tsv:2:"), "{err}");
        assert!(err.contains("us-1999"), "{err}");
    }
}
