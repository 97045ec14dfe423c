//! `from_name_in` and `lookup`: never a panic, and the two always agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscodes::{Ecosystem, Status};

fuzz_target!(|input: &str| {
    for &ecosystem in Ecosystem::ALL {
        if let Some(status) = Status::from_name_in(ecosystem, input) {
            assert!(Status::lookup(input).any(|hit| (hit.ecosystem(), hit.status()) == (ecosystem, status)));
            assert!(status.names_in(ecosystem).any(|name| {
                input == name.text() || input == name.bare() || input.ends_with(name.bare())
            }));
        }
    }
    for hit in Status::lookup(input) {
        assert_eq!(Status::from_name_in(hit.ecosystem(), input), Some(hit.status()));
    }
    // The one resolver takes anything without a panic.
    let _ = Status::resolve(input).map(|resolved| resolved.matches().count());
});
