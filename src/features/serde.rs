//! `Serialize` and `Deserialize`, written against `serde_core` without
//! derives.
//!
//! [`Status`] is its code. Reading one takes an integer, or any string that
//! `FromStr` takes, in human-readable formats; other formats carry a `u16`.
//! Integers out of range are errors, never truncated. [`StatusClass`] and
//! [`Ecosystem`] are their ids.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use serde_core::de::{self, Deserializer, Unexpected, Visitor};
use serde_core::{Deserialize, Serialize, Serializer};

use crate::{CodeError, Ecosystem, Status, StatusClass};

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

/// Reads an integer code, or a string that [`FromStr`] takes.
///
/// ```
/// use statuscodes::Status;
///
/// let parsed: Vec<Status> = serde_json::from_str(r#"[424, "424", "Failed Dependency"]"#).unwrap();
/// assert!(parsed.iter().all(|s| *s == Status::FailedDependency));
///
/// let error = serde_json::from_str::<Status>("65736").unwrap_err();
/// assert!(error.to_string().starts_with("status code must be 100–999, got 65736"));
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Status, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor)
        } else {
            deserializer.deserialize_u16(StatusVisitor)
        }
    }
}

struct StatusVisitor;

impl StatusVisitor {
    #[inline]
    fn code<E: de::Error>(value: u64) -> Result<Status, E> {
        match u16::try_from(value).ok().and_then(Status::from_u16) {
            Some(status) => Ok(status),
            None => Err(StatusVisitor::code_error(value)),
        }
    }

    /// Kept out of line, so that reading a valid code stays short.
    #[cold]
    #[inline(never)]
    fn code_error<E: de::Error>(value: u64) -> E {
        match u16::try_from(value) {
            Ok(code) => E::custom(CodeError::new(code)),
            Err(_) => E::custom(format_args!("status code must be 100–999, got {value}")),
        }
    }
}

impl Visitor<'_> for StatusVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status code, or a string such as \"424\" or \"Failed Dependency\"")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Status, E> {
        StatusVisitor::code(value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Status, E> {
        match u64::try_from(value) {
            Ok(value) => StatusVisitor::code(value),
            Err(_) => Err(E::custom(format_args!(
                "status code must be 100–999, got {value}"
            ))),
        }
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Status, E> {
        match u64::try_from(value) {
            Ok(value) => StatusVisitor::code(value),
            Err(_) => Err(E::custom(format_args!(
                "status code must be 100–999, got {value}"
            ))),
        }
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Status, E> {
        match u64::try_from(value) {
            Ok(value) => StatusVisitor::code(value),
            Err(_) => Err(E::custom(format_args!(
                "status code must be 100–999, got {value}"
            ))),
        }
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Status, E> {
        Err(E::invalid_type(Unexpected::Float(value), &self))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Status, E> {
        Status::from_str(value).map_err(E::custom)
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
