//! The card: everything about one status, for a person to read.
//!
//! ```text
//! 424 Failed Dependency
//! class      client error (4xx)
//! standing   registered (IANA)
//! …
//! ```

use statuscodes::{Ecosystem, Match, Name, Standing, Status};

use crate::resolve::Resolved;
use crate::style::{self, paint};
use crate::table;

/// The width descriptions and long lines are wrapped to.
const WIDTH: usize = 78;

/// The width of the label column, spaces included.
const LABEL_WIDTH: usize = 11;

/// The card of the status an argument resolved to.
pub fn render(resolved: &Resolved) -> String {
    let status = resolved.status;
    let mut card = paint(style::class(status.class()), &status.to_string());
    card.push('\n');
    if let Some(matched) = matched(resolved) {
        field(&mut card, "matched", &matched);
    }
    if !resolved.meaning.is_status_meaning() {
        field(
            &mut card,
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
        "class",
        &format!("{} ({}xx)", status.class(), status.class().digit()),
    );
    field(&mut card, "standing", &standing(status));
    match status.spec() {
        Some(spec) => {
            field(&mut card, "spec", &spec.to_string());
            field(&mut card, "", &paint(style::LINK, spec.url()));
        }
        None => field(&mut card, "spec", "none: no specification defines it"),
    }
    let caching = if status.is_heuristically_cacheable() {
        "heuristically cacheable (RFC 9110, section 15.1)"
    } else {
        "cacheable only with explicit freshness information"
    };
    field(&mut card, "caching", caching);
    let content = if status.allows_content() {
        "may carry content"
    } else {
        "never carries content"
    };
    field(&mut card, "content", content);
    card.push('\n');
    let options =
        textwrap::Options::new(WIDTH).word_splitter(textwrap::WordSplitter::NoHyphenation);
    for line in textwrap::wrap(status.description(), options) {
        card.push_str(&line);
        card.push('\n');
    }
    card.push('\n');
    card.push_str(&paint(style::HEADING, "Names"));
    card.push('\n');
    card.push_str(&table::render(&names_table(status)));
    card.push_str(&format!(
        "phrase: the ecosystem's own reason phrase, where it is not {:?}\n",
        status.reason_phrase()
    ));
    card
}

/// Appends `label` (padded, dimmed) and `value`; long values wrap under
/// the value column.
pub fn field(card: &mut String, label: &str, value: &str) {
    let indent = " ".repeat(LABEL_WIDTH);
    let options = textwrap::Options::new(WIDTH)
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

/// The standing in words, with the origin of an unofficial code.
fn standing(status: Status) -> String {
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
fn marks(name: &Name) -> String {
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

/// Every ecosystem's names for `status`: one row per name, the ecosystem
/// id on its canonical name's row; `—` where an ecosystem has none.
fn names_table(status: Status) -> comfy_table::Table {
    let mut table = table::new(&["ecosystem", "name", "", "phrase"]);
    for &ecosystem in Ecosystem::ALL {
        let phrase = status
            .reason_in(ecosystem)
            .filter(|phrase| *phrase != status.reason_phrase())
            .unwrap_or("");
        let mut names = status.names_in(ecosystem).peekable();
        if names.peek().is_none() {
            table.add_row(vec![ecosystem.id(), "—", "", phrase]);
        }
        for (i, name) in names.enumerate() {
            let mark = marks(&name);
            let (id, phrase) = if i == 0 {
                (ecosystem.id(), phrase)
            } else {
                ("", "")
            };
            table.add_row(vec![id, name.text(), mark.as_str(), phrase]);
        }
    }
    table
}
