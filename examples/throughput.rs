//! Throughput of the whole batch path (JSON parsing, extraction, JSON output) on one thread.
//!
//! Builds a JSON Lines corpus in memory by repeating the fixture articles with distinct ids
//! until it reaches the requested size (default 100 MB), then runs it through
//! `batch::run_jsonl`, the code path of `news-entities extract`, writing to a sink.
//!
//! ```text
//! cargo run --release --example throughput -- [MEGABYTES] [STAGE]
//! ```
//!
//! STAGE is `batch` (default: the CLI's path), or one stage alone over the same texts:
//! `tokenize`, `text` (tokens, sentences and token hashes), `extract` (no JSON), or
//! `money` (the amount and quantity rules alone), `money-ratio` (a tokenizer pass,
//! `Text::new` and the amount and quantity passes timed per document in one run), or
//! `kinds`: each kind's pass on its own (with what it reads), against `text` in the same
//! run.

use news_entities::batch::{self, Stats};
use news_entities::Extractor;
use std::time::Instant;

/// The allocator of the `news-entities` binary (see `src/main.rs`), so that the figures
/// are the CLI's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut texts: Vec<String> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/ is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        texts.push(std::fs::read_to_string(p).expect("fixture is UTF-8"));
    }
    assert!(!texts.is_empty(), "no fixtures/*.txt found");
    let target = mb * 1_000_000;
    let mut corpus = Vec::with_capacity(target + 10_000);
    let mut n = 0usize;
    while corpus.len() < target {
        let text = &texts[n % texts.len()];
        let line = serde_json::json!({"id": format!("doc-{n}"), "text": text});
        serde_json::to_writer(&mut corpus, &line).expect("in-memory write");
        corpus.push(b'\n');
        n += 1;
    }
    let stage = std::env::args().nth(2).unwrap_or_else(|| "batch".into());
    let ex = Extractor::new();
    let _ = ex.extract("warm up the built-in gazetteers");
    let docs: Vec<&String> = (0..n).map(|k| &texts[k % texts.len()]).collect();
    let mut stats = Stats::default();
    let mut count = 0usize;
    let started = Instant::now();
    match stage.as_str() {
        "tokenize" => {
            for d in &docs {
                count += tokenize_one(d);
            }
        }
        "text" => {
            for d in &docs {
                count += text_one(d);
            }
        }
        "money" => {
            let money = Money::new();
            count += docs.iter().map(|d| money.count(d)).sum::<usize>();
        }
        "money-ratio" => {
            // Per document, in turn: a plain tokenizer pass, `Text::new`, then the amount
            // and quantity passes over that text, each timed alone, so that the three sums
            // come from one run under the same machine load.
            let money = Money::new();
            let (mut tok, mut text, mut passes) = (0.0, 0.0, 0.0);
            let mut out = Vec::new();
            for d in &docs {
                let t0 = Instant::now();
                count += tokenize_one(d);
                let t1 = Instant::now();
                let t = news_entities::text::Text::new(d);
                let t2 = Instant::now();
                out.clear();
                money.find(&t, &mut out);
                let t3 = Instant::now();
                count += out.len();
                tok += (t1 - t0).as_secs_f64();
                text += (t2 - t1).as_secs_f64();
                passes += (t3 - t2).as_secs_f64();
            }
            println!(
                "tokenize {tok:.3} s, Text::new {text:.3} s, amount + quantity passes \
                 {passes:.3} s: +{:.0}% over tokenize, +{:.0}% over Text::new",
                passes / tok * 100.0,
                passes / text * 100.0
            );
        }
        "kinds" => {
            use news_entities::Kind;
            let time = |f: &dyn Fn(&str) -> usize| {
                let t = Instant::now();
                let n: usize = docs.iter().map(|d| f(d)).sum();
                (t.elapsed().as_secs_f64(), n)
            };
            let (base, _) = time(&|d| news_entities::text::Text::new(d).tokens.len());
            println!("text (baseline): {:.2} s", base);
            let money = Money::new();
            let (secs, n) = time(&|d| money.count(d));
            println!(
                "amount and quantity rules alone: {secs:.2} s, {n} entities, +{:.0}% over text",
                (secs - base) / base * 100.0
            );
            let groups: &[(&str, &[Kind])] = &[
                ("no kind (the pipeline's own cost)", &[]),
                ("minerals", &[Kind::Mineral]),
                ("amounts + quantities", &[Kind::Amount, Kind::Quantity]),
                ("locations", &[Kind::Location]),
                ("organizations", &[Kind::Organization]),
                ("people", &[Kind::Person]),
                (
                    "signatories and agreements (with all they read)",
                    &[Kind::Signatory],
                ),
            ];
            for (name, kinds) in groups {
                let ex = Extractor::builder()
                    .kinds(kinds)
                    .build()
                    .expect("built-in gazetteers build");
                let (secs, n) = time(&|d| ex.extract(d).entities.len());
                println!(
                    "{name}: {secs:.2} s, {n} entities, +{:.0}% over text",
                    (secs - base) / base * 100.0
                );
                count += n;
            }
        }
        "extract" => {
            for d in &docs {
                count += ex.extract(d).entities.len();
            }
        }
        _ => {
            batch::run_jsonl(&ex, &corpus[..], &mut std::io::sink(), &mut stats)
                .expect("sink never fails");
            count = stats.entities.iter().sum::<u64>() as usize;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{stage}: {:.1} MB, {n} documents, {count} items in {:.2} s: {:.1} MB/s on one thread",
        corpus.len() as f64 / 1e6,
        secs,
        corpus.len() as f64 / 1e6 / secs
    );
}

