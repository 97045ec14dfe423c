//! Conversions to and from the `http` crate's `StatusCode`, 1.x and 0.2.
#![cfg(any(feature = "http", feature = "http02"))]

use statuscodes::Status;

/// Asserts that `Status::NAME` and `http::StatusCode::NAME` are one code,
/// for each name.
macro_rules! same_names {
    ($http:ident; $($name:ident),* $(,)?) => {
        $(
            assert_eq!(Status::$name, $http::StatusCode::$name, stringify!($name));
            assert_eq!(Status::$name.code(), $http::StatusCode::$name.as_u16());
        )*
    };
}

macro_rules! conversion_tests {
    ($module:ident, $http:ident, $feature:literal) => {
        #[cfg(feature = $feature)]
        mod $module {
            use super::Status;
            use proptest::prelude::*;

            #[test]
            fn every_code_converts_both_ways_through_code() {
                for number in 100..=999u16 {
                    let http_code = $http::StatusCode::from_u16(number).unwrap();
                    let code = statuscodes::Code::from(http_code);
                    assert_eq!(code.code(), number);
                    assert_eq!($http::StatusCode::from(code), http_code);
                    assert_eq!(code.status().is_some(), Status::try_from(http_code).is_ok());
                }
            }

            #[test]
            fn every_status_converts_both_ways() {
                for &status in Status::ALL {
                    let code = $http::StatusCode::from(status);
                    assert_eq!(code.as_u16(), status.code());
                    assert_eq!(Status::try_from(code), Ok(status));
                }
            }

            #[test]
            fn every_code_from_100_to_999_converts_exactly_when_known() {
                for number in 100..=999u16 {
                    let code = $http::StatusCode::from_u16(number).unwrap();
                    match Status::try_from(code) {
                        Ok(status) => assert_eq!(status.code(), number),
                        Err(error) => {
                            assert_eq!(Status::from_u16(number), None);
                            assert_eq!(
                                error.to_string(),
                                format!("unknown HTTP status code {number}")
                            );
                        }
                    }
                }
            }

            #[test]
            fn http_and_statuscodes_agree_on_the_class() {
                for &status in Status::ALL {
                    let code = $http::StatusCode::from(status);
                    assert_eq!(code.is_informational(), status.is_informational());
                    assert_eq!(code.is_success(), status.is_success());
                    assert_eq!(code.is_redirection(), status.is_redirection());
                    assert_eq!(code.is_client_error(), status.is_client_error());
                    assert_eq!(code.is_server_error(), status.is_server_error());
                }
            }

            proptest! {
                #[test]
                fn arbitrary_codes_round_trip(number in 100..=999u16) {
                    let code = $http::StatusCode::from_u16(number).unwrap();
                    if let Ok(status) = Status::try_from(code) {
                        prop_assert_eq!($http::StatusCode::from(status), code);
                    }
                }
            }
        }
    };
}

conversion_tests!(http1, http, "http");
conversion_tests!(http02, http02, "http02");

/// Every constant of http 1.x's `StatusCode` has a `Status` constant of the
/// same name and code (written out, so that a missing one fails to compile;
/// http 0.2 lacks `EARLY_HINTS` and `TOO_EARLY`).
#[test]
#[cfg(feature = "http")]
#[allow(deprecated)]
fn every_http_constant_name_is_a_status_constant() {
    same_names!(
        http;
    CONTINUE, SWITCHING_PROTOCOLS, PROCESSING, EARLY_HINTS,
    OK, CREATED, ACCEPTED, NON_AUTHORITATIVE_INFORMATION,
    NO_CONTENT, RESET_CONTENT, PARTIAL_CONTENT, MULTI_STATUS,
    ALREADY_REPORTED, IM_USED, MULTIPLE_CHOICES, MOVED_PERMANENTLY,
    FOUND, SEE_OTHER, NOT_MODIFIED, USE_PROXY,
    TEMPORARY_REDIRECT, PERMANENT_REDIRECT, BAD_REQUEST, UNAUTHORIZED,
    PAYMENT_REQUIRED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE, PROXY_AUTHENTICATION_REQUIRED, REQUEST_TIMEOUT, CONFLICT,
    GONE, LENGTH_REQUIRED, PRECONDITION_FAILED, PAYLOAD_TOO_LARGE,
    URI_TOO_LONG, UNSUPPORTED_MEDIA_TYPE, RANGE_NOT_SATISFIABLE, EXPECTATION_FAILED,
    IM_A_TEAPOT, MISDIRECTED_REQUEST, UNPROCESSABLE_ENTITY, LOCKED,
    FAILED_DEPENDENCY, TOO_EARLY, UPGRADE_REQUIRED, PRECONDITION_REQUIRED,
    TOO_MANY_REQUESTS, REQUEST_HEADER_FIELDS_TOO_LARGE, UNAVAILABLE_FOR_LEGAL_REASONS, INTERNAL_SERVER_ERROR,
    NOT_IMPLEMENTED, BAD_GATEWAY, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT,
    HTTP_VERSION_NOT_SUPPORTED, VARIANT_ALSO_NEGOTIATES, INSUFFICIENT_STORAGE, LOOP_DETECTED,
    NOT_EXTENDED, NETWORK_AUTHENTICATION_REQUIRED,
    );
}
