//! The workforce plan's rules: coverage of practices and goals, the roles the gaps need, how
//! each is filled and what it costs, the talent pipeline and the 12-month timeline.

use serde::{Deserialize, Serialize};

use super::awareness::{self, Awareness};
use super::{OrgBundle, OrgGoal, OrgInput, Problem, states};
use crate::date::Date;
use crate::model::{
    Family, GoalTier, Id, Institution, Modality, OrgProfile, OrgSize, OrgType, Sourcing,
    SubPractice, Support,
};
use crate::planner::{self, Constraints, Plan, Preference, Prepared};
use crate::profile::{Experience, Profile};

/// Roles HIPAA requires an organization to name from its own workforce: they are never
/// outsourced, whatever else is. The security official: 45 CFR §164.308(a)(2) (covered
/// entities and business associates); the privacy official: §164.530(a)(1) (covered
/// entities).
pub const IN_HOUSE_ALWAYS: &[(&str, &str)] = &[
    (
        "hipaa-security-officer",
        "HIPAA requires a security official named from the organization's own workforce (45 CFR §164.308(a)(2)); a vendor can help, but the responsibility cannot be outsourced.",
    ),
    (
        "privacy-officer",
        "HIPAA requires a covered entity to name a privacy official (45 CFR §164.530(a)(1)); the role stays in-house.",
    ),
];

/// Roles a managed security provider's service usually includes: round-the-clock monitoring,
/// incident response, threat intelligence and testing. The portal's rule, after the HSCC
/// workforce guide's fourth rung (outsource what you cannot staff) and HICP's note that medium
/// organizations rarely run their own 24×7 security operations center.
pub const MANAGED_SERVICE_ROLES: &[&str] = &[
    "soc-analyst",
    "incident-responder",
    "threat-intelligence-analyst",
    "penetration-tester",
];

/// Months from the start until a new hire is in post: the portal's planning estimate.
pub const MONTHS_TO_HIRE: i32 = 3;

/// The highest cost of a program the pipeline lists as low-cost, US dollars.
pub const LOW_COST_USD: f32 = 500.0;

/// Years of experience the planner assumes for an IT staff member being upskilled.
pub const UPSKILL_IT_YEARS: f32 = 3.0;

/// Whether a practice is in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// In place: ticked as a whole, or every sub-practice for the size ticked.
    InPlace,
    /// Some of its sub-practices are in place.
    Partial,
    /// Not in place.
    Missing,
}

impl Status {
    /// The status in words.
    pub fn label(self) -> &'static str {
        match self {
            Status::InPlace => "In place",
            Status::Partial => "Partly in place",
            Status::Missing => "Missing",
        }
    }
}

/// One practice's coverage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PracticeCoverage {
    /// The practice's id.
    pub id: Id,
    /// Its HICP number.
    pub number: u8,
    /// Its title.
    pub title: String,
    /// In place, partly, or missing.
    pub status: Status,
    /// Its sub-practices for the size that are in place.
    pub sub_in_place: Vec<SubPractice>,
    /// Its sub-practices for the size that are missing.
    pub sub_missing: Vec<SubPractice>,
}

/// The performance goals met and missing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoalCoverage {
    /// Essential goals met.
    pub essential_met: usize,
    /// Essential goals in all.
    pub essential_total: usize,
    /// Enhanced goals met.
    pub enhanced_met: usize,
    /// Enhanced goals in all.
    pub enhanced_total: usize,
    /// The goals not met, essential first.
    pub missing: Vec<OrgGoal>,
}

/// How a role is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Route {
    /// Runs practices already in place: nothing changes.
    Keep,
    /// Filled by the organization's security staff.
    Assign,
    /// IT or clinical work the organization's own IT staff already do: they take on the
    /// security parts.
    ItStaff,
    /// A new hire.
    Hire,
    /// Grown from the organization's own staff, with a training plan.
    Upskill,
    /// Bought as a service.
    Outsource,
    /// Needed, but deferred past the first year to stay within the budget.
    Deferred,
}

impl Route {
    /// The route in words.
    pub fn label(self) -> &'static str {
        match self {
            Route::Keep => "Keep",
            Route::Assign => "Your security staff",
            Route::ItStaff => "Your IT staff",
            Route::Hire => "Hire",
            Route::Upskill => "Upskill",
            Route::Outsource => "Outsource",
            Route::Deferred => "Deferred to year 2",
        }
    }
}

