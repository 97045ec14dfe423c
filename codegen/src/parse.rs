//! Parsing and validating the registry files.
//!
//! Every rule the registry README states is enforced here, and every
//! violation names the file, the line and the field.

use std::collections::{BTreeMap, BTreeSet};

use crate::registry::{
    EcosystemEntry, NameEntry, PhraseEntry, Registry, Spec, Standing, StatusEntry,
};
use crate::tsv::{self, Line, Record, Source};
use crate::Error;

/// The header line `statuses.tsv` must start with.
pub const STATUS_COLUMNS: [&str; 12] = [
    "code",
    "variant",
    "phrase",
    "class",
    "standing",
    "origin",
    "document",
    "section",
    "url",
    "cacheable",
    "content",
    "description",
];

/// The longest reason phrase the library's `Display` can pad.
pub const MAX_PHRASE_LEN: usize = 60;

/// The header line of the facts in an ecosystem file.
pub const NAME_COLUMNS: [&str; 5] = ["code", "kind", "text", "deprecated", "note"];

/// Parses and cross-checks the whole registry.
pub fn registry<'a>(
    statuses: Source<'a>,
    ecosystems: &[Source<'a>],
) -> Result<Registry<'a>, Error> {
    let statuses = parse_statuses(&statuses)?;
    let codes: BTreeSet<u16> = statuses.iter().map(|s| s.code).collect();
    let mut parsed: Vec<EcosystemEntry<'a>> = Vec::new();
    for source in ecosystems {
        let eco = parse_ecosystem(source, &codes)?;
        if let Some(other) = parsed
            .iter()
            .find(|o| o.id == eco.id || o.variant == eco.variant)
        {
            let (field, value) = if other.id == eco.id {
                ("@id", eco.id)
            } else {
                ("@variant", eco.variant)
            };
            return Err(Error::new(
                source.name,
                0,
                Some(field),
                format!("{value:?} is already used by {}", other.file),
            ));
        }
        parsed.push(eco);
    }
    Ok(Registry {
        statuses,
        ecosystems: parsed,
    })
}

fn parse_statuses<'a>(source: &Source<'a>) -> Result<Vec<StatusEntry<'a>>, Error> {
    let mut records = records(source, &STATUS_COLUMNS)?.into_iter();
    let mut out: Vec<StatusEntry<'a>> = Vec::new();
    let mut variants: BTreeMap<&str, u16> = BTreeMap::new();
    let mut keys: BTreeMap<String, u16> = BTreeMap::new();
    for record in records.by_ref() {
        record.expect(source.name, &STATUS_COLUMNS, STATUS_COLUMNS.len())?;
        let entry = parse_status(source.name, &record)?;
        let err =
            |field, message: String| Error::new(source.name, record.line, Some(field), message);
        if let Some(prev) = out.last() {
            if prev.code == entry.code {
                return Err(err("code", format!("duplicate code {}", entry.code)));
            }
            if prev.code > entry.code {
                return Err(err(
                    "code",
                    format!(
                        "{} comes after {}: keep the file sorted by code",
                        entry.code, prev.code
                    ),
                ));
            }
        }
        if let Some(code) = variants.insert(entry.variant, entry.code) {
            return Err(err(
                "variant",
                format!("variant {} is already used by code {code}", entry.variant),
            ));
        }
        // `FromStr` matches variants and phrases ignoring ASCII case, so
        // each spelling must lead to one status only.
        for (field, key) in [("variant", entry.variant), ("phrase", entry.phrase)] {
            let lower = key.to_ascii_lowercase();
            match keys.get(&lower) {
                Some(&code) if code != entry.code => {
                    return Err(err(
                        field,
                        format!("{key:?} reads the same, ignoring case, as a variant or phrase of {code}"),
                    ));
                }
                _ => {
                    keys.insert(lower, entry.code);
                }
            }
        }
        out.push(entry);
    }
    if out.is_empty() {
        return Err(Error::new(source.name, 0, None, "no statuses"));
    }
    Ok(out)
}

