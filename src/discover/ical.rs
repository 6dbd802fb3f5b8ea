//! iCalendar (RFC 5545) files of events and study application deadlines, per language, for all
//! towns and per town.
//!
//! UIDs come from the content's key and language (stable across builds); DTSTAMP is the build's
//! "today", never the clock; lines end in CRLF and are folded at 75 octets; text escapes `\`,
//! `;`, `,` and newlines. Whole days are DATE values (DTEND the day after the last day); times
//! are local Helsinki time with `TZID=Europe/Helsinki` and a VTIMEZONE.

use super::Env;
use crate::dates::{Date, When, helsinki};
use crate::lang::Lang;
use crate::write::{OutputFile, Sink};

/// The Europe/Helsinki time zone (EU rules: summer time from the last Sunday of March 03:00 to
/// the last Sunday of October 04:00 local time).
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Helsinki",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0300",
    "TZNAME:EEST",
    "DTSTART:19700329T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0300",
    "TZOFFSETTO:+0200",
    "TZNAME:EET",
    "DTSTART:19701025T040000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

fn date_value(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.0.year(), d.0.month(), d.0.day())
}

fn next_day(d: Date) -> Date {
    d.checked_add_days(1).unwrap_or(d)
}

/// `DTSTART;VALUE=DATE:20270120` or `DTSTART;TZID=Europe/Helsinki:20261210T170000`.
fn when_line(name: &str, w: &When) -> String {
    match w {
        When::Day(d) => format!("{name};VALUE=DATE:{}", date_value(*d)),
        When::At(z) => {
            let local = z.with_time_zone(helsinki());
            format!(
                "{name};TZID=Europe/Helsinki:{}",
                local.strftime("%Y%m%dT%H%M%S")
            )
        }
    }
}

/// One VEVENT.
struct Item {
    uid: String,
    start: When,
    /// Exclusive end (a DATE end is the day after the last day).
    end: Option<When>,
    summary: String,
    location: Option<String>,
    description: String,
    url: String,
    transparent: bool,
    sort: (Date, String),
}

fn uid(env: &Env, kind: &str, key: &str, lang: &Lang) -> String {
    format!(
        "{kind}-{}-{}@{}",
        key.replace('/', "-"),
        lang.code(),
        env.host()
    )
}

fn items(env: &Env, town: Option<usize>, lang: &Lang) -> Vec<Item> {
    let site = env.site;
    let in_town = |t: Option<usize>| town.is_none() || t == town;
    let mut out = Vec::new();
    for e in site.events.iter().filter(|e| in_town(e.town)) {
        let Some(tr) = e.tr(lang) else { continue };
        let f = &e.facts;
        let end = match (&f.start, &f.end) {
            // Whole days: DTEND is exclusive.
            (When::Day(s), None) => Some(When::Day(next_day(*s))),
            (When::Day(_), Some(end)) => Some(When::Day(next_day(end.date()))),
            (When::At(_), Some(When::At(z))) => Some(When::At(z.clone())),
            // A time start with a day end: until the end of that day.
            (When::At(_), Some(When::Day(d))) => {
                next_day(*d).0.to_zoned(helsinki()).ok().map(When::At)
            }
            (When::At(_), None) => None,
        };
        let town_name = e.town.map(|t| env.text(&site.towns[t].name, lang));
        let location = match (&tr.location, &town_name) {
            (Some(l), Some(t)) if !l.contains(t.as_str()) => Some(format!("{l}, {t}")),
            (Some(l), _) => Some(l.clone()),
            (None, t) => t.clone(),
        };
        let url = env.absolute(&tr.path);
        let mut description = super::summary(tr);
        if let Some(reg) = &f.registration_url {
            description.push_str(&format!(
                "\n\n{}: {reg}",
                env.s(lang, "register", "Register")
            ));
        }
        description.push_str(&format!("\n\n{url}"));
        out.push(Item {
            uid: uid(env, "event", &e.key, lang),
            start: f.start.clone(),
            end,
            summary: tr.title.clone(),
            location,
            description: description.trim().to_string(),
            url,
            transparent: false,
            sort: (f.start.date(), e.key.clone()),
        });
    }
    for e in site.studies.iter().filter(|e| in_town(e.town)) {
        let (Some(tr), Some(deadline)) = (e.tr(lang), e.facts.application_deadline) else {
            continue;
        };
        let url = env.absolute(&tr.path);
        let provider = env.text(&e.facts.provider, lang);
        let mut description = format!("{}: {provider}", env.s(lang, "provider", "Provider"));
        let summary = super::summary(tr);
        if !summary.is_empty() {
            description.push_str(&format!("\n\n{summary}"));
        }
        if let Some(apply) = &e.facts.apply_url {
            description.push_str(&format!(
                "\n\n{}: {apply}",
                env.s(lang, "apply_to_study", "Apply")
            ));
        }
        description.push_str(&format!("\n\n{url}"));
        out.push(Item {
            uid: uid(env, "deadline", &e.key, lang),
            start: When::Day(deadline),
            end: Some(When::Day(next_day(deadline))),
            summary: format!(
                "{}: {}",
                env.s(lang, "application_deadline", "Application deadline"),
                tr.title
            ),
            location: None,
            description,
            url,
            transparent: true,
            sort: (deadline, e.key.clone()),
        });
    }
    out.sort_by(|a, b| a.sort.cmp(&b.sort).then_with(|| a.uid.cmp(&b.uid)));
    out
}

