//! The one error type of the generator: what is wrong, and where.

use std::fmt;

/// A problem in a registry file, located by file, line and field.
///
/// Its `Display` form is what a failing build prints:
///
/// ```text
/// registry/statuses.tsv:12: field `class`: `4xx` does not match code 524 (expected `5xx`)
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    file: String,
    line: usize,
    field: Option<&'static str>,
    message: String,
}

impl Error {
    /// An error at `line` (1-based) of `file`, optionally in one named field.
    pub fn new(
        file: impl Into<String>,
        line: usize,
        field: Option<&'static str>,
        message: impl Into<String>,
    ) -> Error {
        Error {
            file: file.into(),
            line,
            field,
            message: message.into(),
        }
    }

    /// The registry file, e.g. `registry/statuses.tsv`.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The 1-based line; 0 when the problem concerns the file as a whole.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The field (column or directive) at fault, where there is one.
    pub fn field(&self) -> Option<&'static str> {
        self.field
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if let Some(field) = self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Error {}
