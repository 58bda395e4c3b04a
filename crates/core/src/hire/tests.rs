use std::collections::BTreeMap;

use super::compare::{Cell, SortBy, When, compare, qualification};
use super::link::{CandidateResults, decode_results, decode_role, encode_results, encode_role};
use super::review::{Fix, Rule, review};
use super::*;
use crate::bundle::{HireBundle, HireCredential, HireSkillInfo};
use crate::fixtures::{self, chps, cissp, hcispp, target};
use crate::model::{CredentialLevel, Eligibility, Proficiency};
use crate::profile::{Answer, HeldCredential, Profile, SkillEvidence};
use crate::share::ShareError;

fn credential(
    abbreviation: &str,
    level: CredentialLevel,
    eligibility: Eligibility,
) -> HireCredential {
    HireCredential {
        abbreviation: abbreviation.into(),
        name: abbreviation.into(),
        level,
        eligibility,
        domains: vec![],
        official_url: format!("https://example.org/{}", abbreviation.to_lowercase()),
    }
}

fn catalog_role(title: &str, stage: Stage, years: f32, skills: &[(&str, u8, bool)]) -> Role {
    let mut r = fixtures::role(title);
    r.stage = stage;
    r.experience = fixtures::experience(years, years, 0.0);
    r.skills = skills
        .iter()
        .map(|(s, l, req)| target(s, *l, *req))
        .collect();
    r
}

/// A catalog like the shipped one: entry roles ask for at most 1 year and 1 skill at level 3
/// at hire, mid-career ones 3 years and 2 such skills, advanced ones 7 years.
fn bundle() -> HireBundle {
    let mut soc = catalog_role(
        "SOC Analyst",
        Stage::Entry,
        1.0,
        &[
            ("log-analysis", 3, true),
            ("incident-response", 2, true),
            ("scripting", 1, false),
        ],
    );
    soc.qualifications = vec![
        fixtures::qualification(Proficiency::Basic, vec!["cc".into()]),
        fixtures::qualification(
            Proficiency::Intermediate,
            vec!["security-plus".into(), "cc".into()],
        ),
    ];
    soc.hicp_practices = vec!["security-operations".into()];
    let roles = vec![
        ("soc-analyst".into(), soc),
        (
            "grc-analyst".into(),
            catalog_role(
                "GRC Analyst",
                Stage::Mid,
                3.0,
                &[("risk-assessment", 3, true), ("security-policy", 3, true)],
            ),
        ),
        (
            "security-architect".into(),
            catalog_role(
                "Security Architect",
                Stage::Advanced,
                7.0,
                &[("threat-modeling", 4, true)],
            ),
        ),
    ];
    let skills = [
        "log-analysis",
        "incident-response",
        "scripting",
        "risk-assessment",
        "security-policy",
        "threat-modeling",
        "cloud-security",
    ]
    .into_iter()
    .map(|s| {
        (
            s.to_owned(),
            HireSkillInfo {
                name: s.replace('-', " "),
                summary: String::new(),
                levels: (1..=4).map(|l| format!("Does {s} at level {l}.")).collect(),
            },
        )
    })
    .collect();
    let credentials = BTreeMap::from([
        (
            "cissp".to_owned(),
            credential("CISSP", CredentialLevel::Advanced, cissp()),
        ),
        (
            "hcispp".to_owned(),
            credential("HCISPP", CredentialLevel::Intermediate, hcispp()),
        ),
        (
            "chps".to_owned(),
            credential("CHPS", CredentialLevel::Intermediate, chps()),
        ),
        (
            "cc".to_owned(),
            credential("CC", CredentialLevel::Foundational, Eligibility::default()),
        ),
        (
            "security-plus".to_owned(),
            credential(
                "Security+",
                CredentialLevel::Foundational,
                Eligibility::default(),
            ),
        ),
    ]);
    HireBundle {
        roles,
        skills,
        credentials,
        practices: BTreeMap::from([(
            "security-operations".to_owned(),
            "Security operations centers and incident response".to_owned(),
        )]),
        programs: BTreeMap::from([(
            "soc-bootcamp".to_owned(),
            crate::bundle::HireProgram {
                name: "SOC Analyst Bootcamp".into(),
                provider: "A college".into(),
                weeks: 12.0,
                cae: true,
            },
        )]),
        work_roles: vec![],
    }
}

fn route(credential: Option<&str>, degree: Option<Degree>, years: f32) -> Qualifier {
    Qualifier {
        credential: credential.map(str::to_owned),
        degree,
        years,
        ..Qualifier::default()
    }
}

fn skill(id: &str, level: u8, at_hire: bool) -> HireSkill {
    HireSkill {
        skill: id.into(),
        level,
        at_hire,
    }
}

fn role(stage: Stage, routes: Vec<Qualifier>) -> HireRole {
    let mut r = HireRole::blank("Security Analyst", stage);
    r.skills = vec![skill("log-analysis", 2, true), skill("scripting", 1, false)];
    r.routes = routes;
    r
}

