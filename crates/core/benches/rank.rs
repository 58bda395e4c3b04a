//! Ranking every role for a profile ("Which roles fit me best?").

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pathways_core::assessment::rank;
use pathways_core::model::{
    Experience, Family, Proficiency, QualificationGroup, Role, SkillTarget, Stage,
};
use pathways_core::profile::{Answer, Profile, SkillEvidence};

fn role(i: usize) -> Role {
    Role {
        title: format!("Role {i}"),
        aliases: vec![],
        summary: String::new(),
        stage: Stage::Mid,
        family: Family::Operations,
        nice_work_roles: vec![],
        dcwf_codes: vec![],
        hicp_practices: vec![],
        hicp_threats: vec![],
        org_types: vec![],
        org_sizes: vec![],
        skills: (0..10)
            .map(|k| SkillTarget {
                skill: format!("skill-{}", (i * 7 + k) % 66),
                level: 1 + ((i + k) % 4) as u8,
                required: k < 7,
            })
            .collect(),
        qualifications: vec![QualificationGroup {
            proficiency: Proficiency::Intermediate,
            credentials: vec![format!("cred-{}", i % 30)],
            education: vec![],
            programs: vec![],
            note: None,
        }],
        experience: Experience {
            min_years: (i % 6) as f32,
            typical_years: 5.0,
            healthcare_years: (i % 2) as f32,
            note: String::new(),
        },
        feeder_roles: vec![],
        next_roles: vec![],
        sources: vec![],
        verified: "2026-11-22".parse().expect("date"),
    }
}

fn profile() -> Profile {
    let mut p = Profile::default();
    p.experience.total_years = 3.0;
    for k in 0..66 {
        p.skills.insert(
            format!("skill-{k}"),
            SkillEvidence {
                self_rating: Some((k % 5) as u8),
                answers: (0..3)
                    .map(|n| Answer {
                        item: format!("skill-{k}-{n}"),
                        level: 1 + (n % 4) as u8,
                        chosen: 0,
                        correct: n % 2 == 0,
                    })
                    .collect(),
                skipped: false,
            },
        );
    }
    p
}

fn bench(c: &mut Criterion) {
    let p = profile();
    for n in [36usize, 1000] {
        let roles: Vec<(String, Role)> = (0..n).map(|i| (format!("role-{i}"), role(i))).collect();
        c.bench_function(&format!("rank {n} roles"), |b| {
            b.iter(|| rank(black_box(&roles), black_box(&p)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
