//! Names of statuses in other ecosystems: [`Name`], and the lookups both
//! ways on [`Status`].
//!
//! Every lookup is a probe of a hash index built at compile time, or a
//! walk over one status's few names; none allocates.

use core::fmt;
use core::iter::FusedIterator;

use crate::index;
use crate::tables::BareName;
use crate::{Ecosystem, Status};

/// One name an ecosystem gives a status, as written in code.
///
/// ```
/// use statuscodes::{Ecosystem, Status};
///
/// let name = Status::FailedDependency.names_in(Ecosystem::Go).next().unwrap();
/// assert_eq!(name.text(), "http.StatusFailedDependency");
/// assert_eq!(name.bare(), "StatusFailedDependency");
/// assert!(name.is_canonical());
/// assert!(!name.is_deprecated());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Name {
    pub(crate) ecosystem: Ecosystem,
    pub(crate) text: &'static str,
    pub(crate) canonical: bool,
    pub(crate) deprecated: bool,
    pub(crate) note: &'static str,
}

impl Name {
    /// The ecosystem whose name this is.
    pub const fn ecosystem(&self) -> Ecosystem {
        self.ecosystem
    }

    /// The name with its qualifier, as code writes it:
    /// `http.StatusFailedDependency`.
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// The name without the ecosystem's [`prefix`](Ecosystem::prefix):
    /// `StatusFailedDependency`.
    pub fn bare(&self) -> &'static str {
        let text: &'static str = self.text;
        text.get(self.ecosystem.prefix().len()..).unwrap_or(text)
    }

    /// Whether this is the name to write today, rather than an alias.
    pub const fn is_canonical(&self) -> bool {
        self.canonical
    }

    /// Whether the ecosystem marks the name deprecated.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let old = Status::UnprocessableContent
    ///     .names_in(Ecosystem::Rails)
    ///     .find(|name| name.text() == ":unprocessable_entity")
    ///     .unwrap();
    /// assert!(!old.is_canonical());
    /// assert!(old.is_deprecated());
    /// ```
    pub const fn is_deprecated(&self) -> bool {
        self.deprecated
    }

    /// What the registry notes about the name, such as when it was
    /// deprecated and what replaces it.
    pub const fn note(&self) -> Option<&'static str> {
        if self.note.is_empty() {
            None
        } else {
            Some(self.note)
        }
    }
}

/// The [`text`](Name::text).
impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.text)
    }
}

