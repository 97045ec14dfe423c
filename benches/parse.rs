//! `FromStr` on variant names and reason phrases, side by side with a
//! strum `EnumString` derive (ASCII case-insensitive) over the same
//! variants.
//!
//! `cargo bench --bench parse`

use std::hint::black_box;
use std::str::FromStr;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use statuscodes::Status;

/// Declares the strum baseline: one variant per status, parsed from its
/// variant name or its reason phrase, ignoring ASCII case, as `Status` is.
macro_rules! strum_baseline {
    ($($variant:ident $name:literal => $phrase:literal,)*) => {
        #[derive(Debug, PartialEq, strum::EnumString)]
        #[strum(ascii_case_insensitive)]
        enum StrumStatus {
            $(#[strum(serialize = $name, serialize = $phrase)] $variant,)*
        }

        /// The variant names and phrases the baseline was declared with.
        const BASELINE: &[(&str, &str)] = &[$(($name, $phrase),)*];
    };
}

// The same variants and phrases as the registry; `baseline_matches` checks
// before measuring, so the two cannot drift apart.
strum_baseline! {
    Continue "Continue" => "Continue",
    SwitchingProtocols "SwitchingProtocols" => "Switching Protocols",
    Processing "Processing" => "Processing",
    EarlyHints "EarlyHints" => "Early Hints",
    UploadResumptionSupported "UploadResumptionSupported" => "Upload Resumption Supported",
    RequestUriTooLong "RequestUriTooLong" => "Request-URI Too Long",
    Ok "Ok" => "OK",
    Created "Created" => "Created",
    Accepted "Accepted" => "Accepted",
    NonAuthoritativeInformation "NonAuthoritativeInformation" => "Non-Authoritative Information",
    NoContent "NoContent" => "No Content",
    ResetContent "ResetContent" => "Reset Content",
    PartialContent "PartialContent" => "Partial Content",
    MultiStatus "MultiStatus" => "Multi-Status",
    AlreadyReported "AlreadyReported" => "Already Reported",
    ThisIsFine "ThisIsFine" => "This is fine",
    ImUsed "ImUsed" => "IM Used",
    MultipleChoices "MultipleChoices" => "Multiple Choices",
    MovedPermanently "MovedPermanently" => "Moved Permanently",
    Found "Found" => "Found",
    SeeOther "SeeOther" => "See Other",
    NotModified "NotModified" => "Not Modified",
    UseProxy "UseProxy" => "Use Proxy",
    Unused "Unused" => "Unused",
    TemporaryRedirect "TemporaryRedirect" => "Temporary Redirect",
    PermanentRedirect "PermanentRedirect" => "Permanent Redirect",
    BadRequest "BadRequest" => "Bad Request",
    Unauthorized "Unauthorized" => "Unauthorized",
    PaymentRequired "PaymentRequired" => "Payment Required",
    Forbidden "Forbidden" => "Forbidden",
    NotFound "NotFound" => "Not Found",
    MethodNotAllowed "MethodNotAllowed" => "Method Not Allowed",
    NotAcceptable "NotAcceptable" => "Not Acceptable",
    ProxyAuthenticationRequired "ProxyAuthenticationRequired" => "Proxy Authentication Required",
    RequestTimeout "RequestTimeout" => "Request Timeout",
    Conflict "Conflict" => "Conflict",
    Gone "Gone" => "Gone",
    LengthRequired "LengthRequired" => "Length Required",
    PreconditionFailed "PreconditionFailed" => "Precondition Failed",
    ContentTooLarge "ContentTooLarge" => "Content Too Large",
    UriTooLong "UriTooLong" => "URI Too Long",
    UnsupportedMediaType "UnsupportedMediaType" => "Unsupported Media Type",
    RangeNotSatisfiable "RangeNotSatisfiable" => "Range Not Satisfiable",
    ExpectationFailed "ExpectationFailed" => "Expectation Failed",
    ImATeapot "ImATeapot" => "I'm a teapot",
    PageExpired "PageExpired" => "Page Expired",
    EnhanceYourCalm "EnhanceYourCalm" => "Enhance Your Calm",
    MisdirectedRequest "MisdirectedRequest" => "Misdirected Request",
    UnprocessableContent "UnprocessableContent" => "Unprocessable Content",
    Locked "Locked" => "Locked",
    FailedDependency "FailedDependency" => "Failed Dependency",
    TooEarly "TooEarly" => "Too Early",
    UpgradeRequired "UpgradeRequired" => "Upgrade Required",
    PreconditionRequired "PreconditionRequired" => "Precondition Required",
    TooManyRequests "TooManyRequests" => "Too Many Requests",
    RequestHeaderFieldsTooLarge "RequestHeaderFieldsTooLarge" => "Request Header Fields Too Large",
    LoginTimeout "LoginTimeout" => "Login Time-out",
    NoResponse "NoResponse" => "No Response",
    RetryWith "RetryWith" => "Retry With",
    BlockedByWindowsParentalControls "BlockedByWindowsParentalControls" => "Blocked by Windows Parental Controls",
    UnavailableForLegalReasons "UnavailableForLegalReasons" => "Unavailable For Legal Reasons",
    RequestHeaderTooLarge "RequestHeaderTooLarge" => "Request Header Too Large",
    SslCertificateError "SslCertificateError" => "SSL Certificate Error",
    SslCertificateRequired "SslCertificateRequired" => "SSL Certificate Required",
    HttpRequestSentToHttpsPort "HttpRequestSentToHttpsPort" => "HTTP Request Sent to HTTPS Port",
    InvalidToken "InvalidToken" => "Invalid Token",
    ClientClosedRequest "ClientClosedRequest" => "Client Closed Request",
    InternalServerError "InternalServerError" => "Internal Server Error",
    NotImplemented "NotImplemented" => "Not Implemented",
    BadGateway "BadGateway" => "Bad Gateway",
    ServiceUnavailable "ServiceUnavailable" => "Service Unavailable",
    GatewayTimeout "GatewayTimeout" => "Gateway Timeout",
    HttpVersionNotSupported "HttpVersionNotSupported" => "HTTP Version Not Supported",
    VariantAlsoNegotiates "VariantAlsoNegotiates" => "Variant Also Negotiates",
    InsufficientStorage "InsufficientStorage" => "Insufficient Storage",
    LoopDetected "LoopDetected" => "Loop Detected",
    BandwidthLimitExceeded "BandwidthLimitExceeded" => "Bandwidth Limit Exceeded",
    NotExtended "NotExtended" => "Not Extended",
    NetworkAuthenticationRequired "NetworkAuthenticationRequired" => "Network Authentication Required",
    WebServerReturnsUnknownError "WebServerReturnsUnknownError" => "Web Server Returns an Unknown Error",
    WebServerIsDown "WebServerIsDown" => "Web Server Is Down",
    ConnectionTimedOut "ConnectionTimedOut" => "Connection Timed Out",
    OriginIsUnreachable "OriginIsUnreachable" => "Origin Is Unreachable",
    ATimeoutOccurred "ATimeoutOccurred" => "A Timeout Occurred",
    SslHandshakeFailed "SslHandshakeFailed" => "SSL Handshake Failed",
    InvalidSslCertificate "InvalidSslCertificate" => "Invalid SSL Certificate",
    RailgunError "RailgunError" => "Railgun Error",
    OriginDnsError "OriginDnsError" => "Origin DNS Error",
    NetworkReadTimeoutError "NetworkReadTimeoutError" => "Network Read Timeout Error",
    NetworkConnectTimeoutError "NetworkConnectTimeoutError" => "Network Connect Timeout Error",
}

fn baseline_matches() {
    let ours: Vec<(&str, &str)> = Status::ALL
        .iter()
        .map(|s| (s.variant_name(), s.reason_phrase()))
        .collect();
    assert_eq!(
        BASELINE, ours,
        "the strum baseline in benches/parse.rs is out of date"
    );
}

/// Each status's variant name, or its reason phrase (every other one
/// lowercased), in a fixed shuffled order so that neither side benefits from
/// sorted input.
fn inputs(phrases: bool) -> Vec<String> {
    let inputs: Vec<String> = Status::ALL
        .iter()
        .enumerate()
        .map(|(i, status)| match (phrases, i % 2) {
            (false, _) => status.variant_name().to_string(),
            (true, 0) => status.reason_phrase().to_ascii_lowercase(),
            (true, _) => status.reason_phrase().to_string(),
        })
        .collect();
    let n = inputs.len();
    (0..n).map(|i| inputs[(i * 37) % n].clone()).collect()
}

fn parse(c: &mut Criterion) {
    baseline_matches();
    for (group_name, phrases) in [
        ("FromStr on variant names", false),
        ("FromStr on reason phrases", true),
    ] {
        let inputs = inputs(phrases);
        for input in &inputs {
            assert!(
                Status::from_str(input).is_ok() && StrumStatus::from_str(input).is_ok(),
                "{input}"
            );
        }
        let mut group = c.benchmark_group(group_name);
        group.throughput(Throughput::Elements(inputs.len() as u64));
        group.bench_function("statuscodes Status::from_str", |b| {
            b.iter(|| {
                black_box(&inputs)
                    .iter()
                    .filter(|s| Status::from_str(s).is_ok())
                    .count()
            })
        });
        group.bench_function("strum EnumString (ascii_case_insensitive)", |b| {
            b.iter(|| {
                black_box(&inputs)
                    .iter()
                    .filter(|s| StrumStatus::from_str(s).is_ok())
                    .count()
            })
        });
        group.finish();
    }
}

criterion_group!(benches, parse);
criterion_main!(benches);
