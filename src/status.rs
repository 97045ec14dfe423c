//! The hand-written half of [`Status`]: conversions, facts and formatting
//! over the generated enum and tables.

use core::fmt;

use crate::generated::{ALL, DESCRIPTIONS, FACTS, PHRASES, SPECS, VARIANT_NAMES};
use crate::tables::StatusFacts;
use crate::{CodeError, Spec, Standing, Status, StatusClass};

/// For each code from 100 to 999, its index in `ALL` (and in every table
/// of `generated.rs`), or `NONE`. Built at compile time, so `from_u16` is
/// one load and a compare.
const INDEX_BY_CODE: &[u8; 900] = &{
    assert!(
        ALL.len() < NONE as usize,
        "too many statuses for a u8 index"
    );
    let mut table = [NONE; 900];
    let mut i = 0;
    while i < ALL.len() {
        table[ALL[i] as usize - 100] = i as u8;
        i += 1;
    }
    table
};

const NONE: u8 = u8::MAX;

const fn generated_all() -> &'static [Status] {
    ALL
}

impl Status {
    /// Every status, ascending by code.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert_eq!(Status::ALL.first(), Some(&Status::Continue));
    /// assert!(Status::ALL.windows(2).all(|pair| pair[0].code() < pair[1].code()));
    /// ```
    // Through a function, so that the docs show no path into a private
    // module: rustdoc prints a path or a block as written.
    pub const ALL: &'static [Status] = generated_all();

    /// The numeric code.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert_eq!(Status::FailedDependency.code(), 424);
    /// ```
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The status with this code, if the crate knows it.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert_eq!(Status::from_u16(424), Some(Status::FailedDependency));
    /// assert_eq!(Status::from_u16(299), None);
    /// ```
    pub const fn from_u16(code: u16) -> Option<Status> {
        if code < 100 || code > 999 {
            return None;
        }
        match INDEX_BY_CODE[(code - 100) as usize] {
            NONE => None,
            index => Some(Status::ALL[index as usize]),
        }
    }

    /// The status's position in `ALL` and in the generated tables.
    pub(crate) const fn index(self) -> usize {
        INDEX_BY_CODE[self as usize - 100] as usize
    }

