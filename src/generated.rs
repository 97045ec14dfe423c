//! The `Status` and `Ecosystem` enums and their tables, generated at build
//! time from the status registry by `statuscodes-codegen`.
//!
//! The generated file is formatted, documented and deterministic; a golden
//! snapshot of it lives in `codegen/tests/snapshots/`.

use crate::tables::{EcosystemInfo, Key, MeaningInfo, StatusFacts};
use crate::{Release, Spec, Standing};

include!(concat!(env!("OUT_DIR"), "/statuscodes.rs"));
