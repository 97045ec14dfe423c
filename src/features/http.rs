//! Conversions between [`Status`] and the `http` crate's `StatusCode`, for
//! http 1.x (`http` feature) and http 0.2 (`http02` feature).

use crate::{CodeError, Status};

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
    };
}

#[cfg(feature = "http")]
http_conversions!(http, "http", "http 1.x");
#[cfg(feature = "http02")]
http_conversions!(http02, "http02", "http 0.2");
