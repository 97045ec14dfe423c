//! The `statuscodes` binary, run for real: every command, flag and error
//! path, checked against the library's own answers.
//!
//! Every run sets `NO_COLOR` (and clears `CLICOLOR_FORCE`) and
//! `COLUMNS=80`, and clears `STATUSCODES_ECOSYSTEMS`, so output is stable,
//! except in the tests of colour, width and that variable themselves.
//!
//! The 424 card is compared with `tests/snapshots/card_424.txt` exactly.
//! After a deliberate change to the card or the registry, regenerate it
//! with `UPDATE_SNAPSHOTS=1 cargo test -p statuscodes-cli` and review the
//! diff.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Stdio;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use statuscodes::{Ecosystem, GrpcCode, RetryPolicy, Spec, Status, StatusClass, Subject};

/// The binary, with colour off.
fn statuscodes() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_statuscodes"));
    command
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env_remove("STATUSCODES_ECOSYSTEMS");
    command
}

/// Runs with `args`, expects exit 0 and an empty stderr, returns stdout.
fn answer(args: &[&str]) -> String {
    let output = statuscodes()
        .args(args)
        .assert()
        .success()
        .stderr("")
        .get_output()
        .clone();
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

/// Runs with `args`, expects `code`, an empty stdout, returns stderr.
fn failure(args: &[&str], code: i32) -> String {
    let output = statuscodes()
        .args(args)
        .assert()
        .code(code)
        .stdout("")
        .get_output()
        .clone();
    String::from_utf8(output.stderr).expect("stderr is UTF-8")
}

/// Parses stdout of `args` as JSON.
fn json(args: &[&str]) -> Value {
    serde_json::from_str(&answer(args)).expect("valid JSON")
}

/// The first line of the card printed for `args`.
fn title(args: &[&str]) -> String {
    answer(args).lines().next().unwrap_or_default().to_owned()
}

/// The card's `matched` line(s), joined.
fn matched(card: &str) -> String {
    let mut lines = card.lines().skip(1);
    let mut text = String::new();
    if let Some(first) = lines.next().and_then(|line| line.strip_prefix("matched")) {
        text.push_str(first.trim());
        for line in lines.take_while(|line| line.starts_with(' ')) {
            text.push(' ');
            text.push_str(line.trim());
        }
    }
    text
}

// ---------------------------------------------------------------- the card

#[test]
fn card_424_matches_the_snapshot() {
    let card = answer(&["424"]);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/card_424.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &card).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with UPDATE_SNAPSHOTS=1 to create it",
            path.display()
        )
    });
    assert!(
        card == expected,
        "the 424 card differs from {}; if the change is intended, run with UPDATE_SNAPSHOTS=1\n\
         --- expected\n{expected}\n--- got\n{card}",
        path.display()
    );
}

#[test]
fn card_424_has_every_fact() {
    let status = Status::FailedDependency;
    let card = answer(&["424"]);
    let lines: Vec<&str> = card.lines().collect();
    assert_eq!(lines[0], "424 Failed Dependency");
    assert_eq!(lines[1], "class      client error (4xx)");
    assert_eq!(lines[2], "standing   registered (IANA)");
    assert_eq!(lines[3], "spec       RFC 4918, section 11.4");
    assert_eq!(
        lines[4],
        "           https://www.rfc-editor.org/rfc/rfc4918.html#section-11.4"
    );
    assert_eq!(
        lines[5],
        "caching    cacheable only with explicit freshness information"
    );
    assert_eq!(lines[6], "content    may carry content");
    let words: Vec<&str> = status.description().split_whitespace().collect();
    let printed: Vec<&str> = lines[8..]
        .iter()
        .take_while(|line| !line.is_empty())
        .flat_map(|line| line.split_whitespace())
        .collect();
    assert_eq!(printed, words, "the description, wrapped");
    // The names section: every ecosystem under its language, or in the
    // "no name" line.
    let section = names_section(&card);
    assert_eq!(
        section.heading,
        format!(
            "Names in all {} ecosystems, by language",
            Ecosystem::ALL.len()
        )
    );
    for &ecosystem in Ecosystem::ALL {
        match status.name_in(ecosystem) {
            Some(name) => {
                let row = section.first_row(ecosystem);
                assert_eq!(row.language, ecosystem.language(), "{}", ecosystem.id());
                // Shown as code writes it: the registered name, or its tail
                // after a shorter qualifier the ecosystem accepts.
                assert!(
                    name.ends_with(&row.name) && row.name.len() > 2,
                    "{name} shown as {}",
                    row.name
                );
            }
            None => assert!(
                section.without.contains(&ecosystem.id().to_owned()),
                "{} not listed as without a name",
                ecosystem.id()
            ),
        }
    }
    let languages: Vec<String> = section.languages.clone();
    let mut sorted = languages.clone();
    sorted.sort_by_key(|l| l.to_ascii_lowercase());
    assert_eq!(languages, sorted, "languages in alphabetical order");
    sorted.dedup();
    assert_eq!(languages.len(), sorted.len(), "each language once");
}

/// One ecosystem's first row in a card's names section.
#[derive(Debug, Clone)]
struct NameRow {
    language: String,
    id: String,
    name: String,
    /// The rest of the row and its continuation lines, joined by spaces.
    rest: String,
}

/// A card's names section, parsed.
#[derive(Debug, Default)]
struct NamesSection {
    heading: String,
    languages: Vec<String>,
    rows: Vec<NameRow>,
    /// The ids on the `no name` line(s).
    without: Vec<String>,
}

impl NamesSection {
    fn first_row(&self, ecosystem: Ecosystem) -> &NameRow {
        self.rows
            .iter()
            .find(|row| row.id == ecosystem.id())
            .unwrap_or_else(|| panic!("no row for {}: {self:#?}", ecosystem.id()))
    }

    /// The row (first or later) of the ecosystem `id` that shows `name`.
    fn row_with(&self, id: &str, name: &str) -> &NameRow {
        self.rows
            .iter()
            .find(|row| row.id == id && row.name == name)
            .unwrap_or_else(|| panic!("no row of {id} shows {name}: {self:#?}"))
    }
}

