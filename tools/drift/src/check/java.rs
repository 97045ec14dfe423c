//! Java: constant classes (`HttpURLConnection`, Apache's `HttpStatus`),
//! enums that carry a phrase (Spring's `HttpStatus`, Jakarta REST's
//! `Response.Status`), and Apache's phrase catalog.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// Every `static final int NAME = NNN;`, deprecated by `@Deprecated` or a
/// javadoc `@deprecated`; also `NAME = OTHER;` where `OTHER` is a field
/// declared before it (httpcore5's `SC_UNPROCESSABLE_ENTITY =
/// SC_UNPROCESSABLE_CONTENT`), which names the same code.
fn int_fields(l: &Lexed) -> Vec<Decl> {
    let mut decls: Vec<Decl> = Vec::new();
    for j in 0..l.toks.len() {
        let code = l.code(j + 3).or_else(|| {
            let other = l.ident(j + 3)?;
            decls.iter().find(|d| d.name == other).map(|d| d.code)
        });
        if let (true, Some(name), true, Some(code), true) = (
            l.is_ident(j, "int"),
            l.ident(j + 1),
            l.is_punct(j + 2, '='),
            code,
            l.is_punct(j + 4, ';'),
        ) {
            let start = l.decl_start(j);
            let modifiers: Vec<&str> = (start..j).filter_map(|k| l.ident(k)).collect();
            if modifiers.contains(&"static") && modifiers.contains(&"final") {
                decls.push(Decl::new(code, name).deprecated(l.deprecated_before(start)));
            }
        }
    }
    decls
}

/// OpenJDK `java/net/HttpURLConnection.java`: `public static final int
/// HTTP_*` fields. Where two share a code (500), the one not deprecated is
/// canonical.
pub(crate) fn http_url_connection(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = int_fields(l);
    let found = decls.len();
    out.declare(decls);
    found
}

/// Apache's class constants: they name a class of statuses, not a status,
/// although each has the value of the class's first code.
const APACHE_CLASS_CONSTANTS: [&str; 5] = [
    "SC_INFORMATIONAL",
    "SC_SUCCESS",
    "SC_REDIRECTION",
    "SC_CLIENT_ERROR",
    "SC_SERVER_ERROR",
];

/// httpcore5 `HttpStatus.java`: `public static final int SC_*` fields.
/// Where several share a code, the canonical one is the field that is
/// neither deprecated nor one of the five class constants
/// (`SC_INFORMATIONAL` = 100, ...), as the registry documents.
pub(crate) fn apache_http_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = int_fields(l);
    for d in &mut decls {
        d.demoted = APACHE_CLASS_CONSTANTS.contains(&d.name.as_str());
    }
    let found = decls.len();
    out.declare(decls);
    found
}

/// httpcore5 `EnglishReasonPhraseCatalog.java`:
/// `setReason(HttpStatus.SC_OK, "OK");`, the constant resolved through
/// `HttpStatus.java` (read first). A later call for the same code wins, as
/// it does at run time.
pub(crate) fn apache_reason_phrases(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut found = 0;
    for j in 0..l.toks.len() {
        if !l.is_ident(j, "setReason") || !l.is_punct(j + 1, '(') {
            continue;
        }
        let mut k = j + 2;
        if l.is_ident(k, "HttpStatus") && l.is_punct(k + 1, '.') {
            k += 2;
        }
        let code = l
            .code(k)
            .or_else(|| l.ident(k).and_then(|n| out.code_of(n)));
        if let (Some(code), true, Some(phrase)) = (code, l.is_punct(k + 1, ','), l.string(k + 2)) {
            out.phrases.insert(code, phrase.to_string());
            found += 1;
        }
    }
    found
}

/// The constants of `enum <name>` written `NAME(code, ..., "Phrase")`.
fn enum_with_phrase(l: &Lexed, name: &str) -> Vec<Decl> {
    let Some(body) = l.find_pair("enum", name).and_then(|at| l.block_after(at)) else {
        return Vec::new();
    };
    let mut decls = Vec::new();
    for j in body.clone() {
        let (Some(constant), true, Some(code), true) = (
            l.ident(j),
            l.is_punct(j + 1, '('),
            l.code(j + 2),
            l.is_punct(j + 3, ','),
        ) else {
            continue;
        };
        let Some(close) = l.matching(j + 1) else {
            continue;
        };
        if !(l.is_punct(close + 1, ',') || l.is_punct(close + 1, ';') || close + 1 == body.end) {
            continue;
        }
        let Some(phrase) = (j + 4..close).rev().find_map(|k| l.string(k)) else {
            continue;
        };
        decls.push(
            Decl::new(code, constant)
                .phrase(phrase)
                .deprecated(l.deprecated_before(j)),
        );
    }
    decls
}

