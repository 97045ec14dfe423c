//! Crystal upstream formats.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Crystal `src/http/status.cr`: the members `NAME = <code>` of `enum
/// HTTP::Status` (deprecated by an `@[Deprecated]` annotation), and the
/// phrases of its `description` method, `when <code> then "<phrase>"`.
/// A member the method has no `when` for (103 EARLY_HINTS) has no phrase.
pub(crate) fn http_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(start) = (0..l.toks.len()).find(|&j| {
        l.is_ident(j, "enum")
            && l.is_ident(j + 1, "HTTP")
            && l.is_puncts(j + 2, "::")
            && l.is_ident(j + 4, "Status")
    }) else {
        return 0;
    };
    let mut decls = Vec::new();
    let mut j = start + 5;
    // The members come before the first method.
    while j < l.toks.len() && !l.is_ident(j, "def") && !l.is_ident(j, "end") {
        if let (Some(name), true, Some(code)) = (l.ident(j), l.is_punct(j + 1, '='), l.code(j + 2))
        {
            if l.first(j)
                && name
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            {
                decls.push(Decl::new(code, name).deprecated(l.deprecated_before(j)));
            }
        }
        j += 1;
    }
    let found = decls.len();
    out.declare(decls);
    let Some(def) =
        (j..l.toks.len()).find(|&k| l.is_ident(k, "def") && l.is_ident(k + 1, "description"))
    else {
        return found;
    };
    let mut k = def + 2;
    while k < l.toks.len() && !l.is_ident(k, "def") {
        if let (true, Some(code), true, Some(phrase)) = (
            l.is_ident(k, "when"),
            l.code(k + 1),
            l.is_ident(k + 2, "then"),
            l.string(k + 3),
        ) {
            out.phrases.insert(code, phrase.to_string());
        }
        k += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    #[test]
    fn members_and_description_phrases() {
        let text = "enum HTTP::Status\n  CONTINUE = 100\n  EARLY_HINTS = 103\n  @[Deprecated(\"x\")]\n  OLD = 306\n\n\
                    def code : Int32\n    value\n  end\n\n  def description : String?\n    case code\n\
                    when 100 then \"Continue\"\n    when 306 then \"Switch Proxy\"\n    else          nil\n    end\n  end\nend\n";
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        assert_eq!(http_status(&lex(text, Syntax::HASH), &mut out, &context), 3);
        let names: Vec<(u16, &str, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.deprecated))
            .collect();
        assert_eq!(
            names,
            [
                (100, "CONTINUE", false),
                (103, "EARLY_HINTS", false),
                (306, "OLD", true)
            ]
        );
        assert_eq!(out.phrases.len(), 2);
        assert_eq!(out.phrases[&306], "Switch Proxy");
        assert!(!out.phrases.contains_key(&103));
    }
}
