//! [`Status::resolve`]: the one resolver for any text a person pastes.

use core::fmt;
use core::iter::FusedIterator;

use crate::{
    Ecosystem, Lookup, Meaning, Name, ParseStatusError, ParseStatusErrorKind, Status, StatusClass,
};

/// Input longer than this names no status: every code, phrase and name is
/// far shorter, so longer input is refused before it is looked at.
const MAX_INPUT: usize = 256;

/// The paths under which Rust crates re-export the `http` crate's
/// `StatusCode`; `http::` itself is the `rust-http` ecosystem's prefix.
const RUST_REEXPORTS: [&str; 6] = [
    "reqwest::",
    "axum::http::",
    "actix_web::http::",
    "hyper::http::",
    "hyper::",
    "warp::http::",
];

/// How [`Status::resolve`] understood its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Form {
    /// A three-digit code: `424`.
    Code,
    /// The crate's variant name or reason phrase, ignoring ASCII case:
    /// `FailedDependency`, `failed dependency`; or both with the code:
    /// `424 Failed Dependency`.
    Crate,
    /// A code and an ecosystem's own reason phrase for it:
    /// `413 Request Entity Too Large`.
    CodeAndEcosystemPhrase,
    /// A status line as `curl -i` prints it: `HTTP/1.1 404 Not Found`,
    /// `HTTP/2 404`. The reason phrase, if any, is not checked: RFC 9112
    /// (section 4) tells clients to ignore it.
    StatusLine,
    /// Ecosystems' names, exactly as written, qualified or bare:
    /// `:unprocessable_entity`, `StatusTeapot`, `reqwest::StatusCode::OK`.
    Name,
    /// Ecosystems' names or own reason phrases, ignoring ASCII case:
    /// `statusteapot`, `Request Entity Too Large`.
    IgnoringCase,
}

/// The status some text means, and how it was understood; see
/// [`Status::resolve`].
#[derive(Debug, Clone)]
pub struct Resolved<'a> {
    status: Status,
    form: Form,
    matches: Matches<'a>,
}

impl<'a> Resolved<'a> {
    /// The status.
    pub const fn status(&self) -> Status {
        self.status
    }

    /// How the input was understood.
    pub const fn form(&self) -> Form {
        self.form
    }

    /// The ecosystems' names or phrases that matched, for the forms that
    /// match them ([`Form::Name`], [`Form::IgnoringCase`],
    /// [`Form::CodeAndEcosystemPhrase`], and a [`Form::StatusLine`] whose
    /// phrase is an ecosystem's); empty for the others.
    pub fn matches(&self) -> Matches<'a> {
        self.matches.clone()
    }

    /// What the input means: the meaning its matches share, which is the
    /// status's own unless an ecosystem gives the code another one
    /// (`SC_INSUFFICIENT_SPACE_ON_RESOURCE` is 419, but not Page Expired).
    pub fn meaning(&self) -> Meaning {
        self.matches
            .clone()
            .next()
            .map_or(self.status.meaning(), |hit| hit.meaning())
    }
}

/// One ecosystem's name or reason phrase that an input matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Match {
    /// A name, with its releases and meaning.
    Name(Name),
    /// An ecosystem's own reason phrase for a status.
    Phrase {
        /// The ecosystem.
        ecosystem: Ecosystem,
        /// The status the phrase belongs to.
        status: Status,
        /// The phrase.
        text: &'static str,
    },
}

impl Match {
    /// The ecosystem whose name or phrase matched.
    pub const fn ecosystem(&self) -> Ecosystem {
        match self {
            Match::Name(name) => name.ecosystem(),
            Match::Phrase { ecosystem, .. } => *ecosystem,
        }
    }

    /// The status it stands for.
    pub const fn status(&self) -> Status {
        match self {
            Match::Name(name) => name.status(),
            Match::Phrase { status, .. } => *status,
        }
    }

