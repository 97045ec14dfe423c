//! The crate's error types. Each says exactly what was wrong, allocates
//! nothing, and works without `std`.

use core::fmt;

use crate::{Ecosystem, GrpcCode, Name, Release, RetryPolicy, Status};

/// The error of converting a number into a [`Status`](crate::Status).
///
/// ```
/// use statuscodes::Status;
///
/// let error = Status::try_from(299).unwrap_err();
/// assert_eq!(error.to_string(), "unknown HTTP status code 299");
/// assert!(!error.is_out_of_range());
///
/// let error = Status::try_from(1000).unwrap_err();
/// assert_eq!(error.to_string(), "status code must be 100–999, got 1000");
/// assert_eq!(error.code(), 1000);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CodeError {
    code: u16,
}

impl CodeError {
    pub(crate) const fn new(code: u16) -> CodeError {
        CodeError { code }
    }

    /// The number that was not a known status.
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// Whether the number lies outside 100–999, the range of three-digit
    /// status codes, rather than being a three-digit code the crate does not
    /// know.
    pub const fn is_out_of_range(&self) -> bool {
        self.code < 100 || self.code > 999
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_out_of_range() {
            write!(f, "status code must be 100–999, got {}", self.code)
        } else {
            write!(f, "unknown HTTP status code {}", self.code)
        }
    }
}

impl core::error::Error for CodeError {}

/// What went wrong when parsing a [`Status`](crate::Status) from a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseStatusErrorKind {
    /// The string was empty.
    Empty,
    /// The string was a number outside 100–999.
    OutOfRange,
    /// The string was a three-digit code the crate does not know.
    UnknownCode,
    /// The string was neither a code nor a variant name nor a reason phrase.
    UnknownName,
    /// The string was a known code followed by a phrase that is not its
    /// reason phrase, as in `"404 Gone"`.
    PhraseMismatch,
    /// The string started with digits followed by something that is
    /// neither a digit nor the space before a reason phrase, as in `"4O4"`
    /// or `"404abc"`.
    InvalidCharacter,
    /// The string was longer than any status could be written.
    TooLong,
}

/// The error of parsing a [`Status`](crate::Status) from a string.
///
/// It keeps the first 48 bytes of the input for its message, so it needs no
/// allocation.
///
/// ```
/// use statuscodes::{ParseStatusErrorKind, Status};
///
/// let error = "Failed Dependncy".parse::<Status>().unwrap_err();
/// assert_eq!(error.kind(), ParseStatusErrorKind::UnknownName);
/// assert_eq!(
///     error.to_string(),
///     "unknown HTTP status \"Failed Dependncy\": expected a code, a variant name or a reason phrase"
/// );
/// assert_eq!(
///     "404 Gone".parse::<Status>().unwrap_err().to_string(),
///     "\"404 Gone\": 404 is \"Not Found\", not \"Gone\""
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseStatusError {
    kind: ParseStatusErrorKind,
    input: Snippet,
    /// How long the input was, in bytes.
    len: usize,
    /// How many digits it started with.
    digits: usize,
    /// The number those digits make, where it fits a `u16`.
    code: Option<u16>,
    /// For `InvalidCharacter`: the character after the digits.
    found: char,
}

impl ParseStatusError {
    pub(crate) fn new(kind: ParseStatusErrorKind, input: &str) -> ParseStatusError {
        ParseStatusError {
            kind,
            input: Snippet::new(input),
            len: input.len(),
            digits: 0,
            code: None,
            found: ' ',
        }
    }

    pub(crate) fn too_long(input: &str) -> ParseStatusError {
        ParseStatusError::new(ParseStatusErrorKind::TooLong, input)
    }

    /// `input` starts with the digits `number`, which are not a known code.
    pub(crate) fn with_number(
        kind: ParseStatusErrorKind,
        input: &str,
        number: &str,
    ) -> ParseStatusError {
        ParseStatusError {
            digits: number.len(),
            code: number.parse().ok(),
            ..ParseStatusError::new(kind, input)
        }
    }