/// Parses the names section of `card`: language headings (no indent),
/// rows (`  id  name  ...`, or `  ` and more for another name of the same
/// ecosystem), continuation lines (deeper indent), and the `no name` line.
fn names_section(card: &str) -> NamesSection {
    let mut lines = card
        .lines()
        .skip_while(|line| !line.starts_with("Names in "))
        .peekable();
    let mut section = NamesSection {
        heading: lines.next().expect("a Names heading").to_owned(),
        ..NamesSection::default()
    };
    let mut language = String::new();
    let mut id = String::new();
    let mut name_column = 0;
    for line in lines {
        if let Some(ids) = line.strip_prefix("no name") {
            section
                .without
                .extend(ids.split(',').map(|id| id.trim().to_owned()));
            continue;
        }
        if line.starts_with("           ") && !section.without.is_empty() {
            section.without.extend(
                line.split(',')
                    .map(|id| id.trim().to_owned())
                    .filter(|id| !id.is_empty()),
            );
            continue;
        }
        if line.starts_with("A quoted phrase") || line.is_empty() {
            break;
        }
        if !line.starts_with(' ') {
            language = line.to_owned();
            section.languages.push(language.clone());
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        if indent == 2 || (name_column > 0 && indent == name_column) {
            let mut words = line.split_whitespace();
            if indent == 2 {
                id = words.next().unwrap().to_owned();
                name_column = line
                    .find(line.split_whitespace().nth(1).unwrap_or(""))
                    .unwrap_or(0);
            }
            let name = words.next().unwrap_or_default().to_owned();
            let rest = words.collect::<Vec<_>>().join(" ");
            section.rows.push(NameRow {
                language: language.clone(),
                id: id.clone(),
                name,
                rest,
            });
        } else {
            let row = section
                .rows
                .last_mut()
                .expect("a continuation follows a row");
            if row.name.is_empty() {
                // A name too long to follow its id has a line of its own.
                let mut words = line.split_whitespace();
                row.name = words.next().unwrap_or_default().to_owned();
                row.rest = words.collect::<Vec<_>>().join(" ");
                continue;
            }
            if !row.rest.is_empty() {
                row.rest.push(' ');
            }
            row.rest.push_str(line.trim());
        }
    }
    section
}

#[test]
fn card_marks_aliases_deprecated_names_and_other_phrases() {
    let section = names_section(&answer(&["422"]));
    let rest = |id: &str, name: &str| section.row_with(id, name).rest.clone();
    assert_eq!(
        rest("rails", ":unprocessable_entity"),
        "(alias, deprecated 3.1)"
    );
    assert_eq!(
        rest("spring", "HttpStatus.UNPROCESSABLE_ENTITY"),
        "(alias, deprecated 7.0)"
    );
    assert!(rest("spring", "HttpStatus.UNPROCESSABLE_CONTENT").contains("since 7.0"));
    // Python's names are shown as `HTTPStatus.X`, the qualifier it accepts.
    assert_eq!(rest("python", "HTTPStatus.UNPROCESSABLE_ENTITY"), "(alias)");
    assert!(!rest("rails", ":unprocessable_content").contains("alias"));
    // Go's own phrase differs from "Unprocessable Content".
    assert_eq!(
        Status::UnprocessableContent.reason_in(Ecosystem::Go),
        Some("Unprocessable Entity")
    );
    assert_eq!(
        rest("go", "http.StatusUnprocessableEntity"),
        "\"Unprocessable Entity\""
    );
    // Python's is the same, so it is not repeated.
    assert_eq!(
        Status::UnprocessableContent.reason_in(Ecosystem::Python),
        Some(Status::UnprocessableContent.reason_phrase())
    );
    assert!(rest("python", "HTTPStatus.UNPROCESSABLE_CONTENT").ends_with("(since 3.13)"));
}

#[test]
fn every_card_fits_80_columns_but_for_urls() {
    for &status in Status::ALL {
        let card = answer(&[&status.code().to_string()]);
        for line in card.lines() {
            assert!(
                line.chars().count() <= 80 || line.trim_start().starts_with("https://"),
                "{}: a line of {} columns:\n{line}",
                status.code(),
                line.chars().count()
            );
        }
        check_guide_sections(&card, status);
    }
}

/// The card's sections between the description and the names, by
/// heading: each heading and its lines (blank lines inside kept, the
/// blank lines between sections dropped).
fn guide_sections(card: &str) -> Vec<(String, Vec<String>)> {
    let mut sections: Vec<(String, Vec<String>)> = Vec::new();
    let lines = card
        .lines()
        .skip_while(|line| *line != "Headers and content")
        .take_while(|line| !line.starts_with("Names in "));
    for line in lines {
        if !line.is_empty() && !line.starts_with(' ') {
            sections.push((line.to_owned(), Vec::new()));
        } else if let Some((_, body)) = sections.last_mut() {
            body.push(line.to_owned());
        }
    }
    for (_, body) in &mut sections {
        while body.last().is_some_and(|line| line.is_empty()) {
            body.pop();
        }
    }
    sections
}

/// `lines`' words, joined by single spaces.
fn flat(lines: &[String]) -> String {
    lines
        .iter()
        .flat_map(|line| line.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text`'s words, joined by single spaces.
fn flat_str(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sections of `status`'s card say what the library says: headers
/// (level, field, section and condition of each requirement), next step,
/// causes, fixes, the example verbatim, who retries it and gRPC.
fn check_guide_sections(card: &str, status: Status) {
    let sections = guide_sections(card);
    let headings: Vec<&str> = sections.iter().map(|(h, _)| h.as_str()).collect();
    let retried = status.retried_by().count();
    let known = RetryPolicy::ALL.len();
    let retried_heading = match retried {
        0 => "Retried by".to_owned(),
        n if n == known => format!("Retried by all {known} clients the crate knows, by default"),
        n => format!("Retried by {n} of the {known} clients the crate knows, by default"),
    };
    assert_eq!(
        headings,
        [
            "Headers and content",
            "Next step",
            "Causes",
            "Fixes",
            "Example",
            retried_heading.as_str(),
            "gRPC"
        ],
        "{status}"
    );
    let body = |i: usize| &sections[i].1;
    let code = status.code();

    let requirements = status.requirements();
    let headers = flat(body(0));
    if requirements.is_empty() {
        assert_eq!(
            headers,
            format!("none: no spec the crate read ties a header field or a content rule to {code}")
        );
    } else {
        let rows: Vec<String> = requirements
            .iter()
            .map(|r| {
                let row = format!(
                    "{} {} ({} §{})",
                    r.level(),
                    r.subject(),
                    r.spec().document(),
                    r.spec().section()
                );
                match r.condition() {
                    Some(condition) => format!("{row} {}", flat_str(condition)),
                    None => row,
                }
            })
            .collect();
        let mut expected = rows.join(" ");
        if requirements.iter().any(|r| r.is_checked()) {
            expected.push_str(&format!(
                " `statuscodes check {code}` tests a response against the MUST and SHOULD rules without a condition."
            ));
        }
        assert_eq!(headers, expected, "{status}");
    }

    let guidance = status.guidance();
    assert_eq!(flat(body(1)), flat_str(guidance.next_step()), "{status}");
    let causes: Vec<String> = guidance.causes().iter().map(|c| format!("- {c}")).collect();
    assert_eq!(flat(body(2)), flat_str(&causes.join(" ")), "{status}");
    let fixes: Vec<String> = guidance
        .client_fixes()
        .iter()
        .map(|f| format!("client {f}"))
        .chain(
            guidance
                .server_fixes()
                .iter()
                .map(|f| format!("server {f}")),
        )
        .collect();
    assert_eq!(flat(body(3)), flat_str(&fixes.join(" ")), "{status}");
    // The example verbatim, indented by two spaces.
    let example: Vec<String> = guidance
        .example()
        .to_string()
        .lines()
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!("  {line}")
            }
        })
        .collect();
    assert_eq!(body(4), &example, "{status}");

    let retries: Vec<String> = status
        .retried_by()
        .map(|retry| {
            let policy = retry.policy();
            match retry.condition() {
                Some(condition) => {
                    format!("- {} ({}): {condition}", policy.name(), policy.language())
                }
                None => format!("- {} ({})", policy.name(), policy.language()),
            }
        })
        .collect();
    let expected = if retries.is_empty() {
        format!("none of the {known} clients the crate knows retries it by default")
    } else {
        flat_str(&retries.join(" "))
    };
    assert_eq!(flat(body(5)), expected, "{status}");

    let grpc = flat(body(6));
    match status.grpc_code() {
        Some(grpc_code) => assert!(
            grpc.starts_with(&format!(
                "A gRPC client that gets {code} without a grpc-status reports {} ({}).",
                grpc_code.name(),
                grpc_code.number()
            )),
            "{grpc}"
        ),
        None => assert!(
            grpc.starts_with(&format!("A gRPC client skips a {code} interim response")),
            "{grpc}"
        ),
    }
    let from: Vec<String> = GrpcCode::ALL
        .iter()
        .filter(|c| c.http_status() == status)
        .map(|c| format!("{} ({})", c.name(), c.number()))
        .collect();
    if from.is_empty() {
        assert!(
            grpc.ends_with(&format!("google.rpc.Code maps no gRPC code to {code}.")),
            "{grpc}"
        );
    } else {
        for name in &from {
            assert!(grpc.contains(name), "{status}: {name} in {grpc}");
        }
    }
}

#[test]
fn card_405_shows_allow_and_what_to_do() {
    let card = answer(&["405"]);
    let sections = guide_sections(&card);
    let headers = &sections[0].1;
    assert_eq!(headers[0], "  must    Allow  (RFC 9110 §15.5.6)");
    // A conditional requirement is kept, its condition under it.
    let date = headers
        .iter()
        .position(|line| line == "  must    Date  (RFC 9110 §6.6.1)")
        .expect("the Date row");
    assert_eq!(
        headers[date + 1],
        "          when generated by an origin server that has a clock"
    );
    assert!(card.contains(
        "\nExample\n  DELETE /reports/2024 HTTP/1.1\n  Host: api.example.com\n\n  HTTP/1.1 405 Method Not Allowed\n  Allow: GET, HEAD\n"
    ), "{card}");
    assert!(card.contains(&format!(
        "\nRetried by\n  none of the {} clients the crate knows retries it by default\n",
        RetryPolicy::ALL.len()
    )));
    assert!(card.contains(
        "\ngRPC\n  A gRPC client that gets 405 without a grpc-status reports UNKNOWN (2).\n  google.rpc.Code maps no gRPC code to 405.\n"
    ));
    // Before the names.
    assert!(card.find("\ngRPC\n").unwrap() < card.find("\nNames in ").unwrap());
}

#[test]
fn card_503_names_who_retries_it_and_its_grpc_code() {
    let card = answer(&["503"]);
    let sections = guide_sections(&card);
    let (heading, retried) = &sections[5];
    assert!(heading.starts_with("Retried by "), "{heading}");
    let urllib3 = flat(retried);
    assert!(
        urllib3.contains("- urllib3 Retry (Python): only when the response carries retry-after"),
        "{urllib3}"
    );
    assert!(flat(&sections[6].1)
        .contains("reports UNAVAILABLE (14). google.rpc.Code maps UNAVAILABLE (14) to 503."));
    // 500 is where three gRPC codes land.
    let grpc = flat(&guide_sections(&answer(&["500"]))[6].1);
    assert!(
        grpc.ends_with(
            "google.rpc.Code maps UNKNOWN (2), INTERNAL (13) and DATA_LOSS (15) to 500."
        ),
        "{grpc}"
    );
}

#[test]
fn card_of_a_status_without_rules_says_none() {
    let card = answer(&["444"]);
    assert!(card.contains(
        "\nHeaders and content\n  none: no spec the crate read ties a header field or a content rule to 444\n"
    ), "{card}");
    assert!(
        card.contains("\n  (no response: nginx closes the connection)\n"),
        "{card}"
    );
}

#[test]
fn cards_wrap_to_columns() {
    let card = statuscodes()
        .env("COLUMNS", "50")
        .arg("419")
        .output()
        .unwrap();
    let card = String::from_utf8(card.stdout).unwrap();
    assert!(card.lines().any(|line| line.chars().count() > 40), "{card}");
    // Example lines are copied as they are, never wrapped.
    let example = Status::from_u16(419)
        .unwrap()
        .guidance()
        .example()
        .to_string();
    let example: Vec<&str> = example.lines().collect();
    for line in card.lines() {
        // A name is never broken, so a long one may pass the width alone.
        let long_name = line.split_whitespace().count() <= 2;
        let example_line = line
            .strip_prefix("  ")
            .is_some_and(|l| example.contains(&l));
        assert!(
            line.chars().count() <= 50 || long_name || example_line || line.contains("https://"),
            "{line}"
        );
    }
    // Prose wraps: the causes of 405 take more lines at 50 columns.
    let narrow = statuscodes()
        .env("COLUMNS", "50")
        .arg("405")
        .output()
        .unwrap();
    let narrow = guide_sections(&String::from_utf8(narrow.stdout).unwrap());
    let wide = guide_sections(&answer(&["405"]));
    assert!(narrow[2].1.len() > wide[2].1.len(), "{narrow:?}");
    assert_eq!(flat(&narrow[2].1), flat(&wide[2].1));
}

#[test]
fn ecosystems_choose_the_names_shown() {
    let section = names_section(&answer(&["404", "--ecosystems", "go,rails"]));
    assert_eq!(
        section.heading,
        format!(
            "Names in 2 of {} ecosystems, by language (--ecosystems all for every one)",
            Ecosystem::ALL.len()
        )
    );
    let ids: Vec<&str> = section.rows.iter().map(|row| row.id.as_str()).collect();
    assert_eq!(ids, ["go", "rails"]);
    assert_eq!(section.languages, ["Go", "Ruby"]);
    // The environment variable sets the default; the flag overrides it.
    let by_env = statuscodes()
        .env("STATUSCODES_ECOSYSTEMS", "spring")
        .arg("404")
        .output()
        .unwrap();
    let section = names_section(&String::from_utf8(by_env.stdout).unwrap());
    assert_eq!(section.rows.len(), 1);
    assert_eq!(section.rows[0].name, "HttpStatus.NOT_FOUND");
    let all = statuscodes()
        .env("STATUSCODES_ECOSYSTEMS", "spring")
        .args(["404", "--ecosystems", "all"])
        .output()
        .unwrap();
    let section = names_section(&String::from_utf8(all.stdout).unwrap());
    assert!(section.heading.starts_with("Names in all "));
}

#[test]
fn an_unknown_ecosystem_in_the_list_is_a_usage_error() {
    let stderr = failure(&["404", "--ecosystems", "rails,sprng"], 2);
    assert!(
        stderr.contains("unknown ecosystem \"sprng\"; did you mean \"spring\"?"),
        "{stderr}"
    );
    let output = statuscodes()
        .env("STATUSCODES_ECOSYSTEMS", "cobol")
        .arg("404")
        .assert()
        .code(2);
    let stderr = String::from_utf8(output.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("unknown ecosystem \"cobol\""), "{stderr}");
}

#[test]
fn card_of_an_unofficial_status_names_its_origin() {
    let card = answer(&["499"]);
    assert!(
        card.contains("\nstanding   unofficial, used by nginx\n"),
        "{card}"
    );
    assert!(
        card.contains("\nspec       none: no specification defines it\n"),
        "{card}"
    );
}

#[test]
fn card_states_caching_and_content() {
    assert!(answer(&["404"])
        .contains("\ncaching    heuristically cacheable (RFC 9110, section 15.1)\n"));
    assert!(answer(&["204"]).contains("\ncontent    never carries content\n"));
    assert!(answer(&["418"]).contains("\nstanding   reserved, listed as unused (IANA)\n"));
}

// ------------------------------------------------------ what STATUS can be

#[test]
fn codes_variants_and_phrases_show_no_matched_line() {
    for input in [
        "424",
        "FailedDependency",
        "Failed Dependency",
        "failed dependency",
        "424 Failed Dependency",
    ] {
        let card = answer(&[input]);
        assert!(
            card.starts_with("424 Failed Dependency\nclass "),
            "{input}: {card}"
        );
    }
}

#[test]
fn several_words_are_one_status() {
    assert_eq!(title(&["not", "found"]), "404 Not Found");
    assert_eq!(title(&["I'm", "a", "teapot"]), "418 I'm a teapot");
}

#[test]
fn rails_name_to_go() {
    assert_eq!(
        answer(&[":unprocessable_entity", "--to", "go"]),
        "http.StatusUnprocessableEntity\n"
    );
    assert_eq!(
        answer(&["--to", "go", ":unprocessable_entity"]),
        "http.StatusUnprocessableEntity\n"
    );
}

#[test]
fn go_bare_name() {
    let card = answer(&["StatusTeapot"]);
    assert!(card.starts_with("418 I'm a teapot\n"));
    // Go fasthttp keeps net/http's names.
    assert_eq!(
        matched(&card),
        "http.StatusTeapot (go); fasthttp.StatusTeapot (fasthttp)"
    );
}

#[test]
fn dotnet_qualified_name_matches_every_ecosystem_that_has_it() {
    let card = answer(&["HttpStatusCode.NotFound"]);
    assert!(card.starts_with("404 Not Found\n"));
    let expected: Vec<&str> = Ecosystem::ALL
        .iter()
        .filter(|&&e| Status::from_name_in(e, "HttpStatusCode.NotFound") == Some(Status::NotFound))
        .map(|e| e.id())
        .collect();
    assert!(
        expected.len() >= 2,
        "dotnet and angular at least: {expected:?}"
    );
    assert_eq!(
        matched(&card),
        format!("HttpStatusCode.NotFound ({})", expected.join(", "))
    );
}

#[test]
fn apache_constant() {
    // Needs the apache-httpcore5 ecosystem in the registry.
    let card = answer(&["SC_FAILED_DEPENDENCY"]);
    assert!(card.starts_with("424 Failed Dependency\n"));
    assert_eq!(
        matched(&card),
        "org.apache.hc.core5.http.HttpStatus.SC_FAILED_DEPENDENCY (apache-httpcore5)"
    );
    assert_eq!(
        answer(&["SC_FAILED_DEPENDENCY", "--to", "rails"]),
        ":failed_dependency\n"
    );
    assert_eq!(
        answer(&["424", "--to", "apache-httpcore5"]),
        "org.apache.hc.core5.http.HttpStatus.SC_FAILED_DEPENDENCY\n"
    );
}

#[test]
fn symfony_constant() {
    let card = answer(&["Response::HTTP_NOT_FOUND"]);
    assert!(card.starts_with("404 Not Found\n"));
    assert_eq!(matched(&card), "Response::HTTP_NOT_FOUND (symfony)");
}

#[test]
fn a_name_several_ecosystems_share_for_one_status_is_shown() {
    let card = answer(&[":not_found"]);
    assert!(card.starts_with("404 Not Found\n"));
    assert_eq!(matched(&card), ":not_found (rails, plug)");
}

#[test]
fn case_is_ignored_when_nothing_matches_exactly() {
    let card = answer(&["FAILED_dependency"]);
    assert!(card.starts_with("424 Failed Dependency\n"));
    let line = matched(&card);
    assert!(line.ends_with(", ignoring case"), "{line}");
    assert!(line.contains(":failed_dependency (rails, plug)"), "{line}");
    assert!(
        line.contains("http.HTTPStatus.FAILED_DEPENDENCY (python)"),
        "{line}"
    );
    assert_eq!(
        answer(&["statusteapot", "--to", "go"]),
        "http.StatusTeapot\n"
    );
    assert_eq!(
        answer(&["httpstatuscode.notfound", "--to", "rails"]),
        ":not_found\n"
    );
}

#[test]
fn an_ecosystems_own_phrase_is_understood() {
    let card = answer(&["Request Entity Too Large"]);
    assert!(card.starts_with("413 Content Too Large\n"), "{card}");
    let line = matched(&card);
    assert!(line.starts_with("\"Request Entity Too Large\" ("), "{line}");
    assert!(line.contains("go"), "{line}");
}

#[test]
fn one_name_of_each_ecosystem_finds_its_status() {
    // A run per name would be slow; `export_is_the_whole_registry` checks
    // that every name parses back through the library.
    for &ecosystem in Ecosystem::ALL {
        let Some(status) = Status::ALL
            .iter()
            .copied()
            .find(|s| s.name_in(ecosystem).is_some())
        else {
            continue;
        };
        let name = status.name_in(ecosystem).unwrap();
        assert_eq!(
            answer(&[name, "--to", ecosystem.id()]).trim_end(),
            name,
            "{name}"
        );
        assert_eq!(json(&["--json", name])["code"], status.code(), "{name}");
    }
}

// ------------------------------------------------------------ --to

#[test]
fn to_ignores_the_case_of_the_id() {
    assert_eq!(
        answer(&["424", "--to", "GO"]),
        "http.StatusFailedDependency\n"
    );
}

#[test]
fn to_an_ecosystem_without_a_name_fails() {
    let stderr = failure(&["424", "--to", "nodejs"], 1);
    assert_eq!(
        stderr,
        "error: Node.js http (nodejs) has no name for 424 Failed Dependency\n  \
         its own reason phrase for it is \"Failed Dependency\"\n  \
         write the number 424 there; `statuscodes 424` shows every ecosystem's names\n"
    );
}

#[test]
fn to_an_unknown_ecosystem_is_a_usage_error() {
    let stderr = failure(&["424", "--to", "nosuch"], 2);
    assert!(
        stderr.starts_with("error: invalid value 'nosuch' for '--to <ECOSYSTEM[@RELEASE]>'"),
        "{stderr}"
    );
    for ecosystem in Ecosystem::ALL {
        assert!(
            stderr.contains(ecosystem.id()),
            "{} not offered",
            ecosystem.id()
        );
    }
    // `golang` is an alias of go; a misspelt id gets the closest one.
    let stderr = failure(&["424", "--to", "sprng"], 2);
    assert!(
        stderr.contains("tip: a similar value exists: 'spring'"),
        "{stderr}"
    );
}

#[test]
fn to_needs_a_status() {
    let stderr = failure(&["--to", "go"], 2);
    assert!(
        stderr.contains("required arguments were not provided"),
        "{stderr}"
    );
}

// ------------------------------------------------------------ errors

#[test]
fn unknown_name_suggests_the_closest() {
    let stderr = failure(&[":failed_dependncy"], 1);
    assert_eq!(
        stderr,
        "error: unknown HTTP status \":failed_dependncy\": not a code, a status line, a reason phrase, or any ecosystem's name\n  \
         did you mean :failed_dependency? (424 Failed Dependency)\n"
    );
    let stderr = failure(&["Failed Dependancy"], 1);
    assert!(
        stderr.ends_with("  did you mean \"Failed Dependency\"? (424 Failed Dependency)\n"),
        "{stderr}"
    );
    // Not "teapot": Python requests and Zig name 418 `teapot`.
    let stderr = failure(&["gateway", "--to", "go"], 1);
    assert!(
        stderr.ends_with("  did you mean BadGateway? (502 Bad Gateway)\n"),
        "{stderr}"
    );
    let stderr = failure(&["HttpStatusCode.NotFund", "--to", "go"], 1);
    assert!(
        stderr.ends_with("  did you mean HttpStatusCode.NotFound? (404 Not Found)\n"),
        "{stderr}"
    );
}

#[test]
fn unknown_name_with_nothing_close_has_no_suggestion() {
    assert_eq!(
        failure(&["banana"], 1),
        "error: unknown HTTP status \"banana\": not a code, a status line, a reason phrase, or any ecosystem's name\n"
    );
}

#[test]
fn bad_codes_fail_with_the_librarys_message() {
    assert_eq!(
        failure(&["299"], 1),
        "error: unknown HTTP status code 299\n  a client treats 299 as 200 OK, the x00 of its class (RFC 9110 §15)\n"
    );
    assert_eq!(
        failure(&["1000"], 1),
        "error: status code must be 100–999, got 1000\n"
    );
    assert_eq!(
        failure(&["404", "Gone"], 1),
        "error: \"404 Gone\": 404 is \"Not Found\", not \"Gone\"\n"
    );
    assert_eq!(
        failure(&[""], 1),
        "error: an empty string is not an HTTP status\n"
    );
}

#[test]
fn a_class_is_not_a_status() {
    assert_eq!(
        failure(&["5xx"], 1),
        "error: \"5xx\" is a class of statuses (server error), not one status\n  \
         `statuscodes list --class 5xx` lists them\n"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert!(failure(&["--bogus"], 2).contains("unexpected argument '--bogus'"));
    assert!(failure(&[], 2).contains("Usage: statuscodes"));
    assert!(failure(&["list", "--class", "6xx"], 2).contains("unknown status class \"6xx\""));
    assert!(failure(&["list", "--ecosystem", "nosuch"], 2).contains("invalid value 'nosuch'"));
    assert!(failure(&["completions", "nosuch"], 2).contains("invalid value 'nosuch'"));
    assert!(failure(&["list", "424"], 2).contains("unexpected argument '424'"));
}

#[cfg(unix)]
#[test]
fn non_utf8_argument_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let argument = std::ffi::OsStr::from_bytes(b"\xff\xfe");
    let output = statuscodes().arg(argument).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("invalid UTF-8"));
}

#[test]
fn odd_input_never_panics() {
    let long = "x".repeat(100_000);
    let digits = "4".repeat(1_000);
    for input in [
        "\u{1}",
        "é",
        "日本語",
        ":",
        "::",
        "http.",
        "-",
        " ",
        "0",
        "00424",
        &long,
        &digits,
        "424 ",
        "424  Failed",
    ] {
        let output = statuscodes().args(["--", input]).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{input:?}: {stderr}");
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{input:?}: {:?}",
            output.status
        );
    }
}

#[test]
fn long_input_is_cut_in_the_message() {
    let long = "y".repeat(200);
    let stderr = failure(&[&long], 1);
    assert!(stderr.len() < 200, "{stderr}");
    assert!(stderr.contains("…"));
    let longer = "y".repeat(500);
    assert_eq!(
        failure(&[&longer], 1),
        "error: 500 bytes is longer than any HTTP status code, phrase or name\n"
    );
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    for args in [
        &["export"][..],
        &["list"],
        &["424"],
        &["check", "206"],
        &["completions", "bash"],
        &["--help"],
    ] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_statuscodes"))
            .args(args)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(
            output.status.success(),
            "{args:?}: {:?} {stderr}",
            output.status
        );
    }
}

// ------------------------------------------------------------ list

/// The codes in the first column of a `list` table.
fn listed_codes(table: &str) -> Vec<u16> {
    table
        .lines()
        .skip(2)
        .map(|line| line.split_whitespace().next().unwrap().parse().unwrap())
        .collect()
}

#[test]
fn list_shows_every_status() {
    let table = answer(&["list"]);
    let mut lines = table.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["code", "phrase", "class", "standing"]);
    assert!(lines.next().unwrap().chars().all(|c| c == '─'));
    let all: Vec<u16> = Status::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(listed_codes(&table), all);
    let row = table.lines().find(|line| line.starts_with("424 ")).unwrap();
    assert_eq!(
        row.split("  ")
            .filter(|cell| !cell.is_empty())
            .map(str::trim)
            .collect::<Vec<_>>(),
        ["424", "Failed Dependency", "client error", "registered"]
    );
}

#[test]
fn list_by_class() {
    let expected: Vec<u16> = Status::ALL
        .iter()
        .filter(|s| s.class() == StatusClass::ClientError)
        .map(|s| s.code())
        .collect();
    for class in ["4xx", "client_error", "CLIENT ERROR"] {
        assert_eq!(
            listed_codes(&answer(&["list", "--class", class])),
            expected,
            "{class}"
        );
    }
}

#[test]
fn list_unofficial() {
    let table = answer(&["list", "--unofficial"]);
    let expected: Vec<u16> = Status::ALL
        .iter()
        .filter(|s| !s.is_registered())
        .map(|s| s.code())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(listed_codes(&table), expected);
    let row = table.lines().find(|line| line.starts_with("499 ")).unwrap();
    assert!(row.ends_with("unofficial (nginx)"), "{row}");
    let both = answer(&["list", "--unofficial", "--class", "5xx"]);
    assert!(listed_codes(&both)
        .iter()
        .all(|code| (500..600).contains(code) && expected.contains(code)));
}

#[test]
fn list_with_ecosystems_adds_their_columns() {
    let table = answer(&["list", "--ecosystem", "rails", "-e", "go"]);
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        ["code", "phrase", "class", "standing", "rails", "go"]
    );
    let expected: Vec<u16> = Status::ALL
        .iter()
        .filter(|s| s.name_in(Ecosystem::Rails).is_some() || s.name_in(Ecosystem::Go).is_some())
        .map(|s| s.code())
        .collect();
    assert_eq!(listed_codes(&table), expected);
    for line in table.lines().skip(2) {
        let code: u16 = line.split_whitespace().next().unwrap().parse().unwrap();
        let status = Status::from_u16(code).unwrap();
        let cells: Vec<&str> = line.split_whitespace().rev().take(2).collect();
        assert_eq!(
            cells[0],
            status.name_in(Ecosystem::Go).unwrap_or("—"),
            "{line}"
        );
        assert_eq!(
            cells[1],
            status.name_in(Ecosystem::Rails).unwrap_or("—"),
            "{line}"
        );
    }
    let go_only = answer(&["list", "-e", "go"]);
    let expected: Vec<u16> = Status::ALL
        .iter()
        .filter(|s| s.name_in(Ecosystem::Go).is_some())
        .map(|s| s.code())
        .collect();
    assert_eq!(listed_codes(&go_only), expected);
    assert!(expected.len() < Status::ALL.len(), "the filter filters");
}

#[test]
fn list_with_an_ecosystem_of_phrases_only_says_why_it_is_empty() {
    let output = statuscodes()
        .args(["list", "-e", "nodejs"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap().lines().count(),
        2,
        "header only"
    );
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "note: Node.js http (nodejs) names no status; it has only reason phrases\n"
    );
}

// ------------------------------------------------------------ ecosystems

#[test]
fn ecosystems_lists_every_ecosystem_with_its_source() {
    let text = answer(&["ecosystems"]);
    let blocks: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(blocks.len(), Ecosystem::ALL.len());
    for (block, ecosystem) in blocks.iter().zip(Ecosystem::ALL) {
        let flat = block.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.starts_with(&format!("{} {}", ecosystem.id(), ecosystem.name())),
            "{flat}"
        );
        for (label, value) in [
            ("language", ecosystem.language()),
            ("release", ecosystem.release()),
            ("checked", ecosystem.checked()),
            ("source", ecosystem.source()),
        ] {
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                flat.contains(&format!("{label} {value}")),
                "{label} of {}",
                ecosystem.id()
            );
        }
    }
}

// ------------------------------------------------------------ check

/// Runs `check` with `args`, expects exit `code` and an empty stderr,
/// returns stdout.
fn check(args: &[&str], code: i32) -> String {
    let output = statuscodes()
        .arg("check")
        .args(args)
        .assert()
        .code(code)
        .stderr("")
        .get_output()
        .clone();
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

#[test]
fn check_405_without_allow_fails_with_the_spec() {
    let report = check(&["405", "--header", "Content-Type"], 1);
    let expected = Status::MethodNotAllowed
        .check(false, ["Content-Type"])
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        expected,
        "405 Method Not Allowed without Allow: the response must carry Allow (RFC 9110, section 15.5.6)"
    );
    let words = flat_str(&report);
    assert!(
        words.starts_with(&format!("error: {expected} ")),
        "{report}"
    );
    assert!(
        report.ends_with(
            "\n405 Method Not Allowed: fails, 1 MUST broken (1 rule tested, 2 not checked)\n"
        ),
        "{report}"
    );
    // Every line fits.
    assert!(
        report.lines().all(|line| line.chars().count() <= 80),
        "{report}"
    );
    // The conditional rules it could not test, by condition.
    assert!(
        report.contains("\n  when generated by an origin server that has a clock\n    must Date\n"),
        "{report}"
    );
    assert!(
        report.contains("\n  except in answer to HEAD\n    should content\n"),
        "{report}"
    );
}

#[test]
fn check_405_with_allow_passes() {
    for allow in ["Allow", "allow", "Allow: GET, HEAD", " ALLOW "] {
        let report = check(&["405", "--header", allow, "-H", "Content-Type"], 0);
        assert!(!report.contains("error:"), "{allow}: {report}");
        assert!(
            report.ends_with("405 Method Not Allowed: passes (1 rule tested, 2 not checked)\n"),
            "{report}"
        );
    }
    // Any form of STATUS the card takes.
    check(&["HTTP/1.1 405 Method Not Allowed", "-H", "Allow"], 0);
    check(&["StatusMethodNotAllowed"], 1);
}

#[test]
fn check_204_with_content_fails() {
    let report = check(&["204", "--content"], 1);
    assert!(
        flat_str(&report).starts_with(
            "error: 204 No Content with content: the response must not carry content (RFC 9110, section 15.3.5)"
        ),
        "{report}"
    );
    let report = check(&["204", "--content", "-H", "Content-Length"], 1);
    assert!(report.contains("fails, 2 MUSTs broken"), "{report}");
    check(&["204", "--no-content", "-H", "Date"], 0);
    // Not told about the content, it says it did not test that rule.
    let report = check(&["204"], 0);
    assert!(
        report.contains("\n  without --content or --no-content\n    must not content\n"),
        "{report}"
    );
}

#[test]
fn check_warns_about_a_broken_should_but_passes() {
    let report = check(&["301", "--no-content"], 0);
    assert!(
        flat_str(&report).starts_with(
            "warning: 301 Moved Permanently without Location: the response should carry Location (RFC 9110, section 15.4.2)"
        ),
        "{report}"
    );
    assert!(
        flat_str(&report).contains("passes with a warning, 1 SHOULD broken"),
        "{report}"
    );
    check(&["301", "-H", "Location"], 0);
}

#[test]
fn check_of_a_status_without_rules_has_nothing_to_test() {
    assert_eq!(
        check(&["444", "--content"], 0),
        "444 No Response: nothing to test; the specs the crate read set it no rules\n"
    );
}

#[test]
fn check_agrees_with_the_library_for_every_status() {
    // A bare response, with content and without: the exit code is the
    // library's verdict, and every violation is printed.
    for &status in Status::ALL {
        for content in [false, true] {
            let flag = if content { "--content" } else { "--no-content" };
            let broken: Vec<_> = status.check(content, [""; 0]).collect();
            let fails = broken.iter().any(|v| v.level().is_absolute());
            let code = status.code().to_string();
            let report = flat_str(&check(&[&code, flag], i32::from(fails)));
            for violation in &broken {
                let label = if violation.level().is_absolute() {
                    "error:"
                } else {
                    "warning:"
                };
                assert!(
                    report.contains(&format!("{label} {violation}")),
                    "{status} {flag}: {report}"
                );
            }
            assert_eq!(
                report.matches("error: ").count() + report.matches("warning: ").count(),
                broken.len(),
                "{status} {flag}: {report}"
            );
        }
    }
}

#[test]
fn check_json_reports_violations_and_what_it_did_not_test() {
    let output = statuscodes()
        .args(["check", "405", "--json", "-H", "Content-Type"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        keys_of(&value),
        [
            "code",
            "content",
            "fields",
            "not_checked",
            "passed",
            "violations"
        ]
    );
    assert_eq!(value["code"], 405);
    assert_eq!(value["content"], Value::Null);
    assert_eq!(value["fields"], serde_json::json!(["Content-Type"]));
    assert_eq!(value["passed"], false);
    let violation = &value["violations"][0];
    assert_eq!(
        keys_of(violation),
        [
            "condition",
            "error",
            "field",
            "message",
            "note",
            "requirement",
            "spec"
        ]
    );
    assert_eq!(violation["field"], "Allow");
    assert_eq!(violation["requirement"], "must");
    assert_eq!(violation["error"], true);
    assert_eq!(violation["spec"]["section"], "15.5.6");
    assert!(violation["message"]
        .as_str()
        .unwrap()
        .starts_with("405 Method Not Allowed without Allow"));
    let not_checked = value["not_checked"].as_array().unwrap();
    assert!(not_checked
        .iter()
        .any(|r| r["field"] == "Date" && r["condition"].is_string()));
    assert!(
        not_checked.iter().any(|r| r["field"].is_null()),
        "the content rule"
    );

    let passed = json(&["check", "405", "-H", "Allow", "--no-content", "--json"]);
    assert_eq!(passed["passed"], true);
    assert_eq!(passed["content"], false);
    assert_eq!(passed["violations"], serde_json::json!([]));
}

#[test]
fn check_usage_errors() {
    let stderr = failure(&["check", "204", "--content", "--no-content"], 2);
    assert!(stderr.contains("cannot be used with"), "{stderr}");
    let stderr = failure(&["check", "405", "-H", ""], 2);
    assert!(stderr.contains("a header field name is empty"), "{stderr}");
    let stderr = failure(&["check", "405", "-H", "Retry After"], 2);
    assert!(stderr.contains("is not a header field name"), "{stderr}");
    assert!(failure(&["check"], 2).contains("<STATUS>"));
    assert!(failure(&["check", "299"], 1).starts_with("error: unknown HTTP status code 299"));
    assert!(answer(&["check", "--help"]).contains("Exit codes:"));
}

// ------------------------------------------------------------ JSON

#[test]
fn export_is_the_whole_registry() {
    let export = json(&["export"]);
    let keys: BTreeSet<&str> = export
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        BTreeSet::from([
            "ecosystems",
            "grpc_codes",
            "grpc_to_http_source",
            "http_to_grpc_source",
            "retry_policies",
            "statuses"
        ])
    );

    let ecosystems = export["ecosystems"].as_array().unwrap();
    assert_eq!(ecosystems.len(), Ecosystem::ALL.len());
    for (value, ecosystem) in ecosystems.iter().zip(Ecosystem::ALL) {
        assert_eq!(value["id"], ecosystem.id());
        assert_eq!(value["name"], ecosystem.name());
        assert_eq!(value["language"], ecosystem.language());
        assert_eq!(value["source"], ecosystem.source());
        assert_eq!(value["verified_against"], ecosystem.release());
        assert_eq!(value["checked"], ecosystem.checked());
        assert_eq!(
            value["id"].as_str().unwrap().parse::<Ecosystem>(),
            Ok(*ecosystem)
        );
    }

    let statuses = export["statuses"].as_array().unwrap();
    assert_eq!(statuses.len(), Status::ALL.len());
    for (value, &status) in statuses.iter().zip(Status::ALL) {
        check_status_json(value, status);
    }

    check_retry_policies_json(&export);
    check_grpc_json(&export);
}

/// The export's `retry_policies`: every policy with its facts and the
/// statuses it retries, which agree with each status's `retried_by`.
fn check_retry_policies_json(export: &Value) {
    let policies = export["retry_policies"].as_array().unwrap();
    assert_eq!(policies.len(), RetryPolicy::ALL.len());
    assert!(policies.len() >= 6, "at least six clients");
    for (value, &policy) in policies.iter().zip(RetryPolicy::ALL) {
        assert_eq!(
            keys_of(value),
            [
                "checked", "history", "id", "language", "name", "release", "rule", "source",
                "statuses"
            ]
        );
        assert_eq!(value["id"].as_str().unwrap().parse(), Ok(policy));
        for (key, fact) in [
            ("name", policy.name()),
            ("language", policy.language()),
            ("source", policy.source()),
            ("release", policy.release()),
            ("history", policy.history()),
            ("checked", policy.checked()),
            ("rule", policy.rule()),
        ] {
            assert_eq!(value[key], fact, "{key} of {}", policy.id());
        }
        let statuses = value["statuses"].as_array().unwrap();
        let retries: Vec<_> = policy.retries().collect();
        assert_eq!(statuses.len(), retries.len(), "{}", policy.id());
        for (item, retry) in statuses.iter().zip(&retries) {
            assert_eq!(keys_of(item), ["code", "condition"]);
            assert_eq!(item["code"], retry.status().code());
            assert_eq!(item["condition"].as_str(), retry.condition());
            // The same fact, seen from the status.
            let status = export["statuses"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["code"] == item["code"])
                .unwrap();
            assert!(
                status["retried_by"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|r| r["policy"] == policy.id() && r["condition"] == item["condition"]),
                "{} retries {}",
                policy.id(),
                item["code"]
            );
        }
    }
}

/// The export's `grpc_codes` and the sources of both mappings.
fn check_grpc_json(export: &Value) {
    assert_eq!(export["http_to_grpc_source"], GrpcCode::HTTP_TO_GRPC_SOURCE);
    assert_eq!(export["grpc_to_http_source"], GrpcCode::GRPC_TO_HTTP_SOURCE);
    assert!(!GrpcCode::HTTP_TO_GRPC_SOURCE.is_empty() && !GrpcCode::GRPC_TO_HTTP_SOURCE.is_empty());
    let codes = export["grpc_codes"].as_array().unwrap();
    assert_eq!(codes.len(), 17);
    for (value, &code) in codes.iter().zip(GrpcCode::ALL) {
        assert_eq!(keys_of(value), ["http", "name", "note", "number"]);
        assert_eq!(value["name"], code.name());
        assert_eq!(value["number"], code.number());
        assert_eq!(value["http"], code.http_status().code());
        assert_eq!(value["note"].as_str(), code.note());
    }
    assert_eq!(codes[5]["name"], "NOT_FOUND");
    assert_eq!(codes[5]["http"], 404);
}

/// The keys of a JSON object, sorted.
fn keys_of(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

/// A spec object: `{"document", "section", "url"}` of `spec`.
fn check_spec_json(value: &Value, spec: Spec) {
    assert_eq!(keys_of(value), ["document", "section", "url"]);
    assert_eq!(value["document"], spec.document());
    assert_eq!(value["section"], spec.section());
    assert_eq!(value["url"], spec.url());
}

/// `value` says everything about `status`, and parses back to it.
fn check_status_json(value: &Value, status: Status) {
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "cacheable",
        "causes",
        "class",
        "client_fixes",
        "code",
        "content",
        "content_rules",
        "description",
        "example",
        "grpc",
        "headers",
        "names",
        "next_step",
        "origin",
        "other_meanings",
        "phrases",
        "reason_phrase",
        "registered",
        "retried_by",
        "server_fixes",
        "spec",
        "standing",
        "variant",
    ];
    expected.sort_unstable();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, expected);

    let code = value["code"].as_u64().unwrap();
    assert_eq!(code, u64::from(status.code()));
    let variant = value["variant"].as_str().unwrap();
    assert_eq!(variant.parse::<Status>(), Ok(status), "variant parses back");
    assert_eq!(
        value["reason_phrase"].as_str().unwrap().parse::<Status>(),
        Ok(status)
    );
    assert_eq!(
        value["class"].as_str().unwrap().parse::<StatusClass>(),
        Ok(status.class())
    );
    assert_eq!(value["registered"], status.is_registered());
    assert_eq!(value["standing"], status.standing().id());
    assert_eq!(value["origin"].as_str(), status.origin());
    match status.spec() {
        Some(spec) => {
            assert_eq!(value["spec"]["document"], spec.document());
            assert_eq!(value["spec"]["section"], spec.section());
            assert_eq!(value["spec"]["url"], spec.url());
        }
        None => assert!(value["spec"].is_null()),
    }
    assert_eq!(value["description"], status.description());
    assert_eq!(value["cacheable"], status.is_heuristically_cacheable());
    assert_eq!(value["content"], status.allows_content());

    let names = value["names"].as_object().unwrap();
    let mut count = 0;
    for (id, list) in names {
        let ecosystem: Ecosystem = id.parse().unwrap();
        let expected: Vec<_> = status.names_in(ecosystem).collect();
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), expected.len(), "{id}");
        for (item, name) in list.iter().zip(&expected) {
            let text = item["name"].as_str().unwrap();
            assert_eq!(text, name.text());
            assert_eq!(
                Status::from_name_in(ecosystem, text),
                Some(status),
                "{text} parses back"
            );
            assert_eq!(item["canonical"], name.is_canonical());
            assert_eq!(item["deprecated"], name.is_deprecated());
            assert_eq!(item["note"].as_str(), name.note());
        }
        count += list.len();
    }
    assert_eq!(count, status.names().len(), "every name of {status}");

    let phrases = value["phrases"].as_object().unwrap();
    for &ecosystem in Ecosystem::ALL {
        assert_eq!(
            phrases.get(ecosystem.id()).and_then(Value::as_str),
            status.reason_in(ecosystem),
            "{} phrase of {status}",
            ecosystem.id()
        );
    }
    check_facts_json(value, status);
}

/// The facts of issue 11 in a status's JSON: `headers`, `content_rules`,
/// the guidance, `example`, `retried_by` and `grpc`, in the documented
/// shapes.
fn check_facts_json(value: &Value, status: Status) {
    let headers = value["headers"].as_array().unwrap();
    let rules = value["content_rules"].as_array().unwrap();
    let (mut h, mut r) = (headers.iter(), rules.iter());
    for requirement in status.requirements() {
        let item = match requirement.subject() {
            Subject::Field(field) => {
                let item = h.next().expect("a header for each field requirement");
                assert_eq!(
                    keys_of(item),
                    ["condition", "field", "note", "requirement", "spec"]
                );
                assert_eq!(item["field"], field);
                item
            }
            Subject::Content => {
                let item = r.next().expect("a content rule for each");
                assert_eq!(keys_of(item), ["condition", "note", "requirement", "spec"]);
                item
            }
        };
        assert_eq!(item["requirement"], requirement.level().id(), "{status}");
        assert_eq!(item["condition"].as_str(), requirement.condition());
        assert_eq!(item["note"].as_str(), requirement.note());
        check_spec_json(&item["spec"], requirement.spec());
    }
    assert!(
        h.next().is_none() && r.next().is_none(),
        "{status}: no extra rules"
    );

    let guidance = status.guidance();
    assert_eq!(value["next_step"], guidance.next_step());
    for (key, list) in [
        ("causes", guidance.causes()),
        ("client_fixes", guidance.client_fixes()),
        ("server_fixes", guidance.server_fixes()),
    ] {
        assert_eq!(value[key], serde_json::json!(list), "{key} of {status}");
    }
    assert!(!guidance.causes().is_empty(), "{status} has causes");
    let example = &value["example"];
    assert_eq!(
        keys_of(example),
        ["request", "request_body", "response", "response_body"]
    );
    let parts = guidance.example();
    for (key, lines) in [
        ("request", parts.request()),
        ("request_body", parts.request_body()),
        ("response", parts.response()),
        ("response_body", parts.response_body()),
    ] {
        assert_eq!(example[key], serde_json::json!(lines), "{key} of {status}");
    }

    let retried: Vec<Value> = status
        .retried_by()
        .map(|retry| serde_json::json!({"policy": retry.policy().id(), "condition": retry.condition()}))
        .collect();
    assert_eq!(value["retried_by"], Value::Array(retried), "{status}");

    let grpc = &value["grpc"];
    assert_eq!(keys_of(grpc), ["code", "number"]);
    match status.grpc_code() {
        Some(code) => {
            assert_eq!(grpc["code"], code.name());
            assert_eq!(grpc["number"], code.number());
        }
        None => assert!(grpc["code"].is_null() && grpc["number"].is_null()),
    }
}

#[test]
fn export_keeps_registry_order_in_maps() {
    let text = answer(&["export"]);
    let export: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(export["statuses"][0]["code"], Status::ALL[0].code());
    let value = &export["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == 404)
        .unwrap()["names"];
    let order: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // serde_json sorts keys unless told otherwise, so read the order from
    // the text itself.
    let start = text.find("\"code\": 404,").unwrap();
    let names = &text[start..];
    let mut positions: Vec<(usize, &str)> = order
        .iter()
        .map(|id| (names.find(&format!("\"{id}\": [")).unwrap(), *id))
        .collect();
    positions.sort_unstable();
    let printed: Vec<&str> = positions.iter().map(|(_, id)| *id).collect();
    let registry: Vec<&str> = Ecosystem::ALL
        .iter()
        .map(|e| e.id())
        .filter(|id| order.contains(id))
        .collect();
    assert_eq!(printed, registry);
}

#[test]
fn card_json_is_the_exports_status() {
    let card = json(&["424", "--json"]);
    let export = json(&["export"]);
    let from_export = export["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == 424)
        .unwrap();
    assert_eq!(&card, from_export);
    check_status_json(&card, Status::FailedDependency);
    assert_eq!(json(&["--json", ":unprocessable_entity"])["code"], 422);
}

#[test]
fn export_headers_have_the_documented_shape() {
    let value = json(&["405", "--json"]);
    assert_eq!(
        value["headers"][0],
        serde_json::json!({
            "field": "Allow",
            "requirement": "must",
            "condition": null,
            "spec": {
                "document": "RFC 9110",
                "section": "15.5.6",
                "url": "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.6"
            },
            "note": Status::MethodNotAllowed.requirements()[0].note()
        })
    );
    assert_eq!(value["retried_by"], serde_json::json!([]));
    assert_eq!(
        value["grpc"],
        serde_json::json!({"code": "UNKNOWN", "number": 2})
    );
    assert_eq!(
        json(&["404", "--json"])["grpc"],
        serde_json::json!({"code": "UNIMPLEMENTED", "number": 12})
    );
    assert_eq!(
        json(&["100", "--json"])["grpc"],
        serde_json::json!({"code": null, "number": null})
    );
    let no_content = json(&["204", "--json"]);
    assert!(no_content["content_rules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["requirement"] == "must-not" && r["condition"].is_null()));
    let retried = json(&["503", "--json"]);
    assert!(retried["retried_by"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!({"policy": "go-retryablehttp", "condition": null})));
}

#[test]
fn to_json_is_an_object() {
    let value = json(&[":unprocessable_entity", "--to", "go", "--json"]);
    assert_eq!(
        value,
        serde_json::json!({
            "ecosystem": "go",
            "name": "http.StatusUnprocessableEntity",
            "canonical": true,
            "deprecated": false,
            "since": null,
            "deprecated_in": null,
            "removed_in": null,
            "meaning": null
        })
    );
}

#[test]
fn list_json_is_an_array_of_statuses() {
    let value = json(&["list", "--class", "4xx", "--json"]);
    let list = value.as_array().unwrap();
    let expected: Vec<Status> = Status::ALL
        .iter()
        .copied()
        .filter(|s| s.is_client_error())
        .collect();
    assert_eq!(list.len(), expected.len());
    for (item, status) in list.iter().zip(expected) {
        check_status_json(item, status);
    }
    let all = json(&["--json", "list"]);
    assert_eq!(all.as_array().unwrap().len(), Status::ALL.len());
}

#[test]
fn ecosystems_json_is_the_exports_ecosystems() {
    let value = json(&["ecosystems", "--json"]);
    assert_eq!(value, json(&["export"])["ecosystems"]);
    assert_eq!(json(&["export", "--json"]), json(&["export"]));
}

#[test]
fn errors_stay_errors_with_json() {
    assert!(failure(&["banana", "--json"], 1).starts_with("error: unknown HTTP status \"banana\""));
    assert!(failure(&["424", "--to", "nodejs", "--json"], 1).starts_with("error: Node.js http"));
}

// ------------------------------------------------------------ completions, help, colour

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = answer(&["completions", shell]);
        assert!(script.contains("statuscodes"), "{shell}");
        assert!(
            script.contains("ecosystems"),
            "{shell}: subcommands completed"
        );
    }
    // Elvish's generator completes no values; the others offer the ids.
    for shell in ["bash", "zsh", "fish"] {
        let script = answer(&["completions", shell]);
        assert!(
            script.contains("apache-httpcore5"),
            "{shell}: ecosystem ids completed"
        );
    }
    let stderr = failure(&["completions", "bash", "--json"], 2);
    assert!(
        stderr.contains("--json does not apply to completions"),
        "{stderr}"
    );
}

#[test]
fn help_documents_matching_and_examples() {
    let help = answer(&["--help"]);
    assert!(help.contains("How STATUS is matched"));
    assert!(help.contains("ambiguous"));
    assert!(help.contains("Examples:"));
    assert!(help.contains("statuscodes :unprocessable_entity --to go"));
    assert!(help.contains("Exit codes:"));
    assert!(help.contains("statuscodes check 405 --header Content-Type"));
    assert!(help.contains("The card always shows all of it"), "{help}");
    assert!(answer(&["-h"]).contains("How STATUS is matched"));
    statuscodes()
        .args(["list", "--help"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("--unofficial")
                .and(predicate::str::contains("--class <CLASS>")),
        );
    statuscodes()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("statuscodes "));
}

#[test]
fn colour_only_when_wanted() {
    let escape = predicate::str::contains("\u{1b}[");
    // Piped, no terminal: plain.
    statuscodes()
        .env_remove("NO_COLOR")
        .arg("424")
        .assert()
        .success()
        .stdout(escape.clone().not());
    // Forced (CLICOLOR_FORCE stands in for a terminal): coloured.
    statuscodes()
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .arg("424")
        .assert()
        .success()
        .stdout(escape.clone());
    statuscodes()
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .arg("banana")
        .assert()
        .code(1)
        .stderr(escape.clone());
    // NO_COLOR wins even over CLICOLOR_FORCE.
    statuscodes()
        .env("CLICOLOR_FORCE", "1")
        .arg("424")
        .assert()
        .success()
        .stdout(escape.clone().not());
    statuscodes()
        .env("CLICOLOR_FORCE", "1")
        .arg("banana")
        .assert()
        .code(1)
        .stderr(escape.not());
}

// ------------------------------------------------------------ versions, meanings, pasted forms

#[test]
fn to_a_release_gives_the_name_valid_there() {
    assert_eq!(
        answer(&["422", "--to", "spring@6.2"]),
        "HttpStatus.UNPROCESSABLE_ENTITY\n"
    );
    assert_eq!(
        answer(&["422", "--to", "spring@7.0"]),
        "HttpStatus.UNPROCESSABLE_CONTENT\n"
    );
    assert_eq!(
        answer(&[":unprocessable_content", "--to", "python@3.9"]),
        "http.HTTPStatus.UNPROCESSABLE_ENTITY\n"
    );
}

#[test]
fn to_the_newest_notes_the_older_name() {
    let output = statuscodes()
        .args(["422", "--to", "spring"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(output.stdout, b"HttpStatus.UNPROCESSABLE_CONTENT\n");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr,
        "note: HttpStatus.UNPROCESSABLE_CONTENT is new in spring 7.0; from 6.0 on, write HttpStatus.UNPROCESSABLE_ENTITY (--to spring@6.0)\n"
    );
}

#[test]
fn to_a_release_without_the_name_fails_and_says_when_it_came() {
    assert_eq!(
        failure(&["103", "--to", "rust-http@1.3"], 1),
        "error: Rust http crate 1.3 has no name for 103 Early Hints (http::StatusCode::EARLY_HINTS is new in 1.4.0)\n  \
         write the number 103 there; `statuscodes 103` shows every ecosystem's names\n"
    );
    let stderr = failure(&["422", "--to", "spring@5.3"], 1);
    assert!(
        stderr.starts_with("error: the registry covers Spring HttpStatus from release 6.0 on"),
        "{stderr}"
    );
    assert!(failure(&["422", "--to", "spring@7.0.0-M3"], 2).contains("is not a release"));
}

#[test]
fn a_different_meaning_is_refused_unless_asked_for() {
    let stderr = failure(
        &["SC_INSUFFICIENT_SPACE_ON_RESOURCE", "--to", "aspnetcore"],
        1,
    );
    assert!(
        stderr.contains("means 419 Insufficient Space On Resource"),
        "{stderr}"
    );
    assert!(
        stderr.contains("means 419 Authentication Timeout"),
        "{stderr}"
    );
    assert!(stderr.contains("--same-code"), "{stderr}");
    assert_eq!(
        answer(&[
            "SC_INSUFFICIENT_SPACE_ON_RESOURCE",
            "--to",
            "aspnetcore",
            "--same-code"
        ]),
        "StatusCodes.Status419AuthenticationTimeout\n"
    );
    // The same meaning translates silently.
    assert_eq!(
        answer(&[
            "SC_INSUFFICIENT_SPACE_ON_RESOURCE",
            "--to",
            "http-status-codes"
        ]),
        "StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE\n"
    );
    assert!(failure(&["419", "--to", "aspnetcore"], 1).contains("419 is Page Expired"));
}

#[test]
fn pasted_forms_resolve() {
    for (input, code) in [
        ("HTTP/1.1 404 Not Found", 404),
        ("HTTP/2 404", 404),
        ("HTTP/1.1 413 Request Entity Too Large", 413),
        ("413 Request Entity Too Large", 413),
        ("reqwest::StatusCode::NOT_FOUND", 404),
        ("axum::http::StatusCode::UNPROCESSABLE_ENTITY", 422),
        ("actix_web::http::StatusCode::OK", 200),
        ("hyper::StatusCode::IM_A_TEAPOT", 418),
    ] {
        assert_eq!(json(&["--json", input])["code"], code, "{input}");
    }
}

#[test]
fn several_arguments_give_several_answers() {
    assert_eq!(
        answer(&["404", "500", "--to", "go"]),
        "http.StatusNotFound\nhttp.StatusInternalServerError\n"
    );
    let cards = answer(&["404", "500"]);
    assert!(cards.starts_with("404 Not Found\n"), "{cards}");
    assert!(cards.contains("\n500 Internal Server Error\n"), "{cards}");
    // Words still join into one phrase.
    assert!(answer(&["not", "found"]).starts_with("404 Not Found\n"));
}

#[test]
fn an_ordinary_word_lists_the_statuses_it_describes() {
    // Not "timeout": Python requests names 408 `timeout`.
    let output = statuscodes()
        .arg("time")
        .assert()
        .success()
        .get_output()
        .clone();
    let table = String::from_utf8(output.stdout).unwrap();
    let codes = listed_codes(&table);
    for code in [408, 504, 524, 598] {
        assert!(codes.contains(&code), "{code}: {table}");
    }
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("no status is called \"time\""));
    // The first of them; `search` lists them all.
    let all = listed_codes(&answer(&["search", "time"]));
    assert!(all.starts_with(&codes), "{all:?} {codes:?}");
    assert_eq!(
        failure(&["search", "zzzzz"], 1),
        "error: no status mentions \"zzzzz\"\n"
    );
}

#[test]
fn the_matched_line_says_a_name_is_deprecated_and_what_replaces_it() {
    let card = answer(&[":unprocessable_entity"]);
    let words = card.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(
            "matched :unprocessable_entity (rails: deprecated in 3.1, write :unprocessable_content"
        ),
        "{card}"
    );
}

#[test]
fn the_command_and_the_library_resolve_alike() {
    // A sample of every kind of input: names (exact, other case), phrases,
    // codes, status lines, and things that name nothing.
    let mut inputs: Vec<String> = Vec::new();
    for (i, status) in Status::ALL.iter().enumerate() {
        if i % 3 == 0 {
            inputs.push(status.reason_phrase().to_ascii_uppercase());
            inputs.push(format!(
                "HTTP/1.1 {} {}",
                status.code(),
                status.reason_phrase()
            ));
        }
        for (j, name) in status.names().iter().enumerate() {
            if (i + j) % 17 == 0 {
                inputs.push(name.text().to_owned());
                inputs.push(name.bare().to_ascii_lowercase());
            }
        }
    }
    inputs.extend(["299", "banana", "4xx", ":ok", "HttpStatusCode.NotFound"].map(String::from));
    assert!(inputs.len() > 100, "{}", inputs.len());
    for input in &inputs {
        let output = statuscodes()
            .args(["--json", "--", input])
            .output()
            .unwrap();
        match Status::resolve(input) {
            Ok(resolved) => {
                assert!(output.status.success(), "{input}");
                let value: Value = serde_json::from_slice(&output.stdout).unwrap();
                assert_eq!(value["code"], resolved.status().code(), "{input}");
            }
            Err(_) => assert!(
                !output.status.success() || is_word_search(&output.stdout),
                "{input}"
            ),
        }
    }
}

/// Whether `stdout` is a keyword search's JSON list (what an ordinary word
/// that names no status gets).
fn is_word_search(stdout: &[u8]) -> bool {
    serde_json::from_slice::<Value>(stdout).is_ok_and(|value| value.is_array())
}

#[test]
fn ecosystems_answer_to_their_aliases_and_names() {
    assert_eq!(answer(&["404", "--to", "golang"]), "http.StatusNotFound\n");
    assert_eq!(
        answer(&["404", "--to", "FastAPI"]),
        "status.HTTP_404_NOT_FOUND\n"
    );
    let section = names_section(&answer(&["404", "--ecosystems", "node,csharp"]));
    let ids: Vec<&str> = section.rows.iter().map(|row| row.id.as_str()).collect();
    assert_eq!(ids, ["dotnet"], "{section:?}");
    assert_eq!(section.without, ["nodejs"]);
    let table = answer(&["list", "--class", "4xx", "-e", "golang"]);
    assert!(table.lines().next().unwrap().ends_with("go"), "{table}");
}