    const fn facts(self) -> &'static StatusFacts {
        &FACTS[self.index()]
    }

    /// The reason phrase, in the wording of RFC 9110 or the IANA registry
    /// (for unofficial codes, their origin's wording).
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert_eq!(Status::FailedDependency.reason_phrase(), "Failed Dependency");
    /// assert_eq!(Status::ContentTooLarge.reason_phrase(), "Content Too Large");
    /// assert_eq!(Status::ImATeapot.reason_phrase(), "I'm a teapot");
    /// ```
    pub const fn reason_phrase(self) -> &'static str {
        PHRASES[self.index()]
    }

    /// The variant name, as written in Rust: `"FailedDependency"`.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert_eq!(Status::FailedDependency.variant_name(), "FailedDependency");
    /// ```
    pub const fn variant_name(self) -> &'static str {
        VARIANT_NAMES[self.index()]
    }

    /// What the status means, when a server sends it and what a client
    /// should do, in one to three sentences.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::TooManyRequests.description().contains("Retry-After"));
    /// ```
    pub const fn description(self) -> &'static str {
        DESCRIPTIONS[self.index()]
    }

    /// The document and section that define the status; `None` for
    /// unofficial codes.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert_eq!(Status::NotFound.spec().unwrap().to_string(), "RFC 9110, section 15.5.5");
    /// assert_eq!(Status::ClientClosedRequest.spec(), None);
    /// ```
    pub const fn spec(self) -> Option<Spec> {
        SPECS[self.index()]
    }

    /// Where the status stands in the IANA registry.
    ///
    /// ```
    /// use statuscodes::{Standing, Status};
    ///
    /// assert_eq!(Status::UploadResumptionSupported.standing(), Standing::Temporary);
    /// ```
    pub const fn standing(self) -> Standing {
        self.facts().standing
    }

    /// Whether IANA lists the code: true for every standing but
    /// [`Standing::Unofficial`].
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::FailedDependency.is_registered());
    /// assert!(!Status::ClientClosedRequest.is_registered());
    /// ```
    pub const fn is_registered(self) -> bool {
        self.standing().is_in_iana_registry()
    }

    /// For an unofficial code, who uses it: `Some("nginx")`. `None` for
    /// codes in the IANA registry.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert_eq!(Status::ClientClosedRequest.origin(), Some("nginx"));
    /// assert_eq!(Status::NotFound.origin(), None);
    /// ```
    pub const fn origin(self) -> Option<&'static str> {
        match self.standing() {
            Standing::Unofficial => Some(self.facts().origin),
            _ => None,
        }
    }

    /// Whether RFC 9110, section 15.1, lets a cache store the response
    /// without explicit freshness information (heuristic caching).
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::NotFound.is_heuristically_cacheable());
    /// assert!(!Status::Created.is_heuristically_cacheable());
    /// ```
    pub const fn is_heuristically_cacheable(self) -> bool {
        self.facts().cacheable
    }

    /// Whether a response with this status may carry content. False for
    /// 1xx, 204, 205 and 304.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::Ok.allows_content());
    /// assert!(!Status::NoContent.allows_content());
    /// assert!(!Status::NotModified.allows_content());
    /// ```
    pub const fn allows_content(self) -> bool {
        self.facts().content
    }

    /// The class given by the first digit.
    ///
    /// ```
    /// use statuscodes::{Status, StatusClass};
    ///
    /// assert_eq!(Status::FailedDependency.class(), StatusClass::ClientError);
    /// ```
    pub const fn class(self) -> StatusClass {
        match self.code() / 100 {
            1 => StatusClass::Informational,
            2 => StatusClass::Success,
            3 => StatusClass::Redirection,
            4 => StatusClass::ClientError,
            _ => StatusClass::ServerError,
        }
    }

    /// Whether the status is 1xx.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::EarlyHints.is_informational());
    /// ```
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), StatusClass::Informational)
    }

    /// Whether the status is 2xx.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::Ok.is_success());
    /// ```
    pub const fn is_success(self) -> bool {
        matches!(self.class(), StatusClass::Success)
    }

    /// Whether the status is 3xx.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::PermanentRedirect.is_redirection());
    /// ```
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), StatusClass::Redirection)
    }

    /// Whether the status is 4xx.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::FailedDependency.is_client_error());
    /// ```
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), StatusClass::ClientError)
    }

    /// Whether the status is 5xx.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::BadGateway.is_server_error());
    /// ```
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), StatusClass::ServerError)
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.code()
    }
}

/// A status equals its code.
///
/// ```
/// use statuscodes::Status;
///
/// assert!(Status::NotFound == 404);
/// assert!(404 == Status::NotFound);
/// ```
impl PartialEq<u16> for Status {
    fn eq(&self, other: &u16) -> bool {
        self.code() == *other
    }
}

impl PartialEq<Status> for u16 {
    fn eq(&self, other: &Status) -> bool {
        *self == other.code()
    }
}

/// Fails with a [`CodeError`] that tells an out-of-range number from an
/// unknown code.
impl TryFrom<u16> for Status {
    type Error = CodeError;

    fn try_from(code: u16) -> Result<Status, CodeError> {
        Status::from_u16(code).ok_or(CodeError::new(code))
    }
}

/// `424 Failed Dependency`: the code and the reason phrase. Width and
/// alignment apply to the whole.
///
/// ```
/// use statuscodes::Status;
///
/// assert_eq!(Status::FailedDependency.to_string(), "424 Failed Dependency");
/// assert_eq!(format!("[{:<12}]", Status::Ok), "[200 OK      ]");
/// ```
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() && f.precision().is_none() {
            return write!(f, "{} {}", self.code(), self.reason_phrase());
        }
        // Render into a stack buffer so that padding sees the whole text.
        // The generator keeps phrases short enough to fit.
        let mut buf = StackBuf::default();
        fmt::write(
            &mut buf,
            format_args!("{} {}", self.code(), self.reason_phrase()),
        )?;
        f.pad(buf.as_str())
    }
}

/// A fixed buffer for formatting without allocation.
struct StackBuf {
    bytes: [u8; 64],
    len: usize,
}

impl Default for StackBuf {
    fn default() -> StackBuf {
        StackBuf {
            bytes: [0; 64],
            len: 0,
        }
    }
}

impl StackBuf {
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

impl fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}
