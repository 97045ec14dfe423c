//! From the command-line argument to a [`Status`], through the library's
//! one resolver, [`Status::resolve`].
//!
//! This module decides nothing about statuses: it keeps the library's
//! answer (the status, how the argument was understood, what matched),
//! and for an argument that names nothing it adds what a person needs
//! next: the closest spelling ([`crate::suggest`]) and, for ordinary
//! words, the statuses they describe ([`Status::search`]).

use statuscodes::{Code, Form, Match, Meaning, ResolveError, Status, StatusClass};

use crate::suggest::{self, Suggestion};

/// An argument longer than this is not worth comparing for suggestions,
/// and is cut short in error messages.
const MAX_SHOWN: usize = 64;

/// How many keyword-search results an unknown word lists.
pub const SEARCH_SHOWN: usize = 10;

/// The status an argument means, and how it was found.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The status.
    pub status: Status,
    /// How the argument was understood.
    pub form: Form,
    /// The ecosystems' names or phrases it matched, in registry order.
    pub matches: Vec<Match>,
    /// What the argument means.
    pub meaning: Meaning,
}

/// Why an argument names no single status.
#[derive(Debug, Clone, PartialEq)]
pub enum Unresolved {
    /// Wrong in a way the library says exactly: empty, too long, out of
    /// range, unknown code, phrase not the code's.
    Invalid(String),
    /// A three-digit code no registry or ecosystem the crate covers
    /// defines: the library's message, and how a client treats the code.
    UnknownCode {
        /// The library's message.
        message: String,
        /// The code.
        code: Code,
    },
    /// A class (`4xx`, `client error`) rather than one status.
    Class {
        /// The argument.
        input: String,
        /// The class it names.
        class: StatusClass,
    },
    /// Nothing matched; perhaps something is close, or the words describe
    /// some statuses.
    Unknown {
        /// The argument, cut to a readable length.
        input: String,
        /// The closest known spelling, if one is close enough.
        suggestion: Option<Suggestion>,
        /// Statuses whose phrase or description has the argument's words,
        /// best first, when it is ordinary words.
        found: Vec<Status>,
    },
    /// Names that different ecosystems give to different statuses or
    /// meanings.
    Ambiguous {
        /// The argument.
        input: String,
        /// Every candidate, in registry order.
        candidates: Vec<Match>,
    },
}

impl Unresolved {
    /// The one-line error message.
    pub fn message(&self) -> String {
        match self {
            Unresolved::Invalid(message) | Unresolved::UnknownCode { message, .. } => {
                message.clone()
            }
            Unresolved::Class { input, class } => {
                format!("{input:?} is a class of statuses ({class}), not one status")
            }
            Unresolved::Unknown { input, .. } => format!(
                "unknown HTTP status {input:?}: not a code, a status line, a reason phrase, or any ecosystem's name"
            ),
            Unresolved::Ambiguous { input, .. } => format!(
                "{input:?} is ambiguous: ecosystems use it for different statuses or meanings"
            ),
        }
    }

    /// Lines to print under the message: the suggestion, the statuses the
    /// words describe, or the candidates.
    pub fn hints(&self) -> Vec<String> {
        match self {
            Unresolved::Invalid(_) => Vec::new(),
            Unresolved::UnknownCode { code, .. } => {
                let (number, understood) = (code.code(), code.understood_as());
                match code.class() {
                    Some(_) => vec![format!(
                        "a client treats {number} as {understood}, the x00 of its class (RFC 9110 §15)"
                    )],
                    None => vec![
                        "codes outside 100–599 are invalid (RFC 9110 §15)".to_owned(),
                        format!("a client treats {number} as a server error, {understood}"),
                    ],
                }
            }
            Unresolved::Class { class, .. } => vec![format!(
                "`statuscodes list --class {}xx` lists them",
                class.digit()
            )],
            Unresolved::Unknown {
                input,
                suggestion,
                found,
            } => {
                let mut lines = Vec::new();
                if !found.is_empty() {
                    lines.push(format!("statuses that mention {input:?}:"));
                    lines.extend(found.iter().map(|status| format!("  {status}")));
                }
                if let Some(suggestion) = suggestion {
                    lines.push(format!(
                        "did you mean {}? ({})",
                        suggestion.display(),
                        suggestion.status
                    ));
                }
                lines
            }
            Unresolved::Ambiguous { candidates, .. } => {
                let width = candidates
                    .iter()
                    .map(|hit| hit.ecosystem().id().len())
                    .max()
                    .unwrap_or(0);
                let mut lines: Vec<String> = candidates
                    .iter()
                    .map(|hit| {
                        let meaning = hit.meaning();
                        let status = if meaning.is_status_meaning() {
                            hit.status().to_string()
                        } else {
                            format!("{} {}", meaning.code(), meaning.phrase())
                        };
                        format!(
                            "{:width$}  {}  is {status}",
                            hit.ecosystem().id(),
                            hit.text()
                        )
                    })
                    .collect();
                lines.push("give the code or the fully qualified name instead".to_owned());
                lines
            }
        }
    }
}

