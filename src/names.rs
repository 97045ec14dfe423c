//! Names of statuses in other ecosystems: [`Name`], and the lookups both
//! ways on [`Status`] and [`Ecosystem`], at the newest release or at any
//! release the registry covers.
//!
//! Every lookup is a probe of a hash index built at compile time, or a
//! walk over one status's few names; none allocates.

use core::fmt;
use core::iter::FusedIterator;

use crate::generated::{
    NAME_COUNT, NAME_FACTS, NAME_NOTES, NAME_RELEASES, NAME_STARTS, NAME_TEXTS,
};
use crate::index;
use crate::tables::{every_handle, meaning_at, BareName, Phrase};
use crate::{Ecosystem, Meaning, NameAtError, Release, Status};

/// One name an ecosystem gives a status, as written in code, with the
/// releases it was added, deprecated and removed in.
///
/// ```
/// use statuscodes::{Ecosystem, Status};
///
/// let name = Status::FailedDependency.names_in(Ecosystem::Go).next().unwrap();
/// assert_eq!(name.text(), "http.StatusFailedDependency");
/// assert_eq!(name.bare(), "StatusFailedDependency");
/// assert_eq!(name.status(), Status::FailedDependency);
/// assert!(name.is_canonical());
/// assert!(!name.is_deprecated());
/// assert_eq!(name.since(), None); // in every release the registry covers
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Name {
    /// Its position in the generated name tables (`NAME_TEXTS`,
    /// `NAME_FACTS`), which hold its facts.
    index: u16,
}

/// Every name, in table order, so that a status's names are a slice.
const NAMES: &[Name] = every_handle!(Name, NAME_COUNT);

/// Where the bytes of a name's packed facts sit (see `NAME_FACTS`).
const ECOSYSTEM_BYTE: u32 = 0;
const STATUS_BYTE: u32 = 8;
const FLAGS_BYTE: u32 = 16;
const SINCE_BYTE: u32 = 24;
const DEPRECATED_IN_BYTE: u32 = 32;
const REMOVED_BYTE: u32 = 40;
const MEANING_BYTE: u32 = 48;
const NOTE_BYTE: u32 = 56;
const CANONICAL_FLAG: u64 = 1;
const DEPRECATED_FLAG: u64 = 2;

impl Name {
    /// The name at `index` in the name tables.
    pub(crate) const fn at(index: usize) -> Name {
        Name {
            index: index as u16,
        }
    }

    /// One byte of its packed facts.
    const fn byte(&self, shift: u32) -> usize {
        ((NAME_FACTS[self.index as usize] >> shift) & 0xff) as usize
    }

    const fn flag(&self, flag: u64) -> bool {
        (self.byte(FLAGS_BYTE) as u64) & flag != 0
    }
}

/// Its facts, as a struct's fields would show.
impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Name")
            .field("ecosystem", &self.ecosystem())
            .field("status", &self.status())
            .field("text", &self.text())
            .field("canonical", &self.is_canonical())
            .field("since", &self.since())
            .field("deprecated", &self.is_deprecated())
            .field("deprecated_in", &self.deprecated_in())
            .field("removed", &self.removed_in())
            .field("meaning", &self.meaning().id())
            .field("note", &self.note())
            .finish()
    }
}

impl Name {
    /// The ecosystem whose name this is.
    pub const fn ecosystem(&self) -> Ecosystem {
        Ecosystem::ALL[self.byte(ECOSYSTEM_BYTE)]
    }

    /// The status the name stands for: the crate's status with the code
    /// the ecosystem gives the name. Where the ecosystem means something
    /// else by that code, [`meaning`](Name::meaning) says so.
    pub const fn status(&self) -> Status {
        Status::ALL[self.byte(STATUS_BYTE)]
    }

