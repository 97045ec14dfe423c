//! Maintenance tools for the status registry of `statuscodes`: the
//! upstream readers and the drift watch. Not published; nothing depends on
//! it, so the generator that every user builds stays the registry, its
//! parser and its emitter only.
//!
//! - [`check`] reads an ecosystem's upstream source file(s) and compares
//!   the names and phrases found there with the registry, one
//!   [`Report`](check::Report) per ecosystem.
//! - [`sources`] is the table of where each ecosystem's upstream file is
//!   published: a package registry (PyPI, npm, the crates registry,
//!   Debian) and the file(s) in the package, or "check by hand".
//! - [`fetch`] downloads a package from those registries with their
//!   ordinary clients (`pip`, `npm`, `cargo`, `apt-get`) and unpacks it.
//! - [`drift`] puts them together: for every ecosystem, fetch the newest
//!   release, run its reader, and say what changed; then render the table
//!   or the JSON report and choose the exit status.
//!
//! The command is `statuscodes-drift` (`cargo run -p statuscodes-drift --
//! --help`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod check;
pub mod drift;
pub mod fetch;
pub mod sources;
