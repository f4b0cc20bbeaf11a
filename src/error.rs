//! The library's one error type. Only building an [`crate::Extractor`] can fail (a bad
//! gazetteer file, an unreadable path); extraction itself never fails.

use std::fmt;
use std::path::PathBuf;

/// What went wrong, with what a user needs to fix it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer file could not be read.
    #[error("cannot read gazetteer {path}: {source}")]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A gazetteer row or header is malformed.
    #[error("{source_name}:{line}: {message}")]
    Gazetteer {
        /// The file (or built-in table) name.
        source_name: String,
        /// 1-based line number of the offending line.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

impl Error {
    pub(crate) fn gazetteer(source_name: &str, line: usize, message: impl fmt::Display) -> Error {
        Error::Gazetteer {
            source_name: source_name.to_string(),
            line,
            message: message.to_string(),
        }
    }
}

/// Short for `Result<T, news_entities::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;
