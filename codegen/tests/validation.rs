//! Every rule of the registry format, broken once: the generator must
//! reject each with a message naming the file, line and field.

use statuscodes_codegen::{generate_from, Error, Source};

const HEADER: &str =
    "code\tvariant\tphrase\tclass\tstanding\torigin\tdocument\tsection\turl\tcacheable\tcontent\tdescription";
const NOT_FOUND: &str = "404\tNotFound\tNot Found\t4xx\tregistered\tIANA\tRFC 9110\t15.5.5\thttps://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5\tyes\tyes\tNothing is here.";
const TEAPOT: &str = "418\tImATeapot\tI'm a teapot\t4xx\tunused\tIANA\tRFC 9110\t15.5.19\thttps://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19\tno\tyes\tA joke.";
const NGINX: &str = "499\tClientClosedRequest\tClient Closed Request\t4xx\tunofficial\tnginx\t-\t-\t-\tno\tyes\tThe client left.";

fn statuses(lines: &[&str]) -> String {
    let mut text = String::from("# a comment\n");
    text.push_str(HEADER);
    text.push('\n');
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text
}

const ECO_HEAD: &str = "@id\tgo\n# The Go names.\n@name\tGo net/http\n@language\tGo\n@prefix\thttp.\n@source\tgolang/go src/net/http/status.go\n@release\tgo1.2\n@checked\t2026-01-01\n@newest\t1.2\n@oldest\t1.0\n@oldest-why\tThe first.\n@history\tgolang/go tags go1.0 to go1.2\n";
const ECO_COLUMNS: &str = "code\tkind\ttext\tsince\tdeprecated\tremoved\tmeaning\tnote\n";

/// A `meanings.tsv` with its header and `lines`.
fn meanings(lines: &[&str]) -> String {
    let mut text = String::from("code\tmeaning\tphrase\torigin\tdescription\n");
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text
}

fn eco(body: &str) -> String {
    format!("{ECO_HEAD}{ECO_COLUMNS}{body}")
}

/// Runs the generator on one statuses file and ecosystem files, with no
/// other meanings.
fn run(statuses_text: &str, ecosystems: &[&str]) -> Result<statuscodes_codegen::Generated, Error> {
    run_with(statuses_text, &meanings(&[]), ecosystems)
}

/// Runs the generator on one statuses file, a meanings file and ecosystem
/// files.
fn run_with(
    statuses_text: &str,
    meanings_text: &str,
    ecosystems: &[&str],
) -> Result<statuscodes_codegen::Generated, Error> {
    let names: Vec<String> = (0..ecosystems.len())
        .map(|i| format!("eco{i}.tsv"))
        .collect();
    let sources: Vec<Source<'_>> = ecosystems
        .iter()
        .zip(&names)
        .map(|(text, name)| Source { name, text })
        .collect();
    generate_from(
        Source {
            name: "statuses.tsv",
            text: statuses_text,
        },
        Source {
            name: "meanings.tsv",
            text: meanings_text,
        },
        &sources,
    )
}

/// Asserts the registry is rejected with exactly `expected`.
#[track_caller]
fn rejects(statuses_text: &str, ecosystems: &[&str], expected: &str) {
    match run(statuses_text, ecosystems) {
        Ok(_) => panic!("accepted a bad registry; expected: {expected}"),
        Err(error) => assert_eq!(error.to_string(), expected),
    }
}

#[test]
fn a_valid_registry_generates() {
    let go = eco("404\tcanonical\thttp.StatusNotFound\n404\tphrase\tNot Found\n418\tcanonical\thttp.StatusTeapot\n");
    let generated = run(&statuses(&[NOT_FOUND, TEAPOT, NGINX]), &[&go]).unwrap();
    assert!(generated.rust.contains("NotFound = 404,"));
    assert!(generated.rust.contains("#[doc(alias = \"StatusTeapot\")]"));
    // Quoting by {:?}: the apostrophe and any quote survive as literals.
    assert!(generated.rust.contains("    \"I'm a teapot\",\n"));
    // Each status's names table goes to its own file, for rustdoc.
    let (code, names) = &generated.names[1];
    assert_eq!(*code, 418);
    assert!(
        names.contains("| Go | [Go net/http](Ecosystem::Go) | `http.StatusTeapot` |"),
        "{names}"
    );
    assert!(generated.markdown.contains("| 499 |"));
}

#[test]
fn the_embedded_registry_generates() {
    let generated = statuscodes_codegen::generate().unwrap();
    assert!(generated.rust.contains("FailedDependency = 424,"));
}

