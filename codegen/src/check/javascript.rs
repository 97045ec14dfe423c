//! JavaScript and TypeScript: Node's `STATUS_CODES`, Angular's
//! `HttpStatusCode` enum, and the npm package http-status-codes.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// The members `NAME = <code>` of `enum <name>`, deprecated by a JSDoc
/// `@deprecated`; or, in compiled JavaScript (where no deprecation mark
/// survives), the statements `Name[Name["Member"] = 100] = "Member"`.
fn enum_codes(l: &Lexed, name: &str) -> Vec<Decl> {
    let Some(body) = l.find_pair("enum", name).and_then(|at| l.block_after(at)) else {
        return compiled_enum(l, name);
    };
    let end = body.end;
    let mut decls = Vec::new();
    for j in body {
        if let (Some(member), true, Some(code)) =
            (l.ident(j), l.is_punct(j + 1, '='), l.code(j + 2))
        {
            if l.is_punct(j + 3, ',') || j + 3 == end {
                decls.push(Decl::new(code, member).deprecated(l.deprecated_before(j)));
            }
        }
    }
    decls
}

/// `HttpStatusCode[HttpStatusCode["Continue"] = 100] = "Continue";`
fn compiled_enum(l: &Lexed, name: &str) -> Vec<Decl> {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if let (true, true, true, Some(member), true, true, Some(code), true) = (
            l.is_ident(j, name),
            l.is_punct(j + 1, '['),
            l.is_ident(j + 2, name),
            l.string(j + 4),
            l.is_punct(j + 3, '['),
            l.is_punct(j + 5, ']') && l.is_punct(j + 6, '='),
            l.code(j + 7),
            l.is_punct(j + 8, ']'),
        ) {
            decls.push(Decl::new(code, member));
        }
    }
    decls
}

/// Angular `response.ts` (or the built `.d.ts`): `enum HttpStatusCode`.
pub(crate) fn angular(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = enum_codes(l, "HttpStatusCode");
    let found = decls.len();
    out.declare(decls);
    found
}

/// http-status-codes `status-codes.d.ts` (or `.ts`): `enum StatusCodes`.
pub(crate) fn status_codes_enum(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = enum_codes(l, "StatusCodes");
    let found = decls.len();
    out.declare(decls);
    found
}

/// http-status-codes `reason-phrases.d.ts` (or `.ts`): `enum ReasonPhrases`,
/// whose members have the same names as `StatusCodes` (read first) and the
/// phrases as values.
pub(crate) fn reason_phrases_enum(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l
        .find_pair("enum", "ReasonPhrases")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let mut found = 0;
    for j in body {
        if let (Some(member), true, Some(phrase)) =
            (l.ident(j), l.is_punct(j + 1, '='), l.string(j + 2))
        {
            if let Some(code) = out.code_of(member) {
                out.phrases.insert(code, phrase.to_string());
                found += 1;
            }
        }
    }
    found
}

/// Node `lib/_http_server.js`: `const STATUS_CODES = { 100: 'Continue', ... }`.
/// Node has phrases only, no named constants.
pub(crate) fn node(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l
        .find_assignment("STATUS_CODES")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let mut found = 0;
    for j in body {
        if let (Some(code), true, Some(phrase)) =
            (l.code(j), l.is_punct(j + 1, ':'), l.string(j + 2))
        {
            out.phrases.insert(code, phrase.to_string());
            found += 1;
        }
    }
    found
}
