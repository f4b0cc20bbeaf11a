//! The `news-entities` command line: argument parsing, input discovery and a call into
//! `news_entities::batch`. No extraction logic lives here.

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use news_entities::batch::{self, Stats};
use news_entities::{Extractor, Kind};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// mimalloc: extraction makes many small, short-lived allocations per document (records,
/// their strings, per-document tables); glibc's allocator spent about 15% of the batch time
/// on them, mimalloc a fraction of that. The library leaves the choice to its callers.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Extract signatories, agreements, money amounts, minerals and locations from English
/// news articles, as JSON Lines.
#[derive(Parser)]
#[command(name = "news-entities", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records from articles and write one JSON line per document.
    ///
    /// Inputs: `-` or nothing reads JSON Lines from stdin; `.jsonl`/`.ndjson` files (or
    /// `.jsonl.gz`) hold one `{"id": ..., "text": ...}` object per line; `.warc`/`.warc.gz`
    /// files give one document per HTML response record (id = WARC-Record-ID); a `.txt`
    /// file is one article whose id is the file name without extension; a directory stands
    /// for the files of those kinds in it, in sorted order. Output has exactly one line per input line
    /// (or `.txt` file), in input order; a line that cannot be processed yields
    /// `{"id":..., "line": N, "error": {"kind": ..., "message": ...}}` and the run goes on.
    /// JSON lines over 256 MiB yield a `line_too_long` error record. A summary goes to
    /// stderr. Exit status is 0 when every document was answered.
    Extract(ExtractArgs),
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Input files or directories; `-` for stdin (the default).
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Write output to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Extra gazetteer TSV file (same header as a built-in one); may be repeated.
    #[arg(short, long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Only these kinds, comma-separated (amount, quantity, mineral, location,
    /// organization, person, signatory). Default: all.
    #[arg(long, value_delimiter = ',', value_parser = parse_kind)]
    kinds: Vec<Kind>,
    /// No progress display (it shows only when stderr is a terminal anyway). The
    /// end-of-run summary is always printed.
    #[arg(short, long)]
    quiet: bool,
    /// Write one output per input file into DIR (`DIR/<input name>.jsonl`), each under a
    /// temporary name until it is complete.
    #[arg(long, value_name = "DIR")]
    output_dir: Option<PathBuf>,
    /// With --output-dir: skip inputs whose complete output already exists, so an
    /// interrupted run over an archive continues where it stopped.
    #[arg(long, requires = "output_dir")]
    resume: bool,
    /// Output format: `jsonl` (one line per document, the default) or `csv` (a header,
    /// then one row per entity with the normalized fields in fixed columns).
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    format: OutputFormat,
    /// Worker threads for JSON Lines input (default: all cores). Output order is input
    /// order whatever the number.
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
    /// Country to assume when a document has no `country` or country-code `url`
    /// (ISO 3166-1 alpha-2, e.g. AU): it decides what a bare `$` or `Rs` means.
    #[arg(long, value_name = "CODE", value_parser = parse_country)]
    country: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum OutputFormat {
    Jsonl,
    Csv,
}

fn parse_country(s: &str) -> Result<String, String> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(s.to_ascii_uppercase())
    } else {
        Err(format!("{s:?} is not a two-letter ISO 3166-1 country code"))
    }
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    Kind::parse(s).ok_or_else(|| {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        format!("unknown kind {s:?}; expected one of {}", names.join(", "))
    })
}

/// One input to read.
enum Source {
    Stdin,
    Jsonl(PathBuf),
    JsonlGz(PathBuf),
    Warc(PathBuf),
    WarcGz(PathBuf),
    Text(PathBuf),
}

/// What a file name says its contents are, if anything we read.
fn kind_of(path: &Path) -> Option<fn(PathBuf) -> Source> {
    let name = path.file_name()?.to_str()?;
    if name.ends_with(".jsonl.gz") || name.ends_with(".ndjson.gz") {
        Some(Source::JsonlGz)
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Some(Source::Jsonl)
    } else if name.ends_with(".warc.gz") {
        Some(Source::WarcGz)
    } else if name.ends_with(".warc") {
        Some(Source::Warc)
    } else if name.ends_with(".txt") {
        Some(Source::Text)
    } else {
        None
    }
}

