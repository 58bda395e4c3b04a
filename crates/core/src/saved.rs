//! What the planner keeps in the browser besides its current settings: the last target role
//! and the plans the person saved. Persistence only; planning is [`crate::planner`].

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::model::Id;
use crate::planner::Constraints;

/// What the planner keeps in the browser besides the current settings: the last target role
/// and the plans the person saved.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedPlans {
    /// The role last planned for.
    #[serde(default)]
    pub role: Option<Id>,
    /// Saved plans, newest first.
    #[serde(default)]
    pub saved: Vec<SavedPlan>,
}

/// A saved plan: the role and settings it was made with (the steps are planned again when it
/// is opened, from the profile as it is then).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedPlan {
    /// The role's id.
    pub role: Id,
    /// The role's title when saved.
    pub title: String,
    /// The settings.
    pub constraints: Constraints,
    /// When it was saved.
    pub saved_on: Date,
}

/// The most saved plans kept; saving more drops the oldest.
pub const MAX_SAVED_PLANS: usize = 30;

impl SavedPlans {
    /// Saves a plan first in the list; the same role and settings saved again move to the top
    /// instead of repeating. Returns whether an older plan had to be dropped.
    pub fn save(&mut self, plan: SavedPlan) -> bool {
        self.saved
            .retain(|p| !(p.role == plan.role && p.constraints == plan.constraints));
        self.saved.insert(0, plan);
        let dropped = self.saved.len() > MAX_SAVED_PLANS;
        self.saved.truncate(MAX_SAVED_PLANS);
        dropped
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::constraints;
    use crate::planner::Preference;

    fn d(s: &str) -> Date {
        s.parse().expect("date")
    }

    #[test]
    fn saved_plans_are_newest_first_without_repeats_and_bounded() {
        let c = constraints(Preference::Cheapest, 1000.0);
        let saved = |role: &str, budget: f32| SavedPlan {
            role: role.into(),
            title: role.into(),
            constraints: Constraints {
                budget_usd: budget,
                ..c.clone()
            },
            saved_on: d("2027-01-04"),
        };
        let mut plans = SavedPlans::default();
        assert!(!plans.save(saved("a", 1000.0)));
        plans.save(saved("b", 1000.0));
        plans.save(saved("a", 1000.0));
        let order: Vec<&str> = plans.saved.iter().map(|p| p.role.as_str()).collect();
        assert_eq!(order, ["a", "b"]);
        plans.save(saved("a", 2000.0));
        assert_eq!(plans.saved.len(), 3, "other settings are another plan");
        for i in 0..MAX_SAVED_PLANS {
            plans.save(saved("c", i as f32));
        }
        assert_eq!(plans.saved.len(), MAX_SAVED_PLANS);
        assert_eq!(
            plans.saved[0].constraints.budget_usd,
            (MAX_SAVED_PLANS - 1) as f32
        );
        // A stored record round-trips.
        let json = serde_json::to_string(&plans).expect("json");
        assert_eq!(
            serde_json::from_str::<SavedPlans>(&json).expect("read"),
            plans
        );
    }
}
