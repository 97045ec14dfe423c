//! Deserialising `Status` from arbitrary JSON: never a panic, never a
//! truncated code, and whatever is read writes back as its code.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscodes::Status;

fuzz_target!(|data: &[u8]| {
    if let Ok(status) = serde_json::from_slice::<Status>(data) {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, status.code().to_string());
        if let Ok(number) = serde_json::from_slice::<u64>(data) {
            assert_eq!(number, u64::from(status.code()));
        }
    }
    let _ = serde_json::from_slice::<Vec<Status>>(data);
});
