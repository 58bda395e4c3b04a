//! Requirement-inflation checks: what in a role narrows the pool of candidates for no gain, why
//! (with the source), and a fix the manager can apply with one click.
//!
//! The limits for a stage come from the catalog, not from a constant: an entry role that asks
//! for more years than any entry role in the catalog, or for more skills at level 3 or above at
//! hire, is flagged against what the catalog's own (sourced) roles ask for.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::bundle::HireBundle;
use crate::eligibility::{Situation, Standing, evaluate};
use crate::model::{CredentialLevel, Degree, Id, Stage};

use super::{HireRole, Qualifier};

/// The credentials that only a small, health-specific pool of people hold: asking for one as
/// required where preferred would do narrows the pool (see [`Rule::NicheRequired`]).
pub const NICHE_CREDENTIALS: [&str; 2] = ["hcispp", "chps"];

/// Years of experience a degree stands for when a route offers experience instead, as stacked
/// minimum qualifications write it ("a bachelor's degree and 2 years, or an associate degree and
/// 4 years, or 6 years"): an associate degree 2 years, a bachelor's 4. A master's and a
/// doctorate count as a bachelor's here: the example stops there and the portal does not guess.
pub fn degree_years(degree: Degree) -> f32 {
    match degree {
        Degree::None | Degree::HighSchool => 0.0,
        Degree::Associate => 2.0,
        Degree::Bachelor | Degree::Master | Degree::Doctorate => 4.0,
    }
}

/// A requirement-inflation rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rule {
    /// A route asks for more years than any catalog role of the same stage.
    YearsAboveStage,
    /// An entry or mid-career role requires a credential of a higher level, whose own
    /// experience rule is beyond the stage.
    CredentialAboveStage,
    /// A route asks for a credential together with fewer years than the credential itself needs.
    CredentialNeedsMoreYears,
    /// Every route asks for a degree: no route by experience or a credential.
    DegreeOnly,
    /// More skills at level 3 or above needed at hire than any catalog role of the stage needs.
    TooManyAtHire,
    /// A niche health-care credential is required.
    NicheRequired,
    /// The duties' shares of time do not add up to 100%.
    DutiesNotWhole,
}

impl Rule {
    /// Every rule, in the order findings are listed.
    pub const ALL: [Rule; 7] = [
        Rule::CredentialAboveStage,
        Rule::CredentialNeedsMoreYears,
        Rule::YearsAboveStage,
        Rule::DegreeOnly,
        Rule::NicheRequired,
        Rule::TooManyAtHire,
        Rule::DutiesNotWhole,
    ];

    /// A short name for the rule.
    pub fn title(self) -> &'static str {
        match self {
            Rule::YearsAboveStage => "More years than the level needs",
            Rule::CredentialAboveStage => "A credential beyond the level",
            Rule::CredentialNeedsMoreYears => "A credential the years asked cannot lead to",
            Rule::DegreeOnly => "A degree as the only way in",
            Rule::TooManyAtHire => "Too much asked at hire",
            Rule::NicheRequired => "A niche credential required",
            Rule::DutiesNotWhole => "Duties do not add up to 100%",
        }
    }

    /// Where the rule comes from: a title and a URL.
    pub fn source(self) -> (&'static str, &'static str) {
        match self {
            Rule::YearsAboveStage | Rule::CredentialAboveStage | Rule::NicheRequired => (
                "Burning Glass Technologies, cybersecurity job descriptions: most postings ask for a bachelor's and 3–5 years, and several certifications are requested in more postings than there are holders",
                "https://www.burning-glass.com/cybersecurity-job-descriptions/",
            ),
            Rule::CredentialNeedsMoreYears => (
                "The credential's experience requirement, as its issuer states it",
                "",
            ),
            Rule::DegreeOnly => (
                "Washington State OFM: eliminate degree requirements as the only way to qualify",
                "https://ofm.wa.gov/state-human-resources/increasing-employment-opportunities/competency-based-hiring/eliminate-degree-requirements-only-way-qualify-jobs",
            ),
            Rule::TooManyAtHire => (
                "DHS PushButtonPD: tasks that can be learned within 90 days are trained on the job, not asked at hire",
                "https://darkhavenbookreviews.com/slide/powerpoint-presentation-x3bpuo",
            ),
            Rule::DutiesNotWhole => (
                "DHS PushButtonPD: the major duties' percentages of time must add up to 100%",
                "https://darkhavenbookreviews.com/slide/powerpoint-presentation-x3bpuo",
            ),
        }
    }
}

