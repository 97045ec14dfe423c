//! `statuscodes check`: a response's status, header field names and
//! whether it had content, against what the specs require.
//!
//! ```text
//! $ statuscodes check 405 --header Content-Type --content
//! error: 405 Method Not Allowed without Allow: the response must carry
//!   Allow (RFC 9110, section 15.5.6)
//! …
//! 405 Method Not Allowed: fails, 1 MUST broken (1 rule tested, 2 not
//!   checked)
//! ```
//!
//! The library's `Status::check` decides; this module only says which
//! requirements it could not test, and lays the answer out.

use statuscodes::{Level, Requirement, Status, Subject, Violation};

use crate::style::{self, paint};

/// A response as the command line describes it.
#[derive(Debug, Clone)]
pub struct Response {
    /// Its status.
    pub status: Status,
    /// Whether it had content; `None` when neither `--content` nor
    /// `--no-content` said.
    pub content: Option<bool>,
    /// The names of the header fields it carries, as given.
    pub fields: Vec<String>,
}

/// What a check found.
#[derive(Debug, Clone)]
pub struct Report {
    /// The response checked.
    pub response: Response,
    /// The requirements it breaks, in the registry's order.
    pub violations: Vec<Violation>,
    /// MUST and SHOULD rules (and their NOTs) that hold only under a
    /// condition a status and field names do not show.
    pub conditional: Vec<&'static Requirement>,
    /// Content rules left untested because the response's content was not
    /// given.
    pub content_unknown: Vec<&'static Requirement>,
}

impl Report {
    /// Checks `response`.
    pub fn new(response: Response) -> Report {
        let status = response.status;
        let fields = response.fields.iter().map(String::as_str);
        // Without content given, the content rules are left out: a field's
        // violation does not depend on the content.
        let violations = status
            .check(response.content.unwrap_or(false), fields)
            .filter(|v| response.content.is_some() || !is_content(v.requirement()))
            .collect();
        let requirements = status.requirements();
        let conditional = requirements
            .iter()
            .filter(|r| !r.is_checked() && r.level() != Level::May)
            .collect();
        let content_unknown = requirements
            .iter()
            .filter(|r| response.content.is_none() && r.is_checked() && is_content(r))
            .collect();
        Report {
            response,
            violations,
            conditional,
            content_unknown,
        }
    }

    /// Whether the response is wrong: it breaks a MUST or a MUST NOT.
    pub fn fails(&self) -> bool {
        self.violations.iter().any(|v| v.level().is_absolute())
    }

    /// The requirements the check tested.
    fn tested(&self) -> usize {
        self.response
            .status
            .requirements()
            .iter()
            .filter(|r| r.is_checked())
            .count()
            - self.content_unknown.len()
    }

    /// The report for a person, wrapped to `width`: each violation (an
    /// `error:` for a MUST or MUST NOT, a `warning:` for a SHOULD or SHOULD
    /// NOT), the rules it could not test, and a summary line.
    pub fn text(&self, width: usize) -> String {
        let mut text = String::new();
        for violation in &self.violations {
            let (label, colour) = if violation.level().is_absolute() {
                ("error:", style::ERROR)
            } else {
                ("warning:", style::WARNING)
            };
            let message = format!("{label} {violation}");
            let mut lines = wrap(&message, width).into_iter();
            if let Some(first) = lines.next() {
                let rest = first.strip_prefix(label).unwrap_or(&first);
                text.push_str(&format!("{}{rest}\n", paint(colour, label)));
            }
            for line in lines {
                text.push_str(&format!("{line}\n"));
            }
        }
        let groups = self.untested_groups();
        if !groups.is_empty() {
            if !text.is_empty() {
                text.push('\n');
            }
            let heading = format!(
                "Not checked (`statuscodes {}` cites each rule):",
                self.response.status.code()
            );
            text.push_str(&paint(style::HEADING, &heading));
            text.push('\n');
            for (when, rules) in groups {
                push_wrapped(&mut text, width, "  ", "  ", &when);
                push_wrapped(&mut text, width, "    ", "      ", &rules);
            }
        }
        if !text.is_empty() {
            text.push('\n');
        }
        for line in wrap(&self.summary(), width) {
            text.push_str(&line);
            text.push('\n');
        }
        text
    }

