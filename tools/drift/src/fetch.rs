//! Downloading a package with its registry's ordinary client, and finding
//! upstream files in it.
//!
//! | registry | newest release | download | unpack |
//! |---|---|---|---|
//! | PyPI | what `pip download --no-deps --ignore-requires-python NAME` picks | the same | wheel (zip) or sdist (tar.gz) |
//! | npm | `npm pack NAME@latest` (the `latest` dist-tag) | the same | tar.gz |
//! | crates | `cargo metadata` on a throwaway project depending on `NAME = "*"` | the same (cargo unpacks it in its own cache) | none |
//! | Debian | the highest non-prerelease version in unstable, experimental and stable-backports (and its codename) | `apt-get download` | `dpkg-deb -x` |
//!
//! Debian is read through a private package list in the temporary
//! directory: it reuses the machine's Debian mirror and keyring (from its
//! apt sources), never touches the machine's own package state, and needs
//! no root. Everything is downloaded under one temporary directory, removed
//! when the [`Fetcher`] is dropped.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use statuscodes_codegen::registry::Release;

use crate::sources::{Locate, Package, Registry};

/// An unpacked release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The package name (for a Debian family, the member that was chosen).
    pub package: String,
    /// The version as the registry writes it (`1.27.4-1~bpo13+1`).
    pub version: String,
    /// Where it was unpacked.
    pub root: PathBuf,
}

/// Something that can fetch a release: [`Fetcher`] over the network, or a
/// test's fixture folders.
pub trait Fetch {
    /// Fetches `release` of `package` (its newest when `None`) and unpacks it.
    fn fetch(
        &mut self,
        registry: Registry,
        package: Package,
        release: Option<&str>,
    ) -> Result<Fetched, String>;
}

/// The upstream release a registry version stands for, as the registry
/// writes releases (`6.2`, `1.4.0`), or `None` for a pre-release.
///
/// Debian versions lose their epoch, revision and repack suffix
/// (`1:3.13.4+dfsg1-7` is 3.13.4); a version with `~` before the revision
/// is a pre-release (`28~18ea`). Then the leading dotted numbers are kept,
/// at most four, without leading zeros (`7.04` is 7.4, `0.13.0.post1` is
/// 0.13.0, `4.2.7.Final` is 4.2.7).
pub fn release_of(registry: Registry, version: &str) -> Option<Release> {
    let mut v = version.trim();
    if registry == Registry::Debian {
        if let Some((_, rest)) = v.split_once(':') {
            v = rest;
        }
        if let Some((upstream, _revision)) = v.rsplit_once('-') {
            v = upstream;
        }
        if v.contains('~') {
            return None;
        }
    } else if v.contains('-') {
        // npm and crates pre-releases: 2.0.0-beta.1
        return None;
    }
    let numeric: String = v
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let parts: Vec<String> = numeric
        .split('.')
        .filter(|p| !p.is_empty())
        .take(4)
        .map(|p| {
            let trimmed = p.trim_start_matches('0');
            if trimmed.is_empty() { "0" } else { trimmed }.to_string()
        })
        .collect();
    if parts.is_empty() {
        return None;
    }
    Release::parse(&parts.join(".")).ok()
}

/// Fetches over the network, into one temporary directory.
pub struct Fetcher {
    dir: tempfile::TempDir,
    apt: Option<Result<Apt, String>>,
    done: HashMap<(Registry, Package, Option<String>), Result<Fetched, String>>,
    count: usize,
}

impl Fetcher {
    /// A fetcher with a new temporary directory.
    pub fn new() -> Result<Fetcher, String> {
        let dir = tempfile::Builder::new()
            .prefix("statuscodes-drift-")
            .tempdir()
            .map_err(|e| format!("cannot create a temporary directory: {e}"))?;
        Ok(Fetcher {
            dir,
            apt: None,
            done: HashMap::new(),
            count: 0,
        })
    }

    fn new_dir(&mut self, what: &str) -> Result<PathBuf, String> {
        self.count += 1;
        let dir = self
            .dir
            .path()
            .join(format!("{}-{}", self.count, sanitize(what)));
        fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(dir)
    }

