//! `check`: each extractor on a small fixture written in its upstream
//! format (`tests/fixtures/planted/<id>/`), with differences planted on purpose;
//! the errors; and the binary's exit codes.

use std::path::{Path, PathBuf};
use std::process::Command;

use statuscodes_drift::check::{
    check, compare, extractors, registry_facts, CheckError, Fact, Kind, Report, SourceFile, Verdict,
};

use Verdict::{Agrees, Dropped, Missing, Wrong};

fn fixture_dir(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/planted")
        .join(id)
}

/// The fixture files of `id`, sorted by name.
fn fixture_files(id: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixture_dir(id))
        .unwrap_or_else(|e| panic!("no fixtures for {id}: {e}"))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// Checks the fixture files of `id`, in the given order.
fn run_files(id: &str, files: &[PathBuf]) -> Result<Report, CheckError> {
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let sources: Vec<SourceFile<'_>> = texts
        .iter()
        .map(|(name, text)| SourceFile { name, text })
        .collect();
    check(id, &sources)
}

fn run(id: &str) -> Report {
    run_files(id, &fixture_files(id)).unwrap_or_else(|e| panic!("check {id}: {e}"))
}

/// Asserts the verdict of each name, and what upstream says about it.
#[track_caller]
fn names(report: &Report, expected: &[(&str, Verdict)]) {
    for (text, verdict) in expected {
        let entry = report
            .name(text)
            .unwrap_or_else(|| panic!("{}: no entry for {text}\n{report}", report.id));
        assert_eq!(entry.verdict, *verdict, "{}: {entry}\n{report}", report.id);
    }
}

/// Asserts the verdict of each code's phrase.
#[track_caller]
fn phrases(report: &Report, expected: &[(u16, Verdict)]) {
    for (code, verdict) in expected {
        let entry = report
            .phrase(*code)
            .unwrap_or_else(|| panic!("{}: no phrase entry for {code}\n{report}", report.id));
        assert_eq!(entry.verdict, *verdict, "{}: {entry}\n{report}", report.id);
    }
}

/// What upstream says about a name.
#[track_caller]
fn upstream(report: &Report, text: &str) -> Fact {
    report
        .name(text)
        .and_then(|e| e.upstream.clone())
        .unwrap_or_else(|| panic!("{}: upstream has no {text}\n{report}", report.id))
}