/// The status `argument` means, by [`Status::resolve`].
pub fn resolve(argument: &str) -> Result<Resolved, Unresolved> {
    match Status::resolve(argument) {
        Ok(resolved) => Ok(Resolved {
            status: resolved.status(),
            form: resolved.form(),
            matches: resolved.matches().collect(),
            meaning: resolved.meaning(),
        }),
        Err(ResolveError::Class(class)) => Err(Unresolved::Class {
            input: argument.trim().to_owned(),
            class,
        }),
        Err(ResolveError::Ambiguous { input, candidates }) => Err(Unresolved::Ambiguous {
            input: shorten(input),
            candidates: candidates.collect(),
        }),
        Err(ResolveError::Unknown { input }) => Err(Unresolved::Unknown {
            input: shorten(input),
            suggestion: if input.len() <= MAX_SHOWN {
                suggest::closest(input)
            } else {
                None
            },
            found: if is_words(input) {
                Status::search(input)
                    .take(SEARCH_SHOWN)
                    .map(|(status, _)| status)
                    .collect()
            } else {
                Vec::new()
            },
        }),
        Err(other) => match argument.trim().parse::<Code>() {
            Ok(code) if !code.is_known() => Err(Unresolved::UnknownCode {
                message: other.to_string(),
                code,
            }),
            _ => Err(Unresolved::Invalid(other.to_string())),
        },
    }
}

/// Whether `input` is ordinary words: letters, spaces and hyphens.
pub fn is_words(input: &str) -> bool {
    input
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

/// `input`, cut to [`MAX_SHOWN`] characters with `…` when longer.
fn shorten(input: &str) -> String {
    if input.chars().count() <= MAX_SHOWN {
        input.to_owned()
    } else {
        let mut short: String = input.chars().take(MAX_SHOWN).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_words_list_the_statuses_they_describe() {
        // Not "timeout": Python requests names 408 `timeout`.
        let Err(Unresolved::Unknown { found, .. }) = resolve("upstream") else {
            panic!("upstream resolved to one status")
        };
        let codes: Vec<u16> = found.iter().map(|status| status.code()).collect();
        assert!(codes.contains(&502) && codes.contains(&504), "{codes:?}");
    }

    #[test]
    fn unknown_codes_say_how_a_client_treats_them() {
        let hints = |input| {
            let Err(error) = resolve(input) else {
                panic!("{input} resolved")
            };
            assert!(matches!(error, Unresolved::UnknownCode { .. }), "{error:?}");
            error.hints()
        };
        assert_eq!(
            hints("299"),
            ["a client treats 299 as 200 OK, the x00 of its class (RFC 9110 §15)"]
        );
        assert_eq!(
            hints("701"),
            [
                "codes outside 100–599 are invalid (RFC 9110 §15)",
                "a client treats 701 as a server error, 500 Internal Server Error"
            ]
        );
        assert!(matches!(resolve("1000"), Err(Unresolved::Invalid(_))));
    }

    #[test]
    fn long_input_is_refused_by_the_library() {
        let long = "x".repeat(10_000);
        assert!(matches!(resolve(&long), Err(Unresolved::Invalid(_))));
        let long = "x".repeat(100);
        let Err(Unresolved::Unknown {
            input, suggestion, ..
        }) = resolve(&long)
        else {
            panic!("long input resolved")
        };
        assert_eq!(input.chars().count(), MAX_SHOWN + 1);
        assert_eq!(suggestion, None);
    }

    #[test]
    fn ambiguity_names_each_meaning() {
        let candidates = vec![
            Match::Name(
                Status::Ok
                    .names_in(statuscodes::Ecosystem::Rails)
                    .next()
                    .unwrap(),
            ),
            Match::Name(
                Status::NotFound
                    .names_in(statuscodes::Ecosystem::Go)
                    .next()
                    .unwrap(),
            ),
        ];
        let error = Unresolved::Ambiguous {
            input: "X".to_owned(),
            candidates,
        };
        assert_eq!(
            error.hints(),
            [
                "rails  :ok  is 200 OK",
                "go     http.StatusNotFound  is 404 Not Found",
                "give the code or the fully qualified name instead"
            ]
        );
    }

    #[test]
    fn no_panic_on_multibyte_input() {
        for input in [
            "é",
            ":é",
            "http.Statusé",
            "HttpStatusCode.ü",
            "日本語",
            "\u{0}",
        ] {
            let _ = resolve(input);
        }
    }
}
