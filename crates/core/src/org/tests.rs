use std::collections::BTreeMap;

use super::plan::{Route, Status, plan};
use super::*;
use crate::bundle::PlannerBundle;
use crate::fixtures;
use crate::model::{Designation, Modality, OrgRole, Role, Sourcing};

fn d(s: &str) -> Date {
    s.parse().expect("date")
}

fn practice(id: &str, number: u8, subs: &[(&str, OrgSize)]) -> OrgPractice {
    OrgPractice {
        id: id.into(),
        number,
        title: format!("Practice {number}"),
        summary: String::new(),
        threats: vec![],
        sub_practices: subs
            .iter()
            .map(|(s, size)| SubPractice {
                id: (*s).into(),
                title: format!("Sub-practice {s}"),
                size: *size,
            })
            .collect(),
    }
}

fn role(title: &str, practices: &[&str], skill: &str) -> Role {
    let mut r = fixtures::role(title);
    r.hicp_practices = practices.iter().map(|p| (*p).into()).collect();
    r.skills = vec![fixtures::target(skill, 2, true)];
    r
}

fn org_role(role: &str, fte: f32, sourcing: Sourcing, essential: bool) -> OrgRole {
    OrgRole {
        role: role.into(),
        fte,
        essential,
        sourcing,
        why: format!("{role} is needed"),
    }
}

fn profile(title: &str, org_type: OrgType, size: OrgSize, roles: Vec<OrgRole>) -> OrgProfile {
    OrgProfile {
        title: title.into(),
        org_type,
        size,
        summary: String::new(),
        staff: String::new(),
        roles,
        priority_practices: vec![],
        awareness_programs: vec!["free-awareness".into()],
        sources: vec![],
        verified: fixtures::verified(),
    }
}

fn institution(name: &str, state: &str) -> Institution {
    Institution {
        id: crate::site::slug(name),
        name: name.into(),
        city: None,
        state: Some(state.into()),
        designations: vec![Designation::CaeCd],
    }
}