    fn pypi(&mut self, name: &str, release: Option<&str>) -> Result<Fetched, String> {
        let dir = self.new_dir(name)?;
        let download = dir.join("download");
        let spec = match release {
            Some(r) => format!("{name}=={r}"),
            None => name.to_string(),
        };
        run(Command::new("python3")
            .args([
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--disable-pip-version-check",
                "-q",
                // The newest release, even one that needs a newer Python
                // than the local one: only a file is read from it.
                "--ignore-requires-python",
            ])
            .arg("-d")
            .arg(&download)
            .arg(&spec))?;
        let file = only_file(&download)?;
        let file_name = file.file_name().and_then(OsStr::to_str).unwrap_or_default();
        let version = pypi_version(file_name)
            .ok_or_else(|| format!("cannot read a version from {file_name}"))?;
        let root = dir.join("package");
        unpack(&file, &root)?;
        Ok(Fetched {
            package: name.to_string(),
            version,
            root,
        })
    }

    fn npm(&mut self, name: &str, release: Option<&str>) -> Result<Fetched, String> {
        let dir = self.new_dir(name)?;
        // `@latest` explicitly: without it npm passes over a release whose
        // `engines` the local Node does not satisfy.
        let spec = format!("{name}@{}", release.unwrap_or("latest"));
        let out = run(Command::new("npm")
            .args(["pack", "--json", "--silent", &spec])
            .current_dir(&dir))?;
        let json: serde_json::Value = serde_json::from_str(&out)
            .map_err(|e| format!("npm pack printed no JSON ({e}): {out}"))?;
        let first = &json[0];
        let (Some(file), Some(version)) = (first["filename"].as_str(), first["version"].as_str())
        else {
            return Err(format!("npm pack printed no filename and version: {out}"));
        };
        let root = dir.join("package");
        unpack(&dir.join(file), &root)?;
        Ok(Fetched {
            package: name.to_string(),
            version: version.to_string(),
            root,
        })
    }

    fn crates(&mut self, name: &str, release: Option<&str>) -> Result<Fetched, String> {
        let dir = self.new_dir(name)?;
        let requirement = match release {
            Some(r) => format!("={r}"),
            None => "*".to_string(),
        };
        let manifest = format!(
            "[package]\nname = \"statuscodes-drift-probe\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [lib]\npath = \"lib.rs\"\n\n[dependencies]\n{name} = {{ version = \"{requirement}\", default-features = false }}\n\n[workspace]\n"
        );
        write(&dir.join("Cargo.toml"), &manifest)?;
        write(&dir.join("lib.rs"), "")?;
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let out = run(Command::new(cargo)
            .args([
                "metadata",
                "--format-version",
                "1",
                "--quiet",
                "--manifest-path",
            ])
            .arg(dir.join("Cargo.toml")))?;
        let json: serde_json::Value = serde_json::from_str(&out)
            .map_err(|e| format!("cargo metadata printed no JSON: {e}"))?;
        let package = json["packages"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"] == name)
            .ok_or_else(|| format!("cargo metadata does not list {name}"))?;
        let version = package["version"].as_str().unwrap_or_default().to_string();
        let root = Path::new(package["manifest_path"].as_str().unwrap_or_default())
            .parent()
            .ok_or_else(|| format!("cargo metadata gives no manifest path for {name}"))?
            .to_path_buf();
        Ok(Fetched {
            package: name.to_string(),
            version,
            root,
        })
    }

    fn debian(&mut self, package: Package, release: Option<&str>) -> Result<Fetched, String> {
        if self.apt.is_none() {
            eprintln!("  reading Debian's package lists (apt-get update, private list)");
            let dir = self.dir.path().join("apt");
            self.apt = Some(Apt::new(&dir));
        }
        let apt = match self.apt.as_ref().expect("set above") {
            Ok(apt) => apt.clone(),
            Err(e) => return Err(e.clone()),
        };
        let names = match package {
            Package::Name(name) => vec![name.to_string()],
            Package::Family { prefix, suffix } => apt.family(prefix, suffix)?,
        };
        let mut best: Option<(Release, String, String)> = None;
        let wanted = release
            .map(|r| release_of(Registry::Debian, &format!("{r}-0")).ok_or(r))
            .transpose()
            .map_err(|r| format!("{r} is not a release"))?;
        for name in &names {
            for version in apt.versions(name)? {
                let Some(rel) = release_of(Registry::Debian, &version) else {
                    continue;
                };
                if wanted.is_some_and(|w| w != rel) {
                    continue;
                }
                if best.as_ref().is_none_or(|(b, ..)| rel > *b) {
                    best = Some((rel, name.clone(), version));
                }
            }
        }
        let Some((_, name, version)) = best else {
            return Err(match release {
                Some(r) => format!("Debian has no {package} of release {r}"),
                None => format!("Debian has no released {package}"),
            });
        };
        let dir = self.new_dir(&name)?;
        open_up(&dir)?;
        apt.download(&name, &version, &dir)?;
        let deb = only_file(&dir)?;
        let root = dir.join("package");
        run(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&root))?;
        Ok(Fetched {
            package: name,
            version,
            root,
        })
    }
}