    /// The name as written in code, or the phrase.
    pub const fn text(&self) -> &'static str {
        match self {
            Match::Name(name) => name.text(),
            Match::Phrase { text, .. } => text,
        }
    }

    /// The name, where a name matched.
    pub const fn name(&self) -> Option<Name> {
        match self {
            Match::Name(name) => Some(*name),
            Match::Phrase { .. } => None,
        }
    }

    /// What the ecosystem means by it.
    pub fn meaning(&self) -> Meaning {
        match self {
            Match::Name(name) => name.meaning(),
            Match::Phrase {
                ecosystem, status, ..
            } => status
                .reason_meaning_in(*ecosystem)
                .unwrap_or(status.meaning()),
        }
    }
}

/// The ecosystems' names and phrases an input matched; see
/// [`Resolved::matches`] and [`ResolveError::Ambiguous`]. It matches
/// again as it goes, so it allocates nothing.
#[derive(Debug, Clone)]
pub struct Matches<'a>(MatchesRepr<'a>);

#[derive(Debug, Clone)]
enum MatchesRepr<'a> {
    None,
    Exact(Lookup<'a>),
    Loose {
        key: &'a str,
        /// Only this status's names and phrases, when the code is known.
        only: Option<Status>,
        /// Only phrases, not names.
        phrases_only: bool,
        status: usize,
        name: usize,
        phrase: usize,
    },
}

impl<'a> Matches<'a> {
    const fn none() -> Matches<'a> {
        Matches(MatchesRepr::None)
    }

    fn loose(key: &'a str, only: Option<Status>, phrases_only: bool) -> Matches<'a> {
        Matches(MatchesRepr::Loose {
            key,
            only,
            phrases_only,
            status: 0,
            name: 0,
            phrase: 0,
        })
    }
}

impl Iterator for Matches<'_> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        match &mut self.0 {
            MatchesRepr::None => None,
            MatchesRepr::Exact(lookup) => lookup.next().map(Match::Name),
            MatchesRepr::Loose {
                key,
                only,
                phrases_only,
                status,
                name,
                phrase,
            } => loop {
                let current = match only {
                    Some(only) => (*status == 0).then_some(*only),
                    None => Status::ALL.get(*status).copied(),
                }?;
                if !*phrases_only {
                    let names = current.names();
                    while let Some(candidate) = names.get(*name) {
                        *name += 1;
                        if name_matches_ignoring_case(candidate, key) {
                            return Some(Match::Name(*candidate));
                        }
                    }
                }
                let phrases = crate::tables::Phrase::of(current.index());
                while let Some(candidate) = phrases.get(*phrase) {
                    *phrase += 1;
                    if candidate.text().eq_ignore_ascii_case(key) {
                        return Some(Match::Phrase {
                            ecosystem: candidate.ecosystem(),
                            status: current,
                            text: candidate.text(),
                        });
                    }
                }
                *status += 1;
                *name = 0;
                *phrase = 0;
            },
        }
    }
}

impl FusedIterator for Matches<'_> {}

/// Whether `input` is `name`, ignoring ASCII case: its whole text, its
/// bare identifier, or the bare identifier behind any qualifier its
/// ecosystem writes.
fn name_matches_ignoring_case(name: &Name, input: &str) -> bool {
    let bare = name.bare();
    name.text().eq_ignore_ascii_case(input)
        || bare.eq_ignore_ascii_case(input)
        || name.ecosystem().qualifiers().iter().any(|qualifier| {
            input
                .get(..qualifier.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(qualifier))
                && input
                    .get(qualifier.len()..)
                    .is_some_and(|rest| rest.eq_ignore_ascii_case(bare))
        })
}

/// Why [`Status::resolve`] found no single status.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ResolveError<'a> {
    /// The input was empty or blank.
    Empty,
    /// The input was longer than any status's code, phrase or name.
    TooLong {
        /// Its length in bytes.
        len: usize,
    },
    /// A code that is out of range or unknown, or a code followed by a
    /// phrase that is not its own: the error says which.
    Invalid(ParseStatusError),
    /// A class of statuses (`4xx`, `client error`) rather than one status.
    Class(StatusClass),
    /// Names that different ecosystems give to different statuses, or to
    /// one code in different meanings: every candidate.
    Ambiguous {
        /// The input.
        input: &'a str,
        /// Every candidate.
        candidates: Matches<'a>,
    },
    /// Nothing matched.
    Unknown {
        /// The input.
        input: &'a str,
    },
}