fn parse_status<'a>(file: &str, record: &Record<'a>) -> Result<StatusEntry<'a>, Error> {
    let field = |i: usize| record.get(i);
    let err =
        |i: usize, message: String| Error::new(file, record.line, Some(STATUS_COLUMNS[i]), message);
    let code = parse_code(field(0)).map_err(|m| err(0, m))?;
    let variant = field(1);
    if !is_pascal_case(variant) {
        return Err(err(
            1,
            format!("{variant:?} is not a PascalCase identifier"),
        ));
    }
    let phrase = field(2);
    check_text(phrase).map_err(|m| err(2, m))?;
    // `Display` pads "424 Failed Dependency" from a 64-byte stack buffer.
    if phrase.len() > MAX_PHRASE_LEN {
        return Err(err(
            2,
            format!("{phrase:?} is longer than {MAX_PHRASE_LEN} bytes"),
        ));
    }
    let class = format!("{}xx", code / 100);
    if field(3) != class {
        return Err(err(
            3,
            format!(
                "{:?} does not match code {code} (expected {class:?})",
                field(3)
            ),
        ));
    }
    let standing = Standing::ALL
        .iter()
        .find(|(name, _)| *name == field(4))
        .map(|(_, s)| *s)
        .ok_or_else(|| {
            err(
                4,
                format!("{:?} is not one of {}", field(4), names(&Standing::ALL)),
            )
        })?;
    let origin = field(5);
    check_text(origin).map_err(|m| err(5, m))?;
    match (standing, origin) {
        (Standing::Unofficial, "IANA") => {
            return Err(err(
                5,
                "an unofficial status needs the origin that uses it, not IANA".into(),
            ))
        }
        (Standing::Unofficial, _) | (_, "IANA") => {}
        (_, other) => {
            return Err(err(
                5,
                format!("a status in the IANA registry has origin \"IANA\", not {other:?}"),
            ))
        }
    }
    let spec = match (field(6), field(7), field(8)) {
        ("-", "-", "-") => None,
        (document, section, url) => {
            for (i, value) in [(6, document), (7, section), (8, url)] {
                if value == "-" {
                    return Err(err(
                        i,
                        "give all of document, section and url, or `-` for all three".into(),
                    ));
                }
                check_text(value).map_err(|m| err(i, m))?;
            }
            if !url.starts_with("https://") || url.contains(' ') {
                return Err(err(8, format!("{url:?} is not an https URL")));
            }
            Some(Spec {
                document,
                section,
                url,
            })
        }
    };
    if standing != Standing::Unofficial && spec.is_none() {
        return Err(err(
            6,
            "a status in the IANA registry needs its defining spec".into(),
        ));
    }
    let cacheable = parse_bool(field(9)).map_err(|m| err(9, m))?;
    let content = parse_bool(field(10)).map_err(|m| err(10, m))?;
    let description = field(11);
    check_text(description).map_err(|m| err(11, m))?;
    if !description.ends_with('.') {
        return Err(err(
            11,
            "a description is whole sentences ending with a full stop".into(),
        ));
    }
    Ok(StatusEntry {
        code,
        variant,
        phrase,
        standing,
        origin,
        spec,
        cacheable,
        content,
        description,
    })
}

fn parse_ecosystem<'a>(
    source: &Source<'a>,
    codes: &BTreeSet<u16>,
) -> Result<EcosystemEntry<'a>, Error> {
    let file = source.name;
    let mut directives: BTreeMap<&'a str, (usize, &'a str)> = BTreeMap::new();
    let mut accept = Vec::new();
    let mut body = Vec::new();
    let mut header_seen = false;
    for line in tsv::lines(source)? {
        match line {
            Line::Directive(d) => {
                if header_seen {
                    return Err(Error::new(
                        file,
                        d.line,
                        None,
                        format!("directive @{} after the header line", d.key),
                    ));
                }
                if !DIRECTIVES.contains(&d.key) {
                    return Err(Error::new(
                        file,
                        d.line,
                        None,
                        format!(
                            "unknown directive @{} (expected one of @{})",
                            d.key,
                            DIRECTIVES.join(", @")
                        ),
                    ));
                }
                if d.key == "accept" {
                    if d.value.is_empty() {
                        return Err(Error::new(file, d.line, Some("@accept"), "is empty"));
                    }
                    accept.push(d.value);
                } else if directives.insert(d.key, (d.line, d.value)).is_some() {
                    return Err(Error::new(
                        file,
                        d.line,
                        None,
                        format!("@{} is given twice", d.key),
                    ));
                }
            }
            Line::Record(r) if !header_seen => {
                if r.fields != NAME_COLUMNS {
                    return Err(Error::new(
                        file,
                        r.line,
                        None,
                        format!("expected the header line `{}`", NAME_COLUMNS.join("\\t")),
                    ));
                }
                header_seen = true;
            }
            Line::Record(r) => body.push(r),
        }
    }
    let get = |key: &'static str| -> Result<&'a str, Error> {
        match directives.get(key) {
            Some((_, v)) => Ok(v),
            None => Err(Error::new(
                file,
                0,
                None,
                format!("missing directive @{key}"),
            )),
        }
    };
    let line_of = |key: &str| directives.get(key).map_or(0, |(l, _)| *l);
    let nonempty = |key: &'static str| -> Result<&'a str, Error> {
        let value = get(key)?;
        check_text(value)
            .map_err(|m| Error::new(file, line_of(key), Some(directive_name(key)), m))?;
        Ok(value)
    };
    let id = nonempty("id")?;
    if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        || !id.starts_with(|c: char| c.is_ascii_lowercase())
    {
        return Err(Error::new(
            file,
            line_of("id"),
            Some("@id"),
            format!("{id:?} is not a lowercase id (a-z, 0-9, -)"),
        ));
    }
    let variant = nonempty("variant")?;
    if !is_pascal_case(variant) {
        return Err(Error::new(
            file,
            line_of("variant"),
            Some("@variant"),
            format!("{variant:?} is not a PascalCase identifier"),
        ));
    }
    let checked = nonempty("checked")?;
    if !is_date(checked) {
        return Err(Error::new(
            file,
            line_of("checked"),
            Some("@checked"),
            format!("{checked:?} is not a YYYY-MM-DD date"),
        ));
    }
    let prefix = get("prefix")?;
    let mut eco = EcosystemEntry {
        file,
        id,
        variant,
        name: nonempty("name")?,
        language: nonempty("language")?,
        prefix,
        accept,
        source: nonempty("source")?,
        release: nonempty("release")?,
        checked,
        names: Vec::new(),
        phrases: Vec::new(),
    };
    if !header_seen {
        return Err(Error::new(
            file,
            0,
            None,
            format!("missing the header line `{}`", NAME_COLUMNS.join("\\t")),
        ));
    }
    parse_facts(&mut eco, &body, codes)?;
    Ok(eco)
}

