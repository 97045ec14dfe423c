//! Names at releases: every name resolves at every covered release that
//! has it, no name is offered for a release outside its range, and
//! releases order as dotted numbers.

use proptest::prelude::*;
use statuscodes::{Ecosystem, Name, Release, Status};

/// Every name in the registry.
fn all_names() -> Vec<Name> {
    Status::ALL
        .iter()
        .flat_map(|status| status.names().iter().copied())
        .collect()
}

/// The releases worth asking about for `ecosystem`: the ends of its range
/// and every release a name starts, is deprecated or ends at, with the
/// release just before each.
fn boundaries(ecosystem: Ecosystem) -> Vec<Release> {
    let mut releases = vec![ecosystem.oldest_release(), ecosystem.newest_release()];
    for status in Status::ALL {
        for name in status.names_in(ecosystem) {
            for release in [name.since(), name.deprecated_in(), name.removed_in()]
                .into_iter()
                .flatten()
            {
                releases.push(release);
                if let Some(before) = just_before(release) {
                    releases.push(before);
                }
            }
        }
    }
    releases.retain(|release| *release >= ecosystem.oldest_release());
    releases.sort();
    releases.dedup();
    releases
}

/// A release a little older than `release`, if there is one.
fn just_before(release: Release) -> Option<Release> {
    let mut parts = release.parts();
    let last = parts.iter().rposition(|part| *part > 0)?;
    parts[last] -= 1;
    for part in &mut parts[last + 1..] {
        *part = 9999;
    }
    Some(Release::new(parts, 4))
}

#[test]
fn every_name_is_offered_at_every_covered_release_that_has_it() {
    let mut checked = 0;
    for name in all_names() {
        let ecosystem = name.ecosystem();
        for release in boundaries(ecosystem) {
            let offered: Vec<Name> = name.status().names_at(ecosystem, release).collect();
            assert_eq!(
                offered.contains(&name),
                name.exists_at(release),
                "{} at {release}",
                name.text()
            );
            if name.exists_at(release) {
                // It still resolves, qualified and bare.
                assert_eq!(
                    Status::from_name_in(ecosystem, name.text()),
                    Some(name.status())
                );
                assert_eq!(ecosystem.find_name(name.bare()), Some(name));
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} name-release pairs");
}

#[test]
fn the_name_for_a_release_is_one_that_release_has() {
    for &ecosystem in Ecosystem::ALL {
        for release in boundaries(ecosystem) {
            for &status in Status::ALL {
                match status.name_at(ecosystem, release) {
                    Ok(name) => {
                        assert!(name.exists_at(release), "{} at {release}", name.text());
                        assert_eq!(name.status(), status);
                        // A name that release does not deprecate is preferred.
                        if name.is_deprecated_at(release) {
                            assert!(status
                                .names_at(ecosystem, release)
                                .all(|other| other.is_deprecated_at(release)));
                        }
                    }
                    Err(error) => {
                        assert!(!error.is_not_covered());
                        assert_eq!(status.names_at(ecosystem, release).count(), 0);
                        if let Some(later) = error.later() {
                            assert!(later.since().unwrap() > release);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn releases_before_the_range_are_refused() {
    for &ecosystem in Ecosystem::ALL {
        if let Some(before) = just_before(ecosystem.oldest_release()) {
            let error = Status::NotFound.name_at(ecosystem, before).unwrap_err();
            assert!(error.is_not_covered(), "{ecosystem:?}");
            assert!(error.to_string().contains("cannot say"));
        }
    }
}

#[test]
fn the_renames_of_rfc_9110_and_new_codes_carry_releases() {
    let at = |status: Status, ecosystem: Ecosystem, release: &str| {
        status
            .name_at(ecosystem, release.parse().unwrap())
            .map(|name| name.text())
            .map_err(|error| error.to_string())
    };
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Spring, "6.2"),
        Ok("HttpStatus.UNPROCESSABLE_ENTITY")
    );
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Spring, "7.0"),
        Ok("HttpStatus.UNPROCESSABLE_CONTENT")
    );
    assert_eq!(
        at(Status::ContentTooLarge, Ecosystem::Spring, "6.2"),
        Ok("HttpStatus.PAYLOAD_TOO_LARGE")
    );
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Python, "3.12"),
        Ok("http.HTTPStatus.UNPROCESSABLE_ENTITY")
    );
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Python, "3.13"),
        Ok("http.HTTPStatus.UNPROCESSABLE_CONTENT")
    );
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Rails, "2.2"),
        Ok(":unprocessable_entity")
    );
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Rails, "3.1"),
        Ok(":unprocessable_content")
    );
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Dotnet, "6.0"),
        Ok("HttpStatusCode.UnprocessableEntity")
    );
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Dotnet, "8.0"),
        Ok("HttpStatusCode.UnprocessableContent")
    );
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Starlette, "0.47.3"),
        Ok("status.HTTP_422_UNPROCESSABLE_ENTITY")
    );
    assert_eq!(
        at(Status::UnprocessableContent, Ecosystem::Starlette, "0.48.0"),
        Ok("status.HTTP_422_UNPROCESSABLE_CONTENT")
    );
    assert_eq!(
        at(Status::EarlyHints, Ecosystem::RustHttp, "1.4"),
        Ok("http::StatusCode::EARLY_HINTS")
    );
    assert_eq!(
        at(Status::EarlyHints, Ecosystem::RustHttp, "1.3"),
        Err("Rust http crate 1.3 has no name for 103 Early Hints (http::StatusCode::EARLY_HINTS is new in 1.4.0)".to_owned())
    );
    assert_eq!(at(Status::TooEarly, Ecosystem::RustHttp, "1.1"), Err("Rust http crate 1.1 has no name for 425 Too Early (http::StatusCode::TOO_EARLY is new in 1.2.0)".to_owned()));
    // Spring 7 removed the WebDAV-draft constants; old code still resolves.
    let old = Ecosystem::Spring
        .find_name("INSUFFICIENT_SPACE_ON_RESOURCE")
        .unwrap();
    assert_eq!(old.removed_in().unwrap().to_string(), "7.0");
    assert!(!old.meaning().is_status_meaning());
    assert_eq!(Status::PageExpired.name_in(Ecosystem::Spring), None);
}

