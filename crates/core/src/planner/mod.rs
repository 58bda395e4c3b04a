//! The career and certification planner: a dated plan of programs and exams that closes a
//! role's gaps within a budget and hours per week, applying the credentials' eligibility rules
//! ([`crate::eligibility`]) as the person's experience grows.
//!
//! # Planning
//! 1. Qualification ([`qualify`]): if the person meets none of the role's options, every
//!    credential option is costed (a preparation program if there is one that fits, plus the
//!    exam) and timed (eligibility and preparation); the preference picks one.
//! 2. Skills ([`skills`]): required skills below the target are closed greedily: the program
//!    that closes the most gap points per dollar (cheapest), per week (fastest) or per both
//!    (balanced) is taken, until every gap is closed or nothing fitting helps.
//! 3. Steps run one after another from the start date; a program that asks for more hours a
//!    week than the person has is stretched to fit.
//! 4. Programs that would take the plan over the budget are left out and their gaps listed as
//!    open ("not within the budget"). If even the qualification route costs more than the
//!    budget, there is no plan, and the answer says what the cheapest complete route costs.
//!
//! The same input always gives the same plan (ties are broken by id). Programs and skills are
//! looked up through [`Prepared`] ([`index`]), computed once per catalog.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::assessment;
use crate::date::Date;
use crate::eligibility::Situation;
use crate::format::usd;
use crate::model::{Credential, Id, Modality, Program, Role};
use crate::profile::Profile;
use crate::vocabulary::vocabulary;

mod index;
mod qualify;
mod skills;
#[cfg(feature = "bench")]
pub mod synthetic;
#[cfg(test)]
mod tests;

pub use crate::saved::{MAX_SAVED_PLANS, SavedPlan, SavedPlans};
pub use index::Prepared;

/// Weeks in a year on average, to turn years of experience into weeks of waiting.
pub const WEEKS_PER_YEAR: f32 = 52.18;

/// Slack when comparing a cost with the budget, so that a plan costing exactly the budget
/// (after float rounding) still fits.
pub const BUDGET_EPSILON: f32 = 0.005;

vocabulary! {
    /// The planner's preference.
    pub enum Preference {
        /// The earliest finish.
        Fastest = "fastest", "Fastest";
        /// The lowest cost.
        Cheapest = "cheapest", "Cheapest";
        /// Cost and time weighed together.
        Balanced = "balanced", "Balanced";
    }
}

/// What the plan must respect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Constraints {
    /// The most the person can spend, in US dollars.
    pub budget_usd: f32,
    /// Hours a week available for study.
    pub hours_per_week: f32,
    /// The date to start.
    pub start: Date,
    /// Only programs in this format (none: any).
    pub modality: Option<Modality>,
    /// Only in-person programs in this state, or online ones (none: any).
    pub state: Option<String>,
    /// What to optimise.
    pub preference: Preference,
    /// Whether the person works in health care (health-care years grow).
    pub in_healthcare: bool,
}

/// What a step is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// A training or education program.
    Program,
    /// A credential exam.
    Exam,
    /// Waiting for experience to accrue.
    Experience,
    /// The associate designation turning into the full credential.
    FullCredential,
}

/// One dated step of a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// What it is.
    pub kind: StepKind,
    /// The program or credential id.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// When it starts.
    pub start: Date,
    /// When it ends.
    pub end: Date,
    /// Hours a week it takes.
    pub hours_per_week: f32,
    /// What it costs (0 for an exam whose price is not listed: see `unpriced`).
    pub cost: f32,
    /// Whether this is an exam whose price the catalog does not list, so its cost of 0 is not
    /// a price (the plan's total leaves it out; show it as "not listed").
    #[serde(default)]
    pub unpriced: bool,
    /// What it closes (skill names, "qualification").
    pub closes: Vec<String>,
    /// Why it is in the plan.
    pub why: String,
}

/// Keeping credentials: what each costs a year and asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Upkeep {
    /// The credential id.
    pub id: Id,
    /// Its short name.
    pub name: String,
    /// Continuing-education credits per year (average).
    pub cpe_per_year: Option<f32>,
    /// Fees per year (annual fee plus renewal fee spread over the cycle).
    pub fees_per_year: f32,
}

/// A plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// The preference it was made for.
    pub preference: Preference,
    /// The steps in order.
    pub steps: Vec<Step>,
    /// Total cost.
    pub total_cost: f32,
    /// When the last step ends.
    pub finish: Date,
    /// Study hours in all.
    pub total_hours: f32,
    /// Gaps no fitting program closes.
    pub unmet: Vec<String>,
    /// Keeping the credentials held and planned.
    pub upkeep: Vec<Upkeep>,
    /// Exams in the plan whose price the catalog does not list (not in the total).
    #[serde(default)]
    pub unpriced: Vec<String>,
}

/// Why no plan fits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[error("{why}")]
pub struct NoPlan {
    /// The reason, with what would fit.
    pub why: String,
    /// The cheapest plan found (over budget), if any.
    pub cheapest: Option<Box<Plan>>,
}

