//! Measures the gazetteer: import time, index size, load time (median of runs) and lookup
//! cost. Run it in release, under `/usr/bin/time -v` for peak memory:
//!
//! ```sh
//! cargo run --release -p sitrep-gazetteer --example gazetteer_bench -- import /tmp/g.idx ML.txt
//! /usr/bin/time -v cargo run --release -p sitrep-gazetteer --example gazetteer_bench -- load /tmp/g.idx
//! ```

use sitrep_gazetteer::Gazetteer;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("import") if args.len() >= 3 => {
            let out = PathBuf::from(&args[1]);
            let inputs: Vec<PathBuf> = args[2..].iter().map(PathBuf::from).collect();
            let t = Instant::now();
            let r = sitrep_gazetteer::import(&inputs, &out, |_| {}).unwrap_or_else(|e| {
                eprintln!("{e}");
                std::process::exit(2)
            });
            println!(
                "import: {:.2} s, {} places, {} names, {} postings, {} polygons, {} skipped, {} bytes",
                t.elapsed().as_secs_f64(),
                r.places,
                r.names,
                r.postings,
                r.polygons,
                r.skipped_total,
                r.bytes
            );
        }
        Some("load") if args.len() >= 2 => {
            let path = PathBuf::from(&args[1]);
            let runs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(9);
            let mut times = Vec::new();
            let mut keep = None;
            for _ in 0..runs {
                drop(keep.take());
                let t = Instant::now();
                let g = Gazetteer::load(&path).unwrap_or_else(|e| {
                    eprintln!("{e}");
                    std::process::exit(2)
                });
                times.push(t.elapsed().as_secs_f64() * 1000.0);
                keep = Some(g);
            }
            times.sort_by(f64::total_cmp);
            let g = keep.unwrap();
            let names = [
                "kidal",
                "tin essako",
                "anefis",
                "paris",
                "tombouctou",
                "gao",
                "zzzz",
            ];
            // The queries that build the in-memory name table.
            let t = Instant::now();
            for _ in 0..=sitrep_gazetteer::NAME_TABLE_AFTER {
                std::hint::black_box(g.lookup("kidal"));
            }
            let table_ms = t.elapsed().as_secs_f64() * 1000.0;
            let t = Instant::now();
            let mut hits = 0usize;
            let n = 200_000;
            for i in 0..n {
                let q = names[i % names.len()];
                hits += g.lookup(q).len();
                hits += g.is_prefix(q) as usize;
            }
            let per = t.elapsed().as_secs_f64() * 1e9 / (2 * n) as f64;
            println!(
                "load: median {:.1} ms (min {:.1}, max {:.1}, {runs} runs); {} places, {} names; name table built in {table_ms:.1} ms; {:.0} ns per lookup or is_prefix ({hits})",
                times[runs / 2],
                times[0],
                times[runs - 1],
                g.len(),
                g.name_count(),
                per
            );
        }
        Some("embedded") => {
            let t = Instant::now();
            let e = Gazetteer::embedded();
            println!(
                "embedded: built in {:.1} ms, {} places, {} names",
                t.elapsed().as_secs_f64() * 1000.0,
                e.len(),
                e.name_count()
            );
        }
        _ => {
            eprintln!("usage: gazetteer_bench import OUT FILE... | load INDEX [RUNS] | embedded");
            std::process::exit(2);
        }
    }
}
