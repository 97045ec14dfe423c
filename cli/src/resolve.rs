//! From the command-line argument to a [`Status`].
//!
//! The argument is tried in this order, and the first step that finds
//! anything decides:
//!
//! 1. [`Status`]'s `FromStr`: a code (`424`), a variant name
//!    (`FailedDependency`), a reason phrase (`Failed Dependency`) or both
//!    (`424 Failed Dependency`), ignoring ASCII case.
//! 2. [`Status::lookup`]: any ecosystem's name exactly as written, qualified
//!    or bare (`:unprocessable_entity`, `StatusTeapot`,
//!    `HttpStatusCode.NotFound`).
//! 3. Ignoring ASCII case: every name of every status, qualified
//!    (also with any qualifier the ecosystem accepts) or bare, and every
//!    ecosystem's own reason phrase (`Request Entity Too Large` is Go's
//!    phrase for 413).
//!
//! Steps 2 and 3 can hit several ecosystems. When all hits are the same
//! status, that is the answer, and the hits are kept to say which
//! ecosystems matched. When they name different statuses, the argument is
//! ambiguous: that is an error listing every candidate.

use statuscodes::{Ecosystem, ParseStatusErrorKind, Status, StatusClass};

use crate::suggest::{self, Suggestion};

/// An argument longer than this is not worth comparing for suggestions,
/// and is cut short in error messages.
const MAX_SHOWN: usize = 64;

/// One place where the argument matched: an ecosystem's name or phrase for
/// a status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The ecosystem whose name or phrase matched.
    pub ecosystem: Ecosystem,
    /// The status that ecosystem means by it.
    pub status: Status,
    /// The name (qualified, as written in code) or phrase that matched.
    pub text: &'static str,
    /// Whether `text` is a reason phrase rather than a name.
    pub phrase: bool,
}

/// How the argument was understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// As a code, variant name or reason phrase (step 1).
    Parsed,
    /// As one or more ecosystems' names, exactly (step 2).
    Name(Vec<Hit>),
    /// As names or phrases ignoring case (step 3).
    IgnoringCase(Vec<Hit>),
}

/// The status an argument means, and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The status.
    pub status: Status,
    /// How the argument led to it.
    pub via: Via,
}

/// Why an argument names no single status.
#[derive(Debug, Clone, PartialEq)]
pub enum Unresolved {
    /// A code or `code phrase` that is wrong in a way the library can say
    /// exactly: empty, out of range, unknown code, phrase not the code's.
    Invalid(String),
    /// A class (`4xx`, `client error`) rather than one status.
    Class {
        /// The argument.
        input: String,
        /// The class it names.
        class: StatusClass,
    },
    /// Nothing matched; perhaps something is close.
    Unknown {
        /// The argument, cut to a readable length.
        input: String,
        /// The closest known spelling, if one is close enough.
        suggestion: Option<Suggestion>,
    },
    /// Names that different ecosystems give to different statuses.
    Ambiguous {
        /// The argument.
        input: String,
        /// Every hit, in registry order.
        candidates: Vec<Hit>,
    },
}

impl Unresolved {
    /// The one-line error message.
    pub fn message(&self) -> String {
        match self {
            Unresolved::Invalid(message) => message.clone(),
            Unresolved::Class { input, class } => {
                format!("{input:?} is a class of statuses ({class}), not one status")
            }
            Unresolved::Unknown { input, .. } => format!(
                "unknown HTTP status {input:?}: not a code, a reason phrase, or any ecosystem's name"
            ),
            Unresolved::Ambiguous { input, .. } => {
                format!("{input:?} is ambiguous: ecosystems use it for different statuses")
            }
        }
    }

    /// Lines to print under the message: the suggestion, or the candidates.
    pub fn hints(&self) -> Vec<String> {
        match self {
            Unresolved::Invalid(_)
            | Unresolved::Unknown {
                suggestion: None, ..
            } => Vec::new(),
            Unresolved::Class { class, .. } => vec![format!(
                "`statuscodes list --class {}xx` lists them",
                class.digit()
            )],
            Unresolved::Unknown {
                suggestion: Some(suggestion),
                ..
            } => vec![format!(
                "did you mean {}? ({})",
                suggestion.display(),
                suggestion.status
            )],
            Unresolved::Ambiguous { candidates, .. } => {
                let width = candidates
                    .iter()
                    .map(|hit| hit.ecosystem.id().len())
                    .max()
                    .unwrap_or(0);
                let mut lines: Vec<String> = candidates
                    .iter()
                    .map(|hit| {
                        format!(
                            "{:width$}  {}  is {}",
                            hit.ecosystem.id(),
                            hit.text,
                            hit.status
                        )
                    })
                    .collect();
                lines.push("give the code or the fully qualified name instead".to_owned());
                lines
            }
        }
    }
}

