//! The `statuscodes` command: a card for any HTTP status, and its name in
//! every other ecosystem.
//!
//! This file holds the command line (clap) and sends each command to its
//! module: [`resolve`] turns the argument into a status, [`card`] prints
//! it (with [`guide`]'s sections), [`check`] checks a response, [`list`]
//! prints tables, [`export`] is the JSON model, and [`output`] writes the
//! answer or the error.

#![forbid(unsafe_code)]
#![warn(clippy::missing_docs_in_private_items)]

mod card;
mod check;
mod export;
mod guide;
mod layout;
mod list;
mod output;
mod resolve;
mod site;
mod style;
mod suggest;
mod table;

use std::process::ExitCode;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand};
use serde::Serialize;
use statuscodes::{Ecosystem, Name, ParseClassError, Release, Status, StatusClass};

use crate::export::{Export, StatusJson, Translation};
use crate::resolve::{Resolved, Unresolved};

/// The help's closing part: how STATUS is matched, examples, exit codes.
const AFTER_HELP: &str = "\
How STATUS is matched (the library's Status::resolve; the first step that
matches decides):
  1. a status line: \"HTTP/1.1 404 Not Found\", \"HTTP/2 404\"
  2. a code, a Rust variant name or a reason phrase, ignoring case:
     424, FailedDependency, \"Failed Dependency\", \"424 Failed Dependency\";
     or a code and an ecosystem's own phrase: \"413 Request Entity Too Large\"
  3. any ecosystem's name exactly as written, qualified or bare:
     :unprocessable_entity, StatusTeapot, HttpStatusCode.NotFound,
     SC_FAILED_DEPENDENCY, Response::HTTP_NOT_FOUND, and the http crate's
     StatusCode under reqwest::, axum::http::, actix_web::http::, hyper::
  4. names, and the ecosystems' own reason phrases, ignoring case:
     FAILED_dependency, \"request entity too large\"
  When steps 3 or 4 match in several ecosystems that all mean the same
  status, the card shows it and its \"matched\" line names those ecosystems
  (and says when a matched name is deprecated or removed). When they mean
  different statuses or meanings, nothing is shown but the candidates.
  Ordinary words that name no status list the statuses that mention them.
  Several arguments are joined with spaces when together they name a
  status (`statuscodes not found`); otherwise each is answered in turn
  (`statuscodes 404 500`).

Translating (--to):
  --to go           the name in the newest release the registry covers; a
                    note on stderr when older covered releases write another
  --to spring@6.2   the name in that release, or exit 1 when it has none
  A name whose ecosystem gives the code another meaning (419 is Laravel's
  Page Expired here, ASP.NET Core's Authentication Timeout) is refused
  with exit 1; --same-code prints it anyway.

Examples:
  statuscodes 424
      the card of 424 Failed Dependency
  statuscodes 404 --ecosystems rails,go,spring
      the card with only those ecosystems' names (STATUSCODES_ECOSYSTEMS
      sets the default; --ecosystems all shows every one)
  statuscodes :unprocessable_entity --to go
      Rails' name in Go: http.StatusUnprocessableEntity
  statuscodes 422 --to spring@6.2
      HttpStatus.UNPROCESSABLE_ENTITY (UNPROCESSABLE_CONTENT is new in 7.0)
  statuscodes check 405 --header Content-Type
      exit 1: a 405 response must carry Allow (RFC 9110, section 15.5.6)
  statuscodes search timeout
      every status about timeouts, best first
  statuscodes list --class 4xx --ecosystem rails --ecosystem go
      a porting table: client errors, Rails' names beside Go's
  statuscodes ecosystems
      where every ecosystem's names were read, and which releases they cover
  statuscodes export > statuscodes.json
      the whole registry as JSON
  statuscodes completions bash > ~/.local/share/bash-completion/completions/statuscodes
      completion for bash (also zsh, fish, elvish, powershell)

Exit codes: 0 answered; 1 unknown or ambiguous status, no name in the --to
ecosystem or release, or a different meaning there, or a checked response
that breaks a MUST or MUST NOT; 2 usage error.
Colour only on a terminal, never when NO_COLOR is set.";

/// What is this HTTP status called in every other ecosystem?
///
/// Give a status (a code, a reason phrase, or any ecosystem's name for it)
/// to see its card: phrase, class, spec and meaning; the header fields and
/// content rules the specs tie to it; what a client does next; typical
/// causes and the fixes on each side; an example exchange; which HTTP
/// clients retry it by default; its gRPC mapping; and its name in every
/// ecosystem. The card always shows all of it (--ecosystems narrows the
/// names). Or ask for just one ecosystem's name with --to.
#[derive(Debug, Parser)]
#[command(
    verbatim_doc_comment,
    name = "statuscodes",
    version,
    after_help = AFTER_HELP,
    override_usage = "statuscodes [--to <ECOSYSTEM[@RELEASE]>] [--same-code] [--json] <STATUS>...\n       statuscodes <COMMAND>",
    arg_required_else_help = true
)]
struct Cli {
    /// The status: a code, a reason phrase, a variant name, or any
    /// ecosystem's name for it, qualified or bare.
    #[arg(value_name = "STATUS")]
    status: Vec<String>,

