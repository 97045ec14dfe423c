//! C#: .NET's `System.Net.HttpStatusCode` and ASP.NET Core's `StatusCodes`
//! and `ReasonPhrases`.

use std::collections::BTreeMap;

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Letters and digits only, lowercased: `Multiple Choices` and
/// `MultipleChoices` both become `multiplechoices`.
fn squash(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// dotnet/runtime `HttpStatusCode.cs`, `enum HttpStatusCode`.
///
/// .NET gives some values several members (`Ambiguous = 300`,
/// `MultipleChoices = 300`) and has no notion of a primary one. The
/// registry's documented rule: the member whose name is the RFC 9110 reason
/// phrase is canonical, the others are aliases (and only `[Obsolete]` makes
/// one deprecated).
pub(crate) fn http_status_code(l: &Lexed, out: &mut Extracted, ctx: &Context<'_>) -> usize {
    let Some(body) = l
        .find_pair("enum", "HttpStatusCode")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let end = body.end;
    let mut decls = Vec::new();
    for j in body {
        if let (Some(name), true, Some(code)) = (l.ident(j), l.is_punct(j + 1, '='), l.code(j + 2))
        {
            if l.is_punct(j + 3, ',') || j + 3 == end {
                decls.push(Decl::new(code, name).deprecated(l.deprecated_before(j)));
            }
        }
    }
    let mut per_code: BTreeMap<u16, usize> = BTreeMap::new();
    for d in &decls {
        *per_code.entry(d.code).or_default() += 1;
    }
    for code in per_code.iter().filter(|(_, n)| **n > 1).map(|(c, _)| *c) {
        let Some(rfc) = ctx.rfc_phrases.get(&code).map(|p| squash(p)) else {
            continue;
        };
        if decls
            .iter()
            .any(|d| d.code == code && squash(&d.name) == rfc)
        {
            for d in decls.iter_mut().filter(|d| d.code == code) {
                d.demoted = squash(&d.name) != rfc;
            }
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

/// aspnetcore `StatusCodes.cs`: `public const int Status413PayloadTooLarge = 413;`.
///
/// Where a code has several fields, upstream comments the old ones
/// `// RFC 2616, renamed`: those are aliases, the other is canonical.
pub(crate) fn status_codes(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if let (true, true, Some(name), true, Some(code), true) = (
            l.is_ident(j, "const"),
            l.is_ident(j + 1, "int"),
            l.ident(j + 2),
            l.is_punct(j + 3, '='),
            l.code(j + 4),
            l.is_punct(j + 5, ';'),
        ) {
            let mut d = Decl::new(code, name).deprecated(l.deprecated_before(l.decl_start(j)));
            d.demoted = l
                .trailing_comment(j + 5)
                .is_some_and(|c| c.to_ascii_lowercase().contains("renamed"));
            decls.push(d);
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

/// aspnetcore `ReasonPhrases.cs`: `{ 100, "Continue" },` (or `[100] = "Continue",`).
pub(crate) fn reason_phrases(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut found = 0;
    for j in 0..l.toks.len() {
        let entry = if l.is_punct(j, '{') && l.is_punct(j + 2, ',') && l.is_punct(j + 4, '}') {
            l.code(j + 1).zip(l.string(j + 3))
        } else if l.is_punct(j, '[') && l.is_punct(j + 2, ']') && l.is_punct(j + 3, '=') {
            l.code(j + 1).zip(l.string(j + 4))
        } else {
            None
        };
        if let Some((code, phrase)) = entry {
            out.phrases.insert(code, phrase.to_string());
            found += 1;
        }
    }
    found
}

/// aspnetcore `PublicAPI.Shipped.txt` of Http.Abstractions, the shipped
/// public API one member a line:
/// `const Microsoft.AspNetCore.Http.StatusCodes.Status499ClientClosedRequest = 499 -> int`.
///
/// It lists every `StatusCodes` field a release ships, while
/// [`status_codes`] (read first) gives the `// RFC 2616, renamed` comments
/// that decide which of a code's fields is canonical. A field that only this
/// list has is added, not deprecated (the list carries no `[Obsolete]`):
/// canonical when its code has no field yet, else an alias. Returns how many
/// `StatusCodes` constants the list has.
pub(crate) fn aspnetcore_public_api(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    const QUALIFIER: [&str; 4] = ["Microsoft", "AspNetCore", "Http", "StatusCodes"];
    let mut found = 0;
    for j in 0..l.toks.len() {
        if !(l.first(j) && l.is_ident(j, "const")) {
            continue;
        }
        let k = j + 1 + 2 * QUALIFIER.len();
        let qualified = QUALIFIER
            .iter()
            .enumerate()
            .all(|(n, w)| l.is_ident(j + 1 + 2 * n, w) && l.is_punct(j + 2 + 2 * n, '.'));
        if let (true, Some(name), true, Some(code), true, true) = (
            qualified,
            l.ident(k),
            l.is_punct(k + 1, '='),
            l.code(k + 2),
            l.is_puncts(k + 3, "->"),
            l.is_ident(k + 5, "int"),
        ) {
            found += 1;
            if out.names.iter().any(|n| n.bare == name) {
                continue;
            }
            let canonical = !out.names.iter().any(|n| n.code == code);
            out.names.push(super::Name {
                code,
                bare: name.to_string(),
                canonical,
                deprecated: false,
            });
        }
    }
    found
}

#[cfg(test)]
mod aspnetcore_public_api_tests {
    use std::collections::BTreeMap;

    use super::super::scan::{lex, Syntax};
    use super::super::{Context, Extracted};
    use super::{aspnetcore_public_api, status_codes};

    #[test]
    fn the_shipped_list_adds_only_the_fields_the_source_lacks() {
        let ctx = Context {
            rfc_phrases: BTreeMap::new(),
        };
        let cs = "public static class StatusCodes {\n\
                  public const int Status413RequestEntityTooLarge = 413; // RFC 2616, renamed\n\
                  public const int Status413PayloadTooLarge = 413; // RFC 7231\n}\n";
        let api = "#nullable enable\n\
                   const Microsoft.AspNetCore.Http.StatusCodes.Status413PayloadTooLarge = 413 -> int\n\
                   const Microsoft.AspNetCore.Http.StatusCodes.Status413RequestEntityTooLarge = 413 -> int\n\
                   const Microsoft.AspNetCore.Http.StatusCodes.Status413ContentTooLarge = 413 -> int\n\
                   const Microsoft.AspNetCore.Http.StatusCodes.Status499ClientClosedRequest = 499 -> int\n\
                   const Microsoft.AspNetCore.Http.HttpMethods.Get = 200 -> int\n\
                   Microsoft.AspNetCore.Http.StatusCodes\n";
        let mut out = Extracted::default();
        assert_eq!(status_codes(&lex(cs, Syntax::C), &mut out, &ctx), 2);
        assert_eq!(
            aspnetcore_public_api(&lex(api, Syntax::C), &mut out, &ctx),
            4
        );
        let got: Vec<(u16, &str, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.canonical))
            .collect();
        assert_eq!(
            got,
            [
                (413, "Status413RequestEntityTooLarge", false),
                (413, "Status413PayloadTooLarge", true),
                (413, "Status413ContentTooLarge", false),
                (499, "Status499ClientClosedRequest", true),
            ]
        );
        // Neither reader takes the other's file.
        assert_eq!(
            status_codes(&lex(api, Syntax::C), &mut Extracted::default(), &ctx),
            0
        );
        assert_eq!(
            aspnetcore_public_api(&lex(cs, Syntax::C), &mut Extracted::default(), &ctx),
            0
        );
    }
}
