//! What the specs require of a response with a given status, and a check
//! of a response against those requirements.

use core::fmt;

use crate::generated::{REQUIREMENTS, REQUIREMENT_STARTS};
use crate::{Spec, Status};

/// The keyword of a requirement, as the specs write it (BCP 14: RFC 2119
/// and RFC 8174).
///
/// ```
/// use statuscodes::{Level, Status};
///
/// let allow = &Status::MethodNotAllowed.requirements()[0];
/// assert_eq!(allow.level(), Level::Must);
/// assert_eq!(Level::MustNot.to_string(), "must not");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Level {
    /// MUST: an absolute requirement.
    Must,
    /// SHOULD: required unless there is a good reason not to.
    Should,
    /// MAY: allowed, not required.
    May,
    /// MUST NOT: an absolute prohibition.
    MustNot,
    /// SHOULD NOT: prohibited unless there is a good reason.
    ShouldNot,
}

impl Level {
    /// The id the registry and the JSON export use: `must`, `must-not` …
    ///
    /// ```
    /// use statuscodes::Level;
    ///
    /// assert_eq!(Level::ShouldNot.id(), "should-not");
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            Level::Must => "must",
            Level::Should => "should",
            Level::May => "may",
            Level::MustNot => "must-not",
            Level::ShouldNot => "should-not",
        }
    }

    /// Whether the keyword forbids (MUST NOT, SHOULD NOT) rather than asks.
    ///
    /// ```
    /// use statuscodes::Level;
    ///
    /// assert!(Level::MustNot.is_prohibition());
    /// assert!(!Level::May.is_prohibition());
    /// ```
    pub const fn is_prohibition(self) -> bool {
        matches!(self, Level::MustNot | Level::ShouldNot)
    }

    /// Whether a response that breaks it is wrong outright (MUST, MUST NOT)
    /// rather than questionable (SHOULD, SHOULD NOT).
    pub const fn is_absolute(self) -> bool {
        matches!(self, Level::Must | Level::MustNot)
    }
}

/// `must`, `should`, `may`, `must not`, `should not`.
impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Must => "must",
            Level::Should => "should",
            Level::May => "may",
            Level::MustNot => "must not",
            Level::ShouldNot => "should not",
        })
    }
}

/// What a requirement is about: a header field, or the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    /// A header field, by its registered name: `Allow`, `WWW-Authenticate`.
    Field(&'static str),
    /// The response content (its body).
    Content,
}

/// The field's name, or `content`.
impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Field(name) => f.write_str(name),
            Subject::Content => f.write_str("content"),
        }
    }
}

/// One thing a spec requires of a response with a given status: a header
/// field it must, should or may carry (or must not), or a rule on its
/// content, with the spec section that says so.
///
/// ```
/// use statuscodes::{Level, Status, Subject};
///
/// let allow = &Status::MethodNotAllowed.requirements()[0];
/// assert_eq!(allow.subject(), Subject::Field("Allow"));
/// assert_eq!(allow.level(), Level::Must);
/// assert_eq!(allow.spec().to_string(), "RFC 9110, section 15.5.6");
/// assert_eq!(allow.to_string(), "must carry Allow (RFC 9110, section 15.5.6)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Requirement {
    pub(crate) subject: Subject,
    pub(crate) level: Level,
    pub(crate) condition: Option<&'static str>,
    pub(crate) spec: Spec,
    pub(crate) note: Option<&'static str>,
}

impl Requirement {
    /// The header field, or the content.
    pub const fn subject(&self) -> Subject {
        self.subject
    }

    /// The keyword.
    pub const fn level(&self) -> Level {
        self.level
    }

    /// When the requirement applies, if not to every response with the
    /// status, in our words: `when the response carries a single part`.
    pub const fn condition(&self) -> Option<&'static str> {
        self.condition
    }

    /// The section that states it.
    pub const fn spec(&self) -> Spec {
        self.spec
    }

    /// Our note on it, if any.
    pub const fn note(&self) -> Option<&'static str> {
        self.note
    }

    /// Whether [`Status::check`] enforces it: it applies to every response
    /// with the status (no condition that a status and field names cannot
    /// tell) and is not a mere MAY.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// let rules = Status::PartialContent.requirements();
    /// assert!(rules.iter().any(|r| !r.is_checked()));
    /// ```
    pub const fn is_checked(&self) -> bool {
        self.condition.is_none() && !matches!(self.level, Level::May)
    }
}

