//! Conversions between [`Status`] and the `http` crate's `StatusCode`, for
//! http 1.x (`http` feature) and http 0.2 (`http02` feature).

use crate::{Code, CodeError, Status};

macro_rules! http_conversions {
    ($http:ident, $feature:literal, $version:literal) => {
        #[doc = concat!("Every `Status` is a valid `StatusCode` of ", $version, ".")]
        ///
        /// ```
        #[doc = concat!("# use ", stringify!($http), " as http;")]
        /// use statuscodes::Status;
        ///
        /// let code = http::StatusCode::from(Status::FailedDependency);
        /// assert_eq!(code, http::StatusCode::FAILED_DEPENDENCY);
        /// ```
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl From<Status> for $http::StatusCode {
            fn from(status: Status) -> $http::StatusCode {
                match $http::StatusCode::from_u16(status.code()) {
                    Ok(code) => code,
                    // Every status code is in 100..=999, which `from_u16`
                    // accepts; a test checks each one.
                    Err(_) => unreachable!("status codes are in 100..=999"),
                }
            }
        }

        #[doc = concat!("Fails for a `StatusCode` of ", $version, " that the crate does not know, such as 299.")]
        ///
        /// ```
        #[doc = concat!("# use ", stringify!($http), " as http;")]
        /// use statuscodes::Status;
        ///
        /// assert_eq!(Status::try_from(http::StatusCode::NOT_FOUND), Ok(Status::NotFound));
        /// let unknown = http::StatusCode::from_u16(299).unwrap();
        /// assert_eq!(Status::try_from(unknown).unwrap_err().to_string(), "unknown HTTP status code 299");
        /// ```
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl TryFrom<$http::StatusCode> for Status {
            type Error = CodeError;

            fn try_from(code: $http::StatusCode) -> Result<Status, CodeError> {
                Status::try_from(code.as_u16())
            }
        }

        #[doc = concat!("A `StatusCode` of ", $version, " and a [`Status`] are equal when their codes are.")]
        ///
        /// ```
        #[doc = concat!("# use ", stringify!($http), " as http;")]
        /// use statuscodes::Status;
        ///
        /// assert!(Status::NotFound == http::StatusCode::NOT_FOUND);
        /// assert!(http::StatusCode::NOT_FOUND == Status::NotFound);
        /// ```
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl PartialEq<$http::StatusCode> for Status {
            fn eq(&self, other: &$http::StatusCode) -> bool {
                self.code() == other.as_u16()
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl PartialEq<Status> for $http::StatusCode {
            fn eq(&self, other: &Status) -> bool {
                self.as_u16() == other.code()
            }
        }

        #[doc = concat!("Every `StatusCode` of ", $version, " is a [`Code`]: both hold 100–999, known or not.")]
        ///
        /// ```
        #[doc = concat!("# use ", stringify!($http), " as http;")]
        /// use statuscodes::{Code, Status};
        ///
        /// let code = Code::from(http::StatusCode::from_u16(299).unwrap());
        /// assert_eq!(code.code(), 299);
        /// assert_eq!(code.understood_as(), Status::Ok);
        /// ```
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl From<$http::StatusCode> for Code {
            fn from(code: $http::StatusCode) -> Code {
                match Code::from_u16(code.as_u16()) {
                    Some(code) => code,
                    // `StatusCode` holds 100..=999 only, as `Code` does; a
                    // property test checks every value.
                    None => unreachable!("http status codes are in 100..=999"),
                }
            }
        }

        #[doc = concat!("Every [`Code`] is a `StatusCode` of ", $version, ".")]
        ///
        /// ```
        #[doc = concat!("# use ", stringify!($http), " as http;")]
        /// use statuscodes::Code;
        ///
        /// let code = http::StatusCode::from(Code::from_u16(701).unwrap());
        /// assert_eq!(code.as_u16(), 701);
        /// ```
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
        impl From<Code> for $http::StatusCode {
            fn from(code: Code) -> $http::StatusCode {
                match $http::StatusCode::from_u16(code.code()) {
                    Ok(code) => code,
                    // `Code` holds 100..=999 only, which `from_u16` accepts.
                    Err(_) => unreachable!("codes are in 100..=999"),
                }
            }
        }
    };
}

#[cfg(feature = "http")]
http_conversions!(http, "http", "http 1.x");
#[cfg(feature = "http02")]
http_conversions!(http02, "http02", "http 0.2");

/// The names of the fields in an `http::HeaderMap`, for [`Status::check`]:
/// each iteration reads the map afresh.
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
#[derive(Debug, Clone, Copy)]
pub struct HeaderNames<'a>(&'a http::HeaderMap);

#[cfg(feature = "http")]
impl<'a> IntoIterator for HeaderNames<'a> {
    type Item = &'a str;
    type IntoIter = core::iter::Map<
        http::header::Keys<'a, http::HeaderValue>,
        fn(&'a http::HeaderName) -> &'a str,
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.keys().map(http::HeaderName::as_str)
    }
}

#[cfg(feature = "http")]
impl Status {
    /// [`Status::check`] over the fields of an `http::HeaderMap`, as a
    /// test of any framework built on `http` has them.
    ///
    /// ```
    /// use http::header::{HeaderMap, HeaderValue, ALLOW, CONTENT_TYPE};
    /// use statuscodes::Status;
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    /// let broken: Vec<_> = Status::MethodNotAllowed.check_headers(true, &headers).collect();
    /// assert_eq!(broken.len(), 1);
    ///
    /// headers.insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
    /// assert_eq!(Status::MethodNotAllowed.check_headers(true, &headers).count(), 0);
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    pub fn check_headers(
        self,
        has_content: bool,
        headers: &http::HeaderMap,
    ) -> crate::Violations<HeaderNames<'_>> {
        self.check(has_content, HeaderNames(headers))
    }
}
