//! # news-entities
//!
//! Reads English news articles and pulls out, as typed records, who signed what with whom,
//! for how much, about which minerals, and where.
//!
//! - [`text`] tokenizes (words, numbers, punctuation, exact byte offsets) and splits
//!   sentences;
//! - [`gazetteer`] parses the TSV name lists and matches them on whole tokens;
//! - one module per record kind ([`mineral`]...) proposes candidates with its own rules and
//!   data;
//! - [`Extractor`] runs the kinds in order and settles overlaps; [`batch`] reads and writes
//!   JSON Lines.
//!
//! Offsets are UTF-8 byte offsets, `end` exclusive: `&text[e.start..e.end] == e.text`.
//!
//! ```
//! use news_entities::{EntityValue, Extractor, Kind};
//!
//! let text = "Output of spodumene and copper concentrate rose, while REEs fell.";
//! let doc = Extractor::new().extract(text);
//! let names: Vec<&str> = doc
//!     .of_kind(Kind::Mineral)
//!     .map(|e| match &e.value {
//!         EntityValue::Mineral(m) => m.name.as_str(),
//!         _ => unreachable!(),
//!     })
//!     .collect();
//! assert_eq!(names, ["lithium", "copper", "rare earth elements"]);
//! for e in &doc.entities {
//!     assert_eq!(&text[e.start..e.end], e.text);
//! }
//! ```
//!
//! Gazetteer data: see `gazetteers/README.md` for sources and licenses.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod agreement;
pub mod amount;
pub mod batch;
#[cfg(test)]
mod corpus;
pub mod csv;
pub mod error;
pub mod gazetteer;
pub mod jsonl;
pub mod location;
pub mod mineral;
pub mod number;
pub mod organization;
pub mod person;
pub mod pipeline;
pub mod quantity;
pub mod record;
pub mod text;
pub mod warc;

pub use error::{Error, Result};
pub use pipeline::{Extractor, ExtractorBuilder, Meta};
pub use record::*;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
