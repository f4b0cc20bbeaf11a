//! The binary as a user runs it: inputs, outputs, malformed input and exit codes.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_news-entities"))
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l}: {e}")))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn malformed_lines_yield_error_records_in_order() {
    let input = b"{\"id\":\"1\",\"text\":\"copper and gold\"}\n{bad json\n{\"id\":\"3\"}\n\
{\"id\":\"4\",\"text\":[1]}\n{\"id\":\"5\",\"text\":\"\"}\r\n{\"id\":\"6\",\"text\":\"zinc\"}";
    let out = run(&["extract"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let l = lines(&out);
    assert_eq!(l.len(), 6);
    let ids: Vec<&Value> = l.iter().map(|v| &v["id"]).collect();
    assert_eq!(
        ids,
        [
            &Value::from("1"),
            &Value::Null,
            &Value::from("3"),
            &Value::from("4"),
            &Value::from("5"),
            &Value::from("6")
        ]
    );
    assert_eq!(l[1]["error"]["kind"], "invalid_json");
    assert_eq!(l[1]["line"], 2);
    assert_eq!(l[2]["error"]["kind"], "missing_text");
    assert_eq!(l[3]["error"]["kind"], "text_not_string");
    assert_eq!(l[4]["entities"], serde_json::json!([]));
    assert_eq!(l[5]["entities"][0]["text"], "zinc");
    let err = stderr(&out);
    assert!(
        err.contains("6 documents") && err.contains("3 errors"),
        "{err}"
    );
}

#[test]
fn empty_input_gives_empty_output() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "empty.jsonl", b"");
    let out = run(&["extract", &f], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn text_files_and_directories() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", b"Cobalt output rose.");
    write(
        dir.path(),
        "a.jsonl",
        b"{\"id\":\"x\",\"text\":\"nickel\"}\n{\"id\":\"y\",\"text\":\"tin ore\"}\n",
    );
    write(dir.path(), "c.txt", b"copper \xff\xfe output");
    write(dir.path(), "notes.md", b"ignored in a directory");
    let out = run(&["extract", dir.path().to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let l = lines(&out);
    let ids: Vec<&str> = l.iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["x", "y", "b", "c"]);
    assert_eq!(l[3]["entities"][0]["text"], "copper");
    assert!(
        stderr(&out).contains("c.txt is not valid UTF-8"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn output_file_option() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "in.jsonl", b"{\"id\":1,\"text\":\"gold\"}\n");
    let o = dir.path().join("out.jsonl");
    let out = run(&["extract", &f, "-o", o.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(o).unwrap();
    assert_eq!(written.lines().count(), 1);
}

#[test]
fn missing_file_and_unknown_extension_fail_with_the_path() {
    let out = run(&["extract", "no/such/file.jsonl"], b"");
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no/such/file.jsonl"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "data.csv", b"a,b");
    let out = run(&["extract", &f], b"");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("data.csv") && stderr(&out).contains("unknown extension"));
    let out = run(&["extract", "--kinds", "planets"], b"");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("planets"));
}

#[test]
fn bad_gazetteer_fails_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let g = write(
        dir.path(),
        "mine.tsv",
        b"name\tsymbol\tgroup\tlists\tforms\tacronyms\tformulas\tambiguous\nunobtainium\t\n",
    );
    let out = run(&["extract", "--gazetteer", &g], b"");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("mine.tsv:2"), "{}", stderr(&out));
}

