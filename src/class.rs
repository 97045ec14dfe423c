//! [`StatusClass`]: the five classes a status code's first digit picks.

use core::fmt;
use core::str::FromStr;

use crate::ParseClassError;

/// The class of a status, given by the first digit of its code
/// (RFC 9110, section 15).
///
/// ```
/// use statuscodes::{Status, StatusClass};
///
/// assert_eq!(Status::FailedDependency.class(), StatusClass::ClientError);
/// assert_eq!(StatusClass::ClientError.to_string(), "client error");
/// assert_eq!("4xx".parse(), Ok(StatusClass::ClientError));
/// assert_eq!("client_error".parse(), Ok(StatusClass::ClientError));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusClass {
    /// 1xx: the request was received and processing goes on.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Success,
    /// 3xx: the client must take further action to complete the request.
    Redirection,
    /// 4xx: the request is at fault.
    ClientError,
    /// 5xx: the server failed to fulfil a valid request.
    ServerError,
}

impl StatusClass {
    /// The five classes, in order.
    pub const ALL: &'static [StatusClass] = &[
        StatusClass::Informational,
        StatusClass::Success,
        StatusClass::Redirection,
        StatusClass::ClientError,
        StatusClass::ServerError,
    ];

    /// The class of any three-digit code, known or not; `None` outside
    /// 100–599.
    ///
    /// ```
    /// use statuscodes::StatusClass;
    ///
    /// assert_eq!(StatusClass::from_code(299), Some(StatusClass::Success));
    /// assert_eq!(StatusClass::from_code(600), None);
    /// ```
    pub const fn from_code(code: u16) -> Option<StatusClass> {
        match code {
            100..=199 => Some(StatusClass::Informational),
            200..=299 => Some(StatusClass::Success),
            300..=399 => Some(StatusClass::Redirection),
            400..=499 => Some(StatusClass::ClientError),
            500..=599 => Some(StatusClass::ServerError),
            _ => None,
        }
    }

    /// The codes of the class: `400..=499` for client errors.
    ///
    /// ```
    /// use statuscodes::StatusClass;
    ///
    /// assert!(StatusClass::ClientError.codes().contains(&424));
    /// ```
    pub const fn codes(self) -> core::ops::RangeInclusive<u16> {
        let first = self.digit() as u16 * 100;
        first..=first + 99
    }

    /// The first digit of the class's codes, 1 to 5.
    ///
    /// ```
    /// use statuscodes::StatusClass;
    ///
    /// assert_eq!(StatusClass::Redirection.digit(), 3);
    /// ```
    pub const fn digit(self) -> u8 {
        self as u8 + 1
    }

    /// The class as an identifier: `client_error`. `FromStr` takes it back,
    /// and the JSON export uses it.
    ///
    /// ```
    /// use statuscodes::StatusClass;
    ///
    /// assert_eq!(StatusClass::ServerError.id(), "server_error");
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            StatusClass::Informational => "informational",
            StatusClass::Success => "success",
            StatusClass::Redirection => "redirection",
            StatusClass::ClientError => "client_error",
            StatusClass::ServerError => "server_error",
        }
    }

    /// The class in words: `client error`.
    ///
    /// ```
    /// use statuscodes::StatusClass;
    ///
    /// assert_eq!(StatusClass::Informational.as_str(), "informational");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            StatusClass::Informational => "informational",
            StatusClass::Success => "success",
            StatusClass::Redirection => "redirection",
            StatusClass::ClientError => "client error",
            StatusClass::ServerError => "server error",
        }
    }
}

impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Parses `4xx` (any case), the [`id`](StatusClass::id) `client_error`, or
/// the words `client error`, ignoring ASCII case.
impl FromStr for StatusClass {
    type Err = ParseClassError;

    fn from_str(s: &str) -> Result<StatusClass, ParseClassError> {
        let bytes = s.as_bytes();
        if let [digit @ b'1'..=b'5', x, y] = bytes {
            if x.eq_ignore_ascii_case(&b'x') && y.eq_ignore_ascii_case(&b'x') {
                return Ok(StatusClass::ALL[usize::from(digit - b'1')]);
            }
        }
        StatusClass::ALL
            .iter()
            .copied()
            .find(|class| {
                s.eq_ignore_ascii_case(class.id()) || s.eq_ignore_ascii_case(class.as_str())
            })
            .ok_or_else(|| ParseClassError::new(s))
    }
}
