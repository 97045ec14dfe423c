//! Java: constant classes (`HttpURLConnection`, Apache's `HttpStatus`),
//! enums that carry a phrase (Spring's `HttpStatus`, Jakarta REST's
//! `Response.Status`), and Apache's phrase catalog.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Every `static final int NAME = NNN;`, deprecated by `@Deprecated` or a
/// javadoc `@deprecated`.
fn int_fields(l: &Lexed) -> Vec<Decl> {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if let (true, Some(name), true, Some(code), true) = (
            l.is_ident(j, "int"),
            l.ident(j + 1),
            l.is_punct(j + 2, '='),
            l.code(j + 3),
            l.is_punct(j + 4, ';'),
        ) {
            let start = l.decl_start(j);
            let modifiers: Vec<&str> = (start..j).filter_map(|k| l.ident(k)).collect();
            if modifiers.contains(&"static") && modifiers.contains(&"final") {
                decls.push(Decl::new(code, name).deprecated(l.deprecated_before(start)));
            }
        }
    }
    decls
}

/// OpenJDK `java/net/HttpURLConnection.java`: `public static final int
/// HTTP_*` fields. Where two share a code (500), the one not deprecated is
/// canonical.
pub(crate) fn http_url_connection(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = int_fields(l);
    let found = decls.len();
    out.declare(decls);
    found
}

/// Apache's class constants: they name a class of statuses, not a status,
/// although each has the value of the class's first code.
const APACHE_CLASS_CONSTANTS: [&str; 5] = [
    "SC_INFORMATIONAL",
    "SC_SUCCESS",
    "SC_REDIRECTION",
    "SC_CLIENT_ERROR",
    "SC_SERVER_ERROR",
];

/// httpcore5 `HttpStatus.java`: `public static final int SC_*` fields.
/// Where several share a code, the canonical one is the field that is
/// neither deprecated nor one of the five class constants
/// (`SC_INFORMATIONAL` = 100, ...), as the registry documents.
pub(crate) fn apache_http_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = int_fields(l);
    for d in &mut decls {
        d.demoted = APACHE_CLASS_CONSTANTS.contains(&d.name.as_str());
    }
    let found = decls.len();
    out.declare(decls);
    found
}

/// httpcore5 `EnglishReasonPhraseCatalog.java`:
/// `setReason(HttpStatus.SC_OK, "OK");`, the constant resolved through
/// `HttpStatus.java` (read first). A later call for the same code wins, as
/// it does at run time.
pub(crate) fn apache_reason_phrases(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut found = 0;
    for j in 0..l.toks.len() {
        if !l.is_ident(j, "setReason") || !l.is_punct(j + 1, '(') {
            continue;
        }
        let mut k = j + 2;
        if l.is_ident(k, "HttpStatus") && l.is_punct(k + 1, '.') {
            k += 2;
        }
        let code = l
            .code(k)
            .or_else(|| l.ident(k).and_then(|n| out.code_of(n)));
        if let (Some(code), true, Some(phrase)) = (code, l.is_punct(k + 1, ','), l.string(k + 2)) {
            out.phrases.insert(code, phrase.to_string());
            found += 1;
        }
    }
    found
}

/// The constants of `enum <name>` written `NAME(code, ..., "Phrase")`.
fn enum_with_phrase(l: &Lexed, name: &str) -> Vec<Decl> {
    let Some(body) = l.find_pair("enum", name).and_then(|at| l.block_after(at)) else {
        return Vec::new();
    };
    let mut decls = Vec::new();
    for j in body.clone() {
        let (Some(constant), true, Some(code), true) = (
            l.ident(j),
            l.is_punct(j + 1, '('),
            l.code(j + 2),
            l.is_punct(j + 3, ','),
        ) else {
            continue;
        };
        let Some(close) = l.matching(j + 1) else {
            continue;
        };
        if !(l.is_punct(close + 1, ',') || l.is_punct(close + 1, ';') || close + 1 == body.end) {
            continue;
        }
        let Some(phrase) = (j + 4..close).rev().find_map(|k| l.string(k)) else {
            continue;
        };
        decls.push(
            Decl::new(code, constant)
                .phrase(phrase)
                .deprecated(l.deprecated_before(j)),
        );
    }
    decls
}

/// Spring `HttpStatus.java`: `CONTINUE(100, Series.INFORMATIONAL, "Continue")`.
///
/// Where two constants share a code (Spring 7: `CONTENT_TOO_LARGE` and the
/// deprecated `PAYLOAD_TOO_LARGE`), the one not deprecated is canonical and
/// its reason phrase is the code's phrase; a deprecated constant with no
/// replacement (`I_AM_A_TEAPOT`) stays canonical.
pub(crate) fn spring(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = enum_with_phrase(l, "HttpStatus");
    let found = decls.len();
    out.declare(decls);
    found
}

/// Jakarta REST `Response.java`, `enum Status`: `OK(200, "OK")`.
pub(crate) fn jakarta(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = enum_with_phrase(l, "Status");
    let found = decls.len();
    out.declare(decls);
    found
}
