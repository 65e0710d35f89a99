//! Embeds the web page (`web/` at the workspace root) in the binary: a sorted table of
//! (path, bytes, content type). The server answers only for paths in this table, so no
//! request can reach the file system. `web/fetch.sh` and `web/tools/` (how the vendored
//! files were made) are left out.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    walk(&root, &root, &mut files);
    // A missing bundle is a broken checkout: fail the build rather than serve 404s.
    assert!(
        files.iter().any(|(rel, _)| rel == "index.html"),
        "the web bundle {} has no index.html",
        root.display()
    );
    files.sort();
    let mut src = String::from(
        "/// The embedded web bundle, sorted by path: (path, bytes, content type).\n\
         pub static ASSETS: &[(&str, &[u8], &str)] = &[\n",
    );
    for (rel, abs) in &files {
        println!("cargo:rerun-if-changed={}", abs.display());
        writeln!(
            src,
            "    ({rel:?}, include_bytes!({:?}), {:?}),",
            abs.display().to_string(),
            mime(rel)
        )
        .unwrap();
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("assets.rs");
    std::fs::write(out, src).unwrap();
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let rd = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read the web bundle {}: {e}", dir.display()));
    for e in rd.filter_map(|e| e.ok()) {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel = p
            .strip_prefix(root)
            .unwrap()
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        if rel == "fetch.sh" || rel == "tools" {
            continue;
        }
        if p.is_dir() {
            walk(root, &p, out);
        } else if p.is_file() {
            out.push((rel, p.canonicalize().unwrap()));
        }
    }
}

fn mime(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "geojson" => "application/geo+json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "md" | "txt" => "text/plain; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    }
}
