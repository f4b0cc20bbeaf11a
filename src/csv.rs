//! CSV output for spreadsheet and SQL users: one row per entity, with the document id, the
//! kind, the covered text and offsets, and the normalized fields of every kind in fixed
//! columns (empty where a kind has no such field). Error records become rows of kind
//! `error`. Quoting follows RFC 4180: a field with a comma, quote, CR or LF is quoted and
//! its quotes doubled.

use crate::record::{Document, EntityValue};
use serde_json::Value;
use std::io::{self, Write};

/// The header row.
pub const HEADER: &[&str] = &[
    "id",
    "kind",
    "text",
    "start",
    "end",
    "sentence",
    "name",
    "value",
    "currency",
    "min",
    "max",
    "qualifier",
    "per",
    "unit",
    "commodity",
    "type",
    "country",
    "code",
    "geonames_id",
    "form",
    "title",
    "aliases",
    "party_kind",
    "agreement",
    "symbol",
    "critical",
];

fn field<W: Write>(out: &mut W, s: &str, first: bool) -> io::Result<()> {
    if !first {
        out.write_all(b",")?;
    }
    if s.contains([',', '"', '\n', '\r']) {
        out.write_all(b"\"")?;
        out.write_all(s.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")
    } else {
        out.write_all(s.as_bytes())
    }
}

fn row<W: Write>(out: &mut W, cells: &[String]) -> io::Result<()> {
    for (k, c) in cells.iter().enumerate() {
        field(out, c, k == 0)?;
    }
    out.write_all(b"\n")
}

/// Writes the header row.
pub fn write_header<W: Write>(out: &mut W) -> io::Result<()> {
    let cells: Vec<String> = HEADER.iter().map(|s| s.to_string()).collect();
    row(out, &cells)
}

fn id_text(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn num(v: Option<f64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn json_str<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        Ok(Value::Null) | Err(_) => String::new(),
        Ok(other) => other.to_string(),
    }
}

/// Writes one row per entity of `doc`.
pub fn write_document<W: Write>(out: &mut W, id: &Value, doc: &Document) -> io::Result<()> {
    let id = id_text(id);
    for e in &doc.entities {
        let mut c = vec![String::new(); HEADER.len()];
        let set = |c: &mut Vec<String>, col: &str, v: String| {
            if let Some(k) = HEADER.iter().position(|h| *h == col) {
                c[k] = v;
            }
        };
        set(&mut c, "id", id.clone());
        set(&mut c, "kind", e.kind().to_string());
        set(&mut c, "text", e.text.clone());
        set(&mut c, "start", e.start.to_string());
        set(&mut c, "end", e.end.to_string());
        set(&mut c, "sentence", e.sentence.to_string());
        match &e.value {
            EntityValue::Amount(a) => {
                set(&mut c, "value", num(a.value));
                set(
                    &mut c,
                    "currency",
                    a.currency.map(|x| x.to_string()).unwrap_or_default(),
                );
                set(&mut c, "min", num(a.min));
                set(&mut c, "max", num(a.max));
                set(&mut c, "qualifier", json_str(&a.qualifier));
                set(&mut c, "per", a.per.clone().unwrap_or_default());
            }
            EntityValue::Quantity(q) => {
                set(&mut c, "value", q.value.to_string());
                set(&mut c, "unit", json_str(&q.unit));
                set(&mut c, "per", q.per.clone().unwrap_or_default());
                set(&mut c, "commodity", q.commodity.clone().unwrap_or_default());
            }
            EntityValue::Mineral(m) => {
                set(&mut c, "name", m.name.clone());
                set(&mut c, "symbol", m.symbol.clone().unwrap_or_default());
                set(&mut c, "critical", m.critical.to_string());
            }
            EntityValue::Location(l) => {
                set(&mut c, "name", l.name.clone());
                set(&mut c, "type", json_str(&l.kind));
                set(&mut c, "country", l.country.clone().unwrap_or_default());
                set(&mut c, "code", l.code.clone().unwrap_or_default());
                set(
                    &mut c,
                    "geonames_id",
                    l.geonames_id.map(|g| g.to_string()).unwrap_or_default(),
                );
                set(&mut c, "form", json_str(&l.form));
            }
            EntityValue::Organization(o) => {
                set(&mut c, "name", o.name.clone());
                set(&mut c, "aliases", o.aliases.join("|"));
            }
            EntityValue::Person(p) => {
                set(&mut c, "name", p.name.clone());
                set(&mut c, "title", p.title.clone().unwrap_or_default());
            }
            EntityValue::Signatory(s) => {
                set(&mut c, "name", s.name.clone());
                set(&mut c, "aliases", s.aliases.join("|"));
                set(&mut c, "party_kind", json_str(&s.party_kind));
                set(&mut c, "agreement", s.agreement.to_string());
            }
        }
        row(out, &c)?;
    }
    Ok(())
}

/// Writes an error record as a row of kind `error`: its kind in `name`, its message in
/// `text` and the input line number in `start`.
pub fn write_error<W: Write>(
    out: &mut W,
    id: &Value,
    line: u64,
    kind: &str,
    message: &str,
) -> io::Result<()> {
    let mut c = vec![String::new(); HEADER.len()];
    c[0] = id_text(id);
    c[1] = "error".into();
    c[2] = message.to_string();
    c[3] = line.to_string();
    c[6] = kind.to_string();
    row(out, &c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_and_newlines_are_quoted() {
        let mut out = Vec::new();
        row(
            &mut out,
            &[
                "a,b".into(),
                "say \"hi\"".into(),
                "x\ny".into(),
                "plain".into(),
            ],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",plain\n"
        );
    }
}
