//! What a program or curriculum prepares for: the catalog's roles (their required skills at the
//! level each needs), the NICE work roles (their task, knowledge and skill statements), and the
//! CAE Knowledge Units by group. The program pages, `pathways coverage` and the educators' tools
//! all read it from here.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::model::{Id, Program, Role};

/// The highest level a program builds each skill to, across the program and its modules.
pub fn skill_levels(p: &Program) -> BTreeMap<&str, u8> {
    let mut levels: BTreeMap<&str, u8> = BTreeMap::new();
    for s in p
        .skills
        .iter()
        .chain(p.modules.iter().flat_map(|m| &m.skills))
    {
        let level = levels.entry(s.skill.as_str()).or_insert(0);
        *level = (*level).max(s.level);
    }
    levels
}

/// A required skill a program does not build to the level a role needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SkillGap {
    /// The skill's id.
    pub skill: Id,
    /// The level the role needs.
    pub target: u8,
    /// The level the program reaches (0: not taught).
    pub reached: u8,
}

/// How far a program prepares for one role.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleCoverage {
    /// The role's id.
    pub role: Id,
    /// The role's required skills the program builds to the level needed.
    pub covered: usize,
    /// The role's required skills.
    pub required: usize,
    /// `covered / required`, 0–1.
    pub share: f32,
    /// The required skills still to learn elsewhere, in the role's order.
    pub missing: Vec<SkillGap>,
}

/// How far a program prepares for each role it touches (builds at least one of its required
/// skills to any level), best covered first, then by id.
pub fn roles<'a>(
    p: &Program,
    roles: impl IntoIterator<Item = (&'a Id, &'a Role)>,
) -> Vec<RoleCoverage> {
    let levels = skill_levels(p);
    let mut out: Vec<RoleCoverage> = roles
        .into_iter()
        .filter_map(|(id, r)| role(&levels, id, r))
        .collect();
    out.sort_by(|a, b| b.share.total_cmp(&a.share).then(a.role.cmp(&b.role)));
    out
}

/// The coverage of one role by skill levels, if the levels touch it.
fn role(levels: &BTreeMap<&str, u8>, id: &Id, r: &Role) -> Option<RoleCoverage> {
    let required: Vec<_> = r.skills.iter().filter(|s| s.required).collect();
    let mut touched = false;
    let mut missing = Vec::new();
    for s in &required {
        let reached = levels.get(s.skill.as_str()).copied().unwrap_or(0);
        touched |= reached > 0;
        if reached < s.level {
            missing.push(SkillGap {
                skill: s.skill.clone(),
                target: s.level,
                reached,
            });
        }
    }
    if !touched {
        return None;
    }
    let covered = required.len() - missing.len();
    Some(RoleCoverage {
        role: id.clone(),
        covered,
        required: required.len(),
        share: covered as f32 / required.len() as f32,
        missing,
    })
}

/// The coverage of one role, whether or not the program touches it (for `--role`).
pub fn one_role(p: &Program, id: &Id, r: &Role) -> RoleCoverage {
    let levels = skill_levels(p);
    role(&levels, id, r).unwrap_or_else(|| {
        let missing: Vec<SkillGap> = r
            .skills
            .iter()
            .filter(|s| s.required)
            .map(|s| SkillGap {
                skill: s.skill.clone(),
                target: s.level,
                reached: 0,
            })
            .collect();
        RoleCoverage {
            role: id.clone(),
            covered: 0,
            required: missing.len(),
            share: 0.0,
            missing,
        }
    })
}

/// The NICE statements a program's modules cover.
pub fn statements(p: &Program) -> BTreeSet<&str> {
    p.modules
        .iter()
        .flat_map(|m| &m.nice_tks)
        .map(String::as_str)
        .collect()
}

/// How many of a NICE work role's statements a program covers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkRoleCoverage {
    /// The work role's id (`PD-WRL-001`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its statements the program covers, by id.
    pub covered: Vec<String>,
    /// How many statements it has.
    pub total: usize,
}

/// The NICE work roles whose statements a program covers, most covered (by share) first, then
/// by id. `work_roles` yields each role's id, title and statement ids.
pub fn work_roles<'a>(
    p: &Program,
    work_roles: impl IntoIterator<Item = (&'a str, &'a str, &'a [String])>,
) -> Vec<WorkRoleCoverage> {
    let taught = statements(p);
    let mut out: Vec<WorkRoleCoverage> = work_roles
        .into_iter()
        .filter_map(|(id, title, tks)| {
            let covered: Vec<String> = tks
                .iter()
                .filter(|t| taught.contains(t.as_str()))
                .cloned()
                .collect();
            (!covered.is_empty()).then(|| WorkRoleCoverage {
                id: id.to_owned(),
                title: title.to_owned(),
                covered,
                total: tks.len(),
            })
        })
        .collect();
    let share = |w: &WorkRoleCoverage| w.covered.len() as f32 / w.total.max(1) as f32;
    out.sort_by(|a, b| share(b).total_cmp(&share(a)).then(a.id.cmp(&b.id)));
    out
}

/// The CAE Knowledge Units a program covers, across the program and its modules.
pub fn knowledge_units(p: &Program) -> BTreeSet<&str> {
    p.knowledge_units
        .iter()
        .chain(p.modules.iter().flat_map(|m| &m.knowledge_units))
        .map(String::as_str)
        .collect()
}

/// One group of Knowledge Units (foundational, technical core, …): those covered and those not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnitGroup {
    /// The group's name as the catalog writes it.
    pub group: String,
    /// Its units the program covers, by id.
    pub covered: Vec<String>,
    /// Its units the program does not cover, by id.
    pub missing: Vec<String>,
}

