//! Batch work: JSON Lines and text files in, one JSON line out per input document.
//!
//! The rules (from the contract):
//! - exactly one output line per input line (or per `.txt` file), in input order;
//! - a line that cannot be processed yields an error record
//!   `{"id": <id or null>, "line": N, "error": {"kind": "...", "message": "..."}}`
//!   and the run goes on. Error kinds: `invalid_json`, `not_an_object`, `missing_text`,
//!   `text_not_string`, `invalid_utf8`, `empty_line`, `line_too_long`;
//! - lines longer than [`MAX_LINE_BYTES`] are not read into memory: they yield a
//!   `line_too_long` error record;
//! - a `.txt` file with invalid UTF-8 is decoded lossily (U+FFFD) with a warning.

use crate::pipeline::{Extractor, Meta};
use crate::record::{Document, Kind};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, BufRead, Write};

/// Set by [`request_stop`] (the CLI's Ctrl-C handler): batches stop reading, finish the
/// documents in flight and return, so the output holds only complete lines.
static STOP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Asks every running batch to stop after the documents in flight.
pub fn request_stop() {
    STOP.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// True once [`request_stop`] was called.
pub fn stop_requested() -> bool {
    STOP.load(std::sync::atomic::Ordering::SeqCst)
}

/// Documents and input bytes answered so far by every batch of the process, for a
/// progress display (relaxed counters, updated once per document).
pub mod progress {
    use std::sync::atomic::{AtomicU64, Ordering};

    static DOCUMENTS: AtomicU64 = AtomicU64::new(0);
    static BYTES: AtomicU64 = AtomicU64::new(0);

    pub(super) fn add(bytes: u64) {
        DOCUMENTS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(bytes, Ordering::Relaxed);
    }

    /// `(documents, input bytes)` answered so far.
    pub fn read() -> (u64, u64) {
        (
            DOCUMENTS.load(Ordering::Relaxed),
            BYTES.load(Ordering::Relaxed),
        )
    }
}

/// The longest JSON line accepted: 256 MiB. Longer lines yield a `line_too_long` error
/// record without being held in memory.
pub const MAX_LINE_BYTES: usize = 256 << 20;

/// Counts for the end-of-run summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Documents answered (output lines written), error records included.
    pub documents: u64,
    /// Error records written.
    pub errors: u64,
    /// Input bytes read.
    pub bytes: u64,
    /// Entities written, per kind (indexed by `Kind as usize`).
    pub entities: [u64; Kind::ALL.len()],
    /// Agreements written.
    pub agreements: u64,
}

impl Stats {
    /// Adds another run's counts to these.
    pub fn add(&mut self, other: &Stats) {
        self.documents += other.documents;
        self.errors += other.errors;
        self.bytes += other.bytes;
        for (a, b) in self.entities.iter_mut().zip(other.entities.iter()) {
            *a += b;
        }
        self.agreements += other.agreements;
    }

    fn count(&mut self, doc: &Document) {
        self.documents += 1;
        for e in &doc.entities {
            self.entities[e.kind() as usize] += 1;
        }
        self.agreements += doc.agreements.len() as u64;
    }
}

/// A batch error record's `error` object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineError {
    /// A stable machine-readable kind (`invalid_json`, `missing_text`...).
    pub kind: &'static str,
    /// A human-readable message.
    pub message: String,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a Value,
    line: u64,
    error: &'a LineError,
}

/// A parsed input document.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// The `id` field as given (any JSON value), or null.
    pub id: Value,
    /// The article text.
    pub text: String,
    /// The `country` and `url` fields, which tell what a bare `$` means.
    pub meta: Meta,
}

