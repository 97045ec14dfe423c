//! Python: the standard library's `http.HTTPStatus` and Python 2's
//! `httplib`, and the plain constant modules of Starlette and Django REST
//! framework.

use std::collections::BTreeMap;

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Whether token `j` starts a module-level `NAME = <code>` line (the code
/// alone on the right-hand side).
fn module_constant(l: &Lexed, j: usize) -> Option<(&str, u16)> {
    let t = l.toks.get(j)?;
    if !t.first || t.col != 0 || !l.is_punct(j + 1, '=') {
        return None;
    }
    let name = l.ident(j)?;
    let code = l.code(j + 2)?;
    let alone = j + 3 >= l.toks.len() || l.line(j + 3) != l.line(j + 2);
    alone.then_some((name, code))
}

/// CPython `Lib/http/__init__.py`, `class HTTPStatus`.
///
/// Members are `NAME = code, 'Phrase', 'Description'` (parenthesised or
/// not). As in any Python `IntEnum`, the first member defined for a value is
/// canonical (it is what `.name` returns) and later ones are aliases,
/// whether written `OLD = NEW` (3.13+) or with the same value. The phrase is
/// the canonical member's.
pub(crate) fn http_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(class) = l.find_pair("class", "HTTPStatus") else {
        return 0;
    };
    let class_col = l.toks[class].col;
    let mut member_col = None;
    let mut codes: BTreeMap<&str, u16> = BTreeMap::new();
    let mut decls = Vec::new();
    for j in class + 2..l.toks.len() {
        let t = &l.toks[j];
        if t.first && t.col <= class_col {
            break;
        }
        if !t.first || member_col.is_some_and(|c| c != t.col) {
            continue;
        }
        let (Some(name), true) = (l.ident(j), l.is_punct(j + 1, '=')) else {
            continue;
        };
        if l.is_punct(j + 2, '=') {
            continue;
        }
        let value = if l.is_punct(j + 2, '(') { j + 3 } else { j + 2 };
        let decl = if let Some(code) = l.code(value) {
            let phrase = if l.is_punct(value + 1, ',') {
                l.string(value + 2)
            } else {
                None
            };
            let mut d = Decl::new(code, name);
            if let Some(p) = phrase {
                d = d.phrase(p);
            }
            Some(d)
        } else if let Some(code) = l.ident(j + 2).and_then(|t| codes.get(t)) {
            // `REQUEST_ENTITY_TOO_LARGE = CONTENT_TOO_LARGE`
            let alone = j + 3 >= l.toks.len() || l.line(j + 3) != l.line(j + 2);
            alone.then(|| Decl::new(*code, name))
        } else {
            None
        };
        if let Some(d) = decl {
            member_col = Some(t.col);
            codes.insert(name, d.code);
            decls.push(d);
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

/// Python 2 `Lib/httplib.py`.
///
/// Names: the module's integer constants after the `# status codes`
/// comment (which keeps `HTTP_PORT`, `HTTPS_PORT` and `_MAXHEADERS` out)
/// and before the `responses` dict. Phrases: the `responses` dict, keyed by
/// code or by constant.
pub(crate) fn httplib(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let from_line = l
        .comments
        .iter()
        .find(|c| c.text.trim().eq_ignore_ascii_case("status codes"))
        .map_or(0, |c| c.line);
    let responses = l.find_assignment("responses");
    let end = responses.unwrap_or(l.toks.len());
    let mut decls = Vec::new();
    for j in 0..end {
        if l.line(j) <= from_line {
            continue;
        }
        if let Some((name, code)) = module_constant(l, j) {
            if !name.starts_with('_') && !name.ends_with("_PORT") {
                decls.push(Decl::new(code, name));
            }
        }
    }
    let found = decls.len();
    out.declare(decls);
    if let Some(body) = responses.and_then(|at| l.block_after(at)) {
        for j in body {
            let code = l
                .code(j)
                .or_else(|| l.ident(j).and_then(|n| out.code_of(n)));
            if let (Some(code), true, Some(phrase)) =
                (code, l.is_punct(j + 1, ':'), l.string(j + 2))
            {
                out.phrases.insert(code, phrase.to_string());
            }
        }
    }
    found
}

/// Starlette `starlette/status.py` and Django REST framework
/// `rest_framework/status.py`: module-level `HTTP_NNN_NAME = NNN`.
///
/// Starlette 0.48+ also lists removed names in a `__deprecated__` dict that
/// its module `__getattr__` serves with a deprecation warning: those are
/// deprecated, aliases of the code's current name.
pub(crate) fn status_module(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        if let Some((name, code)) = module_constant(l, j) {
            if !name.starts_with('_') {
                decls.push(Decl::new(code, name));
            }
        }
    }
    let found = decls.len();
    if let Some(body) = l
        .find_assignment("__deprecated__")
        .and_then(|at| l.block_after(at))
    {
        for j in body {
            if let (Some(name), true, Some(code)) =
                (l.string(j), l.is_punct(j + 1, ':'), l.code(j + 2))
            {
                decls.push(Decl::new(code, name).deprecated(true));
            }
        }
    }
    out.declare(decls);
    found
}