fn rules(role: &HireRole) -> Vec<Rule> {
    review(role, &bundle())
        .into_iter()
        .map(|f| f.rule)
        .collect()
}

fn fix_of(role: &HireRole, rule: Rule) -> Fix {
    review(role, &bundle())
        .into_iter()
        .find(|f| f.rule == rule)
        .and_then(|f| f.fix)
        .expect("a finding with a fix")
}

#[test]
fn a_well_formed_role_has_no_findings() {
    let r = role(
        Stage::Entry,
        vec![
            route(Some("security-plus"), None, 0.0),
            route(None, None, 1.0),
        ],
    );
    assert_eq!(rules(&r), vec![]);
}

/// ISC2: CISSP "Candidates must have a minimum of five years cumulative, full-time experience".
/// No entry role in the catalog asks for more than 1 year: CISSP in an entry role is inflation.
#[test]
fn cissp_in_an_entry_role_is_flagged_and_made_preferred() {
    let mut r = role(
        Stage::Entry,
        vec![route(Some("cissp"), None, 1.0), route(None, None, 1.0)],
    );
    let findings = review(&r, &bundle());
    let f = findings.first().expect("a finding");
    assert_eq!(f.rule, Rule::CredentialAboveStage);
    assert!(f.message.contains("CISSP needs 5 years"), "{}", f.message);
    assert!(f.message.contains("entry-level role"), "{}", f.message);
    assert!(f.source_url.starts_with("https://"));
    // The same credential is not reported twice (as needing more years too).
    assert!(
        !findings
            .iter()
            .any(|f| f.rule == Rule::CredentialNeedsMoreYears)
    );
    r.apply(&f.fix.clone().expect("fix"));
    assert_eq!(r.preferred, ["cissp"]);
    assert_eq!(
        r.routes,
        vec![route(None, None, 1.0)],
        "the emptied route merges with the same one"
    );
    assert_eq!(rules(&r), vec![]);
}

/// "CISSP required, 2 years' experience" cannot both hold: ISC2 asks for five years (four with
/// a four-year degree, which "will satisfy one year of the required experience").
#[test]
fn a_credential_asked_with_fewer_years_than_it_needs_is_flagged_with_the_issuers_years() {
    let mut r = role(Stage::Advanced, vec![route(Some("cissp"), None, 2.0)]);
    let f = review(&r, &bundle())
        .into_iter()
        .find(|f| f.rule == Rule::CredentialNeedsMoreYears)
        .expect("finding");
    assert!(
        f.message
            .contains("A candidate with 2 years cannot hold CISSP yet"),
        "{}",
        f.message
    );
    assert_eq!(
        f.source_url, "https://example.org/cissp",
        "cites the issuer's page"
    );
    assert_eq!(
        f.fix,
        Some(Fix::SetYears {
            route: 0,
            years: 5.0
        })
    );
    r.apply(f.fix.as_ref().expect("fix"));
    assert_eq!(r.routes[0].years, 5.0);
    assert!(!rules(&r).contains(&Rule::CredentialNeedsMoreYears));

    // With a bachelor's degree in the route, four years are enough.
    let r = role(
        Stage::Advanced,
        vec![route(Some("cissp"), Some(Degree::Bachelor), 2.0)],
    );
    assert_eq!(
        fix_of(&r, Rule::CredentialNeedsMoreYears),
        Fix::SetYears {
            route: 0,
            years: 4.0
        }
    );
    // Four years and a degree: no finding.
    let r = role(
        Stage::Advanced,
        vec![route(Some("cissp"), Some(Degree::Bachelor), 4.0)],
    );
    assert!(!rules(&r).contains(&Rule::CredentialNeedsMoreYears));
}

/// AHIMA's CHPS: the years scale with the degree (bachelor's 2, high school 6).
#[test]
fn chps_years_scale_with_the_degree_the_route_asks_for() {
    let r = role(
        Stage::Advanced,
        vec![route(Some("chps"), Some(Degree::Bachelor), 2.0)],
    );
    assert!(!rules(&r).contains(&Rule::CredentialNeedsMoreYears));
    let r = role(Stage::Advanced, vec![route(Some("chps"), None, 2.0)]);
    assert_eq!(
        fix_of(&r, Rule::CredentialNeedsMoreYears),
        Fix::SetYears {
            route: 0,
            years: 6.0
        }
    );
}

#[test]
fn years_beyond_every_catalog_role_of_the_stage_are_flagged() {
    let mut r = role(Stage::Entry, vec![route(Some("security-plus"), None, 3.0)]);
    let f = review(&r, &bundle())
        .into_iter()
        .find(|f| f.rule == Rule::YearsAboveStage)
        .expect("finding");
    assert!(f.message.contains("asks for 3 years"), "{}", f.message);
    assert!(f.message.contains("more than 1 year"), "{}", f.message);
    r.apply(f.fix.as_ref().expect("fix"));
    assert_eq!(r.routes[0].years, 1.0);
    // Mid-career: 3 years is what the catalog asks.
    assert!(
        !rules(&role(Stage::Mid, vec![route(None, None, 3.0)])).contains(&Rule::YearsAboveStage)
    );
}

