//! Scala upstream formats.
