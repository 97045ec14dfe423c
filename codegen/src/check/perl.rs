//! Perl upstream formats.
