//! The facts the registry records about a status beyond its phrase:
//! [`Spec`] and [`Standing`].

use core::fmt;

/// The document and section that define a status.
///
/// ```
/// use statuscodes::Status;
///
/// let spec = Status::FailedDependency.spec().unwrap();
/// assert_eq!(spec.document(), "RFC 4918");
/// assert_eq!(spec.section(), "11.4");
/// assert_eq!(spec.url(), "https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4");
/// assert_eq!(spec.to_string(), "RFC 4918, section 11.4");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Spec {
    pub(crate) document: &'static str,
    pub(crate) section: &'static str,
    pub(crate) url: &'static str,
}

impl Spec {
    /// The document: `RFC 9110`, or a draft's name.
    pub const fn document(&self) -> &'static str {
        self.document
    }

    /// The section within it: `15.5.5`.
    pub const fn section(&self) -> &'static str {
        self.section
    }

    /// A link to the section, on rfc-editor.org for RFCs.
    pub const fn url(&self) -> &'static str {
        self.url
    }
}

impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, section {}", self.document, self.section)
    }
}

/// Where a status stands in the IANA HTTP Status Code Registry.
///
/// ```
/// use statuscodes::{Standing, Status};
///
/// assert_eq!(Status::NotFound.standing(), Standing::Registered);
/// assert_eq!(Status::ImATeapot.standing(), Standing::Unused);
/// assert_eq!(Status::ClientClosedRequest.standing(), Standing::Unofficial);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Standing {
    /// A permanent registration.
    Registered,
    /// A temporary registration, which lapses on its expiry date unless it
    /// is renewed or made permanent (104).
    Temporary,
    /// Listed by IANA as "(Unused)": 306, and 418, which RFC 9110 reserves
    /// because so much software answers with "I'm a teapot".
    Unused,
    /// Listed by IANA as obsoleted (510).
    Obsoleted,
    /// Not in the IANA registry, but used by widely deployed software;
    /// [`Status::origin`](crate::Status::origin) names it.
    Unofficial,
}

impl Standing {
    /// Whether IANA lists the code at all, in any standing.
    ///
    /// ```
    /// use statuscodes::Standing;
    ///
    /// assert!(Standing::Obsoleted.is_in_iana_registry());
    /// assert!(!Standing::Unofficial.is_in_iana_registry());
    /// ```
    pub const fn is_in_iana_registry(self) -> bool {
        !matches!(self, Standing::Unofficial)
    }

    /// The standing as an identifier: `registered`, `unofficial`, ….
    ///
    /// ```
    /// use statuscodes::Standing;
    ///
    /// assert_eq!(Standing::Temporary.id(), "temporary");
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            Standing::Registered => "registered",
            Standing::Temporary => "temporary",
            Standing::Unused => "unused",
            Standing::Obsoleted => "obsoleted",
            Standing::Unofficial => "unofficial",
        }
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.id())
    }
}
