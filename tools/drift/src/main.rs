//! `statuscodes-drift`: maintenance commands for the status registry.
//!
//! ```text
//! statuscodes-drift drift [--only ID,ID] [--release ID=VERSION]... [--json]
//! statuscodes-drift check <ecosystem-id> <file>...
//! statuscodes-drift check --list
//! statuscodes-drift sources
//! ```
//!
//! `drift` fetches each ecosystem's newest release from its package
//! registry, reads it and prints one table of what changed; `check` reads
//! upstream files you give it; `sources` prints where each ecosystem's
//! upstream file is published. Exit status: 0 all agree, 1 differences
//! found, 2 a usage error or something could not be checked.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use statuscodes_drift::check::{self, SourceFile};
use statuscodes_drift::drift::{self, Selection};
use statuscodes_drift::fetch::Fetcher;
use statuscodes_drift::sources::{self, How};

#[derive(Parser)]
#[command(
    name = "statuscodes-drift",
    about = "Re-checks the status registry's ecosystems against their upstream sources",
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Fetch every ecosystem's newest release from its package registry and
    /// report what changed against the registry.
    #[command(after_help = "\
Exit status: 0 nothing drifted, 1 something drifted, 2 something could not
be checked (or a usage error). Ecosystems without a reachable package are
listed \"check by hand\" with the file to read and do not change the exit
status. Progress goes to stderr, the table (or JSON) to stdout.")]
    Drift {
        /// Check only these ecosystem ids (comma-separated, repeatable).
        #[arg(long, value_name = "ID,ID")]
        only: Vec<String>,
        /// Check this release of an ecosystem instead of its newest, e.g.
        /// starlette=0.40.0 (repeatable). Without --only, only the
        /// ecosystems named here are checked.
        #[arg(long, value_name = "ID=VERSION", value_parser = drift::parse_release)]
        release: Vec<(String, String)>,
        /// Print a JSON report instead of the table.
        #[arg(long)]
        json: bool,
    },
    /// Compare upstream file(s) you give with the registry.
    #[command(after_help = "\
Prints what the registry lacks (missing), has wrong (wrong) or has that
upstream dropped (dropped). Exit status: 0 all agree, 1 differences found,
2 usage error or the check could not run.")]
    Check {
        /// List the ecosystem ids and the file(s) each reads.
        #[arg(long, conflicts_with_all = ["id", "files"])]
        list: bool,
        /// The ecosystem id.
        #[arg(required_unless_present = "list")]
        id: Option<String>,
        /// Its upstream file(s), in any order.
        #[arg(required_unless_present = "list")]
        files: Vec<PathBuf>,
    },
    /// Print where each ecosystem's upstream file is published.
    Sources,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let registry = match statuscodes_codegen::registry() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: the embedded registry is invalid: {e}");
            return ExitCode::from(2);
        }
    };
    match cli.command {
        Command::Drift {
            only,
            release,
            json,
        } => {
            let selection = match drift::parse_only(&only) {
                Ok(only) => Selection {
                    only,
                    releases: release,
                },
                Err(e) => return usage(&e),
            };
            if let Err(e) = selection.validate(&registry) {
                return usage(&e);
            }
            let mut fetcher = match Fetcher::new() {
                Ok(f) => f,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            };
            let outcomes = drift::run(&registry, &selection, &mut fetcher);
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&drift::json(&outcomes)).expect("JSON")
                );
            } else {
                print!("{}", drift::table(&outcomes));
            }
            ExitCode::from(drift::exit_code(&outcomes))
        }
        Command::Check { list: true, .. } => list(&registry),
        Command::Check {
            id: Some(id),
            files,
            ..
        } => run_check(&id, &files),
        Command::Check { .. } => usage("check needs an ecosystem id and its file(s)"),
        Command::Sources => print_sources(&registry),
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

/// `sources`: each id, its registry and package and the file(s) in it.
fn print_sources(registry: &statuscodes_codegen::Registry<'_>) -> ExitCode {
    let width = sources::SOURCES
        .iter()
        .map(|s| s.id.len())
        .max()
        .unwrap_or(0);
    for eco in &registry.ecosystems {
        let Some(source) = sources::source(eco.id) else {
            println!("{:<width$}  (no row)", eco.id);
            continue;
        };
        match source.how {
            How::Package {
                registry,
                package,
                files,
            } => {
                let files: Vec<String> = files.iter().map(|f| f.to_string()).collect();
                println!(
                    "{:<width$}  {registry} {package}: {}",
                    eco.id,
                    files.join(" + ")
                );
            }
            How::ByHand => println!("{:<width$}  by hand: {}", eco.id, eco.source),
            How::Final(why) => println!("{:<width$}  final: {why}", eco.id),
        }
    }
    ExitCode::SUCCESS
}

/// `check --list`: every supported id with the file(s) it reads, then the
/// registry's ecosystems that have no extractor.
fn list(registry: &statuscodes_codegen::Registry<'_>) -> ExitCode {
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

fn run_check(id: &str, paths: &[PathBuf]) -> ExitCode {
    let mut texts = Vec::new();
    for path in paths {
        match std::fs::read(path) {
            Ok(bytes) => texts.push(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let files: Vec<SourceFile<'_>> = names
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
                eprintln!("usage: statuscodes-drift check <ecosystem-id> <file>...   (check --list shows the ids)");
            }
            ExitCode::from(2)
        }
    }
}
