//! Ranking every role for a profile ("Which roles fit me best?").

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pathways_core::assessment::rank;
use pathways_core::fixtures;
use pathways_core::model::{Proficiency, Role};
use pathways_core::profile::{Answer, Profile, SkillEvidence};

fn role(i: usize) -> Role {
    Role {
        skills: (0..10)
            .map(|k| {
                fixtures::target(
                    &format!("skill-{}", (i * 7 + k) % 66),
                    1 + ((i + k) % 4) as u8,
                    k < 7,
                )
            })
            .collect(),
        qualifications: vec![fixtures::qualification(
            Proficiency::Intermediate,
            vec![format!("cred-{}", i % 30)],
        )],
        experience: fixtures::experience((i % 6) as f32, 5.0, (i % 2) as f32),
        ..fixtures::role(&format!("Role {i}"))
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
