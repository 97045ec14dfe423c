//! A std-only reader for the registry's tab-separated files.
//!
//! It knows three kinds of line: comments and blank lines (skipped),
//! directives (`@key<TAB>value`) and records (tab-separated fields). It keeps
//! the 1-based line number of everything it returns so that every later
//! check can say where the problem is.

use crate::Error;

/// One registry file: its name (for messages) and its text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The path shown in messages, relative to the generator package.
    pub name: &'a str,
    /// The file's contents.
    pub text: &'a str,
}

/// A `@key<TAB>value` line.
#[derive(Debug, Clone, Copy)]
pub struct Directive<'a> {
    pub line: usize,
    pub key: &'a str,
    pub value: &'a str,
}

/// A line of tab-separated fields.
#[derive(Debug, Clone)]
pub struct Record<'a> {
    pub line: usize,
    pub fields: Vec<&'a str>,
}

/// The lines of a file that carry meaning, in order.
#[derive(Debug)]
pub enum Line<'a> {
    Directive(Directive<'a>),
    Record(Record<'a>),
}

/// Splits `source` into directives and records, rejecting stray characters.
pub fn lines<'a>(source: &Source<'a>) -> Result<Vec<Line<'a>>, Error> {
    let mut out = Vec::new();
    if source.text.starts_with('\u{feff}') {
        return Err(Error::new(
            source.name,
            1,
            None,
            "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without one",
        ));
    }
    for (index, raw) in source.text.lines().enumerate() {
        let line = index + 1;
        let err = |message: String| Error::new(source.name, line, None, message);
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        if let Some(c) = raw.chars().find(|c| c.is_control() && *c != '\t') {
            return Err(err(format!("control character {c:?} in line")));
        }
        // Bidirectional controls and other invisible format characters
        // would reorder or hide text in the generated docs and source.
        if let Some(c) = raw.chars().find(|&c| is_invisible_format(c)) {
            return Err(err(format!(
                "invisible format character U+{:04X} in line",
                u32::from(c)
            )));
        }
        if let Some(rest) = raw.strip_prefix('@') {
            let (key, value) = rest.split_once('\t').ok_or_else(|| {
                err(format!(
                    "directive `@{rest}` needs a tab between key and value"
                ))
            })?;
            out.push(Line::Directive(Directive { line, key, value }));
        } else {
            let fields = raw.split('\t').collect();
            out.push(Line::Record(Record { line, fields }));
        }
    }
    Ok(out)
}

impl<'a> Record<'a> {
    /// Checks the field count against `columns` and that no field has
    /// leading or trailing spaces. Trailing optional fields may be omitted:
    /// `required` is how many must be present.
    pub fn expect(
        &self,
        source: &str,
        columns: &[&'static str],
        required: usize,
    ) -> Result<(), Error> {
        let n = self.fields.len();
        if n < required || n > columns.len() {
            let expected = if required == columns.len() {
                format!("{required}")
            } else {
                format!("{required} to {}", columns.len())
            };
            return Err(Error::new(
                source,
                self.line,
                None,
                format!(
                    "expected {expected} tab-separated fields ({}), found {n}",
                    columns.join(", ")
                ),
            ));
        }
        for (value, column) in self.fields.iter().zip(columns) {
            if value.trim() != *value {
                return Err(Error::new(
                    source,
                    self.line,
                    Some(column),
                    format!("{value:?} has leading or trailing spaces"),
                ));
            }
        }
        Ok(())
    }

    /// The field in `column` (by position), or `""` when an optional
    /// trailing field was omitted.
    pub fn get(&self, index: usize) -> &'a str {
        self.fields.get(index).copied().unwrap_or("")
    }
}

/// The bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069), zero-width characters (U+200B–U+200D, U+2060) and the
/// byte-order mark (U+FEFF).
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{061c}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}
