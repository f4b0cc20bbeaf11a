//! WARC input (Common Crawl News style): `response` records whose HTTP payload is HTML
//! become documents, with `id` = `WARC-Record-ID`, `url` = `WARC-Target-URI` and `date` =
//! `WARC-Date`; the article text is the page's title and paragraph text (no scripts,
//! styles or navigation). Other records (`request`, `metadata`, `warcinfo`) are skipped;
//! a response that is not HTML, or has no text, becomes an error record; a truncated
//! record ends the file with an error record. Gzip (`.warc.gz`, one member per record) is
//! read by the caller through `flate2::read::MultiGzDecoder`.

use scraper::{Html, Selector};
use std::io::{self, BufRead, Read};

/// One WARC record that matters to us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// An HTML response turned into a document.
    Document {
        /// `WARC-Record-ID`.
        id: String,
        /// `WARC-Target-URI`.
        url: String,
        /// `WARC-Date`.
        date: String,
        /// Title and paragraph text.
        text: String,
    },
    /// A response that cannot become a document: not HTML, no text, or broken.
    Error {
        /// `WARC-Record-ID`, if it could be read.
        id: Option<String>,
        /// A stable kind: `not_html`, `no_text`, `truncated_record`, `bad_record`.
        kind: &'static str,
        /// What went wrong.
        message: String,
    },
}

/// A record's version line and its `(name, value)` headers.
type Headers = (String, Vec<(String, String)>);

/// Reads records one at a time.
pub struct Reader<R> {
    inner: R,
    done: bool,
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

impl<R: BufRead> Reader<R> {
    /// A reader over WARC bytes (already decompressed).
    pub fn new(inner: R) -> Reader<R> {
        Reader { inner, done: false }
    }

    /// Reads header lines up to a blank line. `None` at a clean end of input.
    fn headers(&mut self) -> io::Result<Option<Headers>> {
        let mut version = String::new();
        // Skip blank lines between records.
        loop {
            version.clear();
            if self.inner.read_line(&mut version)? == 0 {
                return Ok(None);
            }
            if !version.trim().is_empty() {
                break;
            }
        }
        let mut headers = Vec::new();
        let mut line = String::new();
        loop {
            line.clear();
            if self.inner.read_line(&mut line)? == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "end of input inside WARC headers",
                ));
            }
            let l = line.trim_end_matches(['\r', '\n']);
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        Ok(Some((version.trim().to_string(), headers)))
    }

    /// The next record that matters, or `None` at the end of input.
    pub fn next_record(&mut self) -> Option<Record> {
        loop {
            if self.done {
                return None;
            }
            let (version, headers) = match self.headers() {
                Ok(Some(h)) => h,
                Ok(None) => return None,
                Err(e) => {
                    self.done = true;
                    return Some(Record::Error {
                        id: None,
                        kind: "truncated_record",
                        message: e.to_string(),
                    });
                }
            };
            let id = header(&headers, "WARC-Record-ID").map(str::to_string);
            if !version.starts_with("WARC/") {
                self.done = true;
                return Some(Record::Error {
                    id,
                    kind: "bad_record",
                    message: format!("expected a WARC version line, found {version:?}"),
                });
            }
            let Some(len) = header(&headers, "Content-Length").and_then(|v| v.parse::<u64>().ok())
            else {
                self.done = true;
                return Some(Record::Error {
                    id,
                    kind: "bad_record",
                    message: "WARC record without a Content-Length".into(),
                });
            };
            let mut body = Vec::new();
            if let Err(e) = (&mut self.inner).take(len).read_to_end(&mut body) {
                self.done = true;
                return Some(Record::Error {
                    id,
                    kind: "truncated_record",
                    message: e.to_string(),
                });
            }
            if (body.len() as u64) < len {
                self.done = true;
                return Some(Record::Error {
                    id,
                    kind: "truncated_record",
                    message: format!("record body has {} of its {len} bytes", body.len()),
                });
            }
            if !header(&headers, "WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response")) {
                continue;
            }
            let url = header(&headers, "WARC-Target-URI")
                .unwrap_or_default()
                .to_string();
            let date = header(&headers, "WARC-Date")
                .unwrap_or_default()
                .to_string();
            return Some(response(id, url, date, &body));
        }
    }
}

