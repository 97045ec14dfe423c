//! Swift: SwiftNIO's `HTTPResponseStatus`.

use std::collections::BTreeSet;

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// swift-nio `Sources/NIOHTTP1/HTTPTypes.swift`.
///
/// The enum's cases carry no value: the code comes from the `code` getter
/// (`case .ok: return 200`), or from `init(statusCode:)` (`case 200: self =
/// .ok`); the phrase from the `reasonPhrase` getter (`case .ok: return
/// "OK"`). A case is deprecated by `@available(*, deprecated, ...)` in the
/// enum declaration. `.custom(code:reasonPhrase:)` is not a name.
pub(crate) fn http_types(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut deprecated = BTreeSet::new();
    if let Some(body) = l
        .find_pair("enum", "HTTPResponseStatus")
        .and_then(|at| l.block_after(at))
    {
        for j in body {
            if l.is_ident(j, "case") && l.deprecated_before(j) {
                let mut k = j + 1;
                while let Some(name) = l.ident(k) {
                    deprecated.insert(name.to_string());
                    if !l.is_punct(k + 1, ',') {
                        break;
                    }
                    k += 2;
                }
            }
        }
    }
    let mut decls: Vec<Decl> = Vec::new();
    let mut phrases = Vec::new();
    for j in 0..l.toks.len() {
        if !l.is_ident(j, "case") {
            continue;
        }
        if let (true, Some(name), true, true) = (
            l.is_punct(j + 1, '.'),
            l.ident(j + 2),
            l.is_punct(j + 3, ':'),
            l.is_ident(j + 4, "return"),
        ) {
            if let Some(code) = l.code(j + 5) {
                decls.push(Decl::new(code, name));
            } else if let Some(phrase) = l.string(j + 5) {
                phrases.push((name, phrase));
            }
        } else if let (Some(code), true, true, true, true, Some(name)) = (
            l.code(j + 1),
            l.is_punct(j + 2, ':'),
            l.is_ident(j + 3, "self"),
            l.is_punct(j + 4, '='),
            l.is_punct(j + 5, '.'),
            l.ident(j + 6),
        ) {
            if !decls.iter().any(|d| d.name == name) {
                decls.push(Decl::new(code, name));
            }
        }
    }
    for d in &mut decls {
        d.deprecated = deprecated.contains(&d.name);
    }
    let found = decls.len();
    out.declare(decls);
    for (name, phrase) in phrases {
        if let Some(code) = out.code_of(name) {
            out.phrases.insert(code, phrase.to_string());
        }
    }
    found
}

/// swift-http-types `Sources/HTTPTypes/HTTPResponse.swift`: the static
/// members of `HTTPResponse.Status`, each
/// `public static var notFound: Self { .init(uncheckedCode: 404,
/// reasonPhrase: "Not Found") }` (a backticked keyword such as
/// `` `continue` `` is the name `continue`). The code and the phrase come
/// from the getter's `uncheckedCode:` and `reasonPhrase:` arguments. A
/// member is deprecated by `@available(*, deprecated, ...)` or a doc
/// comment's `Deprecated:` paragraph.
pub(crate) fn swift_http_types(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        let (true, true, Some(name), true, true) = (
            l.is_ident(j, "static"),
            l.is_ident(j + 1, "var"),
            l.ident(j + 2),
            l.is_punct(j + 3, ':'),
            l.is_ident(j + 4, "Self"),
        ) else {
            continue;
        };
        let Some(getter) = l.matching(j + 5).filter(|_| l.is_punct(j + 5, '{')) else {
            continue;
        };
        // `label: value` among the getter's tokens.
        let arg = |label: &str| {
            let mut getter = j + 6..getter;
            getter.find(|&k| l.is_ident(k, label) && l.is_punct(k + 1, ':'))
        };
        let (Some(code), Some(phrase)) = (
            arg("uncheckedCode").and_then(|k| l.code(k + 2)),
            arg("reasonPhrase").and_then(|k| l.string(k + 2)),
        ) else {
            continue;
        };
        let deprecated = l.deprecated_before(l.decl_start(j));
        decls.push(Decl::new(code, name).phrase(phrase).deprecated(deprecated));
    }
    let found = decls.len();
    out.declare(decls);
    found
}

#[cfg(test)]
mod swift_http_types_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    #[test]
    fn reads_getters_backticks_and_deprecation() {
        let text = "extension HTTPResponse.Status {\n    /// 100 Continue\n    \
                    public static var `continue`: Self { .init(uncheckedCode: 100, reasonPhrase: \"Continue\") }\n    \
                    public static var ok: Self {\n        .init(uncheckedCode: 200, reasonPhrase: \"OK\")\n    }\n    \
                    @available(*, deprecated, renamed: \"ok\")\n    \
                    public static var fine: Self { .init(uncheckedCode: 200, reasonPhrase: \"Fine\") }\n    \
                    static var maxRawValue: UInt8 = 3\n    \
                    public static var custom: Self { .init(code: 299) }\n}\n";
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        swift_http_types(&lex(text, Syntax::SWIFT), &mut out, &context);
        let names: Vec<(u16, &str, bool, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.canonical, n.deprecated))
            .collect();
        assert_eq!(
            names,
            [
                (100, "continue", true, false),
                (200, "ok", true, false),
                (200, "fine", false, true)
            ]
        );
        assert_eq!(out.phrases[&200], "OK");
    }
}
