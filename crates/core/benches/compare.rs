//! Comparing candidates against a hiring manager's role (`/hire/compare/`): 50 candidates on a
//! 30-skill role with credential and degree routes, each candidate's qualification dated by
//! the eligibility rules.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pathways_core::bundle::{HireBundle, HireCredential};
use pathways_core::fixtures;
use pathways_core::hire::compare::compare;
use pathways_core::hire::learning::LearningPlanner;
use pathways_core::hire::link::CandidateResults;
use pathways_core::hire::{HireRole, HireSkill, Qualifier};
use pathways_core::model::{CredentialLevel, Degree, Stage};
use pathways_core::profile::{Answer, Profile, SkillEvidence};

fn role() -> HireRole {
    let mut r = HireRole::blank("Security Analyst", Stage::Mid);
    r.skills = (0..30)
        .map(|k| HireSkill {
            skill: format!("skill-{k}"),
            level: 1 + (k % 4) as u8,
            at_hire: k % 3 == 0,
        })
        .collect();
    r.routes = vec![
        Qualifier {
            credential: Some("cissp".into()),
            degree: None,
            years: 5.0,
            ..Qualifier::default()
        },
        Qualifier {
            credential: None,
            degree: Some(Degree::Bachelor),
            years: 2.0,
            ..Qualifier::default()
        },
        Qualifier {
            credential: None,
            degree: None,
            years: 6.0,
            ..Qualifier::default()
        },
    ];
    r
}

fn candidate(i: usize, role: &HireRole) -> CandidateResults {
    let mut p = Profile::default();
    p.experience.total_years = (i % 9) as f32;
    for k in 0..30 {
        p.skills.insert(
            format!("skill-{k}"),
            SkillEvidence {
                self_rating: Some(((i + k) % 5) as u8),
                answers: (0..3)
                    .map(|n| Answer {
                        item: format!("skill-{k}-{n}"),
                        level: 1 + (n % 4) as u8,
                        chosen: 0,
                        correct: (i + n).is_multiple_of(2),
                    })
                    .collect(),
                skipped: false,
            },
        );
    }
    CandidateResults {
        name: format!("Candidate {i}"),
        role: role.fingerprint(),
        title: role.title.clone(),
        profile: p,
    }
}

fn bench(c: &mut Criterion) {
    let r = role();
    let bundle = HireBundle {
        roles: vec![],
        skills: BTreeMap::new(),
        credentials: BTreeMap::from([(
            "cissp".to_owned(),
            HireCredential {
                abbreviation: "CISSP".into(),
                name: "CISSP".into(),
                level: CredentialLevel::Advanced,
                eligibility: fixtures::cissp(),
                domains: vec![],
                official_url: String::new(),
            },
        )]),
        practices: BTreeMap::new(),
        programs: BTreeMap::new(),
        work_roles: vec![],
    };
    let people: Vec<CandidateResults> = (0..50).map(|i| candidate(i, &r)).collect();
    let today = "2026-12-03".parse().expect("date");
    c.bench_function("compare 50 candidates on a 30-skill role", |b| {
        b.iter(|| compare(black_box(&r), black_box(&bundle), black_box(&people), today))
    });
    // With the planner's time and cost for each candidate's learnable gaps, over 200 programs
    // building the role's skills.
    let programs: Vec<(String, pathways_core::model::Program)> = (0..200)
        .map(|i| {
            let mut p = fixtures::program(&format!("Program {i}"));
            p.skills = (0..3)
                .map(|k| {
                    fixtures::target(
                        &format!("skill-{}", (i + k * 7) % 30),
                        1 + ((i + k) % 4) as u8,
                        true,
                    )
                })
                .collect();
            p.cost_usd = (i % 10) as f32 * 150.0;
            p.duration_weeks = 2.0 + (i % 8) as f32;
            p.hours_per_week = 4.0;
            (format!("program-{i}"), p)
        })
        .collect();
    let (credentials, skill_names) = (BTreeMap::new(), BTreeMap::new());
    let catalog = pathways_core::planner::Catalog {
        credentials: &credentials,
        programs: &programs,
        skill_names: &skill_names,
    };
    c.bench_function(
        "compare 50 candidates on a 30-skill role with learning plans (200 programs)",
        |b| {
            b.iter(|| {
                let mut table = compare(black_box(&r), &bundle, black_box(&people), today);
                let planner = LearningPlanner::new(&r, &catalog, today);
                table.plan_learning(&planner, &people);
                table
            })
        },
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