fn classify(path: &Path) -> Result<Source> {
    match kind_of(path) {
        Some(make) => Ok(make(path.to_path_buf())),
        None => bail!(
            "{}: unknown extension (expected .jsonl, .ndjson, .jsonl.gz, .ndjson.gz, .warc, .warc.gz, .txt or a directory)",
            path.display()
        ),
    }
}

fn discover(inputs: &[PathBuf]) -> Result<Vec<Source>> {
    if inputs.is_empty() {
        return Ok(vec![Source::Stdin]);
    }
    let mut out = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(p).with_context(|| format!("cannot read {}", p.display()))?;
        if meta.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("cannot read directory {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file() && kind_of(f).is_some())
                .collect();
            files.sort();
            for f in files {
                out.push(classify(&f)?);
            }
        } else {
            out.push(classify(p)?);
        }
    }
    Ok(out)
}

fn extract(args: ExtractArgs) -> Result<()> {
    let sources = discover(&args.inputs)?;
    let mut builder = Extractor::builder();
    if !args.kinds.is_empty() {
        builder = builder.kinds(&args.kinds);
    }
    for g in &args.gazetteers {
        builder = builder.gazetteer_path(g);
    }
    if let Some(c) = &args.country {
        builder = builder.default_country(c);
    }
    let opts = batch::Options {
        jobs: args
            .jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1),
        format: match args.format {
            OutputFormat::Jsonl => batch::Format::Jsonl,
            OutputFormat::Csv => batch::Format::Csv,
        },
        ..batch::Options::default()
    };
    let ex = builder.build()?;
    // Ctrl-C: finish the documents in flight, write whole lines, print the summary.
    let _ = ctrlc::set_handler(batch::request_stop);
    let mut stats = Stats::default();
    let started = Instant::now();
    let total: u64 = sources
        .iter()
        .filter_map(|s| s.path())
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let compressed = sources
        .iter()
        .any(|s| matches!(s, Source::JsonlGz(_) | Source::WarcGz(_) | Source::Stdin));
    let show = !args.quiet && io::stderr().is_terminal();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let ticker = show.then(|| {
        let done = std::sync::Arc::clone(&done);
        std::thread::spawn(move || progress_loop(&done, started, (!compressed).then_some(total)))
    });
    let result = run_all(&args, &sources, &ex, &opts, &mut stats);
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    if let Some(t) = ticker {
        let _ = t.join();
    }
    result?;
    summary(&stats, started.elapsed().as_secs_f64());
    if batch::stop_requested() {
        eprintln!("news-entities: interrupted; the output holds complete lines only");
        std::process::exit(130);
    }
    Ok(())
}

/// Redraws one progress line on stderr twice a second: documents, MB, MB/s, and an ETA
/// when the total input size is known (uncompressed files).
fn progress_loop(done: &std::sync::atomic::AtomicBool, started: Instant, total: Option<u64>) {
    while !done.load(std::sync::atomic::Ordering::SeqCst) {
        std::thread::sleep(std::time::Duration::from_millis(500));
        let (docs, bytes) = batch::progress::read();
        let secs = started.elapsed().as_secs_f64().max(1e-3);
        let rate = bytes as f64 / 1e6 / secs;
        let eta = total
            .filter(|&t| t > bytes && rate > 0.0)
            .map(|t| format!(", ETA {:.0} s", (t - bytes) as f64 / 1e6 / rate))
            .unwrap_or_default();
        eprint!(
            "\rnews-entities: {docs} documents, {:.1} MB, {rate:.1} MB/s{eta}   ",
            bytes as f64 / 1e6
        );
    }
    eprint!("\r{:70}\r", "");
}

