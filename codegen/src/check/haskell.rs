//! Haskell upstream formats.