/// The catalog the planner chooses from.
pub struct Catalog<'a> {
    /// Credentials by id.
    pub credentials: &'a BTreeMap<Id, Credential>,
    /// Programs, in a stable order.
    pub programs: &'a [(Id, Program)],
    /// Skill names by id.
    pub skill_names: &'a BTreeMap<Id, String>,
}

fn program_fits(p: &Program, c: &Constraints) -> bool {
    if let Some(m) = c.modality
        && p.modality != m
    {
        return false;
    }
    if let Some(state) = &c.state
        && matches!(p.modality, Modality::InPerson | Modality::Hybrid)
        && p.state.as_deref() != Some(state.as_str())
    {
        return false;
    }
    true
}

/// Weeks a program takes at the person's hours per week.
fn weeks_at(p: &Program, hours: f32) -> f32 {
    if p.hours_per_week <= hours || hours <= 0.0 {
        p.duration_weeks
    } else {
        p.duration_weeks * p.hours_per_week / hours
    }
}

/// What a week is worth in dollars when the cheapest plan breaks a tie on cost.
const CHEAPEST_DOLLARS_PER_WEEK: f32 = 0.01;
/// What a dollar is worth in weeks when the fastest plan breaks a tie on time.
const FASTEST_WEEKS_PER_DOLLAR: f32 = 0.0001;
/// The balanced plan counts this many dollars as one week.
const BALANCED_DOLLARS_PER_WEEK: f32 = 100.0;

/// How a program or route is scored for a preference: lower is better.
fn score(pref: Preference, cost: f32, weeks: f32) -> f32 {
    match pref {
        Preference::Cheapest => cost + weeks * CHEAPEST_DOLLARS_PER_WEEK,
        Preference::Fastest => weeks + cost * FASTEST_WEEKS_PER_DOLLAR,
        Preference::Balanced => cost / BALANCED_DOLLARS_PER_WEEK + weeks,
    }
}

/// Makes a plan for one preference. Deterministic.
pub fn plan_for(role: &Role, profile: &Profile, catalog: &Catalog<'_>, c: &Constraints) -> Plan {
    plan_prepared(role, profile, catalog, &Prepared::new(catalog), c)
}

/// Makes a plan for one preference with an index computed once ([`Prepared::new`]), for
/// planning many people against the same catalog.
pub fn plan_with(
    role: &Role,
    profile: &Profile,
    catalog: &Catalog<'_>,
    prepared: &Prepared<'_>,
    c: &Constraints,
) -> Plan {
    plan_prepared(role, profile, catalog, prepared, c)
}

/// What the stages of one plan share: the catalog, its index and the settings.
struct Planning<'p> {
    catalog: &'p Catalog<'p>,
    prepared: &'p Prepared<'p>,
    c: &'p Constraints,
    situation: Situation,
    /// Hours a week, at least one.
    hours: f32,
}

impl Planning<'_> {
    /// A skill's name, or its id when the catalog has no name for it.
    fn name(&self, id: &str) -> String {
        self.catalog
            .skill_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }
}

/// The plan so far: its steps, where the next one starts, what it already holds.
struct Draft {
    steps: Vec<Step>,
    cursor: Date,
    planned: BTreeSet<Id>,
    unmet: Vec<String>,
}

/// A required skill below its target.
struct Gap<'r> {
    id: &'r str,
    /// The skill's number in [`Prepared`]; none when no program builds it.
    ix: Option<u32>,
    est: f32,
    target: f32,
    over_budget: bool,
}

impl Gap<'_> {
    fn open(&self) -> bool {
        self.est < self.target
    }
}

/// The required skills of a role below target, in id order.
fn gaps<'r>(role: &'r Role, profile: &Profile, prepared: &Prepared<'_>) -> Vec<Gap<'r>> {
    let mut gaps: Vec<Gap<'_>> = Vec::new();
    for t in role.skills.iter().filter(|t| t.required) {
        let est = profile
            .skills
            .get(&t.skill)
            .map_or(0.0, |e| assessment::estimate(e).level);
        if est < f32::from(t.level) {
            gaps.push(Gap {
                id: t.skill.as_str(),
                ix: prepared.skill(t.skill.as_str()),
                est,
                target: f32::from(t.level),
                over_budget: false,
            });
        }
    }
    gaps.sort_by(|a, b| a.id.cmp(b.id));
    gaps.dedup_by(|a, b| a.id == b.id);
    gaps
}

/// Raises the gaps program `i` closes; returns the names of the skills it moved.
fn close(planning: &Planning<'_>, gaps: &mut [Gap<'_>], i: usize) -> Vec<String> {
    let mut closed = Vec::new();
    let levels = planning.prepared.levels_of(i);
    for g in gaps.iter_mut() {
        let Some(ix) = g.ix else { continue };
        if let Some(&(_, l)) = levels.iter().find(|(k, _)| *k == ix) {
            let reached = f32::from(l).min(g.target);
            if reached > g.est {
                closed.push(planning.name(g.id));
                g.est = reached;
            }
        }
    }
    closed
}

