//! A generated catalog for benchmarks of the planner: `programs` programs and `credentials`
//! credentials over 66 skills, with a mid-career target role whose qualification is any one of
//! 20 credentials. Used natively by `cargo bench -p pathways-core --features bench --bench plan` and, written as
//! the planner's data file, in the browser by `cargo xtask bench`.

use std::collections::BTreeMap;

use crate::model::{
    AssociateRoute, Credential, CredentialKind, CredentialLevel, Eligibility, Exam, Experience,
    Family, Maintenance, Modality, Proficiency, Program, ProgramKind, QualificationGroup, Role,
    SkillTarget, Stage, Waiver,
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
        abbreviation: format!("C{i}"),
        issuer: "Issuer".into(),
        kind: CredentialKind::Certification,
        level: CredentialLevel::Intermediate,
        summary: String::new(),
        official_url: String::new(),
        skills: vec![],
        domains: vec![],
        exam: Some(Exam {
            items_min: None,
            items_max: None,
            minutes: None,
            format: None,
            passing: None,
            price_usd: Some(200.0 + (i % 7) as f32 * 100.0),
            note: None,
        }),
        eligibility: Eligibility {
            years: (i % 6) as f32,
            healthcare_years: i.is_multiple_of(3) as u8 as f32,
            waivers: vec![Waiver {
                years: 1.0,
                degree: Some(crate::model::Degree::Bachelor),
                credentials: vec![],
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
        maintenance: Some(Maintenance {
            cpe: Some(60.0),
            cycle_years: 3.0,
            cpe_per_year_min: None,
            annual_fee_usd: Some(100.0),
            renewal_fee_usd: None,
            note: None,
        }),
        dod_8140: vec![],
        unverified: vec![],
        sources: vec![],
        verified: date(),
    }
}

fn program(i: usize, credentials: usize) -> Program {
    Program {
        name: format!("Program {i}"),
        provider: "Provider".into(),
        kind: ProgramKind::Course,
        summary: String::new(),
        degree: None,
        institution: None,
        modality: if i.is_multiple_of(3) {
            Modality::InPerson
        } else {
            Modality::Online
        },
        state: i.is_multiple_of(3).then(|| "MD".to_owned()),
        duration_weeks: 1.0 + (i % 20) as f32,
        hours_per_week: 2.0 + (i % 10) as f32,
        cost_usd: ((i * 37) % 3000) as f32,
        cost_estimate: false,
        cost_note: None,
        skills: (0..3)
            .map(|k| SkillTarget {
                skill: format!("skill-{}", (i * 3 + k) % 66),
                level: 1 + ((i + k) % 4) as u8,
                required: true,
            })
            .collect(),
        credentials: vec![format!("cred-{}", i % credentials)],
        knowledge_units: vec![],
        modules: vec![],
        url: String::new(),
        sources: vec![],
        verified: date(),
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
        title: "Target".into(),
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
                skill: format!("skill-{}", k * 5),
                level: 3,
                required: k < 8,
            })
            .collect(),
        qualifications: vec![QualificationGroup {
            proficiency: Proficiency::Intermediate,
            credentials: (0..20)
                .map(|k| format!("cred-{}", (k * 37) % credentials_n))
                .collect(),
            education: vec![],
            programs: vec![],
            note: None,
        }],
        experience: Experience {
            min_years: 2.0,
            typical_years: 4.0,
            healthcare_years: 1.0,
            note: String::new(),
        },
        feeder_roles: vec![],
        next_roles: vec![],
        sources: vec![],
        verified: date(),
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