/// Parses one JSON line into an input document or the error record's contents.
pub fn parse_line(line: &[u8]) -> Result<Input, (Value, LineError)> {
    let err = |kind, message: String| (Value::Null, LineError { kind, message });
    let s = std::str::from_utf8(line).map_err(|e| {
        err(
            "invalid_utf8",
            format!("line is not valid UTF-8 (byte {})", e.valid_up_to()),
        )
    })?;
    if s.trim().is_empty() {
        return Err(err(
            "empty_line",
            "empty line: expected a JSON object".into(),
        ));
    }
    let v: Value = serde_json::from_str(s).map_err(|e| err("invalid_json", format!("{e}")))?;
    let Value::Object(mut obj) = v else {
        return Err(err(
            "not_an_object",
            "expected a JSON object like {\"id\": \"...\", \"text\": \"...\"}".into(),
        ));
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    let field = |v: Option<Value>| match v {
        Some(Value::String(s)) => Some(s),
        _ => None,
    };
    let meta = Meta {
        country: field(obj.remove("country")),
        url: field(obj.remove("url")),
    };
    match obj.remove("text") {
        Some(Value::String(text)) => Ok(Input { id, text, meta }),
        None => Err((
            id,
            LineError {
                kind: "missing_text",
                message: "no \"text\" field".into(),
            },
        )),
        Some(other) => Err((
            id,
            LineError {
                kind: "text_not_string",
                message: format!("\"text\" must be a string, not {}", json_type(&other)),
            },
        )),
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Writes one document's output line (the bytes serde_json writes for it, by
/// [`crate::jsonl`]).
pub fn write_document<W: Write>(out: &mut W, id: &Value, doc: &Document) -> io::Result<()> {
    write_document_as(out, Format::Jsonl, id, doc)
}

/// Writes one error record.
pub fn write_error<W: Write>(out: &mut W, id: &Value, line: u64, e: &LineError) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &ErrorLine { id, line, error: e })?;
    out.write_all(b"\n")
}

/// One line read by [`read_line`].
enum Line {
    /// The line's bytes (without the line end) are in the buffer.
    Complete,
    /// The line was longer than the limit; this many bytes were skipped.
    TooLong(u64),
}

/// Reads one line (up to `\n`, which is dropped along with a `\r` before it) onto the end
/// of `buf` without holding more than `limit` bytes of it. Returns `None` at end of input.
/// A line too long leaves `buf` as it was.
fn read_line<R: BufRead>(r: &mut R, buf: &mut Vec<u8>, limit: usize) -> io::Result<Option<Line>> {
    let start = buf.len();
    let mut skipped: Option<u64> = None;
    let mut any = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(p) => (p, true),
            None => (chunk.len(), false),
        };
        match &mut skipped {
            Some(n) => *n += take as u64,
            None if buf.len() - start + take > limit => {
                skipped = Some((buf.len() - start + take) as u64);
                buf.truncate(start);
            }
            None => buf.extend_from_slice(&chunk[..take]),
        }
        r.consume(if done { take + 1 } else { take });
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if let Some(n) = skipped {
        return Ok(Some(Line::TooLong(n)));
    }
    if buf.len() > start && buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(Line::Complete))
}

/// Processes JSON Lines from `input`, writing one line per input line to `out`, on one
/// thread.
pub fn run_jsonl<R: BufRead, W: Write>(
    ex: &Extractor,
    mut input: R,
    out: &mut W,
    stats: &mut Stats,
) -> io::Result<()> {
    run_jsonl_with(ex, &mut input, out, stats, &Options::default())
}

/// What the output looks like.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Format {
    /// JSON Lines, one line per document (the contract).
    #[default]
    Jsonl,
    /// CSV, one row per entity ([`crate::csv`]).
    Csv,
}

/// How a batch runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Worker threads (1 runs everything on the calling thread).
    pub jobs: usize,
    /// The longest JSON line read into memory ([`MAX_LINE_BYTES`] by default).
    pub max_line: usize,
    /// JSON Lines or CSV.
    pub format: Format,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            jobs: 1,
            max_line: MAX_LINE_BYTES,
            format: Format::Jsonl,
        }
    }
}

/// Writes a document in the chosen format.
pub fn write_document_as<W: Write>(
    out: &mut W,
    format: Format,
    id: &Value,
    doc: &Document,
) -> io::Result<()> {
    let mut bytes = Vec::with_capacity(256 + doc.entities.len() * 160);
    append_document(&mut bytes, format, id, doc)?;
    out.write_all(&bytes)
}

/// [`write_document_as`] into a buffer: what a batch does for every document, without a
/// second copy.
fn append_document(
    out: &mut Vec<u8>,
    format: Format,
    id: &Value,
    doc: &Document,
) -> io::Result<()> {
    match format {
        Format::Jsonl => {
            crate::jsonl::write_document(out, id, doc);
            Ok(())
        }
        Format::Csv => crate::csv::write_document(out, id, doc),
    }
}