#[test]
fn meanings_compare_across_ecosystems() {
    let core = Ecosystem::ApacheHttpcore5
        .find_name("SC_INSUFFICIENT_SPACE_ON_RESOURCE")
        .unwrap();
    let npm = Ecosystem::HttpStatusCodes
        .find_name("INSUFFICIENT_SPACE_ON_RESOURCE")
        .unwrap();
    let aspnet = Ecosystem::Aspnetcore
        .find_name("Status419AuthenticationTimeout")
        .unwrap();
    assert!(core.means_same_as(&npm));
    assert!(!core.means_same_as(&aspnet));
    assert_eq!(core.meaning().code(), aspnet.meaning().code());
    // Every other meaning is one some name or phrase has.
    for &status in Status::ALL {
        for meaning in status.other_meanings() {
            assert_eq!(meaning.status(), status);
            assert!(!meaning.is_status_meaning());
            let used = status.names().iter().any(|name| name.meaning() == meaning)
                || Ecosystem::ALL
                    .iter()
                    .any(|&e| status.reason_meaning_in(e) == Some(meaning));
            assert!(used, "{meaning:?}");
        }
    }
}

proptest! {
    #[test]
    fn release_display_parses_back_and_orders_as_numbers(parts in prop::collection::vec(0u16..20_000, 1..=4)) {
        let text = parts.iter().map(u16::to_string).collect::<Vec<_>>().join(".");
        let release: Release = text.parse().unwrap();
        prop_assert_eq!(release.to_string(), text);
        let mut padded = [0u16; 4];
        padded[..parts.len()].copy_from_slice(&parts);
        prop_assert_eq!(release.parts(), padded);
        let other = Release::new([padded[0], padded[1].saturating_add(1), 0, 0], 2);
        prop_assert!(release < other || padded[1] == u16::MAX);
    }

    #[test]
    fn release_parsing_never_panics(text in any::<String>()) {
        if let Ok(release) = text.parse::<Release>() {
            prop_assert_eq!(release.to_string().parse::<Release>(), Ok(release));
        }
    }

    #[test]
    fn name_at_any_covered_release_exists_there(
        index in any::<prop::sample::Index>(),
        status in any::<prop::sample::Index>(),
        parts in prop::array::uniform4(0u16..40),
    ) {
        let ecosystem = *index.get(Ecosystem::ALL);
        let status = *status.get(Status::ALL);
        let release = Release::new(parts, 4);
        match status.name_at(ecosystem, release) {
            Ok(name) => {
                prop_assert!(name.exists_at(release));
                prop_assert!(release >= ecosystem.oldest_release());
                prop_assert_eq!(Status::from_name_in(ecosystem, name.text()), Some(status));
            }
            Err(error) => prop_assert!(
                error.is_not_covered() || status.names_at(ecosystem, release).next().is_none()
            ),
        }
        for name in status.names_at(ecosystem, release) {
            prop_assert!(name.exists_at(release));
        }
    }
}
