//! Names in other ecosystems: every name finds its status again, the seed
//! card's names are exact, and the subtle cases are right.

use proptest::prelude::*;
use statuscodes::{Ecosystem, Name, Status};

/// A lookup hit as the pair tests compare.
fn pair(name: Name) -> (Ecosystem, Status) {
    (name.ecosystem(), name.status())
}

/// Every (status, name) pair in the registry.
fn all_names() -> Vec<(Status, Name)> {
    Status::ALL
        .iter()
        .flat_map(|&status| status.names().iter().map(move |&name| (status, name)))
        .collect()
}

#[test]
fn every_name_finds_its_status_qualified_and_bare() {
    let names = all_names();
    assert!(names.len() > 1000, "only {} names", names.len());
    for (status, name) in names {
        let ecosystem = name.ecosystem();
        assert!(name.text().starts_with(ecosystem.prefix()));
        assert_eq!(
            format!("{}{}", ecosystem.prefix(), name.bare()),
            name.text()
        );
        assert_eq!(
            Status::from_name_in(ecosystem, name.text()),
            Some(status),
            "{}",
            name.text()
        );
        assert_eq!(
            Status::from_name_in(ecosystem, name.bare()),
            Some(status),
            "{}",
            name.bare()
        );
        for qualifier in ecosystem.qualifiers() {
            let qualified = format!("{qualifier}{}", name.bare());
            assert_eq!(
                Status::from_name_in(ecosystem, &qualified),
                Some(status),
                "{qualified}"
            );
        }
        let hits: Vec<_> = Status::lookup(name.text()).map(pair).collect();
        assert!(
            hits.contains(&(ecosystem, status)),
            "lookup({}) = {hits:?}",
            name.text()
        );
        let hits: Vec<_> = Status::lookup(name.bare()).map(pair).collect();
        assert!(
            hits.contains(&(ecosystem, status)),
            "lookup({}) = {hits:?}",
            name.bare()
        );
    }
}

#[test]
fn names_in_lists_the_canonical_name_first_and_name_in_parses_back() {
    for &status in Status::ALL {
        for &ecosystem in Ecosystem::ALL {
            let names: Vec<Name> = status.names_in(ecosystem).collect();
            // The newest release's name: the canonical one unless it was
            // removed, and never a removed one.
            let current: Vec<&Name> = names.iter().filter(|n| !n.is_removed()).collect();
            assert_eq!(status.name_in(ecosystem).is_some(), !current.is_empty());
            if let Some(name) = status.name_in(ecosystem) {
                assert!(current.iter().any(|n| n.text() == name));
                if !names[0].is_removed() && !names[0].is_deprecated() {
                    assert_eq!(name, names[0].text(), "{status:?} in {ecosystem:?}");
                }
            }
            if let Some((first, rest)) = names.split_first() {
                assert!(first.is_canonical(), "{status:?} in {ecosystem:?}");
                assert!(
                    rest.iter().all(|n| !n.is_canonical()),
                    "{status:?} in {ecosystem:?}"
                );
                assert_eq!(Status::from_name_in(ecosystem, first.text()), Some(status));
            }
            assert!(names.iter().all(|n| n.ecosystem() == ecosystem));
        }
    }
}

#[test]
fn lookup_never_yields_a_hit_twice() {
    for (_, name) in all_names() {
        for input in [name.text(), name.bare()] {
            let mut hits: Vec<_> = Status::lookup(input).map(pair).collect();
            let count = hits.len();
            hits.sort();
            hits.dedup();
            assert_eq!(hits.len(), count, "{input}");
        }
    }
}

#[test]
fn the_seed_card_names_for_424() {
    let expected = [
        (Ecosystem::Rails, "rails", ":failed_dependency"),
        (
            Ecosystem::Symfony,
            "symfony",
            "Response::HTTP_FAILED_DEPENDENCY",
        ),
        (Ecosystem::Python2, "python2", "httplib.FAILED_DEPENDENCY"),
        (
            Ecosystem::Dotnet,
            "dotnet",
            "HttpStatusCode.FailedDependency",
        ),
        (
            Ecosystem::RustHttp,
            "rust-http",
            "http::StatusCode::FAILED_DEPENDENCY",
        ),
        (Ecosystem::Go, "go", "http.StatusFailedDependency"),
        (
            Ecosystem::Python,
            "python",
            "http.HTTPStatus.FAILED_DEPENDENCY",
        ),
        (
            Ecosystem::ApacheHttpcore5,
            "apache-httpcore5",
            "org.apache.hc.core5.http.HttpStatus.SC_FAILED_DEPENDENCY",
        ),
        (
            Ecosystem::Angular,
            "angular",
            "HttpStatusCode.FailedDependency",
        ),
    ];
    for (ecosystem, id, name) in expected {
        assert_eq!(ecosystem.id(), id);
        assert_eq!(
            Status::FailedDependency.name_in(ecosystem),
            Some(name),
            "{id}"
        );
    }
    assert_eq!(&Ecosystem::ALL[..9], expected.map(|(e, _, _)| e));
}

