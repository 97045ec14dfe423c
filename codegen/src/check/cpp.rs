//! C++ upstream formats.