/// Three practices (email with medium and large sub-practices, policies, security
/// operations), five threats, three goals, providers of every size and a payer.
fn bundle() -> OrgBundle {
    let threats = [
        "social-engineering",
        "ransomware",
        "equipment-data-loss",
        "insider-data-loss",
        "medical-device-attacks",
    ];
    let mut course = fixtures::program("Security basics course");
    course.skills = vec![fixtures::target("security-basics", 2, true)];
    course.cost_usd = 300.0;
    let mut pricey = fixtures::program("Expensive bootcamp");
    pricey.skills = vec![fixtures::target("monitoring", 2, true)];
    pricey.cost_usd = 9_000.0;
    let mut awareness = fixtures::program("Free awareness training");
    awareness.url = "https://405d.hhs.gov/".into();
    let mut in_person = fixtures::program("Ohio evening class");
    in_person.modality = Modality::InPerson;
    in_person.state = Some("OH".into());
    in_person.skills = vec![fixtures::target("security-basics", 2, true)];
    in_person.cost_usd = 100.0;
    OrgBundle {
        practices: vec![
            practice(
                "email-protection",
                1,
                &[
                    ("1.M.A", OrgSize::Medium),
                    ("1.M.B", OrgSize::Medium),
                    ("1.L.A", OrgSize::Large),
                ],
            ),
            practice("security-operations", 8, &[("8.M.A", OrgSize::Medium)]),
            practice("cybersecurity-policies", 10, &[]),
        ],
        threats: threats
            .iter()
            .enumerate()
            .map(|(i, t)| OrgThreat {
                id: (*t).into(),
                number: i as u8 + 1,
                title: format!("Threat {}", i + 1),
                summary: format!("Summary of {t}"),
                key_messages: if i == 0 {
                    vec!["Stop, look, report.".into()]
                } else {
                    vec![]
                },
            })
            .collect(),
        goals: vec![
            OrgGoal {
                id: "email-security".into(),
                title: "Email security".into(),
                tier: GoalTier::Essential,
                practices: vec!["email-protection".into()],
            },
            OrgGoal {
                id: "basic-training".into(),
                title: "Basic cybersecurity training".into(),
                tier: GoalTier::Essential,
                practices: vec!["email-protection".into()],
            },
            OrgGoal {
                id: "log-collection".into(),
                title: "Centralized log collection".into(),
                tier: GoalTier::Enhanced,
                practices: vec!["security-operations".into()],
            },
        ],
        profiles: vec![
            (
                "provider-small".into(),
                profile(
                    "Small practice",
                    OrgType::Provider,
                    OrgSize::Small,
                    vec![
                        org_role("hipaa-security-officer", 0.2, Sourcing::Shared, true),
                        org_role("system-administrator", 0.3, Sourcing::Outsource, true),
                        org_role("security-awareness-lead", 0.1, Sourcing::Shared, true),
                        org_role("soc-analyst", 0.1, Sourcing::Outsource, false),
                    ],
                ),
            ),
            (
                "provider-medium".into(),
                profile(
                    "Community hospital",
                    OrgType::Provider,
                    OrgSize::Medium,
                    vec![
                        org_role("hipaa-security-officer", 1.0, Sourcing::Upskill, true),
                        org_role("system-administrator", 2.0, Sourcing::Upskill, true),
                        org_role("endpoint-admin", 2.0, Sourcing::Upskill, true),
                        org_role("iam-analyst", 1.0, Sourcing::Upskill, true),
                        org_role("soc-analyst", 2.0, Sourcing::Outsource, true),
                        org_role("security-awareness-lead", 0.3, Sourcing::Shared, true),
                    ],
                ),
            ),
            (
                "provider-large".into(),
                profile(
                    "Health system",
                    OrgType::Provider,
                    OrgSize::Large,
                    vec![
                        org_role("ciso", 1.0, Sourcing::Hire, true),
                        org_role("hipaa-security-officer", 1.0, Sourcing::Hire, true),
                        org_role("soc-analyst", 8.0, Sourcing::Hire, true),
                        org_role("threat-intelligence-analyst", 1.0, Sourcing::Hire, false),
                        org_role("security-awareness-lead", 1.0, Sourcing::Hire, true),
                    ],
                ),
            ),
            (
                "payer".into(),
                profile(
                    "Health plan",
                    OrgType::Payer,
                    OrgSize::Medium,
                    vec![org_role("soc-analyst", 3.0, Sourcing::Hire, true)],
                ),
            ),
        ],
        institutions: vec![
            institution("Ohio State", "OH"),
            institution("Akron Tech", "OH"),
            institution("Penn College", "PA"),
            institution("Michigan Tech", "MI"),
            institution("Texas A&M", "TX"),
        ],
        planner: PlannerBundle {
            roles: vec![
                (
                    "hipaa-security-officer".into(),
                    role(
                        "HIPAA security officer",
                        &["cybersecurity-policies"],
                        "security-basics",
                    ),
                ),
                ("system-administrator".into(), {
                    let mut r = role(
                        "System administrator",
                        &["email-protection"],
                        "security-basics",
                    );
                    r.family = crate::model::Family::Feeder;
                    r
                }),
                (
                    "endpoint-admin".into(),
                    role(
                        "Endpoint administrator",
                        &["email-protection"],
                        "security-basics",
                    ),
                ),
                (
                    "iam-analyst".into(),
                    role("IAM analyst", &["email-protection"], "security-basics"),
                ),
                (
                    "soc-analyst".into(),
                    role("SOC analyst", &["security-operations"], "monitoring"),
                ),
                (
                    "threat-intelligence-analyst".into(),
                    role(
                        "Threat intelligence analyst",
                        &["security-operations"],
                        "monitoring",
                    ),
                ),
                (
                    "security-awareness-lead".into(),
                    role(
                        "Security awareness lead",
                        &["email-protection"],
                        "security-basics",
                    ),
                ),
                (
                    "ciso".into(),
                    role("CISO", &["cybersecurity-policies"], "security-basics"),
                ),
                (
                    "privacy-officer".into(),
                    role(
                        "Privacy officer",
                        &["cybersecurity-policies"],
                        "security-basics",
                    ),
                ),
            ],
            credentials: BTreeMap::new(),
            programs: vec![
                ("security-basics-course".into(), course),
                ("expensive-bootcamp".into(), pricey),
                ("free-awareness".into(), awareness),
                ("ohio-evening-class".into(), in_person),
            ],
            skill_names: BTreeMap::from([
                ("security-basics".into(), "Security basics".into()),
                ("monitoring".into(), "Monitoring".into()),
            ]),
        },
        support: vec![
            (
                "scanning".into(),
                support("Free scanning", true, vec![], vec![], false),
            ),
            (
                "rural-discounts".into(),
                support(
                    "Rural discounts",
                    false,
                    vec![OrgType::Provider],
                    vec![],
                    true,
                ),
            ),
            (
                "small-tool".into(),
                support(
                    "Risk tool",
                    true,
                    vec![],
                    vec![OrgSize::Small, OrgSize::Medium],
                    false,
                ),
            ),
        ],
        built: fixtures::verified(),
    }
}