/// Runs every source, into one output or one file per input.
fn run_all(
    args: &ExtractArgs,
    sources: &[Source],
    ex: &Extractor,
    opts: &batch::Options,
    stats: &mut Stats,
) -> Result<()> {
    if let Some(dir) = &args.output_dir {
        if args.output.is_some() {
            bail!("--output and --output-dir cannot be used together");
        }
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for s in sources {
            if batch::stop_requested() {
                break;
            }
            let Some(input) = s.path() else {
                bail!("--output-dir needs input files: stdin has no name to write under");
            };
            let ext = match opts.format {
                batch::Format::Jsonl => "jsonl",
                batch::Format::Csv => "csv",
            };
            let target = dir.join(format!("{}.{ext}", base_name(input)));
            if args.resume && target.exists() {
                eprintln!(
                    "news-entities: {} is done, skipped (--resume)",
                    target.display()
                );
                continue;
            }
            // Written under a temporary name and renamed when complete, so that an
            // interrupted run never leaves a file that looks finished.
            let partial = dir.join(format!(".{}.{ext}.partial", base_name(input)));
            let f = File::create(&partial)
                .with_context(|| format!("cannot create {}", partial.display()))?;
            let mut out = BufWriter::with_capacity(1 << 16, f);
            if opts.format == batch::Format::Csv {
                news_entities::csv::write_header(&mut out).context("writing output")?;
            }
            process(ex, s, &mut out, stats, opts)?;
            if batch::stop_requested() {
                // Interrupted: the partial file stays partial, for --resume to redo.
                out.flush().context("writing output")?;
                break;
            }
            out.into_inner()
                .map_err(|e| e.into_error())
                .and_then(|f| f.sync_all())
                .with_context(|| format!("writing {}", partial.display()))?;
            std::fs::rename(&partial, &target).with_context(|| {
                format!(
                    "cannot rename {} to {}",
                    partial.display(),
                    target.display()
                )
            })?;
        }
    } else {
        let sink: Box<dyn Write> = match &args.output {
            Some(p) => {
                Box::new(File::create(p).with_context(|| format!("cannot create {}", p.display()))?)
            }
            None => Box::new(io::stdout().lock()),
        };
        let mut out = BufWriter::with_capacity(1 << 16, sink);
        if opts.format == batch::Format::Csv {
            news_entities::csv::write_header(&mut out).context("writing output")?;
        }
        for s in sources {
            if batch::stop_requested() {
                break;
            }
            process(ex, s, &mut out, stats, opts)?;
        }
        out.flush().context("writing output")?;
    }
    Ok(())
}

/// An input file's name without its extensions: `2024-01.jsonl.gz` → `2024-01`.
fn base_name(p: &Path) -> String {
    let name = p
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    for ext in [
        ".jsonl.gz",
        ".ndjson.gz",
        ".warc.gz",
        ".jsonl",
        ".ndjson",
        ".warc",
        ".txt",
    ] {
        if let Some(stem) = name.strip_suffix(ext) {
            return stem.to_string();
        }
    }
    name
}

impl Source {
    fn path(&self) -> Option<&Path> {
        match self {
            Source::Stdin => None,
            Source::Jsonl(p)
            | Source::JsonlGz(p)
            | Source::Warc(p)
            | Source::WarcGz(p)
            | Source::Text(p) => Some(p),
        }
    }
}

