//! serde: a status is its code; strings that `FromStr` takes are read too;
//! nothing out of range is ever truncated into a valid code.
#![cfg(feature = "serde")]

use proptest::prelude::*;
use statuscodes::{Code, Ecosystem, Status, StatusClass};

fn any_status() -> impl Strategy<Value = Status> {
    proptest::sample::select(Status::ALL)
}

/// Integers that a `value as u16` or `value as u32` cast would turn into a
/// known code: the code plus or minus a multiple of 2^16 or 2^32. Every
/// value it makes is out of range, so every run can catch a truncation.
fn congruent_to_a_known_code() -> impl Strategy<Value = i64> {
    (
        any_status(),
        prop_oneof![Just(1_i64 << 16), Just(1_i64 << 32)],
        1_i64..1 << 20,
        any::<bool>(),
    )
        .prop_map(|(status, modulus, k, below)| {
            let offset = modulus * k;
            let code = i64::from(status.code());
            if below {
                code - offset
            } else {
                code + offset
            }
        })
}

fn cbor<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut bytes = Vec::new();
    ciborium::into_writer(value, &mut bytes).unwrap();
    bytes
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
    fn values_congruent_to_a_code_are_refused_not_truncated(value in congruent_to_a_known_code()) {
        let json = value.to_string();
        let error = serde_json::from_str::<Status>(&json).unwrap_err().to_string();
        prop_assert!(error.starts_with(&format!("status code must be 100–999, got {value}")), "{}", error);
        let error = serde_json::from_str::<Code>(&json).unwrap_err().to_string();
        prop_assert!(error.starts_with(&format!("status code must be 100–999, got {value}")), "{}", error);
        // CBOR is not human-readable, so it takes the `u16` path.
        let bytes = cbor(&value);
        prop_assert!(ciborium::from_reader::<Status, _>(&bytes[..]).is_err());
        prop_assert!(ciborium::from_reader::<Code, _>(&bytes[..]).is_err());
    }

    #[test]
    fn every_code_round_trips_through_code(code in 100_u16..=999) {
        let code = Code::from_u16(code).unwrap();
        let json = serde_json::to_string(&code).unwrap();
        prop_assert_eq!(&json, &code.code().to_string());
        prop_assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), code);
        prop_assert_eq!(ciborium::from_reader::<Code, _>(&cbor(&code)[..]).unwrap(), code);
        prop_assert_eq!(serde_json::from_str::<Code>(&serde_json::to_string(&code.to_string()).unwrap()).unwrap(), code);
    }

    #[test]
    fn arbitrary_integers_are_read_exactly_or_refused_as_codes(value in any::<i64>()) {
        let result = serde_json::from_str::<Code>(&value.to_string()).ok();
        prop_assert_eq!(result, u16::try_from(value).ok().and_then(Code::from_u16));
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

/// CBOR is self-describing but not human-readable: it carries integers,
/// and a string is refused with a type error, as the docs say.
#[test]
fn cbor_takes_integers_only() {
    let status: Status = ciborium::from_reader(&cbor(&424_u16)[..]).unwrap();
    assert_eq!(status, Status::FailedDependency);
    assert_eq!(cbor(&Status::FailedDependency), cbor(&424_u16));
    for text in ["424", "Failed Dependency"] {
        let error = ciborium::from_reader::<Status, _>(&cbor(&text)[..]).unwrap_err();
        assert!(error.to_string().contains("invalid type"), "{error}");
    }
    let error = ciborium::from_reader::<Status, _>(&cbor(&299_u16)[..]).unwrap_err();
    assert!(
        error.to_string().contains("unknown HTTP status code 299"),
        "{error}"
    );
    let code: Code = ciborium::from_reader(&cbor(&299_u16)[..]).unwrap();
    assert_eq!(code, 299);
}

/// The issue's case: a struct holding a `Code` reads a code the crate
/// does not know, where one holding a `Status` fails.
#[test]
fn a_code_field_keeps_unknown_codes() {
    #[derive(serde::Deserialize)]
    struct WithStatus {
        #[allow(dead_code)]
        status: Status,
    }
    #[derive(serde::Deserialize)]
    struct WithCode {
        status: Code,
    }
    assert!(serde_json::from_str::<WithStatus>(r#"{"status": 299}"#).is_err());
    let reply: WithCode = serde_json::from_str(r#"{"status": 299}"#).unwrap();
    assert_eq!(reply.status.understood_as(), Status::Ok);
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
