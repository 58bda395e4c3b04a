//! A calendar date (proleptic Gregorian, no time zone), small enough for the browser bundle.
//!
//! Planning needs only whole days and months: adding them, comparing dates, counting the days
//! between two. A date crate with time zones would cost more of the first-load budget than the
//! few functions here (the day arithmetic is Howard Hinnant's `days_from_civil`).

use std::fmt;
use std::str::FromStr;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date such as 2026-11-22.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why text is not a date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DateError(String);

const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a month of a year.
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date from its parts, if they form a real date (years 1..=9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// The year.
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, clamped to years 1..=9999.
    pub fn from_days(days: i64) -> Date {
        let z = days.clamp(-719_162, 2_932_896) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `days` later (or earlier, if negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// The same day `months` later, clamped to the end of a shorter month
    /// (2026-01-31 plus one month is 2026-02-28).
    pub fn add_months(self, months: i32) -> Date {
        let total = self.year * 12 + i32::from(self.month) - 1 + months;
        let year = total.div_euclid(12).clamp(1, 9999);
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// The same day `years` later, clamped (29 February becomes 28 February).
    pub fn add_years(self, years: i32) -> Date {
        self.add_months(years * 12)
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    /// Whole months from `self` to `later`: the largest `n` with `self + n months <= later`.
    pub fn months_until(self, later: Date) -> i32 {
        if later < self {
            return -later.months_until(self);
        }
        let mut months =
            (later.year - self.year) * 12 + i32::from(later.month) - i32::from(self.month);
        while months > 0 && self.add_months(months) > later {
            months -= 1;
        }
        months
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let bad = || DateError(format!("`{s}` is not a date in the form YYYY-MM-DD"));
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(bad());
        }
        // `get` also refuses a range that would split a multi-byte character.
        let part = |r: std::ops::Range<usize>| s.get(r).ok_or_else(bad);
        let year: i32 = part(0..4)?.parse().map_err(|_| bad())?;
        let month: u8 = part(5..7)?.parse().map_err(|_| bad())?;
        let day: u8 = part(8..10)?.parse().map_err(|_| bad())?;
        Date::new(year, month, day)
            .ok_or_else(|| DateError(format!("`{s}` is not a real calendar date")))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct DateVisitor;

        impl<'de> Visitor<'de> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date in the form YYYY-MM-DD")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }

            // TOML dates arrive as a one-entry map holding their text.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                let Some((_, text)) = map.next_entry::<String, String>()? else {
                    return Err(de::Error::custom("an empty date"));
                };
                text.parse().map_err(de::Error::custom)
            }
        }

        // Text formats (JSON, TOML) may hold either form; the binary data files (postcard),
        // which cannot describe themselves, always hold the text.
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(DateVisitor)
        } else {
            deserializer.deserialize_str(DateVisitor)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("valid date")
    }

    #[test]
    fn parses_and_prints_iso_dates() {
        assert_eq!(d("2026-11-22").to_string(), "2026-11-22");
        assert!("2026-02-29".parse::<Date>().is_err());
        assert!("2028-02-29".parse::<Date>().is_ok());
        assert!("2026-13-01".parse::<Date>().is_err());
        assert!("26-11-22".parse::<Date>().is_err());
        assert!("2026/11/22".parse::<Date>().is_err());
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days(), 11_017);
        for days in [-1000, 0, 1, 59, 60, 365, 10_957, 20_000, 30_000] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2028-01-31").add_months(1), d("2028-02-29"));
        assert_eq!(d("2026-11-22").add_months(14), d("2028-01-22"));
        assert_eq!(d("2026-03-15").add_months(-3), d("2025-12-15"));
        assert_eq!(d("2028-02-29").add_years(1), d("2029-02-28"));
    }

    #[test]
    fn counts_days_and_whole_months() {
        assert_eq!(d("2026-01-01").days_until(d("2027-01-01")), 365);
        assert_eq!(d("2026-01-31").months_until(d("2026-02-28")), 1);
        assert_eq!(d("2026-01-15").months_until(d("2026-02-14")), 0);
        assert_eq!(d("2026-01-15").months_until(d("2031-01-15")), 60);
        assert_eq!(d("2031-01-15").months_until(d("2026-01-15")), -60);
    }

    #[test]
    fn deserialises_from_a_string() {
        let date: Date = serde_json::from_str("\"2026-11-22\"").expect("parses");
        assert_eq!(date, d("2026-11-22"));
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }
}
