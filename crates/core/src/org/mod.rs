//! The organization's workforce plan: from the HICP practices and HPH Cybersecurity
//! Performance Goals an organization has in place, the roles it needs, how to fill each one
//! (hire, upskill its own IT staff, or outsource), what that costs in the first year, where
//! to find interns and hires (CAE institutions in the state and next door), and an all-staff
//! awareness program on the five HICP threats.
//!
//! - [`OrgInput`] is what the person enters, validated field by field ([`OrgInput::check`]).
//! - [`OrgBundle`] is the catalog data the tool reads (`data/org.bin`).
//! - [`plan::plan`] turns the two into an [`plan::OrgPlan`]; [`awareness`] holds the calendar.
//! - [`link`] carries an input in a share link; [`saved`] keeps plans in the browser.

pub mod awareness;
pub mod link;
pub mod plan;
pub mod saved;
pub mod states;
pub mod team;

use serde::{Deserialize, Serialize};

use crate::bundle::PlannerBundle;
use crate::date::Date;
use crate::model::{GoalTier, Id, Institution, OrgProfile, OrgSize, OrgType, SubPractice, Support};

/// Where the organization tool's data lives (binary, see [`crate::bundle::to_binary`]).
pub const ORG_FILE: &str = "data/org.bin";

/// An HICP practice as the tool shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgPractice {
    /// The practice's id.
    pub id: Id,
    /// Its HICP number (1–10).
    pub number: u8,
    /// Its title.
    pub title: String,
    /// One line on what it is.
    pub summary: String,
    /// The threats it mitigates.
    pub threats: Vec<Id>,
    /// Its sub-practices by size.
    pub sub_practices: Vec<SubPractice>,
}

impl OrgPractice {
    /// The sub-practices an organization of `size` implements: HICP's small ones for a small
    /// organization; the medium ones for a medium one; medium and large for a large one.
    pub fn sub_practices_for(&self, size: OrgSize) -> impl Iterator<Item = &SubPractice> {
        self.sub_practices.iter().filter(move |s| match size {
            OrgSize::Small => s.size == OrgSize::Small,
            OrgSize::Medium => s.size == OrgSize::Medium,
            OrgSize::Large => matches!(s.size, OrgSize::Medium | OrgSize::Large),
        })
    }
}

/// An HICP threat, for the awareness program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgThreat {
    /// The threat's id.
    pub id: Id,
    /// Its HICP number (1–5).
    pub number: u8,
    /// Its title.
    pub title: String,
    /// One line on what it is.
    pub summary: String,
    /// The messages for a break-room poster.
    pub key_messages: Vec<String>,
}

/// An HPH Cybersecurity Performance Goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgGoal {
    /// The goal's id.
    pub id: Id,
    /// Its name.
    pub title: String,
    /// Essential or enhanced.
    pub tier: GoalTier,
    /// The HICP practices it relates to.
    pub practices: Vec<Id>,
}

/// Everything the organization tool reads: the practices, threats, goals, organization
/// profiles, CAE institutions and the planner's catalog (for upskilling).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgBundle {
    /// The 10 HICP practices, by number.
    pub practices: Vec<OrgPractice>,
    /// The 5 HICP threats, by number.
    pub threats: Vec<OrgThreat>,
    /// The HPH Cybersecurity Performance Goals, essential first.
    pub goals: Vec<OrgGoal>,
    /// The organization profiles, by id.
    pub profiles: Vec<(Id, OrgProfile)>,
    /// The NCAE-C designated institutions.
    pub institutions: Vec<Institution>,
    /// The roles, credentials and programs the planner chooses from.
    pub planner: PlannerBundle,
    /// Free and discounted help for small and rural organizations, by id.
    pub support: Vec<(Id, Support)>,
    /// When the data was built (the catalog's newest `verified` date).
    pub built: Date,
}

impl OrgBundle {
    /// A role by id.
    pub fn role(&self, id: &str) -> Option<&crate::model::Role> {
        self.planner
            .roles
            .iter()
            .find(|(r, _)| r == id)
            .map(|(_, r)| r)
    }

