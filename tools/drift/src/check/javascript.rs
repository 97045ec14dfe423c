//! JavaScript and TypeScript: Node's `STATUS_CODES`, Angular's
//! `HttpStatusCode` enum, and the npm package http-status-codes.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// The members `NAME = <code>` of `enum <name>`, deprecated by a JSDoc
/// `@deprecated`; or, in compiled JavaScript (where no deprecation mark
/// survives), the statements `Name[Name["Member"] = 100] = "Member"`.
fn enum_codes(l: &Lexed, name: &str) -> Vec<Decl> {
    let Some(body) = l.find_pair("enum", name).and_then(|at| l.block_after(at)) else {
        return compiled_enum(l, name);
    };
    let end = body.end;
    let mut decls = Vec::new();
    for j in body {
        if let (Some(member), true, Some(code)) =
            (l.ident(j), l.is_punct(j + 1, '='), l.code(j + 2))
        {
            if l.is_punct(j + 3, ',') || j + 3 == end {
                decls.push(Decl::new(code, member).deprecated(l.deprecated_before(j)));
            }
        }
    }
    decls
}

/// `HttpStatusCode[HttpStatusCode["Continue"] = 100] = "Continue";`
fn compiled_enum(l: &Lexed, name: &str) -> Vec<Decl> {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if let (true, true, true, Some(member), true, true, Some(code), true) = (
            l.is_ident(j, name),
            l.is_punct(j + 1, '['),
            l.is_ident(j + 2, name),
            l.string(j + 4),
            l.is_punct(j + 3, '['),
            l.is_punct(j + 5, ']') && l.is_punct(j + 6, '='),
            l.code(j + 7),
            l.is_punct(j + 8, ']'),
        ) {
            decls.push(Decl::new(code, member));
        }
    }
    decls
}

/// Angular `response.ts` (or the built `.d.ts`): `enum HttpStatusCode`.
pub(crate) fn angular(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = enum_codes(l, "HttpStatusCode");
    let found = decls.len();
    out.declare(decls);
    found
}

/// http-status-codes `status-codes.d.ts` (or `.ts`): `enum StatusCodes`.
pub(crate) fn status_codes_enum(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = enum_codes(l, "StatusCodes");
    let found = decls.len();
    out.declare(decls);
    found
}

/// http-status-codes `reason-phrases.d.ts` (or `.ts`): `enum ReasonPhrases`,
/// whose members have the same names as `StatusCodes` (read first) and the
/// phrases as values.
pub(crate) fn reason_phrases_enum(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l
        .find_pair("enum", "ReasonPhrases")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let mut found = 0;
    for j in body {
        if let (Some(member), true, Some(phrase)) =
            (l.ident(j), l.is_punct(j + 1, '='), l.string(j + 2))
        {
            if let Some(code) = out.code_of(member) {
                out.phrases.insert(code, phrase.to_string());
                found += 1;
            }
        }
    }
    found
}

/// Node `lib/_http_server.js`: `const STATUS_CODES = { 100: 'Continue', ... }`.
/// Node has phrases only, no named constants.
pub(crate) fn node(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l
        .find_assignment("STATUS_CODES")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let mut found = 0;
    for j in body {
        if let (Some(code), true, Some(phrase)) =
            (l.code(j), l.is_punct(j + 1, ':'), l.string(j + 2))
        {
            out.phrases.insert(code, phrase.to_string());
            found += 1;
        }
    }
    found
}

/// One member of a TypeScript object type, `readonly KEY: VALUE;`: its key
/// (an identifier, a number or a string) and the token index of its value,
/// or the range inside the braces when the value is a nested object type.
#[derive(Debug, Clone)]
enum TsMember {
    Value(usize),
    Object(std::ops::Range<usize>),
}