fn plan_prepared(
    role: &Role,
    profile: &Profile,
    catalog: &Catalog<'_>,
    prepared: &Prepared<'_>,
    c: &Constraints,
) -> Plan {
    let planning = Planning {
        catalog,
        prepared,
        c,
        situation: Situation {
            on: Some(c.start),
            ..Situation::of(profile, c.in_healthcare)
        },
        hours: c.hours_per_week.max(1.0),
    };
    let mut draft = Draft {
        steps: Vec::new(),
        cursor: c.start,
        planned: BTreeSet::new(),
        unmet: Vec::new(),
    };
    let mut gaps = gaps(role, profile, prepared);

    // 1. Qualification.
    if !assessment::meets_qualification(role, profile) {
        qualify::qualify(&planning, role, &mut gaps, &mut draft);
    }
    // 2. Skill gaps, greedily, within what is left of the budget.
    skills::close_gaps(&planning, &mut gaps, &mut draft);
    for g in gaps.iter().filter(|g| g.open()) {
        let why = if g.over_budget {
            ", not within the budget"
        } else {
            ""
        };
        draft.unmet.push(format!(
            "{} (level {} of {}{why})",
            planning.name(g.id),
            crate::format::decimal(g.est, 1),
            crate::format::plain(g.target)
        ));
    }
    finish(&planning, draft)
}

/// Totals, upkeep and unpriced exams of a finished draft.
fn finish(planning: &Planning<'_>, draft: Draft) -> Plan {
    let Draft { steps, unmet, .. } = draft;
    let (catalog, c) = (planning.catalog, planning.c);
    let unpriced: Vec<String> = steps
        .iter()
        .filter(|s| s.unpriced)
        .filter_map(|s| catalog.credentials.get(&s.id))
        .map(|cr| cr.abbreviation.clone())
        .collect();
    let total_cost = steps.iter().map(|s| s.cost).sum();
    let total_hours = steps
        .iter()
        .filter(|s| s.kind == StepKind::Program)
        .map(|s| s.hours_per_week * (s.start.days_until(s.end) as f32 / 7.0))
        .sum();
    let finish = steps.iter().map(|s| s.end).max().unwrap_or(c.start);
    let mut held: BTreeSet<&Id> = planning.situation.held.iter().collect();
    held.extend(
        steps
            .iter()
            .filter(|s| s.kind == StepKind::Exam)
            .map(|s| &s.id),
    );
    let upkeep = held
        .into_iter()
        .filter_map(|id| catalog.credentials.get(id).map(|cr| (id, cr)))
        .filter_map(|(id, cr)| {
            let m = cr.maintenance.as_ref()?;
            Some(Upkeep {
                id: id.clone(),
                name: cr.abbreviation.clone(),
                cpe_per_year: m.cpe.map(|cpe| cpe / m.cycle_years.max(0.5)),
                fees_per_year: m.annual_fee_usd.unwrap_or(0.0)
                    + m.renewal_fee_usd.unwrap_or(0.0) / m.cycle_years.max(0.5),
            })
        })
        .collect();
    Plan {
        preference: c.preference,
        steps,
        total_cost,
        finish,
        total_hours,
        unmet,
        upkeep,
        unpriced,
    }
}

/// The plan for the person's preference, and the alternatives (cheapest, fastest) when they
/// differ; or why no plan fits the budget.
pub fn plan(
    role: &Role,
    profile: &Profile,
    catalog: &Catalog<'_>,
    c: &Constraints,
) -> Result<Vec<Plan>, NoPlan> {
    let prepared = Prepared::new(catalog);
    let mut plans: Vec<Plan> = Vec::new();
    for pref in [c.preference, Preference::Cheapest, Preference::Fastest] {
        let p = plan_prepared(
            role,
            profile,
            catalog,
            &prepared,
            &Constraints {
                preference: pref,
                ..c.clone()
            },
        );
        let ids = |plan: &Plan| {
            plan.steps
                .iter()
                .map(|s| s.id.clone())
                .collect::<BTreeSet<_>>()
        };
        if !plans.iter().any(|q| ids(q) == ids(&p)) {
            plans.push(p);
        }
    }
    let within: Vec<Plan> = plans
        .iter()
        .filter(|p| p.total_cost <= c.budget_usd + BUDGET_EPSILON)
        .cloned()
        .collect();
    if within.is_empty() {
        // The cheapest complete route, whatever the budget.
        let open = Constraints {
            budget_usd: f32::MAX,
            preference: Preference::Cheapest,
            ..c.clone()
        };
        let cheapest = Some(Box::new(plan_prepared(
            role, profile, catalog, &prepared, &open,
        )));
        let cost = cheapest.as_ref().map_or(0.0, |p| p.total_cost);
        return Err(NoPlan {
            why: format!(
                "A {} budget covers no route to this role; the cheapest route costs {}.",
                usd(c.budget_usd),
                usd(cost)
            ),
            cheapest,
        });
    }
    Ok(within)
}