    /// A role's title, or its id when the catalog lacks it.
    pub fn role_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.role(id).map_or(id, |r| r.title.as_str())
    }

    /// A skill's name, or its id when the catalog lacks it.
    pub fn skill_name(&self, id: &str) -> String {
        self.planner
            .skill_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// A practice by id.
    pub fn practice(&self, id: &str) -> Option<&OrgPractice> {
        self.practices.iter().find(|p| p.id == id)
    }
}

/// Where HICP defines the sizes: Technical Volume 2 (medium and large) and Volume 1 (small),
/// 2019 edition as stored; HICP's own numeric sizing table was not available to the portal.
pub const SIZE_SOURCE: &str =
    "https://www.phe.gov/preparedness/planning/405d/pages/hic-practices.aspx";

/// HICP's own definition of a size, quoted.
pub fn size_definition(size: OrgSize) -> &'static str {
    match size {
        OrgSize::Small => {
            "“Small organizations generally do not have dedicated information technology (IT) and security staff dedicated to implementing cybersecurity practices due to limited resources.” (HICP Technical Volume 1)"
        }
        OrgSize::Medium => {
            "“These organizations include critical access hospitals in rural areas, practice management organizations that support physician practices, revenue cycle or billing organizations, mid-sized device manufacturers, and group practices. Medium-sized health care organizations generally employ hundreds of personnel, maintain between hundreds and a few thousand information technology (IT) assets …” (HICP Technical Volume 2)"
        }
        OrgSize::Large => {
            "“In most cases, large organizations employ thousands of employees, maintain tens of thousands to hundreds of thousands of IT assets, and have intricate and complex digital ecosystems.” (HICP Technical Volume 2)"
        }
    }
}

/// What the plan's costs are based on. Defaults come from [`CostBasis::defaults`]; the person
/// can replace any of them with their own figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CostBasis {
    /// Salary of one full-time security position, US dollars a year, before benefits.
    pub salary_usd: f32,
    /// A managed security service, US dollars a month.
    pub managed_service_monthly_usd: f32,
    /// Hours a week an upskilling staff member studies.
    pub study_hours_per_week: f32,
    /// The most one staff member's training may cost in the first year, US dollars.
    #[serde(default = "default_training")]
    pub training_per_person_usd: f32,
}

/// The default training allowance a person: the portal's assumption (no source the portal
/// holds gives one for health care), enough for an entry certification and its course.
pub const DEFAULT_TRAINING_USD: f32 = 3_000.0;

fn default_training() -> f32 {
    DEFAULT_TRAINING_USD
}

/// The source of the default salary.
pub const SALARY_SOURCE: &str =
    "https://www.bls.gov/ooh/computer-and-information-technology/information-security-analysts.htm";
/// The default salary: the U.S. Bureau of Labor Statistics' median pay of information
/// security analysts (May 2024), in US dollars a year.
pub const DEFAULT_SALARY_USD: f32 = 124_910.0;
/// The source of the managed-service range (a secondary source: a market write-up).
pub const MANAGED_SERVICE_SOURCE: &str = "https://www.fortifiedhealthsecurity.com/";

impl CostBasis {
    /// The defaults for an organization of `size`. The salary is sourced ([`SALARY_SOURCE`]);
    /// the managed-service figures are estimates: a market write-up gives $5,000–$20,000 a
    /// month for health-care managed security services, so a medium organization starts at
    /// the low end and a large one at the high end; no source gives a figure for a small
    /// practice, so its $1,500 is the portal's estimate. Each is marked as an estimate where
    /// the plan shows it, and the person can change it.
    pub fn defaults(size: OrgSize) -> CostBasis {
        CostBasis {
            salary_usd: DEFAULT_SALARY_USD,
            managed_service_monthly_usd: match size {
                OrgSize::Small => 1_500.0,
                OrgSize::Medium => 5_000.0,
                OrgSize::Large => 20_000.0,
            },
            study_hours_per_week: 5.0,
            training_per_person_usd: DEFAULT_TRAINING_USD,
        }
    }
}

