//! The shapes of the tables the generator writes.
//!
//! `generated.rs` fills these from the registry; the rest of the crate reads
//! them through the methods of [`Status`] and [`Ecosystem`].

use crate::generated::{MEANINGS, PHRASE_COUNT, PHRASE_FACTS, PHRASE_STARTS, PHRASE_TEXTS};
use crate::{Ecosystem, Release, Standing, Status};

/// The small facts of one status, kept together since they are a few bytes.
///
/// Every other fact has an array of its own in `generated.rs`
/// (`PHRASES`, `DESCRIPTIONS`, `SPECS`, `NAME_TEXTS`, ...), so that a program
/// links only the facts it reads.
pub(crate) struct StatusFacts {
    pub(crate) standing: Standing,
    /// Who uses an unofficial code; `IANA` for the others.
    pub(crate) origin: &'static str,
    pub(crate) cacheable: bool,
    pub(crate) content: bool,
}

/// One ecosystem's own reason phrase for a status: a position in the
/// generated phrase tables.
#[derive(Clone, Copy)]
pub(crate) struct Phrase {
    index: u16,
}

/// Every position `0..count` of a generated table as a handle `$handle {
/// index }`, in order, so that a run of the table is a slice of handles.
/// Built at compile time.
macro_rules! every_handle {
    ($handle:ident, $count:expr) => {
        &{
            let mut all = [$handle { index: 0 }; $count];
            let mut i = 0;
            while i < $count {
                all[i] = $handle { index: i as u16 };
                i += 1;
            }
            all
        }
    };
}
pub(crate) use every_handle;

/// Every phrase, in table order.
const PHRASE_HANDLES: &[Phrase] = every_handle!(Phrase, PHRASE_COUNT);

impl Phrase {
    /// The phrases of the status at `index` in `ALL`, ecosystem by ecosystem.
    pub(crate) fn of(index: usize) -> &'static [Phrase] {
        let start = usize::from(PHRASE_STARTS[index]);
        let end = usize::from(PHRASE_STARTS[index + 1]);
        &PHRASE_HANDLES[start..end]
    }

    /// The phrase.
    pub(crate) fn text(self) -> &'static str {
        PHRASE_TEXTS[usize::from(self.index)]
    }

    /// The ecosystem whose phrase it is.
    pub(crate) fn ecosystem(self) -> Ecosystem {
        Ecosystem::ALL[usize::from(PHRASE_FACTS[usize::from(self.index)] & 0xff)]
    }

    /// Another meaning than the status's, where the phrase names one.
    pub(crate) fn meaning(self) -> Option<&'static MeaningInfo> {
        meaning_at(usize::from(PHRASE_FACTS[usize::from(self.index)] >> 8))
    }
}

/// The meaning a packed fact refers to: 0 is none, else `MEANINGS[i - 1]`.
pub(crate) const fn meaning_at(i: usize) -> Option<&'static MeaningInfo> {
    if i == 0 {
        None
    } else {
        Some(MEANINGS[i - 1])
    }
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
    /// Other ids that parse to the ecosystem (`golang` for `go`).
    pub(crate) aliases: &'static [&'static str],
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

/// A name without its qualifier, for lookups by name: a position in
/// `BARE_TEXTS` and `BARE_KEYS`.
#[derive(Clone, Copy)]
pub(crate) struct BareName {
    pub(crate) index: u16,
}
