//! `Display` and `FromStr`: the documented forms, case mangling, and
//! arbitrary input.

use proptest::prelude::*;
use statuscodes::{Ecosystem, ParseStatusErrorKind, Status, StatusClass};

fn any_status() -> impl Strategy<Value = Status> {
    proptest::sample::select(Status::ALL)
}

/// Flips the ASCII case of the characters `flips` picks.
fn mangle(text: &str, flips: &[bool]) -> String {
    text.chars()
        .zip(flips.iter().cycle())
        .map(|(c, flip)| match (flip, c.is_ascii_uppercase()) {
            (false, _) => c,
            (true, true) => c.to_ascii_lowercase(),
            (true, false) => c.to_ascii_uppercase(),
        })
        .collect()
}

proptest! {
    #[test]
    fn display_parses_back_whatever_the_case(status in any_status(), flips in prop::collection::vec(any::<bool>(), 1..64)) {
        let shown = status.to_string();
        prop_assert_eq!(shown.parse::<Status>(), Ok(status));
        prop_assert_eq!(mangle(&shown, &flips).parse::<Status>(), Ok(status));
    }

    #[test]
    fn every_documented_form_parses(status in any_status(), flips in prop::collection::vec(any::<bool>(), 1..64)) {
        let forms = [
            status.code().to_string(),
            status.variant_name().to_string(),
            status.reason_phrase().to_string(),
            format!("{} {}", status.code(), status.reason_phrase()),
        ];
        for form in forms {
            prop_assert_eq!(mangle(&form, &flips).parse::<Status>(), Ok(status), "{}", form);
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(input in any::<String>()) {
        let _ = input.parse::<Status>().map_err(|e| e.to_string());
        let _ = input.parse::<Ecosystem>().map_err(|e| e.to_string());
        let _ = input.parse::<StatusClass>().map_err(|e| e.to_string());
    }

    #[test]
    fn status_like_strings_never_panic(input in "[0-9]{0,12}( [A-Za-z' -]{0,40})?") {
        match input.parse::<Status>() {
            Ok(status) => prop_assert!(input.starts_with(&status.code().to_string())),
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }

    #[test]
    fn numbers_parse_exactly_like_from_u16(code in any::<u32>()) {
        let parsed = code.to_string().parse::<Status>();
        match u16::try_from(code).ok().and_then(Status::from_u16) {
            Some(status) => prop_assert_eq!(parsed, Ok(status)),
            None => {
                let error = parsed.unwrap_err();
                let kind = if (100..=999).contains(&code) {
                    ParseStatusErrorKind::UnknownCode
                } else {
                    ParseStatusErrorKind::OutOfRange
                };
                prop_assert_eq!(error.kind(), kind);
            }
        }
    }
}

#[test]
fn display_pads_the_whole_text() {
    assert_eq!(
        Status::FailedDependency.to_string(),
        "424 Failed Dependency"
    );
    assert_eq!(format!("{:>8}|", Status::Ok), "  200 OK|");
    assert_eq!(format!("{:.3}", Status::NotFound), "404");
    let longest = Status::ALL
        .iter()
        .map(|s| s.to_string().len())
        .max()
        .unwrap();
    for status in Status::ALL {
        assert_eq!(format!("{status:<w$}", w = longest + 1).len(), longest + 1);
    }
}

#[test]
fn parse_errors_name_the_bad_value() {
    let cases = [
        (
            "",
            ParseStatusErrorKind::Empty,
            "an empty string is not an HTTP status",
        ),
        (
            "299",
            ParseStatusErrorKind::UnknownCode,
            "unknown HTTP status code 299",
        ),
        (
            "1000",
            ParseStatusErrorKind::OutOfRange,
            "status code must be 100–999, got 1000",
        ),
        (
            "99",
            ParseStatusErrorKind::OutOfRange,
            "status code must be 100–999, got 99",
        ),
        (
            "0404",
            ParseStatusErrorKind::OutOfRange,
            "status code must be 100–999, got 0404",
        ),
        (
            "99999999999999999999",
            ParseStatusErrorKind::OutOfRange,
            "status code must be 100–999, got 99999999999999999999",
        ),
        (
            "Teapot",
            ParseStatusErrorKind::UnknownName,
            "unknown HTTP status \"Teapot\": expected a code, a variant name or a reason phrase",
        ),
        (
            "404 Gone",
            ParseStatusErrorKind::PhraseMismatch,
            "\"404 Gone\": 404 is \"Not Found\", not \"Gone\"",
        ),
        (
            "404Gone",
            ParseStatusErrorKind::InvalidCharacter,
            "\"404Gone\" is not an HTTP status: 'G' after \"404\" is neither a digit nor the space before a reason phrase",
        ),
        (
            "4O4",
            ParseStatusErrorKind::InvalidCharacter,
            "\"4O4\" is not an HTTP status: 'O' after \"4\" is neither a digit nor the space before a reason phrase",
        ),
        (
            "1e3",
            ParseStatusErrorKind::InvalidCharacter,
            "\"1e3\" is not an HTTP status: 'e' after \"1\" is neither a digit nor the space before a reason phrase",
        ),
        (
            "4_24",
            ParseStatusErrorKind::InvalidCharacter,
            "\"4_24\" is not an HTTP status: '_' after \"4\" is neither a digit nor the space before a reason phrase",
        ),
        (
            "42abc",
            ParseStatusErrorKind::InvalidCharacter,
            "\"42abc\" is not an HTTP status: 'a' after \"42\" is neither a digit nor the space before a reason phrase",
        ),
        (
            "4 Failed Dependency",
            ParseStatusErrorKind::OutOfRange,
            "\"4 Failed Dependency\": status code must be 100–999, got 4",
        ),
        (
            "299 Something",
            ParseStatusErrorKind::UnknownCode,
            "\"299 Something\": unknown HTTP status code 299",
        ),
        (
            "404 ",
            ParseStatusErrorKind::PhraseMismatch,
            "\"404 \": 404 is \"Not Found\", but no phrase follows the space",
        ),
        (
            " 404",
            ParseStatusErrorKind::UnknownName,
            "unknown HTTP status \" 404\": expected a code, a variant name or a reason phrase",
        ),
    ];
    for (input, kind, message) in cases {
        let error = input.parse::<Status>().unwrap_err();
        assert_eq!(error.kind(), kind, "{input:?}");
        assert_eq!(error.to_string(), message, "{input:?}");
    }
}

#[test]
fn long_input_is_cut_in_messages_at_a_character_boundary() {
    let input = "é".repeat(100);
    let error = input.parse::<Status>().unwrap_err();
    assert_eq!(error.kind(), ParseStatusErrorKind::TooLong);
    assert!(error.is_input_cut());
    assert_eq!(error.input(), "é".repeat(24));
    assert_eq!(
        error.to_string(),
        format!(
            "\"{}…\" is not an HTTP status: 200 bytes, longer than any status is written",
            "é".repeat(24)
        )
    );
}

#[test]
fn megabytes_of_digits_are_refused_without_reading_them() {
    let input = "4".repeat(10_000_000);
    let error = input.parse::<Status>().unwrap_err();
    assert_eq!(error.kind(), ParseStatusErrorKind::TooLong);
    assert_eq!(error.code(), None);
    assert!(error
        .to_string()
        .ends_with("10000000 bytes, longer than any status is written"));
}

#[test]
fn the_longest_status_text_still_parses() {
    for &status in Status::ALL {
        let text = status.to_string();
        assert_eq!(text.parse(), Ok(status), "{text}");
        assert_eq!(text.to_ascii_uppercase().parse(), Ok(status), "{text}");
    }
}

#[test]
fn ecosystem_ids_parse_back() {
    for &ecosystem in Ecosystem::ALL {
        assert_eq!(ecosystem.id().parse(), Ok(ecosystem));
        assert_eq!(ecosystem.id().to_ascii_uppercase().parse(), Ok(ecosystem));
    }
}

#[test]
fn classes_parse_from_every_spelling() {
    for &class in StatusClass::ALL {
        let digit = class.digit();
        for text in [
            format!("{digit}xx"),
            format!("{digit}XX"),
            class.id().into(),
            class.to_string(),
        ] {
            assert_eq!(text.parse(), Ok(class), "{text}");
        }
    }
    assert!("6xx".parse::<StatusClass>().is_err());
    assert!("4x".parse::<StatusClass>().is_err());
}
