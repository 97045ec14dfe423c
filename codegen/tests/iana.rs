//! The crate's statuses against IANA's HTTP Status Code Registry.
//!
//! `tests/fixtures/iana/http-status-codes.xml` is IANA's registry file as
//! published (`SOURCE.md` beside it says where it was read and how to refresh
//! it). This test reads it and `registry/statuses.tsv` with small hand-written
//! parsers (std only, so it does not trust the generator's own parser) and
//! checks, naming the code in every complaint:
//!
//! - every code IANA assigns (a single value, not a range, and not
//!   "Unassigned") has a row, with IANA's reason phrase;
//! - the row's standing is the one IANA's description implies: `registered`,
//!   `temporary` for "(TEMPORARY ...)", `unused` for "(Unused)", `obsoleted`
//!   for "(OBSOLETED)";
//! - every row whose standing is not `unofficial` is a code IANA assigns, and
//!   every `unofficial` row is a code IANA does not assign;
//! - the row's `document` is a document IANA cites for the code, and its
//!   `section` is IANA's where IANA gives one;
//! - a temporary registration's description names the expiry date IANA gives.
//!
//! A golden snapshot cannot catch two swapped phrases once it is regenerated;
//! this test can, and its last tests show that it does.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

const FIXTURE: &str = "tests/fixtures/iana/http-status-codes.xml";
const SOURCE_NOTE: &str = "tests/fixtures/iana/SOURCE.md";
const STATUSES: &str = "registry/statuses.tsv";

/// IANA lists 306 and 418 as "(Unused)", which is a marker, not a reason
/// phrase. The crate keeps both codes with standing `unused` and gives each a
/// phrase of its own choosing: 306 is simply called "Unused" (RFC 9110 section
/// 15.4.7 reserves it and names no phrase), and 418 keeps the phrase it had in
/// RFC 2324 section 2.3.2, the April 1 document that RFC 9110 section 15.5.19
/// cites when it reserves the code. A new "(Unused)" code in a refreshed
/// registry needs an entry here before this test passes.
const UNUSED_PHRASES: &[(u16, &str)] = &[(306, "Unused"), (418, "I'm a teapot")];

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

// ---------------------------------------------------------------------------
// IANA's registry file

/// A document IANA cites for a code: `RFC 9110` or a draft's name, with the
/// section when IANA gives one.
#[derive(Debug, Clone, PartialEq)]
struct Citation {
    document: String,
    section: Option<String>,
}

/// One record of IANA's table whose value is a single code.
#[derive(Debug)]
struct Record {
    code: u16,
    description: String,
    citations: Vec<Citation>,
}

#[derive(Debug)]
struct Registry {
    /// The registry's "Last Updated" date, from its top-level `<updated>`.
    updated: String,
    /// The codes IANA assigns, by code; "Unassigned" values and ranges are
    /// left out.
    assigned: BTreeMap<u16, Record>,
}

/// The text between `<tag>` and `</tag>` at the first `<tag>` in `text`.
fn element<'a>(text: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = text.find(&open)? + open.len();
    let end = start + text[start..].find(&close)?;
    Some(&text[start..end])
}

/// The value of attribute `name` in an opening tag's text.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    for quote in ['"', '\''] {
        let key = format!(" {name}={quote}");
        if let Some(at) = tag.find(&key) {
            let start = at + key.len();
            let end = start + tag[start..].find(quote)?;
            return Some(&tag[start..end]);
        }
    }
    None
}

