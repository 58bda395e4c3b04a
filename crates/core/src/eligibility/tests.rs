use super::*;
use crate::fixtures::{chps, cissp, hcispp};

fn situation(years: f32, hc: f32, degree: Degree) -> Situation {
    Situation {
        years,
        healthcare_years: hc,
        management_years: 0.0,
        degree,
        held: BTreeSet::new(),
        in_healthcare: true,
        official_training: false,
        by_domain: Default::default(),
        on: None,
    }
}

#[test]
fn cissp_with_three_years_is_offered_the_associate_route_now() {
    let e = evaluate(&cissp(), &situation(3.0, 0.0, Degree::HighSchool));
    assert_eq!(e.required_years, 5.0);
    assert_eq!(
        e.standing,
        Standing::Associate {
            name: "Associate of ISC2".into(),
            years: 2.0,
            window: 6.0
        }
    );
    // With a bachelor's degree one year is waived: full certification one year later.
    let e = evaluate(&cissp(), &situation(3.0, 0.0, Degree::Bachelor));
    assert_eq!((e.required_years, e.waived), (4.0, 1.0));
    assert_eq!(
        e.standing,
        Standing::Associate {
            name: "Associate of ISC2".into(),
            years: 1.0,
            window: 6.0
        }
    );
    // Two waivers do not add up: at most one year.
    let mut s = situation(3.0, 0.0, Degree::Master);
    s.held.insert("cism".into());
    assert_eq!(evaluate(&cissp(), &s).waived, 1.0);
    // Five years: eligible.
    assert_eq!(
        evaluate(&cissp(), &situation(5.0, 0.0, Degree::None)).standing,
        Standing::Eligible
    );
}

#[test]
fn hcispp_needs_one_of_its_two_years_in_health_care() {
    assert_eq!(
        evaluate(&hcispp(), &situation(2.0, 1.0, Degree::None)).standing,
        Standing::Eligible
    );
    // Two years, none in health care, working in health care now: a year to go.
    let e = evaluate(&hcispp(), &situation(2.0, 0.0, Degree::None));
    assert_eq!(
        e.standing,
        Standing::Associate {
            name: "Associate of ISC2".into(),
            years: 1.0,
            window: 3.0
        }
    );
    // Not working in health care: health-care years never grow.
    let mut s = situation(4.0, 0.0, Degree::None);
    s.in_healthcare = false;
    assert!(matches!(
        evaluate(&hcispp(), &s).standing,
        Standing::Blocked { .. }
    ));
}

#[test]
fn chps_years_scale_with_the_degree_held() {
    let years = |deg, held: &[&str]| {
        let mut s = situation(0.0, 0.0, deg);
        s.held = held.iter().map(|h| (*h).to_owned()).collect();
        evaluate(&chps(), &s).required_years
    };
    assert_eq!(years(Degree::Doctorate, &[]), 1.0);
    assert_eq!(years(Degree::Master, &[]), 1.0);
    assert_eq!(years(Degree::Bachelor, &[]), 2.0);
    assert_eq!(years(Degree::HighSchool, &["rhia"]), 2.0);
    assert_eq!(years(Degree::Associate, &[]), 4.0);
    assert_eq!(years(Degree::HighSchool, &["rhit"]), 4.0);
    assert_eq!(years(Degree::HighSchool, &[]), 6.0);
    // No associate route: a bachelor's holder with one year waits one more.
    assert_eq!(
        evaluate(&chps(), &situation(1.0, 1.0, Degree::Bachelor)).standing,
        Standing::Wait { years: 1.0 }
    );
}

#[test]
fn isaca_style_experience_may_follow_the_exam() {
    let cism = Eligibility {
        years: 5.0,
        management_years: 3.0,
        after_exam_years: Some(5.0),
        within_years: Some(10.0),
        wording: String::new(),
        ..Eligibility::default()
    };
    let mut s = situation(2.0, 0.0, Degree::Bachelor);
    s.management_years = 0.0;
    assert_eq!(
        evaluate(&cism, &s).standing,
        Standing::ExperienceAfterExam {
            years: 3.0,
            window: 5.0
        }
    );
    let prereq = Eligibility {
        prerequisites: vec!["security-plus".into()],
        wording: String::new(),
        ..Eligibility::default()
    };
    assert_eq!(
        evaluate(&prereq, &s).standing,
        Standing::NeedsFirst(vec!["security-plus".into()])
    );
}

#[test]
fn official_training_waives_the_years_only_for_those_who_take_it() {
    let e = Eligibility {
        years: 2.0,
        waivers: vec![crate::model::Waiver {
            years: 2.0,
            degree: None,
            credentials: vec![],
            training: true,
            from: None,
            until: None,
            wording: String::new(),
        }],
        ..Eligibility::default()
    };
    // Self-study: the two years stand.
    let self_study = evaluate(&e, &situation(0.0, 0.0, Degree::None));
    assert_eq!(self_study.standing, Standing::Wait { years: 2.0 });
    // Through the issuer's training: eligible now.
    let mut trained = situation(0.0, 0.0, Degree::None);
    trained.official_training = true;
    let t = evaluate(&e, &trained);
    assert_eq!((t.required_years, t.waived), (0.0, 2.0));
    assert_eq!(t.standing, Standing::Eligible);
    assert!(
        describe::describe(&e, 0, &|id: &str| id.to_owned())
            .iter()
            .any(|l| l.contains("official training")),
        "the credential page says so"
    );
}

