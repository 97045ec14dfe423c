//! [`Code`]: any three-digit status code, known to the crate or not.

use core::fmt;
use core::str::FromStr;

use crate::{CodeError, ParseStatusError, Status, StatusClass};

/// Any status code from 100 to 999, whether the crate knows it or not:
/// what a client has to carry when a server sends `299` or `701`.
///
/// [`Status`] names the codes the crate knows and refuses the others; `Code`
/// keeps every three-digit code without loss (the range `http::StatusCode`
/// accepts too), tells you the [`Status`] when there is one, and applies
/// RFC 9110's rule for the ones a client does not recognise
/// ([`understood_as`](Code::understood_as)).
///
/// ```
/// use statuscodes::{Code, Status, StatusClass};
///
/// let known = Code::from_u16(424).unwrap();
/// assert_eq!(known.status(), Some(Status::FailedDependency));
/// assert_eq!(known.to_string(), "424 Failed Dependency");
///
/// let unknown = Code::from_u16(299).unwrap();
/// assert_eq!(unknown.status(), None);
/// assert_eq!(unknown.to_string(), "299");
/// assert_eq!(unknown.class(), Some(StatusClass::Success));
/// assert_eq!(unknown.understood_as(), Status::Ok);
///
/// assert_eq!(Code::from_u16(1000), None);
/// ```
///
/// With the `serde` feature, a struct that holds a `Code` reads every
/// response, where one that holds a `Status` fails on a code the crate does
/// not know:
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use statuscodes::{Code, Status};
///
/// #[derive(serde::Deserialize)]
/// struct Reply {
///     status: Code,
/// }
///
/// let reply: Reply = serde_json::from_str(r#"{"status": 299}"#).unwrap();
/// assert_eq!(reply.status.code(), 299);
/// assert_eq!(reply.status.understood_as(), Status::Ok);
/// # }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code(u16);

impl Code {
    /// The lowest code, 100.
    pub const MIN: Code = Code(100);

    /// The highest code, 999.
    pub const MAX: Code = Code(999);

    /// The code, if `code` has three digits (100–999).
    ///
    /// ```
    /// use statuscodes::Code;
    ///
    /// assert_eq!(Code::from_u16(701).map(Code::code), Some(701));
    /// assert_eq!(Code::from_u16(99), None);
    /// ```
    pub const fn from_u16(code: u16) -> Option<Code> {
        if code >= 100 && code <= 999 {
            Some(Code(code))
        } else {
            None
        }
    }

    /// The number.
    ///
    /// ```
    /// use statuscodes::{Code, Status};
    ///
    /// assert_eq!(Code::from(Status::NotFound).code(), 404);
    /// ```
    pub const fn code(self) -> u16 {
        self.0
    }

    /// The status with this code, if the crate knows it.
    ///
    /// ```
    /// use statuscodes::{Code, Status};
    ///
    /// assert_eq!(Code::from_u16(404).unwrap().status(), Some(Status::NotFound));
    /// assert_eq!(Code::from_u16(471).unwrap().status(), None);
    /// ```
    pub const fn status(self) -> Option<Status> {
        Status::from_u16(self.0)
    }

    /// Whether the crate knows a status with this code.
    ///
    /// ```
    /// use statuscodes::Code;
    ///
    /// assert!(Code::from_u16(424).unwrap().is_known());
    /// assert!(!Code::from_u16(299).unwrap().is_known());
    /// ```
    pub const fn is_known(self) -> bool {
        self.status().is_some()
    }

    /// The class the first digit gives; `None` for 600–999, which RFC 9110
    /// (section 15) calls invalid: no class has them.
    ///
    /// ```
    /// use statuscodes::{Code, StatusClass};
    ///
    /// assert_eq!(Code::from_u16(471).unwrap().class(), Some(StatusClass::ClientError));
    /// assert_eq!(Code::from_u16(701).unwrap().class(), None);
    /// ```
    pub const fn class(self) -> Option<StatusClass> {
        StatusClass::from_code(self.0)
    }