/// Spring `HttpStatus.java`: `CONTINUE(100, Series.INFORMATIONAL, "Continue")`.
///
/// Where two constants share a code (Spring 7: `CONTENT_TOO_LARGE` and the
/// deprecated `PAYLOAD_TOO_LARGE`), the one not deprecated is canonical and
/// its reason phrase is the code's phrase; a deprecated constant with no
/// replacement (`I_AM_A_TEAPOT`) stays canonical.
pub(crate) fn spring(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = enum_with_phrase(l, "HttpStatus");
    let found = decls.len();
    out.declare(decls);
    found
}

/// Jakarta REST `Response.java`, `enum Status`: `OK(200, "OK")`.
pub(crate) fn jakarta(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = enum_with_phrase(l, "Status");
    let found = decls.len();
    out.declare(decls);
    found
}

// Issue 9, group A: Jakarta Servlet, Netty, Jetty, Undertow, Micronaut.

/// Jakarta Servlet `HttpServletResponse.java`: interface fields
/// `int SC_* = NNN;` (6.1 writes them without modifiers, 6.0 and before
/// with `public static final`).
///
/// Where two fields share a code (302), one whose javadoc says it is
/// "retained for backwards compatibility" (`SC_MOVED_TEMPORARILY`) is not
/// canonical while the other (`SC_FOUND`, the preferred one) is; neither is
/// deprecated.
pub(crate) fn servlet(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        let (true, Some(name), true, Some(code), true) = (
            l.is_ident(j, "int"),
            l.ident(j + 1),
            l.is_punct(j + 2, '='),
            l.code(j + 3),
            l.is_punct(j + 4, ';'),
        ) else {
            continue;
        };
        if !name.starts_with("SC_") {
            continue;
        }
        let start = l.decl_start(j);
        let kept_for_compatibility = l
            .comments_between(start.checked_sub(1), start)
            .any(|c| c.text.contains("retained for backwards compatibility"));
        let mut decl = Decl::new(code, name).deprecated(l.deprecated_before(start));
        decl.demoted = kept_for_compatibility;
        decls.push(decl);
    }
    let found = decls.len();
    out.declare(decls);
    found
}

/// Netty `HttpResponseStatus.java`: `public static final HttpResponseStatus
/// NAME = newStatus(NNN, "Phrase");`, the phrase being `reasonPhrase()`.
/// One constant per code, so each is canonical.
pub(crate) fn netty(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut decls = Vec::new();
    for j in 0..l.toks.len() {
        let (true, Some(name), true, true, true, Some(code), true, Some(phrase), true) = (
            l.is_ident(j, "HttpResponseStatus"),
            l.ident(j + 1),
            l.is_punct(j + 2, '='),
            l.is_ident(j + 3, "newStatus"),
            l.is_punct(j + 4, '('),
            l.code(j + 5),
            l.is_punct(j + 6, ','),
            l.string(j + 7),
            l.is_punct(j + 8, ')'),
        ) else {
            continue;
        };
        let start = l.decl_start(j);
        let modifiers: Vec<&str> = (start..j).filter_map(|k| l.ident(k)).collect();
        if modifiers.contains(&"static") && modifiers.contains(&"final") {
            decls.push(
                Decl::new(code, name)
                    .phrase(phrase)
                    .deprecated(l.deprecated_before(start)),
            );
        }
    }
    let found = decls.len();
    out.declare(decls);
    found
}

