//! Parsing and validating the facts about statuses besides their names:
//! `requirements.tsv`, `guidance/*.tsv`, `retries/*.tsv` and `grpc.tsv`.
//!
//! Like the rest of the parser it refuses, naming the file, line and field,
//! anything the registry README does not allow.

use crate::parse::{
    check_text, in_code_order, is_date, is_lowercase_id, parse_code, parse_spec, records,
    unknown_code, variant_of_id,
};
use crate::registry::{
    Facts, GrpcCodeEntry, GrpcEntry, GuidanceEntry, Level, RequirementEntry, RetryPolicyEntry,
    StatusEntry,
};
use crate::tsv::{self, Line, Record, Source};
use crate::Error;

/// The fact files to read; each part may be absent (a registry used in
/// tests of the names may have none).
#[derive(Debug, Clone, Copy, Default)]
pub struct FactSources<'a> {
    /// `requirements.tsv`.
    pub requirements: Option<Source<'a>>,
    /// `guidance/*.tsv`: together, one entry for every status.
    pub guidance: &'a [Source<'a>],
    /// `retries/*.tsv`, one per client or library.
    pub retries: &'a [Source<'a>],
    /// `grpc.tsv`.
    pub grpc: Option<Source<'a>>,
}

/// The header line of `requirements.tsv`.
pub const REQUIREMENT_COLUMNS: [&str; 8] = [
    "code",
    "subject",
    "requirement",
    "condition",
    "document",
    "section",
    "url",
    "note",
];

/// The header line of a guidance file.
pub const GUIDANCE_COLUMNS: [&str; 3] = ["code", "field", "text"];

/// The header line of a retry file, after its directives.
pub const RETRY_COLUMNS: [&str; 2] = ["code", "condition"];

/// The header line of `grpc.tsv`, after its directives.
pub const GRPC_COLUMNS: [&str; 5] = ["direction", "http", "grpc", "number", "note"];

/// The directives of a retry file, all required.
const RETRY_DIRECTIVES: [&str; 8] = [
    "@id",
    "@name",
    "@language",
    "@source",
    "@release",
    "@history",
    "@checked",
    "@rule",
];

/// The directives of `grpc.tsv`, all required.
const GRPC_DIRECTIVES: [&str; 3] = ["@http-to-grpc", "@grpc-to-http", "@checked"];

/// The guidance fields of one status, in the order they must come, each
/// with how many lines it takes.
const GUIDANCE_FIELDS: [(&str, usize, usize); 8] = [
    ("next", 1, 1),
    ("cause", 1, 3),
    ("client-fix", 1, 2),
    ("server-fix", 1, 2),
    ("request", 2, 6),
    ("request-body", 0, 4),
    ("response", 1, 6),
    ("response-body", 0, 5),
];

/// The longest line of an example exchange, so that the card shows it
/// unwrapped in 80 columns.
pub const MAX_EXAMPLE_LINE: usize = 72;

/// The longest line of prose in a guidance file.
pub const MAX_GUIDANCE_TEXT: usize = 120;

/// Parses and cross-checks every fact file against the statuses.
pub fn parse<'a>(
    sources: &FactSources<'a>,
    statuses: &[StatusEntry<'a>],
) -> Result<Facts<'a>, Error> {
    let requirements = match &sources.requirements {
        Some(source) => parse_requirements(source, statuses)?,
        None => Vec::new(),
    };
    let guidance = parse_guidance(sources.guidance, statuses)?;
    let mut retries: Vec<RetryPolicyEntry<'a>> = Vec::new();
    for source in sources.retries {
        let policy = parse_retries(source, statuses)?;
        if let Some(other) = retries
            .iter()
            .find(|o| o.id == policy.id || o.variant == policy.variant)
        {
            return Err(Error::new(
                source.name,
                0,
                Some("@id"),
                format!("{:?} is already used by {}", policy.id, other.file),
            ));
        }
        retries.push(policy);
    }
    let grpc = match &sources.grpc {
        Some(source) => Some(parse_grpc(source, statuses)?),
        None => None,
    };
    Ok(Facts {
        requirements,
        guidance,
        retries,
        grpc,
    })
}

fn known(statuses: &[StatusEntry<'_>], code: u16) -> Result<(), String> {
    if statuses.iter().any(|s| s.code == code) {
        Ok(())
    } else {
        Err(unknown_code(code))
    }
}

/// A condition: our words, starting in lower case, without a final full
/// stop (the docs and the card put it after "when" or a comma).
fn check_condition(text: &str) -> Result<Option<&str>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    check_text(text)?;
    if !text.starts_with(|c: char| c.is_ascii_lowercase()) || text.ends_with('.') {
        return Err(format!(
            "{text:?}: a condition starts in lower case and has no final full stop"
        ));
    }
    Ok(Some(text))
}