/// An upskilling path for the staff members growing into a role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Upskilling {
    /// How many people.
    pub people: u32,
    /// One person's plan (the planner's cheapest), when one fits.
    pub plan: Option<Plan>,
    /// Why no plan fits, when none does.
    pub no_plan: Option<String>,
}

/// A role the plan needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleNeed {
    /// The role's id.
    pub role: Id,
    /// Its title.
    pub title: String,
    /// Full-time equivalents needed (the organization profile's planning estimate).
    pub fte: f32,
    /// Whether the profile calls it essential.
    pub essential: bool,
    /// The missing practices it covers (ids).
    pub covers: Vec<Id>,
    /// FTE filled by the organization's existing security staff.
    pub existing_fte: f32,
    /// How the rest is filled.
    pub route: Route,
    /// Why the organization needs the role (from the profile).
    pub why: String,
    /// Why this route.
    pub decision: String,
    /// Its cost in the plan's first year, US dollars.
    pub cost_usd: f32,
    /// The upskilling path, for the upskill route.
    pub upskill: Option<Upskilling>,
}

/// A line of the first year's budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BudgetLine {
    /// What it is.
    pub label: String,
    /// Its first-year cost, US dollars.
    pub cost_usd: f32,
    /// Whether the figure rests on an estimate (the managed-service price, the hiring lead
    /// time).
    pub estimate: bool,
}

/// The first year's budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Budget {
    /// The lines.
    pub lines: Vec<BudgetLine>,
    /// Their total.
    pub total_usd: f32,
    /// The organization's budget.
    pub budget_usd: f32,
}

impl Budget {
    /// What is left (negative when over).
    pub fn remaining_usd(&self) -> f32 {
        self.budget_usd - self.total_usd
    }
}

/// A program for the talent pipeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgramPick {
    /// The program's id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// Who offers it.
    pub provider: String,
    /// Its cost.
    pub cost_usd: f32,
    /// Whether the cost is an estimate.
    pub cost_estimate: bool,
    /// The needed roles it builds skills for (titles).
    pub for_roles: Vec<String>,
}

/// Where interns and hires come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pipeline {
    /// The organization's state, if given.
    pub state: Option<String>,
    /// CAE institutions in the state.
    pub in_state: Vec<Institution>,
    /// The neighbouring states looked in.
    pub neighbours: Vec<String>,
    /// CAE institutions in the neighbouring states.
    pub nearby: Vec<Institution>,
    /// Free and low-cost programs (online, or in the state) for the roles needed.
    pub programs: Vec<ProgramPick>,
}

/// What a milestone is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MilestoneKind {
    /// Naming, hiring or contracting.
    Staffing,
    /// An upskilling step.
    Training,
    /// The awareness program.
    Awareness,
    /// Reviewing the plan.
    Review,
}

/// A dated step of the 12-month timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Milestone {
    /// When.
    pub date: Date,
    /// What.
    pub title: String,
    /// More about it.
    pub detail: String,
    /// What kind.
    pub kind: MilestoneKind,
}

/// The organization's workforce plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgPlan {
    /// The organization profile the roles come from.
    pub profile: Id,
    /// Its title.
    pub profile_title: String,
    /// The size the plan uses.
    pub size: OrgSize,
    /// Things the plan assumed or changed, in words.
    pub notes: Vec<String>,
    /// Practice coverage, by HICP number.
    pub practices: Vec<PracticeCoverage>,
    /// Goal coverage.
    pub goals: GoalCoverage,
    /// The roles needed: the ones to act on first, then the ones kept as they are.
    pub roles: Vec<RoleNeed>,
    /// The first year's budget.
    pub budget: Budget,
    /// Where interns and hires come from.
    pub pipeline: Pipeline,
    /// The all-staff awareness program.
    pub awareness: Awareness,
    /// Free and discounted help that applies, free first.
    pub support: Vec<(Id, Support)>,
    /// The 12-month timeline, by date.
    pub timeline: Vec<Milestone>,
}