/// XML character data with its entity and character references replaced.
fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..]
            .find(';')
            .ok_or_else(|| format!("unterminated reference in {text:?}"))?;
        let name = &rest[amp + 1..amp + semi];
        let ch = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let number = if let Some(hex) = name.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse().ok()
                } else {
                    None
                };
                number
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("unknown reference &{name}; in {text:?}"))?
            }
        };
        out.push(ch);
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The RFCs and drafts a record's `<xref>` elements cite. IANA writes an RFC
/// as `<xref type="rfc" data="rfc9110">RFC9110, Section 15.5.5</xref>`, or
/// self-closed without a section; a draft as `<xref type="draft"
/// data="draft-..."/>`. Other kinds (a URI, a person) are not specifications
/// the `document` column could name, and are skipped.
fn citations(record: &str) -> Result<Vec<Citation>, String> {
    let mut found = Vec::new();
    let mut rest = record;
    while let Some(at) = rest.find("<xref") {
        let after = &rest[at..];
        let tag_end = after
            .find('>')
            .ok_or_else(|| format!("unterminated <xref in {record:?}"))?;
        let tag = &after[..tag_end];
        let (body, next) = if tag.ends_with('/') {
            ("", tag_end + 1)
        } else {
            let close = after[tag_end..]
                .find("</xref>")
                .ok_or_else(|| format!("<xref without </xref> in {record:?}"))?;
            (
                &after[tag_end + 1..tag_end + close],
                tag_end + close + "</xref>".len(),
            )
        };
        rest = &after[next..];
        let kind = attribute(tag, "type").unwrap_or("");
        let data = attribute(tag, "data").unwrap_or("");
        let document = match kind {
            "rfc" => {
                let number = data
                    .strip_prefix("rfc")
                    .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                    .ok_or_else(|| format!("RFC citation with data {data:?}"))?;
                format!("RFC {number}")
            }
            "draft" => data.to_string(),
            _ => continue,
        };
        let body = unescape(body.trim())?;
        let section = match body.split_once("Section ") {
            Some((_, s)) => {
                let s = s.trim();
                if s.is_empty() {
                    return Err(format!("empty section in citation {body:?}"));
                }
                Some(s.to_string())
            }
            None => None,
        };
        found.push(Citation { document, section });
    }
    Ok(found)
}

/// Parses IANA's `http-status-codes.xml`: the top-level `<updated>` date and
/// the records of the `http-status-codes-1` table.
fn parse_registry(xml: &str) -> Result<Registry, String> {
    let table_start = xml
        .find("<registry id=\"http-status-codes-1\">")
        .ok_or("no <registry id=\"http-status-codes-1\">")?;
    let updated = element(&xml[..table_start], "updated")
        .ok_or("no <updated> before the status code table")?
        .trim()
        .to_string();
    let table = &xml[table_start..];
    let table = &table[..table.find("</registry>").ok_or("unterminated table")?];

    let mut assigned = BTreeMap::new();
    let mut rest = table;
    let mut records = 0;
    while let Some(at) = rest.find("<record") {
        let after = &rest[at..];
        let end = after
            .find("</record>")
            .ok_or("a <record> without </record>")?;
        let record = &after[..end];
        rest = &after[end + "</record>".len()..];
        records += 1;

        let value = element(record, "value").ok_or_else(|| format!("no <value> in {record:?}"))?;
        let raw = element(record, "description")
            .ok_or_else(|| format!("no <description> in {record:?}"))?;
        if raw.contains('<') {
            return Err(format!("markup inside the description of {value}"));
        }
        let description = unescape(raw.trim())?;
        if value.contains('-') {
            // A range: IANA assigns ranges only as "Unassigned".
            if description != "Unassigned" {
                return Err(format!("range {value} is {description:?}, not Unassigned"));
            }
            continue;
        }
        let code: u16 = value
            .parse()
            .map_err(|_| format!("record value {value:?} is not a code"))?;
        if description == "Unassigned" {
            continue;
        }
        let record = Record {
            code,
            description,
            citations: citations(record)?,
        };
        if assigned.insert(code, record).is_some() {
            return Err(format!("{code} appears twice"));
        }
    }
    if records == 0 {
        return Err("the status code table has no records".into());
    }
    Ok(Registry { updated, assigned })
}

/// What IANA's description says about a code: its reason phrase, its
/// standing, and for a temporary registration the date it expires.
#[derive(Debug, PartialEq)]
struct Expected {
    phrase: String,
    standing: &'static str,
    expires: Option<String>,
}

