//! The JSON model: `statuscodes export`, and every `--json` answer.
//!
//! One status has one shape everywhere: the card's `--json`, each element
//! of `list --json`, and each element of the export's `"statuses"`.
//! Maps keyed by ecosystem id keep the registry's order of ecosystems and
//! hold only the ecosystems that have something to say.

use serde::ser::{Serialize, Serializer};
use serde::Serialize as DeriveSerialize;
use statuscodes::{
    Ecosystem, Example, GrpcCode, Meaning, Name, Release, Requirement, RetryPolicy, Spec, Status,
    Subject,
};

use crate::check::Report;

/// The whole registry: `statuscodes export`.
#[derive(Debug, DeriveSerialize)]
pub struct Export {
    /// Every ecosystem, in registry order.
    pub ecosystems: Vec<EcosystemJson>,
    /// Every status, ascending by code.
    pub statuses: Vec<StatusJson>,
    /// Every client and retry library whose default retries the registry
    /// read, in the card's order.
    pub retry_policies: Vec<RetryPolicyJson>,
    /// The 17 gRPC codes, by number, with the HTTP status
    /// `google.rpc.Code` maps each to.
    pub grpc_codes: Vec<GrpcCodeJson>,
    /// Where the HTTP-to-gRPC mapping (each status's `grpc`) was read.
    pub http_to_grpc_source: &'static str,
    /// Where the gRPC-to-HTTP mapping (each gRPC code's `http`) was read.
    pub grpc_to_http_source: &'static str,
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
            retry_policies: RetryPolicy::ALL
                .iter()
                .map(|&p| RetryPolicyJson::new(p))
                .collect(),
            grpc_codes: GrpcCode::ALL
                .iter()
                .map(|&c| GrpcCodeJson::new(c))
                .collect(),
            http_to_grpc_source: GrpcCode::HTTP_TO_GRPC_SOURCE,
            grpc_to_http_source: GrpcCode::GRPC_TO_HTTP_SOURCE,
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
    /// The header fields the specs tie to it, in the registry's order.
    pub headers: Vec<HeaderJson>,
    /// The rules the specs set on its content.
    pub content_rules: Vec<RuleJson>,
    /// What a client does next, in a sentence.
    pub next_step: &'static str,
    /// Typical causes, one sentence each.
    pub causes: &'static [&'static str],
    /// Fixes on the client side.
    pub client_fixes: &'static [&'static str],
    /// Fixes on the server side.
    pub server_fixes: &'static [&'static str],
    /// An example exchange.
    pub example: ExampleJson,
    /// The clients and retry libraries that retry it by default (ids of
    /// the export's `retry_policies`).
    pub retried_by: Vec<RetriedByJson>,
    /// What a gRPC client reports for it.
    pub grpc: GrpcJson,
}

