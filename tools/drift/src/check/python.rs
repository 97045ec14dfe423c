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

/// Python's keywords: `codes.continue` is a syntax error, so a title that
/// is one cannot be written as an attribute.
const PYTHON_KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Whether `name` can follow `codes.` in Python code: an ASCII identifier
/// that is not a keyword (the registry holds identifiers only).
fn is_attribute_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !PYTHON_KEYWORDS.contains(&name)
}

/// The double-quoted words of a comment: `"resume" and "resume_incomplete"`.
fn quoted_words(text: &str) -> Vec<&str> {
    text.split('"').skip(1).step_by(2).collect()
}

/// requests `src/requests/status_codes.py`: the `_codes` dict of
/// `code: ("title", ...)` tuples that `_init` turns into attributes of
/// `requests.codes`.
///
/// For each title, in order, `_init` sets the title and, unless it starts
/// with `\` or `/`, its upper-case form; a later setting of the same name
/// overrides an earlier one (`precondition` is 412, then 428). Names that
/// are not identifiers (`\o/`, `early-hints`) or are keywords (`continue`)
/// cannot be written as attributes and are left out. The first surviving
/// name of a code is canonical. Titles quoted in a comment of the tuple
/// that says they are to be removed are deprecated.
pub(crate) fn requests_codes(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l.find_assignment("_codes").and_then(|at| l.block_after(at)) else {
        return 0;
    };
    // (code, name, deprecated) in setattr order.
    let mut sets: Vec<(u16, String, bool)> = Vec::new();
    for j in body {
        let (Some(code), true, true) = (l.code(j), l.is_punct(j + 1, ':'), l.is_punct(j + 2, '('))
        else {
            continue;
        };
        let Some(close) = l.matching(j + 2) else {
            continue;
        };
        let (first_line, last_line) = (l.line(j), l.line(close));
        let removed: Vec<&str> = l
            .comments
            .iter()
            .filter(|c| (first_line..=last_line).contains(&c.line) && c.text.contains("removed"))
            .flat_map(|c| quoted_words(&c.text))
            .collect();
        for k in j + 3..close {
            let Some(title) = l.string(k) else { continue };
            let deprecated = removed.contains(&title);
            sets.push((code, title.to_string(), deprecated));
            if !title.starts_with(['\\', '/']) {
                sets.push((code, title.to_uppercase(), deprecated));
            }
        }
    }
    let mut decls = Vec::new();
    for (i, (code, name, deprecated)) in sets.iter().enumerate() {
        let overridden = sets[i + 1..].iter().any(|(_, later, _)| later == name);
        if !overridden && is_attribute_name(name) {
            decls.push(Decl::new(*code, name.as_str()).deprecated(*deprecated));
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

#[cfg(test)]
mod requests_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    #[test]
    fn later_titles_win_and_unwritable_ones_are_left_out() {
        let src = "_codes = {\n    100: (\"continue\",),\n    200: (\"ok\", \"\\\\o/\", \"✓\"),\n    \
                   308: (\n        \"permanent_redirect\",\n        \"resume\",\n    ),  # \"resume\" to be removed in 3.0\n    \
                   412: (\"precondition_failed\", \"precondition\"),\n    428: (\"precondition_required\", \"precondition\"),\n    \
                   500: (\"/o\\\\\", \"-o-\"),\n}\n";
        let l = lex(src, Syntax::HASH);
        let mut out = Extracted::default();
        assert_eq!(
            requests_codes(
                &l,
                &mut out,
                &Context {
                    rfc_phrases: BTreeMap::new()
                }
            ),
            13
        );
        let got: Vec<(u16, &str, bool, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.canonical, n.deprecated))
            .collect();
        assert_eq!(
            got,
            [
                (100, "CONTINUE", true, false),
                (200, "ok", true, false),
                (200, "OK", false, false),
                (308, "permanent_redirect", true, false),
                (308, "PERMANENT_REDIRECT", false, false),
                (308, "resume", false, true),
                (308, "RESUME", false, true),
                (412, "precondition_failed", true, false),
                (412, "PRECONDITION_FAILED", false, false),
                (428, "precondition_required", true, false),
                (428, "PRECONDITION_REQUIRED", false, false),
                (428, "precondition", false, false),
                (428, "PRECONDITION", false, false),
            ]
        );
    }
}

/// Django `django/http/response.py`: the response classes that fix a
/// status with a `status_code = NNN` class attribute
/// (`class HttpResponseNotFound(HttpResponse): status_code = 404`).
///
/// A class without its own `status_code` inherits that of a base class
/// found earlier in the file. `HttpResponseBase`'s `status_code = 200` is
/// the default of every response (any status can be passed to the
/// constructor), not a fixed status, so it is not a name, nor passed on.
pub(crate) fn django_responses(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    const ROOT: &str = "HttpResponseBase";
    let mut fixed: BTreeMap<String, Option<u16>> = BTreeMap::new();
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        let t = &l.toks[j];
        if !(t.first && t.col == 0 && l.is_ident(j, "class")) {
            continue;
        }
        let Some(name) = l.ident(j + 1) else { continue };
        let base = if l.is_punct(j + 2, '(') {
            l.ident(j + 3)
        } else {
            None
        };
        // The class body: the lines below it that are indented.
        let mut own = None;
        for k in j + 2..l.toks.len() {
            let b = &l.toks[k];
            if b.first && b.col == 0 {
                break;
            }
            if b.first
                && l.is_ident(k, "status_code")
                && l.is_punct(k + 1, '=')
                && l.line(k + 3) != l.line(k + 2)
            {
                if let Some(code) = l.code(k + 2) {
                    own = Some(code);
                    break;
                }
            }
        }
        let code = if name == ROOT {
            None
        } else {
            own.or_else(|| base.and_then(|b| fixed.get(b).copied().flatten()))
        };
        fixed.insert(name.to_string(), code);
        if let Some(code) = code {
            decls.push(Decl::new(code, name));
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

#[cfg(test)]
mod django_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    #[test]
    fn classes_that_fix_a_status_and_their_subclasses() {
        let src = "class HttpResponseBase:\n    status_code = 200\n\n\
                   class HttpResponse(HttpResponseBase):\n    pass\n\n\
                   class HttpResponseRedirectBase(HttpResponse):\n    allowed = []\n\n\
                   class HttpResponseRedirect(HttpResponseRedirectBase):\n    status_code = 302\n    status_code_preserve_request = 307\n\n\
                   class Moved(HttpResponseRedirect):\n    pass\n\n\
                   class HttpResponseNotFound(HttpResponse):\n    status_code = 404\n\n\
                   class Http404(Exception):\n    pass\n\n\
                   class JsonResponse(HttpResponse):\n    def __init__(self, status_code=201):\n        pass\n";
        let l = lex(src, Syntax::HASH);
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: BTreeMap::new(),
        };
        assert_eq!(django_responses(&l, &mut out, &context), 3);
        let got: Vec<(u16, &str)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (302, "HttpResponseRedirect"),
                (302, "Moved"),
                (404, "HttpResponseNotFound")
            ]
        );
    }
}

