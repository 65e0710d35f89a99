//! Embeds `examples/` in the binary so that `sitrep demo` works from any directory,
//! offline, on a fresh machine.

use std::fmt::Write;
use std::path::Path;

fn main() {
    // The browser test (tests/browser.rs) runs when SITREP_BROWSER_TEST=1 and is ignored,
    // with its reason, otherwise.
    println!("cargo::rustc-check-cfg=cfg(sitrep_browser_test)");
    println!("cargo:rerun-if-env-changed=SITREP_BROWSER_TEST");
    if std::env::var("SITREP_BROWSER_TEST").is_ok_and(|v| v == "1") {
        println!("cargo:rustc-cfg=sitrep_browser_test");
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    println!("cargo:rerun-if-changed={}", dir.display());
    // A missing corpus is a broken checkout: fail the build rather than ship a demo
    // that silently stores nothing.
    let mut files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(e) => panic!("cannot read the example corpus {}: {e}", dir.display()),
    };
    files.retain(|p| p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.'));
    assert!(
        files
            .iter()
            .any(|p| p.extension().is_some_and(|x| x != "md")),
        "the example corpus {} has no documents",
        dir.display()
    );
    files.sort();
    let mut src = String::from(
        "/// The bundled example corpus: (file name, content).\npub static EXAMPLES: &[(&str, &[u8])] = &[\n",
    );
    for p in &files {
        println!("cargo:rerun-if-changed={}", p.display());
        let name = p.file_name().unwrap().to_string_lossy();
        let abs = p.canonicalize().unwrap();
        writeln!(
            src,
            "    ({name:?}, include_bytes!({:?})),",
            abs.display().to_string()
        )
        .unwrap();
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("examples.rs");
    std::fs::write(out, src).unwrap();
}
