//! "did you mean …?": the known spelling closest to an unknown argument.
//!
//! Candidates are every variant name, reason phrase, ecosystem phrase and
//! ecosystem name (qualified and bare). Similarity is `strsim`'s
//! normalized Damerau–Levenshtein over ASCII-lowercased text. An argument
//! that starts with an ecosystem's qualifier (`http.`, `:`,
//! `HttpStatusCode.`) is compared with that ecosystem's names by the part
//! after the qualifier, so the shared qualifier does not make every name
//! look close. When nothing is close as a whole, the shortest spelling
//! that contains the argument is suggested (`teapot` → `ImATeapot`).

use statuscodes::{Ecosystem, Status};

/// The least similarity, from 0 to 1, worth suggesting.
const THRESHOLD: f64 = 0.8;

/// The shortest argument that is looked for inside longer spellings when
/// nothing is similar enough as a whole (`teapot` in `ImATeapot`).
const MIN_PART: usize = 4;

/// A known spelling close to what was typed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Suggestion {
    /// The spelling, as it can be typed back.
    pub text: &'static str,
    /// The status it means.
    pub status: Status,
    /// Its similarity to the argument, 0 to 1.
    pub score: f64,
}

impl Suggestion {
    /// Whether the spelling is close to the argument as a whole (a typo),
    /// rather than merely containing it (`teapot` in `ImATeapot`).
    pub fn is_similar(&self) -> bool {
        self.score >= THRESHOLD
    }

    /// The spelling, quoted when it holds a space or a quote so it can be
    /// pasted into a shell.
    pub fn display(&self) -> String {
        if self.text.contains([' ', '\'', '"', '(', ')']) {
            format!("{:?}", self.text)
        } else {
            self.text.to_owned()
        }
    }
}

/// The ecosystem id closest to `input` by Jaro–Winkler similarity, if one
/// reaches [`THRESHOLD`]: `spring` for `sprng`.
pub fn closest_ecosystem_id(input: &str) -> Option<&'static str> {
    Ecosystem::ALL
        .iter()
        .map(|e| (strsim::jaro_winkler(input, e.id()), e.id()))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .filter(|(score, _)| *score >= THRESHOLD)
        .map(|(_, id)| id)
}

/// The closest spelling to `input`, if one reaches [`THRESHOLD`]. Ties go
/// to the first candidate in registry order.
pub fn closest(input: &str) -> Option<Suggestion> {
    let needle = input.to_ascii_lowercase();
    let mut best: Option<Suggestion> = None;
    let mut consider = |text: &'static str, compared: &str, against: &str, status: Status| {
        let score = strsim::normalized_damerau_levenshtein(against, &compared.to_ascii_lowercase());
        if best.is_none_or(|best| score > best.score) {
            best = Some(Suggestion {
                text,
                status,
                score,
            });
        }
    };
    for &status in Status::ALL {
        consider(
            status.variant_name(),
            status.variant_name(),
            &needle,
            status,
        );
        consider(
            status.reason_phrase(),
            status.reason_phrase(),
            &needle,
            status,
        );
        for &ecosystem in Ecosystem::ALL {
            if let Some(phrase) = status.reason_in(ecosystem) {
                consider(phrase, phrase, &needle, status);
            }
        }
        for name in status.names() {
            match strip_qualifier(name.ecosystem(), &needle) {
                Some(rest) => consider(name.text(), name.bare(), rest, status),
                None => {
                    consider(name.bare(), name.bare(), &needle, status);
                    consider(name.text(), name.text(), &needle, status);
                }
            }
        }
    }
    best.filter(|best| best.score >= THRESHOLD)
        .or_else(|| containing(&needle))
}

/// The shortest variant name, reason phrase or bare name that contains
/// `needle` (lowercase, at least [`MIN_PART`] bytes), ignoring case; its
/// score is how much of it `needle` covers.
fn containing(needle: &str) -> Option<Suggestion> {
    if needle.len() < MIN_PART {
        return None;
    }
    let mut best: Option<Suggestion> = None;
    for &status in Status::ALL {
        let spellings = [status.variant_name(), status.reason_phrase()]
            .into_iter()
            .chain(status.names().iter().map(|name| name.bare()));
        for text in spellings {
            let shorter = best.is_none_or(|best| text.len() < best.text.len());
            if shorter && text.to_ascii_lowercase().contains(needle) {
                let score = needle.len() as f64 / text.len() as f64;
                best = Some(Suggestion {
                    text,
                    status,
                    score,
                });
            }
        }
    }
    best
}

/// `needle` (lowercase) without the first of `ecosystem`'s qualifiers it
/// starts with, ignoring case.
fn strip_qualifier(ecosystem: Ecosystem, needle: &str) -> Option<&str> {
    ecosystem.qualifiers().iter().find_map(|qualifier| {
        let head = needle.get(..qualifier.len())?;
        if head.eq_ignore_ascii_case(qualifier) {
            needle.get(qualifier.len()..)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(input: &str) -> Option<&'static str> {
        closest(input).map(|suggestion| suggestion.text)
    }

    #[test]
    fn typos_in_names_and_phrases() {
        assert_eq!(text(":failed_dependncy"), Some(":failed_dependency"));
        assert_eq!(
            text("http.StatusFailedDependancy"),
            Some("http.StatusFailedDependency")
        );
        assert_eq!(text("Failed Dependancy"), Some("Failed Dependency"));
        assert_eq!(text("FailedDependncy"), Some("FailedDependency"));
    }

    #[test]
    fn a_shared_qualifier_is_not_similarity() {
        assert_eq!(text("http.StatusFoo"), None);
        assert_eq!(text("HttpStatusCode.Banana"), None);
    }

    #[test]
    fn a_part_suggests_the_shortest_whole() {
        // Not "teapot": Python requests and Zig name 418 `teapot`.
        assert_eq!(text("gateway"), Some("BadGateway"));
        assert_eq!(text("protocols"), Some("SwitchingProtocols"));
        assert_eq!(text("pot"), None, "too short to look for");
    }

    #[test]
    fn nothing_close_means_no_suggestion() {
        assert_eq!(text("banana"), None);
        assert_eq!(text(""), None);
    }

    #[test]
    fn phrases_are_quoted_for_the_shell() {
        let suggestion = closest("Failed Dependancy").unwrap();
        assert_eq!(suggestion.display(), "\"Failed Dependency\"");
        assert_eq!(suggestion.status, Status::FailedDependency);
    }
}
