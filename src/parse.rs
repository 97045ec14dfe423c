//! `FromStr` for [`Status`]: codes, variant names and reason phrases,
//! ignoring ASCII case, without allocation.

use core::str::FromStr;

use crate::{ParseStatusError, ParseStatusErrorKind, Status};

/// Parses `"424"`, `"FailedDependency"`, `"Failed Dependency"` or
/// `"424 Failed Dependency"`, ignoring ASCII case, so that the
/// [`Display`](core::fmt::Display) form parses back. Surrounding
/// whitespace is not accepted.
///
/// ```
/// use statuscodes::Status;
///
/// for input in ["424", "FailedDependency", "failed dependency", "424 FAILED DEPENDENCY"] {
///     assert_eq!(input.parse(), Ok(Status::FailedDependency));
/// }
/// assert_eq!(
///     "299".parse::<Status>().unwrap_err().to_string(),
///     "unknown HTTP status code 299"
/// );
/// assert_eq!(
///     "1000".parse::<Status>().unwrap_err().to_string(),
///     "status code must be 100–999, got 1000"
/// );
/// ```
impl FromStr for Status {
    type Err = ParseStatusError;

    fn from_str(s: &str) -> Result<Status, ParseStatusError> {
        if s.is_empty() {
            return Err(ParseStatusError::new(ParseStatusErrorKind::Empty, s));
        }
        // Nothing longer can be a status: rejecting it first keeps the
        // cost of hostile input (megabytes of digits) constant.
        if s.len() > MAX_INPUT {
            return Err(ParseStatusError::too_long(s));
        }
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return crate::index::status_by_key(s)
                .ok_or_else(|| ParseStatusError::new(ParseStatusErrorKind::UnknownName, s));
        }
        let (number, rest) = s.split_at(digits);
        let mut after = rest.chars();
        match after.next() {
            None => code(number).map_err(|kind| ParseStatusError::with_number(kind, s, number)),
            Some(' ') => {
                let status =
                    code(number).map_err(|kind| ParseStatusError::with_number(kind, s, number))?;
                let phrase = after.as_str();
                if phrase.eq_ignore_ascii_case(status.reason_phrase()) {
                    Ok(status)
                } else {
                    Err(ParseStatusError::phrase_mismatch(s, status.code()))
                }
            }
            Some(found) => Err(ParseStatusError::invalid_character(s, number, found)),
        }
    }
}

/// The longest text that can be a status: a code, a space and a reason
/// phrase, which the generator keeps to at most 60 bytes.
const MAX_INPUT: usize = 64;

// Prove at compile time that every variant name and every "NNN Phrase"
// fits, so the early rejection never refuses a status.
const _: () = {
    let mut i = 0;
    while i < crate::generated::PHRASES.len() {
        assert!(crate::generated::PHRASES[i].len() + 4 <= MAX_INPUT);
        assert!(crate::generated::VARIANT_NAMES[i].len() <= MAX_INPUT);
        i += 1;
    }
};

/// A string of ASCII digits as a known status. A status code is exactly
/// three digits, as in HTTP itself, so `0404` is out of range.
fn code(digits: &str) -> Result<Status, ParseStatusErrorKind> {
    let value = three_digits(digits.as_bytes()).ok_or(ParseStatusErrorKind::OutOfRange)?;
    Status::from_u16(value).ok_or(ParseStatusErrorKind::UnknownCode)
}

/// Exactly three ASCII digits, the first not `0`, as the number 100–999
/// they write; `None` for anything else.
pub(crate) fn three_digits(bytes: &[u8]) -> Option<u16> {
    match bytes {
        [a @ b'1'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => {
            Some(u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'))
        }
        _ => None,
    }
}
