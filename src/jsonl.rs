//! Output lines of the contract, written straight into a byte buffer.
//!
//! The records' serde form (`record.rs`) is the contract; this writer produces the same
//! bytes as `serde_json` does for an output line (`{"id":...,"entities":[...],
//! "agreements":[...]}`), without serde's generic machinery: the entity's flattened,
//! tagged value and every key went through a map serializer and a string escaper, which
//! cost more than the extraction of small articles. Keys are literals, a string is copied
//! whole unless it holds a character JSON escapes, and integers are formatted without
//! `fmt`. Tests compare it with `serde_json` on every fixture and on hard strings.

use crate::record::{
    Agreement, AgreementKind, CriticalList, Document, Entity, EntityValue, LocationForm,
    LocationType, MassUnit, PartyKind, Qualifier,
};
use serde_json::Value;

/// A key after the first of an object: `key!("name")` is `,"name":`.
macro_rules! key {
    ($out:expr, $name:literal) => {
        $out.extend_from_slice(concat!(",\"", $name, "\":").as_bytes())
    };
}

/// Appends the output line of document `doc` with id `id` (and a line end) to `out`.
pub fn write_document(out: &mut Vec<u8>, id: &Value, doc: &Document) {
    out.extend_from_slice(b"{\"id\":");
    value(out, id);
    out.extend_from_slice(b",\"entities\":[");
    for (k, e) in doc.entities.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        entity(out, e);
    }
    out.extend_from_slice(b"],\"agreements\":[");
    for (k, a) in doc.agreements.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        agreement(out, a);
    }
    out.extend_from_slice(b"]}\n");
}

/// Any JSON value (an input's id, one per line), written by serde_json itself.
fn value(out: &mut Vec<u8>, v: &Value) {
    // Writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, v);
}

fn entity(out: &mut Vec<u8>, e: &Entity) {
    out.extend_from_slice(b"{\"text\":");
    string(out, &e.text);
    out.extend_from_slice(b",\"start\":");
    uint(out, e.start as u64);
    out.extend_from_slice(b",\"end\":");
    uint(out, e.end as u64);
    out.extend_from_slice(b",\"sentence\":");
    uint(out, e.sentence as u64);
    out.extend_from_slice(b",\"kind\":\"");
    out.extend_from_slice(e.kind().as_str().as_bytes());
    out.push(b'"');
    match &e.value {
        EntityValue::Amount(a) => {
            key!(out, "currency");
            opt(out, a.currency.as_ref(), |out, c| string(out, c.as_str()));
            key!(out, "value");
            opt(out, a.value.as_ref(), |out, &v| float(out, v));
            key!(out, "min");
            opt(out, a.min.as_ref(), |out, &v| float(out, v));
            key!(out, "max");
            opt(out, a.max.as_ref(), |out, &v| float(out, v));
            key!(out, "qualifier");
            opt(out, a.qualifier.as_ref(), |out, &q| {
                string(out, qualifier(q));
            });
            key!(out, "per");
            opt_string(out, &a.per);
        }
        EntityValue::Quantity(q) => {
            key!(out, "value");
            float(out, q.value);
            key!(out, "unit");
            string(out, unit(q.unit));
            key!(out, "per");
            opt_string(out, &q.per);
            key!(out, "commodity");
            opt_string(out, &q.commodity);
        }
        EntityValue::Mineral(m) => {
            key!(out, "name");
            string(out, &m.name);
            key!(out, "symbol");
            opt_string(out, &m.symbol);
            key!(out, "lists");
            list(out, &m.lists, |out, &l| string(out, critical_list(l)));
            key!(out, "critical");
            boolean(out, m.critical);
        }
        EntityValue::Location(l) => {
            key!(out, "name");
            string(out, &l.name);
            key!(out, "type");
            string(out, location_type(l.kind));
            key!(out, "country");
            opt_string(out, &l.country);
            key!(out, "code");
            opt_string(out, &l.code);
            key!(out, "geonames_id");
            opt(out, l.geonames_id.as_ref(), |out, &n| uint(out, n));
            key!(out, "form");
            string(out, location_form(l.form));
        }
        EntityValue::Organization(o) => {
            key!(out, "name");
            name_and_aliases(out, &o.name, &o.aliases);
        }
        EntityValue::Person(p) => {
            key!(out, "name");
            string(out, &p.name);
            key!(out, "title");
            opt_string(out, &p.title);
        }
        EntityValue::Signatory(s) => {
            key!(out, "name");
            name_and_aliases(out, &s.name, &s.aliases);
            key!(out, "party_kind");
            string(out, party_kind(s.party_kind));
            key!(out, "agreement");
            uint(out, s.agreement as u64);
        }
    }
    out.push(b'}');
}

