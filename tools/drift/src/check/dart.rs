//! Dart: `HttpStatus` of `dart:io` (defined in `dart:_internal`).

use std::collections::BTreeMap;

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Dart SDK `sdk/lib/internal/internal.dart` (older SDKs:
/// `sdk/lib/_http/http.dart`), `class HttpStatus`:
/// `static const int ok = 200;`, and the deprecated SCREAMING_CAPS names
/// `@Deprecated("Use ok instead") static const int OK = ok;`.
/// Where a code has several names, the first not deprecated is canonical
/// (`found` before `movedTemporarily`).
pub(crate) fn http_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l
        .find_pair("class", "HttpStatus")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let mut codes: BTreeMap<&str, u16> = BTreeMap::new();
    let mut decls = Vec::new();
    for j in body {
        let (true, true, true, Some(name), true, true) = (
            l.is_ident(j, "static"),
            l.is_ident(j + 1, "const"),
            l.is_ident(j + 2, "int"),
            l.ident(j + 3),
            l.is_punct(j + 4, '='),
            l.is_punct(j + 6, ';'),
        ) else {
            continue;
        };
        let code = l
            .code(j + 5)
            .or_else(|| l.ident(j + 5).and_then(|t| codes.get(t).copied()));
        if let Some(code) = code {
            codes.insert(name, code);
            decls.push(Decl::new(code, name).deprecated(l.deprecated_before(j)));
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}