    /// The rules not tested, grouped by why: each condition (or the
    /// missing `--content`) with what it governs, as `must Date, ETag; must
    /// not Content-Range`, in the registry's order.
    fn untested_groups(&self) -> Vec<(String, String)> {
        let unknown = "without --content or --no-content".to_owned();
        let all = self
            .conditional
            .iter()
            .map(|r| (r.condition().unwrap_or_default().to_owned(), *r));
        let all = all.chain(self.content_unknown.iter().map(|r| (unknown.clone(), *r)));
        let mut groups: Vec<(String, Vec<Rules>)> = Vec::new();
        for (when, requirement) in all {
            let index = match groups.iter().position(|(w, _)| *w == when) {
                Some(index) => index,
                None => {
                    groups.push((when, Vec::new()));
                    groups.len() - 1
                }
            };
            let levels = &mut groups[index].1;
            let subject = requirement.subject().to_string();
            match levels.iter_mut().find(|(l, _)| *l == requirement.level()) {
                Some((_, subjects)) if subjects.contains(&subject) => {}
                Some((_, subjects)) => subjects.push(subject),
                None => levels.push((requirement.level(), vec![subject])),
            }
        }
        groups
            .into_iter()
            .map(|(when, levels)| {
                let rules: Vec<String> = levels
                    .iter()
                    .map(|(level, subjects)| format!("{level} {}", subjects.join(", ")))
                    .collect();
                (when, rules.join("; "))
            })
            .collect()
    }

    /// `405 Method Not Allowed: fails, 1 MUST broken (1 rule tested, 2
    /// not checked)`, `passes`, `passes with a warning` or `nothing to
    /// test`.
    fn summary(&self) -> String {
        let status = self.response.status;
        let broken = |absolute: bool| {
            self.violations
                .iter()
                .filter(|v| v.level().is_absolute() == absolute)
                .count()
        };
        let (errors, warnings) = (broken(true), broken(false));
        let musts = plural(errors, "MUST", "MUSTs");
        let shoulds = plural(warnings, "SHOULD", "SHOULDs");
        let verdict = match (errors, warnings) {
            (0, 0) => "passes".to_owned(),
            (0, 1) => format!("passes with a warning, {shoulds} broken"),
            (0, _) => format!("passes with warnings, {shoulds} broken"),
            (_, 0) => format!("fails, {musts} broken"),
            (_, _) => format!("fails, {musts} and {shoulds} broken"),
        };
        let tested = self.tested();
        let untested = self.conditional.len() + self.content_unknown.len();
        match (tested, untested) {
            (0, 0) => {
                format!("{status}: nothing to test; the specs the crate read set it no rules")
            }
            (0, _) => format!("{status}: nothing to test ({untested} not checked)"),
            (_, 0) => format!(
                "{status}: {verdict} ({} tested)",
                plural(tested, "rule", "rules")
            ),
            (_, _) => format!(
                "{status}: {verdict} ({} tested, {untested} not checked)",
                plural(tested, "rule", "rules")
            ),
        }
    }
}

/// Rules of one level: the level, and the subjects (`Date`, `content`).
type Rules = (Level, Vec<String>);

/// Whether `requirement` is about the content.
fn is_content(requirement: &Requirement) -> bool {
    requirement.subject() == Subject::Content
}

/// `1 rule`, `2 rules`.
fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// `text` wrapped to `width`, continuation lines indented by two spaces;
/// a final parenthesis (`(RFC 9110, section 15.5.6)`) is kept on one line.
fn wrap(text: &str, width: usize) -> Vec<String> {
    const KEEP: char = '\u{a0}';
    let kept = match text.rfind(" (") {
        Some(open) if text.ends_with(')') => {
            let (head, tail) = text.split_at(open + 1);
            format!("{head}{}", tail.replace(' ', &KEEP.to_string()))
        }
        _ => text.to_owned(),
    };
    let options = textwrap::Options::new(width)
        .subsequent_indent("  ")
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(&kept, options)
        .into_iter()
        .map(|line| line.trim_end().replace(KEEP, " "))
        .collect()
}

/// Appends `text` wrapped to `width` after the indents `first` and `rest`.
fn push_wrapped(text: &mut String, width: usize, first: &str, rest: &str, line: &str) {
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for wrapped in textwrap::wrap(line, options) {
        text.push_str(wrapped.trim_end());
        text.push('\n');
    }
}

/// A `--header` value: a field name, or a whole header line (`Allow: GET,
/// HEAD`), of which only the name counts.
pub fn parse_field(text: &str) -> Result<String, String> {
    let name = text.split_once(':').map_or(text, |(name, _)| name).trim();
    if name.is_empty() {
        return Err("a header field name is empty".to_owned());
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(*c)))
    {
        return Err(format!(
            "{name:?} is not a header field name ({bad:?} is not allowed in one)"
        ));
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_count_by_their_name() {
        assert_eq!(parse_field("Allow").unwrap(), "Allow");
        assert_eq!(parse_field(" allow : GET, HEAD").unwrap(), "allow");
        assert!(parse_field(": x").is_err());
        assert!(parse_field("Retry After").unwrap_err().contains("' '"));
    }

    #[test]
    fn content_rules_wait_for_the_content() {
        let response = |content| Response {
            status: Status::NoContent,
            content,
            fields: Vec::new(),
        };
        let unknown = Report::new(response(None));
        assert!(!unknown.fails());
        assert!(unknown.content_unknown.iter().all(|r| is_content(r)));
        assert!(!unknown.content_unknown.is_empty());
        assert!(Report::new(response(Some(true))).fails());
        let without = Report::new(response(Some(false)));
        assert!(!without.fails() && without.content_unknown.is_empty());
    }
}