fn support(
    title: &str,
    free: bool,
    org_types: Vec<OrgType>,
    org_sizes: Vec<OrgSize>,
    rural_only: bool,
) -> crate::model::Support {
    crate::model::Support {
        title: title.into(),
        provider: "Provider".into(),
        kind: crate::model::SupportKind::Service,
        summary: String::new(),
        eligibility: String::new(),
        org_types,
        org_sizes,
        rural_only,
        cost: if free {
            "Free.".into()
        } else {
            "Discounted.".into()
        },
        free,
        url: "https://example.org/".into(),
        status: String::new(),
        unverified: vec![],
        sources: vec![],
        verified: fixtures::verified(),
    }
}

fn clinic() -> OrgInput {
    let mut i = OrgInput::new(OrgType::Provider, OrgSize::Small, d("2027-01-04"));
    i.name = "Three-physician clinic".into();
    i.staff_total = 12;
    i.staff_it = 0;
    i.staff_security = 0;
    i.budget_usd = 25_000.0;
    i.state = Some("OH".into());
    i
}

fn hospital_system() -> OrgInput {
    let mut i = OrgInput::new(OrgType::Provider, OrgSize::Large, d("2027-01-04"));
    i.staff_total = 20_000;
    i.staff_it = 300;
    i.staff_security = 4;
    i.budget_usd = 5_000_000.0;
    i.state = Some("PA".into());
    i
}

fn need<'a>(p: &'a plan::OrgPlan, role: &str) -> &'a plan::RoleNeed {
    p.roles
        .iter()
        .find(|r| r.role == role)
        .unwrap_or_else(|| panic!("{role} not in the plan"))
}

#[test]
fn a_small_clinic_grows_its_security_official_and_outsources_the_technical_work() {
    let b = bundle();
    let p = plan(&clinic(), &b).expect("plan");
    assert_eq!(p.profile, "provider-small");
    let official = need(&p, "hipaa-security-officer");
    assert_eq!(official.route, Route::Upskill, "{}", official.decision);
    assert!(official.decision.contains("§164.308(a)(2)"));
    assert_eq!(need(&p, "system-administrator").route, Route::Outsource);
    assert_eq!(need(&p, "soc-analyst").route, Route::Outsource);
    assert_eq!(p.on(Route::Hire).count(), 0, "a small clinic hires no one");
    // No provider yet: a new contract, priced from the (estimated) monthly figure.
    let service = p
        .budget
        .lines
        .iter()
        .find(|l| l.label.starts_with("Managed security service"))
        .expect("a service line");
    assert_eq!(service.cost_usd, 1_500.0 * 12.0);
    assert!(service.estimate);
    assert!(
        p.timeline
            .iter()
            .any(|m| m.title == "Choose a managed security provider")
    );
    assert!(
        p.timeline
            .iter()
            .any(|m| m.title == "Name the HIPAA security officer in writing")
    );
}

