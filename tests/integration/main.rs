//! Integration tests: one binary, one module per concern.

mod articles;
mod cli;
mod properties;
mod records;
mod seed;
