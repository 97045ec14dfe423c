//! Crystal upstream formats.