/// A Knowledge Unit group's name in words: `technical-core` → `Technical core`,
/// `non-technical-core` → `Non-technical core`.
pub fn group_label(group: &str) -> String {
    let words = group
        .replace('-', " ")
        .replace("non technical", "non-technical");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The program's Knowledge Units set against the catalog's, group by group in the order the
/// groups first appear. `units` yields each unit's id and group.
pub fn unit_groups<'a>(
    p: &Program,
    units: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<UnitGroup> {
    let covered = knowledge_units(p);
    let mut groups: Vec<UnitGroup> = Vec::new();
    for (id, group) in units {
        let index = match groups.iter().position(|g| g.group == group) {
            Some(i) => i,
            None => {
                groups.push(UnitGroup {
                    group: group.to_owned(),
                    covered: vec![],
                    missing: vec![],
                });
                groups.len() - 1
            }
        };
        if let Some(g) = groups.get_mut(index) {
            if covered.contains(id) {
                g.covered.push(id.to_owned());
            } else {
                g.missing.push(id.to_owned());
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{self, target};
    use crate::model::Module;

    fn module(skills: &[(&str, u8)], tks: &[&str], kus: &[&str]) -> Module {
        Module {
            title: "M".into(),
            hours: None,
            skills: skills.iter().map(|(s, l)| target(s, *l, true)).collect(),
            nice_tks: tks.iter().map(|t| (*t).to_owned()).collect(),
            knowledge_units: kus.iter().map(|k| (*k).to_owned()).collect(),
            credit_hours: None,
            outcomes: vec![],
        }
    }

    fn analyst() -> Role {
        let mut r = fixtures::role("SOC Analyst");
        r.skills = vec![
            target("log-analysis", 2, true),
            target("incident-response", 2, true),
            target("networking", 2, true),
            target("scripting", 1, false),
        ];
        r
    }

    #[test]
    fn a_role_is_covered_by_the_highest_level_any_module_reaches() {
        let mut p = fixtures::program("Cyber AAS");
        p.skills = vec![target("log-analysis", 1, true)];
        p.modules = vec![
            module(&[("log-analysis", 2), ("networking", 1)], &[], &[]),
            module(&[("incident-response", 3)], &[], &[]),
        ];
        let id: Id = "soc-analyst".into();
        let r = analyst();
        let c = roles(&p, [(&id, &r)]);
        let c = c.first().expect("the role is touched");
        assert_eq!((c.covered, c.required), (2, 3));
        assert!((c.share - 2.0 / 3.0).abs() < 1e-6);
        // The preferred skill does not count; networking reaches 1 of 2.
        assert_eq!(
            c.missing,
            [SkillGap {
                skill: "networking".into(),
                target: 2,
                reached: 1
            }]
        );
    }

    #[test]
    fn roles_the_program_does_not_touch_are_left_out_unless_asked_for() {
        let mut p = fixtures::program("Privacy course");
        p.skills = vec![target("privacy-law", 3, true)];
        let id: Id = "soc-analyst".into();
        let r = analyst();
        assert!(roles(&p, [(&id, &r)]).is_empty());
        let asked = one_role(&p, &id, &r);
        assert_eq!(
            (asked.covered, asked.required, asked.missing.len()),
            (0, 3, 3)
        );
    }

    #[test]
    fn work_roles_count_the_statements_the_modules_cover_best_share_first() {
        let mut p = fixtures::program("Cyber AAS");
        p.modules = vec![
            module(&[], &["T0001", "K0002"], &[]),
            module(&[], &["S0003"], &[]),
        ];
        let a = vec!["T0001".to_owned(), "K0002".to_owned(), "K0009".to_owned()];
        let b = vec!["S0003".to_owned()];
        let c = vec!["T0100".to_owned()];
        let w = work_roles(
            &p,
            [
                ("PD-WRL-001", "Defensive Cybersecurity", a.as_slice()),
                ("PD-WRL-004", "Incident Response", b.as_slice()),
                ("OG-WRL-001", "Communications Security", c.as_slice()),
            ],
        );
        let ids: Vec<&str> = w.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(ids, ["PD-WRL-004", "PD-WRL-001"]);
        assert_eq!(w.get(1).map(|w| (w.covered.len(), w.total)), Some((2, 3)));
    }

    #[test]
    fn group_names_are_worded() {
        assert_eq!(group_label("non-technical-core"), "Non-technical core");
        assert_eq!(group_label("technical-core"), "Technical core");
        assert_eq!(group_label("foundational"), "Foundational");
        assert_eq!(group_label(""), "");
    }

    #[test]
    fn knowledge_units_are_grouped_covered_and_missing() {
        let mut p = fixtures::program("Cyber AAS");
        p.knowledge_units = vec!["CSF".into()];
        p.modules = vec![module(&[], &[], &["BNW", "CSP"])];
        let g = unit_groups(
            &p,
            [
                ("CSF", "foundational"),
                ("CSP", "foundational"),
                ("ISC", "foundational"),
                ("BNW", "technical-core"),
                ("BCY", "technical-core"),
            ],
        );
        assert_eq!(
            g,
            [
                UnitGroup {
                    group: "foundational".into(),
                    covered: vec!["CSF".into(), "CSP".into()],
                    missing: vec!["ISC".into()]
                },
                UnitGroup {
                    group: "technical-core".into(),
                    covered: vec!["BNW".into()],
                    missing: vec!["BCY".into()]
                },
            ]
        );
    }
}