#[test]
fn an_existing_managed_provider_covers_the_outsourced_work_at_no_new_cost() {
    let b = bundle();
    let mut input = clinic();
    input.managed_provider = true;
    let p = plan(&input, &b).expect("plan");
    assert_eq!(need(&p, "soc-analyst").route, Route::Outsource);
    assert!(
        need(&p, "soc-analyst")
            .decision
            .contains("Your managed provider")
    );
    let line = p
        .budget
        .lines
        .iter()
        .find(|l| l.label.starts_with("Managed provider"))
        .expect("line");
    assert_eq!(line.cost_usd, 0.0);
    assert!(
        !p.timeline
            .iter()
            .any(|m| m.title == "Choose a managed security provider")
    );
}

#[test]
fn a_critical_access_hospital_is_planned_as_medium_and_told_why() {
    let b = bundle();
    let mut input = clinic();
    input.critical_access = true;
    input.staff_total = 180;
    input.staff_it = 4;
    let p = plan(&input, &b).expect("plan");
    assert_eq!(p.size, OrgSize::Medium);
    assert_eq!(p.profile, "provider-medium");
    assert!(p.notes.iter().any(|n| n.contains("critical access")));
    // Medium sub-practices are what it is measured against.
    let email = p
        .practices
        .iter()
        .find(|x| x.id == "email-protection")
        .expect("email");
    assert_eq!(email.sub_missing.len(), 2);
    // Administration is work its IT staff already do; endpoint security is grown from them,
    // with a training plan.
    assert_eq!(need(&p, "system-administrator").route, Route::ItStaff);
    let admins = need(&p, "endpoint-admin");
    assert_eq!(admins.route, Route::Upskill);
    let up = admins.upskill.as_ref().expect("upskilling");
    assert_eq!(up.people, 2);
    assert_eq!(
        admins.cost_usd, 200.0,
        "two people on the $100 Ohio class, the cheapest that fits (in the state)"
    );
}

#[test]
fn a_large_system_hires_fills_from_its_own_staff_and_outsources_monitoring_to_its_provider() {
    let b = bundle();
    let p = plan(&hospital_system(), &b).expect("plan");
    // Four security staff go to the officials and essential roles first.
    assert_eq!(need(&p, "hipaa-security-officer").route, Route::Assign);
    assert_eq!(need(&p, "ciso").route, Route::Assign);
    // The profile lacks a privacy official; HIPAA requires one of a provider, so it is added
    // (0.2) and filled before the other roles.
    assert_eq!(need(&p, "privacy-officer").route, Route::Assign);
    let soc = need(&p, "soc-analyst");
    assert_eq!(soc.route, Route::Hire);
    assert!(
        (soc.existing_fte - 1.8).abs() < 1e-4,
        "{}",
        soc.existing_fte
    );
    assert!((soc.cost_usd - 6.2 * DEFAULT_SALARY_USD * 0.75).abs() < 1.0);
    assert!(
        p.timeline
            .iter()
            .any(|m| m.title == "SOC analyst in post (estimate)")
    );

    let mut with_provider = hospital_system();
    with_provider.managed_provider = true;
    let p2 = plan(&with_provider, &b).expect("plan");
    assert_eq!(need(&p2, "soc-analyst").route, Route::Outsource);
    assert_eq!(
        need(&p2, "threat-intelligence-analyst").route,
        Route::Outsource
    );
    assert!(p2.budget.total_usd < p.budget.total_usd);
}

