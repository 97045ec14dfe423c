//! Checking the registry against an ecosystem's upstream source.
//!
//! Each ecosystem file in `registry/ecosystems/` was read from one upstream
//! source file (or a few). When that project makes a new release, this module
//! reads the new file and says, name by name, what the registry lacks, has
//! wrong, or still has although upstream dropped it:
//!
//! 1. an [`Extractor`] for the ecosystem turns the upstream text into
//!    [`Fact`]s: `(code, kind, text, deprecated)`, names qualified exactly
//!    as the registry writes them (with the ecosystem's `@prefix`);
//! 2. [`compare`] sets those facts against the registry's entry for the
//!    ecosystem and returns a [`Report`], one [`Entry`] per name or phrase.
//!
//! [`check`] does both against the embedded registry:
//!
//! ```
//! use statuscodes_drift::check::{check, SourceFile, Verdict};
//!
//! let status_go = "const (\n\tStatusOK = 200 // RFC 9110, 15.3.1\n)\n\
//!                  func StatusText(code int) string {\n\tswitch code {\n\
//!                  \tcase StatusOK:\n\t\treturn \"OK\"\n\t}\n\treturn \"\"\n}\n";
//! let report = check("go", &[SourceFile { name: "status.go", text: status_go }]).unwrap();
//! assert_eq!(report.name("http.StatusOK").unwrap().verdict, Verdict::Agrees);
//! assert_eq!(report.phrase(200).unwrap().verdict, Verdict::Agrees);
//! // The file above has one constant; every other registry name is reported dropped.
//! assert_eq!(report.name("http.StatusNotFound").unwrap().verdict, Verdict::Dropped);
//! ```
//!
//! Extractors scan text with a small tokenizer of their own (no regular
//! expressions, no dependencies). Lines they do not recognise are skipped,
//! but a file in which nothing is found is an error, since it is most likely
//! the wrong file. Where upstream derives names by a rule (Rack and Plug
//! compute symbols from phrases) or decides which of several names is
//! primary (Python's enum aliases, .NET's duplicate members), the extractor
//! applies the same rule the registry's comments document.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use statuscodes_codegen::registry::{EcosystemEntry, Registry};

mod c;
mod cpp;
mod crystal;
mod csharp;
mod dart;
mod elixir;
mod go;
mod haskell;
mod java;
mod javascript;
mod kotlin;
mod perl;
mod php;
mod python;
mod ruby;
mod rust;
mod scala;
mod scan;
mod swift;
mod zig;

use scan::{Lexed, Syntax};

/// What a fact is: a name (canonical or alias) or a reason phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The name to write today.
    Canonical,
    /// Another name for the same code.
    Alias,
    /// The ecosystem's own reason phrase.
    Phrase,
}

impl Kind {
    /// The spelling used in the registry files.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Canonical => "canonical",
            Kind::Alias => "alias",
            Kind::Phrase => "phrase",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing an ecosystem says about a status code: a name or a phrase.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fact {
    /// The status code.
    pub code: u16,
    /// Name (canonical or alias) or phrase.
    pub kind: Kind,
    /// The name, qualified as the registry writes it (`http.StatusOK`), or
    /// the phrase.
    pub text: String,
    /// Marked deprecated upstream (always false for a phrase).
    pub deprecated: bool,
}

impl Fact {
    /// Whether this is a name rather than a phrase.
    pub fn is_name(&self) -> bool {
        self.kind != Kind::Phrase
    }

    /// `canonical`, `alias, deprecated`, ... as shown in reports.
    fn describe(&self) -> String {
        if self.deprecated {
            format!("{}, deprecated", self.kind)
        } else {
            self.kind.to_string()
        }
    }
}

/// An upstream file given to [`check`]: its name (for messages) and text.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    /// The path as the user gave it.
    pub name: &'a str,
    /// The file's contents.
    pub text: &'a str,
}

