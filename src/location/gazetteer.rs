//! Place data: `countries.tsv`, `subdivisions.tsv`, `cities.tsv`, `towns.tsv` and
//! `regions.tsv` (built in, generated from CLDR and GeoNames by
//! `gazetteers/gen/locations.py`) plus user files with the same headers.

use crate::error::Result;
use crate::gazetteer::{CaseRule, Lexicon, Row, Table};
use crate::record::{LocationForm, LocationType};
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::sync::Arc;

macro_rules! builtin {
    ($file:literal) => {
        (
            concat!("gazetteers/", $file),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/gazetteers/", $file)),
        )
    };
}

const BUILTIN: [(&str, &str); 5] = [
    builtin!("countries.tsv"),
    builtin!("subdivisions.tsv"),
    builtin!("regions.tsv"),
    builtin!("cities.tsv"),
    builtin!("towns.tsv"),
];

const COUNTRY_COLUMNS: [&str; 6] = [
    "code",
    "alpha3",
    "name",
    "aliases",
    "abbreviations",
    "demonyms",
];
const SUBDIVISION_COLUMNS: [&str; 8] = [
    "code",
    "country",
    "name",
    "aliases",
    "abbreviations",
    "type",
    "parent",
    "ambiguous",
];
/// A cities table; without the `ambiguous` column (`true` for a name that needs evidence
/// that a place is meant), a towns table: towns are named only where the text ties them to
/// a place of their country.
const TOWN_COLUMNS: [&str; 6] = [
    "geonames_id",
    "name",
    "country",
    "subdivision",
    "population",
    "aliases",
];
const REGION_COLUMNS: [&str; 3] = ["name", "aliases", "countries"];

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Canonical English name.
    pub name: String,
    /// Country, subdivision, city or region.
    pub kind: LocationType,
    /// ISO 3166-1 alpha-2 code of its country (for a region, its only country), or `None`.
    pub country: Option<String>,
    /// ISO 3166-2 code of a subdivision.
    pub code: Option<String>,
    /// GeoNames id of a city.
    pub geonames_id: Option<u64>,
    /// Population of a city (0 when unknown).
    pub population: u64,
    /// A name that is also a common word, a first name or another country's name: a match
    /// needs evidence that a place is meant.
    pub ambiguous: bool,
    /// Countries a region spans.
    pub spans: Vec<String>,
    /// A city-like subdivision (`federal capital territory`, `municipality`, `city`):
    /// a city of the same name and country is what news means by it.
    pub city_like: bool,
    /// ISO 3166-2 code of the subdivision a city or town lies in, when known.
    pub subdivision: Option<String>,
}

impl Place {
    /// A place of `kind` in `country` known by its name alone (no code, id, population).
    pub fn named(name: &str, kind: LocationType, country: Option<String>) -> Place {
        Place {
            name: name.to_string(),
            kind,
            country,
            code: None,
            geonames_id: None,
            population: 0,
            ambiguous: false,
            spans: Vec::new(),
            city_like: false,
            subdivision: None,
        }
    }
}

/// What a matched phrase stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sense {
    /// Index into [`Gazetteer::places`].
    pub place: usize,
    /// Name, abbreviation or demonym.
    pub form: LocationForm,
}

/// Places and the lexicon of their names.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// Every place.
    pub places: Vec<Place>,
    /// Index of each country's row by its alpha-2 code.
    pub countries: HashMap<String, usize>,
    /// Cities of the gazetteer per country: a proxy for how much news a country's places
    /// get, used when nothing in the article tells two senses apart (`Montana`).
    pub cities_per_country: HashMap<String, usize>,
    pub(crate) lexicon: Lexicon<Sense>,
    /// Names of towns (indices into `places`): matched only where
    /// [`crate::location::find_from`] looks for them, never by the walk.
    pub(crate) towns: Lexicon<usize>,
}

static BUILTIN_GAZETTEER: Lazy<Arc<Gazetteer>> = Lazy::new(|| {
    let mut g = Gazetteer::default();
    for (name, text) in BUILTIN {
        let table = Table::parse(name, text)
            .expect("built-in location tables parse (tested by builtin_location_tables_parse)");
        g.extend(&table)
            .expect("built-in location tables are valid (tested by builtin_location_tables_parse)");
    }
    Arc::new(g)
});

fn bool_field(table: &Table, row: &Row, s: &str) -> Result<bool> {
    match s {
        "true" => Ok(true),
        "false" | "" => Ok(false),
        other => Err(table.row_error(row, format!("expected true or false, not {other:?}"))),
    }
}

fn geonames_id(table: &Table, row: &Row, s: &str) -> Result<Option<u64>> {
    match s {
        "" => Ok(None),
        s => s
            .parse::<u64>()
            .map(Some)
            .map_err(|_| table.row_error(row, format!("geonames_id must be a number, not {s:?}"))),
    }
}

fn country_code(table: &Table, row: &Row, s: &str) -> Result<String> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(s.to_string())
    } else {
        Err(table.row_error(row, format!("not an ISO 3166-1 alpha-2 code: {s:?}")))
    }
}

