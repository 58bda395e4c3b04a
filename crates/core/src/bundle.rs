//! The data files the browser app fetches, each holding only what one view needs.
//!
//! - `data/roles.bin` ([`RolesBundle`]): every role's targets, qualifications and experience,
//!   for ranking roles against a profile and for choosing a target.
//! - `data/assess/<role>.bin` ([`AssessBundle`]): one role's skills with their level
//!   descriptors and knowledge checks, and what closes each skill gap.
//!
//! Both are binary ([`to_binary`]), like the planner's and the hiring tool's data.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Credential, Id, Item, Program, Role};

/// Where the role list lives (binary, see [`to_binary`]).
pub const ROLES_FILE: &str = "data/roles.bin";

/// Where a role's assessment data lives (binary, see [`to_binary`]).
pub fn assess_file(role: &str) -> String {
    format!("data/assess/{role}.bin")
}

/// Where one skill's assessment data lives (an [`AssessSkill`], binary, see [`to_binary`]): for
/// assessing against a role that is not in the catalog, such as a hiring manager's.
pub fn skill_file(skill: &str) -> String {
    format!("data/skill/{skill}.bin")
}

/// A credential's names, for labels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialName {
    /// Its id.
    pub id: Id,
    /// Its short name (CISSP).
    pub abbreviation: String,
    /// Its full name.
    pub name: String,
    /// How many of its exam domains the experience must span (0: no such rule).
    #[serde(default)]
    pub min_domains: u32,
    /// Its exam domains' names when it has such a rule (empty otherwise).
    #[serde(default)]
    pub domains: Vec<String>,
}

/// Every role, with the names of the skills and credentials they refer to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RolesBundle {
    /// The roles, by id.
    pub roles: Vec<(Id, Role)>,
    /// Skill names by id.
    pub skills: BTreeMap<Id, String>,
    /// Credential names, in catalog order.
    pub credentials: Vec<CredentialName>,
}

/// A skill as the assessment shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessSkill {
    /// Its id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// One line on what it is.
    pub summary: String,
    /// The descriptors of levels 1–4.
    pub levels: Vec<String>,
    /// Its knowledge checks.
    pub items: Vec<Item>,
    /// Programs that build it: (id, name, level reached, cost in US dollars, weeks).
    pub programs: Vec<ProgramOption>,
    /// Credentials that show it: (id, abbreviation, level).
    pub credentials: Vec<(Id, String, u8)>,
}

/// A program that builds a skill.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgramOption {
    /// Its id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// The level it builds the skill to.
    pub level: u8,
    /// Its cost in US dollars.
    pub cost_usd: f32,
    /// Its length in weeks.
    pub weeks: f32,
}

/// One role's assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessBundle {
    /// The role's id.
    pub id: Id,
    /// The role.
    pub role: Role,
    /// Its skills, in the role's order.
    pub skills: Vec<AssessSkill>,
    /// The names of the credentials its qualification options list.
    pub credentials: Vec<CredentialName>,
}

/// Where the planner's data lives (binary, see [`to_binary`]).
pub const PLANNER_FILE: &str = "data/planner.bin";

/// Everything the planner chooses from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannerBundle {
    /// The roles, by id.
    pub roles: Vec<(Id, Role)>,
    /// The credentials, by id.
    pub credentials: BTreeMap<Id, Credential>,
    /// The programs, in catalog order.
    pub programs: Vec<(Id, Program)>,
    /// Skill names by id.
    pub skill_names: BTreeMap<Id, String>,
}

/// Where the hiring tools' data lives (binary, see [`to_binary`]).
pub const HIRE_FILE: &str = "data/hire.bin";

/// Writes a data file in the binary form the app reads with [`from_binary`]: postcard, the
/// serde format made for small decoders. The planner's, the hiring tool's and the assessment's
/// data are binary because a JSON decoder for these types costs each tool's wasm kilobytes more
/// (about 8 KB brotli for the hiring tool, measured 2026-12-03, and 8 KB for the assess tool,
/// 2026-12-04); the same types round-trip unchanged.
pub fn to_binary<T: Serialize>(value: &T) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(value)
}

/// Reads a data file written by [`to_binary`].
pub fn from_binary<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// A skill as the hiring tools show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HireSkillInfo {
    /// Its name.
    pub name: String,
    /// One line on what it is.
    pub summary: String,
    /// The descriptors of levels 1–4.
    pub levels: Vec<String>,
}

/// A credential as the hiring tools need it: its names, level, eligibility rules and page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HireCredential {
    /// Its short name (CISSP).
    pub abbreviation: String,
    /// Its full name.
    pub name: String,
    /// Its level.
    pub level: crate::model::CredentialLevel,
    /// Its experience rules.
    pub eligibility: crate::model::Eligibility,
    /// The names of its exam domains, for a rule that the experience span several of them.
    #[serde(default)]
    pub domains: Vec<String>,
    /// The issuer's page.
    pub official_url: String,
}

/// A program as the hiring tools need it, for a qualification route that asks for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HireProgram {
    /// Its name.
    pub name: String,
    /// Who offers it.
    pub provider: String,
    /// Weeks it takes at its usual pace.
    pub weeks: f32,
    /// Whether its institution holds an NSA CAE designation.
    pub cae: bool,
}

/// A NICE work role's id and title, for choosing one to start from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkRoleName {
    /// Its id (`PD-WRL-001`).
    pub id: String,
    /// Its title.
    pub title: String,
}

/// Where a NICE work role's starting point for the role builder lives (a
/// [`crate::hire::work_role::HireWorkRole`], binary, see [`to_binary`]).
pub fn work_role_file(id: &str) -> String {
    format!("data/hire/nice/{id}.bin")
}

/// Everything the role builder and the candidate comparison choose from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HireBundle {
    /// The catalog roles, by id.
    pub roles: Vec<(Id, Role)>,
    /// Skills by id.
    pub skills: BTreeMap<Id, HireSkillInfo>,
    /// Credentials by id.
    pub credentials: BTreeMap<Id, HireCredential>,
    /// HICP practice titles by id.
    pub practices: BTreeMap<Id, String>,
    /// Programs by id, for routes that ask for one.
    pub programs: BTreeMap<Id, HireProgram>,
    /// The NICE work roles a role can start from, by title.
    pub work_roles: Vec<WorkRoleName>,
}

impl HireBundle {
    /// A credential's short name, or its id when the catalog does not have it.
    pub fn credential_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.credentials
            .get(id)
            .map_or(id, |c| c.abbreviation.as_str())
    }

    /// A skill's name, or its id when the catalog does not have it.
    pub fn skill_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.skills.get(id).map_or(id, |s| s.name.as_str())
    }

    /// A program's name, or its id when the catalog does not have it.
    pub fn program_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.programs.get(id).map_or(id, |p| p.name.as_str())
    }

    /// A catalog role by id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|(i, _)| i == id).map(|(_, r)| r)
    }
}