impl StatusJson {
    /// The JSON of `status`.
    pub fn new(status: Status) -> StatusJson {
        let guidance = status.guidance();
        StatusJson {
            code: status.code(),
            variant: status.variant_name(),
            reason_phrase: status.reason_phrase(),
            class: status.class().id(),
            registered: status.is_registered(),
            standing: status.standing().id(),
            origin: status.origin(),
            spec: status.spec().map(SpecJson::new),
            description: status.description(),
            cacheable: status.is_heuristically_cacheable(),
            content: status.allows_content(),
            names: ByEcosystem::collect(|ecosystem| {
                let names: Vec<NameJson> = status.names_in(ecosystem).map(NameJson::new).collect();
                (!names.is_empty()).then_some(names)
            }),
            phrases: ByEcosystem::collect(|ecosystem| status.reason_in(ecosystem)),
            other_meanings: status.other_meanings().map(MeaningJson::new).collect(),
            headers: status
                .requirements()
                .iter()
                .filter_map(HeaderJson::new)
                .collect(),
            content_rules: status
                .requirements()
                .iter()
                .filter(|r| r.subject() == Subject::Content)
                .map(RuleJson::new)
                .collect(),
            next_step: guidance.next_step(),
            causes: guidance.causes(),
            client_fixes: guidance.client_fixes(),
            server_fixes: guidance.server_fixes(),
            example: ExampleJson::new(guidance.example()),
            retried_by: status
                .retried_by()
                .map(|retry| RetriedByJson {
                    policy: retry.policy().id(),
                    condition: retry.condition(),
                })
                .collect(),
            grpc: GrpcJson {
                code: status.grpc_code().map(GrpcCode::name),
                number: status.grpc_code().map(GrpcCode::number),
            },
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

impl SpecJson {
    /// The JSON of `spec`.
    pub fn new(spec: Spec) -> SpecJson {
        SpecJson {
            document: spec.document(),
            section: spec.section(),
            url: spec.url(),
        }
    }
}

/// A header field a spec ties to a status: `headers` in a status.
#[derive(Debug, DeriveSerialize)]
pub struct HeaderJson {
    /// The field's registered name: `Allow`.
    pub field: &'static str,
    /// The rest, as for a content rule.
    #[serde(flatten)]
    pub rule: RuleJson,
}

impl HeaderJson {
    /// The JSON of a requirement on a header field; `None` for a rule on
    /// the content.
    pub fn new(requirement: &Requirement) -> Option<HeaderJson> {
        match requirement.subject() {
            Subject::Field(field) => Some(HeaderJson {
                field,
                rule: RuleJson::new(requirement),
            }),
            Subject::Content => None,
        }
    }
}

/// A requirement without its subject: each of a status's
/// `content_rules`, and the rest of each of its `headers`.
#[derive(Debug, DeriveSerialize)]
pub struct RuleJson {
    /// The level id: `must`, `should`, `may`, `must-not`, `should-not`.
    pub requirement: &'static str,
    /// When it applies, if not to every response with the status; `null`
    /// when it always does (and `statuscodes check` tests it, unless it
    /// is a `may`).
    pub condition: Option<&'static str>,
    /// The section that states it.
    pub spec: SpecJson,
    /// The registry's note, or `null`.
    pub note: Option<&'static str>,
}

impl RuleJson {
    /// The JSON of `requirement`, without its subject.
    pub fn new(requirement: &Requirement) -> RuleJson {
        RuleJson {
            requirement: requirement.level().id(),
            condition: requirement.condition(),
            spec: SpecJson::new(requirement.spec()),
            note: requirement.note(),
        }
    }
}

/// An example exchange, line by line.
#[derive(Debug, DeriveSerialize)]
pub struct ExampleJson {
    /// The request line and header fields.
    pub request: &'static [&'static str],
    /// The request content; empty for none.
    pub request_body: &'static [&'static str],
    /// The status line (after any interim response's) and header fields.
    pub response: &'static [&'static str],
    /// The response content; empty for none.
    pub response_body: &'static [&'static str],
}

impl ExampleJson {
    /// The JSON of `example`.
    pub fn new(example: Example) -> ExampleJson {
        ExampleJson {
            request: example.request(),
            request_body: example.request_body(),
            response: example.response(),
            response_body: example.response_body(),
        }
    }
}

/// A client or retry library that retries a status by default.
#[derive(Debug, DeriveSerialize)]
pub struct RetriedByJson {
    /// Its id in the export's `retry_policies`: `urllib3`.
    pub policy: &'static str,
    /// Its condition, or `null` when it retries every such response.
    pub condition: Option<&'static str>,
}

/// What a gRPC client reports for a status (the gRPC project's
/// HTTP-to-gRPC mapping); both `null` for 1xx, which it skips.
#[derive(Debug, DeriveSerialize)]
pub struct GrpcJson {
    /// The code's name: `UNAVAILABLE`.
    pub code: Option<&'static str>,
    /// Its number: `14`.
    pub number: Option<u8>,
}

/// One client or retry library and the statuses it retries by default.
#[derive(Debug, DeriveSerialize)]
pub struct RetryPolicyJson {
    /// The short id: `urllib3`.
    pub id: &'static str,
    /// The display name: `urllib3 Retry`.
    pub name: &'static str,
    /// The language it is written for.
    pub language: &'static str,
    /// Where the retry set was read.
    pub source: &'static str,
    /// The release read.
    pub release: &'static str,
    /// Which other releases were compared.
    pub history: &'static str,
    /// When it was read, `YYYY-MM-DD`.
    pub checked: &'static str,
    /// What "by default" means for it.
    pub rule: &'static str,
    /// The statuses it retries, ascending by code.
    pub statuses: Vec<RetriedJson>,
}

