//! Writing answers and errors.
//!
//! All output goes through here, never through `println!`, so that a closed
//! pipe (`statuscodes export | head`) ends the program quietly instead of
//! panicking. Both streams are `anstream` streams: they keep colour for a
//! terminal and strip it otherwise (see [`crate::style`]).

use std::io::{self, Write};
use std::process::ExitCode;

use crate::style;

/// Writes `text` to standard output. A reader that went away
/// (`BrokenPipe`) is success: it has read all it wanted. Any other write
/// error is reported on standard error and fails with exit code 1.
pub fn answer(text: &str) -> ExitCode {
    let mut stdout = anstream::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            error_message(&format!("cannot write the answer: {error}"), &[]);
            ExitCode::FAILURE
        }
    }
}

/// Writes `note: <message>` to standard error: something the answer on
/// standard output does not say, such as why a table is empty.
pub fn note(message: &str) {
    let text = format!("{} {message}\n", style::paint(style::HINT, "note:"));
    let mut stderr = anstream::stderr().lock();
    let _ = stderr
        .write_all(text.as_bytes())
        .and_then(|()| stderr.flush());
}

/// Writes `error: <message>` and then each hint on its own indented line to
/// standard error. Errors writing to standard error are ignored: there is
/// nowhere left to report them.
pub fn error_message(message: &str, hints: &[String]) {
    let mut text = format!("{} {message}\n", style::paint(style::ERROR, "error:"));
    for hint in hints {
        text.push_str("  ");
        text.push_str(&style::paint(style::HINT, hint));
        text.push('\n');
    }
    let mut stderr = anstream::stderr().lock();
    let _ = stderr
        .write_all(text.as_bytes())
        .and_then(|()| stderr.flush());
}
