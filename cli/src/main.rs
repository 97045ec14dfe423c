//! The `statuscodes` command: a card for any HTTP status, and its name in
//! every other ecosystem.
//!
//! This file holds the command line (clap) and sends each command to its
//! module: [`resolve`] turns the argument into a status, [`card`] prints
//! it, [`list`] prints tables, [`export`] is the JSON model, and
//! [`output`] writes the answer or the error.

#![forbid(unsafe_code)]
#![warn(clippy::missing_docs_in_private_items)]

mod card;
mod export;
mod list;
mod output;
mod resolve;
mod style;
mod suggest;
mod table;

use std::process::ExitCode;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand};
use serde::Serialize;
use statuscodes::{Ecosystem, ParseClassError, Status, StatusClass};

use crate::export::{Export, StatusJson, Translation};

/// The help's closing part: how STATUS is matched, examples, exit codes.
const AFTER_HELP: &str = "\
How STATUS is matched (the first step that matches decides):
  1. a code, a Rust variant name or a reason phrase, ignoring case:
     424, FailedDependency, \"Failed Dependency\", \"424 Failed Dependency\"
  2. any ecosystem's name exactly as written, qualified or bare:
     :unprocessable_entity, StatusTeapot, HttpStatusCode.NotFound,
     SC_FAILED_DEPENDENCY, Response::HTTP_NOT_FOUND
  3. names, and the ecosystems' own reason phrases, ignoring case:
     FAILED_dependency, \"request entity too large\"
  When steps 2 or 3 match in several ecosystems that all mean the same
  status, the card shows it and its \"matched\" line names those ecosystems.
  When they mean different statuses, the name is ambiguous: nothing is
  shown but the candidates (ecosystem, name, status), and the exit code is 1.
  Several words are joined with spaces: `statuscodes not found` works.

Examples:
  statuscodes 424
      the card of 424 Failed Dependency
  statuscodes :unprocessable_entity --to go
      Rails' name in Go: http.StatusUnprocessableEntity
  statuscodes HttpStatusCode.NotFound --json
      the card of 404 as JSON
  statuscodes list --class 4xx --ecosystem rails --ecosystem go
      a porting table: client errors, Rails' names beside Go's
  statuscodes list --unofficial
      the codes outside the IANA registry, and who uses them
  statuscodes ecosystems
      where every ecosystem's names were read, and when
  statuscodes export > statuscodes.json
      the whole registry as JSON
  statuscodes completions bash > ~/.local/share/bash-completion/completions/statuscodes
      completion for bash (also zsh, fish, elvish, powershell)

Exit codes: 0 answered; 1 unknown or ambiguous status, or the --to ecosystem
has no name for it; 2 usage error.
Colour only on a terminal, never when NO_COLOR is set.";

/// What is this HTTP status called in every other ecosystem?
///
/// Give a status (a code, a reason phrase, or any ecosystem's name for it)
/// to see its card: phrase, class, spec, meaning, and its name in every
/// ecosystem. Or ask for just one ecosystem's name with --to.
#[derive(Debug, Parser)]
#[command(
    verbatim_doc_comment,
    name = "statuscodes",
    version,
    after_help = AFTER_HELP,
    override_usage = "statuscodes [--to <ECOSYSTEM>] [--json] <STATUS>...\n       statuscodes <COMMAND>",
    arg_required_else_help = true
)]
struct Cli {
    /// The status: a code, a reason phrase, a variant name, or any
    /// ecosystem's name for it, qualified or bare.
    #[arg(value_name = "STATUS")]
    status: Vec<String>,

    /// Print only ECOSYSTEM's canonical name for STATUS, on one line.
    /// ECOSYSTEM is an id (go, rails, dotnet, …): `statuscodes ecosystems`
    /// lists them.
    #[arg(
        long,
        value_name = "ECOSYSTEM",
        requires = "status",
        ignore_case = true,
        hide_possible_values = true,
        value_parser = ecosystem_parser()
    )]
    to: Option<Ecosystem>,

    /// Print the answer as JSON.
    #[arg(long, global = true)]
    json: bool,

    /// A command instead of a STATUS.
    #[command(subcommand)]
    command: Option<Command>,
}

/// The commands besides the card.
#[derive(Debug, Subcommand)]
enum Command {
    /// List statuses: code, phrase, class and standing.
    List(ListArgs),
    /// List the ecosystems and where and when their names were read.
    Ecosystems,
    /// Print the whole registry as JSON.
    Export,
    /// Print a shell completion script.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The filters of `list`.
#[derive(Debug, Args)]
struct ListArgs {
    /// Only statuses of this class: 4xx, client_error or "client error".
    #[arg(long, value_name = "CLASS", value_parser = parse_class)]
    class: Option<StatusClass>,

    /// Only codes outside the IANA registry.
    #[arg(long)]
    unofficial: bool,

