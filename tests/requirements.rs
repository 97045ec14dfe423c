//! The response check: a response built to satisfy every requirement of its
//! status passes, and removing a required field, adding a forbidden one, or
//! getting the content wrong fails with exactly that requirement.

use proptest::prelude::*;
use statuscodes::{Level, Requirement, Status, Subject};

fn any_status() -> impl Strategy<Value = Status> {
    proptest::sample::select(Status::ALL)
}

/// Field names that no requirement of any status forbids.
const HARMLESS: [&str; 6] = [
    "Content-Type",
    "Cache-Control",
    "X-Request-Id",
    "Server",
    "Vary",
    "Set-Cookie",
];

fn forbidden_anywhere(name: &str) -> bool {
    Status::ALL.iter().any(|s| {
        s.requirements().iter().any(|r| {
            r.level().is_prohibition() && matches!(r.subject(), Subject::Field(f) if f == name)
        })
    })
}

/// The fields and content of a response that meets every requirement the
/// check enforces for `status`, with `extra` fields besides.
fn satisfying(status: Status, extra: &[&'static str]) -> (bool, Vec<&'static str>) {
    let checked = || status.requirements().iter().filter(|r| r.is_checked());
    let mut fields: Vec<&'static str> = checked()
        .filter(|r| !r.level().is_prohibition())
        .filter_map(|r| match r.subject() {
            Subject::Field(name) => Some(name),
            Subject::Content => None,
        })
        .collect();
    for name in extra {
        let forbidden =
            checked().any(|r| r.level().is_prohibition() && r.subject() == Subject::Field(name));
        if !forbidden {
            fields.push(name);
        }
    }
    let content = checked()
        .find(|r| r.subject() == Subject::Content)
        .map_or(true, |r| !r.level().is_prohibition());
    (content, fields)
}

/// `text` with the case of each ASCII letter flipped where `flips` says.
fn recase(text: &str, flips: u64) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            if flips >> (i % 64) & 1 == 1 {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            } else {
                c
            }
        })
        .collect()
}

fn broken<S: AsRef<str>>(status: Status, content: bool, fields: &[S]) -> Vec<&'static Requirement> {
    status
        .check(content, fields)
        .map(|violation| {
            assert_eq!(violation.status(), status);
            assert_eq!(violation.level(), violation.requirement().level());
            violation.requirement()
        })
        .collect()
}

proptest! {
    #[test]
    fn a_response_that_meets_every_requirement_passes(
        status in any_status(),
        extra in proptest::sample::subsequence(HARMLESS.to_vec(), 0..HARMLESS.len()),
        flips in any::<u64>(),
    ) {
        let (content, fields) = satisfying(status, &extra);
        let fields: Vec<String> = fields.iter().map(|f| recase(f, flips)).collect();
        prop_assert_eq!(broken(status, content, &fields), Vec::<&Requirement>::new());
    }

}

/// Every checked requirement, with its status.
fn checked() -> impl Iterator<Item = (Status, &'static Requirement)> {
    Status::ALL.iter().flat_map(|&status| {
        status
            .requirements()
            .iter()
            .filter(|r| r.is_checked())
            .map(move |r| (status, r))
    })
}

/// Exhaustive: every required field of every status.
#[test]
fn removing_a_required_field_fails_with_that_requirement() {
    let mut seen = 0;
    for (status, removed) in checked() {
        let Subject::Field(name) = removed.subject() else {
            continue;
        };
        if removed.level().is_prohibition() {
            continue;
        }
        seen += 1;
        let (content, fields) = satisfying(status, &HARMLESS);
        let fields: Vec<&str> = fields.into_iter().filter(|f| *f != name).collect();
        let broken = broken(status, content, &fields);
        assert!(
            broken.contains(&removed),
            "{status}: {removed} not among {broken:?}"
        );
        assert!(
            broken.iter().all(|r| r.subject() == removed.subject()),
            "{status}: {broken:?}"
        );
    }
    assert!(seen >= 5, "only {seen} required fields");
}

