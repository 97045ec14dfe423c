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

/// PHP-FIG `src/StatusCodeInterface.php` (fig/http-message-util): the
/// interface constants `const STATUS_* = NNN;` (a visibility modifier or,
/// from PHP 8.3, a type may come between). Constants not named `STATUS_*`
/// are not statuses. No phrases.
pub(crate) fn psr_status_code_interface(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    if l.find_pair("interface", "StatusCodeInterface").is_none() {
        return 0;
    }
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if !l.is_ident(j, "const") {
            continue;
        }
        let name_at = if l.is_punct(j + 2, '=') { j + 1 } else { j + 2 };
        if let (Some(name), true, Some(code), true) = (
            l.ident(name_at),
            l.is_punct(name_at + 1, '='),
            l.code(name_at + 2),
            l.is_punct(name_at + 3, ';'),
        ) {
            if name.starts_with("STATUS_") {
                let deprecated = l.deprecated_before(l.decl_start(j));
                decls.push(Decl::new(code, name).deprecated(deprecated));
            }
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

#[cfg(test)]
mod psr_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    #[test]
    fn only_status_constants_of_the_interface() {
        let src = "<?php\ninterface StatusCodeInterface\n{\n    // Informational 1xx\n    \
                   const STATUS_CONTINUE = 100;\n    const MAX_CODE = 599;\n    \
                   public const int STATUS_OK = 200;\n}\n";
        let l = lex(src, Syntax::PHP);
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        assert_eq!(psr_status_code_interface(&l, &mut out, &context), 2);
        let got: Vec<(u16, &str)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str()))
            .collect();
        assert_eq!(got, [(100, "STATUS_CONTINUE"), (200, "STATUS_OK")]);
        let other = lex(
            "<?php\nclass Response { const STATUS_OK = 200; }\n",
            Syntax::PHP,
        );
        assert_eq!(psr_status_code_interface(&other, &mut out, &context), 0);
    }
}
