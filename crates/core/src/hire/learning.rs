//! What closing a candidate's learnable gaps would take: the planner's cheapest-and-quickest
//! dated plan of programs for the skills the role marks learnable on the job that the
//! candidate has below target, at [`LEARNING_HOURS_PER_WEEK`] from the day of comparison.
//! Gaps needed at hire are not planned: they are what the hire must bring.

use crate::date::Date;
use crate::planner::{Catalog, Constraints, Preference, Prepared, StepKind, plan_with};
use crate::profile::Profile;

use super::HireRole;

/// Hours a week a new hire is assumed to have for learning on the job. An assumption, shown
/// with every figure it gives; the manager's own onboarding time may differ.
pub const LEARNING_HOURS_PER_WEEK: f32 = 8.0;

/// The planner is not held to a budget here: the figure is what the plan costs.
const NO_BUDGET_USD: f32 = 1.0e9;

/// What closing one candidate's learnable gaps takes.
#[derive(Clone, Debug, PartialEq)]
pub struct Learning {
    /// Weeks from start to the last program's end.
    pub weeks: f32,
    /// What the programs cost, in US dollars.
    pub cost_usd: f32,
    /// Whether any of the costs is the catalog's estimate rather than a listed price.
    pub estimated: bool,
    /// The programs, in order.
    pub programs: Vec<String>,
    /// Learnable gaps no catalog program closes.
    pub open: Vec<String>,
}

/// Plans many candidates against one role and catalog, indexing the catalog once.
pub struct LearningPlanner<'a> {
    catalog: &'a Catalog<'a>,
    prepared: Prepared<'a>,
    role: crate::model::Role,
    constraints: Constraints,
}

impl<'a> LearningPlanner<'a> {
    /// A planner for `role`'s learnable skills, starting `today`.
    pub fn new(role: &HireRole, catalog: &'a Catalog<'a>, today: Date) -> LearningPlanner<'a> {
        let mut scored = role.to_role(today);
        // Only what the role says can be learned on the job, as the plan's targets; no
        // qualification or experience step (the comparison dates those separately).
        scored
            .skills
            .retain(|t| role.skills.iter().any(|s| s.skill == t.skill && !s.at_hire));
        for t in &mut scored.skills {
            t.required = true;
        }
        scored.qualifications.clear();
        LearningPlanner {
            catalog,
            prepared: Prepared::new(catalog),
            role: scored,
            constraints: Constraints {
                budget_usd: NO_BUDGET_USD,
                hours_per_week: LEARNING_HOURS_PER_WEEK,
                start: today,
                modality: None,
                state: None,
                preference: Preference::Balanced,
                in_healthcare: true,
            },
        }
    }

    /// What closing this candidate's learnable gaps takes; `None` when they have none.
    pub fn plan(&self, profile: &Profile) -> Option<Learning> {
        let has_gap = self.role.skills.iter().any(|t| {
            profile
                .skills
                .get(&t.skill)
                .map_or(0.0, |e| crate::assessment::estimate(e).level)
                < f32::from(t.level)
        });
        if !has_gap {
            return None;
        }
        let plan = plan_with(
            &self.role,
            profile,
            self.catalog,
            &self.prepared,
            &self.constraints,
        );
        let programs: Vec<&crate::planner::Step> = plan
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Program)
            .collect();
        let estimated = programs.iter().any(|s| {
            self.catalog
                .programs
                .iter()
                .any(|(id, p)| *id == s.id && p.cost_estimate)
        });
        Some(Learning {
            weeks: self.constraints.start.days_until(plan.finish).max(0) as f32 / 7.0,
            cost_usd: plan.total_cost,
            estimated,
            programs: programs.iter().map(|s| s.title.clone()).collect(),
            open: plan.unmet,
        })
    }
}

/// A candidate's learning in words ("About 6 weeks and $0 at 8 hours a week: …").
pub fn learning_words(l: &Learning) -> String {
    let mut text = if l.programs.is_empty() {
        format!(
            "No catalog program closes these gaps: {}",
            l.open.join(", ")
        )
    } else {
        format!(
            "About {} and {}{} at {} hours a week: {}",
            weeks_words(l.weeks),
            crate::format::usd(l.cost_usd),
            if l.estimated { " (estimated)" } else { "" },
            crate::format::decimal(LEARNING_HOURS_PER_WEEK, 0),
            l.programs.join(", ")
        )
    };
    if !l.open.is_empty() && !l.programs.is_empty() {
        text.push_str(&format!(
            "; not closed by a catalog program: {}",
            l.open.join(", ")
        ));
    }
    text
}

fn weeks_words(weeks: f32) -> String {
    let w = weeks.ceil().max(1.0);
    if w == 1.0 {
        "1 week".to_owned()
    } else {
        format!("{} weeks", crate::format::decimal(w, 0))
    }
}
