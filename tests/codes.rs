//! Numbers to statuses and back, exhaustively over every `u16`.

use statuscodes::{CodeError, Status, StatusClass};

#[test]
fn from_u16_try_from_code_and_all_agree_for_every_u16() {
    let mut known = Vec::new();
    for code in 0..=u16::MAX {
        let from = Status::from_u16(code);
        match Status::try_from(code) {
            Ok(status) => {
                assert_eq!(from, Some(status));
                assert_eq!(status.code(), code);
                assert_eq!(u16::from(status), code);
                assert_eq!(status as u16, code);
                known.push(status);
            }
            Err(error) => {
                assert_eq!(from, None, "{code}");
                assert_eq!(error.code(), code);
                assert_eq!(error.is_out_of_range(), !(100..=999).contains(&code));
            }
        }
    }
    // Every known code, visited in ascending order, is exactly ALL.
    assert_eq!(known, Status::ALL);
}

#[test]
fn all_is_ascending_and_without_duplicates() {
    assert!(Status::ALL.windows(2).all(|w| w[0].code() < w[1].code()));
    assert!(
        Status::ALL.windows(2).all(|w| w[0] < w[1]),
        "Ord follows the code"
    );
}

#[test]
fn code_errors_say_what_was_wrong() {
    assert_eq!(
        Status::try_from(299).unwrap_err().to_string(),
        "unknown HTTP status code 299"
    );
    assert_eq!(
        Status::try_from(1000).unwrap_err().to_string(),
        "status code must be 100–999, got 1000"
    );
    assert_eq!(
        Status::try_from(99).unwrap_err().to_string(),
        "status code must be 100–999, got 99"
    );
    assert_eq!(
        Status::try_from(0).unwrap_err(),
        Status::try_from(0).unwrap_err()
    );
    let error: &dyn core::error::Error = &Status::try_from(299).unwrap_err();
    assert!(error.source().is_none());
    let _: CodeError = Status::try_from(65535).unwrap_err();
}

#[test]
fn class_and_predicates_follow_the_first_digit() {
    for &status in Status::ALL {
        let class = status.class();
        assert_eq!(StatusClass::from_code(status.code()), Some(class));
        assert!(class.codes().contains(&status.code()));
        let predicates = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(predicates.iter().filter(|p| **p).count(), 1, "{status:?}");
        assert!(predicates[usize::from(class.digit() - 1)], "{status:?}");
    }
}

#[test]
fn const_fns_work_in_const_context() {
    const NOT_FOUND: Option<Status> = Status::from_u16(404);
    const PHRASE: &str = Status::FailedDependency.reason_phrase();
    const CODE: u16 = Status::FailedDependency.code();
    const CLASS: statuscodes::StatusClass = Status::FailedDependency.class();
    assert_eq!(NOT_FOUND, Some(Status::NotFound));
    assert_eq!(PHRASE, "Failed Dependency");
    assert_eq!(CODE, 424);
    assert_eq!(CLASS, StatusClass::ClientError);
}

/// `Code` holds exactly 100–999, agrees with `Status` on the known codes,
/// and applies RFC 9110 §15 to the rest.
#[test]
fn code_holds_every_three_digit_code_for_every_u16() {
    for number in 0..=u16::MAX {
        let code = statuscodes::Code::from_u16(number);
        assert_eq!(code.is_some(), (100..=999).contains(&number), "{number}");
        assert_eq!(statuscodes::Code::try_from(number).ok(), code, "{number}");
        let Some(code) = code else { continue };
        assert_eq!(code.code(), number);
        assert_eq!(u16::from(code), number);
        assert_eq!(code.status(), Status::from_u16(number));
        assert_eq!(code.class(), StatusClass::from_code(number));
        let understood = code.understood_as();
        match code.status() {
            Some(status) => {
                assert_eq!(understood, status);
                assert_eq!(code.to_string(), status.to_string());
                assert_eq!(code.reason_phrase(), Some(status.reason_phrase()));
            }
            None if number < 600 => {
                // The x00 of its class.
                assert_eq!(understood.code(), number / 100 * 100, "{number}");
                assert_eq!(code.to_string(), number.to_string());
            }
            None => assert_eq!(understood, Status::InternalServerError, "{number}"),
        }
        // Display parses back to the same code, known or not.
        assert_eq!(code.to_string().parse::<statuscodes::Code>(), Ok(code));
        assert_eq!(number.to_string().parse::<statuscodes::Code>(), Ok(code));
    }
}
