use std::collections::BTreeMap;

use super::*;
use crate::fixtures::{self, cissp, constraints};
use crate::model::{CredentialLevel, Eligibility, Family, Proficiency, Stage};
use crate::profile::{HeldCredential, SkillEvidence};

fn d(s: &str) -> Date {
    s.parse().expect("date")
}

fn credential(abbr: &str, e: Eligibility, price: f32) -> Credential {
    Credential {
        level: CredentialLevel::Advanced,
        exam: Some(fixtures::exam(Some(price))),
        eligibility: e,
        maintenance: Some(fixtures::maintenance(120.0, 3.0, 135.0)),
        ..fixtures::credential(abbr)
    }
}

fn program(
    name: &str,
    cost: f32,
    weeks: f32,
    hours: f32,
    skills: &[(&str, u8)],
    creds: &[&str],
) -> Program {
    Program {
        duration_weeks: weeks,
        hours_per_week: hours,
        cost_usd: cost,
        skills: skills
            .iter()
            .map(|(s, l)| fixtures::target(s, *l, true))
            .collect(),
        credentials: creds.iter().map(|c| (*c).to_owned()).collect(),
        ..fixtures::program(name)
    }
}

fn role() -> Role {
    Role {
        stage: Stage::Leadership,
        family: Family::Governance,
        skills: vec![
            fixtures::target("risk", 3, true),
            fixtures::target("ir", 2, true),
        ],
        qualifications: vec![fixtures::qualification(
            Proficiency::Advanced,
            vec!["cissp".into()],
        )],
        experience: fixtures::experience(3.0, 5.0, 0.0),
        ..fixtures::role("Security manager")
    }
}

type Fixtures = (
    BTreeMap<Id, Credential>,
    Vec<(Id, Program)>,
    BTreeMap<Id, String>,
);

fn fixtures() -> Fixtures {
    let mut creds = BTreeMap::new();
    creds.insert("cissp".to_owned(), credential("CISSP", cissp(), 749.0));
    let programs = vec![
        (
            "cissp-course".to_owned(),
            program("CISSP course", 849.0, 8.0, 10.0, &[("risk", 3)], &["cissp"]),
        ),
        (
            "risk-cheap".to_owned(),
            program("Risk basics", 0.0, 4.0, 5.0, &[("risk", 2)], &[]),
        ),
        (
            "ir-course".to_owned(),
            program("Incident response", 300.0, 6.0, 5.0, &[("ir", 2)], &[]),
        ),
        (
            "bundle".to_owned(),
            program(
                "Risk and IR bootcamp",
                2000.0,
                2.0,
                40.0,
                &[("risk", 3), ("ir", 3)],
                &[],
            ),
        ),
    ];
    let names = [
        ("risk".to_owned(), "Risk assessment".to_owned()),
        ("ir".to_owned(), "Incident response".to_owned()),
    ]
    .into_iter()
    .collect();
    (creds, programs, names)
}

fn profile(years: f32) -> Profile {
    let mut p = Profile::default();
    p.experience.total_years = years;
    p.skills.insert(
        "risk".into(),
        SkillEvidence {
            self_rating: Some(1),
            ..SkillEvidence::default()
        },
    );
    p
}

