//! The article the project grew from (read in place from `../shared/seed/`).

use news_entities::Extractor;
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed"));
    if p.join("article.txt").exists() {
        Some(p)
    } else {
        eprintln!(
            "skipping: ../shared/seed is absent (the seed article lives outside the repository)"
        );
        None
    }
}

#[test]
fn seed_article_yields_its_gold_minerals() {
    let Some(dir) = shared() else { return };
    let text = std::fs::read_to_string(dir.join("article.txt")).unwrap();
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).unwrap()).unwrap();
    let doc = Extractor::new().extract(&text);
    let mut got: Vec<String> = doc
        .entities
        .iter()
        .filter_map(|e| match &e.value {
            news_entities::EntityValue::Mineral(m) => Some(m.name.clone()),
            _ => None,
        })
        .collect();
    got.sort();
    got.dedup();
    let mut want: Vec<String> = gold["minerals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    want.sort();
    assert_eq!(got, want, "lithium-ion is a product, not lithium");
    for e in &doc.entities {
        assert_eq!(&text[e.start..e.end], e.text);
    }
}