/// Washington OFM: list "at least one other alternative way to meet that qualification";
/// a bachelor's stands for 4 years ("degree + 2 years OR associate + 4 OR 6 years").
#[test]
fn a_degree_as_the_only_route_gets_an_experience_alternative() {
    let mut r = role(Stage::Mid, vec![route(None, Some(Degree::Bachelor), 2.0)]);
    assert_eq!(
        fix_of(&r, Rule::DegreeOnly),
        Fix::AddExperienceRoute { years: 6.0 }
    );
    r.apply(&Fix::AddExperienceRoute { years: 6.0 });
    assert_eq!(r.routes.len(), 2);
    assert!(!rules(&r).contains(&Rule::DegreeOnly));
    // A high school diploma is not a degree requirement.
    assert!(
        !rules(&role(
            Stage::Mid,
            vec![route(None, Some(Degree::HighSchool), 2.0)]
        ))
        .contains(&Rule::DegreeOnly)
    );
    // An associate degree with 2 years stands for 4 years.
    assert_eq!(
        fix_of(
            &role(Stage::Mid, vec![route(None, Some(Degree::Associate), 2.0)]),
            Rule::DegreeOnly
        ),
        Fix::AddExperienceRoute { years: 4.0 }
    );
}

#[test]
fn a_niche_credential_required_is_made_preferred() {
    // HCISPP with 2 years, one in health care, in a mid-career role: its own rules hold.
    let mut r = role(
        Stage::Mid,
        vec![route(Some("hcispp"), None, 2.0), route(None, None, 3.0)],
    );
    r.healthcare_years = 1.0;
    assert_eq!(rules(&r), vec![Rule::NicheRequired]);
    r.apply(&fix_of(&r, Rule::NicheRequired));
    assert_eq!(r.preferred, ["hcispp"]);
    assert_eq!(
        r.routes,
        vec![route(None, None, 2.0), route(None, None, 3.0)]
    );
    assert_eq!(rules(&r), vec![]);
}

/// HCISPP: "one year of the two years … must be in the healthcare industry": a route asking
/// for HCISPP with 2 years but no health-care year cannot lead to it.
#[test]
fn hcispp_without_a_health_care_year_is_flagged() {
    let r = role(Stage::Mid, vec![route(Some("hcispp"), None, 2.0)]);
    assert!(rules(&r).contains(&Rule::CredentialNeedsMoreYears));
    let mut with_hc = r.clone();
    with_hc.healthcare_years = 1.0;
    assert!(!rules(&with_hc).contains(&Rule::CredentialNeedsMoreYears));
}

/// PushButtonPD's 90-day rule: what can be learned within 90 days is taught, not asked.
#[test]
fn more_hard_skills_at_hire_than_the_stage_needs_are_made_learnable() {
    let mut r = role(Stage::Entry, vec![]);
    r.skills = vec![
        skill("log-analysis", 3, true),
        skill("incident-response", 3, true),
        skill("risk-assessment", 4, true),
        skill("scripting", 1, true),
    ];
    let fix = fix_of(&r, Rule::TooManyAtHire);
    assert_eq!(
        fix,
        Fix::MakeLearnable {
            skills: vec!["incident-response".into(), "risk-assessment".into()]
        }
    );
    r.apply(&fix);
    assert_eq!(r.at_hire().count(), 2);
    assert!(!rules(&r).contains(&Rule::TooManyAtHire));
}

#[test]
fn duties_that_do_not_add_up_are_scaled_to_exactly_100() {
    let mut r = role(Stage::Mid, vec![]);
    r.duties = vec![
        Duty {
            text: "Triage alerts".into(),
            percent: 50,
        },
        Duty {
            text: "Tune detections".into(),
            percent: 30,
        },
        Duty {
            text: "Write reports".into(),
            percent: 30,
        },
    ];
    assert_eq!(rules(&r), vec![Rule::DutiesNotWhole]);
    r.apply(&Fix::ScaleDuties);
    assert_eq!(r.duty_percent(), 100);
    assert_eq!(
        r.duties.iter().map(|d| d.percent).collect::<Vec<_>>(),
        [46, 27, 27]
    );
    assert_eq!(rules(&r), vec![]);
}

#[test]
fn a_fix_for_a_route_that_is_gone_changes_nothing() {
    let mut r = role(Stage::Mid, vec![]);
    let before = r.clone();
    r.apply(&Fix::MakePreferred { route: 3 });
    r.apply(&Fix::SetYears {
        route: 9,
        years: 2.0,
    });
    assert_eq!(r, before);
}