    pub(crate) fn phrase_mismatch(input: &str, code: u16) -> ParseStatusError {
        ParseStatusError {
            digits: 3,
            code: Some(code),
            ..ParseStatusError::new(ParseStatusErrorKind::PhraseMismatch, input)
        }
    }

    pub(crate) fn invalid_character(input: &str, number: &str, found: char) -> ParseStatusError {
        ParseStatusError {
            found,
            ..ParseStatusError::with_number(ParseStatusErrorKind::InvalidCharacter, input, number)
        }
    }

    /// What went wrong.
    pub const fn kind(&self) -> ParseStatusErrorKind {
        self.kind
    }

    /// The input, or its first 48 bytes when it was longer (cut at a
    /// character boundary; [`is_input_cut`](ParseStatusError::is_input_cut)
    /// says so).
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert_eq!("404 Gone".parse::<Status>().unwrap_err().input(), "404 Gone");
    /// ```
    pub fn input(&self) -> &str {
        self.input.as_str()
    }

    /// Whether [`input`](ParseStatusError::input) is only the start of the
    /// input.
    pub const fn is_input_cut(&self) -> bool {
        self.input.truncated
    }

    /// The number the input started with, where it fits a `u16`: the code
    /// of `"404 Gone"`, the unknown `299`, the out-of-range `1000`.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert_eq!("404 Gone".parse::<Status>().unwrap_err().code(), Some(404));
    /// assert_eq!("299".parse::<Status>().unwrap_err().code(), Some(299));
    /// assert_eq!("Teapot".parse::<Status>().unwrap_err().code(), None);
    /// ```
    pub const fn code(&self) -> Option<u16> {
        self.code
    }

    /// The digits the input started with, as the snippet keeps them.
    fn leading_digits(&self) -> &str {
        let input = self.input.as_str();
        input.get(..self.digits).unwrap_or(input)
    }

    /// Whether the input was the number alone.
    fn is_number_alone(&self) -> bool {
        self.digits == self.len
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = &self.input;
        match self.kind {
            ParseStatusErrorKind::Empty => f.write_str("an empty string is not an HTTP status"),
            ParseStatusErrorKind::TooLong => write!(
                f,
                "{input:?} is not an HTTP status: {} bytes, longer than any status is written",
                self.len
            ),
            ParseStatusErrorKind::OutOfRange if self.is_number_alone() => {
                write!(f, "status code must be 100–999, got {input}")
            }
            ParseStatusErrorKind::OutOfRange => write!(
                f,
                "{input:?}: status code must be 100–999, got {}",
                self.leading_digits()
            ),
            ParseStatusErrorKind::UnknownCode if self.is_number_alone() => {
                write!(f, "unknown HTTP status code {input}")
            }
            ParseStatusErrorKind::UnknownCode => {
                write!(f, "{input:?}: unknown HTTP status code {}", self.leading_digits())
            }
            ParseStatusErrorKind::InvalidCharacter => write!(
                f,
                "{input:?} is not an HTTP status: {:?} after {:?} is neither a digit nor the space before a reason phrase",
                self.found,
                self.leading_digits()
            ),
            ParseStatusErrorKind::UnknownName => write!(
                f,
                "unknown HTTP status {input:?}: expected a code, a variant name or a reason phrase"
            ),
            ParseStatusErrorKind::PhraseMismatch => {
                let code = self.code.unwrap_or(0);
                let expected = crate::Status::from_u16(code).map_or("", |s| s.reason_phrase());
                let given = input.as_str().get(4..).unwrap_or("");
                if given.is_empty() && !input.truncated {
                    write!(f, "{input:?}: {code} is {expected:?}, but no phrase follows the space")
                } else {
                    write!(f, "{input:?}: {code} is {expected:?}, not {given:?}")
                }
            }
        }
    }
}

impl core::error::Error for ParseStatusError {}

/// The error of parsing an [`Ecosystem`] from its id, an alias or its name.
///
/// ```
/// use statuscodes::Ecosystem;
///
/// let error = "cobol".parse::<Ecosystem>().unwrap_err();
/// assert!(error.to_string().starts_with("unknown ecosystem \"cobol\": expected one of rails, "));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseEcosystemError {
    input: Snippet,
}

