//! Numbers as people read them, shared by the pre-rendered pages and the app.

/// `$1,190` for 1190.0 (rounded to whole dollars).
pub fn usd(n: f32) -> String {
    let whole = n.round() as i64;
    let digits = whole.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    format!("{}${out}", if whole < 0 { "-" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::usd;

    #[test]
    fn dollars_have_thousands_separators() {
        assert_eq!(usd(0.0), "$0");
        assert_eq!(usd(999.4), "$999");
        assert_eq!(usd(1190.0), "$1,190");
        assert_eq!(usd(1_234_567.0), "$1,234,567");
        assert_eq!(usd(-2500.0), "-$2,500");
    }
}