fn check_sentence(text: &str) -> Result<&str, String> {
    check_text(text)?;
    if !text.ends_with('.') {
        return Err(format!(
            "{text:?} is not a sentence ending with a full stop"
        ));
    }
    if text.len() > MAX_GUIDANCE_TEXT {
        return Err(format!(
            "{} bytes, more than {MAX_GUIDANCE_TEXT}: say it shorter",
            text.len()
        ));
    }
    Ok(text)
}

/// A header field name as registered: letters, digits and `-`, starting
/// with an upper-case letter (`WWW-Authenticate`).
fn is_field_name(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn parse_requirements<'a>(
    source: &Source<'a>,
    statuses: &[StatusEntry<'a>],
) -> Result<Vec<RequirementEntry<'a>>, Error> {
    let mut out: Vec<RequirementEntry<'a>> = Vec::new();
    for record in records_after_directives(source, &["@checked"], &REQUIREMENT_COLUMNS)?.1 {
        record.expect(source.name, &REQUIREMENT_COLUMNS, 7)?;
        let err = |i: usize, message: String| {
            Error::new(
                source.name,
                record.line,
                Some(REQUIREMENT_COLUMNS[i]),
                message,
            )
        };
        let code = parse_code(record.get(0)).map_err(|m| err(0, m))?;
        known(statuses, code).map_err(|m| err(0, m))?;
        in_code_order(out.last().map(|r| r.code), code).map_err(|m| err(0, m))?;
        let field = match record.get(1) {
            "content" => None,
            name if is_field_name(name) => Some(name),
            other => {
                return Err(err(
                    1,
                    format!(
                    "{other:?} is neither `content` nor a header field name such as `Retry-After`"
                ),
                ))
            }
        };
        let level = Level::ALL
            .iter()
            .find(|(id, _)| *id == record.get(2))
            .map(|(_, level)| *level)
            .ok_or_else(|| {
                err(
                    2,
                    format!(
                        "{:?} is not one of must, should, may, must-not, should-not",
                        record.get(2)
                    ),
                )
            })?;
        let condition = check_condition(record.get(3)).map_err(|m| err(3, m))?;
        let spec = parse_spec(record.get(4), record.get(5), record.get(6))
            .map_err(|(i, m)| err(4 + i, m))?;
        let note = match record.get(7) {
            "" => None,
            note => Some(check_sentence(note).map_err(|m| err(7, m))?),
        };
        if let Some(prev) = out.iter().find(|r| {
            r.code == code && r.field == field && r.level == level && r.condition == condition
        }) {
            return Err(err(
                1,
                format!("the same requirement is on line {} already", prev.line),
            ));
        }
        out.push(RequirementEntry {
            line: record.line,
            code,
            field,
            level,
            condition,
            spec,
            note,
        });
    }
    Ok(out)
}

fn parse_guidance<'a>(
    sources: &[Source<'a>],
    statuses: &[StatusEntry<'a>],
) -> Result<Vec<GuidanceEntry<'a>>, Error> {
    if sources.is_empty() {
        return Ok(Vec::new());
    }
    let mut out: Vec<GuidanceEntry<'a>> = Vec::new();
    let mut last_line: Vec<(u16, &str, usize)> = Vec::new();
    for source in sources {
        let rows = records(source, &GUIDANCE_COLUMNS)?;
        let mut i = 0;
        while i < rows.len() {
            let first = &rows[i];
            first.expect(source.name, &GUIDANCE_COLUMNS, 3)?;
            let code = parse_code(first.get(0))
                .map_err(|m| Error::new(source.name, first.line, Some("code"), m))?;
            known(statuses, code)
                .map_err(|m| Error::new(source.name, first.line, Some("code"), m))?;
            if let Some(prev) = out.iter().find(|g| g.code == code) {
                let (_, file, line) = last_line
                    .iter()
                    .find(|(c, _, _)| *c == prev.code)
                    .copied()
                    .unwrap_or((code, source.name, 0));
                return Err(Error::new(
                    source.name,
                    first.line,
                    Some("code"),
                    format!("{code} already has its guidance, ending at {file}:{line}"),
                ));
            }
            let end = rows[i..]
                .iter()
                .position(|r| r.get(0) != first.get(0))
                .map_or(rows.len(), |n| i + n);
            let entry = guidance_of(source, code, &rows[i..end], statuses)?;
            last_line.push((code, source.name, rows[end - 1].line));
            out.push(entry);
            i = end;
        }
    }
    for status in statuses {
        if !out.iter().any(|g| g.code == status.code) {
            return Err(Error::new(
                sources[sources.len() - 1].name,
                0,
                Some("code"),
                format!(
                    "{} {} has no guidance: every status needs next, cause, client-fix, server-fix, request and response lines",
                    status.code, status.phrase
                ),
            ));
        }
    }
    out.sort_by_key(|g| g.code);
    Ok(out)
}