    /// Add a column with ECOSYSTEM's names, and show only statuses that
    /// one of the given ecosystems names. Repeat for more columns.
    #[arg(
        long = "ecosystem",
        short = 'e',
        value_name = "ECOSYSTEM",
        ignore_case = true,
        hide_possible_values = true,
        value_parser = ecosystem_parser()
    )]
    ecosystems: Vec<Ecosystem>,
}

/// A failed answer: the message after `error:`, and hint lines.
#[derive(Debug)]
struct Failure {
    /// What went wrong.
    message: String,
    /// What to try instead.
    hints: Vec<String>,
}

impl Failure {
    /// A failure with no hints.
    fn new(message: String) -> Failure {
        Failure {
            message,
            hints: Vec::new(),
        }
    }
}

/// Ecosystem ids as clap values: completions and `did you mean` know them.
fn ecosystem_parser() -> impl TypedValueParser<Value = Ecosystem> {
    PossibleValuesParser::new(
        Ecosystem::ALL
            .iter()
            .map(|ecosystem| PossibleValue::new(ecosystem.id()).help(ecosystem.name())),
    )
    .try_map(|id| id.parse::<Ecosystem>())
}

/// A `--class` value, by the library's `FromStr`.
fn parse_class(text: &str) -> Result<StatusClass, ParseClassError> {
    text.parse()
}

/// Parses the command line (clap exits with 2 on a usage error), runs
/// the command, and prints the answer or the error.
fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.json && matches!(cli.command, Some(Command::Completions { .. })) {
        Cli::command()
            .error(
                ErrorKind::ArgumentConflict,
                "--json does not apply to completions",
            )
            .exit();
    }
    match run(cli) {
        Ok(text) => output::answer(&text),
        Err(failure) => {
            output::error_message(&failure.message, &failure.hints);
            ExitCode::FAILURE
        }
    }
}

/// The answer to `cli`, as the text to print.
fn run(cli: Cli) -> Result<String, Failure> {
    let json = cli.json;
    match cli.command {
        Some(Command::List(args)) => {
            let filter = list::Filter {
                class: args.class,
                unofficial: args.unofficial,
                ecosystems: args.ecosystems,
            };
            let statuses = filter.statuses();
            for ecosystem in &filter.ecosystems {
                if !Status::ALL
                    .iter()
                    .any(|status| status.name_in(*ecosystem).is_some())
                {
                    output::note(&format!(
                        "{} ({}) names no status; it has only reason phrases",
                        ecosystem.name(),
                        ecosystem.id()
                    ));
                }
            }
            if json {
                let all: Vec<StatusJson> = statuses.into_iter().map(StatusJson::new).collect();
                to_json(&all)
            } else {
                Ok(list::statuses_table(&statuses, &filter.ecosystems))
            }
        }
        Some(Command::Ecosystems) => {
            if json {
                let all: Vec<_> = Ecosystem::ALL
                    .iter()
                    .map(|&ecosystem| export::EcosystemJson::new(ecosystem))
                    .collect();
                to_json(&all)
            } else {
                Ok(list::ecosystems_blocks())
            }
        }
        Some(Command::Export) => to_json(&Export::all()),
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "statuscodes", &mut script);
            String::from_utf8(script)
                .map_err(|error| Failure::new(format!("completion script is not UTF-8: {error}")))
        }
        None => {
            let argument = cli.status.join(" ");
            let resolved = resolve::resolve(&argument).map_err(|unresolved| Failure {
                message: unresolved.message(),
                hints: unresolved.hints(),
            })?;
            match cli.to {
                Some(ecosystem) => translate(resolved.status, ecosystem, json),
                None if json => to_json(&StatusJson::new(resolved.status)),
                None => Ok(card::render(resolved.status, &resolved.via)),
            }
        }
    }
}

/// The `--to` answer: `ecosystem`'s canonical name for `status`.
fn translate(status: Status, ecosystem: Ecosystem, json: bool) -> Result<String, Failure> {
    let Some(name) = status.name_in(ecosystem) else {
        let mut hints = Vec::new();
        if let Some(phrase) = status.reason_in(ecosystem) {
            hints.push(format!("its own reason phrase for it is {phrase:?}"));
        }
        hints.push(format!(
            "`statuscodes {}` shows the names other ecosystems give it",
            status.code()
        ));
        return Err(Failure {
            message: format!(
                "{} ({}) has no name for {status}",
                ecosystem.name(),
                ecosystem.id()
            ),
            hints,
        });
    };
    if json {
        to_json(&Translation {
            ecosystem: ecosystem.id(),
            name,
        })
    } else {
        Ok(format!("{name}\n"))
    }
}

/// `value` as pretty JSON, or the (unexpected) serialisation error.
fn to_json<T: Serialize>(value: &T) -> Result<String, Failure> {
    export::to_json(value).map_err(|error| Failure::new(format!("cannot write JSON: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