/// Why a check could not be run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    /// No ecosystem in the registry has this id.
    UnknownEcosystem(String),
    /// The registry has the ecosystem, but no extractor reads its format yet.
    NotSupported(String),
    /// The wrong number of files was given.
    FileCount {
        /// The ecosystem id.
        id: String,
        /// The files its extractor reads.
        expected: Vec<&'static str>,
        /// How many were given.
        given: usize,
    },
    /// Nothing the extractor looks for was found in the file(s).
    NothingFound {
        /// The files that were searched.
        files: Vec<String>,
        /// What was looked for: `status constants`, `reason phrases`.
        what: &'static str,
        /// The upstream file that has them.
        expects: &'static str,
    },
    /// The embedded registry does not parse (a build would fail too).
    Registry(statuscodes_codegen::Error),
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::UnknownEcosystem(id) => write!(
                f,
                "unknown ecosystem id {id:?} (`check --list` shows the supported ids)"
            ),
            CheckError::NotSupported(id) => write!(
                f,
                "ecosystem {id:?} is in the registry, but check cannot read its upstream format yet (`check --list` shows the supported ids)"
            ),
            CheckError::FileCount {
                id,
                expected,
                given,
            } => {
                let n = expected.len();
                let files = expected.join(" and ");
                let order = if n > 1 { ", in any order" } else { "" };
                let s = if n == 1 { "" } else { "s" };
                write!(f, "{id} reads {n} file{s} ({files}{order}); {given} given")
            }
            CheckError::NothingFound {
                files,
                what,
                expects,
            } => {
                if files.len() == 1 {
                    write!(f, "no {what} found in {}: is it {expects}?", files[0])
                } else {
                    write!(
                        f,
                        "no {what} found in {}: is one of them {expects}?",
                        files.join(" or ")
                    )
                }
            }
            CheckError::Registry(e) => write!(f, "the embedded registry is invalid: {e}"),
        }
    }
}

impl std::error::Error for CheckError {}

/// The reader of one ecosystem's upstream format.
#[derive(Debug)]
pub struct Extractor {
    /// The ecosystem id, as in the registry's `@id`.
    pub id: &'static str,
    parts: &'static [Part],
}

/// One file an extractor reads, and how.
#[derive(Debug)]
pub(crate) struct Part {
    /// The upstream file, as shown to the user.
    expects: &'static str,
    /// What it holds, for the "nothing found" message.
    what: &'static str,
    syntax: Syntax,
    /// Adds what it finds to the extraction; returns how many facts it found.
    scan: fn(&Lexed, &mut Extracted, &Context<'_>) -> usize,
}

impl Extractor {
    /// The upstream files it reads, in the order listed by `check --list`.
    pub fn files(&self) -> Vec<&'static str> {
        self.parts.iter().map(|p| p.expects).collect()
    }

    /// Reads `files` (in any order when there are several) into facts
    /// qualified with `prefix`. `registry` supplies the RFC phrases that
    /// some naming rules need.
    pub fn extract(
        &self,
        files: &[SourceFile<'_>],
        prefix: &str,
        registry: &Registry<'_>,
    ) -> Result<Vec<Fact>, CheckError> {
        if files.len() != self.parts.len() {
            return Err(CheckError::FileCount {
                id: self.id.to_string(),
                expected: self.files(),
                given: files.len(),
            });
        }
        let context = Context {
            rfc_phrases: registry
                .statuses
                .iter()
                .map(|s| (s.code, s.phrase))
                .collect(),
        };
        let mut used = vec![false; files.len()];
        let mut out = Extracted::default();
        for part in self.parts {
            let mut found = false;
            for (k, file) in files.iter().enumerate() {
                if used[k] {
                    continue;
                }
                let lexed = scan::lex(file.text, part.syntax);
                let mut trial = out.clone();
                if (part.scan)(&lexed, &mut trial, &context) > 0 {
                    out = trial;
                    used[k] = true;
                    found = true;
                    break;
                }
            }
            if !found {
                return Err(CheckError::NothingFound {
                    files: files
                        .iter()
                        .zip(&used)
                        .filter(|(_, u)| !**u)
                        .map(|(f, _)| f.name.to_string())
                        .collect(),
                    what: part.what,
                    expects: part.expects,
                });
            }
        }
        Ok(out.into_facts(prefix))
    }
}

/// What an extractor may consult besides the upstream text.
pub(crate) struct Context<'a> {
    /// The registry's (RFC 9110 / IANA) phrase of each code.
    pub rfc_phrases: BTreeMap<u16, &'a str>,
}

/// What extractors collect: bare names and phrases.
#[derive(Debug, Clone, Default)]
pub(crate) struct Extracted {
    /// Names in declaration order, without the prefix.
    pub names: Vec<Name>,
    /// Phrases by code.
    pub phrases: BTreeMap<u16, String>,
}