#[test]
fn at_least_twenty_one_ecosystems_each_with_a_checked_release() {
    assert!(Ecosystem::ALL.len() >= 21);
    for &ecosystem in Ecosystem::ALL {
        assert!(!ecosystem.release().is_empty());
        assert!(!ecosystem.source().is_empty());
        assert_eq!(ecosystem.checked().len(), 10);
        let has_any = Status::ALL
            .iter()
            .any(|s| s.name_in(ecosystem).is_some() || s.reason_in(ecosystem).is_some());
        assert!(has_any, "{ecosystem:?} has no names and no phrases");
    }
}

fn names_of(status: Status, ecosystem: Ecosystem) -> Vec<(&'static str, bool, bool)> {
    status
        .names_in(ecosystem)
        .map(|n| (n.text(), n.is_canonical(), n.is_deprecated()))
        .collect()
}

#[test]
fn rack_3_1_renamed_413_and_422_and_kept_the_old_symbols_deprecated() {
    assert_eq!(
        names_of(Status::UnprocessableContent, Ecosystem::Rails),
        [
            (":unprocessable_content", true, false),
            (":unprocessable_entity", false, true)
        ]
    );
    assert_eq!(
        names_of(Status::ContentTooLarge, Ecosystem::Rails),
        [
            (":content_too_large", true, false),
            (":payload_too_large", false, true)
        ]
    );
}

#[test]
fn python_3_13_canonical_names_are_what_name_returns() {
    let renamed = [
        (
            Status::ContentTooLarge,
            "CONTENT_TOO_LARGE",
            "REQUEST_ENTITY_TOO_LARGE",
        ),
        (Status::UriTooLong, "URI_TOO_LONG", "REQUEST_URI_TOO_LONG"),
        (
            Status::RangeNotSatisfiable,
            "RANGE_NOT_SATISFIABLE",
            "REQUESTED_RANGE_NOT_SATISFIABLE",
        ),
        (
            Status::UnprocessableContent,
            "UNPROCESSABLE_CONTENT",
            "UNPROCESSABLE_ENTITY",
        ),
    ];
    for (status, new, old) in renamed {
        let names = names_of(status, Ecosystem::Python);
        assert_eq!(
            names,
            [
                (&*format!("http.HTTPStatus.{new}"), true, false),
                (&*format!("http.HTTPStatus.{old}"), false, false)
            ]
        );
    }
}

#[test]
fn dotnet_duplicate_values_use_the_rfc_9110_name_as_canonical() {
    let cases = [
        (Status::MultipleChoices, "MultipleChoices", "Ambiguous"),
        (Status::MovedPermanently, "MovedPermanently", "Moved"),
        (Status::Found, "Found", "Redirect"),
        (Status::SeeOther, "SeeOther", "RedirectMethod"),
        (
            Status::TemporaryRedirect,
            "TemporaryRedirect",
            "RedirectKeepVerb",
        ),
        (
            Status::UnprocessableContent,
            "UnprocessableContent",
            "UnprocessableEntity",
        ),
    ];
    for (status, canonical, alias) in cases {
        assert_eq!(
            names_of(status, Ecosystem::Dotnet),
            [
                (&*format!("HttpStatusCode.{canonical}"), true, false),
                (&*format!("HttpStatusCode.{alias}"), false, false)
            ]
        );
    }
}

#[test]
fn go_names_and_phrases_are_frozen_at_rfc_7231() {
    assert_eq!(
        Status::ContentTooLarge.name_in(Ecosystem::Go),
        Some("http.StatusRequestEntityTooLarge")
    );
    assert_eq!(
        Status::ContentTooLarge.reason_in(Ecosystem::Go),
        Some("Request Entity Too Large")
    );
    assert_eq!(
        Status::UnprocessableContent.name_in(Ecosystem::Go),
        Some("http.StatusUnprocessableEntity")
    );
    assert_eq!(
        Status::UnprocessableContent.reason_in(Ecosystem::Go),
        Some("Unprocessable Entity")
    );
    assert_eq!(
        Status::ImATeapot.name_in(Ecosystem::Go),
        Some("http.StatusTeapot")
    );
}

