//! Every ecosystem's reader over the upstream file(s) its registry entry was
//! read from (`tests/fixtures/upstream/<id>/`, as released): the registry
//! must say exactly what upstream says.
//!
//! The planted fixtures of `tests/check.rs` show that each reader notices
//! differences; this test shows that the registry has none.

use std::path::{Path, PathBuf};

use statuscodes_drift::check::{check, SourceFile};

fn upstream_dir(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/upstream")
        .join(id)
}

/// The upstream files of `id`, sorted by name.
fn upstream_files(id: &str) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(upstream_dir(id))
        .map_err(|e| format!("{id}: no folder tests/fixtures/upstream/{id}: {e}\n"))?
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    Ok(files)
}

#[test]
fn every_ecosystem_agrees_exactly_with_its_upstream_files() {
    let registry = statuscodes_codegen::registry().unwrap();
    let mut failures = Vec::new();
    for eco in &registry.ecosystems {
        let files = match upstream_files(eco.id) {
            Ok(files) => files,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        let texts: Vec<(String, String)> = files
            .iter()
            .map(|p| {
                let name = format!(
                    "upstream/{}/{}",
                    eco.id,
                    p.file_name().unwrap().to_string_lossy()
                );
                let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{name}: {e}"));
                (name, text)
            })
            .collect();
        let sources: Vec<SourceFile<'_>> = texts
            .iter()
            .map(|(name, text)| SourceFile { name, text })
            .collect();
        match check(eco.id, &sources) {
            Ok(report) if report.is_clean() => {}
            Ok(report) => failures.push(report.to_string()),
            Err(e) => failures.push(format!("{}: {e}\n", eco.id)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} ecosystems differ from their upstream files:\n{}",
        failures.len(),
        registry.ecosystems.len(),
        failures.join("\n")
    );
}