impl Gazetteer {
    /// The built-in places, compiled once per process.
    pub fn builtin() -> Arc<Gazetteer> {
        BUILTIN_GAZETTEER.clone()
    }

    /// The lexicon of place names (what [`crate::location::find_from`] takes the matches
    /// of).
    pub fn lexicon(&self) -> &Lexicon<Sense> {
        &self.lexicon
    }

    /// The end (one past the last token) of the longest place name that starts at token
    /// `i`, whatever its senses and whether the text supports them.
    pub fn name_end(&self, text: &crate::text::Text, i: usize) -> Option<usize> {
        self.lexicon.longest_at(text, i).map(|m| m.last)
    }

    /// True when `table` is a countries, subdivisions, cities, towns or regions table.
    pub fn accepts(table: &Table) -> bool {
        table.has_columns(&COUNTRY_COLUMNS)
            || table.has_columns(&SUBDIVISION_COLUMNS)
            || table.has_columns(&TOWN_COLUMNS)
            || table.has_columns(&REGION_COLUMNS)
    }

    fn add(&mut self, place: Place, names: &[(&str, CaseRule, LocationForm)]) {
        let index = self.places.len();
        if place.kind == LocationType::Country {
            if let Some(c) = &place.country {
                self.countries.entry(c.clone()).or_insert(index);
            }
        }
        self.places.push(place);
        for (phrase, rule, form) in names {
            self.lexicon.insert(
                phrase,
                *rule,
                Sense {
                    place: index,
                    form: *form,
                },
            );
        }
    }

    /// Adds every row of a countries, subdivisions, cities or regions table.
    pub fn extend(&mut self, table: &Table) -> Result<()> {
        use CaseRule::{Capitalized, Exact};
        use LocationForm::{Abbreviation, Demonym, Name};
        let col = |n: &str| table.column(n);
        if table.has_columns(&COUNTRY_COLUMNS) {
            let (code, name, aliases, abbr, demonyms) = (
                col("code")?,
                col("name")?,
                col("aliases")?,
                col("abbreviations")?,
                col("demonyms")?,
            );
            for row in &table.rows {
                let cc = country_code(table, row, row.get(code))?;
                let mut names = vec![(row.get(name), Capitalized, Name)];
                names.extend(row.list(aliases).map(|a| (a, Capitalized, Name)));
                names.extend(row.list(abbr).map(|a| (a, Exact, Abbreviation)));
                names.extend(row.list(demonyms).map(|a| (a, Capitalized, Demonym)));
                let place = Place::named(row.get(name), LocationType::Country, Some(cc));
                self.add(place, &names);
            }
        } else if table.has_columns(&SUBDIVISION_COLUMNS) {
            let (code, country, name, aliases, abbr, ambiguous, kind) = (
                col("code")?,
                col("country")?,
                col("name")?,
                col("aliases")?,
                col("abbreviations")?,
                col("ambiguous")?,
                col("type")?,
            );
            // `Western Australian`, `Texan`: optional, so that tables written before the
            // column was added still load.
            let demonyms = table.optional_column("demonyms");
            for row in &table.rows {
                let cc = country_code(table, row, row.get(country))?;
                let mut names = vec![(row.get(name), Capitalized, Name)];
                names.extend(row.list(aliases).map(|a| (a, Capitalized, Name)));
                // `Karaganda Region` is written `the Karaganda region` as often: the
                // kind word in lower case matches either way.
                let lowered: Vec<String> = names
                    .iter()
                    .filter_map(|(n, _, _)| lower_kind_word(n))
                    .collect();
                names.extend(lowered.iter().map(|n| (n.as_str(), Capitalized, Name)));
                names.extend(row.list(abbr).map(|a| (a, Exact, Abbreviation)));
                if let Some(d) = demonyms {
                    names.extend(row.list(d).map(|a| (a, Capitalized, Demonym)));
                }
                let place = Place {
                    name: row.get(name).to_string(),
                    kind: LocationType::Subdivision,
                    country: Some(cc),
                    code: Some(row.get(code).to_string()).filter(|c| !c.is_empty()),
                    geonames_id: None,
                    population: 0,
                    ambiguous: bool_field(table, row, row.get(ambiguous))?,
                    spans: Vec::new(),
                    city_like: {
                        let t = row.get(kind).to_ascii_lowercase();
                        [
                            "capital",
                            "city",
                            "municipality",
                            "territory",
                            "metropolitan",
                        ]
                        .iter()
                        .any(|w| t.contains(w))
                    },
                    subdivision: None,
                };
                self.add(place, &names);
            }
        } else if table.has_columns(&TOWN_COLUMNS) {
            // Cities, or towns when the table has no `ambiguous` column.
            let towns = !table.has_columns(&["ambiguous"]);
            let (id, name, country, subdivision, population, aliases) = (
                col("geonames_id")?,
                col("name")?,
                col("country")?,
                col("subdivision")?,
                col("population")?,
                col("aliases")?,
            );
            let ambiguous = if towns { None } else { Some(col("ambiguous")?) };
            for row in &table.rows {
                let cc = country_code(table, row, row.get(country))?;
                let place = Place {
                    name: row.get(name).to_string(),
                    kind: LocationType::City,
                    country: Some(cc.clone()),
                    code: None,
                    geonames_id: geonames_id(table, row, row.get(id))?,
                    population: row.get(population).parse::<u64>().unwrap_or(0),
                    ambiguous: match ambiguous {
                        Some(a) => bool_field(table, row, row.get(a))?,
                        None => false,
                    },
                    spans: Vec::new(),
                    city_like: false,
                    subdivision: Some(row.get(subdivision).to_string()).filter(|c| !c.is_empty()),
                };
                let names = std::iter::once(row.get(name)).chain(row.list(aliases));
                if towns {
                    let index = self.places.len();
                    self.places.push(place);
                    for phrase in names {
                        self.towns.insert(phrase, Capitalized, index);
                    }
                } else {
                    *self.cities_per_country.entry(cc).or_default() += 1;
                    let names: Vec<_> = names.map(|n| (n, Capitalized, Name)).collect();
                    self.add(place, &names);
                }
            }
        } else {
            let (name, aliases, countries) = (col("name")?, col("aliases")?, col("countries")?);
            for row in &table.rows {
                let spans = row
                    .list(countries)
                    .map(|c| country_code(table, row, c))
                    .collect::<Result<Vec<_>>>()?;
                // `the Gulf` is matched, and named, without its article.
                let bare = row.get(name).trim_start_matches("the ");
                let mut names = vec![(bare, Capitalized, Name)];
                names.extend(
                    row.list(aliases)
                        .map(|a| (a.trim_start_matches("the "), Capitalized, Name)),
                );
                let place = Place {
                    name: bare.to_string(),
                    kind: LocationType::Region,
                    country: (spans.len() == 1).then(|| spans[0].clone()),
                    code: None,
                    geonames_id: None,
                    population: 0,
                    ambiguous: false,
                    spans,
                    city_like: false,
                    subdivision: None,
                };
                self.add(place, &names);
            }
        }
        Ok(())
    }
}