/// One status's rows, in the order of [`GUIDANCE_FIELDS`].
fn guidance_of<'a>(
    source: &Source<'a>,
    code: u16,
    rows: &[Record<'a>],
    statuses: &[StatusEntry<'a>],
) -> Result<GuidanceEntry<'a>, Error> {
    let mut parts: Vec<Vec<&'a str>> = vec![Vec::new(); GUIDANCE_FIELDS.len()];
    let mut at = 0;
    for row in rows {
        row.expect(source.name, &GUIDANCE_COLUMNS, 3)?;
        let err = |i: usize, message: String| {
            Error::new(source.name, row.line, Some(GUIDANCE_COLUMNS[i]), message)
        };
        let field = row.get(1);
        let Some(index) = GUIDANCE_FIELDS.iter().position(|(name, ..)| *name == field) else {
            return Err(err(
                1,
                format!(
                    "{field:?} is not one of {}",
                    GUIDANCE_FIELDS.map(|(name, ..)| name).join(", ")
                ),
            ));
        };
        if index < at {
            return Err(err(
                1,
                format!(
                    "{field} comes after {}: keep the order {}",
                    GUIDANCE_FIELDS[at].0,
                    GUIDANCE_FIELDS.map(|(name, ..)| name).join(", ")
                ),
            ));
        }
        at = index;
        let text = row.get(2);
        let is_example = field.starts_with("request") || field.starts_with("response");
        if is_example {
            if text.is_empty() || text.trim() != text {
                return Err(err(
                    2,
                    "an example line is not empty and has no edge spaces".into(),
                ));
            }
            if text.chars().count() > MAX_EXAMPLE_LINE {
                return Err(err(
                    2,
                    format!(
                        "{} characters, more than {MAX_EXAMPLE_LINE}: the card shows example lines unwrapped",
                        text.chars().count()
                    ),
                ));
            }
        } else {
            check_sentence(text).map_err(|m| err(2, m))?;
        }
        parts[index].push(text);
    }
    let last = rows[rows.len() - 1].line;
    for (index, (name, min, max)) in GUIDANCE_FIELDS.iter().enumerate() {
        let n = parts[index].len();
        if n < *min || n > *max {
            return Err(Error::new(
                source.name,
                last,
                Some("field"),
                format!("{code} has {n} {name} lines; it takes {min} to {max}"),
            ));
        }
    }
    // The example shows this status: its status line, or a note in
    // parentheses where the status is never sent (nginx's 444 and 499).
    let status = statuses.iter().find(|s| s.code == code).map(|s| s.phrase);
    let shown = format!("{code} {}", status.unwrap_or(""));
    let [_, _, _, _, _, _, response, response_body] = &parts[..] else {
        unreachable!("one part per guidance field")
    };
    let noted = response[0].starts_with('(');
    if !noted
        && !response
            .iter()
            .chain(response_body)
            .any(|l| l.contains(&shown))
    {
        return Err(Error::new(
            source.name,
            last,
            Some("text"),
            format!("the example of {code} shows no `{shown}` status line"),
        ));
    }
    let mut parts = parts.into_iter();
    let mut next = || parts.next().unwrap_or_default();
    Ok(GuidanceEntry {
        code,
        next: next()[0],
        causes: next(),
        client_fixes: next(),
        server_fixes: next(),
        request: next(),
        request_body: next(),
        response: next(),
        response_body: next(),
    })
}