#[test]
fn user_gazetteer_adds_a_commodity() {
    let dir = tempfile::tempdir().unwrap();
    let g = write(dir.path(), "mine.tsv", b"# my additions\nname\tsymbol\tgroup\tlists\tforms\tacronyms\tformulas\tambiguous\nunobtainium\tUo\t\t\tunobtainium ore\t\t\tfalse\n");
    let out = run(
        &["extract", "-g", &g],
        b"{\"id\":1,\"text\":\"Unobtainium ore exports rose.\"}\n",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let l = lines(&out);
    assert_eq!(l[0]["entities"][0]["name"], "unobtainium");
    assert_eq!(l[0]["entities"][0]["text"], "Unobtainium ore");
}

#[test]
fn a_20_mb_article_is_processed() {
    let para = "Copper output rose in the first quarter, while gold held steady. ";
    let text = para.repeat(20_000_000 / para.len() + 1);
    let line = serde_json::json!({"id": "big", "text": text}).to_string();
    let out = run(&["extract"], line.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let l = lines(&out);
    assert_eq!(l.len(), 1);
    let ents = l[0]["entities"].as_array().unwrap();
    assert!(ents.len() > 600_000, "{}", ents.len());
    let last = ents.last().unwrap();
    let (s, e) = (
        last["start"].as_u64().unwrap() as usize,
        last["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], last["text"].as_str().unwrap());
}

#[test]
fn help_documents_the_extract_command() {
    let out = run(&["extract", "--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for word in [
        "INPUT",
        "--output",
        "--gazetteer",
        "--kinds",
        ".jsonl",
        ".txt",
        "error",
    ] {
        assert!(help.contains(word), "help lacks {word}:\n{help}");
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn gzip_json_lines_are_read_including_multi_member_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = gzip(b"{\"id\":\"a\",\"text\":\"copper\"}\n");
    data.extend(gzip(b"{\"id\":\"b\",\"text\":\"gold\"}\n"));
    let f = write(dir.path(), "in.jsonl.gz", &data);
    let out = run(&["extract", &f], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let l = lines(&out);
    assert_eq!(l.len(), 2);
    assert_eq!(l[1]["entities"][0]["text"], "gold");
}

#[test]
fn corrupt_gzip_fails_with_the_path_after_complete_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut data = gzip(b"{\"id\":\"a\",\"text\":\"copper\"}\n{\"id\":\"b\",\"text\":\"gold\"}\n");
    let n = data.len();
    data.truncate(n - 12);
    data.extend_from_slice(b"garbage!");
    let f = write(dir.path(), "bad.jsonl.gz", &data);
    let out = run(&["extract", &f, "-j", "1"], b"");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("bad.jsonl.gz"), "{}", stderr(&out));
    // Whatever was written is whole lines of JSON.
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        serde_json::from_str::<Value>(line).unwrap();
    }
}

#[test]
fn csv_output_has_a_header_and_one_quoted_row_per_entity() {
    let input = b"{\"id\":\"x,1\",\"text\":\"Pakistan signed a USD 500 million deal, \\\"big\\\" news.\"}\nnot json\n";
    let out = run(&["extract", "--format", "csv"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert!(
        rows[0].starts_with("id,kind,text,start,end,"),
        "{}",
        rows[0]
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("\"x,1\",amount,USD 500 million,")),
        "{text}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("\"x,1\",location,Pakistan,")),
        "{text}"
    );
    assert!(rows.iter().any(|r| r.starts_with(",error,")), "{text}");
}

#[test]
fn warc_gz_responses_become_documents_in_order() {
    let rec = |id: &str, payload: &str| {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: {id}\r\nWARC-Target-URI: https://www.example.com.au/news/1\r\nWARC-Date: 2026-03-01T00:00:00Z\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        )
    };
    let html = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><title>Lithium</title><p>The miner raised $50 million for its spodumene project.</p></html>";
    let json = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}";
    let mut data = gzip(rec("<urn:uuid:a>", html).as_bytes());
    data.extend(gzip(rec("<urn:uuid:b>", json).as_bytes()));
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "crawl.warc.gz", &data);
    let out = run(&["extract", &f], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let l = lines(&out);
    assert_eq!(l.len(), 2);
    assert_eq!(l[0]["id"], "<urn:uuid:a>");
    let amount = l[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "amount")
        .unwrap();
    assert_eq!(
        amount["currency"], "AUD",
        "the .com.au address makes $ Australian"
    );
    assert_eq!(l[1]["error"]["kind"], "not_html");
}

#[test]
fn output_dir_writes_one_file_per_input_and_resume_skips_finished_ones() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.jsonl",
        b"{\"id\":1,\"text\":\"copper\"}\n{\"id\":2,\"text\":\"gold\"}\n",
    );
    let b = write(
        dir.path(),
        "b.jsonl.gz",
        &gzip(b"{\"id\":3,\"text\":\"tin ore\"}\n"),
    );
    let out_dir = dir.path().join("out");
    let od = out_dir.to_str().unwrap();
    let clean = run(&["extract", &a, &b, "--output-dir", od], b"");
    assert!(clean.status.success(), "{}", stderr(&clean));
    let a_out = std::fs::read_to_string(out_dir.join("a.jsonl")).unwrap();
    let b_out = std::fs::read_to_string(out_dir.join("b.jsonl")).unwrap();
    assert_eq!(a_out.lines().count(), 2);
    assert_eq!(b_out.lines().count(), 1);
    // An interrupted run leaves only a temporary file; resume redoes it and skips a.
    std::fs::remove_file(out_dir.join("b.jsonl")).unwrap();
    std::fs::write(out_dir.join(".b.jsonl.partial"), b"{\"id\":3,\"ent").unwrap();
    let resumed = run(&["extract", &a, &b, "--output-dir", od, "--resume"], b"");
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    assert!(
        stderr(&resumed).contains("a.jsonl is done"),
        "{}",
        stderr(&resumed)
    );
    assert_eq!(
        std::fs::read_to_string(out_dir.join("b.jsonl")).unwrap(),
        b_out
    );
    assert!(!out_dir.join(".b.jsonl.partial").exists());
    // stdin has no name to write under.
    let bad = run(&["extract", "--output-dir", od], b"");
    assert!(!bad.status.success());
}

#[test]
fn ctrl_c_stops_cleanly_with_complete_lines_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let line = serde_json::json!({"id": 0, "text": "Chile's Codelco signed a $1 billion copper deal with Glencore. ".repeat(40)}).to_string();
    let mut data = String::new();
    for k in 0..20_000 {
        data.push_str(&line.replacen("\"id\":0", &format!("\"id\":{k}"), 1));
        data.push('\n');
    }
    let input = write(dir.path(), "big.jsonl", data.as_bytes());
    let output = dir.path().join("out.jsonl");
    let mut child = bin()
        .args(["extract", &input, "-j", "2", "-o", output.to_str().unwrap()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Interrupt mid-run: once some lines are out (start-up, which builds the gazetteers,
    // takes a while on a loaded machine), or after 60 s at most.
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(60)
        && std::fs::metadata(&output).map_or(true, |m| m.len() < 4096)
    {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    let written = std::fs::read_to_string(&output).unwrap();
    for (k, l) in written.lines().enumerate() {
        let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("line {k} is cut: {e}"));
        assert_eq!(v["id"], k, "lines stay in input order");
    }
    if written.lines().count() < 20_000 {
        assert_eq!(status.code(), Some(130), "an interrupted run says so");
    }
}
