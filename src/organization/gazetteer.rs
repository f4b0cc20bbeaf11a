//! Well-known organizations: `gazetteers/organizations.tsv` (built in) plus user files with
//! the same header (`name aliases acronyms country type`).

use crate::error::Result;
use crate::gazetteer::{CaseRule, Lexicon, Table};
use once_cell::sync::Lazy;
use std::sync::Arc;

const BUILTIN: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/gazetteers/organizations.tsv"
));

const COLUMNS: [&str; 5] = ["name", "aliases", "acronyms", "country", "type"];

/// One known organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Its usual name.
    pub name: String,
    /// ISO 3166-1 alpha-2 code of its home country, if any.
    pub country: Option<String>,
    /// `company`, `state company`, `government agency`, `ministry`, `development bank`,
    /// `multilateral`, `fund` or `exchange`.
    pub kind: String,
}

/// Known organizations and the lexicon of their names.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// Every organization, in file order.
    pub orgs: Vec<Known>,
    pub(crate) lexicon: Lexicon<usize>,
}

static BUILTIN_GAZETTEER: Lazy<Arc<Gazetteer>> = Lazy::new(|| {
    let table = Table::parse("gazetteers/organizations.tsv", BUILTIN)
        .expect("built-in organizations.tsv parses (tested by builtin_organizations_parse)");
    let mut g = Gazetteer::default();
    g.extend(&table)
        .expect("built-in organizations.tsv is valid (tested by builtin_organizations_parse)");
    Arc::new(g)
});

impl Gazetteer {
    /// The built-in organizations, compiled once per process.
    pub fn builtin() -> Arc<Gazetteer> {
        BUILTIN_GAZETTEER.clone()
    }

    /// The lexicon of organization names (what [`crate::organization::find_from`] takes
    /// the matches of).
    pub fn lexicon(&self) -> &Lexicon<usize> {
        &self.lexicon
    }

    /// True when `table` has the organizations header.
    pub fn accepts(table: &Table) -> bool {
        table.has_columns(&COLUMNS)
    }

    /// Adds every row of `table`.
    pub fn extend(&mut self, table: &Table) -> Result<()> {
        let [name, aliases, acronyms, country, kind] = COLUMNS.map(|c| table.column(c));
        let (name, aliases, acronyms, country, kind) =
            (name?, aliases?, acronyms?, country?, kind?);
        for row in &table.rows {
            let n = row.get(name);
            if n.is_empty() {
                return Err(table.row_error(row, "empty name"));
            }
            let cc = row.get(country);
            if !(cc.is_empty() || cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_uppercase())) {
                return Err(table.row_error(row, format!("not an ISO 3166-1 alpha-2 code: {cc:?}")));
            }
            let index = self.orgs.len();
            self.orgs.push(Known {
                name: n.to_string(),
                country: (!cc.is_empty()).then(|| cc.to_string()),
                kind: row.get(kind).to_string(),
            });
            self.lexicon.insert(n, CaseRule::Capitalized, index);
            for a in row.list(aliases) {
                self.lexicon.insert(a, CaseRule::Capitalized, index);
            }
            for a in row.list(acronyms) {
                self.lexicon.insert(a, CaseRule::Exact, index);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_organizations_parse() {
        let mut g = Gazetteer::default();
        g.extend(&Table::parse("organizations.tsv", BUILTIN).unwrap())
            .unwrap();
        assert!(g.orgs.len() >= 300, "{}", g.orgs.len());
    }
}
