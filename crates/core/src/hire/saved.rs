//! What the role builder keeps in the browser: the role being edited and the roles the
//! manager saved. Persistence only; the rules are in [`super::review`].

use serde::{Deserialize, Serialize};

use crate::date::Date;

use super::HireRole;

/// The role builder's record.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedRoles {
    /// The role on screen, kept as it is edited.
    #[serde(default)]
    pub draft: Option<HireRole>,
    /// Saved roles, newest first.
    #[serde(default)]
    pub saved: Vec<SavedRole>,
    /// The candidates whose results links were added to the comparison, in the order added.
    #[serde(default)]
    pub candidates: Vec<super::link::CandidateResults>,
}

/// A saved role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedRole {
    /// The role.
    pub role: HireRole,
    /// When it was saved.
    pub saved_on: Date,
}

/// The most candidates kept in the comparison.
pub const MAX_CANDIDATES: usize = 100;

/// The most saved roles kept; saving one more drops the oldest.
pub const MAX_SAVED_ROLES: usize = 50;

impl SavedRoles {
    /// Saves a role, newest first, replacing a saved role of the same title; returns whether
    /// the oldest was dropped to make room.
    pub fn save(&mut self, role: HireRole, today: Date) -> bool {
        let title = role.title.trim().to_lowercase();
        self.saved
            .retain(|s| s.role.title.trim().to_lowercase() != title);
        self.saved.insert(
            0,
            SavedRole {
                role,
                saved_on: today,
            },
        );
        let dropped = self.saved.len() > MAX_SAVED_ROLES;
        self.saved.truncate(MAX_SAVED_ROLES);
        dropped
    }

    /// Adds a candidate's results; the same results twice are kept once. Returns `false` when
    /// the list is full.
    pub fn add_candidate(&mut self, results: super::link::CandidateResults) -> bool {
        if self.candidates.contains(&results) {
            return true;
        }
        if self.candidates.len() >= MAX_CANDIDATES {
            return false;
        }
        self.candidates.push(results);
        true
    }

    /// Deletes the saved role of a title (identity, not position: a list on screen may be
    /// stale).
    pub fn delete(&mut self, title: &str) {
        let title = title.trim().to_lowercase();
        self.saved
            .retain(|s| s.role.title.trim().to_lowercase() != title);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stage;

    #[test]
    fn saving_replaces_a_role_of_the_same_title_and_keeps_the_newest_first() {
        let d: Date = "2026-12-03".parse().expect("date");
        let mut s = SavedRoles::default();
        s.save(HireRole::blank("SOC Analyst", Stage::Entry), d);
        s.save(HireRole::blank("GRC Analyst", Stage::Mid), d);
        s.save(HireRole::blank("soc analyst ", Stage::Mid), d);
        let titles: Vec<&str> = s.saved.iter().map(|r| r.role.title.as_str()).collect();
        assert_eq!(titles, ["soc analyst ", "GRC Analyst"]);
        assert_eq!(s.saved[0].role.stage, Stage::Mid);
        for i in 0..MAX_SAVED_ROLES {
            s.save(HireRole::blank(&format!("Role {i}"), Stage::Mid), d);
        }
        assert_eq!(s.saved.len(), MAX_SAVED_ROLES);
        s.delete("ROLE 3");
        assert!(s.saved.iter().all(|r| r.role.title != "Role 3"));
        let c = super::super::link::CandidateResults {
            name: "Ana".into(),
            role: "0123456789abcdef".into(),
            title: "SOC Analyst".into(),
            profile: Default::default(),
        };
        assert!(s.add_candidate(c.clone()));
        assert!(s.add_candidate(c.clone()));
        assert_eq!(s.candidates.len(), 1, "the same results are kept once");
        for i in 1..MAX_CANDIDATES {
            let mut other = c.clone();
            other.name = format!("Candidate {i}");
            assert!(s.add_candidate(other));
        }
        let mut one_more = c.clone();
        one_more.name = "One too many".into();
        assert!(!s.add_candidate(one_more), "a full list refuses");
        let json = serde_json::to_string(&s).expect("json");
        assert_eq!(serde_json::from_str::<SavedRoles>(&json).expect("read"), s);
    }
}
