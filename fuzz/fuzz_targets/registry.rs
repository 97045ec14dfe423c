//! The generator's registry parser on arbitrary text: a clean error or
//! generated code that parses as Rust (checked with `syn`), never a panic.
//! The first byte picks what the text stands in for: the statuses file, an
//! ecosystem file beside the real statuses, or one of the fact files
//! (requirements, guidance, a retry set, gRPC) beside the real ones.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscodes_codegen::{
    generate_from, generate_with, FactSources, Source, ECOSYSTEMS, FACTS, MEANINGS, STATUSES,
};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let fuzzed = Source { name: "fuzzed.tsv", text };
    let one = [fuzzed];
    let facts = match mode % 6 {
        2 => FactSources { requirements: Some(fuzzed), ..FACTS },
        3 => FactSources { guidance: &one, ..FACTS },
        4 => FactSources { retries: &one, ..FACTS },
        5 => FactSources { grpc: Some(fuzzed), ..FACTS },
        _ => FACTS,
    };
    let result = match mode % 6 {
        0 => generate_from(fuzzed, MEANINGS, &[]),
        1 => generate_from(STATUSES, MEANINGS, &[fuzzed]),
        _ => generate_with(STATUSES, MEANINGS, ECOSYSTEMS, &facts),
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
