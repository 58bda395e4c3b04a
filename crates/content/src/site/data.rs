//! The JSON data files the app fetches (see `pathways_core::bundle`).

use std::collections::BTreeMap;

use pathways_core::bundle::{
    AssessBundle, AssessSkill, CredentialName, HIRE_FILE, HireBundle, HireCredential, HireProgram,
    HireSkillInfo, PLANNER_FILE, PlannerBundle, ProgramOption, ROLES_FILE, RolesBundle,
    WorkRoleName, assess_file, skill_file, work_role_file,
};
use pathways_core::model::{GoalTier, PracticeKind};
use pathways_core::org::{ORG_FILE, OrgBundle, OrgGoal, OrgPractice, OrgThreat};

use pathways_core::hire::work_role::{Framework, HireWorkRole};

use crate::catalog::{Catalog, Entry};
use crate::site::links::Links;
use crate::site::program::skill_levels;

/// The role builder's and the comparison's data: every role, every skill with its level
/// descriptors, every credential with its eligibility rules, and the HICP practices' titles.
fn hire(catalog: &Catalog, roles: &RolesBundle) -> HireBundle {
    HireBundle {
        roles: roles.roles.clone(),
        skills: catalog
            .skills
            .iter()
            .map(|s| {
                (
                    s.id.clone(),
                    HireSkillInfo {
                        name: s.meta.name.clone(),
                        summary: s.meta.summary.clone(),
                        levels: (1..=4)
                            .map(|l| s.meta.descriptor(l).unwrap_or("").to_owned())
                            .collect(),
                    },
                )
            })
            .collect(),
        credentials: catalog
            .credentials
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    HireCredential {
                        abbreviation: c.meta.abbreviation.clone(),
                        name: c.meta.name.clone(),
                        level: c.meta.level,
                        eligibility: c.meta.eligibility.clone(),
                        domains: c.meta.domains.iter().map(|d| d.name.clone()).collect(),
                        official_url: c.meta.official_url.clone(),
                    },
                )
            })
            .collect(),
        practices: catalog
            .practices
            .iter()
            .filter(|p| p.meta.kind == pathways_core::model::PracticeKind::Practice)
            .map(|p| (p.id.clone(), p.meta.title.clone()))
            .collect(),
        programs: catalog
            .programs
            .iter()
            .map(|p| {
                (
                    p.id.clone(),
                    HireProgram {
                        name: p.meta.name.clone(),
                        provider: p.meta.provider.clone(),
                        weeks: p.meta.duration_weeks,
                        cae: p.meta.institution.as_deref().is_some_and(|i| {
                            catalog
                                .institutions
                                .iter()
                                .any(|x| x.id == i && !x.designations.is_empty())
                        }),
                    },
                )
            })
            .collect(),
        work_roles: {
            let mut v: Vec<WorkRoleName> = catalog
                .nice
                .iter()
                .flat_map(|f| &f.work_roles)
                .map(|w| WorkRoleName {
                    id: w.id.clone(),
                    title: w.title.clone(),
                })
                .collect();
            v.sort_by(|a, b| a.title.cmp(&b.title));
            v
        },
    }
}

/// Each NICE work role's starting point for the role builder: its task statements and the
/// catalog skills that share its statements ([`HireWorkRole::suggest`]).
fn work_roles(catalog: &Catalog, roles: &RolesBundle) -> Vec<(String, HireWorkRole)> {
    let Some(nice) = catalog.nice.as_ref() else {
        return vec![];
    };
    let texts: BTreeMap<String, String> = nice
        .statements
        .iter()
        .map(|s| (s.id.clone(), s.text.clone()))
        .collect();
    let skills: Vec<(String, Vec<String>)> = catalog
        .skills
        .iter()
        .map(|s| (s.id.clone(), s.meta.nice_tks.clone()))
        .collect();
    let from = Framework {
        version: &nice.version,
        texts: &texts,
        skills: &skills,
        roles: &roles.roles,
    };
    nice.work_roles
        .iter()
        .map(|w| {
            (
                w.id.clone(),
                HireWorkRole::suggest(&w.id, &w.title, &w.description, &w.tks, &from),
            )
        })
        .collect()
}

