//! The registry's data model, as parsed and validated from its files.

/// Everything the registry says, validated.
#[derive(Debug, Clone)]
pub struct Registry<'a> {
    /// Every status, ascending by code.
    pub statuses: Vec<StatusEntry<'a>>,
    /// Every ecosystem, in the order of the embedded file list.
    pub ecosystems: Vec<EcosystemEntry<'a>>,
}

/// One line of `statuses.tsv`.
#[derive(Debug, Clone)]
pub struct StatusEntry<'a> {
    /// The code, 100 to 999.
    pub code: u16,
    /// The PascalCase variant name.
    pub variant: &'a str,
    /// The reason phrase.
    pub phrase: &'a str,
    /// Where it stands in the IANA registry.
    pub standing: Standing,
    /// `IANA`, or who uses an unofficial code.
    pub origin: &'a str,
    /// The defining document, if any.
    pub spec: Option<Spec<'a>>,
    /// Heuristically cacheable per RFC 9110 section 15.1.
    pub cacheable: bool,
    /// Whether the response may carry content.
    pub content: bool,
    /// Our description, 1 to 3 sentences.
    pub description: &'a str,
}

impl StatusEntry<'_> {
    /// The first digit of the code: 1 to 5.
    pub fn class_digit(&self) -> u16 {
        self.code / 100
    }
}

/// Where a status stands in the IANA registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// A permanent registration.
    Registered,
    /// A temporary registration.
    Temporary,
    /// Listed as unused.
    Unused,
    /// Listed as obsoleted.
    Obsoleted,
    /// Not in the IANA registry.
    Unofficial,
}

impl Standing {
    /// The spelling used in `statuses.tsv`.
    pub const ALL: [(&'static str, Standing); 5] = [
        ("registered", Standing::Registered),
        ("temporary", Standing::Temporary),
        ("unused", Standing::Unused),
        ("obsoleted", Standing::Obsoleted),
        ("unofficial", Standing::Unofficial),
    ];

    /// The variant name of the library's `Standing` enum.
    pub fn variant(self) -> &'static str {
        match self {
            Standing::Registered => "Registered",
            Standing::Temporary => "Temporary",
            Standing::Unused => "Unused",
            Standing::Obsoleted => "Obsoleted",
            Standing::Unofficial => "Unofficial",
        }
    }
}

/// The document that defines a status.
#[derive(Debug, Clone, Copy)]
pub struct Spec<'a> {
    /// `RFC 9110`.
    pub document: &'a str,
    /// `15.5.5`.
    pub section: &'a str,
    /// A link to the section.
    pub url: &'a str,
}

/// One `ecosystems/<id>.tsv` file.
#[derive(Debug, Clone)]
pub struct EcosystemEntry<'a> {
    /// The file it was read from.
    pub file: &'a str,
    /// `@id`.
    pub id: &'a str,
    /// `@variant`.
    pub variant: &'a str,
    /// `@name`.
    pub name: &'a str,
    /// `@language`.
    pub language: &'a str,
    /// `@prefix`.
    pub prefix: &'a str,
    /// Every `@accept`.
    pub accept: Vec<&'a str>,
    /// `@source`.
    pub source: &'a str,
    /// `@release`.
    pub release: &'a str,
    /// `@checked`.
    pub checked: &'a str,
    /// Names in file order (the parser checks it is sorted by code).
    pub names: Vec<NameEntry<'a>>,
    /// Phrases in file order.
    pub phrases: Vec<PhraseEntry<'a>>,
}

impl<'a> EcosystemEntry<'a> {
    /// Every qualifier lookups strip: `@prefix` first, then each `@accept`.
    pub fn qualifiers(&self) -> impl Iterator<Item = &'a str> + '_ {
        std::iter::once(self.prefix)
            .chain(self.accept.iter().copied())
            .filter(|q| !q.is_empty())
    }
}

/// A name line of an ecosystem file.
#[derive(Debug, Clone)]
pub struct NameEntry<'a> {
    /// Its line in the file.
    pub line: usize,
    /// The status code.
    pub code: u16,
    /// The name as written in code, qualifier included.
    pub text: &'a str,
    /// `text` without the ecosystem's `@prefix`.
    pub bare: &'a str,
    /// The name to write today, rather than an alias.
    pub canonical: bool,
    /// Marked deprecated upstream.
    pub deprecated: bool,
    /// Free text, may be empty.
    pub note: &'a str,
}

/// A phrase line of an ecosystem file.
#[derive(Debug, Clone)]
pub struct PhraseEntry<'a> {
    /// Its line in the file.
    pub line: usize,
    /// The status code.
    pub code: u16,
    /// The phrase.
    pub text: &'a str,
}