/// The status `argument` means.
pub fn resolve(argument: &str) -> Result<Resolved, Unresolved> {
    let input = argument.trim();
    let parse_error = match input.parse::<Status>() {
        Ok(status) => {
            return Ok(Resolved {
                status,
                via: Via::Parsed,
            })
        }
        Err(error) => error,
    };
    let exact = exact_hits(input);
    if !exact.is_empty() {
        return decide(input, exact).map(|(status, hits)| Resolved {
            status,
            via: Via::Name(hits),
        });
    }
    let loose = hits_ignoring_case(input);
    if !loose.is_empty() {
        return decide(input, loose).map(|(status, hits)| Resolved {
            status,
            via: Via::IgnoringCase(hits),
        });
    }
    if let Ok(class) = input.parse::<StatusClass>() {
        return Err(Unresolved::Class {
            input: input.to_owned(),
            class,
        });
    }
    match parse_error.kind() {
        ParseStatusErrorKind::UnknownName => Err(Unresolved::Unknown {
            input: shorten(input),
            suggestion: if input.len() <= MAX_SHOWN {
                suggest::closest(input)
            } else {
                None
            },
        }),
        _ => Err(Unresolved::Invalid(parse_error.to_string())),
    }
}

/// The one status all `hits` agree on, or the ambiguity. `hits` is never
/// empty.
fn decide(input: &str, hits: Vec<Hit>) -> Result<(Status, Vec<Hit>), Unresolved> {
    match hits.first() {
        Some(first) if hits.iter().all(|hit| hit.status == first.status) => {
            Ok((first.status, hits))
        }
        _ => Err(Unresolved::Ambiguous {
            input: shorten(input),
            candidates: hits,
        }),
    }
}

/// Step 2: [`Status::lookup`], with the name each hit stands for.
fn exact_hits(input: &str) -> Vec<Hit> {
    Status::lookup(input)
        .map(|(ecosystem, status)| Hit {
            ecosystem,
            status,
            text: status
                .names_in(ecosystem)
                .find(|name| {
                    name_matches(ecosystem, name.text(), name.bare(), input, |a, b| a == b)
                })
                .map_or("", |name| name.text()),
            phrase: false,
        })
        .collect()
}

/// Step 3: every name and ecosystem phrase equal to `input` ignoring ASCII
/// case, in registry order.
fn hits_ignoring_case(input: &str) -> Vec<Hit> {
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let mut hits = Vec::new();
    for &status in Status::ALL {
        for &ecosystem in Ecosystem::ALL {
            let name = status
                .names_in(ecosystem)
                .find(|name| name_matches(ecosystem, name.text(), name.bare(), input, same));
            if let Some(name) = name {
                hits.push(Hit {
                    ecosystem,
                    status,
                    text: name.text(),
                    phrase: false,
                });
            } else if let Some(phrase) = status
                .reason_in(ecosystem)
                .filter(|phrase| same(phrase, input))
            {
                hits.push(Hit {
                    ecosystem,
                    status,
                    text: phrase,
                    phrase: true,
                });
            }
        }
    }
    hits
}