    /// The name with its qualifier, as code writes it:
    /// `http.StatusFailedDependency`.
    pub const fn text(&self) -> &'static str {
        NAME_TEXTS[self.index as usize]
    }

    /// The name without the ecosystem's [`prefix`](Ecosystem::prefix):
    /// `StatusFailedDependency`.
    pub fn bare(&self) -> &'static str {
        let text = self.text();
        text.get(self.ecosystem().prefix().len()..).unwrap_or(text)
    }

    /// Whether this is the name to write in the ecosystem's newest release
    /// (or, for a removed name, the last name the code had), rather than an
    /// alias.
    pub const fn is_canonical(&self) -> bool {
        self.flag(CANONICAL_FLAG)
    }

    /// The release that added the name; `None` when every release the
    /// registry covers has it (it is at least as old as
    /// [`Ecosystem::oldest_release`]).
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let name = Status::UnprocessableContent.names_in(Ecosystem::Python).next().unwrap();
    /// assert_eq!(name.text(), "http.HTTPStatus.UNPROCESSABLE_CONTENT");
    /// assert_eq!(name.since().unwrap().to_string(), "3.13");
    /// ```
    pub const fn since(&self) -> Option<Release> {
        NAME_RELEASES[self.byte(SINCE_BYTE)]
    }

    /// Whether the ecosystem marks the name deprecated in its newest
    /// release (for a removed name: in the last release that had it).
    /// [`is_deprecated_at`](Name::is_deprecated_at) asks about one release.
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
        self.flag(DEPRECATED_FLAG)
    }

    /// The release that deprecated the name, where the registry records
    /// it. A deprecated name without one was deprecated before the oldest
    /// release the registry covers.
    pub const fn deprecated_in(&self) -> Option<Release> {
        NAME_RELEASES[self.byte(DEPRECATED_IN_BYTE)]
    }

    /// The release that removed the name; `None` while the ecosystem's
    /// newest release still has it. Removed names are kept so that old code
    /// still resolves.
    pub const fn removed_in(&self) -> Option<Release> {
        NAME_RELEASES[self.byte(REMOVED_BYTE)]
    }

    /// Whether the ecosystem's newest release no longer has the name.
    pub const fn is_removed(&self) -> bool {
        self.removed_in().is_some()
    }

    /// Whether `release` of the ecosystem has the name: it was added at or
    /// before `release` and not removed by then. For a release older than
    /// the oldest the registry covers, names without a
    /// [`since`](Name::since) count as present.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Release, Status};
    ///
    /// let name = Status::EarlyHints.names_in(Ecosystem::RustHttp).next().unwrap();
    /// assert_eq!(name.text(), "http::StatusCode::EARLY_HINTS");
    /// assert!(!name.exists_at(Release::new([1, 3, 0, 0], 2)));
    /// assert!(name.exists_at(Release::new([1, 4, 0, 0], 2)));
    /// ```
    pub fn exists_at(&self, release: Release) -> bool {
        self.since().map_or(true, |since| since <= release)
            && self.removed_in().map_or(true, |removed| release < removed)
    }

    /// Whether the name is deprecated at `release`: it exists there, and
    /// was deprecated at or before it.
    pub fn is_deprecated_at(&self, release: Release) -> bool {
        self.exists_at(release)
            && match self.deprecated_in() {
                Some(deprecated) => deprecated <= release,
                None => self.is_deprecated(),
            }
    }

    /// What the ecosystem means by the name: usually the meaning of
    /// [`status`](Name::status), but some ecosystems give a code another
    /// meaning (`SC_INSUFFICIENT_SPACE_ON_RESOURCE` is 419 in Apache
    /// HttpCore, where the crate's 419 is Laravel's Page Expired).
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let core = Status::lookup("SC_INSUFFICIENT_SPACE_ON_RESOURCE").next().unwrap();
    /// assert_eq!(core.ecosystem(), Ecosystem::ApacheHttpcore5);
    /// assert_eq!(core.status(), Status::PageExpired);
    /// assert_eq!(core.meaning().phrase(), "Insufficient Space On Resource");
    /// assert!(!core.meaning().is_status_meaning());
    /// ```
    pub fn meaning(&self) -> Meaning {
        match meaning_at(self.byte(MEANING_BYTE)) {
            Some(info) => Meaning::other(info),
            None => self.status().meaning(),
        }
    }

    /// Whether this name and `other` stand for the same thing: the same
    /// code with the same meaning. A translation between two names that
    /// share a code but not a meaning would change what the code says.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let core = Status::lookup("SC_INSUFFICIENT_SPACE_ON_RESOURCE").next().unwrap();
    /// let aspnet = Status::PageExpired.names_in(Ecosystem::Aspnetcore).next().unwrap();
    /// assert_eq!(aspnet.text(), "StatusCodes.Status419AuthenticationTimeout");
    /// assert!(!core.means_same_as(&aspnet));
    ///
    /// let go = Status::NotFound.names_in(Ecosystem::Go).next().unwrap();
    /// let rails = Status::NotFound.names_in(Ecosystem::Rails).next().unwrap();
    /// assert!(go.means_same_as(&rails));
    /// ```
    pub fn means_same_as(&self, other: &Name) -> bool {
        self.meaning() == other.meaning()
    }

    /// What the registry notes about the name, such as what replaces it.
    pub const fn note(&self) -> Option<&'static str> {
        let note = NAME_NOTES[self.byte(NOTE_BYTE)];
        if note.is_empty() {
            None
        } else {
            Some(note)
        }
    }
}