#[test]
fn duplicate_code() {
    rejects(
        &statuses(&[
            NOT_FOUND,
            &NOT_FOUND.replace("NotFound\tNot Found", "Missing\tMissing"),
        ]),
        &[],
        "statuses.tsv:4: field `code`: duplicate code 404",
    );
}

#[test]
fn unsorted_codes() {
    rejects(
        &statuses(&[TEAPOT, NOT_FOUND]),
        &[],
        "statuses.tsv:4: field `code`: 404 comes after 418: keep the file sorted by code",
    );
}

#[test]
fn code_out_of_range() {
    rejects(
        &statuses(&[&NOT_FOUND.replacen("404", "1404", 1)]),
        &[],
        "statuses.tsv:3: field `code`: \"1404\" is not a status code from 100 to 999",
    );
}

#[test]
fn variant_not_pascal_case() {
    for bad in ["notFound", "Not_Found", "NOTFound", "Not Found"] {
        rejects(
            &statuses(&[&NOT_FOUND.replace("NotFound", bad)]),
            &[],
            &format!("statuses.tsv:3: field `variant`: {bad:?} is not a PascalCase identifier"),
        );
    }
}

#[test]
fn duplicate_variant() {
    rejects(
        &statuses(&[NOT_FOUND, &TEAPOT.replace("ImATeapot", "NotFound")]),
        &[],
        "statuses.tsv:4: field `variant`: variant NotFound is already used by code 404",
    );
}

#[test]
fn missing_phrase() {
    rejects(
        &statuses(&[&NOT_FOUND.replace("\tNot Found\t", "\t\t")]),
        &[],
        "statuses.tsv:3: field `phrase`: is empty",
    );
}

#[test]
fn phrase_colliding_with_another_status_ignoring_case() {
    rejects(
        &statuses(&[NOT_FOUND, &TEAPOT.replace("I'm a teapot", "NOT FOUND")]),
        &[],
        "statuses.tsv:4: field `phrase`: \"NOT FOUND\" reads the same, ignoring case, as a variant or phrase of 404",
    );
}

#[test]
fn class_not_matching_code() {
    rejects(
        &statuses(&[&NOT_FOUND.replace("4xx", "5xx")]),
        &[],
        "statuses.tsv:3: field `class`: \"5xx\" does not match code 404 (expected \"4xx\")",
    );
}

#[test]
fn unknown_standing() {
    rejects(
        &statuses(&[&NOT_FOUND.replace("registered", "official")]),
        &[],
        "statuses.tsv:3: field `standing`: \"official\" is not one of registered, temporary, unused, obsoleted, unofficial",
    );
}

#[test]
fn origin_rules() {
    rejects(
        &statuses(&[&NGINX.replace("nginx", "IANA")]),
        &[],
        "statuses.tsv:3: field `origin`: an unofficial status needs the origin that uses it, not IANA",
    );
    rejects(
        &statuses(&[&NOT_FOUND.replace("IANA", "nginx")]),
        &[],
        "statuses.tsv:3: field `origin`: a status in the IANA registry has origin \"IANA\", not \"nginx\"",
    );
}

#[test]
fn spec_rules() {
    rejects(
        &statuses(&[&NOT_FOUND.replace("\t15.5.5\t", "\t-\t")]),
        &[],
        "statuses.tsv:3: field `section`: give all of document, section and url, or `-` for all three",
    );
    rejects(
        &statuses(&[&NOT_FOUND.replace("https://", "http://")]),
        &[],
        "statuses.tsv:3: field `url`: \"http://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5\" is not an https URL",
    );
    let no_spec = NOT_FOUND.replace(
        "RFC 9110\t15.5.5\thttps://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5",
        "-\t-\t-",
    );
    rejects(
        &statuses(&[&no_spec]),
        &[],
        "statuses.tsv:3: field `document`: a status in the IANA registry needs its defining spec",
    );
}

#[test]
fn yes_no_fields() {
    rejects(
        &statuses(&[&NOT_FOUND.replace("\tyes\tyes\t", "\ttrue\tyes\t")]),
        &[],
        "statuses.tsv:3: field `cacheable`: \"true\" must be `yes` or `no`",
    );
    rejects(
        &statuses(&[&NOT_FOUND.replace("\tyes\tyes\t", "\tyes\t\t")]),
        &[],
        "statuses.tsv:3: field `content`: \"\" must be `yes` or `no`",
    );
}

