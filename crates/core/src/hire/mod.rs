//! Hiring: a role a hiring manager defines ([`HireRole`]), reviewed for requirement inflation
//! ([`review`]), written out as a skills-based job description ([`document`]), sent to
//! candidates and back as links ([`link`]), and candidates compared against it ([`compare`]).
//!
//! The role is the manager's own artifact: it starts from a catalog role or from nothing, and
//! everything in it is the manager's to change. Skills are split the way DHS PushButtonPD splits
//! a position: what the person must bring **at hire**, and what they can learn **within 90 days
//! on the job**. Qualifications are "any one of" routes (a degree and years, a credential and
//! years, or years alone), the way stacked minimum qualifications and DoD 8140 are written.

use serde::{Deserialize, Serialize};

use crate::model::{Degree, Id, OrgSize, OrgType, Role, Stage};
use crate::vocabulary::vocabulary;

pub mod compare;
pub mod document;
pub mod learning;
pub mod link;
pub mod review;
pub mod saved;
pub mod scorecard;
pub mod work_role;

#[cfg(test)]
mod tests;

vocabulary! {
    /// Where the work is done.
    pub enum Arrangement {
        /// At the organization's site.
        Onsite = "onsite", "On site";
        /// Partly on site, partly remote.
        Hybrid = "hybrid", "Hybrid";
        /// Remote.
        Remote = "remote", "Remote";
    }
}

/// A major duty and the share of time it takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duty {
    /// What the person does, as a task ("Triage alerts from the SIEM …").
    pub text: String,
    /// Percent of working time, 0–100; the duties should add up to 100.
    pub percent: u8,
}

/// A skill the role needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HireSkill {
    /// The catalog skill's id.
    pub skill: Id,
    /// The target level, 1–4.
    pub level: u8,
    /// Needed at hire (`true`) or learnable within 90 days on the job (`false`).
    pub at_hire: bool,
}

/// One way to meet the minimum qualifications: everything in it together ("a bachelor's degree
/// and 2 years"); the role's routes are alternatives, any one of which qualifies.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Qualifier {
    /// A credential the route asks for (a catalog credential id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<Id>,
    /// The least degree the route asks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub degree: Option<Degree>,
    /// Whether the degree must be from an institution with an NSA CAE designation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cae: bool,
    /// A training or education program whose completion the route asks for (a catalog
    /// program id), such as an employer-recognized bootcamp or a CAE program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<Id>,
    /// Years of relevant experience the route asks for.
    #[serde(default)]
    pub years: f32,
}

/// A salary range as the manager enters it, in US dollars a year. The portal has no market
/// data and suggests none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    /// The lowest of the range.
    pub min_usd: u32,
    /// The highest of the range.
    pub max_usd: u32,
}

/// A role a hiring manager defines.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HireRole {
    /// The job title.
    pub title: String,
    /// The catalog role it started from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<Id>,
    /// The NICE Framework work role it aligns with (`PD-WRL-001`), whose task statements the
    /// builder offers as duties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_role: Option<String>,
    /// The career stage the role is for.
    pub stage: Stage,
    /// The kind of organization hiring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_type: Option<OrgType>,
    /// Its size, as HICP sizes organizations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_size: Option<OrgSize>,
    /// A paragraph on the role and the team.
    #[serde(default)]
    pub summary: String,
    /// Major duties with their share of time.
    #[serde(default)]
    pub duties: Vec<Duty>,
    /// Skills with target levels, each needed at hire or learnable on the job.
    pub skills: Vec<HireSkill>,
    /// Minimum qualifications: any one of these routes; none means no minimum.
    #[serde(default)]
    pub routes: Vec<Qualifier>,
    /// Years of the experience that must be in health care (in every route).
    #[serde(default)]
    pub healthcare_years: f32,
    /// Credentials that are preferred, not required.
    #[serde(default)]
    pub preferred: Vec<Id>,
    /// Where the work is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrangement: Option<Arrangement>,
    /// Where, in words ("Boise, Idaho").
    #[serde(default)]
    pub location: String,
    /// The salary range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary: Option<Salary>,
}

