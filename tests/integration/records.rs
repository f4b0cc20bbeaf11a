//! The record model's JSON is the contract's: field names, tags, and round trips.

use news_entities::*;
use serde_json::{json, Value};

fn roundtrip(e: &Entity) {
    let s = serde_json::to_string(e).unwrap();
    let back: Entity = serde_json::from_str(&s).unwrap();
    // `rule` is not serialized; everything else must survive.
    assert_eq!(back.value, e.value);
    assert_eq!(
        (back.start, back.end, back.sentence, &back.text),
        (e.start, e.end, e.sentence, &e.text)
    );
}

fn entity(text: &str, value: EntityValue) -> Entity {
    Entity {
        text: text.into(),
        start: 3,
        end: 3 + text.len(),
        sentence: 1,
        value,
        rule: "",
    }
}

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

fn sorted(names: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

#[test]
fn every_kind_has_the_contract_fields_and_round_trips() {
    let common = ["kind", "text", "start", "end", "sentence"];
    let cases: Vec<(Entity, &[&str], Value)> = vec![
        (
            entity(
                "USD 500 million",
                EntityValue::Amount(Amount {
                    currency: CurrencyCode::new("USD"),
                    value: Some(5e8),
                    min: None,
                    max: None,
                    qualifier: Some(Qualifier::Approximately),
                    per: None,
                }),
            ),
            &["currency", "value", "min", "max", "qualifier", "per"],
            json!({"kind": "amount", "currency": "USD", "value": 500000000.0, "qualifier": "approximately"}),
        ),
        (
            entity(
                "2.5 million ounces of gold",
                EntityValue::Quantity(Quantity {
                    value: 2.5e6,
                    unit: MassUnit::Ounce,
                    per: Some("year".into()),
                    commodity: Some("gold".into()),
                }),
            ),
            &["value", "unit", "per", "commodity"],
            json!({"kind": "quantity", "unit": "oz", "per": "year", "commodity": "gold"}),
        ),
        (
            entity(
                "REEs",
                EntityValue::Mineral(Mineral {
                    name: "rare earth elements".into(),
                    symbol: None,
                    lists: vec![CriticalList::Us2022, CriticalList::EuStrategic],
                    critical: true,
                }),
            ),
            &["name", "symbol", "lists", "critical"],
            json!({"kind": "mineral", "name": "rare earth elements", "lists": ["us-2022", "eu-strategic"], "critical": true}),
        ),
        (
            entity(
                "Missouri",
                EntityValue::Location(Location {
                    name: "Missouri".into(),
                    kind: LocationType::Subdivision,
                    country: Some("US".into()),
                    code: Some("US-MO".into()),
                    geonames_id: Some(4398678),
                    form: LocationForm::Name,
                }),
            ),
            &["name", "type", "country", "code", "geonames_id", "form"],
            json!({"kind": "location", "type": "subdivision", "country": "US", "code": "US-MO", "form": "name"}),
        ),
        (
            entity(
                "Frontier Works Organisation (FWO)",
                EntityValue::Organization(Organization {
                    name: "Frontier Works Organisation".into(),
                    aliases: vec!["FWO".into()],
                }),
            ),
            &["name", "aliases"],
            json!({"kind": "organization", "aliases": ["FWO"]}),
        ),
        (
            entity(
                "US Chargé d'Affaires Natalie Baker",
                EntityValue::Person(Person {
                    name: "Natalie Baker".into(),
                    title: Some("US Chargé d'Affaires".into()),
                }),
            ),
            &["name", "title"],
            json!({"kind": "person", "name": "Natalie Baker"}),
        ),
        (
            entity(
                "USSM",
                EntityValue::Signatory(Signatory {
                    name: "US Strategic Metals".into(),
                    aliases: vec!["USSM".into()],
                    party_kind: PartyKind::Organization,
                    agreement: 0,
                }),
            ),
            &["name", "aliases", "party_kind", "agreement"],
            json!({"kind": "signatory", "party_kind": "organization", "agreement": 0}),
        ),
    ];
    for (e, fields, expect) in cases {
        let v = serde_json::to_value(&e).unwrap();
        let mut want: Vec<&str> = common.to_vec();
        want.extend_from_slice(fields);
        assert_eq!(keys(&v), sorted(&want), "fields of {}", e.kind());
        for (k, val) in expect.as_object().unwrap() {
            assert_eq!(&v[k], val, "{} field {k}", e.kind());
        }
        roundtrip(&e);
    }
}

#[test]
fn agreement_and_document_match_the_contract_example() {
    // The contract's agreement example, parsed into our types and written back.
    let example = json!({"kind": "memorandum of understanding", "trigger": {"text": "signed", "start": 15, "end": 21},
        "parties": [{"name": "US Strategic Metals", "aliases": ["USSM", "Strategic Metals"], "party_kind": "organization"}],
        "value": {"currency": "USD", "value": 500000000.0}, "minerals": ["cobalt", "nickel"], "sentence": 0});
    let a: Agreement = serde_json::from_value(example.clone()).unwrap();
    assert_eq!(a.kind, AgreementKind::MemorandumOfUnderstanding);
    assert_eq!(serde_json::to_value(&a).unwrap(), example);
    let doc = Document {
        entities: vec![],
        agreements: vec![a],
    };
    let v = serde_json::to_value(&doc).unwrap();
    assert_eq!(keys(&v), sorted(&["entities", "agreements"]));
    let back: Document = serde_json::from_value(v).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn closed_vocabularies_reject_unknown_values() {
    assert!(serde_json::from_value::<AgreementKind>(json!("treaty")).is_err());
    assert!(serde_json::from_value::<CurrencyCode>(json!("usd")).is_err());
    assert!(serde_json::from_value::<CurrencyCode>(json!("USDT")).is_err());
    assert!(serde_json::from_value::<LocationType>(json!("planet")).is_err());
    for k in [
        "memorandum of understanding",
        "agreement",
        "contract",
        "joint venture",
        "offtake",
        "loan",
        "letter of intent",
        "partnership",
        "deal",
    ] {
        assert!(
            serde_json::from_value::<AgreementKind>(json!(k)).is_ok(),
            "{k}"
        );
    }
    for q in [
        "approximately",
        "nearly",
        "over",
        "under",
        "up to",
        "at least",
    ] {
        assert!(serde_json::from_value::<Qualifier>(json!(q)).is_ok(), "{q}");
    }
}
