//! The registry's data model, as parsed and validated from its files.

/// Everything the registry says, validated.
#[derive(Debug, Clone)]
pub struct Registry<'a> {
    /// Every status, ascending by code.
    pub statuses: Vec<StatusEntry<'a>>,
    /// The other meanings ecosystems give codes, ascending by code.
    pub meanings: Vec<MeaningEntry<'a>>,
    /// Every ecosystem, in the order of the embedded file list.
    pub ecosystems: Vec<EcosystemEntry<'a>>,
    /// Requirements, guidance, retry sets and gRPC mappings.
    pub facts: Facts<'a>,
}

impl<'a> Registry<'a> {
    /// The status with `code`; the parser checks every code it hands out.
    pub fn status(&self, code: u16) -> &StatusEntry<'a> {
        self.statuses
            .iter()
            .find(|s| s.code == code)
            .expect("codes are checked against statuses.tsv")
    }

    /// The meaning with `id`; the parser checks every id it hands out.
    pub fn meaning(&self, id: &str) -> &MeaningEntry<'a> {
        self.meanings
            .iter()
            .find(|m| m.id == id)
            .expect("meaning ids are checked against meanings.tsv")
    }
}

/// One line of `meanings.tsv`: a meaning that some ecosystem gives a code
/// other than the meaning of the crate's status with that code.
#[derive(Debug, Clone)]
pub struct MeaningEntry<'a> {
    /// Its line in the file.
    pub line: usize,
    /// The code.
    pub code: u16,
    /// A lowercase id, unique in the file: `insufficient-space-on-resource`.
    pub id: &'a str,
    /// The phrase that names the meaning.
    pub phrase: &'a str,
    /// Who gives the code this meaning.
    pub origin: &'a str,
    /// Our description, 1 to 2 sentences.
    pub description: &'a str,
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
    /// The `Ecosystem` variant: the id in PascalCase, each `-`-separated
    /// part capitalised (`rust-http` is `RustHttp`).
    pub variant: String,
    /// `@name`.
    pub name: &'a str,
    /// `@language`.
    pub language: &'a str,
    /// `@prefix`.
    pub prefix: &'a str,
    /// Every `@accept`.
    pub accept: Vec<&'a str>,
    /// Every `@alias` (another id that parses to the ecosystem), with its line.
    pub aliases: Vec<(usize, &'a str)>,
    /// `@source`.
    pub source: &'a str,
    /// `@release`: the newest release read, in full (tag, commit).
    pub release: &'a str,
    /// `@oldest`: the oldest release the registry covers.
    pub oldest: Release,
    /// `@oldest-why`: why the range starts there.
    pub oldest_why: &'a str,
    /// `@newest`: the newest release the registry covers, the one in
    /// `@release`.
    pub newest: Release,
    /// `@history`: where the releases of `since`, `deprecated` and
    /// `removed` were read.
    pub history: &'a str,
    /// `@checked`.
    pub checked: &'a str,
    /// Names in file order (the parser checks it is sorted by code).
    pub names: Vec<NameEntry<'a>>,
    /// Phrases in file order.
    pub phrases: Vec<PhraseEntry<'a>>,
}

impl<'a> EcosystemEntry<'a> {
    /// Whether a name or phrase of this ecosystem has the meaning `id`.
    pub fn uses_meaning(&self, id: &str) -> bool {
        self.names.iter().any(|n| n.meaning == Some(id))
            || self.phrases.iter().any(|p| p.meaning == Some(id))
    }

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
    /// The release that introduced the name; `None` when it is older than
    /// the oldest covered release.
    pub since: Option<Release>,
    /// Whether the name is deprecated at the newest release it exists in.
    pub deprecated: bool,
    /// The release that deprecated it, where recorded; `None` with
    /// `deprecated` means deprecated at every covered release.
    pub deprecated_in: Option<Release>,
    /// The release that removed it; `None` while it exists.
    pub removed: Option<Release>,
    /// The id of another meaning than the status's, from `meanings.tsv`.
    pub meaning: Option<&'a str>,
    /// Free text, may be empty.
    pub note: &'a str,
}