/// The longest title, in characters.
pub const MAX_TITLE: usize = 120;
/// The longest summary, in characters.
pub const MAX_SUMMARY: usize = 1_500;
/// The most duties.
pub const MAX_DUTIES: usize = 15;
/// The longest duty, in characters.
pub const MAX_DUTY: usize = 400;
/// The most skills.
pub const MAX_SKILLS: usize = 40;
/// The most qualification routes.
pub const MAX_ROUTES: usize = 8;
/// The most preferred credentials.
pub const MAX_PREFERRED: usize = 20;
/// The most years of experience a role can ask for.
pub const MAX_YEARS: f32 = 40.0;
/// The highest salary accepted, in US dollars a year.
pub const MAX_SALARY_USD: u32 = 5_000_000;

/// Why a role is not valid.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HireError {
    /// No title, or a title too long.
    #[error("the role needs a title of at most {MAX_TITLE} characters")]
    Title,
    /// Too long a summary, duty or location.
    #[error("the role's {0} is longer than the portal accepts")]
    TooLong(&'static str),
    /// Too many duties, skills, routes or preferred credentials.
    #[error("the role has more {0} than the portal accepts")]
    TooMany(&'static str),
    /// No skills at all.
    #[error("the role needs at least one skill")]
    NoSkills,
    /// A duty taking more than 100% of the time.
    #[error("a duty cannot take more than 100% of the time")]
    Percent,
    /// A skill level outside 1–4.
    #[error("a skill level must be 1 to 4, not {0}")]
    Level(u8),
    /// The same skill twice.
    #[error("the role lists the skill `{0}` twice")]
    DuplicateSkill(Id),
    /// An id that is not a well-formed id.
    #[error("the role names an id that is not valid")]
    Id,
    /// Years that cannot be right.
    #[error("the role asks for years of experience that cannot be right")]
    Years,
    /// A salary range upside down or out of range.
    #[error("the salary range must run from a lower to a higher figure, up to ${MAX_SALARY_USD}")]
    Salary,
}

fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

fn valid_years(y: f32) -> bool {
    (0.0..=MAX_YEARS).contains(&y)
}

impl HireRole {
    /// A blank role of a stage: a title and nothing else.
    pub fn blank(title: &str, stage: Stage) -> HireRole {
        HireRole {
            title: title.to_owned(),
            based_on: None,
            work_role: None,
            stage,
            org_type: None,
            org_size: None,
            summary: String::new(),
            duties: vec![],
            skills: vec![],
            routes: vec![],
            healthcare_years: 0.0,
            preferred: vec![],
            arrangement: None,
            location: String::new(),
            salary: None,
        }
    }

    /// A role started from a catalog role: its title, stage and summary; its skills (the ones
    /// the catalog marks required are needed at hire, the others learnable); a route for each
    /// credential and each degree of its first (lowest) qualification group, at the years it
    /// usually asks for; the credentials of its higher groups as preferred; and its
    /// health-care years.
    pub fn from_catalog(id: &str, role: &Role) -> HireRole {
        let years = role.experience.min_years;
        let mut routes: Vec<Qualifier> = Vec::new();
        let mut preferred: Vec<Id> = Vec::new();
        // The first (lowest) qualification group is the bar for entry; the credentials of the
        // groups above it are preferred, not required.
        let mut groups = role.qualifications.iter();
        if let Some(group) = groups.next() {
            for c in &group.credentials {
                let q = Qualifier {
                    credential: Some(c.clone()),
                    years,
                    ..Qualifier::default()
                };
                if !routes.contains(&q) {
                    routes.push(q);
                }
            }
            for e in &group.education {
                let q = Qualifier {
                    degree: Some(e.degree),
                    cae: e.cae,
                    years,
                    ..Qualifier::default()
                };
                if !routes.contains(&q) {
                    routes.push(q);
                }
            }
            for p in &group.programs {
                let q = Qualifier {
                    program: Some(p.clone()),
                    years,
                    ..Qualifier::default()
                };
                if !routes.contains(&q) {
                    routes.push(q);
                }
            }
        }
        for group in groups {
            for c in &group.credentials {
                if !preferred.contains(c) && routes.iter().all(|r| r.credential.as_ref() != Some(c))
                {
                    preferred.push(c.clone());
                }
            }
        }
        preferred.truncate(MAX_PREFERRED);
        routes.truncate(MAX_ROUTES);
        let mut skills: Vec<HireSkill> = Vec::new();
        for t in &role.skills {
            if skills.iter().all(|s| s.skill != t.skill) {
                skills.push(HireSkill {
                    skill: t.skill.clone(),
                    level: t.level.clamp(1, 4),
                    at_hire: t.required,
                });
            }
        }
        skills.truncate(MAX_SKILLS);
        HireRole {
            title: role.title.clone(),
            based_on: Some(id.to_owned()),
            work_role: role.nice_work_roles.first().cloned(),
            stage: role.stage,
            org_type: role.org_types.first().copied(),
            org_size: None,
            summary: role.summary.clone(),
            duties: vec![],
            skills,
            routes,
            healthcare_years: role.experience.healthcare_years.clamp(0.0, MAX_YEARS),
            preferred,
            arrangement: None,
            location: String::new(),
            salary: None,
        }
    }

    /// Checks what can be checked without the catalog: lengths, counts, levels, ids, years
    /// and the salary range. A role from a link passes this before anything else reads it.
    pub fn validate(&self) -> Result<(), HireError> {
        let title = self.title.trim();
        if title.is_empty() || too_long(title, MAX_TITLE) {
            return Err(HireError::Title);
        }
        if too_long(&self.summary, MAX_SUMMARY) {
            return Err(HireError::TooLong("summary"));
        }
        if too_long(&self.location, MAX_TITLE) {
            return Err(HireError::TooLong("location"));
        }
        if self.duties.len() > MAX_DUTIES {
            return Err(HireError::TooMany("duties"));
        }
        for d in &self.duties {
            if too_long(&d.text, MAX_DUTY) {
                return Err(HireError::TooLong("duty"));
            }
            if d.percent > 100 {
                return Err(HireError::Percent);
            }
        }
        if self.skills.is_empty() {
            return Err(HireError::NoSkills);
        }
        if self.skills.len() > MAX_SKILLS {
            return Err(HireError::TooMany("skills"));
        }
        for (i, s) in self.skills.iter().enumerate() {
            if !crate::site::is_valid_id(&s.skill) {
                return Err(HireError::Id);
            }
            if !(1..=4).contains(&s.level) {
                return Err(HireError::Level(s.level));
            }
            if self.skills.iter().take(i).any(|o| o.skill == s.skill) {
                return Err(HireError::DuplicateSkill(s.skill.clone()));
            }
        }
        if self.routes.len() > MAX_ROUTES {
            return Err(HireError::TooMany("qualification routes"));
        }
        for r in &self.routes {
            if [r.credential.as_deref(), r.program.as_deref()]
                .into_iter()
                .flatten()
                .any(|id| !crate::site::is_valid_id(id))
            {
                return Err(HireError::Id);
            }
            if !valid_years(r.years) {
                return Err(HireError::Years);
            }
        }
        if !valid_years(self.healthcare_years) {
            return Err(HireError::Years);
        }
        if self.preferred.len() > MAX_PREFERRED {
            return Err(HireError::TooMany("preferred credentials"));
        }
        if !self.preferred.iter().all(|c| crate::site::is_valid_id(c)) {
            return Err(HireError::Id);
        }
        if self
            .based_on
            .as_deref()
            .is_some_and(|id| !crate::site::is_valid_id(id))
        {
            return Err(HireError::Id);
        }
        if self
            .work_role
            .as_deref()
            .is_some_and(|w| !work_role::is_work_role_id(w))
        {
            return Err(HireError::Id);
        }
        if let Some(s) = self.salary
            && (s.min_usd > s.max_usd || s.max_usd > MAX_SALARY_USD)
        {
            return Err(HireError::Salary);
        }
        Ok(())
    }

    /// The fewest years any route asks for (0 with no routes).
    pub fn min_years(&self) -> f32 {
        self.routes
            .iter()
            .map(|r| r.years)
            .fold(None, |m: Option<f32>, y| Some(m.map_or(y, |m| m.min(y))))
            .unwrap_or(0.0)
    }

    /// The skills needed at hire.
    pub fn at_hire(&self) -> impl Iterator<Item = &HireSkill> {
        self.skills.iter().filter(|s| s.at_hire)
    }

    /// The total share of time the duties take, in percent.
    pub fn duty_percent(&self) -> u32 {
        self.duties.iter().map(|d| u32::from(d.percent)).sum()
    }

    /// A short fingerprint of the role's content (FNV-1a over its role link), carried in a
    /// candidate's results link so the comparison can tell which version of the role the
    /// candidate assessed against. The candidate's side computes it from the link it was
    /// given ([`link::decode_role_link`]), without writing the role out again.
    pub fn fingerprint(&self) -> String {
        link::fingerprint_of(&link::encode_role(self))
    }

    /// The assessment of the role (its id made from the role's `fingerprint`), from the
    /// catalog's per-skill assessment data
    /// ([`crate::bundle::skill_file`]) of its skills, in the role's order. A skill the
    /// catalog does not have is left out and named in the second value, so the candidate is
    /// told rather than silently assessed on less.
    pub fn assess_bundle(
        &self,
        fingerprint: &str,
        skills: Vec<crate::bundle::AssessSkill>,
        today: crate::date::Date,
    ) -> (crate::bundle::AssessBundle, Vec<Id>) {
        let mut ordered = Vec::new();
        let mut missing = Vec::new();
        for s in &self.skills {
            match skills.iter().find(|a| a.id == s.skill) {
                Some(a) => ordered.push(a.clone()),
                None => missing.push(s.skill.clone()),
            }
        }
        let mut role = self.to_role(today);
        role.skills.retain(|t| !missing.contains(&t.skill));
        (
            crate::bundle::AssessBundle {
                id: format!("hire-{fingerprint}"),
                role,
                skills: ordered,
                credentials: vec![],
            },
            missing,
        )
    }

    /// The role as the assessment and the planner see it: its skills (needed at hire are
    /// required, learnable are preferred), any one of its routes' credentials and degrees as
    /// the qualification, the fewest years any route asks for and its health-care years.
    pub fn to_role(&self, today: crate::date::Date) -> Role {
        use crate::model::{
            EducationOption, Experience, Family, Proficiency, QualificationGroup, SkillTarget,
        };
        let credentials: Vec<Id> = self
            .routes
            .iter()
            .filter_map(|r| r.credential.clone())
            .collect();
        let education: Vec<EducationOption> = self
            .routes
            .iter()
            .filter(|r| r.credential.is_none())
            .filter_map(|r| {
                r.degree.map(|degree| EducationOption {
                    degree,
                    field: String::new(),
                    cae: r.cae,
                })
            })
            .collect();
        let programs: Vec<Id> = self
            .routes
            .iter()
            .filter(|r| r.credential.is_none() && r.degree.is_none())
            .filter_map(|r| r.program.clone())
            .collect();
        let open_route = self
            .routes
            .iter()
            .any(|r| r.credential.is_none() && r.degree.is_none() && r.program.is_none());
        let qualifications = if self.routes.is_empty()
            || open_route
            || (credentials.is_empty() && education.is_empty() && programs.is_empty())
        {
            vec![]
        } else {
            vec![QualificationGroup {
                proficiency: match self.stage {
                    Stage::Entry => Proficiency::Basic,
                    Stage::Mid => Proficiency::Intermediate,
                    Stage::Advanced | Stage::Leadership => Proficiency::Advanced,
                },
                credentials,
                education,
                programs,
                note: None,
            }]
        };
        Role {
            title: self.title.trim().to_owned(),
            aliases: vec![],
            summary: self.summary.clone(),
            stage: self.stage,
            family: Family::Operations,
            nice_work_roles: vec![],
            dcwf_codes: vec![],
            hicp_practices: vec![],
            hicp_threats: vec![],
            org_types: self.org_type.into_iter().collect(),
            org_sizes: self.org_size.into_iter().collect(),
            skills: self
                .skills
                .iter()
                .map(|s| SkillTarget {
                    skill: s.skill.clone(),
                    level: s.level,
                    required: s.at_hire,
                })
                .collect(),
            qualifications,
            experience: Experience {
                min_years: self.min_years(),
                typical_years: self.min_years(),
                healthcare_years: self.healthcare_years,
                note: String::new(),
            },
            feeder_roles: vec![],
            next_roles: vec![],
            sources: vec![],
            verified: today,
        }
    }
}