/// A change that resolves a finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Fix {
    /// Set a route's years.
    SetYears {
        /// The route's position.
        route: usize,
        /// The years.
        years: f32,
    },
    /// Take a route's credential out of the route and list it as preferred.
    MakePreferred {
        /// The route's position.
        route: usize,
    },
    /// Add a route by experience alone.
    AddExperienceRoute {
        /// Its years.
        years: f32,
    },
    /// Mark skills as learnable on the job.
    MakeLearnable {
        /// The skills.
        skills: Vec<Id>,
    },
    /// Scale the duties' shares so they add up to 100%.
    ScaleDuties,
}

impl Fix {
    /// What the fix does, for its button.
    pub fn label(&self, bundle: &HireBundle, role: &HireRole) -> String {
        match self {
            Fix::SetYears { years, .. } => {
                format!("Ask for {}", crate::format::years(*years, 1))
            }
            Fix::MakePreferred { route } => {
                let name = role
                    .routes
                    .get(*route)
                    .and_then(|r| r.credential.as_deref())
                    .map_or("it", |c| bundle.credential_name(c));
                format!("Make {name} preferred")
            }
            Fix::AddExperienceRoute { years } => {
                format!("Add “or {} of experience”", crate::format::years(*years, 1))
            }
            Fix::MakeLearnable { skills } => match skills.as_slice() {
                [one] => format!("Make {} learnable on the job", bundle.skill_name(one)),
                more => format!("Make {} skills learnable on the job", more.len()),
            },
            Fix::ScaleDuties => "Scale the shares to 100%".to_owned(),
        }
    }
}

impl HireRole {
    /// Applies a fix. A fix that no longer fits the role (a route removed since) changes
    /// nothing.
    pub fn apply(&mut self, fix: &Fix) {
        match fix {
            Fix::SetYears { route, years } => {
                if let Some(r) = self.routes.get_mut(*route) {
                    r.years = years.clamp(0.0, super::MAX_YEARS);
                }
            }
            Fix::MakePreferred { route } => {
                let Some(r) = self.routes.get(*route) else {
                    return;
                };
                let Some(credential) = r.credential.clone() else {
                    return;
                };
                if r.degree.is_none() && r.program.is_none() && r.years <= 0.0 {
                    self.routes.remove(*route);
                } else if let Some(r) = self.routes.get_mut(*route) {
                    r.credential = None;
                }
                dedupe_routes(&mut self.routes);
                if !self.preferred.contains(&credential) {
                    self.preferred.push(credential);
                }
            }
            Fix::AddExperienceRoute { years } => {
                let route = Qualifier {
                    years: years.clamp(0.0, super::MAX_YEARS),
                    ..Qualifier::default()
                };
                if !self.routes.contains(&route) && self.routes.len() < super::MAX_ROUTES {
                    self.routes.push(route);
                }
            }
            Fix::MakeLearnable { skills } => {
                for s in &mut self.skills {
                    if skills.contains(&s.skill) {
                        s.at_hire = false;
                    }
                }
            }
            Fix::ScaleDuties => {
                let total = self.duty_percent();
                if total == 0 {
                    return;
                }
                let mut shares: Vec<u32> = self
                    .duties
                    .iter()
                    .map(|d| u32::from(d.percent) * 100 / total)
                    .collect();
                // Hand the rounding remainder to the largest duty so the sum is exactly 100.
                let left = 100u32.saturating_sub(shares.iter().sum());
                if let Some(max) = shares.iter_mut().max() {
                    *max += left;
                }
                for (d, s) in self.duties.iter_mut().zip(shares) {
                    d.percent = u8::try_from(s.min(100)).unwrap_or(100);
                }
            }
        }
    }
}

fn dedupe_routes(routes: &mut Vec<Qualifier>) {
    let mut seen: Vec<Qualifier> = Vec::new();
    routes.retain(|r| {
        if seen.contains(r) {
            false
        } else {
            seen.push(r.clone());
            true
        }
    });
}

/// What a finding says: the rule, in words, and a fix.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule.
    pub rule: Rule,
    /// What is wrong with this role, in words.
    pub message: String,
    /// The change that resolves it, if one click can.
    pub fix: Option<Fix>,
    /// Where the rule comes from, in words.
    pub source_title: String,
    /// Where the rule comes from: a URL.
    pub source_url: String,
}