impl fmt::Display for ResolveError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResolveError::Empty => f.write_str("an empty string is not an HTTP status"),
            ResolveError::TooLong { len } => write!(
                f,
                "{len} bytes is longer than any HTTP status code, phrase or name"
            ),
            ResolveError::Invalid(error) => fmt::Display::fmt(error, f),
            ResolveError::Class(class) => {
                write!(f, "{} is a class of statuses, not one status", class)
            }
            ResolveError::Ambiguous { input, .. } => write!(
                f,
                "{input:?} is ambiguous: ecosystems use it for different statuses or meanings"
            ),
            ResolveError::Unknown { input } => write!(
                f,
                "unknown HTTP status {input:?}: not a code, a status line, a reason phrase, or any ecosystem's name"
            ),
        }
    }
}

impl core::error::Error for ResolveError<'_> {}

impl Status {
    /// The status any text a person pastes means: everything the
    /// `statuscodes` command accepts. The first step that matches decides:
    ///
    /// 1. a status line, `HTTP/1.1 404 Not Found` or `HTTP/2 404`
    ///    ([`Form::StatusLine`]);
    /// 2. what [`FromStr`](core::str::FromStr) takes: a code, the crate's
    ///    variant name or reason phrase, or code and phrase, ignoring ASCII
    ///    case ([`Form::Code`], [`Form::Crate`]); a code followed by an
    ///    ecosystem's own phrase for it, `413 Request Entity Too Large`
    ///    ([`Form::CodeAndEcosystemPhrase`]);
    /// 3. any ecosystem's name exactly as written, qualified or bare, also
    ///    under the paths where Rust crates re-export the `http` crate
    ///    (`reqwest::`, `axum::http::`, `actix_web::http::`, `hyper::`)
    ///    ([`Form::Name`]);
    /// 4. ecosystems' names and own reason phrases, ignoring ASCII case
    ///    ([`Form::IgnoringCase`]).
    ///
    /// Steps 3 and 4 can match in several ecosystems. When every match is
    /// the same status in the same meaning, that is the answer, and
    /// [`Resolved::matches`] lists them; otherwise the input is
    /// [ambiguous](ResolveError::Ambiguous). Surrounding whitespace is
    /// ignored. Nothing allocates.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Form, Status};
    ///
    /// for input in ["404", "not found", "HTTP/1.1 404 Not Found", "HTTP/2 404",
    ///               "http.StatusNotFound", ":not_found", "reqwest::StatusCode::NOT_FOUND"] {
    ///     assert_eq!(Status::resolve(input).unwrap().status(), Status::NotFound, "{input}");
    /// }
    ///
    /// let resolved = Status::resolve(":unprocessable_entity").unwrap();
    /// assert_eq!(resolved.form(), Form::Name);
    /// let hit = resolved.matches().next().unwrap();
    /// assert_eq!(hit.ecosystem(), Ecosystem::Rails);
    /// assert!(hit.name().unwrap().is_deprecated());
    ///
    /// let error = Status::resolve("299").unwrap_err();
    /// assert_eq!(error.to_string(), "unknown HTTP status code 299");
    /// ```
    pub fn resolve(input: &str) -> Result<Resolved<'_>, ResolveError<'_>> {
        let input = input.trim();
        if input.is_empty() {
            return Err(ResolveError::Empty);
        }
        if input.len() > MAX_INPUT {
            return Err(ResolveError::TooLong { len: input.len() });
        }
        let resolved = |status, form, matches| Resolved {
            status,
            form,
            matches,
        };
        if let Some(line) = status_line(input) {
            let (status, phrase) = line?;
            let matches = match phrase {
                Some(phrase) if !phrase.eq_ignore_ascii_case(status.reason_phrase()) => {
                    Matches::loose(phrase, Some(status), true)
                }
                _ => Matches::none(),
            };
            return Ok(resolved(status, Form::StatusLine, matches));
        }
        let parse_error = match input.parse::<Status>() {
            Ok(status) => {
                let form = if input.bytes().all(|b| b.is_ascii_digit()) {
                    Form::Code
                } else {
                    Form::Crate
                };
                return Ok(resolved(status, form, Matches::none()));
            }
            Err(error) => error,
        };
        if parse_error.kind() == ParseStatusErrorKind::PhraseMismatch {
            // "413 Request Entity Too Large": the code and an ecosystem's
            // phrase for it.
            if let Some((status, phrase)) = code_and_phrase(input) {
                let matches = Matches::loose(phrase, Some(status), true);
                if matches.clone().next().is_some() {
                    return Ok(resolved(status, Form::CodeAndEcosystemPhrase, matches));
                }
            }
            return Err(ResolveError::Invalid(parse_error));
        }
        if matches!(
            parse_error.kind(),
            ParseStatusErrorKind::OutOfRange | ParseStatusErrorKind::UnknownCode
        ) && input.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(ResolveError::Invalid(parse_error));
        }
        let key = strip_rust_reexport(input);
        for (form, matches) in [
            (Form::Name, Matches(MatchesRepr::Exact(Status::lookup(key)))),
            (Form::IgnoringCase, Matches::loose(key, None, false)),
        ] {
            match decide(matches.clone()) {
                Some(Ok(status)) => return Ok(resolved(status, form, matches)),
                Some(Err(())) => {
                    return Err(ResolveError::Ambiguous {
                        input,
                        candidates: matches,
                    })
                }
                None => {}
            }
        }
        if let Ok(class) = input.parse::<StatusClass>() {
            return Err(ResolveError::Class(class));
        }
        match parse_error.kind() {
            // Not a code, and no ecosystem's name either (names can be
            // longer than any status, and some start like a code).
            ParseStatusErrorKind::UnknownName
            | ParseStatusErrorKind::InvalidCharacter
            | ParseStatusErrorKind::TooLong => Err(ResolveError::Unknown { input }),
            _ => Err(ResolveError::Invalid(parse_error)),
        }
    }
}

