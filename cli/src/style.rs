//! Colour and emphasis.
//!
//! Everything here only *marks* text with ANSI styles. Whether the marks
//! reach the screen is decided where the text is written: `anstream`'s
//! streams (see [`crate::output`]) pass them through only to a terminal,
//! and strip them when `NO_COLOR` is set to anything non-empty, when the
//! output is a pipe or a file, or when `TERM=dumb`. Tables are never
//! styled, so their column widths stay exact.

use anstyle::{AnsiColor, Style};
use statuscodes::StatusClass;

/// Headings: the card's title line and section names.
pub const HEADING: Style = Style::new().bold();

/// The labels in the card's left column.
pub const LABEL: Style = Style::new().dimmed();

/// The `error:` that starts an error message.
pub const ERROR: Style = AnsiColor::Red.on_default().bold();

/// The `warning:` before a broken SHOULD in `statuscodes check`.
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();

/// The `tip:` and candidate lines under an error.
pub const HINT: Style = AnsiColor::Green.on_default();

/// Links (spec URLs).
pub const LINK: Style = Style::new().underline();

/// The colour of a status's class: blue 1xx, green 2xx, cyan 3xx,
/// yellow 4xx, red 5xx; bold.
pub const fn class(class: StatusClass) -> Style {
    let colour = match class {
        StatusClass::Informational => AnsiColor::Blue,
        StatusClass::Success => AnsiColor::Green,
        StatusClass::Redirection => AnsiColor::Cyan,
        StatusClass::ClientError => AnsiColor::Yellow,
        StatusClass::ServerError => AnsiColor::Red,
    };
    colour.on_default().bold()
}

/// `text` wrapped in `style`'s escape codes.
pub fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paint_wraps_in_set_and_reset() {
        assert_eq!(paint(HEADING, "x"), "\u{1b}[1mx\u{1b}[0m");
    }
}
