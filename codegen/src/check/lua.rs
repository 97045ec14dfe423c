//! Lua upstream formats.