impl Fetch for Fetcher {
    fn fetch(
        &mut self,
        registry: Registry,
        package: Package,
        release: Option<&str>,
    ) -> Result<Fetched, String> {
        let key = (registry, package, release.map(str::to_string));
        if let Some(done) = self.done.get(&key) {
            return done.clone();
        }
        let result = match (registry, package) {
            (Registry::PyPI, Package::Name(name)) => self.pypi(name, release),
            (Registry::Npm, Package::Name(name)) => self.npm(name, release),
            (Registry::Crates, Package::Name(name)) => self.crates(name, release),
            (Registry::Debian, package) => self.debian(package, release),
            (registry, package) => Err(format!("{registry} has no package family {package}")),
        };
        self.done.insert(key, result.clone());
        result
    }
}

/// apt-get and apt-cache over a private package list.
#[derive(Debug, Clone)]
struct Apt {
    options: Vec<String>,
}

impl Apt {
    fn new(dir: &Path) -> Result<Apt, String> {
        let mirror = debian_mirror()?;
        let keyring = "/usr/share/keyrings/debian-archive-keyring.gpg";
        let mut list = String::new();
        for suite in ["unstable", "experimental", "stable-backports"] {
            list += &format!("deb [signed-by={keyring}] {mirror} {suite} main\n");
        }
        for sub in [
            "lists/partial",
            "cache/archives/partial",
            "parts",
            "preferences",
        ] {
            fs::create_dir_all(dir.join(sub)).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        write(&dir.join("sources.list"), &list)?;
        open_up(dir)?;
        for sub in [
            "lists",
            "lists/partial",
            "cache",
            "cache/archives",
            "cache/archives/partial",
        ] {
            open_up(&dir.join(sub))?;
        }
        let path = |p: &str| dir.join(p).display().to_string();
        let options = vec![
            format!("Dir::Etc::SourceList={}", path("sources.list")),
            format!("Dir::Etc::SourceParts={}", path("parts")),
            format!("Dir::Etc::PreferencesParts={}", path("preferences")),
            format!("Dir::State::Lists={}", path("lists")),
            format!("Dir::Cache={}", path("cache")),
            "Dir::State::status=/dev/null".to_string(),
            "Acquire::Languages=none".to_string(),
            "Acquire::IndexTargets::deb::DEP-11::DefaultEnabled=false".to_string(),
            "Acquire::IndexTargets::deb::DEP-11-icons::DefaultEnabled=false".to_string(),
            "Acquire::IndexTargets::deb::DEP-11-icons-small::DefaultEnabled=false".to_string(),
        ];
        let apt = Apt { options };
        run(apt.command("apt-get").args(["-q", "update"]))?;
        // A mirror's `stable-backports` alias can lag the codename it
        // stands for; read the codename's own lists too.
        if let Some(codename) = codename(&dir.join("lists"), "stable-backports") {
            list += &format!("deb [signed-by={keyring}] {mirror} {codename} main\n");
            write(&dir.join("sources.list"), &list)?;
            run(apt.command("apt-get").args(["-q", "update"]))?;
        }
        Ok(apt)
    }

    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        for option in &self.options {
            command.arg("-o").arg(option);
        }
        command
    }