#[test]
fn a_catalog_role_becomes_a_hire_role_with_its_routes_and_split_skills() {
    let b = bundle();
    let soc = b.role("soc-analyst").expect("role");
    let r = HireRole::from_catalog("soc-analyst", soc);
    assert_eq!(r.title, "SOC Analyst");
    assert_eq!(r.stage, Stage::Entry);
    assert_eq!(
        r.routes,
        vec![route(Some("cc"), None, 1.0)],
        "the lowest group is the bar"
    );
    assert_eq!(
        r.preferred,
        ["security-plus"],
        "higher groups' credentials are preferred"
    );
    assert_eq!(
        r.skills,
        vec![
            skill("log-analysis", 3, true),
            skill("incident-response", 2, true),
            skill("scripting", 1, false)
        ]
    );
    assert_eq!(r.validate(), Ok(()));
    assert_eq!(
        rules(&r),
        vec![],
        "the catalog's own role passes its own norms"
    );
}

#[test]
fn invalid_roles_are_refused_with_a_reason() {
    let good = role(Stage::Mid, vec![]);
    let mut r = good.clone();
    r.title = " ".into();
    assert_eq!(r.validate(), Err(HireError::Title));
    let mut r = good.clone();
    r.skills.push(skill("log-analysis", 2, false));
    assert_eq!(
        r.validate(),
        Err(HireError::DuplicateSkill("log-analysis".into()))
    );
    let mut r = good.clone();
    r.skills[0].level = 5;
    assert_eq!(r.validate(), Err(HireError::Level(5)));
    let mut r = good.clone();
    r.routes = vec![route(None, None, -1.0)];
    assert_eq!(r.validate(), Err(HireError::Years));
    let mut r = good.clone();
    r.salary = Some(Salary {
        min_usd: 90_000,
        max_usd: 80_000,
    });
    assert_eq!(r.validate(), Err(HireError::Salary));
    let mut r = good.clone();
    r.skills.clear();
    assert_eq!(r.validate(), Err(HireError::NoSkills));
    let mut r = good;
    r.preferred = vec!["../x".into()];
    assert_eq!(r.validate(), Err(HireError::Id));
}

#[test]
fn a_role_travels_as_a_link_and_a_tampered_one_is_refused() {
    let mut r = role(
        Stage::Mid,
        vec![route(Some("cissp"), Some(Degree::Bachelor), 4.0)],
    );
    r.salary = Some(Salary {
        min_usd: 85_000,
        max_usd: 110_000,
    });
    r.arrangement = Some(Arrangement::Hybrid);
    let link = encode_role(&r);
    assert!(link.starts_with("h=1."));
    assert_eq!(
        decode_role(&format!("https://example.org/hire/#{link}")),
        Ok(r.clone())
    );
    assert_eq!(decode_role(&link), Ok(r.clone()));
    assert!(matches!(
        decode_role(&link[..link.len() - 8]),
        Err(ShareError::Damaged(_))
    ));
    assert_eq!(
        decode_role("h=9.abc"),
        Err(ShareError::UnknownVersion("9".into()))
    );
    assert_eq!(decode_role(""), Err(ShareError::Missing));
    // Valid encoding, impossible content.
    let mut bad = r;
    bad.skills[0].level = 9;
    assert!(matches!(
        decode_role(&encode_role(&bad)),
        Err(ShareError::Invalid(_))
    ));
}

fn evidence(level: u8) -> SkillEvidence {
    SkillEvidence {
        self_rating: Some(level),
        answers: vec![Answer {
            item: "x".into(),
            level,
            chosen: 0,
            correct: true,
        }],
        skipped: false,
    }
}

fn candidate(name: &str, role: &HireRole, years: f32, skills: &[(&str, u8)]) -> CandidateResults {
    let mut profile = Profile::default();
    profile.experience.total_years = years;
    for (s, l) in skills {
        profile.skills.insert((*s).into(), evidence(*l));
    }
    CandidateResults {
        name: name.into(),
        role: role.fingerprint(),
        title: role.title.clone(),
        profile,
    }
}

fn today() -> crate::date::Date {
    "2026-12-03".parse().expect("date")
}

#[test]
fn results_links_round_trip_and_refuse_bad_names() {
    let r = role(Stage::Mid, vec![]);
    let c = candidate("Ana", &r, 2.0, &[("log-analysis", 2)]);
    let link = encode_results(&c);
    assert!(link.starts_with("c=1."));
    assert_eq!(decode_results(&link), Ok(c.clone()));
    assert_eq!(
        decode_role(&link),
        Err(ShareError::Missing),
        "a results link is not a role link"
    );
    let mut bad = c;
    bad.name = String::new();
    assert!(matches!(
        decode_results(&encode_results(&bad)),
        Err(ShareError::Invalid(_))
    ));
}