#[test]
fn each_it_staff_member_grows_into_one_role_and_the_rest_are_hired_or_shared() {
    let b = bundle();
    let mut input = clinic();
    input.size = OrgSize::Medium;
    input.staff_total = 200;
    input.staff_it = 2;
    input.budget_usd = 1_000_000.0;
    let p = plan(&input, &b).expect("plan");
    let endpoint = need(&p, "endpoint-admin");
    assert_eq!(endpoint.route, Route::Upskill);
    assert_eq!(endpoint.upskill.as_ref().map(|u| u.people), Some(2));
    // Both IT staff are taken: the next full position is hired, a part-time one shared.
    let iam = need(&p, "iam-analyst");
    assert_eq!(iam.route, Route::Hire, "{}", iam.decision);
    assert!(iam.decision.contains("all growing into other roles"));
    let lead = need(&p, "security-awareness-lead");
    assert_eq!(lead.route, Route::Upskill);
    assert!(
        lead.decision.contains("add it to the job"),
        "{}",
        lead.decision
    );
    // The official comes from management, not from the IT staff.
    assert_eq!(need(&p, "hipaa-security-officer").route, Route::Upskill);
    // With no IT staff, administration is bought in or hired, never given to IT staff.
    input.staff_it = 0;
    let p = plan(&input, &b).expect("plan");
    assert_ne!(need(&p, "system-administrator").route, Route::ItStaff);
}

#[test]
fn a_training_allowance_bounds_each_persons_first_year() {
    let b = bundle();
    let mut input = clinic();
    input.size = OrgSize::Medium;
    input.staff_total = 200;
    input.staff_it = 6;
    input.state = Some("TX".into());
    input.costs.training_per_person_usd = 50.0;
    let p = plan(&input, &b).expect("plan");
    let endpoint = need(&p, "endpoint-admin");
    assert_eq!(
        endpoint.cost_usd, 0.0,
        "the $300 course is over a $50 allowance"
    );
    assert!(
        endpoint
            .upskill
            .as_ref()
            .and_then(|u| u.no_plan.as_deref())
            .is_some_and(|t| t.contains("$50 training allowance")),
        "{:?}",
        endpoint.upskill
    );
    input.costs.training_per_person_usd = f32::INFINITY;
    assert!(
        plan(&input, &b)
            .expect_err("bad allowance")
            .iter()
            .any(|p| p.field == Field::Training)
    );
}

#[test]
fn the_navigator_lists_the_help_that_applies_free_first() {
    let b = bundle();
    let ids = |p: &plan::OrgPlan| {
        p.support
            .iter()
            .map(|(id, _)| id.clone())
            .collect::<Vec<_>>()
    };
    let p = plan(&clinic(), &b).expect("plan");
    assert_eq!(
        ids(&p),
        ["scanning", "small-tool"],
        "not rural: no rural discounts"
    );
    let mut rural = clinic();
    rural.rural = true;
    assert_eq!(
        ids(&plan(&rural, &b).expect("plan")),
        ["scanning", "small-tool", "rural-discounts"]
    );
    // A critical access hospital is rural whatever the box says, and medium.
    let mut cah = clinic();
    cah.critical_access = true;
    assert_eq!(
        ids(&plan(&cah, &b).expect("plan")),
        ["scanning", "small-tool", "rural-discounts"]
    );
    let p = plan(&hospital_system(), &b).expect("plan");
    assert_eq!(
        ids(&p),
        ["scanning"],
        "a large system: no small-practice tool"
    );
}

#[test]
fn over_budget_defers_non_essential_hires_first_and_never_essential_ones() {
    let b = bundle();
    let mut input = hospital_system();
    input.staff_security = 0;
    input.budget_usd = 100_000.0;
    let p = plan(&input, &b).expect("plan");
    assert_eq!(
        need(&p, "threat-intelligence-analyst").route,
        Route::Deferred
    );
    assert_eq!(
        need(&p, "soc-analyst").route,
        Route::Hire,
        "essential: kept"
    );
    assert!(p.budget.remaining_usd() < 0.0);
    assert!(p.notes.iter().any(|n| n.contains("more than the budget")));

    let mut rich = hospital_system();
    rich.budget_usd = 50_000_000.0;
    let p = plan(&rich, &b).expect("plan");
    assert_eq!(p.on(Route::Deferred).count(), 0);
    assert!(p.budget.remaining_usd() >= 0.0);
}

