//! Command-line inputs: files, directories, globs and stdin.

use crate::{IngestError, IngestOptions, Parsed, parse_bytes};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// One input to read.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InputRef {
    Path(PathBuf),
    Stdin,
}

impl InputRef {
    /// The name used in ids and errors: the path as given, or "-".
    pub fn name(&self) -> String {
        match self {
            InputRef::Path(p) => p.display().to_string(),
            InputRef::Stdin => "-".to_string(),
        }
    }
}

impl std::fmt::Display for InputRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name())
    }
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// Files under `dir`, recursively, sorted, hidden files and directories skipped.
/// Symlinked directories are not followed (no loops); symlinked files are read.
fn walk(dir: &Path, out: &mut Vec<InputRef>, errors: &mut Vec<IngestError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(IngestError::new(
                dir.display().to_string(),
                None,
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if is_hidden(&p) {
            continue;
        }
        let Ok(ft) = std::fs::symlink_metadata(&p).map(|m| m.file_type()) else {
            continue;
        };
        if ft.is_dir() {
            walk(&p, out, errors);
        } else if ft.is_file() || (ft.is_symlink() && p.is_file()) {
            out.push(InputRef::Path(p));
        }
    }
}

fn has_glob_chars(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// Expands CLI arguments: files, directories (recursive, sorted, skipping hidden files
/// and dirs), glob patterns (`reports/*.html`, `**`), and "-" for stdin. Missing paths
/// and globs matching nothing become errors; the rest is still returned. A file named
/// twice is read once.
pub fn expand_inputs(args: &[String]) -> (Vec<InputRef>, Vec<IngestError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(InputRef::Stdin);
            continue;
        }
        let path = Path::new(arg);
        if path.is_dir() {
            walk(path, &mut out, &mut errors);
            continue;
        }
        if path.exists() || std::fs::symlink_metadata(path).is_ok() {
            out.push(InputRef::Path(path.to_path_buf()));
            continue;
        }
        if !has_glob_chars(arg) {
            errors.push(IngestError::new(
                arg.clone(),
                None,
                "no such file or directory",
            ));
            continue;
        }
        let opts = glob::MatchOptions {
            case_sensitive: true,
            require_literal_separator: true,
            require_literal_leading_dot: true,
        };
        let paths = match glob::glob_with(arg, opts) {
            Ok(p) => p,
            Err(e) => {
                errors.push(IngestError::new(
                    arg.clone(),
                    None,
                    format!("invalid pattern: {e}"),
                ));
                continue;
            }
        };
        let mut matched = Vec::new();
        for p in paths {
            match p {
                Ok(p) => matched.push(p),
                Err(e) => errors.push(IngestError::new(
                    e.path().display().to_string(),
                    None,
                    format!("cannot read: {}", e.error()),
                )),
            }
        }
        matched.sort();
        let before = out.len();
        for p in matched {
            if p.is_dir() {
                walk(&p, &mut out, &mut errors);
            } else {
                out.push(InputRef::Path(p));
            }
        }
        if out.len() == before {
            errors.push(IngestError::new(
                arg.clone(),
                None,
                "no files match this pattern",
            ));
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|i| seen.insert(i.clone()));
    (out, errors)
}

static STDIN_READ: AtomicBool = AtomicBool::new(false);

/// Reads one input fully (stdin once: a second "-" is an error, not an empty document)
/// and parses it.
pub fn ingest_input(input: &InputRef, opts: &IngestOptions) -> Parsed {
    let name = input.name();
    let bytes = match input {
        InputRef::Path(p) => std::fs::read(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            _ if p.is_dir() => "is a directory, not a file".to_string(),
            _ => format!("cannot read: {e}"),
        }),
        InputRef::Stdin => {
            if STDIN_READ.swap(true, Ordering::SeqCst) {
                Err("standard input was already read".to_string())
            } else {
                let mut buf = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut buf)
                    .map(|_| buf)
                    .map_err(|e| format!("cannot read: {e}"))
            }
        }
    };
    match bytes {
        Ok(b) => parse_bytes(&name, &b, opts),
        Err(msg) => Parsed {
            docs: Vec::new(),
            errors: vec![IngestError::new(name, None, msg)],
        },
    }
}