#[test]
fn candidates_are_compared_per_skill_with_gaps_at_hire_apart_from_learnable_ones() {
    let mut r = role(Stage::Mid, vec![route(None, None, 2.0)]);
    r.skills = vec![
        skill("log-analysis", 2, true),
        skill("incident-response", 2, true),
        skill("scripting", 2, false),
    ];
    let people = vec![
        candidate(
            "Ana",
            &r,
            3.0,
            &[
                ("log-analysis", 2),
                ("incident-response", 2),
                ("scripting", 1),
            ],
        ),
        candidate(
            "Ben",
            &r,
            1.0,
            &[
                ("log-analysis", 1),
                ("incident-response", 2),
                ("scripting", 3),
            ],
        ),
        candidate(
            "Cy",
            &r,
            5.0,
            &[("log-analysis", 3), ("incident-response", 1)],
        ),
    ];
    let mut c = compare(&r, &bundle(), &people, today());
    let ana = &c.rows[0];
    assert_eq!(ana.at_hire_gaps, Vec::<String>::new());
    assert_eq!(ana.learnable_gaps, ["scripting"]);
    assert_eq!(ana.when, When::Now { route: Some(0) });
    let ben = &c.rows[1];
    assert_eq!(ben.at_hire_gaps, ["log-analysis"]);
    assert_eq!(
        ben.when,
        When::InYears {
            route: 0,
            years: 1.0
        }
    );
    assert_eq!(
        ben.only_one,
        ["scripting"],
        "only Ben has scripting at target"
    );
    assert_eq!(c.rows[2].at_hire_gaps, ["incident-response"]);
    assert_eq!(
        c.rows[2].cells[2],
        Cell::Level(0.0),
        "not assessed in the same version: level 0"
    );
    c.sort(SortBy::AtHireGaps);
    assert_eq!(c.rows[0].name, "Ana");
    c.sort(SortBy::Name);
    assert_eq!(
        c.rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
        ["Ana", "Ben", "Cy"]
    );
    c.sort(SortBy::Qualification);
    assert_eq!(c.rows[2].name, "Ben", "Ben qualifies last");
}

#[test]
fn a_candidate_of_another_role_version_is_compared_on_the_shared_skills() {
    let old = role(Stage::Mid, vec![]);
    let mut new = old.clone();
    new.skills.push(skill("cloud-security", 2, true));
    let c = compare(
        &new,
        &bundle(),
        &[candidate(
            "Ana",
            &old,
            3.0,
            &[("log-analysis", 2), ("scripting", 1)],
        )],
        today(),
    );
    let row = &c.rows[0];
    assert!(row.other_version);
    assert_eq!(row.cells[2], Cell::NotAssessed);
    assert!(
        row.at_hire_gaps.is_empty(),
        "an unassessed skill is not a gap"
    );
    assert!(
        row.score > 99.0,
        "scored on the shared skills: {}",
        row.score
    );
}

/// CISSP with 3 years: eligible for the exam now (the associate route), the credential when
/// 5 years accrue — 4 with a bachelor's degree.
#[test]
fn qualification_by_a_credential_route_is_dated_by_its_eligibility_rules() {
    let b = bundle();
    let r = role(Stage::Advanced, vec![route(Some("cissp"), None, 5.0)]);
    let mut p = Profile::default();
    p.experience.total_years = 3.0;
    assert_eq!(
        qualification(&r, &b, &p),
        When::InYears {
            route: 0,
            years: 2.0
        }
    );
    p.education.degree = Degree::Bachelor;
    let r4 = role(Stage::Advanced, vec![route(Some("cissp"), None, 4.0)]);
    assert_eq!(
        qualification(&r4, &b, &p),
        When::InYears {
            route: 0,
            years: 1.0
        }
    );
    p.experience.total_years = 5.0;
    assert_eq!(
        qualification(&r, &b, &p),
        When::AfterExam {
            route: 0,
            credential: "cissp".into()
        }
    );
    p.credentials.push(HeldCredential {
        id: "cissp".into(),
        earned: None,
    });
    assert_eq!(qualification(&r, &b, &p), When::Now { route: Some(0) });
    // A degree route the candidate lacks is not met at all.
    let degree = role(Stage::Mid, vec![route(None, Some(Degree::Master), 0.0)]);
    assert_eq!(qualification(&degree, &b, &Profile::default()), When::Not);
}

#[test]
fn the_comparison_exports_as_csv_that_spreadsheets_do_not_execute() {
    let r = role(Stage::Mid, vec![]);
    let people = vec![candidate(
        "=HYPERLINK(\"x\")",
        &r,
        2.0,
        &[("log-analysis", 2)],
    )];
    let csv = compare(&r, &bundle(), &people, today()).csv(&r, &bundle());
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .expect("header")
            .starts_with("Candidate,Fit (0-100),")
    );
    let row = lines.next().expect("row");
    assert!(row.starts_with("\"'=HYPERLINK(\"\"x\"\")\""), "{row}");
    assert!(csv.ends_with("\r\n"));
}