#[test]
fn practices_in_place_need_no_new_roles() {
    let b = bundle();
    let mut input = clinic();
    input.practices = vec![
        "email-protection".into(),
        "security-operations".into(),
        "cybersecurity-policies".into(),
    ];
    let p = plan(&input, &b).expect("plan");
    assert!(p.roles.iter().all(|r| r.route == Route::Keep));
    assert!(
        need(&p, "hipaa-security-officer")
            .decision
            .contains("named")
    );
    assert_eq!(p.gaps().count(), 0);
}

#[test]
fn sub_practices_decide_whether_a_practice_is_in_place_for_the_size() {
    let b = bundle();
    let mut input = hospital_system();
    input.sub_practices = vec!["1.M.A".into(), "1.M.B".into()];
    let p = plan(&input, &b).expect("plan");
    let email = p
        .practices
        .iter()
        .find(|x| x.id == "email-protection")
        .expect("email");
    assert_eq!(email.status, Status::Partial, "large also needs 1.L.A");
    input.sub_practices.push("1.L.A".into());
    let p = plan(&input, &b).expect("plan");
    let email = p
        .practices
        .iter()
        .find(|x| x.id == "email-protection")
        .expect("email");
    assert_eq!(email.status, Status::InPlace);
    // For a medium organization the two medium ones are enough.
    let mut medium = input.clone();
    medium.size = OrgSize::Medium;
    medium.sub_practices = vec!["1.M.A".into(), "1.M.B".into()];
    let p = plan(&medium, &b).expect("plan");
    assert_eq!(
        p.practices
            .iter()
            .find(|x| x.id == "email-protection")
            .map(|x| x.status),
        Some(Status::InPlace)
    );
}

#[test]
fn goals_are_counted_by_tier() {
    let b = bundle();
    let mut input = clinic();
    input.goals = vec!["email-security".into(), "log-collection".into()];
    let p = plan(&input, &b).expect("plan");
    assert_eq!((p.goals.essential_met, p.goals.essential_total), (1, 2));
    assert_eq!((p.goals.enhanced_met, p.goals.enhanced_total), (1, 1));
    assert_eq!(p.goals.missing.len(), 1);
    assert_eq!(
        p.goals.missing.first().map(|g| g.id.as_str()),
        Some("basic-training")
    );
}

#[test]
fn bad_input_is_reported_by_field_and_nothing_is_dropped_silently() {
    let b = bundle();
    let mut input = clinic();
    input.staff_total = 0;
    input.staff_it = 3;
    input.budget_usd = f32::NAN;
    input.state = Some("ZZ".into());
    input.practices = vec!["email-protection".into(), "retired-practice".into()];
    input.costs.study_hours_per_week = 0.0;
    let problems = plan(&input, &b).expect_err("problems");
    let fields: Vec<Field> = problems.iter().map(|p| p.field).collect();
    for f in [
        Field::StaffTotal,
        Field::StaffIt,
        Field::Budget,
        Field::State,
        Field::InPlace,
        Field::StudyHours,
    ] {
        assert!(fields.contains(&f), "{f:?} not reported: {problems:?}");
    }
    let unknown = problems
        .iter()
        .find(|p| p.field == Field::InPlace)
        .expect("in place");
    assert!(
        unknown.message.contains("`retired-practice`"),
        "{}",
        unknown.message
    );
    let cleaned = input.without_unknown(&b);
    assert_eq!(cleaned.practices, vec!["email-protection".to_owned()]);
}

