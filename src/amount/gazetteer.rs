//! Currency data: `gazetteers/currencies.tsv` (ISO 4217 codes, names, minor units, the
//! countries where each is tender) and `gazetteers/currency_forms.tsv` (symbols, prefixed
//! dollars, names and sub-units with their candidate codes, most likely first).

use crate::error::Result;
use crate::gazetteer::{CaseRule, Lexicon, Table};
use crate::record::CurrencyCode;
use crate::text::HashIsKey;
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

const CURRENCIES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/gazetteers/currencies.tsv"
));
const FORMS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/gazetteers/currency_forms.tsv"
));

const CURRENCY_COLUMNS: [&str; 5] = ["code", "name", "names", "minor_units", "countries"];
const FORM_COLUMNS: [&str; 5] = ["form", "type", "currencies", "case", "context"];

/// ISO codes that are also English words in capitals (`ALL 70 of us`, `TOP`, `CUP`): they
/// count as codes only right before or after a number in text that is not all capitals.
const WORD_CODES: &[&str] = &[
    "ALL", "CUP", "TOP", "MOP", "BOB", "GEL", "PEN", "SOS", "TRY", "MAD", "BAM", "AMD", "DOP",
    "GYD", "FOR",
];

/// Codes also written in lower case (`50 usd`, `half million usd`).
const LOWER_CASE_CODES: &[&str] = &[
    "usd", "eur", "gbp", "jpy", "cny", "inr", "pkr", "aud", "cad", "chf", "zar", "ngn", "nzd",
    "hkd", "sgd", "sek", "nok", "dkk", "brl", "mxn", "idr", "myr", "php", "kes", "egp", "aed",
    "sar", "rub", "krw", "lkr", "bdt", "clp", "cop", "pen", "ars", "kzt", "uzs",
];

/// The type of a currency form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormType {
    /// A sign: `$`, `€`, `Rs`, `R`.
    Symbol,
    /// A prefixed sign: `US$`, `C$`, `HK$`.
    Prefix,
    /// A word or phrase: `dollars`, `Pakistani rupees`.
    Name,
    /// A fraction of the main unit: `cents`, `pence`, `paise`.
    Subunit,
    /// An ISO 4217 code: `USD`.
    Code,
}

/// One surface form of one or more currencies.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// Candidate codes, most likely first.
    pub currencies: Vec<CurrencyCode>,
    /// Symbol, prefix, name, sub-unit or code.
    pub kind: FormType,
    /// Valid only glued to or right before a number (`R500`, `N5bn`).
    pub needs_digit: bool,
    /// Valid only right after a number (`500 won`).
    pub after_number: bool,
    /// Also a unit of measure (`pounds`).
    pub unit_clash: bool,
    /// For sub-units, how many make one main unit (100 for cents).
    pub divisor: f64,
    /// For a code with a glued scale (`MUSD`, `kEUR`, Nordic style), what the scale
    /// multiplies by (1e6, 1e3); 1 for every other form.
    pub mult: f64,
    /// A code that is also an English word (`ALL`).
    pub word_code: bool,
}

/// A currency of `currencies.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Currency {
    /// Its code.
    pub code: CurrencyCode,
    /// English name.
    pub name: String,
    /// ISO 3166-1 alpha-2 codes of the countries where it is tender.
    pub countries: Vec<String>,
}

/// Currencies, their forms, and the lexicon that finds the forms.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// Every currency by code (hashed cheaply: an amount's currency is looked up for each
    /// country of the article's context).
    pub currencies: HashMap<CurrencyCode, Currency, BuildHasherDefault<HashIsKey>>,
    /// Every form; the lexicon's values index into it.
    pub forms: Vec<Form>,
    pub(crate) lexicon: Lexicon<usize>,
}

static BUILTIN: Lazy<Arc<Gazetteer>> = Lazy::new(|| {
    let mut g = Gazetteer::default();
    let currencies = Table::parse("gazetteers/currencies.tsv", CURRENCIES)
        .expect("built-in currencies.tsv parses (tested by builtin_currency_tables_parse)");
    let forms = Table::parse("gazetteers/currency_forms.tsv", FORMS)
        .expect("built-in currency_forms.tsv parses (tested by builtin_currency_tables_parse)");
    g.extend(&currencies)
        .and_then(|_| g.extend(&forms))
        .expect("built-in currency tables are valid (tested by builtin_currency_tables_parse)");
    Arc::new(g)
});

fn code(table: &Table, row: &crate::gazetteer::Row, s: &str) -> Result<CurrencyCode> {
    CurrencyCode::new(s).ok_or_else(|| table.row_error(row, format!("not an ISO 4217 code: {s:?}")))
}

impl Gazetteer {
    /// The built-in currency data, compiled once per process.
    pub fn builtin() -> Arc<Gazetteer> {
        BUILTIN.clone()
    }

    /// The lexicon of currency forms (what [`crate::amount::find_from`] takes the
    /// matches of).
    pub fn lexicon(&self) -> &Lexicon<usize> {
        &self.lexicon
    }

    /// True when `table` is a currencies or currency-forms table.
    pub fn accepts(table: &Table) -> bool {
        table.has_columns(&CURRENCY_COLUMNS) || table.has_columns(&FORM_COLUMNS)
    }

