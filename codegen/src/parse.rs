//! Parsing and validating the registry files.
//!
//! Every rule the registry README states is enforced here, and every
//! violation names the file, the line and the field.

use crate::facts::FactSources;
use crate::registry::{
    EcosystemEntry, MeaningEntry, NameEntry, PhraseEntry, Registry, Release, Spec, Standing,
    StatusEntry,
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
pub const NAME_COLUMNS: [&str; 8] = [
    "code",
    "kind",
    "text",
    "since",
    "deprecated",
    "removed",
    "meaning",
    "note",
];

/// The header line `meanings.tsv` must start with.
pub const MEANING_COLUMNS: [&str; 5] = ["code", "meaning", "phrase", "origin", "description"];

/// Parses and cross-checks the whole registry.
pub fn registry<'a>(
    statuses: Source<'a>,
    meanings: Source<'a>,
    ecosystems: &[Source<'a>],
    facts: &FactSources<'a>,
) -> Result<Registry<'a>, Error> {
    let statuses = parse_statuses(&statuses)?;
    let codes: Vec<u16> = statuses.iter().map(|s| s.code).collect();
    let meanings_file = meanings.name;
    let meanings = parse_meanings(&meanings, &statuses)?;
    let mut parsed: Vec<EcosystemEntry<'a>> = Vec::new();
    for source in ecosystems {
        let eco = parse_ecosystem(source, &codes, &meanings)?;
        if let Some(other) = parsed
            .iter()
            .find(|o| o.id == eco.id || o.variant == eco.variant)
        {
            let message = if other.id == eco.id {
                format!("{:?} is already used by {}", eco.id, other.file)
            } else {
                format!(
                    "{:?} makes the variant {}, as {:?} in {} does",
                    eco.id, eco.variant, other.id, other.file
                )
            };
            return Err(Error::new(source.name, 0, Some("@id"), message));
        }
        // An id or alias names one ecosystem only.
        for (k, &(line, alias)) in eco.aliases.iter().enumerate() {
            let clash = if alias == eco.id || eco.aliases[..k].iter().any(|a| a.1 == alias) {
                Some(eco.file)
            } else {
                parsed
                    .iter()
                    .find(|o| o.id == alias || o.aliases.iter().any(|a| a.1 == alias))
                    .map(|o| o.file)
            };
            if let Some(other) = clash {
                return Err(Error::new(
                    source.name,
                    line,
                    Some("@alias"),
                    format!("{alias:?} is already the id or an alias of {other}"),
                ));
            }
        }
        if let Some(other) = parsed
            .iter()
            .find(|o| o.aliases.iter().any(|a| a.1 == eco.id))
        {
            return Err(Error::new(
                source.name,
                0,
                Some("@id"),
                format!("{:?} is already an alias of {}", eco.id, other.file),
            ));
        }
        parsed.push(eco);
    }
    for meaning in &meanings {
        if !parsed.iter().any(|eco| eco.uses_meaning(meaning.id)) {
            return Err(Error::new(
                meanings_file,
                meaning.line,
                Some("meaning"),
                format!(
                    "no ecosystem gives {} the meaning {:?}: drop the line",
                    meaning.code, meaning.id
                ),
            ));
        }
    }
    let facts = crate::facts::parse(facts, &statuses)?;
    Ok(Registry {
        statuses,
        meanings,
        ecosystems: parsed,
        facts,
    })
}

fn parse_meanings<'a>(
    source: &Source<'a>,
    statuses: &[StatusEntry<'a>],
) -> Result<Vec<MeaningEntry<'a>>, Error> {
    let mut out: Vec<MeaningEntry<'a>> = Vec::new();
    for record in records(source, &MEANING_COLUMNS)? {
        record.expect(source.name, &MEANING_COLUMNS, MEANING_COLUMNS.len())?;
        let err = |i: usize, message: String| {
            Error::new(source.name, record.line, Some(MEANING_COLUMNS[i]), message)
        };
        let code = parse_code(record.get(0)).map_err(|m| err(0, m))?;
        let Some(status) = statuses.iter().find(|s| s.code == code) else {
            return Err(err(0, unknown_code(code)));
        };
        in_code_order(out.last().map(|m| m.code), code).map_err(|m| err(0, m))?;
        let id = record.get(1);
        if !is_lowercase_id(id) {
            return Err(err(
                1,
                format!("{id:?} is not a lowercase id (a-z, 0-9, -)"),
            ));
        }
        if let Some(prev) = out.iter().find(|m| m.id == id) {
            return Err(err(
                1,
                format!("meaning {id:?} is already defined on line {}", prev.line),
            ));
        }
        for i in 2..5 {
            check_text(record.get(i)).map_err(|m| err(i, m))?;
        }
        let phrase = record.get(2);
        if phrase.eq_ignore_ascii_case(status.phrase) {
            return Err(err(
                2,
                format!("{phrase:?} is the phrase of the status itself, not another meaning"),
            ));
        }
        let description = record.get(4);
        if !description.ends_with('.') {
            return Err(err(
                4,
                "a description is whole sentences ending with a full stop".into(),
            ));
        }
        out.push(MeaningEntry {
            line: record.line,
            code,
            id,
            phrase,
            origin: record.get(3),
            description,
        });
    }
    Ok(out)
}

