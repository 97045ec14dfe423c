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
