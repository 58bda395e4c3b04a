//! Numbers as people read them, shared by the pre-rendered pages and the app.
//!
//! One rounding rule: a number is rounded half away from zero to a number of decimal places
//! and written without trailing zeros, so a whole number has no decimal point (`5`, `0.5`,
//! `2.25`). Facts from content use two places ([`num`]); values computed from a person's
//! answers (skill levels, years in a plan) use one.

/// `x` rounded to `places` decimals (at most 6), without trailing zeros: `decimal(2.25, 1)` is
/// `2.3`, `decimal(4.0, 2)` is `4`.
///
/// The same text as `format!("{}", r)` of the rounded value `r`, found without `core`'s
/// floating-point formatting, which costs each WebAssembly bundle about 10 KB (see
/// `SIZE-REPORT.md`).
pub fn decimal(x: f32, places: u8) -> String {
    let scale = 10f32.powi(i32::from(places.min(6)));
    let r = (x * scale).round() / scale;
    // `+ 0.0` turns -0 into 0.
    plain(if r == r.round() { r.round() + 0.0 } else { r })
}

/// `x` as `format!("{x}")` writes it (the shortest decimal that reads back as `x`, never an
/// exponent; `-0`, `NaN`, `inf`), without `core`'s floating-point formatting (see [`decimal`]).
pub fn plain(x: f32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    let (digits, exp) = shortest(x.abs());
    let digits = digits.to_string();
    let text = match usize::try_from(-exp) {
        // `digits` × 10^exp with exp ≥ 0: whole.
        Err(_) => format!("{digits}{}", "0".repeat(exp.unsigned_abs() as usize)),
        Ok(places) if digits.len() <= places => {
            format!("0.{}{digits}", "0".repeat(places - digits.len()))
        }
        Ok(places) => {
            let (int, frac) = digits.split_at(digits.len() - places);
            format!("{int}.{frac}")
        }
    };
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    format!("{sign}{text}")
}

/// The shortest decimal `digits × 10^exp` that reads back as `a` (finite, not negative), the
/// nearest one of that length: the digits `{}` writes for an f32.
fn shortest(a: f32) -> (u64, i32) {
    if a == 0.0 {
        return (0, 0);
    }
    let exact = f64::from(a);
    let top = exact.log10().floor() as i32;
    for len in 1..=9 {
        let exp = top - len + 1;
        let m = scaled(exact, -exp).round();
        if scaled(m, exp) as f32 == a {
            return (m as u64, exp);
        }
    }
    // Nine significant digits always read back; not reached.
    (scaled(exact, 8 - top).round() as u64, top - 8)
}

/// `x × 10^exp`, dividing for a negative `exp` (exact powers of ten up to 10^22).
fn scaled(x: f64, exp: i32) -> f64 {
    if exp >= 0 {
        x * 10f64.powi(exp)
    } else {
        x / 10f64.powi(-exp)
    }
}

/// `x` to the nearest whole number, ties to even: the same text as `format!("{:.0}", x)`
/// (`-0` for a small negative number, `NaN`, `inf`), without `core`'s floating-point
/// formatting (see [`decimal`]).
pub fn whole(x: f32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    // Every finite f32 is below u128::MAX, and a whole one converts exactly.
    format!("{sign}{}", x.abs().round_ties_even() as u128)
}

/// A number as `text.parse::<f32>()` reads it (the same grammar: an optional sign, digits with
/// an optional point and exponent, or `inf`, `infinity`, `nan` in any case; nothing around it),
/// without `core`'s float parser, whose tables cost each WebAssembly bundle about 15 KB brotli
/// (see `SIZE-REPORT.md`). The same value as the parser's for every number of at most 15
/// significant digits and 8 decimals (an exact integer times or divided by an exact power of
/// ten, rounded once); beyond, within a unit in the last place.
pub fn parse_f32(text: &str) -> Option<f32> {
    let (negative, number) = parse_decimal(text)?;
    let value = match number {
        Decimal::Finite { digits, exp, exact } => {
            if digits == 0 {
                0.0
            } else if exact && digits < 1 << 24 && exp.abs() <= 10 {
                // Both operands are exact f32s: one rounding.
                let power = 10f32.powi(exp.abs());
                if exp < 0 {
                    digits as f32 / power
                } else {
                    digits as f32 * power
                }
            } else {
                to_f64(digits, exp, exact) as f32
            }
        }
        Decimal::Infinite => f32::INFINITY,
        Decimal::NotANumber => f32::NAN,
    };
    Some(if negative { -value } else { value })
}