    /// Print only ECOSYSTEM's name for STATUS, on one line: in its newest
    /// release, or in RELEASE (`spring@6.2`). ECOSYSTEM is an id (go,
    /// rails, dotnet, …): `statuscodes ecosystems` lists them.
    #[arg(
        long,
        value_name = "ECOSYSTEM[@RELEASE]",
        requires = "status",
        value_parser = parse_target
    )]
    to: Option<Target>,

    /// With --to: print the name even where the ecosystem gives the code
    /// another meaning than STATUS has.
    #[arg(long, requires = "to")]
    same_code: bool,

    /// The ecosystems whose names the card shows: ids such as `rails,go`,
    /// or `all` (the default).
    #[arg(
        long,
        value_name = "IDS",
        env = layout::ECOSYSTEMS_VAR,
        value_parser = layout::parse_chosen
    )]
    ecosystems: Option<layout::Chosen>,

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
    /// Check a response against what the specs require for its status.
    ///
    /// Give the header fields the response carries and whether it had
    /// content; prints each requirement it breaks, as an error (MUST, MUST
    /// NOT) or a warning (SHOULD, SHOULD NOT), and lists the rules it could
    /// not test: those that hold only under a condition (the method, the
    /// 200 it stands for) and, without --content or --no-content, the
    /// content rules. Exit code 1 when a MUST or MUST NOT is broken.
    Check(CheckArgs),
    /// List the statuses whose phrase or description mention WORDS, best
    /// first.
    Search {
        /// The words: `timeout`, `too large`.
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Write the reference website into DIR: a page per status and per
    /// ecosystem, an index with search, and a translate page. Plain static
    /// files that work from file:// or any static host.
    Site {
        /// The folder to write into; created if missing.
        dir: std::path::PathBuf,
    },
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

/// The arguments of `check`.
#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  statuscodes check 405 --header Content-Type
      fails: a 405 must carry Allow (RFC 9110, section 15.5.6)
  statuscodes check 405 -H 'Allow: GET, HEAD' -H Content-Type
      passes; a whole header line counts by its name
  statuscodes check 204 --content
      fails: a 204 must not carry content
  statuscodes check 503 --no-content --json
      the report as JSON

Exit codes: 0 no MUST or MUST NOT broken (broken SHOULDs are warnings);
1 one is broken, or the status is unknown; 2 usage error.")]
struct CheckArgs {
    /// The response's status, as for the card: 405, "Method Not Allowed",
    /// "HTTP/1.1 405 Method Not Allowed", StatusMethodNotAllowed.
    #[arg(value_name = "STATUS")]
    status: String,

    /// A header field the response carries: its name (any case), or the
    /// whole line (`Allow: GET, HEAD`), of which the name counts. Repeat
    /// for each field.
    #[arg(
        long = "header",
        short = 'H',
        value_name = "NAME",
        value_parser = check::parse_field
    )]
    headers: Vec<String>,

    /// The response had content: a body of one byte or more.
    #[arg(long, conflicts_with = "no_content")]
    content: bool,

    /// The response had no content.
    #[arg(long)]
    no_content: bool,
}

/// A successful run's output: the text for standard output, and whether
/// it reports a failure (a check that found a broken MUST), which exits
/// with 1.
#[derive(Debug)]
struct Answer {
    /// What to print.
    text: String,
    /// Whether to exit with 1 after printing it.
    fails: bool,
}

impl From<String> for Answer {
    /// An answer that exits with 0.
    fn from(text: String) -> Answer {
        Answer { text, fails: false }
    }
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
    PossibleValuesParser::new(Ecosystem::ALL.iter().map(|ecosystem| {
        PossibleValue::new(ecosystem.id())
            .help(ecosystem.name())
            .aliases(ecosystem.aliases().iter().copied())
    }))
    .try_map(|id| id.parse::<Ecosystem>())
}

/// A `--to` value: an ecosystem, and perhaps one of its releases.
#[derive(Debug, Clone, Copy)]
struct Target {
    /// The ecosystem.
    ecosystem: Ecosystem,
    /// The release asked for, if any.
    release: Option<Release>,
}