/// One calendar.
pub fn calendar(env: &Env, town: Option<usize>, lang: &Lang) -> String {
    let items = items(env, town, lang);
    let place = match town {
        Some(t) => env.text(&env.site.towns[t].name, lang),
        None => env.text(&env.config.title, lang),
    };
    let name = format!(
        "{} – {place}",
        env.s(lang, "calendar_title", "Events and deadlines")
    );
    let stamp = format!("{}T000000Z", date_value(env.site.today));
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//aikosite//aikosite//FI".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", crate::escape::ical_text(&name)),
        "X-WR-TIMEZONE:Europe/Helsinki".into(),
    ];
    if items.iter().any(|i| matches!(i.start, When::At(_))) {
        lines.extend(VTIMEZONE.iter().map(|s| s.to_string()));
    }
    for i in &items {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", i.uid));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(when_line("DTSTART", &i.start));
        if let Some(end) = &i.end {
            lines.push(when_line("DTEND", end));
        }
        lines.push(format!("SUMMARY:{}", crate::escape::ical_text(&i.summary)));
        if let Some(l) = &i.location {
            lines.push(format!("LOCATION:{}", crate::escape::ical_text(l)));
        }
        if !i.description.is_empty() {
            lines.push(format!(
                "DESCRIPTION:{}",
                crate::escape::ical_text(&i.description)
            ));
        }
        lines.push(format!("URL:{}", i.url));
        if i.transparent {
            lines.push("TRANSP:TRANSPARENT".into());
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| crate::escape::ical_fold(l)).collect()
}

/// Every calendar: per language, all towns and each town.
pub fn files(env: &Env, sink: &Sink) {
    for lang in &env.config.languages {
        for town in std::iter::once(None).chain((0..env.site.towns.len()).map(Some)) {
            sink(OutputFile {
                path: super::feeds::strip(&env.routes.calendar_path(town, lang)),
                bytes: calendar(env, town, lang).into_bytes(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Fixture;

    #[test]
    fn calendar_has_events_and_deadlines_with_stable_uids() {
        let fx = Fixture::basic();
        fx.with_env(|env| {
            let fi = env.config.languages[0].clone();
            let raahe = env
                .site
                .towns
                .iter()
                .position(|t| t.folder == "raahe")
                .unwrap_or(0);
            let ics = calendar(env, Some(raahe), &fi);
            assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
            assert!(ics.ends_with("END:VCALENDAR\r\n"));
            assert!(
                !ics.replace("\r\n", "").contains('\n'),
                "only CRLF line ends"
            );
            let unfolded = ics.replace("\r\n ", "");
            assert!(unfolded.contains("UID:event-towns-raahe-events-rekrypaiva-fi@example.fi\r\n"));
            assert!(unfolded.contains("DTSTART;TZID=Europe/Helsinki:20261210T170000\r\n"));
            assert!(unfolded.contains("DTEND;TZID=Europe/Helsinki:20261210T193000\r\n"));
            assert!(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\n"));
            assert!(unfolded.contains("DTSTAMP:20261129T000000Z\r\n"));
            assert!(
                unfolded
                    .contains("UID:deadline-towns-raahe-studies-ensin-toihin-fi@example.fi\r\n")
            );
            assert!(
                unfolded.contains("DTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216\r\n")
            );
            assert!(
                unfolded.contains("SUMMARY:Haku päättyy: Ensin töihin\\, sitten ammattiin\r\n")
            );
            // The Swedish-only event of another town is not here, but is in the all-towns one.
            assert!(!unfolded.contains("Öppet hus"));
            let sv = env.config.languages[1].clone();
            let all_sv = calendar(env, None, &sv).replace("\r\n ", "");
            assert!(all_sv.contains("SUMMARY:Öppet hus\r\n"));
            assert!(
                all_sv.contains("DTSTART;VALUE=DATE:20270120\r\nDTEND;VALUE=DATE:20270121\r\n")
            );
            // Same input, same bytes.
            assert_eq!(ics, calendar(env, Some(raahe), &fi));
        });
    }
}
