//! The `statuscodes` command: a card for any status.

fn main() {}
