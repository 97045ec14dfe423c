//! The card: everything about one status, for a person to read.
//!
//! ```text
//! 424 Failed Dependency
//! class      client error (4xx)
//! standing   registered (IANA)
//! …
//! ```

use statuscodes::{Ecosystem, Match, Name, Standing, Status};

use crate::guide;
use crate::layout::Layout;
use crate::resolve::Resolved;
use crate::style::{self, paint};

/// The width of the label column, spaces included.
const LABEL_WIDTH: usize = 11;

/// The indent of an ecosystem's row under its language.
const ROW_INDENT: &str = "  ";

/// The card of the status an argument resolved to, laid out for `layout`.
pub fn render(resolved: &Resolved, layout: &Layout) -> String {
    let status = resolved.status;
    let mut card = paint(style::class(status.class()), &status.to_string());
    card.push('\n');
    if let Some(matched) = matched(resolved) {
        field(&mut card, layout.width, "matched", &matched);
    }
    if !resolved.meaning.is_status_meaning() {
        field(
            &mut card,
            layout.width,
            "meaning",
            &format!(
                "{} {} ({}) where it matched; the card below is the crate's {}, {}",
                status.code(),
                resolved.meaning.phrase(),
                resolved.meaning.origin().unwrap_or("unofficial"),
                status.code(),
                status.reason_phrase()
            ),
        );
    }
    field(
        &mut card,
        layout.width,
        "class",
        &format!("{} ({}xx)", status.class(), status.class().digit()),
    );
    field(&mut card, layout.width, "standing", &standing(status));
    match status.spec() {
        Some(spec) => {
            field(&mut card, layout.width, "spec", &spec.to_string());
            field(&mut card, layout.width, "", &paint(style::LINK, spec.url()));
        }
        None => field(
            &mut card,
            layout.width,
            "spec",
            "none: no specification defines it",
        ),
    }
    field(&mut card, layout.width, "caching", caching(status));
    field(&mut card, layout.width, "content", content(status));
    card.push('\n');
    for line in textwrap::wrap(status.description(), wrap_options(layout.width)) {
        card.push_str(&line);
        card.push('\n');
    }
    card.push('\n');
    guide::render(&mut card, status, layout.width);
    card.push('\n');
    names_section(&mut card, status, layout);
    card
}

/// Plain wrapping to `width`: at spaces, never inside a word.
fn wrap_options(width: usize) -> textwrap::Options<'static> {
    textwrap::Options::new(width)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// Appends `label` (padded, dimmed) and `value`; long values wrap under
/// the value column.
pub fn field(card: &mut String, width: usize, label: &str, value: &str) {
    let indent = " ".repeat(LABEL_WIDTH);
    let options = textwrap::Options::new(width)
        .initial_indent(&indent)
        .subsequent_indent(&indent)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for (i, line) in textwrap::wrap(value, options).iter().enumerate() {
        if i == 0 {
            card.push_str(&paint(style::LABEL, &format!("{label:LABEL_WIDTH$}")));
            card.push_str(line.strip_prefix(indent.as_str()).unwrap_or(line));
        } else {
            card.push_str(line);
        }
        card.push('\n');
    }
}

/// Whether a response with `status` is cacheable without explicit
/// freshness, in words.
pub fn caching(status: Status) -> &'static str {
    if status.is_heuristically_cacheable() {
        "heuristically cacheable (RFC 9110, section 15.1)"
    } else {
        "cacheable only with explicit freshness information"
    }
}

/// Whether a response with `status` may carry content, in words.
pub fn content(status: Status) -> &'static str {
    if status.allows_content() {
        "may carry content"
    } else {
        "never carries content"
    }
}

/// `ecosystem`'s own reason phrase for `status`, where it is not the
/// status's.
pub fn own_phrase(status: Status, ecosystem: Ecosystem) -> Option<&'static str> {
    status
        .reason_in(ecosystem)
        .filter(|phrase| *phrase != status.reason_phrase())
}

/// The standing in words, with the origin of an unofficial code.
pub fn standing(status: Status) -> String {
    match (status.standing(), status.origin()) {
        (Standing::Unofficial, Some(origin)) => format!("unofficial, used by {origin}"),
        (Standing::Registered, _) => "registered (IANA)".to_owned(),
        (Standing::Temporary, _) => "temporary registration (IANA)".to_owned(),
        (Standing::Unused, _) => "reserved, listed as unused (IANA)".to_owned(),
        (Standing::Obsoleted, _) => "obsoleted (IANA)".to_owned(),
        (other, _) => other.id().to_owned(),
    }
}