fn expected(record: &Record) -> Result<Expected, String> {
    let d = record.description.as_str();
    if d == "(Unused)" {
        let phrase = UNUSED_PHRASES
            .iter()
            .find(|(code, _)| *code == record.code)
            .map(|(_, phrase)| phrase.to_string())
            .ok_or(
                "IANA marks it (Unused), and UNUSED_PHRASES in tests/iana.rs has no phrase for it",
            )?;
        return Ok(Expected {
            phrase,
            standing: "unused",
            expires: None,
        });
    }
    if let Some(phrase) = d.strip_suffix(" (OBSOLETED)") {
        return Ok(Expected {
            phrase: phrase.to_string(),
            standing: "obsoleted",
            expires: None,
        });
    }
    if let Some((phrase, note)) = d.split_once(" (TEMPORARY") {
        // "(TEMPORARY - registered 2024-11-13, ..., expires 2026-11-13)"
        let expires = note
            .split_once("expires ")
            .map(|(_, date)| date.trim_end_matches(')').trim().to_string());
        return Ok(Expected {
            phrase: phrase.to_string(),
            standing: "temporary",
            expires,
        });
    }
    if d.contains('(') {
        return Err(format!(
            "IANA's description {d:?} has a marker this test does not know"
        ));
    }
    Ok(Expected {
        phrase: d.to_string(),
        standing: "registered",
        expires: None,
    })
}

// ---------------------------------------------------------------------------
// statuses.tsv

#[derive(Debug)]
struct Row {
    line: usize,
    code: u16,
    phrase: String,
    standing: String,
    origin: String,
    document: String,
    section: String,
    description: String,
}

const COLUMNS: &[&str] = &[
    "code",
    "phrase",
    "standing",
    "origin",
    "document",
    "section",
    "description",
];

/// The index of each column in `COLUMNS`, read from the header line.
fn column_indices(header: &str) -> Result<Vec<usize>, String> {
    let names: Vec<&str> = header.split('\t').collect();
    COLUMNS
        .iter()
        .map(|want| {
            names
                .iter()
                .position(|name| name == want)
                .ok_or_else(|| format!("the header has no column {want:?}"))
        })
        .collect()
}

/// The lines of statuses.tsv that are neither blank nor comments, numbered
/// from 1; the first is the header.
fn content_lines(tsv: &str) -> impl Iterator<Item = (usize, &str)> {
    tsv.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line))
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
}

fn parse_statuses(tsv: &str) -> Result<Vec<Row>, String> {
    let mut lines = content_lines(tsv);
    let (_, header) = lines.next().ok_or("no header line")?;
    let at = column_indices(header)?;
    let mut rows = Vec::new();
    for (line, text) in lines {
        let fields: Vec<&str> = text.split('\t').collect();
        let field = |i: usize| -> Result<String, String> {
            fields
                .get(at[i])
                .map(|f| f.to_string())
                .ok_or_else(|| format!("line {line}: no {} field", COLUMNS[i]))
        };
        let code = field(0)?;
        rows.push(Row {
            line,
            code: code
                .parse()
                .map_err(|_| format!("line {line}: code {code:?} is not a number"))?,
            phrase: field(1)?,
            standing: field(2)?,
            origin: field(3)?,
            document: field(4)?,
            section: field(5)?,
            description: field(6)?,
        });
    }
    Ok(rows)
}

// ---------------------------------------------------------------------------
// The comparison

