//! Example sentences for minerals: each yields exactly the listed canonical names.

use crate::pipeline::Extractor;
use crate::record::{EntityValue, Kind};

/// (sentence, minerals it must yield in order)
const CORPUS: &[(&str, &[&str])] = &[
    (
        "Pakistan has large reserves of copper and gold.",
        &["copper", "gold"],
    ),
    (
        "The plant will produce spodumene concentrate.",
        &["lithium"],
    ),
    (
        "Prices of REEs and rare earths climbed.",
        &["rare earth elements", "rare earth elements"],
    ),
    ("The firm recycles lithium-ion batteries.", &[]),
    ("Southern Copper reported higher profit.", &[]),
    ("She won a gold medal in Paris.", &[]),
    ("They will lead the talks.", &[]),
    ("Lead and zinc output rose.", &["lead", "zinc"]),
    ("tin prices fell", &["tin"]),
    ("a tin can", &[]),
    (
        "Copper, gold and cobalt were discussed.",
        &["copper", "gold", "cobalt"],
    ),
    ("The copper-gold project is in Chile.", &["copper", "gold"]),
    ("Output of LiOH rose.", &["lithium"]),
];

/// The canonical names of the minerals `ex` finds in `sentence`.
fn minerals(ex: &Extractor, sentence: &str) -> Vec<String> {
    ex.extract(sentence)
        .of_kind(Kind::Mineral)
        .filter_map(|e| match &e.value {
            EntityValue::Mineral(m) => Some(m.name.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn corpus_yields_expected_minerals() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (sentence, want) in CORPUS {
        let got = minerals(&ex, sentence);
        if got != *want {
            failures.push(format!("{sentence:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The larger corpus in `corpus.tsv` (news-style sentences with false friends), one case
/// per line: `sentence<TAB>name|name|...` (empty for none).
const CORPUS_TSV: &str = include_str!("corpus.tsv");

/// Share of `corpus.tsv` cases passed entirely today; a change that breaks cases fails.
const MINERAL_TSV_FLOOR: f64 = 1.0;

#[test]
fn tsv_corpus_yields_expected_minerals() {
    let ex = Extractor::new();
    crate::corpus::run_tsv(
        "mineral corpus.tsv",
        CORPUS_TSV,
        200,
        MINERAL_TSV_FLOOR,
        |sentence, expected| {
            let want: Vec<&str> = expected.split('|').filter(|w| !w.is_empty()).collect();
            let got = minerals(&ex, sentence);
            (got != want).then(|| format!("{got:?}"))
        },
    );
}
