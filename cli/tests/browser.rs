//! The site in a real browser: headless Chromium loads the generated pages
//! from `file://`, runs their script, and the test reads the DOM it built.
//!
//! It needs Chromium (`CHROMIUM`, else `chromium` on the PATH). Without one
//! the tests say so and pass, unless `STATUSCODES_BROWSER_TESTS=1`, which CI
//! sets after installing Debian's `chromium`: then a missing browser fails.

use std::path::{Path, PathBuf};
use std::process::Command;

mod support;
use support::generate_site;

fn chromium() -> Option<PathBuf> {
    let candidate =
        std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from("chromium"), PathBuf::from);
    let found = Command::new(&candidate)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return Some(candidate);
    }
    assert!(
        std::env::var_os("STATUSCODES_BROWSER_TESTS").is_none(),
        "STATUSCODES_BROWSER_TESTS is set but no Chromium runs as {}",
        candidate.display()
    );
    eprintln!("no Chromium found: skipping the browser test (set CHROMIUM or install chromium)");
    None
}

/// The DOM after the page's scripts ran, and what the browser logged.
fn dump_dom(browser: &Path, url: &str) -> (String, String) {
    let profile = std::env::temp_dir().join(format!("statuscodes-chromium-{}", std::process::id()));
    let output = Command::new(browser)
        .args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .expect("chromium runs");
    let _ = std::fs::remove_dir_all(profile);
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Lines the page's console logged as errors.
fn script_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("Error")))
        .collect()
}

#[test]
fn search_finds_a_rails_name_and_scripts_run_cleanly() {
    let Some(browser) = chromium() else { return };
    let dir = generate_site("browser");
    let url = format!("file://{}/index.html?q=unprocessable_entity", dir.display());
    let (dom, log) = dump_dom(&browser, &url);
    assert!(
        dom.contains("data-ready"),
        "the script did not finish: {log}"
    );
    assert!(script_errors(&log).is_empty(), "{:?}", script_errors(&log));
    let results = dom
        .split("<ol id=\"results\"")
        .nth(1)
        .and_then(|rest| rest.split("</ol>").next())
        .expect("the results list");
    assert!(results.contains("data-code=\"422\""), "{results}");
    assert!(results.contains(":unprocessable_entity"), "{results}");
    assert!(results.contains("rails"), "{results}");

    let url = format!("file://{}/translate.html?from=rails&to=go", dir.display());
    let (dom, log) = dump_dom(&browser, &url);
    assert!(dom.contains("data-ready"), "{log}");
    assert!(dom.contains("http.StatusUnprocessableEntity"));
    assert!(script_errors(&log).is_empty(), "{:?}", script_errors(&log));

    let url = format!("file://{}/status/424.html", dir.display());
    let (dom, log) = dump_dom(&browser, &url);
    assert!(dom.contains("data-ready"), "{log}");
    assert!(dom.contains("http.StatusFailedDependency"));
    let _ = std::fs::remove_dir_all(dir);
}