impl ParseEcosystemError {
    pub(crate) fn new(input: &str) -> ParseEcosystemError {
        ParseEcosystemError {
            input: Snippet::new(input),
        }
    }
}

impl fmt::Display for ParseEcosystemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown ecosystem {:?}: expected one of ", self.input)?;
        for (i, ecosystem) in Ecosystem::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(ecosystem.id())?;
        }
        Ok(())
    }
}

impl core::error::Error for ParseEcosystemError {}

/// The error of parsing a [`RetryPolicy`] from its id.
///
/// ```
/// use statuscodes::RetryPolicy;
///
/// let error = "curl".parse::<RetryPolicy>().unwrap_err();
/// assert!(error.to_string().starts_with("unknown retry policy \"curl\": expected one of urllib3, "));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseRetryPolicyError {
    input: Snippet,
}

impl ParseRetryPolicyError {
    pub(crate) fn new(input: &str) -> ParseRetryPolicyError {
        ParseRetryPolicyError {
            input: Snippet::new(input),
        }
    }
}

impl fmt::Display for ParseRetryPolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown retry policy {:?}: expected one of ", self.input)?;
        for (i, policy) in RetryPolicy::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(policy.id())?;
        }
        Ok(())
    }
}

impl core::error::Error for ParseRetryPolicyError {}

/// The error of parsing a [`GrpcCode`] from its name or number.
///
/// ```
/// use statuscodes::GrpcCode;
///
/// let error = "17".parse::<GrpcCode>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "unknown gRPC code \"17\": expected a name such as NOT_FOUND or a number from 0 to 16"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseGrpcCodeError {
    input: Snippet,
}

impl ParseGrpcCodeError {
    pub(crate) fn new(input: &str) -> ParseGrpcCodeError {
        ParseGrpcCodeError {
            input: Snippet::new(input),
        }
    }
}

impl fmt::Display for ParseGrpcCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown gRPC code {:?}: expected a name such as NOT_FOUND or a number from 0 to {}",
            self.input,
            GrpcCode::ALL.len().saturating_sub(1)
        )
    }
}

impl core::error::Error for ParseGrpcCodeError {}

/// The error of parsing a [`StatusClass`](crate::StatusClass).
///
/// ```
/// use statuscodes::StatusClass;
///
/// let error = "6xx".parse::<StatusClass>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "unknown status class \"6xx\": expected 1xx to 5xx or informational, success, redirection, client_error, server_error"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseClassError {
    input: Snippet,
}

impl ParseClassError {
    pub(crate) fn new(input: &str) -> ParseClassError {
        ParseClassError {
            input: Snippet::new(input),
        }
    }
}

impl fmt::Display for ParseClassError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown status class {:?}: expected 1xx to 5xx or informational, success, redirection, client_error, server_error",
            self.input
        )
    }
}

impl core::error::Error for ParseClassError {}

/// The start of an input string, kept inline so errors need no allocation.
/// Longer input is cut at a character boundary and shown with a `…`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Snippet {
    bytes: [u8; Snippet::CAPACITY],
    len: u8,
    truncated: bool,
}

impl Snippet {
    const CAPACITY: usize = 48;

    pub(crate) fn new(input: &str) -> Snippet {
        let mut len = input.len().min(Self::CAPACITY);
        while !input.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; Self::CAPACITY];
        bytes[..len].copy_from_slice(&input.as_bytes()[..len]);
        Snippet {
            bytes,
            len: len as u8,
            truncated: len < input.len(),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        // The bytes were cut from a `&str` at a character boundary.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

impl fmt::Display for Snippet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())?;
        if self.truncated {
            f.write_str("…")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Snippet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.as_str().chars() {
            for e in c.escape_debug() {
                fmt::Write::write_char(f, e)?;
            }
        }
        if self.truncated {
            f.write_str("…")?;
        }
        f.write_str("\"")
    }
}

