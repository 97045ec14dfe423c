//! Kotlin: Ktor's `HttpStatusCode`.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// ktor `HttpStatusCode.kt`: the companion object's
/// `val Continue: HttpStatusCode = HttpStatusCode(100, "Continue")`,
/// deprecated by `@Deprecated(...)`. The phrase is the `description`
/// argument of the canonical value.
pub(crate) fn ktor(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        let (true, Some(name)) = (l.is_ident(j, "val"), l.ident(j + 1)) else {
            continue;
        };
        let mut k = j + 2;
        if l.is_punct(k, ':') && l.ident(k + 1).is_some() {
            k += 2;
        }
        if let (true, true, true, Some(code), true, Some(phrase)) = (
            l.is_punct(k, '='),
            l.is_ident(k + 1, "HttpStatusCode"),
            l.is_punct(k + 2, '('),
            l.code(k + 3),
            l.is_punct(k + 4, ','),
            l.string(k + 5),
        ) {
            decls.push(
                Decl::new(code, name)
                    .phrase(phrase)
                    .deprecated(l.deprecated_before(l.decl_start(j))),
            );
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}