/// Eclipse Jetty `HttpStatus.java`: int constants `NAME_NNN = NNN;` and the
/// nested `enum Code` whose constants are `NAME(NAME_NNN, "Message")`.
///
/// The int constants are the names; the Code constants are not names here
/// (`Code.NOT_FOUND` is no identifier after the prefix), only phrases.
/// `getCode(code)` returns the last Code constant declared for a code (a
/// static initializer fills its table in declaration order), so that
/// constant's message is the phrase and the int constant it is built from is
/// canonical. An int constant whose name does not end in `_` and its value
/// (`MAX_CODE = 511`) is not a status.
pub(crate) fn jetty(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut ints: Vec<Decl> = Vec::new();
    for j in 0..l.toks.len() {
        let (true, Some(name), true, Some(code), true) = (
            l.is_ident(j, "int"),
            l.ident(j + 1),
            l.is_punct(j + 2, '='),
            l.code(j + 3),
            l.is_punct(j + 4, ';'),
        ) else {
            continue;
        };
        let start = l.decl_start(j);
        let modifiers: Vec<&str> = (start..j).filter_map(|k| l.ident(k)).collect();
        if modifiers.contains(&"static")
            && modifiers.contains(&"final")
            && name.ends_with(&format!("_{code}"))
        {
            ints.push(Decl::new(code, name).deprecated(l.deprecated_before(start)));
        }
    }
    let code_of = |name: &str| ints.iter().find(|d| d.name == name).map(|d| d.code);
    // Code constants in declaration order: code, the int constant it is
    // built from, message.
    let mut codes: Vec<(u16, String, String)> = Vec::new();
    if let Some(body) = l.find_pair("enum", "Code").and_then(|at| l.block_after(at)) {
        for j in body.clone() {
            let (true, true, Some(int), true, Some(message), true, true) = (
                l.ident(j).is_some(),
                l.is_punct(j + 1, '('),
                l.ident(j + 2),
                l.is_punct(j + 3, ','),
                l.string(j + 4),
                l.is_punct(j + 5, ')'),
                l.is_punct(j + 6, ',') || l.is_punct(j + 6, ';'),
            ) else {
                continue;
            };
            if let Some(code) = code_of(int) {
                codes.push((code, int.to_string(), message.to_string()));
            }
        }
    }
    // getCode(code): the last Code constant declared for the code.
    let mut winner: std::collections::BTreeMap<u16, (String, String)> = Default::default();
    for (code, int, message) in codes {
        winner.insert(code, (int, message));
    }
    for d in &mut ints {
        d.demoted = winner.get(&d.code).is_some_and(|(int, _)| *int != d.name);
    }
    let found = ints.len() + winner.len();
    for (code, (_, message)) in winner {
        out.phrases.insert(code, message);
    }
    out.declare(ints);
    found
}

/// Undertow `StatusCodes.java`: `public static final int NAME = NNN;` (or
/// `= OTHER;`, an earlier constant: the deprecated `MOVED_PERMENANTLY =
/// MOVED_PERMANENTLY`), and the phrases that the static block registers with
/// `putCode(NAME, NAME_STRING)`, both arguments resolved through the
/// constants (`NAME_STRING = "Phrase"`). Where two constants share a code,
/// the one not deprecated is canonical.
pub(crate) fn undertow(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let mut ints: Vec<Decl> = Vec::new();
    let mut strings: Vec<(&str, &str)> = Vec::new();
    for j in 0..l.toks.len() {
        let (Some(ty @ ("int" | "String")), Some(name), true, true) = (
            l.ident(j),
            l.ident(j + 1),
            l.is_punct(j + 2, '='),
            l.is_punct(j + 4, ';'),
        ) else {
            continue;
        };
        let start = l.decl_start(j);
        let modifiers: Vec<&str> = (start..j).filter_map(|k| l.ident(k)).collect();
        if !(modifiers.contains(&"public")
            && modifiers.contains(&"static")
            && modifiers.contains(&"final"))
        {
            continue;
        }
        if ty == "String" {
            if let Some(s) = l.string(j + 3) {
                strings.push((name, s));
            }
            continue;
        }
        let code = l.code(j + 3).or_else(|| {
            let other = l.ident(j + 3)?;
            ints.iter().find(|d| d.name == other).map(|d| d.code)
        });
        if let Some(code) = code {
            ints.push(Decl::new(code, name).deprecated(l.deprecated_before(start)));
        }
    }
    let mut phrases = 0;
    for j in 0..l.toks.len() {
        let (true, true, Some(int), true, Some(string), true) = (
            l.is_ident(j, "putCode"),
            l.is_punct(j + 1, '('),
            l.ident(j + 2),
            l.is_punct(j + 3, ','),
            l.ident(j + 4),
            l.is_punct(j + 5, ')'),
        ) else {
            continue;
        };
        let code = ints.iter().find(|d| d.name == int).map(|d| d.code);
        let phrase = strings.iter().find(|(n, _)| *n == string).map(|(_, s)| *s);
        if let (Some(code), Some(phrase)) = (code, phrase) {
            out.phrases.insert(code, phrase.to_string());
            phrases += 1;
        }
    }
    let found = ints.len() + phrases;
    out.declare(ints);
    found
}

