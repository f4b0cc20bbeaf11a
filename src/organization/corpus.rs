//! Example sentences for organizations: each yields exactly the listed (text, name,
//! aliases) in order.

use crate::pipeline::Extractor;
use crate::record::EntityValue;

type Want = (&'static str, &'static str, &'static [&'static str]);

const CORPUS: &[(&str, &[Want])] = &[
    (
        "The MoU was signed between USSM and the Frontier Works Organisation (FWO). FWO will build roads.",
        &[
            ("Frontier Works Organisation (FWO)", "Frontier Works Organisation", &["FWO"]),
            ("FWO", "Frontier Works Organisation", &["FWO"]),
        ],
    ),
    (
        "It signed with Mota-Engil Group. Mota-Engil will run logistics.",
        &[
            ("Mota-Engil Group", "Mota-Engil Group", &["Mota-Engil"]),
            ("Mota-Engil", "Mota-Engil Group", &["Mota-Engil"]),
        ],
    ),
    (
        "Pakistan signed with the US-based firm Strategic Metals (USSM).",
        &[("Strategic Metals (USSM)", "Strategic Metals", &["USSM", "US Strategic Metals"])],
    ),
    (
        "Shares of Kestrel Lithium (ASX: KLL) rose.",
        &[("Kestrel Lithium (ASX: KLL)", "Kestrel Lithium", &[])],
    ),
    (
        "Khanij Bidesh India Ltd (KABIL) will invest.",
        &[("Khanij Bidesh India Ltd (KABIL)", "Khanij Bidesh India Ltd", &["Khanij Bidesh India", "KABIL"])],
    ),
    ("Officials from the Ministry of Mines and Minerals attended.", &[("Ministry of Mines and Minerals", "Ministry of Mines and Minerals", &[])]),
    ("Southern Copper reported profit.", &[("Southern Copper", "Southern Copper", &[])]),
    ("Copper and gold prices rose on Monday.", &[]),
    ("Under the MoU, the firm will invest.", &[]),
    ("Pakistan Signs Copper Deal With US Firm", &[]),
];

#[test]
fn corpus_yields_expected_organizations() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for (sentence, want) in CORPUS {
        let got: Vec<(String, String, Vec<String>)> = ex
            .extract(sentence)
            .entities
            .into_iter()
            .filter_map(|e| match e.value {
                EntityValue::Organization(o) => Some((e.text, o.name, o.aliases)),
                _ => None,
            })
            .collect();
        let ok = got.len() == want.len()
            && got
                .iter()
                .zip(want.iter())
                .all(|(g, w)| g.0 == w.0 && g.1 == w.1 && g.2 == w.2);
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
