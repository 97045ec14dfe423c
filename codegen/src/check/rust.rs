//! Rust: the `http` crate's `StatusCode`.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// http `src/status.rs`: the `status_codes!` macro's
/// `(100, CONTINUE, "Continue");` lines, deprecated by `#[deprecated]`.
pub(crate) fn status_rs(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if let (true, Some(code), true, Some(name), true, Some(phrase), true) = (
            l.is_punct(j, '('),
            l.code(j + 1),
            l.is_punct(j + 2, ','),
            l.ident(j + 3),
            l.is_punct(j + 4, ','),
            l.string(j + 5),
            l.is_punct(j + 6, ')'),
        ) {
            decls.push(
                Decl::new(code, name)
                    .phrase(phrase)
                    .deprecated(l.deprecated_before(j)),
            );
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}