fn write_error_as<W: Write>(
    out: &mut W,
    format: Format,
    id: &Value,
    line: u64,
    e: &LineError,
) -> io::Result<()> {
    match format {
        Format::Jsonl => write_error(out, id, line, e),
        Format::Csv => crate::csv::write_error(out, id, line, e.kind, &e.message),
    }
}

/// One input line, numbered: its bytes are `bytes[range]` of the buffer it was read into.
enum Item {
    Line(u64, std::ops::Range<usize>),
    TooLong(u64, u64),
}

/// Lines handed to a thread together: their bytes back to back in one buffer. Chunks and
/// output buffers go back to the reading thread to be filled again, so a long run
/// allocates no buffer per line and frees none across threads: its memory is the same
/// few buffers from start to end.
#[derive(Default)]
struct Chunk {
    bytes: Vec<u8>,
    items: Vec<Item>,
}

/// A buffer grown past this (by one huge line or document) is dropped after use rather
/// than kept for the next chunk.
const KEEP_BUFFER_BYTES: usize = 4 * CHUNK_BYTES;

/// `buf` emptied for reuse, or a fresh one if it grew too large to keep.
fn recycled<T>(mut buf: Vec<T>) -> Vec<T> {
    if buf.capacity() * std::mem::size_of::<T>() > KEEP_BUFFER_BYTES {
        return Vec::new();
    }
    buf.clear();
    buf
}

/// Lines per unit of work handed to a thread, and the bytes that close a unit early.
const CHUNK_LINES: usize = 64;
const CHUNK_BYTES: usize = 1 << 20;

/// Answers one line: the output line's bytes, counted in `stats`.
fn answer(
    ex: &Extractor,
    item: &Item,
    bytes: &[u8],
    opts: &Options,
    stats: &mut Stats,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    let limit = opts.max_line;
    progress::add(match item {
        Item::Line(_, r) => r.len() as u64 + 1,
        Item::TooLong(_, n) => *n,
    });
    match item {
        Item::TooLong(line_no, n) => {
            stats.bytes += n;
            stats.documents += 1;
            stats.errors += 1;
            let e = LineError {
                kind: "line_too_long",
                message: format!("line of {n} bytes exceeds the limit of {limit} bytes"),
            };
            write_error_as(out, opts.format, &Value::Null, *line_no, &e)
        }
        Item::Line(line_no, range) => {
            let buf = bytes.get(range.clone()).unwrap_or_default();
            stats.bytes += buf.len() as u64 + 1;
            match parse_line(buf) {
                Ok(doc_in) => {
                    // A bug in a rule must cost one document, not the run: its line
                    // becomes an error record and the batch goes on.
                    let extracted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        ex.extract_with(&doc_in.text, &doc_in.meta)
                    }));
                    match extracted {
                        Ok(doc) => {
                            stats.count(&doc);
                            append_document(out, opts.format, &doc_in.id, &doc)
                        }
                        Err(_) => {
                            stats.documents += 1;
                            stats.errors += 1;
                            let e = LineError {
                                kind: "internal",
                                message: "the extractor failed on this document (a bug: \
                                          please report it with the document)"
                                    .to_string(),
                            };
                            write_error_as(out, opts.format, &doc_in.id, *line_no, &e)
                        }
                    }
                }
                Err((id, e)) => {
                    stats.documents += 1;
                    stats.errors += 1;
                    write_error_as(out, opts.format, &id, *line_no, &e)
                }
            }
        }
    }
}