#[test]
fn the_job_description_separates_what_is_needed_at_hire_from_what_is_taught() {
    let b = bundle();
    let mut r = HireRole::from_catalog("soc-analyst", b.role("soc-analyst").expect("role"));
    r.routes.push(route(None, None, 2.0));
    r.preferred = vec!["hcispp".into()];
    r.duties = vec![Duty {
        text: "Triage *alerts*".into(),
        percent: 100,
    }];
    r.salary = Some(Salary {
        min_usd: 60_000,
        max_usd: 75_000,
    });
    let doc = super::document::document(&r, &b);
    let md = doc.markdown();
    assert!(md.starts_with("# SOC Analyst\n\n*Entry level"), "{md}");
    assert!(md.contains("$60,000–$75,000 a year"), "{md}");
    assert!(md.contains("## What you bring"), "{md}");
    assert!(
        md.contains("- log analysis (Proficient, level 3): Does log-analysis at level 3.\n"),
        "{md}"
    );
    assert!(md.contains("## What we will teach you"), "{md}");
    assert!(md.contains("Any one of:\n\n- CC and 1 year of relevant experience\n- 2 years of relevant experience\n"), "{md}");
    assert!(
        md.contains("Triage \\*alerts\\* (100% of the time)"),
        "Markdown is escaped: {md}"
    );
    assert!(md.contains("## Health-sector responsibilities"), "{md}");
    assert!(md.contains("apply anyway"), "{md}");
    let text = doc.plain_text();
    assert!(text.contains("\nWHAT YOU BRING\n"), "{text}");
    assert!(
        text.contains("• Triage *alerts* (100% of the time)"),
        "{text}"
    );
}

#[test]
fn a_candidates_results_carry_only_the_roles_skills_and_their_background() {
    let r = role(Stage::Mid, vec![]);
    let mut p = Profile::default();
    p.experience.total_years = 4.0;
    p.targets = vec!["ciso".into()];
    p.skills.insert("log-analysis".into(), evidence(2));
    p.skills.insert("malware-analysis".into(), evidence(3));
    let (from_link, fingerprint) =
        super::link::decode_role_link(&format!("https://x.org/assess/#{}", encode_role(&r)))
            .expect("link");
    assert_eq!(from_link, r);
    assert_eq!(
        fingerprint,
        r.fingerprint(),
        "the link's fingerprint is the role's"
    );
    let c = CandidateResults::of(&r, &fingerprint, "  Ana Lima ", &p);
    assert_eq!(c.name, "Ana Lima");
    assert_eq!(c.role, r.fingerprint());
    assert_eq!(
        c.profile.skills.keys().collect::<Vec<_>>(),
        ["log-analysis"]
    );
    assert!(
        c.profile.targets.is_empty(),
        "the roles they looked at stay private"
    );
    assert_eq!(c.profile.experience.total_years, 4.0);
    assert_eq!(decode_results(&encode_results(&c)), Ok(c));
}

#[test]
fn a_hire_role_is_assessed_on_the_skills_the_catalog_has_and_names_the_others() {
    let r = role(Stage::Mid, vec![]);
    let skill = |id: &str| crate::bundle::AssessSkill {
        id: id.into(),
        name: id.into(),
        summary: String::new(),
        levels: vec![],
        items: vec![],
        programs: vec![],
        credentials: vec![],
    };
    let (bundle, missing) = r.assess_bundle(&r.fingerprint(), vec![skill("scripting")], today());
    assert_eq!(missing, ["log-analysis"]);
    assert_eq!(bundle.skills.len(), 1);
    assert_eq!(bundle.role.skills.len(), 1);
    assert_eq!(bundle.id, format!("hire-{}", r.fingerprint()));
    assert!(crate::site::is_valid_id(&bundle.id));
}

#[test]
fn the_hiring_data_round_trips_through_its_binary_form() {
    let b = bundle();
    let bytes = crate::bundle::to_binary(&b).expect("encode");
    assert_eq!(
        crate::bundle::from_binary::<HireBundle>(&bytes).expect("decode"),
        b
    );
    // A damaged file is an error, not a panic or a half-read catalog.
    assert!(crate::bundle::from_binary::<HireBundle>(&bytes[..bytes.len() / 2]).is_err());
}

