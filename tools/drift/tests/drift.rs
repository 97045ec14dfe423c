//! The drift watch without the network: a fake fetcher serves fixture
//! folders laid out like unpacked packages (`tests/fixtures/older/`, and
//! `tests/fixtures/upstream/`, whose `starlette/status.py` is the release the
//! registry was read from), so the comparison, the table, the JSON report,
//! the exit codes and the argument parsing run as in a live run.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use statuscodes_codegen::registry::Release;
use statuscodes_drift::check::extractor;
use statuscodes_drift::drift::{
    self, exit_code, parse_only, parse_release, Outcome, Selection, Status,
};
use statuscodes_drift::fetch::{self, pypi_version, release_of, Fetch, Fetched};
use statuscodes_drift::sources::{How, Locate, Package, Registry, SOURCES};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A package and the release asked for.
type Key = (String, Option<String>);
/// The version and folder served, or the error.
type Served = Result<(String, PathBuf), String>;

/// Serves `(package, release)` from folders; anything else fails, and
/// every request is recorded.
#[derive(Default)]
struct Fake {
    packages: HashMap<Key, Served>,
    asked: Vec<(Registry, String, Option<String>)>,
}

impl Fake {
    fn serve(mut self, package: &str, release: Option<&str>, version: &str, root: PathBuf) -> Fake {
        self.packages.insert(
            (package.to_string(), release.map(str::to_string)),
            Ok((version.to_string(), root)),
        );
        self
    }

    fn fail(mut self, package: &str, message: &str) -> Fake {
        self.packages
            .insert((package.to_string(), None), Err(message.to_string()));
        self
    }
}

impl Fetch for Fake {
    fn fetch(
        &mut self,
        registry: Registry,
        package: Package,
        release: Option<&str>,
    ) -> Result<Fetched, String> {
        let name = package.to_string();
        self.asked
            .push((registry, name.clone(), release.map(str::to_string)));
        match self
            .packages
            .get(&(name.clone(), release.map(str::to_string)))
        {
            Some(Ok((version, root))) => Ok(Fetched {
                package: name,
                version: version.clone(),
                root: root.clone(),
            }),
            Some(Err(e)) => Err(e.clone()),
            None => Err(format!("the fake has no {name} {release:?}")),
        }
    }
}

fn selection(only: &[&str], releases: &[(&str, &str)]) -> Selection {
    Selection {
        only: only.iter().map(|s| s.to_string()).collect(),
        releases: releases
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
    }
}

fn run(fake: &mut Fake, only: &[&str], releases: &[(&str, &str)]) -> Vec<Outcome> {
    let registry = statuscodes_codegen::registry().unwrap();
    drift::run(&registry, &selection(only, releases), fake)
}

fn older_starlette() -> PathBuf {
    fixtures().join("older/starlette-0.40.0")
}

#[test]
fn an_older_release_shows_what_changed_since() {
    let mut fake = Fake::default().serve("starlette", Some("0.40.0"), "0.40.0", older_starlette());
    let outcomes = run(&mut fake, &[], &[("starlette", "0.40.0")]);
    assert_eq!(
        fake.asked,
        [(
            Registry::PyPI,
            "starlette".to_string(),
            Some("0.40.0".to_string())
        )]
    );
    assert_eq!(outcomes.len(), 1, "only the ecosystem given with --release");
    let o = &outcomes[0];
    assert_eq!(o.id, "starlette");
    assert_eq!(o.registry, "1.10.0");
    assert_eq!(o.found.as_deref(), Some("0.40.0"));
    assert_eq!(o.from.as_deref(), Some("PyPI starlette"));
    let Status::Drifted(c) = &o.status else {
        panic!("expected drift: {o:?}")
    };
    // Starlette 0.48.0 added the RFC 9110 names and deprecated the old ones:
    // seen from 0.40.0, the new names are gone and the old ones are plain.
    assert_eq!(
        c.removed,
        [
            "status.HTTP_413_CONTENT_TOO_LARGE (413)",
            "status.HTTP_414_URI_TOO_LONG (414)",
            "status.HTTP_416_RANGE_NOT_SATISFIABLE (416)",
            "status.HTTP_422_UNPROCESSABLE_CONTENT (422)",
        ]
    );
    assert_eq!(
        c.undeprecated,
        [
            "status.HTTP_413_REQUEST_ENTITY_TOO_LARGE (413)",
            "status.HTTP_414_REQUEST_URI_TOO_LONG (414)",
            "status.HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE (416)",
            "status.HTTP_422_UNPROCESSABLE_ENTITY (422)",
        ]
    );
    assert_eq!(
        c.changed[0],
        "status.HTTP_413_REQUEST_ENTITY_TOO_LARGE (413) now canonical, registry alias"
    );
    assert!(c.added.is_empty() && c.deprecated.is_empty() && c.phrases.is_empty());
    assert_eq!(c.lines.len(), 8);
    assert!(c
        .lines
        .contains(&"413  dropped  status.HTTP_413_CONTENT_TOO_LARGE (canonical)".to_string()));
    assert_eq!(c.summary(), "4 removed, 4 no longer deprecated, 4 changed");
    assert_eq!(exit_code(&outcomes), 1);
}

