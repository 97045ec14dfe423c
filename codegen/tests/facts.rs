//! The fact files (requirements, guidance, retry sets, gRPC), each rule
//! broken once: the generator must reject each with a message naming the
//! file, line and field. And the real files must pass.

use statuscodes_codegen::{generate_with, FactSources, Source, MEANINGS};

const STATUSES: &str = "code\tvariant\tphrase\tclass\tstanding\torigin\tdocument\tsection\turl\tcacheable\tcontent\tdescription\n\
200\tOk\tOK\t2xx\tregistered\tIANA\tRFC 9110\t15.3.1\thttps://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1\tyes\tyes\tIt worked.\n\
405\tMethodNotAllowed\tMethod Not Allowed\t4xx\tregistered\tIANA\tRFC 9110\t15.5.6\thttps://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6\tyes\tyes\tWrong method.\n";

const REQUIREMENTS_HEAD: &str =
    "@checked\t2026-01-01\ncode\tsubject\trequirement\tcondition\tdocument\tsection\turl\tnote\n";
const ALLOW: &str = "405\tAllow\tmust\t\tRFC 9110\t15.5.6\thttps://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6";

const GUIDANCE_HEAD: &str = "code\tfield\ttext\n";

fn guidance_of(code: u16, phrase: &str) -> String {
    format!(
        "{code}\tnext\tDo the next thing.\n\
         {code}\tcause\tSomething happened.\n\
         {code}\tclient-fix\tFix the client.\n\
         {code}\tserver-fix\tFix the server.\n\
         {code}\trequest\tGET / HTTP/1.1\n\
         {code}\trequest\tHost: example.com\n\
         {code}\tresponse\tHTTP/1.1 {code} {phrase}\n"
    )
}

fn guidance() -> String {
    format!(
        "{GUIDANCE_HEAD}{}{}",
        guidance_of(200, "OK"),
        guidance_of(405, "Method Not Allowed")
    )
}

const RETRY: &str = "@id\tcurlish\n@name\tCurlish\n@language\tC\n@source\texample/curlish retry.c\n@release\t1.0\n@history\tonly 1.0 read\n@checked\t2026-01-01\n@rule\tRetries nothing much.\ncode\tcondition\n405\n";

fn grpc() -> String {
    let mut text = String::from(
        "@http-to-grpc\tthe gRPC doc\n@grpc-to-http\tcode.proto\n@checked\t2026-01-01\ndirection\thttp\tgrpc\tnumber\tnote\n\
         http-to-grpc\t405\tINTERNAL\t13\t\nhttp-to-grpc\t*\tUNKNOWN\t2\t\n",
    );
    let names = [
        "OK",
        "CANCELLED",
        "UNKNOWN",
        "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "PERMISSION_DENIED",
        "RESOURCE_EXHAUSTED",
        "FAILED_PRECONDITION",
        "ABORTED",
        "OUT_OF_RANGE",
        "UNIMPLEMENTED",
        "INTERNAL",
        "UNAVAILABLE",
        "DATA_LOSS",
        "UNAUTHENTICATED",
    ];
    for (number, name) in names.iter().enumerate() {
        let http = if number == 0 { 200 } else { 405 };
        text.push_str(&format!("grpc-to-http\t{http}\t{name}\t{number}\t\n"));
    }
    text
}

