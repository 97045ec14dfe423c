//! Zig upstream formats.
