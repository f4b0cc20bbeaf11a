//! Criterion benchmarks: building an `Extractor` apart from extracting with it.
//! The sample text is the project's own fixture articles (see `benches/data/README.md`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use news_entities::Extractor;
use std::hint::black_box;

fn fixtures() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn bench(c: &mut Criterion) {
    c.bench_function("build extractor (all kinds, built-in gazetteers)", |b| {
        b.iter(|| {
            Extractor::builder()
                .build()
                .expect("built-in gazetteers build")
        })
    });
    let ex = Extractor::new();
    let articles = fixtures();
    let mut g = c.benchmark_group("extract");
    if let Some(first) = articles.first() {
        g.throughput(Throughput::Bytes(first.len() as u64));
        g.bench_function("one fixture article", |b| {
            b.iter(|| ex.extract(black_box(first)))
        });
    }
    let all: usize = articles.iter().map(String::len).sum();
    g.throughput(Throughput::Bytes(all as u64));
    g.bench_function("all fixture articles", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(ex.extract(a));
            }
        })
    });
    // One long document: the same bytes per second as separate articles, or some rule
    // scales with the square of a document's length (a book, a whole feed in one line).
    let long = articles.join("\n\n").repeat(8);
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.sample_size(10);
    g.bench_function("every fixture article, 8 times, as one document", |b| {
        b.iter(|| ex.extract(black_box(&long)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