#[test]
fn description_rules() {
    rejects(
        &statuses(&[&NOT_FOUND.replace("Nothing is here.", "Nothing is here")]),
        &[],
        "statuses.tsv:3: field `description`: a description is whole sentences ending with a full stop",
    );
}

#[test]
fn field_count_and_spaces() {
    rejects(
        &statuses(&[&NOT_FOUND.replace("\tNothing is here.", "")]),
        &[],
        "statuses.tsv:3: expected 12 tab-separated fields (code, variant, phrase, class, standing, origin, document, section, url, cacheable, content, description), found 11",
    );
    rejects(
        &statuses(&[&NOT_FOUND.replace("\tNot Found\t", "\tNot Found \t")]),
        &[],
        "statuses.tsv:3: field `phrase`: \"Not Found \" has leading or trailing spaces",
    );
}

#[test]
fn header_and_line_endings() {
    rejects(
        &format!("{NOT_FOUND}\n"),
        &[],
        &format!(
            "statuses.tsv:1: expected the header line `{}`",
            HEADER.replace('\t', "\\t")
        ),
    );
    // CRLF line endings are read as line endings; a lone CR is not.
    assert!(run(&statuses(&[NOT_FOUND]).replace('\n', "\r\n"), &[]).is_ok());
    rejects(
        &statuses(&[&NOT_FOUND.replace("Not Found", "Not\rFound")]),
        &[],
        "statuses.tsv:3: control character '\\r' in line",
    );
    rejects(&statuses(&[]), &[], "statuses.tsv: no statuses");
}

#[test]
fn phrase_too_long_for_display() {
    let long = "A".repeat(61);
    rejects(
        &statuses(&[&NOT_FOUND.replace("Not Found", &long)]),
        &[],
        &format!("statuses.tsv:3: field `phrase`: {long:?} is longer than 60 bytes"),
    );
}

fn reject_eco(body_or_file: &str, expected: &str) {
    rejects(
        &statuses(&[NOT_FOUND, TEAPOT, NGINX]),
        &[body_or_file],
        expected,
    );
}

#[test]
fn name_for_an_unknown_code() {
    reject_eco(
        &eco("299\tcanonical\thttp.StatusMaybe\n"),
        "eco0.tsv:14: field `code`: code 299 is not in statuses.tsv: add the status first",
    );
}

#[test]
fn name_mapping_to_two_codes() {
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\n418\tcanonical\thttp.StatusNotFound\n"),
        "eco0.tsv:15: field `text`: name \"http.StatusNotFound\" maps to both 404 (line 14) and 418",
    );
}

#[test]
fn name_given_twice_for_one_code() {
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\n404\talias\thttp.StatusNotFound\n"),
        "eco0.tsv:15: field `text`: name \"http.StatusNotFound\" is given twice for 404 (first on line 14)",
    );
}

#[test]
fn canonical_rules() {
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\n404\tcanonical\thttp.StatusMissing\n"),
        "eco0.tsv:15: field `kind`: a second canonical name for 404 (the first is on line 14)",
    );
    reject_eco(
        &eco("404\talias\thttp.StatusMissing\n"),
        "eco0.tsv:14: field `kind`: alias \"http.StatusMissing\" for 404 has no canonical name before it",
    );
    reject_eco(
        &eco("404\tofficial\thttp.StatusNotFound\n"),
        "eco0.tsv:14: field `kind`: \"official\" is not one of canonical, alias, phrase",
    );
}

#[test]
fn phrase_rules() {
    reject_eco(
        &eco("404\tphrase\tNot Found\n404\tphrase\tMissing\n"),
        "eco0.tsv:15: field `kind`: a second phrase for 404 (the first is on line 14)",
    );
    reject_eco(
        &eco("404\tphrase\tNot Found\t\t1.1\n"),
        "eco0.tsv:14: field `deprecated`: a phrase has no releases: give them on the names",
    );
}