    /// Adds a currencies table (its codes become forms too) or a currency-forms table.
    pub fn extend(&mut self, table: &Table) -> Result<()> {
        if table.has_columns(&CURRENCY_COLUMNS) {
            self.extend_currencies(table)
        } else {
            self.extend_forms(table)
        }
    }

    fn add_form(&mut self, phrase: &str, rule: CaseRule, form: Form) {
        self.forms.push(form);
        self.lexicon.insert(phrase, rule, self.forms.len() - 1);
    }

    fn extend_currencies(&mut self, table: &Table) -> Result<()> {
        let c_code = table.column("code")?;
        let c_name = table.column("name")?;
        let c_countries = table.column("countries")?;
        for row in &table.rows {
            let cc = code(table, row, row.get(c_code))?;
            let countries = row.list(c_countries).map(str::to_string).collect();
            let fresh = self
                .currencies
                .insert(
                    cc,
                    Currency {
                        code: cc,
                        name: row.get(c_name).to_string(),
                        countries,
                    },
                )
                .is_none();
            if !fresh {
                continue;
            }
            let s = cc.as_str();
            let form = Form {
                currencies: vec![cc],
                kind: FormType::Code,
                needs_digit: false,
                after_number: false,
                unit_clash: false,
                divisor: 1.0,
                mult: 1.0,
                word_code: WORD_CODES.contains(&s),
            };
            self.add_form(s, CaseRule::Exact, form.clone());
            // `MUSD 5` (five million US dollars), `kEUR 300`: not for codes that are words.
            if !form.word_code {
                for (scale, mult) in [("M", 1e6), ("k", 1e3)] {
                    let glued = Form {
                        mult,
                        ..form.clone()
                    };
                    self.add_form(&format!("{scale}{s}"), CaseRule::Exact, glued);
                }
            }
            let lower = s.to_ascii_lowercase();
            if LOWER_CASE_CODES.contains(&lower.as_str()) {
                self.add_form(&lower, CaseRule::Exact, form);
            }
        }
        Ok(())
    }

    fn extend_forms(&mut self, table: &Table) -> Result<()> {
        let [c_form, c_type, c_cur, c_case, c_ctx] = FORM_COLUMNS.map(|c| table.column(c));
        let (c_form, c_type, c_cur, c_case, c_ctx) = (c_form?, c_type?, c_cur?, c_case?, c_ctx?);
        for row in &table.rows {
            let kind = match row.get(c_type) {
                "symbol" => FormType::Symbol,
                "prefix" => FormType::Prefix,
                "name" => FormType::Name,
                "subunit" => FormType::Subunit,
                other => {
                    return Err(table.row_error(
                        row,
                        format!("type must be symbol, prefix, name or subunit, not {other:?}"),
                    ))
                }
            };
            let rule = match row.get(c_case) {
                "exact" => CaseRule::Exact,
                "fold" => CaseRule::Fold,
                other => {
                    return Err(
                        table.row_error(row, format!("case must be exact or fold, not {other:?}"))
                    )
                }
            };
            let currencies = row
                .list(c_cur)
                .map(|s| code(table, row, s))
                .collect::<Result<Vec<_>>>()?;
            if currencies.is_empty() {
                return Err(table.row_error(row, "no currencies"));
            }
            let mut form = Form {
                currencies,
                kind,
                needs_digit: false,
                after_number: false,
                unit_clash: false,
                divisor: 1.0,
                mult: 1.0,
                word_code: false,
            };
            for flag in row.list(c_ctx) {
                match flag {
                    "needs_digit" => form.needs_digit = true,
                    "after_number" => form.after_number = true,
                    "unit_clash" => form.unit_clash = true,
                    "ambiguous" => {}
                    f => match f
                        .strip_prefix("divisor=")
                        .and_then(|d| d.parse::<f64>().ok())
                    {
                        Some(d) if d > 0.0 => form.divisor = d,
                        _ => return Err(table.row_error(row, format!("unknown flag {f:?}"))),
                    },
                }
            }
            let phrase = row.get(c_form);
            if phrase.is_empty() {
                return Err(table.row_error(row, "empty form"));
            }
            // Prefixed signs also come lower case and spaced in tokenized text (`c $`,
            // `hk $`), except one-letter ones, which would read `a $5 bill` as Australian.
            let letters = phrase.chars().filter(|c| c.is_alphabetic()).count();
            let lower_too = kind == FormType::Prefix && letters >= 2 || phrase == "C$";
            self.add_form(phrase, rule, form.clone());
            if lower_too && rule == CaseRule::Exact {
                self.add_form(&phrase.to_lowercase(), CaseRule::Exact, form);
            }
        }
        Ok(())
    }

    /// The currency with this code.
    pub fn currency(&self, code: CurrencyCode) -> Option<&Currency> {
        self.currencies.get(&code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_currency_tables_parse() {
        let mut g = Gazetteer::default();
        g.extend(&Table::parse("currencies.tsv", CURRENCIES).unwrap())
            .unwrap();
        g.extend(&Table::parse("currency_forms.tsv", FORMS).unwrap())
            .unwrap();
        assert!(g.currencies.len() >= 150);
        for f in &g.forms {
            for c in &f.currencies {
                assert!(g.currencies.contains_key(c), "{c} has a form but no row");
            }
        }
    }
}