#[test]
fn the_release_the_registry_was_read_from_agrees() {
    // tests/fixtures/upstream/starlette/status.py is starlette 1.10.0's.
    let upstream = fixtures().join("upstream");
    for (version, status) in [
        ("1.10.0", Status::Agrees { newer: false }),
        ("1.11.0", Status::Agrees { newer: true }),
        ("1.9.0", Status::Behind),
    ] {
        let mut fake = Fake::default().serve("starlette", None, version, upstream.clone());
        let outcomes = run(&mut fake, &["starlette"], &[]);
        assert_eq!(outcomes[0].status, status, "{version}");
        assert_eq!(exit_code(&outcomes), 0, "{version}");
    }
    // Pinned, an older release is compared, not skipped.
    let mut fake = Fake::default().serve("starlette", Some("1.9.0"), "1.9.0", upstream);
    let outcomes = run(&mut fake, &[], &[("starlette", "1.9.0")]);
    assert_eq!(outcomes[0].status, Status::Agrees { newer: false });
}

#[test]
fn failures_are_reported_and_exit_2() {
    let mut fake = Fake::default()
        .fail("starlette", "pip download failed: no network")
        .serve("djangorestframework", None, "9.0.0", older_starlette())
        .serve("requests", None, "2.34.2", PathBuf::from("/nonexistent"));
    let outcomes = run(&mut fake, &["starlette", "drf", "requests"], &[]);
    let by_id = |id: &str| outcomes.iter().find(|o| o.id == id).unwrap();
    assert_eq!(
        by_id("starlette").status,
        Status::Failed("pip download failed: no network".to_string())
    );
    // The package came, but the file is not in it.
    assert_eq!(
        by_id("drf").status,
        Status::Failed("the package has no file rest_framework/status.py".to_string())
    );
    assert_eq!(by_id("drf").found.as_deref(), Some("9.0.0"));
    assert!(matches!(by_id("requests").status, Status::Failed(_)));
    assert_eq!(exit_code(&outcomes), 2);

    // A failure wins over a drift.
    let mut fake = Fake::default().fail("djangorestframework", "down").serve(
        "starlette",
        Some("0.40.0"),
        "0.40.0",
        older_starlette(),
    );
    let outcomes = run(&mut fake, &["drf"], &[("starlette", "0.40.0")]);
    assert_eq!(outcomes.len(), 2);
    assert_eq!(exit_code(&outcomes), 2);
}

#[test]
fn by_hand_and_final_ecosystems_fetch_nothing() {
    let mut fake = Fake::default();
    let outcomes = run(&mut fake, &["spring", "python2"], &[]);
    assert!(fake.asked.is_empty(), "{:?}", fake.asked);
    // Registry order: python2 before spring.
    assert_eq!(outcomes[0].id, "python2");
    assert!(matches!(outcomes[0].status, Status::Final(_)));
    let registry = statuscodes_codegen::registry().unwrap();
    let spring = registry
        .ecosystems
        .iter()
        .find(|e| e.id == "spring")
        .unwrap();
    assert_eq!(
        outcomes[1].status,
        Status::ByHand(spring.source.to_string())
    );
    assert_eq!(exit_code(&outcomes), 0);
}

