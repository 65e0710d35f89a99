//! Decimal numbers pushed onto a string without `format!`: TimeML values and document
//! names are written for every document, where the formatting machinery cost several
//! times the copy.

/// Pushes `v` in decimal, left-padded with zeros to `width` digits: what
/// `format!("{v:0width$}")` writes.
pub fn push_u64(s: &mut String, v: u64, width: usize) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut u = v;
    loop {
        k -= 1;
        digits[k] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    for _ in digits.len() - k..width {
        s.push('0');
    }
    // Digit by digit: validating the bytes as UTF-8 cost more than the pushes.
    s.extend(digits[k..].iter().map(|&d| d as char));
}

#[cfg(test)]
mod tests {
    use super::push_u64;

    #[test]
    fn writes_what_format_writes() {
        for v in [0u64, 7, 10, 99, 100, 2023, 65_535, 1_000_000, u64::MAX] {
            for width in [0, 1, 2, 4, 6, 21] {
                let mut s = String::from("x");
                push_u64(&mut s, v, width);
                assert_eq!(s, format!("x{v:0width$}"));
            }
        }
    }
}
