//! The status registry of [`statuscodes`](https://docs.rs/statuscodes), and
//! the generator that turns it into Rust.
//!
//! The registry is a handful of tab-separated files in `registry/` (their
//! format is described in `registry/README.md`). They are embedded in this
//! crate with `include_str!`, so they ship in its package and Cargo rebuilds
//! whatever depends on it when they change. The `statuscodes` build script
//! calls [`generate`] and writes the result into its `OUT_DIR`:
//!
//! ```
//! let generated = statuscodes_codegen::generate().expect("the registry is valid");
//! assert!(generated.rust.contains("FailedDependency = 424,"));
//! assert!(generated.markdown.contains("| 424 |"));
//! ```
//!
//! [`generate_from`] does the same for registry text given by the caller;
//! it is what the tests use to prove that bad registries are rejected with
//! a message that names the file, line and field.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod emit;
mod error;
mod facts;
mod hash;
mod parse;
pub mod registry;
mod tsv;

pub use error::Error;
pub use facts::FactSources;
pub use registry::Registry;
pub use tsv::Source;

/// The embedded `statuses.tsv`.
pub const STATUSES: Source<'static> = Source {
    name: "registry/statuses.tsv",
    text: include_str!("../registry/statuses.tsv"),
};

/// The embedded `meanings.tsv`.
pub const MEANINGS: Source<'static> = Source {
    name: "registry/meanings.tsv",
    text: include_str!("../registry/meanings.tsv"),
};

macro_rules! ecosystem_files {
    ($($id:literal),* $(,)?) => {
        /// The embedded ecosystem files, in the order of the `Ecosystem` enum.
        ///
        /// Adding an ecosystem means adding its file here.
        pub const ECOSYSTEMS: &[Source<'static>] = &[$(Source {
            name: concat!("registry/ecosystems/", $id, ".tsv"),
            text: include_str!(concat!("../registry/ecosystems/", $id, ".tsv")),
        }),*];
    };
}

ecosystem_files![
    // The nine of the design's seed card, in its order.
    "rails",
    "symfony",
    "python2",
    "dotnet",
    "rust-http",
    "go",
    "python",
    "apache-httpcore5",
    "angular",
    // Then by language, alphabetically.
    // C
    "nginx",
    // C#
    "aspnetcore",
    // C++
    "beast",
    "cpp-httplib",
    // Crystal
    "crystal",
    // Dart
    "dart",
    // Elixir
    "plug",
    // Go
    "fasthttp",
    // Haskell
    "haskell-http-types",
    // Java
    "spring",
    "jakarta-rest",
    "java",
    "servlet",
    "netty",
    "jetty",
    "undertow",
    "micronaut",
    // JavaScript
    "nodejs",
    "nodejs-http2",
    "http-status",
    // Kotlin
    "ktor",
    // Lua
    "openresty",
    // Perl
    "perl",
    // PHP
    "psr-http",
    // Python
    "starlette",
    "drf",
    "requests",
    "werkzeug",
    "django",
    // Ruby
    "ruby-net-http",
    // Rust
    "http-types",
    "rocket",
    // Scala
    "pekko-http",
    "http4s",
    "play",
    // Swift
    "swiftnio",
    "swift-http-types",
    // TypeScript
    "http-status-codes",
    "deno",
    // Zig
    "zig",
];

macro_rules! registry_file {
    ($path:literal) => {
        Source {
            name: concat!("registry/", $path),
            text: include_str!(concat!("../registry/", $path)),
        }
    };
}

/// The embedded fact files: requirements, guidance, retry sets and gRPC.
pub const FACTS: FactSources<'static> = FactSources {
    requirements: Some(registry_file!("requirements.tsv")),
    guidance: &[
        registry_file!("guidance/1xx-417.tsv"),
        registry_file!("guidance/418-5xx.tsv"),
    ],
    // Python, Go, Kotlin, C#, Python, Python, Rust: the order the card lists.
    retries: &[
        registry_file!("retries/urllib3.tsv"),
        registry_file!("retries/go-retryablehttp.tsv"),
        registry_file!("retries/okhttp.tsv"),
        registry_file!("retries/dotnet-http-resilience.tsv"),
        registry_file!("retries/botocore.tsv"),
        registry_file!("retries/google-api-core.tsv"),
        registry_file!("retries/reqwest-retry.tsv"),
    ],
    grpc: Some(registry_file!("grpc.tsv")),
};

/// What the generator writes: Rust to `include!` and Markdown for the
/// crate documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The `Status` and `Ecosystem` enums and the tables behind them.
    pub rust: String,
    /// The tables of every status and every ecosystem.
    pub markdown: String,
    /// Each status's "In other ecosystems" documentation, by code: the
    /// Rust reads `names/<code>.md` beside it, under rustdoc only.
    pub names: Vec<(u16, String)>,
}

/// Parses the embedded registry.
pub fn registry() -> Result<Registry<'static>, Error> {
    parse::registry(STATUSES, MEANINGS, ECOSYSTEMS, &FACTS)
}

/// Generates the code from the embedded registry.
pub fn generate() -> Result<Generated, Error> {
    generate_with(STATUSES, MEANINGS, ECOSYSTEMS, &FACTS)
}

/// Generates the code from registry text given by the caller.
///
/// ```
/// use statuscodes_codegen::{generate_from, Source, MEANINGS};
///
/// let statuses = Source {
///     name: "statuses.tsv",
///     text: "code\tvariant\tphrase\tclass\tstanding\torigin\tdocument\tsection\turl\tcacheable\tcontent\tdescription\n\
///            299\tMaybe\tMaybe\t3xx\tunofficial\tnobody\t-\t-\t-\tno\tyes\tNot a real status.\n",
/// };
/// let error = generate_from(statuses, MEANINGS, &[]).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "statuses.tsv:2: field `class`: \"3xx\" does not match code 299 (expected \"2xx\")"
/// );
/// ```
pub fn generate_from(
    statuses: Source<'_>,
    meanings: Source<'_>,
    ecosystems: &[Source<'_>],
) -> Result<Generated, Error> {
    generate_with(statuses, meanings, ecosystems, &FactSources::default())
}

/// Generates the code from registry text and fact files given by the
/// caller; [`generate_from`] is this without fact files.
pub fn generate_with(
    statuses: Source<'_>,
    meanings: Source<'_>,
    ecosystems: &[Source<'_>],
    facts: &FactSources<'_>,
) -> Result<Generated, Error> {
    let registry = parse::registry(statuses, meanings, ecosystems, facts)?;
    Ok(Generated {
        rust: emit::rust(&registry),
        markdown: emit::markdown_tables(&registry),
        names: emit::names_docs(&registry),
    })
}
