//! Starting a role from a NICE Framework work role: its task statements become the duties a
//! manager can pick, and the catalog skills whose NICE statements the work role lists become
//! its suggested skills.
//!
//! The suggestion is worked out once, by the content build ([`HireWorkRole::suggest`]), and
//! written to one data file per work role ([`crate::bundle::work_role_file`]); the role builder
//! fetches the one chosen. Levels and "needed at hire" come from the catalog roles mapped to the
//! work role where there are any (their own sourced levels); a skill no mapped role has starts
//! at level 2, needed at hire only when the work role lists four or more of its statements.
//! Everything is the manager's to change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Id, Role, Stage};

use super::{HireRole, HireSkill, MAX_SKILLS};

/// A NICE task statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    /// Its id (`T1119`).
    pub id: String,
    /// Its text.
    pub text: String,
}

/// A NICE work role as the role builder starts from it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HireWorkRole {
    /// The work role's id (`PD-WRL-001`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// NIST's description of it.
    pub description: String,
    /// The NICE Framework components version it comes from.
    pub version: String,
    /// The stage of the catalog roles mapped to it (the most common; `Mid` with none).
    pub stage: Stage,
    /// The catalog roles mapped to it, by id.
    pub catalog_roles: Vec<Id>,
    /// Its task statements, in NICE's order.
    pub tasks: Vec<Task>,
    /// The suggested skills, most relevant first.
    pub skills: Vec<HireSkill>,
}

/// Statements a skill must share with a work role to be suggested when no mapped catalog role
/// has it: one shared statement is often incidental (networking basics appear everywhere).
pub const MIN_SHARED_STATEMENTS: usize = 2;
/// Shared statements from which a skill no mapped role has is suggested as needed at hire.
pub const AT_HIRE_SHARED_STATEMENTS: usize = 4;
/// The level a suggested skill starts at when no mapped catalog role gives one.
pub const DEFAULT_LEVEL: u8 = 2;
/// The most skills suggested.
pub const MAX_SUGGESTED_SKILLS: usize = 12;

/// Is this a NICE v2 work role id (`PD-WRL-001`)?
pub fn is_work_role_id(id: &str) -> bool {
    let b = id.as_bytes();
    b.len() == 10
        && b.get(..2)
            .is_some_and(|c| c.iter().all(u8::is_ascii_uppercase))
        && b.get(2..7) == Some(b"-WRL-".as_slice())
        && b.get(7..).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

/// What every work role's suggestion is worked out from.
pub struct Framework<'a> {
    /// The NICE Framework components version (`2.1.0`).
    pub version: &'a str,
    /// Every statement's text, by id.
    pub texts: &'a BTreeMap<String, String>,
    /// Each catalog skill with the NICE statement ids it covers.
    pub skills: &'a [(Id, Vec<String>)],
    /// The catalog roles.
    pub roles: &'a [(Id, Role)],
}

impl HireWorkRole {
    /// Works out a work role's suggestion; `tks` are its statement ids.
    pub fn suggest(
        id: &str,
        title: &str,
        description: &str,
        tks: &[String],
        from: &Framework<'_>,
    ) -> HireWorkRole {
        let Framework {
            version,
            texts,
            skills,
            roles,
        } = *from;
        let mapped: Vec<&(Id, Role)> = roles
            .iter()
            .filter(|(_, r)| r.nice_work_roles.iter().any(|w| w == id))
            .collect();
        let tasks = tks
            .iter()
            .filter(|t| t.starts_with('T'))
            .filter_map(|t| {
                texts.get(t).map(|text| Task {
                    id: t.clone(),
                    text: text.clone(),
                })
            })
            .collect();
        // (shared statements, in a mapped role, skill): mapped roles' skills first, then by
        // how many statements the skill shares, then by id.
        let mut ranked: Vec<(usize, bool, &Id)> = skills
            .iter()
            .map(|(skill, ids)| {
                let shared = ids.iter().filter(|s| tks.contains(s)).count();
                let in_mapped = mapped
                    .iter()
                    .any(|(_, r)| r.skills.iter().any(|t| &t.skill == skill));
                (shared, in_mapped, skill)
            })
            .filter(|(shared, in_mapped, _)| *in_mapped || *shared >= MIN_SHARED_STATEMENTS)
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)).then(a.2.cmp(b.2)));
        let skills = ranked
            .into_iter()
            .take(MAX_SUGGESTED_SKILLS.min(MAX_SKILLS))
            .map(|(shared, _, skill)| {
                let targets = mapped
                    .iter()
                    .flat_map(|(_, r)| r.skills.iter().filter(|t| &t.skill == skill));
                let (level, at_hire) = targets
                    .fold(None, |acc: Option<(u8, bool)>, t| {
                        Some(acc.map_or((t.level, t.required), |(l, h)| {
                            (l.max(t.level), h || t.required)
                        }))
                    })
                    .unwrap_or((DEFAULT_LEVEL, shared >= AT_HIRE_SHARED_STATEMENTS));
                HireSkill {
                    skill: skill.clone(),
                    level: level.clamp(1, 4),
                    at_hire,
                }
            })
            .collect();
        HireWorkRole {
            id: id.to_owned(),
            title: title.to_owned(),
            description: description.to_owned(),
            version: version.to_owned(),
            stage: most_common_stage(mapped.iter().map(|(_, r)| r.stage)),
            catalog_roles: mapped.iter().map(|(i, _)| i.clone()).collect(),
            tasks,
            skills,
        }
    }
}

/// The most common stage, the earlier on a tie; `Mid` when there is none.
fn most_common_stage(stages: impl Iterator<Item = Stage>) -> Stage {
    let mut counts: BTreeMap<Stage, usize> = BTreeMap::new();
    for s in stages {
        *counts.entry(s).or_default() += 1;
    }
    counts
        .into_iter()
        .fold(None, |best: Option<(Stage, usize)>, (s, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((s, n)),
        })
        .map_or(Stage::Mid, |(s, _)| s)
}

impl HireRole {
    /// A role started from a NICE work role: its title and description, its suggested skills
    /// and stage, and the work role named so the builder offers its task statements as duties.
    /// No duties are chosen for the manager: NICE lists tasks in id order, not by weight.
    pub fn from_work_role(w: &HireWorkRole) -> HireRole {
        let mut role = HireRole::blank(&w.title, w.stage);
        role.summary = w.description.clone();
        role.skills = w.skills.clone();
        role.work_role = Some(w.id.clone());
        role
    }
}
