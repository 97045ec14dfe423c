//! What the site's test files share: generating the site with the command.

use std::path::PathBuf;

use assert_cmd::Command;

/// Runs `statuscodes site` into a fresh temporary folder named after
/// `name` and the test process, and returns the folder.
pub fn generate_site(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("statuscodes-site-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    Command::cargo_bin("statuscodes")
        .unwrap()
        .arg("site")
        .arg(&dir)
        .assert()
        .success();
    dir
}