/// A number as `text.parse::<f64>()` reads it (see [`parse_f32`]): the same value for every
/// number of at most 15 significant digits and an exponent within ±22.
pub fn parse_f64(text: &str) -> Option<f64> {
    let (negative, number) = parse_decimal(text)?;
    let value = match number {
        Decimal::Finite { digits, exp, exact } => to_f64(digits, exp, exact),
        Decimal::Infinite => f64::INFINITY,
        Decimal::NotANumber => f64::NAN,
    };
    Some(if negative { -value } else { value })
}

/// A number read by [`parse_decimal`], without its sign.
enum Decimal {
    /// `digits` × 10^`exp`; `exact` unless digits past the nineteenth were dropped.
    Finite { digits: u64, exp: i32, exact: bool },
    /// `inf` or `infinity`.
    Infinite,
    /// `nan`.
    NotANumber,
}

/// Splits `text` into its sign and number in the grammar of Rust's float parser.
fn parse_decimal(text: &str) -> Option<(bool, Decimal)> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("infinity") {
        return Some((negative, Decimal::Infinite));
    }
    if rest.eq_ignore_ascii_case("nan") {
        return Some((negative, Decimal::NotANumber));
    }
    let mut bytes = rest.bytes().peekable();
    let (mut digits, mut exp, mut exact) = (0u64, 0i64, true);
    let mut seen = 0;
    let mut take = |d: u8, fraction: bool, exp: &mut i64| {
        if digits < 1_000_000_000_000_000_000 {
            digits = digits * 10 + u64::from(d);
            if fraction {
                *exp -= 1;
            }
        } else {
            exact &= d == 0;
            if !fraction {
                *exp += 1;
            }
        }
    };
    while let Some(d) = bytes.peek().copied().filter(u8::is_ascii_digit) {
        take(d - b'0', false, &mut exp);
        seen += 1;
        bytes.next();
    }
    if bytes.peek() == Some(&b'.') {
        bytes.next();
        while let Some(d) = bytes.peek().copied().filter(u8::is_ascii_digit) {
            take(d - b'0', true, &mut exp);
            seen += 1;
            bytes.next();
        }
    }
    if seen == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.peek() {
        bytes.next();
        let sign = match bytes.peek() {
            Some(b'-') => {
                bytes.next();
                -1
            }
            Some(b'+') => {
                bytes.next();
                1
            }
            _ => 1,
        };
        let mut given = 0i64;
        let mut any = false;
        while let Some(d) = bytes.peek().copied().filter(u8::is_ascii_digit) {
            given = (given * 10 + i64::from(d - b'0')).min(1_000_000);
            any = true;
            bytes.next();
        }
        if !any {
            return None;
        }
        exp += sign * given;
    }
    if bytes.next().is_some() {
        return None;
    }
    let exp = i32::try_from(exp.clamp(-10_000, 10_000)).unwrap_or(0);
    Some((negative, Decimal::Finite { digits, exp, exact }))
}

/// `digits` × 10^`exp` as an f64: rounded once when both are exact f64s, else closely.
fn to_f64(digits: u64, exp: i32, exact: bool) -> f64 {
    if digits == 0 {
        return 0.0;
    }
    let m = digits as f64;
    if exact && digits < 1 << 53 && exp.abs() <= 22 {
        return scaled(m, exp);
    }
    if exp > 330 {
        return f64::INFINITY;
    }
    if exp < -360 {
        return 0.0;
    }
    // In two steps, so that neither power of ten overflows or underflows on its own.
    let first = exp.clamp(-300, 300);
    scaled(scaled(m, first), exp - first)
}