    /// The status a client treats this code as, by RFC 9110, section 15:
    /// a known code is its own status; a client that does not recognise a
    /// code treats it as the x00 status of its class (471 as 400 Bad
    /// Request); and a code outside 100–599 is invalid, to be handled like a
    /// server error, so it is 500 Internal Server Error here.
    ///
    /// "Recognise" means known to this crate. A client that knows fewer
    /// codes than the crate applies the rule to more of them.
    ///
    /// ```
    /// use statuscodes::{Code, Status};
    ///
    /// let understood = |code| Code::from_u16(code).unwrap().understood_as();
    /// assert_eq!(understood(424), Status::FailedDependency);
    /// assert_eq!(understood(471), Status::BadRequest);
    /// assert_eq!(understood(299), Status::Ok);
    /// assert_eq!(understood(701), Status::InternalServerError);
    /// ```
    pub const fn understood_as(self) -> Status {
        if let Some(status) = self.status() {
            return status;
        }
        match self.class() {
            Some(StatusClass::Informational) => Status::Continue,
            Some(StatusClass::Success) => Status::Ok,
            Some(StatusClass::Redirection) => Status::MultipleChoices,
            Some(StatusClass::ClientError) => Status::BadRequest,
            Some(StatusClass::ServerError) | None => Status::InternalServerError,
        }
    }

    /// The reason phrase, if the crate knows the code.
    ///
    /// ```
    /// use statuscodes::Code;
    ///
    /// assert_eq!(Code::from_u16(424).unwrap().reason_phrase(), Some("Failed Dependency"));
    /// assert_eq!(Code::from_u16(299).unwrap().reason_phrase(), None);
    /// ```
    pub const fn reason_phrase(self) -> Option<&'static str> {
        match self.status() {
            Some(status) => Some(status.reason_phrase()),
            None => None,
        }
    }
}

impl From<Status> for Code {
    fn from(status: Status) -> Code {
        Code(status.code())
    }
}

impl From<Code> for u16 {
    fn from(code: Code) -> u16 {
        code.0
    }
}

/// Fails, with a [`CodeError`], outside 100–999.
///
/// ```
/// use statuscodes::Code;
///
/// assert_eq!(Code::try_from(299).unwrap().code(), 299);
/// assert_eq!(
///     Code::try_from(1000).unwrap_err().to_string(),
///     "status code must be 100–999, got 1000"
/// );
/// ```
impl TryFrom<u16> for Code {
    type Error = CodeError;

    fn try_from(code: u16) -> Result<Code, CodeError> {
        Code::from_u16(code).ok_or(CodeError::new(code))
    }
}

/// Fails, with a [`CodeError`], when the crate does not know the code.
///
/// ```
/// use statuscodes::{Code, Status};
///
/// let code = Code::from_u16(299).unwrap();
/// assert_eq!(
///     Status::try_from(code).unwrap_err().to_string(),
///     "unknown HTTP status code 299"
/// );
/// ```
impl TryFrom<Code> for Status {
    type Error = CodeError;

    fn try_from(code: Code) -> Result<Status, CodeError> {
        code.status().ok_or(CodeError::new(code.0))
    }
}

impl PartialEq<u16> for Code {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Code> for u16 {
    fn eq(&self, other: &Code) -> bool {
        *self == other.0
    }
}

impl PartialEq<Status> for Code {
    fn eq(&self, other: &Status) -> bool {
        self.0 == other.code()
    }
}

impl PartialEq<Code> for Status {
    fn eq(&self, other: &Code) -> bool {
        self.code() == other.0
    }
}

/// A known code as [`Status`] writes it (`424 Failed Dependency`); any
/// other as its number alone (`299`).
impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.status() {
            Some(status) => fmt::Display::fmt(&status, f),
            None => write!(f, "{}", self.0),
        }
    }
}

/// Takes three digits from 100 to 999, known or not, or anything that
/// [`Status`]'s `FromStr` takes (a variant name, a reason phrase, a code and
/// its phrase), so that [`Display`](fmt::Display) output parses back.
///
/// ```
/// use statuscodes::{Code, Status};
///
/// assert_eq!("299".parse::<Code>().unwrap().code(), 299);
/// assert_eq!("Failed Dependency".parse::<Code>().unwrap(), Status::FailedDependency);
/// assert_eq!(
///     "1000".parse::<Code>().unwrap_err().to_string(),
///     "status code must be 100–999, got 1000"
/// );
/// ```
impl FromStr for Code {
    type Err = ParseStatusError;

    fn from_str(input: &str) -> Result<Code, ParseStatusError> {
        match crate::parse::three_digits(input.as_bytes()) {
            Some(code) => Ok(Code(code)),
            None => input.parse::<Status>().map(Code::from),
        }
    }
}
