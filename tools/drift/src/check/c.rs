//! C upstream formats: nginx, and lua-nginx-module (OpenResty), whose
//! `ngx.HTTP_*` constants take their values from nginx's macros.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// nginx macros in the status range that are not statuses: the threshold
/// of special responses (300), the first of nginx's own codes (494, which
/// `NGX_HTTP_REQUEST_HEADER_TOO_LARGE` names), and the bounds of the status
/// line and error page tables (`NGX_HTTP_LAST_2XX` = 207, ...).
fn is_nginx_marker(name: &str) -> bool {
    name == "NGX_HTTP_SPECIAL_RESPONSE"
        || name == "NGX_HTTP_NGINX_CODES"
        || name.starts_with("NGX_HTTP_LAST_")
        || name.starts_with("NGX_HTTP_OFF_")
}

/// Every `#define NGX_HTTP_NAME NNN` (or `NGX_HTTPS_NAME`) whose whole
/// body is a status code, markers left out, in file order.
fn nginx_status_macros(l: &Lexed) -> Vec<Decl> {
    let mut out = Vec::new();
    for j in 0..l.toks.len() {
        if !(l.first(j) && l.is_punct(j, '#') && l.is_ident(j + 1, "define")) {
            continue;
        }
        let (Some(name), Some(code)) = (l.ident(j + 2), l.code(j + 3)) else {
            continue;
        };
        let one_line = l.line(j + 3) == l.line(j) && l.line(j + 4) != l.line(j);
        let ours = name.starts_with("NGX_HTTP_") || name.starts_with("NGX_HTTPS_");
        if one_line && ours && !is_nginx_marker(name) {
            out.push(Decl::new(code, name));
        }
    }
    out
}

/// A status line as nginx writes it, `"404 Not Found"` or
/// `"HTTP/1.1 103 Early Hints"`: the code and the phrase.
fn status_line(text: &str) -> Option<(u16, &str)> {
    let text = text.strip_prefix("HTTP/1.1 ").unwrap_or(text);
    let (code, phrase) = text.split_once(' ')?;
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) || phrase.is_empty() {
        return None;
    }
    Some((code.parse().ok()?, phrase))
}

/// nginx `src/http/ngx_http_request.h`: the status macros. One macro per
/// code once the markers are left out, so every name is canonical.
pub(crate) fn nginx_macros(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = nginx_status_macros(l);
    let found = decls.len();
    out.declare(decls);
    found
}

/// nginx `src/http/ngx_http_header_filter_module.c`: the phrases of the
/// status lines nginx writes, the `ngx_string("NNN Phrase")` entries of
/// `ngx_http_status_lines[]` (the code read from the string; the
/// `ngx_null_string` slots have none) and `ngx_http_early_hints_status_line`.
pub(crate) fn nginx_status_lines(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut found = 0;
    let mut add = |text: &str, out: &mut Extracted| {
        if let Some((code, phrase)) = status_line(text) {
            out.phrases.insert(code, phrase.to_string());
            found += 1;
        }
    };
    for j in 0..l.toks.len() {
        if l.is_ident(j, "ngx_http_status_lines")
            && l.is_punct(j + 1, '[')
            && l.is_punct(j + 2, ']')
            && l.is_punct(j + 3, '=')
            && l.is_punct(j + 4, '{')
        {
            let Some(close) = l.matching(j + 4) else {
                continue;
            };
            for k in j + 5..close {
                if l.is_ident(k, "ngx_string") && l.is_punct(k + 1, '(') {
                    if let Some(text) = l.string(k + 2) {
                        add(text, out);
                    }
                }
            }
        } else if l.is_ident(j, "ngx_http_early_hints_status_line")
            && l.is_punct(j + 1, '=')
            && l.is_ident(j + 2, "ngx_string")
            && l.is_punct(j + 3, '(')
        {
            if let Some(text) = l.string(j + 4) {
                add(text, out);
            }
        }
    }
    found
}

/// lua-nginx-module, first file: nginx's `src/http/ngx_http_request.h`,
/// whose status macros give the values that `ngx_http_lua_consts.c` pushes
/// by name. They are kept in `out.names` only until [`lua_consts`] reads
/// them as its table of values and replaces them with the `ngx.*` names.
pub(crate) fn lua_nginx_macros(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = nginx_status_macros(l);
    let found = decls.len();
    out.declare(decls);
    found
}