/// The `tokenize` stage's work on one document (out of line, so that profilers can count it
/// alone: `valgrind --tool=callgrind --toggle-collect='*tokenize_one*'`).
#[inline(never)]
fn tokenize_one(doc: &str) -> usize {
    news_entities::text::tokenize(doc).len()
}

/// The `text` stage's work on one document (`--toggle-collect='*text_one*'`).
#[inline(never)]
fn text_one(doc: &str) -> usize {
    news_entities::text::Text::new(doc).tokens.len()
}

/// The amount and quantity rules alone, with a fixed context and no minerals: the `money`
/// stage, and the same line of the `kinds` stage.
struct Money {
    currencies: std::sync::Arc<news_entities::amount::Gazetteer>,
    units: std::sync::Arc<news_entities::quantity::Gazetteer>,
    walk: news_entities::gazetteer::MultiFilter,
}

impl Money {
    fn new() -> Money {
        let currencies = news_entities::amount::Gazetteer::builtin();
        let units = news_entities::quantity::Gazetteer::builtin();
        let walk =
            news_entities::gazetteer::MultiFilter::new(&[currencies.lexicon(), units.lexicon()]);
        Money {
            currencies,
            units,
            walk,
        }
    }

    /// Tokenizes `doc` and counts its amounts and quantities, as the pipeline finds them:
    /// the currency and unit forms in one walk, then each kind's rules.
    fn count(&self, doc: &str) -> usize {
        let t = news_entities::text::Text::new(doc);
        let mut out = Vec::new();
        self.find(&t, &mut out);
        out.len()
    }

    /// The amount and quantity passes alone over a tokenized document.
    #[inline(never)]
    fn find(&self, t: &news_entities::text::Text, out: &mut Vec<news_entities::Entity>) {
        use news_entities::{amount, quantity};
        let found = self
            .walk
            .find_all(&[self.currencies.lexicon(), self.units.lexicon()], t);
        amount::find_from(
            &self.currencies,
            t,
            &found[0],
            amount::Context::default,
            out,
        );
        quantity::find_from(&self.units, t, &found[1], &[], out);
    }
}
