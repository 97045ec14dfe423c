//! `statuscodes-codegen`: maintenance commands for the status registry.
//!
//! ```text
//! statuscodes-codegen check <ecosystem-id> <file>...
//! statuscodes-codegen check --list
//! ```
//!
//! `check` reads an ecosystem's upstream source file(s) — for example Go's
//! `src/net/http/status.go` — and prints, one line per name or phrase,
//! what the registry lacks (`missing`), has wrong (`wrong`) or has although
//! upstream no longer does (`dropped`), then a summary line. Re-checking a
//! new release of a framework is then one command:
//!
//! ```text
//! cargo run -p statuscodes-codegen -- check go /usr/share/go-1.27/src/net/http/status.go
//! ```
//!
//! Exit status: 0 when upstream and the registry agree, 1 when they
//! differ, 2 on a usage error or when the check cannot run (unknown id,
//! unreadable file, a file in which nothing is found).
//!
//! The arguments are parsed by hand. This package is a build-dependency of
//! `statuscodes`, so every crate it depends on is compiled before the
//! library can build, for every user; it therefore has no dependencies at
//! all, and an argument-parsing crate is not worth that cost for two
//! subcommand shapes. For the same reason the `check` code sits behind the
//! default `check` feature, which the library's build script turns off.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use statuscodes_codegen::check::{self, SourceFile};

const USAGE: &str = "\
usage: statuscodes-codegen check <ecosystem-id> <file>...
       statuscodes-codegen check --list

Compares an ecosystem's upstream source file(s) with the registry and
prints what the registry lacks (missing), has wrong (wrong) or has that
upstream dropped (dropped). `check --list` shows the ecosystem ids and the
file(s) each reads.

exit status: 0 all agree, 1 differences found, 2 usage error or the check
could not run";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["check", "--list"] => list(),
        ["check", id, files @ ..] if !files.is_empty() && !id.starts_with('-') => {
            run_check(id, files)
        }
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// `check --list`: every supported id with the file(s) it reads, then the
/// registry's ecosystems that have no extractor.
fn list() -> ExitCode {
    let registry = match statuscodes_codegen::registry() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: the embedded registry is invalid: {e}");
            return ExitCode::from(2);
        }
    };
    println!("ecosystem ids and the upstream file(s) each reads:");
    let width = check::extractors()
        .iter()
        .map(|e| e.id.len())
        .max()
        .unwrap_or(0);
    for extractor in check::extractors() {
        let files = extractor.files();
        println!("  {:<width$}  {}", extractor.id, files[0]);
        for file in &files[1..] {
            println!("  {:<width$}  + {file}", "");
        }
    }
    let unsupported: Vec<&str> = registry
        .ecosystems
        .iter()
        .map(|e| e.id)
        .filter(|id| check::extractor(id).is_none())
        .collect();
    if !unsupported.is_empty() {
        println!("not supported yet: {}", unsupported.join(", "));
    }
    ExitCode::SUCCESS
}

fn run_check(id: &str, paths: &[&str]) -> ExitCode {
    let mut texts = Vec::new();
    for path in paths {
        match std::fs::read(path) {
            Ok(bytes) => texts.push(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) => {
                eprintln!("error: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let files: Vec<SourceFile<'_>> = paths
        .iter()
        .zip(&texts)
        .map(|(name, text)| SourceFile { name, text })
        .collect();
    match check::check(id, &files) {
        Ok(report) => {
            print!("{report}");
            if report.is_clean() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            if matches!(
                e,
                check::CheckError::UnknownEcosystem(_) | check::CheckError::FileCount { .. }
            ) {
                eprintln!();
                eprintln!("{USAGE}");
            }
            ExitCode::from(2)
        }
    }
}
