//! HHS Healthcare and Public Health (HPH) Cybersecurity Performance Goals
//! (`content/goals/<id>.md`): one file per goal, essential or enhanced, with the HICP practices
//! it relates to. The Organizations tool will read them; the site does not publish a page per
//! goal yet.

use pathways_core::date::Date;
use pathways_core::model::GoalTier;
use serde::{Deserialize, Serialize};

use crate::diagnostic::Code;
use crate::kinds::{Checker, Kind, sources_field, verified_field};
use crate::schema::{Field, RefKind, Ty};

/// The two tiers of goals: the core vocabulary's names.
pub const TIERS: &[&str] = GoalTier::NAMES;

pub use pathways_core::model::GoalTier as Tier;

/// A Cybersecurity Performance Goal's front matter.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// The goal's name.
    pub title: String,
    /// Essential or enhanced.
    pub tier: Tier,
    /// The ids of the HICP practices the goal relates to.
    pub practices: Vec<String>,
    /// The organization profiles whose workforce plan should put this goal first; empty when
    /// the goal is for every organization.
    #[serde(default)]
    pub org_profiles: Vec<String>,
    /// Field paths whose facts the sources do not state; pages mark them as unverified.
    #[serde(default)]
    pub unverified: Vec<String>,
    /// Where the facts come from.
    pub sources: Vec<String>,
    /// When the facts were last checked against the sources.
    pub verified: Date,
}

impl Kind for Goal {
    const HEADING: &'static str = "HPH Cybersecurity Performance Goals";
    const FOLDER: &'static str = "goals";
    const NOUN: &'static str = "performance goal";
    const BODY_REQUIRED: bool = true;
    const BODY_DOC: &'static str =
        "What the goal asks of an organization, in plain words, and what it protects against.";
    const FIELDS: &'static [Field] = &[
        Field::req(
            "title",
            Ty::Str,
            "The goal's name, as HHS writes it.",
            "\"Email security\"",
        ),
        Field::req(
            "tier",
            Ty::Choice(TIERS),
            "`essential` (the floor every organization should reach first) or `enhanced`.",
            "\"essential\"",
        ),
        Field::req(
            "practices",
            Ty::List(&Ty::Ref(RefKind::Practice)),
            "The HICP practices the goal relates to, the closest first.",
            "[\"email-protection\"]",
        ),
        Field::opt(
            "org_profiles",
            Ty::List(&Ty::Ref(RefKind::OrgProfile)),
            "The organization profiles whose workforce plan should put this goal first; leave it out when the goal is for every organization.",
            "[\"provider-small\"]",
        ),
        Field::opt(
            "unverified",
            Ty::List(&Ty::Str),
            "Field paths whose facts the sources do not state; pages mark them as unverified.",
            "[\"practices\"]",
        ),
        sources_field(true),
        verified_field(true),
    ];

    fn check(&self, c: &mut Checker<'_>) {
        c.count(
            "practices",
            self.practices.len(),
            1,
            10,
            "the Organizations tool staffs a goal through the practices it relates to",
        );
        c.no_duplicates("practices", self.practices.iter().map(String::as_str));
        c.no_duplicates("org_profiles", self.org_profiles.iter().map(String::as_str));
        for (i, path) in self.unverified.iter().enumerate() {
            let known = c.spans.has(path)
                || c.spans.paths().any(|p| {
                    p.starts_with(&format!("{path}[")) || p.starts_with(&format!("{path}."))
                });
            if !known {
                c.error(
                    Code::Inconsistent,
                    &format!("unverified[{i}]"),
                    format!("`{path}` is not a field of this file"),
                )
                .help("list the path of a field that is present, such as `practices`");
            }
        }
    }
}