/// lua-nginx-module `src/ngx_http_lua_consts.c`: each
/// `lua_pushinteger(L, VALUE); lua_setfield(L, -2, "NAME");` whose VALUE is
/// a status code, written as a number or as an nginx status macro (markers
/// such as `NGX_HTTP_SPECIAL_RESPONSE` and method flags such as
/// `NGX_HTTP_GET` resolve to no status and are skipped). A constant after a
/// comment saying it is kept for backward compatibility is deprecated; the
/// first name of a code that is not deprecated is canonical.
pub(crate) fn lua_consts(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let macros = std::mem::take(&mut out.names);
    let value_of = |name: &str| macros.iter().find(|n| n.bare == name).map(|n| n.code);
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        let call = l.is_ident(j, "lua_pushinteger")
            && l.is_punct(j + 1, '(')
            && l.is_ident(j + 2, "L")
            && l.is_punct(j + 3, ',')
            && l.is_punct(j + 5, ')')
            && l.is_punct(j + 6, ';')
            && l.is_ident(j + 7, "lua_setfield")
            && l.is_punct(j + 8, '(')
            && l.is_ident(j + 9, "L")
            && l.is_punct(j + 10, ',')
            && l.is_punct(j + 11, '-')
            && l.is_punct(j + 13, ',')
            && l.is_punct(j + 15, ')');
        if !call {
            continue;
        }
        let code = l.code(j + 4).or_else(|| l.ident(j + 4).and_then(value_of));
        let (Some(code), Some(name)) = (code, l.string(j + 14)) else {
            continue;
        };
        let kept = l
            .comments_between(j.checked_sub(1), j)
            .any(|c| c.text.to_ascii_lowercase().contains("backward compatib"));
        decls.push(Decl::new(code, name).deprecated(kept));
    }
    let found = decls.len();
    out.declare(decls);
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

    const HEADER: &str = "#define NGX_HTTP_LOG_UNSAFE                1\n\
        #define NGX_HTTP_OK                        200\n\
        #define NGX_HTTP_SPECIAL_RESPONSE          300\n\
        #define NGX_HTTP_NOT_IMPLEMENTED           501\n\
        #define NGX_HTTP_NGINX_CODES               494\n\
        #define NGX_HTTP_REQUEST_HEADER_TOO_LARGE  494\n\
        #define NGX_HTTPS_NO_CERT                  496\n\
        #define NGX_HTTP_GET                       0x00000002\n\
        #define NGX_HTTP_LOWLEVEL_BUFFERED         0xf0\n";

    #[test]
    fn nginx_leaves_out_markers_and_reads_status_lines() {
        let mut out = Extracted::default();
        assert_eq!(
            nginx_macros(&lex(HEADER, Syntax::C), &mut out, &context()),
            4
        );
        let names: Vec<&str> = out.names.iter().map(|n| n.bare.as_str()).collect();
        assert_eq!(
            names,
            [
                "NGX_HTTP_OK",
                "NGX_HTTP_NOT_IMPLEMENTED",
                "NGX_HTTP_REQUEST_HEADER_TOO_LARGE",
                "NGX_HTTPS_NO_CERT"
            ]
        );
        let filter = "static ngx_str_t ngx_http_early_hints_status_line =\n    \
            ngx_string(\"HTTP/1.1 103 Early Hints\" CRLF);\n\
            static ngx_str_t ngx_http_status_lines[] = {\n    ngx_string(\"200 OK\"),\n    \
            ngx_null_string,  /* \"203 Non-Authoritative Information\" */\n\
            #define NGX_HTTP_LAST_2XX  207\n    ngx_string(\"302 Moved Temporarily\"),\n};\n\
            ngx_string(\"404 Elsewhere\");";
        let lexed = lex(filter, Syntax::C);
        assert_eq!(
            nginx_macros(&lexed, &mut Extracted::default(), &context()),
            0
        );
        assert_eq!(nginx_status_lines(&lexed, &mut out, &context()), 3);
        let phrases: Vec<(u16, &str)> = out.phrases.iter().map(|(c, p)| (*c, p.as_str())).collect();
        assert_eq!(
            phrases,
            [
                (103, "Early Hints"),
                (200, "OK"),
                (302, "Moved Temporarily")
            ]
        );
    }

    #[test]
    fn openresty_resolves_macros_and_marks_the_compatibility_name() {
        let consts = "lua_pushinteger(L, NGX_HTTP_GET);\nlua_setfield(L, -2, \"HTTP_GET\");\n\
            lua_pushinteger(L, NGX_HTTP_OK);\nlua_setfield(L, -2, \"HTTP_OK\");\n\
            lua_pushinteger(L, NGX_HTTP_SPECIAL_RESPONSE);\nlua_setfield(L, -2, \"HTTP_SPECIAL_RESPONSE\");\n\
            lua_pushinteger(L, 451);\nlua_setfield(L, -2, \"HTTP_ILLEGAL\");\n\
            lua_pushinteger(L, NGX_HTTP_NOT_IMPLEMENTED);\nlua_setfield(L, -2, \"HTTP_NOT_IMPLEMENTED\");\n\
            /* keep for backward compatibility */\n\
            lua_pushinteger(L, NGX_HTTP_NOT_IMPLEMENTED);\nlua_setfield(L, -2, \"HTTP_METHOD_NOT_IMPLEMENTED\");\n";
        let mut out = Extracted::default();
        assert_eq!(
            lua_nginx_macros(&lex(consts, Syntax::C), &mut out, &context()),
            0
        );
        assert_eq!(
            lua_nginx_macros(&lex(HEADER, Syntax::C), &mut out, &context()),
            4
        );
        assert_eq!(lua_consts(&lex(consts, Syntax::C), &mut out, &context()), 4);
        let names: Vec<(u16, &str, bool, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.canonical, n.deprecated))
            .collect();
        assert_eq!(
            names,
            [
                (200, "HTTP_OK", true, false),
                (451, "HTTP_ILLEGAL", true, false),
                (501, "HTTP_NOT_IMPLEMENTED", true, false),
                (501, "HTTP_METHOD_NOT_IMPLEMENTED", false, true),
            ]
        );
    }
}