/// `go`, `spring@6.2`: the ecosystem by its id (ignoring case) and the
/// release by the library's `FromStr`.
fn parse_target(text: &str) -> Result<Target, String> {
    let (id, release) = match text.split_once('@') {
        Some((id, release)) => (id, Some(release)),
        None => (text, None),
    };
    let ecosystem = id
        .to_ascii_lowercase()
        .parse::<Ecosystem>()
        .map_err(|error| match suggest::closest_ecosystem_id(id) {
            Some(close) => format!("{error}\n\n  tip: a similar value exists: '{close}'"),
            None => error.to_string(),
        })?;
    let release = release
        .map(|release| release.parse::<Release>())
        .transpose()
        .map_err(|error| error.to_string())?;
    Ok(Target { ecosystem, release })
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
        Ok(Answer { text, fails: false }) => output::answer(&text),
        Ok(Answer { text, fails: true }) => {
            output::answer(&text);
            ExitCode::FAILURE
        }
        Err(failure) => {
            output::error_message(&failure.message, &failure.hints);
            ExitCode::FAILURE
        }
    }
}

/// The answer to `cli`.
fn run(cli: Cli) -> Result<Answer, Failure> {
    let json = cli.json;
    let text = match cli.command {
        Some(Command::Check(args)) => return check(&args, json),
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
        Some(Command::Search { words }) => {
            let query = words.join(" ");
            let found: Vec<Status> = Status::search(&query).map(|(status, _)| status).collect();
            if found.is_empty() {
                return Err(Failure::new(format!("no status mentions {query:?}")));
            }
            if json {
                let all: Vec<StatusJson> = found.into_iter().map(StatusJson::new).collect();
                to_json(&all)
            } else {
                Ok(list::statuses_table(&found, &[]))
            }
        }
        Some(Command::Site { dir }) => {
            if json {
                return Err(Failure::new("--json does not apply to site".to_owned()));
            }
            let written = site::write(&dir).map_err(|error| {
                Failure::new(format!(
                    "cannot write the site into {}: {error}",
                    dir.display()
                ))
            })?;
            Ok(format!(
                "wrote {} files ({} KB) into {}; open {}\n",
                written.files,
                written.bytes / 1024,
                dir.display(),
                dir.join("index.html").display()
            ))
        }
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "statuscodes", &mut script);
            String::from_utf8(script)
                .map_err(|error| Failure::new(format!("completion script is not UTF-8: {error}")))
        }
        None => {
            let answers = match resolve_arguments(&cli.status) {
                Ok(answers) => answers,
                // Ordinary words that name no status: the statuses they
                // describe, as `search` lists them.
                Err(Unresolved::Unknown {
                    input,
                    found,
                    suggestion,
                }) if cli.to.is_none()
                    && !found.is_empty()
                    && suggestion.is_none_or(|s| !s.is_similar()) =>
                {
                    output::note(&format!(
                        "no status is called {input:?}; these mention it (`statuscodes search` lists them all)"
                    ));
                    let text = if json {
                        let all: Vec<StatusJson> = found.into_iter().map(StatusJson::new).collect();
                        to_json(&all)
                    } else {
                        Ok(list::statuses_table(&found, &[]))
                    };
                    return text.map(Answer::from);
                }
                Err(unresolved) => {
                    return Err(Failure {
                        message: unresolved.message(),
                        hints: unresolved.hints(),
                    })
                }
            };
            match cli.to {
                Some(target) => {
                    let mut text = String::new();
                    let mut names = Vec::new();
                    for answer in &answers {
                        let name = translate(answer, target, cli.same_code)?;
                        text.push_str(name.text());
                        text.push('\n');
                        names.push(Translation::new(name));
                    }
                    match (json, names.as_slice()) {
                        (true, [one]) => to_json(one),
                        (true, _) => to_json(&names),
                        (false, _) => Ok(text),
                    }
                }
                None if json => {
                    let all: Vec<StatusJson> =
                        answers.iter().map(|a| StatusJson::new(a.status)).collect();
                    match all.as_slice() {
                        [one] => to_json(one),
                        _ => to_json(&all),
                    }
                }
                None => {
                    let layout = layout::Layout::new(cli.ecosystems);
                    Ok(answers
                        .iter()
                        .map(|answer| card::render(answer, &layout))
                        .collect::<Vec<_>>()
                        .join("\n"))
                }
            }
        }
    };
    text.map(Answer::from)
}

/// The answer to `check`: the report, failing when a MUST or MUST NOT is
/// broken.
fn check(args: &CheckArgs, json: bool) -> Result<Answer, Failure> {
    let resolved = resolve::resolve(&args.status).map_err(|unresolved| Failure {
        message: unresolved.message(),
        hints: unresolved.hints(),
    })?;
    let content = match (args.content, args.no_content) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let report = check::Report::new(check::Response {
        status: resolved.status,
        content,
        fields: args.headers.clone(),
    });
    let text = if json {
        to_json(&export::CheckJson::new(&report))?
    } else {
        report.text(layout::width())
    };
    Ok(Answer {
        text,
        fails: report.fails(),
    })
}

