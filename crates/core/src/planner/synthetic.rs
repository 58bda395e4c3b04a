//! A generated catalog for benchmarks of the planner: `programs` programs and `credentials`
//! credentials over 66 skills, with a mid-career target role whose qualification is any one of
//! 20 credentials. Used natively by `cargo bench -p pathways-core --features bench --bench plan` and, written as
//! the planner's data file, in the browser by `cargo xtask bench`.

use std::collections::BTreeMap;

use crate::fixtures;
use crate::model::{
    AssociateRoute, Credential, Eligibility, Modality, Proficiency, Program, Role, Waiver,
};
use crate::planner::{Constraints, Preference};
use crate::profile::Profile;

/// The id of the generated target role.
pub const ROLE_ID: &str = "synthetic-target";

/// A generated catalog, a role, a profile and constraints to plan with.
pub struct Synthetic {
    /// Credentials by id.
    pub credentials: BTreeMap<String, Credential>,
    /// Programs in catalog order.
    pub programs: Vec<(String, Program)>,
    /// Skill names by id.
    pub skill_names: BTreeMap<String, String>,
    /// The target role.
    pub role: Role,
    /// Two years of experience, nothing else.
    pub profile: Profile,
    /// $5,000, 8 hours a week, balanced, in health care.
    pub constraints: Constraints,
}

#[allow(
    clippy::expect_used,
    reason = "benchmark scaffolding: a constant, valid date"
)]
fn date() -> crate::date::Date {
    crate::date::Date::new(2027, 1, 4).expect("2027-01-04 is a date")
}

fn credential(i: usize) -> Credential {
    Credential {
        name: format!("Credential {i}"),
        exam: Some(fixtures::exam(Some(200.0 + (i % 7) as f32 * 100.0))),
        eligibility: Eligibility {
            years: (i % 6) as f32,
            healthcare_years: i.is_multiple_of(3) as u8 as f32,
            waivers: vec![Waiver {
                years: 1.0,
                degree: Some(crate::model::Degree::Bachelor),
                credentials: vec![],
                training: false,
                from: None,
                until: None,
                wording: String::new(),
            }],
            associate: i.is_multiple_of(2).then(|| AssociateRoute {
                name: "Associate".into(),
                window_years: 6.0,
                wording: String::new(),
            }),
            wording: String::new(),
            ..Eligibility::default()
        },
        maintenance: Some(fixtures::maintenance(60.0, 3.0, 100.0)),
        verified: date(),
        ..fixtures::credential(&format!("C{i}"))
    }
}

fn program(i: usize, credentials: usize) -> Program {
    Program {
        modality: if i.is_multiple_of(3) {
            Modality::InPerson
        } else {
            Modality::Online
        },
        state: i.is_multiple_of(3).then(|| "MD".to_owned()),
        duration_weeks: 1.0 + (i % 20) as f32,
        hours_per_week: 2.0 + (i % 10) as f32,
        cost_usd: ((i * 37) % 3000) as f32,
        skills: (0..3)
            .map(|k| {
                fixtures::target(
                    &format!("skill-{}", (i * 3 + k) % 66),
                    1 + ((i + k) % 4) as u8,
                    true,
                )
            })
            .collect(),
        credentials: vec![format!("cred-{}", i % credentials)],
        verified: date(),
        ..fixtures::program(&format!("Program {i}"))
    }
}

/// Generates the catalog.
pub fn generate(programs: usize, credentials: usize) -> Synthetic {
    let credentials_n = credentials.max(1);
    let credentials: BTreeMap<String, Credential> = (0..credentials_n)
        .map(|i| (format!("cred-{i}"), credential(i)))
        .collect();
    let programs: Vec<(String, Program)> = (0..programs)
        .map(|i| (format!("program-{i}"), program(i, credentials_n)))
        .collect();
    let skill_names: BTreeMap<String, String> = (0..66)
        .map(|k| (format!("skill-{k}"), format!("Skill {k}")))
        .collect();
    let role = Role {
        skills: (0..10)
            .map(|k| fixtures::target(&format!("skill-{}", k * 5), 3, k < 8))
            .collect(),
        qualifications: vec![fixtures::qualification(
            Proficiency::Intermediate,
            (0..20)
                .map(|k| format!("cred-{}", (k * 37) % credentials_n))
                .collect(),
        )],
        experience: fixtures::experience(2.0, 4.0, 1.0),
        verified: date(),
        ..fixtures::role("Target")
    };
    let mut profile = Profile::default();
    profile.experience.total_years = 2.0;
    let constraints = Constraints {
        budget_usd: 5000.0,
        hours_per_week: 8.0,
        start: date(),
        modality: None,
        state: None,
        preference: Preference::Balanced,
        in_healthcare: true,
    };
    Synthetic {
        credentials,
        programs,
        skill_names,
        role,
        profile,
        constraints,
    }
}
