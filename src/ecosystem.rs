//! The hand-written half of [`Ecosystem`]: its facts, formatting and
//! parsing.

use core::fmt;
use core::str::FromStr;

use crate::generated::ECOSYSTEMS;
use crate::tables::EcosystemInfo;
use crate::{Ecosystem, ParseEcosystemError, Release};

const fn generated_all() -> &'static [Ecosystem] {
    crate::generated::ECOSYSTEM_ALL
}

impl Ecosystem {
    /// Every ecosystem, in the order of the registry.
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert!(Ecosystem::ALL.contains(&Ecosystem::Go));
    /// assert!(Ecosystem::ALL.len() >= 21);
    /// ```
    // Through a function, so that the docs show no path into a private
    // module: rustdoc prints a path as written.
    pub const ALL: &'static [Ecosystem] = generated_all();

    const fn info(self) -> &'static EcosystemInfo {
        &ECOSYSTEMS[self as usize]
    }

    /// The short lowercase id: `go`, `rails`, `rust-http`. `FromStr` takes
    /// it back.
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert_eq!(Ecosystem::RustHttp.id(), "rust-http");
    /// assert_eq!("rust-http".parse(), Ok(Ecosystem::RustHttp));
    /// ```
    pub const fn id(self) -> &'static str {
        self.info().id
    }

    /// Other ids that parse to the ecosystem: the names people commonly
    /// give it (`golang`, `node`, `csharp`, `fastapi` ...).
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert!(Ecosystem::Go.aliases().contains(&"golang"));
    /// assert_eq!("golang".parse(), Ok(Ecosystem::Go));
    /// ```
    pub const fn aliases(self) -> &'static [&'static str] {
        self.info().aliases
    }

    /// The display name: `Go net/http`.
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert_eq!(Ecosystem::Go.name(), "Go net/http");
    /// ```
    pub const fn name(self) -> &'static str {
        self.info().name
    }

    /// The programming language: `Go`, `Ruby`, `C#`, ….
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert_eq!(Ecosystem::Rails.language(), "Ruby");
    /// ```
    pub const fn language(self) -> &'static str {
        self.info().language
    }

    /// Where the names were read: repository or package, and file.
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert!(Ecosystem::Go.source().contains("net/http/status.go"));
    /// ```
    pub const fn source(self) -> &'static str {
        self.info().source
    }

    /// The release that was read.
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert!(Ecosystem::Go.release().starts_with("go1."));
    /// ```
    pub const fn release(self) -> &'static str {
        self.info().release
    }

    /// The oldest release the registry covers: the oldest still
    /// maintained or widely deployed ([`oldest_why`](Ecosystem::oldest_why)
    /// says which and why). Names without a
    /// [`since`](crate::Name::since) are in every release from here on.
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert!(Ecosystem::Spring.oldest_release() < Ecosystem::Spring.newest_release());
    /// ```
    pub const fn oldest_release(self) -> Release {
        self.info().oldest
    }

    /// Why the covered range starts at
    /// [`oldest_release`](Ecosystem::oldest_release).
    pub const fn oldest_why(self) -> &'static str {
        self.info().oldest_why
    }

    /// The newest release the registry covers: the one its names were
    /// read from ([`release`](Ecosystem::release) gives it in full).
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert!(Ecosystem::Go.release().contains(&Ecosystem::Go.newest_release().to_string()));
    /// ```
    pub const fn newest_release(self) -> Release {
        self.info().newest
    }

    /// Whether `release` lies in the range the registry covers, from
    /// [`oldest_release`](Ecosystem::oldest_release) to
    /// [`newest_release`](Ecosystem::newest_release).
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Release};
    ///
    /// assert!(Ecosystem::Spring.covers(Ecosystem::Spring.newest_release()));
    /// assert!(!Ecosystem::Spring.covers(Release::new([1, 0, 0, 0], 2)));
    /// ```
    pub fn covers(self, release: Release) -> bool {
        self.oldest_release() <= release && release <= self.newest_release()
    }

    /// Where the releases that added, deprecated or removed names were
    /// read: repository or package, and the tags compared.
    pub const fn history(self) -> &'static str {
        self.info().history
    }

    /// The date the source was read, `YYYY-MM-DD`.
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert_eq!(Ecosystem::Go.checked().len(), 10);
    /// ```
    pub const fn checked(self) -> &'static str {
        self.info().checked
    }

    /// The qualifier every name starts with, as written in code: `http.`
    /// for Go, `:` for Rails; empty where names are written bare. The rest
    /// of a name is its bare identifier.
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert_eq!(Ecosystem::Go.prefix(), "http.");
    /// assert_eq!(Ecosystem::Rails.prefix(), ":");
    /// ```
    pub const fn prefix(self) -> &'static str {
        self.info().prefix
    }

    /// Every qualifier that lookups strip: the [`prefix`](Ecosystem::prefix)
    /// and other forms code commonly writes, such as `HTTPStatus.` beside
    /// `http.HTTPStatus.` for Python.
    ///
    /// ```
    /// use statuscodes::Ecosystem;
    ///
    /// assert_eq!(Ecosystem::Python.qualifiers(), ["http.HTTPStatus.", "HTTPStatus."]);
    /// ```
    pub const fn qualifiers(self) -> &'static [&'static str] {
        self.info().qualifiers
    }
}

/// The display name, as [`Ecosystem::name`].
/// The [`name`](Ecosystem::name), which [`FromStr`] parses back.
///
/// ```
/// use statuscodes::Ecosystem;
///
/// for &ecosystem in Ecosystem::ALL {
///     assert_eq!(ecosystem.to_string().parse(), Ok(ecosystem));
/// }
/// ```
impl fmt::Display for Ecosystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// Parses an [`id`](Ecosystem::id), one of its [`aliases`](Ecosystem::aliases)
/// or its [`name`](Ecosystem::name) (what `Display` prints), ignoring ASCII
/// case.
///
/// ```
/// use statuscodes::Ecosystem;
///
/// assert_eq!("go".parse(), Ok(Ecosystem::Go));
/// assert_eq!("Golang".parse(), Ok(Ecosystem::Go));
/// assert_eq!("Go net/http".parse(), Ok(Ecosystem::Go));
/// assert!("cobol".parse::<Ecosystem>().is_err());
/// ```
impl FromStr for Ecosystem {
    type Err = ParseEcosystemError;

    fn from_str(s: &str) -> Result<Ecosystem, ParseEcosystemError> {
        let all = Ecosystem::ALL.iter().copied();
        all.clone()
            .find(|e| e.id().eq_ignore_ascii_case(s))
            .or_else(|| {
                all.clone()
                    .find(|e| e.aliases().iter().any(|a| a.eq_ignore_ascii_case(s)))
            })
            .or_else(|| all.clone().find(|e| e.name().eq_ignore_ascii_case(s)))
            .ok_or_else(|| ParseEcosystemError::new(s))
    }
}

// `info` indexes the table by discriminant: prove at compile time that the
// generated table is in enum order.
const _: () = {
    let mut i = 0;
    while i < ECOSYSTEMS.len() {
        assert!(
            ECOSYSTEMS[i].ecosystem as usize == i,
            "ECOSYSTEMS is out of enum order"
        );
        i += 1;
    }
};