/// `None` when nothing matched; `Some(Ok(status))` when every match is
/// that status in one meaning; `Some(Err(()))` when they disagree.
fn decide(mut matches: Matches<'_>) -> Option<Result<Status, ()>> {
    let first = matches.next()?;
    let meaning = first.meaning();
    Some(
        if matches.all(|hit| hit.status() == first.status() && hit.meaning() == meaning) {
            Ok(first.status())
        } else {
            Err(())
        },
    )
}

/// `HTTP/1.1 404 Not Found` as the status and the phrase after the code;
/// `None` when the input does not start like a status line.
fn status_line(input: &str) -> Option<Result<(Status, Option<&str>), ResolveError<'_>>> {
    let head = input.get(..5)?;
    if !head.eq_ignore_ascii_case("http/") {
        return None;
    }
    let rest = &input[5..];
    let version_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    if version_len == 0 {
        return None;
    }
    let rest = rest[version_len..].strip_prefix(' ')?.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (number, phrase) = rest.split_at(digits);
    let phrase = match phrase {
        "" => None,
        other => Some(other.strip_prefix(' ')?.trim()),
    };
    Some(
        number
            .parse::<Status>()
            .map(|status| (status, phrase.filter(|p| !p.is_empty())))
            .map_err(ResolveError::Invalid),
    )
}

/// `413 Request Entity Too Large` as the status and the phrase.
fn code_and_phrase(input: &str) -> Option<(Status, &str)> {
    let (number, phrase) = input.split_once(' ')?;
    Some((number.parse().ok()?, phrase.trim()))
}

/// `reqwest::StatusCode::OK` as `StatusCode::OK`, which the `rust-http`
/// ecosystem accepts; other input as it is.
fn strip_rust_reexport(input: &str) -> &str {
    RUST_REEXPORTS
        .iter()
        .find_map(|path| {
            input
                .strip_prefix(path)
                .filter(|rest| rest.starts_with("StatusCode::"))
        })
        .unwrap_or(input)
}
