//! A plan as an iCalendar file (RFC 5545): one all-day event per step, so the milestones land in
//! any calendar app. Deterministic: the same plan gives the same file.

use std::fmt::Write as _;

use crate::date::Date;
use crate::planner::{Plan, StepKind};

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break
/// (CR LF, CR or LF) written `\n`, and the characters a TEXT value may not hold dropped: the
/// other control characters (§3.1, CONTROL) and the bidirectional formatting characters that
/// could make a title read differently from what it is. So no text, whatever its origin (a
/// custom role's title in a shared link), can end a line and start a property of its own.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() || crate::text::is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, as RFC 5545 requires (continuation lines start with a space).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out
}

/// A date as an iCalendar DATE value (`20260401`).
pub fn day(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// An all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique within the calendar (the file adds `@health-cyber-pathways`).
    pub uid: String,
    /// The first day.
    pub start: Date,
    /// The day after the last (DTEND is exclusive).
    pub end: Date,
    /// The title.
    pub summary: String,
    /// The text.
    pub description: String,
}

/// A calendar of all-day events named `name`, every event stamped with `stamp` (so the same
/// events give the same file).
pub fn events_calendar(name: &str, product: &str, stamp: Date, events: &[Event]) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//Health Cyber Pathways//{}//EN", escape(product)),
        "CALSCALE:GREGORIAN".to_owned(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    let stamp = day(stamp);
    for e in events {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@health-cyber-pathways", escape(&e.uid)),
            format!("DTSTAMP:{stamp}T000000Z"),
            format!("DTSTART;VALUE=DATE:{}", day(e.start)),
            format!("DTEND;VALUE=DATE:{}", day(e.end.max(e.start.add_days(1)))),
            format!("SUMMARY:{}", escape(&e.summary)),
            format!("DESCRIPTION:{}", escape(&e.description)),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for l in lines {
        out.push_str(&fold(&l));
        out.push_str("\r\n");
    }
    out
}

/// The calendar of a plan toward `role`.
pub fn calendar(plan: &Plan, role: &str) -> String {
    // Every event is stamped with the plan's first day (stable across exports of one plan).
    let first = plan.steps.first().map(|s| s.start);
    let first_day = first.map(day).unwrap_or_default();
    let events: Vec<Event> = plan
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let summary = match step.kind {
                StepKind::Program => format!("Start: {}", step.title),
                StepKind::Exam => step.title.clone(),
                StepKind::Experience => format!("Experience met: {}", step.title),
                StepKind::FullCredential => step.title.clone(),
            };
            // A program is one event over its whole span; the others are a day.
            let (start, end) = match step.kind {
                StepKind::Program => (step.start, step.end.max(step.start.add_days(1))),
                StepKind::Experience => (step.end, step.end.add_days(1)),
                _ => (step.start, step.start.add_days(1)),
            };
            let mut description = step.why.clone();
            if step.cost > 0.0 {
                let _ = write!(description, " Cost: ${}.", crate::format::whole(step.cost));
            }
            if step.hours_per_week > 0.0 {
                let _ = write!(
                    description,
                    " About {} hours a week.",
                    crate::format::whole(step.hours_per_week)
                );
            }
            Event {
                uid: format!("{first_day}-{i}-{}", step.id),
                start,
                end,
                summary,
                description,
            }
        })
        .collect();
    events_calendar(
        &format!("Plan: {role}"),
        "Plan",
        first.unwrap_or(Date::from_days(0)),
        &events,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::planner::{Preference, Step};

    fn plan() -> Plan {
        let d = |s: &str| s.parse::<Date>().expect("date");
        Plan {
            preference: Preference::Cheapest,
            steps: vec![
                Step {
                    kind: StepKind::Program,
                    id: "sec-plus-course".into(),
                    title: "Security+ course, self-paced".into(),
                    start: d("2027-01-04"),
                    end: d("2027-03-01"),
                    hours_per_week: 8.0,
                    cost: 499.0,
                    unpriced: false,
                    closes: vec![],
                    why: "Builds skills; prepares for Security+.".into(),
                },
                Step {
                    kind: StepKind::Exam,
                    id: "security-plus".into(),
                    title: "Security+ exam".into(),
                    start: d("2027-03-01"),
                    end: d("2027-03-02"),
                    hours_per_week: 0.0,
                    cost: 425.0,
                    unpriced: false,
                    closes: vec![],
                    why: "Qualifies you.".into(),
                },
            ],
            total_cost: 924.0,
            finish: d("2027-03-02"),
            total_hours: 64.0,
            unmet: vec![],
            upkeep: vec![],
            unpriced: vec![],
        }
    }

    #[test]
    fn each_step_is_an_all_day_event_with_escaped_text() {
        let ics = calendar(&plan(), "SOC Analyst");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
        assert!(ics.contains("DTSTART;VALUE=DATE:20270104\r\nDTEND;VALUE=DATE:20270301"));
        assert!(ics.contains("SUMMARY:Start: Security+ course\\, self-paced"));
        assert!(ics.contains(
            "DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270302\r\nSUMMARY:Security+ exam"
        ));
        assert!(ics.contains("Cost: $425."));
        assert!(ics.lines().all(|l| l.len() <= 75), "lines are folded");
        assert_eq!(ics, calendar(&plan(), "SOC Analyst"), "deterministic");
    }

    #[test]
    fn no_text_can_end_a_line_or_start_a_property() {
        let mut hostile = plan();
        hostile.steps[1].title =
            "Exam\r\nEND:VEVENT\r\nBEGIN:VEVENT\rATTACH:http://x\nX\u{0}\u{1b}[31m\u{202E}\u{7f}"
                .into();
        hostile.steps[1].why = "a\\b;c,d\te".into();
        let ics = calendar(&hostile, "Role\r\nX-INJECTED:1");
        // The hostile text stays inside its values: still two events, no injected property.
        let unfolded = ics.replace("\r\n ", "");
        let lines: Vec<&str> = unfolded.split("\r\n").collect();
        assert_eq!(
            lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(),
            2,
            "{ics}"
        );
        assert_eq!(
            lines.iter().filter(|l| **l == "END:VEVENT").count(),
            2,
            "{ics}"
        );
        assert!(
            !lines
                .iter()
                .any(|l| l.starts_with("ATTACH") || l.starts_with("X-INJECTED")),
            "{ics}"
        );
        // Every line ends CR LF; no lone CR or LF and no other control character remains.
        for line in &lines {
            assert!(
                !line
                    .chars()
                    .any(|c| (c.is_control() && c != '\t') || crate::text::is_bidi_control(c)),
                "{line:?}"
            );
        }
        assert!(
            ics.contains("X-WR-CALNAME:Plan: Role\\nX-INJECTED:1"),
            "{ics}"
        );
        assert!(unfolded.contains("a\\\\b\\;c\\,d\te"), "{unfolded}");
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut long = plan();
        long.steps[0].title = "Sécurité é".repeat(30);
        let ics = calendar(&long, "R");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert!(ics.replace("\r\n ", "").contains(&"Sécurité é".repeat(30)));
    }
}