/// What the organization enters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgInput {
    /// A name for the plan (optional, shown on the printout).
    #[serde(default)]
    pub name: String,
    /// The kind of organization.
    pub org_type: OrgType,
    /// HICP size, as the organization reads HICP's definitions.
    pub size: OrgSize,
    /// Whether it is a critical access hospital (HICP counts these as medium).
    #[serde(default)]
    pub critical_access: bool,
    /// Whether it serves a rural area (a critical access hospital always does).
    #[serde(default)]
    pub rural: bool,
    /// All staff (the workforce the awareness program reaches).
    pub staff_total: u32,
    /// IT staff (the people who can be upskilled).
    pub staff_it: u32,
    /// Staff whose job is security or privacy.
    pub staff_security: u32,
    /// Yearly budget for security staffing, services and training, US dollars.
    pub budget_usd: f32,
    /// The US state (two letters), for the talent pipeline.
    #[serde(default)]
    pub state: Option<String>,
    /// Whether a managed security or IT service provider is already under contract.
    #[serde(default)]
    pub managed_provider: bool,
    /// Practices in place as a whole.
    #[serde(default)]
    pub practices: Vec<Id>,
    /// Sub-practices in place, by HICP id (`1.M.A`).
    #[serde(default)]
    pub sub_practices: Vec<String>,
    /// Performance goals met.
    #[serde(default)]
    pub goals: Vec<Id>,
    /// When the plan starts.
    pub start: Date,
    /// What the costs are based on.
    pub costs: CostBasis,
}

/// The field a problem is about, so the form can show the message beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    /// The plan's name.
    Name,
    /// The size.
    Size,
    /// All staff.
    StaffTotal,
    /// IT staff.
    StaffIt,
    /// Security staff.
    StaffSecurity,
    /// The budget.
    Budget,
    /// The state.
    State,
    /// The practices, sub-practices or goals.
    InPlace,
    /// The salary.
    Salary,
    /// The managed service's price.
    ManagedService,
    /// Study hours.
    StudyHours,
    /// The training allowance.
    Training,
}

/// Something wrong with the input, and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The field.
    pub field: Field,
    /// What is wrong and how to put it right.
    pub message: String,
}

/// The most staff the tool plans for (the largest U.S. health systems employ a few hundred
/// thousand people).
pub const MAX_STAFF: u32 = 1_000_000;
/// The largest yearly budget the tool takes, US dollars.
pub const MAX_BUDGET_USD: f32 = 1.0e9;
/// The longest plan name, in characters.
pub const MAX_NAME: usize = 80;

impl OrgInput {
    /// A starting input for an organization of `org_type` and `size`, nothing in place.
    pub fn new(org_type: OrgType, size: OrgSize, start: Date) -> OrgInput {
        OrgInput {
            name: String::new(),
            org_type,
            size,
            critical_access: false,
            rural: false,
            staff_total: 0,
            staff_it: 0,
            staff_security: 0,
            budget_usd: 0.0,
            state: None,
            managed_provider: false,
            practices: Vec::new(),
            sub_practices: Vec::new(),
            goals: Vec::new(),
            start,
            costs: CostBasis::defaults(size),
        }
    }

    /// Whether the organization is rural: it says so, or it is a critical access hospital.
    pub fn is_rural(&self) -> bool {
        self.rural || self.critical_access
    }

    /// The size the plan uses: medium for a critical access hospital, as HICP counts them.
    pub fn effective_size(&self) -> OrgSize {
        if self.critical_access && self.size == OrgSize::Small {
            OrgSize::Medium
        } else {
            self.size
        }
    }