#[test]
fn release_columns() {
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\t\tdeprecated\n"),
        "eco0.tsv:14: field `deprecated`: \"deprecated\" must be the release that deprecated the name, `yes` (deprecated at every covered release) or empty",
    );
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\t1.x\n"),
        "eco0.tsv:14: field `since`: \"1.x\" is not a release: one to four dot-separated numbers, such as 6.2 or 1.4.0",
    );
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\t1.3\n"),
        "eco0.tsv:14: field `since`: since 1.3 is newer than @newest 1.2",
    );
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\t\t\t1.0\n"),
        "eco0.tsv:14: field `removed`: removed 1.0 is not newer than @oldest 1.0: the name is in no covered release",
    );
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\t1.2\t1.1\n"),
        "eco0.tsv:14: field `deprecated`: deprecated 1.1 comes before since 1.2",
    );
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\t1.1\t\t1.1\n"),
        "eco0.tsv:14: field `removed`: removed 1.1 comes before since 1.1",
    );
    reject_eco(
        &eco("404\tcanonical\thttp.StatusNotFound\t\t\t1.1\n404\talias\thttp.StatusMissing\n"),
        "eco0.tsv:14: field `kind`: canonical name \"http.StatusNotFound\" was removed, but alias \"http.StatusMissing\" (line 15) still exists: make that one canonical",
    );
    let go = eco("404\tcanonical\thttp.StatusNotFound\t1.1\t1.1\t1.2\n404\talias\thttp.StatusMissing\t\tyes\t1.2\n");
    run(&statuses(&[NOT_FOUND]), &[&go]).expect("releases in order are accepted");
}

#[test]
fn range_directives() {
    reject_eco(
        &eco("").replace("@oldest\t1.0", "@oldest\t1.3"),
        "eco0.tsv:10: field `@oldest`: 1.3 is newer than @newest 1.2",
    );
    reject_eco(
        &eco("").replace("@newest\t1.2", "@newest\t1.1"),
        "eco0.tsv:7: field `@release`: \"go1.2\" does not name the @newest release 1.1",
    );
    reject_eco(
        &eco("").replace("@history\tgolang/go tags go1.0 to go1.2\n", ""),
        "eco0.tsv: missing directive @history",
    );
}

#[test]
fn meanings_are_checked_against_the_names() {
    let other = "404\tnot-here\tNot Here\tsomeone\tA made-up meaning.";
    let uses = eco("404\tcanonical\thttp.StatusNotFound\t\t\t\tnot-here\n");
    run_with(&statuses(&[NOT_FOUND]), &meanings(&[other]), &[&uses])
        .expect("a meaning a name uses is accepted");
    let err = |meanings_text: &str, ecosystems: &[&str]| {
        run_with(&statuses(&[NOT_FOUND]), meanings_text, ecosystems)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        err(&meanings(&[other]), &[&eco("")]),
        "meanings.tsv:2: field `meaning`: no ecosystem gives 404 the meaning \"not-here\": drop the line"
    );
    assert_eq!(
        err(&meanings(&[]), &[&uses]),
        "eco0.tsv:14: field `meaning`: meaning \"not-here\" is not in meanings.tsv"
    );
    assert_eq!(
        err(&meanings(&[&other.replace("Not Here", "Not Found")]), &[&uses]),
        "meanings.tsv:2: field `phrase`: \"Not Found\" is the phrase of the status itself, not another meaning"
    );
    assert_eq!(
        err(&meanings(&[&other.replace("404", "499")]), &[&uses]),
        "meanings.tsv:2: field `code`: code 499 is not in statuses.tsv: add the status first"
    );
}

#[test]
fn name_without_the_prefix() {
    reject_eco(
        &eco("404\tcanonical\tStatusNotFound\n"),
        "eco0.tsv:14: field `text`: \"StatusNotFound\" does not start with the ecosystem's @prefix \"http.\"",
    );
    reject_eco(
        &eco("404\tcanonical\thttp.Status Not Found\n"),
        "eco0.tsv:14: field `text`: \"Status Not Found\" (after the @prefix) is not an identifier",
    );
}

#[test]
fn directive_rules() {
    reject_eco(
        &eco("").replace("@checked\t2026-01-01\n", ""),
        "eco0.tsv: missing directive @checked",
    );
    reject_eco(
        &eco("").replace("@checked\t2026-01-01", "@checked\tyesterday"),
        "eco0.tsv:8: field `@checked`: \"yesterday\" is not a YYYY-MM-DD date",
    );
    reject_eco(
        &eco("").replace("@id\tgo", "@id\tGo"),
        "eco0.tsv:1: field `@id`: \"Go\" is not a lowercase id (a-z, 0-9, -)",
    );
    reject_eco(
        &format!("@homepage\thttps://go.dev\n{}", eco("")),
        "eco0.tsv:1: unknown directive @homepage (expected one of @id, @name, @language, @prefix, @accept, @alias, @source, @release, @oldest, @oldest-why, @newest, @history, @checked)",
    );
    reject_eco(
        &eco("").replace("@id\tgo\n", "@id\tgo\n@id\tgo2\n"),
        "eco0.tsv:2: @id is given twice",
    );
    reject_eco(
        &format!("{ECO_HEAD}404\tcanonical\thttp.StatusNotFound\n"),
        "eco0.tsv:13: expected the header line `code\\tkind\\ttext\\tsince\\tdeprecated\\tremoved\\tmeaning\\tnote`",
    );
}