/// A name as found upstream, before qualification.
#[derive(Debug, Clone)]
pub(crate) struct Name {
    pub code: u16,
    pub bare: String,
    pub canonical: bool,
    pub deprecated: bool,
}

/// A declaration seen upstream, before the canonical name is chosen.
#[derive(Debug, Clone)]
pub(crate) struct Decl {
    pub code: u16,
    pub name: String,
    pub deprecated: bool,
    /// Never canonical while another name for the code is not demoted
    /// (e.g. Apache's class constants, ASP.NET's "renamed" fields).
    pub demoted: bool,
    /// The phrase this declaration carries, if the format puts it there.
    pub phrase: Option<String>,
}

impl Decl {
    /// A plain declaration.
    pub fn new(code: u16, name: impl Into<String>) -> Decl {
        Decl {
            code,
            name: name.into(),
            deprecated: false,
            demoted: false,
            phrase: None,
        }
    }

    /// The same, marked deprecated or not.
    pub fn deprecated(mut self, deprecated: bool) -> Decl {
        self.deprecated = deprecated;
        self
    }

    /// The same, with a phrase.
    pub fn phrase(mut self, phrase: impl Into<String>) -> Decl {
        self.phrase = Some(phrase.into());
        self
    }
}

impl Extracted {
    /// Records declarations in upstream order and chooses each code's
    /// canonical name: the first that is neither deprecated nor demoted,
    /// else the first not deprecated, else the first. A name declared twice
    /// counts once (the first time). The canonical declaration's phrase, if
    /// it has one, becomes the code's phrase.
    pub fn declare(&mut self, decls: Vec<Decl>) {
        let mut seen = BTreeSet::new();
        let decls: Vec<Decl> = decls
            .into_iter()
            .filter(|d| seen.insert(d.name.clone()))
            .collect();
        let mut canonical: BTreeMap<u16, usize> = BTreeMap::new();
        for rank in [
            (|d: &Decl| !d.deprecated && !d.demoted) as fn(&Decl) -> bool,
            |d: &Decl| !d.deprecated,
            |_: &Decl| true,
        ] {
            for (i, d) in decls.iter().enumerate() {
                if rank(d) && !canonical.contains_key(&d.code) {
                    canonical.insert(d.code, i);
                }
            }
        }
        for (i, d) in decls.iter().enumerate() {
            let is_canonical = canonical.get(&d.code) == Some(&i);
            if is_canonical {
                if let Some(p) = &d.phrase {
                    self.phrases.insert(d.code, p.clone());
                }
            }
            self.names.push(Name {
                code: d.code,
                bare: d.name.clone(),
                canonical: is_canonical,
                deprecated: d.deprecated,
            });
        }
    }

    /// The code of a bare name found so far.
    pub fn code_of(&self, bare: &str) -> Option<u16> {
        self.names.iter().find(|n| n.bare == bare).map(|n| n.code)
    }

    fn into_facts(self, prefix: &str) -> Vec<Fact> {
        let mut facts: Vec<Fact> = self
            .names
            .into_iter()
            .map(|n| Fact {
                code: n.code,
                kind: if n.canonical {
                    Kind::Canonical
                } else {
                    Kind::Alias
                },
                text: format!("{prefix}{}", n.bare),
                deprecated: n.deprecated,
            })
            .collect();
        facts.extend(self.phrases.into_iter().map(|(code, text)| Fact {
            code,
            kind: Kind::Phrase,
            text,
            deprecated: false,
        }));
        facts
    }
}