#[test]
fn cae_degree_and_program_routes_are_met_now_or_after_the_program() {
    let b = bundle();
    let cae = Qualifier {
        degree: Some(Degree::Bachelor),
        cae: true,
        ..Qualifier::default()
    };
    let program = Qualifier {
        program: Some("soc-bootcamp".into()),
        years: 0.0,
        ..Qualifier::default()
    };
    let r = role(Stage::Entry, vec![cae.clone(), program.clone()]);
    assert_eq!(r.validate(), Ok(()));
    let mut p = Profile::default();
    p.education.degree = Degree::Bachelor;
    assert_eq!(
        qualification(&r, &b, &p),
        When::AfterProgram {
            route: 1,
            program: "soc-bootcamp".into(),
            weeks: 12.0
        },
        "a bachelor's from elsewhere does not meet the CAE route"
    );
    p.education.cae = true;
    assert_eq!(qualification(&r, &b, &p), When::Now { route: Some(0) });
    // A program route asking for years as well waits for the years when they take longer.
    let slow = role(
        Stage::Entry,
        vec![Qualifier {
            years: 2.0,
            ..program.clone()
        }],
    );
    assert_eq!(
        qualification(&slow, &b, &Profile::default()),
        When::InYears {
            route: 0,
            years: 2.0
        }
    );
    // A program the catalog no longer has is no route.
    let gone = role(
        Stage::Entry,
        vec![Qualifier {
            program: Some("retired-course".into()),
            ..Qualifier::default()
        }],
    );
    assert_eq!(qualification(&gone, &b, &Profile::default()), When::Not);
    assert_eq!(
        document::route_words(&cae, &b),
        "A bachelor's degree from an NSA CAE-designated institution"
    );
    assert_eq!(
        document::route_words(&program, &b),
        "Completion of SOC Analyst Bootcamp"
    );
    let words = compare::when_words(&qualification(&r, &b, &Profile::default()), &r, &b);
    assert_eq!(
        words,
        "After SOC Analyst Bootcamp (12 weeks), unless already completed: Completion of SOC Analyst Bootcamp"
    );
    // The assessment and the planner see the program and the CAE degree as options.
    let seen = r.to_role(crate::date::Date::new(2026, 12, 3).expect("date"));
    let group = seen.qualifications.first().expect("a group");
    assert_eq!(group.programs, ["soc-bootcamp"]);
    assert!(group.education.first().is_some_and(|e| e.cae));
}

#[test]
fn a_catalog_roles_cae_degrees_and_programs_become_routes() {
    let mut soc = b_role("soc-analyst");
    let group = soc.qualifications.first_mut().expect("group");
    group.education = vec![crate::model::EducationOption {
        degree: Degree::Associate,
        field: String::new(),
        cae: true,
    }];
    group.programs = vec!["soc-bootcamp".into()];
    soc.nice_work_roles = vec!["PD-WRL-001".into()];
    let r = HireRole::from_catalog("soc-analyst", &soc);
    assert_eq!(r.work_role.as_deref(), Some("PD-WRL-001"));
    assert!(r.routes.contains(&Qualifier {
        degree: Some(Degree::Associate),
        cae: true,
        years: 1.0,
        ..Qualifier::default()
    }));
    assert!(r.routes.contains(&Qualifier {
        program: Some("soc-bootcamp".into()),
        years: 1.0,
        ..Qualifier::default()
    }));
    assert_eq!(r.validate(), Ok(()));
}

fn b_role(id: &str) -> Role {
    bundle().role(id).cloned().expect("role")
}

/// Each skill with the NICE statements it covers.
type SkillStatements = Vec<(Id, Vec<String>)>;

fn work_role_catalog() -> (Vec<String>, BTreeMap<String, String>, SkillStatements) {
    let tks = [
        "T0001", "K0001", "K0002", "S0001", "S0002", "S0003", "K0009", "T0002",
    ]
    .map(str::to_owned)
    .to_vec();
    let texts = BTreeMap::from([
        ("T0001".to_owned(), "Triage alerts".to_owned()),
        ("T0002".to_owned(), "Write incident reports".to_owned()),
        ("K0001".to_owned(), "Knowledge of logs".to_owned()),
    ]);
    let skills = vec![
        // Shares four statements: suggested at hire.
        (
            "log-analysis".to_owned(),
            ["K0001", "K0002", "S0001", "S0002"]
                .map(str::to_owned)
                .to_vec(),
        ),
        // Shares two: suggested, learnable.
        (
            "threat-modeling".to_owned(),
            ["S0003", "K0009"].map(str::to_owned).to_vec(),
        ),
        // Shares one: incidental, left out.
        (
            "cloud-security".to_owned(),
            ["K0009", "K7777"].map(str::to_owned).to_vec(),
        ),
        // Shares none.
        ("scripting".to_owned(), vec!["K8888".to_owned()]),
    ];
    (tks, texts, skills)
}

#[test]
fn a_nice_work_role_suggests_the_skills_that_share_its_statements() {
    use super::work_role::{DEFAULT_LEVEL, Framework, HireWorkRole};
    let (tks, texts, skills) = work_role_catalog();
    let w = HireWorkRole::suggest(
        "PD-WRL-001",
        "Defensive Cybersecurity",
        "Monitors and analyzes.",
        &tks,
        &Framework {
            version: "2.1.0",
            texts: &texts,
            skills: &skills,
            roles: &[],
        },
    );
    assert_eq!(
        w.tasks.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
        ["Triage alerts", "Write incident reports"],
        "task statements only, in NICE's order"
    );
    assert_eq!(
        w.skills,
        vec![
            skill("log-analysis", DEFAULT_LEVEL, true),
            skill("threat-modeling", DEFAULT_LEVEL, false)
        ]
    );
    assert_eq!(w.stage, Stage::Mid, "no mapped catalog role: mid-career");
    let r = HireRole::from_work_role(&w);
    assert_eq!(r.title, "Defensive Cybersecurity");
    assert_eq!(r.work_role.as_deref(), Some("PD-WRL-001"));
    assert!(r.duties.is_empty(), "the manager picks the duties");
    assert_eq!(r.validate(), Ok(()));
}

