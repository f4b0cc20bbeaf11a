//! Example sentences for quantities: each yields exactly the listed
//! (text, value, unit, period, commodity).

use crate::pipeline::Extractor;
use crate::record::{EntityValue, MassUnit};

type Want = (
    &'static str,
    f64,
    MassUnit,
    Option<&'static str>,
    Option<&'static str>,
);

type Got = (String, f64, MassUnit, Option<String>, Option<String>);

/// The quantities `ex` finds in `sentence`, as (text, value, unit, period, commodity).
fn quantities(ex: &Extractor, sentence: &str) -> Vec<Got> {
    ex.extract(sentence)
        .entities
        .into_iter()
        .filter_map(|e| match e.value {
            EntityValue::Quantity(q) => Some((e.text, q.value, q.unit, q.per, q.commodity)),
            _ => None,
        })
        .collect()
}

use MassUnit::*;

const CORPUS: &[(&str, &[Want])] = &[
    (
        "The mine will process 1.5 million tonnes of iron ore a year.",
        &[(
            "1.5 million tonnes",
            1.5e6,
            Tonne,
            Some("year"),
            Some("iron ore"),
        )],
    ),
    // Ore weighed wet or dry, as nickel and iron ore trade reports it.
    (
        "Shipments from Surigao reached 1.8 million wet metric tonnes of nickel ore.",
        &[(
            "1.8 million wet metric tonnes",
            1.8e6,
            Tonne,
            None,
            Some("nickel"),
        )],
    ),
    (
        "The port loaded 650,000 dry tonnes of iron ore in May.",
        &[(
            "650,000 dry tonnes",
            650000.0,
            Tonne,
            None,
            Some("iron ore"),
        )],
    ),
    (
        "Reserves stand at 2.5 million ounces of gold.",
        &[("2.5 million ounces", 2.5e6, Ounce, None, Some("gold"))],
    ),
    (
        "It produced 250koz of gold last year.",
        &[("250koz", 2.5e5, Ounce, None, Some("gold"))],
    ),
    (
        "The resource holds 1.2Moz of platinum.",
        &[("1.2Moz", 1.2e6, Ounce, None, Some("platinum"))],
    ),
    (
        "The plant has capacity of 30,000 tpa of lithium hydroxide.",
        &[("30,000 tpa", 3e4, Tonne, Some("year"), Some("lithium"))],
    ),
    (
        "Copper output rose to 50,000 tonnes.",
        &[("50,000 tonnes", 5e4, Tonne, None, Some("copper"))],
    ),
    (
        "Exports reached 5.9 Mt in 2024.",
        &[("5.9 Mt", 5.9e6, Tonne, None, None)],
    ),
    (
        "Sales of 12 million pounds of uranium oxide were booked.",
        &[("12 million pounds", 1.2e7, Pound, None, Some("uranium"))],
    ),
    (
        "The 20,000-tonne cathode shipment left port.",
        &[("20,000-tonne", 2e4, Tonne, None, None)],
    ),
    (
        "It shipped 180,000 t of spodumene concentrate.",
        &[("180,000 t", 1.8e5, Tonne, None, Some("lithium"))],
    ),
    (
        "The pipe yielded 1.1 million carats.",
        &[("1.1 million carats", 1.1e6, Carat, None, None)],
    ),
    (
        "Smugglers carried 40 kg of gold.",
        &[("40 kg", 40.0, Kilogram, None, Some("gold"))],
    ),
    (
        "A 10 Mtpa iron ore expansion was approved.",
        &[("10 Mtpa", 1e7, Tonne, Some("year"), Some("iron ore"))],
    ),
    (
        "Nickel output will be 60 kt per annum.",
        &[("60 kt", 6e4, Tonne, Some("year"), Some("nickel"))],
    ),
    (
        "The plan is for 28,000 tonnes (about 62 million pounds) of copper.",
        &[
            ("28,000 tonnes", 2.8e4, Tonne, None, Some("copper")),
            ("62 million pounds", 6.2e7, Pound, None, Some("copper")),
        ],
    ),
    ("Drilling returned 2.5 g/t gold over 10 metres.", &[]),
    ("The company paid 5 million pounds for the licence.", &[]),
    ("Output rose 5 percent.", &[]),
];

#[test]
fn corpus_yields_expected_quantities() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (sentence, want) in CORPUS {
        let got = quantities(&ex, sentence);
        let ok = got.len() == want.len()
            && got.iter().zip(want.iter()).all(|(g, w)| {
                g.0 == w.0
                    && (g.1 - w.1).abs() <= 1e-9 * w.1.abs().max(1.0)
                    && g.2 == w.2
                    && g.3.as_deref() == w.3
                    && g.4.as_deref() == w.4
            });
        if !ok {
            failures.push(format!("{sentence:?}\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The larger corpus in `corpus.tsv`, one case per line:
/// `sentence<TAB>text|value|unit|per|commodity;...`.
const CORPUS_TSV: &str = include_str!("corpus.tsv");

/// Share of `corpus.tsv` cases passed entirely today; a change that breaks cases fails.
const QUANTITY_TSV_FLOOR: f64 = 1.0;

#[test]
fn tsv_corpus_yields_expected_quantities() {
    let ex = Extractor::new();
    crate::corpus::run_tsv(
        "quantity corpus.tsv",
        CORPUS_TSV,
        80,
        QUANTITY_TSV_FLOOR,
        |sentence, expected| {
            let want: Vec<Vec<&str>> = expected
                .split(';')
                .filter(|w| !w.is_empty())
                .map(|w| w.split('|').collect())
                .collect();
            let got = quantities(&ex, sentence);
            let ok = got.len() == want.len()
                && got.iter().zip(want.iter()).all(|(g, w)| {
                    w.len() == 5
                        && g.0 == w[0]
                        && w[1]
                            .parse::<f64>()
                            .is_ok_and(|v| (g.1 - v).abs() <= 1e-6 * v.abs().max(1.0))
                        && crate::corpus::json_name(g.2) == w[2]
                        && g.3.as_deref().unwrap_or("") == w[3]
                        && g.4.as_deref().unwrap_or("") == w[4]
                });
            (!ok).then(|| format!("{got:?}"))
        },
    );
}