const fn part(
    expects: &'static str,
    syntax: Syntax,
    scan: fn(&Lexed, &mut Extracted, &Context<'_>) -> usize,
) -> Part {
    Part {
        expects,
        what: "status constants",
        syntax,
        scan,
    }
}

const fn phrases(
    expects: &'static str,
    syntax: Syntax,
    scan: fn(&Lexed, &mut Extracted, &Context<'_>) -> usize,
) -> Part {
    Part {
        expects,
        what: "reason phrases",
        syntax,
        scan,
    }
}

macro_rules! extractors {
    ($($id:literal => [$($part:expr),+ $(,)?]),* $(,)?) => {
        const EXTRACTORS: &[Extractor] = &[$(Extractor {
            id: $id,
            parts: &[$($part),+],
        }),*];
    };
}

extractors![
    "rails" => [part("rack lib/rack/utils.rb", Syntax::HASH, ruby::rack)],
    "symfony" => [part(
        "symfony src/Symfony/Component/HttpFoundation/Response.php",
        Syntax::PHP,
        php::symfony,
    )],
    "python2" => [part("Python 2 Lib/httplib.py", Syntax::HASH, python::httplib)],
    "dotnet" => [part(
        "dotnet/runtime src/libraries/System.Net.Primitives/src/System/Net/HttpStatusCode.cs",
        Syntax::C,
        csharp::http_status_code,
    )],
    "rust-http" => [part("http crate src/status.rs", Syntax::C, rust::status_rs)],
    "go" => [part("Go src/net/http/status.go", Syntax::C, go::status_go)],
    "python" => [part("CPython Lib/http/__init__.py", Syntax::HASH, python::http_status)],
    "apache-httpcore5" => [
        part(
            "httpcore5 src/main/java/org/apache/hc/core5/http/HttpStatus.java",
            Syntax::C,
            java::apache_http_status,
        ),
        phrases(
            "httpcore5 src/main/java/org/apache/hc/core5/http/impl/EnglishReasonPhraseCatalog.java",
            Syntax::C,
            java::apache_reason_phrases,
        ),
    ],
    "angular" => [part(
        "@angular/common packages/common/http/src/response.ts (or the built .d.ts with enum HttpStatusCode)",
        Syntax::JS,
        javascript::angular,
    )],
    "nginx" => [
        part("nginx src/http/ngx_http_request.h", Syntax::C, c::nginx_macros),
        phrases(
            "nginx src/http/ngx_http_header_filter_module.c",
            Syntax::C,
            c::nginx_status_lines,
        ),
    ],
    "aspnetcore" => [
        part(
            "aspnetcore src/Http/Http.Abstractions/src/StatusCodes.cs",
            Syntax::C,
            csharp::status_codes,
        ),
        part(
            "aspnetcore src/Http/Http.Abstractions/src/PublicAPI.Shipped.txt",
            Syntax::C,
            csharp::aspnetcore_public_api,
        ),
        phrases(
            "aspnetcore src/Http/WebUtilities/src/ReasonPhrases.cs",
            Syntax::C,
            csharp::reason_phrases,
        ),
    ],
    "beast" => [
        part("boostorg/beast include/boost/beast/http/status.hpp", Syntax::C, cpp::beast_status),
        phrases(
            "boostorg/beast include/boost/beast/http/impl/status.ipp",
            Syntax::C,
            cpp::beast_reasons,
        ),
    ],
    "cpp-httplib" => [part("cpp-httplib httplib.h", Syntax::C, cpp::httplib)],
    "crystal" => [part("Crystal src/http/status.cr", Syntax::HASH, crystal::http_status)],
    "dart" => [part("Dart SDK sdk/lib/internal/internal.dart (class HttpStatus)", Syntax::JS, dart::http_status)],
    "plug" => [part("plug lib/plug/conn/status.ex", Syntax::HASH, elixir::plug)],
    "fasthttp" => [part("valyala/fasthttp status.go", Syntax::C, go::fasthttp_status)],
    "haskell-http-types" => [part(
        "http-types Network/HTTP/Types/Status.hs",
        Syntax::HASKELL,
        haskell::http_types_status,
    )],
    "spring" => [part(
        "spring-framework spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        Syntax::C,
        java::spring,
    )],
    "jakarta-rest" => [part(
        "jakartaee/rest jaxrs-api/src/main/java/jakarta/ws/rs/core/Response.java",
        Syntax::C,
        java::jakarta,
    )],
    "java" => [part("OpenJDK java/net/HttpURLConnection.java", Syntax::C, java::http_url_connection)],
    "servlet" => [part(
        "jakartaee/servlet api/src/main/java/jakarta/servlet/http/HttpServletResponse.java",
        Syntax::C,
        java::servlet,
    )],
    "netty" => [part(
        "netty codec-http/src/main/java/io/netty/handler/codec/http/HttpResponseStatus.java",
        Syntax::C,
        java::netty,
    )],
    "jetty" => [part(
        "jetty.project jetty-core/jetty-http/src/main/java/org/eclipse/jetty/http/HttpStatus.java",
        Syntax::C,
        java::jetty,
    )],
    "undertow" => [part(
        "undertow core/src/main/java/io/undertow/util/StatusCodes.java",
        Syntax::C,
        java::undertow,
    )],
    "micronaut" => [part(
        "micronaut-core http/src/main/java/io/micronaut/http/HttpStatus.java",
        Syntax::C,
        java::micronaut,
    )],
    "nodejs" => [phrases("Node.js lib/_http_server.js", Syntax::JS, javascript::node)],
    "nodejs-http2" => [part(
        "the output of node -e 'console.log(require(\"http2\").constants)' (or Node src/node_http2.h)",
        Syntax::JS,
        javascript::node_http2,
    )],
    "http-status" => [part("http-status dist/index.d.ts", Syntax::JS, javascript::http_status)],
    "ktor" => [part("ktor ktor-http/common/src/io/ktor/http/HttpStatusCode.kt", Syntax::C, kotlin::ktor)],
    "openresty" => [
        part(
            "nginx src/http/ngx_http_request.h (the values of the NGX_HTTP_* macros)",
            Syntax::C,
            c::lua_nginx_macros,
        ),
        part(
            "lua-nginx-module src/ngx_http_lua_consts.c",
            Syntax::C,
            c::lua_consts,
        ),
    ],
    "perl" => [part("HTTP-Message lib/HTTP/Status.pm", Syntax::HASH, perl::http_status)],
    "psr-http" => [part("fig/http-message-util src/StatusCodeInterface.php", Syntax::PHP, php::psr_status_code_interface)],
    "starlette" => [part("starlette starlette/status.py", Syntax::HASH, python::status_module)],
    "drf" => [part("djangorestframework rest_framework/status.py", Syntax::HASH, python::status_module)],
    "requests" => [part("requests src/requests/status_codes.py", Syntax::HASH, python::requests_codes)],
    "werkzeug" => [phrases("werkzeug src/werkzeug/http.py", Syntax::HASH, python::werkzeug_status_codes)],
    "django" => [part("Django django/http/response.py", Syntax::HASH, python::django_responses)],
    "ruby-net-http" => [part("net-http lib/net/http/responses.rb", Syntax::HASH, ruby::net_http)],
    "http-types" => [part("http-types crate src/status_code.rs", Syntax::C, rust::http_types_status)],
    "rocket" => [part("rocket_http crate src/status.rs (rwf2/Rocket core/http/src/status.rs)", Syntax::C, rust::rocket_status)],
    "pekko-http" => [part(
        "pekko-http http-core/src/main/scala/org/apache/pekko/http/scaladsl/model/StatusCode.scala",
        Syntax::SCALA,
        scala::pekko_status_codes,
    )],
    "http4s" => [part(
        "http4s core/shared/src/main/scala/org/http4s/Status.scala",
        Syntax::SCALA,
        scala::http4s_status,
    )],
    "play" => [part(
        "playframework core/play/src/main/scala/play/api/http/StandardValues.scala",
        Syntax::SCALA,
        scala::play_status,
    )],
    "swiftnio" => [part("swift-nio Sources/NIOHTTP1/HTTPTypes.swift", Syntax::SWIFT, swift::http_types)],
    "swift-http-types" => [part(
        "swift-http-types Sources/HTTPTypes/HTTPResponse.swift",
        Syntax::SWIFT,
        swift::swift_http_types,
    )],
    "http-status-codes" => [
        part(
            "http-status-codes build/es/status-codes.d.ts (or src/status-codes.ts)",
            Syntax::JS,
            javascript::status_codes_enum,
        ),
        phrases(
            "http-status-codes build/es/reason-phrases.d.ts (or src/reason-phrases.ts)",
            Syntax::JS,
            javascript::reason_phrases_enum,
        ),
    ],
    "deno" => [part("Deno std http/status.ts", Syntax::JS, javascript::deno_status)],
    "zig" => [part("Zig lib/std/http.zig (pub const Status)", Syntax::C, zig::std_http_status)],
];

/// Every extractor, in the registry's ecosystem order.
pub fn extractors() -> &'static [Extractor] {
    EXTRACTORS
}

/// The extractor for an ecosystem id, if there is one.
pub fn extractor(id: &str) -> Option<&'static Extractor> {
    EXTRACTORS.iter().find(|e| e.id == id)
}

