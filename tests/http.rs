//! Conversions to and from the `http` crate's `StatusCode`, 1.x and 0.2.
#![cfg(any(feature = "http", feature = "http02"))]

use statuscodes::Status;

macro_rules! conversion_tests {
    ($module:ident, $http:ident, $feature:literal) => {
        #[cfg(feature = $feature)]
        mod $module {
            use super::Status;
            use proptest::prelude::*;

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