/// One disagreement between statuses.tsv and IANA's registry.
#[derive(Debug, Clone, PartialEq)]
struct Problem {
    code: u16,
    message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

/// Compares statuses.tsv (`statuses`) with IANA's registry file (`iana_xml`)
/// and returns every disagreement, in code order. An `Err` means one of the
/// two texts could not be read at all.
fn compare(iana_xml: &str, statuses: &str) -> Result<Vec<Problem>, String> {
    let registry = parse_registry(iana_xml).map_err(|e| format!("{FIXTURE}: {e}"))?;
    let rows = parse_statuses(statuses).map_err(|e| format!("{STATUSES}: {e}"))?;
    let mut problems = Vec::new();
    let mut problem = |code: u16, message: String| problems.push(Problem { code, message });

    let mut by_code: BTreeMap<u16, &Row> = BTreeMap::new();
    for row in &rows {
        if let Some(first) = by_code.insert(row.code, row) {
            problem(
                row.code,
                format!(
                    "rows on lines {} and {} of {STATUSES}",
                    first.line, row.line
                ),
            );
        }
    }

    // Every code IANA assigns, against its row.
    for record in registry.assigned.values() {
        let code = record.code;
        let want = match expected(record) {
            Ok(want) => want,
            Err(e) => {
                problem(code, e);
                continue;
            }
        };
        let Some(row) = by_code.get(&code) else {
            problem(
                code,
                format!(
                    "IANA assigns it ({:?}) and {STATUSES} has no row for it",
                    record.description
                ),
            );
            continue;
        };
        let line = row.line;
        if row.phrase != want.phrase {
            problem(
                code,
                format!(
                    "line {line}: phrase {:?}, IANA's is {:?}",
                    row.phrase, want.phrase
                ),
            );
        }
        if row.standing != want.standing {
            problem(
                code,
                format!(
                    "line {line}: standing {:?}, IANA's description {:?} makes it {:?}",
                    row.standing, record.description, want.standing
                ),
            );
        }
        if row.origin != "IANA" {
            problem(
                code,
                format!(
                    "line {line}: origin {:?}, but IANA assigns the code",
                    row.origin
                ),
            );
        }
        if let Some(expires) = &want.expires {
            if !row.description.contains(expires.as_str()) {
                problem(
                    code,
                    format!(
                        "line {line}: IANA's temporary registration expires {expires}, \
                         and the description does not say so"
                    ),
                );
            }
        }
        if !record.citations.is_empty() {
            match record.citations.iter().find(|c| c.document == row.document) {
                None => {
                    let cited: Vec<&str> = record
                        .citations
                        .iter()
                        .map(|c| c.document.as_str())
                        .collect();
                    problem(
                        code,
                        format!(
                            "line {line}: document {:?}, IANA cites {}",
                            row.document,
                            cited.join(" and ")
                        ),
                    );
                }
                Some(Citation {
                    section: Some(section),
                    ..
                }) if *section != row.section => problem(
                    code,
                    format!(
                        "line {line}: section {:?} of {}, IANA cites section {section:?}",
                        row.section, row.document
                    ),
                ),
                Some(_) => {}
            }
        }
    }

    // Every row IANA does not assign must say so.
    for row in &rows {
        if registry.assigned.contains_key(&row.code) {
            if row.standing == "unofficial" {
                problem(
                    row.code,
                    format!(
                        "line {}: standing \"unofficial\", but IANA assigns it ({:?})",
                        row.line, registry.assigned[&row.code].description
                    ),
                );
            }
        } else if row.standing != "unofficial" {
            problem(
                row.code,
                format!(
                    "line {}: standing {:?}, but IANA's registry of {} does not assign the code",
                    row.line, row.standing, registry.updated
                ),
            );
        } else if row.origin == "IANA" {
            problem(
                row.code,
                format!("line {}: origin \"IANA\" on an unofficial code", row.line),
            );
        }
    }

    problems.sort_by_key(|p| p.code);
    Ok(problems)
}

fn report(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}\n")).collect()
}

// ---------------------------------------------------------------------------
// The tests

#[test]
fn statuses_agree_with_the_iana_registry() {
    let problems = compare(&read(FIXTURE), &read(STATUSES)).unwrap();
    assert!(
        problems.is_empty(),
        "{STATUSES} disagrees with IANA's registry ({FIXTURE}):\n{}",
        report(&problems)
    );
}

#[test]
fn the_fixture_is_the_registry_its_note_names() {
    let registry = parse_registry(&read(FIXTURE)).unwrap();
    // A sanity floor: a truncated or wrong file would have far fewer codes.
    assert!(
        registry.assigned.len() >= 60,
        "{FIXTURE}: only {} assigned codes",
        registry.assigned.len()
    );
    let date = &registry.updated;
    assert!(
        date.len() == 10 && date.bytes().filter(|b| *b == b'-').count() == 2,
        "{FIXTURE}: <updated> is {date:?}, not a YYYY-MM-DD date"
    );
    let note = read(SOURCE_NOTE);
    assert!(
        note.lines()
            .any(|line| line.contains("Last Updated") && line.contains(date.as_str())),
        "{SOURCE_NOTE} must give the fixture's Last Updated date {date} \
         (on a line that says \"Last Updated\")"
    );
}