impl RetryPolicyJson {
    /// The JSON of `policy`.
    pub fn new(policy: RetryPolicy) -> RetryPolicyJson {
        RetryPolicyJson {
            id: policy.id(),
            name: policy.name(),
            language: policy.language(),
            source: policy.source(),
            release: policy.release(),
            history: policy.history(),
            checked: policy.checked(),
            rule: policy.rule(),
            statuses: policy
                .retries()
                .map(|retry| RetriedJson {
                    code: retry.status().code(),
                    condition: retry.condition(),
                })
                .collect(),
        }
    }
}

/// A status a retry policy retries.
#[derive(Debug, DeriveSerialize)]
pub struct RetriedJson {
    /// The code.
    pub code: u16,
    /// The condition, or `null` when every such response is retried.
    pub condition: Option<&'static str>,
}

/// One gRPC code.
#[derive(Debug, DeriveSerialize)]
pub struct GrpcCodeJson {
    /// The name: `NOT_FOUND`.
    pub name: &'static str,
    /// The number, 0 to 16.
    pub number: u8,
    /// The HTTP code `google.rpc.Code` maps it to.
    pub http: u16,
    /// The registry's note on the mapping, or `null`.
    pub note: Option<&'static str>,
}

impl GrpcCodeJson {
    /// The JSON of `code`.
    pub fn new(code: GrpcCode) -> GrpcCodeJson {
        GrpcCodeJson {
            name: code.name(),
            number: code.number(),
            http: code.http_status().code(),
            note: code.note(),
        }
    }
}

/// The answer of `check --json`.
#[derive(Debug, DeriveSerialize)]
pub struct CheckJson {
    /// The status checked: `405`.
    pub code: u16,
    /// Whether the response had content; `null` when not given.
    pub content: Option<bool>,
    /// The header field names given.
    pub fields: Vec<String>,
    /// Whether no MUST or MUST NOT is broken (the exit code is 0).
    pub passed: bool,
    /// Each broken requirement.
    pub violations: Vec<ViolationJson>,
    /// The MUST and SHOULD rules (and their NOTs) not tested: those with a
    /// condition, and the content rules when `content` is `null`.
    pub not_checked: Vec<RequirementJson>,
}

impl CheckJson {
    /// The JSON of `report`.
    pub fn new(report: &Report) -> CheckJson {
        CheckJson {
            code: report.response.status.code(),
            content: report.response.content,
            fields: report.response.fields.clone(),
            passed: !report.fails(),
            violations: report
                .violations
                .iter()
                .map(|violation| ViolationJson {
                    message: violation.to_string(),
                    error: violation.level().is_absolute(),
                    requirement: RequirementJson::new(violation.requirement()),
                })
                .collect(),
            not_checked: report
                .conditional
                .iter()
                .chain(&report.content_unknown)
                .map(|r| RequirementJson::new(r))
                .collect(),
        }
    }
}

/// A requirement a checked response breaks.
#[derive(Debug, DeriveSerialize)]
pub struct ViolationJson {
    /// What the library says: `405 Method Not Allowed without Allow: …`.
    pub message: String,
    /// Whether it is a MUST or MUST NOT (the response is wrong) rather
    /// than a SHOULD or SHOULD NOT (questionable).
    pub error: bool,
    /// The requirement.
    #[serde(flatten)]
    pub requirement: RequirementJson,
}

/// A requirement on a field or on the content: a header's shape, with
/// `field` `null` for the content.
#[derive(Debug, DeriveSerialize)]
pub struct RequirementJson {
    /// The field's name, or `null` for a rule on the content.
    pub field: Option<&'static str>,
    /// The rest.
    #[serde(flatten)]
    pub rule: RuleJson,
}

impl RequirementJson {
    /// The JSON of `requirement`.
    pub fn new(requirement: &Requirement) -> RequirementJson {
        RequirementJson {
            field: match requirement.subject() {
                Subject::Field(field) => Some(field),
                Subject::Content => None,
            },
            rule: RuleJson::new(requirement),
        }
    }
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