const DIRECTIVES: [&str; 10] = [
    "id", "variant", "name", "language", "prefix", "accept", "source", "release", "checked", "note",
];

fn directive_name(key: &str) -> &'static str {
    match key {
        "id" => "@id",
        "variant" => "@variant",
        "name" => "@name",
        "language" => "@language",
        "source" => "@source",
        "release" => "@release",
        "checked" => "@checked",
        _ => "@directive",
    }
}

fn parse_facts<'a>(
    eco: &mut EcosystemEntry<'a>,
    body: &[Record<'a>],
    codes: &BTreeSet<u16>,
) -> Result<(), Error> {
    let file = eco.file;
    let mut by_text: BTreeMap<&str, (u16, usize)> = BTreeMap::new();
    let mut by_bare: BTreeMap<&str, (u16, usize)> = BTreeMap::new();
    let mut last_code = 0;
    for record in body {
        record.expect(file, &NAME_COLUMNS, 3)?;
        let err = |i: usize, message: String| {
            Error::new(file, record.line, Some(NAME_COLUMNS[i]), message)
        };
        let code = parse_code(record.get(0)).map_err(|m| err(0, m))?;
        if !codes.contains(&code) {
            return Err(err(
                0,
                format!("code {code} is not in statuses.tsv: add the status first"),
            ));
        }
        if code < last_code {
            return Err(err(
                0,
                format!("{code} comes after {last_code}: keep the file sorted by code"),
            ));
        }
        last_code = code;
        let text = record.get(2);
        check_text(text).map_err(|m| err(2, m))?;
        let deprecated = match record.get(3) {
            "" => false,
            "deprecated" => true,
            other => return Err(err(3, format!("{other:?} must be `deprecated` or empty"))),
        };
        let note = record.get(4);
        match record.get(1) {
            "phrase" => {
                if deprecated {
                    return Err(err(3, "a phrase cannot be deprecated".into()));
                }
                if let Some(prev) = eco.phrases.iter().find(|p| p.code == code) {
                    return Err(err(
                        1,
                        format!(
                            "a second phrase for {code} (the first is on line {})",
                            prev.line
                        ),
                    ));
                }
                eco.phrases.push(PhraseEntry {
                    line: record.line,
                    code,
                    text,
                });
            }
            kind @ ("canonical" | "alias") => {
                let canonical = kind == "canonical";
                let bare = text.strip_prefix(eco.prefix).ok_or_else(|| {
                    err(
                        2,
                        format!(
                            "{text:?} does not start with the ecosystem's @prefix {:?}",
                            eco.prefix
                        ),
                    )
                })?;
                if !is_identifier(bare) {
                    return Err(err(
                        2,
                        format!("{bare:?} (after the @prefix) is not an identifier"),
                    ));
                }
                let same_code: Vec<&NameEntry> =
                    eco.names.iter().filter(|n| n.code == code).collect();
                if canonical {
                    if let Some(prev) = same_code.iter().find(|n| n.canonical) {
                        return Err(err(
                            1,
                            format!(
                                "a second canonical name for {code} (the first is on line {})",
                                prev.line
                            ),
                        ));
                    }
                    if !same_code.is_empty() {
                        return Err(err(
                            1,
                            format!("the canonical name for {code} must come before its aliases"),
                        ));
                    }
                } else if same_code.is_empty() {
                    return Err(err(
                        1,
                        format!("alias {text:?} for {code} has no canonical name before it"),
                    ));
                }
                for (map, key, what) in [
                    (&mut by_text, text, "name"),
                    (&mut by_bare, bare, "bare name"),
                ] {
                    if let Some((other, line)) = map.insert(key, (code, record.line)) {
                        let message = if other == code {
                            format!(
                                "{what} {key:?} is given twice for {code} (first on line {line})"
                            )
                        } else {
                            format!("{what} {key:?} maps to both {other} (line {line}) and {code}")
                        };
                        return Err(err(2, message));
                    }
                }
                eco.names.push(NameEntry {
                    line: record.line,
                    code,
                    text,
                    bare,
                    canonical,
                    deprecated,
                    note,
                });
            }
            other => {
                return Err(err(
                    1,
                    format!("{other:?} is not one of canonical, alias, phrase"),
                ));
            }
        }
        if !note.is_empty() {
            check_text(note).map_err(|m| err(4, m))?;
        }
    }
    let qualifiers: Vec<&str> = eco.qualifiers().collect();
    for (i, a) in qualifiers.iter().enumerate() {
        if let Some(b) = qualifiers[i + 1..]
            .iter()
            .find(|b| a.starts_with(**b) || b.starts_with(a))
        {
            return Err(Error::new(
                file,
                0,
                Some("@accept"),
                format!("qualifiers {a:?} and {b:?} overlap: one starts with the other"),
            ));
        }
    }
    for qualifier in eco.qualifiers() {
        if let Some(name) = eco.names.iter().find(|n| n.bare.starts_with(qualifier)) {
            return Err(Error::new(
                file,
                name.line,
                Some("text"),
                format!("bare name {:?} starts with the qualifier {qualifier:?}, so lookups would be ambiguous", name.bare),
            ));
        }
    }
    Ok(())
}

