//! HTTP status codes as a real type, with every fact a person looks up
//! about a status in one place: its reason phrase, what it means, the spec
//! that defines it, and the name each other language and framework gives
//! it.
//!
//! ```
//! use statuscodes::{Ecosystem, Status};
//!
//! let status = Status::from_u16(424).unwrap();
//! assert_eq!(status, Status::FailedDependency);
//! assert_eq!(status.to_string(), "424 Failed Dependency");
//! assert_eq!(status.spec().unwrap().to_string(), "RFC 4918, section 11.4");
//! assert!(status.is_client_error());
//!
//! // What is it called elsewhere?
//! assert_eq!(status.name_in(Ecosystem::Rails), Some(":failed_dependency"));
//! assert_eq!(status.name_in(Ecosystem::Go), Some("http.StatusFailedDependency"));
//!
//! // And back again, from any ecosystem's name.
//! assert_eq!(
//!     Status::from_name_in(Ecosystem::Dotnet, "HttpStatusCode.FailedDependency"),
//!     Some(status)
//! );
//! assert_eq!("Failed Dependency".parse(), Ok(status));
//! ```
//!
//! Around each status are the facts a developer acts on: what the specs
//! require of the response ([`Status::requirements`], and
//! [`Status::check`] to test a response against them), what a client does
//! next with causes, fixes and an example ([`Status::guidance`]), which
//! clients retry it by default ([`Status::retried_by`], [`RetryPolicy`]),
//! and its gRPC mappings ([`Status::grpc_code`], [`GrpcCode`]):
//!
//! ```
//! use statuscodes::{GrpcCode, Status};
//!
//! assert_eq!(Status::MethodNotAllowed.check(true, ["Content-Type"]).count(), 1);
//! assert!(Status::TooManyRequests.retried_by().count() >= 6);
//! assert_eq!(Status::ServiceUnavailable.grpc_code(), Some(GrpcCode::Unavailable));
//! ```
//!
//! A code the crate does not know is a [`Code`], which keeps any code from
//! 100 to 999 and says how a client treats it (RFC 9110, section 15):
//!
//! ```
//! use statuscodes::{Code, Status};
//!
//! let code = Code::from_u16(299).unwrap();
//! assert_eq!(code.status(), None);
//! assert_eq!(code.understood_as(), Status::Ok);
//! ```
//!
//! # Where the facts come from
//!
//! Everything here is generated at build time from one registry, a few
//! tab-separated files inside the `statuscodes-codegen` package. The
//! statuses follow the IANA HTTP Status Code Registry and the RFCs it
//! cites; unofficial codes in wide use are included and marked with who
//! uses them ([`Status::origin`]). Each ecosystem's names were read from its
//! own source at the release given below, and the descriptions are our own
//! words.
//!
//! # Features
//!
//! The default build has no dependencies and is `no_std`.
//!
//! | Feature | Adds |
//! |---|---|
//! | `std` | links `std` and turns it on in the optional dependencies; the error types implement [`core::error::Error`] on every build |
//! | `serde` | `Serialize` and `Deserialize` for [`Status`] and [`Code`] (as the code; human-readable formats such as JSON also take the strings `FromStr` takes, binary ones such as CBOR integers only), [`StatusClass`] and [`Ecosystem`] |
//! | `http` | conversions to and from `http::StatusCode` (http 1.x) for [`Status`] and [`Code`], `PartialEq` between it and [`Status`], and `Status::check_headers` over an `http::HeaderMap` |
//! | `http02` | the same for http 0.2 |
//! | `strum` | strum's traits (`IntoEnumIterator`, `EnumCount`, `VariantNames`, `VariantArray`), generated rather than derived |
//!
//! # Tables
//!
//! The two tables below are generated from the registry.
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/tables.md"))]
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(any(feature = "std", test))]
extern crate std;

// The hand-written impl of `Status` comes first, so that the docs list its
// conversions and facts before the generated constants and the names.
mod status;

mod generated;

mod class;
mod code;
mod ecosystem;
mod error;
mod facts;
mod features;
mod grpc;
mod guidance;
mod index;
mod meaning;
mod names;
mod parse;
mod release;
mod requirement;
mod resolve;
mod retry;
mod search;
mod tables;

pub use class::StatusClass;
pub use code::Code;
pub use error::{
    CodeError, NameAtError, ParseClassError, ParseEcosystemError, ParseGrpcCodeError,
    ParseReleaseError, ParseRetryPolicyError, ParseStatusError, ParseStatusErrorKind,
};
pub use facts::{Spec, Standing};
#[cfg(feature = "http")]
pub use features::HeaderNames;
pub use generated::{Ecosystem, GrpcCode, RetryPolicy, Status};
pub use guidance::{Example, Guidance};
pub use meaning::Meaning;
pub use names::{Lookup, Name, NamesIn};
pub use release::Release;
pub use requirement::{Level, Requirement, Subject, Violation, Violations};
pub use resolve::{Form, Match, Matches, ResolveError, Resolved};
pub use retry::Retry;
pub use search::Search;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
