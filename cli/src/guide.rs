//! The card's sections between the description and the names: what the
//! specs require of the response, what a client does next, the usual
//! causes and fixes, an example exchange, which clients retry it, and
//! what it means to gRPC.
//!
//! ```text
//! Headers and content
//!   must    Allow  (RFC 9110 §15.5.6)
//!   …
//!
//! Next step
//!   Use one of the methods listed in the Allow header instead.
//! …
//! ```
//!
//! Each section is a heading and lines indented by [`INDENT`], a blank
//! line between sections; prose wraps to the layout's width, example
//! lines never do (the registry keeps them to 72 characters, so they fit
//! 80 columns).

use statuscodes::{GrpcCode, Requirement, RetryPolicy, Spec, Status, StatusClass};

use crate::style::{self, paint};

/// The indent of a section's lines under its heading.
const INDENT: &str = "  ";

/// The width of the `client` / `server` labels of the fixes, spaces
/// included.
const SIDE_WIDTH: usize = 8;

/// A section: appends its heading and lines for a status at a width.
type Section = fn(&mut String, Status, usize);

/// The sections, in the card's order.
const SECTIONS: [Section; 7] = [headers, next_step, causes, fixes, example, retried_by, grpc];

/// Appends every section for `status`, each under its heading, a blank
/// line between them.
pub fn render(card: &mut String, status: Status, width: usize) {
    for (i, section) in SECTIONS.iter().enumerate() {
        if i > 0 {
            card.push('\n');
        }
        section(card, status, width);
    }
}

/// `RFC 9110 §15.5.6`: a spec section, short.
pub fn short_spec(spec: Spec) -> String {
    format!("{} §{}", spec.document(), spec.section())
}

/// Appends a section heading.
fn heading(card: &mut String, text: &str) {
    card.push_str(&paint(style::HEADING, text));
    card.push('\n');
}

/// Appends `text` wrapped to `width`: the first line after `first`, the
/// others after `rest` (both indents of spaces or a label and spaces).
fn wrapped(card: &mut String, width: usize, first: &str, rest: &str, text: &str) {
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for line in textwrap::wrap(text, options) {
        card.push_str(line.trim_end());
        card.push('\n');
    }
}

/// `Headers and content`: each requirement the specs tie to the status,
/// its level, field (or `content`) and section, and under it the
/// condition, if it holds only for some responses.
fn headers(card: &mut String, status: Status, width: usize) {
    heading(card, "Headers and content");
    let requirements = status.requirements();
    if requirements.is_empty() {
        let text = format!(
            "none: no spec the crate read ties a header field or a content rule to {}",
            status.code()
        );
        wrapped(card, width, INDENT, INDENT, &text);
        return;
    }
    let level_width = requirements
        .iter()
        .map(|r| r.level().to_string().len())
        .max()
        .unwrap_or(0);
    for requirement in requirements {
        requirement_rows(card, width, level_width, requirement);
    }
    if requirements.iter().any(Requirement::is_checked) {
        let text = format!(
            "`statuscodes check {}` tests a response against the MUST and SHOULD rules without a condition.",
            status.code()
        );
        wrapped(card, width, INDENT, INDENT, &text);
    }
}

/// One requirement: `  must  Allow  (RFC 9110 §15.5.6)`, the section on a
/// line of its own under the field when the line would pass `width`, and
/// the condition wrapped under the field.
fn requirement_rows(
    card: &mut String,
    width: usize,
    level_width: usize,
    requirement: &Requirement,
) {
    let level = requirement.level().to_string();
    let head = format!("{INDENT}{level:level_width$}  {}", requirement.subject());
    let spec = format!("({})", short_spec(requirement.spec()));
    let column = " ".repeat(INDENT.len() + level_width + 2);
    if head.chars().count() + 2 + spec.chars().count() <= width {
        card.push_str(&format!("{head}  {spec}\n"));
    } else {
        card.push_str(&head);
        card.push('\n');
        wrapped(card, width, &column, &column, &spec);
    }
    if let Some(condition) = requirement.condition() {
        wrapped(card, width, &column, &column, condition);
    }
}