/// The members of an object type body, in declaration order. A key given
/// twice keeps its first position and takes its last value, as a key
/// repeated in a JavaScript object literal does.
fn ts_members(l: &Lexed, body: std::ops::Range<usize>) -> Vec<(String, TsMember)> {
    use super::scan::Tok;
    let mut members: Vec<(String, TsMember)> = Vec::new();
    let mut j = body.start;
    while j < body.end {
        if l.is_ident(j, "readonly") {
            j += 1;
        }
        let key = match l.get(j) {
            Some(Tok::Ident(s) | Tok::Num(s) | Tok::Str(s)) if l.is_punct(j + 1, ':') => s.clone(),
            _ => {
                j += 1;
                continue;
            }
        };
        let at = j + 2;
        let member = if l.is_punct(at, '{') {
            let Some(close) = l.matching(at) else { break };
            j = close + 1;
            TsMember::Object(at + 1..close)
        } else {
            j = at + 1;
            TsMember::Value(at)
        };
        match members.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = member,
            None => members.push((key, member)),
        }
    }
    members
}

/// The names (`NOT_FOUND: 404`) of one http-status table, each with the
/// phrase the same table gives its code (`404: "Not Found"`).
fn http_status_table(l: &Lexed, members: &[(String, TsMember)], demoted: bool) -> Vec<Decl> {
    let phrase = |code: u16| {
        members.iter().find_map(|(k, m)| match m {
            TsMember::Value(v) if k.parse::<u16>() == Ok(code) => l.string(*v),
            _ => None,
        })
    };
    let mut decls = Vec::new();
    for (key, member) in members {
        let TsMember::Value(v) = member else { continue };
        let is_name = key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if let (true, Some(code)) = (is_name, l.code(*v)) {
            let mut decl = Decl::new(code, key.clone());
            decl.demoted = demoted;
            if let Some(p) = phrase(code) {
                decl = decl.phrase(p);
            }
            decls.push(decl);
        }
    }
    decls
}

/// npm http-status `dist/index.d.ts`: the object type of `declare const
/// status`, whose literal types are the runtime values.
///
/// Names are the members whose value is a code (`NOT_FOUND: 404`); the phrase
/// of a code is the member keyed by the code (`404: "Not Found"`). The
/// `*_NAME`, `*_MESSAGE` and `*_CLASS` companions and the `classes` markers
/// are not read. The tables of `extra` (unofficial, iis, nginx, cloudflare)
/// are read as the category modules expose them, merged into the main
/// table: main names first, the unofficial category's demoted (never
/// canonical beside another name), and a code's phrase from the table of its
/// canonical name (main-table phrases of codes without a name kept too).
pub(crate) fn http_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l
        .find_pair("const", "status")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let main = ts_members(l, body);
    let mut decls = http_status_table(l, &main, false);
    let main_phrases: Vec<(u16, String)> = main
        .iter()
        .filter_map(|(k, m)| match m {
            TsMember::Value(v) => Some((k.parse::<u16>().ok()?, l.string(*v)?.to_string())),
            TsMember::Object(_) => None,
        })
        .filter(|(code, _)| (100..=999).contains(code))
        .collect();
    if let Some((_, TsMember::Object(extra))) = main.iter().find(|(k, _)| k == "extra") {
        for (category, member) in ts_members(l, extra.clone()) {
            if let TsMember::Object(table) = member {
                let members = ts_members(l, table);
                decls.extend(http_status_table(l, &members, category == "unofficial"));
            }
        }
    }
    let found = decls.len();
    out.declare(decls);
    for (code, phrase) in main_phrases {
        out.phrases.entry(code).or_insert(phrase);
    }
    found
}