impl OrgPlan {
    /// The roles on a route.
    pub fn on(&self, route: Route) -> impl Iterator<Item = &RoleNeed> {
        self.roles.iter().filter(move |r| r.route == route)
    }

    /// The practices not fully in place.
    pub fn gaps(&self) -> impl Iterator<Item = &PracticeCoverage> {
        self.practices
            .iter()
            .filter(|p| p.status != Status::InPlace)
    }
}

/// The profile whose roles the plan uses: the organization's type and size; else the same
/// type at the nearest size; else a provider of the same size. With whether it is exact.
pub fn choose_profile(
    bundle: &OrgBundle,
    org_type: OrgType,
    size: OrgSize,
) -> Option<(&Id, &OrgProfile, bool)> {
    let rank = |s: OrgSize| match s {
        OrgSize::Small => 0i32,
        OrgSize::Medium => 1,
        OrgSize::Large => 2,
    };
    if let Some((id, p)) = bundle
        .profiles
        .iter()
        .find(|(_, p)| p.org_type == org_type && p.size == size)
    {
        return Some((id, p, true));
    }
    bundle
        .profiles
        .iter()
        .filter(|(_, p)| p.org_type == org_type)
        .min_by_key(|(_, p)| (rank(p.size) - rank(size)).abs())
        .or_else(|| {
            bundle
                .profiles
                .iter()
                .find(|(_, p)| p.org_type == OrgType::Provider && p.size == size)
        })
        .or_else(|| bundle.profiles.first())
        .map(|(id, p)| (id, p, false))
}

/// Practice coverage for an input.
pub fn practice_coverage(input: &OrgInput, bundle: &OrgBundle) -> Vec<PracticeCoverage> {
    let size = input.effective_size();
    let mut out: Vec<PracticeCoverage> = bundle
        .practices
        .iter()
        .map(|p| {
            let (sub_in_place, sub_missing): (Vec<SubPractice>, Vec<SubPractice>) = p
                .sub_practices_for(size)
                .cloned()
                .partition(|s| input.sub_practices.contains(&s.id));
            let whole = input.practices.contains(&p.id);
            let status = if whole || (!sub_in_place.is_empty() && sub_missing.is_empty()) {
                Status::InPlace
            } else if !sub_in_place.is_empty() {
                Status::Partial
            } else {
                Status::Missing
            };
            PracticeCoverage {
                id: p.id.clone(),
                number: p.number,
                title: p.title.clone(),
                status,
                sub_in_place,
                sub_missing: if whole { Vec::new() } else { sub_missing },
            }
        })
        .collect();
    out.sort_by_key(|p| p.number);
    out
}

/// Goal coverage for an input.
pub fn goal_coverage(input: &OrgInput, bundle: &OrgBundle) -> GoalCoverage {
    let met = |g: &OrgGoal| input.goals.contains(&g.id);
    let count = |tier: GoalTier, want_met: bool| {
        bundle
            .goals
            .iter()
            .filter(|g| g.tier == tier && (!want_met || met(g)))
            .count()
    };
    let mut missing: Vec<OrgGoal> = bundle.goals.iter().filter(|g| !met(g)).cloned().collect();
    missing.sort_by_key(|g| g.tier != GoalTier::Essential);
    GoalCoverage {
        essential_met: count(GoalTier::Essential, true),
        essential_total: count(GoalTier::Essential, false),
        enhanced_met: count(GoalTier::Enhanced, true),
        enhanced_total: count(GoalTier::Enhanced, false),
        missing,
    }
}

fn in_house_rule(role: &str) -> Option<&'static str> {
    IN_HOUSE_ALWAYS
        .iter()
        .find(|(id, _)| *id == role)
        .map(|(_, why)| *why)
}

/// The profile of a staff member being upskilled: an IT person with a few years' experience
/// and no security credential (the portal's assumption, stated with the plan).
fn it_staff(org_type: OrgType) -> Profile {
    Profile {
        experience: Experience {
            total_years: UPSKILL_IT_YEARS,
            healthcare_years: if org_type == OrgType::Provider {
                UPSKILL_IT_YEARS
            } else {
                0.0
            },
            ..Experience::default()
        },
        ..Profile::default()
    }
}

