//! serde: a status is its code; strings that `FromStr` takes are read too;
//! nothing out of range is ever truncated into a valid code.
#![cfg(feature = "serde")]

use proptest::prelude::*;
use statuscodes::{Ecosystem, Status, StatusClass};

fn any_status() -> impl Strategy<Value = Status> {
    proptest::sample::select(Status::ALL)
}

proptest! {
    #[test]
    fn round_trips_as_the_integer(status in any_status()) {
        let json = serde_json::to_string(&status).unwrap();
        prop_assert_eq!(&json, &status.code().to_string());
        prop_assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), status);
    }

    #[test]
    fn reads_every_string_form(status in any_status()) {
        for form in [
            status.code().to_string(),
            status.variant_name().to_string(),
            status.reason_phrase().to_string(),
            status.to_string(),
        ] {
            let json = serde_json::to_string(&form).unwrap();
            prop_assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), status);
        }
    }

    #[test]
    fn arbitrary_integers_are_read_exactly_or_refused(value in any::<i64>()) {
        let result = serde_json::from_str::<Status>(&value.to_string());
        let expected = u16::try_from(value).ok().and_then(Status::from_u16);
        match (result, expected) {
            (Ok(status), Some(expected)) => prop_assert_eq!(status, expected),
            (Err(error), None) => {
                let message = error.to_string();
                prop_assert!(message.contains(&value.to_string()), "{}", message);
            }
            (result, expected) => prop_assert!(false, "{:?} for {} but expected {:?}", result, value, expected),
        }
    }

    #[test]
    fn arbitrary_strings_are_read_like_from_str(input in any::<String>()) {
        let json = serde_json::to_string(&input).unwrap();
        let result = serde_json::from_str::<Status>(&json);
        prop_assert_eq!(result.ok(), input.parse::<Status>().ok());
    }
}

#[test]
fn out_of_range_integers_are_errors_never_truncated() {
    // 65736 truncated to u16 would be 200.
    let error = serde_json::from_str::<Status>("65736").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("status code must be 100–999, got 65736"),
        "{error}"
    );
    let error = serde_json::from_str::<Status>("-200").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("status code must be 100–999, got -200"),
        "{error}"
    );
    let error = serde_json::from_str::<Status>("299").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("unknown HTTP status code 299"),
        "{error}"
    );
    assert!(serde_json::from_str::<Status>("424.0").is_err());
    assert!(serde_json::from_str::<Status>("null").is_err());
    assert!(serde_json::from_str::<Status>("18446744073709551616").is_err());
}

#[test]
fn a_large_array_of_codes_reads_into_statuses() {
    let codes: Vec<u16> = Status::ALL
        .iter()
        .map(|s| s.code())
        .cycle()
        .take(10_000)
        .collect();
    let json = serde_json::to_string(&codes).unwrap();
    let statuses: Vec<Status> = serde_json::from_str(&json).unwrap();
    assert!(statuses.iter().zip(&codes).all(|(s, c)| s.code() == *c));
}

#[test]
fn classes_and_ecosystems_are_their_ids() {
    for &class in StatusClass::ALL {
        let json = serde_json::to_string(&class).unwrap();
        assert_eq!(json, format!("\"{}\"", class.id()));
        assert_eq!(serde_json::from_str::<StatusClass>(&json).unwrap(), class);
    }
    for &ecosystem in Ecosystem::ALL {
        let json = serde_json::to_string(&ecosystem).unwrap();
        assert_eq!(json, format!("\"{}\"", ecosystem.id()));
        assert_eq!(serde_json::from_str::<Ecosystem>(&json).unwrap(), ecosystem);
    }
    // What `FromStr` takes: an alias, or the display name.
    assert_eq!(
        serde_json::from_str::<Ecosystem>("\"golang\"").unwrap(),
        Ecosystem::Go
    );
    assert_eq!(
        serde_json::from_str::<Ecosystem>("\"Go net/http\"").unwrap(),
        Ecosystem::Go
    );
    let error = serde_json::from_str::<Ecosystem>("\"cobol\"").unwrap_err();
    assert!(
        error.to_string().starts_with("unknown ecosystem \"cobol\""),
        "{error}"
    );
    assert!(serde_json::from_str::<StatusClass>("4").is_err());
}