/// The directives (each of `keys` exactly once) and the records after the
/// header line `columns`.
#[allow(clippy::type_complexity)]
fn records_after_directives<'a>(
    source: &Source<'a>,
    keys: &[&'static str],
    columns: &[&str],
) -> Result<(Vec<(&'static str, usize, &'a str)>, Vec<Record<'a>>), Error> {
    let mut directives: Vec<(&'static str, usize, &'a str)> = Vec::new();
    let mut header = false;
    let mut body = Vec::new();
    for line in tsv::lines(source)? {
        match line {
            Line::Directive(d) => {
                let err = |field: Option<&'static str>, message: String| {
                    Error::new(source.name, d.line, field, message)
                };
                if header {
                    return Err(err(
                        None,
                        format!("directive @{} after the header line", d.key),
                    ));
                }
                let Some(key) = keys.iter().find(|k| k[1..] == *d.key) else {
                    return Err(err(
                        None,
                        format!(
                            "unknown directive @{} (expected one of {})",
                            d.key,
                            keys.join(", ")
                        ),
                    ));
                };
                if d.value.contains('\t') || d.value.trim() != d.value {
                    return Err(err(
                        Some(key),
                        "has a tab inside its value or a space at either end".into(),
                    ));
                }
                check_text(d.value).map_err(|m| err(Some(key), m))?;
                if directives.iter().any(|(k, ..)| k == key) {
                    return Err(err(Some(key), format!("{key} is given twice")));
                }
                directives.push((key, d.line, d.value));
            }
            Line::Record(r) if !header => {
                if r.fields != columns {
                    return Err(Error::new(
                        source.name,
                        r.line,
                        None,
                        format!("expected the header line `{}`", columns.join("\\t")),
                    ));
                }
                header = true;
            }
            Line::Record(r) => body.push(r),
        }
    }
    if !header {
        return Err(Error::new(
            source.name,
            0,
            None,
            format!("missing the header line `{}`", columns.join("\\t")),
        ));
    }
    if let Some(key) = keys
        .iter()
        .find(|k| !directives.iter().any(|(d, ..)| d == *k))
    {
        return Err(Error::new(
            source.name,
            0,
            None,
            format!("missing directive {key}"),
        ));
    }
    if let Some((key, line, value)) = directives.iter().find(|(k, ..)| *k == "@checked") {
        if !is_date(value) {
            return Err(Error::new(
                source.name,
                *line,
                Some(key),
                format!("{value:?} is not a YYYY-MM-DD date"),
            ));
        }
    }
    Ok((directives, body))
}

fn directive<'a>(directives: &[(&'static str, usize, &'a str)], key: &str) -> (usize, &'a str) {
    directives
        .iter()
        .find(|(k, ..)| *k == key)
        .map(|(_, line, value)| (*line, *value))
        .unwrap_or((0, ""))
}

fn parse_retries<'a>(
    source: &Source<'a>,
    statuses: &[StatusEntry<'a>],
) -> Result<RetryPolicyEntry<'a>, Error> {
    let (directives, body) = records_after_directives(source, &RETRY_DIRECTIVES, &RETRY_COLUMNS)?;
    let get = |key| directive(&directives, key).1;
    let (id_line, id) = directive(&directives, "@id");
    if !is_lowercase_id(id) || id.split('-').any(str::is_empty) {
        return Err(Error::new(
            source.name,
            id_line,
            Some("@id"),
            format!("{id:?} is not a lowercase id (a-z, 0-9, single `-`s)"),
        ));
    }
    let (rule_line, rule) = directive(&directives, "@rule");
    if !rule.ends_with('.') {
        return Err(Error::new(
            source.name,
            rule_line,
            Some("@rule"),
            "a rule is whole sentences ending with a full stop".to_string(),
        ));
    }
    let mut codes: Vec<(u16, Option<&'a str>)> = Vec::new();
    for record in &body {
        record.expect(source.name, &RETRY_COLUMNS, 1)?;
        let err = |i: usize, message: String| {
            Error::new(source.name, record.line, Some(RETRY_COLUMNS[i]), message)
        };
        let code = parse_code(record.get(0)).map_err(|m| err(0, m))?;
        known(statuses, code).map_err(|m| err(0, m))?;
        if let Some(&(prev, _)) = codes.last() {
            if prev >= code {
                return Err(err(
                    0,
                    format!("{code} comes after {prev}: keep the codes ascending and once each"),
                ));
            }
        }
        codes.push((code, check_condition(record.get(1)).map_err(|m| err(1, m))?));
    }
    if codes.is_empty() {
        return Err(Error::new(
            source.name,
            0,
            None,
            "a retry set lists at least one code",
        ));
    }
    Ok(RetryPolicyEntry {
        file: source.name,
        id,
        variant: variant_of_id(id),
        name: get("@name"),
        language: get("@language"),
        source: get("@source"),
        release: get("@release"),
        history: get("@history"),
        checked: get("@checked"),
        rule,
        codes,
    })
}

