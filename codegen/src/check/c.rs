//! C upstream formats.