impl NameEntry<'_> {
    /// Whether the name exists in the newest covered release.
    pub fn is_current(&self) -> bool {
        self.removed.is_none()
    }
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
    /// The id of another meaning than the status's, from `meanings.tsv`.
    pub meaning: Option<&'a str>,
}

/// A release as dotted numbers, `6.2` or `1.4.0`: at most four parts,
/// missing parts read as zero, so `6.2` and `6.2.0` are the same release.
#[derive(Debug, Clone, Copy)]
pub struct Release {
    /// The parts, zero-padded.
    pub parts: [u16; 4],
    /// How many parts were written.
    pub len: u8,
}

impl Release {
    /// Parses `6.2`, `1.4.0`, `3.13`: one to four dot-separated numbers.
    pub fn parse(text: &str) -> Result<Release, String> {
        let mut parts = [0u16; 4];
        let mut len = 0;
        for part in text.split('.') {
            let ok = !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part == "0" || !part.starts_with('0'));
            let value = part.parse::<u16>().ok().filter(|_| ok);
            match (value, parts.get_mut(len)) {
                (Some(value), Some(slot)) => *slot = value,
                _ => {
                    return Err(format!(
                        "{text:?} is not a release: one to four dot-separated numbers, such as 6.2 or 1.4.0"
                    ))
                }
            }
            len += 1;
        }
        Ok(Release {
            parts,
            len: len as u8,
        })
    }

    /// The parts as one number that orders like the release.
    pub fn packed(self) -> u64 {
        self.parts
            .iter()
            .fold(0u64, |acc, &part| (acc << 16) | u64::from(part))
    }
}

impl PartialEq for Release {
    fn eq(&self, other: &Release) -> bool {
        self.packed() == other.packed()
    }
}

impl Eq for Release {}

impl PartialOrd for Release {
    fn partial_cmp(&self, other: &Release) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Release {
    fn cmp(&self, other: &Release) -> std::cmp::Ordering {
        self.packed().cmp(&other.packed())
    }
}

impl std::fmt::Display for Release {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, part) in self.parts[..usize::from(self.len)].iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{part}")?;
        }
        Ok(())
    }
}

/// The facts about statuses besides their names: what the specs require of
/// a response, what a client does next, who retries, and gRPC.
#[derive(Debug, Clone, Default)]
pub struct Facts<'a> {
    /// `requirements.tsv`, sorted by code.
    pub requirements: Vec<RequirementEntry<'a>>,
    /// `guidance/*.tsv`, one entry per status, ascending by code; empty
    /// when no guidance file was given.
    pub guidance: Vec<GuidanceEntry<'a>>,
    /// `retries/*.tsv`, in the order of the embedded file list.
    pub retries: Vec<RetryPolicyEntry<'a>>,
    /// `grpc.tsv`, if given.
    pub grpc: Option<GrpcEntry<'a>>,
}

/// The BCP 14 keyword of a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// MUST.
    Must,
    /// SHOULD.
    Should,
    /// MAY.
    May,
    /// MUST NOT.
    MustNot,
    /// SHOULD NOT.
    ShouldNot,
}

impl Level {
    /// The spellings `requirements.tsv` uses.
    pub const ALL: [(&'static str, Level); 5] = [
        ("must", Level::Must),
        ("should", Level::Should),
        ("may", Level::May),
        ("must-not", Level::MustNot),
        ("should-not", Level::ShouldNot),
    ];

    /// The variant name of the library's `Level` enum.
    pub fn variant(self) -> &'static str {
        match self {
            Level::Must => "Must",
            Level::Should => "Should",
            Level::May => "May",
            Level::MustNot => "MustNot",
            Level::ShouldNot => "ShouldNot",
        }
    }

