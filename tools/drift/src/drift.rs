//! The drift watch: every ecosystem against its newest release.
//!
//! [`run`] goes through the selected ecosystems in the registry's order.
//! For each one [`sources`](crate::sources::SOURCES) can fetch, it fetches the newest
//! release (or the one asked for), reads the upstream file(s) with the
//! ecosystem's reader and compares them with the registry
//! ([`assess`]); the others are listed "by hand". [`table`] and [`json()`]
//! render the outcomes, and [`exit_code`] chooses the exit status:
//!
//! - 0: every fetched release says what the registry says;
//! - 1: at least one differs (names added, removed, deprecated, phrases
//!   changed);
//! - 2: at least one could not be checked (a download, an unpacking or a
//!   reader failed). This wins over 1: the table then says what was found.
//!
//! Ecosystems checked by hand, the final Python 2, and Debian packages that
//! lag the registry's `@newest` do not change the exit status.

use std::fmt::Write as _;

use serde_json::{json, Value};
use statuscodes_codegen::registry::{EcosystemEntry, Registry};

use crate::check::{self, Entry, Report, SourceFile, Verdict};
use crate::fetch::{self, Fetch};
use crate::sources::{self, How};

/// What became of one ecosystem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The ecosystem id.
    pub id: String,
    /// The registry's `@newest`.
    pub registry: String,
    /// Where the release came from: `PyPI starlette`.
    pub from: Option<String>,
    /// The release found (as the package registry writes it).
    pub found: Option<String>,
    /// What it says.
    pub status: Status,
}

/// The result for one ecosystem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// The release says exactly what the registry says.
    Agrees {
        /// The release is newer than `@newest` (bump `@newest`, `@release`
        /// and `@checked`).
        newer: bool,
    },
    /// The release differs from the registry.
    Drifted(Changes),
    /// The package registry's newest release is older than `@newest`.
    Behind,
    /// Could not fetch or read it.
    Failed(String),
    /// No reachable package: read this file (`@source`) by hand.
    ByHand(String),
    /// No release will follow.
    Final(String),
}

/// What changed upstream, in the registry's terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Names upstream has and the registry lacks.
    pub added: Vec<String>,
    /// Names the registry has and upstream no longer does.
    pub removed: Vec<String>,
    /// Names upstream marks deprecated and the registry does not.
    pub deprecated: Vec<String>,
    /// Names the registry marks deprecated and upstream does not.
    pub undeprecated: Vec<String>,
    /// Names whose code, or canonical/alias standing, differs.
    pub changed: Vec<String>,
    /// Phrases added, removed or reworded, as `413 "Content Too Large"`
    /// (with the registry's when both have one).
    pub phrases: Vec<String>,
    /// The report lines of every difference (`424  missing  ...`).
    pub lines: Vec<String>,
}

impl Changes {
    /// Sorts a report's differences into kinds of change.
    pub fn of(report: &Report) -> Changes {
        let mut c = Changes::default();
        for entry in report.differences() {
            c.lines.push(entry.to_string());
            if entry.is_phrase() {
                c.phrases.push(phrase_change(entry));
                continue;
            }
            let name = format!("{} ({})", entry.text(), entry.code());
            match (entry.verdict, &entry.upstream, &entry.registry) {
                (Verdict::Missing, ..) => c.added.push(name),
                (Verdict::Dropped, ..) => c.removed.push(name),
                (Verdict::Wrong, Some(u), Some(r)) => {
                    if u.code != r.code {
                        c.changed
                            .push(format!("{} now {}, registry {}", u.text, u.code, r.code));
                    } else if u.kind != r.kind {
                        c.changed
                            .push(format!("{name} now {}, registry {}", u.kind, r.kind));
                    }
                    if u.deprecated && !r.deprecated {
                        c.deprecated.push(name);
                    } else if r.deprecated && !u.deprecated {
                        c.undeprecated.push(name);
                    }
                }
                _ => {}
            }
        }
        c
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// `2 added, 1 removed, 1 deprecated, 3 phrases`.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        for (n, word) in [
            (self.added.len(), "added"),
            (self.removed.len(), "removed"),
            (self.deprecated.len(), "deprecated"),
            (self.undeprecated.len(), "no longer deprecated"),
            (self.changed.len(), "changed"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {word}"));
            }
        }
        match self.phrases.len() {
            0 => {}
            1 => parts.push("1 phrase".to_string()),
            n => parts.push(format!("{n} phrases")),
        }
        parts.join(", ")
    }
}