/// `must carry Allow (RFC 9110, section 15.5.6)`, with the condition after
/// a comma when there is one.
impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} carry {}", self.level, self.subject)?;
        if let Some(condition) = self.condition {
            write!(f, ", {condition}")?;
        }
        write!(f, " ({})", self.spec)
    }
}

impl Status {
    /// What the specs require of a response with this status: header fields
    /// and content rules, in the order the registry gives them (the
    /// status's own section first). Empty for a status with none.
    ///
    /// ```
    /// use statuscodes::{Level, Status, Subject};
    ///
    /// let rules = Status::NoContent.requirements();
    /// assert!(rules
    ///     .iter()
    ///     .any(|r| r.subject() == Subject::Content && r.level() == Level::MustNot));
    /// assert!(Status::ClientClosedRequest.requirements().is_empty());
    /// ```
    pub fn requirements(self) -> &'static [Requirement] {
        let index = self.index();
        let start = usize::from(REQUIREMENT_STARTS[index]);
        let end = usize::from(REQUIREMENT_STARTS[index + 1]);
        &REQUIREMENTS[start..end]
    }

    /// Checks a response with this status against the requirements that
    /// apply to every such response ([`Requirement::is_checked`]): whether it
    /// had content, and the names of the header fields it carries (in any
    /// case). Yields each broken requirement; nothing allocates.
    ///
    /// A missing field breaks a MUST or SHOULD, a present one a MUST NOT or
    /// SHOULD NOT; content breaks a MUST NOT on content, its absence a MUST.
    /// With the `http` feature, [`Status::check_headers`] reads an
    /// `http::HeaderMap`.
    ///
    /// ```
    /// use statuscodes::{Level, Status};
    ///
    /// let broken: Vec<_> = Status::MethodNotAllowed
    ///     .check(true, ["Content-Type", "Date"])
    ///     .collect();
    /// assert_eq!(broken.len(), 1);
    /// assert_eq!(broken[0].level(), Level::Must);
    /// assert_eq!(
    ///     broken[0].to_string(),
    ///     "405 Method Not Allowed without Allow: the response must carry Allow (RFC 9110, section 15.5.6)"
    /// );
    ///
    /// assert_eq!(Status::MethodNotAllowed.check(true, ["allow"]).count(), 0);
    /// assert_eq!(Status::NoContent.check(false, ["Date"]).count(), 0);
    /// assert!(Status::NoContent.check(true, ["Date"]).any(|v| v.level() == Level::MustNot));
    /// ```
    pub fn check<I>(self, has_content: bool, fields: I) -> Violations<I>
    where
        I: IntoIterator + Clone,
        I::Item: AsRef<str>,
    {
        Violations {
            status: self,
            rest: self.requirements().iter(),
            has_content,
            fields,
        }
    }
}

/// The requirements a response breaks; see [`Status::check`].
#[derive(Debug, Clone)]
pub struct Violations<I> {
    status: Status,
    rest: core::slice::Iter<'static, Requirement>,
    has_content: bool,
    fields: I,
}

impl<I> Iterator for Violations<I>
where
    I: IntoIterator + Clone,
    I::Item: AsRef<str>,
{
    type Item = Violation;

    fn next(&mut self) -> Option<Violation> {
        for requirement in self.rest.by_ref() {
            if !requirement.is_checked() {
                continue;
            }
            let present = match requirement.subject {
                Subject::Content => self.has_content,
                Subject::Field(name) => self
                    .fields
                    .clone()
                    .into_iter()
                    .any(|field| field.as_ref().trim().eq_ignore_ascii_case(name)),
            };
            if present == requirement.level.is_prohibition() {
                return Some(Violation {
                    status: self.status,
                    requirement,
                });
            }
        }
        None
    }
}

/// A requirement a response broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Violation {
    status: Status,
    requirement: &'static Requirement,
}

impl Violation {
    /// The response's status.
    pub const fn status(&self) -> Status {
        self.status
    }

    /// The requirement it broke.
    pub const fn requirement(&self) -> &'static Requirement {
        self.requirement
    }

    /// The requirement's keyword: a broken MUST or MUST NOT makes the
    /// response wrong, a broken SHOULD or SHOULD NOT questionable.
    pub const fn level(&self) -> Level {
        self.requirement.level
    }
}

/// `405 Method Not Allowed without Allow: the response must carry Allow (…)`
/// or `204 No Content with content: the response must not carry content (…)`.
impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let with = if self.requirement.level.is_prohibition() {
            "with"
        } else {
            "without"
        };
        write!(
            f,
            "{} {with} {}: the response {}",
            self.status, self.requirement.subject, self.requirement
        )
    }
}
