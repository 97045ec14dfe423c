//! The card: everything about one status, for a person to read.
//!
//! ```text
//! 424 Failed Dependency
//! class      client error (4xx)
//! standing   registered (IANA)
//! …
//! ```

use statuscodes::{Ecosystem, Standing, Status};

use crate::resolve::{Hit, Via};
use crate::style::{self, paint};
use crate::table;

/// The width descriptions and long lines are wrapped to.
const WIDTH: usize = 78;

/// The width of the label column, spaces included.
const LABEL_WIDTH: usize = 11;

/// The card of `status`, found `via` the argument.
pub fn render(status: Status, via: &Via) -> String {
    let mut card = paint(style::class(status.class()), &status.to_string());
    card.push('\n');
    if let Some(matched) = matched(via) {
        field(&mut card, "matched", &matched);
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
/// was; `None` when it was a code, variant name or reason phrase.
fn matched(via: &Via) -> Option<String> {
    let (hits, suffix) = match via {
        Via::Parsed => return None,
        Via::Name(hits) => (hits, ""),
        Via::IgnoringCase(hits) => (hits, ", ignoring case"),
    };
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for hit in hits {
        let text = describe(hit);
        match groups.iter_mut().find(|(t, _)| *t == text) {
            Some((_, ecosystems)) => ecosystems.push(hit.ecosystem.id()),
            None => groups.push((text, vec![hit.ecosystem.id()])),
        }
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(text, ecosystems)| format!("{text} ({})", ecosystems.join(", ")))
        .collect();
    Some(format!("{}{suffix}", parts.join("; ")))
}

/// What a hit matched: the name, or the phrase in quotes.
fn describe(hit: &Hit) -> String {
    if hit.phrase {
        format!("{:?}", hit.text)
    } else {
        hit.text.to_owned()
    }
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
            let mark = if name.is_deprecated() {
                "deprecated"
            } else if !name.is_canonical() {
                "alias"
            } else {
                ""
            };
            let (id, phrase) = if i == 0 {
                (ecosystem.id(), phrase)
            } else {
                ("", "")
            };
            table.add_row(vec![id, name.text(), mark, phrase]);
        }
    }
    table
}
