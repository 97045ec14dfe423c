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

/// The index of the first `name` identifier followed by `!` and `{`: a
/// macro invocation such as `ctrs! { ... }` (not its `macro_rules!`
/// definition, which is `macro_rules! name {`).
fn macro_call(l: &Lexed, name: &str) -> Option<usize> {
    (0..l.toks.len())
        .find(|&j| l.is_ident(j, name) && l.is_punct(j + 1, '!') && l.is_punct(j + 2, '{'))
}

/// Rocket `core/http/src/status.rs` (the rocket_http crate): the entries of
/// the `ctrs! { ... }` invocation in `impl Status`, each
/// `100, "100", Continue => "Continue",`. The macro makes every entry an
/// associated const (`Status::Continue`) and the entry's phrase what
/// `reason()` returns for its code. Entries cannot carry attributes, so
/// nothing is deprecated.
pub(crate) fn rocket_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = macro_call(l, "ctrs").and_then(|at| l.block_after(at)) else {
        return 0;
    };
    let mut decls = Vec::new();
    for j in body {
        if let (Some(code), true, Some(_), true, Some(name), true, Some(phrase)) = (
            l.code(j),
            l.is_punct(j + 1, ','),
            l.string(j + 2),
            l.is_punct(j + 3, ','),
            l.ident(j + 4),
            l.is_puncts(j + 5, "=>"),
            l.string(j + 7),
        ) {
            // Only the first number counts (`$code`); `$code_str` is doc text.
            decls.push(Decl::new(code, name).phrase(phrase));
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

/// http-types `src/status_code.rs`: the variants of `enum StatusCode`
/// (`NotFound = 404,`), deprecated by `#[deprecated]` or a `Deprecated:`
/// doc paragraph; phrases from the `StatusCode::Name => "..."` arms of
/// `fn canonical_reason`.
pub(crate) fn http_types_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l
        .find_pair("enum", "StatusCode")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let mut decls = Vec::new();
    for j in body {
        if let (true, Some(name), true, Some(code)) = (
            l.first(j),
            l.ident(j),
            l.is_punct(j + 1, '='),
            l.code(j + 2),
        ) {
            decls.push(Decl::new(code, name).deprecated(l.deprecated_before(j)));
        }
    }
    let found = decls.len();
    out.declare(decls);
    let reasons = (0..l.toks.len())
        .find(|&j| l.is_ident(j, "fn") && l.is_ident(j + 1, "canonical_reason"))
        .and_then(|at| {
            // The body is the first `{` block after the signature.
            let open = (at..l.toks.len()).find(|&k| l.is_punct(k, '{'))?;
            Some(open + 1..l.matching(open)?)
        });
    for j in reasons.into_iter().flatten() {
        if let (true, true, Some(name), true, Some(phrase)) = (
            l.is_ident(j, "StatusCode"),
            l.is_puncts(j + 1, "::"),
            l.ident(j + 3),
            l.is_puncts(j + 4, "=>"),
            l.string(j + 6),
        ) {
            if let Some(code) = out.code_of(name) {
                out.phrases.insert(code, phrase.to_string());
            }
        }
    }
    found
}

#[cfg(test)]
mod rocket_and_http_types_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    fn run(scan: fn(&Lexed, &mut Extracted, &Context<'_>) -> usize, text: &str) -> Extracted {
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        scan(&lex(text, Syntax::C), &mut out, &context);
        out
    }

    #[test]
    fn rocket_reads_only_the_ctrs_invocation() {
        let text = "macro_rules! ctrs {\n    ($($code:expr, $code_str:expr, $name:ident => $reason:expr),+) => {}\n}\n\
                    /// (999, \"999\", Doc => \"Doc\")\nconst X: (u16, &str) = (418, \"x\");\n\
                    impl Status {\n    ctrs! {\n        100, \"100\", Continue => \"Continue\",\n        \
                    418, \"418\", ImATeapot => \"I'm a teapot\"\n    }\n}\n";
        let out = run(rocket_status, text);
        let names: Vec<(u16, &str, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.canonical))
            .collect();
        assert_eq!(names, [(100, "Continue", true), (418, "ImATeapot", true)]);
        assert_eq!(out.phrases[&418], "I'm a teapot");
        assert!(run(
            rocket_status,
            "fn main() { let x = (100, \"100\", A => \"B\"); }"
        )
        .names
        .is_empty());
    }

    #[test]
    fn http_types_takes_phrases_from_canonical_reason_only() {
        let text = "pub enum StatusCode {\n    /// 304 Not Modified\n    NotModified = 304,\n    \
                    #[deprecated]\n    Old = 306,\n}\nimpl StatusCode {\n    \
                    pub fn canonical_reason(&self) -> &'static str {\n        match self {\n            \
                    StatusCode::NotModified => \"Modified\",\n            StatusCode::Old => \"Old\",\n        }\n    }\n    \
                    pub fn other(&self) -> &'static str { match self { StatusCode::NotModified => \"Other\", _ => \"\" } }\n}\n";
        let out = run(http_types_status, text);
        let names: Vec<(u16, &str, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.deprecated))
            .collect();
        assert_eq!(names, [(304, "NotModified", false), (306, "Old", true)]);
        assert_eq!(out.phrases[&304], "Modified");
        assert_eq!(out.phrases[&306], "Old");
    }
}