#[test]
fn the_iana_parser_reads_what_the_registry_writes() {
    let registry = parse_registry(&read(FIXTURE)).unwrap();
    let at = |code: u16| &registry.assigned[&code];
    assert_eq!(at(502).description, "Bad Gateway");
    assert_eq!(
        at(502).citations,
        [Citation {
            document: "RFC 9110".into(),
            section: Some("15.6.3".into()),
        }]
    );
    // A self-closed RFC citation has no section; 510's URI citation is skipped.
    assert_eq!(
        at(510).citations,
        [Citation {
            document: "RFC 2774".into(),
            section: None,
        }]
    );
    assert_eq!(expected(at(510)).unwrap().standing, "obsoleted");
    let upload = expected(at(104)).unwrap();
    assert_eq!(upload.phrase, "Upload Resumption Supported");
    assert_eq!(upload.standing, "temporary");
    assert!(upload.expires.is_some());
    assert_eq!(expected(at(418)).unwrap().phrase, "I'm a teapot");
    // Single Unassigned values and ranges are not assigned codes.
    for code in [105, 427, 430, 509, 599] {
        assert!(!registry.assigned.contains_key(&code), "{code}");
    }
}

/// `statuses` with the field `column` of the row for `code` replaced.
fn with_field(statuses: &str, code: u16, column: &str, value: &str) -> String {
    let header = content_lines(statuses).next().unwrap().1;
    let at = header.split('\t').position(|c| c == column).unwrap();
    let mut done = false;
    let mut out = String::with_capacity(statuses.len());
    for line in statuses.lines() {
        let mut fields: Vec<&str> = line.split('\t').collect();
        if !line.starts_with('#') && fields[0] == code.to_string() {
            fields[at] = value;
            done = true;
        }
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    assert!(done, "no row for {code}");
    out
}

/// The field `column` of the row for `code`.
fn field_of(statuses: &str, code: u16, column: &str) -> String {
    let rows = parse_statuses(statuses).unwrap();
    let row = rows.iter().find(|r| r.code == code).unwrap();
    match column {
        "phrase" => row.phrase.clone(),
        "section" => row.section.clone(),
        _ => unreachable!("{column}"),
    }
}

fn codes(problems: &[Problem]) -> Vec<u16> {
    let mut codes: Vec<u16> = problems.iter().map(|p| p.code).collect();
    codes.dedup();
    codes
}

#[test]
fn swapping_the_502_and_504_phrases_is_caught() {
    let iana = read(FIXTURE);
    let statuses = read(STATUSES);
    let p502 = field_of(&statuses, 502, "phrase");
    let p504 = field_of(&statuses, 504, "phrase");
    let swapped = with_field(&statuses, 502, "phrase", &p504);
    let swapped = with_field(&swapped, 504, "phrase", &p502);
    let problems = compare(&iana, &swapped).unwrap();
    assert_eq!(codes(&problems), [502, 504], "{}", report(&problems));
    assert!(problems.iter().all(|p| p.message.contains("phrase")));
}

#[test]
fn wrong_standings_are_caught() {
    let iana = read(FIXTURE);
    let statuses = read(STATUSES);
    // An IANA code called unofficial, an unofficial code called registered,
    // a temporary code called registered, an obsoleted one called registered.
    let edited = with_field(&statuses, 451, "standing", "unofficial");
    let edited = with_field(&edited, 509, "standing", "registered");
    let edited = with_field(&edited, 104, "standing", "registered");
    let edited = with_field(&edited, 510, "standing", "registered");
    let problems = compare(&iana, &edited).unwrap();
    assert_eq!(
        codes(&problems),
        [104, 451, 509, 510],
        "{}",
        report(&problems)
    );
}

#[test]
fn a_wrong_spec_reference_or_a_missing_row_is_caught() {
    let iana = read(FIXTURE);
    let statuses = read(STATUSES);
    let edited = with_field(
        &statuses,
        404,
        "section",
        &field_of(&statuses, 403, "section"),
    );
    let edited = with_field(&edited, 423, "document", "RFC 2518");
    let edited: String = edited
        .lines()
        .filter(|line| !line.starts_with("208\t"))
        .map(|line| format!("{line}\n"))
        .collect();
    let problems = compare(&iana, &edited).unwrap();
    assert_eq!(codes(&problems), [208, 404, 423], "{}", report(&problems));
}