#[test]
fn overlapping_qualifiers() {
    reject_eco(
        &eco("").replace("@prefix\thttp.\n", "@prefix\thttp.\n@accept\thttp.Status\n"),
        "eco0.tsv: field `@accept`: qualifiers \"http.\" and \"http.Status\" overlap: one starts with the other",
    );
}

#[test]
fn bare_name_starting_with_a_qualifier() {
    let file = eco("404\tcanonical\tStatus.NotFound\n")
        .replace("@prefix\thttp.\n", "@prefix\t\n@accept\tStatus.\n");
    reject_eco(
        &file,
        "eco0.tsv:15: field `text`: \"Status.NotFound\" (after the @prefix) is not an identifier",
    );
    let file = eco("404\tcanonical\tStatusNotFound\n")
        .replace("@prefix\thttp.\n", "@prefix\t\n@accept\tStatus\n");
    reject_eco(
        &file,
        "eco0.tsv:15: field `text`: bare name \"StatusNotFound\" starts with the qualifier \"Status\", so lookups would be ambiguous",
    );
}

#[test]
fn duplicate_ecosystem_id() {
    let go = eco("");
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&go, &go],
        "eco1.tsv: field `@id`: \"go\" is already used by eco0.tsv",
    );
}

#[test]
fn ids_that_make_the_same_variant() {
    let go = eco("");
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&go, &go.replace("@id\tgo\n", "@id\tgo-\n")],
        "eco1.tsv:1: field `@id`: \"go-\" has an empty part between its `-`s",
    );
    let http2 = |id: &str| go.replace("@id\tgo\n", &format!("@id\t{id}\n"));
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&http2("http2"), &http2("http-2")],
        "eco1.tsv: field `@id`: \"http-2\" makes the variant Http2, as \"http2\" in eco0.tsv does",
    );
}

#[test]
fn unsorted_names() {
    reject_eco(
        &eco("418\tcanonical\thttp.StatusTeapot\n404\tcanonical\thttp.StatusNotFound\n"),
        "eco0.tsv:15: field `code`: 404 comes after 418: keep the file sorted by code",
    );
}

#[test]
fn control_characters() {
    reject_eco(
        &eco("404\tcanonical\thttp.Status\u{7}NotFound\n"),
        "eco0.tsv:14: control character '\\u{7}' in line",
    );
}

// ------------------------------------------------- what rustc would reject

/// `NOT_FOUND` with one field replaced.
fn not_found_with(index: usize, value: &str) -> String {
    let mut fields: Vec<&str> = NOT_FOUND.split('\t').collect();
    fields[index] = value;
    fields.join("\t")
}

#[test]
fn a_keyword_cannot_be_a_variant() {
    rejects(
        &statuses(&[&not_found_with(1, "Self")]),
        &[],
        "statuses.tsv:3: field `variant`: `Self` is a Rust keyword, not a variant name",
    );
    let go = eco("").replace("@id\tgo\n", "@id\tself\n");
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&go],
        "eco0.tsv:1: field `@id`: \"self\" would make the variant `Self`, a Rust keyword",
    );
}

#[test]
fn bidirectional_and_invisible_characters_are_refused() {
    for c in ['\u{202e}', '\u{2066}', '\u{200b}', '\u{061c}'] {
        let description = format!("Nothing {c}is here.");
        rejects(
            &statuses(&[&not_found_with(11, &description)]),
            &[],
            &format!(
                "statuses.tsv:3: invisible format character U+{:04X} in line",
                u32::from(c)
            ),
        );
    }
}

#[test]
fn a_bracket_in_a_spec_would_break_the_docs_link() {
    rejects(
        &statuses(&[&not_found_with(7, "15.5]5")]),
        &[],
        "statuses.tsv:3: field `section`: \"15.5]5\" has a bracket, which would break the docs' link",
    );
    rejects(
        &statuses(&[&not_found_with(8, "https://example.com/a(b)")]),
        &[],
        "statuses.tsv:3: field `url`: \"https://example.com/a(b)\" is not an https URL",
    );
}

