//! How wide the card is and which ecosystems' names it shows.
//!
//! The width is `COLUMNS` when set, else the terminal's width when the
//! output is a terminal, else 80. The ecosystems are those of
//! `--ecosystems`, else of the `STATUSCODES_ECOSYSTEMS` environment
//! variable (clap reads both), else all of them; `all` in either place
//! means every one.

use std::io::IsTerminal;

use statuscodes::Ecosystem;

/// The environment variable that holds the default `--ecosystems`.
pub const ECOSYSTEMS_VAR: &str = "STATUSCODES_ECOSYSTEMS";

/// The narrowest width the card is laid out for.
const MIN_WIDTH: usize = 40;

/// The width when neither `COLUMNS` nor a terminal says otherwise.
const DEFAULT_WIDTH: usize = 80;

/// The ecosystems a user chose with `--ecosystems` (a value of its own,
/// so that clap takes the list as one argument).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen(pub Vec<Ecosystem>);

/// Parses an `--ecosystems` value: see [`parse_list`].
pub fn parse_chosen(list: &str) -> Result<Chosen, String> {
    parse_list(list).map(Chosen)
}

/// The card's width and chosen ecosystems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Lines are wrapped to this many columns.
    pub width: usize,
    /// The ecosystems whose names the card shows, in the enum's order.
    pub ecosystems: Vec<Ecosystem>,
}

impl Layout {
    /// The layout for this run: `ecosystems` as `--ecosystems` (or its
    /// environment variable) gave them, else every one.
    pub fn new(chosen: Option<Chosen>) -> Layout {
        Layout {
            width: width(),
            ecosystems: chosen.map_or_else(|| Ecosystem::ALL.to_vec(), |c| c.0),
        }
    }
}

/// The output's width: `COLUMNS`, the terminal's, or 80; at least 40.
pub fn width() -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    let terminal = || {
        std::io::stdout()
            .is_terminal()
            .then(terminal_size::terminal_size)
            .flatten()
            .map(|(w, _)| usize::from(w.0))
    };
    columns
        .or_else(terminal)
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

/// `rails,go`, `rails go`, `all`: ecosystem ids (any the library's
/// `FromStr` takes, ignoring case), in the enum's order, each once.
pub fn parse_list(list: &str) -> Result<Vec<Ecosystem>, String> {
    let mut chosen = Vec::new();
    let items: Vec<&str> = list
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .collect();
    if items.is_empty() {
        return Err("no ecosystem given (ids such as rails,go, or all)".to_owned());
    }
    for item in items {
        if item.eq_ignore_ascii_case("all") {
            return Ok(Ecosystem::ALL.to_vec());
        }
        let ecosystem = item
            .to_ascii_lowercase()
            .parse::<Ecosystem>()
            .map_err(|_| unknown(item))?;
        if !chosen.contains(&ecosystem) {
            chosen.push(ecosystem);
        }
    }
    chosen.sort_by_key(|e| Ecosystem::ALL.iter().position(|x| x == e));
    Ok(chosen)
}

/// The error for an id that names no ecosystem, with the closest one.
fn unknown(item: &str) -> String {
    match crate::suggest::closest_ecosystem_id(&item.to_ascii_lowercase()) {
        Some(close) => format!(
            "unknown ecosystem {item:?}; did you mean {close:?}? (`statuscodes ecosystems` lists the ids)"
        ),
        None => format!("unknown ecosystem {item:?} (`statuscodes ecosystems` lists the ids)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_in_enum_order_once_each() {
        let chosen = parse_list("go, rails,go").unwrap();
        assert_eq!(chosen, vec![Ecosystem::Rails, Ecosystem::Go]);
        assert_eq!(parse_list("GO").unwrap(), vec![Ecosystem::Go]);
        assert_eq!(parse_list("rails,all").unwrap().len(), Ecosystem::ALL.len());
    }

    #[test]
    fn bad_lists_say_what_is_wrong() {
        assert!(parse_list(" , ")
            .unwrap_err()
            .contains("no ecosystem given"));
        let error = parse_list("rails,rials2").unwrap_err();
        assert!(error.contains("\"rials2\""), "{error}");
        assert!(parse_list("cobol")
            .unwrap_err()
            .contains("unknown ecosystem \"cobol\""));
    }
}
