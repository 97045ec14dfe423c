//! `statuscodes site DIR`: the site is complete, every page parses as HTML,
//! every internal link resolves, and the pages say what the registry says.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use scraper::{Html, Selector};
use statuscodes::{Ecosystem, Status};

mod support;
use support::generate_site;

fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        if entry.extension().is_some_and(|e| e == "html") {
            out.push(entry);
        }
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn every_status_and_ecosystem_has_its_page() {
    let dir = generate_site("pages");
    for status in Status::ALL {
        assert!(
            dir.join(format!("status/{}.html", status.code())).is_file(),
            "{status}"
        );
    }
    for ecosystem in Ecosystem::ALL {
        assert!(
            dir.join(format!("ecosystem/{}.html", ecosystem.id()))
                .is_file(),
            "{ecosystem}"
        );
    }
    for file in [
        "index.html",
        "translate.html",
        "assets/site.css",
        "assets/site.js",
        "assets/data.js",
    ] {
        assert!(dir.join(file).is_file(), "{file}");
    }
    assert_eq!(
        html_files(&dir).len(),
        2 + Status::ALL.len() + Ecosystem::ALL.len()
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn every_page_parses_and_every_internal_link_resolves() {
    let dir = generate_site("links");
    let links = Selector::parse("a[href], link[href], script[src]").unwrap();
    let ids = Selector::parse("[id]").unwrap();
    let mut checked = 0;
    for file in html_files(&dir) {
        let text = fs::read_to_string(&file).unwrap();
        let document = Html::parse_document(&text);
        assert!(
            document.errors.is_empty(),
            "{}: {:?}",
            file.display(),
            document.errors
        );
        // The budget is for status pages; an ecosystem page lists
        // every name of one ecosystem, and requests has hundreds.
        let budget = if file.parent().unwrap().ends_with("status") {
            60_000
        } else {
            120_000
        };
        assert!(
            text.len() < budget,
            "{} is {} bytes",
            file.display(),
            text.len()
        );
        let own_ids: BTreeSet<String> = document
            .select(&ids)
            .filter_map(|e| e.value().id().map(str::to_owned))
            .collect();
        for element in document.select(&links) {
            let target = element
                .value()
                .attr("href")
                .or_else(|| element.value().attr("src"))
                .unwrap();
            if target.starts_with("https://") || target.starts_with("http://") {
                continue;
            }
            let (path, fragment) = match target.split_once('#') {
                Some((path, fragment)) => (path, Some(fragment)),
                None => (target, None),
            };
            let path = path.split('?').next().unwrap();
            if path.is_empty() {
                let fragment = fragment.unwrap();
                assert!(
                    own_ids.contains(fragment),
                    "{}: #{fragment}",
                    file.display()
                );
                continue;
            }
            let resolved = file.parent().unwrap().join(path);
            assert!(resolved.is_file(), "{}: {target}", file.display());
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} links");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_424_page_names_the_seed_constants_and_the_facts() {
    let dir = generate_site("424");
    let page = fs::read_to_string(dir.join("status/424.html")).unwrap();
    for text in [
        "424",
        "Failed Dependency",
        ":failed_dependency",
        "http.StatusFailedDependency",
        "HttpStatusCode.FailedDependency",
        "RFC 4918, section 11.4",
        "What a client does next",
        "Example exchange",
        "In every ecosystem",
    ] {
        assert!(page.contains(text), "{text}");
    }
    let page = fs::read_to_string(dir.join("status/405.html")).unwrap();
    assert!(page.contains("<code>Allow</code>"));
    assert!(page.contains("MUST"));
    let index = fs::read_to_string(dir.join("index.html")).unwrap();
    for status in Status::ALL {
        assert!(
            index.contains(&format!("href=\"status/{}.html\"", status.code())),
            "{status}"
        );
    }
    let data = fs::read_to_string(dir.join("assets/data.js")).unwrap();
    assert!(data.starts_with("// Generated"));
    assert!(data.contains(":unprocessable_entity"));
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn deprecated_and_removed_names_are_marked() {
    let dir = generate_site("marks");
    let rails = fs::read_to_string(dir.join("ecosystem/rails.html")).unwrap();
    assert!(rails.contains(":unprocessable_entity"));
    assert!(
        rails.contains("deprecated 3.1"),
        "rails page lacks the deprecation"
    );
    let page = fs::read_to_string(dir.join("status/422.html")).unwrap();
    assert!(page.contains(":unprocessable_content"));
    fs::remove_dir_all(dir).unwrap();
}