fn parse_statuses<'a>(source: &Source<'a>) -> Result<Vec<StatusEntry<'a>>, Error> {
    let mut records = records(source, &STATUS_COLUMNS)?.into_iter();
    let mut out: Vec<StatusEntry<'a>> = Vec::new();
    let mut variants: Small<&str, u16> = Small::new();
    let mut keys: Small<String, u16> = Small::new();
    for record in records.by_ref() {
        record.expect(source.name, &STATUS_COLUMNS, STATUS_COLUMNS.len())?;
        let entry = parse_status(source.name, &record)?;
        let err =
            |field, message: String| Error::new(source.name, record.line, Some(field), message);
        if let Some(prev) = out.last() {
            if prev.code == entry.code {
                return Err(err("code", format!("duplicate code {}", entry.code)));
            }
            in_code_order(Some(prev.code), entry.code).map_err(|m| err("code", m))?;
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
    if code >= 600 {
        return Err(err(
            0,
            format!("{code} has no class: RFC 9110 defines classes 1xx to 5xx only"),
        ));
    }
    let variant = field(1);
    if !is_pascal_case(variant) {
        return Err(err(
            1,
            format!("{variant:?} is not a PascalCase identifier"),
        ));
    }
    if variant == "Self" {
        return Err(err(
            1,
            "`Self` is a Rust keyword, not a variant name".into(),
        ));
    }
    let phrase = field(2);
    check_text(phrase).map_err(|m| err(2, m))?;
    // `FromStr` reads a leading number as a code: "418 ..." would parse as 418.
    if phrase.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(err(
            2,
            format!("{phrase:?} starts with a digit, which `FromStr` would read as a code"),
        ));
    }
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
            Some(parse_spec(document, section, url).map_err(|(i, m)| err(6 + i, m))?)
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
    codes: &[u16],
    meanings: &[MeaningEntry<'a>],
) -> Result<EcosystemEntry<'a>, Error> {
    let file = source.name;
    let mut directives: Small<&'a str, (usize, &'a str)> = Small::new();
    let mut accept = Vec::new();
    let mut aliases: Vec<(usize, &'a str)> = Vec::new();
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
                let field = Some(directive_name(d.key));
                if d.value.contains('\t') {
                    return Err(Error::new(
                        file,
                        d.line,
                        field,
                        "has a tab inside its value (one tab separates key and value)",
                    ));
                }
                if d.value.trim() != d.value {
                    return Err(Error::new(
                        file,
                        d.line,
                        field,
                        format!("{:?} has leading or trailing spaces", d.value),
                    ));
                }
                if d.key == "accept" {
                    if d.value.is_empty() {
                        return Err(Error::new(file, d.line, Some("@accept"), "is empty"));
                    }
                    accept.push(d.value);
                } else if d.key == "alias" {
                    if !is_lowercase_id(d.value) {
                        return Err(Error::new(
                            file,
                            d.line,
                            Some("@alias"),
                            format!("{:?} is not a lowercase id (a-z, 0-9, -)", d.value),
                        ));
                    }
                    aliases.push((d.line, d.value));
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
        match directives.get(&key) {
            Some((_, v)) => Ok(v),
            None => Err(Error::new(
                file,
                0,
                None,
                format!("missing directive @{key}"),
            )),
        }
    };
    let line_of = |key: &str| directives.get(&key).map_or(0, |(l, _)| *l);
    let nonempty = |key: &'static str| -> Result<&'a str, Error> {
        let value = get(key)?;
        check_text(value)
            .map_err(|m| Error::new(file, line_of(key), Some(directive_name(key)), m))?;
        Ok(value)
    };
    let id = nonempty("id")?;
    if !is_lowercase_id(id) {
        return Err(Error::new(
            file,
            line_of("id"),
            Some("@id"),
            format!("{id:?} is not a lowercase id (a-z, 0-9, -)"),
        ));
    }
    if id.split('-').any(str::is_empty) {
        return Err(Error::new(
            file,
            line_of("id"),
            Some("@id"),
            format!("{id:?} has an empty part between its `-`s"),
        ));
    }
    let variant = variant_of_id(id);
    if variant == "Self" {
        return Err(Error::new(
            file,
            line_of("id"),
            Some("@id"),
            "\"self\" would make the variant `Self`, a Rust keyword",
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
    let release_of = |key: &'static str| -> Result<Release, Error> {
        Release::parse(nonempty(key)?)
            .map_err(|m| Error::new(file, line_of(key), Some(directive_name(key)), m))
    };
    let oldest = release_of("oldest")?;
    let newest = release_of("newest")?;
    if oldest > newest {
        return Err(Error::new(
            file,
            line_of("oldest"),
            Some("@oldest"),
            format!("{oldest} is newer than @newest {newest}"),
        ));
    }
    let release = nonempty("release")?;
    if !release.contains(&newest.to_string()) {
        return Err(Error::new(
            file,
            line_of("release"),
            Some("@release"),
            format!("{release:?} does not name the @newest release {newest}"),
        ));
    }
    let mut eco = EcosystemEntry {
        file,
        id,
        variant,
        name: nonempty("name")?,
        language: nonempty("language")?,
        prefix,
        accept,
        aliases,
        source: nonempty("source")?,
        release,
        oldest,
        oldest_why: nonempty("oldest-why")?,
        newest,
        history: nonempty("history")?,
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
    parse_facts(&mut eco, &body, codes, meanings)?;
    Ok(eco)
}

const DIRECTIVES: [&str; 13] = [
    "id",
    "name",
    "language",
    "prefix",
    "accept",
    "alias",
    "source",
    "release",
    "oldest",
    "oldest-why",
    "newest",
    "history",
    "checked",
];

fn directive_name(key: &str) -> &'static str {
    match key {
        "id" => "@id",
        "name" => "@name",
        "language" => "@language",
        "source" => "@source",
        "release" => "@release",
        "oldest" => "@oldest",
        "oldest-why" => "@oldest-why",
        "newest" => "@newest",
        "history" => "@history",
        "checked" => "@checked",
        "prefix" => "@prefix",
        "accept" => "@accept",
        "alias" => "@alias",
        _ => "@directive",
    }
}

fn parse_facts<'a>(
    eco: &mut EcosystemEntry<'a>,
    body: &[Record<'a>],
    codes: &[u16],
    meanings: &[MeaningEntry<'a>],
) -> Result<(), Error> {
    let file = eco.file;
    let mut by_text: Small<&str, (u16, usize)> = Small::new();
    let mut by_bare: Small<&str, (u16, usize)> = Small::new();
    let mut last_code = 0;
    for record in body {
        record.expect(file, &NAME_COLUMNS, 3)?;
        let err = |i: usize, message: String| {
            Error::new(file, record.line, Some(NAME_COLUMNS[i]), message)
        };
        let code = parse_code(record.get(0)).map_err(|m| err(0, m))?;
        if !codes.contains(&code) {
            return Err(err(0, unknown_code(code)));
        }
        in_code_order(Some(last_code), code).map_err(|m| err(0, m))?;
        last_code = code;
        let text = record.get(2);
        check_text(text).map_err(|m| err(2, m))?;
        let release = |i: usize| -> Result<Option<Release>, Error> {
            match record.get(i) {
                "" => Ok(None),
                text => Release::parse(text).map(Some).map_err(|m| err(i, m)),
            }
        };
        let since = release(3)?;
        let (deprecated, deprecated_in) = match record.get(4) {
            "yes" => (true, None),
            _ => {
                let release = release(4).map_err(|_| {
                    err(
                        4,
                        format!(
                            "{:?} must be the release that deprecated the name, `yes` (deprecated at every covered release) or empty",
                            record.get(4)
                        ),
                    )
                })?;
                (release.is_some(), release)
            }
        };
        let removed = release(5)?;
        let meaning = match record.get(6) {
            "" => None,
            id => match meanings.iter().find(|m| m.id == id) {
                Some(m) if m.code == code => Some(m.id),
                Some(m) => {
                    return Err(err(
                        6,
                        format!("meaning {id:?} belongs to {}, not {code}", m.code),
                    ))
                }
                None => return Err(err(6, format!("meaning {id:?} is not in meanings.tsv"))),
            },
        };
        check_versions(eco, since, deprecated_in, removed).map_err(|(i, m)| err(i, m))?;
        let note = record.get(7);
        match record.get(1) {
            "phrase" => {
                for i in [3, 4, 5] {
                    if !record.get(i).is_empty() {
                        return Err(err(
                            i,
                            "a phrase has no releases: give them on the names".into(),
                        ));
                    }
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
                    meaning,
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
                    since,
                    deprecated,
                    deprecated_in,
                    removed,
                    meaning,
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
            check_text(note).map_err(|m| err(7, m))?;
        }
    }
    for canonical in eco
        .names
        .iter()
        .filter(|n| n.canonical && n.removed.is_some())
    {
        if let Some(alias) = eco
            .names
            .iter()
            .find(|n| n.code == canonical.code && n.removed.is_none())
        {
            return Err(Error::new(
                file,
                canonical.line,
                Some("kind"),
                format!(
                    "canonical name {:?} was removed, but alias {:?} (line {}) still exists: make that one canonical",
                    canonical.text, alias.text, alias.line
                ),
            ));
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

/// The rules a name's releases follow, as `(column, message)`: each lies
/// within the covered range, and they come in order.
fn check_versions(
    eco: &EcosystemEntry<'_>,
    since: Option<Release>,
    deprecated: Option<Release>,
    removed: Option<Release>,
) -> Result<(), (usize, String)> {
    let columns = [
        (3, "since", since),
        (4, "deprecated", deprecated),
        (5, "removed", removed),
    ];
    for &(i, what, release) in &columns {
        if let Some(release) = release {
            if release > eco.newest {
                return Err((
                    i,
                    format!("{what} {release} is newer than @newest {}", eco.newest),
                ));
            }
        }
    }
    if let Some(removed) = removed {
        if removed <= eco.oldest {
            return Err((
                5,
                format!(
                    "removed {removed} is not newer than @oldest {}: the name is in no covered release",
                    eco.oldest
                ),
            ));
        }
    }
    for (a, (_, what_a, first)) in columns.iter().enumerate() {
        for (i, what_b, second) in &columns[a + 1..] {
            if let (Some(first), Some(second)) = (first, second) {
                let bad = if *what_b == "removed" {
                    second <= first
                } else {
                    second < first
                };
                if bad {
                    return Err((
                        *i,
                        format!("{what_b} {second} comes before {what_a} {first}"),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// The message for a code that `statuses.tsv` lacks.
pub(crate) fn unknown_code(code: u16) -> String {
    format!("code {code} is not in statuses.tsv: add the status first")
}

/// Whether `code` may follow `previous` in a file sorted by code.
pub(crate) fn in_code_order(previous: Option<u16>, code: u16) -> Result<(), String> {
    match previous {
        Some(previous) if previous > code => Err(format!(
            "{code} comes after {previous}: keep the file sorted by code"
        )),
        _ => Ok(()),
    }
}

/// A spec reference from its three fields; on error, the offending field's
/// offset (0 to 2) among them, and the message.
pub(crate) fn parse_spec<'a>(
    document: &'a str,
    section: &'a str,
    url: &'a str,
) -> Result<Spec<'a>, (usize, String)> {
    for (i, value) in [document, section, url].into_iter().enumerate() {
        if value == "-" {
            return Err((
                i,
                "give all of document, section and url, or `-` for all three".into(),
            ));
        }
        check_text(value).map_err(|m| (i, m))?;
    }
    // The docs write `[document, section N](url)`.
    for (i, value) in [document, section].into_iter().enumerate() {
        if value.contains(['[', ']']) {
            return Err((
                i,
                format!("{value:?} has a bracket, which would break the docs' link"),
            ));
        }
    }
    if !url.starts_with("https://") || url.contains([' ', '(', ')', '<', '>', '"']) {
        return Err((2, format!("{url:?} is not an https URL")));
    }
    Ok(Spec {
        document,
        section,
        url,
    })
}

/// The records of a file after its exact header line.
pub(crate) fn records<'a>(source: &Source<'a>, columns: &[&str]) -> Result<Vec<Record<'a>>, Error> {
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

pub(crate) fn parse_code(text: &str) -> Result<u16, String> {
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

pub(crate) fn check_text(text: &str) -> Result<(), String> {
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

/// The `Ecosystem` variant an id makes: each `-`-separated part with its
/// first letter in upper case (`rust-http` is `RustHttp`, `java` is `Java`).
/// The id is lowercase and starts with a letter, so the variant is
/// PascalCase.
pub(crate) fn variant_of_id(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// A short lowercase id: `a-z`, digits and `-`, starting with a letter.
pub(crate) fn is_lowercase_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A calendar date `YYYY-MM-DD`: a real month, and a day that month has.
pub(crate) fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return false;
    }
    let number =
        |range: std::ops::Range<usize>| -> u32 { s[range].parse().expect("checked to be digits") };
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// A map kept as a vector of pairs. The registry's maps are small, and a
/// vector compiles to far less code than a B-tree: this crate is a build
/// dependency of every user of `statuscodes`, so its compile time counts.
struct Small<K, V>(Vec<(K, V)>);

impl<K: PartialEq, V> Small<K, V> {
    fn new() -> Self {
        Small(Vec::new())
    }

    fn get(&self, key: &K) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets `key` to `value`; returns the value it had, if any.
    fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, old)) => Some(std::mem::replace(old, value)),
            None => {
                self.0.push((key, value));
                None
            }
        }
    }
}