/// `Next step`: what a client does next, in a sentence.
fn next_step(card: &mut String, status: Status, width: usize) {
    heading(card, "Next step");
    wrapped(card, width, INDENT, INDENT, status.guidance().next_step());
}

/// `Causes`: the usual causes, one bullet each.
fn causes(card: &mut String, status: Status, width: usize) {
    heading(card, "Causes");
    let first = format!("{INDENT}- ");
    let rest = format!("{INDENT}  ");
    for cause in status.guidance().causes() {
        wrapped(card, width, &first, &rest, cause);
    }
}

/// `Fixes`: each client-side fix after `client`, each server-side fix
/// after `server`.
fn fixes(card: &mut String, status: Status, width: usize) {
    heading(card, "Fixes");
    let guidance = status.guidance();
    let rest = " ".repeat(INDENT.len() + SIDE_WIDTH);
    for (side, fixes) in [
        ("client", guidance.client_fixes()),
        ("server", guidance.server_fixes()),
    ] {
        let first = format!("{INDENT}{side:SIDE_WIDTH$}");
        for fix in fixes {
            wrapped(card, width, &first, &rest, fix);
        }
    }
}

/// `Example`: the exchange as it goes over the wire, indented, never
/// wrapped (a line is copied as it is).
fn example(card: &mut String, status: Status, _width: usize) {
    heading(card, "Example");
    for line in status.guidance().example().to_string().lines() {
        if !line.is_empty() {
            card.push_str(INDENT);
            card.push_str(line);
        }
        card.push('\n');
    }
}

/// `Retried by`: each client or retry library that retries the status by
/// default, with its condition; or that none of them does.
fn retried_by(card: &mut String, status: Status, width: usize) {
    let known = RetryPolicy::ALL.len();
    let retries: Vec<_> = status.retried_by().collect();
    if retries.is_empty() {
        heading(card, "Retried by");
        let text = format!("none of the {known} clients the crate knows retries it by default");
        wrapped(card, width, INDENT, INDENT, &text);
        return;
    }
    let how_many = if retries.len() == known {
        format!("all {known}")
    } else {
        format!("{} of the {known}", retries.len())
    };
    heading(
        card,
        &format!("Retried by {how_many} clients the crate knows, by default"),
    );
    let first = format!("{INDENT}- ");
    let rest = format!("{INDENT}  ");
    for retry in retries {
        let policy = retry.policy();
        let text = match retry.condition() {
            Some(condition) => format!("{} ({}): {condition}", policy.name(), policy.language()),
            None => format!("{} ({})", policy.name(), policy.language()),
        };
        wrapped(card, width, &first, &rest, &text);
    }
}

/// `gRPC`: the code a gRPC client reports for this status, and the gRPC
/// codes `google.rpc.Code` maps to it.
fn grpc(card: &mut String, status: Status, width: usize) {
    heading(card, "gRPC");
    let code = status.code();
    let reported = match status.grpc_code() {
        Some(grpc) => format!(
            "A gRPC client that gets {code} without a grpc-status reports {}.",
            grpc_name(grpc)
        ),
        None if status.class() == StatusClass::Informational => {
            format!("A gRPC client skips a {code} interim response; it maps to no gRPC code.")
        }
        None => format!("A gRPC client maps {code} to no gRPC code."),
    };
    wrapped(card, width, INDENT, INDENT, &reported);
    let from: Vec<String> = GrpcCode::ALL
        .iter()
        .filter(|grpc| grpc.http_status() == status)
        .map(|&grpc| grpc_name(grpc))
        .collect();
    let mapped = match from.as_slice() {
        [] => format!("google.rpc.Code maps no gRPC code to {code}."),
        [one] => format!("google.rpc.Code maps {one} to {code}."),
        [most @ .., last] => format!(
            "google.rpc.Code maps {} and {last} to {code}.",
            most.join(", ")
        ),
    };
    wrapped(card, width, INDENT, INDENT, &mapped);
}

/// `UNAVAILABLE (14)`.
fn grpc_name(grpc: GrpcCode) -> String {
    format!("{} ({})", grpc.name(), grpc.number())
}