/// Micronaut `HttpStatus.java`: `enum HttpStatus` with constants
/// `NAME(code, "Reason")`, the reason being `getReason()`. One constant per
/// code in 4.x; where two share a code (3.x's deprecated
/// `UNORDERED_COLLECTION` beside `TOO_EARLY`), the one not deprecated is
/// canonical: the shape and the rule of Spring's enum of the same name.
pub(crate) fn micronaut(l: &Lexed, out: &mut Extracted, context: &Context<'_>) -> usize {
    spring(l, out, context)
}

#[cfg(test)]
mod issue9_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    fn read(text: &str, reader: fn(&Lexed, &mut Extracted, &Context<'_>) -> usize) -> Extracted {
        let context = Context {
            rfc_phrases: Default::default(),
        };
        let mut out = Extracted::default();
        reader(&lex(text, Syntax::C), &mut out, &context);
        out
    }

    fn canonical(out: &Extracted, bare: &str) -> bool {
        out.names.iter().find(|n| n.bare == bare).unwrap().canonical
    }

    #[test]
    fn servlet_prefers_the_field_not_kept_for_compatibility() {
        let out = read(
            "interface R {\n  /** 302.\n   * This definition is being retained for backwards compatibility. SC_FOUND is now the preferred definition. */\n  int SC_MOVED_TEMPORARILY = 302;\n  /** 302 */\n  public static final int SC_FOUND = 302;\n  int NOT_A_STATUS = 404;\n}",
            servlet,
        );
        assert_eq!(out.names.len(), 2);
        assert!(canonical(&out, "SC_FOUND"));
        assert!(!canonical(&out, "SC_MOVED_TEMPORARILY"));
        assert!(out.names.iter().all(|n| !n.deprecated));
    }

    #[test]
    fn netty_reads_static_constants_and_their_phrases() {
        let out = read(
            "public class HttpResponseStatus {\n  public static final HttpResponseStatus UNORDERED_COLLECTION = newStatus(425, \"Unordered Collection\");\n  public static final HttpResponseStatus LONG =\n      newStatus(203, \"Non-Authoritative Information\");\n  HttpResponseStatus local = newStatus(999, \"x\");\n  private static HttpResponseStatus newStatus(int statusCode, String reasonPhrase) { return null; }\n}",
            netty,
        );
        assert_eq!(out.names.len(), 2);
        assert_eq!(out.code_of("UNORDERED_COLLECTION"), Some(425));
        assert_eq!(out.phrases[&425], "Unordered Collection");
        assert_eq!(out.phrases[&203], "Non-Authoritative Information");
    }

    #[test]
    fn jetty_follows_get_code_and_skips_max_code() {
        let out = read(
            "public class HttpStatus {\n  public static final int MOVED_TEMPORARILY_302 = 302;\n  public static final int FOUND_302 = 302;\n  @Deprecated(forRemoval = true)\n  public static final int EARLY_HINT_103 = 103;\n  public static final int EARLY_HINTS_103 = 103;\n  public static final int MAX_CODE = 511;\n  public enum Code {\n    @Deprecated(forRemoval = true)\n    EARLY_HINT(EARLY_HINT_103, \"Early Hint\"),\n    EARLY_HINTS(EARLY_HINTS_103, \"Early Hints\"),\n    MOVED_TEMPORARILY(MOVED_TEMPORARILY_302, \"Moved Temporarily\"),\n    FOUND(FOUND_302, \"Found\"),\n    ;\n    private Code(int code, String message) {}\n  }\n}",
            jetty,
        );
        assert_eq!(
            out.names.len(),
            4,
            "MAX_CODE and the Code constants are not names"
        );
        assert!(canonical(&out, "FOUND_302"));
        assert!(!canonical(&out, "MOVED_TEMPORARILY_302"));
        assert!(canonical(&out, "EARLY_HINTS_103"));
        assert!(
            out.names
                .iter()
                .find(|n| n.bare == "EARLY_HINT_103")
                .unwrap()
                .deprecated
        );
        assert_eq!(out.phrases[&302], "Found");
        assert_eq!(out.phrases[&103], "Early Hints");
    }

    #[test]
    fn undertow_resolves_put_code_and_the_deprecated_alias() {
        let out = read(
            "public class StatusCodes {\n  private static final int SIZE = 0x2df;\n  public static final int MOVED_PERMANENTLY = 301;\n  @Deprecated //typo\n  public static final int MOVED_PERMENANTLY = MOVED_PERMANENTLY;\n  public static final int REQUEST_TIME_OUT = 408;\n  public static final String MOVED_PERMANENTLY_STRING = \"Moved Permanently\";\n  public static final String REQUEST_TIME_OUT_STRING = \"Request Time-out\";\n  static {\n    putCode(MOVED_PERMANENTLY, MOVED_PERMANENTLY_STRING);\n    putCode(REQUEST_TIME_OUT, REQUEST_TIME_OUT_STRING);\n  }\n}",
            undertow,
        );
        assert_eq!(out.names.len(), 3);
        assert_eq!(out.code_of("MOVED_PERMENANTLY"), Some(301));
        assert!(canonical(&out, "MOVED_PERMANENTLY"));
        assert!(!canonical(&out, "MOVED_PERMENANTLY"));
        assert!(out
            .names
            .iter()
            .any(|n| n.bare == "MOVED_PERMENANTLY" && n.deprecated));
        assert_eq!(out.phrases[&408], "Request Time-out");
        assert_eq!(out.phrases.len(), 2);
    }

    #[test]
    fn micronaut_prefers_the_constant_not_deprecated() {
        let out = read(
            "public enum HttpStatus implements CharSequence {\n    OK(200, \"Ok\"),\n    /**\n     * @deprecated Will be replaced by {@link #TOO_EARLY} in 4.0\n     */\n    @Deprecated\n    UNORDERED_COLLECTION(425, \"Unordered Collection\"),\n    TOO_EARLY(425, \"Too Early\"),\n    CONNECTION_TIMED_OUT(522, \"Connection Timed Out\");\n    HttpStatus(int code, String reason) {}\n}",
            micronaut,
        );
        assert_eq!(out.names.len(), 4);
        assert!(canonical(&out, "TOO_EARLY"));
        assert!(!canonical(&out, "UNORDERED_COLLECTION"));
        assert_eq!(out.phrases[&425], "Too Early");
        assert_eq!(out.phrases[&200], "Ok");
    }
}

