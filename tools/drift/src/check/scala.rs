//! Scala upstream formats.

use super::scan::Lexed;
use super::{Context, Decl, Extracted};

/// The `val`s of a Scala status object whose value is built by calling
/// `register_fn` (`val NotFound = reg(c(404)("Not Found", ...))`,
/// `val NotFound: Status = register(trust(404, "Not Found"))`): the first
/// code inside the call is the code, the first string after it the phrase.
/// A `val` whose whole value is one of those names (`val UnprocessableEntity
/// = UnprocessableContent`) is an alias of it, never canonical while the
/// registered name exists. `@deprecated(...)` before a `val` marks it.
fn registered_vals(l: &Lexed, register_fn: &str, type_name: &str) -> Vec<Decl> {
    let mut decls = Vec::new();
    let mut pending = Vec::new();
    for j in 0..l.toks.len() {
        let (true, Some(name)) = (l.is_ident(j, "val"), l.ident(j + 1)) else {
            continue;
        };
        let mut k = j + 2;
        if l.is_punct(k, ':') {
            if !l.is_ident(k + 1, type_name) {
                continue;
            }
            k += 2;
        }
        if !l.is_punct(k, '=') || l.is_punct(k + 1, '=') {
            continue;
        }
        k += 1;
        let deprecated = l.deprecated_before(l.decl_start(j));
        if l.is_ident(k, register_fn) && l.is_punct(k + 1, '(') {
            let Some(end) = l.matching(k + 1) else {
                continue;
            };
            let Some(at) = (k + 2..end).find(|&m| l.code(m).is_some()) else {
                continue;
            };
            let code = l.code(at).expect("found above");
            let mut decl = Decl::new(code, name).deprecated(deprecated);
            if let Some(phrase) = (at + 1..end).find_map(|m| l.string(m)) {
                decl = decl.phrase(phrase);
            }
            decls.push(decl);
        } else if let Some(target) = l.ident(k) {
            // The value is the bare name: nothing follows it on its line.
            if l.line(k + 1) != l.line(k) || l.is_punct(k + 1, ';') {
                pending.push((name.to_string(), target.to_string(), deprecated));
            }
        }
    }
    for (name, target, deprecated) in pending {
        if let Some(code) = decls.iter().find(|d| d.name == target).map(|d| d.code) {
            let mut alias = Decl::new(code, name).deprecated(deprecated);
            alias.demoted = true;
            decls.push(alias);
        }
    }
    decls
}

/// Apache Pekko HTTP `org/apache/pekko/http/scaladsl/model/StatusCode.scala`
/// (object `StatusCodes`): `val NotFound = reg(c(404)("Not Found", "..."))`;
/// the phrase is the `reason` (the first string); deprecated aliases are
/// `@deprecated(...) val PayloadTooLarge = ContentTooLarge`.
pub(crate) fn pekko_status_codes(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = registered_vals(l, "reg", "StatusCode");
    let found = decls.len();
    out.declare(decls);
    found
}

/// http4s `core/shared/src/main/scala/org/http4s/Status.scala` (companion
/// object `Status`): `val NotFound: Status = register(trust(404, "Not
/// Found"))`; `@deprecated(...) val UnprocessableEntity: Status =
/// UnprocessableContent` is a deprecated alias. `implicit val ...:
/// Order[Status]` and the untyped `MinCode`/`MaxCode` bounds are not names.
pub(crate) fn http4s_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let decls = registered_vals(l, "register", "Status");
    let found = decls.len();
    out.declare(decls);
    found
}

/// Play `core/play/src/main/scala/play/api/http/StandardValues.scala`:
/// the `val NOT_FOUND = 404` members of `trait Status` (the other traits of
/// the file hold header names, content types and so on). Play has no
/// phrases there.
pub(crate) fn play_status(l: &Lexed, out: &mut Extracted, _: &Context<'_>) -> usize {
    let Some(start) = l.find_pair("trait", "Status") else {
        return 0;
    };
    let Some(body) = l.block_after(start) else {
        return 0;
    };
    let mut decls = Vec::new();
    for j in body {
        if let (true, Some(name), true, Some(code)) = (
            l.is_ident(j, "val"),
            l.ident(j + 1),
            l.is_punct(j + 2, '='),
            l.code(j + 3),
        ) {
            decls.push(Decl::new(code, name).deprecated(l.deprecated_before(l.decl_start(j))));
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

    fn run(f: fn(&Lexed, &mut Extracted, &Context<'_>) -> usize, text: &str) -> Extracted {
        let l = lex(text, Syntax::SCALA);
        let mut out = Extracted::default();
        let context = Context {
            rfc_phrases: Default::default(),
        };
        assert!(f(&l, &mut out, &context) > 0);
        out
    }

    fn names(out: &Extracted) -> Vec<(&str, u16, bool, bool)> {
        out.names
            .iter()
            .map(|n| (n.bare.as_str(), n.code, n.canonical, n.deprecated))
            .collect()
    }

    #[test]
    fn pekko_aliases_are_never_canonical_and_reason_is_the_phrase() {
        let out = run(
            pekko_status_codes,
            "object StatusCodes {\n\
             private def reg[T <: StatusCode](code: T): T = register(code.intValue, code)\n\
             @deprecated(\"use ContentTooLarge\", \"1.1.0\")\n\
             val PayloadTooLarge = ContentTooLarge\n\
             @ApiMayChange\n\
             val ContentTooLarge = reg(c(413)(\"Content Too Large\", \"Too big, 999.\"))\n\
             val Later = ContentTooLarge.copy()\n\
             val Plain = ContentTooLarge\n\
             }\n",
        );
        assert_eq!(
            names(&out),
            [
                ("ContentTooLarge", 413, true, false),
                ("PayloadTooLarge", 413, false, true),
                ("Plain", 413, false, false),
            ]
        );
        assert_eq!(out.phrases[&413], "Content Too Large");
    }

    #[test]
    fn http4s_typed_vals_only() {
        let out = run(
            http4s_status,
            "object Status {\n\
             private[http4s] val MaxCode = 599\n\
             val SwitchingProtocols: Status = register(\n  trust(101, \"Switching Protocols\", isEntityAllowed = false)\n)\n\
             val UnprocessableContent: Status = register(trust(422, \"Unprocessable Content\"))\n\
             @deprecated(\"now called UnprocessableContent\", since = \"0.23.31\")\n\
             val UnprocessableEntity: Status = UnprocessableContent\n\
             implicit val order: Order[Status] = Order.fromOrdering[Status]\n\
             }\n",
        );
        assert_eq!(
            names(&out),
            [
                ("SwitchingProtocols", 101, true, false),
                ("UnprocessableContent", 422, true, false),
                ("UnprocessableEntity", 422, false, true),
            ]
        );
        assert_eq!(out.phrases[&101], "Switching Protocols");
    }

    #[test]
    fn play_reads_only_trait_status() {
        let out = run(
            play_status,
            "trait HttpVerbs { val GET = \"GET\" }\ntrait Other { val LIMIT = 100 }\n\
             trait Status {\n  val CONTINUE = 100\n  val NOT_FOUND = 404\n}\nobject Status extends Status\n",
        );
        assert_eq!(
            names(&out),
            [
                ("CONTINUE", 100, true, false),
                ("NOT_FOUND", 404, true, false)
            ]
        );
        assert!(out.phrases.is_empty());
    }
}
