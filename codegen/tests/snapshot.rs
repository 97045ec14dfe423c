//! The generated code, checked against a golden copy and against rustfmt.
//!
//! After a registry edit, `UPDATE_SNAPSHOTS=1 cargo test -p statuscodes-codegen`
//! rewrites the copies in `tests/snapshots/`, and the diff shows a reviewer
//! what the edit changes in the crate.

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

#[test]
fn generated_rust_matches_the_snapshot() {
    snapshot(
        "statuscodes.rs",
        &statuscodes_codegen::generate().unwrap().rust,
    );
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
