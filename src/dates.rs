//! Dates as authors write them and as visitors read them.
//!
//! Authors write ISO dates (`2026-12-05`) and local date-times (`2026-12-10T17:00`, Europe/Helsinki
//! unless an offset is given). Visitors read them the Finnish way in every language: `5.12.2026`
//! and `17.00`; month names come from the theme's i18n strings, not from locale data (which gets
//! sv-FI wrong).

use jiff::civil;
use jiff::tz::TimeZone;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub civil::Date);

impl Date {
    #[cfg(test)]
    pub fn new(year: i16, month: i8, day: i8) -> Option<Date> {
        civil::Date::new(year, month, day).ok().map(Date)
    }

    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        // Only the ISO form: `2026-12-05`.
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        text.parse::<civil::Date>().ok().map(Date)
    }

    /// `5.12.2026`: day.month.year without leading zeros.
    pub fn finnish(&self) -> String {
        format!("{}.{}.{}", self.0.day(), self.0.month(), self.0.year())
    }

    /// `2026-12-05`, for machines (JSON-LD, sitemaps, `<time datetime>`).
    pub fn iso(&self) -> String {
        self.0.to_string()
    }

    pub fn month(&self) -> u8 {
        self.0.month() as u8
    }

    pub fn year(&self) -> i16 {
        self.0.year()
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(&self, other: Date) -> i64 {
        let span = self.0.until(other.0).unwrap_or_default();
        span.get_days() as i64
    }

    pub fn checked_add_days(&self, days: i64) -> Option<Date> {
        self.0
            .checked_add(jiff::Span::new().days(days))
            .ok()
            .map(Date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = ScalarText::deserialize(d)?.0;
        Date::parse(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "`{text}` is not a valid date: write dates as YYYY-MM-DD, for example 2026-12-05"
            ))
        })
    }
}

/// A date, or a date and time (events). A time without an offset is Europe/Helsinki time.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum When {
    Day(Date),
    At(jiff::Zoned),
}

impl When {
    pub fn parse(text: &str) -> Option<When> {
        let text = text.trim();
        if let Some(d) = Date::parse(text) {
            return Some(When::Day(d));
        }
        if let Ok(ts) = text.parse::<jiff::Timestamp>() {
            return Some(When::At(ts.to_zoned(helsinki())));
        }
        let dt = text.parse::<civil::DateTime>().ok()?;
        dt.to_zoned(helsinki()).ok().map(When::At)
    }

    pub fn date(&self) -> Date {
        match self {
            When::Day(d) => *d,
            When::At(z) => Date(z.date()),
        }
    }

    /// `17.00` when a time is given.
    pub fn finnish_time(&self) -> Option<String> {
        match self {
            When::Day(_) => None,
            When::At(z) => Some(format!("{}.{:02}", z.hour(), z.minute())),
        }
    }

    /// ISO 8601 for machines: `2026-12-10` or `2026-12-10T17:00:00+02:00`.
    pub fn iso(&self) -> String {
        match self {
            When::Day(d) => d.iso(),
            When::At(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        }
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = ScalarText::deserialize(d)?.0;
        When::parse(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "`{text}` is not a valid date or time: write 2026-12-10 or 2026-12-10T17:00"
            ))
        })
    }
}

/// Any YAML scalar read as text, so `2026-12-05` and `"2026-12-05"` read the same.
struct ScalarText(String);

impl<'de> Deserialize<'de> for ScalarText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = ScalarText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date like 2026-12-05")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<ScalarText, E> {
                Ok(ScalarText(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

pub fn helsinki() -> TimeZone {
    TimeZone::get("Europe/Helsinki").unwrap_or(TimeZone::UTC)
}

/// Where "today" came from; a bad value is a usage error.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TodayError {
    #[error("`--today {0}` is not a date: write it as YYYY-MM-DD, for example 2026-12-05")]
    BadFlag(String),
    #[error("SOURCE_DATE_EPOCH=`{0}` is not a number of seconds since 1970-01-01")]
    BadEpoch(String),
}

/// "Today" in Europe/Helsinki: from `--today`, else `SOURCE_DATE_EPOCH`, else the clock.
pub fn resolve_today(
    flag: Option<&str>,
    source_date_epoch: Option<&str>,
) -> Result<Date, TodayError> {
    if let Some(text) = flag {
        return Date::parse(text).ok_or_else(|| TodayError::BadFlag(text.to_string()));
    }
    let ts = match source_date_epoch {
        Some(epoch) => epoch
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|s| jiff::Timestamp::from_second(s).ok())
            .ok_or_else(|| TodayError::BadEpoch(epoch.to_string()))?,
        None => jiff::Timestamp::now(),
    };
    Ok(Date(ts.to_zoned(helsinki()).date()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_format_has_no_leading_zeros() {
        assert_eq!(Date::parse("2026-12-05").unwrap().finnish(), "5.12.2026");
        assert_eq!(Date::parse("2027-01-31").unwrap().finnish(), "31.1.2027");
    }

    #[test]
    fn only_iso_dates_are_accepted() {
        assert!(Date::parse("5.12.2026").is_none());
        assert!(Date::parse("2026-02-30").is_none());
        assert!(Date::parse("2026-2-3").is_none());
        let err = crate::yaml::from_str::<Date>("5.12.2026").unwrap_err();
        assert!(err.starts_with("`5.12.2026` is not a valid date"), "{err}");
    }

    #[test]
    fn local_times_are_helsinki_time() {
        let w = When::parse("2026-12-10T17:00").unwrap();
        assert_eq!(w.iso(), "2026-12-10T17:00:00+02:00");
        assert_eq!(w.finnish_time().as_deref(), Some("17.00"));
        let summer = When::parse("2026-06-10T09:30").unwrap();
        assert_eq!(summer.iso(), "2026-06-10T09:30:00+03:00");
        let offset = When::parse("2026-12-10T17:00:00Z").unwrap();
        assert_eq!(offset.iso(), "2026-12-10T19:00:00+02:00");
        assert_eq!(
            When::parse("2026-12-10").unwrap(),
            When::Day(Date::new(2026, 12, 10).unwrap())
        );
    }

    #[test]
    fn today_comes_from_flag_then_epoch() {
        assert_eq!(
            resolve_today(Some("2026-11-29"), Some("0")).unwrap(),
            Date::new(2026, 11, 29).unwrap()
        );
        // 2026-11-28T22:30Z is already the 29th in Helsinki
        assert_eq!(
            resolve_today(None, Some("1795905000")).unwrap(),
            Date::new(2026, 11, 29).unwrap()
        );
        assert_eq!(
            resolve_today(Some("29.11.2026"), None),
            Err(TodayError::BadFlag("29.11.2026".into()))
        );
        assert_eq!(
            resolve_today(None, Some("yesterday")),
            Err(TodayError::BadEpoch("yesterday".into()))
        );
    }

    #[test]
    fn days_between_dates() {
        let a = Date::new(2026, 11, 29).unwrap();
        assert_eq!(a.days_until(Date::new(2026, 12, 6).unwrap()), 7);
        assert_eq!(a.days_until(Date::new(2026, 11, 28).unwrap()), -1);
    }
}