/// Whether `input` is the name `text` (bare form `bare`) of `ecosystem`:
/// the whole text, the bare identifier, or the bare identifier behind any
/// qualifier the ecosystem accepts; compared with `eq`.
fn name_matches(
    ecosystem: Ecosystem,
    text: &str,
    bare: &str,
    input: &str,
    eq: impl Fn(&str, &str) -> bool,
) -> bool {
    eq(text, input)
        || eq(bare, input)
        || ecosystem.qualifiers().iter().any(|qualifier| {
            input
                .get(..qualifier.len())
                .is_some_and(|head| eq(head, qualifier))
                && input
                    .get(qualifier.len()..)
                    .is_some_and(|rest| eq(bare, rest))
        })
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
    fn codes_variants_and_phrases_come_first() {
        for input in ["424", "FailedDependency", "failed dependency", " 424 "] {
            assert_eq!(
                resolve(input),
                Ok(Resolved {
                    status: Status::FailedDependency,
                    via: Via::Parsed
                }),
                "{input}"
            );
        }
    }

    #[test]
    fn exact_names_record_every_ecosystem_that_matched() {
        let resolved = resolve(":not_found").unwrap();
        assert_eq!(resolved.status, Status::NotFound);
        let Via::Name(hits) = resolved.via else {
            panic!("not an exact name match: {:?}", resolved.via)
        };
        let ecosystems: Vec<&str> = hits.iter().map(|hit| hit.ecosystem.id()).collect();
        assert!(
            ecosystems.contains(&"rails") && ecosystems.contains(&"plug"),
            "{ecosystems:?}"
        );
        assert!(hits.iter().all(|hit| hit.text == ":not_found"));
    }

    #[test]
    fn bare_exact_hits_report_the_qualified_name() {
        let resolved = resolve("StatusTeapot").unwrap();
        assert_eq!(resolved.status, Status::ImATeapot);
        let Via::Name(hits) = resolved.via else {
            panic!("not an exact name match")
        };
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].text, "http.StatusTeapot");
    }

    #[test]
    fn case_is_ignored_only_after_exact_matches_fail() {
        let resolved = resolve("statusteapot").unwrap();
        assert_eq!(resolved.status, Status::ImATeapot);
        assert!(matches!(resolved.via, Via::IgnoringCase(_)));
        let resolved = resolve("httpstatus.not_found").unwrap();
        assert_eq!(resolved.status, Status::NotFound);
    }

    #[test]
    fn ecosystem_phrases_match_ignoring_case() {
        let resolved = resolve("request entity too large").unwrap();
        assert_eq!(resolved.status, Status::ContentTooLarge);
        let Via::IgnoringCase(hits) = resolved.via else {
            panic!("not a loose match")
        };
        assert!(hits.iter().all(|hit| hit.phrase));
        assert!(hits.iter().any(|hit| hit.ecosystem == Ecosystem::Go));
    }

    #[test]
    fn disagreeing_hits_are_ambiguous() {
        let hit = |ecosystem, status| Hit {
            ecosystem,
            status,
            text: "X",
            phrase: false,
        };
        let agree = vec![
            hit(Ecosystem::Rails, Status::Ok),
            hit(Ecosystem::Go, Status::Ok),
        ];
        assert_eq!(decide("X", agree.clone()), Ok((Status::Ok, agree)));
        let disagree = vec![
            hit(Ecosystem::Rails, Status::Ok),
            hit(Ecosystem::Go, Status::NotFound),
        ];
        let error = decide("X", disagree.clone()).unwrap_err();
        assert_eq!(
            error,
            Unresolved::Ambiguous {
                input: "X".to_owned(),
                candidates: disagree
            }
        );
        assert_eq!(
            error.message(),
            "\"X\" is ambiguous: ecosystems use it for different statuses"
        );
        assert_eq!(
            error.hints(),
            [
                "rails  X  is 200 OK",
                "go     X  is 404 Not Found",
                "give the code or the fully qualified name instead"
            ]
        );
    }

    #[test]
    fn numeric_errors_keep_the_library_message() {
        assert_eq!(
            resolve("299"),
            Err(Unresolved::Invalid(
                "unknown HTTP status code 299".to_owned()
            ))
        );
        assert_eq!(
            resolve(""),
            Err(Unresolved::Invalid(
                "an empty string is not an HTTP status".to_owned()
            ))
        );
    }

    #[test]
    fn a_class_is_not_a_status() {
        let error = resolve("4xx").unwrap_err();
        assert_eq!(
            error,
            Unresolved::Class {
                input: "4xx".to_owned(),
                class: StatusClass::ClientError
            }
        );
        assert_eq!(
            error.message(),
            "\"4xx\" is a class of statuses (client error), not one status"
        );
        assert_eq!(error.hints(), ["`statuscodes list --class 4xx` lists them"]);
    }

    #[test]
    fn long_input_is_cut_and_not_compared() {
        let long = "x".repeat(10_000);
        let Err(Unresolved::Unknown { input, suggestion }) = resolve(&long) else {
            panic!("long input resolved")
        };
        assert_eq!(input.chars().count(), MAX_SHOWN + 1);
        assert_eq!(suggestion, None);
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
