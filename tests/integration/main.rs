//! Integration tests: one binary, one module per concern.

mod articles;
mod cli;
mod money;
mod properties;
mod records;
mod seed;