/// The [`text`](Name::text).
impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.text())
    }
}

impl Status {
    /// Every name every ecosystem gives this status, ecosystem by ecosystem,
    /// each ecosystem's canonical name first; removed names included.
    ///
    /// ```
    /// use statuscodes::Status;
    ///
    /// assert!(Status::NotFound.names().iter().any(|name| name.text() == "http.StatusNotFound"));
    /// ```
    pub const fn names(self) -> &'static [Name] {
        let (start, end) = (
            NAME_STARTS[self.index()] as usize,
            NAME_STARTS[self.index() + 1] as usize,
        );
        NAMES.split_at(start).1.split_at(end - start).0
    }

    /// The name `ecosystem` gives this status in its newest release, as
    /// written in code; `None` where it has none.
    /// [`name_at`](Status::name_at) answers for an older release.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// assert_eq!(Status::FailedDependency.name_in(Ecosystem::Rails), Some(":failed_dependency"));
    /// assert_eq!(Status::UnprocessableContent.name_in(Ecosystem::Go), Some("http.StatusUnprocessableEntity"));
    /// ```
    pub fn name_in(self, ecosystem: Ecosystem) -> Option<&'static str> {
        self.name_at(ecosystem, ecosystem.newest_release())
            .ok()
            .map(|name| name.text())
    }

    /// Every name `ecosystem` gives or gave this status: the canonical one
    /// first, then aliases, deprecated and removed names.
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
            release: None,
        }
    }

    /// The names `release` of `ecosystem` has for this status, in the
    /// order of [`names_in`](Status::names_in).
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Release, Status};
    ///
    /// let python_3_9: Release = "3.9".parse().unwrap();
    /// let names: Vec<&str> = Status::UnprocessableContent
    ///     .names_at(Ecosystem::Python, python_3_9)
    ///     .map(|name| name.text())
    ///     .collect();
    /// assert_eq!(names, ["http.HTTPStatus.UNPROCESSABLE_ENTITY"]);
    /// ```
    pub fn names_at(self, ecosystem: Ecosystem, release: Release) -> NamesIn {
        NamesIn {
            names: self.names().iter(),
            ecosystem,
            release: Some(release),
        }
    }

    /// The name to write for this status in `release` of `ecosystem`: the
    /// first name that release has and does not deprecate, canonical first;
    /// else the first it has, deprecated.
    ///
    /// The error says why there is none, with the name a later release
    /// added or an earlier one removed, and refuses releases older than
    /// the oldest the registry covers, whose names it cannot vouch for.
    /// A release newer than the newest covered is answered from the
    /// newest ([`Ecosystem::covers`] tells the two apart).
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Release, Status};
    ///
    /// // What do I write for 422 in Spring 6.2 (Spring Boot 3)?
    /// let spring_6_2: Release = "6.2".parse().unwrap();
    /// let name = Status::UnprocessableContent.name_at(Ecosystem::Spring, spring_6_2).unwrap();
    /// assert_eq!(name.text(), "HttpStatus.UNPROCESSABLE_ENTITY");
    /// assert!(!name.is_deprecated_at(spring_6_2));
    ///
    /// // And in Spring 7.0?
    /// let spring_7: Release = "7.0".parse().unwrap();
    /// let name = Status::UnprocessableContent.name_at(Ecosystem::Spring, spring_7).unwrap();
    /// assert_eq!(name.text(), "HttpStatus.UNPROCESSABLE_CONTENT");
    ///
    /// // http 1.3 has no constant for 103.
    /// let error = Status::EarlyHints
    ///     .name_at(Ecosystem::RustHttp, "1.3".parse().unwrap())
    ///     .unwrap_err();
    /// assert_eq!(error.later().unwrap().text(), "http::StatusCode::EARLY_HINTS");
    /// ```
    pub fn name_at(self, ecosystem: Ecosystem, release: Release) -> Result<Name, NameAtError> {
        if release < ecosystem.oldest_release() {
            return Err(NameAtError::not_covered(self, ecosystem, release));
        }
        let mut names = self.names_at(ecosystem, release);
        let first = names.clone().next();
        match names.find(|name| !name.is_deprecated_at(release)).or(first) {
            Some(name) => Ok(name),
            None => Err(NameAtError::no_name(self, ecosystem, release)),
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
    /// assert_eq!(Status::ContentTooLarge.reason_in(Ecosystem::Dotnet), None);
    /// ```
    pub fn reason_in(self, ecosystem: Ecosystem) -> Option<&'static str> {
        self.phrase_entry(ecosystem).map(Phrase::text)
    }

    /// What `ecosystem`'s own reason phrase for this code means, where it
    /// has one: usually this status's meaning, but not always.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let meaning = Status::PageExpired.reason_meaning_in(Ecosystem::HttpStatusCodes).unwrap();
    /// assert_eq!(meaning.phrase(), "Insufficient Space On Resource");
    /// assert!(Status::NotFound.reason_meaning_in(Ecosystem::Go).unwrap().is_status_meaning());
    /// ```
    pub fn reason_meaning_in(self, ecosystem: Ecosystem) -> Option<Meaning> {
        self.phrase_entry(ecosystem)
            .map(|phrase| match phrase.meaning() {
                Some(info) => Meaning::other(info),
                None => self.meaning(),
            })
    }

    fn phrase_entry(self, ecosystem: Ecosystem) -> Option<Phrase> {
        Phrase::of(self.index())
            .iter()
            .copied()
            .find(|phrase| phrase.ecosystem() == ecosystem)
    }

    /// The status `ecosystem` means by `name`; see
    /// [`Ecosystem::find_name`], which also gives the [`Name`] with its
    /// releases and meaning. Case matters, as it does in the ecosystems'
    /// languages; removed names still resolve.
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
        index::scoped(ecosystem, ecosystem.bare_of(name)).map(BareName::status)
    }

    /// Every ecosystem's name that is `name`, qualified or bare, as the
    /// [`Name`] it matched: its ecosystem, status, releases and meaning.
    /// Several ecosystems can share a name: `:ok` is Rails' and Plug's.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let hits: Vec<(Ecosystem, Status)> = Status::lookup(":not_found")
    ///     .map(|name| (name.ecosystem(), name.status()))
    ///     .collect();
    /// assert!(hits.contains(&(Ecosystem::Rails, Status::NotFound)));
    /// assert!(hits.contains(&(Ecosystem::Plug, Status::NotFound)));
    ///
    /// let old = Status::lookup(":unprocessable_entity").next().unwrap();
    /// assert!(old.is_deprecated());
    /// assert_eq!(old.status().name_in(old.ecosystem()), Some(":unprocessable_content"));
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

