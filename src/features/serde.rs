//! `Serialize` and `Deserialize`, written against `serde_core` without
//! derives.
//!
//! [`Status`] and [`Code`] are their code. Reading one takes an integer, or
//! any string that `FromStr` takes, in human-readable formats; other formats
//! carry a `u16`. Integers out of range are errors, never truncated.
//! [`StatusClass`] and [`Ecosystem`] are their ids.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use serde_core::de::{self, Deserializer, Unexpected, Visitor};
use serde_core::{Deserialize, Serialize, Serializer};

use crate::{Code, CodeError, Ecosystem, ParseStatusError, Status, StatusClass};

/// Writes the code as an integer.
///
/// ```
/// use statuscodes::Status;
///
/// assert_eq!(serde_json::to_string(&Status::FailedDependency).unwrap(), "424");
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// Reads a known code. What else a format may carry depends on the format:
///
/// - Human-readable formats (those whose `is_human_readable()` is true:
///   JSON, YAML, TOML, RON, ...) take an integer or any string that
///   [`FromStr`] takes: `424`, `"424"`, `"Failed Dependency"`.
/// - The others (CBOR, MessagePack, bincode, postcard, ...) take an integer
///   only. They are asked for a `u16`; a self-describing one such as CBOR
///   then refuses a string with a type error, and one that is not
///   self-describing reads the next two bytes as the code.
///
/// An integer outside 100–999 or one the crate does not know is an error
/// in every format, never truncated to fit a `u16`. To keep codes the
/// crate does not know, deserialize a [`Code`].
///
/// ```
/// use statuscodes::Status;
///
/// let parsed: Vec<Status> = serde_json::from_str(r#"[424, "424", "Failed Dependency"]"#).unwrap();
/// assert!(parsed.iter().all(|s| *s == Status::FailedDependency));
///
/// let error = serde_json::from_str::<Status>("65960").unwrap_err();
/// assert!(error.to_string().starts_with("status code must be 100–999, got 65960"));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(CodeVisitor::new())
        } else {
            deserializer.deserialize_u16(CodeVisitor::new())
        }
    }
}

/// Writes the code as an integer, known or not.
///
/// ```
/// use statuscodes::Code;
///
/// assert_eq!(serde_json::to_string(&Code::from_u16(299).unwrap()).unwrap(), "299");
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

/// Reads any code from 100 to 999, known or not, in the forms that
/// [`Status`] reads: in human-readable formats an integer or a string that
/// [`Code`]'s `FromStr` takes, in the others an integer only.
///
/// ```
/// use statuscodes::Code;
///
/// let parsed: Vec<Code> = serde_json::from_str(r#"[299, "701", "Failed Dependency"]"#).unwrap();
/// let codes: Vec<u16> = parsed.iter().map(|code| code.code()).collect();
/// assert_eq!(codes, [299, 701, 424]);
///
/// let error = serde_json::from_str::<Code>("1000").unwrap_err();
/// assert!(error.to_string().starts_with("status code must be 100–999, got 1000"));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(CodeVisitor::new())
        } else {
            deserializer.deserialize_u16(CodeVisitor::new())
        }
    }
}

/// What [`CodeVisitor`] reads: [`Status`] or [`Code`].
trait FromCode: Sized + FromStr<Err = ParseStatusError> {
    const EXPECTING: &'static str;

    fn from_u16(code: u16) -> Option<Self>;
}

impl FromCode for Status {
    const EXPECTING: &'static str =
        "an HTTP status code, or a string such as \"424\" or \"Failed Dependency\"";

    fn from_u16(code: u16) -> Option<Status> {
        Status::from_u16(code)
    }
}

impl FromCode for Code {
    const EXPECTING: &'static str =
        "an HTTP status code from 100 to 999, or a string such as \"299\" or \"Failed Dependency\"";

    fn from_u16(code: u16) -> Option<Code> {
        Code::from_u16(code)
    }
}

struct CodeVisitor<T>(PhantomData<T>);

impl<T: FromCode> CodeVisitor<T> {
    fn new() -> CodeVisitor<T> {
        CodeVisitor(PhantomData)
    }

    #[inline]
    fn code<E: de::Error>(value: u64) -> Result<T, E> {
        match u16::try_from(value).ok().and_then(T::from_u16) {
            Some(status) => Ok(status),
            None => Err(code_error(value)),
        }
    }
}

/// Kept out of line, so that reading a valid code stays short.
#[cold]
#[inline(never)]
fn code_error<E: de::Error>(value: u64) -> E {
    match u16::try_from(value) {
        Ok(code) => E::custom(CodeError::new(code)),
        Err(_) => out_of_range(value),
    }
}

#[cold]
#[inline(never)]
fn out_of_range<E: de::Error>(value: impl fmt::Display) -> E {
    E::custom(format_args!("status code must be 100–999, got {value}"))
}

impl<T: FromCode> Visitor<'_> for CodeVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        CodeVisitor::code(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        match u64::try_from(value) {
            Ok(value) => CodeVisitor::code(value),
            Err(_) => Err(out_of_range(value)),
        }
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<T, E> {
        match u64::try_from(value) {
            Ok(value) => CodeVisitor::code(value),
            Err(_) => Err(out_of_range(value)),
        }
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<T, E> {
        match u64::try_from(value) {
            Ok(value) => CodeVisitor::code(value),
            Err(_) => Err(out_of_range(value)),
        }
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        Err(E::invalid_type(Unexpected::Float(value), &self))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        T::from_str(value).map_err(E::custom)
    }
}

/// Serialises as the [`id`](StatusClass::id): `"client_error"`.
///
/// ```
/// use statuscodes::StatusClass;
///
/// assert_eq!(serde_json::to_string(&StatusClass::ClientError).unwrap(), r#""client_error""#);
/// assert_eq!(serde_json::from_str::<StatusClass>(r#""4xx""#).unwrap(), StatusClass::ClientError);
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for StatusClass {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// Reads any string that [`StatusClass`]'s `FromStr` takes.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for StatusClass {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<StatusClass, D::Error> {
        deserializer.deserialize_str(FromStrVisitor::new(
            "a status class such as \"client_error\" or \"4xx\"",
        ))
    }
}

/// Serialises as the [`id`](Ecosystem::id): `"go"`.
///
/// ```
/// use statuscodes::Ecosystem;
///
/// assert_eq!(serde_json::to_string(&Ecosystem::RustHttp).unwrap(), r#""rust-http""#);
/// assert_eq!(serde_json::from_str::<Ecosystem>(r#""go""#).unwrap(), Ecosystem::Go);
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Ecosystem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// Reads what [`FromStr`](core::str::FromStr) takes: an ecosystem's id,
/// one of its aliases (`"golang"`) or its name (`"Go net/http"`), ignoring
/// ASCII case.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Ecosystem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Ecosystem, D::Error> {
        deserializer.deserialize_str(FromStrVisitor::new("an ecosystem id such as \"go\""))
    }
}

/// Reads a string through `T`'s `FromStr`, reporting its error message.
struct FromStrVisitor<T> {
    expecting: &'static str,
    marker: PhantomData<T>,
}

impl<T> FromStrVisitor<T> {
    fn new(expecting: &'static str) -> FromStrVisitor<T> {
        FromStrVisitor {
            expecting,
            marker: PhantomData,
        }
    }
}

impl<T> Visitor<'_> for FromStrVisitor<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        value.parse().map_err(E::custom)
    }
}