fn agreement(out: &mut Vec<u8>, a: &Agreement) {
    out.extend_from_slice(b"{\"kind\":");
    string(out, agreement_kind(a.kind));
    out.extend_from_slice(b",\"trigger\":{\"text\":");
    string(out, &a.trigger.text);
    key!(out, "start");
    uint(out, a.trigger.start as u64);
    key!(out, "end");
    uint(out, a.trigger.end as u64);
    out.extend_from_slice(b"},\"parties\":");
    list(out, &a.parties, |out, p| {
        out.extend_from_slice(b"{\"name\":");
        name_and_aliases(out, &p.name, &p.aliases);
        key!(out, "party_kind");
        string(out, party_kind(p.party_kind));
        out.push(b'}');
    });
    key!(out, "value");
    opt(out, a.value.as_ref(), |out, m| {
        out.extend_from_slice(b"{\"currency\":");
        opt(out, m.currency.as_ref(), |out, c| string(out, c.as_str()));
        key!(out, "value");
        float(out, m.value);
        out.push(b'}');
    });
    key!(out, "minerals");
    list(out, &a.minerals, |out, s| string(out, s));
    key!(out, "sentence");
    uint(out, a.sentence as u64);
    out.push(b'}');
}

/// A name's value, then `,"aliases":[...]` (organizations, signatories, parties).
fn name_and_aliases(out: &mut Vec<u8>, name: &str, aliases: &[String]) {
    string(out, name);
    key!(out, "aliases");
    list(out, aliases, |out, s| string(out, s));
}

fn opt<T>(out: &mut Vec<u8>, v: Option<&T>, write: impl FnOnce(&mut Vec<u8>, &T)) {
    match v {
        Some(v) => write(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

/// An optional string field: the string, or `null`.
fn opt_string(out: &mut Vec<u8>, v: &Option<String>) {
    opt(out, v.as_ref(), |out, s| string(out, s));
}

fn list<T>(out: &mut Vec<u8>, items: &[T], mut write: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        write(out, item);
    }
    out.push(b']');
}

fn boolean(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

fn uint(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[at..]);
}

/// A float as `serde_json` writes it (shortest round-trip form, `null` when not finite).
fn float(out: &mut Vec<u8>, v: f64) {
    // Writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, &v);
}

/// A JSON string: quoted, with `"`, `\` and control characters escaped as `serde_json`
/// escapes them; everything else (all of non-ASCII) copied as is.
fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // Eight bytes at a time while none needs escaping (most strings: all of them).
    let mut clean = 0;
    while let Some(w) = bytes.get(clean..clean + 8) {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        if needs_escape(w) {
            break;
        }
        clean += 8;
    }
    while clean < bytes.len() && !escaped(bytes[clean]) {
        clean += 1;
    }
    if clean == bytes.len() {
        out.extend_from_slice(bytes);
    } else {
        escape_from(out, bytes, clean);
    }
    out.push(b'"');
}

/// Does JSON escape byte `b` in a string?
fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// `bytes` with the escapes JSON needs, the first of them at `first`.
#[cold]
fn escape_from(out: &mut Vec<u8>, bytes: &[u8], first: usize) {
    out.extend_from_slice(&bytes[..first]);
    let mut from = first;
    for (k, &b) in bytes.iter().enumerate().skip(first) {
        if !escaped(b) {
            continue;
        }
        out.extend_from_slice(&bytes[from..k]);
        from = k + 1;
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 15)]);
            }
        }
    }
    out.extend_from_slice(&bytes[from..]);
}

/// Does any of the eight bytes of `w` need escaping in a JSON string (below 0x20, `"` or
/// `\`)? Exact: the classic tests for a zero or a small byte in a word.
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    below(w, 0x20)
        | below(w ^ (ONES * u64::from(b'"')), 1)
        | below(w ^ (ONES * u64::from(b'\\')), 1)
        != 0
}

// The enums' names as their serde renames spell them (a test checks each against serde).

fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Approximately => "approximately",
        Qualifier::Nearly => "nearly",
        Qualifier::Over => "over",
        Qualifier::Under => "under",
        Qualifier::UpTo => "up to",
        Qualifier::AtLeast => "at least",
    }
}

fn unit(u: MassUnit) -> &'static str {
    match u {
        MassUnit::Tonne => "t",
        MassUnit::Ounce => "oz",
        MassUnit::Pound => "lb",
        MassUnit::Kilogram => "kg",
        MassUnit::Gram => "g",
        MassUnit::Carat => "ct",
    }
}

fn critical_list(l: CriticalList) -> &'static str {
    match l {
        CriticalList::Us2022 => "us-2022",
        CriticalList::Us2025 => "us-2025",
        CriticalList::EuCritical => "eu-critical",
        CriticalList::EuStrategic => "eu-strategic",
    }
}

fn location_type(t: LocationType) -> &'static str {
    match t {
        LocationType::Country => "country",
        LocationType::Subdivision => "subdivision",
        LocationType::City => "city",
        LocationType::Region => "region",
    }
}

fn location_form(f: LocationForm) -> &'static str {
    match f {
        LocationForm::Name => "name",
        LocationForm::Abbreviation => "abbreviation",
        LocationForm::Demonym => "demonym",
    }
}

fn party_kind(k: PartyKind) -> &'static str {
    match k {
        PartyKind::Organization => "organization",
        PartyKind::Country => "country",
        PartyKind::Person => "person",
    }
}