impl Finding {
    fn new(rule: Rule, message: String, fix: Option<Fix>) -> Finding {
        let (title, url) = rule.source();
        Finding {
            rule,
            message,
            fix,
            source_title: title.to_owned(),
            source_url: url.to_owned(),
        }
    }
}

/// What the catalog's roles of each stage ask for: the most years any of them asks for, and
/// the most skills at level 3 or above any of them requires.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageNorms {
    years: BTreeMap<Stage, f32>,
    hard_skills: BTreeMap<Stage, usize>,
}

impl StageNorms {
    /// The norms of a catalog.
    pub fn of(bundle: &HireBundle) -> StageNorms {
        let mut norms = StageNorms::default();
        for (_, role) in &bundle.roles {
            let years = norms.years.entry(role.stage).or_insert(0.0);
            *years = years.max(role.experience.min_years);
            let hard = role
                .skills
                .iter()
                .filter(|s| s.required && s.level >= 3)
                .count();
            let most = norms.hard_skills.entry(role.stage).or_insert(0);
            *most = (*most).max(hard);
        }
        norms
    }

    /// The most years a catalog role of the stage asks for, if the catalog has one.
    pub fn years(&self, stage: Stage) -> Option<f32> {
        self.years.get(&stage).copied()
    }

    /// The most level-3+ skills a catalog role of the stage requires, if it has one.
    pub fn hard_skills(&self, stage: Stage) -> Option<usize> {
        self.hard_skills.get(&stage).copied()
    }
}

fn route_situation(route: &Qualifier, healthcare_years: f32) -> Situation {
    Situation {
        years: route.years,
        healthcare_years,
        // A route does not say how much of the experience is management: assume all of it
        // may be, so the check never flags what a candidate could in fact meet.
        management_years: route.years,
        degree: route.degree.unwrap_or(Degree::None),
        held: Default::default(),
        in_healthcare: true,
        // A holder may have qualified through the issuer's official training instead of the
        // years, so a route is not flagged for what that training waives.
        official_training: true,
        // Nor which domains the years are in: the spread is not held against a route.
        by_domain: Default::default(),
        on: None,
    }
}

fn stage_noun(stage: Stage) -> &'static str {
    match stage {
        Stage::Entry => "entry-level role",
        Stage::Mid => "mid-career role",
        Stage::Advanced => "advanced role",
        Stage::Leadership => "leadership role",
    }
}