#[test]
fn a_plan_is_dated_and_respects_eligibility() {
    let (creds, programs, names) = fixtures();
    let cat = Catalog {
        credentials: &creds,
        programs: &programs,
        skill_names: &names,
    };
    let p = plan_for(
        &role(),
        &profile(3.0),
        &cat,
        &constraints(Preference::Cheapest, 5000.0),
    );
    let kinds: Vec<(&StepKind, &str)> = p.steps.iter().map(|s| (&s.kind, s.id.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (&StepKind::Program, "cissp-course"),
            (&StepKind::Exam, "cissp"),
            (&StepKind::FullCredential, "cissp"),
            (&StepKind::Program, "ir-course")
        ]
    );
    // CISSP prep: 8 weeks at 10 h/week from 2027-01-04 → 2027-03-01; exam that day.
    assert_eq!(p.steps[0].end, d("2027-03-01"));
    assert_eq!(p.steps[1].start, d("2027-03-01"));
    // Associate now; full CISSP when five years accrue: 2 years after the start.
    assert_eq!(p.steps[2].start, d("2029-01-04"));
    // IR course after the exam: 6 weeks.
    assert_eq!(p.steps[3].start, d("2027-03-02"));
    assert_eq!(p.steps[3].end, d("2027-04-13"));
    assert_eq!(p.total_cost, 849.0 + 749.0 + 300.0);
    assert!(p.unmet.is_empty(), "{:?}", p.unmet);
    assert_eq!(p.upkeep[0].fees_per_year, 135.0);
    assert_eq!(p.upkeep[0].cpe_per_year, Some(40.0));
}

#[test]
fn an_exam_without_a_listed_price_is_named_not_counted_as_free() {
    let (mut creds, programs, names) = fixtures();
    if let Some(exam) = creds.get_mut("cissp").and_then(|c| c.exam.as_mut()) {
        exam.price_usd = None;
    }
    let cat = Catalog {
        credentials: &creds,
        programs: &programs,
        skill_names: &names,
    };
    let p = plan_for(
        &role(),
        &profile(3.0),
        &cat,
        &constraints(Preference::Cheapest, 5000.0),
    );
    assert_eq!(p.unpriced, ["CISSP"]);
    assert_eq!(p.total_cost, 849.0 + 300.0);
    // The exam step itself says so; the other steps have their prices.
    let marked: Vec<(&StepKind, &str)> = p
        .steps
        .iter()
        .filter(|s| s.unpriced)
        .map(|s| (&s.kind, s.id.as_str()))
        .collect();
    assert_eq!(marked, [(&StepKind::Exam, "cissp")]);
    // With every price known, nothing is listed.
    let (creds, ..) = fixtures();
    let cat = Catalog {
        credentials: &creds,
        ..cat
    };
    let p = plan_for(
        &role(),
        &profile(3.0),
        &cat,
        &constraints(Preference::Cheapest, 5000.0),
    );
    assert!(p.unpriced.is_empty());
    assert!(p.steps.iter().all(|s| !s.unpriced));
}

#[test]
fn the_fastest_plan_takes_the_intensive_option() {
    let (creds, programs, names) = fixtures();
    let cat = Catalog {
        credentials: &creds,
        programs: &programs,
        skill_names: &names,
    };
    let mut p = profile(5.0);
    p.credentials.push(HeldCredential {
        id: "cissp".into(),
        earned: None,
    });
    let fast = plan_for(&role(), &p, &cat, &constraints(Preference::Fastest, 5000.0));
    assert_eq!(
        fast.steps.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["bundle"]
    );
    // 40 h/week stretched to 10: 2 weeks become 8.
    assert_eq!(fast.steps[0].start.days_until(fast.steps[0].end), 56);
    let cheap = plan_for(
        &role(),
        &p,
        &cat,
        &constraints(Preference::Cheapest, 5000.0),
    );
    assert_eq!(cheap.total_cost, 849.0 + 300.0);
}