/// A fact from content, to two decimals: `5` for 5.0, `0.5` for 0.5.
pub fn num(x: f32) -> String {
    decimal(x, 2)
}

/// Years in words at a number of decimals: `1 year`, `2 years`, `0.5 years`.
pub fn years(x: f32, places: u8) -> String {
    match decimal(x, places).as_str() {
        "1" => "1 year".into(),
        n => format!("{n} years"),
    }
}

/// Average weeks in a month, for durations in months.
const WEEKS_PER_MONTH: f32 = 4.345;

/// A duration in weeks in words: `1 day`, `3 weeks`, `about 4 months`, `2 years` (a week of
/// study counts five days; past two years, to the half year).
pub fn weeks(n: f32) -> String {
    if n < 1.0 {
        let days = (n * 5.0).round().max(1.0);
        if days <= 1.0 {
            "1 day".into()
        } else {
            format!("{} days", num(days))
        }
    } else if n < 13.0 {
        if (n - 1.0).abs() < 0.01 {
            "1 week".into()
        } else {
            format!("{} weeks", num(n))
        }
    } else if n < 104.0 {
        format!("about {} months", num((n / WEEKS_PER_MONTH).round()))
    } else {
        format!("about {} years", num((n / 52.0 * 2.0).round() / 2.0))
    }
}

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

/// A month in words: `April 2026`.
pub fn month_year(d: crate::date::Date) -> String {
    format!("{} {}", month_name(d.month()), d.year())
}

fn month_name(month: u8) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS
        .get(usize::from(month.saturating_sub(1)))
        .copied()
        .unwrap_or("")
}

