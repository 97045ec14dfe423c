//! Zig upstream formats.

use std::collections::BTreeMap;

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Zig `lib/std/http.zig`, `pub const Status = enum(u10) { ... }`.
///
/// Names: the fields `name = NNN`. The `_` that makes the enum
/// non-exhaustive is no status. A field written as a quoted identifier
/// (`@"continue" = 100`, because `continue` is a keyword) is left out, as
/// the registry's names cannot hold that syntax; its phrase is still read.
/// One field per code, so every name is canonical. Phrases: the arms
/// `.name => "Phrase"` of `pub fn phrase` (its `else => return null` is
/// none).
pub(crate) fn std_http_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(start) = (0..l.toks.len()).find(|&j| {
        l.is_ident(j, "pub")
            && l.is_ident(j + 1, "const")
            && l.is_ident(j + 2, "Status")
            && l.is_punct(j + 3, '=')
            && l.is_ident(j + 4, "enum")
    }) else {
        return 0;
    };
    let Some(open) = (start + 5..l.toks.len()).find(|&k| l.is_punct(k, '{')) else {
        return 0;
    };
    let Some(close) = l.matching(open) else {
        return 0;
    };
    let mut decls = Vec::new();
    let mut quoted: BTreeMap<&str, u16> = BTreeMap::new();
    let mut field_start = true;
    let mut depth = 0usize;
    for j in open + 1..close {
        if depth == 0 && field_start {
            if let (Some(name), true, Some(code)) =
                (l.ident(j), l.is_punct(j + 1, '='), l.code(j + 2))
            {
                decls.push(Decl::new(code, name));
            } else if let (true, Some(name), true, Some(code)) = (
                l.is_punct(j, '@'),
                l.string(j + 1),
                l.is_punct(j + 2, '='),
                l.code(j + 3),
            ) {
                quoted.insert(name, code);
            }
        }
        if l.is_punct(j, '{') || l.is_punct(j, '(') {
            depth += 1;
        } else if (l.is_punct(j, '}') || l.is_punct(j, ')')) && depth > 0 {
            depth -= 1;
        }
        field_start = depth == 0 && l.is_punct(j, ',');
    }
    let found = decls.len();
    out.declare(decls);
    // `pub fn phrase(self: Status) ?[]const u8 { return switch (self) { ... } }`
    let body = (open + 1..close)
        .find(|&j| l.is_ident(j, "fn") && l.is_ident(j + 1, "phrase"))
        .and_then(|j| (j..close).find(|&k| l.is_ident(k, "switch")))
        .and_then(|s| (s..close).find(|&k| l.is_punct(k, '{')))
        .and_then(|o| Some(o + 1..l.matching(o)?));
    if let Some(body) = body {
        for j in body {
            if !l.is_punct(j, '.') {
                continue;
            }
            let (code, arrow) = if let Some(name) = l.ident(j + 1) {
                (out.code_of(name), j + 2)
            } else if let (true, Some(name)) = (l.is_punct(j + 1, '@'), l.string(j + 2)) {
                (quoted.get(name).copied(), j + 3)
            } else {
                continue;
            };
            if let (Some(code), true, Some(phrase)) =
                (code, l.is_puncts(arrow, "=>"), l.string(arrow + 2))
            {
                out.phrases.insert(code, phrase.to_string());
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::scan::{lex, Syntax};

    #[test]
    fn skips_the_marker_and_quoted_names_but_not_their_phrases() {
        let zig = "pub const Method = enum(u64) { GET = 100, };\n\
            pub const Status = enum(u10) {\n    @\"continue\" = 100, // RFC7231\n    \
            ok = 200, // RFC7231\n    multiple_choice = 300,\n\n    _,\n\n    \
            pub fn phrase(self: Status) ?[]const u8 {\n        return switch (self) {\n            \
            // 1xx statuses\n            .@\"continue\" => \"Continue\",\n            \
            .ok => \"OK\",\n            .multiple_choice => \"Multiple Choice\",\n            \
            else => return null,\n        };\n    }\n\n    \
            pub const Class = enum { informational, success };\n};\n";
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        assert_eq!(std_http_status(&lex(zig, Syntax::C), &mut out, &context), 2);
        let names: Vec<(u16, &str)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str()))
            .collect();
        assert_eq!(names, [(200, "ok"), (300, "multiple_choice")]);
        let phrases: Vec<(u16, &str)> = out.phrases.iter().map(|(c, p)| (*c, p.as_str())).collect();
        assert_eq!(
            phrases,
            [(100, "Continue"), (200, "OK"), (300, "Multiple Choice")]
        );
    }
}
