//! [`RetryPolicy`]: which statuses widely used HTTP clients and retry
//! libraries retry by default, read from their source.

use core::fmt;
use core::str::FromStr;

use crate::generated::RETRY_POLICIES;
use crate::{ParseRetryPolicyError, RetryPolicy, Status};

/// One policy's facts, as the generator writes them.
pub(crate) struct RetryPolicyInfo {
    pub(crate) id: &'static str,
    pub(crate) name: &'static str,
    pub(crate) language: &'static str,
    pub(crate) source: &'static str,
    pub(crate) release: &'static str,
    pub(crate) history: &'static str,
    pub(crate) checked: &'static str,
    pub(crate) rule: &'static str,
    /// The statuses it retries, ascending, each with its condition.
    pub(crate) retries: &'static [(Status, Option<&'static str>)],
}

impl RetryPolicy {
    /// Every policy, in the order of the card: by language.
    ///
    /// ```
    /// use statuscodes::RetryPolicy;
    ///
    /// assert!(RetryPolicy::ALL.len() >= 6);
    /// ```
    pub const ALL: &'static [RetryPolicy] = generated_all();

    fn info(self) -> &'static RetryPolicyInfo {
        &RETRY_POLICIES[self as usize]
    }

    /// The short id: `urllib3`, `go-retryablehttp`.
    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// The display name: `urllib3 Retry`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The language it is written for.
    pub fn language(self) -> &'static str {
        self.info().language
    }

    /// Where the retry set was read: repository and file.
    pub fn source(self) -> &'static str {
        self.info().source
    }

    /// The release read, with its commit where known.
    pub fn release(self) -> &'static str {
        self.info().release
    }

    /// Which other releases were compared, and whether the set changed.
    pub fn history(self) -> &'static str {
        self.info().history
    }

    /// The date the source was read, `YYYY-MM-DD`.
    pub fn checked(self) -> &'static str {
        self.info().checked
    }

    /// What "by default" means for it, in our words: which object, methods,
    /// attempts, back-off and `Retry-After`, and any range of codes.
    pub fn rule(self) -> &'static str {
        self.info().rule
    }

    /// The statuses it retries by default, ascending by code.
    ///
    /// ```
    /// use statuscodes::{RetryPolicy, Status};
    ///
    /// let retried: Vec<Status> = RetryPolicy::Urllib3.retries().map(|r| r.status()).collect();
    /// assert_eq!(retried, [Status::ContentTooLarge, Status::TooManyRequests, Status::ServiceUnavailable]);
    /// ```
    pub fn retries(self) -> impl Iterator<Item = Retry> + Clone {
        self.info()
            .retries
            .iter()
            .map(move |&(status, condition)| Retry {
                policy: self,
                status,
                condition,
            })
    }

    /// Whether it retries `status` by default, and on what condition.
    ///
    /// ```
    /// use statuscodes::{RetryPolicy, Status};
    ///
    /// let retry = RetryPolicy::GoRetryablehttp.retry_of(Status::BadGateway).unwrap();
    /// assert_eq!(retry.condition(), None);
    /// assert!(RetryPolicy::GoRetryablehttp.retry_of(Status::NotImplemented).is_none());
    /// ```
    pub fn retry_of(self, status: Status) -> Option<Retry> {
        self.retries().find(|retry| retry.status == status)
    }
}

/// The display name.
impl fmt::Display for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Takes the id, ignoring ASCII case.
///
/// ```
/// use statuscodes::RetryPolicy;
///
/// assert_eq!("okhttp".parse(), Ok(RetryPolicy::Okhttp));
/// assert!("curl".parse::<RetryPolicy>().is_err());
/// ```
impl FromStr for RetryPolicy {
    type Err = ParseRetryPolicyError;

    fn from_str(input: &str) -> Result<RetryPolicy, ParseRetryPolicyError> {
        RetryPolicy::ALL
            .iter()
            .copied()
            .find(|policy| policy.id().eq_ignore_ascii_case(input))
            .ok_or_else(|| ParseRetryPolicyError::new(input))
    }
}

const fn generated_all() -> &'static [RetryPolicy] {
    crate::generated::RETRY_POLICY_ALL
}

/// A status a [`RetryPolicy`] retries by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Retry {
    policy: RetryPolicy,
    status: Status,
    condition: Option<&'static str>,
}

impl Retry {
    /// The client or library.
    pub const fn policy(&self) -> RetryPolicy {
        self.policy
    }

    /// The status it retries.
    pub const fn status(&self) -> Status {
        self.status
    }

    /// The condition, if it does not retry every such response, in our
    /// words: `only when the response carries Retry-After …`.
    pub const fn condition(&self) -> Option<&'static str> {
        self.condition
    }
}

impl Status {
    /// Which clients and retry libraries retry this status by default, in
    /// the order of [`RetryPolicy::ALL`]: facts read from their source, not
    /// folklore about what is "safe to retry".
    ///
    /// ```
    /// use statuscodes::{RetryPolicy, Status};
    ///
    /// let by: Vec<RetryPolicy> = Status::ServiceUnavailable.retried_by().map(|r| r.policy()).collect();
    /// assert!(by.contains(&RetryPolicy::Urllib3));
    /// assert_eq!(Status::NotFound.retried_by().count(), 0);
    /// ```
    pub fn retried_by(self) -> impl Iterator<Item = Retry> + Clone {
        RetryPolicy::ALL
            .iter()
            .filter_map(move |policy| policy.retry_of(self))
    }
}
