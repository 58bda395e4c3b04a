//! Comparing candidates against a role: fit per skill, gaps needed at hire apart from those
//! learnable on the job, whether each candidate meets a qualification route now or when
//! (the eligibility rules applied to their experience), and the skills only one of them has.
//!
//! A candidate who assessed against another version of the role is compared on the skills
//! both versions share, and the row says so.

use std::collections::BTreeMap;

use crate::assessment::estimate;
use crate::bundle::HireBundle;
use crate::eligibility::{Situation, Standing, evaluate_in_domains};
use crate::model::Id;
use crate::profile::Profile;

use super::HireRole;
use super::link::CandidateResults;

/// A candidate's standing on one skill.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Assessed: the estimated level (0–4).
    Level(f32),
    /// Not part of what the candidate assessed (a link made against another version).
    NotAssessed,
}

/// When a candidate meets the minimum qualifications.
#[derive(Clone, Debug, PartialEq)]
pub enum When {
    /// Meets a route now.
    Now {
        /// The route met (its position), or `None` when the role has no minimum.
        route: Option<usize>,
    },
    /// Meets a route once they pass a credential's exam, for which they are eligible now.
    AfterExam {
        /// The route.
        route: usize,
        /// The credential.
        credential: Id,
    },
    /// Meets a route once they complete a program the route asks for (unless they already
    /// have: profiles do not record completed programs).
    AfterProgram {
        /// The route.
        route: usize,
        /// The program.
        program: Id,
        /// Weeks the program takes at its usual pace.
        weeks: f32,
    },
    /// Meets a route after more experience (and, for a credential route, its exam).
    InYears {
        /// The route.
        route: usize,
        /// Years to go.
        years: f32,
    },
    /// No route can be met from what the candidate reported (a degree they do not hold, or a
    /// credential with prerequisites).
    Not,
}

impl When {
    /// Sorting weight: sooner is smaller.
    fn weight(&self) -> f32 {
        match self {
            When::Now { .. } => 0.0,
            When::AfterExam { .. } => 0.5,
            When::AfterProgram { weeks, .. } => 0.5 + weeks / crate::planner::WEEKS_PER_YEAR,
            When::InYears { years, .. } => 1.0 + years,
            When::Not => f32::INFINITY,
        }
    }
}

/// One candidate's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The candidate's name.
    pub name: String,
    /// The position of the candidate's link in the list given.
    pub index: usize,
    /// Whether the link was made against another version of the role.
    pub other_version: bool,
    /// One cell per role skill, in the role's order.
    pub cells: Vec<Cell>,
    /// Fit with the role, 0–100.
    pub score: f32,
    /// Skills needed at hire below target.
    pub at_hire_gaps: Vec<Id>,
    /// Skills learnable on the job below target.
    pub learnable_gaps: Vec<Id>,
    /// Role skills at target that no other candidate has at target.
    pub only_one: Vec<Id>,
    /// Qualification.
    pub when: When,
    /// Years of experience reported.
    pub years: f32,
    /// What closing the learnable gaps takes, once planned ([`Comparison::plan_learning`]).
    pub learning: Option<super::learning::Learning>,
}

/// The comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The rows, in the order of the links.
    pub rows: Vec<Row>,
}

/// How rows can be sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortBy {
    /// Best fit first.
    Fit,
    /// Fewest gaps at hire first, then best fit.
    AtHireGaps,
    /// Soonest qualified first, then best fit.
    Qualification,
    /// By name.
    Name,
}

fn skill_level(profile: &Profile, skill: &str) -> f32 {
    profile.skills.get(skill).map_or(0.0, |e| estimate(e).level)
}