fn phrase_change(entry: &Entry) -> String {
    match (&entry.upstream, &entry.registry) {
        (Some(u), Some(r)) => format!("{} {:?} (registry: {:?})", u.code, u.text, r.text),
        (Some(u), None) => format!("{} {:?} (new)", u.code, u.text),
        (None, Some(r)) => format!("{} {:?} (gone)", r.code, r.text),
        (None, None) => String::new(),
    }
}

/// Compares upstream files of release `found` of an ecosystem with the
/// registry. `pinned` is true when the release was asked for, so that one
/// older than `@newest` is compared rather than reported [`Status::Behind`].
pub fn assess(
    registry: &Registry<'_>,
    eco: &EcosystemEntry<'_>,
    from: Option<String>,
    found: &str,
    release: Option<statuscodes_codegen::registry::Release>,
    pinned: bool,
    files: &[SourceFile<'_>],
) -> Outcome {
    let outcome = |status| Outcome {
        id: eco.id.to_string(),
        registry: eco.newest.to_string(),
        from: from.clone(),
        found: Some(found.to_string()),
        status,
    };
    let Some(release) = release else {
        return outcome(Status::Failed(format!("{found} is not a release")));
    };
    if !pinned && release < eco.newest {
        return outcome(Status::Behind);
    }
    match check::check_against(registry, eco.id, files) {
        Err(e) => outcome(Status::Failed(e.to_string())),
        Ok(report) if report.is_clean() => outcome(Status::Agrees {
            newer: release > eco.newest,
        }),
        Ok(report) => outcome(Status::Drifted(Changes::of(&report))),
    }
}

/// What to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The ids to check; empty for all of them.
    pub only: Vec<String>,
    /// Releases to check instead of the newest, by id.
    pub releases: Vec<(String, String)>,
}

impl Selection {
    /// Checks the selection against the registry: every id must exist.
    pub fn validate(&self, registry: &Registry<'_>) -> Result<(), String> {
        let known = |id: &str| registry.ecosystems.iter().any(|e| e.id == id);
        for id in self
            .only
            .iter()
            .chain(self.releases.iter().map(|(id, _)| id))
        {
            if !known(id) {
                return Err(format!(
                    "unknown ecosystem id {id:?} (`statuscodes-drift sources` lists them)"
                ));
            }
        }
        Ok(())
    }

    /// Whether `id` is selected: listed in `only` or `releases`, or all
    /// when both are empty.
    pub fn includes(&self, id: &str) -> bool {
        (self.only.is_empty() && self.releases.is_empty())
            || self.only.iter().any(|o| o == id)
            || self.releases.iter().any(|(r, _)| r == id)
    }

