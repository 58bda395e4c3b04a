//! Reverse lookups across the catalog (which roles need a skill, which programs prepare for a
//! credential, which roles own a practice …), computed once per build.

use std::collections::HashMap;

use pathways_core::model::PracticeKind;

use crate::catalog::Catalog;

/// The catalog's cross-references, in both directions.
#[derive(Debug, Default)]
pub struct Links<'a> {
    /// Skill id → (role id, target level, required).
    pub roles_by_skill: HashMap<&'a str, Vec<(&'a str, u8, bool)>>,
    /// Skill id → credential ids that evidence it (with level).
    pub credentials_by_skill: HashMap<&'a str, Vec<(&'a str, u8)>>,
    /// Skill id → program ids that build it (with level).
    pub programs_by_skill: HashMap<&'a str, Vec<(&'a str, u8)>>,
    /// Credential id → role ids whose qualifications list it.
    pub roles_by_credential: HashMap<&'a str, Vec<&'a str>>,
    /// Credential id → program ids that prepare for it.
    pub programs_by_credential: HashMap<&'a str, Vec<&'a str>>,
    /// Practice or threat id → role ids that own it.
    pub roles_by_practice: HashMap<&'a str, Vec<&'a str>>,
    /// Threat id → practice ids that mitigate it.
    pub practices_by_threat: HashMap<&'a str, Vec<&'a str>>,
    /// Role id → roles that list it as a next role or that it lists as a feeder (its feeders).
    pub feeders: HashMap<&'a str, Vec<&'a str>>,
    /// Role id → its next roles (declared, or declared as feeders by others).
    pub next: HashMap<&'a str, Vec<&'a str>>,
    /// Institution id → program ids.
    pub programs_by_institution: HashMap<&'a str, Vec<&'a str>>,
}

fn push<'a, V: PartialEq>(map: &mut HashMap<&'a str, Vec<V>>, key: &'a str, value: V) {
    let list = map.entry(key).or_default();
    if !list.contains(&value) {
        list.push(value);
    }
}

impl<'a> Links<'a> {
    /// Computes every reverse lookup.
    pub fn new(c: &'a Catalog) -> Links<'a> {
        let mut l = Links::default();
        for role in &c.roles {
            let id = role.id.as_str();
            for s in &role.meta.skills {
                push(
                    &mut l.roles_by_skill,
                    s.skill.as_str(),
                    (id, s.level, s.required),
                );
            }
            for q in &role.meta.qualifications {
                for cred in &q.credentials {
                    push(&mut l.roles_by_credential, cred.as_str(), id);
                }
            }
            for p in role
                .meta
                .hicp_practices
                .iter()
                .chain(&role.meta.hicp_threats)
            {
                push(&mut l.roles_by_practice, p.as_str(), id);
            }
            for n in &role.meta.next_roles {
                push(&mut l.next, id, n.as_str());
                push(&mut l.feeders, n.as_str(), id);
            }
            for f in &role.meta.feeder_roles {
                push(&mut l.feeders, id, f.as_str());
                push(&mut l.next, f.as_str(), id);
            }
        }
        for cred in &c.credentials {
            for s in &cred.meta.skills {
                push(
                    &mut l.credentials_by_skill,
                    s.skill.as_str(),
                    (cred.id.as_str(), s.level),
                );
            }
        }
        for program in &c.programs {
            let id = program.id.as_str();
            let module_skills = program.meta.modules.iter().flat_map(|m| &m.skills);
            for s in program.meta.skills.iter().chain(module_skills) {
                push(&mut l.programs_by_skill, s.skill.as_str(), (id, s.level));
            }
            for cred in &program.meta.credentials {
                push(&mut l.programs_by_credential, cred.as_str(), id);
            }
            if let Some(inst) = &program.meta.institution {
                push(&mut l.programs_by_institution, inst.as_str(), id);
            }
        }
        for p in c
            .practices
            .iter()
            .filter(|p| p.meta.kind == PracticeKind::Practice)
        {
            for t in &p.meta.threats {
                push(&mut l.practices_by_threat, t.as_str(), p.id.as_str());
            }
        }
        l
    }
}