/// When a profile meets the role's minimum qualifications.
pub fn qualification(role: &HireRole, bundle: &HireBundle, profile: &Profile) -> When {
    if role.routes.is_empty() {
        return When::Now { route: None };
    }
    let situation = Situation::of(profile, true);
    let hc_short = (role.healthcare_years - profile.experience.healthcare_years).max(0.0);
    let mut best = When::Not;
    for (i, route) in role.routes.iter().enumerate() {
        if route.degree.is_some_and(|d| profile.education.degree < d)
            || (route.cae && !profile.education.cae)
        {
            continue;
        }
        let short = (route.years - profile.experience.total_years)
            .max(0.0)
            .max(hc_short);
        let program = route
            .program
            .as_deref()
            .and_then(|p| bundle.programs.get(p).map(|x| (p, x.weeks)));
        if route.program.is_some() && program.is_none() {
            continue;
        }
        let when = match (route.credential.as_deref(), program) {
            (None, Some((p, weeks))) => {
                let years = weeks / crate::planner::WEEKS_PER_YEAR;
                if short > years {
                    When::InYears {
                        route: i,
                        years: short,
                    }
                } else {
                    When::AfterProgram {
                        route: i,
                        program: p.to_owned(),
                        weeks,
                    }
                }
            }
            (None, None) => {
                if short <= 0.0 {
                    When::Now { route: Some(i) }
                } else {
                    When::InYears {
                        route: i,
                        years: short,
                    }
                }
            }
            (Some(c), _) if profile.holds(c) => {
                if short <= 0.0 {
                    When::Now { route: Some(i) }
                } else {
                    When::InYears {
                        route: i,
                        years: short,
                    }
                }
            }
            (Some(c), _) => {
                let Some(credential) = bundle.credentials.get(c) else {
                    continue;
                };
                let wait = match evaluate_in_domains(
                    &credential.eligibility,
                    &credential
                        .domains
                        .iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>(),
                    &situation,
                )
                .standing
                {
                    Standing::Eligible => Some(0.0),
                    Standing::Associate { years, .. }
                    | Standing::ExperienceAfterExam { years, .. } => Some(years),
                    Standing::Wait { years } => Some(years),
                    Standing::Blocked { .. } | Standing::NeedsFirst(_) => None,
                };
                match wait {
                    None => continue,
                    Some(w) if w.max(short) <= 0.0 => When::AfterExam {
                        route: i,
                        credential: c.to_owned(),
                    },
                    Some(w) => When::InYears {
                        route: i,
                        years: w.max(short),
                    },
                }
            }
        };
        if when.weight() < best.weight() {
            best = when;
        }
    }
    best
}

/// Compares candidates against a role. `today` dates the role the fit is scored on.
pub fn compare(
    role: &HireRole,
    bundle: &HireBundle,
    candidates: &[CandidateResults],
    today: crate::date::Date,
) -> Comparison {
    let fingerprint = role.fingerprint();
    let scored = role.to_role(today);
    let mut rows: Vec<Row> = candidates
        .iter()
        .enumerate()
        .map(|(index, c)| {
            let other_version = c.role != fingerprint;
            let cells: Vec<Cell> = role
                .skills
                .iter()
                .map(|s| {
                    if other_version && !c.profile.skills.contains_key(&s.skill) {
                        Cell::NotAssessed
                    } else {
                        Cell::Level(skill_level(&c.profile, &s.skill))
                    }
                })
                .collect();
            let mut at_hire_gaps = Vec::new();
            let mut learnable_gaps = Vec::new();
            for (s, cell) in role.skills.iter().zip(&cells) {
                if let Cell::Level(l) = cell
                    && *l < f32::from(s.level)
                {
                    if s.at_hire {
                        at_hire_gaps.push(s.skill.clone());
                    } else {
                        learnable_gaps.push(s.skill.clone());
                    }
                }
            }
            let score = if other_version {
                // Score on the shared skills only.
                let mut shared = scored.clone();
                shared
                    .skills
                    .retain(|t| c.profile.skills.contains_key(&t.skill));
                crate::assessment::fit(&shared, &c.profile).score
            } else {
                crate::assessment::fit(&scored, &c.profile).score
            };
            Row {
                name: c.name.trim().to_owned(),
                index,
                other_version,
                cells,
                score,
                at_hire_gaps,
                learnable_gaps,
                only_one: vec![],
                when: qualification(role, bundle, &c.profile),
                years: c.profile.experience.total_years,
                learning: None,
            }
        })
        .collect();

    // Skills only one candidate has at target.
    let mut holders: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (r, row) in rows.iter().enumerate() {
        for (s, cell) in role.skills.iter().zip(&row.cells) {
            if let Cell::Level(l) = cell
                && *l >= f32::from(s.level)
            {
                holders.entry(s.skill.as_str()).or_default().push(r);
            }
        }
    }
    if rows.len() > 1 {
        for (skill, who) in holders {
            if let [only] = who.as_slice()
                && let Some(row) = rows.get_mut(*only)
            {
                row.only_one.push(skill.to_owned());
            }
        }
    }
    Comparison { rows }
}