#[test]
fn the_table() {
    let upstream = fixtures().join("upstream");
    let mut fake = Fake::default()
        .serve("starlette", None, "1.10.0", upstream)
        .fail("djangorestframework", "npm is down");
    let outcomes = run(&mut fake, &["starlette", "drf", "spring", "python2"], &[]);
    let registry = statuscodes_codegen::registry().unwrap();
    let spring = registry
        .ecosystems
        .iter()
        .find(|e| e.id == "spring")
        .unwrap();
    let drf = registry.ecosystems.iter().find(|e| e.id == "drf").unwrap();
    let expected = format!(
        "\
ecosystem  @newest  found   from                      result
python2    2.7.18   -       -                         final: Python 2 reached its end of life with 2.7.18
starlette  1.10.0   1.10.0  PyPI starlette            no drift
drf        {:<7}  -       PyPI djangorestframework  COULD NOT CHECK: npm is down

check by hand (no reachable package carries the source); read:
  spring  7.0.9  {}

2 checked: 1 agree, 0 drifted, 1 could not be checked, 0 lag @newest; 1 by hand, 1 final
",
        drf.newest.to_string(),
        spring.source
    );
    assert_eq!(drift::table(&outcomes), expected);
}

#[test]
fn the_table_details_a_drift() {
    let mut fake = Fake::default().serve("starlette", Some("0.40.0"), "0.40.0", older_starlette());
    let table = drift::table(&run(&mut fake, &[], &[("starlette", "0.40.0")]));
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[1],
        "starlette  1.10.0   0.40.0  PyPI starlette  DRIFT: 4 removed, 4 no longer deprecated, 4 changed"
    );
    assert_eq!(lines[3], "starlette 0.40.0 against the registry (1.10.0):");
    assert!(lines[4].starts_with("  removed: status.HTTP_413_CONTENT_TOO_LARGE (413), "));
    assert!(table.contains("\n    422  wrong    status.HTTP_422_UNPROCESSABLE_ENTITY (canonical; registry: alias, deprecated)\n"));
    assert!(table.ends_with(
        "1 checked: 0 agree, 1 drifted, 0 could not be checked, 0 lag @newest; 0 by hand, 0 final\n"
    ));
}

#[test]
fn the_json_report() {
    let mut fake = Fake::default()
        .serve("starlette", Some("0.40.0"), "0.40.0", older_starlette())
        .fail("djangorestframework", "down");
    let outcomes = run(
        &mut fake,
        &["drf", "spring", "python2"],
        &[("starlette", "0.40.0")],
    );
    let v = drift::json(&outcomes);
    assert_eq!(v["exit"], 2);
    let eco = |id: &str| {
        v["ecosystems"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap_or_else(|| panic!("{id} in {v}"))
            .clone()
    };
    let s = eco("starlette");
    assert_eq!(s["status"], "drifted");
    assert_eq!(s["newest"], "1.10.0");
    assert_eq!(s["found"], "0.40.0");
    assert_eq!(s["from"], "PyPI starlette");
    assert_eq!(
        s["changes"]["removed"][0],
        "status.HTTP_413_CONTENT_TOO_LARGE (413)"
    );
    assert_eq!(s["changes"]["lines"].as_array().unwrap().len(), 8);
    assert_eq!(eco("drf")["status"], "failed");
    assert_eq!(eco("drf")["error"], "down");
    assert_eq!(eco("spring")["status"], "by-hand");
    assert!(eco("spring")["file"]
        .as_str()
        .unwrap()
        .contains("HttpStatus.java"));
    assert_eq!(eco("spring")["found"], serde_json::Value::Null);
    assert_eq!(eco("python2")["status"], "final");
    assert_eq!(v["ecosystems"].as_array().unwrap().len(), 4);
}

#[test]
fn only_and_release_parsing() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        parse_only(&s(&["go,python"])).unwrap(),
        s(&["go", "python"])
    );
    assert_eq!(
        parse_only(&s(&["go", "python, rails", "go"])).unwrap(),
        s(&["go", "python", "rails"])
    );
    assert!(parse_only(&s(&["go,,python"])).is_err());
    assert!(parse_only(&s(&[""])).is_err());
    assert_eq!(
        parse_release("starlette=0.40.0").unwrap(),
        ("starlette".to_string(), "0.40.0".to_string())
    );
    for bad in ["starlette", "=1.0", "starlette=", ""] {
        assert!(parse_release(bad).is_err(), "{bad:?}");
    }

    let registry = statuscodes_codegen::registry().unwrap();
    assert!(selection(&["go", "starlette"], &[])
        .validate(&registry)
        .is_ok());
    let err = selection(&["go", "cobol"], &[])
        .validate(&registry)
        .unwrap_err();
    assert!(err.contains("\"cobol\""), "{err}");
    assert!(selection(&[], &[("cobol", "1.0")])
        .validate(&registry)
        .is_err());

    let all = selection(&[], &[]);
    assert!(all.includes("go") && all.includes("zig"));
    let some = selection(&["go"], &[("zig", "0.16.0")]);
    assert!(some.includes("go") && some.includes("zig") && !some.includes("python"));
}