/// How one upstream fact compares with the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Upstream and registry say the same.
    Agrees,
    /// Upstream has it; the registry does not.
    Missing,
    /// Both have the name (or a phrase for the code), but they differ: the
    /// code, canonical/alias, the deprecation mark, or the phrase text.
    Wrong,
    /// The registry has it; upstream does not (any more).
    Dropped,
}

impl Verdict {
    /// `agrees`, `missing`, `wrong`, `dropped`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agrees => "agrees",
            Verdict::Missing => "missing",
            Verdict::Wrong => "wrong",
            Verdict::Dropped => "dropped",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One name or phrase, as upstream and the registry have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// How they compare.
    pub verdict: Verdict,
    /// What upstream says (`None` when dropped).
    pub upstream: Option<Fact>,
    /// What the registry says (`None` when missing).
    pub registry: Option<Fact>,
}

impl Entry {
    fn fact(&self) -> &Fact {
        self.upstream
            .as_ref()
            .or(self.registry.as_ref())
            .expect("an entry has at least one side")
    }

    /// The code: upstream's where it has one, else the registry's.
    pub fn code(&self) -> u16 {
        self.fact().code
    }

    /// The kind: upstream's where it has one, else the registry's.
    pub fn kind(&self) -> Kind {
        self.fact().kind
    }

