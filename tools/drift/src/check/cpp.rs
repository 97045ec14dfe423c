//! C++ upstream formats.

use std::ops::Range;

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// The body of `enum NAME` or `enum class NAME` (an underlying type after
/// `:` is allowed), without its braces.
fn enum_body(l: &Lexed, name: &str) -> Option<Range<usize>> {
    (0..l.toks.len()).find_map(|j| {
        if !l.is_ident(j, "enum") {
            return None;
        }
        let at = if l.is_ident(j + 1, "class") || l.is_ident(j + 1, "struct") {
            j + 2
        } else {
            j + 1
        };
        if !l.is_ident(at, name) {
            return None;
        }
        // `enum class status : unsigned {`, not a declaration ending in `;`.
        let open = (at + 1..l.toks.len()).find(|&k| l.is_punct(k, '{') || l.is_punct(k, ';'))?;
        if !l.is_punct(open, '{') {
            return None;
        }
        Some(open + 1..l.matching(open)?)
    })
}

/// The enumerators `NAME = NNN` of an enum body whose value is a status
/// code (100 to 999); others (`unknown = 0`) are not statuses.
fn status_enumerators(l: &Lexed, body: Range<usize>) -> Vec<(u16, String)> {
    let mut out = Vec::new();
    let mut start = true;
    for j in body.clone() {
        if start {
            if let (Some(name), true, Some(code)) =
                (l.ident(j), l.is_punct(j + 1, '='), l.code(j + 2))
            {
                if j + 3 >= body.end || l.is_punct(j + 3, ',') {
                    out.push((code, name.to_string()));
                }
            }
        }
        start = l.is_punct(j, ',');
    }
    out
}

/// The tokens of the body of the function `name` where it is defined
/// (`name(...) {`), not merely declared (`name(...);`).
fn function_body(l: &Lexed, name: &str) -> Option<Range<usize>> {
    (0..l.toks.len()).find_map(|j| {
        if !l.is_ident(j, name) || !l.is_punct(j + 1, '(') {
            return None;
        }
        let close = l.matching(j + 1)?;
        if !l.is_punct(close + 1, '{') {
            return None;
        }
        Some(close + 2..l.matching(close + 1)?)
    })
}

/// In `body`, every `case QUALIFIER::NAME: return "phrase";`, giving the
/// phrase to the code of `NAME` found so far. Returns how many were found.
fn case_phrases(l: &Lexed, body: Range<usize>, qualifier: &str, out: &mut Extracted) -> usize {
    let mut found = 0;
    for j in body {
        if !(l.is_ident(j, "case") && l.is_ident(j + 1, qualifier) && l.is_puncts(j + 2, "::")) {
            continue;
        }
        if let (Some(name), true, true, Some(phrase)) = (
            l.ident(j + 4),
            l.is_punct(j + 5, ':'),
            l.is_ident(j + 6, "return"),
            l.string(j + 7),
        ) {
            if let Some(code) = out.code_of(name) {
                out.phrases.insert(code, phrase.to_string());
                found += 1;
            }
        }
    }
    found
}

/// Boost.Beast `boost/beast/http/status.hpp`: the enumerators of
/// `enum class status` whose value is a status code (`unknown = 0` is not).
/// One enumerator per code, so every name is canonical.
pub(crate) fn beast_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = enum_body(l, "status") else {
        return 0;
    };
    let decls: Vec<Decl> = status_enumerators(l, body)
        .into_iter()
        .map(|(code, name)| Decl::new(code, name))
        .collect();
    let found = decls.len();
    out.declare(decls);
    found
}

/// Boost.Beast `boost/beast/http/impl/status.ipp`: the phrases that
/// `obsolete_reason` returns, `case status::NAME: return "...";` (the
/// `"<unknown-status>"` of its default is no phrase).
pub(crate) fn beast_reasons(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = function_body(l, "obsolete_reason") else {
        return 0;
    };
    case_phrases(l, body, "status", out)
}

/// cpp-httplib `httplib.h`: the enumerators of `enum StatusCode`
/// (`NotFound_404 = 404`, one per code, `unused_306` included) and the
/// phrases of `status_message`'s `case StatusCode::NAME: return "...";`.
/// Its `default:` shares 500's case, which is still read as 500's phrase.
pub(crate) fn httplib(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = enum_body(l, "StatusCode") else {
        return 0;
    };
    let decls: Vec<Decl> = status_enumerators(l, body)
        .into_iter()
        .map(|(code, name)| Decl::new(code, name))
        .collect();
    let found = decls.len();
    out.declare(decls);
    if let Some(body) = function_body(l, "status_message") {
        case_phrases(l, body, "StatusCode", out);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::scan::{lex, Syntax};

    fn context() -> Context<'static> {
        Context {
            rfc_phrases: Default::default(),
        }
    }

    #[test]
    fn beast_skips_unknown_and_reads_only_obsolete_reason() {
        let hpp = "enum class status_class : unsigned { unknown = 0, informational = 1 };\n\
                   enum class status : unsigned\n{\n  /** doc */\n  unknown = 0,\n  \
                   continue_ = 100,\n  not_found = 404\n};\n\
                   string_view obsolete_reason(status v);";
        let ipp = "status int_to_status(unsigned v) { switch(v) { case status::not_found: \
                   return static_cast<status>(v); } }\n\
                   string_view obsolete_reason(status v) { switch(v) {\n\
                   case status::continue_: return \"Continue\";\n\
                   case status::not_found: return \"Not Found\";\n\
                   default: break; } return \"<unknown-status>\"; }";
        let mut out = Extracted::default();
        assert_eq!(beast_reasons(&lex(hpp, Syntax::C), &mut out, &context()), 0);
        assert_eq!(beast_status(&lex(hpp, Syntax::C), &mut out, &context()), 2);
        assert_eq!(beast_reasons(&lex(ipp, Syntax::C), &mut out, &context()), 2);
        let names: Vec<(u16, &str)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str()))
            .collect();
        assert_eq!(names, [(100, "continue_"), (404, "not_found")]);
        assert_eq!(out.phrases.len(), 2);
        assert_eq!(out.phrases[&404], "Not Found");
    }

    #[test]
    fn httplib_reads_the_case_under_default() {
        let h = "enum StatusCode {\n  // Information\n  Continue_100 = 100,\n  unused_306 = 306,\n  \
                 InternalServerError_500 = 500,\n};\n\
                 const char *status_message(int status);\n\
                 inline const char *status_message(int status) {\n  switch (status) {\n  \
                 case StatusCode::Continue_100: return \"Continue\";\n  \
                 case StatusCode::unused_306: return \"unused\";\n\n  default:\n  \
                 case StatusCode::InternalServerError_500: return \"Internal Server Error\";\n  }\n}\n";
        let mut out = Extracted::default();
        assert_eq!(httplib(&lex(h, Syntax::C), &mut out, &context()), 3);
        assert!(out.names.iter().all(|n| n.canonical));
        assert_eq!(out.phrases[&306], "unused");
        assert_eq!(out.phrases[&500], "Internal Server Error");
    }
}
