//! The generator's registry parser on arbitrary text: a clean error or
//! generated code that parses as Rust (checked with `syn`), never a panic.
//! The first byte picks what the text stands in for: the statuses file, or
//! an ecosystem file beside the real statuses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscodes_codegen::{generate_from, Source, MEANINGS, STATUSES};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let fuzzed = Source { name: "fuzzed.tsv", text };
    let result = if mode % 2 == 0 {
        generate_from(fuzzed, MEANINGS, &[])
    } else {
        generate_from(STATUSES, MEANINGS, &[fuzzed])
    };
    match result {
        Ok(generated) => {
            if let Err(error) = syn::parse_file(&generated.rust) {
                panic!("the generator accepted a registry but wrote Rust that does not parse: {error}");
            }
        }
        Err(error) => {
            assert!(error.to_string().starts_with("fuzzed.tsv") || error.to_string().starts_with("registry/"));
        }
    }
});
