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
    let found = declare_status_consts(l, out);
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

/// Declares the `StatusXxx = NNN` constants of a Go file (net/http's and
/// fasthttp's write them alike), each deprecated by a `// Deprecated:`
/// paragraph; returns how many there were.
fn declare_status_consts(l: &Lexed, out: &mut Extracted) -> usize {
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
    found
}

/// fasthttp `status.go`.
///
/// Names: the exported `StatusXxx = NNN` constants (`_ = 306` and the
/// unexported bounds `statusMessageMin = 100` / `statusMessageMax = 511`
/// are not names); deprecated by a `// Deprecated:` paragraph. Phrases:
/// the `StatusXxx: "..."` entries of the `statusMessages` slice literal,
/// which `StatusMessage` indexes.
pub(crate) fn fasthttp_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let found = declare_status_consts(l, out);
    let table = l.find_assignment("statusMessages").and_then(|at| {
        // `statusMessages = []string{ ... }`: the braces, not the `[]`.
        let open = (at..l.toks.len()).find(|&k| l.is_punct(k, '{'))?;
        Some(open + 1..l.matching(open)?)
    });
    for j in table.into_iter().flatten() {
        if let (true, Some(name), true, Some(phrase)) = (
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

#[cfg(test)]
mod fasthttp_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    #[test]
    fn bounds_and_other_maps_are_not_read() {
        let text = "const (\n\tstatusMessageMin = 100\n\tstatusMessageMax = 511\n)\n\
                    const (\n\tStatusOK = 200 // RFC\n\t_        = 306\n\t// Deprecated: use StatusOK.\n\tStatusFine = 201\n)\n\
                    var (\n\tstatusMessages = []string{\n\t\tStatusOK: \"OK\",\n\t}\n\
                    \tother = map[int]string{\n\t\tStatusOK: \"Okay\",\n\t\tStatusFine: \"Fine\",\n\t}\n)\n";
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        fasthttp_status(&lex(text, Syntax::C), &mut out, &context);
        let names: Vec<(u16, &str, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.deprecated))
            .collect();
        assert_eq!(names, [(200, "StatusOK", false), (201, "StatusFine", true)]);
        assert_eq!(out.phrases.len(), 1);
        assert_eq!(out.phrases[&200], "OK");
    }
}
