//! `FromStr` for `Status`, `Ecosystem` and `StatusClass`: never a panic,
//! and whatever parses prints and parses back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscodes::{Ecosystem, Status, StatusClass};

fuzz_target!(|input: &str| {
    match input.parse::<Status>() {
        Ok(status) => {
            assert!(input.eq_ignore_ascii_case(&status.to_string())
                || input.eq_ignore_ascii_case(status.variant_name())
                || input.eq_ignore_ascii_case(status.reason_phrase())
                || input == status.code().to_string());
            assert_eq!(status.to_string().parse::<Status>(), Ok(status));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    if let Ok(ecosystem) = input.parse::<Ecosystem>() {
        assert!(input.eq_ignore_ascii_case(ecosystem.id())
            || ecosystem.aliases().iter().any(|alias| input.eq_ignore_ascii_case(alias))
            || input.eq_ignore_ascii_case(ecosystem.name()));
        assert_eq!(ecosystem.to_string().parse::<Ecosystem>(), Ok(ecosystem));
    }
    if let Ok(class) = input.parse::<StatusClass>() {
        assert_eq!(class.id().parse::<StatusClass>(), Ok(class));
    }
});