    /// Whether this entry is about a phrase rather than a name.
    pub fn is_phrase(&self) -> bool {
        self.kind() == Kind::Phrase
    }

    /// The name or phrase: upstream's where it has one.
    pub fn text(&self) -> &str {
        &self.fact().text
    }
}

impl fmt::Display for Entry {
    /// `424  missing  http.StatusFailedDependency (canonical)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}  {:<7}  ", self.code(), self.verdict.as_str())?;
        match (&self.upstream, &self.registry) {
            (Some(u), Some(r)) if u.kind == Kind::Phrase => {
                if u.text == r.text {
                    write!(f, "phrase {:?}", u.text)
                } else {
                    write!(f, "phrase {:?} (registry: {:?})", u.text, r.text)
                }
            }
            (Some(u), Some(r)) => {
                if u == r {
                    write!(f, "{} ({})", u.text, u.describe())
                } else if u.code != r.code {
                    write!(
                        f,
                        "{} ({}; registry: code {}, {})",
                        u.text,
                        u.describe(),
                        r.code,
                        r.describe()
                    )
                } else {
                    write!(
                        f,
                        "{} ({}; registry: {})",
                        u.text,
                        u.describe(),
                        r.describe()
                    )
                }
            }
            (Some(x), None) | (None, Some(x)) => {
                if x.kind == Kind::Phrase {
                    write!(f, "phrase {:?}", x.text)
                } else {
                    write!(f, "{} ({})", x.text, x.describe())
                }
            }
            (None, None) => Ok(()),
        }
    }
}

/// The comparison of one ecosystem's upstream facts with the registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The ecosystem id.
    pub id: String,
    /// Every name and phrase of either side, sorted by code, then names
    /// (canonical, alias) before the phrase, then text.
    pub entries: Vec<Entry>,
}

impl Report {
    /// The entries that are not [`Verdict::Agrees`].
    pub fn differences(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(|e| e.verdict != Verdict::Agrees)
    }

    /// The entries about one code.
    pub fn at(&self, code: u16) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().filter(move |e| {
            e.code() == code || e.registry.as_ref().is_some_and(|r| r.code == code)
        })
    }

    /// The entry of a name (qualified as in the registry).
    pub fn name(&self, text: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| !e.is_phrase() && e.text() == text)
    }

    /// The entry of the phrase of a code.
    pub fn phrase(&self, code: u16) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.is_phrase() && e.code() == code)
    }

    /// How many entries have this verdict.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.entries.iter().filter(|e| e.verdict == verdict).count()
    }

    /// How many names agree.
    pub fn agreeing_names(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.verdict == Verdict::Agrees && !e.is_phrase())
            .count()
    }

    /// How many phrases agree.
    pub fn agreeing_phrases(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.verdict == Verdict::Agrees && e.is_phrase())
            .count()
    }

    /// Whether upstream and the registry agree on everything.
    pub fn is_clean(&self) -> bool {
        self.differences().next().is_none()
    }

    /// `go: 62 names and 62 phrases agree; 1 missing, 0 wrong, 0 dropped`.
    pub fn summary(&self) -> String {
        let plural = |n: usize, word: &str| {
            if n == 1 {
                format!("{n} {word}")
            } else {
                format!("{n} {word}s")
            }
        };
        format!(
            "{}: {} and {} agree; {} missing, {} wrong, {} dropped",
            self.id,
            plural(self.agreeing_names(), "name"),
            plural(self.agreeing_phrases(), "phrase"),
            self.count(Verdict::Missing),
            self.count(Verdict::Wrong),
            self.count(Verdict::Dropped),
        )
    }
}