#[test]
fn the_pipeline_looks_in_the_state_then_next_door_and_lists_low_cost_programs() {
    let b = bundle();
    let p = plan(&clinic(), &b).expect("plan");
    let names: Vec<&str> = p
        .pipeline
        .in_state
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(names, ["Akron Tech", "Ohio State"]);
    let nearby: Vec<&str> = p.pipeline.nearby.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        nearby,
        ["Michigan Tech", "Penn College"],
        "Texas is not next to Ohio"
    );
    let programs: Vec<&str> = p.pipeline.programs.iter().map(|x| x.id.as_str()).collect();
    assert!(
        programs.contains(&"ohio-evening-class"),
        "in the state: {programs:?}"
    );
    assert!(programs.contains(&"security-basics-course"));
    assert!(
        !programs.contains(&"expensive-bootcamp"),
        "over the low-cost line"
    );
    let mut texas = clinic();
    texas.state = Some("TX".into());
    let p = plan(&texas, &b).expect("plan");
    assert!(
        !p.pipeline
            .programs
            .iter()
            .any(|x| x.id == "ohio-evening-class"),
        "an Ohio class is not offered to Texas"
    );
}

#[test]
fn the_awareness_calendar_covers_the_threats_for_a_year() {
    let b = bundle();
    let mut input = clinic();
    input.start = d("2027-08-20");
    let p = plan(&input, &b).expect("plan");
    let a = &p.awareness;
    assert_eq!(a.months.len(), 12);
    assert_eq!(a.months.first().map(|m| m.start), Some(d("2027-08-01")));
    assert!(
        a.months
            .first()
            .is_some_and(|m| m.topic.starts_with("Launch"))
    );
    assert!(
        a.months
            .last()
            .is_some_and(|m| m.topic.starts_with("Year in review"))
    );
    let october = a
        .months
        .iter()
        .find(|m| m.start == d("2027-10-01"))
        .expect("October");
    assert!(october.topic.contains("Cybersecurity Awareness Month"));
    let threats: Vec<&str> = a
        .months
        .iter()
        .filter_map(|m| m.threat.as_deref())
        .collect();
    assert!(
        threats.contains(&"medical-device-attacks"),
        "a provider covers devices"
    );
    assert_eq!(
        a.months.iter().filter(|m| m.phishing).count(),
        3,
        "quarterly for small"
    );
    assert_eq!(a.posters.len(), 5);
    assert_eq!(
        a.posters.first().map(|p| p.messages.clone()),
        Some(vec!["Stop, look, report.".to_owned()])
    );
    assert!(
        a.checklist
            .iter()
            .any(|e| e.requirement.contains("§164.530(b)"))
    );

    let mut payer = clinic();
    payer.org_type = OrgType::Payer;
    payer.size = OrgSize::Medium;
    let p = plan(&payer, &b).expect("plan");
    assert!(
        !p.awareness
            .months
            .iter()
            .any(|m| m.threat.as_deref() == Some("medical-device-attacks")),
        "a payer has no device month"
    );
    assert!(p.awareness.months.iter().filter(|m| m.phishing).count() >= 10);
    let mut maker = clinic();
    maker.org_type = OrgType::DeviceMaker;
    assert!(
        !awareness::checklist(maker.org_type)
            .iter()
            .any(|e| e.requirement.contains("§164.530(b)")),
        "the Privacy Rule's training is for covered entities"
    );
}

#[test]
fn the_calendar_file_holds_every_month_and_exercise() {
    let b = bundle();
    let p = plan(&clinic(), &b).expect("plan");
    let base = crate::site::BasePath::new("/sub/");
    let events = awareness::events(&p.awareness, &base, "https://example.org");
    assert_eq!(events.len(), 12 + 3);
    let ics =
        crate::ics::events_calendar("Awareness; clinic", "Awareness", d("2027-01-04"), &events);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 15);
    assert!(ics.contains("X-WR-CALNAME:Awareness\\; clinic"));
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains("https://example.org/sub/practices/social-engineering/"));
    assert!(ics.lines().all(|l| l.len() <= 76), "folded at 75 octets");
}

#[test]
fn a_plan_link_round_trips_and_a_damaged_one_is_refused() {
    let input = clinic();
    let link = link::encode(&input);
    assert!(link.starts_with("o=1."));
    assert_eq!(
        link::decode(&format!("https://x/org/plan/#{link}")),
        Ok(input)
    );
    assert!(link::decode("o=1.AAAA").is_err());
    assert!(link::decode("h=1.AAAA").is_err());
}

