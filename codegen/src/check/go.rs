//! Go: `net/http`'s status constants and `StatusText`.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Go `src/net/http/status.go`.
///
/// Names: `StatusXxx = NNN` in the const block (`_ = 306` is not a name);
/// deprecated by a `// Deprecated:` paragraph. Phrases: `StatusText`'s
/// `case StatusXxx: return "..."` (or, before Go 1.20, the `statusText`
/// map's `StatusXxx: "..."`).
pub(crate) fn status_go(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if let (true, Some(name), true, Some(code)) = (
            l.first(j),
            l.ident(j),
            l.is_punct(j + 1, '='),
            l.code(j + 2),
        ) {
            if name.starts_with("Status") {
                decls.push(Decl::new(code, name).deprecated(l.deprecated_before(j)));
            }
        }
    }
    let found = decls.len();
    out.declare(decls);
    for j in 0..l.toks.len() {
        if l.is_ident(j, "case") {
            // `case StatusA, StatusB:` then `return "..."`.
            let mut names = Vec::new();
            let mut k = j + 1;
            while let Some(name) = l.ident(k) {
                names.push(name);
                if !l.is_punct(k + 1, ',') {
                    break;
                }
                k += 2;
            }
            if let (true, true, Some(phrase)) = (
                l.is_punct(k + 1, ':'),
                l.is_ident(k + 2, "return"),
                l.string(k + 3),
            ) {
                for name in names {
                    if let Some(code) = out.code_of(name) {
                        out.phrases.insert(code, phrase.to_string());
                    }
                }
            }
        } else if let (true, Some(name), true, Some(phrase)) = (
            l.first(j),
            l.ident(j),
            l.is_punct(j + 1, ':'),
            l.string(j + 2),
        ) {
            if let Some(code) = out.code_of(name) {
                out.phrases.insert(code, phrase.to_string());
            }
        }
    }
    found
}