/// Extracts every document of one input into `out`.
fn process<W: Write>(
    ex: &Extractor,
    s: &Source,
    out: &mut W,
    stats: &mut Stats,
    opts: &batch::Options,
) -> Result<()> {
    match s {
        Source::Stdin => batch::run_jsonl_with(ex, &mut io::stdin().lock(), out, stats, opts)
            .context("reading stdin")?,
        Source::Jsonl(p) => {
            let f = File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
            let mut reader = BufReader::with_capacity(1 << 16, f);
            batch::run_jsonl_with(ex, &mut reader, out, stats, opts)
                .with_context(|| format!("reading {}", p.display()))?;
        }
        Source::JsonlGz(p) => {
            let f = File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
            // Multi-member gzip (`cat a.gz b.gz`) reads as one stream.
            let gz = flate2::read::MultiGzDecoder::new(BufReader::with_capacity(1 << 16, f));
            let mut reader = BufReader::with_capacity(1 << 16, gz);
            batch::run_jsonl_with(ex, &mut reader, out, stats, opts)
                .with_context(|| format!("reading {} (gzip)", p.display()))?;
        }
        Source::Warc(p) | Source::WarcGz(p) => {
            let f = File::open(p).with_context(|| format!("cannot read {}", p.display()))?;
            let raw = BufReader::with_capacity(1 << 16, f);
            let result = if matches!(s, Source::WarcGz(_)) {
                let gz = flate2::read::MultiGzDecoder::new(raw);
                batch::run_warc(ex, BufReader::new(gz), out, stats, opts.format)
            } else {
                batch::run_warc(ex, raw, out, stats, opts.format)
            };
            result.with_context(|| format!("reading {}", p.display()))?;
        }
        Source::Text(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            let id = p
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            if batch::run_text(ex, &id, &bytes, out, stats, opts.format)? {
                eprintln!(
                    "news-entities: warning: {} is not valid UTF-8; invalid bytes were replaced with U+FFFD",
                    p.display()
                );
            }
        }
    }
    Ok(())
}

fn summary(s: &Stats, secs: f64) {
    let mb = s.bytes as f64 / 1e6;
    let rate = if secs > 0.0 { mb / secs } else { 0.0 };
    let kinds: Vec<String> = Kind::ALL
        .iter()
        .map(|k| format!("{} {}", k, s.entities[*k as usize]))
        .collect();
    eprintln!(
        "news-entities: {} documents, {} errors, {:.2} MB in {:.2} s ({:.1} MB/s); entities: {}; agreements: {}",
        s.documents,
        s.errors,
        mb,
        secs,
        rate,
        kinds.join(", "),
        s.agreements
    );
}

/// mimalloc hands pages whose blocks were all freed back to the system a second after they
/// empty. A batch frees each document's memory as it goes, and pages freed by another
/// thread wait longest, so peak memory grew with the timing: 68 MB at `-j 1`, 74 to 94 MB
/// at `-j 2`. Purged at once, the peaks are about 45 and 53 MB, with no time lost in
/// measurements. A purge delay the user set (`MIMALLOC_PURGE_DELAY`) is kept.
fn purge_freed_pages_at_once() {
    // `mi_option_purge_delay` in mimalloc's `mi_option_e` (the bindings of 0.1.49 name the
    // options around it, 14 and 16, but not this one). Its default in the mimalloc 3 they
    // build is 1,000 ms: anything else is a user's setting, or another option, and is left
    // alone.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: reading and setting an allocator option takes no pointers; mimalloc reads
    // this one only when it purges.
    unsafe {
        if libmimalloc_sys::mi_option_get(PURGE_DELAY) == 1000 {
            libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        }
    }
}

/// Asks the kernel not to back this process's memory with transparent huge pages, unless
/// the user chose (`MIMALLOC_ALLOW_THP`). mimalloc marks its arenas for them, and the
/// kernel's background collapsing then fills whole 2 MB pages at moments of its own: the
/// peak grew by 12 MB on the same input, by 6 MB more at some point of a long run, and
/// not at the same point in two runs. Without them the peak is about 33 MB whatever the
/// input's size, and the speed the same.
fn no_transparent_huge_pages() {
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_some() {
        return;
    }
    #[cfg(target_os = "linux")]
    // SAFETY: `PR_SET_THP_DISABLE` takes integer arguments only and sets a flag of this
    // process; on failure (an old kernel) nothing changes.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() {
    no_transparent_huge_pages();
    purge_freed_pages_at_once();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(args),
    };
    if let Err(e) = result {
        // A closed stdout (`| head`) is not an error worth a message.
        if e.chain().any(|c| {
            c.downcast_ref::<io::Error>()
                .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
        }) {
            std::process::exit(0);
        }
        eprintln!("news-entities: error: {e:#}");
        std::process::exit(1);
    }
}
