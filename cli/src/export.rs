//! The JSON model: `statuscodes export`, and every `--json` answer.
//!
//! One status has one shape everywhere: the card's `--json`, each element
//! of `list --json`, and each element of the export's `"statuses"`.
//! Maps keyed by ecosystem id keep the registry's order of ecosystems and
//! hold only the ecosystems that have something to say.

use serde::ser::{Serialize, Serializer};
use serde::Serialize as DeriveSerialize;
use statuscodes::{Ecosystem, Meaning, Name, Release, Status};

/// The whole registry: `statuscodes export`.
#[derive(Debug, DeriveSerialize)]
pub struct Export {
    /// Every ecosystem, in registry order.
    pub ecosystems: Vec<EcosystemJson>,
    /// Every status, ascending by code.
    pub statuses: Vec<StatusJson>,
}

impl Export {
    /// The export of everything the library knows.
    pub fn all() -> Export {
        Export {
            ecosystems: Ecosystem::ALL
                .iter()
                .map(|&e| EcosystemJson::new(e))
                .collect(),
            statuses: Status::ALL.iter().map(|&s| StatusJson::new(s)).collect(),
        }
    }
}

/// One ecosystem and where its names were read.
#[derive(Debug, DeriveSerialize)]
pub struct EcosystemJson {
    /// The short id: `go`.
    pub id: &'static str,
    /// The display name: `Go net/http`.
    pub name: &'static str,
    /// The programming language.
    pub language: &'static str,
    /// The qualifier its names start with (`http.`); may be empty.
    pub prefix: &'static str,
    /// Where the names were read.
    pub source: &'static str,
    /// The release that was read ([`Ecosystem::release`]).
    pub verified_against: &'static str,
    /// The oldest release the registry covers.
    pub oldest_release: String,
    /// Why the range starts there.
    pub oldest_why: &'static str,
    /// The newest release the registry covers: the one read.
    pub newest_release: String,
    /// Where the releases of the names' `since`, `deprecated_in` and
    /// `removed_in` were read.
    pub history: &'static str,
    /// When it was read, `YYYY-MM-DD`.
    pub checked: &'static str,
}

impl EcosystemJson {
    /// The JSON of `ecosystem`.
    pub fn new(ecosystem: Ecosystem) -> EcosystemJson {
        EcosystemJson {
            id: ecosystem.id(),
            name: ecosystem.name(),
            language: ecosystem.language(),
            prefix: ecosystem.prefix(),
            source: ecosystem.source(),
            verified_against: ecosystem.release(),
            oldest_release: ecosystem.oldest_release().to_string(),
            oldest_why: ecosystem.oldest_why(),
            newest_release: ecosystem.newest_release().to_string(),
            history: ecosystem.history(),
            checked: ecosystem.checked(),
        }
    }
}

/// Everything about one status.
#[derive(Debug, DeriveSerialize)]
pub struct StatusJson {
    /// The code: `424`.
    pub code: u16,
    /// The Rust variant name: `FailedDependency`.
    pub variant: &'static str,
    /// The reason phrase: `Failed Dependency`.
    pub reason_phrase: &'static str,
    /// The class id: `client_error`.
    pub class: &'static str,
    /// Whether IANA lists the code.
    pub registered: bool,
    /// The IANA standing id: `registered`, `unofficial`, ….
    pub standing: &'static str,
    /// For an unofficial code, who uses it; otherwise `null`.
    pub origin: Option<&'static str>,
    /// The defining spec, or `null`.
    pub spec: Option<SpecJson>,
    /// What the status means.
    pub description: &'static str,
    /// Whether it is heuristically cacheable (RFC 9110, section 15.1).
    pub cacheable: bool,
    /// Whether a response with it may carry content.
    pub content: bool,
    /// Each ecosystem's names for it, canonical first.
    pub names: ByEcosystem<Vec<NameJson>>,
    /// Each ecosystem's own reason phrase for it.
    pub phrases: ByEcosystem<&'static str>,
    /// The other meanings some ecosystems give the code.
    pub other_meanings: Vec<MeaningJson>,
}

impl StatusJson {
    /// The JSON of `status`.
    pub fn new(status: Status) -> StatusJson {
        StatusJson {
            code: status.code(),
            variant: status.variant_name(),
            reason_phrase: status.reason_phrase(),
            class: status.class().id(),
            registered: status.is_registered(),
            standing: status.standing().id(),
            origin: status.origin(),
            spec: status.spec().map(|spec| SpecJson {
                document: spec.document(),
                section: spec.section(),
                url: spec.url(),
            }),
            description: status.description(),
            cacheable: status.is_heuristically_cacheable(),
            content: status.allows_content(),
            names: ByEcosystem::collect(|ecosystem| {
                let names: Vec<NameJson> = status.names_in(ecosystem).map(NameJson::new).collect();
                (!names.is_empty()).then_some(names)
            }),
            phrases: ByEcosystem::collect(|ecosystem| status.reason_in(ecosystem)),
            other_meanings: status.other_meanings().map(MeaningJson::new).collect(),
        }
    }
}

