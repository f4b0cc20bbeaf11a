//! The record model: typed values whose serde JSON is exactly the contract's
//! (`docs/records.md`). Offsets are UTF-8 byte offsets into the document text, `end`
//! exclusive, so `&text[e.start..e.end] == e.text` always holds.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One thing found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Exactly the covered slice of the document text.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 0-based index of the sentence that holds `start`.
    pub sentence: usize,
    /// The kind and its normalized fields.
    #[serde(flatten)]
    pub value: EntityValue,
    /// The name of the rule or gazetteer that produced it (not part of the JSON).
    #[serde(skip)]
    pub rule: &'static str,
}

impl Entity {
    /// The kind of this entity.
    pub fn kind(&self) -> Kind {
        self.value.kind()
    }
}

/// An entity's kind with its own fields; serialized with a `kind` tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntityValue {
    /// A sum of money.
    Amount(Amount),
    /// A mass of a commodity.
    Quantity(Quantity),
    /// A mineral commodity.
    Mineral(Mineral),
    /// A named place.
    Location(Location),
    /// A company, agency, ministry or other body.
    Organization(Organization),
    /// A person.
    Person(Person),
    /// A party to an agreement.
    Signatory(Signatory),
}

impl EntityValue {
    /// The kind of this value.
    pub fn kind(&self) -> Kind {
        match self {
            EntityValue::Amount(_) => Kind::Amount,
            EntityValue::Quantity(_) => Kind::Quantity,
            EntityValue::Mineral(_) => Kind::Mineral,
            EntityValue::Location(_) => Kind::Location,
            EntityValue::Organization(_) => Kind::Organization,
            EntityValue::Person(_) => Kind::Person,
            EntityValue::Signatory(_) => Kind::Signatory,
        }
    }
}

/// The kinds of entity, as written in the `kind` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// `amount`
    Amount,
    /// `quantity`
    Quantity,
    /// `mineral`
    Mineral,
    /// `location`
    Location,
    /// `organization`
    Organization,
    /// `person`
    Person,
    /// `signatory`
    Signatory,
}

impl Kind {
    /// Every kind, in the order of the contract's table.
    pub const ALL: [Kind; 7] = [
        Kind::Amount,
        Kind::Quantity,
        Kind::Mineral,
        Kind::Location,
        Kind::Organization,
        Kind::Person,
        Kind::Signatory,
    ];

    /// The name used in the JSON `kind` field and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Amount => "amount",
            Kind::Quantity => "quantity",
            Kind::Mineral => "mineral",
            Kind::Location => "location",
            Kind::Organization => "organization",
            Kind::Person => "person",
            Kind::Signatory => "signatory",
        }
    }

    /// Parses a kind name (`amount`, `mineral`...).
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An ISO 4217 alphabetic code: three upper-case ASCII letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CurrencyCode([u8; 3]);

impl CurrencyCode {
    /// Parses `"USD"`; `None` unless it is three upper-case ASCII letters.
    pub fn new(code: &str) -> Option<CurrencyCode> {
        match code.as_bytes() {
            [a, b, c] if code.bytes().all(|x| x.is_ascii_uppercase()) => {
                Some(CurrencyCode([*a, *b, *c]))
            }
            _ => None,
        }
    }

    /// The code as a string slice.
    pub fn as_str(&self) -> &str {
        // Only ASCII upper-case letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl TryFrom<String> for CurrencyCode {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        CurrencyCode::new(&s).ok_or_else(|| format!("not an ISO 4217 code: {s:?}"))
    }
}

impl From<CurrencyCode> for String {
    fn from(c: CurrencyCode) -> String {
        c.as_str().to_string()
    }
}

impl fmt::Display for CurrencyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A hedge on an amount (`about`, `more than`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    /// about, around, approximately, roughly, some
    #[serde(rename = "approximately")]
    Approximately,
    /// nearly, almost
    #[serde(rename = "nearly")]
    Nearly,
    /// over, more than, in excess of
    #[serde(rename = "over")]
    Over,
    /// under, less than
    #[serde(rename = "under")]
    Under,
    /// up to
    #[serde(rename = "up to")]
    UpTo,
    /// at least
    #[serde(rename = "at least")]
    AtLeast,
}

/// A sum of money.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// ISO 4217 code, or null when no currency can be told.
    pub currency: Option<CurrencyCode>,
    /// The value in currency units (null for a range).
    pub value: Option<f64>,
    /// Lower bound of a range.
    pub min: Option<f64>,
    /// Upper bound of a range.
    pub max: Option<f64>,
    /// A hedge word, normalized.
    pub qualifier: Option<Qualifier>,
    /// The unit of a price (`ounce`, `tonne`, `share`), or null for a total.
    pub per: Option<String>,
}

/// Units of mass for commodity quantities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MassUnit {
    /// metric tonnes
    #[serde(rename = "t")]
    Tonne,
    /// troy ounces
    #[serde(rename = "oz")]
    Ounce,
    /// pounds
    #[serde(rename = "lb")]
    Pound,
    /// kilograms
    #[serde(rename = "kg")]
    Kilogram,
    /// grams
    #[serde(rename = "g")]
    Gram,
    /// carats
    #[serde(rename = "ct")]
    Carat,
}

/// A mass of a commodity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The number, with scale (`million`, `k`, `M`) folded in.
    pub value: f64,
    /// The unit of mass.
    pub unit: MassUnit,
    /// The period of a rate (`year`), or null.
    pub per: Option<String>,
    /// The canonical name of the mineral it measures, or null.
    pub commodity: Option<String>,
}

