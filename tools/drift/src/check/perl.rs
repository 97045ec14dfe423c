//! Perl upstream formats.

use std::collections::BTreeMap;

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// The `NNN => 'text'` pairs of every `%NAME = ( ... )` assignment to
/// `name` (HTTP::Status 6.44 assigns `%StatusCode` twice, the second time
/// adding unofficial codes), later pairs winning.
fn code_table(l: &Lexed, name: &str) -> BTreeMap<u16, String> {
    let mut table = BTreeMap::new();
    for j in 1..l.toks.len() {
        if !(l.is_punct(j - 1, '%')
            && l.is_ident(j, name)
            && l.is_punct(j + 1, '=')
            && l.is_punct(j + 2, '('))
        {
            continue;
        }
        let Some(close) = l.matching(j + 2) else {
            continue;
        };
        for k in j + 3..close {
            if let (Some(code), true, Some(text)) =
                (l.code(k), l.is_puncts(k + 1, "=>"), l.string(k + 3))
            {
                table.insert(code, text.to_string());
            }
        }
    }
    table
}

/// HTTP::Status's rule from a phrase to a constant's suffix: `I'm`
/// (first only) becomes `I am`, then `tr/a-z \-/A-Z__/`.
fn mnemonic(phrase: &str) -> String {
    phrase
        .replacen("I'm", "I am", 1)
        .chars()
        .map(|c| match c {
            'a'..='z' => c.to_ascii_uppercase(),
            ' ' | '-' => '_',
            _ => c,
        })
        .collect()
}

/// Perl HTTP::Status `lib/HTTP/Status.pm` (HTTP-Message).
///
/// Phrases: the `%StatusCode` table. Names: for each phrase but
/// `(Unused)`, `HTTP_X` (canonical) and `RC_X` (legacy, deprecated), X
/// made by [`mnemonic`]; then `*RC_A = \&RC_B;` glob assignments and the
/// `%compat` hash (`A => \&HTTP_B` makes `HTTP_A` and `RC_A`), all kept
/// for backwards compatibility and so deprecated aliases.
pub(crate) fn http_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let table = code_table(l, "StatusCode");
    if table.is_empty() {
        return 0;
    }
    let mut decls = Vec::new();
    let mut codes: BTreeMap<String, u16> = BTreeMap::new();
    for (&code, phrase) in &table {
        out.phrases.insert(code, phrase.clone());
        if phrase == "(Unused)" {
            continue;
        }
        let suffix = mnemonic(phrase);
        for (name, deprecated) in [
            (format!("HTTP_{suffix}"), false),
            (format!("RC_{suffix}"), true),
        ] {
            codes.insert(name.clone(), code);
            decls.push(Decl::new(code, name).deprecated(deprecated));
        }
    }
    // `*RC_MOVED_TEMPORARILY = \&RC_FOUND;`
    for j in 0..l.toks.len() {
        if !(l.is_punct(j, '*')
            && l.is_punct(j + 2, '=')
            && l.is_punct(j + 3, '\\')
            && l.is_punct(j + 4, '&'))
        {
            continue;
        }
        if let (Some(name), Some(code)) =
            (l.ident(j + 1), l.ident(j + 5).and_then(|t| codes.get(t)))
        {
            decls.push(Decl::new(*code, name).deprecated(true));
        }
    }
    // `my %compat = ( OLD_NAME => \&HTTP_NEW_NAME, ... );`
    if let Some(body) = (1..l.toks.len())
        .find(|&j| l.is_punct(j - 1, '%') && l.is_ident(j, "compat") && l.is_punct(j + 1, '='))
        .and_then(|at| l.block_after(at))
    {
        for k in body {
            let (Some(old), true, true, true) = (
                l.ident(k),
                l.is_puncts(k + 1, "=>"),
                l.is_punct(k + 3, '\\'),
                l.is_punct(k + 4, '&'),
            ) else {
                continue;
            };
            if let Some(&code) = l.ident(k + 5).and_then(|t| codes.get(t)) {
                for name in [format!("HTTP_{old}"), format!("RC_{old}")] {
                    decls.push(Decl::new(code, name).deprecated(true));
                }
            }
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

#[cfg(test)]
mod tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    #[test]
    fn constants_follow_the_rule_and_compat_names_are_deprecated() {
        let src = "my %StatusCode = (\n    203 => 'Non-Authoritative Information',\n    \
                   302 => 'Found',\n    306 => '(Unused)',\n    418 => \"I'm a teapot\",\n    \
                   425 => 'Too Early',\n);\n\
                   $mnemonicCode .= \"*RC_$message = \\\\&HTTP_$message;\\n\";  # legacy\n\
                   *RC_MOVED_TEMPORARILY = \\&RC_FOUND;\n\
                   my %compat = (\n    NO_CODE => \\&HTTP_TOO_EARLY,\n);\n";
        let l = lex(src, Syntax::HASH);
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: BTreeMap::new(),
        };
        assert_eq!(http_status(&l, &mut out, &context), 11);
        let got: Vec<(u16, &str, bool, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.canonical, n.deprecated))
            .collect();
        assert_eq!(
            got,
            [
                (203, "HTTP_NON_AUTHORITATIVE_INFORMATION", true, false),
                (203, "RC_NON_AUTHORITATIVE_INFORMATION", false, true),
                (302, "HTTP_FOUND", true, false),
                (302, "RC_FOUND", false, true),
                (418, "HTTP_I_AM_A_TEAPOT", true, false),
                (418, "RC_I_AM_A_TEAPOT", false, true),
                (425, "HTTP_TOO_EARLY", true, false),
                (425, "RC_TOO_EARLY", false, true),
                (302, "RC_MOVED_TEMPORARILY", false, true),
                (425, "HTTP_NO_CODE", false, true),
                (425, "RC_NO_CODE", false, true),
            ]
        );
        assert_eq!(out.phrases[&306], "(Unused)");
        assert_eq!(out.phrases[&418], "I'm a teapot");
    }
}