#[test]
fn changing_the_budget_changes_the_plan_or_says_what_would_fit() {
    let (creds, programs, names) = fixtures();
    let cat = Catalog {
        credentials: &creds,
        programs: &programs,
        skill_names: &names,
    };
    let plans = plan(
        &role(),
        &profile(3.0),
        &cat,
        &constraints(Preference::Fastest, 10_000.0),
    )
    .expect("fits");
    // Here the fastest plan is also the cheapest: one plan, no duplicate alternatives.
    assert_eq!(plans.len(), 1);
    let mut holder = profile(5.0);
    holder.credentials.push(HeldCredential {
        id: "cissp".into(),
        earned: None,
    });
    let two = plan(
        &role(),
        &holder,
        &cat,
        &constraints(Preference::Fastest, 10_000.0),
    )
    .expect("fits");
    assert_eq!(
        two.iter().map(|p| p.total_cost).collect::<Vec<_>>(),
        [2000.0, 849.0 + 300.0]
    );
    let squeezed = plan(
        &role(),
        &holder,
        &cat,
        &constraints(Preference::Fastest, 1500.0),
    )
    .expect("the cheaper fits");
    assert_eq!(
        squeezed.iter().map(|p| p.total_cost).collect::<Vec<_>>(),
        [1149.0]
    );
    let tight = plan(
        &role(),
        &profile(3.0),
        &cat,
        &constraints(Preference::Fastest, 1900.0),
    )
    .expect("the cheapest fits");
    assert!(tight.iter().all(|p| p.total_cost <= 1900.0));
    let none = plan(
        &role(),
        &profile(3.0),
        &cat,
        &constraints(Preference::Fastest, 500.0),
    )
    .expect_err("nothing fits");
    assert_eq!(
        none.why,
        "A $500 budget covers no route to this role; the cheapest route costs $1,898."
    );
    // The error says the same, and composes with `?` and `Box<dyn Error>`.
    assert_eq!(none.to_string(), none.why);
    let boxed: Box<dyn std::error::Error> = Box::new(none.clone());
    assert_eq!(boxed.to_string(), none.why);
}

#[test]
fn a_budget_that_covers_the_qualification_leaves_the_rest_open() {
    let (creds, programs, names) = fixtures();
    let cat = Catalog {
        credentials: &creds,
        programs: &programs,
        skill_names: &names,
    };
    let plans = plan(
        &role(),
        &profile(3.0),
        &cat,
        &constraints(Preference::Cheapest, 1600.0),
    )
    .expect("the qualification fits");
    let p = &plans[0];
    assert_eq!(p.total_cost, 849.0 + 749.0);
    assert_eq!(
        p.unmet,
        ["Incident response (level 0 of 2, not within the budget)"]
    );
}

#[test]
fn plans_are_deterministic_and_respect_the_format() {
    let (creds, programs, names) = fixtures();
    let cat = Catalog {
        credentials: &creds,
        programs: &programs,
        skill_names: &names,
    };
    let c = constraints(Preference::Balanced, 5000.0);
    assert_eq!(
        plan_for(&role(), &profile(3.0), &cat, &c),
        plan_for(&role(), &profile(3.0), &cat, &c)
    );
    let in_person = Constraints {
        modality: Some(Modality::InPerson),
        ..c
    };
    let p = plan_for(&role(), &profile(3.0), &cat, &in_person);
    assert!(p.steps.iter().all(|s| s.kind != StepKind::Program));
    assert_eq!(p.unmet.len(), 2, "{:?}", p.unmet);
}

#[test]
fn an_unlisted_exam_price_never_makes_a_route_the_cheapest() {
    let (mut creds, programs, names) = fixtures();
    let mut unpriced = credential("CCISO", cissp(), 0.0);
    if let Some(exam) = unpriced.exam.as_mut() {
        exam.price_usd = None;
    }
    creds.insert("cciso".to_owned(), unpriced);
    let mut r = role();
    r.qualifications = vec![fixtures::qualification(
        Proficiency::Advanced,
        vec!["cciso".into(), "cissp".into()],
    )];
    let cat = Catalog {
        credentials: &creds,
        programs: &programs,
        skill_names: &names,
    };
    // With a budget that covers the priced route, the priced route is taken.
    let p = plan_for(
        &r,
        &profile(6.0),
        &cat,
        &constraints(Preference::Cheapest, 5000.0),
    );
    assert!(p.steps.iter().any(|s| s.id == "cissp"), "{:?}", p.steps);
    assert!(p.unpriced.is_empty());
    // With a budget below every listed price, the unpriced route is the one left, and says so.
    let p = plan_for(
        &r,
        &profile(6.0),
        &cat,
        &constraints(Preference::Cheapest, 10.0),
    );
    assert_eq!(p.unpriced, ["CCISO"]);
}

