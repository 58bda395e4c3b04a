//! The team the organization already has: staff paste the results links of their own
//! self-assessments (`/assess/…#r=…`, or a candidate results link `#c=…`), one per line, with a
//! name in front if they like (`Dana | https://…`). From them: a team × skills heatmap against
//! the skills of the roles the plan needs, and who to upskill into which role.

use serde::{Deserialize, Serialize};

use super::OrgBundle;
use super::plan::{OrgPlan, Route};
use crate::assessment::{estimate, fit};
use crate::model::{Id, Role};
use crate::profile::Profile;

/// The most staff a team holds.
pub const MAX_TEAM: usize = 100;
/// The longest name, in characters.
pub const MAX_NAME: usize = 80;

/// A staff member, from their results link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// The name given in front of the link, or in a candidate link, or "Staff member N".
    pub name: String,
    /// Their profile (experience, education, credentials, skill evidence).
    pub profile: Profile,
}

/// A line that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineProblem {
    /// The line number, from 1.
    pub line: usize,
    /// Why.
    pub why: String,
}

/// Reads pasted lines into members, after the `existing` ones (numbering unnamed members on
/// from them). Blank lines are skipped; a line that is not a results link says why; past
/// [`MAX_TEAM`] members the rest are refused with the limit.
pub fn read(text: &str, existing: usize) -> (Vec<Member>, Vec<LineProblem>) {
    let mut members = Vec::new();
    let mut problems = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let n = i + 1;
        if existing + members.len() >= MAX_TEAM {
            problems.push(LineProblem {
                line: n,
                why: format!("the team holds at most {MAX_TEAM} people"),
            });
            continue;
        }
        let (name, link) = match line.split_once('|') {
            Some((name, link)) => (Some(name.trim()), link.trim()),
            None => (None, line),
        };
        if let Some(name) = name
            && (name.chars().count() > MAX_NAME || crate::text::forbidden_char(name).is_some())
        {
            problems.push(LineProblem {
                line: n,
                why: format!("the name must be at most {MAX_NAME} visible characters"),
            });
            continue;
        }
        let fragment = link.split_once('#').map_or(link, |(_, f)| f);
        let decoded = if fragment.starts_with("r=") {
            crate::share::decode(fragment).map(|r| (None, r.profile))
        } else if fragment.starts_with("c=") {
            crate::hire::link::decode_results(fragment).map(|r| (Some(r.name), r.profile))
        } else {
            problems.push(LineProblem {
                line: n,
                why: "not a results link: paste the link from the end of an assessment (it holds `#r=`)".into(),
            });
            continue;
        };
        match decoded {
            Ok((link_name, profile)) => {
                let name = name
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .or(link_name)
                    .unwrap_or_else(|| format!("Staff member {}", existing + members.len() + 1));
                members.push(Member { name, profile });
            }
            Err(e) => problems.push(LineProblem {
                line: n,
                why: format!("the link cannot be read: {e}"),
            }),
        }
    }
    (members, problems)
}

/// A skill column of the heatmap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Column {
    /// The skill's id.
    pub skill: Id,
    /// Its name.
    pub name: String,
    /// The highest level a needed role asks of it.
    pub target: u8,
}

/// The team × skills heatmap: each member's estimated level (0–4) per skill.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Heatmap {
    /// The skills of the roles the plan needs, by name.
    pub columns: Vec<Column>,
    /// Member name and level per column.
    pub rows: Vec<(String, Vec<f32>)>,
}

fn needed_roles<'a>(plan: &'a OrgPlan, bundle: &'a OrgBundle) -> Vec<(&'a str, &'a str, &'a Role)> {
    plan.roles
        .iter()
        .filter(|r| matches!(r.route, Route::Hire | Route::Upskill | Route::Deferred))
        .filter_map(|r| {
            bundle
                .role(&r.role)
                .map(|role| (r.role.as_str(), r.title.as_str(), role))
        })
        .collect()
}

/// The heatmap of `members` against the skills of the roles the plan hires or grows.
pub fn heatmap(members: &[Member], plan: &OrgPlan, bundle: &OrgBundle) -> Heatmap {
    let mut columns: Vec<Column> = Vec::new();
    for (_, _, role) in needed_roles(plan, bundle) {
        for t in &role.skills {
            match columns.iter_mut().find(|c| c.skill == t.skill) {
                Some(c) => c.target = c.target.max(t.level),
                None => columns.push(Column {
                    skill: t.skill.clone(),
                    name: bundle.skill_name(&t.skill),
                    target: t.level,
                }),
            }
        }
    }
    columns.sort_by(|a, b| a.name.cmp(&b.name));
    let rows = members
        .iter()
        .map(|m| {
            let levels = columns
                .iter()
                .map(|c| {
                    m.profile
                        .skills
                        .get(&c.skill)
                        .map_or(0.0, |e| estimate(e).level)
                })
                .collect();
            (m.name.clone(), levels)
        })
        .collect();
    Heatmap { columns, rows }
}

/// Who to grow into a role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The role's id.
    pub role: Id,
    /// Its title.
    pub title: String,
    /// The member suggested.
    pub member: String,
    /// How far their skills meet the role's (0–100: the skills part of the assessment's fit).
    pub fit: f32,
    /// The role's skills they are furthest below, by name, largest gap first (at most 3).
    pub gaps: Vec<String>,
}

/// Who to grow into each role the plan grows or hires: the best-fitting pairs first (the
/// skills part of the assessment's fit; ties go to the role earlier in the plan, then the member added
/// first), each person suggested for one role only. Listed in the plan's order of roles.
pub fn suggest(members: &[Member], plan: &OrgPlan, bundle: &OrgBundle) -> Vec<Suggestion> {
    let roles = needed_roles(plan, bundle);
    let mut pairs: Vec<(usize, usize, f32)> = Vec::with_capacity(roles.len() * members.len());
    for (r, (_, _, role)) in roles.iter().enumerate() {
        for (m, member) in members.iter().enumerate() {
            // The skills part only: experience and credentials are what growing into the
            // role adds.
            pairs.push((r, m, 100.0 * fit(role, &member.profile).skills));
        }
    }
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut role_done = vec![false; roles.len()];
    let mut member_done = vec![false; members.len()];
    let mut chosen: Vec<(usize, usize, f32)> = Vec::new();
    for (r, m, score) in pairs {
        let free_role = role_done.get(r).is_some_and(|d| !d);
        let free_member = member_done.get(m).is_some_and(|d| !d);
        if free_role && free_member {
            if let Some(d) = role_done.get_mut(r) {
                *d = true;
            }
            if let Some(d) = member_done.get_mut(m) {
                *d = true;
            }
            chosen.push((r, m, score));
        }
    }
    chosen.sort_by_key(|c| c.0);
    chosen
        .into_iter()
        .filter_map(|(r, m, score)| {
            let (id, title, role) = roles.get(r)?;
            let member = members.get(m)?;
            let mut gaps: Vec<(String, f32)> = role
                .skills
                .iter()
                .filter_map(|t| {
                    let level = member
                        .profile
                        .skills
                        .get(&t.skill)
                        .map_or(0.0, |e| estimate(e).level);
                    (level < f32::from(t.level))
                        .then(|| (bundle.skill_name(&t.skill), f32::from(t.level) - level))
                })
                .collect();
            gaps.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            Some(Suggestion {
                role: (*id).to_owned(),
                title: (*title).to_owned(),
                member: member.name.clone(),
                fit: score,
                gaps: gaps.into_iter().take(3).map(|(n, _)| n).collect(),
            })
        })
        .collect()
}
