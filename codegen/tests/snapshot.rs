//! The generated code, checked against a golden copy and against rustfmt.
//!
//! After a registry edit, `UPDATE_SNAPSHOTS=1 cargo test -p statuscodes-codegen`
//! rewrites the copies in `tests/snapshots/`, and the diff shows a reviewer
//! what the edit changes in the crate.
//!
//! The hash tables' slots move wholesale when one key is added, so their
//! contents are kept apart, in `hash-slots.rs`: the diff of
//! `statuscodes.rs` shows only the real change, with one summary line per
//! slot table.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn snapshot(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; run with UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the generator's output from line {}; \
             review the change and run with UPDATE_SNAPSHOTS=1 to accept it",
            line + 1
        );
    }
}

/// Splits the generated Rust into everything but the contents of the
/// `*_SLOTS` hash tables, each replaced by a line saying how many slots it
/// has and how many are filled, and those contents.
fn split_slots(rust: &str) -> (String, String) {
    let mut main = String::new();
    let mut slots = String::new();
    let mut lines = rust.lines();
    while let Some(line) = lines.next() {
        main.push_str(line);
        main.push('\n');
        let is_slot_table = line.starts_with("pub(crate) static ")
            && line.contains("_SLOTS: [u16; ")
            && line.ends_with("= [");
        if !is_slot_table {
            continue;
        }
        slots.push_str(line);
        slots.push('\n');
        let (mut total, mut filled) = (0, 0);
        for line in lines.by_ref() {
            if line == "];" {
                slots.push_str(line);
                slots.push_str("\n\n");
                break;
            }
            slots.push_str(line);
            slots.push('\n');
            for slot in line.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                total += 1;
                filled += usize::from(slot != "65535");
            }
        }
        main.push_str(&format!(
            "    // {total} slots, {filled} filled: see tests/snapshots/hash-slots.rs\n];\n"
        ));
    }
    (main, slots)
}

#[test]
fn generated_rust_matches_the_snapshot() {
    let (main, slots) = split_slots(&statuscodes_codegen::generate().unwrap().rust);
    assert!(
        main.contains("_SLOTS: [u16; ") && !slots.is_empty(),
        "the slot tables were not found"
    );
    snapshot("statuscodes.rs", &main);
    snapshot("hash-slots.rs", &slots);
}

#[test]
fn generated_markdown_matches_the_snapshot() {
    snapshot(
        "tables.md",
        &statuscodes_codegen::generate().unwrap().markdown,
    );
}

#[test]
fn generated_names_docs_match_the_snapshot() {
    let mut all = String::new();
    for (code, markdown) in statuscodes_codegen::generate().unwrap().names {
        all.push_str(&format!("<!-- names/{code}.md -->\n{markdown}\n"));
    }
    snapshot("names.md", &all);
}

#[test]
fn generated_rust_is_formatted() {
    let rust = statuscodes_codegen::generate().unwrap().rust;
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--check"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt must be installed (rustup component add rustfmt)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(rust.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "the generated code is not rustfmt-clean:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn generation_is_deterministic() {
    let first = statuscodes_codegen::generate().unwrap();
    let second = statuscodes_codegen::generate().unwrap();
    assert_eq!(first, second);
}