fn agreement_kind(k: AgreementKind) -> &'static str {
    match k {
        AgreementKind::MemorandumOfUnderstanding => "memorandum of understanding",
        AgreementKind::Agreement => "agreement",
        AgreementKind::Contract => "contract",
        AgreementKind::JointVenture => "joint venture",
        AgreementKind::Offtake => "offtake",
        AgreementKind::Loan => "loan",
        AgreementKind::LetterOfIntent => "letter of intent",
        AgreementKind::Partnership => "partnership",
        AgreementKind::Deal => "deal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{
        Amount, Location, Mineral, Money, Organization, Party, Person, Quantity, Signatory, Trigger,
    };
    use serde::Serialize;

    /// What serde_json writes for an output line: the reference.
    fn by_serde(id: &Value, doc: &Document) -> Vec<u8> {
        #[derive(Serialize)]
        struct Line<'a> {
            id: &'a Value,
            #[serde(flatten)]
            doc: &'a Document,
        }
        let mut out = serde_json::to_vec(&Line { id, doc }).unwrap();
        out.push(b'\n');
        out
    }

    fn fast(id: &Value, doc: &Document) -> Vec<u8> {
        let mut out = Vec::new();
        write_document(&mut out, id, doc);
        out
    }

    fn same(id: &Value, doc: &Document) {
        let (a, b) = (fast(id, doc), by_serde(id, doc));
        assert_eq!(String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
    }

    #[test]
    fn the_word_test_finds_exactly_the_bytes_to_escape() {
        let scalar = |w: u64| {
            w.to_le_bytes()
                .iter()
                .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
        };
        for b in 0..=255u8 {
            for pos in 0..8 {
                for fill in [b'a', 0xC3, 0x7F, b' ', 0x21, 0x5D] {
                    let mut bytes = [fill; 8];
                    bytes[pos] = b;
                    let w = u64::from_le_bytes(bytes);
                    assert_eq!(needs_escape(w), scalar(w), "{w:#x}");
                }
            }
        }
        let mut x = 0x1234_5678_9abc_def0u64;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            assert_eq!(needs_escape(x), scalar(x), "{x:#x}");
        }
    }

    #[test]
    fn every_fixture_is_written_as_serde_writes_it() {
        let ex = crate::Extractor::new();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                let doc = ex.extract(&text);
                let id = Value::String(path.file_stem().unwrap().to_string_lossy().into());
                same(&id, &doc);
                n += 1;
            }
        }
        assert!(n >= 20, "only {n} fixtures");
    }

    #[test]
    fn hard_strings_numbers_and_ids_match_serde() {
        let entity = |text: &str, value: EntityValue| Entity {
            text: text.into(),
            start: 0,
            end: usize::MAX,
            sentence: 7,
            value,
            rule: "test",
        };
        let hard = "a \"quoted\" \\ back\u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f} é ’ 漢 🙂 </script>";
        let mut doc = Document::default();
        for q in [
            None,
            Some(Qualifier::Approximately),
            Some(Qualifier::Nearly),
            Some(Qualifier::Over),
            Some(Qualifier::Under),
            Some(Qualifier::UpTo),
            Some(Qualifier::AtLeast),
        ] {
            doc.entities.push(entity(
                hard,
                EntityValue::Amount(Amount {
                    currency: crate::record::CurrencyCode::new("USD"),
                    value: Some(0.1 + 0.2),
                    min: Some(f64::NAN),
                    max: Some(1e21),
                    qualifier: q,
                    per: Some(hard.into()),
                }),
            ));
        }
        for unit in [
            MassUnit::Tonne,
            MassUnit::Ounce,
            MassUnit::Pound,
            MassUnit::Kilogram,
            MassUnit::Gram,
            MassUnit::Carat,
        ] {
            doc.entities.push(entity(
                "5 t",
                EntityValue::Quantity(Quantity {
                    value: -0.0,
                    unit,
                    per: None,
                    commodity: Some("lithium".into()),
                }),
            ));
        }
        doc.entities.push(entity(
            "Acme Ltd",
            EntityValue::Organization(Organization {
                name: hard.into(),
                aliases: vec!["ACME".into(), hard.into()],
            }),
        ));
        for title in [None, Some("Minister of Mines".to_string())] {
            doc.entities.push(entity(
                "Jane Doe",
                EntityValue::Person(Person {
                    name: "Jane \"JD\" Doe".into(),
                    title,
                }),
            ));
        }
        doc.entities.push(entity(
            "Co",
            EntityValue::Mineral(Mineral {
                name: "cobalt".into(),
                symbol: Some("Co".into()),
                lists: vec![],
                critical: false,
            }),
        ));
        doc.entities.push(entity(
            "cobalt",
            EntityValue::Mineral(Mineral {
                name: "cobalt".into(),
                symbol: None,
                lists: vec![
                    CriticalList::Us2022,
                    CriticalList::Us2025,
                    CriticalList::EuCritical,
                    CriticalList::EuStrategic,
                ],
                critical: true,
            }),
        ));
        for (kind, form) in [
            (LocationType::Country, LocationForm::Name),
            (LocationType::Subdivision, LocationForm::Abbreviation),
            (LocationType::City, LocationForm::Demonym),
            (LocationType::Region, LocationForm::Name),
        ] {
            doc.entities.push(entity(
                "Perth",
                EntityValue::Location(Location {
                    name: hard.into(),
                    kind,
                    country: Some("AU".into()),
                    code: None,
                    geonames_id: Some(u64::MAX),
                    form,
                }),
            ));
        }
        for party_kind in [
            PartyKind::Organization,
            PartyKind::Country,
            PartyKind::Person,
        ] {
            doc.entities.push(entity(
                "Acme",
                EntityValue::Signatory(Signatory {
                    name: "Acme".into(),
                    aliases: vec![hard.into(), String::new()],
                    party_kind,
                    agreement: 3,
                }),
            ));
        }
        for kind in [
            AgreementKind::MemorandumOfUnderstanding,
            AgreementKind::Agreement,
            AgreementKind::Contract,
            AgreementKind::JointVenture,
            AgreementKind::Offtake,
            AgreementKind::Loan,
            AgreementKind::LetterOfIntent,
            AgreementKind::Partnership,
            AgreementKind::Deal,
        ] {
            doc.agreements.push(Agreement {
                kind,
                trigger: Trigger {
                    text: hard.into(),
                    start: 1,
                    end: 2,
                },
                parties: vec![Party {
                    name: "Acme".into(),
                    aliases: vec![],
                    party_kind: PartyKind::Country,
                }],
                value: Some(Money {
                    currency: None,
                    value: f64::INFINITY,
                }),
                minerals: vec!["nickel".into()],
                sentence: 0,
            });
        }
        let ids = [
            Value::Null,
            Value::String(hard.into()),
            serde_json::json!(42),
            serde_json::json!(-1.5),
            serde_json::json!(true),
            serde_json::json!(["a", {"b": null}]),
            serde_json::json!({"k": "v\n"}),
        ];
        for id in &ids {
            same(id, &doc);
            same(id, &Document::default());
        }
    }
}