    fn release(&self, id: &str) -> Option<&str> {
        self.releases
            .iter()
            .find(|(r, _)| r == id)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses `--only a,b` (already split on commas by the caller or not).
pub fn parse_only(values: &[String]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for value in values {
        for id in value.split(',').map(str::trim) {
            if id.is_empty() {
                return Err(format!("--only {value:?}: an empty id"));
            }
            if !out.iter().any(|o| o == id) {
                out.push(id.to_string());
            }
        }
    }
    Ok(out)
}

/// Parses `--release ID=VERSION`.
pub fn parse_release(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((id, version)) if !id.trim().is_empty() && !version.trim().is_empty() => {
            Ok((id.trim().to_string(), version.trim().to_string()))
        }
        _ => Err(format!(
            "--release {value:?}: expected ID=VERSION, such as starlette=0.40.0"
        )),
    }
}

/// Checks the selected ecosystems, printing progress to stderr.
pub fn run(
    registry: &Registry<'_>,
    selection: &Selection,
    fetcher: &mut dyn Fetch,
) -> Vec<Outcome> {
    let chosen: Vec<&EcosystemEntry<'_>> = registry
        .ecosystems
        .iter()
        .filter(|e| selection.includes(e.id))
        .collect();
    let fetchable = chosen
        .iter()
        .filter(|e| {
            matches!(
                sources::source(e.id).map(|s| s.how),
                Some(How::Package { .. })
            )
        })
        .count();
    let mut n = 0;
    let mut outcomes = Vec::new();
    for eco in chosen {
        let how = sources::source(eco.id).map(|s| s.how);
        let base = Outcome {
            id: eco.id.to_string(),
            registry: eco.newest.to_string(),
            from: None,
            found: None,
            status: Status::ByHand(eco.source.to_string()),
        };
        let Some(How::Package {
            registry: reg,
            package,
            files,
        }) = how
        else {
            let status = match how {
                Some(How::Final(why)) => Status::Final(why.to_string()),
                Some(How::ByHand) => Status::ByHand(eco.source.to_string()),
                _ => Status::Failed("no row in the sources table".to_string()),
            };
            outcomes.push(Outcome { status, ..base });
            continue;
        };
        n += 1;
        let pinned = selection.release(eco.id);
        let from = format!("{reg} {package}");
        eprintln!(
            "[{n}/{fetchable}] {}: {from} {}",
            eco.id,
            pinned.unwrap_or("(newest)")
        );
        let fetched = match fetcher.fetch(reg, package, pinned) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("  failed: {e}");
                outcomes.push(Outcome {
                    from: Some(from),
                    status: Status::Failed(e),
                    ..base
                });
                continue;
            }
        };
        let from = format!("{reg} {}", fetched.package);
        let mut texts = Vec::new();
        let mut error = None;
        for locate in files {
            match fetch::locate(&fetched.root, locate) {
                Ok(t) => texts.push(t),
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        let outcome = if let Some(e) = error {
            Outcome {
                from: Some(from),
                found: Some(fetched.version.clone()),
                status: Status::Failed(e),
                ..base
            }
        } else {
            let sources: Vec<SourceFile<'_>> = texts
                .iter()
                .map(|(name, text)| SourceFile { name, text })
                .collect();
            assess(
                registry,
                eco,
                Some(from),
                &fetched.version,
                fetch::release_of(reg, &fetched.version),
                pinned.is_some(),
                &sources,
            )
        };
        eprintln!("  {}: {}", fetched.version, result_text(&outcome));
        outcomes.push(outcome);
    }
    outcomes
}

/// The exit status for these outcomes: 2 if any could not be checked, else
/// 1 if any drifted, else 0.
pub fn exit_code(outcomes: &[Outcome]) -> u8 {
    if outcomes
        .iter()
        .any(|o| matches!(o.status, Status::Failed(_)))
    {
        2
    } else if outcomes
        .iter()
        .any(|o| matches!(o.status, Status::Drifted(_)))
    {
        1
    } else {
        0
    }
}

/// The last column of the table.
fn result_text(o: &Outcome) -> String {
    match &o.status {
        Status::Agrees { newer: false } => "no drift".to_string(),
        Status::Agrees { newer: true } => {
            "no drift; newer release: bump @newest, @release, @checked".to_string()
        }
        Status::Drifted(c) => format!("DRIFT: {}", c.summary()),
        Status::Behind => format!(
            "not checked: the package lags @newest {}; check by hand",
            o.registry
        ),
        Status::Failed(e) => format!("COULD NOT CHECK: {e}"),
        Status::ByHand(_) => "check by hand (below)".to_string(),
        Status::Final(why) => format!("final: {why}"),
    }
}

/// The table, then each drift in full, then the list to check by hand.
pub fn table(outcomes: &[Outcome]) -> String {
    let header = ["ecosystem", "@newest", "found", "from", "result"];
    let rows: Vec<[String; 5]> = outcomes
        .iter()
        .filter(|o| !matches!(o.status, Status::ByHand(_)))
        .map(|o| {
            [
                o.id.clone(),
                o.registry.clone(),
                o.found.clone().unwrap_or_else(|| "-".to_string()),
                o.from.clone().unwrap_or_else(|| "-".to_string()),
                result_text(o),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, cells: [&str; 5]| {
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i == 4 {
                text += cell;
            } else {
                let _ = write!(text, "{cell:<w$}  ", w = widths[i]);
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    if !rows.is_empty() {
        line(&mut out, header);
        for row in &rows {
            line(&mut out, [&row[0], &row[1], &row[2], &row[3], &row[4]]);
        }
    }
    for o in outcomes {
        if let Status::Drifted(c) = &o.status {
            let found = o.found.as_deref().unwrap_or("?");
            let _ = writeln!(
                out,
                "\n{} {found} against the registry ({}):",
                o.id, o.registry
            );
            let kinds: [(&str, &Vec<String>); 6] = [
                ("added", &c.added),
                ("removed", &c.removed),
                ("deprecated", &c.deprecated),
                ("no longer deprecated", &c.undeprecated),
                ("changed", &c.changed),
                ("phrases", &c.phrases),
            ];
            for (word, items) in kinds {
                if !items.is_empty() {
                    let _ = writeln!(out, "  {word}: {}", items.join(", "));
                }
            }
            for l in &c.lines {
                let _ = writeln!(out, "    {l}");
            }
        }
    }
    let by_hand: Vec<&Outcome> = outcomes
        .iter()
        .filter(|o| matches!(o.status, Status::ByHand(_)))
        .collect();
    if !by_hand.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str("check by hand (no reachable package carries the source); read:\n");
        let w = by_hand.iter().map(|o| o.id.len()).max().unwrap_or(0);
        let r = by_hand.iter().map(|o| o.registry.len()).max().unwrap_or(0);
        for o in by_hand {
            if let Status::ByHand(file) = &o.status {
                let _ = writeln!(out, "  {:<w$}  {:<r$}  {file}", o.id, o.registry);
            }
        }
    }
    let count = |f: fn(&Status) -> bool| outcomes.iter().filter(|o| f(&o.status)).count();
    let _ = writeln!(
        out,
        "\n{} checked: {} agree, {} drifted, {} could not be checked, {} lag @newest; {} by hand, {} final",
        count(|s| matches!(s, Status::Agrees { .. } | Status::Drifted(_) | Status::Failed(_))),
        count(|s| matches!(s, Status::Agrees { .. })),
        count(|s| matches!(s, Status::Drifted(_))),
        count(|s| matches!(s, Status::Failed(_))),
        count(|s| matches!(s, Status::Behind)),
        count(|s| matches!(s, Status::ByHand(_))),
        count(|s| matches!(s, Status::Final(_))),
    );
    out
}

/// The JSON report: `{"exit": n, "ecosystems": [...]}`, one object per
/// ecosystem with `id`, `newest` (the registry's), `from`, `found`,
/// `status` (`agrees`, `drifted`, `behind`, `failed`, `by-hand`, `final`)
/// and, by status, `newer`, `changes`, `error`, `file` or `why`.
pub fn json(outcomes: &[Outcome]) -> Value {
    let ecosystems: Vec<Value> = outcomes
        .iter()
        .map(|o| {
            let mut v = json!({
                "id": o.id,
                "newest": o.registry,
                "from": o.from,
                "found": o.found,
            });
            let (status, extra) = match &o.status {
                Status::Agrees { newer } => ("agrees", json!({ "newer": newer })),
                Status::Drifted(c) => (
                    "drifted",
                    json!({ "changes": {
                        "added": c.added,
                        "removed": c.removed,
                        "deprecated": c.deprecated,
                        "undeprecated": c.undeprecated,
                        "changed": c.changed,
                        "phrases": c.phrases,
                        "lines": c.lines,
                    }}),
                ),
                Status::Behind => ("behind", json!({})),
                Status::Failed(e) => ("failed", json!({ "error": e })),
                Status::ByHand(file) => ("by-hand", json!({ "file": file })),
                Status::Final(why) => ("final", json!({ "why": why })),
            };
            v["status"] = json!(status);
            if let (Some(obj), Value::Object(extra)) = (v.as_object_mut(), extra) {
                obj.extend(extra);
            }
            v
        })
        .collect();
    json!({ "exit": exit_code(outcomes), "ecosystems": ecosystems })
}
