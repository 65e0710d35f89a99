//! Progress bars on a terminal, silence when piped (indicatif hides itself when stderr
//! is not a terminal).

use indicatif::{ProgressBar, ProgressStyle};

/// A bar over a known number of items, or a spinner counting them.
pub fn bar(len: Option<u64>, what: &str) -> ProgressBar {
    let pb = match len {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template(&format!(
                "{{spinner}} {what} [{{bar:30}}] {{pos}}/{{len}} ({{per_sec}}, {{eta}} left) {{msg}}"
            ))
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template(&format!("{{spinner}} {what}: {{pos}} ({{per_sec}}) {{msg}}"))
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}