impl Status {
    /// Every name every ecosystem gives this status, ecosystem by ecosystem,
    /// each ecosystem's canonical name first.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::NotFound.names().iter().any(|name| name.text() == "http.StatusNotFound"));
    /// ```
    pub const fn names(self) -> &'static [Name] {
        self.info().names
    }

    /// The name `ecosystem` gives this status today, as written in code;
    /// `None` where it has none.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// assert_eq!(Status::FailedDependency.name_in(Ecosystem::Rails), Some(":failed_dependency"));
    /// assert_eq!(Status::UnprocessableContent.name_in(Ecosystem::Go), Some("http.StatusUnprocessableEntity"));
    /// ```
    pub fn name_in(self, ecosystem: Ecosystem) -> Option<&'static str> {
        self.names_in(ecosystem).next().map(|name| name.text)
    }

    /// Every name `ecosystem` gives this status: the canonical one first,
    /// then aliases and deprecated names.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let names: Vec<&str> = Status::UnprocessableContent
    ///     .names_in(Ecosystem::Python)
    ///     .map(|name| name.text())
    ///     .collect();
    /// assert_eq!(names, ["http.HTTPStatus.UNPROCESSABLE_CONTENT", "http.HTTPStatus.UNPROCESSABLE_ENTITY"]);
    /// ```
    pub fn names_in(self, ecosystem: Ecosystem) -> NamesIn {
        NamesIn {
            names: self.names().iter(),
            ecosystem,
        }
    }

    /// The reason phrase `ecosystem` itself uses for this status, where it
    /// has a table of them (Go's `StatusText`, Python's `phrase`, Node's
    /// `STATUS_CODES`, …).
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// assert_eq!(Status::ContentTooLarge.reason_in(Ecosystem::Go), Some("Request Entity Too Large"));
    /// assert_eq!(Status::ContentTooLarge.reason_in(Ecosystem::DotNet), None);
    /// ```
    pub fn reason_in(self, ecosystem: Ecosystem) -> Option<&'static str> {
        self.info()
            .phrases
            .iter()
            .find(|phrase| phrase.ecosystem == ecosystem)
            .map(|phrase| phrase.text)
    }

    /// The status `ecosystem` means by `name`: its qualified form
    /// (`http.StatusFailedDependency`), its bare identifier
    /// (`StatusFailedDependency`) or another qualifier the ecosystem's code
    /// writes. Aliases and deprecated names count. Case matters, as it does
    /// in the ecosystems' languages.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let s = Status::FailedDependency;
    /// assert_eq!(Status::from_name_in(Ecosystem::Go, "http.StatusFailedDependency"), Some(s));
    /// assert_eq!(Status::from_name_in(Ecosystem::Go, "StatusFailedDependency"), Some(s));
    /// assert_eq!(Status::from_name_in(Ecosystem::Rails, "failed_dependency"), Some(s));
    /// assert_eq!(Status::from_name_in(Ecosystem::Go, ":failed_dependency"), None);
    /// ```
    pub fn from_name_in(ecosystem: Ecosystem, name: &str) -> Option<Status> {
        // No bare name starts with one of its ecosystem's qualifiers (the
        // generator checks), so a name that does is qualified.
        let bare = ecosystem
            .qualifiers()
            .iter()
            .find_map(|qualifier| name.strip_prefix(qualifier))
            .unwrap_or(name);
        index::scoped(ecosystem, bare)
    }

    /// Every ecosystem that has `name` (qualified or bare) for a status,
    /// with that status. Several ecosystems can share a name: `:ok` is
    /// Rails' and Plug's.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let hits: Vec<(Ecosystem, Status)> = Status::lookup(":not_found").collect();
    /// assert!(hits.contains(&(Ecosystem::Rails, Status::NotFound)));
    /// assert!(hits.contains(&(Ecosystem::Plug, Status::NotFound)));
    /// assert_eq!(Status::lookup("StatusTeapot").collect::<Vec<_>>(), [(Ecosystem::Go, Status::ImATeapot)]);
    /// ```
    pub fn lookup(name: &str) -> Lookup<'_> {
        Lookup {
            name,
            run: index::bare_names(name).iter(),
            ecosystems: index::ALL_ECOSYSTEMS,
            qualifiers: index::QUALIFIER_GROUPS.iter(),
        }
    }
}

/// The names one ecosystem gives one status; see [`Status::names_in`].
#[derive(Debug, Clone)]
pub struct NamesIn {
    names: core::slice::Iter<'static, Name>,
    ecosystem: Ecosystem,
}

impl Iterator for NamesIn {
    type Item = Name;

    fn next(&mut self) -> Option<Name> {
        let ecosystem = self.ecosystem;
        self.names.find(|name| name.ecosystem == ecosystem).copied()
    }
}

impl FusedIterator for NamesIn {}

/// The hits of [`Status::lookup`].
#[derive(Debug, Clone)]
pub struct Lookup<'a> {
    name: &'a str,
    /// Entries with the bare name being tried.
    run: core::slice::Iter<'static, BareName>,
    /// The ecosystems whose entries in `run` are hits.
    ecosystems: index::EcosystemSet,
    /// Qualifiers still to be tried.
    qualifiers: core::slice::Iter<'static, index::QualifierGroup>,
}

impl Iterator for Lookup<'_> {
    type Item = (Ecosystem, Status);

    fn next(&mut self) -> Option<(Ecosystem, Status)> {
        loop {
            let ecosystems = self.ecosystems;
            if let Some(entry) = self.run.find(|e| ecosystems & index::bit(e.ecosystem) != 0) {
                return Some((entry.ecosystem, entry.status));
            }
            // The whole name was tried first, as a bare name in any
            // ecosystem; now each qualifier it starts with, for the
            // ecosystems that write that qualifier. No bare name starts
            // with its own ecosystem's qualifier, and an ecosystem's
            // qualifiers never start one another (the generator checks),
            // so no hit comes twice.
            let (group, bare) = self
                .qualifiers
                .by_ref()
                .find_map(|group| group.strip(self.name).map(|bare| (group, bare)))?;
            self.run = index::bare_names(bare).iter();
            self.ecosystems = group.ecosystems;
        }
    }
}

impl FusedIterator for Lookup<'_> {}

impl fmt::Debug for BareName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} ({}: {})",
            self.bare,
            self.ecosystem.id(),
            self.status.code()
        )
    }
}