/// A critical-mineral list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CriticalList {
    /// USGS final list of 2022 (50 minerals).
    #[serde(rename = "us-2022")]
    Us2022,
    /// USGS final list of 2025 (60 minerals).
    #[serde(rename = "us-2025")]
    Us2025,
    /// EU Regulation 2024/1252, Annex II (critical).
    #[serde(rename = "eu-critical")]
    EuCritical,
    /// EU Regulation 2024/1252, Annex I (strategic).
    #[serde(rename = "eu-strategic")]
    EuStrategic,
}

impl CriticalList {
    /// Parses `us-2022`, `us-2025`, `eu-critical` or `eu-strategic`.
    pub fn parse(s: &str) -> Option<CriticalList> {
        match s {
            "us-2022" => Some(CriticalList::Us2022),
            "us-2025" => Some(CriticalList::Us2025),
            "eu-critical" => Some(CriticalList::EuCritical),
            "eu-strategic" => Some(CriticalList::EuStrategic),
            _ => None,
        }
    }
}

/// A mineral commodity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mineral {
    /// Canonical lower-case English name (`copper`, `rare earth elements`).
    pub name: String,
    /// Element symbol, or null.
    pub symbol: Option<String>,
    /// The critical-mineral lists it is on.
    pub lists: Vec<CriticalList>,
    /// True when it is on any list.
    pub critical: bool,
}

/// The type of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationType {
    /// A country (ISO 3166-1).
    Country,
    /// A state, province or region of a country (ISO 3166-2).
    Subdivision,
    /// A city or town.
    City,
    /// A wider region (`Latin America`, `the Sahel`).
    Region,
}

/// How a place was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationForm {
    /// Its name (`Pakistan`).
    Name,
    /// An abbreviation (`US`, `DRC`).
    Abbreviation,
    /// A demonym or adjective (`Pakistani`, `Chinese`).
    Demonym,
}

/// A named place, resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Canonical English name.
    pub name: String,
    /// Country, subdivision, city or region.
    #[serde(rename = "type")]
    pub kind: LocationType,
    /// ISO 3166-1 alpha-2 code of its country, or null for regions that span several.
    pub country: Option<String>,
    /// ISO 3166-2 code for subdivisions (`US-MO`), or null.
    pub code: Option<String>,
    /// GeoNames id where known.
    pub geonames_id: Option<u64>,
    /// How the text wrote it.
    pub form: LocationForm,
}

/// A company, agency, ministry or other body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    /// The longest form of its name in the article.
    pub name: String,
    /// Acronyms and short forms found in the article.
    pub aliases: Vec<String>,
}

/// A person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// Title or role (`Prime Minister`), or null.
    pub title: Option<String>,
}

/// What kind of party signs an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// A company or other body.
    Organization,
    /// A country or its government.
    Country,
    /// A person.
    Person,
}

/// A mention of a party to an agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signatory {
    /// The party's name.
    pub name: String,
    /// Its other names in the article.
    pub aliases: Vec<String>,
    /// Organization, country or person.
    pub party_kind: PartyKind,
    /// Index into the document's `agreements`.
    pub agreement: usize,
}

/// The kind of an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgreementKind {
    /// memorandum of understanding (MoU)
    #[serde(rename = "memorandum of understanding")]
    MemorandumOfUnderstanding,
    /// agreement, accord, pact, framework
    #[serde(rename = "agreement")]
    Agreement,
    /// contract
    #[serde(rename = "contract")]
    Contract,
    /// joint venture (JV)
    #[serde(rename = "joint venture")]
    JointVenture,
    /// offtake
    #[serde(rename = "offtake")]
    Offtake,
    /// loan
    #[serde(rename = "loan")]
    Loan,
    /// letter of intent (LOI)
    #[serde(rename = "letter of intent")]
    LetterOfIntent,
    /// partnership
    #[serde(rename = "partnership")]
    Partnership,
    /// deal
    #[serde(rename = "deal")]
    Deal,
}

/// The word that says an agreement was made, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    /// The trigger's text (`signed`).
    pub text: String,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
}

/// A party to an agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    /// Its name.
    pub name: String,
    /// Its other names in the article.
    pub aliases: Vec<String>,
    /// Organization, country or person.
    pub party_kind: PartyKind,
}

/// The value of an agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Money {
    /// ISO 4217 code, or null.
    pub currency: Option<CurrencyCode>,
    /// Value in currency units.
    pub value: f64,
}

/// An agreement, with its mentions across sentences merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    /// What kind of agreement.
    pub kind: AgreementKind,
    /// The word that says it was made.
    pub trigger: Trigger,
    /// Who is bound by it.
    pub parties: Vec<Party>,
    /// What it is worth, when the article says.
    pub value: Option<Money>,
    /// Canonical names of the minerals it concerns.
    pub minerals: Vec<String>,
    /// 0-based index of the sentence of its first mention.
    pub sentence: usize,
}

/// Everything found in one document: entities sorted by `start`, then agreements.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Entities, sorted by `start` (then by `end`, then by kind).
    pub entities: Vec<Entity>,
    /// Agreements, in order of first mention.
    pub agreements: Vec<Agreement>,
}

impl Document {
    /// The entities of one kind.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.kind() == kind)
    }
}