/// The statuses the arguments mean: all of them joined, when together
/// they name a status (`not found`); otherwise each in turn (`404 500`,
/// `:ok StatusTeapot`), unless one is a plain word, which reads as part of
/// a phrase (`404 Gone` is an error, not two cards). When they do not name
/// statuses one by one either, the error is about the whole.
fn resolve_arguments(arguments: &[String]) -> Result<Vec<Resolved>, Unresolved> {
    let joined = arguments.join(" ");
    match resolve::resolve(&joined) {
        Ok(resolved) => Ok(vec![resolved]),
        Err(error) if arguments.len() == 1 => Err(error),
        Err(error) if arguments.iter().any(|argument| resolve::is_words(argument)) => Err(error),
        Err(error) => arguments
            .iter()
            .map(|argument| resolve::resolve(argument))
            .collect::<Result<Vec<Resolved>, Unresolved>>()
            .map_err(|_| error),
    }
}

/// The `--to` answer: `target`'s name for what `answer` means.
fn translate(answer: &Resolved, target: Target, same_code: bool) -> Result<Name, Failure> {
    let Target { ecosystem, release } = target;
    let status = answer.status;
    let asked = release.unwrap_or(ecosystem.newest_release());
    let name = status.name_at(ecosystem, asked).map_err(|error| {
        let mut hints = Vec::new();
        if error.is_not_covered() {
            hints.push(format!(
                "give a release from {} to {}, or none for the newest",
                ecosystem.oldest_release(),
                ecosystem.newest_release()
            ));
        } else {
            // Phrases carry no releases: an older release may lack this
            // one too, so it is offered only for the newest.
            if let Some(phrase) = status
                .reason_in(ecosystem)
                .filter(|_| error.later().is_none())
            {
                hints.push(format!("its own reason phrase for it is {phrase:?}"));
            }
            hints.push(format!(
                "write the number {} there; `statuscodes {}` shows every ecosystem's names",
                status.code(),
                status.code()
            ));
        }
        let message = if release.is_none() && !error.is_not_covered() && error.later().is_none() {
            format!(
                "{} ({}) has no name for {status}",
                ecosystem.name(),
                ecosystem.id()
            )
        } else {
            error.to_string()
        };
        Failure { message, hints }
    })?;
    let theirs = name.meaning();
    if theirs != answer.meaning && !same_code {
        return Err(Failure {
            message: format!(
                "{}; {}'s {} means {} {}, another meaning of the same code",
                describe_input(answer),
                ecosystem.id(),
                name.text(),
                theirs.code(),
                theirs.phrase()
            ),
            hints: vec![format!("--same-code prints {} anyway", name.text())],
        });
    }
    if release.is_some_and(|release| release > ecosystem.newest_release()) {
        output::note(&format!(
            "the registry covers {} up to {}; answered from that release",
            ecosystem.name(),
            ecosystem.newest_release()
        ));
    }
    if release.is_none() {
        if let Some(since) = name.since() {
            let older = status
                .name_at(ecosystem, ecosystem.oldest_release())
                .ok()
                .filter(|older| older.text() != name.text());
            match older {
                Some(older) => output::note(&format!(
                    "{} is new in {} {since}; from {} on, write {} (--to {}@{})",
                    name.text(),
                    ecosystem.id(),
                    ecosystem.oldest_release(),
                    older.text(),
                    ecosystem.id(),
                    ecosystem.oldest_release()
                )),
                None => output::note(&format!(
                    "{} is new in {} {since}; older releases have no name for {}",
                    name.text(),
                    ecosystem.id(),
                    status.code()
                )),
            }
        }
    }
    if name.is_deprecated_at(asked) {
        output::note(&format!(
            "{} is deprecated{} in {}",
            name.text(),
            name.deprecated_in()
                .map(|release| format!(" since {release}"))
                .unwrap_or_default(),
            ecosystem.id()
        ));
    }
    Ok(name)
}

/// What the user gave and what it means, for a message: the matched name
/// and its ecosystem, or the status.
fn describe_input(answer: &Resolved) -> String {
    let meaning = answer.meaning;
    match answer.matches.first() {
        Some(hit) => format!(
            "{} ({}) means {} {}",
            hit.text(),
            hit.ecosystem().id(),
            meaning.code(),
            meaning.phrase()
        ),
        None => format!("{} is {}", meaning.code(), meaning.phrase()),
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