impl Comparison {
    /// Plans what closing each candidate's learnable gaps takes (`candidates` as given to
    /// [`compare`]).
    pub fn plan_learning(
        &mut self,
        planner: &super::learning::LearningPlanner<'_>,
        candidates: &[CandidateResults],
    ) {
        for row in &mut self.rows {
            row.learning = candidates
                .get(row.index)
                .and_then(|c| planner.plan(&c.profile));
        }
    }

    /// Sorts the rows; ties keep the links' order.
    pub fn sort(&mut self, by: SortBy) {
        match by {
            SortBy::Fit => self.rows.sort_by(|a, b| b.score.total_cmp(&a.score)),
            SortBy::AtHireGaps => self.rows.sort_by(|a, b| {
                a.at_hire_gaps
                    .len()
                    .cmp(&b.at_hire_gaps.len())
                    .then(b.score.total_cmp(&a.score))
            }),
            SortBy::Qualification => self.rows.sort_by(|a, b| {
                a.when
                    .weight()
                    .total_cmp(&b.when.weight())
                    .then(b.score.total_cmp(&a.score))
            }),
            SortBy::Name => self.rows.sort_by_key(|r| r.name.to_lowercase()),
        }
    }

    /// The comparison as CSV (RFC 4180): one row per candidate, one column per skill.
    pub fn csv(&self, role: &HireRole, bundle: &HireBundle) -> String {
        let mut header = vec![
            "Candidate".to_owned(),
            "Fit (0-100)".to_owned(),
            "Gaps at hire".to_owned(),
            "Gaps learnable on the job".to_owned(),
            "Qualification".to_owned(),
            "Years of experience".to_owned(),
            "Assessed another version of the role".to_owned(),
            "To close the learnable gaps".to_owned(),
        ];
        for s in &role.skills {
            header.push(format!(
                "{} (target {}{})",
                bundle.skill_name(&s.skill),
                s.level,
                if s.at_hire { ", at hire" } else { "" }
            ));
        }
        let mut out = csv_line(&header);
        for row in &self.rows {
            let mut fields = vec![
                row.name.clone(),
                crate::format::whole(row.score),
                row.at_hire_gaps.len().to_string(),
                row.learnable_gaps.len().to_string(),
                when_words(&row.when, role, bundle),
                crate::format::decimal(row.years, 1),
                if row.other_version { "yes" } else { "no" }.to_owned(),
                row.learning
                    .as_ref()
                    .map(super::learning::learning_words)
                    .unwrap_or_default(),
            ];
            for cell in &row.cells {
                fields.push(match cell {
                    Cell::Level(l) => crate::format::decimal(*l, 1),
                    Cell::NotAssessed => String::new(),
                });
            }
            out.push_str(&csv_line(&fields));
        }
        out
    }
}

fn csv_line(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| {
            // A leading =, +, - or @ would be read as a formula by spreadsheets.
            let f = if f.starts_with(['=', '+', '-', '@']) {
                format!("'{f}")
            } else {
                f.clone()
            };
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// When a candidate qualifies, in words.
pub fn when_words(when: &When, role: &HireRole, bundle: &HireBundle) -> String {
    let route = |i: usize| {
        role.routes
            .get(i)
            .map(|r| super::document::route_words(r, bundle))
            .unwrap_or_default()
    };
    match when {
        When::Now { route: None } => "Meets (no minimum)".to_owned(),
        When::Now { route: Some(i) } => format!("Meets now: {}", route(*i)),
        When::AfterExam {
            route: i,
            credential,
        } => format!(
            "Eligible to take {} now: {}",
            bundle.credential_name(credential),
            route(*i)
        ),
        When::AfterProgram {
            route: i,
            program,
            weeks,
        } => format!(
            "After {} ({} weeks), unless already completed: {}",
            bundle.program_name(program),
            crate::format::decimal(*weeks, 0),
            route(*i)
        ),
        When::InYears { route: i, years } => {
            format!("In {}: {}", crate::format::years(*years, 1), route(*i))
        }
        When::Not => "No route met from what was reported".to_owned(),
    }
}
