//! Times `parse_bytes` on each file: `cargo run --release -p sitrep-ingest --example bench -- FILES`.
use std::time::Instant;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    for a in &args {
        let bytes = std::fs::read(a).unwrap();
        let t = Instant::now();
        let p = sitrep_ingest::parse_bytes(a, &bytes, &Default::default());
        let dt = t.elapsed().as_secs_f64();
        println!(
            "{a}: {} docs, {} errors, {:.1} MB in {:.3}s = {:.1} MB/s",
            p.docs.len(),
            p.errors.len(),
            bytes.len() as f64 / 1e6,
            dt,
            bytes.len() as f64 / 1e6 / dt
        );
    }
}