#[test]
fn codes_beyond_5xx_have_no_class() {
    let line =
        "600\tSixHundred\tSix Hundred\t6xx\tunofficial\tsomeone\t-\t-\t-\tno\tyes\tNot a class.";
    rejects(
        &statuses(&[NOT_FOUND, line]),
        &[],
        "statuses.tsv:4: field `code`: 600 has no class: RFC 9110 defines classes 1xx to 5xx only",
    );
}

#[test]
fn a_phrase_cannot_start_with_a_digit() {
    rejects(
        &statuses(&[&not_found_with(2, "404 Not Found")]),
        &[],
        "statuses.tsv:3: field `phrase`: \"404 Not Found\" starts with a digit, which `FromStr` would read as a code",
    );
}

#[test]
fn directive_values_have_no_tabs_or_edge_spaces() {
    let go = eco("").replace("@name\tGo net/http\n", "@name\tGo\tnet/http\n");
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&go],
        "eco0.tsv:3: field `@name`: has a tab inside its value (one tab separates key and value)",
    );
    // Blamed on the @prefix line itself, not on a name that lacks the space.
    let go = eco("404\tcanonical\thttp.StatusNotFound\n")
        .replace("@prefix\thttp.\n", "@prefix\thttp. \n");
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&go],
        "eco0.tsv:5: field `@prefix`: \"http. \" has leading or trailing spaces",
    );
}

#[test]
fn a_byte_order_mark_is_named() {
    rejects(
        &format!("\u{feff}{}", statuses(&[NOT_FOUND])),
        &[],
        "statuses.tsv:1: the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without one",
    );
}

#[test]
fn checked_is_a_calendar_date() {
    for (date, ok) in [
        ("2026-13-45", false),
        ("2026-02-29", false),
        ("2024-02-29", true),
        ("2026-04-31", false),
        ("2026-00-10", false),
        ("2026-12-01", true),
    ] {
        let go = eco("404\tcanonical\thttp.StatusNotFound\n")
            .replace("@checked\t2026-01-01\n", &format!("@checked\t{date}\n"));
        let result = run(&statuses(&[NOT_FOUND]), &[&go]);
        match (ok, result) {
            (true, Ok(_)) => {}
            (false, Err(e)) => assert_eq!(
                e.to_string(),
                format!("eco0.tsv:8: field `@checked`: \"{date}\" is not a YYYY-MM-DD date")
            ),
            (ok, result) => panic!("{date}: expected ok={ok}, got {:?}", result.err()),
        }
    }
}

#[test]
fn an_undocumented_directive_is_refused() {
    let go = eco("").replace("@history\t", "@note\tsomething\n@history\t");
    let error = run(&statuses(&[NOT_FOUND]), &[&go])
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("eco0.tsv:12: unknown directive @note"),
        "{error}"
    );
}

#[test]
fn aliases_are_lowercase_ids_unique_across_ecosystems() {
    let go = eco("").replace("@id\tgo\n", "@id\tgo\n@alias\tgolang\n");
    let rails = "@id\trails\n@alias\tgolang\n@name\tRails\n@language\tRuby\n@prefix\t:\n@source\track lib/rack/utils.rb\n@release\track 1.2\n@checked\t2026-01-01\n@newest\t1.2\n@oldest\t1.0\n@oldest-why\tThe first.\n@history\track tags 1.0 to 1.2\ncode\tkind\ttext\tsince\tdeprecated\tremoved\tmeaning\tnote\n";
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&go, rails],
        "eco1.tsv:2: field `@alias`: \"golang\" is already the id or an alias of eco0.tsv",
    );
    let rails_as_go = rails.replace("@alias\tgolang\n", "@alias\tgo\n");
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&go, &rails_as_go],
        "eco1.tsv:2: field `@alias`: \"go\" is already the id or an alias of eco0.tsv",
    );
    let twice = eco("").replace("@id\tgo\n", "@id\tgo\n@alias\tgolang\n@alias\tgolang\n");
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&twice],
        "eco0.tsv:3: field `@alias`: \"golang\" is already the id or an alias of eco0.tsv",
    );
    let upper = eco("").replace("@id\tgo\n", "@id\tgo\n@alias\tGoLang\n");
    rejects(
        &statuses(&[NOT_FOUND]),
        &[&upper],
        "eco0.tsv:2: field `@alias`: \"GoLang\" is not a lowercase id (a-z, 0-9, -)",
    );
}
