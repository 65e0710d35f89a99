//! Prints what ingest makes of each input: `cargo run -p sitrep-ingest --example dump -- FILES`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (inputs, errors) = sitrep_ingest::expand_inputs(&args);
    for e in errors {
        println!("error: {e}");
    }
    for i in inputs {
        let p = sitrep_ingest::ingest_input(&i, &Default::default());
        for d in p.docs {
            println!("=== {:?}\n{}\n", d.meta, d.text);
        }
        for e in p.errors {
            println!("error: {e}");
        }
    }
}