fn fte_words(fte: f32) -> String {
    let n = crate::format::decimal(fte, 2);
    if (fte - 1.0).abs() < f32::EPSILON {
        "1 full-time position".into()
    } else if fte < 1.0 {
        format!(
            "{n} of a full-time position (about {} hours a week)",
            crate::format::num((fte * 40.0).round())
        )
    } else {
        format!("{n} full-time positions")
    }
}

/// Makes the plan, or says what is wrong with the input.
pub fn plan(input: &OrgInput, bundle: &OrgBundle) -> Result<OrgPlan, Vec<Problem>> {
    let problems = input.check(bundle);
    if !problems.is_empty() {
        return Err(problems);
    }
    let size = input.effective_size();
    let mut notes = Vec::new();
    if size != input.size {
        notes.push("HICP counts critical access hospitals as medium organizations, so the plan uses the medium sub-practices and staffing.".to_owned());
    }
    let Some((profile_id, profile, exact)) = choose_profile(bundle, input.org_type, size) else {
        return Err(vec![Problem {
            field: super::Field::Size,
            message: "The portal has no organization profile to plan from.".into(),
        }]);
    };
    if !exact {
        notes.push(format!(
            "The portal has no profile of a {} {} organization; the roles come from the closest one, “{}”.",
            size.label().to_lowercase(),
            input.org_type.label().to_lowercase(),
            profile.title
        ));
    }
    let practices = practice_coverage(input, bundle);
    let goals = goal_coverage(input, bundle);
    let gap_ids: Vec<&str> = practices
        .iter()
        .filter(|p| p.status != Status::InPlace)
        .map(|p| p.id.as_str())
        .collect();

    let role_of = |id: &str| bundle.role(id);
    // The missing practices a role owns.
    let covers_of = |id: &str| -> Vec<Id> {
        role_of(id)
            .map(|role| {
                role.hicp_practices
                    .iter()
                    .filter(|p| gap_ids.contains(&p.as_str()))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    };

    // 1. Which roles the gaps need, and which run what is already in place.
    let mut roles: Vec<RoleNeed> = Vec::new();
    for r in &profile.roles {
        let covers = covers_of(&r.role);
        let official = in_house_rule(&r.role);
        let keep = covers.is_empty();
        roles.push(RoleNeed {
            role: r.role.clone(),
            title: bundle.role_title(&r.role).to_owned(),
            fte: r.fte,
            essential: r.essential || official.is_some(),
            covers,
            existing_fte: 0.0,
            route: if keep { Route::Keep } else { Route::Hire },
            why: r.why.clone(),
            decision: if keep {
                match official {
                    Some(_) => "Its practices are in place; make sure one person is named to it in writing.".into(),
                    None => "The practices it runs are in place: keep it as it is.".into(),
                }
            } else {
                String::new()
            },
            cost_usd: 0.0,
            upskill: None,
        });
    }
    // The HIPAA officials are always in the plan, even if the profile lacks them.
    for (id, _) in IN_HOUSE_ALWAYS {
        let applies = *id == "hipaa-security-officer"
            || matches!(input.org_type, OrgType::Provider | OrgType::Payer);
        if applies && !roles.iter().any(|r| r.role == *id) && role_of(id).is_some() {
            let covers = covers_of(id);
            let keep = covers.is_empty();
            roles.insert(
                0,
                RoleNeed {
                    role: (*id).to_owned(),
                    title: bundle.role_title(id).to_owned(),
                    fte: 0.2,
                    essential: true,
                    covers,
                    existing_fte: 0.0,
                    route: if keep { Route::Keep } else { Route::Upskill },
                    why: "Required by HIPAA; the organization profile does not list it, so the plan adds it at a fifth of a position (the portal's estimate).".into(),
                    decision: String::new(),
                    cost_usd: 0.0,
                    upskill: None,
                },
            );
        }
    }
    // Officials first, then essential roles, then the rest; kept roles last.
    roles.sort_by_key(|r| {
        (
            r.route == Route::Keep,
            in_house_rule(&r.role).is_none(),
            !r.essential,
        )
    });

    // 2. Existing security staff run what is in place first, then fill in-house needs.
    let sourcing_of = |id: &str| {
        profile
            .roles
            .iter()
            .find(|r| r.role == id)
            .map_or(Sourcing::Shared, |r| r.sourcing)
    };
    let kept_in_house: f32 = roles
        .iter()
        .filter(|r| r.route == Route::Keep && sourcing_of(&r.role) != Sourcing::Outsource)
        .map(|r| r.fte)
        .sum();
    let mut pool = (input.staff_security as f32 - kept_in_house).max(0.0);
    let provider_covers = |id: &str| input.managed_provider && MANAGED_SERVICE_ROLES.contains(&id);

    for need in roles.iter_mut().filter(|r| r.route != Route::Keep) {
        let sourcing = sourcing_of(&need.role);
        // IT and clinical positions (help desk, administrators, biomedical technicians) are
        // work an organization with IT staff already does.
        let feeder = role_of(&need.role).is_some_and(|r| r.family == Family::Feeder);
        if feeder && input.staff_it > 0 && sourcing != Sourcing::Outsource {
            need.route = Route::ItStaff;
            need.decision = format!(
                "Work your own staff already do (IT or clinical engineering, {} IT staff): they take on the security sub-practices it covers, with the free training in the talent pipeline.",
                input.staff_it
            );
            continue;
        }
        let official = in_house_rule(&need.role);
        let outsourced =
            official.is_none() && (sourcing == Sourcing::Outsource || provider_covers(&need.role));
        if !outsourced && pool > 0.0 {
            let take = pool.min(need.fte);
            need.existing_fte = take;
            pool -= take;
        }
        let rest = need.fte - need.existing_fte;
        if rest <= 0.001 {
            need.route = Route::Assign;
            need.decision = "Filled by your existing security staff.".into();
            continue;
        }
        let (route, decision) = if let Some(why) = official {
            if sourcing == Sourcing::Hire && rest >= 0.5 {
                (Route::Hire, why.to_owned())
            } else if rest >= 0.5 {
                (
                    Route::Upskill,
                    format!("{why} Grow someone you have into it ({}).", fte_words(rest)),
                )
            } else {
                (
                    Route::Upskill,
                    format!(
                        "{why} At {}, it is part of an existing manager's job: grow someone you have.",
                        fte_words(rest)
                    ),
                )
            }
        } else if outsourced {
            let security_service = MANAGED_SERVICE_ROLES.contains(&need.role.as_str());
            let by = match (input.managed_provider, security_service) {
                (true, _) => {
                    "Your managed provider: check that its contract covers this work and who decides what."
                }
                (false, true) => {
                    "A managed security service: round-the-clock work a team of this size could not staff itself."
                }
                (false, false) => {
                    "A managed IT service provider: at this size the work is bought in, not staffed."
                }
            };
            (Route::Outsource, by.to_owned())
        } else {
            match sourcing {
                Sourcing::Upskill | Sourcing::Shared if input.staff_it > 0 => (
                    Route::Upskill,
                    format!(
                        "Grow it from your {} IT staff: {}.",
                        input.staff_it,
                        fte_words(rest)
                    ),
                ),
                Sourcing::Upskill | Sourcing::Shared if rest < 0.5 => (
                    Route::Upskill,
                    format!(
                        "No IT staff to grow it from: make it part of a manager's job ({}).",
                        fte_words(rest)
                    ),
                ),
                Sourcing::Upskill | Sourcing::Shared => (
                    Route::Hire,
                    "No IT staff to grow it from, and too much work to add to someone's job: hire."
                        .into(),
                ),
                Sourcing::Hire => (Route::Hire, format!("Hire: {}.", fte_words(rest))),
                Sourcing::Outsource => (Route::Outsource, String::new()),
            }
        };
        need.route = route;
        need.decision = decision;
    }

    // 3. Upskilling plans, from the planner.
    let catalog = planner::Catalog {
        credentials: &bundle.planner.credentials,
        programs: &bundle.planner.programs,
        skill_names: &bundle.planner.skill_names,
    };
    let prepared = Prepared::new(&catalog);
    let constraints = Constraints {
        budget_usd: input.costs.training_per_person_usd.min(input.budget_usd),
        hours_per_week: input.costs.study_hours_per_week,
        start: input.start,
        modality: None,
        state: input.state.clone(),
        preference: Preference::Cheapest,
        in_healthcare: input.org_type == OrgType::Provider,
    };
    let staff = it_staff(input.org_type);
    // Each IT staff member grows into one role; the officials come from management.
    let mut it_people = input.staff_it;
    for need in roles.iter_mut().filter(|r| r.route == Route::Upskill) {
        let rest = need.fte - need.existing_fte;
        let wanted = (rest.ceil() as u32).max(1);
        let people = if in_house_rule(&need.role).is_some() || input.staff_it == 0 {
            1
        } else if it_people == 0 {
            if rest >= 0.5 {
                need.route = Route::Hire;
                need.decision = format!(
                    "Your {} IT staff are all growing into other roles in this plan: hire ({}).",
                    input.staff_it,
                    fte_words(rest)
                );
                continue;
            }
            need.decision = format!(
                "Your IT staff are all growing into other roles in this plan: add it to the job of one of them or of a manager ({}).",
                fte_words(rest)
            );
            1
        } else {
            let n = wanted.min(it_people);
            it_people -= n;
            n
        };
        let Some(role) = role_of(&need.role) else {
            continue;
        };
        let p = planner::plan_with(role, &staff, &catalog, &prepared, &constraints);

        // The first year pays for the steps that start in it; later ones are next year's.
        let year_end = input.start.add_months(12);
        let first_year: f32 = p
            .steps
            .iter()
            .filter(|s| s.start < year_end)
            .map(|s| s.cost)
            .sum();
        need.cost_usd = first_year * people as f32;
        need.upskill = Some(Upskilling {
            people,
            no_plan: (!p.unmet.is_empty()).then(|| {
                format!(
                    "{} of the role's skills stay below its level within the {} training allowance a person; a larger allowance closes them.",
                    p.unmet.len(),
                    crate::format::usd(constraints.budget_usd)
                )
            }),
            plan: Some(p),
        });
    }

    // 4. Hires (from month MONTHS_TO_HIRE + 1) and the outsourced service.
    let hire_share = (12 - MONTHS_TO_HIRE) as f32 / 12.0;
    for need in roles.iter_mut().filter(|r| r.route == Route::Hire) {
        need.cost_usd = (need.fte - need.existing_fte) * input.costs.salary_usd * hire_share;
    }
    let service_cost = |roles: &[RoleNeed]| {
        if input.managed_provider || !roles.iter().any(|r| r.route == Route::Outsource) {
            0.0
        } else {
            input.costs.managed_service_monthly_usd * 12.0
        }
    };

    // 5. Within the budget: defer the costliest non-essential hires, then the costliest
    //    non-essential upskilling, until the first year fits.
    let total =
        |roles: &[RoleNeed]| roles.iter().map(|r| r.cost_usd).sum::<f32>() + service_cost(roles);
    while total(&roles) > input.budget_usd {
        let Some(costliest) = roles
            .iter_mut()
            .filter(|r| {
                !r.essential && matches!(r.route, Route::Hire | Route::Upskill) && r.cost_usd > 0.0
            })
            .max_by(|a, b| a.cost_usd.total_cmp(&b.cost_usd))
        else {
            break;
        };
        costliest.route = Route::Deferred;
        costliest.decision = format!(
            "Deferred to year 2 to stay within the budget (it would cost {} this year).",
            crate::format::usd(costliest.cost_usd)
        );
        costliest.cost_usd = 0.0;
        costliest.upskill = None;
    }

    let budget = budget_of(input, &roles, service_cost(&roles));
    if budget.remaining_usd() < 0.0 {
        notes.push(format!(
            "The essential roles alone cost {} more than the budget of {} this year. Outsourcing more, sharing roles with a nearby organization or funding such as the Rural Health Transformation Program's state awards may close the gap.",
            crate::format::usd(-budget.remaining_usd()),
            crate::format::usd(input.budget_usd)
        ));
    }

    let pipeline = pipeline_of(input, bundle, &roles);
    let awareness = awareness::program(input, bundle, profile, size);
    let timeline = timeline_of(input, &roles, &awareness);
    let support = navigator(input, bundle);

    Ok(OrgPlan {
        profile: profile_id.clone(),
        profile_title: profile.title.clone(),
        size,
        notes,
        practices,
        goals,
        roles,
        budget,
        pipeline,
        awareness,
        support,
        timeline,
    })
}

/// The free and discounted help an organization can use: its kind and size among those a
/// program is for (none listed: any), rural programs only for rural organizations; free ones
/// first, then by title.
pub fn navigator(input: &OrgInput, bundle: &OrgBundle) -> Vec<(Id, Support)> {
    let size = input.effective_size();
    let mut out: Vec<(Id, Support)> = bundle
        .support
        .iter()
        .filter(|(_, s)| s.org_types.is_empty() || s.org_types.contains(&input.org_type))
        .filter(|(_, s)| s.org_sizes.is_empty() || s.org_sizes.contains(&size))
        .filter(|(_, s)| !s.rural_only || input.is_rural())
        .cloned()
        .collect();
    out.sort_by(|(_, a), (_, b)| b.free.cmp(&a.free).then(a.title.cmp(&b.title)));
    out
}

fn budget_of(input: &OrgInput, roles: &[RoleNeed], service: f32) -> Budget {
    let mut lines = Vec::new();
    let hires: Vec<&RoleNeed> = roles.iter().filter(|r| r.route == Route::Hire).collect();
    if !hires.is_empty() {
        let fte: f32 = hires.iter().map(|r| r.fte - r.existing_fte).sum();
        lines.push(BudgetLine {
            label: format!(
                "New hires: {} FTE at {} a year, from month {} (salary only, before benefits)",
                crate::format::decimal(fte, 2),
                crate::format::usd(input.costs.salary_usd),
                MONTHS_TO_HIRE + 1
            ),
            cost_usd: hires.iter().map(|r| r.cost_usd).sum(),
            estimate: true,
        });
    }
    let upskill: Vec<&RoleNeed> = roles.iter().filter(|r| r.route == Route::Upskill).collect();
    if !upskill.is_empty() {
        let people: u32 = upskill
            .iter()
            .filter_map(|r| r.upskill.as_ref().map(|u| u.people))
            .sum();
        lines.push(BudgetLine {
            label: format!(
                "Training and exams for {people} staff member{} growing into security roles",
                if people == 1 { "" } else { "s" }
            ),
            cost_usd: upskill.iter().map(|r| r.cost_usd).sum(),
            estimate: false,
        });
    }
    if roles.iter().any(|r| r.route == Route::Outsource) {
        lines.push(BudgetLine {
            label: if input.managed_provider {
                "Managed provider: already under contract (no new cost counted)".into()
            } else {
                format!(
                    "Managed security service at {} a month",
                    crate::format::usd(input.costs.managed_service_monthly_usd)
                )
            },
            cost_usd: service,
            estimate: !input.managed_provider,
        });
    }
    lines.push(BudgetLine {
        label: "All-staff awareness training with the free HHS 405(d) material".into(),
        cost_usd: 0.0,
        estimate: false,
    });
    let total_usd = lines.iter().map(|l| l.cost_usd).sum();
    Budget {
        lines,
        total_usd,
        budget_usd: input.budget_usd,
    }
}

fn pipeline_of(input: &OrgInput, bundle: &OrgBundle, roles: &[RoleNeed]) -> Pipeline {
    let state = input.state.clone();
    let mut in_state: Vec<Institution> = Vec::new();
    let mut nearby: Vec<Institution> = Vec::new();
    let neighbours: Vec<String> = state
        .as_deref()
        .map(states::neighbours)
        .unwrap_or(&[])
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    if let Some(s) = &state {
        for i in &bundle.institutions {
            match i.state.as_deref() {
                Some(x) if x == s => in_state.push(i.clone()),
                Some(x) if neighbours.iter().any(|n| n == x) => nearby.push(i.clone()),
                _ => {}
            }
        }
    }
    in_state.sort_by(|a, b| a.name.cmp(&b.name));
    nearby.sort_by(|a, b| (&a.state, &a.name).cmp(&(&b.state, &b.name)));

    // Programs that build a skill of a role being hired or grown: each wanted skill with the
    // roles that need it, so each program is checked by its own few skills.
    let mut wanted: std::collections::BTreeMap<&str, Vec<&str>> = std::collections::BTreeMap::new();
    for r in roles
        .iter()
        .filter(|r| matches!(r.route, Route::Hire | Route::Upskill | Route::Deferred))
    {
        let Some(role) = bundle.role(&r.role) else {
            continue;
        };
        for s in &role.skills {
            let titles = wanted.entry(s.skill.as_str()).or_default();
            if !titles.contains(&r.title.as_str()) {
                titles.push(r.title.as_str());
            }
        }
    }
    let mut programs: Vec<ProgramPick> = bundle
        .planner
        .programs
        .iter()
        .filter(|(_, p)| p.cost_usd <= LOW_COST_USD)
        .filter(|(_, p)| p.modality == Modality::Online || (state.is_some() && p.state == state))
        .filter_map(|(id, p)| {
            let mut for_roles: Vec<String> = Vec::new();
            for ps in &p.skills {
                for t in wanted.get(ps.skill.as_str()).into_iter().flatten() {
                    if !for_roles.iter().any(|x| x == t) {
                        for_roles.push((*t).to_owned());
                    }
                }
            }
            (!for_roles.is_empty()).then(|| ProgramPick {
                id: id.clone(),
                name: p.name.clone(),
                provider: p.provider.clone(),
                cost_usd: p.cost_usd,
                cost_estimate: p.cost_estimate,
                for_roles,
            })
        })
        .collect();
    programs.sort_by(|a, b| {
        a.cost_usd
            .total_cmp(&b.cost_usd)
            .then(b.for_roles.len().cmp(&a.for_roles.len()))
            .then(a.name.cmp(&b.name))
    });
    programs.truncate(12);
    Pipeline {
        state,
        in_state,
        neighbours,
        nearby,
        programs,
    }
}

fn timeline_of(input: &OrgInput, roles: &[RoleNeed], awareness: &Awareness) -> Vec<Milestone> {
    let start = input.start;
    let end = start.add_months(12);
    let mut out = Vec::new();
    let mut push = |date: Date, title: String, detail: String, kind| {
        if date < end {
            out.push(Milestone {
                date,
                title,
                detail,
                kind,
            });
        }
    };
    for r in roles {
        match r.route {
            Route::Upskill if in_house_rule(&r.role).is_some() => push(
                start,
                format!("Name the {} in writing", r.title),
                r.decision.clone(),
                MilestoneKind::Staffing,
            ),
            Route::Hire => {
                push(
                    start,
                    format!("Open the {} position", r.title),
                    format!(
                        "{} Post it with the role builder's job description.",
                        r.decision
                    ),
                    MilestoneKind::Staffing,
                );
                push(
                    start.add_months(MONTHS_TO_HIRE),
                    format!("{} in post (estimate)", r.title),
                    "Hiring is assumed to take about three months (the portal's estimate).".into(),
                    MilestoneKind::Staffing,
                );
            }
            _ => {}
        }
    }
    if roles.iter().any(|r| r.route == Route::Outsource) && !input.managed_provider {
        let covered: Vec<&str> = roles
            .iter()
            .filter(|r| r.route == Route::Outsource)
            .map(|r| r.title.as_str())
            .collect();
        push(
            start,
            "Choose a managed security provider".into(),
            format!(
                "For: {}. Sign a business associate agreement; the decisions HIPAA assigns to you stay yours.",
                covered.join(", ")
            ),
            MilestoneKind::Staffing,
        );
    }
    for r in roles.iter().filter(|r| r.route == Route::Upskill) {
        let Some(plan) = r.upskill.as_ref().and_then(|u| u.plan.as_ref()) else {
            continue;
        };
        for s in &plan.steps {
            let (date, verb) = match s.kind {
                planner::StepKind::Program => (s.start, "Start"),
                planner::StepKind::Exam => (s.start, "Exam"),
                _ => continue,
            };
            push(
                date,
                format!("{verb}: {}", s.title),
                format!("Upskilling toward {}.", r.title),
                MilestoneKind::Training,
            );
        }
    }
    for m in &awareness.months {
        push(
            m.start,
            format!("Awareness: {}", m.topic),
            m.audience.clone(),
            MilestoneKind::Awareness,
        );
    }
    out.push(Milestone {
        date: end.add_days(-1),
        title: "Review the plan".into(),
        detail: "Repeat the risk analysis, tick what is now in place and make next year's plan."
            .into(),
        kind: MilestoneKind::Review,
    });
    out.sort_by_key(|m| m.date);
    out
}