    /// The spelling in the file.
    pub fn id(self) -> &'static str {
        Level::ALL
            .iter()
            .find(|(_, level)| *level == self)
            .map_or("", |(id, _)| id)
    }
}

/// One line of `requirements.tsv`.
#[derive(Debug, Clone)]
pub struct RequirementEntry<'a> {
    /// Its line in the file.
    pub line: usize,
    /// The status's code.
    pub code: u16,
    /// A header field name, or `None` for the response content.
    pub field: Option<&'a str>,
    /// The keyword.
    pub level: Level,
    /// When it applies, if not always.
    pub condition: Option<&'a str>,
    /// Where the spec says so.
    pub spec: Spec<'a>,
    /// Our note, if any.
    pub note: Option<&'a str>,
}

/// The guidance for one status, from `guidance/*.tsv`.
#[derive(Debug, Clone)]
pub struct GuidanceEntry<'a> {
    /// The status's code.
    pub code: u16,
    /// What a client does next.
    pub next: &'a str,
    /// Typical causes.
    pub causes: Vec<&'a str>,
    /// Fixes on the client side.
    pub client_fixes: Vec<&'a str>,
    /// Fixes on the server side.
    pub server_fixes: Vec<&'a str>,
    /// The example request's request line and header fields.
    pub request: Vec<&'a str>,
    /// The example request's content lines.
    pub request_body: Vec<&'a str>,
    /// The example response's status line(s) and header fields.
    pub response: Vec<&'a str>,
    /// The example response's content lines.
    pub response_body: Vec<&'a str>,
}

/// One `retries/<id>.tsv` file: a client's or library's default retry set.
#[derive(Debug, Clone)]
pub struct RetryPolicyEntry<'a> {
    /// The file it was read from.
    pub file: &'a str,
    /// `@id`.
    pub id: &'a str,
    /// The `RetryPolicy` variant: the id in PascalCase.
    pub variant: String,
    /// `@name`.
    pub name: &'a str,
    /// `@language`.
    pub language: &'a str,
    /// `@source`.
    pub source: &'a str,
    /// `@release`.
    pub release: &'a str,
    /// `@history`.
    pub history: &'a str,
    /// `@checked`.
    pub checked: &'a str,
    /// `@rule`.
    pub rule: &'a str,
    /// The codes retried by default, ascending, each with its condition.
    pub codes: Vec<(u16, Option<&'a str>)>,
}

/// `grpc.tsv`: the gRPC codes and both mappings.
#[derive(Debug, Clone)]
pub struct GrpcEntry<'a> {
    /// `@http-to-grpc`: where the HTTP-to-gRPC mapping was read.
    pub http_to_grpc_source: &'a str,
    /// `@grpc-to-http`: where the gRPC-to-HTTP mapping was read.
    pub grpc_to_http_source: &'a str,
    /// `@checked`.
    pub checked: &'a str,
    /// Every gRPC code, ascending by number, with the HTTP status
    /// `google.rpc.Code` maps it to.
    pub codes: Vec<GrpcCodeEntry<'a>>,
    /// The HTTP codes the HTTP-to-gRPC mapping lists, each with the index
    /// of its gRPC code in `codes` and a note.
    pub from_http: Vec<(u16, usize, Option<&'a str>)>,
    /// The index in `codes` of the code for every other HTTP status, and
    /// its note.
    pub otherwise: (usize, Option<&'a str>),
}

/// One gRPC status code.
#[derive(Debug, Clone)]
pub struct GrpcCodeEntry<'a> {
    /// `NOT_FOUND`.
    pub name: &'a str,
    /// The `GrpcCode` variant: `NotFound`.
    pub variant: String,
    /// Its number, 0 to 16.
    pub number: u8,
    /// The HTTP code it maps to.
    pub http: u16,
    /// Our note, if any.
    pub note: Option<&'a str>,
}
