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
