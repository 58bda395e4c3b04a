//! Catalog values shared by the tests of several modules and by the benchmarks, so that each
//! test states only what it is about. Compiled for tests and with the `bench` feature only.
//!
//! The builders return a value with every list empty and neutral defaults; a test overrides
//! the fields it is about with struct update syntax:
//! `Role { skills: vec![target("ir", 2, true)], ..role("SOC analyst") }`.
#![allow(
    clippy::expect_used,
    reason = "test values: constant dates that are known to be valid"
)]

use crate::date::Date;
use crate::model::{
    AssociateRoute, Credential, CredentialKind, CredentialLevel, Degree, Eligibility, Exam,
    Experience, Family, Id, Maintenance, Modality, Proficiency, Program, ProgramKind,
    QualificationGroup, Role, ScaledYears, SkillTarget, Stage, Waiver,
};

/// The date the test catalog was "verified": 2026-11-22.
pub fn verified() -> Date {
    Date::new(2026, 11, 22).expect("a date")
}

/// A skill at a target level.
pub fn target(skill: &str, level: u8, required: bool) -> SkillTarget {
    SkillTarget {
        skill: skill.into(),
        level,
        required,
    }
}

/// A qualification option: any one of these credentials.
pub fn qualification(proficiency: Proficiency, credentials: Vec<Id>) -> QualificationGroup {
    QualificationGroup {
        proficiency,
        credentials,
        education: vec![],
        programs: vec![],
        note: None,
    }
}

/// The experience a role asks for.
pub fn experience(min_years: f32, typical_years: f32, healthcare_years: f32) -> Experience {
    Experience {
        min_years,
        typical_years,
        healthcare_years,
        note: String::new(),
    }
}

/// A mid-career operations role with a title and nothing else.
pub fn role(title: &str) -> Role {
    Role {
        title: title.into(),
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
        skills: vec![],
        qualifications: vec![],
        experience: experience(0.0, 0.0, 0.0),
        feeder_roles: vec![],
        next_roles: vec![],
        sources: vec![],
        verified: verified(),
    }
}

/// An exam with a price, or with none listed.
pub fn exam(price_usd: Option<f32>) -> Exam {
    Exam {
        items_min: None,
        items_max: None,
        minutes: None,
        format: None,
        passing: None,
        price_usd,
        note: None,
    }
}

/// Upkeep: continuing-education credits per cycle and an annual fee.
pub fn maintenance(cpe: f32, cycle_years: f32, annual_fee_usd: f32) -> Maintenance {
    Maintenance {
        cpe: Some(cpe),
        cycle_years,
        cpe_per_year_min: None,
        annual_fee_usd: Some(annual_fee_usd),
        renewal_fee_usd: None,
        note: None,
    }
}

/// An intermediate certification named by its abbreviation, with no exam, no rules and no
/// upkeep.
pub fn credential(abbreviation: &str) -> Credential {
    Credential {
        name: abbreviation.into(),
        abbreviation: abbreviation.into(),
        issuer: "Issuer".into(),
        kind: CredentialKind::Certification,
        level: CredentialLevel::Intermediate,
        summary: String::new(),
        official_url: String::new(),
        skills: vec![],
        domains: vec![],
        exam: None,
        eligibility: Eligibility::default(),
        maintenance: None,
        dod_8140: vec![],
        unverified: vec![],
        sources: vec![],
        verified: verified(),
    }
}

/// A free online course of one week at no hours, building nothing.
pub fn program(name: &str) -> Program {
    Program {
        name: name.into(),
        provider: "Provider".into(),
        kind: ProgramKind::Course,
        summary: String::new(),
        degree: None,
        institution: None,
        modality: Modality::Online,
        state: None,
        duration_weeks: 1.0,
        hours_per_week: 0.0,
        cost_usd: 0.0,
        cost_estimate: false,
        cost_note: None,
        skills: vec![],
        credentials: vec![],
        knowledge_units: vec![],
        modules: vec![],
        url: String::new(),
        sources: vec![],
        verified: verified(),
    }
}

/// ISC2: "Candidates must have a minimum of five years cumulative, full-time experience in
/// two or more of the eight domains … Earning a four-year college degree or regional
/// equivalent or an additional credential from the ISC2 approved list will satisfy one year
/// of the required experience. … A candidate that doesn't have the required experience …
/// may become an Associate of ISC2 … [and] will have six years to earn the five years".
pub fn cissp() -> Eligibility {
    Eligibility {
        years: 5.0,
        min_domains: 2,
        waivers: vec![
            Waiver {
                years: 1.0,
                degree: Some(Degree::Bachelor),
                credentials: vec![],
                training: false,
                from: None,
                until: None,
                wording: String::new(),
            },
            Waiver {
                years: 1.0,
                degree: None,
                credentials: vec!["cism".into()],
                training: false,
                from: None,
                until: None,
                wording: String::new(),
            },
        ],
        associate: Some(AssociateRoute {
            name: "Associate of ISC2".into(),
            window_years: 6.0,
            wording: String::new(),
        }),
        wording: String::new(),
        ..Eligibility::default()
    }
}

/// ISC2: "two years cumulative paid work experience in one or more knowledge domains …
/// one year of the two years … must be in the healthcare industry"; associates have three
/// years to earn the experience.
pub fn hcispp() -> Eligibility {
    Eligibility {
        years: 2.0,
        healthcare_years: 1.0,
        associate: Some(AssociateRoute {
            name: "Associate of ISC2".into(),
            window_years: 3.0,
            wording: String::new(),
        }),
        wording: String::new(),
        ..Eligibility::default()
    }
}

/// AHIMA: master's or higher 1 year; bachelor's 2; associate 4; RHIT 4; high school 6.
pub fn chps() -> Eligibility {
    Eligibility {
        years: 6.0,
        scaled_by_education: vec![
            ScaledYears {
                years: 1.0,
                degree: Some(Degree::Master),
                credentials: vec![],
            },
            ScaledYears {
                years: 2.0,
                degree: Some(Degree::Bachelor),
                credentials: vec![],
            },
            ScaledYears {
                years: 2.0,
                degree: None,
                credentials: vec!["rhia".into()],
            },
            ScaledYears {
                years: 4.0,
                degree: Some(Degree::Associate),
                credentials: vec![],
            },
            ScaledYears {
                years: 4.0,
                degree: None,
                credentials: vec!["rhit".into()],
            },
            ScaledYears {
                years: 6.0,
                degree: Some(Degree::HighSchool),
                credentials: vec![],
            },
        ],
        wording: String::new(),
        ..Eligibility::default()
    }
}

/// Planner settings from 4 January 2027 at 10 hours a week, any format and state, working in
/// health care, with the given preference and budget.
pub fn constraints(
    preference: crate::planner::Preference,
    budget_usd: f32,
) -> crate::planner::Constraints {
    crate::planner::Constraints {
        budget_usd,
        hours_per_week: 10.0,
        start: Date::new(2027, 1, 4).unwrap_or_else(|| Date::from_days(0)),
        modality: None,
        state: None,
        preference,
        in_healthcare: true,
    }
}
