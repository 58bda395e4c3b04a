//! Property tests over hostile input at every decoder of text that arrives from outside: share
//! links (results, plans, hiring roles, candidate results), profile import, the search query
//! and the calendar writer. Each must answer with a value or an error, never panic, and what it
//! accepts must hold to the rules. The case count is proptest's (`PROPTEST_CASES`, 256 by
//! default); set it higher for a long run (the closing note of each run states the count).

use std::collections::HashMap;

use pathways_core::date::Date;
use pathways_core::planner::{Plan, Preference, Step, StepKind};
use pathways_core::profile::Profile;
use pathways_core::search::{self, MAX_QUERY_WORDS, Shard};
use pathways_core::share::{self, SharedResults};
use pathways_core::{hire, ics};
use proptest::prelude::*;

/// Text of the kinds attackers send: anything at all, URL-ish fragments, and long runs.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[#a-zA-Z0-9_.~%=-]{0,400}",
        "(r|p|h|c)=1\\.[A-Za-z0-9_-]{0,600}",
        ".{0,40}".prop_map(|s| s.repeat(50)),
    ]
}

/// A valid results link with one character changed (the mutation a tampered link makes).
fn tampered_results() -> impl Strategy<Value = String> {
    let mut profile = Profile::default();
    profile.experience.total_years = 3.0;
    let link = share::encode(&SharedResults {
        role: "soc-analyst".into(),
        profile,
    });
    (0..link.len(), any::<char>()).prop_map(move |(at, c)| {
        let mut chars: Vec<char> = link.chars().collect();
        if let Some(slot) = chars.get_mut(at) {
            *slot = c;
        }
        chars.into_iter().collect()
    })
}

proptest! {
    #[test]
    fn share_links_never_panic(link in hostile()) {
        let _ = share::decode(&link);
        let _ = share::decode_plan(&link);
        let _ = hire::link::decode_role(&link);
        let _ = hire::link::decode_role_link(&link);
        let _ = hire::link::decode_results(&link);
    }

    #[test]
    fn a_tampered_results_link_is_refused_or_still_valid(link in tampered_results()) {
        if let Ok(results) = share::decode(&link) {
            // Whatever is accepted passes the profile's own rules.
            prop_assert!(results.profile.validate().is_ok());
        }
    }

    #[test]
    fn profile_import_never_panics_and_accepts_only_valid_profiles(text in prop_oneof![
        hostile(),
        "\\{\"version\":[0-9]{1,3},\"profile\":\\{\"experience\":\\{\"total_years\":-?[0-9e.]{1,8}\\}\\}\\}",
    ]) {
        if let Ok(profile) = Profile::from_json(&text) {
            prop_assert!(profile.validate().is_ok());
        }
    }

    #[test]
    fn a_search_query_is_bounded(query in hostile()) {
        let words = search::words(&query);
        prop_assert!(words.words.len() <= MAX_QUERY_WORDS);
        prop_assert!(search::shards_for(&query).len() <= MAX_QUERY_WORDS);
        let shards: HashMap<String, Shard> = HashMap::new();
        prop_assert!(search::search(&query, &shards).is_empty());
    }

    #[test]
    fn no_title_can_break_the_calendar(title in hostile(), role in hostile()) {
        let day = Date::new(2027, 1, 4).unwrap_or_else(|| Date::from_days(0));
        let plan = Plan {
            preference: Preference::Cheapest,
            steps: vec![Step {
                kind: StepKind::Exam,
                id: "x".into(),
                title: title.clone(),
                start: day,
                end: day,
                hours_per_week: 0.0,
                cost: 0.0,
                unpriced: false,
                closes: vec![title.clone()],
                why: title,
            }],
            total_cost: 0.0,
            finish: day,
            total_hours: 0.0,
            unmet: vec![],
            upkeep: vec![],
            unpriced: vec![],
        };
        let out = ics::calendar(&plan, &role);
        prop_assert!(out.ends_with("END:VCALENDAR\r\n"));
        let unfolded = out.replace("\r\n ", "");
        let lines: Vec<&str> = unfolded.trim_end_matches("\r\n").split("\r\n").collect();
        prop_assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
        for line in lines {
            prop_assert!(!line.chars().any(|c| (c.is_control() && c != '\t') || pathways_core::text::is_bidi_control(c)), "{:?}", line);
            prop_assert!(line.contains(':'), "every line is a property: {:?}", line);
        }
    }
}