/// `NOT_FOUND` as `NotFound`.
fn pascal_of_upper_snake(name: &str) -> String {
    name.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_string() + &chars.as_str().to_ascii_lowercase()
            })
        })
        .collect()
}

fn parse_grpc<'a>(
    source: &Source<'a>,
    statuses: &[StatusEntry<'a>],
) -> Result<GrpcEntry<'a>, Error> {
    let (directives, body) = records_after_directives(source, &GRPC_DIRECTIVES, &GRPC_COLUMNS)?;
    let mut codes: Vec<GrpcCodeEntry<'a>> = Vec::new();
    let mut from_http: Vec<(u16, &'a str, u8, usize, Option<&'a str>)> = Vec::new();
    let mut otherwise: Option<(&'a str, u8, usize, Option<&'a str>)> = None;
    for record in &body {
        record.expect(source.name, &GRPC_COLUMNS, 4)?;
        let err = |i: usize, message: String| {
            Error::new(source.name, record.line, Some(GRPC_COLUMNS[i]), message)
        };
        let name = record.get(2);
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
            return Err(err(
                2,
                format!("{name:?} is not an upper-case gRPC code name such as NOT_FOUND"),
            ));
        }
        let number: u8 = record
            .get(3)
            .parse()
            .ok()
            .filter(|n| *n <= 16)
            .ok_or_else(|| {
                err(
                    3,
                    format!("{:?} is not a gRPC code number from 0 to 16", record.get(3)),
                )
            })?;
        let note = match record.get(4) {
            "" => None,
            note => {
                check_text(note).map_err(|m| err(4, m))?;
                Some(note)
            }
        };
        match record.get(0) {
            "http-to-grpc" => {
                if otherwise.is_some() {
                    return Err(err(
                        1,
                        "the `*` row, for every other code, comes last".into(),
                    ));
                }
                if record.get(1) == "*" {
                    otherwise = Some((name, number, record.line, note));
                    continue;
                }
                let code = parse_code(record.get(1)).map_err(|m| err(1, m))?;
                known(statuses, code).map_err(|m| err(1, m))?;
                if from_http.iter().any(|(c, ..)| *c == code) {
                    return Err(err(1, format!("{code} is mapped twice")));
                }
                from_http.push((code, name, number, record.line, note));
            }
            "grpc-to-http" => {
                if !from_http.is_empty() && otherwise.is_none() {
                    return Err(err(
                        0,
                        "the http-to-grpc rows end with a `*` row before the grpc-to-http rows"
                            .into(),
                    ));
                }
                if usize::from(number) != codes.len() {
                    return Err(err(
                        3,
                        format!(
                            "expected the code numbered {} next: one row per gRPC code, ascending",
                            codes.len()
                        ),
                    ));
                }
                let code = parse_code(record.get(1)).map_err(|m| err(1, m))?;
                known(statuses, code).map_err(|m| err(1, m))?;
                codes.push(GrpcCodeEntry {
                    name,
                    variant: pascal_of_upper_snake(name),
                    number,
                    http: code,
                    note,
                });
            }
            other => {
                return Err(err(
                    0,
                    format!("{other:?} is neither http-to-grpc nor grpc-to-http"),
                ))
            }
        }
    }
    if codes.len() != 17 {
        return Err(Error::new(
            source.name,
            0,
            None,
            format!(
                "{} grpc-to-http rows: gRPC has 17 codes, 0 to 16",
                codes.len()
            ),
        ));
    }
    let index_of = |name: &str, number: u8, line: usize| -> Result<usize, Error> {
        match codes.iter().position(|c| c.name == name) {
            Some(i) if codes[i].number == number => Ok(i),
            _ => Err(Error::new(
                source.name,
                line,
                Some("grpc"),
                format!("{name} {number} is not among the grpc-to-http rows"),
            )),
        }
    };
    let Some((name, number, line, note)) = otherwise else {
        return Err(Error::new(
            source.name,
            0,
            None,
            "the http-to-grpc rows need a last `*` row for every other code",
        ));
    };
    let otherwise = (index_of(name, number, line)?, note);
    let from_http = from_http
        .iter()
        .map(|&(code, name, number, line, note)| Ok((code, index_of(name, number, line)?, note)))
        .collect::<Result<Vec<_>, Error>>()?;
    Ok(GrpcEntry {
        http_to_grpc_source: directive(&directives, "@http-to-grpc").1,
        grpc_to_http_source: directive(&directives, "@grpc-to-http").1,
        checked: directive(&directives, "@checked").1,
        codes,
        from_http,
        otherwise,
    })
}