/// Deno `@std/http` `status.ts`: `export const STATUS_CODE = { NotFound: 404,
/// ... }` (deprecated by a JSDoc `@deprecated`) and `export const STATUS_TEXT =
/// { [STATUS_CODE.NotFound]: "Not Found", ... }`, whose keys name the members.
pub(crate) fn deno_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l
        .find_assignment("STATUS_CODE")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let mut decls = Vec::new();
    let mut depth = 0usize;
    for j in body {
        if l.is_punct(j, '{') || l.is_punct(j, '[') || l.is_punct(j, '(') {
            depth += 1;
        } else if l.is_punct(j, '}') || l.is_punct(j, ']') || l.is_punct(j, ')') {
            depth = depth.saturating_sub(1);
        } else if let (0, Some(member), true, Some(code)) =
            (depth, l.ident(j), l.is_punct(j + 1, ':'), l.code(j + 2))
        {
            decls.push(Decl::new(code, member).deprecated(l.deprecated_before(j)));
        }
    }
    let found = decls.len();
    out.declare(decls);
    let Some(text) = l
        .find_assignment("STATUS_TEXT")
        .and_then(|at| l.block_after(at))
    else {
        return found;
    };
    for j in text {
        if let (true, true, true, Some(member), true, true, Some(phrase)) = (
            l.is_punct(j, '['),
            l.is_ident(j + 1, "STATUS_CODE"),
            l.is_punct(j + 2, '.'),
            l.ident(j + 3),
            l.is_punct(j + 4, ']'),
            l.is_punct(j + 5, ':'),
            l.string(j + 6),
        ) {
            if let Some(code) = out.code_of(member) {
                out.phrases.insert(code, phrase.to_string());
            }
        }
    }
    found
}