/// A date in words, day first: `1 April 2026`.
pub fn long_date(d: crate::date::Date) -> String {
    format!("{} {} {}", d.day(), month_name(d.month()), d.year())
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_dates_are_day_month_year() {
        let d = |s: &str| s.parse::<crate::date::Date>().expect("date");
        assert_eq!(super::month_year(d("2027-10-01")), "October 2027");
        let d = crate::date::Date::new(2026, 4, 1).expect("a date");
        assert_eq!(super::long_date(d), "1 April 2026");
        let d = crate::date::Date::new(2025, 12, 31).expect("a date");
        assert_eq!(super::long_date(d), "31 December 2025");
    }

    use super::*;

    #[test]
    fn dollars_have_thousands_separators() {
        assert_eq!(usd(0.0), "$0");
        assert_eq!(usd(999.4), "$999");
        assert_eq!(usd(1190.0), "$1,190");
        assert_eq!(usd(1_234_567.0), "$1,234,567");
        assert_eq!(usd(-2500.0), "-$2,500");
    }

    #[test]
    fn numbers_round_once_and_drop_trailing_zeros() {
        assert_eq!(decimal(5.0, 2), "5");
        assert_eq!(decimal(0.5, 2), "0.5");
        assert_eq!(decimal(2.254, 2), "2.25");
        assert_eq!(decimal(2.25, 1), "2.3");
        assert_eq!(decimal(2.96, 1), "3");
        assert_eq!(decimal(-0.01, 1), "0");
        assert_eq!(num(4.9996), "5");
        assert_eq!(num(1.0 / 3.0), "0.33");
    }

    #[test]
    fn decimal_and_whole_write_what_core_formatting_writes() {
        // The former implementations, with `core`'s floating-point formatting.
        let old_decimal = |x: f32, places: u8| {
            let scale = 10f32.powi(i32::from(places.min(6)));
            let r = (x * scale).round() / scale;
            if r == r.round() {
                format!("{}", r.round() + 0.0)
            } else {
                format!("{r}")
            }
        };
        let mut values = vec![
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            0.05,
            0.005,
            1e-7,
            -0.4,
            1e7,
            123_456.78,
            131_072.01,
            1_234_567.8,
            8_388_607.5,
            16_777_217.0,
            3e9,
            1e20,
            f32::MAX,
            f32::MIN,
            f32::MIN_POSITIVE,
            f32::EPSILON,
            f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
        ];
        // Every step of 1/1000 up to 100, and a spread of magnitudes with awkward fractions.
        values.extend((0..100_000).map(|i| i as f32 / 1000.0));
        let mut seed = 0x2545_f491_u32;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let bits = f32::from_bits(seed);
            if bits.is_finite() && bits.abs() < 1e12 {
                values.push(bits);
            }
            values.push((seed % 2_000_000_000) as f32 / 97.0 - 1e7);
        }
        for x in values {
            for places in 0..=7 {
                assert_eq!(
                    decimal(x, places),
                    old_decimal(x, places),
                    "decimal({x}, {places})"
                );
            }
            assert_eq!(whole(x), format!("{x:.0}"), "whole({x})");
            assert_eq!(plain(x), format!("{x}"), "plain({x})");
        }
    }

    #[test]
    fn numbers_read_as_the_float_parser_reads_them() {
        let mut texts: Vec<String> = [
            "",
            ".",
            "-",
            "+",
            "e5",
            "1e",
            "1e+",
            "1.",
            ".5",
            "-.5",
            "+3",
            "3.5",
            " 3",
            "3 ",
            "1_0",
            "0x10",
            "inf",
            "-INF",
            "Infinity",
            "+infinity",
            "nan",
            "NaN",
            "-nan",
            "infinit",
            "1e5",
            "1E-5",
            "2.5e+3",
            "007",
            "0.000",
            "1e400",
            "1e-400",
            "-0",
            "3.40282357e38",
            "1.17549435e-38",
            "1.4e-45",
            "7e-46",
            "123456789012345678901234567890",
            "0.1000000000000000000000000001",
            "٣",
            "1.2.3",
            "1e5e5",
            "--1",
            "+-1",
            "70",
            "70.0001",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        let mut seed = 0x9e37_79b9_u32;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for _ in 0..300_000 {
            let digits = (next() % 12 + 1) as usize;
            let mut t: String = (0..digits)
                .map(|_| char::from(b'0' + (next() % 10) as u8))
                .collect();
            if next() % 2 == 0 {
                let at = (next() as usize) % (digits + 1);
                t.insert(at, '.');
            }
            if next() % 4 == 0 {
                t.push_str(&format!("e{}", (next() % 80) as i32 - 40));
            }
            if next() % 5 == 0 {
                t.insert(0, '-');
            }
            texts.push(t);
        }
        for t in &texts {
            let want = t.parse::<f32>().ok();
            let got = parse_f32(t);
            assert_eq!(
                got.map(f32::to_bits),
                want.map(f32::to_bits),
                "parse_f32({t:?}): {got:?}, the parser {want:?}"
            );
            let want = t.parse::<f64>().ok();
            let got = parse_f64(t);
            let fast = matches!(
                parse_decimal(t),
                Some((_, Decimal::Finite { digits, exp, exact: true })) if digits < 1 << 53 && exp.abs() <= 22
            );
            match (got, want) {
                (Some(g), Some(w)) if !fast && !w.is_nan() => assert!(
                    g.to_bits().abs_diff(w.to_bits()) <= 1,
                    "parse_f64({t:?}): {g:?}, the parser {w:?}"
                ),
                _ => assert_eq!(
                    got.map(f64::to_bits),
                    want.map(f64::to_bits),
                    "parse_f64({t:?}): {got:?}, the parser {want:?}"
                ),
            }
        }
    }

    #[test]
    fn years_and_weeks_read_as_words() {
        assert_eq!(years(1.0, 2), "1 year");
        assert_eq!(years(0.96, 1), "1 year");
        assert_eq!(years(2.5, 2), "2.5 years");
        assert_eq!(years(0.0, 1), "0 years");
        assert_eq!(weeks(0.2), "1 day");
        assert_eq!(weeks(0.6), "3 days");
        assert_eq!(weeks(1.0), "1 week");
        assert_eq!(weeks(6.5), "6.5 weeks");
        assert_eq!(weeks(16.0), "about 4 months");
        assert_eq!(weeks(208.0), "about 4 years");
    }
}
