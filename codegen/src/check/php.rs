//! PHP: Symfony HttpFoundation's `Response`.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Symfony `Response.php`: `public const HTTP_* = NNN;` (deprecated by an
/// `@deprecated` doc comment or a `#[\Deprecated]` attribute) and the
/// `$statusTexts` array of phrases.
pub(crate) fn symfony(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if !l.is_ident(j, "const") {
            continue;
        }
        // `const NAME = 100;` or, typed (PHP 8.3), `const int NAME = 100;`.
        let name_at = if l.is_punct(j + 2, '=') { j + 1 } else { j + 2 };
        if let (Some(name), true, Some(code), true) = (
            l.ident(name_at),
            l.is_punct(name_at + 1, '='),
            l.code(name_at + 2),
            l.is_punct(name_at + 3, ';'),
        ) {
            let deprecated = l.deprecated_before(l.decl_start(j));
            decls.push(Decl::new(code, name).deprecated(deprecated));
        }
    }
    let found = decls.len();
    out.declare(decls);
    if let Some(body) = l
        .find_assignment("$statusTexts")
        .and_then(|at| l.block_after(at))
    {
        for j in body {
            if let (Some(code), true, Some(phrase)) =
                (l.code(j), l.is_puncts(j + 1, "=>"), l.string(j + 3))
            {
                out.phrases.insert(code, phrase.to_string());
            }
        }
    }
    found
}
