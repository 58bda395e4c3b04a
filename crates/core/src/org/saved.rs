//! What the organization tool keeps in the browser: the input on screen and the plans saved
//! by name. Persistence only; the rules are in [`super::plan`].

use serde::{Deserialize, Serialize};

use super::OrgInput;
use crate::date::Date;

/// The organization tool's record.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedOrgs {
    /// The input on screen, kept as it is edited.
    #[serde(default)]
    pub draft: Option<OrgInput>,
    /// Saved plans, newest first.
    #[serde(default)]
    pub saved: Vec<SavedOrg>,
    /// The staff whose results links were added, in the order added (kept in this browser
    /// only; never in a plan link).
    #[serde(default)]
    pub team: Vec<super::team::Member>,
}

/// A saved plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedOrg {
    /// The input.
    pub input: OrgInput,
    /// When it was saved.
    pub saved_on: Date,
}

/// The most saved plans kept; saving one more drops the oldest.
pub const MAX_SAVED: usize = 30;

impl SavedOrgs {
    /// Saves a plan under its name, newest first, replacing a plan of the same name; returns
    /// whether the oldest was dropped to make room.
    pub fn save(&mut self, input: OrgInput, today: Date) -> bool {
        let name = input.name.trim().to_lowercase();
        self.saved
            .retain(|s| s.input.name.trim().to_lowercase() != name);
        self.saved.insert(
            0,
            SavedOrg {
                input,
                saved_on: today,
            },
        );
        let dropped = self.saved.len() > MAX_SAVED;
        self.saved.truncate(MAX_SAVED);
        dropped
    }

    /// Deletes the saved plan of a name (identity, not position: a list on screen may be
    /// stale).
    pub fn delete(&mut self, name: &str) {
        let name = name.trim().to_lowercase();
        self.saved
            .retain(|s| s.input.name.trim().to_lowercase() != name);
    }
}