/// One skill's assessment data: its level descriptors and knowledge checks, and the programs
/// and credentials that build or show it (programs best first, then cheapest).
fn assess_skill(
    catalog: &Catalog,
    links: &Links<'_>,
    items: &BTreeMap<&str, &Vec<pathways_core::model::Item>>,
    s: &crate::catalog::Entry<pathways_core::model::Skill>,
) -> AssessSkill {
    let id = s.id.as_str();
    let mut programs: Vec<ProgramOption> = links
        .programs_by_skill
        .get(id)
        .map(|v| {
            v.iter()
                .filter_map(|(p, _)| catalog.program(p))
                .map(|p| ProgramOption {
                    id: p.id.clone(),
                    name: p.meta.name.clone(),
                    level: skill_levels(&p.meta).get(id).copied().unwrap_or(0),
                    cost_usd: p.meta.cost_usd,
                    weeks: p.meta.duration_weeks,
                })
                .collect()
        })
        .unwrap_or_default();
    programs.sort_by(|a, b| {
        b.level
            .cmp(&a.level)
            .then(a.cost_usd.total_cmp(&b.cost_usd))
    });
    AssessSkill {
        id: s.id.clone(),
        name: s.meta.name.clone(),
        summary: s.meta.summary.clone(),
        levels: (1..=4)
            .map(|l| s.meta.descriptor(l).unwrap_or("").to_owned())
            .collect(),
        items: items.get(id).map(|v| (*v).clone()).unwrap_or_default(),
        programs,
        credentials: links
            .credentials_by_skill
            .get(id)
            .map(|v| {
                v.iter()
                    .filter_map(|(c, level)| {
                        catalog
                            .credential(c)
                            .map(|x| (x.id.clone(), x.meta.abbreviation.clone(), *level))
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// A data file in the binary form ([`pathways_core::bundle::to_binary`]).
pub(crate) fn binary<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    pathways_core::bundle::to_binary(value)
        .map_err(|e| <serde_json::Error as serde::ser::Error>::custom(e.to_string()))
}

/// Every data file: (site-relative path, bytes: JSON, or binary where the app reads binary).
pub fn files(
    catalog: &Catalog,
    links: &Links<'_>,
) -> Result<Vec<(String, Vec<u8>)>, serde_json::Error> {
    let mut out = Vec::new();
    let roles = RolesBundle {
        roles: catalog
            .roles
            .iter()
            .map(|r| (r.id.clone(), r.meta.clone()))
            .collect(),
        skills: catalog
            .skills
            .iter()
            .map(|s| (s.id.clone(), s.meta.name.clone()))
            .collect(),
        credentials: catalog.credentials.iter().map(credential_name).collect(),
    };
    out.push((ROLES_FILE.to_owned(), binary(&roles)?));
    let planner = PlannerBundle {
        roles: roles.roles.clone(),
        credentials: catalog
            .credentials
            .iter()
            .map(|c| (c.id.clone(), c.meta.clone()))
            .collect(),
        programs: catalog
            .programs
            .iter()
            .map(|p| (p.id.clone(), p.meta.clone()))
            .collect(),
        skill_names: roles.skills.clone(),
    };
    out.push((PLANNER_FILE.to_owned(), binary(&planner)?));
    out.push((ORG_FILE.to_owned(), binary(&org(catalog, planner.clone()))?));
    out.push((HIRE_FILE.to_owned(), binary(&hire(catalog, &roles))?));
    for (id, w) in work_roles(catalog, &roles) {
        out.push((work_role_file(&id), binary(&w)?));
    }

    let items: BTreeMap<&str, &Vec<pathways_core::model::Item>> = catalog
        .assessment
        .iter()
        .map(|b| (b.meta.skill.as_str(), &b.meta.items))
        .collect();
    for role in &catalog.roles {
        let skills = role
            .meta
            .skills
            .iter()
            .filter_map(|t| catalog.skill(&t.skill))
            .map(|s| assess_skill(catalog, links, &items, s))
            .collect();
        let credentials = role
            .meta
            .qualifications
            .iter()
            .flat_map(|q| &q.credentials)
            .filter_map(|c| catalog.credential(c))
            .map(credential_name)
            .collect();
        let bundle = AssessBundle {
            id: role.id.clone(),
            role: role.meta.clone(),
            skills,
            credentials,
        };
        out.push((assess_file(&role.id), binary(&bundle)?));
    }
    // Every skill on its own, for roles that are not in the catalog (a hiring manager's).
    for skill in &catalog.skills {
        out.push((
            skill_file(&skill.id),
            binary(&assess_skill(catalog, links, &items, skill))?,
        ));
    }
    Ok(out)
}

/// The organization tool's data: practices and threats by number, goals (essential first),
/// the organization profiles, the CAE institutions and the planner's catalog.
fn org(catalog: &Catalog, planner: PlannerBundle) -> OrgBundle {
    let mut practices: Vec<OrgPractice> = Vec::new();
    let mut threats: Vec<OrgThreat> = Vec::new();
    for p in catalog.practices.iter() {
        let m = &p.meta;
        match m.kind {
            PracticeKind::Practice => practices.push(OrgPractice {
                id: p.id.clone(),
                number: m.number,
                title: m.title.clone(),
                summary: m.summary.clone(),
                threats: m.threats.clone(),
                sub_practices: m.sub_practices.clone(),
            }),
            PracticeKind::Threat => threats.push(OrgThreat {
                id: p.id.clone(),
                number: m.number,
                title: m.title.clone(),
                summary: m.summary.clone(),
                key_messages: m.key_messages.clone(),
            }),
        }
    }
    practices.sort_by_key(|p| p.number);
    threats.sort_by_key(|t| t.number);
    let mut goals: Vec<OrgGoal> = catalog
        .goals
        .iter()
        .map(|g| OrgGoal {
            id: g.id.clone(),
            title: g.meta.title.clone(),
            tier: g.meta.tier,
            practices: g.meta.practices.clone(),
        })
        .collect();
    goals.sort_by_key(|g| g.tier != GoalTier::Essential);
    let built = catalog
        .practices
        .iter()
        .map(|p| p.meta.verified)
        .chain(catalog.orgs.iter().map(|o| o.meta.verified))
        .chain(catalog.goals.iter().map(|g| g.meta.verified))
        .max()
        .unwrap_or(pathways_core::date::Date::from_days(0));
    OrgBundle {
        practices,
        threats,
        goals,
        profiles: catalog
            .orgs
            .iter()
            .map(|o| (o.id.clone(), o.meta.clone()))
            .collect(),
        institutions: catalog.institutions.clone(),
        planner,
        support: catalog
            .support
            .iter()
            .map(|x| (x.id.clone(), x.meta.clone()))
            .collect(),
        built,
    }
}

/// A credential's names, with its exam domains when its experience must span several of them
/// (the profile form asks for years in each).
fn credential_name(c: &Entry<pathways_core::model::Credential>) -> CredentialName {
    let spread = c.meta.eligibility.min_domains > 0;
    CredentialName {
        id: c.id.clone(),
        abbreviation: c.meta.abbreviation.clone(),
        name: c.meta.name.clone(),
        min_domains: c.meta.eligibility.min_domains,
        domains: if spread {
            c.meta.domains.iter().map(|d| d.name.clone()).collect()
        } else {
            Vec::new()
        },
    }
}