impl Ecosystem {
    /// The [`Name`] this ecosystem writes as `name`: its qualified form
    /// (`http.StatusFailedDependency`), its bare identifier
    /// (`StatusFailedDependency`) or another qualifier the ecosystem's code
    /// writes. Aliases, deprecated and removed names count. Case matters.
    ///
    /// ```
    /// use statuscodes::{Ecosystem, Status};
    ///
    /// let name = Ecosystem::Spring.find_name("HttpStatus.UNPROCESSABLE_ENTITY").unwrap();
    /// assert_eq!(name.status(), Status::UnprocessableContent);
    /// assert_eq!(name.deprecated_in().unwrap().to_string(), "7.0");
    /// ```
    pub fn find_name(self, name: &str) -> Option<Name> {
        index::scoped(self, self.bare_of(name)).map(BareName::name)
    }

    /// `name` without the first of the ecosystem's qualifiers it starts
    /// with. No bare name starts with one of its ecosystem's qualifiers
    /// (the generator checks), so a name that does is qualified.
    fn bare_of(self, name: &str) -> &str {
        self.qualifiers()
            .iter()
            .find_map(|qualifier| name.strip_prefix(qualifier))
            .unwrap_or(name)
    }
}

/// The names one ecosystem gives one status; see [`Status::names_in`] and
/// [`Status::names_at`].
#[derive(Debug, Clone)]
pub struct NamesIn {
    names: core::slice::Iter<'static, Name>,
    ecosystem: Ecosystem,
    release: Option<Release>,
}

impl Iterator for NamesIn {
    type Item = Name;

    fn next(&mut self) -> Option<Name> {
        let (ecosystem, release) = (self.ecosystem, self.release);
        self.names
            .find(|name| {
                name.ecosystem() == ecosystem
                    && release.map_or(true, |release| name.exists_at(release))
            })
            .copied()
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
    type Item = Name;

    fn next(&mut self) -> Option<Name> {
        loop {
            let ecosystems = self.ecosystems;
            if let Some(entry) = self
                .run
                .find(|e| ecosystems & index::bit(e.ecosystem()) != 0)
            {
                return Some(entry.name());
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
        let name = self.name();
        write!(
            f,
            "{:?} ({}: {})",
            self.bare(),
            name.ecosystem().id(),
            name.status().code()
        )
    }
}
