//! Generates the `Status` and `Ecosystem` enums from the status registry
//! embedded in `statuscodes-codegen`, into `$OUT_DIR`.

use std::{env, fs, path::PathBuf, process};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let generated = statuscodes_codegen::generate().unwrap_or_else(|error| {
        eprintln!("error in the status registry: {error}");
        process::exit(1);
    });
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("statuscodes.rs"), generated.rust).expect("write statuscodes.rs");
    fs::write(out.join("tables.md"), generated.markdown).expect("write tables.md");
    let names = out.join("names");
    fs::create_dir_all(&names).expect("create names/");
    for (code, markdown) in &generated.names {
        fs::write(names.join(format!("{code}.md")), markdown).expect("write names/<code>.md");
    }
}