/// Exhaustive: every forbidden field of every status.
#[test]
fn adding_a_forbidden_field_fails_with_that_requirement() {
    let mut seen = 0;
    for (status, added) in checked() {
        let Subject::Field(name) = added.subject() else {
            continue;
        };
        if !added.level().is_prohibition() {
            continue;
        }
        seen += 1;
        let (content, mut fields) = satisfying(status, &HARMLESS);
        fields.push(name);
        assert_eq!(broken(status, content, &fields), vec![added], "{status}");
    }
    assert!(seen >= 3, "only {seen} forbidden fields");
}

/// Exhaustive: every status with a content rule.
#[test]
fn wrong_content_fails_with_the_content_rule() {
    let mut seen = 0;
    for &status in Status::ALL {
        let rules: Vec<&Requirement> = status
            .requirements()
            .iter()
            .filter(|r| r.is_checked() && r.subject() == Subject::Content)
            .collect();
        if rules.is_empty() {
            continue;
        }
        seen += 1;
        let (content, fields) = satisfying(status, &HARMLESS);
        assert_eq!(broken(status, !content, &fields), rules, "{status}");
    }
    assert!(seen >= 5, "only {seen} statuses with content rules");
}

/// The examples, by hand.
#[test]
fn the_usual_mistakes_are_caught() {
    let cases: [(Status, bool, &[&str], Level, Subject); 5] = [
        (
            Status::MethodNotAllowed,
            true,
            &["Content-Type"],
            Level::Must,
            Subject::Field("Allow"),
        ),
        (
            Status::Unauthorized,
            true,
            &[],
            Level::Must,
            Subject::Field("WWW-Authenticate"),
        ),
        (
            Status::ProxyAuthenticationRequired,
            true,
            &[],
            Level::Must,
            Subject::Field("Proxy-Authenticate"),
        ),
        (
            Status::NoContent,
            true,
            &[],
            Level::MustNot,
            Subject::Content,
        ),
        (
            Status::NotModified,
            true,
            &["ETag"],
            Level::MustNot,
            Subject::Content,
        ),
    ];
    for (status, content, fields, level, subject) in cases {
        let broken: Vec<_> = status.check(content, fields).collect();
        assert!(
            broken
                .iter()
                .any(|v| v.level() == level && v.requirement().subject() == subject),
            "{status}: {broken:?}"
        );
    }
    assert_eq!(Status::NoContent.check(false, ["Date"]).count(), 0);
    assert_eq!(Status::MethodNotAllowed.check(true, ["ALLOW"]).count(), 0);
}

/// Every requirement names a real section, and the ones the issue lists are
/// there.
#[test]
fn the_registry_has_the_rules_the_specs_give() {
    let has = |status: Status, subject: Subject, level: Level| {
        status
            .requirements()
            .iter()
            .any(|r| r.subject() == subject && r.level() == level)
    };
    assert!(has(
        Status::MethodNotAllowed,
        Subject::Field("Allow"),
        Level::Must
    ));
    assert!(has(
        Status::Unauthorized,
        Subject::Field("WWW-Authenticate"),
        Level::Must
    ));
    assert!(has(
        Status::UpgradeRequired,
        Subject::Field("Upgrade"),
        Level::Must
    ));
    assert!(has(
        Status::RangeNotSatisfiable,
        Subject::Field("Content-Range"),
        Level::Should
    ));
    assert!(has(
        Status::ServiceUnavailable,
        Subject::Field("Retry-After"),
        Level::May
    ));
    assert!(has(Status::ResetContent, Subject::Content, Level::MustNot));
    for status in Status::ALL {
        for r in status.requirements() {
            assert!(r.spec().url().starts_with("https://"), "{status}: {r}");
            if let Some(condition) = r.condition() {
                assert!(!condition.ends_with('.'), "{status}: {condition}");
            }
        }
    }
    assert!(!forbidden_anywhere("X-Request-Id"));
    for name in HARMLESS {
        assert!(!forbidden_anywhere(name), "{name}");
    }
}