/// A subdivision's name with its last word, a capitalized kind of subdivision (`Region`,
/// `Oblast`, `Province`), in lower case: `Karaganda region`. `None` for other names.
fn lower_kind_word(name: &str) -> Option<String> {
    const KIND_WORDS: &[&str] = &[
        "Region",
        "Oblast",
        "Province",
        "Prefecture",
        "Governorate",
        "Department",
        "District",
        "County",
        "Voivodeship",
        "Krai",
        "Oblys",
    ];
    let (stem, last) = name.rsplit_once(' ')?;
    (!stem.is_empty() && KIND_WORDS.contains(&last))
        .then(|| format!("{stem} {}", last.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_location_tables_parse() {
        let mut g = Gazetteer::default();
        for (name, text) in BUILTIN {
            g.extend(&Table::parse(name, text).unwrap()).unwrap();
        }
        assert!(g.countries.len() >= 240);
        assert!(g.places.len() > 30_000);
        assert!(g.towns.len() > 20_000);
    }

    #[test]
    fn a_cities_table_without_ambiguous_is_towns() {
        let towns = "geonames_id\tname\tcountry\tsubdivision\tpopulation\taliases\n\
                     1\tKambalda\tAU\tAU-WA\t2000\t\n";
        let mut g = Gazetteer::default();
        g.extend(&Table::parse("towns", towns).unwrap()).unwrap();
        assert_eq!(g.towns.len(), 1);
        assert!(g.lexicon.is_empty());
        assert_eq!(g.places[0].subdivision.as_deref(), Some("AU-WA"));
        let bad = "geonames_id\tname\tcountry\tsubdivision\tpopulation\taliases\n\
                   x\tKambalda\tAU\t\t0\t\n";
        assert!(g.extend(&Table::parse("towns", bad).unwrap()).is_err());
    }

    #[test]
    fn a_subdivisions_table_may_have_demonyms_or_not() {
        let head = "code\tcountry\tname\taliases\tabbreviations\ttype\tparent\tambiguous";
        let old = format!("{head}\nAU-SA\tAU\tSouth Australia\t\t\tstate\t\tfalse\n");
        let new = format!(
            "{head}\tdemonyms\nAU-SA\tAU\tSouth Australia\t\t\tstate\t\tfalse\tSouth Australian\n"
        );
        // The matches of the gazetteer built from `tsv` in a phrase with the demonym.
        let matches = |tsv: &str| {
            let mut g = Gazetteer::default();
            g.extend(&Table::parse("subdivisions", tsv).unwrap())
                .unwrap();
            let text = crate::text::Text::new("South Australian wine");
            g.lexicon.find_all(&text).len()
        };
        assert_eq!(matches(&old), 0);
        assert_eq!(matches(&new), 1);
    }
}