/// The document and section that define a status.
#[derive(Debug, DeriveSerialize)]
pub struct SpecJson {
    /// `RFC 4918`.
    pub document: &'static str,
    /// `11.4`.
    pub section: &'static str,
    /// A link to the section.
    pub url: &'static str,
}

/// One name an ecosystem gives a status.
#[derive(Debug, DeriveSerialize)]
pub struct NameJson {
    /// As written in code: `http.StatusFailedDependency`.
    pub name: &'static str,
    /// Whether it is the name to write in the newest release.
    pub canonical: bool,
    /// Whether the ecosystem marks it deprecated (in its newest release
    /// that has it).
    pub deprecated: bool,
    /// The release that added it; `null` when every covered release has it.
    pub since: Option<String>,
    /// The release that deprecated it, where recorded.
    pub deprecated_in: Option<String>,
    /// The release that removed it; `null` while it exists.
    pub removed_in: Option<String>,
    /// The id of another meaning than the status's (see the status's
    /// `other_meanings`); `null` when it means the status.
    pub meaning: Option<&'static str>,
    /// The registry's note, left out when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

impl NameJson {
    /// The JSON of `name`.
    pub fn new(name: Name) -> NameJson {
        let meaning = name.meaning();
        NameJson {
            name: name.text(),
            canonical: name.is_canonical(),
            deprecated: name.is_deprecated(),
            since: release(name.since()),
            deprecated_in: release(name.deprecated_in()),
            removed_in: release(name.removed_in()),
            meaning: (!meaning.is_status_meaning()).then(|| meaning.id()),
            note: name.note(),
        }
    }
}

/// A release as text, `null` for none.
fn release(release: Option<Release>) -> Option<String> {
    release.map(|release| release.to_string())
}

/// Another meaning an ecosystem gives a code.
#[derive(Debug, DeriveSerialize)]
pub struct MeaningJson {
    /// Its id: `insufficient-space-on-resource`.
    pub id: &'static str,
    /// The phrase that names it.
    pub phrase: &'static str,
    /// Who gives the code this meaning.
    pub origin: Option<&'static str>,
    /// What it means.
    pub description: &'static str,
}

impl MeaningJson {
    /// The JSON of `meaning`.
    pub fn new(meaning: Meaning) -> MeaningJson {
        MeaningJson {
            id: meaning.id(),
            phrase: meaning.phrase(),
            origin: meaning.origin(),
            description: meaning.description(),
        }
    }
}

/// The answer of `--to ECOSYSTEM --json`.
#[derive(Debug, DeriveSerialize)]
pub struct Translation {
    /// The ecosystem id.
    pub ecosystem: &'static str,
    /// Its name for the status, in the release asked for.
    #[serde(flatten)]
    pub name: NameJson,
}

impl Translation {
    /// The answer for `name`.
    pub fn new(name: Name) -> Translation {
        Translation {
            ecosystem: name.ecosystem().id(),
            name: NameJson::new(name),
        }
    }
}

/// A JSON object keyed by ecosystem id, in registry order (not sorted, as
/// a `serde_json::Map` would be).
#[derive(Debug)]
pub struct ByEcosystem<T>(pub Vec<(&'static str, T)>);

impl<T> ByEcosystem<T> {
    /// The ecosystems for which `value` has something, with it.
    fn collect(mut value: impl FnMut(Ecosystem) -> Option<T>) -> ByEcosystem<T> {
        ByEcosystem(
            Ecosystem::ALL
                .iter()
                .filter_map(|&ecosystem| value(ecosystem).map(|v| (ecosystem.id(), v)))
                .collect(),
        )
    }
}

impl<T: Serialize> Serialize for ByEcosystem<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(id, value)| (id, value)))
    }
}

/// `value` as pretty-printed JSON with a final newline.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_json_follows_the_design() {
        let value = serde_json::to_value(StatusJson::new(Status::FailedDependency)).unwrap();
        assert_eq!(value["code"], 424);
        assert_eq!(value["variant"], "FailedDependency");
        assert_eq!(value["class"], "client_error");
        assert_eq!(value["origin"], serde_json::Value::Null);
        assert_eq!(value["spec"]["document"], "RFC 4918");
        assert_eq!(
            value["names"]["go"][0]["name"],
            "http.StatusFailedDependency"
        );
        assert_eq!(value["names"]["go"][0]["canonical"], true);
        assert!(value["names"]["go"][0].get("note").is_none());
    }

    #[test]
    fn ecosystem_maps_keep_registry_order() {
        let text = serde_json::to_string(&StatusJson::new(Status::NotFound)).unwrap();
        let rails = text.find("\"rails\"").unwrap();
        let go = text.find("\"go\"").unwrap();
        assert!(rails < go, "rails comes first in the registry");
    }
}