/// Werkzeug `src/werkzeug/http.py`: the module-level `HTTP_STATUS_CODES`
/// dict of `code: "Phrase"` (the assignment may carry a type annotation).
/// Werkzeug has no status names, only these phrases.
pub(crate) fn werkzeug_status_codes(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(at) = (0..l.toks.len()).find(|&j| {
        l.is_ident(j, "HTTP_STATUS_CODES")
            && l.toks[j].first
            && l.toks[j].col == 0
            && (l.is_punct(j + 1, '=') || l.is_punct(j + 1, ':'))
    }) else {
        return 0;
    };
    // Past a type annotation (`: dict[int, str]`), to the `=`.
    let Some(body) = (at..l.toks.len())
        .find(|&j| l.is_punct(j, '='))
        .and_then(|eq| l.block_after(eq))
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

#[cfg(test)]
mod werkzeug_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    #[test]
    fn the_module_level_table_only() {
        let src = "def f():\n    HTTP_STATUS_CODES = {999: \"No\"}\n\n\
                   HTTP_STATUS_CODES: dict[int, str] = {\n    100: \"Continue\",\n    \
                   418: \"I'm a teapot\",  # see RFC 2324\n}\n";
        let l = lex(src, Syntax::HASH);
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: BTreeMap::new(),
        };
        assert_eq!(werkzeug_status_codes(&l, &mut out, &context), 2);
        assert_eq!(out.phrases[&418], "I'm a teapot");
        assert!(!out.phrases.contains_key(&999));
    }
}