/// Processes JSON Lines with the given options. With more than one job, lines are read in
/// chunks, extracted on `jobs` threads and written in input order; at most a few chunks
/// per thread are in flight, so memory stays flat however long the input is.
pub fn run_jsonl_with<R: BufRead, W: Write>(
    ex: &Extractor,
    input: &mut R,
    out: &mut W,
    stats: &mut Stats,
    opts: &Options,
) -> io::Result<()> {
    let limit = opts.max_line;
    let mut line_no = 0u64;
    // The next line, read onto the end of `bytes`.
    let mut next_item = |input: &mut R, bytes: &mut Vec<u8>| -> io::Result<Option<Item>> {
        if stop_requested() {
            return Ok(None);
        }
        let start = bytes.len();
        Ok(read_line(input, bytes, limit)?.map(|line| {
            line_no += 1;
            match line {
                Line::TooLong(n) => Item::TooLong(line_no, n),
                Line::Complete => Item::Line(line_no, start..bytes.len()),
            }
        }))
    };
    if opts.jobs <= 1 {
        let (mut line, mut bytes) = (Vec::new(), Vec::new());
        while let Some(item) = next_item(input, &mut line)? {
            bytes.clear();
            answer(ex, &item, &line, opts, stats, &mut bytes)?;
            out.write_all(&bytes)?;
            line = recycled(line);
            bytes = recycled(bytes);
        }
        return Ok(());
    }
    use std::collections::BTreeMap;
    use std::sync::mpsc::{channel, sync_channel, Receiver};
    use std::sync::{Arc, Mutex};
    type Work = (usize, Chunk, Vec<u8>);
    type Done = (usize, io::Result<Stats>, Chunk, Vec<u8>);
    let (work_tx, work_rx) = sync_channel::<Work>(opts.jobs);
    let (done_tx, done_rx) = channel::<Done>();
    let work_rx: Arc<Mutex<Receiver<Work>>> = Arc::new(Mutex::new(work_rx));
    // Chunks sent but not yet written: the bound that keeps memory flat.
    let max_in_flight = opts.jobs * 4;
    std::thread::scope(|scope| -> io::Result<()> {
        for _ in 0..opts.jobs {
            let rx = Arc::clone(&work_rx);
            let tx = done_tx.clone();
            scope.spawn(move || loop {
                let job = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                let Ok((seq, chunk, mut bytes)) = job else {
                    return;
                };
                let mut local = Stats::default();
                let result = chunk
                    .items
                    .iter()
                    .try_for_each(|item| {
                        answer(ex, item, &chunk.bytes, opts, &mut local, &mut bytes)
                    })
                    .map(|()| local);
                if tx.send((seq, result, chunk, bytes)).is_err() {
                    return;
                }
            });
        }
        drop(done_tx);
        // This thread reads and writes; workers only extract. Buffers come back with the
        // results and are filled again.
        let mut pending: BTreeMap<usize, (io::Result<Stats>, Vec<u8>)> = BTreeMap::new();
        let mut spare_chunks: Vec<Chunk> = Vec::new();
        let mut spare_outputs: Vec<Vec<u8>> = Vec::new();
        let mut written = 0usize;
        let take_back = |(k, r, chunk, bytes): Done,
                         pending: &mut BTreeMap<usize, (io::Result<Stats>, Vec<u8>)>,
                         spare_chunks: &mut Vec<Chunk>| {
            spare_chunks.push(Chunk {
                bytes: recycled(chunk.bytes),
                items: recycled(chunk.items),
            });
            pending.insert(k, (r, bytes));
        };
        let mut flush = |pending: &mut BTreeMap<usize, (io::Result<Stats>, Vec<u8>)>,
                         spare_outputs: &mut Vec<Vec<u8>>,
                         written: &mut usize|
         -> io::Result<()> {
            while let Some((result, bytes)) = pending.remove(written) {
                out.write_all(&bytes)?;
                stats.add(&result?);
                spare_outputs.push(recycled(bytes));
                *written += 1;
            }
            Ok(())
        };
        let mut seq = 0usize;
        let mut chunk = Chunk::default();
        let mut outcome = Ok(());
        loop {
            let item = match next_item(input, &mut chunk.bytes) {
                Ok(item) => item,
                Err(e) => {
                    outcome = Err(e);
                    None
                }
            };
            let end = item.is_none();
            if let Some(item) = item {
                chunk.items.push(item);
            }
            let ready = !chunk.items.is_empty()
                && (end || chunk.items.len() >= CHUNK_LINES || chunk.bytes.len() >= CHUNK_BYTES);
            if ready {
                // Wait for results while too many chunks are out.
                while seq - written >= max_in_flight {
                    match done_rx.recv() {
                        Ok(done) => take_back(done, &mut pending, &mut spare_chunks),
                        Err(_) => break,
                    }
                    flush(&mut pending, &mut spare_outputs, &mut written)?;
                }
                let full = std::mem::replace(&mut chunk, spare_chunks.pop().unwrap_or_default());
                let bytes = spare_outputs.pop().unwrap_or_default();
                if work_tx.send((seq, full, bytes)).is_err() {
                    break;
                }
                seq += 1;
            }
            while let Ok(done) = done_rx.try_recv() {
                take_back(done, &mut pending, &mut spare_chunks);
            }
            flush(&mut pending, &mut spare_outputs, &mut written)?;
            if end {
                break;
            }
        }
        drop(work_tx);
        for done in done_rx {
            take_back(done, &mut pending, &mut spare_chunks);
            flush(&mut pending, &mut spare_outputs, &mut written)?;
        }
        outcome
    })
}