/// The differences that are not `dropped` (a small fixture drops most of
/// the registry), as report lines.
fn planted(report: &Report) -> Vec<String> {
    report
        .differences()
        .filter(|e| e.verdict != Dropped)
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn every_registry_ecosystem_has_an_extractor() {
    let registry = statuscodes_codegen::registry().unwrap();
    let ids: Vec<&str> = registry.ecosystems.iter().map(|e| e.id).collect();
    let supported: Vec<&str> = extractors().iter().map(|e| e.id).collect();
    assert_eq!(ids, supported, "extractors follow the registry's order");
}

#[test]
fn planted_fixtures_have_one_file_per_upstream_file() {
    for extractor in extractors() {
        if fixture_dir(extractor.id).exists() {
            assert_eq!(
                fixture_files(extractor.id).len(),
                extractor.files().len(),
                "{}: one planted fixture per upstream file",
                extractor.id
            );
        }
    }
}

#[test]
fn rails() {
    let r = run("rails");
    names(
        &r,
        &[
            (":ok", Agrees),
            (":not_found", Agrees),
            (":content_too_large", Agrees),
            // Rack's rule turns "Variant-Also Negotiates" into this symbol too.
            (":variant_also_negotiates", Agrees),
            (":payload_too_large", Agrees),
            (":bandwidth_limit_exceeded", Agrees),
            (":too_early_bird", Missing),
            (":not_extended", Wrong),
            (":too_early", Dropped),
            (":unprocessable_entity", Dropped),
        ],
    );
    let payload = upstream(&r, ":payload_too_large");
    assert_eq!((payload.kind, payload.deprecated), (Kind::Alias, true));
    // 509 has no HTTP_STATUS_CODES entry: the obsolete symbol is the only name.
    let bandwidth = upstream(&r, ":bandwidth_limit_exceeded");
    assert_eq!(
        (bandwidth.kind, bandwidth.deprecated),
        (Kind::Canonical, true)
    );
    assert_eq!(upstream(&r, ":not_extended").code, 511);
    phrases(
        &r,
        &[
            (200, Agrees),
            (413, Agrees),
            (425, Wrong),
            (506, Wrong),
            (100, Dropped),
        ],
    );
}

#[test]
fn symfony() {
    let r = run("symfony");
    names(
        &r,
        &[
            ("Response::HTTP_OK", Agrees),
            ("Response::HTTP_I_AM_A_TEAPOT", Agrees),
            ("Response::HTTP_TOO_EARLY", Agrees),
            (
                "Response::HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL",
                Missing,
            ),
            ("Response::HTTP_UNPROCESSABLE_CONTENT", Missing),
            ("Response::HTTP_LOCKED", Wrong),
            ("Response::HTTP_UNPROCESSABLE_ENTITY", Dropped),
        ],
    );
    let webdav = upstream(
        &r,
        "Response::HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL",
    );
    assert_eq!((webdav.kind, webdav.deprecated), (Kind::Alias, true));
    assert!(
        upstream(&r, "Response::HTTP_LOCKED").deprecated,
        "#[\\Deprecated]"
    );
    // 'I\'m a teapot' is unescaped.
    phrases(
        &r,
        &[(200, Agrees), (418, Agrees), (422, Wrong), (423, Dropped)],
    );
}

#[test]
fn python2() {
    let r = run("python2");
    names(
        &r,
        &[
            ("httplib.CONTINUE", Agrees),
            ("httplib.MULTI_STATUS", Agrees),
            ("httplib.REQUEST_ENTITY_TOO_LARGE", Agrees),
            ("httplib.IM_A_TEAPOT", Missing),
            ("httplib.NOT_FOUND", Dropped),
        ],
    );
    // HTTPS_PORT = 443 and _MAXHEADERS = 100 are not status names.
    assert!(r.name("httplib.HTTPS_PORT").is_none());
    assert!(r.name("httplib._MAXHEADERS").is_none());
    phrases(
        &r,
        &[(100, Agrees), (306, Agrees), (413, Agrees), (414, Wrong)],
    );
    assert!(r.phrase(207).is_none(), "neither side has a 207 phrase");
}

#[test]
fn dotnet_prefers_the_rfc_9110_name_whatever_the_order() {
    let r = run("dotnet");
    names(
        &r,
        &[
            ("HttpStatusCode.Continue", Agrees),
            // Ambiguous, RedirectKeepVerb and UnprocessableEntity come first
            // in the fixture; the RFC 9110 name is still the canonical one.
            ("HttpStatusCode.MultipleChoices", Agrees),
            ("HttpStatusCode.Ambiguous", Agrees),
            ("HttpStatusCode.TemporaryRedirect", Agrees),
            ("HttpStatusCode.RedirectKeepVerb", Agrees),
            ("HttpStatusCode.UnprocessableContent", Agrees),
            ("HttpStatusCode.UnprocessableEntity", Agrees),
            ("HttpStatusCode.NotExtended", Agrees),
            ("HttpStatusCode.ImATeapot", Missing),
            ("HttpStatusCode.Locked", Wrong),
            ("HttpStatusCode.NotFound", Dropped),
        ],
    );
    assert_eq!(upstream(&r, "HttpStatusCode.Ambiguous").kind, Kind::Alias);
    assert!(
        upstream(&r, "HttpStatusCode.Locked").deprecated,
        "[Obsolete]"
    );
    assert!(r.entries.iter().all(|e| !e.is_phrase()), "no phrase table");
}

#[test]
fn rust_http() {
    let r = run("rust-http");
    names(
        &r,
        &[
            ("http::StatusCode::CONTINUE", Agrees),
            ("http::StatusCode::NON_AUTHORITATIVE_INFORMATION", Agrees),
            ("http::StatusCode::CONTENT_TOO_LARGE", Missing),
            ("http::StatusCode::IM_A_TEAPOT", Wrong),
            ("http::StatusCode::PAYLOAD_TOO_LARGE", Dropped),
        ],
    );
    assert!(upstream(&r, "http::StatusCode::IM_A_TEAPOT").deprecated);
    phrases(
        &r,
        &[
            (100, Agrees),
            (203, Agrees),
            (418, Agrees),
            (413, Wrong),
            (404, Dropped),
        ],
    );
}

#[test]
fn go() {
    let r = run("go");
    names(
        &r,
        &[
            ("http.StatusContinue", Agrees),
            ("http.StatusOK", Agrees),
            ("http.StatusTeapot", Agrees),
            ("http.StatusUnprocessableEntity", Agrees),
            ("http.StatusContentTooLarge", Missing),
            ("http.StatusUnprocessable", Missing),
            ("http.StatusNotFound", Wrong),
            ("http.StatusRequestEntityTooLarge", Dropped),
        ],
    );
    let old = upstream(&r, "http.StatusUnprocessable");
    assert_eq!(
        (old.kind, old.deprecated),
        (Kind::Alias, true),
        "// Deprecated:"
    );
    let not_found = r.name("http.StatusNotFound").unwrap();
    assert_eq!(not_found.upstream.as_ref().unwrap().code, 414);
    assert_eq!(not_found.registry.as_ref().unwrap().code, 404);
    assert!(r.at(306).next().is_none(), "`_ = 306` is not a name");
    phrases(
        &r,
        &[(100, Agrees), (422, Agrees), (418, Wrong), (404, Dropped)],
    );
    assert_eq!(
        planted(&r),
        [
            "413  missing  http.StatusContentTooLarge (canonical)",
            "414  wrong    http.StatusNotFound (canonical; registry: code 404, canonical)",
            "418  wrong    phrase \"I'm a Teapot\" (registry: \"I'm a teapot\")",
            "422  missing  http.StatusUnprocessable (alias, deprecated)",
        ]
    );
}

#[test]
fn python_first_definition_is_canonical() {
    let r = run("python");
    names(
        &r,
        &[
            ("http.HTTPStatus.CONTINUE", Agrees),
            ("http.HTTPStatus.CONTENT_TOO_LARGE", Agrees),
            ("http.HTTPStatus.REQUEST_ENTITY_TOO_LARGE", Agrees),
            ("http.HTTPStatus.IM_A_TEAPOT", Agrees),
            ("http.HTTPStatus.MISDIRECTED", Missing),
            // The fixture defines the old name first, so IntEnum makes it
            // the canonical one: both 422 names are wrong.
            ("http.HTTPStatus.UNPROCESSABLE_ENTITY", Wrong),
            ("http.HTTPStatus.UNPROCESSABLE_CONTENT", Wrong),
            ("http.HTTPStatus.MISDIRECTED_REQUEST", Dropped),
        ],
    );
    assert_eq!(
        upstream(&r, "http.HTTPStatus.UNPROCESSABLE_CONTENT").kind,
        Kind::Alias
    );
    // HTTPMethod members are not statuses.
    assert!(r.name("http.HTTPStatus.CONNECT").is_none());
    phrases(
        &r,
        &[(413, Agrees), (421, Agrees), (422, Agrees), (418, Wrong)],
    );
}

#[test]
fn apache_httpcore5_reads_two_files_in_any_order() {
    let files = fixture_files("apache-httpcore5");
    let r = run("apache-httpcore5");
    let mut reversed = files.clone();
    reversed.reverse();
    assert_eq!(run_files("apache-httpcore5", &reversed).unwrap(), r);
    let p = "org.apache.hc.core5.http.HttpStatus.";
    names(
        &r,
        &[
            (&format!("{p}SC_CONTINUE"), Agrees),
            // A class constant, declared first, is still an alias.
            (&format!("{p}SC_INFORMATIONAL"), Agrees),
            (&format!("{p}SC_MOVED_TEMPORARILY"), Agrees),
            (&format!("{p}SC_UNPROCESSABLE_CONTENT"), Agrees),
            (&format!("{p}SC_UNPROCESSABLE_ENTITY"), Agrees),
            (&format!("{p}SC_FOUND"), Missing),
            (&format!("{p}SC_LOCKED"), Wrong),
            (&format!("{p}SC_NOT_FOUND"), Dropped),
        ],
    );
    // The later setReason for 422 wins, as at run time.
    phrases(
        &r,
        &[
            (100, Agrees),
            (200, Agrees),
            (422, Agrees),
            (302, Wrong),
            (404, Dropped),
        ],
    );
}

#[test]
fn angular() {
    let r = run("angular");
    names(
        &r,
        &[
            ("HttpStatusCode.Continue", Agrees),
            ("HttpStatusCode.Ok", Agrees),
            ("HttpStatusCode.PayloadTooLarge", Agrees),
            ("HttpStatusCode.ContentTooLarge", Missing),
            ("HttpStatusCode.UnprocessableContent", Missing),
            ("HttpStatusCode.ImATeapot", Wrong),
            ("HttpStatusCode.UnprocessableEntity", Dropped),
        ],
    );
    assert_eq!(
        upstream(&r, "HttpStatusCode.ContentTooLarge").kind,
        Kind::Alias
    );
    assert!(
        upstream(&r, "HttpStatusCode.ImATeapot").deprecated,
        "JSDoc @deprecated"
    );
}

#[test]
fn angular_compiled_javascript() {
    let js = "var HttpStatusCode;\n(function (HttpStatusCode) {\n    \
              HttpStatusCode[HttpStatusCode[\"Continue\"] = 100] = \"Continue\";\n    \
              HttpStatusCode[HttpStatusCode[\"Ok\"] = 200] = \"Ok\";\n\
              })(HttpStatusCode || (HttpStatusCode = {}));\n";
    let r = check(
        "angular",
        &[SourceFile {
            name: "common.mjs",
            text: js,
        }],
    )
    .unwrap();
    names(
        &r,
        &[
            ("HttpStatusCode.Continue", Agrees),
            ("HttpStatusCode.Ok", Agrees),
        ],
    );
}

#[test]
fn spring() {
    let r = run("spring");
    names(
        &r,
        &[
            ("HttpStatus.CONTINUE", Agrees),
            ("HttpStatus.PROCESSING", Agrees),
            ("HttpStatus.CONTENT_TOO_LARGE", Agrees),
            ("HttpStatus.PAYLOAD_TOO_LARGE", Agrees),
            ("HttpStatus.CHECKPOINT", Missing),
            ("HttpStatus.UNPROCESSABLE_ENTITY", Wrong),
            ("HttpStatus.EARLY_HINTS", Dropped),
            ("HttpStatus.UNPROCESSABLE_CONTENT", Dropped),
        ],
    );
    let processing = upstream(&r, "HttpStatus.PROCESSING");
    assert_eq!(
        (processing.kind, processing.deprecated),
        (Kind::Canonical, true)
    );
    // The phrase is the canonical constant's, not the deprecated alias's.
    phrases(
        &r,
        &[(100, Agrees), (413, Agrees), (103, Wrong), (422, Wrong)],
    );
}

#[test]
fn jakarta_rest() {
    let r = run("jakarta-rest");
    names(
        &r,
        &[
            ("Response.Status.OK", Agrees),
            ("Response.Status.HTTP_VERSION_NOT_SUPPORTED", Agrees),
            ("Response.Status.UNPROCESSABLE_CONTENT", Missing),
            ("Response.Status.GONE", Wrong),
            ("Response.Status.CREATED", Dropped),
        ],
    );
    // Family's constants are not statuses.
    assert!(r.name("Response.Status.INFORMATIONAL").is_none());
    phrases(
        &r,
        &[(200, Agrees), (505, Agrees), (422, Missing), (201, Dropped)],
    );
}

#[test]
fn java() {
    let r = run("java");
    names(
        &r,
        &[
            ("HttpURLConnection.HTTP_OK", Agrees),
            ("HttpURLConnection.HTTP_MOVED_TEMP", Agrees),
            // HTTP_SERVER_ERROR comes first but is @Deprecated.
            ("HttpURLConnection.HTTP_INTERNAL_ERROR", Agrees),
            ("HttpURLConnection.HTTP_SERVER_ERROR", Agrees),
            ("HttpURLConnection.HTTP_TOO_MANY_REQUESTS", Missing),
            ("HttpURLConnection.HTTP_GONE", Wrong),
            ("HttpURLConnection.HTTP_NOT_FOUND", Dropped),
        ],
    );
    assert!(r.name("HttpURLConnection.DEFAULT_CHUNK_SIZE").is_none());
}

#[test]
fn aspnetcore_reads_three_files_in_any_order() {
    let mut files = fixture_files("aspnetcore");
    let r = run("aspnetcore");
    files.reverse();
    assert_eq!(run_files("aspnetcore", &files).unwrap(), r);
    files.rotate_left(1);
    assert_eq!(run_files("aspnetcore", &files).unwrap(), r);
    names(
        &r,
        &[
            ("StatusCodes.Status100Continue", Agrees),
            // "// RFC 2616, renamed" makes the old field an alias.
            ("StatusCodes.Status413PayloadTooLarge", Agrees),
            ("StatusCodes.Status413RequestEntityTooLarge", Agrees),
            // Only in PublicAPI.Shipped.txt: added, an alias beside the canonical field.
            ("StatusCodes.Status413ContentTooLarge", Missing),
            ("StatusCodes.Status422UnprocessableContent", Missing),
            ("StatusCodes.Status422UnprocessableEntity", Wrong),
            ("StatusCodes.Status423Locked", Wrong),
            // Only in PublicAPI.Shipped.txt: the one field of its code, canonical.
            ("StatusCodes.Status499ClientClosedRequest", Agrees),
        ],
    );
    assert_eq!(
        upstream(&r, "StatusCodes.Status413ContentTooLarge").kind,
        Kind::Alias
    );
    phrases(
        &r,
        &[(100, Agrees), (499, Agrees), (413, Wrong), (404, Dropped)],
    );
}

#[test]
fn nodejs_has_phrases_only() {
    let r = run("nodejs");
    assert!(r.entries.iter().all(|e| e.is_phrase()));
    phrases(
        &r,
        &[
            (100, Agrees),
            (418, Agrees),
            (413, Wrong),
            (419, Missing),
            (404, Dropped),
        ],
    );
    assert_eq!(r.agreeing_names(), 0);
    assert_eq!(r.agreeing_phrases(), 3);
}

#[test]
fn http_status_codes() {
    let r = run("http-status-codes");
    names(
        &r,
        &[
            ("StatusCodes.ACCEPTED", Agrees),
            ("StatusCodes.USE_PROXY", Agrees),
            ("StatusCodes.CONTENT_TOO_LARGE", Missing),
            ("StatusCodes.METHOD_FAILURE", Wrong),
            ("StatusCodes.REQUEST_TOO_LONG", Dropped),
        ],
    );
    assert!(upstream(&r, "StatusCodes.USE_PROXY").deprecated);
    phrases(
        &r,
        &[
            (202, Agrees),
            (305, Agrees),
            (420, Agrees),
            (413, Wrong),
            (404, Dropped),
        ],
    );
}

#[test]
fn plug_derives_atoms_from_phrases() {
    let r = run("plug");
    names(
        &r,
        &[
            (":ok", Agrees),
            (":non_authoritative_information", Agrees),
            (":im_a_teapot", Agrees),
            (":unprocessable_content", Agrees),
            (":unprocessable_entity", Agrees),
            (":payload_too_large", Missing),
            (":too_early_", Missing),
            (":too_early", Dropped),
        ],
    );
    assert_eq!(upstream(&r, ":payload_too_large").kind, Kind::Alias);
    phrases(
        &r,
        &[(203, Agrees), (418, Agrees), (425, Wrong), (404, Dropped)],
    );
}

#[test]
fn ruby_net_http_follows_alias_chains() {
    let r = run("ruby-net-http");
    names(
        &r,
        &[
            ("Net::HTTPOK", Agrees),
            ("Net::HTTPFound", Agrees),
            ("Net::HTTPMovedTemporarily", Agrees),
            ("Net::HTTPURITooLong", Agrees),
            ("Net::HTTPRequestURITooLong", Agrees),
            ("Net::HTTPTooEarly", Missing),
            // HTTPRequestURITooLarge = HTTPRequestURITooLong = HTTPURITooLong.
            ("Net::HTTPRequestURITooLarge", Wrong),
            ("Net::HTTPNotFound", Dropped),
        ],
    );
    let large = upstream(&r, "Net::HTTPRequestURITooLarge");
    assert_eq!(
        (large.code, large.kind, large.deprecated),
        (414, Kind::Alias, true)
    );
    assert!(r.name("Net::EXCEPTION_TYPE").is_none());
}

#[test]
fn starlette() {
    let r = run("starlette");
    names(
        &r,
        &[
            ("status.HTTP_200_OK", Agrees),
            ("status.HTTP_306_RESERVED", Agrees),
            ("status.HTTP_413_CONTENT_TOO_LARGE", Agrees),
            ("status.HTTP_413_REQUEST_ENTITY_TOO_LARGE", Agrees),
            ("status.HTTP_422_UNPROCESSABLE_ENTITY", Agrees),
            ("status.HTTP_599_NETWORK_CONNECT_TIMEOUT_ERROR", Missing),
            ("status.HTTP_418_IM_A_TEAPOT", Wrong),
            ("status.HTTP_404_NOT_FOUND", Dropped),
        ],
    );
    let old = upstream(&r, "status.HTTP_413_REQUEST_ENTITY_TOO_LARGE");
    assert_eq!((old.kind, old.deprecated), (Kind::Alias, true));
    // Only a deprecated name for 418: it is the canonical one.
    let teapot = upstream(&r, "status.HTTP_418_IM_A_TEAPOT");
    assert_eq!((teapot.kind, teapot.deprecated), (Kind::Canonical, true));
    assert!(r.name("status.WS_1000_NORMAL_CLOSURE").is_none());
}

#[test]
fn drf() {
    let r = run("drf");
    names(
        &r,
        &[
            ("status.HTTP_100_CONTINUE", Agrees),
            ("status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED", Agrees),
            ("status.HTTP_413_CONTENT_TOO_LARGE", Missing),
            ("status.HTTP_404_NOT_FOUND", Wrong),
            ("status.HTTP_413_REQUEST_ENTITY_TOO_LARGE", Dropped),
        ],
    );
    assert_eq!(upstream(&r, "status.HTTP_404_NOT_FOUND").code, 405);
}

#[test]
fn swiftnio() {
    let r = run("swiftnio");
    names(
        &r,
        &[
            ("HTTPResponseStatus.continue", Agrees),
            ("HTTPResponseStatus.ok", Agrees),
            ("HTTPResponseStatus.payloadTooLarge", Agrees),
            // Only in init(statusCode:).
            ("HTTPResponseStatus.earlyHints", Missing),
            ("HTTPResponseStatus.imATeapot", Wrong),
            ("HTTPResponseStatus.notFound", Dropped),
        ],
    );
    assert!(r.name("HTTPResponseStatus.custom").is_none());
    assert!(r.name("HTTPResponseStatus.GET").is_none());
    phrases(
        &r,
        &[(100, Agrees), (418, Agrees), (413, Wrong), (404, Dropped)],
    );
}

#[test]
fn ktor() {
    let r = run("ktor");
    names(
        &r,
        &[
            ("HttpStatusCode.Continue", Agrees),
            // Declared over two lines.
            ("HttpStatusCode.NonAuthoritativeInformation", Agrees),
            ("HttpStatusCode.SwitchProxy", Agrees),
            ("HttpStatusCode.ContentTooLarge", Missing),
            ("HttpStatusCode.PayloadTooLarge", Wrong),
            ("HttpStatusCode.Gone", Wrong),
            ("HttpStatusCode.NotFound", Dropped),
        ],
    );
    // An extension property is not a companion value.
    assert!(r.name("HttpStatusCode.ExceptionFailed").is_none());
    phrases(
        &r,
        &[(203, Agrees), (306, Agrees), (413, Wrong), (404, Dropped)],
    );
}

#[test]
fn dart() {
    let r = run("dart");
    names(
        &r,
        &[
            ("HttpStatus.continue_", Agrees),
            ("HttpStatus.CONTINUE", Agrees),
            ("HttpStatus.found", Agrees),
            ("HttpStatus.movedTemporarily", Agrees),
            ("HttpStatus.NETWORK_CONNECT_TIMEOUT_ERROR", Agrees),
            ("HttpStatus.contentTooLarge", Missing),
            ("HttpStatus.FOUND", Wrong),
            ("HttpStatus.notFound", Dropped),
        ],
    );
    let caps = upstream(&r, "HttpStatus.OK");
    assert_eq!(
        (caps.code, caps.kind, caps.deprecated),
        (200, Kind::Alias, true)
    );
    // `OtherConstants.ok = 201` is outside class HttpStatus.
    assert_eq!(upstream(&r, "HttpStatus.ok").code, 200);
}

#[test]
fn report_lines_and_summary() {
    let r = run("go");
    let text = r.to_string();
    let last = text.lines().last().unwrap();
    assert_eq!(last, r.summary());
    let dropped = r.count(Dropped);
    assert_eq!(
        r.summary(),
        format!("go: 4 names and 3 phrases agree; 2 missing, 2 wrong, {dropped} dropped")
    );
    // Sorted by code, one line per difference.
    let codes: Vec<u16> = text
        .lines()
        .filter(|l| *l != last)
        .map(|l| l[..3].parse().unwrap())
        .collect();
    assert!(codes.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(codes.len(), r.differences().count());
    assert!(!r.is_clean());
}

/// Writes the registry's Go names and phrases back in `status.go`'s format:
/// every one must come back as agreeing.
#[test]
fn a_file_that_says_what_the_registry_says_is_clean() {
    let registry = statuscodes_codegen::registry().unwrap();
    let go = registry.ecosystems.iter().find(|e| e.id == "go").unwrap();
    let mut text = String::from("package http\n\nconst (\n");
    for n in &go.names {
        text += &format!("\t{} = {}\n", n.bare, n.code);
    }
    text += ")\n\nfunc StatusText(code int) string {\n\tswitch code {\n";
    for p in &go.phrases {
        let name = go
            .names
            .iter()
            .find(|n| n.code == p.code && n.canonical)
            .unwrap();
        text += &format!("\tcase {}:\n\t\treturn {:?}\n", name.bare, p.text);
    }
    text += "\t}\n\treturn \"\"\n}\n";
    let r = check(
        "go",
        &[SourceFile {
            name: "status.go",
            text: &text,
        }],
    )
    .unwrap();
    assert!(r.is_clean(), "{r}");
    assert_eq!(r.agreeing_names(), go.names.len());
    assert_eq!(r.agreeing_phrases(), go.phrases.len());
}

#[test]
fn compare_is_pure() {
    let registry = statuscodes_codegen::registry().unwrap();
    let eco = registry.ecosystems.iter().find(|e| e.id == "plug").unwrap();
    let mut facts = registry_facts(eco);
    assert!(compare(eco, &facts).is_clean());
    // Flip one deprecation mark and drop one phrase.
    let i = facts
        .iter()
        .position(|f| f.text == ":unprocessable_entity")
        .unwrap();
    facts[i].deprecated = true;
    let j = facts
        .iter()
        .position(|f| f.kind == Kind::Phrase && f.code == 418)
        .unwrap();
    facts.remove(j);
    facts.push(Fact {
        code: 599,
        kind: Kind::Canonical,
        text: ":network_connect_timeout_error".into(),
        deprecated: false,
    });
    let r = compare(eco, &facts);
    let lines: Vec<String> = r.differences().map(|e| e.to_string()).collect();
    assert_eq!(
        lines,
        [
            "418  dropped  phrase \"I'm a teapot\"",
            "422  wrong    :unprocessable_entity (alias, deprecated; registry: alias)",
            "599  missing  :network_connect_timeout_error (canonical)",
        ]
    );
    assert_eq!(r.at(422).filter(|e| e.verdict == Wrong).count(), 1);
}

#[test]
fn unknown_ecosystem_is_an_error() {
    let err = check(
        "cobol",
        &[SourceFile {
            name: "x",
            text: "",
        }],
    )
    .unwrap_err();
    assert_eq!(err, CheckError::UnknownEcosystem("cobol".into()));
    assert!(err.to_string().contains("check --list"));
}

#[test]
fn a_file_with_nothing_recognisable_is_an_error() {
    let text = "fn main() {\n    println!(\"hello\");\n}\n";
    let err = check(
        "go",
        &[SourceFile {
            name: "main.rs",
            text,
        }],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "no status constants found in main.rs: is it Go src/net/http/status.go?"
    );
    // Three files for aspnetcore, but none has phrases.
    let codes = std::fs::read_to_string(fixture_dir("aspnetcore").join("StatusCodes.cs")).unwrap();
    let api =
        std::fs::read_to_string(fixture_dir("aspnetcore").join("PublicAPI.Shipped.txt")).unwrap();
    let err = check(
        "aspnetcore",
        &[
            SourceFile {
                name: "StatusCodes.cs",
                text: &codes,
            },
            SourceFile {
                name: "PublicAPI.Shipped.txt",
                text: &api,
            },
            SourceFile {
                name: "notes.txt",
                text: "nothing here",
            },
        ],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "no reason phrases found in notes.txt: is it aspnetcore src/Http/WebUtilities/src/ReasonPhrases.cs?"
    );
    // Neither file has status constants.
    let err = check(
        "aspnetcore",
        &[
            SourceFile {
                name: "a.txt",
                text: "nothing",
            },
            SourceFile {
                name: "b.txt",
                text: "here",
            },
            SourceFile {
                name: "c.txt",
                text: "either",
            },
        ],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "no status constants found in a.txt or b.txt or c.txt: is one of them aspnetcore src/Http/Http.Abstractions/src/StatusCodes.cs?"
    );
}

#[test]
fn the_wrong_number_of_files_is_an_error() {
    let err = check(
        "aspnetcore",
        &[SourceFile {
            name: "StatusCodes.cs",
            text: "",
        }],
    )
    .unwrap_err();
    assert!(
        matches!(err, CheckError::FileCount { given: 1, .. }),
        "{err}"
    );
    assert!(
        err.to_string().starts_with("aspnetcore reads 3 files ("),
        "{err}"
    );
    let go = SourceFile {
        name: "status.go",
        text: "",
    };
    assert!(matches!(
        check("go", &[go, go]).unwrap_err(),
        CheckError::FileCount { given: 2, .. }
    ));
}

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_statuscodes-drift"))
}

#[test]
fn binary_exit_codes() {
    // Differences: 1, with the report on stdout.
    let out = binary()
        .arg("check")
        .arg("go")
        .arg(fixture_dir("go").join("status.go"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("413  missing  http.StatusContentTooLarge (canonical)\n"));
    assert!(stdout.ends_with("dropped\n"), "{stdout}");

    // Agreement: 0. Node's table written back from the registry.
    let registry = statuscodes_codegen::registry().unwrap();
    let node = registry
        .ecosystems
        .iter()
        .find(|e| e.id == "nodejs")
        .unwrap();
    let mut js = String::from("const STATUS_CODES = {\n");
    for p in &node.phrases {
        js += &format!("  {}: '{}',\n", p.code, p.text.replace('\'', "\\'"));
    }
    js += "};\n";
    let path = std::env::temp_dir().join(format!("statuscodes-check-{}.js", std::process::id()));
    std::fs::write(&path, js).unwrap();
    let out = binary()
        .arg("check")
        .arg("nodejs")
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!(
            "nodejs: 0 names and {} phrases agree; 0 missing, 0 wrong, 0 dropped\n",
            node.phrases.len()
        )
    );

    // Errors and usage: 2, with a message on stderr.
    let cases: [&[&str]; 6] = [
        &[],
        &["check"],
        &["check", "go"],
        &["frobnicate"],
        &["check", "cobol", "file"],
        &["check", "go", "/nonexistent/status.go"],
    ];
    for args in cases {
        let out = binary().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
    let out = binary()
        .arg("check")
        .arg("go")
        .arg(fixture_dir("dart").join("internal.dart"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("no status constants found in"));
}

#[test]
fn binary_list() {
    let out = binary().args(["check", "--list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    for e in extractors() {
        assert!(
            stdout
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{} ", e.id))),
            "{}",
            e.id
        );
        for file in e.files() {
            assert!(stdout.contains(file), "{file}");
        }
    }
    assert!(
        !stdout.contains("not supported yet"),
        "every id is supported"
    );
}
