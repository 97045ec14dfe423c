//! `statuscodes site DIR`: the reference website, as plain static files.
//!
//! The pages are written with [maud](https://maud.lambda.xyz/): HTML as a
//! Rust macro, checked when the command compiles and escaped by default,
//! so a phrase or name can never inject markup, and the templates use the
//! library's types directly rather than a copy of the data. Search and the
//! translate page run in the browser over `assets/data.js`, which the
//! generator writes; it is a script rather than JSON so that the site
//! works from `file://`, where a page may not fetch files.
//!
//! ```text
//! DIR/index.html              every status, with search as you type
//! DIR/translate.html          one ecosystem's names to another's
//! DIR/status/<code>.html      one page per status
//! DIR/ecosystem/<id>.html     one page per ecosystem
//! DIR/assets/site.css, site.js, data.js
//! ```

mod data;
mod pages;

use std::fs;
use std::io;
use std::path::Path;

use statuscodes::{Ecosystem, Status};

/// The stylesheet, light and dark.
const CSS: &str = include_str!("assets/site.css");

/// Search, filters, the translate table and the copy buttons.
const JS: &str = include_str!("assets/site.js");

/// What [`write`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// How many files.
    pub files: usize,
    /// How many bytes in all.
    pub bytes: usize,
}

/// Writes the whole site into `dir`, creating it if needed. Files already
/// there with other names are left alone.
pub fn write(dir: &Path) -> io::Result<Written> {
    let mut written = Written { files: 0, bytes: 0 };
    let mut put = |path: &str, contents: &str| -> io::Result<()> {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, contents)?;
        written.files += 1;
        written.bytes += contents.len();
        Ok(())
    };
    put("assets/site.css", CSS)?;
    put("assets/site.js", JS)?;
    put("assets/data.js", &data::script()?)?;
    put("index.html", &pages::index().into_string())?;
    put("translate.html", &pages::translate().into_string())?;
    for &status in Status::ALL {
        put(
            &format!("status/{}.html", status.code()),
            &pages::status(status).into_string(),
        )?;
    }
    for &ecosystem in Ecosystem::ALL {
        put(
            &format!("ecosystem/{}.html", ecosystem.id()),
            &pages::ecosystem(ecosystem).into_string(),
        )?;
    }
    Ok(written)
}