/// CISSP as a credential, with its eight domains.
fn cissp_credential() -> crate::model::Credential {
    let mut c = crate::fixtures::credential("CISSP");
    c.eligibility = cissp();
    c.domains = [
        "Security and Risk Management",
        "Asset Security",
        "Security Architecture and Engineering",
        "Communication and Network Security",
        "Identity and Access Management (IAM)",
        "Security Assessment and Testing",
        "Security Operations",
        "Software Development Security",
    ]
    .into_iter()
    .map(|name| crate::model::Domain {
        name: name.into(),
        weight: None,
        weight_range: None,
    })
    .collect();
    c
}

fn names(c: &crate::model::Credential) -> Vec<&str> {
    c.domains.iter().map(|d| d.name.as_str()).collect()
}

#[test]
fn domain_keys_are_the_slugs_of_the_names() {
    assert_eq!(
        domain_key("Identity and Access Management (IAM)"),
        "identity-and-access-management-iam"
    );
    assert_eq!(domain_key("Security Operations"), "security-operations");
}

#[test]
fn cissp_experience_in_one_domain_only_keeps_the_full_credential_out_of_reach() {
    let c = cissp_credential();
    let mut s = situation(6.0, 0.0, Degree::None);
    s.by_domain.insert("security-operations".into(), 6.0);
    s.by_domain.insert("asset-security".into(), 0.0);
    assert_eq!(
        spread(2, &names(&c), &s),
        Spread::Short {
            covered: vec!["Security Operations".into()],
            needed: 2
        }
    );
    let Standing::Blocked { why } = evaluate_credential(&c, &s).standing else {
        panic!("six years in one domain must not make the person eligible");
    };
    assert_eq!(
        why,
        "the experience must span at least 2 of the 8 exam domains; yours covers only Security Operations (you could still pass the exam and become an Associate of ISC2)"
    );
    // A second domain with experience: eligible.
    s.by_domain.insert("asset-security".into(), 1.0);
    assert_eq!(evaluate_credential(&c, &s).standing, Standing::Eligible);
    assert_eq!(
        spread(2, &names(&c), &s),
        Spread::Met(vec!["Asset Security".into(), "Security Operations".into()])
    );
}

#[test]
fn the_spread_is_not_enforced_when_the_person_has_not_said_and_never_for_other_keys() {
    let c = cissp_credential();
    let mut s = situation(5.0, 0.0, Degree::None);
    assert_eq!(spread(2, &names(&c), &s), Spread::Unknown);
    assert_eq!(evaluate_credential(&c, &s).standing, Standing::Eligible);
    // Years in a domain of another credential say nothing about CISSP's.
    s.by_domain.insert("governance".into(), 5.0);
    assert_eq!(spread(2, &names(&c), &s), Spread::Unknown);
    // A credential without a spread rule ignores the domains.
    let mut plain = c.clone();
    plain.eligibility.min_domains = 0;
    s.by_domain.insert("security-operations".into(), 5.0);
    assert_eq!(spread(0, &names(&plain), &s), Spread::NotAsked);
    assert_eq!(evaluate_credential(&plain, &s).standing, Standing::Eligible);
}

#[test]
fn a_short_spread_does_not_hide_a_wait_for_years_or_a_missing_prerequisite_reason() {
    let c = cissp_credential();
    // No years at all and nothing covered: still blocked by the spread, with the associate note.
    let mut s = situation(0.0, 0.0, Degree::None);
    s.by_domain.insert("security-operations".into(), 0.0);
    assert!(matches!(
        evaluate_credential(&c, &s).standing,
        Standing::Blocked { why } if why.contains("yours covers none of them")
    ));
    // A prerequisite missing is said first.
    let mut pre = c.clone();
    pre.eligibility.prerequisites = vec!["cc".into()];
    assert!(matches!(
        evaluate_credential(&pre, &s).standing,
        Standing::NeedsFirst(_)
    ));
}

#[test]
fn a_dated_waiver_is_in_force_only_between_its_dates_and_undated_evaluations_use_the_latest_rules()
{
    let d = |y, m, day| crate::date::Date::new(y, m, day);
    let old = crate::model::Waiver {
        years: 1.0,
        degree: None,
        credentials: vec!["cisa".into()],
        training: false,
        from: None,
        until: d(2026, 3, 31),
        wording: String::new(),
    };
    let new = crate::model::Waiver {
        credentials: vec!["cism".into()],
        from: d(2026, 4, 1),
        until: None,
        ..old.clone()
    };
    assert!(old.in_force(d(2026, 3, 31)) && !old.in_force(d(2026, 4, 1)));
    assert!(!new.in_force(d(2026, 3, 31)) && new.in_force(d(2026, 4, 1)));
    assert!(!old.in_force(None) && new.in_force(None));
    let e = Eligibility {
        years: 5.0,
        waivers: vec![old, new],
        ..Eligibility::default()
    };
    let mut s = situation(4.0, 0.0, Degree::None);
    s.held.insert("cisa".into());
    s.on = d(2026, 3, 1);
    assert_eq!(evaluate(&e, &s).waived, 1.0);
    s.on = d(2026, 4, 2);
    assert_eq!(evaluate(&e, &s).waived, 0.0);
    s.on = None;
    assert_eq!(evaluate(&e, &s).waived, 0.0);
    // The wording says when each applied.
    let words = describe(&e, 8, &|id: &str| id.to_uppercase());
    assert!(
        words.contains(
            &"Until 31 March 2026, holding CISA can count for 1 year of the experience.".to_owned()
        ),
        "{words:?}"
    );
    assert!(
        words.contains(
            &"From 1 April 2026, holding CISM can count for 1 year of the experience.".to_owned()
        ),
        "{words:?}"
    );
}
