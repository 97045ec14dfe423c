//! Haskell upstream formats.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// http-types `Network/HTTP/Types/Status.hs`.
///
/// Every code has two top-level bindings of equal standing: the one that
/// builds the record, `status404 = mkStatus 404 "Not Found"`, and a named
/// one defined as it, `notFound404 = status404`. The record-building one is
/// canonical (it exists for every code and is what `toEnum` returns) and its
/// `statusMessage` is the phrase; a top-level binding that is another such
/// name is its alias. Only bindings at the start of a line count, so the
/// `toEnum` and `minBound` equations of the instances are not names. A
/// `{-# DEPRECATED name ... #-}` pragma marks a name deprecated (text inside
/// `--` comments, like the commented-out one the file carries, is ignored).
pub(crate) fn http_types_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let top = |j: usize| l.first(j) && l.toks[j].col == 0;
    let mut deprecated = Vec::new();
    for j in 0..l.toks.len() {
        if l.is_punct(j, '{')
            && l.is_punct(j + 1, '-')
            && l.is_punct(j + 2, '#')
            && l.is_ident(j + 3, "DEPRECATED")
        {
            let mut k = j + 4;
            while let Some(name) = l.ident(k) {
                deprecated.push(name.to_string());
                k += if l.is_punct(k + 1, ',') { 2 } else { 1 };
            }
        }
    }
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if let (true, Some(name), true, true, Some(code), Some(phrase)) = (
            top(j),
            l.ident(j),
            l.is_punct(j + 1, '='),
            l.is_ident(j + 2, "mkStatus"),
            l.code(j + 3),
            l.string(j + 4),
        ) {
            decls.push(
                Decl::new(code, name)
                    .phrase(phrase)
                    .deprecated(deprecated.iter().any(|d| d == name)),
            );
        }
    }
    let mut aliases = Vec::new();
    for j in 0..l.toks.len() {
        if let (true, Some(name), true, Some(target)) =
            (top(j), l.ident(j), l.is_punct(j + 1, '='), l.ident(j + 2))
        {
            // `name = target` alone on its line.
            if l.line(j + 3) == l.line(j) {
                continue;
            }
            if let Some(d) = decls.iter().find(|d| d.name == target) {
                let mut alias =
                    Decl::new(d.code, name).deprecated(deprecated.iter().any(|d| d == name));
                alias.demoted = true;
                aliases.push(alias);
            }
        }
    }
    decls.extend(aliases);
    let found = decls.len();
    out.declare(decls);
    found
}

#[cfg(test)]
mod tests {
    use super::super::scan::{lex, Syntax};
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn record_builder_is_canonical_and_named_binding_is_alias() {
        let text = "\
module M (
    -- {-# DEPRECATED \"use mkStatus\" #-} Status(Status)
    status404, notFound404,
) where
instance Enum Status where
    toEnum 404 = status404
    minBound = status404
-- | I'm a teapot 418
-- x418 = mkStatus 418 \"Commented\"
notFound404 :: Status
notFound404 = status404
status404 :: Status
status404 = mkStatus 404 \"Not Found\"
old404 = status404
{-# DEPRECATED old404 \"Use notFound404\" #-}
mkStatus = Status
";
        let l = lex(text, Syntax::HASKELL);
        assert!(l
            .comments
            .iter()
            .any(|c| c.text.contains("x418 = mkStatus")));
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: BTreeMap::new(),
        };
        assert_eq!(http_types_status(&l, &mut out, &context), 3);
        let names: Vec<(&str, u16, bool, bool)> = out
            .names
            .iter()
            .map(|n| (n.bare.as_str(), n.code, n.canonical, n.deprecated))
            .collect();
        assert_eq!(
            names,
            [
                ("status404", 404, true, false),
                ("notFound404", 404, false, false),
                ("old404", 404, false, true),
            ]
        );
        assert_eq!(out.phrases.get(&404).map(String::as_str), Some("Not Found"));
        assert!(!out.phrases.contains_key(&418));
    }
}
