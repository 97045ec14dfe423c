//! The facts the registry records, checked against what the specs say.

use statuscodes::{Standing, Status, StatusClass};

#[test]
fn covers_the_64_codes_of_the_iana_registry() {
    let iana: Vec<u16> = [100, 101, 102, 103, 104]
        .into_iter()
        .chain(200..=208)
        .chain([226])
        .chain(300..=308)
        .chain(400..=418)
        .chain([421, 422, 423, 424, 425, 426, 428, 429, 431, 451])
        .chain(500..=508)
        .chain([510, 511])
        .collect();
    assert_eq!(iana.len(), 64);
    let registered: Vec<u16> = Status::ALL
        .iter()
        .filter(|s| s.is_registered())
        .map(|s| s.code())
        .collect();
    assert_eq!(registered, iana);
}

#[test]
fn covers_the_widely_deployed_unofficial_codes() {
    let expected = [
        (444, "nginx"),
        (494, "nginx"),
        (495, "nginx"),
        (496, "nginx"),
        (497, "nginx"),
        (499, "nginx"),
        (520, "Cloudflare"),
        (521, "Cloudflare"),
        (522, "Cloudflare"),
        (523, "Cloudflare"),
        (524, "Cloudflare"),
        (525, "Cloudflare"),
        (526, "Cloudflare"),
        (530, "Cloudflare"),
    ];
    for (code, origin) in expected {
        let status = Status::from_u16(code).unwrap();
        assert_eq!(status.standing(), Standing::Unofficial, "{code}");
        assert_eq!(status.origin(), Some(origin), "{code}");
        assert_eq!(status.spec(), None, "{code}");
    }
    for code in [509, 598, 599, 419, 420, 440, 449, 498] {
        let status = Status::from_u16(code).unwrap();
        assert!(!status.is_registered(), "{code}");
        assert!(status.origin().is_some_and(|o| !o.is_empty()), "{code}");
    }
}

#[test]
fn special_standings() {
    assert_eq!(Status::UploadResumptionSupported.code(), 104);
    assert_eq!(
        Status::UploadResumptionSupported.standing(),
        Standing::Temporary
    );
    assert_eq!(Status::Unused.code(), 306);
    assert_eq!(Status::Unused.standing(), Standing::Unused);
    assert_eq!(Status::ImATeapot.code(), 418);
    assert_eq!(Status::ImATeapot.standing(), Standing::Unused);
    assert_eq!(Status::ImATeapot.reason_phrase(), "I'm a teapot");
    assert_eq!(Status::NotExtended.standing(), Standing::Obsoleted);
    for status in Status::ALL {
        assert_eq!(
            status.origin().is_none(),
            status.is_registered(),
            "{status:?}"
        );
    }
}

#[test]
fn reason_phrases_follow_rfc_9110() {
    let expected = [
        (200, "OK"),
        (203, "Non-Authoritative Information"),
        (407, "Proxy Authentication Required"),
        (413, "Content Too Large"),
        (414, "URI Too Long"),
        (416, "Range Not Satisfiable"),
        (421, "Misdirected Request"),
        (422, "Unprocessable Content"),
        (505, "HTTP Version Not Supported"),
    ];
    for (code, phrase) in expected {
        assert_eq!(Status::from_u16(code).unwrap().reason_phrase(), phrase);
    }
}

#[test]
fn heuristically_cacheable_codes_are_those_of_rfc_9110_section_15_1() {
    let cacheable: Vec<u16> = Status::ALL
        .iter()
        .filter(|s| s.is_heuristically_cacheable())
        .map(|s| s.code())
        .collect();
    assert_eq!(
        cacheable,
        [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]
    );
}

#[test]
fn content_is_forbidden_for_1xx_204_205_and_304() {
    for &status in Status::ALL {
        let forbidden = status.class() == StatusClass::Informational
            || matches!(status.code(), 204 | 205 | 304);
        assert_eq!(status.allows_content(), !forbidden, "{status:?}");
    }
}

#[test]
fn every_registered_status_cites_its_spec_on_rfc_editor_or_the_datatracker() {
    for &status in Status::ALL.iter().filter(|s| s.is_registered()) {
        let spec = status.spec().unwrap();
        let url = spec.url();
        if spec.document().starts_with("RFC ") {
            let number = &spec.document()[4..];
            assert_eq!(
                url,
                format!(
                    "https://www.rfc-editor.org/rfc/rfc{number}.html#section-{}",
                    spec.section()
                ),
                "{status:?}"
            );
        } else {
            assert!(
                url.starts_with("https://datatracker.ietf.org/doc/"),
                "{status:?}: {url}"
            );
        }
    }
    let spec = Status::FailedDependency.spec().unwrap();
    assert_eq!((spec.document(), spec.section()), ("RFC 4918", "11.4"));
}

#[test]
fn descriptions_are_one_to_three_sentences() {
    for status in Status::ALL {
        let description = status.description();
        let sentences = description.matches(". ").count() + 1;
        assert!(description.ends_with('.'), "{status:?}");
        assert!(
            (1..=3).contains(&sentences),
            "{status:?} has {sentences} sentences"
        );
        assert_ne!(description, status.reason_phrase());
    }
}

#[test]
fn variant_names_are_the_debug_form() {
    for status in Status::ALL {
        assert_eq!(format!("{status:?}"), status.variant_name());
    }
}