    /// Package names `prefix<digits>suffix`.
    fn family(&self, prefix: &str, suffix: &str) -> Result<Vec<String>, String> {
        let out = run(self.command("apt-cache").args(["pkgnames", prefix]))?;
        let names: Vec<String> = out
            .lines()
            .filter(|name| {
                name.strip_prefix(prefix)
                    .and_then(|rest| rest.strip_suffix(suffix))
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            })
            .map(str::to_string)
            .collect();
        if names.is_empty() {
            return Err(format!("Debian has no package {prefix}N{suffix}"));
        }
        Ok(names)
    }

    /// Every version of a package in the lists.
    fn versions(&self, name: &str) -> Result<Vec<String>, String> {
        let out = run(self.command("apt-cache").args(["madison", name]))?;
        Ok(out
            .lines()
            .filter_map(|line| line.split('|').nth(1))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect())
    }

    fn download(&self, name: &str, version: &str, dir: &Path) -> Result<(), String> {
        run(self
            .command("apt-get")
            .args(["-q", "download", &format!("{name}={version}")])
            .current_dir(dir))
        .map(|_| ())
    }
}

/// The `Codename:` of a suite, from its downloaded Release file, when it
/// differs from the suite's name.
fn codename(lists: &Path, suite: &str) -> Option<String> {
    let entries = fs::read_dir(lists).ok()?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.ends_with(&format!("_dists_{suite}_InRelease"))
            || name.ends_with(&format!("_dists_{suite}_Release")))
        {
            continue;
        }
        let text = fs::read_to_string(entry.path()).ok()?;
        let codename = text
            .lines()
            .find_map(|l| l.strip_prefix("Codename:"))
            .map(|c| c.trim().to_string())?;
        let valid = !codename.is_empty()
            && codename
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        return (valid && codename != suite).then_some(codename);
    }
    None
}

/// The machine's Debian mirror, from its apt sources (the first `URIs:`
/// or `deb` URI that ends in `/debian`).
fn debian_mirror() -> Result<String, String> {
    let mut files = vec![PathBuf::from("/etc/apt/sources.list")];
    if let Ok(entries) = fs::read_dir("/etc/apt/sources.list.d") {
        let mut more: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        more.sort();
        files.extend(more);
    }
    for file in files {
        let ext = file.extension().and_then(OsStr::to_str);
        if !matches!(ext, Some("list" | "sources")) {
            continue;
        }
        let Ok(text) = fs::read_to_string(&file) else {
            continue;
        };
        for line in text.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            let uris: Vec<&str> = match words.first() {
                Some(&"URIs:") => words[1..].to_vec(),
                Some(&"deb") => words
                    .iter()
                    .skip(1)
                    .find(|w| w.contains("://"))
                    .into_iter()
                    .copied()
                    .collect(),
                _ => Vec::new(),
            };
            if let Some(uri) = uris
                .into_iter()
                .find(|u| u.trim_end_matches('/').ends_with("/debian"))
            {
                return Ok(uri.trim_end_matches('/').to_string());
            }
        }
    }
    Err("no Debian mirror in this machine's apt sources".to_string())
}