    /// Everything wrong with the input, each with the field it is about. An empty list means
    /// the plan can be made. Ids the catalog does not know (from an older link) are reported,
    /// not dropped: the person decides.
    pub fn check(&self, bundle: &OrgBundle) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut problem = |field, message: String| out.push(Problem { field, message });
        if self.name.chars().count() > MAX_NAME {
            problem(
                Field::Name,
                format!("The name is too long: keep it to {MAX_NAME} characters."),
            );
        }
        if let Some(c) = crate::text::forbidden_char(&self.name) {
            problem(
                Field::Name,
                format!(
                    "The name holds an invisible character (U+{:04X}); type it again.",
                    u32::from(c)
                ),
            );
        }
        if self.staff_total == 0 {
            problem(
                Field::StaffTotal,
                "Enter how many people work for the organization (at least 1): the awareness program is sized by it.".into(),
            );
        } else if self.staff_total > MAX_STAFF {
            problem(
                Field::StaffTotal,
                format!(
                    "{} is more staff than any health organization has; the tool plans for up to {}.",
                    self.staff_total,
                    crate::format::num(MAX_STAFF as f32)
                ),
            );
        }
        if self.staff_it > self.staff_total {
            problem(
                Field::StaffIt,
                format!(
                    "IT staff ({}) cannot be more than all staff ({}).",
                    self.staff_it, self.staff_total
                ),
            );
        }
        if self.staff_security > self.staff_total {
            problem(
                Field::StaffSecurity,
                format!(
                    "Security staff ({}) cannot be more than all staff ({}).",
                    self.staff_security, self.staff_total
                ),
            );
        }
        if !self.budget_usd.is_finite() || !(0.0..=MAX_BUDGET_USD).contains(&self.budget_usd) {
            problem(
                Field::Budget,
                "Enter the yearly budget in US dollars, 0 or more (up to $1,000,000,000).".into(),
            );
        }
        if let Some(state) = &self.state
            && !states::is_known(state)
        {
            problem(
                Field::State,
                format!(
                    "`{}` is not a US state or territory code; choose one from the list.",
                    crate::text::bounded(state, 12)
                ),
            );
        }
        let c = &self.costs;
        if !c.salary_usd.is_finite() || !(1_000.0..=2_000_000.0).contains(&c.salary_usd) {
            problem(
                Field::Salary,
                "Enter a yearly salary between $1,000 and $2,000,000.".into(),
            );
        }
        if !c.managed_service_monthly_usd.is_finite()
            || !(0.0..=1_000_000.0).contains(&c.managed_service_monthly_usd)
        {
            problem(
                Field::ManagedService,
                "Enter a monthly price between $0 and $1,000,000.".into(),
            );
        }
        if !c.study_hours_per_week.is_finite() || !(1.0..=40.0).contains(&c.study_hours_per_week) {
            problem(
                Field::StudyHours,
                "Enter study hours a week between 1 and 40.".into(),
            );
        }
        if !c.training_per_person_usd.is_finite()
            || !(0.0..=100_000.0).contains(&c.training_per_person_usd)
        {
            problem(
                Field::Training,
                "Enter a training allowance between $0 and $100,000 a person.".into(),
            );
        }
        let unknown_practices: Vec<&str> = self
            .practices
            .iter()
            .filter(|p| bundle.practice(p).is_none())
            .map(String::as_str)
            .collect();
        let unknown_subs: Vec<&str> = self
            .sub_practices
            .iter()
            .filter(|s| {
                !bundle
                    .practices
                    .iter()
                    .any(|p| p.sub_practices.iter().any(|x| &x.id == *s))
            })
            .map(String::as_str)
            .collect();
        let unknown_goals: Vec<&str> = self
            .goals
            .iter()
            .filter(|g| !bundle.goals.iter().any(|x| &x.id == *g))
            .map(String::as_str)
            .collect();
        for (what, ids) in [
            ("practice", unknown_practices),
            ("sub-practice", unknown_subs),
            ("performance goal", unknown_goals),
        ] {
            if !ids.is_empty() {
                let list: Vec<String> = ids
                    .iter()
                    .take(5)
                    .map(|i| format!("`{}`", crate::text::bounded(i, 40)))
                    .collect();
                problem(
                    Field::InPlace,
                    format!(
                        "This plan marks {} {what}{} in place that the portal does not know ({}): it may come from an older version. Untick {} to go on.",
                        ids.len(),
                        if ids.len() == 1 { "" } else { "s" },
                        list.join(", "),
                        if ids.len() == 1 { "it" } else { "them" }
                    ),
                );
            }
        }
        out
    }

    /// The input without the ids the catalog does not know: what "untick them" does.
    pub fn without_unknown(&self, bundle: &OrgBundle) -> OrgInput {
        let mut out = self.clone();
        out.practices.retain(|p| bundle.practice(p).is_some());
        out.sub_practices.retain(|s| {
            bundle
                .practices
                .iter()
                .any(|p| p.sub_practices.iter().any(|x| &x.id == s))
        });
        out.goals
            .retain(|g| bundle.goals.iter().any(|x| &x.id == g));
        out
    }
}

#[cfg(test)]
mod tests;