/// Processes a WARC stream (already decompressed): one output line per `response`
/// record, an error record for those that are not HTML, have no text or are cut short.
/// The error record's `line` is the response's 1-based number in the file.
pub fn run_warc<R: BufRead, W: Write>(
    ex: &Extractor,
    input: R,
    out: &mut W,
    stats: &mut Stats,
    format: Format,
) -> io::Result<()> {
    let mut reader = crate::warc::Reader::new(input);
    let mut n = 0u64;
    while let Some(record) = (!stop_requested()).then(|| reader.next_record()).flatten() {
        n += 1;
        match record {
            crate::warc::Record::Document {
                id,
                url,
                date: _,
                text,
            } => {
                stats.bytes += text.len() as u64;
                let meta = Meta {
                    country: None,
                    url: Some(url),
                };
                let doc = ex.extract_with(&text, &meta);
                stats.count(&doc);
                write_document_as(out, format, &Value::String(id), &doc)?;
            }
            crate::warc::Record::Error { id, kind, message } => {
                stats.documents += 1;
                stats.errors += 1;
                let id = id.map_or(Value::Null, Value::String);
                write_error_as(out, format, &id, n, &LineError { kind, message })?;
            }
        }
    }
    Ok(())
}

/// Processes one text document (a `.txt` file's contents) whose id is `id`. Invalid UTF-8
/// is replaced with U+FFFD; the return value tells whether that happened.
pub fn run_text<W: Write>(
    ex: &Extractor,
    id: &str,
    bytes: &[u8],
    out: &mut W,
    stats: &mut Stats,
    format: Format,
) -> io::Result<bool> {
    let text = String::from_utf8_lossy(bytes);
    let lossy = matches!(text, std::borrow::Cow::Owned(_));
    stats.bytes += bytes.len() as u64;
    let doc = ex.extract(&text);
    stats.count(&doc);
    write_document_as(out, format, &Value::String(id.to_string()), &doc)?;
    Ok(lossy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str, limit: usize) -> (Vec<Value>, Stats) {
        let ex = Extractor::new();
        let mut out = Vec::new();
        let mut stats = Stats::default();
        let opts = Options {
            max_line: limit,
            ..Options::default()
        };
        run_jsonl_with(&ex, &mut input.as_bytes(), &mut out, &mut stats, &opts).unwrap();
        let lines = String::from_utf8(out).unwrap();
        (
            lines
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect(),
            stats,
        )
    }

    #[test]
    fn one_line_out_per_line_in_with_error_records() {
        let input = "{\"id\":\"a\",\"text\":\"copper\"}\n\
                     not json\n\
                     {\"id\":7}\n\
                     {\"id\":\"c\",\"text\":5}\n\
                     [1,2]\n\
                     \n\
                     {\"id\":\"d\",\"text\":\"\"}\r\n\
                     {\"id\":\"e\",\"text\":\"gold and silver\"}";
        let (lines, stats) = run(input, MAX_LINE_BYTES);
        assert_eq!(lines.len(), 8);
        let kinds: Vec<Option<&str>> = lines
            .iter()
            .map(|l| l.get("error").and_then(|e| e["kind"].as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                None,
                Some("invalid_json"),
                Some("missing_text"),
                Some("text_not_string"),
                Some("not_an_object"),
                Some("empty_line"),
                None,
                None
            ]
        );
        assert_eq!(lines[2]["id"], 7);
        assert_eq!(lines[2]["line"], 3);
        assert_eq!(lines[3]["id"], "c");
        assert_eq!(lines[6]["entities"], serde_json::json!([]));
        assert_eq!(lines[7]["id"], "e");
        assert_eq!(stats.documents, 8);
        assert_eq!(stats.errors, 5);
    }

    #[test]
    fn long_lines_become_error_records_and_the_run_goes_on() {
        let long = format!("{{\"id\":\"x\",\"text\":\"{}\"}}", "a".repeat(100));
        let input = format!("{long}\n{{\"id\":\"y\",\"text\":\"tin ore\"}}\n");
        let (lines, _) = run(&input, 50);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["error"]["kind"], "line_too_long");
        assert_eq!(lines[0]["line"], 1);
        assert_eq!(lines[1]["id"], "y");
    }

    #[test]
    fn lines_share_a_buffer_without_running_into_each_other() {
        // Long lines (skipped, the buffer left as it was), CRLF ends, empty lines and
        // ordinary ones, read back to back into chunk buffers, one and four threads.
        let mut input = String::new();
        for k in 0..300 {
            match k % 5 {
                0 => input.push_str(&format!("{{\"id\":{k},\"text\":\"{}\"}}\n", "z".repeat(90))),
                1 => input.push_str(&format!("{{\"id\":{k},\"text\":\"tin {k}\"}}\r\n")),
                2 => input.push('\n'),
                _ => input.push_str(&format!("{{\"id\":{k},\"text\":\"gold\"}}\n")),
            }
        }
        let ex = Extractor::new();
        let run = |jobs: usize| {
            let mut out = Vec::new();
            let opts = Options {
                jobs,
                max_line: 60,
                ..Options::default()
            };
            let mut stats = Stats::default();
            run_jsonl_with(&ex, &mut input.as_bytes(), &mut out, &mut stats, &opts).unwrap();
            String::from_utf8(out).unwrap()
        };
        let (one, four) = (run(1), run(4));
        assert_eq!(one, four);
        let lines: Vec<Value> = one
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 300);
        for (k, line) in lines.iter().enumerate() {
            match k % 5 {
                0 => assert_eq!(line["error"]["kind"], "line_too_long", "line {k}"),
                2 => assert!(line.get("error").is_some(), "line {k}: {line}"),
                _ => assert_eq!(line["id"], k, "line {k}: {line}"),
            }
        }
    }

    #[test]
    fn parallel_runs_keep_input_order_and_counts() {
        let mut input = String::new();
        for k in 0..1000 {
            if k % 97 == 0 {
                input.push_str("not json\n");
            } else {
                input.push_str(&format!(
                    "{{\"id\":{k},\"text\":\"copper and gold {k}\"}}\n"
                ));
            }
        }
        let ex = Extractor::new();
        let run = |jobs: usize| {
            let mut out = Vec::new();
            let mut stats = Stats::default();
            let opts = Options {
                jobs,
                ..Options::default()
            };
            run_jsonl_with(&ex, &mut input.as_bytes(), &mut out, &mut stats, &opts).unwrap();
            (out, stats)
        };
        let (one, s1) = run(1);
        let (four, s4) = run(4);
        assert_eq!(one, four);
        assert_eq!(s1, s4);
        assert_eq!(String::from_utf8(one).unwrap().lines().count(), 1000);
    }

    #[test]
    fn metadata_reaches_the_extractor() {
        let line =
            br#"{"id":1,"text":"It paid $5 million.","url":"https://news.example.com.au/a"}"#;
        let input = parse_line(line).unwrap();
        let doc = Extractor::new().extract_with(&input.text, &input.meta);
        let v = serde_json::to_value(&doc).unwrap();
        assert_eq!(v["entities"][0]["currency"], "AUD");
    }

    #[test]
    fn invalid_utf8_line_is_an_error_record() {
        let ex = Extractor::new();
        let mut out = Vec::new();
        let mut stats = Stats::default();
        let input: &[u8] = b"{\"text\":\"\xff\"}\n{\"text\":\"ok\"}\n";
        run_jsonl(&ex, input, &mut out, &mut stats).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].contains("invalid_utf8"));
    }

    #[test]
    fn text_documents_are_decoded_lossily() {
        let ex = Extractor::new();
        let mut out = Vec::new();
        let mut stats = Stats::default();
        let lossy = run_text(
            &ex,
            "doc",
            b"copper \xff output",
            &mut out,
            &mut stats,
            Format::Jsonl,
        )
        .unwrap();
        assert!(lossy);
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["id"], "doc");
        assert_eq!(v["entities"][0]["text"], "copper");
    }
}