/// Lets apt's unprivileged download user write into `dir`.
fn open_up(dir: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o777))
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        if let Some(parent) = dir.parent() {
            // The temporary directory itself is private; apt must traverse it.
            let _ = fs::set_permissions(parent, fs::Permissions::from_mode(0o755));
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Runs a command; its standard output, or an error with its standard error.
fn run(command: &mut Command) -> Result<String, String> {
    let shown = format!(
        "{} {}",
        command.get_program().to_string_lossy(),
        command
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .filter(|a| !a.starts_with("Dir::") && !a.starts_with("Acquire::") && a != "-o")
            .collect::<Vec<_>>()
            .join(" ")
    );
    let out = command
        .output()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(3).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!(
            "{shown} failed ({}): {}",
            out.status,
            tail.join(" / ")
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The one file in `dir`.
fn only_file(dir: &Path) -> Result<PathBuf, String> {
    let files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    match files.as_slice() {
        [file] => Ok(file.clone()),
        [] => Err("the download left no file".to_string()),
        _ => Err(format!("the download left {} files", files.len())),
    }
}

/// The version in a wheel's or sdist's file name.
pub fn pypi_version(file_name: &str) -> Option<String> {
    if let Some(stem) = file_name.strip_suffix(".whl") {
        return stem.split('-').nth(1).map(str::to_string);
    }
    let stem = [".tar.gz", ".zip", ".tar.bz2", ".tgz"]
        .iter()
        .find_map(|ext| file_name.strip_suffix(ext))?;
    stem.rsplit_once('-').map(|(_, v)| v.to_string())
}

/// Unpacks a zip (wheel) or gzip-compressed tar archive into `to`.
pub fn unpack(archive: &Path, to: &Path) -> Result<(), String> {
    let shown = archive.display();
    let file = fs::File::open(archive).map_err(|e| format!("{shown}: {e}"))?;
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let name = archive.to_string_lossy();
    if name.ends_with(".whl") || name.ends_with(".zip") {
        let mut zip = zip::ZipArchive::new(file).map_err(|e| format!("{shown}: {e}"))?;
        zip.extract(to).map_err(|e| format!("{shown}: {e}"))
    } else {
        let mut tar = tar::Archive::new(flate2::read::GzDecoder::new(file));
        tar.set_preserve_permissions(true);
        tar.unpack(to).map_err(|e| format!("{shown}: {e}"))
    }
}

/// Every file under `root`, as `/`-separated paths relative to it, sorted.
fn files_under(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() {
                if let Ok(rel) = path.strip_prefix(root) {
                    let parts: Vec<String> = rel
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect();
                    out.push(parts.join("/"));
                }
            }
        }
    }
    out.sort();
    out
}

/// The path under `root` that ends with `suffix` (whole path components),
/// the shortest if several do.
fn by_suffix(files: &[String], suffix: &str) -> Option<String> {
    files
        .iter()
        .filter(|f| *f == suffix || f.ends_with(&format!("/{suffix}")))
        .min_by_key(|f| (f.len(), (*f).clone()))
        .cloned()
}

/// Reads one upstream file from an unpacked package: its name (a path in
/// the package, for messages) and its text.
pub fn locate(root: &Path, what: &Locate) -> Result<(String, String), String> {
    let files = files_under(root);
    let read = |rel: &str| -> Result<String, String> {
        fs::read(root.join(rel))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| format!("{rel}: {e}"))
    };
    match *what {
        Locate::Path(suffix) => {
            let rel = by_suffix(&files, suffix)
                .ok_or_else(|| format!("the package has no file {suffix}"))?;
            let text = read(&rel)?;
            Ok((rel, text))
        }
        Locate::Containing { ext, marker } => {
            for rel in files.iter().filter(|f| f.ends_with(ext)) {
                let text = read(rel)?;
                if text.contains(marker) {
                    return Ok((rel.clone(), text));
                }
            }
            Err(format!("no {ext} file in the package contains `{marker}`"))
        }
        Locate::InZip { zip, member } => {
            let rel =
                by_suffix(&files, zip).ok_or_else(|| format!("the package has no file {zip}"))?;
            let file = fs::File::open(root.join(&rel)).map_err(|e| format!("{rel}: {e}"))?;
            let mut archive = zip::ZipArchive::new(file).map_err(|e| format!("{rel}: {e}"))?;
            let mut entry = archive
                .by_name(member)
                .map_err(|e| format!("{rel}: {member}: {e}"))?;
            let mut bytes = Vec::new();
            entry
                .read_to_end(&mut bytes)
                .map_err(|e| format!("{rel}: {member}: {e}"))?;
            Ok((
                format!("{rel}!{member}"),
                String::from_utf8_lossy(&bytes).into_owned(),
            ))
        }
        Locate::Run { program, args } => {
            let rel = by_suffix(&files, program)
                .ok_or_else(|| format!("the package has no program {program}"))?;
            let text = run(Command::new(root.join(&rel)).args(args).current_dir(root))?;
            Ok((format!("{what}"), text))
        }
    }
}
