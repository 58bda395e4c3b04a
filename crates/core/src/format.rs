//! Numbers as people read them, shared by the pre-rendered pages and the app.
//!
//! One rounding rule: a number is rounded half away from zero to a number of decimal places
//! and written without trailing zeros, so a whole number has no decimal point (`5`, `0.5`,
//! `2.25`). Facts from content use two places ([`num`]); values computed from a person's
//! answers (skill levels, years in a plan) use one.

/// `x` rounded to `places` decimals (at most 6), without trailing zeros: `decimal(2.25, 1)` is
/// `2.3`, `decimal(4.0, 2)` is `4`.
pub fn decimal(x: f32, places: u8) -> String {
    let scale = 10f32.powi(i32::from(places.min(6)));
    let r = (x * scale).round() / scale;
    if r == r.round() {
        // `{}` of a whole f32 already has no point; `+ 0.0` turns -0 into 0.
        format!("{}", r.round() + 0.0)
    } else {
        format!("{r}")
    }
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