/// Turns an HTTP response (status line, headers, body) into a document or an error.
fn response(id: Option<String>, url: String, date: String, http: &[u8]) -> Record {
    let split = http
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| {
            http.windows(2)
                .position(|w| w == b"\n\n")
                .map(|p| (p, p + 2))
        });
    let Some((head_end, body_start)) = split else {
        return Record::Error {
            id,
            kind: "bad_record",
            message: "HTTP response without headers".into(),
        };
    };
    let head = String::from_utf8_lossy(&http[..head_end]);
    let content_type = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if !content_type.contains("html") {
        return Record::Error {
            id,
            kind: "not_html",
            message: format!("response is {content_type:?}, not HTML"),
        };
    }
    let html = String::from_utf8_lossy(&http[body_start..]);
    let text = article_text(&html);
    if text.trim().is_empty() {
        return Record::Error {
            id,
            kind: "no_text",
            message: "HTML page without title or paragraph text".into(),
        };
    }
    Record::Document {
        id: id.unwrap_or_default(),
        url,
        date,
        text,
    }
}

/// The title and the text of `<p>` elements outside `nav`, `header`, `footer`, `aside`,
/// `script` and `style`, one paragraph per line.
pub fn article_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = String::new();
    if let Ok(sel) = Selector::parse("title") {
        if let Some(t) = doc.select(&sel).next() {
            let title: String = t
                .text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if !title.is_empty() {
                out.push_str(&title);
                out.push_str("\n\n");
            }
        }
    }
    if let Ok(sel) = Selector::parse("p") {
        for p in doc.select(&sel) {
            let skipped = p
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| {
                    matches!(
                        a.value().name(),
                        "nav" | "header" | "footer" | "aside" | "script" | "style" | "noscript"
                    )
                });
            if skipped {
                continue;
            }
            let para: String = p
                .text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if !para.is_empty() {
                out.push_str(&para);
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, id: &str, payload: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: {id}\r\nWARC-Target-URI: https://news.example.com/a\r\nWARC-Date: 2026-01-02T03:04:05Z\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        )
    }

    #[test]
    fn html_responses_become_documents_and_the_rest_errors_or_nothing() {
        let html = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>Copper deal</title><script>var x=1;</script></head><body><nav><p>Home</p></nav><p>Chile signed a deal.</p><footer><p>(c) 2026</p></footer></body></html>";
        let pdf = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4";
        let empty = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><div>menu</div></body></html>";
        let warc = [
            record("warcinfo", "<urn:uuid:0>", "software: test"),
            record("request", "<urn:uuid:1>", "GET / HTTP/1.1\r\n\r\n"),
            record("response", "<urn:uuid:2>", html),
            record("response", "<urn:uuid:3>", pdf),
            record("response", "<urn:uuid:4>", empty),
        ]
        .concat();
        let mut r = Reader::new(warc.as_bytes());
        let mut got = Vec::new();
        while let Some(rec) = r.next_record() {
            got.push(rec);
        }
        assert_eq!(got.len(), 3);
        assert_eq!(
            got[0],
            Record::Document {
                id: "<urn:uuid:2>".into(),
                url: "https://news.example.com/a".into(),
                date: "2026-01-02T03:04:05Z".into(),
                text: "Copper deal\n\nChile signed a deal.\n".into(),
            }
        );
        assert!(matches!(
            got[1],
            Record::Error {
                kind: "not_html",
                ..
            }
        ));
        assert!(matches!(
            got[2],
            Record::Error {
                kind: "no_text",
                ..
            }
        ));
    }

    #[test]
    fn a_truncated_record_ends_with_an_error() {
        let full = record(
            "response",
            "<urn:uuid:9>",
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Gold rose.</p>",
        );
        let cut = &full[..full.len() - 20];
        let mut r = Reader::new(cut.as_bytes());
        assert!(matches!(
            r.next_record(),
            Some(Record::Error {
                kind: "truncated_record",
                ..
            })
        ));
        assert_eq!(r.next_record(), None);
    }
}