#[test]
fn every_ecosystem_has_exactly_one_source_row_in_registry_order() {
    let registry = statuscodes_codegen::registry().unwrap();
    let ids: Vec<&str> = registry.ecosystems.iter().map(|e| e.id).collect();
    let rows: Vec<&str> = SOURCES.iter().map(|s| s.id).collect();
    assert_eq!(rows, ids);
    assert_eq!(ids.len(), 49);
    let mut fetchable = 0;
    for source in SOURCES {
        let eco = registry
            .ecosystems
            .iter()
            .find(|e| e.id == source.id)
            .unwrap();
        match source.how {
            How::Package { files, .. } => {
                fetchable += 1;
                let reader = extractor(source.id).unwrap();
                assert_eq!(files.len(), reader.files().len(), "{}", source.id);
            }
            How::ByHand => assert!(!eco.source.is_empty(), "{}", source.id),
            How::Final(why) => assert!(!why.is_empty()),
        }
    }
    assert!(fetchable >= 20, "{fetchable}");
}

#[test]
fn releases_from_registry_versions() {
    let r = |s: &str| Some(Release::parse(s).unwrap());
    use Registry::{Crates, Debian, Npm, PyPI};
    assert_eq!(release_of(Debian, "1.27.4-1~bpo13+1"), r("1.27.4"));
    assert_eq!(release_of(Debian, "1:3.13.4+dfsg1-7"), r("3.13.4"));
    assert_eq!(release_of(Debian, "8.1.10+dfsg-1"), r("8.1.10"));
    assert_eq!(release_of(Debian, "7.04-1"), r("7.4"));
    assert_eq!(release_of(Debian, "27.0.1.0.3+1-1"), r("27.0.1"));
    assert_eq!(release_of(Debian, "28~18ea-1"), None);
    assert_eq!(release_of(Debian, "3.16.0~a1-1"), None);
    assert_eq!(release_of(PyPI, "0.13.0.post1"), r("0.13.0"));
    assert_eq!(release_of(PyPI, "6.1.3"), r("6.1.3"));
    assert_eq!(release_of(Npm, "22.2.6"), r("22.2.6"));
    assert_eq!(release_of(Npm, "2.0.0-beta.1"), None);
    assert_eq!(release_of(Crates, "0.5.2"), r("0.5.2"));
    assert_eq!(release_of(Crates, "final"), None);
    assert!(release_of(Npm, "26.12.1") > release_of(Npm, "26.9.0"));

    assert_eq!(
        pypi_version("starlette-0.40.0-py3-none-any.whl").as_deref(),
        Some("0.40.0")
    );
    assert_eq!(
        pypi_version("djangorestframework-3.18.3.tar.gz").as_deref(),
        Some("3.18.3")
    );
    assert_eq!(
        pypi_version("ziglang-0.17.1-py3-none-manylinux_2_12_x86_64.manylinux2010_x86_64.musllinux_1_1_x86_64.whl")
            .as_deref(),
        Some("0.17.1")
    );
    assert_eq!(pypi_version("README"), None);
}