/// Runs the generator with the four fact files' texts.
fn run(requirements: &str, guidance: &str, retries: &str, grpc: &str) -> Result<(), String> {
    let statuses = Source {
        name: "statuses.tsv",
        text: STATUSES,
    };
    let guidance = [Source {
        name: "guidance.tsv",
        text: guidance,
    }];
    let retries = [Source {
        name: "retry.tsv",
        text: retries,
    }];
    let facts = FactSources {
        requirements: Some(Source {
            name: "requirements.tsv",
            text: requirements,
        }),
        guidance: &guidance,
        retries: &retries,
        grpc: Some(Source {
            name: "grpc.tsv",
            text: grpc,
        }),
    };
    let meanings = Source {
        name: MEANINGS.name,
        text: "code\tmeaning\tphrase\torigin\tdescription\n",
    };
    generate_with(statuses, meanings, &[], &facts)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn valid_requirements() -> String {
    format!("{REQUIREMENTS_HEAD}{ALLOW}\n")
}

#[track_caller]
fn rejects(result: Result<(), String>, expected: &str) {
    assert_eq!(result, Err(expected.to_string()));
}

#[test]
fn the_minimal_files_pass() {
    assert_eq!(
        run(&valid_requirements(), &guidance(), RETRY, &grpc()),
        Ok(())
    );
}

#[test]
fn the_registry_s_own_files_pass() {
    statuscodes_codegen::generate().unwrap();
}

#[test]
fn requirement_rules() {
    let with = |line: &str| format!("{REQUIREMENTS_HEAD}{line}\n");
    let ok = |r: String| run(&r, &guidance(), RETRY, &grpc());
    rejects(
        ok(with(&ALLOW.replace("\tmust\t", "\tshall\t"))),
        "requirements.tsv:3: field `requirement`: \"shall\" is not one of must, should, may, must-not, should-not",
    );
    rejects(
        ok(with(&ALLOW.replace("\tAllow\t", "\tallow header\t"))),
        "requirements.tsv:3: field `subject`: \"allow header\" is neither `content` nor a header field name such as `Retry-After`",
    );
    rejects(
        ok(with(&ALLOW.replace("\tmust\t\t", "\tmust\tWhen asked.\t"))),
        "requirements.tsv:3: field `condition`: \"When asked.\": a condition starts in lower case and has no final full stop",
    );
    rejects(
        ok(with(&ALLOW.replace("405\t", "404\t"))),
        "requirements.tsv:3: field `code`: code 404 is not in statuses.tsv: add the status first",
    );
    rejects(
        ok(with(&ALLOW.replace("https://", "http://"))),
        "requirements.tsv:3: field `url`: \"http://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6\" is not an https URL",
    );
    rejects(
        ok(format!("{REQUIREMENTS_HEAD}{ALLOW}\n200\tDate\tmust\t\tRFC 9110\t6.6.1\thttps://www.rfc-editor.org/rfc/rfc9110.html#section-6.6.1\n")),
        "requirements.tsv:4: field `code`: 200 comes after 405: keep the file sorted by code",
    );
    rejects(
        ok(format!("{REQUIREMENTS_HEAD}{ALLOW}\n{ALLOW}\n")),
        "requirements.tsv:4: field `subject`: the same requirement is on line 3 already",
    );
}

#[test]
fn guidance_rules() {
    let ok = |g: &str| run(&valid_requirements(), g, RETRY, &grpc());
    rejects(
        ok(&format!("{GUIDANCE_HEAD}{}", guidance_of(200, "OK"))),
        "guidance.tsv: field `code`: 405 Method Not Allowed has no guidance: every status needs next, cause, client-fix, server-fix, request and response lines",
    );
    rejects(
        ok(&guidance().replace("405\tclient-fix", "405\tbanana")),
        "guidance.tsv:11: field `field`: \"banana\" is not one of next, cause, client-fix, server-fix, request, request-body, response, response-body",
    );
    rejects(
        ok(&guidance().replace("405\tcause\tSomething happened.\n405\tclient-fix\tFix the client.\n", "405\tclient-fix\tFix the client.\n405\tcause\tSomething happened.\n")),
        "guidance.tsv:11: field `field`: cause comes after client-fix: keep the order next, cause, client-fix, server-fix, request, request-body, response, response-body",
    );
    rejects(
        ok(&guidance().replace("405\tnext\tDo the next thing.", "405\tnext\tDo the next thing")),
        "guidance.tsv:9: field `text`: \"Do the next thing\" is not a sentence ending with a full stop",
    );
    let long = format!("GET /{} HTTP/1.1", "a".repeat(70));
    rejects(
        ok(&guidance().replacen("GET / HTTP/1.1", &long, 1)),
        "guidance.tsv:6: field `text`: 84 characters, more than 72: the card shows example lines unwrapped",
    );
    rejects(
        ok(&guidance().replace("HTTP/1.1 405 Method Not Allowed", "HTTP/1.1 404 Not Found")),
        "guidance.tsv:15: field `text`: the example of 405 shows no `405 Method Not Allowed` status line",
    );
    rejects(
        ok(&guidance().replace("405\trequest\tHost: example.com\n", "")),
        "guidance.tsv:14: field `field`: 405 has 1 request lines; it takes 2 to 6",
    );
    rejects(
        ok(&format!("{}{}", guidance(), guidance_of(200, "OK"))),
        "guidance.tsv:16: field `code`: 200 already has its guidance, ending at guidance.tsv:8",
    );
}

#[test]
fn retry_rules() {
    let ok = |r: &str| run(&valid_requirements(), &guidance(), r, &grpc());
    rejects(
        ok(&RETRY.replace("@rule\tRetries nothing much.\n", "")),
        "retry.tsv: missing directive @rule",
    );
    rejects(
        ok(&RETRY.replace("@checked\t2026-01-01", "@checked\t2026-02-30")),
        "retry.tsv:7: field `@checked`: \"2026-02-30\" is not a YYYY-MM-DD date",
    );
    rejects(
        ok(&format!("{RETRY}200\n")),
        "retry.tsv:11: field `code`: 200 comes after 405: keep the codes ascending and once each",
    );
    rejects(
        ok(&RETRY.replace("\n405\n", "\n405\tOnly sometimes.\n")),
        "retry.tsv:10: field `condition`: \"Only sometimes.\": a condition starts in lower case and has no final full stop",
    );
    rejects(
        ok(&RETRY.replace("@id\tcurlish", "@id\tCurlish")),
        "retry.tsv:1: field `@id`: \"Curlish\" is not a lowercase id (a-z, 0-9, single `-`s)",
    );
    rejects(
        ok(&RETRY.replace("@name", "@homepage\thttps://example.com\n@name")),
        "retry.tsv:2: unknown directive @homepage (expected one of @id, @name, @language, @source, @release, @history, @checked, @rule)",
    );
}

#[test]
fn grpc_rules() {
    let ok = |g: &str| run(&valid_requirements(), &guidance(), RETRY, g);
    rejects(
        ok(&grpc().replace("grpc-to-http\t405\tUNAUTHENTICATED\t16\t\n", "")),
        "grpc.tsv: 16 grpc-to-http rows: gRPC has 17 codes, 0 to 16",
    );
    rejects(
        ok(&grpc().replace(
            "http-to-grpc\t405\tINTERNAL\t13",
            "http-to-grpc\t405\tINTERNAL\t14",
        )),
        "grpc.tsv:5: field `grpc`: INTERNAL 14 is not among the grpc-to-http rows",
    );
    rejects(
        ok(&grpc().replace(
            "http-to-grpc\t405\tINTERNAL\t13\t\nhttp-to-grpc\t*\tUNKNOWN\t2\t\n",
            "http-to-grpc\t*\tUNKNOWN\t2\t\nhttp-to-grpc\t405\tINTERNAL\t13\t\n",
        )),
        "grpc.tsv:6: field `http`: the `*` row, for every other code, comes last",
    );
    rejects(
        ok(&grpc().replace("grpc-to-http\t405\tCANCELLED\t1", "grpc-to-http\t405\tCANCELLED\t2")),
        "grpc.tsv:8: field `number`: expected the code numbered 1 next: one row per gRPC code, ascending",
    );
}