/// The `matched` line: which ecosystems' names or phrases the argument
/// was, and what replaces a deprecated or removed name; `None` when it was
/// a code, variant name, reason phrase or status line.
fn matched(resolved: &Resolved) -> Option<String> {
    if resolved.matches.is_empty() {
        return None;
    }
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for hit in &resolved.matches {
        let text = describe(hit);
        let who = match hit.name() {
            Some(name) => format!("{}{}", hit.ecosystem().id(), lifecycle(&name)),
            None => hit.ecosystem().id().to_owned(),
        };
        match groups.iter_mut().find(|(t, _)| *t == text) {
            Some((_, ecosystems)) => ecosystems.push(who),
            None => groups.push((text, vec![who])),
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(text, ecosystems)| format!("{text} ({})", ecosystems.join(", ")))
        .collect();
    let suffix = match resolved.form {
        statuscodes::Form::IgnoringCase => ", ignoring case",
        _ => "",
    };
    Some(format!("{}{suffix}", parts.join("; ")))
}

/// `: deprecated in 3.1, write :unprocessable_content` for a name that is
/// deprecated or removed; empty for a current name.
fn lifecycle(name: &Name) -> String {
    let ecosystem = name.ecosystem();
    let state = match (name.removed_in(), name.deprecated_in()) {
        (Some(removed), _) => format!("removed in {removed}"),
        (None, Some(deprecated)) => format!("deprecated in {deprecated}"),
        (None, None) if name.is_deprecated() => "deprecated".to_owned(),
        (None, None) => return String::new(),
    };
    match name.status().name_in(ecosystem) {
        Some(newest) if newest != name.text() => format!(": {state}, write {newest}"),
        _ => format!(": {state}"),
    }
}

/// What a hit matched: the name, or the phrase in quotes.
fn describe(hit: &Match) -> String {
    match hit {
        Match::Name(name) => name.text().to_owned(),
        Match::Phrase { text, .. } => format!("{text:?}"),
    }
}

/// The marks of a name in the names table: alias, since, deprecated,
/// removed, another meaning.
pub fn marks(name: &Name) -> String {
    let mut marks: Vec<String> = Vec::new();
    if !name.is_canonical() {
        marks.push("alias".to_owned());
    }
    if let Some(since) = name.since() {
        marks.push(format!("since {since}"));
    }
    match name.deprecated_in() {
        Some(release) => marks.push(format!("deprecated {release}")),
        None if name.is_deprecated() => marks.push("deprecated".to_owned()),
        None => {}
    }
    if let Some(removed) = name.removed_in() {
        marks.push(format!("removed {removed}"));
    }
    let meaning = name.meaning();
    if !meaning.is_status_meaning() {
        marks.push(format!("means {}", meaning.phrase()));
    }
    marks.join(", ")
}

/// The name as code writes it once the type is imported: the qualifier
/// shortened to the shortest one the ecosystem accepts that still names
/// something (`HttpStatus.SC_NOT_FOUND` for Apache HttpCore's
/// `org.apache.hc.core5.http.HttpStatus.SC_NOT_FOUND`), else as registered.
pub fn code_form(name: &Name) -> String {
    let ecosystem = name.ecosystem();
    let text = name.text();
    let Some(bare) = text.strip_prefix(ecosystem.prefix()) else {
        return text.to_owned();
    };
    let shortest = core::iter::once(ecosystem.prefix())
        .chain(ecosystem.qualifiers().iter().copied())
        .filter(|q| q.is_empty() || q.chars().any(char::is_alphanumeric))
        .min_by_key(|q| q.len())
        .unwrap_or(ecosystem.prefix());
    // An empty prefix means names are written bare; a qualifier is only
    // dropped in favour of a shorter one that still names the type.
    if ecosystem.prefix().is_empty() || shortest.is_empty() {
        return text.to_owned();
    }
    format!("{shortest}{bare}")
}

/// The names section: one heading per language, one row per name of each
/// chosen ecosystem (its id on the first), then one line listing the
/// chosen ecosystems that have no name for the status.
fn names_section(card: &mut String, status: Status, layout: &Layout) {
    let shown = &layout.ecosystems;
    card.push_str(&paint(style::HEADING, "Names"));
    let scope = if shown.len() == Ecosystem::ALL.len() {
        format!(" in all {} ecosystems, by language", shown.len())
    } else {
        format!(
            " in {} of {} ecosystems, by language (--ecosystems all for every one)",
            shown.len(),
            Ecosystem::ALL.len()
        )
    };
    card.push_str(&scope);
    card.push('\n');
    let own_phrase = |ecosystem: Ecosystem| own_phrase(status, ecosystem);
    let with_rows: Vec<Ecosystem> = shown
        .iter()
        .copied()
        .filter(|&e| status.names_in(e).next().is_some() || own_phrase(e).is_some())
        .collect();
    let id_width = with_rows.iter().map(|e| e.id().len()).max().unwrap_or(0);
    let name_column = ROW_INDENT.len() + id_width + 2;
    for (language, ecosystems) in by_language(&with_rows) {
        card.push_str(&paint(style::LABEL, language));
        card.push('\n');
        for ecosystem in ecosystems {
            let phrase = own_phrase(ecosystem).map(|p| format!("{p:?}"));
            let mut names = status.names_in(ecosystem).peekable();
            if names.peek().is_none() {
                let parts = ["(no name)".to_owned(), phrase.unwrap_or_default()];
                row(card, layout.width, name_column, ecosystem.id(), &parts);
                continue;
            }
            for (i, name) in names.enumerate() {
                let mut parts = vec![code_form(&name)];
                let marks = marks(&name);
                if !marks.is_empty() {
                    parts.push(format!("({marks})"));
                }
                if i == 0 {
                    parts.extend(phrase.clone());
                }
                let id = if i == 0 { ecosystem.id() } else { "" };
                row(card, layout.width, name_column, id, &parts);
            }
        }
    }
    let without: Vec<&str> = shown
        .iter()
        .filter(|e| !with_rows.contains(e))
        .map(|e| e.id())
        .collect();
    if !without.is_empty() {
        field(card, layout.width, "no name", &without.join(", "));
    }
    if shown.iter().any(|&e| own_phrase(e).is_some()) {
        let note = format!(
            "A quoted phrase is the ecosystem's own reason phrase, where it is not {:?}.",
            status.reason_phrase()
        );
        for line in textwrap::wrap(&note, wrap_options(layout.width)) {
            card.push_str(&line);
            card.push('\n');
        }
    }
}

/// `ecosystems` grouped by language, languages in alphabetical order
/// (ignoring case), ecosystems in the order given.
pub fn by_language(ecosystems: &[Ecosystem]) -> Vec<(&'static str, Vec<Ecosystem>)> {
    let mut groups: Vec<(&'static str, Vec<Ecosystem>)> = Vec::new();
    for &ecosystem in ecosystems {
        match groups.iter_mut().find(|(l, _)| *l == ecosystem.language()) {
            Some((_, members)) => members.push(ecosystem),
            None => groups.push((ecosystem.language(), vec![ecosystem])),
        }
    }
    groups.sort_by_key(|(language, _)| language.to_ascii_lowercase());
    groups
}

/// One row: the id in its column, then `parts` separated by two spaces;
/// a part that would pass `width` starts a new line under the name
/// column. The first part (the name) is never broken, since names are
/// copied: one too long to follow the id goes on a line of its own. A
/// later part (marks, a phrase) too long for a line of its own wraps at
/// spaces.
fn row(card: &mut String, width: usize, name_column: usize, id: &str, parts: &[String]) {
    let indent = " ".repeat(name_column + 2);
    let mut line = format!("{ROW_INDENT}{id}");
    pad_to(&mut line, name_column);
    for (i, part) in parts.iter().filter(|p| !p.is_empty()).enumerate() {
        let used = line.chars().count();
        if i == 0 {
            if used + part.chars().count() > width && !id.is_empty() {
                // Too long to follow the id: the id alone, then the name
                // under the continuation indent.
                card.push_str(line.trim_end());
                card.push('\n');
                line = format!("{ROW_INDENT}    ");
            }
            line.push_str(part);
            continue;
        }
        if used + 2 + part.chars().count() <= width {
            line.push_str("  ");
            line.push_str(part);
            continue;
        }
        card.push_str(line.trim_end());
        card.push('\n');
        let options = wrap_options(width)
            .initial_indent(&indent)
            .subsequent_indent(&indent);
        let mut wrapped: Vec<String> = textwrap::wrap(part, options)
            .into_iter()
            .map(|l| l.into_owned())
            .collect();
        line = wrapped.pop().unwrap_or_default();
        for full in wrapped {
            card.push_str(full.trim_end());
            card.push('\n');
        }
    }
    card.push_str(line.trim_end());
    card.push('\n');
}

/// Pads `line` with spaces to `column` characters.
fn pad_to(line: &mut String, column: usize) {
    while line.chars().count() < column {
        line.push(' ');
    }
}