#[test]
fn locating_files_in_a_package() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let put = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    put("pkg-1.0/vendor/x/starlette/status.py", "vendored");
    put("pkg-1.0/starlette/status.py", "real");
    put("types/a.d.ts", "declare const x = 1;");
    put(
        "types/b.d.ts",
        "declare enum HttpStatusCode {\n Ok = 200\n}",
    );
    let (name, text) = fetch::locate(root, &Locate::Path("starlette/status.py")).unwrap();
    assert_eq!(
        (name.as_str(), text.as_str()),
        ("pkg-1.0/starlette/status.py", "real")
    );
    // Whole components only: `lette/status.py` is not a suffix match.
    assert!(fetch::locate(root, &Locate::Path("lette/status.py")).is_err());
    let (name, _) = fetch::locate(
        root,
        &Locate::Containing {
            ext: ".d.ts",
            marker: "enum HttpStatusCode {",
        },
    )
    .unwrap();
    assert_eq!(name, "types/b.d.ts");

    // A member of a zip in the package.
    let zip_path = root.join("lib/src.zip");
    std::fs::create_dir_all(zip_path.parent().unwrap()).unwrap();
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    zip.start_file(
        "java.base/java/net/X.java",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    std::io::Write::write_all(&mut zip, b"class X {}").unwrap();
    zip.finish().unwrap();
    let (name, text) = fetch::locate(
        root,
        &Locate::InZip {
            zip: "lib/src.zip",
            member: "java.base/java/net/X.java",
        },
    )
    .unwrap();
    assert_eq!(name, "lib/src.zip!java.base/java/net/X.java");
    assert_eq!(text, "class X {}");
    assert!(fetch::locate(
        root,
        &Locate::InZip {
            zip: "lib/src.zip",
            member: "nope"
        }
    )
    .is_err());

    // The output of a program in the package.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        put("bin/tool", "#!/bin/sh\necho \"args: $*\"\n");
        std::fs::set_permissions(
            root.join("bin/tool"),
            std::fs::Permissions::from_mode(0o755),
        )
        .unwrap();
        let (_, text) = fetch::locate(
            root,
            &Locate::Run {
                program: "bin/tool",
                args: &["-e", "x"],
            },
        )
        .unwrap();
        assert_eq!(text, "args: -e x\n");
    }
}

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_statuscodes-drift"))
}

#[test]
fn binary_usage_errors_exit_2_before_fetching() {
    for args in [
        &["drift", "--only", "cobol"][..],
        &["drift", "--only", "go,,python"],
        &["drift", "--release", "starlette"],
        &["drift", "--release", "cobol=1.0"],
        &["drift", "--frobnicate"],
    ] {
        let out = binary().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn binary_lists_by_hand_ecosystems_without_the_network() {
    let out = binary()
        .args(["drift", "--only", "spring,python2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("check by hand"), "{stdout}");
    assert!(stdout.contains("spring-web/src/main/java/org/springframework/http/HttpStatus.java"));
    assert!(stdout.contains("final: Python 2"), "{stdout}");

    let out = binary()
        .args(["drift", "--only", "spring", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["exit"], 0);
    assert_eq!(v["ecosystems"][0]["status"], "by-hand");
}

#[test]
fn binary_sources_lists_every_ecosystem() {
    let out = binary().arg("sources").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let registry = statuscodes_codegen::registry().unwrap();
    assert_eq!(stdout.lines().count(), registry.ecosystems.len());
    for eco in &registry.ecosystems {
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(&format!("{} ", eco.id))),
            "{}",
            eco.id
        );
    }
    assert!(
        stdout.contains("PyPI starlette: starlette/status.py"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Debian golang-1.N-src: src/net/http/status.go"),
        "{stdout}"
    );
    assert!(!stdout.contains("(no row)"));
}
