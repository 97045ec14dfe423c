//! [`GrpcCode`]: the gRPC status codes, and the two mappings between them
//! and HTTP statuses that the gRPC and Google API projects document.

use core::fmt;
use core::str::FromStr;

use crate::generated::{
    GRPC_BY_STATUS, GRPC_CODES, GRPC_GRPC_TO_HTTP_SOURCE, GRPC_HTTP_TO_GRPC_SOURCE, GRPC_OTHERWISE,
};
use crate::{Code, GrpcCode, ParseGrpcCodeError, Status, StatusClass};

/// One gRPC code's facts, as the generator writes them.
pub(crate) struct GrpcInfo {
    pub(crate) name: &'static str,
    /// What `google.rpc.Code` maps it to.
    pub(crate) http: Status,
    pub(crate) note: Option<&'static str>,
}

impl GrpcCode {
    /// The 17 codes, by number.
    ///
    /// ```
    /// use statuscodes::GrpcCode;
    ///
    /// assert_eq!(GrpcCode::ALL.len(), 17);
    /// assert!(GrpcCode::ALL.iter().enumerate().all(|(i, c)| usize::from(c.number()) == i));
    /// ```
    pub const ALL: &'static [GrpcCode] = generated_all();

    /// Where the HTTP-to-gRPC mapping ([`Status::grpc_code`]) was read.
    pub const HTTP_TO_GRPC_SOURCE: &'static str = GRPC_HTTP_TO_GRPC_SOURCE;

    /// Where the gRPC-to-HTTP mapping ([`GrpcCode::http_status`]) was read.
    pub const GRPC_TO_HTTP_SOURCE: &'static str = GRPC_GRPC_TO_HTTP_SOURCE;

    fn info(self) -> &'static GrpcInfo {
        &GRPC_CODES[self as usize]
    }

    /// The code's number, 0 to 16.
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The code with this number.
    ///
    /// ```
    /// use statuscodes::GrpcCode;
    ///
    /// assert_eq!(GrpcCode::from_number(5), Some(GrpcCode::NotFound));
    /// assert_eq!(GrpcCode::from_number(17), None);
    /// ```
    pub fn from_number(number: u8) -> Option<GrpcCode> {
        GrpcCode::ALL.get(usize::from(number)).copied()
    }

    /// The name in the protos: `NOT_FOUND`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The HTTP status `google.rpc.Code` maps this code to, for APIs that
    /// serve gRPC errors over HTTP (the gRPC-to-HTTP direction).
    ///
    /// ```
    /// use statuscodes::{GrpcCode, Status};
    ///
    /// assert_eq!(GrpcCode::NotFound.http_status(), Status::NotFound);
    /// assert_eq!(GrpcCode::Cancelled.http_status(), Status::ClientClosedRequest);
    /// ```
    pub fn http_status(self) -> Status {
        self.info().http
    }

    /// Our note on the mapping, if any.
    pub fn note(self) -> Option<&'static str> {
        self.info().note
    }
}

/// The name: `NOT_FOUND`.
impl fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Takes the name (`NOT_FOUND`, ignoring ASCII case) or the number.
///
/// ```
/// use statuscodes::GrpcCode;
///
/// assert_eq!("not_found".parse(), Ok(GrpcCode::NotFound));
/// assert_eq!("14".parse(), Ok(GrpcCode::Unavailable));
/// assert!("NOTFOUND".parse::<GrpcCode>().is_err());
/// ```
impl FromStr for GrpcCode {
    type Err = ParseGrpcCodeError;

    fn from_str(input: &str) -> Result<GrpcCode, ParseGrpcCodeError> {
        let by_number = input.parse::<u8>().ok().and_then(GrpcCode::from_number);
        by_number
            .or_else(|| {
                GrpcCode::ALL
                    .iter()
                    .copied()
                    .find(|code| code.name().eq_ignore_ascii_case(input))
            })
            .ok_or_else(|| ParseGrpcCodeError::new(input))
    }
}

const fn generated_all() -> &'static [GrpcCode] {
    crate::generated::GRPC_ALL
}

impl Status {
    /// The gRPC code a gRPC client reports when a response carries this
    /// status instead of a gRPC status (the HTTP-to-gRPC direction, from the
    /// gRPC project's mapping). `None` for 1xx: an interim response is
    /// skipped, not mapped.
    ///
    /// ```
    /// use statuscodes::{GrpcCode, Status};
    ///
    /// assert_eq!(Status::NotFound.grpc_code(), Some(GrpcCode::Unimplemented));
    /// assert_eq!(Status::ServiceUnavailable.grpc_code(), Some(GrpcCode::Unavailable));
    /// assert_eq!(Status::Ok.grpc_code(), Some(GrpcCode::Unknown));
    /// assert_eq!(Status::Continue.grpc_code(), None);
    /// ```
    pub fn grpc_code(self) -> Option<GrpcCode> {
        GRPC_BY_STATUS[self.index()]
    }
}

impl Code {
    /// [`Status::grpc_code`] for any code: a code the crate does not know
    /// maps as every other code does; 1xx gives `None`.
    ///
    /// ```
    /// use statuscodes::{Code, GrpcCode};
    ///
    /// assert_eq!(Code::from_u16(299).unwrap().grpc_code(), Some(GrpcCode::Unknown));
    /// assert_eq!(Code::from_u16(502).unwrap().grpc_code(), Some(GrpcCode::Unavailable));
    /// ```
    pub fn grpc_code(self) -> Option<GrpcCode> {
        match (self.status(), self.class()) {
            (Some(status), _) => status.grpc_code(),
            (None, Some(StatusClass::Informational)) => None,
            (None, _) => GRPC_OTHERWISE,
        }
    }
}