/// The records of a file after its exact header line.
fn records<'a>(source: &Source<'a>, columns: &[&str]) -> Result<Vec<Record<'a>>, Error> {
    let mut lines = tsv::lines(source)?.into_iter();
    match lines.next() {
        Some(Line::Record(header)) if header.fields == columns => {}
        other => {
            let line = match other {
                Some(Line::Record(r)) => r.line,
                Some(Line::Directive(d)) => d.line,
                None => 0,
            };
            return Err(Error::new(
                source.name,
                line,
                None,
                format!("expected the header line `{}`", columns.join("\\t")),
            ));
        }
    }
    lines
        .map(|line| match line {
            Line::Record(r) => Ok(r),
            Line::Directive(d) => Err(Error::new(
                source.name,
                d.line,
                None,
                format!("unexpected directive @{}", d.key),
            )),
        })
        .collect()
}

fn parse_code(text: &str) -> Result<u16, String> {
    match text.parse::<u16>() {
        Ok(code) if (100..=999).contains(&code) && text.len() == 3 => Ok(code),
        _ => Err(format!("{text:?} is not a status code from 100 to 999")),
    }
}

fn parse_bool(text: &str) -> Result<bool, String> {
    match text {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(format!("{text:?} must be `yes` or `no`")),
    }
}

fn check_text(text: &str) -> Result<(), String> {
    if text.is_empty() {
        Err("is empty".into())
    } else if text.contains("  ") {
        Err(format!("{text:?} has a double space"))
    } else {
        Ok(())
    }
}

fn names<T>(table: &[(&str, T)]) -> String {
    table.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
}

/// ASCII letters and digits starting with an uppercase letter, acronyms
/// written as words (`HttpVersionNotSupported`, not `HTTPVersionNotSupported`):
/// no run of three uppercase letters. `ImATeapot` passes.
fn is_pascal_case(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && !s
            .as_bytes()
            .windows(3)
            .any(|w| w.iter().all(u8::is_ascii_uppercase))
}

/// An identifier as the languages we cover write them: ASCII letters,
/// digits and `_`, not starting with a digit. Ruby's `::` inside a constant
/// path is allowed too.
fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(|c: char| c.is_ascii_digit())
        && s.split("::").all(|part| {
            !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
