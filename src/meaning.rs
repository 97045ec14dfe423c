//! [`Meaning`]: what a code means in an ecosystem, which is not always
//! what the crate's status with that code means.

use core::fmt;

use crate::generated::MEANINGS;
use crate::tables::MeaningInfo;
use crate::Status;

/// What an ecosystem means by a code: the meaning of the crate's
/// [`Status`] with that code, or another one that the registry records.
///
/// Unofficial codes are where ecosystems disagree: 419 is Laravel's "Page
/// Expired" here, but "Insufficient Space On Resource" in Apache HttpCore
/// and "Authentication Timeout" in ASP.NET Core. Two meanings are equal
/// when they are the same meaning of the same code.
///
/// ```
/// use statuscodes::{Ecosystem, Status};
///
/// let ours = Status::PageExpired.meaning();
/// assert!(ours.is_status_meaning());
/// assert_eq!(ours.phrase(), "Page Expired");
///
/// let aspnet = Status::PageExpired.names_in(Ecosystem::Aspnetcore).next().unwrap().meaning();
/// assert_eq!(aspnet.phrase(), "Authentication Timeout");
/// assert_eq!(aspnet.code(), 419);
/// assert_ne!(aspnet, ours);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Meaning(Repr);

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Repr {
    Status(Status),
    Other(&'static MeaningInfo),
}

impl Meaning {
    pub(crate) const fn other(info: &'static MeaningInfo) -> Meaning {
        Meaning(Repr::Other(info))
    }

    /// The code.
    pub const fn code(self) -> u16 {
        match self.0 {
            Repr::Status(status) => status.code(),
            Repr::Other(info) => info.status.code(),
        }
    }

    /// The crate's status with this code, whatever the meaning.
    pub const fn status(self) -> Status {
        match self.0 {
            Repr::Status(status) => status,
            Repr::Other(info) => info.status,
        }
    }

    /// Whether this is the meaning of the crate's status itself.
    pub const fn is_status_meaning(self) -> bool {
        matches!(self.0, Repr::Status(_))
    }

    /// A short lowercase id: `insufficient-space-on-resource`; for the
    /// status's own meaning, its [`variant_name`](Status::variant_name).
    pub fn id(self) -> &'static str {
        match self.0 {
            Repr::Status(status) => status.variant_name(),
            Repr::Other(info) => info.id,
        }
    }

    /// The phrase that names the meaning: the status's reason phrase, or
    /// the other meaning's (`Insufficient Space On Resource`).
    pub fn phrase(self) -> &'static str {
        match self.0 {
            Repr::Status(status) => status.reason_phrase(),
            Repr::Other(info) => info.phrase,
        }
    }

    /// Who gives the code this meaning: for the status's own meaning, its
    /// [`origin`](Status::origin) (`None` for a code in the IANA registry);
    /// else the draft or vendor the other meaning comes from.
    pub const fn origin(self) -> Option<&'static str> {
        match self.0 {
            Repr::Status(status) => status.origin(),
            Repr::Other(info) => Some(info.origin),
        }
    }

    /// What the meaning is, in a sentence or two.
    pub fn description(self) -> &'static str {
        match self.0 {
            Repr::Status(status) => status.description(),
            Repr::Other(info) => info.description,
        }
    }
}

/// `Meaning(419 Authentication Timeout)`.
impl fmt::Debug for Meaning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Meaning({} {})", self.code(), self.phrase())
    }
}

/// The [`phrase`](Meaning::phrase).
impl fmt::Display for Meaning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.phrase())
    }
}

impl Status {
    /// The meaning of this status, as the crate defines it: its reason
    /// phrase and [`description`](Status::description).
    pub const fn meaning(self) -> Meaning {
        Meaning(Repr::Status(self))
    }

    /// The other meanings some ecosystems give this code.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// let others: Vec<&str> = Status::PageExpired.other_meanings().map(|m| m.phrase()).collect();
    /// assert!(others.contains(&"Authentication Timeout"));
    /// assert_eq!(Status::NotFound.other_meanings().count(), 0);
    /// ```
    pub fn other_meanings(self) -> impl Iterator<Item = Meaning> + Clone {
        MEANINGS
            .iter()
            .filter(move |info| info.status == self)
            .map(|info| Meaning::other(info))
    }
}
