//! Ruby: Rack's status table (the names Rails accepts) and Net::HTTP's
//! response classes.

use std::collections::{BTreeMap, BTreeSet};

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Rack `lib/rack/utils.rb`.
///
/// Rack has no name constants: `SYMBOL_TO_STATUS_CODE` is computed from
/// `HTTP_STATUS_CODES` with `message.downcase.gsub(/\s|-/, '_').to_sym`,
/// which [`rack_symbol`] reproduces. The private
/// `OBSOLETE_SYMBOLS_TO_STATUS_CODES` (Rack 3.1+) still resolves, with a
/// deprecation warning: its symbols are deprecated aliases, or deprecated
/// canonical names where the code has no other symbol (509, 510).
pub(crate) fn rack(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(mut decls) = phrase_table(l, out, "HTTP_STATUS_CODES", rack_symbol) else {
        return 0;
    };
    let found = decls.len();
    if let Some(body) = l
        .find_assignment("OBSOLETE_SYMBOLS_TO_STATUS_CODES")
        .and_then(|at| l.block_after(at))
    {
        for j in body {
            // `payload_too_large: 413` or `:payload_too_large => 413`.
            let entry = match (l.ident(j), l.ident(j + 1)) {
                (Some(name), _)
                    if l.is_punct(j + 1, ':') && !l.is_punct(j.wrapping_sub(1), ':') =>
                {
                    l.code(j + 2).map(|c| (name, c))
                }
                (_, Some(name)) if l.is_punct(j, ':') && l.is_puncts(j + 2, "=>") => {
                    l.code(j + 4).map(|c| (name, c))
                }
                _ => None,
            };
            if let Some((name, code)) = entry {
                decls.push(Decl::new(code, name).deprecated(true));
            }
        }
    }
    out.declare(decls);
    found
}

/// Rack's rule: `message.downcase.gsub(/\s|-/, '_')`.
pub(crate) fn rack_symbol(phrase: &str) -> String {
    phrase
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == '-' {
                '_'
            } else {
                c
            }
        })
        .collect()
}

/// Reads a constant path (`Net::HTTPOK`, `HTTPOK`) at `j`; returns its last
/// segment and the index after it.
fn const_path(l: &Lexed, mut j: usize) -> Option<(&str, usize)> {
    let mut last = l.ident(j)?;
    j += 1;
    while l.is_puncts(j, "::") {
        last = l.ident(j + 2)?;
        j += 3;
    }
    last.starts_with(|c: char| c.is_ascii_uppercase())
        .then_some((last, j))
}

/// net-http `lib/net/http/responses.rb`.
///
/// Canonical: the class that `Net::HTTPResponse::CODE_TO_OBJ` maps each
/// code to. Aliases: constants assigned one of those classes
/// (`HTTPMovedTemporarily = HTTPFound`), followed through chains
/// (`HTTPRequestURITooLarge = HTTPRequestURITooLong = HTTPURITooLong`).
/// Deprecated: constants named in `deprecate_constant`.
pub(crate) fn net_http(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(body) = l
        .find_assignment("CODE_TO_OBJ")
        .and_then(|at| l.block_after(at))
    else {
        return 0;
    };
    let mut classes: Vec<(u16, &str)> = Vec::new();
    for j in body {
        if let (Some(code), true) = (l.code_str(j), l.is_puncts(j + 1, "=>")) {
            if let Some((class, _)) = const_path(l, j + 3) {
                classes.push((code, class));
            }
        }
    }
    // `A = B` between constant paths, alone on its line.
    let mut alias_of: Vec<(&str, &str)> = Vec::new();
    let mut deprecated: BTreeSet<&str> = BTreeSet::new();
    for j in 0..l.toks.len() {
        if l.is_ident(j, "deprecate_constant") {
            let mut k = j + 1;
            while k < l.toks.len() && l.line(k) == l.line(j) {
                if l.is_punct(k, ':') {
                    if let Some(name) = l.ident(k + 1) {
                        deprecated.insert(name);
                    }
                }
                k += 1;
            }
        }
        if !l.first(j) {
            continue;
        }
        let Some((name, eq)) = const_path(l, j) else {
            continue;
        };
        if !l.is_punct(eq, '=') || l.is_punct(eq + 1, '=') {
            continue;
        }
        if let Some((target, end)) = const_path(l, eq + 1) {
            if end >= l.toks.len() || l.line(end) != l.line(eq) {
                alias_of.push((name, target));
            }
        }
    }
    let targets: BTreeMap<&str, &str> = alias_of.iter().copied().collect();
    let resolve = |name: &str| {
        let mut name = name.to_string();
        for _ in 0..16 {
            match targets.get(name.as_str()) {
                Some(t) => name = t.to_string(),
                None => break,
            }
        }
        name
    };
    let mut code_of: BTreeMap<String, u16> = BTreeMap::new();
    let mut decls = Vec::new();
    for (code, class) in &classes {
        let class = resolve(class);
        code_of.insert(class.clone(), *code);
        let dep = deprecated.contains(class.as_str());
        decls.push(Decl::new(*code, class).deprecated(dep));
    }
    for (name, target) in &alias_of {
        if let Some(code) = code_of.get(&resolve(target)) {
            decls.push(Decl::new(*code, *name).deprecated(deprecated.contains(name)));
        }
    }
    out.declare(decls);
    classes.len()
}

/// Reads a `{ code => "phrase", … }` table assigned to `variable` (Ruby's
/// hash and Elixir's map are written alike): records each phrase, and
/// declares the name that `derive` makes of it, as both Rack and Plug do.
/// `None` if there is no such table.
pub(crate) fn phrase_table(
    l: &Lexed,
    out: &mut Extracted,
    variable: &str,
    derive: fn(&str) -> String,
) -> Option<Vec<Decl>> {
    let body = l
        .find_assignment(variable)
        .and_then(|at| l.block_after(at))?;
    let mut decls = Vec::new();
    for j in body {
        if let (Some(code), true, Some(phrase)) =
            (l.code(j), l.is_puncts(j + 1, "=>"), l.string(j + 3))
        {
            out.phrases.insert(code, phrase.to_string());
            decls.push(Decl::new(code, derive(phrase)));
        }
    }
    Some(decls)
}