#[test]
fn a_mapped_catalog_roles_levels_and_stage_win_over_the_defaults() {
    use super::work_role::{Framework, HireWorkRole};
    let (tks, texts, skills) = work_role_catalog();
    let mut soc = b_role("soc-analyst");
    soc.nice_work_roles = vec!["PD-WRL-001".into()];
    let roles = vec![("soc-analyst".to_owned(), soc)];
    let w = HireWorkRole::suggest(
        "PD-WRL-001",
        "Defensive Cybersecurity",
        "",
        &tks,
        &Framework {
            version: "2.1.0",
            texts: &texts,
            skills: &skills,
            roles: &roles,
        },
    );
    assert_eq!(w.catalog_roles, ["soc-analyst"]);
    assert_eq!(w.stage, Stage::Entry);
    // The mapped role's skills come first at its levels (scripting shares no statement but
    // the role has it), then the others by shared statements.
    assert_eq!(
        w.skills,
        vec![
            skill("log-analysis", 3, true),
            skill("scripting", 1, false),
            skill("threat-modeling", 2, false)
        ]
    );
}

#[test]
fn a_work_role_id_must_be_well_formed() {
    use super::work_role::is_work_role_id;
    assert!(is_work_role_id("PD-WRL-001"));
    for bad in [
        "pd-wrl-001",
        "PD-WRL-01",
        "PD-WRL-0011",
        "PDX-WRL-01",
        "",
        "PD-XRL-001",
    ] {
        assert!(!is_work_role_id(bad), "{bad}");
    }
    let mut r = role(Stage::Mid, vec![]);
    r.work_role = Some("<script>".into());
    assert_eq!(r.validate(), Err(HireError::Id));
}

#[test]
fn a_candidates_learnable_gaps_are_planned_and_gaps_at_hire_are_not() {
    use super::learning::{LearningPlanner, learning_words};
    use crate::planner::Catalog;
    let mut course = fixtures::program("Scripting for Analysts");
    course.skills = vec![target("scripting", 2, true)];
    course.cost_usd = 300.0;
    course.duration_weeks = 4.0;
    course.hours_per_week = 4.0;
    let mut log_course = fixtures::program("Log Analysis Deep Dive");
    log_course.skills = vec![target("log-analysis", 3, true)];
    let programs = vec![
        ("scripting-course".to_owned(), course),
        ("log-course".to_owned(), log_course),
    ];
    let (credentials, skill_names) = (BTreeMap::new(), BTreeMap::new());
    let catalog = Catalog {
        credentials: &credentials,
        programs: &programs,
        skill_names: &skill_names,
    };
    let mut r = role(Stage::Entry, vec![]);
    r.skills = vec![
        skill("log-analysis", 3, true),
        skill("scripting", 2, false),
        skill("threat-modeling", 1, false),
    ];
    let today = crate::date::Date::new(2026, 12, 3).expect("date");
    let planner = LearningPlanner::new(&r, &catalog, today);
    let l = planner.plan(&Profile::default()).expect("gaps to plan");
    assert_eq!(
        l.programs,
        ["Scripting for Analysts"],
        "the log course closes a gap needed at hire: not planned"
    );
    assert_eq!(l.cost_usd, 300.0);
    assert_eq!(l.weeks, 4.0);
    assert_eq!(l.open.len(), 1, "no program builds threat modeling");
    assert!(
        l.open
            .first()
            .is_some_and(|o| o.contains("threat-modeling"))
    );
    assert_eq!(
        learning_words(&l),
        "About 4 weeks and $300 at 8 hours a week: Scripting for Analysts; not closed by a catalog program: threat-modeling (level 0 of 1)"
    );
    // A candidate at target on every learnable skill has nothing to plan.
    let mut p = Profile::default();
    for (s, level) in [("scripting", 2), ("threat-modeling", 1)] {
        p.skills.insert(
            s.into(),
            SkillEvidence {
                self_rating: Some(level),
                answers: vec![],
                skipped: false,
            },
        );
    }
    assert_eq!(planner.plan(&p), None);
    // The comparison carries the plan per candidate, and the CSV exports it.
    let candidates = vec![
        candidate("Ana", &r, 1.0, &[("log-analysis", 3)]),
        candidate("Ben", &r, 1.0, &[("scripting", 2), ("threat-modeling", 1)]),
    ];
    let mut c = compare(&r, &bundle(), &candidates, today);
    c.plan_learning(&planner, &candidates);
    let ana = c.rows.first().and_then(|row| row.learning.as_ref());
    assert_eq!(ana.map(|l| l.cost_usd), Some(300.0));
    assert_eq!(c.rows.get(1).map(|row| row.learning.is_none()), Some(true));
    let csv = c.csv(&r, &bundle());
    assert!(
        csv.lines()
            .next()
            .is_some_and(|h| h.contains("To close the learnable gaps"))
    );
    assert!(csv.contains("About 4 weeks and $300 at 8 hours a week: Scripting for Analysts"));
}