/// Node `http2.constants`: the `HTTP_STATUS_*` members, read either from the
/// object the official binary prints for `console.log(require("http2").constants)`
/// (`HTTP_STATUS_OK: 200,`; JSON's `"HTTP_STATUS_OK": 200` works too) or from
/// the C++ macro list it is built from, `#define HTTP_STATUS_CODES(V)` in
/// `src/node_http2.h` (`V(OK, 200)`, exported with the `HTTP_STATUS_` prefix).
/// The object's other members (NGHTTP2_*, HTTP2_HEADER_*, HTTP2_METHOD_*,
/// DEFAULT_SETTINGS_*, MAX_*, MIN_*, PADDING_STRATEGY_*) are not statuses and
/// are skipped whatever their value. Node gives these names no phrases.
pub(crate) fn node_http2(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    use super::scan::Tok;
    let mut decls = Vec::new();
    if let Some(at) = l.find_pair("define", "HTTP_STATUS_CODES") {
        let mut j = at + 2;
        if l.is_punct(j, '(') && l.is_ident(j + 1, "V") && l.is_punct(j + 2, ')') {
            j += 3;
        }
        loop {
            if l.is_punct(j, '\\') {
                j += 1;
            } else if let (true, true, Some(name), true, Some(code), true) = (
                l.is_ident(j, "V"),
                l.is_punct(j + 1, '('),
                l.ident(j + 2),
                l.is_punct(j + 3, ','),
                l.code(j + 4),
                l.is_punct(j + 5, ')'),
            ) {
                decls.push(Decl::new(code, format!("HTTP_STATUS_{name}")));
                j += 6;
            } else {
                break;
            }
        }
    } else if let Some(body) = l.block_after(0) {
        let mut depth = 0usize;
        for j in body {
            if l.is_punct(j, '{') || l.is_punct(j, '[') {
                depth += 1;
            } else if l.is_punct(j, '}') || l.is_punct(j, ']') {
                depth = depth.saturating_sub(1);
            }
            let key = match l.get(j) {
                Some(Tok::Ident(s) | Tok::Str(s)) if depth == 0 => s,
                _ => continue,
            };
            if let (true, true, Some(code)) = (
                key.starts_with("HTTP_STATUS_"),
                l.is_punct(j + 1, ':'),
                l.code(j + 2),
            ) {
                decls.push(Decl::new(code, key.clone()));
            }
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

#[cfg(test)]
mod http_status_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    fn read(text: &str) -> Extracted {
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        http_status(&lex(text, Syntax::JS), &mut out, &context);
        out
    }

    #[test]
    fn a_repeated_key_takes_its_last_value_and_categories_rank_below_main() {
        // http-status 1.7.0 wrote FAILED_DEPENDENCY twice, the second time as 425.
        let out = read(
            "declare const status: {\n readonly classes: { readonly INFORMATIONAL: \"1xx\"; };\n\
             readonly 424: \"Failed Dependency\"; readonly \"424_NAME\": \"FAILED_DEPENDENCY\";\n\
             readonly FAILED_DEPENDENCY: 424;\n readonly 425: \"Too Early\"; readonly FAILED_DEPENDENCY: 425;\n\
             readonly 451: \"Unavailable\"; readonly UNAVAILABLE: 451;\n\
             readonly extra: {\n readonly unofficial: { readonly 499: \"Token Required\"; readonly TOKEN_REQUIRED: 499; };\n\
             readonly iis: { readonly 451: \"Redirect\"; readonly REDIRECT: 451; };\n\
             readonly nginx: { readonly 499: \"Client Closed Request\"; readonly CLIENT_CLOSED_REQUEST: 499; };\n}; };",
        );
        let names: Vec<(u16, &str, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.canonical))
            .collect();
        assert_eq!(
            names,
            [
                (425, "FAILED_DEPENDENCY", true),
                (451, "UNAVAILABLE", true),
                (499, "TOKEN_REQUIRED", false),
                (451, "REDIRECT", false),
                (499, "CLIENT_CLOSED_REQUEST", true),
            ]
        );
        assert_eq!(out.phrases[&424], "Failed Dependency");
        assert_eq!(out.phrases[&425], "Too Early");
        assert_eq!(out.phrases[&451], "Unavailable");
        assert_eq!(out.phrases[&499], "Client Closed Request");
        assert!(!out.phrases.contains_key(&100));
    }

    #[test]
    fn deno_text_keys_are_resolved_through_the_code_table() {
        let text = "export const STATUS_CODE = {\n  /** RFC */\n  Continue: 100,\n  /** @deprecated use Found */\n  Moved: 302,\n  Found: 302,\n} as const;\n\
                    export const STATUS_TEXT = {\n  [STATUS_CODE.Found]: \"Found\",\n  [STATUS_CODE.Continue]:\n    \"Continue\",\n} as const;\n";
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        assert_eq!(deno_status(&lex(text, Syntax::JS), &mut out, &context), 3);
        let names: Vec<(u16, &str, bool, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.canonical, n.deprecated))
            .collect();
        assert_eq!(
            names,
            [
                (100, "Continue", true, false),
                (302, "Moved", false, true),
                (302, "Found", true, false),
            ]
        );
        assert_eq!(out.phrases[&100], "Continue");
        assert_eq!(out.phrases[&302], "Found");
    }

    #[test]
    fn node_http2_reads_the_printed_object_or_the_macro_list() {
        let context = Context {
            rfc_phrases: Default::default(),
        };
        let names = |text: &str| {
            let mut out = Extracted::default();
            node_http2(&lex(text, Syntax::JS), &mut out, &context);
            out.names
                .iter()
                .map(|n| (n.code, n.bare.clone()))
                .collect::<Vec<_>>()
        };
        let printed = "{\n  NGHTTP2_ERR_FRAME_SIZE_ERROR: -522,\n  DEFAULT_SETTINGS_MAX_FRAME_SIZE: 16384,\n\
                       HTTP2_HEADER_STATUS: ':status',\n  NOT_A_STATUS: 404,\n  HTTP_STATUS_CONTINUE: 100,\n\
                       HTTP_STATUS_TEAPOT: 418,\n  PADDING_STRATEGY_MAX: 2\n}\n";
        let expected = [
            (100, "HTTP_STATUS_CONTINUE".to_string()),
            (418, "HTTP_STATUS_TEAPOT".to_string()),
        ];
        assert_eq!(names(printed), expected);
        let header = "#define HTTP_STATUS_CODES(V)   \\\n  V(CONTINUE, 100)   \\\n  V(TEAPOT, 418)\n\n\
                      enum http_status_codes {\n#define V(name, code) HTTP_STATUS_##name = code,\n};\n";
        assert_eq!(names(header), expected);
    }
}