#[cfg(test)]
mod apache_tests {
    use super::super::scan::{lex, Syntax};
    use super::*;

    #[test]
    fn apache_alias_field_takes_the_code_of_the_field_it_names() {
        let text = "public final class HttpStatus {\n\
                    public static final int SC_INFORMATIONAL = 100;\n\
                    public static final int SC_CONTINUE = 100;\n\
                    public static final int SC_UNPROCESSABLE_CONTENT = 422;\n\
                    /** @deprecated Use {@link #SC_UNPROCESSABLE_CONTENT} */\n\
                    @Deprecated\n\
                    public static final int SC_UNPROCESSABLE_ENTITY = SC_UNPROCESSABLE_CONTENT;\n\
                    public static final int SC_UNKNOWN = SC_NOWHERE;\n}\n";
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        assert_eq!(
            apache_http_status(&lex(text, Syntax::C), &mut out, &context),
            4
        );
        let names: Vec<(u16, &str, bool, bool)> = out
            .names
            .iter()
            .map(|n| (n.code, n.bare.as_str(), n.canonical, n.deprecated))
            .collect();
        assert_eq!(
            names,
            [
                (100, "SC_INFORMATIONAL", false, false),
                (100, "SC_CONTINUE", true, false),
                (422, "SC_UNPROCESSABLE_CONTENT", true, false),
                (422, "SC_UNPROCESSABLE_ENTITY", false, true),
            ]
        );
    }
}
