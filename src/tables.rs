//! The shapes of the tables the generator writes.
//!
//! `generated.rs` fills these from the registry; the rest of the crate reads
//! them through the methods of [`Status`] and [`Ecosystem`].

use crate::{Ecosystem, Release, Standing, Status};

/// The small facts of one status, kept together since they are a few bytes.
///
/// Every other fact has an array of its own in `generated.rs`
/// (`PHRASES`, `DESCRIPTIONS`, `SPECS`, `NAMES`, ...), so that a program
/// links only the facts it reads.
pub(crate) struct StatusFacts {
    pub(crate) standing: Standing,
    /// Who uses an unofficial code; `IANA` for the others.
    pub(crate) origin: &'static str,
    pub(crate) cacheable: bool,
    pub(crate) content: bool,
}

/// One ecosystem's own reason phrase for a status.
pub(crate) struct Phrase {
    pub(crate) ecosystem: Ecosystem,
    pub(crate) text: &'static str,
    /// Another meaning than the status's, where the phrase names one.
    pub(crate) meaning: Option<&'static MeaningInfo>,
}

/// A meaning that some ecosystem gives a code, other than the meaning of
/// the crate's status with that code.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct MeaningInfo {
    pub(crate) status: Status,
    pub(crate) id: &'static str,
    pub(crate) phrase: &'static str,
    pub(crate) origin: &'static str,
    pub(crate) description: &'static str,
}

/// Everything the registry says about one ecosystem.
pub(crate) struct EcosystemInfo {
    pub(crate) ecosystem: Ecosystem,
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    pub(crate) language: &'static str,
    pub(crate) prefix: &'static str,
    /// `prefix` (unless empty) and every other accepted qualifier.
    pub(crate) qualifiers: &'static [&'static str],
    pub(crate) source: &'static str,
    pub(crate) release: &'static str,
    pub(crate) oldest: Release,
    pub(crate) oldest_why: &'static str,
    pub(crate) newest: Release,
    pub(crate) history: &'static str,
    pub(crate) checked: &'static str,
}

/// A lowercase variant name or reason phrase, for `FromStr`.
pub(crate) struct Key {
    pub(crate) key: &'static str,
    pub(crate) status: Status,
}

/// A name without its qualifier, for lookups by name.
pub(crate) struct BareName {
    pub(crate) bare: &'static str,
    pub(crate) ecosystem: Ecosystem,
    pub(crate) status: Status,
    /// Where the name stands in the status's [`Status::names`].
    pub(crate) name: u16,
}