#[test]
fn cissp_experience_in_too_few_domains_is_said_and_a_second_domain_opens_the_route() {
    let (mut creds, programs, names) = fixtures();
    if let Some(c) = creds.get_mut("cissp") {
        c.domains = [
            "Security and Risk Management",
            "Asset Security",
            "Security Operations",
        ]
        .into_iter()
        .map(|name| crate::model::Domain {
            name: name.into(),
            weight: None,
            weight_range: None,
        })
        .collect();
    }
    let cat = Catalog {
        credentials: &creds,
        programs: &programs,
        skill_names: &names,
    };
    let mut person = profile(6.0);
    person
        .experience
        .by_domain
        .insert("security-operations".into(), 6.0);
    let p = plan_for(
        &role(),
        &person,
        &cat,
        &constraints(Preference::Cheapest, 5000.0),
    );
    assert!(
        p.steps.iter().all(|s| s.kind != StepKind::Exam),
        "{:?}",
        p.steps
    );
    assert!(
        p.unmet.iter().any(|u| u.contains(
            "CISSP: the experience must span at least 2 of the 3 exam domains; yours covers only Security Operations"
        )),
        "{:?}",
        p.unmet
    );
    person
        .experience
        .by_domain
        .insert("asset-security".into(), 2.0);
    let p = plan_for(
        &role(),
        &person,
        &cat,
        &constraints(Preference::Cheapest, 5000.0),
    );
    assert!(
        p.steps
            .iter()
            .any(|s| s.kind == StepKind::Exam && s.id == "cissp"),
        "{:?}",
        p.steps
    );
}

#[test]
fn a_waiver_counts_only_if_it_is_still_in_force_on_the_exam_date() {
    // CISSP's approved-credential list was cut from 1 April 2026: CISA waived a year until
    // 31 March 2026 and no longer does.
    let (mut creds, programs, names) = fixtures();
    if let Some(c) = creds.get_mut("cissp") {
        c.eligibility.waivers.push(crate::model::Waiver {
            years: 1.0,
            degree: None,
            credentials: vec!["cisa".into()],
            training: false,
            from: None,
            until: Date::new(2026, 3, 31),
            wording: String::new(),
        });
    }
    let cat = Catalog {
        credentials: &creds,
        programs: &programs,
        skill_names: &names,
    };
    let mut person = profile(4.0);
    person.credentials.push(crate::profile::HeldCredential {
        id: "cisa".into(),
        earned: None,
    });
    let starting = |date: &str| Constraints {
        start: d(date),
        ..constraints(Preference::Cheapest, 5000.0)
    };
    let exam = |p: &Plan| {
        p.steps
            .iter()
            .find(|s| s.kind == StepKind::Exam && s.id == "cissp")
            .cloned()
            .expect("a CISSP exam step")
    };
    // Starting in January, the 8-week course ends on 2 March 2026: the waiver is in force, four
    // years and CISA make five, and the full credential follows the exam.
    let early = plan_for(&role(), &person, &cat, &starting("2026-01-05"));
    assert_eq!(exam(&early).start, d("2026-03-02"));
    assert!(
        !exam(&early).why.contains("Associate"),
        "{}",
        exam(&early).why
    );
    // Starting in March, the exam falls after 1 April 2026: no waiver, a year short, so the
    // associate route.
    let late = plan_for(&role(), &person, &cat, &starting("2026-03-16"));
    assert_eq!(exam(&late).start, d("2026-05-11"));
    assert!(
        exam(&late).why.contains("Associate of ISC2"),
        "{}",
        exam(&late).why
    );
}