#[test]
fn saving_replaces_a_plan_of_the_same_name_and_keeps_at_most_the_limit() {
    let mut s = saved::SavedOrgs::default();
    let today = d("2027-01-04");
    let mut input = clinic();
    s.save(input.clone(), today);
    input.budget_usd = 1.0;
    s.save(input.clone(), today);
    assert_eq!(s.saved.len(), 1);
    assert_eq!(s.saved.first().map(|x| x.input.budget_usd), Some(1.0));
    for i in 0..saved::MAX_SAVED {
        input.name = format!("Plan {i}");
        s.save(input.clone(), today);
    }
    assert_eq!(s.saved.len(), saved::MAX_SAVED);
    s.delete("plan 3");
    assert!(!s.saved.iter().any(|x| x.input.name == "Plan 3"));
}

fn staff_link(ratings: &[(&str, u8)]) -> String {
    let mut profile = crate::profile::Profile::default();
    for (skill, level) in ratings {
        profile.skills.insert(
            (*skill).into(),
            crate::profile::SkillEvidence {
                self_rating: Some(*level),
                ..Default::default()
            },
        );
    }
    format!(
        "https://example.org/assess/soc-analyst/#{}",
        crate::share::encode(&crate::share::SharedResults {
            role: "soc-analyst".into(),
            profile,
        })
    )
}

#[test]
fn pasted_results_links_become_a_team_with_names_and_line_problems() {
    let text = format!(
        "Dana | {}\n\n{}\nnot a link\nEve | https://x/#r=1.AAAA\n",
        staff_link(&[("monitoring", 3)]),
        staff_link(&[("security-basics", 2)])
    );
    let (members, problems) = team::read(&text, 2);
    let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Dana", "Staff member 4"]);
    let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [4, 5]);
    assert!(
        problems
            .first()
            .is_some_and(|p| p.why.contains("not a results link"))
    );
    assert!(
        problems
            .get(1)
            .is_some_and(|p| p.why.contains("cannot be read"))
    );
    // The limit is said, not silently applied.
    let many: String = (0..3).map(|_| format!("{}\n", staff_link(&[]))).collect();
    let (members, problems) = team::read(&many, team::MAX_TEAM - 1);
    assert_eq!(members.len(), 1);
    assert_eq!(problems.len(), 2);
    assert!(problems.iter().all(|p| p.why.contains("at most 100")));
}

#[test]
fn the_heatmap_covers_the_needed_skills_and_each_role_gets_the_best_free_member() {
    let b = bundle();
    let p = plan(&hospital_system(), &b).expect("plan");
    let text = format!(
        "Ana | {}\nBo | {}\n",
        staff_link(&[("monitoring", 1), ("security-basics", 1)]),
        staff_link(&[("monitoring", 4), ("security-basics", 4)])
    );
    let (members, problems) = team::read(&text, 0);
    assert!(problems.is_empty(), "{problems:?}");
    let h = team::heatmap(&members, &p, &b);
    let columns: Vec<&str> = h.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(columns, ["Monitoring", "Security basics"]);
    assert_eq!(h.rows.first().map(|r| r.1.clone()), Some(vec![1.0, 1.0]));
    let s = team::suggest(&members, &p, &b);
    // Bo meets every level, so the best pair is Bo with the first role grown or hired (the
    // SOC analyst); Ana, the one left, goes to the next role she fits best.
    let first = s.first().expect("a suggestion");
    assert_eq!(first.role, "soc-analyst");
    assert_eq!(first.member, "Bo");
    assert!(first.gaps.is_empty(), "{:?}", first.gaps);
    assert_eq!(s.get(1).map(|x| x.member.as_str()), Some("Ana"));
    assert_eq!(s.len(), 2, "two people, two suggestions");
}