/// Reviews a role for requirement inflation, findings in [`Rule::ALL`] order.
pub fn review(role: &HireRole, bundle: &HireBundle) -> Vec<Finding> {
    let norms = StageNorms::of(bundle);
    let mut findings = Vec::new();
    let stage = role.stage;
    let stage_years = norms.years(stage);
    let y = |v: f32| crate::format::years(v, 1);

    // Each route's credential, evaluated once for the years (and degree) the route asks.
    let needs: Vec<
        Option<(
            &crate::bundle::HireCredential,
            crate::eligibility::Evaluation,
        )>,
    > = role
        .routes
        .iter()
        .map(|route| {
            let credential = bundle.credentials.get(route.credential.as_deref()?)?;
            let e = evaluate(
                &credential.eligibility,
                &route_situation(route, role.healthcare_years),
            );
            Some((credential, e))
        })
        .collect();

    // Credentials: beyond the stage, or needing more years than the route asks.
    let mut flagged_routes = Vec::new();
    for (i, found) in needs.iter().enumerate() {
        let Some((credential, needs)) = found else {
            continue;
        };
        let beyond = matches!(stage, Stage::Entry | Stage::Mid)
            && credential.level >= CredentialLevel::Advanced
            && stage_years.is_some_and(|limit| needs.required_years > limit);
        if beyond {
            flagged_routes.push(i);
            findings.push(Finding::new(
                Rule::CredentialAboveStage,
                format!(
                    "{} needs {} of experience before it is awarded, more than any {} in the catalog asks for ({}). Requiring it turns away the people the role is for.",
                    credential.abbreviation,
                    y(needs.required_years),
                    stage_noun(stage),
                    y(stage_years.unwrap_or(0.0)),
                ),
                Some(Fix::MakePreferred { route: i }),
            ));
        }
    }
    for (i, (route, found)) in role.routes.iter().zip(&needs).enumerate() {
        if flagged_routes.contains(&i) {
            continue;
        }
        let Some((credential, needs)) = found else {
            continue;
        };
        let short = match &needs.standing {
            Standing::Eligible | Standing::NeedsFirst(_) => None,
            Standing::Associate { years, .. }
            | Standing::ExperienceAfterExam { years, .. }
            | Standing::Wait { years } => Some(*years),
            Standing::Blocked { .. } => Some(0.0),
        };
        if let Some(short) = short {
            let wanted = (route.years + short).max(needs.required_years.min(super::MAX_YEARS));
            let degree = route
                .degree
                .map(|d| format!(" and {}", d.label().to_lowercase()))
                .unwrap_or_default();
            let mut finding = Finding::new(
                Rule::CredentialNeedsMoreYears,
                format!(
                    "A candidate with {}{degree} cannot hold {} yet: it needs {} of experience. The issuer: “{}”",
                    y(route.years),
                    credential.abbreviation,
                    y(needs.required_years),
                    credential.eligibility.wording.trim(),
                ),
                Some(Fix::SetYears {
                    route: i,
                    years: wanted,
                }),
            );
            finding.source_title = format!("{}: experience requirement", credential.abbreviation);
            finding.source_url = credential.official_url.clone();
            findings.push(finding);
        }
    }

    // Years beyond the stage.
    if let Some(limit) = stage_years {
        for (i, (route, found)) in role.routes.iter().zip(&needs).enumerate() {
            if route.years > limit && !flagged_routes.contains(&i) {
                let needed_by_credential = found.as_ref().map_or(0.0, |(_, e)| e.required_years);
                if needed_by_credential >= route.years {
                    // The credential itself needs these years: the credential is the issue.
                    continue;
                }
                findings.push(Finding::new(
                    Rule::YearsAboveStage,
                    format!(
                        "This route asks for {}; no {} in the catalog asks for more than {}.",
                        y(route.years),
                        stage_noun(stage),
                        y(limit),
                    ),
                    Some(Fix::SetYears {
                        route: i,
                        years: limit.max(needed_by_credential),
                    }),
                ));
            }
        }
    }

    // A degree as the only way in.
    if !role.routes.is_empty()
        && role
            .routes
            .iter()
            .all(|r| r.degree.is_some_and(|d| d > Degree::HighSchool))
    {
        let years = role
            .routes
            .iter()
            .map(|r| r.years + r.degree.map_or(0.0, degree_years))
            .fold(f32::INFINITY, f32::min);
        findings.push(Finding::new(
            Rule::DegreeOnly,
            "Every route asks for a degree. Offer at least one alternative, such as equivalent experience, so people who learned the work on the job can apply.".to_owned(),
            Some(Fix::AddExperienceRoute {
                years: years.min(super::MAX_YEARS),
            }),
        ));
    }

    // Niche credentials required.
    for (i, route) in role.routes.iter().enumerate() {
        let Some(id) = route.credential.as_deref() else {
            continue;
        };
        if NICHE_CREDENTIALS.contains(&id) && !flagged_routes.contains(&i) {
            findings.push(Finding::new(
                Rule::NicheRequired,
                format!(
                    "{} is a health-care-specific credential few security professionals hold. Listed as preferred it still attracts those who have it without turning away the many who could learn the health-care context on the job.",
                    bundle.credential_name(id)
                ),
                Some(Fix::MakePreferred { route: i }),
            ));
        }
    }

    // Too much at hire.
    if let Some(limit) = norms.hard_skills(stage) {
        let hard: Vec<&Id> = role
            .at_hire()
            .filter(|s| s.level >= 3)
            .map(|s| &s.skill)
            .collect();
        if hard.len() > limit {
            let extra: Vec<Id> = hard.iter().skip(limit).map(|s| (*s).clone()).collect();
            findings.push(Finding::new(
                Rule::TooManyAtHire,
                format!(
                    "{} skills at level 3 or above are needed at hire; no {} in the catalog needs more than {}. Mark what can be learned within 90 days as learnable on the job.",
                    hard.len(),
                    stage_noun(stage),
                    limit
                ),
                Some(Fix::MakeLearnable { skills: extra }),
            ));
        }
    }

    // Duties.
    let total = role.duty_percent();
    if !role.duties.is_empty() && total != 100 {
        findings.push(Finding::new(
            Rule::DutiesNotWhole,
            format!("The duties' shares of time add up to {total}%, not 100%."),
            (total > 0).then_some(Fix::ScaleDuties),
        ));
    }

    findings.sort_by_key(|f| Rule::ALL.iter().position(|r| *r == f.rule));
    findings
}