#[test]
fn the_http_crate_still_has_payload_too_large() {
    assert_eq!(
        Status::ContentTooLarge.name_in(Ecosystem::RustHttp),
        Some("http::StatusCode::PAYLOAD_TOO_LARGE")
    );
}

#[test]
fn starlette_0_48_renamed_422_and_deprecated_the_old_name() {
    assert_eq!(
        names_of(Status::UnprocessableContent, Ecosystem::Starlette),
        [
            ("status.HTTP_422_UNPROCESSABLE_CONTENT", true, false),
            ("status.HTTP_422_UNPROCESSABLE_ENTITY", false, true)
        ]
    );
    assert_eq!(
        Status::from_name_in(Ecosystem::Starlette, "fastapi.status.HTTP_404_NOT_FOUND"),
        Some(Status::NotFound)
    );
}

#[test]
fn plug_renamed_422() {
    assert_eq!(
        Status::UnprocessableContent.name_in(Ecosystem::Plug),
        Some(":unprocessable_content")
    );
    assert_eq!(
        Status::from_name_in(Ecosystem::Plug, ":unprocessable_entity"),
        Some(Status::UnprocessableContent)
    );
}

#[test]
fn spring_7_deprecations() {
    assert_eq!(
        names_of(Status::ContentTooLarge, Ecosystem::Spring),
        [
            ("HttpStatus.CONTENT_TOO_LARGE", true, false),
            ("HttpStatus.PAYLOAD_TOO_LARGE", false, true),
            ("HttpStatus.REQUEST_ENTITY_TOO_LARGE", false, true)
        ]
    );
    assert_eq!(
        names_of(Status::ImATeapot, Ecosystem::Spring),
        [("HttpStatus.I_AM_A_TEAPOT", true, true)]
    );
}

#[test]
fn some_ecosystems_lack_103_418_or_425() {
    assert_eq!(Status::EarlyHints.name_in(Ecosystem::Swiftnio), None);
    assert_eq!(Status::ImATeapot.name_in(Ecosystem::Dotnet), None);
    assert_eq!(Status::TooEarly.name_in(Ecosystem::Dart), None);
    assert_eq!(
        Status::EarlyHints.name_in(Ecosystem::Angular),
        Some("HttpStatusCode.EarlyHints")
    );
}

#[test]
fn lookup_finds_names_shared_by_several_ecosystems() {
    let hits: Vec<_> = Status::lookup("status.HTTP_404_NOT_FOUND")
        .map(pair)
        .collect();
    assert!(hits.contains(&(Ecosystem::Starlette, Status::NotFound)));
    assert!(hits.contains(&(Ecosystem::Drf, Status::NotFound)));
    let hits: Vec<_> = Status::lookup("HttpStatusCode.NotFound")
        .map(pair)
        .collect();
    for ecosystem in [Ecosystem::Dotnet, Ecosystem::Angular, Ecosystem::Ktor] {
        assert!(
            hits.contains(&(ecosystem, Status::NotFound)),
            "{ecosystem:?}: {hits:?}"
        );
    }
    assert_eq!(Status::lookup("no such name").count(), 0);
    assert_eq!(Status::lookup("").count(), 0);
}

proptest! {
    #[test]
    fn arbitrary_names_never_panic(input in any::<String>(), index in any::<prop::sample::Index>()) {
        let ecosystem = *index.get(Ecosystem::ALL);
        if let Some(status) = Status::from_name_in(ecosystem, &input) {
            prop_assert!(Status::lookup(&input).map(pair).any(|hit| hit == (ecosystem, status)));
        }
        for (ecosystem, status) in Status::lookup(&input).map(pair) {
            prop_assert_eq!(Status::from_name_in(ecosystem, &input), Some(status));
        }
    }

    #[test]
    fn near_names_never_panic(index in any::<prop::sample::Index>(), cut in 0usize..80, extra in "[A-Za-z_:.]{0,3}") {
        let names = all_names();
        let (_, name) = *index.get(&names);
        let text = name.text();
        let mut cut = cut.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let input = format!("{}{extra}", &text[..cut]);
        for (ecosystem, status) in Status::lookup(&input).map(pair) {
            prop_assert_eq!(Status::from_name_in(ecosystem, &input), Some(status));
        }
    }
}
