//! The `Status`, `Ecosystem`, `RetryPolicy` and `GrpcCode` enums and their tables, generated at build
//! time from the status registry by `statuscodes-codegen`.
//!
//! The generated file is formatted, documented and deterministic; a golden
//! snapshot of it lives in `codegen/tests/snapshots/`.

use crate::grpc::GrpcInfo;
use crate::retry::RetryPolicyInfo;
use crate::tables::{EcosystemInfo, Key, MeaningInfo, StatusFacts};
use crate::{Example, Guidance, Level, Release, Requirement, Spec, Standing, Subject};

include!(concat!(env!("OUT_DIR"), "/statuscodes.rs"));