/// The error of parsing a [`Release`](crate::Release).
///
/// ```
/// use statuscodes::Release;
///
/// let error = "go1.22".parse::<Release>().unwrap_err();
/// assert_eq!(error.input(), "go1.22");
/// assert!(error.to_string().starts_with("\"go1.22\" is not a release"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseReleaseError {
    input: Snippet,
}

impl ParseReleaseError {
    pub(crate) fn new(input: &str) -> ParseReleaseError {
        ParseReleaseError {
            input: Snippet::new(input),
        }
    }

    /// The input, cut to its first 48 bytes.
    pub fn input(&self) -> &str {
        self.input.as_str()
    }
}

impl fmt::Display for ParseReleaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a release: write one to four dot-separated numbers, such as 6.2 or 1.4.0 (pre-release and build suffixes are not recorded)",
            self.input
        )
    }
}

impl core::error::Error for ParseReleaseError {}

/// Why [`Status::name_at`](crate::Status::name_at) has no name to give.
///
/// ```
/// use statuscodes::{Ecosystem, Release, Status};
///
/// let error = Status::EarlyHints
///     .name_at(Ecosystem::RustHttp, Release::new([1, 3, 0, 0], 2))
///     .unwrap_err();
/// assert!(!error.is_not_covered());
/// assert_eq!(
///     error.to_string(),
///     "Rust http crate 1.3 has no name for 103 Early Hints (http::StatusCode::EARLY_HINTS is new in 1.4.0)"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameAtError {
    status: Status,
    ecosystem: Ecosystem,
    release: Release,
    not_covered: bool,
}

impl NameAtError {
    pub(crate) const fn not_covered(
        status: Status,
        ecosystem: Ecosystem,
        release: Release,
    ) -> NameAtError {
        NameAtError {
            status,
            ecosystem,
            release,
            not_covered: true,
        }
    }

    pub(crate) const fn no_name(
        status: Status,
        ecosystem: Ecosystem,
        release: Release,
    ) -> NameAtError {
        NameAtError {
            status,
            ecosystem,
            release,
            not_covered: false,
        }
    }

    /// The status that was asked about.
    pub const fn status(&self) -> Status {
        self.status
    }

    /// The ecosystem that was asked about.
    pub const fn ecosystem(&self) -> Ecosystem {
        self.ecosystem
    }

    /// The release that was asked about.
    pub const fn release(&self) -> Release {
        self.release
    }

    /// Whether the release is older than the oldest the registry covers
    /// for the ecosystem, so the registry cannot say what it had; otherwise
    /// the release has no name for the status.
    pub const fn is_not_covered(&self) -> bool {
        self.not_covered
    }

    /// The first name a later release added for the status, if any.
    pub fn later(&self) -> Option<Name> {
        let release = self.release;
        self.status
            .names_in(self.ecosystem)
            .filter(|name| name.since().is_some_and(|since| since > release))
            .min_by_key(|name| name.since())
    }

    /// The last name an earlier release had for the status, before a
    /// release up to this one removed it.
    pub fn earlier(&self) -> Option<Name> {
        let release = self.release;
        self.status
            .names_in(self.ecosystem)
            .filter(|name| name.removed_in().is_some_and(|removed| removed <= release))
            .max_by_key(|name| name.removed_in())
    }
}

impl fmt::Display for NameAtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ecosystem = self.ecosystem;
        if self.not_covered {
            return write!(
                f,
                "the registry covers {} from release {} on, so it cannot say what {} had",
                ecosystem.name(),
                ecosystem.oldest_release(),
                self.release
            );
        }
        write!(
            f,
            "{} {} has no name for {}",
            ecosystem.name(),
            self.release,
            self.status
        )?;
        match (self.later(), self.earlier()) {
            (Some(later), _) => write!(
                f,
                " ({} is new in {})",
                later.text(),
                later.since().unwrap_or(self.release)
            ),
            (None, Some(earlier)) => write!(
                f,
                " ({} was removed in {})",
                earlier.text(),
                earlier.removed_in().unwrap_or(self.release)
            ),
            (None, None) => Ok(()),
        }
    }
}

impl core::error::Error for NameAtError {}