impl fmt::Display for Report {
    /// One line per difference, then the summary.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for entry in self.differences() {
            writeln!(f, "{entry}")?;
        }
        writeln!(f, "{}", self.summary())
    }
}

/// The registry's facts for one ecosystem.
///
/// Names the registry marks removed are left out: upstream's newest release
/// no longer has them, so a check against it must not miss them.
pub fn registry_facts(eco: &EcosystemEntry<'_>) -> Vec<Fact> {
    let names = eco.names.iter().filter(|n| n.is_current()).map(|n| Fact {
        code: n.code,
        kind: if n.canonical {
            Kind::Canonical
        } else {
            Kind::Alias
        },
        text: n.text.to_string(),
        deprecated: n.deprecated,
    });
    let phrases = eco.phrases.iter().map(|p| Fact {
        code: p.code,
        kind: Kind::Phrase,
        text: p.text.to_string(),
        deprecated: false,
    });
    names.chain(phrases).collect()
}

/// Compares upstream facts with the registry's entry for the ecosystem.
///
/// Names are matched by their text, phrases by their code. A pure function:
/// it reads nothing but its arguments.
pub fn compare(eco: &EcosystemEntry<'_>, upstream: &[Fact]) -> Report {
    let registry = registry_facts(eco);
    let mut entries = Vec::new();
    let key = |f: &Fact| -> (bool, String) {
        if f.kind == Kind::Phrase {
            (true, f.code.to_string())
        } else {
            (false, f.text.clone())
        }
    };
    let mut ours: BTreeMap<(bool, String), &Fact> = BTreeMap::new();
    for fact in &registry {
        ours.entry(key(fact)).or_insert(fact);
    }
    let mut theirs: BTreeMap<(bool, String), &Fact> = BTreeMap::new();
    for fact in upstream {
        theirs.entry(key(fact)).or_insert(fact);
    }
    for (k, u) in &theirs {
        let r = ours.get(k);
        let verdict = match r {
            None => Verdict::Missing,
            Some(r) if *r == *u => Verdict::Agrees,
            Some(_) => Verdict::Wrong,
        };
        entries.push(Entry {
            verdict,
            upstream: Some((*u).clone()),
            registry: r.map(|r| (*r).clone()),
        });
    }
    for (k, r) in &ours {
        if !theirs.contains_key(k) {
            entries.push(Entry {
                verdict: Verdict::Dropped,
                upstream: None,
                registry: Some((*r).clone()),
            });
        }
    }
    entries.sort_by(|a, b| (a.code(), a.kind(), a.text()).cmp(&(b.code(), b.kind(), b.text())));
    Report {
        id: eco.id.to_string(),
        entries,
    }
}

/// Reads upstream files for the ecosystem `id` and compares them with the
/// embedded registry.
pub fn check(id: &str, files: &[SourceFile<'_>]) -> Result<Report, CheckError> {
    let registry = statuscodes_codegen::registry().map_err(CheckError::Registry)?;
    check_against(&registry, id, files)
}

/// [`check`] against a registry given by the caller.
pub fn check_against(
    registry: &Registry<'_>,
    id: &str,
    files: &[SourceFile<'_>],
) -> Result<Report, CheckError> {
    let eco = registry
        .ecosystems
        .iter()
        .find(|e| e.id == id)
        .ok_or_else(|| CheckError::UnknownEcosystem(id.to_string()))?;
    let extractor = extractor(id).ok_or_else(|| CheckError::NotSupported(id.to_string()))?;
    let facts = extractor.extract(files, eco.prefix, registry)?;
    Ok(compare(eco, &facts))
}
