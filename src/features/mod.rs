//! Integrations behind cargo features. The `strum` impls are emitted by the
//! generator (see `generated.rs`), so they are not here.

#[cfg(any(feature = "http", feature = "http02"))]
mod http;
#[cfg(feature = "serde")]
mod serde;

#[cfg(feature = "http")]
pub use self::http::HeaderNames;
