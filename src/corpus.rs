//! The runner every kind's `corpus.tsv` test shares: one case per line,
//! `sentence<TAB>expected`, `#` comments and blank lines skipped.

/// Runs every case of `tsv` through `check`, which returns `None` when the sentence yields
/// what `expected` says and `Some(what it yielded)` otherwise. Prints every failure, and
/// fails when the file has fewer than `min_cases` cases or the share of passing cases is
/// below `floor`.
pub(crate) fn run_tsv(
    name: &str,
    tsv: &str,
    min_cases: usize,
    floor: f64,
    mut check: impl FnMut(&str, &str) -> Option<String>,
) {
    let (mut total, mut passed) = (0usize, 0usize);
    let mut failures = Vec::new();
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((sentence, expected)) = line.split_once('\t') else {
            panic!("{name} line without a tab: {line:?}");
        };
        total += 1;
        match check(sentence, expected) {
            None => passed += 1,
            Some(got) => failures.push(format!("{sentence}\n  got  {got}\n  want {expected}")),
        }
    }
    let rate = passed as f64 / total.max(1) as f64;
    eprintln!(
        "{name}: {passed}/{total} ({rate:.3})\n{}",
        failures.join("\n")
    );
    assert!(total >= min_cases, "{name} has only {total} cases");
    assert!(
        rate >= floor,
        "{passed}/{total} below the floor:\n{}",
        failures.join("\n")
    );
}

/// The name an enum value has in the JSON records (`"oz"`, `"about"`, `"city"`), empty for
/// a value that does not serialize to a string.
pub(crate) fn json_name<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}
